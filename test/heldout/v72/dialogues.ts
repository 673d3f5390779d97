/**
 * HELD-OUT dialogues, set v72 — written blind from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/. Only the
 * format of v15 (its header and first lines) was looked at; no message is reused or paraphrased
 * from earlier sets. Not to be tuned on: no word of these messages goes into a glossary, pattern
 * or fixture. Once a dialogue has been fixed by a targeted change it measures nothing any more;
 * write a new one instead.
 *
 * Who types here: accountants, tax agents (代账) and HR of manufacturing and tech companies in
 * 郑州 — 航空港区 (phone parts, electronics), 经开区 (auto parts, equipment), 高新区 (software,
 * sensors). Precise, jargon-heavy WeChat messages: 计提, 工资薪金总额, 列支, 含税 / 不含税,
 * 分期付款, 融资租赁, 验收单, mixed funding (part 自有资金, part 职工教育经费), several 基地 /
 * 工作室 in one group company, amounts with decimals and thousands separators (126.5万,
 * 3,280,000元), their own computation to be checked ("按8%算我们能扣96万，对吗"), hypotheticals
 * ("如果明年工资总额涨到1500万"), requests for the clause's exact words, figures given over
 * several turns and corrected, "财务还没出数", and switches to 以工代训 for 就业困难人员 /
 * 零就业家庭成员 with the insurance facts.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed or
 * not, insurance for 就业困难 / 零就业 hires, months of 以工代训, months employed for poor labour,
 * acceptance and fund source of equipment, 工资薪金总额 and the fund drawn) must be asked, so an
 * amount is expected only once every such fact has been said. A fact the amount does NOT depend
 * on (the front-line share for the deduction) being unknown does not hold the amount back.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months; 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise;
 *   退役军人 are no group of this clause; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value of the items bought from the 职工教育经费,
 *   500 000 base / 100 000 studio), only once accepted by 人社 and 财政. Where 含税 / 不含税 or
 *   paid / total value would matter, figures are chosen so the cap makes both readings equal.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash;
 *   a front-line share under 60 % is noted; exactly 60 % is not under.
 * - Apprenticeship, the per-person training subsidy, entrepreneurship training, 师带徒 amounts,
 *   carry-forward of the excess (结转): the plan fixes nothing.
 *
 * Tags in `probes`: [two-part], [clause-text], [hypothetical], [dated], [own-computation].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given yet: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not (yet) eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given yet. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** "Money to collect" wording, wrong for a pre-tax deduction. */
const CASH = /可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/;
/** Saying the front-line share is under 60 %. */
const UNDER_SIXTY = /(低于|不足|未达到?|没达到|没有达到|不到|不满)\s*(60\s*%|百分之六十|六成)/;
/** Naming the 60 % line. */
const SIXTY = /60\s*%|百分之六十|六成/;
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...wrong: (string | RegExp)[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [CASH, ...wrong],
});
/** The deduction, with the note that the front-line share is under 60 %. */
const deductLow = (yuan: number): TurnExpect => ({ ...deduct(yuan), says: [/税前/, SIXTY] });
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

