/**
 * HELD-OUT dialogues, set v31 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no message is reused or
 * paraphrased from sets v1–v30. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: the office manager of a noodle factory (挂面 / 面条), a tea-garden cooperative
 * up in the hills (茶园合作社), the HR of a bus company (公交公司), a widow whose son studies at a
 * 技校 and whose family is poor, a retired soldier who now drives a taxi, a chef who wants to open a
 * 小吃店, a 扶贫车间 that sews work gloves, an elevator-maintenance firm with a 技能大师工作室, an
 * accountant asking about the 职工教育经费 with payroll in 元 (not 万), and a hotline operator
 * typing shorthand call notes (来电记录：…). WeChat on a phone: dialect (俺 / 咋 / 木有 / 中 / 恁),
 * odd spacing, full-width digits, Chinese numerals, counts as words (俩 / 仨 / 七八个 / 十来个),
 * bare replies.
 *
 * Patterns on purpose: employers who never say what kind of unit they are until asked; counts as
 * words, where a rough count (七八个, 十来个) stays open until an exact one is given; a fact
 * corrected two turns after it was said; the same question asked twice in different words.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed or
 * not, the kind of unit, insurance where the rule needs it, months employed for poor labour, exact
 * head counts, acceptance and fund source of equipment, payroll and fund drawn) must be asked, so an
 * amount is expected only once every such fact has been said. "不知道/不清楚" leaves it open.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业 / 农民专业合作社 / 扶贫车间 …, not a
 *   职业院校); 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise (a cooperative
 *   or 扶贫车间 is no enterprise); 退役军人 is no group; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 * - The plan ran 2019-12-02 to 2021-12-31 and has ended: every conversation about what someone can
 *   get carries `periodEnd`.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [kind-asked], [word-count], [rough-count],
 * [late-correction], [asked-twice].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const needOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const openOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const ojt = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreading's figure. */
const ojtNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
/** 以工代训 excluded on these facts. */
const noOJT = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const gear = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const gearNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const needGear: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given. */
const openGear: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noGear = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const taxDeduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing or unknown: no figure, no verdict. */
const openFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noSum = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const notSet: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const outside: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** Outside the plan, or in its field but not settled by it: either honest answer, no figure. */
const notSetOrOutside: TurnExpect = { noAmount: 'unfixed', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { answered: false }] };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** A person's training question the facts do not yet settle: no figure, no 不符合. */
const personOpen: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } };

