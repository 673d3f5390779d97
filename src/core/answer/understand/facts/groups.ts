/**
 * Person groups named in a message (退役军人, 贫困户, 残疾人 …), each mention with its place,
 * whether it is denied (不是贫困户, 没当过兵), asked about (是不是贫困户), or said of someone else
 * (我老公是残疾人).
 */
import type { PersonGroup } from '../../../rules/schema.js';
import { NUM } from './quantities.js';
import { isAskedBothWays, subjectBefore, type Clause } from './scope.js';

const GROUP_WORDS: Array<[PersonGroup, RegExp]> = [
  ['laid_off_overcapacity', /去产能(分流)?(下来的)?(失业)?(人员)?/g],
  // 当过五年兵: the years may stand inside it.
  ['veteran', /退役军人|退伍军人|退伍兵|退伍|当过([\d一二两三四五六七八九十]+年)?兵|当兵|(从)?部队(上)?(回来|退下来|下来)|转业军人|复员军人|复员|老兵/g],
  ['poor_family_student', /贫困家庭(的)?(学生|孩子|子女)/g],
  // 贫困的4个 / 贫困的那俩: an employer's short name for its poor-household hires, with a count or a pointer after it.
  // 精准扶贫户 / 扶贫户: the register's households in the words of the campaign.
  ['poor_labor', /建档立卡(贫困)?(户|劳动力|人员|人口|的|家庭)?|(精准)?扶贫户|贫困户(劳力)?|贫困劳动力|贫困劳力|贫困人口|贫困人员|贫困群众|(?<![家庭])贫困(?=那|这)|(?<![家庭])贫困的(?=那|这|\s?[\d一二两三四五六七八九十俩仨]|干|来|做|都|也|以工代训|,)/g],
  ['rural_migrant', /农民工|农村转移(就业)?劳动(者|力)|农村转移就业(?=的|人员)|进城务工|外出务工|农村劳动力|(从)?(农村|村里|乡下|老家)出来(打工|务工|干活)/g],
  ['two_after', /两后生|(初中|高中)毕业[^,;。]{0,4}(没|不|未)(有)?(上|读|升|考)(高中|大学|学)?|未继续升学/g],
  ['unemployed_graduate', /(离校|毕业)[^;。]{0,6}(未就业|没找到工作|没找着工作|没找到活|还没找到工作|没(有)?工作|没就业|还没上班)|未就业[^,;。]{0,4}毕业生/g],
  // 困难的那3个: an employer's short name for the 就业困难 hires, with a count or a pointer after it.
  // 困难人员 alone is how employers shorten 就业困难人员 (生活困难 / 家庭困难 are not it).
  ['employment_difficulty', /就业困难(人员|群体)?|就困(?=[\d一二两三四五六七八九十俩仨]|人员|的)|(?<![家庭贫活济])困难人员|(?<![家庭贫])困难的(?=那|这|\s?[\d一二两三四五六七八九十俩仨]|干|来|做|都|也|以工代训|,)/g],
  // 听障的小伙 / 盲人 / 有残疾证: disability named by its kind.
  // 残疾人员工3个: the 员 is the 员工's.
  ['disabled', /残疾(人员(?!工)|人士|人)?|残障(人士)?|听障|聋哑|聋人|视障|盲人|肢残|智障/g],
  // 俺家没人上班 / 家里原先一个上班的都没有 / 全家都没工作: a household with nobody in work, in plain words.
  ['zero_employment_family', /零就业(家庭)?|(家里|家|家中|屋里)(人)?(原先|原来|以前|之前)?(都|全)?没(有)?(人|一个人|一个)(上班|工作|就业|挣钱)|(家里|家|家中)(原先|原来|以前|之前)?一个(上班|工作|就业)的(人)?(都|也)没(有)?|全家(人)?(原先|原来|以前|之前)?都没(有)?(工作|上班|就业)|(家里|家|家中)(人)?除了(俺|我)(以外|之外)?(都|全)?没(人|有人)(有)?(工作|上班|就业)/g],
  ['registered_unemployed', /(城镇)?登记失业(人员)?|下岗(职工|工人)?(?![前位])|失业人员|失业了/g],
  ['employee', /企业职工|在职职工|我是(一名)?职工|企业员工/g],
];

/** Nearby words that name disabled people (the same kinds as the group's own pattern). */
const DISABLED_NEAR = /残疾|残障|听障|聋哑|聋人|视障|盲人|肢残|智障/;

/**
 * 4个残疾人 都办了就业困难认定 / 2个有就业困难认定的残疾人: the certificate the disabled hires hold,
 * not a second group beside them — 三(二) counts 残疾人 among 就业困难人员, so they are one group,
 * counted once. A certificate with a count of its own (就业困难认定的3个) is a group of its own.
 */
