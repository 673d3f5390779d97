/**
 * HELD-OUT dialogues, set v91 — written BLIND on 2026-12-01 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, the scripts, the docs or any other
 * held-out set (only the format lines of v15 were looked at). Not to be tuned on: no word of
 * these messages goes into a glossary, pattern, fixture or prompt. Once a dialogue has been
 * fixed by a targeted change it measures nothing any more; write a new one instead.
 *
 * Who types here: owners and HR of restaurant and hotel chains, head chefs and pastry cooks
 * (厨师、面点师) who train apprentices (带徒弟), hairdressers and beauticians, auto-repair shop
 * owners, winners of cooking contests, people asking about 技能大师工作室, 高技能人才培训基地,
 * 技能等级, kitchen / workshop training equipment and the 职工教育经费. Boastful, impatient or
 * confused; numbers with 万 and k; some in Traditional characters (港台 or older users); several
 * compare 2020 with today (2026, the plan having ended on 2021-12-31).
 *
 * Nothing is inferred from silence: an amount is expected only once every fact it depends on has
 * been said; "不知道/不清楚" leaves the fact open (no amount, no 不符合).
 *
 * Amount rules, computed by hand from the plan and the contract (checklist):
 * - [x] 以工代训 (六(一)): Σ per qualifying row count × 200 × min(以工代训 months, 6).
 *       建档立卡贫困劳动力: employed ≥ 6 months by a 生产经营主体 (企业 / 合作社 / 扶贫车间 …),
 *       insurance not needed. 就业困难人员 (残疾人 included, 三(二)) and 零就业家庭成员: only
 *       by an insured enterprise (参保企业), no 6-month condition. Rows whose 岗前培训补贴 was
 *       claimed never count. Months of 以工代训 above 6 are paid as 6.
 * - [x] Equipment (四(一)): per site min(20 % × new equipment value, 500 000 for a
 *       高技能人才培训基地 / 100 000 for a 技能大师工作室); only bought from the 职工教育经费 and
 *       accepted by 人社 + 财政; purchases split in batches for one site share its cap.
 * - [x] Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never
 *       cash; a note when less than 60 % goes to front-line workers.
 * - [x] Project training (六(一)): 50 % of the project's training subsidy, paid in advance.
 * - [x] No amount fixed by the plan: 企业新型学徒 (四(一) "按照相关规定"), per-person
 *       职业培训补贴 (七(二)), 生活费补贴 (六(一)), 创业培训 (三(八)), competition awards
 *       (五(三), 三(十五)), 师带徒津贴 (六(二): only that the fund may pay it).
 * - [x] The plan ran 2019-12-02 … 2021-12-31: dated questions are answered for their date; today
 *       the answer must say it has ended.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [trad] (Traditional characters).
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

const OJT = 'on_job_training' as const;
const KIT = 'equipment_subsidy' as const;
const FUND = 'education_fund_deduction' as const;
const VT = 'vocational_training' as const;
const START = 'entrepreneurship_training' as const;

/** A 以工代训 fact is still missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: OJT, status: 'ineligible' } };
/** A 以工代训 fact cannot be given ("不清楚"): no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: OJT, notVerdict: { rule: OJT, status: 'ineligible' } };
/** One group settled, another still open: the settled part may be stated, the total may not. */
const partial = (...wrong: number[]): TurnExpect => ({ asks: true, notVerdict: { rule: OJT, status: 'ineligible' }, mustNotContain: wrong.map(String) });
/** The 以工代训 amount (and figures of a misreading that must not appear). */
const pay = (yuan: number, ...wrong: number[]): TurnExpect =>
  wrong.length === 0 ? { amount: { rule: OJT, yuan } } : { amount: { rule: OJT, yuan }, mustNotContain: wrong.map(String) };
/** 以工代训 excluded on these facts. */
const noPay = (...wrong: number[]): TurnExpect =>
  wrong.length === 0 ? { status: { rule: OJT, status: 'ineligible' } } : { status: { rule: OJT, status: 'ineligible' }, mustNotContain: wrong.map(String) };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: (string | RegExp)[]): TurnExpect =>
  wrong.length === 0 ? { amount: { rule: KIT, yuan } } : { amount: { rule: KIT, yuan }, mustNotContain: wrong };
