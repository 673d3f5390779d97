/**
 * HELD-OUT dialogues, set v88 — written BLIND on 2026-12-01 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, scripts/, docs, or any other held-out set
 * (only the format of v15 — its first 75 lines of dialogues.ts and 30 of scope.ts — was looked at).
 * NOT TO BE TUNED ON: no word of these messages goes into a glossary, pattern or fixture. Once a
 * dialogue has been fixed by a targeted change it measures nothing any more; write a new one.
 *
 * Who types here: an ordinary cross-section of Zhengzhou WeChat users, each dialogue a different
 * person — a clothing-factory worker asking for the boss, a mushroom cooperative's bookkeeper, a
 * logistics HR, a supermarket manager, a housekeeping-company owner, a village 扶贫车间 head, a
 * vocational school's canteen manager, property / furniture / catering companies, a 61-year-old
 * who wants to learn 育婴, a father of a 技校 student, a veteran, a migrant from 周口 who learnt
 * the forklift, milk-tea and hardware shop owners, a 郑大 student, factory finance staff, a few
 * officials of 基地 and 工作室 … Typed on a phone: short, colloquial, homophones (以工带训, 刚前,
 * 补帖, 工做室, 经废 …), no punctuation or odd spacing, Chinese numerals (俩、仨、十来个、半年),
 * facts spread over turns, second thoughts, and plain words instead of the plan's terms
 * (当过兵的, 家里条件不好的, 残疾的, 带徒弟 …).
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it
 * depends on has been said in the conversation; before that the turn expects a question and no
 * figure. "不知道/不清楚" leaves the fact open (no figure, no 不符合).
 *
 * Amount rules computed by hand from the plan and the contract (checklist):
 * - [x] 以工代训 (六(一)): Σ per hire row count × 200 × min(以工代训 months, 6).
 *       建档立卡贫困劳动力: employed ≥ 6 months by a 生产经营主体 (企业、合作社、扶贫车间 …, not a
 *       职业院校); insurance not needed.
 *       就业困难人员 (incl. 残疾人) and 零就业家庭成员: only for an insured ENTERPRISE (not a 扶贫车间,
 *       not an uninsured 作坊).
 *       退役军人 and ordinary workers are no group of this rule. Rows whose 岗前培训补贴 was claimed
 *       never count. A vague count (十来个) is no count.
 * - [x] Equipment (四(一)): per site min(20 % × Σ value, 500 000 for a 高技能人才培训基地 /
 *       100 000 for a 技能大师工作室); only bought from the 职工教育经费 and accepted by 人社 and 财政;
 *       splitting one studio's purchase never raises its cap.
 * - [x] Education fund (六(二)): a pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash;
 *       60 % of the fund for front-line workers.
 * - [x] Apprenticeship (四(一)), per-person training subsidy (七(二)), 生活费补贴, free training of
 *       poor labour (三(三)), entrepreneurship training (三(八)), family aid (三(三)/三(十四)),
 *       competition awards (五(三)): the plan fixes no amount.
 * - [x] The plan ran 2019-12-02 … 2021-12-31 and has ended (asked today, 2026, it must say so).
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

const OJT = 'on_job_training' as const;
const EQ = 'equipment_subsidy' as const;
const FUND = 'education_fund_deduction' as const;
const VT = 'vocational_training' as const;
const ENT = 'entrepreneurship_training' as const;

/** 以工代训: a fact is still missing — ask, no figure, no 不符合. */
const needOjt: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: OJT, status: 'ineligible' } };
/** 以工代训: the person cannot say — no figure, no verdict. */
const openOjt: TurnExpect = { noAmount: 'open', undecided: OJT, notVerdict: { rule: OJT, status: 'ineligible' } };
/** The 以工代训 amount (optionally without the figures of a misreading). */
const ojt = (yuan: number, ...wrong: string[]): TurnExpect =>
  wrong.length > 0 ? { amount: { rule: OJT, yuan }, mustNotContain: wrong } : { amount: { rule: OJT, yuan } };
/** 以工代训 excluded on these facts, and the misreading's figure absent. */
const ojtNo = (...wrong: string[]): TurnExpect => ({ status: { rule: OJT, status: 'ineligible' }, mustNotContain: wrong });

/** Equipment: a fact is still missing. */
const needEq: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: EQ, status: 'ineligible' } };
/** Equipment: the person cannot say. */
const openEq: TurnExpect = { noAmount: 'open', undecided: EQ };
/** The equipment subsidy. */
const eq = (yuan: number): TurnExpect => ({ amount: { rule: EQ, yuan } });

/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: FUND, yuan },
  says: [/税前/],
  mustNotContain: [/可(以)?(得|领|领取|获得|申领|拿)[^。，；\n]{0,12}元/],
});
/** An education-fund fact is missing. */
const needFund: TurnExpect = { noAmount: 'open', asks: true, undecided: FUND };

