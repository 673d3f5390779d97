/**
 * HELD-OUT dialogues, set v28 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no message is reused or
 * paraphrased from sets v1–v27. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: the HR clerk of a steel-pipe factory (钢管厂), the head of a village 扶贫车间
 * that makes wigs (假发), a driving-school owner (驾校), the wife of a retired soldier asking on
 * his behalf, a 家政 trainee, a logistics company at the Zhengzhou airport (航空港), an older
 * farmer dictating by voice so that words come out as homophones (建当立卡, 合做社, 以公代训,
 * 补帖), a young woman who types in Traditional characters, a high-school graduate (两后生) and
 * a company accountant asking about 职工教育经费 with figures in 万. WeChat on a phone: dialect
 * (俺 / 咋 / 木 / 中 / 啥 / 恁), odd spacing, full-width digits, Chinese numerals, half-sentences,
 * bare replies. Several people change a fact mid-way, name two groups with different months in
 * one message, or break off with an unrelated question and then come back.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 already
 * claimed or not, the kind of unit, insurance where the rule needs it, months employed for poor
 * labour, acceptance and fund source of equipment, payroll and fund drawn, where the training
 * took place, whether the institution is in the system) must be asked, so an amount is expected
 * only once every such fact has been said. "不知道 / 不清楚" leaves the fact open.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业、合作社、扶贫车间, a training institution too);
 *   就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise; 退役军人 is no group;
 *   rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 * - The plan ran 2019-12-02 to 2021-12-31 and has ended: every conversation about what someone
 *   can get carries `periodEnd`.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [interrupt], [two-months].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without any of the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible for 以工代训, and no figure at all. */
const notYes: TurnExpect = { notVerdict: { rule: 'on_job_training', status: 'eligible' }, noAmount: 'unfixed' };
/** One row settled, another still open: the next one is asked about, the full total is not stated. */
const askNext = (wrongTotal: number): TurnExpect => ({ asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrongTotal)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, ...wrong: (number | RegExp)[]): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  mustNotContain: wrong.map((w) => (typeof w === 'number' ? String(w) : w)),
});
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing: no figure, no verdict. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** A person's training subsidy: a fact is missing, so ask; the plan fixes no amount. */
const askTrain: TurnExpect = { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } };
/** A person's training subsidy with every condition said: eligible, no figure. */
const trainYes: TurnExpect = { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' };
/** A person's training subsidy excluded by a condition: not eligible, no figure. */
const trainNo: TurnExpect = { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)', '六(一)'] };
/** Entrepreneurship training open to this person: eligible, no figure, 三(八). */
const startYes: TurnExpect = { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] };
/** "Up to six months" of 以工代训. */
const SIX = /6\s*个?月|六个月/;

