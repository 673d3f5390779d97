/**
 * The held-out sets (v1 … v14) are well-formed: big enough, every rule id one of the contract's,
 * every clause id one the parser finds in policy-corpus/, every label consistent, and every set
 * sharing no id or message with the sets before it (./sets.ts lists them, oldest first). This test
 * does NOT run the pipeline or assert any figure: the figures are measured by
 * `npm run heldout [-- --set vN]`.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/corpus/parse.js';
import { loadCorpus } from '../../src/node/corpus-fs.js';
import { HELD_OUT_SETS } from './sets.js';
import { CONTRACT_RULE_IDS, type TurnExpect } from './types.js';

const SETS = HELD_OUT_SETS.map((x) => ({ name: x.name, DIALOGUES: x.dialogues, SCOPE: x.scope }));

/** A message with spacing and punctuation removed, so a re-spaced copy counts as the same one. */
const squash = (t: string) => t.replace(/[\s，,。.？?！!、；;：:“”"'（）()]/g, '');

const CLASSES = [
  'one_group',
  'several_groups',
  'negation_after_noun',
  'unknown_reply',
  'correction',
  'topic_switch',
  'person_training',
  'entrepreneurship',
  'equipment',
  'education_fund',
  'apprenticeship',
  'period',
] as const;

/** Every expectation of a turn, its oneOf alternatives included. */
function flatten(e: TurnExpect): TurnExpect[] {
  return [e, ...(e.oneOf ?? []).flatMap(flatten)];
}

function rulesOf(e: TurnExpect): string[] {
  return flatten(e).flatMap((x) => [x.amount?.rule, x.notVerdict?.rule, x.status?.rule, x.undecided].filter((r): r is NonNullable<typeof r> => r !== undefined));
}

function checksOf(e: TurnExpect): number {
  return Object.values(e).filter((v) => v !== undefined).length;
}

describe.each(SETS)('held-out set $name', async ({ DIALOGUES, SCOPE }) => {
  const clauseIds = new Set((await loadCorpus()).flatMap((d) => parseDocument(d).map((c) => c.clause)));
  const rules = new Set<string>(CONTRACT_RULE_IDS);

  it('holds at least 60 dialogues and 60 scope questions, with unique ids', () => {
    expect(DIALOGUES.length).toBeGreaterThanOrEqual(60);
    expect(SCOPE.length).toBeGreaterThanOrEqual(60);
    const ids = [...DIALOGUES.map((d) => d.id), ...SCOPE.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers every class of dialogue error, with multi-turn dialogues among them', () => {
    for (const c of CLASSES) expect(DIALOGUES.filter((d) => d.class === c).length, c).toBeGreaterThanOrEqual(2);
    expect(DIALOGUES.filter((d) => d.turns.length > 1).length).toBeGreaterThanOrEqual(20);
    for (const c of ['correction', 'unknown_reply', 'topic_switch'] as const)
      expect(DIALOGUES.some((d) => d.class === c && d.turns.length > 1), c).toBe(true);
  });

  it('gives every turn a message and at least one check, naming only contract rules and real clauses', () => {
    for (const d of DIALOGUES) {
      expect(d.turns.length, d.id).toBeGreaterThan(0);
      expect(d.probes.length, d.id).toBeGreaterThan(5);
      for (const t of d.turns) {
        expect(t.user.trim().length, d.id).toBeGreaterThan(0);
        expect(t.user.length, d.id).toBeLessThanOrEqual(500);
        expect(checksOf(t.expect), `${d.id}: ${t.user}`).toBeGreaterThan(0);
        for (const r of rulesOf(t.expect)) expect(rules.has(r), `${d.id}: rule ${r}`).toBe(true);
        for (const x of flatten(t.expect)) {
          for (const c of x.cites ?? []) expect(clauseIds.has(c), `${d.id}: clause ${c}`).toBe(true);
          if (x.amount) expect(Number.isInteger(x.amount.yuan) && x.amount.yuan > 0, `${d.id}: amount`).toBe(true);
          if (x.amount) expect(x.noAmount, `${d.id}: amount and noAmount together`).toBeUndefined();
        }
      }
    }
  });

  it('labels scope questions consistently, with gold clauses that exist only on covered ones', () => {
    const count = (l: string) => SCOPE.filter((s) => s.label === l).length;
    expect(count('covered')).toBeGreaterThanOrEqual(20);
    expect(count('not_settled')).toBeGreaterThanOrEqual(12);
    expect(count('outside')).toBeGreaterThanOrEqual(15);
    for (const s of SCOPE) {
      expect(s.q.trim().length, s.id).toBeGreaterThan(0);
      if (s.label === 'covered') {
        expect(s.gold?.length, s.id).toBeGreaterThan(0);
        for (const g of s.gold ?? []) expect(clauseIds.has(g), `${s.id}: clause ${g}`).toBe(true);
      } else expect(s.gold, s.id).toBeUndefined();
    }
  });

  it('asks for the plan\'s end in every conversation about what someone can get', () => {
    const amountDialogues = DIALOGUES.filter((d) => d.turns.some((t) => t.expect.amount && t.expect.amount.rule === 'on_job_training'));
    const told = amountDialogues.filter((d) => d.periodEnd || d.turns.some((t) => t.expect.mentionsPeriodEnd));
    expect(told.length).toBe(amountDialogues.length);
  });
});

/** The messages and ids of a set, messages squashed so a re-spaced copy counts as the same one. */
const messagesOf = (x: (typeof SETS)[number]) => [...x.DIALOGUES.flatMap((d) => d.turns.map((t) => t.user)), ...x.SCOPE.map((q) => q.q)];
const idsOf = (x: (typeof SETS)[number]) => [...x.DIALOGUES.map((d) => d.id), ...x.SCOPE.map((q) => q.id)];

describe.each(SETS.slice(1).map((set, i) => ({ set, earlier: SETS.slice(0, i + 1), index: i + 1 })))('held-out set $set.name against the sets before it', ({ set, earlier, index }) => {
  it('shares no id and no message with an earlier set, ignoring spacing and punctuation', () => {
    const earlierIds = new Set(earlier.flatMap(idsOf));
    for (const id of idsOf(set)) expect(earlierIds.has(id), id).toBe(false);
    const earlierMessages = new Set(earlier.flatMap(messagesOf).map(squash));
    for (const m of messagesOf(set)) expect(earlierMessages.has(squash(m)), m).toBe(false);
  });

  // From v5 on, written with this check: no message twice within the set itself.
  if (index >= 4) {
    it('has no repeated message within itself', () => {
      const all = messagesOf(set).map(squash);
      expect(new Set(all).size).toBe(all.length);
    });
  }

  it('splits its scope questions roughly into thirds', () => {
    for (const l of ['covered', 'not_settled', 'outside'] as const) {
      const n = set.SCOPE.filter((s) => s.label === l).length;
      expect(n, l).toBeGreaterThanOrEqual(Math.floor(set.SCOPE.length / 4));
      expect(n, l).toBeLessThanOrEqual(Math.ceil(set.SCOPE.length / 2.5));
    }
  });
});
