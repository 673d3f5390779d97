/**
 * HELD-OUT dialogues, set v49 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) and
 * issue 10 only: never from the service's output, the code under src/, or the dev sets under
 * test/. Only the format of v15 (its header and first lines) was looked at; no message of any
 * other set was read, reused or paraphrased. Not to be tuned on: no word of these messages goes
 * into a glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it
 * measures nothing any more; write a new one instead.
 *
 * Who types here: owners and office staff of small rural businesses around Zhengzhou — a pig-farm
 * cooperative (养猪合作社), a 扶贫车间 making wigs (假发), a 农家乐 that became a company, a 驾校
 * that also runs training, a 汽修厂 — plus a few retired or nearly retired workers and their
 * children asking about training. WeChat on a phone, in short bursts: one or two facts a message,
 * sometimes out of order; bare replies to the question the service would ask (有 / 木有 / 一半 /
 * 俩月 / 半年多 / 不晓得); "多少钱" asked again and again; a change of subject and a way back;
 * dialect (俺 / 咋 / 木 / 中不中 / 记岔了), homophones (已工代训), numerals as 俩 / 仨 / 叁 / 陆 /
 * 伍 / 全角 / 二百五十万.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, the kind of unit, insurance where the rule needs it, months employed for poor labour,
 * months of 以工代训, the fund source and acceptance of equipment, payroll and fund drawn) must be
 * asked, so an amount is expected only once every such fact has been said; "不晓得" leaves it open.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业 / 合作社 / 扶贫车间 / 培训机构 such as a 驾校);
 *   就业困难 (incl. 残疾人) and 零就业家庭 only with an insured enterprise (a 扶贫车间 is not one);
 *   退役军人 are no group of this rule; rows with the 岗前培训补贴 claimed never count.
 *   d01 4×200×5 = 4000; d02 6×200×3 = 3600; d03 2×200×4 = 1600; d04 2×200×min(7,6) = 2400;
 *   d05 1×200×6 = 1200; d07 poor 5×200×6 = 6000 (disabled at a 扶贫车间 not counted; 7600 / 8400
 *   wrong); d08 3×200×2 + 1×200×5 = 2200; d09 2×200×6 + 3×200×3 = 4200; d10 poor 2×200×5 = 2000
 *   (the disabled row claimed the 岗前 subsidy); d11 1×200×4 = 800 (veterans not counted);
 *   d12 2×200×6 = 2400; d15 3×200×5 = 3000; d16 2×200×2 = 800; d17 4×200×3 = 2400;
 *   d22 5×200×4 = 4000 → 3×200×4 = 2400; d23 2×200×5 = 2000 → not insured; d24 4×200×6 = 4800 →
 *   4×200×2 = 1600; d27 2×200×3 = 1200; d28 2×200×5 = 2000; d29 6×200×3 = 3600; d33 2×200×3 =
 *   1200; d58 3×200×4 = 2400; d61 2×200×6 = 2400.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted. d25 300 000 → 60 000, then 600 000 → min(120 000, 100 000) = 100 000;
 *   d30 1 500 000 → 300 000; d47 450 000 → 90 000; d50 1 800 000 + 1 200 000 → min(600 000,
 *   500 000) = 500 000.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 *   d26 min(200 000, 160 000) = 160 000, then payroll 3 000 000 → min(200 000, 240 000) = 200 000;
 *   d30 min(450 000, 400 000) = 400 000; d52 min(100 000, 120 000) = 100 000; d53 min(50 000,
 *   64 000) = 50 000; d54 min(120 000, 96 000) = 96 000; d55 min(180 000, 200 000) = 180 000.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance: d31 80 000 → 40 000.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact is still open (the person said something else): no figure, no 不符合. */
