/** The README's rule table lists every registered rule with its clauses, and nothing else. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../../src/core/rules/engine.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Rules'), readme.indexOf('## Adding a rule'));
const rows = new Map(
  section
    .split('\n')
    .map((l) => /^\| `(\w+)` \| (person|employer) \| ([^|]+) \|/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, { audience: m[2]!, clauses: m[3]!.split(',').map((c) => c.trim()) }]),
);

describe('README rule table', () => {
  it('has one row per registered rule, with its audience and clauses', () => {
    const catalogue = ruleCatalogue('2020-06-01');
    expect([...rows.keys()]).toEqual(catalogue.map((r) => r.id));
    for (const r of catalogue) {
      expect(rows.get(r.id)!.audience, r.id).toBe(r.audience);
      expect([...rows.get(r.id)!.clauses].sort(), r.id).toEqual([...r.clauses].sort());
    }
  });
});
