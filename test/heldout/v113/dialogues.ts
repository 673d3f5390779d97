/**
 * HELD-OUT dialogues, set v113 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, scripts/, prompts/, other held-out sets or the dev sets under test/. Only the
 * format of v101 (its first lines) was looked at. Not to be tuned on: no word of these messages goes
 * into a glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it
 * measures nothing any more — write a new one instead.
 *
 * Who types here: workers and job seekers — 贫困户, 退役军人, 残疾人, 大学生, 农民工, 下岗职工, 宝妈 —
 * and their relatives (a brother's factory, an uncle's cooperative, a niece at 技校), a 人事 newcomer,
 * a cashier, a 设备科 clerk, and 12333-style hotline staff relaying a caller. They type on WeChat: no
 * punctuation or spaces for punctuation, run-on sentences with several facts at once, 俺/咱/恁/啥/
 * 中不中, Chinese numerals and 俩/仨, homophone typos (补帖, 以工带训, 陪训, 建档力卡). Theme: people
 * who do NOT know the policy words — "有残疾证的" for 残疾人, "交社保的" for 参保企业, "家里都没工作
 * 的/零就业家庭", "当过兵的" for 退役军人, "边干边学/带着学" beside 以工代训, "刚来时那个上岗前培训的
 * 钱" for 岗前培训补贴, "工资一年总共发了" for 工资薪金总额, "技校/中专" for 技工/职业院校; dated
 * questions (2020年/2021年) and "现在还能领吗" — today (2026) the plan, which ran 2019-12-02 to
 * 2021-12-31, has ended.
 *
 * Nothing is inferred from silence. An amount is expected only once every fact it depends on has
 * been said: the kind of unit, insurance where the rule needs it, the group, the count, months
 * employed (poor labour ≥ 6), months of 以工代训 (cap 6), and that the 岗前培训补贴 was NOT claimed.
 * A worker asking for himself gets no 以工代训 figure: the subsidy goes to the 生产经营主体.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row. Poor labour (建档立卡)
 *   qualifies when employed ≥ 6 months by a production entity (企业、合作社、扶贫车间); 残疾人 (三(二):
 *   就业困难人员含残疾人), 就业困难人员 and 零就业家庭成员 only with an insured ENTERPRISE (a cooperative
 *   is none); 退役军人, 农民工 and plain low-income workers are no group of this rule; rows whose
 *   岗前培训补贴 was claimed never count.
 *   d01 3 残疾 × 200 × 4 = 2400 · d02 5 贫困 × 200 × min(7,6)=6 = 6000 · d04 1 零就业 × 200 × 3 = 600 ·
 *   d06 1 就业困难 × 200 × 2 = 400 · d07 2 贫困 (9 months employed) × 200 × 5 = 2000 + 1 残疾 × 200 × 2
 *   = 400 → 2400 · d08 4 贫困 × 200 × 6 = 4800 (3 农民工 + 1 退伍 excluded; 9600 if counted) ·
 *   d09 2 零就业 × 200 × 3 = 1200 + 1 残疾 × 200 × 3 = 600 → 1800 (贫困 employed 4 months excluded;
 *   2400 if counted) · d10 cooperative: 3 贫困 × 200 × 6 = 3600 (2 残疾 excluded at a cooperative;
 *   6000 if counted) · d11 5 就业困难 × 200 × 4 = 4000 (2 退役 excluded; 5600 if counted) ·
 *   d17 4 贫困 × 200 × 5 = 4000 · d18 3 残疾 × 200 × 4 = 2400 · d20 6 贫困 × 200 × 4 = 4800 ·
 *   d22 2 残疾 × 200 × 5 = 2000, corrected to 3 → 3000 · d23 3 贫困 × 200 × min(8,6) = 3600, corrected
 *   to 5 months employed → none · d25 4 贫困 × 200 × 3 = 2400, one with 岗前 claimed → 3 × 600 = 1800 ·
 *   d27 2 零就业 × 200 × 6 = 2400 · d30 3 残疾 × 200 × 6 = 3600 · d58 2 残疾 × 200 × 3 = 1200 ·
 *   d61 3 贫困 × 200 × 6 = 3600.
 *   No amount: d03 (the worker himself), d05 (退役军人 only; 1200 if counted), d12 (not insured;
 *   2000), d13 (not 建档立卡; 1200), d14 (岗前 claimed; 600), d15 (no 残疾证, no 就业困难 认定; 800).
 * - Equipment (四(一)): per site min(20 % × value bought from the 职工教育经费, 500 000 base / 100 000
 *   studio), only after 人社 and 财政 验收合格.
 *   d28 studio 40万 → 80 000 · d43 studio 80万 → 160 000 capped 100 000 · d44 base 120万 → 240 000 ·
 *   d45 base 200万 → 400 000 (open until the fund and 验收 are said) · d46 studio 30万 not yet 验收 →
 *   none (60 000 if wrongly given) · d47 base 300万 → 600 000 capped 500 000 + studio 30万 → 60 000 =
 *   560 000 (660 000 uncapped) · d48 studio 35万 → 70 000, corrected to 55万 → 110 000 capped 100 000.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash; the 60 %
 *   front-line share noted when under it.
 *   d29 min(70万, 8 % × 800万 = 64万) = 640 000 · d49 min(30万, 8 % × 300万 = 24万) = 240 000 ·
 *   d50 min(10万, 8 % × 200万 = 16万) = 100 000 · d51 min(60万, 8 % × 1000万 = 80万) = 600 000, share
 *   一半 < 60 % · d52 min(40万, 8 % × 450万 = 36万) = 360 000 (open until the payroll is said) ·
 *   d53 min(5万, 8 % × 100万 = 8万) = 50 000.
 * - Apprenticeship ("按照相关规定给予资金补贴"), the per-occupation training subsidy, 生活费补贴, free
 *   training for poor labour, entrepreneurship training, the poor family's aid for a child at 技校 or
 *   职业院校 ("按政策给予补助") and competition awards: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道": no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figure a misreading would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** The plan has ended (2021-12-31). */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** The person's training subsidy while a fact is still open: no verdict, no figure. */
