/**
 * HELD-OUT dialogues, set v37 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (the first lines of its two files) was looked at; no other set was read.
 * Not to be tuned on: no word of these messages goes into a glossary, pattern or fixture. Once a
 * dialogue has been fixed by a targeted change it measures nothing any more; write a new one.
 *
 * Who types here: older migrant workers from Henan villages (周口, 驻马店, 商丘) who dictate into
 * the phone, so voice-to-text homophones slip in (以工带训, 社宝, 陪训, 见档立卡, 就业苦难,
 * 工作是, 教育经废, 正书); a village 扶贫车间 lead; small restaurant (饭店/餐饮公司) and logistics
 * (物流/快递) owners who write numbers as words (俩, 仨, 十来个月, 七八个月, 小半年, 三百来万,
 * 小一百万); and people who answer the bot's question with a word or a number (对, 没申请过,
 * 不晓得, 还没弄, 交着呢, 俩月, 八个月). Late corrections ("刚才说错了…", "说反了",
 * "不对不对"), two questions in one message, and a topic switch now and then.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed or
 * not, the kind of unit, 社保 where the rule needs it, months employed for poor labour, months of
 * 以工代训, acceptance and fund source of equipment, payroll and fund drawn) must be asked, and a
 * figure is expected only once every such fact has been said. Vague quantities that do not fix a
 * number (小半年 for months employed, 三百来万 for payroll) leave the amount open, or may be asked
 * about; ranges that sit wholly on one side of a threshold (七八个月, 十来个月 ≥ 6) settle it.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only by an
 *   insured enterprise (a 扶贫车间 is not one); 退役军人 are no group; rows with the 岗前培训补贴
 *   claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted; purchases for one site share its cap.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [bare], [vague-number].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is still missing: ask, state no figure, give no 不符合. */
const ojtAsk: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The person cannot give a 以工代训 fact: no figure, no verdict either way. */
const ojtOpen: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount; `wrong` are figures a misreading would give. */
const ojt = (yuan: number, ...wrong: number[]): TurnExpect =>
  wrong.length > 0 ? { amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) } : { amount: { rule: 'on_job_training', yuan } };
/** The 以工代训 amount in a one-message conversation: the plan's end said with it. */
const ojtEnd = (yuan: number, ...wrong: number[]): TurnExpect => ({ ...ojt(yuan, ...wrong), mentionsPeriodEnd: true });
/** 以工代训 excluded on the facts given; `wrong` are figures a misreading would give. */
const ojtNo = (...wrong: number[]): TurnExpect =>
  wrong.length > 0 ? { status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: wrong.map(String) } : { status: { rule: 'on_job_training', status: 'ineligible' } };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: (string | RegExp)[]): TurnExpect =>
  wrong.length > 0 ? { amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: wrong } : { amount: { rule: 'equipment_subsidy', yuan } };
/** An equipment fact is missing: ask, no figure. */
const kitAsk: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** The education-fund deduction: a 税前 deduction, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** An education-fund fact is open: no figure, no verdict. */
const fundOpen: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount for this: no figure, one of these clauses cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it: says so, no figure. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };

