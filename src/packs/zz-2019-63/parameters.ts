/**
 * Every figure the rules of 郑政办〔2019〕63号 use, keyed by the date it took effect, each with the
 * clause and the verbatim words (clean text, no spaces) that fix it. A later amendment is one more
 * version with a later `from` (or a notice's front matter `amends`); the engine picks the version
 * in effect on the reference date.
 */
import type { ParameterDef, ParamValues } from '../../core/rules/parameters.js';

const FROM = '2019-12-02';

const P61_RATE = '按每人每月200元的标准给予生产经营主体以工代训补贴';

export const PARAMETERS = {
  onJobMonthlyYuan: {
    label: '以工代训补贴标准',
    unit: '元/人/月',
    versions: [{ from: FROM, value: 200, ref: { clause: '六(一)', quote: P61_RATE } }],
  },
  onJobMaxMonths: {
    label: '以工代训补贴最长期限',
    unit: '个月',
    versions: [{ from: FROM, value: 6, ref: { clause: '六(一)', quote: '最长不超过6个月' } }],
  },
  poorLaborMinMonthsEmployed: {
    label: '贫困劳动力须已就业的期限',
    unit: '个月',
    versions: [
      { from: FROM, value: 6, ref: { clause: '六(一)', quote: '吸纳贫困劳动力就业六个月以上并开展以工代训的' } },
    ],
  },
  advanceSharePercent: {
    label: '项目制培训先行拨付比例',
    unit: '%',
    versions: [{ from: FROM, value: 50, ref: { clause: '六(一)', quote: '可先行拨付50%的培训补贴资金' } }],
  },
  equipmentSharePercent: {
    label: '实训设备一次性补助比例',
    unit: '%',
    versions: [
      {
        from: FROM,
        value: 20,
        ref: { clause: '四(一)', quote: '可按企业新购置实训设备总值的20%从就业补助资金中给予一次性补助' },
      },
    ],
  },
  equipmentCapBaseYuan: {
    label: '高技能人才培训基地设备补助上限',
    unit: '元',
    versions: [{ from: FROM, value: 500_000, ref: { clause: '四(一)', quote: '最高分别不超过50万元、10万元' } }],
  },
  equipmentCapStudioYuan: {
    label: '技能大师工作室设备补助上限',
    unit: '元',
    versions: [{ from: FROM, value: 100_000, ref: { clause: '四(一)', quote: '最高分别不超过50万元、10万元' } }],
  },
  educationFundDeductionPercent: {
    label: '职工教育经费税前扣除限额（占工资薪金总额）',
    unit: '%',
    versions: [
      {
        from: FROM,
        value: 8,
        ref: { clause: '六(二)', quote: '落实将企业职工教育经费税前扣除限额提高至工资薪金总额8%的税收政策' },
      },
    ],
  },
  frontlineMinSharePercent: {
    label: '职工教育经费用于一线职工培训的最低比例',
    unit: '%',
    versions: [{ from: FROM, value: 60, ref: { clause: '六(二)', quote: '其中60%以上用于一线职工培训' } }],
  },
  maxSubsidiesPerYear: {
    label: '每人每年可享受职业培训补贴次数上限',
    unit: '次/年',
    versions: [{ from: FROM, value: 3, ref: { clause: '七(二)', quote: '原则上每人每年可享受不超过3次' } }],
  },
  maxBusinessYears: {
    label: '创业培训面向的小微企业开业年限',
    unit: '年',
    versions: [{ from: FROM, value: 5, ref: { clause: '三(八)', quote: '开业5年以内的小微企业主' } }],
  },
} as const satisfies Record<string, ParameterDef>;

/** The id of a parameter of this pack. */
export type ParamId = keyof typeof PARAMETERS;
/** The values of this pack's parameters on one date, as a rule receives them. */
export type Params = ParamValues<ParamId>;
