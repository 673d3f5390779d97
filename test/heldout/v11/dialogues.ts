/**
 * HELD-OUT dialogues, set v11 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v10 (its header and first lines) was looked at; no message is reused or
 * paraphrased from sets v1–v10. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: a tea-shop owner (茶叶店 / 茶馆), a construction labour subcontractor (劳务分包),
 * an elderly-care centre manager (养老院), a young mother going back to work (宝妈), a deaf
 * worker typing himself, a county hotline agent relaying callers (来电人说…), a cooperative's
 * accountant (社里), a vocational-school head teacher and a migrant worker back in his village.
 * WeChat on a phone: short, dialect (俺 / 中不中 / 啥), homophones, odd spacing, numerals as
 * 仨 / 俩 / 叁 / 全角 / 一百二十万, traditional characters now and then, run-ons, bare replies.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (not a 职业院校); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise; 退役军人, 农村转移, 城镇登记失业 hires are no group;
 *   rows with the 岗前培训补贴 claimed never count.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
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
/** Not eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong)] });
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
/** The plan's end must be said. */
const over: TurnExpect = { mentionsPeriodEnd: true };
/** Who to ask. */
const WHO = /人社|人力资源|12333/;
/** A person's training subsidy: no per-person figure. */
const personNoFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites, notVerdict: { rule: 'vocational_training', status: 'eligible' } });

