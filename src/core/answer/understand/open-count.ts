/**
 * The head count of an employer's one hire row, given while it is still open (十来个 was said,
 * and the dialogue moved on to the months): "4个人 在这干了7个月了" / "准确的是十二个". Only a figure
 * that names people (人, 名, 位) or says it makes a rough figure exact (准确的是, 应该是) is taken;
 * a bare "五个" could be months too, and the dialogue asks which.
 */
import type { SessionState } from '../session-state.js';
import { COUNTED, NUM, findMonths, numberValue } from './facts/quantities.js';
import type { FactReading } from './read-facts.js';

const HEAD_COUNT = new RegExp(`^(准确(?:的)?(?:是|说|数)?|确切(?:的)?(?:是|说)?|具体(?:的)?(?:是|有|数是)?|应该是|其实是|实际(?:上)?是|是|一共|总共|共)?(${NUM})(个人|名|位|人|个)(?![月年天])`);

const HIRED_COUNT = new RegExp(`(招了|招收了|收了|雇了|要了|进了|吸纳了|录用了)(俩|仨|${NUM}(?=个人|名|位|人|个(?![月年天])))(?![月年天])`);

const EXACT_LATER = new RegExp(`(?<=^.{0,8})(准确(?:的)?(?:是|说|数了?|数)?|确切(?:的)?(?:是|说)?|实际(?:上)?是)(${NUM})(个人|名|位|人|个)(?![月年天])`);

/** A head count standing alone between stops, after one of `lead`, measured by one of `measure`. */
function countAlone(lead: string, measure: string): RegExp {
  return new RegExp(`(?:^|[,，。;；\\s])(?:${lead})?(${NUM})(?:${measure})(?=$|[,，。;；\\s])`);
}

/** 参保的，1个人，以工代训6个月: people counted in a clause of their own. */
const PEOPLE_ALONE = countAlone('一共|总共|共|就|只有', '个人|名|位|人');
/** 4个 / 一共3名: a bare count, once the count was asked and not known. */
const BARE_HEAD_COUNT = countAlone('一共|总共|共|有', '个人|个|名人|名|位人|位');
/** 查了花名册 是11个 / 就她1个: a count said after a few words of how it was found, or of whom. */
const SAID_COUNT = new RegExp(`(?:^|[,，。;；])[^,，。;；]{0,6}?(?:是|有|一共|总共|共|就|只有|只)(她|他|这|那)?(${NUM})(个人|名|位|人|个)(?![月年天])`);
const PEOPLE_WORKING = new RegExp(`(?:^|[,，;；])(${NUM})(?:个人|名|位|人)(?:都|也)?(?=干|在|来|上班|入职|以工代训)`);

/** The count fact such a message gives, or undefined. */
export function countOfOpenRow(text: string, session: SessionState, reading: FactReading): { path: string; value: number; words: string } | undefined {
  if (session.applicant?.type !== 'employer') return undefined;
  const rows = session.applicant.hires ?? [];
  if (rows.length !== 1 || rows[0]!.count !== undefined) return undefined;
  // A group named in the message (3个残疾人) is the reader's to place.
  if (reading.patch.hires.some((h) => h.group !== undefined) || reading.evidence.some((e) => /\.count$/.test(e.path))) return undefined;
  const pair = /^(她俩|他俩|她们俩|他们俩|这俩|那俩|她仨|他仨|这仨|那仨)/.exec(text.replace(/\s+/g, ''));
  if (pair) return { path: 'hires[0].count', value: /仨/.test(pair[0]) ? 3 : 2, words: pair[0] };
  // 交社保的 招了俩 以工代训五个月: a count after a verb of hiring is people, wherever it stands.
  const hired = HIRED_COUNT.exec(text.replace(/\s+/g, ''));
  if (hired) {
    const n = hired[2] === '俩' ? 2 : hired[2] === '仨' ? 3 : numberValue(hired[2]!);
    if (n !== undefined && Number.isInteger(n) && n > 0) return { path: 'hires[0].count', value: n, words: hired[0] };
  }
  // 数了一下 准确是11个: the exact figure may follow a few words of its own.
  // 查了，4个，都干了7个月: how it was found out, then the figure.
  // (会计说7个 / 财务回了 5个: who said it, then the figure.)
  const plain = text.replace(/\s+/g, '').replace(/^(我|俺)?(刚)?(查了查|问了问|数了数|查了|问了|数了|核实了|查到了|问清楚了|数清楚了|确认了)(一下|下)?[,，:：]*/, '').replace(/^(会计|财务|出纳|人事|老板|经理|主任|厂长|车间主任|他们|他|她|对方)(也)?(说|讲|回了|回复|回话)(了)?[,，:：]*/, '');
  // 合作社，3个人干了10个月: people counted as the subject of their work.
  const working = PEOPLE_WORKING.exec(plain) ?? PEOPLE_ALONE.exec(text.replace(/\s+/g, ','));
  if (working) {
    const n = numberValue(working[1]!);
    if (n !== undefined && Number.isInteger(n) && n > 0) return { path: 'hires[0].count', value: n, words: working[0] };
  }
  const m = HEAD_COUNT.exec(plain) ?? EXACT_LATER.exec(plain);
  if (!m) return saidCount(text, reading);
  // 12个 刚数了 / after 十来个: counted, or the exact figure of a rough count — people, not months.
  const exact = (m[1] !== undefined && m[1] !== '是') || COUNTED.test(text) || (session.roughSaid ?? []).some((p) => /\.count$/.test(p));
  // 5个 都干一年了 带训4个月: the months are said in words of their own, so the bare 5个 is the people.
  const monthsSaid = reading.evidence.filter((e) => /\.(monthsEmployed|onJobTrainingMonths)$/.test(e.path) && /月|年/.test(e.words) && !e.words.includes(m[0]));
  if (m[3] === '个' && !exact && monthsSaid.length === 0) return undefined;
  const value = numberValue(m[2]!);
  if (value === undefined || !Number.isInteger(value) || value <= 0) return undefined;
  return { path: 'hires[0].count', value, words: m[0] };
}

