/**
 * HELD-OUT dialogues, set v132 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v101
 * (its first lines) was looked at; no message was copied from it. Not to be tuned on: no word of
 * these messages goes into a glossary, pattern or fixture; once a dialogue has been fixed by a
 * targeted change it measures nothing any more — write a new one instead.
 *
 * Who types here: both sides of everyday WeChat chats about 以工代训 and the other subsidies —
 * owners and HR of small Zhengzhou factories, a logistics firm, a building-materials company, a
 * planting cooperative and a village 扶贫车间, and workers themselves (家里是贫困户, 有残疾证, 当过兵,
 * 家里没人上班, a girl out of 初中, a pensioner, a shop owner). Short messages, typos and homophones
 * (以工带训, 补帖, 社宝), 俺/咱/啥/中不中, digits and Chinese numerals mixed, 俩/仨, facts given a few
 * at a time in reply to the assistant's questions ("4个人", "没领", "交了", "不清楚"), a fact
 * corrected a turn later (说错了 / 不对 / 其实是), a side question about another policy, and — today
 * being 2026 — whether anything can still be applied for (the plan ran 2019-12-02 to 2021-12-31).
 *
 * Nothing is inferred from silence. An amount is expected only once every fact it depends on has
 * been said: the kind of unit, insurance where the rule needs it (就业困难 / 残疾 / 零就业), the
 * group, the count, months employed for poor labour (≥ 6), months of 以工代训 (cap 6), whether the
 * 岗前培训补贴 was already claimed. "不清楚 / 不知道 / 记不清" leaves the fact open.
 *
 * Amounts, computed by hand from the contract and checked against the text (each checked twice):
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row. Poor labour
 *   (建档立卡) employed ≥ 6 months by a 企业 / 农民专业合作社 / 扶贫车间; 就业困难 (incl. 残疾人,
 *   三(二)) and 零就业家庭 only by an insured ENTERPRISE (a cooperative is not one), no six-month
 *   condition; 退役军人 and 农村转移就业劳动者 are no group of this rule; rows with the 岗前培训补贴
 *   claimed never count ("不得重复享受").
 *     d01 4×200×5=4000 · d02 3×200×min(8,6)=3600 (not 4800) · d03 2×200×3=1200 · d05 2×200×4=1600 ·
 *     d06 1×200×6=1200 · d07 3×200×5+2×200×5=5000 · d08 4×200×6=4800 (veterans out; not 7200) ·
 *     d09 1×200×3+2×200×3=1800 (one claimed 岗前; not 2400) · d10 cooperative: 5×200×4=4000, the two
 *     就业困难 out (not 5600) · d11 6×200×2+2×200×2=3200, the disabled one claimed 岗前 (not 3600) ·
 *     d12 2×200×6=2400, the row employed 4 months out · d13 uninsured: disabled out (not 2400), then
 *     poor 2×200×4=1600 (not 4000) · d14 岗前 claimed (not 4000) · d16 2×200×3=1200 ·
 *     d18 5×200×3=3000 · d19 3×200×5=3000 · d20 2×200×6=2400 · d21 7×200×4=5600 ·
 *     d24 6→4: 4×200×5=4000 (not 6000) · d25 2→5 months: 3×200×5=3000 (not 1200) · d26 残疾→当兵:
 *     none (not 2400) · d27 企业→合作社, 就业困难: none (not 2400) · d28 岗前 claimed → not claimed:
 *     5×200×6=6000 · d29 employed 5 → 9: 2×200×5=2000 · d31 4×200×3=2400 · d34 4×200×6=4800 ·
 *     d62 3×200×6=3600.
 * - Equipment (四(一)): per site min(20 % × value bought from the 职工教育经费, 500 000 base /
 *   100 000 studio), only after 人社 and 财政 验收合格; one site's batches share its cap.
 *     d22 base 80万 → 160000 · d46 studio 25万 → 50000 · d47 base 300万 → 600000 capped 500000 ·
 *     d48 studio 40万, own money → none, corrected to the fund → 80000 · d49 studio 60万 → 120000
 *     capped 100000 · d50 base 100万 → 200000 + studio 30万 → 60000 = 260000.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 *     d23 min(30万, 8%×300万=24万) = 240000 · d31 min(20万, 16万) = 160000 · d51 min(100万, 80万) =
 *     800000 · d52 min(25万, 40万) = 250000 · d54 min(50万, 64万) = 500000 · d55 min(60万, 48万) =
 *     480000, payroll corrected to 900万: min(60万, 72万) = 600000 (not 480000).
 * - Apprenticeship ("按照相关规定给予资金补贴"), per-occupation training subsidy, 生活费补贴, 交通补贴,
 *   entrepreneurship training, free training for poor labour: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道/不清楚": no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figure a misreading would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** Not eligible for 以工代训 (or not yet), and no figure at all. */
