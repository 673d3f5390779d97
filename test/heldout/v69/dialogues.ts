/**
 * HELD-OUT dialogues, set v69 — written blind from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/. Only the
 * format of v15 (its header and first lines) was looked at; no message is reused or paraphrased
 * from earlier sets. Not to be tuned on: no word of these messages goes into a glossary, pattern or
 * fixture. Once a dialogue has been fixed by a targeted change it measures nothing any more; write
 * a new one instead.
 *
 * Who types here: owners and HR of service businesses in Zhengzhou — hotpot chains (火锅), hotels
 * (酒店), express sorting stations and logistics firms (快递分拣站 / 物流), supermarkets (超市),
 * nursing homes (养老院), car-repair shops (汽修), live-streaming studios (直播带货). WeChat in a
 * hurry between tasks: abbreviations (hr, 社保ok, 3m for months, w for 万), emoji, several
 * questions in one message, table-like pastes (姓名/类别/月数 lines), mixed groups with different
 * months, "具体我得查一下" and the fact later, and doubts about an amount ("你确定？我同行说…").
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, the kind of unit, insurance where the rule needs it, months employed for poor labour,
 * months of 以工代训, fund source and acceptance of equipment, payroll and fund drawn) must be
 * asked, so an amount is expected only once every such fact has been said. A calendar month of
 * entry (3月入职) is not a number of months of 以工代训.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   (建档立卡) employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭
 *   only by an insured enterprise; 退役军人, 两后生, 离校未就业毕业生 are no 以工代训 group; rows with
 *   the 岗前培训补贴 claimed never count; no 以工代训 carried out → nothing.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted; two studios are two sites, two purchases for one studio one site.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash; a
 *   front-line share under 60 % is noted.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, entrepreneurship training: the plan
 *   fixes no amount.
 * - The plan ran 2019-12-02 to 2021-12-31: every conversation about what someone can get must say
 *   it has ended; a dated question is answered for that date.
 *
 * Tags in `probes`: [two-part], [dated], [doubt] (the person questions a figure already given),
 * [table] (a table-like paste), [later] (the fact is looked up and given in a later turn).
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given yet: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreading's figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts, the misreading's figure absent. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given yet: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, extra: RegExp[] = []): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/, ...extra],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** An education-fund fact is missing: no figure, no verdict. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** A person rule not granted on these facts, no figure. */
const notPerson = (rule: 'vocational_training' | 'entrepreneurship_training', cites: string[]): TurnExpect => ({
  notVerdict: { rule, status: 'eligible' },
  noAmount: 'unfixed',
  cites,
});

