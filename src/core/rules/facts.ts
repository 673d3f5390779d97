/**
 * The facts vocabulary in plain Chinese: for every request path a rule can read, the question
 * to ask and the quick replies (each with the JSON value to store at that path). The dialogue
 * asks for a rule's `missing` facts with these, one at a time.
 */
import { ANSWERS } from './registry.js';
import {
  ENTITY_KINDS,
  EQUIPMENT_KINDS,
  PERSON_GROUPS,
  STUDENT_KINDS,
  TRAINING_PLACES,
  type Audience,
} from './schema.js';

/** A quick reply: what the user sees (and may type) and the value it stands for. */
export interface FactOption {
  label: string;
  value: unknown;
}

export type FactKind = 'boolean' | 'choice' | 'multi_choice' | 'integer' | 'number' | 'yuan' | 'share' | 'text' | 'list';

export interface FactDescription {
  /** The path asked about, as given (`hires[0].monthsEmployed`). */
  path: string;
  /** The same with indices removed (`hires[].monthsEmployed`), as rules declare it. */
  pattern: string;
  audience: Audience;
  /** Short name of the fact. */
  label: string;
  /** The question to ask, in plain Chinese. */
  question: string;
  kind: FactKind;
  /** Quick replies; empty when the answer is a free number or text. */
  options: FactOption[];
  unit?: string;
}

type Template = Omit<FactDescription, 'path' | 'pattern' | 'question'> & { question: (item: string) => string };

const YES_NO: FactOption[] = [
  { label: '是', value: true },
  { label: '否', value: false },
];

function choices(labels: Record<string, string>): FactOption[] {
  return Object.entries(labels).map(([value, label]) => ({ label, value }));
}

