/**
 * Mid-conversation, a question about the answer just given (为啥只按6个月算 / 你就说个大概 /
 * 到现在一分没到 找谁) names no subject of its own: search finds nothing, and the person would be
 * told the plan has nothing on it — dropped out of their own conversation. The question belongs to
 * the topic being discussed: why is answered with that topic's rule and clause, a rough figure
 * with the question still open (or the topic's standard), whom to ask with the topic's units.
 */
import type { SessionState } from '../session-state.js';
import { CONTACT_QUESTION } from '../scope.js';

/** What is asked about the topic being discussed. */
export type InCaseQuestion = 'why' | 'rough' | 'contact';

/** Why the answer is what it is: 为啥只按… / 凭什么不给 / 咋才给这么点. */
const WHY = /为啥|为什么|为何|凭啥|凭什么|(咋|怎么)(只|才|就|不|没)|咋回事|怎么回事/;
/** How the sum is reckoned: 是按人头按月算的吧 / 怎么算的 / 计算方法. */
const HOW_RECKONED = /按(人头|人数|每人|每个人|人|月|个月|月份|天)[^。？?]{0,6}(算|计算|给|发|补)|(怎么|咋|如何)(算|计算)(的)?|计算(方法|方式|公式)|算法/;
/** Where the money comes from: 钱是从哪出的 / 哪笔资金列支. */
const PAID_FROM = /(钱|补助|补贴|资金)[^。？?]{0,6}(从|由)?(哪|哪里|哪儿|哪个|哪笔|哪项)[^。？?]{0,4}(出|来|拨|列支|支出)|(从|由)(哪|哪笔|哪项|哪个)[^。？?]{0,2}(钱|资金|经费)[^。？?]{0,2}(出|列支|拨|支)/;
/** A figure asked for before the facts are in: 你就说个大概 / 大概能给多少 / 估个数. */
const ROUGH = /(说|给|报|估|讲)(一)?(个|下)?(大概|大约|大致|约数|估计|粗略|毛估)|大概(能|可以)?(给|拿|补|领|有|是)?多少|大概(的)?数|估(个|一个)?数|大概齐/;
/** Words that open a subject of its own (再问个, 换个事, 对了): not about the topic. */
const OPENS_SUBJECT = /^(再问|先问|换个|另外|另问|对了|顺便|还有个事|还想问|问一下|问个|请问|我想问|想问)/;

/** The kind of question about the topic under discussion, or undefined when it is no such question. */
export function inCaseQuestion(text: string, session: SessionState): InCaseQuestion | undefined {
  if (session.topics.length === 0) return undefined;
  // 转述: 客户追问： / 对方不耐烦： — the caller's words follow the colon.
  const own = text.replace(/^[^：:]{0,12}[：:]/, '').trim();
  // (问一下这个补助… points back at the topic: 这个 is no new subject.)
  if (OPENS_SUBJECT.test(own) && !/^[^这那]{0,6}(这个|那个|这笔|那笔|这项|那项)/.test(own)) return undefined;
  // 补贴是按人头按月算的是吧: how the topic's sum is reckoned is answered as why it is what it is.
  // 这个补助的钱是从哪出的: where the topic's money comes from is the topic's own sentence too.
  if (WHY.test(own) || HOW_RECKONED.test(own) || PAID_FROM.test(own)) return 'why';
  if (ROUGH.test(own)) return 'rough';
  if (CONTACT_QUESTION.test(own)) return 'contact';
  return undefined;
}

/** A unit's word and a person's word on either side of 还是 (打到合作社账上还是直接给那几个贫困户). */
const UNIT = '(公司|企业|单位|厂|车间|合作社|社里|店|对公)';
const PERSON = '(她|他|本人|员工|工人|职工|个人|贫困户|残疾人|人员|他们|她们|那几个|那俩|学员)';
const PAID_TO = new RegExp(`${UNIT}[^。？?]{0,10}还是[^。？?]{0,10}${PERSON}|${PERSON}[^。？?]{0,10}还是[^。？?]{0,10}${UNIT}|(钱|补贴|补助)[^。？?]{0,6}(给谁|发给谁|打给谁|谁领|谁拿|归谁)`);

/**
 * True when the message asks whether the topic's money goes to the unit or to the people hired:
 * the plan says whom it is given to (给予生产经营主体), which is the topic's own sentence.
 */
export function asksWhoIsPaid(text: string, session: SessionState): boolean {
  return session.topics.length > 0 && session.applicant !== undefined && PAID_TO.test(text);
}

/** 给予生产经营主体以工代训补贴: whom a clause gives its money to. */
const GIVEN_TO = /给予([^，。；、\d]{2,10}?)(以工代训补贴|一次性|补贴|补助|奖补)/;

/**
 * The answer's first line when the clause gives the money to a unit (生产经营主体, 企业): said
 * outright, since the clause's own sentence buries it. Undefined when the clause names no unit.
 */
export function paidToLead(clauseText: string): string | undefined {
  const to = GIVEN_TO.exec(clauseText)?.[1];
  if (!to || !/主体|企业|单位|机构|院校|学校/.test(to)) return undefined;
  return `按方案，这笔钱给予${to}（用人单位），不是直接发给个人。`;
}
