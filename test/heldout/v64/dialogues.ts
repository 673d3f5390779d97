/**
 * HELD-OUT dialogues, set v64 — written blind from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/ or other held-out sets (only the format lines of v15 were looked at). Not
 * to be tuned on: no word of these messages goes into a glossary, pattern or fixture.
 *
 * Who types here: rural county employers — 扶贫车间 in 巩义 / 荥阳 / 新郑, 农民专业合作社
 * (香菇, 大枣, 石榴), 家庭农场, small county food and farm-machinery enterprises — and veterans
 * (退伍 / 转业) looking for training. WeChat on a phone: 俺 / 木有 / 咋 / 中, no punctuation,
 * numbers as 俩 / 仨 / 半年, "不知道 / 记不清 / 得问问", facts found out later and then corrected,
 * several groups with different months, dated questions (2020年 / 2021年) and "现在还能…".
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only by an
 *   insured ENTERPRISE (a 合作社 or 扶贫车间 is not one); 退役军人 are no 以工代训 group; rows with
 *   the 岗前培训补贴 claimed never count; nothing is paid before the 岗前 fact is said.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, 师带徒津贴: the plan fixes no amount.
 * - A 家庭农场 is not one of the contract's entity kinds: either ask what it is registered as, or
 *   treat it as a production entity ("等各类生产经营主体") — both accepted.
 *
 * Tags in `probes`: [two-part], [dated], [3-turn] (不知道 → found out → corrected).
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
/** Several groups, one of them still open: ask about it, no wrong total, no 不符合. */
const partOpen = (wrong: number): TurnExpect => ({ asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
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
/** The plan's end must be said. */
const over: TurnExpect = { mentionsPeriodEnd: true };
/** Person training: no figure, not denied on these facts. */
const trainOpen: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } };
/** Person training: not granted on these facts, no figure. */
const trainNo: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } };
/** Clauses that speak of veterans' training. */
const VET = ['三(二)', '六(一)', '七(二)'];

