/**
 * HELD-OUT dialogues, set v134 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v101
 * (its first lines) was looked at; no message of it was reused. Not to be tuned on: no word of
 * these messages goes into a glossary, pattern or fixture; once a dialogue has been fixed by a
 * targeted change it measures nothing any more — write a new one instead.
 *
 * Theme: negation, doubt and hedging in every position. Who types here: owners, HR clerks and
 * bookkeepers of small Zhengzhou firms, cooperatives and village 扶贫车间, and workers asking for
 * themselves, on WeChat: the negation far from its noun ("岗前培训补贴那时候人事说要报 后来…也没报成"),
 * after it ("社保 公司那边 好像 一直 没…"), doubled ("也不是没交", "倒也不是没领"), paired ("没有…也没
 * 有…"), one fact denied and another stated in the same breath ("不是公司 是合作社", "不是5个 是3个"),
 * negations taken back ("不对 交了"), and replies that settle nothing: 不知道 / 不清楚 / 忘了 /
 * 记不清 / 得问问会计 / 回头查, hedges (应该是 / 好像 / 大概) and ranges (三四个, 五六个月, 三四十万).
 * Typos and homophones (建挡立卡, 补帖, 以工带训), 俺/咱/啥/中不中, digits and Chinese numerals mixed.
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it depends
 * on has been said: the kind of unit, insurance where the rule needs it, the group, the count,
 * months employed (poor labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was already
 * claimed. "不知道/不清楚" and ranges leave the fact open; a bare hedge ("应该交了吧") may be taken or
 * checked, so such turns accept either the amount or one more question (oneOf), and a hedged
 * negation ("好像没交") accepts either a question or a no, never the figure.
 *
 * Amounts, computed by hand from the contract and checked twice against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   (建档立卡) employed ≥ 6 months ("六个月以上") by a production entity (企业、农民专业合作社、扶贫车间);
 *   就业困难人员 (incl. 残疾人, 三(二)) and 零就业家庭成员 only by an insured ENTERPRISE (a cooperative
 *   is not one), with no six-month condition; 退役军人 and 农村转移就业劳动者 (农民工) are no group of
 *   this rule; rows with the 岗前培训补贴 claimed never count ("不得重复享受").
 *   d01 4×200×5=4000 · d03 2×200×6=2400 · d05 5×200×4=4000 · d06 3×200×5=3000 (not 4000) ·
 *   d07 2×200×min(9,6)=2400 (not 3600) · d08 3×200×6 + 2×200×4 = 3600+1600 = 5200 (veterans add
 *   nothing, not 6800) · d09 2×200×5=2000 (not 8000) · d10 4×200×3 + 1×200×2 = 2400+400 = 2800 ·
 *   d11 5×200×6=6000 (the cooperative's 就业困难 pair not: not 8400) · d12 5×200×4=4000 ·
 *   d13 4×200×5=4000 (the three at 2 months not: not 5200 / 7000) · d15 2×200×4=1600 ·
 *   d16 4×200×3=2400 · d18 1×200×5=1000 (not 3000) · d19 6×200×6=7200 · d20 2×200×4=1600 ·
 *   d21 4×200×6=4800 · d22 2×200×5=2000 · d23 3×200×4=2400 · d24 5×200×6=6000 · d25 3×200×3=1800 ·
 *   d26 4×200×5=4000 · d28 3×200×5 + 1×200×6 = 3000+1200 = 4200 · d29 3×200×4=2400 ·
 *   d30 5×200×6=6000 → 3×200×6=3600 · d31 2400 → none · d32 2×200×4=1600 · d33 2000 → none ·
 *   d34 3600 → none · d35 4×200×3=2400 → 4×200×6=4800 · d36 1×200×2=400 · d38 2×200×6=2400 ·
 *   d64 3×200×6=3600.
 * - Equipment (四(一)): per site min(20 % × value bought from the 职工教育经费, 500 000 base /
 *   100 000 studio), only after 人社 and 财政 验收合格: d37 20 %×300 000=60 000 · d49 20 %×3 000 000 =
 *   600 000 → cap 500 000 · d50 20 %×400 000=80 000 after 验收 · d51 only the 600 000 from the fund:
 *   120 000 (not 200 000) · d52 20 %×360 000=72 000 · d53 base 20 %×1 500 000=300 000, studio failed
 *   验收 → 300 000; studio passed after all → +20 %×200 000 = 340 000.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash:
 *   d37 min(500 000, 640 000)=500 000 · d54 min(1 000 000, 800 000)=800 000 · d55 min(300 000,
 *   400 000)=300 000 · d56 min(1 500 000, 1 200 000)=1 200 000 → payroll corrected to 1 000万:
 *   min(1 500 000, 800 000)=800 000 · d57 min(200 000, 240 000)=200 000 with the front-line share under
 *   60 % noted · d58 min(450 000, 400 000)=400 000.
 * - Apprenticeship ("按照相关规定给予资金补贴"), per-occupation training subsidy, 生活费补贴, free
 *   training, entrepreneurship training: the plan fixes no amount.
 * - Today is 2026: the plan ran 2019-12-02 to 2021-12-31, so every conversation about what someone
 *   can get or do must hear that it has ended (periodEnd).
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合; not the figure a guess would give. */
const ask = (...wrong: number[]): TurnExpect => ({
  noAmount: 'open',
  asks: true,
  notVerdict: { rule: 'on_job_training', status: 'ineligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** A 以工代训 fact was answered 不知道 / 记不清 / a range: still open, ask again, no verdict. */
const dunno = (...wrong: number[]): TurnExpect => ({
  noAmount: 'open',
  asks: true,
  undecided: 'on_job_training',
  notVerdict: { rule: 'on_job_training', status: 'ineligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figure a misreading or the uncorrected fact would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** A positive fact given only as a hedge (应该是 / 好像): the amount, or one more question — never 不符合. */
const hedged = (yuan: number): TurnExpect => ({
  notVerdict: { rule: 'on_job_training', status: 'ineligible' },
  oneOf: [pay(yuan), { asks: true, noAmount: 'open' }],
});
/** Not eligible for 以工代训 on these facts (or not yet decided); never the misreading's figure. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** A negation only hedged (好像没…): a question or a no, but no figure and no yes. */
const hedgedNo = (...wrong: number[]): TurnExpect => ({ noAmount: 'open', ...notYes(...wrong) });
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** Outside the plan. */
const outside: TurnExpect = { answered: false };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open: ask, no verdict, not the figures a guess would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, noAmount: 'open', undecided: 'equipment_subsidy', mustNotContain: wrong });
/** No equipment subsidy on these facts (yet): no yes, not the figure. */
const kitNo = (...wrong: string[]): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: wrong });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});
/** An education-fund fact is open: ask, no verdict. */
const fundOpen: TurnExpect = { asks: true, undecided: 'education_fund_deduction' };

