/**
 * HELD-OUT dialogues, set v119 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v101
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: relatives and third parties asking FOR someone else, on WeChat — a wife for her
 * husband's factory, a son for his father's cooperative, a niece for an uncle's shop, 村干部/村文书
 * for the village 扶贫车间, a neighbour, a company's accountant, and 12333 hotline staff relaying a
 * caller. Colloquial, unpunctuated or space-separated, Chinese numerals (俩/仨/半年), 同音错字
 * (以工带训, 补帖, 申情), Henan dialect (俺/咱/啥/中不中/弄啥), several facts in one message, facts
 * that the relative does not know ("会计管账我不清楚"), facts corrected a turn later, and — this
 * set's theme — "现在还能申请吗" asked today (2026), long after the plan ran out
 * (2019-12-02 to 2021-12-31). Groups: poor households, disabled people, veterans, laid-off workers,
 * zero-employment families, students and graduates; topics: 以工代训, free training, the training
 * subsidy with all or some facts said, certificates, entrepreneurship training, school aid,
 * equipment, the education fund and apprenticeship.
 *
 * Nothing is inferred from silence: an amount is expected only once every fact it depends on has
 * been said — the kind of unit, insurance where the rule needs it, the group, the count, months
 * employed (poor labour ≥ 6), months of 以工代训 (capped at 6), and that the 新录用人员岗前技能培训
 * 补贴 was NOT claimed ("不得重复享受").
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row.
 *   · d01: insured factory, 3 disabled, 4 months → 3 × 200 × 4 = 2400.
 *   · d02: 扶贫车间, 5 poor employed 8+ months, 以工代训 8 months → capped 6: 5 × 200 × 6 = 6000 (not 8000).
 *   · d03: cooperative, 2 poor employed ~1 year, 以工代训 半年 = 6 → 2 × 200 × 6 = 2400.
 *   · d04: 参保企业, 4 零就业家庭, 5 months → 4 × 200 × 5 = 4000.
 *   · d05: a 职业院校 is no 生产经营主体 → nothing (not 2 × 200 × 6 = 2400).
 *   · d06: 退役军人 are no group of this rule → nothing (not 3 × 200 × 5 = 3000).
 *   · d07: insured; 3 poor employed 7 months × 6 → 3600; 2 disabled × 4 → 1600; total 5200.
 *   · d08: cooperative (no enterprise): 2 poor employed 9 months × 6 → 2400; the 3 就业困难 × 5
 *     (3000) do not count → 2400 (not 5400).
 *   · d09: insured; 2 poor employed only 5 months → none; 1 零就业 × 6 → 1200 (not 3200).
 *   · d10: insured; 2 disabled whose 岗前培训补贴 was claimed → none; 2 poor employed 12 months,
 *     以工代训 8 → capped 6: 2 × 200 × 6 = 2400 (not 2400 + 1200 = 3600); veterans no group.
 *   · d11: insured; 2 零就业 × 2 → 800; 1 disabled × 6 → 1200; total 2000.
 *   · d12: "说是贫困户 其实不是建档立卡的" → nothing (not 3 × 200 × 6 = 3600).
 *   · d13: 社保没交 → disabled do not count (not 2 × 200 × 4 = 1600).
 *   · d14: poor employed only 5 months → nothing (not 6 × 200 × 5 = 6000).
 *   · d17: insurance unknown, then confirmed: 5 disabled × 4 → 5 × 200 × 4 = 4000.
 *   · d18: 扶贫车间, months employed unknown, then 10 months: 3 poor × 4 → 3 × 200 × 4 = 2400.
 *   · d22: insured; 4 poor employed 8 months × 5 → 4000; corrected to 3 → 3 × 200 × 5 = 3000.
 *   · d23: 扶贫车间, 2 poor employed 9 months × 3 → 1200; corrected to 6 months → 2400.
 *   · d24: insured, 3 disabled × 5 → 3000; corrected: no insurance → nothing.
 *   · d27: insured, 2 disabled × 6 → 2 × 200 × 6 = 2400.
 *   · d30: insured, 1 零就业 × 4 → 800.
 *   · d31: 扶贫车间, 4 poor employed 11 months × 6 → 4 × 200 × 6 = 4800.
 *   · d57: 8 apprentices × 200 × 6 = 9600 is NOT an amount of this plan (apprenticeship unfixed).
 * - Equipment (四(一)): per site min(20 % × value bought from the 职工教育经费, 500 000 base /
 *   100 000 studio), only once 人社 and 财政 accepted it.
 *   · d26: studio 40万 → 8万 = 80000; corrected to a base of 300万 → 60万 capped → 500000.
 *   · d29: base 80万 → 16万 = 160000.
 *   · d43: studio 60万 → 12万 capped → 100000.
 *   · d44: base 150万, acceptance open, then accepted → 30万 = 300000.
 *   · d45: bought with a bank loan, not the fund → nothing (not 20万).
 *   · d46: base 200万 → 40万; studio 30万 → 6万; total 460000.
 *   · d47: studio 20万, acceptance unknown → nothing yet (not 4万).
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 *   · d21: 800万 × 8 % = 64万 < 70万 drawn → 640000.
 *   · d28: 300万 × 8 % = 24万 > 20万 drawn → 200000.
 *   · d48: 1000万 × 8 % = 80万 < 100万 drawn → 800000.
 *   · d49: 500万 × 8 % = 40万 > 30万 drawn → 300000; front-line share 50 % < 60 % is noted.
 *   · d50: 2000万 × 8 % = 160万 > 150万 drawn → 1500000.
 *   · d51: 600万 × 8 % = 48万 < 50万 drawn → 480000.
 *   · d52: 400万 × 8 % = 32万 < 40万 drawn → 320000.
 * - Apprenticeship ("按照相关规定给予资金补贴"), the per-person training subsidy, 生活费补贴, free
 *   training, school aid, entrepreneurship training: the plan fixes no amount.
 *
 * `periodEnd` is set wherever someone asks what a person or unit can get or do under the plan. The
 * pure education-fund dialogues (d21, d48–d52) leave it off: the 8 % pre-tax limit is a tax rule the
 * plan only says it carries out ("落实……税收政策"), not a benefit of the plan itself.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道/说不上来": no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figure a misreading would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** The same, after an earlier turn stated a computed amount (which the answer may repeat). */
