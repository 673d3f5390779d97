/**
 * HELD-OUT dialogues for the answer pipeline — written before the pipeline rewrite of issue 10,
 * from the policy text (policy-corpus/zz-2019-63.md) and the contract
 * (shared/spec/eligibility.md), never from the service's output. Do not tune on them: no word
 * of these messages goes into a glossary, pattern or fixture. When one is fixed by a targeted
 * change, it no longer measures anything; write a new one instead.
 *
 * Messages are typed the way people type on WeChat on a phone: short, colloquial, typos and
 * homophones, odd spacing, Chinese numerals, some traditional characters, everyday words
 * (贫困户, 当兵退伍的, 厂里, 老板) instead of the plan's.
 *
 * Amounts, by hand from the contract:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) over qualifying hire rows; poor
 *   labour only when employed ≥ 6 months by a production entity (企业, 合作社, 扶贫车间, 培训机构;
 *   not a 职业院校); 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise; rows whose
 *   岗前培训补贴 was claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio).
 * - Education fund (六(二)): pre-tax deduction min(fund, 8 % × payroll).
 * - Apprenticeship, vocational training, free training, entrepreneurship: the plan fixes no amount.
 *
 * Correction after the first commit (contract, not output): the kind of employer is a fact the
 * rules need (a 职业院校 is no production entity; equipment and the education fund are an
 * enterprise's), so where an amount is expected the message now names it (公司 / 厂 / 企业);
 * every expectation is unchanged. Second correction: the equipment dialogues no longer forbid
 * the uncapped 20 % figure (60万, 16万, 70万): a careful answer may show it before the cap; the
 * amount check (amountYuan and the stated total) still catches a wrong cap.
 */
import type { Dialogue, TurnExpect } from './types.js';

/** A fact is still open: ask, state no figure, and do not call it 不符合. */
const openOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount (rule on_job_training), stated and in the results. */
const ojt = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });

