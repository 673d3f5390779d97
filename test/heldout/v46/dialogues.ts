/**
 * HELD-OUT dialogues, set v46 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md), the contracts (shared/spec/eligibility.md, api.md) and issue 10
 * only: never from the service's output, the code under src/, or any other set's messages or the
 * dev sets under test/. Only the format of v15 (the first 75 lines of its dialogues.ts and the
 * first 30 of its scope.ts) and test/heldout/{types,judge,sets,sets.test}.ts were read. Not to be
 * tuned on: no word of these messages goes into a glossary, pattern or fixture. Once a dialogue
 * has been fixed by a targeted change it measures nothing any more; write a new one instead.
 *
 * Who types here: call-centre staff of the 12345 hotline, typing into the widget what a caller
 * has just said — in the third person ("来电人说他…", "她问…"), half-relayed, and sometimes
 * correcting what they relayed ("哦不 她说的是…", "她改口了", "我听岔了"); elderly rural callers
 * through their grandchildren ("我帮俺爷问", "替俺爷打的字", dialect 俺 / 木有 / 不 / 中);
 * employers relayed by phone with several groups and numbers in words (仨, 俩, 二十来个, 一个半月,
 * 半年整, 快一年, 七个多月, 全角 ５). Pinyin-input homophones: 培训→陪训, 补贴→补帖/不贴,
 * 社保→社宝, 就业困难→就业困南, 学徒→学图, 工作室→工作事. Enterprise and worker cases are mixed.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, insurance where the rule needs it, months employed for poor labour, the exact count when
 * only "二十来个" is said, fund source and acceptance of equipment, the fund drawn) must be asked,
 * so an amount is expected only once every such fact has been said; "不知道 / 不清楚 / 说不好"
 * leaves the fact open.
 *
 * Amounts, computed by hand from the plan and the contract:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour only
 *   when employed ≥ 6 months by a production entity (企业, 合作社, 扶贫车间); 就业困难 (incl.
 *   残疾人) and 零就业家庭 only by an insured enterprise; 退役军人 are no group of this rule; rows
 *   whose 岗前培训补贴 was claimed never count. E.g. 3 poor × 4 months = 2400; 3 poor × 4 + 2
 *   disabled × 6 = 4800; 12 poor × 5 + 8 difficulty × 3 = 12000 + 4800 = 16800; 23 × 6 = 27600;
 *   3 poor × 6 + 5 difficulty × 2 = 3600 + 2000 = 5600; 2 zero-employment × 4 + 3 difficulty × 2 =
 *   1600 + 1200 = 2800.
 * - Project training (六(一)): 50 % in advance — 600 000 → 300 000; 800 000 → 400 000.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only bought from
 *   the 职工教育经费 and accepted: studio 450 000 → 90 000; studio 600 000 → 100 000 (not 120 000);
 *   base 3 200 000 → 500 000 (not 640 000); base 2 100 000 → 420 000; two studios 300 000 +
 *   800 000 → 60 000 + 100 000 = 160 000 (not 220 000 pooled); base 900 000 → 180 000.
 * - Education fund (六(二)): pre-tax deduction min(fund, 8 % × payroll) — 8 000 000 / 700 000 →
 *   640 000; 12 000 000 / 1 100 000 → 960 000; 5 000 000 / 300 000 → 300 000 (front line 50 %, under
 *   60 %); 30 000 000 / 2 000 000 → 2 000 000; 20 000 000 / 1 500 000 → 1 500 000; 4 000 000 /
 *   250 000 → 250 000.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 * - Today is after 2021-12-31: the plan has ended, and every conversation about what someone can
 *   get or do must say so once.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [homophone], [words-number].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given ("不知道"): no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts (excluded, or one more question), the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The 50 % advance of a project's training subsidy. */
