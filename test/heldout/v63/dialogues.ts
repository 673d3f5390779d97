/**
 * HELD-OUT dialogues, set v63 — written blind from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, or other held-out sets (only the format lines of v15 were looked at). Not
 * to be tuned on: no word of these messages goes into a glossary, pattern or fixture.
 *
 * Who types here: 中职/技校 pupils from 建档立卡 families, 大学生 and recent graduates who want
 * to start a business, 技能竞赛 contestants, parents asking about school aid (one switching
 * between two children), and a few parents who also run a small workshop or company. Many of
 * them ask, next to in-plan questions, about things outside the plan (高考, 助学贷款, 奖学金 at
 * ordinary universities, 考研, 征兵), which must be declined.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only by an
 *   insured enterprise; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio).
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - 助学金/免学费, family aid, entrepreneurship training, competition awards, apprenticeship,
 *   per-certificate training subsidy, 生活费补贴: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [two-children].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreading's figure. */
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
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
/** The 建档立卡 family's aid for a child at a 技工/职业院校: not denied, no figure, its clause. */
const childAid: TurnExpect = {
  noAmount: 'unfixed',
  notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' },
  cites: ['三(三)', '三(十四)'],
};
/** The poor pupil's own 助学金 and 免学费: not denied, no figure, its clause. */
const pupilAid: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'poor_family_student_aid', status: 'ineligible' }, cites: ['三(三)'] };
/** Entrepreneurship training open to this person: not denied, no figure. */
const bizYes: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] };
/** A prize winner's reward: not denied, no figure. */
const prize: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'competition_winner_award', status: 'ineligible' }, cites: ['五(三)'] };

