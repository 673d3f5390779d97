/** Case table of on_job_training (六(一) 以工代训补贴). */
import type { Hire } from '../../../core/rules/schema.js';
import type { EmployerCase } from '../../../core/rules/types.js';

/** The contract's example row: six poor-labour hires, employed and trained six months. */
const poor6: Hire = { group: 'poor_labor', count: 6, monthsEmployed: 6, onJobTrainingMonths: 6, preJobTrainingSubsidy: false };
const difficulty2: Hire = { group: 'employment_difficulty', count: 2, onJobTrainingMonths: 3, preJobTrainingSubsidy: false };

export const cases: EmployerCase[] = [
  {
    name: 'contract example: 6 poor-labour hires, 6 months → 7200',
    facts: { entity: 'enterprise', hires: [poor6] },
    expect: { status: 'eligible', amountYuan: 7200, missing: [], note: ['200 元/人/月 × 6 月 × 6 人'] },
  },
  {
    name: 'poor labour employed 5 months is short of 6',
    // onJobTrainingMonths lowered with the months employed: more training than employment is refused now.
    facts: { entity: 'enterprise', hires: [{ ...poor6, monthsEmployed: 5, onJobTrainingMonths: 5 }] },
    expect: { status: 'ineligible', amountYuan: null, missing: [], reasons: ['不满 6 个月'] },
  },
  {
    name: 'poor labour employed 5.9 months is still short of 6',
    facts: { entity: 'enterprise', hires: [{ ...poor6, monthsEmployed: 5.9, onJobTrainingMonths: 5 }] },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'poor labour employed 7 months qualifies',
    facts: { entity: 'enterprise', hires: [{ ...poor6, monthsEmployed: 7 }] },
    expect: { status: 'eligible', amountYuan: 7200 },
  },
  {
    name: 'on-job training 7 months is capped at 6',
    facts: { entity: 'enterprise', hires: [{ ...poor6, monthsEmployed: 7, onJobTrainingMonths: 7 }] },
    expect: { status: 'eligible', amountYuan: 7200, note: ['× 6 月'], reasons: ['按 6 个月计'] },
  },
  {
    name: 'on-job training 5 months pays 5',
    facts: { entity: 'enterprise', hires: [{ ...poor6, onJobTrainingMonths: 5 }] },
    expect: { status: 'eligible', amountYuan: 6000, note: ['200 元/人/月 × 5 月 × 6 人'] },
  },
  {
    name: 'on-job training 24 months still pays 6',
    facts: { entity: 'farmer_cooperative', hires: [{ ...poor6, count: 1, monthsEmployed: 24, onJobTrainingMonths: 24 }] },
    expect: { status: 'eligible', amountYuan: 1200 },
  },
  {
    name: 'no on-job training, no subsidy',
    facts: { entity: 'enterprise', hires: [{ ...poor6, onJobTrainingMonths: 0 }] },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['未开展以工代训'] },
  },
  {
    name: 'pre-job training subsidy already claimed excludes the hire',
    facts: { entity: 'enterprise', hires: [{ ...poor6, preJobTrainingSubsidy: true }] },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['不得重复享受'] },
  },
  {
    name: 'pre-job subsidy claimed excludes even while everything else is missing',
    facts: { hires: [{ preJobTrainingSubsidy: true }] },
    expect: { status: 'ineligible', amountYuan: null, missing: [] },
  },
  {
    name: 'pre-job subsidy unknown → needs_info naming it',
    facts: { entity: 'enterprise', hires: [{ ...poor6, preJobTrainingSubsidy: undefined }] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['hires[0].preJobTrainingSubsidy'] },
  },
  {
    name: 'months employed unknown → needs_info hires[0].monthsEmployed',
    facts: { entity: 'enterprise', hires: [{ ...poor6, monthsEmployed: undefined }] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['hires[0].monthsEmployed'] },
  },
  {
    name: 'on-job months unknown → needs_info',
    facts: { entity: 'poverty_workshop', hires: [{ ...poor6, onJobTrainingMonths: undefined }] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['hires[0].onJobTrainingMonths'] },
  },
  {
    name: 'entity unknown for poor labour → needs_info entity',
    facts: { hires: [poor6] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['entity'] },
  },
  {
    name: 'group unknown → needs_info naming the group',
    facts: { entity: 'enterprise', insured: true, hires: [{ ...poor6, group: undefined }] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['hires[0].group'] },
  },
  {
    // Was a training institution before the revised contract; a 培训机构 is a production entity now.
    name: 'group unknown but a vocational school is no production entity → ineligible',
    facts: { entity: 'vocational_school', hires: [{ count: 3 }] },
    expect: { status: 'ineligible', amountYuan: null, missing: [] },
  },
  {
    name: 'poor labour at a poverty workshop',
    facts: { entity: 'poverty_workshop', hires: [poor6] },
    expect: { status: 'eligible', amountYuan: 7200 },
  },
  {
    name: 'poor labour at a farmer cooperative',
    facts: { entity: 'farmer_cooperative', hires: [{ ...poor6, count: 2, onJobTrainingMonths: 4 }] },
    expect: { status: 'eligible', amountYuan: 1600, note: ['200 元/人/月 × 4 月 × 2 人'] },
  },
  {
    name: 'poor labour at a vocational school: not a production entity',
    facts: { entity: 'vocational_school', hires: [poor6] },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'employment-difficulty hires at an insured enterprise (no 6-month condition)',
    facts: { entity: 'enterprise', insured: true, hires: [difficulty2] },
    expect: { status: 'eligible', amountYuan: 1200, note: ['200 元/人/月 × 3 月 × 2 人'] },
  },
  {
    name: 'zero-employment-family hire at an insured enterprise',
    facts: { entity: 'enterprise', insured: true, hires: [{ ...difficulty2, group: 'zero_employment_family', count: 1, onJobTrainingMonths: 6 }] },
    expect: { status: 'eligible', amountYuan: 1200 },
  },
  {
    name: 'uninsured enterprise gets nothing for employment-difficulty hires',
    facts: { entity: 'enterprise', insured: false, hires: [difficulty2] },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['企业未参保'] },
  },
  {
    name: 'insurance unknown for a zero-employment-family hire → needs_info insured',
    facts: { entity: 'enterprise', hires: [{ ...difficulty2, group: 'zero_employment_family' }] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['insured'] },
  },
  {
    name: 'entity unknown for an employment-difficulty hire → needs_info entity',
    facts: { insured: true, hires: [difficulty2] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['entity'] },
  },
  {
    name: 'employment-difficulty hire at a farmer cooperative: only enterprises qualify',
    facts: { entity: 'farmer_cooperative', insured: true, hires: [difficulty2] },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'uninsured enterprise still qualifies for poor labour',
    facts: { entity: 'enterprise', insured: false, hires: [poor6] },
    expect: { status: 'eligible', amountYuan: 7200 },
  },
  {
    name: 'veterans are not a group of this subsidy',
    facts: { entity: 'enterprise', insured: true, hires: [{ ...poor6, group: 'veteran' }] },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['不在以工代训补贴对象之列'] },
  },
  {
    name: 'mixed hires: poor labour and employment difficulty at an insured enterprise',
    facts: { entity: 'enterprise', insured: true, hires: [poor6, difficulty2] },
    expect: {
      status: 'eligible',
      amountYuan: 8400,
      note: ['200 元/人/月 × 6 月 × 6 人 + 200 元/人/月 × 3 月 × 2 人 = 8400 元'],
    },
  },
  {
    name: 'mixed hires at an uninsured enterprise: only the poor labour counts',
    facts: { entity: 'enterprise', insured: false, hires: [poor6, difficulty2] },
    expect: { status: 'eligible', amountYuan: 7200 },
  },
  {
    name: 'mixed hires: one row short of 6 months is left out',
    facts: { entity: 'enterprise', hires: [poor6, { ...poor6, count: 3, monthsEmployed: 5, onJobTrainingMonths: 5 }] },
    expect: { status: 'eligible', amountYuan: 7200 },
  },
  {
    name: 'mixed hires: one row undecided → eligible, amount waits for it',
    facts: { entity: 'enterprise', hires: [poor6, { ...poor6, monthsEmployed: undefined }] },
    expect: { status: 'eligible', amountYuan: null, missing: [], amountMissing: ['hires[1].monthsEmployed'] },
  },
  {
    name: 'qualifying row without a head count → not decided, the count is asked for',
    facts: { entity: 'enterprise', hires: [{ ...poor6, count: undefined }] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['hires[0].count'], amountMissing: [] },
  },
  {
    name: 'a row of zero people does not qualify',
    facts: { entity: 'enterprise', hires: [{ ...poor6, count: 0 }] },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'no hires at all',
    facts: { entity: 'enterprise', hires: [] },
    expect: { status: 'ineligible', amountYuan: null, missing: [] },
  },
  {
    name: 'hires not given → needs_info hires',
    facts: { entity: 'enterprise' },
    expect: { status: 'needs_info', amountYuan: null, missing: ['hires'] },
  },

  // --- Revised contract (issue 11) ---
  {
    name: 'disabled hires at an insured enterprise count as employment-difficulty hires (三(二) 含残疾人)',
    facts: { entity: 'enterprise', insured: true, hires: [{ ...difficulty2, group: 'disabled' }] },
    expect: { status: 'eligible', amountYuan: 1200, note: ['200 元/人/月 × 3 月 × 2 人'], reasons: ['就业困难人员（含残疾人）'] },
  },
  {
    name: 'disabled hires at an uninsured enterprise: the insured route fails on insurance, not on the group',
    facts: { entity: 'enterprise', insured: false, hires: [{ ...difficulty2, group: 'disabled' }] },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['企业未参保', '含残疾人'] },
  },
  {
    name: 'disabled hire, insurance unknown → needs_info insured',
    facts: { entity: 'enterprise', hires: [{ ...difficulty2, group: 'disabled' }] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['insured'] },
  },
  {
    name: 'disabled hire at a farmer cooperative: the insured route is for enterprises',
    facts: { entity: 'farmer_cooperative', insured: true, hires: [{ ...difficulty2, group: 'disabled' }] },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['须由参保企业吸纳'] },
  },
  {
    name: 'poor labour at a training institution: the list of production entities is open (等)',
    facts: { entity: 'training_institution', hires: [poor6] },
    expect: { status: 'eligible', amountYuan: 7200, reasons: ['培训机构属于生产经营主体', '列举未尽'] },
  },
  {
    name: 'group unknown at a training institution: it may qualify → needs_info the group',
    facts: { entity: 'training_institution', hires: [{ ...poor6, group: undefined }] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['hires[0].group'] },
  },
  {
    name: 'employment-difficulty hire at a training institution: the insured route names 参保企业 only',
    facts: { entity: 'training_institution', insured: true, hires: [difficulty2] },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['须由参保企业吸纳'] },
  },
  {
    name: 'poor labour at a vocational school: a school, not a production entity',
    facts: { entity: 'vocational_school', hires: [poor6] },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['职业院校是学校，不是生产经营主体'] },
  },
  {
    name: 'each hire row on its own months and count: 6 × 4 months + 2 × 6 months',
    facts: {
      entity: 'enterprise',
      hires: [
        { ...poor6, monthsEmployed: 8, onJobTrainingMonths: 4 },
        { ...poor6, count: 2, monthsEmployed: 6, onJobTrainingMonths: 6 },
      ],
    },
    expect: { status: 'eligible', amountYuan: 4800 + 2400, note: ['200 元/人/月 × 4 月 × 6 人 + 200 元/人/月 × 6 月 × 2 人 = 7200 元'] },
  },
  {
    name: 'each row on its own: one group in two rows, one row short of 6 months employed',
    facts: {
      entity: 'poverty_workshop',
      hires: [
        { ...poor6, count: 1, monthsEmployed: 12, onJobTrainingMonths: 6 },
        { ...poor6, count: 9, monthsEmployed: 5, onJobTrainingMonths: 5 },
      ],
    },
    expect: { status: 'eligible', amountYuan: 1200 },
  },
  {
    name: 'one row settled, one open: the settled row is the proven part',
    facts: { entity: 'enterprise', hires: [poor6, { ...poor6, count: 3, monthsEmployed: undefined }] },
    expect: { status: 'eligible', amountYuan: null, amountMissing: ['hires[1].monthsEmployed'], partialAmountYuan: 7200, note: ['已确认 7200 元'] },
  },
  {
    name: 'two qualifying rows, one without a head count: the other row is proven',
    facts: { entity: 'enterprise', insured: true, hires: [poor6, { ...difficulty2, count: undefined }] },
    expect: { status: 'eligible', amountYuan: null, amountMissing: ['hires[1].count'], partialAmountYuan: 7200 },
  },
  {
    name: 'the only qualifying row has no head count: nothing proven yet',
    facts: { entity: 'enterprise', hires: [{ ...poor6, count: undefined }] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['hires[0].count'], amountMissing: [], partialAmountYuan: null },
  },
  {
    name: 'a settled total carries no partial amount',
    facts: { entity: 'enterprise', hires: [poor6] },
    expect: { status: 'eligible', amountYuan: 7200, amountMissing: [], partialAmountYuan: null },
  },
  {
    name: 'on-job training as long as the employment is fine',
    facts: { entity: 'enterprise', insured: true, hires: [{ ...difficulty2, monthsEmployed: 3 }] },
    expect: { status: 'eligible', amountYuan: 1200 },
  },
  {
    name: 'contradiction: 6 months of on-job training in 4 months of employment → refused naming both',
    facts: { entity: 'enterprise', hires: [{ ...poor6, monthsEmployed: 4, onJobTrainingMonths: 6 }] },
    expect: { refused: ['hires[0].onJobTrainingMonths', 'hires[0].monthsEmployed'] },
  },
  {
    name: 'contradiction in the second row only, named by its index',
    facts: { entity: 'enterprise', insured: true, hires: [poor6, { ...difficulty2, monthsEmployed: 2.5 }] },
    expect: { refused: ['hires[1].onJobTrainingMonths', 'hires[1].monthsEmployed'] },
  },
];
