/**
 * HELD-OUT dialogues, set v85 — written BLIND on 2026-12-01 from the policy text
 * (policy-corpus/zz-2019-63.md) and the writer's brief only (shared/spec was not present): never
 * from the service's output, the code under src/, other files under test/ or other held-out sets.
 * Only the format of v15 (its first lines) was looked at. Not to be tuned on: no word of these
 * messages goes into a glossary, pattern or fixture; once a dialogue has been fixed by a targeted
 * change it measures nothing any more — write a new one instead.
 *
 * Who types here: people with disabilities and the relatives who look after them, women going back
 * to work after years at home with the children (宝妈), laid-off workers in their forties and
 * fifties (4050), people a few years from retirement — asking about their own training, certificates,
 * free training and living allowances — and a few employers who hire them (a welfare factory, a
 * housekeeping company, a village 扶贫车间, a mushroom cooperative, a property-service company).
 * Long WeChat chats with hedges (好像、应该是、不太确定、我问问再说), facts given over several
 * turns, their own facts corrected, returns to an earlier topic, and questions the plan does not
 * settle (age limits, how much, when paid).
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it
 * depends on has been said (kind of unit, insurance for 就业困难/零就业, the group, months employed
 * for poor labour ≥ 6, months of 以工代训, the 岗前培训补贴 not claimed). "不知道/不清楚" leaves
 * the fact open: no figure, no 不符合.
 *
 * Amounts, computed by hand from the plan's text:
 * - 以工代训 (六(一)): Σ persons × 200 元 × min(months of 以工代训, 6) per qualifying group; poor
 *   labour (建档立卡) only when employed ≥ 6 months by an enterprise / 农民专业合作社 / 扶贫车间;
 *   就业困难人员 (残疾人 included, 三(二)) and 零就业家庭成员 only by an insured enterprise;
 *   veterans and mere 4050 laid-off workers are no group of this rule; a group whose 岗前培训补贴
 *   was claimed never counts.
 * - Equipment (四(一)): 20 % of the new equipment, from 职工教育经费 and accepted, capped at
 *   500 000 元 (高技能人才培训基地) / 100 000 元 (技能大师工作室).
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family/school aid: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [dated], [return] (goes back to an earlier topic), [hedge].
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
/** Not (yet) eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
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
/** An education-fund fact is missing: no figure. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** Either the plan's silence is said, or the clause that frames the matter is cited — no figure. */
const unsettledOr = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { cites }] });

