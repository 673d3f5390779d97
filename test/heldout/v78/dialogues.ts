/**
 * HELD-OUT dialogues, set v78 — written blind from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or other held-out sets. Only the format of
 * v15 (its header and first lines) was looked at. Not to be tuned on: no word of these messages goes
 * into a glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it
 * measures nothing any more; write a new one instead.
 *
 * Who types here: Zhengzhou gig workers (外卖骑手、快递员、网约车司机、直播带货主播、美团众包) and the
 * owners of the small stations and studios that employ them (站长、MCN小老板). WeChat on a phone:
 * slang, emoji, pinyin abbreviations and English mixed in (yyds, xswl, hr, bug, ok, 666, dbq,
 * bdjw), numbers written oddly (3️⃣个, 两三个, 五六个, 六七个月, 半年多, 0.5年, 一百二十万, 30w).
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (the kind of unit,
 * insurance where the rule needs it, months employed for poor labour, months of 以工代训, the
 * 岗前培训补贴 claimed or not, acceptance and fund source of equipment, payroll and fund drawn) must
 * be asked, so an amount is expected only once every such fact has been said. A vague count or
 * month figure ("两三个月", "五六个") is asked about unless every reading gives the same amount
 * ("六七个月" of 以工代训 is 6 after the cap; "七八个月" employed is ≥ 6 either way).
 *
 * Amounts, computed by hand from the contract:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months; 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise;
 *   退役军人 are no group of this rule; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, competition awards: the plan fixes no amount.
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
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts, the misreading's figure absent. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts (ineligible or still asking), the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
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
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** Person training subsidy: no figure (set elsewhere), 七(二) cited, not refused. */
const trainOpen: TurnExpect = { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'ineligible' } };
/** Person training subsidy excluded on these facts. */
const trainNo: TurnExpect = { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)', '六(一)'] };
/** Entrepreneurship training open to this person. */
const startYes: TurnExpect = { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] };

