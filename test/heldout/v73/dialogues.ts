/**
 * HELD-OUT dialogues, set v73 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no message is reused or
 * paraphrased from earlier sets. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: village cadres (村支书, 驻村第一书记), a township 人社所 clerk and the managers
 * of 扶贫车间 and 合作社, asking on behalf of several villagers or several small units at once:
 * lists of people in one message ("李婶残疾 张哥刚退伍 老王家儿子初中毕业没上学"), person and
 * employer subsidies mixed, dates in 2020 / 2021 and "现在还管用不", whom to contact and which
 * papers to bring, and a villager's facts corrected later in the chat. WeChat on a phone: 俺 /
 * 咱 / 中不中 / 木有, 仨 / 俩, odd spacing, the odd homophone (以工带训).
 *
 * Local words and what the plan names. The plan names 建档立卡贫困劳动力 (贫困劳动力), 就业困难
 * 人员（含残疾人）, 零就业家庭成员, 退役军人, "两后生", 贫困家庭学生 and 建档立卡贫困户家庭. It does
 * NOT name 脱贫户, 监测户 (防返贫监测对象), 边缘户 or 低保户: a villager described only by one of
 * these words is not read as 建档立卡 poor labour or as a 就业困难人员; the answer either leaves
 * that person's share out or asks, and never adds it to the amount.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, the kind of unit, insurance where the rule needs it, months employed for poor labour,
 * acceptance and fund source of equipment, payroll and fund drawn) must be asked, so an amount is
 * expected only once every such fact has been said.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业, 合作社, 扶贫车间); 就业困难 (incl. 残疾人)
 *   and 零就业家庭 only by an insured enterprise — a 扶贫车间 or 合作社 is not one; 退役军人,
 *   "两后生" and ordinary migrant workers are no group; rows with the 岗前培训补贴 claimed never
 *   count. "最长不超过 6 个月" is read per person over the whole plan, not per calendar year.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [local-term].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreading's figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/**
 * One row is a person the plan does not name for this unit (监测户, 低保户, a 残疾人 at a 车间):
 * either the amount of the qualifying rows, or a question — never the total with that row added.
 */
const payOrAsk = (yuan: number, wrong: number): TurnExpect => ({
  oneOf: [payNot(yuan, wrong), { asks: true, mustNotContain: [String(wrong)] }],
});
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...extra: RegExp[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/, ...extra],
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
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** A contact question names a unit or the hotline. */
const CONTACT = /人社|人力资源|残联|12333|热线/;