export const DIALOGUES_V72: Dialogue[] = [
  // ------------------------------------------------------------ education_fund
  {
    id: 'v72d01',
    class: 'education_fund',
    probes: '[own-computation][clause-text] payroll 12,000,000, fund 1,100,000: the 8 % cap binds; then the clause',
    turns: [
      // 8 % × 12,000,000 = 960,000 < 1,100,000 → 960,000 (税前扣除)
      { user: '我们高新区做软件的，全年工资薪金总额1200万，职教经费实际发生110万，按8%算我们能扣96万，对吗', expect: deduct(960000) },
      { user: '好嘞，那8%这个口径是方案哪一条？原文贴我一下', expect: { cites: ['六(二)'], says: [/8\s*%/] } },
    ],
  },
  {
    id: 'v72d02',
    class: 'education_fund',
    probes: '[own-computation] the person takes the 8 % limit for the deduction; the fund drawn is lower; then the 60 % line is met',
    turns: [
      // 8 % × 3,280,000 = 262,400 > 180,000 drawn → 180,000
      { user: '经开区汽配厂会计，工资薪金总额3,280,000元，职教经费计提了18万，我算的税前扣除额是262400，没毛病吧', expect: deduct(180000) },
      // 120,000 / 180,000 = 66.7 % ≥ 60 %
      {
        user: '那这18万里一线职工培训用掉了12万，60%那条线算过了没',
        expect: { cites: ['六(二)'], says: [/66(\.\d+)?\s*%|三分之二|达到|超过|满足|符合|高于|过了|够了|达标/], mustNotContain: [UNDER_SIXTY] },
      },
    ],
  },
  {
    id: 'v72d03',
    class: 'education_fund',
    probes: '[hypothetical] next year payroll 16,500,000 and fund 1,300,000: the fund drawn binds',
    turns: [
      // 8 % × 16,500,000 = 1,320,000 > 1,300,000 → 1,300,000
      { user: '假设明年工资总额涨到1,650万，职教经费打算提130万，到时候税前能列支扣除多少', expect: deduct(1300000) },
    ],
  },
  {
    id: 'v72d04',
    class: 'education_fund',
    probes: 'decimals in 万 (2,376.8万); front-line share 54 % must be noted as under 60 %',
    turns: [
      // 8 % × 23,768,000 = 1,901,440 > 1,500,000 → 1,500,000; 81 / 150 = 54 % < 60 %
      { user: '航空港区手机配件厂，工资总额2,376.8万，教育经费提了150万，其中一线工人培训只花了81万，税前扣除咋算？占比有没有问题', expect: deductLow(1500000) },
    ],
  },
  {
    id: 'v72d05',
    class: 'education_fund',
    probes: 'small payroll 126.5万: the cap binds; then carry-forward (结转) the plan does not settle',
    turns: [
      // 8 % × 1,265,000 = 101,200 < 120,000 → 101,200
      { user: '高新区小团队，工资总额才126.5万，职教经费提了12万，是不是超了？能扣多少', expect: deduct(101200) },
      { user: '超出去的那部分能结转以后年度接着扣吗，方案里有说法没', expect: { says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v72d06',
    class: 'education_fund',
    probes: 'front-line share exactly 60 % is not under 60 % (以上 includes the line)',
    turns: [
      // 8 % × 21,500,000 = 1,720,000 > 1,290,000 → 1,290,000; 774,000 / 1,290,000 = 0.60 exactly
      {
        user: '工资薪金总额2,150万，职教经费1,290,000元，一线职工培训支出774,000元，正好六成，这算满足“60%以上”吗？税前扣多少',
        expect: deduct(1290000, UNDER_SIXTY),
      },
    ],
  },
  {
    id: 'v72d07',
    class: 'education_fund',
    probes: '[clause-text] the exact words of 六(二) on the fund',
    turns: [{ user: '麻烦把职工教育经费那一条的原话发我，就是同时提到一线职工和工资薪金总额的那段', expect: { cites: ['六(二)'], says: [/工资薪金总额/] } }],
  },
  {
    id: 'v72d08',
    class: 'education_fund',
    probes: '[own-computation] the person reads the 96万 limit as the deduction while only 80万 was drawn',
    turns: [
      // 8 % × 12,000,000 = 960,000 > 800,000 drawn → 800,000
      { user: '工资薪金总额1,200万，职教经费今年只计提了80万，按8%算我们照样能扣96万对吧？', expect: deduct(800000) },
    ],
  },
  {
    id: 'v72d09',
    class: 'education_fund',
    probes: '[hypothetical] this year, then next year with payroll 15,000,000 and the fund drawn at exactly 8 %',
    turns: [
      // 8 % × 13,200,000 = 1,056,000 > 1,000,000 → 1,000,000
      { user: '今年工资总额1,320万，职教经费提了100万，税前扣除额是多少', expect: deduct(1000000) },
      // 8 % × 15,000,000 = 1,200,000 = fund → 1,200,000
      { user: '如果明年工资总额涨到1500万，经费就按8%足额计提，那能扣多少', expect: deduct(1200000) },
    ],
  },

  // ------------------------------------------------------------ equipment
  {
    id: 'v72d10',
    class: 'equipment',
    probes: 'one studio over its cap: 20 % of 680,000 is capped at 100,000',
    periodEnd: true,
    turns: [
      // 20 % × 680,000 = 136,000 > 100,000 → 100,000
      { user: '经开区一个技能大师工作室，新购数控实训设备68万，职工教育经费列支，人社和财政都验收合格了，补助能拿多少', expect: kit(100000) },
    ],
  },
  {
    id: 'v72d11',
    class: 'equipment',
    probes: '含税 vs 不含税 for a studio (both over the cap); fund source and acceptance come in turn 2',
    periodEnd: true,
    turns: [
      { user: '工作室这批实训设备，发票含税113万，不含税100万，补助按哪个价算？能补多少', expect: askKit },
      // 20 % × 1,130,000 = 226,000; 20 % × 1,000,000 = 200,000; both > 100,000 → 100,000
      { user: '钱是职工教育经费列支的，验收单上周刚拿到，人社财政两家都签字盖章了', expect: kit(100000) },
    ],
  },
  {
    id: 'v72d12',
    class: 'equipment',
    probes: '含税 vs 不含税 for a base (both over the cap of 500,000)',
    periodEnd: true,
    turns: [
      // 20 % × 3,390,000 = 678,000; 20 % × 3,000,000 = 600,000; both > 500,000 → 500,000
      { user: '高技能人才培训基地，设备含税339万、不含税300万，全部走职教经费，已验收合格，最终能补多少', expect: kit(500000) },
    ],
  },
  {
    id: 'v72d13',
    class: 'equipment',
    probes: 'mixed funding for a base: contract counts only the items bought from the fund; the plan says 设备总值',
    periodEnd: true,
    turns: [
      // contract: 20 % × 900,000 = 180,000; literal 设备总值: 20 % × 2,600,000 = 520,000 → 500,000; or ask
      {
        user: '航空港区的高技能人才培训基地，这批实训设备一共260万，其中90万从职工教育经费出，170万是公司自有资金，已经验收，补助按多少算',
        expect: {
          mustNotContain: ['520000'],
          oneOf: [
            { amount: { rule: 'equipment_subsidy', yuan: 180000 } },
            { amount: { rule: 'equipment_subsidy', yuan: 500000 } },
            { asks: true, noAmount: 'open' },
          ],
        },
      },
    ],
  },
  {
    id: 'v72d14',
    class: 'equipment',
    probes: 'three sites in one group company: each site keeps its own cap, studios are not merged',
    periodEnd: true,
    turns: [
      // A: 20 % × 680,000 = 136,000 → 100,000; B: 20 % × 355,000 = 71,000; C: 20 % × 1,800,000 = 360,000
      // total 531,000; merging the studios: 20 % × 1,035,000 → 100,000 + 360,000 = 460,000
      {
        user: '我们集团三个点：经开区技能大师工作室设备68万，高新区另一个技能大师工作室35.5万，航空港区高技能人才培训基地180万，全是职工教育经费买的，也都验收了，合计能补多少',
        expect: kitNot(531000, 460000),
      },
    ],
  },
  {
    id: 'v72d15',
    class: 'equipment',
    probes: '分期付款: paid 600,000 of 960,000 — both over the studio cap',
    periodEnd: true,
    turns: [
      // 20 % × 960,000 = 192,000; 20 % × 600,000 = 120,000; both > 100,000 → 100,000
      { user: '工作室设备是分期付款买的，合同总价96万，目前已付60万，职教经费出，已经验收。补助按96万还是按60万算？', expect: kit(100000) },
    ],
  },
  {
    id: 'v72d16',
    class: 'equipment',
    probes: '融资租赁 is not named by the plan (新购置): no confident yes',
    turns: [
      {
        user: '工作室打算用融资租赁的方式上一批实训设备，这种能按20%申请设备补助不',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, says: [/新购置|没有(明确|规定|提到)|未(明确|规定|提及)/] },
      },
    ],
  },
  {
    id: 'v72d17',
    class: 'equipment',
    probes: '[clause-text] the exact words of the equipment clause for an application',
    turns: [{ user: '设备补助那段原文发我下，20%、最高50万和10万那句，我要贴到申报材料里', expect: { cites: ['四(一)'], says: [/验收/] } }],
  },
  {
    id: 'v72d18',
    class: 'equipment',
    probes: 'mixed funding for a studio: fund part and whole both over the cap',
    periodEnd: true,
    turns: [
      // fund part: 20 % × 600,000 = 120,000 → 100,000; whole: 20 % × 800,000 = 160,000 → 100,000
      { user: '技能大师工作室设备一共80万，60万职教经费出的，另外20万公司自有资金，验收已通过，能补多少', expect: kit(100000) },
    ],
  },

  // ------------------------------------------------------------ one_group
  {
    id: 'v72d19',
    class: 'one_group',
    probes: 'one group, every fact in one message',
    periodEnd: true,
    turns: [
      // 3 × 200 × 4 = 2,400
      { user: '经开区汽配厂HR，公司社保正常参保。今年招了3个就业困难人员，以工代训带了4个月，岗前培训补贴没申请过，以工代训补贴一共多少', expect: pay(2400) },
    ],
  },
  {
    id: 'v72d20',
    class: 'one_group',
    probes: '9 months of 以工代训 are capped at 6; then the clause text',
    periodEnd: true,
    turns: [
      // 1 × 200 × min(9, 6) = 1,200; uncapped 1,800
      { user: '航空港区电子厂，社保一直在交，吸纳了1名零就业家庭成员，以工代训搞了9个月，岗前补贴没拿，能补多少', expect: payNot(1200, 1800) },
      { user: '以工代训最长几个月那句，原文是怎么写的', expect: { cites: ['六(一)'], says: [/6\s*个月|六个月/] } },
    ],
  },
  {
    id: 'v72d21',
    class: 'one_group',
    probes: 'disabled hires as 就业困难人员; insurance and months, then 岗前, each in its own turn',
    periodEnd: true,
    turns: [
      { user: '高新区做传感器的，招了2个残疾人，他们算就业困难人员吧？以工代训能补多少', expect: askOJT },
      { user: '单位是参保的，以工代训带了5个月', expect: askOJT },
      // 2 × 200 × 5 = 2,000
      { user: '岗前培训补贴那俩人没报过', expect: pay(2000) },
    ],
  },
  {
    id: 'v72d22',
    class: 'one_group',
    probes: 'poor labour employed 7 months, 以工代训 6 months',
    periodEnd: true,
    turns: [
      // employed 7 ≥ 6; 5 × 200 × 6 = 6,000
      { user: '我们厂吸纳了5个建档立卡贫困劳动力，入职7个月了，以工代训做满6个月，岗前补贴没领，以工代训补贴能拿多少', expect: pay(6000) },
    ],
  },
  {
    id: 'v72d23',
    class: 'one_group',
    probes: '[hypothetical] poor labour employed only 4 months is not yet in; at 6 months it is',
    periodEnd: true,
    turns: [
      // employed 4 < 6: not yet; misreading 2 × 200 × 4 = 1,600
      { user: '建档立卡的2个人，入职才4个月，以工代训也做了4个月，岗前补贴没领，现在就能报吗', expect: notYes(1600) },
      // 2 × 200 × 6 = 2,400
      { user: '那等他们干满6个月，以工代训也按6个月算，到时候能拿多少', expect: pay(2400) },
    ],
  },

  // ------------------------------------------------------------ several_groups
  {
    id: 'v72d24',
    class: 'several_groups',
    probes: 'two groups with their own months; then a hypothetical drops one group',
    periodEnd: true,
    turns: [
      // 2 × 200 × 5 = 2,000 + 1 × 200 × min(8, 6) = 1,200 → 3,200; all at 5 → 3,000; all at 6 → 3,600
      { user: '参保企业，就业困难人员2个以工代训5个月，零就业家庭成员1个以工代训8个月，岗前培训补贴都没领', expect: payNot(3200, 3000, 3600) },
      // the 零就业 row drops out → 2,000
      { user: '假如零就业那个人岗前补贴其实领过了呢，还剩多少', expect: pay(2000) },
    ],
  },
  {
    id: 'v72d25',
    class: 'several_groups',
    probes: 'three groups, veterans are no group of 六(一)',
    periodEnd: true,
    turns: [
      // 4 × 200 × 3 = 2,400 + veterans 0 + 1 × 200 × 6 = 1,200 → 3,600; with veterans (+1,200) → 4,800
      {
        user: '公司交社保的。招了就业困难人员4个（以工代训3个月），退役军人2个（以工代训3个月），还有1个建档立卡的干了8个月、以工代训6个月，岗前补贴都没申请过，合计多少',
        expect: payNot(3600, 4800),
      },
    ],
  },
  {
    id: 'v72d26',
    class: 'several_groups',
    probes: 'months come group by group; after the first, the next group is asked by name',
    periodEnd: true,
    turns: [
      { user: '我们有两拨人：就业困难人员3个，零就业家庭成员2个，公司参保，岗前补贴都没领，以工代训补贴咋算', expect: askOJT },
      { user: '就业困难那3个以工代训4个月', expect: { asks: true, says: [/零就业/] } },
      // 3 × 200 × 4 = 2,400 + 2 × 200 × 6 = 2,400 → 4,800
      { user: '零就业那俩以工代训6个月', expect: pay(4800) },
    ],
  },
  {
    id: 'v72d27',
    class: 'several_groups',
    probes: 'one group already claimed 岗前; only the other counts',
    periodEnd: true,
    turns: [
      // 就业困难 rows excluded; 2 × 200 × 3 = 1,200; with them 5 × 200 × 6 = 6,000 + 1,200 = 7,200
      {
        user: '就业困难人员5人，以工代训6个月，这5个人岗前培训补贴之前都报过了；零就业家庭成员2人，以工代训3个月，岗前补贴没报。公司参保。以工代训能补多少',
        expect: payNot(1200, 7200),
      },
    ],
  },
  {
    id: 'v72d28',
    class: 'several_groups',
    probes: 'disabled and non-disabled 就业困难 rows keep their own months (2 and 7→6)',
    periodEnd: true,
    turns: [
      // 3 × 200 × 2 = 1,200 + 2 × 200 × min(7, 6) = 2,400 → 3,600; all at 2 → 2,000; all at 6 → 6,000
      { user: '参保企业，残疾人职工3个以工代训2个月，另外2个就业困难人员以工代训7个月，岗前补贴全都没领过，能补多少', expect: payNot(3600, 2000, 6000) },
    ],
  },

  // ------------------------------------------------------------ negation_after_noun
  {
    id: 'v72d29',
    class: 'negation_after_noun',
    probes: '岗前 named first, its negation at the end of a long clause',
    periodEnd: true,
    turns: [
      // 2 × 200 × 6 = 2,400
      { user: '零就业家庭成员2个，以工代训6个月，岗前培训补贴嘛……我们当时是没有去申请的。社保正常交，能补多少', expect: pay(2400) },
    ],
  },
  {
    id: 'v72d30',
    class: 'negation_after_noun',
    probes: 'insurance named first, "还一直没给交" far after: not insured',
    turns: [
      // not insured → 就业困难 excluded; misreading 3 × 200 × 4 = 2,400
      { user: '就业困难人员3个以工代训4个月，岗前补贴没领。不过公司社保这块，说实话目前还一直没给交', expect: noPay(2400) },
    ],
  },
  {
    id: 'v72d31',
    class: 'negation_after_noun',
    probes: 'acceptance named, then "都还没来": not accepted',
    turns: [
      // not accepted; misreading 20 % × 420,000 = 84,000
      { user: '高新区技能大师工作室设备42万，职教经费出的，验收嘛……人社和财政那边到现在都还没来', expect: noKit(84000, /(?<![\d.])8\.4万/) },
    ],
  },
  {
    id: 'v72d32',
    class: 'negation_after_noun',
    probes: 'fund source named, then "不是从职工教育经费里列支的"',
    turns: [
      // not from the fund; misreading 20 % × 450,000 = 90,000
      { user: '技能大师工作室设备45万，已验收合格，资金……不是从职工教育经费里列支的，走的是公司自有资金，能补吗', expect: noKit(90000, /(?<![\d.])9万/) },
    ],
  },
  {
    id: 'v72d33',
    class: 'negation_after_noun',
    probes: 'veterans with every group denied after the noun',
    turns: [
      // veterans are no group of 六(一); misreading 4 × 200 × 3 = 2,400
      { user: '招了4个退役军人，以工代训3个月，社保交着，岗前补贴没领。他们都不属于就业困难人员，也不是零就业家庭或者建档立卡的，以工代训补贴有吗', expect: notYes(2400) },
    ],
  },
  {
    id: 'v72d34',
    class: 'negation_after_noun',
    probes: 'institution not in the province system, negation after the noun',
    turns: [
      {
        user: '员工报的那家培训机构，省里的职业培训信息管理系统里……他们说是没有录入的，员工考完证还能拿培训补贴吗',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },

  // ------------------------------------------------------------ unknown_reply
  {
    id: 'v72d35',
    class: 'unknown_reply',
    probes: '"财务还没出数": payroll stays open; the figure comes in turn 3',
    turns: [
      { user: '职工教育经费今年大概提了75万，税前能扣多少', expect: { ...askFund, asks: true } },
      { user: '工资总额财务还没出数呢，要等月底结账', expect: askFund },
      // 8 % × 8,262,500 = 661,000 < 750,000 → 661,000
      { user: '出来了，工资薪金总额826.25万', expect: deduct(661000) },
    ],
  },
  {
    id: 'v72d36',
    class: 'unknown_reply',
    probes: 'fund source "不确定" stays open; then the fund',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地新购实训设备215万，验收合格了，能补多少', expect: askKit },
      { user: '钱走的哪个科目我也不确定，得问问出纳', expect: dunnoKit },
      // 20 % × 2,150,000 = 430,000 < 500,000
      { user: '问了，全部是职工教育经费列支', expect: kit(430000) },
    ],
  },
  {
    id: 'v72d37',
    class: 'unknown_reply',
    probes: '岗前 "真不清楚" stays open; then settled',
    periodEnd: true,
    turns: [
      { user: '参保企业，就业困难人员4个，以工代训6个月，能申请多少', expect: askOJT },
      { user: '岗前培训补贴报没报过我真不清楚，之前是另一个HR经办的', expect: dunnoOJT },
      // 4 × 200 × 6 = 4,800
      { user: '查了系统，这4个人都没报过', expect: pay(4800) },
    ],
  },
  {
    id: 'v72d38',
    class: 'unknown_reply',
    probes: 'months of 以工代训 not known yet; then given',
    periodEnd: true,
    turns: [
      { user: '零就业家庭成员1个，岗前补贴没领，公司参保。以工代训几个月我得问下车间主任，先说下能补多少', expect: dunnoOJT },
      // 1 × 200 × 3 = 600
      { user: '车间说以工代训带了3个月', expect: pay(600) },
    ],
  },
  {
    id: 'v72d39',
    class: 'unknown_reply',
    probes: 'front-line share unknown does not hold back the deduction',
    turns: [
      // 8 % × 10,500,000 = 840,000 > 800,000 → 800,000
      { user: '工资总额1,050万，职教经费80万，一线用了多少还没统计出来，税前能扣多少', expect: deduct(800000) },
    ],
  },

  // ------------------------------------------------------------ correction
  {
    id: 'v72d40',
    class: 'correction',
    probes: 'payroll corrected from 865.4万 to 856.4万',
    turns: [
      // 8 % × 8,654,000 = 692,320 < 700,000 → 692,320
      { user: '工资薪金总额865.4万，教育经费提了70万，税前扣除按多少算', expect: deduct(692320) },
      // 8 % × 8,564,000 = 685,120 < 700,000 → 685,120
      { user: '不好意思看串行了，工资总额应该是856.4万，经费还是70万', expect: deduct(685120, '692320') },
    ],
  },
  {
    id: 'v72d41',
    class: 'correction',
    probes: 'base corrected to studio, then the value corrected',
    periodEnd: true,
    turns: [
      // 20 % × 3,100,000 = 620,000 → 500,000
      { user: '高技能人才培训基地新买设备310万，职教经费出的，已验收，补多少', expect: kit(500000) },
      // studio cap → 100,000
      { user: '搞错了，这个是技能大师工作室，不是基地', expect: kit(100000) },
      // 20 % × 310,000 = 62,000
      { user: '金额也错了，是31万不是310万', expect: kit(62000) },
    ],
  },
  {
    id: 'v72d42',
    class: 'correction',
    probes: 'one of three hires had the 岗前 subsidy after all',
    periodEnd: true,
    turns: [
      // 3 × 200 × 4 = 2,400
      { user: '参保企业，零就业家庭成员3个，以工代训4个月，岗前补贴没领', expect: pay(2400) },
      // 2 × 200 × 4 = 1,600
      { user: '更正一下，其中1个人岗前培训补贴其实已经领过了', expect: payNot(1600, 2400) },
    ],
  },
  {
    id: 'v72d43',
    class: 'correction',
    probes: 'insurance corrected to "还没开始交"',
    periodEnd: true,
    turns: [
      // 2 × 200 × 6 = 2,400
      { user: '就业困难人员2个，以工代训6个月，岗前补贴没领，公司参保的，能补多少', expect: pay(2400) },
      { user: '抱歉前面说错了，公司社保其实还没开始交', expect: noPay(2400) },
    ],
  },
  {
    id: 'v72d44',
    class: 'correction',
    probes: 'fund drawn corrected from 160万 to 106万: the binding term switches',
    turns: [
      // 8 % × 18,600,000 = 1,488,000 < 1,600,000 → 1,488,000
      { user: '工资总额1,860万，职教经费提了160万，税前能扣多少', expect: deduct(1488000) },
      // 1,060,000 < 1,488,000 → 1,060,000
      { user: '看错了，经费是106万，不是160万', expect: deduct(1060000) },
    ],
  },
  {
    id: 'v72d45',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 5 to 3',
    periodEnd: true,
    turns: [
      // 6 × 200 × 5 = 6,000
      { user: '参保企业，吸纳就业困难人员6个，以工代训5个月，岗前补贴没领，补多少', expect: pay(6000) },
      // 6 × 200 × 3 = 3,600
      { user: '打错了，以工代训是3个月不是5个月', expect: payNot(3600, 6000) },
    ],
  },

  // ------------------------------------------------------------ topic_switch
  {
    id: 'v72d46',
    class: 'topic_switch',
    probes: 'deduction, then 以工代训 for 零就业 (no fund figure leaks), then its amount',
    periodEnd: true,
    turns: [
      // 8 % × 9,400,000 = 752,000 > 700,000 → 700,000
      { user: '工资总额940万，经费70万，税前能扣多少', expect: deduct(700000) },
      { user: '另外问下，我们招的零就业家庭成员，以工代训补贴是怎么规定的', expect: { cites: ['六(一)'], noAmount: 'open' } },
      // 1 × 200 × 6 = 1,200
      { user: '参保的，1个人，以工代训6个月，岗前没领', expect: pay(1200) },
    ],
  },
  {
    id: 'v72d47',
    class: 'topic_switch',
    probes: 'equipment, then 以工代训 with the insurance facts',
    periodEnd: true,
    turns: [
      // 20 % × 380,000 = 76,000
      { user: '技能大师工作室买了38万设备，职教经费列支，验收过了，补多少', expect: kit(76000) },
      // 2 × 200 × 4 = 1,600
      { user: '换个事，我们去年招了2个就业困难人员，社保都交，以工代训4个月，岗前补贴没领过，能补多少', expect: payNot(1600, 76000) },
    ],
  },
  {
    id: 'v72d48',
    class: 'topic_switch',
    probes: '[clause-text] 以工代训 rate, then the 8 % clause',
    turns: [
      { user: '就业困难人员的以工代训补贴 一个人一个月给多少钱', expect: { cites: ['六(一)'], says: [/200/] } },
      { user: '好。再问个税务口径：职工教育经费扣除比例现在是8%吗？原文咋说的', expect: { cites: ['六(二)'], says: [/8\s*%/] } },
    ],
  },
  {
    id: 'v72d49',
    class: 'topic_switch',
    probes: 'deduction, then 研发费用加计扣除 (outside)',
    turns: [
      // 8 % × 36,000,000 = 2,880,000 > 2,600,000 → 2,600,000
      { user: '工资总额3,600万，职教经费260万，税前能扣多少', expect: deduct(2600000) },
      { user: '顺便问下，研发费用加计扣除现在比例是多少', expect: decline },
    ],
  },
  {
    id: 'v72d50',
    class: 'topic_switch',
    probes: 'apprentices (no figure), then 以工代训 for 零就业',
    periodEnd: true,
    turns: [
      { user: '我们经开区厂里今年带了15个企业新型学徒，每人补多少钱', expect: noFigure(['四(一)']) },
      // 3 × 200 × 5 = 3,000
      { user: '另外招的3个零就业家庭成员呢？社保交着，以工代训5个月，岗前补贴没申请', expect: pay(3000) },
    ],
  },
  {
    id: 'v72d51',
    class: 'topic_switch',
    probes: '以工代训, then an employee\'s own training subsidy: no figure from the first rule',
    periodEnd: true,
    turns: [
      // 1 × 200 × 2 = 400
      { user: '参保企业，就业困难人员1个，以工代训2个月，岗前没领', expect: pay(400) },
      {
        user: '还有个事，车间一个员工自己在郑州报了电工培训，他常住郑州，证也拿到了，他个人能有培训补贴吗',
        expect: { noAmount: 'unfixed', undecided: 'vocational_training', mustNotContain: ['400'] },
      },
    ],
  },

  // ------------------------------------------------------------ person_training
  {
    id: 'v72d52',
    class: 'person_training',
    probes: 'a rehired retiree drawing a pension',
    turns: [
      {
        user: '我们返聘了一个老师傅，已经在按月领退休金了，想去考个高级焊工，他能享受职业培训补贴吗',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v72d53',
    class: 'person_training',
    probes: 'three subsidies already this year',
    turns: [
      {
        user: '员工小王今年已经领过3次职业培训补贴了，年底还想再报一个，第4次还给补吗',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v72d54',
    class: 'person_training',
    probes: 'all facts but the earlier same occupation and level; then it',
    turns: [
      {
        user: '员工在户籍地参加了电工中级培训，证拿到了，机构在省里系统有登记，今年头一回，也没领养老金，能补吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      { user: '之前没考过电工，也没享受过别的工种的补贴', expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v72d55',
    class: 'person_training',
    probes: 'same occupation and level again',
    turns: [
      {
        user: '员工前年考电工中级已经享受过补贴，今年换了家机构又报电工中级，还能补吗',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },

  // ------------------------------------------------------------ entrepreneurship
  {
    id: 'v72d56',
    class: 'entrepreneurship',
    probes: 'an employee with the wish to start a business',
    turns: [
      {
        user: '研发部一个小伙子打算辞职出去自己干，有创业的想法，他能参加创业培训吗',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v72d57',
    class: 'entrepreneurship',
    probes: 'business open 7 years, no new wish: not eligible on these facts (student status unsaid)',
    turns: [
      {
        user: '帮代账客户问下：他的小微公司开业7年了，也没有再创业的打算，还能参加创业培训吗',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v72d58',
    class: 'entrepreneurship',
    probes: 'business open 2.5 years; then the fee the plan does not fix',
    turns: [
      {
        user: '我们代账的一个客户开了家小微企业，开业两年半，能参加创业培训吗',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
      { user: '那培训费他要自己掏吗，能补多少钱', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------ apprenticeship
  {
    id: 'v72d59',
    class: 'apprenticeship',
    probes: 'a per-head apprentice amount for a budget: the plan fixes none',
    turns: [{ user: '经开区装备制造企业，今年企业新型学徒带了36个，按人头每人补多少？财务要做预算', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v72d60',
    class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund (六(二)), no figure',
    turns: [{ user: '师带徒的津贴能从职教经费里列支吗？方案怎么说的', expect: { cites: ['六(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v72d61',
    class: 'apprenticeship',
    probes: 'apprentice rate (none), then the three-year target',
    turns: [
      { user: '企业新型学徒制补贴标准是多少，有文件依据吗', expect: noFigure(['四(一)']) },
      { user: '那全市三年一共要培养多少新型学徒', expect: { cites: ['四(一)'], says: [/2\s*万|两万|20000|20,000/] } },
    ],
  },
  {
    id: 'v72d62',
    class: 'apprenticeship',
    probes: 'apprentice subsidy together with 以工代训: the plan rules out only 岗前 overlap',
    turns: [{ user: '新型学徒补贴和以工代训补贴，同一个人能一起拿吗', expect: unsettled }],
  },

  // ------------------------------------------------------------ period
  {
    id: 'v72d63',
    class: 'period',
    probes: 'asked today whether the equipment subsidy can still be claimed',
    periodEnd: true,
    turns: [{ user: '现在还能申请技能大师工作室设备补助吗？我们打算下个月组织验收', expect: ended }],
  },
  {
    id: 'v72d64',
    class: 'period',
    probes: '[dated] 2020 hires, answered for that date',
    periodEnd: true,
    turns: [
      // 2 × 200 × 6 = 2,400
      { user: '2020年8月我们招了2个就业困难人员，参保企业，以工代训6个月，岗前补贴没领，当时能拿多少', expect: pay(2400) },
    ],
  },
  {
    id: 'v72d65',
    class: 'period',
    probes: 'how long the plan ran, asked by a tax agent for a later year',
    periodEnd: true,
    turns: [{ user: '这个实施方案有效期到哪年？我们2022年度汇算还能引用里面的8%吗', expect: ended }],
  },
  {
    id: 'v72d66',
    class: 'period',
    probes: 'today first, then [dated] a 2021 hire within the period',
    periodEnd: true,
    turns: [
      { user: '以工代训补贴现在这个时间点还能报吗？HR想赶在季度末报上去', expect: ended },
      // 1 × 200 × 3 = 600
      { user: '那我们2021年5月入职的零就业家庭成员1人，以工代训3个月，社保有交，岗前没领呢', expect: pay(600) },
    ],
  },
];
