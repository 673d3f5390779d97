/**
 * HELD-OUT dialogues, set v17 — written on 2026-11-30, blind: from the policy text
 * (policy-corpus/zz-2019-63.md), the contracts (shared/spec/eligibility.md, api.md) and issue 10
 * only. Not from the service's output (it was not run), not from src/, not from any other set
 * (only the format of v15 — its header and first lines — was looked at, and none of its messages
 * is reused or paraphrased). NOT TO BE TUNED ON: no word of these messages may go into a
 * glossary, pattern or fixture; a dialogue fixed by a targeted change measures nothing any more.
 *
 * Who types here: individual people and small businesses on a phone — a delivery rider (外卖 /
 * 快递), a nail-salon owner with three staff, a farmer's son asking for his father (58), a
 * disabled woman looking for training, a 中职 student from a poor family, a mother asking for her
 * child, a milk-tea chain's regional manager, a printing factory's accountant, a village cadre
 * relaying villagers' questions, a former soldier who wants to open a shop; besides them a
 * glove-making 扶贫车间, a mushroom cooperative, a hotpot company, a housekeeping company, a
 * private training institution, a school's back office, furniture, logistics, building-material
 * and property-management firms. Henan speech (俺 / 咋 / 木有 / 中 / 恁 / 仨 / 俩), homophones,
 * missing punctuation, full-width and Chinese numerals, traditional characters now and then,
 * bare replies ("没" "对" "3个").
 *
 * The amounts rules (issue 10; nothing is inferred from silence): an amount is expected only once
 * every fact it depends on has been said — the unit's kind, insurance where the group needs an
 * insured enterprise, each group's count and 以工代训 months, months employed for 贫困劳动力
 * (≥ 6), and whether the 岗前培训补贴 was claimed. Until then: a question, no figure, no 不符合.
 * "不知道/不清楚" leaves the fact open. Amounts worked by hand, twice:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) over qualifying rows; 贫困劳动力
 *   employed ≥ 6 months by any 生产经营主体 (企业, 合作社, 扶贫车间, 培训机构 — not a 职业院校);
 *   就业困难人员 (残疾人 included) and 零就业家庭成员 only with an insured enterprise; 退役军人 and
 *   ordinary staff are no group; a row whose 岗前培训补贴 was claimed never counts.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 for a 高技能人才培训基地 / 100 000 for a
 *   技能大师工作室), only when bought from the 职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy paid in advance.
 * - No amount fixed: apprenticeship, per-person training subsidy, 生活费补贴, free training for
 *   poor labour, entrepreneurship training, student and family aid, awards.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is still unsaid: a question, no figure, no 不符合. */
const needOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered with "don't know": no figure, no verdict. */
const openOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const ojt = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, with the misreadings' figures absent. */
const ojtNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on the facts said. */
const ojtNo = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible (excluded, or still asking), the misreading's figure absent. */
const ojtNotYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const equip = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, the misreading's figure absent. */
const equipNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is unsaid. */
const needEquip: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact answered with "don't know". */
const openEquip: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy', notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** No equipment subsidy on these facts. */
const equipNotYes = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money paid out. */
const fund = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/(可|能)(得到|领到?|领取|申领|获得)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing or unknown: no figure, no verdict. */
const openFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount here: no figure, one of these clauses cited. */
const unfixed = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** In the plan's field but not settled by it. */
const notSettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const outside: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The 6-month cap stated. */
const SIX_MONTHS = /(6|六|６)\s*个?月/;

