/**
 * HELD-OUT dialogues, set v44 — written blind from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, the dev sets or another held-out set's messages. Only the format of v15
 * (its header and first lines) was looked at. Not to be tuned on: no word of these messages goes
 * into a glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it
 * measures nothing any more; write a new one instead.
 *
 * Who types here: owners of a small private kindergarten (民办幼儿园), a beauty salon (美容院) and
 * a car wash (洗车店) who are not sure whether they count as 企业; workers in their 40s and 50s
 * asking about certificates and a second training in the same year; people who paste a long
 * message of 5–8 facts as a list ("1.… 2.…", "①…②…") with one question at the end; numbers in
 * mixed forms (1w5, 一万五, 15k, 十五万, 0.8万, 28w). Also: a question answered with a
 * counter-question ("这个还要问？", "你说呢"), a fact retracted without the new value ("刚才那个月数
 * 不对 我再问问"), and people who switch between themselves and their employer.
 *
 * Issue 10: nothing is inferred from silence; 不知道 / 你说呢 without content leaves a fact open.
 * An amount is expected only once every fact it depends on was said (kind of unit, insurance where
 * the rule needs it, months employed for poor labour, months of 以工代训, 岗前培训补贴 claimed or
 * not; for equipment the fund and the acceptance; for the fund the payroll).
 *
 * Amounts, computed by hand from the contract:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months; 就业困难 (incl. 残疾人) / 零就业家庭 only with an insured enterprise;
 *   退役军人 and ordinary migrant workers are no group; 岗前培训补贴 claimed → that row counts nothing.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio).
 * - Education fund (六(二)): pre-tax deduction min(fund, 8 % × payroll), never cash.
 * - Apprenticeship, training subsidy, entrepreneurship, 生活费补贴: no figure.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

const OJT = 'on_job_training' as const;

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT = (...wrong: number[]): TurnExpect => ({
  noAmount: 'open',
  asks: true,
  notVerdict: { rule: OJT, status: 'ineligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** A 以工代训 fact stays open (不知道, retracted): no figure, no verdict. */
const openOJT = (...wrong: number[]): TurnExpect => ({
  noAmount: 'open',
  undecided: OJT,
  notVerdict: { rule: OJT, status: 'ineligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** The 以工代训 amount, without the misreadings' figures. */
const pay = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: OJT, yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** The 以工代训 amount in a one-message conversation: the plan's end said too. */
const payEnd = (yuan: number, ...wrong: number[]): TurnExpect => ({ ...pay(yuan, ...wrong), mentionsPeriodEnd: true });
/** 以工代训 excluded on these facts. */
const noPay = (...wrong: number[]): TurnExpect => ({
  status: { rule: OJT, status: 'ineligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** Not eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: OJT, status: 'eligible' }, mustNotContain: [String(wrong)] });

/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: (string | RegExp)[]): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});
/** An equipment fact is missing. */
const askKit = (...wrong: (string | RegExp)[]): TurnExpect => ({
  noAmount: 'open',
  asks: true,
  notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' },
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});
/** An equipment fact stays open. */
const openKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };

/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...wrong.map(String)],
});
/** An education-fund fact is missing: no figure, no verdict. */
const openFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };

/** Person training: a verdict, never a figure. */
const course = (status: 'eligible' | 'ineligible' | 'needs_info'): TurnExpect => ({
  status: { rule: 'vocational_training', status },
  noAmount: 'unfixed',
});
/** Person training: a fact is open, so no 不符合. */
const courseOpen: TurnExpect = { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' };
/** Person training: a fact is open, ask it. */
const courseAsk: TurnExpect = { ...courseOpen, asks: true };

/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };

