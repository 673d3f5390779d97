/**
 * HELD-OUT dialogues, set v5 — written on 2026-11-30, before any change it is meant to measure,
 * from the policy text (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md,
 * api.md) only: never from the service's output, the code, or the dev sets under test/core/. The
 * messages are new (none reused or paraphrased from sets v1–v4, whose messages were not read). Do
 * not tune on them: no word of these messages goes into a glossary, pattern or fixture. When one
 * is fixed by a targeted change, it no longer measures anything; write a new one instead.
 *
 * Messages are typed the way workers and small-business owners type on WeChat on a phone: short,
 * colloquial, dialect words (俺们, 木有, 晓得, 中不中), homophone typos, odd spacing, Chinese
 * numerals, a few traditional characters, voice-input run-ons, and bare replies to the assistant's
 * question. Groups are named the way people name them, rarely with the plan's own terms.
 *
 * Amounts, by hand from the contract (checked against 六(一), 四(一), 六(二) of the text):
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) over qualifying hire rows, each row
 *   on its own months; poor labour only when employed ≥ 6 months by a production entity (企业,
 *   合作社, 扶贫车间, 培训机构; not a 职业院校); 就业困难 (incl. 残疾人, 三(二)) and 零就业家庭 only by
 *   an insured enterprise; 退役军人 are not a 以工代训 group; rows whose 岗前培训补贴 was claimed
 *   never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 for a 高技能人才培训基地 / 100 000 for a
 *   技能大师工作室); only bought from the 职工教育经费 and accepted by 人社 and 财政.
 * - Education fund (六(二)): a pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, 职业培训补贴 per person, 生活费补贴, free training, entrepreneurship training,
 *   competition awards: the plan fixes no amount, so no figure may be stated.
 *
 * Tags in `probes` ([two-part], [contact], [dated]) mark the classes that cut across the dialogue
 * classes.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, RuleId, TurnExpect } from '../types.js';

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
/** Either one more question with no figure, or the right amount of `rule`. */
const askOr = (rule: RuleId, yuan: number): TurnExpect => ({ oneOf: [{ asks: true, noAmount: 'open' }, { amount: { rule, yuan } }] });
/** The plan leaves it open: say so, state no figure. */
const notSettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan: declined, no figure. */
const outside: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The person asks whether they can still apply: the plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V5: Dialogue[] = [
  // ---------------------------------------------------------------- one group of hires
  {
    id: 'v5d01',
    class: 'one_group',
    probes: '合作社 named loosely, 建档立卡 as 贫困户, months in Chinese numerals',
    periodEnd: true,
    turns: [{ user: '俺们是村里的农民合作社 收了仨建档立卡的 干了七个多月 以工代训搞了五个月 岗前培训那个补助没申过 能给多少', expect: ojt(3000) }],
  },
  {
    id: 'v5d02',
    class: 'one_group',
    probes: '残疾人 counted as 就业困难 for an insured factory',
    periodEnd: true,
    turns: [{ user: '厂里五险一直有交，去年进来两个残疾职工，边干边学以工代训弄了6个月，岗前补贴没要过，这个咋算', expect: ojt(2400) }],
  },
  {
    id: 'v5d03',
    class: 'one_group',
    probes: 'poor labour employed under six months: not yet',
    turns: [{ user: '扶贫车间这边用了5个贫困户 才上了4个月班 以工代训也4个月 岗前没领 可以申请不', expect: noOJT(4000) }],
  },
  {
    id: 'v5d04',
    class: 'one_group',
    probes: 'uninsured small firm with 就业困难 hires',
    turns: [{ user: '我们小公司 员工社保都没给上 招了3个就业困难人员 以工代训干了三个月 能补多少', expect: noOJT(1800) }],
  },
  {
    id: 'v5d05',
    class: 'one_group',
    probes: '零就业 described as 一家子没人上班, months over the cap',
    periodEnd: true,
    turns: [{ user: '公司正常交着社保 新招的有1个是零就业家庭的（他家一个上班的都没有）以工代训搞了十个月 岗前补贴没领', expect: ojtNot(1200, 2000) }],
  },
  {
    id: 'v5d06',
    class: 'one_group',
    probes: 'a 培训机构 as a production entity hiring poor labour',
    periodEnd: true,
    turns: [{ user: '我们是家培训机构，也雇了两个建档立卡户在这打杂，干满一年了，以工代训做了六个月，岗前补贴没有申请过', expect: ojt(2400) }],
  },
  {
    id: 'v5d07',
    class: 'one_group',
    probes: 'a 职业院校 is not a production entity',
    turns: [{ user: '俺是职业学校的 学校后勤招了两个贫困户 干了八个月 以工代训三个月 能拿以工代训补贴不', expect: noOJT(1200) }],
  },
  // ---------------------------------------------------------------- several groups
  {
    id: 'v5d08',
    class: 'several_groups',
    probes: 'two rows with their own months in one insured firm',
    periodEnd: true,
    turns: [{ user: '企业有参保 就业困难的招了2个以工代训4个月，另外建档立卡的1个干了八个月以工代训6个月，岗前补贴都没领，一共多少', expect: ojtNot(2800, 3600) }],
  },
  {
    id: 'v5d09',
    class: 'several_groups',
    probes: 'uninsured firm: the poor-labour row counts, the 就业困难 row does not',
    periodEnd: true,
    turns: [{ user: '公司没交社保哈，贫困户两个上班7个月了以工代训三个月，还有就业困难的三个也以工代训三个月，岗前都没领过', expect: ojtNot(1200, 3000) }],
  },
  {
    id: 'v5d10',
    class: 'several_groups',
    probes: 'one row already had the 岗前 subsidy, the other not',
    periodEnd: true,
    turns: [{ user: '公司交社保的 就业困难的四个 以工代训俩月 他们岗前培训补贴已经领了; 零就业家庭的一个 以工代训5个月 这个没领过岗前的', expect: ojtNot(1000, 2600) }],
  },
  {
    id: 'v5d11',
    class: 'several_groups',
    probes: 'two poor-labour rows, one employed under six months',
    periodEnd: true,
    turns: [{ user: '合作社 贫困户2个干了9个月 以工代训6个月; 另外贫困户3个刚来3个月 以工代训也3个月  岗前补贴都沒領過', expect: ojtNot(2400, 4200) }],
  },
  {
    id: 'v5d12',
    class: 'several_groups',
    probes: 'veterans are not a 以工代训 group beside a qualifying 残疾人',
    periodEnd: true,
    turns: [{ user: '公司有社保，招了一个残疾人和两个当兵退伍回来的，三个人都以工代训6个月，岗前补贴都没领，能补多少', expect: ojtNot(1200, 3600) }],
  },
  {
    id: 'v5d13',
    class: 'several_groups',
    probes: 'groups first, counts and months in the bare reply',
    periodEnd: true,
    turns: [
      { user: '公司交五险的 招了些就业困难的还有建档立卡的 以工代训能拿不', expect: openOJT },
      { user: '就业困难的3个 以工代训两个月 建档立卡1个 来了半年了 以工代训也是六个月 岗前的都没领', expect: ojt(2400) },
    ],
  },
  // ---------------------------------------------------------------- negation after the noun
  {
    id: 'v5d14',
    class: 'negation_after_noun',
    probes: '社保这块 … 是没交的',
    turns: [{ user: '公司招了2个就业困难的，社保这块咱是没交的，以工代训三个月，能申请吗', expect: noOJT(1200) }],
  },
  {
    id: 'v5d15',
    class: 'negation_after_noun',
    probes: 'dialect 木有 after the noun',
    periodEnd: true,
    turns: [{ user: '扶贫车间 招了3个贫困劳动力 干了8个月 以工代训四个月 岗前培训补贴那个 俺们木有领', expect: ojt(2400) }],
  },
  {
    id: 'v5d16',
    class: 'negation_after_noun',
    probes: 'double negation 也不是没领过 = claimed',
    turns: [
      {
        user: '招了1个零就业家庭的 公司参保 以工代训六个月 岗前技能培训补贴嘛 也不是没领过',
        expect: { oneOf: [noOJT(1200), { asks: true, noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' } }] },
      },
    ],
  },
  {
    id: 'v5d17',
    class: 'negation_after_noun',
    probes: '社保 从来没断过 = insured',
    periodEnd: true,
    turns: [{ user: '社保 从来没断过 招了两个残疾的 以工代训五个月 岗前的也没申请 多少钱', expect: ojt(2000) }],
  },
  {
    id: 'v5d18',
    class: 'negation_after_noun',
    probes: 'equipment money 不是 from the education fund',
    turns: [
      {
        user: '技能大师工作室 买了30万的设备 钱不是从职工教育经费出的 验收也过了 能补不',
        expect: { status: { rule: 'equipment_subsidy', status: 'ineligible' }, mustNotContain: ['60000', '6万'] },
      },
    ],
  },
  {
    id: 'v5d19',
    class: 'negation_after_noun',
    probes: '上班 不到半年 for poor labour',
    turns: [{ user: '企业 贫困户 两个 上班 不到半年 以工代训 四个月 岗前补贴 没领', expect: noOJT(1600) }],
  },
  {
    id: 'v5d20',
    class: 'negation_after_noun',
    probes: 'person: 养老金 不领, facts still open for the training subsidy',
    turns: [
      {
        user: '我 养老金是不领的 在户籍地学了个中式面点 证也拿到了 培训补贴有没有',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  // ---------------------------------------------------------------- unknown replies
  {
    id: 'v5d21',
    class: 'unknown_reply',
    probes: 'months unknown: 得问人事',
    turns: [
      { user: '公司参保 招了3个就业困难人员 搞以工代训 岗前没领 补多少', expect: openOJT },
      { user: '几个月 这个我也不清楚 得问人事', expect: unknownOJT },
    ],
  },
  {
    id: 'v5d22',
    class: 'unknown_reply',
    probes: 'employment months unknown: 记不得了',
    turns: [
      { user: '合作社收了2个建档立卡户 以工代训五个月 岗前补贴没领', expect: openOJT },
      { user: '干多久了啊 记不得了', expect: unknownOJT },
    ],
  },
  {
    id: 'v5d23',
    class: 'unknown_reply',
    probes: 'insurance unknown: 不晓得 老板管的',
    turns: [
      { user: '我们企业招了4个零就业家庭的 以工代训三个月 岗前没领', expect: openOJT },
      { user: '社保交没交 不晓得 老板管的', expect: unknownOJT },
    ],
  },
  {
    id: 'v5d24',
    class: 'unknown_reply',
    probes: 'equipment acceptance unknown',
    turns: [
      { user: '高技能人才培训基地 新买实训设备100万 用的职工教育经费', expect: openEquip },
      { user: '验收 还不知道呢', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
    ],
  },
  {
    id: 'v5d25',
    class: 'unknown_reply',
    probes: 'payroll unknown for the deduction',
    turns: [
      { user: '今年职工教育经费计提五十万 交企业所得税前能扣掉多少', expect: { noAmount: 'open', asks: true } },
      { user: '工资总额 我得问问会计 现在说不上来', expect: { noAmount: 'open', undecided: 'education_fund_deduction' } },
    ],
  },
  {
    id: 'v5d26',
    class: 'unknown_reply',
    probes: 'unknown, then the fact arrives a turn later',
    periodEnd: true,
    turns: [
      { user: '俺们扶贫车间里有三个建档立卡的 以工代训足足六个月 岗前培训的钱一分没拿 算算能补几个钱', expect: openOJT },
      { user: '不知道', expect: unknownOJT },
      { user: '刚问了 干了10个月了', expect: ojt(3600) },
    ],
  },
  // ---------------------------------------------------------------- corrections
  {
    id: 'v5d27',
    class: 'correction',
    probes: 'head count corrected',
    periodEnd: true,
    turns: [
      { user: '我们公司五险都缴着呢，去年秋天进了5个就业困难的，师傅带着以工代训4个月，岗前补贴那块没碰过', expect: ojt(4000) },
      { user: '哎呀人数记岔了 实际是三个人', expect: ojtNot(2400, 4000) },
    ],
  },
  {
    id: 'v5d28',
    class: 'correction',
    probes: '以工代训 months corrected',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户2个 干了7个月 以工代训两个月 岗前补贴没领', expect: ojt(800) },
      { user: '啊不对 以工代训那块应该是5个月 刚看岔了', expect: ojt(2000) },
    ],
  },
  {
    id: 'v5d29',
    class: 'correction',
    probes: 'insurance withdrawn in a correction',
    periodEnd: true,
    turns: [
      { user: '我们公司社保一直缴 要了个有残疾证的 以工代训满六个月 岗前那个没申请', expect: ojt(1200) },
      {
        user: '等下 社保其实早停了 现在没交',
        expect: { oneOf: [{ status: { rule: 'on_job_training', status: 'ineligible' } }, { asks: true, notVerdict: { rule: 'on_job_training', status: 'eligible' } }] },
      },
    ],
  },
  {
    id: 'v5d30',
    class: 'correction',
    probes: 'studio corrected to base: cap changes',
    turns: [
      { user: '技能大师工作室 买设备花了80万 职工教育经费出的 人社财政都验收了', expect: equip(100000) },
      { user: '搞错了 是高技能人才培训基地 不是工作室', expect: equip(160000) },
    ],
  },
  {
    id: 'v5d31',
    class: 'correction',
    probes: 'payroll corrected: the fund becomes the bound',
    turns: [
      { user: '俺们一年发工资总共三百万，职工教育经费计提了30万，所得税前能扣掉多少', expect: fund(240000) },
      { user: '刚才工资那个数不对 应该是五百万整', expect: fund(300000) },
    ],
  },
  {
    id: 'v5d32',
    class: 'correction',
    probes: 'entity corrected, amount unchanged',
    periodEnd: true,
    turns: [
      { user: '扶贫车间里用着俩贫困户 上班九个月了 其中以工代训了三个月 岗前补贴没申', expect: ojt(1200) },
      { user: '刚才讲错了 我们是企业 不是扶贫车间', expect: ojt(1200) },
    ],
  },
  // ---------------------------------------------------------------- topic switches
  {
    id: 'v5d33',
    class: 'topic_switch',
    probes: 'from 以工代训 to the owner\'s own 创业培训',
    periodEnd: true,
    turns: [
      { user: '俺这公司社保按月缴 收了一个零就业户的小伙 以工代训仨月 岗前补助没申请', expect: ojt(600) },
      { user: '对了 我自己还想再开个小饭店 能去参加创业培训么', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v5d34',
    class: 'topic_switch',
    probes: 'from equipment to housing fund: declined',
    turns: [
      { user: '技能大师工作室的设备补助 最高补多少', expect: { cites: ['四(一)'] } },
      { user: '另外问下 郑州公积金贷款 最多贷几十万', expect: outside },
    ],
  },
  {
    id: 'v5d35',
    class: 'topic_switch',
    probes: 'from the 以工代训 rate to apprentices [two-part]',
    turns: [
      { user: '以工代训按人头每月补几块 顶多能补几个月', expect: { cites: ['六(一)'], says: [/200/, /6\s*个月|六个月/] } },
      { user: '那学徒制呢 带一个学徒补多少', expect: unfixed(['四(一)']) },
    ],
  },
  {
    id: 'v5d36',
    class: 'topic_switch',
    probes: 'from the deduction to a poor family\'s child in a 技工学校',
    turns: [
      { user: '我们厂工资薪金总额四百万 职教经费提了四十万 税前让扣多少', expect: fund(320000) },
      { user: '换个事 我侄子在技工学校 他家是建档立卡贫困户 有啥补助', expect: unfixed(['三(三)', '三(十四)']) },
    ],
  },
  {
    id: 'v5d37',
    class: 'topic_switch',
    probes: 'open 以工代训, then 生活费补贴: not settled',
    turns: [
      { user: '招了几个贫困户 以工代训能补吗', expect: openOJT },
      { user: '算了先不说这个 培训期间的生活费补贴 一个月给多少', expect: notSettled },
    ],
  },
  {
    id: 'v5d38',
    class: 'topic_switch',
    probes: 'from apprentices to the weather: declined',
    turns: [
      { user: '厂里想招新型学徒 政府贴钱不', expect: unfixed(['四(一)']) },
      { user: '话说今天金水区会下雨吗 要不要收衣服', expect: outside },
    ],
  },
  {
    id: 'v5d39',
    class: 'topic_switch',
    probes: 'contact after an amount [contact]',
    periodEnd: true,
    turns: [
      { user: '企业这边社保是参了的 收了俩就业困难人员 以工代训干满六个月 新录用岗前培训补贴没申领过', expect: ojt(2400) },
      { user: '这个去哪个部门问', expect: { says: [/人社|人力资源/] } },
    ],
  },
  // ---------------------------------------------------------------- a person's own training
  {
    id: 'v5d40',
    class: 'person_training',
    probes: 'all facts of the training subsidy, but the plan fixes no sum',
    periodEnd: true,
    turns: [
      {
        user: '我在常住地学的电焊 证拿了 今年没领过补贴 也没退休金 以前没考过这个 学校说进系统了 能补多少钱',
        expect: unfixed(['七(二)', '六(一)']),
      },
    ],
  },
  {
    id: 'v5d41',
    class: 'person_training',
    probes: 'a fourth subsidy in one year',
    turns: [
      {
        user: '今年都领了三回培训补贴了 还能再领第四回不',
        expect: { cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v5d42',
    class: 'person_training',
    probes: 'same occupation and level again',
    turns: [
      {
        user: '去年考的叉车司机初级 补过了 今年再考一遍初级还补么',
        expect: { cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v5d43',
    class: 'person_training',
    probes: 'a pensioner asking for the training subsidy',
    turns: [
      {
        user: '俺退休了 每月有养老金 还能报补贴的培训班不',
        expect: { cites: ['六(一)', '七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v5d44',
    class: 'person_training',
    probes: 'poor labour: free training, no figure',
    periodEnd: true,
    turns: [{ user: '我家是建档立卡户 想学个手艺 学费要自己掏不', expect: unfixed(['三(三)']) }],
  },
  {
    id: 'v5d45',
    class: 'person_training',
    probes: 'certificate not yet out: not eligible yet, no figure',
    turns: [
      { user: '我在老家户籍地培训了育婴员 能有补贴吗', expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { cites: ['七(二)'] }] } },
      { user: '证 还没发下来', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v5d46',
    class: 'person_training',
    probes: 'competition prize: award named, no sum',
    turns: [{ user: '俺参加市里的职业技能竞赛拿了二等奖 有奖金不 多少钱', expect: unfixed(['五(三)']) }],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v5d47',
    class: 'entrepreneurship',
    probes: 'small shop open three years',
    periodEnd: true,
    turns: [{ user: '开了个早餐铺子三年了 小本买卖 能去上创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v5d48',
    class: 'entrepreneurship',
    probes: 'business open eight years: the five-year limit',
    turns: [{ user: '公司开业都八年了 我这个老板还能参加创业培训么', expect: { cites: ['三(八)'], says: [/5\s*年|五年/] } }],
  },
  {
    id: 'v5d49',
    class: 'entrepreneurship',
    probes: 'a vocational-college student',
    turns: [{ user: '在职业技术学院读大二 学校有创业方面的培训吗', expect: { cites: ['三(八)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v5d50',
    class: 'entrepreneurship',
    probes: 'entrepreneurship training subsidy amount: unfixed',
    turns: [{ user: '创业培训上完了 补贴能给几多钱', expect: unfixed(['三(八)']) }],
  },
  {
    id: 'v5d51',
    class: 'entrepreneurship',
    probes: 'the wish to start a business given in a bare reply',
    turns: [
      { user: '想自己干点啥 创业培训我能报不', expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { cites: ['三(八)'] }] } },
      { user: '现在就是给人打工 没开过店 就是有这个想法', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v5d52',
    class: 'equipment',
    probes: 'studio under its cap',
    turns: [{ user: '技能大师工作室添了一批实训设备 花了三十万 走的职工教育经费 人社跟财政来验收也合格了 能给补多少', expect: equip(60000) }],
  },
  {
    id: 'v5d53',
    class: 'equipment',
    probes: 'base over its cap',
    turns: [{ user: '高技能人才培训基地 設備買了400萬 教育經費出的 驗收通過', expect: equip(500000) }],
  },
  {
    id: 'v5d54',
    class: 'equipment',
    probes: 'acceptance failed',
    turns: [
      {
        user: '高技能人才基地 买了50万设备 教育经费出的 但是验收没通过',
        expect: { status: { rule: 'equipment_subsidy', status: 'ineligible' }, mustNotContain: ['100000'] },
      },
    ],
  },
  {
    id: 'v5d55',
    class: 'equipment',
    probes: 'bare question: facts open',
    turns: [{ user: '买实训设备 政府能给补多少', expect: openEquip }],
  },
  {
    id: 'v5d56',
    class: 'equipment',
    probes: 'a base and a studio, each on its own cap',
    turns: [
      {
        user: '咱单位一个高技能人才培训基地一个技能大师工作室 基地那边设备花了100万 工作室那边20万 钱都走的职工教育经费 验收也都过了',
        expect: askOr('equipment_subsidy', 240000),
      },
    ],
  },
  {
    id: 'v5d57',
    class: 'equipment',
    probes: 'voice-input run-on, studio at exactly the cap',
    turns: [{ user: '就是那个技能大师工作室嘛我们用职工教育经费买了五十万的实训设备然后人社局和财政局都来验收合格了那能补多少呢', expect: equip(100000) }],
  },
  // ---------------------------------------------------------------- education fund
  {
    id: 'v5d58',
    class: 'education_fund',
    probes: 'fund under 8 %',
    turns: [{ user: '一年工资薪酬发了一千万 职工教育经费用了60万 税前能列支扣掉多少', expect: fund(600000) }],
  },
  {
    id: 'v5d59',
    class: 'education_fund',
    probes: 'fund over 8 %, Chinese numerals',
    turns: [{ user: '工资薪金一年两百万 教育经费提了二十万 税前扣除能扣多少', expect: fund(160000) }],
  },
  {
    id: 'v5d60',
    class: 'education_fund',
    probes: 'is the fund cash to collect',
    turns: [{ user: '那个百分之八的教育经费 到时候是给我们打钱吗', expect: { cites: ['六(二)'], says: [/税前/], mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/] } }],
  },
  {
    id: 'v5d61',
    class: 'education_fund',
    probes: 'front-line share under 60 %',
    turns: [{ user: '我们教育经费只有一半花在一线工人身上 这样行不行', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/] } }],
  },
  {
    id: 'v5d62',
    class: 'education_fund',
    probes: 'method first, figures in the reply',
    turns: [
      { user: '教育经费税前扣 咋算的', expect: { cites: ['六(二)'] } },
      { user: '工资一年800万 经费提了50万', expect: fund(500000) },
    ],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v5d63',
    class: 'apprenticeship',
    probes: 'apprentice count given, amount not fixed',
    turns: [{ user: '带新型学徒十个人 政府按人头补多少', expect: unfixed(['四(一)']) }],
  },
  {
    id: 'v5d64',
    class: 'apprenticeship',
    probes: '现代学徒制 named loosely',
    turns: [{ user: '我们跟职校搞那个现代学徒 有钱补不', expect: unfixed(['四(一)']) }],
  },
  {
    id: 'v5d65',
    class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund',
    turns: [{ user: '老师傅带徒弟的津贴 能从职工教育经费里出不', expect: { cites: ['六(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v5d66',
    class: 'apprenticeship',
    probes: 'count in a bare reply does not make a figure',
    turns: [
      { user: '学徒补贴咋算', expect: { noAmount: 'unfixed' } },
      { user: '带了15个', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v5d67',
    class: 'apprenticeship',
    probes: 'apprentices beside a 以工代训 row: only the latter has a sum',
    periodEnd: true,
    turns: [{ user: '公司参保 学徒带了8个 另外招了两个残疾的以工代训6个月 岗前没领 都能补多少', expect: ojt(2400) }],
  },
  // ---------------------------------------------------------------- period
  {
    id: 'v5d68',
    class: 'period',
    probes: 'can I still apply now',
    turns: [{ user: '以工代训这个补贴 眼下还能去报吗 我们今年才招的人', expect: ended }],
  },
  {
    id: 'v5d69',
    class: 'period',
    probes: 'when does it stop',
    turns: [{ user: '这个技能提升的方案 管到啥时候', expect: ended }],
  },
  {
    id: 'v5d70',
    class: 'period',
    probes: 'a date after the end [dated]',
    turns: [{ user: '二零二二年三月还能报设备补助不', expect: ended }],
  },
  {
    id: 'v5d71',
    class: 'period',
    probes: 'a date inside the period [dated]',
    turns: [{ user: '2020年7月那会儿我们厂招了贫困户 当时能申请以工代训不', expect: { answered: true, cites: ['六(一)'] } }],
  },
  {
    id: 'v5d72',
    class: 'period',
    probes: 'after an amount, can we still file it',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户1个 干了一年 以工代训六个月 岗前没领', expect: ojt(1200) },
      { user: '那现在去人社局还能报吗', expect: ended },
    ],
  },
];