/** An equipment fact is missing: ask, no verdict, not the premature figure (the user's own 万 figures may be echoed). */
const askKit = (...premature: (string | RegExp)[]): TurnExpect => ({ asks: true, undecided: KIT, mustNotContain: premature });
/** An equipment fact cannot be given. */
const dunnoKit = (...premature: (string | RegExp)[]): TurnExpect => ({ undecided: KIT, mustNotContain: premature });
/** No equipment subsidy on these facts. */
const noKit = (...wrong: (string | RegExp)[]): TurnExpect => ({ notVerdict: { rule: KIT, status: 'eligible' }, mustNotContain: wrong });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...extra: RegExp[]): TurnExpect => ({
  amount: { rule: FUND, yuan },
  says: [/税前/, ...extra],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** An education-fund fact is missing: ask, no verdict, not the premature figure. */
const askFund = (...premature: (string | RegExp)[]): TurnExpect => ({ asks: true, undecided: FUND, mustNotContain: premature });
/** An education-fund fact cannot be given. */
const dunnoFund = (...premature: (string | RegExp)[]): TurnExpect => ({ undecided: FUND, mustNotContain: premature });
/** The plan fixes no amount: no figure, one of these clauses cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** Person training subsidy: no amount (set elsewhere), not excluded on these facts. */
const trainOpen: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: VT, status: 'ineligible' } };
/** Person training subsidy excluded on these facts. */
const trainNo: TurnExpect = { status: { rule: VT, status: 'ineligible' } };
/** Entrepreneurship training open to this person: no figure, 三(八) cited, no 不符合. */
const startYes: TurnExpect = { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: START, status: 'ineligible' } };
/** A competition award: no figure, 五(三) cited. */
const award: TurnExpect = { noAmount: 'unfixed', cites: ['五(三)'] };
/** A wan figure exactly, not inside 17万 or 7.5万. */
const wan = (n: number): RegExp => new RegExp(`(?<![\\d.])${n}\\s*万`);

