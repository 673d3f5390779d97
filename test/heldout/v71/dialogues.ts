/**
 * HELD-OUT dialogues, set v71 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no message is reused or
 * paraphrased from earlier sets. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: middle-aged women going back to work and rural women in Zhengzhou's counties
 * (登封, 新密, 中牟) — 家政, 月嫂, 育婴师, 养老护理, 面点, 电商直播 — and a few who run a
 * 合作社, a 扶贫车间 or a small 家政公司 with some hired neighbours (贫困户, 残疾人, 零就业家庭).
 * WeChat on a phone, often by voice: very short messages, 嗯 / 哦 / 好的 / 那个, polite forms
 * (麻烦问下, 谢谢您), voice-to-text slips (以工带训, 育英师, 建档里卡, 养老户理员, 岗前培训补帖),
 * bare replies (嗯呐 / 对 是哩 / 没有哦 / 有哩 / 不知道啊), one fact per message over 3–5 turns (age, 户口,
 * where she lives, pension, trainings this year, the certificate), corrections (哦不对 是…),
 * "我再问问" and then the fact, dated questions (今年 / 现在 / 2021年), and questions outside the
 * plan (生育保险, 月嫂证去哪考, 农村医保, 育儿补贴, other cities).
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, the kind of unit, insurance where the rule needs it, months employed for poor labour,
 * acceptance and fund source of equipment, payroll and fund drawn) must be asked, so an amount is
 * expected only once every such fact has been said. A bare reply ("没有", "有", "不知道啊") is
 * used only where exactly one such fact is still open, so the pending question it answers is
 * known. For the person's training subsidy (七(二)) the plan fixes no amount at all: only the
 * verdict (or its absence) is checked, never a figure.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   (贫困户 / 建档立卡) employed ≥ 6 months by any production entity (公司, 合作社, 扶贫车间);
 *   就业困难 (incl. 残疾人, 三(二)) and 零就业家庭 only by an insured enterprise — so neither a
 *   合作社 nor a 扶贫车间 gets them paid; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 * - Person's training subsidy (七(二), 六(一), 六(三)): training in 户籍地 / 常住地 / 求职就业地,
 *   certificate obtained, fewer than 3 this year, not the same occupation and level again, no
 *   monthly pension, institution in the system; the plan sets no age limit.
 * - Period: 2019-12-02 to 2021-12-31; today (2026) it has ended, a dated question is answered
 *   for its date.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [bare-reply].
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
/** Not eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The person's training subsidy: a fact is missing, ask; the plan fixes no figure. */
const askTrain: TurnExpect = { noAmount: 'unfixed', asks: true, undecided: 'vocational_training' };
/** The person's training subsidy: still open, no figure. */
const openTrain: TurnExpect = { noAmount: 'unfixed', undecided: 'vocational_training' };
/** The person's training subsidy decided, no figure. */
const trainIs = (status: 'eligible' | 'ineligible'): TurnExpect => ({ noAmount: 'unfixed', status: { rule: 'vocational_training', status }, cites: ['七(二)', '六(一)', '六(三)'] });
/** The person's training subsidy must not get this verdict (the misreading's one). */
const trainNot = (status: 'eligible' | 'ineligible'): TurnExpect => ({ noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status } });
/** Entrepreneurship training decided, no figure. */
const startUp = (status: 'eligible' | 'ineligible'): TurnExpect => ({ noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status }, cites: ['三(八)'] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
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
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V71: Dialogue[] = [
  // ================================================================ one_group
  {
    id: 'v71d01',
    class: 'one_group',
    probes: '合作社 + 贫困户, one fact a message over five turns, a bare 嗯呐 in between that adds nothing [bare-reply]',
    periodEnd: true,
    turns: [
      { user: '麻烦问下 俺们合作社招了贫困户干活 有那个以工带训的补贴不', expect: askOJT },
      { user: '嗯呐', expect: askOJT },
      { user: '招了两个', expect: askOJT },
      // employed 8 months ≥ 6, 以工代训 5 months: still the 岗前 subsidy open.
      { user: '她俩干了八个月了 以工代训搞了五个月', expect: askOJT },
      // 2 × 200 × min(5, 6) = 2000
      { user: '岗前培训那个补帖 俺们没领过', expect: pay(2000) },
    ],
  },
  {
    id: 'v71d02',
    class: 'one_group',
    probes: 'small 家政公司 with disabled neighbours: insurance, months and 岗前 each in its own message',
    periodEnd: true,
    turns: [
      { user: '我在新密开了个小家政公司 雇了三个残疾人邻居 能申请啥补贴不', expect: askOJT },
      { user: '社保都给她们交着呢', expect: askOJT },
      { user: '以工代训带了四个月', expect: askOJT },
      // insured enterprise, 3 disabled (就业困难, 三(二)): 3 × 200 × 4 = 2400
      { user: '没有领过岗前的那个', expect: pay(2400) },
    ],
  },
  {
    id: 'v71d03',
    class: 'one_group',
    probes: '扶贫车间 making 面点, 以工代训 8 months capped at 6; "没有" after the noun',
    periodEnd: true,
    turns: [
      { user: '那个 俺是登封扶贫车间的 做馒头花卷的 招贫困户有补贴吗', expect: askOJT },
      { user: '一共四个', expect: askOJT },
      { user: '来了快一年了 十个月', expect: askOJT },
      { user: '以工代训的话 八个月', expect: askOJT },
      // 4 × 200 × min(8, 6) = 4800 (not 4 × 200 × 8 = 6400)
      { user: '岗前补贴 没有', expect: payNot(4800, 6400) },
    ],
  },
  {
    id: 'v71d04',
    class: 'one_group',
    probes: 'everything in one polite message: insured 家政公司, two 零就业家庭 women, 3 months',
    periodEnd: true,
    turns: [
      // 2 × 200 × 3 = 1200
      { user: '麻烦问下 我们家政公司是交社保的 招了2个零就业家庭的大姐 以工代训3个月 岗前培训补贴没领 能给多少 谢谢您', expect: pay(1200) },
    ],
  },
  {
    id: 'v71d05',
    class: 'one_group',
    probes: 'poor labour employed only 4 months by a 合作社: below the six months, no figure',
    periodEnd: true,
    turns: [
      // employed 4 < 6 months: poor labour does not qualify; 2 × 200 × 4 = 1600 must not appear
      { user: '俺们合作社的贫困户 两个 才来了四个月 以工代训四个月 岗前补贴没领 能补不', expect: noPay(1600) },
    ],
  },
  {
    id: 'v71d06',
    class: 'one_group',
    probes: 'only the 岗前 fact is open, and the answer is a bare "没有哦" [bare-reply]',
    periodEnd: true,
    turns: [
      { user: '家政公司 交着社保 雇了俩残疾人 以工带训三个月', expect: askOJT },
      // the one open fact was the 岗前 subsidy: not claimed. 2 × 200 × 3 = 1200
      { user: '没有哦', expect: pay(1200) },
    ],
  },
  {
    id: 'v71d07',
    class: 'one_group',
    probes: '"好像是贫困户" is hedged: asking is fine, and a bare "对 是哩" confirms it [bare-reply]',
    periodEnd: true,
    turns: [
      {
        user: '合作社雇了个大姐 干了八个月 以工代训六个月 岗前补贴没领 她家好像是贫困户',
        expect: { oneOf: [askOJT, pay(1200)] },
      },
      // 1 × 200 × 6 = 1200
      { user: '对 是哩', expect: pay(1200) },
    ],
  },
  {
    id: 'v71d08',
    class: 'one_group',
    probes: 'only insurance is open, and the answer is a bare "有哩" [bare-reply]',
    periodEnd: true,
    turns: [
      { user: '家政公司 招了一个零就业家庭的姐妹 以工代训五个月 岗前补贴没领', expect: askOJT },
      // the one open fact was insurance: yes. 1 × 200 × 5 = 1000
      { user: '有哩', expect: pay(1000) },
    ],
  },

  // ================================================================ several_groups
  {
    id: 'v71d09',
    class: 'several_groups',
    probes: '家政公司 with poor labour (6 months) and a disabled woman (3 months), facts trickling in',
    periodEnd: true,
    turns: [
      { user: '我开了个家政小公司 雇的都是邻居 有贫困户也有残疾人 问下以工代训咋算', expect: askOJT },
      { user: '贫困户两个 残疾人一个', expect: askOJT },
      { user: '贫困户干了七个月 带着学了六个月', expect: askOJT },
      { user: '残疾的那个大姐带了三个月', expect: askOJT },
      // insured: poor 2 × 200 × 6 = 2400; disabled 1 × 200 × 3 = 600; total 3000
      // (all at 6 months would be 3600)
      { user: '社保交了 岗前的补贴都没领', expect: payNot(3000, 3600) },
    ],
  },
  {
    id: 'v71d10',
    class: 'several_groups',
    probes: '合作社 with poor labour and disabled hires: a 合作社 is no insured enterprise, the disabled row does not count',
    periodEnd: true,
    turns: [
      { user: '俺们是中牟的种菜合做社 雇了三个贫困户 两个残疾人 都干了九个月 以工代训都是五个月', expect: askOJT },
      // poor 3 × 200 × 5 = 3000; disabled only with an insured enterprise → 0; (with them: 5000)
      { user: '岗前培训补贴 一个都没领过', expect: payNot(3000, 5000) },
    ],
  },
  {
    id: 'v71d11',
    class: 'several_groups',
    probes: '电商直播 company: 零就业 rows pay, the poor hire of 5 months does not',
    periodEnd: true,
    turns: [
      { user: '我们是做电商直播的小公司 交社保 招了两个零就业家庭的 一个贫困户', expect: askOJT },
      { user: '零就业的两个 以工代训四个月', expect: askOJT },
      { user: '贫困户那个才来五个月 也带了四个月', expect: askOJT },
      // zero-employment 2 × 200 × 4 = 1600; poor employed 5 < 6 → 0 (with it: 2400)
      { user: '岗前补贴都没有申请过', expect: payNot(1600, 2400) },
    ],
  },
  {
    id: 'v71d12',
    class: 'several_groups',
    probes: 'one row had the 岗前 subsidy, the other not: only the clean row counts',
    periodEnd: true,
    turns: [
      { user: '公司交着社保 招了3个残疾人 2个贫困户 贫困户干八个月了 都以工代训六个月', expect: askOJT },
      // disabled 3 × 200 × 6 = 3600; poor row claimed 岗前 → 0 (with it: 6000)
      { user: '残疾人的岗前补贴没领 贫困户的领过了', expect: payNot(3600, 6000) },
    ],
  },
  {
    id: 'v71d13',
    class: 'several_groups',
    probes: '扶贫车间 with poor labour and a disabled man: a 扶贫车间 is no insured enterprise',
    periodEnd: true,
    turns: [
      // poor 2 × 200 × 6 = 2400; disabled needs an insured enterprise → 0 (with him: 3600)
      {
        user: '扶贫车间 贫困户两个干了一年了 以工代训六个月 还有个残疾人 也以工代训六个月 岗前补贴都没领过',
        expect: payNot(2400, 3600),
      },
    ],
  },

  // ================================================================ negation_after_noun
  {
    id: 'v71d14',
    class: 'negation_after_noun',
    probes: '"社保呢 其实一直都没给她们交": uninsured, so the disabled rows do not pay',
    periodEnd: true,
    turns: [
      // uninsured: 0; 2 × 200 × 5 = 2000 must not appear
      { user: '我们家政公司 社保呢 其实一直都没给她们交 雇的是两个残疾人 以工代训五个月 岗前的没领', expect: noPay(2000) },
    ],
  },
  {
    id: 'v71d15',
    class: 'negation_after_noun',
    probes: '"岗前技能培训补贴 俺们当时 没去申请": not claimed, with words between',
    periodEnd: true,
    turns: [
      // 1 × 200 × 6 = 1200
      { user: '合作社招了贫困户一个 干了十二个月 以工代训六个月 岗前技能培训补贴 俺们当时 没去申请', expect: pay(1200) },
    ],
  },
  {
    id: 'v71d16',
    class: 'negation_after_noun',
    probes: '"已经领过了" after the noun, several words away: claimed, so nothing',
    periodEnd: true,
    turns: [
      { user: '俺家政公司交社保 招了个零就业家庭的 以工代训三个月', expect: askOJT },
      // 岗前 claimed → 0; 1 × 200 × 3 = 600 must not appear
      { user: '岗前培训的补贴 她刚来那会儿 公司已经给领过了', expect: noPay(600) },
    ],
  },
  {
    id: 'v71d17',
    class: 'negation_after_noun',
    probes: 'double negation "社保 俺们一直没断过" means insured',
    periodEnd: true,
    turns: [
      // insured, 2 disabled × 200 × 6 = 2400
      { user: '残疾人俩 以工代训六个月 岗前补贴没领过 家政公司的社保 俺们一直没断过', expect: pay(2400) },
    ],
  },
  {
    id: 'v71d18',
    class: 'negation_after_noun',
    probes: 'person: "证书呢 到现在也没发下来" — no certificate, so not eligible',
    periodEnd: true,
    turns: [{ user: '麻烦问下 育英师俺在新密户口这儿学的 证书呢 到现在也没发下来 能领补贴不', expect: trainNot('eligible') }],
  },
  {
    id: 'v71d19',
    class: 'negation_after_noun',
    probes: 'person: "退休金 我是没有的" — no pension, so no 不符合 on that ground',
    periodEnd: true,
    turns: [{ user: '我五十二了 退休金 我是没有的 在登封上的面点班 户口也是登封的 证拿了', expect: trainNot('ineligible') }],
  },

  // ================================================================ unknown_reply
  {
    id: 'v71d20',
    class: 'unknown_reply',
    probes: '"不知道啊" on the 岗前 subsidy, then "我再问问", then the fact',
    periodEnd: true,
    turns: [
      { user: '俺们合作社 贫困户三个 干了七个月了 以工代训六个月', expect: askOJT },
      { user: '岗前那个 不知道啊 都是会计弄的', expect: dunnoOJT },
      { user: '那我再去问问俺们会计', expect: dunnoOJT },
      // 3 × 200 × 6 = 3600
      { user: '问了 会计说没领过', expect: pay(3600) },
    ],
  },
  {
    id: 'v71d21',
    class: 'unknown_reply',
    probes: 'insurance not known (husband handles it): no verdict until he says',
    periodEnd: true,
    turns: [
      { user: '家政公司 雇了两个残疾人 以工代训四个月 岗前补贴没领', expect: askOJT },
      { user: '社保 不清楚啊 俺老公管这些', expect: dunnoOJT },
      // 2 × 200 × 4 = 1600
      { user: '哦 他说交了的', expect: pay(1600) },
    ],
  },
  {
    id: 'v71d22',
    class: 'unknown_reply',
    probes: 'person: pension "不知道" stays open, never read as no',
    periodEnd: true,
    turns: [
      { user: '我想学养老户理员 学完有补贴吗', expect: askTrain },
      { user: '户口中牟的 就在中牟学', expect: openTrain },
      { user: '养老金？这个俺不知道啊 得问问俺村会计', expect: openTrain },
    ],
  },
  {
    id: 'v71d23',
    class: 'unknown_reply',
    probes: 'months employed not remembered: poor labour open until the fact comes',
    periodEnd: true,
    turns: [
      { user: '俺们扶贫车间 有个贫困户大姐 以工代训了五个月 岗前培训补贴没领 能补多少', expect: askOJT },
      { user: '干多长时间了 记不清了 我再问问', expect: dunnoOJT },
      // employed 14 ≥ 6: 1 × 200 × 5 = 1000
      { user: '问了 干了十四个月了', expect: pay(1000) },
    ],
  },
  {
    id: 'v71d24',
    class: 'unknown_reply',
    probes: 'education fund: payroll "不知道啊", then the accountant\'s figure',
    turns: [
      { user: '我们家政公司 一年提了两万职工教育经费 能抵税不', expect: askFund },
      { user: '工资总额 不知道啊 得问会计', expect: askFund },
      // min(20 000, 8 % × 300 000 = 24 000) = 20 000
      { user: '会计说一年工资一共三十万', expect: deduct(20000, 24000) },
    ],
  },
  {
    id: 'v71d25',
    class: 'unknown_reply',
    probes: 'only the 岗前 fact is open and the reply is a bare "不知道啊" [bare-reply]',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户一个 干了九个月 以工代训六个月', expect: askOJT },
      { user: '不知道啊', expect: dunnoOJT },
    ],
  },
  {
    id: 'v71d26',
    class: 'unknown_reply',
    probes: 'whether the hire is poor is unknown, asked around, then "不是": no qualifying group',
    periodEnd: true,
    turns: [
      { user: '合作社雇了个邻居大姐 干了八个月 以工代训六个月 岗前补贴没领 她家是不是贫困户 俺不知道', expect: dunnoOJT },
      { user: '等我去村里问问', expect: dunnoOJT },
      // not poor, no other group named: 0; 1 × 200 × 6 = 1200 must not appear
      { user: '问了 不是', expect: notYes(1200) },
    ],
  },

  // ================================================================ correction
  {
    id: 'v71d27',
    class: 'correction',
    probes: 'count corrected "三个 哦不对 是两个"',
    periodEnd: true,
    turns: [
      { user: '麻烦问下 俺在登封开的面点小公司 招了三个贫困户', expect: askOJT },
      { user: '哦不对 是两个', expect: askOJT },
      // 2 × 200 × 6 = 2400 (not 3 × 200 × 6 = 3600)
      { user: '都干了十个月 以工代训六个月 岗前补贴没领', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v71d28',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 3 to 5 after an amount',
    periodEnd: true,
    turns: [
      // 4 × 200 × 3 = 2400
      { user: '合作社雇贫困户四个 干了八个月 以工代训三个月 岗前的补贴没有领', expect: pay(2400) },
      // 4 × 200 × 5 = 4000
      { user: '哦不对 我记错了 以工代训是五个月', expect: payNot(4000, 2400) },
    ],
  },
  {
    id: 'v71d29',
    class: 'correction',
    probes: 'insurance corrected from 没交 to 交了',
    periodEnd: true,
    turns: [
      { user: '家政公司 残疾人一个 以工代训六个月 岗前补贴没领 社保没交', expect: noPay(1200) },
      // insured: 1 × 200 × 6 = 1200
      { user: '哦不对不对 社保交了的 我搞错了', expect: pay(1200) },
    ],
  },
  {
    id: 'v71d30',
    class: 'correction',
    probes: 'group corrected from 残疾人 (not paid at a 合作社) to 建档立卡贫困户',
    periodEnd: true,
    turns: [
      // 合作社 + disabled: no insured enterprise → not paid; 1200 must not appear
      { user: '合作社招了一个残疾人 干了七个月 以工代训六个月 岗前没领', expect: notYes(1200) },
      // poor, employed 7 ≥ 6: 1 × 200 × 6 = 1200
      { user: '哦 说错了 她不是残疾人 是建档里卡贫困户', expect: pay(1200) },
    ],
  },
  {
    id: 'v71d31',
    class: 'correction',
    probes: 'person: training place corrected from 开封 to her own county',
    periodEnd: true,
    turns: [
      { user: '俺户口中牟的 人也在中牟住 育婴师是去开封学的 证拿到了 能补不', expect: trainNot('eligible') },
      { user: '哦不对 说错了 是在中牟县城学的 去开封学的是俺闺女', expect: trainNot('ineligible') },
    ],
  },
  {
    id: 'v71d32',
    class: 'correction',
    probes: 'person: pension was the mother-in-law\'s, not hers',
    periodEnd: true,
    turns: [
      { user: '我48 学了养老护理 在登封户口这学的 证也考下来了 我领着养老金呢', expect: trainIs('ineligible') },
      { user: '哦不对 领养老金的是我婆婆 我自己没有', expect: trainNot('ineligible') },
    ],
  },
  {
    id: 'v71d33',
    class: 'correction',
    probes: 'year corrected from 2021 (in force) to 2022 (after the end) [dated]',
    periodEnd: true,
    turns: [
      { user: '育婴师是2021年学的 那会儿能补不', expect: openTrain },
      { user: '哦不对 记错了 是2022年开春学的', expect: { ...ended, noAmount: 'unfixed' } },
    ],
  },

  // ================================================================ topic_switch
  {
    id: 'v71d34',
    class: 'topic_switch',
    probes: 'after an amount, 生育保险: outside, the earlier figure not carried over',
    periodEnd: true,
    turns: [
      // employed 6 ≥ 6: 2 × 200 × 6 = 2400
      { user: '合作社招贫困户两个 干了六个月 以工代训六个月 岗前补贴没领', expect: pay(2400) },
      { user: '好的 谢谢您 那个 再问下生孩子的生育保险咋报', expect: { ...decline, mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v71d35',
    class: 'topic_switch',
    probes: 'from 创业培训 to the family aid for a daughter at a 技工学校 [two-part]',
    periodEnd: true,
    turns: [
      { user: '我学了面点 想在新密开个馒头店 有创业培训没', expect: startUp('eligible') },
      { user: '哦 还有个事 俺闺女在技工学校上学 俺家是贫困户 家里有补助没', expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'] } },
    ],
  },
  {
    id: 'v71d36',
    class: 'topic_switch',
    probes: 'after an amount, where to sit the 月嫂 exam: the plan names no place',
    periodEnd: true,
    turns: [
      // insured, 1 disabled × 200 × 2 = 400
      { user: '家政公司 交社保 招了一个残疾大姐 以工代训两个月 岗前补贴没领', expect: pay(400) },
      { user: '嗯嗯 好的谢谢您 那月嫂证去哪考啊', expect: { mustNotContain: ['400'], oneOf: [decline, unsettled] } },
    ],
  },
  {
    id: 'v71d37',
    class: 'topic_switch',
    probes: 'person training dropped for 农村医保: outside',
    periodEnd: true,
    turns: [
      { user: '俺想学电商直播 户口登封 也在登封学', expect: openTrain },
      { user: '算了这个先不问了 问下农村医保今年交多少钱', expect: decline },
    ],
  },
  {
    id: 'v71d38',
    class: 'topic_switch',
    probes: '育儿补贴 declined, then 家政 training answered from its own clause',
    turns: [
      { user: '育儿补贴 一个娃一年给多少啊', expect: decline },
      { user: '哦 那家政培训 这个方案里有没有', expect: { answered: true, cites: ['三(四)', '五(一)'] } },
    ],
  },
  {
    id: 'v71d39',
    class: 'topic_switch',
    probes: 'from the cooperative\'s 以工代训 to her own 育婴师 training: a new topic, not the old figure',
    periodEnd: true,
    turns: [
      // 1 × 200 × 6 = 1200
      { user: '合作社招了贫困户 一个人 干了十个月 以工代训六个月 岗前补贴没领过', expect: pay(1200) },
      { user: '那我自己想去学个育婴师 有补贴不', expect: { noAmount: 'unfixed', cites: ['七(二)'] } },
    ],
  },

  // ================================================================ person_training
  {
    id: 'v71d40',
    class: 'person_training',
    probes: 'a woman giving one fact a message until every condition of 七(二) is said',
    periodEnd: true,
    turns: [
      { user: '麻烦问下 俺学的是育婴师 能领补贴吗', expect: askTrain },
      { user: '户口登封的 在登封学的', expect: openTrain },
      { user: '证拿了 五级', expect: openTrain },
      { user: '不领养老金 今年头一回参加培训', expect: openTrain },
      { user: '以前没学过育婴师 学校说都录进系统了', expect: trainIs('eligible') },
    ],
  },
  {
    id: 'v71d41',
    class: 'person_training',
    probes: 'three subsidies already this year: 原则上每人每年不超过3次',
    periodEnd: true,
    turns: [{ user: '今年俺已经领过三回培训补贴了 家政 面点 养老护理都学了 这回又学了育英师 还能补吗', expect: trainIs('ineligible') }],
  },
  {
    id: 'v71d42',
    class: 'person_training',
    probes: 'same occupation and level again: 同一职业同一等级不可重复享受',
    periodEnd: true,
    turns: [
      { user: '以前学过中式面点师四级 领过补贴', expect: { noAmount: 'unfixed' } },
      { user: '这回报的还是面点师四级 能再补一回不', expect: trainIs('ineligible') },
    ],
  },
  {
    id: 'v71d43',
    class: 'person_training',
    probes: 'a monthly pension: outside the scope of 六(一)',
    periodEnd: true,
    turns: [{ user: '俺61了 每个月领着养老金 还想学养老护理 给补不', expect: trainIs('ineligible') }],
  },
  {
    id: 'v71d44',
    class: 'person_training',
    probes: 'age: the plan sets no age limit, so no 不符合 and an honest "not set"',
    periodEnd: true,
    turns: [{ user: '俺今年五十五了 学家政 是不是超岁数了 还给补不', expect: { ...unsettled, notVerdict: { rule: 'vocational_training', status: 'ineligible' } } }],
  },
  {
    id: 'v71d45',
    class: 'person_training',
    probes: 'a poor household woman: free training (三(三)), no figure',
    periodEnd: true,
    turns: [
      {
        user: '俺家是建档里卡贫困户 想学做面点 要交学费不',
        expect: { noAmount: 'unfixed', status: { rule: 'free_training_poor', status: 'eligible' }, cites: ['三(三)'] },
      },
    ],
  },
  {
    id: 'v71d46',
    class: 'person_training',
    probes: '生活费 during the 月嫂 course: the plan fixes no amount',
    periodEnd: true,
    turns: [{ user: '学月嫂那一个月 有没有生活费补贴 一天给几十块', expect: { ...unsettled, cites: ['六(一)'] } }],
  },
  {
    id: 'v71d47',
    class: 'person_training',
    probes: 'a new occupation: priority-supported standard (七(二)), no figure',
    periodEnd: true,
    turns: [{ user: '听说直播带货是国家新公布的职业 学这个按啥标准补', expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/优先支持/] } }],
  },

  // ================================================================ entrepreneurship
  {
    id: 'v71d48',
    class: 'entrepreneurship',
    probes: 'wish to open a small 家政 shop: eligible for 创业培训',
    periodEnd: true,
    turns: [{ user: '那个 俺想在中牟开个家政小店 有教创业的培训没', expect: startUp('eligible') }],
  },
  {
    id: 'v71d49',
    class: 'entrepreneurship',
    probes: 'a shop open seven years, then no wish to start anything new',
    periodEnd: true,
    turns: [
      { user: '俺那面点店都开了七年了 能去参加创业培训不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      { user: '没有 就想把这个店守好', expect: startUp('ineligible') },
    ],
  },
  {
    id: 'v71d50',
    class: 'entrepreneurship',
    probes: 'a 家政公司 run with sisters: years open asked, then ≤ 5',
    periodEnd: true,
    turns: [
      { user: '俺跟几个姐妹合伙搞了个家政公司 能去学创业培训不', expect: { noAmount: 'unfixed', undecided: 'entrepreneurship_training' } },
      { user: '开了快三年了', expect: startUp('eligible') },
    ],
  },
  {
    id: 'v71d51',
    class: 'entrepreneurship',
    probes: 'wish "还没想好 不知道啊" stays open, then decided',
    periodEnd: true,
    turns: [
      { user: '创业培训 俺能报名不', expect: { noAmount: 'unfixed', asks: true, undecided: 'entrepreneurship_training' } },
      { user: '开店？还没想好 不知道啊', expect: { noAmount: 'unfixed', undecided: 'entrepreneurship_training' } },
      { user: '嗯 想好了 准备开个月嫂中介', expect: startUp('eligible') },
    ],
  },

  // ================================================================ equipment
  {
    id: 'v71d52',
    class: 'equipment',
    probes: '面点 master studio: value, fund and acceptance one by one',
    periodEnd: true,
    turns: [
      { user: '俺们公司有个面点技能大师工作室 新添了设备 能补多少', expect: askKit },
      { user: '花了三十万', expect: askKit },
      { user: '钱是从职工教育经费里头出的', expect: askKit },
      // min(20 % × 300 000 = 60 000, 100 000) = 60 000
      { user: '验收过了 人社财政都来看了 合格', expect: kit(60000) },
    ],
  },
  {
    id: 'v71d53',
    class: 'equipment',
    probes: 'a 高技能人才培训基地 at 4 million: capped at 50万',
    periodEnd: true,
    turns: [
      // min(20 % × 4 000 000 = 800 000, 500 000) = 500 000
      { user: '俺们养老服务公司建了个高技能人才培训基地 买设备花了四百万 用的职工教育经费 人社财政验收也合格了', expect: kitNot(500000, 800000) },
    ],
  },
  {
    id: 'v71d54',
    class: 'equipment',
    probes: '"验收还没弄呢": not accepted, no subsidy',
    periodEnd: true,
    turns: [{ user: '家政公司技能大师工作室的设备 花了二十万 教育经费出的 验收还没弄呢', expect: noKit(40000, /4\s*万/) }],
  },
  {
    id: 'v71d55',
    class: 'equipment',
    probes: 'fund source "不知道啊", "我再问问", then the 职工教育经费',
    periodEnd: true,
    turns: [
      { user: '家政公司的大师工作室 买设备花了十五万 验收合格了', expect: askKit },
      { user: '哪笔钱出的 俺不知道啊 老板娘管账', expect: dunnoKit },
      { user: '我再问问', expect: dunnoKit },
      // min(20 % × 150 000 = 30 000, 100 000) = 30 000
      { user: '问了 是职工教育经费出的', expect: kit(30000) },
    ],
  },

  // ================================================================ education_fund
  {
    id: 'v71d56',
    class: 'education_fund',
    probes: 'fund under 8 % of payroll: the whole fund is deductible, pre-tax',
    turns: [
      // min(30 000, 8 % × 500 000 = 40 000) = 30 000
      { user: '俺们家政公司 一年工资总共五十万 提了三万职工教育经费 税上能扣多少', expect: deduct(30000, 40000) },
    ],
  },
  {
    id: 'v71d57',
    class: 'education_fund',
    probes: 'payroll in a second message; fund over 8 %',
    turns: [
      { user: '职工教育经费 俺们提了两万 能税前扣不', expect: askFund },
      // min(20 000, 8 % × 200 000 = 16 000) = 16 000
      { user: '工资一年二十万', expect: deduct(16000, 20000) },
    ],
  },
  {
    id: 'v71d58',
    class: 'education_fund',
    probes: 'then the front-line share: half, under the 60 % the plan asks',
    turns: [
      // min(50 000, 8 % × 1 000 000 = 80 000) = 50 000
      { user: '养老院公司 工资一年一百万 教育经费提了五万', expect: deduct(50000, 80000) },
      { user: '那个 一线护理员只用了一半 这样行不', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
    ],
  },
  {
    id: 'v71d59',
    class: 'education_fund',
    probes: 'fund over 8 %: "能全抵吗" — no, only 8 % of payroll',
    turns: [
      // min(30 000, 8 % × 250 000 = 20 000) = 20 000
      { user: '小家政公司 工资一年二十五万 职工教育经费提了三万 能全抵吗', expect: deduct(20000, 30000) },
    ],
  },

  // ================================================================ apprenticeship
  {
    id: 'v71d60',
    class: 'apprenticeship',
    probes: 'amount per apprentice: 按照相关规定, no figure',
    periodEnd: true,
    turns: [{ user: '俺们月嫂公司带学徒 那个新型学徒制 一个徒弟补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v71d61',
    class: 'apprenticeship',
    probes: 'five apprentices, "你给算算": still no computed figure',
    periodEnd: true,
    turns: [
      { user: '家政公司搞了企业新型学徒 带了五个徒弟', expect: noFigure(['四(一)']) },
      { user: '五个人 一共能补多少 你给算算', expect: { noAmount: 'unfixed', mustNotContain: ['1000', '6000'] } },
    ],
  },
  {
    id: 'v71d62',
    class: 'apprenticeship',
    probes: 'whom to ask about the apprentice subsidy: the clause\'s responsible units [contact]',
    turns: [{ user: '学徒那个补贴 该找哪个部门问', expect: { cites: ['四(一)'], says: [/人社/] } }],
  },

  // ================================================================ period
  {
    id: 'v71d63',
    class: 'period',
    probes: '"现在还能申请不": the plan ended on 2021-12-31',
    periodEnd: true,
    turns: [{ user: '麻烦问下 现在还能申请以工代训补贴不 俺合作社刚招了贫困户', expect: { ...ended, noAmount: 'open', cites: ['六(一)'] } }],
  },
  {
    id: 'v71d64',
    class: 'period',
    probes: 'a 2021 case, answered for that date [dated]',
    periodEnd: true,
    turns: [
      // in force in 2021; insured, 2 disabled × 200 × 6 = 2400
      { user: '2021年那会儿 俺们家政公司交社保 招了俩残疾人 以工代训六个月 岗前补贴没领 当时能补多少', expect: pay(2400) },
    ],
  },
  {
    id: 'v71d65',
    class: 'period',
    probes: 'training in 2022: after the plan ended [dated]',
    periodEnd: true,
    turns: [{ user: '育婴师是2022年学的 还能按这个方案补不', expect: { ...ended, noAmount: 'unfixed' } }],
  },
  {
    id: 'v71d66',
    class: 'period',
    probes: 'how long the policy runs',
    periodEnd: true,
    turns: [{ user: '这个技能提升的政策 到啥时候截止', expect: { ...ended, says: [/2021/] } }],
  },
  {
    id: 'v71d67',
    class: 'period',
    probes: 'November 2019: before the plan began on 2019-12-02 [dated]',
    periodEnd: true,
    turns: [{ user: '2019年11月份 俺们合作社招的贫困户 那会儿有这个政策没', expect: { noAmount: 'open', says: [/2019\s*年\s*12\s*月|2019-12/] } }],
  },
  {
    id: 'v71d68',
    class: 'period',
    probes: 'a 2020 case with 半年 as months, in force [dated]',
    periodEnd: true,
    turns: [
      // employed 6 ≥ 6, 以工代训 6: 1 × 200 × 6 = 1200
      { user: '2020年 俺们合作社雇了一个贫困户 干了半年 以工代训也是半年 岗前补贴没领', expect: pay(1200) },
    ],
  },
];
