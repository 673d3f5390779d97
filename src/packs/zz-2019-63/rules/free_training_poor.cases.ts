/** Case table of free_training_poor (三(三)). */
import type { PersonCase } from '../../../core/rules/types.js';

export const cases: PersonCase[] = [
  {
    name: 'poor labour: free training',
    facts: { groups: ['poor_labor'] },
    expect: { status: 'eligible', amountYuan: null, note: ['免费'] },
  },
  { name: 'poor labour among other groups', facts: { groups: ['veteran', 'poor_labor'] }, expect: { status: 'eligible', amountYuan: null } },
  { name: 'other groups only', facts: { groups: ['rural_migrant', 'veteran'] }, expect: { status: 'ineligible', amountYuan: null } },
  { name: 'no group at all', facts: { groups: [] }, expect: { status: 'ineligible', amountYuan: null } },
  { name: 'groups unknown → needs_info', facts: {}, expect: { status: 'needs_info', amountYuan: null, missing: ['groups'] } },
];