const trainOpen: TurnExpect = { noAmount: 'unfixed', undecided: 'vocational_training' };
/** The person's training subsidy is excluded by a fact said: not eligible, no figure. */
const trainNo = (...says: RegExp[]): TurnExpect => ({ noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, ...(says.length ? { says } : {}) });
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({ amount: { rule: 'education_fund_deduction', yuan }, says: [/税前|扣除/] });
/** Whoever gets the 以工代训 money: the unit, not the worker. */
const toUnit = /企业|单位|厂|公司|老板|生产经营主体|合作社|车间|用人/;

export const DIALOGUES_V113: readonly Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v113d01',
    class: 'one_group',
    probes: '"有残疾证的" for 残疾人, "交社保的" for 参保: one row, all facts in lay words',
    periodEnd: true,
    turns: [
      {
        user: '俺对象在一个纸箱包装厂当车间主任 厂里一直交社保的 去年招了仨有残疾证的 厂里给他们搞以工带训搞了4个月 刚来时那个上岗前培训的补帖没领过 厂里能拿多少钱',
        expect: payNot(2400, 3600),
      },
    ],
  },
  {
    id: 'v113d02',
    class: 'one_group',
    probes: 'hotline staff relaying a 扶贫车间 caller; count, months and 岗前 given over three turns; cap at 6',
    periodEnd: true,
    turns: [
      { user: '你好 我是热线这边的 来电群众说他在村里扶贫车间上班 他是建档立卡户 问车间招他们这样的人能不能领啥补贴', expect: ask },
      { user: '他说车间一共招了5个建档立卡的 都干了八个月了', expect: ask },
      { user: '以工代训搞了7个月 岗前培训补贴车间没申请过', expect: payNot(6000, 7000) },
    ],
  },
  {
    id: 'v113d03',
    class: 'one_group',
    probes: 'a poor worker asks whether the 200 元 a month is paid to him: it goes to the unit, no figure for him',
    periodEnd: true,
    turns: [
      {
        user: '俺是贫困户 在一个食品厂边干边学 听工友说每个月有200块 那钱是发给俺自己的不 俺能领几个月',
        expect: { noAmount: 'unfixed', says: [toUnit], mustNotContain: ['1200'] },
      },
    ],
  },
  {
    id: 'v113d04',
    class: 'one_group',
    probes: '零就业家庭 said by a mother about her daughter; insured factory; 3 months',
    periodEnd: true,
    turns: [
      {
        user: '俺两口子都没活干 街道给认定的零就业家庭 俺闺女今年进了个电子厂 厂里交着社保 带她以工代训了三个月 岗前那个补贴厂里没领 厂里能领多少 中不中',
        expect: pay(600),
      },
    ],
  },
  {
    id: 'v113d05',
    class: 'one_group',
    probes: '"当过兵的" only: 退役军人 is no group of 以工代训, so no 1200',
    periodEnd: true,
    turns: [
      {
        user: '俺兄弟当兵退下来的 进了个物流公司开叉车 公司交社保 带着他学了半年 岗前补贴没领 公司能领那个以工代训的钱不',
        expect: notYes(1200),
      },
    ],
  },
  {
    id: 'v113d06',
    class: 'one_group',
    probes: '就业困难人员 认定 said in passing by a cousin; insured company; 2 months',
    periodEnd: true,
    turns: [
      {
        user: '俺表弟是街道认定过的就业困难人员 现在在一家快递公司分拣 公司有交社保 公司带他以工代训两个月了 岗前培训补贴没领过 公司这块能领多少',
        expect: pay(400),
      },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v113d07',
    class: 'several_groups',
    probes: 'two rows in one run-on message: 贫困 employed 9 with 5 months OJT, 残疾 2 months',
    periodEnd: true,
    turns: [
      {
        user: '俺舅开的塑料厂 交社保 招了俩建档立卡的干了九个月了以工代训搞了五个月 还有一个有残疾证的以工代训俩月 岗前培训补帖都没领过 俺舅让俺问问能领多少',
        expect: payNot(2400, 2800, 4000),
      },
    ],
  },
  {
    id: 'v113d08',
    class: 'several_groups',
    probes: 'a cooperative with 贫困户, 农民工 and one 退伍的: only the poor row counts',
    periodEnd: true,
    turns: [
      { user: '俺姐夫在村里弄了个种植合作社 招了4个贫困户都是建档立卡的 干了一年了 还有3个外村的农民工 1个退伍的 合作社能有啥补助', expect: ask },
      {
        user: '贫困户那4个都以工代训了6个月 岗前培训补贴没领过 农民工和退伍那个也带着学了六个月',
        expect: payNot(4800, 9600, 8400),
      },
      { user: '这钱是给合作社的还是给那几个贫困户本人', expect: { says: [toUnit] } },
    ],
  },
  {
    id: 'v113d09',
    class: 'several_groups',
    probes: 'a new 人事 clerk: 零就业, 残疾 and a 贫困户 employed only 4 months; the last row is out',
    periodEnd: true,
    turns: [
      {
        user: '我是厂里刚来的人事 啥也不懂 厂里交社保 今年招的人里有2个零就业家庭的 1个残疾人 还有1个建档立卡贫困户才来了4个月 都以工代训了3个月 岗前补贴都没领 这个咋算',
        expect: payNot(1800, 2400),
      },
    ],
  },
  {
    id: 'v113d10',
    class: 'several_groups',
    probes: 'cooperative with 残疾 and 贫困 hires; insurance unknown but irrelevant: a cooperative is no enterprise',
    periodEnd: true,
    turns: [
      {
        user: '俺村养殖合作社 招了2个残疾人 3个建档立卡贫困户 都干了8个月 以工代训都是6个月 岗前培训补帖没领过 合作社交没交社保俺不清楚 能补多少',
        expect: payNot(3600, 6000),
      },
    ],
  },
  {
    id: 'v113d11',
    class: 'several_groups',
    probes: 'hotline relay: 就业困难 5 plus 退役军人 2; the veterans never count',
    periodEnd: true,
    turns: [
      { user: '热线转过来的 一个老板问 他们机械厂交社保 招了5个就业困难人员 还有俩退役军人 问能补多少', expect: ask },
      { user: '就业困难那5个 以工代训都是四个月 岗前培训补贴没申过', expect: payNot(4000, 5600) },
      { user: '那俩退役军人为啥不算 他们也是带着学的', expect: { noAmount: 'unfixed', says: [/退役军人/], mustNotContain: ['5600', '1600'] } },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v113d12',
    class: 'negation_after_noun',
    probes: '"社保没交" after the noun: 残疾 hires at an uninsured factory do not count',
    periodEnd: true,
    turns: [
      {
        user: '俺表哥那小厂 社保没交 招了俩残疾人 带着以工代训了五个月 岗前补贴也没领 厂里能领这个钱不',
        expect: { ...notYes(2000), says: [/社保|参保/] },
      },
    ],
  },
  {
    id: 'v113d13',
    class: 'negation_after_noun',
    probes: '"建档立卡贫困户 俺不是": a low-income worker is not poor labour',
    periodEnd: true,
    turns: [
      {
        user: '建档立卡贫困户 俺不是 就是家里条件差点 在电子厂干了一年了 厂里一直带着俺以工代训 学了六个月 厂里能因为俺领补贴不',
        expect: notYes(1200),
      },
    ],
  },
  {
    id: 'v113d14',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴 厂里已经领了": no 以工代训 on top (不得重复享受)',
    periodEnd: true,
    turns: [
      {
        user: '岗前培训补贴 厂里已经领了 俺家那口子是残疾人 厂里交社保 后来又以工代训了仨月 厂里还能再领以工代训的钱不',
        expect: { ...notYes(600), says: [/重复/] },
      },
    ],
  },
  {
    id: 'v113d15',
    class: 'negation_after_noun',
    probes: '"残疾证 没有", then "就业困难认定 也没办过": no group; then her own training, place said only',
    periodEnd: true,
    turns: [
      {
        user: '俺媳妇 残疾证 没有 就是腿脚不太利索 在服装厂踩缝纫机 厂里交社保 以工代训了4个月 岗前补贴没领 厂里能领不',
        expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['800'] },
      },
      { user: '就业困难人员认定 也没办过 啥证都没有', expect: notYes(800) },
      { user: '那她自己去报个育婴师 有补帖不 俺们户口在中牟 就在中牟学', expect: trainOpen },
    ],
  },
  {
    id: 'v113d16',
    class: 'negation_after_noun',
    probes: '"退役军人 不是 俺是下岗的": not poor, so no free-training verdict; no figure',
    periodEnd: true,
    turns: [
      {
        user: '退役军人 不是 俺是下岗的 前年厂子黄了 一直没正经活 想学个厨师 是不是能免费学',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'free_training_poor', status: 'eligible' } },
      },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v113d17',
    class: 'unknown_reply',
    probes: 'count unknown, then 岗前 unknown, then settled by the accountant',
    periodEnd: true,
    turns: [
      { user: '俺弟在一个机加工厂管事 他说厂里招了几个贫困户 问问厂里有啥钱能领', expect: ask },
      { user: '几个俺也不知道 他没说清', expect: dunno },
      { user: '问了 4个 都是建档立卡的 干了10个月了 以工代训5个月 岗前补贴那个他也不知道领没领', expect: dunno },
      { user: '会计说岗前那个没领过', expect: payNot(4000, 4800) },
    ],
  },
  {
    id: 'v113d18',
    class: 'unknown_reply',
    probes: 'insurance asked, "不晓得", then "交着呢"',
    periodEnd: true,
    turns: [
      { user: '俺叔的五金厂 招了3个残疾人 以工代训4个月 岗前补贴没领 厂里能领多少', expect: ask },
      { user: '交没交社保 这个真不晓得', expect: dunno },
      { user: '打电话问了 厂里一直交着社保呢', expect: pay(2400) },
    ],
  },
  {
    id: 'v113d19',
    class: 'unknown_reply',
    probes: 'a worker who does not know whether the school is in the system: the training subsidy stays open',
    periodEnd: true,
    turns: [
      { user: '俺想学电工 学完考了证 能有补贴不', expect: { ...trainOpen, oneOf: [{ asks: true }, { cites: ['七(二)', '六(三)'] }] } },
      { user: '培训学校进没进那个啥系统 俺哪知道', expect: trainOpen },
      { user: '俺今年没领过别的补贴 也没退休 就在郑州住着学的', expect: trainOpen },
    ],
  },
  {
    id: 'v113d20',
    class: 'unknown_reply',
    probes: 'months employed unknown for poor labour at a 扶贫车间, then said',
    periodEnd: true,
    turns: [
      { user: '俺们村扶贫车间招了6个建档立卡的 以工代训4个月 岗前没领过 车间能领多少', expect: ask },
      { user: '来了多长时间 记不清了', expect: dunno },
      { user: '查了花名册 去年三月来的 到现在干了十个月', expect: payNot(4800, 7200) },
    ],
  },
  {
    id: 'v113d21',
    class: 'unknown_reply',
    probes: 'an aunt who knows neither the school type nor whether the family is 建档立卡: no verdict on the family aid',
    periodEnd: true,
    turns: [
      { user: '俺侄子在城里学汽修 俺哥家条件不好 家里能有补助不', expect: { noAmount: 'unfixed', undecided: 'poor_family_child_aid' } },
      { user: '啥学校 俺也说不清 反正不是高中', expect: { noAmount: 'unfixed', undecided: 'poor_family_child_aid' } },
      { user: '俺哥家是不是建档立卡的 这俺真不知道', expect: { noAmount: 'unfixed', undecided: 'poor_family_child_aid' } },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v113d22',
    class: 'correction',
    probes: 'count corrected from 2 to 3 残疾 hires in the next turn',
    periodEnd: true,
    turns: [
      { user: '俺姑父那厂 交社保 招了2个残疾人 以工代训5个月 岗前都没领 能领多少', expect: pay(2000) },
      { user: '哦不对 是3个残疾人 第三个也是以工代训5个月 岗前也没领', expect: pay(3000) },
      { user: '那这钱是直接打给厂里吧', expect: { says: [toUnit] } },
    ],
  },
  {
    id: 'v113d23',
    class: 'correction',
    probes: 'months employed corrected from 8 to 5: poor labour below six months drops out',
    periodEnd: true,
    turns: [
      { user: '俺大伯的合作社招了3个建档立卡的 干了8个月 以工代训也是8个月 岗前没领 能补多少', expect: payNot(3600, 4800) },
      { user: '刚问了 说错了 是干了5个月 以工代训也就5个月', expect: notYes(3000) },
      { user: '那他们仨以后想学个别的手艺 有免费的培训不', expect: { noAmount: 'unfixed', says: [/免费/] } },
    ],
  },
  {
    id: 'v113d24',
    class: 'correction',
    probes: 'subsidies this year corrected from none to three: the fourth is refused',
    periodEnd: true,
    turns: [
      { user: '俺拿了电焊工初级证 在郑州学的 今年头一回领补贴 能领不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '说错了 俺今年已经领过三回培训补贴了 都是别的工种', expect: trainNo(/3\s*次|三次|3\s*回|三回/) },
      { user: '那明年还能再领不', expect: { noAmount: 'unfixed', mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v113d25',
    class: 'correction',
    probes: 'one of four hires had the 岗前培训补贴 claimed after all: 3 rows left',
    periodEnd: true,
    turns: [
      { user: '俺表姐在扶贫车间当组长 车间招了4个建档立卡的 都干了7个月 以工代训3个月 岗前没领过 能补多少', expect: pay(2400) },
      { user: '俺搞错了 其中有1个岗前培训补贴已经领过了', expect: payNot(1800, 2400) },
      { user: '那这钱现在还能领不', expect: ended },
    ],
  },
  {
    id: 'v113d26',
    class: 'correction',
    probes: 'group corrected from 退役军人 to 建档立卡: free training applies only after the correction',
    periodEnd: true,
    turns: [
      { user: '俺是退役军人 想学开挖掘机 能免费学不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'free_training_poor', status: 'eligible' } } },
      { user: '说错了 俺不是当兵的 那是俺哥 俺是建档立卡贫困户', expect: { says: [/免费/], notVerdict: { rule: 'free_training_poor', status: 'ineligible' }, noAmount: 'unfixed' } },
      { user: '学完了考了证 还能再领培训补贴不', expect: trainOpen },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v113d27',
    class: 'topic_switch',
    probes: 'a 宝妈 on her own training, then her husband\'s factory, then whether it still runs',
    periodEnd: true,
    turns: [
      { user: '俺是宝妈 娃上幼儿园了 想学个育婴师 人在郑州住 有补贴不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '对了 俺老公在厂里当班长 厂里交社保 招了2个零就业家庭的 以工代训6个月 岗前补贴没领 厂里能领多少', expect: pay(2400) },
      { user: '这些现在还能申不', expect: ended },
    ],
  },
  {
    id: 'v113d28',
    class: 'topic_switch',
    probes: 'a father on his son\'s entrepreneurship training, then the other son\'s studio equipment, then back',
    periodEnd: true,
    turns: [
      { user: '俺大儿子大学毕业没找着工作 想自己干点啥 有没有教创业的培训', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
      { user: '俺二儿子在厂里当技术员 厂里给技能大师工作室用职工教育经费买了40万的设备 人社和财政都验收合格了 能补多少', expect: kit(80000) },
      { user: '大儿子那个创业培训 要交学费不', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v113d29',
    class: 'topic_switch',
    probes: 'a cashier on the education fund, then her disabled mother\'s training: no figure carried over',
    periodEnd: true,
    turns: [
      { user: '俺在公司当出纳 老板问 公司一年工资总共发了800万 提了职工教育经费70万 税前能扣多少', expect: deduct(640000) },
      { user: '换个事 俺妈是残疾人 想学个手工编织 有啥政策', expect: { noAmount: 'unfixed', notVerdict: { rule: 'free_training_poor', status: 'eligible' } } },
      { user: '那俺妈学完考了证 一年能补几回', expect: { noAmount: 'unfixed', says: [/3\s*次|三次|3\s*回|三回/] } },
    ],
  },
  {
    id: 'v113d30',
    class: 'topic_switch',
    probes: 'apprenticeship (no amount) then a 以工代训 case in the same chat',
    periodEnd: true,
    turns: [
      { user: '俺们厂要招一批企业新型学徒 一个学徒能补多少', expect: unsettled },
      { user: '那另外 厂里交社保 去年要了3个残疾人 以工代训了6个月 岗前补贴没拿 能领多少', expect: pay(3600) },
      { user: '学徒那块 到底谁定标准', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v113d31',
    class: 'topic_switch',
    probes: 'a poor mother: her daughter at 技校, then her own free training, then the yearly cap',
    periodEnd: true,
    turns: [
      {
        user: '俺家是建档立卡贫困户 俺闺女在技校上学 家里能有补助不',
        expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'], notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } },
      },
      { user: '俺自己也想学个电焊 听说贫困户学是免费的 真的假的', expect: { says: [/免费/], notVerdict: { rule: 'free_training_poor', status: 'ineligible' } } },
      { user: '学完考了证 一年最多能补几回', expect: { says: [/3\s*次|三次|3\s*回|三回/], cites: ['七(二)'] } },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v113d32',
    class: 'person_training',
    probes: 'a pensioner: 按月领取养老金 excludes the training subsidy',
    periodEnd: true,
    turns: [{ user: '俺退休了 每个月领养老金 闲着没事想去学个中式面点 考个证 有补帖不', expect: trainNo(/养老金/) }],
  },
  {
    id: 'v113d33',
    class: 'person_training',
    probes: 'same occupation and level again: 同一职业同一等级不可重复享受',
    periodEnd: true,
    turns: [{ user: '俺去年学了电工初级 领过补贴了 证丢了 今年又报了个电工初级 还能再补不', expect: trainNo(/重复|同一/) }],
  },
  {
    id: 'v113d34',
    class: 'person_training',
    probes: 'a courier from 登封 working in 郑州: facts given over three turns; eligible once all are said',
    periodEnd: true,
    turns: [
      { user: '俺户口在登封 在郑州送快递 想学个电工 在郑州学能补不', expect: trainOpen },
      { user: '学完考了证 今年头一回 没领养老金', expect: { ...trainOpen, oneOf: [{ asks: true }, { cites: ['六(三)', '七(一)', '七(二)'] }] } },
      {
        user: '学校说进了省里那个培训系统的 俺以前也没学过电工',
        expect: { noAmount: 'unfixed', oneOf: [{ status: { rule: 'vocational_training', status: 'eligible' } }, { asks: true }] },
      },
    ],
  },
  {
    id: 'v113d35',
    class: 'person_training',
    probes: 'a 宝妈 asks for a yuan figure per certificate: the plan sets none',
    periodEnd: true,
    turns: [{ user: '俺媳妇在家带孩子 想学个育婴师 学完拿了证能给多少钱补贴 具体几百', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } }],
  },
  {
    id: 'v113d36',
    class: 'person_training',
    probes: 'training taken where one neither lives, works nor is registered: outside 户籍地/常住地/求职就业地',
    periodEnd: true,
    turns: [
      {
        user: '俺在驻马店那边学的挖掘机 户口不在那 也不在那住 也不在那打工 就是那边学费便宜 回郑州能给补不',
        expect: trainNo(/户籍地|常住地|求职就业地|就业地/),
      },
    ],
  },
  {
    id: 'v113d37',
    class: 'person_training',
    probes: 'a graduate without a certificate yet: no eligible verdict, no figure',
    periodEnd: true,
    turns: [{ user: '俺是去年毕业的大学生 还没找着工作 想学个电商直播 证还没考 现在能领培训补贴不', expect: trainNo() }],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v113d38',
    class: 'entrepreneurship',
    probes: 'a college student asks about 创业培训: eligible as a student',
    periodEnd: true,
    turns: [
      {
        user: '俺是在校大学生 大三 想报个创业培训 学校外面的能参加不',
        expect: { noAmount: 'unfixed', oneOf: [{ status: { rule: 'entrepreneurship_training', status: 'eligible' } }, { cites: ['三(八)'] }] },
      },
    ],
  },
  {
    id: 'v113d39',
    class: 'entrepreneurship',
    probes: 'a shop open three years: within 开业5年以内',
    periodEnd: true,
    turns: [
      {
        user: '俺在小区门口开了个小超市 开了三年了 想参加那个教做生意的培训 人家要俺不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v113d40',
    class: 'entrepreneurship',
    probes: 'a restaurant open eight years: past 5 years, no wish said, no eligible verdict',
    periodEnd: true,
    turns: [
      {
        user: '俺两口子开了个烩面馆 开了八年了 能参加那个小微企业主的创业培训不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, says: [/5\s*年|五年/] },
      },
    ],
  },
  {
    id: 'v113d41',
    class: 'entrepreneurship',
    probes: 'a 宝妈 with the wish to start a business: eligible; cost and a loan are not in the plan',
    periodEnd: true,
    turns: [
      { user: '俺在家带娃 想自己做点小买卖 有没有教咋开店的课', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
      { user: '上这个课给钱不 还是得自己掏钱', expect: { noAmount: 'unfixed' } },
      { user: '上完了能给俺贷点款不 多少', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v113d42',
    class: 'entrepreneurship',
    probes: 'a 中专 student: 职业院校在校生 get 创业意识 training',
    periodEnd: true,
    turns: [
      {
        user: '俺闺女在中专上学 学校说能参加啥创业意识培训 这是真的不 要不要钱',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v113d43',
    class: 'equipment',
    probes: 'studio 80万: 20 % is 16万, capped at 10万',
    periodEnd: true,
    turns: [
      {
        user: '俺师傅是技能大师 厂里给他弄了个工作室 用职工教育经费买了80万的设备 人社财政都验收合格了 能补多少',
        expect: kit(100000, '160000', '16万'),
      },
    ],
  },
  {
    id: 'v113d44',
    class: 'equipment',
    probes: 'training base 120万 from the education fund, accepted: 24万',
    periodEnd: true,
    turns: [
      {
        user: '俺老公单位是高技能人才培训基地 今年用职工教育经费新买了一百二十万的实训设备 人社局和财政局验收过了 单位能领多少补助',
        expect: kit(240000),
      },
    ],
  },
  {
    id: 'v113d45',
    class: 'equipment',
    probes: 'fund source unknown, then said with the 验收',
    periodEnd: true,
    turns: [
      { user: '俺在厂里设备科 厂里给高技能人才培训基地新买了200万的实训设备 能补多少', expect: kitOpen('400000', '40万') },
      { user: '用的啥钱买的 这个我真不知道 财务管着', expect: { noAmount: 'open', undecided: 'equipment_subsidy', mustNotContain: ['400000', '40万'] } },
      { user: '财务说是从职工教育经费里出的 人社和财政也验收合格了', expect: kit(400000) },
    ],
  },
  {
    id: 'v113d46',
    class: 'equipment',
    probes: '验收 not yet done: no subsidy figure',
    periodEnd: true,
    turns: [
      {
        user: '俺们大师工作室用职工教育经费买了30万的设备 验收还没弄呢 现在能先领补助不 能领多少',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['60000', '6万'] },
      },
    ],
  },
  {
    id: 'v113d47',
    class: 'equipment',
    probes: 'a base and a studio in one message: 50万 cap on the base plus 6万',
    periodEnd: true,
    turns: [
      {
        user: '俺们公司一个高技能人才培训基地买了300万设备 还有一个技能大师工作室买了30万 都是职工教育经费出的 人社财政都验收合格 一共能补多少',
        expect: kit(560000, '660000', '66万'),
      },
    ],
  },
  {
    id: 'v113d48',
    class: 'equipment',
    probes: 'studio value corrected from 35万 to 55万: the cap of 10万 applies after the correction',
    periodEnd: true,
    turns: [
      { user: '俺师傅的技能大师工作室 用职工教育经费买了35万的设备 人社财政都验收过了 能补多少', expect: kit(70000) },
      { user: '说错了 是55万 不是35万', expect: kit(100000, '110000', '11万') },
      { user: '钱是打给厂里还是打给俺师傅', expect: { says: [toUnit] } },
    ],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v113d49',
    class: 'education_fund',
    probes: 'a wife relays her husband the accountant: 8 % of 300万 below the 30万 drawn',
    periodEnd: true,
    turns: [
      {
        user: '俺媳妇在一个小公司当会计 让俺问 一年工资总共发了300万 职工教育经费提了30万 税前能扣多少',
        expect: deduct(240000),
      },
    ],
  },
  {
    id: 'v113d50',
    class: 'education_fund',
    probes: 'fund 10万 below 8 % of 200万: the fund itself is deductible',
    periodEnd: true,
    turns: [
      {
        user: '公司工资一年总共200万 提了10万的职工教育经费 老板问这10万能不能全在税前扣',
        expect: { ...deduct(100000), mustNotContain: ['160000', '16万'] },
      },
    ],
  },
  {
    id: 'v113d51',
    class: 'education_fund',
    probes: 'front-line share "一半" under 60 %: noted beside the deduction',
    periodEnd: true,
    turns: [
      {
        user: '俺们厂工资薪金一年1000万 教育经费提了60万 里头花在一线工人身上的也就一半 这样中不中 税前能扣多少',
        expect: { ...deduct(600000), says: [/税前|扣除/, /60\s*%|百分之六十|六成/] },
      },
    ],
  },
  {
    id: 'v113d52',
    class: 'education_fund',
    probes: 'payroll missing then "不知道" then said',
    periodEnd: true,
    turns: [
      { user: '俺们公司今年提了40万职工教育经费 能全在税前扣了不', expect: { noAmount: 'open', asks: true } },
      { user: '工资总额 会计请假了 不知道', expect: { noAmount: 'open', undecided: 'education_fund_deduction' } },
      { user: '问到了 一年工资总额450万', expect: { ...deduct(360000), mustNotContain: ['400000'] } },
    ],
  },
  {
    id: 'v113d53',
    class: 'education_fund',
    probes: 'the owner thinks the deduction is cash to collect: it is a 税前扣除',
    periodEnd: true,
    turns: [
      {
        user: '俺老板以为职工教育经费能退钱 一年工资总共100万 提了5万 他问能领回来多少钱',
        expect: deduct(50000),
      },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v113d54',
    class: 'apprenticeship',
    probes: 'a mother asks what her apprentice son gets a month: the plan fixes no amount',
    periodEnd: true,
    turns: [{ user: '俺儿子进厂当学徒了 厂里说是啥企业新型学徒 一个月能补多少钱', expect: unsettled }],
  },
  {
    id: 'v113d55',
    class: 'apprenticeship',
    probes: 'a brother\'s factory with 15 apprentices: no figure, clause 四(一)',
    periodEnd: true,
    turns: [{ user: '俺哥厂里按新型学徒制带了15个学徒 一共能补多少钱', expect: { ...unsettled, cites: ['四(一)'] } }],
  },
  {
    id: 'v113d56',
    class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund (六(二))',
    periodEnd: true,
    turns: [{ user: '师傅带徒弟 师傅那份带徒津贴能从职工教育经费里出不', expect: { cites: ['六(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v113d57',
    class: 'apprenticeship',
    probes: 'a 中专 graduate\'s apprenticeship: no amount twice, then the three-year target',
    periodEnd: true,
    turns: [
      { user: '俺闺女中专毕业了 厂里说招学徒 学徒那段时间有没有补贴', expect: { noAmount: 'unfixed' } },
      { user: '那厂里带学徒 厂里自己能拿多少', expect: unsettled },
      { user: '那郑州三年一共要培养多少学徒', expect: { says: [/2\s*万|两万|20000/] } },
    ],
  },
  {
    id: 'v113d58',
    class: 'apprenticeship',
    probes: 'apprentices who are also 残疾 hires: 以工代训 computed, the apprenticeship part not',
    periodEnd: true,
    turns: [
      {
        user: '厂里交社保 招了俩有残疾证的当学徒 以工代训了3个月 岗前补贴没拿 学徒那块和以工代训各能补多少',
        expect: pay(1200),
      },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v113d59',
    class: 'period',
    probes: 'a certificate from 2020 never claimed: can it still be claimed today',
    periodEnd: true,
    turns: [{ user: '2020年在厂里学的电焊 证也拿了 当时没申补帖 现在还能补申不', expect: { ...ended, noAmount: 'unfixed' } }],
  },
  {
    id: 'v113d60',
    class: 'period',
    probes: 'whether the plan still counts in 2026',
    turns: [{ user: '这个技能提升行动 现在都2026年了 还算数不', expect: ended }],
  },
  {
    id: 'v113d61',
    class: 'period',
    probes: 'a 2021 case computed, then whether the policy ran then, then whether it can be claimed now',
    periodEnd: true,
    turns: [
      { user: '俺叔的厂2021年招了3个建档立卡的 干了8个月 以工代训6个月 岗前没领', expect: pay(3600) },
      { user: '那时候政策还在不', expect: { says: [/2021/] } },
      { user: '俺叔当时没顾上申 现在去补申来得及不', expect: ended },
    ],
  },
  {
    id: 'v113d62',
    class: 'period',
    probes: 'trained December 2021, certificate January 2022: after the plan\'s end',
    periodEnd: true,
    turns: [{ user: '俺2021年12月学的育婴师 2022年1月才拿到证 这算不算在里头', expect: { ...ended, noAmount: 'unfixed' } }],
  },
  {
    id: 'v113d63',
    class: 'period',
    probes: 'whether the 2019—2021 plan was continued: the plan cannot say; it ended',
    turns: [{ user: '听说这政策是2019到2021年的 后来续上了没有', expect: ended }],
  },
  {
    id: 'v113d64',
    class: 'period',
    probes: 'hotline relay: a grandfather asks whether the aid for a grandson at 技校 continues this year',
    periodEnd: true,
    turns: [
      {
        user: '有个大爷打热线 说他孙子在技校 家里是建档立卡户 前两年领过补助 问今年还有没有',
        expect: { ...ended, noAmount: 'unfixed' },
      },
    ],
  },
];
