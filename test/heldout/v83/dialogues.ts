/**
 * HELD-OUT dialogues, set v83 — written blind on 2026-12-01 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, the dev sets under test/, or any other
 * held-out set (only the format of v15's first lines was looked at). Not to be tuned on: no word
 * of these messages goes into a glossary, pattern or fixture. Once a dialogue has been fixed by a
 * targeted change it measures nothing any more; write a new one instead.
 *
 * Who types here: migrant workers who came back to their villages near Zhengzhou (返乡农民工) and
 * the village cadres helping them (支书、村会计、妇女主任) — asking for fellow villagers and
 * relatives, setting up 合作社, 扶贫车间 and small workshops that hire poor households, and asking
 * about their own training and starting a business. WeChat: Henan dialect mixed with Mandarin
 * (中不中、咋弄、俺、恁、木有、得劲、弄啥哩), numbers in Chinese characters and approximations
 * (十来个、小半年、大半年、一年出头), run-ons, bare replies.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (kind of unit,
 * insurance where the rule needs it, group, months employed for poor labour, months of 以工代训,
 * 岗前培训补贴 already claimed or not) must be asked, so an amount is expected only once every such
 * fact has been said; "不知道/不清楚" leaves it open; an approximate count (十来个) or duration
 * (小半年) is not a fact to compute with.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   (建档立卡) employed ≥ 6 months by a 企业 / 农民专业合作社 / 扶贫车间; 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise (a 合作社 is no enterprise); 退役军人 and ordinary
 *   returning migrant workers are no group; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount, without the misreadings' figures. */