function certifiesDisabled(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  const before = text.slice(Math.max(0, start - 4), start);
  const certificate = /^(人员)?(的)?(认定|证|资格|身份|登记)/.test(after) || /(有|办了|办过|持有|取得|拿到|拿了|认定为|认定了|认定成)$/.test(before);
  if (!certificate || /^(人员)?(的)?(认定|证|资格|身份|登记)?(的)?[\d一二两三四五六七八九十俩仨]/.test(after)) return false;
  return DISABLED_NEAR.test(text.slice(Math.max(0, start - 14), Math.min(text.length, end + 14)));
}

/**
 * 招了个就业困难人员 人家有残疾证: a disability card said of the one just named (人家, 他, 她) — the
 * same person, whom 三(二) counts among 就业困难人员 anyway; a second row would count them twice.
 * A card with a count of its own (还有2个有残疾证的) is a group of its own.
 */
function disabilityCardOfHire(text: string, start: number, end: number): boolean {
  if (!/^(人)?证/.test(text.slice(end))) return false;
  const lead = text.slice(Math.max(0, start - 20), start);
  if (!/(人家|他|她|他们|她们|这人|这个人)(也|都|还)?(有|持|持有|拿着|办了|办过|领了)$/.test(lead)) return false;
  return /就业困难|困难人员|零就业|建档立卡|贫困/.test(lead) && !/[\d一二两三四五六七八九十俩仨]\s*(个|名|位)[^,;。]{0,4}$/.test(lead);
}

/**
 * 还有一个残疾人 不是建档立卡的 / 是4个 有一个是边缘户 不是建档立卡的: the denial describes the people
 * just named (one hire, or the one taken out of a count), not the asker's other groups — read as a
 * denial it would strike the 建档立卡 group the same message or an earlier one gave.
 */
function describesOthers(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 16), start);
  if (!/(不是|并非|不属于|不算)(的)?$/.test(lead)) return false;
  // (Only with the new head count said: 是4个 有一个是边缘户 不是建档立卡的. Alone, 其中一个不是贫困户
  // takes that one out of the group, which the denial does.)
  const recounted = /(是|只有|就|其实是|实际是|应该是)[\d一二两三四五六七八九十俩仨]+(个|名|位|人)/.test(text.slice(0, start));
  const subset = recounted && (/(有|其中|另外|还有|剩下|这里头|里头|里边|里面)(的)?(一|1|两|俩|二|几)(个|名|位)/.test(lead) || /(一|1)个(是|属于|算)/.test(lead));
  // Only an added hire (还有一个残疾人 不是…): 他俩是就业困难人员 不是退役军人 puts one group for another.
  const hireJustNamed = HIRE_JUST_NAMED.test(lead);
  // 不对 招了2个残疾人 不是贫困户: a correction's denial takes the earlier group back.
  return subset || (hireJustNamed && !/不对|错了|说错|搞错|打错|记错|弄错|记混|搞混|弄混|说混|说岔|更正|纠正/.test(text));
}

/** 收了俩残疾孩子 / 2个建档立卡的孩子…以工代训: counted by one who took them on, in a message about their job. */
function countedAtWork(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  return /(招|雇|录用|聘|收|要)(了|的|用了|进)?([\d一二两三四五六七八九十俩仨]+)?(个|名|位)?$|([\d一二两三四五六七八九十]+(个|名|位)|俩|仨)(的)?$/.test(before) && /以工代训|干了|干满|干够|上班|岗前|入职|进厂/.test(text);
}

export interface GroupMention {
  group: PersonGroup;
  start: number;
  end: number;
  denied: boolean;
  /** 是不是贫困户, 不清楚是不是建档立卡的: neither yes nor no. */
  asked: boolean;
  subject: 'self' | 'other' | 'none';
}

/**
 * Any group word at all, in one pattern: most messages name none, and one test then spares the
 * twelve searches (the patterns have no back-references, so each keeps its meaning inside it).
 */
const ANY_GROUP = new RegExp(GROUP_WORDS.map(([, re]) => `(?:${re.source})`).join('|'));

/** 还有一个残疾人 不是…: a hire added and named, then said not to be of another group. */
const HIRE_JUST_NAMED = new RegExp(`(还有|另外还有|另外|另|其中|有)(${NUM})(个|名|位)?(?:[\u4e00-\u9fff]{0,4})?(${ANY_GROUP.source})[^,;。]{0,2}[,\\s]?(他|她|这个|那个)?(也)?(不是|并非|不属于|不算)(的)?$`);

