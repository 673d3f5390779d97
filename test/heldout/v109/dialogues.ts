/**
 * HELD-OUT dialogues, set v109 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v101
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: finance staff (会计, 财务主管) and managers of enterprise training centres in
 * Zhengzhou, on WeChat from a phone: training equipment bought for one or several sites — two
 * studios, a base and a studio, sites named by trade or place (“面点那个”, “东区基地”, “航空港那边”) —
 * in lots and batches, values in 万 / 千 / 元 with decimals (35.5万, 128000元, 三十二万八千, 1.2亿),
 * only part of it paid from the 职工教育经费 (七成, 60%, 一半, or a sum), acceptance told in many
 * ways or still pending or done by one office only, a value, a site or the source of the money
 * corrected later; the education-fund deduction with the payroll given per month or per year, the
 * fund drawn above or under 8 %, the 60 % front-line share; apprentices; the 50 % advance of
 * project-based training; a few hires for 以工代训, trainees and would-be founders seen by the
 * centre; and whether any of it can still be claimed now (2026) or could be at a date in 2020–2021
 * (the plan ran 2019-12-02 to 2021-12-31).
 *
 * Nothing is inferred from silence: an amount is expected only once every fact it depends on has
 * been said (kind of site, value, that the money came from the 职工教育经费, 验收 by BOTH 人社 and
 * 财政; for hires the unit, insurance where needed, group, count, months employed, months of
 * 以工代训, whether the 岗前培训补贴 was claimed; for the deduction the payroll and the fund drawn).
 * "不清楚 / 得问问" leaves a fact open; ranges (“十来个”, “五六个月”) settle nothing.
 *
 * Amounts, computed by hand from the contract (eligibility.md, "Rule ids"):
 * - Equipment (四(一)): per site min(20 % × value paid from the 职工教育经费, 500 000 for a 高技能人才
 *   培训基地 / 100 000 for a 技能大师工作室); batches of one site are summed before the cap, two
 *   sites each have their own cap, and the amounts of the sites are added. Where only a share was
 *   paid from the fund (七成 of 210万 = 147万) only that share counts (147万 × 20 % = 294 000), as
 *   the contract's items carry `fromEducationFund` one by one. Not yet accepted, or accepted by
 *   人社 alone: no subsidy yet.
 *   e.g. 35.5万 → 71 000; 62万 → 124 000 → 100 000; 128 000元 → 25 600; 4.8万 → 9 600;
 *   1.2亿 → 24 000 000 → 500 000; 28万 + 19.5万 = 47.5万 → 95 000; 60 % of 86万 = 51.6万 → 103 200.
 * - Education fund (六(二)): a pre-tax deduction (税前扣除, never cash) of min(fund drawn, 8 % ×
 *   工资薪金总额 of the year); a monthly payroll said to be the same in all 12 months is × 12
 *   (65万 × 12 = 780万, 8 % = 624 000); the 60 % front-line share is noted when under it.
 * - 项目制 advance (六(一)): 50 % of the project's training subsidy (46.8万 → 234 000).
 * - 以工代训 (六(一)): Σ count × 200 × min(months of 以工代训, 6); poor labour employed ≥ 6 months by
 *   a production entity; 就业困难人员 (incl. 残疾人) and 零就业家庭 only with an insured enterprise
 *   (a cooperative is none); 退役军人 is no group of this rule; rows with the 岗前培训补贴 claimed
 *   never count.
 * - Apprentices ("按照相关规定给予资金补贴"), the vocational-training subsidy per trainee and
 *   entrepreneurship training: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** The two ways a figure may be written that a wrong reading would give (56000 and 5.6万). */
const fig = (...yuan: number[]): string[] => yuan.flatMap((y) => [String(y), `${y / 10_000}万`]);

/** The answer states this yuan figure (56000, 56,000, 5.6万). */
const num = (yuan: number): RegExp => {
  const plain = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',?');
  const wan = String(yuan / 10_000).replace('.', '\\.');
  return new RegExp(`(?<![\\d.])(${plain}(?:\\.0+)?(?![\\d万])|${wan}\\s*万)`);
};