export const DIALOGUES_V37: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v37d01',
    class: 'one_group',
    probes: 'logistics owner, every fact in one line with 仨 and a negation after 岗前培训补贴',
    turns: [{ user: '俺是物流公司的 有社保 招了仨就业困难的 以工代训干了五个月 岗前培训补贴没领过 能补多少', expect: ojtEnd(3000) }],
  },
  {
    id: 'v37d02',
    class: 'one_group',
    probes: '[bare] village 扶贫车间, voice-typed 见档立卡/陪训/以工带训; the missing 以工代训 months come back as a bare "俩月"',
    periodEnd: true,
    turns: [
      { user: '俺们村扶贫车间 收了五个见档立卡贫困户 在车间干了一年多 岗前陪训补贴都没领 以工带训能给多少', expect: ojtAsk },
      { user: '俩月', expect: ojt(2000) },
    ],
  },
  {
    id: 'v37d03',
    class: 'one_group',
    probes: '[bare] restaurant company, 以工代训 eight months capped at six; 岗前培训补贴 answered with a bare reply',
    periodEnd: true,
    turns: [
      { user: '开了个餐饮公司 交着社保 去年招了俩零就业家庭的 以工代训搞了八个月 多少钱', expect: ojtAsk },
      { user: '没申请过', expect: ojt(2400, 3200) },
    ],
  },
  {
    id: 'v37d04',
    class: 'one_group',
    probes: '[vague-number] poor labour employed 小半年 (under six months): no 1600, either excluded or the months asked',
    turns: [
      {
        user: '俺厂收了四个贫困户 才来了小半年 以工代训搞了俩月 岗前补贴没领 有没有补贴',
        expect: {
          notVerdict: { rule: 'on_job_training', status: 'eligible' },
          mustNotContain: ['1600'],
          oneOf: [{ status: { rule: 'on_job_training', status: 'ineligible' } }, { asks: true }],
        },
      },
    ],
  },
  {
    id: 'v37d05',
    class: 'one_group',
    probes: 'veterans are not a 以工代训 group even for an insured logistics company',
    turns: [{ user: '物流公司 交社保 招了俩退伍军人 以工代训三个月 岗前培训补贴没拿 能补不', expect: { ...ojtNo(1200), cites: ['六(一)'] } }],
  },
  {
    id: 'v37d06',
    class: 'one_group',
    probes: '[bare] a disabled hire counts as 就业困难; insurance missing, then "对 有社宝" (homophone)',
    periodEnd: true,
    turns: [
      { user: '俺公司招了个残疾人 腿脚不利索 以工带训六个月了 岗前补贴木领 能给多少', expect: ojtAsk },
      { user: '对 有社宝', expect: ojt(1200) },
    ],
  },
  {
    id: 'v37d07',
    class: 'one_group',
    probes: 'a 扶贫车间 is not an insured enterprise: its 就业困难 hires (就业苦难, voice-typed) bring no 以工代训',
    turns: [
      {
        user: '俺们是村里的扶贫车间 招了俩就业苦难人员 以工代训四个月 岗前补贴也没领 能领多少',
        expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['1600'] },
      },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v37d08',
    class: 'several_groups',
    probes: 'two groups with their own counts and months: 2×5 months 就业困难 + 3×2 months poor labour',
    turns: [
      {
        user: '物流公司 有社保 招了俩就业困难的以工代训五个月 还有仨贫困户 干了一年了 以工代训俩月 岗前补贴都没领',
        expect: ojtEnd(3200, 5000),
      },
    ],
  },
  {
    id: 'v37d09',
    class: 'several_groups',
    probes: 'restaurant, 零就业 + poor labour; months employed and 岗前 come in the second message (十来个月)',
    periodEnd: true,
    turns: [
      { user: '饭店是公司 交社保的 去年收了一个零就业家庭的 还有俩建档立卡的 以工代训都是仨月', expect: ojtAsk },
      { user: '俩贫困户来了十来个月了 岗前补贴一个都没领', expect: ojt(1800) },
    ],
  },
  {
    id: 'v37d10',
    class: 'several_groups',
    probes: 'cooperative: four poor labourers employed 七八个月 qualify, two employed 俩月 do not',
    turns: [
      {
        user: '俺们合作社 收了四个贫困户 都干了七八个月 以工代训六个月 岗前补贴没领 另外俩贫困户刚来俩月',
        expect: ojtEnd(4800, 7200),
      },
    ],
  },
  {
    id: 'v37d11',
    class: 'several_groups',
    probes: 'three groups listed with a colon; the three veterans must drop out, then a why-question about them',
    periodEnd: true,
    turns: [
      { user: '公司交着社保 招的人有：就业困难的俩 退役军人仨 零就业家庭一个 以工代训都四个月 岗前补贴都没领 一共能补多少', expect: ojt(2400, 4800) },
      { user: '退伍的那仨为啥不算', expect: { cites: ['六(一)'], mustNotContain: ['4800'] } },
    ],
  },
  {
    id: 'v37d12',
    class: 'several_groups',
    probes: '[bare] the settled group is finished first, the poor labourer asked by name; the reply is only "八个月"',
    periodEnd: true,
    turns: [
      {
        user: '俺是开饭店的 注册的公司 社保交着 招了俩就业困难的 一个贫困户 岗前培训补贴都没领 以工代训都弄了四个月',
        expect: { asks: true, says: [/贫困/], mustNotContain: ['2400'], notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
      { user: '八个月', expect: ojt(2400) },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v37d13',
    class: 'negation_after_noun',
    probes: '社保 named first, 没交 at the end of the clause: 就业困难 hires do not count',
    turns: [{ user: '社保俺们公司是没交的 招了俩就业困难人员 以工代训五个月 岗前补贴没领', expect: ojtNo(2000) }],
  },
  {
    id: 'v37d14',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 at the start, 一直没去领 many words later: the subsidy was not claimed',
    turns: [
      {
        user: '岗前培训补贴那个 俺们给这仨贫困户 还一直没去领 他们在厂里干了一年 以工代训四个月 厂是个公司',
        expect: { ...ojtEnd(2400), notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v37d15',
    class: 'negation_after_noun',
    probes: '"一个月都没断过" next to 社保 is not a negation of insurance',
    turns: [{ user: '社保 俺们这个物流公司 其实早就 交上了 一个月都没断过 招了一个零就业家庭的 以工代训仨月 岗前的没领', expect: ojtEnd(600) }],
  },
  {
    id: 'v37d16',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 named first, 已经领过了 later: those hires never count',
    turns: [{ user: '岗前培训补贴 这俩人的 上个月已经领过了 俺公司交社保 俩就业困难人员 以工代训六个月', expect: ojtNo(2400) }],
  },
  {
    id: 'v37d17',
    class: 'negation_after_noun',
    probes: '"岗前那个补贴 俺们压根就没有申请过" in the second message',
    periodEnd: true,
    turns: [
      { user: '问下以工代训 俺公司有社保 收了仨就业困难的', expect: ojtAsk },
      { user: '以工代训四个月 岗前那个补贴 俺们压根就没有申请过', expect: ojt(2400) },
    ],
  },
  {
    id: 'v37d18',
    class: 'negation_after_noun',
    probes: 'double negation "不是没交社保 是交着呢": insured',
    turns: [{ user: '不是没交社保 是交着呢 就是交得晚 俺饭店是公司 招了一个残疾人 以工代训五个月 岗前补贴没有领', expect: ojtEnd(1000) }],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v37d19',
    class: 'unknown_reply',
    probes: '[bare] 社保 first 不晓得 (stays open), then "刚问了会计 社保一直交着呢"',
    periodEnd: true,
    turns: [
      { user: '俺们是物流公司 招了俩就业困难的 以工代训六个月 岗前补贴没领 能补多少', expect: ojtAsk },
      { user: '社保交没交 俺不晓得 得问会计', expect: ojtOpen },
      { user: '刚问了会计 社保一直交着呢', expect: ojt(2400) },
    ],
  },
  {
    id: 'v37d20',
    class: 'unknown_reply',
    probes: 'months employed of poor labour "记不清了": no figure, no 不符合',
    turns: [
      { user: '扶贫车间收了四个贫困户 以工代训五个月 岗前补贴没领', expect: ojtAsk },
      { user: '来多长时间了 俺也记不清了', expect: ojtOpen },
    ],
  },
  {
    id: 'v37d21',
    class: 'unknown_reply',
    probes: '以工代训 months "不清楚" in the first message: no figure',
    turns: [{ user: '俺公司交着社保 招了仨零就业家庭的 以工代训几个月 不清楚 岗前补贴没领', expect: ojtOpen }],
  },
  {
    id: 'v37d22',
    class: 'unknown_reply',
    probes: 'worker from 周口 with a welding certificate; whether the school is in the system "不晓得" stays open',
    turns: [
      { user: '俺在郑州工地上干 户口周口乡下 学了个电焊 证也拿了 能给补贴不', expect: { undecided: 'vocational_training', noAmount: 'unfixed' } },
      { user: '培训学校进没进那个系统 不晓得 也没问', expect: { undecided: 'vocational_training', noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v37d23',
    class: 'unknown_reply',
    probes: 'studio equipment (工作是, voice-typed) from the fund; acceptance "不清楚": no 3万',
    turns: [
      { user: '俺们单位弄了个技能大师工作是 设备花了十五万 走的职工教育经费 能补多少', expect: kitAsk },
      { user: '验没验收 俺不清楚 办公室管这事', expect: { noAmount: 'open', undecided: 'equipment_subsidy', mustNotContain: ['30000', '3万'] } },
    ],
  },
  {
    id: 'v37d24',
    class: 'unknown_reply',
    probes: 'two groups, the poor labourer\'s months employed unknown: the settled 1600 is stated, the whole 2400 is not',
    periodEnd: true,
    turns: [
      { user: '公司有社保 俩就业困难的 以工代训四个月 还有一个贫困户 以工代训也四个月 岗前补贴都没领', expect: { asks: true, mustNotContain: ['2400'] } },
      {
        user: '贫困户那个来多久 不清楚 人事请假了',
        expect: { notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['2400'], says: [/1,?600|0\.16\s*万/] },
      },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v37d25',
    class: 'correction',
    probes: '"刚才说错了 是仨人": the count is replaced',
    periodEnd: true,
    turns: [
      { user: '俺公司交着社保 招了四个就业困难的 以工代训五个月 岗前补贴没领', expect: ojt(4000) },
      { user: '刚才说错了 是仨人 不是四个', expect: ojt(3000) },
    ],
  },
  {
    id: 'v37d26',
    class: 'correction',
    probes: '"不对不对 社保俺们没交": insurance withdrawn, 零就业 hires drop out',
    periodEnd: true,
    turns: [
      { user: '饭店公司 交社保 招了俩零就业家庭成员 以工代训仨月 岗前补贴没领过', expect: ojt(1200) },
      { user: '不对不对 社保俺们没交 去年就断了', expect: ojtNo() },
    ],
  },
  {
    id: 'v37d27',
    class: 'correction',
    probes: 'group corrected from poor labour to veterans: no 以工代训 any more',
    periodEnd: true,
    turns: [
      { user: '物流公司 有社保 收了俩贫困户 干了一年了 以工代训六个月 岗前补贴没领', expect: ojt(2400) },
      { user: '刚才说错了 那俩是退伍兵 不是贫困户', expect: ojtNo() },
    ],
  },
  {
    id: 'v37d28',
    class: 'correction',
    probes: '"说反了": months swapped between two groups, each keeps its own',
    periodEnd: true,
    turns: [
      { user: '公司交着社保 招了一个就业困难的以工代训俩月 仨零就业家庭的以工代训四个月 岗前补贴都没领', expect: ojt(2800, 3200) },
      { user: '哦 说反了 就业困难那个是四个月 零就业那仨是俩月', expect: ojt(2000) },
    ],
  },
  {
    id: 'v37d29',
    class: 'correction',
    probes: '"俺记错了 岗前培训补贴领过了": the rows drop out',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 俩贫困户 干了九个月 以工代训五个月 岗前补贴没领', expect: ojt(2000) },
      { user: '俺记错了 岗前培训补贴领过了 上回乡里给办的', expect: ojtNo() },
    ],
  },
  {
    id: 'v37d30',
    class: 'correction',
    probes: 'a general question, the facts, then a late "刚才说错了" on the months',
    periodEnd: true,
    turns: [
      { user: '俺是搞物流的公司 问下以工代训补贴咋算', expect: { cites: ['六(一)'], noAmount: 'open' } },
      { user: '交着社保 招了五个就业困难人员 以工代训六个月 岗前的没领', expect: ojt(6000) },
      { user: '刚才说错了 以工代训是三个月 不是六个', expect: ojt(3000) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v37d31',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, a nephew\'s business training: 三(八), no 1600 carried over',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了俩残疾人 以工代训四个月 岗前补贴没领', expect: ojt(1600) },
      { user: '换个事 俺侄子职高毕业 想自己开个小店 有创业培训没', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v37d32',
    class: 'topic_switch',
    probes: 'poor labour months threshold, then veterans\' training: answered from 三(二)/六(一), not the first topic',
    turns: [
      { user: '以工代训补贴 贫困户的要干够几个月才行', expect: { cites: ['六(一)'], says: [/6|六/] } },
      { user: '另一个事 退役军人能参加啥培训', expect: noFigure(['三(二)', '六(一)']) },
    ],
  },
  {
    id: 'v37d33',
    class: 'topic_switch',
    probes: '[two-part] equipment cap, then "俺娘是贫困户" free training: 三(三), no 50万 carried over',
    turns: [
      { user: '俺厂想建高技能人才培训基地 设备补贴最多多少', expect: { cites: ['四(一)'], says: [/50\s*万|500,?000/] } },
      { user: '对了 俺娘是贫困户 她去学个技术要不要钱', expect: { ...noFigure(['三(三)']), mustNotContain: ['50万'] } },
    ],
  },
  {
    id: 'v37d34',
    class: 'topic_switch',
    probes: 'apprentices, then the front-line share of the education fund (60 %)',
    turns: [
      { user: '学徒制 企业带新型学徒 有补贴吗', expect: noFigure(['四(一)']) },
      { user: '还有个事 职工教育经费得用多少在一线工人身上', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
    ],
  },
  {
    id: 'v37d35',
    class: 'topic_switch',
    probes: 'an amount, a weather question (declined), then "那刚才那个补贴" refers back: the plan has ended',
    periodEnd: true,
    turns: [
      { user: '俺公司交着社保 招了仨就业困难的 以工代训仨月 岗前补贴没领', expect: ojt(1800) },
      { user: '对了 今儿个郑州下不下雨 俺得去拉货', expect: { answered: false, noAmount: 'unfixed' } },
      { user: '那刚才那个补贴 现在还能申请不', expect: { mentionsPeriodEnd: true } },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v37d36',
    class: 'person_training',
    probes: 'security guard from 商丘, every condition of 七(二) stated (正书 voice-typed): eligible, no per-person figure',
    turns: [
      {
        user: '俺在郑州干保安 户口商丘的 在郑州这边参加了保安培训拿了正书 今年头一回 培训学校说进系统了 没领养老金 以前没学过这个 能给补贴吗',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v37d37',
    class: 'person_training',
    probes: 'monthly pension (退休金) excludes the training subsidy; 陪训 voice-typed',
    turns: [
      {
        user: '俺六十多了 每月领着退休金 想去学个家政 能有陪训补贴不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v37d38',
    class: 'person_training',
    probes: 'already three subsidies this year (仨回): the fourth is not granted',
    turns: [
      {
        user: '今年俺已经领了仨回培训补贴了 又学了个叉车 证拿了 还能领不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v37d39',
    class: 'person_training',
    probes: 'same occupation and level subsidised before: not again',
    turns: [
      {
        user: '前年学的中式烹调师 五级 领过补贴 今年又去考一遍同一个 还给补不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v37d40',
    class: 'person_training',
    probes: 'migrant from 驻马店 asks before training; "证书还没弄" is no certificate yet, never eligible',
    turns: [
      { user: '俺是驻马店乡下的 在郑州打工 想学个电工 学完了能给补贴不', expect: { undecided: 'vocational_training', noAmount: 'unfixed' } },
      { user: '证书还没弄 正在学着呢', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v37d41',
    class: 'person_training',
    probes: 'a new occupation published by the state: the priority standard of 七(二), no figure',
    turns: [{ user: '学的是无人机驾驶员 听说是国家公布的新职业 补贴咋算', expect: { ...noFigure(['七(二)']), says: [/优先/] } }],
  },
  {
    id: 'v37d42',
    class: 'person_training',
    probes: 'a 建档立卡 parent whose child is at a 技工学校: the family\'s aid, never "不是贫困家庭"',
    turns: [
      {
        user: '俺家是见档立卡贫困户 孩子在技工学校上学 有啥补助',
        expect: {
          ...noFigure(['三(三)', '三(十四)']),
          notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' },
          mustNotContain: [/不是贫困/],
        },
      },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v37d43',
    class: 'entrepreneurship',
    probes: 'restaurant open 快三年 (≤ 5 years): business training yes, no figure',
    turns: [
      {
        user: '饭店开了快三年了 算小微企业吧 创业培训能参加不 给钱不',
        expect: { ...noFigure(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v37d44',
    class: 'entrepreneurship',
    probes: 'logistics firm open 七八年 (> 5): the wish is unknown at first, then "不想再创业了"',
    turns: [
      { user: '俺物流公司开了七八年了 能参加创业培训不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '不想再创业了 就是想学学管理', expect: { status: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v37d45',
    class: 'entrepreneurship',
    probes: '[two-part] back home to raise chickens: training yes; whether meals are provided the plan does not say',
    turns: [
      {
        user: '俺在郑州干了十来年 想回村里开个养鸡场 有创业培训没 培训管饭不',
        expect: { ...noFigure(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' }, says: [HONEST_NOT_SETTLED] },
      },
    ],
  },
  {
    id: 'v37d46',
    class: 'entrepreneurship',
    probes: 'the daughter at a 职业学院, then the farming parent himself: the child\'s status is not his',
    turns: [
      { user: '创业培训 俺闺女在职业学院上学能参加不', expect: noFigure(['三(八)']) },
      { user: '那俺自己呢 俺在家种地 没想过做生意', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v37d47',
    class: 'equipment',
    probes: 'base equipment 三百万: 20 % is 60万, capped at 50万',
    turns: [
      {
        user: '俺公司高技能人才培训基地 新买实训设备三百万 钱从职工教育经费出的 人社财政验收过了 补多少',
        expect: { ...kit(500000, '600000', '60万'), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v37d48',
    class: 'equipment',
    probes: '[bare] studio 三十万: acceptance asked, "还没弄呢", then accepted: 6万',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 买设备花了三十万 职工教育经费出的 能补多少', expect: kitAsk },
      { user: '验收这一步 还没弄呢 等通知', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' } } },
      { user: '昨天人社跟财政的来验过了 合格', expect: kit(60000) },
    ],
  },
  {
    id: 'v37d49',
    class: 'equipment',
    probes: 'equipment paid by the boss, not from the 职工教育经费: no subsidy',
    turns: [
      {
        user: '大师工作室的设备二十万 是老板自己掏的钱 不是教育经费 验收过了 补多少',
        expect: { status: { rule: 'equipment_subsidy', status: 'ineligible' }, mustNotContain: ['40000', '4万'] },
      },
    ],
  },
  {
    id: 'v37d50',
    class: 'equipment',
    probes: 'a base (一百万 → 20万) and a studio (八十万 → capped 10万) each on its own cap',
    turns: [
      {
        user: '俺们有一个培训基地 设备一百万 还有一个大师工作室 设备八十万 都是职工教育经费买的 都验收了',
        expect: { ...kit(300000, '360000', '36万'), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v37d51',
    class: 'equipment',
    probes: 'one studio bought in three lots of 二十万: the lots share one 10万 cap',
    turns: [
      {
        user: '大师工作室 分三回买的设备 每回二十万 都是教育经费 都验收了',
        expect: { ...kit(100000, '120000', '12万'), mentionsPeriodEnd: true },
      },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v37d52',
    class: 'education_fund',
    probes: 'payroll 二百万, fund 二十万: the deduction is 8 % = 16万, pre-tax',
    turns: [{ user: '工资总额一年二百万 职工教育经费提了二十万 税前能扣多少', expect: deduct(160000) }],
  },
  {
    id: 'v37d53',
    class: 'education_fund',
    probes: '[vague-number] payroll 小一百万, fund 五万: 5万 either way, or the payroll asked',
    turns: [
      {
        user: '俺们饭店公司 一年工资小一百万 教育经费提了五万 能抵多少税',
        expect: { oneOf: [deduct(50000), { asks: true, noAmount: 'open' }] },
      },
    ],
  },
  {
    id: 'v37d54',
    class: 'education_fund',
    probes: '[vague-number][bare] the 8 % rule, then 三百来万 (open), then the bare figure 三百一十万',
    turns: [
      { user: '职工教育经费能税前扣除多少', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
      { user: '工资薪金一年三百来万 提了三十万', expect: fundOpen },
      { user: '三百一十万', expect: deduct(248000) },
    ],
  },
  {
    id: 'v37d55',
    class: 'education_fund',
    probes: 'front-line share 一半 is under 60 %: the deduction and the note',
    turns: [{ user: '工资总额五百万 教育经费提了三十万 一线工人用了一半', expect: { ...deduct(300000), says: [/税前/, /60\s*%|百分之六十|六成/] } }],
  },
  {
    id: 'v37d56',
    class: 'education_fund',
    probes: 'payroll "不清楚", fund 十二万 (教育经废 voice-typed): no figure',
    turns: [{ user: '职工教育经废提了十二万 工资总额多少俺不清楚 税前能扣多少', expect: fundOpen }],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v37d57',
    class: 'apprenticeship',
    probes: 'ten new-type apprentices at a logistics firm: the plan fixes no amount per head',
    turns: [{ user: '俺物流公司带了十个新型学徒 一个能补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v37d58',
    class: 'apprenticeship',
    probes: 'restaurant apprentices under the chef, then "大概数也中": still no figure',
    turns: [
      { user: '饭店招了仨学徒 跟着大厨学 算不算新型学徒 有补贴不', expect: noFigure(['四(一)']) },
      { user: '那一年能补多少 大概数也中', expect: unsettled },
    ],
  },
  {
    id: 'v37d59',
    class: 'apprenticeship',
    probes: '[two-part] 师带徒 allowance from the education fund (六(二)) and the apprentice subsidy amount (none fixed)',
    turns: [{ user: '师带徒的津贴 能从职工教育经费里出不 学徒补贴又是多少', expect: noFigure(['六(二)', '四(一)']) }],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v37d60',
    class: 'period',
    probes: 'asked today whether 以工代训 can still be claimed: the plan ended 2021-12-31',
    turns: [{ user: '现在还能申请以工代训补贴不 俺们物流公司今年招了几个贫困户', expect: { mentionsPeriodEnd: true, cites: ['六(一)'], noAmount: 'open' } }],
  },
  {
    id: 'v37d61',
    class: 'period',
    probes: '[dated] a 2020 hire is answered for 2020, and the end is still said',
    turns: [{ user: '2020年那会儿 俺公司有社保 招了俩就业困难的 以工代训半年 岗前补贴没领 当时能拿多少', expect: ojtEnd(2400) }],
  },
  {
    id: 'v37d62',
    class: 'period',
    probes: 'when the action ran out, and whether it still applies',
    turns: [{ user: '这个职业技能提升行动 到啥时候截止的 现在还管用不', expect: { mentionsPeriodEnd: true, says: [/2021/] } }],
  },
  {
    id: 'v37d63',
    class: 'period',
    probes: '[contact] an amount, then whether it can still be done now, then which office to ask',
    periodEnd: true,
    turns: [
      { user: '俺们扶贫车间 仨贫困户干了一年 以工代训四个月 岗前补贴没领', expect: ojt(2400) },
      { user: '这钱现在去人社局还能办不', expect: { mentionsPeriodEnd: true } },
      { user: '那该找哪个部门问问', expect: { says: [/人社|人力资源|12333/] } },
    ],
  },
];
