/**
 * HELD-OUT dialogues, set v89 — written BLIND on 2026-12-01 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or any other held-out set (only the
 * format of v15, its first 75 lines, was looked at). Not to be tuned on: no word of these
 * messages goes into a glossary, pattern or fixture. Once a dialogue has been fixed by a targeted
 * change it measures nothing any more; write a new one instead.
 *
 * Who types here: factory foremen (车间主任, 班组长), labour-dispatch agencies (劳务派遣) and
 * property-management, security and cleaning companies (物业, 保安, 保洁) and their office staff
 * (文员, 人事). On a phone, on WeChat: several groups of hires in one message with their own
 * months, numbers as Chinese numerals or digits (俩, 十二个, 半年, 八十万), corrections of counts
 * and months, "who counts as the employer" (派遣工 vs own contract workers), social insurance
 * paid or not (and a commercial accident policy that is NOT social insurance), and switches to
 * their own training, certificates or a company of their own.
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it
 * depends on has been said: the kind of unit, social insurance where the group needs it, the
 * group, months employed (poor labour), months of 以工代训 (cap 6), whether the 岗前培训补贴 was
 * claimed. "不知道/不清楚" leaves the fact open: no figure, no 不符合.
 *
 * Amount rules, computed by hand from the plan and the contract (checklist):
 * [x] 以工代训 (六(一)): Σ per row count × 200 × min(以工代训 months, 6).
 *     - 建档立卡贫困劳动力: employed ≥ 6 months by a 生产经营主体 (企业, 合作社, 扶贫车间 …; a 职业院校
 *       is none); social insurance not needed.
 *     - 就业困难人员 (incl. 残疾人, 三(二)) and 零就业家庭成员: only an insured (参保) enterprise.
 *     - 退役军人, ordinary migrant workers: no qualifying group → 0.
 *     - rows whose 岗前培训补贴 was already claimed never count (不得重复享受).
 *     - 派遣工 claimed by the user unit (用工单位): the plan does not say who the employer is.
 * [x] Equipment (四(一)): per site min(20 % × value, 500 000 for a 高技能人才培训基地 /
 *     100 000 for a 技能大师工作室); only bought from the 职工教育经费 and accepted by 人社 and 财政.
 * [x] Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash;
 *     60 % of the fund for front-line workers.
 * [x] Apprenticeship (四(一) "按照相关规定"), per-person training subsidy (七(二)), 生活费补贴,
 *     entrepreneurship training, competition awards: the plan fixes no amount.
 * [x] Person training (七(二)): 户籍地/常住地/求职就业地, certificate, < 3 a year, not the same
 *     occupation and level twice, no monthly pension (六(一)), institution in the system.
 * [x] Period: 2019-12-02 … 2021-12-31, ended.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A missing fact, and the misreading's figures absent. */
