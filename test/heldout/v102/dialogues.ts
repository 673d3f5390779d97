/**
 * HELD-OUT dialogues, set v102 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v99
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: individual workers on WeChat who do not know the plan's words — migrant workers
 * back home (农民工返乡), laid-off workers, veterans, people with disabilities, delivery riders and
 * drivers (灵活就业), new graduates, women returning to work (家政/育婴/月嫂), people who want to
 * start a business, workers asking about 技能等级证书/职业资格, 技能竞赛 awards and 技能大师工作室.
 * Some of them ask on behalf of the boss, or run a small 合作社 / 扶贫车间 / company back home,
 * so employer questions come in between the personal ones. They switch topic and come back,
 * follow up with "那…呢/还有…", put the negation last ("证书这个我是没考"), answer "不知道",
 * correct themselves, ask two things at once, ask whom to call, and ask dated questions
 * ("2020年那会儿…", "现在还能领吗"; the plan ran 2019-12-02 to 2021-12-31).
 *
 * Nothing is inferred from silence. An amount is expected only once every fact it depends on has
 * been said; otherwise a question and no figure.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   (建档立卡) employed ≥ 6 months by a production entity (企业、合作社、扶贫车间); 就业困难 (incl.
 *   残疾人, 三(二)) and 零就业家庭 only by an insured ENTERPRISE (a 合作社 is not one); 退役军人 and
 *   农民工 are no group of this rule; rows whose 岗前培训补贴 was claimed never count.
 * - Project training (六(一)): 50 % of the project's training subsidy, paid in advance.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only when bought
 *   from the 职工教育经费 and accepted by 人社 and 财政.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Per-person training subsidy (七(二)), 生活费补贴, apprenticeship, free training for poor
 *   labour, entrepreneurship training, family aid, competition awards: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道/不清楚": no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figure a misreading would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}) });
/** Outside the plan. */
const outside: TurnExpect = { answered: false };
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** A person's question the plan answers in these clauses, with no amount of its own. */
const about = (...cites: string[]): TurnExpect => ({ answered: true, noAmount: 'unfixed', cites });
/** The person's training subsidy with facts still open: no verdict, no figure. */
const vtOpen: TurnExpect = { noAmount: 'unfixed', undecided: 'vocational_training' };
/** A condition of the person's training subsidy fails: not eligible, no figure. */
const vtNo: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } };
/** No condition of the training subsidy has failed yet: no 不符合, no figure. */
const vtNotNo: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } };
/** Not (said to be) 建档立卡: the free training is not granted. */
const notFree: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'free_training_poor', status: 'eligible' } };
/** Entrepreneurship training: a route is open, so no 不符合; the plan fixes no amount. */
const startOk: TurnExpect = { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is missing: ask, no figure, no verdict. */
const kitAsk: TurnExpect = { noAmount: 'open', asks: true, undecided: 'equipment_subsidy' };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...more: RegExp[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/, ...more],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** The plan ended: say so. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V102: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v102d01',
    class: 'one_group',
    probes: 'back-home migrant runs a 扶贫车间, poor labour; the 岗前 fact comes last: 6 × 200 × 5 = 6000',
    periodEnd: true,
    turns: [
      { user: '在广东干了十来年，今年回老家在村里弄了个扶贫车间，招了几个贫困户，听说国家给补贴？', expect: ask },
      // count, months employed, 以工代训 months said; 岗前培训补贴 still open
      { user: '一共6个，都是建档立卡的，来车间干了7个多月了，以工代训弄了5个月', expect: ask },
      // 6 × 200 × min(5, 6) = 6000; employed 7 ≥ 6; a 扶贫车间 is a production entity
      { user: '岗前培训那个补贴俺们一回都没申请过', expect: payNot(6000, 7200, 8400) },
    ],
  },
  {
    id: 'v102d02',
    class: 'one_group',
    probes: 'a veteran asks what he gets: training, no cash figure; free training is for poor labour only',
    periodEnd: true,
    turns: [
      { user: '当兵回来的有啥补助没？我去年刚退伍', expect: about('三(二)', '六(一)', '七(二)') },
      { user: '那我想学个汽修呢，能白学不', expect: { ...notFree, undecided: 'vocational_training' } },
      { user: '这事具体找哪个部门办', expect: contact },
    ],
  },
  {
    id: 'v102d03',
    class: 'one_group',
    probes: 'a person with a disability: a priority group of 三(二); any extra money is not in the plan',
    periodEnd: true,
    turns: [
      { user: '我腿有残疾，办了残疾证，想学点手艺养活自己，有没有啥政策', expect: { ...about('三(二)', '七(二)'), undecided: 'vocational_training' } },
      { user: '残疾人学手艺是不是比别人多给点钱', expect: unsettled },
    ],
  },
  {
    id: 'v102d04',
    class: 'one_group',
    probes: 'a worker laid off when a plant closed: 去产能失业人员 and project training; 失业金 is outside',
    periodEnd: true,
    turns: [
      { user: '我们钢厂去年关停了，我算下岗了，政府管不管给培训', expect: about('三(二)', '六(一)') },
      { user: '像我这种因为去产能丢了饭碗的，是不是有专门的项目制培训', expect: { cites: ['六(一)'], noAmount: 'unfixed' } },
      { user: '还有，失业金一个月能领多少', expect: outside },
    ],
  },
  {
    id: 'v102d05',
    class: 'one_group',
    probes: 'a small 家政 company that pays social insurance hires people with disabilities: 3 × 200 × 4 = 2400',
    periodEnd: true,
    turns: [
      { user: '我自己开了个小家政公司，社保一直正常交，招了3个残疾人大姐，这个有补贴吗', expect: ask },
      // insured enterprise, disabled ⊂ 就业困难 (三(二)): 3 × 200 × min(4, 6) = 2400
      { user: '她们来了5个月了，以工代训带了4个月，岗前培训那个补贴没拿过', expect: payNot(2400, 3000) },
    ],
  },
  {
    id: 'v102d06',
    class: 'one_group',
    probes: 'a graduate still without a job: 离校未就业高校毕业生 and 创业培训; 生活费 amount unset',
    periodEnd: true,
    turns: [
      { user: '我去年7月大学毕业，到现在工作还没着落，有啥培训能参加的', expect: about('三(二)', '三(八)') },
      { user: '培训的时候给不给生活费，一个月能给多少', expect: unsettled },
    ],
  },
  {
    id: 'v102d07',
    class: 'one_group',
    probes: 'a migrant worker asks in his own words; facts arrive one by one, the verdict stays open',
    periodEnd: true,
    turns: [
      { user: '俺是在外头打工回来的，想学个电焊，国家给不给钱让俺学手艺', expect: { ...vtOpen, cites: ['七(二)', '三(二)', '六(一)'] } },
      // place said; certificate, count this year, pension, institution still open
      { user: '俺户口在中牟，就在中牟县里报的班', expect: vtOpen },
    ],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v102d08',
    class: 'several_groups',
    probes: 'a cooperative hires poor labour and people with disabilities: only the poor rows count, 4 × 200 × 3 = 2400',
    periodEnd: true,
    turns: [
      { user: '我返乡搞了个种植合作社，招了4个建档立卡户，还有2个残疾人，以工代训有补贴吧？', expect: ask },
      // poor: 4 × 200 × 3 = 2400 (employed 8 ≥ 6); disabled rows need an insured enterprise — a 合作社 is none
      { user: '6个人都干了8个月，以工代训都是3个月，岗前补贴谁都没领过', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v102d09',
    class: 'several_groups',
    probes: 'insured factory: poor labour employed only 5 months drop out, zero-employment rows count: 3 × 200 × 4 = 2400',
    periodEnd: true,
    turns: [
      // poor: employed 5 < 6 → out; 零就业家庭: 3 × 200 × 4 = 2400; wrong with poor: + 2 × 200 × 4 = 4000
      { user: '替我们厂长问的：厂里社保都交着，招了2个贫困户干了5个月，3个零就业家庭的干了6个月，以工代训全是4个月，岗前培训补贴都没领，能补多少', expect: payNot(2400, 4000) },
      { user: '那两个贫困户再干满一个月是不是就能算上了', expect: { cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v102d10',
    class: 'several_groups',
    probes: 'a veteran who is also disabled; not poor, said late: no free training',
    periodEnd: true,
    turns: [
      { user: '我是退伍的，在部队训练受了伤，现在有残疾证，想参加技能培训', expect: about('三(二)', '六(一)', '七(二)') },
      { user: '对了我家可不是贫困户，这样还能免费学吗', expect: notFree },
    ],
  },
  {
    id: 'v102d11',
    class: 'several_groups',
    probes: 'insured company: poor labour, veterans, migrant workers; only poor labour counts: 3 × 200 × 6 = 3600',
    periodEnd: true,
    turns: [
      // poor: 3 × 200 × 6 = 3600 (employed 7 ≥ 6); veterans and 农民工 are no group of this rule
      { user: '我们公司正常参保，今年招了3个贫困劳动力干了7个月，还有2个退伍兵、5个农民工，以工代训都做了6个月，岗前培训补贴一个没领', expect: payNot(3600, 6000, 12000) },
      { user: '退伍兵那俩咋不算呢', expect: { cites: ['六(一)'], mustNotContain: ['6000', '12000'] } },
    ],
  },
  {
    id: 'v102d12',
    class: 'several_groups',
    probes: 'a laid-off worker who is also 建档立卡: the training is free, no figure',
    periodEnd: true,
    turns: [
      { user: '我是建档立卡的贫困户，前年也从厂里下岗了，学技术要花钱不', expect: { noAmount: 'unfixed', says: [/免费/], cites: ['三(三)'], notVerdict: { rule: 'free_training_poor', status: 'ineligible' } } },
      { user: '那学完了考证的钱也不用掏吗', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v102d13',
    class: 'several_groups',
    probes: 'insured company: disabled rows and one poor row whose 以工代训 exceeds the cap: 1200 + 1200 = 2400',
    periodEnd: true,
    turns: [
      { user: '我在一家交社保的公司管人事，招了2个残疾人和1个建档立卡贫困户，以工代训补贴怎么算', expect: ask },
      // disabled: 2 × 200 × 3 = 1200; poor: 1 × 200 × min(8, 6) = 1200 (employed 10 ≥ 6); total 2400; uncapped 2800
      { user: '残疾人干了3个月，以工代训3个月；贫困户干了10个月，以工代训搞了8个月；岗前培训补贴都没领', expect: payNot(2400, 2800) },
    ],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v102d14',
    class: 'negation_after_noun',
    probes: 'the certificate is denied at the end of a long message: not eligible for the training subsidy',
    periodEnd: true,
    turns: [
      { user: '我去学了电工，户口在郑州，就在郑州学的，退休金那些我没有，证书这个我是没考', expect: vtNo },
      { user: '那我回头把证考下来再去申请行不行', expect: { noAmount: 'unfixed', cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v102d15',
    class: 'negation_after_noun',
    probes: 'a small company that pays no social insurance, said last: the disabled rows do not qualify',
    periodEnd: true,
    turns: [
      // would be 3 × 200 × 5 = 3000 if insured
      { user: '我们小企业招了3个残疾人，干了半年了，以工代训5个月，岗前补贴没领，就是社保这块我们是没给交的', expect: notYes(3000) },
      { user: '要是从下个月开始给交上社保呢', expect: { cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v102d16',
    class: 'negation_after_noun',
    probes: 'the 岗前 subsidy is denied at the end after a dash: 7 × 200 × 6 = 8400',
    periodEnd: true,
    turns: [
      // 7 × 200 × min(6, 6) = 8400; employed 9 ≥ 6
      { user: '俺的扶贫车间招了7个贫困户，干了9个月，以工代训6个月，岗前培训补贴——这个俺们没领', expect: pay(8400) },
    ],
  },
  {
    id: 'v102d17',
    class: 'negation_after_noun',
    probes: 'no wish to start again, said last, but the shop is 2 years old: entrepreneurship training stays open',
    periodEnd: true,
    turns: [
      { user: '我开了个奶茶店两年了，再开一家的想法暂时是没有的，能去参加创业培训不', expect: startOk },
    ],
  },
  {
    id: 'v102d18',
    class: 'negation_after_noun',
    probes: 'zero-employment hires of a cooperative: "不是企业" comes last, so no 以工代训',
    periodEnd: true,
    turns: [
      // would be 4 × 200 × 4 = 3200 for an insured enterprise
      { user: '我们这招了4个零就业家庭的，社保交着呢，以工代训4个月，岗前的补贴没领，不过我们不是企业啊，是个合作社', expect: notYes(3200) },
    ],
  },
  {
    id: 'v102d19',
    class: 'negation_after_noun',
    probes: 'disabled but "建档立卡那个不是": no free training granted',
    periodEnd: true,
    turns: [
      { user: '我有残疾证，建档立卡那个不是，想学做面点', expect: { ...notFree, cites: ['三(二)', '七(二)'] } },
    ],
  },
  {
    id: 'v102d20',
    class: 'negation_after_noun',
    probes: 'two subsidies this year and no pension, negations placed late: nothing fails yet, the rest open',
    periodEnd: true,
    turns: [
      { user: '今年我已经领过两回培训补贴了，想再考个育婴员，养老金不领，同一个工种同一个等级以前是没考过的', expect: { ...vtNotNo, undecided: 'vocational_training' } },
      { user: '就在户口所在地培训的，证也考下来了，机构进没进系统我就不知道了', expect: { ...vtNotNo, undecided: 'vocational_training' } },
    ],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v102d21',
    class: 'unknown_reply',
    probes: 'the 岗前 subsidy is unknown: no figure, no verdict',
    periodEnd: true,
    turns: [
      { user: '在村里搞了个扶贫车间，3个贫困户干了半年多了，以工代训做了3个月', expect: ask },
      { user: '岗前培训补贴领没领过我也不知道，账是会计管的', expect: dunno },
    ],
  },
  {
    id: 'v102d22',
    class: 'unknown_reply',
    probes: 'a forklift licence; the institution in the system is unknown; then whom to ask',
    periodEnd: true,
    turns: [
      { user: '我想考个叉车证，给报销不', expect: vtOpen },
      { user: '培训学校有没有进那个系统，不知道啊', expect: vtOpen },
      { user: '那这个我上哪打听去', expect: contact },
    ],
  },
  {
    id: 'v102d23',
    class: 'unknown_reply',
    probes: 'months unknown first, then found out: 2 × 200 × 4 = 1600',
    periodEnd: true,
    turns: [
      { user: '我们公司交社保的，招了2个就业困难人员，以工代训做了一阵子了', expect: ask },
      { user: '具体几个月我不清楚，得问人事', expect: dunno },
      // insured enterprise, 就业困难: 2 × 200 × min(4, 6) = 1600
      { user: '问到了，以工代训4个月，人来了5个月，岗前补贴没领', expect: pay(1600) },
    ],
  },
  {
    id: 'v102d24',
    class: 'unknown_reply',
    probes: 'does not know whether he counts as 就业困难; no guess, then whom to ask',
    periodEnd: true,
    turns: [
      { user: '我45了又下岗了，不知道自己算不算就业困难人员', expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)'] } },
      { user: '那认定这个得去哪', expect: contact },
    ],
  },
  {
    id: 'v102d25',
    class: 'unknown_reply',
    probes: 'a shop owner who forgot how long it has been open: open; then a wish to open another: eligible route',
    periodEnd: true,
    turns: [
      { user: '我开了个小超市，也想去听听创业培训', expect: { noAmount: 'unfixed', undecided: 'entrepreneurship_training' } },
      { user: '开了几年我也记不清了，反正挺久了', expect: { noAmount: 'unfixed', undecided: 'entrepreneurship_training' } },
      { user: '其实我正琢磨再开个分店，这样算不算有创业的想法', expect: startOk },
    ],
  },
  {
    id: 'v102d26',
    class: 'unknown_reply',
    probes: 'training at the end of 2021, exact date unknown: the plan ended, no figure',
    periodEnd: true,
    turns: [
      { user: '我是2021年底那阵参加的培训，哪天记不得了，现在还能申请补贴吗', expect: { ...ended, noAmount: 'unfixed' } },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v102d27',
    class: 'correction',
    probes: 'the head count is corrected: 4 × 200 × 6 = 4800 → 3 × 200 × 6 = 3600',
    periodEnd: true,
    turns: [
      // 4 × 200 × 6 = 4800; employed 8 ≥ 6
      { user: '我这扶贫车间招了4个贫困户，干了8个月，以工代训6个月，岗前补贴没领，能补多少', expect: pay(4800) },
      // 3 × 200 × 6 = 3600
      { user: '不好意思打错了，是3个人不是4个', expect: payNot(3600, 4800) },
    ],
  },
  {
    id: 'v102d28',
    class: 'correction',
    probes: 'the 以工代训 months are corrected: 2 × 200 × 5 = 2000 → 2 × 200 × 3 = 1200',
    periodEnd: true,
    turns: [
      // insured enterprise, disabled: 2 × 200 × 5 = 2000
      { user: '公司交社保，招了2个残疾人，干了5个月，以工代训5个月，岗前培训补贴没领', expect: pay(2000) },
      // 2 × 200 × 3 = 1200
      { user: '更正下，以工代训实际只有3个月', expect: payNot(1200, 2000) },
    ],
  },
  {
    id: 'v102d29',
    class: 'correction',
    probes: 'poor labour withdrawn: free training no longer granted',
    periodEnd: true,
    turns: [
      { user: '我是建档立卡贫困户，想学家政', expect: { noAmount: 'unfixed', says: [/免费/], cites: ['三(三)'] } },
      { user: '哎说错了，俺家不是建档立卡的，就是普通农户', expect: notFree },
    ],
  },
  {
    id: 'v102d30',
    class: 'correction',
    probes: 'pension first said, then withdrawn: the training subsidy goes from not eligible to open',
    periodEnd: true,
    turns: [
      { user: '我每个月领着养老金呢，还能参加有补贴的培训吗', expect: { ...vtNo, cites: ['六(一)'] } },
      { user: '搞错了，我还没到退休年纪，养老金还没开始领', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v102d31',
    class: 'correction',
    probes: 'months employed corrected below 6: poor labour no longer qualifies',
    periodEnd: true,
    turns: [
      // 5 × 200 × 4 = 4000; employed 7 ≥ 6
      { user: '合作社招了5个贫困户干了7个月，以工代训4个月，岗前补贴没领', expect: pay(4000) },
      // employed 5 < 6: out
      { user: '改一下，他们实际干了5个月，不是7个月', expect: notYes(4000) },
    ],
  },
  {
    id: 'v102d32',
    class: 'correction',
    probes: 'three subsidies this year corrected to two: from not eligible to open',
    periodEnd: true,
    turns: [
      { user: '我今年已经领了3次培训补贴了，再考一个还能领吗', expect: { ...vtNo, cites: ['七(二)'] } },
      { user: '不对不对，今年是2次，还有一次是去年领的', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v102d33',
    class: 'topic_switch',
    probes: 'the boss\'s question, then a personal one, then back: 3 × 200 × 5 = 3000',
    periodEnd: true,
    turns: [
      // insured enterprise, 零就业家庭: 3 × 200 × 5 = 3000
      { user: '老板让我帮问问：我们公司交社保，招了3个零就业家庭的，干了6个月，以工代训5个月，岗前培训补贴没领过，能补多少', expect: pay(3000) },
      { user: '那我自己想考个电工证，有补贴不', expect: vtOpen },
      { user: '回到刚才公司那个，以工代训最长能补几个月', expect: { cites: ['六(一)'], says: [/6\s*个月|六个月/] } },
    ],
  },
  {
    id: 'v102d34',
    class: 'topic_switch',
    probes: 'a delivery rider: free training? then insurance (outside), then the training place',
    periodEnd: true,
    turns: [
      { user: '我这种送外卖的能不能免费学个手艺', expect: { noAmount: 'unfixed', undecided: 'free_training_poor', cites: ['三(四)', '五(一)', '七(二)', '三(三)'] } },
      { user: '顺便问下，平台给不给我们骑手交工伤保险', expect: outside },
      { user: '还说学手艺，我户口在周口，人在郑州跑单，在郑州培训行吗', expect: { noAmount: 'unfixed', cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v102d35',
    class: 'topic_switch',
    probes: 'a veteran: excavator training, then 公积金 (outside), then back to project training',
    periodEnd: true,
    turns: [
      { user: '退伍回来快一年了，想去学开挖掘机', expect: about('三(二)', '六(一)', '七(二)') },
      { user: '插一句，郑州公积金咋提出来', expect: outside },
      { user: '接着说培训，退役军人有没有专门搞的项目制培训', expect: { cites: ['六(一)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v102d36',
    class: 'topic_switch',
    probes: 'a skills master: his studio, then his own competition prize, then the studio\'s figure: 20 % × 400 000 = 80 000',
    periodEnd: true,
    turns: [
      { user: '我是厂里的技能大师，厂里打算给我弄个技能大师工作室，买设备国家咋补', expect: { cites: ['四(一)'] } },
      { user: '另外我去年拿了市里技能竞赛二等奖，有奖金没', expect: { noAmount: 'unfixed', cites: ['五(三)'] } },
      // 20 % × 400 000 = 80 000 ≤ 100 000 (also ≤ 500 000, so the kind does not change it)
      { user: '再回到工作室：设备花了40万，用的职工教育经费，人社和财政都验收合格了', expect: kit(80000) },
    ],
  },
  {
    id: 'v102d37',
    class: 'topic_switch',
    probes: 'a mother back to work: 月嫂 training, then maternity leave (outside), then whether it is free',
    periodEnd: true,
    turns: [
      { user: '生完娃在家带了三年，现在想出来学个月嫂，有这种培训不', expect: about('三(四)', '五(一)', '三(二)') },
      { user: '我还想问问产假工资是咋算的', expect: outside },
      { user: '那月嫂培训是不是不要钱', expect: { noAmount: 'unfixed', undecided: 'free_training_poor' } },
    ],
  },
  {
    id: 'v102d38',
    class: 'topic_switch',
    probes: 'a disabled person: own online shop, then the village cooperative hiring disabled people, then back',
    periodEnd: true,
    turns: [
      { user: '我是残疾人，自己想开个网店卖土特产', expect: startOk },
      { user: '还有个事，俺村合作社招了几个残疾人，能拿以工代训补贴不', expect: { ...notYes(), cites: ['六(一)'] } },
      { user: '回到我开网店，参加创业培训给多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v102d39',
    class: 'topic_switch',
    probes: 'a courier company\'s project training, then his own course, then the advance: 50 % × 100 000 = 50 000',
    periodEnd: true,
    turns: [
      { user: '我在快递公司上班，公司说要搞项目制培训，补贴能先拿一部分不', expect: { cites: ['六(一)'], noAmount: 'open' } },
      { user: '那我自己下了班想学电商直播呢', expect: { ...vtOpen, cites: ['五(一)', '七(二)'] } },
      // 50 % × 100 000 = 50 000
      { user: '公司那个项目培训补贴一共10万的话，能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 50000 } } },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v102d40',
    class: 'person_training',
    probes: 'every condition of the training subsidy said over two turns: eligible, amount unfixed',
    periodEnd: true,
    turns: [
      { user: '户口在信阳，在郑州打工，在郑州报班学了厨师', expect: vtOpen },
      { user: '证已经考下来了，今年头一回领，不领养老金，以前没考过这个，学校说是进了省里系统的', expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v102d41',
    class: 'person_training',
    probes: 'same occupation and level subsidised before: not again',
    periodEnd: true,
    turns: [
      { user: '保育员初级去年补过一次，今年又考了一遍保育员初级，还能补吗', expect: { ...vtNo, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v102d42',
    class: 'person_training',
    probes: 'a 两后生 asks; the age limit is not in the plan',
    periodEnd: true,
    turns: [
      { user: '初中毕业没念高中，在家闲着，想学门手艺', expect: about('三(二)', '七(二)') },
      { user: '我今年才16，学技术有年龄要求没', expect: unsettled },
    ],
  },
  {
    id: 'v102d43',
    class: 'person_training',
    probes: 'a higher level of the same occupation is not a repeat',
    periodEnd: true,
    turns: [
      { user: '电工初级之前补过了，这回考的中级，还能再补吗', expect: { ...vtNotNo, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v102d44',
    class: 'person_training',
    probes: 'training in another city: open until he says it is neither home, residence nor job place',
    periodEnd: true,
    turns: [
      { user: '户口在郑州，我在洛阳参加的培训，回郑州能领补贴吗', expect: { ...vtOpen, cites: ['七(二)'] } },
      { user: '我就是去洛阳走亲戚顺便学的，不在那住也不在那找活', expect: vtNo },
    ],
  },
  {
    id: 'v102d45',
    class: 'person_training',
    probes: 'a newly published occupation: enters the catalogue, priority standard, no figure',
    periodEnd: true,
    turns: [
      { user: '想学无人机驾驶员，听说是国家新公布的职业，这个培训能补不', expect: { ...vtOpen, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v102d46',
    class: 'person_training',
    probes: 'chemical plant worker: safety training before work (三(六)); subsidy figure unfixed',
    periodEnd: true,
    turns: [
      { user: '我在化工厂上班，厂里说安全培训不合格不让上岗，这种培训国家管不管', expect: about('三(六)') },
      { user: '那这个培训补多少钱', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v102d47',
    class: 'person_training',
    probes: 'which certificate counts: 职业资格 or 技能等级 — both named in 四(二), subsidy after the certificate (七(二))',
    periodEnd: true,
    turns: [
      { user: '职业技能等级证书和职业资格证书，考哪个都能领补贴吗', expect: about('七(二)', '四(二)') },
      { user: '还有那个1+X是啥意思', expect: { cites: ['四(二)'] } },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v102d48',
    class: 'entrepreneurship',
    probes: 'a back-home migrant with a wish to start a farm: entrepreneurship training; the loan interest is outside',
    periodEnd: true,
    turns: [
      { user: '在外打工攒了点钱，想回村开个养鸡场，政府有没有教创业的培训', expect: { ...startOk, status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      { user: '还有创业担保贷款的利息，能给贴吗', expect: outside },
    ],
  },
  {
    id: 'v102d49',
    class: 'entrepreneurship',
    probes: 'a restaurant open 7 years: not by that route; then a stated wish opens the other',
    periodEnd: true,
    turns: [
      { user: '小饭馆开了7年了，能参加创业培训不', expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      { user: '我确实打算换个地方再开一家新的', expect: startOk },
    ],
  },
  {
    id: 'v102d50',
    class: 'entrepreneurship',
    probes: 'a vocational college student, then after graduation',
    periodEnd: true,
    turns: [
      { user: '我在职业学院上学，能参加创业培训吗', expect: startOk },
      { user: '那毕业以后还能参加吗', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v102d51',
    class: 'entrepreneurship',
    probes: 'a three-year-old small company: what the training teaches, then how much — unset',
    periodEnd: true,
    turns: [
      { user: '我的小公司开了3年，老板能去参加的创业培训都讲些啥', expect: startOk },
      { user: '参加了有补贴没，补多少', expect: unsettled },
    ],
  },
  {
    id: 'v102d52',
    class: 'entrepreneurship',
    probes: 'no wish, no business, not a student: not eligible, only an explanation',
    periodEnd: true,
    turns: [
      { user: '创业我是不打算的，就是好奇问问创业培训是干啥的，我能去听不', expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v102d53',
    class: 'entrepreneurship',
    probes: 'a college graduate who wants to open a studio: eligible route, amount unfixed',
    periodEnd: true,
    turns: [
      { user: '大专毕业三年了，一直想自己开个摄影工作室，能上创业培训吗', expect: startOk },
      { user: '上完了能发啥证不', expect: { noAmount: 'unfixed' } },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v102d54',
    class: 'equipment',
    probes: 'a master studio: acceptance said last; 20 % × 600 000 = 120 000 → cap 100 000',
    periodEnd: true,
    turns: [
      { user: '我是技能大师，厂里给我的工作室添了60万的实训设备，钱从职工教育经费里出的', expect: kitAsk },
      // min(20 % × 600 000 = 120 000, 100 000) = 100 000
      { user: '人社局和财政局已经来验收过了，合格', expect: kit(100000, '120000', '12万') },
    ],
  },
  {
    id: 'v102d55',
    class: 'equipment',
    probes: 'a 高技能人才培训基地: 20 % × 1 500 000 = 300 000 ≤ 500 000',
    periodEnd: true,
    turns: [
      // min(300 000, 500 000) = 300 000
      { user: '我们厂的高技能人才培训基地新买了150万的设备，职工教育经费出的，人社财政验收通过了，能补多少', expect: kit(300000) },
    ],
  },
  {
    id: 'v102d56',
    class: 'equipment',
    probes: 'equipment bought from ordinary funds, said in a second turn: no subsidy',
    periodEnd: true,
    turns: [
      { user: '厂里高技能人才培训基地买了400万的设备，已经验收了', expect: kitAsk },
      { user: '钱是公司流动资金出的，不是职工教育经费', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['800000', '80万'] } },
    ],
  },
  {
    id: 'v102d57',
    class: 'equipment',
    probes: 'two purchases for one studio share its cap: 20 % × 700 000 = 140 000 → 100 000',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室分两批买的设备，一批30万一批40万', expect: kitAsk },
      // one studio: min(20 % × 700 000 = 140 000, 100 000) = 100 000
      { user: '两批都是职工教育经费买的，人社财政一起验收的，没问题', expect: kit(100000, '140000', '14万') },
    ],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v102d58',
    class: 'education_fund',
    probes: 'a front-line worker asks about the 60 % rule and the 师带徒 allowance',
    turns: [
      { user: '我是车间一线的，听说公司的职工教育经费得大头花在我们身上？', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
      { user: '那师傅带徒弟的津贴，能从这里面出吗', expect: { cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v102d59',
    class: 'education_fund',
    probes: 'the fund exceeds 8 % of payroll: min(200 000, 160 000) = 160 000, pre-tax',
    periodEnd: true,
    turns: [
      // min(200 000, 8 % × 2 000 000 = 160 000) = 160 000
      { user: '我开的小公司一年工资总共发了200万，职工教育经费提了20万，税前能扣多少', expect: deduct(160000) },
    ],
  },
  {
    id: 'v102d60',
    class: 'education_fund',
    probes: 'the fund is given only in the second turn: min(150 000, 240 000) = 150 000',
    periodEnd: true,
    turns: [
      { user: '公司一年工资薪金总额300万，职工教育经费税前最多能扣多少', expect: { oneOf: [{ asks: true }, { says: [/8\s*%|百分之八/] }] } },
      // min(150 000, 8 % × 3 000 000 = 240 000) = 150 000
      { user: '今年实际提了15万', expect: deduct(150000) },
    ],
  },
  {
    id: 'v102d61',
    class: 'education_fund',
    probes: 'fund exactly at 8 %, only 30 % to front-line workers: 800 000 deduction, under 60 % noted',
    periodEnd: true,
    turns: [
      // min(800 000, 8 % × 10 000 000 = 800 000) = 800 000; 0.3 < 0.6
      { user: '会计让我问：工资总额1000万，教育经费提了80万，只拿出三成给一线工人搞培训，税前能扣多少', expect: deduct(800000, /60\s*%|百分之六十|六成/) },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v102d62',
    class: 'apprenticeship',
    probes: 'an apprentice asks how much: the plan fixes no amount; the 师带徒 allowance is 六(二)',
    periodEnd: true,
    turns: [
      { user: '我在厂里当新型学徒，国家一个月给学徒补多少', expect: { noAmount: 'unfixed', cites: ['四(一)'] } },
      { user: '那带我的师傅有没有津贴拿', expect: { cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v102d63',
    class: 'apprenticeship',
    probes: 'a workshop head with 10 apprentices; the 200 元 of 以工代训 must not be borrowed',
    periodEnd: true,
    turns: [
      { user: '我是车间主任，厂里今年带了10个企业新型学徒，补贴咋算', expect: { noAmount: 'unfixed', cites: ['四(一)'] } },
      { user: '是不是也跟以工代训一样按每人每月200算', expect: { noAmount: 'unfixed', mustNotContain: ['2000', '12000'] } },
    ],
  },
  {
    id: 'v102d64',
    class: 'apprenticeship',
    probes: '现代学徒制 vs 企业新型学徒制; money for apprentices unfixed',
    turns: [
      { user: '现代学徒制跟企业新型学徒制是一码事不，当学徒有钱拿吗', expect: { noAmount: 'unfixed', cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v102d65',
    class: 'apprenticeship',
    probes: 'a 19-year-old wants to learn on the job as an apprentice',
    periodEnd: true,
    turns: [
      { user: '我19岁，想进厂当学徒边干边学，这样有补贴不', expect: { noAmount: 'unfixed', cites: ['四(一)'] } },
      { user: '补贴是给我还是给厂里', expect: { noAmount: 'unfixed' } },
    ],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v102d66',
    class: 'period',
    probes: 'a 2020 training inside the period, then "现在还能领吗": the plan ended',
    periodEnd: true,
    turns: [
      { user: '2020年那会儿我参加过焊工培训，也拿了证，当时能补吗', expect: { noAmount: 'unfixed', cites: ['七(二)'] } },
      { user: '那放到现在还能领不', expect: ended },
    ],
  },
  {
    id: 'v102d67',
    class: 'period',
    probes: 'is the plan still valid: it ran 2019-12-02 to 2021-12-31',
    turns: [
      { user: '郑州这个职业技能提升的方案现在还管用不', expect: ended },
      { user: '它是从哪天开始的', expect: { says: [/2019/] } },
    ],
  },
  {
    id: 'v102d68',
    class: 'period',
    probes: 'a certificate of March 2022, after the period: ended, no figure',
    periodEnd: true,
    turns: [
      { user: '我2022年3月份才拿的证，还能按这个方案补吗', expect: { ...ended, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v102d69',
    class: 'period',
    probes: 'a two-part dated question: 2021 amount 5 × 200 × 6 = 6000, and whether it still applies',
    periodEnd: true,
    turns: [
      // 5 × 200 × 6 = 6000; employed 6 ≥ 6
      { user: '2021年我们扶贫车间招了5个贫困户，干满6个月，以工代训6个月，岗前补贴没领。当时能补多少？现在还能补吗', expect: { ...pay(6000), ...ended } },
    ],
  },
  {
    id: 'v102d70',
    class: 'period',
    probes: 'when the three-year plan ended; later plans are not in the corpus',
    turns: [
      { user: '这三年计划到啥时候截止的', expect: ended },
      { user: '那22年以后郑州又出了啥新方案', expect: outside },
    ],
  },
  {
    id: 'v102d71',
    class: 'period',
    probes: 'still possible now? ended; then the facts: 3 × 200 × 2 = 1200 for reference',
    periodEnd: true,
    turns: [
      { user: '现在还能申请以工代训吗，我们公司前阵子招了几个残疾人', expect: { ...ended, noAmount: 'open' } },
      // insured enterprise, disabled: 3 × 200 × min(2, 6) = 1200
      { user: '公司交社保的，一共3个人，来了3个月，以工代训2个月，岗前补贴没领', expect: pay(1200) },
    ],
  },
];
