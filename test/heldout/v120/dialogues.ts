/**
 * HELD-OUT dialogues, set v120 — written BLIND. The only sources were the plan itself
 * (policy-corpus/zz-2019-63.md) and the two contracts (shared/spec/eligibility.md, api.md), plus the
 * shapes in types.ts / judge.ts / sets.test.ts. Nothing here comes from the service's answers, from
 * src/, from the dev tests or from any other held-out set; of v101 only the opening lines were read,
 * to copy the file format. Do not tune on it: no word of these messages belongs in a glossary,
 * pattern or fixture. Once a targeted change fixes one of these dialogues, that dialogue stops
 * measuring anything, so write a new one instead of reusing it.
 *
 * Who types here: the workers themselves and their families. They are poor households from the
 * villages around Zhengzhou, people with a 残疾证, veterans, people whose household had nobody in
 * work, young people at a 技校, small shop owners, and a few who keep the books of a small factory or
 * work in its 技能大师工作室. They type on WeChat in Henan speech (俺/咱/啥/中不中, 俩/仨, 半年), with no
 * punctuation, some 同音错字 (以工带训, 残疾症, 岗钱), and everyday words for the policy's terms: 当过兵的,
 * 有残疾证, 家里没人上班, 村里的贫困户, 厂里交的五险.
 *
 * Theme: people asking about THEIR OWN money in as few words as they can. They start with "俺能领多少"
 * and give one or two facts, then answer the follow-up questions one at a time with bare replies.
 * Sometimes they answer a different question from the one asked, and sometimes they change the
 * subject and come back to it later. Several of them were hired under 以工代训 and want "their"
 * subsidy, but that subsidy goes to the production unit (六(一) "给予生产经营主体"), not to the worker.
 * Other topics: free training for poor households (三(三)); a child's school aid at a 中职/技工院校 for a
 * 建档立卡 family (三(三), 三(十四)); and the personal 职业培训补贴 (七(二): certificate, place of training,
 * at most 3 times a year, not the same occupation and level twice; 六(一): no monthly pension; 六(三):
 * the institution must be in the system).
 *
 * Rules followed (issue 10): nothing is inferred from silence. An amount is expected only once the
 * user has said every fact it depends on: the kind of unit (厂 = an enterprise; 扶贫车间; 合作社),
 * insurance where the rule needs it (就业困难/残疾人 and 零就业家庭 only through an insured ENTERPRISE),
 * the group, the count (a worker asking about himself = 1), months employed for poor labour (≥ 6,
 * "六个月以上"), months of 以工代训 (cap 6), and that the 岗前培训补贴 was not claimed. Until then the
 * turn expects a question and no figure, never 不符合. "不知道/不清楚/忘了" leaves a fact open, and a
 * correction replaces the fact. A bare reply whose meaning depends on the question asked is judged
 * so that it holds under every reading. 退役军人 and 农村转移就业劳动者 are not groups of 以工代训.
 *
 * Amounts computed by hand (六(一): count × 200 元 × min(以工代训 months, 6), summed over qualifying rows):
 * - d01  poor, 厂, employed 9, 以工代训 4, 岗前 not claimed: 1 × 200 × 4 = 800
 * - d02  poor, 扶贫车间, employed 12, 以工代训 8 → capped at 6: 1 × 200 × 6 = 1200 (not 1600)
 * - d03  残疾证, insured 厂, 以工代训 3: 1 × 200 × 3 = 600
 * - d04  零就业家庭, insured 厂, 以工代训 2: 1 × 200 × 2 = 400
 * - d05  veteran only: no group of 以工代训, no amount
 * - d06  poor, employed 5 < 6: no amount (1000 would be the misreading)
 * - d07  two poor, employed 10; 以工代训 6 and 4: 200 × 6 + 200 × 4 = 1200 + 800 = 2000 (not 2400, 1600)
 * - d08  insured 厂: 3 poor, employed 7, 以工代训 6 → 3 × 200 × 6 = 3600; 1 残疾, 以工代训 3 → 1 × 200 × 3 = 600;
 *        total 4200 (not 4800, not 3600)
 * - d09  合作社: poor, employed 8, 以工代训 4 → 800; two 残疾 at a cooperative (not an enterprise) → 0;
 *        total 800 (not 2400)
 * - d11  insured 厂: 零就业 self, 以工代训 5 → 1000; poor partner employed 4 < 6 → 0; total 1000 (not 1800)
 * - d12  残疾证, 厂 not insured: no amount (800 would be the misreading)
 * - d13  poor, employed 8, 以工代训 6: 1 × 200 × 6 = 1200
 * - d17  poor, 以工代训 5, employed 7 (said last): 1 × 200 × 5 = 1000
 * - d18  残疾证, 以工代训 3, insured (said last): 1 × 200 × 3 = 600
 * - d21  零就业, insured 厂, 以工代训 4: 1 × 200 × 4 = 800
 * - d22  poor, employed 7, 以工代训 3 → 600; corrected to 以工代训 5 → 1 × 200 × 5 = 1000
 * - d23  poor, 扶贫车间, employed 6, 以工代训 6 → 1200; corrected to employed 4 < 6 → no amount
 * - d24  残疾证, insured, 以工代训 6 → 1200; corrected: 厂 not insured (self-paid 灵活就业) → no amount
 * - d26  3 poor, employed 10, 以工代训 6 → 3 × 200 × 6 = 3600; corrected count 2 → 2 × 200 × 6 = 2400
 * - d27  poor, employed 9, 以工代训 6: 1 × 200 × 6 = 1200
 * - d28  残疾证, insured, 以工代训 2: 1 × 200 × 2 = 400
 * - d30  poor, 厂, employed 12, 以工代训 4: 1 × 200 × 4 = 800
 * - d31  father poor, 合作社, employed 12, 以工代训 6: 1 × 200 × 6 = 1200
 * - d61  残疾证, insured 厂, 以工代训 4: 1 × 200 × 4 = 800
 * - d64  零就业, 厂 not insured: no amount (1000 would be the misreading)
 * Equipment (四(一): per site min(20 % × value bought from the 职工教育经费, 500 000 base / 100 000 studio),
 * only after 人社 and 财政 验收合格):
 * - d43  studio 300 000: 20 % = 60 000 ≤ 100 000 → 60 000
 * - d44  base 3 000 000: 20 % = 600 000 > 500 000 → 500 000 (not 600 000)
 * - d45  studio 400 000: open until fund and 验收 are said; then 20 % = 80 000
 * - d46  studio 800 000: not yet accepted → no amount; then 20 % = 160 000 > 100 000 → 100 000
 * - d47  one studio, 300 000 + 400 000 = 700 000: 20 % = 140 000 > 100 000 → 100 000 (cap shared)
 * Education fund (六(二): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash):
 * - d48  payroll 5 000 000, fund 500 000: 8 % = 400 000 < 500 000 → 400 000
 * - d50  payroll 3 000 000, fund 200 000: 8 % = 240 000 > 200 000 → 200 000
 * - d51  payroll 8 000 000, fund 700 000: 8 % = 640 000 < 700 000 → 640 000; front-line 400 000 / 700 000
 *        = 57.1 % < 60 %, so the 60 % share must be noted
 * No amount is fixed by the plan for: the personal 职业培训补贴, 生活费补贴, free training for poor
 * households, 助学金/免学费 and the family's aid for a child at a 技校, entrepreneurship training,
 * apprenticeship ("按照相关规定给予资金补贴"), competition awards.
 * The plan ran 2019-12-02 to 2021-12-31; today is 2026.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is still open: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered with 不知道/不清楚/忘了: no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount, without the figures a misreading would give. */
