import { describe, expect, it } from 'vitest';
import { disagreements } from '../../../src/core/answer/disagreements.js';

describe('disagreements between two readings', () => {
  it('names the facts both read differently', () => {
    expect(disagreements({ type: 'employer', insured: false }, { type: 'employer', insured: true })).toEqual(['insured']);
  });

  it('matches hire groups whatever order the model lists them in', () => {
    const ours = { type: 'employer' as const, hires: [{ group: 'poor_labor' as const, count: 2 }, { group: 'disabled' as const, count: 1 }] };
    expect(disagreements(ours, { type: 'employer', hires: [{ group: 'disabled', count: 1 }, { group: 'poor_labor', count: 2 }] })).toEqual([]);
    expect(disagreements(ours, { type: 'employer', hires: [{ group: 'disabled', count: 3 }, { group: 'poor_labor', count: 2 }] })).toEqual(['hires[1].count']);
  });

  it('is no disagreement when only one reader has a fact, or no second reading came', () => {
    expect(disagreements({ type: 'person', groups: ['veteran'] }, { type: 'person', certificate: true })).toEqual([]);
    expect(disagreements({ type: 'person', groups: ['veteran'] }, undefined)).toEqual([]);
    expect(disagreements({ type: 'person', groups: ['veteran', 'disabled'] }, { type: 'person', groups: ['disabled', 'veteran'] })).toEqual([]);
  });
});
