/**
 * HELD-OUT dialogues, set v6 — written on 2026-11-30, before any change it is meant to measure,
 * from the policy text (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md,
 * api.md) only: never from the service's output, the code, or the dev sets under test/core/. The
 * messages are new (none reused or paraphrased from sets v1–v5; only the format of v5 was looked
 * at). Do not tune on them: no word of these messages goes into a glossary, pattern or fixture.
 * When one is fixed by a targeted change, it no longer measures anything; write a new one instead.
 *
 * Messages are typed the way workers, farmers, shop and factory owners type on WeChat on a phone:
 * short, colloquial, Henan words (俺, 咋, 恁, 中不中, 木有), homophone typos, odd spacing, Chinese
 * numerals, a few traditional characters, voice-input run-ons without punctuation, and bare
 * replies to the assistant's question. The employer is named by what it is (饭店, 工地, 作坊,
 * 门市, 加工厂 …), rarely by the plan's word 企业, and groups the way people name them.
 *
 * Amounts, by hand from the contract (checked against 六(一), 四(一), 六(二) of the text):
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) over qualifying hire rows, each row
 *   on its own months; poor labour only when employed ≥ 6 months by a production entity (企业,
 *   合作社, 扶贫车间, 培训机构; not a 职业院校), whatever the insurance; 就业困难 (incl. 残疾人,
 *   三(二)) and 零就业家庭 only by an insured enterprise (not a 合作社); 退役军人, 农民工 and
 *   laid-off workers are not 以工代训 groups; rows whose 岗前培训补贴 was claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 for a 高技能人才培训基地 / 100 000 for a
 *   技能大师工作室); only bought from the 职工教育经费 and accepted by 人社 and 财政.
 * - Education fund (六(二)): a pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, 职业培训补贴 per person, 生活费补贴, free training, entrepreneurship training,
 *   aid to poor families' children, competition awards: the plan fixes no amount, so no figure.
 *
 * Tags in `probes` ([two-part], [contact], [dated]) mark the classes that cut across the dialogue
 * classes.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is still open: ask, state no figure, and do not call it 不符合. */
const openOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The person does not know a 以工代训 fact: no figure, no verdict either way. */
const unknownOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount, stated and in the results. */
const ojt = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, and the figure a wrong reading of one row gives is not stated. */
const ojtNot = (yuan: number, wrongYuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrongYuan)] });
/** 以工代训 excluded by the facts: ineligible, and the wrong reading's figure not stated. */
const noOJT = (wrongYuan: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrongYuan)] });
/** The equipment subsidy amount. */
const equip = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** An equipment fact is open: ask, no figure. */
const openEquip: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** The education-fund deduction: the figure, said to be 税前, never "可领 … 元". */
const fund = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** The plan fixes no amount for this: no figure, and the clause cited. */
const unfixed = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan leaves it open: say so, state no figure. */
const notSettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan: declined, no figure. */
const outside: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The person asks whether they can still apply: the plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** Who handles it: the human-resources bureau (主办：市人社局; 责任单位) or its hotline. */
const CONTACT = /人社|人力资源|12333/;