export const DIALOGUES_V134: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v134d01',
    class: 'one_group',
    probes: 'poor labour, facts given turn by turn, 岗前 denied with 压根就没 at the very end',
    periodEnd: true,
    turns: [
      { user: '俺们是做纸箱的公司 招了几个建档立卡贫困户 以工代训这块咋补啊', expect: ask() },
      { user: '4个人 都在俺这干满8个月了 以工代训带了5个月', expect: ask(4000) },
      { user: '岗前培训补贴那个 俺们压根就没申请过 一回都没', expect: pay(4000) },
    ],
  },
  {
    id: 'v134d02',
    class: 'one_group',
    probes: 'double negative 倒也不是没领 = the 岗前培训补贴 WAS claimed, so the row does not count',
    periodEnd: true,
    turns: [
      { user: '公司一直交着社保 去年招了仨零就业家庭的 以工代训搞了4个月 能补多少钱', expect: ask(2400) },
      { user: '岗前培训补贴嘛 倒也不是没领 他们刚入职那会儿就给报上去了 钱也到了', expect: { ...notYes(2400), cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v134d03',
    class: 'one_group',
    probes: 'insurance first missing, then only hedged (应该是交了吧), then confirmed',
    periodEnd: true,
    turns: [
      { user: '俺们公司收了两个就业困难人员 以工代训整了6个月 岗前补帖没拿过 中不中', expect: ask(2400) },
      { user: '社保应该是交了吧 这块俺不管 俺是管生产的', expect: hedged(2400) },
      { user: '刚去人事那问了 确实交着呢 一个月都没断过', expect: pay(2400) },
    ],
  },
  {
    id: 'v134d04',
    class: 'one_group',
    probes: 'a cooperative with 残疾人: insured or not, a cooperative is no enterprise, so nothing',
    periodEnd: true,
    turns: [
      { user: '俺是农民专业合作社的 社里收了俩残疾人干活 以工代训仨月 岗前那个补贴没领 社保也给交着 能补不', expect: notYes(1200) },
      { user: '不是企业就不中?? 那要是俺们社里招的是建档立卡的呢', expect: { cites: ['六(一)'], mustNotContain: ['1200'] } },
    ],
  },
  {
    id: 'v134d05',
    class: 'one_group',
    probes: '还没到半年 for poor labour in a 扶贫车间: no; then the months employed corrected upward',
    periodEnd: true,
    turns: [
      { user: '扶贫车间这边有5个建档立卡的 来了才4个月 还没到半年呢 以工代训搞了4个月 岗前补贴没领过', expect: notYes(4000) },
      { user: '哎不对 俺看错表了 他们是去年来的 都干了10个月了 以工代训还是那4个月', expect: pay(4000) },
    ],
  },
  {
    id: 'v134d06',
    class: 'one_group',
    probes: 'a hedged count (大概三四个) settles nothing; then 是3个 不是4个',
    periodEnd: true,
    turns: [
      { user: '公司参保的 零就业家庭的招了大概三四个吧 岗前补贴没报过 以工代训搞了5个月', expect: ask(3000, 4000) },
      { user: '查了花名册 是3个 不是4个 有一个是别的村的', expect: payNot(3000, 4000) },
    ],
  },
  {
    id: 'v134d07',
    class: 'one_group',
    probes: '以工代训 months 记不清 then 回头查 then 9 months, capped at 6',
    periodEnd: true,
    turns: [
      { user: '咱公司要了2个贫困劳动力 建挡立卡的 干了一年了 岗前培训补贴没领', expect: ask() },
      { user: '以工代训搞了几个月 俺是真记不清了 回头翻翻考勤', expect: dunno(2400, 3600) },
      { user: '翻着了 以工代训带了9个月', expect: payNot(2400, 3600) },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v134d08',
    class: 'several_groups',
    probes: 'poor labour and 就业困难 in an insured firm; veterans added later change nothing',
    periodEnd: true,
    turns: [
      {
        user: '俺公司参保的 去年吸纳了3个建档立卡贫困劳动力 干了7个月 以工代训6个月 还有2个就业困难人员 以工代训4个月 岗前补贴两拨人都没领',
        expect: pay(5200),
      },
      { user: '另外还有俩退役军人 以工代训也是4个月 也能一块算上不', expect: payNot(5200, 6800) },
    ],
  },
  {
    id: 'v134d09',
    class: 'several_groups',
    probes: '农民工 不是建档立卡的: only the 零就业 pair counts',
    periodEnd: true,
    turns: [
      { user: '公司交社保的 零就业家庭的2个 以工代训5个月 另外6个农民工 不是建档立卡的 以工代训也5个月 岗前补贴全都没领过', expect: payNot(2000, 8000) },
      { user: '农民工那6个为啥不算 人家也是在俺这以工代训的呀', expect: { cites: ['六(一)'], mustNotContain: ['8000', '6000'] } },
    ],
  },
  {
    id: 'v134d10',
    class: 'several_groups',
    probes: 'one row open (得问问车间主任), then settled: the sum only then',
    periodEnd: true,
    turns: [
      {
        user: '俺们公司 建档立卡的招了4个 都干满半年了 以工代训3个月 还有1个就业困难人员 他以工代训几个月 得问问车间主任 社保一直交着 岗前补贴都没申请',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
      { user: '主任回话了 那个就业困难的以工代训2个月', expect: pay(2800) },
    ],
  },
  {
    id: 'v134d11',
    class: 'several_groups',
    probes: 'a cooperative: its poor labour counts, its 就业困难 pair does not even though insured',
    periodEnd: true,
    turns: [
      {
        user: '俺们合作社要了5个贫困户 建档立卡那种 干了9个月 以工代训6个月 还有2个就业困难人员 以工代训也6个月 社保也交着 岗前补贴谁都没拿',
        expect: payNot(6000, 8400),
      },
      { user: '那俩就业困难的 合作社真就不能算?', expect: { cites: ['六(一)'], mustNotContain: ['8400', '2400'] } },
    ],
  },
  {
    id: 'v134d12',
    class: 'several_groups',
    probes: '没有…也没有… then two groups named; 岗前 settled in the next turn',
    periodEnd: true,
    turns: [
      { user: '公司交着五险 招的人里 没有建档立卡的 也没有零就业家庭的 就是就业困难人员俩 残疾人仨 以工代训都是4个月', expect: ask(4000) },
      { user: '岗前那个补贴 五个人一个都没领过', expect: pay(4000) },
    ],
  },
  {
    id: 'v134d13',
    class: 'several_groups',
    probes: 'one group split by time at work: the three at 2 months do not count',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间里建档立卡的一共7个 有4个干了8个月 剩下仨刚来俩月 以工代训前头那4个搞了5个月 后头仨搞了2个月 岗前补贴没领',
        expect: payNot(4000, 5200, 7000),
      },
      { user: '扶贫车间又不是企业 社保也没交 这个没影响吧', expect: { notVerdict: { rule: 'on_job_training', status: 'ineligible' }, cites: ['六(一)'] } },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v134d14',
    class: 'negation_after_noun',
    probes: 'insurance negated after the noun and hedged (社保…好像…没给交), then confirmed not insured',
    periodEnd: true,
    turns: [
      { user: '我是公司人事 去年招了3个就业困难人员 以工代训6个月 岗前补贴没领', expect: ask(3600) },
      { user: '社保这事儿 公司那头 好像 一直也 没给他们上', expect: hedgedNo(3600) },
      { user: '刚跟财务对过了 公司确实没参保 一个人也没交', expect: notYes(3600) },
    ],
  },
  {
    id: 'v134d15',
    class: 'negation_after_noun',
    probes: 'the 岗前 negation far from its noun (那时候说要报 后来…也没报成)',
    periodEnd: true,
    turns: [
      { user: '公司招了建档立卡的2个 干了10个月 以工代训4个月 岗前培训补贴那时候人事说要报 后来忙忘了 到底也没报成', expect: pay(1600) },
      { user: '要是当时报成了 是不是这个就拿不了了', expect: { cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v134d16',
    class: 'negation_after_noun',
    probes: 'double negative on insurance (也不是没交) = insured',
    periodEnd: true,
    turns: [
      { user: '俺们公司零就业家庭的招了4个 以工代训3个月 岗前补贴也没拿', expect: ask(2400) },
      { user: '社保那块儿 也不是没交 一直都交着的 一个月没落下', expect: pay(2400) },
    ],
  },
  {
    id: 'v134d17',
    class: 'negation_after_noun',
    probes: '"贫困户" by word of mouth but 一个都不是建档立卡的; then no other group either',
    periodEnd: true,
    turns: [
      { user: '厂里有5个村里来的 大伙都喊他们贫困户 其实一个都不是建档立卡的 以工代训6个月 能补吗', expect: hedgedNo(6000) },
      { user: '他们也不是就业困难人员 也不是零就业家庭 就是普通打工的', expect: notYes(6000) },
    ],
  },
  {
    id: 'v134d18',
    class: 'negation_after_noun',
    probes: '岗前 claimed for two of three (俩领过 剩一个没领): one row counts',
    periodEnd: true,
    turns: [
      { user: '公司吸纳了3个建档立卡贫困劳动力 干了7个月 以工代训5个月', expect: ask(3000) },
      { user: '岗前补贴 仨人里头 俩之前领过 剩下一个没领', expect: payNot(1000, 3000) },
    ],
  },
  {
    id: 'v134d19',
    class: 'negation_after_noun',
    probes: '不是公司 也不是合作社 是扶贫车间: the entity told by negations; no insurance needed for poor labour',
    periodEnd: true,
    turns: [
      { user: '俺这不是公司 也不是合作社 是村里的扶贫车间 招了6个建档立卡的 都干满7个月了 以工代训6个月 岗前补贴没领过', expect: pay(7200) },
      { user: '车间没给他们交社保 这个碍事不', expect: { notVerdict: { rule: 'on_job_training', status: 'ineligible' }, cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v134d20',
    class: 'negation_after_noun',
    probes: '以工代训没搞满6个月 settles no month figure; 就搞了4个月 does',
    periodEnd: true,
    turns: [
      { user: '俺们企业招零就业家庭成员2个 社保正常交 以工代训没搞满6个月 岗前补贴也没领', expect: ask(2400) },
      { user: '就搞了4个月 后来他俩就转正了', expect: payNot(1600, 2400) },
    ],
  },
  {
    id: 'v134d21',
    class: 'negation_after_noun',
    probes: 'a hedged negation of 岗前 (好像谁都没给报过), then confirmed',
    periodEnd: true,
    turns: [
      { user: '公司有4个建档立卡的 干了1年 以工代训6个月 岗前培训补贴 俺们这边 好像谁都没给报过', expect: hedged(4800) },
      { user: '确认了 真没报过 一分钱也没领', expect: pay(4800) },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v134d22',
    class: 'unknown_reply',
    probes: 'insurance 不清楚 得问问会计, then settled with 岗前 in one reply',
    periodEnd: true,
    turns: [
      { user: '公司招了俩残疾人 以工代训5个月 以工代训补贴能领不', expect: ask(2000) },
      { user: '交没交社保 俺也不清楚 得问问会计', expect: dunno(2000) },
      { user: '会计说一直交着呢 岗前补贴也没领过', expect: pay(2000) },
    ],
  },
  {
    id: 'v134d23',
    class: 'unknown_reply',
    probes: 'months employed 记不清 反正挺长 (settles nothing), then from the contract',
    periodEnd: true,
    turns: [
      { user: '俺们合作社收了3个建档立卡贫困户 以工代训4个月 岗前补贴没领', expect: ask(2400) },
      { user: '来了多长时间 记不清了 反正挺长时间了', expect: dunno(2400) },
      { user: '翻了合同 都是去年3月来的 到现在干了11个月', expect: pay(2400) },
    ],
  },
  {
    id: 'v134d24',
    class: 'unknown_reply',
    probes: 'the count 回头查, then given',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了一些就业困难人员 以工代训都是6个月 岗前补贴没报', expect: ask() },
      { user: '几个人 俺回头查了再跟你说', expect: dunno() },
      { user: '查着了 一共5个', expect: pay(6000) },
    ],
  },
  {
    id: 'v134d25',
    class: 'unknown_reply',
    probes: '岗前 忘了 / 好像领过又好像没领 settles nothing',
    periodEnd: true,
    turns: [
      { user: '俺们公司吸纳零就业家庭成员3个 参保企业 以工代训3个月', expect: ask(1800) },
      { user: '岗前补贴领没领 俺给忘了 好像领过又好像没领', expect: dunno(1800) },
      { user: '问了人社窗口 说没领过', expect: pay(1800) },
    ],
  },
  {
    id: 'v134d26',
    class: 'unknown_reply',
    probes: 'whether rural hires are 建档立卡: 不清楚 until the village answers',
    periodEnd: true,
    turns: [
      { user: '公司要了4个农村来的 干了8个月 以工代训5个月 岗前补贴没领 能补多少', expect: { asks: true, noAmount: 'open', mustNotContain: ['4000'] } },
      { user: '是不是建档立卡的 俺真不清楚 村里也没跟俺说过', expect: dunno(4000) },
      { user: '村里回话了 4个都是建档立卡户', expect: pay(4000) },
    ],
  },
  {
    id: 'v134d27',
    class: 'unknown_reply',
    probes: 'insurance 不知道 and the person leaves: no figure to the end',
    periodEnd: true,
    turns: [
      { user: '俺们公司收了1个零就业家庭的 以工代训6个月 岗前补贴没领', expect: ask(1200) },
      { user: '社保交没交 俺不知道 俺就是个打杂跑腿的', expect: dunno(1200) },
      { user: '算了 等俺问清楚了再来找你', expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['1200'] } },
    ],
  },
  {
    id: 'v134d28',
    class: 'unknown_reply',
    probes: '以工代训 months 记不清, then a range (五六个月), then exact per group',
    periodEnd: true,
    turns: [
      { user: '公司参保 招了建档立卡的3个 干了9个月 还有零就业家庭的1个 岗前补贴都没领 以工代训多长时间 记不太清', expect: ask(4200, 4800) },
      { user: '大概五六个月吧', expect: dunno(4200, 4800) },
      { user: '看了台账 建档立卡那仨是5个月 零就业那个6个月', expect: payNot(4200, 4800) },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v134d29',
    class: 'correction',
    probes: 'correction of a negation: 社保没交 → 不对 交着呢',
    periodEnd: true,
    turns: [
      { user: '公司招了3个就业困难人员 以工代训4个月 岗前补贴没领 社保没交', expect: notYes(2400) },
      { user: '不对不对 俺看串行了 社保交了 一直交着呢', expect: pay(2400) },
    ],
  },
  {
    id: 'v134d30',
    class: 'correction',
    probes: '不是5个 是3个: the amount follows the corrected count',
    periodEnd: true,
    turns: [
      { user: '企业 建档立卡贫困劳动力5个 干满8个月 以工代训6个月 岗前补贴没领过', expect: pay(6000) },
      { user: '哎说错了 不是5个 是3个 另外俩是隔壁厂的人', expect: payNot(3600, 6000) },
    ],
  },
  {
    id: 'v134d31',
    class: 'correction',
    probes: 'a negation taken back: 岗前 其实领过 → no amount',
    periodEnd: true,
    turns: [
      { user: '公司参保 零就业家庭的2个 以工代训6个月 岗前补贴没领', expect: pay(2400) },
      { user: '等下 其实那俩的岗前补贴去年就领过了 俺刚想起来', expect: notYes(2400) },
    ],
  },
  {
    id: 'v134d32',
    class: 'correction',
    probes: 'months employed corrected from 5 (not yet six) to 7',
    periodEnd: true,
    turns: [
      { user: '俺合作社 建档立卡的2个 干了5个月了 以工代训4个月 岗前补贴没领', expect: notYes(1600) },
      { user: '不对 俺记岔了 是7个月 过年前就来了', expect: pay(1600) },
    ],
  },
  {
    id: 'v134d33',
    class: 'correction',
    probes: '不是零就业家庭 是退役军人: the group corrected away',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了2个零就业家庭的 以工代训5个月 岗前补贴没领', expect: pay(2000) },
      { user: '说错了 他俩不是零就业家庭的 是退役军人', expect: notYes(2000) },
    ],
  },
  {
    id: 'v134d34',
    class: 'correction',
    probes: '其实不是公司 是合作社: 就业困难 hires no longer count',
    periodEnd: true,
    turns: [
      { user: '公司参保 就业困难人员3个 以工代训6个月 岗前补贴没领过', expect: pay(3600) },
      { user: '哦 其实不是公司 是俺们的农民专业合作社 社保倒也是交的', expect: notYes(3600) },
    ],
  },
  {
    id: 'v134d35',
    class: 'correction',
    probes: '以工代训 months corrected from 3 to 6',
    periodEnd: true,
    turns: [
      { user: '公司 建档立卡的 4个 干了10个月 以工代训3个月 岗前补贴没申请过', expect: pay(2400) },
      { user: '不对 以工代训其实是6个月 我把3月份当成3个月了', expect: payNot(4800, 2400) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v134d36',
    class: 'topic_switch',
    probes: 'an amount, a question about another policy, back to who receives the money',
    periodEnd: true,
    turns: [
      { user: '公司参保 招了零就业家庭的1个 以工代训2个月 岗前补贴没领', expect: pay(400) },
      { user: '对了 稳岗返还今年还有没有 应该不是这个文件管的吧', expect: outside },
      { user: '那回到刚才那个 以工代训的钱是打给公司还是打给他个人', expect: { says: [/企业|公司|单位|生产经营主体/], cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v134d37',
    class: 'topic_switch',
    probes: 'equipment subsidy, then the education-fund deduction in the same chat',
    periodEnd: true,
    turns: [
      { user: '咱公司技能大师工作室买设备花了30万 用的职工教育经费 人社财政验收都过了', expect: kit(60000) },
      { user: '换个事 职工教育经费税前能扣多少 工资总额800万 今年提了50万', expect: deduct(500000) },
    ],
  },
  {
    id: 'v134d38',
    class: 'topic_switch',
    probes: 'a worker\'s own training subsidy (no fixed amount), then a relative\'s firm and 以工代训',
    periodEnd: true,
    turns: [
      { user: '俺想报个电工培训 就在户籍地参加 能给补贴多少钱', expect: unsettled },
      { user: '另外俺姐夫开公司 招了俩建档立卡的 想问问以工代训', expect: ask() },
      { user: '他说俩人干满7个月了 以工代训6个月 岗前补贴没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v134d39',
    class: 'topic_switch',
    probes: '失业金 (outside), then the 生活费补贴 of a poor worker (no amount fixed)',
    periodEnd: true,
    turns: [
      { user: '俺刚被辞了 失业金一个月能领多少', expect: outside },
      { user: '那不说这个了 俺是建档立卡户 没活干 想去学手艺 除了免费培训 还给多少生活费', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v134d40',
    class: 'person_training',
    probes: 'certificate 还没拿到, then facts added one by one: never a figure for the training subsidy',
    periodEnd: true,
    turns: [
      { user: '俺在郑州常住 打工的 报了个焊工培训 证还没拿到手 能补多少钱', expect: { ...unsettled, notVerdict: { rule: 'vocational_training', status: 'eligible' } } },
      { user: '证拿到了 焊工五级 今年一次补贴都没领过 以前也没学过焊工', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '培训学校说进了河南那个系统的 俺才35 没领养老金 那到底补多少', expect: { ...unsettled, notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v134d41',
    class: 'person_training',
    probes: 'a monthly pension, then 不是退休 说错了',
    periodEnd: true,
    turns: [
      { user: '俺60了 退休了 每月领养老金 想学个养老护理 还能享受职业培训补贴不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)', '七(二)'] } },
      { user: '俺不是退休 说错了 养老金俺还没资格领 才52', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v134d42',
    class: 'person_training',
    probes: 'three subsidies this year already, then one of them denied (没领成)',
    periodEnd: true,
    turns: [
      { user: '今年俺已经领了3回培训补贴了 电工 焊工 叉车 这回想学个中式烹调 还能领不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } },
      { user: '不对 叉车那个最后没领成 其实就领了2次', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v134d43',
    class: 'person_training',
    probes: 'double negative 不是没考过 = same occupation and level before; a new level is another matter',
    periodEnd: true,
    turns: [
      { user: '电工中级 俺以前也不是没考过 考过也领过补贴 这回再培训一遍还给补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } },
      { user: '那俺考电工高级呢 这个以前真没考过', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v134d44',
    class: 'person_training',
    probes: 'the institution 好像没进系统, then confirmed: 系统之外零补贴',
    periodEnd: true,
    turns: [
      { user: '俺在老家户籍地报了个育婴员班 培训班老板说省里那个系统 他们 好像 没进', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(三)', '七(一)'] } },
      { user: '问清楚了 确实没进那个系统 那俺的证还能补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/系统/] } },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v134d45',
    class: 'entrepreneurship',
    probes: '不是想创业 店开了6年: neither wish nor ≤5 years; then a wish after all; amount unfixed',
    periodEnd: true,
    turns: [
      { user: '俺不是想创业 小饭馆已经开了6年了 能参加创业培训不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '其实俺还琢磨着再开个新店 这算有创业愿望不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '中 那俺要是去上这个创业培训 国家给俺补几个钱', expect: unsettled },
    ],
  },
  {
    id: 'v134d46',
    class: 'entrepreneurship',
    probes: '还没毕业 也没开过店: a student may take the training; no amount',
    periodEnd: true,
    turns: [
      { user: '我还没毕业 在郑州上大专 也没开过店 能参加创业培训吗', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] } },
      { user: '这个培训有补贴吗 一个人给补多少', expect: unsettled },
    ],
  },
  {
    id: 'v134d47',
    class: 'entrepreneurship',
    probes: '记不清三年还是四年 反正没超过5年 settles ≤ 5 years',
    periodEnd: true,
    turns: [
      { user: '小超市开了 记不清是三年还是四年 反正没超过5年 俺这算小微企业主不 能报创业培训不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] } },
      { user: '培训完了是不是还能给个创业补贴 给多少', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v134d48',
    class: 'entrepreneurship',
    probes: '没营业执照 也没开店 but a wish to start: eligible; whether free or how much is not set',
    periodEnd: true,
    turns: [
      { user: '没营业执照 也没开店 就是想干个直播带货 有没有培训能上', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] } },
      { user: '那这培训是不是免费的 不免费的话补多少', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v134d49',
    class: 'equipment',
    probes: 'a base whose 20 % exceeds the cap: 500 000',
    periodEnd: true,
    turns: [
      { user: '公司高技能人才培训基地新买实训设备 一共300万 都是职工教育经费出的 人社财政验收都过了 能补多少', expect: kit(500000) },
      { user: '设备不是一回买的 分了三批 这样能不能多补点', expect: { mustNotContain: ['600000', '1500000'], cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v134d50',
    class: 'equipment',
    probes: '验收 人社那边还没来: nothing yet; after 验收 80 000',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室设备买了40万 用职工教育经费买的 验收 人社那边到现在也还没来', expect: kitNo('80000', '8万') },
      { user: '验收过了 上个月人社跟财政一块来的 都合格', expect: kit(80000) },
    ],
  },
  {
    id: 'v134d51',
    class: 'equipment',
    probes: 'bought 不是 from the education fund; then part of it was: only that part counts',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地买设备花了100万 钱不是从职工教育经费出的 是银行贷的款 验收合格了', expect: kitNo('200000', '20万') },
      { user: '不对 刚问了财务 有60万是职工教育经费出的 剩下40万才是贷款', expect: kit(120000, '200000', '20万') },
    ],
  },
  {
    id: 'v134d52',
    class: 'equipment',
    probes: 'a hedged range (大概三四十万) settles no value; the invoices do',
    periodEnd: true,
    turns: [
      { user: '公司技能大师工作室新添的设备 大概三四十万吧 职工教育经费出的 验收也过了', expect: kitOpen('60000', '80000', '6万', '8万') },
      { user: '发票加了一下 一共36万', expect: kit(72000) },
    ],
  },
  {
    id: 'v134d53',
    class: 'equipment',
    probes: 'two sites, the studio failed 验收; then it passed after all',
    periodEnd: true,
    turns: [
      {
        user: '俺们有个高技能人才培训基地 还有个技能大师工作室 都是职工教育经费买的设备 基地那边150万 验收合格 工作室那边20万 验收没通过 不合格',
        expect: kit(300000, '340000'),
      },
      { user: '俺看错了 不合格的是别家 俺们工作室也验收合格了', expect: kit(340000) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v134d54',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll; not cash',
    periodEnd: true,
    turns: [
      { user: '俺们工资薪金总额一年1000万 职工教育经费提了100万 税前能扣多少', expect: deduct(800000) },
      { user: '这个数是不是能直接领现金', expect: { says: [/税前/], mustNotContain: [/领取现金|发放现金|可以领现金/] } },
    ],
  },
  {
    id: 'v134d55',
    class: 'education_fund',
    probes: 'fund drawn 会计没说: ask; then 30万',
    periodEnd: true,
    turns: [
      { user: '工资总额500万 职工教育经费提了多少 会计没跟俺说 能扣多少', expect: fundOpen },
      { user: '会计回了 说提了30万', expect: deduct(300000) },
    ],
  },
  {
    id: 'v134d56',
    class: 'education_fund',
    probes: 'payroll corrected (说错了 不是1500万): the deduction follows',
    periodEnd: true,
    turns: [
      { user: '工资薪金总额1500万 职工教育经费150万 能税前扣多少', expect: deduct(1200000) },
      { user: '说错了 工资总额是1000万 不是1500万', expect: deduct(800000, '1200000', '120万') },
    ],
  },
  {
    id: 'v134d57',
    class: 'education_fund',
    probes: 'front-line share 没花到一半 (under 60 %) noted; 师带徒 from the fund',
    periodEnd: true,
    turns: [
      {
        user: '职工教育经费提了20万 工资总额300万 一线工人培训上 没花到一半 能扣多少',
        expect: { amount: { rule: 'education_fund_deduction', yuan: 200000 }, says: [/税前/, /60\s*%|60％|百分之六十|六成/] },
      },
      { user: '师傅带徒弟的津贴 能不能从这钱里出', expect: { cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v134d58',
    class: 'education_fund',
    probes: 'payroll 记不清 回头让财务查; then given: the fund above the limit',
    periodEnd: true,
    turns: [
      { user: '职工教育经费今年提了45万 想问问税前扣除咋算', expect: fundOpen },
      { user: '工资薪金总额 记不清 回头让财务查一下', expect: { ...fundOpen } },
      { user: '财务说工资总额是500万', expect: deduct(400000) },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v134d59',
    class: 'apprenticeship',
    probes: 'apprentices: no amount, and not the 200 元 of 以工代训 multiplied',
    periodEnd: true,
    turns: [
      { user: '公司搞企业新型学徒制 带了10个徒弟 一个徒弟补多少', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '学徒补贴 是不是也跟以工代训一样 每人每月200', expect: { ...unsettled, mustNotContain: ['2000', '12000', '24000'] } },
    ],
  },
  {
    id: 'v134d60',
    class: 'apprenticeship',
    probes: 'a hedged 没签协议; no amount; then the three-year target',
    periodEnd: true,
    turns: [
      { user: '俺厂跟职业学校合作搞现代学徒制 徒弟好像还没签培训协议 能拿学徒补贴不 给多少', expect: unsettled },
      { user: '三年要培养多少个新型学徒 有指标没', expect: { cites: ['四(一)'], says: [/2\s*万|两万|二万|20000/] } },
    ],
  },
  {
    id: 'v134d61',
    class: 'apprenticeship',
    probes: 'count 不清楚; the standard is not in the plan; whom to ask',
    periodEnd: true,
    turns: [
      { user: '公司新型学徒有一批 几个人俺不清楚 学徒补贴按啥标准给', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '标准没定的话 那俺该找谁问', expect: contact },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v134d62',
    class: 'period',
    probes: '不是说已经停了吗: the plan ended; a late claim is not something it provides for',
    periodEnd: true,
    turns: [
      { user: '以工代训补贴 现在都2026年了 还能申请不 不是说早停了吗', expect: { mentionsPeriodEnd: true } },
      { user: '那2021年那会儿俺没申 现在补申还中不中', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v134d63',
    class: 'period',
    probes: 'a hedge 应该还有效吧 about the plan itself; a successor plan is not in the corpus',
    periodEnd: true,
    turns: [
      { user: '郑州职业技能提升行动那个文件 应该还有效吧 俺看网上还挂着呢', expect: { mentionsPeriodEnd: true } },
      { user: '没有接着它的新方案吗 2022年以后的那种', expect: { oneOf: [{ answered: false }, { says: [HONEST_NOT_SETTLED] }], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v134d64',
    class: 'period',
    probes: 'an amount for 2020 facts, then whether it can still be claimed now',
    periodEnd: true,
    turns: [
      { user: '问个过去的事 2020年俺公司吸纳了3个建档立卡贫困劳动力 干了一年 以工代训6个月 岗前补贴没领 当时应该能拿多少', expect: pay(3600) },
      { user: '那现在再去补报 还来得及不', expect: { mentionsPeriodEnd: true } },
    ],
  },
];
