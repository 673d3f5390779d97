/**
 * HELD-OUT dialogues, set v67 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no message is reused or
 * paraphrased from earlier sets. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: staff of private training schools (民办培训学校: 校长, 教务, 招生), teachers of a
 * 技工学校, training managers of mid-size manufacturers (装备制造, 食品, 冷链 / 物流) and the
 * person preparing a 高技能人才培训基地 application. They know the policy words but use them
 * loosely (以工代训 / 岗前培训 / 学徒制 / 设备补助 / 职工教育经费 mixed up), write figures in 万 and
 * 元 side by side (设备80万, 工资总额1200万, 经费提了90多万), ask about their trainees in bulk, ask
 * the assistant to check their own sums ("我算的是…对吧"), ask hypotheticals ("要是…呢"), compare
 * 2019 / 2020 / 2021 with now, and drift outside the plan (teacher titles, school licences, exam
 * registration, tax software). WeChat on a phone: run-ons, facts one per message, "还没验收",
 * "不确定是不是从经费里出的", corrections, topic switches from equipment to the education fund to
 * apprentices.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed or
 * not, the kind of unit, insurance where the rule needs it, months employed for poor labour, the
 * acceptance and the fund source of equipment, payroll and fund drawn, the project's subsidy
 * total) must be asked, so an amount is expected only once every such fact has been said; an
 * inexact figure ("90多万") that straddles a threshold is asked, not rounded.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (a 民办培训学校 counts, the list being open; a
 *   技工学校 is a 职业院校 — "职业院校（含技工院校）" — and does not); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise; 退役军人 are no 以工代训 group; rows with the
 *   岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted; a purchase split into batches keeps one cap.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash;
 *   a front-line share under 60 % is noted.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, the per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [check-my-sum], [hypothetical], [bulk].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** Money to collect, said of a tax deduction. */
const CASH = /可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/;
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [CASH, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing: no figure, and asked. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction', asks: true };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The person's training subsidy is still open. */
const openTraining: TurnExpect = { noAmount: 'unfixed', undecided: 'vocational_training' };
/** The person's training subsidy cannot be granted on these facts. */
const noTraining: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } };

