/**
 * A worker's relative (or the worker) asking what the employer gets for hiring them
 * (我老公残疾 去厂里上班了 厂里能拿补贴吗): the audience is the employer, and the rule is 以工代训
 * (六(一)) — for hiring 贫困劳动力, or 就业困难人员 (残疾人 included) and 零就业家庭成员 by an insured
 * enterprise. The person's words become the employer's facts: the kind of employer where named,
 * one hire of the group named when one person is spoken of; the rest is asked.
 */
import { ANSWERS } from '../rules/registry.js';
import type { Applicant, EntityKind, Hire, PersonGroup } from '../rules/schema.js';

/** The employer (厂里, 公司, 老板, 单位 …) getting money: what it can have for a hire. */
const EMPLOYER_GETS =
  /(厂里|厂子|工厂|厂家|公司|老板|单位|企业|车间|合作社|用人单位)[^，,。？?]{0,4}(能|可以|会|有没有|能不能|可不可以)?(拿|领|得|享受|申请|有)[^，,。？?]{0,6}?(钱|补贴|补助|奖励)|给(厂里|公司|老板|单位|企业|车间)(补|发)/;

/** Groups 以工代训 pays an employer for hiring. */
/** The groups the hiring subsidy counts (the main pack says which). */
const HIRED_GROUPS: readonly PersonGroup[] = ANSWERS.hiredGroups;

/** More than one person spoken of: the count is asked, not guessed. */
const SEVERAL = /们|几个|俩|仨|些|多个|\d+\s*(个|名|人)|[两二三四五六七八九十]\s*(个|名)/;

/** True when the message asks what an employer gets, told by someone other than the employer. */
export function asksWhatEmployerGets(text: string): boolean {
  // Spaces part phrases (招了我 公司能…): kept as a break so 我 and 公司 are not read together.
  return EMPLOYER_GETS.test(text.replace(/\s+/g, '')) && !OWN_EMPLOYER.test(text.trim().replace(/\s+/g, '，'));
}

/** The employer speaking of itself (我们公司能拿什么补贴): its own dialogue, not a worker's story. */
const OWN_EMPLOYER = /我们|我司|本公司|本单位|本企业|咱们|咱(公司|厂|单位)|(^|[，,。！？!?；;])我(的)?(公司|厂|企业)/;

/** Words for one particular person: the asker, a relative, 这个人, 一个. */
const ONE_PERSON = /(我|俺)(?!们)|本人|一个|一名|一位|这个人|那个人|(他|她)(?!们)(是|家|本人|自己)/;

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
  const one = !SEVERAL.test(text.replace(/我们(厂|公司|单位)/g, '')) && ONE_PERSON.test(text);
  const hires: Hire[] = HIRED_GROUPS.filter((g) => groups.includes(g)).map((group) => ({ group, ...(one ? { count: 1 } : {}) }));
  return { type: 'employer', ...(entity ? { entity } : {}), ...(hires.length > 0 ? { hires } : {}) } as Applicant;
}
