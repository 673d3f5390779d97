/**
 * HELD-OUT dialogues, set v84 — written blind from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v15
 * (its header and first lines) was looked at. Not to be tuned on: no word of these messages goes
 * into a glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it
 * measures nothing any more; write a new one instead.
 *
 * Who types here: HR and admin staff of manufacturing and service firms (注塑、冲压、电子组装、
 * 食品加工、物流、物业、酒店、连锁超市、餐饮) typing on a PC, code-switching between Chinese and
 * English (HR这边、OJT、headcount、social insurance已交、pre-job subsidy没claim过、budget、FYI、
 * pls recalc), pasting bullet lists and Excel rows with tabs or | separators, several departments
 * or sites in one message, payroll in 万 / K / M, equipment purchase lists, corrections.
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it
 * depends on has been said (kind of unit, insurance where the rule needs it, group, months
 * employed for poor labour, months of 以工代训, 岗前培训补贴 claimed or not; for equipment the
 * kind of site, value, fund source and acceptance; for the fund the payroll and the fund drawn).
 * "不知道/不确定/不清楚" leaves the fact open: no figure and no 不符合.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only by
 *   an insured enterprise; 退役军人 and ordinary migrant workers are no group here; rows with the
 *   岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted. 320K = 320 000, 1.2M = 1 200 000.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [dated], [table].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreading's figure. */
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number, wrongWan: RegExp): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong), wrongWan] });
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
/** An education-fund fact is missing or unknown: no figure, no verdict. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V84: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v84-d01',
    class: 'one_group',
    probes: 'one group, all facts in one PC message with English words mixed in',
    periodEnd: true,
    turns: [
      {
        user: 'Hi，HR这边想确认下以工代训：我们是制造业企业，social insurance一直正常交，今年招了3个就业困难人员（街道认定过的），都在做OJT，目前4个月，pre-job subsidy没claim过。pls帮忙算下能拿多少',
        expect: pay(2400),
      },
    ],
  },
  {
    id: 'v84-d02',
    class: 'one_group',
    probes: 'facts of one group given across three turns; months employed and OJT months kept apart',
    periodEnd: true,
    turns: [
      { user: '我们厂（电子组装）新进了5个建档立卡贫困户的员工，想申请以工代训补贴，FYI', expect: askOJT },
      { user: '入职到现在8个月了，OJT做满6个月', expect: askOJT },
      { user: '岗前培训补贴那个 没申请过', expect: pay(6000) },
    ],
  },
  {
    id: 'v84-d03',
    class: 'one_group',
    probes: 'OJT months beyond the cap of 6 are capped, not multiplied',
    periodEnd: true,
    turns: [
      {
        user: '物业公司HR，公司社保已交。零就业家庭成员 headcount 4个，以工代训做了8个月，岗前补贴没领过，总共能补多少？',
        expect: payNot(4800, 6400),
      },
    ],
  },
  {
    id: 'v84-d04',
    class: 'one_group',
    probes: '[table] one pasted Excel row with | separators, disabled hires count as 就业困难',
    periodEnd: true,
    turns: [
      {
        user: '餐饮连锁公司 | 残疾人 | 2名 | 以工代训3个月 | 社保已交 | 岗前补贴未领\n以上，以工代训补贴多少？',
        expect: pay(1200),
      },
    ],
  },
  {
    id: 'v84-d05',
    class: 'one_group',
    probes: 'poor labour employed only 4 months: no amount, not eligible yet',
    periodEnd: true,
    turns: [
      {
        user: '物流公司，招了2个贫困劳动力（建档立卡的），入职4个月，OJT也是4个月，岗前的那个补贴没拿过。以工代训能报吗',
        expect: notYes(1600),
      },
    ],
  },
  {
    id: 'v84-d06',
    class: 'one_group',
    probes: 'a lookup of the standard, then the own case in the next turn',
    periodEnd: true,
    turns: [
      { user: '想问下 以工代训 的标准是多少 一个人一个月', expect: { cites: ['六(一)'], says: [/200/] } },
      { user: 'OK 那我们这边1个就业困难人员，做了6个月OJT，公司有参保，岗前培训补贴没拿过，total多少', expect: pay(1200) },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v84-d07',
    class: 'several_groups',
    probes: '[table] tab-separated Excel rows, two departments with different months each',
    periodEnd: true,
    turns: [
      {
        user: '部门\t人员类别\t人数\t入职月数\t以工代训月数\n冲压车间\t建档立卡贫困劳动力\t3\t7\t5\n装配线\t就业困难人员\t2\t3\t3\n公司社保已交，岗前培训补贴两批人都没claim过。pls算下total',
        expect: payNot(4200, 5000),
      },
    ],
  },
  {
    id: 'v84-d08',
    class: 'several_groups',
    probes: '[table] three stores in a pipe table, one row a group the rule does not cover (退役军人)',
    periodEnd: true,
    turns: [
      {
        user: '| 门店 | 类别 | 人数 | OJT月数 |\n| 郑东店 | 零就业家庭 | 1 | 2 |\n| 高新店 | 残疾人 | 2 | 6 |\n| 航空港店 | 退役军人 | 3 | 4 |\n我们是连锁超市，social insurance都交了，岗前补贴都没领。以工代训一共多少？',
        expect: payNot(2800, 5200),
      },
    ],
  },
  {
    id: 'v84-d09',
    class: 'several_groups',
    probes: 'two groups, months given one group at a time; the open group asked by name',
    periodEnd: true,
    turns: [
      { user: '我们是做食品加工的企业，社保正常缴纳。招了 贫困劳动力4人 + 就业困难人员2人，岗前培训补贴都没claim', expect: askOJT },
      { user: '就业困难那2个 OJT 5个月', expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
      { user: '贫困的那4个，入职10个月，以工代训6个月', expect: payNot(6800, 7200) },
    ],
  },
  {
    id: 'v84-d10',
    class: 'several_groups',
    probes: 'a poverty workshop without insurance: poor labour counts, 就业困难 does not; months not mixed',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间这边：贫困劳动力6人都干满一年了，以工代训3个月；另外还有2个就业困难人员OJT 6个月。岗前补贴都没申请过。扶贫车间社保没交哈',
        expect: { amount: { rule: 'on_job_training', yuan: 3600 }, mustNotContain: ['7200', '6000'] },
      },
    ],
  },
  {
    id: 'v84-d11',
    class: 'several_groups',
    probes: 'two plants with their own counts and months in one line',
    periodEnd: true,
    turns: [
      {
        user: 'FYI 两个厂区：A厂 残疾人3名 OJT 4个月；B厂 零就业家庭成员1名 OJT 1个月。集团参保ok，岗前培训补贴都没claim过。合计多少？',
        expect: payNot(2600, 3200),
      },
    ],
  },
  {
    id: 'v84-d12',
    class: 'several_groups',
    probes: 'one group already claimed the pre-job subsidy and drops out, the other counts',
    periodEnd: true,
    turns: [
      {
        user: '- 贫困劳动力2人：入职8个月，OJT 6个月，岗前培训补贴已经领了\n- 就业困难3人：OJT 2个月，岗前培训补贴没领\n公司有交社保。以工代训能拿多少',
        expect: { amount: { rule: 'on_job_training', yuan: 1200 }, mustNotContain: ['3600'] },
      },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v84-d13',
    class: 'negation_after_noun',
    probes: 'pre-job subsidy negated after the noun with words between',
    periodEnd: true,
    turns: [
      {
        user: '岗前培训补贴这块我们是没领的，社保也一直有交。公司做机械加工，招了2个就业困难人员，以工代训5个月，算下',
        expect: pay(2000),
      },
    ],
  },
  {
    id: 'v84-d14',
    class: 'negation_after_noun',
    probes: 'insurance negated after the noun: 就业困难/残疾人 hires do not count',
    turns: [
      {
        user: 'social insurance我们公司目前是没交的（都是劳务外包），招了2个残疾人 OJT 3个月，岗前补贴没claim。以工代训能申请吗',
        expect: noPay(1200),
      },
    ],
  },
  {
    id: 'v84-d15',
    class: 'negation_after_noun',
    probes: 'the missing pre-job answer comes with the negation far after the noun',
    periodEnd: true,
    turns: [
      { user: '酒店行业，社保已交，招了零就业家庭成员3个，OJT 2个月，以工代训补贴怎么算', expect: askOJT },
      { user: '岗前那个补贴，前任HR交接的时候说是没有申请过的', expect: pay(1200) },
    ],
  },
  {
    id: 'v84-d16',
    class: 'negation_after_noun',
    probes: 'a cooperative, poor labour, "未领取" after the noun with a clause between',
    periodEnd: true,
    turns: [
      {
        user: '我们是种植合作社。贫困劳动力3个，入职7个月，以工代训4个月，岗前补贴这个我确认过 未领取',
        expect: pay(2400),
      },
    ],
  },
  {
    id: 'v84-d17',
    class: 'negation_after_noun',
    probes: '"不是没领，是已经领过了": a double negation read as claimed',
    turns: [
      {
        user: '就业困难人员2名，OJT 6个月，公司社保已交，岗前培训补贴不是没领，是上个月已经领过了。以工代训还能拿吗',
        expect: noPay(2400),
      },
    ],
  },
  {
    id: 'v84-d18',
    class: 'negation_after_noun',
    probes: 'the group negated after the noun: "不是建档立卡的" leaves ordinary migrant workers',
    turns: [
      {
        user: '这几个人其实不是建档立卡的，就是普通农民工，5个人OJT 3个月，岗前补贴没拿，公司参保了，以工代训有没有',
        expect: notYes(3000),
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v84-d19',
    class: 'unknown_reply',
    probes: '"不确定" about insurance leaves it open; the answer later settles it',
    periodEnd: true,
    turns: [
      { user: '设备制造厂，2个就业困难人员 OJT 4个月，岗前补贴没领，以工代训能拿多少', expect: askOJT },
      { user: '社保这块我不确定，要问下payroll那边', expect: dunnoOJT },
      { user: '问过了，社保已交', expect: pay(1600) },
    ],
  },
  {
    id: 'v84-d20',
    class: 'unknown_reply',
    probes: 'months employed of poor labour unknown: no figure, no 不符合',
    turns: [
      { user: '我们招了3个贫困劳动力，OJT 5个月，pre-job subsidy没claim，公司是做服装的', expect: askOJT },
      { user: '入职多久不清楚，得去查下花名册', expect: dunnoOJT },
    ],
  },
  {
    id: 'v84-d21',
    class: 'unknown_reply',
    probes: 'whether the pre-job subsidy was claimed is unknown',
    turns: [
      { user: '扶贫车间，贫困劳动力2人，干了9个月，以工代训6个月，能补多少', expect: askOJT },
      { user: '岗前培训补贴领没领过 我这边不知道，前任没留记录', expect: dunnoOJT },
    ],
  },
  {
    id: 'v84-d22',
    class: 'unknown_reply',
    probes: 'OJT months first unknown, then found',
    periodEnd: true,
    turns: [
      { user: '就业困难人员1名，社保已交，岗前补贴没领，公司是民企，以工代训怎么算', expect: askOJT },
      { user: 'OJT几个月 暂时不确定', expect: dunnoOJT },
      { user: '查到了 OJT 3个月', expect: pay(600) },
    ],
  },
  {
    id: 'v84-d23',
    class: 'unknown_reply',
    probes: 'equipment fund source unknown',
    turns: [
      { user: '技能大师工作室新买了一批实训设备 总值40万，人社财政已经验收通过，能补多少', expect: askKit },
      { user: '是不是用职工教育经费买的 不太清楚，财务还没回复', expect: dunnoKit },
    ],
  },
  {
    id: 'v84-d24',
    class: 'unknown_reply',
    probes: 'payroll unknown for the education-fund deduction',
    turns: [
      { user: '职工教育经费 今年提了 120万，税前能扣多少', expect: { ...askFund, asks: true } },
      { user: '工资总额暂时不知道 还在做年报 FYI', expect: askFund },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v84-d25',
    class: 'correction',
    probes: 'OJT months corrected, "pls recalc"',
    periodEnd: true,
    turns: [
      { user: '我们公司（注塑）参保正常，就业困难人员4人，OJT 3个月，岗前补贴没领，以工代训多少', expect: pay(2400) },
      { user: 'sorry 打错了 是OJT 5个月 pls recalc', expect: payNot(4000, 2400) },
    ],
  },
  {
    id: 'v84-d26',
    class: 'correction',
    probes: 'headcount corrected from 3 to 2',
    periodEnd: true,
    turns: [
      { user: '物流企业，贫困劳动力3人，入职7个月，OJT 6个月，岗前补贴没领', expect: pay(3600) },
      { user: '更正一下：人数是2个不是3个', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v84-d27',
    class: 'correction',
    probes: 'insurance corrected to not paid: the amount goes away',
    periodEnd: true,
    turns: [
      { user: '我们公司 零就业家庭成员2人 OJT 4个月 社保已交 岗前补贴未申请，能补多少', expect: pay(1600) },
      { user: '不对 社保其实还没交 新公司还在开户', expect: noPay(1600) },
    ],
  },
  {
    id: 'v84-d28',
    class: 'correction',
    probes: 'equipment value corrected past the base cap',
    turns: [
      { user: '高技能人才培训基地 新购实训设备 180万，职工教育经费出的，已验收，补贴多少', expect: kit(360000) },
      { user: '更正：设备总值是280万，不是180万，pls recalc', expect: kitNot(500000, 560000, /56万/) },
    ],
  },
  {
    id: 'v84-d29',
    class: 'correction',
    probes: 'education fund corrected below the 8 % limit',
    turns: [
      { user: '工资薪金总额 2000万，职工教育经费提了 200万，能税前扣多少', expect: deduct(1600000) },
      { user: 'fix一下：教育经费是 120万 不是200万，pls recalc', expect: deduct(1200000) },
    ],
  },
  {
    id: 'v84-d30',
    class: 'correction',
    probes: 'group corrected from 残疾人 to 退役军人: no 以工代训 group any more',
    periodEnd: true,
    turns: [
      { user: '公司参保，招了2个残疾人，OJT 6个月，岗前补贴没领，以工代训多少钱', expect: pay(2400) },
      { user: '更正 不是残疾人 是退役军人 我看错表了', expect: notYes(2400) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v84-d31',
    class: 'topic_switch',
    probes: 'after an amount, an unrelated veterans question must not carry the amount',
    periodEnd: true,
    turns: [
      { user: '公司已参保，零就业家庭成员1人，OJT 5个月，岗前培训补贴没claim过，补多少', expect: pay(1000) },
      { user: '另外问一下，退役军人的技能培训 方案里有什么说法？', expect: { cites: ['三(二)', '六(一)'], mustNotContain: ['1000'] } },
    ],
  },
  {
    id: 'v84-d32',
    class: 'topic_switch',
    probes: 'education fund, then an unrelated question on private institutions',
    turns: [
      { user: '职工教育经费 是不是要60%以上用在一线职工身上？', expect: { cites: ['六(二)'], says: [/60/] } },
      { user: '换个问题 民办的培训机构 跟公办的 待遇一样吗', expect: { cites: ['四(三)'] } },
    ],
  },
  {
    id: 'v84-d33',
    class: 'topic_switch',
    probes: 'after an equipment amount, 生活费补贴 gets no figure',
    turns: [
      { user: '技能大师工作室 新设备 25万，教育经费列支，已验收，补贴多少', expect: kit(50000) },
      { user: 'btw 员工脱产培训期间的生活费补贴 一个月多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v84-d34',
    class: 'topic_switch',
    probes: 'apprenticeship with no fixed amount, then special operations training',
    turns: [
      { user: '公司搞企业新型学徒制 有补贴吗 多少钱一个', expect: noFigure(['四(一)']) },
      { user: 'OK 另外 特种作业人员 是不是必须先培训合格再上岗', expect: { cites: ['三(六)'] } },
    ],
  },
  {
    id: 'v84-d35',
    class: 'topic_switch',
    probes: 'after an amount, chit-chat about the weather is declined',
    periodEnd: true,
    turns: [
      { user: 'HR这边算下以工代训：就业困难3人，OJT 2个月，社保已交，岗前补贴没领，公司制造业', expect: pay(1200) },
      { user: '另外 今天郑州会下雨吗 下午要去园区 lol', expect: decline },
    ],
  },
  {
    id: 'v84-d36',
    class: 'topic_switch',
    probes: 'project-training advance, then a lookup of the service-sector programme',
    turns: [
      {
        user: '我们公司做项目制培训，项目培训补贴总额30万，能先行拨付多少？',
        expect: { oneOf: [{ amount: { rule: 'project_training_advance', yuan: 150000 } }, { asks: true, noAmount: 'open' }] },
      },
      { user: 'OK thx。换个topic：家政、养老护理的培训 属于哪个计划', expect: { cites: ['三(四)', '五(一)'] } },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v84-d37',
    class: 'person_training',
    probes: "an employee's own certificate training: no per-person figure in the plan",
    periodEnd: true,
    turns: [
      {
        user: '我们员工自己去考电工证（户籍在郑州，证已经拿到，今年第一次，培训机构在系统里），有培训补贴吗 多少钱',
        expect: noFigure(['七(二)']),
      },
    ],
  },
  {
    id: 'v84-d38',
    class: 'person_training',
    probes: 'three subsidies already this year: a fourth is not allowed',
    turns: [
      {
        user: '有个员工今年已经享受过3次培训补贴了，还能再报第4次吗',
        expect: { cites: ['七(二)'], noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v84-d39',
    class: 'person_training',
    probes: 'same occupation and level not twice; a higher level asked next',
    turns: [
      {
        user: '同一个员工 去年拿了焊工中级的补贴，今年想再考一次焊工中级，还能补吗',
        expect: { cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
      { user: '那如果考焊工高级呢', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v84-d40',
    class: 'person_training',
    probes: 'rehired retirees drawing a pension',
    turns: [
      {
        user: '我们返聘了几个退休的老师傅，已经在领养老金了，他们参加技能培训 能拿培训补贴吗',
        expect: { cites: ['六(一)', '七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v84-d41',
    class: 'person_training',
    probes: 'a new occupation follows the priority-supported standard, no figure',
    turns: [
      {
        user: '国家新公布的职业 比如人工智能训练师，员工去培训的话 补贴标准按啥执行',
        expect: { cites: ['七(二)'], noAmount: 'unfixed', says: [/优先支持/] },
      },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v84-d42',
    class: 'entrepreneurship',
    probes: 'entrepreneurship training for a colleague: no fixed amount',
    turns: [{ user: '我们HR部门有个同事想出去自己创业，想参加创业培训，有补贴吗 多少', expect: noFigure(['三(八)']) }],
  },
  {
    id: 'v84-d43',
    class: 'entrepreneurship',
    probes: 'a small business open 3 years, then one open 7 years',
    turns: [
      {
        user: '老板名下另一个小公司 开业3年了 小微企业，老板本人能参加创业培训吗',
        expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
      { user: '那开业7年的那个公司呢', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v84-d44',
    class: 'entrepreneurship',
    probes: 'vocational-school interns and entrepreneurship-awareness training',
    turns: [
      {
        user: '实习生是职业院校的在校生，公司能安排他们参加创业意识培训吗，政府出钱吗',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v84-d45',
    class: 'entrepreneurship',
    probes: 'laid-off (去产能) staff wanting to open a shop',
    turns: [
      {
        user: '去产能那批分流下来的员工 有几个想转行开店，有没有创业培训可以参加',
        expect: { cites: ['三(八)', '六(一)'], noAmount: 'unfixed' },
      },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v84-d46',
    class: 'equipment',
    probes: '[table] a purchase list for a master studio above its cap',
    turns: [
      {
        user: '技能大师工作室 设备采购清单：\n数控车床 | 28万\n三坐标测量仪 | 45万\n合计73万，职工教育经费列支，人社财政验收过了。补贴多少',
        expect: kitNot(100000, 146000, /14\.6万/),
      },
    ],
  },
  {
    id: 'v84-d47',
    class: 'equipment',
    probes: 'value in M for a high-skill base',
    turns: [
      {
        user: '高技能人才培训基地 新购设备 1.2M，资金来源：职工教育经费，验收合格。一次性补助能有多少？',
        expect: kit(240000),
      },
    ],
  },
  {
    id: 'v84-d48',
    class: 'equipment',
    probes: 'two sites with their own caps; acceptance asked, then given',
    turns: [
      { user: '公司两个点：\n1) 高技能人才培训基地：设备 300万\n2) 技能大师工作室：设备 35万\n都是教育经费出的，设备补助各多少', expect: askKit },
      { user: '两个都已经验收完了', expect: kit(570000) },
    ],
  },
  {
    id: 'v84-d49',
    class: 'equipment',
    probes: 'bought from own funds, "不是教育经费" after the noun',
    turns: [
      {
        user: '实训设备 80万 是公司自有资金买的（不是教育经费），给高技能人才基地用，已验收，能补多少',
        expect: noKit(160000, /16万/),
      },
    ],
  },
  {
    id: 'v84-d50',
    class: 'equipment',
    probes: 'value in K, then corrected with "pls recalc"',
    turns: [
      { user: '技能大师工作室 买了设备 320K，教育经费出，验收ok，补多少', expect: kit(64000) },
      { user: 'pls recalc 少算了一台，总共 420K', expect: kitNot(84000, 64000, /6\.4万/) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v84-d51',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: the limit applies',
    turns: [{ user: '年工资薪金总额 3500万，教育经费计提 300万，税前扣除能扣多少？', expect: deduct(2800000, 3000000) }],
  },
  {
    id: 'v84-d52',
    class: 'education_fund',
    probes: 'payroll and fund in M/K',
    turns: [{ user: 'Payroll 8M，education fund 提了 700K，税前最多扣多少', expect: deduct(640000, 700000) }],
  },
  {
    id: 'v84-d53',
    class: 'education_fund',
    probes: 'front-line share 45 %: under the 60 % the plan asks',
    turns: [{ user: '我们教育经费用在一线职工的只占45%左右，这样合规吗', expect: { cites: ['六(二)'], says: [/60/] } }],
  },
  {
    id: 'v84-d54',
    class: 'education_fund',
    probes: 'payroll first, fund next turn',
    turns: [
      { user: '工资总额 6000万，教育经费税前扣除怎么算', expect: { ...askFund, asks: true } },
      { user: '教育经费今年提了 420万', expect: deduct(4200000) },
    ],
  },
  {
    id: 'v84-d55',
    class: 'education_fund',
    probes: '[two-part] 师带徒 allowance from the fund, and the front-line share',
    turns: [
      {
        user: '职工教育经费 能不能用来发师带徒津贴？另外一线职工的占比要求是多少',
        expect: { cites: ['六(二)'], says: [/师带徒/, /60/] },
      },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v84-d56',
    class: 'apprenticeship',
    probes: 'apprentice headcount given, no per-head amount in the plan',
    turns: [{ user: '企业新型学徒 我们今年带了15个，一个能补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v84-d57',
    class: 'apprenticeship',
    probes: 'the two apprenticeship systems, then the standard per head',
    turns: [
      { user: '现代学徒制 跟 企业新型学徒制 方案里都有提吗', expect: { cites: ['四(一)'] } },
      { user: '那补贴标准是多少 per head', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v84-d58',
    class: 'apprenticeship',
    probes: '"按照相关规定" asked for a figure',
    turns: [{ user: '学徒补贴写的 按照相关规定给予，是哪个规定 金额多少', expect: noFigure(['四(一)']) }],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v84-d59',
    class: 'period',
    probes: 'asked today whether 以工代训 can still be claimed',
    periodEnd: true,
    turns: [{ user: '现在还能申请以工代训补贴吗？我们公司刚招了2个就业困难人员', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v84-d60',
    class: 'period',
    probes: '[dated] a 2020 case inside the period, all facts given',
    periodEnd: true,
    turns: [
      {
        user: '2020年6月那会儿我们企业做的以工代训：贫困劳动力1人，入职8个月，OJT 3个月，岗前补贴没领。当时能补多少',
        expect: pay(600),
      },
    ],
  },
  {
    id: 'v84-d61',
    class: 'period',
    probes: 'validity of the plan asked today',
    turns: [{ user: '63号文这个技能提升方案 到现在还有效吗', expect: ended }],
  },
  {
    id: 'v84-d62',
    class: 'period',
    probes: '[dated] hires of 2022, after the plan ended',
    periodEnd: true,
    turns: [{ user: '2022年3月新招的2个残疾人，还能按这个方案申请以工代训吗', expect: { ...ended, noAmount: 'open' } }],
  },
];
