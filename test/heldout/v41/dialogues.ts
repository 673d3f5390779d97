/**
 * HELD-OUT dialogues, set v41 — written blind from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, the dev sets under test/core/, or other
 * held-out sets (only the format lines of v15 were looked at). Not to be tuned on: no word of
 * these messages goes into a glossary, pattern or fixture. Once a dialogue has been fixed by a
 * targeted change it measures nothing any more; write a new one instead.
 *
 * Who types here: owners and staff of rural e-commerce and live-streaming shops (直播带货, 网店,
 * 淘宝/抖音/拼多多 stores) who take on people from poor households and disabled people; teachers
 * and principals of 技工学校 / 职业学校 asking about school funding, 建档立卡 students and
 * competition training; retired and nearly retired workers asking whether a training subsidy is
 * still theirs. WeChat on a phone: greetings and chit-chat around the real question, several facts
 * and one question at the very end, negations far after their noun (也没 / 都没 / 从没) and double
 * negatives, figures the plan does not contain ("每人补1500是吗"), comparisons with other cities,
 * homophones (社宝, 以工带训, 建当立卡), numerals as 俩 / 仨 / 两 / 十二万 / 全角.
 *
 * Nothing is inferred from silence: an amount is expected only once every fact it depends on has
 * been said (kind of unit, insurance where the group needs it, months employed for poor labour,
 * months of 以工代训, 岗前培训补贴 claimed or not; fund source and acceptance of equipment; payroll
 * and fund drawn). 不知道 / 不清楚 leaves the fact open.
 *
 * Amounts, computed by hand from the contract:
 * - 以工代训 (六(一)): Σ count × 200 × min(months of 以工代训, 6) over qualifying rows; poor labour
 *   employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only with an
 *   insured enterprise; 退役军人 is no group; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund, 8 % × payroll), never cash.
 * - Training subsidy, apprenticeship, entrepreneurship, 生活费补贴, school and family aid,
 *   competition awards: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training' };
/** The 以工代训 amount. */
const ojt = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** The 以工代训 amount, with the plan's end said in this answer. */
const ojtEnd = (yuan: number, ...wrong: number[]): TurnExpect => ({ ...ojt(yuan, ...wrong), mentionsPeriodEnd: true });
/** 以工代训 excluded on these facts. */
const noOJT = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts, the misreading's figure absent. */
const notOJT = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
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
/** A person's training subsidy refused on these facts (pension, 3 a year, same level again). */
const noTraining: TurnExpect = { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' };
/** A person's training subsidy not refused, more facts wanted, no figure. */
const askTraining: TurnExpect = { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, asks: true, noAmount: 'unfixed' };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };

export const DIALOGUES_V41: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v41d01',
    class: 'one_group',
    probes: 'poor labour at a garlic web shop: months employed and months of 以工代训 kept apart, pre-job subsidy asked last',
    periodEnd: true,
    turns: [
      { user: '你好 俺是中牟一个电商公司的 网上卖大蒜 招了4个建当立卡户在仓库打包发货 这个以工代训能补多少', expect: askOJT },
      { user: '他们来了快一年了 以工带训搞了五个月', expect: askOJT },
      { user: '岗前培训补贴那个 俺们从来没申请过', expect: ojt(4000, 4800) },
    ],
  },
  {
    id: 'v41d02',
    class: 'one_group',
    probes: 'all facts of disabled hires in one long message, the question only at the very end',
    periodEnd: true,
    turns: [
      {
        user: '我们是郑州一家做直播带货的有限公司 社保一直正常交着 去年招了3个残疾人做客服 以工代训带了4个月 岗前培训补贴没领过 请问以工代训补贴一共多少',
        expect: ojtEnd(2400, 3600),
      },
    ],
  },
  {
    id: 'v41d03',
    class: 'one_group',
    probes: 'poor labour at a 扶贫车间 employed under six months is refused; the six-month case is then paid',
    periodEnd: true,
    turns: [
      { user: '俺这是村里的扶贫车间 帮电商代发货 收了6个贫困户 干了4个月了 以工代训也是4个月 岗前补贴没拿 能领多少', expect: noOJT(4800) },
      { user: '那要是再干俩月 干够6个月 以工代训也够6个月 到时候这6个人能给多少', expect: ojt(7200) },
    ],
  },
  {
    id: 'v41d04',
    class: 'one_group',
    probes: 'a 农民专业合作社 hiring disabled people is not an insured enterprise: no 以工代训 for them',
    periodEnd: true,
    turns: [
      {
        user: '俺们是农民专业合作社 在拼多多上开店卖红薯粉条 合作社雇了两个残疾人打包 以工代训弄了3个月 没领过岗前培训补贴 这能给补贴吗',
        expect: { ...noOJT(1200), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v41d05',
    class: 'one_group',
    probes: 'a 零就业家庭 hire with eight months of 以工代训 is capped at six; pre-job subsidy asked',
    periodEnd: true,
    turns: [
      { user: '淘宝店 注册的公司 员工社宝都交 招了1个零就业家庭的大姐 以工代训已经8个月了 这个咋算钱', expect: askOJT },
      { user: '岗前培训的补贴 我们一分也没拿过', expect: ojt(1200, 1600) },
    ],
  },
  {
    id: 'v41d06',
    class: 'one_group',
    probes: 'the person names 300 元 a month; the plan says 200, poor labour employed seven months',
    periodEnd: true,
    turns: [
      {
        user: '我们电商公司招了2个建档立卡贫困户 在这干了7个月 以工代训6个月 岗前补贴没领 听人说以工代训每人每月补300是吧',
        expect: { ...ojtEnd(2400), mustNotContain: [/300\s*元/] },
      },
    ],
  },
  {
    id: 'v41d07',
    class: 'one_group',
    probes: 'a complete 以工代训 answer, then the same figure asked for Luoyang: declined, no foreign figure',
    periodEnd: true,
    turns: [
      {
        user: '抖音小店 公司性质 交社保 招了一个残疾小伙子 以工代训6个月 岗前培训补贴没领 能拿多少',
        expect: ojt(1200),
      },
      { user: '那洛阳那边以工代训是不是补得比郑州多', expect: decline },
    ],
  },
  {
    id: 'v41d08',
    class: 'one_group',
    probes: 'greeting and chit-chat around a full disabled-hire question',
    periodEnd: true,
    turns: [
      {
        user: '老师好呀 最近降温了注意身体哈 俺问个事 俺家直播公司社保交着呢 今年招了俩残疾人 以工代训五个月 岗前补贴没弄过 这能补多少钱',
        expect: ojtEnd(2000, 2400),
      },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v41d09',
    class: 'several_groups',
    probes: 'poor labour six months and disabled three months keep their own months across turns',
    periodEnd: true,
    turns: [
      { user: '李姐的直播基地 咨询下 我们是有限公司 招了三个贫困户 还有两个坐轮椅的残疾人 都做客服打包 以工代训补贴咋算', expect: askOJT },
      { user: '贫困户那仨来了十个月了 以工代训带了6个月 残疾人那俩以工代训只有3个月', expect: askOJT },
      { user: '社保都给交了 岗前培训补贴谁也没领过', expect: ojt(4800, 6000, 3000) },
    ],
  },
  {
    id: 'v41d10',
    class: 'several_groups',
    probes: 'veterans are no 以工代训 group: only the disabled hire is paid',
    periodEnd: true,
    turns: [
      {
        user: '我们做农产品电商的公司 社保正常缴 招了2个退役军人 以工代训6个月 还有1个残疾人 以工代训5个月 岗前补贴都没领 以工代训一共能补多少',
        expect: ojtEnd(1000, 3400),
      },
    ],
  },
  {
    id: 'v41d11',
    class: 'several_groups',
    probes: 'the poor-labour row had its pre-job subsidy claimed; insurance for the other row asked',
    periodEnd: true,
    turns: [
      {
        user: '网店公司 招了4个贫困户 干了8个月 以工代训6个月 贫困户那4个 岗前培训补贴之前已经领过了 另外还招了2个就业困难人员 以工代训4个月 岗前的没领 能补多少',
        expect: askOJT,
      },
      { user: '交着呢 五险都有', expect: ojt(1600, 6400) },
    ],
  },
  {
    id: 'v41d12',
    class: 'several_groups',
    probes: 'a 扶贫车间: poor labour paid, its disabled hires not (no insured enterprise); the why asked next',
    periodEnd: true,
    turns: [
      {
        user: '村里扶贫车间 给几家网店做代加工 招了5个贫困户 干了7个月 以工代训6个月 还有两个残疾人 以工代训也6个月 岗前补贴都没领 一共多少',
        expect: ojt(6000, 8400),
      },
      { user: '那俩残疾人的为啥不算', expect: { cites: ['六(一)'], mustNotContain: ['8400'] } },
    ],
  },
  {
    id: 'v41d13',
    class: 'several_groups',
    probes: 'zero-employment family two months and poor labour six months in one message, each on its own months',
    periodEnd: true,
    turns: [
      {
        user: '我们是开网店的公司 参保的 零就业家庭的招了2个 以工代训两个月 贫困劳动力1个 在我们这干了整整半年 以工代训也是半年 岗前都没领 总共补多少',
        expect: ojtEnd(2000, 3600, 1200),
      },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v41d14',
    class: 'negation_after_noun',
    probes: 'pre-job subsidy negated far after the noun with 也没顾上',
    periodEnd: true,
    turns: [
      {
        user: '我们电商公司交社保的 招了两个听力残疾的小伙子 以工代训5个月 岗前培训的补贴 当时忙着上新品 我们也没顾上去申请 那能补多少钱',
        expect: ojtEnd(2000),
      },
    ],
  },
  {
    id: 'v41d15',
    class: 'negation_after_noun',
    probes: 'insurance negated at the end after a long aside (一直都没给员工交过): disabled hire refused',
    periodEnd: true,
    turns: [
      {
        user: '我们是个小公司 做抖音直播卖衣服 招了1个残疾姑娘 以工代训4个月 岗前补贴没领 社保这块 说实话开店三年了 一直都没给员工交过 能补吗',
        expect: { ...noOJT(800), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v41d16',
    class: 'negation_after_noun',
    probes: 'double negatives: 社保不是没交 (insured) and 岗前补贴也不是没领 (claimed) → nothing',
    periodEnd: true,
    turns: [
      {
        user: '公司招了3个就业困难人员 以工代训6个月 社保不是没交 交着的 岗前培训补贴也不是没领 去年就领过了 以工代训还能再拿不',
        expect: { ...noOJT(3600), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v41d17',
    class: 'negation_after_noun',
    probes: 'a cooperative, poor labour nine months, pre-job subsidy negated with 从来都没碰过',
    periodEnd: true,
    turns: [
      {
        user: '合作社开了个直播间卖小米 雇了2个贫困户 干了九个月 以工代训6个月 岗前培训补贴那玩意儿 俺们从来都没碰过 能补多少',
        expect: ojtEnd(2400),
      },
    ],
  },
  {
    id: 'v41d18',
    class: 'negation_after_noun',
    probes: '没有哪个月不交 is insured; 没听说过…肯定也没领 is not claimed',
    periodEnd: true,
    turns: [
      { user: '俺开了个直播间卖农产品 注册的公司 招了个腿脚不方便的残疾人 以工代训带了仨月', expect: askOJT },
      { user: '社保从开张到现在没有哪个月不交的 岗前补贴那个没听说过 肯定也没领', expect: ojt(600) },
    ],
  },
  {
    id: 'v41d19',
    class: 'negation_after_noun',
    probes: 'pension negated after the noun (退休金…一分都没领过): not read as a pensioner',
    periodEnd: true,
    turns: [
      {
        user: '我58了 在厂里干了一辈子临时工 退休金这东西 我到现在 一分都没领过 想去学个电工 有培训补贴不',
        expect: { ...askTraining, cites: ['七(二)', '六(一)'] },
      },
    ],
  },
  {
    id: 'v41d20',
    class: 'negation_after_noun',
    probes: 'a school that never got a competition award before still runs competition training (从没拿过 ≠ does not train)',
    turns: [
      {
        user: '我是技工学校的教务主任 学校每年都组织学生集训备战省里的技能大赛 这两年 奖补 从来都没拿到过 也没人跟我们说过 学校能申请吗',
        expect: { ...noFigure(['三(十五)']), notVerdict: { rule: 'competition_training_award', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v41d21',
    class: 'negation_after_noun',
    probes: 'a poor family whose child is at a 技工学校, 助学金…也没领到: family aid, not "不是贫困家庭"',
    periodEnd: true,
    turns: [
      {
        user: '俺家是建档立卡户 孩子在技工学校学汽修 国家助学金 俺们家 到现在也没领到过 家里能有啥补助',
        expect: {
          noAmount: 'unfixed',
          cites: ['三(三)', '三(十四)'],
          notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' },
          mustNotContain: [/不是(建档立卡|贫困)/],
        },
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v41d22',
    class: 'unknown_reply',
    probes: 'months employed of poor labour unknown, then given as five: no figure, then no payment',
    periodEnd: true,
    turns: [
      { user: '做淘宝的公司 招了5个建档立卡户 以工代训搞了4个月 岗前补贴没领 能补多少', expect: askOJT },
      { user: '他们进来多久了我还真不清楚 得问人事', expect: dunnoOJT },
      { user: '问了 人事说最早来的那个也才干了5个月', expect: notOJT(4000) },
    ],
  },
  {
    id: 'v41d23',
    class: 'unknown_reply',
    probes: 'acceptance of studio equipment first unknown, then confirmed',
    periodEnd: true,
    turns: [
      { user: '我们电商公司建了个技能大师工作室 新买直播设备花了30万 职工教育经费出的 能补多少', expect: askKit },
      { user: '验收 这个我不确定弄过没有', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
      { user: '刚问了 人社和财政来验收过 合格了', expect: kit(60000) },
    ],
  },
  {
    id: 'v41d24',
    class: 'unknown_reply',
    probes: 'insurance unknown (代账公司弄的): stays open across a turn that settles another fact',
    periodEnd: true,
    turns: [
      { user: '直播公司 招了2个残疾人 以工代训6个月了 补贴多少', expect: askOJT },
      { user: '社保 这个我也说不准 是代账公司弄的', expect: dunnoOJT },
      { user: '岗前补贴 没领', expect: dunnoOJT },
      { user: '代账的回我了 说交了', expect: ojt(2400) },
    ],
  },
  {
    id: 'v41d25',
    class: 'unknown_reply',
    probes: 'a nearly retired person unsure whether she is entitled to a pension: training subsidy undecided',
    periodEnd: true,
    turns: [
      { user: '我今年59 快退休了 想学个育婴师 有没有补贴', expect: askTraining },
      { user: '养老金 我也说不清算不算有资格 手续还在跑', expect: { undecided: 'vocational_training', noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v41d26',
    class: 'unknown_reply',
    probes: 'payroll unknown, then given: deduction capped by the fund drawn',
    turns: [
      { user: '我们公司今年提了职工教育经费40万 能抵多少税', expect: askFund },
      { user: '工资总额不清楚 得问财务', expect: askFund },
      { user: '财务说全年工资薪金总额是600万', expect: deduct(400000) },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v41d27',
    class: 'correction',
    probes: 'count corrected from four to three disabled hires',
    periodEnd: true,
    turns: [
      { user: '网店公司 社保交的 招了4个残疾人 以工代训5个月 岗前补贴没领 能补多少', expect: ojt(4000) },
      { user: '哦不对 说错了 是3个残疾人 不是4个', expect: ojt(3000, 4000) },
    ],
  },
  {
    id: 'v41d28',
    class: 'correction',
    probes: 'months corrected down to five: poor labour no longer qualifies',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困户3个 干了8个月 以工代训6个月 岗前没领 能领多少', expect: ojt(3600) },
      { user: '等下 我翻了下花名册 他们才干了5个月 以工代训也就5个月', expect: { ...notOJT(3600), mustNotContain: ['3600', '3000'] } },
    ],
  },
  {
    id: 'v41d29',
    class: 'correction',
    probes: 'base equipment value corrected from 300万 to 200万: cap no longer binds',
    periodEnd: true,
    turns: [
      { user: '公司的高技能人才培训基地 新买实训设备300万 职工教育经费出的 验收合格了 补多少', expect: kit(500000) },
      { user: '不对不对 是200万 我记岔了', expect: kit(400000) },
    ],
  },
  {
    id: 'v41d30',
    class: 'correction',
    probes: '社保没交 corrected to 交着的: refusal turns into payment',
    periodEnd: true,
    turns: [
      { user: '我们电商公司社保没交 招了2个就业困难人员 以工代训4个月 没领岗前 能补不', expect: noOJT(1600) },
      { user: '不对 刚问了会计 社保是交着的', expect: ojt(1600) },
    ],
  },
  {
    id: 'v41d31',
    class: 'correction',
    probes: 'pensioner corrected to his wife without a pension: the refusal must not carry over',
    periodEnd: true,
    turns: [
      { user: '我退休了 每个月领退休金 报个培训能有补贴吗', expect: noTraining },
      { user: '说岔了 不是我 是俺老伴想学家政 她没有退休金 家庭妇女一辈子', expect: askTraining },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v41d32',
    class: 'topic_switch',
    probes: 'from 以工代训 to a poor family\'s child at a 技工学校: no 以工代训 figure leaks',
    periodEnd: true,
    turns: [
      { user: '俺在村里开了个直播带货的公司 交社保 招了2个残疾人 以工代训6个月 岗前补贴没领过 能补多少', expect: ojt(2400) },
      { user: '对了 俺闺女在技工学校上学 咱家是建档立卡户 有啥补助不', expect: { ...noFigure(['三(三)', '三(十四)']), mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v41d33',
    class: 'topic_switch',
    probes: 'a teacher: school aid for 建档立卡 students, then teachers\' pay for subsidised training',
    turns: [
      { user: '我是技工学校的老师 学校招了不少建档立卡户家的孩子 学校这边有补助吗', expect: noFigure(['三(十四)']) },
      { user: '另外问一下 我们学校承担了补贴性培训 老师的绩效工资能倾斜不', expect: noFigure(['四(二)']) },
    ],
  },
  {
    id: 'v41d34',
    class: 'topic_switch',
    probes: 'a pensioner\'s training question, then the son\'s web shop and 创业培训',
    periodEnd: true,
    turns: [
      { user: '我退休好几年了 有退休金 学个电脑还能给补贴不', expect: noTraining },
      { user: '那我儿子想开个网店创业 能参加创业培训不', expect: { ...noFigure(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v41d35',
    class: 'topic_switch',
    probes: 'a principal: competition training award, then an outside question about the weather',
    turns: [
      { user: '校长这边问下 学校组织学生备战全省职业技能大赛 专门搞集训 有奖补吗', expect: noFigure(['三(十五)']) },
      { user: '顺便问下 你这能查明天郑州下不下雨不', expect: decline },
    ],
  },
  {
    id: 'v41d36',
    class: 'topic_switch',
    probes: 'from the education-fund deduction to hiring poor labour: the deduction figure does not leak',
    periodEnd: true,
    turns: [
      { user: '我们公司工资总额一年300万 职工教育经费提了30万 税前能扣多少', expect: deduct(240000) },
      { user: '还有个事 公司想招几个贫困户做直播助理 有没有啥扶持', expect: { cites: ['六(一)'], noAmount: 'open', mustNotContain: ['240000'] } },
    ],
  },
  {
    id: 'v41d37',
    class: 'topic_switch',
    probes: 'a teacher: a student\'s competition prize, then the 1+X certificate pilot',
    turns: [
      { user: '俺们班学生在省职业技能大赛拿了个二等奖 学生和指导老师有奖励吗', expect: noFigure(['五(三)']) },
      { user: '换个话题 1+X证书那个试点 职业学校能搞不', expect: { cites: ['四(二)'], noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v41d38',
    class: 'person_training',
    probes: 'a pensioner asks about a pastry course: refused, no figure',
    periodEnd: true,
    turns: [
      { user: '俺退休三年了 退休金每月两千多 想学个中式面点 政府给补贴不', expect: { ...noTraining, mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v41d39',
    class: 'person_training',
    probes: 'double negative 退休金也不是说没有 means a pension: refused',
    periodEnd: true,
    turns: [
      { user: '我62了 从纺织厂退的 退休金也不是说没有 就是少 想学电商直播 培训费能补吗', expect: { ...noTraining, mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v41d40',
    class: 'person_training',
    probes: 'every condition met for a near-retiree, with a 1500 元 the plan does not contain',
    periodEnd: true,
    turns: [
      {
        user: '我56 还没到退休年龄 没领养老金也没那个资格 户口就在郑州 在郑州一家录进河南省培训信息系统的学校学了初级电工 证拿到了 今年头一回 以前没学过电工 听说每人补1500是吗',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v41d41',
    class: 'person_training',
    probes: 'a fourth subsidised training this year is refused (不超过3次)',
    periodEnd: true,
    turns: [
      { user: '今年已经领过三回培训补贴了 这回又学了个茶艺师 证也考下来了 还能补不', expect: { ...noTraining, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v41d42',
    class: 'person_training',
    probes: 'the same occupation and level again is refused',
    periodEnd: true,
    turns: [
      { user: '前年考了中级育婴员领过补贴 今年又去考了一回中级育婴员 这次还给补吗', expect: { ...noTraining, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v41d43',
    class: 'person_training',
    probes: 'a near-retiree living in Zhengzhou with a household register elsewhere; no pension yet: not refused',
    periodEnd: true,
    turns: [
      { user: '我快退休了 户口周口的 人在郑州住了十几年 想学养老护理 有补贴吗', expect: askTraining },
      { user: '养老金还没开始领 还差两年才够年龄', expect: askTraining },
    ],
  },
  {
    id: 'v41d44',
    class: 'person_training',
    probes: 'chit-chat wrapped round a pensioner\'s question about a massage course',
    periodEnd: true,
    turns: [
      { user: '妹子好 吃了没 俺是铁路上退下来的 每月有退休金 问问学个保健按摩有补贴不 谢谢啦', expect: noTraining },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v41d45',
    class: 'entrepreneurship',
    probes: 'a web-shop company open two years: 创业培训 within five years',
    periodEnd: true,
    turns: [
      { user: '我开网店两年了 注册了个小微企业 现在能参加创业培训吗', expect: { ...noFigure(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v41d46',
    class: 'entrepreneurship',
    probes: 'a shop open seven years, no wish to start anew said: not declared eligible',
    periodEnd: true,
    turns: [
      { user: '淘宝店开了7年了 算老店了 还能参加那个创业培训不', expect: { ...noFigure(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v41d47',
    class: 'entrepreneurship',
    probes: 'a 技工学校 student may join; then a 1000 元 the plan does not contain',
    periodEnd: true,
    turns: [
      { user: '我是技工学校电商专业的学生 明年毕业 学校有创业培训 我能参加不', expect: { ...noFigure(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      { user: '培训完给多少钱补贴 是不是每人1000', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v41d48',
    class: 'entrepreneurship',
    probes: 'a pensioner who wants to start a live-streaming business: the pension does not block 创业培训',
    periodEnd: true,
    turns: [
      { user: '退休了 有退休金 想跟老伙计合伙开个直播间卖土特产 能参加创业培训吗', expect: { ...noFigure(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v41d49',
    class: 'equipment',
    probes: 'a master studio capped at 10万',
    periodEnd: true,
    turns: [
      { user: '公司有个技能大师工作室 新置办设备八十万 钱是从职工教育经费里出的 人社财政也验收合格了 一次性补助多少', expect: { ...kit(100000), mustNotContain: ['160000', /16万/] } },
    ],
  },
  {
    id: 'v41d50',
    class: 'equipment',
    probes: 'equipment paid from the company\'s own money, not the education fund: no subsidy',
    periodEnd: true,
    turns: [
      {
        user: '我们电商产业园的公司建了个高技能人才培训基地 买设备花了150万 是公司自己掏的钱 没走职工教育经费 验收也过了 能补吗',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['300000', /30万/] },
      },
    ],
  },
  {
    id: 'v41d51',
    class: 'equipment',
    probes: 'a base and a studio each with its own cap',
    periodEnd: true,
    turns: [
      {
        user: '公司两个点 一个高技能人才培训基地新买设备100万 一个技能大师工作室新买设备20万 都是职工教育经费买的 都验收合格了 一共补多少',
        expect: kit(240000),
      },
    ],
  },
  {
    id: 'v41d52',
    class: 'equipment',
    probes: 'acceptance still to come: no subsidy yet',
    periodEnd: true,
    turns: [
      { user: '工作室的设备买回来了 30万 走的职工教育经费 验收还没弄 下个月人社才来 现在能先申请补助不', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' } } },
    ],
  },
  {
    id: 'v41d53',
    class: 'equipment',
    probes: 'the cap asked in general, then a studio\'s figures given',
    periodEnd: true,
    turns: [
      { user: '公司打算弄个技能大师工作室 买设备的话最多给补多少', expect: { cites: ['四(一)'], noAmount: 'open' } },
      { user: '买了45万的设备 用职工教育经费买的 人社财政验收过了', expect: kit(90000) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v41d54',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: deduction capped',
    turns: [{ user: '职工教育经费提了50万 工资薪金总额500万 税前扣除能扣多少', expect: deduct(400000) }],
  },
  {
    id: 'v41d55',
    class: 'education_fund',
    probes: 'only half of the fund on front-line workers: the 60 % rule noted',
    turns: [
      {
        user: '网店公司 工资总额两百万 教育经费提了十万 一线职工培训大概花了一半 其余是管理层培训 税前能扣多少 有啥问题没',
        expect: { ...deduct(100000), says: [/税前/, /60\s*%|百分之六十|六成/] },
      },
    ],
  },
  {
    id: 'v41d56',
    class: 'education_fund',
    probes: 'the education fund for 师带徒 allowances',
    turns: [{ user: '职工教育经费 能不能拿来给老师傅带徒弟发点津贴', expect: noFigure(['六(二)']) }],
  },
  {
    id: 'v41d57',
    class: 'education_fund',
    probes: 'Chinese numerals for payroll and fund; then "is it paid into our account"',
    turns: [
      { user: '电商公司 一年工资发了一百二十万 教育经费提了十二万 税前最多扣多少', expect: deduct(96000) },
      { user: '那这笔钱是直接打到公司账上吗', expect: { says: [/税前|扣除/], cites: ['六(二)'] } },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v41d58',
    class: 'apprenticeship',
    probes: 'apprentices counted, but the plan fixes no amount',
    turns: [{ user: '我们公司带了8个企业新型学徒 每个学徒补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v41d59',
    class: 'apprenticeship',
    probes: 'a figure the plan does not contain (4000 元 a year) and a count of five apprentices',
    turns: [{ user: '听说企业新型学徒每人每年补4000是吗 我们店招了5个学徒', expect: { ...noFigure(['四(一)']), mustNotContain: ['20000', /2万/] } }],
  },
  {
    id: 'v41d60',
    class: 'apprenticeship',
    probes: 'a teacher on 现代学徒制 with an e-commerce firm, then the firm\'s per-head figure',
    turns: [
      { user: '学校跟几家电商企业搞现代学徒制 这个方案里有说法没', expect: noFigure(['四(一)']) },
      { user: '那企业那边按人头能给多少', expect: { noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v41d61',
    class: 'period',
    probes: 'asked today whether 以工代训 can still be claimed: the plan ended',
    periodEnd: true,
    turns: [{ user: '现在这会儿 招贫困户还能申请以工代训补贴不', expect: { cites: ['六(一)'], mentionsPeriodEnd: true } }],
  },
  {
    id: 'v41d62',
    class: 'period',
    probes: '[dated] a 2020 question answered for 2020, with the plan\'s end said',
    periodEnd: true,
    turns: [
      {
        user: '2020年那会儿 我们直播公司 交着社保 招了2个残疾人 以工代训6个月 岗前没领 当时按规定能领多少',
        expect: ojtEnd(2400),
      },
    ],
  },
  {
    id: 'v41d63',
    class: 'period',
    probes: 'how long the plan runs',
    periodEnd: true,
    turns: [{ user: '那个职业技能提升行动的方案 到哪年截止啊 过期了没', expect: { mentionsPeriodEnd: true } }],
  },
  {
    id: 'v41d64',
    class: 'period',
    probes: 'a bare greeting first, then a late claim for poor labour hired in 2021',
    periodEnd: true,
    turns: [
      { user: '在吗亲 问个事儿', expect: { noAmount: 'unfixed' } },
      { user: '我们直播公司21年招的贫困户 现在还能补申请以工代训吗', expect: { cites: ['六(一)'], mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v41d65',
    class: 'period',
    probes: 'a near-retiree asks the daily 生活费补贴: the plan sets no amount, and it has ended',
    periodEnd: true,
    turns: [
      { user: '快退休的人 现在去培训 期间有生活费补贴吗 一天给多少', expect: { ...unsettled, mentionsPeriodEnd: true } },
    ],
  },
];
