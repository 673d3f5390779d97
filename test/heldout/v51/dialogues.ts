/**
 * HELD-OUT dialogues, set v51 — written blind from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, or other sets (only the format of v15's first lines was looked at). Not to
 * be tuned on: no word of these messages goes into a glossary, pattern or fixture.
 *
 * Who types here: people using WeChat voice input (speech-to-text), so there are homophone errors
 * (同音错字: 一工代训 / 以工带训, 设保, 岗钱, 见档立卡, 不贴, 验手 …), no punctuation and run-on
 * sentences: rural workers back home in 周口 / 商丘 / 驻马店 villages, women looking for work after
 * raising children, parents asking for their children (中职, 技工学校), people with disabilities and
 * ex-soldiers who say 当过兵 / 退伍 / 复员 rather than 退役军人. Enterprises appear only through a
 * family member asking for a relative's small company.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed or
 * not, insurance where the rule needs it, months employed for poor labour, fund source and
 * acceptance of equipment, payroll and fund drawn) must be asked; "不知道" leaves it open.
 *
 * Amounts, computed by hand from the contract and the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months; 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise;
 *   ex-soldiers are no 以工代训 group; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
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
/** 以工代训 not payable on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const over: TurnExpect = { mentionsPeriodEnd: true };
/** A person's training subsidy: no figure, not denied on open facts. */
const trainOpen: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } };
/** A person's training subsidy excluded on these facts. */
const trainNo = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites });

