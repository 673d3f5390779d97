/**
 * The held-out sets (v1 … v11) are well-formed: big enough, every rule id one of the contract's,
 * every clause id one the parser finds in policy-corpus/, every label consistent, v2 shares no
 * id or message with v1, v3 none with v1 or v2, v4 none with v1, v2 or v3, v5 none with v1 … v4, v6 none with v1 … v5, v7 none with v1 … v6, v8 none with v1 … v7, v9 none with v1 … v8, v10 none with v1 … v9, and v11 none with v1 … v10. This test does NOT run the pipeline or assert any figure: the figures
 * are measured by `npm run heldout [-- --set v2]`.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/corpus/parse.js';
import { loadCorpus } from '../../src/node/corpus-fs.js';
import { DIALOGUES } from './dialogues.js';
import { SCOPE } from './scope.js';
import { CONTRACT_RULE_IDS, type Dialogue, type ScopeQuestion, type TurnExpect } from './types.js';
import { DIALOGUES_V2 } from './v2/dialogues.js';
import { SCOPE_V2 } from './v2/scope.js';
import { DIALOGUES_V3 } from './v3/dialogues.js';
import { SCOPE_V3 } from './v3/scope.js';
import { DIALOGUES_V4 } from './v4/dialogues.js';
import { SCOPE_V4 } from './v4/scope.js';
import { DIALOGUES_V5 } from './v5/dialogues.js';
import { SCOPE_V5 } from './v5/scope.js';
import { DIALOGUES_V6 } from './v6/dialogues.js';
import { SCOPE_V6 } from './v6/scope.js';
import { DIALOGUES_V7 } from './v7/dialogues.js';
import { SCOPE_V7 } from './v7/scope.js';
import { DIALOGUES_V8 } from './v8/dialogues.js';
import { SCOPE_V8 } from './v8/scope.js';
import { DIALOGUES_V9 } from './v9/dialogues.js';
import { SCOPE_V9 } from './v9/scope.js';
import { DIALOGUES_V10 } from './v10/dialogues.js';
import { SCOPE_V10 } from './v10/scope.js';
import { DIALOGUES_V11 } from './v11/dialogues.js';
import { SCOPE_V11 } from './v11/scope.js';

const SETS: { name: string; DIALOGUES: Dialogue[]; SCOPE: ScopeQuestion[] }[] = [
  { name: 'v1', DIALOGUES, SCOPE },
  { name: 'v2', DIALOGUES: DIALOGUES_V2, SCOPE: SCOPE_V2 },
  { name: 'v3', DIALOGUES: DIALOGUES_V3, SCOPE: SCOPE_V3 },
  { name: 'v4', DIALOGUES: DIALOGUES_V4, SCOPE: SCOPE_V4 },
  { name: 'v5', DIALOGUES: DIALOGUES_V5, SCOPE: SCOPE_V5 },
  { name: 'v6', DIALOGUES: DIALOGUES_V6, SCOPE: SCOPE_V6 },
  { name: 'v7', DIALOGUES: DIALOGUES_V7, SCOPE: SCOPE_V7 },
  { name: 'v8', DIALOGUES: DIALOGUES_V8, SCOPE: SCOPE_V8 },
  { name: 'v9', DIALOGUES: DIALOGUES_V9, SCOPE: SCOPE_V9 },
  { name: 'v10', DIALOGUES: DIALOGUES_V10, SCOPE: SCOPE_V10 },
  { name: 'v11', DIALOGUES: DIALOGUES_V11, SCOPE: SCOPE_V11 },
];

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

describe('held-out set v2 against v1', () => {
  it('shares no id and no message with v1, and is at least 65 + 65 items', () => {
    expect(DIALOGUES_V2.length).toBeGreaterThanOrEqual(65);
    expect(SCOPE_V2.length).toBeGreaterThanOrEqual(65);
    const v1Ids = new Set([...DIALOGUES.map((d) => d.id), ...SCOPE.map((s) => s.id)]);
    for (const id of [...DIALOGUES_V2.map((d) => d.id), ...SCOPE_V2.map((s) => s.id)]) expect(v1Ids.has(id), id).toBe(false);
    const v1Messages = new Set([...DIALOGUES.flatMap((d) => d.turns.map((t) => squash(t.user))), ...SCOPE.map((s) => squash(s.q))]);
    for (const m of [...DIALOGUES_V2.flatMap((d) => d.turns.map((t) => t.user)), ...SCOPE_V2.map((s) => s.q)]) expect(v1Messages.has(squash(m)), m).toBe(false);
  });

  it('splits v2 scope questions roughly into thirds', () => {
    for (const l of ['covered', 'not_settled', 'outside'] as const) {
      const n = SCOPE_V2.filter((s) => s.label === l).length;
      expect(n, l).toBeGreaterThanOrEqual(Math.floor(SCOPE_V2.length / 4));
      expect(n, l).toBeLessThanOrEqual(Math.ceil(SCOPE_V2.length / 2.5));
    }
  });
});

describe('held-out set v3 against v1 and v2', () => {
  const earlier = [
    { DIALOGUES, SCOPE },
    { DIALOGUES: DIALOGUES_V2, SCOPE: SCOPE_V2 },
  ];

  it('shares no id and no message with v1 or v2, ignoring spacing and punctuation', () => {
    const earlierIds = new Set(earlier.flatMap((s) => [...s.DIALOGUES.map((d) => d.id), ...s.SCOPE.map((q) => q.id)]));
    for (const id of [...DIALOGUES_V3.map((d) => d.id), ...SCOPE_V3.map((s) => s.id)]) expect(earlierIds.has(id), id).toBe(false);
    const earlierMessages = new Set(earlier.flatMap((s) => [...s.DIALOGUES.flatMap((d) => d.turns.map((t) => squash(t.user))), ...s.SCOPE.map((q) => squash(q.q))]));
    for (const m of [...DIALOGUES_V3.flatMap((d) => d.turns.map((t) => t.user)), ...SCOPE_V3.map((s) => s.q)]) expect(earlierMessages.has(squash(m)), m).toBe(false);
  });

  it('splits v3 scope questions roughly into thirds', () => {
    for (const l of ['covered', 'not_settled', 'outside'] as const) {
      const n = SCOPE_V3.filter((s) => s.label === l).length;
      expect(n, l).toBeGreaterThanOrEqual(Math.floor(SCOPE_V3.length / 4));
      expect(n, l).toBeLessThanOrEqual(Math.ceil(SCOPE_V3.length / 2.5));
    }
  });
});

describe('held-out set v4 against v1, v2 and v3', () => {
  const earlier = [
    { DIALOGUES, SCOPE },
    { DIALOGUES: DIALOGUES_V2, SCOPE: SCOPE_V2 },
    { DIALOGUES: DIALOGUES_V3, SCOPE: SCOPE_V3 },
  ];

  it('shares no id and no message with v1, v2 or v3, ignoring spacing and punctuation', () => {
    const earlierIds = new Set(earlier.flatMap((s) => [...s.DIALOGUES.map((d) => d.id), ...s.SCOPE.map((q) => q.id)]));
    for (const id of [...DIALOGUES_V4.map((d) => d.id), ...SCOPE_V4.map((s) => s.id)]) expect(earlierIds.has(id), id).toBe(false);
    const earlierMessages = new Set(earlier.flatMap((s) => [...s.DIALOGUES.flatMap((d) => d.turns.map((t) => squash(t.user))), ...s.SCOPE.map((q) => squash(q.q))]));
    for (const m of [...DIALOGUES_V4.flatMap((d) => d.turns.map((t) => t.user)), ...SCOPE_V4.map((s) => s.q)]) expect(earlierMessages.has(squash(m)), m).toBe(false);
  });

  it('splits v4 scope questions roughly into thirds', () => {
    for (const l of ['covered', 'not_settled', 'outside'] as const) {
      const n = SCOPE_V4.filter((s) => s.label === l).length;
      expect(n, l).toBeGreaterThanOrEqual(Math.floor(SCOPE_V4.length / 4));
      expect(n, l).toBeLessThanOrEqual(Math.ceil(SCOPE_V4.length / 2.5));
    }
  });
});

describe('held-out set v5 against v1 … v4', () => {
  const earlier = [
    { DIALOGUES, SCOPE },
    { DIALOGUES: DIALOGUES_V2, SCOPE: SCOPE_V2 },
    { DIALOGUES: DIALOGUES_V3, SCOPE: SCOPE_V3 },
    { DIALOGUES: DIALOGUES_V4, SCOPE: SCOPE_V4 },
  ];

  it('shares no id and no message with v1 … v4, ignoring spacing and punctuation', () => {
    const earlierIds = new Set(earlier.flatMap((s) => [...s.DIALOGUES.map((d) => d.id), ...s.SCOPE.map((q) => q.id)]));
    for (const id of [...DIALOGUES_V5.map((d) => d.id), ...SCOPE_V5.map((s) => s.id)]) expect(earlierIds.has(id), id).toBe(false);
    const earlierMessages = new Set(earlier.flatMap((s) => [...s.DIALOGUES.flatMap((d) => d.turns.map((t) => squash(t.user))), ...s.SCOPE.map((q) => squash(q.q))]));
    for (const m of [...DIALOGUES_V5.flatMap((d) => d.turns.map((t) => t.user)), ...SCOPE_V5.map((s) => s.q)]) expect(earlierMessages.has(squash(m)), m).toBe(false);
  });

  it('has no repeated message within v5 itself', () => {
    const all = [...DIALOGUES_V5.flatMap((d) => d.turns.map((t) => squash(t.user))), ...SCOPE_V5.map((s) => squash(s.q))];
    expect(new Set(all).size).toBe(all.length);
  });

  it('splits v5 scope questions roughly into thirds', () => {
    for (const l of ['covered', 'not_settled', 'outside'] as const) {
      const n = SCOPE_V5.filter((s) => s.label === l).length;
      expect(n, l).toBeGreaterThanOrEqual(Math.floor(SCOPE_V5.length / 4));
      expect(n, l).toBeLessThanOrEqual(Math.ceil(SCOPE_V5.length / 2.5));
    }
  });
});

describe('held-out set v6 against v1 … v5', () => {
  const earlier = [
    { DIALOGUES, SCOPE },
    { DIALOGUES: DIALOGUES_V2, SCOPE: SCOPE_V2 },
    { DIALOGUES: DIALOGUES_V3, SCOPE: SCOPE_V3 },
    { DIALOGUES: DIALOGUES_V4, SCOPE: SCOPE_V4 },
    { DIALOGUES: DIALOGUES_V5, SCOPE: SCOPE_V5 },
  ];

  it('shares no id and no message with v1 … v5, ignoring spacing and punctuation', () => {
    const earlierIds = new Set(earlier.flatMap((s) => [...s.DIALOGUES.map((d) => d.id), ...s.SCOPE.map((q) => q.id)]));
    for (const id of [...DIALOGUES_V6.map((d) => d.id), ...SCOPE_V6.map((s) => s.id)]) expect(earlierIds.has(id), id).toBe(false);
    const earlierMessages = new Set(earlier.flatMap((s) => [...s.DIALOGUES.flatMap((d) => d.turns.map((t) => squash(t.user))), ...s.SCOPE.map((q) => squash(q.q))]));
    for (const m of [...DIALOGUES_V6.flatMap((d) => d.turns.map((t) => t.user)), ...SCOPE_V6.map((s) => s.q)]) expect(earlierMessages.has(squash(m)), m).toBe(false);
  });

  it('has no repeated message within v6 itself', () => {
    const all = [...DIALOGUES_V6.flatMap((d) => d.turns.map((t) => squash(t.user))), ...SCOPE_V6.map((s) => squash(s.q))];
    expect(new Set(all).size).toBe(all.length);
  });

  it('splits v6 scope questions roughly into thirds', () => {
    for (const l of ['covered', 'not_settled', 'outside'] as const) {
      const n = SCOPE_V6.filter((s) => s.label === l).length;
      expect(n, l).toBeGreaterThanOrEqual(Math.floor(SCOPE_V6.length / 4));
      expect(n, l).toBeLessThanOrEqual(Math.ceil(SCOPE_V6.length / 2.5));
    }
  });
});

describe('held-out set v7 against v1 … v6', () => {
  const earlier = [
    { DIALOGUES, SCOPE },
    { DIALOGUES: DIALOGUES_V2, SCOPE: SCOPE_V2 },
    { DIALOGUES: DIALOGUES_V3, SCOPE: SCOPE_V3 },
    { DIALOGUES: DIALOGUES_V4, SCOPE: SCOPE_V4 },
    { DIALOGUES: DIALOGUES_V5, SCOPE: SCOPE_V5 },
    { DIALOGUES: DIALOGUES_V6, SCOPE: SCOPE_V6 },
  ];

  it('shares no id and no message with v1 … v6, ignoring spacing and punctuation', () => {
    const earlierIds = new Set(earlier.flatMap((s) => [...s.DIALOGUES.map((d) => d.id), ...s.SCOPE.map((q) => q.id)]));
    for (const id of [...DIALOGUES_V7.map((d) => d.id), ...SCOPE_V7.map((s) => s.id)]) expect(earlierIds.has(id), id).toBe(false);
    const earlierMessages = new Set(earlier.flatMap((s) => [...s.DIALOGUES.flatMap((d) => d.turns.map((t) => squash(t.user))), ...s.SCOPE.map((q) => squash(q.q))]));
    for (const m of [...DIALOGUES_V7.flatMap((d) => d.turns.map((t) => t.user)), ...SCOPE_V7.map((s) => s.q)]) expect(earlierMessages.has(squash(m)), m).toBe(false);
  });

  it('has no repeated message within v7 itself', () => {
    const all = [...DIALOGUES_V7.flatMap((d) => d.turns.map((t) => squash(t.user))), ...SCOPE_V7.map((s) => squash(s.q))];
    expect(new Set(all).size).toBe(all.length);
  });

  it('splits v7 scope questions roughly into thirds', () => {
    for (const l of ['covered', 'not_settled', 'outside'] as const) {
      const n = SCOPE_V7.filter((s) => s.label === l).length;
      expect(n, l).toBeGreaterThanOrEqual(Math.floor(SCOPE_V7.length / 4));
      expect(n, l).toBeLessThanOrEqual(Math.ceil(SCOPE_V7.length / 2.5));
    }
  });
});

describe('held-out set v8 against v1 … v7', () => {
  const earlier = [
    { DIALOGUES, SCOPE },
    { DIALOGUES: DIALOGUES_V2, SCOPE: SCOPE_V2 },
    { DIALOGUES: DIALOGUES_V3, SCOPE: SCOPE_V3 },
    { DIALOGUES: DIALOGUES_V4, SCOPE: SCOPE_V4 },
    { DIALOGUES: DIALOGUES_V5, SCOPE: SCOPE_V5 },
    { DIALOGUES: DIALOGUES_V6, SCOPE: SCOPE_V6 },
    { DIALOGUES: DIALOGUES_V7, SCOPE: SCOPE_V7 },
  ];

  it('shares no id and no message with v1 … v7, ignoring spacing and punctuation', () => {
    const earlierIds = new Set(earlier.flatMap((s) => [...s.DIALOGUES.map((d) => d.id), ...s.SCOPE.map((q) => q.id)]));
    for (const id of [...DIALOGUES_V8.map((d) => d.id), ...SCOPE_V8.map((s) => s.id)]) expect(earlierIds.has(id), id).toBe(false);
    const earlierMessages = new Set(earlier.flatMap((s) => [...s.DIALOGUES.flatMap((d) => d.turns.map((t) => squash(t.user))), ...s.SCOPE.map((q) => squash(q.q))]));
    for (const m of [...DIALOGUES_V8.flatMap((d) => d.turns.map((t) => t.user)), ...SCOPE_V8.map((s) => s.q)]) expect(earlierMessages.has(squash(m)), m).toBe(false);
  });

  it('has no repeated message within v8 itself', () => {
    const all = [...DIALOGUES_V8.flatMap((d) => d.turns.map((t) => squash(t.user))), ...SCOPE_V8.map((s) => squash(s.q))];
    expect(new Set(all).size).toBe(all.length);
  });

  it('splits v8 scope questions roughly into thirds', () => {
    for (const l of ['covered', 'not_settled', 'outside'] as const) {
      const n = SCOPE_V8.filter((s) => s.label === l).length;
      expect(n, l).toBeGreaterThanOrEqual(Math.floor(SCOPE_V8.length / 4));
      expect(n, l).toBeLessThanOrEqual(Math.ceil(SCOPE_V8.length / 2.5));
    }
  });
});

describe('held-out set v9 against v1 … v8', () => {
  const earlier = [
    { DIALOGUES, SCOPE },
    { DIALOGUES: DIALOGUES_V2, SCOPE: SCOPE_V2 },
    { DIALOGUES: DIALOGUES_V3, SCOPE: SCOPE_V3 },
    { DIALOGUES: DIALOGUES_V4, SCOPE: SCOPE_V4 },
    { DIALOGUES: DIALOGUES_V5, SCOPE: SCOPE_V5 },
    { DIALOGUES: DIALOGUES_V6, SCOPE: SCOPE_V6 },
    { DIALOGUES: DIALOGUES_V7, SCOPE: SCOPE_V7 },
    { DIALOGUES: DIALOGUES_V8, SCOPE: SCOPE_V8 },
  ];

  it('shares no id and no message with v1 … v8, ignoring spacing and punctuation', () => {
    const earlierIds = new Set(earlier.flatMap((s) => [...s.DIALOGUES.map((d) => d.id), ...s.SCOPE.map((q) => q.id)]));
    for (const id of [...DIALOGUES_V9.map((d) => d.id), ...SCOPE_V9.map((s) => s.id)]) expect(earlierIds.has(id), id).toBe(false);
    const earlierMessages = new Set(earlier.flatMap((s) => [...s.DIALOGUES.flatMap((d) => d.turns.map((t) => squash(t.user))), ...s.SCOPE.map((q) => squash(q.q))]));
    for (const m of [...DIALOGUES_V9.flatMap((d) => d.turns.map((t) => t.user)), ...SCOPE_V9.map((s) => s.q)]) expect(earlierMessages.has(squash(m)), m).toBe(false);
  });

  it('has no repeated message within v9 itself', () => {
    const all = [...DIALOGUES_V9.flatMap((d) => d.turns.map((t) => squash(t.user))), ...SCOPE_V9.map((s) => squash(s.q))];
    expect(new Set(all).size).toBe(all.length);
  });

  it('splits v9 scope questions roughly into thirds', () => {
    for (const l of ['covered', 'not_settled', 'outside'] as const) {
      const n = SCOPE_V9.filter((s) => s.label === l).length;
      expect(n, l).toBeGreaterThanOrEqual(Math.floor(SCOPE_V9.length / 4));
      expect(n, l).toBeLessThanOrEqual(Math.ceil(SCOPE_V9.length / 2.5));
    }
  });
});

describe('held-out set v10 against v1 … v9', () => {
  const earlier = [
    { DIALOGUES, SCOPE },
    { DIALOGUES: DIALOGUES_V2, SCOPE: SCOPE_V2 },
    { DIALOGUES: DIALOGUES_V3, SCOPE: SCOPE_V3 },
    { DIALOGUES: DIALOGUES_V4, SCOPE: SCOPE_V4 },
    { DIALOGUES: DIALOGUES_V5, SCOPE: SCOPE_V5 },
    { DIALOGUES: DIALOGUES_V6, SCOPE: SCOPE_V6 },
    { DIALOGUES: DIALOGUES_V7, SCOPE: SCOPE_V7 },
    { DIALOGUES: DIALOGUES_V8, SCOPE: SCOPE_V8 },
    { DIALOGUES: DIALOGUES_V9, SCOPE: SCOPE_V9 },
  ];

  it('shares no id and no message with v1 … v9, ignoring spacing and punctuation', () => {
    const earlierIds = new Set(earlier.flatMap((s) => [...s.DIALOGUES.map((d) => d.id), ...s.SCOPE.map((q) => q.id)]));
    for (const id of [...DIALOGUES_V10.map((d) => d.id), ...SCOPE_V10.map((s) => s.id)]) expect(earlierIds.has(id), id).toBe(false);
    const earlierMessages = new Set(earlier.flatMap((s) => [...s.DIALOGUES.flatMap((d) => d.turns.map((t) => squash(t.user))), ...s.SCOPE.map((q) => squash(q.q))]));
    for (const m of [...DIALOGUES_V10.flatMap((d) => d.turns.map((t) => t.user)), ...SCOPE_V10.map((s) => s.q)]) expect(earlierMessages.has(squash(m)), m).toBe(false);
  });

  it('has no repeated message within v10 itself', () => {
    const all = [...DIALOGUES_V10.flatMap((d) => d.turns.map((t) => squash(t.user))), ...SCOPE_V10.map((s) => squash(s.q))];
    expect(new Set(all).size).toBe(all.length);
  });

  it('splits v10 scope questions roughly into thirds', () => {
    for (const l of ['covered', 'not_settled', 'outside'] as const) {
      const n = SCOPE_V10.filter((s) => s.label === l).length;
      expect(n, l).toBeGreaterThanOrEqual(Math.floor(SCOPE_V10.length / 4));
      expect(n, l).toBeLessThanOrEqual(Math.ceil(SCOPE_V10.length / 2.5));
    }
  });
});

describe('held-out set v11 against v1 … v10', () => {
  const earlier = [
    { DIALOGUES, SCOPE },
    { DIALOGUES: DIALOGUES_V2, SCOPE: SCOPE_V2 },
    { DIALOGUES: DIALOGUES_V3, SCOPE: SCOPE_V3 },
    { DIALOGUES: DIALOGUES_V4, SCOPE: SCOPE_V4 },
    { DIALOGUES: DIALOGUES_V5, SCOPE: SCOPE_V5 },
    { DIALOGUES: DIALOGUES_V6, SCOPE: SCOPE_V6 },
    { DIALOGUES: DIALOGUES_V7, SCOPE: SCOPE_V7 },
    { DIALOGUES: DIALOGUES_V8, SCOPE: SCOPE_V8 },
    { DIALOGUES: DIALOGUES_V9, SCOPE: SCOPE_V9 },
    { DIALOGUES: DIALOGUES_V10, SCOPE: SCOPE_V10 },
  ];

  it('shares no id and no message with v1 … v10, ignoring spacing and punctuation', () => {
    const earlierIds = new Set(earlier.flatMap((s) => [...s.DIALOGUES.map((d) => d.id), ...s.SCOPE.map((q) => q.id)]));
    for (const id of [...DIALOGUES_V11.map((d) => d.id), ...SCOPE_V11.map((s) => s.id)]) expect(earlierIds.has(id), id).toBe(false);
    const earlierMessages = new Set(earlier.flatMap((s) => [...s.DIALOGUES.flatMap((d) => d.turns.map((t) => squash(t.user))), ...s.SCOPE.map((q) => squash(q.q))]));
    for (const m of [...DIALOGUES_V11.flatMap((d) => d.turns.map((t) => t.user)), ...SCOPE_V11.map((s) => s.q)]) expect(earlierMessages.has(squash(m)), m).toBe(false);
  });

  it('has no repeated message within v11 itself', () => {
    const all = [...DIALOGUES_V11.flatMap((d) => d.turns.map((t) => squash(t.user))), ...SCOPE_V11.map((s) => squash(s.q))];
    expect(new Set(all).size).toBe(all.length);
  });

  it('splits v11 scope questions roughly into thirds', () => {
    for (const l of ['covered', 'not_settled', 'outside'] as const) {
      const n = SCOPE_V11.filter((s) => s.label === l).length;
      expect(n, l).toBeGreaterThanOrEqual(Math.floor(SCOPE_V11.length / 4));
      expect(n, l).toBeLessThanOrEqual(Math.ceil(SCOPE_V11.length / 2.5));
    }
  });
});