export const DIALOGUES_V63: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v63d01',
    class: 'one_group',
    probes: 'poor labour in a 扶贫车间: months of 以工代训 open, then given with 岗前 not claimed',
    periodEnd: true,
    turns: [
      { user: '俺在村里弄了个扶贫车间 收了个建档立卡的娃 干了七个多月了 以工代训也搞了', expect: askOJT },
      { user: '以工代训搞了四个月 岗前那个培训补贴没申请过', expect: pay(800) },
    ],
  },
  {
    id: 'v63d02',
    class: 'one_group',
    probes: 'a 建档立卡 parent whose daughter attends a 技校: the family aid, no figure',
    periodEnd: true,
    turns: [{ user: '我闺女在技校上学 俺家是建档立卡户 家里能有啥补助不', expect: childAid }],
  },
  {
    id: 'v63d03',
    class: 'one_group',
    probes: 'a 中专 pupil from a 建档立卡 family: own 助学金/免学费, not the family aid, no figure',
    periodEnd: true,
    turns: [{ user: '我在中专读书 家里是贫困户 建档立卡那种 学费还要交吗', expect: pupilAid }],
  },
  {
    id: 'v63d04',
    class: 'one_group',
    probes: 'a contestant with a provincial prize: reward named, the amount unset by the plan',
    turns: [
      { user: '我去年参加省里的技能大赛拿了个二等奖 有奖励没', expect: prize },
      { user: '那这个二等奖奖金具体给多少', expect: unsettled },
    ],
  },
  {
    id: 'v63d05',
    class: 'one_group',
    probes: 'a jobless graduate asking if training costs money: no free-training verdict, no figure',
    periodEnd: true,
    turns: [
      {
        user: '俺是离校没找着工作的大学毕业生 去年六月毕业的 参加技能培训要花钱不',
        expect: {
          noAmount: 'unfixed',
          notVerdict: { rule: 'vocational_training', status: 'ineligible' },
          oneOf: [{ asks: true }, { cites: ['三(二)', '七(二)'] }],
        },
      },
    ],
  },
  {
    id: 'v63d06',
    class: 'one_group',
    probes: 'a parent’s small factory hires a 零就业家庭 member: insurance and 岗前 asked, then paid',
    periodEnd: true,
    turns: [
      { user: '我开了个小厂 招了个零就业家庭的孩子 以工代训3个月', expect: askOJT },
      { user: '社保一直交着呢 岗前培训补贴也没领', expect: pay(600) },
    ],
  },
  // ---------------------------------------------------------------- several_groups
  {
    id: 'v63d07',
    class: 'several_groups',
    probes: 'two groups with different months in one message: each row on its own months',
    periodEnd: true,
    turns: [
      {
        user: '厂里收了俩建档立卡的 干了八个月 以工代训六个月 还有仨残疾人 以工代训两个月 企业交社保 岗前补贴都没领过',
        expect: payNot(3600, 6000),
      },
    ],
  },
  {
    id: 'v63d08',
    class: 'several_groups',
    probes: 'a cooperative with poor labour and a 就业困难 hire: only the poor row counts (not an enterprise)',
    periodEnd: true,
    turns: [
      {
        user: '俺们是农民专业合作社 收了一个贫困户 干了一年了 以工代训五个月 还有一个就业困难的 以工代训四个月 岗前补贴都没拿',
        expect: { oneOf: [payNot(1000, 1800), askOJT] },
      },
      { user: '俺们合作社也给他俩交社保的', expect: payNot(1000, 1800) },
    ],
  },
  {
    id: 'v63d09',
    class: 'several_groups',
    probes: 'zero-employment and poor rows with own months; insurance then given',
    periodEnd: true,
    turns: [
      { user: '俺厂里俩零就业家庭的 以工代训一个月 一个建档立卡的 以工代训三个月 在岗九个月了', expect: askOJT },
      { user: '厂里参保了 岗前培训补贴他们仨都没领过', expect: payNot(1000, 1800) },
    ],
  },
  {
    id: 'v63d10',
    class: 'several_groups',
    probes: 'a person who is both 退役军人 and 建档立卡: free training for the poor, no figure',
    periodEnd: true,
    turns: [
      {
        user: '我是退伍兵 家里也是建档立卡贫困户 想学个电工 培训收费不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'free_training_poor', status: 'ineligible' }, cites: ['三(三)'] },
      },
    ],
  },
  {
    id: 'v63d11',
    class: 'several_groups',
    probes: '[two-children] two children at 技校 and 职高 of a 建档立卡 family: aid named, no count of money',
    periodEnd: true,
    turns: [{ user: '俺家老大在技校 老二在职高 都是建档立卡的 家里能领几份补助 一份多少', expect: { ...childAid, noAmount: 'unfixed' } }],
  },
  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v63d12',
    class: 'negation_after_noun',
    probes: '“建档立卡…其实不是”: the family aid not granted',
    turns: [
      {
        user: '建档立卡那个 俺家 说实话 其实不是 就是家里有点困难 娃上技校有啥补助不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v63d13',
    class: 'negation_after_noun',
    probes: '“岗前培训那个补贴 我们 压根没申请”: read as not claimed, paid',
    periodEnd: true,
    turns: [{ user: '俺们企业收了一个贫困户 岗前培训那个补贴 我们 压根没申请 人干了半年了 以工代训也是半年', expect: pay(1200) }],
  },
  {
    id: 'v63d14',
    class: 'negation_after_noun',
    probes: '“社保这块…一直也没给交”: not insured, the 就业困难 rows do not count',
    periodEnd: true,
    turns: [{ user: '社保这块 俺这小厂 一直 也没给交 收了两个就业困难人员 以工代训三个月 岗前补贴没领', expect: noPay(1200) }],
  },
  {
    id: 'v63d15',
    class: 'negation_after_noun',
    probes: '“证书…到现在还没拿到”: the training subsidy is not granted yet',
    turns: [
      {
        user: '证书 培训都结束一个月了 到现在 还没拿到手 能领培训补贴吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v63d16',
    class: 'negation_after_noun',
    probes: '“养老金 俺爸 他 不领”: no pension, so not excluded on that ground',
    turns: [
      {
        user: '养老金 俺爸 他 不领 也没那个资格 想去学个厨师 能给补贴不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v63d17',
    class: 'negation_after_noun',
    probes: '“五年内的…不是” but wants a new venture: still open to entrepreneurship training',
    turns: [{ user: '开店 我这个 不是五年以内的 都开了七八年了 但是想再搞个新项目创业 能参加创业培训不', expect: bizYes }],
  },
  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v63d18',
    class: 'unknown_reply',
    probes: 'months employed asked for poor labour, answered “记不清”: no figure, no verdict',
    periodEnd: true,
    turns: [
      { user: '俺家扶贫车间收了俩贫困户 以工代训五个月 岗前补贴没领', expect: askOJT },
      { user: '干了多长时间 这个真记不清了', expect: dunnoOJT },
    ],
  },
  {
    id: 'v63d19',
    class: 'unknown_reply',
    probes: 'a parent unsure whether the family is 建档立卡: family aid left open',
    turns: [
      {
        user: '我孩子在职业学校念书 家里条件差 算贫困户吧 有补助吗',
        expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { cites: ['三(三)', '三(十四)'] }] },
      },
      { user: '是不是建档立卡 俺也不清楚 村里没跟俺说过', expect: { noAmount: 'unfixed', undecided: 'poor_family_child_aid' } },
    ],
  },
  {
    id: 'v63d20',
    class: 'unknown_reply',
    probes: 'training institution in the system unknown: vocational_training stays open',
    periodEnd: true,
    turns: [
      {
        user: '我去学了个电工证 考下来了 在户口那边学的 能补多少',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, oneOf: [{ asks: true }, { cites: ['七(二)'] }] },
      },
      { user: '培训学校进没进那个啥系统 我不知道啊', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v63d21',
    class: 'unknown_reply',
    probes: 'parent does not know if the school is 技工 or 职业院校: both count, aid not denied',
    turns: [
      {
        user: '俺家孩子那个学校 到底算技工学校还是职业学校 我也搞不懂 反正是学汽修的 家里建档立卡',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v63d22',
    class: 'unknown_reply',
    probes: 'a 零就业家庭 hire asks for the company; insurance “不知道”: no figure',
    periodEnd: true,
    turns: [
      { user: '俺是零就业家庭的 招俺的公司说能领以工代训补贴 公司能拿多少', expect: askOJT },
      { user: '公司交没交社保 俺真不知道', expect: dunnoOJT },
    ],
  },
  // ---------------------------------------------------------------- correction
  {
    id: 'v63d23',
    class: 'correction',
    probes: 'count corrected from 3 to 2 disabled hires: the amount follows',
    periodEnd: true,
    turns: [
      { user: '厂里招了3个残疾人 是参保企业 以工代训4个月 岗前补贴没领', expect: pay(2400) },
      { user: '不对 说错了 残疾人招的是两个人 不是仨', expect: payNot(1600, 2400) },
    ],
  },
  {
    id: 'v63d24',
    class: 'correction',
    probes: 'the child corrected to a nephew: the family aid no longer the applicant’s',
    turns: [
      { user: '我儿子在技校学厨师 俺家建档立卡户', expect: { noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } } },
      {
        user: '哦说错了 在技校的是我侄子 不是我儿子',
        expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { notVerdict: { rule: 'poor_family_child_aid', status: 'eligible' } }] },
      },
    ],
  },
  {
    id: 'v63d25',
    class: 'correction',
    probes: 'business age corrected to 6 years and the wish withdrawn: entrepreneurship not granted',
    turns: [
      { user: '开了个小网店 三年了 想参加个创业培训', expect: bizYes },
      {
        user: '不对不对 是开了六年了 而且也不打算再折腾了',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v63d26',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 6 to 3 for four poor hires',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 收了4个建档立卡的 干了10个月 以工代训6个月 岗前培训补贴都没领', expect: pay(4800) },
      { user: '以工代训那块说错了 这四个人是三个月', expect: payNot(2400, 4800) },
    ],
  },
  {
    id: 'v63d27',
    class: 'correction',
    probes: 'a pupil corrects 普通高中 to 中职: own aid applies after the correction',
    turns: [
      {
        user: '我在普通高中上高一 家里建档立卡 有啥补助',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'poor_family_student_aid', status: 'eligible' } },
      },
      { user: '打错了 是中职 不是高中 学的电子商务', expect: pupilAid },
    ],
  },
  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v63d28',
    class: 'topic_switch',
    probes: 'in-plan 助学金 then 高考加分 (outside): declined, no leak',
    turns: [
      { user: '我在中职上学 建档立卡家庭 助学金咋弄', expect: pupilAid },
      { user: '还有我明年想参加对口高考 高考能加分不', expect: decline },
    ],
  },
  {
    id: 'v63d29',
    class: 'topic_switch',
    probes: 'graduate entrepreneurship then 助学贷款 repayment (outside)',
    turns: [
      { user: '大学毕业想自己创业 开个设计工作室 有啥培训能上', expect: bizYes },
      { user: '顺便问下 助学贷款毕业以后咋还', expect: decline },
    ],
  },
  {
    id: 'v63d30',
    class: 'topic_switch',
    probes: '[two-children] elder at 技校 (aid), younger’s 考研 (outside), back to the elder’s prize',
    turns: [
      { user: '老大在技校学数控 家里是建档立卡户 有补助不', expect: childAid },
      { user: '老二今年考研 考研有没有补贴', expect: decline },
      { user: '再问下老大要是参加技能比赛拿了奖 有奖励没', expect: prize },
    ],
  },
  {
    id: 'v63d31',
    class: 'topic_switch',
    probes: '征兵体检 (outside) then veterans’ training (三(二))',
    turns: [
      { user: '我弟想去当兵 征兵体检一般啥时候', expect: decline },
      { user: '那退伍回来以后学个技能 方案里有培训计划吗', expect: { cites: ['三(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v63d32',
    class: 'topic_switch',
    probes: 'a university scholarship (outside) then jobless-graduate training',
    turns: [
      { user: '俺娃在郑大上学 他们学校奖学金咋评的', expect: decline },
      { user: '他毕业了要是找不到工作 有技能培训不', expect: { cites: ['三(二)', '三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v63d33',
    class: 'topic_switch',
    probes: 'school’s competition training award, then 学费贷款 deferral (outside)',
    turns: [
      {
        user: '学校组织我们备战技能大赛集训 学校这块有钱补没',
        expect: { noAmount: 'unfixed', cites: ['三(十五)'], notVerdict: { rule: 'competition_training_award', status: 'ineligible' } },
      },
      { user: '对了 学费贷款能延期还不', expect: decline },
    ],
  },
  {
    id: 'v63d34',
    class: 'topic_switch',
    probes: '两后生 meaning, then living allowance: not settled, no 200 元 from 以工代训',
    turns: [
      { user: '两后生 是啥意思 我初中毕业没上高中算不算', expect: { cites: ['三(二)'], noAmount: 'unfixed' } },
      { user: '那我去参加培训 一天给多少生活费', expect: { ...unsettled, mustNotContain: [/200\s*元/] } },
    ],
  },
  {
    id: 'v63d35',
    class: 'topic_switch',
    probes: '[two-children] elder at 技校, younger’s 高考志愿 (outside), back to the elder’s city prize',
    turns: [
      { user: '我家俩娃 大的在技校 小的在普通高中准备高考 大的那个 家里建档立卡 能有啥补助', expect: childAid },
      { user: '小的高考报志愿 咋填比较好', expect: decline },
      { user: '再说回大的 他今年参加郑州市职业技能竞赛得了一等奖', expect: prize },
    ],
  },
  {
    id: 'v63d36',
    class: 'topic_switch',
    probes: 'entrepreneurship training then 创业担保贷款 (another policy): declined',
    turns: [
      { user: '我想创业 但是还没想好干啥 先参加个培训中不', expect: bizYes },
      { user: '那个创业担保贷款 俺这情况最多能贷多少钱', expect: decline },
    ],
  },
  // ---------------------------------------------------------------- person_training
  {
    id: 'v63d37',
    class: 'person_training',
    probes: 'every condition given: training subsidy eligible, no figure (set elsewhere)',
    periodEnd: true,
    turns: [
      {
        user: '我是技校学生 课余去考了个焊工中级证 在郑州常住地培训的 今年头一回 培训机构说进系统了 没领养老金 以前也没考过焊工',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v63d38',
    class: 'person_training',
    probes: 'three subsidies this year already: a fourth not granted; “明年” after the plan ended',
    periodEnd: true,
    turns: [
      {
        user: '今年已经领过三次培训补贴了 还想再学个育婴师 还能补吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
      { user: '那俺等明年再去学育婴师呢', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v63d39',
    class: 'person_training',
    probes: 'same occupation and level again: not granted',
    turns: [
      {
        user: '考了个电工初级证 去年补过一次了 今年想再考一遍电工初级 还给补不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v63d40',
    class: 'person_training',
    probes: 'household-place training with certificate: facts asked; then the per-certificate amount is unset',
    periodEnd: true,
    turns: [
      {
        user: '我在老家户口所在地学的美容 拿到证了 能补多少钱',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, oneOf: [{ asks: true }, { cites: ['七(二)'] }] },
      },
      { user: '补贴标准到底多少钱一个证', expect: unsettled },
    ],
  },
  {
    id: 'v63d41',
    class: 'person_training',
    probes: 'a new national occupation: priority class standard (七(二)), no figure',
    turns: [{ user: '新职业 那个人工智能训练师 去培训有补贴没', expect: noFigure(['七(二)']) }],
  },
  {
    id: 'v63d42',
    class: 'person_training',
    probes: 'a retired mother on a pension: training subsidy not granted',
    turns: [
      {
        user: '我妈退休了 每月领着养老金 想学个养老护理 能补贴不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v63d43',
    class: 'entrepreneurship',
    probes: 'a 大三 student: college student, entrepreneurship training open',
    turns: [{ user: '大三学生 想毕业后开个工作室 创业培训 俺能参加吗', expect: bizYes }],
  },
  {
    id: 'v63d44',
    class: 'entrepreneurship',
    probes: 'a 技校 graduate street stall: open; then the per-person amount is unset',
    turns: [
      { user: '技校刚毕业 想摆摊卖烤冷面 有没有教创业的培训', expect: bizYes },
      { user: '创业培训给不给钱 一个人补多少', expect: unsettled },
    ],
  },
  {
    id: 'v63d45',
    class: 'entrepreneurship',
    probes: 'a small restaurant open 2.5 years: within 5 years',
    turns: [{ user: '开了个小饭馆 营业执照下来两年半了 创业培训有俺的份不', expect: bizYes }],
  },
  {
    id: 'v63d46',
    class: 'entrepreneurship',
    probes: 'an 8-year business and no wish to start one: not granted on those grounds',
    turns: [
      {
        user: '没啥创业的想法 就是问问 小公司开了8年了 老板能参加创业培训不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v63d47',
    class: 'entrepreneurship',
    probes: '[contact] who is responsible for 职业院校 pupils’ entrepreneurship training',
    turns: [
      {
        user: '职业院校在校生 搞创业意识培训 是哪个部门负责的',
        expect: { cites: ['三(八)'], says: [/人社局|教育局|财政局/], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v63d48',
    class: 'entrepreneurship',
    probes: 'a parent asks for a 中职 daughter who wants a small business: open',
    turns: [{ user: '俺闺女是中职的 还在学校 想搞个小买卖 学校里有创业培训吗', expect: bizYes }],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v63d49',
    class: 'equipment',
    probes: 'master studio 60万 from the fund, accepted: capped at 10万, not 12万',
    periodEnd: true,
    turns: [
      {
        user: '俺家厂里建了个技能大师工作室 用职工教育经费买了60万的实训设备 人社财政都验收过了',
        expect: kitNot(100000, 120000),
      },
    ],
  },
  {
    id: 'v63d50',
    class: 'equipment',
    probes: 'base 180万: fund and acceptance asked; not accepted; then accepted → 36万',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地 新买设备一百八十万', expect: askKit },
      { user: '钱是职工教育经费出的 验收还没弄', expect: noKit(360000, /36\s*万/) },
      { user: '上礼拜人社财政来验收 已经通过了', expect: kitNot(360000, 500000) },
    ],
  },
  {
    id: 'v63d51',
    class: 'equipment',
    probes: 'base 300万 capped at 50万, then corrected to 200万 → 40万',
    periodEnd: true,
    turns: [
      { user: '基地买了三百万的设备 教育经费出的 验收合格', expect: kitNot(500000, 600000) },
      { user: '哎说错了 基地那批设备是两百万 不是三百万', expect: kitNot(400000, 600000) },
    ],
  },
  {
    id: 'v63d52',
    class: 'equipment',
    probes: 'fund source unknown: no figure, no verdict',
    turns: [{ user: '工作室设备八十万 验收过了 是不是职工教育经费买的 我得问问会计 现在不清楚', expect: dunnoKit }],
  },
  // ---------------------------------------------------------------- education_fund
  {
    id: 'v63d53',
    class: 'education_fund',
    probes: 'fund 30万 under 8 % of 500万 (40万): 30万 deductible, pre-tax',
    turns: [{ user: '俺家公司一年工资总额五百万 职工教育经费提了30万 能扣多少', expect: deduct(300000, 400000) }],
  },
  {
    id: 'v63d54',
    class: 'education_fund',
    probes: 'fund 20万 over 8 % of 200万: 16万; front-line share 50 % under 60 %',
    turns: [
      {
        user: '工资薪金总额200万 教育经费提了二十万 一线职工用了一半',
        expect: { ...deduct(160000, 200000), says: [/税前/, /60\s*%|百分之六十|六成/] },
      },
    ],
  },
  {
    id: 'v63d55',
    class: 'education_fund',
    probes: 'payroll asked, then 120万 payroll and 10万 fund → 9.6万',
    turns: [
      { user: '俺爸公司问 职工教育经费这块 税前到底能扣多少', expect: { ...askFund, cites: ['六(二)'] } },
      { user: '工资总额一年大概120万 经费提了十万', expect: deduct(96000, 100000) },
    ],
  },
  {
    id: 'v63d56',
    class: 'education_fund',
    probes: 'payroll unknown: no figure',
    turns: [{ user: '教育经费提了8万 工资总额多少 我也不知道 财务没给我', expect: askFund }],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v63d57',
    class: 'apprenticeship',
    probes: 'a parent’s son as 企业新型学徒: no amount fixed',
    turns: [{ user: '我儿子在厂里当企业新型学徒 厂里能拿多少补贴', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v63d58',
    class: 'apprenticeship',
    probes: '15 apprentices per head: no figure; then 师带徒 allowance from the education fund',
    turns: [
      { user: '我们公司带了15个新型学徒 按人头能补多少钱', expect: noFigure(['四(一)']) },
      { user: '那师带徒的津贴呢 钱能从哪出', expect: noFigure(['六(二)']) },
    ],
  },
  {
    id: 'v63d59',
    class: 'apprenticeship',
    probes: 'the three-year apprentice target (2万名)',
    turns: [{ user: '现代学徒制跟企业新型学徒制 三年要培养多少人', expect: { cites: ['四(一)'], says: [/2\s*万/], noAmount: 'unfixed' } }],
  },
  // ---------------------------------------------------------------- period
  {
    id: 'v63d60',
    class: 'period',
    probes: 'a 建档立卡 pupil asks whether free training is still open today',
    periodEnd: true,
    turns: [{ user: '我是建档立卡的 现在还能去免费培训吗', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } }],
  },
  {
    id: 'v63d61',
    class: 'period',
    probes: '[dated] 2020 family aid for a 技校 child: within the period, aid not denied',
    turns: [{ user: '2020年那会俺家孩子在技校 建档立卡户 那年有补助吗', expect: childAid }],
  },
  {
    id: 'v63d62',
    class: 'period',
    probes: 'entrepreneurship today (ended), then [dated] early 2021 (in force)',
    periodEnd: true,
    turns: [
      { user: '今年俺还能报名那个创业培训不 技校毕业生', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
      {
        user: '那要是2021年上半年报的名 算吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v63d63',
    class: 'period',
    probes: '以工代训 “现在还能申请”: the amount and the plan’s end',
    periodEnd: true,
    turns: [
      {
        user: '以工代训补贴现在还能申请不 俺家小厂收了个贫困户干了7个月 以工代训2个月 岗前补贴没拿',
        expect: { ...pay(400), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v63d64',
    class: 'period',
    probes: 'a 2022 prize and this plan: the plan had ended, no figure',
    periodEnd: true,
    turns: [{ user: '技能大赛获奖的奖励 俺是2022年拿的奖 还算这个方案里的不', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } }],
  },
];
