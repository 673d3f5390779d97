/** Case table of equipment_subsidy (四(一) 20 %, caps 50 万 / 10 万). */
import type { EquipmentItem } from '../../../core/rules/schema.js';
import type { EmployerCase } from '../../../core/rules/types.js';

const base = (valueYuan: number): EquipmentItem => ({ kind: 'high_skill_base', valueYuan, fromEducationFund: true, accepted: true });
const studio = (valueYuan: number): EquipmentItem => ({ kind: 'master_studio', valueYuan, fromEducationFund: true, accepted: true });

export const cases: EmployerCase[] = [
  {
    name: '20 % × 1 234 567 元 is exactly 246 913.40 元, rounded down to 246 913',
    facts: { entity: 'enterprise', equipment: [base(1_234_567)] },
    expect: { status: 'eligible', amountYuan: 246_913, note: ['246913.40', '向下取整'] },
  },
  {
    name: 'base below the cap: 2 000 000 × 20 % = 400 000',
    facts: { entity: 'enterprise', equipment: [base(2_000_000)] },
    expect: { status: 'eligible', amountYuan: 400_000 },
  },
  {
    name: 'base exactly at the cap: 2 500 000 × 20 % = 500 000',
    facts: { entity: 'enterprise', equipment: [base(2_500_000)] },
    expect: { status: 'eligible', amountYuan: 500_000, note: ['未超过上限'] },
  },
  {
    name: 'base above the cap: capped at 500 000',
    facts: { entity: 'enterprise', equipment: [base(2_500_005)] },
    expect: { status: 'eligible', amountYuan: 500_000, note: ['超过上限，按 50万元计'] },
  },
  {
    name: 'master studio below the cap: 499 999.99 × 20 % = 99 999.998 → 99 999',
    facts: { entity: 'enterprise', equipment: [studio(499_999.99)] },
    expect: { status: 'eligible', amountYuan: 99_999, note: ['99999.998'] },
  },
  {
    name: 'master studio at the cap: 500 000 × 20 % = 100 000',
    facts: { entity: 'enterprise', equipment: [studio(500_000)] },
    expect: { status: 'eligible', amountYuan: 100_000 },
  },
  {
    name: 'master studio above the cap: capped at 100 000',
    facts: { entity: 'enterprise', equipment: [studio(3_000_000)] },
    expect: { status: 'eligible', amountYuan: 100_000, note: ['按 10万元计'] },
  },
  {
    // The two studios are named now: items without a site count as one site per kind.
    name: 'several sites, each capped on its own',
    facts: { entity: 'enterprise', equipment: [base(5_000_000), { ...studio(200_000), site: '甲工作室' }, { ...studio(900_000), site: '乙工作室' }] },
    expect: { status: 'eligible', amountYuan: 500_000 + 40_000 + 100_000, note: ['合计 640000 元'] },
  },
  {
    name: 'several items: one not accepted is left out',
    facts: { entity: 'enterprise', equipment: [base(1_000_000), { ...studio(200_000), accepted: false }] },
    expect: { status: 'eligible', amountYuan: 200_000 },
  },
  {
    name: 'several items: fen from two items add up before rounding',
    facts: { entity: 'enterprise', equipment: [studio(0.05), studio(0.05), studio(0.05), studio(0.05), studio(0.05)] },
    expect: { status: 'eligible', amountYuan: 0, note: ['合计 0.05 元'] },
  },
  {
    name: 'not bought from the education fund',
    facts: { entity: 'enterprise', equipment: [{ ...base(1_000_000), fromEducationFund: false }] },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['未使用职工教育经费'] },
  },
  {
    name: 'not accepted by 人社 and 财政',
    facts: { entity: 'enterprise', equipment: [{ ...base(1_000_000), accepted: false }] },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'acceptance unknown → needs_info',
    facts: { entity: 'enterprise', equipment: [{ ...base(1_000_000), accepted: undefined }] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['equipment[0].accepted'] },
  },
  {
    name: 'kind unknown → needs_info (the caps differ)',
    facts: { entity: 'enterprise', equipment: [{ ...base(1_000_000), kind: undefined }] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['equipment[0].kind'] },
  },
  {
    name: 'value unknown: not decided, the value is asked for',
    facts: { entity: 'enterprise', equipment: [{ ...base(1), valueYuan: undefined }] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['equipment[0].valueYuan'], amountMissing: [] },
  },
  {
    name: 'value zero: nothing to subsidise',
    facts: { entity: 'enterprise', equipment: [base(0)] },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'only enterprises: a training institution is excluded even with items missing facts',
    facts: { entity: 'training_institution', equipment: [{ kind: 'master_studio' }] },
    expect: { status: 'ineligible', amountYuan: null, missing: [] },
  },
  {
    name: 'entity unknown → needs_info entity',
    facts: { equipment: [base(1_000_000)] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['entity'] },
  },
  {
    name: 'no equipment bought',
    facts: { entity: 'enterprise', equipment: [] },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'equipment not given → needs_info',
    facts: { entity: 'enterprise' },
    expect: { status: 'needs_info', amountYuan: null, missing: ['equipment'] },
  },
  // --- Revised contract (issue 11): the cap is per base or studio (site), never per purchase line ---
  {
    name: 'one studio’s purchase split into two lines without a site: still one cap of 100 000',
    facts: { entity: 'enterprise', equipment: [studio(400_000), studio(400_000)] },
    expect: { status: 'eligible', amountYuan: 100_000, note: ['400000 + 400000 = 800000 元', '按 10万元计'] },
  },
  {
    name: 'one base’s purchase split into five lines of the same site: one cap of 500 000',
    facts: { entity: 'enterprise', equipment: Array.from({ length: 5 }, () => ({ ...base(1_000_000), site: '一号基地' })) },
    expect: { status: 'eligible', amountYuan: 500_000 },
  },
  {
    name: 'site names compare without spacing or width: “A 工作室” and “Ａ工作室” are one site',
    facts: { entity: 'enterprise', equipment: [{ ...studio(300_000), site: 'A 工作室' }, { ...studio(300_000), site: 'Ａ工作室' }] },
    expect: { status: 'eligible', amountYuan: 100_000 },
  },
  {
    name: 'two named studios: two caps',
    facts: { entity: 'enterprise', equipment: [{ ...studio(800_000), site: '甲' }, { ...studio(800_000), site: '乙' }] },
    expect: { status: 'eligible', amountYuan: 200_000, note: ['合计 200000 元'] },
  },
  {
    name: 'a base and a studio without names are two sites (one per kind)',
    facts: { entity: 'enterprise', equipment: [base(3_000_000), studio(3_000_000)] },
    expect: { status: 'eligible', amountYuan: 600_000 },
  },
  {
    name: 'below the cap, split lines of one site add up before the 20 %: 0.05 + 0.05 → 0.02 元 → 0',
    facts: { entity: 'enterprise', equipment: [{ ...base(0.05), site: 'x' }, { ...base(0.05), site: 'x' }] },
    expect: { status: 'eligible', amountYuan: 0, note: ['0.05 + 0.05 = 0.10 元 × 20% = 0.02 元'] },
  },
  {
    name: 'one site settled, one item still open: the settled site is the proven part',
    facts: { entity: 'enterprise', equipment: [{ ...base(1_000_000), site: '甲' }, { ...studio(200_000), accepted: undefined }] },
    expect: { status: 'eligible', amountYuan: null, amountMissing: ['equipment[1].accepted'], partialAmountYuan: 200_000, note: ['已确认 200000 元'] },
  },
  {
    name: 'an item without its value: the other items are proven',
    facts: { entity: 'enterprise', equipment: [studio(100_000), { ...base(1), valueYuan: undefined }] },
    expect: { status: 'eligible', amountYuan: null, amountMissing: ['equipment[1].valueYuan'], partialAmountYuan: 20_000 },
  },
  {
    name: 'the only item without its value: nothing proven yet',
    facts: { entity: 'enterprise', equipment: [{ ...base(1), valueYuan: undefined }] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['equipment[0].valueYuan'], amountMissing: [], partialAmountYuan: null },
  },
];
