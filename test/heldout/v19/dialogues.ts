/**
 * HELD-OUT dialogues, set v19 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no message is reused or
 * paraphrased from earlier sets. Written blind. Not to be tuned on: no word of these messages
 * goes into a glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change
 * it measures nothing any more; write a new one instead.
 *
 * Who types here: a steel-structure company's admin clerk (钢结构), a mountain tea cooperative
 * (茶叶合作社), a call-centre company's trainer, a 职业院校's finance officer, a
 * property-management firm's HR (物业), a vegetable-wholesale boss, a former soldier now a taxi
 * driver, the mother of a 技工学校 student from a 建档立卡 family, a 50-year-old laid-off textile
 * worker, a woman who wants to open a noodle shop (面馆) and a community worker asking for
 * residents. WeChat on a phone: 河南话 (俺 / 咋 / 木有 / 中 / 恁 / 啥 / 哩 / 中不中), homophone
 * typos, odd spacing, Chinese and full-width numerals, bare replies, facts over several turns.
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it
 * depends on has been said; "不知道/不清楚" leaves the fact open.
 *
 * Amounts, computed by hand from the contract and checked twice against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (not a 职业院校); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact is not known yet: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreading's figure. */
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
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
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** Which office: the 人社 department named. */
const office: TurnExpect = { says: [/人社|人力资源/] };

