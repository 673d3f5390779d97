/**
 * A worker's relative (or the worker) asking what the employer gets for hiring them
 * (我老公残疾 去厂里上班了 厂里能拿补贴吗): the audience is the employer, and the rule is 以工代训
 * (六(一)) — for hiring 贫困劳动力, or 就业困难人员 (残疾人 included) and 零就业家庭成员 by an insured
 * enterprise. The person's words become the employer's facts: the kind of employer where named,
 * one hire of the group named when one person is spoken of; the rest is asked.
 */
import { ANSWERS } from '../rules/registry.js';
import { householdRows } from './household.js';
import { hireFacts } from './worker-hire-facts.js';
import type { Applicant, EntityKind, Hire, PersonGroup } from '../rules/schema.js';

/** The employer (厂里, 公司, 老板, 单位 …) getting money: what it can have for a hire. */
const EMPLOYER_GETS =
  /(厂里|厂子|工厂|厂家|公司|老板|单位|企业|车间|合作社|用人单位)[^，,。？?]{0,4}(能|可以|会|有没有|能不能|可不可以)?((拿|领|得|享受|申请|有|落|挣)[^，,。？?]{0,6}?(钱|补贴|补助|奖励)|(拿|领|得|补|落|挣|赚)(多少|几个钱))|给(厂里|公司|老板|单位|企业|车间)(补|发)/;

/** Groups 以工代训 pays an employer for hiring. */
/** The groups the hiring subsidy counts (the main pack says which). */
const HIRED_GROUPS: readonly PersonGroup[] = ANSWERS.hiredGroups;

/** More than one person spoken of: the count is asked, not guessed. */
// (俺跟俺媳妇都是贫困户: the asker and one more.)
const SEVERAL = /(俺|我)(跟|和|与|同|还有)(俺|我)?(家)?[^，,。？?\s]{1,3}(都|俩|两个)|们|几个|俩(?!月)|仨(?!月)|些|多个|\d+\s*(个|名|人)(?!月)|[两二三四五六七八九十]\s*(个|名)(?!月)/;

/** True when the message asks what an employer gets, told by someone other than the employer. */
export function asksWhatEmployerGets(text: string): boolean {
  // Spaces part phrases (招了我 公司能…): kept as a break so 我 and 公司 are not read together.
  const t = text.replace(/\s+/g, '');
  // 公司给我以工代训了6个月…那会儿能补多少: the worker's own 以工代训 is the employer's to claim.
  const ownTraining = WORKER_TRAINED.test(t) && /多少|能补|补不补|有补贴|有没有补|能拿|能领|给不给/.test(t);
  // 在纺织公司干了一年 以工代训6个月 能补多少: the worker's own 以工代训 at a workplace told, the sum
  // asked with no one named — the 以工代训 subsidy is only ever the employer's.
  const ownJobTold = WORKPLACE_TOLD.test(t) && /以工代训|带训|代训/.test(t) && /(能|可以)?(补|领|拿|给)(多少|几个钱)|有补贴(吗|不|没)/.test(t) && !/(我|俺|咱)(们)?(的)?(公司|厂|单位|企业|合作社|车间|店)|我司|招了|吸纳了|雇了/.test(t);
  return (EMPLOYER_GETS.test(t) || ownTraining || ownJobTold) && !OWN_EMPLOYER.test(text.trim().replace(/\s+/g, '，'));
}

/** 在纺织公司干了一年 / 进厂九个月了: the worker's time at a workplace. */
const WORKPLACE_TOLD = /在[^，,。？?]{0,8}(公司|厂|车间|合作社|工地|店|饭店|酒店)|进厂|进公司/;

/** 公司给我以工代训 / 厂里带我以工代训了半年: the worker trained on the job by the employer. */
const WORKER_TRAINED = /(公司|厂里?|单位|老板|店里|车间)[^，,。？?]{0,4}(给|让|带|安排)(我|俺)[^，,。？?]{0,4}(以工代训|带训|代训)/;