const unsettledAfter: TurnExpect = { says: [HONEST_NOT_SETTLED] };
/** The plan ran 2019-12-02 to 2021-12-31 and has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The person's training subsidy: every condition said, not refused, no figure (the plan fixes none). */
const trainOk: TurnExpect = { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' };
/** The person's training subsidy is excluded by a fact said. */
const trainNo = (...says: RegExp[]): TurnExpect => ({
  notVerdict: { rule: 'vocational_training', status: 'eligible' },
  noAmount: 'unfixed',
  ...(says.length ? { says } : {}),
});
/** A training-subsidy fact is open: no verdict, no figure. */
const trainOpen: TurnExpect = { undecided: 'vocational_training', noAmount: 'unfixed' };
/** Free training for poor labour (三(三)). */
const free: TurnExpect = { says: [/免费/], noAmount: 'unfixed', notVerdict: { rule: 'free_training_poor', status: 'ineligible' } };
/** School aid of a poor family's child (三(三), 三(十四)). */
const school: TurnExpect = { says: [/助学金|免学费|补助/], noAmount: 'unfixed' };
/** Entrepreneurship training (三(八)): open to the person, no figure. */
const startOk: TurnExpect = { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** An equipment fact answered "不知道": no verdict, not the figure. */
const kitDunno = (...wrong: string[]): TurnExpect => ({ undecided: 'equipment_subsidy', mustNotContain: wrong });
/** The equipment subsidy is excluded by a fact said. */
const kitNo = (...wrong: string[]): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: wrong });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...says: RegExp[]): TurnExpect => ({ amount: { rule: 'education_fund_deduction', yuan }, says: [/税前/, ...says] });
/** An education-fund fact is open or unknown. */
const fundOpen: TurnExpect = { undecided: 'education_fund_deduction' };

