/**
 * What the plan's text settles, decided by classes rather than by sentences:
 *
 * - Outside the plan: other policies of the same offices (wages, unemployment insurance,
 *   pensions, tax returns, housing fund, labour contracts, medical insurance, loans …) asked
 *   without any word of skills training. The plan funds training from some of them (失业保险基金)
 *   but says nothing a person could act on about them.
 * - In the plan's field but not settled by its text: the subjects people ask about around a
 *   subsidy that the plan leaves to other rules — the 生活费补贴 (named only as a scope that may
 *   be adjusted), when money arrives, age limits, 交通补贴, materials, the account paid into —
 *   and the amount of any subsidy whose rule fixes no figure (职业培训补贴 per occupation,
 *   创业培训). These get "本方案没有规定…", what the plan does say, and where to ask; never a
 *   figure from another rule.
 */
import type { RuleMeta } from '../rules/engine.js';
import type { TopicId } from './topics.js';

/** A subject the plan's field includes but its text does not settle. */
export interface UnsettledSubject {
  id: string;
  /** What the plan does not fix, to follow "本方案没有规定". */
  what: string;
  /** The clause whose words come closest, quoted as what the plan does say. */
  clause: string;
  /** Picks the sentence of that clause to quote. */
  quote: RegExp;
}

const SUBJECTS: Array<UnsettledSubject & { test: RegExp }> = [
  {
    id: 'living_allowance',
    test: /生活费|生活补助|生活补贴|伙食|包吃|吃住|住宿|管饭|误工/,
    what: '生活费补贴的标准和发放办法',
    clause: '六(一)',
    quote: /生活费补贴/,
  },
  {
    id: 'transport',
    test: /交通补贴|交通费|路费|车费|油费/,
    what: '交通补贴',
    clause: '七(二)',
    quote: /职业培训补贴/,
  },
  {
    id: 'payment_time',
    test: /到账|发下来|(什么时候|啥时候|何时|多久|几天|多少天|多长时间).{0,6}(发|到|给|拨|批|审|办|下来)|(审核|审批|办理).{0,4}(多久|多少天|几天|多长时间)/,
    what: '补贴审核和发放的时间',
    clause: '五(四)',
    quote: /网上经办|支付方式/,
  },
  {
    id: 'age',
    test: /年龄|年纪|岁数|多大岁|\d{2}\s*岁|[二三四五六七]十[一二三四五六七八九]?岁/,
    what: '参加培训的年龄限制',
    clause: '六(一)',
    quote: /养老金/,
  },
  {
    id: 'materials',
    test: /(哪些|什么|啥)(材料|证明|手续)|材料.{0,4}(哪些|什么|啥)|带(什么|啥)|准备(什么|啥|哪些)/,
    what: '申领要带哪些材料',
    clause: '五(四)',
    quote: /证明材料/,
  },
  {
    // 学完给发证书不: the plan pays on a certificate obtained; it says nothing of issuing one.
    id: 'certificate_issue',
    test: /(发|颁|给|出)(不|没)?(发|给)?(个|张|本)?(证书|证)(?!明)|(有|拿得到|能拿到|能拿|拿到|能领)(个|张|本)?(证书|证)(吗|没|不|么|嘛|呢)|证书(发|给)(吗|不|没)|(证书|证)[^，,。？?]{0,3}(谁|哪里|哪儿|哪个)[^，,。？?]{0,3}(发|颁|给|出)|(谁|哪里|哪儿|哪个部门)(来)?(发|颁)(证|证书)/,
    what: '培训后是否发证书、由谁发证',
    clause: '七(二)',
    quote: /取得相应证书/,
  },
  {
    id: 'account',
    test: /(打|发|转)到.{0,4}(卡|账户|账上)|哪张卡|银行卡|哪个账户/,
    what: '补贴打到哪个账户',
    clause: '五(四)',
    quote: /支付方式/,
  },
];

