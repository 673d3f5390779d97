/**
 * HELD-OUT dialogues, set v100 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v99
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: parents and grandparents on WeChat asking for their children and relatives
 * (a grandson at a 技校, a daughter at a 中职, a 建档立卡 family, a son back from the army, a daughter
 * working in a restaurant), typed by voice input: 同音错字 (以工带训, 建档立卡户 → 建当立卡, 社宝,
 * 补帖), no punctuation, run-on sentences, Chinese numerals (俩, 仨, 十来个, 半年, 一年多), Henan
 * dialect (中不中, 咋, 恁, 俺, 啥时候, 中). Mixed in: small employers (饭店老板, 超市, 家政公司,
 * 合作社, 扶贫车间) asking about 以工代训 with one or several groups; facts across turns; "不知道 /
 * 不清楚 / 得问问会计"; corrections ("说错了…"); negations after the noun or far from it ("社保那个
 * 俺们是没交"); topic switches; two-part questions; whom to contact; dated questions ("现在还能领吗").
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it depends
 * on has been said: the kind of unit, insurance where the rule needs it, the group, the count (十来个
 * is no count), months employed (poor labour ≥ 6), months of 以工代训 (cap 6), and whether the
 * 岗前培训补贴 was already claimed.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months (半年 = 6 counts, "六个月以上") by any production entity (饭店, 超市, 公司,
 *   合作社, 扶贫车间, a 培训机构); 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured
 *   ENTERPRISE (a cooperative or 扶贫车间 is not one); 退役军人 and 农村转移就业劳动者 are no group of
 *   this rule; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only when bought
 *   from the 职工教育经费 and accepted by 人社 and 财政.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, the 建档立卡 family's aid for a child at a 技校/中职: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道/不清楚/得问问": no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figure a misreading would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** Outside the plan. */
