/**
 * HELD-OUT dialogues, set v24 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/) only: never from the service's
 * output, the code under src/, or any other set (only the format of v15's header and first lines
 * was looked at; nothing there is reused or paraphrased). Written blind. Not to be tuned on: no
 * word of these messages goes into a glossary, pattern or fixture.
 *
 * Who types here: a 扶贫车间 foreman making wigs (假发), a sock factory's 出纳 (袜厂), a
 * mushroom cooperative's head (香菇合作社), a noodle shop run as a company (烩面馆), a welding
 * training school's principal, a 技工学校 teacher, a retired army driver (退役军人), a deaf
 * woman who embroiders, a poor household in 登封, a laid-off textile worker, a new graduate who
 * wants to open a milk-tea shop, and a steel-fittings plant's HR. WeChat on a phone: short,
 * dialect (俺 / 咋 / 中不中 / 弄啥嘞), homophones, odd spacing, full-width and Chinese numerals,
 * traditional characters now and then, run-ons, bare replies.
 *
 * Amounts, by hand, from the contract and the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(months, 6) per qualifying row; poor labour employed
 *   ≥ 6 months by a production entity (not a 职业院校); 就业困难 (incl. 残疾人) and 零就业家庭 only by
 *   an insured enterprise; 退役军人 and ordinary hires are no group; rows with the 岗前培训补贴
 *   claimed never count. Nothing is inferred from silence: until every fact is said, ask.
 * - Equipment (四(一)): min(20 % × value, 500 000 base / 100 000 studio) per site, only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × payroll), never cash.
 * - Project training: 50 % advance. Apprenticeship, training subsidy per person, entrepreneurship
 *   training, 生活费补贴, family aid: no amount fixed.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
const noKit = (wrong: number, wan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wan] });
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V24: Dialogue[] = [
  // ---------------------------------------------------------------- one group
  { id: 'v24d01', class: 'one_group', probes: 'wig workshop, poor labour, facts come one per turn', periodEnd: true, turns: [
    { user: '俺们是个扶贫车间 做假发的 招了几个贫困户 以工代训能给多少', expect: ask },
    { user: '4个人 都干了八个多月了', expect: ask },
    { user: '以工代训弄了5个月', expect: ask },
    { user: '岗前培训补贴木领过 一分没拿', expect: pay(4000) },
  ] },
  { id: 'v24d02', class: 'one_group', probes: 'sock factory, all facts in one message, 6 months cap', periodEnd: true, turns: [
    { user: '袜厂出纳问下：公司吸纳贫困劳动力３人，已就业１０个月，以工代训搞了９个月，没申请过岗前培训补贴，补贴咋算', expect: payNot(3600, 5400) },
  ] },
  { id: 'v24d03', class: 'one_group', probes: 'insured enterprise, 就业困难人员, insurance asked', periodEnd: true, turns: [
    { user: '俺厂招了两个就业困难人员 以工代训仨月 能不能申', expect: ask },
    { user: '社保都交着呢 厂里是参保企业', expect: ask },
    { user: '岗前那个补贴没弄过', expect: pay(1200) },
  ] },
  { id: 'v24d04', class: 'one_group', probes: 'poor labour employed only 4 months: below six', turns: [
    { user: '香菇合作社 收了5个贫困户来干活 才干了四个月 以工代训也是四个月 岗前补贴没领 能拿多少', expect: noPay(4000) },
  ] },
  { id: 'v24d05', class: 'one_group', probes: 'technical school as employer of poor labour: not a production entity', turns: [
    { user: '我们是技工学校 食堂招了2个贫困劳动力 干了一年 以工代训6个月 没领岗前补贴 学校能申以工代训补贴吗', expect: notYes(2400) },
  ] },
  { id: 'v24d06', class: 'one_group', probes: 'noodle company, 零就业家庭, insurance unknown then said', periodEnd: true, turns: [
    { user: '烩面馆注册成公司了 招了个零就业家庭的小伙 以工代训半年', expect: ask },
    { user: '社保么 给他交了 公司也参保', expect: ask },
    { user: '岗前培训补贴没申请', expect: pay(1200) },
  ] },
  // ---------------------------------------------------------------- several groups
  { id: 'v24d07', class: 'several_groups', probes: 'poor labour + 就业困难 in an insured company, different months', periodEnd: true, turns: [
    { user: '钢件厂HR 俺们有贫困劳动力6个 在岗都超过7个月了 以工代训4个月；还有就业困难人员2个 以工代训6个月 厂里正常参保 都没领过岗前培训补贴 一共多少', expect: pay(7200) },
  ] },
  { id: 'v24d08', class: 'several_groups', probes: 'two groups, one with 岗前 claimed', periodEnd: true, turns: [
    { user: '扶贫车间两拨人 第一拨贫困户三个 干了9个月 以工代训3个月 第二拨贫困户两个 也干了9个月 以工代训5个月', expect: ask },
    { user: '第二拨领过岗前培训补贴了 第一拨没有领', expect: payNot(1800, 3800) },
  ] },
  { id: 'v24d09', class: 'several_groups', probes: 'retired soldiers are no group, poor labour counts', periodEnd: true, turns: [
    { user: '公司招了退役军人4名 贫困劳动力2名（干了8个月）都以工代训两个月 没领岗前补贴 参保的', expect: payNot(800, 2400) },
  ] },
  { id: 'v24d10', class: 'several_groups', probes: 'three groups, count per group asked', periodEnd: true, turns: [
    { user: '袜厂 招了贫困户 残疾人 还有零就业家庭的 以工代训能领多少啊', expect: ask },
    { user: '贫困户五个 残疾的一个 零就业家庭两个', expect: ask },
    { user: '贫困户在厂里都干满一年 以工代训都是六个月 厂子参保 岗前补贴都没拿过', expect: pay(9600) },
  ] },
  { id: 'v24d11', class: 'several_groups', probes: 'cooperative: 就业困难 needs an insured enterprise, poor labour counts', periodEnd: true, turns: [
    { user: '合作社 有贫困劳动力４个 干了７个月 以工代训２个月 另外就业困难人员３个以工代训２个月 没领过岗前培训的钱 合作社不是企业 没参保', expect: { oneOf: [payNot(1600, 2800), { ...ask, mustNotContain: ['2800'] }] } },
  ] },
  // ---------------------------------------------------------------- negation after the noun
  { id: 'v24d12', class: 'negation_after_noun', probes: 'poor labour named then denied far after', turns: [
    { user: '俺这车间招了三个人 以工代训五个月 岗前补贴没领 干了十个月 他们是贫困户吗？不是 就是村里普通人', expect: notYes(3000) },
  ] },
  { id: 'v24d13', class: 'negation_after_noun', probes: '岗前培训补贴 named, negated after: not claimed', periodEnd: true, turns: [
    { user: '公司招贫困劳动力2人在岗八个月 以工代训4个月 岗前培训补贴这个事儿 俺们从来没弄过', expect: pay(1600) },
  ] },
  { id: 'v24d14', class: 'negation_after_noun', probes: 'insurance named, then "没有" far after', turns: [
    { user: '小加工厂 吸纳就业困难人员3个 以工代训三个月 岗前的补贴没领过 社保那块儿 老板说暂时都没有交 厂子也没参保', expect: noPay(1800) },
  ] },
  { id: 'v24d15', class: 'negation_after_noun', probes: 'equipment fund source named then negated', turns: [
    { user: '买了实训设备80万 验收合格了 钱是从职工教育经费里出的吗 不是 是贷款买的 高技能人才培训基地 能补多少', expect: noKit(160000, /16\s*万/) },
  ] },
  { id: 'v24d16', class: 'negation_after_noun', probes: 'acceptance negated after the noun', turns: [
    { user: '技能大师工作室新购设备30万 职工教育经费出的 验收这个 还没验 人社局还没来', expect: { oneOf: [noKit(60000, /(?<![0-9])6\s*万/), { ...askKit, mustNotContain: ['60000'] }] } },
  ] },
  // ---------------------------------------------------------------- 不知道 replies
  { id: 'v24d17', class: 'unknown_reply', probes: '岗前 claimed unknown: no figure', turns: [
    { user: '俺们假发车间 贫困户6个 都干一年多了 以工代训三个月', expect: ask },
    { user: '岗前培训补贴领没领 这俺真不知道 会计走了', expect: dunno },
  ] },
  { id: 'v24d18', class: 'unknown_reply', probes: 'months employed unknown', turns: [
    { user: '合作社吸纳了贫困劳动力3人 以工代训四个月 没领岗前补贴 能补多少钱', expect: ask },
    { user: '他们来了多久 我不清楚啊 登记表找不着了', expect: dunno },
  ] },
  { id: 'v24d19', class: 'unknown_reply', probes: 'insurance unknown for 残疾人', turns: [
    { user: '公司有两个聋哑员工 残疾人 以工代训6个月 没拿岗前补贴', expect: ask },
    { user: '单位参没参保 俺不晓得 俺就是个绣花的', expect: dunno },
  ] },
  { id: 'v24d20', class: 'unknown_reply', probes: 'equipment value unknown', turns: [
    { user: '俺们技能大师工作室 用职工教育经费买了设备 也验收了 补多少', expect: askKit },
    { user: '总值多少钱我也搞不清 财务那边管', expect: dunnoKit },
  ] },
  { id: 'v24d21', class: 'unknown_reply', probes: 'payroll unknown for education fund', turns: [
    { user: '职工教育经费今年提了30万 税前能扣多少', expect: { ...askFund, asks: true } },
    { user: '工资总额？不知道 没算过', expect: askFund },
  ] },
  // ---------------------------------------------------------------- corrections
  { id: 'v24d22', class: 'correction', probes: 'count corrected 5 → 3', periodEnd: true, turns: [
    { user: '扶贫车间 贫困劳动力5人 就业9个月 以工代训4个月 没领岗前补贴', expect: pay(4000) },
    { user: '不对不对 是3个人 俩走了', expect: payNot(2400, 4000) },
  ] },
  { id: 'v24d23', class: 'correction', probes: 'months corrected: 以工代训 2 not 6', periodEnd: true, turns: [
    { user: '公司贫困劳动力4个 都在岗一年 以工代训六个月 岗前补贴没有领', expect: pay(4800) },
    { user: '说错了 以工代训是两个月不是六个月', expect: payNot(1600, 4800) },
  ] },
  { id: 'v24d24', class: 'correction', probes: 'group corrected: not poor, retired soldiers', turns: [
    { user: '俺们厂招了2个贫困户 干了8个月 以工代训3个月 没领岗前的', expect: pay(1200) },
    { user: '哎不对 他俩是退伍兵 不是贫困户', expect: notYes(1200) },
  ], periodEnd: true },
  { id: 'v24d25', class: 'correction', probes: 'equipment corrected base → studio', turns: [
    { user: '高技能人才培训基地 新买设备60万 职工教育经费出的 验收合格了', expect: kit(120000) },
    { user: '纠正一下 是技能大师工作室 不是基地', expect: { ...kit(100000), mustNotContain: ['120000', '12万'] } },
  ] },
  { id: 'v24d26', class: 'correction', probes: 'payroll corrected', turns: [
    { user: '工资薪金总额500万 职工教育经费提了50万 税前扣除多少', expect: deduct(400000) },
    { user: '错了 工资总额是800万', expect: deduct(500000, 400000) },
  ] },
  // ---------------------------------------------------------------- topic switches
  { id: 'v24d27', class: 'topic_switch', probes: 'from 以工代训 to education fund mid-way', turns: [
    { user: '袜厂招了贫困劳动力 以工代训有补贴吗', expect: ask },
    { user: '先不说这个 职工教育经费税前能扣多少比例', expect: { says: [/8\s*%|百分之八/], cites: ['六(二)'] } },
  ] },
  { id: 'v24d28', class: 'topic_switch', probes: 'from equipment to apprenticeship', turns: [
    { user: '基地买设备 补贴是多少比例', expect: { says: [/20\s*%|百分之二十/], cites: ['四(一)'] } },
    { user: '那企业新型学徒呢 一个学徒补多少', expect: noFigure(['四(一)']) },
  ] },
  { id: 'v24d29', class: 'topic_switch', probes: 'from own training to entrepreneurship', turns: [
    { user: '俺下岗了 想学个电工 有免费培训没', expect: { answered: true, noAmount: 'unfixed' } },
    { user: '算了 俺想自己开个店 创业培训能参加吗', expect: noFigure(['三(八)']) },
  ] },
  { id: 'v24d30', class: 'topic_switch', probes: 'from 以工代训 to contact office [contact]', turns: [
    { user: '扶贫车间的以工代训补贴 最长给几个月', expect: { says: [/6\s*个月|六个月/], cites: ['六(一)'] } },
    { user: '那这事该去哪个部门问', expect: { says: [/人社|人力资源/] } },
  ] },
  { id: 'v24d31', class: 'topic_switch', probes: 'switch back and forth; amount only after facts', periodEnd: true, turns: [
    { user: '公司贫困劳动力2个 在岗7个月 以工代训3个月', expect: ask },
    { user: '对了 学徒制补贴咋算的', expect: { noAmount: 'unfixed' } },
    { user: '回到刚才那俩 岗前培训补贴都没领', expect: pay(1200) },
  ] },
  // ---------------------------------------------------------------- own training
  { id: 'v24d32', class: 'person_training', probes: 'veteran asks own training subsidy: no fixed amount', turns: [
    { user: '俺是退役军人 开了十年车 想学个挖掘机 政府给补多少钱', expect: noFigure(['三(二)', '六(一)', '七(二)']) },
  ] },
  { id: 'v24d33', class: 'person_training', probes: 'how many times a year', turns: [
    { user: '我一年能考几回证拿补贴 同一个工种考两次中不中', expect: { cites: ['七(二)'], says: [/3\s*次|三次/] } },
  ] },
  { id: 'v24d34', class: 'person_training', probes: 'poor household free training', turns: [
    { user: '俺家是登封的贫困户 俺想学门手艺 培训要交钱不', expect: { cites: ['三(三)'], says: [/免费/] } },
    { user: '那学的时候有没有生活费补', expect: noFigure(['六(一)']) },
  ] },
  { id: 'v24d35', class: 'person_training', probes: 'laid-off textile worker, where to train [contact]', turns: [
    { user: '纺织厂下岗的 四十多了 还能参加技能培训吗', expect: { answered: true, cites: ['三(二)'] } },
    { user: '去哪报名 找谁', expect: { says: [/人社|人力资源/] } },
  ] },
  { id: 'v24d36', class: 'person_training', probes: 'disabled embroiderer, training place', turns: [
    { user: '我耳朵听不见 是残疾人 在郑州打工 户口在周口 能在郑州培训领补贴吗', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
  ] },
  { id: 'v24d37', class: 'person_training', probes: 'graduate not employed, training [two-part]', turns: [
    { user: '今年毕业还没找着工作 能参加技能培训不？有补贴没', expect: { cites: ['三(二)', '七(二)'], noAmount: 'unfixed' } },
  ] },
  // ---------------------------------------------------------------- entrepreneurship
  { id: 'v24d38', class: 'entrepreneurship', probes: 'graduate milk-tea founder: training, no amount', turns: [
    { user: '刚毕业想开奶茶店 有创业培训吗', expect: { cites: ['三(八)'], answered: true } },
    { user: '培训完给多少钱', expect: noFigure(['三(八)']) },
  ] },
  { id: 'v24d39', class: 'entrepreneurship', probes: 'small business owner over 5 years', turns: [
    { user: '俺的小超市开了3年了 算小微企业主 还能参加创业培训吗', expect: { cites: ['三(八)'], answered: true } },
  ] },
  { id: 'v24d40', class: 'entrepreneurship', probes: 'entrepreneurship loan: not in the plan', turns: [
    { user: '创业担保贷款能贷多少 利息贴不贴', expect: { noAmount: 'unfixed' } },
  ] },
  { id: 'v24d41', class: 'entrepreneurship', probes: 'what the training contains [two-part]', turns: [
    { user: '创业指导培训都教啥？跟大赛有关系吗', expect: { cites: ['五(一)', '五(三)', '三(八)'], answered: true } },
  ] },
  { id: 'v24d42', class: 'entrepreneurship', probes: 'veteran founder [dated]', turns: [
    { user: '2020年退伍回来想创业 当时能参加创业培训吗', expect: { cites: ['三(八)', '三(二)'], answered: true, noAmount: 'unfixed' } },
  ] },
  // ---------------------------------------------------------------- equipment
  { id: 'v24d43', class: 'equipment', probes: 'base, value below cap', turns: [
    { user: '公司建了个高技能人才培训基地 新购实训设备150万 职工教育经费出的 验收合格 补多少', expect: kit(300000) },
  ] },
  { id: 'v24d44', class: 'equipment', probes: 'base over cap', turns: [
    { user: '培训基地新买设备总值三百万 用的职工教育经费 人社财政验收过了', expect: kit(500000) },
  ] },
  { id: 'v24d45', class: 'equipment', probes: 'studio over cap, facts asked one by one', turns: [
    { user: '技能大师工作室买设备 能补贴不', expect: askKit },
    { user: '设备一共70万', expect: askKit },
    { user: '职工教育经费里出的 验收也过了', expect: kit(100000) },
  ] },
  { id: 'v24d46', class: 'equipment', probes: 'two sites: base + studio', turns: [
    { user: '俺们一个培训基地一个大师工作室 基地设备200万 工作室设备40万 都是职工教育经费买的 都验收合格', expect: kit(480000) },
  ] },
  { id: 'v24d47', class: 'equipment', probes: 'acceptance unknown then yes', turns: [
    { user: '高技能人才培训基地 设备90万 职工教育经费', expect: askKit },
    { user: '验收的事不知道啊', expect: dunnoKit },
    { user: '问了 验收合格了', expect: kit(180000) },
  ] },
  { id: 'v24d48', class: 'equipment', probes: 'fund source asked [contact]', turns: [
    { user: '设备补贴从哪笔钱里出 找谁验收', expect: { cites: ['四(一)'], says: [/就业补助资金/] } },
  ] },
  // ---------------------------------------------------------------- education fund
  { id: 'v24d49', class: 'education_fund', probes: 'fund below 8 %', turns: [
    { user: '工资薪金总额1000万 职工教育经费提了60万 税前扣除限额多少', expect: deduct(600000) },
  ] },
  { id: 'v24d50', class: 'education_fund', probes: 'fund above 8 %, cash misread', turns: [
    { user: '俺公司工资总额２００万 教育经费提了２０万 能领多少钱', expect: deduct(160000, 200000) },
  ] },
  { id: 'v24d51', class: 'education_fund', probes: 'fund drawn asked', turns: [
    { user: '工资总额三百万 教育经费能税前扣多少', expect: { oneOf: [{ ...askFund, asks: true }, { says: [/8\s*%|百分之八/], noAmount: 'open' }] } },
    { user: '提了15万', expect: deduct(150000) },
  ] },
  { id: 'v24d52', class: 'education_fund', probes: '60 % for front-line [two-part]', turns: [
    { user: '职工教育经费一线职工要占多少？能发师带徒津贴吗', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/] } },
  ] },
  { id: 'v24d53', class: 'education_fund', probes: 'fund used for equipment too [two-part]', turns: [
    { user: '工资总额400万 提教育经费40万 税前扣多少？这钱买设备能申请设备补贴吗', expect: deduct(320000, 400000) },
  ] },
  // ---------------------------------------------------------------- apprenticeship
  { id: 'v24d54', class: 'apprenticeship', probes: 'apprentice subsidy amount: unfixed', turns: [
    { user: '企业新型学徒制 招了10个学徒 补多少钱', expect: noFigure(['四(一)']) },
  ] },
  { id: 'v24d55', class: 'apprenticeship', probes: 'target number of apprentices', turns: [
    { user: '三年要培养多少新型学徒', expect: { cites: ['四(一)'], says: [/2\s*万|20000/] } },
  ] },
  { id: 'v24d56', class: 'apprenticeship', probes: '师带徒 from the education fund', turns: [
    { user: '老师傅带徒弟 津贴能从哪出', expect: { cites: ['六(二)'] } },
    { user: '一个徒弟给师傅多少合适', expect: unsettled },
  ] },
  { id: 'v24d57', class: 'apprenticeship', probes: 'apprentice + 以工代训 mix: no apprenticeship figure', periodEnd: true, turns: [
    { user: '焊接学徒6个 都是贫困户 在公司干了半年多 以工代训两个月 岗前补贴没申请 学徒补贴跟以工代训能一起拿吗 各多少', expect: { ...pay(2400) } },
  ] },
  // ---------------------------------------------------------------- period
  { id: 'v24d58', class: 'period', probes: 'asked today: ended', periodEnd: true, turns: [
    { user: '现在还能申以工代训补贴吗', expect: ended },
  ] },
  { id: 'v24d59', class: 'period', probes: 'dated 2020 question [dated]', turns: [
    { user: '2020年6月份的时候 扶贫车间吸纳贫困户以工代训 能申请吗', expect: { cites: ['六(一)'], answered: true } },
  ] },
  { id: 'v24d60', class: 'period', probes: 'dated 2022 question: after end [dated]', turns: [
    { user: '2022年3月买的实训设备 还能按这个方案补吗', expect: ended },
  ] },
  { id: 'v24d61', class: 'period', probes: 'start and end dates', turns: [
    { user: '這個方案啥時候開始 啥時候結束', expect: { ...ended, says: [/2019/] } },
  ] },
  { id: 'v24d62', class: 'period', probes: 'period then amount [two-part]', periodEnd: true, turns: [
    { user: '这政策还有效吗？俺厂贫困劳动力3个 在岗满一年 以工代训1个月 没领过岗前补贴 能有多少', expect: { ...pay(600), mentionsPeriodEnd: true } },
  ] },
  // ---------------------------------------------------------------- more of each
  { id: 'v24d63', class: 'one_group', probes: 'bamboo-weaving workshop, Chinese numerals, 岗前 last', periodEnd: true, turns: [
    { user: '竹编扶贫车间 七个贫困劳动力 来了十一个月 以工代训六个月', expect: ask },
    { user: '岗前的补贴 没申过', expect: pay(8400) },
  ] },
  { id: 'v24d64', class: 'several_groups', probes: 'logistics company, poor exactly 6 months + disabled with 岗前 claimed', periodEnd: true, turns: [
    { user: '物流公司 参保的 贫困劳动力3人刚好干满六个月 以工代训6个月 残疾人1个以工代训4个月', expect: ask },
    { user: '残疾那个领过岗前培训补贴 贫困的仨没领', expect: payNot(3600, 4400) },
  ] },
  { id: 'v24d65', class: 'unknown_reply', probes: 'kind of unit unknown', turns: [
    { user: '俺表哥单位招了贫困户 以工代训4个月 干了一年 没领岗前那个', expect: ask },
    { user: '啥单位 俺也说不上来 就知道在郑州', expect: dunno },
  ] },
  { id: 'v24d66', class: 'correction', probes: 'months employed corrected 5 → 8 (是…不是…)', periodEnd: true, turns: [
    { user: '合作社 贫困户2个 在岗5个月 以工代训3个月 没领岗前', expect: noPay(1200) },
    { user: '是八个月不是五个月 记岔了', expect: pay(1200) },
  ] },
  { id: 'v24d67', class: 'topic_switch', probes: 'education fund then insurance rule for disabled', turns: [
    { user: '教育经费税前扣除 比例多少来着', expect: { says: [/8\s*%|百分之八/], cites: ['六(二)'] } },
    { user: '中 另外问下 招残疾人以工代训 企业得参保不', expect: { cites: ['六(一)'], says: [/参保/] } },
  ] },
  { id: 'v24d68', class: 'equipment', probes: 'studio below cap, full-width numerals', turns: [
    { user: '技能大师工作室 新购设备４５万 职工教育经费 验收合格', expect: kit(90000) },
  ] },
  { id: 'v24d69', class: 'apprenticeship', probes: 'modern apprenticeship at a school: no amount', turns: [
    { user: '俺是技工学校老师 现代学徒制 学校跟企业合作 学生有补贴没 多少', expect: noFigure(['四(一)']) },
  ] },
  { id: 'v24d70', class: 'period', probes: 'December 2021, last month of the plan [dated]', turns: [
    { user: '2021年12月招的贫困户 以工代训还在方案期内不', expect: ended },
  ] },
  { id: 'v24d71', class: 'education_fund', probes: 'large payroll in 亿', turns: [
    { user: '集团工资薪金1.5亿 职工教育经费提了1000万 税前能扣多少', expect: deduct(10000000) },
  ] },
  { id: 'v24d72', class: 'person_training', probes: 'poor-family student at a 技工学校: aid, no amount', turns: [
    { user: '俺班上有个学生家里是建档立卡贫困户 上技校能有助学金不 给多少', expect: noFigure(['三(三)']) },
  ] },
];