/** The plan does not fix it, or leaves it to "相关规定". */
const NOT_FIXED = new RegExp(`${HONEST_NOT_SETTLED.source}|相关规定|另行`);
const SIXTY = /60\s*%|百分之六十|六成/;
const FIFTY_PCT = /50\s*%|百分之五十|一半/;

/** The equipment subsidy, without the figure a misreading would give. */
const kit = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  ...(wrong.length ? { mustNotContain: fig(...wrong) } : {}),
});
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: number[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: fig(...wrong) });
/** An equipment fact was answered "不清楚": no verdict, no figure. */
const kitDunno = (...wrong: number[]): TurnExpect => ({ undecided: 'equipment_subsidy', mustNotContain: fig(...wrong) });
/** The equipment subsidy is not due on these facts (not from the fund, not accepted). */
const kitNo = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: fig(...wrong) });

/** The education-fund deduction: a 税前 deduction, never money to collect. */
const deduct = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(以)?(领取|申领|领到|拿到)\s*\d/, ...fig(...wrong)],
});
/** A deduction fact is open: ask, no verdict, not the figure a guess would give. */
const deductOpen = (...wrong: number[]): TurnExpect => ({ asks: true, undecided: 'education_fund_deduction', mustNotContain: fig(...wrong) });

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不清楚": no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the total a misreading would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: fig(...wrong) });
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: fig(...wrong) });

/** The 50 % advance of project-based training. */
const advance = (yuan: number): TurnExpect => ({ amount: { rule: 'project_training_advance', yuan } });
/** The plan fixes no amount here: say so, no figure. */
const unfixed: TurnExpect = { says: [NOT_FIXED], noAmount: 'unfixed' };

