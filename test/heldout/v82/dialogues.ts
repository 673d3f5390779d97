/**
 * HELD-OUT dialogues, set v82 — written BLIND from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, the dev sets under test/, or any other
 * held-out set (only the format of v15 — its header and first lines — was looked at). Not to be
 * tuned on: no word of these messages goes into a glossary, pattern or fixture. Once a dialogue
 * has been fixed by a targeted change it measures nothing any more; write a new one instead.
 *
 * Who types here: owners of small and micro businesses — a restaurant owner with two branches
 * (饭店, 厨子 / 服务员), a 家政公司 boss (阿姨们), a 物流站点 / 快递站 manager, a construction
 * labour boss whose crew is now a 劳务公司, a 扶贫车间 operator and a 合作社 head. They mix their
 * own case with their workers', name hires by role or nickname, give head counts as ranges or as a
 * total split later, ask what-ifs (要是再招两个呢), talk about several shops or sites, ask whether
 * equipment bought with a bank loan or a government grant counts, speak accountant shorthand
 * about the education fund (职教经费、工薪总额、计提、W for 万), and ask whether 2020 / 2021 can
 * still be claimed today. WeChat on a phone: short, run-on, 俩 / 仨 / 半年 / 大半年, bare replies.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, the kind of unit, insurance where the rule needs it, months employed for poor labour,
 * the fund source and acceptance of equipment, payroll and fund drawn) must be asked, so an
 * amount is expected only once every such fact has been said.
 *
 * Amounts, computed by hand from the contract and checked against the plan's text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months (半年 = 6) by any production entity (企业 / 合作社 / 扶贫车间);
 *   就业困难 (incl. 残疾人) and 零就业家庭 only by an insured ENTERPRISE (a 合作社 or 扶贫车间 is
 *   not one); 退役军人 are no group of this rule; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only when
 *   bought from the 职工教育经费 and accepted; a bank loan or a government grant is not the fund.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, entrepreneurship training, family
 *   aid: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [what-if], [sites].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreading's figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** Not eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts (not bought from the education fund). */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing or vague: no figure. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V82: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v82-d01',
    class: 'one_group',
    probes: 'insured 家政公司, 3 就业困难 aunties, 4 months: 3 × 200 × 4',
    periodEnd: true,
    turns: [
      {
        user: '俺们是家政公司，社保正常交，20年招了仨阿姨，都是就业困难人员，以工代训带了4个月，岗前培训补贴没领过，能拿多少钱',
        expect: pay(2400),
      },
    ],
  },
  {
    id: 'v82-d02',
    class: 'one_group',
    probes: 'poverty workshop, 5 poor labour, facts given over two turns; then a what-if with two more hires [what-if]',
    periodEnd: true,
    turns: [
      { user: '扶贫车间老板，收了5个建档立卡的，能拿那个以工代训的钱不', expect: askOJT },
      { user: '他们来了7个月了，以工代训弄了6个月，岗前那个补贴没申请过', expect: pay(6000) },
      {
        user: '要是再招俩贫困户，也干够半年，以工代训也6个月呢',
        expect: { oneOf: [pay(8400), askOJT] },
      },
    ],
  },
  {
    id: 'v82-d03',
    class: 'one_group',
    probes: 'cooperative, 2 poor labour employed only 4 months: under six, no 以工代训 amount',
    turns: [
      {
        user: '合作社收了俩贫困户，才干了4个月，以工代训也是4个月，岗前补贴没领，能补不',
        expect: notYes(1600),
      },
    ],
  },
  {
    id: 'v82-d04',
    class: 'one_group',
    probes: 'logistics company, one 零就业家庭 hire, 8 months of 以工代训 capped at 6',
    periodEnd: true,
    turns: [
      {
        user: '快递站是公司注册的 交着社保 招了个零就业家庭的小伙 干快一年了 以工代训算了8个月 岗前补贴木领过',
        expect: payNot(1200, 1600),
      },
    ],
  },
  {
    id: 'v82-d05',
    class: 'one_group',
    probes: 'restaurant staff named by role, one of five is disabled; kind of unit and insurance asked, then only that one paid',
    periodEnd: true,
    turns: [
      { user: '开饭店的，俩厨子、三个服务员里有一个是残疾人，这个能有啥补贴吗', expect: askOJT },
      {
        user: '饭店是有限公司，社保都给交着呢，那个残疾服务员以工代训做了5个月，岗前培训补贴没领',
        expect: payNot(1000, 5000),
      },
    ],
  },
  {
    id: 'v82-d06',
    class: 'one_group',
    probes: 'labour company hiring demobilised soldiers: 退役军人 are not a 以工代训 group',
    turns: [
      {
        user: '我是搞建筑劳务的，公司交社保，招了4个退伍兵跟着干活，以工代训3个月，岗前补贴没领，有以工代训补贴吗',
        expect: notYes(2400),
      },
    ],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v82-d07',
    class: 'several_groups',
    probes: 'poverty workshop with poor labour and disabled hires: only the poor labour row counts (a workshop is not an insured enterprise)',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间，贫困户3个干了8个月以工代训6个月，另外俩残疾人以工代训4个月，岗前补贴都没领，车间也给交社保',
        expect: { oneOf: [pay(3600), askOJT], mustNotContain: ['5200'] },
      },
    ],
  },
  {
    id: 'v82-d08',
    class: 'several_groups',
    probes: 'two groups with different months in one message: 4 × 200 × 6 + 2 × 200 × 3',
    periodEnd: true,
    turns: [
      {
        user: '家政公司，参保的。4个贫困户阿姨干了10个月，以工代训6个月；还有2个零就业家庭的，以工代训才3个月。岗前补贴一个没领。一共多少',
        expect: payNot(6000, 7200, 3600),
      },
    ],
  },
  {
    id: 'v82-d09',
    class: 'several_groups',
    probes: 'a total given first, split by group later',
    periodEnd: true,
    turns: [
      { user: '物流公司，交社保，总共招了7个人，有贫困户也有就业困难的，以工代训都做了，能拿多少', expect: askOJT },
      {
        user: '贫困户5个，干了9个月，以工代训6个月；剩下2个就业困难的以工代训2个月。岗前补贴一个都没领',
        expect: payNot(6800, 8400, 2800),
      },
    ],
  },
  {
    id: 'v82-d10',
    class: 'several_groups',
    probes: 'two rows of poor labour, one employed six months and one only three: only the first counts',
    periodEnd: true,
    turns: [
      {
        user: '劳务公司 有社保 贫困户分两拨 头一拨3个干满6个月了以工代训6个月 后一拨2个才干3个月以工代训3个月 岗前补贴都没拿',
        expect: payNot(3600, 6000, 4800),
      },
    ],
  },
  {
    id: 'v82-d11',
    class: 'several_groups',
    probes: 'two branches of one company, disabled hires with different months; then a short-serving poor hire added [sites]',
    periodEnd: true,
    turns: [
      {
        user: '我俩店，都在一个公司名下，社保都交。东区店两个残疾人以工代训6个月，西区店一个残疾人做了3个月以工代训，一共能补多少',
        expect: askOJT,
      },
      { user: '岗前那个都没领', expect: payNot(3000, 3600) },
      {
        user: '西区还有个贫困户，才来俩月，以工代训也做了俩月，岗前补贴也没领，这个算不算',
        expect: payNot(3000, 3400),
      },
    ],
  },
  {
    id: 'v82-d12',
    class: 'several_groups',
    probes: 'cooperative with poor labour and disabled hires: disabled hires need an insured enterprise',
    periodEnd: true,
    turns: [
      {
        user: '俺们合作社有3个贫困户干了7个月，以工代训5个月，还有俩残疾人也以工代训5个月，岗前培训补贴都没领，能补多少',
        expect: payNot(3000, 5000),
      },
    ],
  },
  {
    id: 'v82-d13',
    class: 'several_groups',
    probes: 'one group settled, then a what-if adds a second group with other months [what-if]',
    periodEnd: true,
    turns: [
      {
        user: '家政公司，社保交着。2个贫困户干了半年，以工代训4个月，岗前补贴没领',
        expect: pay(1600),
      },
      {
        user: '要是再招两个就业困难的，也以工代训6个月，岗前补贴也不领，一共能拿多少',
        expect: { oneOf: [payNot(4000, 2400 * 2), askOJT] },
      },
    ],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v82-d14',
    class: 'negation_after_noun',
    probes: '"社保…一直没交" before the hires: an uninsured company gets nothing for disabled hires',
    turns: [
      {
        user: '社保我们一直没交，公司招的3个残疾人以工代训6个月，岗前补贴也没领，有以工代训补贴没',
        expect: notYes(3600),
      },
    ],
  },
  {
    id: 'v82-d15',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴…一分都没领过" said first, read as not claimed',
    periodEnd: true,
    turns: [
      {
        user: '岗前培训补贴这块，俺们车间是一分都没领过。扶贫车间，6个贫困户，都干满一年了，以工代训6个月',
        expect: pay(7200),
      },
    ],
  },
  {
    id: 'v82-d16',
    class: 'negation_after_noun',
    probes: '"岗前补贴那几个人都领过了": pre-job subsidy claimed, no 以工代训',
    turns: [
      {
        user: '家政公司有社保，4个就业困难的阿姨以工代训3个月，岗前补贴那几个人之前都领过了，还能拿以工代训的不',
        expect: notYes(2400),
      },
    ],
  },
  {
    id: 'v82-d17',
    class: 'negation_after_noun',
    probes: '"社保…没断过" is insured; "岗前那个补贴也没申请" is not claimed',
    periodEnd: true,
    turns: [
      {
        user: '社保的话公司倒是给他们都交着，从来没断过。2个零就业家庭的，以工代训6个月，岗前那个补贴也没申请',
        expect: pay(2400),
      },
    ],
  },
  {
    id: 'v82-d18',
    class: 'negation_after_noun',
    probes: '"岗前那个补贴嘛，还没去申请" at the end of a long message',
    periodEnd: true,
    turns: [
      {
        user: '物流站是公司，参保的，招了2个零就业家庭的，以工代训4个月，岗前那个补贴嘛，还没去申请',
        expect: pay(1600),
      },
    ],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v82-d19',
    class: 'unknown_reply',
    probes: '"不清楚" about the pre-job subsidy leaves it open; answered later',
    periodEnd: true,
    turns: [
      { user: '家政公司，交社保，招了3个就业困难的阿姨，以工代训干了5个月，能领多少', expect: askOJT },
      { user: '岗前补贴领没领我也不清楚，是原来的会计办的', expect: dunnoOJT },
      { user: '问了会计了，没领过', expect: pay(3000) },
    ],
  },
  {
    id: 'v82-d20',
    class: 'unknown_reply',
    probes: 'months employed unknown for poor labour: no figure until said',
    periodEnd: true,
    turns: [
      { user: '扶贫车间收了4个贫困户，以工代训4个月，岗前补贴没领，能补多少', expect: askOJT },
      { user: '干了多长时间不知道，花名册在村委会那', expect: dunnoOJT },
      { user: '村里说都干了8个月了', expect: pay(3200) },
    ],
  },
  {
    id: 'v82-d21',
    class: 'unknown_reply',
    probes: 'insurance unknown ("得问问我老婆"), then said',
    periodEnd: true,
    turns: [
      {
        user: '饭店是公司，2个残疾人服务员以工代训3个月，岗前补贴没领，社保交没交我得问问我老婆，她管账',
        expect: dunnoOJT,
      },
      { user: '她说社保一直交着', expect: pay(1200) },
    ],
  },
  {
    id: 'v82-d22',
    class: 'unknown_reply',
    probes: 'head count given as a range ("三四个吧记不清了"): no figure until the count is said',
    periodEnd: true,
    turns: [
      {
        user: '合作社招了几个贫困户，三四个吧记不清了，干了大半年，以工代训6个月，岗前补贴没领',
        expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['3600', '4800'] },
      },
      { user: '查了，4个，都干了7个月', expect: pay(4800) },
    ],
  },
  {
    id: 'v82-d23',
    class: 'unknown_reply',
    probes: 'fund source of equipment unknown, then the education fund',
    turns: [
      { user: '我们高技能人才培训基地新添了120万的设备，人社财政验收过了，能补多少', expect: askKit },
      { user: '钱从哪个账出的我不清楚，得问财务', expect: dunnoKit },
      { user: '财务说是职工教育经费里出的', expect: kit(240000) },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v82-d24',
    class: 'correction',
    probes: 'head count corrected from 3 to 2',
    periodEnd: true,
    turns: [
      { user: '家政公司参保，3个就业困难人员以工代训6个月，岗前补贴没领，能补多少', expect: pay(3600) },
      { user: '不对不对，是2个，有个阿姨后来走了', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v82-d25',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 6 to 3',
    periodEnd: true,
    turns: [
      { user: '扶贫车间5个贫困户，都干了8个月，以工代训6个月，岗前补贴没拿过', expect: pay(6000) },
      { user: '哎说错了，以工代训只搞了3个月', expect: payNot(3000, 6000) },
    ],
  },
  {
    id: 'v82-d26',
    class: 'correction',
    probes: 'insurance corrected to not insured: disabled hires drop out',
    periodEnd: true,
    turns: [
      { user: '饭店是公司，有社保，2个残疾人以工代训4个月，岗前补贴没领，多少钱', expect: pay(1600) },
      { user: '刚才说错了，公司没给他俩上社保', expect: notYes(1600) },
    ],
  },
  {
    id: 'v82-d27',
    class: 'correction',
    probes: 'pre-job subsidy corrected to claimed',
    periodEnd: true,
    turns: [
      { user: '合作社，2个贫困户干了7个月，以工代训6个月，岗前补贴没领', expect: pay(2400) },
      { user: '搞错了，岗前培训补贴之前给他俩申请过了', expect: notYes(2400) },
    ],
  },
  {
    id: 'v82-d28',
    class: 'correction',
    probes: 'equipment value corrected upward past the studio cap',
    turns: [
      { user: '职教经费给技能大师工作室买了40万的设备，人社财政都验收合格了，补多少', expect: kit(80000) },
      { user: '不对，设备总共是60万的，发票我又翻了一下', expect: kitNot(100000, 120000) },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v82-d29',
    class: 'topic_switch',
    probes: 'from the company\'s 以工代训 to the owner\'s own entrepreneurship training [two-part]',
    periodEnd: true,
    turns: [
      { user: '物流公司交社保，2个就业困难的以工代训6个月，岗前补贴没领，能补多少', expect: pay(2400) },
      {
        user: '另外问一下，我自己想去参加个创业培训，快递站开了3年了，行吗',
        expect: { ...noFigure(['三(八)']), mustNotContain: ['2400'] },
      },
    ],
  },
  {
    id: 'v82-d30',
    class: 'topic_switch',
    probes: 'from equipment to a cook\'s certificate: no equipment figure carried over',
    turns: [
      { user: '用职教经费给大师工作室买了30万设备，验收合格，能补多少', expect: kit(60000) },
      {
        user: '对了，我们饭店厨子考厨师证有补贴吗',
        expect: { ...noFigure(['七(二)']), mustNotContain: ['60000', '6万'] },
      },
    ],
  },
  {
    id: 'v82-d31',
    class: 'topic_switch',
    probes: 'from the education fund to minimum wage (outside the plan)',
    turns: [
      { user: '工资总额200万，职教经费提了12万，税前能扣多少', expect: deduct(120000) },
      { user: '换个事，郑州现在最低工资一个月多少', expect: decline },
    ],
  },
  {
    id: 'v82-d32',
    class: 'topic_switch',
    probes: 'from care training for domestic workers to the apprentice amount',
    turns: [
      { user: '家政公司的阿姨们想学养老护理，政府有这方面培训没', expect: { answered: true, cites: ['三(四)', '五(一)'] } },
      { user: '还有，新型学徒那个，一个学徒能给多少钱', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v82-d33',
    class: 'topic_switch',
    probes: 'from 以工代训 to aid for a worker\'s child at a technical school',
    periodEnd: true,
    turns: [
      { user: '扶贫车间5个贫困户干了一年了，以工代训6个月，岗前补贴没领', expect: pay(6000) },
      {
        user: '再问个，车间里有个贫困户家孩子在上技校，家里能有补助吗',
        expect: { ...noFigure(['三(三)', '三(十四)']), mustNotContain: ['6000'] },
      },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v82-d34',
    class: 'person_training',
    probes: 'a domestic worker\'s 育婴员 certificate: the plan fixes no per-person amount',
    periodEnd: true,
    turns: [
      {
        user: '我们家政的一个阿姨考了育婴员证，人在郑州常住，户口是外地的，今年头一回，补贴多少钱',
        expect: noFigure(['七(二)']),
      },
    ],
  },
  {
    id: 'v82-d35',
    class: 'person_training',
    probes: 'the same occupation and level already subsidised: not again',
    turns: [
      {
        user: '店里那个大厨，中式烹调师四级去年考过一次补过了，今年再考同一个等级还给补吗',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v82-d36',
    class: 'person_training',
    probes: 'how many subsidised trainings a year',
    turns: [
      { user: '店里服务员一年最多能报几回培训补贴', expect: { cites: ['七(二)'], says: [/3\s*次|三次/] } },
    ],
  },
  {
    id: 'v82-d37',
    class: 'person_training',
    probes: 'a rehired pensioner: drawing a monthly pension excludes the training subsidy',
    turns: [
      {
        user: '返聘的老师傅，已经按月领退休金了，送他去培训个电工证有补贴不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['六(一)', '七(二)'] },
      },
    ],
  },
  {
    id: 'v82-d38',
    class: 'person_training',
    probes: 'living allowance during training: the plan fixes no amount, and no 200 元 of 以工代训',
    turns: [
      { user: '工地上的小工去脱产培训半个月，这期间有生活费补贴吗，一天给多少', expect: { ...unsettled, mustNotContain: ['200元', '200 元'] } },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v82-d39',
    class: 'entrepreneurship',
    probes: 'restaurant owner two years in: entrepreneurship training, no amount',
    turns: [
      { user: '我开饭店两年了，小本买卖，能参加创业培训不，给多少钱', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v82-d40',
    class: 'entrepreneurship',
    probes: 'cooperative head seven years in: over the five-year line, no amount',
    turns: [
      { user: '合作社都办了7年了，我这种还能参加创业培训吗', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v82-d41',
    class: 'entrepreneurship',
    probes: 'entrepreneurship training, then whether it is free (not settled)',
    turns: [
      { user: '想自己再开个家政分店，有没有创业方面的培训', expect: noFigure(['三(八)']) },
      { user: '那培训费是全免还是补一部分？', expect: unsettled },
    ],
  },
  {
    id: 'v82-d42',
    class: 'entrepreneurship',
    probes: 'a waitress who is a vocational-college student: 创业意识培训',
    turns: [
      { user: '饭店有个兼职服务员是职业学院在校生，她能去参加创业意识培训吗', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v82-d43',
    class: 'equipment',
    probes: 'equipment bought with a bank loan, then with a government grant: neither is the education fund',
    turns: [
      {
        user: '公司建了个技能大师工作室，设备80万是找银行贷款买的，也验收过了，能补20%不',
        expect: noKit(160000, /16万/),
      },
      { user: '那要是用政府给的补助资金买的呢', expect: noKit(160000, /16万/) },
    ],
  },
  {
    id: 'v82-d44',
    class: 'equipment',
    probes: 'base equipment bought with a government special fund: no subsidy',
    turns: [
      {
        user: '高技能人才培训基地的实训设备是用上面拨的专项资金买的，150万，验收通过了，这个还能再补吗',
        expect: noKit(300000, /30万/),
      },
    ],
  },
  {
    id: 'v82-d45',
    class: 'equipment',
    probes: 'base equipment from the education fund, accepted: 20 %',
    turns: [
      {
        user: '从职工教育经费里出的钱，给高技能人才培训基地新买了200万的设备，人社和财政验收合格了',
        expect: kit(400000),
      },
    ],
  },
  {
    id: 'v82-d46',
    class: 'equipment',
    probes: 'acceptance asked, then said: studio at exactly the cap',
    turns: [
      { user: '职教经费买了50万的设备放在大师工作室里', expect: askKit },
      { user: '验收了，人社财政都来看过，合格', expect: kit(100000) },
    ],
  },
  {
    id: 'v82-d47',
    class: 'equipment',
    probes: 'two studios at two shops, each capped on its own [sites]',
    turns: [
      {
        user: '俩大师工作室，总店那个买了70万设备，分店那个买了30万，都是职工教育经费出的，都验收了',
        expect: kitNot(160000, 200000),
      },
    ],
  },
  {
    id: 'v82-d48',
    class: 'equipment',
    probes: 'half from the fund, half from a bank loan: only the fund half counts, or ask',
    turns: [
      {
        user: '基地设备一共100万，一半职教经费一半银行贷款，高技能人才培训基地的，验收了',
        expect: { oneOf: [kit(100000), askKit], mustNotContain: ['200000', /20万/] },
      },
    ],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v82-d49',
    class: 'education_fund',
    probes: 'payroll and fund in accountant wording: the 8 % cap binds',
    turns: [
      { user: '工资薪金总额500万，职教经费计提了45万，税前能扣多少', expect: deduct(400000) },
    ],
  },
  {
    id: 'v82-d50',
    class: 'education_fund',
    probes: '"W" for 万: the fund drawn is under the cap',
    turns: [
      { user: '工资总额300W，职工教育经费提了20W，一线用了70%，税前扣除能扣多少', expect: deduct(200000) },
    ],
  },
  {
    id: 'v82-d51',
    class: 'education_fund',
    probes: 'front-line share of one half: the plan wants 60 % or more',
    turns: [
      { user: '职教经费按工资总额8%计提的，一线的只花了一半，这样行吗', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
    ],
  },
  {
    id: 'v82-d52',
    class: 'education_fund',
    probes: 'rate first, then payroll as a range (open), then exact',
    turns: [
      { user: '职工教育经费税前扣除比例现在是多少', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
      { user: '我们工资薪金一年大概两三百万，教育经费提了18万，能全扣不', expect: askFund },
      { user: '准确的是260万', expect: deduct(180000) },
    ],
  },
  {
    id: 'v82-d53',
    class: 'education_fund',
    probes: 'master-apprentice allowance out of the education fund',
    turns: [{ user: '师带徒津贴能从职教经费里列支吗', expect: { cites: ['六(二)'], answered: true } }],
  },
  {
    id: 'v82-d54',
    class: 'education_fund',
    probes: 'fund drawn above 8 % of payroll: the excess is not deductible',
    turns: [
      { user: '工薪总额800万 教育经费计提80万 能全额税前扣吗', expect: deduct(640000) },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v82-d55',
    class: 'apprenticeship',
    probes: 'labour boss with apprentices: no amount per apprentice',
    turns: [{ user: '建筑队带徒弟，按企业新型学徒报的话，一个徒弟补多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v82-d56',
    class: 'apprenticeship',
    probes: 'pressed for a ballpark figure: still none',
    turns: [
      { user: '物流公司招了10个学徒，按新型学徒制带，补贴多少钱一个人', expect: noFigure(['四(一)']) },
      { user: '那大概给个数嘛，几千？', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v82-d57',
    class: 'apprenticeship',
    probes: 'cooperative with five apprentices: no amount',
    turns: [{ user: '合作社带了5个学徒娃，走学徒制能有多少钱', expect: noFigure(['四(一)']) }],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v82-d58',
    class: 'period',
    probes: 'claiming 2020 hires today: the plan ended; then the 2020 figure [dated]',
    periodEnd: true,
    turns: [
      { user: '2020年招的贫困户，现在还能申请以工代训补贴不', expect: { ...ended, noAmount: 'open' } },
      {
        user: '那20年那会儿要是申请，合作社，3个人干了10个月，以工代训6个月，岗前补贴没领，能拿多少',
        expect: pay(3600),
      },
    ],
  },
  {
    id: 'v82-d59',
    class: 'period',
    probes: 'equipment bought before the end of 2021, claimed now [dated]',
    periodEnd: true,
    turns: [{ user: '21年底之前我们买的实训设备，现在补申请还来得及吗', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v82-d60',
    class: 'period',
    probes: 'a 2021 case computed for its date, then "现在还行吗" [dated]',
    periodEnd: true,
    turns: [
      {
        user: '2021年3月那会，扶贫车间收的3个贫困户干满了6个月，以工代训做了6个月，岗前补贴没领，当时能拿多少',
        expect: pay(3600),
      },
      { user: '那现在去申请还行吗', expect: ended },
    ],
  },
  {
    id: 'v82-d61',
    class: 'period',
    probes: 'when the plan stops',
    periodEnd: true,
    turns: [{ user: '这个技能提升的方案到啥时候截止啊', expect: ended }],
  },
  {
    id: 'v82-d62',
    class: 'period',
    probes: 'asking today whether the plan still pays',
    periodEnd: true,
    turns: [{ user: '现在都2024年了，这个职业技能提升行动还有补贴拿没', expect: { ...ended, noAmount: 'open' } }],
  },
];
