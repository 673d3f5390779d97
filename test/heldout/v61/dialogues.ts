/**
 * HELD-OUT dialogues, set v61 — written blind from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, or other sets beyond the format lines of v15. Not to be tuned on: no word
 * of these messages goes into a glossary, pattern or fixture. Once a dialogue has been fixed by a
 * targeted change it measures nothing any more; write a new one instead.
 *
 * Who types here: people who dictate long rambling voice messages (语音转文字) full of filler
 * (那个、就是、然后、对吧、你知道吧、嗯), the facts buried in stories — migrant workers back home
 * starting a business (返乡创业), relatives of disabled people, middle-aged 下岗 workers, small
 * workshop owners and village cadres asking for the whole village. Numbers come as words
 * (两三个, 七八个月, 一年多点), negations and corrections sit inside the story, and the question
 * comes at the end.
 *
 * Issue 10: nothing is inferred from silence. A fact an amount depends on (岗前培训补贴 claimed or
 * not, the kind of unit, 社保 where the rule needs it, months employed for poor labour, fund source
 * and acceptance of equipment, payroll and fund drawn) must be asked, so an amount is expected
 * only once every such fact has been said.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业、合作社、扶贫车间、培训机构; not a 职业院校);
 *   就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise; 退役军人 are no group
 *   for it; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, entrepreneurship training, family
 *   aid: the plan fixes no amount.
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
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V61: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v61d01',
    class: 'one_group',
    probes: 'a returned migrant’s clothing company, insured, three disabled hires, four months, no 岗前 subsidy, buried in a story',
    periodEnd: true,
    turns: [
      {
        user: '嗯 那个 我是前些年在东莞打工的 后来就是 想着家里老人没人管 就回来了 在俺们镇上弄了个小服装厂 正经注册的有限公司 然后社保呢 工人的社保都给交着的 对吧 然后那个 2021年开春 招了三个残疾人 一个腿脚不太利索 俩是耳朵听不见的 就是让老师傅带着 边干边学 以工代训搞了四个月 那个岗前培训补贴啥的 我们压根没申请过 一分没领 你就跟我说说 这种能给多少钱',
        expect: pay(2400),
      },
    ],
  },
  {
    id: 'v61d02',
    class: 'one_group',
    probes: '扶贫车间 with five poor workers employed seven or eight months; the 岗前 subsidy is asked first, then the amount',
    periodEnd: true,
    turns: [
      {
        user: '喂 你好 嗯 我是村里扶贫车间的 就是那个 做手套加工的 然后我们车间里有五个建档立卡的贫困户 在这干了得有七八个月了吧 然后一边干一边教 以工代训是六个月 这个 你知道吧 听说有补贴 那个补贴是咋算的',
        expect: askOJT,
      },
      {
        user: '岗前那个 嗯 没领过 从来也没人跟我们说过有那个',
        expect: pay(6000),
      },
    ],
  },
  {
    id: 'v61d03',
    class: 'one_group',
    probes: 'a village cadre’s cooperative hires poor labour without saying how long; months employed must be asked, then 4 × 200 × 5',
    periodEnd: true,
    turns: [
      {
        user: '那个 我是村支书啊 就是我们村有个种香菇的农民专业合作社 然后合作社里头 收了四个贫困户 就是建档立卡的那种 让他们跟着技术员学 以工代训 嗯 到底干了多久我还得问问 反正是今年开春过来的 你先给我说说 这个能申请啥补贴不',
        expect: askOJT,
      },
      {
        user: '问了 那四个人 都干了八个多月了 以工代训是五个月 然后岗前那个补贴 没领',
        expect: pay(4000),
      },
    ],
  },
  {
    id: 'v61d04',
    class: 'one_group',
    probes: 'a 职业院校 that employs poor labour is no production entity: no 以工代训 amount',
    turns: [
      {
        user: '嗯 是这样 我在县里一个职业中专 管后勤的 然后我们学校食堂 招了俩贫困户 建档立卡的 干了一年了 就是学校这边 让大师傅带着学做饭 以工代训六个月 岗前的没领 那个 学校这种 能不能按那个每人每月两百的给补',
        expect: notYes(2400),
      },
    ],
  },
  {
    id: 'v61d05',
    class: 'one_group',
    probes: 'a training institution counts as a production entity for poor labour: 2 × 200 × 3',
    periodEnd: true,
    turns: [
      {
        user: '你好 那个 我们是一家培训机构啊 做电商直播培训的 然后就是 去年 不是 2020年的时候 招了两个建档立卡贫困户 到我们这上班 干了九个月 然后那个以工代训 就是带着干了三个月 岗前培训补贴 这个我们没领 像我们这种机构 以工代训能补多少',
        expect: pay(1200),
      },
    ],
  },
  {
    id: 'v61d06',
    class: 'one_group',
    probes: 'project-based training of a training institution: 50 % of a 120 000 subsidy in advance',
    turns: [
      {
        user: '嗯 我们是个民办的培训学校 然后今年 呃 就是那一年 接了人社的一个项目制培训 叫啥来着 给返乡的农民工培训那种 然后整个项目的培训补贴 算下来是十二万 那个 我听说项目制的能先拨一部分钱 先拨多少啊',
        expect: { amount: { rule: 'project_training_advance', yuan: 60000 } },
      },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v61d07',
    class: 'several_groups',
    probes: 'poor labour (3 months) and disabled hires (5 months) in one insured company keep their own months',
    periodEnd: true,
    turns: [
      {
        user: '那个 我跟你说啊 我在老家开了个小五金厂 是公司 社保都交着 然后我招的人呢 有两个是建档立卡贫困户 在我这干了一年多点了 以工代训带了三个月 然后还有三个残疾人 以工代训搞了五个月 就是 这几个人岗前培训的补贴 都没领过 嗯 一共能补多少啊',
        expect: payNot(4200, 5000),
      },
    ],
  },
  {
    id: 'v61d08',
    class: 'several_groups',
    probes: 'a cooperative: poor labour qualifies, 就业困难 hires do not (not an insured enterprise)',
    periodEnd: true,
    turns: [
      {
        user: '嗯 我们是个养鸡的合作社 农民专业合作社 然后 就是 今年用了四个贫困户 干了八个月了 以工代训六个月 然后还有两个就业困难人员 人社认定过的 以工代训四个月 岗前培训补贴 都没拿过 然后我想问 这两拨人 合一块能领多少',
        expect: payNot(4800, 6400, 7200),
      },
    ],
  },
  {
    id: 'v61d09',
    class: 'several_groups',
    probes: 'poor labour employed five months does not count; 零就业 months asked, then only that row is paid',
    periodEnd: true,
    turns: [
      {
        user: '就是 那个 我厂子是个公司 社保交着 然后招了三个贫困户 不过说实话 干了也就五个月 以工代训是三个月 还有俩是零就业家庭的 就是家里一个上班的都没有那种 也在以工代训 岗前补贴 我们都没领 你帮我算算',
        expect: askOJT,
      },
      {
        user: '零就业那俩 带了六个月',
        expect: payNot(2400, 4200),
      },
    ],
  },
  {
    id: 'v61d10',
    class: 'several_groups',
    probes: 'a village 扶贫车间 with poor labour and disabled hires: only the poor rows count; asked why the disabled do not',
    periodEnd: true,
    turns: [
      {
        user: '嗯 那个 我是村委会的 替全村问一下啊 就是我们村的扶贫车间 做藤编的 用了六个贫困户 都干了一年了 然后还有两个残疾人 两拨人以工代训都是四个月 嗯 你看看能申请多少补贴',
        expect: askOJT,
      },
      {
        user: '岗前那个 这八个人 都没领',
        expect: payNot(4800, 6400),
      },
      {
        user: '那那俩残疾人 咋就不算呢 人家也是困难户啊',
        expect: { cites: ['六(一)'], mustNotContain: ['6400'] },
      },
    ],
  },
  {
    id: 'v61d11',
    class: 'several_groups',
    probes: 'disabled, 就业困难 and veteran hires in one insured company: veterans are no group for 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '你好 我们是个做门窗的小公司 社保都交着呢 然后今年招了一个残疾人 以工代训六个月 两个下岗的四零五零人员 人社那边认定的就业困难人员 以工代训俩月 然后还有三个退伍军人 以工代训也是六个月 岗前培训补贴这些人都没领 那个 总共能补多少',
        expect: payNot(2000, 5600),
      },
      {
        user: '退伍的那仨 真就一分没有啊',
        expect: { cites: ['六(一)'], mustNotContain: ['5600'] },
      },
    ],
  },
  {
    id: 'v61d12',
    class: 'several_groups',
    probes: 'disabled hires count, 就业困难 hires with the 岗前 subsidy already claimed do not',
    periodEnd: true,
    turns: [
      {
        user: '嗯 那个 我开了个包装厂 公司性质的 社保一直在交 然后有两个残疾人 以工代训四个月 岗前的补贴没领 然后另外有三个就业困难人员 以工代训两个月 不过这三个人呢 岗前培训补贴 当时已经给申请了 领过了 嗯 这样算能拿多少',
        expect: payNot(1600, 2800),
      },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v61d13',
    class: 'negation_after_noun',
    probes: '社保 … 没交, with a long story between the noun and the negation',
    turns: [
      {
        user: '就是 我那个厂子 是个公司 然后招了两个残疾人 以工代训搞了五个月 岗前的没领 然后社保这个事吧 说起来也丢人 前两年疫情厂子亏了 一直到现在 那个 都还是 没给他们交 你说 这种还能领那个以工代训补贴不',
        expect: notYes(2000),
      },
    ],
  },
  {
    id: 'v61d14',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 … 压根没去申请 read as not claimed',
    periodEnd: true,
    turns: [
      {
        user: '那个 我们是做食品的公司 社保都交着 招了三个就业困难人员 以工代训三个月 然后岗前培训的那个补贴 我专门问了我们会计小王 她说 咱们厂 那个 就是 压根就没去申请过 嗯 那以工代训这块 能补多少钱',
        expect: pay(1800),
      },
    ],
  },
  {
    id: 'v61d15',
    class: 'negation_after_noun',
    probes: 'a laid-off worker’s certificate: 考了两回 … 都没拿到 — no certificate',
    turns: [
      {
        user: '嗯 我是原来纺织厂下岗的 今年四十七了 然后去年在郑州 我就住在郑州 报了个电工培训 那个学校说是正规的 然后证书那个呢 考了两回 都没过 到现在也 没拿到手 你说这个培训补贴 我能领不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v61d16',
    class: 'negation_after_noun',
    probes: 'pension: 退休那个钱 … 没有资格领 — no monthly pension, so no 不符合 on that ground',
    turns: [
      {
        user: '我问一下啊 我妈 她今年五十二 以前是厂里的 后来下岗了 然后她那个 退休那个钱 就是养老金 她社保断过好几年 到现在 也还 没有资格领 然后她想去学个育婴师 就在家门口学 这个能不能享受培训补贴',
        expect: { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v61d17',
    class: 'negation_after_noun',
    probes: 'poor labour employed 不到半年: the six-month condition fails',
    turns: [
      {
        user: '那个 是这样 我在村里开了个小加工厂 是公司 招了三个贫困户 以工代训带了四个月 岗前的没领 就是他们干了多久呢 算下来 从来的那天到现在 嗯 也就五个月 不到半年 这个能申请以工代训补贴吗',
        expect: notYes(2400),
      },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v61d18',
    class: 'unknown_reply',
    probes: '不知道/不清楚 about 社保 and 岗前 leaves both open, then the answer settles the amount',
    periodEnd: true,
    turns: [
      {
        user: '嗯 我表哥在老家开了个小公司 做木工的 我替他问问啊 他那招了两个残疾人 以工代训四个月 这个能补多少',
        expect: askOJT,
      },
      {
        user: '社保交没交 这个我真不知道 账都是我表哥管 岗前那个 我也不清楚',
        expect: dunnoOJT,
      },
      {
        user: '我打电话问了 他说社保一直交着呢 岗前补贴也没领过',
        expect: pay(1600),
      },
    ],
  },
  {
    id: 'v61d19',
    class: 'unknown_reply',
    probes: 'equipment of a master studio with the fund source unknown, then 20 % × 320 000',
    turns: [
      {
        user: '那个 我们厂里弄了个技能大师工作室 就是我师傅那个 然后新买了一批实训设备 花了三十二万 然后这个钱从哪出的 我不清楚啊 会计那边的事 验收好像是验过了 这能补多少',
        expect: { oneOf: [askKit, dunnoKit] },
      },
      {
        user: '问了会计了 是从职工教育经费里出的 人社跟财政也来验过了 合格',
        expect: kit(64000),
      },
    ],
  },
  {
    id: 'v61d20',
    class: 'unknown_reply',
    probes: 'whether the training school is in the system is unknown: no verdict on the training subsidy',
    turns: [
      {
        user: '嗯 我是下岗职工啊 今年四十五 就在户口那个区 报了个叉车司机的培训 证书也拿到了 今年头一回 以前也没学过这个 也没退休金 然后那个培训学校 在不在那个系统里 我哪知道啊 反正人家收了钱 那我这能补吗',
        expect: { undecided: 'vocational_training', noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v61d21',
    class: 'unknown_reply',
    probes: 'a repair shop owner who cannot say how long it has been open, then says under three years',
    turns: [
      {
        user: '那个 我小叔子 他前几年从上海回来 在镇上开了个修车铺 然后开了几年了 我也说不上来 他就让我问问 那个创业培训 他能参加不',
        expect: { undecided: 'entrepreneurship_training', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
      {
        user: '他说 开了也就 三年不到',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v61d22',
    class: 'unknown_reply',
    probes: 'the payroll is unknown at first: no deduction figure, then min(100 000, 8 % × 1 000 000)',
    turns: [
      {
        user: '嗯 我们厂今年提了十万块钱的职工教育经费 然后工资总额多少 我还真说不清 得问会计 那这个税前扣除能扣多少',
        expect: askFund,
      },
      {
        user: '会计说 工资薪金总额 一年是一百万整',
        expect: deduct(80000, 100000),
      },
    ],
  },
  {
    id: 'v61d23',
    class: 'unknown_reply',
    probes: 'poor labour months employed forgotten (不到一年 settles nothing): no figure',
    turns: [
      {
        user: '就是 我们合作社 用了三个贫困户 以工代训五个月 岗前的没领 然后你问干了多久 我还真忘了 反正 不到一年吧 能不能补',
        expect: { oneOf: [askOJT, dunnoOJT] },
      },
      {
        user: '这个真记不清了 账本也找不着了',
        expect: dunnoOJT,
      },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v61d24',
    class: 'correction',
    probes: 'three disabled hires corrected to two: 2400, not 3600',
    periodEnd: true,
    turns: [
      {
        user: '嗯 我是开电子厂的 公司 社保交着 然后有三个残疾人 以工代训六个月 岗前补贴没领 能补多少',
        expect: pay(3600),
      },
      {
        user: '哎不对不对 说错了 是两个残疾人 另外那个是他媳妇 人家不是残疾人 就是普通工人',
        expect: payNot(2400, 3600),
      },
    ],
  },
  {
    id: 'v61d25',
    class: 'correction',
    probes: 'months of 以工代训 corrected from five to eight: capped at six, 3600 not 4800',
    periodEnd: true,
    turns: [
      {
        user: '那个 我是扶贫车间的 有三个贫困户干了一年了 以工代训是五个月 岗前的没领过 就是 补多少啊',
        expect: pay(3000),
      },
      {
        user: '不对 我说错了 以工代训是八个月 从年初一直带到八月份',
        expect: payNot(3600, 4800),
      },
    ],
  },
  {
    id: 'v61d26',
    class: 'correction',
    probes: '社保 said to be paid, then corrected: no longer eligible, no figure',
    periodEnd: true,
    turns: [
      {
        user: '你好啊 我们家那个小公司 社保交着的 然后招了两个就业困难人员 以工代训三个月 岗前的没领 这个能给多少',
        expect: pay(1200),
      },
      {
        user: '哎呀 说错了 社保其实没交 交社保的是我哥那个厂 我给记混了',
        expect: notYes(1200),
      },
    ],
  },
  {
    id: 'v61d27',
    class: 'correction',
    probes: 'a monthly pension said, then corrected to 低保: not excluded by the pension condition',
    turns: [
      {
        user: '嗯 我爸他今年五十六了 领着退休金呢 哦不是 他领的那个是低保 不是退休金 他没有养老金 然后他想学个保安 在咱们县城学 这个能补贴不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v61d28',
    class: 'correction',
    probes: 'a high-skill base corrected to a master studio: 100 000 cap, not 400 000',
    turns: [
      {
        user: '就是 我们公司用职工教育经费 给高技能人才培训基地买了设备 两百万 人社财政都验收合格了 那个 能补多少',
        expect: kit(400000),
      },
      {
        user: '哦不对 不是基地 是技能大师工作室 我给说错了',
        expect: kitNot(100000, 400000),
      },
    ],
  },
  {
    id: 'v61d29',
    class: 'correction',
    probes: 'business age corrected from six years to six months: entrepreneurship training eligible',
    turns: [
      {
        user: '我媳妇她 回老家开了个奶茶店 开了六年 然后她想参加那个创业培训',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
      {
        user: '不对 说错了 是六个月 不是六年 刚开半年',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v61d30',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, a veteran brother’s free training question must not carry the amount over',
    periodEnd: true,
    turns: [
      {
        user: '嗯 我开了个物流公司 社保都交着 招了一个零就业家庭的小伙子 以工代训六个月 岗前那个没领 能补多少钱',
        expect: pay(1200),
      },
      {
        user: '对了 还有个事 我弟弟是退伍的 他想学个电工 有没有那种免费的培训啥的',
        expect: { noAmount: 'unfixed', mustNotContain: ['1200'], cites: ['三(二)', '六(一)', '七(二)'] },
      },
    ],
  },
  {
    id: 'v61d31',
    class: 'topic_switch',
    probes: 'after an equipment amount, a poor family’s child at a 技工学校',
    turns: [
      {
        user: '那个 我们厂的高技能人才培训基地 用职工教育经费 新买了五十万的设备 验收也过了 补多少',
        expect: kit(100000),
      },
      {
        user: '还有啊 我闺女在技工学校上学 咱家是建档立卡户 她的学费能免不',
        expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'], mustNotContain: ['100000', /10\s*万/] },
      },
    ],
  },
  {
    id: 'v61d32',
    class: 'topic_switch',
    probes: 'a village cadre switches from new-type farmers to disabled villagers',
    turns: [
      {
        user: '嗯 我是村主任 就是想问 我们村种大棚的多 那个 高素质农民 有啥培训没 去哪学',
        expect: { cites: ['三(七)'] },
      },
      {
        user: '另外 村里有七八个残疾人 也想学个手艺 有没有门路',
        expect: { cites: ['三(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v61d33',
    class: 'topic_switch',
    probes: 'after the education-fund deduction, a prize at a skills competition',
    turns: [
      {
        user: '那个 我们厂工资薪金总额一年两百万 提了十万职工教育经费 能税前扣多少',
        expect: deduct(100000),
      },
      {
        user: '换个事啊 我徒弟前阵子在市里的职业技能竞赛拿了个二等奖 有奖励没',
        expect: { cites: ['五(三)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v61d34',
    class: 'topic_switch',
    probes: 'after entrepreneurship training, a living allowance question the plan does not settle',
    turns: [
      {
        user: '嗯 我在深圳干了十来年 今年回来了 想在村里搞个养羊的 还没开始弄 就是想先学学 那个创业培训我能参加不',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
      {
        user: '再问一嘴 培训那段时间 没收入啊 有没有生活费补贴 一天给多少',
        expect: unsettled,
      },
    ],
  },
  {
    id: 'v61d35',
    class: 'topic_switch',
    probes: 'from 巧媳妇 to a son who left school after junior high (两后生)',
    turns: [
      {
        user: '那个 我听村里人说有个巧媳妇工程 就是在家做手工的那种 是培训啥的',
        expect: { cites: ['三(二)'] },
      },
      {
        user: '嗯 那我儿子 今年初中毕业 不想上学了 他能学点啥',
        expect: { cites: ['三(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v61d36',
    class: 'person_training',
    probes: 'a laid-off worker with every condition said: eligible, amount set elsewhere',
    periodEnd: true,
    turns: [
      {
        user: '嗯 我是原来机械厂下岗的 四十九了 然后呢 在我户口那个区 报了个焊工初级 学完证书拿到了 今年头一回领补贴 以前没学过焊工 我也没有退休金 那个学校说是在省里那个系统里登记的 那我这个能补不',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v61d37',
    class: 'person_training',
    probes: 'three subsidies already this year: a fourth is not allowed',
    turns: [
      {
        user: '我跟你说 我今年挺能学的 嗯 那个 在郑州住 今年已经领过三回培训补贴了 就是面点 中式烹调 还有个家政 然后这回又学了个育婴员 证也拿了 还能补不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v61d38',
    class: 'person_training',
    probes: 'the same occupation and level was subsidised before',
    turns: [
      {
        user: '嗯 就是 我前年在这学了个中式烹调师四级 补贴领了 然后今年 又报了一回 还是中式烹调师四级 就想再练练手 证又拿了一个 这回还能补吗',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v61d39',
    class: 'person_training',
    probes: 'a disabled sister: the conditions are asked, then the certificate condition explained',
    turns: [
      {
        user: '你好 我妹妹是残疾人 小时候发烧烧坏了一条腿 然后她想学个手工编织 就在咱县里学 那个 能给补贴不',
        expect: { asks: true, notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
      {
        user: '证书 还没考呢 是不是考了才有',
        expect: { cites: ['七(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v61d40',
    class: 'person_training',
    probes: 'training taken in a place that is neither household, residence nor job-seeking place',
    turns: [
      {
        user: '那个 我户口在中牟 人住在金水区 也在金水上班 然后我跑到外省我姑家那边 学了个美容 证也拿了 回来能在郑州领补贴不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v61d41',
    class: 'entrepreneurship',
    probes: 'a returned migrant’s 农家乐 open a little over a year',
    turns: [
      {
        user: '嗯 俺是从北京回来的 在那边干装修干了十几年 然后回来 在村里开了个农家乐 开了一年多点 就是想学学咋经营 咋做品牌 你们那个创业培训 俺能去不',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v61d42',
    class: 'entrepreneurship',
    probes: 'a shop open seven or eight years with no wish to start anything new',
    turns: [
      {
        user: '我那个小超市 开了七八年了 然后也没想再干别的 就这么干着 就是听说有个创业培训 我这种 能去不',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v61d43',
    class: 'entrepreneurship',
    probes: 'eligible as someone who wishes to start; the per-person payment is not fixed by the plan',
    turns: [
      {
        user: '那个 我下岗好几年了 一直打零工 现在想自己开个早点摊 还没开 想先学学 那个创业培训我能参加吗',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
      {
        user: '那 培训给不给钱 一个人补多少',
        expect: noFigure(['三(八)']),
      },
    ],
  },
  {
    id: 'v61d44',
    class: 'entrepreneurship',
    probes: 'a small business open more than five years, no new plans',
    turns: [
      {
        user: '嗯 我那个小印刷厂 开了五年多 快六年了 就是小微企业 也没啥别的打算 那个开业五年以内才能参加创业培训是吧 我这算不算',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v61d45',
    class: 'entrepreneurship',
    probes: 'a 技工院校 student: creative-mind training open to students',
    turns: [
      {
        user: '我儿子在技师学院上学 就是技工院校 他说学校有个创业意识培训 嗯 他能参加不 要钱不',
        expect: { cites: ['三(八)'], noAmount: 'unfixed' },
      },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v61d46',
    class: 'equipment',
    probes: 'a high-skill base with 3 000 000 of equipment: capped at 500 000',
    turns: [
      {
        user: '嗯 我们是个机械公司 搞了个高技能人才培训基地 然后从职工教育经费里 买了三百万的实训设备 人社和财政那边 验收也合格了 那个一次性补助 能给多少',
        expect: kitNot(500000, 600000),
      },
    ],
  },
  {
    id: 'v61d47',
    class: 'equipment',
    probes: 'two purchases for one master studio add up before the 100 000 cap',
    turns: [
      {
        user: '我们那个技能大师工作室啊 先后买了两回设备 头一回三十万 第二回四十万 都是职工教育经费出的 都验收合格了 能补多少钱',
        expect: kitNot(100000, 140000),
      },
    ],
  },
  {
    id: 'v61d48',
    class: 'equipment',
    probes: 'equipment bought with a bank loan, not the education fund',
    turns: [
      {
        user: '就是 我们厂弄了个技能大师工作室 然后设备呢 是找银行贷款买的 嗯 不是职工教育经费 花了六十万 验收也过了 能补那个百分之二十不',
        expect: noKit(120000, /12\s*万/),
      },
    ],
  },
  {
    id: 'v61d49',
    class: 'equipment',
    probes: 'equipment not yet accepted: no figure',
    turns: [
      {
        user: '那个 我们的高技能人才培训基地 用职工教育经费 买了八十万的设备 然后验收 还没弄呢 人社财政那边还没来 这个能补多少',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, noAmount: 'open', mustNotContain: ['160000', /16\s*万/] },
      },
    ],
  },
  {
    id: 'v61d50',
    class: 'equipment',
    probes: 'a base with 1 500 000 of equipment: 20 % = 300 000, under the cap',
    turns: [
      {
        user: '嗯 我们厂高技能人才培训基地 新置办的实训设备 一百五十万 钱是从职工教育经费走的 验收合格 那个 补多少',
        expect: kit(300000),
      },
    ],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v61d51',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: 240 000 deductible, not 300 000',
    turns: [
      {
        user: '那个 我们公司一年工资薪金总额三百万 然后今年职工教育经费提了三十万 这个税前能扣多少',
        expect: deduct(240000, 300000),
      },
    ],
  },
  {
    id: 'v61d52',
    class: 'education_fund',
    probes: 'fund below 8 % of payroll: the whole 80 000',
    turns: [
      {
        user: '嗯 我小作坊改成公司了 工资总额一年一百五十万 职工教育经费提了八万 能在税前扣吗 扣多少',
        expect: deduct(80000, 120000),
      },
    ],
  },
  {
    id: 'v61d53',
    class: 'education_fund',
    probes: 'the fund drawn is unknown: no figure',
    turns: [
      {
        user: '就是 我们工资薪金总额 一年大概四百万整 然后职工教育经费提了多少 这个我不清楚 你先说税前能扣多少',
        expect: askFund,
      },
    ],
  },
  {
    id: 'v61d54',
    class: 'education_fund',
    probes: 'front-line share of one half is under the 60 % the plan asks for',
    turns: [
      {
        user: '那个 我们公司工资薪金总额五百万 提了二十万职工教育经费 能扣多少',
        expect: deduct(200000, 400000),
      },
      {
        user: '然后这二十万里头 一线工人培训用了一半 管理层培训用了一半 这样行不行',
        expect: { says: [/60\s*%|百分之六十/], cites: ['六(二)'] },
      },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v61d55',
    class: 'apprenticeship',
    probes: 'apprentices: the plan fixes no amount',
    turns: [
      {
        user: '嗯 我开了个汽修厂 带了七八个学徒 就是那个企业新型学徒制 听说有补贴 一个学徒补多少钱',
        expect: noFigure(['四(一)']),
      },
    ],
  },
  {
    id: 'v61d56',
    class: 'apprenticeship',
    probes: 'apprentices, then 师带徒 allowance from the education fund',
    turns: [
      {
        user: '那个 我们厂今年搞了新型学徒 带了五个 有啥政策',
        expect: noFigure(['四(一)']),
      },
      {
        user: '那师傅带徒弟的津贴 能从职工教育经费里出不',
        expect: { cites: ['六(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v61d57',
    class: 'apprenticeship',
    probes: 'a village workshop’s apprentices: no amount, no 以工代训 figure borrowed',
    turns: [
      {
        user: '我在村里弄了个木雕作坊 公司注册了 收了两三个学徒 都是村里的年轻人 不是贫困户 就是正常的学徒 嗯 这种学徒制有补贴没 一个月多少',
        expect: { noAmount: 'unfixed', cites: ['四(一)'], mustNotContain: [/每人每月\s*200/] },
      },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v61d58',
    class: 'period',
    probes: 'can 以工代训 still be claimed today',
    turns: [
      {
        user: '嗯 我就想问一下 那个以工代训补贴 现在还能申请不 我们厂最近刚招了几个人',
        expect: { ...ended, cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v61d59',
    class: 'period',
    probes: 'a dated 2020 case with complete facts, and whether it can still be claimed now',
    periodEnd: true,
    turns: [
      {
        user: '那个 2020年的时候 我公司社保交着 招了俩残疾人 以工代训三个月 岗前没领 当时按那个方案能拿多少',
        expect: pay(1200),
      },
      {
        user: '那现在再去补申请 还来得及不',
        expect: ended,
      },
    ],
  },
  {
    id: 'v61d60',
    class: 'period',
    probes: 'a village cadre planning next year’s training under the plan',
    turns: [
      {
        user: '嗯 我是村里的会计 村里想明年组织一批人 去学那个家政 养老护理 就是按这个技能提升行动的方案 现在这方案 还管用不',
        expect: ended,
      },
    ],
  },
  {
    id: 'v61d61',
    class: 'period',
    probes: 'when the plan runs to, then whether applying now works',
    turns: [
      {
        user: '这个技能提升行动 是到啥时候为止的',
        expect: ended,
      },
      {
        user: '那我今年去报个电工 还按这个给补不',
        expect: { ...ended, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v61d62',
    class: 'period',
    probes: 'a question dated December 2021: within the period',
    turns: [
      {
        user: '我是2021年11月份拿的焊工证 在郑州住 在郑州学的 当时那个方案还在执行期里吧',
        expect: { ...ended, mustNotContain: [/不在(实施|执行)期/] },
      },
    ],
  },
];