export const DIALOGUES_V19: Dialogue[] = [
  // ------------------------------------------------------------ one group
  {
    id: 'v19d01', class: 'one_group', periodEnd: true,
    probes: 'employment months given, 以工代训 months and 岗前 补贴 arrive in the second turn',
    turns: [
      { user: '俺们是做钢结构哩公司 招了5个建档立卡哩 都干了七个月了 以工代训能补多少', expect: askOJT },
      { user: '以工代训搞了4个月 岗前那个培训补贴 没领过', expect: pay(4000) },
    ],
  },
  {
    id: 'v19d02', class: 'one_group', periodEnd: true,
    probes: '以工代训 months over the 6-month cap, the uncapped figure absent',
    turns: [
      { user: '俺批发蔬菜哩 有公司执照 收了4个贫困户来装卸 干一年多了', expect: askOJT },
      { user: '以工代训 弄了8个月哩，岗前补贴木拿过', expect: payNot(4800, 6400) },
    ],
  },
  {
    id: 'v19d03', class: 'one_group', periodEnd: true,
    probes: 'bare replies answer the questions one by one',
    turns: [
      { user: '呼叫中心 公司 招了贫困劳动力 想申请以工代训补帖', expect: askOJT },
      { user: '6个人', expect: askOJT },
      { user: '都上班快十个月了 以工代训带了两个月', expect: askOJT },
      { user: '岗前的木申请 一分没拿', expect: pay(2400) },
    ],
  },
  {
    id: 'v19d04', class: 'one_group', periodEnd: true,
    probes: 'insured enterprise with disabled hires, all facts in one message',
    turns: [
      { user: '物业公司 正常交社保 去年要了3个残疾人 当保洁 以工代训六个月 岗前培训补贴没申请过 能给多少钱', expect: pay(3600) },
    ],
  },
  {
    id: 'v19d05', class: 'one_group',
    probes: 'employed under 6 months: poor labour does not qualify, no figure',
    turns: [
      { user: '茶叶合作社 山里头哩 收了贫困户两个 才来仨月 以工代训也弄了仨月 岗前补贴没领', expect: notYes(1200) },
    ],
  },
  {
    id: 'v19d06', class: 'one_group', periodEnd: true,
    probes: 'a head count given roughly first, then exactly',
    turns: [
      { user: '俺们钢构厂 要了十来个建档立卡户 都干了八九个月了 以工代训 五个月 岗前补贴没领', expect: askOJT },
      { user: '数了一下 准确是11个', expect: payNot(11000, 10000) },
    ],
  },
  {
    id: 'v19d07', class: 'one_group',
    probes: 'uninsured enterprise with 就业困难 hires: insurance must be asked',
    turns: [
      { user: '俺开的蔬菜批发公司 招了2个就业困难人员 以工代训3个月 岗前补贴没领过 有钱没', expect: askOJT },
      { user: '社保 交着哩 都交', expect: pay(1200) },
    ],
    periodEnd: true,
  },
  // ------------------------------------------------------------ several groups
  {
    id: 'v19d08', class: 'several_groups', periodEnd: true,
    probes: 'a second group employed only 4 months does not add',
    turns: [
      { user: '俺们是茶叶专业合作社 收了三个贫困户 干了八个月了', expect: askOJT },
      { user: '岗前哩补贴 木领 以工代训搞了5个月', expect: pay(3000) },
      { user: '还有俩是后来招哩 才干四个月 以工代训也四个月 一块算上中不中', expect: payNot(3000, 4600) },
    ],
  },
  {
    id: 'v19d09', class: 'several_groups', periodEnd: true,
    probes: 'two groups of an insured enterprise, rough count then exact',
    turns: [
      { user: '物业公司 参保的 招了就业困难人员 大概十几个', expect: askOJT },
      { user: '准确是12个 以工代训六个月 岗前补贴都没申请', expect: pay(14400) },
      { user: '另外零就业家庭的还有2个 以工代训搞了3个月 岗前的也没领', expect: pay(15600) },
    ],
  },
  {
    id: 'v19d10', class: 'several_groups', periodEnd: true,
    probes: 'three groups with different months, one over the cap',
    turns: [
      { user: '钢结构公司 贫困劳动力三批 都干够半年了 岗前补贴一个都没领', expect: askOJT },
      { user: '第一批4个 以工代训2个月，第二批3个 以工代训6个月，第三批1个 以工代训九个月', expect: payNot(6400, 7000) },
    ],
  },
  {
    id: 'v19d11', class: 'several_groups', periodEnd: true,
    probes: 'one group claimed the 岗前 subsidy and drops out',
    turns: [
      { user: '呼叫中心公司 交社保 招了就业困难的5个 零就业家庭的2个 以工代训都是4个月', expect: askOJT },
      { user: '就业困难那5个 岗前培训补贴领过了，零就业那俩木领', expect: payNot(1600, 5600) },
    ],
  },
  {
    id: 'v19d12', class: 'several_groups', periodEnd: true,
    probes: 'poor labour and 就业困难 at a company whose insurance is not said',
    turns: [
      { user: '俺们是茶叶公司 贫困户4个 干了一年 以工代训三个月；还有就业困难哩1个 以工代训俩月 岗前都没领', expect: { oneOf: [askOJT, { ...pay(2400), asks: true }] } },
      { user: '公司 给他们交的有社保', expect: pay(2800) },
    ],
  },
  {
    id: 'v19d13', class: 'several_groups', periodEnd: true,
    probes: 'groups given over turns with full-width numerals',
    turns: [
      { user: '俺们公司 蔬菜配送 建档立卡的 ３个 干了７个月 以工代训６个月', expect: askOJT },
      { user: '岗前补贴么有领', expect: pay(3600) },
      { user: '又想起来 还有２个 也是建档立卡 干了１０个月 以工代训１个月 岗前也么领', expect: pay(4000) },
    ],
  },
  // ------------------------------------------------------------ negation after noun
  {
    id: 'v19d14', class: 'negation_after_noun', periodEnd: true,
    probes: 'negation of 岗前 subsidy far after the noun',
    turns: [
      { user: '呼叫中心公司 吸纳了6个贫困劳动力 都上班半年多了 岗前培训补贴呢 之前 人事那边说 俺们 没有申请过 以工代训做了3个月', expect: pay(3600) },
    ],
  },
  {
    id: 'v19d15', class: 'negation_after_noun',
    probes: '岗前 subsidy claimed, stated after the noun: no 以工代训',
    turns: [
      { user: '岗前培训补贴 这个 俺们公司给那5个就业困难的 早就领过了 公司参保 以工代训4个月 还能拿以工代训补贴不', expect: noPay(4000) },
    ],
  },
  {
    id: 'v19d16', class: 'negation_after_noun', periodEnd: true,
    probes: 'insurance negated after the noun: 就业困难 hires do not count',
    turns: [
      { user: '社保这块 俺这个小物业公司 给保安们 说实话 一直都木交 招了3个就业困难人员 以工代训5个月 岗前补贴没领', expect: notYes(3000) },
    ],
  },
  {
    id: 'v19d17', class: 'negation_after_noun', periodEnd: true,
    probes: '"不是没领" double negation means claimed',
    turns: [
      { user: '钢构公司 建档立卡4个 干了八个月 以工代训3个月', expect: askOJT },
      { user: '岗前补贴 也不是没领 去年领过了', expect: noPay(2400) },
    ],
  },
  {
    id: 'v19d18', class: 'negation_after_noun', periodEnd: true,
    probes: 'negated fund source far after the noun: no equipment subsidy',
    turns: [
      { user: '实训设备 给技能大师工作室买哩 花了30万 验收也过了 钱呢 跟职工教育经费 一点关系都木有 是老板自己掏哩', expect: noKit(60000, /6万/) },
    ],
  },
  // ------------------------------------------------------------ unknown reply
  {
    id: 'v19d19', class: 'unknown_reply', periodEnd: true,
    probes: '"不清楚" on employment months, answered later',
    turns: [
      { user: '钢构厂 吸纳了建档立卡哩7个人 以工代训多少钱', expect: askOJT },
      { user: '干了多久不清楚 得问车间主任', expect: dunnoOJT },
      { user: '问了 都干九个月了 以工代训五个月 岗前补贴没领', expect: pay(7000) },
    ],
  },
  {
    id: 'v19d20', class: 'unknown_reply', periodEnd: true,
    probes: '"不知道" on the 岗前 subsidy, then answered',
    turns: [
      { user: '俺们是物业公司 交社保哩 要了3个残疾人 以工代训搞了六个月', expect: askOJT },
      { user: '岗前那个 不知道 财务管哩', expect: dunnoOJT },
      { user: '财务说木有领', expect: pay(3600) },
    ],
  },
  {
    id: 'v19d21', class: 'unknown_reply',
    probes: '以工代训 months unknown throughout: no figure',
    turns: [
      { user: '茶叶合作社 贫困户5个 干了一年了 岗前补贴没领 以工代训几个月 记不清了', expect: dunnoOJT },
      { user: '真不知道 账上也没记', expect: dunnoOJT },
    ],
  },
  {
    id: 'v19d22', class: 'unknown_reply',
    probes: 'equipment acceptance unknown, then given',
    turns: [
      { user: '买了实训设备80万 给高技能人才培训基地用 钱是职工教育经费', expect: askKit },
      { user: '验收 过没过 俺不清楚 回头问问', expect: dunnoKit },
      { user: '问了 人社跟财政都验收合格了', expect: kit(160000) },
    ],
  },
  {
    id: 'v19d23', class: 'unknown_reply',
    probes: 'fund drawn unknown, then given with payroll',
    turns: [
      { user: '职工教育经费 税前能扣多少 工资总额一百二十万', expect: askFund },
      { user: '提了多少 不知道 会计请假了', expect: askFund },
      { user: '会计回来了 提了8万', expect: deduct(80000, 96000) },
    ],
  },
  {
    id: 'v19d24', class: 'unknown_reply',
    probes: 'insurance unknown for 就业困难 hires',
    turns: [
      { user: '蔬菜批发公司 就业困难人员4个 以工代训3个月 岗前没领', expect: askOJT },
      { user: '社保交没交 俺也弄不清 都是俺媳妇管', expect: dunnoOJT },
    ],
  },
  // ------------------------------------------------------------ correction
  {
    id: 'v19d25', class: 'correction', periodEnd: true,
    probes: 'head count corrected "是4个不是5个"',
    turns: [
      { user: '俺们茶厂是合作社 吸纳贫困户5个 干了7个月 以工代训6个月 岗前补贴木领', expect: pay(6000) },
      { user: '不对 是4个 不是5个', expect: payNot(4800, 6000) },
    ],
  },
  {
    id: 'v19d26', class: 'correction', periodEnd: true,
    probes: '以工代训 months corrected',
    turns: [
      { user: '物业公司 参保 就业困难人员8个 以工代训3个月 岗前没领', expect: pay(4800) },
      { user: '说错了 以工代训是5个月 不是三个', expect: payNot(8000, 4800) },
    ],
  },
  {
    id: 'v19d27', class: 'correction', periodEnd: true,
    probes: 'employment months corrected upward: the group now qualifies',
    turns: [
      { user: '钢构公司 贫困劳动力3个 来了5个月 以工代训4个月 岗前补贴没领', expect: notYes(2400) },
      { user: '哎 记错了 干了八个月了 不是五个月', expect: pay(2400) },
    ],
  },
  {
    id: 'v19d28', class: 'correction', periodEnd: true,
    probes: 'the 岗前 subsidy corrected from claimed to not claimed',
    turns: [
      { user: '呼叫中心公司 建档立卡的2个 干了十个月 以工代训6个月 岗前补贴领了', expect: noPay(2400) },
      { user: '不对不对 领哩是别哩人 这俩岗前补贴木有领', expect: pay(2400) },
    ],
  },
  {
    id: 'v19d29', class: 'correction',
    probes: 'equipment value corrected, studio cap',
    turns: [
      { user: '技能大师工作室 新买设备40万 职工教育经费出哩 验收合格', expect: kit(80000) },
      { user: '说错了 是60万 发票俺又看了', expect: kitNot(100000, 120000) },
    ],
  },
  {
    id: 'v19d30', class: 'correction',
    probes: 'payroll corrected, deduction changes',
    turns: [
      { user: '工资薪金总额二百万 教育经费提了20万 税前咋扣', expect: deduct(160000, 200000) },
      { user: '搞错了 工资总额是三百万', expect: deduct(200000, 240000) },
    ],
  },
  {
    id: 'v19d31', class: 'correction', periodEnd: true,
    probes: 'unit kind corrected from 职业院校 to its company',
    turns: [
      { user: '俺们是个职业院校 招了贫困劳动力2个 干了一年 以工代训6个月 岗前补贴没领', expect: noPay(2400) },
      { user: '不是学校 是学校办哩那个物流公司招哩 企业', expect: pay(2400) },
    ],
  },
  // ------------------------------------------------------------ topic switch
  {
    id: 'v19d32', class: 'topic_switch', periodEnd: true,
    probes: 'from equipment to 以工代训, facts kept apart',
    turns: [
      { user: '钢结构公司 高技能人才培训基地 设备一百万 职工教育经费买哩 验收过了', expect: kit(200000) },
      { user: '再问个 俺们还招了建档立卡哩3个 干了七个月 以工代训2个月 岗前没领', expect: pay(1200) },
    ],
  },
  {
    id: 'v19d33', class: 'topic_switch',
    probes: 'from 以工代训 at a 职业院校 to the 50 % of training income',
    turns: [
      { user: '俺是职业院校财务 学校食堂用了俩贫困劳动力 一年多了 以工代训能申请不', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '那学校搞培训收哩钱 能留多少做公用经费', expect: { cites: ['四(二)'], says: [/50/] } },
    ],
  },
  {
    id: 'v19d34', class: 'topic_switch',
    probes: 'from 以工代训 to the education fund, the fund needs both facts',
    turns: [
      { user: '物业公司 交社保 零就业家庭哩1个 以工代训4个月 岗前没领', expect: pay(800) },
      { user: '换个事 职工教育经费 今年提了15万', expect: askFund },
      { user: '工资总额 一百五十万', expect: deduct(120000, 150000) },
    ],
    periodEnd: true,
  },
  {
    id: 'v19d35', class: 'topic_switch',
    probes: 'from a resident\'s training to apprenticeship: no figure',
    turns: [
      { user: '社区哩 替居民问 下岗失业哩去学电工 有补贴没', expect: noFigure(['七(二)', '六(一)', '三(二)']) },
      { user: '还有个居民问 企业新型学徒 给多少钱', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v19d36', class: 'topic_switch',
    probes: 'from noodle shop to the 8 % rule',
    turns: [
      { user: '俺想开个面馆 有没有创业培训', expect: noFigure(['三(八)']) },
      { user: '俺姐夫开厂哩 问职工教育经费 税前扣除比例是多少', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
    ],
  },
  // ------------------------------------------------------------ person training
  {
    id: 'v19d37', class: 'person_training',
    probes: 'laid-off textile worker aged 50: no figure fixed',
    turns: [
      { user: '俺今年五十了 纺织厂下岗哩 想学个家政 政府给补贴不 给多少', expect: noFigure(['三(二)', '七(二)', '五(一)']) },
      { user: '一年能学几回', expect: { cites: ['七(二)'], says: [/3|三/] } },
    ],
  },
  {
    id: 'v19d38', class: 'person_training',
    probes: 'former soldier, taxi driver: 退役军人 training, no figure',
    turns: [
      { user: '俺当过兵 退伍了 现在开出租 想学个汽修 有啥政策', expect: noFigure(['三(二)', '六(一)', '五(一)']) },
      { user: '给钱不 多少', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v19d39', class: 'person_training',
    probes: 'mother of a 技工学校 student from a 建档立卡 family',
    turns: [
      { user: '俺家是建档立卡户 孩子上技工学校 学费能免不', expect: noFigure(['三(三)', '三(十四)']) },
      { user: '家里还能补点不 补多少', expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'] } },
    ],
  },
  {
    id: 'v19d40', class: 'person_training',
    probes: 'same occupation and level twice',
    turns: [
      { user: '俺去年考了个中级电工 补贴领了 今年再考一回中级电工 还给补不', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v19d41', class: 'person_training',
    probes: 'person on a monthly pension [two-part]',
    turns: [
      { user: '俺爹退休了 按月领养老金 想学个养老护理 能享受培训补贴不？在哪报名', expect: { cites: ['六(一)', '七(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v19d42', class: 'person_training',
    probes: 'training where one lives, not the 户籍地',
    turns: [
      { user: '户口在周口 人在郑州打工 在郑州培训拿了证 能给补贴不', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------ entrepreneurship
  {
    id: 'v19d43', class: 'entrepreneurship',
    probes: 'woman planning a noodle shop: entrepreneurship training, no figure [contact]',
    turns: [
      { user: '俺是个妇女 想开个烩面馆 啥都不懂 有人教不', expect: noFigure(['三(八)']) },
      { user: '培训给钱不 去哪问', expect: { noAmount: 'unfixed', says: [/人社/] } },
    ],
  },
  {
    id: 'v19d44', class: 'entrepreneurship',
    probes: 'small business open 6 years: outside the 5-year window',
    turns: [
      { user: '俺这个蔬菜批发部 开了六年了 还算小微企业 能参加创业培训不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v19d45', class: 'entrepreneurship',
    probes: 'vocational student asking about entrepreneurship awareness training',
    turns: [
      { user: '职业院校 在校生 想搞创业意识培训 方案里有木有', expect: noFigure(['三(八)']) },
      { user: '一个人给补几百', expect: { noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------ equipment
  {
    id: 'v19d46', class: 'equipment',
    probes: 'two sites over two turns: base capped, studio not',
    turns: [
      { user: '高技能人才培训基地 设备总共三百万 职工教育经费出哩 人社财政都验收过了', expect: kitNot(500000, 600000) },
      { user: '还有个技能大师工作室 设备40万 一样是教育经费 也验收了', expect: kit(580000) },
    ],
  },
  {
    id: 'v19d47', class: 'equipment',
    probes: 'fund source missing, then given',
    turns: [
      { user: '高技能人才培训基地 买了设备150万 验收了 补多少', expect: askKit },
      { user: '职工教育经费 提哩', expect: kit(300000) },
    ],
  },
  {
    id: 'v19d48', class: 'equipment',
    probes: 'base or studio not said',
    turns: [
      { user: '俺们钢结构公司 新买实训设备45万 职工教育经费 已经验收', expect: askKit },
      { user: '大师工作室', expect: kit(90000) },
    ],
  },
  {
    id: 'v19d49', class: 'equipment',
    probes: 'not accepted yet: no subsidy figure',
    turns: [
      { user: '技能大师工作室 设备20万 用的职工教育经费 还没验收哩 能补多少', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['40000', /4万/] } },
    ],
  },
  {
    id: 'v19d50', class: 'equipment',
    probes: 'two purchases for one studio share its cap',
    turns: [
      { user: '同一个技能大师工作室 上半年买设备30万 下半年又买35万 都是职工教育经费 都验收了', expect: kitNot(100000, 130000) },
    ],
  },
  {
    id: 'v19d51', class: 'equipment',
    probes: 'equipment [contact]: who accepts it',
    turns: [
      { user: '实训设备补贴 找谁验收', expect: { cites: ['四(一)'], says: [/人力资源|人社/, /财政/] } },
    ],
  },
  // ------------------------------------------------------------ education fund
  {
    id: 'v19d52', class: 'education_fund',
    probes: 'payroll and fund over two turns',
    turns: [
      { user: '俺们公司 职工工资一年总共五百万', expect: askFund },
      { user: '职工教育经费 提了三十万 能抵多少', expect: deduct(300000) },
    ],
  },
  {
    id: 'v19d53', class: 'education_fund',
    probes: 'fund drawn over 8 %: capped, no cash',
    turns: [
      { user: '工资薪金一百万 教育经费提了12万 能退给俺们钱不', expect: deduct(80000, 120000) },
    ],
  },
  {
    id: 'v19d54', class: 'education_fund',
    probes: 'share for front-line workers and 师带徒 [two-part]',
    turns: [
      { user: '职工教育经费 一线工人得占多少？能不能给师傅带徒弟发津贴', expect: { cites: ['六(二)'], says: [/60/] } },
    ],
  },
  {
    id: 'v19d55', class: 'education_fund',
    probes: 'only the fund is given, payroll never',
    turns: [
      { user: '物业公司 教育经费提了6万 税前扣多少', expect: askFund },
      { user: '工资总额 这个 不好说 人多 每月都变', expect: askFund },
    ],
  },
  // ------------------------------------------------------------ apprenticeship
  {
    id: 'v19d56', class: 'apprenticeship',
    probes: 'apprenticeship: no amount fixed',
    turns: [
      { user: '钢结构公司 想搞企业新型学徒制 带10个徒弟 一个人补多少', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v19d57', class: 'apprenticeship',
    probes: 'apprentice numbers and months do not make a figure',
    turns: [
      { user: '茶叶合作社 跟职业院校搞学徒 现代学徒制 有补贴不', expect: noFigure(['四(一)']) },
      { user: '8个学徒 学一年', expect: { noAmount: 'unfixed', mustNotContain: ['19200', '9600'] } },
    ],
  },
  {
    id: 'v19d58', class: 'apprenticeship',
    probes: 'apprenticeship target [contact]',
    turns: [
      { user: '新型学徒 三年要培养多少 去哪申报', expect: { cites: ['四(一)'], says: [/2\s*万|20000|两万/] } },
    ],
  },
  // ------------------------------------------------------------ period
  {
    id: 'v19d59', class: 'period',
    probes: 'asked today whether 以工代训 can still be applied for',
    turns: [
      { user: '以工代训补贴 现在还能申请不', expect: ended },
    ],
  },
  {
    id: 'v19d60', class: 'period', periodEnd: true,
    probes: '[dated] hires in 2020, full facts',
    turns: [
      { user: '2020年5月 俺们蔬菜公司招了3个建档立卡哩 干到年底 八个月 以工代训3个月 岗前补贴没领 那时候能拿多少', expect: pay(1800) },
    ],
  },
  {
    id: 'v19d61', class: 'period',
    probes: '[dated] equipment bought in 2022, after the plan',
    turns: [
      { user: '2022年3月买哩设备 给大师工作室 职工教育经费 验收了 还按这个方案补不', expect: ended },
    ],
  },
  {
    id: 'v19d62', class: 'period',
    probes: 'when the plan started and ended',
    turns: [
      { user: '这个方案 啥时候开始哩 到啥时候', expect: { says: [/2019/], mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v19d63', class: 'period', periodEnd: true,
    probes: '[dated] [two-part] 2021 hires and the office to ask',
    turns: [
      { user: '2021年俺们物业公司 参保 招了2个残疾人 以工代训6个月 岗前没领 能补多少？找哪个部门', expect: { ...pay(2400), ...office } },
    ],
  },
  // ------------------------------------------------------------ more mixes
  {
    id: 'v19d64', class: 'several_groups', periodEnd: true,
    probes: '[two-part] two groups and the office to ask',
    turns: [
      { user: '俺们是扶贫车间 做手套哩 贫困户6个 干了七个月', expect: askOJT },
      { user: '以工代训 头3个人搞了6个月 后3个搞了2个月 岗前补贴都木领 能给多少 找谁办', expect: { ...pay(4800), ...office } },
    ],
  },
  {
    id: 'v19d65', class: 'unknown_reply', periodEnd: true,
    probes: 'unit kind unknown at first ("俺是打工哩")',
    turns: [
      { user: '俺在一个地方管人事 招了贫困劳动力3个 干了半年多 以工代训4个月 岗前没领', expect: askOJT },
      { user: '单位啥性质 俺说不好', expect: dunnoOJT },
      { user: '问老板了 是个有限公司', expect: pay(2400) },
    ],
  },
  {
    id: 'v19d66', class: 'topic_switch',
    probes: 'project training advance 50 %, then a timing the plan leaves open',
    turns: [
      { user: '俺们公司 搞项目制培训 补贴能先拨一部分不', expect: { cites: ['六(一)'], says: [/50\s*%|一半|百分之五十/] } },
      { user: '那剩下哩 培训完多少天能到账', expect: unsettled },
    ],
  },
  {
    id: 'v19d67', class: 'education_fund',
    probes: 'education fund deduction is no subsidy payout, [contact]',
    turns: [
      { user: '职工教育经费 8%那个 找人社领还是找税务', expect: { cites: ['六(二)'], says: [/税/] } },
    ],
  },
  {
    id: 'v19d68', class: 'correction',
    probes: 'site kind corrected from studio to base',
    turns: [
      { user: '技能大师工作室 设备七十万 教育经费买哩 验收过了', expect: kitNot(100000, 140000) },
      { user: '不是工作室 是高技能人才培训基地', expect: kit(140000) },
    ],
  },
  {
    id: 'v19d69', class: 'negation_after_noun',
    probes: '职工教育经费 negated: bank loan, two sites',
    turns: [
      { user: '培训基地设备200万 验收了 工作室设备30万 也验收了 这钱 说是职工教育经费吧 其实不是 都是贷款', expect: noKit(460000, /46万/) },
    ],
  },
  {
    id: 'v19d70', class: 'person_training',
    probes: 'community worker: free training for a poor resident [contact]',
    turns: [
      { user: '社区哩 俺们这有个建档立卡户 想学厨师 培训要钱不 叫他去哪问', expect: { cites: ['三(三)'], noAmount: 'unfixed' } },
    ],
  },
];
