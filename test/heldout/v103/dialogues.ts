/**
 * HELD-OUT dialogues, set v103 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v99
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: people in WeChat group chats and relatives abroad. Emoji and 表情 words
 * ([捂脸] [呲牙] [破涕为笑] 哈哈哈 🙏), pinyin and letter abbreviations (sb/shebao 社保, ygdx 以工代训,
 * hr, ok), English words mixed in (total, max, cap, apply, boss), Traditional characters from
 * relatives in Hong Kong / Taiwan (職業培訓, 補貼, 殘疾人, 參保, 鍋爐工), full-width digits (１２),
 * long pastes of several people's situations at once, forwarded text ("转发：…"), and very short
 * replies across turns ("嗯 交了的", "没领", "8个月", "不晓得"). Corrections ("打错了 是4个月"),
 * negation far from its noun, "不知道" leaving a fact open, topic switches with no connecting
 * words, follow-ups with 那/还有/最多, two-part questions, contact questions and dated questions
 * (the plan ran 2019-12-02 to 2021-12-31; "现在还能申请吗").
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it depends
 * on has been said: the kind of unit, insurance where the rule needs it, the group, months employed
 * (poor labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was already claimed.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业、合作社、扶贫车间, a 培训机构 too — not a
 *   职业院校); 就业困难 (incl. 残疾人, 三(二)) and 零就业家庭 only by an insured ENTERPRISE (a
 *   cooperative is not one); 退役军人 and 农村转移就业劳动者 are no group of this rule; rows with the
 *   岗前培训补贴 claimed never count.
 * - Project training (六(一)): 50 % of the project's training subsidy may be paid in advance.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only when bought
 *   from the 职工教育经费 and accepted by 人社 and 财政; two purchases for one site share one cap.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道/不晓得/不清楚": no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figure a misreading would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The plan has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is missing: ask, no figure, no 不符合. */
const kitAsk: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** Personal training subsidy: the plan fixes no amount; not declared ineligible on open facts. */
const trainOpen: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } };
/** Personal training subsidy excluded by a fact said: not eligible, no figure. */
const trainNo: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } };

