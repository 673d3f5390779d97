/**
 * 以工代训补贴 — 六(一).
 *
 * Law: “企业、农民专业合作社和扶贫车间等各类生产经营主体吸纳贫困劳动力就业六个月以上并开展以工代训的，
 * 以及参保企业吸纳就业困难人员、零就业家庭成员就业并开展以工代训的，按每人每月200元的标准给予生产经营
 * 主体以工代训补贴，最长不超过6个月，以工代训补贴和新录用人员岗前技能培训补贴不得重复享受”.
 *
 * Readings:
 * - The list of production entities is open (“……等各类生产经营主体”): a 培训机构 that employs poor
 *   labour is a production entity too. A 职业院校 is a school, not a 生产经营主体.
 * - 三(二) writes “就业困难人员（含残疾人）”: a disabled hire is an employment-difficulty hire.
 * - The insured route names 参保企业 only, so it stays with enterprises.
 * - Each hire row is judged on its own months and count; the employer is eligible when at least
 *   one row qualifies. With some rows still open, the rows already settled are the proven part.
 */
import { check, missingOf, statusOf } from '../../../core/rules/check.js';
import type { Params } from '../parameters.js';
import { ENTITY_KINDS, PERSON_GROUPS, type EmployerFacts, type EntityKind, type Hire, type TraceEntry } from '../../../core/rules/schema.js';
import { employerRule, type RuleOutcome } from '../kit.js';

const CLAUSE = '六(一)';

/** “企业、农民专业合作社和扶贫车间等各类生产经营主体”: the named three and, as “等” leaves the list open, a 培训机构. */
const PRODUCTION_ENTITIES: readonly EntityKind[] = ['enterprise', 'farmer_cooperative', 'poverty_workshop', 'training_institution'];

/** Why an entity is or is not a production entity, in the words a reader needs. */
function entityReason(entity: EntityKind): string {
  if (entity === 'training_institution') return '培训机构属于生产经营主体（方案写的是“企业、农民专业合作社和扶贫车间等各类生产经营主体”，“等”表示列举未尽）';
  if (entity === 'vocational_school') return '职业院校是学校，不是生产经营主体';
  return `${ENTITY_KINDS[entity]}属于生产经营主体`;
}

type Verdict = { checks: TraceEntry[]; status: ReturnType<typeof statusOf>; months: number; count?: number };

function label(h: Hire, i: number): string {
  const who = h.group ? PERSON_GROUPS[h.group] : '人员类别未提供';
  return `第${i + 1}项（${who}${h.count !== undefined ? ` ${h.count} 人` : ''}）`;
}

