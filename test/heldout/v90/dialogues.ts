/**
 * HELD-OUT dialogues, set v90 — written BLIND on 2026-12-01 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, scripts/, docs/ or any other held-out
 * set. Only the format of v15 (its first 75 lines) was looked at. Not to be tuned on: no word of
 * these messages goes into a glossary, pattern or fixture. Once a dialogue has been fixed by a
 * targeted change it measures nothing any more; write a new one instead.
 *
 * Who types here: elderly-care and domestic-service businesses — 养老院 run as companies, 护理站,
 * 家政公司, 月嫂/育婴 agencies, 劳务公司 that place 护工 in hospitals, a village cooperative that
 * sends women out as cleaners — their clerks and accountants, and the middle-aged women and men
 * who work there or want to (养老护理员, 育婴员, 保育员, 家政服务员 certificates), plus adult
 * children asking for a parent. Voice input on WeChat: long run-on messages with few stops,
 * 那个/就是/嗯, homophones of voice typing (以工带训, 陪训), hedges (好像、应该、大概、吧), "不清楚
 * 得问问老板", corrections ("不对", "说错了"), and bare short replies; questions about when money
 * arrives and how much a certificate brings.
 *
 * Issue 10: nothing is inferred from silence. Every fact an amount depends on (kind of unit,
 * insurance for 就业困难/残疾/零就业 hires, the group, count, months employed for poor labour,
 * months of 以工代训, whether the 岗前培训补贴 was claimed; fund source and acceptance of
 * equipment; payroll and fund drawn) must have been said before an amount is expected.
 *
 * Amount rules computed by hand from the plan and the contract (checklist):
 * [x] 以工代训 (六(一)): Σ per row count × 200 × min(以工代训 months, 6).
 *     - 建档立卡贫困劳动力: employed ≥ 6 months by 企业 / 农民专业合作社 / 扶贫车间 (insurance not needed).
 *     - 就业困难人员 (残疾人 included, 三(二)) and 零就业家庭成员: only by an insured (参保) enterprise.
 *     - 退役军人, ordinary rural migrants, 下岗 people not 认定 as 就业困难: no 以工代训 group.
 *     - a row whose 岗前培训补贴 was claimed does not count (不得重复享受).
 * [x] Project training (六(一)): 50 % of the project's training subsidy paid in advance.
 * [x] Equipment (四(一)): per site min(20 % × value, 500 000 for a 高技能人才培训基地 / 100 000 for a
 *     技能大师工作室), only when bought from the 职工教育经费 and accepted by 人社 and 财政.
 * [x] Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash;
 *     60 % of the fund for front-line workers.
 * [x] No amount in the plan: per-certificate training subsidy (七(二)), 生活费补贴, apprenticeship
 *     (四(一) "按照相关规定"), free training (三(三)), entrepreneurship training (三(八)), competition
 *     awards (五(三)), timing of payment.
 * [x] Period: 2019-12-02 … 2021-12-31, ended; a dated question is answered for its date.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道": no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible (yet) on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the uncapped figure. */
const kitNot = (yuan: number, wrong: number, wrongWan: RegExp): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong), wrongWan] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact was answered "不清楚". */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing: no figure, no verdict. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** No 不符合 for the person's training subsidy; no figure (the plan fixes none). */
const trainOpen: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } };
/** The three-a-year limit of 七(二). */
const THREE = /(3|三)\s*次/;