const askNot = (...wrong: string[]): TurnExpect => ({ ...ask, mustNotContain: wrong });
/** A 以工代训 fact was answered with "不知道": no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figures of a misreading. */
const payNot = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong });
/** 以工代训 excluded on these facts. */
const noPay = (...wrong: string[]): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: wrong });
/** One row settled, the next one open: ask about it, never a figure from a bleed. */
const partial = (...wrong: string[]): TurnExpect => ({ asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: wrong });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** An education-fund fact is missing: no figure. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V89: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v89d01',
    class: 'one_group',
    probes: 'months employed (5) beside months of 以工代训 (4): only the latter is paid',
    periodEnd: true,
    turns: [
      {
        user: '主任让我问下，咱厂社保一直正常交，今年三月份招了三个就业困难人员，到现在干了五个月，以工代训带了四个月，岗前培训补贴没申请过，厂里能拿多少以工代训补贴',
        expect: payNot(2400, '3000'), // 3 × 200 × 4 = 2400 (3 × 200 × 5 = 3000 is the misreading)
      },
    ],
  },
  {
    id: 'v89d02',
    class: 'one_group',
    probes: '半年 as 6 months of 以工代训; the 岗前 fact is asked, not assumed',
    periodEnd: true,
    turns: [
      {
        user: '我们是做保洁的公司，去年收了4个建档立卡贫困户的阿姨，都干了七个多月了，以工代训搞了半年，能补多少钱',
        expect: ask,
      },
      {
        user: '岗前培训补贴？那个没弄过',
        expect: payNot(4800, '5600'), // poor labour, employed > 6: 4 × 200 × 6 = 4800
      },
    ],
  },
  {
    id: 'v89d03',
    class: 'one_group',
    probes: 'a dispatch agency that signs the contract and pays insurance is the employing enterprise',
    periodEnd: true,
    turns: [
      {
        user: '劳务派遣公司，工人是跟我们签的劳动合同、社保也是我们公司交。今年收了一个零就业家庭的小伙子，以工代训三个月，这种能报以工代训补贴吗',
        expect: ask,
      },
      {
        user: '岗前的补贴没有报过',
        expect: pay(600), // 1 × 200 × 3 = 600
      },
    ],
  },
  {
    id: 'v89d04',
    class: 'one_group',
    probes: '有残疾证的 hires count as 就业困难人员 for an insured property company',
    periodEnd: true,
    turns: [
      {
        user: '物业公司，参保单位，小区保洁岗招了两个有残疾证的，以工代训五个月，岗前补贴一分没拿，这个补贴怎么算',
        expect: pay(2000), // 2 × 200 × 5 = 2000
      },
    ],
  },
  {
    id: 'v89d05',
    class: 'one_group',
    probes: 'poor labour employed only 4 months: not yet the six months the rule needs',
    periodEnd: true,
    turns: [
      {
        user: '俺是扶贫车间的班组长，车间里五个贫困户，才来了四个月，以工代训也是四个月，岗前培训补贴没领，现在能申请以工代训补贴不',
        expect: noPay('4000'), // 5 × 200 × 4 = 4000 would ignore the 6-month condition
      },
    ],
  },
  {
    id: 'v89d06',
    class: 'one_group',
    probes: 'veterans hired as guards are no 以工代训 group, insurance or not',
    periodEnd: true,
    turns: [
      {
        user: '保安公司的，社保都交，今年进了三个退役军人当保安，以工代训六个月，岗前的补贴没领过，以工代训补贴能给多少',
        expect: noPay('3600'), // 3 × 200 × 6 = 3600 would be a figure for a non-qualifying group
      },
    ],
  },
  {
    id: 'v89d07',
    class: 'one_group',
    probes: 'a commercial accident policy is not social insurance: ask, then pay',
    periodEnd: true,
    turns: [
      {
        user: '保安队这边，队员都上了商业意外险，新招的3个就业困难人员以工代训4个月了，岗前补贴没领，能补多少',
        expect: askNot('2400'),
      },
      {
        user: '社保也是交着的，五险都有',
        expect: pay(2400), // 3 × 200 × 4 = 2400
      },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v89d08',
    class: 'several_groups',
    probes: 'two groups, own months each (5 and 6 of 8 employed)',
    periodEnd: true,
    turns: [
      {
        user: '车间主任，厂里参保的。今年两拨人：一拨是就业困难人员2个，以工代训5个月；另一拨是建档立卡贫困户3个，来了八个月了，以工代训六个月。岗前培训补贴两拨都没领。总共能拿多少',
        // 2 × 200 × 5 = 2000; 3 × 200 × 6 = 3600; total 5600.
        // Bleeds: 5 × 200 × 5 = 5000; 5 × 200 × 6 = 6000; 2000 + 3 × 200 × 8 = 6800.
        expect: payNot(5600, '5000', '6000', '6800'),
      },
    ],
  },
  {
    id: 'v89d09',
    class: 'several_groups',
    probes: 'cleaning and guard departments with their own months; insurance and 岗前 asked first',
    periodEnd: true,
    turns: [
      {
        user: '物业这边保洁部招了4个零就业家庭的，以工代训带了3个月；秩序部保安招了2个残疾人，以工代训带了六个月。这种咋算',
        expect: ask,
      },
      {
        user: '社保都交着，岗前培训补贴也木有领过',
        // 4 × 200 × 3 = 2400; 2 × 200 × 6 = 2400; total 4800. Bleeds: 6 × 600 = 3600; 6 × 1200 = 7200.
        expect: payNot(4800, '3600', '7200'),
      },
    ],
  },
  {
    id: 'v89d10',
    class: 'several_groups',
    probes: 'one group with the 岗前 subsidy claimed drops out; the other needs no insurance',
    periodEnd: true,
    turns: [
      {
        user: '派遣公司文员，帮老板问：困难人员五个，以工代训四个月，岗前培训补贴已经领过了；贫困劳动力两个，干了10个月，以工代训也四个月，岗前的没领。以工代训补贴能报多少',
        // difficulty row claimed 岗前 → out; poor: 2 × 200 × 4 = 1600. Wrong: 7 × 800 = 5600; 5 × 800 = 4000.
        expect: payNot(1600, '5600', '4000'),
      },
    ],
  },
  {
    id: 'v89d11',
    class: 'several_groups',
    probes: 'three groups in one message, veterans among them count for nothing',
    periodEnd: true,
    turns: [
      {
        user: '保洁公司 参保 岗前补贴都没申请过。零就业家庭2人 以工代训3个月，就业困难人员1人 以工代训6个月，退役军人3人 以工代训6个月，一共能补多少',
        // 2 × 200 × 3 = 1200; 1 × 200 × 6 = 1200; veterans 0; total 2400. Wrong: + 3600 = 6000.
        expect: payNot(2400, '6000', '3600'),
      },
    ],
  },
  {
    id: 'v89d12',
    class: 'several_groups',
    probes: 'first group settled, the second only named: ask about it by name, no bleed',
    periodEnd: true,
    turns: [
      {
        user: '厂里招了俩贫困户，干了7个月，以工代训6个月，岗前的没领；还有四个就业困难人员',
        // poor: 2 × 200 × 6 = 2400 settled; difficulty row open. Bleeds: 6 × 1200 = 7200; 4 × 1200 = 4800.
        expect: partial('7200', '4800'),
      },
      {
        user: '困难人员那四个，以工代训两个月，岗前也没领，厂里社保正常交',
        expect: payNot(4000, '7200'), // 2400 + 4 × 200 × 2 = 1600 → 4000
      },
    ],
  },
  {
    id: 'v89d13',
    class: 'several_groups',
    probes: 'uninsured factory: poor labour paid, the 就业困难 group not',
    periodEnd: true,
    turns: [
      {
        user: '我们小厂社保还没交。招了3个贫困劳动力，干了半年多了，以工代训5个月；另外2个就业困难人员，以工代训也是5个月。岗前补贴都没申请，能补多少',
        expect: payNot(3000, '5000'), // 3 × 200 × 5 = 3000; difficulty out (uninsured); 5 × 1000 = 5000 wrong
      },
    ],
  },
  {
    id: 'v89d14',
    class: 'several_groups',
    probes: 'own contract workers vs dispatched ones: who employs the dispatched is not settled [two-part]',
    periodEnd: true,
    turns: [
      {
        user: '厂里参保。自己签合同的就业困难人员2个，以工代训3个月，岗前补贴没领；另外还有派遣公司派过来的3个贫困劳动力，在我们这干了8个月，以工代训也3个月。厂里能报多少',
        // own: 2 × 200 × 3 = 1200; dispatched: who claims is open; 1200 + 3 × 600 = 3000 assumes the factory is their employer.
        expect: {
          mustNotContain: ['3000'],
          oneOf: [pay(1200), { asks: true, says: [/1200/] }, { says: [/1200/, HONEST_NOT_SETTLED] }, { asks: true, noAmount: 'open' }],
        },
      },
      {
        user: '派遣的那三个，是算我们厂还是算派遣公司去报？',
        expect: { mustNotContain: ['3000'], oneOf: [{ says: [HONEST_NOT_SETTLED] }, { asks: true }] },
      },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v89d15',
    class: 'negation_after_noun',
    probes: '岗前培训的补贴呢…没有领过: negation far after the noun',
    periodEnd: true,
    turns: [
      {
        user: '参保企业，就业困难人员招了两个，以工代训三个月，岗前培训的补贴呢我们是没有领过的，能拿多少',
        expect: pay(1200), // 2 × 200 × 3 = 1200
      },
    ],
  },
  {
    id: 'v89d16',
    class: 'negation_after_noun',
    probes: '社保这块儿…到现在还没给交: uninsured, so 零就业家庭 hires do not count',
    periodEnd: true,
    turns: [
      {
        user: '零就业家庭的招了3个，以工代训四个月，岗前补贴没领。社保这块儿说实话到现在还没给交，这样能拿以工代训补贴吗',
        expect: noPay('2400'), // 3 × 200 × 4 = 2400 would ignore the insurance condition
      },
    ],
  },
  {
    id: 'v89d17',
    class: 'negation_after_noun',
    probes: '以工代训其实一直没搞: no months of 以工代训, so nothing to pay',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间，建档立卡的那两个人来了九个月了，以工代训其实一直没搞，岗前补贴也没领，能报以工代训补贴吗',
        // 2 × 200 × 6 = 2400 or 2 × 200 × 9 = 3600 would read the employment months as 以工代训.
        expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, noAmount: 'open', mustNotContain: ['2400', '3600'] },
      },
    ],
  },
  {
    id: 'v89d18',
    class: 'negation_after_noun',
    probes: 'bare replies: 社保 交了的 / 岗前那个补贴 木领',
    periodEnd: true,
    turns: [
      { user: '物业公司 招了个残疾人做保洁 以工代训四个月 能补多少钱', expect: ask },
      { user: '社保 交了的。岗前那个补贴 木领', expect: pay(800) }, // 1 × 200 × 4 = 800
    ],
  },
  {
    id: 'v89d19',
    class: 'negation_after_noun',
    probes: '贫困户吧也不是，困难人员也不是: neither group, so not eligible',
    periodEnd: true,
    turns: [
      {
        user: '工地上的班组，招了5个人以工代训6个月，岗前补贴没领，老板社保也交了。这几个人贫困户吧也不是，困难人员也不是，就是普通农村出来打工的。能不能报以工代训补贴',
        expect: noPay('6000'), // 5 × 200 × 6 = 6000 would read the negated groups as said
      },
    ],
  },
  {
    id: 'v89d20',
    class: 'negation_after_noun',
    probes: 'double negation 社保不是没交，是一直在交 = insured',
    periodEnd: true,
    turns: [
      {
        user: '我们公司社保不是没交，是一直在交。招了2个就业困难的，以工代训六个月，岗前补贴没领过，能拿多少',
        expect: pay(2400), // 2 × 200 × 6 = 2400
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v89d21',
    class: 'unknown_reply',
    probes: '岗前 fact "不清楚" stays open until finance answers',
    periodEnd: true,
    turns: [
      { user: '厂里参保的，招了三个就业困难人员，以工代训4个月，能拿多少', expect: ask },
      { user: '岗前培训补贴领没领我不清楚，这事财务管', expect: dunno },
      { user: '刚问了，财务说没领过', expect: pay(2400) }, // 3 × 200 × 4 = 2400
    ],
  },
  {
    id: 'v89d22',
    class: 'unknown_reply',
    probes: 'months employed of poor labour unknown: no figure, no 不符合',
    periodEnd: true,
    turns: [
      { user: '派遣公司，2个贫困劳动力，以工代训6个月，岗前补贴没领，能报多少', expect: ask },
      { user: '在岗干了多久我不知道，得回去翻花名册', expect: dunno },
    ],
  },
  {
    id: 'v89d23',
    class: 'unknown_reply',
    probes: 'a 班组长 does not know about insurance; the answer waits for HR',
    periodEnd: true,
    turns: [
      { user: '我就是个班组长，组里来了两个就业困难人员，以工代训搞了5个月，岗前补贴没领，厂里能拿多少', expect: ask },
      { user: '厂里社保交没交，我一个班组长真不知道', expect: dunno },
      { user: '问了人事，厂里是参保的', expect: pay(2000) }, // 2 × 200 × 5 = 2000
    ],
  },
  {
    id: 'v89d24',
    class: 'unknown_reply',
    probes: 'the group is unknown ("附近村里的" is no group): no guess, no verdict',
    periodEnd: true,
    turns: [
      { user: '保安队新来四个人，以工代训三个月，公司交社保，岗前补贴没领，能补多少', expect: ask },
      { user: '他们算啥人群我不太清楚，就知道是附近村里的', expect: { ...dunno, mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v89d25',
    class: 'unknown_reply',
    probes: 'months of 以工代训 cannot be given: no figure',
    periodEnd: true,
    turns: [
      { user: '参保企业，招了三个零就业家庭的，岗前补贴没领，以工代训补贴能拿多少', expect: ask },
      { user: '以工代训几个月这个我说不上来，人事那边有记录', expect: dunno },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v89d26',
    class: 'correction',
    probes: 'count corrected from 4 to 5',
    periodEnd: true,
    turns: [
      { user: '保洁公司参保，招了4个就业困难人员，以工代训3个月，岗前没领', expect: pay(2400) }, // 4 × 200 × 3
      { user: '不对，是5个人，刚才数漏了一个', expect: pay(3000) }, // 5 × 200 × 3 = 3000
    ],
  },
  {
    id: 'v89d27',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 4 to 6',
    periodEnd: true,
    turns: [
      { user: '厂里三个贫困劳动力，干了九个月，以工代训四个月，岗前补贴没领过，能拿多少', expect: pay(2400) }, // 3 × 200 × 4
      { user: '说错了，以工代训是六个月，不是四个月', expect: pay(3600) }, // 3 × 200 × 6 = 3600
    ],
  },
  {
    id: 'v89d28',
    class: 'correction',
    probes: 'insurance corrected to "not paid": the earlier amount falls',
    periodEnd: true,
    turns: [
      { user: '厂里社保交了，招俩零就业家庭的，以工代训6个月，岗前补贴没领', expect: pay(2400) }, // 2 × 200 × 6
      { user: '不对，我说错了，社保我们厂其实没交', expect: { status: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v89d29',
    class: 'correction',
    probes: 'the counts of two groups swapped by a correction',
    periodEnd: true,
    turns: [
      {
        user: '参保企业。就业困难人员2个，以工代训4个月；贫困劳动力3个，干了7个月，以工代训6个月；岗前补贴都没领',
        expect: pay(5200), // 2 × 200 × 4 = 1600; 3 × 200 × 6 = 3600; 5200
      },
      {
        user: '不对，我把人数弄反了：贫困劳动力是两个，困难人员是三个',
        expect: pay(4800), // 3 × 200 × 4 = 2400; 2 × 200 × 6 = 2400; 4800
      },
    ],
  },
  {
    id: 'v89d30',
    class: 'correction',
    probes: 'months employed given as 5 (under six), then corrected to 10',
    periodEnd: true,
    turns: [
      { user: '扶贫车间，贫困户3个，以工代训5个月，能补多少', expect: ask },
      { user: '干了五个月，岗前的没领', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['3000'] } },
      { user: '哦不对，他们去年十月就来了，到现在干了十个月了', expect: pay(3000) }, // 3 × 200 × 5 = 3000
    ],
  },
  {
    id: 'v89d31',
    class: 'correction',
    probes: 'the unit corrected from a vocational school to its own enterprise',
    periodEnd: true,
    turns: [
      {
        user: '我们是职业学校的实训工厂，招了2个贫困劳动力，干了8个月，以工代训6个月，岗前补贴没领，能报吗',
        expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['2400'] },
      },
      { user: '不对，合同签的是学校办的那家公司，是独立的企业法人', expect: pay(2400) }, // 2 × 200 × 6 = 2400
    ],
  },
  {
    id: 'v89d32',
    class: 'correction',
    probes: 'Chinese numerals; two of twelve turn out to have the 岗前 subsidy',
    periodEnd: true,
    turns: [
      { user: '保安公司参保，招了十二个就业困难人员，以工代训两个月，岗前都没领', expect: pay(4800) }, // 12 × 200 × 2
      { user: '搞错了，十二个里面有两个岗前培训补贴领过了', expect: pay(4000) }, // 10 × 200 × 2 = 4000
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v89d33',
    class: 'topic_switch',
    probes: 'from the company amount to the foreman\'s own 电工证: no figure carried over',
    periodEnd: true,
    turns: [
      { user: '物业公司，参保，招了2个残疾人做保洁，以工代训6个月，岗前没领，能补多少', expect: pay(2400) }, // 2 × 200 × 6
      { user: '另外问个我自己的事，我想考个电工证，有没有补贴', expect: { noAmount: 'unfixed', cites: ['七(二)'], mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v89d34',
    class: 'topic_switch',
    probes: 'education-fund rate, then the guards\' training programme',
    turns: [
      { user: '职工教育经费税前扣除的比例是多少', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
      { user: '另外，保安员的技能培训属于哪个计划', expect: { cites: ['三(十二)', '五(一)'], mustNotContain: [/税前/] } },
    ],
  },
  {
    id: 'v89d35',
    class: 'topic_switch',
    probes: 'an open 以工代训 case dropped for a question on private training schools',
    periodEnd: true,
    turns: [
      { user: '派遣公司，3个贫困劳动力，以工代训4个月', expect: ask },
      { user: '干了多久不清楚', expect: dunno },
      { user: '算了先不说这个。问下，民办培训学校跟公办的待遇一样吗', expect: { cites: ['四(三)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v89d36',
    class: 'topic_switch',
    probes: 'equipment question left open, then the 郑州技术能手 selection',
    turns: [
      { user: '车间想搞个技能大师工作室，买设备能补多少', expect: askKit },
      { user: '先不管这个。我们班组长能不能报名郑州技术能手评选', expect: { cites: ['五(三)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v89d37',
    class: 'topic_switch',
    probes: 'a 生活费 question after an amount must not get the 以工代训 figure',
    periodEnd: true,
    turns: [
      {
        user: '厂里参保，就业困难人员3个以工代训2个月，零就业家庭1个以工代训5个月，岗前都没领',
        // 3 × 200 × 2 = 1200; 1 × 200 × 5 = 1000; 2200. Bleeds: 4 × 400 = 1600; 4 × 1000 = 4000.
        expect: payNot(2200, '1600', '4000'),
      },
      {
        user: '对了，工人去培训那几天，生活费有补贴没，一天多少',
        expect: { ...unsettled, mustNotContain: [/生活费[^。；\n]{0,20}200/] },
      },
    ],
  },
  {
    id: 'v89d38',
    class: 'topic_switch',
    probes: 'a programme lookup, then a bare follow-up about the 以工代训 rate',
    turns: [
      { user: '做垃圾分类和楼道保洁的阿姨，培训属于哪块计划', expect: { cites: ['三(十二)'] } },
      { user: '那以工代训一个人一个月给多少钱', expect: { cites: ['六(一)'], says: [/200/] } },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v89d39',
    class: 'person_training',
    probes: 'retired guards drawing a pension are outside the training subsidy',
    periodEnd: true,
    turns: [
      {
        user: '我们保安队有好几个是退休返聘的，每月拿着养老金，他们去考保安员证，能享受职业培训补贴吗',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['六(一)', '七(二)'] },
      },
    ],
  },
  {
    id: 'v89d40',
    class: 'person_training',
    probes: 'the foreman\'s own 焊工 certificate; three subsidies this year already',
    periodEnd: true,
    turns: [
      {
        user: '我自己是车间班组长，想考个焊工中级证，能有补贴不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, oneOf: [{ asks: true }, { cites: ['七(二)'] }] },
      },
      {
        user: '今年已经领过三回培训补贴了，电工、叉车、还有个安全员的',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v89d41',
    class: 'person_training',
    probes: 'the same occupation and level again is not subsidised twice',
    periodEnd: true,
    turns: [
      {
        user: '去年我考电工初级证领过培训补贴，今年想再考一次电工初级刷个分，还能补吗',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v89d42',
    class: 'person_training',
    probes: 'training where one lives and works, household elsewhere: no 不符合 for the place',
    periodEnd: true,
    turns: [
      {
        user: '我户口在周口，人在郑州上班也住郑州，在郑州参加保安员培训，能享受培训补贴不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v89d43',
    class: 'person_training',
    probes: 'a forklift certificate: open facts first, then every condition said',
    periodEnd: true,
    turns: [
      {
        user: '我在郑州常住，上个月就在郑州参加了叉车司机培训，证也拿到了，能补多少钱',
        expect: { noAmount: 'unfixed', undecided: 'vocational_training', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      {
        user: '今年没领过别的补贴，以前没考过叉车，没退休也没养老金，培训学校说是进了系统的',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v89d44',
    class: 'person_training',
    probes: 'office clerk training for a newly published occupation',
    periodEnd: true,
    turns: [
      {
        user: '我是物业公司文员，想学个无人机驾驶员，听说这是国家新公布的职业，培训有补贴没',
        expect: { noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v89d45',
    class: 'entrepreneurship',
    probes: 'a cleaning team leader who wants her own company',
    periodEnd: true,
    turns: [
      {
        user: '我在保洁公司当领班好几年了，想自己出来开个小保洁公司，有创业方面的培训吗',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v89d46',
    class: 'entrepreneurship',
    probes: 'owner of a property company opened two years ago',
    periodEnd: true,
    turns: [
      {
        user: '我们物业公司是前年注册的，十几个人的小公司，我是老板，能参加创业培训不',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v89d47',
    class: 'entrepreneurship',
    probes: 'eight years open fails one path; the wish is open until said',
    periodEnd: true,
    turns: [
      {
        user: '保安公司开了八年了，老板能参加创业培训吗',
        expect: { noAmount: 'unfixed', undecided: 'entrepreneurship_training' },
      },
      {
        user: '他倒是想再开个家政公司',
        expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v89d48',
    class: 'entrepreneurship',
    probes: 'a vocational-college graduate working as a dispatch clerk',
    periodEnd: true,
    turns: [
      {
        user: '我是职业学院毕业的，现在在劳务派遣公司做文员，想学学怎么创业，能参加创业培训吗',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v89d49',
    class: 'entrepreneurship',
    probes: 'years open unknown, then four years',
    periodEnd: true,
    turns: [
      {
        user: '我们是个小保洁公司，开了几年我记不清了，执照在老板那，老板能报创业培训吗',
        expect: { noAmount: 'unfixed', undecided: 'entrepreneurship_training' },
      },
      {
        user: '老板说开了四年',
        expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v89d50',
    class: 'equipment',
    probes: 'a base: 300万 of equipment, capped at 50万 once fund and acceptance are said',
    periodEnd: true,
    turns: [
      { user: '我们厂是高技能人才培训基地，今年新买实训设备花了300万，能补多少', expect: askKit },
      { user: '钱是职工教育经费里出的，人社和财政都验收过了', expect: kit(500000) }, // min(20 % × 3 000 000 = 600 000, 500 000)
    ],
  },
  {
    id: 'v89d51',
    class: 'equipment',
    probes: 'a master studio under its cap',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室买设备花了四十万，用的职工教育经费，人社财政验收合格了，能补多少',
        expect: kit(80000), // 20 % × 400 000 = 80 000 ≤ 100 000
      },
    ],
  },
  {
    id: 'v89d52',
    class: 'equipment',
    probes: 'a master studio over its cap: 10万, not 16万',
    periodEnd: true,
    turns: [
      {
        user: '车间的技能大师工作室，新购设备八十万，职工教育经费出的，验收也过了，补贴能给多少',
        expect: kit(100000), // min(20 % × 800 000 = 160 000, 100 000)
      },
    ],
  },
  {
    id: 'v89d53',
    class: 'equipment',
    probes: 'bought from the company\'s own money, not the education fund: no subsidy',
    periodEnd: true,
    turns: [
      {
        user: '高技能人才培训基地的设备是公司自有资金买的，职工教育经费一分没动，验收过了，120万能补多少',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['240000', /24\s*万/] },
      },
    ],
  },
  {
    id: 'v89d54',
    class: 'equipment',
    probes: 'acceptance unknown, then given',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地，职工教育经费买了100万设备，验收过没过我不清楚，是设备科管的，能补多少', expect: dunnoKit },
      { user: '设备科说验收合格了', expect: kit(200000) }, // 20 % × 1 000 000 = 200 000 ≤ 500 000
    ],
  },
  {
    id: 'v89d55',
    class: 'equipment',
    probes: 'a base and a studio in one message, each with its own cap',
    periodEnd: true,
    turns: [
      {
        user: '高技能人才培训基地买了设备300万，技能大师工作室买了30万，都是职工教育经费出的，验收都过了，加起来能补多少',
        // base min(600 000, 500 000) = 500 000; studio 20 % × 300 000 = 60 000; 560 000. One pooled 20 % = 660 000.
        expect: { amount: { rule: 'equipment_subsidy', yuan: 560000 }, mustNotContain: ['660000', /66\s*万/] },
      },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v89d56',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: deduction capped at 160万',
    periodEnd: true,
    turns: [
      { user: '工资总额一年2000万，职工教育经费提了180万，税前能扣多少', expect: deduct(1600000) }, // min(1 800 000, 8 % × 20 000 000 = 1 600 000)
    ],
  },
  {
    id: 'v89d57',
    class: 'education_fund',
    probes: 'payroll asked first, given in Chinese numerals',
    periodEnd: true,
    turns: [
      { user: '教育经费提了50万，税前能扣多少', expect: { ...askFund, asks: true } },
      { user: '工资总额是八百万', expect: deduct(500000) }, // min(500 000, 8 % × 8 000 000 = 640 000)
    ],
  },
  {
    id: 'v89d58',
    class: 'education_fund',
    probes: 'front-line share of 40 % noted beside the deduction',
    periodEnd: true,
    turns: [
      {
        user: '职工教育经费今年提了一百万，一线职工培训只用了四成，工资总额1500万，税前扣除能扣多少',
        // min(1 000 000, 8 % × 15 000 000 = 1 200 000) = 1 000 000; 40 % < 60 %.
        expect: { ...deduct(1000000), says: [/税前/, /60\s*%|百分之六十|六成/] },
      },
    ],
  },
  {
    id: 'v89d59',
    class: 'education_fund',
    probes: 'payroll unknown, then given',
    periodEnd: true,
    turns: [
      { user: '教育经费提了30万，工资总额我不知道，财务没给我', expect: askFund },
      { user: '财务说工资总额是三百万', expect: deduct(240000) }, // min(300 000, 8 % × 3 000 000 = 240 000)
    ],
  },
  {
    id: 'v89d60',
    class: 'education_fund',
    probes: 'the fund may pay a 师带徒 allowance; no amount set',
    turns: [
      { user: '职工教育经费能不能拿来给带徒弟的老师傅发津贴', expect: noFigure(['六(二)']) },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v89d61',
    class: 'apprenticeship',
    probes: 'per-apprentice amount is not fixed by the plan',
    periodEnd: true,
    turns: [{ user: '我们厂搞企业新型学徒制，带了20个学徒，一个补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v89d62',
    class: 'apprenticeship',
    probes: 'the person proposes the 以工代训 rate for apprentices: not to be confirmed',
    periodEnd: true,
    turns: [
      { user: '新型学徒 政府给补贴吗', expect: noFigure(['四(一)']) },
      { user: '那就按一人一月200算，20个学徒带6个月，是不是24000', expect: { noAmount: 'unfixed', mustNotContain: ['24000'] } },
    ],
  },
  {
    id: 'v89d63',
    class: 'apprenticeship',
    probes: 'three-year apprentice target and whether a property company may join [two-part]',
    turns: [{ user: '三年要培养多少新型学徒？我们物业能不能也报一些', expect: { cites: ['四(一)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v89d64',
    class: 'apprenticeship',
    probes: 'apprentices among dispatched workers, and who gets the money [two-part]',
    turns: [
      { user: '派遣到厂里的工人，能搞新型学徒不？补贴是给派遣公司还是给厂里', expect: { noAmount: 'unfixed', cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v89d65',
    class: 'apprenticeship',
    probes: 'a 2021 apprentice standard asked for: none in the plan [dated]',
    turns: [{ user: '2021年我们带了15个新型学徒，补贴标准当时是多少', expect: noFigure(['四(一)']) }],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v89d66',
    class: 'period',
    probes: 'can a dispatch agency still apply today',
    periodEnd: true,
    turns: [{ user: '我们派遣公司现在还能申请以工代训补贴吗', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v89d67',
    class: 'period',
    probes: 'a 2020 case answered for 2020 [dated]',
    periodEnd: true,
    turns: [
      {
        user: '2020年8月我们厂招了2个零就业家庭的，厂里参保，以工代训4个月，岗前没领，当时能拿多少',
        expect: pay(1600), // 2 × 200 × 4 = 1600
      },
    ],
  },
  {
    id: 'v89d68',
    class: 'period',
    probes: 'hires of March 2022, after the plan ended [dated]',
    periodEnd: true,
    turns: [{ user: '2022年3月招的就业困难人员，还能按这个方案拿以工代训补贴吗', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v89d69',
    class: 'period',
    probes: 'equipment subsidy "this year" for a security company',
    periodEnd: true,
    turns: [{ user: '今年我们保安公司还能报高技能人才基地的设备补助不', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v89d70',
    class: 'period',
    probes: 'an amount, then "is it too late now"',
    periodEnd: true,
    turns: [
      { user: '保洁公司，参保，零就业家庭的招了2个，以工代训5个月，岗前补贴没领', expect: pay(2000) }, // 2 × 200 × 5
      { user: '那现在去申请还来得及吗', expect: ended },
    ],
  },
  {
    id: 'v89d71',
    class: 'period',
    probes: 'when the plan ran out',
    periodEnd: true,
    turns: [{ user: '这个职业技能提升的方案啥时候到期的', expect: ended }],
  },
];