const advance = (yuan: number): TurnExpect => ({ amount: { rule: 'project_training_advance', yuan } });
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
/** The fund drawn is not known: no deduction figure except, at most, the 8 % cap of the payroll. */
const fundOpen = (capWan: RegExp): TurnExpect => ({
  undecided: 'education_fund_deduction',
  oneOf: [{ noAmount: 'open', asks: true }, { says: [capWan] }],
});
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** The person training subsidy excluded on these facts (and no figure: the plan fixes none). */
const trainNo: TurnExpect = { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' };
/** A person-training fact is missing: ask, no figure, no 不符合. */
const askTrain: TurnExpect = { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } };
/** A contact question: the unit (人社 / 财政, the clause's 责任单位 or the 主办) or a hotline. */
const contact: TurnExpect = { oneOf: [{ says: [/人社|人力资源|财政局/] }, { says: [/12333|12345|热线/] }] };

export const DIALOGUES_V46: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v46d01',
    class: 'one_group',
    probes: 'relayed in the third person; 岗前培训补贴 not said at first must be asked, then 3 × 200 × 4 [homophone]',
    periodEnd: true,
    turns: [
      { user: '来电人说他们厂招了仨建档立卡贫困户 到现在干了十个月了 以工代训搞了四个月 问一共能补多少钱', expect: askOJT },
      { user: '他说 岗前陪训补帖 那个没领过', expect: pay(2400) },
    ],
  },
  {
    id: 'v46d02',
    class: 'one_group',
    probes: '扶贫车间 with poor labour, 全角 digit, and "以工代训不贴" — a homophone of 补贴, not a negation [homophone]',
    periodEnd: true,
    turns: [
      { user: '12345转办：一家扶贫车间 吸纳了５个贫困劳动力 都干了七个月 以工代训六个月 岗前培训补贴没申请过 以工代训不贴能有多少', expect: pay(6000) },
    ],
  },
  {
    id: 'v46d03',
    class: 'one_group',
    probes: '社宝 / 就业困南 homophones in an insured enterprise, plus where to apply [two-part] [contact] [homophone]',
    periodEnd: true,
    turns: [
      { user: '来电人是物流公司的 说社宝一直交着 招了4个就业困南人员 以工代训三个月 岗前补贴没拿过 问一共多少 去哪申请', expect: { ...pay(2400), ...contact } },
    ],
  },
  {
    id: 'v46d04',
    class: 'one_group',
    probes: 'a general question about 零就业家庭 first, then the facts: 2 × 200 × 5',
    periodEnd: true,
    turns: [
      { user: '她问 零就业家庭的人 公司招进来 有没有以工代训补贴', expect: { cites: ['六(一)'] } },
      { user: '她们是公司 交社保的 招了俩 以工代训五个月 岗前的没领', expect: pay(2000) },
    ],
  },
  {
    id: 'v46d05',
    class: 'one_group',
    probes: '退役军人 are no group of 以工代训: never 6 × 200 × 6; once confirmed not 就业困难, excluded',
    periodEnd: true,
    turns: [
      { user: '老板打来的 说招了六个退役军人 以工代训搞了半年 能补多少', expect: notYes(7200) },
      { user: '他说不是就业困难人员 就是普通退伍兵 公司社保也交着', expect: noPay(7200) },
    ],
  },
  {
    id: 'v46d06',
    class: 'one_group',
    probes: 'grandchild typing for a cooperative: poor labour employed 一个半月, under six months — no 400 [words-number]',
    periodEnd: true,
    turns: [
      { user: '替俺爷打的字：俺们合作社要了两个贫困户 才干了一个半月 以工代训也搞了一个月 岗前补贴木有领 能补不', expect: { ...notYes(400), says: [/六个月|6\s*个月/] } },
    ],
  },
  {
    id: 'v46d07',
    class: 'one_group',
    probes: '"二十来个" is no count: ask, never compute with 20; the exact 23 then gives 27600 [words-number]',
    periodEnd: true,
    turns: [
      { user: '老板说 厂里招了二十来个贫困户 都干了快一年了 以工代训六个月 岗前补贴没领', expect: { noAmount: 'open', asks: true, mustNotContain: ['24000'] } },
      { user: '他翻了下花名册 是二十三个', expect: pay(27600) },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v46d08',
    class: 'several_groups',
    probes: 'two groups relayed in one breath keep their own months: 3 poor × 4 + 2 disabled × 6 = 4800 [words-number]',
    periodEnd: true,
    turns: [
      { user: '来电人说 她们公司 贫困户招了仨 干了八个月 以工代训四个月；残疾人招了俩 以工代训六个月。社保一直交着 岗前补贴都没领 合计能补多少', expect: payNot(4800, 4000, 6000) },
    ],
  },
  {
    id: 'v46d09',
    class: 'several_groups',
    probes: '"二十来个人" split later into 12 poor and 8 difficulty; insurance and 岗前 come last: 16800 [words-number]',
    periodEnd: true,
    turns: [
      { user: '电话里是个厂长 说厂里招了二十来个人 有贫困户 也有就业困难的 以工代训都搞了 能补多少', expect: askOJT },
      { user: '他说贫困户是十二个 都干了九个月 以工代训五个月 就业困难的是八个 以工代训三个月', expect: askOJT },
      { user: '社保一直交 岗前陪训补贴 一个都没领', expect: payNot(16800, 20000) },
    ],
  },
  {
    id: 'v46d10',
    class: 'several_groups',
    probes: 'uninsured company: poor labour still paid, disabled row not — 2400, never 4800 [homophone]',
    periodEnd: true,
    turns: [
      { user: '她说公司没给交社宝 招了2个贫困劳动力 干了七个多月 以工代训六个月 还有3个残疾人 以工代训四个月 岗前补贴都没领', expect: payNot(2400, 4800) },
    ],
  },
  {
    id: 'v46d11',
    class: 'several_groups',
    probes: 'relayed months corrected for one group only: 2000, then 1600 + 1200 = 2800',
    periodEnd: true,
    turns: [
      { user: '来电人说 招了俩零就业家庭的 仨就业困难的 以工代训都是两个月 公司交着社保 岗前补贴没领', expect: pay(2000) },
      { user: '哦不 她说的是 零就业的以工代训四个月 就业困难的才是两个月', expect: payNot(2800, 2000, 4000) },
    ],
  },
  {
    id: 'v46d12',
    class: 'several_groups',
    probes: '扶贫车间 with poor labour (paid) and disabled hires (only an insured enterprise qualifies): 4800, not 6000',
    periodEnd: true,
    turns: [
      {
        user: '他们是扶贫车间 收了４个贫困户 干了半年整 以工代训六个月；还有俩残疾人 以工代训三个月 岗前补贴都没拿 一共能补多少',
        expect: { oneOf: [payNot(4800, 6000), { asks: true, mustNotContain: ['6000'] }] },
      },
    ],
  },
  {
    id: 'v46d13',
    class: 'several_groups',
    probes: 'one group settled, the other named without count or months: ask about it, then 3600 + 2000 = 5600',
    periodEnd: true,
    turns: [
      { user: '来电人 说公司是参保的 招了仨贫困户 干了十一个月 以工代训六个月 另外还有一些就业困难人员 岗前补贴都没领过', expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
      { user: '就业困难的五个 以工代训两个月', expect: payNot(5600, 9600, 3200) },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v46d14',
    class: 'negation_after_noun',
    probes: '"社宝 他们单位 一直 都没给交": insurance negated words after the noun — excluded, no 3000 [homophone]',
    periodEnd: true,
    turns: [
      { user: '社宝 他们单位 一直 都没给交 招了３个就业困难人员 以工代训五个月 岗前补贴也没领 问能补多少', expect: noPay(3000) },
    ],
  },
  {
    id: 'v46d15',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴 那几个人 之前 都没有 领过": not claimed, so 4 × 200 × 3',
    periodEnd: true,
    turns: [
      { user: '岗前培训补贴 那几个人 之前 都没有 领过 贫困户4个 干了八个月了 以工代训三个月 是公司', expect: pay(2400) },
    ],
  },
  {
    id: 'v46d16',
    class: 'negation_after_noun',
    probes: 'reply "社保呢 交是交了 岗前补帖嘛 没申请": insured, not claimed — 3 × 200 × 5 [homophone]',
    periodEnd: true,
    turns: [
      { user: '残疾人招了三个 以工代训五个月 是公司', expect: askOJT },
      { user: '社保呢 交是交了 岗前补帖嘛 没申请', expect: pay(3000) },
    ],
  },
  {
    id: 'v46d17',
    class: 'negation_after_noun',
    probes: '"岗前技能培训补贴 她说 这几个人 是领过的": claimed, so no 以工代训 — no 3600',
    periodEnd: true,
    turns: [
      { user: '岗前技能培训补贴 她说 这几个人 是领过的 零就业家庭 三个 以工代训六个月 公司社保正常交', expect: noPay(3600) },
    ],
  },
  {
    id: 'v46d18',
    class: 'negation_after_noun',
    probes: '"证书 到现在 还没 拿到": no certificate yet, so not eligible now; then what once it comes',
    periodEnd: true,
    turns: [
      { user: '来电人说她儿子学完电工了 证书 到现在 还没 拿到 在郑州常住 机构说进了系统 能有补贴吗', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '那证下来以后还能申请不 他说下礼拜就发证', expect: { noAmount: 'unfixed', cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v46d19',
    class: 'negation_after_noun',
    probes: 'grandchild: "养老金 俺姥爷 木有 按月领的那种" — no pension, never read as having one',
    periodEnd: true,
    turns: [
      {
        user: '养老金 俺姥爷 木有 按月领的那种 他在老家户籍地学了果树修剪 证拿到了 培训学校说在系统里 今年头一回 以前也没学过',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, oneOf: [{ status: { rule: 'vocational_training', status: 'eligible' } }, { asks: true }] },
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v46d20',
    class: 'unknown_reply',
    probes: 'insurance "不知道" relayed stays open; the accountant\'s call back settles it: 4800',
    periodEnd: true,
    turns: [
      { user: '来电人说 他们公司招了4个就业困难人员 以工代训六个月 岗前补贴没领', expect: askOJT },
      { user: '他说社保的事得问会计 他不知道', expect: dunnoOJT },
      { user: '会计回电话了 社宝交着呢', expect: pay(4800) },
    ],
  },
  {
    id: 'v46d21',
    class: 'unknown_reply',
    probes: 'months employed of poor labour "记不清了 不清楚": no figure, no verdict',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 收了3个建档立卡户 以工代训四个月 岗前补贴没拿 能补多少', expect: askOJT },
      { user: '干了多久 她说记不清了 不清楚', expect: dunnoOJT },
    ],
  },
  {
    id: 'v46d22',
    class: 'unknown_reply',
    probes: 'fund source "不确定" keeps the equipment open; confirmed later: 20 % × 450000 = 90000 [homophone]',
    periodEnd: true,
    turns: [
      { user: '企业的 技能大师工作室 新买了实训设备 四十五万 验收过了 能补多少', expect: askKit },
      { user: '钱从哪出的 他说不确定 可能是职工教育经费 也可能是自有资金', expect: dunnoKit },
      { user: '财务确认了 是职工教育经费出的', expect: kit(90000) },
    ],
  },
  {
    id: 'v46d23',
    class: 'unknown_reply',
    probes: 'grandmother\'s training: whether the school is in the system "她不知道" stays open [homophone]',
    periodEnd: true,
    turns: [
      { user: '俺奶奶在镇上学了面点 证也有了 问能不能领陪训补贴', expect: askTrain },
      { user: '那个培训学校进没进系统 她不知道', expect: { undecided: 'vocational_training', noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v46d24',
    class: 'unknown_reply',
    probes: '岗前 "领没领 她也说不好" stays open; then settled: 2 × 200 × 3',
    periodEnd: true,
    turns: [
      { user: '她说公司交社宝 招了俩零就业家庭成员 以工代训三个月 岗前补贴领没领 她也说不好', expect: dunnoOJT },
      { user: '问清楚了 岗前那个没领', expect: pay(1200) },
    ],
  },
  {
    id: 'v46d25',
    class: 'unknown_reply',
    probes: 'fund drawn unknown ("财务不在"): no deduction figure; then min(700000, 8 % × 8000000) = 640000',
    periodEnd: true,
    turns: [
      { user: '来电人问 职工教育经费 税前能扣多少 他们工资总额八百万', expect: fundOpen(/64\s*万|640,?000/) },
      { user: '提了多少 他说不知道 财务不在', expect: fundOpen(/64\s*万|640,?000/) },
      { user: '财务说提了七十万', expect: deduct(640000) },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v46d26',
    class: 'correction',
    probes: '"哦不 她说的是 以工代训三个月": 5000 replaced by 3000',
    periodEnd: true,
    turns: [
      { user: '来电人说 公司招了5个贫困户 干了九个月 以工代训五个月 岗前补贴没领', expect: pay(5000) },
      { user: '哦不 她说的是 以工代训三个月 不是五个月', expect: payNot(3000, 5000) },
    ],
  },
  {
    id: 'v46d27',
    class: 'correction',
    probes: 'staff misheard the insurance: "不对不对 社宝是交着的" turns ineligible into 1600 [homophone]',
    periodEnd: true,
    turns: [
      { user: '她说公司 招了两个残疾人 社保没交 以工代训四个月 岗前没领', expect: noPay(1600) },
      { user: '不对不对 她说社宝是交着的 刚才我听岔了', expect: pay(1600) },
    ],
  },
  {
    id: 'v46d28',
    class: 'correction',
    probes: 'months relayed the wrong way round (以工代训 longer than employed): no figure; "她说反了" then 1200',
    periodEnd: true,
    turns: [
      { user: '就业困难人员2个 公司参保 干了三个月 以工代训五个月 岗前补贴没领', expect: { noAmount: 'open', mustNotContain: ['2000'] } },
      { user: '哦 她说反了 是干了五个月 以工代训三个月', expect: payNot(1200, 2000) },
    ],
  },
  {
    id: 'v46d29',
    class: 'correction',
    probes: 'project training advance: 60万 → 300000, corrected to 80万 → 400000 [homophone]',
    periodEnd: true,
    turns: [
      { user: '培训机构打来的 说他们搞项目制陪训 这个项目补贴总额六十万 能先拨多少', expect: advance(300000) },
      { user: '哦不 她说的是八十万 我听错了', expect: { ...advance(400000), mustNotContain: ['300000', /(?<![\d.])30\s*万/] } },
    ],
  },
  {
    id: 'v46d30',
    class: 'correction',
    probes: '"她改口了 不是退伍兵 是建档立卡贫困户": the group is replaced, then 3 × 200 × 6',
    periodEnd: true,
    turns: [
      { user: '招了仨退伍兵 以工代训六个月 能补多少', expect: notYes(3600) },
      { user: '她改口了 不是退伍兵 是建档立卡贫困户 干了八个月 公司的 岗前补贴没领', expect: pay(3600) },
    ],
  },
  {
    id: 'v46d31',
    class: 'correction',
    probes: 'subsidies this year: three (excluded) corrected to two (no longer excluded, still open)',
    periodEnd: true,
    turns: [
      { user: '他说他爸今年已经领过三次培训补贴了 这次学叉车 还能领不', expect: trainNo },
      { user: '哦不对 是两次 第三次还没领', expect: { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v46d32',
    class: 'topic_switch',
    probes: 'after an amount, a veteran\'s training question must not carry the 1200 or its clause neighbourhood',
    periodEnd: true,
    turns: [
      { user: '物流公司 社保交着 招了3个就业困难人员 以工代训两个月 岗前补贴没领', expect: pay(1200) },
      { user: '另外她还问 退役军人想学开挖掘机 有没有专门的培训', expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)'], mustNotContain: ['1200'] } },
    ],
  },
  {
    id: 'v46d33',
    class: 'topic_switch',
    probes: 'a lookup on 高危行业, then "换个事" with a full 以工代训 case: 2 × 200 × 6',
    periodEnd: true,
    turns: [
      { user: '方案里 高危行业 是不是必须先培训合格才能上岗', expect: { cites: ['三(六)'] } },
      { user: '换个事 她们厂招了2个贫困户 干了七个月 以工代训六个月 岗前没领 能补多少', expect: { ...pay(2400), cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v46d34',
    class: 'topic_switch',
    probes: 'education fund deduction, then a daughter at a 职业学院 asking about 创业 training — no figure carried over',
    periodEnd: true,
    turns: [
      { user: '工资薪金总额两千万 职工教育经费提了一百五十万 税前能扣多少', expect: deduct(1500000) },
      { user: '还有个事 来电人家闺女在职业学院上学 想创业 有啥培训', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v46d35',
    class: 'topic_switch',
    probes: 'training where one lives (常住地), then the husband, a veteran: the veterans\' programme',
    periodEnd: true,
    turns: [
      { user: '她问 在外地打工的 回郑州常住地参加培训 有补贴没', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
      { user: '对了 她老公是退伍的 有没有专门给退役军人的培训计划', expect: { cites: ['三(二)', '六(一)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v46d36',
    class: 'topic_switch',
    probes: 'equipment amount, then "找哪个部门申请": the unit, not the amount again [contact]',
    periodEnd: true,
    turns: [
      { user: '企业 高技能人才培训基地 设备一共二百一十万 职工教育经费买的 人社财政都验收了', expect: kit(420000) },
      { user: '这个找哪个部门申请', expect: contact },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v46d37',
    class: 'person_training',
    probes: 'grandchild for a grandfather with a monthly pension: excluded from the training subsidy',
    periodEnd: true,
    turns: [{ user: '我帮俺爷问 他每个月领养老金 在老家学了个电焊 证拿了 还能领培训补贴不', expect: trainNo }],
  },
  {
    id: 'v46d38',
    class: 'person_training',
    probes: 'same occupation and level subsidised before (育婴员四级): excluded',
    periodEnd: true,
    turns: [{ user: '来电人说她去年拿过育婴员四级的补贴 今年又学了一遍育婴员四级 还能领吗', expect: trainNo }],
  },
  {
    id: 'v46d39',
    class: 'person_training',
    probes: 'training at the 常住地, facts given over two turns: ask, then eligible with no figure [homophone]',
    periodEnd: true,
    turns: [
      { user: '她在郑州常住 户口在周口 想学养老护理员 能享受陪训补贴吗', expect: askTrain },
      { user: '证拿到了 机构说在系统里 今年第一次 没有退休金 以前没学过这个', expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v46d40',
    class: 'person_training',
    probes: 'trained in another province that is neither home, residence nor job-seeking place: excluded [homophone]',
    periodEnd: true,
    turns: [{ user: '他在外省学的 户口不在那 也不住那 也不在那找工作 回来能报陪训补贴不', expect: trainNo }],
  },
  {
    id: 'v46d41',
    class: 'person_training',
    probes: 'a newly published occupation: the priority standard of 七(二), no figure',
    periodEnd: true,
    turns: [{ user: '国家新公布的职业 像无人机驾驶员 学了有补贴吗 按啥标准', expect: noFigure(['七(二)']) }],
  },
  {
    id: 'v46d42',
    class: 'person_training',
    probes: 'an uncle from a 建档立卡 household asks whether training costs money: free, 三(三)',
    periodEnd: true,
    turns: [
      { user: '俺叔是建档立卡贫困户 想学个技术 要不要交钱', expect: { cites: ['三(三)'], noAmount: 'unfixed', notVerdict: { rule: 'free_training_poor', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v46d43',
    class: 'person_training',
    probes: 'the son at a 技工学校: the family\'s aid; the father is not made a student',
    periodEnd: true,
    turns: [
      {
        user: '来电人说 他家是建档立卡户 儿子在技工学校上学 家里能有啥补助',
        expect: {
          status: { rule: 'poor_family_child_aid', status: 'eligible' },
          noAmount: 'unfixed',
          notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' },
        },
      },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v46d44',
    class: 'entrepreneurship',
    probes: 'a small restaurant open three years: within five years, eligible, no figure [homophone]',
    periodEnd: true,
    turns: [
      { user: '来电人说他开了个小饭馆 三年了 想参加创业陪训 行不行', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v46d45',
    class: 'entrepreneurship',
    probes: 'an online shop open seven years is past five; a new shop to open then makes it a wish to start a business',
    periodEnd: true,
    turns: [
      { user: '她开网店七年了 能参加那个创业培训吗', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '她说想再开个实体店 自己当老板', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v46d46',
    class: 'entrepreneurship',
    probes: 'a grandson at a 职业学院 asks about 创业意识 training: eligible as a student',
    periodEnd: true,
    turns: [
      { user: '俺孙子在郑州上职业学院 问创业意识培训 在校生能参加不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v46d47',
    class: 'entrepreneurship',
    probes: 'entrepreneurship training, then the living allowance per day: not set by the plan, no 200',
    periodEnd: true,
    turns: [
      { user: '他说想自己创业 有没有创业陪训', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '培训期间 一天给多少生活费', expect: unsettled },
    ],
  },
  {
    id: 'v46d48',
    class: 'entrepreneurship',
    probes: 'the entrepreneurship training subsidy per person: the plan fixes none [homophone]',
    periodEnd: true,
    turns: [{ user: '创业培训补帖 一个人补多少钱', expect: unsettled }],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v46d49',
    class: 'equipment',
    probes: 'master studio (工作事 typo) 60万: 20 % is 120000, capped at 100000 [homophone]',
    periodEnd: true,
    turns: [{ user: '来电人是企业的 技能大师工作事 新购设备六十万 职工教育经费出的 验收合格了', expect: kitNot(100000, 120000) }],
  },
  {
    id: 'v46d50',
    class: 'equipment',
    probes: 'base 320万, fund source asked, then capped at 500000 (not 640000)',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地 设备买了三百二十万 验收过了', expect: askKit },
      { user: '钱是职工教育经费里出的', expect: kitNot(500000, 640000) },
    ],
  },
  {
    id: 'v46d51',
    class: 'equipment',
    probes: 'bought with the company\'s own money, not the education fund: no 200000',
    periodEnd: true,
    turns: [{ user: '他们基地设备一百万 是公司自有资金买的 没用职工教育经费 验收也过了', expect: noKit(200000, /(?<![\d.])20\s*万/) }],
  },
  {
    id: 'v46d52',
    class: 'equipment',
    probes: 'two master studios each under its own cap: 60000 + 100000 = 160000, not 220000 pooled',
    periodEnd: true,
    turns: [{ user: '公司有两个大师工作室 一个设备三十万 另一个八十万 都是教育经费出的 都验收了', expect: kitNot(160000, 220000) }],
  },
  {
    id: 'v46d53',
    class: 'equipment',
    probes: 'not yet accepted: no 180000; once accepted: 20 % × 900000 = 180000',
    periodEnd: true,
    turns: [
      { user: '设备是职工教育经费买的 高技能人才培训基地 九十万 还没验收', expect: noKit(180000, /(?<![\d.])18\s*万/) },
      { user: '那验收完了呢 能补多少', expect: { oneOf: [kit(180000), { asks: true, noAmount: 'open' }] } },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v46d54',
    class: 'education_fund',
    probes: 'payroll 1200万, fund 110万: deduction capped at 8 % = 960000, pre-tax',
    periodEnd: true,
    turns: [{ user: '工资总额一千二百万 教育经费提了一百一十万 一线职工用了七成 税前扣除能扣多少', expect: deduct(960000) }],
  },
  {
    id: 'v46d55',
    class: 'education_fund',
    probes: 'front line only half of the fund: 300000 deductible, with the note on 60 %',
    periodEnd: true,
    turns: [{ user: '工资薪金五百万 职工教育经费三十万 一线职工只用了一半 能扣多少', expect: { ...deduct(300000), says: [/税前/, /60\s*%|百分之六十|六成/] } }],
  },
  {
    id: 'v46d56',
    class: 'education_fund',
    probes: '"能不能直接领钱": no cash, a deduction; then min(200万, 8 % × 3000万) = 2000000',
    periodEnd: true,
    turns: [
      { user: '职工教育经费 能不能直接领钱', expect: { cites: ['六(二)'], mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/] } },
      { user: '他们工资总额三千万 经费提了二百万', expect: deduct(2000000) },
    ],
  },
  {
    id: 'v46d57',
    class: 'education_fund',
    probes: 'the rate asked with the payroll only; the fund drawn then gives 250000',
    periodEnd: true,
    turns: [
      { user: '来电人问 教育经费税前扣除 比例是多少 工资总额四百万', expect: { ...fundOpen(/32\s*万|320,?000/), says: [/8\s*%|百分之八/] } },
      { user: '会计说 经费那年提了二十五万', expect: deduct(250000) },
    ],
  },
  {
    id: 'v46d58',
    class: 'education_fund',
    probes: 'the fund may pay 师带徒 allowances (六(二)); no figure',
    periodEnd: true,
    turns: [{ user: '职工教育经费 能不能给带徒弟的师傅发津贴', expect: { cites: ['六(二)'], noAmount: 'unfixed' } }],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v46d59',
    class: 'apprenticeship',
    probes: '企业新型学图制 (typo), 15 apprentices, per-head amount: the plan fixes none [homophone]',
    periodEnd: true,
    turns: [{ user: '来电人说公司搞企业新型学图制 带了十五个学徒 一个学徒补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v46d60',
    class: 'apprenticeship',
    probes: 'the caller borrows 以工代训\'s 200 per month for apprentices: must not confirm 12000',
    periodEnd: true,
    turns: [
      { user: '她问 新型学徒 有补贴没', expect: noFigure(['四(一)']) },
      { user: '那按一个人一个月200算 十个人半年是不是一万二', expect: { noAmount: 'unfixed', mustNotContain: ['12000', /1\.2\s*万/] } },
    ],
  },
  {
    id: 'v46d61',
    class: 'apprenticeship',
    probes: 'the three-year apprentice target and the basis of the subsidy',
    turns: [{ user: '三年要培养多少新型学徒 补贴按啥规定', expect: { cites: ['四(一)'], says: [/2\s*万|20000|两万/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v46d62',
    class: 'apprenticeship',
    probes: '现代学徒制 with "二十来个" (no figure either way), then two poor hires: 2 × 200 × 2 [words-number]',
    periodEnd: true,
    turns: [
      { user: '他们厂跟职业学院搞现代学徒制 学徒二十来个 能补多少', expect: noFigure(['四(一)']) },
      { user: '还有 厂里也招了俩贫困户 干了半年多 以工代训俩月 岗前没领', expect: pay(800) },
    ],
  },
  {
    id: 'v46d63',
    class: 'apprenticeship',
    probes: 'is the apprentice subsidy standard set in the plan or elsewhere ("按照相关规定")',
    turns: [{ user: '企业新型学徒的补贴标准 方案里定了没 还是另有规定', expect: { cites: ['四(一)'], noAmount: 'unfixed' } }],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v46d64',
    class: 'period',
    probes: '"现在 还能申请吗" for 以工代训: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [{ user: '来电人问 现在 以工代训补贴 还能申请吗', expect: { mentionsPeriodEnd: true, cites: ['六(一)'] } }],
  },
  {
    id: 'v46d65',
    class: 'period',
    probes: 'a question dated 2020, inside the period: answered for that date, 2 × 200 × 6 [dated]',
    periodEnd: true,
    turns: [{ user: '她问的是2020年那会儿 公司招了俩贫困户 干了七个月 以工代训六个月 岗前补贴没领 当时能补多少', expect: pay(2400) }],
  },
  {
    id: 'v46d66',
    class: 'period',
    probes: 'when the plan ends, then training after 2022 [dated]',
    periodEnd: true,
    turns: [
      { user: '这个方案 啥时候到期的', expect: { says: [/2021/], mentionsPeriodEnd: true } },
      { user: '2022年以后参加的培训 还能按这个方案领补贴不', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v46d67',
    class: 'period',
    probes: 'grandchild for a grandfather: when it started and whether it still runs',
    periodEnd: true,
    turns: [{ user: '俺爷问 这个技能提升行动 是哪年开始的 现在还有没有', expect: { says: [/2019/], mentionsPeriodEnd: true } }],
  },
  {
    id: 'v46d68',
    class: 'period',
    probes: 'training in November 2019, before the plan began on 2019-12-02 [dated]',
    turns: [{ user: '2019年11月份参加的培训 算不算在这个方案里', expect: { says: [/12\s*月\s*2\s*日|2019-12-02/], noAmount: 'unfixed' } }],
  },
];