/** Wants an amount of money (not a count of times or months). */
const ASKS_AMOUNT = /多少钱|多少元|多少块|补多少|给多少|发多少|能领多少|能拿多少|能补多少|标准是?多少|补贴标准|金额|几块钱|几个钱|一个月多少|每月多少|补贴多少|奖金|奖多少|有多少(?![人次个项年])/;

/** Subsidies named by words no topic keyword covers: 育婴员培训补贴 is a training subsidy. */
const TRAINING_SUBSIDY = /培训补贴|补贴培训|考.{0,4}证/;

/**
 * The subject of a question the plan does not settle, if any. `topics` are the topics the
 * question names; `rule` gives a topic's rule (its amountRule says when the plan fixes no figure).
 */
export function unsettledSubject(text: string, topics: readonly TopicId[], rule: (id: TopicId) => RuleMeta | undefined): UnsettledSubject | undefined {
  const subject = SUBJECTS.find((s) => s.test.test(text));
  if (subject) return subject;
  if (!ASKS_AMOUNT.test(text)) return undefined;
  // 以工代训补贴多少钱 is settled (200元); 职业培训补贴 / 创业培训 amounts are not.
  const named = topics.length > 0 ? topics : TRAINING_SUBSIDY.test(text) && !/以工代训|设备|学徒|教育经费|项目制/.test(text) ? (['vocational_training'] as TopicId[]) : [];
  for (const id of named) {
    const r = rule(id);
    if (!r || !/^本方案/.test(r.amountRule)) continue;
    const quote = r.citations[0];
    return {
      id: `amount:${id}`,
      what: `${r.title}的具体金额`,
      clause: quote?.clause ?? '七(二)',
      quote: quote ? new RegExp(escape(quote.quote.slice(0, 12))) : /补贴/,
    };
  }
  return undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Other policies of the labour and social-security offices: not this plan's subject. */
const OTHER_POLICY =
  /最低工资|工资标准|拖欠工资|欠薪|讨薪|工资(怎么|没)(发|给)|失业保险金|失业金|个人所得税|个税|专项(附加)?扣除|公积金|补缴|断缴|养老保险|退休金|养老金.{0,4}(多少|怎么算)|工伤|劳动合同|经济补偿|赔偿金|劳动仲裁|医保|医疗保险|居住证|助学贷款|房贷|贷款利率|利率|生育津贴|低保/;
/** Words of skills training: with one of these, a question is about the plan after all. */
const TRAINING_WORDS = /培训|技能|以工代训|学徒|证书|考证|职业院校|技校|技工|实训|竞赛|职工教育经费|补贴培训/;

/** True for a question about another policy (wages, unemployment insurance, tax …). */
export function aboutOtherPolicy(text: string): boolean {
  return OTHER_POLICY.test(text) && !TRAINING_WORDS.test(text);
}

/** Asks whom to turn to: 找谁办, 哪个部门管, 电话多少. */
export const CONTACT_QUESTION = /找谁|找哪|哪个部门|哪些部门|哪个单位|什么部门|谁负责|谁管|归哪|去哪(里|儿)?(办|申请|领|问|报名)|在哪(里|儿)?(办|申请|领|报名)|哪里(办|申请|领|报名)|咨询电话|联系电话|电话(是)?多少|打(什么|哪个)电话|热线|去哪办|找哪个|有(没有)?(个|什么)?电话|电话号码|电话(呢|吗)|联系方式|怎么联系/;

/** Asks which office or unit (not only a phone number). */
export const UNIT_QUESTION = /找谁|找哪|部门|单位|谁负责|谁管|归哪|去哪|哪里(办|申请|领|报名)|在哪(里|儿)?(办|申请|领|报名)/;

/** Asks for a phone number: the plan gives none, so the answer says so and offers the hotline. */
export const PHONE_QUESTION = /电话|号码|热线|联系方式|怎么联系/;