export const DIALOGUES_V103: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v103d01',
    class: 'one_group',
    probes: 'poor labour at a factory, facts over three turns, pre-job subsidy last: 5 × 200 × 4 = 4000',
    periodEnd: true,
    turns: [
      { user: '群里问一下哈 我们厂招了几个建档立卡贫困户 ygdx补贴怎么弄[捂脸]', expect: ask },
      { user: '5个人 都干了8个月了 以工代训搞了4个月', expect: ask },
      // 5 × 200 × min(4, 6) = 4000; employed 8 ≥ 6; a factory is an enterprise; pre-job not claimed
      { user: '岗前培训补贴没领过的', expect: pay(4000) },
    ],
  },
  {
    id: 'v103d02',
    class: 'one_group',
    probes: 'Traditional characters and full-width digits, every fact in one message: 3 × 200 × 6 = 3600; then 最多',
    periodEnd: true,
    turns: [
      // 3 × 200 × min(6, 6) = 3600; employed 12 ≥ 6; 開廠 = an enterprise
      { user: '我表哥在鄭州開廠，請了３個建檔立卡貧困勞動力，做了一年了，以工代訓做滿６個月，崗前培訓補貼沒有申請過，可以補多少？', expect: pay(3600) },
      { user: '那最多呢 是不是就這麼多了', expect: { oneOf: [pay(3600), { says: [/6\s*[个個]?月|六[个個]月/] }], mustNotContain: ['4800', '7200'] } },
    ],
  },
  {
    id: 'v103d03',
    class: 'one_group',
    probes: 'disabled hires at an insured company, sb for 社保, a one-word reply settles the pre-job subsidy: 2 × 200 × 3 = 1200',
    periodEnd: true,
    turns: [
      { user: 'hr小白求问 公司招了2个残疾人 sb都有交的 以工代训能补不', expect: ask },
      { user: '以工代训3个月 人也是来了3个月', expect: ask },
      // 2 × 200 × 3 = 1200; disabled ⊂ 就业困难 (三(二)); insured enterprise; pre-job "没"
      { user: '岗前那个补贴 没[呲牙]', expect: pay(1200) },
    ],
  },
  {
    id: 'v103d04',
    class: 'one_group',
    probes: 'poor labour at a farmer cooperative, 以工代训 7 months capped at 6: 4 × 200 × 6 = 4800',
    periodEnd: true,
    turns: [
      { user: '我们村的农民专业合作社 收了4个贫困劳动力（建档立卡的）干活 干满7个月了', expect: ask },
      // 4 × 200 × min(7, 6) = 4800, not 4 × 200 × 7 = 5600; a cooperative may take poor labour
      { user: '以工代训做了7个月 岗前补贴没拿', expect: payNot(4800, 5600) },
    ],
  },
  {
    id: 'v103d05',
    class: 'one_group',
    probes: 'poor labour at a poverty workshop employed only 5 months: not yet; then the 6-month case',
    periodEnd: true,
    turns: [
      // employed 5 < 6 months: 吸纳贫困劳动力就业六个月以上 not met; 6 × 200 × 5 = 6000 must not be paid
      { user: '扶贫车间的 招了6个建档立卡户 才干了5个月 以工代训也5个月 岗前培训补贴没申请过 能拿以工代训补贴么', expect: notYes(6000) },
      // hypothetical: employed 6 ≥ 6, 以工代训 5 → 6 × 200 × 5 = 6000 (or a question back)
      { user: '那等他们干满6个月呢 以工代训还是5个月', expect: { oneOf: [pay(6000), { asks: true, noAmount: 'open' }] } },
    ],
  },
  {
    id: 'v103d06',
    class: 'one_group',
    probes: 'forwarded notice, one zero-employment-family hire at an insured company: 1 × 200 × 2 = 400; then where to apply',
    periodEnd: true,
    turns: [
      // 1 × 200 × 2 = 400; insured enterprise; pre-job not claimed
      { user: '转发：本公司（已参保）吸纳零就业家庭成员1名，以工代训2个月，未享受岗前技能培训补贴，请问以工代训补贴标准？', expect: pay(400) },
      { user: 'ok thx 去哪个部门apply', expect: contact },
    ],
  },
  {
    id: 'v103d07',
    class: 'one_group',
    probes: 'employment-difficulty hires at a company that pays no social insurance: not eligible',
    periodEnd: true,
    turns: [
      // 参保企业 required for 就业困难人员; 3 × 200 × 4 = 2400 must not be paid
      { user: '我们是个小公司 没给员工交社保 招了3个就业困难人员 以工代训4个月 没领岗前补贴 能补吗🙏', expect: notYes(2400) },
      // hypothetical: insured → 3 × 200 × 4 = 2400, or the answer names the insurance condition
      { user: '那要是把shebao给补交上呢', expect: { oneOf: [pay(2400), { says: [/参保|社保/] }] } },
    ],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v103d08',
    class: 'several_groups',
    probes: 'one long paste of three groups, the veteran row counts for nothing: 3600 + 1600 = 5200',
    periodEnd: true,
    turns: [
      // poor 3 × 200 × 6 = 3600 (employed 10 ≥ 6); disabled 2 × 200 × 4 = 1600 (insured);
      // veteran: no group of 六(一) → 0; total 5200, not 5800 (veteran 1 × 200 × 3 added)
      {
        user: '帮我表姐问的 她们厂（交社保的）今年招人情况：建档立卡贫困户3个，干了10个月，以工代训6个月；残疾人2个，干了4个月，以工代训4个月；退役军人1个，以工代训3个月。这些人岗前培训补贴都没领过。以工代训total能补多少',
        expect: payNot(5200, 5800),
      },
      { user: '退伍的那个为啥不算[疑问]', expect: { cites: ['六(一)'], mustNotContain: ['5800'] } },
    ],
  },
  {
    id: 'v103d09',
    class: 'several_groups',
    probes: 'two groups with counts spread over four turns: 4000 + 2000 = 6000',
    periodEnd: true,
    turns: [
      { user: '公司参保的 以工代训想问下 我们招了两类人', expect: ask },
      { user: '一类是建档立卡贫困劳动力 ４个 干了9个月', expect: ask },
      { user: '另一类零就业家庭的 2个', expect: ask },
      // poor 4 × 200 × 5 = 4000 (employed 9 ≥ 6); zero-employment 2 × 200 × 5 = 2000 (insured); 6000
      { user: '以工代训都是5个月 岗前补贴都没领', expect: pay(6000) },
    ],
  },
  {
    id: 'v103d10',
    class: 'several_groups',
    probes: 'a cooperative with poor labour and disabled hires: only the poor labour counts, 6000 not 8400',
    periodEnd: true,
    turns: [
      // poor 5 × 200 × 6 = 6000 (employed 12 ≥ 6); disabled at a cooperative: not an insured
      // ENTERPRISE → 0 (2 × 200 × 6 = 2400 would make 8400)
      { user: '我们合作社 招了贫困户5个(建档立卡) 干满一年 以工代训6个月 另外还有2个残疾人 以工代训也6个月 都没领岗前补贴', expect: payNot(6000, 8400) },
      { user: '合作社也交社保的啊 残疾人那2个真不行？', expect: { cites: ['六(一)'], mustNotContain: ['8400'] } },
    ],
  },
  {
    id: 'v103d11',
    class: 'several_groups',
    probes: 'two rows, the pre-job subsidy claimed for one of them: only 1 × 200 × 6 = 1200',
    periodEnd: true,
    turns: [
      { user: 'HR here 想算下以工代训💰 公司有交社保 新招：就业困难人员3人 以工代训4个月；残疾人1人 以工代训6个月', expect: ask },
      // 就业困难 row claimed the 岗前培训补贴 → 0; disabled 1 × 200 × 6 = 1200; not 2400 + 1200 = 3600
      { user: '就业困难那3个之前领过岗前培训补贴了 残疾的那个没领', expect: payNot(1200, 3600) },
    ],
  },
  {
    id: 'v103d12',
    class: 'several_groups',
    probes: 'Traditional characters, two groups at an insured factory: 2400 + 1200 = 3600',
    periodEnd: true,
    turns: [
      // disabled 4 × 200 × 3 = 2400; zero-employment 2 × 200 × 3 = 1200; insured; 3600
      { user: '我們工廠有參保，招了殘疾人４位、零就業家庭成員２位，以工代訓都做了３個月，崗前培訓補貼都沒領過，一共補幾多？', expect: pay(3600) },
    ],
  },
  {
    id: 'v103d13',
    class: 'several_groups',
    probes: 'poor labour split by months employed; the 4-month row does not count: 6000 not 8400',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困劳动力（建档立卡）8个 其中5个干了7个月 3个才干了4个月', expect: ask },
      { user: '以工代训：干了7个月那5个做了6个月 另外3个做了4个月', expect: ask },
      // 5 × 200 × 6 = 6000; the 3 employed 4 < 6 → 0 (3 × 200 × 4 = 2400 would make 8400)
      { user: '岗前的 全都没领过', expect: payNot(6000, 8400) },
    ],
  },
  {
    id: 'v103d14',
    class: 'several_groups',
    probes: 'veterans and rural migrants only: neither is a group of 以工代训; then their own training',
    turns: [
      // veteran 2 × 200 × 3 = 1200, rural 5 × 200 × 3 = 3000, 4200 together — none may be paid
      { user: '我们公司交社保的 招了退役军人2个 农村转移就业的5个 以工代训都3个月 岗前补贴没领 能补多少', expect: notYes(4200, 3000, 1200) },
      { user: '好吧 那农村转移出来打工的人自己能参加啥培训', expect: { cites: ['三(二)', '七(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v103d15',
    class: 'several_groups',
    probes: 'a two-part question: the 以工代训 amount and the 50 % advance of project training',
    periodEnd: true,
    turns: [
      // 2 × 200 × 5 = 2000; disabled, insured enterprise, pre-job not claimed
      { user: '两个问题哈：1. 公司交了社保 招了2个残疾人 以工代训5个月 没领岗前补贴 补多少 2. 培训机构搞项目制培训能不能先拨点钱', expect: { ...pay(2000), cites: ['六(一)'] } },
      { user: '第二个问题 先拨的比例是多少', expect: { says: [/50\s*%|百分之五十|一半/] } },
    ],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v103d16',
    class: 'negation_after_noun',
    probes: 'the pre-job subsidy named first, its negation at the end of a rambling sentence: 1 × 200 × 6 = 1200',
    periodEnd: true,
    turns: [
      { user: '公司参保 招了1个零就业家庭的 以工代训6个月', expect: ask },
      // not claimed → 1 × 200 × 6 = 1200
      { user: '岗前培训补贴这个 我们之前还专门跑去问过 最后嘛 也是没去申请[呲牙]', expect: pay(1200) },
    ],
  },
  {
    id: 'v103d17',
    class: 'negation_after_noun',
    probes: 'social insurance promised but, far after the noun, still not paid: not eligible',
    periodEnd: true,
    turns: [
      // uninsured → 就业困难 does not qualify; 3 × 200 × 4 = 2400 must not be paid
      { user: '我们公司招了3个就业困难人员 以工代训4个月 岗前补贴没领过 社保嘛boss一直说要交要交 到现在其实也还是没交', expect: notYes(2400) },
      { user: '是不是非得交了社保才行', expect: { says: [/参保|社保/], cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v103d18',
    class: 'negation_after_noun',
    probes: '建档立卡 negated several words later; then plain migrant workers: no 以工代训',
    periodEnd: true,
    turns: [
      // not 建档立卡 → not poor labour; the group is open or none; 4 × 200 × 6 = 4800 must not be paid
      { user: '厂里招了4个人 家里条件都挺困难的 不过建档立卡那个 查了一下 他们都不是 干了8个月 以工代训6个月 没领岗前补贴 能补以工代训吗', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['4800'] } },
      { user: '也不是就业困难人员 就普通农民工', expect: notYes(4800) },
    ],
  },
  {
    id: 'v103d19',
    class: 'negation_after_noun',
    probes: '"不是没领" — a double negation: the pre-job subsidy WAS claimed, so nothing',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 建档立卡的2个 干了半年多（7个月）以工代训6个月', expect: ask },
      // claimed → 0; 2 × 200 × 6 = 2400 must not be paid
      { user: '岗前补贴不是没领哈 去年就领过了', expect: notYes(2400) },
    ],
  },
  {
    id: 'v103d20',
    class: 'negation_after_noun',
    probes: 'a disabled hire with no 就业困难 certificate: still counts as 就业困难（含残疾人）: 1 × 200 × 4 = 800',
    periodEnd: true,
    turns: [
      // disabled ⊂ 就业困难人员 (三(二)); insured enterprise: 1 × 200 × 4 = 800
      { user: '公司有参保 招了1个有残疾证的 就业困难人员认定那个倒是没办过 以工代训4个月 岗前补贴没领', expect: pay(800) },
    ],
  },
  {
    id: 'v103d21',
    class: 'negation_after_noun',
    probes: 'Traditional characters: insurance first unknown, then "其實不是沒交": insured, 2 × 200 × 5 = 2000',
    periodEnd: true,
    turns: [
      { user: '我們公司招了２個零就業家庭的，以工代訓５個月，崗前補貼沒申請', expect: ask },
      // insured → 2 × 200 × 5 = 2000
      { user: '社保喔 之前有人說我們沒交 其實不是 一直都有交的', expect: pay(2000) },
    ],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v103d22',
    class: 'unknown_reply',
    probes: '"不晓得" about the pre-job subsidy keeps it open; the later answer settles 3 × 200 × 6 = 3600',
    periodEnd: true,
    turns: [
      { user: '我家亲戚厂里招了3个建档立卡贫困户 干了10个月 以工代训6个月 补多少', expect: ask },
      { user: '岗前补贴领没领 不晓得诶 我回头问问', expect: dunno },
      // 3 × 200 × 6 = 3600
      { user: '问了 岗前的没领过', expect: pay(3600) },
    ],
  },
  {
    id: 'v103d23',
    class: 'unknown_reply',
    probes: 'months employed unknown for poor labour at a cooperative, then "8个月": 2 × 200 × 4 = 1600',
    periodEnd: true,
    turns: [
      { user: '合作社 建档立卡贫困劳动力2个 以工代训4个月 岗前培训补贴没领过', expect: ask },
      { user: '干了多久 这个我真不知道[捂脸]', expect: dunno },
      // employed 8 ≥ 6: 2 × 200 × 4 = 1600
      { user: '8个月 刚问的会计', expect: pay(1600) },
    ],
  },
  {
    id: 'v103d24',
    class: 'unknown_reply',
    probes: 'insurance unclear in the first message, a short "嗯" reply settles it: 2 × 200 × 3 = 1200',
    periodEnd: true,
    turns: [
      { user: '公司招了2个残疾人 以工代训3个月 岗前补贴没领 社保交没交我不清楚 我只是帮朋友问的', expect: dunno },
      // insured → 2 × 200 × 3 = 1200
      { user: '嗯 老板说sb是交了的', expect: pay(1200) },
    ],
  },
  {
    id: 'v103d25',
    class: 'unknown_reply',
    probes: 'the group of the hires unknown, later poor labour employed 6 months: 5 × 200 × 6 = 6000',
    periodEnd: true,
    turns: [
      { user: '转发：我们单位（公司，已参保）新招5人，以工代训6个月，均未领岗前培训补贴，能申请以工代训补贴吗？', expect: ask },
      { user: '是啥身份的人 这个我也不知道 只说是新招的', expect: dunno },
      // poor labour, employed 6 ≥ 6: 5 × 200 × 6 = 6000
      { user: '问到了 都是建档立卡贫困户 干了6个月', expect: pay(6000) },
    ],
  },
  {
    id: 'v103d26',
    class: 'unknown_reply',
    probes: 'project training: total subsidy unknown, then full-width ３６万: 50 % advance = 180000',
    turns: [
      { user: '我们是培训机构 做项目制培训的 培训补贴能先拨多少', expect: { noAmount: 'open', cites: ['六(一)'] } },
      { user: '项目补贴总额 不知道 还没批下来', expect: { noAmount: 'open', undecided: 'project_training_advance' } },
      // 50 % × 360 000 = 180 000
      { user: '批下来了 ３６万', expect: { amount: { rule: 'project_training_advance', yuan: 180000 } } },
    ],
  },
  {
    id: 'v103d27',
    class: 'unknown_reply',
    probes: 'equipment for a master studio: acceptance unknown, then accepted: 20 % × 400000 = 80000',
    turns: [
      { user: '公司用职工教育经费给技能大师工作室买了实训设备 一共40万 能补多少', expect: kitAsk },
      { user: '验收这块 还不清楚 没问过', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
      // 20 % × 400 000 = 80 000 < 100 000
      { user: '刚问了下 人社跟财政那边都验收合格了 ok', expect: kit(80000) },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v103d28',
    class: 'correction',
    probes: '"打错了 是4个月": 3600 → 2400',
    periodEnd: true,
    turns: [
      // 3 × 200 × 6 = 3600
      { user: '公司参保 招了3个残疾人 以工代训6个月 岗前补贴没领 补多少', expect: pay(3600) },
      // 3 × 200 × 4 = 2400
      { user: '打错了 以工代训是4个月[捂脸]', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v103d29',
    class: 'correction',
    probes: 'count typed backwards, full-width digits: 12 → 21 people, 7200 → 12600',
    periodEnd: true,
    turns: [
      // 12 × 200 × 3 = 7200
      { user: '扶贫车间 建档立卡的１２个 干了8个月 以工代训3个月 岗前没领', expect: pay(7200) },
      // 21 × 200 × 3 = 12600
      { user: '不对不对 人数是２１个 我打反了', expect: payNot(12600, 7200) },
    ],
  },
  {
    id: 'v103d30',
    class: 'correction',
    probes: 'group corrected from 就业困难 (uninsured, nothing) to poor labour (insurance irrelevant): 2000',
    periodEnd: true,
    turns: [
      // uninsured: 就业困难 does not qualify
      { user: '我们公司没交社保 招了2个就业困难人员 以工代训5个月 没领岗前补贴', expect: notYes(2000) },
      // poor labour employed 8 ≥ 6 at an enterprise: 2 × 200 × 5 = 2000
      { user: '说错了 是建档立卡贫困户 不是就业困难的 他们干了8个月了', expect: pay(2000) },
    ],
  },
  {
    id: 'v103d31',
    class: 'correction',
    probes: 'employer corrected from a 职业院校 (no production entity) to the company it runs: 2400',
    periodEnd: true,
    turns: [
      // a 职业院校 is not a 生产经营主体: 3 × 200 × 4 = 2400 must not be paid
      { user: '我们是职业学校 招了3个建档立卡贫困劳动力做后勤 干了9个月 以工代训4个月 没领岗前补贴', expect: notYes(2400) },
      // an enterprise: 3 × 200 × 4 = 2400
      { user: '哦不对 招人的是学校办的那个公司 是企业 不是学校本身', expect: pay(2400) },
    ],
  },
  {
    id: 'v103d32',
    class: 'correction',
    probes: 'months employed corrected from 7 to 5 for poor labour: 4000 → nothing',
    periodEnd: true,
    turns: [
      // 4 × 200 × 5 = 4000
      { user: '合作社招了4个建档立卡户 干了7个月 以工代训5个月 岗前补贴没领', expect: pay(4000) },
      // employed 5 < 6 → not eligible
      { user: '等下 我看错表了 他们是干了5个月 不是7个月', expect: notYes(4000) },
    ],
  },
  {
    id: 'v103d33',
    class: 'correction',
    probes: 'Traditional: 以工代訓 8 months capped at 6, then "更正" the count 1 → 3: 1200 → 3600',
    periodEnd: true,
    turns: [
      // 1 × 200 × min(8, 6) = 1200, not 1600
      { user: '我們公司有參保，請了１個殘疾人，以工代訓８個月，崗前補貼沒領', expect: payNot(1200, 1600) },
      // 3 × 200 × 6 = 3600, not 4800
      { user: '更正 殘疾人是３個 不是１個', expect: payNot(3600, 4800) },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v103d34',
    class: 'topic_switch',
    probes: 'an open 以工代训 question, then the education-fund deduction rate with no connecting word',
    turns: [
      { user: '厂里招了几个建档立卡的贫困户 想申以工代训', expect: ask },
      { user: '职工教育经费税前能扣多少比例', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/], noAmount: 'open' } },
    ],
  },
  {
    id: 'v103d35',
    class: 'topic_switch',
    probes: 'equipment over the base cap (500000), then a personal electrician course',
    turns: [
      // 20 % × 3 000 000 = 600 000 > 500 000 → 500 000
      { user: '公司用职工教育经费给高技能人才培训基地买设备 300万 验收过了（人社财政都验了）', expect: kit(500000, '600000', '60万') },
      { user: '我自己想考个电工证 人在郑州常住 有补贴吗', expect: { noAmount: 'unfixed', cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v103d36',
    class: 'topic_switch',
    probes: 'entrepreneurship training for a 3-year-old shop, then the mother with a pension: excluded',
    turns: [
      // business open 3 ≤ 5 years
      { user: '开了个奶茶店3年了 有没有创业培训可以上', expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      // monthly pension → 不具有按月领取养老金资格 not met
      { user: '我妈退休了每月拿退休金 她还能参加补贴培训不', expect: trainNo },
    ],
  },
  {
    id: 'v103d37',
    class: 'topic_switch',
    probes: 'a 以工代训 amount, then apprenticeship with no link: no amount carried over',
    periodEnd: true,
    turns: [
      // 3 × 200 × 2 = 1200
      { user: '公司参保 零就业家庭的招了3个 以工代训2个月 岗前补贴没领', expect: pay(1200) },
      { user: '学徒制补贴多少一个人', expect: { ...unsettled, cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v103d38',
    class: 'topic_switch',
    probes: 'Traditional: a bare 以工代訓 request, then a 鍋爐工 certificate course: which programme',
    turns: [
      { user: '我們廠想申請以工代訓補貼', expect: ask },
      { user: '鍋爐工操作證的培訓 屬於哪個計劃', expect: { cites: ['三(六)', '三(十一)'], noAmount: 'open' } },
    ],
  },
  {
    id: 'v103d39',
    class: 'topic_switch',
    probes: 'poor labour at a cooperative employed exactly 6 months: 3 × 200 × 6 = 3600; then whom to call',
    periodEnd: true,
    turns: [
      // employed 6 ≥ 6 (六个月以上 includes 6): 3 × 200 × 6 = 3600
      { user: '农民专业合作社 吸纳了建档立卡贫困劳动力3个 刚好干满6个月 以工代训6个月 都没领岗前培训补贴', expect: pay(3600) },
      { user: '去哪儿办 电话多少', expect: contact },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v103d40',
    class: 'person_training',
    probes: 'electrician course: facts open, then every condition of 七(二) said: eligible, no amount',
    turns: [
      { user: '我在郑州打工（常住郑州）想学个电工 考了证能补贴吗', expect: { ...trainOpen, cites: ['七(二)'] } },
      // residence, certificate, 0 this year, not the same occupation before, no pension, in the system
      {
        user: '证已经拿到了 今年还没领过任何培训补贴 以前没学过电工 我没退休金 机构说是录进河南省培训系统的',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v103d41',
    class: 'person_training',
    probes: 'three subsidies already this year: no fourth; then next year (the plan has ended)',
    periodEnd: true,
    turns: [
      { user: '阿姨今年已经领过３次培训补贴了 还想再学个育婴师 还能补不[捂脸]', expect: { ...trainNo, cites: ['七(二)'] } },
      { user: '那阿姨明年还能再学吗 [呲牙]', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v103d42',
    class: 'person_training',
    probes: 'the same occupation and level again: excluded; a higher level is not excluded for that reason',
    turns: [
      { user: '去年补贴学了中式烹调师四级 今年想再考一遍中式烹调师四级 还补吗', expect: { ...trainNo, cites: ['七(二)'] } },
      { user: '那考三级呢 同一个工种', expect: trainOpen },
    ],
  },
  {
    id: 'v103d43',
    class: 'person_training',
    probes: 'training taken in Shanghai (neither household, residence nor job-seeking place): excluded; in Zhengzhou: not excluded',
    turns: [
      { user: '户口在周口 在郑州上班 跑去上海参加培训拿了证 郑州这边能给补贴吗', expect: { ...trainNo, cites: ['七(二)'] } },
      { user: '如果是在郑州培训的呢', expect: trainOpen },
    ],
  },
  {
    id: 'v103d44',
    class: 'person_training',
    probes: 'father with a monthly pension: excluded; mother without one: not excluded',
    turns: [
      { user: '我爸60多了 每个月领养老金 想学个养老护理 能参加补贴培训吗', expect: { ...trainNo, cites: ['六(一)', '七(二)'] } },
      { user: '那我妈呢 农村的 没退休金', expect: trainOpen },
    ],
  },
  {
    id: 'v103d45',
    class: 'person_training',
    probes: 'no certificate after training: excluded; after the resit: not excluded',
    turns: [
      { user: '培训上完了 但是证没考过 补贴还有吗[流泪]', expect: { ...trainNo, cites: ['七(二)'] } },
      { user: '补考过了 证拿到了 现在呢', expect: trainOpen },
    ],
  },
  {
    id: 'v103d46',
    class: 'person_training',
    probes: 'poor labour: training is free; and the brother at a 技工学校: family aid, no amount',
    turns: [
      { user: '老家是建档立卡贫困户 我想出来学门手艺 培训要自己交钱吗', expect: { cites: ['三(三)'], says: [/免费/], noAmount: 'unfixed' } },
      { user: '还有 我弟在技工学校读书 家里能有啥补助', expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v103d47',
    class: 'person_training',
    probes: 'a forwarded paste of three people at once; then one of them has no certificate yet',
    turns: [
      {
        user: '转发群消息：帮几个老乡问问👇 1）王姐 户口周口 在郑州常住 想学育婴师；2）老李 退休了 每月领养老金 想学电工；3）小张 今年已经拿过3次培训补贴 还想学叉车。他们谁能领职业培训补贴？',
        expect: { cites: ['七(二)', '六(一)'], noAmount: 'unfixed', says: [/养老金/] },
      },
      { user: '王姐那个 证还没考呢', expect: trainNo },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v103d48',
    class: 'entrepreneurship',
    probes: 'a shop open 6 years (over 5): not through the business; with the wish to start another: eligible',
    turns: [
      { user: '我开小超市6年了 能参加创业培训吗', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '有这个想法 打算再开一家新店 自己创业', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v103d49',
    class: 'entrepreneurship',
    probes: 'a college student: eligible for 创业意识 training; the subsidy amount is not fixed',
    turns: [
      { user: '在校大学生（本科大三）能参加创业培训不 🙋', expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '创业培训补贴一次多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v103d50',
    class: 'entrepreneurship',
    probes: 'a small-business owner open 2 years, then what the training covers (五(一))',
    turns: [
      { user: '开业2年的小微企业老板 创业培训有啥', expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '培训内容大概讲些什么', expect: { cites: ['五(一)', '三(八)'] } },
    ],
  },
  {
    id: 'v103d51',
    class: 'entrepreneurship',
    probes: 'Traditional: a vocational-college graduate with no plan to open a shop: still eligible; cost not fixed',
    turns: [
      { user: '我女兒職業學院剛畢業，沒打算開店，可以參加創業培訓嗎？', expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '那要收錢嗎 學費幾多', expect: unsettled },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v103d52',
    class: 'equipment',
    probes: 'master studio 60万: 20 % = 120000 capped at 100000; as a base: 120000',
    turns: [
      // 20 % × 600 000 = 120 000 > 100 000 → 100 000
      { user: '公司拿职工教育经费给技能大师工作室新买了实训设备６０万 人社财政都验收合格了 能补多少', expect: kit(100000, '120000', '12万') },
      // as a high-skill base: 120 000 < 500 000
      { user: '那要是给高技能人才培训基地买的呢', expect: { oneOf: [kit(120000), { asks: true }] } },
    ],
  },
  {
    id: 'v103d53',
    class: 'equipment',
    probes: 'equipment not bought from the 职工教育经费: no subsidy',
    turns: [
      // fromEducationFund false → 20 % × 1 000 000 = 200 000 must not be paid
      { user: '我们企业自己掏钱（不是从职工教育经费出的）给高技能人才培训基地买了100万设备 验收过了 补多少', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['200000', '20万'] } },
      { user: '所以得用职工教育经费买才行？', expect: { says: [/职工教育经费/], cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v103d54',
    class: 'equipment',
    probes: 'two master studios, each with its own cap: 60000 + 100000 = 160000',
    turns: [
      // A: 20 % × 300 000 = 60 000; B: 20 % × 800 000 = 160 000 → 100 000; 160 000 (not 220 000)
      { user: '两个技能大师工作室 A工作室买设备30万 B工作室买了80万 都是职工教育经费出的 都验收合格了 一共补多少', expect: kit(160000, '220000', '22万') },
    ],
  },
  {
    id: 'v103d55',
    class: 'equipment',
    probes: 'acceptance not done yet: nothing; then accepted: 20 % × 2000000 = 400000',
    turns: [
      { user: '高技能人才培训基地 职工教育经费买的设备200万 验收还没做', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['400000', '40万'] } },
      // 20 % × 2 000 000 = 400 000 < 500 000
      { user: '上周验收过了 人社财政一起验的', expect: kit(400000) },
    ],
  },
  {
    id: 'v103d56',
    class: 'equipment',
    probes: 'kind of site unknown: ask; a master studio: 20 % × 450000 = 90000',
    turns: [
      { user: '公司用职工教育经费买了实训设备45万 验收合格 能按20%补吗', expect: kitAsk },
      // 20 % × 450 000 = 90 000 < 100 000
      { user: '给技能大师工作室买的', expect: kit(90000) },
    ],
  },
  {
    id: 'v103d57',
    class: 'equipment',
    probes: 'Traditional: one studio, two purchases sharing one cap: 20 % × 750000 = 150000 → 100000',
    turns: [
      // one site: 20 % × (300 000 + 450 000) = 150 000 > 100 000 → 100 000
      { user: '我們公司給同一個技能大師工作室分兩次買設備，第一次３０萬，第二次４５萬，都是職工教育經費，都驗收合格了，補貼幾多？', expect: kit(100000, '150000', '15万') },
    ],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v103d58',
    class: 'education_fund',
    probes: 'fund over the 8 % limit: 640000 deductible; then the front-line share under 60 %',
    turns: [
      // 8 % × 8 000 000 = 640 000 < 700 000 → 640 000
      { user: '工资薪金总额一年８００万 职工教育经费提了７０万 税前能扣多少', expect: deduct(640000) },
      // 300 000 / 700 000 ≈ 43 % < 60 %
      { user: '一线职工培训花了３０万 算达标吗', expect: { says: [/60\s*%|百分之六十/] } },
    ],
  },
  {
    id: 'v103d59',
    class: 'education_fund',
    probes: 'fund under the 8 % limit: 1000000 deductible; then "can we collect it": no, a deduction',
    turns: [
      // 8 % × 20 000 000 = 1 600 000 > 1 000 000 → 1 000 000
      { user: 'hr问下 公司工资总额2000万 教育经费今年提了100万 税前能扣除多少', expect: deduct(1000000) },
      { user: '这个钱能直接领到手吗', expect: { says: [/税前/], mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/] } },
    ],
  },
  {
    id: 'v103d60',
    class: 'education_fund',
    probes: 'payroll unknown, "不晓得", then given: min(500000, 400000) = 400000',
    turns: [
      { user: '职工教育经费提了５０万 能全部税前扣掉吗', expect: { noAmount: 'open', asks: true } },
      { user: '工资总额 不晓得 财务没跟我说', expect: { noAmount: 'open', undecided: 'education_fund_deduction' } },
      // 8 % × 5 000 000 = 400 000 < 500 000 → 400 000
      { user: '问到了 工资总额５００万', expect: deduct(400000) },
    ],
  },
  {
    id: 'v103d61',
    class: 'education_fund',
    probes: 'the 60 % front-line rule, then payroll and fund: 900000',
    turns: [
      { user: '教育经费里60%以上要用在一线职工 是硬性要求吗', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/] } },
      // 8 % × 12 000 000 = 960 000 > 900 000 → 900 000
      { user: '我们工资总额1200万 教育经费提了90万 能扣多少', expect: deduct(900000) },
    ],
  },
  {
    id: 'v103d62',
    class: 'education_fund',
    probes: '师带徒 allowance from the fund: allowed; how much: not fixed',
    turns: [
      { user: '职工教育经费可不可以拿来发师带徒津贴', expect: { cites: ['六(二)'], says: [/师带徒/] } },
      { user: '给师傅发多少合适 有标准没', expect: unsettled },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v103d63',
    class: 'apprenticeship',
    probes: '15 apprentices: per head and in total the plan fixes no amount',
    turns: [
      { user: '企业新型学徒制 我们带了１５个学徒 一个补多少', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '那15个加起来total呢', expect: unsettled },
    ],
  },
  {
    id: 'v103d64',
    class: 'apprenticeship',
    probes: 'Traditional: apprenticeship subsidy exists, the three-year target is 2万; the amount is not fixed',
    turns: [
      { user: '企業新型學徒制有補貼嗎？三年要培養多少學徒？', expect: { cites: ['四(一)'], says: [/2\s*万|两万|20000/], noAmount: 'unfixed' } },
      { user: '每個學徒補多少錢 講具體點', expect: unsettled },
    ],
  },
  {
    id: 'v103d65',
    class: 'apprenticeship',
    probes: 'pressed for "a rough number" on 8 apprentices: still none',
    turns: [
      { user: '现代学徒制和企业新型学徒制 补贴按啥标准给', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '学徒8个 带了1年了 你就给个大概数 哈哈哈', expect: unsettled },
    ],
  },
  {
    id: 'v103d66',
    class: 'apprenticeship',
    probes: 'apprenticeship together with 以工代训: the plan does not say; then whom to ask',
    turns: [
      { user: '学徒制补贴跟以工代训补贴能一起拿吗', expect: unsettled },
      { user: '学徒补贴找哪个部门问', expect: contact },
    ],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v103d67',
    class: 'period',
    probes: 'can one still apply now: the plan ended 2021-12-31; a hire of Nov 2021: 2 × 200 × 2 = 800',
    periodEnd: true,
    turns: [
      { user: '现在还能申请以工代训吗 这个方案不是2021年就到头了', expect: ended },
      // 2 × 200 × 2 = 800; insured enterprise; disabled; pre-job not claimed
      { user: '那2021年11月招的人呢 公司参保 残疾人2个 以工代训2个月 没领岗前补贴', expect: pay(800) },
    ],
  },
  {
    id: 'v103d68',
    class: 'period',
    probes: 'Traditional, from Hong Kong: is the plan still in force; until which day',
    periodEnd: true,
    turns: [
      { user: '我在香港，想問鄭州職業技能提升行動現在還有效嗎？', expect: ended },
      { user: '哦 咁以前係到幾號', expect: { says: [/2021\s*年\s*12\s*月\s*31|2021-12-31/] } },
    ],
  },
  {
    id: 'v103d69',
    class: 'period',
    probes: 'the standard in June 2020 (in force): 200 元; now: ended',
    periodEnd: true,
    turns: [
      { user: '2020年6月那会儿 以工代训补贴标准是多少', expect: { cites: ['六(一)'], says: [/200/] } },
      { user: '现在呢 2024年还按这个吗', expect: ended },
    ],
  },
  {
    id: 'v103d70',
    class: 'period',
    probes: 'equipment bought this year: the plan has ended; then the start date',
    periodEnd: true,
    turns: [
      { user: '我们公司今年想给技能大师工作室买设备 还能按这个方案补20%吗', expect: { ...ended, noAmount: 'open' } },
      { user: '方案是几号开始实施的', expect: { says: [/2019\s*年\s*12\s*月\s*2\s*日|2019-12-02/] } },
    ],
  },
  {
    id: 'v103d71',
    class: 'period',
    probes: 'a group-chat rumour that 以工代训 is still paid this year; then "any new policy" (not in the corpus)',
    periodEnd: true,
    turns: [
      { user: '群里有人发了这个方案 说今年还能领以工代训补贴 真的假的[呲牙]', expect: ended },
      { user: '那现在有没有新出的政策可以申 求链接🙏', expect: { oneOf: [{ answered: false }, { says: [HONEST_NOT_SETTLED] }, contact], noAmount: 'unfixed' } },
    ],
  },
];
