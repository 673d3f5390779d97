/**
 * HELD-OUT dialogues, set v29 — written on 2026-11-30, BLIND, from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, the dev sets under test/core/ or the
 * messages of any other held-out set (only the format of v15 — its header and first lines — was
 * looked at). Not to be tuned on: no word of these messages goes into a glossary, pattern or
 * fixture. Once a dialogue has been fixed by a targeted change it measures nothing any more;
 * write a new one instead.
 *
 * Who types here: the manager of a garlic-processing cooperative (大蒜加工合作社), the boss of a
 * construction labour subcontractor (建筑劳务分包), a hotel's housekeeping manager (客房部), a
 * teacher at a 技师学院, the mother of a student from a poor (建档立卡) family at a 中职, a
 * laid-off textile worker recognised as 就业困难人员, the founder of an 电商 start-up, a car-repair
 * shop boss who built a training room (技能大师工作室), a village cadre relaying villagers'
 * questions, and a hotline operator typing a caller's words in note form (来电：… 问：…). WeChat
 * on a phone: dialect (俺 / 咋 / 木 / 中 / 啥 / 恁), homophones and typos, odd spacing, 全角 digits,
 * Chinese numerals (仨 / 伍 / 两), run-ons; "不知道 / 不清楚 / 忘了" replies that are settled later,
 * negations placed after the noun ("岗前补贴 … 木领"), and messages holding two questions.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, the kind of unit, insurance where the rule needs it, months employed for poor labour,
 * months of 以工代训, fund source and acceptance of equipment, payroll and fund drawn) must be
 * asked; "不知道" leaves it open (no amount, no verdict). An amount is expected only once every
 * such fact has been said.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; 建档立卡贫困劳动力
 *   employed ≥ 6 months by a production entity (企业、合作社、扶贫车间 …); 就业困难人员 (incl.
 *   残疾人) and 零就业家庭成员 only by an insured ENTERPRISE (a cooperative is not one); 退役军人
 *   is no group; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted by 人社 and 财政.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, entrepreneurship training, 生活费补贴, family aid,
 *   competition awards: the plan fixes no amount.
 * - The plan ran 2019-12-02 to 2021-12-31 and has ended: every conversation about what someone
 *   can get carries `periodEnd`.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [dunno], [neg-after].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, state no figure, say no 不符合. */
