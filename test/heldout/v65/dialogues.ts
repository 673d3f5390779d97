/**
 * HELD-OUT dialogues, set v65 — written blind from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no message is reused or
 * paraphrased from earlier sets. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: young workers aged 18–25 on WeChat — delivery riders (外卖/快递站), factory line
 * workers (流水线, 厂里), hair-salon and nail staff (理发店/美甲), milk-tea shop staff (奶茶店),
 * often asking for their boss (老板让我问), a 主管, a friend, a mum or a grandma. They type fast:
 * internet slang (啥玩意, 咋整, 绝了, 懂的都懂, 蹲一个, 求解答), emoji and kaomoji, English bits
 * (ok, hr, boss, app), 九宫格/pinyin typos and homophones (因该, 在 for 再, 的/地/得 mixed), one long
 * run-on or many tiny messages. They do not know the policy's words and say things roundabout
 * ("当过兵" for 退役军人, "边干边学有钱拿那个" for 以工代训, "有卡的贫困户" for 建档立卡), switch
 * topic, answer "不知道/忘了/我问问" and come back later with the fact, or correct a number
 * (不对不对 是…). Some questions are dated (2020, 2021, 现在/今年还能领吗).
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 already
 * claimed or not, whether the unit is a company, insurance where the rule needs it, months
 * employed for poor labour, acceptance and fund source of equipment, payroll and fund drawn, each
 * condition of the person's training subsidy) must be asked, so an amount or a verdict is
 * expected only once every such fact has been said.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (not a 职业院校), insurance not needed;
 *   就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise; 退役军人 ("当过兵") and
 *   ordinary migrant workers are no group; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family and student aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [tiny] (split into many short messages),
 * [for-someone] (asks for the boss, a friend or family).
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: (number | RegExp)[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  mustNotContain: wrong.map((w) => (typeof w === 'number' ? String(w) : w)),
});
/** 以工代训 excluded on these facts, the misreading's figure absent. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts (a careful answer may still ask), the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreadings' figures. */
const kitNot = (yuan: number, ...wrong: (number | RegExp)[]): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  mustNotContain: wrong.map((w) => (typeof w === 'number' ? String(w) : w)),
});
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (...wrong: (number | RegExp)[]): TurnExpect => ({
  notVerdict: { rule: 'equipment_subsidy', status: 'eligible' },
  mustNotContain: wrong.map((w) => (typeof w === 'number' ? String(w) : w)),
});
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...wrong: (number | RegExp)[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...wrong.map((w) => (typeof w === 'number' ? String(w) : w))],
});
/** An education-fund fact is missing: no figure. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The person's training subsidy: a fact is still open, so neither verdict and no figure. */
const trainOpen: TurnExpect = { noAmount: 'unfixed', undecided: 'vocational_training' };
/** The person's training subsidy is missing a fact: ask, no 不符合, no figure. */
const trainAsk: TurnExpect = { noAmount: 'unfixed', asks: true, notVerdict: { rule: 'vocational_training', status: 'ineligible' } };
/** The person's training subsidy is excluded by one stated fact. */
const trainNo: TurnExpect = { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)', '六(一)', '六(三)'] };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const over: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V65: Dialogue[] = [
  // ================================================================ one_group
  {
    id: 'v65d01',
    class: 'one_group',
    probes: '[for-someone] milk-tea shop, one disabled hire; the unit kind, insurance, months and 岗前 are asked first',
    periodEnd: true,
    turns: [
      // disabled → needs an insured enterprise; nothing about the unit, insurance, months or 岗前 said
      { user: '在吗在吗🙋 我们老板让我问下 店里新招了个耳朵听不太见的小姐姐 就是残疾人 带着她边干边学那种 政府是不是有钱给啊 咋整', expect: askOJT },
      // 1 × 200 × min(4, 6) = 800
      { user: '我们是公司 注册了的 社保老板都给交了的 带她带了4个月 岗前培训那个补贴没领过哈', expect: pay(800) },
    ],
  },
  {
    id: 'v65d02',
    class: 'one_group',
    probes: 'factory line worker relays: poor labour ("贫困户 上了卡的") employed 8 months, 6 months of 以工代训',
    periodEnd: true,
    turns: [
      // poor labour, 厂 (a production entity), employed 8 ≥ 6, 以工代训 6, 岗前 not claimed:
      // 3 × 200 × 6 = 3600
      {
        user: '我是厂里流水线上的 我们厂招了我们村3个贫困户 上了卡的那种 在厂里干了快8个月了 组长带着干了6个月 hr让我问问这个能拿多少 岗前培训补贴没申请过',
        expect: pay(3600),
      },
    ],
  },
  {
    id: 'v65d03',
    class: 'one_group',
    probes: 'delivery station, zero-employment family: 7 months of 以工代训 capped at 6',
    periodEnd: true,
    turns: [
      // 零就业家庭, insured company; 2 × 200 × min(7, 6) = 2400, never 2 × 200 × 7 = 2800
      {
        user: '我们外卖站点是公司 交社保的 站长招了俩家里一个上班的都没有的 就是零就业那种家庭 带着跑单跑了7个月 岗前补贴木有领 能给多少钱啊 求解答🙏',
        expect: payNot(2400, 2800),
      },
    ],
  },
  {
    id: 'v65d04',
    class: 'one_group',
    probes: '[for-someone] hair salon: "店" may or may not be a company; once it says 有限公司 the amount follows',
    periodEnd: true,
    turns: [
      // 就业困难 needs an insured enterprise; a 理发店 may be a 个体户: ask, or (if read as a company) 1 × 200 × 3 = 600
      {
        user: '我们理发店老板问的 店里招了个就业困难的小哥 洗头的 带了3个月了 社保交了得 岗前补贴也没领',
        expect: { notVerdict: { rule: 'on_job_training', status: 'ineligible' }, oneOf: [{ asks: true, noAmount: 'open' }, pay(600)] },
      },
      // insured enterprise: 1 × 200 × 3 = 600
      { user: '是公司啊 营业执照上写的xx美业有限公司 ok吗', expect: pay(600) },
    ],
  },
  {
    id: 'v65d05',
    class: 'one_group',
    probes: '[tiny] poverty workshop (扶贫车间), five poor hires; 岗前 asked, "我问问", then the answer',
    periodEnd: true,
    turns: [
      // poor labour, 扶贫车间, employed > 6 months, 以工代训 3; 岗前 unsaid → ask
      { user: '我在村里扶贫车间上班 做假发的', expect: { noAmount: 'open' } },
      { user: '车间招了5个贫困户 都干了半年多了 带着学了3个月 主任让我问问有没有补贴', expect: askOJT },
      // 5 × 200 × 3 = 3000
      { user: '问了主任 岗前那个补贴没领', expect: pay(3000) },
    ],
  },
  {
    id: 'v65d06',
    class: 'one_group',
    probes: 'poor labour employed only 4 months: under the six months 六(一) asks',
    periodEnd: true,
    turns: [
      // employed 4 < 6 → the row does not qualify; never 2 × 200 × 4 = 1600
      {
        user: '厂里收了2个建档的贫困户 才来了4个月 边干边学也是这4个月 岗前补贴没领 因该能领吧？',
        expect: { ...noPay(1600), cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v65d07',
    class: 'one_group',
    probes: '"当过兵" hires only: veterans are no 以工代训 group, never 2 × 200 × 6',
    periodEnd: true,
    turns: [
      // veterans: no 以工代训 row; never 2 × 200 × 6 = 2400
      {
        user: 'boss招了俩当过兵的 退伍回来那种 公司交社保 带着干了6个月 没领岗前的 那个边干边学的补贴能领不 懂的都懂😏',
        expect: notYes(2400),
      },
    ],
  },

  // ================================================================ several_groups
  {
    id: 'v65d08',
    class: 'several_groups',
    probes: 'two groups with different months in one run-on: poor 4 months, disabled 6 months',
    periodEnd: true,
    turns: [
      // poor: employed 9 ≥ 6, 2 × 200 × 4 = 1600; disabled (insured company): 3 × 200 × 6 = 3600;
      // total 5200; never 5 × 200 × 6 = 6000 or 5 × 200 × 4 = 4000
      {
        user: '帮我们主管问 我们厂是公司交社保的 今年收了贫困户2个 干了9个月了 以工代训带了4个月 还有残疾人3个 带了6个月 岗前培训补贴都没领过 一共能拿多少啊 绝了这个算不明白',
        expect: payNot(5200, 6000, 4000),
      },
    ],
  },
  {
    id: 'v65d09',
    class: 'several_groups',
    probes: '[tiny] groups arrive in separate short messages, each with its own months',
    periodEnd: true,
    turns: [
      // zero-employment family, insured company, 以工代训 2; 岗前 unsaid → ask
      { user: '帮老板问 公司交社保的 招了1个零就业家庭的 带了2个月', expect: askOJT },
      // + 2 就业困难 with 5 months; 岗前 still unsaid → ask
      { user: '还有2个就业困难的 带了5个月', expect: askOJT },
      // 1 × 200 × 2 + 2 × 200 × 5 = 400 + 2000 = 2400; never 3 × 200 × 5 = 3000 or 3 × 200 × 2 = 1200
      { user: '岗前补贴都没拿过', expect: payNot(2400, 3000, 1200) },
    ],
  },
  {
    id: 'v65d10',
    class: 'several_groups',
    probes: '"当过兵" hires beside one 就业困难 hire: only the latter counts',
    periodEnd: true,
    turns: [
      // veterans no group; 1 × 200 × 5 = 1000; never 4 × 200 × 5 = 4000
      {
        user: '公司有交社保 招了3个当兵回来的 还有1个就业困难的大姐 都带了5个月 岗前的没领 能拿多少钱 (｡•́︿•̀｡)',
        expect: payNot(1000, 4000),
      },
    ],
  },
  {
    id: 'v65d11',
    class: 'several_groups',
    probes: 'mushroom co-op: poor hires plus migrant workers from elsewhere (no group)',
    periodEnd: true,
    turns: [
      // co-op is a production entity; poor: employed 7 ≥ 6, 4 × 200 × 6 = 4800; migrants no group;
      // never 10 × 200 × 6 = 12000
      {
        user: '我们是种蘑菇的合作社 收了4个贫困户 干了7个月 带了6个月 另外还有6个外地来打工的 也带了6个月 岗前补贴都没申请 合作社能领多少',
        expect: payNot(4800, 12000),
      },
    ],
  },
  {
    id: 'v65d12',
    class: 'several_groups',
    probes: 'two batches of poor labour: one employed 10 months, one only 3',
    periodEnd: true,
    turns: [
      // batch 1: employed 10 ≥ 6, 3 × 200 × 5 = 3000; batch 2: employed 3 < 6 → 0; total 3000;
      // never 3000 + 2 × 200 × 3 = 4200 or 5 × 200 × 5 = 5000
      {
        user: '厂里贫困户有两拨 一拨3个人干了10个月 以工代训5个月 另一拨2个人才来3个月 带了3个月 岗前补贴都没领 咋算',
        expect: payNot(3000, 4200, 5000),
      },
    ],
  },
  {
    id: 'v65d13',
    class: 'several_groups',
    probes: 'uninsured company: disabled hires fall out, the poor hire still counts',
    periodEnd: true,
    turns: [
      // not insured → disabled rows excluded; poor: employed 12 ≥ 6, 1 × 200 × 6 = 1200;
      // never 1200 + 2 × 200 × 4 = 2800
      {
        user: '我们公司社保一直没给交 招了2个残疾人 带了4个月 还有1个贫困户 干了一年了 带了6个月 岗前的都没领 能拿多少',
        expect: payNot(1200, 2800),
      },
    ],
  },

  // ================================================================ negation_after_noun
  {
    id: 'v65d14',
    class: 'negation_after_noun',
    probes: '"社保这块…一直没给交" with words between: the insured enterprise condition fails',
    periodEnd: true,
    turns: [
      // 就业困难 needs insurance; insured = false → ineligible; never 1 × 200 × 3 = 600
      { user: '社保这块 我们公司老板 一直都 没给我们交 然后招了个就业困难的 带了3个月 岗前补贴也没领 能拿吗', expect: noPay(600) },
    ],
  },
  {
    id: 'v65d15',
    class: 'negation_after_noun',
    probes: '"岗前培训那个补贴…压根没领过": the negation after the noun means not claimed',
    periodEnd: true,
    turns: [
      // 岗前 not claimed, insured company, 2 disabled × 200 × 3 = 1200
      { user: '岗前培训那个补贴 我们公司 之前 压根 没领过 公司交社保的 招了2个残疾人 边干边学带了3个月', expect: pay(1200) },
    ],
  },
  {
    id: 'v65d16',
    class: 'negation_after_noun',
    probes: '"岗前那个补贴…已经领过了": claimed, so the rows do not count',
    periodEnd: true,
    turns: [
      // 岗前 claimed → 以工代训 not for them; never 2 × 200 × 6 = 2400
      { user: '岗前那个培训补贴 厂里给他俩 早就 已经领过了 俩贫困户 干了7个月 带了6个月 还能在领以工代训不', expect: noPay(2400) },
    ],
  },
  {
    id: 'v65d17',
    class: 'negation_after_noun',
    probes: '"证…还没拿到": no certificate yet, so no eligible verdict and no figure',
    periodEnd: true,
    turns: [
      // certificate = false → vocational_training not eligible (yet); the plan fixes no per-person amount
      {
        user: '证 培训完到现在 一直 还没拿到手呢 我在郑州上班 也在郑州学的美甲 这个能补贴不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v65d18',
    class: 'negation_after_noun',
    probes: '[for-someone] "养老金 我妈 没领": no pension, not read as receiving one',
    periodEnd: true,
    turns: [
      // monthlyPension = false; other conditions unsaid → no 不符合, no figure
      {
        user: '养老金 我妈 她 没领 也没到那岁数 48了还在厂里 想去学个育婴师 这个政府补不补啊 帮她问的',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v65d19',
    class: 'negation_after_noun',
    probes: '"验收 人社财政那边 还没来验": not accepted, so no 20 % figure',
    periodEnd: true,
    turns: [
      // accepted = false → not eligible now; never 20 % × 400 000 = 80 000
      {
        user: '验收 人社 财政那边 到现在 还没来验呢 老板给技能大师工作室买的设备 40万 用的职工教育经费 能补多少',
        expect: noKit(80000, /(?<![\d.])8万/),
      },
    ],
  },

  // ================================================================ unknown_reply
  {
    id: 'v65d20',
    class: 'unknown_reply',
    probes: '"干了多久我不知道 我问问", later the months and 岗前 come back',
    periodEnd: true,
    turns: [
      // poor labour, company; months employed and 岗前 unsaid → ask
      { user: '姐妹们救命 我们奶茶公司招了2个贫困户 带着学做奶茶学了3个月 老板问有钱拿不', expect: askOJT },
      { user: '干了多久我不知道啊 我问问店长', expect: dunnoOJT },
      // employed 7 ≥ 6; 2 × 200 × 3 = 1200
      { user: '问到了 干了7个月了 岗前那个没领过', expect: pay(1200) },
    ],
  },
  {
    id: 'v65d21',
    class: 'unknown_reply',
    probes: '"社保交没交我真不清楚" leaves insurance open: no figure, no verdict',
    periodEnd: true,
    turns: [
      // 就业困难, 厂 (enterprise), 以工代训 6, 岗前 not claimed; insurance unsaid → ask
      { user: '厂里招了个就业困难的 带了6个月 岗前补贴没领 能领多少啊', expect: askOJT },
      // still open → no 1200, no verdict
      { user: '社保交没交我真不清楚 我就一打工的🤷 忘了问了', expect: { ...dunnoOJT, mustNotContain: ['1200'] } },
    ],
  },
  {
    id: 'v65d22',
    class: 'unknown_reply',
    probes: 'equipment: fund source "不知道" first, then 职工教育经费',
    periodEnd: true,
    turns: [
      // base, 200万, accepted; fund source unsaid → ask
      { user: '我们公司给高技能人才培训基地买了一批新设备 200万 人社财政验收过了 能补多少', expect: askKit },
      { user: '钱从哪出的 不知道欸 财务没说', expect: dunnoKit },
      // min(20 % × 2 000 000 = 400 000, 500 000) = 400 000
      { user: '财务说是从职工教育经费里出的', expect: kit(400000) },
    ],
  },
  {
    id: 'v65d23',
    class: 'unknown_reply',
    probes: 'rider\'s own training subsidy: "进没进系统 我不确定" stays open',
    periodEnd: true,
    turns: [
      // all conditions but institutionInSystem said → ask, no 不符合
      {
        user: '我在郑州跑外卖 户口也在郑州 报了个电工班 证拿到了 今年头一回申请 以前没考过电工 也没领啥养老金 能补贴不',
        expect: trainAsk,
      },
      { user: '机构有没有录进那个系统 这个我不确定啊 啥玩意系统', expect: trainOpen },
    ],
  },
  {
    id: 'v65d24',
    class: 'unknown_reply',
    probes: '[for-someone] education fund: payroll given, fund drawn "不知道 回头问" then 50万',
    periodEnd: true,
    turns: [
      // fund drawn unsaid → no figure (never 8 % × 8 000 000 stated as the deduction)
      { user: '老板让我问问 那个职工教育经费税前扣除 我们去年工资总额大概800万', expect: askFund },
      { user: '提了多少我不知道 回头问财务', expect: askFund },
      // min(500 000, 8 % × 8 000 000 = 640 000) = 500 000
      { user: '财务说提了50万', expect: deduct(500000) },
    ],
  },
  {
    id: 'v65d25',
    class: 'unknown_reply',
    probes: 'technical-school student: "我家算不算不知道", then the family is 建档立卡',
    periodEnd: true,
    turns: [
      // poor family unknown → no verdict on the student aid, no figure
      {
        user: '我18 在技校读书 周末在奶茶店打工 听说家里穷的学生读技校有补助 免学费啥的 我家算不算我不知道 (＞﹏＜)',
        expect: { noAmount: 'unfixed', undecided: 'poor_family_student_aid', notVerdict: { rule: 'poor_family_student_aid', status: 'ineligible' } },
      },
      // 建档立卡 family, child at a 技工院校 → the student's 助学金/免学费 (or the family's aid); no amount fixed
      {
        user: '问了我妈 我家是建档立卡的 有那个卡',
        expect: {
          noAmount: 'unfixed',
          cites: ['三(三)', '三(十四)'],
          oneOf: [
            { status: { rule: 'poor_family_student_aid', status: 'eligible' } },
            { status: { rule: 'poor_family_child_aid', status: 'eligible' } },
          ],
        },
      },
    ],
  },

  // ================================================================ correction
  {
    id: 'v65d26',
    class: 'correction',
    probes: 'a head count corrected: "不对不对 是2个"',
    periodEnd: true,
    turns: [
      // 3 × 200 × 5 = 3000
      { user: '我们公司交社保的 招了3个残疾人 带了5个月 岗前补贴没领', expect: pay(3000) },
      // 2 × 200 × 5 = 2000, the old 3000 gone
      { user: '不对不对 是2个 打错了😅', expect: payNot(2000, 3000) },
    ],
  },
  {
    id: 'v65d27',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 3 to 6',
    periodEnd: true,
    turns: [
      // poor, employed 8 ≥ 6: 4 × 200 × 3 = 2400
      { user: '厂里收了4个贫困户 干了8个月 以工代训带了3个月 没领岗前的', expect: pay(2400) },
      // 4 × 200 × 6 = 4800
      { user: '啊不是 带了6个月 我看错行了', expect: payNot(4800, 2400) },
    ],
  },
  {
    id: 'v65d28',
    class: 'correction',
    probes: 'insurance corrected to "其实没交": the amount is withdrawn',
    periodEnd: true,
    turns: [
      // zero-employment family, insured company: 1 × 200 × 4 = 800
      { user: '公司交社保 招了1个零就业家庭的 带了4个月 岗前补贴没拿', expect: pay(800) },
      // insured = false → ineligible; the 800 must not stay
      { user: '等下 老板说社保其实没交 是我搞错了 sorry', expect: noPay(800) },
    ],
  },
  {
    id: 'v65d29',
    class: 'correction',
    probes: 'equipment value corrected ("少打了个0"): the studio cap now binds',
    periodEnd: true,
    turns: [
      // studio: min(20 % × 300 000 = 60 000, 100 000) = 60 000
      { user: '技能大师工作室那个 买设备花了30万 教育经费出的 验收合格了 能补多少', expect: kit(60000) },
      // min(20 % × 3 000 000 = 600 000, 100 000) = 100 000
      { user: '不对 是300万 少打了个0', expect: kitNot(100000, 60000, /(?<![\d.])6万/) },
    ],
  },
  {
    id: 'v65d30',
    class: 'correction',
    probes: 'subsidies this year corrected from 3 to 2: the exclusion is lifted',
    periodEnd: true,
    turns: [
      // 3 this year: not fewer than 3 → ineligible
      { user: '我今年已经补过3次了 还想在考个叉车证 还能补不', expect: trainNo },
      // 2 < 3: no longer excluded; other conditions unsaid → no 不符合
      {
        user: '不对不对 是2次 记错了',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v65d31',
    class: 'correction',
    probes: 'education fund corrected from 30万 to 60万: the 8 % cap now binds',
    periodEnd: true,
    turns: [
      // min(300 000, 8 % × 6 000 000 = 480 000) = 300 000
      { user: 'hr问的 公司工资总额600万 职工教育经费提了30万 税前能扣多少', expect: deduct(300000) },
      // min(600 000, 480 000) = 480 000
      { user: '说错了 教育经费是60万', expect: deduct(480000, 300000, /(?<![\d.])30万/) },
    ],
  },

  // ================================================================ topic_switch
  {
    id: 'v65d32',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, "我自己当过兵" asks about free training: no 1200, no free-training yes',
    periodEnd: true,
    turns: [
      // 2 × 200 × 3 = 1200
      { user: '公司交社保 招了2个就业困难的 带了3个月 岗前补贴没领 多少钱', expect: pay(1200) },
      // veteran: free training is for 贫困劳动力 only; no figure from the last answer
      {
        user: '对了 我自己当过兵 退伍的 想去学个厨师 培训免费吗',
        expect: {
          noAmount: 'unfixed',
          notVerdict: { rule: 'free_training_poor', status: 'eligible' },
          mustNotContain: ['1200'],
          cites: ['三(二)', '六(一)', '七(二)', '三(三)'],
        },
      },
    ],
  },
  {
    id: 'v65d33',
    class: 'topic_switch',
    probes: 'a competition prize, then 公积金 (outside): the second is declined',
    periodEnd: true,
    turns: [
      { user: '我们店有个小哥拿了美发比赛二等奖 这种有奖励不', expect: noFigure(['五(三)', '三(十五)']) },
      { user: '哦对了 顺便问下 公积金咋提出来 租房能提不', expect: decline },
    ],
  },
  {
    id: 'v65d34',
    class: 'topic_switch',
    probes: 'from the person\'s own entrepreneurship training to the boss\'s 以工代训',
    periodEnd: true,
    turns: [
      { user: '想自己开个美甲店 有教创业的培训吗', expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      // 2 × 200 × 2 = 800
      { user: '那我们老板的店 是公司 交社保 招了俩残疾的 带了2个月 没领岗前的 能拿多少', expect: pay(800) },
    ],
  },
  {
    id: 'v65d35',
    class: 'topic_switch',
    probes: 'after 以工代训, a 生活费 question: not settled, no 200 元 from 以工代训',
    periodEnd: true,
    turns: [
      // 1 × 200 × 6 = 1200
      { user: '我们厂交社保的 收了1个就业困难的 带着干了6个月 岗前那个没领 能拿多少', expect: pay(1200) },
      {
        user: '还有个事 我自己去参加培训的话 培训那几天有生活费没 一天多少钱',
        expect: { ...unsettled, mustNotContain: ['1200', /200\s*元/] },
      },
    ],
  },
  {
    id: 'v65d36',
    class: 'topic_switch',
    probes: '[two-part] from the boss\'s education fund to the worker\'s own yearly limit',
    periodEnd: true,
    turns: [
      // min(200 000, 8 % × 4 000 000 = 320 000) = 200 000
      { user: '老板问 公司工资总额400万 教育经费提了20万 税前能扣多少', expect: deduct(200000) },
      {
        user: 'ok 换个 我自己想考叉车证 一年最多补几次啊 同一个证能补两回不',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/3\s*次|三次/], mustNotContain: ['200000'] },
      },
    ],
  },
  {
    id: 'v65d37',
    class: 'topic_switch',
    probes: 'chit-chat about the bot (declined), then a real question about couriers',
    turns: [
      { user: '哈哈哈哈你是真人还是机器人啊🤖', expect: decline },
      { user: '那问个正经的 快递小哥有啥技能培训计划没', expect: { answered: true, cites: ['三(四)', '五(一)'] } },
    ],
  },

  // ================================================================ person_training
  {
    id: 'v65d38',
    class: 'person_training',
    probes: 'rider\'s training subsidy: asked, then every condition given → eligible, no figure',
    periodEnd: true,
    turns: [
      { user: '我送外卖的 住郑州 想考个电工证 能有补贴不 蹲一个懂的', expect: trainAsk },
      // residence, certificate, 0 this year, no earlier same occupation/level, no pension, in the system
      {
        user: '就在郑州这边学的 证已经拿到了 今年第一次 以前没考过电工 机构说进系统了 我才22 没养老金',
        expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v65d39',
    class: 'person_training',
    probes: 'same occupation and level again (中式面点师五级 twice)',
    periodEnd: true,
    turns: [
      // 同一职业同一等级不可重复享受 → ineligible
      { user: '我去年补过一次中式面点师五级 今年又考了一遍一样的五级 还能补吗', expect: trainNo },
    ],
  },
  {
    id: 'v65d40',
    class: 'person_training',
    probes: 'trained in a city that is neither home, residence nor job place',
    periodEnd: true,
    turns: [
      // trainingPlace other → ineligible
      { user: '户口在商丘 人在郑州上班 跑去洛阳学的美容 洛阳啥也不沾 证拿了 能补吗', expect: trainNo },
    ],
  },
  {
    id: 'v65d41',
    class: 'person_training',
    probes: '[for-someone] grandma draws a monthly pension',
    periodEnd: true,
    turns: [
      // monthly pension → not in the scope the contract admits
      { user: '帮我奶奶问的 她退休了每个月都领退休金 想学个养老护理 政府能补不', expect: trainNo },
    ],
  },
  {
    id: 'v65d42',
    class: 'person_training',
    probes: '[two-part] a new occupation: the priority-supported standard applies, no figure',
    periodEnd: true,
    turns: [
      {
        user: '我想学那个无人机驾驶员 听说是国家新公布的职业 能补贴吗 按啥标准补',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/优先支持/] },
      },
    ],
  },
  {
    id: 'v65d43',
    class: 'person_training',
    probes: 'a member of a 建档立卡 household: free training, no figure',
    periodEnd: true,
    turns: [
      { user: '我家是贫困户 有卡的那种 听说培训不要钱？想学个美发 真的假的', expect: { noAmount: 'unfixed', status: { rule: 'free_training_poor', status: 'eligible' }, cites: ['三(三)'] } },
    ],
  },

  // ================================================================ entrepreneurship
  {
    id: 'v65d44',
    class: 'entrepreneurship',
    probes: 'wish to open a milk-tea stall: entrepreneurship training, no figure',
    periodEnd: true,
    turns: [
      { user: '想自己搞个小奶茶摊 蹲一个创业培训🙏 我能去不', expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v65d45',
    class: 'entrepreneurship',
    probes: '[for-someone] cousin\'s garage open 7 years, no new plan: not an eligible yes',
    periodEnd: true,
    turns: [
      // businessYears 7 > 5, no wish; student status unsaid → not eligible on these facts
      {
        user: '我表哥的汽修店开了7年了 他也没打算再开别的 能去参加创业培训吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v65d46',
    class: 'entrepreneurship',
    probes: 'college graduate on a line: eligible; then "补多少" — the plan fixes none',
    periodEnd: true,
    turns: [
      { user: '我大专毕业的 现在在厂里流水线 创业培训我能去吗', expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '那去培训有补贴吗 补多少钱', expect: { noAmount: 'unfixed', mustNotContain: [/200\s*元/] } },
    ],
  },
  {
    id: 'v65d47',
    class: 'entrepreneurship',
    probes: 'a corner shop open 2 years: a small business within five years',
    periodEnd: true,
    turns: [
      { user: '我那个小卖部开了2年了 算小微的吧 有啥创业培训能上不', expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
    ],
  },

  // ================================================================ equipment
  {
    id: 'v65d48',
    class: 'equipment',
    probes: 'base equipment 380万: the 50万 cap binds',
    periodEnd: true,
    turns: [
      // min(20 % × 3 800 000 = 760 000, 500 000) = 500 000
      { user: '我们厂那个高技能人才培训基地 新买实训设备花了380万 职工教育经费出的 人社财政验收合格 能补多少啊', expect: kit(500000) },
    ],
  },
  {
    id: 'v65d49',
    class: 'equipment',
    probes: 'studio equipment 35万: under the cap',
    periodEnd: true,
    turns: [
      // min(20 % × 350 000 = 70 000, 100 000) = 70 000
      { user: '主管让问 技能大师工作室买了35万的设备 用的职工教育经费 验收过了 补多少', expect: kit(70000) },
    ],
  },
  {
    id: 'v65d50',
    class: 'equipment',
    probes: 'bought with the boss\'s own money, not the 职工教育经费: no 20 % figure',
    periodEnd: true,
    turns: [
      // fromEducationFund = false → not eligible; never 20 % × 1 000 000 = 200 000
      {
        user: '设备是老板自己掏腰包买的 没走教育经费 给培训基地买的 100万 验收也过了 能补多少',
        expect: noKit(200000, /(?<![\d.])20万/),
      },
    ],
  },
  {
    id: 'v65d51',
    class: 'equipment',
    probes: 'two master studios: each has its own 10万 cap',
    periodEnd: true,
    turns: [
      // studio A: min(160 000, 100 000) = 100 000; studio B: min(60 000, 100 000) = 60 000; total 160 000
      // never 20 % × 1 100 000 = 220 000 uncapped
      {
        user: '我们公司有两个技能大师工作室 一个买了80万设备 一个买了30万 都是教育经费出的 都验收了 一共补多少',
        expect: kitNot(160000, 220000, /(?<![\d.])22万/),
      },
    ],
  },
  {
    id: 'v65d52',
    class: 'equipment',
    probes: 'a bare "能补多少" is asked about, then the facts come',
    periodEnd: true,
    turns: [
      { user: '老板说要给培训基地买设备 政府能补多少啊', expect: askKit },
      // min(20 % × 2 500 000 = 500 000, 500 000) = 500 000
      { user: '买了250万的 教育经费出的 验收也过了', expect: kit(500000) },
    ],
  },

  // ================================================================ education_fund
  {
    id: 'v65d53',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: the deduction stops at the cap',
    periodEnd: true,
    turns: [
      // min(1 000 000, 8 % × 10 000 000 = 800 000) = 800 000
      { user: '公司一年工资薪金总额1000万 职工教育经费提了100万 一线职工培训用了70% 税前能扣多少', expect: deduct(800000) },
    ],
  },
  {
    id: 'v65d54',
    class: 'education_fund',
    probes: 'front-line share only half: the 60 % rule is noted beside the deduction',
    periodEnd: true,
    turns: [
      // min(300 000, 8 % × 5 000 000 = 400 000) = 300 000; 50 % < 60 %
      {
        user: '工资总额500万 教育经费提了30万 一线工人只用了一半 能扣多少 有问题不',
        expect: { ...deduct(300000), says: [/税前/, /60\s*%|百分之六十/] },
      },
    ],
  },
  {
    id: 'v65d55',
    class: 'education_fund',
    probes: 'payroll only: the fund drawn is open, so no deduction figure',
    periodEnd: true,
    turns: [
      { user: '老板让问 工资总额大概300万 那个教育经费能抵多少税', expect: askFund },
    ],
  },
  {
    id: 'v65d56',
    class: 'education_fund',
    probes: 'the 60 % rule first, then a deduction',
    periodEnd: true,
    turns: [
      { user: '我们公司那个教育经费 是不是得有60%用在一线工人身上', expect: { noAmount: 'unfixed', cites: ['六(二)'], says: [/60\s*%|百分之六十/] } },
      // min(100 000, 8 % × 2 000 000 = 160 000) = 100 000
      { user: '那工资总额200万 教育经费提了10万 能扣多少', expect: deduct(100000) },
    ],
  },

  // ================================================================ apprenticeship
  {
    id: 'v65d57',
    class: 'apprenticeship',
    probes: 'salon apprentices: the plan says 按照相关规定, no figure',
    periodEnd: true,
    turns: [{ user: '理发店带徒弟那种 新型学徒 政府补多少钱一个', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v65d58',
    class: 'apprenticeship',
    probes: '20 apprentices, then "一共能拿多少": no 以工代训 figure borrowed',
    periodEnd: true,
    turns: [
      { user: '厂里搞了那个新型学徒制 带了20个学徒', expect: noFigure(['四(一)']) },
      // no amount fixed; never 20 × 200 = 4000 or 20 × 200 × 6 = 24000
      { user: '那一个学徒补多少 总共能拿多少', expect: { noAmount: 'unfixed', mustNotContain: ['4000', '24000', /200\s*元/] } },
    ],
  },
  {
    id: 'v65d59',
    class: 'apprenticeship',
    probes: '师带徒 allowance may come out of the education fund',
    periodEnd: true,
    turns: [{ user: '师傅带徒弟的津贴 公司能从职工教育经费里出吗', expect: noFigure(['六(二)']) }],
  },

  // ================================================================ period
  {
    id: 'v65d60',
    class: 'period',
    probes: '[dated] 2020: the rule was in force, the amount for that date',
    periodEnd: true,
    turns: [
      // 1 × 200 × 6 = 1200, in force in 2020
      { user: '2020年的时候 我们公司交社保 招了1个残疾人 带了6个月 岗前补贴没领 当时能领多少', expect: pay(1200) },
    ],
  },
  {
    id: 'v65d61',
    class: 'period',
    probes: '[contact] "现在还能领吗" about 以工代训: the plan has ended; facts open',
    periodEnd: true,
    turns: [
      { user: '现在还能领那个边干边学的补贴吗 今年我们厂又招了几个贫困户 找谁问啊', expect: { ...over, noAmount: 'open', cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v65d62',
    class: 'period',
    probes: '[dated] a 2021 certificate claimed only now',
    periodEnd: true,
    turns: [{ user: '我2021年考的焊工证 现在才想起来申请补贴 还来得及不 (ಥ_ಥ)', expect: { ...over, noAmount: 'unfixed' } }],
  },
  {
    id: 'v65d63',
    class: 'period',
    probes: '"今年还能申请吗" about the training subsidy',
    periodEnd: true,
    turns: [{ user: '这个技能提升的政策现在还管用吗 今年还能申请培训补贴不', expect: { ...over, noAmount: 'unfixed' } }],
  },
  {
    id: 'v65d64',
    class: 'period',
    probes: '[dated] the period asked, then a 2021 hire',
    periodEnd: true,
    turns: [
      { user: '这个方案是哪年到哪年的啊', expect: { ...over, says: [/2019/] } },
      // zero-employment family, insured company: 1 × 200 × 3 = 600
      { user: '那2021年上半年我们公司招的零就业家庭那个 公司交社保 带了3个月 没领岗前 能补多少', expect: pay(600) },
    ],
  },
];