export const DIALOGUES_V109: Dialogue[] = [
  // ------------------------------------------------------------------ equipment
  {
    id: 'v109d01',
    class: 'equipment',
    probes: 'one studio, a decimal 万 value, all from the fund, accepted: 35.5万 × 20 %',
    periodEnd: true,
    turns: [
      {
        user: '我们公司面点那个大师工作室 用职工教育经费新买了一批实训设备35.5万 人社和财政来验收合格了 能补多少',
        expect: kit(71000),
      },
    ],
  },
  {
    id: 'v109d02',
    class: 'equipment',
    probes: 'two studios each with its own cap; acceptance told only in the second turn',
    periodEnd: true,
    turns: [
      {
        user: '俩工作室都上了新设备 面点那个35.5万 焊接那个62万 钱全是职工教育经费出的 这个补贴咋算',
        expect: kitOpen(171000, 195000),
      },
      {
        user: '都验完了 人社跟财政一块来的 都说合格',
        expect: kit(171000, 195000),
      },
    ],
  },
  {
    id: 'v109d03',
    class: 'equipment',
    probes: 'a base in 元 and a studio in 万, each at 20 %, summed; then the base part alone',
    periodEnd: true,
    turns: [
      {
        user: '东区基地买的实训设备128000元 另外钳工大师工作室那边买了4.8万 都从职工教育经费列支 验收也过了 一共能拿多少补贴',
        expect: kit(35200),
      },
      {
        user: '那基地那部分单独是多少',
        expect: { says: [num(25600)] },
      },
    ],
  },
  {
    id: 'v109d04',
    class: 'equipment',
    probes: 'a 亿 value with a question mark: 20 % is 2400万, the base cap gives 50万',
    periodEnd: true,
    turns: [
      {
        user: '西区那个高技能人才培训基地 整套新设备1.2亿? 全部用的教育经费 人社财政都验收合格了 按20%算是不是2400万',
        expect: { ...kit(500000), says: [/50\s*万|500,?000/] },
      },
    ],
  },
  {
    id: 'v109d05',
    class: 'equipment',
    probes: 'two batches of one studio, only the first accepted, then the second too: the batches share one cap',
    periodEnd: true,
    turns: [
      {
        user: '面点工作室分两批买的设备 第一批28万 第二批19.5万 都是用职工教育经费买的',
        expect: kitOpen(95000),
      },
      {
        user: '第一批验收过了 第二批还没验',
        expect: { says: [num(56000)], mustNotContain: fig(95000) },
      },
      {
        user: '上礼拜第二批也验完了 合格',
        expect: kit(95000),
      },
    ],
  },
  {
    id: 'v109d06',
    class: 'equipment',
    probes: 'a studio over its cap: 58万 × 20 % = 11.6万, capped at 10万',
    periodEnd: true,
    turns: [
      {
        user: '我们汽修技能大师工作室新购设备总值58万 都是职工教育经费出的 已经过了人社财政验收 按20%就是11.6万对吧',
        expect: kit(100000),
      },
    ],
  },
  {
    id: 'v109d07',
    class: 'equipment',
    probes: 'a share said as 七成: only the part paid from the fund counts',
    periodEnd: true,
    turns: [
      {
        user: '东区基地新上的实训设备总价210万 七成是职工教育经费 剩下的集团拨的 验收合格了 补贴多少',
        expect: kit(294000, 420000),
      },
      {
        user: '集团拨的那三成为啥不算',
        expect: { says: [/职工教育经费/], cites: ['四(一)'] },
      },
    ],
  },
  {
    id: 'v109d08',
    class: 'equipment',
    probes: 'a base, value in 元, 60 % from the fund: 516 000 × 20 %',
    periodEnd: true,
    turns: [
      {
        user: '基地设备采购额860000元 其中60%用的职工教育经费 人社局财政局验收完了 能补多少钱',
        expect: kit(103200, 172000),
      },
    ],
  },
  {
    id: 'v109d09',
    class: 'equipment',
    probes: '一半 of 150万 from the fund at a base: 75万 × 20 %',
    periodEnd: true,
    turns: [
      {
        user: '培训基地买设备花了150万 一半是教育经费出的另一半银行贷款 已经验收 这个补多少',
        expect: kit(150000, 300000),
      },
    ],
  },
  {
    id: 'v109d10',
    class: 'equipment',
    probes: 'acceptance only planned for next month: no subsidy yet, no figure',
    periodEnd: true,
    turns: [
      {
        user: '工作室设备40万都是教育经费买的 但是验收还没做 约的下个月 现在能报多少',
        expect: { ...kitNo(80000), says: [/验收/] },
      },
    ],
  },
  {
    id: 'v109d11',
    class: 'equipment',
    probes: 'accepted by 人社 only, 财政 not yet: both are required',
    periodEnd: true,
    turns: [
      {
        user: '人社局那边来验过了说合格 财政局还没来 设备是基地的96万 教育经费列支的 能申请了吗',
        expect: { ...kitNo(192000), says: [/财政/] },
      },
    ],
  },
  {
    id: 'v109d12',
    class: 'equipment',
    probes: 'a value in Chinese numerals with 千: 三十二万八千 = 328 000',
    periodEnd: true,
    turns: [
      {
        user: '钳工工作室的设备三十二万八千 教育经费出的 人社财政验过了 合格 补贴是多少',
        expect: kit(65600),
      },
    ],
  },
  {
    id: 'v109d13',
    class: 'equipment',
    probes: 'two studios named by place, one over its cap: 100 000 + 45 000',
    periodEnd: true,
    turns: [
      {
        user: '俩大师工作室 一个在航空港那边设备75万 一个在中牟22.5万 全部教育经费买的 都验收合格 合计补多少',
        expect: kit(145000, 195000),
      },
    ],
  },
  {
    id: 'v109d14',
    class: 'equipment',
    probes: 'a base over its cap plus a small studio: 500 000 + 18 000; then the cap asked',
    periodEnd: true,
    turns: [
      {
        user: '高技能人才培训基地设备300万 大师工作室设备9万 都是职工教育经费 验收都过了 总共补多少',
        expect: kit(518000, 618000),
      },
      {
        user: '基地那块是不是按50万封顶了',
        expect: { says: [/50\s*万|500,?000/] },
      },
    ],
  },
  // ------------------------------------------------------------------ education fund
  {
    id: 'v109d15',
    class: 'education_fund',
    probes: 'yearly payroll, fund under 8 %: the whole fund is deductible, 税前 not cash',
    periodEnd: true,
    turns: [
      {
        user: '财务问下 去年全年工资薪金总额2400万 职工教育经费提了150万 税前能扣多少',
        expect: deduct(1500000),
      },
    ],
  },
  {
    id: 'v109d16',
    class: 'education_fund',
    probes: 'monthly payroll said to be equal in all 12 months: × 12 before the 8 %',
    periodEnd: true,
    turns: [
      {
        user: '我们月工资总额65万 12个月都一样 教育经费全年提了70万 能税前扣除多少',
        expect: deduct(624000, 52000),
      },
    ],
  },
  {
    id: 'v109d17',
    class: 'education_fund',
    probes: 'fund drawn above 8 %: only 8 % of the payroll is deductible',
    periodEnd: true,
    turns: [
      {
        user: '工资薪金总额1250万 教育经费提了120万 超过8%的那部分能扣不',
        expect: { ...deduct(1000000), says: [/税前/, /8\s*%|百分之八/] },
      },
    ],
  },
  {
    id: 'v109d18',
    class: 'education_fund',
    probes: 'fund under 8 % and a front-line share of 55 %: the 60 % rule is noted',
    periodEnd: true,
    turns: [
      {
        user: '全年工资总额3000万 教育经费提了180万 其中一线职工培训用了55% 这样税前扣除有影响吗 能扣多少',
        expect: { ...deduct(1800000), says: [/税前/, SIXTY] },
      },
    ],
  },
  {
    id: 'v109d19',
    class: 'education_fund',
    probes: 'payroll and fund in plain 元: 8 % of 8 650 000 = 692 000 is the limit',
    periodEnd: true,
    turns: [
      {
        user: '工资薪金总额8650000元 职工教育经费900000元 税前扣除限额是多少 能扣多少',
        expect: deduct(692000),
      },
    ],
  },
  {
    id: 'v109d20',
    class: 'education_fund',
    probes: 'a payroll in 亿 with a fund above 8 %: 1.35亿 × 8 % = 1080万',
    periodEnd: true,
    turns: [
      {
        user: '集团全年工资总额1.35亿 职工教育经费提了1200万 一线培训用了七成 税前扣除能扣多少',
        expect: deduct(10800000),
      },
    ],
  },
  {
    id: 'v109d21',
    class: 'education_fund',
    probes: 'the front-line share asked with no payroll: say 60 %, compute nothing',
    turns: [
      {
        user: '教育经费里给一线工人培训的比例有没有要求 我们今年差不多一半',
        expect: { says: [SIXTY], cites: ['六(二)'] },
      },
    ],
  },
  {
    id: 'v109d22',
    class: 'education_fund',
    probes: 'fund drawn said without the payroll: ask; then the payroll puts the limit under the fund',
    periodEnd: true,
    turns: [
      {
        user: '职工教育经费今年提了48万 能全部税前扣吗',
        expect: deductOpen(38400),
      },
      {
        user: '工资总额全年是520万',
        expect: deduct(416000),
      },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v109d23',
    class: 'apprenticeship',
    probes: 'a count of apprentices asked as money per head: the plan fixes no amount',
    periodEnd: true,
    turns: [
      {
        user: '我们培训中心今年带企业新型学徒23个 一个人补多少钱',
        expect: { ...unfixed, cites: ['四(一)'] },
      },
    ],
  },
  {
    id: 'v109d24',
    class: 'apprenticeship',
    probes: 'apprentices at a base, then the 师带徒 allowance from the education fund',
    periodEnd: true,
    turns: [
      {
        user: '新型学徒制那块 东区基地培养了40个学徒 补贴咋算的',
        expect: unfixed,
      },
      {
        user: '那师带徒的津贴能从职工教育经费里出吗',
        expect: { says: [/师带徒/], cites: ['六(二)'] },
      },
    ],
  },
  {
    id: 'v109d25',
    class: 'apprenticeship',
    probes: 'equipment amount and apprentices in one message: only the equipment has a figure',
    periodEnd: true,
    turns: [
      {
        user: '面点工作室这批带了12个学徒 另外工作室新设备19万 教育经费买的 验收合格了 这俩都能补多少',
        expect: { ...kit(38000), says: [NOT_FIXED] },
      },
      {
        user: '学徒那12个人到底能拿多少',
        expect: unfixed,
      },
    ],
  },
  {
    id: 'v109d26',
    class: 'apprenticeship',
    probes: 'the city-wide three-year target of apprentices, not a per-firm quota',
    turns: [
      {
        user: '三年培养新型学徒2万名 这个是全市的目标还是每个企业都得带',
        expect: { says: [/2\s*万/], cites: ['四(一)'] },
      },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v109d27',
    class: 'period',
    probes: 'asked in 2026 whether the 20 % can still be claimed: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [
      {
        user: '现在都2026年了 东区基地这两年新买的设备还能按20%申补贴吗',
        expect: { mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v109d28',
    class: 'period',
    probes: 'a claim dated inside the period (2021年5月): the amount and the period',
    periodEnd: true,
    turns: [
      {
        user: '2021年5月那会儿工作室设备验收合格的 22万 教育经费买的 当时能申多少',
        expect: kit(44000),
      },
    ],
  },
  {
    id: 'v109d29',
    class: 'period',
    probes: 'acceptance in 2022, after the plan ended',
    periodEnd: true,
    turns: [
      {
        user: '设备是21年底买的 但是2022年3月才验收完 这还算在方案里头不',
        expect: { mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v109d30',
    class: 'period',
    probes: 'a training centre asks in 2026 about 以工代训; months and the pre-job subsidy only in the reply',
    periodEnd: true,
    turns: [
      {
        user: '以工代训现在还能申不 我们公司培训中心招了3个建档立卡贫困劳动力',
        expect: ask,
      },
      {
        user: '都干满8个月了 以工代训做了6个月 岗前培训补贴没领过',
        expect: pay(3600),
      },
    ],
  },
  {
    id: 'v109d31',
    class: 'period',
    probes: 'the 50 % advance asked for a date in 2020',
    periodEnd: true,
    turns: [
      {
        user: '2020年8月那时候申请先行拨付的话 项目制培训补贴总额46.8万 能先拨多少',
        expect: advance(234000),
      },
    ],
  },
  {
    id: 'v109d32',
    class: 'period',
    probes: 'the 8 % deduction asked for 2026: the plan itself has ended',
    turns: [
      {
        user: '8%那个教育经费税前扣除 2026年了还是按这个方案执行吗',
        expect: { mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v109d33',
    class: 'period',
    probes: 'acceptance eleven days before the end (2021-12-20): still inside the period',
    periodEnd: true,
    turns: [
      {
        user: '工作室设备是2021年12月20号验收合格的 当时还赶得上这个方案不',
        expect: { mentionsPeriodEnd: true, cites: ['四(一)'] },
      },
    ],
  },
  // ------------------------------------------------------------------ one group
  {
    id: 'v109d34',
    class: 'one_group',
    probes: 'one group with every fact in one message',
    periodEnd: true,
    turns: [
      {
        user: '公司吸纳了5个建档立卡贫困劳动力 都干了7个月 以工代训6个月 岗前培训补贴没申过 能补多少',
        expect: pay(6000),
      },
    ],
  },
  {
    id: 'v109d35',
    class: 'one_group',
    probes: 'a poverty workshop: months over the cap, the pre-job subsidy told last',
    periodEnd: true,
    turns: [
      {
        user: '我们扶贫车间招了4个建档立卡户的劳动力 以工代训有补贴吗',
        expect: ask,
      },
      {
        user: '干了快一年了 以工代训搞了8个月',
        expect: ask,
      },
      {
        user: '岗前那个补贴没拿过',
        expect: payNot(4800, 6400),
      },
    ],
  },
  {
    id: 'v109d36',
    class: 'one_group',
    probes: 'employment-difficulty hires of an insured firm; the pre-job subsidy asked for',
    periodEnd: true,
    turns: [
      {
        user: '参保企业 招了2个就业困难人员 以工代训4个月 补多少',
        expect: ask,
      },
      {
        user: '俩人岗前培训那个补贴都没领过',
        expect: pay(1600),
      },
    ],
  },
  {
    id: 'v109d37',
    class: 'one_group',
    probes: 'a range of people and months settles nothing; the exact figures follow',
    periodEnd: true,
    turns: [
      {
        user: '招了十来个零就业家庭的 社保都交着呢 以工代训五六个月吧',
        expect: ask,
      },
      {
        user: '准确说是11个 以工代训都是5个月 岗前补贴都没领',
        expect: pay(11000),
      },
    ],
  },
  // ------------------------------------------------------------------ several groups
  {
    id: 'v109d38',
    class: 'several_groups',
    probes: 'poor labour and disabled hires of an insured firm, each with its own months',
    periodEnd: true,
    turns: [
      {
        user: '企业参保的 招了3个贫困劳动力干了9个月以工代训6个月 还有2个残疾人以工代训3个月 岗前培训补贴都没领过',
        expect: pay(4800),
      },
    ],
  },
  {
    id: 'v109d39',
    class: 'several_groups',
    probes: 'a cooperative: poor labour counts, employment-difficulty hires do not',
    periodEnd: true,
    turns: [
      {
        user: '合作社 吸纳4个建档立卡的干了10个月以工代训6个月 还有2个就业困难人员以工代训6个月 岗前补贴都没有领',
        expect: payNot(4800, 7200),
      },
    ],
  },
  {
    id: 'v109d40',
    class: 'several_groups',
    probes: 'a total, one part and the rest (veterans): only the poor labour counts',
    periodEnd: true,
    turns: [
      {
        user: '招了6个人 其中4个是贫困劳动力 剩下的是退役军人 以工代训都是6个月 都干了半年多了',
        expect: ask,
      },
      {
        user: '岗前补贴都没领',
        expect: payNot(4800, 7200),
      },
    ],
  },
  {
    id: 'v109d41',
    class: 'several_groups',
    probes: 'two groups with 分别 months: each row on its own months',
    periodEnd: true,
    turns: [
      {
        user: '零就业家庭2个 就业困难人员3个 公司交着社保 以工代训分别是6个月和2个月 岗前培训补贴没领过',
        expect: payNot(3600, 4400),
      },
    ],
  },
  // ------------------------------------------------------------------ negation after the noun
  {
    id: 'v109d42',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 already claimed: no 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '招的5个贫困劳动力 岗前培训补贴已经领过了 干了8个月以工代训6个月 还能报以工代训吗',
        expect: notYes(6000),
      },
    ],
  },
  {
    id: 'v109d43',
    class: 'negation_after_noun',
    probes: '社保没交: employment-difficulty hires need an insured enterprise',
    periodEnd: true,
    turns: [
      {
        user: '社保没交 公司招了3个就业困难人员 以工代训6个月 岗前补贴没领 有补贴吗',
        expect: notYes(3600),
      },
    ],
  },
  {
    id: 'v109d44',
    class: 'negation_after_noun',
    probes: '钱不是教育经费出的: equipment bought from other money gets nothing',
    periodEnd: true,
    turns: [
      {
        user: '设备钱不是教育经费出的 是专项债 工作室的32万 验收也过了 能补吗',
        expect: kitNo(64000),
      },
    ],
  },
  {
    id: 'v109d45',
    class: 'negation_after_noun',
    probes: '验收没通过 (must be rectified): not accepted',
    periodEnd: true,
    turns: [
      {
        user: '基地设备88万全是教育经费 验收没通过 说要整改 这种现在能补多少',
        expect: kitNo(176000),
      },
    ],
  },
  // ------------------------------------------------------------------ unknown reply
  {
    id: 'v109d46',
    class: 'unknown_reply',
    probes: 'an approximate monthly payroll and an unknown fund, then both said exactly',
    periodEnd: true,
    turns: [
      {
        user: '工资总额一个月80万左右 教育经费提了多少我得问问会计 税前扣除能有多少',
        expect: deductOpen(64000, 768000),
      },
      {
        user: '问了 提了90万 工资就按每月80万 12个月都一样',
        expect: deduct(768000, 64000),
      },
    ],
  },
  {
    id: 'v109d47',
    class: 'unknown_reply',
    probes: 'source of the money unknown to the manager: no figure until finance confirms',
    periodEnd: true,
    turns: [
      {
        user: '工作室新买的设备36万 人社财政验收合格了 能补多少',
        expect: kitOpen(72000),
      },
      {
        user: '是不是教育经费出的我不清楚 财务那边管钱',
        expect: kitDunno(72000),
      },
      {
        user: '财务回我了 说就是职工教育经费出的',
        expect: kit(72000),
      },
    ],
  },
  {
    id: 'v109d48',
    class: 'unknown_reply',
    probes: 'months of 以工代训 not known, then told',
    periodEnd: true,
    turns: [
      {
        user: '招了4个贫困劳动力 干了7个月 以工代训几个月来着 不清楚',
        expect: dunno,
      },
      {
        user: '人事说以工代训是5个月 岗前补贴没领',
        expect: pay(4000),
      },
    ],
  },
  {
    id: 'v109d49',
    class: 'unknown_reply',
    probes: 'the project subsidy not yet known: say 50 %, no figure; then the sum',
    periodEnd: true,
    turns: [
      {
        user: '项目制培训能先拨一半吗 补贴总额多少现在还不知道',
        expect: { says: [FIFTY_PCT], noAmount: 'open' },
      },
      {
        user: '定下来了 补贴总额31.6万',
        expect: advance(158000),
      },
    ],
  },
  {
    id: 'v109d50',
    class: 'unknown_reply',
    probes: 'a 实训室 that is neither named a base nor a studio, and the manager does not know which',
    periodEnd: true,
    turns: [
      {
        user: '实训室新买了设备30万 教育经费出的 验收也合格了',
        expect: kitOpen(60000),
      },
      {
        user: '算基地还是工作室我也说不好 当时公司自己建的',
        expect: kitDunno(60000),
      },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v109d51',
    class: 'correction',
    probes: 'the fund paid a sum, then that sum is corrected',
    periodEnd: true,
    turns: [
      {
        user: '数控大师工作室设备一共45万 职工教育经费出了30万 剩下自筹 验收通过了',
        expect: kit(60000, 90000),
      },
      {
        user: '不好意思刚看错了 教育经费出的是36万',
        expect: kit(72000, 90000),
      },
    ],
  },
  {
    id: 'v109d52',
    class: 'correction',
    probes: 'the payroll corrected from 900万 to 1100万: the limit rises above the fund',
    periodEnd: true,
    turns: [
      {
        user: '工资总额全年900万 教育经费提了80万 税前扣除多少',
        expect: deduct(720000),
      },
      {
        user: '等下 900万是实发的 工资薪金总额是1100万',
        expect: deduct(800000),
      },
    ],
  },
  {
    id: 'v109d53',
    class: 'correction',
    probes: 'the site corrected from a studio to a base: the cap changes from 10万 to 50万',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室设备68万 教育经费买的 验收过了 补多少',
        expect: kit(100000, 136000),
      },
      {
        user: '搞错了 这批是放高技能人才培训基地的 不是工作室',
        expect: kit(136000),
      },
    ],
  },
  {
    id: 'v109d54',
    class: 'correction',
    probes: 'a value with swapped digits corrected: 35万 → 53万 at a base',
    periodEnd: true,
    turns: [
      {
        user: '东区基地设备是35万 教育经费 验收过了',
        expect: kit(70000),
      },
      {
        user: '打反了 是53万',
        expect: kit(106000),
      },
    ],
  },
  {
    id: 'v109d55',
    class: 'correction',
    probes: 'the funding source of one studio corrected: that studio drops out',
    periodEnd: true,
    turns: [
      {
        user: '两个工作室 面点那个18万 烘焙那个26万 都是教育经费 验收都合格 补多少',
        expect: kit(88000),
      },
      {
        user: '哦不对 烘焙那个是政府专项资金买的 不是教育经费',
        expect: kit(36000),
      },
    ],
  },
  {
    id: 'v109d56',
    class: 'correction',
    probes: 'the count of hires corrected after the amount',
    periodEnd: true,
    turns: [
      {
        user: '公司招了3个贫困劳动力 干了7个月 以工代训6个月 岗前补贴没领',
        expect: pay(3600),
      },
      {
        user: '说错了 是5个人',
        expect: pay(6000),
      },
    ],
  },
  // ------------------------------------------------------------------ topic switch
  {
    id: 'v109d57',
    class: 'topic_switch',
    probes: 'equipment, then the deduction, then the front-line share: each on its own facts',
    periodEnd: true,
    turns: [
      {
        user: '烘焙大师工作室设备8万5千 教育经费 验收合格',
        expect: kit(17000),
      },
      {
        user: '换个事 工资总额全年760万 教育经费提了55万 税前扣除多少',
        expect: deduct(550000),
      },
      {
        user: '一线职工培训占多少有规定吗',
        expect: { says: [SIXTY] },
      },
    ],
  },
  {
    id: 'v109d58',
    class: 'topic_switch',
    probes: 'hires, then the project advance: the advance is 50 % of the project sum only',
    periodEnd: true,
    turns: [
      {
        user: '参保企业 招了2个零就业家庭成员 以工代训3个月 岗前补贴没领过',
        expect: pay(1200),
      },
      {
        user: '另外 项目制培训的补贴总额是24万 能先拿多少',
        expect: advance(120000),
      },
    ],
  },
  {
    id: 'v109d59',
    class: 'topic_switch',
    probes: 'the deduction, then apprentices: no figure carried over to the apprentices',
    periodEnd: true,
    turns: [
      {
        user: '全年工资总额1800万 教育经费提了130万 能扣多少',
        expect: deduct(1300000),
      },
      {
        user: '学徒制那块 今年培养了15个新型学徒 有补贴吗补多少',
        expect: unfixed,
      },
    ],
  },
  {
    id: 'v109d60',
    class: 'topic_switch',
    probes: 'an open equipment question left for a trainee question: no equipment figure, no fixed training amount',
    periodEnd: true,
    turns: [
      {
        user: '基地设备70万 验收还没约',
        expect: kitNo(140000),
      },
      {
        user: '先不说设备了 我们学员培训完拿了电工证 补贴有吗 补多少',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v109d61',
    class: 'topic_switch',
    probes: 'the advance share first, then a base purchase',
    periodEnd: true,
    turns: [
      {
        user: '项目制培训 先行拨付是按多少比例',
        expect: { says: [FIFTY_PCT], cites: ['六(一)'] },
      },
      {
        user: '再问个 基地设备210万 全是教育经费出的 人社财政验收合格',
        expect: kit(420000),
      },
    ],
  },
  // ------------------------------------------------------------------ person training
  {
    id: 'v109d62',
    class: 'person_training',
    probes: 'every condition of the training subsidy met: eligible, but no amount in the plan',
    periodEnd: true,
    turns: [
      {
        user: '我们培训机构在河南省那个培训系统里 学员常住郑州 也是在郑州培训的 拿到证了 今年头一回 这个工种等级以前没领过 也没有养老金 补贴给多少',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v109d63',
    class: 'person_training',
    probes: 'three subsidies already this year: the fourth is not due',
    periodEnd: true,
    turns: [
      {
        user: '学员今年已经享受过3次职业培训补贴了 再考个证还能补吗',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/3\s*次|三次/], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v109d64',
    class: 'person_training',
    probes: 'a trainee with a monthly pension, then another who meets every condition',
    periodEnd: true,
    turns: [
      {
        user: '有个学员已经按月领养老金了 来我们中心学面点 证也考了 能补不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/养老金/] },
      },
      {
        user: '另一个没有养老金 户籍在郑州 在郑州学的 证拿了 今年第一次 机构在系统里 以前没考过这个工种',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v109d65',
    class: 'person_training',
    probes: 'an institution outside the Henan system: 系统之外零补贴',
    turns: [
      {
        user: '我们机构还没接入河南省职业培训信息管理服务系统 学员考了证能领补贴吗',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(三)', '七(一)'] },
      },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v109d66',
    class: 'entrepreneurship',
    probes: 'a shop open 3 years qualifies; one open 8 years does not by that route',
    periodEnd: true,
    turns: [
      {
        user: '来我们中心报名的一个老板 小超市开了3年 想学经营管理 创业培训能参加吗',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] },
      },
      {
        user: '还有个饭店开了8年的老板呢',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v109d67',
    class: 'entrepreneurship',
    probes: 'a vocational-school student: eligible, no amount',
    periodEnd: true,
    turns: [
      {
        user: '职业院校在校生想参加创业培训 要自己掏钱吗 能补多少',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v109d68',
    class: 'entrepreneurship',
    probes: 'a staff member with the wish to start a business',
    periodEnd: true,
    turns: [
      {
        user: '我们财务小王有创业的打算 想自己出来干 能去参加创业培训不',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v109d69',
    class: 'entrepreneurship',
    probes: 'an online shop open two years counts as a small business under 5 years',
    periodEnd: true,
    turns: [
      {
        user: '我表妹开网店2年了 个体户 想参加那个创业培训',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
];
