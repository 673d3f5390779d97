/**
 * HELD-OUT dialogues, set v128 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v101
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: owners, HR clerks and workshop heads of Zhengzhou garment, food, logistics and
 * machining firms, cooperatives and 扶贫车间, who took on SEVERAL groups of people and keep pointing
 * back at them while the case changes: "那几个", "刚来那批", "另外仨", "一样的情况", "跟上回一样",
 * "第二个车间也是"; a total first and its parts later ("一共八个 其中三个…"); counts in one turn and
 * months in the next; people who left or joined; a pointer that is ambiguous ("那几个" when two
 * batches were named) and must be asked about; facts corrected (说错了 / 说反了 / 其实是); "不知道,
 * 人事走了". Typed on a phone: no punctuation, digits and Chinese numerals mixed, 俩/仨, 俺/咱/啥/
 * 中不中, a homophone here and there (补帖).
 *
 * Nothing is inferred from silence: an amount is expected only once every fact it depends on has
 * been said — the kind of unit, insurance where the rule needs it, the group, the count, months
 * employed (poor labour, ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was already
 * claimed. "不知道/不清楚", ranges ("五六个月", "十来个") and "几个" settle nothing. An explicit pointer
 * ("第二个车间也是一样的情况 …") carries the facts of the group it points at.
 *
 * Amounts, computed by hand from the contract and checked twice against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying group. 建档立卡贫困劳动力
 *   employed six months or more by a 企业 / 农民专业合作社 / 扶贫车间; 就业困难人员 (残疾人 included,
 *   三(二)) and 零就业家庭成员 only by an insured ENTERPRISE (not a cooperative), no six-month
 *   condition; 退役军人 and 农村转移就业劳动者 are not groups of this rule; a group whose 岗前培训补贴
 *   was claimed does not count (不得重复享受). Months employed used here are 7 or more, or 3 and
 *   under — never exactly 6 — so no figure hangs on reading "六个月以上".
 *   e.g. d07: 5 残疾人 × 200 × 6 + 3 零就业 × 200 × 2 = 6000 + 1200 = 7200;
 *        d17: 4 贫困 × 200 × 5 + 3 零就业 × 200 × 5 = 7000 (the 2 残疾人 claimed 岗前 → out).
 * - Equipment (四(一)): per site min(20 % × value bought from the 职工教育经费, 500 000 for a 高技能
 *   人才培训基地 / 100 000 for a 技能大师工作室), only after 人社 and 财政 验收合格; the amount of a
 *   conversation is the sum over its sites. e.g. d51: 80万 base → 16万, 60万 base → 12万 = 28万;
 *   the second one a studio → 10万 cap → 26万.
 * - Education fund (六(二)): a pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship ("按照相关规定给予资金补贴"), the per-occupation training subsidy, 生活费补贴, free
 *   training, entrepreneurship training: the plan fixes no amount.
 * - Today is 2026; the plan ran 2019-12-02 to 2021-12-31, so every conversation about what someone
 *   can get or do must hear that it has ended (periodEnd).
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is still missing: ask, state no figure, say no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact answered with "不知道" or a range: no figure, no verdict either way. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount, without the figures a misreading would give. */
const pay = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({
  notVerdict: { rule: 'on_job_training', status: 'eligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** In the plan's field, but its text fixes no amount: say so, state no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** The equipment subsidy (sum over the sites named), without the misreading's figures. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});
/** An equipment fact is open: ask, decide nothing, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** The education-fund deduction: a 税前 deduction, not money handed out. */
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
});

export const DIALOGUES_V128: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v128d01',
    class: 'one_group',
    probes: 'one batch of poor labour; months and the 岗前 fact come in the second turn, pointed at as 他们',
    periodEnd: true,
    turns: [
      { user: '俺们是做服装加工的企业 刚来那批建档立卡贫困户一共6个 以工代训能补多少', expect: ask },
      { user: '他们在厂里9个月了 以工代训带了5个月 岗前培训补帖没申过', expect: pay(6000) },
    ],
  },
  {
    id: 'v128d02',
    class: 'one_group',
    probes: 'cooperative with poor labour; 7 months of 以工代训 capped at 6',
    periodEnd: true,
    turns: [
      { user: '咱是农民专业合作社 收了4个建档立卡的贫困劳动力 在社里干了11个月了', expect: ask },
      { user: '以工代训弄了七个月 岗前那个补贴没拿过 那四个一共多少', expect: pay(4800, 5600) },
    ],
  },
  {
    id: 'v128d03',
    class: 'one_group',
    probes: 'insured enterprise, zero-employment-family members; the 岗前 fact said for 那仨 in turn 2',
    periodEnd: true,
    turns: [
      { user: '公司一直交社保的 招了3个零就业家庭的 以工代训搞了4个月 补贴咋算', expect: ask },
      { user: '岗前技能培训补贴那仨都没领过', expect: pay(2400) },
    ],
  },
  {
    id: 'v128d04',
    class: 'one_group',
    probes: 'employment-difficulty hires; insurance open until turn 2',
    periodEnd: true,
    turns: [
      { user: '我们公司招了五个就业困难人员 以工代训做了3个月 岗前补贴没报过', expect: ask },
      { user: '社保都给他们交着 公司是参保单位', expect: pay(3000) },
    ],
  },
  {
    id: 'v128d05',
    class: 'one_group',
    probes: '"几个" settles no count; the count comes later for 那几个',
    periodEnd: true,
    turns: [
      { user: '我们企业前些年招了几个贫困户 建档立卡的 想问问以工代训那块', expect: ask },
      { user: '那几个是7个人 都干满10个月了 以工代训6个月 岗前补贴没领', expect: pay(8400) },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v128d06',
    class: 'several_groups',
    probes: 'a total of eight, three of them poor labour, the rest veterans; months said for 那三个 only',
    periodEnd: true,
    turns: [
      { user: '俺们是企业 一共招了8个人 其中三个是建档立卡贫困劳动力 剩下的是退伍军人', expect: ask },
      { user: '那三个干了8个月 以工代训4个月 岗前补贴都没申请过', expect: pay(2400, 6400) },
    ],
  },
  {
    id: 'v128d07',
    class: 'several_groups',
    probes: 'two batches (早来那批 / 刚来那批) with different months of 以工代训',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了两批 早来那批是5个残疾人 刚来那批是3个零就业家庭的', expect: ask },
      { user: '早来那批以工代训搞了6个月 刚来那批才2个月 岗前补贴两批都没拿', expect: pay(7200, 9600) },
    ],
  },
  {
    id: 'v128d08',
    class: 'several_groups',
    probes: 'cooperative: 4 poor labour count, 另外仨 disabled do not (not an insured enterprise)',
    periodEnd: true,
    turns: [
      { user: '合作社这边招了4个贫困户 建档立卡的 另外仨是残疾人', expect: ask },
      { user: '贫困户那4个干了7个月 以工代训做了5个月 另外仨也做了5个月 岗前都没领', expect: pay(4000, 7000) },
    ],
  },
  {
    id: 'v128d09',
    class: 'several_groups',
    probes: '第二个车间也是一样的情况: the pointer carries the first workshop\'s facts; total over both',
    periodEnd: true,
    turns: [
      { user: '俺们企业一车间招了6个建档立卡贫困劳动力 干了八个月 以工代训六个月 岗前补贴没领', expect: pay(7200) },
      { user: '第二个车间也是一样的情况 也是建档立卡的 4个 俩车间加一块能领多少', expect: pay(12000) },
    ],
  },
  {
    id: 'v128d10',
    class: 'several_groups',
    probes: 'people joining last month: their months are open or under six, so the total never becomes 8000',
    periodEnd: true,
    turns: [
      { user: '我们是扶贫车间 之前收了5个贫困劳动力 建档立卡的 干了9个月 以工代训5个月 岗前补贴没拿', expect: pay(5000) },
      {
        user: '上个月又来了3个贫困户 跟上回一样能算进去不',
        expect: { mustNotContain: ['8000'], oneOf: [pay(5000), { asks: true }] },
      },
    ],
  },
  {
    id: 'v128d11',
    class: 'several_groups',
    probes: 'count given in one turn (6, two of them disabled — still 就业困难), months in the next',
    periodEnd: true,
    turns: [
      { user: '俺厂是企业 交社保 招了些就业困难人员 以工代训那个补帖', expect: ask },
      { user: '一共6个 其中2个是残疾人', expect: ask },
      { user: '以工代训都是3个月 岗前补贴都没领过', expect: pay(3600, 2400, 4800) },
    ],
  },
  {
    id: 'v128d12',
    class: 'several_groups',
    probes: 'ambiguous "那几个" after two batches: ask which; then each batch settled',
    periodEnd: true,
    turns: [
      { user: '公司参保的 招了两拨 一拨4个零就业家庭的 一拨5个建档立卡贫困户 岗前补贴都没领过', expect: ask },
      { user: '那几个以工代训搞了3个月', expect: ask },
      { user: '说的是零就业那4个 贫困户那5个在公司干了7个月 以工代训也是3个月', expect: pay(5400) },
    ],
  },
  {
    id: 'v128d13',
    class: 'several_groups',
    probes: '"俩退役军人也是一样的情况": veterans are no group of the rule, the figure stays',
    periodEnd: true,
    turns: [
      { user: '企业 有3个残疾人 社保交着 以工代训做了4个月 岗前没领 能补多少', expect: pay(2400) },
      { user: '还有俩退役军人也是一样的情况 能加上不', expect: pay(2400, 4000) },
    ],
  },
  {
    id: 'v128d14',
    class: 'several_groups',
    probes: 'twelve new hires, five poor labour, seven rural migrants: only the five count',
    periodEnd: true,
    turns: [
      {
        user: '公司一共12个新招的 5个是建档立卡的干了8个月 其余7个是农村转移就业劳动者 以工代训都做了6个月 岗前补贴一个没领',
        expect: pay(6000, 14400),
      },
    ],
  },
  {
    id: 'v128d15',
    class: 'several_groups',
    probes: '"跟上回一样" in a fresh conversation points at nothing: ask; then the facts',
    periodEnd: true,
    turns: [
      { user: '跟上回一样 还是那批贫困户的以工代训 帮俺再算算', expect: ask },
      { user: '就是4个建档立卡的 在俺公司干了1年多 以工代训半年 岗前补贴没申请', expect: pay(4800) },
    ],
  },
  {
    id: 'v128d16',
    class: 'several_groups',
    probes: 'three groups; the disabled pair already got 岗前培训补贴 and drops out',
    periodEnd: true,
    turns: [
      { user: '我们企业参保 招了三类人 建档立卡贫困户4个干了9个月 残疾人2个 零就业家庭3个 以工代训都是5个月', expect: ask },
      { user: '残疾人那俩岗前培训补贴已经领了 其他的没有', expect: pay(7000, 9000) },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v128d17',
    class: 'negation_after_noun',
    probes: '"社保 也没参保" after the noun: zero-employment hires do not count; poor labour added later does',
    periodEnd: true,
    turns: [
      { user: '企业 招了4个零就业家庭的 以工代训搞了5个月 岗前补贴 没领 社保 也没参保', expect: notYes(4000) },
      { user: '那要是另外招的俩贫困户呢 建档立卡的 在俺这干了7个月 以工代训4个月 岗前也没领', expect: pay(1600, 5600) },
    ],
  },
  {
    id: 'v128d18',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴 一个都没领过": not claimed; the money goes to the unit',
    periodEnd: true,
    turns: [
      { user: '合作社收了5个建档立卡贫困户 干了8个月 以工代训3个月 岗前培训补贴 一个都没领过', expect: pay(3000) },
      { user: '这钱是打给合作社 还是直接给那几个人', expect: { cites: ['六(一)'], says: [/合作社|生产经营主体|经营主体|单位/] } },
    ],
  },
  {
    id: 'v128d19',
    class: 'negation_after_noun',
    probes: '"建档立卡 没有": poor but not registered, so not the rule\'s group; "贫困户" alone may be asked about',
    periodEnd: true,
    turns: [
      {
        user: '公司招了3个贫困户 干了10个月 以工代训6个月 岗前没领 算算多少钱',
        expect: { oneOf: [pay(3600), { asks: true, noAmount: 'open' }] },
      },
      { user: '不过那仨吧 建档立卡 没有 就是家里条件差', expect: notYes(3600) },
    ],
  },
  {
    id: 'v128d20',
    class: 'negation_after_noun',
    probes: '"就业困难那批 领过了 零就业那俩 没有": only the two count',
    periodEnd: true,
    turns: [
      { user: '企业交社保 俩批人 一批4个就业困难人员 一批2个零就业的 以工代训都4个月', expect: ask },
      { user: '岗前那个补贴 就业困难那批 领过了 零就业那俩 没有', expect: pay(1600, 4800, 3200) },
    ],
  },
  {
    id: 'v128d21',
    class: 'negation_after_noun',
    probes: '"不是企业 是合作社": disabled hires of a cooperative do not count even if insured',
    periodEnd: true,
    turns: [
      { user: '俺们 企业 不是 是农民专业合作社 招了3个残疾人 也参保了 以工代训6个月 岗前没领', expect: notYes(3600) },
      { user: '那合作社招贫困户的话 得干多久才中', expect: { cites: ['六(一)'], noAmount: 'open' } },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v128d22',
    class: 'unknown_reply',
    probes: '"不知道" on the 岗前 fact leaves it open; settled in turn 3',
    periodEnd: true,
    turns: [
      { user: '公司招了7个建档立卡贫困劳动力 干了9个月 以工代训5个月 能领多少', expect: ask },
      { user: '岗前补贴领没领 俺也不知道 管人事的辞职了', expect: dunno },
      { user: '问清楚了 那七个都没领过', expect: pay(7000) },
    ],
  },
  {
    id: 'v128d23',
    class: 'unknown_reply',
    probes: 'insurance "不清楚" for 刚来那批 zero-employment hires; settled later',
    periodEnd: true,
    turns: [
      { user: '我们企业 刚来那批6个零就业家庭的 以工代训3个月 岗前补贴没申', expect: ask },
      { user: '社保交没交这个我真不清楚 财务管的', expect: dunno },
      { user: '财务说全员都参保了', expect: pay(3600) },
    ],
  },
  {
    id: 'v128d24',
    class: 'unknown_reply',
    probes: 'a range of months employed ("五六个月") settles nothing for poor labour',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 收了10个建档立卡贫困户 以工代训4个月 岗前没领', expect: ask },
      { user: '他们具体来了多久记不清了 五六个月吧', expect: dunno },
      { user: '查了考勤 那10个都是8个月', expect: pay(8000) },
    ],
  },
  {
    id: 'v128d25',
    class: 'unknown_reply',
    probes: '"其中有几个残疾人" and "不清楚": the count is open until 4 is said',
    periodEnd: true,
    turns: [
      { user: '公司参保 一共招了9个 其中有几个残疾人 其余的是退役军人 以工代训都弄了5个月 岗前补贴没领', expect: ask },
      { user: '几个残疾人这个得问车间 俺不清楚', expect: dunno },
      { user: '车间主任说残疾人是4个', expect: pay(4000, 9000) },
    ],
  },
  {
    id: 'v128d26',
    class: 'unknown_reply',
    probes: '"人数俺不知道 反正十来个": no count, no figure',
    periodEnd: true,
    turns: [
      { user: '那几个贫困户的以工代训补贴咋算 俺们是企业', expect: ask },
      { user: '人数俺不知道 反正十来个', expect: dunno },
    ],
  },
  {
    id: 'v128d27',
    class: 'unknown_reply',
    probes: 'a settled figure reopened by "可能领过 我不确定" for one group, then settled again',
    periodEnd: true,
    turns: [
      { user: '公司交社保 3个残疾人 4个零就业家庭的 以工代训都3个月 岗前都没领', expect: pay(4200) },
      { user: '对了 零就业那4个 岗前补贴好像领过 我不确定', expect: dunno },
      { user: '确认了 零就业那几个领过岗前补贴', expect: pay(1800, 4200) },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v128d28',
    class: 'correction',
    probes: 'two of the nine left after three months: they were never employed six months',
    periodEnd: true,
    turns: [
      { user: '公司招了9个建档立卡贫困户 都干了10个月 以工代训6个月 岗前没申请', expect: pay(10800) },
      { user: '哦对了 那9个里头有2个干到第三个月就走了 只干了3个月', expect: pay(8400, 10800) },
    ],
  },
  {
    id: 'v128d29',
    class: 'correction',
    probes: '说错了: months of 以工代训 corrected from 5 to 3',
    periodEnd: true,
    turns: [
      { user: '企业 招了5个建档立卡贫困户 干了7个月 以工代训5个月 岗前没领', expect: pay(5000) },
      { user: '说错了 是以工代训3个月', expect: pay(3000, 5000) },
    ],
  },
  {
    id: 'v128d30',
    class: 'correction',
    probes: '不对: 刚来那批 is 4, the other two came earlier with 6 months of 以工代训',
    periodEnd: true,
    turns: [
      { user: '公司交社保 刚来那批6个就业困难人员 以工代训4个月 岗前补贴没领', expect: pay(4800) },
      {
        user: '不对 刚来那批其实是4个 另外俩就业困难的是早先来的 以工代训搞了6个月 岗前也没领',
        expect: pay(5600, 4800),
      },
    ],
  },
  {
    id: 'v128d31',
    class: 'correction',
    probes: '其实是公司: a cooperative corrected to an insured company makes zero-employment hires count',
    periodEnd: true,
    turns: [
      { user: '我们合作社 招了4个零就业家庭成员 以工代训3个月 岗前没领 社保也交了', expect: notYes(2400) },
      { user: '其实是公司 合作社是俺村里另一家 俺们是有限公司', expect: pay(2400) },
    ],
  },
  {
    id: 'v128d32',
    class: 'correction',
    probes: '我说反了: the groups with 8 and 3 months swap; the 4\'s 以工代训 months are open until said',
    periodEnd: true,
    turns: [
      {
        user: '企业 一共10个贫困户 建档立卡的 其中6个干了8个月 另外4个才来3个月 前面那6个以工代训做了6个月 岗前都没领',
        expect: pay(7200, 12000),
      },
      { user: '我说反了 干了8个月的是那4个 才来3个月的是那6个', expect: { ...ask, mustNotContain: ['7200'] } },
      { user: '那4个以工代训也搞了6个月', expect: pay(4800, 7200) },
    ],
  },
  {
    id: 'v128d33',
    class: 'correction',
    probes: 'count corrected from 3 to 5 disabled hires',
    periodEnd: true,
    turns: [
      { user: '公司参保 3个残疾人 以工代训2个月 岗前没领', expect: pay(1200) },
      { user: '说错了 残疾人是5个不是3个', expect: pay(2000, 1200) },
    ],
  },
  {
    id: 'v128d34',
    class: 'correction',
    probes: '其实 two of the five are veterans, not poor labour',
    periodEnd: true,
    turns: [
      { user: '企业 招了5个建档立卡贫困劳动力 干了一年 以工代训6个月 岗前没领', expect: pay(6000) },
      { user: '哦 其实那5个里2个是退役军人 不是贫困户', expect: pay(3600, 6000) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v128d35',
    class: 'topic_switch',
    probes: 'education-fund question between; then 第二个车间也是一样的情况 adds two poor hires',
    periodEnd: true,
    turns: [
      { user: '俺们企业俩车间 一车间招了3个建档立卡贫困户 干了9个月 以工代训4个月 岗前没领', expect: pay(2400) },
      { user: '顺便问下 职工教育经费税前扣除是按几个点', expect: { cites: ['六(二)'], says: [/8\s*[%％]|百分之八|8个点|八个点/] } },
      { user: '回到刚才 第二个车间也是一样的情况 2个贫困户 加起来多少', expect: pay(4000) },
    ],
  },
  {
    id: 'v128d36',
    class: 'topic_switch',
    probes: 'a per-occupation training subsidy question between (unfixed); the 以工代训 figure kept',
    periodEnd: true,
    turns: [
      { user: '公司交社保 有4个就业困难人员 以工代训6个月 岗前补贴没领过', expect: pay(4800) },
      { user: '那几个想去考电工证 个人培训补贴一人给多少钱', expect: unsettled },
      { user: '行 那就业困难那4个 以工代训的钱还是刚才那个数吧', expect: pay(4800) },
    ],
  },
  {
    id: 'v128d37',
    class: 'topic_switch',
    probes: 'chit-chat between; 另外仨 who came two months ago do not add',
    periodEnd: true,
    turns: [
      { user: '合作社 收了6个建档立卡贫困户 干了8个月 以工代训5个月 岗前没领', expect: pay(6000) },
      { user: '郑州明天下雪不 俺要去送货', expect: { answered: false } },
      { user: '另外仨也是建档立卡的 刚来俩月', expect: pay(6000, 9000) },
    ],
  },
  {
    id: 'v128d38',
    class: 'topic_switch',
    probes: '稳岗返还 between (outside); one of the five also disabled changes nothing',
    periodEnd: true,
    turns: [
      { user: '公司交社保 5个零就业家庭的 以工代训3个月 岗前没领', expect: pay(3000) },
      { user: '稳岗返还今年还有没有 咋申请', expect: { answered: false } },
      { user: '那5个里有一个其实也是残疾人 不影响吧', expect: pay(3000) },
    ],
  },
  {
    id: 'v128d39',
    class: 'topic_switch',
    probes: 'equipment first (a studio, 30万 → 6万), then a batch of poor labour',
    periodEnd: true,
    turns: [
      { user: '企业技能大师工作室买了实训设备30万 用的职工教育经费 人社财政验收过了', expect: kit(60000) },
      { user: '另外 那批贫困户 建档立卡的 8个 干了10个月 以工代训6个月 岗前没领 能领多少', expect: pay(9600) },
    ],
  },
  {
    id: 'v128d40',
    class: 'topic_switch',
    probes: 'apprenticeship question between (unfixed); back to 残疾人那4个 with the open facts',
    periodEnd: true,
    turns: [
      { user: '咱公司招了4个残疾人 以工代训3个月', expect: ask },
      { user: '先别管这个 新型学徒制那个补贴一个学徒给多少', expect: unsettled },
      { user: '回到残疾人那4个 公司参保了 岗前没领', expect: pay(2400) },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v128d41',
    class: 'person_training',
    probes: 'poor labour training is free; 另外仨 一样的情况 too',
    periodEnd: true,
    turns: [
      { user: '俺是建档立卡的 在厂里干活 想学个电焊 培训要自己掏钱不', expect: { cites: ['三(三)'], says: [/免费/] } },
      { user: '俺们厂另外仨也是建档立卡的 一样的情况 也免费不', expect: { says: [/免费/] } },
    ],
  },
  {
    id: 'v128d42',
    class: 'person_training',
    probes: 'three subsidies a year already; the others\' amount per training is unfixed',
    periodEnd: true,
    turns: [
      { user: '我今年已经领过3次职业培训补贴了 这回考叉车证还能领吗', expect: { cites: ['七(二)'], says: [/3\s*次|三次/] } },
      { user: '跟我一块的那俩今年才领过一次 他们一次能领多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v128d43',
    class: 'person_training',
    probes: 'training where one works (求职就业地), household elsewhere; amount unfixed',
    periodEnd: true,
    turns: [
      { user: '我在郑州打工 户口在周口 在郑州培训考了证 补贴能领不', expect: { cites: ['七(二)'] } },
      { user: '那补贴按啥标准给 一个证多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v128d44',
    class: 'person_training',
    probes: 'a monthly pensioner is outside the subsidy group; the other parent "一样的情况" has no figure',
    periodEnd: true,
    turns: [
      { user: '俺爹领着退休金 他想去学个育婴师 能享受培训补贴不', expect: { cites: ['六(一)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } } },
      { user: '那俺娘没退休金 也跟俺爹一样报育婴 补多少', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v128d45',
    class: 'entrepreneurship',
    probes: 'a three-year-old shop owner and 俩小工 with the wish to start up; amount unfixed',
    periodEnd: true,
    turns: [
      { user: '俺开了个小饭店 刚满三年 想参加创业培训 中不中', expect: { cites: ['三(八)'] } },
      { user: '俺店里俩小工也想去 他们没开店 就是想以后自己干', expect: { cites: ['三(八)'] } },
      { user: '那俺跟俩小工去上创业培训 一人能补多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v128d46',
    class: 'entrepreneurship',
    probes: 'a six-year-old business is past the five years; a vocational student daughter is covered',
    periodEnd: true,
    turns: [
      { user: '我那小公司开了6年了 还能报创业培训不', expect: { cites: ['三(八)'], says: [/5\s*年|五年/] } },
      { user: '那我闺女在职业学院上学呢 她能去不', expect: { cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v128d47',
    class: 'entrepreneurship',
    probes: 'college students wanting to start up; the roommates "一样的情况"; no fixed amount',
    periodEnd: true,
    turns: [
      { user: '大学还没毕业 想创业 有没有创业培训 要交钱不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '我们宿舍另外仨也是一样的情况 能一块报不', expect: { cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v128d48',
    class: 'entrepreneurship',
    probes: 'cooperative members wanting to open online shops: entrepreneurship training amount unfixed',
    periodEnd: true,
    turns: [
      { user: '俺们合作社那几个社员想自己开网店创业 有创业培训没有 补多少', expect: { ...unsettled, cites: ['三(八)', '五(一)'] } },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v128d49',
    class: 'equipment',
    probes: 'two purchases of one base share its 50万 cap; the studio "也是这么买的" on its own 10万 cap',
    periodEnd: true,
    turns: [
      {
        user: '公司建了个高技能人才培训基地 一期设备花了120万 二期又买了180万 都是职工教育经费出的 人社和财政验收合格',
        expect: kit(500000, '600000', '60万'),
      },
      { user: '另外技能大师工作室那边也是这么买的 40万 也验收了 工作室单独算能补多少', expect: { says: [/(?<![\d.])(8\s*万|80000|80,000)/] } },
    ],
  },
  {
    id: 'v128d50',
    class: 'equipment',
    probes: 'fund source and acceptance open, then not yet accepted, then accepted: 60万 studio → 10万 cap',
    periodEnd: true,
    turns: [
      { user: '俺们企业有个技能大师工作室 新买实训设备60万 能补多少', expect: kitOpen('120000', '12万') },
      {
        user: '钱是职工教育经费里出的 验收 还没验',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['120000', '12万'] },
      },
      { user: '上礼拜验收合格了 人社财政都来了', expect: kit(100000, '120000', '12万') },
    ],
  },
  {
    id: 'v128d51',
    class: 'equipment',
    probes: 'two sites; the second corrected from base to studio, which caps it at 10万',
    periodEnd: true,
    turns: [
      {
        user: '公司俩高技能人才培训基地 东厂那个设备80万 西厂那个设备60万 都是教育经费买的 都验收合格了',
        expect: kit(280000),
      },
      { user: '不对 西厂那个是技能大师工作室 不是基地', expect: kit(260000, '280000', '28万') },
    ],
  },
  {
    id: 'v128d52',
    class: 'equipment',
    probes: 'only the half bought from the 职工教育经费 counts; 第二个工作室也是一样的情况 doubles it',
    periodEnd: true,
    turns: [
      {
        user: '企业的技能大师工作室 设备35万 一半用职工教育经费 一半公司自有资金 验收合格了',
        expect: kit(35000, '70000', '7万'),
      },
      { user: '第二个工作室也是一样的情况 也是35万 俩加一块呢', expect: kit(70000) },
    ],
  },
  {
    id: 'v128d53',
    class: 'equipment',
    probes: 'fund source unknown ("不清楚") then said: 200万 base → 40万',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地买设备花了200万 验收合格了 补助有多少', expect: kitOpen('400000', '40万') },
      {
        user: '钱从哪出的这个我不清楚 得问财务',
        expect: { undecided: 'equipment_subsidy', mustNotContain: ['400000', '40万'] },
      },
      { user: '财务回话了 那200万是从职工教育经费里走的账', expect: kit(400000) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v128d54',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: deduction capped at 40万, and it is not cash',
    periodEnd: true,
    turns: [
      { user: '公司今年工资薪金总额500万 职工教育经费提了45万 税前能扣多少', expect: deduct(400000) },
      { user: '那这40万去哪个部门领钱', expect: { says: [/税前|扣除/] } },
    ],
  },
  {
    id: 'v128d55',
    class: 'education_fund',
    probes: 'two subsidiaries; "B公司也是一样的情况" keeps the payroll and changes the fund',
    periodEnd: true,
    turns: [
      { user: '我们俩子公司 A公司工资总额300万 教育经费提了20万 能税前扣多少', expect: deduct(200000) },
      { user: 'B公司也是一样的情况 工资总额一样 就是经费提了30万', expect: deduct(240000) },
    ],
  },
  {
    id: 'v128d56',
    class: 'education_fund',
    probes: 'fund of 10 % of 800万 → 64万 deductible; half on front-line workers is under 60 %',
    periodEnd: true,
    turns: [
      { user: '职工教育经费 我们提了工资总额的10% 工资总额800万', expect: deduct(640000) },
      { user: '用在一线工人身上的 大概就一半', expect: { says: [/60\s*[%％]|百分之六十|六成/] } },
    ],
  },
  {
    id: 'v128d57',
    class: 'education_fund',
    probes: 'the fund drawn is unknown: no figure; then 30万 of 600万 payroll',
    periodEnd: true,
    turns: [
      {
        user: '教育经费提了多少 会计休假了不知道 工资总额是600万',
        expect: { noAmount: 'open', asks: true, undecided: 'education_fund_deduction' },
      },
      { user: '会计回来了 说教育经费提了30万', expect: deduct(300000) },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v128d58',
    class: 'apprenticeship',
    probes: 'apprentice subsidy per head is unfixed; 师带徒 allowance from the education fund is allowed',
    periodEnd: true,
    turns: [
      { user: '我们厂跟职业学院搞新型学徒制 带了12个学徒 每人能补多少', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '另外那8个是师带徒 师傅的津贴能从教育经费里出吗', expect: { cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v128d59',
    class: 'apprenticeship',
    probes: 'two batches of apprentices: no total can be computed',
    periodEnd: true,
    turns: [
      { user: '企业新型学徒 第一批15个 第二批10个 学徒补贴一共多少钱', expect: unsettled },
      { user: '第二批那10个跟第一批一样的情况 标准一样不', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v128d60',
    class: 'apprenticeship',
    probes: 'apprentice subsidy is not the 200 元 of 以工代训',
    periodEnd: true,
    turns: [
      { user: '搞学徒培训的那几个徒弟 一个月补多少 也按200一个月算吗', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v128d61',
    class: 'period',
    probes: 'applying in 2026 for hires of earlier years: the plan has ended',
    periodEnd: true,
    turns: [
      { user: '现在都2026年了 以工代训还能申请不 俺们前年招了5个贫困户', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
    ],
  },
  {
    id: 'v128d62',
    class: 'period',
    probes: '"跟上回问的一样" equipment subsidy this year: ended',
    periodEnd: true,
    turns: [
      { user: '跟上回问的一样 高技能人才基地设备补助 今年还能报吗', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v128d63',
    class: 'period',
    probes: 'when the plan ends; a 2021 batch claimed now',
    periodEnd: true,
    turns: [
      { user: '这个技能提升行动方案 管到啥时候为止', expect: { mentionsPeriodEnd: true } },
      { user: '那21年那批残疾人的以工代训 现在补着申请还中不', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
    ],
  },
  {
    id: 'v128d64',
    class: 'period',
    probes: 'what a 2021 batch could have had (9600), said together with the end of the plan',
    periodEnd: true,
    turns: [
      { user: '2021年俺们公司招的那批贫困户 建档立卡的一共8个 当时干了10个月 以工代训6个月 岗前没领 当时能拿多少', expect: pay(9600) },
    ],
  },
];