export const DIALOGUES_V69: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v69d01',
    class: 'one_group',
    probes: 'hotpot HR, abbreviations (hr, 社保ok, 4m), every fact given at once',
    periodEnd: true,
    turns: [
      // 就业困难 × 3, insured enterprise, 岗前 not claimed: 3 × 200 × 4 = 2400
      { user: 'hr这边问下 我们火锅店是有限公司 社保ok 招了3个就业困难人员 以工代训都是4m 岗前补贴没领过 能补多少🙏', expect: pay(2400) },
    ],
  },
  {
    id: 'v69d02',
    class: 'one_group',
    probes: 'nursing home: poor labour named, months employed / 以工代训 / 岗前 missing, then given [later]',
    periodEnd: true,
    turns: [
      // nothing but the group and count: ask
      { user: '养老院这边招了3个建档立卡贫困户的阿姨 以工代训这块咋算啊', expect: askOJT },
      // poor labour, employed 7 ≥ 6, 以工代训 6, 岗前 not claimed: 3 × 200 × 6 = 3600
      { user: '我们是养老服务公司 阿姨们都干了7个月了 以工代训6个月 岗前那个补贴没申请过', expect: pay(3600) },
    ],
  },
  {
    id: 'v69d03',
    class: 'one_group',
    probes: 'sorting station: 残疾人 count as 就业困难 (三(二) 含残疾人)',
    periodEnd: true,
    turns: [
      // 残疾人 × 5, insured enterprise, 6 months, 岗前 not claimed: 5 × 200 × 6 = 6000
      { user: '快递分拣站 是公司 社保都交 招了5个残疾人 以工代训6m 岗前补贴 没领 能拿多少', expect: pay(6000) },
    ],
  },
  {
    id: 'v69d04',
    class: 'one_group',
    probes: '以工代训 of 8 months is paid for 6; the owner doubts it and cites a peer [doubt]',
    periodEnd: true,
    turns: [
      // 零就业家庭 × 1, insured enterprise, min(8, 6) = 6: 1 × 200 × 6 = 1200 (not 1600)
      { user: '汽修厂 有限公司 社保正常交 招了1个零就业家庭的小伙 以工代训做了8个月 岗前补贴没拿过', expect: payNot(1200, 1600) },
      // the cap stays: still 1200, 最长不超过6个月
      { user: '你确定？我同行说是按8个月算的🤔', expect: { ...payNot(1200, 1600), cites: ['六(一)'], says: [/6\s*个?月|六个月/] } },
    ],
  },
  {
    id: 'v69d05',
    class: 'one_group',
    probes: 'supermarket pastes a table of four 就业困难 hires with the same months [table]',
    periodEnd: true,
    turns: [
      // 4 × 200 × 5 = 4000
      {
        user: '超市的 公司社保ok 岗前补贴都没领\n姓名/类别/以工代训\n刘/就业困难/5个月\n陈/就业困难/5个月\n孙/就业困难/5个月\n周/就业困难/5个月\n一共多少',
        expect: pay(4000),
      },
    ],
  },
  {
    id: 'v69d06',
    class: 'one_group',
    probes: 'live-streaming studio: poor labour employed only 5 months is not yet covered; then the 6-month case',
    periodEnd: true,
    turns: [
      // employed 5 < 6 months: not covered; the misreading 2 × 200 × 5 = 2000 must not appear
      { user: '直播公司 招了俩建档立卡贫困户 做主播助理 入职5个月 一直在以工代训 岗前补贴没领 能补多少', expect: noPay(2000) },
      // employed 6, 以工代训 6: 2 × 200 × 6 = 2400
      { user: '那等干满6个月 以工代训也满6个月了 到时候能补多少', expect: pay(2400) },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v69d07',
    class: 'several_groups',
    probes: 'hotpot chain pastes three groups with three different months [table]',
    periodEnd: true,
    turns: [
      // 就业困难 1 × 200 × 3 = 600; 零就业 1 × 200 × 6 = 1200; 残疾人 1 × 200 × 2 = 400 → 2200
      // (all at 6 months would be 3600)
      {
        user: '我们火锅连锁 公司 社保都ok 岗前补贴一个都没领\n王** 就业困难 以工代训3m\n李** 零就业家庭 以工代训6m\n赵** 残疾人 以工代训2m\n帮算下总共',
        expect: payNot(2200, 3600),
      },
    ],
  },
  {
    id: 'v69d08',
    class: 'several_groups',
    probes: 'hotel: poor labour paid, veterans are no 以工代训 group and keep their own months',
    periodEnd: true,
    turns: [
      // poor 2 × 200 × 6 = 2400 (employed 9 ≥ 6); veterans: none → 2400
      // (veterans counted: 2400 + 3 × 200 × 4 = 4800; all at 6: 5 × 1200 = 6000)
      { user: '酒店公司的hr 社保正常交 岗前补贴都没领过 招了2个建档立卡贫困户 干了9个月 以工代训6m 还有3个退役军人 以工代训4m 一共能补多少', expect: payNot(2400, 4800, 6000) },
    ],
  },
  {
    id: 'v69d09',
    class: 'several_groups',
    probes: 'logistics: second group without months; the first group is settled, the second asked by name',
    periodEnd: true,
    turns: [
      // 就业困难 4 × 200 × 5 = 4000 settled; 零就业 months missing → ask; not (4+2) × 200 × 5 = 6000
      {
        user: '物流公司 社保ok 收了4个就业困难的 以工代训5个月 另外还有2个零就业家庭的 岗前补贴都没领',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['6000'] },
      },
      // 4000 + 2 × 200 × 3 = 1200 → 5200
      { user: '零就业那俩 以工代训3m', expect: payNot(5200, 6000) },
    ],
  },
  {
    id: 'v69d10',
    class: 'several_groups',
    probes: 'supermarket: poor labour under 6 months employed drops out, 就业困难 row stays [table]',
    periodEnd: true,
    turns: [
      // poor: employed 4 < 6 → 0; 就业困难 2 × 200 × 6 = 2400 → 2400 (not 2400 + 800 = 3200)
      {
        user: '超市公司 社保交着 岗前补贴没领\n建档立卡贫困户 1人 入职4个月 以工代训4m\n就业困难 2人 以工代训6m',
        expect: payNot(2400, 3200),
      },
    ],
  },
  {
    id: 'v69d11',
    class: 'several_groups',
    probes: 'nursing home: months to be looked up, then two groups with their own months [later]',
    periodEnd: true,
    turns: [
      { user: '养老院(注册的是公司) 社保都交 招了残疾人2个 就业困难3个 以工代训都没满半年 具体几个月我得查下 岗前的没领', expect: dunnoOJT },
      // 残疾人 2 × 200 × 4 = 1600; 就业困难 3 × 200 × 2 = 1200 → 2800 (not 5 × 200 × 4 = 4000)
      { user: '查了 残疾人那俩4个月 就业困难那仨2个月', expect: payNot(2800, 4000) },
    ],
  },
  {
    id: 'v69d12',
    class: 'several_groups',
    probes: 'studio: 两后生 and 离校未就业毕业生 are no 以工代训 group; only 零就业 counts [table]',
    periodEnd: true,
    turns: [
      // 零就业 1 × 200 × 6 = 1200; the others 0 → 1200 (all six: 7200)
      {
        user: '直播公司的 社保ok 岗前都没领\n零就业家庭 1 以工代训6m\n两后生 3 以工代训6m\n离校未就业大学生 2 以工代训6m\n这些都能补吗',
        expect: payNot(1200, 7200),
      },
    ],
  },
  {
    id: 'v69d57',
    class: 'several_groups',
    probes: 'a pasted roster gives calendar months of entry, not months of 以工代训: ask, then compute per person [table]',
    periodEnd: true,
    turns: [
      { user: 'hr发的表👇 公司 社保ok 岗前补贴无\n张三 就业困难 3月入职\n李四 就业困难 5月入职\n以工代训能补多少', expect: askOJT },
      // 1 × 200 × 4 + 1 × 200 × 2 = 1200 (not 2 × 200 × 4 = 1600)
      { user: '以工代训 张三做了4个月 李四2个月', expect: payNot(1200, 1600) },
    ],
  },
  {
    id: 'v69d62',
    class: 'several_groups',
    probes: 'two rows, one with the 岗前 subsidy already claimed: only the other row counts',
    periodEnd: true,
    turns: [
      // 残疾人 row: 岗前 claimed → 0; 就业困难 3 × 200 × 4 = 2400 (both rows: 5 × 800 = 4000)
      {
        user: '公司 社保ok\n残疾人2个 岗前补贴领过了 以工代训4m\n就业困难3个 岗前补贴没领 以工代训4m\n以工代训能补多少',
        expect: payNot(2400, 4000),
      },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v69d13',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 … 没有领过 with several words between',
    periodEnd: true,
    turns: [
      // not claimed: 3 × 200 × 2 = 1200
      { user: '岗前培训补贴这个 我们店之前 确实 没有领过的 社保也交着 火锅公司 招了3个就业困难的 以工代训2个月 能补多少', expect: pay(1200) },
    ],
  },
  {
    id: 'v69d14',
    class: 'negation_after_noun',
    probes: '社保 … 一直都还没交: not insured, 就业困难 hires not covered',
    periodEnd: true,
    turns: [
      // not insured → 0; the misreading 2 × 200 × 3 = 1200 must not appear
      { user: '社保 我们公司 到现在 一直都还没交 汽修厂 招了俩就业困难的 以工代训3个月 岗前没领 能补不', expect: noPay(1200) },
    ],
  },
  {
    id: 'v69d15',
    class: 'negation_after_noun',
    probes: '岗前补贴 … 已经领过了: no 以工代训 on top',
    periodEnd: true,
    turns: [
      // claimed → 0; not 2 × 200 × 3 = 1200
      { user: '岗前补贴那个 招进来的时候 就 已经 领过了 这俩零就业家庭的 以工代训3m 还能补以工代训吗 公司社保ok', expect: noPay(1200) },
    ],
  },
  {
    id: 'v69d16',
    class: 'negation_after_noun',
    probes: 'insurance asked, then answered with the negation at the end',
    periodEnd: true,
    turns: [
      { user: '超市公司 招了2个残疾人 以工代训5m 岗前补贴没领 能补多少', expect: askOJT },
      // not insured → 0; not 2 × 200 × 5 = 2000
      { user: '社保的话 我们 其实 一直 没交过', expect: noPay(2000) },
    ],
  },
  {
    id: 'v69d17',
    class: 'negation_after_noun',
    probes: '以工代训 … 没有搞过: no 以工代训 carried out, so no figure at all',
    periodEnd: true,
    turns: [
      { user: '以工代训 我们酒店 其实 没有 搞过 就是正常上班 招了2个就业困难的 酒店是公司 社保ok 那能补吗', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v69d58',
    class: 'negation_after_noun',
    probes: '岗前补贴 … 一个都 没领 and 社保 也 都交着, spaced out',
    periodEnd: true,
    turns: [
      // 3 × 200 × 6 = 3600
      { user: '招的3个零就业家庭 岗前补贴 我问过了 一个都 没领 社保 也 都交着 以工代训6m 汽修公司', expect: pay(3600) },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v69d18',
    class: 'unknown_reply',
    probes: '岗前 asked, "不知道" keeps it open, the accountant answers later [later]',
    periodEnd: true,
    turns: [
      { user: '火锅店 有限公司 社保ok 招了2个零就业家庭的 以工代训6m 这个咋算', expect: askOJT },
      { user: '岗前补贴领没领过 我真不知道 会计请假了😂', expect: dunnoOJT },
      // 2 × 200 × 6 = 2400
      { user: '会计回我了 没领过', expect: pay(2400) },
    ],
  },
  {
    id: 'v69d19',
    class: 'unknown_reply',
    probes: 'insurance asked, "不清楚" (outsourced payroll) stays open, then confirmed [later]',
    periodEnd: true,
    turns: [
      { user: '物流公司 招了5个就业困难人员 以工代训4m 岗前补贴没领 能补多少', expect: askOJT },
      { user: '社保交没交 不清楚 外包给人事代理了 我回头问问', expect: dunnoOJT },
      // 5 × 200 × 4 = 4000
      { user: '问了 社保都交着呢', expect: pay(4000) },
    ],
  },
  {
    id: 'v69d20',
    class: 'unknown_reply',
    probes: 'studio equipment: fund source unsure, then fund and acceptance confirmed [later]',
    periodEnd: true,
    turns: [
      { user: '我们汽修厂搞了个技能大师工作室 买了一批实训设备 40w 能补多少', expect: askKit },
      { user: '是不是教育经费出的钱 我不太确定 财务那边走的账', expect: dunnoKit },
      // 20 % × 400 000 = 80 000 ≤ 100 000
      { user: '财务说就是职工教育经费里出的 人社财政也验收过了', expect: kit(80000) },
    ],
  },
  {
    id: 'v69d21',
    class: 'unknown_reply',
    probes: 'education fund: payroll to be looked up, then given [later]',
    periodEnd: true,
    turns: [
      { user: '酒店这边 职工教育经费提了25w 能税前扣多少', expect: askFund },
      { user: '工资总额具体多少我得查一下', expect: askFund },
      // 8 % × 2 800 000 = 224 000 < 250 000 → 224 000
      { user: '查到了 全年工资薪金总额280w', expect: deduct(224000) },
    ],
  },
  {
    id: 'v69d22',
    class: 'unknown_reply',
    probes: 'poor labour: months employed not remembered, then looked up [later]',
    periodEnd: true,
    turns: [
      { user: '养老公司 招了4个建档立卡贫困户 以工代训5m 岗前没领 补多少', expect: askOJT },
      { user: '入职多久？emm 不记得了 得翻花名册', expect: dunnoOJT },
      // employed 10 ≥ 6: 4 × 200 × 5 = 4000
      { user: '翻到了 都干了10个月了', expect: pay(4000) },
    ],
  },
  {
    id: 'v69d59',
    class: 'unknown_reply',
    probes: 'group unknown ("算不算就业困难 我也不知道"): no verdict, then the 认定 is confirmed',
    periodEnd: true,
    turns: [
      { user: '社区推荐来的2个人 算不算就业困难人员 我也不知道 以工代训3m 公司社保ok 岗前没领', expect: dunnoOJT },
      // 2 × 200 × 3 = 1200
      { user: '社区说她俩都有就业困难人员认定', expect: pay(1200) },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v69d23',
    class: 'correction',
    probes: 'headcount corrected from 3 to 2',
    periodEnd: true,
    turns: [
      // 3 × 200 × 6 = 3600
      { user: '超市公司 社保ok 岗前补贴没领 招了3个就业困难的 以工代训6m', expect: pay(3600) },
      // 2 × 200 × 6 = 2400
      { user: '不对不对 打错了 是2个人 不是3个', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v69d24',
    class: 'correction',
    probes: 'the 岗前 subsidy turns out to have been claimed',
    periodEnd: true,
    turns: [
      // 2 × 200 × 5 = 2000
      { user: '火锅公司 社保交着 岗前补贴没领 残疾人2个 以工代训5m', expect: pay(2000) },
      { user: '等下 会计说岗前补贴 其实已经领了🤦', expect: noPay(2000) },
    ],
  },
  {
    id: 'v69d25',
    class: 'correction',
    probes: 'group corrected from 零就业家庭 to 退役军人 (no 以工代训 group)',
    periodEnd: true,
    turns: [
      // 3 × 200 × 4 = 2400
      { user: '直播基地 公司 社保ok 岗前没领 零就业家庭3个 以工代训4m', expect: pay(2400) },
      { user: '更正下 不是零就业家庭 是退役军人', expect: noPay(2400) },
    ],
  },
  {
    id: 'v69d26',
    class: 'correction',
    probes: 'equipment: studio corrected to a training base and 35w to 350w; the base cap applies',
    periodEnd: true,
    turns: [
      // studio: 20 % × 350 000 = 70 000 ≤ 100 000
      { user: '汽修公司 技能大师工作室 新买设备35w 职工教育经费出的 验收过了', expect: kit(70000) },
      // base: 20 % × 3 500 000 = 700 000 → cap 500 000
      { user: '哦不对 不是大师工作室 是高技能人才培训基地 设备是350w 不是35w', expect: kitNot(500000, 700000) },
    ],
  },
  {
    id: 'v69d27',
    class: 'correction',
    probes: 'education fund: payroll corrected, the 8 % cap now binds',
    periodEnd: true,
    turns: [
      // 8 % × 6 000 000 = 480 000 > 300 000 → 300 000
      { user: '物流公司 工资总额一年600w 教育经费提了30w 税前能扣多少', expect: deduct(300000) },
      // 8 % × 3 000 000 = 240 000 < 300 000 → 240 000
      { user: '啊 看错了 工资总额是300w 不是600w', expect: deduct(240000) },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v69d28',
    class: 'topic_switch',
    probes: 'from 以工代训 to apprenticeship: no 以工代训 figure carried over',
    periodEnd: true,
    turns: [
      // 4 × 200 × 3 = 2400
      { user: '酒店公司 社保ok 岗前没领 就业困难4个 以工代训3m', expect: pay(2400) },
      { user: '好的👌 另外问下 新型学徒制 我们客房部想搞 每人补多少', expect: { ...noFigure(['四(一)']), mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v69d29',
    class: 'topic_switch',
    probes: 'from the education fund to a staff member\'s own certificate training',
    periodEnd: true,
    turns: [
      // 8 % × 5 000 000 = 400 000 > 350 000 → 350 000
      { user: '火锅公司 工资总额500w 职工教育经费提了35w 税前能扣多少', expect: deduct(350000) },
      { user: '行 再问个不相干的 店里有个员工想自己去考中式面点师证 培训费能补吗', expect: noFigure(['七(二)']) },
    ],
  },
  {
    id: 'v69d30',
    class: 'topic_switch',
    probes: 'two questions in one line, then the second taken up with facts [two-part]',
    periodEnd: true,
    turns: [
      { user: '以工代训咋算的 还有买设备能补不😂', expect: { noAmount: 'open', cites: ['六(一)', '四(一)'], says: [/200/, /20\s*%|百分之二十/] } },
      // studio: 20 % × 600 000 = 120 000 → cap 100 000
      { user: '设备先说 我们是技能大师工作室 设备60w 教育经费买的 验收了', expect: kitNot(100000, 120000) },
    ],
  },
  {
    id: 'v69d31',
    class: 'topic_switch',
    probes: 'from 以工代训 to the owner\'s own entrepreneurship training',
    periodEnd: true,
    turns: [
      // 1 × 200 × 6 = 1200
      { user: '快递分拣站 公司 社保ok 岗前没领 残疾人1个 以工代训6m', expect: pay(1200) },
      { user: '对了 我自己想再开个生鲜店 能参加创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v69d32',
    class: 'topic_switch',
    probes: 'from the studio cap to a living allowance the plan fixes no amount for',
    periodEnd: true,
    turns: [
      { user: '养老院 想申请技能大师工作室 设备补贴 最高能给多少', expect: { cites: ['四(一)'], says: [/10\s*万|100\s*000|十万/] } },
      { user: '换个话题 护理员阿姨去培训那几天 有没有生活费补贴 一天多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v69d56',
    class: 'topic_switch',
    probes: 'from 以工代训 to 稳岗返还, another policy: declined',
    periodEnd: true,
    turns: [
      // 2 × 200 × 5 = 2000
      { user: '超市公司 社保ok 岗前没领 就业困难2个 以工代训5m', expect: pay(2000) },
      { user: '顺便问下 稳岗返还今年咋申请', expect: decline },
    ],
  },
  {
    id: 'v69d69',
    class: 'topic_switch',
    probes: 'from apprenticeship (no amount) to the 50 % advance of project training',
    periodEnd: true,
    turns: [
      { user: '学徒制有补贴吗 我们酒店想试试', expect: noFigure(['四(一)']) },
      // 50 % × 120 000 = 60 000
      { user: '那项目制培训呢 我们自己办的 培训补贴总共12w 能先拿多少', expect: { amount: { rule: 'project_training_advance', yuan: 60000 } } },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v69d33',
    class: 'person_training',
    probes: 'carers trained where they live (常住地), not their 户籍地: the plan fixes no per-certificate amount',
    periodEnd: true,
    turns: [{ user: '我们养老院的护理员想去考养老护理员证 户口都是外地的 人在郑州住 就在郑州培训 考下来能补多少', expect: noFigure(['七(二)']) }],
  },
  {
    id: 'v69d34',
    class: 'person_training',
    probes: 'a re-hired retiree drawing a pension is outside the training subsidy',
    periodEnd: true,
    turns: [{ user: '超市有个返聘的大姐 已经在领退休金了 想学个收银培训 能享受培训补贴不', expect: notPerson('vocational_training', ['六(一)', '七(二)']) }],
  },
  {
    id: 'v69d35',
    class: 'person_training',
    probes: 'three subsidies already this year; next year asked as a follow-up',
    periodEnd: true,
    turns: [
      { user: '汽修厂的小伙今年已经拿过3次培训补贴了 还想去考汽车维修工高级 还能补不', expect: notPerson('vocational_training', ['七(二)']) },
      { user: '那等明年再去考呢', expect: noFigure(['七(二)']) },
    ],
  },
  {
    id: 'v69d36',
    class: 'person_training',
    probes: 'same occupation and level again: no second subsidy',
    periodEnd: true,
    turns: [{ user: '直播间运营 去年考了电子商务师三级 拿了补贴 今年想再考一次电子商务师三级 还能补吗', expect: notPerson('vocational_training', ['七(二)']) }],
  },
  {
    id: 'v69d60',
    class: 'person_training',
    probes: 'forklift certificate, then the training school is not in the system (系统之外零补贴)',
    periodEnd: true,
    turns: [
      { user: '物流的叉车司机 想考叉车证 在户籍地培训 拿证以后能补多少钱', expect: noFigure(['七(二)']) },
      { user: '培训机构说他们没进系统 那还能补吗', expect: notPerson('vocational_training', ['六(三)', '七(二)']) },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v69d37',
    class: 'entrepreneurship',
    probes: 'hotpot shop open 2 years: small business under 5 years qualifies',
    periodEnd: true,
    turns: [{ user: '火锅店开了2年 小微企业 我是老板 想参加创业培训 学学经营管理 有份吗', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] } }],
  },
  {
    id: 'v69d38',
    class: 'entrepreneurship',
    probes: 'shop open 8 years, no wish to start anew, not a student: not granted',
    periodEnd: true,
    turns: [{ user: '超市开了快8年了 我不打算再创业 也不是学生 创业培训我能参加吗', expect: notPerson('entrepreneurship_training', ['三(八)']) }],
  },
  {
    id: 'v69d39',
    class: 'entrepreneurship',
    probes: 'a fresh 职业院校 graduate qualifies; the amount is not fixed',
    periodEnd: true,
    turns: [
      { user: '我们直播公司新来的主播 职业学院刚毕业 想学创业 能参加创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] } },
      { user: '创业培训 补多少钱啊 免费不', expect: noFigure(['三(八)']) },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v69d40',
    class: 'equipment',
    probes: 'studio equipment, every fact given',
    periodEnd: true,
    turns: [
      // 20 % × 450 000 = 90 000 ≤ 100 000
      { user: '技能大师工作室 设备 买了45w 钱是从职工教育经费出的 人社财政验收合格了 补多少', expect: kit(90000) },
    ],
  },
  {
    id: 'v69d41',
    class: 'equipment',
    probes: 'training base, under its cap',
    periodEnd: true,
    turns: [
      // 20 % × 1 800 000 = 360 000 ≤ 500 000
      { user: '酒店搞高技能人才培训基地 新购实训设备180w 教育经费列支 验收ok 能补多少👍', expect: kit(360000) },
    ],
  },
  {
    id: 'v69d42',
    class: 'equipment',
    probes: 'bought from the company\'s own money, not the education fund',
    periodEnd: true,
    turns: [
      // not from the fund: no 20 % × 300 000 = 60 000
      { user: '设备是公司自有资金买的 不是教育经费 技能大师工作室 30w 验收过了 能补吗', expect: noKit(60000, /(?<![\d.])6\s*万/) },
    ],
  },
  {
    id: 'v69d43',
    class: 'equipment',
    probes: 'one studio, two purchases: one cap; then a peer says 50w [doubt]',
    periodEnd: true,
    turns: [
      // one site: 20 % × 700 000 = 140 000 → cap 100 000
      { user: '大师工作室 设备分两批买的 第一批30w 第二批40w 都是教育经费 都验收了', expect: kitNot(100000, 140000) },
      // 50 万 is the cap of a 高技能人才培训基地, not of a studio: still 100 000
      { user: '你确定最多10w？朋友说能补50w', expect: { ...kitNot(100000, 140000), cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v69d44',
    class: 'equipment',
    probes: 'not yet accepted, then accepted',
    periodEnd: true,
    turns: [
      { user: '大师工作室设备25w 教育经费买的 还没验收', expect: noKit(50000, /(?<![\d.])5\s*万/) },
      // 20 % × 250 000 = 50 000
      { user: '上个月验收通过了', expect: kit(50000) },
    ],
  },
  {
    id: 'v69d65',
    class: 'equipment',
    probes: 'two studios in two shops: a cap each',
    periodEnd: true,
    turns: [
      // 金水: 20 % × 400 000 = 80 000; 二七: 20 % × 700 000 = 140 000 → 100 000; total 180 000
      // (uncapped 220 000)
      { user: '我们有两个技能大师工作室 金水店的设备40w 二七店的设备70w 都是教育经费买的 都验收了 一共补多少', expect: kitNot(180000, 220000) },
    ],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v69d45',
    class: 'education_fund',
    probes: 'fund above the 8 % cap, plus the front-line share [two-part]',
    periodEnd: true,
    turns: [
      // 8 % × 12 000 000 = 960 000 < 1 000 000 → 960 000; 60 % for front-line workers
      { user: '工资总额1200w 教育经费提了100w 能税前扣多少 还有一线职工要占多少', expect: deduct(960000, [/60\s*%|百分之六十/]) },
    ],
  },
  {
    id: 'v69d46',
    class: 'education_fund',
    probes: 'front-line share of one half, under 60 %, noted',
    periodEnd: true,
    turns: [
      // 8 % × 3 500 000 = 280 000 > 180 000 → 180 000
      { user: '超市 工资薪金一年350w 教育经费提了18w 一线员工的培训大概用了一半 能扣多少', expect: deduct(180000, [/60\s*%|百分之六十/]) },
    ],
  },
  {
    id: 'v69d47',
    class: 'education_fund',
    probes: 'fund for 师带徒 allowances, then the deduction',
    periodEnd: true,
    turns: [
      { user: '职工教育经费能不能给带徒弟的师傅发补贴', expect: { cites: ['六(二)'], noAmount: 'unfixed' } },
      // 8 % × 1 500 000 = 120 000 > 80 000 → 80 000
      { user: '那我们工资总额150w 教育经费提了8w 能扣多少', expect: deduct(80000) },
    ],
  },
  {
    id: 'v69d63',
    class: 'education_fund',
    probes: 'payroll vague and fund unknown; then both given [later]',
    periodEnd: true,
    turns: [
      { user: '教育经费能抵多少 工资总额大概四五百万吧 提了多少我不知道', expect: askFund },
      // 8 % × 4 600 000 = 368 000 > 220 000 → 220 000
      { user: '财务说提了22w 工资总额准确是460w', expect: deduct(220000) },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v69d48',
    class: 'apprenticeship',
    probes: 'per-apprentice amount: the plan says only 按照相关规定',
    periodEnd: true,
    turns: [{ user: '新型学徒制 我们火锅店带了10个学徒 一个人能补多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v69d49',
    class: 'apprenticeship',
    probes: 'apprenticeship with 以工代训 [two-part]; then pressed for a number, none from 以工代训',
    periodEnd: true,
    turns: [
      { user: '学徒制和以工代训 能一起享受吗 还有学徒制补多少', expect: { noAmount: 'unfixed', cites: ['四(一)', '六(一)'] } },
      // no 6 × 200 × 6 = 7200 borrowed from 以工代训
      { user: '学徒那块 我们招了6个 公司社保ok 你直接给个数', expect: { ...noFigure(['四(一)']), mustNotContain: ['7200'] } },
    ],
  },
  {
    id: 'v69d50',
    class: 'apprenticeship',
    probes: 'target of the plan and the standard [two-part]',
    periodEnd: true,
    turns: [{ user: '酒店后厨搞企业新型学徒 三年要培养多少人 补贴标准是啥', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v69d64',
    class: 'apprenticeship',
    probes: 'apprenticeship asked in 2023: the plan has ended, no figure [dated]',
    periodEnd: true,
    turns: [{ user: '2023年了 新型学徒制 还能按这方案申请补贴不', expect: { ...noFigure(['四(一)']), ...ended } }],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v69d51',
    class: 'period',
    probes: 'asked in 2024 whether 以工代训 can still be claimed [dated]',
    periodEnd: true,
    turns: [{ user: '这个方案现在还管用吗 都2024年了 以工代训还能申请不', expect: { ...ended, noAmount: 'unfixed' } }],
  },
  {
    id: 'v69d52',
    class: 'period',
    probes: 'hires of 2022, after the plan ended [dated]',
    periodEnd: true,
    turns: [{ user: '2022年招的4个就业困难的 公司社保ok 岗前没领 以工代训3m 还能按这个方案补吗', expect: { ...ended, cites: ['六(一)'] } }],
  },
  {
    id: 'v69d53',
    class: 'period',
    probes: 'a 2020 case inside the period: amount for that date [dated]',
    periodEnd: true,
    turns: [
      // in force on 2020-08; 2 × 200 × 6 = 2400
      { user: '2020年8月那会 我们火锅公司 社保ok 招了2个残疾人 以工代训6m 岗前没领 当时能补多少', expect: pay(2400) },
    ],
  },
  {
    id: 'v69d54',
    class: 'period',
    probes: 'studio subsidy in 2023 (ended), then a 2021-11 acceptance (in force) [dated]',
    periodEnd: true,
    turns: [
      { user: '2023年还能申请技能大师工作室设备补贴吗', expect: ended },
      // studio, 20 % × 500 000 = 100 000 = the cap
      { user: '那2021年11月验收的呢 设备50w 教育经费买的', expect: kit(100000) },
    ],
  },
  {
    id: 'v69d55',
    class: 'period',
    probes: 'the plan\'s years',
    periodEnd: true,
    turns: [{ user: '这个方案是哪年到哪年的 👀', expect: { ...ended, says: [/2019/] } }],
  },
  {
    id: 'v69d61',
    class: 'period',
    probes: 'a peer says 以工代训 stopped in 2022 [doubt]',
    periodEnd: true,
    turns: [{ user: '我同行说以工代训2022年就停了 真的假的', expect: ended }],
  },
];
