/**
 * HELD-OUT dialogues, set v124 — written BLIND. The only sources were the plan itself
 * (policy-corpus/zz-2019-63.md) and the two contracts (shared/spec/eligibility.md, api.md); the
 * format was taken from types.ts, judge.ts, sets.ts, sets.test.ts and the opening lines of v101. No
 * code under src/ or scripts/, no other held-out or dev set, and no answer of the service was looked
 * at while writing it. Do not tune on it: no message of this file may become a glossary entry, a
 * pattern or a fixture. A dialogue that has been made to pass by a change aimed at it measures
 * nothing any more; write a fresh one instead.
 *
 * Who types here: small Henan employers (a noodle factory, a mushroom cooperative, a village 扶贫车间,
 * a logistics firm, a car-repair shop, a glove workshop) and the workers they took on, or the
 * workers' relatives, on WeChat: no punctuation, 俺/咱/啥/中不中, Chinese numerals, a wrong character
 * here and there (以工带训, 补帖, 工做室), "会计不在 不知道", cousins' and brothers' cases.
 *
 * Theme — conversations that wander. People answer the service's question with a question of their
 * own ("这钱是发给厂里还是给个人的"), hand over the facts out of order across four to six messages,
 * change their mind twice (五个 → 六个 → 还是五个; 公司 → 合作社 → 还是公司), point back with
 * 跟刚才一样 / 同上 / 还是那些人 / 那几个 / 前面说的那个, drop a fact in the first message and
 * pick it up three messages later, step out to another subject (社保补贴, the weather, their own
 * 电工证, apprentices) and come back, and close by asking for the total, a recap or a check
 * ("一共多少", "再说一遍", "你算的对不对"). Employers and workers both; 以工代训 with several groups in
 * one case, training equipment at bases and studios, the 职工教育经费 deduction.
 *
 * Expectations follow the contract and issue 10 (nothing is inferred from silence): an amount is
 * expected only after EVERY fact it rests on has been said — the kind of unit, insurance where the
 * group needs it, the group, the count, months employed for poor labour (at least six), months of
 * 以工代训 (capped at six), and that the 岗前培训补贴 was not claimed. Before that a turn expects a
 * question and no figure, never 不符合. "不知道 / 不清楚" leaves a fact open; a correction replaces it.
 * Today is 2026 and the plan ran 2019-12-02 to 2021-12-31, so every conversation that reaches a
 * 以工代训 amount must hear, somewhere, that the plan has ended.
 *
 * Amounts worked out BY HAND (以工代训 = Σ rows count × 200 × min(以工代训 months, 6); poor labour needs
 * ≥ 6 months employed at any 生产经营主体; 就业困难 incl. 残疾人 and 零就业家庭 need an insured
 * ENTERPRISE — a cooperative or 扶贫车间 is not one; 退役军人 / 农村转移 are no group of this rule;
 * a row whose 岗前培训补贴 was claimed drops out. Equipment = per site min(20 % × value bought from
 * the 职工教育经费 and accepted by 人社 and 财政, 500 000 base / 100 000 studio). Education fund
 * = min(fund drawn, 8 % × 工资薪金总额), a pre-tax deduction):
 * - d01 面条厂, 4 poor, 10 months, trained 5: 4 × 200 × 5 = 4000.
 * - d02 物流公司 insured, 1 零就业 (the worker), trained 3: 1 × 200 × 3 = 600.
 * - d03 扶贫车间, 7 poor, over a year, trained 4: 7 × 200 × 4 = 5600.
 * - d04 蘑菇合作社, 5 就业困难 of whom 2 poor (8 months, trained 6): 2 × 200 × 6 = 2400; the 3 others
 *   are 就业困难 at a cooperative: 0 (all five counted would be 5 × 200 × 6 = 6000).
 * - d05 表哥's insured plant, 3 残疾人, trained 2: 3 × 200 × 2 = 1200.
 * - d06 饭店公司, 5 poor, 7 months, trained 半年 = 6: 5 × 200 × 6 = 6000.
 * - d07 insured company: 4 poor (9 months) × 200 × 3 = 2400, 2 残疾 × 200 × 3 = 1200, 3 退伍 = 0;
 *   total 3600 (veterans counted: 3600 + 3 × 200 × 3 = 5400).
 * - d08 扶贫车间: 6 poor (8 months, trained 5) × 200 × 5 = 6000; 4 poor with 2 months employed = 0
 *   (counted: 6000 + 4 × 200 × 2 = 7600).
 * - d09 insured company: 2 零就业 × 200 × 4 = 1600, 3 就业困难 × 200 × 6 = 3600, 1 poor employed 5
 *   months = 0; total 5200 (poor counted: 5200 + 1 × 200 × 5 = 6200).
 * - d10 电子厂 insured: 2 poor brothers (12 months) × 200 × 4 = 1600, 1 残疾 wife × 200 × 4 = 800;
 *   total 2400.
 * - d11 合作社 (insured): 3 poor (7 months) × 200 × 6 = 3600; 1 零就业 at a cooperative = 0
 *   (counted: 3600 + 1200 = 4800).
 * - d12 扶贫车间: 5 poor (10 months) × 200 × 3 = 3000; 2 就业困难 at a workshop = 0
 *   (counted: 3000 + 2 × 200 × 5 = 5000).
 * - d14 insured company, 5 poor (8 months, trained 4), 2 claimed 岗前: 3 × 200 × 4 = 2400
 *   (all five: 4000).
 * - d15 insured company, 4 残疾 (corrected from 贫困户), trained 5: 4 × 200 × 5 = 4000.
 * - d16 studio 40万 not from the fund: 0 (from the fund it would have been 40万 × 20 % = 8万).
 * - d19 扶贫车间, 8 poor, 11 months (said late), trained 4: 8 × 200 × 4 = 6400.
 * - d20 超市公司 insured (said late), 1 就业困难 (the worker), trained 3: 1 × 200 × 3 = 600.
 * - d21 合作社, 6 poor, 9 months, trained 5: 6 × 200 × 5 = 6000 only as the asked supposition;
 *   then all six had the 岗前培训补贴: 0.
 * - d22 base, 120万 from the fund, accepted: 1 200 000 × 20 % = 240 000 (< 500 000).
 * - d23 纸箱厂, 1 poor (the worker, 7 months), trained 2: 1 × 200 × 2 = 400.
 * - d24 insured company, 零就业 5 → 6 → 5 (the sixth is a veteran), trained 4: 5 × 200 × 4 = 4000
 *   (six: 4800).
 * - d25 扶贫车间, 3 poor, a year: trained 3 → 3 × 200 × 3 = 1800; trained 8 → capped 6 →
 *   3 × 200 × 6 = 3600 (uncapped 4800); trained 5 → 3 × 200 × 5 = 3000.
 * - d26 4 就业困难, insured, trained 3: company 4 × 200 × 3 = 2400; cooperative 0; company again 2400.
 * - d27 insured plant, 3 → 2 残疾 (the third a 农村 migrant), trained 6: 2 × 200 × 6 = 2400 (three: 3600).
 * - d28 合作社, 1 poor (the worker), 5 → 9 months employed, trained 5: first 0, then 1 × 200 × 5 = 1000.
 * - d29 company, 7 poor, 半年 employed, trained 半年: 7 × 200 × 6 = 8400; one had 岗前: 6 × 200 × 6 = 7200.
 * - d30 insured company, 4 poor, 10 months, trained 3: 4 × 200 × 3 = 2400.
 * - d31 汽修公司 insured, 2 零就业, trained 5: 2 × 200 × 5 = 2000.
 * - d32 plant, 3 poor, 8 months, trained 6: 3 × 200 × 6 = 3600; studio 30万 from the fund, accepted:
 *   300 000 × 20 % = 60 000; both together 63 600.
 * - d33 葡萄合作社, 5 poor, 7 months, trained 2: 5 × 200 × 2 = 2000.
 * - d34 insured company, 3 残疾, trained 4: 3 × 200 × 4 = 2400.
 * - d45 studio 60万 → 12万 capped to 100 000; base 180万 → 360 000; total 460 000 (uncapped 480 000).
 * - d46 one studio, 30万 → 60 000; the same studio's second batch 40万 → 70万 × 20 % = 14万 →
 *   capped 100 000.
 * - d47 base 300万 → 600 000 → capped 500 000.
 * - d48 studio 25万, accepted only in the last turn: 250 000 × 20 % = 50 000.
 * - d49 base 90万 of which 70万 from the fund: 700 000 × 20 % = 140 000 (all 90万: 180 000).
 * - d50 studio 50万 → 100 000 (exactly the cap); a second studio the same → 200 000.
 * - d51 payroll 2000万, fund 180万: min(1 800 000, 1 600 000) = 1 600 000; front line 80/180 ≈ 44 % < 60 %.
 * - d52 payroll 500万, fund 30万: min(300 000, 400 000) = 300 000; front line 20/30 ≈ 67 %.
 * - d53 payroll 1500万, fund 100万: min(1 000 000, 1 200 000) = 1 000 000; front line 59.9 % < 60 %.
 * - d54 fund 50万, payroll 800万 (said late): min(500 000, 640 000) = 500 000.
 * - d55 payroll 3200万, fund 200万: min(2 000 000, 2 560 000) = 2 000 000.
 * - d57 company, 8 poor apprentices, 7 months, trained 4: 8 × 200 × 4 = 6400; apprenticeship: unfixed.
 * - d60 payroll 1000万, fund 90万: min(900 000, 800 000) = 800 000; apprenticeship: unfixed.
 * - d62 company in 2020, 3 poor, 10 months, trained 6: 3 × 200 × 6 = 3600.
 * Everything else (新型学徒, 生活费, per-person training subsidy, free training, 创业培训, 师带徒 津贴,
 * the aid for poor families' children) has no amount in the plan.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is still open: a question back, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The person said they do not know a 以工代训 fact: it stays open. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact is still open and the person asked something back: answer it, no figure, no verdict. */