const FACTS: Record<string, Template> = {
  // --- person ---
  groups: {
    audience: 'person',
    label: '所属人群',
    kind: 'multi_choice',
    question: () => '您属于以下哪些人群？可以多选，都不是请选“都不是”。',
    options: [...choices(PERSON_GROUPS), { label: '都不是', value: [] }],
  },
  monthlyPension: {
    audience: 'person',
    label: '按月领取养老金',
    kind: 'boolean',
    question: () => '您是否按月领取养老金（或已具有按月领取养老金的资格）？',
    options: YES_NO,
  },
  trainingPlace: {
    audience: 'person',
    label: '培训地点',
    kind: 'choice',
    question: () => '您在哪里参加培训：户籍地、常住地、求职就业地，还是其他地方？',
    options: choices(TRAINING_PLACES),
  },
  certificate: {
    audience: 'person',
    label: '取得证书',
    kind: 'boolean',
    question: () => '培训后是否取得了相应的证书（职业资格证书、职业技能等级证书等）？',
    options: YES_NO,
  },
  subsidizedTrainingsThisYear: {
    audience: 'person',
    label: '今年已享受补贴次数',
    kind: 'integer',
    unit: '次',
    question: () => '今年您已经享受过几次职业培训补贴？',
    // The document's own thresholds: the pack's quick replies.
    options: [...(ANSWERS.factOptions['subsidizedTrainingsThisYear'] ?? [])],
  },
  occupation: {
    audience: 'person',
    label: '培训职业（工种）',
    kind: 'text',
    question: () => '这次培训的是什么职业（工种）？例如：电工、育婴员、中式烹调师。',
    options: [],
  },
  level: {
    audience: 'person',
    label: '培训等级',
    kind: 'choice',
    question: () => '这次培训是什么等级？',
    options: ['五级/初级工', '四级/中级工', '三级/高级工', '二级/技师', '一级/高级技师', '专项职业能力'].map((l) => ({
      label: l,
      value: l.split('/')[0],
    })),
  },
  previousSubsidies: {
    audience: 'person',
    label: '以前享受过的培训补贴',
    kind: 'list',
    question: () => '以前是否享受过职业培训补贴？如果有，是哪个职业（工种）、什么等级？',
    options: [{ label: '没有享受过', value: [] }],
  },
  'previousSubsidies[].occupation': {
    audience: 'person',
    label: '以前补贴培训的职业（工种）',
    kind: 'text',
    question: (item) => `${item}享受补贴的培训是什么职业（工种）？`,
    options: [],
  },
  'previousSubsidies[].level': {
    audience: 'person',
    label: '以前补贴培训的等级',
    kind: 'text',
    question: (item) => `${item}享受补贴的培训是什么等级（如四级/中级工）？`,
    options: [],
  },
  institutionInSystem: {
    audience: 'person',
    label: '培训进系统',
    kind: 'boolean',
    question: () => '培训机构是否把这次培训录入了河南省职业培训信息管理服务系统（“补贴培训进系统”）？',
    options: YES_NO,
  },
  wantsToStartBusiness: {
    audience: 'person',
    label: '创业愿望',
    kind: 'boolean',
    question: () => '您有创业的打算吗？',
    options: YES_NO,
  },
  businessYears: {
    audience: 'person',
    label: '小微企业开业年数',
    kind: 'number',
    unit: '年',
    question: () => '您自己开办的小微企业开业几年了？没有自己的企业请选“没有”。',
    // The document's own thresholds: the pack's quick replies.
    options: [...(ANSWERS.factOptions['businessYears'] ?? [])],
  },
  student: {
    audience: 'person',
    label: '在校生或毕业生',
    kind: 'choice',
    question: () => '您是哪类学校的在校生或毕业生？都不是请选“都不是”。',
    options: [...choices(STUDENT_KINDS), { label: '都不是', value: null }],
  },
  childStudent: {
    audience: 'person',
    label: '子女就读技工院校或职业院校',
    kind: 'choice',
    question: () => '您的子女是否在技工院校或职业院校上学？没有请选“没有”。',
    options: [
      { label: '技工院校', value: 'technical' },
      { label: '职业院校', value: 'vocational' },
      { label: '没有', value: null },
    ],
  },
  competitionAward: {
    audience: 'person',
    label: '职业技能竞赛获奖',
    kind: 'boolean',
    question: () => '您是否在职业技能竞赛（包括世界技能大赛及其选拔赛）中获过奖？',
    options: YES_NO,
  },
  newOccupation: {
    audience: 'person',
    label: '国家公布的新职业',
    kind: 'boolean',
    question: () => '这次培训的职业是不是国家公布的新职业？',
    options: YES_NO,
  },

  // --- employer ---
  entity: {
    audience: 'employer',
    label: '单位类型',
    kind: 'choice',
    question: () => '贵单位是哪一类：企业、农民专业合作社、扶贫车间、培训机构，还是职业院校？',
    options: choices(ENTITY_KINDS),
  },
  insured: {
    audience: 'employer',
    label: '参保企业',
    kind: 'boolean',
    question: () => '贵单位是否为职工缴纳社会保险（参保企业）？',
    options: YES_NO,
  },
  hires: {
    audience: 'employer',
    label: '吸纳就业人员',
    kind: 'list',
    question: () => '贵单位吸纳了哪些人员就业？请说明人员类别和人数（如：建档立卡贫困劳动力 6 人）。',
    options: [{ label: '没有吸纳', value: [] }],
  },
  'hires[].group': {
    audience: 'employer',
    label: '人员类别',
    kind: 'choice',
    question: (item) => `${item}属于哪类人员？`,
    options: choices(PERSON_GROUPS),
  },
  'hires[].count': {
    audience: 'employer',
    label: '人数',
    kind: 'integer',
    unit: '人',
    question: (item) => `${item}共有多少人？`,
    options: [],
  },
  'hires[].monthsEmployed': {
    audience: 'employer',
    label: '已就业月数',
    kind: 'number',
    unit: '个月',
    question: (item) => `${item}这些人员已在贵单位就业几个月？`,
    options: [
      { label: '不满 6 个月', value: 5 },
      { label: '6 个月以上', value: 6 },
    ],
  },
  'hires[].onJobTrainingMonths': {
    audience: 'employer',
    label: '以工代训月数',
    kind: 'integer',
    unit: '个月',
    question: (item) => `${item}这些人员开展了几个月以工代训？没有开展请选“没有”。`,
    options: [
      { label: '没有', value: 0 },
      ...[1, 2, 3, 4, 5].map((n) => ({ label: `${n} 个月`, value: n })),
      { label: '6 个月或更长', value: 6 },
    ],
  },
  'hires[].preJobTrainingSubsidy': {
    audience: 'employer',
    label: '已领岗前技能培训补贴',
    kind: 'boolean',
    question: (item) => `${item}这些人员是否已经申领过新录用人员岗前技能培训补贴？`,
    options: YES_NO,
  },
  equipment: {
    audience: 'employer',
    label: '新购置实训设备',
    kind: 'list',
    question: () => '贵单位是否为高技能人才培训基地或技能大师工作室新购置了实训设备？请说明用途和设备总值。',
    options: [{ label: '没有购置', value: [] }],
  },
  'equipment[].kind': {
    audience: 'employer',
    label: '设备用途',
    kind: 'choice',
    question: (item) => `${item}设备用于哪一类建设？`,
    options: choices(EQUIPMENT_KINDS),
  },
  'equipment[].site': {
    audience: 'employer',
    label: '所属基地或工作室',
    kind: 'text',
    question: (item) => `${item}设备用于哪个基地或工作室（名称）？同一个基地或工作室的设备合并计算补助上限。`,
    options: [],
  },
  'equipment[].valueYuan': {
    audience: 'employer',
    label: '设备总值',
    kind: 'yuan',
    unit: '元',
    question: (item) => `${item}新购置实训设备的总值是多少元？`,
    options: [],
  },
  'equipment[].fromEducationFund': {
    audience: 'employer',
    label: '用职工教育经费购置',
    kind: 'boolean',
    question: (item) => `${item}是否用依法提取的职工教育经费购置？`,
    options: YES_NO,
  },
  'equipment[].accepted': {
    audience: 'employer',
    label: '验收合格',
    kind: 'boolean',
    question: (item) => `${item}是否已经所在地人社和财政部门验收合格？`,
    options: YES_NO,
  },
  payrollYuan: {
    audience: 'employer',
    label: '工资薪金总额',
    kind: 'yuan',
    unit: '元',
    question: () => '贵单位本年度工资薪金总额是多少元？',
    options: [],
  },
  educationFundYuan: {
    audience: 'employer',
    label: '职工教育经费',
    kind: 'yuan',
    unit: '元',
    question: () => '贵单位本年度提取的职工教育经费是多少元？没有提取请填 0。',
    options: [{ label: '没有提取', value: 0 }],
  },
  frontlineShareOfFund: {
    audience: 'employer',
    label: '一线职工培训占比',
    kind: 'share',
    question: () => '职工教育经费中用于一线职工培训的比例大约是多少？',
    // The document's own thresholds: the pack's quick replies.
    options: [...(ANSWERS.factOptions['frontlineShareOfFund'] ?? [])],
  },
  apprentices: {
    audience: 'employer',
    label: '企业新型学徒人数',
    kind: 'integer',
    unit: '名',
    question: () => '贵单位培养了多少名企业新型学徒？没有请填 0。',
    options: [{ label: '没有', value: 0 }],
  },
  projectTraining: {
    audience: 'employer',
    label: '开展企业培训或项目制培训',
    kind: 'boolean',
    question: () => '贵单位是否开展企业职工培训或项目制培训？',
    options: YES_NO,
  },
  enrollsPoorFamilyStudents: {
    audience: 'employer',
    label: '招收建档立卡贫困户家庭学生',
    kind: 'boolean',
    question: () => '贵校是否招收了建档立卡贫困户家庭的学生？',
    options: YES_NO,
  },
  runsVocationalSchool: {
    audience: 'employer',
    label: '举办或参与举办职业院校',
    kind: 'boolean',
    question: () => '贵单位是否举办或参与举办了郑州辖区内的职业院校？',
    options: YES_NO,
  },
  competitionTraining: {
    audience: 'employer',
    label: '备战职业技能竞赛专项培训',
    kind: 'boolean',
    question: () => '贵单位是否开展了备战职业技能竞赛的专项培训？',
    options: YES_NO,
  },
  developsTrainingMaterials: {
    audience: 'employer',
    label: '培训教材开发、教学改革',
    kind: 'boolean',
    question: () => '贵单位是否开展了职业技能培训教材开发或教学改革工作？',
    options: YES_NO,
  },
  trainingSubsidyYuan: {
    audience: 'employer',
    label: '培训补贴资金总额',
    kind: 'yuan',
    unit: '元',
    question: () => '这项培训的培训补贴资金总额是多少元？',
    options: [],
  },
};

const INDEX = /\[(\d+)\]/g;

/** Every fact pattern the vocabulary describes, person facts first. */
export const FACT_PATTERNS: readonly string[] = Object.keys(FACTS);

/**
 * The plain-Chinese question and quick replies for a request path relative to `applicant`
 * (`monthlyPension`, `hires[0].monthsEmployed`), or undefined for a path not in the vocabulary.
 */
export function describeFact(path: string): FactDescription | undefined {
  const pattern = path.replace(INDEX, '[]');
  const t = Object.hasOwn(FACTS, pattern) ? FACTS[pattern] : undefined;
  if (!t) return undefined;
  const index = /^(\w+)\[(\d+)\]/.exec(path);
  const n = index ? Number(index[2]) + 1 : 0;
  const item = !index ? '' : index[1] === 'hires' ? `第${n}类吸纳人员：` : index[1] === 'equipment' ? `第${n}项设备：` : `第${n}次补贴：`;
  const { question, ...rest } = t;
  return { ...rest, path, pattern, question: question(item), options: rest.options.map((o) => ({ ...o })) };
}