export const DIALOGUES_V67: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v67d01',
    class: 'one_group',
    probes: 'insured food factory, 4 employment-difficulty hires, 5 months, 岗前 not claimed',
    periodEnd: true,
    turns: [
      {
        // 4 × 200 × min(5, 6) = 4000
        user: '我们是速冻食品厂，社保一直交着的，今年招了4个就业困难人员，上岗以后师傅带着干，算以工代训吧，搞了5个月，岗前培训那个补贴没给他们报过，能拿多少',
        expect: pay(4000),
      },
    ],
  },
  {
    id: 'v67d02',
    class: 'one_group',
    probes: 'logistics firm, poor labour: months employed, then months of 以工代训 capped at 6',
    periodEnd: true,
    turns: [
      { user: '物流公司培训专员，想问问招建档立卡户搞以工代训，补贴是咋算的', expect: askOJT },
      // employed ≈ 12 months ≥ 6; 以工代训 months and 岗前 still open
      { user: '分拣线上招了3个建档立卡的，干了快一年了', expect: askOJT },
      // 3 × 200 × min(8, 6) = 3600 (not 3 × 200 × 8 = 4800)
      { user: '以工代训前后搞了8个月，岗前那个补贴没申请过', expect: payNot(3600, 4800) },
    ],
  },
  {
    id: 'v67d03',
    class: 'one_group',
    probes: '[check-my-sum] machinery plant, 2 zero-employment-family hires, insured, 6 months',
    periodEnd: true,
    turns: [
      {
        // 2 × 200 × 6 = 2400 — the person's sum is right
        user: '装备厂的，我们招了2个零就业家庭的，厂里五险一直正常缴，以工代训搞满6个月，岗前补贴也没领，我算的是2×200×6=2400块，没毛病吧',
        expect: pay(2400),
      },
    ],
  },
  {
    id: 'v67d04',
    class: 'one_group',
    probes: 'a private training school as employer of poor labour counts as 生产经营主体; cap at 6 months',
    periodEnd: true,
    turns: [
      {
        // 培训机构 is in the open list; employed 7 ≥ 6; 1 × 200 × min(7, 6) = 1200 (not 1400)
        user: '我们是一家民办培训学校，去年招了1个建档立卡贫困户在学校做后勤，到现在干了7个月，以工代训也搞了7个月，岗前补贴没领过，学校这种能拿以工代训不',
        expect: payNot(1200, 1400),
      },
    ],
  },
  {
    id: 'v67d05',
    class: 'one_group',
    probes: 'a 技工学校 is a 职业院校, not a production entity: no 以工代训',
    periodEnd: true,
    turns: [
      {
        // 职业院校（含技工院校）is not a 生产经营主体 → ineligible; the misreading: 2 × 200 × 6 = 2400
        user: '我是技工学校后勤科的，学校食堂招了2个建档立卡贫困户，干了8个月了，以工代训6个月，岗前补贴没领，咱学校能申请以工代训补贴吗',
        expect: noPay(2400),
      },
    ],
  },
  {
    id: 'v67d06',
    class: 'one_group',
    probes: 'facts one per message: unit, group and count, insurance, months and 岗前',
    periodEnd: true,
    turns: [
      { user: '麻烦问一下 厂里想申请以工代训的那个钱', expect: { noAmount: 'open', asks: true } },
      { user: '我们是做包装食品的企业，在新郑那边', expect: askOJT },
      { user: '招的是残疾人 一共俩', expect: askOJT },
      { user: '社保是给他们交了的', expect: askOJT },
      // 2 × 200 × 5 = 2000
      { user: '以工代训5个月，岗前补贴压根没碰过', expect: pay(2000) },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v67d07',
    class: 'several_groups',
    probes: 'two groups with different months in one message keep their own months',
    periodEnd: true,
    turns: [
      {
        // 3 × 200 × 4 = 2400; 2 × 200 × 6 = 2400; total 4800 (not 5 × 200 × 6 = 6000 nor 5 × 200 × 4 = 4000)
        user: '我们食品厂社保都交的，招了3个就业困难人员以工代训4个月，还有2个残疾人以工代训6个月，这5个人岗前补贴都没领过，一共多少',
        expect: payNot(4800, 6000, 4000),
      },
    ],
  },
  {
    id: 'v67d08',
    class: 'several_groups',
    probes: 'poor labour and employment-difficulty hires, facts spread over three turns',
    periodEnd: true,
    turns: [
      { user: '厂里新招了几类人想问以工代训：贫困户5个，就业困难的2个', expect: askOJT },
      { user: '贫困户那5个都干满10个月了，以工代训做了6个月；就业困难那俩以工代训3个月', expect: askOJT },
      {
        // poor: 5 × 200 × 6 = 6000; difficulty: 2 × 200 × 3 = 1200; total 7200 (not 7 × 200 × 6 = 8400)
        user: '我们机加工企业社保一直交着，岗前培训补贴这几个人都没报',
        expect: payNot(7200, 8400, 4200),
      },
    ],
  },
  {
    id: 'v67d09',
    class: 'several_groups',
    probes: 'zero-employment-family and employment-difficulty rows, months of each kept apart',
    periodEnd: true,
    turns: [
      {
        // 4 × 200 × 2 = 1600; 1 × 200 × 5 = 1000; total 2600 (not 5 × 200 × 2 = 2000 nor 5 × 200 × 5 = 5000)
        user: '我们是物流园区里的公司，交社保的，去年吸纳了零就业家庭的4个人、就业困难人员1个，零就业那4个以工代训2个月，就业困难那1个以工代训5个月，岗前补贴都没拿过',
        expect: payNot(2600, 2000, 5000),
      },
    ],
  },
  {
    id: 'v67d10',
    class: 'several_groups',
    probes: 'veterans are no 以工代训 group: only the employment-difficulty hires count',
    periodEnd: true,
    turns: [
      {
        // 退役军人 not in 六(一); 2 × 200 × 4 = 1600 (not 5 × 200 × 4 = 4000)
        user: '我们做机械加工的，参保企业，今年招了退役军人3个、就业困难人员2个，都以工代训了4个月，岗前补贴没领过，以工代训按5个人算能拿多少',
        expect: payNot(1600, 4000),
      },
    ],
  },
  {
    id: 'v67d11',
    class: 'several_groups',
    probes: 'one group has the 岗前 subsidy claimed, the other not: only the other counts',
    periodEnd: true,
    turns: [
      { user: '我们冷链物流公司，社保正常交，招了3个就业困难的、2个贫困户，贫困户都干了半年多', expect: askOJT },
      {
        // difficulty rows: 岗前 claimed → 0; poor: 2 × 200 × 6 = 2400 (not 5 × 200 × 6 = 6000)
        user: '以工代训都是6个月。就业困难那3个之前走过岗前培训补贴了，贫困户那俩没走',
        expect: payNot(2400, 6000),
      },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v67d12',
    class: 'negation_after_noun',
    probes: 'the 岗前 subsidy is denied words after the noun',
    periodEnd: true,
    turns: [
      {
        // 2 × 200 × 3 = 1200
        user: '我们是做调味品的食品企业，社保交着，招了2个残疾人，以工代训干了3个月，岗前技能培训的补贴呢，我们财务查了一下，没申请',
        expect: pay(1200),
      },
    ],
  },
  {
    id: 'v67d13',
    class: 'negation_after_noun',
    probes: 'insurance denied far after the noun: no 以工代训 for employment-difficulty hires',
    periodEnd: true,
    turns: [
      {
        // not insured → ineligible; the misreading 3 × 200 × 4 = 2400
        user: '我们是新成立的同城配送小公司，招了3个就业困难人员，以工代训4个月，岗前补贴没领。社保这个事儿吧，因为刚起步资金紧，公司到现在还一直没交',
        expect: noPay(2400),
      },
    ],
  },
  {
    id: 'v67d14',
    class: 'negation_after_noun',
    probes: 'equipment paid from the company account, the fund denied after the noun',
    turns: [
      {
        // not from the 职工教育经费 → no subsidy; the misreading 20 % × 450 000 = 90 000
        user: '我们技能大师工作室新买了一批设备45万，人社财政来验收过了，钱呢是公司账上直接付的，职工教育经费里面一分没走',
        expect: noKit(90000, /(?<![\d.])9万/),
      },
    ],
  },
  {
    id: 'v67d15',
    class: 'negation_after_noun',
    probes: 'the 岗前 subsidy denied in a later message with the noun first',
    periodEnd: true,
    turns: [
      { user: '我们是装备制造企业，参保的，吸纳了4个就业困难人员做以工代训5个月', expect: askOJT },
      // 4 × 200 × 5 = 4000
      { user: '岗前技能培训补贴，这4个人，财务那边翻了账确认了，从来没报过', expect: pay(4000) },
    ],
  },
  {
    id: 'v67d16',
    class: 'negation_after_noun',
    probes: 'a trainee: pension and earlier subsidies denied after their nouns; all facts given',
    periodEnd: true,
    turns: [
      {
        // place = residence, certificate, 0 subsidies this year, new occupation-level, no pension, in the system → eligible; no amount fixed
        user: '我们培训学校有个学员，在我们这儿学的，她常住郑州，证书考下来了，今年培训补贴一次都没领过，这个工种以前也没学过；养老金这块儿，她说还没到年龄，一直没有领。我们学校的培训都录进省里系统了。她能享受职业培训补贴吗',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v67d17',
    class: 'unknown_reply',
    probes: 'months employed of poor labour unknown, then two different answers for the two hires',
    periodEnd: true,
    turns: [
      { user: '我们厂招了2个贫困劳动力，以工代训搞了4个月，岗前补贴没领，能拿多少钱', expect: askOJT },
      { user: '具体入职几个月我真说不上来，人事那边的花名册我没看到', expect: dunnoOJT },
      {
        // hire A: employed 9 ≥ 6 → 1 × 200 × 4 = 800; hire B: employed 5 < 6 → 0; total 800 (not 2 × 200 × 4 = 1600)
        user: '问到了，一个干了9个月，另一个才5个月',
        expect: payNot(800, 1600),
      },
    ],
  },
  {
    id: 'v67d18',
    class: 'unknown_reply',
    probes: '[hypothetical] fund source unknown, then given; then "要是设备是100万"',
    periodEnd: true,
    turns: [
      { user: '我们申报了高技能人才培训基地，新买的实训设备一共80万，已经验收了，能补多少', expect: askKit },
      { user: '是不是从职工教育经费里出的我不确定，得问财务', expect: dunnoKit },
      // 20 % × 800 000 = 160 000 (< 500 000)
      { user: '财务回了，是从教育经费里列支的', expect: kit(160000) },
      // 20 % × 1 000 000 = 200 000 (< 500 000)
      { user: '那如果设备是100万呢，能补多少', expect: kitNot(200000, 160000) },
    ],
  },
  {
    id: 'v67d19',
    class: 'unknown_reply',
    probes: 'payroll not known by the asker, then given',
    turns: [
      { user: '职工教育经费税前能扣多少？我们今年提了72万', expect: askFund },
      { user: '工资总额多少我这边不清楚，那块儿不归我管', expect: askFund },
      // 8 % × 12 000 000 = 960 000; min(720 000, 960 000) = 720 000
      { user: '问了财务，工资薪金总额是1200万', expect: deduct(720000) },
    ],
  },
  {
    id: 'v67d20',
    class: 'unknown_reply',
    probes: 'insurance via an agency: "搞不清" keeps it open; then settled',
    periodEnd: true,
    turns: [
      { user: '我是一家物流公司的培训主管，招了3个就业困难人员，以工代训5个月，岗前补贴没领', expect: askOJT },
      { user: '社保是外包给人力公司代缴的，我也搞不清这算不算我们参保', expect: dunnoOJT },
      // 3 × 200 × 5 = 3000
      { user: '刚打电话问了，是以我们公司名义交的社保', expect: pay(3000) },
    ],
  },
  {
    id: 'v67d21',
    class: 'unknown_reply',
    probes: '[bulk] a whole class of trainees, pensions unknown: no verdict',
    periodEnd: true,
    turns: [
      {
        user: '我们培训学校这期电工班30个学员，都是郑州常住的，证书都拿到了，能不能全都享受职业培训补贴',
        expect: { ...openTraining, asks: true },
      },
      { user: '有没有人领养老金这个我真不知道，班上学员年龄有大有小', expect: openTraining },
    ],
  },
  {
    id: 'v67d22',
    class: 'unknown_reply',
    probes: 'project training: the subsidy total not yet fixed, so no advance figure',
    periodEnd: true,
    turns: [
      {
        user: '听说项目制培训可以先拨一半补贴，我们学校这期项目能先拿多少',
        expect: { noAmount: 'open', asks: true, notVerdict: { rule: 'project_training_advance', status: 'ineligible' } },
      },
      {
        user: '补贴总额多少还没定下来，人社那边还在核',
        expect: { noAmount: 'open', undecided: 'project_training_advance' },
      },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v67d23',
    class: 'correction',
    probes: 'the count corrected from 3 to 2',
    periodEnd: true,
    turns: [
      {
        // 3 × 200 × 6 = 3600
        user: '我们是做面包的食品企业，参保的，招了3个就业困难人员，以工代训6个月，岗前补贴没领',
        expect: pay(3600),
      },
      // 2 × 200 × 6 = 2400
      { user: '不好意思我说错了，是2个人不是3个', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v67d24',
    class: 'correction',
    probes: 'the site corrected from base to master studio: the lower cap applies',
    periodEnd: true,
    turns: [
      // 20 % × 800 000 = 160 000 (< 500 000)
      { user: '我们是高技能人才培训基地，用职工教育经费新买了实训设备80万，人社财政验收合格了', expect: kit(160000) },
      // studio: min(160 000, 100 000) = 100 000
      { user: '搞错了，这批设备是放在技能大师工作室的，不是基地', expect: kitNot(100000, 160000) },
    ],
  },
  {
    id: 'v67d25',
    class: 'correction',
    probes: 'the 岗前 subsidy corrected to "already claimed": no 以工代训',
    periodEnd: true,
    turns: [
      // poor labour, employed 8 ≥ 6: 4 × 200 × 6 = 4800
      { user: '我们物流公司参保，招了4个贫困户，都干了8个月，以工代训6个月，岗前补贴没领', expect: pay(4800) },
      { user: '刚问了人事，岗前培训补贴其实已经领过了，之前是我记岔了', expect: noPay(4800) },
    ],
  },
  {
    id: 'v67d26',
    class: 'correction',
    probes: 'payroll corrected: the cap moves above the fund drawn',
    turns: [
      // 8 % × 15 000 000 = 1 200 000; min(1 300 000, 1 200 000) = 1 200 000
      { user: '工资总额1500万，职工教育经费提了130万，税前能扣多少', expect: deduct(1200000) },
      // 8 % × 18 000 000 = 1 440 000; min(1 300 000, 1 440 000) = 1 300 000
      { user: '哦不对，工资总额是1800万，刚才看的是前年的', expect: deduct(1300000, 1200000) },
    ],
  },
  {
    id: 'v67d27',
    class: 'correction',
    probes: 'months of 以工代训 corrected upward past the 6-month cap',
    periodEnd: true,
    turns: [
      // 2 × 200 × 4 = 1600
      { user: '我们装备厂参保，招了2个残疾人，以工代训4个月，岗前补贴没领', expect: pay(1600) },
      // 2 × 200 × min(8, 6) = 2400 (not 2 × 200 × 8 = 3200)
      { user: '更正一下，以工代训是8个月，我看错表了', expect: payNot(2400, 3200) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v67d28',
    class: 'topic_switch',
    probes: 'equipment → education fund → apprentices, each answered from its own rule',
    periodEnd: true,
    turns: [
      // 20 % × 1 200 000 = 240 000 (< 500 000)
      { user: '我们是装备制造企业，高技能人才培训基地新买设备120万，教育经费出的，验收过了', expect: kit(240000) },
      // 8 % × 20 000 000 = 1 600 000; min(1 500 000, 1 600 000) = 1 500 000
      { user: '那职工教育经费这块儿，工资总额2000万，经费提了150万，能税前扣多少', expect: deduct(1500000) },
      { user: '另外我们今年带了20个新型学徒，一个人能补多少', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v67d29',
    class: 'topic_switch',
    probes: 'teachers in training work (covered) → paper requirements of a title (outside)',
    turns: [
      { user: '我是技工学校的老师，学校里承担补贴性培训的一线老师，评职称有没有倾斜', expect: { cites: ['四(二)'] } },
      { user: '那评高级讲师要发几篇论文', expect: decline },
    ],
  },
  {
    id: 'v67d30',
    class: 'topic_switch',
    probes: '以工代训 → an employee\'s own forklift certificate: no figure carried over',
    periodEnd: true,
    turns: [
      // 1 × 200 × 3 = 600
      { user: '食品厂，参保，就业困难的招了1个，以工代训3个月，岗前补贴没领', expect: pay(600) },
      { user: '换个问题，我们厂员工自己去外面考叉车证，能领职业培训补贴吗', expect: { ...openTraining, mustNotContain: ['600'] } },
    ],
  },
  {
    id: 'v67d31',
    class: 'topic_switch',
    probes: 'equipment → where to fill the fund in tax software (outside)',
    periodEnd: true,
    turns: [
      // studio: min(20 % × 300 000 = 60 000, 100 000) = 60 000
      { user: '技能大师工作室新购设备30万，走的职工教育经费，验收通过了', expect: kit(60000) },
      { user: '对了，电子税务局那个申报软件里，职工教育经费在哪一栏填', expect: decline },
    ],
  },
  {
    id: 'v67d32',
    class: 'topic_switch',
    probes: 'apprentices (no amount) → an employee who wants to open a shop (entrepreneurship)',
    turns: [
      { user: '我们物流公司跟职业学院搞现代学徒制，学徒有补贴吗，标准多少', expect: noFigure(['四(一)']) },
      { user: '另外问下，我们仓库一个小伙子想自己出去开个店，他能参加创业培训吗', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v67d33',
    class: 'topic_switch',
    probes: 'project-training advance → free training of poor trainees, no figure carried over',
    periodEnd: true,
    turns: [
      // 50 % × 360 000 = 180 000
      { user: '我们培训学校接了个项目制培训，补贴总共36万，按规定能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 180000 } } },
      { user: '另外学员里有几个是建档立卡的贫困户，他们来培训是不是不用交钱', expect: { cites: ['三(三)'], noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v67d34',
    class: 'person_training',
    probes: 'a job-seeking trainee from elsewhere: facts missing, then all given',
    periodEnd: true,
    turns: [
      {
        user: '我们是民办培训学校，有个学员外地户口，人在郑州找工作，在我们这考了中式烹调师证，能领职业培训补贴吗',
        expect: { ...openTraining, asks: true },
      },
      {
        // job-seeking place, certificate, in the system, 0 this year, new occupation, no pension → eligible, no amount fixed
        user: '我们学校在省里那个培训系统里都有记录，这个学员今年头一回参加培训，以前没考过这个工种，也没领养老金',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v67d35',
    class: 'person_training',
    probes: 'a retired trainee drawing a monthly pension',
    turns: [
      { user: '培训班有个58岁的阿姨，已经退休每月领养老金，育婴员证也考了，能给她报职业培训补贴吗', expect: { ...noTraining, says: [/养老金/] } },
    ],
  },
  {
    id: 'v67d36',
    class: 'person_training',
    probes: 'three subsidies already this year; then "next January" — the plan has ended',
    periodEnd: true,
    turns: [
      { user: '有个学员今年已经在我们这领了3次培训补贴了，又来报育婴员，还能补吗', expect: { ...noTraining, cites: ['七(二)'] } },
      { user: '那让她等到明年一月份再报，次数能不能重新算', expect: { noAmount: 'unfixed', mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v67d37',
    class: 'person_training',
    probes: 'same occupation and level again',
    turns: [
      { user: '学员去年在我们学校考了电工四级领过补贴，今年想再考一回电工四级，还能补吗', expect: { ...noTraining, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v67d38',
    class: 'person_training',
    probes: 'training taken neither at home, residence nor job place',
    turns: [
      { user: '我们学校在郑州，有个学员户口在洛阳，人也在洛阳上班，就是周末跑来郑州上课，考了证能在郑州领补贴吗', expect: noTraining },
    ],
  },
  {
    id: 'v67d39',
    class: 'person_training',
    probes: 'a training school outside the information system: 系统之外零补贴',
    turns: [
      { user: '我们是刚成立的培训学校，还没进省里的职业培训信息管理系统，学员考了证能领补贴吗', expect: { ...noTraining, cites: ['六(三)', '七(二)'] } },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v67d40',
    class: 'entrepreneurship',
    probes: 'students of a 技工学校 may take entrepreneurship training',
    turns: [{ user: '我们技工学校在校的学生能不能参加创业培训，要不要交钱', expect: { cites: ['三(八)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v67d41',
    class: 'entrepreneurship',
    probes: 'a business open almost 6 years (> 5): not by that ground; then a wish to open another',
    periodEnd: true,
    turns: [
      {
        user: '我们学校合作的一个学员，自己开了个小饭馆，开了快6年了，能参加创业培训不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
      {
        user: '他说想再开个分店，这个算有创业愿望吧',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v67d42',
    class: 'entrepreneurship',
    probes: 'who qualifies (covered), then the per-trainee subsidy (not fixed)',
    turns: [
      { user: '我们培训学校想接创业培训的活，培训对象有啥要求', expect: { cites: ['三(八)'] } },
      { user: '那一个学员的创业培训补贴标准是多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v67d43',
    class: 'entrepreneurship',
    probes: 'a recent 技校 graduate now employed who wants to open an online shop',
    periodEnd: true,
    turns: [
      {
        user: '去年从技校毕业的一个小伙，现在在我们物流公司上班，想学开网店，能参加创业培训不',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v67d44',
    class: 'entrepreneurship',
    probes: 'a small-business owner open 3 years',
    periodEnd: true,
    turns: [
      {
        user: '我一个朋友开了个小加工厂，开了3年了，算小微企业，他能来我们学校参加创业培训吗',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v67d45',
    class: 'equipment',
    probes: '[check-my-sum] base, 300万 of equipment: 20 % is 60万 but the cap is 50万',
    periodEnd: true,
    turns: [
      {
        // min(20 % × 3 000 000 = 600 000, 500 000) = 500 000
        user: '高技能人才培训基地，这两年用教育经费买了300万的设备，验收合格，补贴是60万吧？我是按20%算的',
        expect: kitNot(500000, 600000),
      },
    ],
  },
  {
    id: 'v67d46',
    class: 'equipment',
    probes: '"还没验收": no subsidy yet; then accepted',
    periodEnd: true,
    turns: [
      {
        user: '我们在申请高技能人才培训基地，设备买了150万，教育经费出的，还没验收，能补多少',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, says: [/验收/] },
      },
      // 20 % × 1 500 000 = 300 000 (< 500 000)
      { user: '上周人社和财政来验收了，合格了', expect: kit(300000) },
    ],
  },
  {
    id: 'v67d47',
    class: 'equipment',
    probes: 'a base and a studio: each has its own cap',
    periodEnd: true,
    turns: [
      {
        // base: min(20 % × 1 500 000 = 300 000, 500 000) = 300 000; studio: min(20 % × 600 000 = 120 000, 100 000) = 100 000; total 400 000 (not 20 % × 2 100 000 = 420 000)
        user: '我们公司一个高技能人才培训基地买了150万设备，一个技能大师工作室买了60万设备，都是职工教育经费出的，都验收了，一共能补多少',
        expect: kitNot(400000, 420000),
      },
    ],
  },
  {
    id: 'v67d48',
    class: 'equipment',
    probes: '[hypothetical] studio 40万, then "要是70万": the 10万 cap',
    periodEnd: true,
    turns: [
      // min(20 % × 400 000 = 80 000, 100 000) = 80 000
      { user: '技能大师工作室，教育经费买设备，已经验收，设备40万能补多少', expect: kit(80000) },
      // min(20 % × 700 000 = 140 000, 100 000) = 100 000
      { user: '要是设备买了70万呢', expect: kitNot(100000, 140000) },
    ],
  },
  {
    id: 'v67d49',
    class: 'equipment',
    probes: 'a purchase split into three batches keeps one cap',
    periodEnd: true,
    turns: [
      {
        // Σ 1 200 000 + 900 000 + 1 100 000 = 3 200 000; min(640 000, 500 000) = 500 000 (not 240 000 + 180 000 + 220 000 = 640 000)
        user: '基地的设备分三批买的，第一批120万，第二批90万，第三批110万，都是教育经费出的，都验收了，是不是每批单独算，各有50万封顶',
        expect: kitNot(500000, 640000),
      },
    ],
  },
  {
    id: 'v67d50',
    class: 'equipment',
    probes: 'an applicant who has not bought yet: the conditions, no figure',
    turns: [
      { user: '我们准备申报高技能人才培训基地，设备还没买，是不是先买了就能拿补助', expect: { cites: ['四(一)'], says: [/验收/], noAmount: 'open' } },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v67d51',
    class: 'education_fund',
    probes: '"90多万" straddles the 96万 cap: ask; then exact; then [hypothetical] above the cap',
    turns: [
      {
        // cap 8 % × 12 000 000 = 960 000; fund between 900 000 and 999 999 → not settled
        user: '我们工资总额1200万，职工教育经费提了90多万，税前都能扣掉吧',
        expect: {
          oneOf: [{ asks: true }, { says: [/96\s*万|960000/] }],
          mustNotContain: ['900000', /(?<![\d.])90万元/, CASH],
        },
      },
      // min(936 000, 960 000) = 936 000
      { user: '准确数是93.6万', expect: deduct(936000) },
      // min(1 100 000, 960 000) = 960 000
      { user: '要是提了110万呢，超出的那部分咋办', expect: deduct(960000, 1100000) },
    ],
  },
  {
    id: 'v67d52',
    class: 'education_fund',
    probes: '[two-part] deduction and a front-line share under 60 %',
    turns: [
      {
        // 8 % × 8 000 000 = 640 000; min(500 000, 640 000) = 500 000; share ≈ 0.5 < 0.6
        user: '工资总额800万，教育经费提了50万，税前能扣多少？另外一线工人培训大概只花了一半，这样合规不',
        expect: {
          amount: { rule: 'education_fund_deduction', yuan: 500000 },
          says: [/税前/, /60\s*%|60％|百分之六十|六成/],
          mustNotContain: [CASH],
        },
      },
    ],
  },
  {
    id: 'v67d53',
    class: 'education_fund',
    probes: 'allowances for masters training apprentices (师带徒) from the fund',
    turns: [{ user: '职工教育经费能不能拿来给带徒弟的老师傅发点津贴', expect: noFigure(['六(二)']) }],
  },
  {
    id: 'v67d54',
    class: 'education_fund',
    probes: '[dated] 2019 vs now: the 8 % limit',
    turns: [{ user: '2019年那会儿教育经费税前扣除是按8%吗，现在还是8%不', expect: { cites: ['六(二)'], says: [/8\s*%|8％|百分之八/] } }],
  },
  {
    id: 'v67d55',
    class: 'education_fund',
    probes: '[check-my-sum] fund above 8 % of payroll: the person\'s sum is wrong',
    turns: [
      {
        // 8 % × 30 000 000 = 2 400 000; min(3 000 000, 2 400 000) = 2 400 000 (not 3 000 000)
        user: '我们工资薪金总额是3000万，经费提了300万，我算的是能税前扣300万，对吧',
        expect: deduct(2400000, 3000000),
      },
    ],
  },
  {
    id: 'v67d56',
    class: 'education_fund',
    probes: 'facts one per message: topic, payroll, fund',
    turns: [
      { user: '想咨询下职工教育经费抵税的事儿', expect: { noAmount: 'open', asks: true } },
      { user: '去年工资薪金总额是2650万', expect: askFund },
      // 8 % × 26 500 000 = 2 120 000; min(1 800 000, 2 120 000) = 1 800 000
      { user: '教育经费实际提了180万', expect: deduct(1800000) },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v67d57',
    class: 'apprenticeship',
    probes: 'the apprentice subsidy per head: no amount in the plan',
    turns: [{ user: '企业新型学徒制一个学徒一年补多少钱？我们装备厂今年带了15个', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v67d58',
    class: 'apprenticeship',
    probes: 'apprenticeship vs 以工代训 (covered), then combining them (not settled)',
    turns: [
      { user: '学徒制和以工代训是一回事吗，我们厂里老搞混', expect: { cites: ['四(一)', '六(一)'] } },
      { user: '那我们的学徒补贴能跟以工代训一起拿吗', expect: unsettled },
    ],
  },
  {
    id: 'v67d59',
    class: 'apprenticeship',
    probes: '[check-my-sum] a figure heard elsewhere (4000 a head) must not be confirmed',
    turns: [
      {
        user: '我们食品厂带了12个新型学徒，听说一个人一年给4000，我算的是一共4.8万对吧',
        expect: { noAmount: 'unfixed', cites: ['四(一)'], mustNotContain: ['48000', /4\.8\s*万/] },
      },
    ],
  },
  {
    id: 'v67d60',
    class: 'apprenticeship',
    probes: 'a 技工学校 in modern apprenticeship with a firm: no amount for the school',
    turns: [{ user: '我们技工学校跟企业合作搞现代学徒制，学校这边能有补贴不', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v67d61',
    class: 'apprenticeship',
    probes: 'the three-year apprentice target',
    turns: [{ user: '新型学徒这三年全市一共要培养多少个', expect: { cites: ['四(一)'], says: [/2\s*万/] } }],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v67d62',
    class: 'period',
    probes: '[dated] 以工代训 done in 2020, asked now: the plan has ended',
    turns: [{ user: '2020年我们招的贫困户搞过以工代训，当时没申请，现在还能补申请吗', expect: { mentionsPeriodEnd: true, noAmount: 'open' } }],
  },
  {
    id: 'v67d63',
    class: 'period',
    probes: '[dated] a 2021 hire computed for 2021, then "now"',
    periodEnd: true,
    turns: [
      {
        // 2 × 200 × 6 = 2400, in force on the date asked
        user: '我们物流公司2021年3月招了2个就业困难人员，参保的，以工代训6个月，岗前补贴没领，按当时的政策能拿多少',
        expect: pay(2400),
      },
      { user: '那要是现在再招这样的人，还能申请不', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
    ],
  },
  {
    id: 'v67d64',
    class: 'period',
    probes: 'equipment bought before the plan was issued: the plan sets no purchase date',
    turns: [{ user: '2019年11月买的实训设备算不算新购置的，方案不是12月才出来吗', expect: unsettled }],
  },
  {
    id: 'v67d65',
    class: 'period',
    probes: '[dated] 2022 fund deduction under this plan: ended',
    turns: [{ user: '2022年的职工教育经费还能按这个方案的8%去扣吗', expect: { mentionsPeriodEnd: true } }],
  },
  {
    id: 'v67d66',
    class: 'period',
    probes: '[two-part] the three-year targets (2019–2021), and whether they were met',
    turns: [{ user: '19年到21年这三年要培训的人次是多少，到21年底完成了没有', expect: { cites: ['二'], says: [/200\s*万/] } }],
  },
  {
    id: 'v67d67',
    class: 'period',
    probes: '[two-part] [dated] a 2020 amount and whether it can be claimed today',
    periodEnd: true,
    turns: [
      {
        // 3 × 200 × 5 = 3000
        user: '我们是参保的食品企业，2020年招了3个就业困难人员，以工代训5个月，岗前补贴没领，当年能拿多少？现在还能去申请吗',
        expect: { ...pay(3000), mentionsPeriodEnd: true },
      },
    ],
  },
];
