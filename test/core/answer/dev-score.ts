/**
 * Scores the development sets (scope-cases.ts, dialogue-cases.ts) against an AskFn: each case
 * right or wrong with the reasons, and the figures the issue sets goals for. Shared by
 * dev-sets.test.ts (floors) and anyone who wants the failures printed.
 */
import { checkNumbers } from '../../../src/core/answer/numbers-check.js';
import type { AskFn, AskResponse } from '../../../src/core/answer/schema.js';
import type { Dialogue } from './dialogue-cases.js';
import { BORROWED_FIGURES, type ScopeCase } from './scope-cases.js';

/** What must never reach a person: field names, array paths, numbered group labels. */
export const INTERNAL_NAME = /\b[a-z]+[A-Z][A-Za-z]*\b|\w+\[\d*\]|\binsured\b|\bentity\b|第\s*\d+\s*类吸纳人员|第\s*\d+\s*项设备|undefined|\bnull\b/;
/** The plan's end, as the answers state it. */
export const PERIOD_NOTE = /2021年12月31日|2021-12-31/;

export interface CaseOutcome {
  id: string;
  klass: string;
  ok: boolean;
  problems: string[];
  /** Length of each answer given (characters), for the WeChat aim of under 200. */
  lengths?: number[];
}

/** Share of answers within `max` characters. */
export function shortShare(outcomes: readonly CaseOutcome[], max = 200): { right: number; of: number } {
  const all = outcomes.flatMap((o) => o.lengths ?? []);
  return { right: all.filter((n) => n <= max).length, of: all.length };
}

/** Figures of the answer that neither a citation's quote nor the rules' output states. */
export function figuresOutsideQuotes(r: AskResponse, hotline: string): string[] {
  // The replies offered to the next question (可回复：0 次 / 1 次 …) are choices, not claims.
  return checkNumbers(r.answer.replace(/（可回复：[^）]*）/g, ''), { clauseTexts: r.citations.map((c) => c.quote), rulesOutput: r.eligibility, extra: [hotline, '2019-12-02', '2021-12-31', '郑政办〔2019〕63号'] }).unbacked;
}

function textOf(r: AskResponse): string {
  return `${r.answer}\n${r.followUp ? `${r.followUp.question} ${r.followUp.options.map((o) => o.label).join(' ')}` : ''}`;
}

function results(r: AskResponse): Array<{ id: string; status: string; amountYuan: number | null }> {
  const e = r.eligibility as { results?: Array<{ id: string; status: string; amountYuan: number | null }> } | undefined;
  return e?.results ?? [];
}

export async function scoreScope(ask: AskFn, cases: readonly ScopeCase[], hotline: string): Promise<CaseOutcome[]> {
  const out: CaseOutcome[] = [];
  for (const c of cases) {
    const r = await ask({ question: c.q, channel: 'wechat' });
    const problems: string[] = [];
    const cited = r.citations.map((x) => x.clause);
    if (INTERNAL_NAME.test(textOf(r))) problems.push('internal name');
    const loose = figuresOutsideQuotes(r, hotline);
    if (loose.length > 0) problems.push(`figures not in a quote: ${loose.join(',')}`);
    if (c.kind === 'outside') {
      if (r.answered) problems.push('answered');
      if (r.citations.length > 0) problems.push('cites');
      if (!/我可以帮您|可以帮您/.test(r.answer)) problems.push('no offer of help');
    } else {
      if (c.kind === 'covered' && !r.answered) problems.push('declined');
      if (c.clauses && !cited.some((x) => c.clauses!.includes(x))) problems.push(`cited ${cited.join(',') || 'nothing'}`);
      if (c.kind === 'unsettled' && !r.answer.includes(hotline)) problems.push('no hotline');
      if (c.kind === 'unsettled' && BORROWED_FIGURES.test(r.answer) && !(c.mustNot ?? []).length) problems.push('borrowed figure?');
    }
    for (const m of c.must ?? []) if (!m.test(r.answer)) problems.push(`missing ${m}`);
    for (const m of c.mustNot ?? []) if (m.test(r.answer)) problems.push(`has ${m}`);
    out.push({ id: c.q, klass: `${c.kind}/${c.klass}`, ok: problems.length === 0, problems: problems.map((p) => `${p} :: ${r.answer.replace(/\n/g, ' | ')}`), lengths: [r.answer.length] });
  }
  return out;
}

export async function scoreDialogues(ask: AskFn, dialogues: readonly Dialogue[]): Promise<CaseOutcome[]> {
  const out: CaseOutcome[] = [];
  for (const d of dialogues) {
    const problems: string[] = [];
    let sessionId: string | undefined;
    let periodTold = 0;
    const lengths: number[] = [];
    for (const [i, t] of d.turns.entries()) {
      const r = await ask({ question: t.say, channel: 'wechat', ...(sessionId ? { sessionId } : {}) });
      sessionId = r.sessionId;
      const at = `#${i + 1} ${t.say}`;
      lengths.push(r.answer.length);
      const said = textOf(r);
      const flag = (p: string) => problems.push(`${at}: ${p} :: ${said.replace(/\n/g, ' | ')}`);
      if (INTERNAL_NAME.test(said)) flag('internal name');
      // A question whether the plan still holds is answered with its end, however often asked.
      if (PERIOD_NOTE.test(r.answer) && !t.periodAsked) periodTold += 1;
      if (t.route && r.route !== t.route) flag(`route ${r.route}`);
      if (t.answered !== undefined && r.answered !== t.answered) flag(`answered ${r.answered}`);
      for (const m of t.must ?? []) if (!m.test(r.answer)) flag(`missing ${m}`);
      for (const m of t.mustNot ?? []) if (m.test(r.answer)) flag(`has ${m}`);
      if (t.asks === null && r.followUp) flag(`asks ${r.followUp.fact}`);
      if (t.asks && !(r.followUp && t.asks.test(r.followUp.fact))) flag(`asks ${r.followUp?.fact ?? 'nothing'}`);
      if (t.notAsks && r.followUp && t.notAsks.test(r.followUp.fact)) flag(`asks again ${r.followUp.fact}`);
      if (t.clauses && !r.citations.some((c) => t.clauses!.includes(c.clause))) flag(`cited ${r.citations.map((c) => c.clause).join(',')}`);
      for (const [id, want] of Object.entries(t.results ?? {})) {
        const got = results(r).find((x) => x.id === id);
        if (!got) flag(`no result ${id}`);
        else {
          if (want.status && got.status !== want.status) flag(`${id} ${got.status}`);
          if (want.amountYuan !== undefined && got.amountYuan !== want.amountYuan) flag(`${id} ${got.amountYuan} yuan`);
        }
      }
    }
    if (periodTold > 1) problems.push(`period told ${periodTold} times`);
    out.push({ id: d.id, klass: d.klass, ok: problems.length === 0, problems, lengths });
  }
  return out;
}

/** Share of right outcomes among those matching `klass` (prefix). */
export function rate(outcomes: readonly CaseOutcome[], klass?: string): { right: number; of: number } {
  const pool = klass ? outcomes.filter((o) => o.klass.startsWith(klass)) : outcomes;
  return { right: pool.filter((o) => o.ok).length, of: pool.length };
}

export function report(outcomes: readonly CaseOutcome[]): string {
  return outcomes
    .filter((o) => !o.ok)
    .map((o) => `✗ [${o.klass}] ${o.id}\n   ${o.problems.join('\n   ')}`)
    .join('\n');
}