const noneYet: TurnExpect = { notVerdict: { rule: 'on_job_training', status: 'eligible' }, noAmount: 'open' };
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** Another policy or chit-chat. */
const outside: TurnExpect = { answered: false };
/** The answer says the plan has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** The subsidy of 六(一) goes to the unit, not the worker. */
const toUnit: TurnExpect = { says: [/企业|单位|生产经营主体/], noAmount: 'open' };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});

export const DIALOGUES_V132: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v132d01',
    class: 'one_group',
    probes: 'poor labour at a factory, count then months given in later replies; 4×200×5',
    periodEnd: true,
    turns: [
      { user: '老师 俺们厂里招了几个建档立卡贫困户 以工带训补帖咋算的', expect: ask },
      { user: '4个人 都是俺村的', expect: ask },
      { user: '来厂里八个月了 以工代训搞了5个月 岗前那个补贴没申过', expect: pay(4000) },
    ],
  },
  {
    id: 'v132d02',
    class: 'one_group',
    probes: 'cooperative, poor labour, 8 months of 以工代训 capped at 6, 岗前 answered last',
    periodEnd: true,
    turns: [
      { user: '俺是种植合作社的 收了仨贫困户来地里干活 能补以工代训不', expect: ask },
      { user: '干了10个月了 以工代训带了八个月', expect: ask },
      { user: '岗前培训补贴 俺们没领', expect: payNot(3600, 4800) },
    ],
  },
  {
    id: 'v132d03',
    class: 'one_group',
    probes: 'village 扶贫车间 is a production entity for poor labour; 2×200×3',
    periodEnd: true,
    turns: [
      { user: '俺们村扶贫车间 也能搞以工代训申补贴吗', expect: { cites: ['六(一)'], noAmount: 'open' } },
      { user: '贫困劳动力2个 在车间干7个月了 以工代训3个月 岗前补帖没拿过 能给多少', expect: pay(1200) },
    ],
  },
  {
    id: 'v132d04',
    class: 'one_group',
    probes: 'a worker from a poor family asks whether the 以工代训 money is paid to him: it goes to the unit',
    periodEnd: true,
    turns: [
      { user: '俺家是贫困户 在服装厂上班半年多了 厂里说有个以工代训 那钱是发给俺不', expect: toUnit },
      { user: '那厂里一个人一个月能补多少', expect: { says: [/200/] } },
    ],
  },
  {
    id: 'v132d05',
    class: 'one_group',
    probes: 'insured company, 就业困难人员, count and insurance in one reply, months and 岗前 in the next',
    periodEnd: true,
    turns: [
      { user: '咱公司招了就业困难人员 以工代训有补帖没', expect: ask },
      { user: '俩 社保都给交着呢', expect: ask },
      { user: '以工代训搞了四个月 岗前补贴没弄过', expect: pay(1600) },
    ],
  },
  {
    id: 'v132d06',
    class: 'one_group',
    probes: '"家里没人上班" = 零就业家庭 at an insured logistics firm; 岗前 asked last; 1×200×6',
    periodEnd: true,
    turns: [
      { user: '招了个姑娘 她说她家里没人上班 这种的能申以工代训补贴不', expect: ask },
      { user: '俺们是物流公司 社宝正常交 她跟着师傅学了6个月', expect: ask },
      { user: '岗前技能培训补贴 没有申请过', expect: pay(1200) },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v132d07',
    class: 'several_groups',
    probes: 'poor labour and disabled at an insured factory, months of 以工代训 given last for both; 3000+2000',
    periodEnd: true,
    turns: [
      { user: '厂里新招的 贫困户3个 残疾人2个 想问问以工代训', expect: ask },
      { user: '社保都交 贫困户那仨干了9个月 残疾的俩干了5个月', expect: ask },
      { user: '这5个人以工代训都带了5个月 岗前的补帖一个也没领', expect: pay(5000) },
    ],
  },
  {
    id: 'v132d08',
    class: 'several_groups',
    probes: 'veterans ("当过兵的") are no group of 以工代训; only the poor count; 4800 not 7200',
    periodEnd: true,
    turns: [
      { user: '俺们公司招了2个当过兵的 还有4个建档立卡的 以工代训咋补', expect: ask },
      { user: '建档立卡那4个来了一年了 以工代训6个月 当兵的俩也是6个月 岗前补贴一个都没领', expect: payNot(4800, 7200) },
    ],
  },
  {
    id: 'v132d09',
    class: 'several_groups',
    probes: 'zero-employment and 就业困难 at an insured plant, one of three already had 岗前; 1800 not 2400',
    periodEnd: true,
    turns: [
      { user: '咱这小厂 零就业家庭的1个 就业困难的3个 都交着保险 以工代训带了仨月', expect: ask },
      { user: '岗前补贴 就业困难那3个里头有1个领过 其他的没领', expect: payNot(1800, 2400) },
    ],
  },
  {
    id: 'v132d10',
    class: 'several_groups',
    probes: 'a cooperative is no insured enterprise: its 就业困难 hires never count, even when it pays insurance; 4000 not 5600',
    periodEnd: true,
    turns: [
      { user: '农民专业合作社 贫困户5个干了7个月 还有2个就业困难人员 以工代训都搞了4个月 岗前补贴都没领', expect: payNot(4000, 5600) },
      { user: '合作社也给他们交社保了 那俩就业困难的也不中?', expect: payNot(4000, 5600) },
    ],
  },
  {
    id: 'v132d11',
    class: 'several_groups',
    probes: 'three groups at an insured garment factory; the disabled hire had 岗前, so 3200 not 3600',
    periodEnd: true,
    turns: [
      { user: '俺们服装厂 贫困劳动力6个 零就业家庭2个 有残疾证的1个', expect: ask },
      { user: '厂里社保都交 贫困的6个都干满半年了', expect: ask },
      { user: '以工代训都带了两个月 岗前补贴就那个残疾的领过', expect: payNot(3200, 3600) },
    ],
  },
  {
    id: 'v132d12',
    class: 'several_groups',
    probes: 'two rows of poor labour, one employed only 4 months (out); 2×200×6',
    periodEnd: true,
    turns: [
      { user: '公司交社保的 去年招了贫困户2个干了8个月以工代训6个月 今年又招了3个贫困户才干了4个月', expect: ask },
      { user: '岗前补贴都没申请', expect: pay(2400) },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v132d13',
    class: 'negation_after_noun',
    probes: '"保险 没交" after the noun: disabled hires at an uninsured factory do not count; poor ones do',
    periodEnd: true,
    turns: [
      { user: '残疾人 俺厂里有3个 保险 没交 以工代训4个月 岗前补贴 没领', expect: notYes(2400) },
      { user: '贫困户 俺那也有俩 干了7个月 以工代训也是4个月 岗前补贴一样没领', expect: payNot(1600, 4000) },
    ],
  },
  {
    id: 'v132d14',
    class: 'negation_after_noun',
    probes: '"岗前那个补贴 已经领过了": the poor hires do not count any more',
    periodEnd: true,
    turns: [
      { user: '招了4个贫困户 干了十个月 以工代训5个月 在俺公司', expect: ask },
      { user: '岗前那个补贴 已经领过了', expect: notYes(4000) },
    ],
  },
  {
    id: 'v132d15',
    class: 'negation_after_noun',
    probes: 'rural migrants only, "建档立卡 一个都不是": no group of 以工代训, no figure',
    periodEnd: true,
    turns: [
      { user: '俺们厂招了5个农村出来打工的 以工代训能补不', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' } } },
      { user: '建档立卡 一个都不是 也没有残疾的', expect: noneYet },
    ],
  },
  {
    id: 'v132d16',
    class: 'negation_after_noun',
    probes: '"社保 交着哩" / "岗前补贴没" after the nouns; 2×200×3; poor labour needs no insurance',
    periodEnd: true,
    turns: [
      { user: '零就业家庭的俩人 社保交着哩 以工代训三个月 岗前补贴没 俺们是建材公司', expect: pay(1200) },
      { user: '那要是贫困户 单位不交社保也中?', expect: { cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v132d17',
    class: 'negation_after_noun',
    probes: '"还不到六个月" after the noun: a poor hire at a cooperative does not qualify yet',
    periodEnd: true,
    turns: [
      { user: '贫困户1个 来俺合作社还不到六个月 以工代训一直带着呢 能先申不', expect: noneYet },
      { user: '等他干满8个月 以工代训带满6个月 岗前补贴也没领 到时候还能申不', expect: ended },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v132d18',
    class: 'unknown_reply',
    probes: 'months employed "不清楚" leaves the poor-labour row open; settled a turn later; 5×200×3',
    periodEnd: true,
    turns: [
      { user: '俺厂招贫困户了 5个 以工代训有补贴吧', expect: ask },
      { user: '干多久了俺也不清楚 得问车间主任', expect: dunno },
      { user: '问了 都干了7个月 以工代训带了3个月 岗前补贴没领过', expect: pay(3000) },
    ],
  },
  {
    id: 'v132d19',
    class: 'unknown_reply',
    probes: 'insurance "不知道" leaves the disabled row open; "人事说交了" settles it; 3×200×5',
    periodEnd: true,
    turns: [
      { user: '公司招了3个残疾人 以工代训带了5个月 岗前补贴没领', expect: ask },
      { user: '社保交没交 不知道 人事管的', expect: dunno },
      { user: '人事说交了', expect: pay(3000) },
    ],
  },
  {
    id: 'v132d20',
    class: 'unknown_reply',
    probes: '岗前 "记不清了" is open, not "no"; then "查了 没领"; 2×200×6',
    periodEnd: true,
    turns: [
      { user: '合作社 收了2个贫困户 干了9个月 以工代训6个月 补多少', expect: ask },
      { user: '岗前培训补贴领没领 俺记不清了', expect: dunno },
      { user: '查了 没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v132d21',
    class: 'unknown_reply',
    probes: 'the count "不清楚" leaves it open; "半年以上" settles ≥ 6 months; 7×200×4',
    periodEnd: true,
    turns: [
      { user: '俺们扶贫车间有贫困劳动力在干活 以工代训能补多少钱', expect: ask },
      { user: '几个人?俺不是管事的 不清楚', expect: dunno },
      { user: '管事的说是7个 都干了半年以上 以工代训4个月 岗前没领', expect: pay(5600) },
    ],
  },
  {
    id: 'v132d22',
    class: 'unknown_reply',
    probes: 'equipment of a base: 验收 "不清楚" stays open; 合格 later gives 20 % × 80万',
    periodEnd: true,
    turns: [
      { user: '俺们高技能人才培训基地新买了实训设备80万 用的职工教育经费 能补多少', expect: kitOpen('160000', '16万') },
      { user: '验收的事 俺真不清楚', expect: { undecided: 'equipment_subsidy', mustNotContain: ['160000', '16万'] } },
      { user: '问过了 人社和财政都验收和格了', expect: kit(160000) },
    ],
  },
  {
    id: 'v132d23',
    class: 'unknown_reply',
    probes: 'education fund: payroll "不知道" is open; 300万 later caps the 30万 at 24万',
    periodEnd: true,
    turns: [
      { user: '职工教育经费能税前扣多少 俺们今年提了30万', expect: { asks: true, undecided: 'education_fund_deduction' } },
      { user: '工资总额 会计休假了 俺不知道', expect: { undecided: 'education_fund_deduction' } },
      { user: '会计回来了 全年工资薪金总额是300万', expect: deduct(240000) },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v132d24',
    class: 'correction',
    probes: 'count corrected 6 → 4: 4000, not 6000',
    periodEnd: true,
    turns: [
      { user: '俺们公司招了6个贫困户 干了8个月 以工代训5个月 岗前补贴没领', expect: pay(6000) },
      { user: '说错了 是4个 不是6个', expect: payNot(4000, 6000) },
    ],
  },
  {
    id: 'v132d25',
    class: 'correction',
    probes: 'months of 以工代训 corrected 2 → 5: 3000, not 1200',
    periodEnd: true,
    turns: [
      { user: '合作社的 贫困户3个 干了1年 以工代训带了2个月 岗前没领', expect: pay(1200) },
      { user: '不对不对 以工代训其实是5个月', expect: payNot(3000, 1200) },
    ],
  },
  {
    id: 'v132d26',
    class: 'correction',
    probes: 'group corrected from 残疾证 to 当过兵: veterans are no group of 以工代训; not 2400',
    periodEnd: true,
    turns: [
      { user: '公司交着社保 招了2个有残疾证的 以工代训6个月 岗前补贴没申', expect: pay(2400) },
      { user: '搞错了 他俩是当过兵的 没残疾证', expect: notYes(2400) },
    ],
  },
  {
    id: 'v132d27',
    class: 'correction',
    probes: 'unit corrected from 企业 to 合作社 with 就业困难 hires: no longer qualifies; not 2400',
    periodEnd: true,
    turns: [
      { user: '俺这招了3个就业困难人员 以工代训4个月 社保交了 岗前补贴没领 俺们是企业', expect: pay(2400) },
      { user: '其实俺们是农民专业合作社 不是公司', expect: notYes(2400) },
    ],
  },
  {
    id: 'v132d28',
    class: 'correction',
    probes: '岗前 corrected from claimed to not claimed: 5×200×6 now counts',
    periodEnd: true,
    turns: [
      { user: '招了5个贫困户干了7个月 以工代训6个月 岗前补贴领过了 俺们是食品厂', expect: notYes(6000) },
      { user: '俺看错了 岗前补贴没领过 领的是别的', expect: pay(6000) },
    ],
  },
  {
    id: 'v132d29',
    class: 'correction',
    probes: 'months employed corrected 5 → 9: the poor hires qualify after the correction; 2×200×5',
    periodEnd: true,
    turns: [
      { user: '建档立卡贫困劳动力2个 在俺厂干了5个月 以工代训5个月 岗前没领', expect: notYes(2000) },
      { user: '哦不对 干了9个月了 以工代训是5个月没错', expect: pay(2000) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v132d30',
    class: 'topic_switch',
    probes: 'from the 以工代训 rate to 社保补贴, which the plan does not cover',
    periodEnd: true,
    turns: [
      { user: '俺们厂招贫困户 以工代训补贴是每人每月多少钱', expect: { says: [/200/], cites: ['六(一)'] } },
      { user: '那社保补贴咋申请', expect: outside },
    ],
  },
  {
    id: 'v132d31',
    class: 'topic_switch',
    probes: 'from a settled 以工代训 amount to the education-fund deduction in the same chat',
    periodEnd: true,
    turns: [
      { user: '物流公司 交社保 招了4个零就业家庭的 以工代训3个月 岗前补贴没领', expect: pay(2400) },
      { user: '换个事 职工教育经费 工资总额200万 提了20万 税前能扣多少', expect: deduct(160000) },
    ],
  },
  {
    id: 'v132d32',
    class: 'topic_switch',
    probes: 'apprenticeship amount (not fixed) then 稳岗返还 (another policy)',
    periodEnd: true,
    turns: [
      { user: '企业新型学徒制 俺们带了8个学徒 一人能补多少', expect: unsettled },
      { user: '跑题问一句 俺厂那个稳岗返还今年还给发不', expect: outside },
    ],
  },
  {
    id: 'v132d33',
    class: 'topic_switch',
    probes: 'a migrant worker asks about training subsidy where he works, then about 失业金',
    periodEnd: true,
    turns: [
      { user: '俺在郑州打工 户口在周口 在郑州考了个电工证 有培训补贴不', expect: { cites: ['七(二)'] } },
      { user: '对了 失业金咋领', expect: outside },
    ],
  },
  {
    id: 'v132d34',
    class: 'topic_switch',
    probes: '以工代训 interrupted by 个税 and resumed: facts before the detour are kept; 4×200×6',
    periodEnd: true,
    turns: [
      { user: '俺们是扶贫车间 贫困劳动力 4个 干了7个月', expect: ask },
      { user: '顺便问下 个税专项附加扣除咋填', expect: outside },
      { user: '回到刚才的 以工代训带了6个月 岗前补贴没领', expect: pay(4800) },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v132d35',
    class: 'person_training',
    probes: 'a worker with a disability certificate asks about training, then its amount (not fixed)',
    periodEnd: true,
    turns: [
      { user: '俺有残疾证 想学个手艺 政府管培训不', expect: { cites: ['三(二)', '七(二)', '六(一)'] } },
      { user: '培训补帖给多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v132d36',
    class: 'person_training',
    probes: 'three subsidies already this year: 原则上每人每年不超过3次',
    periodEnd: true,
    turns: [
      { user: '今年俺已经领过3回培训补贴了 再考个证还给补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } },
      { user: '那等明年呢', expect: { cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v132d37',
    class: 'person_training',
    probes: 'a pensioner is outside the training subsidy (不具有按月领取养老金资格); his wife without pension asks too',
    periodEnd: true,
    turns: [
      { user: '俺60多了 每个月领养老金 想去学养老护理 有补贴没', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)', '七(二)'] } },
      { user: '俺老伴没退休金 她去学中不中', expect: { cites: ['六(一)', '七(二)'] } },
    ],
  },
  {
    id: 'v132d38',
    class: 'person_training',
    probes: 'same occupation and level again is not subsidised twice; a higher level is another matter',
    periodEnd: true,
    turns: [
      { user: '前年考焊工初级领过补贴 今年想再考一回焊工初级 能再补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } },
      { user: '那考焊工中级呢', expect: { cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v132d39',
    class: 'person_training',
    probes: 'poor labour trains for free (三(三)); the 生活费补贴 amount is not fixed',
    periodEnd: true,
    turns: [
      { user: '俺家是贫困户 想去学厨师 要交学费不', expect: { cites: ['三(三)'], says: [/免费/] } },
      { user: '学的时候有生活费补贴没 一天多少', expect: unsettled },
    ],
  },
  {
    id: 'v132d40',
    class: 'person_training',
    probes: 'a 两后生 girl and 家政 training; amount and 交通费 not fixed',
    periodEnd: true,
    turns: [
      { user: '俺闺女初中毕业没上高中 想学家政 有啥培训', expect: { cites: ['三(二)', '三(四)', '五(一)'] } },
      { user: '学完给补多少钱 来回车费报不报', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v132d41',
    class: 'entrepreneurship',
    probes: 'a shop open 3 years: 开业5年以内的小微企业主; the amount is not fixed',
    periodEnd: true,
    turns: [
      { user: '俺开了个小超市 3年了 能参加创业培训不', expect: { cites: ['三(八)'] } },
      { user: '培训补多少钱啊', expect: unsettled },
    ],
  },
  {
    id: 'v132d42',
    class: 'entrepreneurship',
    probes: 'a vocational-college student and creation training; whether it costs / pays is not fixed',
    periodEnd: true,
    turns: [
      { user: '俺在职业学院上大二 想创业 学校那个创业培训是不是这个政策管的', expect: { cites: ['三(八)'] } },
      { user: '创业培训要钱不 有补贴的话补多少', expect: unsettled },
    ],
  },
  {
    id: 'v132d43',
    class: 'entrepreneurship',
    probes: 'a former soldier wants to start a business: creation training yes, 创业担保贷款 is another policy',
    periodEnd: true,
    turns: [
      { user: '当过兵 退伍回来想自己干点啥 有创业培训没', expect: { cites: ['三(八)'] } },
      { user: '退役军人创业有没有贷款给', expect: outside },
    ],
  },
  {
    id: 'v132d44',
    class: 'entrepreneurship',
    probes: 'a restaurant open 7 years: the answer names the five-year line',
    periodEnd: true,
    turns: [
      { user: '俺那饭店开了7年了 还能按小微企业主参加创业培训不', expect: { cites: ['三(八)'], says: [/5\s*年|五年/] } },
      { user: '那俺想再开个分店 算有创业愿望不', expect: { cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v132d45',
    class: 'entrepreneurship',
    probes: 'a web-shop owner wants e-commerce / marketing training; amount and timing not fixed',
    periodEnd: true,
    turns: [
      { user: '媳妇开网店1年多 想学电商运营跟营销 这种培训有没', expect: { cites: ['三(八)', '五(一)'] } },
      { user: '一回培训给多少钱补贴 多久发', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v132d46',
    class: 'equipment',
    probes: 'studio equipment 25万 from the fund: 验收 open first, then 20 % = 50000',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 新买设备25万 走的职工教育经费', expect: kitOpen('50000', '5万') },
      { user: '人社财政都验收完了 合格', expect: kit(50000) },
    ],
  },
  {
    id: 'v132d47',
    class: 'equipment',
    probes: 'base equipment 300万: 20 % is 60万, capped at 50万; splitting into batches does not raise the cap',
    periodEnd: true,
    turns: [
      { user: '俺们高技能人才培训基地买实训设备花了300万 职工教育经费出的 人社财政验收合格了 补多少', expect: kit(500000) },
      { user: '要是分两批买 每批150万 能不能多补点', expect: { says: [/50\s*万|500000|500,000/] } },
    ],
  },
  {
    id: 'v132d48',
    class: 'equipment',
    probes: 'equipment bought with own money does not count; corrected to the fund: 20 % × 40万',
    periodEnd: true,
    turns: [
      { user: '工作室买设备40万 是公司自己账上的钱 没走职工教育经费 验收过了', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['80000', '8万'] } },
      { user: '说错了 财务说其实走的是职工教育经费', expect: kit(80000) },
    ],
  },
  {
    id: 'v132d49',
    class: 'equipment',
    probes: 'studio equipment 60万: 20 % is 12万, capped at 10万; a one-off subsidy',
    periodEnd: true,
    turns: [
      { user: '大师工作室 设备60万 职工教育经费买的 验收合格 能补几万', expect: kit(100000) },
      { user: '这个补助一共能补几回', expect: { says: [/一次性/] } },
    ],
  },
  {
    id: 'v132d50',
    class: 'equipment',
    probes: 'a base and a studio, each with its own cap: 20万 + 6万 = 26万',
    periodEnd: true,
    turns: [
      { user: '俺们有个高技能人才培训基地 还有个技能大师工作室 都用职工教育经费买了设备', expect: kitOpen() },
      { user: '基地买了100万 工作室买了30万 人社财政都验收合格了', expect: kit(260000) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v132d51',
    class: 'education_fund',
    probes: 'the 8 % limit, then payroll 1000万 and fund 100万: deduction 80万',
    periodEnd: true,
    turns: [
      { user: '职工教育经费 税前扣除 按工资的几个点', expect: { says: [/8\s*[%％]|百分之八/], cites: ['六(二)'] } },
      { user: '俺们工资总额1000万 提了100万 能扣多少', expect: deduct(800000) },
    ],
  },
  {
    id: 'v132d52',
    class: 'education_fund',
    probes: 'fund under the limit: all 25万 deductible; it is no cash paid out',
    periodEnd: true,
    turns: [
      { user: '工资薪金总额500万 职工教育经费提了25万 能在税前扣多少', expect: deduct(250000) },
      { user: '那这25万是发给俺们的钱不', expect: { says: [/税前|扣除/] } },
    ],
  },
  {
    id: 'v132d53',
    class: 'education_fund',
    probes: 'the 60 % front-line share and 师带徒 津贴 from the education fund',
    periodEnd: true,
    turns: [
      { user: '教育经费花在一线工人身上的 得占多少', expect: { says: [/60\s*[%％]|百分之六十|六成/], cites: ['六(二)'] } },
      { user: '俺们去年一线才花了四成 中不中', expect: { says: [/60\s*[%％]|百分之六十|六成/] } },
      { user: '师傅带徒弟的津贴 能从这钱里出不', expect: { cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v132d54',
    class: 'education_fund',
    probes: 'payroll given, fund drawn not yet: ask; then 50万 under the 64万 limit',
    periodEnd: true,
    turns: [
      { user: '俺们公司工资总额800万 职工教育经费能抵多少税', expect: { asks: true, undecided: 'education_fund_deduction' } },
      { user: '提了50万', expect: deduct(500000) },
    ],
  },
  {
    id: 'v132d55',
    class: 'education_fund',
    probes: 'payroll corrected 600万 → 900万: deduction 60万, not 48万',
    periodEnd: true,
    turns: [
      { user: '工资总额600万 教育经费提了60万 税前能扣多少', expect: deduct(480000) },
      { user: '工资总额说错了 是900万', expect: deduct(600000, '480000', '48万') },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v132d56',
    class: 'apprenticeship',
    probes: 'apprenticeship amount per head is not fixed (按照相关规定); whom to ask',
    periodEnd: true,
    turns: [
      { user: '新型学徒制 俺厂带了12个徒弟 政府一人补多少', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '那学徒补贴找谁申请', expect: contact },
    ],
  },
  {
    id: 'v132d57',
    class: 'apprenticeship',
    probes: 'a car-repair firm and 企业新型学徒制: supported, but no standard per month or year',
    periodEnd: true,
    turns: [
      { user: '俺们是做汽修的 想搞企业新型学徒 这政策支持不', expect: { cites: ['四(一)'] } },
      { user: '学徒补贴标准多少 按年还是按月', expect: unsettled },
    ],
  },
  {
    id: 'v132d58',
    class: 'apprenticeship',
    probes: 'the three-year target of 2万 apprentices, then the amount for 5 apprentices (not fixed)',
    periodEnd: true,
    turns: [
      { user: '郑州三年要培养多少新型学徒', expect: { says: [/2\s*万|两万|二万|20000/], cites: ['四(一)'] } },
      { user: '那俺们带5个学徒补多少', expect: unsettled },
    ],
  },
  {
    id: 'v132d59',
    class: 'apprenticeship',
    probes: 'an apprentice asks who gets the apprenticeship money (not said), then about 师带徒 津贴',
    periodEnd: true,
    turns: [
      { user: '俺在厂里当学徒 师傅带俺 学徒补贴是给俺还是给厂里', expect: unsettled },
      { user: '师傅带俺 他有津贴不', expect: { cites: ['六(二)'] } },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v132d60',
    class: 'period',
    probes: 'in 2026 the plan has ended; late applications are not settled by it',
    periodEnd: true,
    turns: [
      { user: '都2026年了 以工代训还能申请不', expect: ended },
      { user: '那21年那会儿没申的 现在还能补申不', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { mentionsPeriodEnd: true }] } },
    ],
  },
  {
    id: 'v132d61',
    class: 'period',
    probes: 'start and end of the plan; a successor plan is nothing this text says',
    turns: [
      { user: '这个职业技能提升行动方案 啥时候开始啥时候结束', expect: { says: [/2019/, /2021/], mentionsPeriodEnd: true } },
      { user: '后头有没有新的方案接着', expect: { oneOf: [{ answered: false }, { says: [HONEST_NOT_SETTLED] }] } },
    ],
  },
  {
    id: 'v132d62',
    class: 'period',
    probes: 'a full 以工代训 case asked "现在还中不中": the figure and that the plan ended',
    periodEnd: true,
    turns: [
      { user: '俺厂里招了3个贫困户 干了8个月 以工代训6个月 岗前没领 现在还中不中', expect: { ...pay(3600), mentionsPeriodEnd: true } },
      { user: '那当年没申请 现在去人社局补还给不', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { mentionsPeriodEnd: true }] } },
    ],
  },
  {
    id: 'v132d63',
    class: 'period',
    probes: 'a worker from a poor family asks whether the 以工代训 policy still exists, then the rate',
    periodEnd: true,
    turns: [
      { user: '俺是贫困户 听村里人说在厂里干活厂里能领以工代训补贴 现在还有这政策没', expect: ended },
      { user: '那政策有效那几年 一个人一个月给厂里补多少', expect: { says: [/200/] } },
    ],
  },
  {
    id: 'v132d64',
    class: 'period',
    probes: 'studio equipment subsidy in 2026: ended; the cap it had was 10万',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室的设备补助 这会儿还能报不', expect: ended },
      { user: '当时最多给多少', expect: { says: [/10\s*万|100000|100,000|十万/] } },
    ],
  },
];
