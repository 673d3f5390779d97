/**
 * The eligibility contract (shared/spec/eligibility.md) as zod schemas: the request as it is
 * validated at the edge, and the response every client receives. Every fact is optional (a
 * missing fact makes a rule say `needs_info`, never a silent default); unknown extra fields
 * are stripped, not refused; wrong types, negative counts and absurd numbers are refused.
 */
import { z } from 'zod';
import { hireContradictions, type Contradiction } from './contradictions.js';

// ---------------------------------------------------------------------------------------------
// Bounds. Generous for any real applicant, small enough that no arithmetic can overflow or lose
// precision: the largest amount, 1e12 yuan, is 1e14 fen, well inside 2^53.
// ---------------------------------------------------------------------------------------------

/** Largest money amount accepted, in yuan (一万亿元). */
export const MAX_YUAN = 1e12;
/** Largest head count in one hire row or of apprentices. */
export const MAX_COUNT = 1_000_000;
/** Longest list of hires, equipment items or earlier subsidies. */
export const MAX_ITEMS = 100;
/** Longest month count (a hundred years). */
export const MAX_MONTHS = 1200;

/** Person groups of the policy, in the contract's order, with the document's own words. */
export const PERSON_GROUPS = {
  poor_labor: '建档立卡贫困劳动力',
  rural_migrant: '农村转移就业劳动者',
  two_after: '“两后生”',
  unemployed_graduate: '离校未就业高校毕业生',
  veteran: '退役军人',
  employment_difficulty: '就业困难人员',
  disabled: '残疾人',
  registered_unemployed: '城镇登记失业人员',
  zero_employment_family: '零就业家庭成员',
  laid_off_overcapacity: '去产能失业人员',
  employee: '企业职工',
  poor_family_student: '贫困家庭学生',
} as const;
export type PersonGroup = keyof typeof PERSON_GROUPS;
export const PersonGroupSchema = z.enum(Object.keys(PERSON_GROUPS) as [PersonGroup, ...PersonGroup[]]);

export const TRAINING_PLACES = {
  household: '户籍地',
  residence: '常住地',
  job_seeking: '求职就业地',
  other: '其他地方',
} as const;
export type TrainingPlace = keyof typeof TRAINING_PLACES;

export const STUDENT_KINDS = {
  college: '普通高校',
  vocational: '职业院校',
  technical: '技工院校',
} as const;
export type StudentKind = keyof typeof STUDENT_KINDS;

export const ENTITY_KINDS = {
  enterprise: '企业',
  farmer_cooperative: '农民专业合作社',
  poverty_workshop: '扶贫车间',
  training_institution: '培训机构',
  vocational_school: '职业院校',
} as const;
export type EntityKind = keyof typeof ENTITY_KINDS;

export const EQUIPMENT_KINDS = {
  high_skill_base: '高技能人才培训基地',
  master_studio: '技能大师工作室',
} as const;
export type EquipmentKind = keyof typeof EQUIPMENT_KINDS;

function enumOf<K extends string>(labels: Record<K, string>) {
  return z.enum(Object.keys(labels) as [K, ...K[]]);
}

const count = z.number().int('应为整数').min(0, '不能为负数').max(MAX_COUNT, `不能超过 ${MAX_COUNT}`);
const months = z.number().min(0, '不能为负数').max(MAX_MONTHS, `不能超过 ${MAX_MONTHS} 个月`);
const wholeMonths = months.int('应为整月数');
/** Money in yuan: finite, not negative, at most 1e12, at most two decimals (fen). */
const yuan = z
  .number()
  .min(0, '金额不能为负数')
  .max(MAX_YUAN, `金额不能超过 ${MAX_YUAN} 元`)
  // The shortest decimal form of the number (what the client wrote) has at most two decimals.
  .refine((v) => v > MAX_YUAN || v < 0 || /^\d+(\.\d{1,2})?$/.test(String(v)), '金额最多保留两位小数（分）');
const shortText = z.string().trim().min(1, '不能为空').max(100, '最长 100 字');

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

/** Reports each contradiction as one issue per field involved, so every field is named. */
function refuseContradictions(found: Contradiction[], ctx: z.RefinementCtx): void {
  for (const c of found) for (const path of c.paths) ctx.addIssue({ code: 'custom', path, message: c.message });
}

export const PreviousSubsidySchema = z.object({
  occupation: shortText.optional(),
  level: shortText.optional(),
});
export type PreviousSubsidy = z.infer<typeof PreviousSubsidySchema>;

export const PersonFactsSchema = z.object({
  type: z.literal('person'),
  groups: z.array(PersonGroupSchema).max(Object.keys(PERSON_GROUPS).length * 2).optional(),
  monthlyPension: z.boolean().optional(),
  trainingPlace: enumOf(TRAINING_PLACES).optional(),
  certificate: z.boolean().optional(),
  subsidizedTrainingsThisYear: z.number().int('应为整数').min(0, '不能为负数').max(366, '不能超过 366').optional(),
  occupation: shortText.optional(),
  level: shortText.optional(),
  previousSubsidies: z.array(PreviousSubsidySchema).max(MAX_ITEMS).optional(),
  institutionInSystem: z.boolean().optional(),
  wantsToStartBusiness: z.boolean().optional(),
  /** Years since the applicant's own small or micro business opened; null: has no business of their own. */
  businessYears: z.number().min(0, '不能为负数').max(100, '不能超过 100 年').nullable().optional(),
  /** null: not a student nor a recent graduate. */
  student: enumOf(STUDENT_KINDS).nullable().optional(),
  /** The applicant's child attends a 技工院校 / 职业院校 (the family's aid); null: no such child. */
  childStudent: z.enum(['technical', 'vocational']).nullable().optional(),
  /** Won a prize in a vocational skills competition. */
  competitionAward: z.boolean().optional(),
  /** The training is for a new occupation published by the state (国家公布的新职业). */
  newOccupation: z.boolean().optional(),
});
export type PersonFacts = z.infer<typeof PersonFactsSchema>;

