/**
 * HELD-OUT dialogues, set v66 — written blind from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/. Only the
 * format of v15 (its header and first lines) was looked at; no message is reused or paraphrased
 * from an earlier set. Not to be tuned on: no word of these messages goes into a glossary,
 * pattern or fixture. Once a dialogue has been fixed by a targeted change it measures nothing any
 * more; write a new one instead.
 *
 * Who types here: construction and domestic-service crews — a 包工头 / 班组长 with 10–40 workers,
 * a 家政公司 owner, a 物业 company's office, a 劳务 company's boss, a 劳务合作社 — people in their
 * 40s–50s dictating into WeChat by voice: no punctuation, fillers (嗯 啊 那个), speech-recognition
 * homophones (一工代训 / 以工带训, 港前培训, 设保, 平困户, 残积人, 无业公司 for 物业公司), several
 * groups of workers in one breath with different months, confusion over who employs whom (挂靠 a
 * 建筑公司, 劳务派遣, a school that is only the 甲方), corrections, answers arriving a message
 * later, "不清楚 得问会计", questions for a 老乡 or a 小舅子, and questions that belong elsewhere
 * (wages owed, 工伤, 社保 transfer, other provinces).
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed or
 * not, the kind of unit and who signed the contract, 社保 where the rule needs it, months employed
 * for poor labour, fund source and acceptance of equipment, payroll and fund drawn) must be asked;
 * an amount is expected only once every such fact has been said.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   (贫困户 / 建档立卡) employed ≥ 6 months by a production entity (企业, 合作社, 扶贫车间 — not a
 *   职业院校); 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured (参保) enterprise;
 *   退役军人 (当过兵的), ordinary 下岗 workers not recognised as 就业困难, and 老乡 migrant workers
 *   are no group of this rule; rows whose 岗前培训补贴 was claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only bought from
 *   the 职工教育经费 and accepted by 人社 and 财政.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy, in advance.
 * - Apprenticeship (带徒弟, 新型学徒), 师带徒 allowance, the per-person training subsidy, 生活费补贴,
 *   free training for poor labour, entrepreneurship training, family aid: the plan fixes no amount.
 *
 * Ambiguities decided here: a 包工头 who is 挂靠 under a 建筑公司 is not himself the employer — the
 * company that signed the workers' contracts is (v66d04); 劳务派遣 workers are employed by the
 * 派遣 company (v66d11); "以上" in "六个月以上" includes six months.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [voice] (speech-recognition homophones),
 * [someone-else] (asked for a 老乡 / 小舅子 / relative).
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道": no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts, the misreading's figure absent. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy, without the misreadings' figures. */
const kit = (yuan: number, ...wrong: (string | RegExp)[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: wrong });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact was answered "不清楚". */
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

