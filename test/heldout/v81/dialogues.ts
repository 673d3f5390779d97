/**
 * HELD-OUT dialogues, set v81 — written BLIND on 2026-12-01 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or any other held-out or dev set. Only
 * the format of v15 (its header and first lines) was looked at. Not to be tuned on: no word of
 * these messages goes into a glossary, pattern or fixture. Once a dialogue has been fixed by a
 * targeted change it measures nothing any more; write a new one instead.
 *
 * Who types here: families of young people in vocational schooling — 技校 / 中职 / 技工学校
 * students themselves, mothers, fathers and grandparents asking for a child (poor-household
 * children, competition prize winners, a son who just started at a factory as an apprentice),
 * often mixing their own case with a relative's in one chat and switching between 我 and
 * 我儿子 / 我闺女 / 俺孙子; plus the small employers (factory HR, a car-repair company, a
 * cooperative, a 扶贫车间) who take such youngsters on. WeChat style: emoji, internet slang
 * (咋整、啥情况、yyds、蹲一个、家人们), dialect (俺、娃、中不中), 俩 / 仨, run-ons, asking what can
 * be had "now" (2026) versus "back then" (2020), and things the plan does not settle.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   (建档立卡) employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭
 *   only by an insured enterprise; 两后生 and ordinary new hires are no group; rows with the
 *   岗前培训补贴 claimed never count. Expected only once unit kind, insurance (where needed),
 *   months employed (poor labour), months of 以工代训 and the 岗前 fact have all been said.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, student and family aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
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
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing: no figure. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V81: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v81-d01',
    class: 'one_group',
    probes: 'one group, every fact in one run-on message from a small factory boss',
    periodEnd: true,
    turns: [
      {
        user: '俺是开小厂的（注册的公司），去年招了仨建档立卡户家的孩子，都是中职刚毕业的，干满8个月了，以工代训带了5个月，岗前培训补贴没申请过，现在能拿多少啊🙏',
        expect: pay(3000),
      },
    ],
  },
  {
    id: 'v81-d02',
    class: 'one_group',
    probes: 'a grandfather relays facts about the workshop that hired his grandson, across three turns',
    periodEnd: true,
    turns: [
      { user: '俺孙子在扶贫车间上班，车间老板让俺问问 以工代训补贴是咋算的', expect: askOJT },
      { user: '俺家是建档立卡的，孙子在那干了7个月了，车间就招了他一个', expect: askOJT },
      { user: '以工代训搞了4个月，岗前那个补贴车间没领过', expect: pay(800) },
    ],
  },
  {
    id: 'v81-d03',
    class: 'one_group',
    probes: 'insured car-repair company with two disabled youngsters, full 6 months',
    periodEnd: true,
    turns: [
      {
        user: '俺们汽修公司一直交社保的，收了俩残疾孩子（特教学校出来的），以工代训6个月，岗前补贴没拿过，公司能补多少钱？',
        expect: pay(2400),
      },
    ],
  },
  {
    id: 'v81-d04',
    class: 'one_group',
    probes: 'a mother speaks of "我家" being a zero-employment family; the daughter is the one hire',
    periodEnd: true,
    turns: [
      {
        user: '我家是零就业家庭，闺女中专毕业进了一家公司，公司给交五险，以工代训了3个月，岗前培训补贴公司没领过，公司那边能拿多少啊 家人们',
        expect: pay(600),
      },
    ],
  },
  {
    id: 'v81-d05',
    class: 'one_group',
    probes: 'months of 以工代训 above the cap of 6; the 岗前 fact comes last',
    periodEnd: true,
    turns: [
      { user: '俺们合作社招了5个贫困户的娃 都是建档立卡的 在社里干了一年了', expect: askOJT },
      { user: '以工代训前前后后搞了9个月', expect: askOJT },
      { user: '岗前那个补贴 社里一回都没领过哈', expect: payNot(6000, 9000) },
    ],
  },
  {
    id: 'v81-d06',
    class: 'one_group',
    probes: 'poor-labour hire employed only 4 months: no amount, no eligible verdict',
    turns: [
      {
        user: '俺儿子是建档立卡户的，进厂才4个月，厂里是公司，带着他搞以工代训，岗前补贴没领，厂里能拿以工代训补贴不？',
        expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, noAmount: 'open' },
      },
    ],
  },
  {
    id: 'v81-d07',
    class: 'one_group',
    probes: '[dated] a 2020 question answered for 2020, the end of the plan still told',
    periodEnd: true,
    turns: [
      {
        user: '2020年那会儿我们公司收了2个建档立卡贫困家庭的中职毕业生，干满一年，以工代训6个月，岗前补贴没领，当时能拿多少以工代训补贴',
        expect: pay(2400),
      },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v81-d08',
    class: 'several_groups',
    probes: 'two groups with different months in one message, insured enterprise',
    periodEnd: true,
    turns: [
      {
        user: '公司交社保的，招了2个建档立卡的技校生干了8个月，以工代训6个月；还有1个残疾小伙，以工代训3个月。岗前补贴一个都没领。总共多少？',
        expect: { amount: { rule: 'on_job_training', yuan: 3000 }, mustNotContain: ['3600', '1800'] },
      },
    ],
  },
  {
    id: 'v81-d09',
    class: 'several_groups',
    probes: 'insurance open for the difficulty group only: ask, then the total once it is said',
    periodEnd: true,
    turns: [
      {
        user: '厂里（私企）招了3个贫困户孩子干了7个月以工代训5个月 还有2个就业困难的以工代训4个月 都没领岗前补贴 咋算',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['4600'] },
      },
      { user: '社保厂里一直给交着呢👌 没断过', expect: pay(4600) },
    ],
  },
  {
    id: 'v81-d10',
    class: 'several_groups',
    probes: '两后生 hired beside poor labour: only the poor-labour row pays',
    periodEnd: true,
    turns: [
      {
        user: '我们公司今年收了3个两后生（初中毕业没上高中的），还有2个建档立卡的孩子干满6个月了，都以工代训6个月，岗前补贴都没领，以工代训补贴能拿多少',
        expect: payNot(2400, 6000),
      },
    ],
  },
  {
    id: 'v81-d11',
    class: 'several_groups',
    probes: 'two poor-labour hires of one workshop with different months employed: one is under 6',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间里俩建档立卡的娃，一个干了10个月以工代训6个月，另一个才干了3个月以工代训3个月，岗前补贴都没领，车间能拿多少',
        expect: payNot(1200, 1800),
      },
    ],
  },
  {
    id: 'v81-d12',
    class: 'several_groups',
    probes: 'zero-employment and disabled rows, the 岗前 fact given in a second turn',
    periodEnd: true,
    turns: [
      {
        user: '我们公司交社保，招了1个零就业家庭的孩子，以工代训2个月；还有2个残疾学生，以工代训5个月',
        expect: askOJT,
      },
      { user: '岗前培训补贴都没申请 👍', expect: { amount: { rule: 'on_job_training', yuan: 2400 }, mustNotContain: ['2800', '1000'] } },
    ],
  },
  {
    id: 'v81-d13',
    class: 'several_groups',
    probes: 'one group already had the 岗前 subsidy, the other did not',
    periodEnd: true,
    turns: [
      {
        user: '企业参保，招了4个建档立卡的孩子干了9个月以工代训6个月，他们的岗前补贴已经领了；另外2个就业困难人员以工代训4个月，岗前补贴没领。能拿多少',
        expect: payNot(1600, 6400),
      },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v81-d14',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴这块儿…压根没去申请": negation far after the noun',
    periodEnd: true,
    turns: [
      {
        user: '俺们公司招了俩贫困户家孩子（建档立卡），干7个月了，以工代训3个月，岗前培训补贴这块儿俺们压根就没去申请，能补多少',
        expect: pay(1200),
      },
    ],
  },
  {
    id: 'v81-d15',
    class: 'negation_after_noun',
    probes: '"社保嘛…到现在也没给交": uninsured company with disabled hires',
    turns: [
      {
        user: '我们是个小公司，收了2个残疾孩子，以工代训4个月，岗前补贴没领，社保嘛公司到现在也没给交，这样能拿以工代训补贴吗',
        expect: noPay(1600),
      },
    ],
  },
  {
    id: 'v81-d16',
    class: 'negation_after_noun',
    probes: '"建档立卡俺家不是": the student aid for poor families is not confirmed',
    turns: [
      {
        user: '俺闺女在技校读书，建档立卡俺家不是，她能享受贫困家庭学生那个助学金和免学费不',
        expect: { notVerdict: { rule: 'poor_family_student_aid', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v81-d17',
    class: 'negation_after_noun',
    probes: '"以工代训呢 一天都没搞": zero months of 以工代训',
    turns: [
      {
        user: '我们合作社收了3个贫困户的孩子 干满一年了 以工代训呢 一天都没搞 岗前补贴也没领 能有以工代训补贴吗',
        expect: notYes(3600),
      },
    ],
  },
  {
    id: 'v81-d18',
    class: 'negation_after_noun',
    probes: 'a father: the son is poor labour but only three months in; "贫困户…是" said after the noun',
    turns: [
      { user: '俺儿子刚进厂三个月，厂里说以工代训有补贴，啥情况？', expect: askOJT },
      {
        user: '贫困户？俺家以前是，建档立卡的，厂子是公司',
        expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['600'] },
      },
    ],
  },
  {
    id: 'v81-d19',
    class: 'negation_after_noun',
    probes: '"岗前补贴 去年给这俩孩子领过了": claimed, so no 以工代训',
    turns: [
      {
        user: '公司参保的，招了2个就业困难人员，以工代训5个月，岗前补贴去年给这俩孩子领过了，还能领以工代训的不',
        expect: noPay(2000),
      },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v81-d20',
    class: 'unknown_reply',
    probes: 'HR does not know the months of 以工代训 at first, then finds out',
    periodEnd: true,
    turns: [
      { user: '我是厂里管人事的（公司），招了4个建档立卡户的中职生，干了半年多了，以工代训能补多少', expect: askOJT },
      { user: '以工代训几个月？这个我真不清楚，得问车间主任😅', expect: dunnoOJT },
      { user: '问了车间主任，以工代训5个月，岗前补贴没领', expect: pay(4000) },
    ],
  },
  {
    id: 'v81-d21',
    class: 'unknown_reply',
    probes: 'a mother does not know the company\'s insurance nor the 岗前 fact',
    turns: [
      {
        user: '我儿子是残疾人，在一家公司上班，以工代训了3个月，公司能拿补贴吗？公司交没交社保我不知道',
        expect: dunnoOJT,
      },
      { user: '岗前补贴？这个也不清楚啊 咋整', expect: dunnoOJT },
    ],
  },
  {
    id: 'v81-d22',
    class: 'unknown_reply',
    probes: 'whether the training school records into the system is unknown, then known',
    periodEnd: true,
    turns: [
      {
        user: '俺闺女学的育婴员，证拿到了，在户籍地培训的，今年没领过别的培训补贴，以前也没考过育婴员，这机构进没进系统俺不知道',
        expect: { undecided: 'vocational_training', noAmount: 'unfixed' },
      },
      {
        user: '问了，机构说进系统了。俺闺女才19也没领啥养老金哈哈',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v81-d23',
    class: 'unknown_reply',
    probes: 'months employed of poor labour unknown, then given',
    periodEnd: true,
    turns: [
      { user: '我们扶贫车间招了2个贫困户孩子，以工代训4个月，岗前补贴没领。上班多久了？我记不清，不知道', expect: dunnoOJT },
      { user: '翻了考勤表，俩娃都干了8个月了', expect: pay(1600) },
    ],
  },
  {
    id: 'v81-d24',
    class: 'unknown_reply',
    probes: 'a grandmother does not know whether the family is 建档立卡; the family aid stays open',
    turns: [
      {
        user: '孙子在技工学校上学，俺家是不是建档立卡户俺也说不准，是他爹在管，能给家里补助不',
        expect: { undecided: 'poor_family_child_aid', noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } },
      },
      {
        user: '刚打电话问了俺儿子，俺家是建档立卡户，本子还在',
        expect: { status: { rule: 'poor_family_child_aid', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(三)', '三(十四)'] },
      },
    ],
  },
  {
    id: 'v81-d25',
    class: 'unknown_reply',
    probes: 'the kind of unit is unknown to the aunt asking',
    turns: [
      {
        user: '我外甥是建档立卡的，在一个单位干了10个月，以工代训6个月，岗前补贴没领。那单位是公司还是合作社我也不清楚',
        expect: { oneOf: [{ noAmount: 'open', asks: true }, pay(1200)] },
      },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v81-d26',
    class: 'correction',
    probes: 'head count corrected from 3 to 2',
    periodEnd: true,
    turns: [
      { user: '公司交社保，招了3个就业困难的孩子，以工代训6个月，岗前补贴没领', expect: pay(3600) },
      { user: '不对不对 是2个 不是3个 打错了', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v81-d27',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 4 to 6',
    periodEnd: true,
    turns: [
      { user: '合作社招了2个贫困户的娃，都建档立卡，干了10个月，以工代训4个月，岗前补贴没领', expect: pay(1600) },
      { user: '搞错了，以工代训其实是6个月', expect: payNot(2400, 1600) },
    ],
  },
  {
    id: 'v81-d28',
    class: 'correction',
    probes: 'insurance corrected to "not paid": the amount goes away',
    periodEnd: true,
    turns: [
      { user: '厂子是企业参保的，招了1个残疾娃，以工代训5个月，岗前补贴没领，能补多少', expect: pay(1000) },
      { user: '哎呀说错了，社保其实没交😓', expect: noPay(1000) },
    ],
  },
  {
    id: 'v81-d29',
    class: 'correction',
    probes: 'the grandson was first called a 两后生, then the family turns out to be 建档立卡',
    periodEnd: true,
    turns: [
      {
        user: '俺孙子是两后生，初中毕业就去扶贫车间干活了，车间能拿以工代训补贴不',
        expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, noAmount: 'open' },
      },
      { user: '纠正一下，俺家其实是建档立卡贫困户，孙子干了7个月，以工代训6个月，岗前补贴没领', expect: pay(1200) },
    ],
  },
  {
    id: 'v81-d30',
    class: 'correction',
    probes: '岗前 first said claimed, then corrected to not claimed',
    periodEnd: true,
    turns: [
      { user: '企业，2个建档立卡的孩子干满8个月，以工代训6个月，岗前培训补贴领过了', expect: noPay(2400) },
      { user: '刚问了会计，岗前补贴没领过，是我记岔了', expect: pay(2400) },
    ],
  },
  {
    id: 'v81-d31',
    class: 'correction',
    probes: 'the child\'s school corrected from 普通高中 to 技校: the family aid follows',
    turns: [
      {
        user: '俺家建档立卡户，孩子上的普通高中，家里有补助不',
        expect: { notVerdict: { rule: 'poor_family_child_aid', status: 'eligible' }, noAmount: 'unfixed' },
      },
      {
        user: '不对，孩子去年转到技校了，现在在技工学校',
        expect: { status: { rule: 'poor_family_child_aid', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(三)', '三(十四)'] },
      },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v81-d32',
    class: 'topic_switch',
    probes: 'from 以工代训 to a daughter\'s competition prize: the old figure must not leak',
    periodEnd: true,
    turns: [
      { user: '公司招了2个建档立卡的娃，干了9个月，以工代训3个月，岗前补贴没领，多少钱', expect: pay(1200) },
      {
        user: '另外问下，俺闺女技能大赛拿了个省三等奖🏆，有奖励吗',
        expect: { noAmount: 'unfixed', cites: ['五(三)'], mustNotContain: ['1200'] },
      },
    ],
  },
  {
    id: 'v81-d33',
    class: 'topic_switch',
    probes: 'from student aid to the weather: out of scope',
    turns: [
      { user: '俺儿子在技校，俺家建档立卡，学费能免吗', expect: noFigure(['三(三)']) },
      { user: '换个事，郑州明天下不下雨', expect: decline },
    ],
  },
  {
    id: 'v81-d34',
    class: 'topic_switch',
    probes: 'from apprenticeship to a veteran cousin\'s training',
    turns: [
      { user: '企业新型学徒 招学徒有补贴吗', expect: noFigure(['四(一)']) },
      { user: '再问个别的，我表哥退伍回来了，退役军人有技能培训不', expect: { cites: ['三(二)', '六(一)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v81-d35',
    class: 'topic_switch',
    probes: 'from an equipment amount to a nephew\'s entrepreneurship training',
    turns: [
      {
        user: '我们厂用职工教育经费给技能大师工作室买了40万的设备，人社财政验收过了，能补多少',
        expect: kit(80000),
      },
      {
        user: '对了，我侄子刚开个小吃店两年，能参加创业培训不',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'], mustNotContain: ['80000'] },
      },
    ],
  },
  {
    id: 'v81-d36',
    class: 'topic_switch',
    probes: 'from the family aid to a living allowance the plan does not fix',
    turns: [
      { user: '闺女在中职上学 俺们是建档立卡户 家里能领啥补助', expect: noFigure(['三(三)', '三(十四)']) },
      { user: '那她参加培训的时候有没有生活费补贴，一个月多少', expect: unsettled },
    ],
  },
  {
    id: 'v81-d37',
    class: 'topic_switch',
    probes: 'from a lookup about skills contests to an employer amount',
    periodEnd: true,
    turns: [
      { user: '郑州的职工技能比武是每年都搞吗', expect: { cites: ['三(十五)'] } },
      { user: '问个正事，我们公司有2个建档立卡的小伙子，干8个月了，以工代训5个月，岗前补贴没领，能补多少', expect: pay(2000) },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v81-d38',
    class: 'person_training',
    probes: 'a 中职 student with every fact for the training subsidy; the plan fixes no sum',
    periodEnd: true,
    turns: [
      {
        user: '我在中职读汽修，考了个中级工证，在常住地培训的，今年还没领过补贴，以前没考过这个，机构在系统里，我也没养老金，能领培训补贴不',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v81-d39',
    class: 'person_training',
    probes: 'how many times a year, then the same occupation and level twice',
    turns: [
      { user: '一个人一年能领几次培训补贴啊', expect: { cites: ['七(二)'], says: [/3|三/] } },
      { user: '同一个工种同一个等级能领两回不', expect: { cites: ['七(二)'], says: [/不(可|能|得)/] } },
    ],
  },
  {
    id: 'v81-d40',
    class: 'person_training',
    probes: 'training taken in another province, neither household, residence nor job place',
    turns: [
      {
        user: '孙子考了电工证，但是在外省培训的，那地方不是户籍地不是常住地也不是他找工作的地方，能补不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v81-d41',
    class: 'person_training',
    probes: 'a grandfather with a monthly pension: no training subsidy for him',
    turns: [
      {
        user: '俺是爷爷，65了，每月领着退休金，想跟孙子一块学个面点，俺有培训补贴吗',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v81-d42',
    class: 'person_training',
    probes: 'free training for a poor-household teenager, asked "now"',
    periodEnd: true,
    turns: [
      {
        user: '我们家建档立卡户，孩子初中毕业没上了，想学个电焊，现在还能免费学不',
        expect: { noAmount: 'unfixed', cites: ['三(三)'] },
      },
    ],
  },
  {
    id: 'v81-d43',
    class: 'person_training',
    probes: 'a new occupation published by the state: priority standard, no sum',
    turns: [
      {
        user: '闺女想学人工智能训练师，听说是国家新公布的职业，补贴咋算的',
        expect: { noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v81-d44',
    class: 'person_training',
    probes: '[two-part] competition prize and the school that admits poor students',
    turns: [
      {
        user: '俺闺女技能大赛获奖了有啥奖励？另外她们职校招了不少建档立卡的学生，学校有补助不',
        expect: { noAmount: 'unfixed', cites: ['五(三)', '三(十四)'], says: [/奖励|荣誉/, /补助/] },
      },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v81-d45',
    class: 'entrepreneurship',
    probes: 'a 技工学校 student asks for entrepreneurship training',
    turns: [
      {
        user: '我在技工学校上学，学校有创业培训吗，我能参加吗 蹲一个',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v81-d46',
    class: 'entrepreneurship',
    probes: 'a brother-in-law\'s shop open 6 years; the wish to start a new business comes later',
    turns: [
      {
        user: '我小舅子开了个奶茶店，开了6年了，能参加创业培训不',
        expect: { oneOf: [{ asks: true, noAmount: 'unfixed' }, { status: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' }] },
      },
      {
        user: '小舅子说还想在大学城那边再开个新店，这算不算有创业愿望😂',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v81-d47',
    class: 'entrepreneurship',
    probes: 'a 中专 graduate daughter wants a nail shop and asks how much',
    turns: [
      {
        user: '闺女中专毕业了，想开个美甲店，创业培训给多少钱啊💅',
        expect: { ...noFigure(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v81-d48',
    class: 'entrepreneurship',
    probes: 'no student, no business, no wish: not eligible',
    turns: [
      {
        user: '俺不是学生，也没开店，也不打算创业，就问问创业培训俺能去不',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v81-d49',
    class: 'equipment',
    probes: 'a base bought 300万 of equipment: cap of 50万',
    turns: [
      {
        user: '厂里用职工教育经费给高技能人才培训基地买了300万实训设备，人社和财政都验收合格了，一次性补助多少',
        expect: { ...kitNot(500000, 600000), mustNotContain: ['600000', /60万/] },
      },
    ],
  },
  {
    id: 'v81-d50',
    class: 'equipment',
    probes: 'fund source and acceptance asked for, acceptance pending, then done',
    turns: [
      { user: '我们给技能大师工作室买了60万的设备 有补助吗', expect: askKit },
      { user: '职工教育经费出的，验收还没弄', expect: noKit(120000, /12万/) },
      { user: '上礼拜人社财政来验收 合格了✌️', expect: kitNot(100000, 120000) },
    ],
  },
  {
    id: 'v81-d51',
    class: 'equipment',
    probes: 'equipment bought with a bank loan, not the education fund',
    turns: [
      {
        user: '设备是拿银行贷款买的，不是职工教育经费，150万，给培训基地用，验收也过了，能补不',
        expect: noKit(300000, /30万/),
      },
    ],
  },
  {
    id: 'v81-d52',
    class: 'equipment',
    probes: 'two sites, each under its own cap',
    turns: [
      {
        user: '高技能人才培训基地买了100万、技能大师工作室买了20万，都从职工教育经费走的，都验收合格了，一共补多少',
        expect: kit(240000),
      },
    ],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v81-d53',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: deduction capped',
    turns: [{ user: '公司工资薪金总额一年500万，职工教育经费提了50万，税前能扣多少', expect: deduct(400000, 500000) }],
  },
  {
    id: 'v81-d54',
    class: 'education_fund',
    probes: 'payroll first, the fund drawn asked for',
    turns: [
      { user: '我们厂工资总额800万 职工教育经费能税前扣多少', expect: askFund },
      { user: '职工教育经费今年提了30万整', expect: deduct(300000, 640000) },
    ],
  },
  {
    id: 'v81-d55',
    class: 'education_fund',
    probes: 'front-line share under 60 %: the deduction and a note',
    turns: [
      {
        user: '工资薪金总额1000万，职工教育经费提了60万，不过一线工人只用了一半，税前能扣多少',
        expect: { ...deduct(600000), says: [/税前/, /一线/] },
      },
    ],
  },
  {
    id: 'v81-d56',
    class: 'education_fund',
    probes: 'the 师带徒 allowance from the education fund, no sum',
    turns: [{ user: '厂里老师傅带我儿子，这师带徒的津贴能从职工教育经费里出吗', expect: noFigure(['六(二)']) }],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v81-d57',
    class: 'apprenticeship',
    probes: 'a mother: the son just started at a factory as a new-type apprentice',
    turns: [{ user: '俺儿子刚进厂，厂里说让他当新型学徒，学徒一个月补多少啊', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v81-d58',
    class: 'apprenticeship',
    probes: 'an employer with 15 apprentices, then whether it can still be claimed in 2026',
    periodEnd: true,
    turns: [
      { user: '我们厂一年带了15个企业新型学徒，能补多少钱', expect: noFigure(['四(一)']) },
      { user: '那现在2026年了还能申请不', expect: { ...ended, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v81-d59',
    class: 'apprenticeship',
    probes: 'modern apprenticeship with a 技校 and a factory: no sum',
    turns: [{ user: '技校跟厂子合作那种现代学徒制 有补贴不 yyds的话我就让娃去', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v81-d60',
    class: 'apprenticeship',
    probes: '[contact] per-head guess refused, then who pays',
    turns: [
      { user: '学徒补贴是按人头给吗？每人几千块？', expect: noFigure(['四(一)']) },
      { user: '那这钱找哪个部门要', expect: { says: [/人社|人力资源|12333/] } },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v81-d61',
    class: 'period',
    probes: 'asked in 2026 whether 以工代训 can still be claimed, facts still open',
    periodEnd: true,
    turns: [
      {
        user: '2026了，以工代训补贴还能申请不，俺家孩子厂里刚招了几个贫困户',
        expect: { ...ended, noAmount: 'open' },
      },
    ],
  },
  {
    id: 'v81-d62',
    class: 'period',
    probes: 'when the plan ran out',
    turns: [{ user: '这个技能提升的方案啥时候到期的啊', expect: ended }],
  },
  {
    id: 'v81-d63',
    class: 'period',
    probes: '[dated] 2020 free tuition for a poor student at a 技校',
    turns: [{ user: '2020年3月的时候，技校的贫困家庭学生能免学费吗', expect: noFigure(['三(三)']) }],
  },
  {
    id: 'v81-d64',
    class: 'period',
    probes: 'a daughter just got her certificate: can she still apply now',
    periodEnd: true,
    turns: [{ user: '现在还能申请职业培训补贴吗 俺闺女刚拿了证', expect: { ...ended, noAmount: 'unfixed' } }],
  },
];
