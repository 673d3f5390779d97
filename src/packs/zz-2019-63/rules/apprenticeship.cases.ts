/** Case table of apprenticeship (四(一) 按照相关规定给予资金补贴 — no amount). */
import type { EmployerCase } from '../../../core/rules/types.js';

export const cases: EmployerCase[] = [
  {
    name: 'enterprise training apprentices: eligible, amount set elsewhere',
    facts: { entity: 'enterprise', apprentices: 12 },
    expect: { status: 'eligible', amountYuan: null, note: ['按照相关规定'] },
  },
  {
    name: 'one apprentice is enough',
    facts: { entity: 'enterprise', apprentices: 1 },
    expect: { status: 'eligible', amountYuan: null },
  },
  {
    name: 'no apprentices',
    facts: { entity: 'enterprise', apprentices: 0 },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'not an enterprise',
    facts: { entity: 'training_institution', apprentices: 30 },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'apprentices unknown → needs_info',
    facts: { entity: 'enterprise' },
    expect: { status: 'needs_info', amountYuan: null, missing: ['apprentices'] },
  },
  {
    name: 'entity unknown → needs_info',
    facts: { apprentices: 5 },
    expect: { status: 'needs_info', amountYuan: null, missing: ['entity'] },
  },
];
