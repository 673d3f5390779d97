/**
 * HELD-OUT dialogues, set v43 — written blind from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no other set was read. Not to
 * be tuned on: no word of these messages goes into a glossary, pattern or fixture. Once a
 * dialogue has been fixed by a targeted change it measures nothing any more; write a new one.
 *
 * Who types here: a 12333-style call-centre agent relaying callers in the third person
 * ("他说他是…", "她问…"), Henan farmers in dialect (中不中, 咋弄, 恁, 俺, 可中, 木有, 得劲), and
 * managers of 扶贫车间 and 农民专业合作社 with seasonal workers (干了一季 = 3 months, 干了俩季度 =
 * 6 months, 忙季来的). Negations as 没得 / 木有 / 不曾 / 未曾 / 从没, sometimes far from the noun;
 * facts as dates (2020年3月来的, 前年腊月来哩) instead of month counts; a person who asks for
 * themselves and then for a relative; employers who give a total and then split it by group;
 * requests to "just compute it" while a key fact is open (the right response asks).
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour only
 *   when employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only
 *   by an insured enterprise (a cooperative is not one); 退役军人 and ordinary villagers are no
 *   group; rows whose 岗前培训补贴 was claimed never count; an open 岗前 / insurance / months fact
 *   means: ask, no figure.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, entrepreneurship training, family aid: no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training' };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreading's figure. */
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts (asking is fine), the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
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
/** The plan's end is said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V43: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v43d01',
    class: 'one_group',
    probes: 'poverty workshop gives headcount and months employed; 以工代训 months and 岗前 open → ask, then 5×200×4',
    periodEnd: true,
    turns: [
      { user: '俺是扶贫车间嘞负责人 招了5个建档立卡贫困户 都干了八个多月了 这以工代训补贴咋算哩', expect: askOJT },
      { user: '以工代训弄了4个月 岗前培训补贴木有领过', expect: pay(4000) },
    ],
  },
  {
    id: 'v43d02',
    class: 'one_group',
    probes: 'seasonal 干了俩季度 = 6 months employed, exactly the threshold → 3×200×6',
    turns: [
      {
        user: '我们是农民专业合作社 忙季来的贫困户叁个 干了俩季度 以工代训也是六个月 岗前补贴没领 能补多少',
        expect: { ...pay(3600), ...ended },
      },
    ],
  },
  {
    id: 'v43d03',
    class: 'one_group',
    probes: 'call-centre agent relays in third person; insured enterprise, 2 就业困难 × 3 months',
    turns: [
      {
        user: '他说他是开服装厂的 厂里社保都交着 招了两个就业困难人员 以工代训弄了三个月 岗前培训补贴没申请过 问能给多少',
        expect: { ...pay(1200), ...ended },
      },
    ],
  },
  {
    id: 'v43d04',
    class: 'one_group',
    probes: 'seasonal 干了一季 = 3 months: poor labour under 6 months employed does not qualify',
    turns: [
      {
        user: '合作社摘苹果忙季招了4个贫困户 就干了一季就回去了 以工代训也就那仨月 岗前补贴没领 中不中',
        expect: { ...notYes(2400), ...ended },
      },
    ],
  },
  {
    id: 'v43d05',
    class: 'one_group',
    probes: 'months employed given as a date range (2020年3月–年底), 以工代训 5 months; then the 6-month cap [dated]',
    periodEnd: true,
    turns: [
      { user: '俺这扶贫车间有个贫困户2020年3月来嘞 一直干到2020年年底 以工代训给他弄了5个月 岗前补贴没拿过 恁给算算中不', expect: pay(1000) },
      { user: '那他要是2021年接着干 以工代训还能往上加几个月', expect: { cites: ['六(一)'], says: [/6\s*个月|六个月/] } },
    ],
  },
  {
    id: 'v43d63',
    class: 'one_group',
    probes: '"just give me a number": months employed and 岗前 open → ask; then 没得 = not claimed → 8×200×6',
    periodEnd: true,
    turns: [
      { user: '恁就直接给俺算个数 车间里8个贫困户 以工代训都是6个月 别问恁些了', expect: askOJT },
      { user: '都干了一年多了 岗前补贴没得', expect: pay(9600) },
    ],
  },
  {
    id: 'v43d64',
    class: 'one_group',
    probes: 'agent wants "a rough figure" while insurance is open → ask; then insured → 5×200×3',
    periodEnd: true,
    turns: [
      { user: '他就想知道个大概数 厂里招了5个零就业家庭的 以工代训3个月 岗前补贴没领 社保交没交他没说', expect: askOJT },
      { user: '他说社保交着哩 一直在交', expect: pay(3000) },
    ],
  },
  {
    id: 'v43d65',
    class: 'one_group',
    probes: 'start dates 前年腊月 / 去年正月 and still working: ≥ 6 months whatever today is',
    periodEnd: true,
    turns: [
      {
        user: '俺车间有俩贫困户 一个前年腊月来哩 一个去年正月来哩 都干到现在没走 以工代训都搞了6个月 岗前补贴木有领',
        expect: { oneOf: [pay(2400), { asks: true, noAmount: 'open' }] },
      },
    ],
  },
  {
    id: 'v43d66',
    class: 'one_group',
    probes: 'a hire date (今年三月) that does not matter for 就业困难 in an insured enterprise → 2×200×2',
    turns: [
      {
        user: '她说她们厂今年三月招了2个就业困难人员 厂里是交社保的 以工代训做了2个月 岗前补贴没领 她问能补多少',
        expect: { ...pay(800), ...ended },
      },
    ],
  },
  {
    id: 'v43d67',
    class: 'one_group',
    probes: 'dates 腊月二十 → 清明: poor labour clearly under 6 months employed, not eligible',
    turns: [
      {
        user: '俺合作社有个贫困户 去年腊月二十来嘞 今年过了清明就走了 以工代训搞了俩月 岗前补贴没领 这能补不',
        expect: notYes(400),
      },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v43d06',
    class: 'several_groups',
    probes: 'total 12 then split 7 poor / 5 ordinary villagers: only the 7 count',
    turns: [
      {
        user: '车间一共招了12个人 7个是建档立卡贫困户 剩下5个是普通村民 贫困户都干了半年多了 以工代训6个月 岗前培训补贴都没领',
        expect: { ...payNot(8400, 14400), ...ended },
      },
    ],
  },
  {
    id: 'v43d07',
    class: 'several_groups',
    probes: 'two groups with different 以工代训 months keep their own months: 4×200×4 + 2×200×2',
    turns: [
      {
        user: '俺们是家食品厂 社保一直交着 招了贫困户4个 都干了七八个月了 以工代训4个月 还有零就业家庭的2个 以工代训2个月 岗前补贴都没领过 总共多少钱',
        expect: { ...payNot(4000, 4800), ...ended },
      },
    ],
  },
  {
    id: 'v43d08',
    class: 'several_groups',
    probes: 'cooperative, total 9 split 5 poor / 4 就业困难: a cooperative is no insured enterprise, only the 5 count',
    turns: [
      {
        user: '合作社总共用了9个人 贫困户5个 就业困难的4个 贫困户都干满8个月了 以工代训都是5个月 岗前补贴木有领',
        expect: { ...payNot(5000, 9000), ...ended },
      },
    ],
  },
  {
    id: 'v43d09',
    class: 'several_groups',
    probes: 'agent: disabled + poor in an insured factory, months open → ask; then each group its own months',
    periodEnd: true,
    turns: [
      { user: '她说她们是家电子厂 交社保的 招了3个残疾人 还有6个贫困户 她问以工代训能拿多少', expect: askOJT },
      {
        user: '她说残疾的那3个以工代训3个月 贫困户那6个干了10个月 以工代训6个月 岗前补贴都没领',
        expect: payNot(9000, 10800),
      },
    ],
  },
  {
    id: 'v43d10',
    class: 'several_groups',
    probes: 'veterans are not a 以工代训 group: 3 veterans + 2 poor → only 2×200×6',
    turns: [
      {
        user: '俺厂交着社保 招了退伍军人3个 贫困户2个 贫困户干了1年了 以工代训都6个月 岗前补贴没领过 能拿多少',
        expect: { ...payNot(2400, 6000), ...ended },
      },
    ],
  },
  {
    id: 'v43d11',
    class: 'several_groups',
    probes: 'seasonal split: 4 poor left after one season, 2 stayed a year → only the 2 count',
    periodEnd: true,
    turns: [
      { user: '我是扶贫车间的 忙季来的有10个 里头贫困户6个 有4个干了一季就走了 另外2个一直干到现在一年多了', expect: askOJT },
      { user: '那俩长干的以工代训搞了6个月 走了的那4个也搞了3个月 岗前补贴都没领', expect: payNot(2400, 4800) },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v43d12',
    class: 'negation_after_noun',
    probes: '从没 separated from 岗前培训补贴 by the subject: not claimed → 3×200×6',
    turns: [
      {
        user: '岗前培训补贴 俺们车间 从没 领过 扶贫车间 贫困户3个 干了9个月 以工代训6个月',
        expect: { ...pay(3600), ...ended },
      },
    ],
  },
  {
    id: 'v43d13',
    class: 'negation_after_noun',
    probes: '社保 … 一直 木有 交: uninsured enterprise, 就业困难 excluded',
    turns: [
      {
        user: '社保这一块 俺们厂 一直 木有 交 招了俩就业困难的 以工代训4个月 岗前补贴没领',
        expect: { ...noPay(1600), ...ended },
      },
    ],
  },
  {
    id: 'v43d14',
    class: 'negation_after_noun',
    probes: '岗前补贴 已经领过了 followed by a rhetorical 没得问题吧 (no negation of the claim) → none',
    turns: [
      {
        user: '岗前技能培训补贴那个 给这5个贫困户 已经领过了 没得问题吧 他们在俺合作社干了7个月 以工代训也搞了5个月',
        expect: noPay(5000),
      },
    ],
  },
  {
    id: 'v43d15',
    class: 'negation_after_noun',
    probes: '未曾 after 岗前补贴 in the agent\'s relay: not claimed → 4×200×5',
    turns: [
      {
        user: '他说岗前补贴嘛 未曾申请过 他是个合作社的 用了4个贫困户 都干了8个月 以工代训5个月',
        expect: { ...pay(4000), ...ended },
      },
    ],
  },
  {
    id: 'v43d16',
    class: 'negation_after_noun',
    probes: '社保 不曾断过 is a double negation = insured; zero-employment family 3×200×2',
    turns: [
      {
        user: '俺厂社保 不曾断过 招了零就业家庭的3个 以工代训2个月 岗前补贴也不曾领',
        expect: { ...pay(1200), ...ended },
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v43d17',
    class: 'unknown_reply',
    probes: '岗前 "俺也不清楚" stays open; later 木有领 settles it (大半年 may still be asked)',
    periodEnd: true,
    turns: [
      { user: '俺是扶贫车间哩 收了6个贫困户 干了大半年了 以工代训5个月 能补多少', expect: askOJT },
      { user: '岗前补贴领没领 俺也不清楚 会计管嘞', expect: dunnoOJT },
      { user: '问了会计 说木有领', expect: { oneOf: [pay(6000), askOJT] } },
    ],
  },
  {
    id: 'v43d18',
    class: 'unknown_reply',
    probes: 'agent: insurance unknown → no verdict; then insured → 3×200×4',
    periodEnd: true,
    turns: [
      { user: '她说她们厂招了3个就业困难人员 以工代训4个月 岗前补贴没领 问能拿多少钱', expect: askOJT },
      { user: '她说社保交没交她不知道 得问老板', expect: dunnoOJT },
      { user: '她又打来了 说老板讲社保一直交着哩', expect: pay(2400) },
    ],
  },
  {
    id: 'v43d19',
    class: 'unknown_reply',
    probes: 'master studio, acceptance asked, "不知道哇" stays open, then accepted → capped at 10万',
    periodEnd: true,
    turns: [
      { user: '俺们厂建了个技能大师工作室 新买设备花了60万 用的职工教育经费 能补多少', expect: askKit },
      { user: '验收了没 不知道哇', expect: dunnoKit },
      { user: '问清楚了 人社跟财政都验收合格了', expect: kitNot(100000, 120000) },
    ],
  },
  {
    id: 'v43d20',
    class: 'unknown_reply',
    probes: 'payroll given, fund drawn 不清楚 → no figure; then 50万 < 8 % × 800万',
    turns: [
      { user: '公司去年工资总额800万 职工教育经费提了多少俺不清楚 税前能扣多少', expect: askFund },
      { user: '问了财务 提了50万', expect: deduct(500000, 640000) },
    ],
  },
  {
    id: 'v43d21',
    class: 'unknown_reply',
    probes: 'daughter\'s training subsidy: facts asked; institution in system "不知道" → undecided',
    periodEnd: true,
    turns: [
      {
        user: '俺闺女在郑州学了个育婴师 证也拿到手了 能给补贴不',
        expect: { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      { user: '那个培训机构进没进系统 俺不知道', expect: { undecided: 'vocational_training', noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v43d22',
    class: 'correction',
    probes: 'headcount corrected 4 → 3: the new figure replaces the old',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户4个 干了10个月 以工代训6个月 岗前补贴没领', expect: pay(4800) },
      { user: '不对不对 是3个贫困户 俺记错了', expect: payNot(3600, 4800) },
    ],
  },
  {
    id: 'v43d23',
    class: 'correction',
    probes: 'insurance corrected to 没交: the amount is withdrawn',
    periodEnd: true,
    turns: [
      { user: '厂里交社保 就业困难的招了2个 以工代训3个月 岗前补贴木有领', expect: pay(1200) },
      { user: '哎呀说错了 社保其实没交', expect: noPay(1200) },
    ],
  },
  {
    id: 'v43d24',
    class: 'correction',
    probes: '以工代训 months corrected 5 → 3 (months employed unchanged)',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困户5个 都干了7个月 以工代训搞了5个月 岗前补贴没领', expect: pay(5000) },
      { user: '更正一下 以工代训是3个月 不是5个月', expect: payNot(3000, 5000) },
    ],
  },
  {
    id: 'v43d25',
    class: 'correction',
    probes: 'site kind corrected base → master studio: cap 50万 → 10万',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地 新买实训设备300万 职工教育经费出的 已经验收了', expect: kit(500000) },
      { user: '搞错了 是技能大师工作室 不是培训基地', expect: kitNot(100000, 500000) },
    ],
  },
  {
    id: 'v43d26',
    class: 'correction',
    probes: 'agent: 岗前 first claimed, then corrected to not claimed → 4×200×4',
    periodEnd: true,
    turns: [
      { user: '他说他们扶贫车间4个贫困户 干了8个月 以工代训4个月 岗前补贴领过了', expect: noPay(3200) },
      { user: '他改口了 说岗前补贴没领 领的是别的补贴', expect: pay(3200) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v43d27',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, a nephew who is a veteran asks about training: no figure carried over',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户2个 干满一年了 以工代训6个月 岗前补贴未领', expect: pay(2400) },
      {
        user: '另外问下 俺侄子是退伍军人 想学个电工 有啥培训政策',
        expect: { cites: ['三(二)', '六(一)'], noAmount: 'unfixed', mustNotContain: ['2400'] },
      },
    ],
  },
  {
    id: 'v43d28',
    class: 'topic_switch',
    probes: 'studio equipment amount, then apprenticeship: the plan fixes no apprentice amount',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室买设备40万 教育经费出的 验收过了', expect: kit(80000) },
      { user: '还有个事 俺们想跟职业学校搞学徒 有补贴不', expect: { ...noFigure(['四(一)']), mustNotContain: ['80000', /8万/] } },
    ],
  },
  {
    id: 'v43d29',
    class: 'topic_switch',
    probes: 'entrepreneurship question, then a stand-alone 以工代训 question must be answered from 六(一)',
    turns: [
      {
        user: '俺今年想开个小饭馆 有创业培训不',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'], ...ended },
      },
      { user: '换个事 俺村扶贫车间收了贫困户 那个以工代训是咋回事', expect: { cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v43d30',
    class: 'topic_switch',
    probes: 'agent: a poor family\'s child at a 技工学校, then weather chit-chat → declined',
    turns: [
      {
        user: '她问她家是建档立卡贫困户 孩子在技工学校上学 有啥补助',
        expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed' },
      },
      { user: '她又问 今天郑州下雨不', expect: { answered: false, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v43d31',
    class: 'topic_switch',
    probes: 'education fund deduction, then high-risk industries: 三(六), no fund figure',
    turns: [
      { user: '俺厂一年工资总额五百万 职工教育经费提了30万 这能税前扣多少', expect: deduct(300000, 400000) },
      { user: '另一个问题 高危行业的工人 方案咋要求培训', expect: { cites: ['三(六)'], mustNotContain: ['300000', /30万/] } },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v43d32',
    class: 'person_training',
    probes: 'poor labourer asks for himself (free training), then for his son at a 技工学校 (the family\'s aid)',
    periodEnd: true,
    turns: [
      { user: '俺是建档立卡贫困户 想学个焊工 要钱不', expect: { cites: ['三(三)'], noAmount: 'unfixed', says: [/免费/] } },
      {
        user: '那俺儿在技工学校上学 俺家这情况 有啥补助没',
        expect: { status: { rule: 'poor_family_child_aid', status: 'eligible' }, cites: ['三(三)', '三(十四)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v43d33',
    class: 'person_training',
    probes: 'father draws a monthly pension: no training subsidy under 六(一)',
    turns: [
      {
        user: '俺爹六十多了 按月领着养老金 想去学个厨师 能享受培训补贴不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed', cites: ['六(一)', '七(二)'] },
      },
    ],
  },
  {
    id: 'v43d34',
    class: 'person_training',
    probes: 'agent gives every fact (常住地, certificate, first this year, no pension, in system) → eligible, no figure',
    turns: [
      {
        user: '他说他户口在周口 常住新郑 就在新郑学的电工 证拿了 今年头一回 以前没学过电工 他不领养老金 机构也在系统里',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', ...ended },
      },
    ],
  },
  {
    id: 'v43d35',
    class: 'person_training',
    probes: 'self: 3 subsidies this year → none; then the wife with 0: her count must not be his',
    periodEnd: true,
    turns: [
      {
        user: '俺今年已经领了三回培训补贴了 还想再学个西点 中不中',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'], noAmount: 'unfixed' },
      },
      {
        user: '那俺媳妇今年一回都木有领过 她学西点能补不',
        expect: { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v43d36',
    class: 'person_training',
    probes: 'same occupation and level as a subsidised training before → not again',
    turns: [
      {
        user: '俺前年学了中式烹调师四级 领过补贴 今年又想学一回中式烹调师四级 还给补不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v43d37',
    class: 'person_training',
    probes: 'a new state-published occupation: priority standard of 七(二), no figure',
    turns: [
      {
        user: '她问她想学无人机驾驶员 说这是国家新公布的职业 能补贴不 补多少',
        expect: { cites: ['七(二)'], noAmount: 'unfixed', says: [/优先支持/] },
      },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v43d38',
    class: 'entrepreneurship',
    probes: 'small business open 3 years (≤ 5) → entrepreneurship training',
    turns: [
      {
        user: '俺开了个农家乐 开了三年了 算小微企业 有创业培训不',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v43d39',
    class: 'entrepreneurship',
    probes: 'agent: business open 7–8 years, no wish stated → not eligible by the 5-year route (may ask)',
    turns: [
      {
        user: '他说他的小厂开了七八年了 还能参加创业培训不',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v43d40',
    class: 'entrepreneurship',
    probes: 'vocational-college student for himself, then his brother with only a wish to start up',
    turns: [
      { user: '俺在职业学院上学 想参加创业培训 给钱不', expect: { ...noFigure(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      {
        user: '俺哥木有上过大学 也木有开店 就是想自己干点啥 他能参加不',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v43d41',
    class: 'entrepreneurship',
    probes: 'asks for a cash figure after entrepreneurship training: the plan gives none',
    turns: [{ user: '俺想回村创业 创业培训学完了能给俺多少钱补贴', expect: noFigure(['三(八)']) }],
  },
  {
    id: 'v43d42',
    class: 'entrepreneurship',
    probes: 'wants to start a farm → training; then "2023年还能报名不" must say the plan ended [dated]',
    periodEnd: true,
    turns: [
      { user: '俺想搞个养殖场 有啥培训能参加', expect: { cites: ['三(八)', '三(七)'], noAmount: 'unfixed' } },
      { user: '那2023年还能报名不', expect: ended },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v43d43',
    class: 'equipment',
    probes: 'base, 150万 from the fund, accepted → 20 % = 30万 under the cap',
    turns: [
      {
        user: '俺们是高技能人才培训基地 新买实训设备150万 职工教育经费出的 人社财政都验收合格了',
        expect: { ...kit(300000), ...ended },
      },
    ],
  },
  {
    id: 'v43d44',
    class: 'equipment',
    probes: 'equipment bought with a loan, not the education fund → no subsidy',
    turns: [
      {
        user: '技能大师工作室 新设备买了80万 钱是公司贷款来的 不是教育经费 验收倒是验收了',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['160000', '100000'] },
      },
    ],
  },
  {
    id: 'v43d45',
    class: 'equipment',
    probes: 'two named studios keep their own caps: 6万 + 10万',
    turns: [
      {
        user: '俺们有两个技能大师工作室 A室买设备30万 B室买设备70万 都是教育经费买的 也都验收了',
        expect: { ...kitNot(160000, 200000), ...ended },
      },
    ],
  },
  {
    id: 'v43d46',
    class: 'equipment',
    probes: 'fund source open → ask; then from the fund → 40万',
    periodEnd: true,
    turns: [
      { user: '高技能人才基地 买了设备200万 验收过了 给算算能补多少', expect: askKit },
      { user: '是从职工教育经费里出的', expect: kit(400000) },
    ],
  },
  {
    id: 'v43d47',
    class: 'equipment',
    probes: 'one base, purchase split in three batches: the cap still 50万',
    turns: [
      {
        user: '同一个培训基地 分三批买的设备 100万 150万 200万 都是教育经费 都验收了 能补多少',
        expect: { ...kitNot(500000, 900000), ...ended },
      },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v43d48',
    class: 'education_fund',
    probes: 'fund 120万 above 8 % of 1200万 → 96万 deductible',
    turns: [{ user: '公司一年工资薪金总额1200万 教育经费提了120万 税前扣除能扣多少', expect: deduct(960000, 1200000) }],
  },
  {
    id: 'v43d49',
    class: 'education_fund',
    probes: 'front-line share 一半 (< 60 %) is noted; 15万 under the cap',
    turns: [
      {
        user: '俺们工资总额300万 教育经费提了15万 一线职工培训用了一半 税前扣除有影响不',
        expect: { ...deduct(150000, 240000), says: [/税前/, /60\s*%|百分之六十|六成/] },
      },
    ],
  },
  {
    id: 'v43d50',
    class: 'education_fund',
    probes: 'fund drawn not said → ask; then 十万 in Chinese numerals',
    turns: [
      { user: '俺们公司工资总额两百万 教育经费这块能税前扣多少', expect: { ...askFund, asks: true } },
      { user: '财务说去年提了十万', expect: deduct(100000, 160000) },
    ],
  },
  {
    id: 'v43d51',
    class: 'education_fund',
    probes: 'whether the education fund may pay 师带徒 allowances (六(二))',
    turns: [{ user: '俺们车间老师傅带徒弟 职工教育经费 能不能拿来发师带徒的津贴', expect: { cites: ['六(二)'], says: [/师带徒/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v43d52',
    class: 'education_fund',
    probes: 'agent with Chinese numerals: 一百万 under 8 % of 两千万',
    turns: [
      {
        user: '他说他公司工资总额是两千万 教育经费提了一百万 一线职工培训占了七成 问税前扣多少',
        expect: deduct(1000000, 1600000),
      },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v43d53',
    class: 'apprenticeship',
    probes: 'per-apprentice amount asked: "按照相关规定", no figure',
    turns: [{ user: '俺厂带了10个新型学徒 一个人补多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v43d54',
    class: 'apprenticeship',
    probes: 'cooperative asks about 学徒制, then demands a total for 5 apprentices: the plan fixes none',
    turns: [
      { user: '合作社想搞企业新型学徒制 有补贴不', expect: noFigure(['四(一)']) },
      { user: '那带5个徒弟 总共能拿多少钱 恁给算算', expect: { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v43d55',
    class: 'apprenticeship',
    probes: 'three-year apprentice target (2万名以上)',
    turns: [{ user: '现代学徒制 企业新型学徒制 三年要培养多少新型学徒', expect: { cites: ['四(一)'], says: [/2\s*万|两万/] } }],
  },
  {
    id: 'v43d56',
    class: 'apprenticeship',
    probes: 'agent: where the 师带徒 allowance may come from (职工教育经费, 六(二))',
    turns: [{ user: '她说她们公司去年带了8个学徒 师傅带徒弟的津贴 能从哪出', expect: { cites: ['六(二)'], says: [/职工教育经费/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v43d57',
    class: 'apprenticeship',
    probes: 'apprentices hired in 2022 under this plan: it had ended [dated]',
    turns: [{ user: '2022年招的学徒 还能按这个方案领学徒补贴不', expect: { ...ended, noAmount: 'unfixed' } }],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v43d58',
    class: 'period',
    probes: 'is the plan still valid: it ran to 2021-12-31',
    turns: [{ user: '这个方案现在还管用不 可中', expect: { ...ended, noAmount: 'unfixed' } }],
  },
  {
    id: 'v43d59',
    class: 'period',
    probes: 'hires in 2022 under this plan: not in force then [dated]',
    turns: [{ user: '俺车间2022年3月招了3个贫困户 干到2022年年底 以工代训6个月 岗前补贴没领 能按这个方案补不', expect: ended }],
  },
  {
    id: 'v43d60',
    class: 'period',
    probes: 'how it was in 2020: 200 元/人/月 under 六(一), and the plan has ended [dated]',
    turns: [{ user: '2020年那会儿 扶贫车间招贫困户 以工代训是咋补的', expect: { cites: ['六(一)'], says: [/200/], ...ended } }],
  },
  {
    id: 'v43d61',
    class: 'period',
    probes: 'hired 2021年5月 and still working → 2×200×6; then "还能去申请不" must say it ended',
    periodEnd: true,
    turns: [
      { user: '俺合作社2021年5月招了2个贫困户 一直干到现在 以工代训6个月 岗前补贴没领过', expect: pay(2400) },
      { user: '那现在还能去申请不 晚不晚', expect: ended },
    ],
  },
  {
    id: 'v43d62',
    class: 'period',
    probes: 'whether it stops counting after 2021年12月31号',
    turns: [{ user: '这方案是2019到2021的 是不是过了2021年12月31号就不算数了', expect: ended }],
  },
];