export const DIALOGUES_V90: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v90d01',
    class: 'one_group',
    probes: 'poor labour at a 家政公司, count, months and 岗前 given over three turns; 以工带训 homophone',
    periodEnd: true,
    turns: [
      {
        user: '喂你好 我是管城区一个家政公司的 那个 老板让我问一下 我们今年招了几个驻马店那边过来的大姐 她们家是建档立卡的贫困户 听说招这种人公司能领个什么以工带训的钱 是真的不 能领多少啊',
        expect: askOJT,
      },
      { user: '三个大姐 都是三月份来的 到现在干了七个多月了吧', expect: askOJT },
      {
        user: '以工带训 就是老阿姨带着她们干嘛 带了有五个月 岗前培训那个补贴 俺们没申请过',
        // 3 × 200 × 5 = 3000
        expect: pay(3000),
      },
    ],
  },
  {
    id: 'v90d02',
    class: 'one_group',
    probes: 'insured 养老 company, two 就业困难 hires, 以工代训 8 months capped at 6',
    periodEnd: true,
    turns: [
      {
        user: '您好 我们是一家养老服务有限公司 开养老院的 员工社保一直在交 去年下半年通过街道招了两个认定过的就业困难人员当护理员 干了十个月了 一边干一边老护理员带着学 以工代训算下来有八个月 她俩的岗前培训补贴都没领过 这样公司一共能拿多少',
        // 2 × 200 × min(8, 6) = 2400; uncapped 2 × 200 × 8 = 3200
        expect: payNot(2400, 3200),
      },
      { user: '最长就按六个月给是吧 那后头俩月等于白带了', expect: { cites: ['六(一)'], says: [/(6|六)\s*个?月/] } },
    ],
  },
  {
    id: 'v90d03',
    class: 'one_group',
    probes: '护工 劳务公司, one 零就业家庭 hire; insurance, months, then 岗前 asked for',
    periodEnd: true,
    turns: [
      { user: '我们是给医院派护工的劳务公司 有个护工大姐 她家是零就业家庭 男人孩子都没工作 招这样的人进来公司有补贴吗', expect: askOJT },
      { user: '公司交社保的 她来了半年了 以工带训也是半年', expect: askOJT },
      {
        user: '岗前那个 她没领过 公司也没替她申请',
        // 1 × 200 × 6 = 1200
        expect: pay(1200),
      },
    ],
  },
  {
    id: 'v90d04',
    class: 'one_group',
    probes: 'a disabled hire counts as 就业困难 at an insured 月嫂 company; then who receives the money [two-part]',
    periodEnd: true,
    turns: [
      {
        user: '月嫂中心的 我们招了一个听力残疾的姑娘做产康助理 有残疾证 公司是参保的 她来了五个月 以工带训带了四个月 岗前补贴没拿 能领以工代训补贴不',
        // 1 × 200 × 4 = 800
        expect: pay(800),
      },
      { user: '那这个钱是打到公司账上 还是直接给她本人', expect: { cites: ['六(一)'], says: [/企业|公司|单位|生产经营主体/] } },
    ],
  },
  {
    id: 'v90d05',
    class: 'one_group',
    probes: 'cooperative with poor labour employed only 4 months (not yet 6); then after six months',
    periodEnd: true,
    turns: [
      {
        user: '我们村里搞了个农民专业合作社 主要是组织妇女出去做家政保洁 里头有两个是建档立卡的 跟着合作社干了四个月 以工带训也四个月了 岗前补贴没有领 这能补不',
        // would be 2 × 200 × 4 = 1600 — but poor labour needs ≥ 6 months employed
        expect: { ...notYes(1600), says: [/(六|6)\s*个?月/] },
      },
      {
        user: '那等她俩干满半年再报呢 到那时候以工带训算五个月',
        // 2 × 200 × 5 = 2000
        expect: pay(2000),
      },
    ],
  },
  {
    id: 'v90d06',
    class: 'one_group',
    probes: '护理站 company, four poor-labour men, 以工代训 10 months capped; 俩-style numerals avoided, 四个',
    periodEnd: true,
    turns: [
      {
        user: '我们护理站是注册的有限公司 招了四个建档立卡户的大哥做男护工 都干满一年了 以工带训前前后后弄了十个月 岗前培训补贴一分没领 帮我算算能拿多少',
        // 4 × 200 × min(10, 6) = 4800; uncapped 4 × 200 × 10 = 8000
        expect: payNot(4800, 8000),
      },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v90d07',
    class: 'several_groups',
    probes: 'two groups with different months in one message keep their own months',
    periodEnd: true,
    turns: [
      {
        user: '我是郑东新区一个家政公司的 公司社保一直正常交 今年招的人里 有两个是建档立卡贫困户 来了八个月 以工带训六个月 还有三个是就业困难人员 来了四个月 以工带训三个月 这些人岗前培训补贴都没领过 总共能领多少以工代训补贴',
        // 2 × 200 × 6 = 2400; 3 × 200 × 3 = 1800; total 4200. Bleeds: all at 6 → 6000, all at 3 → 3000
        expect: payNot(4200, 6000, 3000),
      },
    ],
  },
  {
    id: 'v90d08',
    class: 'several_groups',
    probes: 'three groups named, a plain veteran is no 以工代训 group; the two others with their own months',
    periodEnd: true,
    turns: [
      {
        user: '我们养老公司今年进了不少人 有一个是建档立卡的 有两个是零就业家庭的 还有一个是退伍军人 他不是困难人员也不是贫困户 就是普通退伍的 这几个都能领那个以工代训吗',
        // the veteran may be told he is no group; the other rows are open
        expect: { noAmount: 'open', asks: true },
      },
      {
        user: '社保都交着 建档立卡那个干了九个月 以工带训六个月 零就业那俩干了三个月 以工带训两个月 岗前补贴一个都没申请',
        // poor 1 × 200 × 6 = 1200; zero-employment 2 × 200 × 2 = 800; veteran 0; total 2000. Bleed: zero at 6 → 1200 + 2400 = 3600
        expect: payNot(2000, 3600),
      },
    ],
  },
  {
    id: 'v90d09',
    class: 'several_groups',
    probes: 'one group settled, the disabled group open ("记不太清"); then its months with a hedge',
    periodEnd: true,
    turns: [
      {
        user: '劳务公司 给三甲医院派护工 参保的 今年招了五个就业困难人员 干了七个月 以工带训五个月 岗前补贴没领 还有三个残疾人 他们来了多久 以工带训多久 我记不太清了',
        // the disabled row is open; a figure at 5 months for all would be 8 × 200 × 5 = 8000
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['8000'] },
      },
      {
        user: '残疾那三个 好像是六月来的 以工带训带了三个月 岗前补贴也没领',
        // 5 × 200 × 5 = 5000; 3 × 200 × 3 = 1800; total 6800. Bleeds: 8 × 200 × 5 = 8000, 8 × 200 × 3 = 4800
        expect: payNot(6800, 8000, 4800),
      },
    ],
  },
  {
    id: 'v90d10',
    class: 'several_groups',
    probes: 'uninsured company: poor labour counts, the 就业困难 hire does not',
    periodEnd: true,
    turns: [
      {
        user: '家政公司 小本生意 员工社保还没给上 目前招的人里 两个建档立卡的 干了一年 以工带训六个月 一个就业困难人员 干了五个月 以工带训五个月 岗前补贴都没领过 这样能领多少',
        // poor 2 × 200 × 6 = 2400; 就业困难 needs an insured enterprise → 0; total 2400 (not 2400 + 1000 = 3400)
        expect: payNot(2400, 3400),
      },
    ],
  },
  {
    id: 'v90d11',
    class: 'several_groups',
    probes: 'two batches of poor labour, the second under 6 months employed; 岗前 given later',
    periodEnd: true,
    turns: [
      {
        user: '我们是育婴师派遣公司 参保的 建档立卡的员工有两拨 一拨三个人 来了十个月 以工带训六个月 另一拨两个人 才来了四个月 以工带训也是四个月',
        expect: askOJT,
      },
      {
        user: '岗前补贴的话 两拨人都没领',
        // 3 × 200 × 6 = 3600; second batch employed 4 < 6 → 0. Wrong: + 2 × 200 × 4 = 5200; 5 × 1200 = 6000
        expect: payNot(3600, 5200, 6000),
      },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v90d12',
    class: 'negation_after_noun',
    probes: '岗前补贴 … 从来也没有去领过, spaced words between noun and negation',
    periodEnd: true,
    turns: [
      {
        user: '养老公司的 社保正常交 招了三个就业困难人员 来了半年 以工代训也是半年 岗前补贴那一块 我们 从来 也 没有 去领过 能补多少',
        // 3 × 200 × 6 = 3600
        expect: pay(3600),
      },
    ],
  },
  {
    id: 'v90d13',
    class: 'negation_after_noun',
    probes: '社保 … 一直都还没有给交, many words between; 就业困难 hires then do not qualify',
    periodEnd: true,
    turns: [
      {
        user: '我们是家政公司 招了两个就业困难人员 来了六个月 以工带训四个月 岗前补贴没领 不过社保这个事 说出来不好意思 我们公司到现在 一直 都 还 没有 给她们交',
        // would be 2 × 200 × 4 = 1600 with insurance; without it not eligible
        expect: noPay(1600),
      },
    ],
  },
  {
    id: 'v90d14',
    class: 'negation_after_noun',
    probes: '岗前补贴 claimed for two of five, not for three: only three rows count',
    periodEnd: true,
    turns: [
      { user: '养老院 公司性质 建档立卡的护理员一共五个 都干了八个月以上 以工带训四个月', expect: askOJT },
      {
        user: '岗前培训补贴 这五个里头 有两个 之前领过 剩下三个 没领',
        // 3 × 200 × 4 = 2400; all five would be 5 × 200 × 4 = 4000
        expect: payNot(2400, 4000),
      },
    ],
  },
  {
    id: 'v90d15',
    class: 'negation_after_noun',
    probes: '建档立卡 … 好像不是: a plain rural migrant is no 以工代训 group; never eligible',
    turns: [
      {
        user: '我们招的保洁阿姨 建档立卡 她们家 好像 不是 就是农村出来打工的 公司交社保 这种能不能领以工代训',
        expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' } },
      },
      {
        user: '刚问清楚了 她家确实不是贫困户 也不是就业困难人员 就是普通农村出来打工的',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'on_job_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v90d16',
    class: 'negation_after_noun',
    probes: '退休金 她没有: no monthly pension, so not excluded; then the per-certificate amount is unfixed',
    periodEnd: true,
    turns: [
      {
        user: '帮我妈问一下 她今年五十二了 想去考个养老护理员的证 退休金 她没有 一直在家看孙子 这种岁数还能参加补贴培训吗',
        expect: { ...trainOpen, cites: ['六(一)', '七(二)'] },
      },
      { user: '补贴能给多少钱 一千还是两千啊', expect: unsettled },
    ],
  },
  {
    id: 'v90d17',
    class: 'negation_after_noun',
    probes: '证书 … 还没考下来: no certificate yet, not eligible yet; then after passing',
    periodEnd: true,
    turns: [
      {
        user: '我在郑州一个育婴员培训班学完了 户口就在郑州 学校说是在系统里的 证书 到现在 还没 考下来 补贴现在能领吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] },
      },
      { user: '那等证考下来以后呢 今年就这一次培训 之前也没学过别的 退休金也没有', expect: trainOpen },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v90d18',
    class: 'unknown_reply',
    probes: 'insurance "不清楚 得问问老板" stays open, then given',
    periodEnd: true,
    turns: [
      {
        user: '你好 我在一个家政公司做文员 老板让我查查 我们招了两个就业困难人员 干了五个月 以工带训也五个月 岗前补贴没领 公司能领多少以工代训补贴',
        expect: askOJT,
      },
      { user: '社保这块我真不清楚 得问问老板 他今天去开会了不在', expect: dunnoOJT },
      {
        user: '老板回话了 交着呢 一直交',
        // 2 × 200 × 5 = 2000
        expect: pay(2000),
      },
    ],
  },
  {
    id: 'v90d19',
    class: 'unknown_reply',
    probes: '岗前 "不知道领没领" stays open, then found in the books',
    periodEnd: true,
    turns: [
      { user: '养老院的 公司制 招了三个建档立卡户 干了九个月了 以工带训六个月', expect: askOJT },
      { user: '岗前那个 不知道领没领 之前的会计走了 没人交接', expect: dunnoOJT },
      {
        user: '找着以前的账了 那三个人岗前的补贴没领过',
        // 3 × 200 × 6 = 3600
        expect: pay(3600),
      },
    ],
  },
  {
    id: 'v90d20',
    class: 'unknown_reply',
    probes: 'months "大概几个月吧 我也说不准" stay open; then from the attendance sheet',
    periodEnd: true,
    turns: [
      { user: '月嫂公司 交社保 招了一个零就业家庭的大姐 岗前补贴没领 以工带训大概几个月吧 我也说不准', expect: dunnoOJT },
      {
        user: '查了考勤 她来了八个月 以工带训是头三个月',
        // 1 × 200 × 3 = 600
        expect: pay(600),
      },
    ],
  },
  {
    id: 'v90d21',
    class: 'unknown_reply',
    probes: 'person: whether the school is in the system "我不知道" stays open; then where to ask [contact]',
    periodEnd: true,
    turns: [
      {
        user: '我是做家政的 上个月在郑州一个培训学校考了家政服务员的证 户口在新郑 人在郑州干活 今年第一次培训 没有退休金 以前没考过这个 能有补贴吗',
        expect: { noAmount: 'unfixed', undecided: 'vocational_training' },
      },
      { user: '学校在没在那个什么系统里 我不知道啊 我上哪知道去', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
      { user: '那我该去哪儿问这个事', expect: { says: [/人社|人力资源|12333/] } },
    ],
  },
  {
    id: 'v90d22',
    class: 'unknown_reply',
    probes: 'adult child: mother-in-law\'s pension "不知道 得问问我老公" stays open',
    periodEnd: true,
    turns: [
      { user: '替我婆婆问问 她五十八了 想学个育婴员 以后帮人带孩子挣点钱 她在郑州住 户口也在郑州', expect: trainOpen },
      { user: '她有没有退休金 我还真不知道 得问问我老公', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v90d23',
    class: 'unknown_reply',
    probes: 'whether 下岗 women are 认定 就业困难 "我也不清楚" stays open; then confirmed',
    periodEnd: true,
    turns: [
      {
        user: '我们家政公司交社保的 新招了两个四十多岁的下岗大姐 干了四个月 以工带训四个月 岗前补贴没领 她们算不算就业困难人员 我也不清楚',
        expect: dunnoOJT,
      },
      {
        user: '问了她们俩 都有街道给开的就业困难人员认定证明',
        // 2 × 200 × 4 = 1600
        expect: pay(1600),
      },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v90d24',
    class: 'correction',
    probes: '"不对不对" the count is six, not four',
    periodEnd: true,
    turns: [
      {
        user: '养老公司 交社保 招了四个就业困难人员 来了七个月 以工带训五个月 岗前没领',
        // 4 × 200 × 5 = 4000
        expect: pay(4000),
      },
      {
        user: '不对不对 我看错表了 是六个人 别的都一样',
        // 6 × 200 × 5 = 6000
        expect: payNot(6000, 4000),
      },
    ],
  },
  {
    id: 'v90d25',
    class: 'correction',
    probes: 'insurance corrected to "还没开始交": the 零就业 hires drop out',
    periodEnd: true,
    turns: [
      {
        user: '家政公司 交社保 招了两个零就业家庭的 干了六个月 以工带训六个月 岗前补贴没领',
        // 2 × 200 × 6 = 2400
        expect: pay(2400),
      },
      { user: '哎呀说错了 我们公司社保还没开始交 打算明年再交', expect: noPay(2400) },
    ],
  },
  {
    id: 'v90d26',
    class: 'correction',
    probes: 'one of three turns out not to be 建档立卡: count corrected to two',
    periodEnd: true,
    turns: [
      {
        user: '我们家政公司招了三个建档立卡贫困户 干满八个月了 以工带训四个月 岗前补贴没拿',
        // 3 × 200 × 4 = 2400
        expect: pay(2400),
      },
      {
        user: '等一下 我搞混了 里面有一个不是建档立卡的 她是普通下岗的 建档立卡的就两个',
        // 2 × 200 × 4 = 1600
        expect: payNot(1600, 2400),
      },
    ],
  },
  {
    id: 'v90d27',
    class: 'correction',
    probes: '以工代训 months corrected from six to two',
    periodEnd: true,
    turns: [
      {
        user: '育婴公司 参保的 招了一个残疾人 干了六个月 以工带训六个月 岗前没领过',
        // 1 × 200 × 6 = 1200
        expect: pay(1200),
      },
      {
        user: '不对 以工带训只有两个月 后头四个月她已经正式上岗了',
        // 1 × 200 × 2 = 400
        expect: payNot(400, 1200),
      },
    ],
  },
  {
    id: 'v90d28',
    class: 'correction',
    probes: 'person: 户口 corrected from 郑州 to 周口, but 常住地 Zhengzhou still counts',
    periodEnd: true,
    turns: [
      { user: '我报了个保育员的班 在郑州上课 证拿到了 户口 嗯 应该是郑州的', expect: trainOpen },
      { user: '不对 户口是周口的 不过我在郑州住了五年了 有居住证', expect: { ...trainOpen, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v90d29',
    class: 'correction',
    probes: 'adult child: father "有退休金" corrected to none',
    periodEnd: true,
    turns: [
      {
        user: '我爸六十三了 身体还硬朗 想去学个养老护理 去养老院上班 他有退休金 每个月都领',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)', '七(二)'] },
      },
      { user: '我说错了 他没退休金 他是种地的 没有那种按月领的钱', expect: trainOpen },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v90d30',
    class: 'topic_switch',
    probes: '以工代训 amount, then 生活费补贴 during training: not settled, no 以工代训 figure',
    periodEnd: true,
    turns: [
      {
        user: '月嫂公司 社保交的 招了两个零就业家庭的大姐 来了七个月 以工带训五个月 岗前补贴没领过',
        // 2 × 200 × 5 = 2000
        expect: pay(2000),
      },
      { user: '另外问下 我们阿姨去参加培训那几天 有没有生活费补贴 一天给多少', expect: unsettled },
    ],
  },
  {
    id: 'v90d31',
    class: 'topic_switch',
    probes: 'education-fund deduction, then an errand (second-hand nursing beds): declined',
    turns: [
      {
        user: '养老公司 工资总额一年八百万 职工教育经费提了七十万 税前能扣多少',
        // min(700 000, 8 % × 8 000 000 = 640 000) = 640 000
        expect: deduct(640000, 700000),
      },
      { user: '对了 你知道郑州哪有卖二手护理床的 便宜点的', expect: decline },
    ],
  },
  {
    id: 'v90d32',
    class: 'topic_switch',
    probes: '以工代训 amount, then 金蓝领 online platform: the new clause, not the old one',
    periodEnd: true,
    turns: [
      {
        user: '家政公司 参保 招了一个就业困难人员 来了九个月 以工带训六个月 岗前没领',
        // 1 × 200 × 6 = 1200
        expect: pay(1200),
      },
      { user: '换个事 那个金蓝领网络大学 是个啥 我们的阿姨能在上面学吗', expect: { cites: ['五(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v90d33',
    class: 'topic_switch',
    probes: '以工代训 amount, then the minimum wage: outside, declined',
    periodEnd: true,
    turns: [
      {
        user: '我们是护工公司 建档立卡的招了三个 都干了六个月 以工带训三个月 岗前补贴没领',
        // 3 × 200 × 3 = 1800
        expect: pay(1800),
      },
      { user: '还有个事 郑州护理员的最低工资现在是多少 我们是不是给低了', expect: decline },
    ],
  },
  {
    id: 'v90d34',
    class: 'topic_switch',
    probes: 'a worker\'s own certificate, then her boss\'s 以工代训 question',
    periodEnd: true,
    turns: [
      { user: '我自己在家政公司上班 想去考个高级的家政服务员证 有补贴不', expect: trainOpen },
      { user: '我们老板也让我顺便问问 公司招建档立卡户能领点啥', expect: { ...askOJT, cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v90d35',
    class: 'topic_switch',
    probes: '以工代训 amount, then a list of training institutions: 七(二)',
    periodEnd: true,
    turns: [
      {
        user: '养老公司 社保交着 招了两个残疾人 干了五个月 以工带训五个月 岗前补贴没领',
        // 2 × 200 × 5 = 2000
        expect: pay(2000),
      },
      { user: '另外 我们想找个正规的培训机构送护理员去学 有没有个名单能查', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v90d36',
    class: 'person_training',
    probes: 'every condition of the training subsidy said: eligible, but no figure (plan fixes none)',
    periodEnd: true,
    turns: [
      {
        user: '我叫王红 四十六了 户口金水区的 在郑州一个培训学校学的家政服务员 证上个月拿到了 学校说培训都录进省里那个系统了 今年就这一回 以前也没学过别的 没有退休金 我能领多少补贴',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v90d37',
    class: 'person_training',
    probes: 'same occupation and level again: not eligible; a higher level is another matter',
    periodEnd: true,
    turns: [
      {
        user: '去年在二七区一个学校考了育婴员四级 补贴也领了 今年想换个学校再考一回育婴员四级 巩固巩固 还能补吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] },
      },
      { user: '那要是考三级呢 等级不一样了', expect: trainOpen },
    ],
  },
  {
    id: 'v90d38',
    class: 'person_training',
    probes: 'three subsidies already this year: a fourth is over the limit',
    periodEnd: true,
    turns: [
      {
        user: '今年补贴培训我已经参加三次了 养老护理员 育婴员 家政服务员 都领了补贴 现在还想学个保育员 还能再领一回不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'], says: [THREE] },
      },
    ],
  },
  {
    id: 'v90d39',
    class: 'person_training',
    probes: '建档立卡 woman asks whether she pays tuition: free training, no figure',
    periodEnd: true,
    turns: [
      { user: '我家是建档立卡户 我想学家政 出去给人当保姆 学费要自己掏吗', expect: { ...noFigure(['三(三)']), says: [/免费/] } },
    ],
  },
  {
    id: 'v90d40',
    class: 'person_training',
    probes: 'how much a 养老护理员 certificate brings (unfixed), then how many times a year (covered)',
    turns: [
      { user: '养老护理员的证考下来 政府给补多少钱啊', expect: unsettled },
      { user: '那一年里最多能补几回', expect: { cites: ['七(二)'], says: [THREE] } },
    ],
  },
  {
    id: 'v90d41',
    class: 'person_training',
    probes: 'a new national occupation (健康照护师): priority standard of 七(二), no figure',
    turns: [
      { user: '听说健康照护师是国家新出的职业 现在学这个 补贴按啥标准走', expect: { ...noFigure(['七(二)']), says: [/优先/] } },
    ],
  },
  {
    id: 'v90d42',
    class: 'person_training',
    probes: 'a 护理员 who won a city skills contest: award by 五(三), no figure',
    turns: [
      { user: '我们院里一个护理员 去年拿了市里养老护理职业技能大赛的二等奖 她个人有啥奖励没有', expect: noFigure(['五(三)']) },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v90d43',
    class: 'entrepreneurship',
    probes: 'a 月嫂 wishing to open her own studio: 创业培训, no figure',
    periodEnd: true,
    turns: [
      {
        user: '我干了八年月嫂了 攒了些老客户 想自己出来开个小的月嫂工作室 听说有创业培训 我这种能参加吗 要交钱不',
        expect: { ...noFigure(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v90d44',
    class: 'entrepreneurship',
    probes: 'a 家政 company open 3 years (≤ 5); then whether money comes with it (not settled) [two-part]',
    periodEnd: true,
    turns: [
      {
        user: '我那家政公司开了三年了 就十来个人 算小微企业吧 我这个老板能去上那个创业培训不',
        expect: { ...noFigure(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
      { user: '上完了给不给钱 有没有创业补贴 一回给多少', expect: unsettled },
    ],
  },
  {
    id: 'v90d45',
    class: 'entrepreneurship',
    probes: 'business open 8 years (> 5) is no ground; a new company planned is',
    periodEnd: true,
    turns: [
      {
        user: '我那个保洁公司都开了八年了 还能参加创业培训吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
      {
        user: '我打算另外再注册一个新公司 专门做居家养老上门服务',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v90d46',
    class: 'entrepreneurship',
    probes: 'adult\'s daughter at a 职业学院: students qualify for 创业培训',
    turns: [
      {
        user: '我闺女在职业学院读老年服务与管理专业 她说想参加创业培训 以后开个养老驿站 学生能参加吗',
        expect: { ...noFigure(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v90d47',
    class: 'entrepreneurship',
    probes: 'a 保姆 who wants a 家政 shop; then 创业贷款 (not in this plan)',
    periodEnd: true,
    turns: [
      {
        user: '俺五十了 做了十来年保姆 想在小区门口开个家政服务店 有没有那种教开店的培训',
        expect: { ...noFigure(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
      { user: '那创业贷款能贷多少 利息国家给贴不', expect: { oneOf: [decline, unsettled] } },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v90d48',
    class: 'equipment',
    probes: 'master studio equipment: fund source and acceptance asked, then 20 %',
    periodEnd: true,
    turns: [
      {
        user: '我们是做养老护理培训的公司 建了个技能大师工作室 买了一批模拟人 护理床这些实训设备 花了三十五万 能补多少',
        expect: askKit,
      },
      {
        user: '钱是从职工教育经费里出的 人社和财政已经来验收过了 合格',
        // min(20 % × 350 000 = 70 000, 100 000) = 70 000
        expect: kit(70000),
      },
    ],
  },
  {
    id: 'v90d49',
    class: 'equipment',
    probes: 'high-skill base equipment 300万: capped at 50万',
    periodEnd: true,
    turns: [
      {
        user: '我们是做养老照护培训的企业 建的市级高技能人才培训基地 今年用职工教育经费新买了三百万的实训设备 人社和财政都验收合格了 补助能拿多少',
        // min(20 % × 3 000 000 = 600 000, 500 000) = 500 000
        expect: kitNot(500000, 600000, /(?<![\d.])60\s*万/),
      },
    ],
  },
  {
    id: 'v90d50',
    class: 'equipment',
    probes: 'fund source "不清楚 得问问财务" stays open, then given',
    periodEnd: true,
    turns: [
      { user: '我们家政公司下面有个高技能人才培训基地 新买设备八十万 验收已经过了', expect: askKit },
      { user: '钱从哪个账上出的 我不清楚 得问问财务', expect: dunnoKit },
      {
        user: '财务说了 是职工教育经费列支的',
        // min(20 % × 800 000 = 160 000, 500 000) = 160 000
        expect: kit(160000),
      },
    ],
  },
  {
    id: 'v90d51',
    class: 'equipment',
    probes: 'master studio 60万: capped at 10万, not 12万',
    periodEnd: true,
    turns: [
      {
        user: '月嫂培训公司 金牌月嫂技能大师工作室 新添了六十万的设备 都是从职工教育经费里出的钱 验收也过了 这个能补多少',
        // min(20 % × 600 000 = 120 000, 100 000) = 100 000
        expect: kitNot(100000, 120000, /(?<![\d.])12\s*万/),
      },
    ],
  },
  {
    id: 'v90d52',
    class: 'equipment',
    probes: '还没验收: no subsidy yet; then who inspects [contact]',
    turns: [
      {
        user: '家政企业 建了个高技能人才培训基地 用职工教育经费买了三十万的设备 验收 还 没有 做 能先报吗',
        // would be 20 % × 300 000 = 60 000 once accepted
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['60000', /(?<![\d.])6\s*万/] },
      },
      { user: '验收得找哪个部门 我们在中原区', expect: { cites: ['四(一)'], says: [/人社|人力资源/, /财政/] } },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v90d53',
    class: 'education_fund',
    probes: 'payroll "大概" 500万, fund 30万; then front-line share under 60 %',
    turns: [
      {
        user: '我们家政公司去年工资总额大概五百万 职工教育经费提了三十万 这个税前能扣多少',
        // min(300 000, 8 % × 5 000 000 = 400 000) = 300 000
        expect: { oneOf: [deduct(300000), askFund] },
      },
      { user: '用在一线护理员身上的 大概一半吧', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
    ],
  },
  {
    id: 'v90d54',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: capped',
    turns: [
      {
        user: '养老院公司 工资薪金一年两百万 教育经费提了二十五万 都能税前扣掉吗',
        // min(250 000, 8 % × 2 000 000 = 160 000) = 160 000
        expect: deduct(160000, 250000),
      },
    ],
  },
  {
    id: 'v90d55',
    class: 'education_fund',
    probes: 'payroll missing, then "我不知道 会计请假了", then given',
    turns: [
      { user: '我们是做月嫂培训和派遣的公司 今年职工教育经费提了十二万 能不能全部税前扣除', expect: { ...askFund, asks: true } },
      { user: '工资总额我不知道 会计请假了 下礼拜才回来', expect: askFund },
      {
        user: '会计回来了 工资薪金总额一百二十万',
        // min(120 000, 8 % × 1 200 000 = 96 000) = 96 000
        expect: deduct(96000, 120000),
      },
    ],
  },
  {
    id: 'v90d56',
    class: 'education_fund',
    probes: '师带徒 allowance from the education fund: 六(二), no figure',
    turns: [
      { user: '职工教育经费能不能拿出来一部分 给带徒弟的老护理员发点津贴', expect: { cites: ['六(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v90d57',
    class: 'education_fund',
    probes: 'the deduction is not cash paid out; "啥时候到账" [two-part]',
    turns: [
      {
        user: '家政公司 去年工资薪金总额三百万 教育经费提了二十万',
        // min(200 000, 8 % × 3 000 000 = 240 000) = 200 000
        expect: deduct(200000),
      },
      { user: '那这二十万是政府打给我们吗 啥时候到账', expect: { says: [/税前/] } },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v90d58',
    class: 'apprenticeship',
    probes: 'per-apprentice amount: the plan fixes none',
    turns: [
      { user: '我们家政公司想搞那个企业新型学徒 一个学徒一年补多少钱', expect: { ...noFigure(['四(一)']), says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v90d59',
    class: 'apprenticeship',
    probes: 'ten apprentices; then a rumoured 2000 per head is not confirmed',
    turns: [
      { user: '我们养老院公司今年跟职业学院合作带了十个新型学徒 能补多少钱', expect: noFigure(['四(一)']) },
      { user: '别人说一个人补两千 是真的不', expect: unsettled },
    ],
  },
  {
    id: 'v90d60',
    class: 'apprenticeship',
    probes: 'three-year apprentice target of 四(一)',
    turns: [{ user: '新型学徒这个事 全市三年要培养多少个人', expect: { cites: ['四(一)'], says: [/2\s*万|两万|20000/] } }],
  },
  {
    id: 'v90d61',
    class: 'apprenticeship',
    probes: '现代学徒制 with a health school; then per head or per year (not settled)',
    turns: [
      { user: '养老院想跟卫生职业学院搞现代学徒制 方案里支持不支持', expect: { cites: ['四(一)'], noAmount: 'unfixed' } },
      { user: '补贴是按人头给还是按年给 要是没写你就直说', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v90d62',
    class: 'period',
    probes: '"现在还能申请吗": the plan ended 2021-12-31',
    turns: [
      { user: '现在 还能申请以工代训补贴吗 我们家政公司今年刚招了几个贫困户', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
      { user: '那就是说 现在招人一分钱都领不着了呗', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v90d63',
    class: 'period',
    probes: 'a 2020 hire answered for 2020; then whether it can still be claimed now [dated]',
    periodEnd: true,
    turns: [
      {
        user: '2020年的时候 我们养老公司招了两个建档立卡的 干了十个月 以工带训六个月 岗前补贴没领过 那时候能领多少',
        // 2 × 200 × 6 = 2400
        expect: pay(2400),
      },
      { user: '那现在都2026年了 这钱还能补着申请不', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v90d64',
    class: 'period',
    probes: 'until when the plan runs, asked by a 护理站 planning next year',
    periodEnd: true,
    turns: [{ user: '你们这个政策到哪年为止啊 我们护理站想明年申请', expect: { mentionsPeriodEnd: true, says: [/2021/] } }],
  },
  {
    id: 'v90d65',
    class: 'period',
    probes: 'a certificate taken in Nov 2021 (in force then); then a higher level now [dated]',
    periodEnd: true,
    turns: [
      { user: '我妈2021年11月在郑州考的养老护理员证 户口在郑州 没退休金 那年就这一次 那时候这个政策还管用吗', expect: trainOpen },
      { user: '那她现在再去考个高一级的 还有补贴没', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v90d66',
    class: 'period',
    probes: 'project training in June 2021: 50 % in advance; then when the rest comes (not settled) [dated]',
    turns: [
      {
        user: '我们培训学校2021年6月接了个养老护理员的项目制培训 培训补贴总共十二万 能先拿到多少',
        // 50 % × 120 000 = 60 000
        expect: { amount: { rule: 'project_training_advance', yuan: 60000 }, cites: ['六(一)'] },
      },
      { user: '剩下的那一半啥时候给 大概多久能到账', expect: unsettled },
    ],
  },
];
