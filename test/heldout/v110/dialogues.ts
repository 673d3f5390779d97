/**
 * HELD-OUT dialogues, set v110 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v101
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: individual people in and around Zhengzhou asking about their OWN training
 * subsidy (职业培训补贴, 七(二)) on WeChat, thumbs only: where they trained (户口在…, 住在…, 在…打工,
 * or some third city), whether the certificate came (拿到证 / 还没考 / 考砸了), how many subsidised
 * trainings this year (limit 3), whether the same occupation AND level was subsidised before,
 * whether they draw a monthly pension, whether the school is in Henan's training system, new
 * occupations; people who want to start a business or run a shop open a few years, students and
 * fresh graduates (创业培训, 三(八)); 建档立卡 families with a child at a 技校 / 职业院校 and the
 * students themselves (三(三), 三(十四)); skills-competition winners (五(三)); a few who also run a
 * small workshop, cooperative or company and ask about 以工代训, equipment, the education fund or
 * apprentices. Negations after the noun (证…没拿到, 养老金…不领), "不知道/记不清", corrections a turn
 * later, children asking for a mother or father and parents for a son, and — today, 2026 — whether
 * it can still be claimed, or a date in 2020/2021.
 *
 * Nothing is inferred from silence: a verdict or an amount is expected only once every fact it
 * depends on has been said; "不知道" leaves the fact open; ranges (五六个月) settle nothing.
 *
 * The individual training subsidy (vocational_training): eligible only with all six facts said —
 * training in the 户籍地 / 常住地 / 求职就业地, certificate obtained, fewer than 3 subsidies this year,
 * not the same occupation and level before, no monthly pension, institution in the system; one of
 * them said false is enough for ineligible. The plan fixes no per-person amount (it is set
 * elsewhere), so every such turn states no yuan figure. Likewise free training, 助学金/免学费, the
 * family's aid, entrepreneurship training, competition awards, apprenticeship, 生活费补贴.
 *
 * Amounts, computed by hand from the contract:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6). Poor labour needs ≥ 6 months employed
 *   by any production entity (扶贫车间, 合作社, 厂); 就业困难 (incl. 残疾人) and 零就业家庭 only at an
 *   insured enterprise (a cooperative is none); 退役军人 is no group of this rule; rows with the
 *   岗前培训补贴 claimed never count.
 *     扶贫车间 3 poor × 200 × 5 = 3000; 零就业 1 × 200 × 4 = 800; 2 poor × 200 × 6 = 2400;
 *     合作社 2 poor × 200 × 6 = 2400 (the 残疾人 not: 3600 would be wrong);
 *     insured company 2 就业困难 × 200 × 3 + 1 零就业 × 200 × min(8, 6) = 1200 + 1200 = 2400 (2800 wrong);
 *     1 poor × 200 × 6 = 1200 beside 2 veterans (3600 wrong); 5 poor × 200 × 4 = 4000;
 *     合作社 4 poor × 200 × 6 = 4800, corrected to 3 → 3600; 1 残疾人 × 200 × 3 = 600.
 * - Equipment (四(一)), per site min(20 % × value from the 职工教育经费, 500 000 base / 100 000 studio),
 *   only once accepted: studio 60万 → 12万 capped to 100000; base 180万 → 360000 (after 验收);
 *   studio 40万 → 80000; base 300万 → 60万 capped to 500000.
 * - Education fund (六(二)): pre-tax deduction min(fund, 8 % × 工资薪金总额): 500万 payroll / 50万 fund
 *   → 400000; 200万 / 10万 → 100000; 300万 / 30万 → 240000; 400万 / 20万 → 200000 (front-line share
 *   half, under 60 %).
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, RuleId, TurnExpect } from '../types.js';

const VT: RuleId = 'vocational_training';
const OJT: RuleId = 'on_job_training';

/** The individual training subsidy: all six facts said and met. No figure: the plan fixes none. */
const vtYes = (...says: RegExp[]): TurnExpect => ({
  status: { rule: VT, status: 'eligible' },
  noAmount: 'unfixed',
  cites: ['七(二)'],
  ...(says.length ? { says } : {}),
});
/** One fact said that excludes the training subsidy; the answer names it. */
const vtNo = (...says: RegExp[]): TurnExpect => ({ status: { rule: VT, status: 'ineligible' }, noAmount: 'unfixed', ...(says.length ? { says } : {}) });
/** A fact is still unsaid and none fails: ask, no verdict, no figure. */
const vtAsk: TurnExpect = { asks: true, undecided: VT, noAmount: 'unfixed' };
/** A fact answered "不知道": no verdict, no figure. */
const vtDunno: TurnExpect = { undecided: VT, noAmount: 'unfixed' };
/** Not (yet) eligible, the status may be ineligible or open. */
const vtNotYes = (...says: RegExp[]): TurnExpect => ({ notVerdict: { rule: VT, status: 'eligible' }, noAmount: 'unfixed', ...(says.length ? { says } : {}) });

