/**
 * HELD-OUT dialogues, set v117 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, scripts/, prompts/, other held-out sets or the dev tests. Only the format of
 * v101 (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Theme: LONG conversations (mostly 4–6 turns). An employer, an HR clerk, an accountant, a worker
 * or a hotline operator relaying a caller tells a case, then corrects earlier facts one by one
 * (head counts, months employed, months of 以工代训, whether the unit pays social insurance, whether
 * the 岗前培训补贴 was claimed, what kind of unit it is), says 不知道/不清楚 and answers later, asks an
 * unrelated question in between (weather, 公积金, 最低工资, 残保金, tax, or another clause of the plan)
 * and comes back to the case.
 *
 * Who types: Henan people on WeChat — 俺/咱/恁/啥/中不中/弄啥嘞, spaces for punctuation, run-on
 * sentences with several facts, Chinese numerals (仨/俩/八个月/一百二十万), 同音错字 (以工带训,
 * 扶贫车问, 残积人, 合做社), relatives' cases (俺娘/俺爹/俺哥/俺闺女/俺表弟/俺老婆), and 12333 staff
 * passing on what a caller says.
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it depends
 * on has been said: the kind of unit, insurance where the rule needs it, the group, the count,
 * months employed (poor labour ≥ 6), months of 以工代训 (cap 6), and that the 岗前培训补贴 was not
 * claimed. After a correction only the corrected fact changes; the other facts stand.
 *
 * Rules applied (from the text and eligibility.md):
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row. 建档立卡贫困劳动力
 *   qualify when employed ≥ 6 months by any 生产经营主体 (企业、农民专业合作社、扶贫车间, a 培训机构 too;
 *   not a 职业院校), insurance not needed. 就业困难人员 (incl. 残疾人) and 零就业家庭成员 qualify only
 *   with an insured ENTERPRISE (参保企业; a cooperative or 扶贫车间 is not one), no six-month condition.
 *   退役军人 and 农村转移就业劳动者 are no group of this rule. Rows whose 岗前培训补贴 was claimed do not
 *   count (不得重复享受).
 * - 项目制 advance (六(一)): 50 % of the project's training subsidy.
 * - Equipment (四(一)): per site min(20 % × value bought from the 职工教育经费, 50万 for a 高技能人才培训基地
 *   / 10万 for a 技能大师工作室), only after 人社 and 财政 验收合格.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额) — a 税前扣除, never cash;
 *   the 60 % front-line share is noted when under it.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, 助学金, family aid,
 *   entrepreneurship training: the plan fixes no amount.
 * - The plan ran 2019-12-02 to 2021-12-31: anyone asking what they can get must hear it has ended.
 *
 * Hand computations of every amount expected (yuan):
 * - d01 food factory, 5 poor, employed 10 mo, 以工代训 8 mo → 5×200×6 = 6000 (not 8000 = ×8).
 * - d02 扶贫车间, 3 poor, 7 mo / 7 mo → 3×200×6 = 3600 (not 4200).
 * - d03 insured company, 2 零就业, employed 5 mo, 以工代训 4 mo → 2×200×4 = 1600.
 * - d04 company, 4 残疾人, employed 10 mo, 以工代训 5 mo; insured said in turn 2 → 4×200×5 = 4000 (not 4800).
 * - d05 cooperative, 2 poor employed only 4 mo → nothing (would be 1600).
 * - d06 training institution, 2 poor 12 mo / 6 mo → 2400; 项目制 subsidy 8万 → advance 50 % = 40000.
 * - d07 insured company: 3 poor 9 mo / 6 mo → 3600; 2 残疾人 5 mo / 3 mo → 1200; 1 退役军人 → 0;
 *   total 4800 (not 5400 with the veteran).
 * - d08 insured logistics company: 6 poor 12 mo / 6 mo → 7200; 2 零就业 3 mo / 3 mo → 1200; total 8400
 *   (not 9600 = the 零就业 at 6 months).
 * - d09 cooperative: 4 poor 8 mo / 6 mo → 4800; 2 就业困难 → 0 (not an enterprise); total 4800 (not 6400).
 * - d10 uninsured company: 2 poor 10 mo / 6 mo → 2400; 1 零就业 → 0 (uninsured); total 2400 (not 3400).
 * - d11 扶贫车间: 5 poor 7 mo / 6 mo → 6000; 2 残疾人 → 0 (not an enterprise); total 6000 (not 7200).
 * - d12 扶贫车间: 6 poor 9 mo / 6 mo → 7200; 2 零就业 → 0 (not an insured enterprise); total 7200 (not 9200).
 * - d13 company, 3 poor, 岗前补贴 claimed → nothing (would be 3600).
 * - d14 uninsured company, 4 残疾人 3 mo / 3 mo → nothing (would be 2400).
 * - d15 rural migrants → nothing; then 1 poor 9 mo / 6 mo in the company → 1200.
 * - d18 factory, 7 poor 11 mo / 6 mo, 岗前 answered after an aside → 7×200×6 = 8400.
 * - d19 company, 3 残疾人 4 mo / 4 mo, insured answered later → 3×200×4 = 2400; one of them 零就业
 *   instead → still 2400.
 * - d20 技能大师工作室, 40万 from the fund, 验收 answered later → 40万×20 % = 8万 = 80000.
 * - d21 fund 90万, payroll 1000万 → min(90万, 8 %×1000万 = 80万) = 800000.
 * - d22 cooperative, 6 poor 10 mo, 以工代训 5 mo answered later → 6×200×5 = 6000 (not 7200).
 * - d24 company, 8 poor 10 mo / 6 mo → 9600; count 6 → 7200; 以工代训 4 mo → 6×200×4 = 4800; 2 of them
 *   had the 岗前补贴 → 4×200×4 = 3200; the unit is a 扶贫车间 → still 3200.
 * - d25 insured company, 5 就业困难 5 mo / 5 mo → 5000; "not insured" → nothing; insured again → 5000;
 *   one of the five 零就业 instead → still 5000 (not 4000).
 * - d26 3 poor 7 mo / 6 mo → 3600; employed 5 mo / 5 mo → nothing (not 3000); employed 8 mo / 5 mo →
 *   3×200×5 = 3000.
 * - d27 insured company: 4 poor 9/6 → 4800 + 3 残疾人 6/6 → 3600 = 8400; 残疾人 2 → 4800 + 2400 = 7200;
 *   poor 5 → 6000 + 2400 = 8400 (not 9600 = the 残疾人 correction lost).
 * - d28 职业院校 → nothing; the school's own registered company, 2 poor 8/6 → 2400.
 * - d30 cooperative → nothing; its company, insured → 3 就业困难 4/4 → 2400; the company not insured →
 *   nothing.
 * - d31 insured company, 2 零就业 4/4 → 1600.
 * - d32 cooperative, 4 poor 7/6 → 4800.
 * - d33 高技能人才培训基地 120万 → 24万 = 240000; if 300万 → 60万, capped at 50万 = 500000.
 * - d34 insured factory, 3 残疾人 2/2 → 1200.
 * - d35 small factory, 2 poor 6/6 → 2400; one of them employed 5 mo / 5 mo → 1×200×6 = 1200 (not 2200).
 * - d36 fund 40万, payroll 400万 → min(40万, 32万) = 320000; studio 25万, 验收 answered later → 5万 = 50000.
 * - d47 技能大师工作室 60万 → 12万, capped at 10万 = 100000; 35万 → 7万 = 70000; plus a base of 200万 →
 *   40万; both sites 470000.
 * - d48 base 80万 from own money → nothing; from the fund → 16万 = 160000.
 * - d49 80万, site unknown → open (16万 for a base, 10万 for a studio); a studio → 100000.
 * - d50 two named studios, 20万 and 40万 → 4万 + 8万 = 120000 (each under its own 10万 cap).
 * - d51 base 100万, not yet 验收 → nothing; 验收 → 20万 = 200000.
 * - d52 payroll 3000万, fund 200万 → min(200万, 240万) = 2000000.
 * - d53 payroll 500万, fund 50万 → min(50万, 40万) = 400000; front line 20万 of 50万 = 40 % < 60 %
 *   (noted); corrected to 35万 = 70 %, deduction unchanged 400000.
 * - d54 fund 60万, payroll 1200万 → min(60万, 96万) = 600000; payroll 600万 → min(60万, 48万) = 480000.
 * - d55 payroll 800万, fund answered later 70万 → min(70万, 64万) = 640000.
 * - d56 payroll 2000万, fund 100万 → min(100万, 160万) = 1000000.
 * - d57 insured company, 5 poor apprentices 7/6 → 6000; 4 → 4800; apprenticeship: no amount.
 * - d59 insured 家政 company, 2 disabled apprentices 3/3 → 1200.
 * - d62 company (2020), 3 poor 10/6 → 3600 (for reference; the plan has ended).
 * - d63 insured company, 1 零就业 2/2 → 400 (asked as if the plan still ran).
 * - d65 技能大师工作室 30万 → 6万 = 60000.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered 不知道/不清楚: no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount, without the figures a misreading would give. */
