/**
 * HELD-OUT dialogues, set v15 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v14 (its header and first lines) was looked at; no message is reused or
 * paraphrased from sets v1–v14. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: a barbecue-stall owner whose stall is now a company (烧烤), a toy factory's HR
 * (玩具厂), a vegetable cooperative's accountant (蔬菜合作社), a laid-off bus conductor, the
 * sister of a disabled man, a student at a 技师学院, a training company's sales rep, a
 * community-centre worker relaying residents' questions and a garage owner (汽修). WeChat on a
 * phone: short, dialect (俺 / 咋 / 木有 / 中 / 恁), homophones, odd spacing, numerals as 俩 / 叁 /
 * 全角 / 半年, traditional characters now and then, run-ons, bare replies.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 already
 * claimed or not, the kind of unit, insurance where the rule needs it, months employed for poor
 * labour, acceptance and fund source of equipment, payroll and fund drawn, where the training
 * took place) must be asked, so an amount is expected only once every such fact has been said.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (not a 职业院校); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise; 退役军人 and ordinary migrant workers are no group;
 *   rows with the 岗前培训补贴 claimed never count.
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
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
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

export const DIALOGUES_V15: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v15d01', class: 'one_group', periodEnd: true,
    probes: 'disabled hires at an insured toy factory count as 就业困难',
    turns: [{ user: '玩具厂hr 招了叁个残疾人 社保都给交着呢 以工代训搞了4个月 岗前那补贴没申请过 能给多少', expect: pay(2400) }],
  },
  {
    id: 'v15d02', class: 'one_group', periodEnd: true,
    probes: 'pre-job subsidy unstated at first: ask, then pay',
    turns: [
      { user: '俺是菜社会计 合作社收了俩贫困户 都干满7个月了 以工代训弄了6个月', expect: askOJT },
      { user: '岗前滴没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v15d03', class: 'one_group', periodEnd: true,
    probes: 'zero-employment hires: insurance must be asked before an amount',
    turns: [
      { user: '烧烤摊现在注册成公司了 招了5个零就业家庭嘞 以工代训三个月 岗前补贴没拿', expect: askOJT },
      { user: '社保 一直交着哩', expect: pay(3000) },
    ],
  },
  {
    id: 'v15d04', class: 'one_group',
    probes: 'a 职业院校 is not a production entity for poor labour',
    turns: [{ user: '俺们是职业院校 后勤招了两个贫困户 干了八个月 以工代训3个月 岗前补贴没领 有以工代训补贴不', expect: noPay(1200) }],
  },
  {
    id: 'v15d05', class: 'one_group', periodEnd: true,
    probes: 'poor labour at a training company counts (open list of production entities)',
    turns: [{ user: '俺是培训公司跑业务的 公司自己招了1个建档立卡贫困户 干了10个月 以工代训6个月 岗前补贴没领过', expect: pay(1200) }],
  },
  {
    id: 'v15d06', class: 'one_group',
    probes: '[two-part] rate and cap of 以工代训',
    turns: [{ user: '以工代训 一个人一个月给几个钱？最多补几个月？', expect: { cites: ['六(一)'], says: [/200/, /6\s*个月|六个月/] } }],
  },
  {
    id: 'v15d07', class: 'one_group',
    probes: 'project training advance: 50 % of the stated subsidy',
    turns: [{ user: '俺们培训公司 接了个项目制培训 培训补贴总共40万元 能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 200000 } } }],
  },
  {
    id: 'v15d08', class: 'one_group', periodEnd: true,
    probes: 'months employed under six for poor labour must not pay; the owner then says eight',
    turns: [
      { user: '汽修厂 招了2个贫困户 才来了四个月 以工代训四个月 岗前补贴木领', expect: noPay(1600) },
      { user: '哦 记错了 他俩来了八个月了 以工代训还是四个月', expect: pay(1600) },
    ],
  },
  // ---------------------------------------------------------------- several_groups
  {
    id: 'v15d09', class: 'several_groups', periodEnd: true,
    probes: 'two qualifying rows with their own months',
    turns: [{ user: '玩具厂参保的 招了2个贫困户 干了9个月 以工代训6个月，还有3个就业困难人员 以工代训2个月，岗前补贴都没领', expect: payNot(3600, 6000) }],
  },
  {
    id: 'v15d10', class: 'several_groups', periodEnd: true,
    probes: 'veterans beside a disabled hire: only the disabled row counts',
    turns: [{ user: '修车厂 交社保 收了1个残疾小伙 以工代训五个月 另外俩退伍兵 也以工代训五个月 岗前培训补贴 全都没领过', expect: payNot(1000, 3000) }],
  },
  {
    id: 'v15d11', class: 'several_groups', periodEnd: true,
    probes: 'one row of poor labour below six months employed drops out',
    turns: [
      { user: '合作社 贫困户3个 干了半年 以工代训4个月；另有2个贫困户 才来3个月 以工代训3个月', expect: askOJT },
      { user: '岗前补贴 都没领过', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v15d12', class: 'several_groups', periodEnd: true,
    probes: 'three rows, months above six capped, one row with the pre-job subsidy claimed',
    turns: [{ user: '公司有社保 贫困劳动力4人 干一年了 以工代训8个月；就业困难2人 以工代训3个月；零就业家庭1人 以工代训2个月 但这个领过岗前培训补贴 其他都没领', expect: payNot(6000, 6400) }],
  },
  {
    id: 'v15d13', class: 'several_groups', periodEnd: true,
    probes: 'insurance unstated, so only the poor-labour row is settled',
    turns: [
      { user: '烧烤公司 贫困户1个 干了7个月 以工代训5个月，残疾人2个 以工代训4个月，岗前补贴都没领', expect: { asks: true, mustNotContain: ['2600'] } },
      { user: '社保没给交', expect: payNot(1000, 2600) },
    ],
  },
  {
    id: 'v15d14', class: 'several_groups', periodEnd: true,
    probes: 'numerals in several forms across rows',
    turns: [{ user: '蔬菜合作社 贫困户兩個 幹了十個月 以工代訓６個月，又一個貧困戶 幹了七個月 以工代訓一個月，崗前補貼都沒領', expect: pay(2600) }],
  },
  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v15d15', class: 'negation_after_noun',
    probes: 'social insurance named then denied',
    turns: [{ user: '玩具厂 社保 没交 招了4个就业困难人员 以工代训3个月 岗前补贴没领', expect: noPay(2400) }],
  },
  {
    id: 'v15d16', class: 'negation_after_noun',
    probes: 'pre-job subsidy named then affirmed as claimed',
    turns: [{ user: '岗前培训补贴 领过了 那3个贫困户 干了十个月 以工代训6个月 俺合作社还能拿以工代训不', expect: noPay(3600) }],
  },
  {
    id: 'v15d17', class: 'negation_after_noun',
    probes: '建档立卡 named then denied: ordinary migrant workers are no group',
    turns: [{ user: '建档立卡的 不是 就是普通农民工 俺厂招了6个 以工代训4个月 岗前补贴没领', expect: notYes(4800) }],
  },
  {
    id: 'v15d18', class: 'negation_after_noun',
    probes: '职工教育经费 named then denied as the source',
    turns: [{ user: '大师工作室 设备 职工教育经费 没用 是老板自己掏的 六十万 验收也过了', expect: noKit(120000, /可(得|补|获)[^。]{0,6}10\s*万/) }],
  },
  {
    id: 'v15d19', class: 'negation_after_noun',
    probes: 'acceptance named then denied',
    turns: [{ user: '培训基地买设备 八十万 职工教育经费出的 验收 还没弄', expect: { noAmount: 'open', notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['160000', /16\s*万/] } }],
  },
  {
    id: 'v15d20', class: 'negation_after_noun',
    probes: 'pension named then denied: the laid-off conductor is not excluded',
    turns: [{ user: '养老金 俺可没领 才四十五 公交售票员下岗了 想学个驾驶员培训 能享受补贴不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } }],
  },
  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v15d21', class: 'unknown_reply', periodEnd: true,
    probes: 'months employed unknown, then given',
    turns: [
      { user: '公司 招了俩贫困户 以工代训4个月 岗前补贴没领', expect: askOJT },
      { user: '干了多久 俺也说不准 得问车间', expect: dunnoOJT },
      { user: '问了 干了七个月了', expect: pay(1600) },
    ],
  },
  {
    id: 'v15d22', class: 'unknown_reply',
    probes: 'pre-job subsidy unknown: no figure, no verdict',
    turns: [
      { user: '修车铺 交社保 招了个零就业家庭的 以工代训6个月', expect: askOJT },
      { user: '领没领 不清楚 会计走了', expect: dunnoOJT },
    ],
  },
  {
    id: 'v15d23', class: 'unknown_reply',
    probes: 'acceptance unknown, then given',
    turns: [
      { user: '技能大师工作室 新买设备 30万 职工教育经费出的', expect: askKit },
      { user: '验收 还不知道过没过', expect: dunnoKit },
      { user: '验收过了 人社财政都签字了', expect: kit(60000) },
    ],
  },
  {
    id: 'v15d24', class: 'unknown_reply',
    probes: 'payroll unknown: no deduction figure',
    turns: [
      { user: '职工教育经费 俺们提了20万 税前能扣多少', expect: askFund },
      { user: '工资总额 财务没给俺 不晓得', expect: askFund },
    ],
  },
  {
    id: 'v15d25', class: 'unknown_reply', periodEnd: true,
    probes: 'kind of unit unknown at first ("俺这"), then an insured enterprise',
    turns: [
      { user: '俺这招了2个就业困难的 以工代训5个月 岗前补贴没领 社保交着', expect: askOJT },
      { user: '是个玩具公司 正经企业', expect: pay(2000) },
    ],
  },
  {
    id: 'v15d26', class: 'unknown_reply', periodEnd: true,
    probes: 'insurance "问问再说", then yes',
    turns: [
      { user: '汽修公司 收了1个零就业家庭的娃 以工代训4个月 岗前没领', expect: askOJT },
      { user: '社保交没交 我问问再说', expect: dunnoOJT },
      { user: '问过了 社保每月都交着呢', expect: pay(800) },
    ],
  },
  // ---------------------------------------------------------------- correction
  {
    id: 'v15d27', class: 'correction', periodEnd: true,
    probes: 'count corrected',
    turns: [
      { user: '俺们玩具厂 参保 招了5个就业困难人员 以工代训4个月 岗前补贴没领', expect: pay(4000) },
      { user: '说错了 是3个 不是5个', expect: payNot(2400, 4000) },
    ],
  },
  {
    id: 'v15d28', class: 'correction', periodEnd: true,
    probes: 'OJT months corrected',
    turns: [
      { user: '合作社 4个贫困户 干了8个月 以工代训六个月 岗前补贴木领', expect: pay(4800) },
      { user: '不对不对 以工代训只搞了2个月', expect: payNot(1600, 4800) },
    ],
  },
  {
    id: 'v15d29', class: 'correction',
    probes: 'equipment value corrected past the base cap',
    turns: [
      { user: '高技能人才培训基地 新购实训设备 两百万 职工教育经费买的 验收合格', expect: kit(400000) },
      { user: '更正下 设备是三百万', expect: kitNot(500000, 600000) },
    ],
  },
  {
    id: 'v15d30', class: 'correction',
    probes: 'payroll corrected: the cap moves',
    turns: [
      { user: '工资薪金总额 一年五百万 职工教育经费提了50万', expect: deduct(400000) },
      { user: '工资总额是800万 打错了', expect: deduct(500000, 400000) },
    ],
  },
  {
    id: 'v15d31', class: 'correction', periodEnd: true,
    probes: 'pre-job subsidy first denied, then corrected to claimed',
    turns: [
      { user: '烧烤公司 贫困户3个 干了9个月 以工代训3个月 岗前补贴没领', expect: pay(1800) },
      { user: '哎 刚查了 岗前补贴其实领过了', expect: noPay(1800) },
    ],
  },
  {
    id: 'v15d32', class: 'correction', periodEnd: true,
    probes: 'group corrected from veterans to poor labour',
    turns: [
      { user: '汽修厂招了2个退役军人 干了7个月 以工代训5个月 岗前补贴没领', expect: notYes(2000) },
      { user: '搞错了 不是退役军人 是建档立卡贫困户', expect: pay(2000) },
    ],
  },
  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v15d33', class: 'topic_switch', periodEnd: true,
    probes: 'amount, then another city (decline), then the plan\'s end',
    turns: [
      { user: '玩具厂 贫困户4个 干了1年 以工代训3个月 岗前补贴没领过', expect: pay(2400) },
      { user: '对了 新乡那边的厂 有这补贴不', expect: decline },
      { user: '那郑州这个 啥时候到期', expect: over },
    ],
  },
  {
    id: 'v15d34', class: 'topic_switch',
    probes: 'front-line share, then a poor family whose child is at a 技师学院',
    turns: [
      { user: '职工教育经费 用在一线职工身上 得占多少', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
      { user: '换个事 俺在技师学院上学 家里是建档立卡户 家里有补助不', expect: noFigure(['三(三)', '三(十四)']) },
    ],
  },
  {
    id: 'v15d35', class: 'topic_switch',
    probes: 'chit-chat declined, then entrepreneurship training',
    turns: [
      { user: '烤串 炭火咋生得快', expect: decline },
      { user: '说正事 俺公司开业才2年 老板能参加创业培训不', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v15d36', class: 'topic_switch',
    probes: '[contact] who to ask after an amount question',
    turns: [
      { user: '以工代训 去哪办 找谁', expect: { says: [WHO] } },
      { user: '再问下 生活费补贴 一天给多少', expect: unsettled },
    ],
  },
  {
    id: 'v15d37', class: 'topic_switch',
    probes: 'equipment, then a question the plan does not settle',
    turns: [
      { user: '大师工作室 设备45万 职工教育经费 验收合格了', expect: kit(90000) },
      { user: '这钱 验收后几天能到账', expect: unsettled },
    ],
  },
  {
    id: 'v15d38', class: 'topic_switch',
    probes: 'relay: a resident\'s training question, then a household-registration errand',
    turns: [
      { user: '社区的 替居民问下 贫困户参加技能培训 要钱不', expect: { cites: ['三(三)'], says: [/免费/] } },
      { user: '另外 居民想迁户口 在哪办', expect: decline },
    ],
  },
  // ---------------------------------------------------------------- person_training
  {
    id: 'v15d39', class: 'person_training',
    probes: 'per-person subsidy amount is not fixed by the plan',
    turns: [{ user: '俺是公交售票员 下岗了 户口在郑州 想在郑州学电工 考证 一个人补多少钱', expect: noFigure(['七(二)']) }],
  },
  {
    id: 'v15d40', class: 'person_training',
    probes: 'same occupation and level again is excluded',
    turns: [{ user: '去年学了育婴员四级 补过了 今年还想考育婴员四级 还能补不', expect: { cites: ['七(二)'], says: [/同一职业同一等级|不可重复|不能重复/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v15d41', class: 'person_training',
    probes: 'a monthly pension keeps one out of the subsidy scope',
    turns: [{ user: '俺妈退休了 每月领养老金 还能参加补贴培训不', expect: { cites: ['六(一)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v15d42', class: 'person_training',
    probes: 'disabled brother: group plan, then free training as poor labour',
    turns: [
      { user: '俺哥 腿有残疾 想学个手艺 政府管不管', expect: { cites: ['三(二)'], noAmount: 'unfixed' } },
      { user: '哦对 俺哥还是建档立卡户哩', expect: { cites: ['三(三)'], says: [/免费/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v15d43', class: 'person_training',
    probes: 'the fourth subsidy in one year',
    turns: [{ user: '今年 已经享受仨回培训补贴了 第四回还给补不', expect: { cites: ['七(二)'], says: [/3\s*次|三次/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v15d44', class: 'person_training',
    probes: 'relay: trained where one lives, certificate held, other facts open',
    turns: [{ user: '帮居民问：户口外地的 常住郑州 在郑州培训完 拿了证 能补不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } }],
  },
  {
    id: 'v15d45', class: 'person_training',
    probes: 'training outside household, residence and job-seeking places',
    turns: [
      { user: '俺户口 在郑州 也在郑州上班 跑去开封学的焊工 证拿了 能补贴不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v15d46', class: 'person_training',
    probes: 'poor-family student at a 技师学院: 助学金 and 免学费, no figure',
    turns: [{ user: '俺在技师学院读书 家里建档立卡 学费免不免', expect: noFigure(['三(三)']) }],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v15d47', class: 'entrepreneurship',
    probes: 'owner of a four-year-old small firm',
    turns: [{ user: '开业四年的小微企业主 创业培训 能参加不', expect: noFigure(['三(八)']) }],
  },
  {
    id: 'v15d48', class: 'entrepreneurship',
    probes: 'business open seven years: the five-year line is stated',
    turns: [{ user: '我开店 7年了 还算创业培训的对象不', expect: { cites: ['三(八)'], says: [/5\s*年|五年/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v15d49', class: 'entrepreneurship',
    probes: 'a 技师学院 student with the wish to start a business; no figure',
    turns: [{ user: '技师学院的学生 毕业想自己开个汽修店 创业培训有俺的份没 补多少钱', expect: noFigure(['三(八)']) }],
  },
  {
    id: 'v15d50', class: 'entrepreneurship',
    probes: 'laid-off conductor wants to open a stall, asks about training content',
    turns: [
      { user: '下岗了 想摆个早餐摊 创业培训 都教些啥', expect: { cites: ['三(八)', '五(一)'], noAmount: 'unfixed' } },
      { user: '培训几天', expect: unsettled },
    ],
  },
  {
    id: 'v15d51', class: 'entrepreneurship',
    probes: '[two-part] who counts, and whether there is a fixed subsidy',
    turns: [{ user: '创业培训 哪些人能参加？一人补贴标准多少？', expect: { cites: ['三(八)'], noAmount: 'unfixed' } }],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v15d52', class: 'equipment',
    probes: 'studio cap',
    turns: [{ user: '技能大师工作室 设备花了80万 职工教育经费出的 人社和财政验收合格', expect: kitNot(100000, 160000) }],
  },
  {
    id: 'v15d53', class: 'equipment',
    probes: 'bought with a loan, not the fund',
    turns: [{ user: '培训基地 设备 钱是贷款买的 验收过了 共120万', expect: noKit(240000, /24\s*万/) }],
  },
  {
    id: 'v15d54', class: 'equipment',
    probes: 'fund source unstated, then given',
    turns: [
      { user: '俺厂高技能人才培训基地 买了设备 ¥1,500,000 验收合格', expect: askKit },
      { user: '是从职工教育经费列支的', expect: kit(300000) },
    ],
  },
  {
    id: 'v15d55', class: 'equipment',
    probes: 'a base and a studio, each with its own cap',
    turns: [{ user: '公司有个高技能人才培训基地 买了300万设备 还有个大师工作室 买了20万设备 都是职工教育经费 都验收了', expect: kitNot(540000, 640000) }],
  },
  {
    id: 'v15d56', class: 'equipment',
    probes: 'kind of site unstated: ask before the cap (base and studio caps differ)',
    turns: [
      { user: '新买实训设备 90万 职工教育经费 验收合格 能补多少', expect: askKit },
      { user: '是大师工作室的', expect: kitNot(100000, 180000) },
    ],
  },
  // ---------------------------------------------------------------- education_fund
  {
    id: 'v15d57', class: 'education_fund',
    probes: 'fund below 8 % of payroll',
    turns: [{ user: '工资薪金总额 1200万 职工教育经费提了60万 税前能扣多少', expect: deduct(600000) }],
  },
  {
    id: 'v15d58', class: 'education_fund',
    probes: 'rate, then fund unknown',
    turns: [
      { user: '职工教育经费 税前扣除 比例是多少', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
      { user: '俺工资总额300万 经费提了多少 记不清', expect: askFund },
    ],
  },
  {
    id: 'v15d59', class: 'education_fund',
    probes: 'front-line share under 60 %',
    turns: [{ user: '职工教育经费 一线工人 只用了一半 有啥说法没', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } }],
  },
  {
    id: 'v15d60', class: 'education_fund',
    probes: 'cash reading refused: the deduction is pre-tax',
    turns: [{ user: '工资总额二百萬 教育经费提了10萬 能领回来多少现金', expect: deduct(100000) }],
  },
  {
    id: 'v15d61', class: 'education_fund',
    probes: 'fund above the cap',
    turns: [{ user: '玩具厂 工资总额 1000万 教育经费 提了一百万 扣除上限多少', expect: deduct(800000) }],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v15d62', class: 'apprenticeship',
    probes: 'no per-apprentice figure',
    turns: [{ user: '企业新型学徒 俺厂带了12个 一人补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v15d63', class: 'apprenticeship',
    probes: '师带徒 津贴 from the education fund',
    turns: [{ user: '修车厂 老师傅带徒弟 津贴 能从职工教育经费出不', expect: { cites: ['六(二)'], says: [/师带徒/] } }],
  },
  {
    id: 'v15d64', class: 'apprenticeship',
    probes: 'apprenticeship target, then its amount',
    turns: [
      { user: '新型学徒 三年要培养多少个', expect: { cites: ['四(一)'], says: [/2\s*万|20000|两万/] } },
      { user: '那学徒补贴 每人多少', expect: noFigure(['四(一)']) },
    ],
  },
  // ---------------------------------------------------------------- period
  {
    id: 'v15d65', class: 'period',
    probes: '[dated] a 2022 application',
    turns: [{ user: '2022年了 还能申请以工代训不', expect: over }],
  },
  {
    id: 'v15d66', class: 'period',
    probes: 'can I still apply, plain',
    turns: [{ user: '这个方案 现在还中不中 俺想报个班', expect: over }],
  },
  {
    id: 'v15d67', class: 'period',
    probes: '[dated] hires from November 2021',
    turns: [{ user: '21年十一月招的贫困户 那会儿还在方案期内不', expect: { says: [/2021/], mentionsPeriodEnd: true } }],
  },
  {
    id: 'v15d68', class: 'period',
    probes: 'start and end of the plan',
    turns: [{ user: '郑政办63号文 从啥时候开始 到啥时候', expect: { says: [/2019/], mentionsPeriodEnd: true } }],
  },
  {
    id: 'v15d69', class: 'period',
    probes: '[contact] expired plan, then where to ask about newer ones',
    turns: [
      { user: '设备补助 现在还能申不', expect: over },
      { user: '那现在该问谁', expect: { says: [WHO] } },
    ],
  },
  {
    id: 'v15d70', class: 'period', periodEnd: true,
    probes: 'asks about what one can still get after giving full facts',
    turns: [{ user: '蔬菜合作社 贫困户1个 干了8个月 以工代训2个月 岗前补贴没领 现在还能申请不', expect: { ...pay(400), mentionsPeriodEnd: true } }],
  },
];