export const DIALOGUES_V119: readonly Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v119d01',
    class: 'one_group',
    probes: 'a wife asks for her husband\'s insured factory; disabled hires, months and the 岗前 subsidy come one per turn',
    periodEnd: true,
    turns: [
      { user: '我老公在中牟开了个食品厂 一直交着社保的 去年招了仨残疾人 他让我帮他问问能领点啥补贴', expect: ask },
      { user: '他说这仨人进厂就边干边学 以工带训搞了四个月', expect: ask },
      { user: '岗前培训那个补帖他没领过 一分也没拿', expect: pay(2400) },
      { user: '那这个钱现在还能去申情不 他天天忙顾不上', expect: ended },
    ],
  },
  {
    id: 'v119d02',
    class: 'one_group',
    probes: '村干部 for the village 扶贫车间: 以工代训 of eight months is capped at six',
    periodEnd: true,
    turns: [
      {
        user: '俺是村支书 俺们村扶贫车间收了5个建档立卡贫困户 都干了八个多月了 一直以工代训 以工代训算下来八个月 岗前培训补贴从来没申请过 按政策能补多少 现在还能报不',
        expect: { ...payNot(6000, 8000), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v119d03',
    class: 'one_group',
    probes: 'a son for his father\'s cooperative: poor hires, employment, 半年 of 以工代训, then the 岗前 subsidy',
    periodEnd: true,
    turns: [
      { user: '俺爸在新郑弄了个农民专业合作社 收了俩建档立卡的贫困户在社里干活 这种有啥补贴不', expect: ask },
      { user: '他俩在社里干了差不多一年了 从进来就搞以工代训 搞了半年', expect: ask },
      { user: '岗前那个技能培训补贴 俺爸说压根没领过', expect: pay(2400) },
    ],
  },
  {
    id: 'v119d04',
    class: 'one_group',
    probes: 'hotline staff relays an insured enterprise with zero-employment-family hires, all facts at once',
    periodEnd: true,
    turns: [
      {
        user: '你好 我这边是12333坐席 有个来电老板说他们是参保企业 吸纳了4个零就业家庭的成员 以工代训五个月 岗前培训补贴没享受过 他问以工代训补贴能拿多少',
        expect: pay(4000),
      },
    ],
  },
  {
    id: 'v119d05',
    class: 'one_group',
    probes: 'a cousin at a 职业院校 canteen: a vocational school is no production entity for 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '我表哥在一个职业院校管后勤 学校食堂招了两个贫困户 建档立卡的 干了七个月了 以工代训也搞了七个月 岗前补贴没拿 学校能领以工代训补贴不',
        expect: notYes(2400),
      },
    ],
  },
  {
    id: 'v119d06',
    class: 'one_group',
    probes: 'a brother-in-law\'s insured logistics firm took on veterans only — no group of 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '我姐夫的物流公司 社保都交的 今年招了3个退役军人 以工代训干了5个月 岗前补贴也没领 他问能补多少钱',
        expect: notYes(3000),
      },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v119d07',
    class: 'several_groups',
    probes: 'a wife lists poor and disabled hires of an insured factory in one run-on message',
    periodEnd: true,
    turns: [
      {
        user: '替我老公问下 他厂里正常参保 招了3个建档立卡贫困户 干了7个月 以工代训6个月 还有俩残疾人 以工代训4个月 岗前培训补贴这几个人都没领过 一共能补多少',
        expect: pay(5200),
      },
    ],
  },
  {
    id: 'v119d08',
    class: 'several_groups',
    probes: 'an uncle\'s cooperative: poor hires count, 就业困难 hires need an insured enterprise',
    periodEnd: true,
    turns: [
      { user: '俺叔是合作社理事长 社里有俩建档立卡的 还有仨就业困难人员 都在搞以工代训 想问问能补多少钱', expect: ask },
      { user: '贫困户那俩干了九个月了 以工代训六个月 就业困难那仨以工代训五个月', expect: ask },
      { user: '岗前培训补贴都没领过 还有合作社没给他们交社保', expect: payNot(2400, 5400) },
    ],
  },
  {
    id: 'v119d09',
    class: 'several_groups',
    probes: 'a niece for an insured firm: poor hires employed only five months drop out, zero-employment one stays',
    periodEnd: true,
    turns: [
      {
        user: '帮俺舅问问 他公司交着社保 收了两个贫困户 才干了5个月 以工代训也是5个月 另外收了1个零就业家庭的 以工代训6个月 岗前补贴都没拿 能补多少',
        expect: payNot(1200, 3200),
      },
    ],
  },
  {
    id: 'v119d10',
    class: 'several_groups',
    probes: 'hotline relays three groups; disabled rows had the 岗前 subsidy, veterans are no group; then 还能申请吗',
    periodEnd: true,
    turns: [
      {
        user: '您好 我是人社热线的 帮一个来电老板问下 他公司正常参保 今年招了俩残疾人 以工代训仨月 俩建档立卡贫困劳动力 干满一年了 以工代训八个月 还有五个退役军人 他问以工代训补贴一共能拿多少',
        expect: ask,
      },
      { user: '他说残疾人那俩之前已经领过岗前培训补贴了 贫困户那俩没领', expect: payNot(2400, 3600) },
      { user: '来电人又问 这个补贴现在去区里人社局还能申报吗', expect: ended },
    ],
  },
  {
    id: 'v119d11',
    class: 'several_groups',
    probes: 'a nephew\'s insured factory: two groups in Chinese numerals, different months each',
    periodEnd: true,
    turns: [
      {
        user: '俺侄子那厂子交着社保哩 收了零就业家庭的两个人 以工代训俩月 残疾人一个 以工代训六个月 岗前的补贴都没拿过 中不中 能给多少',
        expect: pay(2000),
      },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v119d12',
    class: 'negation_after_noun',
    probes: '"说是贫困户 其实不是建档立卡的" — the group named then denied',
    periodEnd: true,
    turns: [
      {
        user: '我老公厂里招了仨人 说是贫困户 其实不是建档立卡的 就是家里条件差点 干了八个月 以工代训六个月 岗前补贴没领 这能算以工代训补贴不',
        expect: notYes(3600),
      },
    ],
  },
  {
    id: 'v119d13',
    class: 'negation_after_noun',
    probes: '"社保没交" after the company — disabled hires need an insured enterprise',
    periodEnd: true,
    turns: [
      {
        user: '我弟的公司 社保 没交 招了两个残疾人 以工代训四个月 岗前补贴也没领过 能给补多少',
        expect: notYes(1600),
      },
    ],
  },
  {
    id: 'v119d14',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴 这个没有" and employment of only five months; then whether one more month and applying now helps',
    periodEnd: true,
    turns: [
      { user: '俺娘在村里扶贫车间帮着管事 车间里收了六个贫困户 以工代训都五个月了 能领钱不', expect: ask },
      { user: '岗前培训补贴 这个没有 没领过 进车间也就五个月', expect: notYes(6000) },
      { user: '那再干一个月够六个月了 到时候再去报还中不', expect: ended },
    ],
  },
  {
    id: 'v119d15',
    class: 'negation_after_noun',
    probes: '"按月领养老金的资格没有" must not be read as a pensioner; every other condition said',
    periodEnd: true,
    turns: [
      {
        user: '我爸六十一了 按月领养老金的资格 没有 在户籍地学了电工 证也拿到了 今年头一回 机构说进了省里系统 以前没考过电工 他能享受培训补贴不',
        expect: trainOk,
      },
    ],
  },
  {
    id: 'v119d16',
    class: 'negation_after_noun',
    probes: '"残疾人 不是贫困户" — the free training of 三(三) is for poor labour',
    periodEnd: true,
    turns: [
      {
        user: '俺家那口子是残疾人 贫困户 不是 建档立卡也没有 他想学个按摩 能不能免费培训',
        expect: { notVerdict: { rule: 'free_training_poor', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v119d17',
    class: 'unknown_reply',
    probes: 'a wife does not know whether the factory is insured; the accountant settles it a turn later',
    periodEnd: true,
    turns: [
      { user: '我老公开厂的 让我帮他问 厂里招了5个残疾人 在搞以工代训 能补多少', expect: ask },
      { user: '交没交社保我真不清楚 他那账都是会计管 以工代训是四个月', expect: dunno },
      { user: '刚打电话问了会计 说一直交着呢 岗前那个补贴也没申过', expect: pay(4000) },
      { user: '这事现在还来得及办不 俺老公说过两天去问', expect: ended },
    ],
  },
  {
    id: 'v119d18',
    class: 'unknown_reply',
    probes: 'a village clerk cannot say how long the poor hires have worked; later ten months',
    periodEnd: true,
    turns: [
      { user: '我是村里的文书 替扶贫车间问问 收了3个建档立卡户 以工代训搞了四个月 岗前补贴没领 能补多少', expect: ask },
      { user: '他们进车间多长时间了 这个俺还真说不上来 车间负责人出门了', expect: dunno },
      { user: '问清楚了 进车间都十个月了 一直没走', expect: pay(2400) },
    ],
  },
  {
    id: 'v119d19',
    class: 'unknown_reply',
    probes: 'a son does not know whether his mother is 建档立卡; then she is; then 生活费补贴',
    periodEnd: true,
    turns: [
      {
        user: '俺妈是不是建档立卡的俺也不清楚 她想学个家政 学这个要不要交钱',
        expect: { undecided: 'free_training_poor', noAmount: 'unfixed' },
      },
      { user: '问了村里 说俺家就是建档立卡户 在册的', expect: free },
      { user: '那她学的时候有没有生活费补贴 一天给多少', expect: unsettled },
    ],
  },
  {
    id: 'v119d20',
    class: 'unknown_reply',
    probes: 'a mother does not know whether the training school records in the provincial system',
    periodEnd: true,
    turns: [
      {
        user: '我儿子常住郑州 在这考了个叉车证 证拿到了 今年第一回培训 以前没考过叉车 也没领养老金 就是那个培训学校进没进省里系统我不知道',
        expect: trainOpen,
      },
      { user: '学校说他们用的是河南省职业培训信息管理服务系统 学员都在里头', expect: trainOk },
      { user: '那能补多少钱啊 俺好心里有个数', expect: unsettled },
    ],
  },
  {
    id: 'v119d21',
    class: 'unknown_reply',
    probes: 'a daughter gives the payroll, does not know the fund drawn; the accountant tells it later',
    turns: [
      { user: '俺爸那厂子工资总额一年八百万 想问职工教育经费税前能扣多少', expect: { ...fundOpen, asks: true } },
      { user: '提了多少俺爸也说不清 会计请假了', expect: fundOpen },
      { user: '会计回来了 说去年职工教育经费提了七十万', expect: deduct(640000) },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v119d22',
    class: 'correction',
    probes: 'a wife corrects the head count of poor hires from four to three',
    periodEnd: true,
    turns: [
      { user: '我老公公司交社保的 招了4个贫困户 建档立卡的 干了八个月 以工代训五个月 岗前补贴没领 能补多少', expect: pay(4000) },
      { user: '说错了 是三个贫困户 不是四个 有一个是他表弟不算', expect: pay(3000) },
      { user: '行 那现在还能申请吗 还是早过期了', expect: ended },
    ],
  },
  {
    id: 'v119d23',
    class: 'correction',
    probes: 'a village cadre misremembers the 以工代训 months and corrects them',
    periodEnd: true,
    turns: [
      { user: '扶贫车间有两个贫困劳动力 干了九个月了 以工代训三个月 岗前培训补贴没领过 帮他们问问能补多少', expect: pay(1200) },
      { user: '不对不对 以工代训是六个月 俺记岔了', expect: pay(2400) },
      { user: '这笔钱要是现在去乡里报 还给不给', expect: ended },
    ],
  },
  {
    id: 'v119d24',
    class: 'correction',
    probes: 'a sister first says the firm is insured, then corrects: it never paid social insurance',
    periodEnd: true,
    turns: [
      { user: '我姐夫的公司 交社保 招了仨残疾人 以工代训五个月 岗前补贴没领 能补多少', expect: pay(3000) },
      { user: '哎我搞错了 他那公司社保一直没交 是挂靠别人的', expect: notYes() },
      { user: '那要是补交了社保 现在再申请还赶趟不', expect: ended },
    ],
  },
  {
    id: 'v119d25',
    class: 'correction',
    probes: 'a brother\'s training subsidy: "this is the fourth this year" corrects the first message',
    periodEnd: true,
    turns: [
      { user: '俺弟在常住地那边培训焊工 证考下来了 今年头一回 机构在省里系统里 他没养老金 以前也没考过焊工 能享受补贴不', expect: trainOk },
      { user: '等会儿 他刚说今年已经享受过三回补贴了 这是第四回', expect: trainNo(/3\s*[次回]|三[次回]|不超过/) },
      { user: '那明年再考别的工种还能享受不', expect: ended },
    ],
  },
  {
    id: 'v119d26',
    class: 'correction',
    probes: 'a son first says master studio 40万, then corrects to a high-skill base of 300万 (capped at 50万)',
    periodEnd: true,
    turns: [
      { user: '我爸厂里给技能大师工作室买实训设备 花了四十万 用的职工教育经费 人社财政验收都过了 能补多少', expect: kit(80000) },
      { user: '不好意思说错了 是高技能人才培训基地 不是大师工作室 设备花了三百万', expect: kit(500000) },
      { user: '这个设备补助现在还能申请吗', expect: ended },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v119d27',
    class: 'topic_switch',
    probes: 'a cousin\'s 以工代训, then his own entrepreneurship training, then back to applying now',
    periodEnd: true,
    turns: [
      { user: '我表哥开的电子厂交社保 招了俩残疾人 以工代训六个月 岗前补贴没领 能补多少', expect: pay(2400) },
      {
        user: '另外问下 我自己是技校毕业的 想开个网店 能参加创业培训不',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, says: [/创业/] },
      },
      { user: '再问一句 我表哥那个以工代训的钱现在还能申请吗', expect: ended },
    ],
  },
  {
    id: 'v119d28',
    class: 'topic_switch',
    probes: 'a poor family\'s child in a 技工学校, then the uncle\'s education-fund deduction',
    periodEnd: true,
    turns: [
      { user: '俺闺女在技工学校上学 俺家是建档立卡户 她上学有啥补助', expect: school },
      { user: '对了 她舅开厂的也让问 工资总额三百万 职工教育经费提了二十万 税前能扣多少', expect: deduct(200000) },
      { user: '这俩事现在都还能办吗', expect: ended },
    ],
  },
  {
    id: 'v119d29',
    class: 'topic_switch',
    probes: 'an uncle\'s equipment at a high-skill base, then apprenticeship (no amount), then applying now',
    periodEnd: true,
    turns: [
      { user: '俺二舅厂里的高技能人才培训基地 花职工教育经费买了八十万设备 人社和财政验收合格了 能补多少', expect: kit(160000) },
      { user: '还有个事 他厂里搞企业新型学徒制 一个学徒补多少钱', expect: unsettledAfter },
      { user: '这俩补助现在去申报还中不中', expect: ended },
    ],
  },
  {
    id: 'v119d30',
    class: 'topic_switch',
    probes: 'a wife asks 生活费补贴 for herself, then her husband\'s 以工代训',
    periodEnd: true,
    turns: [
      { user: '俺在参加技能培训 培训期间的生活费补贴一天给多少钱', expect: unsettled },
      { user: '另外俺老公的厂子 参保的 收了一个零就业家庭的 以工代训四个月 岗前补贴没拿过 能补多少', expect: pay(800) },
      { user: '他这个现在报的话还有没有', expect: ended },
    ],
  },
  {
    id: 'v119d31',
    class: 'topic_switch',
    probes: 'hotline relays a workshop\'s 以工代训, an aside on the caller\'s graduate son, then the missing facts',
    periodEnd: true,
    turns: [
      { user: '我是12333的 来电人是扶贫车间负责人 收了4个贫困劳动力 在搞以工代训 问能补多少', expect: ask },
      {
        user: '来电人还顺便问 他儿子大学毕业一年了没找着工作 想自己创业 能参加创业培训吗',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
      { user: '回到车间那事 那4个人干了十一个月了 以工代训六个月 岗前补贴没领过', expect: pay(4800) },
      { user: '他最后问 现在去申请还来得及吗', expect: ended },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v119d32',
    class: 'person_training',
    probes: 'a husband for his wife: every condition of the training subsidy said, no figure',
    periodEnd: true,
    turns: [
      {
        user: '我老婆在求职就业地学了育婴员 证已经拿了 今年头一回 机构说进了省里系统 她没退休没养老金 以前没考过育婴员 她能享受培训补贴吗 能给多少',
        expect: trainOk,
      },
    ],
  },
  {
    id: 'v119d33',
    class: 'person_training',
    probes: 'a retired father drawing a monthly pension is outside the training subsidy',
    periodEnd: true,
    turns: [
      { user: '俺爸退休了 每月领着养老金 闲不住还想去学个电工 能享受职业培训补贴吗', expect: trainNo(/养老金/) },
    ],
  },
  {
    id: 'v119d34',
    class: 'person_training',
    probes: 'a brother took the same occupation and level again — no second subsidy',
    periodEnd: true,
    turns: [
      { user: '我哥前年考了中级电工 领过补贴了 今年又考了一回中级电工 还能再补一次不', expect: trainNo(/重复|同一/) },
    ],
  },
  {
    id: 'v119d35',
    class: 'person_training',
    probes: 'a niece trained for a new state-published occupation; standard of the priority list, no figure; then applying now',
    periodEnd: true,
    turns: [
      { user: '我侄女学了个国家新公布的新职业 叫互联网营销师 这种能算进补贴目录里不', expect: { cites: ['七(二)'] } },
      { user: '她在户籍地学的 证拿了 今年第一次 机构在系统里 没退休 以前没学过这个', expect: trainOk },
      {
        user: '补贴标准按啥算 能给多少钱',
        expect: { noAmount: 'unfixed', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { says: [/优先支持/] }] },
      },
      { user: '那她现在去申请还中不中', expect: ended },
    ],
  },
  {
    id: 'v119d36',
    class: 'person_training',
    probes: 'a cousin trained on holiday, neither 户籍地 nor 常住地 nor 求职就业地',
    periodEnd: true,
    turns: [
      {
        user: '我表妹去三亚玩的时候在那报了个美甲班 那边既不是她户口地也不是常住地 也不在那找工作 证拿了 回郑州能领培训补贴不',
        expect: trainNo(),
      },
    ],
  },
  {
    id: 'v119d37',
    class: 'person_training',
    probes: 'a husband finished training but has no certificate yet',
    periodEnd: true,
    turns: [
      {
        user: '我老公上个月在户籍地培训完电工 证还没考 今年第一次 机构进系统了 没退休 以前没考过电工 现在能领补贴不',
        expect: trainNo(),
      },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v119d38',
    class: 'entrepreneurship',
    probes: 'a father for his son, a fresh 大专 graduate who wants to open a shop',
    periodEnd: true,
    turns: [{ user: '我儿子大专刚毕业 在家闲着 想自己创业开个奶茶店 他能参加创业培训不', expect: startOk }],
  },
  {
    id: 'v119d39',
    class: 'entrepreneurship',
    probes: 'an uncle\'s small shop open three years (≤ 5) qualifies for 创业培训',
    periodEnd: true,
    turns: [{ user: '俺舅开了个小超市 开了三年了 就雇俩人 他这种小老板能上创业培训不', expect: startOk }],
  },
  {
    id: 'v119d40',
    class: 'entrepreneurship',
    probes: 'a restaurant open twelve years and no wish to start anything new is not a case of 三(八)',
    periodEnd: true,
    turns: [
      {
        user: '我大伯的饭店开了十二年了 他也没想再干别的 就是听人说有创业培训 问问他能不能去',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v119d41',
    class: 'entrepreneurship',
    probes: 'a neighbour\'s daughter at a 职业院校: 创业意识 training, then school aid, then applying now',
    periodEnd: true,
    turns: [
      { user: '邻居家闺女在职业院校上学 她能参加那个创业意识培训不', expect: startOk },
      { user: '她家是建档立卡户 上职业院校学费有减免不', expect: school },
      { user: '这些现在还能申请吗 她明年才毕业', expect: ended },
    ],
  },
  {
    id: 'v119d42',
    class: 'entrepreneurship',
    probes: 'a cousin just discharged from the army wants to do small business',
    periodEnd: true,
    turns: [{ user: '我表哥刚从部队退下来 是退役军人 想自己干点小买卖 有没有创业培训能参加', expect: startOk }],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v119d43',
    class: 'equipment',
    probes: 'a wife: master studio equipment of 60万 is capped at 10万',
    periodEnd: true,
    turns: [
      {
        user: '我老公厂里那个技能大师工作室 用职工教育经费买了六十万的设备 人社局财政局都验收合格了 能补多少',
        expect: kit(100000),
      },
    ],
  },
  {
    id: 'v119d44',
    class: 'equipment',
    probes: 'a son: base equipment of 150万, acceptance not said, then done',
    periodEnd: true,
    turns: [
      { user: '俺爹厂里的高技能人才培训基地 拿职工教育经费添了一百五十万的实训设备 能补多少', expect: kitOpen('30万', '300000') },
      { user: '验收上个月刚过 人社和财政一块来验的', expect: kit(300000) },
      { user: '那现在拿着验收单去申请还行不', expect: ended },
    ],
  },
  {
    id: 'v119d45',
    class: 'equipment',
    probes: 'a sister\'s base bought its equipment with a bank loan, not the 职工教育经费',
    periodEnd: true,
    turns: [
      {
        user: '我姐厂里的高技能人才培训基地 添了一百万的实训设备 钱是银行贷款来的 不是职工教育经费 人社财政验收也过了 能补多少',
        expect: kitNo('20万', '200000'),
      },
    ],
  },
  {
    id: 'v119d46',
    class: 'equipment',
    probes: 'hotline relays two sites of one firm: a base of 200万 and a studio of 30万',
    periodEnd: true,
    turns: [
      {
        user: '我是热线坐席 来电企业说 用职工教育经费给高技能人才培训基地买了二百万设备 又给技能大师工作室买了三十万 两个都验收合格了 人社财政一起验的 问一共补多少',
        expect: kit(460000),
      },
    ],
  },
  {
    id: 'v119d47',
    class: 'equipment',
    probes: 'a daughter does not know whether the studio\'s equipment was accepted',
    periodEnd: true,
    turns: [
      { user: '俺爹那个技能大师工作室 用职工教育经费买了二十万的设备 能补点不', expect: kitOpen('4万', '40000') },
      { user: '验收的事我不知道 俺爹自己也说不清楚', expect: kitDunno('4万', '40000') },
      { user: '那等弄清楚了 现在申请还有戏没', expect: ended },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v119d48',
    class: 'education_fund',
    probes: 'a wife: payroll 1000万, fund 100万 → deduction capped at 8 %',
    turns: [{ user: '我老公公司工资总额一千万 职工教育经费提了一百万 税前能扣多少', expect: deduct(800000) }],
  },
  {
    id: 'v119d49',
    class: 'education_fund',
    probes: 'a front-line share of half the fund is under 60 % and is noted',
    turns: [
      {
        user: '俺哥公司工资总额五百万 职工教育经费提了三十万 给一线工人培训用了一半 这能税前扣多少',
        expect: deduct(300000, /60\s*%|60％|百分之六十|六成/),
      },
    ],
  },
  {
    id: 'v119d50',
    class: 'education_fund',
    probes: 'an accountant asking for the boss: fund under 8 % of payroll is deducted whole',
    turns: [
      { user: '我是我们老板的会计 帮他问问 工资薪金总额两千万 职工教育经费提了一百五十万 税前扣除能扣多少', expect: deduct(1500000) },
    ],
  },
  {
    id: 'v119d51',
    class: 'education_fund',
    probes: 'a son: 师带徒 from the fund, then the deduction, then whether it is paid to the factory',
    turns: [
      { user: '我爸是厂里的老师傅 带徒弟 厂里给的师带徒津贴能从职工教育经费里出吗', expect: { cites: ['六(二)'] } },
      { user: '厂里工资总额六百万 经费提了五十万 税前能扣多少', expect: deduct(480000) },
      { user: '这钱是政府直接打到厂里账上吗', expect: { says: [/税前|扣除/] } },
    ],
  },
  {
    id: 'v119d52',
    class: 'education_fund',
    probes: 'a husband for his wife\'s company: 400万 payroll, 40万 drawn, 70 % front-line',
    turns: [
      { user: '我老婆公司 工资薪金总额四百万 教育经费提了四十万 其中七成给一线工人培训了 税前扣除是多少', expect: deduct(320000) },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v119d53',
    class: 'apprenticeship',
    probes: 'a wife asks the per-apprentice amount: the plan says only 按照相关规定',
    periodEnd: true,
    turns: [{ user: '我老公厂里搞企业新型学徒制 带了十个学徒 一个学徒政府给补多少钱', expect: unsettled }],
  },
  {
    id: 'v119d54',
    class: 'apprenticeship',
    probes: 'a son: 师带徒 allowance from the fund, then the apprentice amount, then applying now',
    periodEnd: true,
    turns: [
      { user: '俺爸是车间老师傅 厂里让他带新型学徒 给他的师带徒津贴 能不能从职工教育经费里列支', expect: { cites: ['六(二)'] } },
      { user: '那新型学徒一人一年补几千块', expect: unsettled },
      { user: '这个学徒补贴现在还能申请吗', expect: ended },
    ],
  },
  {
    id: 'v119d55',
    class: 'apprenticeship',
    probes: 'hotline relays whether and how much the 企业新型学徒制 is funded',
    periodEnd: true,
    turns: [{ user: '我这是12333 帮来电人问 他单位想搞企业新型学徒制 政府那边有没有资金补贴 按啥标准给', expect: unsettled }],
  },
  {
    id: 'v119d56',
    class: 'apprenticeship',
    probes: 'a mother asks whether her son in a 现代学徒制 class gets money himself',
    periodEnd: true,
    turns: [{ user: '我儿子在职业院校念书 学校说搞现代学徒制 学生本人能拿补贴不 能拿多少', expect: unsettled }],
  },
  {
    id: 'v119d57',
    class: 'apprenticeship',
    probes: 'an uncle assumes apprentices are paid like 以工代训 (200 元 a month) — no such figure',
    periodEnd: true,
    turns: [
      {
        user: '俺表叔的厂子带了八个新型学徒 带了半年 学徒补贴是不是跟以工代训一样 一人一月200块',
        expect: { ...unsettled, mustNotContain: ['9600'] },
      },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v119d58',
    class: 'period',
    probes: 'hotline relays a mother asking whether her veteran son can still enrol',
    periodEnd: true,
    turns: [{ user: '你好 我是12333的 来电阿姨问她儿子是退役军人 技能提升行动里那个退役军人培训 现在还能报名吗', expect: ended }],
  },
  {
    id: 'v119d59',
    class: 'period',
    probes: 'a father asks on which day the 2019 plan runs out',
    periodEnd: true,
    turns: [{ user: '我爸让我问问 郑政办2019年63号那个技能提升的文件 到底哪天到期', expect: ended }],
  },
  {
    id: 'v119d60',
    class: 'period',
    probes: 'a poor mother trained for free in 2020 wants another course now; then whom to ask',
    periodEnd: true,
    turns: [
      { user: '俺妈是建档立卡贫困户 2020年参加过一回免费的养老护理培训', expect: { noAmount: 'unfixed' } },
      { user: '现在她还想再学个面点 还给免费不', expect: ended },
      { user: '那俺该找哪个部门问问', expect: contact },
    ],
  },
  {
    id: 'v119d61',
    class: 'period',
    probes: 'a village cadre wants to claim 2021 以工代训 late; no count said, so no figure',
    periodEnd: true,
    turns: [
      {
        user: '俺是村干部 2021年那会儿扶贫车间有几个贫困户干满半年了 以工代训补贴当时没报 现在补报还中不',
        expect: { ...ended, noAmount: 'open' },
      },
    ],
  },
  {
    id: 'v119d62',
    class: 'period',
    probes: 'a neighbour\'s rumour that the plan was extended to 2025',
    periodEnd: true,
    turns: [
      { user: '邻居跟我说郑州这个技能提升行动延期到2025年了 俺爸还能去报免费培训 真的假的', expect: ended },
    ],
  },
];
