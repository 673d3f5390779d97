/**
 * HELD-OUT dialogues, set v26 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/) only: never from the service's
 * output, the code under src/, or other sets (only the first lines of v15 for the format). Written
 * blind; not to be tuned on: no word of these messages goes into a glossary, pattern or fixture.
 *
 * Who types here: a hotpot restaurant owner, a textile mill's HR, a mushroom cooperative, a
 * parcel-sorting firm, a garment factory, a livestock company, a poverty-relief workshop, a hotel
 * HR, a furniture maker, a printing house, a supermarket, a shoe factory, a removals firm, a
 * cleaning company, an electronics plant, an agri company's boss, a laid-off worker, a school
 * leaver, a poor household member, the brother of a disabled man, a milk-tea shop owner, a
 * student, a demobbed soldier, a delivery rider, and an accountant. WeChat on a phone.
 *
 * Amounts, by hand: 以工代训 count × 200 × min(months, 6) per qualifying row (poor labour
 * employed ≥ 6 months by a production entity, not a 职业院校; 就业困难/残疾人/零就业家庭 only by an
 * insured enterprise; 退役军人 no group; rows with 岗前培训补贴 claimed excluded). Equipment per site
 * min(20 % × value, 50万 base / 10万 studio), only from 职工教育经费 and accepted. Education fund:
 * pre-tax deduction min(fund, 8 % × payroll), never cash. Apprenticeship, per-person training,
 * 生活费补贴, entrepreneurship training: no amount fixed.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
const office = /人社|人力资源/;

export const DIALOGUES_V26: Dialogue[] = [
  { id: 'v26d01', class: 'one_group', periodEnd: true, probes: 'poor labour at a company, all facts in the second turn', turns: [
    { user: '俺们火锅店 招了4个建档立卡的 能给多少补贴啊', expect: askOJT },
    { user: '干了快八个月了 以工代训搞了伍个月 岗前培训补贴木申请过 店早转成有限公司了', expect: pay(4000) },
  ] },
  { id: 'v26d02', class: 'one_group', periodEnd: true, probes: 'disabled workers need an insured enterprise', turns: [
    { user: '纺织厂 去年收了两名残疾工人 搞以工代训 有补助没', expect: askOJT },
    { user: '厂里社保一直交着 以工代训6个月 岗前那个没领', expect: pay(2400) },
  ] },
  { id: 'v26d03', class: 'one_group', periodEnd: true, probes: 'cooperative with poor labour, one message', turns: [
    { user: '我们是食用菌专业合作社，吸纳了仨贫困户劳力 干了一年多 以工代训四个月 岗前培训补贴没领过 能拿多少', expect: pay(2400) },
  ] },
  { id: 'v26d04', class: 'one_group', periodEnd: true, probes: 'months over 6 are capped', turns: [
    { user: '快递分拣公司 有参保 招了5个零就业家庭的 以工代训干了七个月 岗前补贴没拿', expect: payNot(6000, 7000) },
  ] },
  { id: 'v26d05', class: 'several_groups', periodEnd: true, probes: 'two groups, different months', turns: [
    { user: '服装厂 社保都有交 招了贫困户6个干了9个月 以工代训3个月，还有就业困难人员2个 以工代训5个月 岗前培训补贴都没领', expect: pay(5600) },
  ] },
  { id: 'v26d06', class: 'several_groups', periodEnd: true, probes: 'veterans are no 以工代训 group', turns: [
    { user: '养殖公司 参保的 收了3个贫困劳动力 干满半年了 以工代训6个月 另外还有2个退伍兵 也以工代训6个月 岗前的都没申请过', expect: payNot(3600, 6000) },
  ] },
  { id: 'v26d07', class: 'several_groups', periodEnd: true, probes: 'second batch employed < 6 months drops out', turns: [
    { user: '扶贫车间 贫困户一批4个人干了7个月 以工代训2个月 另一批3个人 才来了4个月 以工代训也是2个月 岗前补贴一个都没领', expect: payNot(1600, 2800) },
  ] },
  { id: 'v26d08', class: 'several_groups', periodEnd: true, probes: 'counts then months over three turns', turns: [
    { user: '酒店这边 招了几个困难人员跟贫困户 以工代训能补多少', expect: askOJT },
    { user: '困难人员3个 贫困户俩', expect: askOJT },
    { user: '酒店是参保企业 都以工代训了4个月 贫困户那俩干了10个月 岗前培训补贴没拿过', expect: pay(4000) },
  ] },
  { id: 'v26d09', class: 'negation_after_noun', periodEnd: true, probes: 'pre-job subsidy negated after the noun, far from it', turns: [
    { user: '招了5个贫困劳动力 家具公司 干了八个月了 以工代训六个月 那个岗前培训的补贴呢 我们是一分没领', expect: pay(6000) },
  ] },
  { id: 'v26d10', class: 'negation_after_noun', probes: 'pre-job subsidy already claimed, said after the noun', turns: [
    { user: '印刷厂有社保 就业困难人员4个 以工代训3个月 岗前技能培训补贴 这几个人已经领过了', expect: noPay(2400) },
  ] },
  { id: 'v26d11', class: 'negation_after_noun', probes: 'insurance negated at the end', turns: [
    { user: '超市公司招了两个残疾人 以工代训搞了6个月 岗前的没领 ……社保嘛 我们店里这个 还真没给交', expect: noPay(2400) },
  ] },
  { id: 'v26d12', class: 'negation_after_noun', probes: 'employment under six months, said late', turns: [
    { user: '贫困户3个 以工代训5个月 岗前没领 俺是合作社的 他们来俺这 时间不长 还不到半年', expect: noPay(3000) },
  ] },
  { id: 'v26d13', class: 'unknown_reply', probes: 'pre-job subsidy unknown', turns: [
    { user: '电子厂 吸收了贫困劳动力7个 以工代训4个月 干了大半年了 能补多少', expect: askOJT },
    { user: '岗前培训补贴领没领 我真不知道 财务管的', expect: dunnoOJT },
  ] },
  { id: 'v26d14', class: 'unknown_reply', periodEnd: true, probes: 'insurance unknown, then said', turns: [
    { user: '公司招了些就业困难的 以工代训3个月 有5个人 岗前补贴没领', expect: askOJT },
    { user: '社保交没交 不清楚啊 我是新来的文员', expect: dunnoOJT },
    { user: '问了财务 交着呢', expect: pay(3000) },
  ] },
  { id: 'v26d15', class: 'unknown_reply', probes: 'months employed unknown', turns: [
    { user: '合作社收了4个贫困劳动力 以工代训2个月 岗前补贴没领', expect: askOJT },
    { user: '干多久了我也说不准 没记过', expect: dunnoOJT },
  ] },
  { id: 'v26d16', class: 'correction', periodEnd: true, probes: 'count corrected', turns: [
    { user: '鞋厂 参保 就业困难人员6个 以工代训3个月 岗前没领', expect: pay(3600) },
    { user: '不对不对 是4个人 不是6个', expect: payNot(2400, 3600) },
  ] },
  { id: 'v26d17', class: 'correction', periodEnd: true, probes: 'months corrected', turns: [
    { user: '搬家公司 招了贫困户2个 干了一年 以工代训5个月 岗前培训补贴没领', expect: pay(2000) },
    { user: '哦说错了 以工代训是3个月 不是五个月', expect: payNot(1200, 2000) },
  ] },
  { id: 'v26d18', class: 'correction', periodEnd: true, probes: 'unit kind corrected from a college to a company', turns: [
    { user: '我们是职业学院 招了3个贫困劳动力在食堂 干了8个月 以工代训4个月 岗前没领', expect: noPay(2400) },
    { user: '搞错了 不是学校招的 是学校旁边那个餐饮公司招的', expect: pay(2400) },
  ] },
  { id: 'v26d19', class: 'correction', periodEnd: true, probes: 'group corrected from poor to 就业困难', turns: [
    { user: '招了3个贫困劳动力 干了4个月 以工代训4个月 岗前没领 公司交社保的', expect: noPay(2400) },
    { user: '哦不对 他们是就业困难人员 不是贫困户', expect: pay(2400) },
  ] },
  { id: 'v26d20', class: 'topic_switch', probes: 'rate, then equipment with no facts', turns: [
    { user: '贫困户搞以工代训 一个月一人给多少钱', expect: { cites: ['六(一)'], says: [/200/] } },
    { user: '对了 我们厂想买实训设备 有补贴不', expect: { noAmount: 'open', cites: ['四(一)'] } },
  ] },
  { id: 'v26d21', class: 'topic_switch', periodEnd: true, probes: '以工代训 then education fund', turns: [
    { user: '保洁公司 参保 招零就业家庭成员3个 以工代训6个月 岗前没领', expect: pay(3600) },
    { user: '另外问下 职工教育经费 工资总额800万 提了70万 能扣多少', expect: deduct(640000, 700000) },
  ] },
  { id: 'v26d22', class: 'topic_switch', probes: 'equipment then apprenticeship', turns: [
    { user: '培训基地新买设备150万 教育经费出的 验收了', expect: kit(300000) },
    { user: '换个问题哈 新型学徒一个人给多少', expect: noFigure(['四(一)']) },
  ] },
  { id: 'v26d23', class: 'person_training', probes: 'laid-off person, own training, times per year', turns: [
    { user: '我下岗了 想学个电工 政府给报销学费不', expect: noFigure(['七(二)', '六(一)']) },
    { user: '一年能学几回啊', expect: { cites: ['七(二)'], says: [/3次|三次/] } },
  ] },
  { id: 'v26d24', class: 'person_training', probes: 'school leaver, then 生活费', turns: [
    { user: '初中毕业没上高中 在家呆着 能免费学技术吗', expect: { cites: ['三(二)'], noAmount: 'unfixed' } },
    { user: '学的时候给生活费不', expect: noFigure(['六(一)']) },
  ] },
  { id: 'v26d25', class: 'person_training', probes: 'poor household, free training', turns: [
    { user: '俺是建档立卡贫困户 想学开挖掘机 要钱不', expect: { cites: ['三(三)'], noAmount: 'unfixed', says: [/免费/] } },
  ] },
  { id: 'v26d26', class: 'person_training', probes: 'disabled person, training', turns: [
    { user: '我哥腿有残疾 想学个手艺 有啥培训没', expect: { cites: ['三(二)'], noAmount: 'unfixed' } },
  ] },
  { id: 'v26d27', class: 'person_training', probes: 'graduate without a job', turns: [
    { user: '毕业半年了还没找着工作 大学生 能参加技能培训吗', expect: { cites: ['三(二)'], noAmount: 'unfixed' } },
  ] },
  { id: 'v26d28', class: 'entrepreneurship', probes: 'shop owner, then amount', turns: [
    { user: '开了个奶茶店两年了 算小微企业主吧 能参加创业培训不', expect: { cites: ['三(八)'] } },
    { user: '培训补多少钱', expect: noFigure(['三(八)']) },
  ] },
  { id: 'v26d29', class: 'entrepreneurship', probes: 'student, 5-year limit', turns: [
    { user: '大三学生 想创业 学校里有创业培训吗', expect: { cites: ['三(八)'] } },
    { user: '俺叔开店六年了 他还能报吗', expect: { cites: ['三(八)'], says: [/5年|五年/] } },
  ] },
  { id: 'v26d30', class: 'entrepreneurship', probes: 'veteran, start-up guidance', turns: [
    { user: '退伍回来 想自己干点啥 有创业指导培训没', expect: { cites: ['三(八)', '五(一)'], noAmount: 'unfixed' } },
  ] },
  { id: 'v26d31', class: 'entrepreneurship', probes: '[two-part] who and how many', turns: [
    { user: '创业培训 针对哪些人 三年培训多少人次', expect: { cites: ['三(八)'], says: [/15万/] } },
  ] },
  { id: 'v26d32', class: 'equipment', probes: 'base capped at 50万', turns: [
    { user: '我们公司用职工教育经费建了高技能人才培训基地 新买实训设备300万 验收过了 补多少', expect: kitNot(500000, 600000) },
  ] },
  { id: 'v26d33', class: 'equipment', probes: 'studio under cap', turns: [
    { user: '技能大师工作室 买设备花了40万 钱是职工教育经费出的 人社财政验收合格了', expect: kit(80000) },
  ] },
  { id: 'v26d34', class: 'equipment', probes: 'studio capped at 10万', turns: [
    { user: '大师工作室 设备八十万 教育经费里出的 验收通过', expect: kitNot(100000, 160000) },
  ] },
  { id: 'v26d35', class: 'equipment', probes: 'acceptance unknown then passed', turns: [
    { user: '培训基地新购设备120万 从职工教育经费出的', expect: askKit },
    { user: '验收还没弄 不知道能不能过', expect: dunnoKit },
    { user: '上礼拜验收合格了', expect: kit(240000) },
  ] },
  { id: 'v26d36', class: 'equipment', probes: 'fund source not the education fund', turns: [
    { user: '工作室买设备30万 用的是公司贷款 验收过了', expect: noKit(60000, /6万/) },
  ] },
  { id: 'v26d37', class: 'equipment', probes: 'two sites, each capped', turns: [
    { user: '我们有一个培训基地一个大师工作室 基地设备200万 工作室设备60万 都用职工教育经费 都验收了', expect: kitNot(500000, 520000) },
  ] },
  { id: 'v26d38', class: 'equipment', probes: 'base or studio missing', turns: [
    { user: '新买实训设备70万 教育经费出的 验收合格', expect: askKit },
    { user: '哦 忘说了 是个大师工作室 不是基地', expect: kitNot(100000, 140000) },
  ] },
  { id: 'v26d39', class: 'equipment', probes: '[contact] who accepts', turns: [
    { user: '设备补贴 找哪个部门验收', expect: { says: [office], cites: ['四(一)'] } },
  ] },
  { id: 'v26d40', class: 'equipment', probes: '[dated] 2020 purchase', turns: [
    { user: '2020年我们基地买了设备 80万 教育经费 验收合格 能补多少', expect: kit(160000) },
  ] },
  { id: 'v26d41', class: 'equipment', probes: '[two-part] ratio and cap', turns: [
    { user: '设备补贴按多少比例 最高多少', expect: { says: [/20%|20％|百分之二十/, /50万/], cites: ['四(一)'] } },
  ] },
  { id: 'v26d42', class: 'unknown_reply', probes: 'equipment fund source unknown', turns: [
    { user: '大师工作室 设备买了25万 验收合格', expect: askKit },
    { user: '用的啥钱 不知道 老板定的', expect: dunnoKit },
  ] },
  { id: 'v26d43', class: 'education_fund', probes: 'fund below the 8 % limit', turns: [
    { user: '工资薪金总额一年2000万 职工教育经费提了100万 税前能扣多少', expect: deduct(1000000, 1600000) },
  ] },
  { id: 'v26d44', class: 'education_fund', probes: 'cash misreading, limit binding', turns: [
    { user: '教育经费能直接领钱吗 工资总额500万 提了50万', expect: deduct(400000, 500000) },
  ] },
  { id: 'v26d45', class: 'education_fund', probes: 'fund drawn unknown', turns: [
    { user: '职工教育经费 税前扣除能扣多少 我们工资总额三千万', expect: askFund },
    { user: '提了多少 不清楚 会计休假了', expect: askFund },
  ] },
  { id: 'v26d46', class: 'education_fund', probes: 'frontline share', turns: [
    { user: '教育经费 有多少得用在一线工人身上', expect: { cites: ['六(二)'], says: [/60%|60％|百分之六十/] } },
  ] },
  { id: 'v26d47', class: 'education_fund', probes: '师带徒 allowance', turns: [
    { user: '教育经费能给师傅发带徒弟的津贴不', expect: { cites: ['六(二)'], noAmount: 'unfixed' } },
  ] },
  { id: 'v26d48', class: 'education_fund', probes: 'fund just under limit', turns: [
    { user: '工资总额1200万 教育经费提了90万 能扣多少', expect: deduct(900000, 960000) },
  ] },
  { id: 'v26d49', class: 'education_fund', probes: '[two-part] limit and frontline share', turns: [
    { user: '教育经费扣除上限多少 一线职工要占多少', expect: { cites: ['六(二)'], says: [/8%|8％|百分之八/, /60%|60％|百分之六十/] } },
  ] },
  { id: 'v26d50', class: 'apprenticeship', probes: 'amount per apprentice', turns: [
    { user: '企业新型学徒制 一个徒弟补多少钱', expect: noFigure(['四(一)']) },
  ] },
  { id: 'v26d51', class: 'apprenticeship', probes: 'target then amount', turns: [
    { user: '搞现代学徒制 跟技校合作 三年要培养多少学徒', expect: { cites: ['四(一)'], says: [/2万/] } },
    { user: '那补贴标准呢 一年多少', expect: noFigure(['四(一)']) },
  ] },
  { id: 'v26d52', class: 'apprenticeship', probes: '[contact] whom to ask', turns: [
    { user: '学徒补贴具体问谁 哪个单位管', expect: { says: [office], noAmount: 'unfixed' } },
  ] },
  { id: 'v26d53', class: 'apprenticeship', probes: 'who receives', turns: [
    { user: '学徒制的补贴 是给企业还是给学徒本人', expect: noFigure(['四(一)']) },
  ] },
  { id: 'v26d54', class: 'period', periodEnd: true, probes: '[dated] 2020 within the period', turns: [
    { user: '2020年5月 我们厂以工代训 贫困户3个 干了7个月 以工代训3个月 岗前没领 参保企业', expect: pay(1800) },
  ] },
  { id: 'v26d55', class: 'period', probes: 'asked today', turns: [
    { user: '俺们汽配城这边 今年还能去报以工代训补贴不', expect: { mentionsPeriodEnd: true } },
  ] },
  { id: 'v26d56', class: 'period', probes: '[dated] 2022 after the end', turns: [
    { user: '2022年3月招的贫困户 还能按这个方案领以工代训吗', expect: { mentionsPeriodEnd: true } },
  ] },
  { id: 'v26d57', class: 'period', probes: 'span of the plan', turns: [
    { user: '这个方案哪年到哪年的', expect: { says: [/2021/], mentionsPeriodEnd: true } },
  ] },
  { id: 'v26d58', class: 'period', probes: '[dated] December 2021', turns: [
    { user: '2021年12月搞的以工代训 还算在方案期内不', expect: { mentionsPeriodEnd: true } },
  ] },
  { id: 'v26d59', class: 'one_group', probes: '[two-part] rate and months', turns: [
    { user: '以工代训每人每月多少 最多能补几个月', expect: { cites: ['六(一)'], says: [/200/, /6个月|六个月/] } },
  ] },
  { id: 'v26d60', class: 'one_group', periodEnd: true, probes: 'unit kind asked', turns: [
    { user: '我这吸纳了2个贫困劳动力 干了7个月 以工代训4个月 岗前补贴没领', expect: askOJT },
    { user: '俺们注册的是农业公司', expect: pay(1600) },
  ] },
  { id: 'v26d61', class: 'several_groups', periodEnd: true, probes: 'half of the group claimed 岗前', turns: [
    { user: '公司参保 就业困难人员4个 以工代训6个月 其中2个 岗前培训补贴已经领了 剩下2个没领', expect: payNot(2400, 4800) },
  ] },
  { id: 'v26d62', class: 'negation_after_noun', periodEnd: true, probes: 'bare 没有 after the noun', turns: [
    { user: '零就业家庭的 招了1个 以工代训2个月 公司有参保 岗前那个补贴呢 没有', expect: pay(400) },
  ] },
  { id: 'v26d63', class: 'topic_switch', probes: '[contact] where to apply, then period', turns: [
    { user: '培训补贴去哪申请 找哪个部门', expect: { says: [office] } },
    { user: '那这方案啥时候印发的', expect: { says: [/2019年12月2日|2019-12-02|2019年12月/] } },
  ] },
  { id: 'v26d64', class: 'person_training', probes: 'delivery rider', turns: [
    { user: '送外卖的 想学点技能 有啥培训', expect: { cites: ['三(四)', '五(一)'], noAmount: 'unfixed' } },
  ] },
  { id: 'v26d65', class: 'unknown_reply', probes: 'head count unknown', turns: [
    { user: '物流公司 参保 招了些就业困难人员 以工代训4个月 岗前都没领', expect: askOJT },
    { user: '几个人 记不清了 回头查查', expect: dunnoOJT },
  ] },
  { id: 'v26d66', class: 'correction', probes: 'base corrected to studio (是…不是)', turns: [
    { user: '培训基地 设备90万 教育经费出 验收合格', expect: kit(180000) },
    { user: '是工作室 不是基地 刚才说错了', expect: kitNot(100000, 180000) },
  ] },
  { id: 'v26d67', class: 'topic_switch', periodEnd: true, probes: 'amount, then a timing the plan does not set', turns: [
    { user: '家政公司 参保 招了2个就业困难人员 以工代训3个月 岗前没领', expect: pay(1200) },
    { user: '那这钱多久能批下来', expect: { says: [HONEST_NOT_SETTLED] } },
  ] },
  { id: 'v26d68', class: 'apprenticeship', probes: '师带徒 allowance source', turns: [
    { user: '徒弟跟着师傅学 师带徒的津贴能从哪出', expect: { cites: ['六(二)'] } },
  ] },
  { id: 'v26d69', class: 'education_fund', probes: 'payroll unknown', turns: [
    { user: '教育经费提了30万 能抵多少税', expect: askFund },
    { user: '工资总额多少 得问人事 我不知道', expect: askFund },
  ] },
  { id: 'v26d70', class: 'person_training', probes: '[two-part] 巧媳妇 what and what to learn', turns: [
    { user: '俺媳妇在家带娃 巧媳妇工程是啥 能学点啥', expect: { cites: ['三(二)', '五(一)'], noAmount: 'unfixed' } },
  ] },
  { id: 'v26d71', class: 'period', probes: '[dated] start in January 2020, facts open', turns: [
    { user: '2019年底招的贫困户 以工代训从2020年1月开始的 算不算', expect: { cites: ['六(一)'], noAmount: 'open' } },
  ] },
];
