/**
 * HELD-OUT dialogues, set v16 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. It was
 * written blind: only the format of v15 (its header and first lines) was looked at; no message
 * is reused or paraphrased from sets v1–v15. Not to be tuned on: no word of these messages goes
 * into a glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it
 * measures nothing any more; write a new one instead.
 *
 * Who types here: mostly employers and their staff — a logistics firm's dispatcher relaying the
 * boss (物流), a hotel's HR (酒店人事), a dairy-farm owner (牛场 / 牧业公司), a garment workshop's
 * boss (服装加工 / 扶贫车间), the head of a private kindergarten (民办幼儿园), a rural e-commerce
 * cooperative's manager (电商合作社), a construction labour subcontractor (劳务分包) and a hospital
 * cafeteria contractor (医院食堂外包) — and a few workers: a migrant worker back home (返乡), a
 * veteran (退伍) and a laid-off woman over 40. WeChat on a phone: short, dialect (俺 / 咋 / 木有 /
 * 中 / 弄啥), homophones (以工带训, 社宝, 岗钱), odd spacing, 全角 and Chinese numerals (俩 / 仨 /
 * 半年 / 十二), traditional characters now and then, run-ons, bare replies.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (the kind of unit,
 * insurance where the group needs an insured enterprise, each group's count and 以工代训 months,
 * months employed for poor labour, whether the 岗前培训补贴 was already claimed, the equipment's
 * value / fund source / acceptance, payroll and fund drawn) must be asked, so an amount is
 * expected only once every such fact has been said; "不知道" leaves the fact open.
 *
 * Amounts, computed by hand from the contract and checked twice against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业, 合作社, 扶贫车间 …; not a 职业院校);
 *   就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise (a cooperative is not one);
 *   退役军人 and ordinary migrant workers are no group; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted; splitting one site's purchase never raises its cap.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** One group settled, another still open: ask on, no 不符合, not the bled figure. */
const askNext = (wrong: number): TurnExpect => ({ asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
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
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** A person's own training: no figure, not refused on open facts. */
const ownTraining = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites, notVerdict: { rule: 'vocational_training', status: 'ineligible' } });