const pay = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy, without the misreading's figure. */
const kit = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  ...(wrong === undefined ? {} : { mustNotContain: [String(wrong)] }),
});
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, String(wrong)],
});
/** An education-fund fact is missing: no figure. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** Either not settled by the plan or outside it: no figure either way. */
const unsettledOrOutside: TurnExpect = { noAmount: 'unfixed', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { answered: false }] };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V83: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v83-d01',
    class: 'one_group',
    probes: 'a 支书 gives the cooperative’s poor hires over three turns; the amount only once the pre-job subsidy is said',
    periodEnd: true,
    turns: [
      { user: '俺是村里的支书，俺村合作社去年收了五个建档立卡户来干活，中不中申请那个以工代训补贴？', expect: askOJT },
      { user: '都在合作社干了八个来月了，以工代训带了四个月', expect: askOJT },
      { user: '岗前培训补贴？那个木有领过', expect: pay(4000) },
    ],
  },
  {
    id: 'v83-d02',
    class: 'one_group',
    probes: 'every fact in one long message of a wig workshop (一年出头 employed, 6 months 以工代训)',
    periodEnd: true,
    turns: [
      {
        user: '俺在老家弄了个扶贫车间做假发，招了三个建档立卡贫困户，都干了一年出头了，以工代训六个月，岗前培训补贴俺木领过，能补多少钱',
        expect: pay(3600),
      },
    ],
  },
  {
    id: 'v83-d03',
    class: 'one_group',
    probes: 'employment-difficulty hires: insurance asked before any figure, then paid',
    periodEnd: true,
    turns: [
      { user: '俺打工回来弄了个小服装厂，招了俩就业困难人员，以工代训三个月，补多少', expect: askOJT },
      { user: '社保都交着哩，岗前那个补贴木申请过', expect: pay(1200) },
    ],
  },
  {
    id: 'v83-d04',
    class: 'one_group',
    probes: '小半年 of employment is no fact to pay on; five months said → excluded; [dated] can it still be claimed',
    periodEnd: true,
    turns: [
      {
        user: '俺是村干部，俺村扶贫车间收了四个建档立卡户，干了小半年，以工代训三个月，岗前补贴木领，能补不',
        expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' } },
      },
      { user: '掰着指头算了算，正好五个月', expect: noPay(2400) },
      { user: '那再等一个月够六个月了，现在还能报不', expect: ended },
    ],
  },
  {
    id: 'v83-d05',
    class: 'one_group',
    probes: 'one zero-employment-family hire at an insured workshop company',
    periodEnd: true,
    turns: [{ user: '俺厂子交社保，收了一个零就业家庭的闺女，以工代训干了五个月，岗前补贴没领，中不中', expect: pay(1000) }],
  },
  {
    id: 'v83-d06',
    class: 'one_group',
    probes: 'returning migrant workers who are not poor households are no group for a cooperative',
    periodEnd: true,
    turns: [
      {
        user: '俺合作社用的都是村里打工回来的，八个人，都不是建档立卡户，以工代训四个月，岗前补贴木领，能给补不',
        expect: noPay(6400),
      },
    ],
  },
  {
    id: 'v83-d07',
    class: 'one_group',
    probes: '十来个 is no count: asked, then twelve counted and paid',
    periodEnd: true,
    turns: [
      { user: '俺村扶贫车间收了十来个建档立卡户，都干够七个月了，以工代训也搞了六个月，岗前补贴都没拿过', expect: askOJT },
      { user: '数了数，十二个', expect: pay(14400) },
    ],
  },
  // ---------------------------------------------------------------- several_groups
  {
    id: 'v83-d09',
    class: 'several_groups',
    probes: 'poor hires (6 months 以工代训) and disabled hires (2 months) each on their own months',
    periodEnd: true,
    turns: [
      {
        user: '俺厂社保交着，收了四个建档立卡户干了九个月，以工代训六个月；还有俩残疾人，以工代训两个月。岗前补贴都木领过，一共能补多少',
        expect: pay(5600, 7200, 2400),
      },
    ],
  },
  {
    id: 'v83-d10',
    class: 'several_groups',
    probes: 'two groups named first, their months in a second turn, the pre-job subsidy in a third',
    periodEnd: true,
    turns: [
      { user: '俺在镇上开了个小食品厂，社保都交着，招了建档立卡户三个、就业困难的两个', expect: askOJT },
      { user: '贫困户那仨干了七个月，以工代训四个月；就业困难那俩以工代训两个月', expect: askOJT },
      { user: '岗前培训补贴俩都木领', expect: pay(3200, 4000, 2000) },
    ],
  },
  {
    id: 'v83-d11',
    class: 'several_groups',
    probes: 'a cooperative (no enterprise) gets the poor row only, not the employment-difficulty row',
    periodEnd: true,
    turns: [
      {
        user: '俺们村的种植合作社收了五个建档立卡户，干了八个月，以工代训三个月；又收了俩就业困难的，也以工代训三个月，岗前补贴都木领过',
        expect: pay(3000, 4200),
      },
    ],
  },
  {
    id: 'v83-d12',
    class: 'several_groups',
    probes: 'two rows of poor hires, one employed only four months',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间里建档立卡的有五个：仨干了一年了，以工代训六个月；另外俩才来四个月，以工代训三个月。岗前补贴都木拿。能补多少',
        expect: pay(3600, 4800),
      },
    ],
  },
  {
    id: 'v83-d13',
    class: 'several_groups',
    probes: 'a 村会计 asks for a cousin’s factory: poor and zero-employment rows over two turns',
    periodEnd: true,
    turns: [
      { user: '俺是村里的会计，帮俺表哥问问，他那家具厂交社保，收了俺村两个建档立卡户，还有一个零就业家庭的', expect: askOJT },
      { user: '建档立卡那俩干了十个月，以工代训六个月，零就业那个以工代训一个月，岗前补贴都木领', expect: pay(2600, 3600) },
    ],
  },
  {
    id: 'v83-d14',
    class: 'several_groups',
    probes: 'veterans beside poor hires: only the poor row (半年整) counts',
    periodEnd: true,
    turns: [
      {
        user: '俺厂交社保，收了两个退伍兵和三个建档立卡户，贫困户干了半年整，以工代训俩月，退伍兵以工代训也俩月，岗前补贴都木有领',
        expect: pay(1200, 2000),
      },
    ],
  },
  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v83-d15',
    class: 'negation_after_noun',
    probes: '岗前培训补贴…木有领 said first, disabled hires at an insured factory',
    periodEnd: true,
    turns: [{ user: '岗前培训补贴俺们木有领，社保也交着哩，厂里收了两个残疾人，以工代训四个月，能补多少', expect: pay(1600) }],
  },
  {
    id: 'v83-d16',
    class: 'negation_after_noun',
    probes: '社保 … 一直都木交 with words between: excluded; then a what-if about paying now',
    periodEnd: true,
    turns: [
      { user: '社保 俺那小厂 一直都木交，收了仨就业困难的，以工代训四个月，岗前补贴也木领，中不中', expect: noPay(2400) },
      { user: '那俺要是现在补交上社保 还能申请不', expect: ended },
    ],
  },
  {
    id: 'v83-d17',
    class: 'negation_after_noun',
    probes: 'a double negation after the noun (也不是木领过，领过了) means claimed',
    periodEnd: true,
    turns: [
      {
        user: '合作社收了四个建档立卡户，干了九个月，以工代训三个月，岗前培训补贴 也不是木领过，领过了',
        expect: noPay(2400),
      },
    ],
  },
  {
    id: 'v83-d18',
    class: 'negation_after_noun',
    probes: 'the pre-job subsidy …从来都木申请过, far from the noun',
    periodEnd: true,
    turns: [
      {
        user: '建档立卡那五个人的岗前培训补贴 俺合作社从来都木申请过，他们干了七个月了，以工代训五个月，能补多少',
        expect: pay(5000),
      },
    ],
  },
  {
    id: 'v83-d19',
    class: 'negation_after_noun',
    probes: '岗前补贴一分钱都木拿 and 社保交着 read right; the 以工代训 months asked',
    periodEnd: true,
    turns: [
      { user: '俺厂以工代训带的那俩就业困难的，岗前补贴一分钱都木拿，社保交着哩', expect: askOJT },
      { user: '以工代训三个月', expect: pay(1200) },
    ],
  },
  {
    id: 'v83-d20',
    class: 'negation_after_noun',
    probes: 'a person’s certificate 还木下来: no 符合 for the training subsidy, no figure',
    turns: [
      {
        user: '俺在郑州学了个开叉车，证 还木下来哩，培训补贴能领不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v83-d21',
    class: 'unknown_reply',
    probes: 'the pre-job subsidy unknown (the old accountant did it), then found out',
    periodEnd: true,
    turns: [
      { user: '俺扶贫车间收了四个建档立卡户，干了八个月，以工代训五个月，能补多少', expect: askOJT },
      { user: '岗前补贴领没领过俺还真不知道，是前头的会计弄的', expect: dunnoOJT },
      { user: '问清楚了，木领过', expect: pay(4000) },
    ],
  },
  {
    id: 'v83-d22',
    class: 'unknown_reply',
    probes: 'a 车间主任 does not know the insurance; no 不符合 until the boss says',
    periodEnd: true,
    turns: [
      { user: '俺厂收了三个就业困难人员，以工代训四个月，岗前补贴木领，能补多少', expect: askOJT },
      { user: '社保交没交俺不清楚，俺就是个车间主任', expect: dunnoOJT },
      { user: '问了老板，交着哩', expect: pay(2400) },
    ],
  },
  {
    id: 'v83-d23',
    class: 'unknown_reply',
    probes: 'months employed unknown for poor hires: no figure, no verdict',
    turns: [
      { user: '合作社收了几个建档立卡的，干了几个月俺也说不清，能补不', expect: askOJT },
      { user: '人是六个，干多长时间真不知道，以工代训说是搞了三个月', expect: dunnoOJT },
    ],
  },
  {
    id: 'v83-d24',
    class: 'unknown_reply',
    probes: 'whether a brother is 建档立卡 is unknown: free training left open',
    turns: [
      {
        user: '俺兄弟想学个厨师，他是不是建档立卡户俺也不清楚，能免费学不',
        expect: { noAmount: 'unfixed', undecided: 'free_training_poor' },
      },
    ],
  },
  {
    id: 'v83-d25',
    class: 'unknown_reply',
    probes: 'a 妇女主任 planning a cooperative: count approximate, everything else unknown',
    turns: [
      {
        user: '俺是村里妇女主任，想把村里闲着的媳妇们组织起来搞个手工合作社，收贫困户的话以工代训咋补',
        expect: { noAmount: 'open', cites: ['六(一)'] },
      },
      { user: '收几个人还木定哩，十来个吧，别的都还不知道', expect: dunnoOJT },
    ],
  },
  {
    id: 'v83-d26',
    class: 'unknown_reply',
    probes: 'pre-job subsidy unknown, then claimed: excluded',
    periodEnd: true,
    turns: [
      { user: '俺厂收了俩残疾人，社保交着，以工代训四个月，能补多少', expect: askOJT },
      { user: '岗前那个 俺是真不知道 得问问会计', expect: dunnoOJT },
      { user: '会计说前头领过了', expect: noPay(1600) },
    ],
  },
  // ---------------------------------------------------------------- correction
  {
    id: 'v83-d27',
    class: 'correction',
    probes: 'the count corrected from five to three',
    periodEnd: true,
    turns: [
      { user: '合作社收了五个建档立卡户，干了九个月，以工代训四个月，岗前补贴木领，能补多少', expect: pay(4000) },
      { user: '哎呀说岔了，不是五个人，是仨人', expect: pay(2400, 4000) },
    ],
  },
  {
    id: 'v83-d28',
    class: 'correction',
    probes: 'insurance corrected to not paid (记岔了)',
    periodEnd: true,
    turns: [
      { user: '俺厂社保交着，收了俩就业困难的，以工代训五个月，岗前补贴木领', expect: pay(2000) },
      { user: '不对不对，社保 木交，俺记岔了', expect: noPay(2000) },
    ],
  },
  {
    id: 'v83-d29',
    class: 'correction',
    probes: 'months employed corrected from five to seven: excluded, then paid',
    periodEnd: true,
    turns: [
      { user: '扶贫车间收了四个建档立卡户，干了五个月，以工代训三个月，岗前补贴没领', expect: noPay(2400) },
      { user: '俺弄错了，是干了七个月', expect: pay(2400) },
    ],
  },
  {
    id: 'v83-d30',
    class: 'correction',
    probes: '以工代训 months corrected to eight: capped at six',
    periodEnd: true,
    turns: [
      { user: '合作社 三个建档立卡的 干了一年 以工代训四个月 岗前补贴木领 补多少', expect: pay(2400) },
      { user: '会计说以工代训其实搞了八个月', expect: pay(3600, 4800) },
    ],
  },
  {
    id: 'v83-d31',
    class: 'correction',
    probes: 'the group corrected from veterans to disabled people',
    periodEnd: true,
    turns: [
      { user: '俺厂交社保，收了俩退伍的，以工代训三个月，岗前补贴木领', expect: notYes(1200) },
      { user: '不是退伍的，俺说错了，是俩残疾人', expect: pay(1200) },
    ],
  },
  {
    id: 'v83-d32',
    class: 'correction',
    probes: 'pre-job subsidy corrected: it was another batch that claimed it',
    periodEnd: true,
    turns: [
      { user: '合作社四个建档立卡户，干了八个月，以工代训两个月，岗前补贴领过了', expect: noPay(1600) },
      { user: '哎，问了会计，岗前补贴是另外那一批人领的，这四个木领', expect: pay(1600) },
    ],
  },
  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v83-d33',
    class: 'topic_switch',
    probes: 'after the cooperative’s amount, the asker’s own electrician training',
    periodEnd: true,
    turns: [
      { user: '俺合作社收了俩建档立卡户，干了一年，以工代训六个月，岗前补贴木领', expect: pay(2400) },
      { user: '问个别的，俺自己想学个电工，在哪学能有补贴', expect: { noAmount: 'unfixed', cites: ['七(二)'], mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v83-d34',
    class: 'topic_switch',
    probes: 'from a cooperative to a nephew back from the army',
    turns: [
      { user: '俺村想搞个合作社，收贫困户干活，以工代训是咋补的', expect: { noAmount: 'open', cites: ['六(一)'] } },
      {
        user: '对了，俺侄子当兵回来了，想学个技术，有啥政策没',
        expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)'], mustNotContain: [/教师|绩效工资/] },
      },
    ],
  },
  {
    id: 'v83-d35',
    class: 'topic_switch',
    probes: 'from entrepreneurship training to a social-insurance record lookup (outside)',
    turns: [
      { user: '俺打工回来想自己干点啥，创业培训咋弄', expect: noFigure(['三(八)']) },
      { user: '换个事，恁这能查俺社保交了几年不', expect: decline },
    ],
  },
  {
    id: 'v83-d36',
    class: 'topic_switch',
    probes: 'after the workshop’s amount, a lookup of 巧媳妇工程',
    periodEnd: true,
    turns: [
      { user: '扶贫车间收了五个建档立卡户，都干了八个月，以工代训五个月，岗前补贴木领', expect: pay(5000) },
      { user: '那个巧媳妇工程是弄啥哩', expect: { cites: ['三(二)'], mustNotContain: ['5000'] } },
    ],
  },
  {
    id: 'v83-d37',
    class: 'topic_switch',
    probes: 'a daughter at a 技工学校, then the registration of a workshop',
    turns: [
      { user: '俺闺女在技工学校上学，俺家是建档立卡户，有啥补助不', expect: noFigure(['三(三)', '三(十四)']) },
      { user: '还有，俺想在村里弄个扶贫车间，得去哪办手续', expect: unsettledOrOutside },
    ],
  },
  {
    id: 'v83-d38',
    class: 'topic_switch',
    probes: 'after an amount, a lookup on high-risk trades',
    periodEnd: true,
    turns: [
      { user: '俺厂交社保，收了俩就业困难的，以工代训六个月，岗前补贴木领', expect: pay(2400) },
      { user: '中，换个话题，化工厂的工人是不是得先培训合格才能上岗', expect: { cites: ['三(六)'], mustNotContain: ['2400'] } },
    ],
  },
  // ---------------------------------------------------------------- person_training
  {
    id: 'v83-d39',
    class: 'person_training',
    probes: 'a poor returnee asks whether excavator training is free',
    periodEnd: true,
    turns: [
      {
        user: '俺是建档立卡户，打工回来了，想学开挖掘机，能免费学不',
        expect: { noAmount: 'unfixed', cites: ['三(三)'], notVerdict: { rule: 'free_training_poor', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v83-d40',
    class: 'person_training',
    probes: 'every training-subsidy condition said; the plan fixes no amount',
    periodEnd: true,
    turns: [
      {
        user: '俺在老家县城学的电焊，证拿到了，今年头一回参加培训，以前木学过电焊，也不领养老金，培训学校说在省里系统里登记了，能领补贴不',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v83-d41',
    class: 'person_training',
    probes: 'three a year, then the same occupation and level again',
    turns: [
      { user: '一年能领几回培训补贴啊', expect: { cites: ['七(二)'], says: [/3\s*次|三次/] } },
      {
        user: '俺去年学中式面点初级领过了，今年再学一回中式面点初级中不中',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v83-d42',
    class: 'person_training',
    probes: 'a father with a monthly pension asks for training subsidy',
    turns: [
      {
        user: '俺爹六十多了，按月领着养老金哩，想去学个养殖，培训补贴能享受不',
        expect: { noAmount: 'unfixed', cites: ['六(一)', '七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v83-d43',
    class: 'person_training',
    probes: '生活费补贴 per month: not fixed, never the 200 元 of 以工代训',
    turns: [
      { user: '俺在县里参加培训，白天黑夜都在那学，能给生活费补贴不，一个月多少', expect: { ...unsettled, mustNotContain: [/200\s*元/] } },
    ],
  },
  {
    id: 'v83-d44',
    class: 'person_training',
    probes: 'a poor-household wife training as 月嫂: free training, no fee figure',
    turns: [{ user: '俺媳妇是建档立卡户，在镇上学做月嫂，学费得自己掏不', expect: noFigure(['三(三)']) }],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v83-d45',
    class: 'entrepreneurship',
    probes: 'a returnee wants to open a restaurant: training exists, no figure',
    periodEnd: true,
    turns: [{ user: '俺打工十几年回来了，想开个小饭店，有创业培训不，要钱不', expect: noFigure(['三(八)']) }],
  },
  {
    id: 'v83-d46',
    class: 'entrepreneurship',
    probes: 'a shop open three years is within five',
    turns: [
      {
        user: '俺开了个小超市，三年了，还能参加创业培训不',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v83-d47',
    class: 'entrepreneurship',
    probes: 'a business open six or seven years is past five: no 符合 guessed',
    turns: [
      {
        user: '俺那电商小公司开了六七年了，还算能参加创业培训的不',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v83-d48',
    class: 'entrepreneurship',
    probes: 'a nephew at a 职业学院, then the per-person amount (not fixed)',
    turns: [
      { user: '俺侄子在职业学院上学，想学创业，有培训不', expect: noFigure(['三(八)']) },
      { user: '创业培训一个人补多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v83-d49',
    class: 'entrepreneurship',
    probes: 'chicken farming wish, then a start-up loan (another policy)',
    turns: [
      {
        user: '俺想回村养鸡，创业培训能参加不',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
      { user: '培训完了，开业贷款能给贷多少', expect: unsettledOrOutside },
    ],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v83-d50',
    class: 'equipment',
    probes: 'a master studio’s equipment under the cap',
    turns: [{ user: '俺厂用职工教育经费给技能大师工作室新买了三十万的设备，人社和财政都验收过了，能补多少', expect: kit(60000) }],
  },
  {
    id: 'v83-d51',
    class: 'equipment',
    probes: 'an approximate value first, then the full facts: capped at the base’s 50万',
    turns: [
      { user: '俺厂建了个高技能人才培训基地，新买实训设备三百来万', expect: askKit },
      { user: '整三百万，职工教育经费出的，人社财政验收了', expect: kit(500000, 600000) },
    ],
  },
  {
    id: 'v83-d52',
    class: 'equipment',
    probes: 'bought on a loan, not from the education fund: no subsidy figure',
    turns: [
      {
        user: '给大师工作室买设备花了八十万，是贷款买的，不是职工教育经费，能补不',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['160000', /16\s*万/] },
      },
    ],
  },
  // ---------------------------------------------------------------- education_fund
  {
    id: 'v83-d53',
    class: 'education_fund',
    probes: 'fund drawn above 8 % of payroll: the deduction is the 8 %',
    turns: [{ user: '俺厂一年工资总额五百万，职工教育经费提了四十五万，税前能扣多少', expect: deduct(400000, 450000) }],
  },
  {
    id: 'v83-d54',
    class: 'education_fund',
    probes: 'approximate payroll and no fund first; then the fund below 8 %',
    turns: [
      { user: '工资一年二百来万，教育经费能税前扣多少', expect: askFund },
      { user: '工资总额二百万整，教育经费提了十万', expect: deduct(100000, 160000) },
    ],
  },
  {
    id: 'v83-d55',
    class: 'education_fund',
    probes: 'only 四成 to front-line workers, against the 60 % of the plan',
    turns: [{ user: '俺厂职工教育经费 用在一线工人身上的 只有四成 中不中', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } }],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v83-d56',
    class: 'apprenticeship',
    probes: 'five new-type apprentices: no per-head figure',
    turns: [{ user: '俺厂带了五个新型学徒，一个人补多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v83-d57',
    class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund, then the apprentice subsidy per year',
    turns: [
      { user: '师带徒的津贴 能从哪出钱', expect: { cites: ['六(二)'] } },
      { user: '那学徒补贴一人一年给多少', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v83-d58',
    class: 'apprenticeship',
    probes: 'a cooperative asks about apprenticeship for village youngsters',
    turns: [{ user: '合作社能搞学徒制不 带几个村里的小年轻', expect: noFigure(['四(一)']) }],
  },
  // ---------------------------------------------------------------- period
  {
    id: 'v83-d08',
    class: 'period',
    probes: '[dated] 2020年 the cooperative’s poor hires: the amount for that date, the end said',
    periodEnd: true,
    turns: [{ user: '2020年俺合作社收了六个建档立卡户，干了十个月，以工代训五个月，岗前补贴没领，那会儿能补多少', expect: pay(6000) }],
  },
  {
    id: 'v83-d59',
    class: 'period',
    probes: '现在还能… of 以工代训: the plan ended',
    periodEnd: true,
    turns: [{ user: '现在还能申请以工代训补贴不？俺合作社收了建档立卡户', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v83-d60',
    class: 'period',
    probes: '[dated] a workshop set up in 2022: after the period, no 符合',
    periodEnd: true,
    turns: [
      {
        user: '俺车间是2022年开春才建起来的，收的贫困户能按这个文件领以工代训不',
        expect: { ...ended, noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v83-d61',
    class: 'period',
    probes: 'when the plan ends',
    turns: [{ user: '这个技能提升的方案到啥时候截止', expect: ended }],
  },
  {
    id: 'v83-d62',
    class: 'period',
    probes: '[dated] a 2020 welding course, then whether it is still on now',
    periodEnd: true,
    turns: [
      {
        user: '2020年俺在县里学了个焊工，拿了证，那时候能领培训补贴不',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      { user: '那现在去学还有不', expect: ended },
    ],
  },
];
