/**
 * HELD-OUT dialogues, set v79 — written blind from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or other held-out sets (only the format
 * of v15, its header and first lines, was looked at). Not to be tuned on: no word of these
 * messages goes into a glossary, pattern or fixture. Once a dialogue has been fixed by a targeted
 * change it measures nothing any more; write a new one instead.
 *
 * Who types here: people who write long, formal or semi-formal messages — retired cadres and
 * older residents typing in Traditional characters (繁體字) out of habit, company administrators
 * pasting numbered lists of sub-questions ("一、…二、…" / "1) 2) 3)" / "甲、乙、"), people who
 * quote the plan back with a wrong premise ("方案第六條說…300元是吧"), and people who ask several
 * things at once (amount + when + where + whether it still applies).
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it
 * depends on has been said (the kind of unit, insurance where the rule needs it, months employed
 * for poor labour, months of 以工代训, whether the 岗前培训补贴 was claimed, fund source and
 * acceptance of equipment, payroll and fund drawn).
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only by an
 *   insured enterprise; 退役军人 as such is no group; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, school support: the plan fixes no amount.
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
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** Not eligible for 以工代训 on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure (in yuan and in 万). */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  mustNotContain: [String(wrong), new RegExp(`(?<![\\d.])${wrong / 10_000}\\s*万`)],
});
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number, ...more: RegExp[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前|稅前/, ...more],
  mustNotContain: [/可(得|领|領|领取|領取|获得|獲得|申领|申領)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing: no figure, no verdict. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V79: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v79-d01',
    class: 'one_group',
    probes: 'formal Traditional message, insured enterprise, 就业困难 ×4, 5 months, no pre-job subsidy: 4000',
    periodEnd: true,
    turns: [
      {
        user: '您好，本人係一家參保企業的辦公室主任。今年單位招用了4名就業困難人員，均已簽訂勞動合同，開展以工代訓已滿5個月，這4人都沒有領過新錄用人員崗前技能培訓補貼。敬請告知按方案可補貼多少？謝謝。',
        expect: pay(4000),
      },
    ],
  },
  {
    id: 'v79-d02',
    class: 'one_group',
    probes: 'numbered list from a cooperative omits months employed and the pre-job subsidy; the supplement settles 2400',
    periodEnd: true,
    turns: [
      { user: '1) 我们单位是农民专业合作社 2) 吸纳了3个建档立卡贫困户劳动力 3) 以工代训做了4个月 请问补贴怎么计算', expect: askOJT },
      { user: '补充两点：4) 这3人在社里干了11个月了 5) 岗前培训补贴我们一分没申请过', expect: pay(2400) },
    ],
  },
  {
    id: 'v79-d03',
    class: 'one_group',
    probes: 'wrong premise "按9個月算": 以工代训 caps at 6 months, 7200 not 10800',
    periodEnd: true,
    turns: [
      {
        user: '扶貧車間這邊收了6個貧困勞動力，在車間幹了10個月了，以工代訓也搞了9個月，崗前培訓補貼一直沒有領。補貼是按9個月算對吧？',
        expect: { ...payNot(7200, 10800), says: [/6\s*个?個?月|六个月|六個月/] },
      },
    ],
  },
  {
    id: 'v79-d04',
    class: 'one_group',
    probes: 'Traditional, insured company, one 零就业家庭成员, 3 months: 600',
    periodEnd: true,
    turns: [
      {
        user: '我們公司是正常繳社保的，招了一個零就業家庭的孩子，以工代訓三個月，崗前補貼沒有拿過，請問可申請多少？',
        expect: pay(600),
      },
    ],
  },
  {
    id: 'v79-d05',
    class: 'one_group',
    probes: 'a general question whether disabled hires count, then the facts: insured enterprise, 2 disabled, 6 months: 2400',
    periodEnd: true,
    turns: [
      {
        user: '請問單位招用殘疾人，能不能享受以工代訓補貼？方案上有沒有這方面的規定？',
        expect: { noAmount: 'open', oneOf: [{ cites: ['六(一)', '三(二)'] }, { asks: true }] },
      },
      { user: '我司正常參保，招了2名持證殘疾人，以工代訓6個月，均未領崗前培訓補貼。', expect: pay(2400) },
    ],
  },
  {
    id: 'v79-d06',
    class: 'one_group',
    probes: '退役军人 hired as such are not a 以工代训 group: no 4000',
    periodEnd: true,
    turns: [
      {
        user: '我们企业今年招了5名退役军人，社保都正常缴纳，以工代训4个月，岗前补贴没有领，请问能不能按每人每月200元享受以工代训补贴？',
        expect: notYes(4000),
      },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v79-d07',
    class: 'several_groups',
    probes: 'Traditional 一、二、三 list, poor ×2 at 5 months and 就业困难 ×3 at 2 months keep their own months: 3200',
    periodEnd: true,
    turns: [
      {
        user: '您好，我司（已參保企業）情況如下：一、招用建檔立卡貧困勞動力2人，已在崗8個月，以工代訓5個月；二、招用就業困難人員3人，以工代訓2個月；三、以上人員均未享受崗前技能培訓補貼。請問合計可得以工代訓補貼多少？',
        expect: payNot(3200, 5000),
      },
    ],
  },
  {
    id: 'v79-d08',
    class: 'several_groups',
    probes: 'groups told in two batches: 就业困难 ×2 × 6 months, then 零就业 ×1 × 3 months: 3000 in all',
    periodEnd: true,
    turns: [
      {
        user: '我们是交社保的公司，先说第一批：就业困难人员2名，以工代训满6个月，没有领岗前补贴。',
        expect: { oneOf: [pay(2400), { asks: true, noAmount: 'open' }] },
      },
      { user: '第二批是零就业家庭成员1名，以工代训3个月，同样没领岗前培训补贴。两批合计多少？', expect: payNot(3000, 3600) },
    ],
  },
  {
    id: 'v79-d09',
    class: 'several_groups',
    probes: 'uninsured company: poor labour still counts (1200), 就业困难 does not (not 2800)',
    periodEnd: true,
    turns: [
      {
        user: '我们是个小公司，社保目前还没给员工交。招了贫困劳动力1人（已干7个月，以工代训6个月）和就业困难人员2人（以工代训4个月），都没领过岗前培训补贴，合起来能补多少？',
        expect: payNot(1200, 2800),
      },
    ],
  },
  {
    id: 'v79-d10',
    class: 'several_groups',
    probes: 'Traditional 甲/乙 list: 乙 already had the pre-job subsidy, only 甲 counts: 4800 not 7200',
    periodEnd: true,
    turns: [
      {
        user: '本廠已參保，現將情況匯報如下：甲、貧困勞動力4人，在崗已滿一年，以工代訓6個月，未領崗前補貼；乙、就業困難人員2人，以工代訓6個月，但此2人此前已領取新錄用人員崗前技能培訓補貼。請問以工代訓補貼總額為多少？',
        expect: payNot(4800, 7200),
      },
    ],
  },
  {
    id: 'v79-d11',
    class: 'several_groups',
    probes: 'numbered list: disabled ×3 settled, poor ×2 months missing — ask about them by name; then 4600',
    periodEnd: true,
    turns: [
      {
        user: '1.咱公司是参保的 2.招了残疾人3名，以工代训5个月 3.另外还有建档立卡贫困劳动力2名 4.岗前培训补贴所有人都没领过 请问补贴能拿多少',
        expect: { asks: true, says: [/贫困|貧困/], mustNotContain: ['5000'] },
      },
      { user: '贫困劳动力那2名，入职9个月了，以工代训开展了4个月', expect: payNot(4600, 5000) },
    ],
  },
  {
    id: 'v79-d12',
    class: 'several_groups',
    probes: 'cooperative, not insured: poor ×3 at exactly 半年 count (3600), 就业困难 ×2 do not (not 6000)',
    periodEnd: true,
    turns: [
      {
        user: '合作社这边情况：贫困劳动力3人，来社里半年整，以工代训6个月；就业困难人员2人，以工代训也是6个月。合作社没有给他们交社保。岗前补贴都没领过。这样能补多少？',
        expect: payNot(3600, 6000),
      },
    ],
  },
  {
    id: 'v79-d63',
    class: 'several_groups',
    probes: 'Traditional: standard asked first, then poor ×3 at 4 months and 零就业 ×1 at 6 months keep their own months: 3600',
    periodEnd: true,
    turns: [
      {
        user: '請教一下：貧困勞動力和零就業家庭成員這兩類人，以工代訓補貼的標準是否一樣？',
        expect: { noAmount: 'open', cites: ['六(一)'], says: [/200/] },
      },
      {
        user: '我們是參保企業，貧困勞動力3人在崗半年多、以工代訓4個月；零就業家庭成員1人以工代訓6個月；全部沒領崗前補貼。合計多少？',
        expect: payNot(3600, 3200, 4800),
      },
    ],
  },
  {
    id: 'v79-d64',
    class: 'several_groups',
    probes: 'a disabled hire added later at an uninsured poverty workshop does not raise the 2400',
    periodEnd: true,
    turns: [
      { user: '扶贫车间，吸纳了2个贫困劳动力，已经干了8个月，以工代训6个月，岗前补贴没领过，能补多少', expect: pay(2400) },
      {
        user: '哎呀漏说了，车间里另外还有1个残疾人，以工代训4个月，车间没给交社保，这个人也能加上吗',
        expect: { amount: { rule: 'on_job_training', yuan: 2400 }, mustNotContain: ['3200'] },
      },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v79-d13',
    class: 'negation_after_noun',
    probes: 'negation far after the noun: 岗前培训补贴 … 一直都没有去申领: 1600',
    periodEnd: true,
    turns: [
      {
        user: '岗前培训补贴这一块，我们那几个人，说实话，是一直都没有去申领的。公司参保，就业困难人员2个，以工代训4个月。请问以工代训补贴多少钱？',
        expect: pay(1600),
      },
    ],
  },
  {
    id: 'v79-d14',
    class: 'negation_after_noun',
    probes: 'Traditional 社保 … 確實是沒有給職工繳納: uninsured, no 1800',
    periodEnd: true,
    turns: [
      {
        user: '社保方面，公司這兩年因為經營困難，確實是沒有給職工繳納的。目前招了就業困難人員3名，以工代訓3個月，崗前補貼未領。請問可否享受以工代訓補貼？',
        expect: notYes(1800),
      },
    ],
  },
  {
    id: 'v79-d15',
    class: 'negation_after_noun',
    probes: 'the pre-job subsidy was claimed for an earlier batch, these 3 poor hires never had it: 3000',
    periodEnd: true,
    turns: [
      {
        user: '我們食品廠，崗前技能培訓補貼那個，領是領過的，不過是去年招的那一批。這次新招的3個貧困勞動力（已做了8個月，以工代訓5個月），這3個人本身倒是沒領過。能補多少？',
        expect: pay(3000),
      },
    ],
  },
  {
    id: 'v79-d16',
    class: 'negation_after_noun',
    probes: 'spaced fragments, 社保 … 从来没断过 (insured), 岗前的补贴 … 没有领: 3600',
    periodEnd: true,
    turns: [
      {
        user: '那几个残疾人员工 社保 公司是交了的 从来没断过 以工代训6个月 人数是3个 岗前的补贴 没有领 麻烦算一下',
        expect: { oneOf: [pay(3600), { asks: true, noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' } }] },
      },
    ],
  },
  {
    id: 'v79-d17',
    class: 'negation_after_noun',
    probes: '在厂时间并不是六个月以上: poor labour employed 4 months does not qualify, no 1600',
    periodEnd: true,
    turns: [
      {
        user: '贫困户劳动力两名，在我们厂的时间并不是六个月以上，只干了四个月，以工代训也是四个月，岗前补贴没领。这种情况能享受吗？',
        expect: notYes(1600),
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v79-d18',
    class: 'unknown_reply',
    probes: 'pre-job subsidy unsaid, then "说不准", then settled: ask, stay open, then 2400',
    periodEnd: true,
    turns: [
      { user: '您好，我是公司行政，公司有参保，招了就业困难人员3名，以工代训4个月，请问以工代训补贴是多少？', expect: askOJT },
      { user: '岗前补贴领没领过，这个我真说不准，管这块的财务小刘休假去了', expect: dunnoOJT },
      { user: '刚打电话问了小刘，那3个人确实没领过岗前培训补贴', expect: pay(2400) },
    ],
  },
  {
    id: 'v79-d19',
    class: 'unknown_reply',
    probes: 'Traditional, a grandparent for the son\'s workshop: months employed unknown, then 7+ months: 5000',
    periodEnd: true,
    turns: [
      { user: '我兒子開了個扶貧車間，收了五個貧困戶勞動力，以工代訓五個月，崗前補貼沒領。請問能補多少？', expect: askOJT },
      { user: '他們具體在車間幹了多久，老頭子我不曉得，得問我兒子。', expect: dunnoOJT },
      { user: '問過兒子了，五個人都幹了七個多月了。', expect: pay(5000) },
    ],
  },
  {
    id: 'v79-d20',
    class: 'unknown_reply',
    probes: 'person training: whether the institution is in the system is unknown, stays open after more facts',
    periodEnd: true,
    turns: [
      {
        user: '我去年在户籍地考了个中式烹调师证，培训机构在不在省里那个信息系统里我不清楚，这种能有补贴吗？',
        expect: { undecided: 'vocational_training', noAmount: 'unfixed' },
      },
      {
        user: '补充一下：我没有退休金，今年也就参加了这一次培训，以前也没考过烹调师',
        expect: { undecided: 'vocational_training', noAmount: 'unfixed', oneOf: [{ asks: true }, { says: [/系统|系統/] }] },
      },
    ],
  },
  {
    id: 'v79-d21',
    class: 'unknown_reply',
    probes: 'Traditional: studio equipment, acceptance unsaid, then unknown: ask, then no figure or verdict',
    turns: [
      { user: '我司技能大師工作室新購置了一批實訓設備，總值60萬，用的是職工教育經費。請問能補助多少？', expect: askKit },
      { user: '驗收的事情我不太清楚，好像還沒有弄。', expect: dunnoKit },
    ],
  },
  {
    id: 'v79-d22',
    class: 'unknown_reply',
    probes: 'education fund: payroll missing, then unknown, then given: 8 % of 1000万 = 80万 < 90万',
    turns: [
      { user: '公司去年职工教育经费提了90万，税前能扣除多少？', expect: { ...askFund, asks: true } },
      { user: '工资薪金总额我这边查不到，说不好', expect: askFund },
      { user: '财务回复了，去年工资薪金总额是1000万', expect: deduct(800000, 900000) },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v79-d23',
    class: 'correction',
    probes: 'head count corrected from 4 to 3: 4800 then 3600',
    periodEnd: true,
    turns: [
      { user: '公司参保，招了就业困难人员4个，以工代训6个月，都没领岗前补贴，补贴多少？', expect: pay(4800) },
      { user: '不好意思我说错了，是3个人，不是4个', expect: payNot(3600, 4800) },
    ],
  },
  {
    id: 'v79-d24',
    class: 'correction',
    probes: 'Traditional: insurance corrected to "not yet insured": 1600 withdrawn',
    periodEnd: true,
    turns: [
      { user: '本公司已參保，吸納零就業家庭成員2名，以工代訓4個月，崗前補貼未申領，請問補貼標準及金額？', expect: pay(1600) },
      { user: '更正一下：社保其實是下個月才開始交，目前還沒有參保。', expect: notYes(1600) },
    ],
  },
  {
    id: 'v79-d25',
    class: 'correction',
    probes: 'numbered form, then 以工代训 months corrected from 6 to 2: 3600 then 1200',
    periodEnd: true,
    turns: [
      { user: '1、单位性质：民营企业 2、吸纳贫困劳动力3人，在岗10个月 3、以工代训6个月 4、岗前补贴：未领', expect: pay(3600) },
      { user: '刚核对了台账，以工代训其实只开展了2个月，前面写6个月是笔误', expect: payNot(1200, 3600) },
    ],
  },
  {
    id: 'v79-d26',
    class: 'correction',
    probes: 'person training: all facts fit, then the pension is corrected to "yes": no longer eligible, never a figure',
    periodEnd: true,
    turns: [
      {
        user: '我在常住地参加了育婴员培训，证已经拿到了，机构是省系统里的，今年第一次培训，没有养老金，以前没考过这个证，能享受补贴吗？',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
      {
        user: '哦不对，我记错了，我其实每个月有领养老金的，前年企业退休的',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v79-d27',
    class: 'correction',
    probes: 'equipment site corrected from base to master studio: 40万 then capped at 10万',
    periodEnd: true,
    turns: [
      { user: '我们高技能人才培训基地买了实训设备200万，职工教育经费出的，人社和财政都验收过了，能补多少', expect: kit(400000) },
      { user: '不对不对，设备是给技能大师工作室买的，不是基地', expect: kitNot(100000, 400000) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v79-d28',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, a question on an enterprise-run vocational school: 四(一), no 2000',
    periodEnd: true,
    turns: [
      { user: '贵方案中的以工代训：我司参保，招就业困难人员2名，以工代训5个月，岗前补贴没领，可补多少？', expect: pay(2000) },
      {
        user: '另外想请教，我们公司打算在郑州自己办一所职业学校，方案对企业办学有什么支持？',
        expect: { ...noFigure(['四(一)']), mustNotContain: ['2000'] },
      },
    ],
  },
  {
    id: 'v79-d29',
    class: 'topic_switch',
    probes: 'Traditional retired cadre: veterans\' training, then a poor family whose grandson is at a 技工学校: 三(三)/三(十四)',
    periodEnd: true,
    turns: [
      { user: '請問退役軍人參加技能培訓，方案裡面有什麼安排？', expect: noFigure(['三(二)', '六(一)']) },
      {
        user: '換個問題。我孫子在技工學校唸書，我們家是建檔立卡貧困戶，家裡能有什麼補助？',
        expect: noFigure(['三(三)', '三(十四)']),
      },
    ],
  },
  {
    id: 'v79-d30',
    class: 'topic_switch',
    probes: 'high-risk safety training (三(六)), then the front-line share of the education fund (六(二))',
    turns: [
      { user: '我们是化工企业，想了解一下，特种作业人员是不是必须先培训合格才能上岗？', expect: { cites: ['三(六)'] } },
      { user: '明白了。再问个别的事：职工教育经费按规定要拿多少比例用在一线职工身上？', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
    ],
  },
  {
    id: 'v79-d31',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, the minimum wage is outside the plan: declined, no figure',
    periodEnd: true,
    turns: [
      { user: '我们是扶贫车间，贫困劳动力4人，在岗7个月，以工代训3个月，没领岗前补贴，补贴多少', expect: pay(2400) },
      { user: '顺便问一句，郑州现在的最低工资标准是多少？', expect: decline },
    ],
  },
  {
    id: 'v79-d32',
    class: 'topic_switch',
    probes: 'Traditional: domestic-service training plan (lookup), then a 家政公司 eligibility question: 1200',
    periodEnd: true,
    turns: [
      { user: '方案裡對家政、養老服務從業人員的培訓有什麼計劃？', expect: { cites: ['三(四)', '五(一)'] } },
      { user: '那我們家政公司招了兩個就業困難人員，公司有參保，以工代訓三個月，崗前補貼沒領過，能補多少？', expect: pay(1200) },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v79-d33',
    class: 'person_training',
    probes: 'Traditional retired cadre drawing a monthly pension: not in scope of 职业培训补贴, no figure',
    periodEnd: true,
    turns: [
      {
        user: '本人退休幹部，每月按時領取養老金。想報名學習中式麵點師，考取證書後能否享受職業培訓補貼？',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['六(一)', '七(二)'] },
      },
    ],
  },
  {
    id: 'v79-d34',
    class: 'person_training',
    probes: 'Traditional: three subsidies already this year, a fourth is over the limit of 3',
    periodEnd: true,
    turns: [
      {
        user: '今年我已經領過三次培訓補貼了（電工、焊工、叉車），最近又考了個保育員證，請問還能再補一次嗎？',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', says: [/3\s*次|三次/] },
      },
    ],
  },
  {
    id: 'v79-d35',
    class: 'person_training',
    probes: 'same occupation and level again at another institution: not twice',
    periodEnd: true,
    turns: [
      {
        user: '前年考过中级电工领了补贴，今年又换了个机构再考了一次中级电工，能再补一次吗',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v79-d36',
    class: 'person_training',
    probes: 'training where one lives and works counts (七(二)); all facts then eligible, but the plan fixes no sum',
    periodEnd: true,
    turns: [
      { user: '我户口在周口，在郑州上班租房住，在郑州参加的技能培训，这种情况算不算数', expect: noFigure(['七(二)']) },
      {
        user: '证书已经拿到了，是头一回参加，没有养老金，机构是进了系统的，以前没领过补贴，那能补多少钱',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v79-d37',
    class: 'person_training',
    probes: 'Traditional: a new occupation published by the state follows the priority-occupation standard; no figure',
    turns: [
      {
        user: '我們公司安排員工學習工業機器人系統運維員，這是國家新公佈的職業，請問培訓補貼按什麼標準執行？',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/优先|優先/] },
      },
    ],
  },
  {
    id: 'v79-d38',
    class: 'person_training',
    probes: 'poor labour asks about fees: the training is free (三(三)), no figure',
    periodEnd: true,
    turns: [
      { user: '我是建档立卡贫困户，想去学开挖掘机，请问培训要不要交学费？', expect: { noAmount: 'unfixed', cites: ['三(三)'], says: [/免费|免費/] } },
    ],
  },
  {
    id: 'v79-d39',
    class: 'person_training',
    probes: 'Traditional four-part question: amount (unset), timing (unset), where, still valid (ended)',
    periodEnd: true,
    turns: [
      {
        user: '請教幾個問題：1) 參加職業技能培訓取得證書後，補貼標準是多少？2) 多久能發下來？3) 應該到哪裡申請？4) 這個政策現在還有效嗎？',
        expect: { noAmount: 'unfixed', mentionsPeriodEnd: true, says: [HONEST_NOT_SETTLED], cites: ['七(二)', '六(一)', '六(三)'] },
      },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v79-d40',
    class: 'entrepreneurship',
    probes: 'shop open for 6–7 years: not via the ≤5-year route; the wish to open a new shop makes it eligible',
    periodEnd: true,
    turns: [
      {
        user: '我开小超市已经六七年了，想参加创业培训，能报名不？',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
      {
        user: '我其实打算再开一家新店，自己当老板，这个算不算有创业愿望？',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed', cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v79-d41',
    class: 'entrepreneurship',
    probes: 'Traditional wrong premise "三年以內": the plan says 5 years; four years qualifies',
    periodEnd: true,
    turns: [
      {
        user: '方案第三條第八項是說開業三年以內的小微企業主才能參加創業培訓，是嗎？我的小公司開了四年了，是不是就不行了？',
        expect: { says: [/5\s*年|五年/], cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v79-d42',
    class: 'entrepreneurship',
    probes: 'a parent asks for a child at a 职业学院: students qualify for 创业意识 training; no figure',
    turns: [
      {
        user: '孩子在职业学院读大二，学校在搞创业培训，他能参加吗？要不要交钱？',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v79-d43',
    class: 'entrepreneurship',
    probes: '一、二、三 list: staff wishing to start a business, the subsidy standard (unset), quotas',
    periodEnd: true,
    turns: [
      {
        user: '一、我司部分员工有自主创业的意愿，可否参加创业培训？二、创业培训补贴标准是多少？三、培训名额有没有限制？',
        expect: noFigure(['三(八)']),
      },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v79-d44',
    class: 'equipment',
    probes: 'Traditional formal: base, 150万 from the education fund, accepted: 30万',
    periodEnd: true,
    turns: [
      {
        user: '本企業高技能人才培訓基地新購實訓設備一批，總值150萬元，資金來源為職工教育經費，已經人社、財政部門驗收合格。請問一次性補助金額是多少？',
        expect: kit(300000),
      },
    ],
  },
  {
    id: 'v79-d45',
    class: 'equipment',
    probes: 'wrong premise "20% 是24万": a master studio is capped at 10万',
    turns: [
      {
        user: '公司的技能大师工作室添置了设备120万，职工教育经费列支，已验收通过，按20%算应该是24万吧？',
        expect: kitNot(100000, 240000),
      },
    ],
  },
  {
    id: 'v79-d46',
    class: 'equipment',
    probes: 'numbered list, two sites: base capped at 50万 plus studio 8万 = 58万, not 68万',
    turns: [
      {
        user: '1. 高技能人才培训基地：新购设备300万（职工教育经费，已验收）2. 技能大师工作室：新购设备40万（资金来源、验收同上）请问合计补助多少？',
        expect: kitNot(580000, 680000),
      },
    ],
  },
  {
    id: 'v79-d47',
    class: 'equipment',
    probes: 'equipment bought with a bank loan, not the education fund: no 16万',
    turns: [
      {
        user: '基地那批设备是用银行贷款买的，80万，已经验收了，能按20%申请补助吗？',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['160000', /(?<![\d.])16\s*万/] },
      },
    ],
  },
  {
    id: 'v79-d48',
    class: 'equipment',
    probes: 'Traditional: one studio bought in three lots (cap once: 10万, not 24万), then a base 100万 added: 30万',
    turns: [
      {
        user: '我們的技能大師工作室分三次購買設備：第一次30萬，第二次40萬，第三次50萬，都是職工教育經費，都驗收了。每次分開算的話能補多少？',
        expect: kitNot(100000, 240000),
      },
      { user: '另外高技能人才培訓基地也買了100萬的設備，同樣是教育經費、已驗收，兩處一共多少？', expect: { ...kit(300000), mustNotContain: ['440000'] } },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v79-d49',
    class: 'education_fund',
    probes: 'fund above 8 %: deduction limited to 240万, not 300万',
    turns: [
      { user: '我司全年工资薪金总额3000万元，职工教育经费提取了300万元，请问税前扣除限额是多少？', expect: deduct(2400000, 3000000) },
    ],
  },
  {
    id: 'v79-d50',
    class: 'education_fund',
    probes: 'Traditional wrong premise "百分之十": 8 % of 500万 = 40万, not 45万',
    turns: [
      {
        user: '方案說職工教育經費稅前扣除是工資總額的百分之十，對吧？我們工資總額500萬，教育經費提了45萬，是不是能全扣？',
        expect: deduct(400000, 450000, /8\s*%|百分之八/),
      },
    ],
  },
  {
    id: 'v79-d51',
    class: 'education_fund',
    probes: 'front-line share 50 % under the 60 % the plan asks; the deduction is still 200万',
    turns: [
      {
        user: '教育经费提了200万，工资总额4000万，用在一线职工培训上的只有一半左右，这个有影响吗？税前能扣多少？',
        expect: deduct(2000000, undefined, /60\s*%|百分之六十|六成/),
      },
    ],
  },
  {
    id: 'v79-d52',
    class: 'education_fund',
    probes: '1）2） list: the rate (8 %) first, payroll missing; then 1200万: 80万',
    turns: [
      {
        user: '1）职工教育经费税前扣除的比例是多少？2）我们去年提了80万，能全部扣吗？',
        expect: { ...askFund, says: [/8\s*%|百分之八/] },
      },
      { user: '工资薪金总额是1200万整', expect: deduct(800000) },
    ],
  },
  {
    id: 'v79-d53',
    class: 'education_fund',
    probes: 'can the education fund pay 师带徒 allowances: yes (六(二)), no figure',
    turns: [{ user: '请问职工教育经费能不能拿来发师带徒的津贴补助？', expect: noFigure(['六(二)']) }],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v79-d54',
    class: 'apprenticeship',
    probes: '20 apprentices, amount per apprentice: the plan fixes none',
    periodEnd: true,
    turns: [{ user: '我们公司实行企业新型学徒制，带了20个学徒，一个学徒能补多少钱？', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v79-d55',
    class: 'apprenticeship',
    probes: 'Traditional wrong premise "每人每年五千元": the plan fixes no amount, no 5万',
    periodEnd: true,
    turns: [
      {
        user: '聽說方案規定企業新型學徒每人每年補貼五千元，我們廠有十個學徒，是不是一年能拿五萬？',
        expect: { ...noFigure(['四(一)']), mustNotContain: [/(?<![\d.])5\s*万/, '50000'] },
      },
    ],
  },
  {
    id: 'v79-d56',
    class: 'apprenticeship',
    probes: 'Traditional: the 3-year target (2万名) is stated; the per-apprentice amount is not',
    periodEnd: true,
    turns: [
      { user: '學徒制這一塊，三年一共要培養多少名新型學徒？', expect: { cites: ['四(一)'], says: [/2\s*万|两万|兩萬|2\s*萬/] } },
      { user: '那我們公司帶的學徒，補貼怎麼申請，每人補多少？', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v79-d57',
    class: 'apprenticeship',
    probes: 'three-part: 现代学徒制 vs 企业新型学徒制, which applies, the standard (unset)',
    turns: [
      {
        user: '现代学徒制和企业新型学徒制有什么区别？我们跟职业学院合作带的学徒算哪一种？补贴标准是多少？',
        expect: noFigure(['四(一)']),
      },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v79-d58',
    class: 'period',
    probes: 'Traditional "現在還能申請嗎" with facts half given: the plan ended, no figure',
    periodEnd: true,
    turns: [
      { user: '現在還能申請以工代訓補貼嗎？我們參保企業剛招了兩個就業困難人員。', expect: { ...ended, noAmount: 'open' } },
    ],
  },
  {
    id: 'v79-d59',
    class: 'period',
    probes: 'dated: September 2020, poor ×2, answered for that date (2400); then "still valid now": ended',
    periodEnd: true,
    turns: [
      {
        user: '2020年9月的时候，我们扶贫车间吸纳贫困劳动力2人（已在岗6个月），以工代训6个月，岗前补贴没领，当时能享受多少？',
        expect: pay(2400),
      },
      { user: '那现在这个方案还管用吗？', expect: ended },
    ],
  },
  {
    id: 'v79-d60',
    class: 'period',
    probes: 'Traditional: when did the plan start and end, is it still applied: ended 2021-12-31',
    periodEnd: true,
    turns: [{ user: '老同志想了解一下：這個方案是哪年開始、哪年結束的？現在還在執行不？', expect: ended }],
  },
  {
    id: 'v79-d61',
    class: 'period',
    probes: 'project training advance: 50 % of 40万 = 20万; then "this year again?": ended',
    periodEnd: true,
    turns: [
      {
        user: '我们是培训机构，开展项目制培训，这个项目的培训补贴总额是40万，按方案能先拨付多少？',
        expect: { amount: { rule: 'project_training_advance', yuan: 200000 } },
      },
      { user: '今年我们还想再搞一期，现在还能按这个办吗？', expect: ended },
    ],
  },
  {
    id: 'v79-d62',
    class: 'period',
    probes: 'quoting 系统之外零补贴 and asking if it still binds today: the plan ended',
    periodEnd: true,
    turns: [
      {
        user: '方案里说“补贴培训进系统、系统之外零补贴”，我们机构现在还要按这个要求执行吗？',
        expect: { ...ended, cites: ['六(三)', '七(一)'] },
      },
    ],
  },
];