const holdOpen = (extra: TurnExpect = {}): TurnExpect => ({ noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' }, ...extra });
/** The 以工代训 amount; `wrong` are the figures a misreading would give. */
const pay = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** No 以工代训 on these facts. */
const noPay = (...wrong: number[]): TurnExpect => ({
  notVerdict: { rule: 'on_job_training', status: 'eligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** The plan fixes nothing here: say so, state no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** The plan fixes nothing here, in a conversation where an amount was already given (it may be repeated). */
const unsettledAfterAmount: TurnExpect = { says: [HONEST_NOT_SETTLED] };
/** Whom to ask: a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The plan has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: (string | RegExp)[]): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});
/** An equipment fact is open: ask, decide nothing, not the figure the open fact would give. */
const kitOpen = (...wrong: (string | RegExp)[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** The education-fund deduction: a pre-tax deduction, not money paid out. */
const deduct = (yuan: number): TurnExpect => ({ amount: { rule: 'education_fund_deduction', yuan }, says: [/税前/] });
/** A stated share is below 60 % of the fund: the answer names the 60 % line. */
const under60: TurnExpect = { says: [/60\s*%|60％|百分之六十|六成/], cites: ['六(二)'] };
/** A stated 以工代训 rule point: the six months of poor labour. */
const sixMonths = /六个月|6\s*个月|半年/;
/** Who receives the 以工代训 money: the unit, not the worker. */
const toUnit = /厂|企业|公司|单位|合作社|车间|生产经营主体/;

export const DIALOGUES_V124: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v124d01',
    class: 'one_group',
    probes: 'facts over five turns, a question answered with a question (who gets the money), 岗前 said last, then a recap',
    periodEnd: true,
    turns: [
      { user: '俺们是个做挂面的小厂 招了几个建档立卡的 这能领点啥钱不', expect: ask },
      { user: '你先给俺说说这钱是发到厂里还是发给他们个人手里', expect: holdOpen({ says: [toUnit], cites: ['六(一)'] }) },
      { user: '四个人 腊月进的厂 到现在整十个月了 跟着老师傅边干边学学了五个月', expect: ask },
      { user: '岗前培训那个补帖没领过 从来没人跟俺提过有这钱', expect: pay(4000) },
      { user: '你再说一遍一共是多少 俺拿个本记一下', expect: pay(4000) },
    ],
  },
  {
    id: 'v124d02',
    class: 'one_group',
    probes: 'a worker is one 零就业 hire; insurance asked back as a what-if stays open until he checks; 岗前 last',
    periodEnd: true,
    turns: [
      { user: '俺家里一个上班的都没有 街道给认定的零就业家庭 俺前阵子进了个物流公司 公司能因为俺领补贴不', expect: ask },
      { user: '公司给交没交社保这俺得问问 你说要是不交那咋弄', expect: { noAmount: 'open', undecided: 'on_job_training', says: [/社保|参保|保险/] } },
      { user: '问了 人事说社保一进来就给交上了 公司带着俺学开叉车学了仨月', expect: ask },
      { user: '岗前那个补助 人事说没给俺报过', expect: pay(600) },
    ],
  },
  {
    id: 'v124d03',
    class: 'one_group',
    probes: 'a 扶贫车间 manager asks back what months matter, gives them, then 以工代训 months and 岗前 together, then doubts the sum',
    periodEnd: true,
    turns: [
      { user: '村里那个扶贫车间是俺管着 里头有七个贫困户在缝劳保手套', expect: ask },
      { user: '干了多久啊这个 有的长有的短 这里头有啥讲究没', expect: holdOpen({ says: [sixMonths] }) },
      { user: '那七个都干了一年多了 一个没走', expect: ask },
      { user: '边干边教那一段是头四个月 后来就熟练了 岗前的补贴俺们没申请', expect: pay(5600) },
      { user: '你算的对不对啊 七个人四个月才这么点', expect: pay(5600) },
    ],
  },
  // d04 is a several_groups case placed here, where its number falls
  {
    id: 'v124d04',
    class: 'several_groups',
    probes: 'a cooperative with 就业困难 hires (no), then 这五个里头 two are poor labour (yes): a subset, not two more',
    periodEnd: true,
    turns: [
      { user: '俺是种蘑菇的合作社 收了五个就业困难的 合作社给他们交着保险哩', expect: { ...noPay(6000), cites: ['六(一)'] } },
      { user: '那要是这五个里头有建档立卡的呢 会不会不一样', expect: { noAmount: 'open', cites: ['六(一)'] } },
      { user: '有俩是 在棚里干了八个月 带着学种菌学了六个月 岗前补贴没拿过', expect: pay(2400, 6000) },
    ],
  },
  {
    id: 'v124d05',
    class: 'one_group',
    probes: 'a cousin\'s insured plant, 残疾人 asked back as 就业困难, then 还是那仨人 with the months and 岗前 in one go',
    periodEnd: true,
    turns: [
      { user: '俺表哥在郑州开了个小加工厂 一直给工人交着社保 招了仨有残疾证的', expect: ask },
      { user: '有残疾证的也能算那个就业困难的人不', expect: holdOpen({ cites: ['三(二)', '六(一)'] }) },
      { user: '还是那仨人 厂里带着干了俩月 岗前培训的钱也没领', expect: pay(1200) },
      { user: '就这些了是吧 他这一千多块钱得去哪申请', expect: contact },
    ],
  },
  {
    id: 'v124d06',
    class: 'one_group',
    probes: 'the 岗前 fact comes first with nothing else; unit, group, count and months follow one by one',
    periodEnd: true,
    turns: [
      { user: '先说好啊 岗前那个培训补贴俺们没领过 别的你问吧', expect: ask },
      { user: '俺们是开饭店的公司 后厨招的都是建档立卡贫困户', expect: ask },
      { user: '五个 在店里都干七个月了', expect: ask },
      { user: '以工带训搞了半年 切墩配菜啥都教', expect: pay(6000) },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v124d07',
    class: 'several_groups',
    probes: 'three groups in one message, veterans asked about, months per group, 都是 for the training months, a recap',
    periodEnd: true,
    turns: [
      { user: '俺公司给职工交社保的 招了三拨人 贫困户四个 残疾的俩 退伍兵仨', expect: ask },
      { user: '退伍兵那几个能算上不', expect: holdOpen() },
      { user: '贫困户那四个都干了九个月 残疾那俩才来三个月', expect: ask },
      { user: '三拨人都是带着干了三个月 岗前补贴一个都没领', expect: pay(3600, 5400) },
      { user: '那几个退伍的真是一分都没有啊 你再把总数算一遍', expect: pay(3600, 5400) },
    ],
  },
  {
    id: 'v124d08',
    class: 'several_groups',
    probes: 'poor labour split by months employed (8 and 2); the short ones asked about; the plan ended before they reach six months',
    periodEnd: true,
    turns: [
      { user: '俺这扶贫车间十个贫困户 有六个干够八个月了 剩下四个刚来俩月', expect: ask },
      { user: '那刚来的四个 等干够半年了再一块报中不中', expect: holdOpen({ says: [sixMonths] }) },
      { user: '干够八个月那六个带着学了五个月 刚来那四个学了俩月 岗前那个补贴都没领', expect: pay(6000, 7600) },
      { user: '那四个等满了六个月 到时候再报还给不给', expect: ended },
    ],
  },
  {
    id: 'v124d09',
    class: 'several_groups',
    probes: 'a fact dropped in the first message (别的情况回头再说) and picked up three turns later; a question back; a recap by group',
    periodEnd: true,
    turns: [
      { user: '公司给员工都上着社保 招了零就业家庭的两个 就业困难认定的三个 还有个别的情况回头再说', expect: ask },
      { user: '零就业那俩带着学了四个月 就业困难那几个学了六个月', expect: ask },
      { user: '你们这个补贴是按人头算还是按公司算的', expect: holdOpen({ cites: ['六(一)'] }) },
      { user: '前面说的别的情况就是 还有一个建档立卡的 干了五个月 也带着学了五个月', expect: ask },
      { user: '岗前培训那个补贴 零就业的困难的贫困户这几拨人谁也没领过', expect: pay(5200, 6200) },
      { user: '好 一共五千多是吧 把每拨人的帐给俺列一下', expect: pay(5200, 6200) },
    ],
  },
  {
    id: 'v124d10',
    class: 'several_groups',
    probes: 'a worker tells his family\'s case: two poor brothers and a 残疾 wife; insurance 不清楚 keeps the wife\'s row open until asked',
    periodEnd: true,
    turns: [
      { user: '俺跟俺弟俩都是建档立卡的 俺媳妇有残疾证 仨人都在一个电子厂上班', expect: ask },
      { user: '厂里交不交保险俺不清楚 俺哥俩干了一年了 俺媳妇干了四个月', expect: ask },
      { user: '俺哥俩厂里带着学了四个月 岗前补贴厂里说没报', expect: ask },
      { user: '问了 厂里社保都交着哩 俺媳妇跟俺俩一样 也是学了四个月 岗前的也没报', expect: pay(2400) },
      { user: '那这两千多是给俺们还是给厂里', expect: { says: [toUnit], cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v124d11',
    class: 'several_groups',
    probes: 'a cooperative, insured: poor labour counts, a 零就业 member does not (not an enterprise); asked why',
    periodEnd: true,
    turns: [
      { user: '合作社收了贫困户三个 零就业家庭的一个 合作社也给他们交着社保', expect: ask },
      { user: '贫困户那仨干了七个月 带着学了六个月 岗前补贴没领', expect: pay(3600, 4800) },
      { user: '零就业那个为啥不算 他家真是一个挣钱的都没有', expect: { cites: ['六(一)'], says: [/企业/], mustNotContain: ['4800'] } },
    ],
  },
  {
    id: 'v124d12',
    class: 'several_groups',
    probes: 'a 扶贫车间 with poor labour and 就业困难 hires, months per group; 还是那几个人 asks about this year',
    periodEnd: true,
    turns: [
      { user: '扶贫车间收了五个贫困户 俩就业困难的 车间给他们都交着社保', expect: ask },
      { user: '贫困户五个都干了十个月 就业困难那俩干了半年', expect: ask },
      { user: '学技术那段 贫困户学了三个月 困难那俩学了五个月 岗前的补贴没有领', expect: pay(3000, 5000) },
      { user: '还是那几个人 今年还能再报一回不', expect: ended },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v124d13',
    class: 'negation_after_noun',
    probes: '社保呢 还没给交: the 零就业 hires do not count; starting insurance now meets the plan\'s end',
    turns: [
      { user: '俺小厂招了俩零就业家庭的 社保呢 还没给他俩交', expect: { ...noPay(), cites: ['六(一)'] } },
      { user: '那要是下个月给交上呢 现在开始交还来得及不', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
    ],
  },
  {
    id: 'v124d14',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 俩人领过 仨人没有: the claim splits the row; refunding the claim is not settled',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了五个建档立卡的 都干了八个月 带着学了四个月', expect: ask },
      { user: '岗前培训补贴 那五个里头俩人领过 仨人没有', expect: pay(2400, 4000) },
      { user: '领过的那俩 把岗前的钱退回去再报这个中不中', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { says: [/重复/] }], mustNotContain: ['4000'] } },
    ],
  },
  {
    id: 'v124d15',
    class: 'negation_after_noun',
    probes: '贫困户不是 是有残疾证的: the group is replaced, so months employed are no longer needed',
    periodEnd: true,
    turns: [
      { user: '交社保的公司 收了四个贫困户', expect: ask },
      { user: '说岔了 贫困户不是 他们四个是有残疾证的', expect: ask },
      { user: '都带着学了五个月 岗前那个钱 没领', expect: pay(4000) },
      { user: '再说一遍这四千是咋算出来的', expect: pay(4000) },
    ],
  },
  {
    id: 'v124d16',
    class: 'negation_after_noun',
    probes: '钱呢 不是从职工教育经费出的: no equipment subsidy, not the 20 % figure',
    turns: [
      { user: '俺们建了个技能大师工作室 新买了四十万的设备 人社跟财政都来验收合格了', expect: kitOpen('80000', /(?<![\d.])8\s*万/) },
      { user: '钱呢 不是从职工教育经费出的 是老板自己腰包掏的', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['80000', /(?<![\d.])8\s*万/] } },
    ],
  },
  {
    id: 'v124d17',
    class: 'negation_after_noun',
    probes: '证 还没下来: not yet eligible; with the certificate the rest stays open; the amount is not fixed',
    turns: [
      { user: '俺在老家县里学了个电工 证 还没下来 能领培训补贴不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] } },
      { user: '那等证下来了呢 俺今年头一回学技术', expect: { noAmount: 'unfixed', cites: ['七(二)'] } },
      { user: '俺那个低压电工证要是下来了 到底能补俺多少钱啊', expect: unsettled },
    ],
  },
  {
    id: 'v124d18',
    class: 'negation_after_noun',
    probes: '退休金 没有: a 58-year-old without a pension is in scope; 生活费 not fixed; a fellow villager with a pension is not brought in',
    turns: [
      { user: '俺五十八了 退休金 没有 在郑州打工想学个月嫂', expect: { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed', cites: ['六(一)', '七(二)'] } },
      { user: '学月嫂那阵子一天给多少生活费', expect: unsettled },
      { user: '俺一个老乡按月领着养老金哩 他也想学 能补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v124d19',
    class: 'unknown_reply',
    probes: 'months employed 记不清 stays open; a question back on six months; the roster gives it later',
    periodEnd: true,
    turns: [
      { user: '扶贫车间里有八个贫困户 带着学了四个月 岗前的补贴没领', expect: ask },
      { user: '他们来了多久我真记不清了 得翻花名册', expect: dunno },
      { user: '你先说说不满六个月的话是不是就白搭了', expect: holdOpen({ says: [sixMonths] }) },
      { user: '翻着了 花名册上写着八个人都干了十一个月', expect: pay(6400) },
    ],
  },
  {
    id: 'v124d20',
    class: 'unknown_reply',
    probes: 'a 就业困难 worker does not know about insurance; a what-if on insurance with 岗前 still open gets no figure',
    periodEnd: true,
    turns: [
      { user: '俺是就业困难人员 在一个超市公司当理货员 公司带着学了三个月', expect: ask },
      { user: '交没交社保 这俺还真不知道 工资条上也没写', expect: dunno },
      { user: '那你说要是交了的话能给公司多少', expect: { noAmount: 'open', asks: true } },
      { user: '打听了 社保交着哩 岗前那个没给俺报过', expect: pay(600) },
    ],
  },
  {
    id: 'v124d21',
    class: 'unknown_reply',
    probes: '岗前 不清楚 (会计请假); a supposition asked for may be computed or declined; then all six had it',
    periodEnd: true,
    turns: [
      { user: '建档立卡的六个人 在俺合作社干了九个月 以工代训五个月', expect: ask },
      { user: '岗前培训补贴领没领 会计请假了 我不清楚', expect: dunno },
      {
        user: '那你先按没领给我估个数呗',
        expect: { oneOf: [{ says: [/(?<![\d.])6,?000(?!\d)|(?<![\d.])0\.6\s*万/] }, { noAmount: 'open', asks: true }] },
      },
      { user: '会计回来了 说六个人岗前的都领过了', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, says: [/重复/] } },
    ],
  },
  {
    id: 'v124d22',
    class: 'unknown_reply',
    probes: 'equipment acceptance 不太清楚 and asked back; the 厂长 settles it; the money\'s source',
    turns: [
      { user: '高技能人才培训基地新进了一批实训设备 一百二十万 用的是职工教育经费', expect: kitOpen('240000', /(?<![\d.])24\s*万/) },
      {
        user: '验收这事 是不是人社来人看过 我不太清楚 你说得谁来验',
        expect: { says: [/人社|人力资源/], undecided: 'equipment_subsidy', mustNotContain: ['240000', /(?<![\d.])24\s*万/] },
      },
      { user: '厂长说验过了 人社局财政局都签了字合格', expect: kit(240000) },
      { user: '那这钱是从哪出的 就业补助资金是吧', expect: { cites: ['四(一)'], says: [/就业补助资金/] } },
    ],
  },
  {
    id: 'v124d23',
    class: 'unknown_reply',
    probes: 'a worker does not know his own group (俺爹知道); the father confirms; 岗前 last',
    periodEnd: true,
    turns: [
      { user: '俺在纸箱厂干了七个月 厂里说俺这种人能给厂里申请个补贴 俺也不知道俺算啥人', expect: ask },
      { user: '村里是给俺家门口挂过牌子 是不是贫困户俺说不清 俺爹知道', expect: dunno },
      { user: '俺爹说是建档立卡的 厂里教俺糊箱子教了两个月', expect: ask },
      { user: '岗前培训那个 厂里会计说没给俺报过', expect: pay(400) },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v124d24',
    class: 'correction',
    probes: 'count changed twice (五 → 六 → 还是五, the sixth a veteran); 岗前 last; a doubt at the end',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了五个零就业家庭的 以工代训四个月', expect: ask },
      { user: '等会 不是五个是六个 有个小伙子我给漏了', expect: ask },
      { user: '又翻了翻 还是五个 那个小伙子是当兵退下来的 不是零就业', expect: ask },
      { user: '岗前补贴这五个都没领过', expect: pay(4000, 4800) },
      { user: '你算的对不对 那个退伍的也跟着学了四个月哩', expect: pay(4000, 4800) },
    ],
  },
  {
    id: 'v124d25',
    class: 'correction',
    probes: '以工代训 months changed twice (三 → 八, capped at six → 五); each correction replaces the last',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 三个贫困户 干了一年了 以工代训三个月 岗前的没领', expect: pay(1800) },
      { user: '不对不对 以工代训是八个月 一直带着哩', expect: pay(3600, 4800) },
      { user: '又问了车间主任 说是五个月 后仨月就自己干了', expect: pay(3000, 4800) },
      { user: '车间主任说的算 就按五个月 你再说一遍三个人是多少', expect: pay(3000) },
    ],
  },
  {
    id: 'v124d26',
    class: 'correction',
    probes: 'the unit changed twice (公司 → 合作社 → 还是公司) with 就业困难 hires; insurance said once holds',
    periodEnd: true,
    turns: [
      { user: '俺们公司交着社保 招了四个就业困难人员 带着学了三个月 岗前补贴没领', expect: pay(2400) },
      { user: '哎 说错了 俺们注册的是合作社 不是公司', expect: noPay() },
      { user: '俺又看了眼营业执照 是有限公司 合作社那是俺哥的', expect: pay(2400) },
    ],
  },
  {
    id: 'v124d27',
    class: 'correction',
    probes: '岗前 asked back, a subset corrected (三个 → 只有俩是残疾人), then 岗前 settled two turns later',
    periodEnd: true,
    turns: [
      { user: '咱厂交保险的 收了三个残疾人 学了六个月', expect: ask },
      { user: '这个岗前培训补贴是个啥 俺们入职那会好像搞过一回培训', expect: holdOpen({ undecided: 'on_job_training', cites: ['六(一)'] }) },
      { user: '搞错了 三个里头只有俩是残疾人 另一个是从农村出来打工的', expect: ask },
      { user: '问清楚了 岗前那个补贴厂里没申请过 入职那回就是厂里自己讲了讲安全', expect: pay(2400, 3600) },
    ],
  },
  {
    id: 'v124d28',
    class: 'correction',
    probes: 'a poor worker at a cooperative: five months employed (not yet) corrected to nine; the money goes to the cooperative',
    periodEnd: true,
    turns: [
      { user: '俺是贫困户 在合作社养鸡 干了五个月了 以工代训也是五个月 岗前补贴没有', expect: noPay(1000) },
      { user: '记错了 俺来合作社都九个月了 不是五个月 带着学的是五个月', expect: pay(1000) },
      { user: '那这钱俺自己能落着不 还是全给合作社', expect: { says: [toUnit] } },
    ],
  },
  {
    id: 'v124d29',
    class: 'correction',
    probes: 'one of seven turns out to have had 岗前: the claim splits, the rest keep their facts',
    periodEnd: true,
    turns: [
      { user: '公司 七个贫困户 都干满半年了 以工代训也是半年', expect: ask },
      { user: '岗前那个补贴 七个人都没领', expect: pay(8400) },
      { user: '不对 七个里头有一个岗前的领过', expect: pay(7200) },
      { user: '领过的那个就算了 其余六个是不是七千二', expect: pay(7200) },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v124d30',
    class: 'topic_switch',
    probes: '社保补贴 asked mid-case is not this plan\'s; 回到刚才那四个 resumes the case',
    periodEnd: true,
    turns: [
      { user: '公司交社保的 招了四个建档立卡的 都干了十个月', expect: ask },
      { user: '对了顺便问一嘴 招贫困户是不是还能领社保补贴', expect: { noAmount: 'open', oneOf: [{ answered: false }, { says: [HONEST_NOT_SETTLED] }] } },
      { user: '行 回到刚才那四个 以工代训是三个月 岗前补贴没报', expect: pay(2400) },
    ],
  },
  {
    id: 'v124d31',
    class: 'topic_switch',
    probes: 'apprenticeship asked mid-case (no amount in the plan), then back to the two 零就业 hires',
    periodEnd: true,
    turns: [
      { user: '俺是开汽修店的公司 交着社保 招了俩零就业家庭的当学徒', expect: ask },
      { user: '学徒这块是不是还有个新型学徒制的补贴 一个人给多少', expect: unsettled },
      { user: '那俩零就业的带着学了五个月 岗前补贴没拿', expect: pay(2000) },
    ],
  },
  {
    id: 'v124d32',
    class: 'topic_switch',
    probes: 'from 以工代训 to a studio\'s equipment, then 那俩加一块: both amounts or their sum',
    periodEnd: true,
    turns: [
      { user: '厂里收了三个建档立卡的 干了八个月 以工代训六个月 岗前的没领', expect: pay(3600) },
      { user: '另外俺们技能大师工作室买了三十万的设备 教育经费出的 人社财政验收合格了', expect: kit(60000) },
      {
        user: '贫困户那三个加上工作室的设备 俩加一块一共能拿多少',
        expect: { oneOf: [{ says: [/63,?600|6\.36\s*万/] }, { says: [/(?<![\d.])3,?600(?!\d)/, /(?<![\d.])60,?000(?!\d)|(?<![\d.])6\s*万/] }] },
      },
    ],
  },
  {
    id: 'v124d33',
    class: 'topic_switch',
    probes: 'the weather asked in the middle of a case is declined; 说正事 resumes it',
    periodEnd: true,
    turns: [
      { user: '合作社里收了五个贫困户 种葡萄的 都干了七个月', expect: ask },
      { user: '今儿郑州是不是要下雨啊 葡萄棚还没盖哩', expect: { noAmount: 'open', oneOf: [{ answered: false }, { says: [/天气/] }] } },
      { user: '说正事 种葡萄这几个以工代训了两个月 岗前补贴没领过', expect: pay(2000) },
    ],
  },
  {
    id: 'v124d34',
    class: 'topic_switch',
    probes: 'the owner\'s own 电工证 in the middle, then 回到那仨 for the recap',
    periodEnd: true,
    turns: [
      { user: '公司交着社保 招了仨残疾人 学了四个月 岗前没领', expect: pay(2400) },
      { user: '俺自己也想去考个电工证 俺这当老板的能领培训补贴不', expect: { cites: ['七(二)'] } },
      { user: '回到那仨残疾人 一共多少你再说一下', expect: pay(2400) },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v124d35',
    class: 'person_training',
    probes: 'three subsidies this year already; next year meets the plan\'s end; the place of training',
    turns: [
      { user: '俺今年已经学了三回技术了 回回都领了补贴 还想学个电焊 还能补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] } },
      { user: '那俺等明年一开春再去学电焊呢', expect: ended },
      { user: '电焊在郑州学跟回南阳老家学 补贴上有啥不一样没', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v124d36',
    class: 'person_training',
    probes: 'same occupation and level again (no); 跟刚才那个一样是厨师 but a higher level (not excluded); no amount fixed',
    periodEnd: true,
    turns: [
      { user: '俺前年考了个中级厨师证 领过补贴 今年还想再考一遍中级厨师', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } },
      { user: '那考高级厨师呢 跟刚才那个一样是厨师', expect: { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' } },
      { user: '高级厨师要是考过了 能给俺补多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v124d37',
    class: 'person_training',
    probes: 'training in 洛阳 is none of 户籍地/常住地/求职就业地; in Zhengzhou with every fact given it is eligible, the amount unfixed',
    periodEnd: true,
    turns: [
      {
        user: '俺户口在周口 在郑州上班 想去洛阳学个开挖掘机',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, oneOf: [{ cites: ['七(二)'] }, { answered: false }] },
      },
      { user: '那俺就在郑州学 证也考下来了 今年头一回', expect: { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' } },
      { user: '俺才三十多 没有养老金 培训学校说他们进了省里的系统 以前也没学过这一样', expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '挖掘机这个在郑州学完 到底给俺补多少 跟俺说个数', expect: unsettled },
    ],
  },
  {
    id: 'v124d38',
    class: 'person_training',
    probes: 'a poor worker\'s training is free; 生活费 not fixed; the daughter at a 技校 — the family\'s aid, no amount',
    turns: [
      { user: '俺是建档立卡户 想学个家政 学费得掏多少', expect: { cites: ['三(三)'], noAmount: 'unfixed' } },
      { user: '学家政那一个月管饭不 有没有生活补助给俺', expect: unsettled },
      { user: '俺闺女在技校学汽修哩 俺家能有啥补助', expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v124d39',
    class: 'person_training',
    probes: 'an institution outside the system pays nothing; the same course at one inside is not a repeat of a subsidised one',
    turns: [
      { user: '俺报了个美容培训班 后来才听说那个机构不在省里那个系统里 证也拿了 能补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(三)', '七(一)', '七(二)'] } },
      { user: '那换个进了系统的机构 再学一回美容 还是同一个级别', expect: { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v124d40',
    class: 'entrepreneurship',
    probes: 'a three-year shop owner may attend; no sum fixed; the wife with a wish to open one may too',
    turns: [
      { user: '俺开了个卤肉店 三年了 小本买卖 能去上那个创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '卤肉店这个培训上完了 还给俺发钱不 发的话给多少', expect: unsettled },
      { user: '俺老婆还想再开个奶茶店 她也能去不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v124d41',
    class: 'entrepreneurship',
    probes: 'a seven-year business alone settles nothing; a wish to start something new makes it eligible',
    turns: [
      { user: '俺那厂子开了七年了 还算小微企业 创业培训让报不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '俺还想另起炉灶搞个电商 这算不算有创业的想法', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      { user: '搞电商那个想法定了 创业培训上哪报名 找哪个单位', expect: contact },
    ],
  },
  {
    id: 'v124d42',
    class: 'entrepreneurship',
    probes: 'a 职业学院 student; a university classmate; a rumoured cash grant the plan does not give',
    turns: [
      { user: '俺在职业学院上大二 想听听创业课 有免费的没', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '俺同学是郑大的 普通本科 她也能去听不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] } },
      { user: '听说听完课还发创业补贴 一万块那种 是真的不', expect: unsettled },
    ],
  },
  {
    id: 'v124d43',
    class: 'entrepreneurship',
    probes: 'exactly five years is within 5 年以内; what the training covers; whether one can still sign up now',
    turns: [
      { user: '俺跟人合伙开的小装修公司 到今年整五年', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '课上都讲点啥 教不教咋找客户拉活', expect: { cites: ['五(一)', '三(八)'] } },
      { user: '装修公司这俩老板 现在去报名还能报上不', expect: ended },
    ],
  },
  {
    id: 'v124d44',
    class: 'entrepreneurship',
    probes: 'an employee with no shop and no wish does not qualify; a nephew who finished 技校 and wants to start something does',
    turns: [
      { user: '俺就是个上班的 没开过店 也不想开 创业培训跟俺有关系没', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '那俺侄子刚从技校毕业 在家闲着 想自己干点啥营生', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] } },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v124d45',
    class: 'equipment',
    probes: 'two sites told first, values next, fund and acceptance last; the studio capped; a doubt about the cap',
    turns: [
      { user: '俺们有个技能大师工作室 还有个高技能人才培训基地 都添了新设备', expect: kitOpen() },
      { user: '工作室那边花了六十万 基地那边花了一百八十万', expect: kitOpen('480000', '460000') },
      { user: '钱都是从职工教育经费里出的 人社和财政都验收合格了', expect: kit(460000, '480000', /(?<![\d.])48\s*万/) },
      { user: '你算的对不对 工作室那块咋少了两万', expect: kit(460000, '480000') },
    ],
  },
  {
    id: 'v124d46',
    class: 'equipment',
    probes: 'a second batch 同上 for the same studio shares its cap of 10万',
    turns: [
      { user: '技能大师工做室头一批买了三十万的设备 教育经费出的 人社局财政局验收合格了', expect: kit(60000) },
      { user: '后来同一个工作室又添了一批 四十万 同上 也是教育经费 也验了合格', expect: kit(100000) },
      { user: '一共就十万啊 两批加起来七十万哩', expect: kit(100000) },
    ],
  },
  {
    id: 'v124d47',
    class: 'equipment',
    probes: 'a base over its cap; the fund source unknown first (财务管着), then given',
    turns: [
      { user: '高技能人才培训基地 添了三百万的实训设备', expect: kitOpen() },
      { user: '是不是教育经费出的 你这一问俺也不知道 财务管着钱', expect: { undecided: 'equipment_subsidy' } },
      { user: '财务说是职工教育经费 验收上个月过了 人社财政都来了', expect: kit(500000) },
    ],
  },
  {
    id: 'v124d48',
    class: 'equipment',
    probes: 'acceptance not done: no subsidy yet; a conditional question; then accepted',
    turns: [
      { user: '俺厂技能大师工作室买了二十五万设备 用的职工教育经费 验收还没弄', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['50000', /(?<![\d.])5\s*万/] } },
      {
        user: '下礼拜人社财政来验 要是验完合格了能补多少',
        expect: { oneOf: [{ says: [/(?<![\d.])50,?000(?!\d)|(?<![\d.])5\s*万/] }, { undecided: 'equipment_subsidy', asks: true }] },
      },
      { user: '二十五万那批验完了 合格 人社财政两家都签了字', expect: kit(50000) },
    ],
  },
  {
    id: 'v124d49',
    class: 'equipment',
    probes: 'a purchase split after the fact: only the part bought from the fund counts',
    turns: [
      { user: '培训基地买设备花了九十万 职工教育经费里出的', expect: kitOpen('180000', /(?<![\d.])18\s*万/) },
      { user: '不对 九十万里头有二十万是老板另外掏的 教育经费只出了七十万', expect: kitOpen('180000', '140000') },
      { user: '验收合格了 人社财政一块来验的', expect: kit(140000, '180000') },
    ],
  },
  {
    id: 'v124d50',
    class: 'equipment',
    probes: 'a studio exactly at its cap; asking now meets the plan\'s end; a second studio 一样的情况 has its own cap',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 二零年买的设备 五十万 教育经费出的 人社财政验收合格', expect: kit(100000) },
      { user: '现在都二六年了 这钱还能去申请不', expect: ended },
      { user: '俺们还有另一个工作室 也是五十万 一样的情况 两个加一块呢', expect: kit(200000) },
    ],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v124d51',
    class: 'education_fund',
    probes: 'payroll first, fund drawn next (over the cap); carry-over not in the plan; front-line share under 60 %',
    turns: [
      { user: '俺们公司一年工资总共两千万 职工教育经费能在税前扣多少', expect: { oneOf: [{ asks: true }, { says: [/8\s*%|8％|百分之八/] }], undecided: 'education_fund_deduction' } },
      { user: '经费提了一百八十万', expect: deduct(1600000) },
      { user: '那多出来那二十万咋办 能挪到明年扣不', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { answered: false }] } },
      { user: '一线工人培训花了八十万 这够数不', expect: under60 },
    ],
  },
  {
    id: 'v124d52',
    class: 'education_fund',
    probes: 'fund under the 8 % cap; a front-line share above 60 %; the deduction is not money handed back',
    turns: [
      { user: '工资薪金一年五百万 教育经费提了三十万', expect: deduct(300000) },
      { user: '三十万里头给车间一线工人培训用了二十万', expect: deduct(300000) },
      { user: '这三十万是不是政府给俺们返回来', expect: { says: [/税前/], cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v124d53',
    class: 'education_fund',
    probes: 'a front-line share of 59.9 % is under 60 %, compared exactly',
    turns: [
      { user: '去年工资总额一千五百万 教育经费提了一百万', expect: deduct(1000000) },
      { user: '一线培训花了五十九万九', expect: under60 },
      { user: '差一千块就够六成了 这也不中啊', expect: under60 },
    ],
  },
  {
    id: 'v124d54',
    class: 'education_fund',
    probes: 'payroll 不知道 keeps the deduction open; given later; 师带徒 津贴 from the fund',
    turns: [
      { user: '教育经费提了五十万 能全扣不', expect: { asks: true, undecided: 'education_fund_deduction' } },
      { user: '工资总额多少 会计不在 俺不知道', expect: { undecided: 'education_fund_deduction' } },
      { user: '会计回电话了 说全年工资是八百万', expect: deduct(500000) },
      { user: '师傅带徒弟给的那份津贴 能从这经费里头出吗', expect: { cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v124d55',
    class: 'education_fund',
    probes: 'what the fund may pay for asked first; the figures next; a recap of the arithmetic',
    turns: [
      { user: '职工教育经费除了搞培训还能干啥 买设备行不', expect: { cites: ['四(一)', '六(二)'] } },
      { user: '工资总额三千二百万 经费提了两百万', expect: deduct(2000000) },
      { user: '你再说一遍这个两百万能扣是咋算的', expect: deduct(2000000) },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v124d56',
    class: 'apprenticeship',
    probes: 'per-apprentice amount not fixed; a figure from elsewhere not confirmed; whom to ask',
    turns: [
      { user: '俺们厂跟技校合作搞新型学徒 带了十五个徒弟 一个徒弟补多少', expect: unsettled },
      { user: '听外地的说一个人一年四千 咱郑州也这样吧', expect: { ...unsettled, mustNotContain: ['4000'] } },
      { user: '十五个徒弟这个事 俺该去问哪个部门', expect: contact },
    ],
  },
  {
    id: 'v124d57',
    class: 'apprenticeship',
    probes: 'apprentices who are poor labour: 以工代训 computed, the apprenticeship part stays without a figure',
    periodEnd: true,
    turns: [
      { user: '公司招了八个学徒 都是建档立卡的', expect: ask },
      { user: '学徒制那个钱 跟以工代训那个能一块拿不', expect: { noAmount: 'open', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { cites: ['四(一)', '六(一)'] }] } },
      { user: '八个都干了七个月 以工代训四个月 岗前的没领', expect: pay(6400) },
      { user: '那八个学徒按学徒制那块 你也给俺算个数', expect: unsettledAfterAmount },
    ],
  },
  {
    id: 'v124d58',
    class: 'apprenticeship',
    probes: 'the three-year apprentice target; when the money arrives is not fixed',
    turns: [
      { user: '企业新型学徒制 郑州三年打算带出来多少人', expect: { cites: ['四(一)'], says: [/2\s*万|两万|20000/] } },
      { user: '学徒那个补贴要是批下来了 得等多久才到俺公司账上', expect: unsettled },
    ],
  },
  {
    id: 'v124d59',
    class: 'apprenticeship',
    probes: 'an apprentice asks for himself; the master\'s 师带徒 津贴 is from the fund; its sum is not fixed',
    turns: [
      { user: '俺在一个机械厂当学徒 师傅带着 厂里说俺这算新型学徒 俺自己能拿补贴不', expect: unsettled },
      { user: '那师傅带俺 他有津贴没', expect: { cites: ['六(二)'], noAmount: 'unfixed' } },
      { user: '带俺那个师傅的津贴 一个月能有多少啊', expect: unsettled },
    ],
  },
  {
    id: 'v124d60',
    class: 'apprenticeship',
    probes: 'two kinds of apprenticeship named but not defined; the fund deduction computed; 同上那家公司 apprentices unfixed',
    turns: [
      { user: '现代学徒制跟企业新型学徒制 有啥区别', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { cites: ['四(一)'] }], noAmount: 'unfixed' } },
      { user: '俺们公司五十个学徒 工资总额一千万 教育经费提了九十万', expect: deduct(800000) },
      { user: '同上那家公司 学徒那五十个人能补多少', expect: unsettledAfterAmount },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v124d61',
    class: 'period',
    probes: 'applying for 以工代训 today meets the plan\'s end; a newer document is not in the plan',
    turns: [
      { user: '这个以工代训现在还有没有 俺想给今年新招的人报', expect: ended },
      { user: '那二一年以后 郑州有没有接着出个新文件管这个以工代训', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { answered: false }] } },
    ],
  },
  {
    id: 'v124d62',
    class: 'period',
    probes: 'a 2020 case computed for reference; applying late now meets the plan\'s end',
    periodEnd: true,
    turns: [
      { user: '二零年那会俺公司招了三个贫困户 干了十个月 以工代训六个月 岗前补贴没领 当时能领多少', expect: pay(3600) },
      { user: '那会儿忙着收麦没顾上报 这都过去好几年了 现在补报还中不', expect: ended },
    ],
  },
  {
    id: 'v124d63',
    class: 'period',
    probes: 'hires that straddle the plan\'s end; whom to ask',
    turns: [
      { user: '二一年十二月招的人 二二年才满六个月 这种算不算', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
      { user: '跨年招的这几个人 俺们该找谁去问个准话', expect: contact },
    ],
  },
  {
    id: 'v124d64',
    class: 'period',
    probes: 'a person asks whether the action still runs; veterans\' training in the plan',
    turns: [
      { user: '俺想报个免费的电工培训 这个技能提升行动今年还搞不搞', expect: ended },
      { user: '俺是退伍兵 一七年退下来的 有没有专门给俺们当过兵的培训', expect: { cites: ['三(二)', '六(一)'] } },
    ],
  },
  {
    id: 'v124d65',
    class: 'period',
    probes: 'until when the 20 % equipment subsidy ran; a purchase in 2021 accepted in 2022',
    turns: [
      { user: '买实训设备补百分之二十那个政策 到哪一年为止', expect: ended },
      { user: '俺们二一年十一月买的 二二年三月才验收', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
    ],
  },
];