const outside: TurnExpect = { answered: false };
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...more: RegExp[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/, ...more],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** The person's training subsidy: a fact is open, so no verdict, and the plan fixes no amount. */
const trainOpen: TurnExpect = { undecided: 'vocational_training', noAmount: 'unfixed' };
/** The person's training subsidy is excluded by a stated fact; no figure. */
const trainNo = (...cites: string[]): TurnExpect => ({
  notVerdict: { rule: 'vocational_training', status: 'eligible' },
  noAmount: 'unfixed',
  ...(cites.length ? { cites } : {}),
});
/** A clause of the plan answers it, with no figure of its own. */
const clause = (...cites: string[]): TurnExpect => ({ cites, noAmount: 'unfixed' });
/** The answer says the plan ran 2019-12-02 to 2021-12-31 and has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V100: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v100d01',
    class: 'one_group',
    probes: 'restaurant owner, poor labour, facts in the second turn: 2 × 200 × 5 = 2000',
    periodEnd: true,
    turns: [
      { user: '俺是开饭店的 听人说招建当立卡的人有个以工带训补帖 这个咋算哩', expect: ask },
      // 2 × 200 × min(5, 6) = 2000; employed 8 ≥ 6; a restaurant is a production entity
      { user: '招了俩 都是建档立卡贫困户 在俺店里干了八个月了 以工代训搞了五个月 岗前培训补贴没领过', expect: payNot(2000, 3200, 2400) },
    ],
  },
  {
    id: 'v100d02',
    class: 'one_group',
    probes: 'cooperative, poor labour, 岗前 subsidy said only in the third turn: 3 × 200 × 6 = 3600',
    periodEnd: true,
    turns: [
      { user: '俺们村里和作社 收了几个建档立卡户来干活 那个以工代训中不中', expect: ask },
      { user: '仨人 干了半年了 以工代训也是半年', expect: ask },
      // 3 × 200 × min(6, 6) = 3600; employed 半年 = 6 ≥ 6; a cooperative needs no insurance for poor labour
      { user: '岗前培训补贴 没有 俺们没领过那个', expect: pay(3600) },
    ],
  },
  {
    id: 'v100d03',
    class: 'one_group',
    probes: 'daughter runs an insured 家政公司, employment-difficulty hires: 4 × 200 × 4 = 3200',
    periodEnd: true,
    turns: [
      { user: '俺闺女开了个家政公司 社保都给员工交着哩 她招了四个就业困难人员 问问能不能领以工代训', expect: ask },
      // 4 × 200 × min(4, 6) = 3200; insured enterprise
      { user: '以工代训弄了四个月 岗前那个补贴没申请过', expect: pay(3200) },
    ],
  },
  {
    id: 'v100d04',
    class: 'one_group',
    probes: 'son manages an insured supermarket company, one zero-employment-family hire: 1 × 200 × 6 = 1200',
    periodEnd: true,
    turns: [
      { user: '俺儿子在管一个超市 是有限公司 职工社保一直交着 招了个零就业家庭的小伙子 这能领啥补贴不', expect: ask },
      // 1 × 200 × min(6, 6) = 1200
      { user: '以工代训六个月 岗前补贴没拿过', expect: payNot(1200, 7200) },
    ],
  },
  {
    id: 'v100d05',
    class: 'one_group',
    probes: 'poverty workshop, 8 months of 以工代训 capped at 6: 5 × 200 × 6 = 6000; then "现在还能领吗"',
    periodEnd: true,
    turns: [
      // 5 × 200 × min(8, 6) = 6000; employed 快一年 ≥ 6 and ≥ 8
      { user: '俺们镇上扶贫车间五个建档立卡的干了快一年了以工代训搞了八个月岗前培训补贴没领能给多少钱', expect: payNot(6000, 8000) },
      { user: '那现在还能领不 俺才知道这个事', expect: ended },
    ],
  },
  {
    id: 'v100d06',
    class: 'one_group',
    probes: 'poor labour employed only 2 months: not yet 六个月以上, no 800',
    turns: [
      { user: '俺是养殖合作社的 刚招了俩建档立卡贫困户 才干俩月 以工代训也俩月 岗前补贴没领 能领以工代训补贴不', expect: notYes(800) },
      { user: '那得在俺这干够多长时间才中', expect: { cites: ['六(一)'], says: [/六个月|6\s*个月|半年/], mustNotContain: ['800', '2400'] } },
    ],
  },
  {
    id: 'v100d07',
    class: 'one_group',
    probes: 'a veteran son hired by a restaurant: 退役军人 is no group of 以工代训; then his own training',
    turns: [
      { user: '俺儿子当兵回来了在一个饭店上班 饭店老板说招退伍军人能领以工代训补贴 是真哩不', expect: notYes() },
      { user: '那俺儿自己去学个技术 退役军人培训有啥政策没', expect: clause('三(二)', '六(一)') },
    ],
  },
  {
    id: 'v100d08',
    class: 'one_group',
    probes: '"四五个" is no count; the count comes in turn two: 5 × 200 × 3 = 3000',
    periodEnd: true,
    turns: [
      { user: '俺是做服装加工的小厂 招了四五个建档立卡户 以工代训补贴能领多少', expect: ask },
      // 5 × 200 × min(3, 6) = 3000; employed 一年多 ≥ 6
      { user: '俺数了数 是五个 都干了一年多了 以工代训仨月 岗前培训补贴没领', expect: pay(3000) },
    ],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v100d09',
    class: 'several_groups',
    probes: 'insured 家政公司, poor + employment-difficulty rows with different months: 2400 + 2400 = 4800',
    periodEnd: true,
    turns: [
      { user: '俺媳妇开家政公司 社宝都交了 招了俩建档立卡的 还有仨就业困难人员', expect: ask },
      // poor: 2 × 200 × min(6, 6) = 2400 (employed 7 ≥ 6); 就业困难: 3 × 200 × min(4, 6) = 2400; total 4800
      { user: '建档立卡那俩干了七个月以工代训六个月 就业困难那仨以工代训四个月 岗前补贴都没领过', expect: payNot(4800, 6000) },
    ],
  },
  {
    id: 'v100d10',
    class: 'several_groups',
    probes: 'cooperative with poor + employment-difficulty hires: only poor labour counts (not an enterprise): 3000',
    periodEnd: true,
    turns: [
      {
        user: '俺们是农民专业合作社 社保也给交着 招了仨建档立卡贫困户 干了十个月 以工代训五个月 还有俩就业困难人员 以工代训六个月 岗前培训补贴都没领过 一共能领多少',
        // poor: 3 × 200 × 5 = 3000; 就业困难 need an insured ENTERPRISE → 0; a misreading adds 2 × 200 × 6 = 2400 → 5400
        expect: payNot(3000, 5400),
      },
    ],
  },
  {
    id: 'v100d11',
    class: 'several_groups',
    probes: 'restaurant hires poor labour, a veteran and rural migrants: only the poor row counts: 2400',
    periodEnd: true,
    turns: [
      { user: '饭店老板问一下 招了好几样人 俩建档立卡的 一个退伍兵 仨农村出来打工的 以工代训能领不', expect: ask },
      // poor: 2 × 200 × 6 = 2400 (employed 6 ≥ 6); veteran and rural migrants are no group; all six: 7200; with the veteran: 3600
      { user: '都干了半年 以工代训都是半年 岗前补贴一个也没领', expect: payNot(2400, 7200, 3600) },
    ],
  },
  {
    id: 'v100d12',
    class: 'several_groups',
    probes: 'insured supermarket company, 就业困难 + 零就业 + 残疾人 rows: 1200 + 1000 + 400 = 2600',
    periodEnd: true,
    turns: [
      { user: '超市是公司 社保交着 招了俩就业困难人员 一个零就业家庭的 还有一个残疾人', expect: ask },
      // 2 × 200 × 3 = 1200; 1 × 200 × 5 = 1000; disabled counts as 就业困难 (三(二)): 1 × 200 × 2 = 400; total 2600
      { user: '以工代训 就业困难那俩三个月 零就业那个五个月 残疾的那个俩月 都没领岗前培训补贴', expect: payNot(2600, 2200) },
    ],
  },
  {
    id: 'v100d13',
    class: 'several_groups',
    probes: 'poverty workshop, two poor rows, one employed only 4 months: 2 × 200 × 6 = 2400',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间 建档立卡的一共四个 俩干了九个月以工代训六个月 另外俩刚干四个月以工代训也四个月 岗前培训补贴都没领 补贴能有多少',
        // row 1: 2 × 200 × 6 = 2400; row 2 employed 4 < 6 → 0; adding it wrongly: + 1600 = 4000
        expect: payNot(2400, 4000),
      },
    ],
  },
  {
    id: 'v100d14',
    class: 'several_groups',
    probes: 'one row already took the 岗前培训补贴: only the other row counts: 2 × 200 × 4 = 1600',
    periodEnd: true,
    turns: [
      { user: '俺家家政公司 社保都交 就业困难的仨人以工代训六个月 但是这仨岗前培训补贴已经领过了', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['3600'] } },
      // 就业困难 row excluded (岗前 claimed); 零就业: 2 × 200 × 4 = 1600; both: 5200
      { user: '还有零就业家庭的俩 以工代训四个月 这俩岗前补贴没领 总共能领多少', expect: payNot(1600, 5200) },
    ],
  },
  {
    id: 'v100d15',
    class: 'several_groups',
    probes: 'a 职业培训机构 hiring poor labour and a veteran: poor row only: 2 × 200 × 4 = 1600',
    periodEnd: true,
    turns: [
      { user: '俺闺女开的是职业培训机构 招了俩建档立卡的还有一个退伍兵 这种也能领以工代训不', expect: ask },
      // poor: 2 × 200 × 4 = 1600 (employed 8 ≥ 6); a 培训机构 is a production entity; the veteran is no group (+800 → 2400)
      { user: '建档立卡那俩干了八个月 以工代训四个月 退伍兵也四个月 岗前补贴都没领', expect: payNot(1600, 2400) },
    ],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v100d16',
    class: 'negation_after_noun',
    probes: '"社保那个俺们是没交": 就业困难 rows need insurance; a poor row then counts anyway: 600',
    periodEnd: true,
    turns: [
      { user: '俺是开小饭店的 招了俩就业困难人员 以工代训搞了仨月 岗前补贴也没领 社保那个俺们是没交 这能领以工代训不', expect: notYes(1200) },
      // poor: 1 × 200 × 3 = 600 (employed 7 ≥ 6, no insurance needed); with the 就业困难 row: 1800
      { user: '那俺还有一个建档立卡的 干了七个月 以工代训也仨月 岗前补贴没领', expect: payNot(600, 1800) },
    ],
  },
  {
    id: 'v100d17',
    class: 'negation_after_noun',
    probes: '"建档立卡贫困户他们几个不是": rural labourers are no group; no 5000',
    turns: [
      { user: '合作社招了五个人 干了大半年了 以工代训五个月 岗前补贴没领 建档立卡贫困户他们几个不是 就是村里的普通劳力', expect: notYes(5000) },
      { user: '那得招啥样的人才能领这个钱', expect: { cites: ['六(一)'], mustNotContain: ['5000'] } },
    ],
  },
  {
    id: 'v100d18',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴 这几个人之前都领过了": no 以工代训 on top',
    turns: [
      { user: '超市是公司 社保交着 招了仨就业困难的 以工代训半年 岗前培训补贴 这几个人之前都领过了 还能再领以工代训不', expect: notYes(3600) },
      { user: '领过的就不算了是吧 为啥呀', expect: { cites: ['六(一)'], mustNotContain: ['3600'] } },
    ],
  },
  {
    id: 'v100d19',
    class: 'negation_after_noun',
    probes: '"干到现在六个月还不到哩": poor labour below six months; no 800',
    turns: [
      { user: '家政公司 招了俩建档立卡的 干到现在 六个月还不到哩 以工代训俩月 岗前补贴没领 中不中', expect: notYes(800) },
    ],
  },
  {
    id: 'v100d20',
    class: 'negation_after_noun',
    probes: 'double negation "社保俺公司没有不交的" = insured: 1 × 200 × 4 = 800',
    periodEnd: true,
    turns: [
      // insured enterprise; 零就业: 1 × 200 × min(4, 6) = 800
      { user: '俺家是装修公司 社保俺公司没有不交的 招了个零就业家庭的孩子 以工代训四个月 岗前补贴也没领 能给多少', expect: pay(800) },
    ],
  },
  {
    id: 'v100d21',
    class: 'negation_after_noun',
    probes: '"建档立卡俺家不是 就是退伍军人": a veteran son gives his employer no 以工代训; then whom to ask',
    turns: [
      { user: '俺儿从部队回来在一个超市干 老板问俺家是不是建档立卡户 建档立卡俺家不是 就是退伍军人 超市能因为他领以工代训不', expect: notYes() },
      { user: '那俺儿自己想学个电工 补贴这事找谁问', expect: { ...contact, noAmount: 'unfixed' } },
    ],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v100d22',
    class: 'unknown_reply',
    probes: 'insurance "得问问会计" with one row complete: no total 4800 until insurance is said',
    periodEnd: true,
    turns: [
      {
        user: '俺们是个公司 招了仨建档立卡的干了八个月以工代训四个月 还有俩就业困难人员以工代训六个月 岗前补贴都没领 一共多少',
        // insurance not said: the 就业困难 row is open; poor 2400 may be stated, the total 4800 not
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['4800'] },
      },
      { user: '社保交没交得问问会计 俺不管账', expect: { notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['4800'] } },
      // 3 × 200 × 4 = 2400 + 2 × 200 × 6 = 2400 → 4800
      { user: '会计说了 社保一直交着哩', expect: pay(4800) },
    ],
  },
  {
    id: 'v100d23',
    class: 'unknown_reply',
    probes: 'months of 以工代训 "说不清楚", then given: 3 × 200 × 5 = 3000',
    periodEnd: true,
    turns: [
      { user: '俺姑娘在家政公司当会计 公司社保都交 招了仨就业困难人员 她问以工代训咋领', expect: ask },
      { user: '以工代训几个月她也说不清楚 岗前补贴没领', expect: dunno },
      // 3 × 200 × min(5, 6) = 3000
      { user: '问清楚了 五个月', expect: pay(3000) },
    ],
  },
  {
    id: 'v100d24',
    class: 'unknown_reply',
    probes: 'group "俺也不知道 得去村里问问", then poor labour: 2 × 200 × 6 = 2400',
    periodEnd: true,
    turns: [
      { user: '俺是饭店老板 招了俩从山里来的 干了一年了 以工代训半年 岗前补贴没领 是不是建档立卡户俺也不知道 得去村里问问', expect: dunno },
      // 2 × 200 × 6 = 2400; employed 12 ≥ 6
      { user: '村里说了 俩都是建档立卡的', expect: pay(2400) },
    ],
  },
  {
    id: 'v100d25',
    class: 'unknown_reply',
    probes: '岗前 subsidy "得问问会计", then "领过了": no 1600',
    turns: [
      { user: '超市是个公司 社保交着 零就业家庭的招了俩 以工代训四个月 岗前培训补贴领没领俺得问问会计', expect: dunno },
      { user: '会计说那俩人岗前补贴领过了', expect: notYes(1600) },
    ],
  },
  {
    id: 'v100d26',
    class: 'unknown_reply',
    probes: '"十来个" is no count, then "说不准", then 12: 12 × 200 × 6 = 14400',
    periodEnd: true,
    turns: [
      { user: '俺们扶贫车间招了十来个建档立卡的 都干了半年多了 以工代训六个月 岗前补贴没领 能给多少', expect: ask },
      { user: '具体多少个俺也说不准 回头问问', expect: dunno },
      // 12 × 200 × min(6, 6) = 14400
      { user: '问了 十二个', expect: pay(14400) },
    ],
  },
  {
    id: 'v100d27',
    class: 'unknown_reply',
    probes: 'grandson\'s training subsidy, institution in the system "不知道": no verdict, no figure',
    turns: [
      { user: '俺孙子在郑州学厨师 户口就是郑州的 学完证拿到了 今年头一回 以前也没学过别的 他才十八没有退休金那一说 能给补不', expect: trainOpen },
      { user: '培训学校进没进省里那个系统俺不知道', expect: trainOpen },
    ],
  },
  {
    id: 'v100d28',
    class: 'unknown_reply',
    probes: 'months employed "记不清" for poor labour, then a year: 2 × 200 × 3 = 1200',
    periodEnd: true,
    turns: [
      { user: '合作社的 招的建档立卡户俩人 以工代训三个月 岗前补贴没领 干了多长时间了俺记不清', expect: dunno },
      // employed 12 ≥ 6: 2 × 200 × min(3, 6) = 1200
      { user: '翻了翻本子 去年三月来的 到今年三月整一年', expect: pay(1200) },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v100d29',
    class: 'correction',
    probes: 'count corrected 仨 → 俩: 3000 → 2000',
    periodEnd: true,
    turns: [
      // 3 × 200 × 5 = 3000
      { user: '俺们家政公司社保交着 招了仨就业困难人员 以工代训五个月 岗前补贴没领 能领多少', expect: pay(3000) },
      // 2 × 200 × 5 = 2000
      { user: '说错了 是俩人 不是仨', expect: payNot(2000, 3000) },
    ],
  },
  {
    id: 'v100d30',
    class: 'correction',
    probes: 'group corrected poor → veteran: 1600 withdrawn',
    periodEnd: true,
    turns: [
      // 2 × 200 × 4 = 1600; employed 8 ≥ 6
      { user: '饭店招了俩建档立卡的 干了八个月 以工代训四个月 岗前补贴没领', expect: pay(1600) },
      { user: '哎呀俺说错了 那俩不是建档立卡户 是退伍军人', expect: notYes(1600) },
    ],
  },
  {
    id: 'v100d31',
    class: 'correction',
    probes: '以工代训 months corrected 4 → 7, capped at 6: 3200 → 4800',
    periodEnd: true,
    turns: [
      // 4 × 200 × 4 = 3200; employed 10 ≥ 6
      { user: '扶贫车间 建档立卡的四个 干了十个月 以工代训四个月 岗前补贴没领过', expect: pay(3200) },
      // 4 × 200 × min(7, 6) = 4800; uncapped: 5600
      { user: '不对不对 以工代训是七个月', expect: payNot(4800, 5600, 3200) },
    ],
  },
  {
    id: 'v100d32',
    class: 'correction',
    probes: 'unit corrected 公司 → 合作社: 就业困难 hires no longer count',
    periodEnd: true,
    turns: [
      // insured enterprise, 就业困难: 2 × 200 × 6 = 2400
      { user: '俺们是公司 社保交着 就业困难人员招了俩 以工代训半年 岗前补贴没领', expect: pay(2400) },
      { user: '更正一下 俺们不是公司 是农民专业合作社', expect: notYes(2400) },
    ],
  },
  {
    id: 'v100d33',
    class: 'correction',
    probes: 'insurance corrected 交着 → 没交: zero-employment row no longer counts',
    periodEnd: true,
    turns: [
      // insured enterprise, 零就业: 2 × 200 × 3 = 1200
      { user: '超市是个公司 社保交着 零就业家庭的俩 以工代训三个月 岗前补贴没申请', expect: pay(1200) },
      { user: '刚问了会计 俺说错了 社保俺们没交', expect: notYes(1200) },
    ],
  },
  {
    id: 'v100d34',
    class: 'correction',
    probes: 'daughter\'s occupation level corrected 初级 → 中级: the same-level bar falls, other facts open',
    turns: [
      { user: '俺闺女在饭店当服务员 想去学面点师 她去年考过面点师初级领了补贴 今年还想再考初级 中不中', expect: trainNo('七(二)') },
      { user: '说错了 她今年考的是中级', expect: trainOpen },
    ],
  },
  {
    id: 'v100d35',
    class: 'correction',
    probes: 'months employed corrected 5 → 8 for poor labour: ineligible → 3 × 200 × 5 = 3000',
    periodEnd: true,
    turns: [
      { user: '合作社 招了仨建档立卡的 干了五个月 以工代训五个月 岗前补贴没领', expect: notYes(3000) },
      // employed 8 ≥ 6: 3 × 200 × 5 = 3000
      { user: '俺记错了 他们干了八个月了 不是五个月', expect: pay(3000) },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v100d36',
    class: 'topic_switch',
    probes: '以工代训 amount, then the grandson\'s 技校 aid in a 建档立卡 family (no figure)',
    periodEnd: true,
    turns: [
      // 2 × 200 × 6 = 2400; employed 7 ≥ 6
      { user: '饭店的 建档立卡的俩 干了七个月 以工代训六个月 岗前补贴没领', expect: pay(2400) },
      { user: '还有个事 俺孙子上技校 俺家是建档立卡户 他上学有啥补助', expect: clause('三(三)', '三(十四)') },
    ],
  },
  {
    id: 'v100d37',
    class: 'topic_switch',
    probes: 'granddaughter\'s 中职 免学费, then the family supermarket\'s disabled hire: 1 × 200 × 5 = 1000',
    periodEnd: true,
    turns: [
      { user: '俺外孙女在中值上学 家里是建档立卡的 学费是不是能免', expect: clause('三(三)') },
      // insured enterprise; disabled = 就业困难: 1 × 200 × 5 = 1000
      { user: '再问个 俺家开的超市 是公司 社保交着 招了一个残疾人 以工代训五个月 岗前补贴没领 能领多少', expect: pay(1000) },
    ],
  },
  {
    id: 'v100d38',
    class: 'topic_switch',
    probes: 'veteran son\'s training, then where to sign up',
    turns: [
      { user: '俺儿退伍回来了 想学开挖掘机 有没有专门给退役军人搞的培训', expect: clause('三(二)', '六(一)') },
      { user: '那上哪报名 找哪个部门', expect: contact },
    ],
  },
  {
    id: 'v100d39',
    class: 'topic_switch',
    probes: 'open 以工代训, a switch to the daughter\'s 创业培训, then back: 2 × 200 × 3 = 1200',
    periodEnd: true,
    turns: [
      { user: '家政公司 社保交着 招了俩就业困难的', expect: ask },
      { user: '先不说这 俺闺女在饭店干 想自己开个小吃店 有创业培训没', expect: clause('三(八)') },
      // insured enterprise, 就业困难: 2 × 200 × 3 = 1200
      { user: '回到刚才那个 那俩以工代训仨月 岗前补贴没领', expect: pay(1200) },
    ],
  },
  {
    id: 'v100d40',
    class: 'topic_switch',
    probes: 'two-part question (amount + where to apply), then a grandson\'s certificate: 4 × 200 × 4 = 3200',
    periodEnd: true,
    turns: [
      // 4 × 200 × 4 = 3200; employed 一年多 ≥ 6; a cooperative
      { user: '俺是合作社理事长 建档立卡的招了四个 都干了一年多 以工代训四个月 岗前补贴没领 能领多少钱 上哪申请', expect: { ...pay(3200), ...contact } },
      { user: '另外问下 俺孙子考了个电工证 能不能补贴', expect: trainOpen },
    ],
  },
  {
    id: 'v100d41',
    class: 'topic_switch',
    probes: 'mother asks for her daughter, then the restaurant\'s facts: 1 × 200 × 2 = 400',
    periodEnd: true,
    turns: [
      { user: '俺闺女在饭店上班 她是就业困难人员 她这种情况有啥补贴', expect: { noAmount: 'open' } },
      // insured enterprise; 就业困难: 1 × 200 × 2 = 400
      { user: '饭店老板说饭店是公司 社保给她交着 她在那以工代训俩月了 岗前补贴没领过 老板能领多少', expect: pay(400) },
    ],
  },
  {
    id: 'v100d42',
    class: 'topic_switch',
    probes: 'amount, then the weather (outside), then whom to apply to',
    periodEnd: true,
    turns: [
      // insured enterprise; 零就业: 1 × 200 × 4 = 800
      { user: '超市是公司 社保交着 招了一个零就业家庭的 以工代训四个月 岗前补贴没领', expect: pay(800) },
      { user: '对了 郑州这两天下雨不', expect: outside },
      { user: '那刚才那个钱找谁申请', expect: contact },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v100d43',
    class: 'person_training',
    probes: 'daughter in a restaurant: first open, then all conditions met — still no figure',
    turns: [
      { user: '俺闺女在郑州饭店打工 户口在周口 想学个中式烹调师 能补贴不', expect: trainOpen },
      {
        user: '就在郑州学的 学完证也拿了 今年头一回 以前没考过这个 培训学校说在省里系统里 她也没有退休金',
        expect: { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v100d44',
    class: 'person_training',
    probes: 'a grandfather with a monthly pension: no subsidy; his wife without one: open',
    turns: [
      { user: '俺今年六十二了 按月领着养老金 想去学个电工 培训补贴能领不', expect: trainNo('六(一)', '七(二)') },
      { user: '那俺老伴没有退休金 她想学家政呢', expect: trainOpen },
    ],
  },
  {
    id: 'v100d45',
    class: 'person_training',
    probes: 'three subsidies already this year: a fourth is over the yearly limit',
    turns: [
      { user: '俺儿子今年已经领了三回培训补贴了 又考了个焊工证 还能补不', expect: trainNo('七(二)') },
      { user: '那要是才领了俩回呢', expect: clause('七(二)') },
    ],
  },
  {
    id: 'v100d46',
    class: 'person_training',
    probes: 'a grandson who did not go on to high school (两后生), then free training for a 建档立卡 family',
    turns: [
      { user: '孙子初中毕业没考上高中 在家闲着哩 有啥培训能上', expect: clause('三(二)') },
      { user: '培训要钱不 俺家是建档立卡户', expect: clause('三(三)') },
    ],
  },
  {
    id: 'v100d47',
    class: 'person_training',
    probes: 'a new occupation published by the state; the per-hour amount is not fixed by the plan',
    turns: [
      { user: '俺外甥想学无人机驾驶员 说是国家新公布的职业 有补贴没', expect: clause('七(二)') },
      { user: '一个课时补多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v100d48',
    class: 'person_training',
    probes: 'the same occupation and level again (育婴员四级): no second subsidy',
    turns: [
      { user: '俺闺女前年考了个育婴员四级领过补贴了 今年又在郑州学了育婴员四级 证也拿了 还能补吗', expect: trainNo('七(二)') },
      { user: '那她要是考个三级呢', expect: trainOpen },
    ],
  },
  {
    id: 'v100d49',
    class: 'person_training',
    probes: 'a course outside the provincial system: 系统之外零补贴',
    turns: [
      { user: '俺侄子报了个叉车培训班 人家说不进省里那个系统 学费便宜点 这样还能领补贴不', expect: trainNo('六(三)', '七(一)') },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v100d50',
    class: 'entrepreneurship',
    probes: 'daughter wants to open a noodle shop: 创业培训; the amount is not fixed',
    turns: [
      { user: '俺闺女在饭店干了几年了 想自己开个面馆 政府有没有教开店的培训', expect: { ...clause('三(八)'), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '这个培训给不给钱 一个人补多少', expect: unsettled },
    ],
  },
  {
    id: 'v100d51',
    class: 'entrepreneurship',
    probes: 'a shop open six years is past the five-year line; a 技校 grandson qualifies as a student',
    turns: [
      { user: '俺儿子那个小超市开了六年了 他还能参加那个创业培训不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '那俺孙子在技校上学呢 他能参加不', expect: { ...clause('三(八)'), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v100d52',
    class: 'entrepreneurship',
    probes: '技工学校 student: 创业意识培训 is in the plan; cash is not fixed',
    turns: [
      { user: '孙子在技工学校上二年级 学校说有创业培训 这是政府的政策不', expect: clause('三(八)') },
      { user: '培训完了能给发钱不 发多少', expect: unsettled },
    ],
  },
  {
    id: 'v100d53',
    class: 'entrepreneurship',
    probes: 'a small shop open three years: within five years',
    turns: [
      { user: '俺家那口子开了个小卖部 三年了 小微那种 想学学经营管理 有培训没', expect: { ...clause('三(八)', '五(一)'), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v100d54',
    class: 'equipment',
    probes: 'master studio equipment of 600 000, capped: min(120 000, 100 000) = 100 000',
    turns: [
      { user: '俺儿子开了个餐饮公司 想建个技能大师工作室 买设备政府补不补', expect: { noAmount: 'open', cites: ['四(一)'] } },
      // 20 % × 600 000 = 120 000 > 100 000 cap → 100 000
      { user: '设备花了六十万 用的职工教育经费 人社和财政验收合格了', expect: kit(100000, '120000', '12万') },
    ],
  },
  {
    id: 'v100d55',
    class: 'equipment',
    probes: 'high-skill base of 1.5 million: not yet accepted, then accepted: 20 % = 300 000 under the 500 000 cap',
    turns: [
      {
        user: '俺们家政公司建了个高技能人才培训基地 用职工教育经费买了一百五十万的实训设备 还没验收哩',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['300000', '30万'] },
      },
      // 20 % × 1 500 000 = 300 000 ≤ 500 000
      { user: '上个月验收过了 人社局和财政局都来了', expect: kit(300000) },
    ],
  },
  {
    id: 'v100d56',
    class: 'equipment',
    probes: 'equipment bought with a loan, not the education fund: no 40 000',
    turns: [
      { user: '合作社建了个技能大师工作室 买设备花了二十万 钱是贷款来的 不是职工教育经费 能补不', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['40000', '4万'] } },
      { user: '那要补的话按啥比例', expect: { cites: ['四(一)'], says: [/20\s*%|百分之二十/] } },
    ],
  },
  {
    id: 'v100d57',
    class: 'equipment',
    probes: 'value not known at first, then 320 000: 20 % = 64 000',
    turns: [
      { user: '俺儿子的公司建大师工作室 用的职工教育经费 验收也过了 设备多少钱他没跟俺说', expect: { noAmount: 'open', cites: ['四(一)'] } },
      // 20 % × 320 000 = 64 000 ≤ 100 000
      { user: '问了 三十二万', expect: kit(64000) },
    ],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v100d58',
    class: 'education_fund',
    probes: 'payroll 2 million, fund 200 000: deduction min(200 000, 160 000) = 160 000',
    turns: [
      { user: '俺开的饭店是公司 职工教育经费能税前扣多少', expect: { noAmount: 'open', cites: ['六(二)'] } },
      // 8 % × 2 000 000 = 160 000 < 200 000
      { user: '一年工资总共二百万 教育经费提了二十万', expect: deduct(160000) },
    ],
  },
  {
    id: 'v100d59',
    class: 'education_fund',
    probes: 'fund 50 000 under 8 % of 1 million; front-line share 50 % is under 60 %',
    turns: [
      // min(50 000, 8 % × 1 000 000 = 80 000) = 50 000
      { user: '家政公司 工资薪金一年一百万 职工教育经费提了五万 一线职工培训用了一半 能扣多少', expect: deduct(50000, /60\s*%|百分之六十|六成/) },
      { user: '那一线职工那块得占多少才合规', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
    ],
  },
  {
    id: 'v100d60',
    class: 'education_fund',
    probes: 'payroll "得问问会计", then 1.5 million: min(80 000, 120 000) = 80 000',
    turns: [
      { user: '俺们超市 职工教育经费提了八万 能全扣吗', expect: { noAmount: 'open', cites: ['六(二)'] } },
      { user: '工资总额得问问会计 俺不清楚', expect: { noAmount: 'open' } },
      // 8 % × 1 500 000 = 120 000 > 80 000 → 80 000
      { user: '会计说工资一年一百五十万', expect: deduct(80000) },
    ],
  },
  {
    id: 'v100d61',
    class: 'education_fund',
    probes: '"政府给报销8%" misconception: a pre-tax deduction of min(150 000, 240 000) = 150 000, not cash',
    turns: [
      { user: '听说职工教育经费政府给报销百分之八 俺厂工资一年三百万 教育经费提了十五万 能领多少钱', expect: deduct(150000) },
      { user: '就是说不给现钱 是少交税呗', expect: { says: [/税/] } },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v100d62',
    class: 'apprenticeship',
    probes: 'apprentice subsidy per head: 按照相关规定, no figure; then whom to ask',
    turns: [
      { user: '俺们饭店带了五个学徒 是企业新型学徒制 一个学徒补多少', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '那具体标准找谁问', expect: contact },
    ],
  },
  {
    id: 'v100d63',
    class: 'apprenticeship',
    probes: 'grandson as an apprentice at a car-repair shop; then the three-year target',
    turns: [
      { user: '俺孙子在汽修厂当学徒 厂里说是新型学徒制 学徒自己有补贴不', expect: clause('四(一)') },
      { user: '这三年一共要培养多少学徒', expect: { cites: ['四(一)'], says: [/2\s*万|两万|二万|20000/] } },
    ],
  },
  {
    id: 'v100d64',
    class: 'apprenticeship',
    probes: 'ten apprentices: no total (no 200 × 10); then 师带徒 from the education fund',
    turns: [
      { user: '俺是家政公司的 招了十个学徒 按规定一共能给多少补贴', expect: { ...unsettled, mustNotContain: ['2000', '12000'] } },
      { user: '俺家那个老师傅带徒弟 公司给他发点津贴 这钱能从职工教育经费里头出不', expect: { cites: ['六(二)'] } },
    ],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v100d65',
    class: 'period',
    probes: '"现在还能申请吗" with full facts: the plan ended; a stated figure must be 3 × 200 × 6 = 3600',
    periodEnd: true,
    turns: [
      {
        user: '俺们合作社前年招了仨建档立卡的 干了一年多 以工代训半年 岗前补贴没领 现在还能申请以工代训补贴吗',
        // 3 × 200 × 6 = 3600 if a figure is given
        expect: { mentionsPeriodEnd: true, mustNotContain: ['7200', '1200'], oneOf: [pay(3600), { noAmount: 'open' }] },
      },
    ],
  },
  {
    id: 'v100d66',
    class: 'period',
    probes: 'a question dated 2020: 1 × 200 × 5 = 1000; then when the plan ends',
    periodEnd: true,
    turns: [
      { user: '2020年那会儿 俺家超市招了一个零就业家庭的 超市是公司 社保交着 以工代训五个月 岗前补贴没领 当时能领多少', expect: pay(1000) },
      { user: '那这个政策到啥时候截止', expect: ended },
    ],
  },
  {
    id: 'v100d67',
    class: 'period',
    probes: 'is the plan still in force; then the grandson\'s 技校 免学费',
    turns: [
      { user: '这个技能提升行动方案是哪年的 现在还管用不', expect: ended },
      { user: '那俺孙子在技校的免学费还有没', expect: clause('三(三)') },
    ],
  },
  {
    id: 'v100d68',
    class: 'period',
    probes: 'a veteran son asking about next year; then the veterans\' three-year target',
    turns: [
      { user: '俺儿子退伍半年了 明年还能参加这个计划里的培训不', expect: ended },
      { user: '三年一共要培训多少退役军人', expect: { cites: ['三(二)'], says: [/1\s*万|一万|10000/] } },
    ],
  },
  {
    id: 'v100d69',
    class: 'period',
    probes: 'a certificate taken in December 2021, inside the period; then "现在再去考"',
    turns: [
      { user: '俺闺女2021年12月在郑州考的西式面点师 证拿了 那时候还在方案期限里不', expect: ended },
      { user: '那现在再去考个别的还给补不', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v100d70',
    class: 'period',
    probes: 'hires "今年", after the plan ended: say so; a stated figure must be 2 × 200 × 3 = 1200',
    periodEnd: true,
    turns: [
      {
        user: '家政公司的 今年新招了俩就业困难人员 社保交着 以工代训三个月 岗前补贴没领 今年能领多少',
        // 2 × 200 × 3 = 1200, for reference only: the plan ended 2021-12-31
        expect: { mentionsPeriodEnd: true, mustNotContain: ['2400'], oneOf: [pay(1200), { noAmount: 'open' }] },
      },
    ],
  },
];