export const DIALOGUES_V91: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v91d01',
    class: 'one_group',
    probes: '[dated] hotel chain, poor labour, 2020; then whether it can still be claimed today',
    periodEnd: true,
    turns: [
      {
        user: '我们是连锁酒店，正规有限公司，社保一直足额交。2020年4月招了4个建档立卡贫困户的小伙子在后厨洗菜切配，前后干了8个多月，中间以工代训搞了5个月，岗前培训那笔补贴没申请过。当时能拿多少？',
        expect: pay(4000), // 4 × 200 × 5 = 4000
      },
      { user: '那现在还能补申请不？拖了好几年了，老板天天催我', expect: ended },
    ],
  },
  {
    id: 'v91d02',
    class: 'one_group',
    probes: '[dated] a disabled hire counts as 就业困难 for an insured bakery company',
    periodEnd: true,
    turns: [
      {
        user: '烘焙坊是注册的有限公司，五险一直交。2021年3月招了个听障姑娘做裱花，残疾证有，干了9个月，以工代训6个月，岗前补贴没拿过。能补多少钱？',
        expect: pay(1200), // 1 × 200 × 6 = 1200
      },
    ],
  },
  {
    id: 'v91d03',
    class: 'one_group',
    probes: '[trad] [dated] garage company, zero-employment family apprentices',
    periodEnd: true,
    turns: [
      {
        user: '我們汽修廠是有限公司，社保有交。2020年招了2個零就業家庭的學徒，做了7個月，其中以工代訓4個月，崗前培訓補貼沒有領過。可以補多少？',
        expect: pay(1600), // 2 × 200 × 4 = 1600
      },
    ],
  },
  {
    id: 'v91d04',
    class: 'one_group',
    probes: 'impatient salon owner: unit and insurance, then 岗前 asked before any figure',
    periodEnd: true,
    turns: [
      { user: '美发店招了3个就业困难人员 干了4个月了 以工代训3个月 能补多少 快说 别绕', expect: askOJT },
      { user: '店是公司 营业执照上写的有限责任公司 社保都交', expect: askOJT },
      { user: '岗前培训那个钱 店里从来没弄过 一分没拿', expect: pay(1800) }, // 3 × 200 × 3 = 1800
    ],
  },
  {
    id: 'v91d05',
    class: 'one_group',
    probes: '[dated] poor labour employed only 4 months: not yet six, so no 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '我们饭店（有限公司）2021年夏天收了2个建档立卡贫困户的孩子，才干了4个月就走了，以工代训也做了4个月，岗前补贴没领，这能补吗？',
        expect: noPay(1600), // 2 × 200 × 4 would be the misreading
      },
    ],
  },
  {
    id: 'v91d06',
    class: 'one_group',
    probes: '[dated] boastful hotel: 9 months of 以工代训 paid as 6',
    periodEnd: true,
    turns: [
      {
        user: '我们酒店后勤一口气招了8个建档立卡户，都干满一年了，以工代训搞了9个月，岗前补贴一分没拿，公司是有限公司。你给算算2020年那会儿能拿多少，别少算',
        expect: pay(9600, 14400), // 8 × 200 × 6 = 9600 (not 8 × 200 × 9 = 14400)
      },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v91d07',
    class: 'several_groups',
    probes: '[dated] noodle chain: two groups with their own months in one message',
    periodEnd: true,
    turns: [
      {
        user: '连锁面馆，有限公司，社保正常交。2020年招了3个建档立卡贫困户，干了7个月，以工代训5个月；还有2个就业困难人员，以工代训3个月，干了半年。两拨人岗前补贴都没领。一共能拿多少？',
        expect: pay(4200, 5000), // 3 × 200 × 5 = 3000; 2 × 200 × 3 = 1200; 4200 (not 5 × 200 × 5)
      },
    ],
  },
  {
    id: 'v91d08',
    class: 'several_groups',
    probes: 'hotel: poor labour settled, disabled hires open until their months are given',
    periodEnd: true,
    turns: [
      {
        user: '我们酒店是公司，交社保的。后厨招了4个贫困户（建档立卡的），干满一年，以工代训6个月；前厅还有2个残疾人，以工代训几个月我回头问下。岗前补贴都没领过。',
        expect: partial(7200), // 4 × 200 × 6 = 4800 settled; 6 × 200 × 6 = 7200 would be the bleed
      },
      {
        user: '问到了，残疾那俩以工代训2个月，人来了5个月',
        expect: pay(5600, 7200), // 4800 + 2 × 200 × 2 = 800 → 5600
      },
    ],
  },
  {
    id: 'v91d09',
    class: 'several_groups',
    probes: '[trad] [dated] one group claimed 岗前 already: only the other is paid',
    periodEnd: true,
    turns: [
      {
        user: '我們酒店是公司，有參保。招了5個零就業家庭成員，做了半年，以工代訓3個月，崗前培訓補貼沒領；另外3個就業困難人員，崗前補貼已經領了，以工代訓也做了3個月。2021年的事，能補多少？',
        expect: pay(3000, 4800), // 5 × 200 × 3 = 3000; the 3 with 岗前 claimed do not count (8 × 200 × 3 = 4800 wrong)
      },
    ],
  },
  {
    id: 'v91d10',
    class: 'several_groups',
    probes: '[dated] garage: poor labour under six months drops out, 就业困难 row paid',
    periodEnd: true,
    turns: [
      {
        user: '汽修公司 社保交着 2020年招了俩建档立卡的 才来5个月 以工代训也5个月；另外招了3个就业困难人员 干了8个月 以工代训4个月 岗前补贴都没申请 能补多少',
        expect: pay(2400, 4000, 4400), // 3 × 200 × 4 = 2400; poor labour 5 < 6 months employed
      },
    ],
  },
  {
    id: 'v91d11',
    class: 'several_groups',
    probes: '[dated] pastry factory: three groups, three different months',
    periodEnd: true,
    turns: [
      {
        user: '糕点厂（有限公司，社保交的）2020年招人：2个建档立卡贫困户干了10个月以工代训6个月，1个残疾人以工代训4个月干了5个月，2个零就业家庭的以工代训1个月干了2个月，岗前补贴全都没领。合计多少钱？',
        expect: pay(3600, 6000), // 2×200×6 = 2400; 1×200×4 = 800; 2×200×1 = 400 → 3600
      },
    ],
  },
  {
    id: 'v91d12',
    class: 'several_groups',
    probes: 'beauty chain: insurance unsaid keeps the 就业困难 row open; poor labour settled',
    periodEnd: true,
    turns: [
      {
        user: '美容连锁公司，2020年吸纳了2个建档立卡贫困劳动力干了9个月以工代训3个月，3个就业困难人员干了6个月以工代训5个月，岗前补贴都没领。能补多少？',
        expect: partial(4200), // 2 × 200 × 3 = 1200 settled; insurance open for the 3
      },
      { user: '社保嘛，公司一直是交着的', expect: pay(4200, 5000) }, // 1200 + 3 × 200 × 5 = 3000 → 4200
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v91d13',
    class: 'negation_after_noun',
    probes: '[dated] "岗前培训补贴…一分都没领过": not claimed',
    periodEnd: true,
    turns: [
      {
        user: '宾馆是公司，社保一直交着。招了3个就业困难人员，干了5个月，以工代训4个月。岗前培训补贴这仨人，我们是一分都没领过。2020年能补多少？',
        expect: pay(2400), // 3 × 200 × 4 = 2400
      },
    ],
  },
  {
    id: 'v91d14',
    class: 'negation_after_noun',
    probes: '"社保那块…一直都没给交": not insured, so 就业困难 hires do not qualify',
    periodEnd: true,
    turns: [
      {
        user: '理发店是个小公司，招了2个就业困难的，以工代训3个月，干了半年，岗前补贴也没领。社保那块，说实话我们一直都没给交。这能拿以工代训补贴吗？',
        expect: noPay(1200), // 2 × 200 × 3 would be the misreading
      },
    ],
  },
  {
    id: 'v91d15',
    class: 'negation_after_noun',
    probes: '"养老金我是没领的": no pension, not read as receiving one',
    periodEnd: true,
    turns: [
      {
        user: '我50岁，在郑州上班十几年了，户口在新乡，在郑州报了中式面点师四级，证也拿到了，今年头一回培训，机构说进了省里系统。养老金我是没领的。这个能补吗',
        expect: trainOpen,
      },
    ],
  },
  {
    id: 'v91d16',
    class: 'negation_after_noun',
    probes: '"不是没领，是早就领过了": 岗前 claimed, so no 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '酒店是参保企业，招了4个零就业家庭的，干了8个月，以工代训5个月。岗前那个补贴，这几个人不是没领，是早就领过了。以工代训还能补吗？',
        expect: noPay(4000), // 4 × 200 × 5 would be the misreading
      },
    ],
  },
  {
    id: 'v91d17',
    class: 'negation_after_noun',
    probes: 'farm-stay restaurant run by a cooperative: "岗前补贴，一个也没申请"',
    periodEnd: true,
    turns: [
      {
        user: '俺们农家乐是农民专业合作社办的，吸纳了2个建档立卡贫困户，干了8个月，以工代训6个月。建档立卡证明俩人都有；岗前补贴，一个也没申请。能补多少？',
        expect: pay(2400), // 2 × 200 × 6 = 2400
      },
    ],
  },
  {
    id: 'v91d18',
    class: 'negation_after_noun',
    probes: 'equipment "钱不是职工教育经费出的": no equipment subsidy',
    periodEnd: true,
    turns: [
      {
        user: '我们技能大师工作室（西点方向）买了40万的实训设备，人社财政都验收了。不过那批设备的钱，不是职工教育经费出的，是老板私人掏的。能按20%补吗？',
        expect: noKit('80000', wan(8)), // 40万 × 20 % would be the misreading
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v91d19',
    class: 'unknown_reply',
    probes: '岗前 unknown ("真不清楚") stays open; the amount once it is found',
    periodEnd: true,
    turns: [
      { user: '酒店公司参保的，招了3个就业困难人员干了半年，以工代训4个月，能补多少？', expect: askOJT },
      { user: '岗前补贴领没领，我是真不清楚，之前管这事的人事辞职了', expect: dunnoOJT },
      { user: '刚翻到记录了，岗前那个没领过', expect: pay(2400) }, // 3 × 200 × 4 = 2400
    ],
  },
  {
    id: 'v91d20',
    class: 'unknown_reply',
    probes: 'insurance unsure (paid through an agency): no amount, no 不符合',
    periodEnd: true,
    turns: [
      { user: '汽修连锁公司，招了2个零就业家庭成员，干了7个月，以工代训3个月，岗前补贴没领，能补吗', expect: askOJT },
      { user: '社保这块我不敢确定，是挂在人力外包公司代缴的，到底算不算我们交的我也迷糊', expect: dunnoOJT },
    ],
  },
  {
    id: 'v91d21',
    class: 'unknown_reply',
    probes: 'equipment acceptance unknown: no amount, no verdict',
    periodEnd: true,
    turns: [
      {
        user: '我们是连锁川菜馆，行政总厨的技能大师工作室新买了一批灶具和实训台，一共35万，钱是从职工教育经费走的。能补多少？',
        expect: askKit('70000', wan(7)), // 35万 × 20 % = 7万 only once accepted
      },
      { user: '验收过没有？这个我也说不好，设备商说他们帮我们弄', expect: dunnoKit('70000', wan(7)) },
    ],
  },
  {
    id: 'v91d22',
    class: 'unknown_reply',
    probes: 'payroll unknown: the education-fund deduction stays open',
    periodEnd: true,
    turns: [
      { user: '今年公司提了45万职工教育经费，税前最多能扣多少？', expect: askFund('450000') },
      { user: '工资总额？这个不知道，得问会计，她休假去了', expect: dunnoFund('450000') },
    ],
  },
  {
    id: 'v91d23',
    class: 'unknown_reply',
    probes: 'beautician: certificate not known yet, training subsidy undecided',
    periodEnd: true,
    turns: [
      {
        user: '我在郑州学美容，报了个美容师五级，户口就是郑州的，今年没拿过补贴，机构说在系统里，能补吗',
        expect: { asks: true, undecided: VT, noAmount: 'unfixed' },
      },
      { user: '证书发没发还不清楚 考完还没出成绩呢', expect: { undecided: VT, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v91d24',
    class: 'unknown_reply',
    probes: 'poor labour: months employed unknown, 以工代训 months given — stays open',
    periodEnd: true,
    turns: [
      { user: '饭店是有限公司，招了3个建档立卡贫困户，以工代训4个月，岗前补贴没领，能补多少', expect: askOJT },
      { user: '他们来了多久得翻考勤，现在说不准，反正以工代训是4个月', expect: dunnoOJT },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v91d25',
    class: 'correction',
    probes: 'head count corrected from 3 to 5',
    periodEnd: true,
    turns: [
      {
        user: '酒店（公司，参保）2020年招了3个建档立卡贫困户，干了8个月，以工代训4个月，岗前补贴没领过，能补多少？',
        expect: pay(2400), // 3 × 200 × 4 = 2400
      },
      { user: '不对，我数错了，是5个人，不是3个', expect: pay(4000) }, // 5 × 200 × 4 = 4000
    ],
  },
  {
    id: 'v91d26',
    class: 'correction',
    probes: '"不对，社保…没交" replaces insured, so the 就业困难 row drops out',
    periodEnd: true,
    turns: [
      {
        user: '发廊连锁公司，社保交着呢，招了2个就业困难人员，干了5个月，以工代训3个月，岗前补贴没领，能补多少',
        expect: pay(1200), // 2 × 200 × 3 = 1200
      },
      { user: '不对不对，刚问了会计，社保断了一年多，那段时间都没交', expect: noPay() },
    ],
  },
  {
    id: 'v91d27',
    class: 'correction',
    probes: 'equipment: 技能大师工作室 corrected to 高技能人才培训基地, cap changes',
    periodEnd: true,
    turns: [
      {
        user: '我们酒店技能大师工作室新买了60万的烹饪实训设备，职工教育经费出的，人社和财政验收合格，能补多少',
        expect: kit(100000), // 60万 × 20 % = 12万 > 10万 cap → 100000
      },
      { user: '不对，我说错了，不是大师工作室，是高技能人才培训基地', expect: kit(120000) }, // 12万 ≤ 50万 → 120000
    ],
  },
  {
    id: 'v91d28',
    class: 'correction',
    probes: 'payroll corrected: the 8 % ceiling moves above the fund drawn',
    periodEnd: true,
    turns: [
      { user: '工资总额300万，职工教育经费提了30万，税前能扣多少', expect: deduct(240000) }, // min(30万, 8 % × 300万 = 24万)
      { user: '不对，工资总额是500万，我看成去年的了', expect: deduct(300000) }, // min(30万, 8 % × 500万 = 40万)
    ],
  },
  {
    id: 'v91d29',
    class: 'correction',
    probes: 'months of employment and of 以工代训 swapped, then corrected',
    periodEnd: true,
    turns: [
      {
        user: '面包店是公司 社保交着 招了2个零就业家庭的 以工代训8个月 岗前没领',
        expect: { oneOf: [pay(2400), askOJT] }, // 2 × 200 × min(8, 6) = 2400, or ask how long they were employed
      },
      { user: '说错了，是干了8个月，以工代训只有4个月', expect: pay(1600) }, // 2 × 200 × 4 = 1600
    ],
  },
  {
    id: 'v91d30',
    class: 'correction',
    probes: '[trad] 岗前 "領過了" corrected to not claimed',
    periodEnd: true,
    turns: [
      {
        user: '我們餐廳是公司，有參保，招了3個就業困難人員，做了6個月，以工代訓5個月，崗前補貼領過了',
        expect: noPay(3000),
      },
      { user: '搞錯了，崗前補貼其實沒領，之前領的是別的補貼', expect: pay(3000) }, // 3 × 200 × 5 = 3000
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v91d31',
    class: 'topic_switch',
    probes: '以工代训 then an apprentice\'s contest prize: award clause, no 以工代训 figure',
    periodEnd: true,
    turns: [
      {
        user: '火锅店是公司参保的，招了2个就业困难人员，干了半年，以工代训6个月，岗前补贴没领，能补多少',
        expect: pay(2400), // 2 × 200 × 6 = 2400
      },
      { user: '对了，我徒弟2021年拿了省里烹饪技能大赛银奖，这个有奖励吗', expect: { ...award, mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v91d32',
    class: 'topic_switch',
    probes: '[dated] equipment for a training base, then a tax question outside the plan',
    periodEnd: true,
    turns: [
      {
        user: '2021年我们汽修公司的高技能人才培训基地新购实训设备150万，职工教育经费列支，人社财政验收合格，补多少',
        expect: kit(300000), // 150万 × 20 % = 30万 ≤ 50万
      },
      { user: '另外问下，年底给技师发的年终奖个税咋算', expect: decline },
    ],
  },
  {
    id: 'v91d33',
    class: 'topic_switch',
    probes: 'education fund, then the 生活费补贴 of trainees: not settled, no fund figure',
    periodEnd: true,
    turns: [
      { user: '酒店一年工资总额1000万，职工教育经费提了70万，能税前扣多少', expect: deduct(700000) }, // min(70万, 80万)
      { user: '员工脱产去学西餐，培训期间有生活费补贴吗？一天给多少', expect: { ...unsettled, mustNotContain: ['700000', wan(70)] } },
    ],
  },
  {
    id: 'v91d34',
    class: 'topic_switch',
    probes: 'hairdresser\'s own training subsidy, then the salon\'s 项目制 advance',
    periodEnd: true,
    turns: [
      {
        user: '我是美发师，在郑州工作，户口在洛阳，考了美发师四级，证拿到了，今年就这一次，机构在系统里，没领养老金，能补吗',
        expect: { ...trainOpen, cites: ['七(二)', '六(一)', '六(三)'] },
      },
      {
        user: '再问个别的，我们店（有限公司）想搞项目制培训，培训补贴总共12万，能先拨多少',
        expect: { amount: { rule: 'project_training_advance', yuan: 60000 } }, // 12万 × 50 % = 6万
      },
    ],
  },
  {
    id: 'v91d35',
    class: 'topic_switch',
    probes: '[contact] technical-school pastry student: entrepreneurship, then who issued the plan',
    periodEnd: true,
    turns: [
      { user: '我在技工学校学中式面点，快毕业了，想自己开个包子铺，有创业培训吗', expect: startYes },
      { user: '那这个方案是哪个部门管的？有事找谁', expect: { says: [/人社/] } },
    ],
  },
  {
    id: 'v91d36',
    class: 'topic_switch',
    probes: 'garage 以工代训, then a mechanic\'s own certificate subsidy: no 以工代训 figure',
    periodEnd: true,
    turns: [
      {
        user: '修车行是公司，参保，招了4个零就业家庭的，干了9个月，以工代训5个月，岗前补贴没领，能补多少',
        expect: pay(4000), // 4 × 200 × 5 = 4000
      },
      { user: '换个事儿，汽修工考技师证，政府补多少钱', expect: { noAmount: 'unfixed', mustNotContain: ['4000'] } },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v91d37',
    class: 'person_training',
    probes: '[dated] cook with three subsidies already that year: no fourth',
    periodEnd: true,
    turns: [{ user: '我是厨师，2021年已经拿过3回培训补贴了，年底还想去考个西式面点师，还能补吗', expect: trainNo }],
  },
  {
    id: 'v91d38',
    class: 'person_training',
    probes: '[dated] same occupation and level twice: no; the next level is not excluded',
    periodEnd: true,
    turns: [
      { user: '2020年考中式烹调师四级补过一次，2021年想再考一遍中式烹调师四级，还能补吗', expect: trainNo },
      { user: '那我2021年换成考中式烹调师三级呢', expect: trainOpen },
    ],
  },
  {
    id: 'v91d39',
    class: 'person_training',
    probes: '[trad] retired pastry cook drawing a pension: outside the training subsidy',
    periodEnd: true,
    turns: [{ user: '我退休了，每個月領養老金，以前是酒店麵點師，想去考個證，還能享受職業培訓補貼嗎', expect: trainNo }],
  },
  {
    id: 'v91d40',
    class: 'person_training',
    probes: 'beauty school not in the provincial system: 系统之外零补贴',
    periodEnd: true,
    turns: [{ user: '美容学校自己说他们没进省里那个培训系统，但是收费便宜。我在那考了美容师证，能补贴吗', expect: trainNo }],
  },
  {
    id: 'v91d41',
    class: 'person_training',
    probes: '[trad] cook trained where he works; then how many times a year',
    periodEnd: true,
    turns: [
      { user: '我戶口在周口，在鄭州酒店上班，在鄭州考了中式烹調師，證書拿到了，今年第一次，能補嗎', expect: trainOpen },
      { user: '每人每年最多能補幾次？', expect: { says: [/3|三/], cites: ['七(二)'] } },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v91d42',
    class: 'entrepreneurship',
    probes: 'hairdresser wishing to open a studio: 创业培训 open, no figure',
    periodEnd: true,
    turns: [{ user: '在理发店给人打工8年了，想出来自己开个工作室，有没有创业培训可以参加', expect: startYes }],
  },
  {
    id: 'v91d43',
    class: 'entrepreneurship',
    probes: 'nail-salon owner, open 3 years: within five years; amount not fixed',
    periodEnd: true,
    turns: [{ user: '我的美甲店开了3年，算小微企业主吧，能参加创业培训吗，补多少钱', expect: startYes }],
  },
  {
    id: 'v91d44',
    class: 'entrepreneurship',
    probes: '技师学院 cooking student, then living allowance during training: not settled',
    periodEnd: true,
    turns: [
      { user: '我在技师学院学烹饪，二年级，学校能给我们搞创业培训不', expect: startYes },
      { user: '那培训那几天有没有生活费补贴？给多少', expect: unsettled },
    ],
  },
  {
    id: 'v91d45',
    class: 'entrepreneurship',
    probes: 'garage open 8 years: wish asked; "打算…暂时是没有的" then excludes',
    periodEnd: true,
    turns: [
      { user: '我那修车铺开了8年了，还能参加创业培训吗', expect: { asks: true, undecided: START, noAmount: 'unfixed' } },
      { user: '再开新店的打算，暂时是没有的，我也早不是学生了', expect: { status: { rule: START, status: 'ineligible' } } },
    ],
  },
  {
    id: 'v91d46',
    class: 'entrepreneurship',
    probes: '[dated] milk-tea shop opened 2020: then vs now',
    periodEnd: true,
    turns: [
      { user: '2020年开的奶茶店，当时我能参加创业培训吗', expect: startYes },
      { user: '现在呢？2026年了还能报这个吗', expect: ended },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v91d47',
    class: 'equipment',
    probes: '[dated] master studio under its cap',
    periodEnd: true,
    turns: [
      {
        user: '厨师长的技能大师工作室，2021年新买了38万的实训设备，职工教育经费出的钱，人社财政都验收合格了，补多少？',
        expect: kit(76000), // 38万 × 20 % = 7.6万 ≤ 10万
      },
    ],
  },
  {
    id: 'v91d48',
    class: 'equipment',
    probes: '[dated] boastful group: training base capped at 50万',
    periodEnd: true,
    turns: [
      {
        user: '我们集团的高技能人才培训基地是全省数一数二的，2020年光实训设备就新采购了320万，全部职工教育经费列支，验收也过了，按20%该给64万吧？',
        expect: kit(500000, '640000'), // 320万 × 20 % = 64万 > 50万 cap → 500000
      },
    ],
  },
  {
    id: 'v91d49',
    class: 'equipment',
    probes: 'two master studios, each under its own cap',
    periodEnd: true,
    turns: [
      {
        user: '我们有两个技能大师工作室，一个中餐的，一个面点的。中餐那个新买设备45万，面点那个80万，都是职工教育经费出的，都验收合格了，总共能补多少',
        expect: kit(190000, '250000', wan(25)), // 9万 + min(16万, 10万) = 19万 (not 125万 × 20 % = 25万)
      },
    ],
  },
  {
    id: 'v91d50',
    class: 'equipment',
    probes: 'garage training base: acceptance asked before any figure',
    periodEnd: true,
    turns: [
      {
        user: '汽修公司高技能人才培训基地，新买举升机、诊断仪一共90万，职工教育经费出的，能补多少',
        expect: askKit('180000', wan(18)), // 90万 × 20 % = 18万 only once accepted
      },
      { user: '验收过了，人社跟财政一起来验的', expect: kit(180000) },
    ],
  },
  {
    id: 'v91d51',
    class: 'equipment',
    probes: 'one studio, purchase split into three batches: one cap',
    periodEnd: true,
    turns: [
      {
        user: '给同一个技能大师工作室（美发方向）分三批买的设备：20万、15万、30万，都走的职工教育经费，也都验收了，能补多少',
        expect: kit(100000), // (20 + 15 + 30)万 × 20 % = 13万 > 10万 → 100000
      },
    ],
  },
  {
    id: 'v91d52',
    class: 'equipment',
    probes: 'value written with k',
    periodEnd: true,
    turns: [
      {
        user: '烘焙技能大师工作室买了台隧道炉加一堆实训设备，合计450k，教育经费出的，人社财政验收ok，补贴多少？',
        expect: kit(90000), // 450 000 × 20 % = 90 000 ≤ 100 000
      },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v91d53',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: capped deduction, 税前',
    periodEnd: true,
    turns: [
      { user: '我们餐饮集团一年工资薪金800万，职工教育经费提了70万，税前能扣多少？', expect: deduct(640000) }, // min(70万, 64万)
    ],
  },
  {
    id: 'v91d54',
    class: 'education_fund',
    probes: 'front-line share 40 %: under the 60 % the plan asks',
    periodEnd: true,
    turns: [
      {
        user: '酒店一年工资总额1200万，教育经费提了60万，一线员工只用了四成，能扣多少？有啥问题没',
        expect: deduct(600000, /60\s*%|百分之六十|六成/), // min(60万, 96万) = 60万
      },
    ],
  },
  {
    id: 'v91d55',
    class: 'education_fund',
    probes: 'the fund may pay 师带徒 allowances (六(二)); no figure',
    turns: [{ user: '职工教育经费能不能拿来给带徒弟的师傅发津贴？', expect: noFigure(['六(二)']) }],
  },
  {
    id: 'v91d56',
    class: 'education_fund',
    probes: 'payroll first, fund drawn asked, then the deduction',
    periodEnd: true,
    turns: [
      { user: '教育经费能抵税对吧？我们工资总额一年2000万', expect: askFund() }, // the fund drawn is still open
      { user: '教育经费提了150万', expect: deduct(1500000) }, // min(150万, 160万)
    ],
  },
  {
    id: 'v91d57',
    class: 'education_fund',
    probes: 'confused owner thinks the 8 % is cash back',
    periodEnd: true,
    turns: [
      { user: '8%是不是政府直接返给我们的钱？工资总额250万，教育经费提了25万，能领多少', expect: deduct(200000) }, // min(25万, 20万)
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v91d58',
    class: 'apprenticeship',
    probes: 'head chef with 8 apprentices: per-apprentice amount not fixed',
    periodEnd: true,
    turns: [{ user: '我是酒店行政总厨，带了8个徒弟，企业新型学徒那个补贴一个徒弟给多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v91d59',
    class: 'apprenticeship',
    probes: 'apprenticeship amount, then where a 师带徒 allowance may come from',
    periodEnd: true,
    turns: [
      { user: '企业新型学徒制 一年能补几千？', expect: noFigure(['四(一)']) },
      { user: '那师傅带徒弟的津贴，钱能从哪出', expect: noFigure(['六(二)']) },
    ],
  },
  {
    id: 'v91d60',
    class: 'apprenticeship',
    probes: '[trad] hair salon apprentices: monthly amount not fixed',
    periodEnd: true,
    turns: [{ user: '我們髮廊帶了5個學徒，走企業新型學徒制，每個學徒每月補貼多少錢？', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v91d61',
    class: 'apprenticeship',
    probes: 'boastful master chef asks for money for his apprentices: no figure',
    periodEnd: true,
    turns: [
      {
        user: '我带出来二十多个徒弟，个个都是厨师长，政府是不是该给我发点钱？发多少',
        expect: { noAmount: 'unfixed', cites: ['四(一)', '六(二)', '五(三)'] },
      },
    ],
  },
  {
    id: 'v91d62',
    class: 'apprenticeship',
    probes: 'apprentice owner borrows the 200 元 of 以工代训: not the apprenticeship rate',
    periodEnd: true,
    turns: [
      {
        user: '学徒12个，按每人每月200块算，学一年，是不是能拿两万多？',
        expect: { noAmount: 'unfixed', cites: ['四(一)'], mustNotContain: ['28800'] }, // 12 × 200 × 12 would be borrowed
      },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v91d63',
    class: 'period',
    probes: '[dated] [two-part] amount in 2020 and whether it can be claimed now',
    periodEnd: true,
    turns: [
      {
        user: '2020年我们酒店（公司，参保）招了2个建档立卡贫困户，干了7个月，以工代训6个月，岗前补贴没领。当时能补多少？现在还能补申请吗？',
        expect: { ...pay(2400), ...ended }, // 2 × 200 × 6 = 2400
      },
    ],
  },
  {
    id: 'v91d64',
    class: 'period',
    probes: 'today: master-studio equipment subsidy after the plan ended',
    periodEnd: true,
    turns: [{ user: '现在都2026年了，还能申请技能大师工作室的设备补助吗', expect: ended }],
  },
  {
    id: 'v91d65',
    class: 'period',
    probes: 'what years the plan runs',
    turns: [{ user: '你们说的这个技能提升方案，到底是哪年到哪年的？', expect: { ...ended, says: [/2019/] } }],
  },
  {
    id: 'v91d66',
    class: 'period',
    probes: '[dated] [two-part] bought Nov 2021, accepted Dec 2021: amount, and too late now',
    periodEnd: true,
    turns: [
      {
        user: '2021年11月买的面点实训设备，给技能大师工作室用的，50万，职工教育经费出，12月验收合格，能补多少？现在去申请来得及吗',
        expect: { ...kit(100000), ...ended }, // 50万 × 20 % = 10万 = cap
      },
    ],
  },
  {
    id: 'v91d67',
    class: 'period',
    probes: '[dated] contest prize in 2020, then whether prizes now still follow this plan',
    periodEnd: true,
    turns: [
      { user: '2020年我徒弟拿了郑州市职业技能竞赛中式烹调第一名，当时有啥奖励', expect: award },
      { user: '今年比赛拿奖还按这个方案奖励不', expect: ended },
    ],
  },
];