export const DIALOGUES_V28: Dialogue[] = [
  // ------------------------------------------------------------ steel-pipe factory HR (钢管厂)
  {
    id: 'v28d01',
    class: 'one_group',
    probes: 'poor labour, 8 months employed, 4 of 以工代训: ask the 岗前 subsidy, then 2400; then [contact] who takes the claim',
    periodEnd: true,
    turns: [
      { user: '俺是钢管厂管人事的，厂里招了仨建档立卡贫困户，来了八个月了，以工代训搞了4个月，能补多少钱', expect: askOJT },
      { user: '岗前培训那个补贴 俺厂还木领过', expect: pay(2400) },
      { user: '这钱俺去哪申请 找哪个单位', expect: { cites: ['六(一)'], says: [/人社/] } },
    ],
  },
  {
    id: 'v28d02',
    class: 'several_groups',
    probes: '[two-months] insured factory, 2 就业困难 × 5 months and 4 零就业 × 3 months in one message: 4400, not 6000 or 3600',
    periodEnd: true,
    turns: [
      {
        user: '钢管厂 社保一直交着哩。招了2个就业困难人员以工代训5个月，还有4个零就业家庭的以工代训3个月，岗前补贴俩都木领，总共能补多少',
        expect: payNot(4400, 6000, 3600),
      },
    ],
  },
  {
    id: 'v28d03',
    class: 'correction',
    probes: 'count corrected from 5 to 3: 6000 becomes 3600',
    periodEnd: true,
    turns: [
      { user: '俺们钢管厂是参保企业，今年招了5个就业困难人员，以工代训六个月，岗前补贴没申请过', expect: pay(6000) },
      { user: '不对不对 是3个人 不是5个', expect: payNot(3600, 6000) },
    ],
  },
  {
    id: 'v28d04',
    class: 'several_groups',
    probes: '[two-months] poor labour × 6 months and 1 就业困难 × 2 months, insured: 4000, not 4800 or 1600',
    periodEnd: true,
    turns: [
      {
        user: '钢管公司（参保企业）：建档立卡贫困劳动力3个，来厂一年了，以工代训6个月；就业困难人员1个，以工代训2个月；岗前补贴全都没领，算算多少',
        expect: payNot(4000, 4800, 1600),
      },
    ],
  },
  {
    id: 'v28d05',
    class: 'unknown_reply',
    probes: 'insurance not said, then 不清楚 (open), then insured: 1600',
    periodEnd: true,
    turns: [
      { user: '钢管厂的 招了俩零就业家庭的 以工代训4个月 岗前补贴没领 能补多少', expect: askOJT },
      { user: '社保交没交 俺是新来的 真不清楚', expect: dunnoOJT },
      { user: '财务说交着哩', expect: pay(1600) },
    ],
  },
  {
    id: 'v28d06',
    class: 'apprenticeship',
    probes: '师带徒 allowance from the 职工教育经费 (六(二)), then the apprentice subsidy has no figure in the plan',
    turns: [
      { user: '钢管厂想弄新型学徒制 带徒弟的老师傅 能发津贴不', expect: { cites: ['六(二)', '四(一)'] } },
      { user: '那学徒这块 厂里能领多少补贴', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v28d07',
    class: 'negation_after_noun',
    probes: '"社保 … 从来没断过" means insured: 2 就业困难 × 3 months = 1200',
    periodEnd: true,
    turns: [
      { user: '社保 俺们厂 从来 没 断过，招了两个就业困难人员，以工代训3个月，岗前补贴也没领', expect: pay(1200) },
    ],
  },
  // ------------------------------------------------------------ wig-making 扶贫车间
  {
    id: 'v28d08',
    class: 'one_group',
    probes: '扶贫车间, 12 poor labour employed 7+ months, 6 months of 以工代训: 14400',
    periodEnd: true,
    turns: [
      { user: '俺村扶贫车间做假发哩，收了12个建档立卡贫困户来上班，都干了七个多月，以工代训也搞了6个月，岗前培训补贴没领，能补贴多少', expect: pay(14400) },
    ],
  },
  {
    id: 'v28d09',
    class: 'negation_after_noun',
    probes: 'negation far after the noun ("岗前技能培训补贴 … 压根 没有 申请过"): 5 × 6 months = 6000',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 做发制品的 建档立卡贫困劳动力5个 干了10个月 以工代训6个月  岗前技能培训补贴 这几个人 俺们 压根 没有 申请过', expect: pay(6000) },
    ],
  },
  {
    id: 'v28d10',
    class: 'one_group',
    probes: 'poor labour employed only 4 months: no 以工代训 (needs six months), not 6400',
    periodEnd: true,
    turns: [
      { user: '假发扶贫车间，建档立卡的8个人，来了才四个月，以工代训四个月，岗前补贴也没领，能补不', expect: noPay(6400) },
    ],
  },
  {
    id: 'v28d11',
    class: 'unknown_reply',
    probes: '岗前 subsidy unknown to the speaker (open), then not claimed: 6 × 5 months = 6000',
    periodEnd: true,
    turns: [
      { user: '俺是村里假发车间哩（扶贫车间），吸纳建档立卡贫困人口6个，干了9个月，以工代训做了5个月，能拿多少？', expect: askOJT },
      { user: '岗前那个补贴 俺也不知道之前会计报没报', expect: dunnoOJT },
      { user: '问过会计了 没报过', expect: pay(6000) },
    ],
  },
  {
    id: 'v28d12',
    class: 'several_groups',
    probes: '[two-months] 扶贫车间 with poor labour × 3 months and 2 disabled × 5 months: the poor labour row is 6000; disabled only with an insured enterprise, so never 8000',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间里有建档立卡贫困劳动力10个，干了8个月，以工代训3个月；还有2个残疾人，以工代训5个月；岗前补贴都没领',
        expect: { oneOf: [pay(6000), { asks: true }], mustNotContain: ['8000'] },
      },
    ],
  },
  {
    id: 'v28d13',
    class: 'negation_after_noun',
    probes: '"岗前技能培训的补贴 到现在 也 没 领": 7 × 5 months = 7000',
    periodEnd: true,
    turns: [
      { user: '俺们是假发扶贫车间，建档立卡贫困劳动力7人干满一年了，以工代训5个月，岗前技能培训的补贴 到现在 也 没 领', expect: pay(7000) },
    ],
  },
  {
    id: 'v28d14',
    class: 'topic_switch',
    probes: '[interrupt] women\'s handicraft training (五(一)), a vaccine question (outside), then back: 3 subsidies a year (七(二))',
    periodEnd: true,
    turns: [
      { user: '假发车间的女工 想学妇女手工这一类 有这种培训没', expect: { cites: ['五(一)', '三(二)'] } },
      { user: '对了 俺家小孩打疫苗 去哪打', expect: decline },
      { user: '那培训补贴一个人一年最多能领几回', expect: { cites: ['七(二)'], says: [/3\s*次|三次|3\s*回|三回/] } },
    ],
  },
  {
    id: 'v28d15',
    class: 'correction',
    probes: 'months employed corrected from 5 to almost a year: ineligible becomes 6000',
    periodEnd: true,
    turns: [
      { user: '扶贫车间，建档立卡贫困劳动力6个，干了5个月，以工代训5个月，岗前补贴没领', expect: noPay(6000) },
      { user: '说错了 她们是干了快一年了', expect: pay(6000) },
    ],
  },
  // ------------------------------------------------------------ driving school (驾校)
  {
    id: 'v28d16',
    class: 'period',
    probes: '[dated] 2020 project-based training with a 10万 subsidy: 50 % in advance = 50000',
    periodEnd: true,
    turns: [
      { user: '2020年 俺驾校搞了个项目制培训 培训补贴总共10万块 能不能先拨一半 是多少', expect: { amount: { rule: 'project_training_advance', yuan: 50000 }, cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v28d17',
    class: 'entrepreneurship',
    probes: 'owner of a small business open three years asks for 创业培训: eligible, no figure',
    periodEnd: true,
    turns: [{ user: '俺开驾校三年了 算小微企业 俺想去参加个创业培训 中不中', expect: startYes }],
  },
  {
    id: 'v28d18',
    class: 'topic_switch',
    probes: '[interrupt] poor labour at a driving school (2400), a traffic-restriction question (outside), then the longest 以工代训 period',
    periodEnd: true,
    turns: [
      { user: '驾校招了2个建档立卡贫困劳动力当教练助理，干了一年了，以工代训6个月，岗前补贴没领，补多少', expect: pay(2400) },
      { user: '哎 郑州今儿个限号限几号？', expect: decline },
      { user: '那以工代训最长能补几个月', expect: { cites: ['六(一)'], says: [SIX] } },
    ],
  },
  {
    id: 'v28d19',
    class: 'person_training',
    probes: 'a driving school outside the institution list: may train after 备案 with 人社 (七(二))',
    turns: [{ user: '俺这驾校 没进那个培训机构目录 还能不能开展职业工种培训', expect: { cites: ['七(二)'], noAmount: 'unfixed' } }],
  },
  // ------------------------------------------------------------ retired soldier's wife
  {
    id: 'v28d20',
    class: 'person_training',
    probes: 'veterans\' training (三(二)/六(一)), then a monthly pension excludes the training subsidy',
    periodEnd: true,
    turns: [
      { user: '俺家老头是退伍军人，想学门手艺，方案里对退役军人培训有啥说法', expect: { cites: ['三(二)', '六(一)'], noAmount: 'unfixed' } },
      { user: '他每个月都有退休金 还能领职业培训补贴不', expect: trainNo },
    ],
  },
  {
    id: 'v28d21',
    class: 'one_group',
    probes: 'a veteran employed by an insured company: 退役军人 is no 以工代训 group, no figure',
    periodEnd: true,
    turns: [{ user: '俺对象是退役军人，在一家交社保的公司上班，公司能给他领以工代训补贴不', expect: { ...notYes, cites: ['六(一)'] } }],
  },
  {
    id: 'v28d22',
    class: 'several_groups',
    probes: 'veterans and 就业困难 both 6 months, insured: only 就业困难 count, 3600 not 8400',
    periodEnd: true,
    turns: [
      { user: '替俺家那口子问问，他们公司参保的，招了退役军人4个，就业困难人员3个，都以工代训6个月，岗前补贴没领过', expect: payNot(3600, 8400) },
    ],
  },
  {
    id: 'v28d23',
    class: 'person_training',
    probes: '[two-part] [contact] veterans\' three-year target (1万人次) and the unit in charge (市退役军人局)',
    turns: [
      { user: '退役军人技能培训 三年打算培训多少人次？归哪个部门管', expect: { cites: ['三(二)'], says: [/1\s*万/, /退役军人局/] } },
    ],
  },
  // ------------------------------------------------------------ 家政 trainee
  {
    id: 'v28d24',
    class: 'person_training',
    probes: 'training subsidy asked step by step: place, times, pension, then system and previous occupation → eligible, never a figure',
    periodEnd: true,
    turns: [
      { user: '我在学家政，学完考了证，能领培训补贴吗', expect: { ...askTrain, cites: ['七(二)', '六(一)'] } },
      { user: '在郑州租房住，就在住的地方学的，今年头一回，没有退休金', expect: askTrain },
      { user: '学校说进了省里那个系统，以前也没学过家政', expect: trainYes },
    ],
  },
  {
    id: 'v28d25',
    class: 'person_training',
    probes: 'three subsidies already this year: not eligible for a fourth',
    periodEnd: true,
    turns: [{ user: '这一年俺已经领过三回培训补贴了，又报了个育婴员，还能补不', expect: trainNo }],
  },
  {
    id: 'v28d26',
    class: 'person_training',
    probes: 'same occupation and same level again: not repeated',
    periodEnd: true,
    turns: [{ user: '去年领过家政服务员初级的补贴，今年又考一回同一个等级，还给补吗', expect: trainNo }],
  },
  {
    id: 'v28d27',
    class: 'unknown_reply',
    probes: 'institution in the system unknown: the training subsidy stays open',
    periodEnd: true,
    turns: [
      { user: '我是家政学员，在户籍地学的，证拿到了，今年没领过补贴，也没退休金，能领补贴不', expect: askTrain },
      { user: '机构进没进系统 我也不知道 以前没学过这个', expect: { undecided: 'vocational_training', noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v28d28',
    class: 'topic_switch',
    probes: '家政/养老/托幼 training (三(四)), then a new topic: own 家政 company → entrepreneurship training',
    periodEnd: true,
    turns: [
      { user: '家政 养老 托幼这些 技能培训 方案里有说法没', expect: { cites: ['三(四)', '五(一)'] } },
      { user: '我以后想自己开个家政公司 能参加创业培训吗', expect: startYes },
    ],
  },
  {
    id: 'v28d29',
    class: 'person_training',
    probes: '生活费补贴 during training: the plan sets no amount, no figure from another rule',
    turns: [{ user: '学家政这段时间 有生活费补贴不 一天给多少', expect: unsettled }],
  },
  // ------------------------------------------------------------ airport logistics company
  {
    id: 'v28d30',
    class: 'equipment',
    probes: 'high-skill base, 300万 equipment from the fund, accepted: capped at 500000, not 60万',
    periodEnd: true,
    turns: [
      {
        user: '俺们是航空港区一家物流公司，建了个高技能人才培训基地，新买实训设备花了300万，用的职工教育经费，人社财政验收过了，能补多少',
        expect: kitNot(500000, 600000, /60\s*万/),
      },
    ],
  },
  {
    id: 'v28d31',
    class: 'unknown_reply',
    probes: 'studio equipment 40万: fund and acceptance asked, acceptance 不清楚 (open), then accepted: 80000',
    periodEnd: true,
    turns: [
      { user: '公司搞了个技能大师工作室 买设备40万 能补贴多少', expect: askKit },
      { user: '钱是从职工教育经费里出的，验收这个我不清楚', expect: dunnoKit },
      { user: '刚问了 验收合格了', expect: kit(80000) },
    ],
  },
  {
    id: 'v28d32',
    class: 'correction',
    probes: 'studio corrected to a base, 80万: 100000 (studio cap) becomes 160000',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 设备总值80万 职工教育经费买的 已经验收合格 补多少', expect: kit(100000) },
      { user: '说错了，是高技能人才培训基地，不是大师工作室', expect: kitNot(160000, 100000) },
    ],
  },
  {
    id: 'v28d33',
    class: 'apprenticeship',
    probes: 'per-apprentice subsidy: the plan fixes none',
    periodEnd: true,
    turns: [{ user: '物流公司带了20个新型学徒，一个学徒给补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v28d34',
    class: 'apprenticeship',
    probes: '[two-part] 航空物流 training (三(九)) and the apprentice target (2万名)',
    turns: [
      { user: '航空物流这块的培训 方案里提了没？还有新型学徒 三年要培养多少个', expect: { cites: ['三(九)', '四(一)'], says: [/航空物流/, /2\s*万/] } },
    ],
  },
  {
    id: 'v28d35',
    class: 'several_groups',
    probes: '[two-months] full-width digits: 2 零就业 × 6 and 6 就业困难 × 1: 3600, not 9600 or 1600',
    periodEnd: true,
    turns: [
      { user: '物流公司 交社保的 零就业家庭的２人以工代训六个月 就业困难人员６人以工代训一个月 岗前补贴都没领', expect: payNot(3600, 9600, 1600) },
    ],
  },
  {
    id: 'v28d36',
    class: 'topic_switch',
    probes: '[interrupt] a flight question between the question and its answer: the pending fact still completes 4 × 3 months = 2400',
    periodEnd: true,
    turns: [
      { user: '物流公司交着社保，招了4个就业困难人员，以工代训3个月', expect: askOJT },
      { user: '等下 先问个别的 新郑机场国际航班恢复了没', expect: decline },
      { user: '岗前培训补贴 这几个人 还没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v28d37',
    class: 'one_group',
    probes: 'full-width digits, 10 就业困难 × 3 months in an insured enterprise: 6000',
    periodEnd: true,
    turns: [{ user: '机场那边的物流公司，参保企业，吸纳就业困难人员１０名，以工代训３个月，岗前补贴未申领', expect: pay(6000) }],
  },
  {
    id: 'v28d38',
    class: 'equipment',
    probes: 'a base (200万) and a studio (60万): 40万 + 10万 = 500000, not 52万',
    periodEnd: true,
    turns: [
      {
        user: '公司有一个高技能人才培训基地设备买了200万，还有一个技能大师工作室设备买了60万，都是职工教育经费出的，都验收合格了，一共补多少',
        expect: kitNot(500000, 520000, /52\s*万/),
      },
    ],
  },
  // ------------------------------------------------------------ older farmer, voice-to-text
  {
    id: 'v28d39',
    class: 'person_training',
    probes: 'homophones (养值, 高素只): 高素质农民 training (三(七))',
    turns: [{ user: '俺是种地哩 想学点种植养值技术 高素只农民 有啥培训没', expect: { cites: ['三(七)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v28d40',
    class: 'one_group',
    probes: 'homophones (合做社, 建当立卡, 频困户, 以公代训, 补帖): cooperative, 4 × 6 months = 4800',
    periodEnd: true,
    turns: [{ user: '俺是合做社哩 收了4个建当立卡频困户 干了半年了 以公代训也是六个月 岗前补帖没领 能补多少', expect: pay(4800) }],
  },
  {
    id: 'v28d41',
    class: 'person_training',
    probes: 'homophones: a poor family whose daughter is at a 技校: family aid / 助学金, no figure',
    turns: [{ user: '俺闺女在技校上学 俺家是建当立卡户 有啥补注不', expect: noFigure(['三(三)', '三(十四)']) }],
  },
  {
    id: 'v28d42',
    class: 'topic_switch',
    probes: 'wheat price (outside), then a standalone question: free training for poor labour (三(三))',
    turns: [
      { user: '今年小麦最低收够价 是多少', expect: decline },
      { user: '还有 建当立卡的 参加技能培训 要钱不', expect: { cites: ['三(三)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v28d43',
    class: 'correction',
    probes: 'voice typo corrected: 以工代训 3 → 6 months, 1800 becomes 3600',
    periodEnd: true,
    turns: [
      { user: '俺们合作社 有3个建档立卡的 干了十个月 以工代训3个月 岗前补贴木领', expect: pay(1800) },
      { user: '不是3个月 是6个月 语音打错了', expect: payNot(3600, 1800) },
    ],
  },
  {
    id: 'v28d44',
    class: 'unknown_reply',
    probes: 'months employed not said, then 记不清 (open): no figure, no verdict',
    periodEnd: true,
    turns: [
      { user: '扶贫车间招了建档立卡贫困劳动力3个，以工代训6个月，岗前补帖没领', expect: askOJT },
      { user: '干了多长时间 俺记不清了', expect: dunnoOJT },
    ],
  },
  // ------------------------------------------------------------ Traditional characters
  {
    id: 'v28d45',
    class: 'person_training',
    probes: 'Traditional: cook certificate, conditions asked then all said → eligible, no figure',
    periodEnd: true,
    turns: [
      { user: '我在鄭州學烹飪，考了廚師證，能領職業培訓補貼嗎', expect: { ...askTrain, cites: ['七(二)', '六(一)'] } },
      { user: '在戶籍地學的，今年第一次申請，沒有退休金，機構有進系統，以前沒考過廚師', expect: trainYes },
    ],
  },
  {
    id: 'v28d46',
    class: 'person_training',
    probes: 'Traditional: poor-family member asks whether training costs money: free (三(三))',
    turns: [{ user: '我是建檔立卡貧困家庭的，參加技能培訓要不要自己出錢', expect: { cites: ['三(三)'], noAmount: 'unfixed', says: [/免费|免費/] } }],
  },
  {
    id: 'v28d47',
    class: 'entrepreneurship',
    probes: 'Traditional: wish to open a nail salon → entrepreneurship training eligible',
    periodEnd: true,
    turns: [{ user: '我想自己開一家美甲店，有沒有創業培訓可以參加？', expect: startYes }],
  },
  {
    id: 'v28d48',
    class: 'several_groups',
    probes: '[two-months] Traditional, three groups with 6 / 4 / 2 months: 2400 + 2400 + 400 = 5200, not 7200',
    periodEnd: true,
    turns: [
      {
        user: '公司有繳社保。招了建檔立卡貧困勞動力2人，做了8個月，以工代訓6個月；就業困難人員3人，以工代訓4個月；零就業家庭1人，以工代訓2個月；崗前培訓補貼都沒領',
        expect: payNot(5200, 7200),
      },
    ],
  },
  {
    id: 'v28d49',
    class: 'correction',
    probes: 'Traditional: 岗前 subsidy first not claimed (2400), then claimed after all: ineligible',
    periodEnd: true,
    turns: [
      { user: '我們是農民專業合作社，建檔立卡貧困勞動力2個，做了8個月，以工代訓6個月，崗前補貼沒領', expect: pay(2400) },
      { user: '抱歉 剛查了 崗前培訓補貼之前領過了', expect: noPay(2400) },
    ],
  },
  // ------------------------------------------------------------ 两后生
  {
    id: 'v28d50',
    class: 'person_training',
    probes: 'a high-school graduate who did not go on: a 两后生, training under 三(二)',
    turns: [{ user: '我高中毕业没考上大学 这算两后生不 有啥培训能上', expect: { cites: ['三(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v28d51',
    class: 'topic_switch',
    probes: '[interrupt] 两后生 target (1.2万), a 高考志愿 question (outside), then entrepreneurship as a vocational student',
    periodEnd: true,
    turns: [
      { user: '两后生 这三年计划培训多少人次', expect: { cites: ['三(二)'], says: [/1\.2\s*万/] } },
      { user: '话说 高考志愿咋填比较好', expect: decline },
      { user: '我现在在职业院校上学 想参加创业培训 中不', expect: startYes },
    ],
  },
  {
    id: 'v28d52',
    class: 'entrepreneurship',
    probes: 'a college graduate without a job asks for 创业意识培训: eligible',
    periodEnd: true,
    turns: [{ user: '俺是大专毕业 还木找着工作 能参加创业意识培训不', expect: startYes }],
  },
  {
    id: 'v28d53',
    class: 'entrepreneurship',
    probes: 'a shop open 7 years: not the "开业5年以内" case, so not eligible on that ground, no figure',
    periodEnd: true,
    turns: [
      { user: '俺家开的小超市 开了7年了，还能按小微企业主去参加创业培训不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] } },
    ],
  },
  // ------------------------------------------------------------ accountant, 职工教育经费 in 万
  {
    id: 'v28d54',
    class: 'education_fund',
    probes: 'payroll 1500万, fund 100万: deduct the whole 100万 (limit 120万), 税前 not cash',
    periodEnd: true,
    turns: [{ user: '会计，问个职工教育经费的事：去年工资薪金总额1500万，提了职工教育经费100万，税前能扣多少', expect: deduct(1000000) }],
  },
  {
    id: 'v28d55',
    class: 'education_fund',
    probes: 'payroll 800万, fund 80万: only 64万 deductible, not 80万',
    periodEnd: true,
    turns: [{ user: '工资总额800万，教育经费提了80万，能不能全部税前扣除', expect: deduct(640000, 800000) }],
  },
  {
    id: 'v28d56',
    class: 'unknown_reply',
    probes: 'fund 50万, payroll missing then 不清楚 (open), then 900万: 50万',
    periodEnd: true,
    turns: [
      { user: '俺们公司今年职工教育经费提了50万，税前能扣多少', expect: { ...askFund, asks: true } },
      { user: '工资总额具体多少 俺这会儿也不清楚', expect: askFund },
      { user: '查到了 工资薪金总额是900万', expect: deduct(500000) },
    ],
  },
  {
    id: 'v28d57',
    class: 'correction',
    probes: 'fund corrected 200万 → 120万 with payroll 2000万: 160万 becomes 120万',
    periodEnd: true,
    turns: [
      { user: '工资薪金总额2000万，职工教育经费200万，税前扣除能扣多少', expect: deduct(1600000) },
      { user: '哦 不对 教育经费是120万 我看错行了', expect: deduct(1200000, 1600000) },
    ],
  },
  {
    id: 'v28d58',
    class: 'education_fund',
    probes: 'the front-line share of the fund: 60 % (六(二))',
    turns: [{ user: '职工教育经费里头 用在一线职工身上的 得占多少', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|60％/] } }],
  },
  {
    id: 'v28d59',
    class: 'topic_switch',
    probes: '[interrupt] 30万 of 600万 (30万), then 个税 (outside), then 师带徒 from the fund (六(二))',
    periodEnd: true,
    turns: [
      { user: '工资薪金总额600万 职工教育经费30万 税前扣多少', expect: deduct(300000) },
      { user: '顺便问下 个税专项附加扣除 子女教育一个月扣多少', expect: decline },
      { user: '那职工教育经费能不能拿来给师带徒发津贴', expect: { cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v28d60',
    class: 'negation_after_noun',
    probes: '"设备的钱 职工教育经费 没 用": equipment from own funds gets nothing, not 20万',
    periodEnd: true,
    turns: [
      { user: '设备的钱 职工教育经费 没 用，是公司自有资金买的，高技能人才培训基地 100万的设备 验收过了', expect: noKit(200000, /20\s*万/) },
    ],
  },
  // ------------------------------------------------------------ period and dated questions
  {
    id: 'v28d61',
    class: 'period',
    probes: '[dated] 2020 poor labour hire, no months or 岗前 said: ask, and say the plan has ended',
    periodEnd: true,
    turns: [{ user: '2020年8月 俺厂招了几个建档立卡贫困劳动力 当时能不能享受以工代训', expect: askOJT }],
  },
  {
    id: 'v28d62',
    class: 'period',
    probes: 'asked today whether 以工代训 can still be claimed: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [{ user: '现在都2026年了，这个以工代训补贴还能申请不', expect: { mentionsPeriodEnd: true, cites: ['六(一)'], noAmount: 'open' } }],
  },
  {
    id: 'v28d63',
    class: 'period',
    probes: 'when the action plan runs out',
    turns: [{ user: '这个职业技能提升行动 到啥时候截止', expect: { mentionsPeriodEnd: true, says: [/2021/] } }],
  },
  {
    id: 'v28d64',
    class: 'equipment',
    probes: '[dated] 2021 studio equipment 25万, fund, accepted: 50000',
    periodEnd: true,
    turns: [{ user: '2021年 技能大师工作室新购设备25万 教育经费出的 验收合格 能补多少', expect: kit(50000) }],
  },
  // ------------------------------------------------------------ more several groups and corrections
  {
    id: 'v28d65',
    class: 'several_groups',
    probes: '[two-months] 零就业 × 4 settled, poor labour months employed open: ask about the poor labour by name, then 8400',
    periodEnd: true,
    turns: [
      { user: '公司参保了，招了3个零就业家庭成员，以工代训4个月，还有5个建档立卡贫困劳动力，以工代训6个月，岗前补贴都没领', expect: askNext(8400) },
      { user: '贫困劳动力那5个都干了十个月了', expect: pay(8400) },
    ],
  },
  {
    id: 'v28d66',
    class: 'correction',
    probes: '以工代训 months corrected 3 → 5: 2400 becomes 4000',
    periodEnd: true,
    turns: [
      { user: '企业参保的，就业困难人员4个，以工代训3个月，岗前补贴没领', expect: pay(2400) },
      { user: '搞错了 以工代训是5个月', expect: payNot(4000, 2400) },
    ],
  },
  {
    id: 'v28d67',
    class: 'correction',
    probes: 'insurance corrected from no to yes: ineligible becomes 1200',
    periodEnd: true,
    turns: [
      { user: '公司没交社保，招了3个就业困难人员，以工代训2个月，岗前补贴没领', expect: noPay(1200) },
      { user: '刚问了老板 社保其实是交了的', expect: pay(1200) },
    ],
  },
  {
    id: 'v28d68',
    class: 'negation_after_noun',
    probes: '"企业 社保 目前 还没有 交": 就业困难 hires get nothing, not 3600',
    periodEnd: true,
    turns: [{ user: '企业 社保 目前 还没有 交，招了3个就业困难人员 以工代训6个月 岗前补贴没领', expect: noPay(3600) }],
  },
  {
    id: 'v28d69',
    class: 'one_group',
    probes: 'Chinese numerals, 14 poor labour × 2 months: 5600',
    periodEnd: true,
    turns: [{ user: '俺厂是企业，招了十四个建档立卡贫困劳动力，干了七个月，以工代训两个月，岗前补贴没领', expect: pay(5600) }],
  },
  {
    id: 'v28d70',
    class: 'one_group',
    probes: '以工代训 8 months is capped at 6: 1 零就业 = 1200, not 1600',
    periodEnd: true,
    turns: [{ user: '公司参保，招了1个零就业家庭成员，以工代训八个月，岗前补贴没领过，补多少', expect: payNot(1200, 1600) }],
  },
  {
    id: 'v28d71',
    class: 'equipment',
    probes: 'studio equipment bought from the fund, acceptance not said: ask, no figure',
    periodEnd: true,
    turns: [
      { user: '物流公司技能大师工作室 用职工教育经费买了30万设备', expect: askKit },
      { user: '还没验收哩 下个月才验', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, noAmount: 'open' } },
    ],
  },
  {
    id: 'v28d72',
    class: 'education_fund',
    probes: 'payroll 3000万 and fund 300万 in one line with 万元: 240万 deductible',
    periodEnd: true,
    turns: [{ user: '公司年工资薪金3000万元 职工教育经费提取300万元 税前扣除限额是多少 能扣多少', expect: deduct(2400000, 3000000) }],
  },
];