/** 贫困户 在厂里干了七个月 / 有残疾证 厂交五险 以工代训六个月: a group said first, then months of a job. */
const SELF_TOLD = /^[^，,。？?\s]{0,4}(贫困户|建档立卡|残疾|零就业|就业困难)[^。？?]*[\d一二两三四五六七八九十半俩仨]+\s*个?(月|年)/;

/** The employer speaking of itself (我们公司能拿什么补贴): its own dialogue, not a worker's story. */
// (公司给我们交社保: 我们 are the workers the company insures, not the company.)
const OWN_EMPLOYER = /(?<!给|让|替|帮|对|带|教)(我们|咱们)(?![^，,。？?]{0,2}(以工代训|上班|干活|打工|这些人|员工|工人|兄弟|姐妹|俩|仨|两口|一家子))|我司|本公司|本单位|本企业|咱(公司|厂|单位)|(^|[，,。！？!?；;])我(的)?(公司|厂|企业)/;

/** Words for one particular person: the asker, a relative, 这个人, 一个. */
// 社保给她交着 / 她在那以工代训: the one person the dialogue is about, spoken of as 她.
const ONE_PERSON = /(我|俺)(?!们)|本人|一个|一名|一位|这个人|那个人|(他|她)(?!们)(是|家|本人|自己|在)|给(他|她)(?!们)/;

function entityIn(text: string): EntityKind | undefined {
  if (/扶贫车间/.test(text)) return 'poverty_workshop';
  if (/合作社/.test(text)) return 'farmer_cooperative';
  if (/厂|公司|企业/.test(text)) return 'enterprise';
  return undefined;
}

/** The employer's facts as the worker's side tells them. */
export function employerFromWorker(text: string, groups: readonly PersonGroup[]): Applicant {
  const entity = entityIn(text);
  // One hire only when one person is spoken of (我老公, 俺姐, 我自己); 零就业家庭的人 says how many nobody.
  // (公司给我们交社保: the workers the company insures, no count of hires.)
  // (贫困户 在厂里干了七个月 … 厂里能领多少: the worker's side opening with a group and telling months
  // of it, with no count or plural word, tells of one person — the one asking.)
  const one = !SEVERAL.test(text.replace(/我们(厂|公司|单位)|给我们/g, '')) && (ONE_PERSON.test(text) || SELF_TOLD.test(text.trim()));
  // What the worker says of the training and the claim is said of their own row.
  const said = hireFacts(text);
  // 俺跟俺妹都是贫困户 … 俺的领过了 俺妹的没领: several people told by who they are — one row each.
  const household = householdRows(text);
  const hires: Hire[] = household ?? HIRED_GROUPS.filter((g) => groups.includes(g)).map((group) => ({ group, ...(one ? { count: 1 } : {}), ...said }));
  // 以工代训俺四个月 厂里能落多少, with no group said the plan counts: still one hire, whose group is asked
  // (no hire at all would read as 没有吸纳人员 — a 不符合 nobody's words gave).
  // (俺家前几年好像评过啥贫困 在扶贫车间干了8个月: the one speaking, at work there, whatever their group.)
  if (hires.length === 0 && one && (SELF_AS_HIRE.test(text) || WORKER_TRAINED.test(text.replace(/\s+/g, '')) || (WORKPLACE_TOLD.test(text.replace(/\s+/g, '')) && said.monthsEmployed !== undefined))) hires.push({ count: 1, ...said } as Hire);
  const insured = insuredSaid(text);
  return { type: 'employer', ...(entity ? { entity } : {}), ...(insured !== undefined ? { insured } : {}), ...(hires.length > 0 ? { hires } : {}) } as Applicant;
}