function judgeHire(f: EmployerFacts, h: Hire, i: number, p: Params): Verdict {
  const at = (field: keyof Hire) => `hires[${i}].${field}`;
  const who = label(h, i);
  const checks: TraceEntry[] = [];
  const entityName = f.entity ? ENTITY_KINDS[f.entity] : undefined;

  // Who may be counted: 贫困劳动力 (any production entity), or 就业困难人员 (含残疾人) / 零就业家庭成员 (insured enterprise).
  const groupSpec = {
    condition: '属于贫困劳动力，或属于参保企业吸纳的就业困难人员（含残疾人）、零就业家庭成员',
    clause: CLAUSE,
    facts: { [at('group')]: h.group },
  };
  const poor = h.group === 'poor_labor';
  const insuredRoute = h.group === 'employment_difficulty' || h.group === 'disabled' || h.group === 'zero_employment_family';
  if (h.group === undefined) {
    checks.push(check(groupSpec, p, 'unknown', `${who}：未说明人员类别，无法判断是否属于以工代训补贴对象`));
    // Whatever the group, only a production entity can claim: another kind of entity is excluded already.
    if (f.entity !== undefined && !PRODUCTION_ENTITIES.includes(f.entity)) {
      checks.push(
        check(
          { condition: '吸纳单位是企业、农民专业合作社、扶贫车间等生产经营主体', clause: CLAUSE, facts: { entity: f.entity } },
          p,
          'not_met',
          `${who}：${entityReason(f.entity)}，无论吸纳哪类人员都不适用以工代训补贴`,
        ),
      );
    }
  } else if (h.group === 'disabled') {
    checks.push(check({ ...groupSpec, clause: '三(二)' }, p, 'met', `${who}：残疾人属于就业困难人员（三(二)“就业困难人员（含残疾人）”），由参保企业吸纳的可享受以工代训补贴`));
  } else if (poor || insuredRoute) {
    checks.push(check(groupSpec, p, 'met', `${who}：${PERSON_GROUPS[h.group]}属于以工代训补贴对象`));
  } else {
    checks.push(
      check(groupSpec, p, 'not_met', `${who}：${PERSON_GROUPS[h.group]}不在以工代训补贴对象之列（仅限贫困劳动力、就业困难人员（含残疾人）、零就业家庭成员）`),
    );
  }

  if (poor) {
    const spec = { condition: '吸纳单位是企业、农民专业合作社、扶贫车间等生产经营主体', clause: CLAUSE, facts: { entity: f.entity } };
    if (f.entity === undefined) checks.push(check(spec, p, 'unknown', `${who}：未说明单位类型（企业、农民专业合作社、扶贫车间等）`));
    else if (PRODUCTION_ENTITIES.includes(f.entity)) checks.push(check(spec, p, 'met', `${who}：${entityReason(f.entity)}`));
    else checks.push(check(spec, p, 'not_met', `${who}：${entityReason(f.entity)}，不适用以工代训补贴`));

    const min = p.poorLaborMinMonthsEmployed;
    const months = { condition: `贫困劳动力已就业 ${min} 个月以上`, clause: CLAUSE, facts: { [at('monthsEmployed')]: h.monthsEmployed }, uses: ['poorLaborMinMonthsEmployed'] as const };
    if (h.monthsEmployed === undefined) checks.push(check(months, p, 'unknown', `${who}：未说明已就业几个月（须满 ${min} 个月）`));
    else if (h.monthsEmployed >= min) checks.push(check(months, p, 'met', `${who}：已就业 ${h.monthsEmployed} 个月，满 ${min} 个月`));
    // One month short of the minimum is also what "不满 6 个月" / 还不到半年 record: said as the bound, not as a figure.
    else if (h.monthsEmployed === min - 1) checks.push(check(months, p, 'not_met', `${who}：已就业不满 ${min} 个月`));
    else checks.push(check(months, p, 'not_met', `${who}：已就业 ${h.monthsEmployed} 个月，不满 ${min} 个月`));
  }

  if (insuredRoute) {
    const ent = { condition: '吸纳就业困难人员、零就业家庭成员的单位是企业', clause: CLAUSE, facts: { entity: f.entity } };
    if (f.entity === undefined) checks.push(check(ent, p, 'unknown', `${who}：未说明单位类型（此类人员须由企业吸纳）`));
    else if (f.entity === 'enterprise') checks.push(check(ent, p, 'met', `${who}：单位是企业`));
    else checks.push(check(ent, p, 'not_met', `${who}：此类人员须由参保企业吸纳，${entityName}不适用`));

    const ins = { condition: '企业参加社会保险（参保企业）', clause: CLAUSE, facts: { insured: f.insured } };
    if (f.insured === undefined) checks.push(check(ins, p, 'unknown', `${who}：未说明企业是否参保（此类人员须由参保企业吸纳）`));
    else if (f.insured) checks.push(check(ins, p, 'met', `${who}：企业已参保`));
    else checks.push(check(ins, p, 'not_met', `${who}：企业未参保，吸纳此类人员不享受以工代训补贴`));
  }

  const max = p.onJobMaxMonths;
  const train = { condition: '对吸纳的人员开展了以工代训', clause: CLAUSE, facts: { [at('onJobTrainingMonths')]: h.onJobTrainingMonths }, uses: ['onJobMaxMonths'] as const };
  if (h.onJobTrainingMonths === undefined) checks.push(check(train, p, 'unknown', `${who}：未说明开展了几个月以工代训`));
  else if (h.onJobTrainingMonths === 0) checks.push(check(train, p, 'not_met', `${who}：未开展以工代训`));
  else if (h.onJobTrainingMonths > max)
    checks.push(check(train, p, 'met', `${who}：以工代训 ${h.onJobTrainingMonths} 个月，补贴最长不超过 ${max} 个月，按 ${max} 个月计`));
  else checks.push(check(train, p, 'met', `${who}：以工代训 ${h.onJobTrainingMonths} 个月`));

  const pre = { condition: '未享受新录用人员岗前技能培训补贴（两者不得重复享受）', clause: CLAUSE, facts: { [at('preJobTrainingSubsidy')]: h.preJobTrainingSubsidy } };
  if (h.preJobTrainingSubsidy === undefined) checks.push(check(pre, p, 'unknown', `${who}：未说明是否已申领新录用人员岗前技能培训补贴`));
  else if (h.preJobTrainingSubsidy) checks.push(check(pre, p, 'not_met', `${who}：已享受岗前技能培训补贴，不得重复享受以工代训补贴`));
  else checks.push(check(pre, p, 'met', `${who}：未享受岗前技能培训补贴`));

  if (h.count === 0) {
    checks.push(check({ condition: '吸纳人数至少 1 人', clause: CLAUSE, facts: { [at('count')]: 0 } }, p, 'not_met', `${who}：人数为 0`));
  }

  return { checks, status: statusOf(checks), months: Math.min(h.onJobTrainingMonths ?? 0, max), count: h.count };
}

