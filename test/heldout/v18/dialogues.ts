/**
 * HELD-OUT dialogues, set v18 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its first lines) was looked at; no message is reused or paraphrased from an
 * earlier set. Written blind; NOT to be tuned on: no word of these messages goes into a glossary,
 * pattern or fixture. Once a dialogue has been fixed by a targeted change it measures nothing any
 * more; write a new one instead.
 *
 * Who types here: the owner of a bakery chain (烘焙连锁), the head of a pig-farm cooperative
 * (养猪合作社), the manager of a 扶贫车间 making wigs (假发), the principal of a small training
 * school (培训学校), the HR of an auto-parts factory (汽配厂), the boss of a security-guard company
 * (保安公司), a woman caring for her disabled husband, a young man who left school after 初中
 * (两后生), a new 大专 graduate without a job, a woman running a 民宿 and a retired worker asking
 * for his son. WeChat on a phone: short, dialect (俺 / 咋 / 弄啥 / 中不中 / 木有), homophones,
 * odd spacing, 全角 and Chinese numerals, run-ons, bare replies, a traditional character now and
 * then.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, the kind of unit, insurance where the group needs it, each group's count and 以工代训
 * months, months employed for poor labour, acceptance and fund source of equipment, base vs
 * studio, payroll and fund drawn) must be asked, so an amount is expected only once every such
 * fact has been said. "不知道" leaves the fact open: no figure, no verdict.
 *
 * Amounts, computed by hand from the contract and checked twice:
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
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** Some rows are settled, one is still open: ask, no 不符合, not the full total. */
const partOpen = (total: number): TurnExpect => ({ asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(total)] });

