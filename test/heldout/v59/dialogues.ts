/**
 * HELD-OUT dialogues, set v59 — written blind from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, or other held-out sets (only the format of v15, its header and first
 * lines, was looked at). Not to be tuned on: no word of these messages goes into a glossary,
 * pattern or fixture. Once a dialogue has been fixed by a targeted change it measures nothing
 * any more; write a new one instead.
 *
 * Who types here: gig and platform workers and the small stations that employ them — 外卖骑手,
 * 快递员, 网约车司机, 家政阿姨 on an app, 直播带货 assistants — and the managers of a 快递站,
 * 外卖站点, 驿站 or 物流分拣中心 asking about the people they took on. Very short WeChat
 * messages, often one fact per message, sarcasm ("又是领不了呗"), Latin letters and digits
 * ("OK", "3k", "30w"), no punctuation, 俩 / 仨 / 半年.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, insurance where the rule needs it, months employed for poor labour, 以工代训 months,
 * acceptance and fund source of equipment, payroll and fund drawn) must be asked, so an amount
 * is expected only once every such fact has been said.
 *
 * Amounts, by hand from the contract and the plan's text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months; 就业困难 (incl. 残疾人) and 零就业家庭 only with an insured enterprise;
 *   退役军人, 两后生 and ordinary migrants are no qualifying group here; rows whose 岗前培训补贴
 *   was claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio).
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × payroll), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, entrepreneurship training: no amount.
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
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
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
/** A person's training subsidy still open: no figure, no 不符合. */
const trainOpen: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } };
/** A person's training subsidy excluded (or not granted) on these facts. */
const trainNo: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } };
/** Who to ask. */
const WHO = /人社|人力资源|财政|12333/;

