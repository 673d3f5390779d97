/**
 * HELD-OUT dialogues, set v105 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, the other held-out sets or the dev tests under test/. Only the format of
 * v101 (its first lines) was looked at. Not to be tuned on: no word of these messages may go into
 * a glossary, pattern or fixture; a dialogue once fixed by a targeted change measures nothing any
 * more — write a new one.
 *
 * Who types here: hotline (call-centre) staff keying a caller's case into the console while the
 * caller is still talking — third person, note style ("来电人称…", "企业问…", "对方说…"), words cut
 * short (贫困户, 岗前补贴, 以代, 教育经费), slashes and semicolons, half-width and full-width
 * punctuation mixed, a fact added or corrected a minute later, a bare "否" or "5名" as the reply to
 * the question the console just asked; and HR / finance staff of enterprises who put several rules
 * into one conversation: 以工代训 for several groups, 企业新型学徒制, training equipment bought for
 * several bases or studios (万 amounts, 验收 done or not), the 职工教育经费 deduction with 工资总额
 * figures, 校企合作; dated questions ("2020年的时候…", "21年底还能申请吗"); a person's case and the
 * company's case in one call; whom to contact.
 *
 * Nothing is inferred from silence: an amount is expected only once every fact it depends on was
 * said — the kind of unit, insurance where the rule needs it, the group, the count, months employed
 * (poor labour: ≥ 6), months of 以工代训 (cap 6), and whether the 岗前培训补贴 was already claimed.
 * "不知道/不清楚/记不清" leaves a fact open; ranges ("十来个", "五六个月") settle nothing.
 *
 * Amounts, computed by hand from the contract (eligibility.md) and the text:
 * - 以工代训 (六(一)): per qualifying row count × 200 × min(以工代训 months, 6), summed. 建档立卡
 *   贫困劳动力 qualify when employed six months or more by any 生产经营主体 (企业, 合作社, 扶贫车间 …;
 *   not a 职业院校); 就业困难人员 (残疾人 included, 三(二)) and 零就业家庭成员 only with an insured
 *   enterprise (not a cooperative, not an uninsured firm), without a months-employed condition;
 *   退役军人 and 农村转移就业劳动者 are no group of this rule; a row whose 岗前培训补贴 was claimed
 *   never counts ("不得重复享受").
 *   e.g. 3 残疾人 × 200 × 4 = 2400; 4 贫困 × 200 × min(8, 6) = 4800 (not 6400);
 *   3 贫困 × 200 × 6 + 2 残疾 × 200 × 4 = 3600 + 1600 = 5200.
 * - Equipment (四(一)): per site min(20 % × Σ value bought from the 职工教育经费, 500 000 for a
 *   高技能人才培训基地 / 100 000 for a 技能大师工作室), only after 人社 and 财政 验收合格; batches of one
 *   studio share its cap. e.g. 30万 → 6万 and 75万 → 15万 capped 10万: 160 000 (not 21万);
 *   260万 base → 52万 capped 50万, + 40万 studio → 8万: 580 000.
 * - Education fund (六(二)): a pre-tax deduction (税前扣除), never cash: min(fund drawn, 8 % ×
 *   工资薪金总额). e.g. 1200万 payroll, 80万 drawn → 96万 limit → 800 000; 850万 payroll, 90万 drawn →
 *   68万 → 680 000; the 60 % front-line share is noted when under it.
 * - 企业新型学徒 ("按照相关规定给予资金补贴"), per-occupation training subsidies, 创业培训, 生活费补贴,
 *   the support of an enterprise-run school, the family's aid: the plan fixes no amount.
 * - Today the plan (2019-12-02 … 2021-12-31) has ended; every conversation about what a unit can
 *   get must say so (periodEnd).
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is still missing: ask for it, state no figure, deny nothing. */
const needMore: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact came back as "不清楚": no figure, no verdict either way. */
const leftOpen: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount, and not the figures a misreading would give. */
const ojt = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** No 以工代训 on these facts: not eligible, and the misreading's figure absent. */
const ojtNo = (...wrong: number[]): TurnExpect => ({
  notVerdict: { rule: 'on_job_training', status: 'eligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** In the plan's field but its text fixes nothing: say so, state no figure. */
const planSilent: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** Whom to contact: a unit or the hotline is named. */
const whoToCall: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The equipment subsidy, without the figures a misreading would give. */
const gear = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const gearOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** Equipment not (yet) subsidised on these facts. */
const gearNo = (...wrong: string[]): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: wrong });
/** The education-fund deduction: pre-tax, never money to collect. */
const taxDeduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(以)?(领取|申领|领到)\s*\d/],
});
/** The 8 % limit of 六(二) is named. */
const eightPct = /8\s*%|百分之八|8\s*％/;
/** The 60 % front-line share of 六(二) is named. */
const sixtyPct = /60\s*%|60\s*％|六成|百分之六十/;