export const DIALOGUES_V18: Dialogue[] = [
  // ------------------------------------------------------------ one group
  {
    id: 'v18d01', class: 'one_group', periodEnd: true,
    probes: 'wig workshop, poor labour: months employed, 以工代训 months and 岗前 arrive one per turn',
    turns: [
      { user: '俺们是做假发的扶贫车间 招了几个建档立卡的 以工代训能补多少', expect: askOJT },
      { user: '5个', expect: askOJT },
      { user: '干了八个多月了 带着练了4个月', expect: askOJT },
      { user: '岗前那个补贴木有领过', expect: pay(4000) },
    ],
  },
  {
    id: 'v18d02', class: 'one_group', periodEnd: true,
    probes: 'bakery chain, insured enterprise, 就业困难 hires with 8 months of 以工代训: capped at 6',
    turns: [
      { user: '我开面包店连锁的 公司交社保 招了6个就业困难人员 以工代训搞了8个月 岗前培训补贴没申请过 能补多少钱', expect: payNot(7200, 9600) },
      { user: '为啥不是按八个月算', expect: { cites: ['六(一)'], mustNotContain: ['9600'] } },
    ],
  },
  {
    id: 'v18d03', class: 'one_group', periodEnd: true,
    probes: 'pig cooperative hires poor labour; employed months said only after a 不知道',
    turns: [
      { user: '养猪合作社 收了三个贫困户来场里干活 以工代训6个月 这个钱咋算', expect: askOJT },
      { user: '岗前培训补贴？没有拿过', expect: askOJT },
      { user: '来了多久？这个我得问问会计', expect: dunnoOJT },
      { user: '会计说从去年三月来的 干满十个月了', expect: pay(3600) },
    ],
  },
  {
    id: 'v18d04', class: 'one_group', periodEnd: true,
    probes: 'security company, insured, 零就业家庭 hires, facts over turns with bare replies',
    turns: [
      { user: '保安公司的 招了零就业家庭的人 有补贴吗', expect: askOJT },
      { user: '交社保', expect: askOJT },
      { user: '四个人', expect: askOJT },
      { user: '以工代训三个月 岗前补贴没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v18d05', class: 'one_group',
    probes: 'poor labour employed only 4 months: 以工代训 excluded, no figure',
    turns: [
      { user: '汽配厂 招了贫困劳动力两个 才干四个月 以工代训也是四个月 岗前的没领 能补不', expect: noPay(1600) },
    ],
  },
  {
    id: 'v18d06', class: 'one_group',
    probes: 'poor labour with 以工代训 in a 职业院校 (not a production entity): no subsidy',
    turns: [
      { user: '俺们是职业学校 不是企业 食堂招了3个建档立卡的 干了一年了 以工代训6个月 岗前补贴没领 能给学校补吗', expect: notYes(3600) },
    ],
  },
  {
    id: 'v18d07', class: 'one_group', periodEnd: true,
    probes: 'minsu owner: unit kind open until asked, said as a company later',
    turns: [
      { user: '我开民宿的 招了两个村里建档立卡的大姐 以工代训能申请吗', expect: askOJT },
      { user: '注册的是公司 有限公司', expect: askOJT },
      { user: '她俩干了7个月 以工代训5个月 没领过岗前', expect: pay(2000) },
    ],
  },
  // ------------------------------------------------------------ several groups
  {
    id: 'v18d08', class: 'several_groups', periodEnd: true,
    probes: 'auto-parts factory: 残疾人 5 months and 零就业 3 months, two rows with their own months',
    turns: [
      { user: '汽配厂HR 公司参保的 招了4个残疾人 以工代训5个月 还有2个零就业家庭的 以工代训3个月 都没领岗前补贴 一共多少', expect: payNot(5200, 6000) },
    ],
  },
  {
    id: 'v18d09', class: 'several_groups', periodEnd: true,
    probes: 'wig workshop: two batches of poor labour with different months; second batch employed 5 months',
    turns: [
      { user: '扶贫车间 第一批建档立卡的6个人 干了一年 以工代训六个月', expect: askOJT },
      { user: '第二批4个 才来五个月 以工代训3个月', expect: askOJT },
      { user: '两批都没领岗前培训补贴', expect: payNot(7200, 9600) },
    ],
  },
  {
    id: 'v18d10', class: 'several_groups', periodEnd: true,
    probes: 'bakery: 就业困难 and poor labour, poor labour months employed said later',
    turns: [
      { user: '烘焙公司 交社保 就业困难的3个以工代训4个月 贫困户2个以工代训6个月 岗前都没领', expect: partOpen(4800) },
      { user: '贫困户那俩来了都快一年了', expect: pay(4800) },
    ],
  },
  {
    id: 'v18d11', class: 'several_groups', periodEnd: true,
    probes: 'security company: two groups, group named again with a new count',
    turns: [
      { user: '保安公司参保企业 招残疾人5个 零就业的3个 以工代训都是两个月 岗前补贴都没申请', expect: pay(3200) },
      { user: '残疾人那块再说一下 实际是6个 不是5个', expect: payNot(3600, 3200) },
    ],
  },
  {
    id: 'v18d12', class: 'several_groups', periodEnd: true,
    probes: 'auto-parts: one group has 岗前 claimed, the other not',
    turns: [
      { user: '汽配 参保 就业困难的8个 以工代训6个月 这8个的岗前补贴都领过了', expect: notYes(9600) },
      { user: '另外还有零就业家庭2个 以工代训4个月 这俩没领岗前', expect: payNot(1600, 11200) },
    ],
  },
  {
    id: 'v18d13', class: 'several_groups', periodEnd: true,
    probes: 'pig cooperative: poor labour two groups, one count unknown then given',
    turns: [
      { user: '合作社有两拨贫困劳动力 一拨干了9个月以工代训6个月 另一拨干了8个月以工代训2个月 岗前的都没领', expect: askOJT },
      { user: '人数啊 第一拨不知道 得查 第二拨三个', expect: { notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['3600'] } },
      { user: '查了 第一拨是两个', expect: pay(3600) },
    ],
  },
  // ------------------------------------------------------------ negation after the noun
  {
    id: 'v18d14', class: 'negation_after_noun', periodEnd: true,
    probes: '岗前培训补贴 mentioned, then denied at the end of the sentence',
    turns: [
      { user: '我们汽配厂参保的 招了五个残疾人 以工代训六个月 岗前培训补贴这个东西 我们是从来没去弄过的', expect: pay(6000) },
    ],
  },
  {
    id: 'v18d15', class: 'negation_after_noun',
    probes: 'social insurance named then denied far behind: 就业困难 needs insured enterprise',
    turns: [
      { user: '面包店公司 招了3个就业困难人员 以工代训4个月 岗前没领 社保这块 说实话 一直没给他们交 公司也没参保', expect: notYes(2400) },
    ],
  },
  {
    id: 'v18d16', class: 'negation_after_noun',
    probes: '职工教育经费 named then denied as the fund source: no equipment figure',
    turns: [
      { user: '汽配厂建了高技能人才培训基地 买设备花了200万 验收也过了 钱是职工教育经费吗 不是 是老板自己掏的', expect: noKit(400000, /40\s*万/) },
    ],
  },
  {
    id: 'v18d17', class: 'negation_after_noun', periodEnd: true,
    probes: 'wig workshop: 建档立卡 said, then "岗前的 没有" after a long aside',
    turns: [
      { user: '假发车间 建档立卡的7个 干了快一年了 以工代训做了3个月 那个新录用的岗前技能培训补贴嘛 村里有人说能领 我们后来想想算了 没有领', expect: pay(4200) },
    ],
  },
  // ------------------------------------------------------------ unknown replies
  {
    id: 'v18d18', class: 'unknown_reply',
    probes: '不知道 on the 岗前 subsidy leaves it open',
    turns: [
      { user: '保安公司 参保 招了就业困难人员十个 以工代训仨月', expect: askOJT },
      { user: '岗前补贴领没领 不清楚 前任HR弄的', expect: dunnoOJT },
    ],
  },
  {
    id: 'v18d19', class: 'unknown_reply', periodEnd: true,
    probes: '不知道 on insurance, then the answer a turn later',
    turns: [
      { user: '我们烘焙店招了2个零就业家庭的孩子 以工代训5个月 没领岗前', expect: askOJT },
      { user: '交没交社保我真不知道 我是店长', expect: dunnoOJT },
      { user: '问了老板 公司是参保的 有限公司', expect: pay(2000) },
    ],
  },
  {
    id: 'v18d20', class: 'unknown_reply',
    probes: 'equipment acceptance unknown: no figure, no verdict',
    turns: [
      { user: '汽配厂技能大师工作室 新买设备30万 用的职工教育经费', expect: askKit },
      { user: '验收 不晓得弄了没', expect: dunnoKit },
    ],
  },
  {
    id: 'v18d21', class: 'unknown_reply',
    probes: 'education fund: payroll unknown',
    turns: [
      { user: '公司今年提了职工教育经费 30万 税前能扣多少', expect: askFund },
      { user: '工资总额 我不清楚 财务没说', expect: askFund },
      { user: '财务说工资薪金总额一年300万', expect: deduct(240000, 300000) },
    ],
  },
  {
    id: 'v18d22', class: 'unknown_reply', periodEnd: true,
    probes: '以工代训 months unknown, then given',
    turns: [
      { user: '合作社 建档立卡的2个 干了8个月 没领过岗前', expect: askOJT },
      { user: '以工代训几个月 不知道咋算的', expect: dunnoOJT },
      { user: '就是边干边教 教了4个月', expect: pay(1600) },
    ],
  },
  // ------------------------------------------------------------ corrections
  {
    id: 'v18d23', class: 'correction', periodEnd: true,
    probes: 'count corrected 5 → 3',
    turns: [
      { user: '扶贫车间 贫困劳动力5个 干了7个月 以工代训6个月 岗前没领', expect: pay(6000) },
      { user: '不对不对 打错了 是3个人', expect: payNot(3600, 6000) },
    ],
  },
  {
    id: 'v18d24', class: 'correction', periodEnd: true,
    probes: 'months corrected 6 → 2',
    turns: [
      { user: '保安公司 参保 残疾人3个 以工代训6个月 没领岗前', expect: pay(3600) },
      { user: '刚核了下 以工代训是两个月 不是六个月', expect: payNot(1200, 3600) },
    ],
  },
  {
    id: 'v18d25', class: 'correction',
    probes: 'site kind corrected base → studio: cap changes',
    turns: [
      { user: '我们建高技能人才培训基地 设备100万 职工教育经费买的 验收合格了', expect: kit(200000) },
      { user: '说错了 是技能大师工作室 不是基地', expect: kitNot(100000, 200000) },
    ],
  },
  {
    id: 'v18d26', class: 'correction',
    probes: 'fund source corrected 职工教育经费 → bank loan',
    turns: [
      { user: '汽配厂大师工作室 设备40万 职工教育经费 验收过了', expect: kit(80000) },
      { user: '哦 搞错了 设备钱是银行贷款 不是教育经费', expect: noKit(80000, /8\s*万/) },
    ],
  },
  {
    id: 'v18d27', class: 'correction', periodEnd: true,
    probes: 'employed months corrected 5 → 7 for poor labour',
    turns: [
      { user: '民宿公司 建档立卡的1个 来了5个月 以工代训3个月 岗前没领', expect: noPay(600) },
      { user: '是七个月 我记成五个月了', expect: pay(600) },
    ],
  },
  {
    id: 'v18d28', class: 'correction',
    probes: 'payroll corrected',
    turns: [
      { user: '工资薪金总额100万 职工教育经费提了10万 税前扣多少', expect: deduct(80000, 100000) },
      { user: '不是100万 是150万', expect: deduct(100000, 80000) },
    ],
  },
  {
    id: 'v18d29', class: 'correction', periodEnd: true,
    probes: 'group corrected 退役军人 → 残疾人',
    turns: [
      { user: '保安公司参保 招了4个退伍军人 以工代训3个月 岗前没领', expect: notYes(2400) },
      { user: '更正下 不是退伍的 是4个残疾人', expect: pay(2400) },
    ],
  },
  // ------------------------------------------------------------ topic switch
  {
    id: 'v18d30', class: 'topic_switch', periodEnd: true,
    probes: 'from 以工代训 to equipment and back',
    turns: [
      { user: '汽配厂 参保 就业困难的2个 以工代训6个月', expect: askOJT },
      { user: '对了 大师工作室设备20万 教育经费出的 验收合格 能补多少', expect: kit(40000) },
      { user: '回到刚才 那两个人岗前没领过', expect: pay(2400) },
    ],
  },
  {
    id: 'v18d31', class: 'topic_switch',
    probes: 'from equipment to apprenticeship (no amount)',
    turns: [
      { user: '高技能人才培训基地设备500万 教育经费 已验收', expect: kitNot(500000, 1000000) },
      { user: '另外我们带企业新型学徒20个 有补贴不 多少钱一个', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v18d32', class: 'topic_switch',
    probes: 'from education fund to 生活费补贴',
    turns: [
      { user: '公司工资总额400万 教育经费提了20万', expect: deduct(200000) },
      { user: '再问个 培训期间的生活费补贴 一人多少', expect: { noAmount: 'unfixed', cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v18d33', class: 'topic_switch', periodEnd: true,
    probes: 'personal question inserted between employer facts',
    turns: [
      { user: '扶贫车间 贫困户3个 干了半年 以工代训2个月', expect: askOJT },
      { user: '我自己想学个电工 能免费不', expect: { noAmount: 'unfixed' } },
      { user: '那3个人岗前补贴没领的', expect: pay(1200) },
    ],
  },
  // ------------------------------------------------------------ person training
  {
    id: 'v18d34', class: 'person_training',
    probes: '两后生 asking for training subsidy: no amount fixed',
    turns: [
      { user: '我初中毕业没上了 在郑州打工 想学汽修 有补贴吗 给多少', expect: noFigure(['三(二)', '七(二)']) },
      { user: '户口在周口 能在郑州学吗', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v18d35', class: 'person_training',
    probes: 'new 大专 graduate without a job: training for 离校未就业 graduates, no figure',
    turns: [
      { user: '大专刚毕业 还没找到工作 有啥技能培训能参加', expect: { cites: ['三(二)'], noAmount: 'unfixed' } },
      { user: '培训完拿证 补多少钱', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v18d36', class: 'person_training',
    probes: 'wife of a disabled man: 残疾人 training, no figure',
    turns: [
      { user: '俺老公腿残疾 在家待着 有没有适合残疾人的培训', expect: { cites: ['三(二)'], noAmount: 'unfixed' } },
      { user: '那俺自己照顾他 也想学个手艺 做手工那种 中不', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v18d37', class: 'person_training',
    probes: 'retired worker on monthly pension asks for himself then his son',
    turns: [
      { user: '我退休了 拿退休金 想学个养老护理 能享受培训补贴吗', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '那我儿子呢 他下岗了 失业登记了', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v18d38', class: 'person_training',
    probes: 'same occupation and level twice: no second subsidy',
    turns: [
      { user: '去年学了中式面点师初级 拿证了 领过补贴 今年想再考一次面点初级 还补吗', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v18d39', class: 'person_training',
    probes: 'three subsidies already this year: the fourth is not covered [two-part]',
    turns: [
      { user: '今年已经领了三次培训补贴了 还能再领吗 一年最多几次', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/3\s*次|三次/] } },
    ],
  },
  {
    id: 'v18d40', class: 'person_training',
    probes: 'poor labour person: free training, no amount',
    turns: [
      { user: '我家是建档立卡户 想学个厨师 要交钱不', expect: { cites: ['三(三)'], noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------ entrepreneurship
  {
    id: 'v18d41', class: 'entrepreneurship',
    probes: 'minsu open 3 years: entrepreneurship training, no amount',
    turns: [
      { user: '民宿开了三年 小本买卖 有创业培训能上吗 补多少', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v18d42', class: 'entrepreneurship',
    probes: 'bakery open 7 years: beyond 5 years; 大专 grad asks too',
    turns: [
      { user: '面包店开了七年了 还能参加创业培训不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '我侄子大专刚毕业想自己干 他能去不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v18d43', class: 'entrepreneurship',
    probes: '两后生 wants to open a shop: wish to start a business counts',
    turns: [
      { user: '初中毕业了 想开个奶茶店 有啥创业的培训', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '要钱不 还是给钱', expect: { noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------ equipment
  {
    id: 'v18d44', class: 'equipment',
    probes: 'base, all facts over turns',
    turns: [
      { user: '汽配厂买了实训设备 能补贴多少', expect: askKit },
      { user: '300万', expect: askKit },
      { user: '放在高技能人才培训基地 钱从职工教育经费出的', expect: askKit },
      { user: '人社财政都验收了 合格', expect: kitNot(500000, 600000) },
    ],
  },
  {
    id: 'v18d45', class: 'equipment',
    probes: 'two sites: base and studio computed separately',
    turns: [
      { user: '烘焙公司 高技能人才基地设备150万 技能大师工作室设备30万 全是教育经费买的 都验收了', expect: kit(360000) },
    ],
  },
  {
    id: 'v18d46', class: 'equipment',
    probes: 'studio 80万: capped at 10万',
    turns: [
      { user: '大師工作室 設備八十萬 職工教育經費 驗收合格', expect: kitNot(100000, 160000) },
    ],
  },
  {
    id: 'v18d47', class: 'equipment',
    probes: 'not accepted yet: no figure',
    turns: [
      { user: '培训基地设备120万 教育经费出的 还没验收 先问下能补多少', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['240000', /24\s*万/] } },
    ],
  },
  {
    id: 'v18d48', class: 'equipment',
    probes: 'who accepts the equipment [contact]',
    turns: [
      { user: '设备验收找哪个部门', expect: { says: [/人(力资源)?社(会保障)?/, /财政/], cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v18d49', class: 'equipment',
    probes: 'ordinary workshop machines, not a base or studio',
    turns: [
      { user: '车间买了新机床50万 职工教育经费 不是基地也不是工作室 就是生产用的 能补20%不', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['100000'] } },
    ],
  },
  // ------------------------------------------------------------ education fund
  {
    id: 'v18d50', class: 'education_fund',
    probes: 'fund below 8 %: whole fund deducted',
    turns: [
      { user: '保安公司 工资薪金总额200万 职工教育经费提了10万 税前能扣多少', expect: deduct(100000, 160000) },
    ],
  },
  {
    id: 'v18d51', class: 'education_fund',
    probes: 'fund above 8 %: capped; asks if cash',
    turns: [
      { user: '汽配 工资总额五百万 教育经费提了五十万', expect: deduct(400000, 500000) },
      { user: '这40万是直接打给我们吗', expect: { says: [/税前|扣除|抵扣/] } },
    ],
  },
  {
    id: 'v18d52', class: 'education_fund',
    probes: 'front-line share 60 % [two-part]',
    turns: [
      { user: '教育经费用在一线职工的要多少比例 师带徒津贴能从里面出吗', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/] } },
    ],
  },
  {
    id: 'v18d53', class: 'education_fund',
    probes: 'only fund given, payroll later',
    turns: [
      { user: '面包连锁 职工教育经费今年计提了8万', expect: askFund },
      { user: '工资 一年大概一百二十万', expect: deduct(80000) },
    ],
  },
  // ------------------------------------------------------------ apprenticeship
  {
    id: 'v18d54', class: 'apprenticeship',
    probes: 'apprentice subsidy amount: not fixed; where to apply [contact]',
    turns: [
      { user: '汽配厂跟技校搞学徒制 招了30个学徒 每人补多少', expect: noFigure(['四(一)']) },
      { user: '那找谁申请', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v18d55', class: 'apprenticeship',
    probes: 'bakery apprenticeship; 师带徒 from the fund [two-part]',
    turns: [
      { user: '面包房 老师傅带徒弟 算新型学徒吗 有没有钱 师傅的津贴能走教育经费不', expect: { noAmount: 'unfixed', cites: ['四(一)', '六(二)'] } },
    ],
  },
  // ------------------------------------------------------------ period
  {
    id: 'v18d56', class: 'period',
    probes: 'asked today: the plan has ended',
    turns: [
      { user: '这个技能提升行动现在还能申请不', expect: ended },
    ],
  },
  {
    id: 'v18d57', class: 'period',
    probes: 'dated 2020: within period [dated]',
    turns: [
      { user: '2020年6月的时候 扶贫车间招贫困户以工代训 那会政策还在不', expect: { says: [/2021/] } },
    ],
  },
  {
    id: 'v18d58', class: 'period', periodEnd: true,
    probes: 'dated 2021 hire with amount [dated]',
    turns: [
      { user: '2021年3月 保安公司参保 招了2个残疾人 以工代训到8月 一共5个月 岗前没领 当时能补多少', expect: pay(2000) },
    ],
  },
  {
    id: 'v18d59', class: 'period',
    probes: 'dated 2022: after the plan [dated]',
    turns: [
      { user: '2022年招的建档立卡 能按这个63号文补吗', expect: ended },
    ],
  },
  {
    id: 'v18d60', class: 'period',
    probes: 'when did it start [two-part]',
    turns: [
      { user: '这方案啥时候开始的 到啥时候', expect: { says: [/2019/, /2021/] } },
    ],
  },
  // ------------------------------------------------------------ more
  {
    id: 'v18d61', class: 'one_group',
    probes: 'training school project training: 50 % advance',
    turns: [
      { user: '我们培训学校接了个项目制培训 补贴总共20万 能先拨一部分吗', expect: { amount: { rule: 'project_training_advance', yuan: 100000 } } },
    ],
  },
  {
    id: 'v18d62', class: 'topic_switch',
    probes: 'training school not in the directory: 备案 with 人社 [contact]',
    turns: [
      { user: '学校没进培训机构目录 能开展补贴培训吗', expect: { cites: ['七(二)'] } },
      { user: '备案去哪备', expect: { says: [/人社/] } },
    ],
  },
  {
    id: 'v18d63', class: 'unknown_reply',
    probes: 'unit kind unknown (cooperative or company?)',
    turns: [
      { user: '我们养猪那 招了2个建档立卡的 干了一年 以工代训6个月 岗前没领', expect: askOJT },
      { user: '是合作社还是公司 我也说不好 村里弄的', expect: dunnoOJT },
    ],
  },
  {
    id: 'v18d64', class: 'several_groups', periodEnd: true,
    probes: '就业困难 hired by a non-insured enterprise alongside poor labour',
    turns: [
      { user: '假发厂没交社保 招了建档立卡3个干了7个月以工代训4个月 还有就业困难的2个以工代训4个月 岗前都没领', expect: payNot(2400, 4000) },
    ],
  },
  {
    id: 'v18d65', class: 'correction', periodEnd: true,
    probes: '岗前 corrected: claimed → not claimed',
    turns: [
      { user: '汽配参保 零就业2个 以工代训6个月 岗前领过了', expect: noPay(2400) },
      { user: '我看错了 领的是别的人 这俩没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v18d66', class: 'person_training',
    probes: 'contact for person training [contact]',
    turns: [
      { user: '想报名培训 去哪问 社区还是人社局', expect: { says: [/人社/] } },
    ],
  },
  {
    id: 'v18d67', class: 'topic_switch',
    probes: 'minsu owner drifts to an outside question (tourism loan), then back to the plan',
    turns: [
      { user: '民宿能申请文旅那边的贴息贷款不 利息多少', expect: decline },
      { user: '那这个技能方案里 民宿服务员培训 有啥说法', expect: { noAmount: 'unfixed', answered: true } },
    ],
  },
  {
    id: 'v18d68', class: 'person_training',
    probes: '两后生 asks an age limit the plan does not set',
    turns: [
      { user: '两后生 多大岁数以内才算 我17了', expect: unsettled },
    ],
  },
  {
    id: 'v18d69', class: 'apprenticeship', periodEnd: true,
    probes: 'security company: apprentices and 以工代训 in one message [two-part]',
    turns: [
      { user: '保安公司参保 学徒带了12个 另外残疾人3个以工代训4个月 没领岗前 学徒给多少 以工代训给多少', expect: { amount: { rule: 'on_job_training', yuan: 2400 }, cites: ['四(一)', '六(一)'] } },
    ],
  },
  {
    id: 'v18d70', class: 'equipment',
    probes: 'studio value said in 万 then corrected upward; acceptance [contact]',
    turns: [
      { user: '面包连锁的大师工作室 设备25万 教育经费 验收了', expect: kit(50000) },
      { user: '漏了一台烤炉 总共是35万', expect: kitNot(70000, 50000) },
      { user: '钱找谁要 区里还是市里', expect: { says: [/人社|人力资源/] } },
    ],
  },
];