const openOJT: TurnExpect = { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given ("不晓得"): no figure, no verdict. */
const dunnoOJT = (...wrong: number[]): TurnExpect => ({
  noAmount: 'open',
  undecided: 'on_job_training',
  notVerdict: { rule: 'on_job_training', status: 'ineligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts (yet), the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
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
/** Person training: no figure (the plan sets none here), and not a yes on these facts. */
const trainNotYes: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } };
/** Person training: facts still open, no figure, no verdict either way. */
const trainOpen: TurnExpect = { noAmount: 'unfixed', undecided: 'vocational_training' };
/** Entrepreneurship training is open to this person; the plan fixes no amount. */
const startUp: TurnExpect = { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] };

export const DIALOGUES_V49: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v49d01',
    class: 'one_group',
    probes: 'pig cooperative, poor labour, one fact a message; the 岗前 subsidy answered with a bare 木有',
    periodEnd: true,
    turns: [
      { user: '俺们是养猪合作社 招了建档立卡的 以工代训咋补', expect: askOJT },
      { user: '４个人 都是村里的', expect: askOJT },
      { user: '来了十个月了  以工代训  5个月', expect: askOJT },
      { user: '岗前培训补贴 木有。到底多少钱', expect: pay(4000) },
    ],
  },
  {
    id: 'v49d02',
    class: 'one_group',
    probes: 'wig workshop: count as 陆, homophone 已工代训, months employed last as 半年多',
    periodEnd: true,
    turns: [
      { user: '做假发的扶贫车间 问个以工代训', expect: askOJT },
      { user: '贫困户 陆个', expect: askOJT },
      { user: '已工代训仨月 岗前那个补贴没领', expect: askOJT },
      { user: '来车间 半年多了', expect: { oneOf: [payNot(3600, 7200), { ...askOJT, mustNotContain: ['7200'] }] } },
    ],
  },
  {
    id: 'v49d03',
    class: 'one_group',
    probes: '农家乐 now a company, two 就业困难 hires; insurance is the last fact, answered 有',
    periodEnd: true,
    turns: [
      { user: '俺家农家乐 前年改成公司了 想问个补贴', expect: { noAmount: 'open' } },
      { user: '招了俩就业困难的 以工代训4个月 岗前培训补贴没拿过 能补多少', expect: askOJT },
      { user: '有', expect: pay(1600) },
    ],
  },
  {
    id: 'v49d04',
    class: 'one_group',
    probes: 'driving school, poor labour, 以工代训 7 months capped at 6; facts out of order',
    periodEnd: true,
    turns: [
      { user: '驾校的 以工代训 七个月 两个贫困劳动力', expect: askOJT },
      { user: '人来了七个月了 岗前补贴木有申请过 补多少', expect: payNot(2400, 2800) },
    ],
  },
  {
    id: 'v49d05',
    class: 'one_group',
    probes: 'garage, insured, one 零就业家庭 hire for a full six months',
    periodEnd: true,
    turns: [{ user: '汽修厂 参保的 招了1个零就业家庭的 以工代训整６个月 岗前补贴没领 给多少', expect: pay(1200) }],
  },
  {
    id: 'v49d06',
    class: 'one_group',
    probes: 'cooperative, poor labour employed only four months: not yet six, no 2400',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户3个 以工代训4个月 岗前的没领', expect: askOJT },
      { user: '才来四个月', expect: notYes(2400) },
    ],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v49d07',
    class: 'several_groups',
    probes: 'wig workshop: poor labour paid, disabled hires not (a 扶贫车间 is no insured enterprise); no bleed of months',
    periodEnd: true,
    turns: [
      { user: '假发车间 贫困户5个 残疾人2个 以工代训能补多少', expect: askOJT },
      { user: '贫困户干了八个月 以工代训6个月  残疾的俩 以工代训4个月', expect: askOJT },
      {
        user: '岗前那补贴 两拨人 谁都没领过',
        expect: { oneOf: [payNot(6000, 7600, 8400), { asks: true, mustNotContain: ['7600', '8400'] }] },
      },
    ],
  },
  {
    id: 'v49d08',
    class: 'several_groups',
    probes: '农家乐 company: 就业困难 ×3 for 俩月 and 零就业家庭 ×1 for 伍个月, each on its own months',
    periodEnd: true,
    turns: [
      { user: '农家乐 现在是公司 社保都交着', expect: { noAmount: 'open' } },
      { user: '就业困难的仨 以工代训俩月', expect: askOJT },
      { user: '还有一个零就业家庭的 以工代训伍个月', expect: askOJT },
      { user: '岗前补贴 两拨都没领 一共能补多少', expect: payNot(2200, 4000, 1600) },
    ],
  },
  {
    id: 'v49d09',
    class: 'several_groups',
    probes: 'cooperative, two batches of poor labour with different counts and months in one message',
    periodEnd: true,
    turns: [
      {
        user: '合作社里建档立卡的 头一批2个 干了一年 以工代训6个月；第二批3个 干了7个月 以工代训3个月；岗前补贴都没领 算算多少',
        expect: payNot(4200, 6000, 3000),
      },
    ],
  },
  {
    id: 'v49d10',
    class: 'several_groups',
    probes: 'garage: disabled row claimed the 岗前 subsidy, poor-labour row did not; only the poor row counts',
    periodEnd: true,
    turns: [
      { user: '汽修厂 参保的 想算算以工代训', expect: askOJT },
      { user: '残疾人一个 以工代训三个月', expect: askOJT },
      { user: '建档立卡两个 干了九个月 以工代训五个月', expect: askOJT },
      { user: '岗前补贴 残疾那个领过了 贫困户俩没领', expect: payNot(2000, 2600, 3000) },
    ],
  },
  {
    id: 'v49d11',
    class: 'several_groups',
    probes: 'driving school: three veterans (no group of 六(一)) and one poor-labour hire',
    periodEnd: true,
    turns: [
      { user: '驾校 招了退伍的3个 还有1个贫困户 以工代训给补多少', expect: askOJT },
      { user: '贫困户那个干了8个月 以工代训4个月 岗前的都没领', expect: payNot(800, 3200) },
    ],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v49d12',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 … 一分钱 都没领过: negation far after the noun',
    periodEnd: true,
    turns: [{ user: '合作社 贫困户2个 干了7个月 以工代训6个月 岗前培训补贴 俺们 一分钱 都没领过 能补多少', expect: pay(2400) }],
  },
  {
    id: 'v49d13',
    class: 'negation_after_noun',
    probes: '社保 这两年 一直 没给交: not insured, so the 就业困难 hire does not count',
    periodEnd: true,
    turns: [
      { user: '农家乐公司 就业困难人员一个 以工代训4个月 岗前补贴没领', expect: askOJT },
      { user: '社保 这两年 一直 没给交', expect: noPay(800) },
    ],
  },
  {
    id: 'v49d14',
    class: 'negation_after_noun',
    probes: 'double negation 不是没领 是领过了: the 岗前 subsidy was claimed',
    periodEnd: true,
    turns: [{ user: '汽修厂 参保 零就业家庭2个 以工代训3个月 岗前补贴那事 不是没领 是领过了', expect: noPay(1200) }],
  },
  {
    id: 'v49d15',
    class: 'negation_after_noun',
    probes: '岗前培训的补贴 车间里 谁也 木 领: split dialect negation',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 假发 贫困户三个 干了一年了 以工代训5个月 能补多少', expect: askOJT },
      { user: '岗前培训的补贴 车间里 谁也 木 领', expect: pay(3000) },
    ],
  },
  {
    id: 'v49d16',
    class: 'negation_after_noun',
    probes: '社保嘛 不是不交 一直在交: double negation means insured',
    periodEnd: true,
    turns: [{ user: '汽修厂 残疾人两个 以工代训俩月 岗前补贴没领 社保嘛 不是不交 一直在交', expect: pay(800) }],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v49d17',
    class: 'unknown_reply',
    probes: 'months employed 不晓得, then given by the accountant; how much asked twice',
    periodEnd: true,
    turns: [
      { user: '养猪合作社 贫困户4个 以工代训3个月 岗前补贴没领 补多少', expect: askOJT },
      { user: '干了几个月 不晓得 得问会计', expect: dunnoOJT(2400) },
      { user: '会计说 八个月了 那到底多少', expect: pay(2400) },
    ],
  },
  {
    id: 'v49d18',
    class: 'unknown_reply',
    probes: 'office clerk does not know whether the company pays social insurance',
    periodEnd: true,
    turns: [
      { user: '农家乐改的公司 就业困难人员2个 以工代训6个月 岗前补贴木领 能给多少', expect: askOJT },
      { user: '社保 俺不晓得 老板娘管这摊', expect: dunnoOJT(2400) },
    ],
  },
  {
    id: 'v49d19',
    class: 'unknown_reply',
    probes: '岗前 subsidy 不确定, then "大概说个数" — still no figure',
    periodEnd: true,
    turns: [
      { user: '假发车间 建档立卡3个 来了九个月 以工代训四个月', expect: askOJT },
      { user: '岗前补贴领没领 不确定 前任会计办的', expect: dunnoOJT(2400) },
      { user: '多少钱 大概说个数也中', expect: { ...openOJT, mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v49d20',
    class: 'unknown_reply',
    probes: 'months of 以工代训 unknown; a later answer about the 岗前 subsidy does not close it',
    periodEnd: true,
    turns: [
      { user: '汽修厂 参保了 招了个残疾小伙 以工代训有补贴吗', expect: askOJT },
      { user: '几个月 不知道啊 一直跟着师傅干活', expect: dunnoOJT() },
      { user: '岗前补贴 小伙没领过', expect: { noAmount: 'open', undecided: 'on_job_training' } },
    ],
  },
  {
    id: 'v49d21',
    class: 'unknown_reply',
    probes: 'son of a nearly retired worker: pension 不晓得 keeps the training subsidy open',
    periodEnd: true,
    turns: [
      { user: '俺爸快退休了 想学个电工 培训有补贴木', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '养老金 领没领 不晓得', expect: trainOpen },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v49d22',
    class: 'correction',
    probes: 'count corrected from 5 to 3 after an amount was given',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户5个 干了一年 以工代训4个月 岗前补贴没领 多少钱', expect: pay(4000) },
      { user: '说错了 贫困户是仨 不是五个', expect: payNot(2400, 4000) },
    ],
  },
  {
    id: 'v49d23',
    class: 'correction',
    probes: 'insured corrected to not insured (社保去年就断了)',
    periodEnd: true,
    turns: [
      { user: '农家乐公司 就业困难的2个 以工代训5个月 岗前木领 社保交着呢', expect: pay(2000) },
      { user: '不对不对 社保去年就断了 没交', expect: noPay(2000) },
    ],
  },
  {
    id: 'v49d24',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 6 to 俩月 (记岔了)',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困户4个 干了7个月 以工代训6个月 岗前补贴没领 能补多少', expect: pay(4800) },
      { user: '哦 以工代训是俩月 俺记岔了', expect: payNot(1600, 4800) },
    ],
  },
  {
    id: 'v49d25',
    class: 'correction',
    probes: 'studio equipment value corrected from 30万 to 60万: the 10万 cap now applies',
    periodEnd: true,
    turns: [
      { user: '汽修厂 技能大师工作室 买了实训设备 30万 职工教育经费出的 验收过了 补多少', expect: kit(60000) },
      { user: '不是30万 是60万', expect: kitNot(100000, 120000) },
    ],
  },
  {
    id: 'v49d26',
    class: 'correction',
    probes: 'payroll corrected from 200万 to 300万: the deduction is now the fund drawn',
    turns: [
      { user: '驾校 去年工资总额 200万 职工教育经费提了 20万 税前能扣多少', expect: deduct(160000) },
      { user: '记错了 工资总额是300万', expect: deduct(200000, 160000) },
    ],
  },
  {
    id: 'v49d27',
    class: 'correction',
    probes: 'group corrected from poor labour to disabled (就业困难) at an insured garage',
    periodEnd: true,
    turns: [
      { user: '汽修厂 参保 招了2个贫困户 以工代训3个月 岗前没领', expect: askOJT },
      { user: '不对 不是贫困户 是残疾人 就业困难的', expect: pay(1200) },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v49d28',
    class: 'topic_switch',
    probes: 'pig price in the middle (outside), then back to 以工代训 with the missing facts',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户2个 以工代训 补多少', expect: askOJT },
      { user: '对了 今年猪价还能涨不', expect: decline },
      { user: '回到刚才那个 他俩干了10个月 以工代训5个月 岗前的没领', expect: pay(2000) },
    ],
  },
  {
    id: 'v49d29',
    class: 'topic_switch',
    probes: 'wig workshop owner asks for her retired mother mid-way; no 以工代训 figure there; then back',
    periodEnd: true,
    turns: [
      { user: '假发车间 贫困户6个 干了八个月 以工代训3个月', expect: askOJT },
      { user: '还有个事 俺娘退休了 拿着退休金 还能参加补贴培训不', expect: { ...trainNotYes, mustNotContain: ['3600'] } },
      { user: '岗前补贴 车间没领 刚才那个多少钱', expect: pay(3600) },
    ],
  },
  {
    id: 'v49d30',
    class: 'topic_switch',
    probes: 'garage: equipment for a base, then the education fund — two rules, two amounts',
    periodEnd: true,
    turns: [
      { user: '汽修厂 高技能人才培训基地 新买设备 150万 教育经费出的 验收合格了 补多少', expect: kit(300000) },
      { user: '另外 工资总额一年500万 职工教育经费提了45万 税前扣多少', expect: deduct(400000, 450000) },
    ],
  },
  {
    id: 'v49d31',
    class: 'topic_switch',
    probes: 'driving school: project-training advance, a driving-test question (outside), then a reference back',
    periodEnd: true,
    turns: [
      { user: '驾校搞项目制培训 培训补贴总共8万 能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 40000 } } },
      { user: '学员科目二挂了三回 还能补考不', expect: decline },
      { user: '那先拨的那一半 是哪条规定的', expect: { cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v49d32',
    class: 'topic_switch',
    probes: 'daughter asks for her pensioned father, then for herself (entrepreneurship)',
    periodEnd: true,
    turns: [
      { user: '俺爸退休了 每月领养老金 想去学个家政 能有补贴吗', expect: trainNotYes },
      { user: '那俺自己 想开个小饭馆 有创业培训不', expect: startUp },
    ],
  },
  {
    id: 'v49d33',
    class: 'topic_switch',
    probes: '[contact] after an amount, where to apply: the unit (人社), not a guessed number',
    periodEnd: true,
    turns: [
      { user: '农家乐公司 参保的 就业困难2个 以工代训3个月 岗前木领 给多少', expect: pay(1200) },
      { user: '这个去哪申请 找哪个部门 有电话木', expect: { says: [/人社|12333/] } },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v49d34',
    class: 'person_training',
    probes: 'retired worker with a monthly pension asks for a training subsidy',
    periodEnd: true,
    turns: [{ user: '退休工人 每月有退休金 想学电焊 政府给培训补贴不', expect: { ...trainNotYes, cites: ['六(一)', '七(二)'] } }],
  },
  {
    id: 'v49d35',
    class: 'person_training',
    probes: 'nearly retired, bare 木有 on pension; certificate not yet taken',
    periodEnd: true,
    turns: [
      { user: '俺55了 还没退休 想学个育婴师 有补贴不', expect: trainOpen },
      { user: '养老金 木有', expect: { ...trainOpen, notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '在户籍地学 证还木考', expect: trainNotYes },
    ],
  },
  {
    id: 'v49d36',
    class: 'person_training',
    probes: 'son asks for his just-retired mother; pension said only in the second message',
    periodEnd: true,
    turns: [
      { user: '俺妈今年刚退 想学点手艺 培训补贴能享受不', expect: trainNotYes },
      { user: '养老金 她有 按月领', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/养老金/] } },
    ],
  },
  {
    id: 'v49d37',
    class: 'person_training',
    probes: 'poor (建档立卡) family, child at a 技工学校: the family aid, no figure',
    periodEnd: true,
    turns: [{ user: '俺家是建档立卡户 孩子在技工学校上学 家里有啥补助', expect: { status: { rule: 'poor_family_child_aid', status: 'eligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v49d38',
    class: 'person_training',
    probes: 'driving instructor, 58, no pension, facts in two bursts; no figure for the training subsidy',
    periodEnd: true,
    turns: [
      { user: '俺在驾校当教练 58了 木有退休金 想在郑州学个汽修 考个证', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '户口就在郑州 证拿到了 今年头一回 机构说在系统里', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v49d39',
    class: 'person_training',
    probes: 'garage worker with three subsidies already this year: the yearly limit',
    periodEnd: true,
    turns: [{ user: '俺是汽修厂的工人 今年培训补贴已经领了三回了 还想学个电工 还能补不', expect: { ...trainNotYes, cites: ['七(二)'] } }],
  },
  {
    id: 'v49d40',
    class: 'person_training',
    probes: 'same occupation and level subsidised before (中级电工 twice)',
    periodEnd: true,
    turns: [{ user: '俺前年考中级电工领过补贴 今年还想考中级电工 能再补一回不', expect: { ...trainNotYes, cites: ['七(二)'] } }],
  },
  {
    id: 'v49d41',
    class: 'person_training',
    probes: '[two-part] pensioned father, and the son training in his 户籍地: both parts answered',
    periodEnd: true,
    turns: [
      {
        user: '两个事：俺爸退休了拿养老金 能不能参加补贴培训？俺自己从外地回来 想在户籍地学厨师 能补不',
        expect: { noAmount: 'unfixed', says: [/养老金/, /户籍地/] },
      },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v49d42',
    class: 'entrepreneurship',
    probes: '农家乐 open three years, a small business: entrepreneurship training',
    periodEnd: true,
    turns: [{ user: '俺农家乐开了三年 算小微企业 想参加创业培训 中不中', expect: startUp }],
  },
  {
    id: 'v49d43',
    class: 'entrepreneurship',
    probes: 'garage open seven years: not decided until the wish to start a new business is said',
    periodEnd: true,
    turns: [
      { user: '汽修厂开了七年了 老板能参加创业培训不', expect: { undecided: 'entrepreneurship_training', noAmount: 'unfixed' } },
      { user: '想再开个洗车店', expect: startUp },
    ],
  },
  {
    id: 'v49d44',
    class: 'entrepreneurship',
    probes: 'retiree wants to open a shop; then how much per person (not set by the plan)',
    periodEnd: true,
    turns: [
      { user: '退休了 想开个小卖部 有创业培训吗', expect: startUp },
      { user: '培训一个人 补多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v49d45',
    class: 'entrepreneurship',
    probes: 'a 职业学院 student helping at a driving school: eligible as a vocational student',
    periodEnd: true,
    turns: [{ user: '俺在职业学院上大二 周末在驾校帮忙 能参加创业培训不', expect: startUp }],
  },
  {
    id: 'v49d46',
    class: 'entrepreneurship',
    probes: '[contact] wig worker wants her own online shop; then where to sign up',
    periodEnd: true,
    turns: [
      { user: '俺在假发车间干 想自己出来开个网店 能参加创业培训不', expect: startUp },
      { user: '上哪报名 找谁', expect: { says: [/人社/] } },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v49d47',
    class: 'equipment',
    probes: 'garage studio equipment, one fact a message: value, fund, acceptance',
    periodEnd: true,
    turns: [
      { user: '汽修厂 弄了个技能大师工作室 买设备有补贴没', expect: askKit },
      { user: '设备花了 45万', expect: askKit },
      { user: '钱是从厂里职工教育经费里走的', expect: askKit },
      { user: '验收 过了 能补多少', expect: kit(90000) },
    ],
  },
  {
    id: 'v49d48',
    class: 'equipment',
    probes: 'base equipment bought on a loan, not from the 职工教育经费: no subsidy',
    periodEnd: true,
    turns: [
      {
        user: '驾校建的高技能人才培训基地 买了300万的设备 是贷款买的 不是教育经费 验收过了 补多少',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['600000', /60\s*万/, '500000'] },
      },
    ],
  },
  {
    id: 'v49d49',
    class: 'equipment',
    probes: 'acceptance 不晓得: no 40000',
    periodEnd: true,
    turns: [
      { user: '汽修厂大师工作室 新设备 20万 职工教育经费买的', expect: askKit },
      { user: '验收的事 不晓得 人社来看过一回', expect: { noAmount: 'open', undecided: 'equipment_subsidy', mustNotContain: ['40000', /4\s*万元/] } },
    ],
  },
  {
    id: 'v49d50',
    class: 'equipment',
    probes: 'two purchases for one base add up past the 50万 cap',
    periodEnd: true,
    turns: [{ user: '驾校的高技能人才培训基地 俩批设备 一批180万 一批120万 都是教育经费买的 都验收了 最多补多少', expect: kitNot(500000, 600000) }],
  },
  {
    id: 'v49d51',
    class: 'equipment',
    probes: 'studio equipment not yet accepted (验收 还没 验): no 16000',
    periodEnd: true,
    turns: [{ user: '汽修厂大师工作室 设备 8万 教育经费出的 验收 还没 验', expect: noKit(16000, /1\.6\s*万/) }],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v49d52',
    class: 'education_fund',
    probes: 'garage fund deduction; then front-line share 一半, under the 60 % the plan asks',
    turns: [
      { user: '汽修厂 工资总额一年 150万 职工教育经费提了 10万 税前能扣多少', expect: deduct(100000) },
      { user: '一线工人培训 花了一半', expect: { says: [/60\s*[%％]|百分之六十|六成/] } },
    ],
  },
  {
    id: 'v49d53',
    class: 'education_fund',
    probes: 'fund drawn 不晓得, then 五万: no cap figure while open',
    turns: [
      { user: '驾校 工资薪金总额 一年 80万 教育经费税前能扣多少', expect: askFund },
      { user: '提了多少 不晓得 会计请假了', expect: askFund },
      { user: '会计回话了 提了五万', expect: deduct(50000) },
    ],
  },
  {
    id: 'v49d54',
    class: 'education_fund',
    probes: 'payroll 不清楚 first, then 一百二十万: the 8 % cap binds',
    turns: [
      { user: '农家乐公司 教育经费提了12万 工资总额 不清楚 税前能扣多少', expect: askFund },
      { user: '问过了 工资总额 一百二十万', expect: deduct(96000, 120000) },
    ],
  },
  {
    id: 'v49d55',
    class: 'education_fund',
    probes: 'amounts as Chinese numerals (二百五十万 / 十八万)',
    turns: [{ user: '汽修厂 工资总额 二百五十万 教育经费提了 十八万 一线用了七成 税前扣除多少', expect: deduct(180000) }],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v49d56',
    class: 'apprenticeship',
    probes: 'garage with five new-type apprentices asks per head: no amount in the plan',
    periodEnd: true,
    turns: [{ user: '汽修厂 带了5个新型学徒 一个能补多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v49d57',
    class: 'apprenticeship',
    probes: 'driving school asks about apprenticeship twice for a figure, then the three-year target',
    periodEnd: true,
    turns: [
      { user: '驾校带学徒 搞企业新型学徒制 有补贴没', expect: noFigure(['四(一)']) },
      { user: '到底一年补多少', expect: unsettled },
      { user: '那三年要培养多少学徒', expect: { cites: ['四(一)'], says: [/2\s*万|20000|两万/] } },
    ],
  },
  {
    id: 'v49d58',
    class: 'apprenticeship',
    probes: '[two-part] apprentices who are disabled hires: 以工代训 amount and the apprenticeship without a figure',
    periodEnd: true,
    turns: [
      {
        user: '汽修厂 参保 学徒3个 都是残疾人 以工代训4个月 岗前补贴没领 学徒补贴和以工代训 各多少',
        expect: { amount: { rule: 'on_job_training', yuan: 2400 }, says: [/相关规定|没有(具体|明确)?规定|未(作|做)?(具体|明确)?规定|没有明确/] },
      },
    ],
  },
  {
    id: 'v49d59',
    class: 'apprenticeship',
    probes: '师带徒 allowance paid from the education fund (六(二))',
    turns: [{ user: '汽修厂老师傅带徒弟 师带徒津贴 能从职工教育经费里开支不', expect: { cites: ['六(二)'], noAmount: 'unfixed' } }],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v49d60',
    class: 'period',
    probes: '[dated] hires of 2020, asked now: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [{ user: '俺合作社2020年招的贫困户 以工代训 现在还能补申请不', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v49d61',
    class: 'period',
    probes: '[dated] 2021 hires answered for 2021; then whether one can still apply today',
    periodEnd: true,
    turns: [
      { user: '2021年3月 假发车间招了两个建档立卡的 一直干到年底 以工代训6个月 岗前补贴没领 那时候能补多少', expect: { oneOf: [pay(2400), askOJT] } },
      { user: '那现在去申请 还来得及不', expect: ended },
    ],
  },
  {
    id: 'v49d62',
    class: 'period',
    probes: 'how long the plan runs and whether it still applies',
    periodEnd: true,
    turns: [{ user: '这个方案 管到哪年 现在还管用不', expect: { ...ended, says: [/2021/] } }],
  },
  {
    id: 'v49d63',
    class: 'period',
    probes: '[dated] hires of 2022, after the plan ended',
    periodEnd: true,
    turns: [{ user: '2022年俺汽修厂招了个残疾人 参保的 以工代训5个月 岗前没领 按这个方案能领不', expect: ended }],
  },
  {
    id: 'v49d64',
    class: 'period',
    probes: 'can one still apply now, then a bare fact; no figure with facts open',
    periodEnd: true,
    turns: [
      { user: '现在还能报以工代训不', expect: { ...ended, noAmount: 'open' } },
      { user: '俺是养猪合作社 贫困户俩', expect: openOJT },
    ],
  },
  {
    id: 'v49d65',
    class: 'period',
    probes: '[dated] a father trained in 2020 before retiring: no figure, the plan\'s end told',
    periodEnd: true,
    turns: [{ user: '俺爹2020年退休前 在户籍地学了电工 拿了证 当时能补不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } }],
  },
];
