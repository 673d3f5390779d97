/**
 * 职工教育经费税前扣除 — 六(二).
 *
 * Law: “企业应足额提取和使用职工教育经费，其中60%以上用于一线职工培训……落实将企业职工教育经费税前扣除
 * 限额提高至工资薪金总额8%的税收政策”. The amount is the part of the year's education fund that may be
 * deducted before income tax: min(fund, 8 % of payroll). The 60 % front-line share is a duty of
 * the enterprise, not a condition of the deduction, so a shortfall is reported, not refused; the
 * share is compared exactly as given (0.59996 is under 60 %). The amount is a pre-tax deduction,
 * never money paid out, and the note says so (税前扣除). The plan says 企业 because the tax policy it
 * restates is the enterprise income tax's: a 农民专业合作社 or a 培训机构, taxed as organisations
 * with income, deduct the same way (with the tax office to confirm); a 职业院校 (mostly a public
 * institution) or a 扶贫车间 (a site, not a taxpayer of its own) does not.
 */
import { check, missingOf, statusOf } from '../../../core/rules/check.js';
import { ROUNDING_RULE, floorYuan, formatExact, formatSharePercent, fromYuan, minExact, percentOf, shareAtLeastPercent } from '../../../core/rules/money.js';
import { ENTITY_KINDS, type TraceEntry } from '../../../core/rules/schema.js';
import { employerRule } from '../kit.js';

const CLAUSE = '六(二)';

export const educationFundDeduction = employerRule({
  id: 'education_fund_deduction',
  title: '企业职工教育经费税前扣除',
  audience: 'employer',
  reads: ['entity', 'payrollYuan', 'educationFundYuan', 'frontlineShareOfFund'],
  parameters: ['educationFundDeductionPercent', 'frontlineMinSharePercent'],
  citations: [
    { clause: CLAUSE, quote: '企业应足额提取和使用职工教育经费，其中60%以上用于一线职工培训' },
    { clause: CLAUSE, quote: '落实将企业职工教育经费税前扣除限额提高至工资薪金总额8%的税收政策' },
    { clause: CLAUSE, quote: '也可用于企业“师带徒”津贴补助' },
  ],
  requirements: ['申请单位是企业', '当年提取了职工教育经费', '（企业应将职工教育经费的 60% 以上用于一线职工培训）'],
  amountRule: '可税前扣除的职工教育经费 = min(当年职工教育经费, 工资薪金总额 × 8%)；这是企业所得税税前扣除额，不是现金补贴',
  amountKind: 'tax_deduction',

  evaluate(f, p) {
    const checks: TraceEntry[] = [];
    const pct = p.educationFundDeductionPercent;
    const minShare = p.frontlineMinSharePercent;

    const entity = { condition: '申请单位是企业', clause: CLAUSE, facts: { entity: f.entity } };
    if (f.entity === undefined) checks.push(check(entity, p, 'unknown', '未说明单位类型（此项税收政策面向企业）'));
    else if (f.entity === 'enterprise') checks.push(check(entity, p, 'met', '单位是企业'));
    // A cooperative or a training institution pays enterprise income tax as an organisation with
    // income, so the deduction the plan restates is theirs too: said with whom to confirm it,
    // never refused for not being called 企业.
    else if (f.entity === 'farmer_cooperative' || f.entity === 'training_institution') checks.push(check(entity, p, 'met', `${ENTITY_KINDS[f.entity]}按企业所得税纳税人适用此项扣除（以主管税务机关认定为准）`));
    else checks.push(check(entity, p, 'not_met', `此项税收政策面向缴纳企业所得税的企业，${ENTITY_KINDS[f.entity]}不适用`));

    const fund = { condition: '当年提取了职工教育经费', clause: CLAUSE, facts: { educationFundYuan: f.educationFundYuan } };
    if (f.educationFundYuan === undefined) checks.push(check(fund, p, 'unknown', '未提供当年提取的职工教育经费数额'));
    else if (f.educationFundYuan > 0) checks.push(check(fund, p, 'met', `当年职工教育经费 ${formatExact(fromYuan(f.educationFundYuan))} 元`));
    else checks.push(check(fund, p, 'not_met', '当年未提取职工教育经费，没有可扣除的数额'));

    // The 60 % front-line share: reported either way, never a reason to refuse.
    const share = { condition: `职工教育经费的 ${minShare}% 以上用于一线职工培训`, clause: CLAUSE, facts: { frontlineShareOfFund: f.frontlineShareOfFund }, uses: ['frontlineMinSharePercent'] as const };
    if (f.frontlineShareOfFund === undefined) checks.push(check(share, p, 'info', `未提供一线职工培训占比；方案要求 ${minShare}% 以上用于一线职工培训`));
    else {
      // Exactly as given: no rounding may lift 59.996 % to 60 %.
      const shown = formatSharePercent(f.frontlineShareOfFund);
      const meets = shareAtLeastPercent(f.frontlineShareOfFund, minShare);
      checks.push(
        check(share, p, 'info', meets ? `一线职工培训占比 ${shown}%，达到 ${minShare}% 以上的要求` : `注意：一线职工培训占比 ${shown}%，低于方案要求的 ${minShare}%，应提高用于一线职工培训的比例`),
      );
    }

    const status = statusOf(checks);
    if (status !== 'eligible') {
      return { status, amountYuan: null, amountNote: `税前扣除限额为工资薪金总额的 ${pct}%`, checks, missing: status === 'needs_info' ? missingOf(checks) : [], amountMissing: [] };
    }
    const limitSpec = { condition: `可扣除额 = min(职工教育经费, 工资薪金总额 × ${pct}%)`, clause: CLAUSE, facts: { payrollYuan: f.payrollYuan, educationFundYuan: f.educationFundYuan }, uses: ['educationFundDeductionPercent'] as const };
    if (f.payrollYuan === undefined) {
      checks.push(check(limitSpec, p, 'info', `未提供工资薪金总额，暂不能算出扣除限额（工资薪金总额的 ${pct}%）`));
      // The deduction is all a 'yes' here means, and its size is still open: nothing is decided
      // until the payroll is known (a fund above the 8 % cap is not deductible in full).
      return {
        status: 'needs_info',
        amountYuan: null,
        amountNote: `企业所得税税前扣除：限额为工资薪金总额的 ${pct}%；提供工资薪金总额后可算出（税前扣除额，不是现金补贴）`,
        checks,
        missing: ['payrollYuan'],
        amountMissing: [],
      };
    }
    const fundExact = fromYuan(f.educationFundYuan!);
    const limit = percentOf(fromYuan(f.payrollYuan), pct);
    const deductible = minExact(fundExact, limit);
    const yuan = floorYuan(deductible);
    const line =
      fundExact <= limit
        // Under the cap the deduction is the fund itself: the cap's own figure is no sum of the case, so it is not stated.
        ? `职工教育经费未超过工资薪金总额的 ${pct}%，可全额税前扣除`
        : `工资薪金总额 ${formatExact(fromYuan(f.payrollYuan))} 元 × ${pct}% = ${formatExact(limit)} 元；职工教育经费超过限额，按限额扣除`;
    checks.push(check(limitSpec, p, 'info', line));
    return {
      status,
      amountYuan: yuan,
      amountNote: `企业所得税税前扣除额 ${yuan} 元（不是现金补贴，不发放现金）：${line}；${ROUNDING_RULE}`,
      checks,
      missing: [],
      amountMissing: [],
    };
  },
});
