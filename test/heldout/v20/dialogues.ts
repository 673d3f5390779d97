/**
 * HELD-OUT dialogues, set v20 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * written blind, never from the service's output, the code under src/, or any other set (only the
 * format of v15, its header and first lines, was looked at; no message of it is reused or
 * paraphrased). Not to be tuned on: no word of these messages goes into a glossary, pattern or
 * fixture. Once a dialogue has been fixed by a targeted change it measures nothing any more.
 *
 * Who types here: a brick-factory boss in a county town (砖厂), a cross-border e-commerce
 * company's HR, a 扶贫车间 that sews bags, a kindergarten cook, a laid-off steelworker aged 52, a
 * girl from a 零就业家庭 looking for work, a hairdresser who wants her own salon, a village cadre
 * reporting for several villagers, a driving-school owner, a 技师学院 teacher asking about
 * competitions, a cement company's accountant (payroll, fund, equipment), plus a furniture
 * factory, a carton factory, a logistics firm and a restaurant worker's relative. WeChat on a
 * phone: typos and homophones, dialect (俺 / 咋 / 中 / 木有 / 恁), odd spacing, 全角 and Chinese
 * numerals (叁 / 肆), traditional characters now and then, bare replies.
 *
 * Nothing is inferred from silence: an amount is expected only once every fact it depends on has
 * been said (kind of unit, insurance where the group needs it, count and 以工代训 months of each
 * group, ≥ 6 months employed for 贫困劳动力, 岗前培训补贴 claimed or not; for equipment value,
 * fund source, acceptance, base vs studio; for the fund the payroll and the fund drawn).
 * "不知道/不清楚" leaves the fact open.
 *
 * Amounts, computed by hand and checked twice:
 * - 以工代训 (六(一)): Σ count × 200 × min(months, 6) per qualifying row; 贫困劳动力 with a
 *   生产经营主体 (not a 职业院校) employed ≥ 6 months; 就业困难 (残疾人) and 零就业家庭 only with an
 *   insured enterprise; 退役军人 / ordinary 农民工 are no group; rows with 岗前培训补贴 claimed
 *   never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, entrepreneurship training, family
 *   aid, competition awards: the plan fixes no amount.
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
const advance = (yuan: number): TurnExpect => ({ amount: { rule: 'project_training_advance', yuan } });
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
const ended: TurnExpect = { mentionsPeriodEnd: true };
const office: TurnExpect = { says: [/人社|人力资源(和|与)?社会保障/] };

export const DIALOGUES_V20: Dialogue[] = [
  {
    id: 'v20d01', class: 'one_group', periodEnd: true,
    probes: 'facts of one group arrive over four turns; the claim question answered last',
    turns: [
      { user: '俺是县城开砖厂的 招了几个贫困户 这个以工代训能給多少钱', expect: askOJT },
      { user: '4个', expect: askOJT },
      { user: '来了快八个月了 带着干了5个月', expect: askOJT },
      { user: '岗前那个补贴木领过', expect: pay(4000) },
    ],
  },
  {
    id: 'v20d02', class: 'several_groups', periodEnd: true,
    probes: 'two groups of an insured e-commerce firm, one with 7 months capped at 6',
    turns: [
      { user: '您好 我是做跨境电商公司的hr 公司正常交社保 今年招了3个残疾人 还有两个零就业家庭的', expect: askOJT },
      { user: '残疾的3个以工代训4个月 零就业那俩以工代训7个月', expect: askOJT },
      { user: '都没申请过岗前培训补贴', expect: payNot(4800, 5200) },
    ],
  },
  {
    id: 'v20d03', class: 'one_group', periodEnd: true,
    probes: 'every fact of one group in one run-on message from a 扶贫车间',
    turns: [{ user: '我们扶贫车间缝编织袋的 收了6个贫困劳动力 都干满半年了 以工代训搞了3个月 岗前补贴没申请 能拿多少', expect: pay(3600) }],
  },
  {
    id: 'v20d04', class: 'person_training',
    probes: 'a kindergarten cook asks about her own training, then how often a year',
    turns: [
      { user: '我在幼儿园食堂做饭 想去学个营养配餐啥的 国家给补贴不', expect: noFigure(['七(二)', '三(四)', '五(一)']) },
      { user: '一年最多能补几回', expect: { says: [/3\s*次|三次/], cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v20d05', class: 'person_training',
    probes: 'a 52-year-old laid-off steelworker; the 生活费补贴 amount is not fixed',
    turns: [
      { user: '钢厂下岗的 今年52了 还能参加培训吗', expect: noFigure(['三(二)', '七(二)', '六(一)']) },
      { user: '培训期间有生活费补贴没 一天多少', expect: noFigure(['六(一)']) },
    ],
  },
  {
    id: 'v20d06', class: 'topic_switch',
    probes: 'a girl of a 零就业家庭 asks for herself, then what the employer could get (facts open)',
    turns: [
      { user: '俺家是零就业家庭 俺想找个工作 有啥免费培训不', expect: { noAmount: 'unfixed' } },
      { user: '要是有厂子要俺 厂子那边能拿啥补贴', expect: { noAmount: 'open', cites: ['六(一)'], notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v20d07', class: 'entrepreneurship',
    probes: 'a hairdresser wants her own salon; entrepreneurship training has no fixed amount; 5-year bound',
    turns: [
      { user: '我是剪头发的 想自己开个理发店 有没有创业培训 补多少钱', expect: noFigure(['三(八)']) },
      { user: '要是店开了两年了还能参加不', expect: { cites: ['三(八)'], says: [/5\s*年|五年/] } },
    ],
  },
  {
    id: 'v20d08', class: 'several_groups', periodEnd: true,
    probes: 'a village cadre relays two rows; insurance of the factory row is unknown',
    turns: [
      { user: '我是村干部 替村里人问问 张家两口子是贫困户 在镇上养鸡合作社干活 还有老李家一个残疾人在县里一个厂子上班', expect: askOJT },
      { user: '合作社那俩干了7个月了 以工代训6个月', expect: askOJT },
      { user: '厂子给不给交社保 我不知道', expect: dunnoOJT },
      {
        user: '合作社那俩岗前补贴没领过 先算他俩的中不',
        expect: { oneOf: [pay(2400), { noAmount: 'open', asks: true }] },
      },
    ],
  },
  {
    id: 'v20d09', class: 'topic_switch',
    probes: 'a driving-school owner: subsidy per trainee not fixed, then the 50 % advance on a stated sum',
    turns: [
      { user: '开驾校的 俺们搞培训 国家有补贴没有', expect: { noAmount: 'unfixed' } },
      { user: '要是做项目制培训 补贴总共12万 能先拨多少', expect: advance(60000) },
    ],
  },
  {
    id: 'v20d10', class: 'person_training',
    probes: 'a 技师学院 teacher asks about competition rewards; no sum fixed',
    turns: [
      { user: '我是技师学院的老师 带学生去参加技能大赛 拿了奖有奖励没', expect: noFigure(['五(三)', '三(十五)']) },
      { user: '大概奖多少钱', expect: noFigure(['五(三)']) },
    ],
  },
  {
    id: 'v20d11', class: 'correction',
    probes: 'cement accountant: deduction capped by the fund, then payroll corrected down so 8 % binds',
    turns: [
      { user: '水泥公司会计 职工教育经费提了80万 工资总额1200万 税前能扣多少', expect: deduct(800000) },
      { user: '不对 工资总额是九百万', expect: deduct(720000) },
    ],
  },
  {
    id: 'v20d12', class: 'equipment',
    probes: 'a base bought 300万 of kit from the fund; acceptance said next; capped at 50万',
    turns: [
      { user: '俺们公司建了个高技能人才培训基地 买设备花了300万 钱是职工教育经费出的', expect: askKit },
      { user: '验收过了 人社跟财政一块来验的', expect: kit(500000) },
    ],
  },
  {
    id: 'v20d13', class: 'equipment',
    probes: 'a studio not yet accepted gets no figure; after acceptance 20 %',
    turns: [
      { user: '搞了个技能大师工作室 新买的设备35万', expect: askKit },
      { user: '钱是从职工教育经费出的 验收还没弄呢', expect: noKit(70000, /7万/) },
      { user: '上礼拜验收完了 合格', expect: kit(70000) },
    ],
  },
  {
    id: 'v20d14', class: 'equipment',
    probes: 'two sites in one message: base 120万 and studio 60万 (studio capped at 10万)',
    turns: [{ user: '两个地方 一个是高技能人才培训基地 买了120万设备 一个是技能大师工作室 买了60万 都是教育经费买的 都验收合格了', expect: kitNot(340000, 360000) }],
  },
  {
    id: 'v20d15', class: 'equipment',
    probes: 'equipment paid with a bank loan: no subsidy figure',
    turns: [{ user: '培训基地的设备80万 是银行贷款买的 验收也过了 能补多少', expect: noKit(160000, /16万/) }],
  },
  {
    id: 'v20d16', class: 'apprenticeship',
    probes: 'apprenticeship subsidy per head is not fixed, even with a count',
    turns: [
      { user: '厂里带企业新型学徒 一个学徒补多少钱', expect: noFigure(['四(一)']) },
      { user: '我们有12个学徒', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v20d17', class: 'apprenticeship',
    probes: '师带徒 allowance paid from the education fund',
    turns: [{ user: '师傅带徒弟的津贴 能从职工教育经费里出吗', expect: { cites: ['六(二)'], says: [/师带徒|带徒/] } }],
  },
  {
    id: 'v20d18', class: 'period',
    probes: 'asked today whether 以工代训 can still be applied for',
    turns: [{ user: '俺砖厂现在去申请以工代训 还来得及不', expect: ended }],
  },
  {
    id: 'v20d19', class: 'period',
    probes: '[dated] a hire in 2020 inside the period; facts still open',
    turns: [{ user: '2020年9月俺们招了几个贫困户 那会儿能领以工代训补贴不', expect: { cites: ['六(一)'], noAmount: 'open' } }],
  },
  {
    id: 'v20d20', class: 'period',
    probes: '[dated] training started in 2022, after the plan ended',
    turns: [{ user: '2022年3月才开始带的 这个补贴还算不算', expect: ended }],
  },
  {
    id: 'v20d21', class: 'negation_after_noun', periodEnd: true,
    probes: 'disabled workers, insurance denied after the noun: excluded',
    turns: [{ user: '厂里招了两个残疾人 以工代训4个月 岗前没领 社保呢 厂里一直没给交', expect: noPay(1600) }],
  },
  {
    id: 'v20d22', class: 'negation_after_noun', periodEnd: true,
    probes: 'poor labour employed only 4 months, said far from the noun: excluded',
    turns: [{ user: '贫困户3个 在俺们养殖合作社 以工代训5个月 岗前补贴也没领 就是入职才4个月', expect: noPay(3000) }],
  },
  {
    id: 'v20d23', class: 'unknown_reply', periodEnd: true,
    probes: 'months unknown first, then given with insurance and claim',
    turns: [
      { user: '公司招了零就业家庭的5个人 以工代训的补贴能给不', expect: askOJT },
      { user: '几个月不知道 得问车间主任', expect: dunnoOJT },
      { user: '问了 3个月 公司交社保 岗前没领', expect: pay(3000) },
    ],
  },
  {
    id: 'v20d24', class: 'correction', periodEnd: true,
    probes: 'a 职业学校 first (excluded), then corrected to a company the school runs',
    turns: [
      { user: '我们是职业学校 招了俩贫困劳动力 干了8个月 以工代训6个月 没领岗前补贴', expect: noPay(2400) },
      { user: '说错了 不是学校 是学校办的公司 单独的企业', expect: pay(2400) },
    ],
  },
  {
    id: 'v20d25', class: 'correction', periodEnd: true,
    probes: 'count corrected from 5 to 4',
    turns: [
      { user: '合作社 贫困户5个 满半年了 以工代训4个月 岗前没领', expect: pay(4000) },
      { user: '不对 是4个 有一个走了', expect: pay(3200) },
    ],
  },
  {
    id: 'v20d26', class: 'correction', periodEnd: true,
    probes: 'months 8 capped at 6, then corrected to 5',
    turns: [
      { user: '企业 交着社保 就业困难人员2个 以工代训8个月 岗前补贴没拿', expect: payNot(2400, 3200) },
      { user: '记错了 是5个月', expect: pay(2000) },
    ],
  },
  {
    id: 'v20d27', class: 'correction',
    probes: 'equipment sum corrected from 150万 to 280万 (cap binds)',
    turns: [
      { user: '高技能人才培训基地 设备150万 职工教育经费出的 验收合格', expect: kit(300000) },
      { user: '不是150 是二百八十万', expect: kit(500000) },
    ],
  },
  {
    id: 'v20d28', class: 'topic_switch', periodEnd: true,
    probes: 'OJT facts, a side question on the education fund, then back to OJT',
    turns: [
      { user: '服装厂的 招了贫困劳动力3个 都干了7个月了', expect: askOJT },
      { user: '顺便问下 职工教育经费税前能扣多少', expect: { cites: ['六(二)'], noAmount: 'open' } },
      { user: '回到刚才那个 以工代训6个月 岗前没领', expect: pay(3600) },
    ],
  },
  {
    id: 'v20d29', class: 'one_group',
    probes: '[two-part] rate per month and longest duration',
    turns: [{ user: '以工代训一个人一个月给多少 最长给几个月', expect: { says: [/200/, /6\s*个月|六个月/], cites: ['六(一)'] } }],
  },
  {
    id: 'v20d30', class: 'equipment',
    probes: '[two-part] the caps of a studio and of a base',
    turns: [{ user: '大师工作室买设备最多补多少 培训基地呢', expect: { says: [/10\s*万/, /50\s*万/], cites: ['四(一)'] } }],
  },
  {
    id: 'v20d31', class: 'one_group',
    probes: '[contact] where to apply for 以工代训',
    turns: [{ user: '以工代训的补贴去哪申请 找哪个部门', expect: office }],
  },
  {
    id: 'v20d32', class: 'equipment',
    probes: '[contact] who accepts the equipment',
    turns: [{ user: '设备买完了 谁来验收', expect: { says: [/人力资源社会保障|人社/, /财政/], cites: ['四(一)'] } }],
  },
  {
    id: 'v20d33', class: 'several_groups', periodEnd: true,
    probes: 'three groups with different months in one message, all said',
    turns: [{ user: '俺们是家具厂 交社保的 贫困户4个 干了一年了 以工代训6个月 零就业家庭的1个 以工代训2个月 残疾人2个 以工代训3个月 都没领岗前', expect: pay(6400) }],
  },
  {
    id: 'v20d34', class: 'several_groups', periodEnd: true,
    probes: 'two groups, one already claimed the 岗前 subsidy',
    turns: [{ user: '物流公司 参保的 就业困难人员3个以工代训4个月 岗前补贴领过了 零就业家庭2个以工代训5个月 岗前没领', expect: payNot(2000, 4400) }],
  },
  {
    id: 'v20d35', class: 'negation_after_noun',
    probes: 'veterans are no 以工代训 group',
    turns: [{ user: '招了5个退伍军人 以工代训6个月 岗前没领 能补多少', expect: notYes(6000) }],
  },
  {
    id: 'v20d36', class: 'negation_after_noun',
    probes: 'ordinary migrant workers are no 以工代训 group',
    turns: [{ user: '工地上招的农民工10个 不是贫困户 以工代训能补不', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, cites: ['六(一)'] } }],
  },
  {
    id: 'v20d37', class: 'unknown_reply', periodEnd: true,
    probes: 'insurance unknown, then the boss confirms',
    turns: [
      { user: '超市 招了1个残疾人 以工代训6个月 岗前没领', expect: askOJT },
      { user: '社保交没交我不清楚 老板管的', expect: dunnoOJT },
      { user: '老板说交了 超市是公司', expect: pay(1200) },
    ],
  },
  {
    id: 'v20d38', class: 'unknown_reply', periodEnd: true,
    probes: 'months employed unknown, then all over six',
    turns: [
      { user: '扶贫车间 贫困户7个 以工代训3个月 岗前没领', expect: askOJT },
      { user: '上班多久了不知道 有长有短', expect: dunnoOJT },
      { user: '查了 都满六个月了', expect: pay(4200) },
    ],
  },
  {
    id: 'v20d39', class: 'education_fund',
    probes: 'payroll missing, unknown, then given (8 % binds)',
    turns: [
      { user: '公司职工教育经费提了50万 能抵多少税', expect: askFund },
      { user: '工资总额我不清楚', expect: askFund },
      { user: '财务说工资总额六百万', expect: deduct(480000) },
    ],
  },
  {
    id: 'v20d40', class: 'education_fund',
    probes: 'fund below 8 % of payroll: the fund is the deduction',
    turns: [{ user: '工资薪金总额2000万 教育经费提了100万 税前扣除是多少', expect: deduct(1000000) }],
  },
  {
    id: 'v20d41', class: 'education_fund',
    probes: 'the 8 % is no cash from the government',
    turns: [{ user: '教育经费那个百分之八 是政府给我们发钱吗', expect: { says: [/税前/], cites: ['六(二)'], mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/] } }],
  },
  {
    id: 'v20d42', class: 'education_fund',
    probes: 'share of the fund for front-line workers',
    turns: [{ user: '职工教育经费有多少得花在一线工人身上', expect: { says: [/60\s*[%％]|百分之六十/], cites: ['六(二)'] } }],
  },
  {
    id: 'v20d43', class: 'person_training',
    probes: 'a poor family whose child is at a 技工学校: aid with no fixed amount',
    turns: [{ user: '俺闺女上技工学校 家里是建档立卡的 有补助没', expect: noFigure(['三(三)']) }],
  },
  {
    id: 'v20d44', class: 'person_training',
    probes: '[two-part] times a year and repeat of the same level',
    turns: [{ user: '一年能考几回证拿补贴 同一个工种同一个等级能重复领吗', expect: { says: [/3\s*次|三次/, /不(可|能|得)重复/], cites: ['七(二)'] } }],
  },
  {
    id: 'v20d45', class: 'entrepreneurship',
    probes: 'returning migrant wants to farm; then [contact] who to ask',
    turns: [
      { user: '在外面打工回来了 想搞养殖 创业培训在哪报 补多少', expect: noFigure(['三(八)']) },
      { user: '找哪个单位问', expect: office },
    ],
  },
  {
    id: 'v20d46', class: 'entrepreneurship',
    probes: 'a graduate without a job wants a web shop: entrepreneurship training',
    turns: [{ user: '大学毕业没找着工作 想开个网店 创业培训能参加吗', expect: { cites: ['三(八)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v20d47', class: 'one_group',
    probes: 'project training: 50 % of 30万 in advance',
    turns: [{ user: '培训学校搞项目制培训 补贴总额30万 能先拨多少', expect: advance(150000) }],
  },
  {
    id: 'v20d48', class: 'correction',
    probes: 'project subsidy sum corrected from 8万 to 18万',
    turns: [
      { user: '企业自己搞培训 补贴资金算下来8万 能先拨多少', expect: advance(40000) },
      { user: '说错了 是十八万', expect: advance(90000) },
    ],
  },
  {
    id: 'v20d49', class: 'negation_after_noun', periodEnd: true,
    probes: 'driving school hires two 就业困难 people; 岗前 subsidy already claimed',
    turns: [
      { user: '俺驾校是公司 交社保 招了俩就业困难的当教练助理 以工代训6个月', expect: askOJT },
      { user: '岗前补贴 领了', expect: noPay(2400) },
    ],
  },
  {
    id: 'v20d50', class: 'topic_switch',
    probes: 'studio equipment, a period question in between, then acceptance',
    turns: [
      { user: '砖厂弄了个技能大师工作室 设备40万 是教育经费买的', expect: askKit },
      { user: '对了 以工代训那个补贴申报到啥时候截止', expect: ended },
      { user: '工作室验收通过了', expect: kit(80000) },
    ],
  },
  {
    id: 'v20d51', class: 'equipment',
    probes: 'whether a live-stream training room counts as a base is not settled',
    turns: [
      { user: '我们跨境电商有个直播培训室 算不算高技能人才培训基地', expect: { noAmount: 'open' } },
      { user: '设备花了90万', expect: { noAmount: 'open', notVerdict: { rule: 'equipment_subsidy', status: 'eligible' } } },
    ],
  },
  {
    id: 'v20d52', class: 'one_group', periodEnd: true,
    probes: 'counts in 大写 numerals',
    turns: [{ user: '企业 贫困劳动力叁个 工作满七个月 以工代训肆个月 岗前没有领', expect: pay(2400) }],
  },
  {
    id: 'v20d53', class: 'one_group', periodEnd: true,
    probes: 'full-width numerals',
    turns: [{ user: '合作社 贫困户２个 干了１０个月 以工代训５个月 岗前没领过', expect: pay(2000) }],
  },
  {
    id: 'v20d54', class: 'one_group', periodEnd: true,
    probes: 'traditional characters',
    turns: [{ user: '我們是紙箱廠 參保企業 零就業家庭成員3人 以工代訓4個月 崗前培訓補貼沒有領', expect: pay(2400) }],
  },
  {
    id: 'v20d55', class: 'one_group', periodEnd: true,
    probes: 'bare replies only',
    turns: [
      { user: '以工代训补贴', expect: askOJT },
      { user: '企业 贫困户', expect: askOJT },
      { user: '6个', expect: askOJT },
      { user: '干了一年了 以工代训半年', expect: askOJT },
      { user: '没领', expect: pay(7200) },
    ],
  },
  {
    id: 'v20d56', class: 'correction', periodEnd: true,
    probes: 'group kind corrected from 贫困户 (5 months employed) to 零就业家庭 in an insured factory',
    turns: [
      { user: '厂里 贫困户2个 以工代训3个月 岗前没领 入职5个月', expect: noPay(1200) },
      { user: '搞错了 不是贫困户 是零就业家庭的 厂里交社保', expect: pay(1200) },
    ],
  },
  {
    id: 'v20d57', class: 'unknown_reply', periodEnd: true,
    probes: '以工代训 months not remembered, then two',
    turns: [
      { user: '合作社招了4个贫困户 满一年了 岗前没领 以工代训几个月记不清了', expect: dunnoOJT },
      { user: '查了 是两个月', expect: pay(1600) },
    ],
  },
  {
    id: 'v20d58', class: 'person_training', periodEnd: true,
    probes: 'the steelworker himself, 就业困难, hired by an insured factory',
    turns: [
      { user: '我是下岗的 算就业困难人员 要是去个厂子上班 厂子能领以工代训不', expect: askOJT },
      { user: '厂里交社保 以工代训5个月 岗前没领 就我一个', expect: pay(1000) },
    ],
  },
  {
    id: 'v20d59', class: 'education_fund',
    probes: 'a rough payroll; the fund is below 8 %',
    turns: [{ user: '工资总额大概三千万左右 教育经费提了两百万 税前能扣多少', expect: deduct(2000000) }],
  },
  {
    id: 'v20d60', class: 'period',
    probes: 'when the plan ends',
    turns: [{ user: '这个技能提升的方案到哪年结束', expect: ended }],
  },
  {
    id: 'v20d61', class: 'period', periodEnd: true,
    probes: '[dated] a hire in October 2021, inside the period',
    turns: [{ user: '2021年10月招了1个零就业家庭的 企业参保 以工代训3个月 岗前没领 能补多少', expect: pay(600) }],
  },
  {
    id: 'v20d62', class: 'apprenticeship',
    probes: 'cement plant apprentices: no fixed amount',
    turns: [{ user: '我们水泥厂签了8个企业新型学徒 补贴咋算', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v20d63', class: 'several_groups', periodEnd: true,
    probes: 'two rows of poor labour, the second count corrected',
    turns: [
      { user: '扶贫车间 贫困劳动力5个 都满半年 以工代训3个月 另外还有2个贫困户 以工代训5个月 也满半年了 都没领岗前', expect: pay(5000) },
      { user: '后面那个不是2个 是3个', expect: pay(6000) },
    ],
  },
  {
    id: 'v20d64', class: 'several_groups', periodEnd: true,
    probes: 'a cadre relays one disabled villager at an insured restaurant company',
    turns: [{ user: '村里王婶是残疾人 在县里饭店上班 饭店是公司 交社保 以工代训两个月 岗前没领', expect: pay(400) }],
  },
  {
    id: 'v20d65', class: 'education_fund',
    probes: 'fund corrected upwards so 8 % of payroll binds',
    turns: [
      { user: '教育经费提了30万 工资总额500万', expect: deduct(300000) },
      { user: '不对 提了45万', expect: deduct(400000) },
    ],
  },
  {
    id: 'v20d66', class: 'unknown_reply',
    probes: 'equipment value unknown, then given',
    turns: [
      { user: '建了高技能人才培训基地 用的教育经费 验收合格了', expect: askKit },
      { user: '设备一共多少钱我不知道 得问采购', expect: dunnoKit },
      { user: '采购说210万', expect: kit(420000) },
    ],
  },
  {
    id: 'v20d67', class: 'entrepreneurship',
    probes: '[two-part] who may take entrepreneurship training and whether a sum is fixed',
    turns: [{ user: '创业培训都谁能参加 一个人补多少钱', expect: { ...noFigure(['三(八)']) } }],
  },
  {
    id: 'v20d68', class: 'apprenticeship',
    probes: 'how many new apprentices the plan aims for',
    turns: [{ user: '水泥厂会计问下 全市新型学徒三年计划培养几个人', expect: { says: [/2\s*万|两万|20000/], cites: ['四(一)'] } }],
  },
  {
    id: 'v20d69', class: 'period',
    probes: 'unsettled: a deadline for filing that the plan does not set',
    turns: [{ user: '以工代训的材料每年几月份交', expect: unsettled }],
  },
  {
    id: 'v20d70', class: 'topic_switch', periodEnd: true,
    probes: 'a cement accountant switches from payroll to OJT and back',
    turns: [
      { user: '工资总额4000万 教育经费提了250万', expect: deduct(2500000) },
      { user: '还有 公司招了贫困户2个 满八个月 以工代训6个月 岗前没领', expect: pay(2400) },
      { user: '那教育经费要是提了350万呢', expect: deduct(3200000) },
    ],
  },
];
