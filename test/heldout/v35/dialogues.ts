/**
 * HELD-OUT dialogues, set v35 — written on 2026-11-30, BLIND, from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, the dev sets under test/core/ or the
 * messages of any other held-out set. Only the format of v15 (its header and first lines) was
 * looked at. Not to be tuned on: no word of these messages goes into a glossary, pattern or
 * fixture. Once a dialogue has been fixed by a targeted change it measures nothing any more.
 *
 * Who types here: a brick-factory owner who sends two or three words at a time (砖厂), a 农民工
 * back from 广东 who wants to learn a trade, a women's handicraft 扶贫车间, the HR of a logistics
 * park (物流园), the safety manager of a chemical plant (化工厂), the principal of a 技工学校 run
 * by an enterprise, a mother whose daughter (建档立卡) attends a 中职, a veteran who is also
 * disabled, a company accountant whose figures run in 亿 / 千万, and a call-centre agent pasting
 * a caller's long message. WeChat in Henan: dialect (俺 / 咋 / 木 / 中 / 啥 / 恁), homophones
 * (以工带训, 社宝, 岗钱), odd spacing, full-width digits, Chinese numerals (仨 / 一万五 / 八千万),
 * bare replies (对嘞 / 不是嘞) to the one question left open, and people who start over with
 * 重新开始 / 换一家 — the second employer's case must not borrow the first one's facts or sum.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, insurance where the rule needs it, months employed for poor labour, fund source and
 * acceptance of equipment, payroll and fund drawn) must be asked; "不知道/不清楚" leaves it open.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; 建档立卡贫困劳动力
 *   employed ≥ 6 months by an enterprise / cooperative / 扶贫车间 (a 技工学校 is a 职业院校, no
 *   production entity); 就业困难人员 (incl. 残疾人) and 零就业家庭成员 only with an insured
 *   enterprise (a 扶贫车间 is not one); 退役军人 is no group; 岗前培训补贴 claimed → none.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted; a 安全生产和技能实训基地 is neither a base nor a studio.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, training subsidy per person, 生活费补贴, entrepreneurship training, student
 *   and family aid, school support, competition 奖补: the plan fixes no amount.
 * - The plan ran 2019-12-02 to 2021-12-31: every dialogue about what someone can get carries
 *   periodEnd; a dated question about 2020 is answered for 2020, one about 2022 says it ended.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [restart], [bare-reply], [numbers].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** One 以工代训 fact is still missing: a question, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道": no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figures a misreading would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (...wrong: number[]): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: wrong.map(String) });
/** A fact was answered by a bare 对 / 不是: either the amount, or one more question with no figure. */
const bareYes = (yuan: number): TurnExpect => ({ oneOf: [pay(yuan), { asks: true, noAmount: 'open' }] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...wrong.map(String)],
});
/** An education-fund fact is missing. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** Training subsidy for a person: no figure, not refused, asked or cited. */
const trainOpen: TurnExpect = {
  noAmount: 'unfixed',
  notVerdict: { rule: 'vocational_training', status: 'ineligible' },
  oneOf: [{ asks: true }, { cites: ['七(二)', '三(二)', '六(一)'] }],
};