export const DIALOGUES_V73: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v73d01',
    class: 'one_group',
    probes: '[dated] a 扶贫车间 with one group of poor labour, every fact in one message, 2020',
    periodEnd: true,
    turns: [
      {
        // 5 × 200 × min(4, 6) = 4000 (employed 8 ≥ 6 months; 岗前 not claimed)
        user: '王书记让俺问下 俺们村扶贫车间(做假发的) 2020年招了5个建档立卡户的劳力 到年底都干满8个月了 以工代训弄了4个月 岗前培训补贴没申请过 车间能拿多少',
        expect: { ...pay(4000), cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v73d02',
    class: 'one_group',
    probes: 'a 合作社 with poor labour: months and 岗前 asked one after another, amount only at the end',
    periodEnd: true,
    turns: [
      { user: '村里种植合作社 收了仨建档立卡户在社里干活 这能申请以工代训补贴不', expect: askOJT },
      // 岗前培训补贴 still unsaid: ask, no figure
      { user: '都干了七个月了 以工代训做了五个月', expect: askOJT },
      // 3 × 200 × 5 = 3000
      { user: '岗前那个补贴 合作社木有领过', expect: pay(3000) },
    ],
  },
  {
    id: 'v73d03',
    class: 'one_group',
    probes: 'township clerk for an insured factory: 残疾人 with a 就业困难 certificate count',
    periodEnd: true,
    turns: [
      {
        // 4 × 200 × 6 = 4800
        user: '乡人社所的 替镇上电子厂问一下：厂里正常交社保 招了咱镇4个残疾人 都办了就业困难认定 以工代训干了6个月 岗前补贴一个也没领 厂里能补多少',
        expect: pay(4800),
      },
    ],
  },
  {
    id: 'v73d04',
    class: 'one_group',
    probes: '零就业家庭 at an uninsured workshop: no 以工代训, no 2×200×3 figure',
    turns: [
      {
        // uninsured → 0; misreading 2 × 200 × 3 = 1200
        user: '村东头的木材加工厂 没给工人交社保 收了两个零就业家庭的 以工代训3个月 岗前补贴没拿 厂子能补吗',
        expect: noPay(1200),
      },
    ],
  },
  {
    id: 'v73d05',
    class: 'one_group',
    probes: 'a veteran is no 以工代训 group; 六(一) only encourages project training for veterans',
    turns: [
      {
        user: '张哥刚退伍回村 进了县城一家交社保的物流公司 公司说拿他能申请以工代训补贴 有这回事没',
        expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v73d06',
    class: 'one_group',
    probes: 'poor labour employed 4 months is short of 六个月以上; then the same pair at six months',
    periodEnd: true,
    turns: [
      // employed 4 < 6 → ineligible; misreading 2 × 200 × 4 = 1600
      { user: '车间里俩建档立卡户 才来了4个月 以工代训也做了4个月 岗前补贴没领 现在能报不', expect: { ...noPay(1600), ...ended } },
      // 2 × 200 × 6 = 2400
      { user: '那要是他俩干满半年 以工代训也做够6个月呢', expect: pay(2400) },
    ],
  },
  {
    id: 'v73d16',
    class: 'one_group',
    probes: '[dated] 以工代训 spread over 2020 and 2021 is capped at 6 months per person',
    periodEnd: true,
    turns: [
      {
        // 3 × 200 × min(4 + 4, 6) = 3600; misreading 3 × 200 × 8 = 4800
        user: '车间仨建档立卡户 2019年底就来了 一直干着 2020年以工代训做了4个月 2021年又做了4个月 岗前补贴没领 两年加一块能补多少',
        expect: payNot(3600, 4800),
      },
    ],
  },
  {
    id: 'v73d72',
    class: 'one_group',
    probes: '[two-part] [contact] whom to see for 以工代训 and which papers: the plan names no list of papers',
    turns: [
      {
        user: '要给俺们扶贫车间报以工代训 该找哪个部门 得带啥材料过去',
        expect: { noAmount: 'unfixed', says: [CONTACT, HONEST_NOT_SETTLED] },
      },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v73d07',
    class: 'several_groups',
    probes: '[dated] two batches of poor labour at one 车间 with different months keep their own months',
    periodEnd: true,
    turns: [
      {
        // 6 × 200 × 3 = 3600; 4 × 200 × 6 = 4800; total 8400. Bleeds: 10 × 200 × 6 = 12000, 10 × 200 × 3 = 6000
        user: '扶贫车间管事的问下 2020年车间有两拨建档立卡劳力：一拨6个人 都干满一年了 以工代训做了3个月；另一拨4个人 干了10个月 以工代训做了6个月 岗前补贴两拨都没领 一共补多少',
        expect: payNot(8400, 12000, 6000),
      },
    ],
  },
  {
    id: 'v73d08',
    class: 'several_groups',
    probes: 'first secretary lists poor labour, certified 残疾人 and a veteran at an insured factory',
    periodEnd: true,
    turns: [
      {
        // 3 × 200 × 5 = 3000; 2 × 200 × 4 = 1600; veteran 0 → 4600 (with veteran 5400)
        user: '驻村第一书记 帮村里对接了县城一家服装厂 厂里给工人交社保 收了俺村3个建档立卡户 干了7个月 以工代训5个月；2个有就业困难认定的残疾人 以工代训4个月；还有张哥 刚退伍 也以工代训了4个月 这几个人岗前补贴都没领 厂里一共能拿多少',
        expect: payNot(4600, 5400),
      },
    ],
  },
  {
    id: 'v73d09',
    class: 'several_groups',
    probes: 'a 合作社 is no insured enterprise: its non-poor 残疾人 does not count',
    periodEnd: true,
    turns: [
      {
        // 4 × 200 × 6 = 4800; the 残疾人 row needs an insured enterprise → 0; wrong total 6000
        user: '俺们合作社 吸纳了四个建档立卡户 干了整半年 以工代训6个月；还有一个残疾人 不是建档立卡的 也以工代训了6个月 岗前补贴都没领 合作社能拿多少',
        expect: payOrAsk(4800, 6000),
      },
    ],
  },
  {
    id: 'v73d10',
    class: 'several_groups',
    probes: '[local-term] [dated] 建档立卡 and 监测户 rows: months asked, the 监测户 row never added',
    periodEnd: true,
    turns: [
      { user: '2021年上半年 车间里两拨人：建档立卡的5个 以工代训做了2个月；监测户3个 以工代训4个月 岗前补贴都没领 能补多少', expect: askOJT },
      // 5 × 200 × 2 = 2000; 监测户 not named by the plan; with them 2000 + 3 × 200 × 4 = 4400
      { user: '建档立卡那5个 都干了9个月了', expect: payOrAsk(2000, 4400) },
    ],
  },
  {
    id: 'v73d11',
    class: 'several_groups',
    probes: 'zero-employment and 就业困难 rows with their own months, then the workers\' own subsidy',
    periodEnd: true,
    turns: [
      {
        // 2 × 200 × 3 = 1200; 3 × 200 × 5 = 3000; total 4200. Bleed 5 × 200 × 5 = 5000
        user: '乡人社所的 帮一个参保的食品厂问：收了零就业家庭的2个人 以工代训3个月；就业困难人员3个 以工代训5个月 都没领岗前补贴 厂里能拿多少',
        expect: payNot(4200, 5000),
      },
      {
        user: '那这几个工人自己再去考个证 个人有补贴没',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], mustNotContain: ['4200'] },
      },
    ],
  },
  {
    id: 'v73d12',
    class: 'several_groups',
    probes: 'a "两后生" from a poor household and a non-poor 残疾人 at one 车间',
    periodEnd: true,
    turns: [
      {
        // 王: poor labour, 1 × 200 × 6 = 1200; 李婶: 扶贫车间 is no insured enterprise → 0; wrong 2400
        user: '车间新来两个人：老王家儿子 初中毕业没再上学 家里是建档立卡户 干了6个月 以工代训6个月；李婶 残疾 不是建档立卡户 干了8个月 以工代训6个月 俩人岗前补贴都没领 车间能补多少',
        expect: payOrAsk(1200, 2400),
      },
    ],
  },
  {
    id: 'v73d13',
    class: 'several_groups',
    probes: '[two-part] two units in one message: each its own 2400, never one pooled figure',
    periodEnd: true,
    turns: [
      {
        // 车间 3 × 200 × 4 = 2400; 合作社 2 × 200 × 6 = 2400. Pooled bleed 5 × 200 × 6 = 6000
        user: '乡里两个点都想报以工代训：扶贫车间有建档立卡户3个 干了7个月 以工代训4个月；合作社有建档立卡户2个 干了6个月 以工代训6个月 两家都没领过岗前补贴 各能补多少',
        expect: { mustNotContain: ['6000'], oneOf: [{ says: [/2400|2,400|0\.24万/] }, { asks: true }] },
      },
    ],
  },
  {
    id: 'v73d14',
    class: 'several_groups',
    probes: 'one row settled, the other\'s months open: ask by name, then the whole amount',
    periodEnd: true,
    turns: [
      {
        // poor 2 × 200 × 6 = 2400; 残疾人 months open (a guess of 6 → 6000)
        user: '县里服装厂 交社保的 收了俺村建档立卡户2个 干满1年了 以工代训6个月；还有3个残疾人(有就业困难认定)也在以工代训 月数还没统计出来 岗前补贴都没领',
        expect: { asks: true, mustNotContain: ['6000'], notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
      // 2400 + 3 × 200 × 2 = 3600
      { user: '残疾人那3个 以工代训做了2个月', expect: pay(3600) },
    ],
  },
  {
    id: 'v73d15',
    class: 'several_groups',
    probes: '[local-term] a 低保户 without a 就业困难 certificate is no group of 六(一)',
    periodEnd: true,
    turns: [
      {
        // 2 × 200 × 3 = 1200; 低保户 row 0; with it 1800
        user: '镇上参保的厂子 招了俺村2个建档立卡户 干了8个月 以工代训3个月；还有1个低保户 没有就业困难认定 以工代训3个月 岗前补贴都没领 能补多少',
        expect: payOrAsk(1200, 1800),
      },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v73d17',
    class: 'negation_after_noun',
    probes: '"岗前…一分钱也没拿过" after the noun, with the homophone 以工带训',
    periodEnd: true,
    turns: [
      {
        // 4 × 200 × 3 = 2400
        user: '村里扶贫车间 建档立卡户4个 干了7个月 以工带训搞了3个月 岗前技能培训补贴 一分钱也没拿过 能补多少',
        expect: pay(2400),
      },
    ],
  },
  {
    id: 'v73d18',
    class: 'negation_after_noun',
    probes: '"社保 厂里一直没给交" at the end: uninsured, no 以工代训 for 就业困难人员',
    turns: [
      {
        // uninsured → 0; misreading 5 × 200 × 4 = 4000
        user: '厂里有5个就业困难人员 以工代训4个月 岗前补贴这块也没领 就是社保 厂里一直没给交',
        expect: noPay(4000),
      },
    ],
  },
  {
    id: 'v73d19',
    class: 'negation_after_noun',
    probes: '"不是没领 是领过了": a double negation means the 岗前 subsidy was claimed',
    turns: [
      {
        // 岗前 claimed → 0; misreading 3 × 200 × 5 = 3000
        user: '合作社3个建档立卡户 干了10个月 以工代训5个月 岗前补贴嘛 不是没领 是领过了',
        expect: noPay(3000),
      },
    ],
  },
  {
    id: 'v73d20',
    class: 'negation_after_noun',
    probes: '"建档立卡户倒不是": ordinary migrant workers, no 以工代训',
    turns: [
      {
        // no qualifying group; misreading 3 × 200 × 6 = 3600
        user: '车间这3个人 建档立卡户倒不是 就是普通打工的 干了8个月 以工代训6个月 岗前补贴没领 能补不',
        expect: notYes(3600),
      },
    ],
  },
  {
    id: 'v73d21',
    class: 'negation_after_noun',
    probes: '"养老金的资格 她没有" after the noun; then the amount, which the plan does not fix',
    periodEnd: true,
    turns: [
      {
        user: '李婶想去学面点 按月领养老金的资格 她木有 培训学校在省里那个系统里 就在咱县学 户口也在这 证考下来了 今年还没享受过培训补贴 以前也没学过面点 能补不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] },
      },
      { user: '那她学完能给补多少钱呀', expect: unsettled },
    ],
  },
  {
    id: 'v73d22',
    class: 'negation_after_noun',
    probes: '"社保倒是交着呢" — insured despite the 没 nearby for the 岗前 subsidy',
    periodEnd: true,
    turns: [
      {
        // 2 × 200 × 5 = 2000
        user: '以工代训那个 鞋厂社保倒是交着呢 岗前补贴没领 招的是2个零就业家庭成员 以工代训5个月 能补多少',
        expect: pay(2000),
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v73d23',
    class: 'unknown_reply',
    probes: '[dated] months employed first unknown (roster not at hand), then given',
    periodEnd: true,
    turns: [
      { user: '扶贫车间收了6个建档立卡户 以工代训4个月 岗前补贴没领 能补多少', expect: askOJT },
      { user: '干了几个月俺真记不清 得翻花名册', expect: dunnoOJT },
      // 6 × 200 × 4 = 4800
      { user: '翻着了 都是2020年5月进的车间 干到年底 八个月', expect: pay(4800) },
    ],
  },
  {
    id: 'v73d24',
    class: 'unknown_reply',
    probes: '岗前 subsidy "说不准" stays open until the accountant answers',
    periodEnd: true,
    turns: [
      { user: '参保企业 吸纳了3个就业困难人员 以工代训5个月 岗前补贴领没领 我说不准 会计请假了', expect: dunnoOJT },
      // 3 × 200 × 5 = 3000
      { user: '问过会计了 岗前那个没领', expect: pay(3000) },
    ],
  },
  {
    id: 'v73d25',
    class: 'unknown_reply',
    probes: 'equipment acceptance unknown, then accepted: the studio cap applies',
    turns: [
      { user: '镇上机械厂建了个技能大师工作室 新买实训设备60万 钱从职工教育经费出的 验收这块 我不太清楚过没过', expect: dunnoKit },
      // min(20 % × 600000 = 120000, 100000) = 100000
      { user: '厂里说人社和财政都验收合格了', expect: kit(100000) },
    ],
  },
  {
    id: 'v73d26',
    class: 'unknown_reply',
    probes: 'a school-leaver\'s certificate not known yet: no verdict on the training subsidy',
    turns: [
      {
        user: '老王家儿子初中毕业没上学了 想去学电焊 能给补贴不',
        expect: { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      { user: '证考没考下 还不知道呢 下个月才出结果', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v73d27',
    class: 'unknown_reply',
    probes: '[dated] fund drawn not worked out yet, then given: capped at 8 % of payroll',
    turns: [
      { user: '乡里建材厂问 2021年工资薪金总额800万 职工教育经费提了多少 会计还没算好 能税前扣多少', expect: askFund },
      // min(700000, 8 % × 8000000 = 640000) = 640000
      { user: '算出来了 提了70万', expect: deduct(640000) },
    ],
  },
  {
    id: 'v73d28',
    class: 'unknown_reply',
    probes: '[local-term] a 监测户 whose 建档立卡 status the cadre cannot confirm: no verdict either way',
    turns: [
      {
        // a guess of poor labour: 1 × 200 × 6 = 1200
        user: '车间里有个监测户的小伙子 干了7个月 以工代训6个月 岗前补贴没领 车间能拿他的补贴不',
        expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['1200'] },
      },
      { user: '他家算不算建档立卡的 俺也拿不准 得去乡里查查', expect: dunnoOJT },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v73d29',
    class: 'correction',
    probes: '[local-term] one of five turns out to be a 边缘户: the count drops to four',
    periodEnd: true,
    turns: [
      // 5 × 200 × 5 = 5000
      { user: '车间建档立卡户5个 干了7个月 以工代训5个月 岗前补贴没领', expect: pay(5000) },
      // 4 × 200 × 5 = 4000
      { user: '不对不对 是4个 有一个是边缘户 不是建档立卡的', expect: payNot(4000, 5000) },
    ],
  },
  {
    id: 'v73d30',
    class: 'correction',
    probes: 'insurance corrected to "断了 没交": the amount goes away',
    periodEnd: true,
    turns: [
      // 3 × 200 × 6 = 3600
      { user: '参保的食品厂 收了俺村仨残疾人 都有就业困难认定 以工代训6个月 岗前补贴没领', expect: pay(3600) },
      { user: '刚问清楚了 厂里社保早断了 一直没交', expect: noPay(3600) },
    ],
  },
  {
    id: 'v73d31',
    class: 'correction',
    probes: 'a villager\'s pension corrected: the training subsidy becomes ineligible',
    periodEnd: true,
    turns: [
      {
        user: '李婶残疾 想学手工编织 在县里学 是户籍地 证拿到了 机构在系统里 今年没享受过补贴 以前没学过编织 也没领养老金 能补不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      {
        user: '搞错了 李婶已经开始按月领养老金了',
        expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v73d32',
    class: 'correction',
    probes: 'months employed corrected from 5 to 9: poor labour now qualifies',
    periodEnd: true,
    turns: [
      // employed 5 < 6 → ineligible; misreading 3 × 200 × 5 = 3000
      { user: '车间建档立卡户3个 干了5个月 以工代训5个月 岗前补贴没领', expect: noPay(3000) },
      // 3 × 200 × 5 = 3000
      { user: '我说错了 是干了9个月 以工代训还是5个月', expect: pay(3000) },
    ],
  },
  {
    id: 'v73d33',
    class: 'correction',
    probes: 'a 零就业 member at a 合作社 (no) turns out to be 建档立卡 too (yes)',
    periodEnd: true,
    turns: [
      {
        // 2 × 200 × 6 = 2400; 刘哥 at a 合作社 as 零就业 → 0; with him 3600
        user: '合作社收了2个建档立卡户 干了8个月 以工代训6个月；还有刘哥 是零就业家庭的 以工代训6个月 岗前补贴都没领',
        expect: payOrAsk(2400, 3600),
      },
      // 3 × 200 × 6 = 3600
      { user: '更正下 刘哥家也是建档立卡户 在社里干了7个月', expect: pay(3600) },
    ],
  },
  {
    id: 'v73d34',
    class: 'correction',
    probes: 'equipment value corrected from 300万 to 200万: the base cap no longer binds',
    turns: [
      // min(20 % × 3000000 = 600000, 500000) = 500000
      { user: '机械厂的高技能人才培训基地 买设备花了300万 职工教育经费出的 验收合格了 补多少', expect: kit(500000) },
      // min(20 % × 2000000 = 400000, 500000) = 400000
      { user: '核对了下 设备总值是200万 不是300万', expect: kit(400000) },
    ],
  },
  {
    id: 'v73d35',
    class: 'correction',
    probes: '以工代训 months corrected from 2 to 4',
    periodEnd: true,
    turns: [
      // 4 × 200 × 2 = 1600
      { user: '镇上参保鞋厂 收了4个零就业家庭的 以工代训2个月 岗前补贴没领', expect: pay(1600) },
      // 4 × 200 × 4 = 3200
      { user: '哦不对 以工代训是4个月 2个月是刚开始报的数', expect: payNot(3200, 1600) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v73d36',
    class: 'topic_switch',
    probes: 'from a 车间 amount to a poor family\'s 技师学院 student: 三(三), no 2400',
    periodEnd: true,
    turns: [
      // 2 × 200 × 6 = 2400
      { user: '车间收了俩建档立卡户 干了1年 以工代训6个月 岗前补贴没领', expect: pay(2400) },
      {
        user: '换个事 村里有个小伙在技师学院上学 家里是建档立卡户 他上学有啥政策',
        expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'], mustNotContain: ['2400'] },
      },
    ],
  },
  {
    id: 'v73d37',
    class: 'topic_switch',
    probes: 'from entrepreneurship training to an insured factory\'s 以工代训',
    periodEnd: true,
    turns: [
      { user: '村里想办个创业培训班 有开店想法的都能去学吗', expect: noFigure(['三(八)']) },
      // 2 × 200 × 4 = 1600
      { user: '另外 咱乡参保的鞋厂收了2个零就业家庭的 以工代训4个月 岗前补贴没领 能补多少', expect: pay(1600) },
    ],
  },
  {
    id: 'v73d38',
    class: 'topic_switch',
    probes: 'from a veteran\'s training to 危房改造, which lies outside the plan',
    turns: [
      { user: '张哥退伍了 想学个汽修 有培训不', expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)', '七(二)'] } },
      { user: '再问个别的 村里危房改造补助咋申请', expect: decline },
    ],
  },
  {
    id: 'v73d39',
    class: 'topic_switch',
    probes: 'from 以工代训 to a daily 生活费 during training: not fixed, never the 200 of 以工代训',
    periodEnd: true,
    turns: [
      // 4 × 200 × 3 = 2400
      { user: '车间4个建档立卡户 干了8个月 以工代训3个月 岗前补贴没领', expect: pay(2400) },
      { user: '那这些人去培训那几天 给发生活费不 一天多少', expect: { ...unsettled, mustNotContain: ['2400', '200'] } },
    ],
  },
  {
    id: 'v73d40',
    class: 'topic_switch',
    probes: 'from 对口扶贫 school visits (三(十四)) to a 合作社 amount',
    periodEnd: true,
    turns: [
      { user: '俺村是市里对口帮扶的 职业院校来村里搞招生宣传 这是哪条政策', expect: { cites: ['三(十四)'] } },
      // 1 × 200 × 6 = 1200
      { user: '扯远了 问下 镇上合作社收了建档立卡户1个 干了6个月 以工代训6个月 岗前补贴没领 能补多少', expect: pay(1200) },
    ],
  },
  {
    id: 'v73d41',
    class: 'topic_switch',
    probes: '[contact] from the education-fund deduction to where a disabled villager signs up',
    turns: [
      // min(150000, 8 % × 2500000 = 200000) = 150000
      { user: '镇上纸箱厂 2020年工资薪金总额250万 教育经费提了15万 能税前扣除多少', expect: deduct(150000) },
      {
        user: '对了 村里李婶残疾 想学个手艺 去哪报名 找谁',
        expect: { noAmount: 'unfixed', says: [CONTACT], mustNotContain: ['150000'] },
      },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v73d42',
    class: 'person_training',
    probes: 'a 残疾人 asks for free training: free training is for poor labour, not decided from silence',
    turns: [
      {
        user: '李婶残疾 想学缝纫 能免费学不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'free_training_poor', status: 'eligible' }, cites: ['三(二)', '三(三)', '七(二)'] },
      },
    ],
  },
  {
    id: 'v73d43',
    class: 'person_training',
    probes: 'a 建档立卡 villager\'s training is free (三(三))',
    periodEnd: true,
    turns: [
      {
        user: '老赵家是建档立卡户 他想学厨师 学费要自己掏不',
        expect: { noAmount: 'unfixed', status: { rule: 'free_training_poor', status: 'eligible' }, cites: ['三(三)'] },
      },
    ],
  },
  {
    id: 'v73d44',
    class: 'person_training',
    probes: 'three subsidies already this year: no fourth (七(二))',
    turns: [
      {
        user: '村里小孙 今年已经享受过3回培训补贴了 又想学开挖掘机 还能补不',
        expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v73d45',
    class: 'person_training',
    probes: 'same occupation and level again: no second subsidy (七(二))',
    turns: [
      {
        user: '老孙前年学电工初级 补贴领过了 现在想再学一遍电工初级 还给补吗',
        expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v73d46',
    class: 'person_training',
    probes: 'is a school-leaver a "两后生", and which training (三(二))',
    turns: [{ user: '老王家儿子初中毕业不念了 这算不算两后生 能参加啥培训', expect: noFigure(['三(二)']) }],
  },
  {
    id: 'v73d47',
    class: 'person_training',
    probes: 'training where a migrant villager lives and works (七(二) 常住地 / 求职就业地)',
    turns: [
      {
        user: '王大姐户口在俺村 常年在郑州打工 想在郑州学育婴员 在那边学完能补不',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/常住地|就业地|务工地/] },
      },
    ],
  },
  {
    id: 'v73d48',
    class: 'person_training',
    probes: 'a villager won a skills competition prize: rewards by rule, no figure (五(三))',
    turns: [{ user: '村里小伙在市里技能竞赛得了个二等奖 有奖励没', expect: noFigure(['五(三)']) }],
  },
  {
    id: 'v73d49',
    class: 'person_training',
    probes: '"贫困户" confirmed as 建档立卡: the family\'s aid for a child at a 职专',
    turns: [
      {
        user: '贫困户家的闺女上了职业院校 家里能领补助不',
        expect: { noAmount: 'unfixed', cites: ['三(十四)', '三(三)'], notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } },
      },
      {
        user: '是建档立卡户 闺女在县职专上学',
        expect: { noAmount: 'unfixed', status: { rule: 'poor_family_child_aid', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v73d50',
    class: 'person_training',
    probes: '[two-part] three villagers at once (残疾, 退伍, 两后生): all named in 三(二), no figure',
    turns: [
      {
        user: '驻村书记汇总了下：李婶 残疾；张哥 刚退伍；老王家儿子 初中毕业没上学了 这仨人都想学个技术 分别有啥培训政策',
        expect: noFigure(['三(二)']),
      },
    ],
  },
  {
    id: 'v73d51',
    class: 'person_training',
    probes: '[two-part] one poor villager at a 车间: his free training and the 车间\'s 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '老王儿子在扶贫车间干了半年了 家里是建档立卡户 他本人能享受啥 车间又能拿啥',
        expect: { asks: true, noAmount: 'open', cites: ['三(三)', '六(一)'] },
      },
      // 1 × 200 × 5 = 1000
      { user: '以工代训做了5个月 岗前补贴没领', expect: pay(1000) },
    ],
  },
  {
    id: 'v73d52',
    class: 'person_training',
    probes: 'an older villager drawing a monthly pension is outside the subsidised scope (六(一))',
    turns: [
      {
        user: '村里老刘62了 每个月按月领着养老金 还能参加补贴培训不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)', '七(二)'] },
      },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v73d53',
    class: 'entrepreneurship',
    probes: 'a returnee with a wish to open a 农家乐 can join 创业培训',
    turns: [
      {
        user: '村里返乡的小刘想开个农家乐 有没有创业培训可以参加',
        expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v73d54',
    class: 'entrepreneurship',
    probes: 'a shop open six years and no new plans: not eligible on these facts',
    turns: [
      {
        user: '张哥在镇上开小超市6年了 也不打算再开别的 他能参加创业培训不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v73d55',
    class: 'entrepreneurship',
    probes: '[two-part] three villagers, one without any wish to start a business',
    turns: [
      { user: '有三个人想参加创业培训：小刘大专毕业在家待着；小李开网店两年了；老马没啥想法 就是想凑个热闹', expect: noFigure(['三(八)']) },
      { user: '那老马到底能去不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v73d56',
    class: 'entrepreneurship',
    probes: 'a small restaurant open just over a year: eligible (开业5年以内)',
    turns: [
      {
        user: '李嫂在镇上开了个小饭馆 才一年多 她能参加创业培训吗',
        expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v73d57',
    class: 'equipment',
    probes: 'a master studio under its cap: 20 %',
    turns: [
      {
        // min(20 % × 450000 = 90000, 100000) = 90000
        user: '镇上参保的机械厂 搞了个技能大师工作室 新买实训设备45万 职工教育经费出的钱 人社财政都验收合格了 能补多少',
        expect: kit(90000),
      },
    ],
  },
  {
    id: 'v73d58',
    class: 'equipment',
    probes: 'equipment bought on a bank loan, not the education fund: no subsidy',
    turns: [
      {
        // would be 20 % × 1200000 = 240000 (24万)
        user: '县里一家企业的高技能人才培训基地 新设备120万 验收过了 不过钱是银行贷款买的 不是职工教育经费',
        expect: noKit(240000, /24万/),
      },
    ],
  },
  {
    id: 'v73d59',
    class: 'equipment',
    probes: 'two master studios each with their own cap',
    turns: [
      {
        // A: min(60000, 100000) = 60000; B: min(160000, 100000) = 100000; total 160000 (uncapped 220000)
        user: '厂里两个技能大师工作室 一个新买设备30万 一个新买80万 都是教育经费出的 都验收合格了 一共补多少',
        expect: kitNot(160000, 220000),
      },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v73d60',
    class: 'education_fund',
    probes: '[dated] fund above 8 % of payroll: the deduction stops at 8 %',
    turns: [
      {
        // min(500000, 8 % × 5000000 = 400000) = 400000
        user: '乡里纺织厂 2021年工资薪金总额500万 职工教育经费提了50万 税前能扣多少',
        expect: deduct(400000),
      },
    ],
  },
  {
    id: 'v73d61',
    class: 'education_fund',
    probes: '[two-part] half the fund on front-line workers is under 60 %; the deduction itself',
    turns: [
      {
        // min(200000, 8 % × 3000000 = 240000) = 200000; front-line 50 % < 60 %
        user: '厂里工资总额300万 教育经费提了20万 用在一线工人身上的只有一半 这样行不 能扣多少',
        expect: deduct(200000, /60\s*%|百分之六十|六成/),
      },
    ],
  },
  {
    id: 'v73d62',
    class: 'education_fund',
    probes: '师带徒 allowances from the fund, then the 8 % ceiling (六(二))',
    turns: [
      { user: '职工教育经费能拿来发师带徒的津贴不', expect: noFigure(['六(二)']) },
      { user: '那税前扣除比例最高到多少', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v73d63',
    class: 'apprenticeship',
    probes: 'per-apprentice amount: "按照相关规定", no figure',
    turns: [{ user: '镇上厂子带了10个新型学徒 一个学徒补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v73d64',
    class: 'apprenticeship',
    probes: 'apprenticeship at a 扶贫车间, then a total for five: the plan fixes none',
    turns: [
      { user: '扶贫车间能搞企业新型学徒制不 有补贴没', expect: noFigure(['四(一)']) },
      { user: '那带5个学徒 总共能拿多少', expect: unsettled },
    ],
  },
  {
    id: 'v73d65',
    class: 'apprenticeship',
    probes: 'apprenticeship and 以工代训 together: the plan rules only 以工代训 + 岗前 out',
    turns: [{ user: '学徒那个补贴 跟以工代训补贴能一块拿吗', expect: { noAmount: 'unfixed', cites: ['四(一)', '六(一)'] } }],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v73d66',
    class: 'period',
    probes: '[dated] a 2020 claim not filed then: can it be filed now? The plan ended 2021-12-31',
    periodEnd: true,
    turns: [{ user: '2020年车间吸纳建档立卡户的以工代训补贴 当时没报 现在还能补报不', expect: { ...ended, cites: ['六(一)'] } }],
  },
  {
    id: 'v73d67',
    class: 'period',
    probes: 'until which year the plan runs',
    turns: [{ user: '这个技能提升行动 到哪年就结束了', expect: { says: [/2021/] } }],
  },
  {
    id: 'v73d68',
    class: 'period',
    probes: '[local-term] new hires now, after the plan ended',
    periodEnd: true,
    turns: [{ user: '现在村里扶贫车间又招了3个脱贫户 还能按这个方案申请以工代训不', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v73d69',
    class: 'period',
    probes: '[dated] six months completed only in 2022, then a case inside 2021',
    periodEnd: true,
    turns: [
      { user: '2021年11月车间收了2个建档立卡户 干到2022年5月 满半年了 以工代训6个月 岗前补贴没领 能补不', expect: ended },
      // 2 × 200 × 6 = 2400
      { user: '那要是2021年6月底收的 干到年底正好半年 以工代训也做满6个月呢', expect: pay(2400) },
    ],
  },
  {
    id: 'v73d70',
    class: 'period',
    probes: '[dated] free training for poor labour in 2020 vs 2021, and now',
    periodEnd: true,
    turns: [{ user: '2020年和2021年 贫困劳动力免费培训的政策一样不 现在还有没有', expect: { ...ended, cites: ['三(三)'] } }],
  },
  {
    id: 'v73d71',
    class: 'period',
    probes: 'whether the plan still governs after 2022',
    periodEnd: true,
    turns: [{ user: '方案里说的那些补贴培训 2022年以后还按这个办吗', expect: ended }],
  },
];
