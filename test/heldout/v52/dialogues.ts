/**
 * HELD-OUT dialogues, set v52 — written blind from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or other sets (only the format of v15,
 * its first lines, was looked at). Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: owners and bookkeepers of small and mid-size firms in 郑州 — a hotpot chain
 * (火锅), a logistics warehouse (物流仓库), an electronics assembly plant in 航空港区, a
 * construction labour subcontractor (劳务分包), a beauty salon (美容院), a private training
 * school (培训学校) and an auto repair shop (汽修) — typing fast on a phone between jobs: no
 * punctuation, several hire groups in one message, numbers as 俩/仨/十来个/一百二/半年,
 * homophones (以工带训, 建档力卡, 社宝, 岗钱), corrections mid-message and in later turns,
 * "会计说…/不太清楚", equipment, 职工教育经费, apprentices with a 技工院校, and "现在还能…".
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it
 * depends on (kind of unit, insurance where the rule needs it, months employed for poor labour,
 * months of 以工代训, 岗前培训补贴 claimed or not; fund source and acceptance of equipment;
 * payroll and fund drawn) has been said.
 *
 * Amounts, computed by hand from the contract and the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (a 培训机构 counts, a 职业院校 does not);
 *   就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise; 退役军人 is no
 *   qualifying group; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
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
const over: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V52: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v52d01',
    class: 'one_group',
    probes: 'hotpot company, 仨 difficulty hires, 5 months, pre-job subsidy not claimed: 3 × 200 × 5',
    periodEnd: true,
    turns: [{ user: '俺们火锅店是注册的公司 社保一直交着 年初招了仨就业困难人员 以工代训干了5个月 岗前培训补贴没领过 能补多少钱', expect: { ...pay(3000), ...over } }],
  },
  {
    id: 'v52d02',
    class: 'one_group',
    probes: 'poor labour in a warehouse: months employed and pre-job subsidy asked, then 2 × 200 × 6',
    periodEnd: true,
    turns: [
      { user: '仓库新招了俩建档力卡的贫困户 以工带训能给钱不', expect: askOJT },
      { user: '物流公司 俩人干了七个月了 以工代训带了6个月 岗钱那个补贴没申请过', expect: { ...pay(2400), ...over } },
    ],
  },
  {
    id: 'v52d03',
    class: 'one_group',
    probes: '8 months of 以工代训 are capped at 6: 1 × 200 × 6, not 1600',
    periodEnd: true,
    turns: [{ user: '汽修公司招了个残疾小伙 入职八个月 以工代训也是八个月 社宝都交着 岗前补贴也没拿 能给多少', expect: { ...payNot(1200, 1600), ...over } }],
  },
  {
    id: 'v52d04',
    class: 'one_group',
    probes: 'beauty salon company hires one zero-employment-family member, 4 months: 800',
    periodEnd: true,
    turns: [
      { user: '美容院 有限公司 参保了 招了一个零就业家庭的姑娘', expect: askOJT },
      { user: '以工代训四个月了 岗前培训补贴没有领', expect: { ...pay(800), ...over } },
    ],
  },
  {
    id: 'v52d05',
    class: 'one_group',
    probes: '一百二 read as 120 difficulty hires, 仨月: 120 × 200 × 3',
    periodEnd: true,
    turns: [{ user: '航空港区电子厂 参保企业 流水线招了一百二就业困难人员 以工代训仨月 岗前补贴都没领 总共能补多少', expect: { ...payNot(72000, 24000), ...over } }],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v52d06',
    class: 'several_groups',
    probes: 'two groups with different months keep their own: 2 × 200 × 6 + 3 × 200 × 4',
    periodEnd: true,
    turns: [
      {
        user: '火锅店这边 俩贫困户干了半年了以工代训也是半年 还有仨就业困难的以工代训四个月 公司交社保 岗前补贴都没领',
        expect: { ...payNot(4800, 6000, 4000), ...over },
      },
    ],
  },
  {
    id: 'v52d07',
    class: 'several_groups',
    probes: 'two groups, pre-job subsidy asked, then 5 × 200 × 2 + 4 × 200 × 5',
    periodEnd: true,
    turns: [
      { user: '俺们物流公司参保的 招了5个就业困难人员以工代训2个月 另外4个零就业家庭的 以工代训5个月', expect: askOJT },
      { user: '岗前培训补贴嘛 这两拨工人 俺查了 都没领过', expect: { ...payNot(6000, 9000, 3600), ...over } },
    ],
  },
  {
    id: 'v52d08',
    class: 'several_groups',
    probes: 'three groups, veterans are no qualifying group: 10 × 200 × 6 + 2 × 200 × 3',
    periodEnd: true,
    turns: [
      {
        user: '电子厂 贫困劳动力十个 干了八个月 以工代训6个月 残疾人俩 以工代训3个月 退役军人仨 以工代训6个月 企业有社保 岗前补贴全都没领',
        expect: { ...payNot(13200, 16800), ...over },
      },
    ],
  },
  {
    id: 'v52d09',
    class: 'several_groups',
    probes: '十来个 / 几个 are no counts: asked, then 12 × 200 × 6 + 4 × 200 × 2',
    periodEnd: true,
    turns: [
      { user: '劳务公司 工地上招了十来个贫困户 还有几个就业困难的 以工代训能补不', expect: askOJT },
      { user: '贫困户是12个 干了7个月 以工代训6个月 就业困难的是4个 以工代训俩月 社保交着呢 岗前补贴没申请', expect: { ...payNot(16000, 19200), ...over } },
    ],
  },
  {
    id: 'v52d10',
    class: 'several_groups',
    probes: 'a training school: poor labour counts, uninsured difficulty hires do not: 3 × 200 × 6 only',
    periodEnd: true,
    turns: [
      {
        user: '俺是民办职业培训学校 招了3个贫困劳动力干了10个月 以工代训6个月 岗前补贴没领 还招了2个就业困难的以工代训3个月 学校没给他们交社保',
        expect: { ...payNot(3600, 4800), ...over },
      },
    ],
  },
  {
    id: 'v52d11',
    class: 'several_groups',
    probes: 'poor hire employed 4 months does not qualify; difficulty row after insurance is said: 2 × 200 × 5',
    periodEnd: true,
    turns: [
      { user: '店里招了俩就业困难人员以工代训五个月 一个贫困户 才干了四个月', expect: askOJT },
      { user: '美容公司 社保交着呢 岗前补贴谁都没领', expect: { ...pay(2000), ...over } },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v52d12',
    class: 'negation_after_noun',
    probes: 'the pre-job subsidy named first, its negation words later: 3 × 200 × 2',
    periodEnd: true,
    turns: [{ user: '岗前技能培训那个补贴 俺们仨就业困难人员 一个都没领 以工代训两个月 公司社保一直交', expect: { ...pay(1200), ...over } }],
  },
  {
    id: 'v52d13',
    class: 'negation_after_noun',
    probes: '社保 … 一直没给交 with words between: uninsured, no 以工代训 for disabled hires',
    turns: [{ user: '社保这块 我们汽修公司 说实话 一直都没给交 招了俩残疾人 以工代训三个月 岗前补贴没领', expect: noPay(1200) }],
  },
  {
    id: 'v52d14',
    class: 'negation_after_noun',
    probes: 'the pre-job subsidy was claimed (said far from its noun): ineligible',
    turns: [{ user: '那俩贫困户 在俺电子厂干满七个月了 岗前培训补贴 之前 会计 已经 给申请下来了 以工代训也有6个月 还能再拿以工代训不', expect: noPay(2400) }],
  },
  {
    id: 'v52d15',
    class: 'negation_after_noun',
    probes: '岗前补贴 … 人家说没有申请过 read as not claimed: 4 × 200 × 5',
    periodEnd: true,
    turns: [{ user: '零就业家庭的 招了4个 岗前补贴 我问了会计 人家说没有申请过 以工代训五个月 公司参保', expect: { ...pay(4000), ...over } }],
  },
  {
    id: 'v52d16',
    class: 'negation_after_noun',
    probes: '领是领过了 (a yes, said with 是) excludes the row; no 6000',
    turns: [
      { user: '物流公司 贫困劳动力五个 干了八个月 以工代训半年', expect: askOJT },
      { user: '岗前那个补贴 领是领过了', expect: noPay(6000) },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v52d17',
    class: 'unknown_reply',
    probes: '"社保交没交不清楚" leaves insurance open: no verdict, no figure',
    turns: [
      { user: '火锅店招了俩就业困难人员 以工代训三个月 岗前补贴没领 能给多少', expect: askOJT },
      { user: '社保交没交我真不清楚 得问会计', expect: dunnoOJT },
    ],
  },
  {
    id: 'v52d18',
    class: 'unknown_reply',
    probes: 'pre-job subsidy "不太清楚" stays open',
    turns: [
      { user: '航空港电子厂 贫困户六个 入职九个月 以工代训六个月 能领多少', expect: askOJT },
      { user: '岗前补贴领没领 不太清楚 之前人事办的 人走了', expect: dunnoOJT },
    ],
  },
  {
    id: 'v52d19',
    class: 'unknown_reply',
    probes: '"会计说…也不确定" in one message: the pre-job fact stays open',
    turns: [{ user: '会计说社保交了 但是岗前培训补贴领没领她也不确定 公司招的是三个残疾人以工代训4个月', expect: dunnoOJT }],
  },
  {
    id: 'v52d20',
    class: 'unknown_reply',
    probes: 'equipment: fund source and acceptance both unknown, no verdict',
    turns: [
      { user: '电子厂建了个技能大师工作室 新买设备六十万 能补多少', expect: askKit },
      { user: '从哪个账出的钱 我也说不清 验收过没有也忘了', expect: dunnoKit },
    ],
  },
  {
    id: 'v52d21',
    class: 'unknown_reply',
    probes: 'education fund: payroll not known, no deduction figure',
    turns: [
      { user: '职工教育经费 税前能扣多少 我们今年提了30万', expect: { ...askFund, asks: true } },
      { user: '工资总额多少 我不知道 会计休假了', expect: askFund },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v52d22',
    class: 'correction',
    probes: 'count corrected in a later turn: 仨 → 四个, 4 × 200 × 5',
    periodEnd: true,
    turns: [
      { user: '劳务公司 参保 招了仨就业困难人员 以工代训5个月 岗前补贴没领', expect: { ...pay(3000), ...over } },
      { user: '不对 说错了 是四个人 不是仨', expect: payNot(4000, 3000) },
    ],
  },
  {
    id: 'v52d23',
    class: 'correction',
    probes: 'months corrected inside the message: 六个月 → 四个月, 2 × 200 × 4',
    periodEnd: true,
    turns: [{ user: '美容公司交社保的 招了俩零就业家庭的 以工代训六个月 哦不对 是四个月 岗前补贴没领', expect: { ...payNot(1600, 2400), ...over } }],
  },
  {
    id: 'v52d24',
    class: 'correction',
    probes: 'insurance corrected to no: the 600 goes',
    periodEnd: true,
    turns: [
      { user: '汽修公司 参保 招了一个残疾人以工代训三个月 岗前补贴没领', expect: { ...pay(600), ...over } },
      { user: '刚才说错了 社保其实没交', expect: noPay(600) },
    ],
  },
  {
    id: 'v52d25',
    class: 'correction',
    probes: 'equipment value corrected 一百二十万 → 三百万: cap 500 000, not 600 000',
    turns: [
      { user: '高技能人才培训基地 新买实训设备 一百二十万 职工教育经费买的 人社财政验收过了', expect: kit(240000) },
      { user: '不对 是三百万 刚看错发票了', expect: kitNot(500000, 600000) },
    ],
  },
  {
    id: 'v52d26',
    class: 'correction',
    probes: 'education fund corrected 50万 → 30万 with payroll 500万: 300 000',
    turns: [
      { user: '工资薪金总额一年500万 职工教育经费提了50万 税前能扣多少', expect: deduct(400000) },
      { user: '说错了 教育经费提的是30万', expect: deduct(300000) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v52d27',
    class: 'topic_switch',
    probes: 'after an employer amount, a personal question about subsidy frequency: no 2400 leaks',
    periodEnd: true,
    turns: [
      { user: '仓库是参保企业 招了俩就业困难人员 以工代训6个月 岗前补贴没领', expect: { ...pay(2400), ...over } },
      { user: '对了 我自己想考个叉车证 个人培训补贴一年能领几回', expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/3|三/], mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v52d28',
    class: 'topic_switch',
    probes: 'equipment then 师带徒 allowance from the fund: no 80000 carried over',
    turns: [
      { user: '技能大师工作室 设备四十万 教育经费出的 验收合格', expect: kit(80000) },
      { user: '换个事 车间老师傅带徒弟 给的津贴 能从职工教育经费里出吗', expect: { noAmount: 'unfixed', cites: ['六(二)'], mustNotContain: ['80000', /8万/] } },
    ],
  },
  {
    id: 'v52d29',
    class: 'topic_switch',
    probes: 'veteran training, then apprentices with a 技工院校: each answered from its own clause',
    turns: [
      { user: '店里一个退役军人 想学汽修 有培训没', expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)', '五(一)'] } },
      { user: '另外问下 俺们跟技工学校合作招学徒 能有啥补贴', expect: { ...noFigure(['四(一)']), mustNotContain: [/200\s*元/] } },
    ],
  },
  {
    id: 'v52d30',
    class: 'topic_switch',
    probes: 'project-training advance, then the weather: declined',
    turns: [
      { user: '俺们培训学校 搞项目制培训 这期培训补贴总共20万 能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 100000 } } },
      { user: '还有个事 郑州明天下雨不', expect: decline },
    ],
  },
  {
    id: 'v52d31',
    class: 'topic_switch',
    probes: 'front-line share of the fund, then how 以工代训 is paid: cites 六(一), no fund figure',
    turns: [
      { user: '教育经费是不是得六成以上花在一线工人身上', expect: { cites: ['六(二)'], says: [/60|六成/] } },
      { user: '以工代训那个钱是按月算还是一次性给', expect: { cites: ['六(一)'], noAmount: 'open' } },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v52d32',
    class: 'person_training',
    probes: 'a cook with certificate; pension and earlier subsidies unsaid: no verdict of 不符合, no figure',
    turns: [
      {
        user: '我是火锅店厨师 户口在郑州 在这学了中式烹调 证也拿了 今年还没领过补贴 机构说在系统里 能领培训补贴不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v52d33',
    class: 'person_training',
    probes: 'three subsidies this year already; then "现在还能" — the plan ended',
    periodEnd: true,
    turns: [
      { user: '我今年已经领了三回培训补贴了 还想学个电工 还能领吗', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } } },
      { user: '那等明年呢 现在还能申请吗', expect: { ...over, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v52d34',
    class: 'person_training',
    probes: 'a pensioner: 六(一) covers only people without a monthly pension',
    turns: [
      { user: '俺娘退休了 领着养老金 想学个育婴员 有补贴没', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)', '七(二)'] } },
    ],
  },
  {
    id: 'v52d35',
    class: 'person_training',
    probes: 'same occupation and level again: 同一职业同一等级不可重复享受',
    turns: [
      { user: '美容院一个员工 美容师中级 去年补过一次了 今年又考一遍美容师中级 还能补吗', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v52d36',
    class: 'person_training',
    probes: 'poor labour asks if training costs money: free (三(三)), no figure',
    turns: [{ user: '工地上有个建档立卡贫困户 想学电焊 培训要自己掏钱不', expect: { noAmount: 'unfixed', cites: ['三(三)'], says: [/免费/] } }],
  },
  {
    id: 'v52d37',
    class: 'person_training',
    probes: 'living allowance during training: not fixed, no 200 from 以工代训',
    turns: [
      { user: '员工脱产去培训 那几天 有没有生活费补贴 一天给多少', expect: { ...unsettled, mustNotContain: [/200\s*元/] } },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v52d38',
    class: 'entrepreneurship',
    probes: 'salon open three years: a small business ≤ 5 years qualifies',
    turns: [{ user: '美容院开了三年了 算小微企业吧 我想去参加创业培训 符合不', expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' } } }],
  },
  {
    id: 'v52d39',
    class: 'entrepreneurship',
    probes: 'repair shop open 7–8 years: not by business age; no yes, no figure',
    turns: [{ user: '汽修店开了七八年了 老板还能参加那个小微企业主创业培训不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } }],
  },
  {
    id: 'v52d40',
    class: 'entrepreneurship',
    probes: "son at a 技工学校 wants entrepreneurship training; then the poor parent's family aid — the child's school is not the parent's status",
    turns: [
      { user: '我儿子在技工学校上学 想学点创业的东西 有培训没', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
      { user: '我们家是建档立卡贫困户 孩子上技校 家里能有啥补助', expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'], notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v52d41',
    class: 'entrepreneurship',
    probes: 'a college student counts for entrepreneurship awareness training',
    turns: [
      {
        user: '店里兼职的是个大四学生 普通本科的 想创业 有创业培训给他们吗',
        expect: { noAmount: 'unfixed', oneOf: [{ status: { rule: 'entrepreneurship_training', status: 'eligible' } }, { cites: ['三(八)'] }] },
      },
    ],
  },
  {
    id: 'v52d42',
    class: 'entrepreneurship',
    probes: 'wish to open a small restaurant: eligible; then "多少钱 现在还能报" — no figure, plan ended',
    periodEnd: true,
    turns: [
      { user: '后厨小王想自己出去开个小饭馆 有没有创业培训能上', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
      { user: '培训给补多少钱 现在还能报名不', expect: { noAmount: 'unfixed', ...over } },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v52d43',
    class: 'equipment',
    probes: 'master studio, 三十万 from the fund, accepted: 20 % = 60 000',
    turns: [{ user: '电子厂 技能大师工作室 新买设备三十万 职工教育经费出的 验收合格了 能补多少', expect: kit(60000) }],
  },
  {
    id: 'v52d44',
    class: 'equipment',
    probes: 'base, 两千五百万: capped at 500 000, not 5 000 000',
    turns: [{ user: '高技能人才培训基地 今年买了两千五百万的实训设备 教育经费出的 人社财政都验收了', expect: kitNot(500000, 5000000) }],
  },
  {
    id: 'v52d45',
    class: 'equipment',
    probes: 'base 八十万 and studio 六十万: 160 000 + min(120 000, 100 000)',
    turns: [{ user: '基地设备八十万 大师工作室设备六十万 都是职工教育经费买的 都验收了 加一块能补多少', expect: kitNot(260000, 280000) }],
  },
  {
    id: 'v52d46',
    class: 'equipment',
    probes: 'paid by the company, not from the education fund: no 80 000',
    turns: [{ user: '工作室设备四十万 是公司自己掏的钱 没走职工教育经费 验收过了 能补吗', expect: noKit(80000, /8万/) }],
  },
  {
    id: 'v52d47',
    class: 'equipment',
    probes: 'asks for value, fund and acceptance, then 七十五万 → 150 000',
    turns: [
      { user: '培训基地买设备 能补贴多少', expect: askKit },
      { user: '设备七十五万 教育经费出的 已经验收', expect: kit(150000) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v52d48',
    class: 'education_fund',
    probes: 'payroll 二百万, fund 十二万: the fund is under 8 %, 120 000 deductible',
    turns: [{ user: '工资总额二百万 职工教育经费提了十二万 税前能扣多少', expect: deduct(120000) }],
  },
  {
    id: 'v52d49',
    class: 'education_fund',
    probes: 'payroll 一千二百万, fund 一百二十万: capped at 8 % = 960 000',
    turns: [{ user: '一年工资薪金总额一千二百万 教育经费提了一百二十万 能全部税前扣不', expect: deduct(960000) }],
  },
  {
    id: 'v52d50',
    class: 'education_fund',
    probes: 'front-line share under 60 % noted; then payroll 300万, fund 20万: 200 000',
    turns: [
      { user: '教育经费用在一线工人的 只有一半 有啥影响没', expect: { cites: ['六(二)'], says: [/60/] } },
      { user: '工资总额300万 经费提了20万 税前扣多少', expect: deduct(200000) },
    ],
  },
  {
    id: 'v52d51',
    class: 'education_fund',
    probes: '"能直接领钱吗" with no figures: a deduction, not cash; no figure',
    turns: [{ user: '职工教育经费 能直接领钱吗 能给多少', expect: { ...askFund, cites: ['六(二)'] } }],
  },
  {
    id: 'v52d52',
    class: 'education_fund',
    probes: '师带徒 allowance from the fund: yes by 六(二), no figure',
    turns: [{ user: '师带徒的津贴 能不能从职工教育经费里列支', expect: noFigure(['六(二)']) }],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v52d53',
    class: 'apprenticeship',
    probes: 'apprentices with a 技工院校, per-person amount: 按照相关规定, no figure',
    turns: [{ user: '跟技工院校搞新型学徒制 招了二十个学徒 一个人补多少', expect: { ...noFigure(['四(一)']), mustNotContain: [/200\s*元/] } }],
  },
  {
    id: 'v52d54',
    class: 'apprenticeship',
    probes: 'which apprenticeships the plan names, then the standard: not fixed',
    turns: [
      { user: '现代学徒制 跟企业新型学徒制 方案里都提了没', expect: { cites: ['四(一)'] } },
      { user: '那学徒补贴啥标准 几千一个？', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v52d55',
    class: 'apprenticeship',
    probes: 'apprentices are not 以工代训: no 200 × months figure',
    turns: [{ user: '俺们劳务公司 带了30个学徒 每月200那种补贴是不是也能套上', expect: { noAmount: 'unfixed', cites: ['四(一)'], mustNotContain: ['6000', '36000'] } }],
  },
  {
    id: 'v52d56',
    class: 'apprenticeship',
    probes: 'the three-year target, then "补多少 现在还能申请" — no figure, plan ended',
    periodEnd: true,
    turns: [
      { user: '三年要培养多少新型学徒来着', expect: { cites: ['四(一)'], says: [/2\s*万|20000|两万/] } },
      { user: '我们厂学徒12个 补贴多少 现在还能申请不', expect: { noAmount: 'unfixed', ...over } },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v52d57',
    class: 'period',
    probes: '"现在还能申请" 以工代训: the plan ran 2019-12-02 to 2021-12-31',
    periodEnd: true,
    turns: [{ user: '以工代训补贴 现在还能申请吗 俺们刚招了人', expect: { ...over, noAmount: 'open' } }],
  },
  {
    id: 'v52d58',
    class: 'period',
    probes: 'a dated question (2020年8月) answered for that date: 2 × 200 × 3',
    periodEnd: true,
    turns: [{ user: '2020年8月那会 我们参保企业招了俩就业困难人员 以工代训三个月 岗前补贴没领 当时能拿多少', expect: { ...pay(1200), ...over } }],
  },
  {
    id: 'v52d59',
    class: 'period',
    probes: 'equipment bought 2022: after the plan; then 2021年11月, studio 五十万 → 100 000',
    periodEnd: true,
    turns: [
      { user: '设备补贴 2022年买的设备 还算不算', expect: { ...over, noAmount: 'open', notVerdict: { rule: 'equipment_subsidy', status: 'eligible' } } },
      { user: '那2021年11月买的呢 五十万 大师工作室 教育经费出的 验收过', expect: kit(100000) },
    ],
  },
  {
    id: 'v52d60',
    class: 'period',
    probes: '8 % deduction "现在还按这个" — plan ended; then payroll 一千万, fund 九十万 → 800 000',
    periodEnd: true,
    turns: [
      { user: '职工教育经费8%税前扣除 现在还按这个来吗', expect: { ...over, cites: ['六(二)'] } },
      { user: '去年工资总额一千万 经费提了九十万', expect: deduct(800000) },
    ],
  },
  {
    id: 'v52d61',
    class: 'period',
    probes: 'hires before 2021年底, late claim today: the plan ended, no figure',
    periodEnd: true,
    turns: [{ user: '2021年12月底之前招的贫困户 以工代训补贴当时没报 现在过了还能补申请吗', expect: { ...over, noAmount: 'open' } }],
  },
  {
    id: 'v52d62',
    class: 'period',
    probes: 'project-training advance asked today: 50 % by the text, and the plan has ended',
    periodEnd: true,
    turns: [
      { user: '培训学校现在接项目制培训 补贴八万 还能先拿一半不', expect: { ...over, oneOf: [{ amount: { rule: 'project_training_advance', yuan: 40000 } }, { noAmount: 'open' }] } },
    ],
  },
];
