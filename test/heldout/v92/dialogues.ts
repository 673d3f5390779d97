/**
 * HELD-OUT dialogues, set v92 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v87
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: rural Henan — 村支书 and 驻村第一书记, owners of 农民专业合作社 and 扶贫车间,
 * 返乡农民工 who opened a small plant, and elderly relatives typing for a son, daughter or
 * grandchild, often through 语音转文字: homophone errors (一工代训、港前培训), no punctuation, run-on
 * messages, heavy dialect (中不中、咋弄、恁、俺、弄啥嘞、木有、木领、得劲、哩), numbers as 仨/俩/半年/
 * 一年/大半年, facts spread over turns, corrections ("不对…"), "不知道/忘了", and questions that
 * leave the plan (land, 新农合, 低保, teachers' pay).
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it depends
 * on has been said: the kind of unit, insurance where the rule needs it, the group, months employed
 * (poor labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was already claimed.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业、合作社、扶贫车间); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise (a 合作社 or 扶贫车间 is no 企业); 返乡农民工 and 退役军人
 *   are no group of this rule; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only when bought
 *   from the 职工教育经费 and accepted by 人社 and 财政.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** Something the 以工代训 amount needs is still unsaid: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The person cannot give a 以工代训 fact ("不知道/忘了"): no figure, no verdict either way. */
const openOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount, from 六(一). */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, cites: ['六(一)'] });
/** The 以工代训 amount, and none of the figures a misreading would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  cites: ['六(一)'],
  mustNotContain: wrong.map(String),
});
/** 以工代训 excluded by what was said; the figure of the misreading absent. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on what was said (a question may still follow); the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy of 四(一). */
const kit = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  cites: ['四(一)'],
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** An equipment fact the person cannot give: no figure, no verdict. */
const openKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** The education-fund deduction of 六(二): 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** The plan fixes no amount here: no figure, the clause cited. */
const unfixed = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle the amount asked for, and says so. */
const honest: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const outside: TurnExpect = { answered: false, noAmount: 'open' };
/** A 以工代训 figure (每人每月 200 元) leaking into an answer about another rule. */
const OJT_RATE = /每人每月\s*200/;

