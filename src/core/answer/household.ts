/**
 * 俺跟俺妹都是贫困户 在电子公司上班9个月了 以工代训都6个月 俺的岗前补贴领过了 俺妹的没领: a worker
 * telling the job of several people by who they are — themselves, a wife, a father, a cousin — each
 * with their own group, months and claim. Read as one group with no count, the sister's claim was
 * lost to the asker's (a confident 不符合) or one person's months were given to all. Here each
 * person is a hire of one, with what was said of them, of "都 / 俺俩" (all of them) or of the
 * clause before (that went on about the same people).
 */
import type { Hire, PersonGroup } from '../rules/schema.js';
import { numberValue } from './understand/facts/quantities.js';
import { hireFacts } from './worker-hire-facts.js';

/** Relatives and neighbours a worker names; 弟弟 and 弟 are one person. */
const KIN = '媳妇|老婆|老公|对象|男人|爱人|爹|爸|妈|娘|哥哥?|姐姐?|弟弟?|妹妹?|儿子|闺女|表弟|表妹|表哥|表姐|堂弟|堂妹|堂哥|堂姐|小舅子|邻居';
/** A person named: the asker (俺/我, 俺的), a relative with or without 俺/我. */
const PERSON = new RegExp(`(?:(?:俺|我)(?:家)?(?:的)?)?(${KIN})|(俺|我)(?!们|家|厂|公司|单位|村|这|那|俩|们俩|仨)`, 'g');
/** Everyone spoken of: 都 / 俺俩 / 兄弟俩 / 仨人. */
const ALL = /(俺|我|咱)(们)?(俩|仨)|兄弟俩|姐妹俩|两口子|俩人|仨人|两个人|三个人|都/;
/** 另外仨建档立卡户: more people beside the ones named, counted. */
const OTHERS = /另外([\d一二两三四五六七八九十]+个|俩|仨)/;
/** Counts that go with people named: 另外仨, 仨人, 俺俩, 兄弟俩 (their own figure is checked below). */
const COUNTS_NAMED = /另外([\d一二两三四五六七八九十]+个|俩|仨)|(一共|总共|共)?[\d一二两三四五六七八九十俩仨]+个?人(?!员)|(俺|我|咱)(们)?(俩|仨)|兄弟俩|姐妹俩|两口子/g;
/** Any other head count of people. */
const HEAD_COUNT = /([\d一二两三四五六七八九十几]+\s*(个|名|位)|俩|仨)(?=[^月，,。\s]{0,4}(贫困|建档|残疾|零就业|就业困难|人|退伍|退役|兄弟|姐妹))/;
/** Group words as workers say them. */
const GROUPS: ReadonlyArray<[RegExp, PersonGroup]> = [
  [/建档立卡|贫困户|贫困劳动力|贫苦户/, 'poor_labor'],
  [/残疾/, 'disabled'],
  [/零就业/, 'zero_employment_family'],
  [/就业困难/, 'employment_difficulty'],
  [/退伍|退役|当兵回来/, 'veteran'],
];
/** A group said not to be theirs (不是建档立卡 / 建档立卡不是): no group read from that clause. */
const DENIED = /不是|没有|不算|没评|没办/;

interface Person {
  key: string;
  group?: PersonGroup;
  facts: Partial<Hire>;
  count: number;
}

const keyOf = (m: RegExpMatchArray): string => (m[1] ? m[1].replace(/^(哥|姐|弟|妹)\1$/, '$1') : 'self');

/** Each person's hire row, or undefined when the message names fewer than two people or leaves a group unsaid. */
export function householdRows(text: string): Hire[] | undefined {
  // 招了俩残疾人 / 3个贫困户姐妹: people counted as a group, not named one by one.
  const uncounted = text.replace(COUNTS_NAMED, '');
  if (HEAD_COUNT.test(uncounted)) return undefined;
  const people: Person[] = [];
  const byKey = (key: string, count = 1): Person => {
    let p = people.find((x) => x.key === key);
    if (!p) people.push((p = { key, facts: {}, count }));
    return p;
  };
  let last: Person[] = [];
  for (const clause of text.split(/[，,。；;！!？?\s]+/).filter(Boolean)) {
    // A relative is a person of the story when first named as the asker's own (俺表弟, 我妈); 姐妹 alone is no one.
    const named = [...clause.matchAll(PERSON)].filter((m) => !m[1] || /^(俺|我)/.test(m[0]) || people.some((p) => p.key === keyOf(m))).map((m) => byKey(keyOf(m)));
    const others = OTHERS.exec(clause);
    if (others) named.push(byKey('others', others[1] === '俩' ? 2 : others[1] === '仨' ? 3 : (numberValue(others[1]!.replace(/个$/, '')) ?? Number.NaN)));
    // 俺的岗前补贴领过了 俺妹的没领: each person's clause speaks of them alone; a bare clause goes on about the last ones.
    const who = ALL.test(clause) && !others ? [...people] : named.length > 0 ? named : last;
    if (who.length === 0) continue;
    last = who;
    const group = GROUPS.find(([re]) => re.test(clause))?.[1];
    if (group && !DENIED.test(clause)) for (const p of who) p.group ??= group;
    const facts = hireFacts(clause);
    for (const p of who) p.facts = { ...p.facts, ...facts };
  }
  if (people.length < 2 || people.some((p) => p.group === undefined || !Number.isInteger(p.count) || p.count < 1)) return undefined;
  // 一共4个人: the people named must make up the total said.
  // (俺跟俺俩兄弟 仨人: three people, two named — not read here.)
  const total = /([\d一二两三四五六七八九十俩仨]+)个?人(?!员)/.exec(text);
  const said = total ? (total[1] === '俩' ? 2 : total[1] === '仨' ? 3 : numberValue(total[1]!)) : undefined;
  if (said !== undefined && said !== people.reduce((n, p) => n + p.count, 0)) return undefined;
  return people.map((p) => ({ group: p.group!, count: p.count, ...p.facts }));
}

