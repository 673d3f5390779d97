/**
 * HELD-OUT dialogues, set v55 — written blind from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no message is reused or
 * paraphrased from earlier sets. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture.
 *
 * Who types here: people who send one fact per message in long WeChat conversations — the owner
 * of a bakery (烘焙公司 / 面包坊), the office of a private nursing home (养老公司), a 家政 company,
 * a print shop (图文 / 打印), a vocational school, laid-off workers, a 残疾人, a student from a
 * 建档立卡 family, would-be entrepreneurs — who answer the assistant's follow-up with a bare
 * 嗯 / 对 / 没有 / 交了 / 俩 / 三个月 / 不知道, refer back (那…呢 / 这个 / 还有 / 最多能拿多少),
 * change their mind (算了 问问别的) and mix their own case with a friend's or a relative's.
 *
 * A bare reply is written only where exactly one fact was still missing, so any careful
 * assistant asked for that fact; where the bare reply may still be read two ways, `oneOf`.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (not a 职业院校); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise (a 合作社 is not one); rows with the 岗前培训补贴
 *   claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, school aid, awards: the plan fixes no amount.
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
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
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
/** 职业培训补贴 still open: no figure, no verdict either way. */
const vtOpen: TurnExpect = { noAmount: 'unfixed', undecided: 'vocational_training' };
/** 职业培训补贴 not refused on these facts. */
const vtNotNo: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } };
/** 职业培训补贴 refused on these facts. */
const vtNo: TurnExpect = { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'ineligible' } };
/** 创业培训 open to this person. */
const startYes: TurnExpect = { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' } };
/** Six months is the cap of 以工代训. */
const SIX = /6\s*个?月|六个月|半年/;

export const DIALOGUES_V55: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v55d01',
    class: 'one_group',
    probes: 'bakery, two disabled hires, only the 岗前补贴 missing; bare 没领呢; then 最多能拿多少 refers back to the cap',
    periodEnd: true,
    turns: [
      { user: '俺们是家烘焙公司 社保一直交着 招了俩残疾人 以工代训搞了四个月了 能补多少', expect: askOJT },
      { user: '没领呢', expect: pay(1600) },
      { user: '那最多能拿多少', expect: { says: [SIX] } },
    ],
  },
  {
    id: 'v55d02',
    class: 'one_group',
    probes: 'nursing home sends one fact per message (unit, insurance, months, 岗前补贴); amount only at the end',
    periodEnd: true,
    turns: [
      { user: '俺们是养老院 民营的 注册的是有限公司 招了一个零就业家庭的 问问以工代训', expect: askOJT },
      { user: '社保交着呢', expect: askOJT },
      { user: '以工代训弄了三个月', expect: askOJT },
      { user: '岗前那个培训补贴 俺们没申请过', expect: pay(600) },
    ],
  },
  {
    id: 'v55d03',
    class: 'one_group',
    probes: '家政 company with poor labour: employed 快一年 and 以工代训半年 in separate messages, bare 没拿哈 for the 岗前补贴',
    periodEnd: true,
    turns: [
      { user: '家政公司的 招了三个建档立卡的大姐 以工代训有补贴吧', expect: askOJT },
      { user: '她们在俺这干了快一年了', expect: askOJT },
      { user: '以工代训带了半年', expect: askOJT },
      { user: '没拿哈', expect: pay(3600) },
    ],
  },
  {
    id: 'v55d04',
    class: 'one_group',
    probes: 'a vocational school is no production entity: its poor-labour hires earn no 以工代训; then the school\'s own aid for poor students',
    periodEnd: true,
    turns: [
      { user: '我们是职业学校 后勤招了俩贫困户 干了七个月 以工代训六个月 岗前补贴没领 学校能申请以工代训补贴不', expect: noPay(2400) },
      { user: '那学校招建档立卡家里的学生 有啥补助没', expect: { ...noFigure(['三(十四)']), mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v55d05',
    class: 'one_group',
    probes: '扶贫车间 poor labour employed only four months: not yet six; then whether 以工代训 and 岗前补贴 stack',
    periodEnd: true,
    turns: [
      { user: '俺是扶贫车间 收了五个贫困户 才干了四个月 以工代训也四个月 岗前补贴没拿过', expect: noPay(4000) },
      { user: '那以工代训跟岗前培训补贴能一块拿不', expect: { cites: ['六(一)'], says: [/不得重复|不能重复|不可重复|不能同时|不得同时|只能(选|享受|领)/] } },
    ],
  },
  {
    id: 'v55d06',
    class: 'one_group',
    probes: 'nursing home, everything but the head count said; bare 俩',
    periodEnd: true,
    turns: [
      { user: '养老院 是有限公司 社保交着 招了就业困难人员 以工代训四个月 岗前补贴没领', expect: askOJT },
      { user: '俩', expect: pay(1600) },
    ],
  },
  {
    id: 'v55d07',
    class: 'one_group',
    probes: '家政 company, only the 以工代训 months missing; bare 三个月',
    periodEnd: true,
    turns: [
      { user: '家政公司 参保的 招了三个零就业家庭的 岗前补贴没拿 以工代训补贴咋算', expect: askOJT },
      { user: '三个月', expect: pay(1800) },
    ],
  },
  {
    id: 'v55d08',
    class: 'one_group',
    probes: 'print company, only insurance missing; bare 交了哈',
    periodEnd: true,
    turns: [
      { user: '打印公司 招了一个残疾人 以工代训五个月 岗前补贴没申请过', expect: askOJT },
      { user: '交了哈', expect: pay(1000) },
    ],
  },
  {
    id: 'v55d09',
    class: 'one_group',
    probes: 'only the 岗前补贴 missing; bare 有嘞 may answer it (then excluded) or be read as unclear (then ask again)',
    periodEnd: true,
    turns: [
      { user: '家政公司 社保交了 招俩残疾人 以工代训五个月', expect: askOJT },
      {
        user: '有嘞',
        expect: {
          oneOf: [
            { status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['2000'] },
            { asks: true, noAmount: 'open', mustNotContain: ['2000'] },
          ],
        },
      },
    ],
  },
  {
    id: 'v55d10',
    class: 'one_group',
    probes: 'a poor parent whose child is at a 技校: the family\'s aid, then 那孩子自己呢 for the student\'s own aid',
    periodEnd: true,
    turns: [
      { user: '我家是建档立卡户 孩子在技校上学 家里能有补助不', expect: { noAmount: 'unfixed', status: { rule: 'poor_family_child_aid', status: 'eligible' } } },
      { user: '那孩子自己呢', expect: { noAmount: 'unfixed', says: [/助学金|免学费/] } },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v55d11',
    class: 'several_groups',
    probes: 'bakery: two groups with their own months; then a hypothetical "要是干满六个月" for one of them',
    periodEnd: true,
    turns: [
      { user: '问个以工代训的事 我们面包坊是有限公司 社保都交着', expect: askOJT },
      { user: '招了俩残疾人以工代训三个月 还有一个零就业家庭的以工代训五个月 岗前补贴都没领', expect: payNot(2200, 1800, 3000) },
      { user: '那个零就业的 要是干满六个月呢', expect: { oneOf: [pay(2400), { says: [/2400|1200/] }] } },
    ],
  },
  {
    id: 'v55d12',
    class: 'several_groups',
    probes: '家政: poor labour and 就业困难 in one message; not insured keeps only the poor; 岗前补贴 last',
    periodEnd: true,
    turns: [
      { user: '家政公司 招了仨贫困户 干了十个月了 以工代训六个月 还有俩就业困难的 以工代训俩月', expect: askOJT },
      { user: '社保 还没给他们交', expect: { noAmount: 'open', asks: true, mustNotContain: ['4400'] } },
      { user: '岗前补贴 他们几个都没领过', expect: payNot(3600, 4400) },
    ],
  },
  {
    id: 'v55d13',
    class: 'several_groups',
    probes: 'print company names two hires, then each one\'s months in its own message; 8 months capped at 6',
    periodEnd: true,
    turns: [
      { user: '图文印刷 有限公司 社保交着 招了一个残疾人 一个零就业家庭的', expect: askOJT },
      { user: '残疾人那个以工代训六个月', expect: askOJT },
      { user: '零就业那个以工代训八个月', expect: { ...askOJT, mustNotContain: ['2800'] } },
      { user: '岗前补贴俩人都没领', expect: payNot(2400, 2800) },
    ],
  },
  {
    id: 'v55d14',
    class: 'several_groups',
    probes: 'nursing home: poor labour employed five months does not count, 就业困难 does; then 再干一个月 refers back',
    periodEnd: true,
    turns: [
      {
        user: '养老公司 参保 招了俩贫困户才干五个月 以工代训五个月 另外仨就业困难的以工代训四个月 岗前补贴全都没领',
        expect: payNot(2400, 4400),
      },
      { user: '那俩贫困户再干一个月是不是就够了', expect: { says: [SIX] } },
    ],
  },
  {
    id: 'v55d15',
    class: 'several_groups',
    probes: 'a cooperative: poor labour counts, its disabled hire does not (no insured enterprise)',
    periodEnd: true,
    turns: [
      {
        user: '俺是蔬菜种植合作社 社保也交 收了四个建档立卡的 干满六个月了 以工代训六个月 还有个残疾人以工代训仨月 岗前补贴一个都没领',
        expect: payNot(4800, 5400),
      },
    ],
  },
  {
    id: 'v55d16',
    class: 'several_groups',
    probes: 'own bakery settled, then a friend\'s 家政 company with a different group; the friend\'s months are missing',
    periodEnd: true,
    turns: [
      { user: '我们烘焙公司参保的 招了一个就业困难的 以工代训六个月 岗前补贴没拿', expect: pay(1200) },
      { user: '还有 我朋友开家政公司的 招了俩建档立卡的 她那能拿多少', expect: { ...askOJT, mustNotContain: ['2400', '3600'] } },
      { user: '她那俩人干了九个月 以工代训也六个月 岗前补贴没领', expect: pay(2400) },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v55d17',
    class: 'negation_after_noun',
    probes: '"社保那个…一直没给交" with words between: disabled hires do not qualify',
    periodEnd: true,
    turns: [
      { user: '打印店的 想问以工代训补贴 招了俩残疾人', expect: askOJT },
      { user: '社保那个 说实话 我们一直没给交', expect: { status: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v55d18',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴 招他那会儿 压根就没去申请": not claimed, so the amount is due',
    periodEnd: true,
    turns: [
      { user: '蛋糕店 公司性质的 社保交了 招了个就业困难人员 以工代训五个月', expect: askOJT },
      { user: '岗前培训补贴 招他那会儿 压根就没去申请', expect: { ...pay(1000), notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v55d19',
    class: 'negation_after_noun',
    probes: '"养老金 还差三年…现在没领": no pension, so no refusal of the training subsidy',
    periodEnd: true,
    turns: [
      { user: '我下岗了 想学个育婴师 有补贴没', expect: vtNotNo },
      { user: '养老金 我还差三年才够 现在没领', expect: vtNotNo },
    ],
  },
  {
    id: 'v55d20',
    class: 'negation_after_noun',
    probes: '"社保 员工的 哪个月都没落下过" means insured; then a bare 没 after 岗前的补贴',
    periodEnd: true,
    turns: [
      { user: '家政公司 招了俩就业困难的 以工代训干了半年', expect: askOJT },
      { user: '社保 员工的 哪个月都没落下过', expect: { notVerdict: { rule: 'on_job_training', status: 'ineligible' }, noAmount: 'open' } },
      { user: '岗前的补贴 没', expect: pay(2400) },
    ],
  },
  {
    id: 'v55d21',
    class: 'negation_after_noun',
    probes: '"建档立卡 我们家 不是": the student\'s poor-family aid is not granted',
    turns: [
      { user: '我在技工学校读书 听说贫困家庭学生免学费', expect: { noAmount: 'unfixed', undecided: 'poor_family_student_aid' } },
      { user: '建档立卡 我们家 不是', expect: { noAmount: 'unfixed', notVerdict: { rule: 'poor_family_student_aid', status: 'eligible' } } },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v55d22',
    class: 'unknown_reply',
    probes: 'only insurance missing; bare 不知道哎 keeps it open; the accountant\'s answer settles it',
    periodEnd: true,
    turns: [
      { user: '面包店是公司 招了仨残疾人 以工代训俩月 岗前补贴没领', expect: askOJT },
      { user: '不知道哎', expect: dunnoOJT },
      { user: '会计说交了', expect: pay(1200) },
    ],
  },
  {
    id: 'v55d23',
    class: 'unknown_reply',
    probes: 'months employed of poor labour 不清楚; then 算了 问问别的 switches to 家政 training',
    periodEnd: true,
    turns: [
      { user: '家政公司招了俩建档立卡户 以工代训五个月 岗前补贴没申请', expect: askOJT },
      { user: '不清楚 人事那边管的', expect: dunnoOJT },
      { user: '算了 问问别的 家政这行 有专门的培训计划没', expect: { noAmount: 'unfixed', cites: ['三(四)', '五(一)'] } },
    ],
  },
  {
    id: 'v55d24',
    class: 'unknown_reply',
    probes: 'a disabled person does not know yet whether the certificate will come: subsidy stays open',
    periodEnd: true,
    turns: [
      { user: '我是残疾人 在郑州常住 想报个电商培训 补贴有没有', expect: vtNotNo },
      { user: '证 不知道 还没考', expect: vtOpen },
    ],
  },
  {
    id: 'v55d25',
    class: 'unknown_reply',
    probes: 'equipment acceptance 不晓得 keeps it open; then accepted gives 20 %',
    turns: [
      { user: '我们养老公司建了个高技能人才培训基地 新买的实训设备八十万 用的职工教育经费', expect: askKit },
      { user: '验收这个 俺不晓得弄了没', expect: dunnoKit },
      { user: '刚问了 人社和财政都验收合格了', expect: kit(160000) },
    ],
  },
  {
    id: 'v55d26',
    class: 'unknown_reply',
    probes: 'payroll 不清楚: no deduction figure; the finance office\'s figure settles it',
    turns: [
      { user: '打印公司 职工教育经费今年提了八万 税前能扣多少', expect: askFund },
      { user: '工资总额 不清楚', expect: askFund },
      { user: '财务说一年一百二十万', expect: deduct(80000) },
    ],
  },
  {
    id: 'v55d27',
    class: 'unknown_reply',
    probes: 'small workshop owner forgot how long the business has been open: 创业培训 stays open',
    turns: [
      { user: '我开了个小作坊 能参加创业培训不', expect: { oneOf: [{ asks: true, undecided: 'entrepreneurship_training' }, startYes] } },
      { user: '开了几年 忘了 反正挺久了', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v55d28',
    class: 'correction',
    probes: 'head count corrected (不对 说错了 是俩): the amount follows',
    periodEnd: true,
    turns: [
      { user: '烘焙公司 参保 招了仨残疾人 以工代训四个月 岗前补贴没领', expect: pay(2400) },
      { user: '不对 说错了 是俩', expect: payNot(1600, 2400) },
    ],
  },
  {
    id: 'v55d29',
    class: 'correction',
    probes: 'insurance corrected after asking the accountant: no amount any more',
    periodEnd: true,
    turns: [
      { user: '养老院公司 社保交了 招俩就业困难的 以工代训三个月 岗前补贴没拿', expect: pay(1200) },
      { user: '等下 刚问了会计 社保其实没交', expect: noPay(1200) },
    ],
  },
  {
    id: 'v55d30',
    class: 'correction',
    probes: 'months employed of poor labour corrected from seven to five: under six months',
    periodEnd: true,
    turns: [
      { user: '家政公司 三个贫困劳动力 干了七个月 以工代训五个月 岗前补贴没领', expect: pay(3000) },
      { user: '说错了 她们才来了五个月', expect: noPay(3000) },
    ],
  },
  {
    id: 'v55d31',
    class: 'correction',
    probes: 'studio equipment value corrected upward to the 10万 cap',
    turns: [
      { user: '我们印刷公司建了个技能大师工作室 新买设备三十万 职工教育经费出的 验收也过了', expect: kit(60000) },
      { user: '不对 是五十万', expect: kitNot(100000, 60000) },
    ],
  },
  {
    id: 'v55d32',
    class: 'correction',
    probes: 'years of business corrected from three to six: no longer within five',
    turns: [
      { user: '我那个小超市开了三年了 能参加创业培训吗', expect: startYes },
      { user: '记错了 开了六年了', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v55d33',
    class: 'topic_switch',
    probes: 'laid-off worker asks about electrician training, then 算了 switches to veterans',
    periodEnd: true,
    turns: [
      { user: '我去年下岗了 想学电工 补贴咋弄', expect: { noAmount: 'unfixed', oneOf: [{ cites: ['七(二)'] }, { asks: true }] } },
      { user: '算了 问问别的 退役军人有啥培训', expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)'] } },
    ],
  },
  {
    id: 'v55d34',
    class: 'topic_switch',
    probes: 'bakery amount, then a cousin from a 建档立卡 family at a vocational school: no figure carried over',
    periodEnd: true,
    turns: [
      { user: '烘焙公司 参保 招了一个零就业家庭的 以工代训四个月 岗前补贴没领', expect: pay(800) },
      { user: '对了 我表妹家是建档立卡户 她在职业学校上学 她能有啥', expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'], mustNotContain: ['800'] } },
    ],
  },
  {
    id: 'v55d35',
    class: 'topic_switch',
    probes: 'vocational school: aid for poor students, then 还有 competition training, then 那…呢 prize winners',
    turns: [
      { user: '我们是中职学校 招了不少建档立卡家庭的学生 学校有补助吗', expect: { ...noFigure(['三(十四)']), status: { rule: 'school_poor_student_aid', status: 'eligible' } } },
      { user: '还有个事 我们带学生备战技能大赛 搞集训 这个呢', expect: noFigure(['三(十五)']) },
      { user: '那学生拿了奖呢', expect: noFigure(['五(三)']) },
    ],
  },
  {
    id: 'v55d36',
    class: 'topic_switch',
    probes: 'nursing home amount, then 生活费补贴 during training: not settled, no 以工代训 figure',
    periodEnd: true,
    turns: [
      { user: '养老公司 社保交的 招俩残疾人 以工代训六个月 岗前补贴没拿', expect: pay(2400) },
      { user: '另外 员工去参加培训 有生活费补贴不', expect: { ...unsettled, mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v55d37',
    class: 'topic_switch',
    probes: 'would-be restaurant owner: 创业培训, then 算了 switches to the cook\'s certificate subsidy',
    periodEnd: true,
    turns: [
      { user: '想自己开个小饭馆 有啥培训', expect: startYes },
      { user: '算了 问问别的 厨师证考完有补贴吗', expect: { noAmount: 'unfixed', oneOf: [{ cites: ['七(二)'] }, { asks: true }] } },
    ],
  },
  {
    id: 'v55d38',
    class: 'topic_switch',
    probes: 'print shop asks about equipment, then 算了 switches to a question outside the plan (工伤保险)',
    turns: [
      { user: '图文店想建个技能大师工作室 设备能补多少', expect: { noAmount: 'open', says: [/20\s*%|百分之二十/] } },
      { user: '算了 不弄了 问问别的 店里员工的工伤保险咋交', expect: decline },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v55d39',
    class: 'person_training',
    probes: 'a retiree drawing a monthly pension is outside the training subsidy',
    turns: [{ user: '我退休了 每月领退休金 想学个养老护理 给补贴不', expect: vtNo }],
  },
  {
    id: 'v55d40',
    class: 'person_training',
    probes: 'three subsidies already this year: the fourth is refused',
    turns: [
      { user: '我失业在家 今年培训补贴已经领了三回了', expect: { noAmount: 'unfixed' } },
      { user: '第四回还能补吗', expect: { ...vtNo, says: [/3\s*次|三次/] } },
    ],
  },
  {
    id: 'v55d41',
    class: 'person_training',
    probes: 'same occupation, same level again: not subsidised twice',
    turns: [{ user: '去年中式面点师初级补过了 今年再考一回初级 还给补不', expect: { ...vtNo, says: [/同一职业同一等级|不可重复|不能重复|不得重复/] } }],
  },
  {
    id: 'v55d42',
    class: 'person_training',
    probes: 'hukou elsewhere, working in Zhengzhou: the place of residence / work counts',
    periodEnd: true,
    turns: [
      { user: '我户口在周口 人在郑州打工', expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { cites: ['七(二)'] }] } },
      { user: '在郑州培训 补贴给不给', expect: { ...vtNotNo, says: [/常住地|求职就业地|就业地/] } },
    ],
  },
  {
    id: 'v55d43',
    class: 'person_training',
    probes: 'a disabled man sends one fact per message; the plan fixes no per-person figure',
    periodEnd: true,
    turns: [
      { user: '俺是残疾人 想学按摩', expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { cites: ['七(二)', '三(二)'] }] } },
      { user: '户口就在郑州', expect: vtNotNo },
      { user: '证拿到了', expect: vtNotNo },
      { user: '那钱能给多少', expect: { noAmount: 'unfixed', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { asks: true }] } },
    ],
  },
  {
    id: 'v55d44',
    class: 'person_training',
    probes: 'mother with a pension refused, then 那我呢 for the son without one: facts do not bleed',
    periodEnd: true,
    turns: [
      { user: '我妈想学育婴师 她领着退休金呢', expect: vtNo },
      { user: '那我呢 我没领养老金 在郑州上班', expect: vtNotNo },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v55d45',
    class: 'entrepreneurship',
    probes: 'wants to open a baking studio: 创业培训 open',
    periodEnd: true,
    turns: [{ user: '想开个烘焙工作室 创业培训谁能参加', expect: { ...startYes, cites: ['三(八)'] } }],
  },
  {
    id: 'v55d46',
    class: 'entrepreneurship',
    probes: 'college student: 创业意识 training open',
    periodEnd: true,
    turns: [{ user: '我是大三学生 能上创业培训不', expect: startYes }],
  },
  {
    id: 'v55d47',
    class: 'entrepreneurship',
    probes: 'online shop open two years, then 那培训给钱不: no figure',
    periodEnd: true,
    turns: [
      { user: '网店开了俩年了 小微企业 创业培训能去吗', expect: startYes },
      { user: '那培训给钱不', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v55d48',
    class: 'entrepreneurship',
    probes: 'uncle\'s eight-year factory, then 那我呢 as a 职高 student: facts of the uncle do not bleed',
    periodEnd: true,
    turns: [
      { user: '我舅开厂开了八年了 他能去上创业培训不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      { user: '那我呢 我还在上职高', expect: startYes },
    ],
  },
  {
    id: 'v55d49',
    class: 'entrepreneurship',
    probes: 'laid-off, wants to start something: training open, no figure; then a loan question outside the plan',
    periodEnd: true,
    turns: [
      { user: '下岗了 想自己干点啥 创业培训有补贴吗 补多少', expect: startYes },
      { user: '还有 创业担保贷款能贷多少', expect: decline },
    ],
  },
  {
    id: 'v55d50',
    class: 'entrepreneurship',
    probes: 'bare 嗯 confirming the wish to start a business',
    periodEnd: true,
    turns: [
      { user: '我现在没工作 想参加创业培训', expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, startYes] } },
      { user: '嗯 想开个花店', expect: startYes },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v55d51',
    class: 'equipment',
    probes: 'bakery base of 3 million: capped at 50万; acceptance as a bare reply',
    turns: [
      { user: '烘焙公司建高技能人才培训基地 新购实训设备三百万 教育经费出的', expect: askKit },
      { user: '验收过了', expect: kit(500000) },
    ],
  },
  {
    id: 'v55d52',
    class: 'equipment',
    probes: 'equipment bought on a bank loan, "不是教育经费里的": no subsidy',
    turns: [
      { user: '养老公司搞了个技能大师工作室 设备花了二十万 验收过了', expect: askKit },
      { user: '钱是银行贷款 不是教育经费里的', expect: noKit(40000, /(?<![\d.])4万/) },
    ],
  },
  {
    id: 'v55d53',
    class: 'equipment',
    probes: 'two sites of two kinds, each with its own cap',
    turns: [
      {
        user: '家政公司 一个技能大师工作室买设备七十万 一个高技能人才培训基地买了一百万 都是职工教育经费 都验收了',
        expect: kitNot(300000, 340000),
      },
    ],
  },
  {
    id: 'v55d54',
    class: 'equipment',
    probes: '"验收 还没弄": not accepted, no figure',
    turns: [
      { user: '印刷厂 技能大师工作室 新设备四十万 职工教育经费买的', expect: askKit },
      { user: '验收 还没弄', expect: noKit(80000, /(?<![\d.])8万/) },
    ],
  },
  {
    id: 'v55d55',
    class: 'equipment',
    probes: 'rate and cap of a base, then 那工作室呢 refers back',
    turns: [
      { user: '企业建培训基地买设备 能补百分之多少 最多多少', expect: { says: [/20\s*%|百分之二十/, /50\s*万|500000|500,000/], cites: ['四(一)'] } },
      { user: '那工作室呢', expect: { says: [/10\s*万|100000|100,000/], cites: ['四(一)'] } },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v55d56',
    class: 'education_fund',
    probes: 'bakery fund above 8 % of payroll: the deduction stops at 8 %; then the front-line share',
    turns: [
      { user: '面包公司 工资总额五百万 教育经费提了五十万 税前能扣多少', expect: deduct(400000) },
      { user: '那一线职工要占多少', expect: { says: [/60\s*%|百分之六十/], cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v55d57',
    class: 'education_fund',
    probes: 'fund below the limit; then "一线职工那块 连一半都没花到"',
    turns: [
      { user: '家政公司 工资总额两百万 教育经费提了十万 能税前扣多少', expect: deduct(100000) },
      { user: '一线职工那块 连一半都没花到 有影响吗', expect: { says: [/60\s*%|百分之六十/] } },
    ],
  },
  {
    id: 'v55d58',
    class: 'education_fund',
    probes: 'the rule first, then payroll, then the fund, one per message',
    turns: [
      { user: '职工教育经费税前扣除是咋规定的', expect: { says: [/8\s*%|百分之八/], cites: ['六(二)'] } },
      { user: '我们养老公司工资总额一年八百万', expect: askFund },
      { user: '经费提了七十万', expect: deduct(640000) },
    ],
  },
  {
    id: 'v55d59',
    class: 'education_fund',
    probes: 'print company fund well under the limit',
    turns: [{ user: '图文公司 工资总额三百万 提了十二万教育经费 税前扣除有上限不', expect: deduct(120000) }],
  },
  {
    id: 'v55d60',
    class: 'education_fund',
    probes: 'asks for cash back from the fund: it is a pre-tax deduction, not money',
    turns: [{ user: '职工教育经费 政府能返给我们现金不', expect: { says: [/税前/], noAmount: 'unfixed', mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/] } }],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v55d61',
    class: 'apprenticeship',
    probes: '家政: ten apprentices, per head and in total: no figure',
    turns: [
      { user: '带了十个新型学徒 一人补多少钱', expect: noFigure(['四(一)']) },
      { user: '那总共能有多少', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v55d62',
    class: 'apprenticeship',
    probes: 'bakery master and apprentice; then 师带徒 from the education fund',
    turns: [
      { user: '学徒制 面包师傅带徒弟 有补贴吗', expect: noFigure(['四(一)']) },
      { user: '师带徒津贴 教育经费能出吗', expect: { cites: ['六(二)'], says: [/师带徒/] } },
    ],
  },
  {
    id: 'v55d63',
    class: 'apprenticeship',
    probes: 'vocational school with 现代学徒制: no figure',
    turns: [{ user: '我们职校跟企业搞现代学徒制 有钱没', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v55d64',
    class: 'apprenticeship',
    probes: 'the person proposes a per-head figure; no figure may be confirmed',
    turns: [{ user: '招了十五个新型学徒 按一人两千算是三万吗', expect: { noAmount: 'unfixed', cites: ['四(一)'], mustNotContain: ['30000', /(?<![\d.])3万/] } }],
  },
  {
    id: 'v55d65',
    class: 'apprenticeship',
    probes: 'the three-year target, then 补贴标准呢 refers back',
    turns: [
      { user: '企业新型学徒 三年要培养多少人', expect: { says: [/2\s*万|两万|20000/], cites: ['四(一)'] } },
      { user: '补贴标准呢', expect: noFigure(['四(一)']) },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v55d66',
    class: 'period',
    probes: 'asked today whether 以工代训 can still be claimed',
    periodEnd: true,
    turns: [{ user: '到今天了 以工代训补贴还能申请不', expect: { ...over, cites: ['六(一)'] } }],
  },
  {
    id: 'v55d67',
    class: 'period',
    probes: 'dated 2020: the amount for that date, the end said',
    periodEnd: true,
    turns: [
      { user: '2020年那会 我们家政公司 招了两个贫困户 干了八个月 以工代训六个月 岗前补贴没领 当时能拿多少', expect: pay(2400) },
      { user: '那现在呢', expect: over },
    ],
  },
  {
    id: 'v55d68',
    class: 'period',
    probes: 'training in 2022: after the plan ended',
    periodEnd: true,
    turns: [{ user: '我2022年才去培训的 还按这个文件补不', expect: over }],
  },
  {
    id: 'v55d69',
    class: 'period',
    probes: 'student of a 建档立卡 family asks about this year',
    periodEnd: true,
    turns: [{ user: '我是建档立卡家庭的 在中职上学 今年还能免学费不', expect: { ...over, noAmount: 'unfixed' } }],
  },
  {
    id: 'v55d70',
    class: 'period',
    probes: 'when the plan ends, then 那今年还有效不; bare 是的 confirming the document',
    periodEnd: true,
    turns: [
      { user: '你们说的是郑州那个职业技能提升的方案吧', expect: { oneOf: [{ asks: true }, { says: [/2019|63/] }] } },
      { user: '是的 啥时候到期', expect: over },
      { user: '那今年还有效不', expect: over },
    ],
  },
];