export const DIALOGUES_V105: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v105d01',
    class: 'one_group',
    probes: 'insured firm, disabled hires, months of 以工代训 and 岗前补贴 given only in the second note',
    periodEnd: true,
    turns: [
      { user: '来电人称其公司(参保企业,社保正常交)招了3个残疾人 问以工代训补贴咋算', expect: needMore },
      { user: '对方补充：以工代训做了4个月/岗前培训补贴没申请过', expect: ojt(2400) },
    ],
  },
  {
    id: 'v105d02',
    class: 'one_group',
    probes: 'everything but the head-count is given; the reply is only "5名"',
    periodEnd: true,
    turns: [
      {
        user: '企业HR：我们是民营企业 社保一直正常交；录用了零就业家庭成员，已入职7个月，以工代训6个月，岗前培训补贴没领。以工代训补贴能拿多少',
        expect: needMore,
      },
      { user: '5名（HR回复）', expect: ojt(6000) },
    ],
  },
  {
    id: 'v105d03',
    class: 'one_group',
    probes: 'poverty workshop, 8 months of 以工代训 capped at 6, pending 岗前补贴 answered by a bare 否',
    periodEnd: true,
    turns: [
      { user: '来电人是X村扶贫车间负责人；车间吸纳建档立卡贫困劳动力4人，问以工代训补贴', expect: needMore },
      { user: '都干了8个月了 以工代训也是8个月', expect: needMore },
      { user: '否 对方说岗前那个没弄过', expect: ojt(4800, 6400) },
    ],
  },
  {
    id: 'v105d04',
    class: 'one_group',
    probes: 'poor labour employed only 4 months: short of the six-month condition',
    turns: [
      {
        user: '企业问：招的两个建档立卡户上个月刚满4个月，以工代训4个月，没领过岗前补贴，公司参保，能报以工代训补贴吗',
        expect: { ...ojtNo(1600), says: [/六个月|6\s*个月/] },
      },
    ],
  },
  {
    id: 'v105d05',
    class: 'one_group',
    probes: '农村转移就业劳动者 are no group of 以工代训 even at an insured firm',
    turns: [
      {
        user: '来电企业称招了十个农民工(农村转移就业的) 以工代训半年 岗前补贴未领 企业参保 问以工代训能补多少',
        expect: ojtNo(12000),
      },
    ],
  },
  {
    id: 'v105d06',
    class: 'one_group',
    probes: 'a range of head-count and months settles nothing; exact figures a turn later',
    periodEnd: true,
    turns: [
      { user: 'HR：招了十来个就业困难人员 公司交社保 以工代训五六个月吧 大概能补多少', expect: needMore },
      { user: '查了花名册 是11个 以工代训5个月；岗前培训补贴都没领', expect: ojt(11000) },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v105d07',
    class: 'several_groups',
    probes: 'two groups with their own months in one note, summed',
    periodEnd: true,
    turns: [
      {
        user: '来电人（某物流公司人事）：公司参保；吸纳 贫困劳动力3人(已干9个月/以工代训6个月)、残疾人2人(以工代训4个月)；岗前培训补贴均未领；问以工代训补贴总共多少',
        expect: ojt(5200),
      },
    ],
  },
  {
    id: 'v105d08',
    class: 'several_groups',
    probes: 'three groups: veterans excluded, poor labour capped at 6 months, zero-employment family counted',
    periodEnd: true,
    turns: [
      { user: '企业财务：我们厂(参保)招了建档立卡4个 零就业家庭2个 退役军人3个 以工代训咋算', expect: needMore },
      {
        user: '建档立卡的干了7个月 以工代训7个月；零就业的以工代训3个月；退役军人也搞了3个月；岗前补贴一个都没领',
        expect: ojt(6000, 7800, 6800),
      },
    ],
  },
  {
    id: 'v105d09',
    class: 'several_groups',
    probes: 'one row settled, the disabled row open on insurance: no total until insurance is said',
    periodEnd: true,
    turns: [
      {
        user: '企业问：建档立卡2人 在岗10个月 以工代训6个月；残疾人3人 以工代训5个月；岗前补贴都没领过。两类加一起多少',
        expect: { asks: true, mustNotContain: ['5400'], notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
      { user: '参保的 一直在交', expect: ojt(5400) },
    ],
  },
  {
    id: 'v105d10',
    class: 'several_groups',
    probes: 'a cooperative: its poor-labour row counts, its disabled row does not (not an enterprise)',
    periodEnd: true,
    turns: [
      {
        user: '来电人是农民专业合作社的;合作社吸纳贫困劳动力2人(干了一年,以工代训6个月),残疾人1人(以工代训6个月);岗前培训补贴都没享受;合作社也给交了社保',
        expect: ojt(2400, 3600),
      },
    ],
  },
  {
    id: 'v105d11',
    class: 'several_groups',
    probes: 'the 岗前补贴 claimed for one of two groups removes that row only',
    periodEnd: true,
    turns: [
      { user: 'HR问: 去年招的 就业困难人员5个、零就业家庭1个，公司参保，以工代训都是4个月', expect: needMore },
      { user: '就业困难那5个之前领过岗前培训补贴了 零就业那个没领', expect: ojt(800, 4800, 4000) },
    ],
  },
  {
    id: 'v105d12',
    class: 'several_groups',
    probes: 'slash-and-semicolon hotline note with two rows and "均无" for the 岗前补贴',
    periodEnd: true,
    turns: [
      {
        user: '来电:某食品厂/参保/招 建档立卡5人 在岗6个月 以工代训6个月；就业困难人员2人 以工代训2个月；岗前补贴:均无',
        expect: ojt(6800),
      },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v105d13',
    class: 'negation_after_noun',
    probes: '"社保 没交" after the noun: an uninsured firm gets nothing for 就业困难人员',
    turns: [
      {
        user: '企业问 社保 没交 招了4个就业困难人员 以工代训3个月 岗前补贴也没领 能有以工代训补贴不',
        expect: ojtNo(2400),
      },
    ],
  },
  {
    id: 'v105d14',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴 没领过" placed first: not claimed, the row counts',
    periodEnd: true,
    turns: [
      {
        user: '来电人说 岗前培训补贴 没领过；招的建档立卡贫困劳动力3人在岗8个月 以工代训5个月；是企业 问能申请多少',
        expect: ojt(3000),
      },
    ],
  },
  {
    id: 'v105d15',
    class: 'negation_after_noun',
    probes: '"建档立卡 不是": no poor labour; then two of them are disabled at an insured firm',
    periodEnd: true,
    turns: [
      {
        user: '对方说这几个人 建档立卡 不是 就是普通农村出来打工的 6个 公司参保 以工代训6个月 有补贴吗',
        expect: ojtNo(7200),
      },
      { user: '其中有两个是残疾人 有残疾证的 岗前补贴没领', expect: ojt(2400, 7200) },
    ],
  },
  {
    id: 'v105d16',
    class: 'negation_after_noun',
    probes: '"验收 还没做": no equipment subsidy yet, not the 20 % figure',
    turns: [
      {
        user: '设备 验收 还没做；高技能人才培训基地用职工教育经费买了120万的实训设备 现在能补多少',
        expect: gearNo('240000', '24万'),
      },
    ],
  },
  {
    id: 'v105d17',
    class: 'negation_after_noun',
    probes: '"养老金 没有": not a pensioner; the other facts of the training subsidy stay open',
    turns: [
      {
        user: '来电人称 养老金 没有 按月领的也没有；在户籍地学的焊工 证拿到了 问培训补贴能领不',
        expect: {
          noAmount: 'unfixed',
          notVerdict: { rule: 'vocational_training', status: 'ineligible' },
        },
      },
    ],
  },
  {
    id: 'v105d18',
    class: 'negation_after_noun',
    probes: '"岗前技能培训补贴 之前 不曾申请" and "公司 有参保" in odd order',
    periodEnd: true,
    turns: [
      {
        user: '岗前技能培训补贴 之前 不曾申请；公司 有参保；录用零就业家庭成员3名 以工代训2个月。以工代训补贴多少？',
        expect: ojt(1200),
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v105d19',
    class: 'unknown_reply',
    probes: '"不清楚" about the 岗前补贴 keeps it open; the finance reply settles it',
    periodEnd: true,
    turns: [
      { user: '企业问以工代训：参保企业，吸纳残疾人4名，以工代训5个月', expect: needMore },
      { user: '岗前培训补贴领没领过 HR说不清楚 得问财务', expect: leftOpen },
      { user: '财务回了：没领过', expect: ojt(4000) },
    ],
  },
  {
    id: 'v105d20',
    class: 'unknown_reply',
    probes: 'months employed of poor labour "说不清": open, until the record is found',
    periodEnd: true,
    turns: [
      { user: '来电人称：单位招了3个建档立卡贫困户 以工代训4个月 岗前补贴没拿', expect: needMore },
      { user: '是家公司；在岗多久对方说记不清了', expect: leftOpen },
      { user: '查到了 入职11个月了', expect: ojt(2400) },
    ],
  },
  {
    id: 'v105d21',
    class: 'unknown_reply',
    probes: 'equipment 验收 unknown: no figure, no verdict',
    turns: [
      { user: '企业问:技能大师工作室 新买实训设备40万 用的职工教育经费 能补多少', expect: gearOpen('80000', '8万') },
      {
        user: '验收的事他不知道 不是他经手的',
        expect: { undecided: 'equipment_subsidy', noAmount: 'open', mustNotContain: ['80000', '8万'] },
      },
    ],
  },
  {
    id: 'v105d22',
    class: 'unknown_reply',
    probes: 'education fund drawn "不清楚": the deduction stays open until the figure comes',
    turns: [
      {
        user: '财务问 职工教育经费税前扣除 我们去年工资薪金总额是2600万',
        expect: { oneOf: [{ asks: true }, { says: [eightPct] }] },
      },
      { user: '提了多少经费 会计休假了 不清楚', expect: { undecided: 'education_fund_deduction' } },
      { user: '会计回消息了 提了150万', expect: taxDeduct(1500000) },
    ],
  },
  {
    id: 'v105d23',
    class: 'unknown_reply',
    probes: 'whether the institution is in the Henan system is unknown: the training subsidy stays open',
    turns: [
      {
        user: '来电人(女 45岁)常住郑州 想报个育婴员培训 问有补贴吗',
        expect: { undecided: 'vocational_training', noAmount: 'unfixed' },
      },
      {
        user: '问她培训机构在不在河南省培训信息系统里 她说不知道 没问过',
        expect: { undecided: 'vocational_training', noAmount: 'unfixed' },
      },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v105d24',
    class: 'correction',
    probes: 'head-count corrected from 6 to 5',
    periodEnd: true,
    turns: [
      { user: '企业：参保，招就业困难人员6名，以工代训6个月，岗前补贴没领，补多少', expect: ojt(7200) },
      { user: '更正一下 是5名不是6名 有一个离职了没算', expect: ojt(6000, 7200) },
    ],
  },
  {
    id: 'v105d25',
    class: 'correction',
    probes: 'months employed of poor labour corrected from 7 to 5: below six, no subsidy',
    periodEnd: true,
    turns: [
      {
        user: '来电人称其合作社吸纳建档立卡贫困劳动力2人 在岗7个月 以工代训5个月 岗前补贴没领',
        expect: ojt(2000),
      },
      { user: '对方纠正：在岗其实才5个月 刚才记错了', expect: ojtNo(2000) },
    ],
  },
  {
    id: 'v105d26',
    class: 'correction',
    probes: 'insurance corrected to "没参保": the disabled row drops',
    periodEnd: true,
    turns: [
      {
        user: 'HR：我们公司招了3个残疾人以工代训4个月 社保是交的 岗前培训补贴没申领',
        expect: ojt(2400),
      },
      { user: '不好意思 刚问了老板 公司目前没参保 之前说错了', expect: ojtNo(2400) },
    ],
  },
  {
    id: 'v105d27',
    class: 'correction',
    probes: 'group corrected from 退役军人 to 零就业家庭成员: nothing, then 2400',
    periodEnd: true,
    turns: [
      { user: '对方说招了4个退役军人 以工代训3个月 公司参保 能补吗', expect: ojtNo(2400) },
      { user: '纠正：不是退役军人 是零就业家庭成员；岗前补贴没领', expect: ojt(2400) },
    ],
  },
  {
    id: 'v105d28',
    class: 'correction',
    probes: 'equipment value corrected from 180万 to 280万: the base cap of 50万 now binds',
    periodEnd: true,
    turns: [
      {
        user: '企业问：高技能人才培训基地 用教育经费买设备 180万 人社财政验收合格了 补多少',
        expect: gear(360000),
      },
      { user: '财务说记错了 是280万', expect: gear(500000, '560000', '56万') },
    ],
  },
  {
    id: 'v105d29',
    class: 'correction',
    probes: 'payroll corrected from 3000万 to 2000万: the 8 % limit now binds',
    turns: [
      { user: '工资薪金总额3000万 职工教育经费提了200万 税前能扣多少', expect: taxDeduct(2000000) },
      { user: '工资总额说错了 是2000万', expect: taxDeduct(1600000) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v105d30',
    class: 'topic_switch',
    probes: 'company case, then the caller\'s own case (veteran, 创业培训), then back to the company',
    periodEnd: true,
    turns: [
      { user: '企业称参保 吸纳零就业家庭成员2人 以工代训6个月 岗前补贴未领', expect: ojt(2400) },
      {
        user: '另外 来电人自己是退役军人 想参加创业培训 有没有这个',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
      { user: '再回到公司的事 那2个人要是已经领过岗前培训补贴了呢', expect: ojtNo() },
    ],
  },
  {
    id: 'v105d31',
    class: 'topic_switch',
    probes: 'a poor worker asks about free training; her boss then asks about 以工代训 for her',
    periodEnd: true,
    turns: [
      {
        user: '来电人是建档立卡贫困劳动力 问参加技能培训要不要自己交钱',
        expect: { cites: ['三(三)'], noAmount: 'unfixed' },
      },
      { user: '她老板也在电话旁边 问公司招了她这种贫困户 能拿啥补贴 公司是参保的', expect: needMore },
      { user: '就她1个 入职8个月 以工代训6个月 岗前没领', expect: ojt(1200) },
    ],
  },
  {
    id: 'v105d32',
    class: 'topic_switch',
    probes: 'equipment amount, then apprenticeship: no figure for the apprentices',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室用职工教育经费购置实训设备35万 已通过人社和财政验收',
        expect: gear(70000),
      },
      { user: '还有 我们今年带了20个企业新型学徒 一人补多少', expect: { ...planSilent, cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v105d33',
    class: 'topic_switch',
    probes: 'a worker repeating the same occupation and level, then her firm\'s 8 % question',
    turns: [
      {
        user: '来电人问：她在职 去年考了中式面点师四级领过补贴 今年想再考同一个工种同一级别 还能领不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'], noAmount: 'unfixed' },
      },
      { user: '她们公司财务顺便问下 教育经费税前扣除比例是多少', expect: { says: [eightPct], cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v105d34',
    class: 'topic_switch',
    probes: 'amount first, then whom to contact',
    periodEnd: true,
    turns: [
      {
        user: '企业问以工代训：参保，招就业困难人员3名，以工代训6个月，岗前补贴没领',
        expect: ojt(3600),
      },
      { user: '那去哪儿申请 找哪个部门 对方想要个电话', expect: whoToCall },
    ],
  },
  {
    id: 'v105d35',
    class: 'topic_switch',
    probes: 'owner of a 3-year-old shop (创业培训), then the shop\'s uninsured disabled hire',
    turns: [
      {
        user: '对方开了3年的小饭馆 老板本人能参加创业培训吗',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
      { user: '他还问 饭馆招了个残疾人 社保没给交 以工代训4个月 能补不', expect: ojtNo(800) },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v105d36',
    class: 'person_training',
    probes: 'a pensioner is outside the training subsidy',
    turns: [
      {
        user: '来电人 62岁 已经按月领退休金了 想学养老护理员 问能报补贴性培训不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v105d37',
    class: 'person_training',
    probes: 'three subsidies already this year: no fourth',
    turns: [
      {
        user: '对方今年已经领过3次职业培训补贴了 又考了个证 还能领第四回吗',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/3\s*次|三次/], cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v105d38',
    class: 'person_training',
    probes: 'residence training with a certificate is open until the other conditions are said',
    turns: [
      {
        user: '来电人户籍在中牟 现在郑州常住 在郑东一家机构培训了叉车司机 拿了证',
        expect: { undecided: 'vocational_training', noAmount: 'unfixed' },
      },
      {
        user: '今年第一次领；以前没考过这个；没有退休金；机构在省里那个系统登记了的',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v105d39',
    class: 'person_training',
    probes: 'a new occupation published by the state: priority standard, no figure',
    turns: [
      {
        user: '来电人问 国家新公布的新职业 比如互联网营销师 在郑州培训按啥标准补',
        expect: { cites: ['七(二)'], noAmount: 'unfixed', says: [/优先支持/] },
      },
    ],
  },
  {
    id: 'v105d40',
    class: 'person_training',
    probes: 'job-seeking place training; then the institution is outside the Henan system',
    turns: [
      {
        user: '来电人外省户籍 在郑州找工作 在这边培训拿了证 能补贴吗',
        expect: { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
      {
        user: '问了 培训机构不在河南省职业培训信息系统里',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(三)'] },
      },
    ],
  },
  {
    id: 'v105d41',
    class: 'person_training',
    probes: 'a poor family with a child at a 技工学校: aid by policy, no figure',
    turns: [
      {
        user: '来电人家是建档立卡贫困户 孩子在读技工学校 家里能有补助吗 多少钱',
        expect: {
          cites: ['三(三)', '三(十四)'],
          noAmount: 'unfixed',
          notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' },
        },
      },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v105d42',
    class: 'entrepreneurship',
    probes: 'a graduate who wants to open an online shop',
    turns: [
      {
        user: '来电人大专毕业一年 还没找到工作 想开个网店 创业培训能报吗',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v105d43',
    class: 'entrepreneurship',
    probes: 'shop open 8 years and no wish to start anew: not via the five-year clause',
    turns: [
      {
        user: '对方的五金店开了8年了 没打算再创业 就想学学经营管理 能参加小微企业主创业培训不',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v105d44',
    class: 'entrepreneurship',
    probes: 'a vocational student; then the per-person amount the plan does not fix',
    turns: [
      {
        user: '来电人在郑州一所职业院校读大三 问学生能参加创业培训吗',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
      { user: '对方追问 创业培训那个补贴 按人头能给多少钱', expect: planSilent },
    ],
  },
  {
    id: 'v105d45',
    class: 'entrepreneurship',
    probes: 'owner of a 4-year-old small firm; then 生活费补贴, which the plan does not fix',
    turns: [
      {
        user: '企业主问：公司成立4年 二十来个人 算小微企业 本人能参加创业培训吗',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
      { user: '培训期间有没有生活费补贴 一天多少钱', expect: planSilent },
    ],
  },
  {
    id: 'v105d46',
    class: 'entrepreneurship',
    probes: 'a veteran who wants to open a car-repair shop',
    turns: [
      {
        user: '来电人退役军人 想自己干个汽修店 创业培训能参加不 要收费吗',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v105d47',
    class: 'equipment',
    probes: 'two master studios, each with its own 10万 cap',
    periodEnd: true,
    turns: [
      {
        user: '企业有两个技能大师工作室：A工作室新购设备30万，B工作室新购设备75万；都是职工教育经费出的，人社财政都验收合格了',
        expect: gear(160000, '210000', '21万'),
      },
    ],
  },
  {
    id: 'v105d48',
    class: 'equipment',
    probes: 'a base over its 50万 cap plus a studio under its cap',
    periodEnd: true,
    turns: [
      {
        user: '来电企业：高技能人才培训基地购设备260万+技能大师工作室购设备40万，均从职工教育经费列支，人社/财政已验收',
        expect: gear(580000, '600000', '60万'),
      },
    ],
  },
  {
    id: 'v105d49',
    class: 'equipment',
    probes: 'whether bought from the 职工教育经费 is open; a bare 是 settles it',
    periodEnd: true,
    turns: [
      { user: '企业问:高技能人才培训基地新买了90万实训设备 验收过了 能补多少', expect: gearOpen('180000', '18万') },
      { user: '是 教育经费里出的', expect: gear(180000) },
    ],
  },
  {
    id: 'v105d50',
    class: 'equipment',
    probes: 'three batches of one studio share its cap',
    periodEnd: true,
    turns: [
      {
        user: '同一个技能大师工作室 分三批买的设备 20万 25万 15万 都用教育经费 已验收 补助一共多少',
        expect: gear(100000, '120000', '12万'),
      },
    ],
  },
  {
    id: 'v105d51',
    class: 'equipment',
    probes: 'equipment bought with own funds, not the 职工教育经费',
    turns: [
      {
        user: '企业称 设备是用自有资金买的 不是职工教育经费 高技能人才基地 100万 已验收',
        expect: gearNo('200000', '20万'),
      },
    ],
  },
  {
    id: 'v105d52',
    class: 'equipment',
    probes: 'studio awaiting 验收: nothing yet; after it, 20 %',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 教育经费买设备45万 验收还在排队', expect: gearNo('90000', '9万') },
      { user: '验收通过了 今天刚接到通知', expect: gear(90000) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v105d53',
    class: 'education_fund',
    probes: 'fund under the 8 % limit: the fund drawn is deductible',
    turns: [
      {
        user: '财务：工资薪金总额 1,200万；职工教育经费实际提取 80万；一线职工培训占比 70% 税前扣除能扣多少',
        expect: taxDeduct(800000),
      },
    ],
  },
  {
    id: 'v105d54',
    class: 'education_fund',
    probes: 'fund over the 8 % limit: only the limit is deductible',
    turns: [
      { user: '企业问 工资总额850万 教育经费提了90万 能不能全部税前扣除', expect: taxDeduct(680000) },
    ],
  },
  {
    id: 'v105d55',
    class: 'education_fund',
    probes: 'front-line share of 55 %: noted as under 60 %',
    turns: [
      {
        user: '企业称：工资总额1500万 教育经费提了100万 用在一线职工身上的大概55%',
        expect: { ...taxDeduct(1000000), says: [/税前/, sixtyPct] },
      },
    ],
  },
  {
    id: 'v105d56',
    class: 'education_fund',
    probes: '师带徒 allowance from the fund and the 60 % front-line share',
    turns: [
      {
        user: '职工教育经费能不能用来发师带徒津贴 一线培训得占多少',
        expect: { cites: ['六(二)'], says: [sixtyPct], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v105d57',
    class: 'education_fund',
    probes: 'the limit first, then the figures',
    turns: [
      { user: '财务问：教育经费税前扣除限额是多少', expect: { says: [eightPct], cites: ['六(二)'] } },
      { user: '我们工资薪金总额是4500万 经费提了300万', expect: taxDeduct(3000000) },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v105d58',
    class: 'apprenticeship',
    probes: 'per-apprentice amount: the plan fixes none',
    turns: [
      { user: '企业HR问：企业新型学徒制 每个学徒补多少钱 我们报了15个', expect: { ...planSilent, cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v105d59',
    class: 'apprenticeship',
    probes: '校企合作 apprentices: subsidy by 相关规定, standard not in the plan',
    turns: [
      {
        user: '来电人称公司和郑州一所职院搞校企合作 带新型学徒 有没有补贴',
        expect: { cites: ['四(一)'], noAmount: 'unfixed' },
      },
      { user: '具体标准是多少 一人一年', expect: planSilent },
    ],
  },
  {
    id: 'v105d60',
    class: 'apprenticeship',
    probes: 'apprentices and 以工代训 in one message: amount only for 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '企业：今年培养企业新型学徒30名；另外 参保 吸纳残疾人2名以工代训3个月 岗前补贴没领',
        expect: ojt(1200),
      },
      { user: '学徒那块呢 能算出来多少不', expect: planSilent },
    ],
  },
  {
    id: 'v105d61',
    class: 'apprenticeship',
    probes: 'an enterprise-run school in Zhengzhou: support by graduates or trainees, no figure',
    turns: [
      {
        user: '校企合作这块 企业自己办的职业院校在郑州 学校能拿到什么支持',
        expect: { cites: ['四(一)'], noAmount: 'unfixed', notVerdict: { rule: 'enterprise_school_support', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v105d62',
    class: 'apprenticeship',
    probes: 'the three-year apprentice target of the plan',
    turns: [
      {
        user: '来电企业问：方案里企业新型学徒制三年要培养多少学徒',
        expect: { says: [/2\s*万|两万|20000/], cites: ['四(一)'] },
      },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v105d63',
    class: 'period',
    probes: '"21年底还能申请吗" and today: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [
      { user: '企业问 21年底还能申请以工代训补贴吗 现在呢', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
    ],
  },
  {
    id: 'v105d64',
    class: 'period',
    probes: 'a 2020 case computed, then whether it can be claimed now',
    periodEnd: true,
    turns: [
      {
        user: '2020年的时候公司招了2个建档立卡的 在岗一年 以工代训6个月 没领岗前补贴 公司参保 那时候能补多少',
        expect: ojt(2400),
      },
      { user: '现在补申请还来得及吗', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v105d65',
    class: 'period',
    probes: 'is the plan still valid, after 2022',
    periodEnd: true,
    turns: [{ user: '这个职业技能提升行动方案现在还有效吗 22年以后的呢', expect: { mentionsPeriodEnd: true } }],
  },
  {
    id: 'v105d66',
    class: 'period',
    probes: 'studio accepted in 2021-12, value and source only in the second turn',
    periodEnd: true,
    turns: [
      {
        user: '来电人问 技能大师工作室设备补助 2021年12月验收合格的 能不能补',
        expect: { asks: true, undecided: 'equipment_subsidy', noAmount: 'open' },
      },
      { user: '设备是教育经费买的 一共50万', expect: gear(100000) },
    ],
  },
  {
    id: 'v105d67',
    class: 'period',
    probes: 'when the plan was issued and until when it ran',
    turns: [{ user: '方案啥时候印发的 执行到哪天为止', expect: { says: [/2019/], mentionsPeriodEnd: true } }],
  },
  {
    id: 'v105d68',
    class: 'period',
    probes: 'a 2021 case with all facts: the amount, and that it has ended',
    periodEnd: true,
    turns: [
      {
        user: '企业问：2021年上半年招的零就业家庭成员2人 以工代训3个月 参保 岗前没领 当时能享受多少 现在还能补报不',
        expect: { ...ojt(1200), mentionsPeriodEnd: true },
      },
    ],
  },
];
