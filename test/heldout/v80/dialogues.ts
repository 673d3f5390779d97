/**
 * HELD-OUT dialogues, set v80 — written BLIND on 2026-12-01 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, scripts/, other files under test/ or
 * other held-out sets. Only the format of v15 (its first 75 lines) was looked at. Not to be
 * tuned on: no word of these messages goes into a glossary, pattern or fixture. Once a dialogue
 * has been fixed by a targeted change it measures nothing any more; write a new one instead.
 *
 * Who types here: people who DICTATE by voice on WeChat (语音转文字) — a garment-factory boss,
 * a village planting cooperative, a courier-depot owner, a property-management company's HR,
 * a poverty-relief workshop (扶贫车间), a furniture factory, a restaurant company, workers
 * training for certificates, and relatives asking for someone (表哥, 弟弟, 我妈, 我爸, 儿子). The
 * text comes out of speech recognition: no punctuation or odd spaces, homophone errors typical
 * of ASR (以工带训 / 以供代训 / 一工代训 for 以工代训, 刚前 for 岗前, 0就业 for 零就业), fillers
 * (那个、就是说、嗯、对对对), numbers as spoken (两千四、七个来月、半年多、俩), self-corrections
 * mid-message ("三个 不对 是四个"), long run-ons mixing several facts, and bare replies to the
 * assistant's question ("交了交了", "这个我得问问会计").
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it
 * depends on has been said: the kind of unit, insurance where the rule needs it (就业困难 /
 * 残疾人 / 零就业家庭 only count at an insured enterprise), the group, months employed (poor
 * labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was already claimed.
 * "不知道 / 不清楚 / 得问问" leaves a fact open: no figure, no 不符合.
 *
 * Amounts, computed by hand from the contract and checked against the plan's text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a 企业 / 农民专业合作社 / 扶贫车间; 就业困难 (incl. 残疾人) and 零就业家庭
 *   only at an insured enterprise; 退役军人 is no 以工代训 group; rows whose 岗前培训补贴 was
 *   claimed never count. E.g. d08: 2×200×6 + 3×200×3 = 2400 + 1800 = 4200.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 master studio), only
 *   bought from the 职工教育经费 and accepted (d30: 20 % × 1 200 000 = 240 000; d49: 20 % × 800 000
 *   = 160 000 → cap 100 000; d50: 20 % × 3 000 000 = 600 000 → cap 500 000).
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash
 *   (d52: min(500 000, 8 % × 5 000 000 = 400 000) = 400 000).
 * - Project training (六(一)): 50 % of the project's training subsidy paid in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family / student aid, 师带徒 allowance: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [relative].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given ("不知道"): no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreading's figure(s). */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
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
/** An education-fund fact is missing: no figure, no verdict. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V80: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v80-d01',
    class: 'one_group',
    probes: 'one run-on voice message: months employed (七个来月) must not become months of 以工代训 (五个月)',
    periodEnd: true,
    turns: [
      {
        user: '喂你好 我们是那个服装厂的 就是说招了四个建档立卡的贫困户 在厂里干了七个来月了 以工带训搞了五个月 那个岗前培训补贴没领过 这个能补多少钱',
        expect: payNot(4000, 5600, 4800),
      },
    ],
  },
  {
    id: 'v80-d02',
    class: 'one_group',
    probes: 'cooperative, facts spread over three turns; amount only after 岗前 is said',
    periodEnd: true,
    turns: [
      { user: '嗯 我们村那个种植合作社 收了三个贫困户来干活 那个以工代训补贴能不能申请', expect: askOJT },
      { user: '干了八个月了都 以工代训呢搞了六个月', expect: askOJT },
      { user: '岗前那个没有领 没有', expect: pay(3600) },
    ],
  },
  {
    id: 'v80-d03',
    class: 'one_group',
    probes: 'insured company with two 就业困难 hires, ASR 以供代训',
    periodEnd: true,
    turns: [
      {
        user: '我开了个快递网点 是注册的公司 社保都给交着呢 今年招了两个就业困难人员 以供代训弄了四个月 岗前补贴没申请过 那这个能给多少',
        expect: pay(1600),
      },
    ],
  },
  {
    id: 'v80-d04',
    class: 'one_group',
    probes: '0就业家庭 (ASR digit) needs insurance, asked; then the 6-month cap on nine months',
    periodEnd: true,
    turns: [
      { user: '那个 我们物业公司招了一个0就业家庭的 以工代训搞了九个月了 刚前培训补贴也没拿过 补贴咋算', expect: askOJT },
      { user: '交了交了 社保一直都交着的', expect: payNot(1200, 1800) },
    ],
  },
  {
    id: 'v80-d05',
    class: 'one_group',
    probes: 'disabled hires count as 就业困难 at an insured enterprise',
    periodEnd: true,
    turns: [
      {
        user: '我们是个小加工厂 社保有交 就是说招了三个残疾人 以工代训弄了五个月 岗前培训那个补贴没有拿 一共能补多少',
        expect: pay(3000),
      },
    ],
  },
  {
    id: 'v80-d06',
    class: 'one_group',
    probes: 'poor labour employed only four months: not yet six, no 1600',
    periodEnd: true,
    turns: [
      {
        user: '我们厂招了两个贫困户 才来了四个月 以工代训也是四个月 刚前补贴没领 现在能申请以工代训补贴不',
        expect: notYes(1600),
      },
    ],
  },
  {
    id: 'v80-d07',
    class: 'one_group',
    probes: '[two-part] rate and cap first, then veterans, who are no 以工代训 group',
    periodEnd: true,
    turns: [
      { user: '问一下 以工代训补贴 一个人一个月给多少钱 最长给几个月', expect: { cites: ['六(一)'], says: [/200/, /6\s*个月|六个月/] } },
      { user: '那我们公司招的是退伍军人 两个 以工代训三个月 能算不', expect: notYes(1200) },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v80-d08',
    class: 'several_groups',
    probes: 'two groups, different months in one run-on: each row keeps its own months',
    periodEnd: true,
    turns: [
      {
        user: '我们公司社保正常交 招了两个贫困户 干了八个月 以工代训六个月 还有三个就业困难的 以工代训三个月 岗前补贴都没领过 总共能拿多少',
        expect: payNot(4200, 6000, 3000),
      },
    ],
  },
  {
    id: 'v80-d09',
    class: 'several_groups',
    probes: 'cooperative: poor labour counts, the disabled hire does not (not an insured enterprise)',
    periodEnd: true,
    turns: [
      {
        user: '我们是个蔬菜种植的合作社 有两个贫困户干了九个月了 一工代训六个月 还有一个残疾人 以工代训四个月 那个岗前培训补贴都没领 能补多少',
        expect: payNot(2400, 3200),
      },
    ],
  },
  {
    id: 'v80-d10',
    class: 'several_groups',
    probes: 'groups first, months next, insurance and 岗前 last; 零就业 rows keep their two months',
    periodEnd: true,
    turns: [
      { user: '我们是做餐饮的公司 招了贫困户五个 还有零就业家庭的两个 这个以工代训怎么补', expect: askOJT },
      { user: '贫困户那五个干了一年了 以工代训六个月 零就业那俩以工代训两个月', expect: askOJT },
      { user: '对对对 社保交着呢 岗前的补贴一个都没领', expect: payNot(6800, 8400, 2800) },
    ],
  },
  {
    id: 'v80-d11',
    class: 'several_groups',
    probes: 'two rows of poor labour in a workshop: the row employed three months does not count yet',
    periodEnd: true,
    turns: [
      {
        user: '我们扶贫车间 有三个贫困户干了七个月 以工代训六个月 另外两个是后来的 才干了三个月 以工代训三个月 岗前补贴都没领过 能补多少',
        expect: payNot(3600, 4800),
      },
    ],
  },
  {
    id: 'v80-d12',
    class: 'several_groups',
    probes: '岗前 claimed for one group only: that row drops, the other is paid',
    periodEnd: true,
    turns: [
      {
        user: '我们公司交社保的 有一个残疾人 以工代训六个月 岗前没领 还有四个贫困户 干了半年 以工代训两个月 不过那四个岗前培训补贴已经领过了 这样算下来多少',
        expect: payNot(1200, 2800),
      },
    ],
  },
  {
    id: 'v80-d13',
    class: 'several_groups',
    probes: 'insurance open for the 就业困难 row only: ask, never the total; total after the reply',
    periodEnd: true,
    turns: [
      {
        user: '我们公司 有贫困户两个 干了七个月 以工代训六个月 另外还有三个就业困难的 以工代训四个月 岗前补贴都没领',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['4800'] },
      },
      { user: '社保 嗯 交了的 都交', expect: pay(4800) },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v80-d14',
    class: 'negation_after_noun',
    probes: '社保 … 没有交 with words between: the 就业困难 rows do not count',
    periodEnd: true,
    turns: [
      {
        user: '我们是个小公司 社保这块 一直是没有交 招了两个就业困难人员 以工代训五个月 岗前补贴也没领 能补不',
        expect: noPay(2000),
      },
    ],
  },
  {
    id: 'v80-d15',
    class: 'negation_after_noun',
    probes: '岗前培训那个补贴呢 俺们是没领过的: not claimed, pay',
    periodEnd: true,
    turns: [
      {
        user: '俺们厂招了贫困户三个 干了十个月了 以工代训五个月 岗前培训那个补贴呢 俺们是没领过的 能给多少',
        expect: pay(3000),
      },
    ],
  },
  {
    id: 'v80-d16',
    class: 'negation_after_noun',
    probes: '岗前培训补贴那个 之前已经领过了: claimed, no 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '厂里两个建档立卡的 干了半年多 以工代训六个月 岗前培训补贴那个 之前已经领过了 以工代训还能拿吗',
        expect: noPay(2400),
      },
    ],
  },
  {
    id: 'v80-d17',
    class: 'negation_after_noun',
    probes: '证书呢 … 还没拿到: the certificate is not there, the training subsidy is not yet due',
    periodEnd: true,
    turns: [
      {
        user: '我在郑州学了个电焊 户口就在郑州 证书呢 考完试了 还没拿到 这个培训补贴能领吗',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v80-d18',
    class: 'negation_after_noun',
    probes: '[relative] 养老金她是不领的: no pension, so no exclusion on that ground',
    periodEnd: true,
    turns: [
      {
        user: '我替我妈问一下 她想学那个养老护理 养老金她是不领的 还没到年龄 就在我们常住的这个区学 学完能有补贴不',
        expect: { noAmount: 'unfixed', cites: ['七(二)', '六(一)'], notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v80-d19',
    class: 'negation_after_noun',
    probes: '社保没交 is irrelevant for poor labour; 刚前补贴 … 说是没申请 said after the noun',
    periodEnd: true,
    turns: [
      { user: '我们是合作社 社保没交 招了两个贫困户 干了九个月 以工代训六个月 能补吗', expect: askOJT },
      { user: '那个刚前补贴 我问了会计 说是没申请', expect: pay(2400) },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v80-d20',
    class: 'unknown_reply',
    probes: '"这个我得问问会计" leaves 岗前 open; the later answer settles it',
    periodEnd: true,
    turns: [
      { user: '我们扶贫车间有四个贫困户 干了九个月 以工代训六个月 能拿多少钱', expect: askOJT },
      { user: '这个我得问问会计 不太清楚', expect: dunnoOJT },
      { user: '会计说了 岗前的没领过', expect: pay(4800) },
    ],
  },
  {
    id: 'v80-d21',
    class: 'unknown_reply',
    probes: '[relative] cousin in a workshop; months of 以工代训 unknown',
    periodEnd: true,
    turns: [
      { user: '我替我表哥问一下 他在一个扶贫车间上班 是建档立卡户 干了十个月了 车间能拿那个以工代训补贴不', expect: askOJT },
      { user: '以工代训搞了几个月 他也说不上来 不知道', expect: dunnoOJT },
    ],
  },
  {
    id: 'v80-d22',
    class: 'unknown_reply',
    probes: 'HR does not know whether the boss pays social insurance: no figure, no 不符合',
    periodEnd: true,
    turns: [
      { user: '我在一个小公司管人事 招了三个就业困难的 以工代训四个月 岗前没领 能补多少', expect: askOJT },
      { user: '社保交没交 我还真不清楚 老板管这个', expect: dunnoOJT },
    ],
  },
  {
    id: 'v80-d23',
    class: 'unknown_reply',
    probes: '[relative] brother\'s forklift course; whether he got the certificate is unknown',
    periodEnd: true,
    turns: [
      {
        user: '我弟在郑州学了个叉车 户口在郑州 他那个培训能补贴不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      { user: '证拿没拿到 我也不知道 他没跟我说', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v80-d24',
    class: 'unknown_reply',
    probes: 'master studio equipment, acceptance not sure',
    periodEnd: true,
    turns: [
      { user: '我们厂建了个技能大师工作室 买设备花了四十万 用的职工教育经费 能补多少', expect: askKit },
      { user: '验收没验收 这个不确定 嗯 我回头问问', expect: dunnoKit },
    ],
  },
  {
    id: 'v80-d25',
    class: 'unknown_reply',
    probes: 'education fund known, payroll "得问财务": no deduction figure',
    turns: [
      { user: '我们公司职工教育经费今年提了三十万 税前能扣多少', expect: askFund },
      { user: '工资总额 嗯 这个得问财务 我不知道', expect: askFund },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v80-d26',
    class: 'correction',
    probes: 'mid-message "三个 不对 是四个": the corrected count is used',
    periodEnd: true,
    turns: [
      {
        user: '我们是家具厂 招了三个 不对 是四个贫困户 干了八个月 以工代训五个月 岗前补贴没领',
        expect: payNot(4000, 3000),
      },
    ],
  },
  {
    id: 'v80-d27',
    class: 'correction',
    probes: 'insurance said, then taken back: the amount is withdrawn',
    periodEnd: true,
    turns: [
      { user: '我们公司社保都交着 招了两个就业困难的 以工代训六个月 岗前补贴没领 能拿多少', expect: pay(2400) },
      { user: '哦 不对不对 刚才说错了 社保我们其实没交', expect: { status: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v80-d28',
    class: 'correction',
    probes: 'months of 以工代训 corrected from six to three in the same message',
    periodEnd: true,
    turns: [
      {
        user: '我们厂一个贫困户 干了八个月 以工代训六个月 哎说错了 是三个月 岗前没领',
        expect: payNot(600, 1200),
      },
    ],
  },
  {
    id: 'v80-d29',
    class: 'correction',
    probes: 'head count corrected in a later turn: five → two',
    periodEnd: true,
    turns: [
      { user: '我们厂有五个贫困户 干了七个月 以工代训四个月 岗前没领 补多少', expect: pay(4000) },
      { user: '等一下 刚才说错了 是两个贫困户 不是五个', expect: pay(1600) },
    ],
  },
  {
    id: 'v80-d30',
    class: 'correction',
    probes: 'equipment value "八十万 不对 是一百二十万": 20 % of the corrected value',
    periodEnd: true,
    turns: [
      {
        user: '我们高技能人才培训基地买实训设备花了八十万 不对 是一百二十万 职工教育经费出的 人社财政都验收了 能补多少',
        expect: kitNot(240000, 160000),
      },
    ],
  },
  {
    id: 'v80-d31',
    class: 'correction',
    probes: '岗前 "领了", then "那是另外一批人 这三个没领": the amount appears only after',
    periodEnd: true,
    turns: [
      { user: '我们公司招了三个贫困户 干了一年了 以工代训六个月 岗前补贴领了', expect: noPay(3600) },
      { user: '哦不对 领岗前补贴的是另外一批人 这三个没领', expect: pay(3600) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v80-d32',
    class: 'topic_switch',
    probes: '[relative] after an amount, a veteran brother\'s training: new topic, no old figure',
    periodEnd: true,
    turns: [
      { user: '我们公司招了两个贫困户 干了十个月 以工代训六个月 岗前没领 补多少', expect: pay(2400) },
      {
        user: '另外问一下 我弟是退伍军人 想学个电工 有没有啥培训',
        expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)'], mustNotContain: ['2400'] },
      },
    ],
  },
  {
    id: 'v80-d33',
    class: 'topic_switch',
    probes: 'a nursery-teacher certificate, then the weather: declined',
    periodEnd: true,
    turns: [
      {
        user: '我在郑州打工 就在住的这边考了个育婴师证 机构说进了系统 今年头一回 有补贴没',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      { user: '那个 明天郑州下不下雨啊', expect: decline },
    ],
  },
  {
    id: 'v80-d34',
    class: 'topic_switch',
    probes: 'master-studio equipment amount, then apprentices: no fixed amount, no old figure',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室买了三十万的设备 职工教育经费出的 已经验收了 补贴多少', expect: kit(60000) },
      {
        user: '对了 我们还带了十几个新型学徒 那个学徒补贴一个人多少',
        expect: { noAmount: 'unfixed', cites: ['四(一)'], mustNotContain: ['60000'] },
      },
    ],
  },
  {
    id: 'v80-d35',
    class: 'topic_switch',
    probes: '以工代训 amount, then the education fund: ask for the figures, then the deduction',
    periodEnd: true,
    turns: [
      { user: '我们厂就一个贫困户 干了七个月 以工代训三个月 岗前没领 能补多少', expect: pay(600) },
      { user: '还有个事 我们老板想问职工教育经费税前能扣多少', expect: askFund },
      { user: '工资总额一年四百万 教育经费提了二十五万', expect: deduct(250000) },
    ],
  },
  {
    id: 'v80-d36',
    class: 'topic_switch',
    probes: '[relative] family aid for a child at a 技工学校, then the parent\'s own entrepreneurship training',
    periodEnd: true,
    turns: [
      { user: '我们家是建档立卡的贫困户 孩子在技工学校上学 家里能有补助不', expect: noFigure(['三(三)', '三(十四)']) },
      {
        user: '那我自己 想开个小卖部 创业培训能参加不',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v80-d37',
    class: 'topic_switch',
    probes: 'after an amount, unemployment benefit: outside the plan',
    periodEnd: true,
    turns: [
      { user: '我们扶贫车间 三个贫困户 干了八个月 以工代训五个月 刚前补贴没领', expect: pay(3000) },
      { user: '嗯 顺便问一下 失业金怎么领', expect: decline },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v80-d38',
    class: 'person_training',
    probes: 'migrant worker trained where he works; the plan fixes no per-person figure',
    periodEnd: true,
    turns: [
      {
        user: '我在郑州打工 户口在周口 在郑州考了个电工证 培训学校说是进了系统的 今年第一次 能补贴不',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v80-d39',
    class: 'person_training',
    probes: 'three subsidies already this year: no fourth',
    periodEnd: true,
    turns: [
      {
        user: '我今年已经补过三回了 又报了个中式面点的班 还能再补吗',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v80-d40',
    class: 'person_training',
    probes: 'same occupation and level again (中级焊工): not twice',
    periodEnd: true,
    turns: [
      {
        user: '去年考了个中级焊工 补贴拿过了 今年想再考一个中级焊工 还能补不',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v80-d41',
    class: 'person_training',
    probes: '[relative] a retired father drawing a monthly pension',
    periodEnd: true,
    turns: [
      {
        user: '我爸退休了 每个月领退休金 想去学个养老护理 有没有培训补贴',
        expect: { noAmount: 'unfixed', cites: ['六(一)', '七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v80-d42',
    class: 'person_training',
    probes: 'poor household member learning to cook: free training, no fee figure',
    periodEnd: true,
    turns: [{ user: '我们家是建档立卡户 我想去学厨师 学费要自己掏不', expect: { noAmount: 'unfixed', cites: ['三(三)'], says: [/免费/] } }],
  },
  {
    id: 'v80-d43',
    class: 'person_training',
    probes: 'new occupation: priority-occupation standard, no figure in the plan',
    periodEnd: true,
    turns: [
      { user: '那个新职业 人工智能训练师 培训有补贴吗', expect: noFigure(['七(二)']) },
      { user: '按啥标准 有具体钱数没', expect: { noAmount: 'unfixed', says: [/优先支持/] } },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v80-d44',
    class: 'entrepreneurship',
    probes: 'small shop open three years: within five years, eligible, no amount',
    periodEnd: true,
    turns: [
      {
        user: '我开了个小超市 开了三年了 想去参加那个创业培训 能报不',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v80-d45',
    class: 'entrepreneurship',
    probes: '[two-part] vocational-college student: can join, and the cost is no figure from the plan',
    periodEnd: true,
    turns: [
      {
        user: '我是职业学院的学生 还没毕业 学校那个创业培训 我能参加吗 要钱吗',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v80-d46',
    class: 'entrepreneurship',
    probes: 'wish to open a milk-tea shop, then "补贴能给多少": the plan fixes none',
    periodEnd: true,
    turns: [
      {
        user: '我想自己创业 开个奶茶店 有没有创业培训',
        expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
      { user: '那培训完补贴能给多少钱', expect: noFigure(['三(八)', '七(二)']) },
    ],
  },
  {
    id: 'v80-d47',
    class: 'entrepreneurship',
    probes: '[relative] a son, college graduate a year ago, wants to start something',
    periodEnd: true,
    turns: [
      {
        user: '我儿子大学毕业一年了 工作一直没找着 他想自己干点啥 创业培训他能参加不',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v80-d48',
    class: 'equipment',
    probes: 'high-skill base, 150万 from the education fund, accepted: 20 %',
    periodEnd: true,
    turns: [
      {
        user: '我们高技能人才培训基地 新买的实训设备一百五十万 职工教育经费出的 人社和财政验收过了 能补多少',
        expect: kit(300000),
      },
    ],
  },
  {
    id: 'v80-d49',
    class: 'equipment',
    probes: 'master studio 80万: 20 % is 16万, the cap is 10万',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 设备买了八十万 用的职工教育经费 验收也通过了 补贴是多少', expect: kit(100000) },
    ],
  },
  {
    id: 'v80-d50',
    class: 'equipment',
    probes: 'base 300万: acceptance asked, then the 50万 cap',
    periodEnd: true,
    turns: [
      { user: '我们建的高技能人才培训基地 买设备花了三百万 用的职工教育经费', expect: askKit },
      { user: '验收过了 人社和财政都来看过', expect: kit(500000) },
    ],
  },
  {
    id: 'v80-d51',
    class: 'equipment',
    probes: '设备是贷款买的 没用职工教育经费: no equipment subsidy',
    periodEnd: true,
    turns: [
      {
        user: '我们厂技能大师工作室买设备花了四十五万 设备是贷款买的 没用职工教育经费 验收过了 能补吗',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['90000', /9\s*万/] },
      },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v80-d52',
    class: 'education_fund',
    probes: 'fund drawn above 8 % of payroll: the deduction stops at 8 %',
    turns: [{ user: '我们公司去年工资总额五百万 职工教育经费提了五十万 税前能扣多少', expect: deduct(400000) }],
  },
  {
    id: 'v80-d53',
    class: 'education_fund',
    probes: 'fund below 8 %: all of it, front-line share 70 % is fine',
    turns: [{ user: '工资总额三百万 教育经费提了十五万 一线职工用了七成 能税前扣多少', expect: deduct(150000) }],
  },
  {
    id: 'v80-d54',
    class: 'education_fund',
    probes: 'front-line share about half: the 60 % requirement is noted',
    turns: [
      {
        user: '我们工资总额两百万 职工教育经费提了十万 一线职工那块大概就用了一半 税前扣除咋算',
        expect: {
          amount: { rule: 'education_fund_deduction', yuan: 100000 },
          says: [/税前/, /60\s*%|百分之六十|六成/],
        },
      },
    ],
  },
  {
    id: 'v80-d55',
    class: 'education_fund',
    probes: 'the 8 % rule asked first, then the figures',
    turns: [
      { user: '职工教育经费 税前扣除是按多少比例', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
      { user: '我们工资一年发了一千二百万 教育经费提了九十万', expect: deduct(900000) },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v80-d56',
    class: 'apprenticeship',
    probes: 'per-apprentice amount asked: the plan fixes none',
    turns: [{ user: '我们厂今年带了二十个新型学徒 一个学徒补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v80-d57',
    class: 'apprenticeship',
    probes: 'a rumoured figure (四千一个人) must not be confirmed',
    turns: [
      {
        user: '企业新型学徒制 是不是一个人补四千 我听别人说的',
        expect: noFigure(['四(一)']),
      },
    ],
  },
  {
    id: 'v80-d58',
    class: 'apprenticeship',
    probes: '师带徒 allowance: paid from the education fund; no monthly figure in the plan',
    turns: [
      { user: '师傅带徒弟 那个津贴 钱从哪出', expect: { noAmount: 'unfixed', cites: ['六(二)'], says: [/职工教育经费/] } },
      { user: '那一个月给师傅多少', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v80-d59',
    class: 'period',
    probes: '"现在还能申请": the plan ended on 2021-12-31',
    periodEnd: true,
    turns: [{ user: '现在还能申请以工代训补贴吗 我们厂招了几个贫困户', expect: { ...ended, cites: ['六(一)'] } }],
  },
  {
    id: 'v80-d60',
    class: 'period',
    probes: '[dated] hired in March 2020, worked to the year end: answered for 2020',
    periodEnd: true,
    turns: [
      {
        user: '2020年3月份那会 我们公司招了两个贫困户 一直干到年底 以工代训六个月 岗前没领 当时能补多少',
        expect: { oneOf: [pay(2400), askOJT] },
      },
    ],
  },
  {
    id: 'v80-d61',
    class: 'period',
    probes: '[contact] end of the plan and who runs it; then after 2022',
    periodEnd: true,
    turns: [
      { user: '这个方案到啥时候截止啊 有事找哪个部门', expect: { says: [/2021/, /人社/] } },
      { user: '那2022年以后还能用不', expect: ended },
    ],
  },
  {
    id: 'v80-d62',
    class: 'period',
    probes: '[dated] hires from late 2020 with an amount, then "现在2024年了还来得及不"',
    periodEnd: true,
    turns: [
      { user: '我们厂2020年下半年招了俩贫困户 干了八个月了 以工代训六个月 岗前没领 能补多少', expect: pay(2400) },
      { user: '那都2024年了 现在再去申请还来得及不', expect: ended },
    ],
  },
  {
    id: 'v80-d63',
    class: 'period',
    probes: '[dated] project-based training in 2020: half the subsidy in advance',
    periodEnd: true,
    turns: [
      {
        user: '2020年的时候 我们培训机构搞项目制培训 培训补贴总共四十万 当时能先拨付多少',
        expect: { amount: { rule: 'project_training_advance', yuan: 200000 } },
      },
    ],
  },
];