/** A person rule with no amount, met. */
const yes = (rule: RuleId, cites: string[]): TurnExpect => ({ status: { rule, status: 'eligible' }, noAmount: 'unfixed', cites });
/** A person rule not met or open: never eligible, no figure. */
const notYes = (rule: RuleId): TurnExpect => ({ notVerdict: { rule, status: 'eligible' }, noAmount: 'unfixed' });

/** 以工代训: a fact is missing — ask, no figure, no 不符合. */
const ask = (...wrong: number[]): TurnExpect => ({
  noAmount: 'open',
  asks: true,
  notVerdict: { rule: OJT, status: 'ineligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** 以工代训: a fact answered "不清楚" — no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: OJT };
/** The 以工代训 amount, and not the misreading's figure. */
const pay = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: OJT, yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});

/** The plan's field, but its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** Outside the plan. */
const outside: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan ended 2021-12-31. */
const ended: TurnExpect = { mentionsPeriodEnd: true, noAmount: 'unfixed' };

const ET: RuleId = 'entrepreneurship_training';
const etYes: TurnExpect = yes(ET, ['三(八)']);

const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
const deduct = (yuan: number, ...says: RegExp[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/, ...says],
  mustNotContain: [/可(以)?领(取)?\s*\d/],
});
const apprentice: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed', cites: ['四(一)'] };