export const DIALOGUES_V35: Dialogue[] = [
  // ------------------------------------------------------------ brick factory, short messages
  {
    id: 'v35d01',
    class: 'one_group',
    probes: 'facts dripped in two words at a time; no figure until 岗前 is said',
    periodEnd: true,
    turns: [
      { user: '砖厂 招了贫困户', expect: askOJT },
      { user: '４个 都是建档立卡的', expect: askOJT },
      { user: '在厂里干了八个月了', expect: askOJT },
      { user: '以工带训 搞了仨月', expect: askOJT },
      { user: '岗前补贴木领', expect: pay(2400) },
    ],
  },
  {
    id: 'v35d02',
    class: 'correction',
    probes: 'the count is corrected from 2 to 3; the old figure must go',
    periodEnd: true,
    turns: [
      { user: '砖厂 俩建档立卡的 干了一年 以工代训六个月 岗前的木领过', expect: pay(2400) },
      { user: '说错了 是仨人', expect: payNot(3600, 2400) },
    ],
  },
  {
    id: 'v35d03',
    class: 'negation_after_noun',
    probes: 'negation of 岗前 comes after the noun with words between',
    periodEnd: true,
    turns: [{ user: '贫困户仨 在俺砖厂干了10个月 以工代训5个月 岗前那个补贴 俺 从来 木 领过', expect: pay(3000) }],
  },
  {
    id: 'v35d35',
    class: 'one_group',
    probes: '[bare-reply] only insurance is open; a bare 对嘞 answers it',
    periodEnd: true,
    turns: [
      { user: '砖厂 招了仨就业困难人员 以工代训5个月 岗前补贴没领', expect: askOJT },
      { user: '对嘞 对嘞', expect: bareYes(3000) },
    ],
  },
  {
    id: 'v35d46',
    class: 'entrepreneurship',
    probes: 'a business open six years: the 5-year line of 三(八) must be named',
    turns: [{ user: '砖厂开了六年了 算小微企业 俺能参加创业培训不', expect: { noAmount: 'unfixed', cites: ['三(八)'], says: [/5\s*年|五年/] } }],
  },
  {
    id: 'v35d51',
    class: 'period',
    probes: '[dated] 2022: the plan had ended',
    periodEnd: true,
    turns: [{ user: '2022年了 俺砖厂招的贫困户 以工代训补贴还能申请不', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v35d64',
    class: 'topic_switch',
    probes: 'a rate lookup, then an unrelated question that must be declined',
    turns: [
      { user: '砖厂招贫困户 搞以工代训 补贴标准是多少', expect: { cites: ['六(一)'], says: [/200/] } },
      { user: '跟上面没关系 俺闺女想考公务员 咋报名', expect: decline },
    ],
  },
  {
    id: 'v35d31',
    class: 'topic_switch',
    probes: '[restart] a second employer after 重新开始: its 岗前 fact is asked, figures never summed',
    periodEnd: true,
    turns: [
      { user: '砖厂 贫困户3个 干了9个月 以工代训5个月 岗前的没领', expect: pay(3000) },
      { user: '重新开始 换成俺表哥的合作社 贫困户2个 干了半年 以工代训2个月', expect: { ...askOJT, mustNotContain: ['3800'] } },
      { user: '岗前补贴 他那也没领', expect: payNot(800, 3800) },
    ],
  },

  // ------------------------------------------------------------ logistics park HR
  {
    id: 'v35d04',
    class: 'several_groups',
    probes: 'two groups with their own months; neither borrows the other\'s',
    periodEnd: true,
    turns: [
      {
        user: '物流园人事 公司参保的 招了就业困难人员6个 以工代训4个月 零就业家庭的2个 以工代训6个月 都没领岗前补贴',
        expect: payNot(7200, 9600, 6400),
      },
    ],
  },
  {
    id: 'v35d05',
    class: 'several_groups',
    probes: 'poor labour employed only 4 months drops out; the disabled row stays',
    periodEnd: true,
    turns: [
      { user: '公司交着社保 贫困劳动力３个 刚来4个月 以工代训4个月；残疾人2个 以工代训5个月；岗前补贴都木领', expect: payNot(2000, 4400) },
    ],
  },
  {
    id: 'v35d06',
    class: 'several_groups',
    probes: '退役军人 is no group: only the poor-labour row is paid',
    periodEnd: true,
    turns: [
      { user: '物流公司 参保 招了退役军人5个 以工代训6个月；建档立卡的4个 干满一年 以工代训2个月；岗前补贴一个都没领', expect: payNot(1600, 7600) },
    ],
  },
  {
    id: 'v35d32',
    class: 'topic_switch',
    probes: '[restart] 换一家: the second company is uninsured; the first one\'s insurance must not carry over',
    periodEnd: true,
    turns: [
      { user: '物流公司 参保 就业困难人员4个 以工代训3个月 没领岗前', expect: pay(2400) },
      { user: '换一家问 另一家公司 木参保 就业困难人员3个 以工代训6个月 岗前补贴也没领', expect: noPay(3600, 6000) },
    ],
  },
  {
    id: 'v35d48',
    class: 'apprenticeship',
    probes: 'apprentices per head: no amount fixed, no 200 × count',
    periodEnd: true,
    turns: [{ user: '物流园 搞新型学徒 带了30个学徒 一人能补多少钱', expect: { ...noFigure(['四(一)']), mustNotContain: ['6000', '36000'] } }],
  },
  {
    id: 'v35d56',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 3 to 5',
    periodEnd: true,
    turns: [
      { user: '公司参保 招了就业困难的 4个 以工代训3个月 岗前没领', expect: pay(2400) },
      { user: '等下 不对 是以工代训5个月', expect: payNot(4000, 2400) },
    ],
  },

  // ------------------------------------------------------------ women's handicraft 扶贫车间
  {
    id: 'v35d08',
    class: 'one_group',
    probes: 'a vague count (十来个) is asked, then settled',
    periodEnd: true,
    turns: [
      { user: '俺是村里手工编织扶贫车间的 收了十来个贫困户妇女 能有补贴不', expect: askOJT },
      { user: '准确说是12个 都是建档立卡的 干了七个月', expect: askOJT },
      { user: '以工代训 五个月 岗前补贴没领呀', expect: pay(12000) },
    ],
  },
  {
    id: 'v35d09',
    class: 'several_groups',
    probes: 'a 扶贫车间 is no insured enterprise: the disabled row does not count',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困户3个 干了8个月 以工代训4个月；还有两个残疾人 以工代训5个月 岗前的补贴都没领过', expect: payNot(2400, 4400) },
    ],
  },
  {
    id: 'v35d10',
    class: 'unknown_reply',
    probes: '不清楚 about 岗前 leaves it open; the later answer settles it',
    periodEnd: true,
    turns: [
      { user: '妇女手工扶贫车间 建档立卡妇女6个 干了8个月 以工代训6个月', expect: askOJT },
      { user: '岗前补贴领没领 俺也不清楚 会计管这', expect: dunnoOJT },
      { user: '问了会计 岗前那个 木领', expect: pay(7200) },
    ],
  },
  {
    id: 'v35d33',
    class: 'one_group',
    probes: '[restart] a second unit after 重新开始: insurance and 岗前 asked anew, no sum',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困户5个 干了8个月 以工代训3个月 岗前补贴没领', expect: pay(3000) },
      { user: '重新开始 另一个企业 零就业家庭成员2个 以工代训4个月', expect: { ...askOJT, mustNotContain: ['4600'] } },
      { user: '企业交社保 岗前补贴没领', expect: payNot(1600, 4600) },
    ],
  },
  {
    id: 'v35d52',
    class: 'period',
    probes: '[dated] 2020: the rate then in force',
    turns: [{ user: '2020年那会 扶贫车间吸纳贫困劳动力 搞以工代训 每人每月 补多少', expect: { cites: ['六(一)'], says: [/200/] } }],
  },

  // ------------------------------------------------------------ chemical plant safety manager
  {
    id: 'v35d11',
    class: 'equipment',
    probes: '[numbers] 150万 of equipment for a base: 20 %',
    periodEnd: true,
    turns: [{ user: '化工厂 高技能人才培训基地 新买实训设备150万 职工教育经费出的 人社财政都验收了 能补多少', expect: kit(300000) }],
  },
  {
    id: 'v35d12',
    class: 'equipment',
    probes: 'a master studio hits its 10万 cap',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室 设备 六十万 职工教育经费出的 验收合格了 补多少',
        expect: { amount: { rule: 'equipment_subsidy', yuan: 100000 }, mustNotContain: ['120000', /(?<![\d.])12\s*万/] },
      },
    ],
  },
  {
    id: 'v35d13',
    class: 'equipment',
    probes: 'a 安全生产实训基地 is neither base nor studio: no 20 % figure',
    turns: [
      {
        user: '化工厂 依托俺们建了安全生产和技能实训基地 新买设备八十万 职工教育经费出的 验收也过了 能按20%补吗',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['160000', /(?<![\d.])16\s*万/] },
      },
    ],
  },
  {
    id: 'v35d14',
    class: 'unknown_reply',
    probes: 'fund source unknown, then given',
    periodEnd: true,
    turns: [
      { user: '化工企业 高技能人才培训基地 新购设备 二百四十万 已经验收', expect: askKit },
      { user: '钱从哪笔出的 不知道 得问财务', expect: dunnoKit },
      { user: '财务回话了 是职工教育经费列支的', expect: kit(480000) },
    ],
  },
  {
    id: 'v35d15',
    class: 'topic_switch',
    probes: '[contact] who runs safety training, then a separate question on the 60 % share',
    turns: [
      { user: '化工厂安全科的 高危行业 从业人员安全技能培训 归哪个部门管', expect: { cites: ['三(六)'], says: [/应急局/] } },
      { user: '另外 职工教育经费 用在一线职工身上 比例有要求没', expect: { cites: ['六(二)'], says: [/60/] } },
    ],
  },
  {
    id: 'v35d49',
    class: 'apprenticeship',
    probes: 'apprenticeship funding (no amount), then 师带徒 from the fund',
    periodEnd: true,
    turns: [
      { user: '化工厂 想搞企业新型学徒制 有资金补贴吗', expect: noFigure(['四(一)']) },
      { user: '老师傅带徒弟的师带徒津贴 化工厂能从职工教育经费里列支不', expect: { cites: ['六(二)'], says: [/师带徒/] } },
    ],
  },
  {
    id: 'v35d59',
    class: 'correction',
    probes: 'studio corrected to base: the 10万 cap gives way to 20 %',
    periodEnd: true,
    turns: [
      { user: '大师工作室 新添设备八十万 教育经费列支 验收了', expect: kit(100000) },
      { user: '刚才说岔了 俺那不是大师工作室 是个高技能人才培训基地', expect: kit(160000) },
    ],
  },
  {
    id: 'v35d70',
    class: 'negation_after_noun',
    probes: 'the fund source is denied after the noun: no equipment figure',
    turns: [
      {
        user: '技能大师工作室 新设备三十万 验收过了 钱 不是 从职工教育经费走的 是老板另外拿的',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['60000', /(?<![\d.])6\s*万/] },
      },
    ],
  },
  {
    id: 'v35d54',
    class: 'period',
    probes: '[dated] equipment bought in 2022: the plan had ended',
    periodEnd: true,
    turns: [{ user: '22年新买的实训设备 还能按百分之二十补不', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v35d62',
    class: 'equipment',
    probes: '[numbers] 7.5万 for a studio gives 1.5万',
    periodEnd: true,
    turns: [{ user: '技能大师工作室 设备 7.5万 教育经费买的 验收合格 补多少', expect: kit(15000) }],
  },

  // ------------------------------------------------------------ 技工学校 principal
  {
    id: 'v35d16',
    class: 'topic_switch',
    probes: 'support for an enterprise-run school (no amount), then the 50 % of training income',
    periodEnd: true,
    turns: [
      {
        user: '俺是技工学校校长 学校是一家企业办的 就在郑州 方案里对这种学校有啥资金支持',
        expect: { ...noFigure(['四(一)']), says: [/毕业生就业人数|培训实训人数/] },
      },
      { user: '那学校搞培训收的钱 能不能算进公用经费', expect: { cites: ['四(二)'], says: [/50/] } },
    ],
  },
  {
    id: 'v35d17',
    class: 'topic_switch',
    probes: '[two-part] aid for schools admitting poor students, then competition 奖补',
    periodEnd: true,
    turns: [
      { user: '学校招了不少建档立卡户家的学生 学校能有补助吗 补多少', expect: noFigure(['三(十四)']) },
      { user: '还有 组织学生备战技能大赛集训 有奖补没', expect: noFigure(['三(十五)']) },
    ],
  },
  {
    id: 'v35d73',
    class: 'one_group',
    probes: 'a 技工学校 is a 职业院校, no production entity: no 以工代训',
    periodEnd: true,
    turns: [{ user: '俺技工学校 雇了俩建档立卡贫困户 当保洁 干了一年 以工代训6个月 岗前没领 学校能拿以工代训补贴不', expect: noPay(2400) }],
  },

  // ------------------------------------------------------------ mother of a 中职 student
  {
    id: 'v35d18',
    class: 'person_training',
    probes: 'a 建档立卡 daughter at a 中职: 助学金 and 免学费, no amount',
    periodEnd: true,
    turns: [
      {
        user: '俺闺女在中职上学 家是建档立卡户 她能领助学金不 一年多少钱',
        expect: { ...noFigure(['三(三)', '三(十四)']), says: [/助学金/], notVerdict: { rule: 'poor_family_student_aid', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v35d19',
    class: 'negation_after_noun',
    probes: '"不是低保户" must not turn into "not a poor family"',
    periodEnd: true,
    turns: [
      {
        user: '俺家 建档立卡贫困户 不是低保户哈 闺女在技校读书 家里能有啥补助',
        expect: {
          ...noFigure(['三(三)', '三(十四)']),
          notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' },
          mustNotContain: [/不是贫困家庭/, /不属于贫困/],
        },
      },
    ],
  },

  // ------------------------------------------------------------ veteran who is also disabled
  {
    id: 'v35d20',
    class: 'person_training',
    probes: 'a disabled veteran wants training: open facts asked, no figure',
    periodEnd: true,
    turns: [
      { user: '俺是退伍兵 腿有残疾 有残疾证 想学电工 培训有补贴木', expect: trainOpen },
      {
        user: '在户籍地学 学完考证 今年一次补贴也木领过 也木有养老金',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v35d21',
    class: 'several_groups',
    probes: 'one hire who is both veteran and disabled counts once, as 残疾人',
    periodEnd: true,
    turns: [{ user: '公司参保 招了个退役军人 他也是残疾人 以工代训4个月 岗前补贴没领', expect: payNot(800, 1600) }],
  },
  {
    id: 'v35d22',
    class: 'topic_switch',
    probes: 'veterans\' training, then traffic rules: declined',
    periodEnd: true,
    turns: [
      { user: '退役军人 有没有免费的技能培训', expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)'] } },
      { user: '换个事 郑州今天限号尾数是几', expect: decline },
    ],
  },

  // ------------------------------------------------------------ accountant: 亿 / 千万
  {
    id: 'v35d23',
    class: 'education_fund',
    probes: '[numbers] 1.5亿 payroll caps a 1500万 fund at 1200万',
    periodEnd: true,
    turns: [{ user: '会计 问下 公司全年工资薪金总额1.5亿 职工教育经费提了1500万 税前能扣多少', expect: deduct(12000000, 15000000) }],
  },
  {
    id: 'v35d24',
    class: 'education_fund',
    probes: '[numbers] 八千万 payroll, 五百万 fund: the whole fund',
    periodEnd: true,
    turns: [{ user: '工资总额 八千万 教育经费 提了五百万 能税前扣多少', expect: deduct(5000000) }],
  },
  {
    id: 'v35d25',
    class: 'unknown_reply',
    probes: 'payroll unknown leaves the deduction open; then 一亿二千万',
    periodEnd: true,
    turns: [
      { user: '教育经费 今年提了 1200万 能全扣吗', expect: { ...askFund, asks: true } },
      { user: '工资总额 具体数 还没出来 不清楚', expect: askFund },
      { user: '出来了 工资薪金总额 一亿二千万', expect: deduct(9600000, 12000000) },
    ],
  },
  {
    id: 'v35d26',
    class: 'education_fund',
    probes: '[numbers] 15万 payroll, 一万五 fund: capped at 12000',
    periodEnd: true,
    turns: [{ user: '小公司 一年工资总额 15万 教育经费提了一万五 税前能扣多少', expect: deduct(12000) }],
  },
  {
    id: 'v35d27',
    class: 'education_fund',
    probes: '[two-part] deduction plus the 60 % front-line share',
    periodEnd: true,
    turns: [
      {
        user: '教育经费800万 工资总额2亿 一线职工培训只用了一半 税前能扣多少 一线用一半有问题没',
        expect: { ...deduct(8000000), says: [/税前/, /60\s*%|百分之六十/] },
      },
    ],
  },
  {
    id: 'v35d58',
    class: 'correction',
    probes: 'fund corrected from 150万 to 200万: the cap now bites',
    periodEnd: true,
    turns: [
      { user: '工资总额两千万 教育经费一百五十万 税前扣除能扣多少', expect: deduct(1500000) },
      { user: '不对 教育经费是两百万', expect: deduct(1600000) },
    ],
  },
  {
    id: 'v35d61',
    class: 'education_fund',
    probes: '[numbers] 15000 fund, 二十万 payroll: all of it',
    periodEnd: true,
    turns: [{ user: '教育经费 15000 工资总额 二十万 能在税前全扣掉不', expect: deduct(15000) }],
  },

  // ------------------------------------------------------------ call-centre agent
  {
    id: 'v35d28',
    class: 'several_groups',
    probes: 'a long pasted message with two groups and their own months',
    periodEnd: true,
    turns: [
      {
        user:
          '【来电人原话】您好，我们是郑东新区一家做仓储的公司，社保一直正常缴纳。去年到今年先后招了5名就业困难人员，每人都做了以工代训，时间是3个月；另外还有4名零就业家庭的成员，以工代训做满了6个月。这些人都没有申请过新录用人员岗前技能培训补贴。想问一下按郑州的职业技能提升方案，公司一共能拿多少以工代训补贴？——坐席代问',
        expect: payNot(7800, 10800, 5400),
      },
    ],
  },
  {
    id: 'v35d29',
    class: 'negation_after_noun',
    probes: 'insurance denied late in a pasted message: no 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '来电内容：我开了个小饭店，注册的是公司。招了两个就业困难人员，以工代训弄了4个月，岗前补贴没领。社保这块，说实话，店里一直没给他们交。这种能补吗？',
        expect: noPay(1600),
      },
    ],
  },
  {
    id: 'v35d30',
    class: 'unknown_reply',
    probes: 'months employed unknown for poor labour; then given',
    periodEnd: true,
    turns: [
      {
        user: '坐席转述：来电人是合作社负责人，吸纳了建档立卡贫困劳动力7人，以工代训4个月，岗前补贴没有领，但这些人在合作社具体干了多长时间，来电人说他记不清了。请问能补多少？',
        expect: dunnoOJT,
      },
      { user: '来电人又补充：在合作社都干了一年多了', expect: pay(5600) },
    ],
  },
  {
    id: 'v35d67',
    class: 'several_groups',
    probes: 'a pasted message: poor labour 4 months, disabled 2 months',
    periodEnd: true,
    turns: [
      {
        user:
          '客户原话如下：“俺是荥阳的，开了个面粉厂，是正规企业，社保也交着。前后招了建档立卡的贫困户三个，都干了十个月了，以工代训做了四个月；还招了一个残疾人，以工代训做了两个月。岗前培训补贴这几个人都没领过。”客户想知道一共能补多少。',
        expect: payNot(2800, 3200),
      },
    ],
  },
  {
    id: 'v35d68',
    class: 'entrepreneurship',
    probes: '[two-part] a graduate wants to open a shop; 失业金 is another policy',
    periodEnd: true,
    turns: [
      {
        user: '转述来电：大学毕业两年了一直没找到工作，想自己开个奶茶店，问有没有创业方面的培训；另外失业金咋领',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },

  // ------------------------------------------------------------ 农民工 back from 广东
  {
    id: 'v35d40',
    class: 'person_training',
    probes: 'training wish, place given, then a 生活费 question the plan does not settle',
    periodEnd: true,
    turns: [
      { user: '在广东打了八年工 今年回河南老家了 想学门手艺 培训给补贴吗', expect: trainOpen },
      { user: '就在老家学 户口也在这 学完能考证', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] } },
      { user: '学的时候 有木有生活费补贴 一天给多少', expect: unsettled },
    ],
  },
  {
    id: 'v35d41',
    class: 'period',
    probes: '[dated] 2020 training with a certificate: answered for 2020, no figure',
    turns: [{ user: '2020年从广东回来 在郑州常住地参加了焊工培训 拿了证 那时候能补不', expect: { noAmount: 'unfixed', cites: ['七(二)'] } }],
  },
  {
    id: 'v35d42',
    class: 'negation_after_noun',
    probes: '"木有 … 养老金" must not become a pension',
    periodEnd: true,
    turns: [
      {
        user: '从广东回来的农民工 木有 按月领养老金的资格 在户籍地学的厨师 证也拿了',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v35d43',
    class: 'person_training',
    probes: 'three subsidies this year already: the 3-per-year limit',
    turns: [
      {
        user: '今年已经领过三回培训补贴了 还能再领第四回不',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/3\s*次|三次/] },
      },
    ],
  },
  {
    id: 'v35d44',
    class: 'person_training',
    probes: 'same occupation and level again: not repeated',
    turns: [
      {
        user: '电工中级 去年补过一回 今年想再考一回电工中级 还能补吗',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v35d45',
    class: 'entrepreneurship',
    probes: 'a wish to open a shop is enough for 创业培训',
    periodEnd: true,
    turns: [
      {
        user: '从广东回来 想在镇上开个小超市 有创业培训没',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v35d47',
    class: 'entrepreneurship',
    probes: 'a 中职 student may take 创业意识 training; the per-head amount is not set',
    periodEnd: true,
    turns: [
      { user: '中职在校生 能不能参加创业意识培训', expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '那创业培训补贴 一人给多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v35d74',
    class: 'period',
    probes: '[dated] a 2022 training under this plan: it had ended',
    periodEnd: true,
    turns: [{ user: '2022年参加的叉车培训 还能按这个方案领补贴不', expect: { ...ended, noAmount: 'unfixed' } }],
  },

  // ------------------------------------------------------------ more employers
  {
    id: 'v35d07',
    class: 'one_group',
    probes: '8 months of 以工代训 are paid as 6',
    periodEnd: true,
    turns: [{ user: '合作社 吸纳建档立卡贫困劳动力2人 已经干了9个月 以工带训搞了8个月 没领过岗前培训补贴', expect: payNot(2400, 3200) }],
  },
  {
    id: 'v35d34',
    class: 'topic_switch',
    probes: '[restart] company A claimed 岗前, company B did not: B\'s case stands alone',
    periodEnd: true,
    turns: [
      { user: '公司A 参保 残疾人3个 以工代训6个月 岗前的领过了', expect: noPay(3600) },
      { user: '换一家 公司B 也参保 残疾人3个 以工代训6个月 岗前补贴没领过', expect: pay(3600) },
    ],
  },
  {
    id: 'v35d36',
    class: 'one_group',
    probes: '[bare-reply] only 岗前 is open; 不是嘞 answers it',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困劳动力4个 干了8个月 以工代训3个月', expect: askOJT },
      { user: '不是嘞 木领', expect: bareYes(2400) },
    ],
  },
  {
    id: 'v35d38',
    class: 'one_group',
    probes: '[bare-reply] only insurance is open; 不是哈 means uninsured',
    periodEnd: true,
    turns: [
      { user: '公司 零就业家庭成员 2个 以工代训 6个月 没领过岗前补贴', expect: askOJT },
      {
        user: '不是哈 那家木交',
        expect: {
          oneOf: [noPay(2400), { asks: true, noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' } }],
        },
      },
    ],
  },
  {
    id: 'v35d72',
    class: 'one_group',
    probes: '[bare-reply] 对 plus a word on insurance',
    periodEnd: true,
    turns: [
      { user: '企业 吸纳就业困难人员 7个 以工代训 两个月 岗前补贴未领', expect: askOJT },
      { user: '对 交着社宝哩', expect: pay(2800) },
    ],
  },
  {
    id: 'v35d57',
    class: 'correction',
    probes: '岗前 corrected to claimed: the amount goes',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户2个 干了10个月 以工代训6个月 岗前补贴没领', expect: pay(2400) },
      { user: '搞错了 岗钱补贴 其实领过', expect: noPay(2400) },
    ],
  },
  {
    id: 'v35d63',
    class: 'unknown_reply',
    probes: 'a workshop head does not know about insurance; the boss answers later',
    periodEnd: true,
    turns: [
      { user: '公司 残疾人3个 以工代训4个月 岗前没领', expect: askOJT },
      { user: '社保交没交 俺是车间主任 真不知道', expect: dunnoOJT },
      { user: '问了老板 说社保一直交着哩', expect: pay(2400) },
    ],
  },
  {
    id: 'v35d69',
    class: 'negation_after_noun',
    probes: 'no 以工代训 at all, said after the noun: no figure',
    periodEnd: true,
    turns: [
      {
        user: '合作社的贫困户6个 干了8个月 以工代训 其实 一天都木搞 岗前补贴也没领',
        expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['7200', '9600'] },
      },
    ],
  },
  {
    id: 'v35d53',
    class: 'period',
    probes: '[dated] 2020, all facts given: the 2020 amount',
    periodEnd: true,
    turns: [{ user: '2020年 公司参保 招了就业困难人员5人 以工代训6个月 岗前补贴没领 那年能拿多少', expect: pay(6000) }],
  },
  {
    id: 'v35d55',
    class: 'period',
    probes: 'when the plan runs out',
    turns: [{ user: '恁这个职业技能提升方案 俺砖厂还能用到哪一年为止啊', expect: ended }],
  },
  {
    id: 'v35d65',
    class: 'one_group',
    probes: '[two-part] the longest months and the overlap with 岗前',
    turns: [
      {
        user: '以工代训最长补几个月 还有岗前培训补贴能跟它一块拿不',
        expect: { cites: ['六(一)'], says: [/6\s*个?月|六个月/, /不得重复|不能重复|不可重复|不能同时|不能一起|不能一块/] },
      },
    ],
  },
  {
    id: 'v35d66',
    class: 'one_group',
    probes: '[contact] where to apply for 以工代训',
    turns: [{ user: '想申请以工代训补贴 该找哪个部门 有电话没', expect: { cites: ['六(一)'], says: [/人社/] } }],
  },
  {
    id: 'v35d50',
    class: 'apprenticeship',
    probes: '25 apprentices: no per-head standard in the plan',
    periodEnd: true,
    turns: [{ user: '学徒培养 俺厂带了25个 按啥标准给补', expect: { ...noFigure(['四(一)']), mustNotContain: ['5000', '30000'] } }],
  },
];
