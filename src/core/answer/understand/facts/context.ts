/**
 * The state of one reading: the prepared text, its clauses, the facts read so far with the
 * span each came from, and the facts left open. Every fact goes through `put`, which writes it
 * into the patch by its request path and records its evidence.
 */
import type { Hire } from '../../../rules/schema.js';
import type { FactPatch } from '../../facts-from-text.js';
import { emptyPatch } from './patch.js';
import type { PreparedText } from './prepare.js';
import { setPatchAt } from './set-path.js';
import { saysUnknown, clausesOf, type Clause } from './scope.js';

/** A fact read, with [start, end) of the prepared text it came from. */
export interface ReadFact {
  path: string;
  value: unknown;
  start: number;
  end: number;
  /** A denied group: how many of its people the denial is of (其中一个不是贫困户), when not all. */
  some?: number;
}

export interface ReadingContext {
  p: PreparedText;
  t: string;
  clauses: Clause[];
  patch: FactPatch;
  facts: ReadFact[];
  /** Facts the person said they do not know. */
  unknown: string[];
  /** Facts given only roughly (二十来个): left open, with the words. */
  vague: ReadFact[];
  /** Groups the message says the person is not (我不是退役军人): for a correction to drop. */
  denied: ReadFact[];
  employer: boolean;
  pendingFact?: string;
  /** The dialogue is about the employer's equipment: 用的职工教育经费 / 300万 are said of it. */
  aboutEquipment?: boolean;
  /** The dialogue is about the education-fund deduction: a sum drawn (提了20万) is the fund. */
  aboutFund?: boolean;
  /** The dialogue is about the advance of project training. */
  aboutProject?: boolean;
  /** The dialogue is about the apprenticeship subsidy: 带了五个 counts apprentices. */
  aboutApprentices?: boolean;
  /** Where the person's home, residence or work is, as said earlier in the dialogue (户口在商丘,住郑州). */
  placesBefore?: string;
  /** Equipment items the dialogue already holds (两处设备): 都验收了 is said of each. */
  equipmentItems?: number;
  /** Every mention of a hired group, with the hire row it names (a group may be named twice). */
  hireMentions?: Array<{ start: number; row: number }>;
  /** Groups told in parts: the group's row, every part's row, and where the parts begin. */
  parts?: Array<{ row: number; rows: number[]; from: number; spans: Array<[number, number]> }>;
  /** Months taken from a rough span (去年三月到现在 → at least 10): an exact span said later replaces them. */
  roughPaths?: Set<string>;
  /** 有一半是职工教育经费出的, with no total in the message: the share of a sum said before. */
  shares?: Array<{ path: string; percent: number; start: number; end: number }>;
}

export function newContext(p: PreparedText, employer: boolean, pendingFact?: string): ReadingContext {
  return { p, t: p.text, clauses: clausesOf(p.text), patch: emptyPatch(), facts: [], unknown: [], vague: [], denied: [], employer, pendingFact };
}

/** True when the clause around `index` says "I do not know". */
export function inUnknownClause(ctx: ReadingContext, index: number): boolean {
  const c = ctx.clauses.find((x) => index >= x.start && index < x.end);
  return c !== undefined && saysUnknown(c.text);
}

export function markUnknown(ctx: ReadingContext, path: string): void {
  if (!ctx.unknown.includes(path)) ctx.unknown.push(path);
}

/** Writes a fact into the patch at its request path and records where it was read. */
export function put(ctx: ReadingContext, path: string, value: unknown, start: number, end: number): void {
  const { patch } = ctx;
  ctx.facts.push({ path, value, start, end });
  let m: RegExpExecArray | null;
  if (path === 'groups') {
    const groups = new Set([...(patch.person.groups ?? []), ...(value as string[])]);
    patch.person.groups = [...groups] as NonNullable<FactPatch['person']['groups']>;
  } else if ((m = /^hires\[\]\.(\w+)$/.exec(path))) {
    (patch.hireDefaults as Record<string, unknown>)[m[1]!] = value;
  } else if ((m = /^hires\[(\d+)\]\.(\w+)$/.exec(path)) && m[2] !== 'group' && !patch.hires[Number(m[1])]) {
    // A row this message does not name (the pending question's): by its exact path.
    (patch.at ??= {})[path] = value;
  } else if ((m = /^hires\[(\d+)\]\.(\w+)$/.exec(path))) {
    const i = Number(m[1]);
    while (patch.hires.length <= i) patch.hires.push({} as Hire);
    (patch.hires[i] as Record<string, unknown>)[m[2]!] = value;
  } else {
    setPatchAt(patch, path, value);
  }
}

/** Takes a fact back out of the reading, the inverse of `put`: its evidence and its place in the patch. */
export function takeBack(ctx: ReadingContext, path: string): void {
  ctx.facts = ctx.facts.filter((f) => f.path !== path);
  if (ctx.patch.at) delete ctx.patch.at[path];
  let m: RegExpExecArray | null;
  if ((m = /^hires\[\]\.(\w+)$/.exec(path))) delete (ctx.patch.hireDefaults as Record<string, unknown>)[m[1]!];
  else if ((m = /^hires\[(\d+)\]\.(\w+)$/.exec(path))) delete (ctx.patch.hires[Number(m[1])] as Record<string, unknown> | undefined)?.[m[2]!];
  else if ((m = /^equipment\[(\d+)\]\.(\w+)$/.exec(path))) delete (ctx.patch.employer.equipment?.[Number(m[1])] as Record<string, unknown> | undefined)?.[m[2]!];
}

/** True when a fact at `path` was read already. */
export function has(ctx: ReadingContext, path: string): boolean {
  return ctx.facts.some((f) => f.path === path);
}

/** Records the answer to the pending question at its exact path (a row the patch cannot name). */
export function putAt(ctx: ReadingContext, path: string, value: unknown, start: number, end: number): void {
  ctx.facts.push({ path, value, start, end });
  (ctx.patch.at ??= {})[path] = value;
}
