/**
 * The fixed sentences of answers about 郑政办〔2019〕63号 and the words it uses for the groups it
 * names: the answer layer fills them in, so no sentence of the core names the plan.
 */
import type { PackAnswers } from '../../../core/rules/pack.js';
import type { RULES } from '../rules/index.js';

type RuleId = (typeof RULES)[number]['id'];

/** How to get a figure for one's own case, by rule: the dialogue takes it from there. */
export const CALCULATE_HINTS: PackAnswers<RuleId>['calculateHints'] = {
  // Asked as a question: the person can answer it at once, and the dialogue takes it from there.
  on_job_training: '想算能拿多少：贵单位招了哪类人员、几个人，干了几个月、以工代训几个月？',
  equipment_subsidy: '想算能补多少：建的是技能大师工作室还是培训基地，新买设备花了多少钱？',
  education_fund_deduction: '想算能扣多少：贵单位全年的工资薪金总额、提取的职工教育经费各是多少？',
  vocational_training: '想知道自己能不能领：您是哪类人员（如退役军人、农民工），在哪里参加的培训？',
  free_training_poor: '想知道自己能享受哪些：您是建档立卡贫困劳动力吗？',
};

/** Asked after a group's answer (the group is known): the conditions of 七(二) the person can answer at once. */
export const GROUP_NEXT_HINTS: PackAnswers<RuleId>['groupNextHints'] = {
  vocational_training: '想知道这次能不能领：您在哪里参加的培训，拿到证书了吗？',
};

/** How the plan names each group in its text (the first is the name used in answers). */
export const GROUP_TERMS: PackAnswers['groupTerms'] = {
  veteran: ['退役军人'],
  rural_migrant: ['农村转移就业劳动者', '新生代农民工', '农村劳动力转移就业'],
  two_after: ['两后生', '未继续升学的初高中毕业生'],
  unemployed_graduate: ['离校未就业普通高校毕业生', '高校毕业生'],
  employment_difficulty: ['就业困难人员'],
  disabled: ['残疾人'],
  registered_unemployed: ['城镇登记失业人员', '下岗失业人员'],
  zero_employment_family: ['零就业家庭'],
  laid_off_overcapacity: ['去产能失业人员'],
  poor_labor: ['贫困劳动力'],
  employee: ['职工'],
  poor_family_student: ['贫困家庭学生'],
};

/**
 * Clauses that name groups without saying anything they can use: 总体要求 (一), 目标任务 (二) and
 * part 七's 强化职责落实 (七(一)); 七(二) is 职业培训补贴's clause, which the answer states from its rule.
 */
export const GROUP_SKIP_CLAUSES: readonly string[] = ['一', '二', '七(一)', '七(二)'];

/** The plan's words for the yearly limit and the no-repeat rule of 职业培训补贴 (七(二)). */
export const LIMIT_TERMS: readonly string[] = ['每人每年', '不超过3次', '同一职业同一等级', '不可重复享受'];

/** The unit the plan names first among the responsible units of most tasks. */
export const LEAD_UNITS: readonly string[] = ['市人社局'];

export const TEXTS: PackAnswers['texts'] = {
  help:
    '我可以帮您：查询郑州市职业技能提升行动（郑政办〔2019〕63号）的政策条款，如以工代训补贴、职业培训补贴、实训设备补助；' +
    '也可以按您的情况（如退役军人、贫困劳动力、企业吸纳就业）判断能享受哪些补贴。例如问：“以工代训补贴多少钱？”',
  declineInjection: '抱歉，我只能依据郑州市职业技能提升行动方案回答政策问题，不能改变这一设定。',
  declineFraud: '抱歉，虚报、冒领、套取补贴的事不能帮忙。方案要求严肃查处虚假培训等套取、骗取补贴资金的行为（六(三)）。',
  declineOtherYear: '抱歉，我这里收录的是郑州市职业技能提升行动实施方案（郑政办〔2019〕63号，已于2021年底结束），之后新出台的政策不在其中，现行政策请以当地人社部门发布的为准。',
  declineOtherPolicy: '抱歉，这个问题属于其他政策（如工资、社会保险、税收等），不在郑州市职业技能提升行动方案的范围内，请咨询相关部门。',
  declineNotCovered: '抱歉，郑州市职业技能提升行动方案里没有找到与这个问题相关的规定。',
  employerOnlySubsidy: '以工代训补贴发给吸纳人员就业、开展以工代训的单位（生产经营主体），个人不能申领（六(一)）。',
  wechatWelcome: '您好！我是郑州市职业技能提升行动（郑政办〔2019〕63号）政策助手。',
  clauseExample: '六(一)',
  wechatExamples: ['职业培训补贴有哪些？', '企业新招的农民工参加培训有补贴吗？', '失业人员参加培训能领生活费补贴吗？'],
  widgetStarters: ['以工代训补贴怎么算？', '我想参加职业培训，能领补贴吗？', '职工教育经费可以税前扣除多少？'],
};

/**
 * Quick replies whose values are the plan's own thresholds (3 subsidies a year, 5 years of business,
 * a 60% front-line share), by request path: the dialogue offers them when it asks for the fact.
 */
export const FACT_OPTIONS: PackAnswers['factOptions'] = {
  subsidizedTrainingsThisYear: [
    { label: '0 次', value: 0 },
    { label: '1 次', value: 1 },
    { label: '2 次', value: 2 },
    { label: '3 次或更多', value: 3 },
  ],
  businessYears: [
    { label: '没有自己的企业', value: null },
    { label: '不到 1 年', value: 0 },
    { label: '5 年以内', value: 5 },
    { label: '5 年以上', value: 6 },
  ],
  frontlineShareOfFund: [
    { label: '60% 以上', value: 0.6 },
    { label: '不到 60%', value: 0.5 },
  ],
};

/** The clause closest to a subject of the plan's field, for a question in it that nothing settles. */
export const FIELD_CLAUSES = {
  near: [
    { words: /设备|工作室|培训基地/, clause: '四(一)', quote: /新购置实训设备/ },
    { words: /以工代训|代训/, clause: '六(一)', quote: /开展以工代训/ },
    { words: /教育经费|一线职工|师带徒/, clause: '六(二)', quote: /一线职工/ },
    { words: /创业/, clause: '三(八)', quote: /创业培训/ },
    { words: /学徒/, clause: '四(一)', quote: /学徒制/ },
    { words: /竞赛|大赛/, clause: '三(十五)', quote: /竞赛/ },
  ],
  fallback: { clause: '七(二)', quote: /按规定给予职业培训补贴/ },
};
