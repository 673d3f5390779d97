/**
 * HELD-OUT dialogues, set v23 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/) only: never from the service's
 * output, the code under src/, or any other set (only the format of v15's header and first lines
 * was looked at; no message reused or paraphrased from it). Written blind; not to be tuned on: no
 * word of these messages goes into a glossary, pattern or fixture. Once a dialogue has been fixed
 * by a targeted change it measures nothing any more; write a new one instead.
 *
 * Who types here: a pepper-sauce factory (辣椒酱厂), a sheep-raising cooperative (养羊合作社), a
 * call-centre outsourcing company (呼叫中心外包), a 中职 school's office, a blind massage
 * therapist, a young mother who wants to learn 育婴, a 52-year-old 下岗 worker, an e-bike repair
 * shop owner, a company's HR asking about 新型学徒 / 师带徒, a training institution doing 项目制培训,
 * and a family relaying for a cousin back from the army. WeChat on a phone: dialect, homophones,
 * odd spacing, 全角 and Chinese numerals, bare replies, facts told piece by piece and corrected.
 *
 * Nothing is inferred from silence: an amount is expected only once every fact it depends on has
 * been said; "不知道/不清楚" leaves the fact open (no figure, no verdict).
 *
 * Amounts, computed by hand and checked twice:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (not a 职业院校); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise; 退役军人 are no group; rows with the 岗前培训补贴
 *   claimed never count.
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

const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
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
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
const advance = (yuan: number): TurnExpect => ({ amount: { rule: 'project_training_advance', yuan } });
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V23: Dialogue[] = [
  // ------------------------------------------------------------ one group
  {
    id: 'v23d01', class: 'one_group', periodEnd: true,
    probes: 'pepper-sauce factory, poor labour told in three turns, 岗前 answered last',
    turns: [
      { user: '俺们是做辣椒酱哩厂 收了几个建档立卡的贫困户 那个以工代训 能给补多少啊', expect: askOJT },
      { user: '4个人 来厂里都七个月了 以工代训带了五个月', expect: askOJT },
      { user: '岗前培训那个补贴 俺们没领过', expect: pay(4000) },
    ],
  },
  {
    id: 'v23d02', class: 'unknown_reply', periodEnd: true,
    probes: 'e-bike repair shop, months employed unknown then given',
    turns: [
      { user: '电动车修理铺 有营业执照 雇了个贫困户小伙 以工代训咋补', expect: askOJT },
      { user: '他干了多长时间 我不太清楚 账是俺媳妇管哩', expect: dunnoOJT },
      { user: '问过了 他来了九个月 带他以工代训4个月 岗前补贴木领', expect: pay(800) },
    ],
  },
  {
    id: 'v23d03', class: 'one_group', periodEnd: true,
    probes: 'sheep cooperative, months above the cap',
    turns: [
      { user: '养羊合作社 贫困户俩 干了一年多 以工代训弄了八个月 岗前补贴没要过 补多少', expect: payNot(2400, 3200) },
    ],
  },
  {
    id: 'v23d04', class: 'one_group', periodEnd: true,
    probes: 'rough count then exact count',
    turns: [
      { user: '俺们扶贫车间 贫困户大概七八个吧 干了一年多了 以工代训搞了半年 岗前那个没领', expect: askOJT },
      { user: '刚数了下 准确是8个人', expect: pay(9600) },
    ],
  },
  // ------------------------------------------------------------ several groups
  {
    id: 'v23d05', class: 'several_groups', periodEnd: true,
    probes: 'sheep coop, second lot employed under six months',
    turns: [
      { user: '羊场合作社 收贫困户来放羊 头一批3个 干了八个月 以工代训６个月', expect: askOJT },
      { user: '第二批两个 才来了四个月', expect: askOJT },
      { user: '岗前补贴 两批都木领', expect: payNot(3600, 5200) },
    ],
  },
  {
    id: 'v23d06', class: 'several_groups', periodEnd: true,
    probes: 'insured company, two groups with different months, 岗前 in the second turn',
    turns: [
      { user: '我们公司正常交社保 招了就业困难的4个 以工代训2个月 另外贫困劳动力3个 干了7个月 以工代训5个月', expect: askOJT },
      { user: '岗前培训补贴 一个都没报', expect: pay(4600) },
    ],
  },
  {
    id: 'v23d07', class: 'several_groups', periodEnd: true,
    probes: 'veterans are no group; only the zero-employment row counts',
    turns: [
      { user: '辣椒酱厂 交着社保 新招的退伍兵2个 零就业家庭1个 以工代训都是4个月 岗前都没领 补多少', expect: payNot(800, 2400) },
    ],
  },
  {
    id: 'v23d08', class: 'several_groups', periodEnd: true,
    probes: 'call centre, disabled staff in two lots told over turns',
    turns: [
      { user: '外包公司 参保企业 残疾员工第一批5个 以工代训3个月', expect: askOJT },
      { user: '第二批残疾的还有2个 以工代训6个月', expect: askOJT },
      { user: '两批都没领过岗前补贴', expect: pay(5400) },
    ],
  },
  {
    id: 'v23d09', class: 'several_groups', periodEnd: true,
    probes: '岗前 claimed for one group named by its kind',
    turns: [
      { user: '公司参保的 招残疾人3个 零就业家庭2个 以工代训都5个月', expect: askOJT },
      { user: '零就业那俩 岗前补贴领过了 残疾的仨没有', expect: payNot(3000, 5000) },
    ],
  },
  // ------------------------------------------------------------ negation after noun
  {
    id: 'v23d10', class: 'negation_after_noun', periodEnd: true,
    probes: '岗前 negated at the end of a run-on',
    turns: [
      { user: '辣酱厂这边 以工代训 贫困劳动力5个人 干满半年了 带训6个月 岗前培训补贴呢 说实话我们是没领的', expect: pay(6000) },
    ],
  },
  {
    id: 'v23d11', class: 'negation_after_noun',
    probes: 'insurance negated far after the noun',
    turns: [
      { user: '零就业家庭的3个 来厂里了 以工代训4个月 厂里社保 这个吧 一直没给他们交', expect: noPay(2400) },
    ],
  },
  {
    id: 'v23d12', class: 'negation_after_noun',
    probes: '岗前 claimed, stated after the counts',
    turns: [
      { user: '厂里贫困户6个 干满7个月 以工代训4个月 不过他们岗前培训补贴 已经领过了', expect: noPay(4800) },
    ],
  },
  {
    id: 'v23d13', class: 'negation_after_noun',
    probes: 'poor labour employed only five months',
    turns: [
      { user: '合作社 贫困户4个 以工代训5个月 岗前没领 就是他们来了还不到半年 才五个月', expect: noPay(4000) },
    ],
  },
  {
    id: 'v23d14', class: 'negation_after_noun',
    probes: 'equipment not from the fund, said after the value',
    turns: [
      { user: '工作室设备15万 验收也过了 钱是贷款买的 职工教育经费一分没动', expect: noKit(30000, /3万/) },
    ],
  },
  // ------------------------------------------------------------ unknown replies
  {
    id: 'v23d15', class: 'unknown_reply', periodEnd: true,
    probes: 'employment months unknown, given after a lookup',
    turns: [
      { user: '扶贫车间收了2个贫困户 以工代训3个月 岗前没领', expect: askOJT },
      { user: '干多久了 这个真不清楚 得翻考勤', expect: dunnoOJT },
      { user: '查了考勤 都干了7个月了', expect: pay(1200) },
    ],
  },
  {
    id: 'v23d16', class: 'unknown_reply', periodEnd: true,
    probes: '岗前 unknown then no',
    turns: [
      { user: '电动车店 贫困户一个 在店里干了八个月 以工代训六个月', expect: askOJT },
      { user: '岗前那个补贴领没领 我也不知道 之前是我哥管', expect: dunnoOJT },
      { user: '问我哥了 没领过', expect: pay(1200) },
    ],
  },
  {
    id: 'v23d17', class: 'unknown_reply',
    probes: 'equipment fund source unknown then given',
    turns: [
      { user: '电动车维修培训基地 新买实训设备60万 验收过了 能补吗', expect: askKit },
      { user: '钱从哪出的不清楚 财务说了算', expect: dunnoKit },
      { user: '财务回了 走的是职工教育经费', expect: kit(120000) },
    ],
  },
  {
    id: 'v23d18', class: 'unknown_reply',
    probes: 'payroll unknown then given',
    turns: [
      { user: '教育经费今年提了12万 税前能扣多少', expect: askFund },
      { user: '工资总额多少我不清楚 会计休假了', expect: askFund },
      { user: '会计回微信了 工资总额是一百二十万', expect: deduct(96000) },
    ],
  },
  {
    id: 'v23d19', class: 'unknown_reply',
    probes: 'insurance unknown for disabled hires',
    turns: [
      { user: '呼叫中心 招了残疾人2个 以工代训4个月 岗前补贴没申请', expect: askOJT },
      { user: '社保交没交 人事那边还没回我 不晓得', expect: dunnoOJT },
    ],
  },
  // ------------------------------------------------------------ corrections
  {
    id: 'v23d20', class: 'correction', periodEnd: true,
    probes: 'count of one group corrected by its name',
    turns: [
      { user: '我们是呼叫中心外包 交社保的 招了残疾人6个 还有零就业家庭的2个 以工代训都是3个月', expect: askOJT },
      { user: '岗前培训补贴都没申请过', expect: pay(4800) },
      { user: '残疾那几个不对 是5个 有一个没签下来', expect: pay(4200) },
    ],
  },
  {
    id: 'v23d21', class: 'correction', periodEnd: true,
    probes: 'months corrected with 是…不是…',
    turns: [
      { user: '修车行 招了贫困户3个 干了八个月 以工代训3个月 没领岗前', expect: pay(1800) },
      { user: '是以工代训5个月 不是3个月 我打错了', expect: pay(3000) },
    ],
  },
  {
    id: 'v23d22', class: 'correction', periodEnd: true,
    probes: 'part of a group turns out to be employed too briefly',
    turns: [
      { user: '养羊合作社 贫困户来干活的 一共十来个', expect: askOJT },
      { user: '准确数了 11个 都干了十个月 以工代训六个月 岗前补贴没拿', expect: pay(13200) },
      { user: '不对不对 其中两个是今年才来的 才干3个月', expect: pay(10800) },
    ],
  },
  {
    id: 'v23d23', class: 'correction',
    probes: 'equipment lot value corrected',
    turns: [
      { user: '培训基地设备 第一次买了90万 第二次买了110万 都是教育经费 验收也过了', expect: kit(400000) },
      { user: '第二次记错了 是130万', expect: kit(440000) },
    ],
  },
  {
    id: 'v23d24', class: 'correction',
    probes: 'unit kind given as a 职业院校 after the facts',
    turns: [
      { user: '招了3个贫困户 干了9个月 以工代训4个月 岗前补贴木领', expect: askOJT },
      { user: '俺们是中职学校 食堂是学校自己办哩', expect: notYes(2400) },
    ],
  },
  // ------------------------------------------------------------ topic switches
  {
    id: 'v23d25', class: 'topic_switch', periodEnd: true,
    probes: 'group told, drift to certificates, back to the group',
    turns: [
      { user: '公司交社保的 招了残疾人员4名 想搞以工代训', expect: askOJT },
      { user: '对了顺便问问 员工考证补贴一年能领几次', expect: { cites: ['七(二)'], says: [/3|三/] } },
      { user: '回到刚才 残疾那4个 训了6个月 岗前没领', expect: pay(4800) },
    ],
  },
  {
    id: 'v23d26', class: 'topic_switch', periodEnd: true,
    probes: 'cooperative: farmer base, then 以工代训',
    turns: [
      { user: '养羊合作社 能不能建个新型农民培训基地', expect: { cites: ['三(七)'] } },
      { user: '再问一下 合作社招的贫困户 也能以工代训不', expect: askOJT },
      { user: '5个 都干一年了 带训4个月 岗前补贴没有领', expect: pay(4000) },
    ],
  },
  {
    id: 'v23d27', class: 'topic_switch',
    probes: 'blind therapist: own training, then hiring without insurance',
    turns: [
      { user: '我是盲人 做按摩哩 想再学点手艺 有没有免费培训', expect: noFigure(['三(二)', '三(三)', '七(二)']) },
      { user: '顺便问下 我店里要是招残疾人 有补贴没', expect: askOJT },
      { user: '按摩店是个体 社保没交', expect: { status: { rule: 'on_job_training', status: 'ineligible' }, noAmount: 'open' } },
    ],
  },
  {
    id: 'v23d28', class: 'topic_switch',
    probes: 'education fund figure, then whether it is cash',
    turns: [
      { user: '工资总额900万 教育经费提了60万 税前扣除多少', expect: deduct(600000) },
      { user: '这钱能直接领出来不', expect: { says: [/税前/], mustNotContain: [/可以领取/] } },
    ],
  },
  {
    id: 'v23d29', class: 'topic_switch',
    probes: 'school office: student aid then training income',
    turns: [
      { user: '中职学校办公室 招了建档立卡家庭的学生 学校有补助不', expect: noFigure(['三(十四)', '三(三)']) },
      { user: '另外 我们承担补贴性培训 培训收入能放多少进公用经费', expect: { cites: ['四(二)'], says: [/50/] } },
    ],
  },
  // ------------------------------------------------------------ person training
  {
    id: 'v23d30', class: 'person_training', periodEnd: true,
    probes: 'young mother, 育婴 training, amount unfixed',
    turns: [
      { user: '宝宝一岁了 想学育婴师 去哪学 政府给报销不', expect: noFigure(['三(四)', '七(二)']) },
      { user: '那补贴一次给多少钱啊', expect: noFigure(['七(二)']) },
    ],
  },
  {
    id: 'v23d31', class: 'person_training', periodEnd: true,
    probes: 'laid-off worker aged 52, then times per year',
    turns: [
      { user: '俺52了 下岗好几年 还能参加技能培训不 年纪大了人家要不要', expect: { cites: ['三(二)'], noAmount: 'unfixed' } },
      { user: '一年能培训几回啊', expect: { cites: ['七(二)'], says: [/3|三/] } },
    ],
  },
  {
    id: 'v23d32', class: 'person_training', periodEnd: true,
    probes: 'welding certificate subsidy amount not fixed',
    turns: [
      { user: '下岗的 学电焊考个证 能补多少钱', expect: noFigure(['七(二)']) },
    ],
  },
  {
    id: 'v23d33', class: 'person_training', periodEnd: true,
    probes: 'cousin back from the army, excavator training',
    turns: [
      { user: '俺表哥刚退伍回来 想学开挖掘机 政府有培训吗 免费不', expect: noFigure(['三(二)', '六(一)']) },
    ],
  },
  {
    id: 'v23d34', class: 'person_training', periodEnd: true,
    probes: '生活费补贴 amount not fixed',
    turns: [
      { user: '失业了在家 去培训的话 能领生活费补贴不 一个月多少', expect: noFigure(['六(一)']) },
    ],
  },
  // ------------------------------------------------------------ entrepreneurship
  {
    id: 'v23d35', class: 'entrepreneurship', periodEnd: true,
    probes: 'relayed for a veteran cousin; 以工代训 no group for veterans',
    turns: [
      { user: '替我表弟问哈 他刚从部队回来 想自己开个小店 有创业培训不', expect: noFigure(['三(八)']) },
      { user: '要是他去厂里上班 厂里能因为他是退伍的拿以工代训不', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, noAmount: 'open' } },
    ],
  },
  {
    id: 'v23d36', class: 'entrepreneurship', periodEnd: true,
    probes: 'owner of a three-year-old small business',
    turns: [
      { user: '开业三年的小微企业老板 能参加创业培训不 要钱不', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v23d37', class: 'entrepreneurship',
    probes: 'a 中职 student and entrepreneurship awareness training',
    turns: [
      { user: '在校中职生 能参加创业意识培训不', expect: { cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v23d38', class: 'entrepreneurship', periodEnd: true,
    probes: 'blind therapist wants to open a shop [two-part]',
    turns: [
      { user: '视障人士 能学按摩不？学完想开店 有创业培训么', expect: noFigure(['三(八)', '三(二)']) },
    ],
  },
  // ------------------------------------------------------------ equipment
  {
    id: 'v23d39', class: 'equipment',
    probes: 'studio equipment, facts piece by piece',
    turns: [
      { user: '辣椒酱厂建了个技能大师工作室 买了些设备 能补多少', expect: askKit },
      { user: '设备一共花了38万', expect: askKit },
      { user: '钱是职工教育经费出的 人社财政已经验收过了', expect: kit(76000) },
    ],
  },
  {
    id: 'v23d40', class: 'equipment',
    probes: 'base equipment in three lots over the cap',
    turns: [
      { user: '我们高技能人才培训基地 分三批买的实训设备 第一批150万 第二批100万', expect: askKit },
      { user: '第三批90万 全是教育经费 验收合格了', expect: kit(500000) },
    ],
  },
  {
    id: 'v23d41', class: 'equipment',
    probes: 'base and studio, two sites',
    turns: [
      { user: '俺们厂一个培训基地一个大师工作室 基地设备300万 工作室设备80万', expect: askKit },
      { user: '都用的职工教育经费 两个都验收了', expect: kitNot(600000, 760000) },
    ],
  },
  {
    id: 'v23d42', class: 'equipment',
    probes: 'acceptance not yet done',
    turns: [
      { user: '大师工作室 用职工教育经费买的设备 二十万', expect: askKit },
      { user: '验收还没弄呢', expect: noKit(40000, /4万/) },
    ],
  },
  {
    id: 'v23d43', class: 'equipment',
    probes: 'base or studio unknown, cap depends on it',
    turns: [
      { user: '用教育经费买了实训设备 70万 验收合格 补多少', expect: askKit },
      { user: '是技能大师工作室', expect: kit(100000) },
    ],
  },
  {
    id: 'v23d44', class: 'equipment',
    probes: 'small studio purchase, one message',
    turns: [
      { user: '技能大师工作室 设备 四万五 教育经费 验收通过了', expect: kit(9000) },
    ],
  },
  // ------------------------------------------------------------ education fund
  {
    id: 'v23d45', class: 'education_fund',
    probes: 'payroll then fund in two turns, fund above 8 %',
    turns: [
      { user: '职工教育经费税前扣除 咋算 我们工资总额一年500万', expect: askFund },
      { user: '提了45万', expect: deduct(400000) },
    ],
  },
  {
    id: 'v23d46', class: 'education_fund',
    probes: 'fund below 8 %, asked as money back',
    turns: [
      { user: '工资薪金总额280万 教育经费提了18万 能退多少钱给我们', expect: deduct(180000) },
    ],
  },
  {
    id: 'v23d47', class: 'education_fund',
    probes: 'share for frontline staff',
    turns: [
      { user: '职工教育经费 得有多少用在一线工人身上', expect: { cites: ['六(二)'], says: [/60/] } },
    ],
  },
  {
    id: 'v23d48', class: 'education_fund',
    probes: 'fund first, payroll later in Chinese numerals',
    turns: [
      { user: '呼叫中心今年职工教育经费提了三十万 能税前扣多少', expect: askFund },
      { user: '工资总额 四百万', expect: deduct(300000) },
    ],
  },
  // ------------------------------------------------------------ apprenticeship
  {
    id: 'v23d49', class: 'apprenticeship',
    probes: 'HR: apprentice subsidy per head, then 师带徒 fund',
    turns: [
      { user: 'HR这边问下 公司想搞企业新型学徒制 一个学徒政府补多少', expect: noFigure(['四(一)']) },
      { user: '那师带徒的津贴 能从啥钱里出', expect: { cites: ['六(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v23d50', class: 'apprenticeship',
    probes: 'two questions in one message [two-part]',
    turns: [
      { user: '新型学徒有补贴没？另外师带徒津贴能不能用职工教育经费发', expect: noFigure(['四(一)', '六(二)']) },
    ],
  },
  {
    id: 'v23d51', class: 'apprenticeship',
    probes: 'how many apprentices per company (unsettled), then per head',
    turns: [
      { user: '企业新型学徒 一个公司最多能带多少个', expect: unsettled },
      { user: '那补贴呢 是按人头给不', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v23d52', class: 'apprenticeship',
    probes: 'which 相关规定 sets the apprentice rate',
    turns: [
      { user: '学徒补贴标准 一人一年几多钱 文件里说按相关规定 是哪个规定', expect: noFigure(['四(一)']) },
    ],
  },
  // ------------------------------------------------------------ project training
  {
    id: 'v23d53', class: 'one_group',
    probes: 'training institution, project advance, then timing unsettled',
    turns: [
      { user: '我们培训机构做项目制培训 一个项目补贴总共30万 能先拿多少', expect: advance(150000) },
      { user: '剩下那一半啥时候给', expect: unsettled },
    ],
  },
  {
    id: 'v23d54', class: 'unknown_reply',
    probes: 'project sum given in the second turn',
    turns: [
      { user: '项目制培训 能预拨多少', expect: { noAmount: 'open', says: [/50\s*%|百分之五十|一半/] } },
      { user: '我们这个项目补贴总额是八万六', expect: advance(43000) },
    ],
  },
  {
    id: 'v23d55', class: 'one_group',
    probes: "a company's own training advance",
    turns: [
      { user: '企业自己搞培训 也能先拨50%吗 补贴一共12万', expect: advance(60000) },
    ],
  },
  // ------------------------------------------------------------ period / dated / contact
  {
    id: 'v23d56', class: 'period',
    probes: 'asked today whether hires from 2020 still qualify [dated]',
    turns: [
      { user: '2020年3月份招的贫困户 现在还能申请以工代训吗', expect: ended },
    ],
  },
  {
    id: 'v23d57', class: 'period',
    probes: 'when the plan ends',
    turns: [
      { user: '这个技能提升行动 到啥时候截至', expect: ended },
    ],
  },
  {
    id: 'v23d58', class: 'period',
    probes: 'equipment bought in 2022 [dated]',
    turns: [
      { user: '2022年上半年买的实训设备 还能按这个文件补20%不', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
    ],
  },
  {
    id: 'v23d59', class: 'period', periodEnd: true,
    probes: 'training in 2021 inside the period, amount and end [dated]',
    turns: [
      { user: '2021年5月开始以工代训的那批 贫困户3个 干了8个月 带训6个月 岗前没领 还能补不', expect: { ...pay(3600), mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v23d60', class: 'period',
    probes: 'which office for 以工代训 [contact]',
    turns: [
      { user: '以工代训补贴 去哪个部门申请 人社局还是财政局', expect: { says: [/人社/] } },
    ],
  },
  {
    id: 'v23d61', class: 'equipment',
    probes: 'who accepts the equipment [contact]',
    turns: [
      { user: '设备补助那个验收 找谁验', expect: { cites: ['四(一)'], says: [/人社|人力资源/] } },
    ],
  },
  {
    id: 'v23d62', class: 'person_training',
    probes: 'disabled person asks where to go [contact]',
    turns: [
      { user: '我残疾 想参加培训 该问残联还是人社', expect: { noAmount: 'unfixed', says: [/残联|人社/] } },
    ],
  },
  {
    id: 'v23d63', class: 'one_group',
    probes: '以工代训 length and rate [two-part]',
    turns: [
      { user: '以工代训最长几个月？一个人一个月给多少', expect: { cites: ['六(一)'], says: [/6|六/, /200/] } },
    ],
  },
  {
    id: 'v23d64', class: 'equipment',
    probes: 'equipment share and studio cap [two-part]',
    turns: [
      { user: '设备补贴比例多少？工作室最高能补多少', expect: { cites: ['四(一)'], says: [/20/, /10万|100000|十万/] } },
    ],
  },
  {
    id: 'v23d65', class: 'period',
    probes: 'project training 告知承诺制 where [contact]',
    turns: [
      { user: '项目制培训 告知承诺制 在哪办', expect: { cites: ['五(四)'] } },
    ],
  },
  // ------------------------------------------------------------ more
  {
    id: 'v23d66', class: 'several_groups', periodEnd: true,
    probes: 'a training company as the employer of poor labour',
    turns: [
      { user: '我们是做培训的公司 也招了贫困户当助教 3个 干了半年多了', expect: askOJT },
      { user: '以工代训带了2个月 岗前培训补贴没领', expect: pay(1200) },
    ],
  },
  {
    id: 'v23d67', class: 'several_groups', periodEnd: true,
    probes: 'a second group added after an amount',
    turns: [
      { user: '辣椒酱厂 参保的 招了残疾的3个 以工代训3个月 岗前没领', expect: pay(1800) },
      { user: '哦 还漏了零就业家庭的1个 也是3个月 岗前也没领过', expect: pay(2400) },
    ],
  },
  {
    id: 'v23d68', class: 'education_fund',
    probes: 'frontline share under 60 %, then deduction in two turns',
    turns: [
      { user: '我们教育经费大部分给管理层培训了 一线工人只用了四成 有问题没', expect: { cites: ['六(二)'], says: [/60/] } },
      { user: '去年工资总额650万 教育经费提了50万 税前能扣多少', expect: deduct(500000) },
    ],
  },
  {
    id: 'v23d69', class: 'correction',
    probes: 'studio or base corrected',
    turns: [
      { user: '大师工作室设备买了80万 教育经费出的 验收合格', expect: kit(100000) },
      { user: '说错了 不是工作室 是高技能人才培训基地', expect: kit(160000) },
    ],
  },
  {
    id: 'v23d70', class: 'topic_switch',
    probes: 'relay for a cousin, own training then his employer',
    turns: [
      { user: '俺家表弟部队回来半年了 想学汽修 有免费的班没', expect: { noAmount: 'unfixed', cites: ['三(二)', '五(一)', '七(二)'] } },
      { user: '他现在在一个修车厂干 厂里说招他能拿补贴 是真的不', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, noAmount: 'open' } },
    ],
  },
  {
    id: 'v23d71', class: 'unknown_reply', periodEnd: true,
    probes: 'sheep coop, 以工代训 months unknown then given',
    turns: [
      { user: '合作社 收了贫困户6个 都干了一年了 岗前补贴没领', expect: askOJT },
      { user: '以工代训搞了几个月 这我也说不好', expect: dunnoOJT },
      { user: '村会计说了 是三个月', expect: pay(3600) },
    ],
  },
  {
    id: 'v23d72', class: 'apprenticeship',
    probes: 'school office: 现代学徒制 with enterprises',
    turns: [
      { user: '我们中职想跟企业搞现代学徒制 文件里有说法没', expect: { cites: ['四(一)'], noAmount: 'unfixed' } },
    ],
  },
];
