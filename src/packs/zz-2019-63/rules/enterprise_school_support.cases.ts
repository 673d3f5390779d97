/** Case table of enterprise_school_support (四(一): enterprises running a 职业院校 in Zhengzhou). */
import type { EmployerCase } from '../../../core/rules/types.js';

export const cases: EmployerCase[] = [
  {
    name: 'an enterprise running a vocational school: eligible, “一定资金支持” to the school',
    facts: { entity: 'enterprise', runsVocationalSchool: true },
    expect: { status: 'eligible', amountYuan: null, note: ['一定资金支持', '资金给院校'], reasons: ['毕业生就业人数或培训实训人数'] },
  },
  {
    name: 'an enterprise that runs no school',
    facts: { entity: 'enterprise', runsVocationalSchool: false },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'a vocational school run by an enterprise is the school the support goes to',
    facts: { entity: 'vocational_school', runsVocationalSchool: true },
    expect: { status: 'eligible', amountYuan: null, reasons: ['院校由企业举办或参与举办'] },
  },
  {
    name: 'a vocational school that has not said who runs it is asked, not refused',
    facts: { entity: 'vocational_school' },
    expect: { status: 'needs_info', amountYuan: null, missing: ['runsVocationalSchool'] },
  },
  {
    name: 'a vocational school no enterprise runs is not this support',
    facts: { entity: 'vocational_school', runsVocationalSchool: false },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['院校不是企业举办或参与举办的'] },
  },
  {
    name: 'a farmer cooperative is not an enterprise, even with the school unknown',
    facts: { entity: 'farmer_cooperative' },
    expect: { status: 'ineligible', amountYuan: null, missing: [] },
  },
  {
    name: 'school unknown → needs_info',
    facts: { entity: 'enterprise' },
    expect: { status: 'needs_info', amountYuan: null, missing: ['runsVocationalSchool'] },
  },
  {
    name: 'nothing known',
    facts: {},
    expect: { status: 'needs_info', amountYuan: null, missing: ['entity', 'runsVocationalSchool'] },
  },
];