const pay = (yuan: number, ...wrong: number[]): TurnExpect =>
  wrong.length ? { amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) } : { amount: { rule: 'on_job_training', yuan } };
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** An aside the plan does not cover. */
const outside: TurnExpect = { answered: false };
/** The plan ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, noAmount: 'open', undecided: 'equipment_subsidy', mustNotContain: wrong });
/** The education-fund deduction: 税前. */
const deduct = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});
/** A denial in words. */
const NO = /不能|不符合|不可以|不予|无法|没法|享受不了|领不了|不行|不属于|不在.{0,6}范围/;
/** A yes in words. */
const YES = /可以|能享受|能参加|符合|能领|能报/;
/** The person's training subsidy is denied on a fact said. */
const trainNo: TurnExpect = { noAmount: 'unfixed', oneOf: [{ status: { rule: 'vocational_training', status: 'ineligible' } }, { says: [NO] }] };
/** The person's training subsidy is still open or granted, not denied. */
const trainNotNo: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } };
/** Every condition of the person's training subsidy said and met. */
const trainYes: TurnExpect = {
  noAmount: 'unfixed',
  notVerdict: { rule: 'vocational_training', status: 'ineligible' },
  oneOf: [{ status: { rule: 'vocational_training', status: 'eligible' } }, { says: [YES] }],
};
/** Entrepreneurship training open to this person. */
const startYes: TurnExpect = {
  noAmount: 'unfixed',
  notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' },
  oneOf: [{ status: { rule: 'entrepreneurship_training', status: 'eligible' } }, { says: [YES] }],
};
const SIX_MONTHS = /(6|六)\s*个月/;

