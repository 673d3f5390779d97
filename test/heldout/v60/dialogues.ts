/**
 * HELD-OUT dialogues, set v60 — written blind from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or other held-out sets beyond the format
 * lines of v15. Not to be tuned on: no word of these messages goes into a glossary, pattern or
 * fixture. Once a dialogue has been fixed by a targeted change it measures nothing any more.
 *
 * Who types here: staff of a bookkeeping agency (代账公司) who keep the books of several client
 * companies and ask about them in one chat ("第一家是…", "再说第二家", "刚才那家的社保其实没交"),
 * an HR outsourcing firm and a 人力资源服务机构. They mix clients, correct a fact of an earlier
 * client, ask the same question for another client, and ask about the education-fund deduction,
 * equipment at bases and studios, 以工代训 and whom to apply to. WeChat style: no punctuation,
 * 俩/仨/半年, typos, "不清楚/忘了".
 *
 * Facts of one client never carry over to another: a second client whose insurance is not said
 * must be asked about it. Nothing is inferred from silence.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only by an
 *   insured enterprise; 退役军人 and ordinary migrant workers are no group; rows with the
 *   岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, entrepreneurship training, family
 *   aid: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
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
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
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
/** Who to ask. */
const WHO = /人社|人力资源|12333/;

export const DIALOGUES_V60: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v60d01', class: 'one_group', periodEnd: true,
    probes: 'months employed (8) are not months of 以工代训 (5)',
    turns: [{ user: '第一家是做服装的公司 招了3个建档立卡贫困户 到现在干了8个月了 以工代训搞了5个月 岗前培训补贴没申请过 以工代训能拿多少', expect: payNot(3000, 3600, 4800) }],
  },
  {
    id: 'v60d02', class: 'one_group', periodEnd: true,
    probes: 'poverty workshop, months and pre-job subsidy unstated: ask, then pay',
    turns: [
      { user: '我们代账的一个客户 是扶贫车间 收了俩贫困劳动力 以工代训补贴咋算的', expect: askOJT },
      { user: '干了快一年了 以工代训做了仨月 岗前那个没领', expect: pay(1200) },
    ],
  },
  {
    id: 'v60d03', class: 'one_group', periodEnd: true,
    probes: 'a disabled hire at an insured enterprise counts as 就业困难',
    turns: [{ user: '客户是家物流公司 社保一直正常交 招了一个残疾人 以工代训四个月 岗前补贴木有领 给算算', expect: pay(800) }],
  },
  {
    id: 'v60d04', class: 'one_group', periodEnd: true,
    probes: 'zero-employment family hires at an insured company',
    turns: [{ user: '第三家那个贸易公司 交着社保的 招了俩零就业家庭的 以工代训都是6个月 岗前补贴没拿过', expect: pay(2400) }],
  },
  {
    id: 'v60d05', class: 'one_group', periodEnd: true,
    probes: '以工代训 months over 6 are capped at 6',
    turns: [{ user: '有个农民专业合作社客户 要了1个贫困户 干了十个月 以工代训也十个月 岗前没领 补多少', expect: payNot(1200, 2000) }],
  },
  {
    id: 'v60d06', class: 'one_group', periodEnd: true,
    probes: 'the second client\'s insurance is not the first client\'s: ask before paying',
    turns: [
      { user: '第一家是快递公司 交社保 招了2个残疾人 以工代训3个月 岗前没领', expect: pay(1200) },
      { user: '再说第二家 也是个公司 招了3个残疾人 以工代训4个月 岗前也没领', expect: { asks: true, mustNotContain: ['2400'], notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
      { user: '第二家社保也一直交着呢', expect: pay(2400) },
    ],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v60d07', class: 'several_groups', periodEnd: true,
    probes: 'two groups keep their own counts and months',
    turns: [{ user: '我们一个客户公司 参保的 招了2个贫困户干了7个月以工代训3个月 还有1个就业困难人员以工代训5个月 都没领岗前补贴', expect: payNot(2200, 1800, 3000) }],
  },
  {
    id: 'v60d08', class: 'several_groups', periodEnd: true,
    probes: 'veterans are no 以工代训 group; the poor-labour row alone is paid',
    turns: [
      { user: '客户是个扶贫车间 招了4个贫困户 还有2个退伍军人 都以工代训6个月了 贫困户干了半年多 岗前补贴都没领', expect: payNot(4800, 7200) },
      { user: '那退伍的那俩为啥不算', expect: { cites: ['六(一)'], mustNotContain: ['7200'] } },
    ],
  },
  {
    id: 'v60d09', class: 'several_groups', periodEnd: true,
    probes: 'three groups: migrants do not count, poor labour and disabled do',
    turns: [{ user: '客户电子厂 社保交着 招了1个贫困户干满6个月以工代训6个月 2个残疾人以工代训2个月 3个农村出来打工的以工代训4个月 岗前一律没领', expect: payNot(2000, 4400) }],
  },
  {
    id: 'v60d10', class: 'several_groups', periodEnd: true,
    probes: 'one group settled, the other asked by name, then the total',
    turns: [
      { user: '第二家 公司交社保 招了3个就业困难的以工代训4个月 另外还有2个贫困劳动力 岗前都没领', expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['4400'] } },
      { user: '贫困户那俩干了9个月 以工代训5个月', expect: pay(4400) },
    ],
  },
  {
    id: 'v60d11', class: 'several_groups', periodEnd: true,
    probes: 'a cooperative without insurance: only the poor-labour row counts',
    turns: [{ user: '客户合作社 贫困户3个 以工代训2个月 干了7个月 残疾人1个 以工代训6个月 合作社没交社保 岗前都没领', expect: payNot(1200, 2400) }],
  },
  {
    id: 'v60d12', class: 'several_groups', periodEnd: true,
    probes: 'HR services company with two groups',
    turns: [{ user: '我们自己就是人力资源服务公司 企业 交社保 招了2个贫困劳动力干了7个月 以工代训3个月 另外招了1个就业困难人员以工代训3个月 岗前都没领', expect: payNot(1800, 1200 * 3) }],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v60d13', class: 'negation_after_noun', periodEnd: true,
    probes: '岗前培训补贴 … 真没领过: not claimed',
    turns: [{ user: '岗前培训补贴这个东西 那家公司给那俩贫困户 是真没领过 他们干了8个月 以工代训4个月', expect: pay(1600) }],
  },
  {
    id: 'v60d14', class: 'negation_after_noun',
    probes: '社保 … 一直都没给员工交: not insured',
    turns: [{ user: '社保这块 第二家公司 说实话一直都没给员工交 招了2个就业困难人员 以工代训5个月 岗前补贴没领', expect: noPay(2000) }],
  },
  {
    id: 'v60d15', class: 'negation_after_noun',
    probes: '岗前技能培训补贴 … 已经申请过了: claimed, no 以工代训',
    turns: [{ user: '岗前技能培训补贴 之前招人的时候 已经给那仨贫困户申请过了 他们现在干了10个月 以工代训也弄了4个月 公司的', expect: noPay(2400) }],
  },
  {
    id: 'v60d16', class: 'negation_after_noun',
    probes: 'insurance unstated, then 社保 … 就没交过',
    turns: [
      { user: '我们客户那个公司 招了1个残疾人 以工代训3个月 岗前没领过', expect: askOJT },
      { user: '社保的话 客户那边说 开业到现在 就没交过', expect: noPay(600) },
    ],
  },
  {
    id: 'v60d17', class: 'negation_after_noun',
    probes: '贫困户 … 不是: ordinary migrant workers',
    turns: [{ user: '贫困户那个身份 其实我们客户招的这俩人 不是 就是普通农村出来打工的 干了7个月 以工代训5个月 公司没领岗前', expect: notYes(2000) }],
  },
  {
    id: 'v60d18', class: 'negation_after_noun',
    probes: '验收 … 到现在也没弄: not accepted, no equipment amount',
    turns: [{ user: '验收这一步 客户那个大师工作室 到现在也没弄 设备买了25万 职工教育经费出的', expect: noKit(50000, /5万/) }],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v60d19', class: 'unknown_reply',
    probes: '"不知道" about insurance leaves it open',
    turns: [
      { user: '客户公司招了2个就业困难人员 以工代训5个月 岗前补贴没领 能补多少', expect: askOJT },
      { user: '社保交没交我这边还真不知道 客户没给资料', expect: dunnoOJT },
    ],
  },
  {
    id: 'v60d20', class: 'unknown_reply', periodEnd: true,
    probes: 'months employed: 不清楚, then given',
    turns: [
      { user: '扶贫车间客户 招了3个贫困户 以工代训4个月 岗前没领', expect: askOJT },
      { user: '干多久了 这个忘了问 不清楚', expect: dunnoOJT },
      { user: '问了 都干了7个月了', expect: pay(2400) },
    ],
  },
  {
    id: 'v60d21', class: 'unknown_reply',
    probes: 'acceptance 不确定 leaves the equipment subsidy open',
    turns: [
      { user: '客户公司建了个技能大师工作室 买了40万的实训设备 钱是职工教育经费出的 能补多少', expect: askKit },
      { user: '验收过没有 不确定 我回头问问', expect: dunnoKit },
    ],
  },
  {
    id: 'v60d22', class: 'unknown_reply',
    probes: 'fund drawn unknown: no deduction figure as if settled',
    turns: [{
      user: '第二家 工资薪金总额一年大概500万 职工教育经费提了多少 我不清楚 税前能扣多少',
      expect: { undecided: 'education_fund_deduction', mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/], oneOf: [{ asks: true }, { says: [/8\s*%|百分之八/] }] },
    }],
  },
  {
    id: 'v60d23', class: 'unknown_reply',
    probes: 'pre-job subsidy "说不准" stays open',
    turns: [
      { user: '客户招了个贫困户 在公司干了9个月 以工代训6个月', expect: askOJT },
      { user: '岗前补贴领没领过 说不准 前任会计办的', expect: dunnoOJT },
    ],
  },
  {
    id: 'v60d24', class: 'unknown_reply', periodEnd: true,
    probes: 'same question for a second client whose insurance is forgotten',
    turns: [
      { user: '第一家 公司 参保 就业困难人员2个 以工代训6个月 岗前没领', expect: pay(2400) },
      { user: '第二家一样问题 也是就业困难人员 1个 以工代训2个月 岗前没领 社保交没交我忘了', expect: { mustNotContain: ['400'], notVerdict: { rule: 'on_job_training', status: 'ineligible' }, oneOf: [{ asks: true }, { undecided: 'on_job_training' }] } },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v60d25', class: 'correction', periodEnd: true,
    probes: '"刚才那家的社保其实没交" replaces insured',
    turns: [
      { user: '第一家公司 交社保的 招了2个残疾人 以工代训5个月 没领岗前', expect: pay(2000) },
      { user: '刚才那家的社保其实没交 我看错表了', expect: noPay(2000) },
    ],
  },
  {
    id: 'v60d26', class: 'correction', periodEnd: true,
    probes: 'count corrected from 3 to 4',
    turns: [
      { user: '客户合作社 招了3个贫困户 干了8个月 以工代训3个月 岗前没领', expect: pay(1800) },
      { user: '说错了 是4个人', expect: payNot(2400, 1800) },
    ],
  },
  {
    id: 'v60d27', class: 'correction', periodEnd: true,
    probes: 'months employed corrected from 5 to 7',
    turns: [
      { user: '我们帮一个公司问 招了2个建档立卡的 干了5个月 以工代训5个月 岗前补贴没领', expect: { status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['2000'] } },
      { user: '不对不对 干了7个月了 我看成入职那月了', expect: pay(2000) },
    ],
  },
  {
    id: 'v60d28', class: 'correction', periodEnd: true,
    probes: 'a correction about the first client after the second one',
    turns: [
      { user: '第一家 商贸公司 交社保 招了1个就业困难人员 以工代训6个月 岗前没领', expect: pay(1200) },
      { user: '再说第二家 是个扶贫车间 招了2个贫困户 干了一年 以工代训2个月 岗前也没领', expect: pay(800) },
      {
        user: '哦对 刚才第一家那个就业困难的 其实岗前补贴领过了',
        expect: { oneOf: [{ status: { rule: 'on_job_training', status: 'ineligible' } }, { asks: true }, { says: [/第一家.{0,30}(不能|不符合|不再|无法|不可|不享受)/] }] },
      },
    ],
  },
  {
    id: 'v60d29', class: 'correction', periodEnd: true,
    probes: 'group corrected from veterans to 就业困难人员',
    turns: [
      { user: '客户公司交社保 招的3个人是退役军人 以工代训4个月 岗前没领', expect: notYes(2400) },
      { user: '不好意思说错了 他们是就业困难人员 退役军人是另一家的', expect: pay(2400) },
    ],
  },
  {
    id: 'v60d30', class: 'correction',
    probes: 'equipment value corrected: the base cap applies',
    turns: [
      { user: '客户建的高技能人才培训基地 新买实训设备200万 职工教育经费出的 人社财政验收过了', expect: kit(400000) },
      { user: '不对 是300万', expect: kit(500000) },
    ],
  },
  {
    id: 'v60d31', class: 'correction',
    probes: 'fund drawn corrected: the 8 % cap now binds',
    turns: [
      { user: '客户工资总额600万 教育经费提了40万 税前扣多少', expect: deduct(400000) },
      { user: '说错了 经费提的是60万', expect: deduct(480000) },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v60d32', class: 'topic_switch', periodEnd: true,
    probes: 'after 以工代训, the education-fund ratio is answered from 六(二)',
    turns: [
      { user: '客户扶贫车间 5个贫困户 干了7个月 以工代训6个月 岗前没领', expect: pay(6000) },
      { user: '换个事 职工教育经费税前扣除 比例是多少', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/], mustNotContain: ['6000'] } },
    ],
  },
  {
    id: 'v60d33', class: 'topic_switch',
    probes: '[contact] after a deduction, whom to apply to for 以工代训',
    turns: [
      { user: '客户工资薪金总额200万 职工教育经费提了20万 税前能扣多少', expect: deduct(160000) },
      { user: '另外问下 以工代训补贴找哪个部门申请', expect: { cites: ['六(一)'], says: [WHO], mustNotContain: ['160000', '16万'] } },
    ],
  },
  {
    id: 'v60d34', class: 'topic_switch',
    probes: 'an outside question after apprenticeship is declined',
    turns: [
      { user: '客户公司搞企业新型学徒 带了10个学徒 一个学徒补多少', expect: noFigure(['四(一)']) },
      { user: '跟这个没关系啊 郑州今年最低工资标准多少', expect: decline },
    ],
  },
  {
    id: 'v60d35', class: 'topic_switch',
    probes: 'HR services firm: standards, then the yearly limit of training subsidies',
    turns: [
      { user: '我们是人力资源服务机构 能不能参与开发职业技能标准和题库', expect: { cites: ['五(二)'] } },
      { user: '那再问 我们客户有个员工想考证 每年最多补贴几次', expect: { cites: ['七(二)'], says: [/3\s*次|三次/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v60d36', class: 'topic_switch', periodEnd: true,
    probes: 'entrepreneurship after 以工代训: no 以工代训 figure leaks',
    turns: [
      { user: '第一家 合作社 2个贫困户 干了8个月 以工代训5个月 没领岗前', expect: pay(2000) },
      { user: '那家老板自己还想学学怎么开网店创业 能参加创业培训不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v60d37', class: 'topic_switch', periodEnd: true,
    probes: '生活费补贴 after 以工代训: not settled, no number from the wrong rule',
    turns: [
      { user: '客户公司交社保 招了1个零就业家庭成员 以工代训5个月 岗前没领', expect: pay(1000) },
      { user: '那培训期间员工的生活费补贴 一个月给多少', expect: { ...unsettled, mustNotContain: ['1000'] } },
    ],
  },
  {
    id: 'v60d38', class: 'topic_switch',
    probes: 'project advance, then 民办 vs 公办 institutions',
    turns: [
      { user: '客户是培训机构 搞项目制培训 这个项目培训补贴一共16万 能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 80000 } } },
      { user: '换个问题 民办培训机构跟公办的待遇一样吗', expect: { cites: ['四(三)'], mustNotContain: ['80000', '8万'] } },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v60d39', class: 'person_training', periodEnd: true,
    probes: 'an employee with every fact given: eligible or one more question, no figure',
    turns: [{
      user: '客户公司有个员工 户口在外地 在郑州上班 培训完拿了电工证 今年第一次 培训机构是进了系统的 不领养老金 能有职业培训补贴不',
      expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, oneOf: [{ status: { rule: 'vocational_training', status: 'eligible' } }, { asks: true }] },
    }],
  },
  {
    id: 'v60d40', class: 'person_training',
    probes: 'three subsidies this year already: no fourth',
    turns: [{
      user: '员工今年已经享受过3次培训补贴了 再培训一个 还能补吗',
      expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, oneOf: [{ status: { rule: 'vocational_training', status: 'ineligible' } }, { says: [/不超过\s*(3|三)\s*次/], cites: ['七(二)'] }] },
    }],
  },
  {
    id: 'v60d41', class: 'person_training',
    probes: 'a pensioner, then a correction to his daughter without a pension',
    turns: [
      { user: '有个客户的老员工 已经退休领养老金了 返聘回来 参加培训能拿补贴不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } } },
      { user: '不对 我问错人了 是他闺女 没退休 也不领养老金', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v60d42', class: 'person_training',
    probes: 'same occupation and level again: not twice',
    turns: [{
      user: '员工去年领过中级电工的培训补贴 今年又考了一遍中级电工 还能补吗',
      expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, oneOf: [{ status: { rule: 'vocational_training', status: 'ineligible' } }, { says: [/不(可|能|得)重复/] }] },
    }],
  },
  {
    id: 'v60d43', class: 'person_training',
    probes: 'certificate only: ask; the system unknown stays open',
    turns: [
      { user: '客户公司员工去培训机构学了育婴师 证拿到了 补贴能领吗', expect: { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '机构进没进那个河南省的系统 不知道', expect: { noAmount: 'open', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v60d44', class: 'person_training',
    probes: 'a new occupation: priority-supported standard, no figure',
    turns: [{ user: '客户员工学的是国家新公布的新职业 这种能纳入补贴目录吗 按啥标准', expect: { cites: ['七(二)'], says: [/优先支持/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v60d45', class: 'person_training',
    probes: '[contact] where a training is subsidised: 户籍地/常住地/求职就业地',
    turns: [{ user: '员工培训补贴 是在户籍地领 还是在干活的地方领 我们客户员工户口在周口', expect: { cites: ['七(二)'], says: [/户籍地|常住地|求职就业地/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v60d46', class: 'person_training',
    probes: 'a poor family\'s child at a 技工学校: the family\'s aid, not the parent\'s student status',
    turns: [{ user: '刚才那家的员工 是建档立卡户 孩子在技工学校上学 家里能有补助吗', expect: { noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' }, cites: ['三(三)', '三(十四)'] } }],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v60d47', class: 'entrepreneurship',
    probes: 'a small business open 3 years qualifies for 创业培训',
    turns: [{ user: '第二家的老板 公司开了3年 小微企业 想参加创业培训 符合吗', expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' } } }],
  },
  {
    id: 'v60d48', class: 'entrepreneurship',
    probes: 'open 8 years: not by the 5-year route; then the wish is stated',
    turns: [
      { user: '客户老板 他那公司都开了八年了 能参加创业培训吗', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      { user: '他想再开个新公司 有这个打算', expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v60d49', class: 'entrepreneurship',
    probes: 'a fresh college graduate who wants to start a business',
    turns: [{ user: '我们做代账的 客户那边有个大学刚毕业的想自己创业 创业培训能参加吗 补多少钱', expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' } } }],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v60d50', class: 'equipment',
    probes: 'studio equipment 30万: 20 %',
    turns: [{ user: '客户建了技能大师工作室 新购实训设备30万 用的职工教育经费 人社和财政验收合格了 能补多少', expect: kit(60000) }],
  },
  {
    id: 'v60d51', class: 'equipment',
    probes: 'studio equipment 80万: capped at 10万',
    turns: [{ user: '另一家的技能大师工作室 设备花了80万 职工教育经费列支 验收也过了', expect: kit(100000) }],
  },
  {
    id: 'v60d52', class: 'equipment',
    probes: 'bought with a bank loan, not the education fund',
    turns: [{ user: '客户的高技能人才培训基地 买设备100万 用的是银行贷款 不是职工教育经费 验收合格', expect: noKit(200000, /20万/) }],
  },
  {
    id: 'v60d53', class: 'equipment',
    probes: 'a base and a studio each on its own cap; then [contact] who accepts',
    turns: [
      { user: '客户有两个地方 一个高技能人才培训基地买了设备150万 一个技能大师工作室买了设备20万 都是职工教育经费 都验收过了', expect: kit(340000) },
      { user: '这钱找谁申请 哪个部门验收', expect: { cites: ['四(一)'], says: [/人力资源社会保障|人社|财政/] } },
    ],
  },
  {
    id: 'v60d54', class: 'equipment',
    probes: 'value and acceptance asked, then paid',
    turns: [
      { user: '工作室买了设备 职工教育经费出的 能补多少', expect: askKit },
      { user: '设备总共45万 验收过了 是技能大师工作室', expect: kit(90000) },
    ],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v60d55', class: 'education_fund',
    probes: 'fund over 8 %: the cap is the deduction',
    turns: [{ user: '客户工资薪金总额一年300万 职工教育经费提了30万 税前扣除能扣多少', expect: deduct(240000) }],
  },
  {
    id: 'v60d56', class: 'education_fund',
    probes: 'fund under 8 %: the fund is the deduction',
    turns: [{ user: '第二家工资总额150万 教育经费提了9万 一线职工培训用了七成 税前能扣多少', expect: deduct(90000) }],
  },
  {
    id: 'v60d57', class: 'education_fund',
    probes: 'payroll missing, then given',
    turns: [
      { user: '客户职工教育经费提了50万 能全扣吗', expect: { ...askFund, asks: true } },
      { user: '工资薪金总额500万', expect: deduct(400000) },
    ],
  },
  {
    id: 'v60d58', class: 'education_fund',
    probes: 'front-line share under 60 % is noted',
    turns: [{ user: '客户工资总额400万 教育经费提了20万 不过一线职工培训只花了一半', expect: { ...deduct(200000), says: [/税前/, /60\s*%|百分之六十|六成/] } }],
  },
  {
    id: 'v60d59', class: 'education_fund',
    probes: 'same question for the second client',
    turns: [
      { user: '第一家工资薪金总额250万 职工教育经费25万 税前扣除多少', expect: deduct(200000) },
      { user: '第二家一样的问题 工资总额80万 经费提了5万', expect: deduct(50000) },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v60d60', class: 'apprenticeship',
    probes: 'apprentice amount not fixed',
    turns: [{ user: '客户公司带了15个企业新型学徒 补贴标准多少钱一个', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v60d61', class: 'apprenticeship',
    probes: 'both schemes named; per-head amount not settled',
    turns: [
      { user: '现代学徒制跟企业新型学徒制 补贴都有没有', expect: noFigure(['四(一)']) },
      { user: '那具体一人多少 方案里没写？', expect: unsettled },
    ],
  },
  {
    id: 'v60d62', class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund (六(二))',
    turns: [{ user: '第三家客户问 师带徒的津贴能不能从职工教育经费里出', expect: noFigure(['六(二)']) }],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v60d63', class: 'period',
    probes: 'can it still be claimed today: the plan ended',
    turns: [{ user: '现在还能给客户申请以工代训补贴吗 就2019年那个文件', expect: { ...over, noAmount: 'open' } }],
  },
  {
    id: 'v60d64', class: 'period', periodEnd: true,
    probes: '[dated] 2020 hire answered for that date',
    turns: [{ user: '2020年3月 客户公司 参保的 招了1个零就业家庭成员 以工代训6个月 岗前没领 当时能拿多少', expect: pay(1200) }],
  },
  {
    id: 'v60d65', class: 'period', periodEnd: true,
    probes: 'a 2022 hire is after the plan; a 2021 one is paid',
    turns: [
      { user: '2022年初招的贫困户 以工代训还能按这个方案补吗', expect: { ...over, noAmount: 'open' } },
      { user: '那2021年上半年招的呢 扶贫车间 1个人 干了6个月 以工代训6个月 岗前没领', expect: pay(1200) },
    ],
  },
  {
    id: 'v60d66', class: 'period',
    probes: 'a person\'s training subsidy asked today',
    turns: [{ user: '职业培训补贴 今天去申请还有戏吗', expect: { ...over, noAmount: 'unfixed' } }],
  },
];