export const DIALOGUES_V44: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v44d01',
    class: 'one_group',
    probes: 'car-wash owner unsure he is an enterprise; poor labour with employment and 以工代训 months apart; 岗前 asked last',
    periodEnd: true,
    turns: [
      { user: '我开了个洗车店 雇了两个建档立卡的贫困户 这以工代训能给钱不 俺这小店算企业吗', expect: askOJT() },
      { user: '营业执照上写的 xx汽车服务有限公司 俩人来了九个月了 边干边带着学 以工代训带了四个月', expect: askOJT(1600, 2400) },
      { user: '岗前培训那个补帖？压根没听说过 更没领过', expect: pay(1600, 2400, 3600) },
    ],
  },
  {
    id: 'v44d02',
    class: 'one_group',
    probes: 'numbered list of six facts, one question at the end; difficulty hires of an insured enterprise',
    periodEnd: true,
    turns: [
      {
        user: '情况说一下：1.我们是家政公司 有限责任的 2.社保一直在交 3.去年招了3个就业困难人员 4.三个人都做了以工代训 五个月 5.岗前培训补贴没申请过 6.人现在还在 问：能补多少',
        expect: payEnd(3000, 3600),
      },
    ],
  },
  {
    id: 'v44d03',
    class: 'one_group',
    probes: 'beauty salon; "这个还要问？" that does carry a yes (社保 all paid); 7 months of 以工代训 capped at 6',
    periodEnd: true,
    turns: [
      { user: '美容院 招了个零就业家庭的姑娘 当学徒一样带着 以工代训能申请不', expect: askOJT() },
      { user: '我们是注册的美容美发有限公司 社保？这个还要问？员工社保都交着呢', expect: askOJT() },
      { user: '以工代训搞了七个月 岗前补贴没领', expect: pay(1200, 1400) },
    ],
  },
  {
    id: 'v44d04',
    class: 'one_group',
    probes: 'private kindergarten unsure whether it is an enterprise: the unit kind decides the difficulty group, so ask',
    periodEnd: true,
    turns: [
      {
        user: '我办的民办幼儿园 不知道算不算企业 招了2个就业困难的保育员 社保交了 以工代训干了3个月 岗前补贴没拿 能给多少？',
        expect: askOJT(1200),
      },
    ],
  },
  {
    id: 'v44d05',
    class: 'one_group',
    probes: 'kindergarten registered as a company; a disabled kitchen helper counts as 就业困难',
    periodEnd: true,
    turns: [
      {
        user: '幼儿园这边问一下 以工代训 俺们园能申请吗 园是营利性的 登记的是公司',
        expect: { noAmount: 'open', oneOf: [{ asks: true }, { cites: ['六(一)'] }] },
      },
      { user: '招了个残疾人做厨房帮工 园里社保一直交着 以工代训两个月 岗前没领过补贴', expect: pay(400, 1200) },
    ],
  },
  {
    id: 'v44d06',
    class: 'one_group',
    probes: 'poverty workshop, eleven poor workers, months in words',
    periodEnd: true,
    turns: [
      {
        user: '我们扶贫车间 吸纳了贫困户 十一个 都干了八个月 以工代训六个月 岗前补贴没有领',
        expect: payEnd(13200, 17600),
      },
    ],
  },
  {
    id: 'v44d07',
    class: 'one_group',
    probes: 'bare "你说呢" leaves insurance open; then 个体户 with no social insurance excludes difficulty hires',
    periodEnd: true,
    turns: [
      { user: '洗车行老板 招了4个就业困难人员 想问下以工带训的事', expect: askOJT() },
      { user: '你说呢 俺们正经开店的', expect: { noAmount: 'open', asks: true, notVerdict: { rule: OJT, status: 'eligible' } } },
      { user: '行吧 说清楚点：个体户执照 没注册公司 社保也没给他们交', expect: noPay(4800) },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v44d08',
    class: 'several_groups',
    probes: 'circled-number list, three groups each with its own months; merging them would give 7200',
    periodEnd: true,
    turns: [
      {
        user: '①我们是物流公司 正经企业 ②社保全员都交 ③招了贫困劳动力2人 都干了10个月 以工代训做了6个月 ④就业困难人员3人 以工代训4个月 ⑤零就业家庭的1个 以工代训2个月 ⑥这些人岗前培训补贴一分没领 ⑦人都还在岗 一共能拿多少',
        expect: payEnd(5200, 7200),
      },
    ],
  },
  {
    id: 'v44d09',
    class: 'several_groups',
    probes: 'beauty salon; months come per group in a later turn, 岗前 last; groups keep their own months',
    periodEnd: true,
    turns: [
      { user: '美容院 有限公司 社保交着 去年进来两个就业困难的 一个零就业家庭的 以工代训都搞了', expect: askOJT() },
      { user: '就业困难那俩 带了5个月 零就业那个 带了3个月', expect: askOJT(2600) },
      { user: '岗前补贴 他们仨都没领', expect: pay(2600, 3000, 1800) },
    ],
  },
  {
    id: 'v44d10',
    class: 'several_groups',
    probes: 'veterans are no 以工代训 group; only the difficulty hires count',
    periodEnd: true,
    turns: [
      {
        user: '公司参保的 招了退伍军人3个 就业困难人员2个 都以工代训了4个月 岗前补贴都没领过 一共给多少',
        expect: payEnd(1600, 4000),
      },
    ],
  },
  {
    id: 'v44d11',
    class: 'several_groups',
    probes: 'cooperative: of five poor workers only the two employed ≥ 6 months count',
    periodEnd: true,
    turns: [
      {
        user: '俺们是农民专业合作社 贫困户来了五个 其中俩干了七个月 仨才干了四个月 以工代训都是三个月 岗前补贴都没领 能补多少',
        expect: payEnd(1200, 3000),
      },
    ],
  },
  {
    id: 'v44d12',
    class: 'several_groups',
    probes: 'kindergarten run as a company; 零就业 6 months and poor labour 5 months kept apart',
    periodEnd: true,
    turns: [
      { user: '我们幼儿园是公司性质的 社保都交 招了1个零就业家庭的 还有2个贫困户', expect: askOJT() },
      { user: '零就业那个以工代训6个月 贫困户俩 来了8个月 以工代训5个月 岗前补贴都没领', expect: pay(3200, 3600, 3000) },
    ],
  },
  {
    id: 'v44d13',
    class: 'several_groups',
    probes: 'list: the poor-labour row had the 岗前 subsidy claimed, so only the difficulty row counts',
    periodEnd: true,
    turns: [
      {
        user: '①汽修公司 参保 ②就业困难人员4个 以工代训6个月 岗前技能培训补贴没领 ③另外贫困劳动力2个 干了一年 以工代训6个月 但这俩的岗前培训补贴已经领过了 ④问能拿多少',
        expect: payEnd(4800, 7200),
      },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v44d14',
    class: 'negation_after_noun',
    probes: '岗前 subsidy negated with spaced-out words far after the noun',
    periodEnd: true,
    turns: [
      {
        user: '岗前培训补贴 我们公司那几个人 从来 没 领 过 ，参保企业，就业困难人员3个以工代训4个月',
        expect: payEnd(2400),
      },
    ],
  },
  {
    id: 'v44d15',
    class: 'negation_after_noun',
    probes: '社保 … 都没 给员工交 — insurance negated after the noun: difficulty hires excluded',
    periodEnd: true,
    turns: [
      {
        user: '社保这块 说实话 我们洗车店 一直 都没 给员工交 招了两个就业困难的 以工代训三个月 能领吗',
        expect: noPay(1200),
      },
    ],
  },
  {
    id: 'v44d16',
    class: 'negation_after_noun',
    probes: '岗前 asked, then answered with the negation at the end of a long clause',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困户6个 干了9个月了 以工代训6个月', expect: askOJT(7200) },
      { user: '岗前补贴这个事儿 村里问过 我们没办 没领', expect: pay(7200) },
    ],
  },
  {
    id: 'v44d17',
    class: 'negation_after_noun',
    probes: '贫困户身份 … 其实都不是: no poor-labour hires, so no figure',
    periodEnd: true,
    turns: [
      {
        user: '贫困户身份 我们招的那俩 其实都不是 就是普通农民工 以工代训干了五个月 能补吗',
        expect: notYes(2000),
      },
    ],
  },
  {
    id: 'v44d18',
    class: 'negation_after_noun',
    probes: 'worker of 52: 养老金 … 一个月都没领过 means no pension; other facts open',
    periodEnd: true,
    turns: [
      { user: '养老金 我还没到领的时候 一个月都没领过 今年52 想去学个中式面点 能补贴吗', expect: courseAsk },
    ],
  },
  {
    id: 'v44d19',
    class: 'negation_after_noun',
    probes: '证书 考完了 … 没拿到手: no certificate yet, so the training subsidy is not yet eligible',
    periodEnd: true,
    turns: [
      {
        user: '证书 考完了 还没下来 没拿到手 美容师那个培训 在郑州学的 补贴现在能申请不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v44d20',
    class: 'unknown_reply',
    probes: 'car wash (a company) does not know whether insurance is paid: stays open',
    periodEnd: true,
    turns: [
      { user: '洗车店 注册的是有限公司 招了三个就业困难人员 以工代训4个月 岗前补贴没领', expect: askOJT(2400) },
      { user: '社保交没交 这个得问我对象 她管账 我真不知道', expect: openOJT(2400) },
    ],
  },
  {
    id: 'v44d21',
    class: 'unknown_reply',
    probes: 'poor labour: months employed not remembered, so ≥ 6 months stays open',
    periodEnd: true,
    turns: [
      { user: '招了2个贫困户 公司的 以工代训5个月 岗前补贴没领过', expect: askOJT(2000) },
      { user: '他俩啥时候来的 记不清了 说不上', expect: openOJT(2000) },
    ],
  },
  {
    id: 'v44d22',
    class: 'unknown_reply',
    probes: 'worker of 48: whether the institution is in the system is unknown; no verdict',
    periodEnd: true,
    turns: [
      { user: '我48了 在郑州打工 户口在周口 学了个电工 证也拿了 想申请补贴', expect: courseAsk },
      { user: '那机构进没进系统 我哪知道 没问过', expect: { undecided: 'vocational_training', noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v44d23',
    class: 'unknown_reply',
    probes: 'studio equipment: fund source and acceptance both unknown',
    periodEnd: true,
    turns: [
      { user: '公司建了个技能大师工作室 新买设备花了四十万 能补多少', expect: askKit('80000', /8万/) },
      { user: '钱从哪个账上出的 这我不清楚 验收的事也不知道', expect: { ...openKit, mustNotContain: ['80000', /8万/] } },
    ],
  },
  {
    id: 'v44d24',
    class: 'unknown_reply',
    probes: 'education fund: payroll answered with "你说呢 我哪记得" stays open',
    turns: [
      { user: '职工教育经费 今年提了十二万 能税前扣多少', expect: { ...openFund, asks: true } },
      { user: '工资总额 财务没给我 你说呢 我哪记得', expect: openFund },
    ],
  },
  {
    id: 'v44d25',
    class: 'unknown_reply',
    probes: '"这个还要问？我要知道还来问你" — a counter-question that means 不知道 for 岗前',
    periodEnd: true,
    turns: [
      { user: '公司 参保 零就业家庭成员 2个 以工代训3个月', expect: askOJT(1200) },
      { user: '岗前补贴？这个还要问？我要知道还来问你', expect: openOJT(1200) },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v44d26',
    class: 'correction',
    probes: 'months retracted without a new value ("月数不对 我再问问"): the amount is no longer settled',
    periodEnd: true,
    turns: [
      { user: '物流公司 参保 就业困难人员3人 以工代训5个月 岗前补贴没领 能拿多少', expect: pay(3000) },
      { user: '等下 刚才那个月数不对 我再问问人事', expect: openOJT(3000) },
    ],
  },
  {
    id: 'v44d27',
    class: 'correction',
    probes: 'head count corrected from 4 to 3',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困户4个 干了7个月 以工代训4个月 岗前补贴没领', expect: pay(3200) },
      { user: '说错了 不是4个人 是3个', expect: pay(2400, 3200) },
    ],
  },
  {
    id: 'v44d28',
    class: 'correction',
    probes: 'list answer, then insurance withdrawn: difficulty hires no longer count',
    periodEnd: true,
    turns: [
      { user: '①公司参保②就业困难人员2个③以工代训6个月④岗前补贴没领', expect: pay(2400) },
      { user: '哎不对 社保那个我搞错了 公司没给交', expect: noPay() },
    ],
  },
  {
    id: 'v44d29',
    class: 'correction',
    probes: 'studio equipment value retracted without a new figure: no amount any more',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 设备六十万 职工教育经费买的 验收过了', expect: kit(100000, '120000', /12万/) },
      { user: '不对不对 设备钱我记错了 回头查清楚再说', expect: openKit },
    ],
  },
  {
    id: 'v44d30',
    class: 'correction',
    probes: 'worker corrects trainings this year from 2 to 3: the yearly limit is reached',
    periodEnd: true,
    turns: [
      {
        user: '我今年已经领过两回培训补贴了 这次学叉车 在郑州上班就在郑州学的 证拿了 没退休 也没养老金 机构在系统里 以前没学过叉车',
        expect: course('eligible'),
      },
      { user: '哦 我记错了 今年已经领了三回了', expect: course('ineligible') },
    ],
  },
  {
    id: 'v44d31',
    class: 'correction',
    probes: '"说反了": 岗前 subsidy first said claimed, then not claimed',
    periodEnd: true,
    turns: [
      { user: '公司 参保 招了就业困难人员2个 以工代训4个月 岗前补贴领过了', expect: noPay(1600) },
      { user: '说反了 岗前补贴我们没领 这俩人也没人给领过', expect: pay(1600) },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v44d32',
    class: 'topic_switch',
    probes: 'employer amount, then the owner asks for himself about entrepreneurship training',
    periodEnd: true,
    turns: [
      { user: '公司参保 就业困难人员1个 以工代训6个月 岗前补贴没领', expect: pay(1200) },
      {
        user: '另外问个事 我自己 开店两年了 还能参加创业培训不',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, mustNotContain: ['1200'] },
      },
    ],
  },
  {
    id: 'v44d33',
    class: 'topic_switch',
    probes: 'car-wash worker asks for himself, then relays his boss\'s 以工代训 question',
    periodEnd: true,
    turns: [
      { user: '我在洗车店上班 46岁 想考个汽修的证 有补贴吗', expect: courseAsk },
      { user: '对了 我们老板说他招了贫困户 让我顺便问 他那个以工代训 能领多少', expect: askOJT() },
    ],
  },
  {
    id: 'v44d34',
    class: 'topic_switch',
    probes: 'studio equipment question, then an unrelated programme (戒毒人员) must not reuse 四(一)',
    periodEnd: true,
    turns: [
      { user: '美容院老板 技能大师工作室能申请设备补贴吗 我们店有个老师傅手艺特别好', expect: { noAmount: 'open', cites: ['四(一)'] } },
      { user: '换个问题 戒毒所里的人 方案管培训不', expect: { cites: ['三(十三)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v44d36',
    class: 'topic_switch',
    probes: '托幼 question, then the kindergarten teacher\'s own family: poor family with a child at 技校',
    periodEnd: true,
    turns: [
      { user: '幼儿园老师 托幼培训 方案里有没有', expect: { cites: ['三(四)', '五(一)'], noAmount: 'unfixed' } },
      {
        user: '跟这没关系 我另外问 我儿子在技校上学 家里是建档立卡贫困户 有啥补助',
        expect: {
          cites: ['三(三)', '三(十四)'],
          noAmount: 'unfixed',
          notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' },
          mustNotContain: [/不是贫困家庭/],
        },
      },
    ],
  },
  {
    id: 'v44d65',
    class: 'topic_switch',
    probes: 'salon owner: herself, then the shop, then herself again (no certificate yet)',
    periodEnd: true,
    turns: [
      { user: '我是美容院老板 先问我自己 今年44 想考个高级美容师 在郑州学的', expect: courseAsk },
      { user: '不说我了 说店里 店是公司 参保 招的就业困难人员2个 以工代训3个月 岗前补贴没领', expect: pay(1200) },
      {
        user: '再回到我自己 我那个证还没考呢',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', mustNotContain: ['1200'] },
      },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v44d37',
    class: 'person_training',
    probes: 'list from a worker of 53: second training this year, other occupation, new certificate not yet obtained',
    periodEnd: true,
    turns: [
      {
        user: '说下我情况 1.今年53 2.户口外地 在郑州住了好几年 也在这干活 3.上半年学了育婴员 拿了证 领过一次补贴 4.现在又想学养老护理员 5.没退休 没养老金 6.培训学校说是系统里的 问：同一年第二次培训还给补吗',
        expect: { ...courseOpen, cites: ['七(二)'], mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v44d38',
    class: 'person_training',
    probes: 'worker of 47: same occupation and level again is excluded; a higher level is not',
    periodEnd: true,
    turns: [
      { user: '俺今年四十七 去年学的焊工初级 补贴领了 今年想再学一遍焊工初级 中不中', expect: { ...course('ineligible'), cites: ['七(二)'] } },
      { user: '那我学焊工中级呢', expect: courseOpen },
    ],
  },
  {
    id: 'v44d39',
    class: 'person_training',
    probes: 'retired worker drawing a monthly pension is outside the training subsidy',
    periodEnd: true,
    turns: [
      { user: '我55了 已经退休了 每月领退休金 还能参加补贴培训吗 想学个电工', expect: { ...course('ineligible'), cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v44d40',
    class: 'person_training',
    probes: 'facts come in three turns; eligible only once the system question is answered',
    periodEnd: true,
    turns: [
      { user: '在郑州上班 户口开封 就在郑州学的叉车 证拿到手了', expect: courseAsk },
      { user: '今年头一回 以前没学过这个 也不领养老金', expect: courseAsk },
      { user: '培训学校说了 都录进系统里了', expect: course('eligible') },
    ],
  },
  {
    id: 'v44d41',
    class: 'person_training',
    probes: 'two different occupations in one year, both certified: the three-per-year rule',
    periodEnd: true,
    turns: [
      { user: '学了两个不同的工种 同一年 证都拿了 都能补吗 还是只能补一个', expect: { ...noFigure(['七(二)']), mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v44d42',
    class: 'person_training',
    probes: 'laid-off worker in his 40s asks for free training; then says he is 建档立卡',
    periodEnd: true,
    turns: [
      { user: '四十多岁下岗了 想学个技术 有没有免费的', expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { cites: ['三(二)', '三(三)', '七(二)'] }] } },
      { user: '俺是建档立卡的贫困户', expect: { status: { rule: 'free_training_poor', status: 'eligible' }, cites: ['三(三)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v44d43',
    class: 'person_training',
    probes: 'worker of 51 answers the pension question with "你说呢" plus content: no pension',
    periodEnd: true,
    turns: [
      { user: '我51 在美容院干 想学美容师 证考下来了 补贴找谁', expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { says: [/人社|12333/] }] } },
      { user: '我这岁数哪来的退休金 你说呢 还得干十来年呢', expect: courseOpen },
    ],
  },
  {
    id: 'v44d44',
    class: 'person_training',
    probes: 'construction worker of 50 asks whether his trade has a programme',
    turns: [
      { user: '俺在工地上干 五十了 建筑行业有专门的技能提升没 学完给证不', expect: { cites: ['三(五)'], noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v44d45',
    class: 'entrepreneurship',
    probes: 'car wash open three years counts as a small business open ≤ 5 years',
    periodEnd: true,
    turns: [
      {
        user: '开了个洗车店 三年了 算小微企业吧 想参加创业培训 我这情况能报吗',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed', mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v44d46',
    class: 'entrepreneurship',
    probes: 'salon open 7–8 years (over 5) is not enough alone; then a new venture plan gives the wish',
    periodEnd: true,
    turns: [
      { user: '美容院开了七八年了 还能参加创业培训吗', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '我是打算自己再单干个新项目 做美甲 有这个想法', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v44d47',
    class: 'entrepreneurship',
    probes: 'vocational-college student wants to start a business; cost question gets no figure',
    periodEnd: true,
    turns: [
      {
        user: '在职业学院读大三 想创业 有培训吗 要钱不',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v44d48',
    class: 'entrepreneurship',
    probes: '不想再折腾做生意 is no wish; then a vocational-school graduate route',
    periodEnd: true,
    turns: [
      { user: '以前开过幼儿园 关了 现在不想再折腾做生意了 创业培训对我有用不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '哦还有 我是职业院校毕业的 去年刚毕业', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v44d49',
    class: 'equipment',
    probes: 'base equipment 三百二十万: 20 % is 64万, capped at 50万',
    periodEnd: true,
    turns: [
      {
        user: '高技能人才培训基地 用职工教育经费 新买实训设备 三百二十万 人社财政验收合格了 补多少',
        expect: { ...kit(500000, '640000', /64万/), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v44d50',
    class: 'equipment',
    probes: 'studio equipment "28w" from the fund; acceptance asked, then given',
    periodEnd: true,
    turns: [
      { user: '我们汽修公司 建了技能大师工作室 新设备 28w 职工教育经费买的', expect: askKit('56000', /5\.6万/) },
      { user: '验收 人社和财政都来看过 合格', expect: kit(56000) },
    ],
  },
  {
    id: 'v44d51',
    class: 'equipment',
    probes: 'two studios, each its own cap: 10万 + 7万',
    periodEnd: true,
    turns: [
      {
        user: '两个技能大师工作室 一个设备60万 一个设备35万 都是职工教育经费买的 都验收过了 各补多少',
        expect: { ...kit(170000, '190000'), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v44d52',
    class: 'equipment',
    probes: 'equipment paid from the company\'s own money, not the education fund: excluded',
    periodEnd: true,
    turns: [
      {
        user: '设备是公司自己掏钱买的 没走职工教育经费 技能大师工作室 15万 验收了',
        expect: { status: { rule: 'equipment_subsidy', status: 'ineligible' }, mustNotContain: ['30000', /3万元/] },
      },
    ],
  },
  {
    id: 'v44d53',
    class: 'equipment',
    probes: 'salon training room of 1w5, neither base nor studio said, fund and acceptance unknown',
    periodEnd: true,
    turns: [
      { user: '美容学校 不对 我们是美容公司 搞了个培训室 设备花了1w5 能补吗', expect: askKit('3000') },
    ],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v44d35',
    class: 'education_fund',
    probes: 'fund 十五万 below 8 % of 两百万; then the front-line share',
    turns: [
      { user: '职工教育经费 工资总额两百万 提了十五万 能扣多少', expect: deduct(150000) },
      { user: '那一线职工得占多少', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
    ],
  },
  {
    id: 'v44d54',
    class: 'education_fund',
    probes: 'fund 十五万 above 8 % of 180万: capped at 144000',
    turns: [
      { user: '工资薪金总额一年 180万 职工教育经费 提了十五万 能税前扣多少', expect: deduct(144000) },
    ],
  },
  {
    id: 'v44d55',
    class: 'education_fund',
    probes: 'fund written "15k", payroll 两百五十万',
    turns: [
      { user: '工资总额 两百五十万 教育经费 15k 扣除限额咋算', expect: deduct(15000) },
    ],
  },
  {
    id: 'v44d56',
    class: 'education_fund',
    probes: 'fund "0.8万" with half to front-line workers; payroll given later',
    turns: [
      { user: '教育经费 提了0.8万 一线职工用了一半', expect: { ...openFund, asks: true } },
      { user: '工资总额一百二十万', expect: { ...deduct(8000), says: [/税前/, /60\s*%|百分之六十|六成/] } },
    ],
  },
  {
    id: 'v44d57',
    class: 'education_fund',
    probes: 'salon company, fund "一万五" against payroll 九十万',
    turns: [
      { user: '我们美容院是公司 全年工资一共九十万 教育经费一万五 能抵多少税', expect: deduct(15000) },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v44d58',
    class: 'apprenticeship',
    probes: 'car wash asks a per-apprentice figure the plan does not fix',
    periodEnd: true,
    turns: [{ user: '洗车店带了3个学徒 算企业新型学徒 一个人补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v44d59',
    class: 'apprenticeship',
    probes: 'kindergarten asks whether it can run 新型学徒制, then the yearly amount',
    periodEnd: true,
    turns: [
      { user: '幼儿园这边 新型学徒制 能不能搞', expect: { cites: ['四(一)'], noAmount: 'unfixed' } },
      { user: '那一个学徒一年给多少补贴 说个具体数', expect: unsettled },
    ],
  },
  {
    id: 'v44d60',
    class: 'apprenticeship',
    probes: 'list with no 以工代训: the apprenticeship question must not borrow 200 元/月',
    periodEnd: true,
    turns: [
      {
        user: '①公司参保②带了5个新型学徒③学徒都是刚招的④以工代训没搞⑤问学徒补贴的钱咋算',
        expect: { ...noFigure(['四(一)']), mustNotContain: ['6000', '1000'] },
      },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v44d61',
    class: 'period',
    probes: 'hires of 2020 asked about today: the plan has ended',
    periodEnd: true,
    turns: [{ user: '2020年的时候 我们公司招了就业困难人员 以工代训 现在还能补申请吗', expect: { mentionsPeriodEnd: true, noAmount: 'open' } }],
  },
  {
    id: 'v44d62',
    class: 'period',
    probes: 'hires of 2023 fall after the plan\'s end',
    periodEnd: true,
    turns: [{ user: '这个方案现在还管用不 2023年招的贫困户还能领以工代训补贴吗', expect: { mentionsPeriodEnd: true, noAmount: 'open' } }],
  },
  {
    id: 'v44d63',
    class: 'period',
    probes: 'dated question (March 2021) computed for that date, then "现在还来得及不"',
    periodEnd: true,
    turns: [
      { user: '2021年3月份的时候 扶贫车间 招了贫困户2个 干了8个月 以工代训6个月 岗前补贴没领 当时能拿多少', expect: pay(2400, 3200) },
      { user: '那现在再去申请还来得及不', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v44d64',
    class: 'period',
    probes: 'bare question about the plan\'s end year',
    periodEnd: true,
    turns: [{ user: '技能提升行动方案 到哪年截止 俺们美容院还赶得上不', expect: { mentionsPeriodEnd: true, noAmount: 'open' } }],
  },
];
