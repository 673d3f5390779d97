/**
 * 以工代训第一批带了六个月 第二批带了四个月 第三批带了三个月, of a case told in three batches: each
 * batch's months go to its own row, in the order the batches were told. Read as one figure for the
 * case, the first would be taken for every row — or only the first row filled and the rest asked again.
 */
import type { Applicant } from '../../rules/schema.js';
import type { FactEvidence } from './read-facts.js';
import { numberValue } from './facts/quantities.js';

const BATCH_MONTHS = /第([一二三四五六1-6])(批|拨|波)[^，,。；;\s\d一二三四五六七八九十]{0,6}?([\d一二两三四五六七八九十]+|半)\s*(个)?(月|年)/g;

/** The months each batch of the case was told, as facts at its row; none when the batches do not match the rows. */
export function monthsByBatch(text: string, applicant: Applicant | undefined, pendingFact: string | undefined): FactEvidence[] {
  if (applicant?.type !== 'employer' || (applicant.hires?.length ?? 0) < 2) return [];
  const rows = applicant.hires!;
  const said = [...text.matchAll(BATCH_MONTHS)];
  if (said.length < 2) return [];
  const field = /以工代训|代训|带训|带了|带满/.test(text) ? 'onJobTrainingMonths' : /干了|来了|上班|就业|在岗|入职/.test(text) ? 'monthsEmployed' : /(monthsEmployed|onJobTrainingMonths)$/.exec(pendingFact ?? '')?.[1];
  if (!field) return [];
  const out: FactEvidence[] = [];
  for (const m of said) {
    const place = /\d/.test(m[1]!) ? Number(m[1]) : numberValue(m[1]!);
    const n = m[3] === '半' ? 0.5 : numberValue(m[3]!);
    if (place === undefined || n === undefined || place > rows.length) return [];
    const months = m[5] === '年' ? n * 12 : n;
    if (!Number.isInteger(months) || months <= 0) return [];
    out.push({ path: `hires[${place - 1}].${field}`, value: months, words: m[0] });
  }
  // Every batch once, and all rows of one group (the batches of that group).
  if (new Set(out.map((f) => f.path)).size !== out.length || new Set(rows.map((h) => h.group)).size !== 1) return [];
  return out;
}

/** 第三批那俩…: one batch named by its place. */
const ONE_BATCH = /第([一二三四五六1-6])(批|拨|波)/g;

/**
 * 第三批那俩等干够半年 以工代训也带满六个月, of a case told in batches: what the message says of "them"
 * is said of the batch it names, not of every row.
 */
export function ontoNamedBatch(reading: { patch: { hires: readonly unknown[]; hireDefaults: object; at?: Record<string, unknown> }; evidence: FactEvidence[] }, text: string, applicant: Applicant | undefined): void {
  if (applicant?.type !== 'employer' || (applicant.hires?.length ?? 0) < 2 || reading.patch.hires.length > 0) return;
  const named = [...text.matchAll(ONE_BATCH)];
  if (named.length !== 1 || new Set(applicant.hires!.map((h) => h.group)).size !== 1) return;
  const place = /\d/.test(named[0]![1]!) ? Number(named[0]![1]) : numberValue(named[0]![1]!);
  if (place === undefined || place > applicant.hires!.length) return;
  const defaults = reading.patch.hireDefaults as Record<string, unknown>;
  for (const [k, v] of Object.entries(defaults)) {
    if (v === undefined) continue;
    (reading.patch.at ??= {})[`hires[${place - 1}].${k}`] = v;
    delete defaults[k];
    for (const e of reading.evidence) if (e.path === `hires[].${k}`) e.path = `hires[${place - 1}].${k}`;
  }
}

/** 那4个 / 这俩 opening a message: the people of the row with that head count. */
const COUNTED_ROW = /^(?:[^,，。\s]{0,4}[,，\s]*)?(?:那|这)([\d一二两三四五六七八九十]+个|俩|仨)(?!月)/;

/**
 * 那4个以工代训也搞了6个月, of a case with rows of 6 and 4: what the message says of "them" is said of
 * the one row of that head count — not of every row, nor of the row a pending question named.
 */
export function ontoCountedRow(reading: { patch: { hires: readonly unknown[]; hireDefaults: object; at?: Record<string, unknown> }; evidence: FactEvidence[] }, text: string, applicant: Applicant | undefined): boolean {
  if (applicant?.type !== 'employer' || (applicant.hires?.length ?? 0) < 2 || reading.patch.hires.length > 0) return false;
  const m = COUNTED_ROW.exec(text.trim());
  if (!m) return false;
  const n = m[1] === '俩' ? 2 : m[1] === '仨' ? 3 : numberValue(m[1]!.replace(/个$/, ''));
  const rows = applicant.hires!.flatMap((h, i) => (h.count === n ? [i] : []));
  if (rows.length !== 1) return false;
  const defaults = reading.patch.hireDefaults as Record<string, unknown>;
  let moved = false;
  for (const [k, v] of Object.entries(defaults)) {
    if (v === undefined) continue;
    (reading.patch.at ??= {})[`hires[${rows[0]}].${k}`] = v;
    delete defaults[k];
    for (const e of reading.evidence) if (e.path === `hires[].${k}`) e.path = `hires[${rows[0]}].${k}`;
    moved = true;
  }
  // (Read as the reply to a question on another row, the facts were put at that row: moved too.)
  for (const [path, v] of Object.entries(reading.patch.at ?? {})) {
    const m = /^hires\[(\d+)\]\.(\w+)$/.exec(path);
    if (!m || Number(m[1]) === rows[0]) continue;
    delete reading.patch.at![path];
    reading.patch.at![`hires[${rows[0]}].${m[2]}`] = v;
    for (const e of reading.evidence) if (e.path === path) e.path = `hires[${rows[0]}].${m[2]}`;
    moved = true;
  }
  return moved;
}