/** Every group named in the text, in order, overlapping words taken once (longest list order). */
export function findGroups(text: string, clauses: Clause[]): GroupMention[] {
  const found: GroupMention[] = [];
  if (!ANY_GROUP.test(text)) return found;
  const taken: Array<[number, number]> = [];
  for (const [group, re] of GROUP_WORDS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      // 失业保险 is a fund; 毕业 inside 两后生 was taken above.
      if (group === 'registered_unemployed' && /^保险/.test(text.slice(end))) continue;
      if (group === 'employment_difficulty' && certifiesDisabled(text, start, end)) continue;
      // 招了个就业困难人员 人家有残疾证: the certificate of the hire just named, not a second group.
      if (group === 'disabled' && disabilityCardOfHire(text, start, end)) continue;
      taken.push([start, end]);
      const clause = clauses.find((c) => start >= c.start && start < c.end) ?? { start: 0, end: text.length, text };
      const before = text.slice(Math.max(clause.start, start - 6), start);
      // 我属于建档立卡户吗 / 算不算贫困户: asked, not said.
      // 建档立卡 这个俺不清楚: the group named as the topic of a "not known" is not said to hold.
      const unsure = /^(的)?(身份|情况|这个|这事|这块|那个|这一块|的事)?[,\s]?(这个|这事|这块|那个)?[,\s]?(俺|我|我们|俺们|咱|咱们)?(也|都|真|可|其实|还)?(不清楚|不知道|不晓得|说不好|说不准|搞不清|不确定|不太清楚|不懂|没数)/.test(text.slice(end));
      // 文件里说的两后生 是不是就指他这种: the term quoted and asked about, nobody said to be one.
      const termAsked = /(说的|提的|讲的|写的|所谓的?|叫)$/.test(before) || /^(的)?(是不是|是否|到底)?(就)?(指|是指|说的是|包括|包不包括|什么意思|啥意思|指的是|是啥|是什么)/.test(text.slice(end).replace(/^[,\s]+/, ''));
      // 建档立卡不建档立卡的 说不上来: the group asked both ways, in either half.
      const core = m[0].replace(/的$/, '');
      const bothWays = [`不${core}`, `没${core}`].some((w) => text.startsWith(w, start + core.length)) || [`${core}不`, `${core}没`].some((w) => before.endsWith(w));
      // 学校招了不少建档立卡户家的孩子: the families of children taken in, not the one who speaks
      // (unless the speaker says it is their own: 我是建档立卡户家的孩子).
      const othersChildren = /学校|院校|技校|职校|学院|中专|上学|读书|念书/.test(text) && /^(户)?(家|家里|家庭)?的?(孩子|学生|子女|娃|娃娃|小孩)/.test(text.slice(end)) && !/(我|俺)(是|家是|家)[^,;。]{0,2}$/.test(before);
      // (收了俩残疾孩子（特教学校出来的） 以工代训6个月: children counted and put to work are hires.)
      if (othersChildren && !countedAtWork(text, start)) continue;
      const asked = termAsked || bothWays || isAskedBothWays(before) || /算不算$|是否$/.test(before) || /^(吗|么|嘛|不|没有?)($|[,;。?!])/.test(text.slice(end)) || unsure;
      // 贫困户不是 / 零就业家庭 不是，是下岗的: denied after the noun, as people correct themselves.
      const after = text.slice(end);
      // Only where the denial ends there (贫困户不是，是…): in 我是贫困户不是退役军人 it is the veteran's.
      const deniedAfter =
        /^(的)?(身份|情况)?[,\s]?(咱|咱们|我们|俺们)?(这个|这些|这几个|那个|那些|那几个|(?:那|这)[\d一二两三四五六七八九十俩仨]+个?人?)?[,\s]?((?:他们|她们)(?:俩|仨|几个|[\d一二两三四五六七八九十]+个)?|他俩|她俩|这些人|这俩|这仨|他家|她家|俺家|我家|咱家|他|她)?(吧|呢|嘛)?[,\s]?(也|都|可|倒|其实|实际上|实际)?(不是|不算|不属于)(的)?(哈|啊|呀|嘛)?(?=$|[,\s;。!?]|(就|而|其实|实际|只)?是)/.test(after) ||
        // 建档立卡户 俺公司没有，就是有俩残疾人: none of them there.
        /^(的)?[,\s]?(俺|我|我们|俺们|咱|咱们)?(家|家里|公司|厂|单位|这里|这儿|这边|这|厂里|公司里)?(里)?(倒是|倒|可|真)?(一个也|一个都|也|都)?(没有|没)(?=$|[,\s;。!?]|就|只|倒是|有|招|要|收|用|雇|评上|评过|评定|批下来)/.test(after) ||
        // 残疾证 没有 / 残疾证还没办 / 就业困难人员认定 也没有: the card or status that makes one of the group, said not held.
        /^(人|人员)?(的)?(证|证书|认定|身份|资格)[,\s]?(也|都|还|倒|可)?(没有|没办|没拿|没领|没申请|没做|没)(?=$|[,\s;。!?]|就|只|下来)/.test(after);
      // 没认定过就业困难 / 未被认定为残疾人: the status never granted is not held.
      const denied = !asked && (/(不是|并非|非|没当过|没有当过|没当|不属于|不算|(没|未|没有)(被)?(认定|评定|认|办)(过)?(为|成)?)[^,;。]{0,2}$/.test(before) || /(没|未|没有|从没|从来没有?)$/.test(before) || deniedAfter);
      if (denied && describesOthers(text, start)) continue;
      found.push({ group, start, end, denied, asked, subject: subjectBefore(text, clause.start, start) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