export const DIALOGUES: Dialogue[] = [
  // ---------------------------------------------------------------- one group of hires
  {
    id: 'd01',
    class: 'one_group',
    probes: 'facts given over three turns; no amount until 岗前补贴 is settled',
    periodEnd: true,
    turns: [
      { user: '老板让我问下 我们厂招了3个贫困户 有啥补贴没', expect: openOJT },
      { user: '都干了8个月了 以工代训搞了6个月', expect: openOJT },
      { user: '岗前培训补贴没领过', expect: ojt(3600) },
    ],
  },
  {
    id: 'd02',
    class: 'one_group',
    probes: 'everything in one message with Chinese numerals',
    periodEnd: true,
    turns: [{ user: '我们公司去年招了两个建档立卡的 上班十个月了 以工代训做了五个月 岗前补贴没申请过 能补多少钱', expect: ojt(2000) }],
  },
  {
    id: 'd03',
    class: 'one_group',
    probes: '以工代训 months above 6 are capped at 6',
    periodEnd: true,
    turns: [{ user: '厂里收了1个贫困户 干了一年多了 以工代训搞了9个月 没领过岗前培训补贴 能拿多少', expect: ojt(1200) }],
  },
  {
    id: 'd04',
    class: 'one_group',
    probes: 'poor labour employed under 6 months does not qualify (no amount from the 以工代训 months)',
    turns: [
      {
        user: '我们合作社招了4个贫困户 才干了5个月 以工代训3个月 岗前补贴没拿',
        expect: { status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['2400', '2,400'] },
      },
    ],
  },
  {
    id: 'd05',
    class: 'one_group',
    probes: 'months employed vs months of 以工代训 separated only by spaces',
    periodEnd: true,
    turns: [
      {
        user: '公司 招了 2 个 贫困户 上班 8 个月 以工代训 2 个月 岗前补贴 没领',
        expect: { ...ojt(800), mustNotContain: ['2400', '3200'] },
      },
    ],
  },
  {
    id: 'd06',
    class: 'one_group',
    probes: 'disabled hires of an insured enterprise count as 就业困难人员 (三(二))',
    periodEnd: true,
    turns: [{ user: '我们是企业 社保都正常交的 招了5个残疾人 干了7个月 以工代训4个月 岗前培训补贴没领过', expect: ojt(4000) }],
  },
  {
    id: 'd07',
    class: 'one_group',
    probes: 'zero-employment-family hire, 半年 as 6 months',
    periodEnd: true,
    turns: [{ user: '公司参保了 招了一个零就业家庭的 上班半年 以工代训6个月 岗前补贴没有领', expect: ojt(1200) }],
  },
  {
    id: 'd18',
    class: 'one_group',
    probes: '扶贫车间 as a production entity',
    periodEnd: true,
    turns: [{ user: '扶贫车间 收了6个贫困户 干了七个月 以工代训6个月 岗前补贴没领过 能补多少', expect: ojt(7200) }],
  },
  {
    id: 'd19',
    class: 'one_group',
    probes: 'a 职业院校 is not a production entity: its poor-labour hires do not qualify',
    turns: [
      {
        user: '我们是职业院校 吸纳了2个贫困户在学校上班 干了8个月 以工代训6个月 岗前补贴没领',
        expect: { status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['2400', '2,400'] },
      },
    ],
  },
  {
    id: 'd20',
    class: 'one_group',
    probes: 'a 培训机构 employing poor labour qualifies ("等各类生产经营主体")',
    periodEnd: true,
    turns: [{ user: '我们是培训机构 招了2个贫困户当员工 干了7个月 以工代训4个月 岗前补贴没领', expect: ojt(1600) }],
  },

  // ---------------------------------------------------------------- negation after the noun
  {
    id: 'd08',
    class: 'negation_after_noun',
    probes: '"社保还没给员工交" → not insured → 就业困难 hires do not qualify',
    turns: [
      {
        user: '我们小公司 社保还没给员工交 招了2个就业困难人员 干了6个月 以工代训6个月 岗前补贴没领',
        expect: { status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['2400', '2,400'] },
      },
    ],
  },
  {
    id: 'd09',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴那块 我们一分钱都没领" is NOT claimed',
    periodEnd: true,
    turns: [
      {
        user: '厂里招了3个贫困户 都干了7个月 以工代训5个月 岗前培训补贴那块 我们一分钱都没领',
        expect: { ...ojt(3000), notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'd10',
    class: 'negation_after_noun',
    probes: '"社保…没断过" (double negation) is insured',
    periodEnd: true,
    turns: [{ user: '社保我们厂一直都有交的 没断过 招了2个残疾人 干8个月 以工代训3个月 岗前补贴也没领', expect: ojt(1200) }],
  },
  {
    id: 'd11',
    class: 'negation_after_noun',
    probes: '"社保的话 … 还没来得及交" far from the noun, at the end of the message',
    turns: [
      {
        user: '我们是企业，招了3个就业困难的，干了6个月，以工代训6个月，岗前补贴没领。社保的话 因为公司刚成立 还没来得及交',
        expect: { status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['3600', '3,600'] },
      },
    ],
  },
  {
    id: 'd12',
    class: 'negation_after_noun',
    probes: '"不过岗前培训补贴已经领过了" is claimed → no 以工代训',
    turns: [
      {
        user: '招了2个贫困户 干了8个月 以工代训6个月 不过岗前培训补贴已经领过了',
        expect: { status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['2400', '2,400'] },
      },
    ],
  },
  {
    id: 'd71',
    class: 'negation_after_noun',
    probes: 'negation with a typo and no punctuation: "岗钱补贴 我们没有领取过"',
    periodEnd: true,
    turns: [{ user: '公司招聘了4个建档立卡户干满10个月以工代训也搞了6个月岗钱补贴我们没有领取过能给多少', expect: ojt(4800) }],
  },

  // ---------------------------------------------------------------- several groups
  {
    id: 'd13',
    class: 'several_groups',
    probes: 'two groups with different counts and months in one message keep their own months',
    periodEnd: true,
    turns: [
      {
        user: '我们企业交社保的 招了3个贫困户 干了8个月 以工代训4个月；还有2个残疾人 干了半年 以工代训5个月 岗前补贴都没领',
        expect: { ...ojt(4400), mustNotContain: ['4000', '5000'] },
      },
    ],
  },
  {
    id: 'd14',
    class: 'several_groups',
    probes: 'two groups filled in over several turns, each by name; no bleeding of months',
    periodEnd: true,
    turns: [
      { user: '厂里招了两批人 一批是贫困户4个 一批是残疾人3个 能补多少', expect: openOJT },
      { user: '贫困户那4个干了9个月 以工代训6个月', expect: openOJT },
      { user: '残疾人那3个干了4个月 以工代训2个月', expect: { noAmount: 'open', asks: true } },
      { user: '岗前补贴都没领 社保一直交着呢', expect: { ...ojt(6000), mustNotContain: ['8400', '2800'] } },
    ],
  },
  {
    id: 'd15',
    class: 'several_groups',
    probes: 'pre-job subsidy claimed for one group only: that group alone drops out',
    periodEnd: true,
    turns: [
      {
        user: '公司参保 招了2个贫困户干了10个月以工代训3个月 岗前补贴没领；另外招了4个就业困难人员 干了6个月 以工代训6个月 这4个的岗前补贴之前领过了',
        expect: { ...ojt(1200), mustNotContain: ['6000', '4800', '6,000', '4,800'] },
      },
    ],
  },
  {
    id: 'd16',
    class: 'several_groups',
    probes: 'a 合作社 is not an enterprise: its disabled hire does not count, its poor hires do',
    periodEnd: true,
    turns: [
      {
        user: '我们是农民专业合作社 招了3个贫困户 干了6个月 以工代训6个月 还有1个残疾人 干了6个月 以工代训6个月 岗前补贴都没领 社保交了',
        expect: { ...ojt(3600), mustNotContain: ['4800', '4,800'] },
      },
    ],
  },
  {
    id: 'd17',
    class: 'several_groups',
    probes: 'traditional characters, Chinese numerals, two groups',
    periodEnd: true,
    turns: [
      {
        user: '我們廠有參保 招了兩個貧困戶 幹了八個月 以工代訓三個月 又招了五個殘疾人 幹了七個月 以工代訓六個月 崗前補貼都沒領',
        expect: { ...ojt(7200), mustNotContain: ['8400', '4200'] },
      },
    ],
  },
  {
    id: 'd26',
    class: 'several_groups',
    probes: 'one group settled, the other open ("社保交没交不太清楚"): never the full total',
    turns: [
      {
        user: '企业 招了2个贫困户 干了9个月 以工代训6个月 还有3个就业困难人员 干了6个月 以工代训6个月 岗前补贴都没领 社保交没交不太清楚',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['6000', '6,000', '3600', '3,600'] },
      },
    ],
  },
  {
    id: 'd72',
    class: 'several_groups',
    probes: 'three rows, one of them poor labour employed under 6 months',
    periodEnd: true,
    turns: [
      {
        user: '老板叫我算下 公司交社保 贫困户招了2个干了7个月以工代训6个月 还有贫困户3个才干4个月以工代训4个月 零就业家庭的1个干了6个月以工代训2个月 岗前补贴一个都没领',
        // 2×200×6 = 2400 (the 3 employed 4 months do not qualify) + 1×200×2 = 400.
        expect: { ...ojt(2800), mustNotContain: ['5200', '5,200'] },
      },
    ],
  },

  // ---------------------------------------------------------------- "不知道" as a reply
  {
    id: 'd21',
    class: 'unknown_reply',
    probes: '"不清楚" to the pre-job question leaves it open; the later answer settles it',
    periodEnd: true,
    turns: [
      { user: '厂里招了3个贫困户 干了8个月 以工代训6个月 能补多少', expect: openOJT },
      {
        user: '岗前补贴领没领我不清楚 得问会计',
        expect: { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
      { user: '问了 没领', expect: ojt(3600) },
    ],
  },
  {
    id: 'd22',
    class: 'unknown_reply',
    probes: '"社保交没交不知道" leaves insured open: no 不符合, no amount',
    turns: [
      { user: '公司招了2个残疾人 干了6个月 以工代训6个月 岗前补贴没领', expect: openOJT },
      {
        user: '社保交没交不知道啊 我就是个办事员',
        expect: { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'd23',
    class: 'unknown_reply',
    probes: '"干了多久不确定" leaves months employed open; then settled',
    periodEnd: true,
    turns: [
      {
        user: '厂里招了4个贫困户 以工代训5个月 岗前补贴没领 干了多久不确定',
        expect: { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
      { user: '问了下 干了7个月', expect: ojt(4000) },
    ],
  },
  {
    id: 'd24',
    class: 'unknown_reply',
    probes: 'who was hired is unknown: no verdict, no amount',
    turns: [
      { user: '老板问招人有没有以工代训补贴', expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
      { user: '招的人是不是贫困户不知道', expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'd25',
    class: 'unknown_reply',
    probes: 'certificate not known yet ("还没出成绩"): vocational training stays open',
    periodEnd: true,
    turns: [
      {
        user: '我参加了个电工培训 能补贴吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      {
        user: '证书拿没拿到我还不知道 还没出成绩',
        expect: { noAmount: 'unfixed', undecided: 'vocational_training', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'd27',
    class: 'unknown_reply',
    probes: 'pension status "不清楚": vocational training neither eligible nor ineligible',
    turns: [
      {
        user: '想报个厨师培训 在老家户籍地培训 以前没学过 今年第一次 养老金领没领资格这个我也不清楚',
        expect: { noAmount: 'unfixed', undecided: 'vocational_training' },
      },
    ],
  },

  // ---------------------------------------------------------------- corrections
  {
    id: 'd28',
    class: 'correction',
    probes: '"不对 社保没交" replaces insured: the amount goes away',
    periodEnd: true,
    turns: [
      { user: '我们企业 交社保的 招了3个残疾人 干了6个月 以工代训6个月 岗前补贴没领', expect: ojt(3600) },
      { user: '不对 社保没交', expect: { status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['3600', '3,600'] } },
    ],
  },
  {
    id: 'd29',
    class: 'correction',
    probes: 'months corrected',
    periodEnd: true,
    turns: [
      { user: '我们公司招了2个贫困户 干了8个月 以工代训4个月 岗前补贴没领', expect: ojt(1600) },
      { user: '说错了 以工代训是6个月', expect: ojt(2400) },
    ],
  },
  {
    id: 'd30',
    class: 'correction',
    probes: 'pre-job subsidy corrected from claimed to not claimed',
    periodEnd: true,
    turns: [
      {
        user: '我们企业招了5个贫困户 干了7个月 以工代训3个月 岗前补贴领了',
        expect: { status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['3000', '3,000'] },
      },
      { user: '不好意思 岗前补贴没领 是别的补贴领了', expect: ojt(3000) },
    ],
  },
  {
    id: 'd31',
    class: 'correction',
    probes: 'head count corrected ("是3个人")',
    periodEnd: true,
    turns: [
      { user: '厂里招了4个贫困户 干了10个月 以工代训六个月 岗前没领', expect: ojt(4800) },
      { user: '哦不对 是3个人', expect: ojt(3600) },
    ],
  },
  {
    id: 'd32',
    class: 'correction',
    probes: 'group corrected (残疾人 → 建档立卡): the uninsured employer now qualifies',
    periodEnd: true,
    turns: [
      {
        user: '公司没交社保 招了2个残疾人 干了6个月 以工代训6个月 岗前补贴没领',
        expect: { status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['2400', '2,400'] },
      },
      { user: '搞错了 他俩是建档立卡贫困户 不是残疾人', expect: ojt(2400) },
    ],
  },
  {
    id: 'd73',
    class: 'correction',
    probes: 'correction typed with a homophone ("不对 社保有交的 之前说措了")',
    periodEnd: true,
    turns: [
      {
        user: '企业 没参保 招了3个零就业家庭的 干了8个月 以工代训5个月 岗前补贴没领',
        expect: { status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['3000', '3,000'] },
      },
      { user: '不对 社保有交的 之前说措了', expect: ojt(3000) },
    ],
  },

  // ---------------------------------------------------------------- topic switches
  {
    id: 'd33',
    class: 'topic_switch',
    probes: 'a veteran question after an employer one is answered on its own',
    periodEnd: true,
    turns: [
      { user: '俺们厂招了2个贫困户 干了8个月 以工代训6个月 岗前补贴没领', expect: ojt(2400) },
      {
        user: '对了 我老公是当兵退伍的 想学门手艺 有免费培训吗',
        expect: { answered: true, cites: ['三(二)', '六(一)', '七(二)'], noAmount: 'unfixed', mustNotContain: ['2400', '2,400', /四\(二\)/] },
      },
    ],
  },
  {
    id: 'd34',
    class: 'topic_switch',
    probes: 'a lookup on 以工代训, then an unrelated lookup on the education fund',
    turns: [
      { user: '以工代训补贴一个人一个月多少', expect: { answered: true, cites: ['六(一)'] } },
      { user: '另外问下 职工教育经费能税前扣多少', expect: { answered: true, cites: ['六(二)'], mustNotContain: [/以工代训/] } },
    ],
  },
  {
    id: 'd35',
    class: 'topic_switch',
    probes: 'equipment question, then free training for the poor',
    turns: [
      { user: '技能大师工作室新买设备能补多少', expect: { answered: true, cites: ['四(一)'], noAmount: 'open' } },
      { user: '还有个事 我们村贫困户去学技术收费吗', expect: { answered: true, cites: ['三(三)'], mustNotContain: ['10万', '50万', /设备/] } },
    ],
  },
  {
    id: 'd36',
    class: 'topic_switch',
    probes: 'an outside question after a covered one is declined, not answered from the first topic',
    turns: [
      { user: '贫困户学技术要钱吗', expect: { answered: true, cites: ['三(三)'] } },
      { user: '跟你打听下 郑州最低工资多少', expect: { answered: false, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'd37',
    class: 'topic_switch',
    probes: 'employer amount, then the same person asks about starting a business',
    periodEnd: true,
    turns: [
      { user: '公司招了1个贫困户 干了9个月 以工代训5个月 岗前补贴没领', expect: ojt(1000) },
      { user: '我自己还想开个网店 有没有创业培训', expect: { answered: true, cites: ['三(八)'], noAmount: 'unfixed', mustNotContain: ['1000', '1,000'] } },
    ],
  },
  {
    id: 'd38',
    class: 'topic_switch',
    probes: 'person question, then an employer lookup that must not carry the person over',
    turns: [
      { user: '我是残疾人 想学按摩 有培训吗', expect: { answered: true, cites: ['三(二)', '七(二)'] } },
      { user: '那个 企业职工教育经费一线职工要占多少', expect: { answered: true, cites: ['六(二)'], mustNotContain: [/残疾/] } },
    ],
  },
  {
    id: 'd39',
    class: 'topic_switch',
    probes: 'covered question, then unemployment benefit (outside)',
    turns: [
      { user: '农民工培训有补贴不', expect: { answered: true, cites: ['三(二)', '七(二)', '六(一)'] } },
      { user: '失业金一个月多少钱', expect: { answered: false, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'd40',
    class: 'topic_switch',
    probes: 'employer amount, then a question about training institutions outside the system',
    periodEnd: true,
    turns: [
      { user: '扶贫车间招了3个贫困户 干了6个月 以工代训4个月 岗前补贴没领', expect: ojt(2400) },
      { user: '问个别的 培训机构没进系统能拿补贴不', expect: { answered: true, cites: ['六(三)', '七(一)'], mustNotContain: ['2400', '2,400'] } },
    ],
  },
  {
    id: 'd41',
    class: 'topic_switch',
    probes: '生活费补贴 after a 以工代训 amount: the plan fixes none, never the 以工代训 figure',
    periodEnd: true,
    turns: [
      { user: '公司招了2个贫困户 干了8个月 以工代训6个月 岗前补贴没领', expect: ojt(2400) },
      {
        user: '那参加培训的人生活费补贴一个月给多少',
        expect: { noAmount: 'unfixed', says: [/(没有|未|并未|没)(作|做)?(具体|明确)?(规定|明确|写明|给出|确定|提到|提及)/], mustNotContain: ['2400', '2,400'] },
      },
    ],
  },
  {
    id: 'd74',
    class: 'topic_switch',
    probes: 'apprenticeship question after an equipment amount: no figure carried over',
    turns: [
      { user: '公司的高技能人才培训基地 职工教育经费买了50万设备 验收通过了', expect: { amount: { rule: 'equipment_subsidy', yuan: 100000 } } },
      { user: '另外 我们带的新型学徒有补贴吗', expect: { answered: true, cites: ['四(一)'], noAmount: 'unfixed' } },
    ],
  },

  // ---------------------------------------------------------------- a person and training
  {
    id: 'd42',
    class: 'person_training',
    probes: 'a poor household asks about free training (三(三))',
    periodEnd: true,
    turns: [
      {
        user: '俺是贫困户 想去学个电焊 要交钱不',
        expect: { answered: true, cites: ['三(三)'], says: [/免费/], notVerdict: { rule: 'free_training_poor', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'd43',
    class: 'person_training',
    probes: 'migrant worker training where he works (求职就业地)',
    periodEnd: true,
    turns: [
      {
        user: '我是农民工 在郑州打工 户口在外地 在郑州参加培训能补吗',
        expect: { answered: true, cites: ['七(二)'], noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'd44',
    class: 'person_training',
    probes: 'a pensioner is outside the training subsidy (六(一))',
    turns: [
      {
        user: '我退休了 每月领养老金 还能报补贴培训吗',
        expect: {
          answered: true,
          cites: ['六(一)', '七(二)'],
          noAmount: 'unfixed',
          notVerdict: { rule: 'vocational_training', status: 'eligible' },
          oneOf: [{ status: { rule: 'vocational_training', status: 'ineligible' } }, { says: [/不(符合|能|可以|享受|在|属于)/] }],
        },
      },
    ],
  },
  {
    id: 'd45',
    class: 'person_training',
    probes: 'already 3 subsidies this year: no fourth (七(二))',
    turns: [
      {
        user: '今年已经领过3次培训补贴了 再考个证还能补吗',
        expect: {
          answered: true,
          cites: ['七(二)'],
          notVerdict: { rule: 'vocational_training', status: 'eligible' },
          oneOf: [{ status: { rule: 'vocational_training', status: 'ineligible' } }, { says: [/不(能|可以|再|符合|予)|已满|用完/] }],
        },
      },
    ],
  },
  {
    id: 'd46',
    class: 'person_training',
    probes: 'same occupation and level again (七(二))',
    turns: [
      {
        user: '去年考了中级电工补过了 今年又考一次中级电工还补吗',
        expect: {
          answered: true,
          cites: ['七(二)'],
          notVerdict: { rule: 'vocational_training', status: 'eligible' },
          oneOf: [{ status: { rule: 'vocational_training', status: 'ineligible' } }, { says: [/不(能|可以|再|符合|予)|不可重复|不能重复/] }],
        },
      },
    ],
  },
  {
    id: 'd47',
    class: 'person_training',
    probes: 'traditional characters, a mother asking about childcare training',
    periodEnd: true,
    turns: [
      {
        user: '二胎寶媽 想學育嬰師 有補貼嗎',
        expect: { answered: true, cites: ['七(二)', '三(四)', '五(一)', '六(一)'], noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'd48',
    class: 'person_training',
    probes: 'veteran in everyday words (退伍老兵)',
    periodEnd: true,
    turns: [{ user: '退伍老兵 想学开挖掘机 能免费不', expect: { answered: true, cites: ['三(二)', '六(一)', '七(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'd49',
    class: 'person_training',
    probes: 'training subsidy over two turns: eligible or one more question, never a figure',
    periodEnd: true,
    turns: [
      { user: '我想参加培训 有啥补贴', expect: { noAmount: 'unfixed' } },
      {
        user: '在户籍地培训 证拿到了 今年第一次 没领养老金 机构说进了系统 以前没学过这个',
        expect: {
          noAmount: 'unfixed',
          notVerdict: { rule: 'vocational_training', status: 'ineligible' },
          oneOf: [{ status: { rule: 'vocational_training', status: 'eligible' } }, { asks: true }],
        },
      },
    ],
  },
  {
    id: 'd50',
    class: 'person_training',
    probes: "a poor family's child at a 技校: the family's aid, never '不是贫困家庭学生'",
    periodEnd: true,
    turns: [
      {
        user: '我们家是建档立卡户 孩子在上技校 有补助没',
        expect: {
          answered: true,
          cites: ['三(三)', '三(十四)'],
          noAmount: 'unfixed',
          notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' },
          mustNotContain: [/不是贫困家庭/],
        },
      },
    ],
  },
  {
    id: 'd51',
    class: 'person_training',
    probes: 'a poor-family student at a vocational school asks about fees',
    periodEnd: true,
    turns: [
      {
        user: '我是贫困家庭的学生 在职业学校上学 学费要交吗',
        expect: { answered: true, cites: ['三(三)'], noAmount: 'unfixed', notVerdict: { rule: 'poor_family_student_aid', status: 'ineligible' } },
      },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'd52',
    class: 'entrepreneurship',
    probes: 'wish to start a business → 创业培训, no amount',
    periodEnd: true,
    turns: [
      {
        user: '想自己创业开个小饭馆 有创业培训吗 要钱不',
        expect: { answered: true, cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'd53',
    class: 'entrepreneurship',
    probes: 'small business open 3 years (≤ 5)',
    periodEnd: true,
    turns: [
      {
        user: '我开了个小公司 开业三年了 能参加创业培训不',
        expect: {
          answered: true,
          cites: ['三(八)'],
          noAmount: 'unfixed',
          notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' },
          oneOf: [{ status: { rule: 'entrepreneurship_training', status: 'eligible' } }, { says: [/可以|能参加|符合/] }],
        },
      },
    ],
  },
  {
    id: 'd54',
    class: 'entrepreneurship',
    probes: 'business open 7 years: not the ≤ 5 years route; no guessed yes',
    turns: [
      {
        user: '开店7年了 还能参加那个创业培训吗',
        expect: { answered: true, cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'd55',
    class: 'entrepreneurship',
    probes: 'college student, colloquial',
    turns: [{ user: '大学生 还没毕业 学校里有创业培训不', expect: { answered: true, cites: ['三(八)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'd75',
    class: 'entrepreneurship',
    probes: 'two-part: free training for the poor AND entrepreneurship training; both parts answered',
    periodEnd: true,
    turns: [
      {
        user: '我是贫困户 想先学门手艺 以后再自己干点小买卖 培训要钱吗 有创业方面的培训没',
        expect: { answered: true, cites: ['三(三)'], noAmount: 'unfixed', says: [/免费/, /创业/] },
      },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'd56',
    class: 'equipment',
    probes: 'a base over the cap: 20 % of 300万 is 60万, capped at 50万',
    periodEnd: true,
    turns: [
      {
        user: '我们公司建的高技能人才培训基地 用职工教育经费新买了300万的设备 已经验收合格了 能补多少',
        expect: { amount: { rule: 'equipment_subsidy', yuan: 500000 } },
      },
    ],
  },
  {
    id: 'd57',
    class: 'equipment',
    probes: 'studio over three turns: no figure before acceptance is known',
    periodEnd: true,
    turns: [
      { user: '我们企业的技能大师工作室买设备 有补贴吗', expect: { answered: true, cites: ['四(一)'], noAmount: 'open' } },
      { user: '花了40万 用的职工教育经费', expect: { noAmount: 'open', asks: true, undecided: 'equipment_subsidy' } },
      { user: '人社和财政验收过了', expect: { amount: { rule: 'equipment_subsidy', yuan: 80000 } } },
    ],
  },
  {
    id: 'd58',
    class: 'equipment',
    probes: 'a studio over the cap (10万)',
    periodEnd: true,
    turns: [
      {
        user: '公司的技能大师工作室 新购设备80万 职工教育经费出的 验收合格了',
        expect: { amount: { rule: 'equipment_subsidy', yuan: 100000 } },
      },
    ],
  },
  {
    id: 'd59',
    class: 'equipment',
    probes: 'a purchase split in two for one base still has one cap',
    periodEnd: true,
    turns: [
      {
        user: '我们企业的高技能人才培训基地 分两次买的实训设备 一次150万 一次200万 都是职工教育经费买的 都验收了',
        expect: { amount: { rule: 'equipment_subsidy', yuan: 500000 } },
      },
    ],
  },
  {
    id: 'd60',
    class: 'equipment',
    probes: 'funding source unknown: no 20 % figure',
    turns: [
      {
        user: '基地新买了100万的设备 验收合格 钱是不是从职工教育经费出的不清楚',
        expect: { noAmount: 'open', undecided: 'equipment_subsidy', mustNotContain: ['200000', '20万'] },
      },
    ],
  },

  // ---------------------------------------------------------------- education fund
  {
    id: 'd61',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: deduction capped, said as pre-tax, never as cash',
    turns: [
      {
        user: '公司一年工资总额1000万 职工教育经费提了100万 能抵多少',
        expect: {
          amount: { rule: 'education_fund_deduction', yuan: 800000 },
          says: [/税前/],
          mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
        },
      },
    ],
  },
  {
    id: 'd62',
    class: 'education_fund',
    probes: 'fund below 8 % of payroll: the whole fund',
    turns: [
      {
        user: '公司工资总额500万 教育经费提了30万 税前能扣多少',
        expect: { amount: { rule: 'education_fund_deduction', yuan: 300000 }, says: [/税前/], mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/] },
      },
    ],
  },
  {
    id: 'd63',
    class: 'education_fund',
    probes: 'lookup first, then figures in Chinese numerals',
    turns: [
      { user: '职工教育经费税前扣除是怎么算的', expect: { answered: true, cites: ['六(二)'] } },
      {
        user: '我们公司工资总额二百万 教育经费二十万',
        expect: { amount: { rule: 'education_fund_deduction', yuan: 160000 }, says: [/税前/], mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/] },
      },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'd64',
    class: 'apprenticeship',
    probes: 'apprenticeship: "按照相关规定", no amount (never 200 × heads)',
    turns: [
      { user: '我们企业带了10个新型学徒 一个补多少钱', expect: { answered: true, cites: ['四(一)'], noAmount: 'unfixed', mustNotContain: ['2000', '2,000'] } },
    ],
  },
  {
    id: 'd65',
    class: 'apprenticeship',
    probes: 'asked twice for a total: still no figure, and says the plan does not set one',
    turns: [
      { user: '学徒制有补贴没', expect: { answered: true, cites: ['四(一)'], noAmount: 'unfixed' } },
      {
        user: '那我们20个学徒总共能拿多少',
        expect: { noAmount: 'unfixed', says: [/(没有|未|并未|没)(作|做)?(具体|明确)?(规定|明确|写明|给出|确定|提到|提及)/] },
      },
    ],
  },

  // ---------------------------------------------------------------- the plan's period
  {
    id: 'd66',
    class: 'period',
    probes: 'can I still apply today: the plan ended on 2021-12-31',
    turns: [{ user: '这个以工代训补贴现在还能申请不', expect: { answered: true, mentionsPeriodEnd: true } }],
  },
  {
    id: 'd67',
    class: 'period',
    probes: 'is the 2019 document still valid',
    turns: [{ user: '2019年那个63号文件 现在还有效吗', expect: { answered: true, mentionsPeriodEnd: true } }],
  },
  {
    id: 'd68',
    class: 'period',
    probes: 'until when does the plan run',
    turns: [{ user: '这个方案执行到哪年啊', expect: { answered: true, says: [/2021/] } }],
  },
  {
    id: 'd69',
    class: 'period',
    probes: 'a dated question is answered for that date (2020: 200 元/人/月)',
    turns: [{ user: '2020年的时候 招贫困户搞以工代训 一个人一个月补多少', expect: { answered: true, cites: ['六(一)'], says: [/200/] } }],
  },
  {
    id: 'd70',
    class: 'period',
    probes: '"现在去申请能拿多少": the amount and, in the same answer, that the plan has ended',
    turns: [
      {
        user: '企业 交社保 招了2个残疾人 干6个月 以工代训6个月 岗前没领 现在去申请能拿多少',
        expect: { ...ojt(2400), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'd76',
    class: 'period',
    probes: 'a person asking in 2026 whether free training is still on',
    turns: [{ user: '贫困户免费培训现在还有吗 今年能报不', expect: { answered: true, cites: ['三(三)'], mentionsPeriodEnd: true } }],
  },
];