/** The plan fixes no amount: no figure, one of these clauses cited. */
const noFig = (...cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** A contact question: the unit (人社, the 主办 and 责任单位) or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|12333/] };

export const DIALOGUES_V88: Dialogue[] = [
  // ============================================================ one_group
  {
    id: 'v88d01',
    class: 'one_group',
    probes: 'disabled hires, insurance, months and 岗前 spread over three turns, homophones; then [contact]',
    periodEnd: true,
    turns: [
      { user: '老板让我问问 俺们服装厂招了俩残疾的 国家给不给补贴啊', expect: needOjt },
      { user: '设保一直都交着 以工带训弄了四个月了', expect: needOjt },
      // 2 × 200 × 4 = 1600
      { user: '刚前培训那个补帖 没申请过', expect: ojt(1600) },
      { user: '中 那这个钱找哪个部门去申请', expect: contact },
    ],
  },
  {
    id: 'v88d02',
    class: 'one_group',
    probes: 'poor labour at a cooperative, 8 months of 以工代训 capped at 6',
    periodEnd: true,
    turns: [
      {
        user: '俺们是种蘑菇的合作社 有个建档立卡的贫困户在这干了快一年了 以工代训前后搞了八个月 岗前培训补贴没领过 能补多少钱',
        // 1 × 200 × min(8, 6) = 1200; misread 1 × 200 × 8 = 1600
        expect: ojt(1200, '1600'),
      },
    ],
  },
  {
    id: 'v88d03',
    class: 'one_group',
    probes: 'zero-employment family: insurance then 岗前 asked before any figure',
    periodEnd: true,
    turns: [
      { user: '公司新招了仨零就业家庭的 以工代训五个月了 能拿多少', expect: needOjt },
      { user: '社保交了 五险都有', expect: needOjt },
      // 3 × 200 × 5 = 3000
      { user: '岗前那个没有领', expect: ojt(3000) },
    ],
  },
  {
    id: 'v88d04',
    class: 'one_group',
    probes: 'a vague count (十来个) is no count: ask, then compute on the exact number',
    periodEnd: true,
    turns: [
      { user: '我们是家超市 注册的有限公司 社保都交 招了十来个就业困难的 以工代训三个月 岗前培训补贴没领 一共能补多少', expect: needOjt },
      // 12 × 200 × 3 = 7200
      { user: '刚数了一下 十二个', expect: ojt(7200) },
    ],
  },
  {
    id: 'v88d05',
    class: 'one_group',
    probes: '"家里条件不好的" is not yet 建档立卡: ask the group, then compute',
    periodEnd: true,
    turns: [
      { user: '家政公司的 招了俩家里条件不好的大姐 这种能申请那个以工代训不', expect: needOjt },
      // 2 × 200 × 6 = 2400 (employed 7 ≥ 6)
      { user: '是建挡立卡的 村里给登记过 来了七个月 以工代训六个月 刚前补贴没领', expect: ojt(2400) },
    ],
  },
  {
    id: 'v88d06',
    class: 'one_group',
    probes: 'a 职业院校 is no 生产经营主体: poor labour hired by a school gets no 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '我们是个职业学校 食堂招了俩建档立卡贫困户 干了十个月 以工代训也带了六个月 岗前补贴没领 学校能领以工代训补贴吗',
        // would be 2 × 200 × 6 = 2400 for a production entity
        expect: { ...ojtNo('2400'), cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v88d07',
    class: 'one_group',
    probes: 'poor labour employed only 4 months (< 6): no 以工代训; the hypothetical "再干俩月" needs the plan\'s end',
    periodEnd: true,
    turns: [
      // 5 × 200 × 4 = 4000 would be the misreading
      { user: '我是村里扶贫车间的 收了五个建档立卡贫困户 才干了四个月 以工代训也四个月 岗前补贴没拿 能领不', expect: ojtNo('4000') },
      { user: '那再干俩月满半年 以工代训也满半年 就能领了吧', expect: { ...ended, cites: ['六(一)'] } },
    ],
  },

  // ============================================================ several_groups
  {
    id: 'v88d08',
    class: 'several_groups',
    probes: 'two groups with their own months in one message; months must not bleed',
    periodEnd: true,
    turns: [
      {
        user: '厂里招了俩残疾人 以工代训仨月 还有一个建档立卡贫困户 干了八个月了 以工代训六个月 厂里社保都交 刚前培训补贴都没领过 总共能补多少',
        // 2 × 200 × 3 = 1200; 1 × 200 × 6 = 1200; total 2400. Bleeds: 3 × 200 × 6 = 3600, 3 × 200 × 3 = 1800
        expect: ojt(2400, '3600', '1800'),
      },
    ],
  },
  {
    id: 'v88d09',
    class: 'several_groups',
    probes: 'veterans beside zero-employment hires do not count; then [two-part] with 生活费补贴 (not settled)',
    periodEnd: true,
    turns: [
      { user: '物业公司 今年招了仨零就业家庭的 还有俩退伍的 社保都交着 以工代训都是四个月', expect: needOjt },
      {
        user: '岗前补贴一个都没领 另外问下 他们培训那阵子 有没有生活费补贴',
        // 3 × 200 × 4 = 2400; veterans counted would give 5 × 200 × 4 = 4000
        expect: { amount: { rule: OJT, yuan: 2400 }, says: [HONEST_NOT_SETTLED], mustNotContain: ['4000'] },
      },
    ],
  },
  {
    id: 'v88d10',
    class: 'several_groups',
    probes: 'three groups, one of them with the 岗前培训补贴 already claimed',
    periodEnd: true,
    turns: [
      {
        user: '公司交社保的 招了1个残疾的 以工代训5个月 俩就业困难的 以工代训2个月 还有1个零就业家庭的 以工代训6个月 不过零就业这个 岗前培训补贴已经领过了 其他几个都没领 能补多少',
        // 1 × 200 × 5 = 1000; 2 × 200 × 2 = 800; zero-employment row excluded → 1800 (with it: 3000)
        expect: ojt(1800, '3000'),
      },
    ],
  },
  {
    id: 'v88d11',
    class: 'several_groups',
    probes: 'a 扶贫车间 with poor labour and a disabled hire: the disabled one needs an insured enterprise',
    periodEnd: true,
    turns: [
      { user: '俺在村里扶贫车间管事 有俩建档立卡户 还有个残疾的 都在车间干活 有补贴没', expect: needOjt },
      {
        user: '贫困户那俩干了十个月了 以工代训半年 岗前的没领',
        // 2 × 200 × 6 = 2400; the disabled row cannot qualify at a 扶贫车间
        expect: { oneOf: [ojt(2400), { asks: true, mustNotContain: ['3600', '3400'] }] },
      },
      // still 2400; counting the disabled hire (1 × 200 × 5 = 1000) would give 3400
      { user: '那个残疾的小伙 干了五个月 以工代训也是五个月 岗前也没领', expect: ojt(2400, '3400') },
    ],
  },
  {
    id: 'v88d12',
    class: 'several_groups',
    probes: 'disabled and zero-employment hires with different months in one message',
    periodEnd: true,
    turns: [
      {
        user: '餐饮公司 交社保 招了残疾人俩 零就业家庭的仨 以工代训 残疾的那俩搞了六个月 零就业的仨搞了三个月 岗前的都没领 能补多少',
        // 2 × 200 × 6 = 2400; 3 × 200 × 3 = 1800; total 4200. Bleeds: 5 × 1200 = 6000, 5 × 600 = 3000
        expect: ojt(4200, '6000', '3000'),
      },
    ],
  },
  {
    id: 'v88d13',
    class: 'several_groups',
    probes: 'groups named first, months per group next, 岗前 last; no figure before the last fact',
    periodEnd: true,
    turns: [
      { user: '家具厂 吸纳了四个就业困难人员 还有一个零就业家庭的 社保正常交着', expect: needOjt },
      { user: '就业困难那四个 以工代训都满半年了 零就业那个才带了一个月', expect: needOjt },
      // 4 × 200 × 6 = 4800; 1 × 200 × 1 = 200; total 5000. Bleeds: 5 × 1200 = 6000, 5 × 200 = 1000
      { user: '都没领过刚前的', expect: ojt(5000, '6000', '1000') },
    ],
  },

  // ============================================================ negation_after_noun
  {
    id: 'v88d14',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 … 一直都没去领: the negation comes after the noun',
    periodEnd: true,
    turns: [
      {
        user: '公司参保的 招了仨残疾人 以工代训四个月 岗前培训那个补贴呢 我们一直都没去领',
        // 3 × 200 × 4 = 2400
        expect: ojt(2400),
      },
    ],
  },
  {
    id: 'v88d15',
    class: 'negation_after_noun',
    probes: '社保这块 … 到现在也没给他们交: not insured, so no 以工代训 for 就业困难人员',
    periodEnd: true,
    turns: [
      {
        user: '我们就是个小作坊 招了俩就业困难的 以工代训五个月 岗前的没领 社保这块说实话 到现在也没给他们交',
        // insured would give 2 × 200 × 5 = 2000
        expect: ojtNo('2000'),
      },
    ],
  },
  {
    id: 'v88d16',
    class: 'negation_after_noun',
    probes: '证书呢 … 还没拿到手: no certificate yet, so no training subsidy verdict of yes',
    periodEnd: true,
    turns: [
      {
        user: '去年在老家县里学了个电工 正书呢 到现在还没拿到手 这种能领培训补贴不',
        expect: { notVerdict: { rule: VT, status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v88d17',
    class: 'negation_after_noun',
    probes: '养老金俺可没有: no pension (age 61 is no condition of the plan), so no 不符合',
    periodEnd: true,
    turns: [
      {
        user: '我今年六十一了 养老进俺可没有 一直也没交过 想学个育婴师 能享受补贴不',
        expect: { notVerdict: { rule: VT, status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v88d18',
    class: 'negation_after_noun',
    probes: 'a lookup on 以工代训 vs 岗前, then "岗前培训补贴这俩人 压根就没申请过"',
    periodEnd: true,
    turns: [
      { user: '问下 以工代训跟那个岗前培训补贴 能一块拿不', expect: { cites: ['六(一)'], noAmount: 'unfixed' } },
      // 2 × 200 × 6 = 2400
      { user: '我们厂招了俩零就业家庭的 交社保 以工代训满六个月 岗前培训补贴这俩人 压根就没申请过', expect: ojt(2400) },
    ],
  },
  {
    id: 'v88d19',
    class: 'negation_after_noun',
    probes: '"社保的话 不是没交": a double negation means insured',
    periodEnd: true,
    turns: [
      {
        user: '招了1个残疾人 我们是公司 以工代训三个月 岗前补贴没领 社保的话 不是没交 一直交着呢',
        // 1 × 200 × 3 = 600
        expect: ojt(600),
      },
    ],
  },
  {
    id: 'v88d20',
    class: 'negation_after_noun',
    probes: '"建档立卡那个 俺家不是": poor but not 建档立卡, so no free training as poor labour',
    periodEnd: true,
    turns: [
      {
        user: '俺家是穷 可建档立卡那个 俺家不是 想学门手艺 能免费陪训不',
        expect: { notVerdict: { rule: 'free_training_poor', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },

  // ============================================================ unknown_reply
  {
    id: 'v88d21',
    class: 'unknown_reply',
    probes: '"社保这个我不清楚" leaves insurance open; the answer comes after the bookkeeper is asked',
    periodEnd: true,
    turns: [
      { user: '公司招了俩就业困难人员 以工代训四个月 岗前补贴没领 能补多少', expect: needOjt },
      { user: '社保这个我不清楚 得问会计', expect: openOjt },
      // 2 × 200 × 4 = 1600
      { user: '问了 会计说一直交着呢', expect: ojt(1600) },
    ],
  },
  {
    id: 'v88d22',
    class: 'unknown_reply',
    probes: 'age 58 is no condition; "说不清" on the pension leaves the training subsidy open',
    periodEnd: true,
    turns: [
      { user: '俺爸五十八了 想去学个厨师 学了能有补贴不', expect: { notVerdict: { rule: VT, status: 'ineligible' }, noAmount: 'unfixed' } },
      { user: '养老金能不能按月领 他自己也说不清', expect: { undecided: VT, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v88d23',
    class: 'unknown_reply',
    probes: 'poor labour at a cooperative: months employed "不知道", later found',
    periodEnd: true,
    turns: [
      { user: '合作社里有仨建档立卡的 以工代训三个月 岗前补贴没领 能给多少', expect: needOjt },
      { user: '他们啥时候来的 我记不清了 不知道', expect: openOjt },
      // 3 × 200 × 3 = 1800 (employed 9 ≥ 6)
      { user: '翻了下考勤 来了九个月了', expect: ojt(1800) },
    ],
  },
  {
    id: 'v88d24',
    class: 'unknown_reply',
    probes: '"领没领 我真不知道" on the 岗前培训补贴 leaves the amount open',
    periodEnd: true,
    turns: [
      { user: '残疾人招了一个 公司交社保 以工代训六个月 补贴咋算', expect: needOjt },
      { user: '岗前那个补贴领没领 我真不知道 之前是别的同事经手的', expect: openOjt },
    ],
  },
  {
    id: 'v88d25',
    class: 'unknown_reply',
    probes: 'equipment of a 技能大师工作室: acceptance "不清楚" leaves the subsidy open',
    periodEnd: true,
    turns: [
      { user: '我们公司弄了个技能大师工做室 用职工教育经费买了四十万的设备 能补多少', expect: needEq },
      { user: '验收那个 不清楚过没过', expect: openEq },
    ],
  },
  {
    id: 'v88d26',
    class: 'unknown_reply',
    probes: 'a shop owner unsure how many years the shop has been open: entrepreneurship left open',
    periodEnd: true,
    turns: [
      { user: '我开了个小卖部 想参加创业培训 够条件不', expect: { notVerdict: { rule: ENT, status: 'ineligible' }, noAmount: 'unfixed' } },
      { user: '开几年了 我也不确定 营业执照在俺老婆那', expect: { undecided: ENT, noAmount: 'unfixed' } },
    ],
  },

  // ============================================================ correction
  {
    id: 'v88d27',
    class: 'correction',
    probes: '"不对 … 另一个是当过兵的": the count of disabled hires is corrected, the veteran does not count',
    periodEnd: true,
    turns: [
      // 3 × 200 × 5 = 3000
      { user: '公司交社保 招了仨残疾人 以工代训五个月 岗前的没领', expect: ojt(3000) },
      // 2 × 200 × 5 = 2000
      { user: '不对 说错了 是俩残疾的 另一个是当过兵的', expect: ojt(2000) },
    ],
  },
  {
    id: 'v88d28',
    class: 'correction',
    probes: 'insurance corrected to not paid: the earlier amount goes',
    periodEnd: true,
    turns: [
      // 2 × 200 × 4 = 1600
      { user: '餐饮公司 招了俩零就业家庭的 社保交了 以工代训四个月 刚前补贴没领', expect: ojt(1600) },
      { user: '哎不对 我刚问了人事 社保其实还没给交', expect: ojtNo('1600') },
    ],
  },
  {
    id: 'v88d29',
    class: 'correction',
    probes: 'months corrected: poor labour employed 5 months, not 7, so below the 6 months',
    periodEnd: true,
    turns: [
      // 1 × 200 × min(7, 6) = 1200
      { user: '厂里招了个建档立卡贫困户 干了七个月 以工代训也是七个月 岗前没领', expect: ojt(1200) },
      // 5 < 6 months employed; 1 × 200 × 5 = 1000 would be the misreading
      { user: '等会 我看错了 他才来了五个月 以工代训也就五个月', expect: ojtNo('1200', '1000') },
    ],
  },
  {
    id: 'v88d30',
    class: 'correction',
    probes: 'equipment value corrected upward past the base\'s cap',
    periodEnd: true,
    turns: [
      // 20 % × 1 500 000 = 300 000
      { user: '高技能人才培训基地 新买实训设备花了一百五十万 用的职工教育经费 人社和财政验收合格了', expect: eq(300000) },
      // 20 % × 3 000 000 = 600 000 → cap 500 000
      { user: '不对不对 是三百万 我少说了一半', expect: eq(500000) },
    ],
  },
  {
    id: 'v88d31',
    class: 'correction',
    probes: 'education fund corrected: the deduction is then capped by 8 % of payroll',
    periodEnd: true,
    turns: [
      // min(500 000, 8 % × 8 000 000 = 640 000) = 500 000
      { user: '去年工资总额八百万 职工教育经费提了五十万 税前能扣多少', expect: deduct(500000) },
      // min(700 000, 640 000) = 640 000
      { user: '说错了 经费提的是七十万', expect: deduct(640000) },
    ],
  },
  {
    id: 'v88d32',
    class: 'correction',
    probes: 'a person\'s training subsidy: all facts, then "不对 证还没考下来"',
    periodEnd: true,
    turns: [
      {
        user: '在户口所在地的县城学的焊工 证也拿了 今年头一回 以前没学过焊工 没有退休金 学校说报进省里那个系统了',
        expect: { status: { rule: VT, status: 'eligible' }, noAmount: 'unfixed' },
      },
      { user: '不对 证还没考下来 下个月才考', expect: { notVerdict: { rule: VT, status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },

  // ============================================================ topic_switch
  {
    id: 'v88d33',
    class: 'topic_switch',
    probes: 'a veteran asks about training, then about kindergarten teachers: the second answer from 托幼',
    periodEnd: true,
    turns: [
      { user: '当兵退下来的 想学门技术 有没有免费的培训', expect: noFig('三(二)', '六(一)') },
      { user: '另外问下 我对象在幼儿园当老师 她们这行有培训计划没', expect: { cites: ['三(四)', '五(一)'] } },
    ],
  },
  {
    id: 'v88d34',
    class: 'topic_switch',
    probes: 'an amount, then the minimum wage (outside): declined, no figure carried over',
    periodEnd: true,
    turns: [
      // 1 × 200 × 2 = 400
      { user: '公司交社保 招了一个零就业家庭的 以工代训俩月 岗前没领 能给多少', expect: ojt(400) },
      { user: '对了 郑州现在最低工资标准是多少', expect: { ...decline, mustNotContain: ['400'] } },
    ],
  },
  {
    id: 'v88d35',
    class: 'topic_switch',
    probes: 'a migrant\'s training subsidy, then a breakfast shop (entrepreneurship training)',
    periodEnd: true,
    turns: [
      {
        user: '户口在周口 在郑州打工 在郑州这边学的开叉车 能领补贴不',
        expect: { notVerdict: { rule: VT, status: 'ineligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
      { user: '还有个事 我想自己开个早餐店 有没有啥创叶培训', expect: { cites: ['三(八)'], notVerdict: { rule: ENT, status: 'ineligible' } } },
    ],
  },
  {
    id: 'v88d36',
    class: 'topic_switch',
    probes: 'education fund share, then couriers: the second answer does not stay on 六(二)',
    turns: [
      { user: '职工教育经费 规定得有多少用在一线工人身上', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
      { user: '换个事 送快递的小哥 有培训计划吗', expect: { cites: ['三(四)', '五(一)'] } },
    ],
  },
  {
    id: 'v88d37',
    class: 'topic_switch',
    probes: 'a 技校 daughter of a poor family, then the weather (outside)',
    periodEnd: true,
    turns: [
      {
        user: '俺闺女在技校上学 家里是建档立卡户 她学费能免不',
        expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed' },
      },
      { user: '好嘞谢谢 顺便帮我看看明天郑州下不下雨', expect: decline },
    ],
  },
  {
    id: 'v88d38',
    class: 'topic_switch',
    probes: 'an amount, then 生活费补贴: not settled, and never the 200 元 of 以工代训',
    periodEnd: true,
    turns: [
      // 2 × 200 × 5 = 2000
      { user: '公司交社保 招了俩残疾人 以工代训五个月 刚前补贴没领', expect: ojt(2000) },
      { user: '那他们去参加培训的时候 有没有生活费补贴 一天给多少', expect: { ...unsettled, mustNotContain: [/200\s*元/, '2000'] } },
    ],
  },

  // ============================================================ person_training
  {
    id: 'v88d39',
    class: 'person_training',
    probes: 'three subsidies already this year: the fourth is not granted',
    periodEnd: true,
    turns: [
      {
        user: '今年已经领过三回培训补贴了 还想再学个中式面点 还能补不',
        expect: { notVerdict: { rule: VT, status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v88d40',
    class: 'person_training',
    probes: 'the same occupation and level again: not granted twice',
    periodEnd: true,
    turns: [
      {
        user: '前年考了个电工初级 领过补贴了 今年想换个学校再考一遍电工初级 还给补吗',
        expect: { notVerdict: { rule: VT, status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v88d41',
    class: 'person_training',
    probes: 'poor labour: free training, no figure',
    periodEnd: true,
    turns: [
      {
        user: '俺是建档立卡贫困户 想学开挖掘机 学费要自己掏不',
        expect: { cites: ['三(三)'], noAmount: 'unfixed', notVerdict: { rule: 'free_training_poor', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v88d42',
    class: 'person_training',
    probes: 'a poor family whose son attends a 技校: the family\'s aid, not the parent as student',
    periodEnd: true,
    turns: [
      {
        user: '俺儿子上技校了 俺家是建档立卡的贫困户 家里能有啥补助不',
        expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v88d43',
    class: 'person_training',
    probes: 'a competition prize: rewards "按规定", no amount',
    periodEnd: true,
    turns: [{ user: '俺在市里技能大赛拿了个二等奖 有奖励没 能给多少钱', expect: noFig('五(三)') }],
  },
  {
    id: 'v88d44',
    class: 'person_training',
    probes: 'a laid-off worker: place first, every other condition in the second turn → eligible, no amount',
    periodEnd: true,
    turns: [
      {
        user: '我是下岗的 在郑州住 就在郑州这边学 想学个养老护理员 学完能给补贴不',
        expect: { notVerdict: { rule: VT, status: 'ineligible' }, noAmount: 'unfixed' },
      },
      {
        user: '证书考下来了 学校说报进省里那个培训系统了 今年头一回学 以前没学过这个 也没退休金',
        expect: { status: { rule: VT, status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v88d45',
    class: 'person_training',
    probes: 'a new occupation published by the state: priority standard, no figure',
    periodEnd: true,
    turns: [{ user: '国家新出的那些新职业 像网约配送员啥的 去学了有补贴不', expect: noFig('七(二)') }],
  },

  // ============================================================ entrepreneurship
  {
    id: 'v88d46',
    class: 'entrepreneurship',
    probes: 'a milk-tea shop open two years (≤ 5): entrepreneurship training',
    periodEnd: true,
    turns: [
      {
        user: '开了个奶茶店 两年了 听说有创业培训 俺能参加不',
        expect: { notVerdict: { rule: ENT, status: 'ineligible' }, cites: ['三(八)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v88d47',
    class: 'entrepreneurship',
    probes: 'a hardware shop of 7–8 years is no longer within 5 years; then a wish to start a new business',
    periodEnd: true,
    turns: [
      {
        user: '做小生意的 开了个五金店 想去听听那个创业培训',
        expect: { oneOf: [{ asks: true }, { cites: ['三(八)'] }], notVerdict: { rule: ENT, status: 'ineligible' }, noAmount: 'unfixed' },
      },
      { user: '店开了有七八年了', expect: { notVerdict: { rule: ENT, status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '不过我打算再开个网店 自己单干', expect: { notVerdict: { rule: ENT, status: 'ineligible' }, cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v88d48',
    class: 'entrepreneurship',
    probes: 'a university student: 创业意识 training',
    periodEnd: true,
    turns: [{ user: '郑大的 大三 学校里有没有创业方面的培训 政府支持不', expect: { cites: ['三(八)'], notVerdict: { rule: ENT, status: 'ineligible' } } }],
  },
  {
    id: 'v88d49',
    class: 'entrepreneurship',
    probes: 'amount of the entrepreneurship training subsidy: the plan fixes none',
    periodEnd: true,
    turns: [{ user: '创业培训上完了 给多少钱补贴 一个人几百块吧', expect: { ...unsettled, cites: ['三(八)'] } }],
  },
  {
    id: 'v88d50',
    class: 'entrepreneurship',
    probes: 'a 技校 graduate at home: 职业院校含技工院校 graduates are covered',
    periodEnd: true,
    turns: [{ user: '技校毕业的 在家待着呢 创业培训 我这种算不算', expect: { notVerdict: { rule: ENT, status: 'ineligible' }, cites: ['三(八)'] } }],
  },

  // ============================================================ equipment
  {
    id: 'v88d51',
    class: 'equipment',
    probes: 'a studio buying 600 000 of equipment: 20 % is over the 100 000 cap',
    periodEnd: true,
    // min(20 % × 600 000 = 120 000, 100 000) = 100 000
    turns: [{ user: '公司有个技能大师工作室 用职工教育经费新买了六十万的实训设备 人社跟财政都验收合格了 能补多少', expect: eq(100000) }],
  },
  {
    id: 'v88d52',
    class: 'equipment',
    probes: 'a base buying 2 000 000: 20 % under the 500 000 cap',
    periodEnd: true,
    // min(20 % × 2 000 000 = 400 000, 500 000) = 400 000
    turns: [{ user: '我们是高技能人才培训基地 新添设备二百万 买设备的钱从职工教育经费里出的 人社局财政局来验过 合格', expect: eq(400000) }],
  },
  {
    id: 'v88d53',
    class: 'equipment',
    probes: 'paid from profits, not the 职工教育经费: no equipment subsidy',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工做室 买了三十万的设备 钱是公司利润里出的 没走职工教育经费 验收倒是过了',
        // would be 20 % × 300 000 = 60 000
        expect: { notVerdict: { rule: EQ, status: 'eligible' }, mustNotContain: ['60000', /(?<![\d.])6\s*万/] },
      },
    ],
  },
  {
    id: 'v88d54',
    class: 'equipment',
    probes: 'a base: fund source and acceptance come one turn at a time',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地 采购设备八十万 能有补助吗', expect: needEq },
      { user: '钱走的是职工教育经费', expect: needEq },
      // 20 % × 800 000 = 160 000
      { user: '人社财政验收也过了', expect: eq(160000) },
    ],
  },
  {
    id: 'v88d55',
    class: 'equipment',
    probes: 'a base and a studio in one message, each with its own cap',
    periodEnd: true,
    turns: [
      {
        user: '我们有个高技能人才培训基地 设备花了三百万 还有个技能大师工作室 设备花了四十万 都是职工教育经费买的 都验收了',
        // base min(600 000, 500 000) = 500 000; studio min(80 000, 100 000) = 80 000; total 580 000
        expect: eq(580000),
      },
    ],
  },
  {
    id: 'v88d56',
    class: 'equipment',
    probes: 'one studio\'s purchase split in two: the cap is per site',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室 设备分两回买的 头回三十万 第二回四十万 都是职工教育经费 都验收了 总共补多少',
        // min(20 % × 700 000 = 140 000, 100 000) = 100 000 (split per purchase: 60 000 + 80 000 = 140 000)
        expect: eq(100000),
      },
    ],
  },

  // ============================================================ education_fund
  {
    id: 'v88d57',
    class: 'education_fund',
    probes: 'fund under 8 % of payroll: the whole fund is deductible',
    periodEnd: true,
    // min(300 000, 8 % × 5 000 000 = 400 000) = 300 000
    turns: [{ user: '公司一年工资总额五百万 职工教育经费提了三十万 税前能扣多少', expect: deduct(300000) }],
  },
  {
    id: 'v88d58',
    class: 'education_fund',
    probes: 'fund over 8 % of payroll: capped, and a deduction, not cash',
    periodEnd: true,
    // min(1 000 000, 8 % × 10 000 000 = 800 000) = 800 000
    turns: [{ user: '工资薪金一年一千万 教育经费提了一百万 能全扣吗', expect: deduct(800000) }],
  },
  {
    id: 'v88d59',
    class: 'education_fund',
    probes: 'payroll missing at first: ask, then compute',
    periodEnd: true,
    turns: [
      { user: '职工教育经废提了二十万 税前扣除能扣多少', expect: needFund },
      // min(200 000, 8 % × 2 000 000 = 160 000) = 160 000
      { user: '工资总额一年两百万整', expect: deduct(160000) },
    ],
  },
  {
    id: 'v88d60',
    class: 'education_fund',
    probes: 'only half of the fund for front-line workers: the 60 % rule',
    turns: [{ user: '我们教育经费四十万 用在一线工人培训上的只有一半 这样符合规定吗', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } }],
  },
  {
    id: 'v88d61',
    class: 'education_fund',
    probes: '师带徒 allowance paid from the education fund',
    turns: [{ user: '老师傅带徒弟发的津贴 能从职工教育经费里出吗', expect: { cites: ['六(二)'], noAmount: 'unfixed' } }],
  },

  // ============================================================ apprenticeship
  {
    id: 'v88d62',
    class: 'apprenticeship',
    probes: '"带徒弟" in plain words: apprenticeship subsidy "按照相关规定", no figure',
    periodEnd: true,
    turns: [{ user: '公司想搞带徒弟 老师傅带新来的 国家给补多少', expect: noFig('四(一)') }],
  },
  {
    id: 'v88d63',
    class: 'apprenticeship',
    probes: 'fifteen apprentices: no per-head figure, no total',
    periodEnd: true,
    turns: [{ user: '我们厂今年带了十五个学图 每个能补多少 一共能拿多少', expect: noFig('四(一)') }],
  },
  {
    id: 'v88d64',
    class: 'apprenticeship',
    probes: 'what 企业新型学徒制 is, then its three-year target (2 万名)',
    turns: [
      { user: '企业新型学徒制 是个啥意思 跟以前的学徒有啥不一样', expect: { cites: ['四(一)'] } },
      { user: '那三年打算培养多少个', expect: { cites: ['四(一)'], says: [/2\s*万|两万|二万/] } },
    ],
  },
  {
    id: 'v88d65',
    class: 'apprenticeship',
    probes: '[two-part] apprentices (no figure) and one disabled hire (以工代训) in one message',
    periodEnd: true,
    turns: [
      {
        user: '我们公司带了五个新型学徒 另外招了一个残疾人 以工代训两个月 公司交社保 岗前没领 这两样都能补多少',
        // 以工代训 1 × 200 × 2 = 400; apprenticeship: no amount in the plan
        expect: ojt(400),
      },
    ],
  },
  {
    id: 'v88d66',
    class: 'apprenticeship',
    probes: 'school–factory apprenticeship (现代学徒制): subsidy by 相关规定, no figure',
    periodEnd: true,
    turns: [{ user: '技校跟我们厂合作 学生过来当学徒 这算现代学徒制吧 有补贴不 补多少', expect: noFig('四(一)') }],
  },

  // ============================================================ period
  {
    id: 'v88d67',
    class: 'period',
    probes: 'asked today whether 以工代训 can still be claimed: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [{ user: '现在还能申请那个以工带训补贴不', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v88d68',
    class: 'period',
    probes: '[dated] a 2020 question is answered for 2020, when the plan was in force',
    periodEnd: true,
    turns: [
      {
        user: '2020年的时候 我们公司交着社保 招了俩残疾人 以工代训三个月 岗前没领 那会儿能领多少',
        // 2 × 200 × 3 = 1200
        expect: ojt(1200),
      },
    ],
  },
  {
    id: 'v88d69',
    class: 'period',
    probes: 'when the plan runs out, and whether it still holds',
    periodEnd: true,
    turns: [{ user: '这个技能提升的方案 到哪年截止 现在还有效没', expect: { ...ended, says: [/2021/] } }],
  },
  {
    id: 'v88d70',
    class: 'period',
    probes: '[dated] a certificate of 2023, after the plan ended',
    periodEnd: true,
    turns: [{ user: '我2023年考的叉车证 还能按郑州这个技能提升方案领补贴吗', expect: { ...ended, noAmount: 'unfixed' } }],
  },
  {
    id: 'v88d71',
    class: 'period',
    probes: 'an amount, then "现在都2024年了 还能补着申请不"',
    periodEnd: true,
    turns: [
      // 1 × 200 × 6 = 1200 (employed 12 ≥ 6)
      { user: '厂里有个建档立卡的 干了一年了 以工代训半年 刚前补贴没拿 能补多少', expect: ojt(1200) },
      { user: '那现在都2024年了 还能补着申请不', expect: ended },
    ],
  },
  {
    id: 'v88d72',
    class: 'period',
    probes: '[dated] hired in December 2021, six months reached only in 2022: after the plan\'s end',
    periodEnd: true,
    turns: [{ user: '21年12月招的建档立卡贫困户 到22年6月才满半年 这种还能领以工代训不', expect: { ...ended, noAmount: 'open' } }],
  },
];