export const DIALOGUES_V92: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v92d01',
    class: 'one_group',
    probes: 'village secretary, 扶贫车间, voice-typed "一工代训"; facts over three turns, amount only at the end',
    periodEnd: true,
    turns: [
      { user: '俺是村支书 俺村扶贫车间今年收了5个建档立卡贫困户在车间干活 这个一工代训补贴咋弄 能给多少钱', expect: askOJT },
      { user: '干了八个月了 以工代训搞了六个月', expect: askOJT },
      // 5 × 200 × 6 = 6000
      { user: '岗前培训那个补贴木有领过', expect: pay(6000) },
    ],
  },
  {
    id: 'v92d02',
    class: 'one_group',
    probes: 'cooperative, all facts in one run-on message, 仨 and 一年',
    periodEnd: true,
    turns: [
      // 3 × 200 × 4 = 2400 (employed 12 ≥ 6)
      { user: '俺们是种香菇哩农民专业合作社 收了仨建档立卡哩贫困户 都干了一年了 以工代训带了4个月 岗前培训补贴没申请过 能补多少钱', expect: pay(2400) },
    ],
  },
  {
    id: 'v92d03',
    class: 'one_group',
    probes: 'insured small garment plant, two disabled hires (就业困难 incl. 残疾人), months in the second turn',
    periodEnd: true,
    turns: [
      { user: '俺厂是个小服装厂 社保一直交着哩 招了俩残疾人 这以工代训有啥补贴不', expect: askOJT },
      // 2 × 200 × 5 = 2000
      { user: '来了五个月了 以工代训也是五个月 岗前那个补贴没领', expect: pay(2000) },
    ],
  },
  {
    id: 'v92d04',
    class: 'one_group',
    probes: '以工代训 9 months capped at 6; homophones 一工带训 / 港前培训',
    periodEnd: true,
    turns: [
      // 4 × 200 × min(9, 6) = 4800; uncapped misreading 4 × 200 × 9 = 7200
      { user: '扶贫车间里4个建档立卡户 干了10个月了 一工带训弄了9个月 港前培训补贴木有领 中不中', expect: payNot(4800, 7200) },
      { user: '为啥不是按9个月算嘞', expect: { cites: ['六(一)'], says: [/6\s*个?月|六个月|半年/], mustNotContain: ['7200'] } },
    ],
  },
  {
    id: 'v92d05',
    class: 'one_group',
    probes: 'poor labour employed only 5 months (< 6): excluded, no figure',
    periodEnd: true,
    turns: [
      // employed 5 < 6 → excluded; misreading 6 × 200 × 5 = 6000
      { user: '俺扶贫车间招了6个贫困户 建档立卡哩 才干了5个月 以工代训也5个月 岗前补贴没领 能补不', expect: { ...noPay(6000), cites: ['六(一)'] } },
      // future 以工代训 months unknown: no figure
      { user: '那再干一个月够半年了 是不是就中了', expect: { cites: ['六(一)'], noAmount: 'open' } },
    ],
  },
  {
    id: 'v92d06',
    class: 'one_group',
    probes: 'grandmother typing for her son; 零就业家庭 hire of an insured company',
    periodEnd: true,
    turns: [
      // 1 × 200 × 3 = 600
      { user: '俺替俺儿问哩 他那公司交着社保 招了个零就业家庭哩闺女 干7个月了 以工代训仨月 岗前补贴没拿过 能给公司补多少', expect: pay(600) },
    ],
  },
  {
    id: 'v92d07',
    class: 'one_group',
    probes: 'returned migrant worker runs an uninsured plant; 就业困难 hires need an insured enterprise',
    periodEnd: true,
    turns: [
      { user: '俺从广东打工回来开了个小加工厂 招了2个就业困难人员 以工代训6个月 岗前哩没领 能申请补贴不', expect: askOJT },
      // not insured → excluded; misreading 2 × 200 × 6 = 2400
      { user: '社保还木有给工人交哩 想着过一阵再交', expect: noPay(2400) },
    ],
  },
  {
    id: 'v92d08',
    class: 'one_group',
    probes: '"大半年" is no number of months: ask; then 八个月 / 以工代训半年',
    periodEnd: true,
    turns: [
      { user: '俺是驻村第一书记 村里扶贫车间有七个建档立卡户 干了大半年了 岗前培训补贴都没领 以工代训补贴咋算', expect: askOJT },
      // 7 × 200 × 6 = 8400
      { user: '准数是八个月 以工代训半年', expect: pay(8400) },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v92d09',
    class: 'several_groups',
    probes: 'cooperative: poor labour counts, 返乡农民工 do not',
    periodEnd: true,
    turns: [
      // 3 × 200 × 6 = 3600; migrants counted too: 8 × 200 × 6 = 9600
      { user: '俺是合作社理事长 吸纳了3个建档立卡贫困户 还有5个返乡农民工 都干了7个月 以工代训6个月 岗前补贴一个也没领 一共能补多少', expect: payNot(3600, 9600) },
      { user: '返乡哩那5个为啥不算', expect: { cites: ['六(一)'], mustNotContain: ['9600'] } },
    ],
  },
  {
    id: 'v92d10',
    class: 'several_groups',
    probes: 'two groups, each with its own months, insurance and 岗前 only in the third turn',
    periodEnd: true,
    turns: [
      { user: '俺是个服装加工厂哩老板 收了两个建档立卡贫困户 仨残疾人 这以工代训补贴咋算哩', expect: askOJT },
      { user: '贫困户那俩干了八个月 以工代训六个月 残疾人那仨来了四个月 以工代训也是四个月', expect: askOJT },
      // 2 × 200 × 6 + 3 × 200 × 4 = 2400 + 2400 = 4800; bled: 5 × 200 × 6 = 6000, 5 × 200 × 4 = 4000
      { user: '社保一直交着哩 岗前培训补贴一个都木领', expect: payNot(4800, 6000, 4000) },
    ],
  },
  {
    id: 'v92d11',
    class: 'several_groups',
    probes: 'village-run 扶贫车间 without insurance: poor labour counts, 就业困难 rows do not',
    periodEnd: true,
    turns: [
      // 4 × 200 × 6 = 4800; all six counted: 6 × 200 × 6 = 7200
      { user: '俺村集体办哩扶贫车间 社保木交 车间里4个建档立卡户 2个就业困难人员 都干了9个月 以工代训都是6个月 岗前培训补贴都木领 总共能补多少', expect: payNot(4800, 7200) },
      { user: '那俩困难人员咋不给补嘞', expect: { cites: ['六(一)'], mustNotContain: ['7200'] } },
    ],
  },
  {
    id: 'v92d12',
    class: 'several_groups',
    probes: 'returned worker\'s food plant, three groups over four turns: poor (cap 6), 零就业, veterans (no group of the rule)',
    periodEnd: true,
    turns: [
      { user: '俺在外头打工十来年 回村开了个食品厂 社保给工人交着哩 想问问招人那个补贴', expect: { noAmount: 'open', oneOf: [{ asks: true }, { cites: ['六(一)'] }] } },
      { user: '招了俩建档立卡贫困户 一个零就业家庭哩 还有两个退伍兵', expect: askOJT },
      { user: '贫困户俩干了一年了 以工代训八个月 零就业那个来了仨月 以工代训仨月 退伍哩那俩干半年了 也是以工代训半年', expect: askOJT },
      // 2 × 200 × min(8,6) + 1 × 200 × 3 = 2400 + 600 = 3000; veterans counted: +2400 = 5400; uncapped: 3200 + 600 = 3800
      { user: '对了 他们几个哩岗前补贴都木领过', expect: payNot(3000, 5400, 3800) },
    ],
  },
  {
    id: 'v92d13',
    class: 'several_groups',
    probes: 'two batches of poor labour, the second employed only 4 months',
    periodEnd: true,
    turns: [
      // batch 1: 3 × 200 × 5 = 3000; batch 2 employed 4 < 6 → 0; counted: + 2 × 200 × 4 = 4600; 5 × 200 × 5 = 5000
      { user: '合作社哩 建档立卡户分两拨 头一拨3个 干了10个月 以工代训5个月 第二拨俩 才来4个月 以工代训4个月 岗前培训补贴都木有领 恁给算算中不中', expect: payNot(3000, 4600, 5000) },
      { user: '第二拨那俩啥时候能补', expect: { cites: ['六(一)'], noAmount: 'open' } },
    ],
  },
  {
    id: 'v92d14',
    class: 'several_groups',
    probes: 'the 岗前 subsidy was claimed for one group only',
    periodEnd: true,
    turns: [
      { user: '俺公司招了4个残疾人 干了半年了 以工代训半年 还有俩建档立卡哩 干了7个月 以工代训6个月 这补贴咋算', expect: askOJT },
      // disabled row claimed 岗前 → 0; poor 2 × 200 × 6 = 2400; all counted: 6 × 200 × 6 = 7200
      { user: '社保交着哩 残疾人那4个岗前培训补贴领过了 贫困户那俩木领', expect: payNot(2400, 7200) },
    ],
  },
  {
    id: 'v92d15',
    class: 'several_groups',
    probes: 'one group settled, the other\'s months unknown: partial at most, then the total',
    periodEnd: true,
    turns: [
      // poor row 3 × 200 × 6 = 3600 settled; 就业困难 row open; 5 × 200 × 6 = 6000 would be a guess
      {
        user: '俺厂交社保 收了3个建档立卡户干8个月了 以工代训6个月 岗前补贴没领 另外还有2个就业困难人员 他俩干多久了俺不清楚 得问问会计',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['6000'] },
      },
      // 3600 + 2 × 200 × 5 = 3600 + 2000 = 5600
      { user: '问过了 困难人员那俩来了5个月 以工代训5个月 岗前也木领', expect: payNot(5600, 6000) },
    ],
  },
  {
    id: 'v92d16',
    class: 'several_groups',
    probes: 'voice run-on without punctuation, two batches with different months (一年/6, 刚好半年/俩月)',
    periodEnd: true,
    turns: [
      // 5 × 200 × 6 + 3 × 200 × 2 = 6000 + 1200 = 7200; bled: 8 × 200 × 6 = 9600, 8 × 200 × 2 = 3200
      {
        user: '俺们扶贫车间建档立卡贫困户头一批5个人干了一年了以工代训6个月后来又来了3个刚好干满半年以工代训才俩月岗前培训补贴都木有领过恁看看一共能补多少钱',
        expect: payNot(7200, 9600, 3200),
      },
      { user: '中 那这钱该找哪个部门申请', expect: { says: [/人社|人力资源|12333|财政/] } },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v92d17',
    class: 'negation_after_noun',
    probes: '"社保这一块 俺们厂 说实话 一直都木有交": negation far after the noun',
    periodEnd: true,
    turns: [
      { user: '厂里招了仨就业困难人员 干了半年 以工代训6个月 岗前补贴也木领 能补多少', expect: askOJT },
      // not insured → excluded; misreading 3 × 200 × 6 = 3600
      { user: '社保这一块 俺们厂 说实话 一直都木有交', expect: noPay(3600) },
    ],
  },
  {
    id: 'v92d18',
    class: 'negation_after_noun',
    probes: '岗前补贴 … 人社所叫报 … 最后也木领: not claimed, despite the words in between',
    periodEnd: true,
    turns: [
      // 2 × 200 × 6 = 2400
      { user: '俺合作社俩贫困户 建档立卡哩 干了9个月 以工代训6个月 岗前培训补贴那个 去年春上人社所叫俺们报 俺们嫌麻烦 最后也木领 现在能补多少', expect: pay(2400) },
      { user: '要是当时领了那个岗前的嘞', expect: { cites: ['六(一)'], says: [/重复|同时|二选一|只能/] } },
    ],
  },
  {
    id: 'v92d19',
    class: 'negation_after_noun',
    probes: '"建档立卡贫困户 他们都不是": the group is denied after the noun',
    periodEnd: true,
    turns: [
      { user: '俺厂里今年招了4个人 干了半年 以工代训也半年 岗前补贴木领', expect: askOJT },
      // no group of the rule; misreading as poor labour 4 × 200 × 6 = 4800
      { user: '建档立卡贫困户 他们都不是 残疾人也不是 就是普通返乡打工哩', expect: notYes(4800) },
    ],
  },
  {
    id: 'v92d20',
    class: 'negation_after_noun',
    probes: '"那岗前补贴 从来 就木有 申请过" split by spaces; 7 months capped at 6',
    periodEnd: true,
    turns: [
      { user: '俺公司招了两个零就业家庭哩 干了8个月 以工代训7个月 社保交着哩', expect: askOJT },
      // 2 × 200 × min(7,6) = 2400; uncapped 2 × 200 × 7 = 2800
      { user: '听说以工代训跟岗前培训补贴不能一块儿享受 俺们那岗前补贴 从来 就木有 申请过', expect: payNot(2400, 2800) },
    ],
  },
  {
    id: 'v92d21',
    class: 'negation_after_noun',
    probes: 'double negation "社保也不是没交 一直交着哩" = insured; 岗前 "压根木碰过" = not claimed',
    periodEnd: true,
    turns: [
      // 1 × 200 × 4 = 800
      { user: '俺们是个小企业 社保也不是没交 一直交着哩 收了一个残疾人 来了4个月 以工代训4个月 岗前那补贴俺们压根木碰过', expect: pay(800) },
    ],
  },
  {
    id: 'v92d22',
    class: 'negation_after_noun',
    probes: '"残疾证 到现在 也木办下来": not a certified disabled hire; no figure on a guessed group',
    periodEnd: true,
    turns: [
      {
        user: '俺厂有个工人腿脚不得劲 残疾证 到现在 也木办下来 干了半年了 以工代训6个月 社保交着哩 岗前补贴没领 能按残疾人给补不',
        expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' } },
      },
      // no group of the rule; misreading 1 × 200 × 6 = 1200
      { user: '他也不是就业困难人员 村里也木给他认定过', expect: notYes(1200) },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v92d23',
    class: 'unknown_reply',
    probes: '以工代训 months "俺真不知道" stay open, then given',
    periodEnd: true,
    turns: [
      { user: '俺们扶贫车间6个建档立卡哩 干了7个月 想申请以工代训补贴 岗前补贴木领过', expect: askOJT },
      { user: '以工代训几个月俺真不知道 会计回老家了', expect: openOJT },
      // 6 × 200 × 4 = 4800
      { user: '会计打电话说了 以工代训4个月', expect: pay(4800) },
    ],
  },
  {
    id: 'v92d24',
    class: 'unknown_reply',
    probes: 'father typing for his daughter: insurance "不清楚" stays open',
    periodEnd: true,
    turns: [
      { user: '俺闺女厂里招了俩就业困难哩 干了5个月 以工代训5个月了 岗前补贴没拿', expect: askOJT },
      { user: '社保交没交俺不清楚 俺是替俺闺女问哩 她在厂里管人事', expect: openOJT },
    ],
  },
  {
    id: 'v92d25',
    class: 'unknown_reply',
    probes: '岗前 "忘了" stays open, then "翻了翻账 木领"',
    periodEnd: true,
    turns: [
      { user: '合作社收了三个建档立卡户 干了八个月 以工代训六个月 能补不', expect: askOJT },
      { user: '岗前培训补贴领没领 忘了 那时候不是俺管', expect: openOJT },
      // 3 × 200 × 6 = 3600
      { user: '翻了翻账 岗前那个木领', expect: pay(3600) },
    ],
  },
  {
    id: 'v92d26',
    class: 'unknown_reply',
    probes: 'mother for her son: training place unknown, no verdict on the training subsidy',
    periodEnd: true,
    turns: [
      { user: '俺小儿学电焊哩 学完证也考下来了 能补贴不', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
      { user: '在哪学哩俺也说不清 他在外地打工 电话也打不通', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v92d27',
    class: 'unknown_reply',
    probes: 'equipment bought from which money "不清楚", then 职工教育经费',
    periodEnd: true,
    turns: [
      { user: '俺们公司建了个技能大师工作室 新买哩实训设备花了30万 人社跟财政来验收过了 合格 能补多少', expect: { noAmount: 'open', asks: true } },
      { user: '钱是不是从职工教育经费出哩 俺也不清楚 得问财务', expect: openKit },
      // studio: min(20 % × 300 000, 100 000) = 60 000
      { user: '财务说了 就是职工教育经费里出哩', expect: kit(60000) },
    ],
  },
  {
    id: 'v92d28',
    class: 'unknown_reply',
    probes: 'payroll "记不清": no deduction figure',
    periodEnd: true,
    turns: [
      { user: '俺们厂今年提了职工教育经费8万 税前能扣多少', expect: { noAmount: 'open', asks: true } },
      { user: '工资总额多少俺记不清 会计请假了', expect: { noAmount: 'open', undecided: 'education_fund_deduction' } },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v92d29',
    class: 'correction',
    probes: '"不对 是3个人 不是4个": the count is replaced',
    periodEnd: true,
    turns: [
      // 4 × 200 × 6 = 4800
      { user: '扶贫车间4个建档立卡户 干了8个月 以工代训6个月 岗前补贴木领 能补多少', expect: pay(4800) },
      // 3 × 200 × 6 = 3600
      { user: '不对 俺说错了 是3个人 不是4个', expect: payNot(3600, 4800) },
    ],
  },
  {
    id: 'v92d30',
    class: 'correction',
    probes: 'insurance corrected to "压根木交": the amount goes',
    periodEnd: true,
    turns: [
      // 2 × 200 × 6 = 2400
      { user: '俺厂交着社保 招了2个就业困难人员 干了半年 以工代训6个月 岗前补贴木领', expect: pay(2400) },
      { user: '哎呀不对 刚问了会计 社保俺们厂压根木交', expect: noPay(2400) },
    ],
  },
  {
    id: 'v92d31',
    class: 'correction',
    probes: 'group corrected from 建档立卡 to 残疾人 at a cooperative (no insured enterprise)',
    periodEnd: true,
    turns: [
      // 2 × 200 × 6 = 2400
      { user: '俺合作社招了俩建档立卡贫困户 干了七个月 以工代训六个月 岗前哩没领', expect: pay(2400) },
      { user: '不对不对 俺搞岔了 那俩不是建档立卡哩 是残疾人 有残疾证', expect: notYes(2400) },
    ],
  },
  {
    id: 'v92d32',
    class: 'correction',
    probes: '以工代训 months corrected 5 → 3',
    periodEnd: true,
    turns: [
      // 3 × 200 × 5 = 3000
      { user: '公司交社保 收了3个零就业家庭哩 干了6个月 以工代训5个月 岗前补贴没领过', expect: pay(3000) },
      // 3 × 200 × 3 = 1800
      { user: '不对 以工代训是3个月 俺记成别哩了', expect: payNot(1800, 3000) },
    ],
  },
  {
    id: 'v92d33',
    class: 'correction',
    probes: '岗前 "领过了" corrected to "木领"',
    periodEnd: true,
    turns: [
      // claimed → excluded; 2 × 200 × 6 = 2400 would be wrong here
      { user: '车间是扶贫车间 俩建档立卡户 干了一年 以工代训6个月 岗前培训补贴领过了', expect: noPay(2400) },
      { user: '俺记差了 领哩是别哩补贴 岗前培训补贴木领', expect: pay(2400) },
    ],
  },
  {
    id: 'v92d34',
    class: 'correction',
    probes: 'daughter for her father: "他领着养老金" corrected to "是俺娘领哩"',
    periodEnd: true,
    turns: [
      {
        user: '俺爹58了 在村里学种蘑菇技术 证也拿了 他每个月领着养老金哩 能给培训补贴不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)', '七(二)'] },
      },
      {
        user: '不对 俺爹还木到领养老金哩年纪 领养老金哩是俺娘',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v92d35',
    class: 'topic_switch',
    probes: 'after an amount, land transfer rent: outside, no figure carried over',
    periodEnd: true,
    turns: [
      // 5 × 200 × 6 = 6000
      { user: '俺村扶贫车间收了5个建档立卡户 干了九个月 以工代训6个月 岗前补贴木领', expect: pay(6000) },
      { user: '对了 俺村那土地流转费一亩地一年给多少合适', expect: { ...outside, mustNotContain: ['6000'] } },
    ],
  },
  {
    id: 'v92d36',
    class: 'topic_switch',
    probes: 'from the 以工代训 rate to a nephew who left school ("两后生"): no 200 元 leak',
    periodEnd: true,
    turns: [
      { user: '合作社招了建档立卡贫困户 以工代训一人一个月补多少', expect: { cites: ['六(一)'], says: [/200/] } },
      { user: '另外问一下 俺侄子初中毕业没上高中 在家闲着 能参加啥技能培训不', expect: { cites: ['三(二)'], mustNotContain: [OJT_RATE] } },
    ],
  },
  {
    id: 'v92d37',
    class: 'topic_switch',
    probes: 'from 家政 training to 新农合 fees: outside',
    periodEnd: true,
    turns: [
      { user: '俺闺女想学家政 有木有这方面哩培训', expect: { cites: ['五(一)', '三(四)'], noAmount: 'unfixed' } },
      { user: '还有 俺娘那新农合今年交多少钱', expect: outside },
    ],
  },
  {
    id: 'v92d38',
    class: 'topic_switch',
    probes: 'veteran asks about training, then village teachers\' pay: outside, not 四(二)',
    periodEnd: true,
    turns: [
      { user: '俺是退伍军人 回村了 想学个技术 恁这有啥政策', expect: { cites: ['三(二)', '六(一)'], noAmount: 'unfixed' } },
      { user: '再问一下 俺们村小学老师工资低 能涨不', expect: outside },
    ],
  },
  {
    id: 'v92d39',
    class: 'topic_switch',
    probes: 'equipment cap, then 低保 for a 五保户: outside',
    turns: [
      { user: '俺们企业建高技能人才培训基地 新买设备最多补多少', expect: { cites: ['四(一)'], says: [/50\s*万|500000|500,000/] } },
      { user: '换个事 俺村有个五保户想申请低保 找谁', expect: outside },
    ],
  },
  {
    id: 'v92d40',
    class: 'topic_switch',
    probes: 'first outside (land contract), then back to the plan: the rate of 以工代训',
    periodEnd: true,
    turns: [
      { user: '俺家那几亩地流转出去了 流转合同咋签才不吃亏', expect: outside },
      { user: '那说正事 俺们合作社吸纳贫困户搞以工代训 一个人一个月给补多少', expect: { cites: ['六(一)'], says: [/200/] } },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v92d41',
    class: 'person_training',
    probes: 'mother for her daughter (育婴师): conditions met over three turns; eligible, no figure',
    periodEnd: true,
    turns: [
      { user: '俺闺女在俺户口那个县学了育婴师 证也拿了 能报补贴不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '今年头一回培训 以前木学过这个 她才二十多 木有养老金', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      {
        user: '培训学校说给她录到河南省那个职业培训系统里了',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)', '六(三)', '六(一)'] },
      },
    ],
  },
  {
    id: 'v92d42',
    class: 'person_training',
    probes: 'three subsidies already this year: a fourth is excluded',
    periodEnd: true,
    turns: [
      {
        user: '俺今年已经领过三回培训补贴了 这回又学了挖掘机 证也拿了 还能补不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
      { user: '那明年再学还能报不', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v92d43',
    class: 'person_training',
    probes: 'same occupation and level again excluded; a higher level is not',
    periodEnd: true,
    turns: [
      {
        user: '俺前年学了中式烹调师初级 补贴领过了 今年还想再学一遍初级 还给补不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'], noAmount: 'unfixed' },
      },
      { user: '中 那俺要是改学中式烹调师中级哩', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v92d44',
    class: 'person_training',
    probes: 'poor labour: free training; then 管饭/生活费: not settled, no 以工代训 figure',
    periodEnd: true,
    turns: [
      { user: '俺家是建档立卡贫困户 俺想学个电工 要掏钱不', expect: { cites: ['三(三)'], noAmount: 'unfixed', says: [/免费/] } },
      { user: '学的时候管饭不 给生活费不', expect: { ...honest, mustNotContain: [OJT_RATE] } },
    ],
  },
  {
    id: 'v92d45',
    class: 'person_training',
    probes: 'returned migrant worker asks for a figure per person: the plan fixes none',
    periodEnd: true,
    turns: [
      { user: '俺在郑州打了十年工 现在回村了 户口在村里 想在县里培训学开叉车 拿了证能补多少钱', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '补多少钱恁给俺说个数呗', expect: honest },
    ],
  },
  {
    id: 'v92d46',
    class: 'person_training',
    probes: 'training taken outside household / residence place: not eligible as said',
    periodEnd: true,
    turns: [
      {
        user: '俺户口在登封 也住在登封 跑到洛阳报了个班学美发 证拿了 郑州这补贴能给俺不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v92d47',
    class: 'person_training',
    probes: 'grandmother: grandson at a 技工学校, poor family; aid named, no figure',
    periodEnd: true,
    turns: [
      { user: '俺孙子在技工学校上学 俺家是建档立卡户 有啥补助不', expect: unfixed(['三(三)', '三(十四)']) },
      { user: '那俺孙子这补助一年能给多少钱嘞', expect: honest },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v92d48',
    class: 'entrepreneurship',
    probes: 'returned worker wants to open a chicken farm: entrepreneurship training, amount not fixed',
    periodEnd: true,
    turns: [
      { user: '俺打工回来了 想在村里开个养鸡场 有木有创业培训', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '那养鸡场哩创业培训上完 给俺发钱不 能发多少', expect: honest },
    ],
  },
  {
    id: 'v92d49',
    class: 'entrepreneurship',
    probes: 'shop open 7 years (> 5) and no wish to start anything new',
    periodEnd: true,
    turns: [
      { user: '俺那小超市开了7年了 能参加创业培训不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '俺也不想再开啥新买卖 就是想学学咋经营', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v92d50',
    class: 'entrepreneurship',
    probes: 'granddaughter at a 职业学校 qualifies; the grandmother typing does not inherit it',
    periodEnd: true,
    turns: [
      { user: '俺孙女在职业学校上学哩 学校有创业培训 她能去不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '那俺能去不 俺58了 在家看孩儿', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v92d51',
    class: 'entrepreneurship',
    probes: '农家乐 open two years: eligible; then the responsible units',
    periodEnd: true,
    turns: [
      { user: '俺开了个农家乐 营业执照办了两年 想参加创业培训 中不中', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '俺这创业培训该找哪个单位报名 谁管哩', expect: { cites: ['三(八)'], says: [/人社|教育|财政/] } },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v92d52',
    class: 'equipment',
    probes: 'studio 80万: 20 % is 16万, capped at 10万; acceptance in the second turn',
    periodEnd: true,
    turns: [
      { user: '俺们公司弄了个技能大师工作室 新买哩实训设备80万 钱是从职工教育经费里出哩', expect: { noAmount: 'open', asks: true } },
      // min(20 % × 800 000 = 160 000, 100 000) = 100 000
      { user: '人社局财政局都来俺厂验收过了 说合格', expect: kit(100000, 160000) },
    ],
  },
  {
    id: 'v92d53',
    class: 'equipment',
    probes: 'base, 一百二十万 in Chinese numerals, under the cap',
    periodEnd: true,
    turns: [
      // min(20 % × 1 200 000 = 240 000, 500 000) = 240 000
      { user: '俺们企业建高技能人才培训基地 用职工教育经费新买了一百二十万哩实训设备 人社跟财政验收合格了 能一次性补多少', expect: kit(240000) },
    ],
  },
  {
    id: 'v92d54',
    class: 'equipment',
    probes: 'equipment bought with a loan, not the 职工教育经费: excluded',
    periodEnd: true,
    turns: [
      { user: '俺厂技能大师工作室买了30万哩设备 验收也过了 能补不', expect: { noAmount: 'open', asks: true } },
      // not from the fund → excluded; 20 % × 300 000 = 60 000 would be wrong
      { user: '设备钱是俺们贷款买哩 不是职工教育经费', expect: { status: { rule: 'equipment_subsidy', status: 'ineligible' }, mustNotContain: ['60000', '6万'] } },
    ],
  },
  {
    id: 'v92d55',
    class: 'equipment',
    probes: 'a base and a studio, each with its own cap',
    periodEnd: true,
    turns: [
      { user: '俺们集团有个高技能人才培训基地 还有个技能大师工作室 都新买了实训设备', expect: { noAmount: 'open', asks: true } },
      // base min(600 000, 500 000) = 500 000; studio min(40 000, 100 000) = 40 000; total 540 000; pooled 20 % × 3 200 000 = 640 000
      { user: '基地那边买了300万 工作室买了20万 都是职工教育经费出哩 验收都合格', expect: kit(540000, 640000) },
      { user: '基地那300万为啥不按20%算60万', expect: { cites: ['四(一)'], says: [/50\s*万|500000|500,000/] } },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v92d56',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: capped; a deduction, not cash',
    periodEnd: true,
    turns: [
      // min(300 000, 8 % × 3 000 000 = 240 000) = 240 000
      { user: '俺们企业一年工资总共发了300万 职工教育经费提了30万 税前能扣多少', expect: deduct(240000) },
      { user: '那这24万是直接给俺们发钱不', expect: { says: [/税前|扣除/], mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/] } },
    ],
  },
  {
    id: 'v92d57',
    class: 'education_fund',
    probes: 'fund under the cap; front-line share only half (< 60 %)',
    periodEnd: true,
    turns: [
      // min(200 000, 8 % × 5 000 000 = 400 000) = 200 000
      { user: '公司工资薪金总额五百万 教育经费提了二十万 能税前扣除多少', expect: deduct(200000) },
      { user: '这20万里头用在一线工人培训上哩 也就一半', expect: { says: [/60\s*%|百分之六十|六成/], cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v92d58',
    class: 'education_fund',
    probes: '"800来万" is no payroll figure; then the exact one',
    periodEnd: true,
    turns: [
      { user: '俺们公司工资一年800来万 教育经费能扣多少', expect: { noAmount: 'open', asks: true } },
      // min(700 000, 8 % × 8 200 000 = 656 000) = 656 000
      { user: '工资总额准数是820万 教育经费提了70万', expect: deduct(656000) },
    ],
  },
  {
    id: 'v92d59',
    class: 'education_fund',
    probes: '师带徒 allowance from the fund (六(二)); then a deduction',
    periodEnd: true,
    turns: [
      { user: '职工教育经费能不能给带徒弟哩老师傅发津贴', expect: { cites: ['六(二)'] } },
      // min(150 000, 8 % × 1 500 000 = 120 000) = 120 000
      { user: '俺们工资一年150万 经费提了15万 能扣多少', expect: deduct(120000) },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v92d60',
    class: 'apprenticeship',
    probes: '10 apprentices: no figure per head, no 以工代训 rate',
    periodEnd: true,
    turns: [
      { user: '俺厂带了10个新型学徒 一个补多少钱', expect: { ...unfixed(['四(一)']), mustNotContain: [OJT_RATE] } },
      // 10 × 200 = 2000 would be the 以工代训 rate bleeding in
      { user: '那十个学徒加一块 俺厂总共能拿多少', expect: { noAmount: 'unfixed', mustNotContain: ['2000'] } },
    ],
  },
  {
    id: 'v92d61',
    class: 'apprenticeship',
    probes: 'what a 新型学徒 is, then a workshop with 5 apprentices',
    periodEnd: true,
    turns: [
      { user: '啥是企业新型学徒 俺们扶贫车间能搞不', expect: { cites: ['四(一)'] } },
      { user: '带了5个徒弟 一年能给车间补多少', expect: { ...unfixed(['四(一)']), mustNotContain: [OJT_RATE] } },
    ],
  },
  {
    id: 'v92d62',
    class: 'apprenticeship',
    probes: 'apprenticeship subsidy vs 师带徒 allowance; the standard is not in the plan',
    turns: [
      { user: '学徒补贴跟师带徒津贴是一回事不', expect: unfixed(['四(一)', '六(二)']) },
      { user: '那学徒补贴按啥标准给', expect: honest },
    ],
  },
  {
    id: 'v92d63',
    class: 'apprenticeship',
    probes: 'the three-year target (2万), then a cooperative with 3 apprentices',
    periodEnd: true,
    turns: [
      { user: '恁这方案三年要培养多少新型学徒啊', expect: { cites: ['四(一)'], says: [/2\s*万|两万|20000|20,000/] } },
      { user: '那俺合作社带3个学徒能补多少钱', expect: unfixed(['四(一)']) },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v92d64',
    class: 'period',
    probes: '"现在还能申请不": the plan ended on 2021-12-31',
    periodEnd: true,
    turns: [
      { user: '俺村扶贫车间现在还能申请那个以工代训补贴不', expect: { mentionsPeriodEnd: true, cites: ['六(一)'] } },
      { user: '那俺们扶贫车间今年新招哩贫困户 咋办', expect: { noAmount: 'open' } },
    ],
  },
  {
    id: 'v92d65',
    class: 'period',
    probes: 'dated question (2020): answered for that date',
    periodEnd: true,
    turns: [
      // 4 × 200 × 6 = 4800 (2020 lies inside 2019-12-02 … 2021-12-31)
      { user: '2020年俺扶贫车间收了4个贫困户 建档立卡哩 干了8个月 以工代训6个月 岗前补贴木领 那时候能补多少', expect: pay(4800) },
    ],
  },
  {
    id: 'v92d66',
    class: 'period',
    probes: 'hires of March 2022, after the plan ended',
    periodEnd: true,
    turns: [
      { user: '2022年3月俺车间招哩建档立卡户 还能按这个方案补以工代训不', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
      { user: '那俺找谁问问现在有啥新政策', expect: { oneOf: [{ answered: false }, { says: [/人社|人力资源|12333/] }] } },
    ],
  },
  {
    id: 'v92d67',
    class: 'period',
    probes: 'start and end of the plan; the three-year target',
    turns: [
      { user: '这个职业技能提升行动是啥时候开始 啥时候结束哩', expect: { says: [/2019/], mentionsPeriodEnd: true } },
      { user: '这三年郑州一共要培训多少人次嘞', expect: { says: [/200\s*万/] } },
    ],
  },
  {
    id: 'v92d68',
    class: 'period',
    probes: 'elderly mother: "俺儿说这政策过期了"; then free training when it ran',
    periodEnd: true,
    turns: [
      { user: '俺儿说这政策过期了 是真哩不 俺还想报个培训班', expect: { mentionsPeriodEnd: true } },
      { user: '俺是建档立卡户 当年要是报了 要掏钱不', expect: { cites: ['三(三)'], says: [/免费/] } },
    ],
  },
];
