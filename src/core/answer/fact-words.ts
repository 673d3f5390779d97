/**
 * Facts in the words a person uses: the question the dialogue asks for a missing fact (with
 * the group it is about named — "吸纳的建档立卡贫困劳动力（2人）", never "第1类吸纳人员"),
 * a short label for a fact still missing, and the facts read so far said back
 * ("企业已参保；吸纳2名就业困难人员，以工代训5个月；未领岗前培训补贴"). No request path or field
 * name ever leaves this module in text meant for people.
 *
 * The rules' own vocabulary (rules/facts.ts) is the base; facts of the revised contract it does
 * not describe yet are described here, so every fact a rule can miss has a plain question.
 */
import { describeFact, type FactDescription, type FactOption } from '../rules/facts.js';
import {
  EQUIPMENT_KINDS,
  PERSON_GROUPS,
  STUDENT_KINDS,
  TRAINING_PLACES,
  ENTITY_KINDS,
  type Applicant,
  type EmployerFacts,
  type Hire,
  type PersonFacts,
} from '../rules/schema.js';
import type { FollowUp } from './schema.js';

const YES_NO: FactOption[] = [
  { label: '是', value: true },
  { label: '否', value: false },
];
const DONT_KNOW = '不清楚';

type Extra = Omit<FactDescription, 'path' | 'pattern'>;

/** Facts of the revised contract, in plain words (the base vocabulary may not have them yet). */
const EXTRA: Record<string, Extra> = {
  childStudent: {
    audience: 'person',
    label: '子女上技工院校或职业院校',
    kind: 'choice',
    question: '您家有孩子在技工院校或职业院校上学吗？',
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
    question: '您在职业技能竞赛中获过奖吗？',
    options: YES_NO,
  },
  newOccupation: {
    audience: 'person',
    label: '培训的是国家公布的新职业',
    kind: 'boolean',
    question: '这次培训的是国家公布的新职业吗（如网约配送员、电子竞技员）？',
    options: YES_NO,
  },
  'equipment[].site': {
    audience: 'employer',
    label: '设备用于哪个基地或工作室',
    kind: 'text',
    question: '这些设备是给哪个基地或工作室买的？请说它的名字。',
    options: [],
  },
  enrollsPoorFamilyStudents: {
    audience: 'employer',
    label: '招收建档立卡贫困家庭学生',
    kind: 'boolean',
    question: '贵校招收建档立卡贫困家庭的学生吗？',
    options: YES_NO,
  },
  runsVocationalSchool: {
    audience: 'employer',
    label: '在郑州举办职业院校',
    kind: 'boolean',
    question: '贵单位在郑州举办（或合办）职业院校吗？',
    options: YES_NO,
  },
  competitionTraining: {
    audience: 'employer',
    label: '开展竞赛集训',
    kind: 'boolean',
    question: '贵单位为职业技能竞赛开展专门的集训吗？',
    options: YES_NO,
  },
  developsTrainingMaterials: {
    audience: 'employer',
    label: '开发培训教材或教学改革',
    kind: 'boolean',
    question: '贵单位开发职业培训教材或开展教学改革吗？',
    options: YES_NO,
  },
};

/** Quick replies the base vocabulary lacks: "never had a subsidised training" said outright. */
const EXTRA_OPTIONS: Record<string, FactOption[]> = {
  previousSubsidies: [{ label: '从没享受过补贴培训', value: [] }],
};

/** The group a hire row is about, in the plan's words, with its count: 建档立卡贫困劳动力（2人）. */
export function hireName(h: Hire | undefined): string {
  if (!h?.group) return '吸纳的人员';
  return `吸纳的${PERSON_GROUPS[h.group].replace(/[“”]/g, '')}${h.count !== undefined ? `（${h.count}人）` : ''}`;
}

function itemName(path: string, applicant: Applicant | undefined): string {
  const m = /^(\w+)\[(\d+)\]/.exec(path);
  if (!m) return '';
  const i = Number(m[2]);
  if (m[1] === 'hires') return hireName(applicant?.type === 'employer' ? applicant.hires?.[i] : undefined);
  if (m[1] === 'equipment') {
    const e = applicant?.type === 'employer' ? applicant.equipment?.[i] : undefined;
    return e?.kind ? `${EQUIPMENT_KINDS[e.kind]}的设备` : '这批设备';
  }
  const p = applicant?.type === 'person' ? applicant.previousSubsidies?.[i] : undefined;
  return p?.occupation ? `以前补贴过的“${p.occupation}”培训` : '以前那次补贴培训';
}

