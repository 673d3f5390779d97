/**
 * HELD-OUT dialogues, set v22 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or any other set (only the first lines
 * of v15 were looked at, for the format). Written blind; not to be tuned on: no word of these
 * messages goes into a glossary, pattern or fixture. A dialogue fixed by a targeted change
 * measures nothing any more; write a new one instead.
 *
 * Who types here: a noodle factory's owner (挂面/面条), a mushroom 扶贫车间, a cleaning company's
 * HR, a welding 培训学校's director, a woman from a 零就业家庭 who just found a job, a retired
 * teacher asking for his grandson at a 技师学院, an ex-soldier who wants to drive for a logistics
 * firm, a township 人社所 clerk relaying questions, a bookkeeping firm helping a client with the
 * education-fund deduction, a construction site boss, a hotel chain's trainer, a 速冻水饺 firm, a
 * 家政 company and a car-wash owner. WeChat on a phone: short, dialect, homophones, odd spacing,
 * full-width and Chinese numerals, traditional characters now and then, bare replies.
 *
 * Amounts (computed by hand from the contract, checked twice):
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (not a 职业院校); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise; ordinary migrant workers are no group; rows with the
 *   岗前培训补贴 claimed never count. Nothing inferred from silence: until every fact is said, ask.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

const ojtAsk: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const ojtOpen: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const ojt = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
const ojtNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
const ojtNo = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
const ojtNotYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
const eq = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
const eqNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
const eqAsk: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
const eqOpen: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
const eqNo = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong)] });
const fund = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
const fundOpen: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
const noFig = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
const notSet: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V22: Dialogue[] = [
  // ------------------------------------------------------------ one group
  {
    id: 'v22d01', class: 'one_group', periodEnd: true,
    probes: 'one poor-labour group, facts arrive over three turns; pre-job subsidy said last',
    turns: [
      { user: '俺是做挂面的 厂子注册的有限公司 收了几个建档立卡的 能补点啥不', expect: ojtAsk },
      { user: '5个人 都干了八个多月了 以工代训带了4个月', expect: ojtAsk },
      { user: '岗前培训那个补贴 没领过', expect: ojt(4000) },
    ],
  },
  {
    id: 'v22d02', class: 'one_group', periodEnd: true,
    probes: 'one message with every fact, mushroom 扶贫车间, months at the cap',
    turns: [{ user: '俺这是香菇扶贫车间 招了贫困户仨 上班七个月了 以工代训六个月 岗前补贴从没申请过 能给多少', expect: ojt(3600) }],
  },
  {
    id: 'v22d03', class: 'one_group', periodEnd: true,
    probes: 'traditional characters, one group at 6 months',
    turns: [{ user: '我們是麵條廠 有限公司 招了建檔立卡貧困戶6個 幹了十個月 以工代訓6個月 崗前培訓補貼沒領 能補多少錢', expect: ojt(7200) }],
  },
  {
    id: 'v22d04', class: 'one_group', periodEnd: true,
    probes: 'full-width numerals and 1年, one group',
    turns: [
      { user: '扶贫车间，贫困劳动力 ２人，干了１年了，以工代训 ３个月', expect: ojtAsk },
      { user: '岗前那个 没', expect: ojt(1200) },
    ],
  },
  {
    id: 'v22d05', class: 'one_group', periodEnd: true,
    probes: '[two-part] amount plus payment timing the plan does not fix',
    turns: [{ user: '我们扶贫车间 贫困户3个 干了7个月 以工代训3个月 岗前没领 能补多少？多久能到账', expect: ojt(1800) }],
  },
  {
    id: 'v22d06', class: 'one_group',
    probes: 'bare start, no facts at all: must ask, no figure',
    turns: [
      { user: '招人干活 政府给补钱那个 咋弄', expect: ojtAsk },
      { user: '俺是工地上的 建筑公司', expect: ojtAsk },
    ],
  },
  // ------------------------------------------------------------ several groups
  {
    id: 'v22d07', class: 'several_groups', periodEnd: true,
    probes: 'two groups in one message, insured cleaning company, pre-job said next turn',
    turns: [
      { user: '保洁公司 社保都交 招了就业困难人员4个 零就业家庭的2个 以工代训都是3个月', expect: ojtAsk },
      { user: '岗前的都没领', expect: ojt(3600) },
    ],
  },
  {
    id: 'v22d08', class: 'several_groups', periodEnd: true,
    probes: 'groups arrive over turns: poor labour then disabled, insured construction company',
    turns: [
      { user: '建筑公司 参保的 招了贫困劳动力6个 干满一年了 以工代训5个月', expect: ojtAsk },
      { user: '还有残疾人俩 以工代训2个月', expect: ojtAsk },
      { user: '岗前补贴都没拿', expect: ojtNot(6800, 6000) },
    ],
  },
  {
    id: 'v22d09', class: 'several_groups', periodEnd: true,
    probes: 'three groups: one poor group employed < 6 months drops out, one row capped',
    turns: [
      {
        user: '酒店集团 企业 有参保，今年招了零就业家庭的 3人 以工代训 2个月，就业困难的 1人 以工代训 8个月，贫困户 2人 才干了5个月 以工代训5个月，岗前培训补贴都没申领',
        expect: ojtNot(2400, 4400),
      },
    ],
  },
  {
    id: 'v22d10', class: 'several_groups', periodEnd: true,
    probes: 'relayed by a 人社所 clerk: a second poor group employed 3 months does not count',
    turns: [
      { user: '所里帮村里一个种植合作社问下 他们招了贫困户 4个 干了8个月 以工代训 2个月', expect: ojtAsk },
      { user: '岗前都没领 另外还有个邻村的贫困户 才干了3个月 以工代训3个月', expect: ojtNot(1600, 2200) },
    ],
  },
  {
    id: 'v22d11', class: 'several_groups', periodEnd: true,
    probes: 'two insured groups, one over the 6-month cap',
    turns: [{ user: '公司参保 招就业困难人员 2个 以工代训 6个月，零就业家庭 1个 以工代训 10个月，岗前培训补贴都没享受过', expect: ojtNot(3600, 4400) }],
  },
  {
    id: 'v22d12', class: 'several_groups', periodEnd: true,
    probes: 'part of a group already took the pre-job subsidy',
    turns: [{ user: '贫困户5个 干了一年 以工代训4个月 其中2个岗前补贴已经领了 另外3个没领 公司是做服装的', expect: ojtNot(2400, 4000) }],
  },
  {
    id: 'v22d13', class: 'several_groups', periodEnd: true,
    probes: 'two groups, insurance not said: ask, then answer',
    turns: [
      { user: '零就业家庭 3个 就业困难 4个 都是以工代训 5个月 岗前都没领 我们是家政公司', expect: ojtAsk },
      { user: '社保都交着呢', expect: ojt(7000) },
    ],
  },
  {
    id: 'v22d14', class: 'several_groups', periodEnd: true,
    probes: 'groups told in Chinese numerals with different months',
    turns: [
      { user: '面条厂（有限公司） 交社保 招了零就业家庭两个 以工代训一个月 还有贫困户五个 干了半年多 以工代训四个月', expect: ojtAsk },
      { user: '岗前技能培训补贴 一个都没报过', expect: ojt(4400) },
    ],
  },
  // ------------------------------------------------------------ negation after the noun
  {
    id: 'v22d15', class: 'negation_after_noun', periodEnd: true,
    probes: 'the pre-job subsidy named first, its negation at the end',
    turns: [{ user: '贫困劳动力招了4个，以工代训3个月，干了10个月了，公司是做面条的企业，岗前培训补贴嘛 没领过的', expect: ojt(2400) }],
  },
  {
    id: 'v22d16', class: 'negation_after_noun',
    probes: 'pre-job subsidy claimed, said first: excluded',
    turns: [{ user: '岗前技能培训补贴 这批人我们已经申请过了 贫困户2个 在我们种植合作社干了半年多 以工代训4个月 还能拿以工代训的吗', expect: ojtNo(1600) }],
  },
  {
    id: 'v22d17', class: 'negation_after_noun',
    probes: 'insurance negated after the noun: difficulty group excluded',
    turns: [{ user: '社保 公司一直没给交 ，招了两个就业困难人员 以工代训3个月 岗前补贴没领', expect: ojtNo(1200) }],
  },
  {
    id: 'v22d18', class: 'negation_after_noun',
    probes: 'the group denied after naming it: ordinary migrant workers are no group',
    turns: [{ user: '就业困难人员 咱这个不是 就是普通农民工 5个 以工代训 4个月 岗前补贴没拿 公司交社保', expect: ojtNotYes(4000) }],
  },
  {
    id: 'v22d19', class: 'negation_after_noun',
    probes: 'the two subsidies together: not both',
    turns: [{ user: '以工代训补贴 跟新员工岗前培训补贴 俺们能两个都拿吗', expect: { cites: ['六(一)'], says: [/不得重复|不能重复|不可重复|不重复|不能同时|不可同时|只能/] } }],
  },
  {
    id: 'v22d20', class: 'negation_after_noun', periodEnd: true,
    probes: '贫困 said of the person and then withdrawn far after',
    turns: [
      { user: '我们保洁公司交社保 去年收了3个贫困户 干了9个月 以工代训4个月 岗前补贴没领', expect: ojt(2400) },
      { user: '等下 刚查了 那3个建档立卡的身份 其实不是 只是家里困难 没登记过', expect: ojtNotYes(2400) },
    ],
  },
  // ------------------------------------------------------------ unknown replies
  {
    id: 'v22d21', class: 'unknown_reply', periodEnd: true,
    probes: 'months employed unknown, then given',
    turns: [
      { user: '扶贫车间 吸纳贫困户 8个 以工代训三个月', expect: ojtAsk },
      { user: '干了多久 我不清楚 得问问会计', expect: ojtOpen },
      { user: '问了 都干满七个月了 岗前那个没领', expect: ojt(4800) },
    ],
  },
  {
    id: 'v22d22', class: 'unknown_reply', periodEnd: true,
    probes: 'pre-job subsidy unknown, then no',
    turns: [
      { user: '咱是保洁公司 有社保 招了零就业家庭的3个人 以工代训4个月', expect: ojtAsk },
      { user: '岗前补贴领没领过 不知道啊 之前人事办的', expect: ojtOpen },
      { user: '查了 木有领', expect: ojt(2400) },
    ],
  },
  {
    id: 'v22d23', class: 'unknown_reply', periodEnd: true,
    probes: 'count unknown, then given',
    turns: [
      { user: '俺们公司做速冻水饺的 招了些建档立卡的 以工代训了4个月 都干满一年了 岗前补贴没领', expect: ojtAsk },
      { user: '几个人？不知道 我回头数数', expect: ojtOpen },
      { user: '数了 7个', expect: ojt(5600) },
    ],
  },
  {
    id: 'v22d24', class: 'unknown_reply',
    probes: 'insurance unknown: no figure, no verdict',
    turns: [
      { user: '酒店 招了就业困难人员3个 以工代训5个月 岗前补贴没领过', expect: ojtAsk },
      { user: '社保交没交 我是培训部的 真不知道', expect: ojtOpen },
    ],
  },
  {
    id: 'v22d25', class: 'unknown_reply',
    probes: 'equipment: base or studio unknown, then studio',
    turns: [
      { user: '设备买了 80万 职工教育经费出的 验收合格了 能补多少', expect: eqAsk },
      { user: '是基地还是工作室 我也说不清', expect: eqOpen },
      { user: '领导说挂的牌子是技能大师工作室', expect: eqNot(100000, 160000) },
    ],
  },
  {
    id: 'v22d26', class: 'unknown_reply',
    probes: 'education fund: fund drawn unknown, then given',
    turns: [
      { user: '客户工资总额 500万 教育经费能税前扣多少', expect: fundOpen },
      { user: '提了多少 我这边不知道 会计没发来', expect: fundOpen },
      { user: '发来了 提了 32万', expect: fund(320000, 400000) },
    ],
  },
  {
    id: 'v22d27', class: 'unknown_reply',
    probes: 'equipment fund source unknown, then 职工教育经费',
    turns: [
      { user: '高技能人才培训基地 买了 设备 90万 验收了', expect: eqAsk },
      { user: '钱哪出的 不清楚 财务管', expect: eqOpen },
      { user: '财务说从职工教育经费里列支的', expect: eq(180000) },
    ],
  },
  // ------------------------------------------------------------ corrections
  {
    id: 'v22d28', class: 'correction', periodEnd: true,
    probes: 'count corrected: 是5个不是3个',
    turns: [
      { user: '参保企业 招就业困难人员3个 以工代训 4个月 岗前补贴木有', expect: ojt(2400) },
      { user: '不对 是5个 不是3个', expect: ojtNot(4000, 2400) },
    ],
  },
  {
    id: 'v22d29', class: 'correction', periodEnd: true,
    probes: '以工代训 months corrected above the cap',
    turns: [
      { user: '扶贫车间 贫困户4人 干了9个月 以工代训2个月 岗前补贴没领过', expect: ojt(1600) },
      { user: '说错了 以工代训是8个月', expect: ojtNot(4800, 6400) },
    ],
  },
  {
    id: 'v22d30', class: 'correction', periodEnd: true,
    probes: 'unit corrected from a 职业学院 to its own catering company',
    turns: [
      { user: '俺们是职业技术学院 招了3个贫困户在食堂干活 干了一年 以工代训4个月 岗前补贴没领', expect: ojtNo(2400) },
      { user: '哦不对 是学院下面的餐饮公司招的 独立的企业', expect: ojt(2400) },
    ],
  },
  {
    id: 'v22d31', class: 'correction', periodEnd: true,
    probes: 'months employed corrected from 5 to 8',
    turns: [
      { user: '物流公司 招了贫困户3个 干了5个月 以工代训3个月 岗前补贴没拿', expect: ojtNotYes(1800) },
      { user: '记错了 他们入职到现在 整整8个月了', expect: ojt(1800) },
    ],
  },
  {
    id: 'v22d32', class: 'correction', periodEnd: true,
    probes: 'one of two groups corrected: 零就业 is 2 not 3',
    turns: [
      { user: '家政公司交社保 零就业家庭3个 以工代训4个月 就业困难2个 以工代训3个月 岗前补贴都没领', expect: ojt(3600) },
      { user: '零就业的是2个 刚才多说了一个', expect: ojtNot(2800, 3600) },
    ],
  },
  {
    id: 'v22d33', class: 'correction',
    probes: 'equipment corrected from studio to base, capped',
    turns: [
      { user: '工作室 设备 30万 教育经费出的 验收合格', expect: eq(60000) },
      { user: '不对 不是工作室 是高技能人才培训基地 设备是300万', expect: eqNot(500000, 600000) },
    ],
  },
  {
    id: 'v22d34', class: 'correction',
    probes: 'education fund: payroll corrected, the fund becomes the limit',
    turns: [
      { user: '工资总额 300万 教育经费 提了 30万 能扣多少', expect: fund(240000) },
      { user: '工资总额说错了 是 450万', expect: fund(300000, 240000) },
    ],
  },
  // ------------------------------------------------------------ topic switches
  {
    id: 'v22d35', class: 'topic_switch', periodEnd: true,
    probes: 'equipment, then 以工代训, then back to equipment [contact]',
    turns: [
      { user: '公司建了个高技能人才培训基地 买实训设备花了150万 用的职工教育经费 验收也过了', expect: eq(300000) },
      { user: '另外 我们还招了贫困户2个 干了7个月 以工代训3个月 岗前补贴没领', expect: ojt(1200) },
      { user: '回到设备那个 这钱是哪出的 谁来验收', expect: { cites: ['四(一)'], says: [/就业补助资金|人力资源|人社/] } },
    ],
  },
  {
    id: 'v22d36', class: 'topic_switch',
    probes: 'education fund, then a 零就业 question, then back to the 60 % rule',
    turns: [
      { user: '去年工资总额 800万 职工教育经费提了 70万 能税前扣多少', expect: fund(640000, 700000) },
      { user: '顺便问 招零就业家庭的人 要啥条件才有以工代训补贴', expect: { cites: ['六(一)'], noAmount: 'open' } },
      { user: '再说回教育经费 60%那个是啥意思', expect: { cites: ['六(二)'], says: [/一线/] } },
    ],
  },
  {
    id: 'v22d37', class: 'topic_switch',
    probes: 'bookkeeping firm: deduction, then a staff member\'s certificate training, then back',
    turns: [
      { user: '代账的 客户是个商贸公司 工资薪金总额 250万 教育经费提取了 15万', expect: fund(150000, 200000) },
      { user: '另外这客户有个员工想考电工证 个人参加培训能补吗', expect: noFig(['七(二)', '六(一)']) },
      { user: '那教育经费里面 一线职工要占多少', expect: { cites: ['六(二)'], says: [/60/] } },
    ],
  },
  {
    id: 'v22d38', class: 'topic_switch', periodEnd: true,
    probes: '以工代训 facts interrupted by an apprenticeship question, then finished',
    turns: [
      { user: '物流公司参保，零就业家庭的 2 个 以工代训 4个月', expect: ojtAsk },
      { user: '先问个别的 新型学徒 有补贴不', expect: noFig(['四(一)']) },
      { user: '回来说那俩 岗前补贴没领过', expect: ojt(1600) },
    ],
  },
  {
    id: 'v22d39', class: 'topic_switch',
    probes: 'welding school director: equipment then 民办 equal treatment',
    turns: [
      { user: '我们是民办焊接培训学校 跟公办的培训机构 待遇一样不', expect: { cites: ['四(三)'] } },
      { user: '那要是没进培训机构目录 还能开班不', expect: { cites: ['七(二)'], says: [/备案/] } },
    ],
  },
  // ------------------------------------------------------------ a person's own training
  {
    id: 'v22d40', class: 'person_training',
    probes: 'ex-soldier, driving training: no fixed amount; place of training; [contact]',
    turns: [
      { user: '退伍兵 想去物流公司开车 参加技能培训有补贴吗', expect: { noAmount: 'unfixed' } },
      { user: '我户口在周口 人在郑州找活 能在郑州培训吗', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
      { user: '具体去哪问', expect: { says: [/人社|人力资源/] } },
    ],
  },
  {
    id: 'v22d41', class: 'person_training',
    probes: 'woman from a 零就业家庭: training subsidy times per year and same level',
    turns: [
      { user: '俺家以前一个上班的都没有 俺刚找到超市的活 想学个育婴师 有补贴不', expect: noFig(['七(二)', '六(一)']) },
      { user: '那一年里头 最多能补几回', expect: { cites: ['七(二)'], says: [/3|三/] } },
      { user: '育婴师初级 考过一回了 再考一回初级 还给补不', expect: { cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v22d42', class: 'person_training',
    probes: 'retired teacher: grandson at a 技师学院 from a poor family, student aid vs family aid',
    turns: [
      { user: '孙子在技师学院上学 俺家是建档立卡贫困户 有啥照顾', expect: noFig(['三(三)', '三(十四)']) },
      { user: '除了孩子本人免学费 家里还能有补助吗', expect: noFig(['三(三)', '三(十四)']) },
    ],
  },
  {
    id: 'v22d43', class: 'person_training',
    probes: 'monthly pension: outside the training subsidy',
    turns: [{ user: '俺退休了 每月领养老金 还能享受职业培训补贴不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)'] } }],
  },
  {
    id: 'v22d44', class: 'person_training',
    probes: 'poor labourer learning welding: free training',
    turns: [{ user: '俺是贫困户 想去学电焊 要交学费不', expect: noFig(['三(三)']) }],
  },
  {
    id: 'v22d45', class: 'person_training',
    probes: '生活费补贴 amount: not fixed',
    turns: [{ user: '参加培训期间 生活费补贴 一天给多少', expect: { noAmount: 'unfixed', cites: ['六(一)'] } }],
  },
  // ------------------------------------------------------------ entrepreneurship
  {
    id: 'v22d46', class: 'entrepreneurship',
    probes: 'car-wash owner open 3 years; amount per person not fixed',
    turns: [
      { user: '开了个洗车店 营业执照办了三年 想参加创业培训 中不中', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '培训一次给补多少钱', expect: notSet },
    ],
  },
  {
    id: 'v22d47', class: 'entrepreneurship',
    probes: '[two-part][contact] wish to open a noodle shop: training and where to sign up',
    turns: [{ user: '想开个烩面馆 还没开 有创业培训吗 去哪报名', expect: { cites: ['三(八)'], noAmount: 'unfixed', says: [/人社|人力资源/] } }],
  },
  {
    id: 'v22d48', class: 'entrepreneurship',
    probes: '技师学院 student asking for entrepreneurship training',
    turns: [{ user: '技师学院在校生 能参加创业意识培训吗', expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } }],
  },
  // ------------------------------------------------------------ equipment
  {
    id: 'v22d49', class: 'equipment',
    probes: 'two sites in one message, both capped',
    turns: [{ user: '公司有个高技能人才培训基地 新买设备 280万，还有个技能大师工作室 买了 60万的，都是职工教育经费出的 验收合格', expect: eqNot(600000, 680000) }],
  },
  {
    id: 'v22d50', class: 'equipment',
    probes: 'acceptance pending, then done',
    turns: [
      { user: '技能大师工作室 买了设备 40万 职工教育经费出的', expect: eqAsk },
      { user: '验收还没搞 下个月', expect: eqNo(80000) },
      { user: '验收过了 合格', expect: eq(80000) },
    ],
  },
  {
    id: 'v22d51', class: 'equipment',
    probes: 'fund source negated: a loan, not the education fund',
    turns: [{ user: '高技能人才培训基地的设备 100万 用的是公司自己贷款 不是职工教育经费 验收过了', expect: eqNo(200000) }],
  },
  {
    id: 'v22d52', class: 'equipment',
    probes: 'two sites over turns, facts for both given last',
    turns: [
      { user: '俺们焊接公司 东区一个高技能人才培训基地 设备 120万', expect: eqAsk },
      { user: '西区还有个大师工作室 设备 45万', expect: eqAsk },
      { user: '两个都用职工教育经费 都验收了', expect: eq(330000) },
    ],
  },
  {
    id: 'v22d53', class: 'equipment',
    probes: '[contact] who accepts the equipment',
    turns: [{ user: '设备补贴 找谁验收', expect: { cites: ['四(一)'], says: [/人力资源|人社/, /财政/] } }],
  },
  // ------------------------------------------------------------ education fund
  {
    id: 'v22d54', class: 'education_fund',
    probes: 'fund above 8 %: the limit applies',
    turns: [{ user: '工资薪金 1200万 职工教育经费 提了 120万 税前能扣多少', expect: fund(960000, 1200000) }],
  },
  {
    id: 'v22d55', class: 'education_fund',
    probes: 'deduction is not cash',
    turns: [{ user: '教育经费抵扣的那个钱 能直接打到公司账上吗', expect: { cites: ['六(二)'], says: [/税前/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v22d56', class: 'education_fund',
    probes: 'payroll missing: no figure',
    turns: [
      { user: '职工教育经费提了 18万 能全扣吗', expect: fundOpen },
      { user: '工资总额 200万', expect: fund(160000, 180000) },
    ],
  },
  // ------------------------------------------------------------ apprenticeship
  {
    id: 'v22d57', class: 'apprenticeship',
    probes: 'apprentice count given, amount not fixed',
    turns: [{ user: '搞企业新型学徒 带10个徒弟 一个补多少', expect: noFig(['四(一)']) }],
  },
  {
    id: 'v22d58', class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund',
    turns: [{ user: '俺们酒店老员工带新人 给师傅发的带徒津贴 走职工教育经费行不行', expect: { cites: ['六(二)'] } }],
  },
  {
    id: 'v22d59', class: 'apprenticeship',
    probes: '[two-part] two kinds of apprenticeship and the standard',
    turns: [{ user: '现代学徒制 跟新型学徒制 都推吗 补贴标准是多少', expect: noFig(['四(一)']) }],
  },
  // ------------------------------------------------------------ period
  {
    id: 'v22d60', class: 'period',
    probes: 'asked today: can one still apply',
    turns: [{ user: '俺挂面厂今年刚招了俩贫困户 眼下这会儿 以工代训还能报不', expect: ended }],
  },
  {
    id: 'v22d61', class: 'period',
    probes: '[dated] hired in 2022: after the plan',
    turns: [{ user: '2022年3月 招的零就业家庭成员 算不算在这个方案里', expect: ended }],
  },
  {
    id: 'v22d62', class: 'period',
    probes: 'start and end of the plan',
    turns: [{ user: '这个方案 啥时候开始 啥时候到头', expect: ended }],
  },
  {
    id: 'v22d63', class: 'period',
    probes: '[dated] equipment bought in 2021, asked today',
    turns: [{ user: '2021年11月 工作室买的设备 50万 教育经费出的 验收过了 现在还能申请吗', expect: ended }],
  },
  {
    id: 'v22d64', class: 'period',
    probes: '[dated] 2020 hire, within the plan: the clause cited',
    turns: [{ user: '2020年6月 招的贫困户 那会儿能走以工代训吗', expect: { cites: ['六(一)'], noAmount: 'open' } }],
  },
  // ------------------------------------------------------------ project training and more
  {
    id: 'v22d65', class: 'one_group',
    probes: 'project training: 50 % advance',
    turns: [{ user: '公司搞项目制培训 培训补贴一共 40万 能先拿多少', expect: { amount: { rule: 'project_training_advance', yuan: 200000 } } }],
  },
  {
    id: 'v22d66', class: 'topic_switch',
    probes: 'project training: rule first, then the figure',
    turns: [
      { user: '培训机构 搞项目制培训 钱能先拨一部分不', expect: { cites: ['六(一)'], says: [/50/] } },
      { user: '补贴总额 26万', expect: { amount: { rule: 'project_training_advance', yuan: 130000 } } },
    ],
  },
  {
    id: 'v22d67', class: 'person_training',
    probes: 'hotel trainer: competition prize winner',
    turns: [{ user: '俺们服务员参加技能比赛拿了奖 有奖励不', expect: { cites: ['五(三)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v22d68', class: 'unknown_reply', periodEnd: true,
    probes: '以工代训 months unknown for a cooperative group, then given',
    turns: [
      { user: '蘑菇合作社 收了贫困户6个 干了7个月了 岗前补贴没领', expect: ojtAsk },
      { user: '以工代训几个月 说不上来 有长有短', expect: ojtOpen },
      { user: '问清了 都是俩月', expect: ojt(2400) },
    ],
  },
  {
    id: 'v22d69', class: 'equipment',
    probes: 'two sites, only the base accepted',
    turns: [{ user: '高技能人才培训基地设备 200万 大师工作室设备 30万 都是职工教育经费买的 基地验收过了 工作室还没验收', expect: eqNot(400000, 460000) }],
  },
  {
    id: 'v22d70', class: 'topic_switch', periodEnd: true,
    probes: '人社所 clerk: a resident\'s training question, an employer\'s 以工代训, then back',
    turns: [
      { user: '所里有群众问 参加完培训拿了证 在哪培训的才给补', expect: { cites: ['七(二)'] } },
      { user: '另一个事 村里扶贫车间招了贫困户4个 干了6个月 以工代训6个月 岗前没领', expect: ojt(4800) },
      { user: '再回头说那个群众 一年最多补几次', expect: { cites: ['七(二)'], says: [/3|三/] } },
    ],
  },
  {
    id: 'v22d71', class: 'negation_after_noun', periodEnd: true,
    probes: 'facts scattered, the pre-job negation at the very end',
    turns: [{ user: '以工代训 六个月 都满了，零就业家庭 的 两口子 2人，公司交社保，岗前那个 没有申请', expect: ojt(2400) }],
  },
];
