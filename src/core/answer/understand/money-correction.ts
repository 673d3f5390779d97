/**
 * A money figure of the employer's case said again, in few words: "打错了 是一百五十万",
 * "工资总额我说错了 是一千万". The fact reader finds no fact in such a message when it names no
 * field, or names it before the figure with words between, so without this it would be searched
 * as a question (and declined). A figure is placed only where the case leaves no doubt: the
 * field the message names, or the one sum the case holds; with several sums and none named, the
 * person is asked which — a guessed sum would move an amount.
 */
import type { Applicant } from '../../rules/schema.js';
import type { PendingWhich } from '../session-state.js';
import type { CaseCorrection } from './case-correction.js';
import { spokenForms } from './facts/prepare.js';
import { NUM, numberValue, yuanOf } from './facts/quantities.js';

/** Words that say the message changes what was said before. */
const CHANGES = /不对|错了|说错|搞错|看错|写错|记错|记成|写成|弄错|填错|打错|打反|写反|说反|弄反|搞反|颠倒|手滑|手抖|更正|纠正|其实|实际上|实际是|应该是|应是|改成|改为|不是|漏了|少算|多算|总共是|一共是|合计是|加起来/;
/** Words that make the message a question. */
const ASKS = /吗|么|呢|[?？]|多少|几|怎么|能不能|可不可以|能补|能扣|能领|是否|什么|啥|哪/;
/** A sum of money: a unit of money after it, or 万 inside a Chinese numeral. */
const MONEY = new RegExp(`(${NUM})\\s*(亿|万|千)?\\s*(元|块)?`, 'g');

/** The sums a case can hold, with the words that name each. */
const FIELDS: ReadonlyArray<{ path: (a: EmployerCase) => string | undefined; name: string; says: RegExp }> = [
  { path: () => 'payrollYuan', name: '工资薪金总额', says: /工资|薪金|薪资/ },
  // 提的是50万: what an employer draws (提取) is the fund.
  { path: () => 'educationFundYuan', name: '职工教育经费', says: /经费|提的|提了|计提|提取/ },
  { path: (a) => ((a.equipment?.length ?? 0) === 1 ? 'equipment[0].valueYuan' : undefined), name: '设备总值', says: /设备|机床|仪器|器材/ },
  { path: () => 'trainingSubsidyYuan', name: '培训补贴资金', says: /项目|培训补贴|补贴资金/ },
];

type EmployerCase = Extract<Applicant, { type: 'employer' }>;

/** One lot of a purchase named: 第二批, 头一批, 那一笔. */
export const LOT_NAMED = /第[一二三四五六1-6](批|笔|次|回|期|个标段|标段)|(那|这|头|前|后)(一)?(批|笔)/;