/** The plain description of a fact, or undefined when neither vocabulary knows it. */
export function plainFact(path: string, applicant?: Applicant): FactDescription | undefined {
  const pattern = path.replace(/\[\d+\]/g, '[]');
  const extra = Object.hasOwn(EXTRA, pattern) ? EXTRA[pattern] : undefined;
  const base = extra ? { ...extra, path, pattern, options: extra.options.map((o) => ({ ...o })) } : describeFact(path);
  if (!base) return undefined;
  const item = itemName(path, applicant);
  // The base vocabulary prefixes item questions with a number (第1类吸纳人员：): name it instead.
  const question = base.question
    .replace(/^第\d+(类吸纳人员|项设备|次补贴)：/, item ? `${item}：` : '')
    .replace(/^(.*?：)?这些人员/, '$1');
  const options = [...base.options, ...(EXTRA_OPTIONS[pattern] ?? [])];
  return { ...base, question, options };
}

/** A short label of a missing fact for "还差…" (以工代训月数 → 吸纳的就业困难人员以工代训几个月). */
export function missingLabel(path: string, applicant?: Applicant): string {
  const d = plainFact(path, applicant);
  if (!d) return '一项情况';
  const item = itemName(path, applicant);
  return item ? `${item.replace(/^吸纳的/, '')}的${d.label.replace(/^已领/, '是否已领')}` : d.label;
}

/** The follow-up for a missing fact: the plain question, its quick replies, and "不清楚". */
export function followUpFor(path: string, applicant?: Applicant): FollowUp | undefined {
  const d = plainFact(path, applicant);
  if (!d) return undefined;
  const options = d.options.map((o) => ({ label: o.label, value: o.label }));
  // Saying one does not know is always a valid answer: the fact stays open, nothing is guessed.
  if (!options.some((o) => o.label === DONT_KNOW)) options.push({ label: DONT_KNOW, value: DONT_KNOW });
  // Asked of a school, who runs it is the question (the money goes to the school an enterprise runs).
  const question = path === 'runsVocationalSchool' && applicant?.type === 'employer' && applicant.entity === 'vocational_school' ? '贵校是企业举办或参与举办的吗？' : d.question;
  return { fact: path, question, options };
}