export const DIALOGUES_V16: Dialogue[] = [
  // ---------------------------------------------------------------- one group
  {
    id: 'v16d01',
    class: 'one_group',
    probes: 'months employed (7) must not be read as 以工代训 months; the capped 7-month figure must not appear',
    periodEnd: true,
    turns: [
      { user: '老板叫我问下 俺们物流公司 招了几个建档立卡的 以工带训能补多少钱', expect: askOJT },
      { user: '4个人  在这干了7个月了', expect: askOJT },
      { user: '以工代训弄了五个月 岗前培训补贴没申请过', expect: payNot(4000, 4800, 5600) },
    ],
  },
  {
    id: 'v16d02',
    class: 'one_group',
    probes: 'a 扶贫车间 hiring poor labour, full 6 months, 岗前 negated with 木有',
    periodEnd: true,
    turns: [
      { user: '俺这是扶贫车间 做服装加工的 收了6个贫困户 都干了八个多月', expect: askOJT },
      { user: '以工代训 整整六个月  岗前那个补贴 木有领', expect: pay(7200) },
    ],
  },
  {
    id: 'v16d03',
    class: 'one_group',
    probes: 'a 养殖场 whose kind is unknown until it says it is a company; two poor hires, 3 months',
    periodEnd: true,
    turns: [
      { user: '养牛场 招了俩建档立卡贫困户 有那个以工代训补贴不', expect: askOJT },
      { user: '俺们是注册的牧业有限公司', expect: askOJT },
      { user: '俩人都干一年多了 以工代训带了3个月 岗前补贴没领过', expect: pay(1200) },
    ],
  },
  {
    id: 'v16d04',
    class: 'one_group',
    probes: 'employment-difficulty hires need insurance said before a figure',
    periodEnd: true,
    turns: [
      { user: '我们公司承包医院食堂 招了3个就业困难人员 以工代训有补贴吧', expect: askOJT },
      { user: '社保都交着呢 以工代训4个月', expect: askOJT },
      { user: '岗前培训补贴 没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v16d05',
    class: 'one_group',
    probes: 'a hotel with one 零就业家庭 hire, 10 months of 以工代训 capped at 6',
    periodEnd: true,
    turns: [
      { user: '酒店人事 想问一下 招了一个零就业家庭的小姑娘 以工代训能补吗', expect: askOJT },
      { user: '酒店是公司 社保正常缴的 以工代训搞了10个月 岗前培训补贴没领过', expect: payNot(1200, 2000) },
    ],
  },
  {
    id: 'v16d06',
    class: 'one_group',
    probes: '"十来个" is no count: ask the exact number; 干满半年 is 6 months employed',
    periodEnd: true,
    turns: [
      { user: '劳务分包公司 工地上用了十来个贫困劳动力 以工代训咋补', expect: askOJT },
      { user: '准确的是十二个', expect: askOJT },
      { user: '都干满半年了 以工代训两个月 岗前培训补贴没报过', expect: pay(4800) },
    ],
  },
  {
    id: 'v16d07',
    class: 'one_group',
    probes: 'a farmer cooperative hiring poor labour needs no insurance; 5 × 5 months',
    periodEnd: true,
    turns: [
      { user: '我们是农村电商合作社 吸纳了5个贫困劳动力 干了9个月了', expect: askOJT },
      { user: '以工代训五个月，岗前培训补贴没领过', expect: pay(5000) },
    ],
  },
  {
    id: 'v16d08',
    class: 'one_group',
    probes: '[two-part] rate and longest duration of 以工代训, both parts answered without a computed figure',
    turns: [
      {
        user: '以工代训补贴 一个人一个月给多少 最长能补几个月',
        expect: { cites: ['六(一)'], says: [/200/, /6\s*个月|六个月/] },
      },
    ],
  },
  {
    id: 'v16d09',
    class: 'one_group',
    probes: '[contact] which office handles 以工代训 — the 责任单位 (人社 / 财政)',
    turns: [
      { user: '以工代训补贴 具体找哪个部门申请啊', expect: { cites: ['六(一)'], says: [/人社|人力资源/], noAmount: 'unfixed' } },
    ],
  },

  // ---------------------------------------------------------------- several groups
  {
    id: 'v16d10',
    class: 'several_groups',
    probes: 'two groups with different months keep their own months: 3×4 + 2×6 months',
    periodEnd: true,
    turns: [
      { user: '酒店这边 贫困劳动力招了3个 干了10个月 以工代训4个月；就业困难人员2个 以工代训6个月', expect: askOJT },
      { user: '我们是酒店管理有限公司 社保都交 岗前培训补贴两拨人都没领', expect: payNot(4800, 4000, 6000) },
    ],
  },
  {
    id: 'v16d11',
    class: 'several_groups',
    probes: 'poor labour 2×5 months and one 零就业家庭 hire ×1 month; insured logistics firm',
    periodEnd: true,
    turns: [
      { user: '物流公司 建档立卡的招了2个 干了半年多 以工代训5个月 零就业家庭的1个 以工代训就1个月', expect: askOJT },
      { user: '公司有交社保 岗前的补贴 两拨人 都没领', expect: payNot(2200, 3000, 600) },
    ],
  },
  {
    id: 'v16d12',
    class: 'several_groups',
    probes: 'one group has claimed the 岗前 subsidy and drops out; the other is paid alone',
    periodEnd: true,
    turns: [
      { user: '服装加工公司 社保交了 招了4个贫困户 干了9个月 以工代训6个月 还有个残疾人 以工代训2个月', expect: askOJT },
      { user: '残疾那个 岗前培训补贴 领过了 4个贫困户的没领', expect: payNot(4800, 5200) },
    ],
  },
  {
    id: 'v16d13',
    class: 'several_groups',
    probes: 'two batches of the same group with different months: 5×6 + 3×3',
    periodEnd: true,
    turns: [
      { user: '牧业公司 第一批贫困户5个 干了一年 以工代训6个月；第二批3个 干了7个月 以工代训3个月', expect: askOJT },
      { user: '岗前补贴 这八个人都没领', expect: payNot(7800, 9600, 4800) },
    ],
  },
  {
    id: 'v16d14',
    class: 'several_groups',
    probes: 'veterans are no 以工代训 group; poor labour months capped at 6: only 6×200×6',
    periodEnd: true,
    turns: [
      { user: '劳务公司 吸纳贫困劳动力6个 干了8个月 以工代训也8个月  另外招了3个退伍军人 以工代训4个月', expect: askOJT },
      { user: '岗前培训补贴 一个都没领', expect: payNot(7200, 9600, 10800) },
    ],
  },
  {
    id: 'v16d15',
    class: 'several_groups',
    probes: 'a cooperative is not an insured enterprise: its 就业困难 hires do not count, poor labour does',
    periodEnd: true,
    turns: [
      { user: '电商合作社 招了3个贫困户 干了10个月 以工代训4个月 另外2个就业困难人员 以工代训3个月 社保我们也交', expect: askOJT },
      { user: '岗前补贴 五个人都没领过', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v16d16',
    class: 'several_groups',
    probes: 'one group\'s months not known yet: ask by name, no bled figure; then the full sum',
    periodEnd: true,
    turns: [
      { user: '医院食堂承包公司 社保交着 岗前补贴没领过  就业困难的两个 以工代训3个月 零就业家庭那一个 以工代训几个月我得问问', expect: askNext(1800) },
      { user: '问过了 那个是5个月', expect: payNot(2200, 3000) },
    ],
  },
  {
    id: 'v16d17',
    class: 'several_groups',
    probes: 'poor labour employed only 5 months does not count; the difficulty hires do',
    periodEnd: true,
    turns: [
      { user: '公司招了贫困户2个 才来5个月 以工代训3个月；就业困难人员2个 以工代训4个月', expect: askOJT },
      { user: '企业参保了 岗前补贴 四个人都没领', expect: payNot(1600, 2800) },
    ],
  },

  // ---------------------------------------------------------------- negation after the noun
  {
    id: 'v16d18',
    class: 'negation_after_noun',
    probes: 'negation far after 岗前培训补贴 keeps it unclaimed; still ask the months',
    periodEnd: true,
    turns: [
      { user: '我们公司招了3个贫困劳动力，岗前培训补贴这块呢，我们一直都没去领', expect: askOJT },
      { user: '在这干了7个月了 以工代训四个月', expect: pay(2400) },
    ],
  },
  {
    id: 'v16d19',
    class: 'negation_after_noun',
    probes: '社保 … 一直没给交 with words between: no insurance, no 以工代训 for disabled hires',
    turns: [
      { user: '公司招了2个残疾人 以工代训3个月 岗前补贴没领过 社保么 说实话公司去年到现在一直没给交', expect: noPay(1200) },
    ],
  },
  {
    id: 'v16d20',
    class: 'negation_after_noun',
    probes: '"不是没领" is a claim: the 岗前 subsidy was taken, so no 以工代训',
    turns: [
      { user: '服装公司 招了4个建档立卡的 干了8个月 以工代训5个月', expect: askOJT },
      { user: '岗前培训补贴 这几个人 之前是领了的 不是没领', expect: noPay(4000) },
    ],
  },
  {
    id: 'v16d21',
    class: 'negation_after_noun',
    probes: '"不到六个月 才四个月": employed under 6 months, no 以工代训 figure',
    turns: [
      { user: '养殖合作社 吸纳贫困户三人 在社里干了 还不到六个月 才四个月 以工代训也是四个月 岗前没领', expect: notYes(2400) },
    ],
  },
  {
    id: 'v16d22',
    class: 'negation_after_noun',
    probes: '"社保 … 没断过" means insured; 零就业家庭 hires paid',
    periodEnd: true,
    turns: [
      { user: '物流公司 招了两个零就业家庭的 社保呢 是交了的 从来没断过', expect: askOJT },
      { user: '以工代训3个月 岗前补贴 没有领', expect: pay(1200) },
    ],
  },
  {
    id: 'v16d23',
    class: 'negation_after_noun',
    probes: 'negation at the end of a long clause ("从来没有申请过") about the 岗前 subsidy',
    periodEnd: true,
    turns: [
      { user: '就业困难人员招了5个 岗前培训补贴 我们hr这边查了一下系统 从来没有申请过', expect: askOJT },
      { user: '企业 有参保 以工代训2个月', expect: pay(2000) },
    ],
  },
  {
    id: 'v16d24',
    class: 'negation_after_noun',
    probes: 'a veteran\'s certificate "还没拿到": training subsidy not granted, no figure',
    turns: [
      {
        user: '退伍回来在郑州学了个电工 证书嘛 考是考了 还没拿到 培训补贴能领不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
      { user: '今天证下来了', expect: ownTraining(['七(二)']) },
    ],
  },

  // ---------------------------------------------------------------- "不知道" replies
  {
    id: 'v16d25',
    class: 'unknown_reply',
    probes: 'a kindergarten that does not know whether it counts as an enterprise: fact stays open',
    turns: [
      { user: '民办幼儿园 园长 招了两个残疾人当保育员 以工代训补贴能拿不', expect: askOJT },
      { user: '算不算企业 我也不清楚 社保是交的', expect: dunnoOJT },
    ],
  },
  {
    id: 'v16d26',
    class: 'unknown_reply',
    probes: 'months employed "不太清楚" left open; answered later',
    periodEnd: true,
    turns: [
      { user: '物流公司 招了贫困劳动力4个 以工代训3个月', expect: askOJT },
      { user: '干了多久 我不太清楚 人事那边管的', expect: dunnoOJT },
      { user: '问了 都8个月了 岗前补贴没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v16d27',
    class: 'unknown_reply',
    probes: '"不知道" about the 岗前 subsidy is not "no"',
    turns: [
      { user: '扶贫车间 做手套的 收了3个贫困户 干了7个月 以工代训3个月', expect: askOJT },
      { user: '岗前培训补贴领没领 我还真不知道 之前是会计弄的', expect: dunnoOJT },
    ],
  },
  {
    id: 'v16d28',
    class: 'unknown_reply',
    probes: 'acceptance unknown: no equipment figure, no verdict',
    turns: [
      { user: '我们厂有个技能大师工作室 新买实训设备40万 用的职工教育经费 能补多少', expect: askKit },
      { user: '验收过没有 不清楚 得问问办公室', expect: { ...dunnoKit, mustNotContain: ['80000', /8万/] } },
    ],
  },
  {
    id: 'v16d29',
    class: 'unknown_reply',
    probes: 'payroll unknown: no deduction figure',
    turns: [
      { user: '酒店 今年职工教育经费提了20万 税前能扣多少', expect: askFund },
      { user: '工资总额多少 财务没跟我说 不知道', expect: askFund },
    ],
  },
  {
    id: 'v16d30',
    class: 'unknown_reply',
    probes: 'insurance "不确定" by a contractor leaves the fact open',
    turns: [
      { user: '医院食堂 我们公司承包的 招了1个就业困难人员 以工代训5个月 岗前补贴没领', expect: askOJT },
      { user: '社保交没交 不确定 这个是老板管', expect: dunnoOJT },
    ],
  },
  {
    id: 'v16d31',
    class: 'unknown_reply',
    probes: 'a returning migrant does not know yet if the certificate came: no verdict on the training subsidy',
    turns: [
      { user: '打工回老家了 在县里报了个挖掘机培训 户口就在这 培训学校说是进系统的', expect: ownTraining(['七(二)', '六(三)']) },
      {
        user: '证拿没拿到还不知道 考完了结果没出来',
        expect: { noAmount: 'open', undecided: 'vocational_training' },
      },
    ],
  },

  // ---------------------------------------------------------------- corrections
  {
    id: 'v16d32',
    class: 'correction',
    probes: 'group corrected from poor labour to 就业困难: insurance must now be asked',
    periodEnd: true,
    turns: [
      { user: '酒店 招了3个贫困劳动力 以工代训4个月 岗前补贴没领', expect: askOJT },
      { user: '不对 是就业困难人员 不是贫困劳动力', expect: askOJT },
      { user: '酒店是公司 社保交着呢', expect: pay(2400) },
    ],
  },
  {
    id: 'v16d33',
    class: 'correction',
    probes: '以工代训 months corrected from 5 to 3: the old figure must go',
    periodEnd: true,
    turns: [
      { user: '牧业公司 招了3个贫困户 干了10个月 以工代训5个月 岗前补贴没领过', expect: pay(3000) },
      { user: '说错了 以工代训是3个月 不是5个月', expect: payNot(1800, 3000) },
    ],
  },
  {
    id: 'v16d34',
    class: 'correction',
    probes: 'insurance corrected from no to yes after a typo',
    periodEnd: true,
    turns: [
      { user: '我们公司 招了2个残疾人 以工代训6个月 岗前补贴没领 社宝没交', expect: noPay(2400) },
      { user: '不对不对 社保交了的 刚才打错字了', expect: pay(2400) },
    ],
  },
  {
    id: 'v16d35',
    class: 'correction',
    probes: 'equipment kind corrected from base to studio: cap drops to 10万',
    turns: [
      { user: '高技能人才培训基地 新购实训设备80万 职工教育经费出的 验收合格了', expect: kit(160000) },
      { user: '搞错了 是技能大师工作室 不是高技能人才基地', expect: kit(100000) },
    ],
  },
  {
    id: 'v16d36',
    class: 'correction',
    probes: 'payroll corrected from 80万 to 800万: deduction is the fund drawn',
    turns: [
      { user: '工资薪金总额80万 职工教育经费提了30万 税前扣除最多多少', expect: deduct(64000) },
      { user: '打少了个零 工资总额是800万 不是80万', expect: deduct(300000, 64000) },
    ],
  },
  {
    id: 'v16d37',
    class: 'correction',
    probes: 'count corrected from 6 to 7',
    periodEnd: true,
    turns: [
      { user: '劳务分包公司 贫困劳动力6个 干了9个月 以工代训4个月 岗前没领', expect: pay(4800) },
      { user: '是7个人 不是6个 漏了一个', expect: payNot(5600, 4800) },
    ],
  },
  {
    id: 'v16d38',
    class: 'correction',
    probes: 'a late "不对 … 领过" removes the amount',
    periodEnd: true,
    turns: [
      { user: '电商合作社 吸纳贫困户2个 干了7个月 以工代训6个月 岗前培训补贴没领', expect: pay(2400) },
      { user: '哦不对 刚翻了下账 岗前培训补贴 那俩人领过', expect: noPay(2400) },
    ],
  },

  // ---------------------------------------------------------------- topic switches
  {
    id: 'v16d39',
    class: 'topic_switch',
    probes: 'after an 以工代训 amount, an entrepreneurship question is answered on its own (三(八)) without the old figure',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 收了2个贫困户 干了一年 以工代训4个月 岗前补贴没领', expect: pay(1600) },
      { user: '对了 我自己还想在网上开个店 有创业培训没', expect: { ...noFigure(['三(八)']), mustNotContain: ['1600'] } },
    ],
  },
  {
    id: 'v16d40',
    class: 'topic_switch',
    probes: 'after the education fund, a veteran\'s training question is answered from 三(二)/六(一)',
    turns: [
      { user: '工资总额400万 教育经费提了20万 能税前扣多少', expect: deduct(200000) },
      { user: '另外问下 退役军人 参加技能培训 政府有啥支持', expect: { ...noFigure(['三(二)', '六(一)']), mustNotContain: ['200000', /20万/] } },
    ],
  },
  {
    id: 'v16d41',
    class: 'topic_switch',
    probes: 'after equipment, a 生活费 question gets no figure from another rule',
    turns: [
      { user: '技能大师工作室 设备50万 教育经费买的 验收过了', expect: kit(100000) },
      { user: '还有个事 工人去培训期间 生活费补贴 一天多少', expect: { ...unsettled, mustNotContain: ['100000', /10万元/] } },
    ],
  },
  {
    id: 'v16d42',
    class: 'topic_switch',
    probes: 'leaving a pending 以工代训 question for an unemployment-insurance question (outside)',
    turns: [
      { user: '公司 招了几个贫困户 以工代训 能补不', expect: askOJT },
      { user: '先不说这个了 俺老公失业了 失业保险金咋领', expect: decline },
    ],
  },
  {
    id: 'v16d43',
    class: 'topic_switch',
    probes: 'a person\'s training, then an apprenticeship question from the same user',
    turns: [
      { user: '下岗了 想学个面点 培训有补贴没', expect: ownTraining(['七(二)', '三(二)']) },
      { user: '换个事 俺表哥厂里要搞新型学徒 有补贴吗 补多少', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v16d44',
    class: 'topic_switch',
    probes: '[two-part] kindergarten: 托幼 training plan, then how many subsidised trainings a year',
    turns: [
      { user: '托幼行业的老师 技能培训 方案里有没有提', expect: { cites: ['三(四)', '五(一)'], answered: true } },
      { user: '那保育员一年 能享受几次培训补贴 同一个证能考两回不', expect: { cites: ['七(二)'], says: [/3\s*次|三次/], noAmount: 'unfixed' } },
    ],
  },

  // ---------------------------------------------------------------- a person's own training
  {
    id: 'v16d45',
    class: 'person_training',
    probes: 'a returning migrant: training subsidy has no fixed amount; nothing refused on open facts',
    periodEnd: true,
    turns: [
      { user: '在外头打了十年工 回来了 想在老家学个电焊 有补贴吗', expect: ownTraining(['七(二)', '三(二)']) },
      { user: '户口就在老家 学完能拿证 学校说在系统里', expect: ownTraining(['七(二)']) },
    ],
  },
  {
    id: 'v16d46',
    class: 'person_training',
    probes: 'a laid-off woman over 40: training covered, age limit not set by the plan',
    turns: [
      { user: '今年43了 厂子黄了下岗在家 想学个家政育婴啥的 能有补贴不', expect: ownTraining(['三(二)', '七(二)', '五(一)']) },
      { user: '有没有年龄限制啊 过了40是不是就不行了', expect: unsettled },
    ],
  },
  {
    id: 'v16d47',
    class: 'person_training',
    probes: 'a pensioner is outside the scope the plan names (不具有按月领取养老金资格)',
    turns: [
      {
        user: '我退休了 每个月领养老金 还能享受职业培训补贴不',
        expect: { noAmount: 'unfixed', cites: ['六(一)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v16d48',
    class: 'person_training',
    probes: 'three subsidies already this year: no fourth',
    turns: [
      {
        user: '今年已经拿了3回培训补贴了 还想再学个叉车 能补不',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v16d49',
    class: 'person_training',
    probes: 'same occupation and level again (traditional characters): not twice',
    turns: [
      {
        user: '去年考了中式烹調師 初級 補貼領了 今年想再考一遍 還是初級 能再補嗎',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v16d50',
    class: 'person_training',
    probes: 'a veteran asking for training support: 三(二) / 六(一), no figure',
    turns: [
      { user: '刚退伍 回郑州了 想学门技术 有专门给退役军人的培训没', expect: noFigure(['三(二)', '六(一)']) },
      { user: '那是免费的不', expect: { noAmount: 'unfixed', oneOf: [{ cites: ['六(一)', '三(二)'] }, { says: [HONEST_NOT_SETTLED] }] } },
    ],
  },
  {
    id: 'v16d51',
    class: 'person_training',
    probes: 'a poor-household worker: training is free (三(三)), no amount',
    turns: [
      { user: '俺家是建档立卡户 俺想学个技术 要交学费不', expect: { ...noFigure(['三(三)']), says: [/免费/] } },
    ],
  },
  {
    id: 'v16d52',
    class: 'person_training',
    probes: 'a poor family with a child at a 技工学校: family aid, the parent is no student',
    turns: [
      { user: '俺家建档立卡的 娃在技工学校上学 家里能有啥补助', expect: noFigure(['三(三)', '三(十四)']) },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v16d53',
    class: 'entrepreneurship',
    probes: 'a returning migrant wanting to start a farm: 三(八); the training\'s amount is not set',
    periodEnd: true,
    turns: [
      { user: '从广东回村了 想自己弄个养鸡场 有没有创业培训', expect: noFigure(['三(八)']) },
      { user: '培训完 给补多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v16d54',
    class: 'entrepreneurship',
    probes: 'a garment workshop open 3 years: a small-business owner within 5 years',
    turns: [
      {
        user: '服装作坊开了三年 算小微企业吧 我能去参加创业培训不',
        expect: { ...noFigure(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v16d55',
    class: 'entrepreneurship',
    probes: 'a shop open 6 years, then a wish to open another: not refused once the wish is said',
    turns: [
      { user: '开了个小超市 快六年了 还能参加创业培训吗', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
      {
        user: '想再开个分店 算有创业想法吧',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v16d56',
    class: 'entrepreneurship',
    probes: 'a student of a 职业技术学院: 创业意识 training',
    turns: [
      {
        user: '我在职业技术学院读大二 学校有没有创业方面的培训 政策咋说',
        expect: { ...noFigure(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
      { user: '要是毕业了 还能参加不', expect: { ...noFigure(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v16d57',
    class: 'equipment',
    probes: 'a studio, 45万 from the fund, accepted: 20 % = 9万',
    turns: [
      { user: '我们服装公司建了个技能大师工作室 买实训设备花了45万 职工教育经费出的 能补多少', expect: askKit },
      { user: '人社 财政 都来验收过了 合格', expect: kit(90000) },
    ],
  },
  {
    id: 'v16d58',
    class: 'equipment',
    probes: 'a base, 320万: capped at 50万; fund source and acceptance asked first',
    turns: [
      { user: '物流公司 高技能人才培训基地 新买了实训设备 一共320万', expect: askKit },
      { user: '钱是从职工教育经费里出的 验收合格了', expect: kit(500000) },
    ],
  },
  {
    id: 'v16d59',
    class: 'equipment',
    probes: 'two sites: base 150万 (30万) + studio 70万 (capped 10万)',
    turns: [
      { user: '基地买了150万的设备 大师工作室买了70万 两个都验收了', expect: askKit },
      { user: '钱都是职工教育经费里出的', expect: kitNot(400000, 440000) },
    ],
  },
  {
    id: 'v16d60',
    class: 'equipment',
    probes: 'bought with a bank loan, not the fund: no subsidy figure',
    turns: [
      { user: '高技能人才基地 设备120万 是银行贷款买的 不是职工教育经费 验收过了', expect: noKit(240000, /24万/) },
    ],
  },
  {
    id: 'v16d61',
    class: 'equipment',
    probes: 'acceptance not done yet: no figure',
    turns: [
      {
        user: '大师工作室 设备30万 教育经费出的 验收还没搞',
        expect: { noAmount: 'open', notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['60000', /6万/] },
      },
    ],
  },
  {
    id: 'v16d62',
    class: 'equipment',
    probes: '[contact] who accepts the equipment: 人社 and 财政 where the firm is',
    turns: [
      {
        user: '实训设备补贴 验收 得找哪个部门',
        expect: { cites: ['四(一)'], says: [/人力资源社会保障|人社/, /财政/], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v16d63',
    class: 'equipment',
    probes: 'one studio bought in three lots: one cap of 10万',
    turns: [
      { user: '技能大师工作室 设备分三次买的 30万 40万 50万 都是教育经费 都验收了', expect: kit(100000) },
    ],
  },

  // ---------------------------------------------------------------- education fund
  {
    id: 'v16d64',
    class: 'education_fund',
    probes: 'fund under 8 % of payroll: the fund drawn is the deduction',
    turns: [
      { user: '酒店一年工资薪金总额600万 教育经费这块 税前能扣多少', expect: { ...askFund, asks: true } },
      { user: '职工教育经费 今年提了40万', expect: deduct(400000) },
    ],
  },
  {
    id: 'v16d65',
    class: 'education_fund',
    probes: 'payroll, then fund asked one at a time; fund above 8 % capped',
    turns: [
      { user: '职工教育经费 税前能扣除多少啊', expect: { ...askFund, asks: true } },
      { user: '工资总额 一年三百万', expect: askFund },
      { user: '教育经费提了30万', expect: deduct(240000) },
    ],
  },
  {
    id: 'v16d66',
    class: 'education_fund',
    probes: '[two-part] the 8 % ceiling and the 60 % front-line share',
    turns: [
      {
        user: '教育经费税前扣除比例是多少 一线职工培训要占多少',
        expect: { cites: ['六(二)'], says: [/8\s*[%％]|百分之八/, /60\s*[%％]|百分之六十/], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v16d67',
    class: 'education_fund',
    probes: 'the 8 % is a deduction, not money paid out',
    turns: [
      { user: '这个8%是政府直接打钱给我们吗', expect: { cites: ['六(二)'], says: [/税前/], noAmount: 'unfixed', mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/] } },
    ],
  },
  {
    id: 'v16d68',
    class: 'education_fund',
    probes: 'front-line share under 60 % is noted; deduction still computed (500万 × 8 % = 40万 > 25万)',
    turns: [
      { user: '工资总额500万 教育经费提了25万 一线工人培训只花了一半', expect: { ...deduct(250000), says: [/税前/, /60/] } },
    ],
  },
  {
    id: 'v16d69',
    class: 'education_fund',
    probes: '师带徒 allowance may come from the education fund (六(二))',
    turns: [
      { user: '老师傅带徒弟 发点师带徒津贴 能从教育经费里出不', expect: { cites: ['六(二)'], noAmount: 'unfixed' } },
      { user: '那这个经费 用在一线工人身上的 得占多少', expect: { cites: ['六(二)'], says: [/60\s*[%％]|百分之六十/] } },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v16d70',
    class: 'apprenticeship',
    probes: '20 apprentices: no amount is fixed, none may be computed',
    turns: [
      { user: '企业新型学徒 我们招了20个 一个人补多少 总共能拿多少', expect: { ...noFigure(['四(一)']), mustNotContain: ['4000', '24000'] } },
      { user: '总得有个标准吧 大概给个数', expect: { ...unsettled, mustNotContain: ['4000', '24000'] } },
    ],
  },
  {
    id: 'v16d71',
    class: 'apprenticeship',
    probes: 'modern apprenticeship with a vocational school: what the plan says',
    turns: [
      { user: '跟职业学校合作搞现代学徒制 方案里咋说的', expect: { cites: ['四(一)'], noAmount: 'unfixed' } },
      { user: '那补贴标准呢', expect: { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v16d72',
    class: 'apprenticeship',
    probes: 'apprentices after 以工代训: no 200-a-month figure for apprentices',
    periodEnd: true,
    turns: [
      { user: '牧业公司 贫困户1个 干了半年 以工代训2个月 岗前补贴没领过', expect: pay(400) },
      { user: '再问个 学徒10个 按这个标准 能算出来多少不', expect: { ...noFigure(['四(一)']), mustNotContain: ['2000', '12000'] } },
    ],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v16d73',
    class: 'period',
    probes: 'asked today whether 以工代训 can still be claimed: the plan ended 2021-12-31',
    turns: [{ user: '现在还能申请以工代训补贴吗 今年招的人', expect: { ...ended, cites: ['六(一)'] } }],
  },
  {
    id: 'v16d74',
    class: 'period',
    probes: '[dated] 2020 facts answered for that date',
    periodEnd: true,
    turns: [
      { user: '2020年9月的时候 我们劳务公司 用了3个贫困户 干了7个月 以工代训3个月 当时能补多少', expect: askOJT },
      { user: '岗前的那个补贴 当时没领', expect: pay(1800) },
    ],
  },
  {
    id: 'v16d75',
    class: 'period',
    probes: 'when the plan ran, asked plainly',
    turns: [{ user: '这个技能提升方案 是哪年到哪年的', expect: { says: [/2019/, /2021/], answered: true } }],
  },
  {
    id: 'v16d76',
    class: 'period',
    probes: '[dated] equipment bought in 2021: in force then, the figure computed',
    turns: [
      { user: '2021年3月 我们大师工作室 用教育经费买了25万设备 验收过了 那会儿能补多少', expect: kit(50000) },
    ],
  },
  {
    id: 'v16d77',
    class: 'period',
    probes: 'training starting in 2023 under this plan: it had ended',
    turns: [{ user: '2023年开始的职业培训 还能按这个郑州方案补贴不', expect: { ...ended, noAmount: 'unfixed' } }],
  },
  // ---------------------------------------------------------------- project training (filed under the classes above)
  {
    id: 'v16d78',
    class: 'topic_switch',
    probes: 'after an 以工代训 amount, project training: 50 % of its subsidy in advance, not the old figure',
    periodEnd: true,
    turns: [
      { user: '酒店管理公司 收了2个贫困户 干满6个月了 以工代训也是6个月 岗前补贴没申请', expect: pay(2400) },
      {
        user: '另外 俺们酒店自己搞项目制培训 补贴总共8万 能先拨多少',
        expect: { amount: { rule: 'project_training_advance', yuan: 40000 }, mustNotContain: ['2400'] },
      },
    ],
  },
  {
    id: 'v16d79',
    class: 'unknown_reply',
    probes: 'project training with the total subsidy not yet known: the 50 % rule, no figure',
    turns: [
      { user: '我们劳务公司给工人搞项目制培训 补贴能不能先拨一部分', expect: { cites: ['六(一)'], says: [/50\s*[%％]|百分之五十|一半/] } },
      { user: '补贴总额多少 还没核下来 不知道', expect: { noAmount: 'open', notVerdict: { rule: 'project_training_advance', status: 'ineligible' } } },
    ],
  },
];
