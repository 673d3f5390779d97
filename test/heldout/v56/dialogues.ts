/**
 * HELD-OUT dialogues, set v56 — written blind from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output or the code under src/. Only the format of v15 (its header
 * and first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture.
 *
 * Who types here: people with little schooling and people who type in shortcuts — pinyin
 * abbreviations (sb 社保, ygdx / yigongdaixun 以工代训, gqbt 岗前补贴), ok / 666, digits and
 * numerals mixed (3ge, 5个月滴, 俩, 半年), fillers (哈哈, 。。。, ～); grandparents asking for
 * grandchildren; heads of 农民专业合作社 and managers of 扶贫车间 in 登封 / 新密 / 中牟
 * villages; a disabled man who runs a small shop.
 *
 * Amounts, by hand from the contract and the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by an enterprise / cooperative / workshop; 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise; 退役军人 is no group here; rows with the 岗前培训补贴
 *   claimed never count. An amount is expected only once every fact it needs has been said.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund, 8 % × payroll), never cash.
 * - Project training (六(一)): 50 % in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, entrepreneurship training, family
 *   aid: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
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
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V56: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v56d01', class: 'one_group', periodEnd: true,
    probes: 'cooperative, poor labour, facts in two turns with pinyin shortcuts',
    turns: [
      { user: '俺是登封大冶那边一个合作社的理事长 收了3ge贫困户来干活 ygdx能给多少钱', expect: askOJT },
      { user: '干了8个月了 ygdx搞了5个月滴 gqbt没领过', expect: pay(3000) },
    ],
  },
  {
    id: 'v56d02', class: 'one_group', periodEnd: true,
    probes: 'poverty workshop, all facts in one run-on message',
    turns: [{ user: '新密扶贫车间 4个建档立卡的 在俺这干了7个月 以工代训6个月 岗前补贴没申请过 一共能补多少～', expect: pay(4800) }],
  },
  {
    id: 'v56d03', class: 'one_group', periodEnd: true,
    probes: '以工代训 months above 6 are capped at 6',
    turns: [
      { user: '中牟扶贫车间 俩贫困劳动力 干了一年多了 以工代训弄了8个月', expect: askOJT },
      { user: '岗前那个补贴 俺们没有领', expect: payNot(2400, 3200) },
    ],
  },
  {
    id: 'v56d04', class: 'one_group', periodEnd: true,
    probes: 'insured enterprise, disabled hires count as 就业困难人员',
    turns: [{ user: '俺们是个小厂 有交sb的 招了2个残疾人 ygdx 4个月 gqbt木领 能补多少', expect: pay(1600) }],
  },
  {
    id: 'v56d05', class: 'one_group', periodEnd: true,
    probes: 'zero-employment family: insurance must be asked, then paid',
    turns: [
      { user: '公司招了1个零就业家庭的 yigongdaixun仨月 岗前补贴没拿 给多少', expect: askOJT },
      { user: '交了交了 sb一直交着呢', expect: pay(600) },
    ],
  },
  // ---------------------------------------------------------------- several_groups
  {
    id: 'v56d06', class: 'several_groups', periodEnd: true,
    probes: 'two groups with different months keep their own months',
    turns: [{ user: '俺厂交社保 招了2个贫困户干了6个月ygdx 6个月 还有1个零就业家庭的 ygdx 3个月 gqbt都没领', expect: payNot(3000, 3600, 1800) }],
  },
  {
    id: 'v56d07', class: 'several_groups', periodEnd: true,
    probes: 'cooperative: poor labour counts, disabled hires need an insured enterprise',
    turns: [
      {
        user: '俺们是中牟一个种蒜的合作社 3个贫困户干了9个月ygdx 5个月 还有2个残疾人也ygdx 5个月 gqbt都没领',
        expect: { oneOf: [payNot(3000, 5000), { ...askOJT, mustNotContain: ['5000'] }] },
      },
    ],
  },
  {
    id: 'v56d08', class: 'several_groups', periodEnd: true,
    probes: 'enterprise: poor and disabled rows with different 以工代训 months',
    turns: [
      { user: '俺公司 收了5个人 3个建档立卡滴 2个残疾人 贫困的干了7个月了', expect: askOJT },
      { user: '贫困那仨ygdx 6个月 残疾那俩才2个月 sb有交 gqbt都没领', expect: payNot(4400, 6000, 2000) },
    ],
  },
  {
    id: 'v56d09', class: 'several_groups', periodEnd: true,
    probes: 'a poor hire employed under six months does not count beside a qualifying group',
    turns: [{ user: '交sb的企业 招了1个贫困户才干了4个月 ygdx 4个月 另外2个零就业家庭的 ygdx 5个月 岗前补贴 都没领过', expect: payNot(2000, 2800) }],
  },
  {
    id: 'v56d10', class: 'several_groups', periodEnd: true,
    probes: 'a veteran is no 以工代训 group; follow-up asks why',
    turns: [
      { user: '合作社 贫困户4个 还有 退役军人1个 ygdx咋算', expect: askOJT },
      { user: '都干了10个月 ygdx半年 gqbt 没领', expect: payNot(4800, 6000) },
      { user: '那个当兵回来的 咋不算。。。', expect: { cites: ['六(一)'], mustNotContain: ['6000'] } },
    ],
  },
  {
    id: 'v56d11', class: 'several_groups', periodEnd: true,
    probes: 'one group claimed the pre-job subsidy, the other did not',
    turns: [{ user: '企业 交sb 2个残疾人ygdx 3个月 gqbt没领；2个贫困户干了8个月 ygdx也3个月 但他俩的gqbt已经领过了', expect: payNot(1200, 2400) }],
  },
  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v56d12', class: 'negation_after_noun', periodEnd: true,
    probes: 'negation of 岗前培训补贴 many words later',
    turns: [{ user: '扶贫车间 2个贫困户 干了8个月 ygdx 4个月 岗前培训补贴 那个事 会计去年问过 说 俺们 没 领 过', expect: pay(1600) }],
  },
  {
    id: 'v56d13', class: 'negation_after_noun', periodEnd: true,
    probes: '社保 … 没给交 with words between: disabled hires do not count',
    turns: [{ user: 'sb 俺们厂 这两年 效益不好 一直 都没给交 招了3个残疾人 ygdx 5个月 gqbt没领', expect: noPay(3000) }],
  },
  {
    id: 'v56d14', class: 'negation_after_noun', periodEnd: true,
    probes: 'a long story ending in 没拿到 means not claimed',
    turns: [
      { user: '扶贫车间 2个贫困户 干了9个月 ygdx 6个月', expect: askOJT },
      { user: 'gqbt 当时 报了名 后来 材料不全 最后 也 没 批下来 一分没拿到', expect: pay(2400) },
    ],
  },
  {
    id: 'v56d15', class: 'negation_after_noun', periodEnd: true,
    probes: 'a negation that is itself negated: the subsidy was claimed',
    turns: [{ user: '公司有交sb 2个残疾人 ygdx 4个月 岗前补贴 你别以为没领 其实 早就领过了', expect: notYes(1600) }],
  },
  {
    id: 'v56d16', class: 'negation_after_noun', periodEnd: true,
    probes: '没有申请 far from 岗前培训补贴',
    turns: [{ user: '残疾人 那俩 俺们交了sb的公司 ygdx 3个月 岗前培训补贴嘛 说实话 到现在 一分 都 没有 申请', expect: pay(1200) }],
  },
  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v56d17', class: 'unknown_reply', periodEnd: true,
    probes: '记不得 leaves the pre-job fact open, a later answer settles it',
    turns: [
      { user: '合作社 3个建档立卡 干了10个月 ygdx 5个月 能领多少', expect: askOJT },
      { user: 'gqbt 领没领 俺记不得了。。。 会计回老家了', expect: dunnoOJT },
      { user: '问过会计了 没领', expect: pay(3000) },
    ],
  },
  {
    id: 'v56d18', class: 'unknown_reply', periodEnd: true,
    probes: 'months employed unknown: no amount, no verdict',
    turns: [
      { user: '扶贫车间 2个贫困户 ygdx 4个月 gqbt没领 补多少', expect: askOJT },
      { user: '干多久了 不知道啊 记不清 哈哈', expect: dunnoOJT },
    ],
  },
  {
    id: 'v56d19', class: 'unknown_reply', periodEnd: true,
    probes: 'insurance unknown for zero-employment hires',
    turns: [
      { user: '公司招了2个零就业家庭的 ygdx 6个月 gqbt没领 能给几个钱', expect: askOJT },
      { user: 'sb交没交 我不清楚 老板管的', expect: dunnoOJT },
    ],
  },
  {
    id: 'v56d20', class: 'unknown_reply', periodEnd: true,
    probes: 'equipment: fund source and acceptance unknown',
    turns: [
      { user: '公司建了个技能大师工作室 买设备花了40万 能补多少', expect: askKit },
      { user: '钱是不是从职工教育经费出的 不知道 验收 也不清楚', expect: dunnoKit },
    ],
  },
  {
    id: 'v56d21', class: 'unknown_reply',
    probes: 'education fund: payroll unknown',
    turns: [
      { user: '职工教育经费 俺们提了30万 能税前扣多少', expect: askFund },
      { user: '工资总额 记不得了 哈哈', expect: askFund },
    ],
  },
  // ---------------------------------------------------------------- correction
  {
    id: 'v56d22', class: 'correction', periodEnd: true,
    probes: 'head count corrected',
    turns: [
      { user: '合作社 收了3ge贫困户 干了7个月 ygdx 5个月 gqbt没领', expect: pay(3000) },
      { user: '说错了 贫困户是4ge 不是3个 嘿嘿', expect: payNot(4000, 3000) },
    ],
  },
  {
    id: 'v56d23', class: 'correction', periodEnd: true,
    probes: 'insurance corrected to not paid',
    turns: [
      { user: '公司 交sb 2个残疾人 ygdx 4个月 gqbt没领', expect: pay(1600) },
      { user: '不对不对 sb俺们 其实 没交 刚问了', expect: noPay(1600) },
    ],
  },
  {
    id: 'v56d24', class: 'correction', periodEnd: true,
    probes: '以工代训 months corrected',
    turns: [
      { user: '扶贫车间 2个贫困户 干了8个月 ygdx 3个月 岗前补贴没领', expect: pay(1200) },
      { user: 'ygdx 记错了 是5个月', expect: payNot(2000, 1200) },
    ],
  },
  {
    id: 'v56d25', class: 'correction', periodEnd: true,
    probes: 'months employed corrected from 5 to 7',
    turns: [
      { user: '2个贫困户 在俺们扶贫车间 干了5个月 ygdx 5个月 gqbt没领', expect: noPay(2000) },
      { user: '哎呀 说错了 干了7个月了 5是ygdx的', expect: pay(2000) },
    ],
  },
  {
    id: 'v56d26', class: 'correction', periodEnd: true,
    probes: 'equipment value corrected',
    turns: [
      { user: '高技能人才培训基地 新买设备 用职工教育经费 100万 人社财政验收过了', expect: kit(200000) },
      { user: '不对 是200万 少说了一个', expect: kitNot(400000, 200000) },
    ],
  },
  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v56d27', class: 'topic_switch', periodEnd: true,
    probes: 'after an amount, a grandson\'s training question starts a new topic',
    turns: [
      { user: '合作社 俩贫困户 干了一年 ygdx 6个月 gqbt没领 多少钱', expect: pay(2400) },
      { user: '换个事 俺孙子初中毕业没上高中 想学个手艺 有啥培训', expect: { noAmount: 'unfixed', cites: ['三(二)'], mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v56d28', class: 'topic_switch', periodEnd: true,
    probes: 'from 以工代训 to the education-fund rate',
    turns: [
      { user: '公司 交sb 1个残疾人 ygdx 5个月 gqbt没领', expect: pay(1000) },
      { user: '另外问下 企业职工教育经费 税前能扣工资的百分之几', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/], mustNotContain: ['1000'] } },
    ],
  },
  {
    id: 'v56d29', class: 'topic_switch',
    probes: 'from apprentices to high-risk safety training',
    turns: [
      { user: '新型学徒 俺们招了10个 补多少', expect: noFigure(['四(一)']) },
      { user: '好 那高危行业 安全培训 是不是合格了才让上岗', expect: { noAmount: 'unfixed', cites: ['三(六)'] } },
    ],
  },
  {
    id: 'v56d30', class: 'topic_switch',
    probes: 'from veterans\' training to a project-training advance',
    turns: [
      { user: '退役军人 有啥培训没', expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)'] } },
      { user: '再问个 俺们培训机构 搞项目制培训 总共补贴20万 能先拨一半不', expect: { amount: { rule: 'project_training_advance', yuan: 100000 } } },
    ],
  },
  {
    id: 'v56d31', class: 'topic_switch',
    probes: 'from what 以工代训 is to unemployed graduates',
    turns: [
      { user: 'yigongdaixun 是啥意思 俺不懂', expect: { cites: ['六(一)', '五(四)'] } },
      { user: '算了不问这个了 俺闺女大学毕业了 没找着工作 有培训不', expect: { noAmount: 'unfixed', cites: ['三(二)'] } },
    ],
  },
  // ---------------------------------------------------------------- person_training
  {
    id: 'v56d32', class: 'person_training',
    probes: 'grandparent asks for a poor-family grandchild at a 技工学校',
    turns: [{ user: '俺孙女 在技工学校上学 俺家是建档立卡贫困户 有啥补助不', expect: noFigure(['三(三)', '三(十四)']) }],
  },
  {
    id: 'v56d33', class: 'person_training',
    probes: 'a pensioner is outside the training subsidy scope',
    turns: [{ user: '俺68了 退休了 每月领养老金 想学个电工 有培训补贴不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } } }],
  },
  {
    id: 'v56d34', class: 'person_training', periodEnd: true,
    probes: 'training subsidy facts in two turns, no amount fixed',
    turns: [
      { user: '在户籍地 学了育婴员 证也拿了 今年头一回 能补不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '没领养老金 以前也没学过这个 机构说是进了系统的', expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v56d35', class: 'person_training',
    probes: 'a fourth subsidy in one year',
    turns: [{ user: '今年已经领过3次培训补贴了 这回又学了个 中式面点 证拿了 还能补不', expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'ineligible' } } }],
  },
  {
    id: 'v56d36', class: 'person_training',
    probes: 'same occupation and level twice',
    turns: [{ user: '去年学了电工初级 领了补贴 今年又考了一遍电工初级 还能补么', expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } } }],
  },
  {
    id: 'v56d37', class: 'person_training',
    probes: 'poor labour: training is free',
    turns: [{ user: '俺是建档立卡户 48岁 想学个厨师 要交钱不', expect: { noAmount: 'unfixed', cites: ['三(三)'], says: [/免费/] } }],
  },
  {
    id: 'v56d38', class: 'person_training',
    probes: '生活费补贴 has no amount in the plan',
    turns: [{ user: '培训那几天 生活费补贴 一天给多少', expect: { ...unsettled, mustNotContain: ['200'] } }],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v56d39', class: 'entrepreneurship',
    probes: 'disabled shop owner, shop open 3 years',
    turns: [{ user: '俺是残疾人 开了个小卖部 3年了 想参加创业培训 中不', expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' } } }],
  },
  {
    id: 'v56d40', class: 'entrepreneurship',
    probes: 'a wish to start a business, then the training money',
    turns: [
      { user: '俺想开个网店 卖新密的红薯 有创业培训没', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
      { user: '培训 给补贴钱不 一个人给多少', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v56d41', class: 'entrepreneurship',
    probes: 'shop open 7 years: the 5-year line',
    turns: [{ user: '俺这小店开了7年了 能参加那个小微企业主创业培训不', expect: { noAmount: 'unfixed', cites: ['三(八)'], says: [/5\s*年|五年/] } }],
  },
  {
    id: 'v56d42', class: 'entrepreneurship',
    probes: 'grandparent asks for a vocational-college grandchild',
    turns: [{ user: '俺外孙 在职业学院上学 学校有没有创业意识培训', expect: noFigure(['三(八)']) }],
  },
  {
    id: 'v56d43', class: 'entrepreneurship',
    probes: 'shop owner then asks about hiring a disabled person without insurance',
    turns: [
      { user: '残疾人 开小超市 2年 创业培训有没有', expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      { user: '顺便问 俺店里想雇1个残疾人 店没交sb 有ygdx补贴不', expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' } } },
    ],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v56d44', class: 'equipment', periodEnd: true,
    probes: 'master studio capped at 10万',
    turns: [{ user: '公司 技能大师工作室 用职工教育经费买设备 80万 人社财政验收合格了 补多少', expect: kitNot(100000, 160000) }],
  },
  {
    id: 'v56d45', class: 'equipment', periodEnd: true,
    probes: 'base capped at 50万',
    turns: [{ user: '高技能人才培训基地 设备 300万 职工教育经费出的 验收ok了 能补几个', expect: kitNot(500000, 600000) }],
  },
  {
    id: 'v56d46', class: 'equipment', periodEnd: true,
    probes: '20 % under the cap',
    turns: [{ user: '俺们厂 高技能人才培训基地 新添设备45万 钱是职工教育经费 验收合格 666', expect: kit(90000) }],
  },
  {
    id: 'v56d47', class: 'equipment',
    probes: 'not bought from the education fund: negation far from the noun',
    turns: [{ user: '买设备的钱 是 贷款来的 不是职工教育经费 高技能人才培训基地 60万 验收了', expect: noKit(120000, /12\s*万/) }],
  },
  {
    id: 'v56d48', class: 'equipment', periodEnd: true,
    probes: 'facts of the studio in two turns',
    turns: [
      { user: '俺们也想搞个 技能大师工作室 设备花了 25万', expect: askKit },
      { user: '用的职工教育经费 验收 合格了 ok', expect: kit(50000) },
    ],
  },
  // ---------------------------------------------------------------- education_fund
  {
    id: 'v56d49', class: 'education_fund',
    probes: 'fund above 8 % of payroll',
    turns: [{ user: '工资总额 500万 职工教育经费 提了50万 能税前扣多少', expect: deduct(400000, 500000) }],
  },
  {
    id: 'v56d50', class: 'education_fund',
    probes: 'fund below 8 % of payroll',
    turns: [{ user: '教育经费20万 工资薪金总额400万 税前扣除咋算', expect: deduct(200000, 320000) }],
  },
  {
    id: 'v56d51', class: 'education_fund',
    probes: 'front-line share, then a deduction',
    turns: [
      { user: 'jiaoyu经费 俺听说 得给一线工人用 占几成啊', expect: { cites: ['六(二)'], says: [/60/] } },
      { user: '俺厂 工资总额 300万 经费提了 30万 一线用了一半', expect: deduct(240000, 300000) },
    ],
  },
  {
    id: 'v56d52', class: 'education_fund',
    probes: '师带徒 allowance from the fund',
    turns: [{ user: '师带徒 津贴 能从职工教育经费里出不', expect: { noAmount: 'unfixed', cites: ['六(二)'] } }],
  },
  {
    id: 'v56d53', class: 'education_fund',
    probes: 'payroll given, fund drawn open, then given',
    turns: [
      { user: '经费 税前扣 最多扣到多少 俺们工资总额一千万', expect: { oneOf: [askFund, { says: [/8\s*%|百分之八/], undecided: 'education_fund_deduction' }] } },
      { user: '提了 60万', expect: deduct(600000) },
    ],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v56d54', class: 'apprenticeship',
    probes: 'apprentice amount not fixed',
    turns: [{ user: '企业新型学徒 一个人 补几千', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v56d55', class: 'apprenticeship',
    probes: 'cooperative apprentices, then insists on a figure',
    turns: [
      { user: '俺们合作社 带了5个学徒 算新型学徒不 给钱不', expect: noFigure(['四(一)']) },
      { user: '那到底 一人一个月 多少钱 说个数', expect: unsettled },
    ],
  },
  {
    id: 'v56d56', class: 'apprenticeship',
    probes: 'three-year apprentice target',
    turns: [{ user: '新型学徒 3年里头 全市要带出来多少个', expect: { cites: ['四(一)'], says: [/2\s*万|两万|20000/] } }],
  },
  {
    id: 'v56d57', class: 'apprenticeship',
    probes: 'two apprenticeship systems, no standard',
    turns: [{ user: '现代学徒制 跟 新型学徒制 补贴 标准 一样不', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v56d58', class: 'apprenticeship', periodEnd: true,
    probes: 'apprentices then 以工代训 for part of them',
    turns: [
      { user: '扶贫车间 10个学徒 学徒补贴多少', expect: noFigure(['四(一)']) },
      { user: '那ygdx呢 这10个里 4个建档立卡 干了8个月 ygdx 6个月 gqbt没领', expect: payNot(4800, 12000) },
    ],
  },
  // ---------------------------------------------------------------- period
  {
    id: 'v56d59', class: 'period', periodEnd: true,
    probes: 'asked today whether 以工代训 can still be claimed',
    turns: [{ user: '现在2025年了 还能申请ygdx不', expect: ended }],
  },
  {
    id: 'v56d60', class: 'period', periodEnd: true,
    probes: 'dated question for 2020',
    turns: [{ user: '2020年6月 俺合作社 3个贫困户 干了6个月 ygdx 6个月 gqbt没领 当时能领多少', expect: pay(3600) }],
  },
  {
    id: 'v56d61', class: 'period', periodEnd: true,
    probes: 'when the plan ends',
    turns: [{ user: '这个方案 啥时候 到期 2022年还有效不', expect: ended }],
  },
  {
    id: 'v56d62', class: 'period', periodEnd: true,
    probes: 'a 2021 training, then now',
    turns: [
      { user: '2021年 俺学了电焊 拿证了 户籍地学的 当时有补贴不', expect: { noAmount: 'unfixed', cites: ['七(二)'] } },
      { user: '那 现在 再学个别的 还有补贴不', expect: ended },
    ],
  },
  {
    id: 'v56d63', class: 'period', periodEnd: true,
    probes: 'a late-2021 amount, then whether it can be claimed now',
    turns: [
      { user: '新密扶贫车间 2021年11月 2个贫困户干满6个月了 ygdx 6个月 gqbt没领', expect: pay(2400) },
      { user: '现在 还能补申请不', expect: ended },
    ],
  },
];