/** Reply of a boolean or choice fact the base vocabulary does not know (new contract facts). */
export function readExtraReply(text: string, path: string): { value: unknown } | undefined {
  const pattern = path.replace(/\[\d+\]/g, '[]');
  const fact = Object.hasOwn(EXTRA, pattern) ? EXTRA[pattern] : undefined;
  const t = text.trim().replace(/\s+/g, '');
  if (!fact || !t) return undefined;
  const option = fact.options.find((o) => o.label === t);
  if (option) return { value: option.value };
  if (fact.kind === 'boolean') {
    if (/^(是|是的|对|有|有的|嗯|获过|开展了|招收|办了)/.test(t)) return { value: true };
    if (/^(否|不是|不|没|没有|无)/.test(t)) return { value: false };
  }
  if (fact.kind === 'choice') {
    if (/技工|技校|技师学院/.test(t)) return { value: 'technical' };
    if (/职业院校|职校|中专|职高/.test(t)) return { value: 'vocational' };
    if (/^(没|没有|无|否)/.test(t)) return { value: null };
  }
  if (fact.kind === 'text' && t.length <= 30) return { value: t };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Facts said back
// ---------------------------------------------------------------------------------------------

/**
 * Months employed in words. 5 is also what "不满 6 个月" and 还不到半年 record (any span short of
 * the six months 三(二) asks for), so it is said as that bound, not as a figure nobody gave.
 */
function employedWords(months: number): string {
  return months === 5 ? '已就业不满6个月' : `已就业${months}个月`;
}

/**
 * One hire row in words. `sameGroupAsBefore`: a part of the group just named (其中4个… 另外2个…),
 * said as 另2名; `shared`: facts every row has alike, said once after the rows instead.
 */
function hireWords(h: Hire, sameGroupAsBefore = false, shared: ReadonlySet<keyof Hire> = new Set()): string {
  const who = h.group ? PERSON_GROUPS[h.group].replace(/[“”]/g, '') : '人员（类别未说）';
  const count = h.count !== undefined ? `${h.count}名` : '';
  const parts = [sameGroupAsBefore ? `另${count || '一部分'}` : `吸纳${count}${who}`];
  if (h.monthsEmployed !== undefined && !shared.has('monthsEmployed')) parts.push(employedWords(h.monthsEmployed));
  if (h.onJobTrainingMonths !== undefined && !shared.has('onJobTrainingMonths')) parts.push(h.onJobTrainingMonths === 0 ? '未开展以工代训' : `以工代训${h.onJobTrainingMonths}个月`);
  if (h.preJobTrainingSubsidy !== undefined && !shared.has('preJobTrainingSubsidy')) parts.push(h.preJobTrainingSubsidy ? '已领岗前培训补贴' : '未领岗前培训补贴');
  return parts.join('，');
}

/** Several hire rows in words: facts they share said once (都未领岗前培训补贴), to stay short on a phone. */
function hiresWords(hires: readonly Hire[]): string[] {
  if (hires.length < 2) return hires.map((h) => hireWords(h));
  const keys: Array<keyof Hire> = ['monthsEmployed', 'onJobTrainingMonths', 'preJobTrainingSubsidy'];
  const shared = new Set(keys.filter((k) => hires.every((h) => h[k] !== undefined && h[k] === hires[0]![k])));
  const out = hires.map((h, i) => hireWords(h, i > 0 && h.group !== undefined && h.group === hires[i - 1]!.group, shared));
  const first = hires[0]!;
  const all: string[] = [];
  if (shared.has('monthsEmployed')) all.push(employedWords(first.monthsEmployed!));
  if (shared.has('onJobTrainingMonths')) all.push(first.onJobTrainingMonths === 0 ? '未开展以工代训' : `以工代训${first.onJobTrainingMonths}个月`);
  if (shared.has('preJobTrainingSubsidy')) all.push(first.preJobTrainingSubsidy ? '已领岗前培训补贴' : '未领岗前培训补贴');
  if (all.length > 0) out.push(`都${all.join('，')}`);
  return out;
}

type Equipment = NonNullable<EmployerFacts['equipment']>[number];

/** Equipment items in words; what every item has alike (都用职工教育经费购置，已验收合格) said once. */
function equipmentWords(items: readonly Equipment[]): string[] {
  const many = items.length > 1;
  const same = <K extends 'fromEducationFund' | 'accepted'>(k: K) => many && items.every((e) => e[k] !== undefined && e[k] === items[0]![k]);
  const fund = same('fromEducationFund');
  const accepted = same('accepted');
  const out = items.map((e, i) => {
    const sameKind = i > 0 && e.kind !== undefined && e.kind === items[i - 1]!.kind;
    const bits = [sameKind ? '另一处' : e.kind ? `${EQUIPMENT_KINDS[e.kind]}设备` : '实训设备'];
    if (e.valueYuan !== undefined) bits.push(`总值${saidSum(e.valueYuan)}`);
    if (e.fromEducationFund !== undefined && !fund) bits.push(e.fromEducationFund ? '用职工教育经费购置' : '未用职工教育经费');
    if (e.accepted !== undefined && !accepted) bits.push(e.accepted ? '已验收合格' : '未验收');
    return bits.join('，');
  });
  const all: string[] = [];
  if (fund) all.push(items[0]!.fromEducationFund ? '用职工教育经费购置' : '未用职工教育经费');
  if (accepted) all.push(items[0]!.accepted ? '已验收合格' : '未验收');
  if (all.length > 0) out.push(`都${all.join('，')}`);
  return out;
}

function employerWords(a: EmployerFacts): string[] {
  const out: string[] = [];
  if (a.entity) out.push(`单位是${ENTITY_KINDS[a.entity]}`);
  // A cooperative or a workshop is not an enterprise: its insurance is the unit's.
  const who = a.entity && a.entity !== 'enterprise' ? '单位' : '企业';
  if (a.insured !== undefined) out.push(a.insured ? `${who}已参保` : `${who}未参保`);
  out.push(...hiresWords(a.hires ?? []));
  out.push(...equipmentWords(a.equipment ?? []));
  if (a.payrollYuan !== undefined) out.push(`工资薪金总额${saidSum(a.payrollYuan)}`);
  if (a.educationFundYuan !== undefined) out.push(`职工教育经费${saidSum(a.educationFundYuan)}`);
  // Never rounded up to the line it is compared with (59.75% is not 60%): two decimals at most.
  if (a.frontlineShareOfFund !== undefined) out.push(`一线职工培训占${Number((Math.floor(a.frontlineShareOfFund * 10000) / 100).toFixed(2))}%`);
  if (a.apprentices !== undefined) out.push(`企业新型学徒${a.apprentices}名`);
  if (a.projectTraining !== undefined) out.push(a.projectTraining ? '开展项目制培训' : '未开展项目制培训');
  if (a.trainingSubsidyYuan !== undefined) out.push(`培训补贴资金${saidSum(a.trainingSubsidyYuan)}`);
  const flags: Array<[boolean | undefined, string, string]> = [
    [a.enrollsPoorFamilyStudents, '招收贫困家庭学生', '不招收贫困家庭学生'],
    // Said of a school, the same fact is who runs it (企业举办的职业院校).
    a.entity === 'vocational_school' ? [a.runsVocationalSchool, '由企业举办或参与举办', '不是企业举办的'] : [a.runsVocationalSchool, '举办职业院校', '未举办职业院校'],
    [a.competitionTraining, '开展竞赛集训', '未开展竞赛集训'],
    [a.developsTrainingMaterials, '开发培训教材', '未开发培训教材'],
  ];
  for (const [v, yes, no] of flags) if (v !== undefined) out.push(v ? yes : no);
  return out;
}

/** 保育员五级: an earlier subsidised training as the person named it. */
function earlierTraining(p: { occupation?: string; level?: string }): string {
  return `${p.occupation ?? ''}${p.level ?? ''}` || '未说明职业和等级';
}

function personWords(a: PersonFacts): string[] {
  const out: string[] = [];
  if (a.groups?.length) out.push(`您是${a.groups.map((g) => PERSON_GROUPS[g].replace(/[“”]/g, '')).join('、')}`);
  else if (a.groups) out.push('不属于所列人群');
  if (a.trainingPlace) out.push(`在${TRAINING_PLACES[a.trainingPlace]}参加培训`);
  if (a.certificate !== undefined) out.push(a.certificate ? '已取得证书' : '还没取得证书');
  if (a.subsidizedTrainingsThisYear !== undefined) out.push(`今年已享受${a.subsidizedTrainingsThisYear}次培训补贴`);
  if (a.occupation) out.push(`培训职业：${a.occupation}`);
  if (a.level) out.push(`等级：${a.level}`);
  if (a.previousSubsidies) out.push(a.previousSubsidies.length === 0 ? '以前没享受过补贴培训' : `以前享受过补贴的培训：${a.previousSubsidies.map(earlierTraining).join('、')}`);
  if (a.monthlyPension !== undefined) out.push(a.monthlyPension ? '按月领养老金' : '不领养老金');
  if (a.institutionInSystem !== undefined) out.push(a.institutionInSystem ? '培训已进系统' : '培训未进系统');
  if (a.wantsToStartBusiness !== undefined) out.push(a.wantsToStartBusiness ? '想创业' : '暂不创业');
  if (a.businessYears !== undefined) out.push(a.businessYears === null ? '没有自己的企业' : `自己的企业开业${a.businessYears}年`);
  if (a.student !== undefined) out.push(a.student === null ? '不是在校生或毕业生' : `${STUDENT_KINDS[a.student]}在校生或毕业生`);
  if (a.childStudent !== undefined) out.push(a.childStudent === null ? '没有孩子上技工或职业院校' : `孩子上${a.childStudent === 'technical' ? '技工院校' : '职业院校'}`);
  if (a.competitionAward !== undefined) out.push(a.competitionAward ? '竞赛获过奖' : '竞赛没获过奖');
  if (a.newOccupation !== undefined) out.push(a.newOccupation ? '培训的是新职业' : '培训的不是新职业');
  return out;
}

/** Every fact gathered, in plain words, joined with ；  (empty when nothing is known yet). */
export function factsInWords(applicant: Applicant | undefined): string {
  if (!applicant) return '';
  return (applicant.type === 'employer' ? employerWords(applicant) : personWords(applicant)).join('；');
}

/**
 * A sum the person told us (设备总值, 工资薪金总额, 职工教育经费), said back in 万 as people say it
 * (总值90万). Only what the rules compute is written in 元, so a sum said back is never mistaken
 * for an amount the service worked out.
 */
export function saidSum(yuan: number): string {
  if (yuan === 0) return '0';
  return `${Number((yuan / 10_000).toFixed(6))}万`;
}

/** One fact just set, in plain words, for "记下了：…" (the reply to last turn's question). */
export function oneFactInWords(path: string, value: unknown, applicant: Applicant | undefined): string {
  const d = plainFact(path, applicant);
  const option = d?.options.find((o) => JSON.stringify(o.value) === JSON.stringify(value));
  const item = itemName(path, applicant);
  const label = d?.label ?? '这一项';
  const said =
    typeof value === 'boolean'
      ? `${label}：${value ? '是' : '否'}`
      : option
        ? `${label}：${option.label}`
        : Array.isArray(value)
          ? `${label}：${value.length === 0 ? '没有' : value.map((v) => (typeof v === 'string' && v in PERSON_GROUPS ? PERSON_GROUPS[v as keyof typeof PERSON_GROUPS] : String(v))).join('、')}`
          : d?.unit === '元' && typeof value === 'number'
            ? `${label}：${saidSum(value)}`
            : `${label}：${String(value)}${d?.unit ?? ''}`;
  return item ? `${item}，${said}` : said;
}
