/**
 * HELD-OUT dialogues, set v68 — written blind from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, or the dev sets under test/core/. Only the format of v15 (its header and
 * first lines) was looked at; no message is reused or paraphrased from earlier sets. Not to be
 * tuned on: no word of these messages goes into a glossary, pattern or fixture. Once a dialogue
 * has been fixed by a targeted change it measures nothing any more; write a new one instead.
 *
 * Who types here: family members asking on behalf of someone else — a daughter for her laid-off
 * 55-year-old father, a wife for her disabled husband (俺家那口子), a mother for a son who left
 * school after junior high (a “两后生” without knowing the word), an older brother for a sister
 * just back from the army, a grandson for grandparents with a small farm / cooperative, and
 * relatives who run a restaurant or a supermarket (饭店 / 超市) and ask about hiring. They mix
 * their own case into the relative's (“我也想问问我自己”), shift pronouns and kinship words
 * (他 / 她 / 俺爸 / 俺家那口子), give a fact about the wrong person and then correct it (“不是我
 * 是我弟”), ask whether a pension matters, whether training in 老家 or in Zhengzhou counts, how many
 * times a year, and whether it is still possible now. WeChat on a phone: short, 俺 / 咋 / 中,
 * run-ons, bare replies.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, the kind of unit, insurance where the rule needs it, months employed for poor labour,
 * acceptance and fund source of equipment, payroll and fund drawn) must be asked, so an amount is
 * expected only once every such fact has been said; “不知道 / 不清楚” leaves the fact open.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months (“六个月以上” read as including 6) by a production entity (企业、合作社、
 *   扶贫车间; not a 职业院校); 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise;
 *   退役军人 are no group of this rule; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only bought
 *   from the 职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Person training subsidy (七(二)), apprenticeship, 生活费补贴, free training, entrepreneurship
 *   training, family aid, competition awards: the plan fixes no amount. A monthly pension (also the
 *   rural residents' monthly 养老金 of a grandparent) excludes the person from 六(一)'s scope.
 *
 * Tags in `probes`: [two-part], [dated], [relative-switch] (the facts move to another person).
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
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
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
/** The plan's end must be said. */
const over: TurnExpect = { mentionsPeriodEnd: true };
/** Person training subsidy excluded on these facts (七(二) / 六(一)). */
const vtNo = (cites: string[]): TurnExpect => ({ status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed', cites });
/** Person training subsidy not excluded by what was said; no figure. */
const vtMaybe = (cites: string[]): TurnExpect => ({ notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed', cites });
/** A person-training fact is open: no verdict, no figure. */
const vtOpen: TurnExpect = { undecided: 'vocational_training', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' };
/** Up to 3 subsidised trainings a year. */
const THREE = /(3|三)\s*次/;

export const DIALOGUES_V68: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v68d01',
    class: 'one_group',
    probes: 'a brother’s restaurant (company, insured) hires two disabled people; months and 岗前 given in a second message',
    periodEnd: true,
    turns: [
      { user: '我替我哥问下 他那饭店是注册的公司 社保也交着 招了俩残疾人干活 能有啥补贴不', expect: askOJT },
      // 残疾人 ⊂ 就业困难人员 (三(二)); insured enterprise; 2 × 200 × 4 = 1600
      { user: '以工代训搞了四个月 岗前那个补贴没领过', expect: pay(1600) },
    ],
  },
  {
    id: 'v68d02',
    class: 'one_group',
    probes: 'a grandson for his grandparents’ 农民专业合作社 that took on one poor labourer for 8 months',
    periodEnd: true,
    turns: [
      // cooperative is a production entity; employed 8 ≥ 6; 1 × 200 × 6 = 1200
      { user: '俺爷俺奶跟村里人弄了个农民专业合作社 收了一个建档立卡贫困户在社里干活 干了八个月 以工代训带了六个月 岗前培训补贴没申请过 能补多少', expect: pay(1200) },
    ],
  },
  {
    id: 'v68d03',
    class: 'one_group',
    probes: 'a sister-in-law’s supermarket: 以工代训 of 7 months is capped at 6',
    periodEnd: true,
    turns: [
      // insured enterprise; 零就业家庭 × 3; min(7, 6) = 6; 3 × 200 × 6 = 3600 (not 3 × 200 × 7 = 4200)
      { user: '我嫂子开的超市注册了公司 有交社保 招了3个零就业家庭的 以工代训搞了7个月 岗前补贴没领过 能给多少', expect: payNot(3600, 4200) },
    ],
  },
  {
    id: 'v68d38',
    class: 'one_group',
    probes: 'a brother-in-law’s restaurant hires one disabled person; insurance and 岗前 come only in the second message',
    periodEnd: true,
    turns: [
      { user: '俺姐夫开了个饭店 是有限公司 招了一个残疾人 以工代训六个月 这个能补吗', expect: askOJT },
      // insured enterprise, 岗前 not claimed: 1 × 200 × 6 = 1200
      { user: '社保交着呢 岗前补贴也没领过', expect: pay(1200) },
    ],
  },
  {
    id: 'v68d52',
    class: 'one_group',
    probes: 'an aunt working at a training school asks the 50 % advance of a 400 000 project',
    turns: [
      // 六(一): 50 % × 400 000 = 200 000
      { user: '我小姨在一个培训学校上班 学校搞项目制培训 补贴总共40万 听说能先拨一半 那是多少钱', expect: { amount: { rule: 'project_training_advance', yuan: 200000 }, cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v68d60',
    class: 'one_group',
    probes: 'an uncle’s 扶贫车间: exactly six months employed counts as 六个月以上',
    periodEnd: true,
    turns: [
      // 扶贫车间, poor labour, employed 6 ≥ 6; 2 × 200 × 6 = 2400
      { user: '俺村扶贫车间是俺叔在管 收了两个建档立卡的 干了整六个月 以工代训也是六个月 岗前补贴没领 一共能补多少', expect: pay(2400) },
    ],
  },
  {
    id: 'v68d61',
    class: 'one_group',
    probes: 'a cousin’s 职业学校 hires a poor cleaner: a 职业院校 is no production entity',
    turns: [
      // 职业院校 excluded from 以工代训 (contract): no 1 × 200 × 6 = 1200
      { user: '我表姐她们职业学校 收了一个贫困户当保洁 干了八个月 以工代训六个月 岗前补贴没领 学校能领以工代训补贴不', expect: noPay(1200) },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v68d04',
    class: 'several_groups',
    probes: 'a wife relays her husband’s cousin’s logistics company: two groups, each with its own months',
    periodEnd: true,
    turns: [
      // 就业困难 2 × 200 × 3 = 1200; poor labour employed 半年 = 6 ≥ 6: 1 × 200 × 5 = 1000; total 2200
      // wrong: all at 5 months 3 × 200 × 5 = 3000
      { user: '我老公在他表哥的物流公司管人事 公司交社保的 招了2个就业困难的 以工代训3个月 还有1个贫困户 干了半年 以工代训5个月 岗前补贴都没领', expect: payNot(2200, 3000) },
    ],
  },
  {
    id: 'v68d05',
    class: 'several_groups',
    probes: 'a daughter for her father’s precast-slab factory: disabled and zero-employment rows, months in turn 2',
    periodEnd: true,
    turns: [
      { user: '俺爸在老家开了个预制板厂 是企业 参保的 去年收了3个残疾人 还有2个零就业家庭的', expect: askOJT },
      // disabled 3 × 200 × 6 = 3600; zero-employment 2 × 200 × 2 = 800; total 4400 (not 5 × 200 × 6 = 6000)
      { user: '残疾的那仨以工代训六个月 零就业的俩是两个月 岗前培训补贴一个都没拿', expect: payNot(4400, 6000) },
    ],
  },
  {
    id: 'v68d06',
    class: 'several_groups',
    probes: 'an aunt’s restaurant hires a veteran and two hard-to-employ people: the veteran is no group of 以工代训',
    periodEnd: true,
    turns: [
      // veteran row does not count; 2 × 200 × 4 = 1600 (not 3 × 200 × 4 = 2400)
      { user: '俺姑的饭店（公司，交社保）招了一个退伍兵 两个就业困难人员 以工代训都是4个月 都没领过岗前补贴', expect: payNot(1600, 2400) },
    ],
  },
  {
    id: 'v68d47',
    class: 'several_groups',
    probes: 'an uncle’s building-materials company: poor labour and hard-to-employ, months per group in turn 2',
    periodEnd: true,
    turns: [
      { user: '我二舅的建材公司 参保的 收了两个贫困户和一个就业困难的 帮他问问能补啥', expect: askOJT },
      // poor: employed 9 ≥ 6, 2 × 200 × 6 = 2400; difficulty 1 × 200 × 4 = 800; total 3200 (not 3 × 200 × 6 = 3600)
      { user: '贫困户干了九个月 以工代训六个月 就业困难那个以工代训四个月 岗前补贴都没申请过', expect: payNot(3200, 3600) },
    ],
  },
  {
    id: 'v68d48',
    class: 'several_groups',
    probes: 'a mother-in-law’s catering company: the poor hire has worked only 4 months, the zero-employment one counts',
    periodEnd: true,
    turns: [
      // poor labour employed 4 < 6: excluded; zero-employment 1 × 200 × 4 = 800 (not 2 × 200 × 4 = 1600)
      { user: '我丈母娘开的餐饮公司 交社保 招了一个贫困户才干了四个月 以工代训四个月 另外一个零就业家庭的也以工代训四个月 岗前补贴都没领', expect: payNot(800, 1600) },
    ],
  },
  {
    id: 'v68d65',
    class: 'several_groups',
    probes: 'a brother’s restaurant: the poor hire’s 岗前 subsidy was claimed, two hard-to-employ rows still count',
    periodEnd: true,
    turns: [
      // poor row excluded (岗前 claimed); difficulty 2 × 200 × 3 = 1200 (not 1200 + 1200 = 2400)
      { user: '我哥饭店是公司 交社保 招了一个贫困户干了7个月 以工代训6个月 这个人岗前补贴领过了 另外两个就业困难的 以工代训3个月 岗前补贴没领', expect: payNot(1200, 2400) },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v68d07',
    class: 'negation_after_noun',
    probes: '“社保那块……一直没给员工交”: not insured, so hard-to-employ hires do not count',
    turns: [
      // not insured: 就业困难 rows excluded; no 2 × 200 × 4 = 1600
      { user: '我舅超市是公司 社保那块吧……其实一直没给员工交 招了两个就业困难的 以工代训4个月 岗前补贴没领', expect: noPay(1600) },
    ],
  },
  {
    id: 'v68d08',
    class: 'negation_after_noun',
    probes: '“岗前技能培训补贴嘛 之前已经领过了”: the claimed pre-job subsidy excludes the row',
    turns: [
      // 岗前 claimed: excluded; no 1 × 200 × 6 = 1200
      { user: '我弟开的厂是公司 招了一个贫困户 干了7个月 以工代训6个月 岗前技能培训补贴嘛 之前已经领过了', expect: noPay(1200) },
    ],
  },
  {
    id: 'v68d09',
    class: 'negation_after_noun',
    probes: 'a daughter: “养老金他现在…还领不了” means no pension, never an exclusion',
    periodEnd: true,
    turns: [
      { user: '俺爸55了 刚下岗 想学个电工 养老金他现在…还领不了 没到岁数 这样能享受培训补贴不', expect: vtMaybe(['六(一)', '七(二)']) },
      { user: '证考下来了 在郑州考的 他人就住郑州', expect: vtMaybe(['七(二)']) },
    ],
  },
  {
    id: 'v68d39',
    class: 'negation_after_noun',
    probes: 'double negation “社保…也不是没交”: insured',
    periodEnd: true,
    turns: [
      // insured enterprise; 1 × 200 × 3 = 600
      { user: '俺家饭店是公司 社保的话 也不是没交 一直交着 招了一个就业困难人员 以工代训三个月 岗前补贴没有领', expect: pay(600) },
    ],
  },
  {
    id: 'v68d40',
    class: 'negation_after_noun',
    probes: '“电工证 考是考了 没考过”: no certificate, so no training subsidy',
    turns: [
      { user: '俺爸那个电工证 考是考了 没考过 培训的钱还能补不', expect: vtNo(['七(二)']) },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v68d10',
    class: 'unknown_reply',
    probes: 'a sister’s restaurant, poor hire: months employed first unknown, then ten',
    periodEnd: true,
    turns: [
      { user: '帮我姐问 她开的饭馆是公司 招了个贫困户 以工代训5个月 岗前补贴没领', expect: askOJT },
      { user: '干了多长时间我也说不准 得问问她', expect: dunnoOJT },
      // employed 10 ≥ 6; 1 × 200 × 5 = 1000
      { user: '问了 那人干了十个月了', expect: pay(1000) },
    ],
  },
  {
    id: 'v68d11',
    class: 'unknown_reply',
    probes: 'a husband for his wife’s supermarket: whether the 岗前 subsidy was claimed is not known',
    turns: [
      { user: '我媳妇那个小超市 注册成公司了 交社保 雇了两个就业困难的 以工代训三个月', expect: askOJT },
      { user: '岗前培训补贴领没领 这个俺真不清楚 都是她弄的', expect: dunnoOJT },
    ],
  },
  {
    id: 'v68d41',
    class: 'unknown_reply',
    probes: 'a brother from 周口 working in Zhengzhou; how many subsidies this year is unknown',
    turns: [
      { user: '我弟户口在周口 人在郑州打工 想在郑州学开挖掘机 能有补贴不', expect: vtMaybe(['七(二)']) },
      { user: '他今年领没领过别的培训补贴 我也不清楚', expect: vtOpen },
    ],
  },
  {
    id: 'v68d53',
    class: 'unknown_reply',
    probes: 'a brother’s courier company: months of 以工代训 not remembered',
    turns: [
      { user: '我哥开的快递公司 交社保 招了仨残疾人 岗前补贴没领 以工代训几个月他也记不清了', expect: dunnoOJT },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v68d13',
    class: 'correction',
    probes: '[relative-switch] the pension belongs to the mother, not the laid-off father',
    turns: [
      { user: '俺爸被单位裁了 55了 他每个月领退休金 还能补贴培训不', expect: vtNo(['六(一)']) },
      { user: '哦说错了 领退休金的是俺妈 俺爸没有', expect: vtMaybe(['六(一)', '七(二)']) },
    ],
  },
  {
    id: 'v68d14',
    class: 'correction',
    probes: 'a family restaurant: three hires corrected to two',
    periodEnd: true,
    turns: [
      // 3 × 200 × 6 = 3600
      { user: '我家饭店是公司 有社保 招了3个就业困难人员 以工代训6个月 岗前补贴没领', expect: pay(3600) },
      // 2 × 200 × 6 = 2400
      { user: '不对 我记错了 是俩 不是仨', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v68d15',
    class: 'correction',
    probes: '[relative-switch] “我问问我自己”: three subsidies this year were the sister’s, not the asker’s',
    turns: [
      { user: '我问问我自己哈 今年在郑州已经领过三回培训补贴了 还想考个育婴师 还能补吗', expect: vtNo(['七(二)']) },
      { user: '哎不对 领三回的是我妹 我自己今年一回都没领', expect: vtMaybe(['七(二)']) },
    ],
  },
  {
    id: 'v68d16',
    class: 'correction',
    probes: 'a partner’s restaurant: “没交社保” corrected to insured',
    periodEnd: true,
    turns: [
      { user: '我对象的小饭店是公司 没交社保 招了俩残疾人 以工代训4个月 岗前补贴没领过', expect: noPay(1600) },
      // insured now: 2 × 200 × 4 = 1600
      { user: '刚问了他 社保交了 一直交着呢', expect: pay(1600) },
    ],
  },
  {
    id: 'v68d42',
    class: 'correction',
    probes: '[relative-switch] “不是俺爸 是俺弟”: the pension fact leaves with the father',
    turns: [
      { user: '俺爸今年62了 领着养老金 想学电焊 能补贴不', expect: vtNo(['六(一)']) },
      { user: '搞错了 不是俺爸 是俺弟 他25 没有养老金', expect: vtMaybe(['六(一)', '七(二)']) },
    ],
  },
  {
    id: 'v68d57',
    class: 'correction',
    probes: 'a father’s restaurant: the two hires were veterans, not poor labour',
    periodEnd: true,
    turns: [
      // poor, employed 12 ≥ 6: 2 × 200 × 6 = 2400
      { user: '我爸饭店（公司 有社保）招了两个贫困户 干了一年 以工代训六个月 岗前补贴没领', expect: pay(2400) },
      // veterans are no group of 以工代训
      { user: '等下 说错了 他俩不是贫困户 是退伍的', expect: noPay(2400) },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v68d17',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, a nephew who left school after junior high (两后生 without the word)',
    periodEnd: true,
    turns: [
      // 1 × 200 × 2 = 400
      { user: '俺嫂子那饭店是公司 参保 雇了一个零就业家庭的 以工代训两个月 岗前培训补贴没拿', expect: pay(400) },
      { user: '另外问个事 我侄子初中毕业不上了 能不能去学个技术 国家管不管', expect: { cites: ['三(二)'], noAmount: 'unfixed', mustNotContain: ['400'] } },
    ],
  },
  {
    id: 'v68d18',
    class: 'topic_switch',
    probes: 'a sister back from the army, then 低保 for the old folks (outside)',
    turns: [
      { user: '俺妹子刚退伍回来 想学个技术 有啥政策没', expect: { cites: ['三(二)', '六(一)'], noAmount: 'unfixed' } },
      { user: '还有个事 俺家老人低保咋申请', expect: decline },
    ],
  },
  {
    id: 'v68d19',
    class: 'topic_switch',
    probes: 'grandparents’ farming training, then the grandson’s own certificate',
    turns: [
      { user: '俺爷俺奶种了二十来亩地 想学点种植技术 有没有针对农民的培训', expect: { cites: ['三(七)'], noAmount: 'unfixed' } },
      { user: '那我自己也想问问 我在郑州送外卖 想考个证 在哪考都行吗', expect: vtMaybe(['七(二)']) },
    ],
  },
  {
    id: 'v68d43',
    class: 'topic_switch',
    probes: 'a wife asks about training for her disabled husband, then how to renew the 残疾证 (outside)',
    turns: [
      { user: '俺家那口子残疾 想学个手艺 在家门口学行不', expect: vtMaybe(['七(二)', '三(二)']) },
      { user: '那他残疾证到期了咋换', expect: decline },
    ],
  },
  {
    id: 'v68d44',
    class: 'topic_switch',
    probes: 'a sister’s restaurant amount, then the father’s 医保 (outside) with no figure carried over',
    periodEnd: true,
    turns: [
      // 2 × 200 × 5 = 2000
      { user: '我姐的饭店是有限公司 交社保 招了2个零就业家庭的 以工代训5个月 岗前补贴没领', expect: pay(2000) },
      { user: '另外俺爸医保报销比例是多少啊', expect: decline },
    ],
  },
  {
    id: 'v68d58',
    class: 'topic_switch',
    probes: 'a veteran sister’s cooking course, then a daily living allowance (not settled)',
    turns: [
      { user: '我妹刚退伍 在郑州学厨师 培训有补贴没', expect: vtMaybe(['七(二)', '三(二)', '六(一)']) },
      { user: '学的时候有没有生活补助 一天多少', expect: unsettled },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v68d20',
    class: 'person_training',
    probes: 'training in the 户籍地 (老家) counts',
    periodEnd: true,
    turns: [
      { user: '俺爸在老家考了个焊工证 户口就在老家 能领补贴吗', expect: vtMaybe(['七(二)']) },
    ],
  },
  {
    id: 'v68d21',
    class: 'person_training',
    probes: 'same occupation and level already subsidised for a brother',
    turns: [
      { user: '我弟去年补贴领过中式烹调师四级 今年又想考一回中式烹调师四级 还能补不', expect: vtNo(['七(二)']) },
    ],
  },
  {
    id: 'v68d22',
    class: 'person_training',
    probes: 'a wife asks how many subsidised trainings a year for her disabled husband',
    turns: [
      { user: '俺家那口子腿脚不好 有残疾证 想学个电脑 一年能报几回补贴', expect: { says: [THREE], cites: ['七(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v68d23',
    class: 'person_training',
    probes: 'a grandfather with a rural monthly pension is outside 六(一)’s scope',
    turns: [
      { user: '俺爷今年68了 每个月领一百多块养老金 他想学养殖技术 能享受培训补贴吗', expect: vtNo(['六(一)']) },
    ],
  },
  {
    id: 'v68d36',
    class: 'person_training',
    probes: 'a living allowance during training for a disabled husband: the plan fixes none',
    turns: [
      { user: '俺家那口子是残疾人 想去学按摩 培训那段时间有没有生活费给', expect: unsettled },
    ],
  },
  {
    id: 'v68d37',
    class: 'person_training',
    probes: 'a mother for her son who left school after junior high; then a poor household; then a technical school',
    periodEnd: true,
    turns: [
      { user: '俺儿子初中念完就不念了 在家待着 十六了 能学个技术不 要钱不', expect: { cites: ['三(二)'], noAmount: 'unfixed' } },
      { user: '俺家是建档立卡的贫困户', expect: { cites: ['三(三)'], notVerdict: { rule: 'free_training_poor', status: 'ineligible' }, says: [/免费/], noAmount: 'unfixed' } },
      { user: '要是让他去上技校呢 有啥补助', expect: { cites: ['三(三)', '三(十四)'], says: [/助学金|免学费|补助/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v68d54',
    class: 'person_training',
    probes: 'a mother: a son who studied hairdressing and cooking, how many times a year',
    turns: [
      { user: '俺孩子没考上高中 去学了个美发 又想学厨师 一年最多能补几回啊', expect: { says: [THREE], cites: ['七(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v68d55',
    class: 'person_training',
    probes: 'a newly published occupation follows the priority-supported standard',
    turns: [
      { user: '我妹想学那个新出来的职业 无人机驾驶员 国家公布的那种 有补贴吗', expect: { cites: ['七(二)'], says: [/优先/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v68d56',
    class: 'person_training',
    probes: 'a brother won a city skills competition: reward by the rules, no figure',
    turns: [
      { user: '我弟参加郑州市职业技能竞赛拿了个二等奖 有奖励吗 奖多少', expect: { cites: ['五(三)'], noAmount: 'unfixed', notVerdict: { rule: 'competition_winner_award', status: 'ineligible' } } },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v68d24',
    class: 'entrepreneurship',
    probes: 'a sister’s supermarket open two years: 开业5年以内',
    turns: [
      { user: '我姐那个小超市开了两年 想学学咋经营 有创业培训吗', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v68d25',
    class: 'entrepreneurship',
    probes: 'a brother just out of 技校 wants to open a repair shop',
    turns: [
      { user: '俺弟刚从技校毕业 想自己开个修车铺 能参加创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v68d26',
    class: 'entrepreneurship',
    probes: 'a husband’s restaurant open eight years; then the wish to open a branch',
    turns: [
      { user: '我老公的饭店开了快八年了 他能上那个创业培训不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '他想再开个分店 算有创业想法吧', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v68d62',
    class: 'entrepreneurship',
    probes: 'a wife just graduated from 大专 wants to open a milk-tea shop',
    turns: [
      { user: '我老婆大专刚毕业 想开个奶茶店 有没有啥培训', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v68d12',
    class: 'equipment',
    probes: 'an uncle’s master studio: fund source unknown, then given',
    turns: [
      { user: '我大伯的机械厂建了个技能大师工作室 买设备花了40万', expect: askKit },
      { user: '钱是不是从职工教育经费出的 不知道啊', expect: dunnoKit },
      // studio: min(20 % × 400 000 = 80 000, 100 000) = 80 000
      { user: '问清楚了 是教育经费买的 人社财政也验收了', expect: kit(80000) },
    ],
  },
  {
    id: 'v68d27',
    class: 'equipment',
    probes: 'an uncle’s high-skill base: 20 % of 3 000 000 capped at 500 000',
    turns: [
      // min(20 % × 3 000 000 = 600 000, 500 000) = 500 000
      { user: '我舅的公司建了个高技能人才培训基地 用职工教育经费买了300万的实训设备 人社和财政验收过了 能补多少', expect: kitNot(500000, 600000) },
    ],
  },
  {
    id: 'v68d28',
    class: 'equipment',
    probes: 'a cousin’s master studio under the cap',
    turns: [
      // min(20 % × 350 000 = 70 000, 100 000) = 70 000
      { user: '俺表叔厂里技能大师工作室 用职工教育经费买设备花了35万 验收通过了 补多少钱', expect: kit(70000) },
    ],
  },
  {
    id: 'v68d50',
    class: 'equipment',
    probes: '“不是用职工教育经费买的 是贷款”: no equipment subsidy',
    turns: [
      // not from the 职工教育经费: no 20 % × 1 500 000 = 300 000
      { user: '我姨夫厂里建的高技能人才培训基地 买设备150万 不是用职工教育经费买的 是贷款的 验收过了', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['300000', /30\s*万/] } },
    ],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v68d29',
    class: 'education_fund',
    probes: 'a father who keeps the books at a friend’s factory: fund above 8 % of payroll',
    turns: [
      // min(600 000, 8 % × 6 000 000 = 480 000) = 480 000
      { user: '我爸在他朋友厂里当会计 厂里一年工资总共600万 职工教育经费提了60万 能抵多少税', expect: deduct(480000, 600000) },
    ],
  },
  {
    id: 'v68d30',
    class: 'education_fund',
    probes: 'a brother’s company: payroll given only in the second message',
    turns: [
      { user: '我哥公司职工教育经费提了20万 这钱能在税前扣吗', expect: askFund },
      // min(200 000, 8 % × 3 000 000 = 240 000) = 200 000
      { user: '工资总额一年大概300万', expect: deduct(200000, 240000) },
    ],
  },
  {
    id: 'v68d49',
    class: 'education_fund',
    probes: 'a brother’s company: front-line share of 50 % is under the 60 % of 六(二)',
    turns: [
      // min(250 000, 8 % × 4 000 000 = 320 000) = 250 000; 50 % < 60 %
      {
        user: '俺哥当老板 公司工资一年400万 职工教育经费提了25万 一线职工培训只花了一半',
        expect: { ...deduct(250000, 320000), says: [/税前/, /60\s*%|百分之六十|六成/] },
      },
    ],
  },
  {
    id: 'v68d64',
    class: 'education_fund',
    probes: '“职工教育经费没提 一分也没有”: nothing to deduct, never 8 % of payroll',
    turns: [
      // no fund drawn: no 8 % × 2 000 000 = 160 000
      { user: '我爸厂子一年工资发了200万 职工教育经费没提 一分也没有 能税前扣多少', expect: { notVerdict: { rule: 'education_fund_deduction', status: 'eligible' }, mustNotContain: ['160000', /16\s*万/] } },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v68d31',
    class: 'apprenticeship',
    probes: 'an uncle’s factory with ten-odd new-type apprentices: no figure per head',
    turns: [
      { user: '我小叔的厂子带了十来个新型学徒 政府给多少钱一个', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v68d32',
    class: 'apprenticeship',
    probes: 'a cousin’s garage with 8 apprentices: per head, then in total',
    turns: [
      { user: '俺表哥开的汽修厂搞企业新型学徒制 带了8个徒弟 一人补多少', expect: noFigure(['四(一)']) },
      { user: '那8个加一块能拿多少', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v68d51',
    class: 'apprenticeship',
    probes: 'a father’s employer runs 现代学徒制: the standard is 按照相关规定',
    turns: [
      { user: '我爸单位搞现代学徒制 学徒补贴标准是多少', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v68d63',
    class: 'apprenticeship',
    probes: 'a family company wants apprentices with a vocational school; then how much a year',
    turns: [
      { user: '俺家公司想跟职业学校合作招学徒 政策上有啥说法', expect: { cites: ['四(一)'] } },
      { user: '一年能给多少补贴', expect: { noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v68d33',
    class: 'period',
    probes: 'a daughter asks whether her laid-off father can still sign up now',
    turns: [
      { user: '俺爸这个下岗的 现在还能去报补贴培训吗 还来得及不', expect: over },
    ],
  },
  {
    id: 'v68d34',
    class: 'period',
    probes: '[dated] a sister’s 2020 housekeeping course in Zhengzhou',
    turns: [
      { user: '2020年我妹在郑州参加了家政培训 拿到证了 那时候能领补贴不', expect: { ...vtMaybe(['七(二)']), ...over } },
    ],
  },
  {
    id: 'v68d35',
    class: 'period',
    probes: 'a sister’s restaurant asks whether 以工代训 is still on',
    turns: [
      { user: '我姐饭店现在招贫困户还能申请以工代训补贴吗 这政策还有没', expect: { ...over, noAmount: 'open' } },
    ],
  },
  {
    id: 'v68d45',
    class: 'period',
    probes: 'a brother’s three-year-old supermarket: entrepreneurship training now',
    turns: [
      { user: '俺哥在郑州开了个小超市 三年了 现在还能上免费的创业培训吗', expect: { ...over, cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v68d46',
    class: 'period',
    probes: 'a family restaurant asks about this year with the 200 元 of the text',
    turns: [
      { user: '今年俺家饭店招了俩残疾人 还能按每月200元申请补贴吗', expect: { ...over, noAmount: 'open' } },
    ],
  },
  {
    id: 'v68d59',
    class: 'period',
    probes: 'a laid-off father now, then [dated] had he trained in 2021',
    turns: [
      { user: '俺爸55 下岗了 想学保安 现在报名还给补贴吗', expect: over },
      { user: '那要是2021年那会去学了 能补吗', expect: { cites: ['七(二)', '三(二)', '六(一)'], noAmount: 'unfixed' } },
    ],
  },
];