export const DIALOGUES_V85: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v85-d01',
    class: 'one_group',
    probes: 'welfare factory, 3 disabled hires, 4 months; 岗前 said only in turn 2 with a hedge then confirmed [hedge]',
    periodEnd: true,
    turns: [
      { user: '你好 我们是个小福利厂 注册的有限公司 社保一直给员工交着 今年进了3个残疾人 都是肢体残疾的 应该算就业困难人员吧 跟着老师傅以工代训搞了4个月了 这能补多少', expect: askOJT },
      { user: '岗前培训那个补贴 好像没领过 我刚打电话问了会计 确定没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v85-d02',
    class: 'one_group',
    probes: 'housekeeping company, 2 零就业家庭 mothers, 3 months; 岗前 asked then denied',
    periodEnd: true,
    turns: [
      { user: '我们是做家政的有限公司 员工社保都交 招了两个宝妈 她俩家里都是零就业家庭 街道开过证明的 以工代训带了三个月', expect: askOJT },
      { user: '岗前补贴没弄过 从来没申请 我们都不知道还有这个', expect: pay(1200) },
    ],
  },
  {
    id: 'v85-d03',
    class: 'one_group',
    probes: 'village 扶贫车间, 5 poor women employed 7–8 months, 以工代训 5 months; 岗前 hedged then confirmed [hedge]',
    periodEnd: true,
    turns: [
      { user: '俺是村里扶贫车间的 缝手套的 收了5个建档立卡户的妇女 在车间干了有七八个月了吧 以工代训也一直跟着 大概是5个月', expect: askOJT },
      { user: '岗前培训补贴 俺们车间应该是没申请过 俺不太确定', expect: { oneOf: [pay(5000), askOJT] } },
      { user: '刚翻了账本 岗前那个确实一分没领', expect: pay(5000) },
    ],
  },
  {
    id: 'v85-d04',
    class: 'one_group',
    probes: 'mushroom cooperative, 2 poor hires employed only 4 months: not yet; then a what-if at six months',
    periodEnd: true,
    turns: [
      { user: '我们是种香菇的农民专业合作社 招了2个贫困劳动力 建档立卡的 才来了4个月 以工代训也是4个月 岗前补贴没领 这个以工代训补贴能拿不', expect: notYes(1600) },
      { user: '那要是等他俩干满半年 以工代训也够6个月了 到时候能给多少', expect: { oneOf: [pay(2400), { noAmount: 'open', asks: true }, { mentionsPeriodEnd: true, noAmount: 'open' }] } },
    ],
  },
  {
    id: 'v85-d05',
    class: 'one_group',
    probes: 'a 个体 supermarket that pays no social insurance hires a laid-off woman with a 就业困难 card: no 以工代训',
    periodEnd: true,
    turns: [
      { user: '我开了个小超市 个体户 没给店员交社保 雇了一个下岗的大姐 她有就业困难人员的那个证 以工代训3个月 岗前补贴没领过 我这能补不', expect: noPay(600) },
    ],
  },
  {
    id: 'v85-d06',
    class: 'one_group',
    probes: 'property company hires four 4050 laid-off workers: laid-off is no group, so ask; then 3 of 4 have 就业困难 status',
    periodEnd: true,
    turns: [
      { user: '物业公司 社保正常缴 招了4个四五十岁下岗的 干保安保洁 以工代训两个月 岗前补贴没拿过 这几个人能算不', expect: askOJT },
      { user: '我问问再说……问好了 其中3个办过就业困难人员认定 剩下1个没办', expect: payNot(1200, 1600) },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v85-d07',
    class: 'several_groups',
    probes: '2 disabled hires at 5 months + 1 poor hire employed 10 months at 8 months (cap 6): groups keep their months',
    periodEnd: true,
    turns: [
      { user: '公司交社保的 去年招了2个残疾人 以工代训5个月 还有1个贫困户 在我们这干了10个月了 以工代训算下来8个月 岗前补贴这几个人都没领 一共能补多少', expect: payNot(3200, 3600) },
    ],
  },
  {
    id: 'v85-d08',
    class: 'several_groups',
    probes: '3 零就业 at 4 months + 2 就业困难 at 6 months; in turn 2 the second group turns out to have had the 岗前 subsidy',
    periodEnd: true,
    turns: [
      { user: '我们家政公司交社保 招了3个零就业家庭的 以工代训4个月 还有2个就业困难人员 以工代训6个月 岗前补贴都没领 算算能补多少', expect: pay(4800) },
      { user: '哦对了 不好意思 那两个就业困难的 之前好像领过岗前培训补贴 零就业那三个是真没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v85-d09',
    class: 'several_groups',
    probes: '扶贫车间: 4 poor hires employed 7 months at 6 months, 2 poor hires employed 3 months: only the first group',
    periodEnd: true,
    turns: [
      { user: '扶贫车间这边 贫困户有两拨 一拨4个人 来了7个月 以工代训6个月 另一拨2个人 刚来3个月 也在以工代训 岗前补贴全都没领过', expect: payNot(4800, 7200) },
    ],
  },
  {
    id: 'v85-d10',
    class: 'several_groups',
    probes: 'two groups named first, counts and months in turn 2, 岗前 in turn 3',
    periodEnd: true,
    turns: [
      { user: '我们厂招的人有两拨 一拨是残疾人 一拨是零就业家庭的 以工代训补贴咋算', expect: askOJT },
      { user: '残疾人3个 以工代训4个月 零就业的2个 以工代训3个月 公司社保一直正常交', expect: askOJT },
      { user: '岗前补贴这块 两拨人都没领过 会计那边我核对过了', expect: payNot(3600, 4000) },
    ],
  },
  {
    id: 'v85-d11',
    class: 'several_groups',
    probes: '2 veterans + 1 disabled hire, all 5 months: veterans are no group of 以工代训',
    periodEnd: true,
    turns: [
      { user: '公司交着社保 招了2个退伍兵 1个残疾人 以工代训都是5个月 岗前补贴都没领 仨人一起能补多少', expect: payNot(1000, 3000) },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v85-d12',
    class: 'negation_after_noun',
    probes: 'insurance denied after the noun with words between (社保呢 公司其实一直没给交)',
    periodEnd: true,
    turns: [
      { user: '我们招了3个残疾大姐 以工代训6个月了 社保呢 公司其实一直没给交 岗前补贴也没领 能补吗', expect: noPay(3600) },
    ],
  },
  {
    id: 'v85-d13',
    class: 'negation_after_noun',
    probes: '岗前 denied after the noun (岗前培训那个补贴呢 我们一分都没领)',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了2个零就业家庭的宝妈 以工代训5个月 岗前培训那个补贴呢 我们一分都没领', expect: pay(2000) },
    ],
  },
  {
    id: 'v85-d14',
    class: 'negation_after_noun',
    probes: '岗前 claimed, said after the noun (岗前培训补贴 领过了已经): no 以工代训',
    periodEnd: true,
    turns: [
      { user: '建档立卡的贫困户 在我们合作社干满一年了 2个人 以工代训6个月 岗前培训补贴 领过了已经 还能再拿以工代训的不', expect: noPay(2400) },
    ],
  },
  {
    id: 'v85-d15',
    class: 'negation_after_noun',
    probes: 'a disabled person: certificate not yet taken, said after the noun; asks for training, no figure',
    periodEnd: true,
    turns: [
      { user: '我是残疾人 残疾证是有的 职业资格证 还一个都没考 想先去培训再考 有没有管我们这种人的', expect: { noAmount: 'unfixed', cites: ['三(二)', '七(二)', '六(一)'] } },
      { user: '考下来以后 补贴是按啥补的 具体多少钱你们那有数没', expect: unsettledOr(['七(二)']) },
    ],
  },
  {
    id: 'v85-d16',
    class: 'negation_after_noun',
    probes: '"社保 一个都没断过" means insured; 岗前 "不曾领过"',
    periodEnd: true,
    turns: [
      { user: '我们公司 员工的社保 一个都没断过 招的就业困难人员有1个 以工代训4个月 岗前补贴 不曾领过', expect: pay(800) },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v85-d17',
    class: 'unknown_reply',
    probes: '岗前 unknown (财务请假) then known',
    periodEnd: true,
    turns: [
      { user: '我们公司招了2个残疾人 以工代训3个月了 社保都交着 能补点啥', expect: askOJT },
      { user: '岗前补贴领没领 这个我真不清楚 得问财务 她这两天请假了', expect: dunnoOJT },
      { user: '财务回我微信了 说没领过', expect: pay(1200) },
    ],
  },
  {
    id: 'v85-d18',
    class: 'unknown_reply',
    probes: 'poor hires: months employed unknown ("记不清 反正今年来的")',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 招了3个贫困户 以工代训4个月 岗前补贴没领', expect: askOJT },
      { user: '她们来多久了？我还真记不清 不太确定 反正是今年来的', expect: dunnoOJT },
    ],
  },
  {
    id: 'v85-d19',
    class: 'unknown_reply',
    probes: 'a mother of a disabled son; whether the family is 建档立卡 is unknown: no 不符合 for free training',
    periodEnd: true,
    turns: [
      { user: '我家孩子是残疾人 我是他妈 天天在家照顾他 想问问我娘俩能不能去免费学个手艺', expect: { noAmount: 'unfixed', cites: ['三(二)', '三(三)', '六(一)'] } },
      { user: '是不是建档立卡的 我也不知道 村里从来没跟我们说过这个', expect: { noAmount: 'unfixed', undecided: 'free_training_poor', notVerdict: { rule: 'free_training_poor', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v85-d20',
    class: 'unknown_reply',
    probes: 'employer does not know whether the hires are 零就业家庭; then asks the monthly rate [two-part]',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了4个大姐 以工代训5个月 岗前没领 里头有没有零就业家庭的 我也说不好', expect: dunnoOJT },
      { user: '那我问问再说吧 先告诉我以工代训一个人一个月是多少 最多补几个月', expect: { cites: ['六(一)'], says: [/200/, /6\s*个月|六个月/] } },
    ],
  },
  {
    id: 'v85-d21',
    class: 'unknown_reply',
    probes: 'insurance unknown (老板弄的), then the boss says it is paid',
    periodEnd: true,
    turns: [
      { user: '我们是个小公司 招了1个残疾人 以工代训6个月 岗前没领 社保交没交我不清楚 都是老板弄的', expect: dunnoOJT },
      { user: '老板说交着呢 一直都交', expect: pay(1200) },
    ],
  },
  {
    id: 'v85-d22',
    class: 'unknown_reply',
    probes: 'a man of 58 who does not know when his pension starts: no verdict, the pension-eligibility wording of 六(一)',
    periodEnd: true,
    turns: [
      { user: '我今年58了 男的 养老金还没领上 也不知道啥时候能领 想去学个电工证 能给补贴不', expect: { noAmount: 'unfixed', cites: ['六(一)', '七(二)'], notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v85-d23',
    class: 'correction',
    probes: 'three disabled hires corrected to two disabled + one veteran',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了3个残疾人 以工代训5个月 岗前补贴没领', expect: pay(3000) },
      { user: '不对不对 我记错了 是2个残疾人 另外那个是退伍回来的 不是残疾人', expect: pay(2000) },
    ],
  },
  {
    id: 'v85-d24',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 3 to 5',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困户4个 来了8个月了 以工代训3个月 岗前补贴没拿', expect: pay(2400) },
      { user: '说错了 以工代训是5个月 不是3个月', expect: pay(4000) },
    ],
  },
  {
    id: 'v85-d25',
    class: 'correction',
    probes: '岗前 corrected from not claimed to claimed',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了2个就业困难人员 以工代训4个月 岗前补贴没领', expect: pay(1600) },
      { user: '哎呀 刚问了会计 岗前补贴其实领过了 是我搞混了', expect: { status: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v85-d26',
    class: 'correction',
    probes: 'a 52-year-old laid-off woman corrects herself: her family is 建档立卡 after all',
    periodEnd: true,
    turns: [
      { user: '我是下岗的 今年52 想学养老护理 是不是只有贫困户才能免费学', expect: { noAmount: 'unfixed', cites: ['三(三)', '三(四)', '七(二)'] } },
      { user: '哦不对 我家好像是建档立卡户 前年村里给认定的 那我是不是能免费学了', expect: { noAmount: 'unfixed', cites: ['三(三)'], says: [/免费/] } },
    ],
  },
  {
    id: 'v85-d27',
    class: 'correction',
    probes: 'poor hires: months employed corrected from 5 to 10',
    periodEnd: true,
    turns: [
      { user: '合作社 招了3个贫困劳动力 干了5个月 以工代训5个月 岗前没领', expect: notYes(3000) },
      { user: '更正一下 他们是去年9月来的 到现在干了10个月了 以工代训还是5个月', expect: pay(3000) },
    ],
  },
  {
    id: 'v85-d28',
    class: 'correction',
    probes: 'insurance corrected from not paid (typo) to paid',
    periodEnd: true,
    turns: [
      { user: '俺们公司 没交社保 招了2个残疾人 以工代训3个月 岗前没领', expect: noPay(1200) },
      { user: '打错字了 是交了社保的 一直没断', expect: pay(1200) },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v85-d29',
    class: 'topic_switch',
    probes: 'after an employer amount, the wife (宝妈) wants to be an 育婴师: no 以工代训 figure leaks',
    periodEnd: true,
    turns: [
      { user: '我们小公司交社保 招了1个零就业家庭的 以工代训6个月 岗前没领', expect: pay(1200) },
      { user: '另外问一下 我媳妇是宝妈 在家带孩子五年了 想出来学个育婴师 有补贴吗', expect: { noAmount: 'unfixed', cites: ['七(二)', '五(一)', '三(四)'], mustNotContain: ['1200'] } },
    ],
  },
  {
    id: 'v85-d30',
    class: 'topic_switch',
    probes: 'a disabled man asks about 电商 training, then about his brother\'s entrepreneurship training',
    periodEnd: true,
    turns: [
      { user: '我有肢体残疾 腿不方便 想在家学电商 有这方面培训没', expect: { noAmount: 'unfixed', cites: ['三(二)', '五(一)', '五(二)'] } },
      { user: '换个事 我弟开了个小厂 开业才两年 他想去参加创业培训 行不行', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v85-d31',
    class: 'topic_switch',
    probes: '以工代训 cap, then 60 % of the education fund for frontline workers [two-part]',
    turns: [
      { user: '以工代训补贴最长给几个月啊', expect: { cites: ['六(一)'], says: [/6\s*个月|六个月/] } },
      { user: '那职工教育经费 要拿多少给一线工人培训', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/] } },
    ],
  },
  {
    id: 'v85-d32',
    class: 'topic_switch',
    probes: 'after an amount, the 65-year-old mother who draws a pension: scope wording of 六(一), no figure',
    periodEnd: true,
    turns: [
      { user: '残疾人托养中心 是公司性质 交社保 招了2个残疾人做手工 以工代训4个月 岗前没领', expect: pay(1600) },
      { user: '顺便问一嘴 我妈65了 退休金每个月领着 她还能参加这个补贴培训不', expect: { noAmount: 'unfixed', cites: ['六(一)'], mustNotContain: ['1600'] } },
    ],
  },
  {
    id: 'v85-d33',
    class: 'topic_switch',
    probes: 'a 宝妈 asks about 家政 training, then about unemployment benefit (outside)',
    periodEnd: true,
    turns: [
      { user: '宝妈一枚 孩子上幼儿园了 想学家政 有没有政府补贴的培训', expect: { noAmount: 'unfixed', cites: ['三(四)', '五(一)', '七(二)'] } },
      { user: '问个别的 我之前上班交过失业保险 现在失业金一个月能领多少', expect: decline },
    ],
  },
  {
    id: 'v85-d34',
    class: 'topic_switch',
    probes: 'forklift licence, a detour to age, then a return to how many times a year [return]',
    periodEnd: true,
    turns: [
      { user: '我老公四十好几了 厂子倒闭下岗了 想考个叉车证 考下来能补贴不', expect: { noAmount: 'unfixed', cites: ['七(二)', '三(六)', '三(二)'] } },
      { user: '他岁数这么大 人家培训机构收不收啊 有没有年龄限制', expect: unsettledOr(['六(一)']) },
      { user: '回到刚才那个 补贴一年最多能补几次来着', expect: { cites: ['七(二)'], says: [/3\s*次|三次/] } },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v85-d35',
    class: 'person_training',
    probes: 'a 宝妈 home for six years asks for training meant for women',
    periodEnd: true,
    turns: [
      { user: '在家带娃6年了 想学点东西再出去上班 方案里有没有专门给妇女的培训', expect: { noAmount: 'unfixed', cites: ['三(二)', '五(一)', '三(四)'], says: [/巧媳妇|妇女手工|家政|托幼/] } },
    ],
  },
  {
    id: 'v85-d36',
    class: 'person_training',
    probes: 'the same occupation at the same level twice: no second subsidy',
    periodEnd: true,
    turns: [
      { user: '去年考了个育婴员四级 补贴也领了 今年想再考一遍同样的四级 还能补不', expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/同一职业同一等级|不可重复|不能重复|不得重复/] } },
    ],
  },
  {
    id: 'v85-d37',
    class: 'person_training',
    probes: 'four years from retirement, no pension yet: inside the widened scope of 六(一)',
    periodEnd: true,
    turns: [
      { user: '我56了 还差4年退休 养老金还没开始领 应该还能享受培训补贴吧', expect: { noAmount: 'unfixed', cites: ['六(一)'], notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v85-d38',
    class: 'person_training',
    probes: 'hukou in 周口, working in Zhengzhou: where one may train',
    periodEnd: true,
    turns: [
      { user: '户口在周口 人在郑州打工好几年了 在郑州培训拿证了 能给补不 还是得回老家', expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/常住地|就业地|求职/] } },
    ],
  },
  {
    id: 'v85-d39',
    class: 'person_training',
    probes: 'a carer of a disabled son asks about online study, then a living allowance per day (unfixed)',
    periodEnd: true,
    turns: [
      { user: '我得在家照顾残疾的儿子 出不了门 自己也想学个技能 能不能在网上学', expect: { noAmount: 'unfixed', cites: ['五(二)'] } },
      { user: '那学的时候有没有生活费补贴 一天给多少钱', expect: { ...noFigure(['六(一)']), oneOf: [{ says: [HONEST_NOT_SETTLED] }, { says: [/没有.{0,6}(标准|金额|数额)|未.{0,4}(规定|明确)/] }] } },
    ],
  },
  {
    id: 'v85-d40',
    class: 'person_training',
    probes: 'two certificates this year, wants a third: up to three a year',
    periodEnd: true,
    turns: [
      { user: '我今年已经考了两个证了 都领了补贴 还想再考第三个 不一样的工种 还给补吗', expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/3\s*次|三次/] } },
    ],
  },
  {
    id: 'v85-d41',
    class: 'person_training',
    probes: 'a blind masseur asks for advanced training; then asks how much, and whether it costs him',
    periodEnd: true,
    turns: [
      { user: '我是盲人 在按摩店干了十来年 想学个高级一点的按摩 有没有给残疾人办的培训', expect: { noAmount: 'unfixed', cites: ['三(二)', '三(十二)', '五(一)'] } },
      { user: '学费要自己掏吗 要掏的话政府给报多少', expect: unsettledOr(['七(二)']) },
    ],
  },
  {
    id: 'v85-d42',
    class: 'person_training',
    probes: 'a laid-off man of 49: training, then a living allowance, then when it is paid [two-part]',
    periodEnd: true,
    turns: [
      { user: '我是下岗职工 49岁 想学厨师 有免费的班没', expect: { noAmount: 'unfixed', cites: ['三(二)', '七(二)', '五(一)'] } },
      { user: '那培训那段时间 能给点生活补助不 家里就我一个挣钱的', expect: noFigure(['六(一)']) },
      { user: '要是有的话 一般多久能发到手里', expect: unsettled },
    ],
  },
  {
    id: 'v85-d43',
    class: 'person_training',
    probes: 'a poor-household man asks whether welding training is free',
    periodEnd: true,
    turns: [
      { user: '俺家是建档立卡贫困户 俺想学电焊 是不是不要钱', expect: { noAmount: 'unfixed', cites: ['三(三)'], says: [/免费/] } },
    ],
  },
  {
    id: 'v85-d44',
    class: 'person_training',
    probes: 'a poor household with a child at a technical school: aid named, no amount',
    periodEnd: true,
    turns: [
      { user: '我们家是建档立卡户 闺女在技工学校上学 家里能有啥补助 大概多少钱', expect: noFigure(['三(三)', '三(十四)']) },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v85-d45',
    class: 'entrepreneurship',
    probes: 'a 宝妈 planning a noodle shop: entrepreneurship training, cost unfixed',
    periodEnd: true,
    turns: [
      { user: '想开个小面馆 还没开起来 听说有创业培训 收不收钱', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v85-d46',
    class: 'entrepreneurship',
    probes: 'an online shop open six years: the five-year line of 三(八) must be named',
    turns: [
      { user: '我的网店开了6年了 也算小微企业吧 现在还能报创业培训不', expect: { noAmount: 'unfixed', cites: ['三(八)'], says: [/5\s*年|五年/] } },
    ],
  },
  {
    id: 'v85-d47',
    class: 'entrepreneurship',
    probes: 'a disabled man opening a shoe-repair stall: training amount unfixed, then a start-up grant (not in the plan)',
    periodEnd: true,
    turns: [
      { user: '我是残疾人 想自己开个修鞋的小铺子 参加创业培训有补贴吗 多少钱', expect: noFigure(['三(八)']) },
      { user: '那培训完了 开店的时候政府给不给一笔钱', expect: { noAmount: 'unfixed', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { answered: false }] } },
    ],
  },
  {
    id: 'v85-d48',
    class: 'entrepreneurship',
    probes: 'a shop owner of three years with two staff',
    periodEnd: true,
    turns: [
      { user: '我们这小店开业3年了 我是老板 就俩员工 我能去参加创业培训吗', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v85-d49',
    class: 'equipment',
    probes: 'a master studio: acceptance given in turn 2; 20 % of 30万 = 6万 under the 10万 cap',
    periodEnd: true,
    turns: [
      { user: '我们公司有个技能大师工作室 用职工教育经费新买了实训设备 花了30万', expect: askKit },
      { user: '验收了 人社和财政都来验过 说合格', expect: kit(60000) },
    ],
  },
  {
    id: 'v85-d50',
    class: 'equipment',
    probes: 'a training base buying 300万 of equipment: 20 % = 60万 capped at 50万',
    periodEnd: true,
    turns: [
      { user: '我们是高技能人才培训基地 新买实训设备300万 钱是职工教育经费出的 人社财政验收合格了 能补多少', expect: kit(500000) },
    ],
  },
  {
    id: 'v85-d51',
    class: 'equipment',
    probes: 'a small company for disabled workers: the fund source is unknown',
    periodEnd: true,
    turns: [
      { user: '我们是安置残疾人就业的小公司 建了个技能工作室 买了些设备 20万 是不是能补20%', expect: askKit },
      { user: '钱从哪出的 我不太确定 好像是老板自己掏的 也不知道算不算职工教育经费', expect: dunnoKit },
    ],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v85-d52',
    class: 'education_fund',
    probes: 'payroll 200万, fund 20万: deduction capped at 8 % = 16万',
    turns: [
      { user: '我们公司一年工资总额200万 职工教育经费提了20万 税前能扣多少', expect: deduct(160000) },
    ],
  },
  {
    id: 'v85-d53',
    class: 'education_fund',
    probes: 'the rate first, then payroll 150万 and fund 9万: 9万 under 12万',
    turns: [
      { user: '职工教育经费税前扣除 现在比例是多少', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
      { user: '我们工资薪金总额150万 提了9万', expect: deduct(90000) },
    ],
  },
  {
    id: 'v85-d54',
    class: 'education_fund',
    probes: 'payroll roughly known, fund drawn unknown: no figure',
    turns: [
      { user: '工资总额大概100万左右 具体我不确定 教育经费提了多少我也不知道 能抵多少税', expect: askFund },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v85-d55',
    class: 'apprenticeship',
    probes: 'a company wants laid-off women as new-type apprentices: amount per apprentice unfixed',
    periodEnd: true,
    turns: [
      { user: '我们公司想带几个下岗的大姐 搞企业新型学徒制 一个学徒能补多少钱', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v85-d56',
    class: 'apprenticeship',
    probes: 'master-apprentice allowance from the education fund, then the apprenticeship subsidy (unfixed)',
    periodEnd: true,
    turns: [
      { user: '师带徒 带徒弟的老师傅能拿津贴吗 钱从哪出', expect: { cites: ['六(二)'] } },
      { user: '那企业新型学徒 政府的补贴标准是多少', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v85-d57',
    class: 'apprenticeship',
    probes: 'can a disabled person be an apprentice; how many apprentices in three years',
    turns: [
      { user: '残疾人能当企业的新型学徒吗 方案说三年要培养多少学徒', expect: { noAmount: 'unfixed', cites: ['四(一)'], says: [/2\s*万/] } },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v85-d58',
    class: 'period',
    probes: 'is the plan still in force today; can one still apply under it [dated]',
    periodEnd: true,
    turns: [
      { user: '现在都2024年了 这个方案还管用不 我还能照着它去申请培训补贴吗', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v85-d59',
    class: 'period',
    probes: 'a disabled worker\'s 以工代训 in 2020 (inside the period), then who receives the money [dated]',
    periodEnd: true,
    turns: [
      { user: '2020年我在一个交社保的公司上班 我是残疾人 公司给我以工代训了6个月 岗前补贴没领过 那会儿这个能补多少', expect: pay(1200) },
      { user: '那这笔钱是打给公司的还是打给我本人的', expect: { cites: ['六(一)'], says: [/企业|公司|生产经营主体|单位/] } },
    ],
  },
  {
    id: 'v85-d60',
    class: 'period',
    probes: 'when the plan started and ended',
    turns: [
      { user: '这个技能提升的方案 是从哪天开始到哪天结束的', expect: { mentionsPeriodEnd: true, says: [/2021/] } },
    ],
  },
];