export const DIALOGUES_V31: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v31d01',
    class: 'one_group',
    probes: '[kind-asked] the employer never says its kind until asked; the amount only after it says it is a company',
    periodEnd: true,
    turns: [
      { user: '俺们这儿今年收了4个建档立卡的贫困户，到现在干了七个月，以工代训搞了6个月，岗前培训补贴木申请过，能补多少', expect: needOJT },
      { user: '俺们是做挂面的 有限公司 营业执照上写的就是公司', expect: ojt(4800) },
    ],
  },
  {
    id: 'v31d02',
    class: 'one_group',
    probes: '[word-count] 仨 read as three poor labourers at a farmers\' cooperative',
    periodEnd: true,
    turns: [
      { user: '俺们是山上种茶的农民专业合作社  收了仨建档立卡贫困户 在茶园干了九个月 以工代训六个月 岗前补贴没拿过 咋算', expect: ojt(3600) },
    ],
  },
  {
    id: 'v31d03',
    class: 'one_group',
    probes: 'poor labour employed exactly six months counts (六个月以上 includes six)',
    periodEnd: true,
    turns: [
      { user: '电梯维保公司 招了1个建档立卡贫困劳动力 当学徒工 干了6个月整 以工代训也是６个月 岗前补贴没领 这个能给多少', expect: ojt(1200) },
    ],
  },
  {
    id: 'v31d04',
    class: 'one_group',
    probes: 'hotline shorthand: pre-job subsidy already claimed excludes the row',
    periodEnd: true,
    turns: [
      { user: '来电摘要：扶贫车间（劳保手套），建档立卡劳动力7人，在岗11个月，以工代训6个月，岗前补贴已领。咨询以工代训能否再申请', expect: noOJT(8400) },
    ],
  },
  {
    id: 'v31d05',
    class: 'one_group',
    probes: '[kind-asked] hotline note with the unit kind unstated; the call-back names a cooperative',
    periodEnd: true,
    turns: [
      { user: '来电记录：单位性质未说明；吸纳贫困劳动力2人，在岗8月，代训6月，岗前未领。请答复补贴额', expect: needOJT },
      { user: '回拨确认：对方单位是农民专业合作社，其余情况同上', expect: ojt(2400) },
    ],
  },
  {
    id: 'v31d06',
    class: 'one_group',
    probes: '[rough-count] [kind-asked] 十来个 stays open even after the unit kind is given; amount only with the exact count',
    periodEnd: true,
    turns: [
      { user: '俺这招了十来个贫困户 都干了十个月了 以工代训六个月 岗前补贴没领过 一共能补多少', expect: needOJT },
      { user: '俺们是扶贫车间 缝劳保手套的', expect: needOJT },
      { user: '刚点了一遍花名册 是11个人', expect: ojt(13200) },
    ],
  },
  // ---------------------------------------------------------------- several_groups
  {
    id: 'v31d07',
    class: 'several_groups',
    probes: 'a cooperative: poor labour counts, 就业困难人员 need an insured enterprise',
    periodEnd: true,
    turns: [
      { user: '茶叶农民专业合作社 今年用了5个贫困户 干了八个月 以工代训六个月；另外还有2个就业困难人员 以工代训也六个月；岗前补贴都没领 恁给算算', expect: ojtNot(6000, 8400) },
    ],
  },
  {
    id: 'v31d08',
    class: 'several_groups',
    probes: 'an insured bus company: 退役军人 are no group, only the 就业困难人员 row is paid',
    periodEnd: true,
    turns: [
      { user: '俺们公交公司 社保一直交着 今年进了3个就业困难人员 以工代训4个月 还有6个退役军人 以工代训也是4个月 岗前培训补贴都没领', expect: ojtNot(2400, 7200) },
    ],
  },
  {
    id: 'v31d09',
    class: 'several_groups',
    probes: '[word-count] hotline shorthand, 俩 and two rows with their own months',
    periodEnd: true,
    turns: [
      { user: '记录：企业已参保；就困俩，代训5月；零就业家庭1人，代训3月；岗前均未领。问补贴额', expect: { amount: { rule: 'on_job_training', yuan: 2600 }, mustNotContain: ['3000', '1800'] } },
    ],
  },
  {
    id: 'v31d10',
    class: 'several_groups',
    probes: '[rough-count] 七八个 poor labourers stay open; 零就业 at a cooperative does not count',
    periodEnd: true,
    turns: [
      { user: '合作社今年用了七八个贫困户采茶 还有俩零就业家庭的 都以工代训了6个月 干了也有十个月 岗前补贴都没领', expect: needOJT },
      { user: '贫困户准数是8个', expect: ojtNot(9600, 12000) },
    ],
  },
  {
    id: 'v31d11',
    class: 'several_groups',
    probes: '[kind-asked] two groups, kind and insurance unsaid; the settled row may be stated, the whole only once insured is said',
    periodEnd: true,
    turns: [
      { user: '俺们这边有2个贫困户 干了7个月 以工代训6个月 还有3个就业困难人员 以工代训4个月 岗前补贴都木领', expect: needOJT },
      { user: '是个食品公司 做面条的', expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['4800'] } },
      { user: '社保一直交着呢 没断过', expect: ojt(4800) },
    ],
  },
  {
    id: 'v31d12',
    class: 'several_groups',
    probes: 'a 扶贫车间 is no enterprise: its disabled hires do not count, its poor labour does',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困户6个 在岗9个月 以工代训6个月；残疾人2个 以工代训6个月；岗前补贴都没领过', expect: ojtNot(7200, 9600) },
    ],
  },
  {
    id: 'v31d13',
    class: 'several_groups',
    probes: '[rough-count] [word-count] 十来个 open beside 俩 exact; the total only once the count is exact',
    periodEnd: true,
    turns: [
      { user: '俺们公交 是参保企业 招了十来个就业困难人员 还有俩零就业家庭的 以工代训都是5个月 岗前补贴都没领', expect: { asks: true, mustNotContain: ['12000', '14000'] } },
      { user: '人事表上确切是12个', expect: ojt(14000) },
    ],
  },
  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v31d14',
    class: 'negation_after_noun',
    probes: 'the pre-job subsidy denied after the noun, words between',
    periodEnd: true,
    turns: [
      { user: '俺们扶贫车间 招的贫困户5个 在车间干了8个月了 以工代训6个月 岗前技能培训那个补贴 俺们一分都木有领', expect: ojt(6000) },
    ],
  },
  {
    id: 'v31d15',
    class: 'negation_after_noun',
    probes: '社保 … 没给交 far after the noun: uninsured, so 就业困难人员 are excluded',
    periodEnd: true,
    turns: [
      { user: '公交公司的 社保这一块儿 说实话 俺们到现在也没给交 招了2个就业困难人员 以工代训3个月 岗前补贴没领', expect: noOJT(1200) },
    ],
  },
  {
    id: 'v31d16',
    class: 'negation_after_noun',
    probes: 'acceptance denied after the noun (验收 还没有过): no equipment subsidy',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室买了套电梯实训设备 45万 钱是从职工教育经费出的 人社财政验收 还没有过', expect: noGear(90000, /9万/) },
    ],
  },
  {
    id: 'v31d17',
    class: 'negation_after_noun',
    probes: 'pension entitlement denied after the noun: not read as having one',
    periodEnd: true,
    turns: [
      { user: '俺退伍的 开出租 按月领养老金的资格 俺木有 想去学个电工证 在郑州学 郑州是常住地', expect: personOpen },
    ],
  },
  {
    id: 'v31d18',
    class: 'negation_after_noun',
    probes: 'a noodle factory; 岗前培训补贴 … 木有去申请, OJT months kept apart from months employed',
    periodEnd: true,
    turns: [
      { user: '面条厂 是公司 招了4个贫困户 在厂里干了10个月 岗前培训补贴 一直都木有去申请 以工代训是4个月', expect: ojtNot(3200, 4800) },
    ],
  },
  {
    id: 'v31d19',
    class: 'negation_after_noun',
    probes: 'fund source denied after the noun (这回不是用职工教育经费买的)',
    periodEnd: true,
    turns: [
      { user: '公司的技能大师工作室 买的实训设备 这回不是用职工教育经费买的 是贷款 四十万 验收过了', expect: noGear(80000, /8万/) },
    ],
  },
  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v31d20',
    class: 'unknown_reply',
    probes: '不清楚 about the pre-job subsidy leaves it open; answered later',
    periodEnd: true,
    turns: [
      { user: '俺们是面条厂 公司性质的 收了2个零就业家庭的 以工代训干了五个月 能给补多少', expect: needOJT },
      { user: '社保交着呢 岗前补贴这个 俺真不清楚 得问财务', expect: openOJT },
      { user: '问了财务 说岗前那个没领过', expect: ojt(2000) },
    ],
  },
  {
    id: 'v31d21',
    class: 'unknown_reply',
    probes: 'months employed unknown for poor labour: open, then given',
    periodEnd: true,
    turns: [
      { user: '茶园合作社收了4个建档立卡户 以工代训4个月 岗前没领', expect: needOJT },
      { user: '他们来合作社多长时间了 俺也记不清 不知道', expect: openOJT },
      { user: '翻了考勤 有七个月了', expect: ojt(3200) },
    ],
  },
  {
    id: 'v31d22',
    class: 'unknown_reply',
    probes: 'a widow who does not know whether her family is 建档立卡: family aid stays open',
    periodEnd: true,
    turns: [
      { user: '俺儿在技校上学 俺家穷 他爸走得早 能有啥补助', expect: { noAmount: 'unfixed', asks: true } },
      { user: '建档立卡是个啥 俺也不知道俺家算不算', expect: { noAmount: 'unfixed', undecided: 'poor_family_child_aid' } },
    ],
  },
  {
    id: 'v31d23',
    class: 'unknown_reply',
    probes: 'fund source of studio equipment unknown: open',
    periodEnd: true,
    turns: [
      { user: '电梯公司 技能大师工作室 新买的实训设备 总共38万 验收过了 能补多少', expect: needGear },
      { user: '是不是从职工教育经费里出的 这个俺不清楚 采购是老板定的', expect: openGear },
    ],
  },
  {
    id: 'v31d24',
    class: 'unknown_reply',
    probes: 'payroll in 元 unknown, then given: deduction only after',
    turns: [
      { user: '职工教育经费今年提了 186400元 税前能扣多少', expect: openFund },
      { user: '工资薪金总额 具体多少我手头没有 不知道', expect: openFund },
      { user: '查到了 全年工资薪金总额 2,130,000元', expect: taxDeduct(170400, 186400) },
    ],
  },
  {
    id: 'v31d25',
    class: 'unknown_reply',
    probes: 'insurance of the bus company unknown: open, no 不符合',
    periodEnd: true,
    turns: [
      { user: '公交公司 招了5个就业困难人员 以工代训3个月 岗前补贴没领', expect: needOJT },
      { user: '参没参保 俺是新来的 真不晓得', expect: openOJT },
    ],
  },
  {
    id: 'v31d26',
    class: 'unknown_reply',
    probes: '[kind-asked] asked for the unit kind, the person does not know: open',
    periodEnd: true,
    turns: [
      { user: '俺们单位接收了3个贫困劳动力 干了一年 以工代训6个月 没领过岗前补贴', expect: needOJT },
      { user: '单位啥性质 俺也说不好 不知道算啥', expect: openOJT },
    ],
  },
  // ---------------------------------------------------------------- correction
  {
    id: 'v31d27',
    class: 'correction',
    probes: '[late-correction] [word-count] 仨 corrected to 俩 two turns later, a question between',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 做手套的 收了仨建档立卡贫困户 都干了九个月 以工代训6个月 岗前补贴没领', expect: ojt(3600) },
      { user: '这钱是打到车间账户上还是直接给工人个人', expect: { cites: ['六(一)'] } },
      { user: '哎 前头说错了 不是仨 是俩 有一个是俺村的普通户', expect: ojtNot(2400, 3600) },
    ],
  },
  {
    id: 'v31d28',
    class: 'correction',
    probes: '[late-correction] OJT months corrected two turns later',
    periodEnd: true,
    turns: [
      { user: '俺们面粉加工 有限公司 吸纳5个贫困劳动力 干了一年了 以工代训六个月 岗前补贴没领', expect: ojt(6000) },
      { user: '这个补贴在哪儿申报 网上能弄不', expect: { oneOf: [{ cites: ['六(三)', '五(四)'] }, { says: [HONEST_NOT_SETTLED] }] } },
      { user: '等会儿 以工代训不是六个月 是三个月 俺看错表了', expect: ojtNot(3000, 6000) },
    ],
  },
  {
    id: 'v31d29',
    class: 'correction',
    probes: '[late-correction] insured corrected to uninsured two turns later: disabled hires drop out',
    periodEnd: true,
    turns: [
      { user: '公司参保的 招了两个残疾人 以工代训六个月 岗前培训补贴没领', expect: ojt(2400) },
      { user: '残疾人算不算就业困难人员', expect: { cites: ['三(二)', '六(一)'] } },
      { user: '不对不对 刚才说错 俺们公司压根没参保 社保一直没交', expect: noOJT(2400) },
    ],
  },
  {
    id: 'v31d30',
    class: 'correction',
    probes: '[late-correction] education fund in 元 corrected two turns later; the cap then binds',
    turns: [
      { user: '年度工资薪金总额 4,560,000元 职工教育经费提了 300,000元 税前扣除是多少', expect: taxDeduct(300000) },
      { user: '一线职工培训 要用掉多大比例', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/] } },
      { user: '刚才经费写错了 是 400,000元 不是三十万', expect: taxDeduct(364800, 400000) },
    ],
  },
  {
    id: 'v31d31',
    class: 'correction',
    probes: '[late-correction] the unit corrected from company to cooperative two turns later: 就业困难人员 drop out',
    periodEnd: true,
    turns: [
      { user: '俺们茶厂 是个公司 招了3个就业困难人员 社保交着 以工代训五个月 岗前没领', expect: ojt(3000) },
      { user: '这笔补贴到账了 算收入要交企业所得税不', expect: notSetOrOutside },
      { user: '更正一下 俺们其实不是公司 是茶农的农民专业合作社', expect: noOJT(3000) },
    ],
  },
  {
    id: 'v31d32',
    class: 'correction',
    probes: '[late-correction] [word-count] 俩 corrected to 仨 two turns later',
    periodEnd: true,
    turns: [
      { user: '俺们挂面公司 招了俩建档立卡户 干了八个月 以工代训六个月 岗前补贴没领', expect: ojt(2400) },
      { user: '申请的时候要准备啥材料', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { cites: ['五(四)', '六(三)'] }] } },
      { user: '哦 前面说的俩不对 是仨 漏了一个', expect: ojtNot(3600, 2400) },
    ],
  },
  {
    id: 'v31d33',
    class: 'correction',
    probes: '[late-correction] training place corrected two turns later to somewhere outside the three places',
    periodEnd: true,
    turns: [
      { user: '俺是退役军人 开出租 想学汽修 在老家户籍地学 能补贴不', expect: personOpen },
      { user: '学完能拿到中级证 今年头一回报培训', expect: personOpen },
      { user: '纠正下 不是在户籍地 是去外省一个战友那儿学 学完再回来', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } } },
    ],
  },
  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v31d34',
    class: 'topic_switch',
    probes: '[contact] from an amount to the city-management programme and who runs it',
    periodEnd: true,
    turns: [
      { user: '公交公司 参保企业 进了4个就业困难人员 以工代训6个月 岗前补贴没领', expect: ojt(4800) },
      { user: '另外问下 公共交通从业人员的技能提升 方案里有专门计划吗', expect: { cites: ['三(十一)'] } },
      { user: '那这个计划 责任单位有哪些', expect: { cites: ['三(十一)'], says: [/交通局/] } },
    ],
  },
  {
    id: 'v31d35',
    class: 'topic_switch',
    probes: 'from entrepreneurship training to the catering programme',
    periodEnd: true,
    turns: [
      { user: '俺是厨师 想自己开个小吃店 能参加创业培训不', expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '再问个别的 餐饮服务技能培训 是归哪个计划的', expect: { cites: ['三(九)'] } },
    ],
  },
  {
    id: 'v31d36',
    class: 'topic_switch',
    probes: 'from the son\'s school fees to the mother\'s own free training',
    periodEnd: true,
    turns: [
      { user: '娃在技校读 家里是建档立卡贫困户 学费能免不', expect: { noAmount: 'unfixed', cites: ['三(三)'] } },
      { user: '换个事 俺自己想学个家政 有没有免费培训', expect: { noAmount: 'unfixed', cites: ['三(三)', '五(一)'] } },
    ],
  },
  {
    id: 'v31d37',
    class: 'topic_switch',
    probes: 'from apprenticeship to the safety training rule',
    periodEnd: true,
    turns: [
      { user: '电梯维保公司 带新型学徒 有补贴吗 多少钱一个', expect: noSum(['四(一)']) },
      { user: '换个问题 特种作业人员 是不是必须培训合格才能上岗', expect: { cites: ['三(六)', '三(十一)'] } },
    ],
  },
  {
    id: 'v31d38',
    class: 'topic_switch',
    probes: 'from veterans\' training to taxi fees, which the plan does not touch',
    periodEnd: true,
    turns: [
      { user: '退伍老兵 开出租的 退役军人 有啥培训计划', expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)'] } },
      { user: '顺便问一嘴 出租车份子钱太高 政府管不管', expect: outside },
    ],
  },
  {
    id: 'v31d39',
    class: 'topic_switch',
    probes: 'from the deduction to accountants\' own continuing education (outside)',
    turns: [
      { user: '工资薪金全年 650,000元 教育经费 60,000元 税前扣除限额按8%算 能扣多少', expect: taxDeduct(52000, 60000) },
      { user: '另外 会计人员继续教育 每年要修够多少学时', expect: outside },
    ],
  },
  {
    id: 'v31d40',
    class: 'topic_switch',
    probes: 'from free training for poor workers to the 巧媳妇 project',
    periodEnd: true,
    turns: [
      { user: '扶贫车间的女工想学缝纫 都是建档立卡户 有免费的培训吗', expect: { noAmount: 'unfixed', cites: ['三(三)'] } },
      { user: '另外 巧媳妇工程 是干啥的', expect: { cites: ['三(二)'] } },
    ],
  },
  // ---------------------------------------------------------------- person_training
  {
    id: 'v31d41',
    class: 'person_training',
    probes: 'a veteran taxi driver: the per-occupation subsidy is not fixed by the plan',
    periodEnd: true,
    turns: [
      { user: '俺是退役军人 现在开的士 在郑州住了十年 想考个汽修中级证 考出来能报多少钱', expect: noSum(['七(二)']) },
    ],
  },
  {
    id: 'v31d42',
    class: 'person_training',
    probes: 'a widow of 52 without pension, household place, certificate: not 不符合, no figure',
    periodEnd: true,
    turns: [
      { user: '俺当家的不在了 俺五十二了 没有按月领养老金的资格 想学养老护理 在户籍地学 拿了证 今年头一回 补不补', expect: { ...personOpen, cites: ['七(二)', '六(一)'] } },
    ],
  },
  {
    id: 'v31d43',
    class: 'person_training',
    probes: '[two-part] how many times a year, and the same occupation and level twice',
    turns: [
      { user: '一年能补几次培训 同一个工种同一个等级能不能重复补', expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/3\s*次|三次/, /不可重复|不能重复|不得重复|不可以重复/] } },
    ],
  },
  {
    id: 'v31d44',
    class: 'person_training',
    probes: 'a 技校 student from a 建档立卡 family: 助学金 and 免学费, no figure',
    periodEnd: true,
    turns: [
      { user: '俺在技校上学 俺家是建档立卡户 有国家助学金不', expect: noSum(['三(三)']) },
    ],
  },
  {
    id: 'v31d45',
    class: 'person_training',
    probes: 'hotline: a disabled caller wants e-commerce training; open facts, no figure',
    periodEnd: true,
    turns: [
      { user: '来电：个人，残疾人，想学电商，问培训有无补贴，其他情况未说', expect: { ...personOpen, cites: ['七(二)', '三(二)', '五(一)'] } },
    ],
  },
  {
    id: 'v31d46',
    class: 'person_training',
    probes: 'a veteran drawing a monthly pension: not eligible for the training subsidy, no figure',
    periodEnd: true,
    turns: [
      { user: '俺从部队退下来的 现在按月领退休金 开出租 想学个技能 能享受培训补贴不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)', '七(二)'] } },
    ],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v31d47',
    class: 'entrepreneurship',
    probes: 'a chef with the wish to open a shop; start-up money is not the plan\'s; a shop open two years still qualifies',
    periodEnd: true,
    turns: [
      { user: '当了十几年厨子 想开个烩面小吃店 有啥政策能享受', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
      { user: '开店能给多少启动资金', expect: notSetOrOutside },
      { user: '店开了以后 过两年还能参加创业培训吗', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v31d48',
    class: 'entrepreneurship',
    probes: 'a snack shop open three years: owner of a small business within five years',
    periodEnd: true,
    turns: [
      { user: '俺那小吃店开了三年 算小微企业 店主能参加创业培训吗', expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v31d49',
    class: 'entrepreneurship',
    probes: '[two-part] a veteran who wants a car wash: training yes, priority not settled',
    periodEnd: true,
    turns: [
      { user: '开出租太累 想自己弄个洗车铺 创业培训能上不 退役军人有没有优先', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v31d50',
    class: 'entrepreneurship',
    probes: 'a 技校 student (职业院校 含技工院校) can take entrepreneurship training',
    periodEnd: true,
    turns: [
      { user: '儿子技校在读 想学学咋创业 在学校里能参加创业培训不', expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v31d51',
    class: 'equipment',
    probes: 'studio equipment over the cap: asked facts first, then 10万 not 13.6万',
    periodEnd: true,
    turns: [
      { user: '俺们是电梯维保公司 有个技能大师工作室 去年新买实训设备 68万', expect: needGear },
      { user: '用的职工教育经费 人社和财政来验收 合格了', expect: gearNot(100000, 136000) },
    ],
  },
  {
    id: 'v31d52',
    class: 'equipment',
    probes: 'a base under its cap: 20 % of 180万',
    periodEnd: true,
    turns: [
      { user: '公司的高技能人才培训基地 新购实训设备总值 一百八十万 职工教育经费出的 验收合格 能补多少', expect: gear(360000) },
    ],
  },
  {
    id: 'v31d53',
    class: 'equipment',
    probes: 'a studio under its cap: 20 % of 32万',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室添了台扶梯教学模型 三十二万元 教育经费列支 验收通过了 补多少', expect: gear(64000) },
    ],
  },
  {
    id: 'v31d54',
    class: 'equipment',
    probes: '[asked-twice] the studio cap asked twice in other words',
    periodEnd: true,
    turns: [
      { user: '大师工作室买设备 最多能补多少', expect: { noAmount: 'open', cites: ['四(一)'] } },
      { user: '就是说 工作室那个上限 是不是十万封顶', expect: { cites: ['四(一)'], says: [/10\s*万|十万|100,?000/] } },
    ],
  },
  {
    id: 'v31d55',
    class: 'equipment',
    probes: 'equipment paid from production money, not the fund: no subsidy',
    periodEnd: true,
    turns: [
      { user: '设备是从公司生产经营的钱里出的 不是职工教育经费 高技能人才培训基地用的 150万 验收过了 能补吗', expect: noGear(300000, /30万/) },
    ],
  },
  // ---------------------------------------------------------------- education_fund
  {
    id: 'v31d56',
    class: 'education_fund',
    probes: 'payroll in 元: the fund under 8 % is deducted in full',
    turns: [
      { user: '全年工资薪金总额 8,765,000元，职工教育经费计提 520,000元，税前可以扣多少', expect: taxDeduct(520000) },
    ],
  },
  {
    id: 'v31d57',
    class: 'education_fund',
    probes: 'payroll in 元 not 万: 8 % of 1 234 500',
    turns: [
      { user: '工资薪金总额 1234500元 教育经费提了 120000元 税前扣除按多少算', expect: taxDeduct(98760, 120000) },
    ],
  },
  {
    id: 'v31d58',
    class: 'education_fund',
    probes: 'carry-forward of the excess is not in the plan',
    turns: [
      { user: '教育经费超过8%的那部分 能结转到下一年扣吗', expect: notSet },
    ],
  },
  {
    id: 'v31d59',
    class: 'education_fund',
    probes: '[two-part] front-line share and 师带徒 allowance',
    turns: [
      { user: '职工教育经费 一线职工要占多少 能不能拿来发师带徒津贴', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/, /师带徒/] } },
    ],
  },
  {
    id: 'v31d60',
    class: 'education_fund',
    probes: 'payroll in 元 given first, fund asked',
    turns: [
      { user: '俺是会计 问问教育经费税前扣除 工资总额 2,980,000元', expect: openFund },
      { user: '教育经费今年提了 250,000元', expect: taxDeduct(238400, 250000) },
    ],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v31d61',
    class: 'apprenticeship',
    probes: 'eight apprentices: the plan fixes no amount',
    periodEnd: true,
    turns: [
      { user: '俺们公司招了八个新型学徒 一个人能补多少', expect: noSum(['四(一)']) },
    ],
  },
  {
    id: 'v31d62',
    class: 'apprenticeship',
    probes: '[asked-twice] the apprentice amount asked twice in other words; still none',
    periodEnd: true,
    turns: [
      { user: '俺们电梯公司搞企业新型学徒制 政府补贴的标准是多少', expect: noSum(['四(一)']) },
      { user: '换句话说 带一个徒弟 政府到底给几个钱 有个数没', expect: noSum(['四(一)']) },
    ],
  },
  {
    id: 'v31d63',
    class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund',
    turns: [
      { user: '面条厂搞师带徒 老师傅的津贴 能从职工教育经费里出吗', expect: { cites: ['六(二)'], says: [/师带徒/] } },
    ],
  },
  {
    id: 'v31d64',
    class: 'apprenticeship',
    probes: 'the three-year apprentice target',
    turns: [
      { user: '现代学徒制 跟企业新型学徒制 方案里都有吗 三年要培养多少学徒', expect: { cites: ['四(一)'], says: [/2\s*万/] } },
    ],
  },
  // ---------------------------------------------------------------- period
  {
    id: 'v31d65',
    class: 'period',
    probes: '[asked-twice] can it still be applied for, asked twice',
    periodEnd: true,
    turns: [
      { user: '现在都2025年了 以工代训还能申请不', expect: { ...ended, noAmount: 'open' } },
      { user: '也就是说 今年去人社局 还能不能办下来这个补贴', expect: { ...ended, noAmount: 'open' } },
    ],
  },
  {
    id: 'v31d66',
    class: 'period',
    probes: '[dated] hires of 2020-08 to 2021-03 at a 扶贫车间, asked for that time',
    periodEnd: true,
    turns: [
      { user: '2020年8月 俺们扶贫车间招的4个贫困户 一直干到2021年3月 以工代训6个月 岗前没领 当时能领多少', expect: { oneOf: [ojt(4800), needOJT] } },
    ],
  },
  {
    id: 'v31d67',
    class: 'period',
    probes: 'the document\'s own dates',
    turns: [
      { user: '这个方案是哪年印发的 一直管到啥时候', expect: { says: [/2019/, /2021/] } },
    ],
  },
  {
    id: 'v31d68',
    class: 'period',
    probes: 'still in force? and is there a successor (not in the plan)',
    periodEnd: true,
    turns: [
      { user: '63号文现在还管用吗', expect: ended },
      { user: '那它结束以后 有新的文件接上没', expect: notSetOrOutside },
    ],
  },
  {
    id: 'v31d69',
    class: 'period',
    probes: '[two-part] [dated] hires of 2021-12 and whether anything can be claimed now',
    periodEnd: true,
    turns: [
      { user: '2021年12月份招的人 以工代训能申请到啥时候 还有现在还能补不', expect: { ...ended, noAmount: 'open' } },
    ],
  },
  {
    id: 'v31d70',
    class: 'period',
    probes: 'application deadline: the plan names its end, no separate deadline',
    periodEnd: true,
    turns: [
      { user: '职业培训补贴申领 最晚截止到哪一天', expect: { ...ended, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v31d71',
    class: 'person_training',
    probes: '[asked-twice] a widow asks the family aid twice in other words; no figure either time',
    periodEnd: true,
    turns: [
      { user: '俺娃上技校 俺家是建档立卡的 家里能领啥补助', expect: noSum(['三(三)', '三(十四)']) },
      { user: '俺就是想问 娃念技校 俺这当娘的 能不能拿到点补贴', expect: noSum(['三(三)', '三(十四)']) },
    ],
  },
];