/** 公司给我们交社保 / 厂里没交社保: the employer's insurance, as its worker tells it. */
function insuredSaid(text: string): boolean | undefined {
  // 公司交没交社保我不知道: asked both ways, or not known — not said.
  if (/(交|缴)(没|不)(交|缴)|有没有(交|缴)|(社保|保险)[^，,。？?]{0,8}(不知道|不清楚|不确定|说不准)/.test(text)) return undefined;
  const m = /(公司|厂里?|单位|老板|企业)[^，,。？?]{0,6}?(没|没有|不|未)?(给[^，,。？?]{0,3})?(交|缴|上|买)(了|着)?(社保|保险|五险)/.exec(text);
  if (m) return m[2] === undefined;
  // 一个交社保的公司 / 不交社保的厂: the insurance said as what the employer is.
  const kind = /(没|没有|不)?(交|缴)(着)?(社保|保险|五险)的(公司|厂|单位|企业)/.exec(text);
  return kind ? kind[1] === undefined : undefined;
}

/** The asker speaks of their own job (俺进厂九个月 / 以工代训俺 / 就俺一个): they are a hire. */
const SELF_AS_HIRE = /(俺|我)(?!们|家|爹|妈|娘|媳妇|老婆|老公|对象|闺女|儿子|娃|孩子|哥|姐|弟|妹|爸|舅|叔|姨|厂|司|公司|单位|店|合作社|社|车间|村|队|这|那)(自己)?[^，,。？?\s]{0,3}(进厂|进的|进了|干了|干满|上班|在厂|以工代训|入职|来厂)|(以工代训|带|培训|招了|收了|雇了)(俺|我)(?!们)|就(俺|我)(自己)?一个|(俺|我|咱)俩|(俺|我)(?!们)(本人|自己)?(也)?(是|有|属于|算)(个|一个|一名)?(建档立卡|贫困|残疾|零就业|就业困难|下岗|失业)|^(有|持有?)(残疾证|残疾人证)/;

/** 俺媳妇贫困户 扶贫车间干了半年: one relative's own job, told by the asker. */
const KIN_AS_HIRE = /^[^，,。？?]{0,4}(俺|我)(家)?(媳妇|老婆|老公|对象|闺女|儿子|爹|妈|娘|哥|姐|弟|妹|爸|表哥|表姐|表弟|表妹)(?!们|俩|仨)/;

/**
 * 回到刚才 俺进厂九个月 以工代训六个月, from a worker who said 俺是贫困户 before: the worker is the
 * hire — one person (two for 俺俩, one per group then), of the group they gave of themselves when
 * they gave one. Asked instead, the worker would be asked how many people they are.
 */
export function workerAsHire(merged: Applicant, before: Applicant | undefined, text: string): Applicant {
  // (进厂九个月…, from a person who told their own group before: the same person goes on about their job.)
  const goesOn = before?.type === 'person' && (before.groups?.length ?? 0) > 0 && /^(进厂|进了厂|进公司|进了公司|在厂里?|在公司|来厂里?|来公司|入职|干了|上班)/.test(text.trim());
  if (merged.type !== 'employer' || !(goesOn || SELF_AS_HIRE.test(text.replace(/\s+/g, ' ')) || KIN_AS_HIRE.test(text))) return merged;
  const rows = merged.hires ?? [];
  const own = before?.type === 'person' ? HIRED_GROUPS.filter((g) => before.groups?.includes(g)) : [];
  const pair = /(俺|我|咱)俩/.test(text);
  // Several people beside the asker (他们仨, 5个): not the asker's own row.
  if (SEVERAL.test(text.replace(/(俺|我|咱)俩|我们(厂|公司|单位)|给我们/g, '')) || rows.length > (pair ? 2 : 1)) return merged;
  if (pair && rows.length !== 2) return merged;
  // (俺侄子的公司要是招了我: no row told yet — the asker is the one, of the group they gave.)
  const told: Hire[] = rows.length > 0 ? rows : own.length === 1 && !pair ? [{ group: own[0]! } as Hire] : [];
  if (told.length === 0) return merged;
  const hires = told.map((h) => ({ ...h, ...(h.count === undefined ? { count: 1 } : {}), ...(h.group === undefined && own.length === 1 && told.length === 1 ? { group: own[0]! } : {}) }));
  // 俺进厂九个月: the works the worker went into is the unit, named by its kind as the worker tells it.
  const entity = merged.entity ?? entityIn(text);
  return { ...merged, ...(entity ? { entity } : {}), hires };
}
