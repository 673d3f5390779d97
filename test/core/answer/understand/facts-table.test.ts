import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../../src/core/answer/understand/read-facts.js';
import { factsByPath } from './facts-by-path.js';
import { FACT_TABLE, type FactRow } from './facts-table.js';

/** Recall the reader must keep: expected facts read / expected facts, over the whole table. */
const RECALL_FLOOR = 0.9;

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    // Groups are a set: order does not matter.
    const sa = a.map((x) => JSON.stringify(x)).sort();
    const sb = b.map((x) => JSON.stringify(x)).sort();
    return JSON.stringify(sa) === JSON.stringify(sb);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

interface RowOutcome {
  row: FactRow;
  wrong: string[];
  missed: string[];
  found: number;
}

function check(row: FactRow): RowOutcome {
  const reading = readFacts(row.text, { audience: row.audience, pendingFact: row.pendingFact });
  const read = factsByPath(reading.patch);
  const wrong: string[] = [];
  const missed: string[] = [];
  let found = 0;
  for (const [path, value] of Object.entries(read)) {
    if (!(path in row.expect)) wrong.push(`${path}=${JSON.stringify(value)} (not said)`);
    else if (!same(value, row.expect[path])) wrong.push(`${path}=${JSON.stringify(value)} (said ${JSON.stringify(row.expect[path])})`);
  }
  for (const [path, value] of Object.entries(row.expect)) {
    if (path in read && same(read[path], value)) found++;
    else if (!(path in read)) missed.push(path);
  }
  // A fact said to be unknown is left open and reported as such; a correction is flagged.
  const unknown = [...reading.unknown].sort();
  for (const path of row.unknown ?? []) if (!unknown.includes(path)) missed.push(`unknown:${path}`);
  for (const path of unknown) if (!(row.unknown ?? []).includes(path)) wrong.push(`unknown:${path} (not said)`);
  if ((row.correcting ?? false) !== reading.correcting) wrong.push(`correcting=${reading.correcting}`);
  return { row, wrong, missed, found };
}

describe('fact reader on the labelled table', () => {
  const outcomes = FACT_TABLE.map(check);

  it('holds at least 300 utterances', () => {
    expect(FACT_TABLE.length).toBeGreaterThanOrEqual(300);
  });

  it('reads no fact that was not said, and no fact with another value', () => {
    const bad = outcomes.filter((o) => o.wrong.length > 0).map((o) => `[${o.row.cls}] ${o.row.text} → ${o.wrong.join('; ')}`);
    expect(bad).toEqual([]);
  });

  it(`reads at least ${RECALL_FLOOR * 100}% of the facts that were said`, () => {
    const expected = FACT_TABLE.reduce((n, r) => n + Object.keys(r.expect).length + (r.unknown?.length ?? 0), 0);
    const found = outcomes.reduce((n, o) => n + o.found + (o.row.unknown?.length ?? 0) - o.missed.filter((m) => m.startsWith('unknown:')).length, 0);
    const recall = found / expected;
    const missed = outcomes.filter((o) => o.missed.length > 0).map((o) => `[${o.row.cls}] ${o.row.text} → ${o.missed.join(', ')}`);
    console.info(`fact table: ${FACT_TABLE.length} rows, recall ${found}/${expected} = ${recall.toFixed(3)}; rows with a missed fact: ${missed.length}`);
    if (process.env.FACT_TABLE_VERBOSE) console.info(missed.join('\n'));
    expect(recall, missed.join('\n')).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });

  it('gives, for every fact read, the words it came from as typed', () => {
    for (const row of FACT_TABLE) {
      const reading = readFacts(row.text, { audience: row.audience, pendingFact: row.pendingFact });
      const read = factsByPath(reading.patch);
      for (const path of Object.keys(read)) {
        const ev = reading.evidence.find((e) => e.path === path);
        expect(ev, `${row.text}: evidence for ${path}`).toBeDefined();
        expect(row.text, `${row.text}: ${path}`).toContain(ev!.words);
        expect(ev!.words.trim().length, `${row.text}: ${path}`).toBeGreaterThan(0);
      }
    }
  });
});