/** 查了花名册 是11个 以工代训5个月: a bare 个 counts people when the months are said in words of their own (or 她 says whom). */
function saidCount(text: string, reading: FactReading): { path: string; value: number; words: string } | undefined {
  const m = SAID_COUNT.exec(text.replace(/\s+/g, ','));
  if (!m) return undefined;
  const monthsSaid = reading.evidence.some((e) => /\.(monthsEmployed|onJobTrainingMonths)$/.test(e.path) && /月|年/.test(e.words) && !e.words.includes(m[0]));
  if (m[3] === '个' && !m[1] && !monthsSaid) return undefined;
  const value = numberValue(m[2]!);
  if (value === undefined || !Number.isInteger(value) || value <= 0) return undefined;
  return { path: 'hires[0].count', value, words: `${m[2]}${m[3]}` };
}

/**
 * "问了 都8个月了", after the person said they did not know one row's months and the dialogue
 * moved on: the figure is that fact's, when exactly one months fact is open that way and the
 * message places no months of its own.
 */
export function monthsOfUnknownRow(text: string, session: SessionState, reading: FactReading): { path: string; value: number; words: string } | undefined {
  if (session.applicant?.type !== 'employer') return undefined;
  const open = (session.unknown ?? []).filter((p) => /^hires\[\d+\]\.(monthsEmployed|onJobTrainingMonths)$/.test(p));
  if (open.length !== 1 || open[0] === session.pendingFact) return undefined;
  if (reading.evidence.some((e) => /\.(monthsEmployed|onJobTrainingMonths)$/.test(e.path)) || reading.patch.hires.some((h) => h.group !== undefined)) return undefined;
  const found = findMonths(text).filter((m) => !m.since);
  if (found.length !== 1 || found[0]!.rough) return undefined;
  const value = found[0]!.value;
  if (!Number.isInteger(value) || value <= 0) return undefined;
  return { path: open[0]!, value, words: text.slice(found[0]!.index, found[0]!.end) };
}

/**
 * 具体几个人记不清了 … 翻着了 4个 都干满一年了: a head count the person could not give earlier,
 * said later as a bare figure while another question waits — the one group's count.
 */
export function countOnceUnknown(reading: FactReading, message: string, session: SessionState): FactReading {
  const hires = session.applicant?.type === 'employer' ? session.applicant.hires ?? [] : [];
  if (hires.length !== 1 || hires[0]!.count !== undefined || !(session.unknown ?? []).some((u) => /^hires\[0?\]\.count$/.test(u))) return reading;
  if (reading.evidence.some((e) => /\.count$/.test(e.path)) || reading.patch.hires.length > 1) return reading;
  const m = BARE_HEAD_COUNT.exec(message);
  const value = m ? numberValue(m[1]!) : undefined;
  if (value === undefined || !Number.isInteger(value) || value <= 0) return reading;
  const row = { ...(reading.patch.hires[0] ?? {}), ...(hires[0]!.group ? { group: hires[0]!.group } : {}), count: value } as (typeof reading.patch.hires)[number];
  const patch = { ...reading.patch, hires: [row] };
  return { ...reading, patch, evidence: [...reading.evidence, { path: 'hires[0].count', value, words: m![0].trim() }] };
}