export const DIALOGUES_V110: Dialogue[] = [
  // ------------------------------------------------------------ person_training
  {
    id: 'v110d01',
    class: 'person_training',
    probes: 'all six facts in one run-on message, household place said as 户口在郑州',
    periodEnd: true,
    turns: [
      {
        user: '户口在郑州 在金水区一家培训学校学的育婴员四级 证上礼拜拿到手了 今年头一回申请 以前没补过育婴员 我没退休也不领养老金 学校说信息系统里登记了 这个能领培训补贴不',
        expect: vtYes(),
      },
    ],
  },
  {
    id: 'v110d02',
    class: 'person_training',
    probes: '"考了电工证" does not settle the certificate; facts added turn by turn, verdict only at the end',
    periodEnd: true,
    turns: [
      { user: '我在郑州打工 就在郑州报的班 想问下考了电工证能领补贴么', expect: vtAsk },
      { user: '证拿到了 中级工 今年第一次 以前没补过电工', expect: vtAsk },
      { user: '没领养老金 才32岁  机构在河南那个系统里', expect: vtYes() },
    ],
  },
  {
    id: 'v110d03',
    class: 'person_training',
    probes: 'training in a third city (neither household, residence nor job) excludes the subsidy',
    periodEnd: true,
    turns: [
      {
        user: '户口周口的 人住在郑州 跑到武汉去培训的 证也拿了 能在郑州领补贴吗',
        expect: vtNo(/户籍地|常住地|求职就业地/),
      },
    ],
  },
  {
    id: 'v110d04',
    class: 'person_training',
    probes: 'three subsidies already this year: the limit is reached',
    periodEnd: true,
    turns: [{ user: '今年已经领过三回培训补贴了 又报了个西式面点师 证拿了还能再补吗', expect: vtNo(/3\s*次|三次/) }],
  },
  {
    id: 'v110d05',
    class: 'person_training',
    probes: 'same occupation and same level again (lost certificate) is not subsidised twice',
    periodEnd: true,
    turns: [{ user: '去年补过一次中式烹调师五级 证弄丢了 今年又考了一遍五级 还给补不', expect: vtNo(/同一职业|同一等级|重复/) }],
  },
  {
    id: 'v110d06',
    class: 'person_training',
    probes: 'a new occupation published by the state: priority standard, no figure',
    turns: [
      {
        user: '我学的无人机驾驶员 听说是国家新公布的职业 这种培训补贴按啥标准给',
        expect: { cites: ['七(二)'], noAmount: 'unfixed', says: [/优先/] },
      },
    ],
  },
  {
    id: 'v110d07',
    class: 'person_training',
    probes: 'a father asking for his son; certificate not yet taken, then obtained',
    periodEnd: true,
    turns: [
      { user: '替我儿子问问 他户口在新郑 在郑州东区上班 就在东区报了个汽修的培训', expect: vtAsk },
      { user: '证还没考 下个月才考', expect: vtNotYes() },
      { user: '刚查了成绩过了 证也领了 今年头一回 以前没补过 机构进系统了 他二十多岁哪来的养老金', expect: vtYes() },
    ],
  },
  {
    id: 'v110d08',
    class: 'person_training',
    probes: 'institution outside Henan’s training system: 系统之外零补贴',
    periodEnd: true,
    turns: [
      {
        user: '培训学校跟我说他们没用河南省职业培训那个管理系统 我证也拿了 还能补么',
        expect: { ...vtNo(), cites: ['六(三)', '七(一)'] },
      },
    ],
  },
  {
    id: 'v110d09',
    class: 'person_training',
    probes: 'a daughter asking for her retired mother who draws a monthly pension',
    periodEnd: true,
    turns: [{ user: '我妈退休好几年了 每个月领养老金 想去学个养老护理员 能享受培训补贴吗', expect: vtNo(/养老金/) }],
  },
  {
    id: 'v110d10',
    class: 'person_training',
    probes: 'same occupation at another level is no repeat; then the remaining facts',
    periodEnd: true,
    turns: [
      {
        user: '前年补过保育员五级 今年考的保育员四级 这算重复享受不',
        expect: { notVerdict: { rule: VT, status: 'ineligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
      { user: '户口就在郑州 也在郑州培训的 证拿了 今年第一次 没退休 机构在系统里', expect: vtYes() },
    ],
  },
  {
    id: 'v110d11',
    class: 'person_training',
    probes: 'a 建档立卡 student at a 技校 asks about her own 助学金 and 免学费',
    turns: [
      {
        user: '我家是建档立卡贫困户 我在郑州一个技工学校读书 有没有助学金或者免学费的',
        expect: yes('poor_family_student_aid', ['三(三)']),
      },
    ],
  },
  {
    id: 'v110d12',
    class: 'person_training',
    probes: 'a skills-competition prize winner: award by the rules, no figure',
    turns: [
      {
        user: '去年郑州市职业技能竞赛焊工项目我拿了个二等奖 政府那边有奖励吗',
        expect: yes('competition_winner_award', ['五(三)']),
      },
    ],
  },

  // ------------------------------------------------------------ negation_after_noun
  {
    id: 'v110d13',
    class: 'negation_after_noun',
    probes: '养老金…不领 after the noun must not read as drawing a pension',
    periodEnd: true,
    turns: [
      { user: '养老金我是不领的 农村户口 住郑州 在郑州学了个家政服务员 证拿到了', expect: { ...vtAsk, notVerdict: { rule: VT, status: 'ineligible' } } },
      { user: '今年第一次补 以前没补过 机构系统里有的', expect: vtYes() },
    ],
  },
  {
    id: 'v110d14',
    class: 'negation_after_noun',
    probes: '证…没拿到 (failed twice) excludes the subsidy',
    periodEnd: true,
    turns: [{ user: '证到现在也没拿到 考了两回都考砸了 那培训费能补一点不', expect: vtNo(/证/) }],
  },
  {
    id: 'v110d15',
    class: 'negation_after_noun',
    probes: '补贴…一回都没领过 and 工种…没补过 are negations, not claims',
    periodEnd: true,
    turns: [
      {
        user: '补贴今年一回都没领过 同样的工种以前也没补过 证拿了 户口在郑州 能行吗',
        expect: { ...vtAsk, notVerdict: { rule: VT, status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v110d16',
    class: 'negation_after_noun',
    probes: 'the system said after the noun: 系统…压根没录进去',
    periodEnd: true,
    turns: [
      { user: '在郑州上班 考的美容师 证有了 今年第一回 没补过美容 也没退休', expect: vtAsk },
      { user: '那个系统 机构说压根没给我们录进去', expect: { ...vtNo(), cites: ['六(三)', '七(一)'] } },
    ],
  },
  {
    id: 'v110d17',
    class: 'negation_after_noun',
    probes: '建档立卡 我家不是: no family aid for a non-poor family with a 技校 child',
    turns: [{ user: '建档立卡 我家不是 就普通农户 孩子在技校上学 家里能有点补助不', expect: notYes('poor_family_child_aid') }],
  },
  {
    id: 'v110d18',
    class: 'negation_after_noun',
    probes: '创业的想法…一点没有 and 店…没开过: no ground for entrepreneurship training',
    turns: [{ user: '创业的想法我是一点没有 店也没开过 就想学个手艺 创业培训跟我有关系没', expect: notYes(ET) }],
  },

  // ------------------------------------------------------------ unknown_reply
  {
    id: 'v110d19',
    class: 'unknown_reply',
    probes: '"不知道" about the system leaves it open',
    periodEnd: true,
    turns: [
      { user: '住在郑州 学的焊工 证拿了 今年第一次 以前没补过焊工 没退休', expect: vtAsk },
      { user: '机构进没进系统 这我真不知道', expect: vtDunno },
    ],
  },
  {
    id: 'v110d20',
    class: 'unknown_reply',
    probes: 'a son does not know whether his rural father draws a pension',
    periodEnd: true,
    turns: [
      { user: '我爸六十了 想去学个园林绿化 能有培训补贴不', expect: vtAsk },
      { user: '养老金领不领我也不清楚 他在农村', expect: vtDunno },
    ],
  },
  {
    id: 'v110d21',
    class: 'unknown_reply',
    probes: 'months employed unknown at first, told a turn later',
    periodEnd: true,
    turns: [
      { user: '我在村里搞了个扶贫车间 招了5个建档立卡贫困户 以工代训搞了4个月 能补多少', expect: ask() },
      { user: '干多久了不清楚 得问车间主任 岗前培训补贴是没领的', expect: dunno },
      { user: '主任说这5个人都干了7个月了', expect: pay(4000) },
    ],
  },
  {
    id: 'v110d22',
    class: 'unknown_reply',
    probes: '"可能两次可能三次" leaves the yearly count open',
    periodEnd: true,
    turns: [
      { user: '户口在郑州 考了个茶艺师证 以前没补过茶艺 不领养老金 机构在系统里', expect: vtAsk },
      { user: '今年领了几次补贴我记不清了 可能两次可能三次', expect: vtDunno },
    ],
  },
  {
    id: 'v110d23',
    class: 'unknown_reply',
    probes: 'years a shop has been open unknown, then said',
    turns: [
      { user: '我有个小超市 开了几年记不得了 能参加那个创业培训吗', expect: { asks: true, undecided: ET, noAmount: 'unfixed' } },
      { user: '翻了下执照 开了三年', expect: etYes },
    ],
  },

  // ------------------------------------------------------------ correction
  {
    id: 'v110d24',
    class: 'correction',
    probes: 'the mother’s pension corrected: she draws none',
    periodEnd: true,
    turns: [
      { user: '帮我妈问一下 她领养老金 想学个面点', expect: vtNo(/养老金/) },
      { user: '说错了说错了 她没退休过 农村的 不领养老金', expect: { ...vtAsk, notVerdict: { rule: VT, status: 'ineligible' } } },
    ],
  },
  {
    id: 'v110d25',
    class: 'correction',
    probes: 'certificate taken back: only the score is out',
    periodEnd: true,
    turns: [
      {
        user: '户口郑州的 在郑州学的插花员 证拿到了 今年头一回 以前没补过 不领养老金 机构在系统里 能补吧',
        expect: vtYes(),
      },
      { user: '哎不对 证还没发下来 只是成绩出了', expect: vtNotYes() },
    ],
  },
  {
    id: 'v110d26',
    class: 'correction',
    probes: 'the place of training corrected from the home town to an unrelated city',
    periodEnd: true,
    turns: [
      { user: '户口在洛阳 人在郑州上班 回洛阳老家培训的', expect: { ...vtAsk, notVerdict: { rule: VT, status: 'ineligible' } } },
      { user: '搞错了 不是洛阳 是在三门峡培的 我跟三门峡没啥关系', expect: vtNo(/户籍地|常住地|求职就业地/) },
    ],
  },
  {
    id: 'v110d27',
    class: 'correction',
    probes: 'a count corrected: one of the four was not 建档立卡',
    periodEnd: true,
    turns: [
      { user: '我家合作社招了4个建档立卡贫困户 都干了10个月 以工代训6个月 岗前补贴没拿过 能补多少', expect: pay(4800) },
      { user: '数错了 是3个 有1个不是建档立卡的 就普通村民', expect: pay(3600, 4800) },
    ],
  },
  {
    id: 'v110d28',
    class: 'correction',
    probes: 'the yearly count corrected from 3 to 2',
    periodEnd: true,
    turns: [
      {
        user: '在郑州打工 也在郑州培训考了个叉车司机证 证拿到了 以前没补过叉车 不领养老金 机构在系统 可今年已经补了3次了 还能补吗',
        expect: vtNo(),
      },
      { user: '我又看了下 今年才补了2次 有一次是去年12月的', expect: vtYes() },
    ],
  },

  // ------------------------------------------------------------ topic_switch
  {
    id: 'v110d29',
    class: 'topic_switch',
    probes: 'from the training subsidy to the 生活费补贴 amount the plan does not fix',
    periodEnd: true,
    turns: [
      { user: '住郑州 报了个电子商务师培训 想问问补贴', expect: vtAsk },
      { user: '对了 培训那段时间生活费补贴一天给多少', expect: unsettled },
    ],
  },
  {
    id: 'v110d30',
    class: 'topic_switch',
    probes: 'from the child’s school aid to the parent’s own free training',
    turns: [
      { user: '我们家建档立卡的 闺女在郑州一所职业学院念书 家里能有补助吗', expect: yes('poor_family_child_aid', ['三(三)', '三(十四)']) },
      { user: '那我自个想学电工 我也算建档立卡贫困劳动力 要交钱不', expect: yes('free_training_poor', ['三(三)']) },
    ],
  },
  {
    id: 'v110d31',
    class: 'topic_switch',
    probes: 'from entrepreneurship training to 失业金, which is outside the plan',
    turns: [
      { user: '我想自己开个奶茶店 有创业培训可以参加吗', expect: etYes },
      { user: '另外问一下失业金一个月能领多少', expect: outside },
    ],
  },
  {
    id: 'v110d32',
    class: 'topic_switch',
    probes: 'from a competition award to a repeated training subsidy',
    periodEnd: true,
    turns: [
      { user: '我在省里的职业技能大赛拿了三等奖 有啥奖励', expect: yes('competition_winner_award', ['五(三)']) },
      { user: '获奖了还能再领培训补贴不 同一个工种同一等级去年补过', expect: vtNo(/同一职业|同一等级|重复/) },
    ],
  },
  {
    id: 'v110d33',
    class: 'topic_switch',
    probes: 'from the company’s 以工代训 to the owner’s own training subsidy',
    periodEnd: true,
    turns: [
      { user: '我开的食品加工公司 给员工都交社保 招了1个残疾人 干了3个月 以工代训3个月 岗前补贴没领', expect: pay(600) },
      { user: '我自己也想去考个育婴员 补贴咋领', expect: vtAsk },
    ],
  },

  // ------------------------------------------------------------ period
  {
    id: 'v110d34',
    class: 'period',
    probes: 'today (2026): the plan ran to 2021-12-31',
    periodEnd: true,
    turns: [{ user: '2026年了 郑州那个职业技能提升的培训补贴 现在去还能申请不', expect: ended }],
  },
  {
    id: 'v110d35',
    class: 'period',
    probes: 'a training in 2020 inside the plan, all facts said',
    turns: [
      {
        user: '2020年11月在郑州培训考的电工中级 户口就是郑州的 当年就这一次 以前没补过电工 没退休 机构在系统 当时能补吗',
        expect: vtYes(),
      },
    ],
  },
  {
    id: 'v110d36',
    class: 'period',
    probes: 'when does the plan end',
    turns: [{ user: '这个技能提升行动方案到哪天截止的', expect: { mentionsPeriodEnd: true } }],
  },
  {
    id: 'v110d37',
    class: 'period',
    probes: 'a certificate from 2021, applying only now',
    periodEnd: true,
    turns: [{ user: '21年底之前考的证 现在才想起来去申请 还来得及么', expect: ended }],
  },
  {
    id: 'v110d38',
    class: 'period',
    probes: 'entrepreneurship training, then whether one can still sign up today',
    periodEnd: true,
    turns: [
      { user: '想开个网店卖老家的红枣 创业培训能报名吗', expect: etYes },
      { user: '那现在还能报吗', expect: ended },
    ],
  },
  {
    id: 'v110d39',
    class: 'period',
    probes: 'a mother’s training in 2021, then a late claim today',
    periodEnd: true,
    turns: [
      {
        user: '2021年5月我妈在郑州学的月嫂 她户口郑州的 证拿了 那年就这一次 没补过 她不领养老金 机构在系统里',
        expect: vtYes(),
      },
      { user: '现在补申请行不行', expect: ended },
    ],
  },

  // ------------------------------------------------------------ one_group
  {
    id: 'v110d40',
    class: 'one_group',
    probes: 'a 扶贫车间 with poor labour employed over six months',
    periodEnd: true,
    turns: [
      { user: '我在村里办的扶贫车间 收了3个建档立卡贫困户 干了8个月了 以工代训搞了5个月 岗前培训补贴没领过 能补多少钱', expect: pay(3000) },
    ],
  },
  {
    id: 'v110d41',
    class: 'one_group',
    probes: 'a zero-employment family member asks what her insured employer gets',
    periodEnd: true,
    turns: [
      {
        user: '我家是零就业家庭 被一个公司招进去了 公司给我交社保的 干了5个月 以工代训4个月 岗前培训补贴没领过 公司能拿多少',
        expect: pay(800),
      },
    ],
  },
  {
    id: 'v110d42',
    class: 'one_group',
    probes: 'poor labour asks for himself: free training',
    turns: [{ user: '俺是建档立卡贫困劳动力 想学开挖掘机 培训要交钱不', expect: yes('free_training_poor', ['三(三)']) }],
  },
  {
    id: 'v110d43',
    class: 'one_group',
    probes: '"五六个月" settles nothing; the exact months a turn later',
    periodEnd: true,
    turns: [
      { user: '我开的小厂招了2个建档立卡贫困户 干了五六个月了 以工代训也搞了 能补多少', expect: ask(2400) },
      { user: '查了下 干了7个月 以工代训搞了6个月 岗前那个没领过', expect: pay(2400) },
    ],
  },
  {
    id: 'v110d44',
    class: 'one_group',
    probes: 'a veteran is not poor labour: no free-training verdict for him',
    turns: [
      {
        user: '退伍两年了 退役军人 想学电工 政府给不给免费培训',
        expect: { notVerdict: { rule: 'free_training_poor', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(二)', '六(一)'] },
      },
    ],
  },

  // ------------------------------------------------------------ several_groups
  {
    id: 'v110d45',
    class: 'several_groups',
    probes: 'a cooperative: poor labour counts, a disabled hire does not (no insured enterprise)',
    periodEnd: true,
    turns: [
      {
        user: '我家农民专业合作社 招了2个建档立卡贫困户干了7个月 以工代训6个月 还有1个残疾人也干了7个月以工代训6个月 岗前补贴都没领 一共能补多少',
        expect: pay(2400, 3600),
      },
    ],
  },
  {
    id: 'v110d46',
    class: 'several_groups',
    probes: 'two groups at an insured company, one row over the 6-month cap',
    periodEnd: true,
    turns: [
      {
        user: '我公司社保都交的 招了就业困难人员2个 干了4个月 以工代训3个月\n零就业家庭的1个 干了9个月 以工代训8个月\n岗前培训补贴都没领过',
        expect: pay(2400, 2800),
      },
    ],
  },
  {
    id: 'v110d47',
    class: 'several_groups',
    probes: 'one person both disabled and 建档立卡: free training',
    turns: [{ user: '我是残疾人 家里也是建档立卡贫困户 想学个电脑维修 要花钱不', expect: yes('free_training_poor', ['三(三)']) }],
  },
  {
    id: 'v110d48',
    class: 'several_groups',
    probes: 'veterans beside one poor hire: only the poor hire counts',
    periodEnd: true,
    turns: [
      {
        user: '我们公司交社保 招了退役军人2个 建档立卡贫困户1个 都干了8个月 以工代训6个月 岗前补贴谁都没领 以工代训能补多少',
        expect: pay(1200, 3600),
      },
    ],
  },

  // ------------------------------------------------------------ entrepreneurship
  {
    id: 'v110d49',
    class: 'entrepreneurship',
    probes: 'a small decoration company open three years',
    turns: [{ user: '我开了个小装修公司 开了3年 员工就六七个 能参加创业培训不', expect: etYes }],
  },
  {
    id: 'v110d50',
    class: 'entrepreneurship',
    probes: 'a business open eight years, no wish said: not eligible, or ask',
    turns: [
      {
        user: '我那个五金店开了8年了 还能去上创业培训不',
        expect: {
          noAmount: 'unfixed',
          oneOf: [{ status: { rule: ET, status: 'ineligible' } }, { asks: true, undecided: ET }],
        },
      },
    ],
  },
  {
    id: 'v110d51',
    class: 'entrepreneurship',
    probes: 'a university student: 创业意识培训',
    turns: [{ user: '我大三 在郑大读书 学校里有创业意识培训吗 我能参加不', expect: etYes }],
  },
  {
    id: 'v110d52',
    class: 'entrepreneurship',
    probes: 'a fresh 技工院校 graduate (职业院校含技工院校)',
    turns: [{ user: '技校今年刚毕业 在家待着 想听听创业培训', expect: etYes }],
  },
  {
    id: 'v110d53',
    class: 'entrepreneurship',
    probes: 'years open asked, then exactly five (开业5年以内)',
    turns: [
      { user: '开了个早餐店 想报创业培训', expect: { asks: true, undecided: ET, noAmount: 'unfixed' } },
      { user: '开了刚好满5年', expect: etYes },
    ],
  },
  {
    id: 'v110d54',
    class: 'entrepreneurship',
    probes: 'the amount of the entrepreneurship training subsidy is not fixed by the plan',
    turns: [
      { user: '我想回村里搞养殖 有创业的打算 创业培训能上吗', expect: etYes },
      { user: '上完给补多少钱', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------ equipment
  {
    id: 'v110d55',
    class: 'equipment',
    probes: 'a master studio: 20 % of 60万 is capped at 10万',
    periodEnd: true,
    turns: [
      {
        user: '我是厂里的技能大师 工作室用职工教育经费新买了60万的实训设备 人社财政都验收合格了 能补多少',
        expect: kit(100000, '12万', '120000'),
      },
    ],
  },
  {
    id: 'v110d56',
    class: 'equipment',
    probes: 'not accepted yet: no amount; accepted a turn later',
    periodEnd: true,
    turns: [
      {
        user: '我们高技能人才培训基地 拿职工教育经费买了180万设备 还没验收 能补多少',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['36万', '360000'] },
      },
      { user: '上周人社局和财政局来验收了 合格', expect: kit(360000) },
    ],
  },
  {
    id: 'v110d57',
    class: 'equipment',
    probes: 'fund and acceptance unsaid: ask before the figure',
    periodEnd: true,
    turns: [
      { user: '老公的大师工作室新买了40万的设备 能补多少', expect: kitOpen('8万', '80000') },
      { user: '用的是职工教育经费 验收也过了', expect: kit(80000) },
    ],
  },
  {
    id: 'v110d58',
    class: 'equipment',
    probes: 'a base: 20 % of 300万 capped at 50万',
    periodEnd: true,
    turns: [
      {
        user: '高技能人才培训基地 职工教育经费出钱买实训设备总共300万 验收合格了 补助最多多少',
        expect: kit(500000, '60万', '600000'),
      },
    ],
  },

  // ------------------------------------------------------------ education_fund
  {
    id: 'v110d59',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: the deduction stops at 8 %',
    turns: [{ user: '我那小公司一年工资总额500万 职工教育经费提了50万 税前能扣多少', expect: deduct(400000) }],
  },
  {
    id: 'v110d60',
    class: 'education_fund',
    probes: 'fund under 8 %: all of it deductible',
    turns: [{ user: '工资薪金总额200万 教育经费提了10万 这10万能全部税前扣掉吗', expect: deduct(100000) }],
  },
  {
    id: 'v110d61',
    class: 'education_fund',
    probes: 'payroll unsaid: ask first',
    turns: [
      { user: '职工教育经费提了30万 能抵多少', expect: { asks: true, mustNotContain: ['24万', '240000'] } },
      { user: '工资总额一年300万', expect: deduct(240000) },
    ],
  },
  {
    id: 'v110d62',
    class: 'education_fund',
    probes: 'front-line share under 60 % is noted beside the deduction',
    turns: [
      {
        user: '厂里教育经费一年提了20万 工资总额400万 一线工人培训只用了一半 能税前扣多少 有没有问题',
        expect: deduct(200000, /60/),
      },
    ],
  },

  // ------------------------------------------------------------ apprenticeship
  {
    id: 'v110d63',
    class: 'apprenticeship',
    probes: 'an apprentice asks a monthly figure the plan does not fix',
    turns: [{ user: '我是厂里的新型学徒 学徒补贴一个月给多少', expect: apprentice }],
  },
  {
    id: 'v110d64',
    class: 'apprenticeship',
    probes: 'a master with five apprentices: no computed figure',
    turns: [{ user: '我带了5个新型学徒 厂里说有补贴 一个人能给多少', expect: apprentice }],
  },
  {
    id: 'v110d65',
    class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund, then the apprenticeship amount',
    turns: [
      { user: '我当师傅带了俩徒弟 这个带徒津贴厂里能从职工教育经费里给我出么', expect: { cites: ['六(二)'], noAmount: 'unfixed' } },
      { user: '那学徒制政府补贴多少', expect: apprentice },
    ],
  },
  {
    id: 'v110d66',
    class: 'apprenticeship',
    probes: 'a 2021 apprenticeship: the plan sets no amount, and today it has ended',
    periodEnd: true,
    turns: [
      { user: '21年我在公司参加了企业新型学徒培训 这个有补贴吧', expect: { cites: ['四(一)'], noAmount: 'unfixed' } },
      { user: '现在还能去申请吗', expect: ended },
    ],
  },
];