export const DIALOGUES_V117: readonly Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v117d01',
    class: 'one_group',
    probes: 'poor labour told over three turns; 以工代训 8 months capped at 6 once the 岗前 fact comes; who gets the money',
    periodEnd: true,
    turns: [
      { user: '恁好 俺是中牟一个食品厂嘞人事 厂里招了几个建档立卡贫困户 这个以工代训能补多少钱啊', expect: ask },
      { user: '五个人 都在厂里干了十个月了 以工代训是从进厂就开始带嘞 带了八个月', expect: ask },
      { user: '岗前培训补贴？那个没申过 俺们都不知道还有这个', expect: pay(6000, 8000) },
      { user: '那这个钱是打给厂里还是打到工人自己卡上', expect: { says: [/生产经营主体|企业|厂|单位/], cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v117d02',
    class: 'one_group',
    probes: 'a 扶贫车间 with poor labour, 7 months of 以工代训 capped at 6, all in one run-on message',
    periodEnd: true,
    turns: [
      {
        user: '俺村扶贫车间 收了仨建档立卡嘞 都在车间干满七个月了 以工带训也搞了七个月 岗前培训补贴一回也没领过 能给多少钱',
        expect: pay(3600, 4200),
      },
    ],
  },
  {
    id: 'v117d03',
    class: 'one_group',
    probes: 'zero-employment-family hires of an insured company need no six months; the 6-month cap asked after',
    periodEnd: true,
    turns: [
      { user: '公司招了两个零就业家庭嘞 社保公司都给交着 人来了五个月 以工代训搞了四个月 岗前补贴没拿过 这能补不', expect: pay(1600) },
      { user: '这个以工代训补贴最多能补几个月啊 俺想着再往后带带', expect: { says: [SIX_MONTHS], cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v117d04',
    class: 'one_group',
    probes: 'disabled hires: the insurance fact is asked for, then given; 5 months not rounded up to 6',
    periodEnd: true,
    turns: [
      { user: '俺们是个做纸箱嘞小公司 招了四个残疾人 都干了十个月了 以工代训弄了五个月 岗前培训补贴没报过 这以工代训补贴俺能申不', expect: ask },
      { user: '社保是交嘞 四个人一直都在公司名下交着', expect: pay(4000, 4800) },
    ],
  },
  {
    id: 'v117d05',
    class: 'one_group',
    probes: 'poor labour employed only 4 months by a cooperative: not yet; the six-month condition asked after',
    periodEnd: true,
    turns: [
      {
        user: '我们是农民专业合做社 招了两个贫困劳动力 才干了四个月 以工代训也是四个月 岗前补贴没拿 能申请以工代训补贴不',
        expect: { ...notYes(1600), says: [SIX_MONTHS] },
      },
      { user: '那得在俺合作社干够几个月才中', expect: { says: [SIX_MONTHS], cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v117d06',
    class: 'one_group',
    probes: 'a training institution is a production entity for poor labour; then a 项目制 advance of 50 %',
    periodEnd: true,
    turns: [
      {
        user: '俺们是一家培训机构 民办嘞 有营业执照 招了两个建档立卡嘞干保洁跟后勤 干了一年了 以工代训六个月 岗前补贴没领',
        expect: pay(2400),
      },
      { user: '俺们机构还想接项目制培训 听说培训补贴能先拨一半过来 是真嘞不', expect: { cites: ['六(一)', '五(四)'] } },
      { user: '这一期项目培训补贴总共是八万块', expect: { amount: { rule: 'project_training_advance', yuan: 40000 } } },
      { user: '剩下那一半补贴啥时候能拨下来', expect: { says: [HONEST_NOT_SETTLED] } },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v117d07',
    class: 'several_groups',
    probes: 'three groups in one message: poor and disabled count, the veteran does not',
    periodEnd: true,
    turns: [
      {
        user: '公司参保嘞 今年收了贫困户三个 干了九个月 以工代训六个月 残疾人两个 来了五个月 以工代训三个月 还有一个退伍军人 以工代训也三个月 这些人岗前培训补贴都没领过 一共能补多少',
        expect: pay(4800, 5400),
      },
    ],
  },
  {
    id: 'v117d08',
    class: 'several_groups',
    probes: 'two groups told over turns, 岗前 last; a funding-source question after the sum',
    periodEnd: true,
    turns: [
      { user: '俺是郑州一家物流公司嘞人事 社保都正常交 想问下招了建档立卡嘞跟零就业家庭嘞 以工代训咋算', expect: ask },
      { user: '建档立卡嘞六个 都干了一年了 以工代训带了六个月 零就业家庭嘞两个 干了三个月 以工代训也三个月', expect: ask },
      { user: '岗前技能培训补贴 这八个人都没申请过', expect: pay(8400, 9600) },
      { user: '这个钱是从哪块资金里出 失业保险基金吗', expect: { oneOf: [{ cites: ['六(二)', '六(一)'] }, { says: [HONEST_NOT_SETTLED] }] } },
    ],
  },
  {
    id: 'v117d09',
    class: 'several_groups',
    probes: 'a cooperative: poor labour counts, 就业困难 hires do not (not an enterprise)',
    periodEnd: true,
    turns: [
      {
        user: '合作社这边问下 收了四个建档立卡户 干了八个月 以工代训六个月 还有两个就业困难人员 来了四个月以工代训四个月 都没拿岗前培训补贴 这两类人都能补吗',
        expect: pay(4800, 6400),
      },
    ],
  },
  {
    id: 'v117d10',
    class: 'several_groups',
    probes: 'an uninsured company: poor labour counts, the 零就业 hire does not; what insuring now would change',
    periodEnd: true,
    turns: [
      {
        user: '俺们小公司 社保没给工人交 招了俩贫困户干了十个月 以工代训六个月 还有一个零就业家庭嘞 来了五个月以工代训五个月 岗前补贴都没领',
        expect: pay(2400, 3400),
      },
      { user: '那要是俺现在开始给他们交社保 零就业那一个能补上不', expect: { says: [/参保/] } },
    ],
  },
  {
    id: 'v117d11',
    class: 'several_groups',
    probes: 'a 扶贫车间 told in pieces with typos: poor labour counts, disabled hires do not',
    periodEnd: true,
    turns: [
      { user: '扶贫车问这边问下 建档立卡嘞五个 来了七个月 以工代训带满六个月了', expect: ask },
      { user: '还有俩残积人 带了三个月 来了也三个月', expect: ask },
      { user: '岗前补贴这七个人都没弄过 一共给多少', expect: pay(6000, 7200) },
    ],
  },
  {
    id: 'v117d12',
    class: 'several_groups',
    probes: 'a brother relays a 扶贫车间 case: 零就业 hires not counted there; why; whose money',
    periodEnd: true,
    turns: [
      { user: '俺哥在一个扶贫车间管事 让俺帮他问 车间收了建档立卡嘞六个 还有俩零就业家庭嘞', expect: ask },
      { user: '建档立卡嘞干了九个月 以工代训六个月 零就业嘞干了五个月 以工代训五个月 岗前补贴一个都没领', expect: pay(7200, 9200) },
      { user: '零就业那俩为啥不算 俺哥想不通', expect: { says: [/参保企业|企业/] } },
      { user: '车间嘞工人还问 这钱他们个人能分到手不', expect: { says: [/生产经营主体|车间|单位|企业/] } },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v117d13',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 … 领过: claimed, said after the noun; no 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '以工代训补贴想问问 公司招了三个建档立卡贫困户 干满八个月了 以工代训六个月 岗前技能培训补贴呢 领过 去年就领了',
        expect: { ...notYes(3600), says: [/重复/] },
      },
    ],
  },
  {
    id: 'v117d14',
    class: 'negation_after_noun',
    probes: '社保 … 公司没交: uninsured, said after the noun; disabled hires do not count',
    periodEnd: true,
    turns: [
      {
        user: '残疾人四个 入职三个月了 社保 公司没交 以工代训做了三个月 岗前培训补贴 没领 俺这公司能补吗',
        expect: { ...notYes(2400), says: [/参保/] },
      },
    ],
  },
  {
    id: 'v117d15',
    class: 'negation_after_noun',
    probes: '贫困户 … 不是: rural migrants are no group of the rule; one poor hire added later counts',
    periodEnd: true,
    turns: [
      { user: '俺们是个建材公司 招嘞几个人 贫困户 不是 就是普通农村出来打工嘞 以工代训搞了半年 有补贴没', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' } } },
      { user: '哦对 里头有一个是建档立卡嘞 干了九个月 以工代训六个月 岗前补贴没申过', expect: pay(1200) },
      { user: '其他几个农民工就一分没有呗', expect: { cites: ['六(一)', '三(二)', '七(二)'] } },
    ],
  },
  {
    id: 'v117d16',
    class: 'negation_after_noun',
    probes: '证书 … 没考下来: no certificate, no training subsidy',
    periodEnd: true,
    turns: [
      { user: '证书 没考下来 参加嘞是电工培训 在户籍地学嘞 培训机构在系统里 今年头一回 这能领培训补贴不', expect: trainNo },
    ],
  },
  {
    id: 'v117d17',
    class: 'negation_after_noun',
    probes: '养老金 没有: no pension is no bar; then every condition met',
    periodEnd: true,
    turns: [
      { user: '俺爸六十二了 养老金 没有 每月啥也不领 他想学个家政 能享受培训补贴不', expect: trainNotNo },
      { user: '在老家县里学 就是户籍地 学完拿了证 机构说在省里那个系统里 他今年头一次 以前也没学过这个', expect: trainYes },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v117d18',
    class: 'unknown_reply',
    probes: '岗前 not known, an outside aside (公积金), then the answer found in the books',
    periodEnd: true,
    turns: [
      { user: '俺是新郑一个厂里做人事嘞 厂子招了七个建档立卡嘞 都干了十一个月 以工代训带了六个月 想算算补贴', expect: ask },
      { user: '岗前培训补贴领没领俺真不知道 前头那个人事走了 没交接', expect: dunno },
      { user: '先问个别嘞 咱郑州住房公积金缴存比例是多少', expect: outside },
      { user: '翻了账本了 岗前补贴一分没领过', expect: pay(8400) },
    ],
  },
  {
    id: 'v117d19',
    class: 'unknown_reply',
    probes: 'insurance not known (paid through an agency?), then settled; a swapped group gives the same sum',
    periodEnd: true,
    turns: [
      { user: '公司招了三个残疾人 来了四个月 以工代训搞了四个月 岗前培训补贴没领过', expect: ask },
      { user: '社保这块我不太清楚 好像是外包给人力公司交嘞 不知道算不算公司参保', expect: dunno },
      { user: '问了老板 公司自己有社保账户 这仨人都是公司自己交嘞', expect: pay(2400) },
      {
        user: '要是这仨里头有一个其实是零就业家庭嘞 不是残疾人 钱数变不变',
        expect: { oneOf: [{ amount: { rule: 'on_job_training', yuan: 2400 } }, { says: [/2400|不变|一样|同样/] }] },
      },
    ],
  },
  {
    id: 'v117d20',
    class: 'unknown_reply',
    probes: 'equipment: 验收 not known, then done; 20 % of 40万 under the studio cap',
    periodEnd: true,
    turns: [
      { user: '公司建了个技能大师工作室 用职工教育经费买了四十万嘞实训设备 能补多少', expect: kitOpen('80000', '8万') },
      { user: '验收那事我不知道 是行政那边在跑', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
      { user: '行政说人社跟财政已经来验过了 合格', expect: kit(80000) },
    ],
  },
  {
    id: 'v117d21',
    class: 'unknown_reply',
    probes: 'education fund: payroll not known, then given; the cap binds; carry-over not in the plan',
    periodEnd: true,
    turns: [
      { user: '财务问一下 今年职工教育经费提了九十万 税前能扣多少', expect: { noAmount: 'open', oneOf: [{ asks: true }, { says: [/8\s*%|百分之八|工资薪金总额/] }] } },
      { user: '工资总额我手头没有 不知道 得问老板', expect: { noAmount: 'open' } },
      { user: '老板说全年工资薪金总额一千万整', expect: deduct(800000) },
      { user: '超出嘞那十万咋办 能挪到明年扣不', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { answered: false }] } },
    ],
  },
  {
    id: 'v117d22',
    class: 'unknown_reply',
    probes: 'months of 以工代训 not known, an in-plan aside on apprenticeship, then the months given',
    periodEnd: true,
    turns: [
      { user: '合作社 招了六个贫困户 都干了十个月', expect: ask },
      { user: '以工代训搞了几个月我不清楚 带他们嘞老师傅才知道', expect: dunno },
      { user: '顺便问下 合作社能不能搞那个企业新型学徒', expect: { noAmount: 'open', cites: ['四(一)'] } },
      { user: '老师傅说以工代训带了五个月 岗前补贴合作社没领过', expect: pay(6000, 7200) },
      { user: '那钱是打到合作社账上是吧', expect: { says: [/合作社|生产经营主体/] } },
    ],
  },
  {
    id: 'v117d23',
    class: 'unknown_reply',
    probes: 'a wife\'s training: whether the institution is in the system not known, then known',
    periodEnd: true,
    turns: [
      { user: '俺老婆在郑州报了个母婴护理 户口在商丘 在郑州租房住 证也考下来了 能领补贴不', expect: trainNotNo },
      { user: '培训机构在不在那个系统里 俺不知道啊 这咋查', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
      { user: '她今年之前没领过别嘞补贴 也没退休金 以前没学过这个', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
      { user: '问了机构 说是在河南省职业培训信息管理系统里报嘞名', expect: trainYes },
      { user: '那能补多少 有个准数没', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v117d24',
    class: 'correction',
    probes: 'six turns: count, months of 以工代训, 岗前 for two, then the unit kind corrected one by one',
    periodEnd: true,
    turns: [
      { user: '俺们公司招了八个建档立卡贫困户 都干了十个月 以工代训六个月 岗前补贴没领', expect: pay(9600) },
      { user: '说错了 不是八个 是六个', expect: pay(7200) },
      { user: '以工代训也不是六个月 其实是四个月', expect: pay(4800) },
      { user: '还有 岗前培训补贴有两个人领过 另外四个没领', expect: pay(3200) },
      { user: '哎 俺们不是公司 是扶贫车间 挂在村委会底下嘞', expect: pay(3200) },
      { user: '那最后到底是多少 给句准话', expect: pay(3200) },
    ],
  },
  {
    id: 'v117d25',
    class: 'correction',
    probes: 'insurance withdrawn and restored; a 就业困难 hire re-labelled 零就业 changes nothing',
    periodEnd: true,
    turns: [
      { user: '公司参保 招了五个就业困难人员 干了五个月 以工代训五个月 岗前补贴没领', expect: pay(5000) },
      { user: '等下 社保其实还没开户 公司还没参保', expect: notYes() },
      { user: '那个啥 俺又问了会计 社保三月份就开了 是参保嘞', expect: pay(5000) },
      { user: '人也得改一下 五个里头有一个是零就业家庭嘞 不是就业困难 不过也一样带了五个月', expect: pay(5000, 4000) },
      { user: '那一共还是那些不', expect: pay(5000, 4000) },
    ],
  },
  {
    id: 'v117d26',
    class: 'correction',
    probes: 'months employed corrected below six (nothing) and back above (以工代训 5 months stands)',
    periodEnd: true,
    turns: [
      { user: '厂里三个贫困户 干了七个月 以工代训六个月 岗前补贴没领过', expect: pay(3600) },
      { user: '不对不对 是入职五个月 以工代训也就五个月', expect: notYes(3000) },
      { user: '入职记录看错行了 是入职八个月 以工代训五个月这个没错', expect: pay(3000) },
      { user: '那就是三千块是吧', expect: pay(3000) },
    ],
  },
  {
    id: 'v117d27',
    class: 'correction',
    probes: 'two groups, counts corrected one at a time with an outside aside (最低工资) between',
    periodEnd: true,
    turns: [
      {
        user: '俺们是参保嘞企业 收了建档立卡贫困户四个 残疾人三个 贫困户干了九个月以工代训六个月 残疾人干了六个月以工代训六个月 岗前补贴都没领',
        expect: pay(8400),
      },
      { user: '残疾人是两个 不是仨', expect: pay(7200) },
      { user: '插一句 郑州现在最低工资标准是多少', expect: outside },
      { user: '接着说刚才那个 贫困户也记错了 是五个', expect: pay(8400, 9600) },
      { user: '确定了 最后就这么些人 给个总数', expect: pay(8400, 9600) },
    ],
  },
  {
    id: 'v117d28',
    class: 'correction',
    probes: 'a 职业院校 is no production entity; corrected to the school\'s registered company; the school\'s own aid',
    periodEnd: true,
    turns: [
      { user: '俺们学校是职业院校 办了个实习工厂 收了两个建档立卡嘞 干了八个月 以工代训六个月 岗前补贴没申领', expect: notYes(2400) },
      { user: '刚才讲错了 实习工厂是学校单独注册嘞公司 是企业 这俩人是公司招嘞', expect: pay(2400) },
      { user: '那学校招建档立卡家庭嘞学生 学校有补助没', expect: { cites: ['三(十四)'], notVerdict: { rule: 'school_poor_student_aid', status: 'ineligible' } } },
      { user: '回到公司那俩人 钱是多少来着', expect: pay(2400) },
    ],
  },
  {
    id: 'v117d29',
    class: 'correction',
    probes: 'a worker\'s training: subsidies this year and the level corrected one by one',
    periodEnd: true,
    turns: [
      { user: '俺在郑州打工嘞 户口在周口 在郑州这边报了个焊工培训 证拿到了 今年已经领过三次培训补贴了 还能领不', expect: trainNo },
      { user: '记错了 今年领过两次 这是第三次', expect: trainNotNo },
      { user: '之前那两次 一次是焊工初级 一次是电工 这回也是焊工初级', expect: trainNo },
      { user: '哦 这回报嘞是焊工中级 不是初级 俺看错了', expect: trainNotNo },
    ],
  },
  {
    id: 'v117d30',
    class: 'correction',
    probes: 'hotline relays a caller who changes the unit (cooperative → company) and then the company\'s insurance',
    periodEnd: true,
    turns: [
      {
        user: '热线这边转接一个来电 是个合作社理事长 说收了三个就业困难人员 入职四个月 以工代训四个月 岗前补贴没领 社保交着',
        expect: notYes(2400),
      },
      { user: '他改口了 说不是合作社 是合作社后来注册嘞公司 人都在公司名下 社保也是公司交', expect: pay(2400) },
      { user: '又说错了 社保是合作社那边交嘞 公司这边还没参保', expect: notYes() },
      { user: '来电人问 那公司现在补上参保 以后能算不', expect: { says: [/参保/] } },
      { user: '他说回头再打过来 顺便问这个政策截止到啥时候', expect: ended },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v117d31',
    class: 'topic_switch',
    probes: 'a case waiting on 岗前 through an in-plan aside and an outside one, then resumed',
    periodEnd: true,
    turns: [
      { user: '公司 参保企业 招了两个零就业家庭成员 入职四个月 以工代训四个月', expect: ask },
      { user: '对了 职工教育经费是不是得六成以上用在一线职工身上', expect: { cites: ['六(二)'] } },
      { user: '今天郑州天气咋样 要下雨不', expect: outside },
      { user: '回到以工代训 那俩人没领过岗前培训补贴', expect: pay(1600) },
      { user: '中 那俺们这钱找谁申请', expect: contact },
    ],
  },
  {
    id: 'v117d32',
    class: 'topic_switch',
    probes: 'a parent\'s aid question, then her cooperative\'s case, then back to the family aid',
    periodEnd: true,
    turns: [
      { user: '俺闺女上嘞技工学校 家里是建档立卡贫困户 她有啥补助', expect: { noAmount: 'unfixed', cites: ['三(三)'] } },
      { user: '另外俺在一个合作社上班 合作社招了俺们村四个建档立卡嘞 干了半年多了', expect: ask },
      { user: '具体是七个月 以工代训带了六个月 合作社没领过岗前培训补贴', expect: pay(4800) },
      { user: '家里孩子上技校 俺们当家长嘞还有补助不', expect: { cites: ['三(三)', '三(十四)'] } },
    ],
  },
  {
    id: 'v117d33',
    class: 'topic_switch',
    probes: 'equipment with 验收 open, a tax aside, then 验收 given; a cap asked as a what-if',
    periodEnd: true,
    turns: [
      { user: '公司有个高技能人才培训基地 新买了一批实训设备 一百二十万 钱是从职工教育经费里出嘞', expect: kitOpen('240000', '24万') },
      { user: '顺便问问 企业所得税税率现在是百分之二十五吧', expect: outside },
      { user: '设备那个 人社和财政验收过了 合格', expect: kit(240000) },
      { user: '要是设备总共三百万呢 补多少', expect: { oneOf: [{ amount: { rule: 'equipment_subsidy', yuan: 500000 } }, { says: [/50\s*万|500,?000/] }] } },
    ],
  },
  {
    id: 'v117d34',
    class: 'topic_switch',
    probes: 'hotline operator relays; the period, an outside 残保金 question and the case in between',
    periodEnd: true,
    turns: [
      { user: '12333这边转个来电 一个老板问 他厂里招了三个残疾人 以工代训两个月 厂里社保正常交', expect: ask },
      { user: '来电人又问 这个政策现在还能报吗', expect: ended },
      { user: '他说岗前培训补贴没领过 人是两个月前来嘞', expect: pay(1200) },
      { user: '他还问 残疾人就业保障金能不能拿这个抵', expect: outside },
      { user: '好 最后那个数再跟我对一遍', expect: pay(1200) },
    ],
  },
  {
    id: 'v117d35',
    class: 'topic_switch',
    probes: 'an owner\'s own entrepreneurship question in the middle; then one hire\'s months corrected',
    periodEnd: true,
    turns: [
      { user: '俺们小厂招了俩建档立卡 干了六个月整 以工代训六个月 岗前补贴没拿过', expect: pay(2400) },
      { user: '跟你打听个事 俺自个这小厂开了三年 能去上创业培训不', expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '再回来说那俩人 其中一个其实是干了五个月 以工代训也就五个月 另一个是干满六个月以工代训六个月', expect: pay(1200, 2200) },
      { user: '合着只能算一个人嘞?', expect: pay(1200) },
    ],
  },
  {
    id: 'v117d36',
    class: 'topic_switch',
    probes: 'an accountant: fund deduction, equipment with 验收 open, an outside aside, 验收 given, cash or not',
    periodEnd: true,
    turns: [
      { user: '财务小王 问两个事 第一个 今年工资薪金总额四百万 教育经费提了四十万 能税前扣多少', expect: deduct(320000) },
      { user: '第二个 公司用这笔经费给技能大师工作室买了二十五万嘞设备 能补多少', expect: { asks: true, undecided: 'equipment_subsidy', mustNotContain: ['50000', '5万'] } },
      { user: '中间插一句 残保金今年啥时候申报', expect: outside },
      { user: '设备验收嘞事 我不清楚 回头问问行政', expect: { undecided: 'equipment_subsidy', mustNotContain: ['50000', '5万'] } },
      { user: '行政说人社财政年初就验收合格了', expect: kit(50000) },
      { user: '那这两项加一块 是不是都是能到账嘞钱', expect: { says: [/税前/] } },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v117d37',
    class: 'person_training',
    probes: 'mother with a pension cannot; father without one is not refused; amount and age limit not fixed',
    periodEnd: true,
    turns: [
      { user: '俺娘六十五了 每个月领退休金 想报个养老护理嘞培训 能享受补贴不', expect: trainNo },
      { user: '那俺爹呢 他没有退休金 一直种地嘞 他能不能', expect: trainNotNo },
      { user: '他要是学的话能补多少钱', expect: unsettled },
      { user: '有没有年龄限制 七十了还让学不', expect: unsettled },
    ],
  },
  {
    id: 'v117d38',
    class: 'person_training',
    probes: 'an institution outside the Henan system: 系统之外零补贴',
    periodEnd: true,
    turns: [
      {
        user: '在常住地郑州学嘞育婴员 证拿了 今年第一次 以前没补过 不领养老金 就是机构说他们不在河南省那个培训系统里 这补贴能领不',
        expect: { noAmount: 'unfixed', oneOf: [{ status: { rule: 'vocational_training', status: 'ineligible' } }, { says: [NO] }, { says: [/系统之外零补贴/] }] },
      },
    ],
  },
  {
    id: 'v117d39',
    class: 'person_training',
    probes: 'a new occupation: the priority standard; the yearly limit of three',
    periodEnd: true,
    turns: [
      { user: '俺想学无人机驾驶员 听说是国家新公布嘞职业 郑州培训有补贴没', expect: { noAmount: 'unfixed', cites: ['七(二)'] } },
      { user: '按啥标准补 跟别嘞工种一样不一样', expect: { says: [/优先支持/], cites: ['七(二)'] } },
      { user: '一个人一年最多能补几回', expect: { says: [/3\s*次|三次/], cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v117d40',
    class: 'person_training',
    probes: 'a poor labourer: free training; 生活费 and 交通费 not fixed; the place of residence counts',
    periodEnd: true,
    turns: [
      { user: '俺是建档立卡贫困户 想学个电焊 学这个要花钱不', expect: { noAmount: 'unfixed', says: [/免费/], cites: ['三(三)'] } },
      { user: '学嘞时候还给生活费不 一天给多少', expect: unsettled },
      { user: '俺在郑州租房住 户口在信阳 在郑州学中不中', expect: { cites: ['七(二)'] } },
      { user: '来回嘞路费交通费给报不', expect: unsettled },
    ],
  },
  {
    id: 'v117d41',
    class: 'person_training',
    probes: 'a cousin who is a veteran: every condition given in the second turn; payout time not fixed',
    periodEnd: true,
    turns: [
      { user: '帮俺表弟问问 他前年退伍回来嘞 想学汽修 有啥政策', expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)', '七(二)'] } },
      { user: '他户口在登封 就在登封学 学完考了证 今年头一回 之前没培训过 也没有养老金 机构在系统里', expect: trainYes },
      { user: '补贴打到他卡上得多长时间', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v117d42',
    class: 'entrepreneurship',
    probes: 'a shop open six years, corrected to four; the training\'s amount not fixed',
    periodEnd: true,
    turns: [
      {
        user: '俺开了个奶茶店 开了六年了 能参加那个创业培训不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, oneOf: [{ says: [/5\s*年|五年/] }, { asks: true }] },
      },
      { user: '说错了 是开了四年 去年才换嘞门头 俺记岔了', expect: startYes },
      { user: '这个创业培训有补贴没 一个人给多少', expect: unsettled },
    ],
  },
  {
    id: 'v117d43',
    class: 'entrepreneurship',
    probes: 'a college student who wants to start up',
    periodEnd: true,
    turns: [{ user: '俺是大三学生 普通本科 想毕业了自己创业 学校里嘞创业培训俺能参加不', expect: { ...startYes, cites: ['三(八)'] } }],
  },
  {
    id: 'v117d44',
    class: 'entrepreneurship',
    probes: 'a mother who wants a shop; where to sign up; an outside loan aside; her husband\'s two-year-old firm',
    periodEnd: true,
    turns: [
      { user: '俺在家带孩子 想自己开个小超市 有没有创业培训能上', expect: { ...startYes, cites: ['三(八)'] } },
      { user: '培训在哪报名 在县里中不中', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { says: [/人社|人力资源/] }, { says: [/户籍地|常住地/] }] } },
      { user: '对了 开超市要是去办创业担保贷款 俺一个妇女能贷多少', expect: { answered: false, noAmount: 'unfixed' } },
      { user: '俺男嘞在厂里上班 厂子是他自个开嘞 开了两年 他也能去上吧', expect: { ...startYes, cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v117d45',
    class: 'entrepreneurship',
    probes: 'a 技工院校 student: 创业意识培训; her own 助学金 as a poor family\'s student, amount not fixed',
    periodEnd: true,
    turns: [
      { user: '俺是技工院校嘞学生 明年毕业 学校说有创业意识培训 俺够条件不', expect: { ...startYes, cites: ['三(八)'] } },
      { user: '俺家是建档立卡户 俺在技校有没有助学金', expect: { noAmount: 'unfixed', cites: ['三(三)'] } },
      { user: '那助学金一年能给多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v117d46',
    class: 'entrepreneurship',
    probes: 'a laid-off man first with no plan, then with the wish to open a repair shop',
    periodEnd: true,
    turns: [
      { user: '我是下岗嘞 四十多了 也没啥打算 就想问问有啥培训能上', expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)', '七(二)'] } },
      {
        user: '那创业培训俺能上不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, oneOf: [{ asks: true }, { says: [/创业愿望/] }] },
      },
      { user: '其实有点想法 想跟俺弟合伙开个汽修铺', expect: startYes },
      { user: '开业以后头几年还能接着上这个培训不', expect: { says: [/5\s*年|五年/] } },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v117d47',
    class: 'equipment',
    probes: 'a studio over its cap, the value corrected, a second site (a base) added; one-off or yearly',
    periodEnd: true,
    turns: [
      { user: '工作室 就是技能大师工作室 买设备花了六十万 职工教育经费出嘞 人社财政验收合格了', expect: kit(100000) },
      { user: '哦不对 是三十五万 多写了一个数', expect: kit(70000) },
      {
        user: '另外高技能人才培训基地那边也买了两百万嘞设备 也是教育经费出嘞 也验收了',
        expect: { oneOf: [{ amount: { rule: 'equipment_subsidy', yuan: 470000 } }, { says: [/40\s*万|400,?000/, /7\s*万|70,?000/] }] },
      },
      { user: '这两个补助是一次性嘞还是每年都给', expect: { says: [/一次性/], cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v117d48',
    class: 'equipment',
    probes: 'equipment bought with own money, corrected to the education fund; where the money comes from',
    periodEnd: true,
    turns: [
      { user: '公司自有资金买了八十万设备 给高技能人才培训基地用 验收也过了 补助能拿多少', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' } } },
      { user: '改一下 财务说那笔钱走嘞是职工教育经费科目', expect: kit(160000) },
      { user: '这个补助钱是从哪个资金里出', expect: { says: [/就业补助资金/], cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v117d49',
    class: 'equipment',
    probes: 'the site kind unknown (base or studio changes the cap), then given as a studio',
    periodEnd: true,
    turns: [
      { user: '买了八十万嘞实训设备 用嘞职工教育经费 人社财政都验收了 能补助多少', expect: kitOpen('160000', '16万') },
      { user: '这设备放哪我也说不准 得问车间主任', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
      { user: '车间主任说是放在技能大师工作室里嘞', expect: kit(100000) },
      { user: '就是说最多也就十万了是吧', expect: kit(100000) },
    ],
  },
  {
    id: 'v117d50',
    class: 'equipment',
    probes: 'two named studios each under its own cap',
    periodEnd: true,
    turns: [
      {
        user: '俺们有两个技能大师工作室 焊接工作室买了二十万设备 数控工作室买了四十万 都是职工教育经费买嘞 都验收合格了 补多少',
        expect: kit(120000),
      },
    ],
  },
  {
    id: 'v117d51',
    class: 'equipment',
    probes: 'not yet accepted: nothing; who accepts; accepted later',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地新购设备一百万 从职工教育经费列支嘞 还没验收', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' } } },
      { user: '验收得找哪几个部门', expect: { says: [/人社|人力资源/, /财政/], cites: ['四(一)'] } },
      { user: '上个月验完了 合格', expect: kit(200000) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v117d52',
    class: 'education_fund',
    probes: 'the fund under 8 % of payroll: the whole fund deductible',
    turns: [{ user: '公司去年工资薪金总额三千万 职工教育经费提了二百万 税前扣除能扣多少', expect: deduct(2000000) }],
  },
  {
    id: 'v117d53',
    class: 'education_fund',
    probes: 'the front-line share under 60 %, corrected above; 师带徒 allowance from the fund',
    turns: [
      { user: '工资总额五百万 教育经费提了五十万 一线职工培训花了二十万 税前扣多少', expect: { ...deduct(400000), says: [/税前/, /60\s*%|百分之六十|六成/] } },
      { user: '一线那块改下 其实花了三十五万', expect: deduct(400000) },
      { user: '剩下嘞钱能给师傅带徒弟发津贴不', expect: { says: [/师带徒|带徒/], cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v117d54',
    class: 'education_fund',
    probes: 'payroll corrected down so the 8 % cap binds; deduction, not cash; no penalty in the plan',
    turns: [
      { user: '教育经费提了六十万 工资总额一千二百万 能扣多少', expect: deduct(600000) },
      { user: '工资总额写多了 是六百万', expect: deduct(480000) },
      { user: '这个扣除是能领钱吗 还是咋弄', expect: { says: [/税前|扣除/] } },
      { user: '那要是公司不提这个经费 有啥处罚不', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { answered: false }] } },
    ],
  },
  {
    id: 'v117d55',
    class: 'education_fund',
    probes: 'the fund drawn unknown, then given above the cap',
    turns: [
      { user: '俺们厂全年工资薪金总额八百万 教育经费税前能扣多少', expect: { oneOf: [{ asks: true, noAmount: 'open' }, { says: [/64\s*万|640,?000/] }] } },
      { user: '提了多少俺不知道 会计休假了', expect: { oneOf: [{ noAmount: 'open' }, { says: [/64\s*万|640,?000/] }] } },
      { user: '会计回来了 说提了七十万', expect: deduct(640000) },
    ],
  },
  {
    id: 'v117d56',
    class: 'education_fund',
    probes: 'the 60 % rule, then a deduction, then an outside 个税 aside',
    turns: [
      { user: '问下职工教育经费百分之六十以上用于一线职工 这是硬性要求不', expect: { cites: ['六(二)'] } },
      { user: '我们工资总额两千万 提了一百万 税前扣多少', expect: deduct(1000000) },
      { user: '个税专项附加扣除在哪填', expect: outside },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v117d57',
    class: 'apprenticeship',
    probes: 'poor apprentices: 以工代训 computed, apprenticeship amount not fixed; count corrected; the city target',
    periodEnd: true,
    turns: [
      { user: '企业 参保嘞 招了五个建档立卡嘞当学徒 干了七个月 以工代训六个月 岗前补贴没领 学徒这块跟以工代训各能拿多少', expect: pay(6000) },
      { user: '学徒补贴那块就是说没个准数?', expect: { says: [HONEST_NOT_SETTLED] } },
      { user: '建档立卡那几个改一下 是四个不是五个', expect: pay(4800) },
      { user: '顺带问下 咱郑州全市三年计划带出来多少个新型学徒', expect: { says: [/2\s*万|两万|20000/], cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v117d58',
    class: 'apprenticeship',
    probes: 'twenty apprentices: no per-head figure, no cap in the plan; stacking with 以工代训 not settled',
    turns: [
      { user: '厂里今年带了二十个企业新型学徒 一个学徒补多少钱', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '二十个都是跟着师傅学嘞 补贴有没有个总数上限', expect: unsettled },
      { user: '那以工代训跟学徒补贴能一块拿不', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { cites: ['六(一)'] }] } },
    ],
  },
  {
    id: 'v117d59',
    class: 'apprenticeship',
    probes: 'a 家政 company\'s apprentices, then two disabled apprentices under 以工代训',
    periodEnd: true,
    turns: [
      { user: '俺们是家政公司 想搞新型学徒 政府给补贴吗', expect: { noAmount: 'unfixed', cites: ['四(一)'] } },
      {
        user: '学徒要是残疾人 是不是还能拿以工代训',
        expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' }, oneOf: [{ asks: true }, { says: [/参保/] }] },
      },
      { user: '公司参保了 残疾学徒两个 入职三个月 以工代训三个月 岗前补贴没有领', expect: pay(1200) },
    ],
  },
  {
    id: 'v117d60',
    class: 'apprenticeship',
    probes: 'the standard (per head or per year) not written in the plan',
    turns: [{ user: '新型学徒制补贴标准 是按人头还是按年 郑州这个方案里写了没', expect: unsettled }],
  },
  {
    id: 'v117d61',
    class: 'apprenticeship',
    probes: 'pressed for a figure anyway: still none',
    turns: [{ user: '学徒制补贴一次能拿多少 给个大概数 说个数就行 别跟俺说没规定', expect: unsettled }],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v117d62',
    class: 'period',
    probes: 'a 2020 case not applied for: computed for reference, the end said; a successor policy is outside',
    periodEnd: true,
    turns: [
      { user: '俺们公司2020年招嘞三个贫困户 干了十个月 以工代训六个月 岗前补贴没领 当时没顾上申请 现在还能补申不', expect: { ...pay(3600), ...ended } },
      { user: '那现在有接着这个嘞新政策吗', expect: { oneOf: [{ answered: false }, { says: [HONEST_NOT_SETTLED] }] } },
      { user: '这个方案是哪天开始实施嘞', expect: { says: [/2019\s*年\s*12\s*月\s*2\s*日|2019-12-02|2019\.12\.2/] } },
    ],
  },
  {
    id: 'v117d63',
    class: 'period',
    probes: 'the end asked, a case computed as if the plan ran, the end asked again, whom to call',
    periodEnd: true,
    turns: [
      { user: '这个职业技能提升行动方案执行到啥时候', expect: ended },
      { user: '俺想假设还在执行期 帮俺算算 公司参保 招了一个零就业家庭成员 来了两个月 以工代训两个月 岗前补贴没领', expect: pay(400) },
      { user: '那现在要是去申请还受理吗', expect: ended },
      { user: '受理不了嘞话 想咨询打啥电话', expect: contact },
    ],
  },
  {
    id: 'v117d64',
    class: 'period',
    probes: 'training after the end date',
    periodEnd: true,
    turns: [{ user: '2021年12月31号以后参加嘞培训 还能按这个方案领职业培训补贴不', expect: ended }],
  },
  {
    id: 'v117d65',
    class: 'period',
    probes: 'equipment accepted in November 2021, not filed before the end',
    periodEnd: true,
    turns: [
      { user: '俺们厂2021年11月验收嘞技能大师工作室设备 三十万 职工教育经费买嘞 人社财政都验了', expect: kit(60000) },
      { user: '十二月底前没报上去 现在还能报不', expect: ended },
      { user: '那工作室设备补助最高能给多少', expect: { says: [/10\s*万/], cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v117d66',
    class: 'period',
    probes: 'asked plainly whether the plan still holds today',
    periodEnd: true,
    turns: [{ user: '郑州这个职业技能提升行动实施方案 到现在还有效没 俺们还能按它申请不', expect: ended }],
  },
];