export const DIALOGUES_V66: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v66d01',
    class: 'one_group',
    probes: '劳务公司, five poor workers, 8 months: the 岗前 fact is asked, then the 6-month cap applies',
    periodEnd: true,
    turns: [
      { user: '嗯 那个 我们是劳务公司 正规注册的 去年招了五个贫困户 建档立卡的那种 干了八个月了 以工代训也搞了八个月 这个能补多少钱', expect: askOJT },
      // 5 × 200 × min(8, 6) = 6000; uncapped 5 × 200 × 8 = 8000
      { user: '岗前培训那个补贴没申请过 俺们从来没弄过那个', expect: payNot(6000, 8000) },
    ],
  },
  {
    id: 'v66d02',
    class: 'one_group',
    probes: '[voice] 家政公司, two disabled cleaners, insured, 4 months, 港前 = 岗前',
    periodEnd: true,
    turns: [
      // 2 × 200 × 4 = 1600
      { user: '我开家政公司的 招了俩残疾人 腿脚有点不方便 做保洁 公司社保都给交着呢 以工代训弄了四个月 港前培训不贴没领过 能给多少', expect: pay(1600) },
    ],
  },
  {
    id: 'v66d03',
    class: 'one_group',
    probes: '[voice] 无业公司 = 物业公司; one 零就业家庭 member, insured, 3 months',
    periodEnd: true,
    turns: [
      // 1 × 200 × 3 = 600
      { user: '我们无业公司 就是物业 管小区的那个物业 招了一个零就业家庭的大姐 干保洁 一工代训三个月 社保交了 岗前培训补贴没拿 能补多少', expect: pay(600) },
    ],
  },
  {
    id: 'v66d04',
    class: 'one_group',
    probes: '包工头 挂靠 under a 建筑公司: who employs is asked; once the company is named, poor labour is paid at 6 months',
    periodEnd: true,
    turns: [
      { user: '我是个包工头 手底下二十来个人 有三个是建档立卡贫困户 跟了我一年多了 这个以工代训我能领不', expect: askOJT },
      // employer = the 建筑公司 (an enterprise); poor labour employed > 12 months; 3 × 200 × 6 = 3600
      {
        user: '我自己没有公司 挂靠在一个建筑公司下面 工人合同都是跟建筑公司签的 以工代训也是按公司名义搞的 搞了六个月 岗前补贴没领过',
        expect: pay(3600),
      },
    ],
  },
  {
    id: 'v66d05',
    class: 'one_group',
    probes: '劳务合作社 (农民专业合作社): poor labour needs no 社保; 7 months employed, 5 months 以工代训',
    periodEnd: true,
    turns: [
      // cooperative is a production entity; 4 × 200 × 5 = 4000
      { user: '啊我们村搞了个劳务合作社 农民专业合作社 执照有的 出去给人家干装修 收了四个贫困户 干了七个月 以工代训五个月 岗前那个补贴没报过 能补多少', expect: pay(4000) },
    ],
  },
  {
    id: 'v66d06',
    class: 'one_group',
    probes: '当过兵的 (veterans) are no group of 以工代训: no 3600 from 3 × 200 × 6',
    turns: [
      {
        user: '我们劳务公司 招了三个当过兵的 退伍回来的 以工代训搞了半年 社保也交了 岗前补贴没领 这能补多少',
        expect: { oneOf: [{ status: { rule: 'on_job_training', status: 'ineligible' } }, { asks: true, notVerdict: { rule: 'on_job_training', status: 'eligible' } }], mustNotContain: ['3600'] },
      },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v66d07',
    class: 'several_groups',
    probes: 'three groups in one breath: poor 6, disabled 4, veterans 6 — each row on its own months, veterans out',
    periodEnd: true,
    turns: [
      // poor 3 × 200 × 6 = 3600; disabled 2 × 200 × 4 = 1600; veterans 0 → 5200
      // disabled at 6 months → 6000; veterans counted → 5200 + 4800 = 10000
      {
        user: '我们劳务公司社保都交 今年招的人里头 贫困户三个 干了九个月了以工代训六个月 残疾人俩 以工代训四个月 还有四个当过兵的 也带了六个月 岗前培训补贴都没领过 一共能补多少',
        expect: payNot(5200, 6000, 10000),
      },
    ],
  },
  {
    id: 'v66d08',
    class: 'several_groups',
    probes: 'poor labour employed only 5 months (< 6) and one disabled worker: the open facts are asked, then only the disabled row pays',
    periodEnd: true,
    turns: [
      { user: '啊 那个 我手下有贫困户两个 干了五个月 还有一个残疾的 干了十个月 都是跟着我们公司以工代训的 能补多少钱', expect: { asks: true, noAmount: 'open' } },
      // poor: employed 5 < 6 → no; disabled: 1 × 200 × min(10, 6) = 1200
      // poor counted 2 × 200 × 5 = 2000 → 3200
      {
        user: '公司是正规的建筑劳务公司 社保交了 以工代训跟干活的月数一样 贫困户五个月 残疾的十个月 岗前补贴一个都没领',
        expect: payNot(1200, 3200, 2000),
      },
    ],
  },
  {
    id: 'v66d09',
    class: 'several_groups',
    probes: '家政公司: 零就业 3 months, disabled 6, ordinary 下岗 not recognised as 就业困难 — 下岗 out',
    periodEnd: true,
    turns: [
      // zero-employment 2 × 200 × 3 = 1200; disabled 1 × 200 × 6 = 1200; 下岗 0 → 2400
      // 下岗 counted 3 × 200 × 6 = 3600 → 6000
      {
        user: '家政公司 社保正常交 零就业家庭的俩 以工代训三个月 残疾的一个 以工代训六个月 还有三个城里下岗的 也搞了六个月 下岗那仨没认定过就业困难 就是普通下岗 岗前补贴都没领 能补多少',
        expect: payNot(2400, 6000),
      },
    ],
  },
  {
    id: 'v66d10',
    class: 'several_groups',
    probes: '物业: disabled row settled, poor row open — ask about the poor workers by name, then total',
    periodEnd: true,
    turns: [
      // disabled 3 × 200 × 5 = 3000 settled; poor open
      { user: '我们物业公司 交社保的 招了残疾人三个 以工代训五个月 还有贫困户两个 岗前补贴都没领', expect: { asks: true, mustNotContain: ['5000', '5400'] } },
      // poor 2 × 200 × min(8, 6) = 2400 → 3000 + 2400 = 5400; uncapped 3200 → 6200
      { user: '贫困户那俩 干了快一年了 以工代训搞了八个月', expect: payNot(5400, 6200) },
    ],
  },
  {
    id: 'v66d11',
    class: 'several_groups',
    probes: '劳务派遣 company; poor row has its 岗前 subsidy claimed, disabled row not — only 400',
    periodEnd: true,
    turns: [
      // poor: 岗前 claimed → 0; disabled 1 × 200 × 2 = 400; veterans 0 → 400
      // poor counted 4 × 200 × 6 = 4800 → 5200
      {
        user: '我们是劳务派遣公司 人派到工地上干 合同跟我们签 社保我们交 贫困户四个 干满六个月了以工代训六个月 贫困户的岗前补贴已经领过了 残疾的一个 以工代训两个月 他的岗前补贴没领 还有俩当兵回来的',
        expect: payNot(400, 5200, 4800),
      },
    ],
  },
  {
    id: 'v66d12',
    class: 'several_groups',
    probes: '[voice] run-on with no spaces: 设保 平困户 残积人 一工代训 — poor 6, disabled 3',
    periodEnd: true,
    turns: [
      // poor 3 × 200 × 6 = 3600; disabled 1 × 200 × 3 = 600 → 4200; disabled at 6 → 4800
      { user: '嗯我们家政公司那个设保一直交着呢平困户招了三个干了七个月了一工代训六个月残积人一个一工代训三个月港前培训都没领补贴能拿多少', expect: payNot(4200, 4800) },
    ],
  },
  {
    id: 'v66d13',
    class: 'several_groups',
    probes: '"社保交没交我不清楚 得问会计": the poor row is paid, the disabled row waits, then the total',
    periodEnd: true,
    turns: [
      { user: '我是劳务公司的老板 今年要了贫困户五个 残疾人两个 都搞了以工代训 能补多少', expect: askOJT },
      // poor 5 × 200 × 6 = 6000 settled; disabled open on 社保; guessed total 7200
      {
        user: '贫困户干了十个月 以工代训六个月 残疾的以工代训三个月 岗前补贴没领 社保交没交我不清楚 得问会计',
        expect: { asks: true, mustNotContain: ['7200'] },
      },
      // disabled 2 × 200 × 3 = 1200 → 6000 + 1200 = 7200
      { user: '问了会计了 公司社保一直是交的', expect: pay(7200) },
    ],
  },
  {
    id: 'v66d14',
    class: 'several_groups',
    probes: '合作社 is not an insured enterprise: poor row pays, disabled row does not',
    periodEnd: true,
    turns: [
      // poor 2 × 200 × 6 = 2400; disabled needs an insured enterprise → 0; both counted → 3600
      {
        user: '我们是农民专业合作社 搞装修队的 贫困户两个 干了一年 以工代训六个月 残疾的一个 以工代训也六个月 岗前补贴都没领 合作社没给交社保',
        expect: payNot(2400, 3600),
      },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v66d15',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴那块儿 … 一分钱都没有领过": negation far after the noun',
    periodEnd: true,
    turns: [
      // 2 × 200 × 5 = 2000
      { user: '家政公司 设保交了 俩残疾人 一工代训五个月 岗前培训补贴那块儿 我们公司一分钱都没有领过 能补多少', expect: pay(2000) },
    ],
  },
  {
    id: 'v66d16',
    class: 'negation_after_noun',
    probes: '"社保这块儿 说实话 一直都没给他们交": not insured, disabled hires out',
    turns: [
      { user: '我们劳务公司 招了两个残疾人 一工代训六个月 岗前补贴没领 社保这块儿 说实话 一直都没给他们交 这还能补不', expect: noPay(2400) },
    ],
  },
  {
    id: 'v66d17',
    class: 'negation_after_noun',
    probes: 'double negation "不是没领 是已经领过了": 岗前 claimed, no 以工代训',
    turns: [
      { user: '物业公司 交社保的 三个零就业家庭的 一工代训四个月 岗前那个补贴 不是没领 是已经领过了 还能再领以工代训不', expect: noPay(2400) },
    ],
  },
  {
    id: 'v66d18',
    class: 'negation_after_noun',
    probes: '"港前培训补贴 公司 当时 会计 说 没 去 报": negation split by spaces and words',
    periodEnd: true,
    turns: [
      { user: '我们是正规建筑公司 贫困户四个 跟着干了八个月 一工代训也八个月 能补多少', expect: askOJT },
      // 4 × 200 × min(8, 6) = 4800; uncapped 6400
      { user: '那个港前培训补贴 公司 当时 会计 说 没 去 报', expect: payNot(4800, 6400) },
    ],
  },
  {
    id: 'v66d19',
    class: 'negation_after_noun',
    probes: '"还没干满半年呢 才四个月": poor labour under 6 months is not paid',
    turns: [
      {
        user: '家政公司 收了三个建档立卡的 还没干满半年呢 才四个月 以工代训也是四个月 岗前补贴没领 这个能补吗',
        expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['2400', '3600'] },
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v66d20',
    class: 'unknown_reply',
    probes: '"领没领 这个我真不清楚 得问会计" keeps 岗前 open, then the accountant answers',
    periodEnd: true,
    turns: [
      { user: '我们劳务公司 招了两个残疾人 以工代训搞了五个月 能补贴多少', expect: askOJT },
      { user: '社保一直交着呢 港前培训那个补贴领没领 这个我真不清楚 得问会计', expect: dunnoOJT },
      // 2 × 200 × 5 = 2000
      { user: '会计回我了 说岗前那个补贴从来没报过', expect: pay(2000) },
    ],
  },
  {
    id: 'v66d21',
    class: 'unknown_reply',
    probes: 'poor labour: months employed "记不清了 不知道" stays open, then "一年多了"',
    periodEnd: true,
    turns: [
      { user: '家政公司 招了一个贫困户大姐 以工代训三个月了 岗前补贴没领 能给多少', expect: askOJT },
      { user: '她来了多久了 我记不清了 不知道', expect: dunnoOJT },
      // employed > 12 months ≥ 6; 1 × 200 × 3 = 600
      { user: '翻了下工资本 她是前年秋天来的 一直干到现在 一年多了', expect: pay(600) },
    ],
  },
  {
    id: 'v66d22',
    class: 'unknown_reply',
    probes: '项目经理 does not know whether the company pays 社保: 零就业 rows stay open',
    turns: [
      { user: '物业公司 招了两个零就业家庭的 以工代训四个月 岗前补贴没领 公司交没交社保 我不知道 我是项目经理 不管这个', expect: dunnoOJT },
    ],
  },
  {
    id: 'v66d23',
    class: 'unknown_reply',
    probes: '[someone-else] asked for a 小舅子; months "我也不知道" — no figure, no verdict',
    turns: [
      { user: '我小舅子开了个装修公司 他招了俩贫困户 让我帮他问问能领啥补贴', expect: askOJT },
      { user: '具体干了几个月 以工代训搞没搞 我也不知道 我是替他问的', expect: dunnoOJT },
    ],
  },
  {
    id: 'v66d24',
    class: 'unknown_reply',
    probes: '[someone-else] a 老乡 wants an electrician certificate; institution "在不在系统里 不清楚"',
    turns: [
      { user: '我老乡 想去考个电工证 那个培训学校在不在省里那个系统里 不清楚 他能不能补', expect: { undecided: 'vocational_training', noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v66d25',
    class: 'unknown_reply',
    probes: 'master studio equipment: fund source "不清楚 得问会计", then told — capped at 10万',
    turns: [
      { user: '我们劳务公司 建了个技能大师工作室 买了设备六十万 能补多少', expect: askKit },
      { user: '钱是从哪个账上出的 不清楚 得问会计', expect: dunnoKit },
      // 20 % × 600000 = 120000 → cap 100000
      { user: '会计那边回话了 是从职工教育经费里头走的账 人社跟财政也来验收过了 合格', expect: kit(100000, '120000', /12万/) },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v66d26',
    class: 'correction',
    probes: 'count corrected: three disabled → two',
    periodEnd: true,
    turns: [
      // 3 × 200 × 6 = 3600
      { user: '劳务公司 社保交了 残疾人三个 以工代训六个月 岗前补贴没领', expect: pay(3600) },
      // 2 × 200 × 6 = 2400
      { user: '不对不对 说错了 是两个残疾的 不是三个', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v66d27',
    class: 'correction',
    probes: '[voice] months corrected after a speech-recognition slip: 以工代训 6 → 4',
    periodEnd: true,
    turns: [
      // 4 × 200 × 6 = 4800
      { user: '我们家政公司 贫困户四个 干了十个月 以工代训六个月 岗前补贴没领', expect: pay(4800) },
      // 4 × 200 × 4 = 3200
      { user: '哎呀 语音给我识别错了 是以工代训四个月 不是六个月', expect: payNot(3200, 4800) },
    ],
  },
  {
    id: 'v66d28',
    class: 'correction',
    probes: '社保 corrected to not paid: the 零就业 rows drop out',
    periodEnd: true,
    turns: [
      // 2 × 200 × 5 = 2000
      { user: '物业公司 零就业家庭两个 一工代训五个月 岗前补贴没领 社保交着', expect: pay(2000) },
      { user: '等会儿 我问了下 社保其实没交 公司刚成立还没开户', expect: noPay(2000) },
    ],
  },
  {
    id: 'v66d29',
    class: 'correction',
    probes: 'group corrected from disabled (needs 社保, not paid) to poor labour (does not): verdict flips',
    periodEnd: true,
    turns: [
      { user: '劳务公司 招了三个残疾人 以工代训六个月 岗前补贴没领 社保没交', expect: noPay(3600) },
      // poor 3 × 200 × 6 = 3600, 社保 not needed
      { user: '搞错了 不是残疾人 是建档立卡贫困户 干了八个月了', expect: pay(3600) },
    ],
  },
  {
    id: 'v66d30',
    class: 'correction',
    probes: 'who employs: a 职业学校 (not a 生产经营主体) corrected to the 物业公司 that signed the contracts',
    periodEnd: true,
    turns: [
      { user: '我们是个职业技术学校 后勤这块 招了两个贫困户当保安 干了九个月 以工代训六个月 岗前补贴没领', expect: noPay(2400) },
      // employer = 物业公司 (enterprise); 2 × 200 × 6 = 2400
      { user: '说岔了 学校是甲方 人是我们物业公司招的 合同跟物业签的 我是物业的', expect: pay(2400) },
    ],
  },
  {
    id: 'v66d31',
    class: 'correction',
    probes: 'five poor workers corrected to three poor + two veterans',
    periodEnd: true,
    turns: [
      // 5 × 200 × 6 = 6000
      { user: '我们劳务公司 收了五个贫困户 干了七个月 以工代训七个月 岗前补贴没领', expect: pay(6000) },
      // 3 × 200 × 6 = 3600; veterans out
      { user: '是三个 另外俩是当过兵的 不是贫困户 我记混了', expect: payNot(3600, 6000) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v66d32',
    class: 'topic_switch',
    probes: 'after a settled 以工代训 amount, 育婴师 training for 家政 staff: no leak of 1200',
    periodEnd: true,
    turns: [
      // 1 × 200 × 6 = 1200
      { user: '家政公司交社保 招了一个残疾人 以工代训六个月 岗前补贴没领', expect: pay(1200) },
      { user: '那个 另外问下 我们公司的阿姨 想学育婴师 政府有没有这方面的培训', expect: { cites: ['三(四)', '五(一)'], mustNotContain: ['1200'] } },
    ],
  },
  {
    id: 'v66d33',
    class: 'topic_switch',
    probes: 'special-operation safety training, then a veteran who wants to open his own firm',
    turns: [
      { user: '我们工地上 电焊工 架子工 这些干特种作业的 是不是得先培训合格才能上岗', expect: { cites: ['三(六)', '三(十一)'] } },
      { user: '还有个事 我手底下有个退伍的 他想自己出来单干 搞个小装修公司 有啥培训能上', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v66d34',
    class: 'topic_switch',
    probes: '[two-part] education-fund deduction, then 生活费补贴 — not settled, no 40万 leak',
    turns: [
      // min(500000, 8 % × 5000000 = 400000) = 400000
      { user: '我们劳务公司 去年工资总额五百万 提了职工教育经费五十万 税前能扣多少', expect: deduct(400000, 500000) },
      { user: '好 再问下 家政阿姨去培训那几天 有没有生活费补贴 一天给多少', expect: { ...unsettled, mustNotContain: ['400000', /40万/] } },
    ],
  },
  {
    id: 'v66d35',
    class: 'topic_switch',
    probes: 'a pending 以工代训 question dropped for 工伤保险 — outside the plan',
    turns: [
      { user: '我们物业 招了两个残疾人 以工代训能补不', expect: askOJT },
      { user: '先不说这个了 我有个工人在工地上摔了 工伤保险咋报', expect: decline },
    ],
  },
  {
    id: 'v66d36',
    class: 'topic_switch',
    probes: '物业 industry training, then where a worker from 周口 may train',
    turns: [
      { user: '我们是物业公司 有没有专门给干物业的人搞的培训', expect: { cites: ['三(五)', '三(十二)'] } },
      { user: '再问一个 我老家是周口的 在郑州干活 培训能在郑州报吗 还是得回老家', expect: { cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v66d66',
    class: 'topic_switch',
    probes: 'wages owed (outside), then the 50 % advance for project training once the subsidy is given',
    periodEnd: true,
    turns: [
      { user: '开发商欠我们工程款 农民工工资拖了半年了 这个找谁', expect: decline },
      { user: '那俺们劳务公司自己组织工人培训 搞项目制的 补贴能不能先给一部分', expect: { cites: ['六(一)'], noAmount: 'open' } },
      // 50 % × 240000 = 120000
      { user: '我们报的项目制培训 补贴总共算下来二十四万', expect: { amount: { rule: 'project_training_advance', yuan: 120000 }, mustNotContain: ['240000'] } },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v66d37',
    class: 'person_training',
    probes: 'a 52-year-old electrician with every condition met: eligible, the plan fixes no figure',
    turns: [
      {
        user: '我五十二了 在工地干电工 考了个中级电工证 证已经拿到了 我还没退休 没领养老金 就在郑州考的 今年还没领过补贴 以前也没考过电工 学校说在省里那个系统里 能补不',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v66d38',
    class: 'person_training',
    probes: '[someone-else] a 家政 aunt who already draws a pension: no training subsidy',
    turns: [
      { user: '我们家政公司有个阿姨 六十了 已经按月领退休金了 她去学养老护理 考了证 能补吗', expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v66d39',
    class: 'person_training',
    probes: '[someone-else] 小舅子 repeats 焊工初级: same occupation and level never twice',
    turns: [
      { user: '我小舅子 前年补过一回 焊工初级 今年又去学了个焊工初级 还能补不', expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v66d40',
    class: 'person_training',
    probes: 'three subsidies already this year: a fourth is not paid',
    turns: [
      { user: '我们班组有个小伙子 今年已经补过三回了 叉车 电工 焊工各一回 又去学了个架子工 证也拿了 还能补吗', expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v66d41',
    class: 'person_training',
    probes: '[someone-else] a poor worker learns bricklaying free; then his daughter at a 技校 — family aid, no figure',
    turns: [
      { user: '我手下有个贫困户 建档立卡的 想学个手艺 学瓦工 培训要不要他掏钱', expect: noFigure(['三(三)']) },
      { user: '他闺女在技校上学 他家里能有补助不', expect: noFigure(['三(三)', '三(十四)']) },
    ],
  },
  {
    id: 'v66d42',
    class: 'person_training',
    probes: '[someone-else] trained in 山东, household in 周口, works in 郑州: not a place 七(二) names',
    turns: [
      { user: '我老乡在山东考的证 户口是河南周口的 人在郑州干活 山东培的能在郑州补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v66d43',
    class: 'entrepreneurship',
    probes: '家政公司 open three years (≤ 5): entrepreneurship training',
    turns: [
      { user: '我开家政公司三年了 小公司 十几个阿姨 有创业培训吗 我能去上不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v66d44',
    class: 'entrepreneurship',
    probes: 'a 包工头 who wants to register his own 劳务公司: the wish suffices',
    turns: [
      { user: '我干包工头十几年了 现在想自己注册个劳务公司 有没有创业方面的培训', expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v66d45',
    class: 'entrepreneurship',
    probes: '[someone-else] a business open 7 years (> 5): not by that route; a new venture makes it eligible',
    turns: [
      {
        user: '我媳妇开了个保洁公司 开了七年了 她能上那个创业培训吗',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', says: [/5\s*年|五年/] },
      },
      { user: '她是想再开个养老院 重新弄一摊', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v66d46',
    class: 'entrepreneurship',
    probes: '[someone-else] a son at a 技工院校 about to graduate: students and graduates are covered',
    turns: [
      { user: '我儿子在技校上学 明年毕业 想回来跟我干装修 有创业方面的培训不', expect: noFigure(['三(八)']) },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v66d47',
    class: 'equipment',
    probes: 'a base bought 300万 of equipment: 20 % = 60万, capped at 50万',
    turns: [
      // 20 % × 3000000 = 600000 → cap 500000
      { user: '我们劳务公司建了个高技能人才培训基地 新买了实训设备三百万 钱是职工教育经费出的 人社和财政都验收了 能补多少', expect: kit(500000, '600000', /60万/) },
    ],
  },
  {
    id: 'v66d48',
    class: 'equipment',
    probes: 'master studio, 40万 of equipment: 8万 under the 10万 cap',
    turns: [
      // 20 % × 400000 = 80000
      { user: '我们建筑公司有个技能大师工作室 新添了设备四十万 职工教育经费出的 验收合格了 补多少', expect: kit(80000) },
    ],
  },
  {
    id: 'v66d49',
    class: 'equipment',
    probes: 'the boss paid from his own pocket, not the 职工教育经费: no subsidy',
    turns: [
      {
        user: '我们物业公司搞了个技能大师工作室 设备花了三十万 是老板自己掏的钱 不是职工教育经费 验收过了',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['60000', /(?<![\d.])6万/] },
      },
    ],
  },
  {
    id: 'v66d50',
    class: 'equipment',
    probes: 'acceptance asked, then "验收还没弄": no 30万 yet',
    turns: [
      { user: '建筑劳务公司 建的培训基地 设备一百五十万 教育经费出的', expect: askKit },
      { user: '验收还没弄 说是下个月才来验', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['300000', /(?<![\d.])30万/] } },
    ],
  },
  {
    id: 'v66d51',
    class: 'equipment',
    probes: 'two batches for one base: one cap, not 40万 + 30万',
    turns: [
      // 20 % × (2000000 + 1500000) = 700000 → cap 500000
      {
        user: '高技能人才培训基地 就一个基地 第一批设备两百万 第二批一百五十万 都是职工教育经费买的 都验收了 一共能补多少',
        expect: kit(500000, '700000', /70万/),
      },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v66d52',
    class: 'education_fund',
    probes: 'fund 50万 under 8 % × 800万 = 64万: the whole 50万, 税前',
    turns: [
      // min(500000, 640000) = 500000
      { user: '劳务公司一年工资发了八百万 职工教育经费提了五十万 税前能扣多少', expect: deduct(500000, 640000) },
    ],
  },
  {
    id: 'v66d53',
    class: 'education_fund',
    probes: 'payroll asked, then given: 8 % × 200万 = 16万 < 20万',
    turns: [
      { user: '我们物业公司 职工教育经费 提了二十万 能抵多少税', expect: askFund },
      // min(200000, 160000) = 160000
      { user: '工资总额 一年大概两百万', expect: deduct(160000, 200000) },
    ],
  },
  {
    id: 'v66d54',
    class: 'education_fund',
    probes: 'front-line share one half (< 60 %): the deduction, with the 60 % note',
    turns: [
      // min(150000, 8 % × 3000000 = 240000) = 150000
      {
        user: '家政公司 工资总额三百万 教育经费提了十五万 一线阿姨的培训用了一半 剩下的是管理层培训用的 能扣多少',
        expect: { ...deduct(150000, 240000), says: [/税前/, /60\s*%|百分之六十|六成/] },
      },
    ],
  },
  {
    id: 'v66d55',
    class: 'education_fund',
    probes: 'fund 100万 over 8 % × 1200万 = 96万: capped at 96万',
    turns: [
      // min(1000000, 960000) = 960000
      { user: '啊 我们建筑公司 工资总额一千二百万 职工教育经费一百万 这个税前扣除 能扣多少', expect: deduct(960000, 1000000) },
    ],
  },
  {
    id: 'v66d56',
    class: 'education_fund',
    probes: 'fund drawn "不清楚 得问会计" stays open, then 30万 < 32万',
    turns: [
      { user: '教育经费提了多少 不清楚 得问会计 工资一年四百万左右 能扣多少税', expect: askFund },
      // min(300000, 8 % × 4000000 = 320000) = 300000
      { user: '会计说今年那个教育经费提了三十万', expect: deduct(300000, 320000) },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v66d57',
    class: 'apprenticeship',
    probes: '带徒弟 per apprentice: the plan fixes no amount',
    turns: [
      { user: '我带了五个徒弟 学瓦工的 这个带徒弟 国家给不给钱 一个徒弟给多少', expect: noFigure(['四(一)', '六(二)']) },
    ],
  },
  {
    id: 'v66d58',
    class: 'apprenticeship',
    probes: '[voice] 学图 = 学徒: twenty new-type apprentices, no figure',
    turns: [
      { user: '我们劳务公司搞那个新型学图 带了二十个 能补多少钱', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v66d59',
    class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund (六(二)), then its rate — not settled',
    turns: [
      { user: '师傅带徒弟 给师傅发的那个津贴 能从职工教育经费里出吗', expect: { cites: ['六(二)'] } },
      { user: '那一个师傅一个月能给多少 有标准没', expect: unsettled },
    ],
  },
  {
    id: 'v66d60',
    class: 'apprenticeship',
    probes: '[two-part] how many apprentices in three years (2万) and whether money is given (no figure)',
    turns: [
      { user: '带徒弟那个学徒制 三年要培养多少个 给不给钱', expect: { cites: ['四(一)'], noAmount: 'unfixed', says: [/2\s*万|两万|20000/] } },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v66d61',
    class: 'period',
    probes: '[contact] "现在还能申请吗 明年还有没有": the plan ended; then which office',
    turns: [
      { user: '这个以工代训补贴 现在还能申请吗 明年还有没有', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
      { user: '那这个事找哪个部门问', expect: { says: [/人社|12333/] } },
    ],
  },
  {
    id: 'v66d62',
    class: 'period',
    probes: '[dated] 2020 hires are answered for 2020; then "现在还能补报不" gets the end date',
    periodEnd: true,
    turns: [
      // 2 × 200 × 4 = 1600
      { user: '2020年我们家政公司招了两个残疾人 以工代训四个月 社保交着 岗前补贴没领 那时候能补多少', expect: pay(1600) },
      { user: '那现在还能补报不 当时没顾上报', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v66d63',
    class: 'period',
    probes: '"到啥时候结束 2022年还有没有": the period',
    turns: [
      { user: '这个技能提升的方案到啥时候结束 2022年还有没有', expect: { mentionsPeriodEnd: true, answered: true } },
    ],
  },
  {
    id: 'v66d64',
    class: 'period',
    probes: 'apprenticeship "现在还有没有", then "明年有没有新政策" — not in the plan',
    turns: [
      { user: '我们劳务公司 带徒弟那个补贴 现在还有没有', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
      { user: '那明年会不会出新的政策', expect: { noAmount: 'unfixed', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { answered: false }] } },
    ],
  },
  {
    id: 'v66d65',
    class: 'period',
    probes: '装配式 training "今年还搞不": covered by 三(五), and the plan ended',
    turns: [
      { user: '俺们建筑公司那个装配式施工的培训 今年还搞不 二一年底以后还有没有', expect: { cites: ['三(五)'], mentionsPeriodEnd: true } },
    ],
  },
];