export const HireSchema = z.object({
  group: PersonGroupSchema.optional(),
  count: count.optional(),
  monthsEmployed: months.optional(),
  onJobTrainingMonths: wholeMonths.optional(),
  preJobTrainingSubsidy: z.boolean().optional(),
}).superRefine((h, ctx) => refuseContradictions(hireContradictions(h), ctx));
export type Hire = z.infer<typeof HireSchema>;

export const EquipmentItemSchema = z.object({
  kind: enumOf(EQUIPMENT_KINDS).optional(),
  /** The base or studio the item is for: items of one site share its cap. */
  site: shortText.optional(),
  valueYuan: yuan.optional(),
  fromEducationFund: z.boolean().optional(),
  accepted: z.boolean().optional(),
});
export type EquipmentItem = z.infer<typeof EquipmentItemSchema>;

export const EmployerFactsSchema = z.object({
  type: z.literal('employer'),
  entity: enumOf(ENTITY_KINDS).optional(),
  insured: z.boolean().optional(),
  hires: z.array(HireSchema).max(MAX_ITEMS).optional(),
  equipment: z.array(EquipmentItemSchema).max(MAX_ITEMS).optional(),
  payrollYuan: yuan.optional(),
  educationFundYuan: yuan.optional(),
  frontlineShareOfFund: z.number().min(0, '应在 0 到 1 之间').max(1, '应在 0 到 1 之间').optional(),
  apprentices: count.optional(),
  projectTraining: z.boolean().optional(),
  trainingSubsidyYuan: yuan.optional(),
  /** A 职业院校 that admits students from 建档立卡贫困户 families. */
  enrollsPoorFamilyStudents: z.boolean().optional(),
  /** Runs or co-runs a 职业院校 in Zhengzhou. */
  runsVocationalSchool: z.boolean().optional(),
  /** Runs special training to prepare for vocational skills competitions. */
  competitionTraining: z.boolean().optional(),
  /** Develops vocational training materials or reforms teaching. */
  developsTrainingMaterials: z.boolean().optional(),
});
export type EmployerFacts = z.infer<typeof EmployerFactsSchema>;

export const ApplicantSchema = z.discriminatedUnion('type', [PersonFactsSchema, EmployerFactsSchema], {
  error: (iss) =>
    iss.code === 'invalid_union' ? '申请人类型 type 应为 person（个人）或 employer（用人单位、培训机构等）' : undefined,
});
export type Applicant = z.infer<typeof ApplicantSchema>;
export type Audience = Applicant['type'];

/** An ISO calendar date that exists (2020-02-29 yes, 2021-02-29 no), years 1900–2100. */
export const IsoDateSchema = z.iso
  .date('日期应为 YYYY-MM-DD 格式的真实日期')
    // Only a well-formed date is range-checked, so a malformed one gets one message, not two.
  .refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || (d >= '1900-01-01' && d <= '2100-12-31'), '日期应在 1900 年到 2100 年之间');

export const EligibilityRequestSchema = z.object({
  asOf: IsoDateSchema.optional(),
  applicant: ApplicantSchema,
});
export type EligibilityRequest = z.infer<typeof EligibilityRequestSchema>;

const chineseMessages = z.locales.zhCN().localeError;

/** Validates a request body; zod's own messages come in Chinese. Unknown fields are dropped. */
export function parseEligibilityRequest(input: unknown): z.ZodSafeParseResult<EligibilityRequest> {
  return EligibilityRequestSchema.safeParse(input, { error: chineseMessages });
}

// ---------------------------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------------------------

export const StatusSchema = z.enum(['eligible', 'ineligible', 'needs_info']);
export type Status = z.infer<typeof StatusSchema>;

/**
 * A clause reference with a verbatim quote of its clean text (no spaces inside); `docNo` (文号)
 * names the document the clause belongs to.
 */
export const RuleCitationSchema = z.object({ clause: z.string(), quote: z.string(), docNo: z.string().optional() });
export type RuleCitation = z.infer<typeof RuleCitationSchema>;

/** One condition checked: what the law requires, how it came out, and what was used. */
export const TraceEntrySchema = z.object({
  condition: z.string(),
  outcome: z.enum(['met', 'not_met', 'unknown', 'info']),
  reason: z.string(),
  clause: z.string(),
  /** Facts read, by request path (relative to `applicant`); a missing fact appears as null. */
  facts: z.record(z.string(), z.unknown()),
  /** Parameter values used, by parameter id. */
  params: z.record(z.string(), z.number()),
  /** Facts that would settle an `unknown` check. */
  missing: z.array(z.string()).optional(),
});
export type TraceEntry = z.infer<typeof TraceEntrySchema>;

export const PolicyInfoSchema = z.object({
  id: z.string(),
  title: z.string(),
  docNo: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  inForce: z.boolean(),
});
export type PolicyInfo = z.infer<typeof PolicyInfoSchema>;

// The rule ids, the result and the response are in response.ts: their id list is read from the
// rule registry, which itself reads this file, so they cannot live here without a module cycle.
export type { EligibilityResponse, RuleId, RuleResult } from './response.js';
