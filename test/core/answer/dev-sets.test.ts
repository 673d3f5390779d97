/**
 * The development sets through the real pipeline (extractive, real corpus, real database),
 * asked "today" (after the plan ended, so the period must be told): figures printed, floors
 * asserted. These sets were tuned on; the held-out sets live elsewhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAsk } from '../../../src/core/answer/ask.js';
import type { AskFn } from '../../../src/core/answer/schema.js';
import { useTestContext } from '../../support/context.js';
import { DIALOGUES } from './dialogue-cases.js';
import { rate, report, scoreDialogues, scoreScope, shortShare } from './dev-score.js';
import { SCOPE_CASES } from './scope-cases.js';

const HOTLINE = '12333';
const ctx = useTestContext({ env: { HOTLINE }, deps: { now: () => new Date('2026-11-30T04:00:00Z') } });

/**
 * Floors on sets that were tuned on. Outside the plan: every one declined. Dialogues sit below
 * the 95 % goal until the fact reader (negation after the noun, groups bound to their own
 * counts, 岗前补贴没领) lands; every remaining failure is one of those readings.
 */
// Dialogues: 47/47 (covered 27/27) reached once the reader and the pipeline were wired together (43/47 right after the merge; the reader's author counted 38/47 before it).
// Lookup and follow-up classes (validity, unfixed amounts, contact with phone, a group's own answer, the employer's side,
// follow-ups with their own content): 41 dialogues and 19 scope questions added, 11/41 and 17/19 right before the fix;
// a second batch of 20 dialogues written after it was 17/20 right before their own fixes; all 115/115 dialogues and 83/83 scope questions after (tuned).
// WeChat answers within 200 characters: scope 47/64 and dialogue turns 64/82 before the phone
// trims of issue 10's second round, 62/64 and 104/117 after (tuned).
// Scope, issue 10 §5 second pass (everyday tasks, other services, later years, salary arithmetic,
// instructions in many wordings; group criteria, where/when, figures given as 按规定, lists; a
// person's own facts; the yearly limit; contact by subject): 71 questions added, run before the fix —
// covered 39/44, unsettled 24/42, outside 53/65; after: covered 42/44, unsettled 42/42, outside 65/65.
// A second batch of 29 written after that fix: 22/29 right before its own fixes, 29/29 after.
// A third batch of 8 (subsidies of other policies in the plan's general words: 稳岗补贴, 种粮补贴):
// 4/8 before the check that a named subsidy has words of the plan, 8/8 after.
// A fourth batch of 11 and 2 contact dialogues: 7/11 and 1/2 before their fixes, all right after.
// All tuned: covered 48/50, unsettled 53/53, outside 96/96 (the two left: the reader does not take
// 今年第一次 / 今年就这一次 as no subsidy had this year, so it asks, with figures in the options).
// A fifth batch (lookup pass 3: payment schedules, per-head sums of a share-only rule, how unquantified
// schemes are run or computed, loans, retrieval in everyday words; contact run-ons, a relative's school
// beside the training named, broad money words after 创业培训, the equipment rule's first question):
// 20 scope questions and 8 dialogues, 8/20 and 0/8 right before their fixes, 20/20 and 8/8 after (tuned).
// A sixth batch (scope pass 5: recognition of bodies the plan names but never defines, class sizes,
// hours a day and application months, money per head after a training in an occupation, questions
// about the assistant itself, insurance refunds, targets' shares, teachers' titles and pledges instead
// of papers in everyday words): 28 scope questions, 10/28 right before their fixes (covered 3/9,
// unsettled 2/12, outside 5/7), 28/28 after; all tuned: covered 65/65, unsettled 75/75, outside 106/106.
// A seventh batch (scope pass 6: levies and taxes of other policies, aid for other schools, texts issued
// after the plan, the document set aside, small talk with remarks in passing; window and papers, board
// and lodging, a group's higher rate, paying first, tax in the equipment's value; a group's recognition
// vs an employer's hires counted; a new subject mid-case, a subject likened to another, 私立/公立, a
// defined group, a school's aid, a body's duties): 38 scope questions and 5 dialogues, 13/38 and 2/5
// right before their fixes, all right after (tuned).
// Scope5 (errands asked as contact questions, wages owed, pinyin slips of key words, subjects a clause
// names but does not settle, a question of its own while a reply is awaited): 38 scope questions and 10
// dialogues, written before the fixes — 18/48 right before (errands 6/15, wages 2/6, slips 8/11, not
// settled 1/13, questions while a reply is awaited 1/3), 48/48 after (tuned).
const FLOOR = { dialogues: 0.95, outside: 1, unsettled: 0.95, covered: 0.95, short: 0.85 };

let ask: AskFn;
beforeAll(() => {
  ask = createAsk(ctx().deps, { model: null });
});

const pct = (r: { right: number; of: number }) => `${r.right}/${r.of} (${Math.round((100 * r.right) / Math.max(1, r.of))}%)`;

describe('development sets', () => {
  it('scope questions: covered, not settled by the plan, outside', async () => {
    const outcomes = await scoreScope(ask, SCOPE_CASES, HOTLINE);
    const covered = rate(outcomes, 'covered');
    const unsettled = rate(outcomes, 'unsettled');
    const outside = rate(outcomes, 'outside');
    console.log(`scope: covered ${pct(covered)}, unsettled ${pct(unsettled)}, outside ${pct(outside)}, ≤200 chars ${pct(shortShare(outcomes))}\n${report(outcomes)}`);
    expect(covered.right / covered.of).toBeGreaterThanOrEqual(FLOOR.covered);
    expect(unsettled.right / unsettled.of).toBeGreaterThanOrEqual(FLOOR.unsettled);
    expect(outside.right / outside.of).toBeGreaterThanOrEqual(FLOOR.outside);
    const short = shortShare(outcomes);
    expect(short.right / short.of).toBeGreaterThanOrEqual(FLOOR.short);
  }, 120_000);

  it('dialogues', async () => {
    const outcomes = await scoreDialogues(ask, DIALOGUES);
    const all = rate(outcomes);
    const byClass = [...new Set(outcomes.map((o) => o.klass))].map((k) => `${k} ${pct(rate(outcomes, k))}`).join(', ');
    console.log(`dialogues: ${pct(all)} — ${byClass}, ≤200 chars ${pct(shortShare(outcomes))}\n${report(outcomes)}`);
    expect(all.right / all.of).toBeGreaterThanOrEqual(FLOOR.dialogues);
    const short = shortShare(outcomes);
    expect(short.right / short.of).toBeGreaterThanOrEqual(FLOOR.short);
  }, 120_000);
});