export const DIALOGUES_V51: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v51d01',
    class: 'one_group',
    probes: 'poor labour at a brother-in-law\'s factory; the 岗前 fact is missing, then given',
    periodEnd: true,
    turns: [
      { user: '俺弟在新郑开了个小加工厂 招了仨贫困户 都干了七个月了 一工代训搞了四个月 这个能不贴多少钱', expect: askOJT },
      { user: '岗钱培训那个补贴没领过', expect: pay(2400) },
    ],
  },
  {
    id: 'v51d02',
    class: 'one_group',
    probes: 'two disabled hires at an insured enterprise, 以工代训 8 months capped at 6',
    periodEnd: true,
    turns: [
      {
        user: '我闺女婿开的家具厂在郑州 一直交着设保哩 要了俩残疾人 以工代训干了八个月 岗前补贴没申请过 能给多少',
        expect: payNot(2400, 3200),
      },
    ],
  },
  {
    id: 'v51d03',
    class: 'one_group',
    probes: 'poor labour at a cooperative, facts given over three turns',
    periodEnd: true,
    turns: [
      { user: '俺哥在中牟弄了个合作社 种香菇的 收了五个见档立卡的 干了半年了', expect: askOJT },
      { user: '以工代训也是半年', expect: { oneOf: [askOJT, pay(6000)] } },
      { user: '岗前那个补贴都没有领', expect: pay(6000) },
    ],
  },
  {
    id: 'v51d04',
    class: 'one_group',
    probes: 'one zero-employment-family hire at an insured company',
    periodEnd: true,
    turns: [
      { user: '俺姐家在郑州开的小超市是注册的公司 交社保 招了一个零就业家庭的 以工代训仨月 岗前补贴没领 能补多少', expect: pay(600) },
    ],
  },
  {
    id: 'v51d05',
    class: 'one_group',
    probes: 'ex-soldier hires (当兵回来的) are no 以工代训 group: no amount',
    turns: [
      { user: '俺表弟在郑州开个装修小公司 交着社保 招了四个当兵回来的 一工代训三个月 岗前补贴没领 这能补多少', expect: notYes(2400) },
    ],
  },
  // ---------------------------------------------------------------- several_groups
  {
    id: 'v51d06',
    class: 'several_groups',
    probes: 'poor labour and a disabled hire with different months in one message',
    periodEnd: true,
    turns: [
      {
        user: '俺叔的建材厂交社保 招了俩贫困户干了七个月以工代训三个月 还有一个残疾人以工代训五个月 岗前补贴都没领 总共补多少',
        expect: payNot(2200, 3000),
      },
    ],
  },
  {
    id: 'v51d07',
    class: 'several_groups',
    probes: 'two groups named first, their months given after; each keeps its own months',
    periodEnd: true,
    turns: [
      { user: '我老公他弟弟开的物流公司 招了仨贫困劳动力 还有俩零就业家庭的 这个以工带训咋补', expect: askOJT },
      {
        user: '贫困户那仨干了十个月 以工代训四个月 零就业那俩以工代训两个月 公司交设保 岗前补贴都没领过',
        expect: { amount: { rule: 'on_job_training', yuan: 3200 }, mustNotContain: ['4000', '2000'] },
      },
    ],
  },
  {
    id: 'v51d08',
    class: 'several_groups',
    probes: 'a poor hire employed only 4 months does not count; the difficulty row does',
    periodEnd: true,
    turns: [
      {
        user: '俺妹夫的小饭店是公司 交社保 招了一个贫困户才干四个月 以工代训四个月 还有俩就业困难人员以工代训六个月 岗前补贴没领',
        expect: payNot(2400, 3200),
      },
    ],
  },
  {
    id: 'v51d09',
    class: 'several_groups',
    probes: 'disabled, ex-soldier and poor hires; the ex-soldier row earns nothing',
    periodEnd: true,
    turns: [
      { user: '我表哥开个服装厂 招了残疾人俩 退伍的一个 还有贫困户俩', expect: askOJT },
      { user: '都是以工代训四个月 贫困户在厂里干了八个月了 厂里社保交着', expect: askOJT },
      { user: '岗前补贴一个也没领', expect: payNot(3200, 4000) },
    ],
  },
  {
    id: 'v51d10',
    class: 'several_groups',
    probes: 'one row settled, the poor row open ("忘了"): ask, never guess the open row',
    periodEnd: true,
    turns: [
      {
        user: '俺姐夫的厂子交着社保 招了一个残疾人以工代训三个月 还有俩贫困户也以工代训三个月 贫困户来厂里多久了我忘了 岗前补贴都没领',
        expect: { asks: true, mustNotContain: ['1800'] },
      },
      { user: '贫困户那俩干了一年多了', expect: pay(1800) },
    ],
  },
  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v51d11',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴那个钱 俺问了 没领": the negation far after the noun',
    periodEnd: true,
    turns: [
      { user: '我弟那个小厂 岗前培训补贴那个钱 俺问了 没领 招了俩贫困户干了九个月 以工代训五个月 能补多少', expect: pay(2000) },
    ],
  },
  {
    id: 'v51d12',
    class: 'negation_after_noun',
    probes: '"社保这块 说是一直 没有交": uninsured, so difficulty hires do not count',
    turns: [
      {
        user: '俺嫂子开的保洁公司 招了仨就业困难的 一工代训四个月 岗前补贴没领 社保这块 说是一直 没有交 能补不',
        expect: { status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['2400'] },
      },
    ],
  },
  {
    id: 'v51d13',
    class: 'negation_after_noun',
    probes: '"社保 他们厂 交的有" is yes; "岗前那个补贴 … 压根就没领过" is no claim',
    periodEnd: true,
    turns: [
      { user: '我儿子他舅开的小厂子 招了俩残疾人以工代训六个月 社保 他们厂 交的有', expect: askOJT },
      { user: '岗前那个补贴 听他说 压根就没领过', expect: pay(2400) },
    ],
  },
  {
    id: 'v51d14',
    class: 'negation_after_noun',
    probes: '"养老金 俺可没有 月月领那种 没有": no pension, not read as receiving one',
    periodEnd: true,
    turns: [
      {
        user: '俺在驻马店老家种地五十一了 养老金 俺可没有 月月领那种 没有 现在想去郑州学电焊 能不贴不',
        expect: { ...trainOpen, mustNotContain: [/领(取)?(了)?.{0,3}养老金.{0,8}(不能|不符合|不可以)/] },
      },
    ],
  },
  {
    id: 'v51d15',
    class: 'negation_after_noun',
    probes: '"贫困户的证 俺家 不是没有 是有": a double negation means a poor family',
    turns: [
      {
        user: '我闺女在技工学校上学 俺家是建档立卡的 那个贫困户的证 俺家 不是没有 是有 家里能有啥补助',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' }, cites: ['三(三)', '三(十四)'] },
      },
    ],
  },
  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v51d16',
    class: 'unknown_reply',
    probes: '"不知道 / 不清楚" for months employed and the 岗前 claim leaves both open',
    turns: [
      { user: '俺表弟开的小厂 招了俩贫困户 以工代训仨月 能补不', expect: askOJT },
      { user: '干多长时间了不知道 岗前补贴领没领也不清楚', expect: dunnoOJT },
    ],
  },
  {
    id: 'v51d17',
    class: 'unknown_reply',
    probes: 'equipment fund source unknown: no figure, no verdict',
    turns: [
      { user: '俺哥那个小公司弄了个技能大师工作室 买设备花了四十万 验手过了', expect: askKit },
      { user: '钱从哪出的 我也不知道 是不是职工教育经费 说不清', expect: dunnoKit },
    ],
  },
  {
    id: 'v51d18',
    class: 'unknown_reply',
    probes: 'a parent who cannot say whether the family is 建档立卡: the family aid stays open',
    turns: [
      {
        user: '俺孩子在中专学汽修 家里困难 有啥补助不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } },
      },
      { user: '建档立卡那个 我也记不清了 村里登没登记不知道', expect: { noAmount: 'unfixed', undecided: 'poor_family_child_aid' } },
    ],
  },
  {
    id: 'v51d19',
    class: 'unknown_reply',
    probes: 'an ex-soldier who cannot remember this year\'s subsidies: no verdict',
    turns: [
      { user: '俺当过兵 复员回来好几年了 想在郑州学开挖掘机 学完拿了证能补钱不', expect: trainOpen },
      { user: '今年补过没补过 记不清了 养老金没有', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v51d20',
    class: 'unknown_reply',
    probes: 'insurance "不清楚" at the end of a difficulty-hire message: no amount',
    turns: [
      {
        user: '我侄子在管城开个快递点是公司 雇了俩就业困难的 一工代训五个月 岗前补贴没拿过 社保交没交我不清楚',
        expect: { ...dunnoOJT, mustNotContain: ['2000'] },
      },
    ],
  },
  // ---------------------------------------------------------------- correction
  {
    id: 'v51d21',
    class: 'correction',
    probes: '"说错了 不是俩是仨" replaces the count',
    periodEnd: true,
    turns: [
      { user: '俺侄女开的奶茶店是公司 交设保 招了俩残疾人 一工代训四个月 岗前补贴没领', expect: pay(1600) },
      { user: '说错了 不是俩是仨', expect: pay(2400) },
    ],
  },
  {
    id: 'v51d22',
    class: 'correction',
    probes: '"不对 以工代训是三个月" replaces the months',
    periodEnd: true,
    turns: [
      { user: '俺舅的合作社 收了贫困户四个 干了八个月 以工代训五个月 岗前没领', expect: pay(4000) },
      { user: '不对不对 以工代训是三个月 我记差了', expect: pay(2400) },
    ],
  },
  {
    id: 'v51d23',
    class: 'correction',
    probes: '"不对 社保没交" turns a payable row into none',
    periodEnd: true,
    turns: [
      { user: '我弟厂里交着社保 招了一个零就业家庭的 以工代训俩月 岗前补贴没领', expect: pay(400) },
      { user: '哎呀不对 社保没交 他说还没给交上', expect: { status: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v51d24',
    class: 'correction',
    probes: 'three subsidies this year, then corrected to two',
    turns: [
      { user: '我今年已经补过仨回了 在郑州学的 还想再学个面点 能补不', expect: trainNo(['七(二)']) },
      { user: '说错了 是俩回 不是仨回', expect: trainOpen },
    ],
  },
  {
    id: 'v51d25',
    class: 'correction',
    probes: 'equipment value corrected from 三百万 to 两百万; the cap no longer binds',
    turns: [
      { user: '俺表姐的公司建了个高技能人才培训基地 从职工教育经费里买设备花了三百万 验收合格了', expect: kit(500000) },
      { user: '说错了 是两百万', expect: kit(400000) },
    ],
  },
  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v51d26',
    class: 'topic_switch',
    probes: 'from a nephew\'s 以工代训 to an ex-soldier\'s own training: no leak',
    periodEnd: true,
    turns: [
      { user: '俺外甥的小厂交社保 招了一个残疾人 以工代训四个月 岗前补贴没领', expect: pay(800) },
      {
        user: '另外问一下 俺自己当过兵 退伍了 想学门手艺 有免费的没',
        expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)'], mustNotContain: ['800'] },
      },
    ],
  },
  {
    id: 'v51d27',
    class: 'topic_switch',
    probes: 'from a child\'s family aid to the mother\'s own training',
    turns: [
      {
        user: '俺闺女在计工学校 家里是建档立卡户 有啥补助',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' }, cites: ['三(三)', '三(十四)'] },
      },
      {
        user: '还有我自己 四十多了 孩子大了想出去找活 在郑州学个家政 有补贴没',
        expect: { ...trainOpen, cites: ['七(二)', '三(四)', '五(一)'] },
      },
    ],
  },
  {
    id: 'v51d28',
    class: 'topic_switch',
    probes: 'from own entrepreneurship to a father with a monthly pension',
    turns: [
      {
        user: '俺想回村开个养鸡场 有创页培训没',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] },
      },
      { user: '换个事 俺爹七十了 每月领着养老金 他还能参加补贴培训不', expect: trainNo(['六(一)', '七(二)']) },
    ],
  },
  {
    id: 'v51d29',
    class: 'topic_switch',
    probes: 'education fund, then the minimum wage (outside the plan)',
    turns: [
      { user: '俺哥公司一年工资两百五十万 职工教育经费提了十五万 能在税前扣多少', expect: deduct(150000) },
      { user: '对了 郑州现在最低工资一个月多少', expect: decline },
    ],
  },
  {
    id: 'v51d30',
    class: 'topic_switch',
    probes: 'disabled person\'s training, then living allowance (unsettled), then a nephew hiring her',
    turns: [
      { user: '俺是残疾人 腿不好 想在郑州学电脑 有啥培训', expect: { noAmount: 'unfixed', cites: ['三(二)', '七(二)'] } },
      { user: '那培训那几天有没有生活费 一天给多少', expect: { ...unsettled, mustNotContain: [/200\s*元/] } },
      { user: '俺侄子的小公司要是招了我 他公司能领那个以工代训不', expect: askOJT },
    ],
  },
  // ---------------------------------------------------------------- person_training
  {
    id: 'v51d31',
    class: 'person_training',
    probes: 'a 周口 migrant worker asks today what the electrician course pays',
    periodEnd: true,
    turns: [
      {
        user: '俺是周口的 在郑州打工 想学个电工 考了证能给不贴不 补多少钱',
        expect: { ...trainOpen, oneOf: [{ asks: true }, { cites: ['七(二)'] }] },
      },
    ],
  },
  {
    id: 'v51d32',
    class: 'person_training',
    probes: 'same occupation and level subsidised before: not again',
    turns: [
      { user: '俺前年在郑州学过中式面点 初级的 补过一回 今年还想学中式面点初级 还能补不', expect: trainNo(['七(二)']) },
    ],
  },
  {
    id: 'v51d33',
    class: 'person_training',
    probes: 'a mother back to work; no certificate yet, so not yet',
    turns: [
      { user: '我四十三了 孩子上高中了 想学个养老护理员 在郑州学 有补贴不', expect: trainOpen },
      { user: '证还没考哩 考完才能补吗', expect: trainNo(['七(二)']) },
    ],
  },
  {
    id: 'v51d34',
    class: 'person_training',
    probes: 'an institution outside the system: 系统之外零补贴',
    turns: [
      { user: '那个培训学校说他们不用进啥系统 俺学完了证也拿了 能补不', expect: trainNo(['六(三)', '七(二)']) },
    ],
  },
  {
    id: 'v51d35',
    class: 'person_training',
    probes: 'a new occupation published by the state: priority standard, no figure',
    turns: [
      { user: '俺儿子中职毕业了 想学那个国家新公布的职业 叫无人机驾驶员 能补不 标准咋算', expect: noFigure(['七(二)']) },
    ],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v51d36',
    class: 'entrepreneurship',
    probes: 'an ex-soldier husband wants to open a shop: wish to start a business',
    turns: [
      {
        user: '俺男人退伍回来了 想在村里开个小超市 有创业培训没',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v51d37',
    class: 'entrepreneurship',
    probes: 'a business open seven years (over 5): not eligible on that ground',
    turns: [
      {
        user: '俺妹子开的小服装店开了七年了 还能参加那个创业培训不',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], oneOf: [{ asks: true }, { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } }] },
      },
    ],
  },
  {
    id: 'v51d38',
    class: 'entrepreneurship',
    probes: 'a 技工学校 student counts (职业院校含技工院校); no figure for the training',
    turns: [
      {
        user: '俺孩子在技工学校上学 他们能参加那个创业培训不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] },
      },
      { user: '培训完给不给钱 一个人给多少', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v51d39',
    class: 'entrepreneurship',
    probes: 'own small restaurant open three years',
    turns: [
      {
        user: '我开了个小饭馆 开了三年了 创业培训能参加不 要钱不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v51d40',
    class: 'entrepreneurship',
    probes: 'wish to start a housekeeping firm, then a loan question the plan does not cover',
    turns: [
      {
        user: '俺想创业 开个家政公司 有啥培训',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] },
      },
      { user: '创业贷款能贷多少', expect: { noAmount: 'unfixed', oneOf: [{ answered: false }, { says: [HONEST_NOT_SETTLED] }] } },
    ],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v51d41',
    class: 'equipment',
    probes: 'master studio 30万 from the fund, accepted: 20 %',
    turns: [
      { user: '俺姐夫的小机械厂 弄了个技能大师工作室 用职工教育经费买设备三十万 人社财政都验收了', expect: kit(60000) },
    ],
  },
  {
    id: 'v51d42',
    class: 'equipment',
    probes: 'base 150万; fund and acceptance given in the second turn',
    turns: [
      { user: '俺弟公司建高技能人才培训基地 设备花了一百五十万 能补多少', expect: askKit },
      { user: '是职工教育经费出的 验收合格了', expect: kit(300000) },
    ],
  },
  {
    id: 'v51d43',
    class: 'equipment',
    probes: 'master studio 80万: 20 % is 16万, capped at 10万',
    turns: [
      { user: '俺老表的厂 技能大师工作室设备买了八十万 是职工教育经费 验收过了', expect: kit(100000) },
    ],
  },
  {
    id: 'v51d44',
    class: 'equipment',
    probes: '"钱是贷款 不是职工教育经费": no subsidy',
    turns: [
      {
        user: '俺叔那厂子的大师工作室 买设备四十五万 钱是贷款 不是职工教育经费 验收过了 能补不',
        expect: noKit(90000, /(?<![\d.])9万/),
      },
    ],
  },
  {
    id: 'v51d45',
    class: 'equipment',
    probes: 'acceptance missing, then given',
    turns: [
      { user: '我表哥公司弄了个技能大师工作室 从职工教育经废里买了四十万的设备', expect: askKit },
      { user: '俺刚打电话问俺表哥了 他说验手合格了', expect: kit(80000) },
    ],
  },
  // ---------------------------------------------------------------- education_fund
  {
    id: 'v51d46',
    class: 'education_fund',
    probes: 'fund drawn unknown at first, then 12万 against 120万 payroll',
    turns: [
      { user: '俺妹子开个小公司 一年工资总共发了一百二十万 职工教育经费提了多少 我不知道', expect: askFund },
      { user: '问她了 她说提了十二万', expect: deduct(96000, 120000) },
    ],
  },
  {
    id: 'v51d47',
    class: 'education_fund',
    probes: 'fund under 8 % of payroll: the fund itself',
    turns: [
      { user: '俺哥小公司一年工资总额三百万 职工教育经费提了二十万 一线职工用了七成 能扣多少', expect: deduct(200000) },
    ],
  },
  {
    id: 'v51d48',
    class: 'education_fund',
    probes: 'fund over 8 %: capped at 8 % of payroll',
    turns: [
      { user: '俺妹夫厂一年工资发五百万 教育经费提了五十万 能抵多少税', expect: deduct(400000, 500000) },
    ],
  },
  {
    id: 'v51d49',
    class: 'education_fund',
    probes: 'front-line share "一半" is under 60 %: the note is given',
    turns: [
      {
        user: '俺弟公司工资总额两百万 职工教育经费十万 一线工人那块才用了一半',
        expect: { ...deduct(100000), says: [/税前/, /60\s*[%％]|百分之六十|六成/] },
      },
    ],
  },
  {
    id: 'v51d50',
    class: 'education_fund',
    probes: 'asks for cash from the fund; then the figures',
    turns: [
      { user: '俺姐那公司的职工教育经费 能不能直接领钱', expect: { noAmount: 'open', cites: ['六(二)'], mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/] } },
      { user: '工资一年八十万 经费提了八万', expect: deduct(64000, 80000) },
    ],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v51d51',
    class: 'apprenticeship',
    probes: 'apprentices at a nephew\'s garage: no figure per apprentice',
    turns: [{ user: '俺侄子的小汽修厂 带了五个新型学图 一个人给多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v51d52',
    class: 'apprenticeship',
    probes: 'apprenticeship, then a total asked: still no figure',
    turns: [
      { user: '俺家那口子的表弟开厂 搞那个企业新型学徒制 有补贴没', expect: noFigure(['四(一)']) },
      { user: '那学徒仨 学一年 总共能补多少', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v51d53',
    class: 'apprenticeship',
    probes: 'a 技工学校 son as an apprentice: 师带徒 allowance from the education fund',
    turns: [
      {
        user: '俺儿子在技工学校 被一个厂招去当学徒 那个师带徒的津贴是谁给',
        expect: { noAmount: 'unfixed', cites: ['六(二)', '四(一)'] },
      },
    ],
  },
  {
    id: 'v51d54',
    class: 'apprenticeship',
    probes: 'the three-year apprentice target; no money figure',
    turns: [{ user: '现代学徒制跟那个新型学徒 三年要培养多少个', expect: { noAmount: 'unfixed', cites: ['四(一)'] } }],
  },
  {
    id: 'v51d55',
    class: 'apprenticeship',
    probes: 'can it still be claimed now; then a per-apprentice figure asked',
    periodEnd: true,
    turns: [
      { user: '俺表哥的厂现在还能申请学徒补贴不', expect: { ...over, noAmount: 'unfixed' } },
      { user: '学徒十个 一人一年按多少算', expect: noFigure(['四(一)']) },
    ],
  },
  // ---------------------------------------------------------------- period
  {
    id: 'v51d56',
    class: 'period',
    probes: 'a dated question (2020): answered for that date',
    periodEnd: true,
    turns: [
      { user: '2020年俺弟厂里招了俩贫困户 干了一年 以工代训六个月 岗前补贴没领 那时候能补多少', expect: pay(2400) },
    ],
  },
  {
    id: 'v51d57',
    class: 'period',
    probes: 'can 以工代训 still be claimed today: the plan ended',
    periodEnd: true,
    turns: [{ user: '现在还能报那个以工代训补贴不 俺姐夫的厂想申请', expect: { ...over, noAmount: 'open' } }],
  },
  {
    id: 'v51d58',
    class: 'period',
    probes: 'a disabled person asks whether the plan still applies this year',
    periodEnd: true,
    turns: [{ user: '俺是残疾人 今年想去郑州学手艺 这个方案现在还管用不', expect: { ...over, noAmount: 'unfixed' } }],
  },
  {
    id: 'v51d59',
    class: 'period',
    probes: 'the plan\'s period, then a training dated inside it',
    periodEnd: true,
    turns: [
      { user: '这个政策是啥时候出的 管到哪一年', expect: { ...over, says: [/2021/] } },
      { user: '那二零二一年十一月份 俺在郑州学的叉车 证也拿了 能补不', expect: trainOpen },
    ],
  },
  {
    id: 'v51d60',
    class: 'period',
    probes: 'a 2022 question lies after the plan\'s end',
    periodEnd: true,
    turns: [{ user: '2022年俺侄子厂里招的贫困户以工代训 还能按这个方案补不', expect: { ...over, noAmount: 'open' } }],
  },
];