export const DIALOGUES_V17: Dialogue[] = [
  // ------------------------------------------------------------------ one group
  {
    id: 'v17d01',
    class: 'one_group',
    probes: 'poverty workshop, poor labour: months employed, 以工代训 months and 岗前 asked one by one before 4000',
    periodEnd: true,
    turns: [
      { user: '俺们是个扶贫车间 做劳保手套的 招了5个建档立卡的贫困户 有以工代训补贴木有', expect: needOJT },
      { user: '都来了八个月了 以工代训带了4个月', expect: needOJT },
      { user: '岗前培训补贴木领过', expect: ojt(4000) },
    ],
  },
  {
    id: 'v17d02',
    class: 'one_group',
    probes: 'mushroom cooperative says every fact at once (1200), then asks the cap',
    periodEnd: true,
    turns: [
      { user: '香菇合作社 吸纳了两个贫困劳动力 都干满一年了 以工代训三个月 岗前补贴没申请过 能给多少', expect: ojt(1200) },
      { user: '那最长能补几个月', expect: { says: [SIX_MONTHS], cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v17d03',
    class: 'one_group',
    probes: 'hotpot company, 就业困难人员 insured: a bare "没" answers the pending 岗前 question (3000)',
    periodEnd: true,
    turns: [
      { user: '我们火锅店是注册的有限公司 招了仨就业困难人员 社保都给交着 以工代训做了五个月', expect: needOJT },
      { user: '没', expect: ojt(3000) },
    ],
  },
  {
    id: 'v17d04',
    class: 'one_group',
    probes: '零就业家庭 member, insured housekeeping company: 1200, and 10 months stays capped at 6',
    periodEnd: true,
    turns: [
      { user: '家政公司 有参保 新招了一个零就业家庭的大姐 以工代训6个月 岗前补贴没领 补多少', expect: ojt(1200) },
      { user: '要是她以工代训搞了十个月呢 能多补点不', expect: ojtNot(1200, 2000) },
    ],
  },
  {
    id: 'v17d05',
    class: 'one_group',
    probes: 'a private training institution is a 生产经营主体 for poor labour; 7 months capped at 6 (4800, not 5600)',
    periodEnd: true,
    turns: [
      {
        user: '俺们是民办的职业培训机构 不是学校哈 雇了4个贫困劳动力在食堂干活 干了7个月 以工代训也是7个月 没领过岗前补贴',
        expect: ojtNot(4800, 5600),
      },
      { user: '这钱是打给机构 还是给那几个工人', expect: { cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v17d06',
    class: 'one_group',
    probes: 'a 中职 school is no 生产经营主体: 以工代训 excluded, no 2400',
    periodEnd: true,
    turns: [
      { user: '我是中职学校后勤的 学校招了两个贫困劳动力当保洁 干了一年 以工代训6个月 岗前没领 学校能申请以工代训补贴不', expect: ojtNo(2400) },
      { user: '那学校招贫困家庭的学生 有补助没', expect: unfixed(['三(十四)']) },
    ],
  },
  {
    id: 'v17d07',
    class: 'one_group',
    probes: 'village cadre for a bamboo-basket 扶贫车间: "半年整" is exactly 6 months employed; 4800 at the end',
    periodEnd: true,
    turns: [
      { user: '俺是村干部 村里扶贫车间编竹筐的 收了6个贫困户 以工代训咋补的', expect: needOJT },
      { user: '干了有半年整了', expect: needOJT },
      { user: '以工代训搞了4个月 岗前那个补贴没弄过', expect: ojt(4800) },
    ],
  },
  {
    id: 'v17d08',
    class: 'one_group',
    probes: 'nail salon, three ordinary staff: no 以工代训 group, no figure; then the staff\'s own training has no fixed amount',
    turns: [
      {
        user: '开美甲店的 三个员工 都是普通人 不是贫困户也不是残疾 能领以工代训的钱不',
        expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' }, cites: ['六(一)'] },
      },
      { user: '那我给她们仨报个美甲培训 有补贴吗', expect: unfixed(['七(二)', '六(一)']) },
    ],
  },
  {
    id: 'v17d09',
    class: 'one_group',
    probes: '[two-part][contact] where to apply for 以工代训 and whether disabled hires count: both parts answered',
    turns: [
      {
        user: '以工代训补贴找哪个部门申请？还有招残疾人算不算',
        expect: { says: [/人社/, /残疾/], cites: ['六(一)', '三(二)'], noAmount: 'open' },
      },
    ],
  },
  // ------------------------------------------------------------------ several groups
  {
    id: 'v17d10',
    class: 'several_groups',
    probes: 'two groups with their own months in one message: 3600 + 1200 = 4800, not 6000 or 3000; when it arrives is not settled',
    periodEnd: true,
    turns: [
      {
        user: '服装厂 是公司 交社保的 今年招了贫困劳动力3个 干了9个月 以工代训6个月；还有残疾人2个 以工代训3个月 岗前补贴两拨都没领',
        expect: ojtNot(4800, 6000, 3000),
      },
      { user: '这钱多久能到账啊', expect: notSettled },
    ],
  },
  {
    id: 'v17d11',
    class: 'several_groups',
    probes: 'logistics company, groups answered by name over four turns: 2000 + 1600 = 3600',
    periodEnd: true,
    turns: [
      { user: '物流公司 参保 招了零就业家庭的2个人 还有贫困劳动力4个 以工代训咋算', expect: needOJT },
      { user: '零就业那俩 以工代训5个月', expect: needOJT },
      { user: '贫困的4个 来了10个月了 以工代训2个月', expect: needOJT },
      { user: '岗前补贴 两拨人都没领过', expect: ojtNot(3600, 6000, 2400) },
    ],
  },
  {
    id: 'v17d12',
    class: 'several_groups',
    probes: 'cooperative, two batches of poor labour: the batch employed 4 months does not count (3600, not 5200)',
    periodEnd: true,
    turns: [
      {
        user: '合作社 两批贫困劳动力 头一批3人 干了一年 以工代训6个月 第二批2人 才来4个月 以工代训4个月 都没领岗前补贴',
        expect: ojtNot(3600, 5200),
      },
      { user: '第二批那俩 再干俩月满半年了 是不是就能算上了', expect: { cites: ['六(一)'], says: [/(6|六)\s*个?月|半年/] } },
    ],
  },
  {
    id: 'v17d13',
    class: 'several_groups',
    probes: 'veterans are no 以工代训 group: only the 就业困难人员 row pays (2400, not 6400)',
    periodEnd: true,
    turns: [
      { user: '电子厂 参保企业 招了退伍军人5个 就业困难人员3个 以工代训都是4个月 没领过岗前', expect: ojtNot(2400, 6400) },
      { user: '退伍军人那5个 真一分都木有？', expect: { cites: ['六(一)'], mustNotContain: ['4000', '6400'] } },
    ],
  },
  {
    id: 'v17d14',
    class: 'several_groups',
    probes: 'a 扶贫车间 is no insured enterprise: the disabled row does not pay (1200, not 1800), or it asks',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间 贫困劳动力2人干了8个月以工代训3个月 残疾人1个以工代训3个月 岗前都没领',
        expect: { oneOf: [ojtNot(1200, 1800), { asks: true, mustNotContain: ['1800'] }] },
      },
    ],
  },
  {
    id: 'v17d15',
    class: 'several_groups',
    probes: 'restaurant company, counts first, months per group next, 岗前 last: 2400 + 1600 = 4000',
    periodEnd: true,
    turns: [
      { user: '餐饮公司 有社保 招了贫困劳动力 两个 就业困难的 四个', expect: needOJT },
      { user: '贫困的那两个 干了七个月 以工代训六个月 困难的四个 以工代训俩月', expect: needOJT },
      { user: '都没领过', expect: ojtNot(4000, 7200) },
    ],
  },
  {
    id: 'v17d16',
    class: 'several_groups',
    probes: 'disabled 2 months and 零就业 8 months capped: 1200 + 1200 = 2400, not 2800 or 4800',
    periodEnd: true,
    turns: [
      {
        user: '建筑公司参保 招了残疾人3个以工代训2个月 零就业家庭1个以工代训8个月 岗前补贴都木有领',
        expect: ojtNot(2400, 2800, 4800),
      },
      { user: '零就业那个 后面那俩月就不算了是吧', expect: { says: [SIX_MONTHS], cites: ['六(一)'] } },
    ],
  },
  // ------------------------------------------------------------------ negation after the noun
  {
    id: 'v17d17',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴嘛 一直都没去领" — negation far after the noun means not claimed (3000)',
    periodEnd: true,
    turns: [
      { user: '养殖公司 招了贫困劳动力3个 干了七个月 以工代训5个月 岗前培训补贴嘛 俺们一直都没去领', expect: ojt(3000) },
      { user: '中 那申请时候都要交啥材料', expect: notSettled },
    ],
  },
  {
    id: 'v17d18',
    class: 'negation_after_noun',
    probes: '"参保这块 … 一直没给交": the company is not insured, 就业困难 row excluded (no 1600)',
    periodEnd: true,
    turns: [
      { user: '参保这块 我们公司其实 一直没给交 招了两个就业困难的 以工代训4个月 岗前没领', expect: ojtNo(1600) },
    ],
  },
  {
    id: 'v17d19',
    class: 'negation_after_noun',
    probes: '"社保 … 没断过" is insured, not the opposite; 岗前 "领是没领" is not claimed (1200)',
    periodEnd: true,
    turns: [
      { user: '社保的话 我们公司是交了的 就是说 从来没断过 招残疾人2名 以工代训3个月 岗前补贴领是没领', expect: ojt(1200) },
    ],
  },
  {
    id: 'v17d20',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 already paid out, said far before the hire: no 以工代训 (no 3200)',
    periodEnd: true,
    turns: [
      {
        user: '岗前培训补贴 这个 人社那边 已经给我们批过了 钱也到账了 我们公司招的4个贫困劳动力 干了8个月 以工代训4个月 还能领以工代训不',
        expect: ojtNo(3200),
      },
    ],
  },
  {
    id: 'v17d21',
    class: 'negation_after_noun',
    probes: '"贫困劳动力 不是 … 是就业困难人员": the negated group is not the one hired (2000)',
    periodEnd: true,
    turns: [
      { user: '贫困劳动力 不是 我们招的是 就业困难人员 5个 公司有参保 以工代训两个月 岗前的 没有领', expect: ojt(2000) },
      { user: '这个补贴是按人头一次给 还是按月算', expect: { cites: ['六(一)'], says: [/每人每月|按月/] } },
    ],
  },
  {
    id: 'v17d22',
    class: 'negation_after_noun',
    probes: '"干满半年没有 还差一个月": 5 months employed, poor labour not yet eligible (no 1200)',
    periodEnd: true,
    turns: [
      { user: '我们超市是公司 招了俩贫困户 干满半年没有 还差一个月 以工代训3个月 岗前没领', expect: ojtNotYes(1200) },
    ],
  },
  {
    id: 'v17d23',
    class: 'negation_after_noun',
    probes: '"社保 还没来得及给她上": uninsured; no figure while months are open, then excluded (no 1000)',
    turns: [
      {
        user: '就业困难人员 我们公司招了1个 不过 社保 还没来得及给她上',
        expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' } },
      },
      { user: '以工代训5个月 岗前没领', expect: ojtNo(1000) },
    ],
  },
  // ------------------------------------------------------------------ "不知道" replies
  {
    id: 'v17d24',
    class: 'unknown_reply',
    probes: 'months employed "不清楚" stays open; answered later → 2400',
    periodEnd: true,
    turns: [
      { user: '电商公司 招了3个贫困劳动力 以工代训4个月', expect: needOJT },
      { user: '干多久了 我得问问人事 现在不清楚', expect: openOJT },
      { user: '人事说干了十个月了 岗前补贴没领', expect: ojt(2400) },
    ],
  },
  {
    id: 'v17d25',
    class: 'unknown_reply',
    probes: '岗前 "不知道 前任会计办的" stays open, no 不符合; then "没领过" → 4800',
    periodEnd: true,
    turns: [
      { user: '参保企业 招残疾人4个 以工代训6个月 能补多少', expect: needOJT },
      { user: '岗前补贴领没领 俺也不知道 前任会计办的', expect: openOJT },
      { user: '查了账 没领过', expect: ojt(4800) },
    ],
  },
  {
    id: 'v17d26',
    class: 'unknown_reply',
    probes: 'printing factory studio equipment: acceptance unknown leaves the subsidy open (no 60000)',
    turns: [
      { user: '印刷厂 技能大师工作室 新买设备30万 用的职工教育经费', expect: needEquip },
      { user: '验收 不太确定搞没搞', expect: { ...openEquip, mustNotContain: ['60000', /(?<![\d.])6\s*万/] } },
    ],
  },
  {
    id: 'v17d27',
    class: 'unknown_reply',
    probes: 'education fund: payroll "不晓得" stays open; then 400万 payroll caps nothing, 25万 deductible',
    turns: [
      { user: '职工教育经费 提了25万 税前能扣多少', expect: { ...openFund, asks: true } },
      { user: '工资总额 财务没给我 不晓得', expect: openFund },
      { user: '问到了 工资薪金总额400万', expect: fund(250000) },
    ],
  },
  {
    id: 'v17d28',
    class: 'unknown_reply',
    probes: 'disabled woman: whether she will get the certificate "不知道" — no verdict, no figure',
    turns: [
      { user: '俺是残疾人 想学个手工编织 能给补贴不', expect: unfixed(['七(二)', '三(二)', '六(一)']) },
      { user: '证能不能考下来 俺不知道', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v17d29',
    class: 'unknown_reply',
    probes: 'village cadre, villagers in a town factory: count given, 以工代训 months "不清楚" stay open',
    turns: [
      { user: '村里有几个贫困户在镇上一个公司上班 半年多了 公司能领以工代训补贴吗', expect: needOJT },
      { user: '人数 三个吧 以工代训几个月俺不清楚', expect: openOJT },
    ],
  },
  // ------------------------------------------------------------------ corrections
  {
    id: 'v17d30',
    class: 'correction',
    probes: '"是2个 不是3个" replaces the count: 2400 → 1600',
    periodEnd: true,
    turns: [
      { user: '家具厂 公司 参保 招了残疾人3个 以工代训4个月 岗前没领', expect: ojt(2400) },
      { user: '不对不对 是2个残疾人 不是3个', expect: ojtNot(1600, 2400) },
    ],
  },
  {
    id: 'v17d31',
    class: 'correction',
    probes: '"以工代训是3个月 不是5个月" replaces the months: 5000 → 3000',
    periodEnd: true,
    turns: [
      { user: '我们是种植合作社 招贫困劳动力5个 干了一年 以工代训5个月 岗前木领', expect: ojt(5000) },
      { user: '刚才说错了 以工代训其实是3个月 不是5个月', expect: ojtNot(3000, 5000) },
    ],
  },
  {
    id: 'v17d32',
    class: 'correction',
    probes: 'insurance withdrawn ("社保其实没交"): 1200 becomes excluded',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了就业困难人员2个 以工代训3个月 岗前补贴没领', expect: ojt(1200) },
      { user: '哦 搞错了 社保其实没交 是挂在别家交的', expect: ojtNo(1200) },
    ],
  },
  {
    id: 'v17d33',
    class: 'correction',
    probes: '岗前 claimed, then "领过的是另一批": excluded → 4800',
    periodEnd: true,
    turns: [
      { user: '物业公司 贫困劳动力4人 干了8个月 以工代训6个月 岗前补贴领过了', expect: ojtNo(4800) },
      { user: '不对 领过的是另一批人 这4个没领', expect: ojt(4800) },
    ],
  },
  {
    id: 'v17d34',
    class: 'correction',
    probes: 'equipment: base corrected to studio, 160000 becomes the 100000 cap',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地 买实训设备80万 职工教育经费出的 验收合格了', expect: equip(160000) },
      { user: '等等 不是基地 是技能大师工作室', expect: equip(100000) },
    ],
  },
  {
    id: 'v17d35',
    class: 'correction',
    probes: 'education fund corrected upwards: 300000, then the 8 % cap 480000 binds',
    turns: [
      { user: '工资总额600万 职工教育经费提了30万 税前能扣多少', expect: fund(300000) },
      { user: '不是30万 是提了55万', expect: fund(480000) },
    ],
  },
  // ------------------------------------------------------------------ topic switches
  {
    id: 'v17d36',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, a nephew\'s excavator training: the veteran clauses, not the old figure',
    periodEnd: true,
    turns: [
      { user: '建材公司 参保的 招就业困难人员3个 以工代训2个月 岗前没领过', expect: ojt(1200) },
      {
        user: '换个事 俺侄子刚退伍 想学开挖掘机 有培训没',
        expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)'], mustNotContain: ['1200'] },
      },
    ],
  },
  {
    id: 'v17d37',
    class: 'topic_switch',
    probes: 'delivery rider: training question, then the minimum wage (outside)',
    turns: [
      { user: '跑外卖的 想考个证 有补贴吗', expect: unfixed(['七(二)', '三(四)']) },
      { user: '对了 郑州最低工资现在多少', expect: outside },
    ],
  },
  {
    id: 'v17d38',
    class: 'topic_switch',
    probes: 'milk-tea manager: apprentices (no amount), then tomorrow\'s weather (outside)',
    turns: [
      { user: '奶茶连锁 想给店员搞新型学徒 一个人补多少', expect: unfixed(['四(一)']) },
      { user: '另外问下 明天郑州下雨不', expect: outside },
    ],
  },
  {
    id: 'v17d39',
    class: 'topic_switch',
    probes: '[two-part] mother: child\'s 技工学校 aid, then her own 育婴师 training where she lives',
    turns: [
      { user: '孩子在技工学校上学 家里是建档立卡户 有啥补助', expect: unfixed(['三(三)', '三(十四)']) },
      { user: '再问个 俺自己想学育婴师 在郑州住 户口在周口 能补贴不 要啥条件', expect: unfixed(['七(二)']) },
    ],
  },
  {
    id: 'v17d40',
    class: 'topic_switch',
    probes: 'former soldier: entrepreneurship training, then a business loan (another policy)',
    turns: [
      { user: '退伍了 想开个小超市 有创业培训不', expect: unfixed(['三(八)', '三(二)']) },
      { user: '那开店能贷款多少', expect: { oneOf: [outside, notSettled] } },
    ],
  },
  {
    id: 'v17d41',
    class: 'topic_switch',
    probes: 'printing accountant: 60 % front-line share, then VAT refunds (outside)',
    turns: [
      { user: '职工教育经费 一线职工要占多少', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
      { user: '顺便问下 增值税留抵退税咋申请', expect: outside },
    ],
  },
  {
    id: 'v17d42',
    class: 'topic_switch',
    probes: 'after poor-labour amount, the cadre asks about 低保 (outside): no 以工代训 figure',
    periodEnd: true,
    turns: [
      { user: '村里合作社 用了3个贫困劳动力 干了9个月 以工代训5个月 岗前没领过', expect: ojt(3000) },
      { user: '还有个事 村里老王想申请低保 咋弄', expect: { ...outside, mustNotContain: ['3000'] } },
    ],
  },
  // ------------------------------------------------------------------ a person's own training
  {
    id: 'v17d43',
    class: 'person_training',
    probes: 'disabled woman looking for training: 三(二) names 残疾人; who pays is not fixed by the plan',
    turns: [
      { user: '俺腿脚不方便 有残疾证 想找个培训学点手艺 郑州有没有这方面的', expect: unfixed(['三(二)', '七(二)']) },
      { user: '学费要自己掏吗', expect: { oneOf: [notSettled, unfixed(['七(二)', '六(一)'])] } },
    ],
  },
  {
    id: 'v17d44',
    class: 'person_training',
    probes: '中职 student from a poor family: 助学金 and 免学费 (三(三)), no figure',
    turns: [
      { user: '我在中职读书 家里是建档立卡贫困户 学费能免不 有助学金吗', expect: { ...unfixed(['三(三)']), says: [/免学费|助学金/] } },
    ],
  },
  {
    id: 'v17d45',
    class: 'person_training',
    probes: 'farmer\'s son for his father, no pension: no verdict against him, no figure',
    turns: [
      { user: '俺爹五十八了 在家种地 想学个养殖技术 有培训不', expect: unfixed(['三(七)', '七(二)', '六(一)']) },
      { user: '他没有退休金 每个月啥也不领', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v17d46',
    class: 'person_training',
    probes: 'courier who already had 3 subsidies this year: the yearly limit of 3 (七(二))',
    turns: [
      {
        user: '送快递的 今年已经领过3次培训补贴了 还想再学个叉车 还能补不',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/3\s*次|三次/] },
      },
      { user: '那等明年呢 还能补不', expect: unfixed(['七(二)']) },
    ],
  },
  {
    id: 'v17d47',
    class: 'person_training',
    probes: 'same occupation and level twice (traditional 烹調): not repeated (七(二))',
    turns: [
      {
        user: '去年补过一次 中式烹調 初级 今年想再學一遍 還是初级 還給補嗎',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v17d48',
    class: 'person_training',
    probes: '[contact] village cadre: free training for poor villagers, and whom to ask',
    turns: [
      { user: '村里好几个贫困户想学技术 培训要交钱不 找哪个单位报名', expect: { ...unfixed(['三(三)']), says: [/免费/, /人社|人力资源/] } },
    ],
  },
  {
    id: 'v17d49',
    class: 'person_training',
    probes: 'institution outside the provincial system: 系统之外零补贴 (六(三))',
    turns: [
      {
        user: '我在一个机构学的电焊 证也考了 后来听说那机构没进省里那个系统 补贴还能拿不',
        expect: { noAmount: 'unfixed', cites: ['六(三)', '七(一)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v17d50',
    class: 'person_training',
    probes: 'a retiree drawing a monthly pension is outside the subsidy scope (六(一))',
    turns: [
      {
        user: '退休了 每月都领养老金 想学个中医推拿 能享受培训补贴不',
        expect: { noAmount: 'unfixed', cites: ['六(一)', '七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v17d51',
    class: 'person_training',
    probes: 'household elsewhere, training where she works: 求职就业地 / 常住地 count (七(二)), no figure',
    turns: [
      { user: '户口不在郑州 在郑州打工 就在郑州培训拿的证 能补吗', expect: { ...unfixed(['七(二)']), notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v17d52',
    class: 'person_training',
    probes: 'living allowance during training: the plan fixes no amount, not the 200 of 以工代训',
    turns: [
      { user: '培训那几天 有没有生活费补贴 一天给多少', expect: { ...notSettled, mustNotContain: ['200'] } },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v17d53',
    class: 'entrepreneurship',
    probes: 'veteran planning a car-wash shop: entrepreneurship training, no figure',
    turns: [{ user: '退役两年了 打算开个汽车美容店 有啥培训能上的', expect: unfixed(['三(八)', '三(二)']) }],
  },
  {
    id: 'v17d54',
    class: 'entrepreneurship',
    probes: 'nail salon open 3 years qualifies (≤ 5 years); a shop open 6 years is past the 5-year line',
    turns: [
      { user: '美甲店开了3年了 算小微企业主吧 能参加创业培训不', expect: { ...unfixed(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '俺姐的店开了六年了 她呢', expect: { cites: ['三(八)'], says: [/5\s*年|五年/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v17d55',
    class: 'entrepreneurship',
    probes: '职高 student wanting to start up: 创业意识 training for vocational students (三(八))',
    turns: [{ user: '职高学生 毕业了想自己干点啥 学校里有创业培训吗', expect: unfixed(['三(八)']) }],
  },
  {
    id: 'v17d56',
    class: 'entrepreneurship',
    probes: 'amount of the entrepreneurship-training subsidy: none fixed by the plan',
    turns: [{ user: '我想辞职自己开奶茶店 创业培训有补贴吗 补多少钱', expect: unfixed(['三(八)']) }],
  },
  {
    id: 'v17d57',
    class: 'entrepreneurship',
    probes: '[contact] rider starting an errand company: which unit runs entrepreneurship training',
    turns: [{ user: '想自己开个跑腿公司 创业培训去哪报名 归哪个部门管', expect: { ...unfixed(['三(八)']), says: [/人社|人力资源/] } }],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v17d58',
    class: 'equipment',
    probes: 'studio equipment 45万: fund source and acceptance asked, then 90000',
    periodEnd: true,
    turns: [
      { user: '印刷厂建了个技能大师工作室 新买的设备45万 能补多少', expect: needEquip },
      { user: '从职工教育经费里出的 人社财政也验收过了', expect: equip(90000) },
    ],
  },
  {
    id: 'v17d59',
    class: 'equipment',
    probes: 'base equipment 320万: 20 % is 640000, capped at 500000',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地 新购实训设备三百二十万 职工教育经费列支 已验收', expect: equip(500000) },
      { user: '那俺们再建一个基地 新买的设备能另外算不', expect: { cites: ['四(一)'], noAmount: 'open' } },
    ],
  },
  {
    id: 'v17d60',
    class: 'equipment',
    probes: 'a base and a studio: each site its own cap, 300000 + 100000 = 400000 (not 440000)',
    periodEnd: true,
    turns: [
      {
        user: '我们有一个高技能人才培训基地 买设备150万 还有一个技能大师工作室 买了70万 都是职工教育经费 都验收了',
        expect: equipNot(400000, 440000),
      },
    ],
  },
  {
    id: 'v17d61',
    class: 'equipment',
    probes: 'equipment bought on a bank loan: not from the education fund, no 120000',
    turns: [{ user: '大师工作室买设备用的是银行贷款 60万 验收过了 能按20%补不', expect: equipNotYes(120000, /(?<![\d.])12\s*万/) }],
  },
  {
    id: 'v17d62',
    class: 'equipment',
    probes: '[contact] base equipment not yet accepted: no 400000 / 40万; acceptance by 人社 and 财政',
    turns: [
      { user: '培训基地的设备 200万 教育经费买的 验收还没搞呢', expect: equipNotYes(400000, /(?<![\d.])40\s*万/) },
      { user: '验收找哪个部门', expect: { cites: ['四(一)'], says: [/人力资源|人社/, /财政/] } },
    ],
  },
  {
    id: 'v17d63',
    class: 'equipment',
    probes: 'two studios: 80000 + 100000 = 180000, not 240000',
    periodEnd: true,
    turns: [{ user: '俩技能大师工作室 一个设备40万 一个80万 钱都是职工教育经费 都验收合格', expect: equipNot(180000, 240000) }],
  },
  {
    id: 'v17d64',
    class: 'equipment',
    probes: 'traditional characters and a Chinese-numeral value: 358000 × 20 % = 71600',
    periodEnd: true,
    turns: [{ user: '技能大師工作室 新買設備 三十五萬八千 職工教育經費出的 驗收過了', expect: equip(71600) }],
  },
  {
    id: 'v17d65',
    class: 'equipment',
    probes: '[two-part] the 以工代训 month cap and the equipment caps, both stated',
    turns: [
      { user: '以工代训最多补几个月？设备补贴最高给多少', expect: { says: [SIX_MONTHS, /50\s*万|500,?000/], cites: ['六(一)', '四(一)'] } },
    ],
  },
  // ------------------------------------------------------------------ education fund
  {
    id: 'v17d66',
    class: 'education_fund',
    probes: 'printing factory: fund 70万 over 8 % of 860万 → 688000 deductible',
    turns: [
      { user: '印刷厂 工资薪金总额860万 职工教育经费提了70万 税前扣除能扣多少', expect: fund(688000) },
      { user: '超出去那部分咋弄 能挪到明年扣不', expect: { oneOf: [notSettled, outside] } },
    ],
  },
  {
    id: 'v17d67',
    class: 'education_fund',
    probes: 'milk-tea chain: 600000 deductible, then only half used on front-line staff (under 60 %)',
    turns: [
      { user: '奶茶公司 年工资总额1200万 职工教育经费60万 能抵多少税', expect: fund(600000) },
      { user: '其中一线员工那块 只用了一半', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
    ],
  },
  {
    id: 'v17d68',
    class: 'education_fund',
    probes: 'is the 8 % cash? A pre-tax deduction limit, no figure',
    turns: [{ user: '教育经费那个8% 是政府给企业发钱吗', expect: { cites: ['六(二)'], says: [/税前/], noAmount: 'open' } }],
  },
  {
    id: 'v17d69',
    class: 'education_fund',
    probes: 'payroll asked first; 300万 payroll, 15万 drawn → 150000',
    turns: [
      { user: '公司提的职工教育经费 能全部税前扣掉吗', expect: { ...openFund, cites: ['六(二)'] } },
      { user: '工资总额三百万 提了十五万', expect: fund(150000) },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v17d70',
    class: 'apprenticeship',
    probes: '[contact] twelve 新型学徒: the plan fixes no amount (no 2400 from 以工代训); the unit in charge',
    turns: [
      { user: '奶茶店搞企业新型学徒制 带了12个学徒 补贴标准是多少', expect: { ...unfixed(['四(一)']), mustNotContain: ['2400'] } },
      { user: '学徒这个事 归哪个部门管', expect: { cites: ['四(一)'], says: [/人社|人力资源/] } },
    ],
  },
  {
    id: 'v17d71',
    class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund (六(二)), then the apprentice\'s monthly sum: unfixed',
    turns: [
      { user: '印刷厂 师傅带徒弟 师傅有补贴吗', expect: unfixed(['六(二)', '四(一)']) },
      { user: '那学徒 每人每月能给多少', expect: { ...unfixed(['四(一)']), mustNotContain: ['200元', '200 元'] } },
    ],
  },
  {
    id: 'v17d72',
    class: 'apprenticeship',
    probes: 'the three-year target of 新型学徒 (2万名)',
    turns: [{ user: '理发店想招几个学徒走新型学徒制 全市三年要培养多少学徒', expect: { cites: ['四(一)'], says: [/2\s*万|两万|二万/] } }],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v17d73',
    class: 'period',
    probes: '[dated] 2020 hires answered for 2020 (1200); asked today, the plan has ended',
    periodEnd: true,
    turns: [
      { user: '2020年6月 我们公司（参保的）招了2个残疾人 以工代训3个月 岗前没领 当时能补多少', expect: ojt(1200) },
      { user: '那现在还能补申请不', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v17d74',
    class: 'period',
    probes: 'asked today whether 以工代训 can still be claimed: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [
      { user: '现在都2026年了 以工代训补贴还能申请不', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
      { user: '俺们2021年做的以工代训 当时没报 现在补报中不中', expect: { noAmount: 'open', oneOf: [notSettled, { mentionsPeriodEnd: true }] } },
    ],
  },
  {
    id: 'v17d75',
    class: 'period',
    probes: '[dated] training in March 2021 was within the plan; 2022 is after its end',
    periodEnd: true,
    turns: [
      { user: '2021年3月在郑州学的电工 拿了证 那时候能补吗', expect: unfixed(['七(二)']) },
      { user: '那到2022年再学别的 还有这个政策吗', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v17d76',
    class: 'period',
    probes: 'village cadre asks when the plan expires',
    turns: [{ user: '这个技能提升的方案 啥时候到期', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } }],
  },
  {
    id: 'v17d77',
    class: 'period',
    probes: '[dated] poor labour hired January 2022: after the plan\'s end, no figure',
    periodEnd: true,
    turns: [
      { user: '2022年1月招的贫困劳动力 还能按63号文申请以工代训吗', expect: { mentionsPeriodEnd: true, noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v17d78',
    class: 'period',
    probes: '[two-part] project training: 50 % advance of 12万 (60000), and whether that still applies now',
    periodEnd: true,
    turns: [
      {
        user: '印刷厂搞企业培训 培训补贴一共12万 能先拨多少？现在还能这么弄吗',
        expect: { amount: { rule: 'project_training_advance', yuan: 60000 }, mentionsPeriodEnd: true },
      },
    ],
  },
];