export const DIALOGUES_V78: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v78-d01',
    class: 'one_group',
    probes: 'emoji digit 3️⃣ as the count; facts arrive over three turns, amount only when the 岗前 fact is said',
    periodEnd: true,
    turns: [
      { user: '我是美团外卖站长 站里招了3️⃣个残疾人小哥 以工代训能补多少💰', expect: askOJT },
      { user: '我们是注册的公司哈 社保都给交了的 以工代训搞了4个月', expect: askOJT },
      { user: '岗前培训那个补贴 没申请过 一分没拿', expect: pay(2400) },
    ],
  },
  {
    id: 'v78-d02',
    class: 'one_group',
    probes: '0.5年 of 以工代训 is 6 months, not 0 or 5',
    periodEnd: true,
    turns: [
      {
        user: '俺们快递网点是个公司 社保正常交 收了个零就业家庭的妹子 以工代训做了0.5年 岗前补贴没领过 能补多少呀',
        expect: payNot(1200, 1000),
      },
    ],
  },
  {
    id: 'v78-d03',
    class: 'one_group',
    probes: '半年多 is the employment, 五个月 the 以工代训: the months must not swap',
    periodEnd: true,
    turns: [
      {
        user: '我们MCN公司 招了俩建档立卡贫困户当助播 人干了半年多了 以工代训搞了五个月 岗前培训补贴没拿 bdjw 能补几个钱',
        expect: payNot(2000, 2400),
      },
    ],
  },
  {
    id: 'v78-d04',
    class: 'one_group',
    probes: '"两三个月" is not a number of months: ask, then pay on the exact figure',
    periodEnd: true,
    turns: [
      {
        user: '网约车租赁公司 社保交着的 招了2个就业困难人员开车 以工代训大概两三个月吧 岗前补贴没领',
        expect: { ...askOJT, mustNotContain: ['800', '1200'] },
      },
      { user: '翻了下表 是3个月整', expect: payNot(1200, 800) },
    ],
  },
  {
    id: 'v78-d05',
    class: 'one_group',
    probes: 'a poor hire employed only four months does not qualify (六个月以上)',
    periodEnd: true,
    turns: [
      {
        user: '配送站是公司开的 今年招了个贫困户 到现在才干了四个月 以工代训也是四个月 岗前补贴木有领 能拿钱不',
        expect: noPay(800),
      },
    ],
  },
  {
    id: 'v78-d06',
    class: 'one_group',
    probes: 'veterans alone are no 以工代训 group: no 6000',
    periodEnd: true,
    turns: [
      {
        user: '站里收了5个退伍的兄弟当骑手 公司社保也交 以工代训搞满六个月 岗前补贴没拿 这个以工代训能补不 🫡',
        expect: notYes(6000),
      },
    ],
  },
  {
    id: 'v78-d07',
    class: 'one_group',
    probes: '"五六个" poor hires is no count: ask, then 6 × 200 × 6',
    periodEnd: true,
    turns: [
      {
        user: '我们同城配送公司 收了五六个贫困户 都干了快一年 以工代训6个月 岗前补贴都没领 一共能补多少',
        expect: { ...askOJT, mustNotContain: ['6000', '7200'] },
      },
      { user: '刚数了 一共6个人', expect: pay(7200) },
    ],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v78-d08',
    class: 'several_groups',
    probes: 'a second group added in turn two keeps its own months (4 vs 6); total 1600 + 3600',
    periodEnd: true,
    turns: [
      { user: '蜂鸟站长一枚 我们是公司 社保都交 站里招了两个残疾人骑手 以工代训做了4个月 岗前补贴没领', expect: pay(1600) },
      { user: '哦对还有3️⃣个贫困户 干了七八个月了 以工代训满6个月 他们岗前的也没领', expect: payNot(5200, 4000, 6000) },
    ],
  },
  {
    id: 'v78-d09',
    class: 'several_groups',
    probes: 'veterans beside a disabled hire: only the disabled row pays, no 3 × 1000',
    periodEnd: true,
    turns: [
      {
        user: 'MCN小公司 交社保的 签了1个残疾人主播 以工代训5个月 还有2个退伍军人 以工代训也5个月 岗前补贴都木有领 能补多少 666',
        expect: payNot(1000, 3000),
      },
    ],
  },
  {
    id: 'v78-d10',
    class: 'several_groups',
    probes: 'the poor row lacks months employed: ask about it by name, no total until it is said',
    periodEnd: true,
    turns: [
      {
        user: '公司 社保交了 站里有俩零就业家庭的 以工代训3个月 还有个贫困户 以工代训4个月 岗前补贴全没领',
        expect: { asks: true, mustNotContain: ['2000'], notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
      { user: '贫困户那个 进站快一年了', expect: pay(2000) },
    ],
  },
  {
    id: 'v78-d11',
    class: 'several_groups',
    probes: '"六七个月" of 以工代训 caps at 6; a second group at 2 months keeps its own months',
    periodEnd: true,
    turns: [
      { user: '我们快递驿站是公司 社保交着哩 收了1个就业困难的 以工代训六七个月', expect: askOJT },
      { user: '另外还有2个残疾的 以工代训2个月 这几个人岗前补贴全都没领', expect: payNot(2000, 3600) },
    ],
  },
  {
    id: 'v78-d12',
    class: 'several_groups',
    probes: 'no insurance: the poor row still pays, the zero-employment row does not',
    periodEnd: true,
    turns: [
      {
        user: '俺们代驾公司 社保还没给交 招了1个贫困户干了半年 以工代训半年 还有1个零就业家庭的 以工代训3个月 岗前补贴都没领 能补多少',
        expect: payNot(1200, 1800),
      },
    ],
  },
  {
    id: 'v78-d13',
    class: 'several_groups',
    probes: 'three groups over three turns, each with its own months: 400, +1200, +1000',
    periodEnd: true,
    turns: [
      { user: '公司 社保一直交着 岗前补贴一个都没领 先说招了1个残疾人 以工代训2个月', expect: pay(400) },
      { user: '还有2个零就业家庭的 以工代训3个月', expect: payNot(1600, 1800) },
      { user: '再加1个贫困户 干了10个月 以工代训5个月 总共多少', expect: pay(2600) },
    ],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v78-d14',
    class: 'negation_after_noun',
    probes: '"社保嘛 一直都没给骑手交": insurance denied after the noun, no 1600',
    periodEnd: true,
    turns: [
      {
        user: '公司的社保嘛 说实话一直都没给骑手交 招的2个残疾人 以工代训4个月 岗前补贴也没领 能补多少',
        expect: noPay(1600),
      },
    ],
  },
  {
    id: 'v78-d15',
    class: 'negation_after_noun',
    probes: 'negation far after the noun, split by spaces: "岗前培训补贴 这个我们 从来 没 申请过"',
    periodEnd: true,
    turns: [
      {
        user: '岗前培训补贴 这个我们 从来 没 申请过。公司交社保 收了1个就业困难人员 以工代训5个月 能补多少',
        expect: pay(1000),
      },
    ],
  },
  {
    id: 'v78-d16',
    class: 'negation_after_noun',
    probes: '"岗前补贴 公司财务说 没领过" with words in between; employed 8 months',
    periodEnd: true,
    turns: [
      {
        user: '那2个贫困户的岗前补贴 公司财务说 没领过 他俩在站里干了8个月 以工代训6个月 我们是有限公司',
        expect: payNot(2400, 1600),
      },
    ],
  },
  {
    id: 'v78-d17',
    class: 'negation_after_noun',
    probes: '"已经领过了 不是没领": the 不是没 double negation means claimed',
    periodEnd: true,
    turns: [
      {
        user: '我们公司社保正常 招了1个残疾人 以工代训3个月 他的岗前补贴之前已经领过了哈 不是没领',
        expect: noPay(600),
      },
    ],
  },
  {
    id: 'v78-d18',
    class: 'negation_after_noun',
    probes: '"以前电工中级的补贴 也木有领" is no earlier same-level subsidy; no refusal',
    periodEnd: true,
    turns: [
      {
        user: '我跑外卖的 在郑州常住 考了个中级电工证 培训机构说进系统了 今年补贴一次也没领过 以前电工中级的补贴 也木有领 没退休金 能补不',
        expect: trainOpen,
      },
    ],
  },
  {
    id: 'v78-d19',
    class: 'negation_after_noun',
    probes: '"社保这块 俺们公司 其实一直没有 给他们交": long gap before the negation',
    periodEnd: true,
    turns: [
      {
        user: '我们站招了个残疾人 社保这块 俺们公司 其实一直没有 给他们交 以工代训6个月 岗前补贴没领 能补多少',
        expect: noPay(1200),
      },
    ],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v78-d20',
    class: 'unknown_reply',
    probes: '"不太清楚…不确定" about insurance leaves it open; then it is said',
    periodEnd: true,
    turns: [
      { user: '站里招了2个残疾人 以工代训3个月 我们是公司 岗前补贴没领 能补多少', expect: askOJT },
      { user: '社保交没交 我也不太清楚 是总部代缴的 不确定', expect: dunnoOJT },
      { user: '问了hr 交了的 ok', expect: pay(1200) },
    ],
  },
  {
    id: 'v78-d21',
    class: 'unknown_reply',
    probes: 'the fund source of equipment is not known: no 80000, no verdict',
    periodEnd: true,
    turns: [
      { user: '快递公司建了个技能大师工作室 新买实训设备花了40万 能补多少', expect: askKit },
      { user: '钱从哪出的不知道啊 老板管账 验收倒是过了', expect: { ...dunnoKit, mustNotContain: ['80000', /8万/] } },
    ],
  },
  {
    id: 'v78-d22',
    class: 'unknown_reply',
    probes: '"不晓得" about the 岗前 subsidy is not "no": no 3600',
    periodEnd: true,
    turns: [
      { user: 'MCN公司 招了3个贫困户做场控 干满一年了 以工代训6个月 能补多少', expect: askOJT },
      { user: '岗前补贴领没领 俺也不晓得 xswl 我就是个运营', expect: { ...dunnoOJT, mustNotContain: ['3600'] } },
    ],
  },
  {
    id: 'v78-d23',
    class: 'unknown_reply',
    probes: 'whether the school records trainings in the system is unknown: no verdict on the training subsidy',
    periodEnd: true,
    turns: [
      {
        user: '21年在郑州考了个叉车证 户口也在郑州 那年就考了这一个 想问能补不',
        expect: { noAmount: 'unfixed', asks: true, notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      { user: '培训学校进没进那个系统 不清楚啊 没问过', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v78-d24',
    class: 'unknown_reply',
    probes: 'payroll missing, then "不清楚": no deduction figure guessed from the fund alone',
    turns: [
      { user: 'MCN公司 职工教育经费提了15万 能税前抵多少', expect: { ...askFund, asks: true } },
      { user: '工资总额多少 不清楚 财务请假了 dbq', expect: askFund },
    ],
  },
  {
    id: 'v78-d25',
    class: 'unknown_reply',
    probes: '"几个" is no count, "说不准" keeps it open, then 4️⃣',
    periodEnd: true,
    turns: [
      { user: '招了几个零就业家庭的骑手 公司 社保交了 以工代训3个月 岗前补贴没领 能拿多少', expect: askOJT },
      { user: '具体几个人 我得回站里数 现在说不准', expect: dunnoOJT },
      { user: '数好了 4️⃣个', expect: pay(2400) },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v78-d26',
    class: 'correction',
    probes: 'the count is corrected from 2 to 3: the new total replaces the old',
    periodEnd: true,
    turns: [
      { user: '我们是公司 社保交了 招了2个残疾人送外卖 以工代训5个月 岗前补贴没领', expect: pay(2000) },
      { user: '不对不对 是3️⃣个人 我记错了', expect: pay(3000) },
    ],
  },
  {
    id: 'v78-d27',
    class: 'correction',
    probes: 'insurance corrected to "没交": the 800 goes away',
    periodEnd: true,
    turns: [
      { user: '快递公司 社保交着 收了1个零就业家庭的小伙 以工代训4个月 岗前没领 补多少', expect: pay(800) },
      { user: '搞错了 hr说快递员社保根本没交', expect: noPay(800) },
    ],
  },
  {
    id: 'v78-d28',
    class: 'correction',
    probes: 'months employed corrected from 5 to 9: not yet six months, then eligible',
    periodEnd: true,
    turns: [
      { user: '贫困户2个 在我们公司干了5个月 以工代训5个月 岗前补贴没领 有钱拿不', expect: noPay(2000) },
      { user: '啊不是 是干了9个月了 以工代训5个月没错', expect: pay(2000) },
    ],
  },
  {
    id: 'v78-d29',
    class: 'correction',
    probes: 'equipment value corrected from 30w to 60w: the studio cap of 100000 applies',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 设备30w 从职工教育经费出的 人社财政验收过了 补多少', expect: kit(60000) },
      { user: '打错了 是60w', expect: kit(100000) },
    ],
  },
  {
    id: 'v78-d30',
    class: 'correction',
    probes: 'the group is corrected from veterans to disabled: the row now pays',
    periodEnd: true,
    turns: [
      { user: '站里招了2个退伍的 以工代训4个月 有补贴不', expect: notYes(1600) },
      { user: '说错了 那俩是残疾人 不是退伍的 公司社保交了 岗前补贴没领', expect: pay(1600) },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v78-d31',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, a personal certificate question must not carry the 1200',
    periodEnd: true,
    turns: [
      { user: '公司 社保交了 招了1个就业困难的 以工代训6个月 岗前补贴没拿 能补多少', expect: pay(1200) },
      {
        user: '话说我自己想考个高级育婴师证 一年能补几次',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], mustNotContain: ['1200'] },
      },
    ],
  },
  {
    id: 'v78-d32',
    class: 'topic_switch',
    probes: 'veteran training, then an e-bike purchase question outside the plan',
    periodEnd: true,
    turns: [
      { user: '我是退伍的 现在跑美团 退役军人参加培训 有啥政策', expect: noFigure(['三(二)', '六(一)']) },
      { user: '换个话题哈 站里给骑手买电动车 能补贴不', expect: decline },
    ],
  },
  {
    id: 'v78-d33',
    class: 'topic_switch',
    probes: 'entrepreneurship training, then a traffic-restriction question',
    periodEnd: true,
    turns: [
      { user: '跑了三年外卖 想自己开个小炒店 有创业培训能上不', expect: startYes },
      { user: '另外 郑州今天限号是几和几啊', expect: decline },
    ],
  },
  {
    id: 'v78-d34',
    class: 'topic_switch',
    probes: 'after the education-fund deduction, a competition prize question cites 五(三) and carries no figure',
    turns: [
      { user: '我们MCN 去年工资薪金总额80万 职工教育经费提了5万 税前能扣多少', expect: deduct(50000) },
      {
        user: '再问个 我们主播参加电商直播职业技能竞赛 拿了二等奖 有奖励不',
        expect: { noAmount: 'unfixed', cites: ['五(三)'], mustNotContain: ['50000', '64000'] },
      },
    ],
  },
  {
    id: 'v78-d35',
    class: 'topic_switch',
    probes: 'a living allowance (not settled) then the 以工代训 rate: no 200 under 生活费',
    turns: [
      { user: '去培训那段时间不能跑单 生活费补贴一个月给多少啊', expect: unsettled },
      { user: 'ok 那以工代训是每人每月多少钱', expect: { cites: ['六(一)'], says: [/200/] } },
    ],
  },
  {
    id: 'v78-d36',
    class: 'topic_switch',
    probes: '[contact] who handles 以工代训, then a fresh eligibility question with all facts',
    periodEnd: true,
    turns: [
      { user: '以工代训这个 去哪申请 找哪个部门管', expect: { says: [/人社|人力资源/], noAmount: 'unfixed' } },
      { user: '顺便问下 我们站残疾骑手1个 公司社保交的 以工代训3个月 岗前补贴没领 能补多少', expect: pay(600) },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v78-d37',
    class: 'person_training',
    probes: 'two subsidies already this year (the third certificate): not yet the limit of 3',
    periodEnd: true,
    turns: [
      { user: '外卖骑手 今年考了第三个证了 前两个都领了补贴 这个还能补吗', expect: trainOpen },
    ],
  },
  {
    id: 'v78-d38',
    class: 'person_training',
    probes: 'three subsidies already this year: the fourth is excluded',
    periodEnd: true,
    turns: [{ user: '今年已经领了3次培训补贴了 再考第4个证 还能领不', expect: trainNo }],
  },
  {
    id: 'v78-d39',
    class: 'person_training',
    probes: 'the same occupation at the same level again: excluded',
    periodEnd: true,
    turns: [{ user: '中级叉车 去年补过一次 今年又重新考了一遍中级叉车 能再补吗', expect: trainNo }],
  },
  {
    id: 'v78-d40',
    class: 'person_training',
    probes: 'household elsewhere, living and training in Zhengzhou: 常住地 counts, no refusal',
    periodEnd: true,
    turns: [{ user: '我户口在周口 在郑州跑滴滴三年了 就在郑州培训考证 这补贴算不算我的', expect: trainOpen }],
  },
  {
    id: 'v78-d41',
    class: 'person_training',
    probes: 'a monthly pension excludes the training subsidy (六(一))',
    periodEnd: true,
    turns: [{ user: '我爸60多了 每月有退休金 在站里干众包 想考个证 能给补贴不', expect: trainNo }],
  },
  {
    id: 'v78-d42',
    class: 'person_training',
    probes: 'a new occupation published by the state follows the priority standard; no figure',
    periodEnd: true,
    turns: [
      {
        user: '网约配送员 听说是国家公布的新职业 考这个证 补贴标准按啥来',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/优先/] },
      },
    ],
  },
  {
    id: 'v78-d43',
    class: 'person_training',
    probes: 'free training for poor labour, then the yearly limit of subsidies [two-part over turns]',
    periodEnd: true,
    turns: [
      { user: '我媳妇是建档立卡贫困户 想学个育婴师 要交学费不', expect: { noAmount: 'unfixed', cites: ['三(三)'], says: [/免费/] } },
      { user: '她学完考了证 培训补贴一年最多领几次', expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/3|三/] } },
    ],
  },
  {
    id: 'v78-d44',
    class: 'person_training',
    probes: "a child's 技校 is the poor family's aid, not the parent's student status",
    periodEnd: true,
    turns: [
      {
        user: '俺家是建档立卡贫困户 娃在技工学校上学 我在郑州送快递 家里能有啥补助不',
        expect: {
          noAmount: 'unfixed',
          cites: ['三(三)', '三(十四)'],
          notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' },
        },
      },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v78-d45',
    class: 'entrepreneurship',
    probes: 'a rider with the wish to start a business can take 创业培训; no amount',
    periodEnd: true,
    turns: [{ user: '跑单跑了两年多 攒了点钱 想自己搞个奶茶店 有没有创业培训可以上 🙏', expect: startYes }],
  },
  {
    id: 'v78-d46',
    class: 'entrepreneurship',
    probes: 'a studio open three and a half years is within 5 years',
    periodEnd: true,
    turns: [{ user: '我的直播工作室开了3年半 算小微企业主吧 能参加创业培训不', expect: startYes }],
  },
  {
    id: 'v78-d47',
    class: 'entrepreneurship',
    probes: 'open almost 7 years and no new plan: not eligible on these facts',
    periodEnd: true,
    turns: [
      {
        user: '我的快递加盟店开了快7年了 也没啥新的创业想法 还能上创业培训吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v78-d48',
    class: 'entrepreneurship',
    probes: 'the plan fixes no 创业培训 amount and no start-up money',
    periodEnd: true,
    turns: [
      { user: '想创业 开个快递驿站 创业培训有补贴吗 补多少', expect: noFigure(['三(八)']) },
      { user: '那培训完 政府能给发多少启动资金', expect: { oneOf: [unsettled, decline] } },
    ],
  },
  {
    id: 'v78-d49',
    class: 'entrepreneurship',
    probes: "a vocational college student's 创业意识 training; student status is his own here",
    periodEnd: true,
    turns: [{ user: '我在职业技术学院上大二 兼职送外卖 学校里的创业意识培训 我能参加不', expect: startYes }],
  },
  {
    id: 'v78-d50',
    class: 'entrepreneurship',
    probes: '0.5年 open, then what 创业指导培训 covers (五(一))',
    periodEnd: true,
    turns: [
      { user: '开了个带货工作室 开业才0.5年 有创业培训不', expect: startYes },
      { user: '创业培训都学啥 经营管理 品牌这些有吗', expect: { noAmount: 'unfixed', cites: ['五(一)', '三(八)'] } },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v78-d51',
    class: 'equipment',
    probes: 'a 高技能人才培训基地 with 300万 of equipment hits the 50万 cap',
    periodEnd: true,
    turns: [
      {
        user: '我们快递物流公司 建了个高技能人才培训基地 买实训设备花了300万 钱是职工教育经费出的 人社和财政验收合格了 能补多少',
        expect: kit(500000),
      },
    ],
  },
  {
    id: 'v78-d52',
    class: 'equipment',
    probes: '25w of studio equipment: 20 % is 50000',
    periodEnd: true,
    turns: [{ user: '技能大师工作室 新设备25w 教育经费出的 验收也过了 能拿多少 yyds', expect: kit(50000) }],
  },
  {
    id: 'v78-d53',
    class: 'equipment',
    probes: 'equipment the boss paid himself (not the 职工教育经费): no subsidy figure',
    periodEnd: true,
    turns: [
      {
        user: '工作室设备是老板自己掏腰包买的 不是职工教育经费 一共50万 验收过了 能补吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['100000'] },
      },
    ],
  },
  {
    id: 'v78-d54',
    class: 'equipment',
    probes: 'two studios keep their own caps: 80000 + 60000, not one capped 100000',
    periodEnd: true,
    turns: [
      {
        user: '公司有两个技能大师工作室 A工作室设备40万 B工作室设备30万 都走的职工教育经费 都验收通过了 一共能补多少',
        expect: kitNot(140000, 100000),
      },
    ],
  },
  {
    id: 'v78-d55',
    class: 'equipment',
    probes: 'acceptance missing, then given: 120万 × 20 %',
    periodEnd: true,
    turns: [
      { user: '建了个高技能人才培训基地 买设备120万 用的职工教育经费 能补多少', expect: askKit },
      { user: '验收上周刚过 人社财政都来人了', expect: kit(240000) },
    ],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v78-d56',
    class: 'education_fund',
    probes: '200w payroll, 20w fund: the 8 % limit (160000) binds, not the fund',
    turns: [
      {
        user: 'MCN公司 去年工资总额200w 职工教育经费提了20w 一线主播用了七成 税前能扣多少',
        expect: deduct(160000),
      },
    ],
  },
  {
    id: 'v78-d57',
    class: 'education_fund',
    probes: 'front-line share 55 % is under 60 %: the deduction still 90000, with the note',
    turns: [
      {
        user: '工资薪金总额150万 教育经费9万 其中一线骑手的只花了55% 税前扣除咋算',
        expect: { ...deduct(90000), says: [/税前/, /60/] },
      },
    ],
  },
  {
    id: 'v78-d58',
    class: 'education_fund',
    probes: 'fund first, payroll in words (一百二十万) later: the fund (80000) binds, not 96000',
    turns: [
      { user: '职工教育经费 提了8万 能抵多少', expect: { ...askFund, asks: true } },
      { user: '工资总额的话 一百二十万 上个月刚对的账', expect: deduct(80000) },
    ],
  },
  {
    id: 'v78-d59',
    class: 'education_fund',
    probes: '师带徒 allowance from the education fund (六(二)); no figure',
    turns: [{ user: '教育经费的钱 能不能拿来给带新骑手的老师傅发津贴', expect: noFigure(['六(二)']) }],
  },
  {
    id: 'v78-d60',
    class: 'education_fund',
    probes: '[two-part] the 60 % front-line share and the 8 % deduction limit, both answered',
    turns: [
      {
        user: '职工教育经费 一线的要占多少 税前扣除上限又是多少',
        expect: { cites: ['六(二)'], says: [/60/, /8\s*%|百分之八/], noAmount: 'unfixed' },
      },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v78-d61',
    class: 'apprenticeship',
    probes: 'the plan fixes no amount per apprentice',
    turns: [{ user: '站里搞新型学徒制 带了10个学徒 一个学徒补多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v78-d62',
    class: 'apprenticeship',
    probes: 'no amount for apprenticeship, then the 2万 three-year target',
    turns: [
      { user: '学徒制补贴 按啥标准给', expect: noFigure(['四(一)']) },
      { user: '那三年一共要培养多少新型学徒', expect: { cites: ['四(一)'], says: [/2\s*万|两万|20000/] } },
    ],
  },
  {
    id: 'v78-d63',
    class: 'apprenticeship',
    probes: 'modern apprenticeship with a vocational school: no figure',
    periodEnd: true,
    turns: [{ user: 'MCN跟职业学院搞现代学徒制 有钱拿不 666', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v78-d64',
    class: 'apprenticeship',
    probes: 'an HR question on the apprentice standard: no figure',
    turns: [{ user: '企业新型学徒 培训完 公司能拿多少补贴 有标准不 hr让我问的', expect: noFigure(['四(一)']) }],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v78-d65',
    class: 'period',
    probes: 'asked now whether 以工代训 can still be claimed: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [{ user: '现在都2024年了 以工代训还能申请吗', expect: { ...ended, noAmount: 'unfixed' } }],
  },
  {
    id: 'v78-d66',
    class: 'period',
    probes: '[dated] 2020: answered for that date, with the amount',
    periodEnd: true,
    turns: [
      {
        user: '2020年6月那会 我们公司 社保交了 招了1个残疾人 以工代训6个月 岗前没领 当时能补多少',
        expect: pay(1200),
      },
    ],
  },
  {
    id: 'v78-d67',
    class: 'period',
    probes: 'when does the plan end',
    periodEnd: true,
    turns: [{ user: '这个方案到啥时候截止啊 hr让我问问', expect: { ...ended, says: [/2021/] } }],
  },
  {
    id: 'v78-d68',
    class: 'period',
    probes: 'a certificate now: ended; then [dated] December 2021 within the period',
    periodEnd: true,
    turns: [
      { user: '跑腿小哥想考证 现在报名还有补贴吗', expect: { ...ended, noAmount: 'unfixed' } },
      { user: '那我是2021年12月份考下来的证呢 当时能补不', expect: { noAmount: 'unfixed', cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v78-d69',
    class: 'period',
    probes: 'a hire in 2022 is after the plan ended',
    periodEnd: true,
    turns: [{ user: '2022年才招的贫困户 能走以工代训不', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v78-d70',
    class: 'period',
    probes: 'slang, year 2025: still running? it ended',
    periodEnd: true,
    turns: [{ user: 'xswl 都2025年了 这个技能提升行动还在搞吗 还能领💰不', expect: { ...ended, noAmount: 'unfixed' } }],
  },
];