const askPay: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered with 不知道: no figure, no verdict either way. */
const openPay: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const gets = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figures a misreading would give. */
const getsNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** No 以工代训 on these facts; the misreading's figure absent. */
const noPayHere = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const gear = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** An equipment fact is missing: ask, no figure. */
const askGear: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact answered with 不知道. */
const openGear: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noGear = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money handed out. */
const taxOff = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** An education-fund fact is open: no figure, no verdict. */
const openFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount here: no figure, the clause cited. */
const noSum = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle this. */
const notInPlan: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const notOurs: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V29: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v29d01',
    class: 'one_group',
    probes: 'cooperative, poor labour employed 8+ months, 以工代训 伍 months, 岗前 not claimed: 4 × 200 × 5',
    periodEnd: true,
    turns: [{ user: '俺们是个大蒜加工的合作社，收了四个建档立卡贫困户来剥蒜 干了八个多月了 以工代训搞了伍个月 岗前培训补贴没申请过 能给多少', expect: gets(4000) }],
  },
  {
    id: 'v29d02',
    class: 'one_group',
    probes: 'subcontractor: insurance, months and 岗前 come one by one; amount only at the end',
    periodEnd: true,
    turns: [
      { user: '俺是搞建筑劳务分包的公司 今年招了７个就业困难人员 以工代训补贴咋算', expect: askPay },
      { user: '社保都给他们交着哩，以工代训弄了四个月', expect: askPay },
      { user: '岗前那个补贴 俺这七个人 一个都没去领', expect: gets(5600) },
    ],
  },
  {
    id: 'v29d03',
    class: 'one_group',
    probes: 'hotel, 零就业家庭 ×3 (仨), insured, 以工代训 three months, 岗前 木有: 1800',
    periodEnd: true,
    turns: [{ user: '酒店客房部 招了仨零就业家庭出来的大姐 做保洁 酒店给交社保 以工代训仨月 岗前补贴木有领 这能补几个钱', expect: gets(1800) }],
  },
  {
    id: 'v29d04',
    class: 'one_group',
    probes: 'cooperative, poor labour employed only four months: the six-month condition is not met',
    periodEnd: true,
    turns: [{ user: '合作社用了两个贫困户 才来了四个月 以工代训也是四个月 岗前没领 以工代训补贴能拿不', expect: noPayHere(1600) }],
  },
  {
    id: 'v29d05',
    class: 'one_group',
    probes: 'hotline note form: 残疾人 counted as 就业困难, insured enterprise, 6 months: 2 × 200 × 6',
    periodEnd: true,
    turns: [{ user: '来电记录：某物流公司，已参保。吸纳残疾人2名，以工代训6个月，岗前补贴未享受。问：补贴额？', expect: gets(2400) }],
  },
  {
    id: 'v29d06',
    class: 'one_group',
    probes: 'village 扶贫车间, poor labour a year in, 以工代训 ten months capped at 6: 7200, not 12000',
    periodEnd: true,
    turns: [{ user: '俺村扶贫车间 用了6个贫困户 干满一年了 以工代训说是十个月 岗前那个他们没拿过 车间能领多少 俺替村里问问', expect: getsNot(7200, 12000) }],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v29d07',
    class: 'several_groups',
    probes: 'two groups with their own months in one message: 3×200×5 + 2×200×2',
    periodEnd: true,
    turns: [
      {
        user: '劳务公司 社保交着，招了3个就业困难的 以工代训五个月，还有2个零就业家庭的 以工代训两个月，岗前补贴都没领过',
        expect: getsNot(3800, 5000, 2000),
      },
    ],
  },
  {
    id: 'v29d08',
    class: 'several_groups',
    probes: 'cooperative: poor labour count, 就业困难 at a cooperative does not (needs an insured enterprise)',
    periodEnd: true,
    turns: [
      {
        user: '蒜厂合作社 贫困户５个 干了快一年 以工代训６个月；另外还有２个就业困难人员 以工代训也６个月 岗前都没领 一共能补多少',
        expect: getsNot(6000, 8400),
      },
    ],
  },
  {
    id: 'v29d09',
    class: 'several_groups',
    probes: 'hotel: two groups, months given per group in the second turn, 岗前 in the third: 1200 + 4000',
    periodEnd: true,
    turns: [
      { user: '客房部去年进了2个残疾人 4个零就业家庭的 都搞了以工代训 能申请啥', expect: askPay },
      { user: '酒店有社保 残疾人那俩以工代训3个月 零就业的那4个是5个月', expect: askPay },
      { user: '岗前补贴 两拨人 都木领', expect: getsNot(5200, 3600, 6000) },
    ],
  },
  {
    id: 'v29d10',
    class: 'several_groups',
    probes: 'hotline note: poor labour paid at min(7,6); veterans are no group',
    periodEnd: true,
    turns: [
      {
        user: '来电人称：公司参保。吸纳 建档立卡贫困劳动力 3人（已干7个月，以工代训7个月）；退役军人 2人（以工代训4个月）；岗前均未领。问能补多少',
        expect: getsNot(3600, 4200, 5200),
      },
    ],
  },
  {
    id: 'v29d11',
    class: 'several_groups',
    probes: 'one group claimed 岗前 and drops out, the other is paid',
    periodEnd: true,
    turns: [
      {
        user: '俺们分包公司交社保的 就业困难的4个 以工代训６个月 岗前补贴没领；零就业的2个 岗前培训补贴领过了 也以工代训了3个月 总共补多少',
        expect: getsNot(4800, 6000),
      },
    ],
  },
  {
    id: 'v29d12',
    class: 'several_groups',
    probes: 'e-commerce start-up: settle one group, ask about the other by name, then total',
    periodEnd: true,
    turns: [
      { user: '俺电商公司 交社保的 招了1个就业困难的客服 还有2个建档立卡贫困户打包 以工代训补贴能弄不', expect: askPay },
      { user: '就业困难那个以工代训三个月 岗前没领', expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
      { user: '贫困户那俩 干了九个月了 以工代训六个月 也没领过岗前的', expect: getsNot(3000, 3600) },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v29d13',
    class: 'negation_after_noun',
    probes: '[neg-after] "岗前培训补贴 … 一分钱也木领过" is a no: 3 × 200 × 4',
    periodEnd: true,
    turns: [{ user: '岗前培训补贴 俺们合作社 一分钱也木领过 ，贫困户3个 在这干了十个月 以工代训4个月 能补多少', expect: gets(2400) }],
  },
  {
    id: 'v29d14',
    class: 'negation_after_noun',
    probes: '[neg-after] "社保 公司这边 一直 没给交": not insured, so 就业困难 hires do not count',
    periodEnd: true,
    turns: [{ user: '就业困难人员招了4个 以工代训3月 岗前没领，社保 公司这边 一直 没给交 能拿以工代训补贴不', expect: noPayHere(2400) }],
  },
  {
    id: 'v29d15',
    class: 'negation_after_noun',
    probes: '[neg-after] 岗前 asked of HR, answer 没申请 after the noun; insured stated last',
    periodEnd: true,
    turns: [{ user: '零就业家庭的2人 以工代训5个月，岗前那个补贴 俺问了人事 说是 没申请，酒店社保是交的', expect: gets(2000) }],
  },
  {
    id: 'v29d16',
    class: 'negation_after_noun',
    probes: '[neg-after] hotline note "岗前补贴——未领" with a dash',
    periodEnd: true,
    turns: [{ user: '来电：企业，参保。就业困难人员6名，以工代训2个月。岗前补贴——未领。来电人问补多少', expect: gets(2400) }],
  },
  {
    id: 'v29d17',
    class: 'negation_after_noun',
    probes: '[neg-after] "验收 人社局 还没来验": not accepted, no studio figure; later accepted',
    periodEnd: true,
    turns: [
      { user: '修车铺弄的大师工作室 用职工教育经费买了30万的设备 验收 人社局 还没来验 能补多少', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' } } },
      { user: '上礼拜人社和财政来验了 合格', expect: gear(60000) },
    ],
  },
  {
    id: 'v29d18',
    class: 'negation_after_noun',
    probes: '[neg-after] "职工教育经费 俺们 从来没提过": nothing to deduct, never 8 % of payroll',
    periodEnd: true,
    turns: [{ user: '职工教育经费 俺们 从来没提过 工资总额一年两百万 这能税前扣多少', expect: { mustNotContain: ['160000', /16万/] } }],
  },
  {
    id: 'v29d19',
    class: 'negation_after_noun',
    probes: '[neg-after] "养老金 俺 还不到年龄 木有领" is no pension; the other facts all said',
    periodEnd: true,
    turns: [
      {
        user: '纺织厂下岗的 在常住地学了育婴员 证拿了 今年头一回 以前没学过这个 机构说在系统里，养老金 俺 还不到年龄 木有领 能补贴不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v29d20',
    class: 'unknown_reply',
    probes: '[dunno] months employed "记不清了" stays open; the roster settles it',
    periodEnd: true,
    turns: [
      { user: '合作社有6个贫困户在俺这剥蒜 以工代训了四个月 能申请多少', expect: askPay },
      { user: '他们来了多长时间 俺 记不清了 岗前补贴是没领', expect: openPay },
      { user: '翻了下花名册 都是去年三月来的 干了十个月了', expect: gets(4800) },
    ],
  },
  {
    id: 'v29d21',
    class: 'unknown_reply',
    probes: '[dunno] 岗前 "俺不清楚" is not a no; HR later says not claimed',
    periodEnd: true,
    turns: [
      { user: '酒店招了三个就业困难人员，交社保，以工代训五个月，能补多少', expect: askPay },
      { user: '岗前补贴领没领 俺不清楚 是人事那边办的手续', expect: openPay },
      { user: '问过人事了 岗前补贴没申请过', expect: gets(3000) },
    ],
  },
  {
    id: 'v29d22',
    class: 'unknown_reply',
    probes: '[dunno] acceptance unknown, then passed: studio 40万 × 20 %',
    periodEnd: true,
    turns: [
      { user: '汽修厂弄了个技能大师工作室 新买设备四十万 用的是职工教育经费', expect: askGear },
      { user: '验收不验收 俺不知道啊 材料交上去了没动静', expect: openGear },
      { user: '今儿人社的打电话说 验收合格了', expect: gear(80000) },
    ],
  },
  {
    id: 'v29d23',
    class: 'unknown_reply',
    probes: '[dunno] mother of a 中职 student unsure whether 建档立卡; the child aid stays open, then holds',
    periodEnd: true,
    turns: [
      { user: '娃在中职上学 俺家条件不好 有啥补助不', expect: { noAmount: 'unfixed', asks: true } },
      { user: '是不是建档立卡 俺也说不清 村里登记过啥俺不知道', expect: { noAmount: 'unfixed', undecided: 'poor_family_child_aid' } },
      {
        user: '问了村支书 俺家是建档立卡户',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' }, cites: ['三(三)', '三(十四)'], mustNotContain: [/不是贫困家庭学生/] },
      },
    ],
  },
  {
    id: 'v29d24',
    class: 'unknown_reply',
    probes: '[dunno] hotline: caller forgot the months, then unsure of 岗前, then confirmed',
    periodEnd: true,
    turns: [
      { user: '来电：企业 参保 零就业家庭成员 2人 以工代训 月数 来电人忘了', expect: openPay },
      { user: '补充：以工代训4个月，岗前补贴 来电人称不清楚', expect: openPay },
      { user: '回访确认：岗前补贴未领', expect: gets(1600) },
    ],
  },
  {
    id: 'v29d25',
    class: 'unknown_reply',
    probes: '[dunno] fund drawn unknown: no deduction figure until the accountant answers',
    periodEnd: true,
    turns: [
      { user: '公司工资总额一年八百万 职工教育经费能税前扣多少', expect: openFund },
      { user: '提了多少教育经费 会计没跟俺说 不知道', expect: openFund },
      { user: '会计说今年提了五十万', expect: taxOff(500000) },
    ],
  },
  {
    id: 'v29d26',
    class: 'unknown_reply',
    probes: '[dunno] textile worker does not know whether the institution is in the system',
    periodEnd: true,
    turns: [
      { user: '下岗了 在常住地学的育婴员 证也拿了 能给补贴不', expect: { noAmount: 'unfixed', asks: true, notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '培训机构进没进那个系统 俺不晓得 没问', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v29d27',
    class: 'correction',
    probes: 'count corrected from 4 to 3: 4800 → 3600',
    periodEnd: true,
    turns: [
      { user: '公司参保，就业困难人员4个 以工代训6个月 岗前补贴没领 补多少', expect: gets(4800) },
      { user: '说错了 是3个人 不是4个', expect: getsNot(3600, 4800) },
    ],
  },
  {
    id: 'v29d28',
    class: 'correction',
    probes: '岗前 corrected to claimed: the amount goes away',
    periodEnd: true,
    turns: [
      { user: '零就业家庭的 2个 以工代训五个月 酒店有社保 岗前没领', expect: gets(2000) },
      { user: '不对不对 岗前补贴去年就领过了 俺记岔了', expect: noPayHere(2000) },
    ],
  },
  {
    id: 'v29d29',
    class: 'correction',
    probes: 'months of 以工代训 corrected 3 → 5: 1800 → 3000',
    periodEnd: true,
    turns: [
      { user: '合作社贫困户3个 干了半年多了 以工代训3个月 岗前木领', expect: gets(1800) },
      { user: '俺记错了 以工代训是五个月', expect: getsNot(3000, 1800) },
    ],
  },
  {
    id: 'v29d30',
    class: 'correction',
    probes: 'studio value corrected 20万 → 70万: the cap applies, 100000 not 140000',
    periodEnd: true,
    turns: [
      { user: '大师工作室 新设备 二十万 职工教育经费买的 验收过了', expect: gear(40000) },
      { user: '哦 不是二十万 是七十万 刚才说岔了', expect: gear(100000) },
    ],
  },
  {
    id: 'v29d31',
    class: 'correction',
    probes: 'hotline note: 未参保 corrected to 参保',
    periodEnd: true,
    turns: [
      { user: '来电：公司未参保，就业困难人员2名，以工代训3个月，岗前未领', expect: noPayHere(1200) },
      { user: '更正：来电人说公司参保了，刚才记反了', expect: gets(1200) },
    ],
  },
  {
    id: 'v29d32',
    class: 'correction',
    probes: 'payroll corrected 500万 → 300万: the 8 % cap now binds, 240000',
    periodEnd: true,
    turns: [
      { user: '酒店工资总额 五百万 教育经费提了三十万 税前扣除多少', expect: taxOff(300000) },
      { user: '更正 工资总额是三百万 不是五百', expect: taxOff(240000) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v29d33',
    class: 'topic_switch',
    probes: 'village cadre: from 以工代训 to women\'s handcraft training; the second is not answered with 200 元',
    periodEnd: true,
    turns: [
      { user: '俺是村干部 村里合作社吸纳了几个贫困户 以工代训咋补', expect: askPay },
      { user: '另一个事 村里妇女想学点手工活 方案里有啥培训', expect: { noAmount: 'unfixed', cites: ['五(一)', '三(二)'] } },
    ],
  },
  {
    id: 'v29d34',
    class: 'topic_switch',
    probes: '技师学院 teacher: competition training award, then the school\'s share of training income',
    turns: [
      { user: '俺们技师学院 带学生备战技能大赛 搞集训 有奖补不', expect: noSum(['三(十五)']) },
      { user: '还有 学校对外培训的收入 能留多少当公用经费', expect: { cites: ['四(二)'], says: [/50\s*%|百分之五十|一半/] } },
    ],
  },
  {
    id: 'v29d35',
    class: 'topic_switch',
    probes: 'e-commerce founder: entrepreneurship training, then 以工代训 with no facts',
    periodEnd: true,
    turns: [
      { user: '网店开了刚一年 想参加创业培训 中不中', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
      { user: '换个话题 俺们招了俩客服 以工代训补贴能要不', expect: askPay },
    ],
  },
  {
    id: 'v29d36',
    class: 'topic_switch',
    probes: 'textile worker: 生活费 amount not settled, then weather (outside)',
    turns: [
      { user: '上培训班那半个月 管生活费不 一天能补几个钱', expect: notInPlan },
      { user: '那这几天郑州降温不 要不要穿棉袄', expect: notOurs },
    ],
  },
  {
    id: 'v29d37',
    class: 'topic_switch',
    probes: 'hotline: 以工代训 standard, then the education-fund deduction rate',
    turns: [
      { user: '来电：问以工代训补贴 一人一月啥标准', expect: { cites: ['六(一)'], says: [/200/] } },
      { user: '来电人又问：职工教育经费税前扣除 比例是几', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
    ],
  },
  {
    id: 'v29d38',
    class: 'topic_switch',
    probes: 'car-repair boss: studio cap, then an apprentice\'s competition prize',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室的设备补助 最多给多少', expect: { cites: ['四(一)'], says: [/10\s*万|100000|十万/] } },
      { user: '再问个别的 俺徒弟拿了市里汽修比赛二等奖 有奖励不', expect: noSum(['五(三)']) },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v29d39',
    class: 'person_training',
    probes: 'laid-off textile worker with every condition said: eligible, no amount fixed',
    periodEnd: true,
    turns: [
      {
        user: '俺是纺织厂下岗的 认定了就业困难人员 在户籍地这边参加了家政培训 证拿到了 今年第一回参加 以前没学过这个 也不领养老金 机构说进了系统的 能给补贴不',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v29d40',
    class: 'person_training',
    probes: 'monthly pension excludes; the follow-up asks about 生活费 (not settled)',
    periodEnd: true,
    turns: [
      { user: '俺已经退休了 每月领养老金 想学个电工 职业培训补贴能享受不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)'] } },
      { user: '那学的时候的生活费补贴呢 给多少', expect: notInPlan },
    ],
  },
  {
    id: 'v29d41',
    class: 'person_training',
    probes: 'a fourth subsidised training in one year is not allowed',
    periodEnd: true,
    turns: [{ user: '今年都领过三回培训补贴了 这回再学个中式面点 还能补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } }],
  },
  {
    id: 'v29d42',
    class: 'person_training',
    probes: 'same occupation and level a second time: not again',
    periodEnd: true,
    turns: [{ user: '前年学了保育员四级 领过补贴 今年又报了个保育员四级 还给补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } }],
  },
  {
    id: 'v29d43',
    class: 'person_training',
    probes: 'hotline: residence counts; the open facts are asked, no verdict of 不符合',
    periodEnd: true,
    turns: [
      {
        user: '来电：外地户籍，在郑州常住，参加电工培训已取证。问：能否补贴？其余情况未说',
        expect: { noAmount: 'unfixed', asks: true, notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v29d44',
    class: 'person_training',
    probes: 'new occupation published by the state: which standard; no figure',
    turns: [{ user: '国家新公布的职业 像人工智能训练师 学了有补贴没 按啥标准执行', expect: noSum(['七(二)']) }],
  },
  {
    id: 'v29d45',
    class: 'person_training',
    probes: 'village cadre relays a poor household\'s question: the training is free; [contact] who is in charge',
    periodEnd: true,
    turns: [{ user: '村里贫困户问俺 去学技术要掏钱不？这事归哪个部门管？', expect: { cites: ['三(三)'], says: [/免费/, /人社/] } }],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v29d46',
    class: 'entrepreneurship',
    probes: 'e-commerce company 2.5 years old: within 5 years, eligible, no amount',
    periodEnd: true,
    turns: [{ user: '俺的电商公司注册两年半了 能参加创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] } }],
  },
  {
    id: 'v29d47',
    class: 'entrepreneurship',
    probes: 'business open eight years: not through the 5-year path',
    periodEnd: true,
    turns: [{ user: '俺这店开了八年了 还能上那个小微企业主的创业培训不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v29d48',
    class: 'entrepreneurship',
    probes: '技师学院 students count as 职业院校 students for 创业意识 training',
    turns: [{ user: '俺们技师学院的在校生 能参加创业意识培训不 技工院校算职业院校不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v29d49',
    class: 'entrepreneurship',
    probes: 'amount asked: none fixed; then the age of the shop settles eligibility',
    periodEnd: true,
    turns: [
      { user: '想参加创业培训 有补贴吗 补多少钱', expect: noSum(['三(八)']) },
      { user: '俺那网店公司开了一年零三个月', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v29d50',
    class: 'entrepreneurship',
    probes: '[two-part] [contact] hotline: returning migrant wants to start a business; who handles it',
    periodEnd: true,
    turns: [{ user: '来电：返乡农民工 有创业想法。问①能不能参加创业培训 ②找哪个部门', expect: { cites: ['三(八)'], says: [/人社/], noAmount: 'unfixed' } }],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v29d51',
    class: 'equipment',
    probes: 'studio 35万, from the fund, accepted: 70000',
    periodEnd: true,
    turns: [{ user: '修车厂建了个技能大师工作室 用职工教育经费新买了举升机 诊断仪 一共35万 人社财政都验收过了 能补多少', expect: gear(70000) }],
  },
  {
    id: 'v29d52',
    class: 'equipment',
    probes: 'training base 300万: 20 % is 600000, capped at 500000',
    periodEnd: true,
    turns: [{ user: '公司建高技能人才培训基地 新买实训设备叁佰万 教育经费出的 验收合格 补助多少', expect: gear(500000) }],
  },
  {
    id: 'v29d53',
    class: 'equipment',
    probes: 'studio equipment paid by the owner, not the 职工教育经费: no subsidy',
    periodEnd: true,
    turns: [{ user: '工作室设备45万 是老板自个掏的腰包 不是职工教育经费 验收也过了 能补不', expect: noGear(90000, /9万/) }],
  },
  {
    id: 'v29d54',
    class: 'equipment',
    probes: 'one base, two purchases 150万 + 120万: one cap, 500000 not 540000',
    periodEnd: true,
    turns: [{ user: '俺们一个培训基地 分两批买设备 头一批150万 第二批120万 都是教育经费 都验收了', expect: gear(500000) }],
  },
  {
    id: 'v29d55',
    class: 'equipment',
    probes: 'hotline: studio 28万 with fund source and acceptance unsaid: ask',
    periodEnd: true,
    turns: [{ user: '来电：企业技能大师工作室购置设备28万，问补助多少，别的没说', expect: askGear }],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v29d56',
    class: 'education_fund',
    probes: 'fund 40万 under 8 % of 600万: 400000, not 480000',
    turns: [{ user: '酒店一年工资薪金总额 六百万 职工教育经费提了 四十万 税前能扣多少', expect: taxOff(400000) }],
  },
  {
    id: 'v29d57',
    class: 'education_fund',
    probes: 'fund 100万 above 8 % of 1000万: 800000',
    turns: [{ user: '分包公司工资总额1000万 教育经费提了100万 都能税前扣了不', expect: taxOff(800000) }],
  },
  {
    id: 'v29d58',
    class: 'education_fund',
    probes: 'front-line share of the fund: the 60 % rule',
    turns: [{ user: '教育经费 一线职工才用了一半 别的都花在管理层培训上了 有影响不', expect: { cites: ['六(二)'], says: [/60\s*%|六成|百分之六十/] } }],
  },
  {
    id: 'v29d59',
    class: 'education_fund',
    probes: 'hotline: may the fund pay 师带徒 allowances',
    turns: [{ user: '来电：企业问 职工教育经费 能不能拿来发师带徒的津贴', expect: { cites: ['六(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v29d60',
    class: 'education_fund',
    probes: 'rate first, then the figures: 150000 (under 200000)',
    turns: [
      { user: '教育经费税前扣除 最多能扣到多少', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
      { user: '俺们工资总额是二百五十万 提了十五万', expect: taxOff(150000) },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v29d61',
    class: 'apprenticeship',
    probes: 'apprentice subsidy per head: the plan fixes none',
    periodEnd: true,
    turns: [{ user: '汽修店带了六个企业新型学徒 每个学徒补多少钱', expect: noSum(['四(一)']) }],
  },
  {
    id: 'v29d62',
    class: 'apprenticeship',
    probes: 'subcontractor asks whether 学徒制 has a subsidy and its standard',
    periodEnd: true,
    turns: [{ user: '俺们搞建筑的 也能弄企业新型学徒制不 有补贴没 标准是啥', expect: noSum(['四(一)']) }],
  },
  {
    id: 'v29d63',
    class: 'apprenticeship',
    probes: 'hotel: school cooperation, then pressed for a figure',
    periodEnd: true,
    turns: [
      { user: '酒店想跟职业院校合作搞学徒制 政府有啥支持', expect: { cites: ['四(一)'] } },
      { user: '学徒一人一年给多少钱 说个准数', expect: noSum(['四(一)']) },
    ],
  },
  {
    id: 'v29d64',
    class: 'apprenticeship',
    probes: '[two-part] [contact] hotline: amount and the unit to apply to',
    periodEnd: true,
    turns: [{ user: '来电：企业培养新型学徒12名。问：1 补贴金额 2 向哪个部门申请', expect: { noAmount: 'unfixed', cites: ['四(一)'], says: [/人社/] } }],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v29d65',
    class: 'period',
    probes: 'asked in 2023 whether 以工代训 can still be claimed: the plan ended',
    periodEnd: true,
    turns: [{ user: '都2023年了 俺合作社的以工代训补贴还能申请不', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v29d66',
    class: 'period',
    probes: '[dated] August 2020, inside the period: the amount for that date',
    periodEnd: true,
    turns: [{ user: '2020年8月那会儿 俺们合作社 贫困户2个 干了7个月 以工代训6个月 岗前没领 当时能领多少', expect: gets(2400) }],
  },
  {
    id: 'v29d67',
    class: 'period',
    probes: 'hotline: is the studio equipment subsidy still handled now',
    periodEnd: true,
    turns: [{ user: '来电：问技能大师工作室设备补助 现在还办不办', expect: ended }],
  },
  {
    id: 'v29d68',
    class: 'period',
    probes: '[two-part] village cadre: when did the plan start and when did it end',
    turns: [{ user: '这个职业技能提升行动 啥时候开始的 又是啥时候结束', expect: { says: [/2019/, /2021/] } }],
  },
  {
    id: 'v29d69',
    class: 'period',
    probes: 'textile worker asks about next year: the plan has ended',
    periodEnd: true,
    turns: [{ user: '明年俺还能领职业培训补贴不 这个政策还有没', expect: ended }],
  },
  {
    id: 'v29d70',
    class: 'period',
    probes: '[dated] shop opened Nov 2021: entrepreneurship training then, no amount',
    periodEnd: true,
    turns: [{ user: '2021年11月开的网店 当时能参加创业培训不', expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } }],
  },
];
