/**
 * 高技能人才培训基地、技能大师工作室实训设备一次性补助 — 四(一).
 *
 * Law: “企业依法提取职工教育经费并按规定用于高技能人才培训基地、技能大师工作室建设的，经所在地人力资源
 * 社会保障和财政部门验收合格，可按企业新购置实训设备总值的20%从就业补助资金中给予一次性补助，最高分别
 * 不超过50万元、10万元”. “分别” pairs the caps with the two kinds in order: a base 50 万, a studio 10 万.
 *
 * The cap belongs to the base or studio, not to a purchase line: items are grouped by `site` (and
 * kind), each site's qualifying items summed, and the site's 20 % capped once. Items without a site
 * count as one site per kind, so writing one purchase as several lines never raises the cap.
 * With some items still open, the settled items give a proven part; open items can only add to it.
 */
import { check, missingOf, statusOf } from '../../../core/rules/check.js';
import { ROUNDING_RULE, floorYuan, formatExact, fromYuan, minExact, percentOf } from '../../../core/rules/money.js';
import type { Params } from '../parameters.js';
import { ENTITY_KINDS, EQUIPMENT_KINDS, type EquipmentItem, type TraceEntry } from '../../../core/rules/schema.js';
import { employerRule } from '../kit.js';

const CLAUSE = '四(一)';

function capOf(kind: NonNullable<EquipmentItem['kind']>, p: Params): number {
  return kind === 'high_skill_base' ? p.equipmentCapBaseYuan : p.equipmentCapStudioYuan;
}

/** Site names compare without width, case or spacing differences. */
function siteKey(e: EquipmentItem): string {
  const site = e.site === undefined ? '' : e.site.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return `${e.kind}\u0000${site}`;
}

function siteName(e: EquipmentItem): string {
  return `${EQUIPMENT_KINDS[e.kind!]}${e.site === undefined ? '（未注明名称）' : `“${e.site}”`}`;
}

function judgeItem(e: EquipmentItem, i: number, p: Params): TraceEntry[] {
  const at = (field: keyof EquipmentItem) => `equipment[${i}].${field}`;
  const who = `第${i + 1}项设备（${e.kind ? EQUIPMENT_KINDS[e.kind] : '用途未说明'}）`;
  const checks: TraceEntry[] = [];

  const kind = { condition: '设备用于高技能人才培训基地或技能大师工作室建设', clause: CLAUSE, facts: { [at('kind')]: e.kind } };
  if (e.kind === undefined) checks.push(check(kind, p, 'unknown', `${who}：未说明用于高技能人才培训基地还是技能大师工作室（两者上限不同）`));
  else checks.push(check(kind, p, 'met', `${who}：用于${EQUIPMENT_KINDS[e.kind]}建设`));

  const fund = { condition: '用依法提取的职工教育经费购置', clause: CLAUSE, facts: { [at('fromEducationFund')]: e.fromEducationFund } };
  if (e.fromEducationFund === undefined) checks.push(check(fund, p, 'unknown', `${who}：未说明是否使用职工教育经费购置`));
  else if (e.fromEducationFund) checks.push(check(fund, p, 'met', `${who}：使用职工教育经费购置`));
  else checks.push(check(fund, p, 'not_met', `${who}：未使用职工教育经费购置，不符合补助条件`));

  const acc = { condition: '经所在地人力资源社会保障和财政部门验收合格', clause: CLAUSE, facts: { [at('accepted')]: e.accepted } };
  if (e.accepted === undefined) checks.push(check(acc, p, 'unknown', `${who}：未说明是否经人社、财政部门验收合格`));
  else if (e.accepted) checks.push(check(acc, p, 'met', `${who}：已经人社、财政部门验收合格`));
  else checks.push(check(acc, p, 'not_met', `${who}：未经人社、财政部门验收合格`));

  if (e.valueYuan === 0) {
    checks.push(check({ condition: '新购置实训设备总值大于 0', clause: CLAUSE, facts: { [at('valueYuan')]: 0 } }, p, 'not_met', `${who}：设备总值为 0`));
  }
  return checks;
}