export const DIALOGUES_V59: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v59d01',
    class: 'one_group',
    probes: 'one fact per message from a 快递站 manager: poor labour, months, 以工代训, 岗前 negated last',
    periodEnd: true,
    turns: [
      { user: '我们快递公司站点招了俩贫困户', expect: askOJT },
      { user: '干了9个月了', expect: askOJT },
      { user: '以工代训搞了半年', expect: askOJT },
      { user: '岗前补贴 俺们一回没领过', expect: pay(2400) },
    ],
  },
  {
    id: 'v59d02',
    class: 'one_group',
    probes: 'an employment-difficulty hire; insurance, months and 岗前 each arrive in their own message',
    periodEnd: true,
    turns: [
      { user: '外卖站点招了个就业困难人员', expect: askOJT },
      { user: '公司社保都有交', expect: askOJT },
      { user: '以工代训带了4个月', expect: askOJT },
      { user: '岗前培训补贴 站里没去申请', expect: pay(800) },
    ],
  },
  {
    id: 'v59d03',
    class: 'one_group',
    probes: 'all facts in one run-on line from a sorting centre: five zero-employment-family hires',
    periodEnd: true,
    turns: [{ user: '物流公司分拣中心 交社保的 用了5个零就业家庭的 以工代训6个月 岗前没领过', expect: { ...pay(6000), ...over } }],
  },
  {
    id: 'v59d04',
    class: 'one_group',
    probes: 'poor labour employed only four months: not yet the six the plan requires, no 800 figure',
    turns: [
      { user: '驿站收了个建档立卡的', expect: askOJT },
      { user: '才干4个月 以工代训也4个月 岗前没领', expect: notYes(800) },
    ],
  },
  {
    id: 'v59d05',
    class: 'one_group',
    probes: 'veterans are no 以工代训 group: 3 × 200 × 6 must not appear',
    turns: [{ user: '招了仨退伍的 以工代训半年 有钱不', expect: notYes(3600) }],
  },
  {
    id: 'v59d06',
    class: 'one_group',
    probes: 'a 家政 company with two disabled aunties, insured, three months',
    periodEnd: true,
    turns: [{ user: '家政公司 交社保的 招俩残疾阿姨 以工代训仨月 岗前补贴没拿', expect: { ...pay(1200), ...over } }],
  },
  {
    id: 'v59d07',
    class: 'one_group',
    probes: '[contact] where to claim 以工代训: the responsible unit of 六(一)',
    turns: [{ user: '以工代训这钱 上哪办 找哪个部门', expect: { cites: ['六(一)'], says: [WHO], noAmount: 'unfixed' } }],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v59d08',
    class: 'several_groups',
    probes: 'two groups with different 以工代训 months: each row on its own months (not 3600)',
    periodEnd: true,
    turns: [
      { user: '站点招了2个贫困户 1个零就业的', expect: askOJT },
      { user: '站里社保一直给交着', expect: askOJT },
      { user: '贫困户干了8个月 以工代训6个月', expect: askOJT },
      { user: '零就业那个练了2个月 岗前补贴都没领', expect: payNot(2800, 3600) },
    ],
  },
  {
    id: 'v59d09',
    class: 'several_groups',
    probes: 'poor labour at 5 months and 就业困难 at 2 months in one line: 3000 + 800, not 5000',
    periodEnd: true,
    turns: [{ user: '快递公司 参保 贫困户3个干了1年以工代训5个月 就业困难2个以工代训2个月 岗前都没领', expect: { ...payNot(3800, 5000), ...over } }],
  },
  {
    id: 'v59d10',
    class: 'several_groups',
    probes: 'veterans next to a disabled hire: only the disabled one counts (800, not 2400)',
    periodEnd: true,
    turns: [
      { user: '招了退伍的俩 残疾的一个', expect: askOJT },
      { user: '交社保 以工代训都4个月 岗前没领', expect: payNot(800, 2400) },
    ],
  },
  {
    id: 'v59d11',
    class: 'several_groups',
    probes: 'insurance open for the 就业困难 row: no total yet; told, then 1200 + 1200',
    periodEnd: true,
    turns: [
      {
        user: '快递站 贫困户1个干满7个月以工代训6个月 就业困难的1个也以工代训6个月 岗前都没领',
        expect: { asks: true, mustNotContain: ['2400'], notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
      { user: '社保交的', expect: pay(2400) },
    ],
  },
  {
    id: 'v59d12',
    class: 'several_groups',
    probes: 'a 直播带货 company: two 两后生 (no group) and one poor labourer; only the latter pays',
    periodEnd: true,
    turns: [
      { user: '带货公司招了俩两后生 一个贫困户', expect: askOJT },
      { user: '贫困户干了半年多 以工代训4个月 岗前没领', expect: payNot(800, 2400) },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v59d13',
    class: 'negation_after_noun',
    probes: '岗前 … 压根没去申请: the negation far from its noun means not claimed',
    periodEnd: true,
    turns: [
      { user: '俩贫困户 在俺们快递站干了10个月', expect: askOJT },
      { user: '以工代训弄了6个月', expect: askOJT },
      { user: '岗前那个补贴 俺们站压根没去申请', expect: pay(2400) },
    ],
  },
  {
    id: 'v59d14',
    class: 'negation_after_noun',
    probes: '社保 … 到现在都没给交: not insured, so no 以工代训 for 就业困难 hires; sarcasm after',
    turns: [
      { user: '外卖站 招了3个就业困难人员 以工代训5个月 岗前没领', expect: askOJT },
      { user: '社保 俺们站里到现在都没给交', expect: noPay(3000) },
      { user: '又是领不了呗', expect: notYes(3000) },
    ],
  },
  {
    id: 'v59d15',
    class: 'negation_after_noun',
    probes: '贫困户啥的都不是: ordinary migrants, no 以工代训 verdict of yes',
    turns: [{ user: '招的5个骑手 贫困户啥的都不是 就普通老乡', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, noAmount: 'open' } }],
  },
  {
    id: 'v59d16',
    class: 'negation_after_noun',
    probes: '证 … 也没发下来: no certificate yet, so the training subsidy is not granted',
    turns: [{ user: '培训在郑州上的 证到现在也没发下来', expect: trainNo }],
  },
  {
    id: 'v59d17',
    class: 'negation_after_noun',
    probes: '养老金 … 一分都不领: no pension; not read as a pensioner',
    turns: [
      { user: '家政阿姨52了 在郑州考了育婴员证', expect: { ...trainOpen, asks: true } },
      { user: '养老金 她是一分都不领', expect: trainOpen },
    ],
  },
  {
    id: 'v59d18',
    class: 'negation_after_noun',
    probes: '建档立卡不是 残疾证有: disabled, not poor; paid as a disabled hire once insured',
    periodEnd: true,
    turns: [
      { user: '分拣中心招个小伙 建档立卡不是 残疾证有', expect: askOJT },
      { user: '公司参保 以工代训6个月 岗前没领', expect: pay(1200) },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v59d19',
    class: 'unknown_reply',
    probes: '"忘了" and "不清楚" leave months and 岗前 open over four turns',
    turns: [
      { user: '快递站收了俩贫困户', expect: askOJT },
      { user: '干多久我也忘了', expect: dunnoOJT },
      { user: '以工代训4个月', expect: askOJT },
      { user: '岗前补贴不清楚 会计管的', expect: dunnoOJT },
    ],
  },
  {
    id: 'v59d20',
    class: 'unknown_reply',
    probes: 'insurance unknown ("问老板去"): 就业困难 hires stay open, not 不符合',
    turns: [
      { user: '外卖站招了2个就业困难的 以工代训3个月 岗前没领', expect: askOJT },
      { user: '社保这个不清楚 问老板去', expect: dunnoOJT },
    ],
  },
  {
    id: 'v59d21',
    class: 'unknown_reply',
    probes: 'a 快递员 asks about a forklift certificate; "不知道" on the institution keeps it open',
    turns: [
      { user: '快递员 考了个叉车证 能补多少', expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { cites: ['七(二)'] }] } },
      { user: '机构进没进系统 不知道啊', expect: { ...trainOpen, undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v59d22',
    class: 'unknown_reply',
    probes: 'equipment of a master studio: fund source "不晓得" leaves the subsidy open',
    turns: [
      { user: '分拣中心弄了个技能大师工作室 设备40w', expect: askKit },
      { user: '是不是教育经费出的 不晓得', expect: dunnoKit },
    ],
  },
  {
    id: 'v59d23',
    class: 'unknown_reply',
    probes: 'a bare "不知道" about how long the hire has worked keeps poor labour open',
    turns: [
      { user: '驿站 建档立卡的1个 以工代训3个月 岗前没领', expect: askOJT },
      { user: '这个俺真不知道', expect: dunnoOJT },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v59d24',
    class: 'correction',
    probes: '"说错了 是2个" replaces the count: 2400, not 3600',
    periodEnd: true,
    turns: [
      { user: '站里招了3个贫困户 干了8个月', expect: askOJT },
      { user: '说错了 是2个', expect: askOJT },
      { user: '以工代训6个月 岗前补贴没领', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v59d25',
    class: 'correction',
    probes: '"不对 社保没交" withdraws insurance: zero-employment-family hires no longer count',
    periodEnd: true,
    turns: [
      { user: '快递公司 交社保 招了2个零就业家庭的 以工代训5个月 岗前没领', expect: { ...pay(2000), ...over } },
      { user: '不对 公司社保其实没交', expect: { status: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v59d26',
    class: 'correction',
    probes: '"记错了 才3个月" replaces the 以工代训 months: 600, not 1000',
    periodEnd: true,
    turns: [
      { user: '残疾骑手1个 公司参保 以工代训5个月 岗前没领', expect: { ...pay(1000), ...over } },
      { user: '记错了 以工代训才3个月', expect: payNot(600, 1000) },
    ],
  },
  {
    id: 'v59d27',
    class: 'correction',
    probes: 'veterans corrected to poor labour: the group changes, then paid',
    periodEnd: true,
    turns: [
      { user: '招了俩退伍兵', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, noAmount: 'open' } },
      { user: '不对不对 是俩贫困户 干了7个月', expect: askOJT },
      { user: '公司的 以工代训6个月 岗前没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v59d28',
    class: 'correction',
    probes: 'three subsidies this year corrected to two: the yearly cap no longer excludes',
    turns: [
      { user: '今年领过3次培训补贴了 还能领不', expect: trainNo },
      { user: '说错了 是2次', expect: trainOpen },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v59d29',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, a question on starting a business: 三(八), no 2400',
    periodEnd: true,
    turns: [
      { user: '快递站 招俩贫困户 干了1年 以工代训6个月 岗前没领', expect: { ...pay(2400), ...over } },
      { user: '对了 俺想自己开个小店 有创业培训不', expect: { cites: ['三(八)'], noAmount: 'unfixed', mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v59d30',
    class: 'topic_switch',
    probes: 'a rider asks about certificates, then the weather: declined',
    turns: [
      { user: '外卖小哥 考证有补贴不', expect: { noAmount: 'unfixed', oneOf: [{ cites: ['七(二)'] }, { asks: true }] } },
      { user: '换个事 明天郑州下雨不', expect: decline },
    ],
  },
  {
    id: 'v59d31',
    class: 'topic_switch',
    probes: 'veterans\' training, then equipment: the second is asked fresh, no 四(二) leak',
    turns: [
      { user: '退役军人 有培训不', expect: { cites: ['三(二)', '六(一)'], noAmount: 'unfixed' } },
      { user: '另外 站里买实训设备能补多少', expect: askKit },
    ],
  },
  {
    id: 'v59d32',
    class: 'topic_switch',
    probes: 'equipment caps, then unpaid wages: outside',
    turns: [
      { user: '设备补贴最多给多少', expect: { cites: ['四(一)'] } },
      { user: '换个问题 工资拖欠找谁', expect: decline },
    ],
  },
  {
    id: 'v59d33',
    class: 'topic_switch',
    probes: 'apprentices, then the living allowance: not settled, no 200 from 以工代训',
    turns: [
      { user: '站里搞学徒制 有补贴吗', expect: noFigure(['四(一)']) },
      { user: '那培训期间生活费补贴 一个月多少', expect: { ...unsettled, mustNotContain: ['200'] } },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v59d34',
    class: 'person_training',
    probes: 'a 家政 auntie gives the facts one by one until the subsidy is settled (no amount fixed)',
    periodEnd: true,
    turns: [
      { user: '阿姨想考育婴员 有补贴不', expect: { noAmount: 'unfixed', asks: true } },
      { user: '在郑州住 证拿到了', expect: trainOpen },
      { user: '今年头一回 没领养老金 机构在系统里 以前没考过', expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v59d35',
    class: 'person_training',
    probes: 'trained outside 户籍地 / 常住地 / 就业地: not granted',
    turns: [{ user: '户口 住的 干活都在郑州 证是去外省考的', expect: trainNo }],
  },
  {
    id: 'v59d36',
    class: 'person_training',
    probes: 'the same occupation and level again: 同一职业同一等级不可重复',
    turns: [{ user: '电工初级去年补过 今年又考了个电工初级', expect: trainNo }],
  },
  {
    id: 'v59d37',
    class: 'person_training',
    probes: 'a retired man with a monthly pension wants to learn 家政: not in the subsidy\'s scope',
    turns: [{ user: '退休了 领养老金 想学个家政', expect: trainNo }],
  },
  {
    id: 'v59d38',
    class: 'person_training',
    probes: 'a new occupation: the priority-supported standard of 七(二), no figure',
    turns: [{ user: '网约配送员是新职业吧 培训按啥标准补', expect: { cites: ['七(二)'], says: [/优先支持/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v59d39',
    class: 'person_training',
    probes: 'a poor rider asks whether training costs money: free, 三(三)',
    turns: [{ user: '俺是建档立卡户 跑外卖的 培训要钱不', expect: { says: [/免费/], cites: ['三(三)'], noAmount: 'unfixed' } }],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v59d40',
    class: 'entrepreneurship',
    probes: 'a 网约车 driver wants to start out; the training itself carries no figure',
    turns: [
      { user: '跑了3年滴滴 想自己干', expect: { noAmount: 'unfixed', oneOf: [{ status: { rule: 'entrepreneurship_training', status: 'eligible' } }, { cites: ['三(八)'] }] } },
      { user: '创业培训 给钱不', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v59d41',
    class: 'entrepreneurship',
    probes: 'a shop open six years is past the five-year line: no or ask, never yes',
    turns: [{ user: '小店开了6年了 能上创业培训不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } }],
  },
  {
    id: 'v59d42',
    class: 'entrepreneurship',
    probes: 'a small supermarket open three years: within five years',
    turns: [{ user: '超市开业3年 老板能上创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v59d43',
    class: 'entrepreneurship',
    probes: 'a 技校 student: 职业院校（含技工院校）在校生; the fee is not settled',
    turns: [
      { user: '技工学校在读 能上创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '要交钱不', expect: { noAmount: 'unfixed', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { cites: ['三(八)'] }] } },
    ],
  },
  {
    id: 'v59d44',
    class: 'entrepreneurship',
    probes: 'a shop of two years corrected to seven: the five-year route falls away',
    turns: [
      { user: '俺的小店开了两年', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '说错了 是开了7年', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v59d45',
    class: 'equipment',
    probes: 'a 高技能人才培训基地 with 300w of equipment: 20 % = 60万 capped at 50万',
    periodEnd: true,
    turns: [{ user: '分拣中心 高技能人才培训基地 教育经费买设备300w 验收过了', expect: { ...kitNot(500000, 600000), ...over } }],
  },
  {
    id: 'v59d46',
    class: 'equipment',
    probes: 'a master studio, facts one per message, "验收OK了" closes it: 6万',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 买了30w设备', expect: askKit },
      { user: '职工教育经费出的', expect: askKit },
      { user: '人社财政验收OK了', expect: { ...kit(60000), ...over } },
    ],
  },
  {
    id: 'v59d47',
    class: 'equipment',
    probes: '不是教育经费出的: no equipment subsidy (not 16万)',
    turns: [{ user: '培训基地设备80w 不是教育经费出的 验收过', expect: noKit(160000, /16万/) }],
  },
  {
    id: 'v59d48',
    class: 'equipment',
    probes: 'a studio with 60w: 12万 capped at 10万',
    periodEnd: true,
    turns: [{ user: '大师工作室设备60w 教育经费 验收了', expect: { ...kitNot(100000, 120000), ...over } }],
  },
  {
    id: 'v59d49',
    class: 'equipment',
    probes: 'two studios, each on its own cap: 8万 + 10万',
    periodEnd: true,
    turns: [{ user: '俩大师工作室 一个买了40w 一个买了70w 都是教育经费 都验收了', expect: { ...kit(180000), ...over } }],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v59d50',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: deduction 40万, 税前',
    turns: [{ user: '工资总额500w 教育经费提了50w', expect: deduct(400000) }],
  },
  {
    id: 'v59d51',
    class: 'education_fund',
    probes: '"3k" of fund, payroll next message: the whole 3000 deductible',
    turns: [
      { user: '站里教育经费提了3k', expect: askFund },
      { user: '工资一年30w', expect: deduct(3000) },
    ],
  },
  {
    id: 'v59d52',
    class: 'education_fund',
    probes: 'front-line share of one half is under 60 %: deduction 10万 with the note',
    turns: [{ user: '工资200w 教育经费10w 一线只用了一半', expect: { ...deduct(100000), says: [/税前/, /60/] } }],
  },
  {
    id: 'v59d53',
    class: 'education_fund',
    probes: 'fund drawn forgotten: no deduction figure',
    turns: [{ user: '教育经费提了多少忘了 工资总额80w', expect: askFund }],
  },
  {
    id: 'v59d54',
    class: 'education_fund',
    probes: 'can the education fund be taken as cash: no, a pre-tax deduction',
    turns: [{ user: '职工教育经费 能直接领钱吗', expect: { says: [/税前/], cites: ['六(二)'], noAmount: 'unfixed', mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/] } }],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v59d55',
    class: 'apprenticeship',
    probes: 'ten apprentices: the plan fixes no amount per head',
    turns: [{ user: '站里带了10个新型学徒 一人补多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v59d56',
    class: 'apprenticeship',
    probes: 'apprentices, then 师带徒 allowance from the education fund (六(二))',
    turns: [
      { user: '新型学徒 补贴咋算', expect: noFigure(['四(一)']) },
      { user: '那师带徒津贴呢', expect: { cites: ['六(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v59d57',
    class: 'apprenticeship',
    probes: 'a guessed 1w per apprentice must not be confirmed',
    turns: [{ user: '学徒20个 按人头能给1w不', expect: { ...noFigure(['四(一)']), mustNotContain: ['10000', /1万元/] } }],
  },
  {
    id: 'v59d58',
    class: 'apprenticeship',
    probes: '200 a month is the 以工代训 figure, not the apprenticeship one',
    turns: [{ user: '学徒补贴 是不是每人每月200', expect: { noAmount: 'unfixed', cites: ['四(一)'], oneOf: [{ says: [HONEST_NOT_SETTLED] }, { says: [/相关规定/] }] } }],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v59d59',
    class: 'period',
    probes: '[dated] hires of 2020, answered for that date: 2400',
    periodEnd: true,
    turns: [{ user: '2020年3月快递站招了2个贫困户 干到年底 以工代训6个月 岗前没领', expect: pay(2400) }],
  },
  {
    id: 'v59d60',
    class: 'period',
    probes: 'can 以工代训 still be claimed now: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [{ user: '现在站里还能申请以工代训不', expect: { ...over, cites: ['六(一)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v59d61',
    class: 'period',
    probes: '[dated] a certificate of 2022 lies after the plan',
    periodEnd: true,
    turns: [{ user: '2022年考的证 还能补不', expect: { ...over, noAmount: 'unfixed' } }],
  },
  {
    id: 'v59d62',
    class: 'period',
    probes: 'equipment this year (ended), then a purchase dated 2021 (in the period, facts open)',
    periodEnd: true,
    turns: [
      { user: '今年还有设备补贴吗', expect: { ...over, noAmount: 'unfixed' } },
      { user: '那2021年买的呢', expect: { cites: ['四(一)'], noAmount: 'open' } },
    ],
  },
  {
    id: 'v59d63',
    class: 'period',
    probes: 'how long the plan runs',
    periodEnd: true,
    turns: [{ user: '这政策管到啥时候', expect: over }],
  },
  {
    id: 'v59d64',
    class: 'period',
    probes: '[two-part] the yearly cap and whether it still holds today',
    periodEnd: true,
    turns: [{ user: '一年能补几回 现在还有效不', expect: { ...over, cites: ['七(二)'], says: [/3/] } }],
  },
];
