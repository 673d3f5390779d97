/**
 * HELD-OUT dialogues, set v96 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v87
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: rural Henan people on WeChat, typing by VOICE INPUT — village cadres (村支书、驻村
 * 第一书记), owners of 合作社 and 扶贫车间, returning migrant workers who opened a small factory,
 * grandparents asking for grandchildren. Voice-to-text errors on the key words (以工带训 / 一工代训 /
 * 以公代训, 减档立卡, 钢前培训, 残积人), no punctuation, run-on sentences, Henan dialect (中不中, 咋弄,
 * 恁, 俺, 弄啥嘞, 木有, 得劲, 可中), numbers in Chinese words, several batches of hires each with its
 * own months, corrections ("不是 俺说错了"), "不知道 / 记不清", topic switches, and questions outside
 * the plan (land, pensions, 低保, 新农合, loans).
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it depends
 * on has been said: the kind of unit, insurance where the rule needs it, the group, months employed
 * (poor labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was already claimed.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业、合作社、扶贫车间, a 培训机构 too), insured or
 *   not; 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured ENTERPRISE; ordinary villagers and
 *   返乡农民工 are no group of this rule; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only bought from
 *   the 职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy, paid in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

const OJT_NOT_NO = { rule: 'on_job_training', status: 'ineligible' } as const;

/** A 以工代训 fact is still missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: OJT_NOT_NO };
/** A 以工代训 fact cannot be given ("不知道"): no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: OJT_NOT_NO };
/** Part of the hires is settled, another row still open: ask, no 不符合, never the guessed total. */
const partOJT = (...wrong: number[]): TurnExpect => ({ asks: true, notVerdict: OJT_NOT_NO, mustNotContain: wrong.map(String) });
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreading's figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible (ineligible, or still asking), the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: wrong });
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, extra: RegExp[] = []): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/, ...extra],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** The 项目制 advance. */
const advance = (yuan: number): TurnExpect => ({ amount: { rule: 'project_training_advance', yuan } });
/** The plan fixes no amount: no figure, one of these clauses cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it: says so, no figure. */
const notSettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** Outside the plan. */
const outside: TurnExpect = { answered: false };
/** The person's own training subsidy: no figure, its clauses. */
const personTraining: TurnExpect = noFigure(['七(二)', '六(一)', '六(三)', '三(二)']);

