/**
 * HELD-OUT dialogues, set v30 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no message is reused or
 * paraphrased from earlier sets. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: a coal-mine safety officer (煤矿安全员), a 托育 (kindergarten / nursery)
 * operator, a family farm that runs a cooperative (新型农业经营主体), a food-delivery rider, a
 * software company's HR with 新录用 graduates, a 返乡农民工 starting out at home, a 残疾人 worker,
 * a 民办培训机构, the labour-union staff of a state-owned enterprise, and a grandfather asking for
 * his grandson at a 技工学校. WeChat on a phone: dialect (俺 / 咋 / 木 / 中 / 啥 / 恁), homophones
 * (以工带训, 补帖, 社宝), odd spacing, full-width digits, Chinese numerals (俩 / 仨 / 一百八十万),
 * dated questions (2020年的时候 / 现在还能), people who never say a fact until asked, and chit-chat
 * dropped in the middle of a case.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 already
 * claimed or not, the kind of unit, insurance where the rule needs it, months employed for poor
 * labour, the group of the person hired, acceptance and fund source of equipment, payroll and
 * fund drawn) must be asked, so an amount is expected only once every such fact has been said.
 * "不知道 / 不清楚" leaves the fact open: no amount and no 不符合.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业, 合作社, 扶贫车间, a 培训机构 too — not a
 *   职业院校); 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise (a 扶贫车间 that
 *   is no company and pays no insurance does not count); 退役军人 and new graduates are no group;
 *   rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [chit-chat], [never-says].
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
/** Not eligible (yet) on these facts, the misreading's figure absent. */
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
/** Words that would present the deduction as cash to collect. */
const CASH = /可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/;
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [CASH, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing: ask, no figure. */
const askFund: TurnExpect = { noAmount: 'open', asks: true, undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** A clause lookup. */
const look = (cites: string[], ...says: RegExp[]): TurnExpect => ({ cites, ...(says.length ? { says } : {}) });
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V30: Dialogue[] = [
  // ------------------------------------------------------------------ one group
  {
    id: 'v30d01',
    class: 'one_group',
    probes: '托育 enterprise, insured, two 就业困难人员, full-width months, 岗前 "没申请过"',
    periodEnd: true,
    turns: [
      {
        user: '俺们是托育园 公司性质 交着社保的，去年招了俩就业困难人员，干了８个月，以工代训５个月，岗前培训补贴没申请过，能补多少',
        expect: pay(2000),
      },
    ],
  },
  {
    id: 'v30d02',
    class: 'one_group',
    probes: '[never-says] family farm that runs a cooperative: months, then 岗前 asked before 2400',
    periodEnd: true,
    turns: [
      { user: '俺是开家庭农场的，去年领办了个农民专业合作社，人都是合作社雇的。雇了三个建档立卡贫困户，以工代训有补贴没', expect: askOJT },
      { user: '都干了一年多了 以工代训搞了四个月', expect: askOJT },
      { user: '岗前那个培训补贴 合作社从来木领过', expect: pay(2400) },
    ],
  },
  {
    id: 'v30d03',
    class: 'one_group',
    probes: 'coal mine (SOE, insured), one 零就业家庭成员, Chinese numerals for months',
    periodEnd: true,
    turns: [
      {
        user: '俺矿上（国企 社保都交着）招了一个零就业家庭的 来了十个月 以工代训六个月 岗前补贴没领 给补多少',
        expect: pay(1200),
      },
    ],
  },
  {
    id: 'v30d04',
    class: 'one_group',
    probes: 'a 培训机构 is a production entity for poor labour; homophone 以工带训, full-width digits',
    periodEnd: true,
    turns: [
      {
        user: '俺们培训学校自己招了２个建档立卡的干后勤 干了７个月了 以工带训４个月 岗前补帖木有领 能申请多少',
        expect: pay(1600),
      },
    ],
  },
  {
    id: 'v30d05',
    class: 'one_group',
    probes: '[never-says] coal company names no count, months or 岗前 until asked, one at a time',
    periodEnd: true,
    turns: [
      { user: '俺们煤矿公司招了几个贫困户 以工代训补贴咋算', expect: askOJT },
      { user: '一共五个 都是村里建档立卡的', expect: askOJT },
      { user: '在井上干了一年了', expect: askOJT },
      { user: '以工代训搞了仨月 岗前的钱矿上没拿', expect: pay(3000) },
    ],
  },
  {
    id: 'v30d06',
    class: 'one_group',
    probes: 'poor labour employed only 5 months is not yet paid; at 6 months it is',
    periodEnd: true,
    turns: [
      {
        user: '俺打工回来在村里开了个服装加工厂 注册的公司 招了６个建档立卡贫困劳动力 干了五个月 以工代训五个月 岗前没领',
        expect: notYes(6000),
      },
      { user: '那再过一个月 干满六个月了 以工代训还是五个月 能补多少', expect: pay(6000) },
    ],
  },

  // ------------------------------------------------------------------ several groups
  {
    id: 'v30d07',
    class: 'several_groups',
    probes: 'software firm: graduates with 岗前 claimed count nothing, disabled hire paid on his own months',
    periodEnd: true,
    turns: [
      {
        user: '俺们公司参保的。今年新录用了5个应届毕业生，岗前培训补贴都领了；另外招了1个残疾人程序员，来了9个月，以工代训6个月，他的岗前补贴没领。以工代训能给多少',
        expect: payNot(1200, 7200),
      },
    ],
  },
  {
    id: 'v30d08',
    class: 'several_groups',
    probes: 'two groups with different months keep their own months (not all at 6, not all at 3)',
    periodEnd: true,
    turns: [
      {
        user: '园里（公司 有社保）去年收了 ２个就业困难人员 以工代训３个月，还有１个零就业家庭的 以工代训６个月，来了都大半年了 岗前补贴都没领',
        expect: payNot(2400, 3600),
      },
    ],
  },
  {
    id: 'v30d09',
    class: 'several_groups',
    probes: 'SOE: four poor labourers paid, two 退役军人 are no 以工代训 group',
    periodEnd: true,
    turns: [
      {
        user: '工会这边帮人资问下：俺们国企 参保的 吸纳了四个建档立卡贫困劳动力 干满一年了 以工代训五个月；还有两个退役军人 以工代训六个月。岗前补贴都没领过',
        expect: payNot(4000, 6400),
      },
    ],
  },
  {
    id: 'v30d10',
    class: 'several_groups',
    probes: '扶贫车间 that is no company and uninsured: poor labour paid, 就业困难 row excluded',
    periodEnd: true,
    turns: [
      { user: '俺回来办了个扶贫车间 雇了俩贫困户 还有一个就业困难人员 以工代训补贴咋弄', expect: askOJT },
      { user: '贫困户干了七个月 以工代训六个月；那个就业困难的 以工代训俩月。车间没注册公司 社保也没交', expect: askOJT },
      { user: '岗前补贴 车间里仨人都木领', expect: payNot(2400, 2800) },
    ],
  },
  {
    id: 'v30d11',
    class: 'several_groups',
    probes: '[chit-chat] a question about the bot in the middle of the case keeps the facts',
    periodEnd: true,
    turns: [
      { user: '园里是公司 交着社宝 招了２个零就业家庭成员', expect: askOJT },
      { user: '你们这个客服是真人还是机器人啊', expect: decline },
      { user: '她俩来了五个月 以工代训也是五个月 岗前补贴没领', expect: pay(2000) },
    ],
  },

  // ------------------------------------------------------------------ negation after the noun
  {
    id: 'v30d12',
    class: 'negation_after_noun',
    probes: 'negation far after the noun: 岗前培训补贴 … 一分也木领',
    periodEnd: true,
    turns: [
      {
        user: '岗前培训补贴那个 俺们 一分也木领。俺是煤矿企业 招的仨贫困劳动力 干了８个月 以工代训六个月 能补多少',
        expect: pay(3600),
      },
    ],
  },
  {
    id: 'v30d13',
    class: 'negation_after_noun',
    probes: '社保 … 一直没给交: an uninsured enterprise gets nothing for 就业困难人员',
    periodEnd: true,
    turns: [
      {
        user: '社保这块儿 园里 说实话 一直没给交。招了一个就业困难人员 来了半年 以工代训4个月 岗前补贴也没领 能有以工代训不',
        expect: noPay(800),
      },
    ],
  },
  {
    id: 'v30d14',
    class: 'negation_after_noun',
    probes: 'double negation: 岗前培训补贴 不是没领，是领过了 → claimed, nothing paid',
    periodEnd: true,
    turns: [
      {
        user: '公司交社保 招了仨残疾人 来了半年 以工代训6个月。岗前培训补贴 不是没领 是早就领过了 以工代训还能再要不',
        expect: noPay(3600),
      },
    ],
  },
  {
    id: 'v30d15',
    class: 'negation_after_noun',
    probes: 'rider: 养老金资格 木有 / 补贴 一回都没享受 read as no, not yes; then all facts → eligible',
    periodEnd: true,
    turns: [
      {
        user: '俺送外卖的 按月领养老金的资格 木有；今年的培训补贴 也一回都没享受过。俺想考个证 能补不',
        expect: { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      {
        user: '证已经拿到了 在郑州常住地培训的 机构在省里那个系统里 以前没学过这个工种',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },

  // ------------------------------------------------------------------ 不知道 / 不清楚
  {
    id: 'v30d16',
    class: 'unknown_reply',
    probes: 'training school: months "不太清楚" stays open, then the accountant settles it',
    periodEnd: true,
    turns: [
      { user: '俺们机构招了3个建档立卡贫困户打杂 以工代训能领多少', expect: askOJT },
      { user: '干了多久 俺也不太清楚 得问问会计', expect: dunnoOJT },
      { user: '会计说干了九个月了 以工代训５个月 岗前补贴没领', expect: pay(3000) },
    ],
  },
  {
    id: 'v30d17',
    class: 'unknown_reply',
    probes: 'studio equipment: fund source and acceptance unknown stay open; then the cap of 10万',
    periodEnd: true,
    turns: [
      { user: '工会这边问一下，俺们单位技能大师工作室 新买了实训设备 六十万，能补多少', expect: askKit },
      { user: '是不是从职工教育经费出的钱 俺不清楚', expect: dunnoKit },
      { user: '验收这事儿 也还不知道', expect: dunnoKit },
      { user: '财务回话了：是教育经费买的，人社财政验收也过了', expect: kitNot(100000, 120000) },
    ],
  },
  {
    id: 'v30d18',
    class: 'unknown_reply',
    probes: 'grandfather unsure whether the family is 建档立卡: no verdict; then the family aid, no figure',
    periodEnd: true,
    turns: [
      {
        user: '俺孙子在技工学校念书 俺家算不算建档立卡贫困户 俺也说不清 孩子家里能有啥补助',
        expect: { noAmount: 'unfixed', undecided: 'poor_family_child_aid', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } },
      },
      { user: '村干部说了 俺家是建档立卡户', expect: noFigure(['三(三)', '三(十四)']) },
    ],
  },
  {
    id: 'v30d19',
    class: 'unknown_reply',
    probes: '[never-says] nursery never names the group; "不知道" keeps it open; then 600',
    periodEnd: true,
    turns: [
      { user: '托育中心是公司 交社保 新招的保育员阿姨来了５个月 以工代训３个月 岗前补贴没领 能补多少', expect: askOJT },
      { user: '她算不算就业困难人员 俺也不知道', expect: dunnoOJT },
      { user: '街道说她是登记过的就业困难人员', expect: pay(600) },
    ],
  },
  {
    id: 'v30d20',
    class: 'unknown_reply',
    probes: 'disabled worker asks for his factory; 岗前 "不清楚" stays open; then 1000',
    periodEnd: true,
    turns: [
      { user: '俺是个残疾人 在一个厂子上班 厂里能因为招了俺领以工代训补贴不', expect: askOJT },
      { user: '厂子是公司 交社保 俺来了七个月 以工代训五个月 岗前补贴的事 不清楚', expect: dunnoOJT },
      { user: '问了厂里人事 俺的岗前补贴木领', expect: pay(1000) },
    ],
  },
  {
    id: 'v30d21',
    class: 'unknown_reply',
    probes: 'disabled trainee does not know whether the institution is in the system: no verdict',
    periodEnd: true,
    turns: [
      {
        user: '俺是残疾人 在郑州常住 学了中式面点 证也考下来了 能领培训补贴不',
        expect: { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      {
        user: '培训机构在不在系统里 这俺真不知道',
        expect: { noAmount: 'unfixed', undecided: 'vocational_training', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },

  // ------------------------------------------------------------------ corrections
  {
    id: 'v30d22',
    class: 'correction',
    probes: 'count corrected from two to three',
    periodEnd: true,
    turns: [
      { user: '公司交社保，招了两个就业困难人员，来了7个月，以工代训6个月，岗前补贴没领', expect: pay(2400) },
      { user: '不对不对 是三个就业困难的 俺记错了', expect: pay(3600) },
    ],
  },
  {
    id: 'v30d23',
    class: 'correction',
    probes: '岗前 corrected from not claimed to claimed: the amount disappears',
    periodEnd: true,
    turns: [
      { user: '俺矿交社保 吸纳了一个零就业家庭成员 来了六个月 以工代训五个月 岗前补贴没领', expect: pay(1000) },
      { user: '说错了 那个零就业的 岗前培训补贴 其实矿上领过了', expect: noPay(1000) },
    ],
  },
  {
    id: 'v30d24',
    class: 'correction',
    probes: 'rider: certificate corrected from not yet to obtained',
    periodEnd: true,
    turns: [
      {
        user: '俺在郑州常住 参加了网约配送员培训 机构在省里系统里 今年没领过补贴 也不领养老金 以前没培训过这个 就是证书还没下来',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
      { user: '更正一下 配送员证书上礼拜拿到手了', expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v30d25',
    class: 'correction',
    probes: 'months of one group corrected while the other group keeps its own',
    periodEnd: true,
    turns: [
      {
        user: '俺们托育公司 参保 招了两个就业困难人员 以工代训四个月 一个零就业家庭的 以工代训两个月 都来了半年了 岗前都没领',
        expect: pay(2000),
      },
      { user: '哦不对 零就业那个也是四个月', expect: pay(2400) },
    ],
  },
  {
    id: 'v30d26',
    class: 'correction',
    probes: 'base equipment value corrected from 一百八十万 to 二百八十万: cap 50万',
    periodEnd: true,
    turns: [
      {
        user: '俺们集团的高技能人才培训基地 用职工教育经费 新买实训设备 一百八十万 人社财政验收合格了 能补多少',
        expect: kit(360000),
      },
      { user: '搞错了 基地设备是二百八十万', expect: kitNot(500000, 560000) },
    ],
  },

  // ------------------------------------------------------------------ topic switches
  {
    id: 'v30d27',
    class: 'topic_switch',
    probes: 'mine safety training, then a daughter who is an unemployed graduate',
    turns: [
      { user: '高危行业 安全技能培训 方案里咋要求的', expect: look(['三(六)']) },
      { user: '对了 俺闺女大学毕业一年了还没找着工作 她能参加啥技能培训', expect: look(['三(二)']) },
    ],
  },
  {
    id: 'v30d28',
    class: 'topic_switch',
    probes: '[chit-chat] rider: weather talk between two questions; then 3 times a year',
    periodEnd: true,
    turns: [
      { user: '送外卖的 快递物流这一行 有技能培训不', expect: look(['三(四)', '五(一)']) },
      { user: '唉 今儿郑州下恁大雨 你说俺还跑不跑', expect: decline },
      { user: '那考了证 一年能补贴几回', expect: look(['七(二)'], /3|三/) },
    ],
  },
  {
    id: 'v30d29',
    class: 'topic_switch',
    probes: 'union: front-line share of the fund, then prisoners\' training',
    turns: [
      { user: '职工教育经费 是不是得六成以上用在一线职工身上', expect: look(['六(二)'], /60\s*%|六成|百分之六十/) },
      { user: '顺便问下 监狱里服刑的人也搞技能培训？', expect: look(['三(十三)']) },
    ],
  },
  {
    id: 'v30d30',
    class: 'topic_switch',
    probes: 'apprenticeship (no figure), then AI / cloud new-skill training',
    turns: [
      { user: '公司想搞企业新型学徒制 方案有没有说法', expect: noFigure(['四(一)']) },
      { user: '换个事儿 人工智能 云计算 大数据 这些新职业新技能培训 方案提了没', expect: look(['五(一)']) },
    ],
  },
  {
    id: 'v30d31',
    class: 'topic_switch',
    probes: '[chit-chat] grandfather: 1+X, then small talk, then a prize',
    turns: [
      { user: '孙子在技校 老师说有个 1+X 证书 这是啥意思', expect: look(['四(二)']) },
      { user: '现在的孩子咋都恁爱玩手机 你说是不是', expect: decline },
      { user: '那他要是技能比赛拿了奖 有奖励没', expect: noFigure(['五(三)']) },
    ],
  },
  {
    id: 'v30d32',
    class: 'topic_switch',
    probes: '[chit-chat] training school: advance share, an advert request, then the system',
    turns: [
      { user: '俺们机构搞项目制培训 补贴能不能先拨一部分 多少比例', expect: look(['六(一)'], /50\s*%|百分之五十|一半/) },
      { user: '顺便帮俺写个招生广告呗 要吸引人的那种', expect: decline },
      { user: '搞补贴培训 必须用哪个系统', expect: look(['六(三)']) },
    ],
  },
  {
    id: 'v30d33',
    class: 'topic_switch',
    probes: '[contact] who is in charge of safety training for high-risk trades',
    turns: [{ user: '高危行业安全培训 归哪个部门管 有事找谁', expect: look(['三(六)'], /应急/) }],
  },
  {
    id: 'v30d34',
    class: 'topic_switch',
    probes: '[contact] an institution outside the catalogue: 备案 with 人社',
    turns: [{ user: '俺们机构没进培训机构目录 想搞补贴培训 得找哪个部门备案', expect: look(['七(二)'], /人社/) }],
  },
  {
    id: 'v30d35',
    class: 'topic_switch',
    probes: 'family farm: the bases for new farmers and who they rely on',
    turns: [{ user: '乡村振兴新型农民培训基地 依托哪些机构来办', expect: look(['三(七)'], /农业广播电视学校|涉农院校|郑州科技进修学院|农技推广/) }],
  },
  {
    id: 'v30d36',
    class: 'topic_switch',
    probes: 'private institutions get the same treatment as public ones',
    turns: [{ user: '民办的培训机构 跟公办的 待遇一样不', expect: look(['四(三)']) }],
  },
  {
    id: 'v30d37',
    class: 'topic_switch',
    probes: 'chief technician and 特级技师 in an SOE',
    turns: [{ user: '国企想设首席技师 方案里有说法没', expect: look(['五(三)']) }],
  },
  {
    id: 'v30d38',
    class: 'topic_switch',
    probes: '托幼 target over three years, Chinese-numeral answer accepted',
    turns: [{ user: '托幼这块的从业人员 三年要培训多少人次', expect: look(['三(四)'], /15\s*万|十五万/) }],
  },

  // ------------------------------------------------------------------ person training
  {
    id: 'v30d39',
    class: 'person_training',
    probes: 'disabled worker: which programme, then where training must take place',
    periodEnd: true,
    turns: [
      { user: '俺是残疾人 腿脚不好使 想学个手艺 有啥培训没', expect: look(['三(二)']) },
      { user: '残疾人得在哪培训才能给补贴', expect: look(['七(二)']) },
    ],
  },
  {
    id: 'v30d40',
    class: 'person_training',
    probes: '[dated] three subsidies this year already, asked "现在": no, and the plan ended',
    periodEnd: true,
    turns: [
      {
        user: '俺今年已经领过三回培训补贴了 现在还能再补一回不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'], noAmount: 'unfixed', mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v30d41',
    class: 'person_training',
    probes: 'a re-hired retiree drawing a monthly pension is outside the training subsidy',
    periodEnd: true,
    turns: [
      {
        user: '厂里退休返聘的老师傅 按月领着养老金 参加技能培训 能补贴不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)', '七(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v30d42',
    class: 'person_training',
    probes: 'grandson of a 建档立卡 family at a 技工学校: 免学费 and 助学金, no figure',
    periodEnd: true,
    turns: [{ user: '俺孙子在技工学校上学 俺家是建档立卡贫困户 学费能免不', expect: { ...noFigure(['三(三)']), says: [/免学费|免除学费|学费/] } }],
  },
  {
    id: 'v30d43',
    class: 'person_training',
    probes: '[two-part] family aid and the grandson\'s own 助学金: neither has a figure',
    periodEnd: true,
    turns: [
      { user: '孙子在技校 俺家是建档立卡户 家里能领补助不 一年给多少', expect: noFigure(['三(三)', '三(十四)']) },
      { user: '那孙子自个儿的助学金呢 一个月多少钱', expect: noFigure(['三(三)']) },
    ],
  },
  {
    id: 'v30d44',
    class: 'person_training',
    probes: 'rider: living allowance during training has no amount in the plan',
    periodEnd: true,
    turns: [{ user: '俺送外卖 去参加培训那几天没收入 生活费补贴一天给多少钱', expect: unsettled }],
  },
  {
    id: 'v30d45',
    class: 'person_training',
    probes: 'household in 周口, training where he lives and works: the place qualifies, no 不符合',
    periodEnd: true,
    turns: [
      {
        user: '俺户口在周口 在郑州跑外卖 在郑州这边考证 中不中 能补不',
        expect: { cites: ['七(二)'], noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v30d46',
    class: 'person_training',
    probes: 'union: a worker who won a city competition: 奖励 by the rules, no figure',
    periodEnd: true,
    turns: [{ user: '俺们厂一个职工在市里技能竞赛拿了个一等奖 有啥奖励', expect: noFigure(['五(三)']) }],
  },
  {
    id: 'v30d47',
    class: 'person_training',
    probes: '[two-part][contact] disabled people: three-year target and the unit in charge',
    turns: [{ user: '残疾人培训 三年计划培训多少人 归哪个单位负责', expect: look(['三(二)'], /0\.8\s*万|8000|八千/, /残联/) }],
  },
  {
    id: 'v30d48',
    class: 'person_training',
    probes: 'family farm wants its hired hands trained: 高素质农民 programme',
    turns: [{ user: '俺家庭农场想培养几个懂技术会经营的 方案里有啥培训计划', expect: look(['三(七)']) }],
  },
  {
    id: 'v30d49',
    class: 'person_training',
    probes: 'special operations workers must pass before starting work',
    turns: [{ user: '煤矿特种作业人员 没培训合格能先上岗不', expect: look(['三(六)']) }],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v30d50',
    class: 'entrepreneurship',
    probes: 'returning migrant with the wish to start a business: eligible for training, no figure',
    periodEnd: true,
    turns: [
      {
        user: '俺在外打工十来年 今年回村想开个农家乐 有创业培训没',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v30d51',
    class: 'entrepreneurship',
    probes: 'a shop open six years is past the 5-year line: not eligible on that ground',
    periodEnd: true,
    turns: [
      {
        user: '俺的小超市开了六年了 还能参加创业培训不',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v30d52',
    class: 'entrepreneurship',
    probes: 'grandson at a 技工学校 who wants his own repair shop: 创业意识 training',
    turns: [{ user: '俺孙子在技工学校 想着以后自个儿开个修车铺 学校里有创业培训不', expect: noFigure(['三(八)']) }],
  },
  {
    id: 'v30d53',
    class: 'entrepreneurship',
    probes: 'a two-year-old eatery: eligible; then the living allowance is not set by the plan',
    periodEnd: true,
    turns: [
      {
        user: '俺回来开了个小饭馆 开业两年了 老板能参加创业培训不',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' },
      },
      { user: '培训那几天 有生活费补贴不 一天给多少', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v30d54',
    class: 'equipment',
    probes: 'coal mine base, full-width ３００万: 20 % is 60万, capped at 50万',
    periodEnd: true,
    turns: [
      {
        user: '矿上建了个高技能人才培训基地，新买了实训设备 ３００万，钱是职工教育经费里出的，人社和财政验收合格了，能补多少',
        expect: kitNot(500000, 600000),
      },
    ],
  },
  {
    id: 'v30d55',
    class: 'equipment',
    probes: '[never-says] fund and acceptance not said; then not yet accepted: no subsidy',
    periodEnd: true,
    turns: [
      { user: '俺们培训学校是公司制的 建了个技能大师工作室 买设备花了四十五万 能补多少', expect: askKit },
      { user: '钱从职工教育经费出的 验收还没弄呢', expect: noKit(90000, /9\s*万/) },
    ],
  },
  {
    id: 'v30d56',
    class: 'equipment',
    probes: 'two studios each capped on its own: 6万 + 10万',
    periodEnd: true,
    turns: [
      {
        user: '俺们单位俩技能大师工作室 一个新买设备30万 一个买了80万 钱都是职工教育经费 都验收合格了 一共能补多少',
        expect: kitNot(160000, 220000),
      },
    ],
  },

  // ------------------------------------------------------------------ education fund
  {
    id: 'v30d57',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: deduction capped at 40万, a pre-tax deduction',
    periodEnd: true,
    turns: [{ user: '公司一年工资薪金总额 500万 提了职工教育经费 50万 税前扣除能扣多少', expect: deduct(400000) }],
  },
  {
    id: 'v30d58',
    class: 'education_fund',
    probes: '[never-says] payroll and fund asked one by one; full-width digits',
    periodEnd: true,
    turns: [
      { user: '职工教育经费税前扣除 俺们能扣多少', expect: askFund },
      { user: '俺们工资总额１２００万', expect: askFund },
      { user: '职工教育经费今年提了 ６０万', expect: deduct(600000, 960000) },
    ],
  },
  {
    id: 'v30d59',
    class: 'education_fund',
    probes: 'Chinese numerals; front-line share under 60 % is noted',
    periodEnd: true,
    turns: [
      {
        user: '矿上一年工资薪金总额两千万 职工教育经费提了一百八十万 一线职工只用了五成 税前能扣多少',
        expect: { amount: { rule: 'education_fund_deduction', yuan: 1600000 }, says: [/税前/, /60\s*%|六成|百分之六十/], mustNotContain: [CASH] },
      },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v30d60',
    class: 'apprenticeship',
    probes: 'twenty apprentices: the plan fixes no amount per head',
    periodEnd: true,
    turns: [{ user: '俺们软件公司带了２０个新型学徒 一个人补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v30d61',
    class: 'apprenticeship',
    probes: '师带徒 allowance may come from the education fund',
    turns: [{ user: '师带徒的津贴 能从职工教育经费里出不', expect: noFigure(['六(二)']) }],
  },
  {
    id: 'v30d62',
    class: 'apprenticeship',
    probes: '[two-part] three-year apprentice target and the subsidy standard (none fixed)',
    periodEnd: true,
    turns: [{ user: '矿上跟技校搞学徒制 方案说三年培养多少新型学徒 补贴标准是多少', expect: { ...noFigure(['四(一)']), says: [/2\s*万|两万|二万/] } }],
  },
  {
    id: 'v30d63',
    class: 'apprenticeship',
    probes: 'competition training gets 奖补; how much is not set',
    periodEnd: true,
    turns: [
      { user: '单位组织职工备战技能大赛 搞专项培训 有奖补不', expect: noFigure(['三(十五)']) },
      { user: '那备赛的奖补能给几万', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ period and dated questions
  {
    id: 'v30d64',
    class: 'period',
    probes: '"现在还能申请" must say the plan ended on 2021-12-31',
    periodEnd: true,
    turns: [{ user: '这个职业技能提升行动 现在还能申请培训补贴吗', expect: { ...ended, noAmount: 'unfixed' } }],
  },
  {
    id: 'v30d65',
    class: 'period',
    probes: '[dated] 2020: the amount for that date',
    periodEnd: true,
    turns: [
      {
        user: '2020年的时候 俺们托育园（公司 交社保）招了俩就业困难人员 来了七个月 以工代训满六个月 岗前补贴没领 那时候能补多少',
        expect: pay(2400),
      },
    ],
  },
  {
    id: 'v30d66',
    class: 'period',
    probes: '[dated] project training in 二〇二一年十月: 50 % advance of ２０万',
    periodEnd: true,
    turns: [
      {
        user: '二〇二一年十月 俺们机构搞了期项目制培训 补贴总额２０万 那会儿能先拨付多少',
        expect: { amount: { rule: 'project_training_advance', yuan: 100000 } },
      },
    ],
  },
  {
    id: 'v30d67',
    class: 'period',
    probes: 'start and end of the plan',
    turns: [{ user: '这个方案 从啥时候开始的 到啥时候结束', expect: { ...ended, says: [/2019/] } }],
  },
  {
    id: 'v30d68',
    class: 'period',
    probes: '[dated] 2022 is after the end: say so, no figure',
    periodEnd: true,
    turns: [{ user: '俺2022年才从外地回来 开了个小作坊 那时候还能享受这个方案的以工代训不', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v30d69',
    class: 'period',
    probes: '[dated] graduates with 岗前 claimed, asked "现在": nothing, and the plan ended',
    periodEnd: true,
    turns: [
      {
        user: '公司去年新录用了十二个大学毕业生 岗前培训补贴都领了 现在还能再领以工代训吗',
        expect: { ...noPay(14400), ...ended },
      },
    ],
  },
  {
    id: 'v30d70',
    class: 'period',
    probes: '[dated] union asks whether the 2021 competition still runs under this plan',
    turns: [{ user: '百万职工技能比武 这个方案里说的 今年还算数不', expect: { ...ended, cites: ['三(十五)'] } }],
  },
];