export const DIALOGUES_V11: Dialogue[] = [
  // ---------------------------------------------------------------- one group of hires
  {
    id: 'v11d01', class: 'one_group', periodEnd: true,
    probes: 'tea house limited company, three poor hires employed 7 months, 4 months 以工代训',
    turns: [{ user: '开茶馆嘞 执照是有限公司 招了仨建档立卡贫困户 已经干了七个月 以工代训搞了4个月 补贴咋算', expect: pay(2400) }],
  },
  {
    id: 'v11d02', class: 'one_group', periodEnd: true,
    probes: 'insured labour subcontractor, five employment-difficulty hires, six months 以工代训',
    turns: [{ user: '俺是干劳务分包的公司 社保一直在交 收了五个就业困难人员 以工代训整六个月 一共能拿多少', expect: pay(6000) }],
  },
  {
    id: 'v11d03', class: 'one_group', periodEnd: true,
    probes: 'elderly-care company, one zero-employment hire, ten months 以工代训 capped at six',
    turns: [{ user: '养老院是民营企业 交社保嘞 招了一名零就业家庭的护工 以工代训十个月了', expect: payNot(1200, 2000) }],
  },
  {
    id: 'v11d04', class: 'one_group', periodEnd: true,
    probes: 'cooperative accountant, 肆 poor hires a year in, 8 months 以工代训 capped',
    turns: [{ user: '我是合作社会计 社里吸纳了肆个贫困劳动力 就业满一年了 以工代训8个月 帐上能记多少补贴', expect: payNot(4800, 6400) }],
  },
  {
    id: 'v11d05', class: 'one_group',
    probes: 'poverty workshop, poor hires only four months employed: excluded',
    turns: [{ user: '扶贫车间 招了两个贫困户 才干了四个月 以工代训也是4个月 能补不', expect: noPay(1600) }],
  },
  {
    id: 'v11d06', class: 'one_group',
    probes: 'six disabled hires, kind of unit and insurance unsaid: ask',
    turns: [{ user: '俺们招了6个残疾人 以工代训3个月 有补贴没', expect: askOJT }],
  },
  {
    id: 'v11d07', class: 'one_group',
    probes: 'a 职业学校 takes poor cleaners: not a production entity',
    turns: [{ user: '我们是职业学校 招了两个贫困户当保洁 干了八个月 以工代训6个月', expect: notYes(2400) }],
  },
  // ---------------------------------------------------------------- several groups
  {
    id: 'v11d08', class: 'several_groups', periodEnd: true,
    probes: 'insured company: poor 2 × 6 months + difficulty 3 × 2 months',
    turns: [{ user: '公司参保的，招了贫困户2人干了8个月以工代训6个月，还有就业困难人员3人以工代训2个月，合计多少', expect: pay(3600) }],
  },
  {
    id: 'v11d09', class: 'several_groups', periodEnd: true,
    probes: 'elderly-care enterprise: disabled 1 × 5 + zero-employment 2 × 3, veterans no group',
    turns: [{ user: '养老中心 企业性质 有参保 吸纳残疾人1名 以工代训5个月；零就业家庭的2名 以工代训3个月；另外还有退役军人4个', expect: pay(2200) }],
  },
  {
    id: 'v11d10', class: 'several_groups', periodEnd: true,
    probes: 'uninsured subcontractor: only the poor row counts (5 × 3), difficulty row excluded',
    turns: [{ user: '分包公司 没交社保 招了贫困劳动力5个 干了7个月 以工代训三个月 另外就业困难人员2个也以工代训三个月', expect: payNot(3000, 4200) }],
  },
  {
    id: 'v11d11', class: 'several_groups', periodEnd: true,
    probes: 'cooperative, two batches of poor hires, the second employed only 3 months',
    turns: [{ user: '社里吸收贫困户两批：头一批3个人 干了9个月 以工代训6个月；第二批2个人 才来3个月 以工代训3个月', expect: payNot(3600, 4800) }],
  },
  {
    id: 'v11d12', class: 'several_groups', periodEnd: true,
    probes: 'insured tea company: zero-employment row had 岗前培训补贴, difficulty row did not',
    turns: [{ user: '茶叶公司 參保 零就业家庭成员2名以工代训4个月 岗前培训补贴已经领过了；就业困难人员1名以工代训6个月 岗前的没领', expect: payNot(1200, 2800) }],
  },
  {
    id: 'v11d13', class: 'several_groups', periodEnd: true,
    probes: 'hotline: insured company, 10 poor × 2 months, 3 registered unemployed are no group',
    turns: [{ user: '来电人说 他们企业交社保 招了贫困劳动力10人 在岗都超过六个月了 以工代训两个月；还有城镇登记失业人员3人 也带着训', expect: payNot(4000, 5200) }],
  },
  {
    id: 'v11d14', class: 'several_groups', periodEnd: true,
    probes: 'poverty workshop: poor 3 × 6 plus zero-employment 2 × 4 (only an insured enterprise qualifies)',
    turns: [{
      user: '扶贫车间 贫困劳动力3个 干了六个月整 以工代训六个月 还有零就业家庭的2个 以工代训4个月',
      expect: { oneOf: [{ amount: { rule: 'on_job_training', yuan: 3600 } }, { asks: true }], mustNotContain: ['5200'] },
    }],
  },
  // ---------------------------------------------------------------- negation after a noun
  {
    id: 'v11d15', class: 'negation_after_noun',
    probes: 'enterprise, 社保没交: difficulty hires excluded',
    turns: [{ user: '我们是企业 社保没交 招了两个就业困难人员 以工代训6个月', expect: noPay(2400) }],
  },
  {
    id: 'v11d16', class: 'negation_after_noun',
    probes: '残疾人倒是没招: only rural migrants, no group',
    turns: [{ user: '残疾人 倒是没招 招的都是农村转移出来的 8个人 以工代训4个月 公司有参保', expect: notYes(6400) }],
  },
  {
    id: 'v11d17', class: 'negation_after_noun', periodEnd: true,
    probes: '贫困户一个都没招到, difficulty 3 × 5 months',
    turns: [{ user: '贫困户 一个都没招到 就业困难的招了3个 参保企业 以工代训5个月', expect: pay(3000) }],
  },
  {
    id: 'v11d18', class: 'negation_after_noun', periodEnd: true,
    probes: '岗前培训补贴没领过 stated as negation, zero-employment 1 × 6',
    turns: [{ user: '岗前培训补贴 没领过 公司参保 零就业家庭1个 以工代训 6个月', expect: pay(1200) }],
  },
  {
    id: 'v11d19', class: 'negation_after_noun', periodEnd: true,
    probes: '不是企业 是扶贫车间: poor labour still qualifies',
    turns: [{ user: '贫困劳动力俩 干了十个月 以工代训六个月 不是企业哈 是扶贫车间', expect: pay(2400) }],
  },
  {
    id: 'v11d20', class: 'negation_after_noun', periodEnd: true,
    probes: 'cooperative without social insurance: poor hires need none',
    turns: [{ user: '我们社不交社保的 农民专业合作社 招了贫困户3人 干满7个月 以工代训5个月', expect: pay(3000) }],
  },
  // ---------------------------------------------------------------- unknown replies
  {
    id: 'v11d21', class: 'unknown_reply',
    probes: 'insurance asked, answered 不清楚',
    turns: [
      { user: '公司招了4个就业困难人员 以工代训6个月', expect: askOJT },
      { user: '社保交没交 我也不清楚 得问会计', expect: dunnoOJT },
    ],
  },
  {
    id: 'v11d22', class: 'unknown_reply', periodEnd: true,
    probes: 'months employed unknown, then found: 11 months',
    turns: [
      { user: '合作社 招了贫困劳动力2个 以工代训3个月', expect: askOJT },
      { user: '在社里干多久了 这个俺真记不清', expect: dunnoOJT },
      { user: '查了下花名册 十一个月了', expect: pay(1200) },
    ],
  },
  {
    id: 'v11d23', class: 'unknown_reply',
    probes: 'equipment money source unknown',
    turns: [
      { user: '技能大师工作室 买了实训设备 30万', expect: askKit },
      { user: '钱从哪出的 不晓得', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
    ],
  },
  {
    id: 'v11d24', class: 'unknown_reply',
    probes: 'education fund without payroll, payroll unknown',
    turns: [
      { user: '职工教育经费 提了12万 能税前扣多少', expect: { ...askFund, asks: true } },
      { user: '工资总额 不知道 财务没给我', expect: askFund },
    ],
  },
  {
    id: 'v11d25', class: 'unknown_reply',
    probes: 'deaf worker, certificate unknown',
    turns: [
      { user: '我是聋人 自己打字 想学电脑 培训完 能补多少', expect: personNoFigure(['七(二)', '六(一)']) },
      { user: '证 没考 不知道能不能考过', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v11d26', class: 'unknown_reply',
    probes: 'bare replies: count given, months 说不好',
    turns: [
      { user: '养老院 参保企业 招了零就业家庭的', expect: askOJT },
      { user: '两个', expect: askOJT },
      { user: '以工代训几个月 说不好', expect: dunnoOJT },
    ],
  },
  // ---------------------------------------------------------------- corrections
  {
    id: 'v11d27', class: 'correction', periodEnd: true,
    probes: 'count corrected from 3 to 2',
    turns: [
      { user: '茶叶公司 参保 招了就业困难的3个 以工代训4个月', expect: pay(2400) },
      { user: '说错了 是2个 不是3个', expect: payNot(1600, 2400) },
    ],
  },
  {
    id: 'v11d28', class: 'correction', periodEnd: true,
    probes: '以工代训 months corrected from 6 to 3',
    turns: [
      { user: '合作社招贫困户5人 干了8个月 以工代训6个月', expect: pay(6000) },
      { user: '不对不对 以工代训是3个月', expect: payNot(3000, 6000) },
    ],
  },
  {
    id: 'v11d29', class: 'correction', periodEnd: true,
    probes: 'insurance corrected to 还没交',
    turns: [
      { user: '分包公司参保 招了残疾人两名 以工代训5个月', expect: pay(2000) },
      { user: '更正一下 公司社保其实还没交上', expect: noPay(2000) },
    ],
  },
  {
    id: 'v11d30', class: 'correction',
    probes: 'base equipment value corrected from 一百二十万 to 三百萬 (cap)',
    turns: [
      { user: '高技能人才培训基地 职工教育经费买的设备 验收过了 总价一百二十万', expect: kit(240000) },
      { user: '记错了 是三百萬', expect: kitNot(500000, 600000) },
    ],
  },
  {
    id: 'v11d31', class: 'correction',
    probes: 'education fund corrected from 50万 to 30万',
    turns: [
      { user: '工资薪金总额 500万 职工教育经费提了50万', expect: deduct(400000) },
      { user: '搞错了 教育经费是30万', expect: deduct(300000, 400000) },
    ],
  },
  {
    id: 'v11d32', class: 'correction', periodEnd: true,
    probes: 'months employed corrected from 5 to 11',
    turns: [
      { user: '扶贫车间 贫困劳动力3个 干了五个月 以工代训五个月', expect: noPay(3000) },
      { user: '哦 我看错了 干了11个月了', expect: pay(3000) },
    ],
  },
  // ---------------------------------------------------------------- topic switches
  {
    id: 'v11d33', class: 'topic_switch', periodEnd: true,
    probes: '以工代训, then entrepreneurship, then weather [two-part]',
    turns: [
      { user: '企业参保 零就业家庭成员 3名 以工代训两个月', expect: pay(1200) },
      { user: '另外问一下 我自己想再开个茶叶店 有创业培训不', expect: noFigure(['三(八)']) },
      { user: '今天郑州下雨不', expect: decline },
    ],
  },
  {
    id: 'v11d34', class: 'topic_switch',
    probes: 'studio equipment, then apprentices (no figure)',
    turns: [
      { user: '技能大师工作室 教育经费买设备 25万 已验收', expect: kit(50000) },
      { user: '那新型学徒 一人补多少', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v11d35', class: 'topic_switch',
    probes: 'young mother training, then 公积金 (outside)',
    turns: [
      { user: '宝妈一个 想学育婴师 在常住地培训 今年头一回', expect: personNoFigure(['七(二)']) },
      { user: '对了 郑州公积金咋提取', expect: decline },
    ],
  },
  {
    id: 'v11d36', class: 'topic_switch',
    probes: 'returning migrant: free training only for poor labour, then 生活费 (not settled)',
    turns: [
      { user: '外出打工回来了 家是建档立卡贫困户 想学电焊 有免费的不', expect: { noAmount: 'unfixed', cites: ['三(三)'] } },
      { user: '学的时候 生活费补贴一天给多少', expect: unsettled },
    ],
  },
  {
    id: 'v11d37', class: 'topic_switch',
    probes: 'hotline: pre-job subsidy then project training advance [two-part]',
    turns: [
      { user: '来电人问 新招的员工 岗前培训补贴领了 还能再领以工代训不', expect: { cites: ['六(一)'], says: [/不得重复|不能重复|不可重复|不能同时|不得同时|只能/] } },
      { user: '再问下 他们企业想做项目制培训 培训补贴总共20万 能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 100000 } } },
    ],
  },
  {
    id: 'v11d38', class: 'topic_switch',
    probes: 'education fund, then the front-line share',
    turns: [
      { user: '工资总额三百万 教育经费二十万', expect: deduct(200000, 240000) },
      { user: '一线职工要用多少比例 有要求没', expect: { cites: ['六(二)'], says: [/60/] } },
    ],
  },
  // ---------------------------------------------------------------- a person's training
  {
    id: 'v11d39', class: 'person_training',
    probes: 'deaf worker, every condition met: eligible, no figure',
    turns: [{ user: '聋人 在户籍地学了面点 证拿到了 今年还没领过补贴 没有退休金 机构在系统里 以前没学过这个', expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'eligible' } } }],
  },
  {
    id: 'v11d40', class: 'person_training',
    probes: 'a fourth subsidy this year',
    turns: [{ user: '我今年已经领过叁次培训补贴了 第四次还给不', expect: personNoFigure(['七(二)']) }],
  },
  {
    id: 'v11d41', class: 'person_training',
    probes: 'same occupation and level again',
    turns: [{ user: '同一个工种 同一个等级 前年学过 今年再报一回 还补不补', expect: personNoFigure(['七(二)']) }],
  },
  {
    id: 'v11d42', class: 'person_training',
    probes: 'father with a monthly pension',
    turns: [{ user: '俺爹六十多了 每月领着养老金 想学个养老护理 能享受培训补贴不', expect: personNoFigure(['六(一)', '七(二)']) }],
  },
  {
    id: 'v11d43', class: 'person_training',
    probes: 'young mother, no certificate yet',
    turns: [{ user: '在老家户籍地报了个育婴员班 学完了 证还没考', expect: personNoFigure(['七(二)']) }],
  },
  {
    id: 'v11d44', class: 'person_training',
    probes: 'new occupation: priority standard',
    turns: [{ user: '国家新公布的职业 像人工智能训练师 进补贴目录没', expect: { cites: ['七(二)'], noAmount: 'unfixed' } }],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v11d45', class: 'entrepreneurship',
    probes: 'tea shop open 3 years: eligible, no figure',
    turns: [{ user: '茶叶店开了三年了 算小微企业 老板想参加创业培训 中不中', expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' } } }],
  },
  {
    id: 'v11d46', class: 'entrepreneurship',
    probes: 'head teacher: vocational students',
    turns: [{ user: '我是职校班主任 班里在校生 能参加创业意识培训不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v11d47', class: 'entrepreneurship',
    probes: 'business open 8 years, no wish said; then the wish is said',
    turns: [
      { user: '公司开了八年了 还能算创业培训的对象不', expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      { user: '老板还想另起炉灶 再创个业 有这打算', expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v11d48', class: 'entrepreneurship',
    probes: 'returning migrant with a wish: eligible, no figure',
    turns: [{ user: '回村了 想自个干点啥 有创业的想法 创业培训补多少錢', expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' } } }],
  },
  {
    id: 'v11d49', class: 'entrepreneurship',
    probes: 'amount asked, then graduate status given',
    turns: [
      { user: '创业培训 学完给多少钱', expect: noFigure(['三(八)']) },
      { user: '我大专 去年毕业的', expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v11d50', class: 'equipment',
    probes: 'base, 八十万, fund, accepted',
    turns: [{ user: '高技能人才培训基地 用职工教育经费新买实训设备 八十万 人社财政验收合格了', expect: kit(160000) }],
  },
  {
    id: 'v11d51', class: 'equipment',
    probes: 'studio 六十万: capped at 10万',
    turns: [{ user: '技能大师工作室 设备花了 六十万 教育经费出的 已验收', expect: kitNot(100000, 120000) }],
  },
  {
    id: 'v11d52', class: 'equipment',
    probes: 'own money, not the education fund',
    turns: [{ user: '基地买设备200万 但是用的是公司自有资金 不是教育经费', expect: noKit(400000) }],
  },
  {
    id: 'v11d53', class: 'equipment',
    probes: 'not yet accepted',
    turns: [{ user: '大师工作室设备 20万 教育经费买的 还没验收呢', expect: noKit(40000) }],
  },
  {
    id: 'v11d54', class: 'equipment',
    probes: 'two studios, each its own cap',
    turns: [{ user: '两个技能大师工作室 A工作室设备40万 B工作室设备70万 都是职工教育经费买的 都验收了', expect: kitNot(180000, 220000) }],
  },
  {
    id: 'v11d55', class: 'equipment',
    probes: 'base over its cap plus a studio',
    turns: [{ user: '培训基地 设备三百万 另外大师工作室 设备十五万 都是教育经费买的 都验收过了', expect: kitNot(530000, 630000) }],
  },
  // ---------------------------------------------------------------- education fund
  {
    id: 'v11d56', class: 'education_fund',
    probes: 'fund under 8 %',
    turns: [{ user: '工资薪金总额一千万 职工教育经费提了六十万 税前能扣多少', expect: deduct(600000, 800000) }],
  },
  {
    id: 'v11d57', class: 'education_fund',
    probes: 'fund over 8 %',
    turns: [{ user: '工资总额 250万 教育经费 25万', expect: deduct(200000, 250000) }],
  },
  {
    id: 'v11d58', class: 'education_fund',
    probes: 'cash asked: it is a deduction',
    turns: [{ user: '教育经费能直接领现金吗 工资总额100万 经费5万', expect: deduct(50000, 80000) }],
  },
  {
    id: 'v11d59', class: 'education_fund',
    probes: 'front-line share 四成',
    turns: [{ user: '教育经费 一线职工只用了四成 有问题没', expect: { cites: ['六(二)'], says: [/60/] } }],
  },
  {
    id: 'v11d60', class: 'education_fund',
    probes: '师带徒 allowance from the fund',
    turns: [{ user: '职工教育经费 能不能给师傅带徒弟发津贴', expect: { cites: ['六(二)'] } }],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v11d61', class: 'apprenticeship',
    probes: 'subcontractor, 8 new-type apprentices: no figure',
    turns: [{ user: '建筑分包公司 带了8个新型学徒 一个人补多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v11d62', class: 'apprenticeship',
    probes: 'elderly-care centre, 十个 apprentices, total asked',
    turns: [{ user: '养老院搞企业新型学徒制 学徒十个 总共能补几万', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v11d63', class: 'apprenticeship',
    probes: 'apprentices, then the 200 of 以工代训 offered as their rate',
    turns: [
      { user: '新型学徒制 学徒１２人', expect: noFigure(['四(一)']) },
      { user: '那是不是也按每人每月200给', expect: { noAmount: 'unfixed', mustNotContain: ['2400', '14400'] } },
    ],
  },
  {
    id: 'v11d64', class: 'apprenticeship',
    probes: 'three-year apprentice target',
    turns: [{ user: '新型学徒 这三年 全市要培养多少名', expect: { cites: ['四(一)'], says: [/2\s*万/] } }],
  },
  // ---------------------------------------------------------------- period, contact, dated
  {
    id: 'v11d65', class: 'period',
    probes: 'can I still apply in 2026',
    turns: [{ user: '现在都2026年了 以工代训还能申请不', expect: over }],
  },
  {
    id: 'v11d66', class: 'period',
    probes: 'when does the plan end [dated]',
    turns: [{ user: '这个方案 到啥时候截止', expect: { says: [/2021/] } }],
  },
  {
    id: 'v11d67', class: 'period',
    probes: 'hotline: hire of 21年12月, asked now',
    turns: [{ user: '来电人问 21年12月招的贫困户 现在还能补不', expect: over }],
  },
  {
    id: 'v11d68', class: 'period',
    probes: 'training last year, subsidy this year',
    turns: [{ user: '去年培训的 今年还能領補貼不', expect: over }],
  },
  {
    id: 'v11d69', class: 'period',
    probes: 'issue date and number [dated]',
    turns: [{ user: '方案哪天发的 文号是啥', expect: { says: [/郑政办/, /2019/] } }],
  },
  {
    id: 'v11d70', class: 'period',
    probes: 'which office, phone [contact]',
    turns: [{ user: '以工代训这事 找哪个部门 有电话没', expect: { says: [WHO] } }],
  },
];