export const DIALOGUES_V96: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v96d01',
    class: 'one_group',
    probes: 'facts of one group of poor labour spread over three voice messages; 岗前 asked before any figure; who receives it',
    periodEnd: true,
    turns: [
      { user: '俺是村里合作社的理事长 俺社里今年招了几个减档立卡的贫困户在大棚里干活 听说有个一工代训的补贴 中不中 咋弄', expect: askOJT },
      { user: '招了四个人 都干了八个多月了 以工带训搞了五个月', expect: askOJT },
      // 4 × 200 × 5 = 4000
      { user: '钢前培训补贴木有领过 一分钱都木领', expect: pay(4000) },
      { user: '中 那这四千块钱是打到俺合作社账上还是直接给那几个贫困户', expect: { cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v96d02',
    class: 'one_group',
    probes: 'one run-on message, 以工代训 of seven months capped at six',
    periodEnd: true,
    turns: [
      {
        user: '俺是俺们村扶贫车间的负责人做假发的收了三个建档立卡户进来快一年了以工代训弄了七个月岗前培训那个补贴没申请过能给多少钱',
        // 3 × 200 × min(7, 6) = 3600; uncapped 3 × 200 × 7 = 4200
        expect: payNot(3600, 4200),
      },
    ],
  },
  {
    id: 'v96d03',
    class: 'one_group',
    probes: 'employment-difficulty hires of an insured factory; 岗前 given in a second message',
    periodEnd: true,
    turns: [
      { user: '俺从广东回来在镇上开了个小服装厂 一直交着社保嘞 招了两个就业困难人员 干了大半年了 以公代训六个月 恁看中不中', expect: askOJT },
      // 2 × 200 × 6 = 2400
      { user: '他俩岗前培训补贴也木领 俺就是想问问这个以工代训能给多少', expect: pay(2400) },
    ],
  },
  {
    id: 'v96d04',
    class: 'one_group',
    probes: 'poor labour employed only four months: not the six the clause requires, no figure',
    periodEnd: true,
    turns: [
      {
        user: '俺合作社种香菇的 去年腊月招了俩贫困户 到现在才干了四个月 以工代训也是四个月 钢前补贴木领 能申请那个每人每月二百的不',
        // employed 4 < 6 months: no 以工代训 yet; the misreading 2 × 200 × 4 = 1600
        expect: notYes(1600),
      },
    ],
  },
  {
    id: 'v96d05',
    class: 'one_group',
    probes: 'insurance is irrelevant for poor labour: a workshop without 社保 still gets it',
    periodEnd: true,
    turns: [
      { user: '我是驻村第一书记 帮村里扶贫车间问一下 车间吸纳了六个建档立卡贫困劳动力 都干满一年了 以工代训六个月', expect: askOJT },
      // 6 × 200 × 6 = 7200 (poor labour: any production entity, insured or not)
      { user: '岗前的那个没有享受 车间也没交社保 这个有影响没', expect: pay(7200) },
    ],
  },
  {
    id: 'v96d06',
    class: 'one_group',
    probes: 'zero-employment-family hire: insurance, months and 岗前 each in its own message',
    periodEnd: true,
    turns: [
      { user: '俺厂里招了个零就业家庭的闺女 这个能申请以工代训不 可中', expect: askOJT },
      { user: '厂里社保一直交着嘞 她来了九个月 以工代训干了六个月', expect: askOJT },
      // 1 × 200 × 6 = 1200
      { user: '岗前那个补贴俺也不懂 刚问了会计 会计说岗前培训补贴木领过', expect: pay(1200) },
    ],
  },
  {
    id: 'v96d07',
    class: 'one_group',
    probes: 'a training institution is a production entity for poor labour it employs',
    periodEnd: true,
    turns: [
      {
        user: '俺们是县里一个教电焊的民办培训机构 招了两个建档立卡户在食堂干活 干了七个月 以工代训五个月 岗前补贴木有 俺们这种机构能领这个不',
        // 2 × 200 × 5 = 2000
        expect: pay(2000),
      },
    ],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v96d08',
    class: 'several_groups',
    probes: 'two batches of poor labour with their own months in one message',
    periodEnd: true,
    turns: [
      {
        user: '俺这扶贫车间建档立卡户招了五个干了十个月以工代训六个月还有三个也是建档立卡的来了七个月以工代训才搞了两个月岗前补贴都木领过',
        // 5 × 200 × 6 = 6000; 3 × 200 × 2 = 1200; total 7200. Bled: 8 × 200 × 6 = 9600, 8 × 200 × 2 = 3200
        expect: payNot(7200, 9600, 3200),
      },
    ],
  },
  {
    id: 'v96d09',
    class: 'several_groups',
    probes: 'poor labour and disabled at an insured factory, ordinary villagers not counted; months and 岗前 later',
    periodEnd: true,
    turns: [
      { user: '俺是做箱包的厂子在乡里 交社保 招了贫困户四个 残疾人两个 还有本村的普通劳力十来个 这个一工代训咋算', expect: askOJT },
      { user: '贫困户干了九个月以工代训六个月 残疾人那俩干了五个月 以工代训五个月', expect: askOJT },
      // 4 × 200 × 6 = 4800; 2 × 200 × 5 = 2000; total 6800. Bled: 6 × 200 × 6 = 7200
      { user: '岗前补贴 贫困户跟残疾人 都没领 一个都没', expect: payNot(6800, 7200) },
    ],
  },
  {
    id: 'v96d10',
    class: 'several_groups',
    probes: 'a cooperative: its poor labour counts, its employment-difficulty hires do not (only an insured enterprise)',
    periodEnd: true,
    turns: [
      {
        user: '俺们是农民专业合作社种葡萄嘞 雇了建档立卡贫困户三个 干了八个月 以工代训四个月 另外雇了两个就业困难人员 干了六个月以工代训六个月 岗前补贴全木领',
        // poor: 3 × 200 × 4 = 2400; difficulty row: not an insured enterprise → 0. Wrong: 2400 + 2 × 200 × 6 = 4800
        expect: { oneOf: [payNot(2400, 4800), partOJT(4800)] },
      },
      { user: '那俩就业困难的咋不算嘞 合作社不中?', expect: { cites: ['六(一)'], mustNotContain: ['4800'] } },
    ],
  },
  {
    id: 'v96d11',
    class: 'several_groups',
    probes: 'one group had the 岗前 subsidy, the other not: only the second is paid',
    periodEnd: true,
    turns: [
      { user: '俺的厂交着保险 收了零就业家庭的两个人 还有建档立卡的六个 建档立卡的干了一年 以工代训六个月 零就业家庭那俩干了八个月 以工代训三个月', expect: askOJT },
      // poor: 6 × 200 × 6 = 7200; zero-employment row had 岗前 → 0. Wrong: 7200 + 2 × 200 × 3 = 8400
      { user: '零就业那俩之前领过岗前培训补贴了 建档立卡那六个木领', expect: payNot(7200, 8400) },
    ],
  },
  {
    id: 'v96d12',
    class: 'several_groups',
    probes: 'three batches in Chinese numerals, the third employed under six months',
    periodEnd: true,
    turns: [
      {
        user: '村里扶贫车间 第一批贫困户七个人干了一年多以工代训六个月 第二批贫困户四个干了六个月以工代训三个月 第三批两个贫困户才来了三个月 岗前补贴都木申请过 总共能拿多少',
        // 7 × 200 × 6 = 8400; 4 × 200 × 3 = 2400; third batch employed 3 < 6 → 0; total 10800.
        // Wrong: 10800 + 2 × 200 × 3 = 12000; all at six months 13 × 200 × 6 = 15600
        expect: payNot(10800, 12000, 15600),
      },
    ],
  },
  {
    id: 'v96d13',
    class: 'several_groups',
    probes: 'a second batch added later that has not reached six months; then a question about waiting',
    periodEnd: true,
    turns: [
      // 3 × 200 × 6 = 3600
      { user: '俺合作社养牛嘞 雇了减档立卡户三个 八个月了 以工代训六个月 岗前那个木领', expect: pay(3600) },
      // new two: employed 2 < 6 → 0; total stays 3600. Wrong: 3600 + 2 × 200 × 2 = 4400
      { user: '还有两个也是贫困户 刚来俩月 以工代训也是俩月 这俩能加上不', expect: payNot(3600, 4400) },
      { user: '那等他俩干够半年俺再去报 中不中', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v96d14',
    class: 'several_groups',
    probes: 'disabled and employment-difficulty hires with different months; no six-month floor for them',
    periodEnd: true,
    turns: [
      {
        user: '俺是县里做电子配件的企业 社保交着 残积人招了三个干了十个月以工代训六个月 就业困难的招了两个干了四个月以工代训四个月 岗前都木领过 这两批人能领多少',
        // 3 × 200 × 6 = 3600; 2 × 200 × 4 = 1600; total 5200. Bled: 5 × 200 × 6 = 6000, 5 × 200 × 4 = 4000
        expect: payNot(5200, 6000, 4000),
      },
      { user: '这个以工代训的钱是打给俺厂里嘞还是发给工人个人嘞', expect: { cites: ['六(一)'] } },
    ],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v96d15',
    class: 'negation_after_noun',
    probes: '"岗前培训的补贴嘛 … 一直都是木有去领": negation far after the noun',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间收了五个建档立卡户干了七个月了以工代训六个月那个岗前培训的补贴嘛俺们一直都是木有去领',
        // 5 × 200 × 6 = 6000
        expect: pay(6000),
      },
    ],
  },
  {
    id: 'v96d16',
    class: 'negation_after_noun',
    probes: '"社保这一块 … 一直都木交": an uninsured factory with employment-difficulty hires',
    periodEnd: true,
    turns: [
      {
        user: '俺厂子招了三个就业困难人员 干了半年多 以工代训六个月 岗前培训补贴木领 社保这一块俺们厂说实话一直都木交',
        // uninsured: the difficulty row does not count; the misreading 3 × 200 × 6 = 3600
        expect: noPay(3600),
      },
      { user: '那要是俺从下个月开始给他们交上社保呢 能补上不', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v96d17',
    class: 'negation_after_noun',
    probes: '"说要给报补贴 … 压根就木有领": a promise of the 岗前 subsidy is not a claim',
    periodEnd: true,
    turns: [
      {
        user: '俺们合作社那几个建档立卡户 岗前培训 当时乡里说要给报补贴 后来也不了了之 压根就木有领 四个人 干了九个月 以工代训五个月',
        // 4 × 200 × 5 = 4000
        expect: pay(4000),
      },
    ],
  },
  {
    id: 'v96d18',
    class: 'negation_after_noun',
    probes: '"不是没领 是早都领过了": a negated negation means the 岗前 subsidy was claimed',
    periodEnd: true,
    turns: [
      { user: '俺车间六个建档立卡户 都干了一年 以工代训六个月 这个一工代训能领多少', expect: askOJT },
      // 岗前 claimed → 0; the misreading 6 × 200 × 6 = 7200
      { user: '岗前培训补贴那个 不是没领 是早都领过了', expect: noPay(7200) },
    ],
  },
  {
    id: 'v96d19',
    class: 'negation_after_noun',
    probes: '"社保从来没断过" is insured; "他们也没有领过" after the noun is not claimed',
    periodEnd: true,
    turns: [
      {
        user: '俺这个厂社保从来没断过 收了四个残疾人 干了十一个月 以工代训六个月 岗前补贴他们也没有领过',
        // 4 × 200 × 6 = 4800
        expect: pay(4800),
      },
    ],
  },
  {
    id: 'v96d20',
    class: 'negation_after_noun',
    probes: '"贫困户 他们都不是": no qualifying group; then two disabled among them at an insured factory',
    periodEnd: true,
    turns: [
      {
        user: '俺招的这几个人吧 贫困户 他们都不是 就是俺村里的普通人 七个 干了八个月 以公代训六个月 岗前也木领 能领不',
        // no group of the rule; the misreading 7 × 200 × 6 = 8400
        expect: notYes(8400),
      },
      {
        user: '噢对了他们里头有俩是残疾人 俺这是厂子 交社保 这俩中不中',
        // 2 × 200 × 6 = 2400 (same months as the seven); asking once more is fair too
        expect: { oneOf: [payNot(2400, 8400), partOJT(8400)] },
      },
    ],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v96d21',
    class: 'unknown_reply',
    probes: '"记不清 / 不知道" leaves months open; figures only after the accountant answers; a cooperative\'s difficulty hires add nothing',
    periodEnd: true,
    turns: [
      { user: '俺是合作社的 招的建档立卡户能领那个以工代训不', expect: askOJT },
      { user: '招了五个 干了多长时间俺记不清了 以工代训几个月也不知道 得问会计', expect: dunnoOJT },
      // 5 × 200 × 4 = 4000
      { user: '会计说他们干了八个月 以工代训是四个月 岗前补贴木领', expect: pay(4000) },
      // a cooperative is no insured enterprise, so its difficulty hires never count (insurance or not);
      // their months were never said, so any new total (4000 + 2 × 200 × 4 = 5600, + 2 × 200 × 6 = 6400) is a guess
      {
        user: '俺们合作社还有俩是就业困难人员 社保俺也不知道合作社交木交 这俩能加上不',
        expect: { mustNotContain: ['5600', '6400'], notVerdict: OJT_NOT_NO },
      },
    ],
  },
  {
    id: 'v96d22',
    class: 'unknown_reply',
    probes: 'insurance unknown for employment-difficulty hires: no figure, no verdict',
    periodEnd: true,
    turns: [
      { user: '俺是厂里管人事的 招了俩就业困难人员 干了七个月 以工代训六个月 岗前木领', expect: askOJT },
      { user: '社保交没交俺真不知道 老板管这事 俺问不着', expect: dunnoOJT },
    ],
  },
  {
    id: 'v96d23',
    class: 'unknown_reply',
    probes: '岗前 unknown because the former manager left: no figure, no verdict',
    periodEnd: true,
    turns: [
      { user: '扶贫车间有三个建档立卡户干了十个月以工代训六个月 能申请多少钱', expect: askOJT },
      { user: '岗前补贴领没领俺也说不清 前头那个负责人弄的 他走了', expect: dunnoOJT },
    ],
  },
  {
    id: 'v96d24',
    class: 'unknown_reply',
    probes: 'group unknown, then settled by the register; then payment timing, not settled',
    periodEnd: true,
    turns: [
      { user: '俺村有个做粉条的合作社 雇了六个人 不知道他们算不算贫困户 干了一年了 以工代训六个月 岗前木领', expect: { noAmount: 'open', notVerdict: OJT_NOT_NO } },
      // 4 × 200 × 6 = 4800; all six: 6 × 200 × 6 = 7200
      { user: '俺去村部查了 建档立卡系统里头有四个是的 俩不是', expect: payNot(4800, 7200) },
      { user: '这钱啥时候能打到合作社账上', expect: { says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v96d25',
    class: 'unknown_reply',
    probes: 'grandmother for a 两后生 grandson; whether the family is 建档立卡 she does not know',
    periodEnd: true,
    turns: [
      { user: '俺孙子初中毕业木考上高中 在家闲着耍手机 能去学个技术不 政府给钱不', expect: noFigure(['三(二)', '七(二)', '六(一)']) },
      { user: '俺家是不是建档立卡户俺也记不清了 早几年登记过 现在不知道还算不算', expect: { undecided: 'free_training_poor', noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v96d26',
    class: 'unknown_reply',
    probes: '"忘了" the 以工代训 months, then remembered',
    periodEnd: true,
    turns: [
      { user: '俺厂交社保 收了一个零就业家庭的 以工代训弄了几个月俺忘了 岗前补贴木领', expect: dunnoOJT },
      // 1 × 200 × 5 = 1000
      { user: '想起来了 以工代训五个月 人是前年三月份来的 到现在一直在俺这干', expect: pay(1000) },
    ],
  },
  {
    id: 'v96d27',
    class: 'unknown_reply',
    probes: 'two batches, the months of the second not known: the first may be stated, no total guessed',
    periodEnd: true,
    turns: [
      {
        user: '俺车间建档立卡户两批 头一批三个干了八个月以工代训六个月 第二批两个 干了多久不清楚 以工代训几个月也不清楚 岗前补贴都木领',
        // first batch 3 × 200 × 6 = 3600 settled; second open. Guessed total 5 × 200 × 6 = 6000
        expect: partOJT(6000),
      },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v96d28',
    class: 'correction',
    probes: '"不是 俺说错了": the 以工代训 months corrected from three to six',
    periodEnd: true,
    turns: [
      // 4 × 200 × 3 = 2400
      { user: '俺合作社招了四个建档立卡户 干了九个月 以工代训三个月 岗前补贴木领', expect: pay(2400) },
      // 4 × 200 × 6 = 4800
      { user: '不是 俺说错了 以工代训是六个月 不是三个月', expect: payNot(4800, 2400) },
    ],
  },
  {
    id: 'v96d29',
    class: 'correction',
    probes: 'group corrected from poor labour to employment difficulty: insurance becomes needed',
    periodEnd: true,
    turns: [
      // 3 × 200 × 6 = 3600
      { user: '俺厂里招了三个贫困户 干了七个月 以工代训六个月 钢前补贴木领', expect: pay(3600) },
      { user: '哎呀不对不对 他仨不是贫困户 是就业困难人员 俺记混了', expect: askOJT },
      // 3 × 200 × 6 = 3600 again, now as insured enterprise
      { user: '他仨的社保俺厂里交着嘞 一直都交', expect: pay(3600) },
    ],
  },
  {
    id: 'v96d30',
    class: 'correction',
    probes: 'count corrected from eight to six',
    periodEnd: true,
    turns: [
      // 8 × 200 × 5 = 8000
      { user: '扶贫车间建档立卡贫困户八个 干了一年 以工代训五个月 岗前补贴没领过', expect: pay(8000) },
      // 6 × 200 × 5 = 6000
      { user: '说错了 是六个人 不是八个 有俩早走了', expect: payNot(6000, 8000) },
    ],
  },
  {
    id: 'v96d31',
    class: 'correction',
    probes: 'insurance corrected from not paid to paid',
    periodEnd: true,
    turns: [
      { user: '俺厂残疾人招了两个 干了八个月 以工代训四个月 岗前补贴木领 社保木交', expect: noPay(1600) },
      // 2 × 200 × 4 = 1600
      { user: '不对 俺问了会计 社保一直交着嘞 是俺记错了', expect: pay(1600) },
    ],
  },
  {
    id: 'v96d32',
    class: 'correction',
    probes: '岗前 corrected from claimed to not claimed after a pause',
    periodEnd: true,
    turns: [
      { user: '俺合作社五个建档立卡户干了十个月以工代训六个月岗前补贴领过了', expect: noPay(6000) },
      { user: '恁等一下啊 俺去村部问问会计再回来说', expect: { mustNotContain: ['6000'] } },
      // 5 × 200 × 6 = 6000
      { user: '问过了 俺刚才说错了 岗前那个补贴根本木领 领过的是别的补贴', expect: pay(6000) },
    ],
  },
  {
    id: 'v96d33',
    class: 'correction',
    probes: 'two corrections inside one message (count and months)',
    periodEnd: true,
    turns: [
      {
        user: '俺车间有七个 不是 六个建档立卡户 干了八个月 以工代训五个月 不对是四个月 岗前补贴木领',
        // 6 × 200 × 4 = 4800. Wrong: 7×200×5 = 7000, 6×200×5 = 6000, 7×200×4 = 5600
        expect: payNot(4800, 7000, 6000, 5600),
      },
    ],
  },
  {
    id: 'v96d34',
    class: 'correction',
    probes: 'kind of unit corrected from cooperative to insured company',
    periodEnd: true,
    turns: [
      {
        user: '俺是合作社的 雇了两个就业困难人员 干了七个月 以工代训六个月 岗前木领',
        // a cooperative is no insured enterprise; the misreading 2 × 200 × 6 = 2400
        expect: notYes(2400),
      },
      // 2 × 200 × 6 = 2400
      { user: '说差了 俺这是公司 注册的有限公司 交社保的 合作社是俺哥的', expect: pay(2400) },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v96d35',
    class: 'topic_switch',
    probes: 'amount, then 新农合 (outside), then own training: the amount must not leak',
    periodEnd: true,
    turns: [
      // 2 × 200 × 6 = 2400
      { user: '合作社收了两个减档立卡户 干了一年 以工代训六个月 岗前补贴没申请', expect: pay(2400) },
      { user: '对了 俺娘今年七十了 新农合一年交多少钱', expect: outside },
      { user: '还有俺自己想学个电焊 有补贴不', expect: { ...personTraining, mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v96d36',
    class: 'topic_switch',
    probes: 'a veteran asks about training, then about land transfer (outside)',
    periodEnd: true,
    turns: [
      { user: '俺是退役军人 回村了 想去学个技术 有免费的不', expect: noFigure(['三(二)', '六(一)', '七(二)']) },
      { user: '俺村那个土地流转 一亩地一年给多少钱是咋定的', expect: outside },
    ],
  },
  {
    id: 'v96d37',
    class: 'topic_switch',
    probes: 'grandmother: grandson at 技工学校, then 低保 (outside), then the family aid, then his entrepreneurship training',
    periodEnd: true,
    turns: [
      { user: '俺孙子在技工学校上学 俺家是建档立卡户 学费能免不', expect: noFigure(['三(三)']) },
      { user: '低保咋申请嘞 俺老头子病了干不了活', expect: outside },
      { user: '那孙子上技校 俺家里还能领补助不', expect: noFigure(['三(三)', '三(十四)']) },
      { user: '俺孙子明年就毕业了 说想回村开个修电动车的铺子 这种能上创业培训不', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v96d38',
    class: 'topic_switch',
    probes: 'after a 以工代训 figure, a 生活费补贴 question: not settled, no number from the other rule',
    periodEnd: true,
    turns: [
      // 3 × 200 × 6 = 3600
      { user: '扶贫车间三个建档立卡户 干了九个月 以工代训六个月 岗前补贴木领 能给多少', expect: pay(3600) },
      { user: '再问个事 俺自己去参加培训 培训期间有生活费补贴不 一天给多少', expect: { ...notSettled, mustNotContain: ['3600'] } },
    ],
  },
  {
    id: 'v96d39',
    class: 'topic_switch',
    probes: 'pension raise (outside), then the returning worker\'s own training',
    periodEnd: true,
    turns: [
      { user: '俺爹六十五了 养老金一个月才一百多 能不能给他多涨点', expect: outside },
      { user: '那俺自己 四十多了 在外头打工回来了 想学个挖掘机 能报销不', expect: personTraining },
    ],
  },
  {
    id: 'v96d40',
    class: 'topic_switch',
    probes: 'entrepreneurship, then a workshop amount, then a microloan (outside)',
    periodEnd: true,
    turns: [
      { user: '俺从浙江打工回来 想在村里开个小超市 有啥培训不', expect: noFigure(['三(八)']) },
      // 4 × 200 × 6 = 4800 (半年 = six months employed)
      { user: '另外俺村扶贫车间四个建档立卡户 干了半年 以工代训六个月 岗前补贴木有领 这个能领多少', expect: pay(4800) },
      { user: '中 俺再问问 扶贫小额贷款咋贷', expect: outside },
    ],
  },
  {
    id: 'v96d41',
    class: 'topic_switch',
    probes: 'a 村支书 asks about 高素质农民, then about 五保户 payments (outside)',
    turns: [
      { user: '俺是村支书 想问问这个方案里头 高素质农民培训是弄啥嘞', expect: { cites: ['三(七)'] } },
      { user: '还有俺村五保户的补助今年发了没有', expect: outside },
    ],
  },
  {
    id: 'v96d69',
    class: 'topic_switch',
    probes: 'a training institution: project-training advance, then its own poor-labour hires',
    periodEnd: true,
    turns: [
      // 50 % × 300000 = 150000
      { user: '俺这培训机构接了个项目制培训 培训补贴一共三十万 能先拨多少', expect: advance(150000) },
      {
        user: '俺机构还招了两个建档立卡户打扫卫生 干了十个月 以工代训六个月 岗前补贴木领 这个咋算',
        // 2 × 200 × 6 = 2400
        expect: payNot(2400, 150000),
      },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v96d42',
    class: 'person_training',
    probes: 'a grandfather drawing a monthly pension: outside the training subsidy',
    periodEnd: true,
    turns: [
      {
        user: '俺今年六十二了 每个月领着养老金嘞 想去学个厨师 能享受培训补贴不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, ...noFigure(['六(一)', '七(二)']) },
      },
    ],
  },
  {
    id: 'v96d43',
    class: 'person_training',
    probes: 'returning worker: training subsidy, three a year, the same occupation and level again',
    periodEnd: true,
    turns: [
      { user: '俺在深圳打了十年工回来了 想在县里学个电工证 国家给补贴不', expect: personTraining },
      { user: '俺户口在村里 就在县里学 考了证的话一年能报几回', expect: { cites: ['七(二)'], says: [/3|三/] } },
      { user: '俺去年学过电工初级领过补贴了 今年再学一遍初级中不中', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v96d44',
    class: 'person_training',
    probes: 'a daughter\'s nail-art course; the course is not in the provincial system',
    periodEnd: true,
    turns: [
      { user: '俺闺女在县城一个培训班学美甲 学完拿了证 说是补贴能报 咋弄', expect: { noAmount: 'unfixed' } },
      {
        user: '那个培训班说他们不进省里那个系统也能报补贴 是真嘞不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(三)', '七(一)'] },
      },
    ],
  },
  {
    id: 'v96d45',
    class: 'person_training',
    probes: 'poor labour asks whether training costs money: free training',
    periodEnd: true,
    turns: [{ user: '俺家是减档立卡户 俺想学个养老护理 培训要钱不', expect: noFigure(['三(三)']) }],
  },
  {
    id: 'v96d46',
    class: 'person_training',
    probes: 'three subsidies already this year; then "next year" after the plan ended',
    periodEnd: true,
    turns: [
      {
        user: '俺今年已经领过三回培训补贴了 叉车 焊工 电工 现在又想学个家政 还能再领不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] },
      },
      { user: '那等过了年呢 明年再学家政还能领不', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v96d47',
    class: 'person_training',
    probes: 'training where one works counts; training in a city that is neither home, residence nor job does not',
    periodEnd: true,
    turns: [
      { user: '俺户口在周口 在郑州干活 在郑州学了个育婴师 考了证 能领郑州的补贴不', expect: noFigure(['七(二)']) },
      {
        user: '那俺老婆在老家 户口也在老家 她跑到郑州来学 学完就回去 中不中',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] },
      },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v96d48',
    class: 'entrepreneurship',
    probes: 'a chicken farm open three years; then the per-person amount, which the plan does not fix',
    periodEnd: true,
    turns: [
      { user: '俺开了个养鸡场 开了三年了 算小微企业吧 有啥创业培训能参加不', expect: noFigure(['三(八)']) },
      { user: '那俺去参加创业培训 一个人给补多少钱 够不够买饲料', expect: notSettled },
    ],
  },
  {
    id: 'v96d49',
    class: 'entrepreneurship',
    probes: 'a son at a vocational college who wants to sell online',
    periodEnd: true,
    turns: [{ user: '俺儿在职业学院上大二 想毕业回来搞电商卖红薯粉条 有创业培训不', expect: noFigure(['三(八)']) }],
  },
  {
    id: 'v96d50',
    class: 'entrepreneurship',
    probes: 'wish to start a business; which unit is responsible; whether the training is paid',
    periodEnd: true,
    turns: [
      { user: '俺媳妇想开个小吃店 她有这个想法 去哪学创业', expect: noFigure(['三(八)']) },
      { user: '俺媳妇这个创业培训是谁管嘞 俺找哪个部门问', expect: { cites: ['三(八)'], says: [/人社|人力资源/] } },
      { user: '她去学那个创业的课 培训费要俺家自己掏不', expect: notSettled },
    ],
  },
  {
    id: 'v96d51',
    class: 'entrepreneurship',
    probes: 'a shop open eight years with no wish to start anything; then a nephew who left 技校',
    periodEnd: true,
    turns: [
      {
        user: '俺这个门市部开了八年了 现在也不想再折腾啥新生意 创业培训能上不',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
      { user: '那俺侄子刚从技校毕业 想自己干点啥 他能去不', expect: noFigure(['三(八)']) },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v96d52',
    class: 'equipment',
    probes: 'a master studio, 80万 from the education fund; acceptance given later; cap 10万',
    periodEnd: true,
    turns: [
      {
        user: '俺从外头回来在县里开了个机械厂 建了个技能大师工作室 新买了实训设备八十万 是用职工教育经费买的',
        expect: { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } },
      },
      // min(20 % × 800000 = 160000, 100000) = 100000
      { user: '县人社局和财政局的人来验收过了 说是合格', expect: kit(100000, '160000', '16万') },
    ],
  },
  {
    id: 'v96d53',
    class: 'equipment',
    probes: 'a high-skill base, 120万 in Chinese numerals, under the 50万 cap',
    periodEnd: true,
    turns: [
      {
        user: '俺们企业的高技能人才培训基地 今年用职工教育经费新添了一百二十万的设备 人社局财政局验收合格了 能补多少',
        // min(20 % × 1200000 = 240000, 500000) = 240000
        expect: kit(240000),
      },
    ],
  },
  {
    id: 'v96d54',
    class: 'equipment',
    probes: 'funding source not known: no figure',
    periodEnd: true,
    turns: [
      { user: '俺厂大师工作室买了三十万的设备 验收也过了 能补多少钱', expect: { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } } },
      // open: 20 % × 300000 = 60000 must not appear
      { user: '钱从哪出的俺不清楚 老板自己买的 俺就是个车间主任', expect: { ...dunnoKit, mustNotContain: ['60000', '6万'] } },
    ],
  },
  {
    id: 'v96d55',
    class: 'equipment',
    probes: 'bought with a bank loan: not from the education fund; then the cap of a base',
    periodEnd: true,
    turns: [
      {
        user: '俺们培训基地的设备是贷款买的 二百万 验收过了 能给补贴不',
        // not from the 职工教育经费; the misreading 20 % × 2000000 = 400000
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['400000', '40万'] },
      },
      { user: '那要是用职工教育经费买的 最多能补多少', expect: { cites: ['四(一)'], says: [/50\s*万|五十万/] } },
    ],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v96d56',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: deduction capped, pre-tax',
    turns: [
      {
        user: '俺们公司一年工资总额五百万 职工教育经费提了五十万 税前能扣多少',
        // min(500000, 8 % × 5000000 = 400000) = 400000
        expect: deduct(400000),
      },
    ],
  },
  {
    id: 'v96d57',
    class: 'education_fund',
    probes: 'fund under 8 %: all of it deductible; then the 60 % front-line share',
    turns: [
      // min(120000, 8 % × 2000000 = 160000) = 120000
      { user: '厂里工资一年二百万 职工教育经费提了十二万 能全部税前扣除不', expect: deduct(120000) },
      { user: '这个教育经费 一线工人培训要占多少', expect: { cites: ['六(二)'], says: [/60|六成|百分之六十/] } },
    ],
  },
  {
    id: 'v96d58',
    class: 'education_fund',
    probes: 'figures given after a question; front-line share of one half is under 60 %',
    turns: [
      { user: '职工教育经费那个税前扣除 俺想问问咋算', expect: { noAmount: 'open', asks: true } },
      // min(150000, 8 % × 1500000 = 120000) = 120000; 50 % < 60 % front-line
      { user: '工资总额一百五十万 提了十五万 一线职工培训用了一半', expect: deduct(120000, [/60|六成|百分之六十/]) },
    ],
  },
  {
    id: 'v96d59',
    class: 'education_fund',
    probes: 'payroll unknown: no deduction figure',
    turns: [
      {
        user: '俺公司教育经费提了三十万 工资总额多少俺不知道 得问财务 能扣多少',
        expect: { noAmount: 'open', undecided: 'education_fund_deduction' },
      },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v96d60',
    class: 'apprenticeship',
    probes: 'ten apprentices: the plan fixes no amount; then the 师带徒 allowance source',
    turns: [
      { user: '俺厂里带了十个新型学徒 一个学徒补多少钱', expect: noFigure(['四(一)']) },
      { user: '那俺厂里老师傅带徒弟的津贴 从哪出钱', expect: { cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v96d61',
    class: 'apprenticeship',
    probes: 'a cooperative asks a yearly apprenticeship amount',
    turns: [{ user: '俺合作社想搞企业新型学徒制 收五个徒弟 政府一年给多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v96d62',
    class: 'apprenticeship',
    probes: 'what apprenticeship is, the three-year target, then a computed total that the plan does not fix',
    turns: [
      { user: '学徒制是咋回事 俺是做木工家具的小厂', expect: { cites: ['四(一)'] } },
      { user: '方案里说三年一共要培养多少学徒来着', expect: { cites: ['四(一)'], says: [/2\s*万|两万|二万|20000/] } },
      { user: '那俺带了八个学徒 补贴按八个人算一共多少', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v96d63',
    class: 'apprenticeship',
    probes: 'how apprenticeship money is paid and contract length: not settled',
    turns: [
      { user: '俺想收几个学徒 学徒补贴是按月给还是一次性给', expect: notSettled },
      { user: '学徒是不是得跟厂里签合同 得签几年', expect: notSettled },
    ],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v96d64',
    class: 'period',
    probes: 'a dated question inside the period: answered for 2020',
    periodEnd: true,
    turns: [
      {
        user: '二零二零年的时候俺扶贫车间收了三个建档立卡户 干了八个月 以工代训六个月 岗前补贴木领 那时候能领多少',
        // 3 × 200 × 6 = 3600
        expect: pay(3600),
      },
    ],
  },
  {
    id: 'v96d65',
    class: 'period',
    probes: 'whether the policy still runs; then October 2021 inside the period',
    periodEnd: true,
    turns: [
      { user: '这个以工代训的政策现在还有没有 俺今年想报', expect: { mentionsPeriodEnd: true } },
      { user: '那二零二一年十月份的时候还在不在', expect: { says: [/2019.{0,16}2021|12\s*月\s*31|实施期|有效期|执行期/] } },
    ],
  },
  {
    id: 'v96d66',
    class: 'period',
    probes: 'start and end of the three-year action',
    turns: [{ user: '俺听说这个技能提升行动是三年的 啥时候开始嘞啥时候结束嘞', expect: { mentionsPeriodEnd: true, says: [/2019/] } }],
  },
  {
    id: 'v96d67',
    class: 'period',
    probes: 'hires in 2022 after the end; then a batch of 2021 inside the period',
    periodEnd: true,
    turns: [
      { user: '俺合作社二零二二年开春招了俩建档立卡户 干到年底 以工代训六个月 岗前木领 能申请一工代训不', expect: { mentionsPeriodEnd: true } },
      // 3 × 200 × 5 = 3000
      { user: '那二零二一年那会儿招的呢 俺也招了三个建档立卡的 干了七个月 以工代训五个月 岗前也木领', expect: pay(3000) },
    ],
  },
  {
    id: 'v96d68',
    class: 'period',
    probes: 'asked in 2024 whether one can still apply: no figure, the end said',
    periodEnd: true,
    turns: [{ user: '俺是扶贫车间的 现在都二零二四年了 还能按这个方案申请以工代训不', expect: { mentionsPeriodEnd: true, noAmount: 'open' } }],
  },
];