export const onJobTraining = employerRule({
  id: 'on_job_training',
  title: '以工代训补贴',
  audience: 'employer',
  reads: [
    'entity',
    'insured',
    'hires[].group',
    'hires[].count',
    'hires[].monthsEmployed',
    'hires[].onJobTrainingMonths',
    'hires[].preJobTrainingSubsidy',
  ],
  parameters: ['onJobMonthlyYuan', 'onJobMaxMonths', 'poorLaborMinMonthsEmployed'],
  citations: [
    { clause: CLAUSE, quote: '企业、农民专业合作社和扶贫车间等各类生产经营主体吸纳贫困劳动力就业六个月以上并开展以工代训的' },
    { clause: CLAUSE, quote: '以及参保企业吸纳就业困难人员、零就业家庭成员就业并开展以工代训的' },
    { clause: CLAUSE, quote: '按每人每月200元的标准给予生产经营主体以工代训补贴，最长不超过6个月' },
    { clause: CLAUSE, quote: '以工代训补贴和新录用人员岗前技能培训补贴不得重复享受' },
    { clause: '三(二)', quote: '就业困难人员（含残疾人）' },
  ],
  requirements: [
    '吸纳建档立卡贫困劳动力就业满 6 个月的企业、农民专业合作社、扶贫车间、培训机构等生产经营主体（职业院校不是生产经营主体）；或吸纳就业困难人员（含残疾人）、零就业家庭成员就业的参保企业',
    '对吸纳的人员开展了以工代训',
    '同一人员未享受新录用人员岗前技能培训补贴',
  ],
  amountRule: '每人每月 200 元，最长 6 个月：人数 × 200 元 × 以工代训月数（超过 6 个月按 6 个月计）',
  amountKind: 'subsidy',

  evaluate(f, p): RuleOutcome {
    const rate = p.onJobMonthlyYuan;
    if (f.hires === undefined || f.hires.length === 0) {
      const spec = { condition: '吸纳了人员就业并开展以工代训', clause: CLAUSE, facts: { hires: f.hires } };
      const checks =
        f.hires === undefined
          ? [check(spec, p, 'unknown', '未提供吸纳就业人员的情况（人员类别、人数、已就业月数、以工代训月数）', ['hires'])]
          : [check(spec, p, 'not_met', '没有吸纳人员就业，不涉及以工代训补贴')];
      const status = statusOf(checks);
      return { status, amountYuan: null, amountNote: '', checks, missing: status === 'needs_info' ? missingOf(checks) : [], amountMissing: [] };
    }

    const verdicts = f.hires.map((h, i) => judgeHire(f, h, i, p));
    const checks = verdicts.flatMap((v) => v.checks);
    const qualifying = verdicts.map((v, i) => ({ v, i })).filter(({ v }) => v.status === 'eligible');
    const undecided = verdicts.filter((v) => v.status === 'needs_info');

    if (qualifying.length === 0) {
      const status = undecided.length > 0 ? 'needs_info' : 'ineligible';
      return {
        status,
        amountYuan: null,
        amountNote: status === 'needs_info' ? `补贴标准为 ${rate} 元/人/月，最长 ${p.onJobMaxMonths} 个月；待补充情况后计算` : '',
        checks,
        missing: status === 'needs_info' ? missingOf(undecided.flatMap((v) => v.checks)) : [],
        amountMissing: [],
      };
    }

    // At least one row qualifies: the employer is eligible. The amount is given only when every row is settled.
    const amountMissing = [
      ...missingOf(undecided.flatMap((v) => v.checks)),
      ...qualifying.filter(({ v }) => v.count === undefined).map(({ i }) => `hires[${i}].count`),
    ];
    const parts = qualifying.map(({ v }) => `${rate} 元/人/月 × ${v.months} 月 × ${v.count ?? '?'} 人`);
    // Each row on its own months and count; a row without its count adds nothing proven yet.
    let total = 0n;
    for (const { v } of qualifying) total += BigInt(v.count ?? 0) * BigInt(rate) * BigInt(v.months);
    const proven = qualifying.some(({ v }) => v.count !== undefined);
    checks.push(
      check(
        { condition: '补贴金额 = 人数 × 每人每月标准 × 以工代训月数（最长 6 个月）', clause: CLAUSE, facts: {}, uses: ['onJobMonthlyYuan', 'onJobMaxMonths'] },
        p,
        'info',
        amountMissing.length === 0
          ? `补贴金额：${parts.join(' + ')} = ${total} 元`
          : `已确认部分：${parts.join(' + ')}${proven ? `，已确认 ${total} 元` : ''}；其余情况补充后再计算总额`,
      ),
    );
    if (amountMissing.length > 0) {
      return {
        status: 'eligible',
        amountYuan: null,
        amountNote: `${parts.join(' + ')}${proven ? `；已确认 ${total} 元` : ''}；尚缺 ${amountMissing.join('、')}，补充后计算总额`,
        checks,
        missing: [],
        amountMissing,
        partialAmountYuan: proven ? Number(total) : null,
      };
    }
    return {
      status: 'eligible',
      amountYuan: Number(total),
      amountNote: parts.length === 1 ? parts[0]! : `${parts.join(' + ')} = ${total} 元`,
      checks,
      missing: [],
      amountMissing: [],
    };
  },
});