export const DIALOGUES_V64: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v64d01', class: 'one_group', periodEnd: true,
    probes: 'poverty workshop, poor labour employed 8 months, 6 months OJT: 3 × 200 × 6',
    turns: [{ user: '俺是巩义鲁庄那个扶贫车间的 招了仨建档立卡贫困户 都干了八个多月了 以工代训搞了六个月 岗前培训补贴木有领过 能补多少钱', expect: pay(3600) }],
  },
  {
    id: 'v64d02', class: 'one_group', periodEnd: true,
    probes: 'pomegranate cooperative names the group only: ask months and 岗前, then pay',
    turns: [
      { user: '荥阳河阴石榴合作社 收了两个贫困户来剪枝打药 这个以工代训能补不', expect: askOJT },
      { user: '他俩干了七个月 以工代训四个月 岗前那个补贴没领', expect: pay(1600) },
    ],
  },
  {
    id: 'v64d03', class: 'one_group', periodEnd: true,
    probes: 'poor labour employed only 5 months: under the six-month threshold',
    turns: [{ user: '新郑孟庄枣乡合作社 有一个贫困户 来了才五个月 以工代训也是五个月 岗前补贴没拿过 能申请不', expect: noPay(1000) }],
  },
  {
    id: 'v64d04', class: 'one_group', periodEnd: true,
    probes: 'a mushroom cooperative is no insured enterprise: 就业困难 hires do not count even with 社保',
    turns: [{ user: '俺们西村香菇种植合作社 社保是交着的 招了俩就业困难人员 以工代训三个月 岗前补贴没领 这能给补不', expect: noPay(1200) }],
  },
  {
    id: 'v64d05', class: 'one_group', periodEnd: true,
    probes: '[dated] 2020, insured jujube factory, one zero-employment-family hire, 6 months',
    turns: [{ user: '2020年那会儿 俺新郑的红枣加工厂 是正经注册的企业 社保都交着 招了一个零就业家庭的 以工代训干了六个月 岗前培训补贴没申请过 当时能补多少', expect: pay(1200) }],
  },
  {
    id: 'v64d06', class: 'one_group', periodEnd: true,
    probes: 'family farm (not a contract entity kind): ask what it is, or pay as a production entity',
    turns: [{ user: '荥阳高村一个家庭农场 雇了俩贫困户 干了一年了 以工代训六个月 岗前补贴没有领 能补多少', expect: { oneOf: [pay(2400), askOJT] } }],
  },
  {
    id: 'v64d07', class: 'one_group', periodEnd: true,
    probes: 'ten months of OJT capped at six',
    turns: [{ user: '巩义小关镇扶贫车间 五个贫困户 干满一年了 以工代训弄了十个月 岗前补贴都没领 按十个月算是多少', expect: payNot(6000, 10000) }],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v64d08', class: 'several_groups', periodEnd: true,
    probes: 'workshop: poor labour count, 就业困难 rows do not (not an insured enterprise)',
    turns: [{ user: '俺是巩义一个扶贫车间 贫困户仨 干了八个月 以工代训六个月 另外还有俩就业困难人员 以工代训四个月 岗前补贴全都没领 总共能补多少', expect: payNot(3600, 5200) }],
  },
  {
    id: 'v64d09', class: 'several_groups', periodEnd: true,
    probes: 'three groups with their own months; 岗前 unstated first, then each row on its own months',
    turns: [
      { user: '新郑一家食品企业 社保都交 招了俩贫困户 干了七个月以工代训五个月 一个零就业家庭的以工代训仨月 还有仨就业困难的以工代训六个月', expect: { asks: true, noAmount: 'open' } },
      { user: '岗前培训补贴 这三拨人都没领过', expect: payNot(6200, 7200) },
    ],
  },
  {
    id: 'v64d10', class: 'several_groups', periodEnd: true,
    probes: 'two pairs of poor labour: only the pair employed 9 months counts',
    turns: [{ user: '俺们香菇合作社 四个贫困户 其中俩干了九个月 以工代训六个月 另外俩才来四个月 以工代训四个月 岗前补贴都没领', expect: payNot(2400, 4000) }],
  },
  {
    id: 'v64d11', class: 'several_groups', periodEnd: true,
    probes: '[3-turn] disabled hire months 不知道 → found (3) → corrected (4); poor rows keep their own months',
    turns: [
      { user: '荥阳一家大枣加工企业 社保交着 贫困户俩 干了十个月 以工代训六个月 还有一个残疾人 他以工代训几个月 俺不知道 岗前补贴都没领', expect: partOpen(3600) },
      { user: '问了车间主任 那个残疾的以工代训三个月', expect: payNot(3000, 3600) },
      { user: '说差了 残疾那个是四个月 不是三个月', expect: payNot(3200, 3000) },
    ],
  },
  {
    id: 'v64d12', class: 'several_groups', periodEnd: true,
    probes: '[dated] 2021, veterans are no 以工代训 group; only the poor labour row counts',
    turns: [{ user: '2021年 荥阳扶贫车间 贫困户俩 干了一年 以工代训六个月 还招了仨退伍军人 以工代训也是六个月 岗前补贴都没领 那年能领多少', expect: payNot(2400, 6000) }],
  },
  {
    id: 'v64d13', class: 'several_groups', periodEnd: true,
    probes: 'exactly six months employed qualifies; the other pair has only 2 months of OJT',
    turns: [{ user: '石榴合作社 一个贫困户干了六个月整 以工代训六个月 另外俩贫困户干了八个月 以工代训俩月 岗前补贴一个也没领', expect: payNot(2000, 3600) }],
  },
  {
    id: 'v64d14', class: 'several_groups', periodEnd: true,
    probes: 'insured enterprise: 就业困难 5 months and 零就业 8 months (capped at 6)',
    turns: [{ user: '新郑一个企业 社保交的 俩就业困难人员以工代训五个月 俩零就业家庭的以工代训八个月 岗前补贴都没领', expect: payNot(4400, 5200) }],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v64d15', class: 'negation_after_noun', periodEnd: true,
    probes: '社保 … 没顾上交 far apart: not insured, so 就业困难 rows do not count',
    turns: [{ user: '社保 俺这厂子开了两年 到现在也没顾上给工人交 招了俩就业困难人员 以工代训四个月 岗前补贴没领', expect: noPay(1600) }],
  },
  {
    id: 'v64d16', class: 'negation_after_noun', periodEnd: true,
    probes: '岗前培训补贴 … 也没领成 far apart: not claimed, so pay',
    turns: [{ user: '岗前培训补贴 那仨贫困户 去年镇上说给报 到最后也没领成 俺合作社是种香菇的 他们干了七个月 以工代训六个月', expect: pay(3600) }],
  },
  {
    id: 'v64d17', class: 'negation_after_noun', periodEnd: true,
    probes: '建档立卡 … 其实都不是: no poor labour, nothing to pay',
    turns: [{ user: '建档立卡 俺车间这俩人 其实都不是 就是村里的普通农户 干了八个月 以工代训六个月 岗前补贴没领 能补不', expect: notYes(2400) }],
  },
  {
    id: 'v64d18', class: 'negation_after_noun', periodEnd: true,
    probes: '满六个月 … 还差一个月没到: employed 5 months, under the threshold',
    turns: [{ user: '贫困户那仨 在俺巩义车间干活 说是满六个月 其实还差一个月没到 以工代训五个月 岗前补贴没领', expect: noPay(3000) }],
  },
  {
    id: 'v64d19', class: 'negation_after_noun', periodEnd: true,
    probes: '养老金 … 一直也没有领过: no monthly pension, veteran not excluded',
    turns: [{ user: '养老金 俺转业回来这些年 一直也没有领过 按月的更谈不上 想学个挖掘机 能享受培训补贴不', expect: trainOpen }],
  },
  {
    id: 'v64d20', class: 'negation_after_noun',
    probes: '证书 … 没考过 没拿着: no certificate, no subsidy granted',
    turns: [{ user: '证书 那个电工培训完了 考是考了 没考过 没拿着 还能补不', expect: trainNo }],
  },
  {
    id: 'v64d21', class: 'negation_after_noun', periodEnd: true,
    probes: '岗前培训补贴 … 可不是没领: claimed, so the rows do not count',
    turns: [{ user: '岗前培训补贴 那俩贫困户刚来那会儿 镇上就已经给领过了 可不是没领 他们干了十个月 以工代训六个月 还能拿以工代训不', expect: noPay(2400) }],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v64d22', class: 'unknown_reply', periodEnd: true,
    probes: '[3-turn] months employed 记不清 → found (10) → corrected (one only 5 months)',
    turns: [
      { user: '俺是石榴合作社的 招了俩贫困户 以工代训弄了四个月 岗前补贴没领 干了多长时间 俺也记不清了', expect: dunnoOJT },
      { user: '翻了工资表 他俩去年三月来的 到现在干了十个月', expect: pay(1600) },
      { user: '哦不对 看串行了 一个干了十个月 另一个才干五个月', expect: payNot(800, 1600) },
    ],
  },
  {
    id: 'v64d23', class: 'unknown_reply', periodEnd: true,
    probes: 'veteran: training place 不知道 stays open; later the place is given, other facts still open',
    turns: [
      { user: '俺退伍回来了 想学个电焊 培训完有补贴不 在哪儿培训还没定 不知道', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
      { user: '就在老家巩义报的班 户口也在巩义', expect: trainOpen },
    ],
  },
  {
    id: 'v64d24', class: 'unknown_reply',
    probes: '[3-turn] fund source 不清楚 → found (education fund) → value corrected above the studio cap',
    turns: [
      { user: '荥阳一家食品企业 建了个技能大师工作室 新买设备四十万 人社财政验收过了 钱是不是职工教育经费出的 俺真不清楚', expect: dunnoKit },
      { user: '问了财务 就是职工教育经费里出的', expect: kit(80000) },
      { user: '财务又说 设备是五十五万 不是四十万', expect: kitNot(100000, 110000) },
    ],
  },
  {
    id: 'v64d25', class: 'unknown_reply',
    probes: 'payroll 说不上来: no deduction figure; then 8 % of payroll is the limit',
    turns: [
      { user: '俺企业工资薪金总额多少 俺也说不上来 职工教育经费今年提了十万 能扣多少', expect: askFund },
      { user: '会计说工资薪金一年一百万', expect: deduct(80000, 100000) },
    ],
  },
  {
    id: 'v64d26', class: 'unknown_reply', periodEnd: true,
    probes: '岗前 说不准 stays open, then the township says not claimed',
    turns: [
      { user: '巩义扶贫车间 四个贫困户 干了九个月 以工代训五个月 岗前培训补贴领没领 得问镇上 俺现在说不准', expect: dunnoOJT },
      { user: '镇上回话了 没领过', expect: pay(4000) },
    ],
  },
  {
    id: 'v64d27', class: 'unknown_reply', periodEnd: true,
    probes: '[3-turn] insurance 不清楚 → found (insured) → corrected (only two are 就业困难)',
    turns: [
      { user: '新郑一家枣制品公司 招了仨就业困难人员 以工代训六个月 岗前补贴没领 社保交没交 会计请假了 俺不清楚', expect: dunnoOJT },
      { user: '会计回来了 社保一直交着呢', expect: pay(3600) },
      { user: '不对 会计说只有俩是就业困难人员 另一个是普通工人', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v64d28', class: 'unknown_reply',
    probes: 'transferred officer: monthly pension 不清楚 stays open, no verdict',
    turns: [{ user: '俺是转业干部 退休金的事还没定下来 以后按月领不领 不清楚 想参加个培训', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } }],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v64d29', class: 'correction', periodEnd: true,
    probes: 'head count corrected from four to three',
    turns: [
      { user: '巩义扶贫车间 四个贫困户 干了七个月 以工代训五个月 岗前补贴没领', expect: pay(4000) },
      { user: '说错了 是三个人 不是四个', expect: payNot(3000, 4000) },
    ],
  },
  {
    id: 'v64d30', class: 'correction', periodEnd: true,
    probes: '不对 社保交了 replaces 社保没交',
    turns: [
      { user: '俺荥阳的厂子是企业 招了俩零就业家庭的 以工代训四个月 岗前补贴没领 社保没交', expect: noPay(1600) },
      { user: '不对不对 社保去年就交上了 刚才说岔了', expect: pay(1600) },
    ],
  },
  {
    id: 'v64d31', class: 'correction', periodEnd: true,
    probes: 'entity corrected from cooperative to an insured company',
    turns: [
      { user: '俺是种香菇的合作社 招了俩就业困难人员 以工代训五个月 岗前补贴没领', expect: notYes(2000) },
      { user: '说错了 俺们前年就注册成公司了 社保也给交着', expect: pay(2000) },
    ],
  },
  {
    id: 'v64d32', class: 'correction', periodEnd: true,
    probes: 'OJT months corrected from three to six',
    turns: [
      { user: '石榴合作社 仨贫困户 干了九个月 以工代训三个月 岗前补贴没领', expect: pay(1800) },
      { user: '不是三个月 以工代训是六个月 刚才说少了', expect: payNot(3600, 1800) },
    ],
  },
  {
    id: 'v64d33', class: 'correction', periodEnd: true,
    probes: '[3-turn] months employed 不知道 → found (8) → 岗前 corrected for one of the two',
    turns: [
      { user: '巩义一个扶贫车间 招了俩贫困户 干了几个月不知道 以工代训三个月 岗前补贴没领', expect: dunnoOJT },
      { user: '查了考勤 干了八个月', expect: pay(1200) },
      { user: '刚才说错 岗前培训补贴 其中一个领过', expect: payNot(600, 1200) },
    ],
  },
  {
    id: 'v64d34', class: 'correction',
    probes: 'site kind corrected from master studio (cap 10万) to high-skill base (cap 50万)',
    turns: [
      { user: '新郑一个农机企业 建了个技能大师工作室 新买实训设备三百万 职工教育经费出的 验收合格了', expect: kit(100000) },
      { user: '俺说岔了 那不是啥大师工作室 是农机企业的高技能人才培训基地', expect: kit(500000) },
    ],
  },
  {
    id: 'v64d35', class: 'correction',
    probes: 'veteran corrects subsidies this year from three to one',
    turns: [
      { user: '俺退伍的 今年已经领过三回培训补贴了 再学个叉车还能补不', expect: trainNo },
      { user: '记错了 今年就领过一回', expect: trainOpen },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v64d36', class: 'topic_switch', periodEnd: true,
    probes: 'OJT amount, then a veteran brother asks about training: no OJT figure leaks',
    turns: [
      { user: '巩义扶贫车间 俩贫困户干了一年 以工代训六个月 岗前补贴没领', expect: pay(2400) },
      { user: '还有个事 俺兄弟刚退伍回来 想学开挖掘机 有培训没', expect: { noAmount: 'unfixed', cites: VET, mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v64d37', class: 'topic_switch',
    probes: 'equipment subsidy, then 巧媳妇工程: answered from 三(二)',
    turns: [
      { user: '新郑的企业 高技能人才培训基地 新买设备一百万 职工教育经费出的 验收了', expect: kit(200000) },
      { user: '换个话题 巧媳妇工程是干啥的', expect: { cites: ['三(二)'], mustNotContain: ['200000', /20万/] } },
    ],
  },
  {
    id: 'v64d38', class: 'topic_switch', periodEnd: true,
    probes: 'OJT, then a poor family\'s daughter at a 技工学校: family aid, no figure',
    turns: [
      { user: '石榴合作社 一个贫困户 干了七个月 以工代训六个月 岗前补贴没领', expect: pay(1200) },
      { user: '对了 俺闺女在技工学校上学 俺家是建档立卡户 有啥补助没', expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'], mustNotContain: ['1200'] } },
    ],
  },
  {
    id: 'v64d39', class: 'topic_switch',
    probes: 'veteran training, then the OJT monthly standard for a cooperative',
    turns: [
      { user: '俺是退伍军人 想在荥阳学个农机维修 有免费的培训不', expect: { noAmount: 'unfixed', cites: VET } },
      { user: '另外问下 俺村的大枣合作社吸纳贫困户 以工代训一个月补多少', expect: { cites: ['六(一)'], says: [/200/] } },
    ],
  },
  {
    id: 'v64d40', class: 'topic_switch', periodEnd: true,
    probes: 'OJT amount, then 生活费补贴: not settled, never the OJT figure',
    turns: [
      { user: '巩义扶贫车间 仨贫困户 干了十个月 以工代训四个月 岗前补贴没领', expect: pay(2400) },
      { user: '那这仨人培训期间 生活费补贴一个月给多少', expect: { ...unsettled, mustNotContain: ['2400'] } },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v64d41', class: 'person_training', periodEnd: true,
    probes: 'veteran in his home county asks about a subsidy for an electrician certificate',
    turns: [{ user: '俺退伍两年了 在新郑老家 想考个电工证 要是考下来了 政府给补钱不', expect: { noAmount: 'unfixed', cites: ['七(二)', '三(二)', '六(一)'] } }],
  },
  {
    id: 'v64d42', class: 'person_training', periodEnd: true,
    probes: 'retired veteran with a monthly pension: not granted',
    turns: [{ user: '俺是退休的老兵 每个月都领退休金 还能享受职业培训补贴不', expect: trainNo }],
  },
  {
    id: 'v64d43', class: 'person_training',
    probes: 'same occupation and level subsidised last year: not granted again',
    turns: [{ user: '电工初级 去年在巩义补过一回了 今年想再考一回电工初级 还能补不', expect: { ...trainNo, cites: ['七(二)'] } }],
  },
  {
    id: 'v64d44', class: 'person_training',
    probes: 'poor worker at a mushroom cooperative: training is free, no figure',
    turns: [{ user: '俺是建档立卡户 在香菇合作社打工 想学门技术 培训要交钱不', expect: { noAmount: 'unfixed', cites: ['三(三)'] } }],
  },
  {
    id: 'v64d45', class: 'person_training', periodEnd: true,
    probes: '[dated] 2020 veteran training with certificate; institution in system 不知道 stays open',
    turns: [
      { user: '2020年俺参加了退役军人培训 学的汽修 证也拿了 户口常住都在荥阳 当时能不能补', expect: trainOpen },
      { user: '那家汽修学校进没进省里的培训系统 俺是真不知道', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v64d46', class: 'person_training',
    probes: 'training where he seeks a job (求职就业地) counts as a place',
    turns: [{ user: '转业回来在巩义住 去郑州市区找活干 在郑州市区培训的 这算求职就业地不 能补不', expect: { ...trainOpen, cites: ['七(二)'] } }],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v64d47', class: 'entrepreneurship',
    probes: 'veteran wants to open a 农家乐: entrepreneurship training, no figure',
    turns: [{ user: '俺退伍回来想在巩义开个农家乐 有创业培训没', expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } }],
  },
  {
    id: 'v64d48', class: 'entrepreneurship',
    probes: 'family farm open three years: within five years',
    turns: [{ user: '俺的家庭农场办了三年了 算小微企业主不 能参加创业培训不', expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } }],
  },
  {
    id: 'v64d49', class: 'entrepreneurship',
    probes: 'cooperative open 7–8 years and 没打算 start anything new: not granted',
    turns: [{ user: '俺的枣合作社开了七八年了 也没打算再干别的 还能参加创业培训不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } }],
  },
  {
    id: 'v64d50', class: 'entrepreneurship', periodEnd: true,
    probes: 'transferred officer, pomegranate juice workshop; then 现在还能报不 → the plan ended',
    turns: [
      { user: '俺是转业的 想开个石榴汁作坊 创业培训咋报名', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
      { user: '现在还能报不 还是按那个方案', expect: over },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v64d51', class: 'equipment',
    probes: 'high-skill base, 120万 of equipment: 20 % = 24万',
    turns: [{ user: '新郑一个农机企业 建了个高技能人才培训基地 新买实训设备一百二十万 职工教育经费出的 人社财政验收合格了 补多少', expect: kit(240000) }],
  },
  {
    id: 'v64d52', class: 'equipment',
    probes: 'bought with poverty-project money, 不是职工教育经费: no subsidy',
    turns: [{ user: '荥阳的企业 技能大师工作室 设备八十万 是用扶贫项目的钱买的 不是职工教育经费 能补不', expect: noKit(160000, /(?<![\d.])16万/) }],
  },
  {
    id: 'v64d53', class: 'equipment',
    probes: 'acceptance 还没弄: not yet eligible, no 6万',
    turns: [{ user: '巩义一个企业 大师工作室 新买设备三十万 职工教育经费出的 验收还没弄 能补多少', expect: noKit(60000, /(?<![\d.])6万/) }],
  },
  {
    id: 'v64d54', class: 'equipment',
    probes: '[3-turn] value 不清楚 → found (150万) → corrected (250万, capped at 50万)',
    turns: [
      { user: '俺企业高技能人才培训基地 新添了一批设备 多少钱俺不清楚 职工教育经费出的 验收过了', expect: askKit },
      { user: '财务说一共一百五十万', expect: kit(300000) },
      { user: '说错了 是两百五十万 少说了一百万', expect: kitNot(500000, 300000) },
    ],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v64d55', class: 'education_fund',
    probes: 'fund above 8 % of payroll: deduction limited to 16万',
    turns: [{ user: '新郑一个食品企业 一年工资薪金二百万 职工教育经费提了二十万 税前能扣多少', expect: deduct(160000, 200000) }],
  },
  {
    id: 'v64d56', class: 'education_fund',
    probes: 'fund under the limit, front-line share 五成 under 60 %: noted',
    turns: [{ user: '巩义企业 工资薪金五百万 职工教育经费三十万 一线职工只用了五成 这经费能咋扣', expect: { ...deduct(300000), says: [/税前/, /60|六成|百分之六十/] } }],
  },
  {
    id: 'v64d57', class: 'education_fund',
    probes: '[3-turn] payroll 得问问 → found (120万) → corrected (180万)',
    turns: [
      { user: '职工教育经费 俺厂提了十二万 工资总额俺得问问', expect: askFund },
      { user: '问了 工资薪金一年一百二十万', expect: deduct(96000, 120000) },
      { user: '不对 是一百八十万', expect: deduct(120000, 96000) },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v64d58', class: 'apprenticeship',
    probes: 'cooperative with five new-type apprentices: the plan fixes no amount',
    turns: [{ user: '俺合作社带了五个学徒 搞的是新型学徒制 每人补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v64d59', class: 'apprenticeship', periodEnd: true,
    probes: '[dated] 2020 apprentices: no figure; then 现在 → the plan ended',
    turns: [
      { user: '2020年俺新郑厂里招了十个新型学徒 当时一人能补多少', expect: noFigure(['四(一)']) },
      { user: '那十个学徒 搁现在还能补着申请不', expect: { ...over, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v64d60', class: 'apprenticeship',
    probes: '师带徒 paid from the education fund (六(二)); its monthly amount is not settled',
    turns: [
      { user: '俺企业老师傅带徒弟 有没有师带徒津贴这一说', expect: { noAmount: 'unfixed', cites: ['六(二)'] } },
      { user: '那个津贴一个月多少钱', expect: unsettled },
    ],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v64d61', class: 'period', periodEnd: true,
    probes: 'OJT today: the plan ran to 2021-12-31',
    turns: [{ user: '以工代训补贴 这会儿还能申请不', expect: { ...over, cites: ['六(一)'] } }],
  },
  {
    id: 'v64d62', class: 'period', periodEnd: true,
    probes: '[dated] 2020 OJT not claimed, can it be claimed now',
    turns: [{ user: '2020年俺扶贫车间该领的以工代训没去领 现在补申请还来得及不', expect: { ...over, noAmount: 'open' } }],
  },
  {
    id: 'v64d63', class: 'period', periodEnd: true,
    probes: 'veteran asks whether the action still runs this year',
    turns: [{ user: '这个职业技能提升行动 今年还搞不搞 俺退伍的想报个班', expect: over }],
  },
  {
    id: 'v64d64', class: 'period', periodEnd: true,
    probes: '[dated][two-part] 2021 amount and whether it can be claimed now',
    turns: [{ user: '2021年上半年 俺巩义车间收了俩贫困户 干了八个月 以工代训六个月 岗前补贴没领 那会儿能领多少 现在还能领不', expect: { ...pay(2400), ...over } }],
  },
  {
    id: 'v64d65', class: 'period', periodEnd: true,
    probes: 'how long the plan runs; then hires made in 2022 fall outside it',
    turns: [
      { user: '2019年底出的那个技能提升方案 管到哪年', expect: over },
      { user: '俺荥阳合作社2022年才招的贫困户 能按这个方案领以工代训不', expect: { ...over, noAmount: 'open' } },
    ],
  },
];