const pay = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** Not eligible for 以工代训 on these facts; the misreading's figure is absent. */
const notYes = (...wrong: number[]): TurnExpect => ({
  notVerdict: { rule: 'on_job_training', status: 'eligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** The answer says the 以工代训 subsidy is paid to the unit, not to the worker. */
const TO_UNIT =
  /(给予|发给|补给|拨给|补贴给|付给|打给|归|是给)[^。；\n]{0,8}(生产经营主体|企业|单位|厂|车间|合作社)|(生产经营主体|企业|单位|厂里?|车间|合作社)[^。；\n]{0,10}(申领|领取|享受|申请|领|拿)/;
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** Personal 职业培训补贴 with a fact still open: no verdict, no figure (the plan fixes none). */
const trainOpen: TurnExpect = { undecided: 'vocational_training', noAmount: 'unfixed' };
/** Personal 职业培训补贴 excluded by a fact said: not eligible, no figure. */
const trainNo = (...cites: string[]): TurnExpect => ({
  notVerdict: { rule: 'vocational_training', status: 'eligible' },
  noAmount: 'unfixed',
  ...(cites.length ? { cites } : {}),
});
/** The equipment subsidy, without the figures a misreading would give. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** The education-fund deduction: a 税前 deduction, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({ amount: { rule: 'education_fund_deduction', yuan }, says: [/税前/] });
/** The 60 % front-line share. */
const SIXTY = /60\s*%|60％|百分之六十|六成/;
/** The plan has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V120: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v120d01',
    class: 'one_group',
    probes: 'a poor worker hired under 以工代训 asks for "his" money: it goes to the unit; amount only after months and 岗前 are said',
    periodEnd: true,
    turns: [
      {
        user: '俺是村里的贫困户 厂里说俺是以工代训招进来的 这钱俺能领多少',
        expect: { says: [TO_UNIT], noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
      { user: '九个月了都', expect: ask },
      { user: '进厂九个月 以工代训是头四个月 岗前那个补贴厂里没领', expect: pay(800) },
    ],
  },
  {
    id: 'v120d02',
    class: 'one_group',
    probes: 'a sister in a 扶贫车间, 以工代训 8 months, capped at 6 once 岗前 is said',
    periodEnd: true,
    turns: [
      { user: '俺妹子建档立卡户 在村里扶贫车间干活 车间因为她能拿多少', expect: ask },
      { user: '满一年了 以工带训搞了八个月', expect: ask },
      { user: '岗前补贴没拿过', expect: pay(1200, 1600) },
    ],
  },
  {
    id: 'v120d03',
    class: 'one_group',
    probes: 'a disabled worker (残疾症 typo) in an insured factory, 以工代训 3 months; amount after 岗前',
    periodEnd: true,
    turns: [
      { user: '俺有残疾症 厂里给交着五险 以工代训仨月 厂里能补多少', expect: ask },
      { user: '岗前培训补贴厂里没申', expect: pay(600) },
    ],
  },
  {
    id: 'v120d04',
    class: 'one_group',
    probes: 'a member of a household with nobody in work (零就业家庭 in plain words), insured factory, 2 months',
    periodEnd: true,
    turns: [
      { user: '俺家原先一个上班的都没有 街道给登记过 后来进了个交社保的厂 以工代训俩月 厂里有钱拿不', expect: ask },
      { user: '岗前那个也没领过 就俺一个', expect: pay(400) },
    ],
  },
  {
    id: 'v120d05',
    class: 'one_group',
    probes: 'a veteran alone is no group of 以工代训: no yes, no figure',
    turns: [
      {
        user: '当过兵的 退伍回来在物流公司上班 公司因为俺能领以工代训的钱不',
        expect: { ...notYes(), noAmount: 'open', cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v120d06',
    class: 'one_group',
    probes: 'poor labour employed only 5 months: the six-month condition, no figure even once 岗前 is said',
    turns: [
      { user: '俺建档立卡的 进厂才五个月 以工代训也五个月 厂里能领多少', expect: { ...notYes(1000), says: [/六个月|6\s*个月|半年/] } },
      { user: '岗前补贴厂里也没领', expect: notYes(1000) },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v120d07',
    class: 'several_groups',
    probes: 'husband and wife, both poor, told one fact per turn; two rows with different months',
    periodEnd: true,
    turns: [
      { user: '俺跟俺媳妇都是贫困户 在一个厂 厂里能领多少', expect: ask },
      { user: '都干了十个月', expect: ask },
      { user: '以工代训 俺六个月 她四个月', expect: ask },
      { user: '厂里给俺俩谁也没申过岗前补贴', expect: pay(2000, 2400, 1600) },
    ],
  },
  {
    id: 'v120d08',
    class: 'several_groups',
    probes: 'a cousin\'s insured factory: three poor villagers and one disabled worker with different months',
    periodEnd: true,
    turns: [
      { user: '俺表哥的厂招了俺村仨贫困户 还有一个有残疾证的 厂里交五险 能补多少', expect: ask },
      { user: '贫困户都干了七个月 以工代训六个月 残疾那个以工代训三个月', expect: ask },
      { user: '岗前补贴四个人都没领过', expect: pay(4200, 4800, 3600) },
    ],
  },
  {
    id: 'v120d09',
    class: 'several_groups',
    probes: 'a cooperative: the poor worker counts, the two disabled workmates do not (not an enterprise)',
    periodEnd: true,
    turns: [
      { user: '俺在村合作社干活 俺是贫困户 还有俩残疾的伙计也在这 合作社能拿多少', expect: ask },
      { user: '俺干了八个月 以工代训四个月 他俩以工代训也四个月 岗前补贴都没领', expect: pay(800, 2400) },
    ],
  },
  {
    id: 'v120d10',
    class: 'several_groups',
    probes: 'a disabled veteran asks about his own training subsidy: no figure, no verdict while the institution is open',
    turns: [
      { user: '俺当过兵 腿上落了残疾 有证 想学个电工 政府给报多少', expect: trainOpen },
      { user: '证已经拿了 就在俺户口那个县学的', expect: trainOpen },
      { user: '今年头一回 以前没补过 也没退休金', expect: trainOpen },
    ],
  },
  {
    id: 'v120d11',
    class: 'several_groups',
    probes: 'self from a household with nobody in work plus a poor partner employed only 4 months',
    periodEnd: true,
    turns: [
      { user: '俺家没人上班 俺进的这个厂交五险 俺对象是贫困户也在这厂 俺俩能给厂里挣多少补贴', expect: ask },
      { user: '俺以工代训五个月', expect: ask },
      { user: '她才干了四个月 以工代训也四个月', expect: ask },
      { user: '岗前补贴俺俩都没领', expect: pay(1000, 1800) },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v120d12',
    class: 'negation_after_noun',
    probes: '"五险没给交" after the noun: a disabled worker in an uninsured factory brings nothing',
    turns: [{ user: '有残疾证 厂里五险没给交 以工代训四个月 岗前补贴也没领 厂里能领不', expect: notYes(800) }],
  },
  {
    id: 'v120d13',
    class: 'negation_after_noun',
    probes: '"补贴 厂里说一分没领": the negation comes after the noun and a clause',
    periodEnd: true,
    turns: [
      { user: '俺贫困户 进厂八个月了 以工代训六个月 厂里能领多少', expect: ask },
      { user: '岗前那个补贴 厂里说一分没领', expect: pay(1200) },
    ],
  },
  {
    id: 'v120d14',
    class: 'negation_after_noun',
    probes: '"证没拿到": no certificate, so no personal training subsidy',
    turns: [{ user: '学了个挖掘机 证没拿到 培训补贴还能给不', expect: { ...trainNo('七(二)'), says: [/证/] } }],
  },
  {
    id: 'v120d15',
    class: 'negation_after_noun',
    probes: '"养老金俺没有" and "补贴一回没领过": every condition met only after the place and the system are said',
    turns: [
      { user: '养老金俺没有 今年培训补贴一回没领过 学的焊工 证拿到了 能补不', expect: trainOpen },
      {
        user: '在郑州学的 俺常住郑州 焊工以前没学过 机构说进系统了',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v120d16',
    class: 'negation_after_noun',
    probes: '"贫困户俺家没评上": not a poor family, so no family aid for the child at a 技校',
    turns: [
      {
        user: '贫困户俺家没评上 闺女上技校 家里能有补助不',
        expect: { notVerdict: { rule: 'poor_family_child_aid', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v120d64',
    class: 'negation_after_noun',
    probes: '"保险厂里一直没给上": nobody-in-work household, uninsured factory, no figure',
    turns: [{ user: '俺家没人上班 保险厂里一直没给上 以工代训五个月 岗前补贴没领 厂里能拿多少', expect: notYes(1000) }],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v120d17',
    class: 'unknown_reply',
    probes: 'months employed "记不清" and 岗前 "不知道" stay open until the HR answer',
    periodEnd: true,
    turns: [
      { user: '俺是贫困户 厂里以工代训俺五个月 能给厂里补多少', expect: ask },
      { user: '干多久了记不清', expect: dunno },
      { user: '岗钱补贴也不知道领没领', expect: dunno },
      { user: '问了人事 进厂七个月 岗前补贴没领', expect: pay(1000) },
    ],
  },
  {
    id: 'v120d18',
    class: 'unknown_reply',
    probes: 'a disabled worker who does not know whether the factory pays insurance',
    periodEnd: true,
    turns: [
      { user: '有残疾证 厂里以工代训俺仨月 厂里能领多少', expect: ask },
      { user: '交没交五险俺不清楚', expect: dunno },
      { user: '问了 厂里给交着社保哩 岗前补贴没领', expect: pay(600) },
    ],
  },
  {
    id: 'v120d19',
    class: 'unknown_reply',
    probes: 'a certificate "不知道下来没有" leaves the personal subsidy open, never 不符合',
    turns: [
      { user: '俺去学了个育婴师 能补多少', expect: trainOpen },
      {
        user: '证下来没有俺也不知道 等通知哩',
        expect: { ...trainOpen, notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v120d20',
    class: 'unknown_reply',
    probes: 'a 建档立卡 parent not sure whether it is a 技校 or a 职校: the aid holds either way, no figure',
    turns: [
      { user: '俺娃上中职 俺家是建档立卡的 能给多少钱', expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'] } },
      {
        user: '是技校还是职校俺也说不清 反正是学技术的',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v120d21',
    class: 'unknown_reply',
    probes: '"忘了问" about 岗前, then a bare "没领", then said in full',
    periodEnd: true,
    turns: [
      { user: '俺家里除了俺没人有工作 厂里交五险 以工代训俺四个月 厂里能落多少', expect: ask },
      { user: '忘了问 回头问问', expect: dunno },
      { user: '问过了 没领', expect: { oneOf: [ask, pay(800)] } },
      { user: '就是岗前培训补贴厂里没领', expect: pay(800) },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v120d22',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 3 to 5',
    periodEnd: true,
    turns: [
      { user: '贫困户 在厂里干了七个月 以工代训三个月 岗前补贴没领 厂里能领多少', expect: pay(600) },
      { user: '说错了 以工代训是五个月', expect: pay(1000, 600) },
    ],
  },
  {
    id: 'v120d23',
    class: 'correction',
    probes: 'a wife\'s months corrected below six: the amount must go',
    periodEnd: true,
    turns: [
      { user: '俺媳妇贫困户 扶贫车间干了半年 以工代训也半年 岗前的没领', expect: pay(1200) },
      { user: '不对不对 她才干了四个月 以工代训也是四个月', expect: notYes(800, 1200) },
    ],
  },
  {
    id: 'v120d24',
    class: 'correction',
    probes: 'insurance corrected: the worker paid it himself as 灵活就业, the factory did not',
    periodEnd: true,
    turns: [
      { user: '有残疾证 厂交五险 以工代训六个月 岗前补贴没领 厂里能领多少', expect: pay(1200) },
      { user: '哦记岔了 五险厂里没交 是俺自己按灵活就业交的', expect: notYes(1200) },
    ],
  },
  {
    id: 'v120d25',
    class: 'correction',
    probes: 'subsidies this year corrected from two to three: the yearly limit is reached',
    turns: [
      { user: '今年领过两回培训补贴了 这回学的电工 证也拿了', expect: trainOpen },
      { user: '不对 今年是三回了', expect: { ...trainNo(), says: [/3\s*次|三次|3\s*回|三回/] } },
    ],
  },
  {
    id: 'v120d26',
    class: 'correction',
    probes: 'the count of villagers corrected from three to two',
    periodEnd: true,
    turns: [
      { user: '俺们村仨贫困户在俺表叔厂里 干了十个月 以工代训都六个月 岗前补贴没领 能补多少', expect: pay(3600) },
      { user: '数错了 是俩', expect: pay(2400, 3600) },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v120d27',
    class: 'topic_switch',
    probes: 'leaves 以工代训 for a child\'s 技校 aid, then comes back with every fact',
    periodEnd: true,
    turns: [
      { user: '俺是贫困户 厂里以工代训俺 能领多少', expect: ask },
      { user: '对了俺娃上技校有补助没', expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'] } },
      { user: '回到刚才 俺进厂九个月 以工代训六个月 岗前补贴没领', expect: pay(1200) },
    ],
  },
  {
    id: 'v120d28',
    class: 'topic_switch',
    probes: 'a computer course in between; the 岗前 answer comes back to the open 以工代训 question',
    periodEnd: true,
    turns: [
      { user: '有残疾证 厂交五险 以工代训两个月', expect: ask },
      { user: '俺想学个电脑 培训要钱不', expect: { noAmount: 'unfixed' } },
      { user: '岗前那个厂里没申请', expect: pay(400) },
    ],
  },
  {
    id: 'v120d29',
    class: 'topic_switch',
    probes: 'from a forklift certificate to whether a 2022 exam counts, then a new exam today',
    turns: [
      { user: '俺考了个叉车证 在户口所在地考的 能补多少', expect: trainOpen },
      { user: '二二年考的算不算', expect: ended },
      { user: '那今年再去考个挖掘机呢', expect: { ...ended, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v120d30',
    class: 'topic_switch',
    probes: 'from entrepreneurship training to a past 以工代训 at the factory',
    periodEnd: true,
    turns: [
      { user: '俺想回村开个养鸡场 创业培训收钱不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '还有 俺在厂里那会是贫困户 以工代训了四个月 干了一年', expect: ask },
      { user: '那会儿岗前补贴厂里压根没领', expect: pay(800) },
    ],
  },
  {
    id: 'v120d31',
    class: 'topic_switch',
    probes: 'own free training, the father\'s cooperative, 生活费 in between, then back to the father',
    periodEnd: true,
    turns: [
      { user: '俺是贫困户 想学门手艺 要花钱不', expect: { cites: ['三(三)'], noAmount: 'unfixed' } },
      { user: '俺爹也是贫困户 在合作社干了一年 以工代训六个月 合作社能拿多少', expect: ask },
      { user: '又想起来 俺学手艺那阵能给生活费不', expect: unsettled },
      { user: '俺爹岗前补贴没领', expect: pay(1200) },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v120d32',
    class: 'person_training',
    probes: 'a migrant trained where he works, facts given bare one by one until every condition is met',
    turns: [
      { user: '户口在周口 在郑州打工 就在郑州学的电焊 证拿了 能补不', expect: trainOpen },
      { user: '今年头一回', expect: trainOpen },
      { user: '没学过别的', expect: trainOpen },
      { user: '没退休 机构说在系统里', expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v120d33',
    class: 'person_training',
    probes: 'the same occupation and level subsidised before',
    turns: [{ user: '在老家学的 户口就在老家 前年补过一回中式烹调初级 这回还是中式烹调初级', expect: trainNo('七(二)') }],
  },
  {
    id: 'v120d34',
    class: 'person_training',
    probes: 'trained in another province, neither household, residence nor job-seeking place',
    turns: [{ user: '学的中式面点 跑外省学的 不是户口地也不是住的地方 也不在那找活', expect: trainNo('七(二)') }],
  },
  {
    id: 'v120d35',
    class: 'person_training',
    probes: 'a monthly pension excludes the personal subsidy',
    turns: [{ user: '俺六十二了 按月领着退休金 去学个养老护理还补不', expect: trainNo('六(一)') }],
  },
  {
    id: 'v120d36',
    class: 'person_training',
    probes: '"一回能补几百": the plan fixes no per-person figure, even when a rumour is quoted',
    turns: [
      { user: '俺学了个保育员 证拿到了 一回能补几百', expect: unsettled },
      { user: '那别人说补一千多是真的不', expect: unsettled },
    ],
  },
  {
    id: 'v120d37',
    class: 'person_training',
    probes: 'a newly published occupation follows the priority-supported standard',
    turns: [{ user: '俺学的无人机驾驶员 听说是国家新公布的职业 能补不', expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/优先/] } }],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v120d38',
    class: 'entrepreneurship',
    probes: 'a wish to open a small shop is enough for entrepreneurship training',
    turns: [
      {
        user: '俺想开个小超市 啥也不懂 有人教不',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v120d39',
    class: 'entrepreneurship',
    probes: 'a barber shop open three years, then "给发钱不": no figure',
    turns: [
      {
        user: '俺的理发店开了三年 有创业培训不',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
      { user: '学完给发钱不', expect: unsettled },
    ],
  },
  {
    id: 'v120d40',
    class: 'entrepreneurship',
    probes: 'a 技校 student counts (职业院校 含技工院校)',
    turns: [
      {
        user: '俺在技校上学 能去学创业不',
        expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v120d41',
    class: 'entrepreneurship',
    probes: 'a restaurant open seven years (over five), then a wish for a new business',
    turns: [
      { user: '俺的饭店开了七年了 想学点经营管理 有培训不', expect: { cites: ['三(八)', '五(一)'], noAmount: 'unfixed', says: [/5\s*年|五年/] } },
      {
        user: '俺还想另起炉灶干个新买卖',
        expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v120d42',
    class: 'entrepreneurship',
    probes: 'a jobless graduate wanting to start something; a loan is not in the plan',
    turns: [
      { user: '大学毕业一年还没找着活 想自己干点啥 有补贴不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '创业能贷款不 能贷多少', expect: { oneOf: [{ answered: false }, { says: [HONEST_NOT_SETTLED] }], noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v120d43',
    class: 'equipment',
    probes: 'a master in his studio, 300 000 from the fund, accepted: 20 % under the cap',
    turns: [{ user: '俺是厂里技能大师工作室的 厂里用职工教育经费买了三十万的设备 人社财政都验收了 能补多少', expect: kit(60000) }],
  },
  {
    id: 'v120d44',
    class: 'equipment',
    probes: 'a high-skill base, 3 million: 20 % over the 50万 cap',
    turns: [{ user: '俺们厂的高技能人才培训基地 买设备花了三百万 钱是教育经费出的 验收合格了', expect: kit(500000, '600000', '60万') }],
  },
  {
    id: 'v120d45',
    class: 'equipment',
    probes: 'the fund "不清楚" leaves the studio subsidy open until the accountant is asked',
    turns: [
      { user: '厂里给俺的大师工作室添了四十万设备 能补多少', expect: kitOpen('80000', '8万') },
      { user: '是不是教育经费出的钱 不清楚', expect: { undecided: 'equipment_subsidy', mustNotContain: ['80000', '8万'] } },
      { user: '问了会计 是职工教育经费 验收也过了', expect: kit(80000) },
    ],
  },
  {
    id: 'v120d46',
    class: 'equipment',
    probes: 'not yet accepted: nothing; once accepted, the 10万 studio cap',
    turns: [
      {
        user: '大师工作室设备八十万 教育经费买的 还没验收',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['160000', '16万'] },
      },
      { user: '验收过了 上礼拜刚过', expect: kit(100000, '160000', '16万') },
    ],
  },
  {
    id: 'v120d47',
    class: 'equipment',
    probes: 'two batches at one studio share its cap',
    turns: [{ user: '俺那个技能大师工作室 头年买了三十万 今年又添了四十万 都是教育经费买的 都验收了', expect: kit(100000, '140000', '14万') }],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v120d48',
    class: 'education_fund',
    probes: 'a bookkeeper: 8 % of payroll under the fund drawn; then whether a worker gets a share',
    turns: [
      { user: '俺在厂里管账 工资总额一年五百万 教育经费提了五十万 能抵多少', expect: deduct(400000) },
      { user: '俺自己能从这里头分点不', expect: { cites: ['六(二)'], says: [/培训/] } },
    ],
  },
  {
    id: 'v120d49',
    class: 'education_fund',
    probes: 'a front-line worker asks how much of the fund is for people like him',
    turns: [{ user: '俺是一线工人 厂里职工教育经费该有多少花在俺们身上', expect: { cites: ['六(二)'], says: [SIXTY] } }],
  },
  {
    id: 'v120d50',
    class: 'education_fund',
    probes: 'the fund drawn is under 8 % of payroll: the fund itself is the deduction',
    turns: [{ user: '俺管账 教育经费一年提了二十万 工资总额三百万 税前能扣多少', expect: deduct(200000) }],
  },
  {
    id: 'v120d51',
    class: 'education_fund',
    probes: 'payroll first, the fund next, then a front-line share under 60 %',
    turns: [
      { user: '俺在厂里当会计 工资总额八百万', expect: { asks: true, undecided: 'education_fund_deduction' } },
      { user: '提了七十万', expect: deduct(640000) },
      { user: '一线工人培训花了四十万', expect: { amount: { rule: 'education_fund_deduction', yuan: 640000 }, says: [SIXTY] } },
    ],
  },
  {
    id: 'v120d52',
    class: 'education_fund',
    probes: 'a master asks whether 师带徒 money may come from the fund',
    turns: [{ user: '俺是带徒弟的老师傅 师带徒的钱厂里能从教育经费里出不', expect: { cites: ['六(二)'], noAmount: 'unfixed', says: [/师带徒|带徒/] } }],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v120d53',
    class: 'apprenticeship',
    probes: 'a new apprentice asks for a monthly figure the plan does not fix',
    turns: [{ user: '俺是厂里新招的学徒 学徒补贴一个月多少', expect: { ...unsettled, cites: ['四(一)'] } }],
  },
  {
    id: 'v120d54',
    class: 'apprenticeship',
    probes: 'fifteen apprentices, then a per-head figure: still none',
    turns: [
      { user: '俺厂带了十五个新型学徒 厂里能补多少', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '一个人按多少算嘛', expect: unsettled },
    ],
  },
  {
    id: 'v120d55',
    class: 'apprenticeship',
    probes: 'an apprentice asks for "his share" of the factory\'s subsidy',
    turns: [{ user: '俺当学徒的 厂里领的学徒补贴有俺一份不', expect: { cites: ['四(一)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v120d56',
    class: 'apprenticeship',
    probes: 'a vocational student in a 现代学徒制 placement',
    turns: [{ user: '俺在职校上学 又在厂里当现代学徒 两头都有补贴不', expect: { cites: ['四(一)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v120d57',
    class: 'apprenticeship',
    probes: 'a signed 新型学徒 contract: whether the state pays the factory or the apprentice',
    turns: [{ user: '厂里让俺签了个新型学徒的合同 学一年 国家补厂里还是补俺', expect: { cites: ['四(一)'], noAmount: 'unfixed' } }],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v120d58',
    class: 'period',
    probes: 'a 2020 以工代训 with every fact said: can the factory still apply in 2026',
    turns: [{ user: '俺是贫困户 二零年在厂里以工代训了六个月 干了一年 岗前补贴没领 厂里现在还能申不', expect: ended }],
  },
  {
    id: 'v120d59',
    class: 'period',
    probes: 'an electrician certificate this year under the ended plan',
    turns: [{ user: '俺今年考了个电工证 还能按这个方案补不', expect: { ...ended, noAmount: 'unfixed' } }],
  },
  {
    id: 'v120d60',
    class: 'period',
    probes: 'a formerly 建档立卡 family whose child starts at a 技校 this year',
    turns: [{ user: '俺家娃今年上技校 俺家以前建档立卡 这政策还管用不', expect: ended }],
  },
  {
    id: 'v120d61',
    class: 'period',
    probes: 'an amount computed, then "现在都二六年了": the plan has ended',
    periodEnd: true,
    turns: [
      { user: '俺有残疾证 厂里交五险', expect: ask },
      { user: '以工代训四个月 岗前没领', expect: pay(800) },
      { user: '现在都二六年了 厂里还能补申请不', expect: ended },
    ],
  },
  {
    id: 'v120d62',
    class: 'period',
    probes: 'when the document runs out',
    turns: [{ user: '这个文件啥时候到头', expect: ended }],
  },
  {
    id: 'v120d63',
    class: 'period',
    probes: 'a certificate of November 2021, inside the period',
    turns: [{ user: '俺二一年十一月拿的证 那会儿还算在里头不', expect: { ...ended, says: [/2021/] } }],
  },
];