export const DIALOGUES_V6: Dialogue[] = [
  // ---------------------------------------------------------------- one group of hires
  {
    id: 'v6d01',
    class: 'one_group',
    probes: '饭店 as the employer, 残疾人 as 就业困难, typo 以工带训, 木有 for the pre-job subsidy',
    periodEnd: true,
    turns: [{ user: '俺家饭店 社保一直给交着哩 前年招了两个残疾人在后厨帮工 以工带训带了四个月 岗前培训补贴木申请过 中不中 能补多少', expect: ojt(1600) }],
  },
  {
    id: 'v6d02',
    class: 'one_group',
    probes: '工地 of a building company, 伍 as a numeral, eight months of 以工代训 capped at six',
    periodEnd: true,
    turns: [{ user: '俺们建筑公司在工地上用了伍个建档立卡户 干满八个月了 以工代训也是八个月 岗前那个补贴没领 一共给多少', expect: ojtNot(6000, 8000) }],
  },
  {
    id: 'v6d03',
    class: 'one_group',
    probes: '扶贫车间 with 贫困户劳力, 仨月 for three months',
    periodEnd: true,
    turns: [{ user: '村里扶贫车间做假发的 收了三个贫困户劳力 干十个月了 以工代训弄了仨月 岗前补贴没拿过 这咋算', expect: ojt(1800) }],
  },
  {
    id: 'v6d04',
    class: 'one_group',
    probes: 'traditional characters throughout, a 合作社 that needs no insurance for poor labour',
    periodEnd: true,
    turns: [{ user: '俺們合作社種蘑菇的 收了四個建檔立卡戶 幹了一年了 以工代訓五個月 崗前補貼沒申請過 能給多少', expect: ojt(4000) }],
  },
  {
    id: 'v6d05',
    class: 'one_group',
    probes: '[two-part] the amount, then when the money arrives (not settled by the plan)',
    periodEnd: true,
    turns: [
      {
        user: '商贸公司 五险交着 招了三个就业困难人员 以工代训四个月 岗前没领过 能补多少 钱多久能打到公司账上',
        expect: { amount: { rule: 'on_job_training', yuan: 2400 }, says: [HONEST_NOT_SETTLED] },
      },
    ],
  },
  {
    id: 'v6d06',
    class: 'one_group',
    probes: '[dated] a question about 2020, months given as 从一月干到八月',
    periodEnd: true,
    turns: [{ user: '2020年8月份那会儿 俺服装厂有两个建档立卡贫困户 从一月干到八月 以工代训六个月 岗前补贴没申 当时能领多少', expect: ojt(2400) }],
  },
  {
    id: 'v6d07',
    class: 'one_group',
    probes: 'voice-input run-on without punctuation, insured 物流公司',
    periodEnd: true,
    turns: [
      {
        user: '喂你好我们是一个物流公司然后社保都是正常交的今年招了六个就业困难的人然后以工代训搞了三个月岗前补贴没有申请过就想问一下能补多少钱',
        expect: ojt(3600),
      },
    ],
  },
  {
    id: 'v6d08',
    class: 'one_group',
    probes: 'a 职业院校 is no 生产经营主体: poor labour in its canteen does not count',
    turns: [{ user: '俺们是职业技术学院 食堂招了两个建档立卡的 干了八个月 以工代训6个月 岗前没报 学校能领这个以工代训补贴不', expect: noOJT(2400) }],
  },
  {
    id: 'v6d09',
    class: 'one_group',
    probes: '退伍兵 are not a 以工代训 group even for an insured company',
    turns: [{ user: '保安公司 交社保的 招了仨退伍兵 以工代训半年 岗前没领 能补多少', expect: noOJT(3600) }],
  },
  {
    id: 'v6d10',
    class: 'one_group',
    probes: 'poor labour employed only four months: under the six the rule needs',
    turns: [{ user: '加工厂招了俩贫困户 才干了四个月 以工代训也四个月 岗前没申请 现在能领不', expect: noOJT(1600) }],
  },
  // ---------------------------------------------------------------- several groups, own counts and months
  {
    id: 'v6d11',
    class: 'several_groups',
    probes: 'two rows with their own months (6 and 5), insured 塑料厂',
    periodEnd: true,
    turns: [{ user: '塑料厂 社保交着 两个残疾工人以工代训了六个月 还有三个贫困户干了九个月 以工代训五个月 岗前补贴都没领过 总共能补多少', expect: ojtNot(5400, 6000) }],
  },
  {
    id: 'v6d12',
    class: 'several_groups',
    probes: 'uninsured 餐饮公司: the poor-labour row counts, the 就业困难 row does not',
    periodEnd: true,
    turns: [
      {
        user: '俺们餐饮公司开了俩饭店 社保没给员工交 招了两个贫困户干了七个月 以工代训六个月 还有一个就业困难的也带了六个月 岗前都没领 能补多少',
        expect: ojtNot(2400, 3600),
      },
    ],
  },
  {
    id: 'v6d13',
    class: 'several_groups',
    probes: 'one row already had the 岗前培训补贴 and drops out',
    periodEnd: true,
    turns: [
      {
        user: '汽修厂 参保的 四个就业困难人员以工代训三个月 岗前补贴没申 另外两个零就业家庭的 以工代训六个月 不过他俩的岗前培训补贴已经领了 这样算多少',
        expect: ojtNot(2400, 4800),
      },
    ],
  },
  {
    id: 'v6d14',
    class: 'several_groups',
    probes: '十个 split with 其中 / 剩下: veterans are not a group',
    periodEnd: true,
    turns: [
      {
        user: '电子厂交社保 一共招了十个 其中六个是贫困户 干了半年了 以工代训六个月 剩下四个是退伍兵 也以工代训六个月 岗前都没申请 能补多少',
        expect: ojtNot(7200, 12000),
      },
    ],
  },
  {
    id: 'v6d15',
    class: 'several_groups',
    probes: 'an insured 合作社: poor labour counts, the disabled hire needs an enterprise',
    periodEnd: true,
    turns: [
      {
        user: '养鸡合作社 也给交社保 用了两个建档立卡户干了十个月 以工代训6个月 还有个残疾人也以工代训六个月 岗前都没申过 咋算',
        expect: ojtNot(2400, 3600),
      },
    ],
  },
  {
    id: 'v6d16',
    class: 'several_groups',
    probes: 'two batches (头一拨 / 第二拨) with their own months; 以工代训 as long as employed, seven capped at six',
    periodEnd: true,
    turns: [
      {
        user: '家政公司 社保正常交 招的就业困难人员分两拨 头一拨3个 来了4个月 第二拨两个 来了七个月 都是一来就以工代训到现在 岗前补贴都没弄过 补多少',
        expect: ojtNot(4800, 5200),
      },
    ],
  },
  {
    id: 'v6d17',
    class: 'several_groups',
    probes: 'insurance open for the disabled row only; a bare reply settles the total',
    periodEnd: true,
    turns: [
      {
        user: '印刷厂 招了俩残疾人以工代训五个月 一个贫困户干了八个月 以工代训六个月 岗前都没领 能补多少',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['3200'] },
      },
      { user: '五险都交着哩', expect: ojt(3200) },
    ],
  },
  {
    id: 'v6d18',
    class: 'several_groups',
    probes: '[two-part] [contact] three rows, the 农村来打工的 row not a group, then who to apply to',
    periodEnd: true,
    turns: [
      {
        user: '保洁公司 交社保 两个零就业家庭的以工代训三个月 一个残疾人两个月 还有三个农村来打工的六个月 岗前都没领过 能补多少 找哪个部门申请',
        expect: { amount: { rule: 'on_job_training', yuan: 1600 }, mustNotContain: ['5200'], says: [CONTACT] },
      },
    ],
  },
  // ---------------------------------------------------------------- negation after the noun
  {
    id: 'v6d19',
    class: 'negation_after_noun',
    probes: '贫困户不是: the noun first, the denial after',
    turns: [{ user: '招的俩人 贫困户不是 就是村里出来打工的 厂里交社保 以工代训六个月 岗前没申 能补不', expect: noOJT(2400) }],
  },
  {
    id: 'v6d20',
    class: 'negation_after_noun',
    probes: '社保 … 没交 split by the employer noun (作坊)',
    turns: [{ user: '残疾人有三个 社保 俺这作坊 没交 以工代训四个月 岗前没领 能补多少', expect: noOJT(2400) }],
  },
  {
    id: 'v6d21',
    class: 'negation_after_noun',
    probes: '岗前那个补贴 俺们木有申: a denial that keeps the row',
    periodEnd: true,
    turns: [{ user: '纸箱厂 交社保 五个就业困难的 以工代训三个月 岗前那个补贴 俺们木有申 给多少', expect: ojt(3000) }],
  },
  {
    id: 'v6d22',
    class: 'negation_after_noun',
    probes: '还不到六个月 after the count: poor labour not yet six months (门市部)',
    turns: [{ user: '建档立卡的三个 干了还不到六个月 以工代训四个月 门市部 岗前没领 能补不', expect: noOJT(2400) }],
  },
  {
    id: 'v6d23',
    class: 'negation_after_noun',
    probes: 'double negation 也不是不交社保 means insured',
    periodEnd: true,
    turns: [{ user: '也不是不交社保 交是交着的 招了仨就业困难人员 以工代训俩月 岗前没领 钢材加工厂 能补多少', expect: ojt(1200) }],
  },
  {
    id: 'v6d24',
    class: 'negation_after_noun',
    probes: '零就业家庭 不是: laid-off workers are not a 以工代训 group',
    turns: [{ user: '零就业家庭 不是 是厂子倒闭下岗的 招了两个 交社保的机械厂 以工代训五个月 岗前没领', expect: noOJT(2000) }],
  },
  {
    id: 'v6d25',
    class: 'negation_after_noun',
    probes: '社保没交 does not exclude poor labour at a 合作社',
    periodEnd: true,
    turns: [{ user: '社保没交 合作社哪交得起 收了两个贫困户 干了七个月 以工代训六个月 岗前没申 补多少', expect: ojt(2400) }],
  },
  // ---------------------------------------------------------------- "不知道" and other unknown replies
  {
    id: 'v6d26',
    class: 'unknown_reply',
    probes: 'months open, then 不知道, then the figure from 人事',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了三个残疾人 以工代训 岗前补贴没领 能补多少', expect: openOJT },
      { user: '几个月？这个俺也不知道 得问人事', expect: unknownOJT },
      { user: '人事说四个月', expect: ojt(2400) },
    ],
  },
  {
    id: 'v6d27',
    class: 'unknown_reply',
    probes: 'how long the poor labour were employed: 记不清了',
    turns: [
      { user: '扶贫车间用了两个贫困户 以工代训三个月 岗前没报 能拿多少', expect: openOJT },
      { user: '干多长时间了 记不清了', expect: unknownOJT },
    ],
  },
  {
    id: 'v6d28',
    class: 'unknown_reply',
    probes: 'equipment acceptance unknown (不晓得弄没弄)',
    periodEnd: true,
    turns: [
      { user: '厂里技能大师工作室新买了六十万的设备 用的职工教育经费 能补多少', expect: openEquip },
      { user: '验收？不晓得弄没弄', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
    ],
  },
  {
    id: 'v6d29',
    class: 'unknown_reply',
    probes: 'a person who does not know whether the school records trainings in the system',
    turns: [
      {
        user: '俺在户籍地学了电工 证拿到了 今年头一回 没领过退休金 以前没学过电工 培训学校进没进那个系统 不清楚',
        expect: { noAmount: 'unfixed', undecided: 'vocational_training' },
      },
    ],
  },
  {
    id: 'v6d30',
    class: 'unknown_reply',
    probes: 'education fund drawn: open, unknown, then given',
    periodEnd: true,
    turns: [
      { user: '去年工资总共发了二百万 教育经费能税前扣多少', expect: { noAmount: 'open', asks: true } },
      { user: '提了多少 会计没跟我说', expect: { noAmount: 'open', undecided: 'education_fund_deduction' } },
      { user: '会计刚回话 提了二十万', expect: fund(160000) },
    ],
  },
  {
    id: 'v6d31',
    class: 'unknown_reply',
    probes: 'insurance open, then 说不好 (老板娘管的)',
    turns: [
      { user: '饭店招了俩就业困难的 以工代训五个月 岗前没领 补多少', expect: openOJT },
      { user: '社保交没交 俺也说不好 是老板娘管的', expect: unknownOJT },
    ],
  },
  {
    id: 'v6d32',
    class: 'unknown_reply',
    probes: 'the pre-job subsidy unknown in the first message',
    turns: [{ user: '机械厂交社保 招了四个残疾人 以工代训六个月 岗前补贴领没领过 不知道啊', expect: { ...unknownOJT, mustNotContain: ['4800'] } }],
  },
  // ---------------------------------------------------------------- corrections
  {
    id: 'v6d33',
    class: 'correction',
    probes: 'the count corrected from three to two',
    periodEnd: true,
    turns: [
      { user: '合作社收了三个贫困户 干了八个月 以工代训6个月 岗前没领 能补多少', expect: ojt(3600) },
      { user: '说错了 是两个人 不是三个', expect: ojtNot(2400, 3600) },
    ],
  },
  {
    id: 'v6d34',
    class: 'correction',
    probes: 'months of 以工代训 corrected: the five were months employed',
    periodEnd: true,
    turns: [
      { user: '厂里交社保 四个就业困难的 以工代训五个月 岗前没领', expect: ojt(4000) },
      { user: '哦不对 以工代训是三个月 五个月是他们干的时间', expect: ojtNot(2400, 4000) },
    ],
  },
  {
    id: 'v6d35',
    class: 'correction',
    probes: 'insurance corrected from no to yes',
    periodEnd: true,
    turns: [
      { user: '公司没交社保 两个残疾人以工代训六个月 岗前没领 能补不', expect: noOJT(2400) },
      { user: '搞错了 社保是交的 会计刚说', expect: ojt(2400) },
    ],
  },
  {
    id: 'v6d36',
    class: 'correction',
    probes: 'equipment site kind corrected from base to master studio',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地 用职工教育经费买了一百五十万的实训设备 人社财政都验收了 能补多少', expect: equip(300000) },
      { user: '哦 是技能大师工作室 不是基地', expect: equip(100000) },
    ],
  },
  {
    id: 'v6d37',
    class: 'correction',
    probes: 'payroll corrected so the 8 % cap binds',
    periodEnd: true,
    turns: [
      { user: '工资薪金总额五百万 职工教育经费提了三十万 税前能扣多少', expect: fund(300000) },
      { user: '工资总额说错了 是三百万', expect: fund(240000) },
    ],
  },
  {
    id: 'v6d38',
    class: 'correction',
    probes: 'one of three hires corrected to an ordinary worker',
    periodEnd: true,
    turns: [
      { user: '食品加工厂招了3个贫困户 干了七个月 以工代训6个月 岗前没领 能补多少', expect: ojt(3600) },
      { user: '等下 其中一个不是贫困户 是普通工人', expect: ojtNot(2400, 3600) },
    ],
  },
  // ---------------------------------------------------------------- topic switches
  {
    id: 'v6d39',
    class: 'topic_switch',
    probes: '以工代训, then apprentices (no amount fixed)',
    periodEnd: true,
    turns: [
      { user: '服装厂 交社保 招了两个残疾人 以工代训三个月 岗前没领 补多少', expect: ojt(1200) },
      { user: '那学徒呢 俺们带了十个新型学徒 给多少', expect: unfixed(['四(一)']) },
    ],
  },
  {
    id: 'v6d40',
    class: 'topic_switch',
    probes: 'equipment amount, then another city (outside)',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地用职工教育经费买设备花了八十万 验收合格了 补多少', expect: equip(160000) },
      { user: '再问个 深圳那边有这种设备补贴没', expect: outside },
    ],
  },
  {
    id: 'v6d41',
    class: 'topic_switch',
    probes: 'education fund, then 生活费 during training (not settled)',
    periodEnd: true,
    turns: [
      { user: '工资薪金一年一千万 职工教育经费提了四十五万 税前扣除能扣多少', expect: fund(450000) },
      { user: '上培训班的生活费 补多少', expect: notSettled },
    ],
  },
  {
    id: 'v6d42',
    class: 'topic_switch',
    probes: 'a person training case, then entrepreneurship for a one-year-old shop',
    turns: [
      {
        user: '我在常住地学的育婴员 证拿了 今年第一次 没退休金 之前没学过 机构是录进系统的 能补贴不',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
      {
        user: '换个事 俺开小卖部刚一年 想学创业 有培训没',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v6d43',
    class: 'topic_switch',
    probes: 'an open 以工代训 case dropped for the weather (outside)',
    turns: [
      { user: '厂里招了俩贫困户 以工代训 能补多少', expect: openOJT },
      { user: '算了先不说这个 今儿郑州下雨不', expect: outside },
    ],
  },
  {
    id: 'v6d44',
    class: 'topic_switch',
    probes: 'entrepreneurship, then a relative\'s 砖厂 with a full 以工代训 case',
    periodEnd: true,
    turns: [
      { user: '想开个奶茶店 有创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '另外问下 俺亲戚的砖厂 交社保 招了五个就业困难的 以工代训两个月 岗前没领 能补多少', expect: ojt(2000) },
    ],
  },
  {
    id: 'v6d45',
    class: 'topic_switch',
    probes: '[contact] 以工代训 amount, then who handles it and the phone number',
    periodEnd: true,
    turns: [
      { user: '木材加工厂 交社保 一个零就业家庭的 以工代训六个月 岗前没领 补多少', expect: ojt(1200) },
      { user: '这事找谁办 打哪个电话', expect: { says: [CONTACT] } },
    ],
  },
  // ---------------------------------------------------------------- a person's own training
  {
    id: 'v6d46',
    class: 'person_training',
    probes: 'a monthly pension excludes the training subsidy',
    turns: [{ user: '俺六十二了 每月领退休金 想去学个面点 能给补贴不', expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v6d47',
    class: 'person_training',
    probes: 'three subsidies already this year',
    turns: [{ user: '今年已经领过三回培训补贴了 这回又考了个焊工证 还能补不', expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] } }],
  },
  {
    id: 'v6d48',
    class: 'person_training',
    probes: 'the same occupation and level a second time',
    turns: [{ user: '去年考中级电工领过补贴了 今年又去考了一回中级电工 还能领不', expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v6d49',
    class: 'person_training',
    probes: 'a poor household asks whether training costs money (free, 三(三))',
    turns: [{ user: '俺家是建档立卡户 想学个厨师 要交学费不', expect: { cites: ['三(三)'], says: [/免费/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v6d50',
    class: 'person_training',
    probes: 'a poor family with a child at a 技工学校: aid named, no amount',
    turns: [{ user: '孩子在技工学校念书 俺家是贫困户 家里有补助没 给多少', expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v6d51',
    class: 'person_training',
    probes: '[two-part] 生活费补贴: is there one, and how much a day',
    turns: [{ user: '参加技能培训 有生活费补贴不 一天给多少', expect: { ...notSettled, cites: ['六(一)'] } }],
  },
  {
    id: 'v6d52',
    class: 'person_training',
    probes: 'facts open, then all given in one run-on reply',
    turns: [
      { user: '俺想学个挖掘机 能补贴不', expect: { asks: true, noAmount: 'unfixed', undecided: 'vocational_training' } },
      {
        user: '在老家学 户口所在地 证也考下来了 今年头一回 以前没学过 没领养老金 机构在系统里',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  // ---------------------------------------------------------------- entrepreneurship training
  {
    id: 'v6d53',
    class: 'entrepreneurship',
    probes: 'a wish to open a breakfast shop, not yet open',
    turns: [{ user: '想自己开个早餐店 还没开起来 有没有创业培训', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v6d54',
    class: 'entrepreneurship',
    probes: 'a shop open eight years and no new business planned: over the five years',
    turns: [
      {
        user: '店开了八年了 也没打算再干别的 就想学学经营管理 创业培训能参加不',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v6d55',
    class: 'entrepreneurship',
    probes: 'a vocational college student asks for 创业 training',
    turns: [{ user: '在职业学院上大二 学校有创业方面的培训没', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } }],
  },
  {
    id: 'v6d56',
    class: 'entrepreneurship',
    probes: 'money for entrepreneurship training (unfixed), then a business loan (outside)',
    turns: [
      { user: '创业培训 参加完给补多少钱', expect: unfixed(['三(八)']) },
      { user: '那培训完 创业贷款能贷多少', expect: outside },
    ],
  },
  {
    id: 'v6d57',
    class: 'entrepreneurship',
    probes: 'no wish to start a business, a plain worker',
    turns: [{ user: '俺不想创业 就是打工的 创业培训跟俺有关系不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } }],
  },
  // ---------------------------------------------------------------- training equipment
  {
    id: 'v6d58',
    class: 'equipment',
    probes: 'master studio under its cap',
    periodEnd: true,
    turns: [{ user: '技能大师工作室 用职工教育经费买了三十五万的设备 人社和财政验收过了 补多少', expect: equip(70000) }],
  },
  {
    id: 'v6d59',
    class: 'equipment',
    probes: 'a base just under the 50万 cap (两百四十万)',
    periodEnd: true,
    turns: [{ user: '高技能人才培训基地 新买设备一共两百四十万 教育经费出的 验收也过了 能补多少', expect: equip(480000) }],
  },
  {
    id: 'v6d60',
    class: 'equipment',
    probes: 'a master studio over its 10万 cap',
    periodEnd: true,
    turns: [{ user: '大师工作室买设备花了一百二十万 从职工教育经费里出 验收合格 补多少', expect: equip(100000) }],
  },
  {
    id: 'v6d61',
    class: 'equipment',
    probes: 'bought with a bank loan, not the education fund',
    turns: [
      {
        user: '培训基地买设备八十万 是银行贷款买的 没动教育经费 验收过了 能补不',
        expect: { status: { rule: 'equipment_subsidy', status: 'ineligible' }, mustNotContain: ['160000', '16万'] },
      },
    ],
  },
  {
    id: 'v6d62',
    class: 'equipment',
    probes: 'not accepted yet: no figure, not eligible now',
    turns: [{ user: '工作室设备五十万 职工教育经费买的 还没验收 现在能补多少', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, noAmount: 'open' } }],
  },
  {
    id: 'v6d63',
    class: 'equipment',
    probes: 'two sites of different kinds, each on its own cap',
    periodEnd: true,
    turns: [{ user: '一个高技能人才培训基地买设备一百万 一个技能大师工作室买了四十万 都是教育经费出的 都验收了 一共补多少', expect: equip(280000) }],
  },
  // ---------------------------------------------------------------- education fund
  {
    id: 'v6d64',
    class: 'education_fund',
    probes: 'the 8 % cap binds (四百万 payroll, 三十五万 drawn)',
    periodEnd: true,
    turns: [{ user: '去年工资薪金总额四百万 职工教育经费提了三十五万 税前能扣多少', expect: fund(320000) }],
  },
  {
    id: 'v6d65',
    class: 'education_fund',
    probes: 'front-line share of only half: deduction and the 60 % note',
    periodEnd: true,
    turns: [{ user: '工资总额一百万 教育经费提了五万 给一线工人培训只花了一半 能扣多少', expect: { ...fund(50000), says: [/税前/, /60\s*[%％]|百分之六十|六成/] } }],
  },
  {
    id: 'v6d66',
    class: 'education_fund',
    probes: 'whether the fund can be taken as cash',
    turns: [{ user: '教育经费能当现金领出来不', expect: { cites: ['六(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v6d67',
    class: 'education_fund',
    probes: '[two-part] traditional characters: the deduction limit and 师带徒 allowances',
    turns: [{ user: '職工教育經費 稅前扣除 上限是幾個點 師帶徒津貼能從裡面出不', expect: { cites: ['六(二)'], says: [/8\s*[%％]|百分之八/] } }],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v6d68',
    class: 'apprenticeship',
    probes: 'eight apprentices: the plan fixes no amount',
    turns: [{ user: '厂里带了八个新型学徒 一个给多少补贴', expect: unfixed(['四(一)']) }],
  },
  {
    id: 'v6d69',
    class: 'apprenticeship',
    probes: '师带徒 allowance: from the education fund, no amount',
    turns: [{ user: '师带徒 师傅的津贴 从哪块钱出', expect: unfixed(['六(二)']) }],
  },
  {
    id: 'v6d70',
    class: 'apprenticeship',
    probes: 'the standard (unfixed), then the three-year target (2万)',
    turns: [
      { user: '企业新型学徒制 补贴标准是多少', expect: unfixed(['四(一)']) },
      { user: '那三年一共要培养多少学徒', expect: { cites: ['四(一)'], says: [/2\s*万|20000|两万/] } },
    ],
  },
  {
    id: 'v6d71',
    class: 'apprenticeship',
    probes: '[contact] where to apply for the apprentice subsidy',
    turns: [{ user: '学徒补贴 到哪申请 找谁', expect: { says: [CONTACT], noAmount: 'unfixed' } }],
  },
  // ---------------------------------------------------------------- the plan's period
  {
    id: 'v6d72',
    class: 'period',
    probes: 'can one still apply now',
    turns: [{ user: '现在还能申请以工代训不', expect: { ...ended, cites: ['六(一)'] } }],
  },
  {
    id: 'v6d73',
    class: 'period',
    probes: '[dated] hires of March 2022, after the plan ended',
    turns: [{ user: '2022年3月招的贫困户 以工代训 能补不', expect: { ...ended, notVerdict: { rule: 'on_job_training', status: 'eligible' } } }],
  },
  {
    id: 'v6d74',
    class: 'period',
    probes: 'when the plan expires',
    turns: [{ user: '这个方案 啥时候到期', expect: { ...ended, says: [/2021/] } }],
  },
  {
    id: 'v6d75',
    class: 'period',
    probes: 'equipment subsidy this year: too late',
    turns: [{ user: '今年想申请设备补贴 来得及不', expect: ended }],
  },
  {
    id: 'v6d76',
    class: 'period',
    probes: '[dated] the 2020 monthly standard of 以工代训',
    turns: [{ user: '2020年那会儿 以工代训是不是一个人一个月二百', expect: { cites: ['六(一)'], says: [/200|二百/] } }],
  },
  {
    id: 'v6d77',
    class: 'period',
    probes: 'the day the plan took effect',
    turns: [{ user: '方案是哪天开始执行的', expect: { says: [/2019\s*年\s*12\s*月\s*2\s*日|2019-12-02/] } }],
  },
];