export const equipmentSubsidy = employerRule({
  id: 'equipment_subsidy',
  title: '高技能人才培训基地、技能大师工作室实训设备补助',
  audience: 'employer',
  reads: ['entity', 'equipment[].kind', 'equipment[].site', 'equipment[].valueYuan', 'equipment[].fromEducationFund', 'equipment[].accepted'],
  parameters: ['equipmentSharePercent', 'equipmentCapBaseYuan', 'equipmentCapStudioYuan'],
  citations: [
    { clause: CLAUSE, quote: '企业依法提取职工教育经费并按规定用于高技能人才培训基地、技能大师工作室建设的' },
    { clause: CLAUSE, quote: '经所在地人力资源社会保障和财政部门验收合格' },
    { clause: CLAUSE, quote: '可按企业新购置实训设备总值的20%从就业补助资金中给予一次性补助，最高分别不超过50万元、10万元' },
  ],
  requirements: [
    '申请单位是企业',
    '用依法提取的职工教育经费，为高技能人才培训基地或技能大师工作室新购置实训设备',
    '经所在地人力资源社会保障和财政部门验收合格',
  ],
  amountRule: '每个基地或工作室：其新购置实训设备总值 × 20%，一次性补助；每个高技能人才培训基地最高 50 万元，每个技能大师工作室最高 10 万元（上限按基地、工作室计，不按采购单计；未注明名称的设备按每类一个计）',
  amountKind: 'subsidy',

  evaluate(f, p) {
    const checks: TraceEntry[] = [];
    const entity = { condition: '申请单位是企业', clause: CLAUSE, facts: { entity: f.entity } };
    if (f.entity === undefined) checks.push(check(entity, p, 'unknown', '未说明单位类型（此项补助面向企业）'));
    else if (f.entity === 'enterprise') checks.push(check(entity, p, 'met', '单位是企业'));
    else checks.push(check(entity, p, 'not_met', `此项补助面向企业，${ENTITY_KINDS[f.entity]}不适用`));

    if (f.equipment === undefined || f.equipment.length === 0) {
      const spec = { condition: '新购置了实训设备', clause: CLAUSE, facts: { equipment: f.equipment } };
      if (f.equipment === undefined) checks.push(check(spec, p, 'unknown', '未提供新购置实训设备的情况', ['equipment']));
      else checks.push(check(spec, p, 'not_met', '没有新购置实训设备'));
      const status = statusOf(checks);
      return { status, amountYuan: null, amountNote: '', checks, missing: status === 'needs_info' ? missingOf(checks) : [], amountMissing: [] };
    }

    const items = f.equipment.map((e, i) => ({ e, i, checks: judgeItem(e, i, p) }));
    checks.push(...items.flatMap((x) => x.checks));
    const entityStatus = statusOf(checks.slice(0, 1));
    const qualifying = items.filter((x) => statusOf(x.checks) === 'eligible');
    const undecided = items.filter((x) => statusOf(x.checks) === 'needs_info');

    if (entityStatus === 'ineligible' || qualifying.length + undecided.length === 0) {
      return { status: 'ineligible', amountYuan: null, amountNote: '', checks, missing: [], amountMissing: [] };
    }
    if (entityStatus === 'needs_info' || qualifying.length === 0) {
      const missing = missingOf([...checks.slice(0, 1), ...undecided.flatMap((x) => x.checks), ...qualifying.flatMap((x) => x.checks)]);
      return { status: 'needs_info', amountYuan: null, amountNote: '', checks, missing, amountMissing: [] };
    }

    // Eligible: qualifying items grouped by site; each site's 20 % capped once by its kind's ceiling.
    const share = p.equipmentSharePercent;
    const amountMissing = missingOf(undecided.flatMap((x) => x.checks));
    const sites = new Map<string, { e: EquipmentItem; i: number }[]>();
    for (const x of qualifying) {
      if (x.e.valueYuan === undefined) {
        amountMissing.push(`equipment[${x.i}].valueYuan`);
        checks.push(
          check(
            { condition: '补助按设备总值计算', clause: CLAUSE, facts: { [`equipment[${x.i}].valueYuan`]: undefined } },
            p,
            'info',
            `第${x.i + 1}项设备：未提供设备总值，暂不能计算补助`,
          ),
        );
        continue;
      }
      const key = siteKey(x.e);
      sites.set(key, [...(sites.get(key) ?? []), x]);
    }
    const parts: string[] = [];
    let total = 0n;
    for (const items of sites.values()) {
      const kind = items[0]!.e.kind!;
      const cap = capOf(kind, p);
      const values = items.map(({ e }) => fromYuan(e.valueYuan!));
      const sum = values.reduce((a, b) => a + b, 0n);
      const raw = percentOf(sum, share);
      const capped = minExact(raw, fromYuan(cap));
      total += capped;
      const base = values.length > 1 ? `${values.map(formatExact).join(' + ')} = ${formatExact(sum)} 元` : `${formatExact(sum)} 元`;
      const line =
        capped < raw
          // The uncapped product is no sum anyone receives: it is not stated, only that the cap applies.
          ? `${base} × ${share}% 超过上限，按 ${capWords(cap)}计`
          : `${base} × ${share}% = ${formatExact(raw)} 元（未超过上限 ${capWords(cap)}）`;
      const where = `${siteName(items[0]!.e)}（第${items.map(({ i }) => i + 1).join('、')}项设备）`;
      parts.push(`${siteName(items[0]!.e)} ${line}`);
      checks.push(
        check(
          {
            condition: `每个${EQUIPMENT_KINDS[kind]}：补助 = 设备总值 × ${share}%，最高 ${cap} 元`,
            clause: CLAUSE,
            facts: Object.fromEntries(items.map(({ e, i }) => [`equipment[${i}].valueYuan`, e.valueYuan])),
            uses: ['equipmentSharePercent', kind === 'high_skill_base' ? 'equipmentCapBaseYuan' : 'equipmentCapStudioYuan'] as const,
          },
          p,
          'info',
          `${where}：${line}`,
        ),
      );
    }
    const itemCount = [...sites.values()].reduce((n, items) => n + items.length, 0);
    const sum = itemCount > 1 ? `；合计 ${formatExact(total)} 元` : '';
    if (amountMissing.length > 0) {
      const proven = sites.size > 0;
      return {
        status: 'eligible',
        amountYuan: null,
        amountNote: `尚缺 ${amountMissing.join('、')}，补充后计算补助总额${proven ? `；已算出：${parts.join('；')}${sum}，已确认 ${floorYuan(total)} 元` : ''}`,
        checks,
        missing: [],
        amountMissing,
        partialAmountYuan: proven ? floorYuan(total) : null,
      };
    }
    const yuan = floorYuan(total);
    return {
      status: 'eligible',
      amountYuan: yuan,
      amountNote: `${parts.join('；')}${sum}；${ROUNDING_RULE}，计 ${yuan} 元`,
      checks,
      missing: [],
      amountMissing,
    };
  },
});

/** The cap as the plan writes it (50万元, 10万元): a figure a reader can find in 四(一) itself. */
function capWords(capYuan: number): string {
  return capYuan % 10_000 === 0 ? `${capYuan / 10_000}万元` : `${capYuan} 元`;
}