/** Reads a money figure said again; undefined when the message is none. */
export function readMoneyCorrection(message: string, applicant: Applicant | undefined, lastSaid: readonly string[] = []): CaseCorrection | undefined {
  if (applicant?.type !== 'employer') return undefined;
  // 400,000元: the thousands separators would cut the figure.
  // 是60w / 80k: the chat's 万 and 千.
  const text = spokenForms(message.replace(/\s+/g, ' ').replace(/(?<=\d)[,，](?=\d{3}(?!\d))/g, '').replace(/(?<=\d)\s?[wW](?![a-zA-Z])/g, '万').replace(/(?<=\d)\s?[kK](?![a-zA-Z])/g, '千')).trim();
  if (text.length > 30 || !CHANGES.test(text) || ASKS.test(text.replace(/[那这]几(个|位|名)/g, ''))) return undefined;
  const all = [...text.matchAll(MONEY)].filter((m) => m[2] || m[3] || /万|亿/.test(m[1]!));
  // 不是100万 是150万: the sum denied is the old one; it names the field it was.
  const deniedSum = (m: RegExpMatchArray) => /(不是|并非|而非|记成|写成|说成)\s*$/.test(text.slice(0, m.index ?? 0));
  // 是两百五十万 少说了一百万: the difference beside the sum is no sum of the case.
  const difference = (m: RegExpMatchArray) => /((少|多)(说|算|写|报|填)了?|差了?)\s*$/.test(text.slice(0, m.index ?? 0));
  const sums = all.filter((m) => !deniedSum(m) && !difference(m));
  const last = sums[sums.length - 1];
  if (!last) return undefined;
  // 机器人那行是102万 不是120 合计是282: the total said with the change is the case's sum; a bare
  // figure there takes the unit the message's other sums carry.
  const total = new RegExp(`(?:合计|总共|一共|总计|加起来)(?:是|为|有)?\\s*(${NUM})\\s*(亿|万|千)?\\s*(元|块)?`).exec(text);
  const unitNear = all.find((m) => m[2])?.[2];
  const totalValue = total ? (/[万亿]/.test(total[1]!) ? numberValue(total[1]!) : yuanOf(total[1]!, total[2] ?? (total[3] ? undefined : unitNear))) : undefined;
  const value = totalValue ?? (/[万亿]/.test(last[1]!) ? numberValue(last[1]!) : yuanOf(last[1]!, last[2]));
  if (value === undefined || !(value > 0)) return undefined;
  const words = (totalValue !== undefined ? total![0] : last[0]).trim();

  // 第二批不是80万 是60万: one lot of a purchase told in lots — the total moves by the difference.
  const lotNamed = LOT_NAMED.test(text);
  const denied = all.filter(deniedSum).map((m) => (/[万亿]/.test(m[1]!) ? numberValue(m[1]!) : yuanOf(m[1]!, m[2])));
  const items = (applicant.equipment ?? []).map((e, i) => ({ i, v: e.valueYuan })).filter((x): x is { i: number; v: number } => x.v !== undefined);
  if (totalValue === undefined && lotNamed && denied.length === 1 && denied[0] !== undefined && items.length === 1 && items[0]!.v > denied[0]) {
    const moved = items[0]!.v - denied[0] + value;
    if (moved > 0) return { kind: 'facts', facts: [{ path: `equipment[${items[0]!.i}].valueYuan`, value: moved, words }] };
  }
  // 第三批记错了 是二十五万, of a purchase told in lots and held as their sum: the lot's old figure is
  // not known here, so the new total cannot be worked out — asked for, never the lot taken as the whole.
  if (totalValue === undefined && lotNamed && denied.length === 0 && items.length === 1) {
    return { kind: 'which', figure: words, options: ['设备总值'], examples: ['各批加起来一共××万'], relative: true };
  }
  const named = FIELDS.filter((f) => f.says.test(text));
  if (named.length === 1) {
    const path = named[0]!.path(applicant);
    return path ? { kind: 'facts', facts: [{ path, value, words }] } : undefined;
  }
  // None named: the one sum the case holds is the one said again.
  const held = [
    ...(applicant.payrollYuan !== undefined ? [{ path: 'payrollYuan', name: '工资薪金总额' }] : []),
    ...(applicant.educationFundYuan !== undefined ? [{ path: 'educationFundYuan', name: '职工教育经费' }] : []),
    ...(applicant.equipment ?? []).flatMap((e, i) => (e.valueYuan !== undefined ? [{ path: `equipment[${i}].valueYuan`, name: '设备总值' }] : [])),
    ...(applicant.trainingSubsidyYuan !== undefined ? [{ path: 'trainingSubsidyYuan', name: '培训补贴资金' }] : []),
  ];
  if (held.length === 1) return { kind: 'facts', facts: [{ path: held[0]!.path, value, words }] };
  const old = all.filter(deniedSum).map((m) => (/[万亿]/.test(m[1]!) ? numberValue(m[1]!) : yuanOf(m[1]!, m[2])));
  const sumOf = (path: string): number | undefined =>
    path === 'payrollYuan' ? applicant.payrollYuan : path === 'educationFundYuan' ? applicant.educationFundYuan : path === 'trainingSubsidyYuan' ? applicant.trainingSubsidyYuan : applicant.equipment?.[Number(/\[(\d+)\]/.exec(path)?.[1])]?.valueYuan;
  const holder = held.filter((h) => old.includes(sumOf(h.path)));
  if (holder.length === 1) return { kind: 'facts', facts: [{ path: holder[0]!.path, value, words }] };
  if (held.length === 0) return undefined;
  // 工资薪金一年一百二十万 → 不对 是一百八十万: the one sum the message before stated is the one said again.
  const justSaid = held.filter((h) => lastSaid.includes(h.path.replace(/\[\d*\]/g, '[]')));
  if (justSaid.length === 1 && (held.filter((h) => h.name === justSaid[0]!.name).length === 1)) return { kind: 'facts', facts: [{ path: justSaid[0]!.path, value, words }] };
  const says = (name: string) => FIELDS.find((f) => f.name === name)!.says.source;
  return {
    kind: 'which',
    figure: words,
    options: [...new Set(held.map((h) => h.name))],
    examples: held.slice(0, 2).map((h) => `${h.name}是${words}`),
    pending: { value, words, choices: held.map((h) => ({ path: h.path, says: says(h.name) })) },
  };
}

/** The reply to "which fact is it?": the one choice the message names, with the figure kept. */
export function readWhichReply(message: string, pending: PendingWhich | undefined): CaseCorrection | undefined {
  if (!pending) return undefined;
  const text = message.replace(/\s+/g, '');
  if (text.length > 20) return undefined;
  // 干了八个多月了, to "5个 is which?": a figure of its own is a new fact, not the 5 placed.
  const figures = [...text.matchAll(/\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+/g)].map((m) => m[0]);
  if (figures.some((f) => f !== String(pending.value) && numberValue(f) !== pending.value)) return undefined;
  const named = pending.choices.filter((c) => new RegExp(c.says).test(text));
  // 设备总值 could be one of several items: a name shared by two choices places nothing.
  if (named.length !== 1) return undefined;
  return { kind: 'facts', facts: [{ path: named[0]!.path, value: pending.value, words: pending.words }] };
}
