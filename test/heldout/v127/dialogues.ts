/**
 * HELD-OUT dialogues, set v127 — written blind. The only sources were the plan itself
 * (policy-corpus/zz-2019-63.md, read in full) and the two contracts (shared/spec/eligibility.md,
 * shared/spec/api.md). Nothing here came from the service's answers, from src/, scripts/, the other
 * held-out sets or the dev tests; of v101 only its first lines were opened, to copy the format. Do not
 * tune on this set: no message of it belongs in a glossary, pattern or fixture, and a dialogue once
 * fixed by a targeted change stops measuring anything — write a fresh one instead.
 *
 * Who types here: small employers around Zhengzhou (a garlic cooperative in 中牟, a village 扶贫车间,
 * a furniture firm, a logistics company, factories), their HR clerks and accountants, and people
 * asking for themselves or for a relative (a father, a sister-in-law, a cousin, a daughter, an uncle
 * who "让俺帮着问"). They type on WeChat in Henan speech: no punctuation, 俺/咱/啥/中不中/哩, 俩/仨,
 * Chinese numerals, and whatever they half remember.
 *
 * The theme: negation, not-knowing and hedging in every place a fact can sit. 不知道 / 记不清 /
 * 说不清 leave the fact open; 好像 / 可能 / 大概 / 应该是 / 估计 make it shaky (a careful service may
 * confirm or go on, so those turns carry `oneOf`); double negatives settle something (社保也不是没交 =
 * insured) or settle nothing (老板没说不交社保, 会计没说领了也没说没领); "not yet" is a fact for now
 * (还没验收, 证还没下来, 才干了五个月 还没满半年); a question echoed before its answer (领没领？没领 /
 * 交了没？交着哩 / 干多久了？不知道); bare replies to the one question still open (没得 / 没有嘞 / 木有 /
 * 嗯 / 对 / 是的 / 不是); relatives relaying half of a case ("他说好像是残疾人"); and, in between,
 * whether one can still apply today (2026: the plan ran 2019-12-02 to 2021-12-31).
 *
 * Rules used for every expectation: an amount is expected only when every fact it depends on has been
 * said by the person — unit kind, insurance where the group needs it, group, count, months employed
 * for poor labour (at least six), months of 以工代训 (counted up to six) and that the 岗前培训补贴 was
 * NOT claimed for them. Before that: a question or at least no figure and no 不符合. A correction
 * replaces the fact; silence proves nothing; a range ("四五个", "五六年") settles nothing unless every
 * value in it gives the same answer, and then the turn is a `oneOf`.
 *
 * Amounts, worked out by hand (以工代训, 六(一): count × 200 元 × min(months of 以工代训, 6), per row;
 * poor labour at any production entity — enterprise, cooperative, 扶贫车间 — once employed ≥ 6 months;
 * 就业困难人员 (incl. 残疾人, 三(二)) and 零就业家庭成员 only at an insured ENTERPRISE; 退役军人 no
 * group of this rule; a row whose 岗前培训补贴 was claimed counts 0):
 * - d01: cooperative, 3 poor labour, employed "七八个月" then "肯定过半年", 以工代训 4: 3×200×4 = 2400.
 * - d02: insured factory, 2 零就业, 以工代训 5, pre-job "没得": 2×200×5 = 2000.
 * - d03: 扶贫车间, 5 poor labour, employed 10, 以工代训 8 → 6: 5×200×6 = 6000 (not 5×200×8 = 8000).
 * - d04: insured factory, 1 残疾人 (first "好像", then 有残疾证), 以工代训 3: 1×200×3 = 600.
 * - d05: 4 poor labour employed only 5 months → 0 (not 4×200×5 = 4000); if 6 months employed and
 *   6 of 以工代训: 4×200×6 = 4800.
 * - d06: factory NOT insured ("没有嘞"), 2 就业困难, 以工代训 4 → 0 (not 2×200×4 = 1600).
 * - d07: insured factory, 3 poor labour (employed 8, 以工代训 6) + 2 就业困难 (以工代训 3):
 *   3×200×6 + 2×200×3 = 3600 + 1200 = 4800; before insurance is said, at most the 3600 part.
 * - d08: cooperative, 2 poor labour (employed 12, 以工代训 6) + 1 就业困难 (a cooperative is no
 *   enterprise → 0): 2×200×6 = 2400 (not 2400 + 1×200×4 = 3200).
 * - d09: insured company, 2 poor labour employed 4 months → 0, 3 零就业 以工代训 5: 3×200×5 = 3000
 *   (not 3000 + 2×200×4 = 4600).
 * - d10: insured company, 5 poor labour (employed 9, 以工代训 6) + 残疾人 "记不清几个" then 2
 *   (以工代训 6): 5×200×6 + 2×200×6 = 6000 + 2400 = 8400.
 * - d11: company, 2 poor labour (employed 10, 以工代训 6, pre-job claimed → 0) + 3 poor labour
 *   (employed 7, 以工代训 2): 3×200×2 = 1200 (not 2400 + 1200 = 3600).
 * - d12: insured furniture firm, 3 退伍军人 (0) + 2 就业困难, 以工代训 4: 2×200×4 = 1600 (not 5×200×4 = 4000).
 * - d13: insured company, no poor labour, 2 残疾人, 以工代训 4: 2×200×4 = 1600.
 * - d14: 3 零就业 at a company that never paid insurance, 以工代训 5 → 0 (not 3×200×5 = 3000).
 * - d15: insured company; the woman without 残疾证 or 认定 → 0 (not 1×200×3 = 600); 1 poor labour
 *   (employed 7, 以工代训 6): 1×200×6 = 1200 (not 1200 + 600 = 1800).
 * - d16: 4 poor labour (employed 9, 以工代训 6) but 岗前培训补贴 领过了 → 0 (not 4×200×6 = 4800).
 * - d17: 扶贫车间, 5 poor labour employed 5 months ("干够半年 没有") → 0.
 * - d18: company, 2 就业困难, 以工代训 4; insurance open ("老板没说不交"), then "交着哩": 2×200×4 = 1600.
 * - d19: cooperative, 6 poor labour, employed 11, 以工代训 6, pre-job "没领" at the fourth turn:
 *   6×200×6 = 7200.
 * - d20: insured company, 零就业 count "记不清" then "四五个" then 4, 以工代训 3: 4×200×3 = 2400.
 * - d21: 扶贫车间, 2 poor labour employed 12+, 以工代训 "应该是五个月" then "对": 2×200×5 = 2000.
 * - d22: company insurance "不清楚" then "木有", 3 就业困难, 以工代训 6 → 0 (not 3×200×6 = 3600).
 * - d23: village unit, cooperative or 扶贫车间 (both count for poor labour), 3 poor labour employed 8,
 *   以工代训 4: 3×200×4 = 2400.
 * - d25: insured company, 5 就业困难, 以工代训 4: 5×200×4 = 4000; corrected to 4: 4×200×4 = 3200.
 * - d26: factory, 2 poor labour employed 7, 以工代训 5: 2×200×5 = 2000; corrected to 7 months of
 *   以工代训 → 6: 2×200×6 = 2400 (not 2×200×7 = 2800).
 * - d27: 2 零就业, 以工代训 6, insured: 2×200×6 = 2400; corrected to never insured → 0.
 * - d28: cooperative, 3 poor labour employed "半年多", 以工代训 4: 3×200×4 = 2400; corrected to
 *   零就业 at a cooperative → 0, insured or not.
 * - d29: 扶贫车间, 4 poor labour employed 8, 以工代训 6: 4×200×6 = 4800; one had the pre-job
 *   subsidy: 3×200×6 = 3600.
 * - d30: company, 2 poor labour employed 6, 以工代训 5: 2×200×5 = 2000; corrected to employed 5 → 0.
 * - d31: 扶贫车间, 5 poor labour employed 7, 以工代训 3 (after a 生活费 aside): 5×200×3 = 3000.
 * - d32: insured company, 3 零就业, 以工代训 4 (after a 稳岗返还 aside): 3×200×4 = 2400.
 * - d33: insured company, 2 残疾人, 以工代训 5 (after an equipment aside), pre-job 没领: 2×200×5 = 2000.
 * - d34: factory, 3 poor labour employed 10, 以工代训 6: 3×200×6 = 3600.
 * - d35: cooperative, 2 poor labour employed 9, 以工代训 3 (after chit-chat): 2×200×3 = 1200.
 * - d58: factory, 2 poor labour among the apprentices, employed 7, 以工代训 6: 2×200×6 = 2400.
 * - d61: 扶贫车间 in 2021, 3 poor labour employed 8, 以工代训 6: 3×200×6 = 3600.
 * Equipment (四(一): per site min(20 % × value bought from the 职工教育经费, 50万 base / 10万 studio),
 * only once 人社 and 财政 accepted it):
 * - d46: base, 180万: 20 % × 1 800 000 = 360 000 (< 500 000) → 360000, and nothing before 验收.
 * - d47: studio, 60万, fund "不知道" then 教育经费: 20 % × 600 000 = 120 000 → cap 100000.
 * - d48: studio, two batches "大概三十万" + 20万, then 32万 + 20万: 20 % × 520 000 = 104 000 → cap 100000.
 * - d49: base, 100万 paid by the owner, not the fund → nothing (not 20 % × 1 000 000 = 200 000).
 * - d50: base, 300万: 20 % × 3 000 000 = 600 000 → cap 500000; a studio of 40万 还没验 adds nothing
 *   yet; once accepted 20 % × 400 000 = 80 000 (< 100 000): 500 000 + 80 000 = 580000.
 * Education fund (六(二): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash):
 * - d51: payroll "大概两千万" then 两千万, fund 100万: 8 % × 20 000 000 = 1 600 000 > 1 000 000 → 1000000;
 *   a front-line share "估计一半" is under 60 %.
 * - d52: payroll 1200万, fund 120万: 8 % × 12 000 000 = 960 000 < 1 200 000 → 960000.
 * - d53: fund 80万, payroll "不知道" then 900万: 8 % × 9 000 000 = 720 000 < 800 000 → 720000.
 * - d55: payroll 3000万, fund 200万: 8 % × 30 000 000 = 2 400 000 > 2 000 000 → 2000000.
 * No amount anywhere the plan fixes none: apprenticeship ("按照相关规定"), per-person training
 * subsidy, 生活费补贴, free training of poor labour, entrepreneurship training, competition awards.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is still missing: a question, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered with 不知道 / 记不清 / a range: no figure, no verdict either way. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, and not the figure a misreading gives. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** A hedged fact (好像 / 应该是 / 估计): either confirm it first or compute. */
const hedged = (yuan: number): TurnExpect => ({ oneOf: [ask, pay(yuan)] });
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** In the plan's field but its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** Outside the plan, asked in the middle of a case: declined, no figure. */
const declined: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** Someone asks whether they can still apply today. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open: no verdict, no figure. */
const kitOpen: TurnExpect = { undecided: 'equipment_subsidy', noAmount: 'open' };
/** The education-fund deduction: a pre-tax deduction. */
const deduct = (yuan: number): TurnExpect => ({ amount: { rule: 'education_fund_deduction', yuan }, says: [/税前/] });
/** The 60 % front-line share named. */
const sixty = /60\s*[%％]|百分之六十|六成/;
/** A person's training subsidy with a fact open: no verdict, and the plan fixes no amount anyway. */
const trainOpen: TurnExpect = { undecided: 'vocational_training', noAmount: 'unfixed' };
/** A person's training subsidy excluded on the facts said. */
const trainNo = (...cites: string[]): TurnExpect => ({ notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', ...(cites.length ? { cites } : {}) });
/** Entrepreneurship training open to this person; no figure. */
const startUp: TurnExpect = { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' };
/** Apprenticeship: the plan gives no figure. */
const apprentice: TurnExpect = { ...unsettled, cites: ['四(一)'] };

export const DIALOGUES_V127: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v127d01',
    class: 'one_group',
    probes: 'months employed hedged as 估计七八个月 (both values ≥ 6) at a cooperative; amount only once 以工代训 months and the pre-job subsidy are said; still applying now',
    periodEnd: true,
    turns: [
      { user: '俺是中牟种蒜的合作社 收了仨建档立卡户在地里干活 听说有补贴 能有不', expect: ask },
      { user: '干了估计七八个月了 具体记不清', expect: ask },
      { user: '边干边教那种 教了四个月 岗前那个补贴没领过', expect: hedged(2400) },
      { user: '反正肯定过半年了 那现在还能报不', expect: { ...pay(2400), ...ended } },
    ],
  },
  {
    id: 'v127d02',
    class: 'one_group',
    probes: 'double negative 社保也不是没交 = insured; a bare 没得 answers the one open fact (pre-job subsidy)',
    periodEnd: true,
    turns: [
      { user: '俺们厂招了俩零就业家庭的 社保也不是没交 一直交着 以工代训弄了五个月', expect: ask },
      { user: '没得', expect: pay(2000) },
    ],
  },
  {
    id: 'v127d03',
    class: 'one_group',
    probes: 'echoed questions 干够半年没？够了 / 岗前补贴领没领？没领; 以工代训 of eight months capped at six',
    periodEnd: true,
    turns: [
      { user: '村里扶贫车间用了五个贫困户 想打听打听以工代训那个钱', expect: ask },
      { user: '干够半年没？够了 都干了十个月了 以工代训搞了八个月', expect: ask },
      { user: '岗前补贴领没领？没领', expect: payNot(6000, 8000) },
    ],
  },
  {
    id: 'v127d04',
    class: 'one_group',
    probes: 'an uncle relayed: 好像是残疾人, months open; then confirmed with the certificate',
    periodEnd: true,
    turns: [
      { user: '俺舅开了个小厂让俺帮着问 他说招了个人好像是残疾人 厂里交着社保 这能补多少', expect: ask },
      { user: '有残疾证 确定是 以工代训搞了仨月 岗前的也没领', expect: pay(600) },
    ],
  },
  {
    id: 'v127d05',
    class: 'one_group',
    probes: '才干了五个月 还没满半年: poor labour not yet six months employed gets nothing now; the what-if at six months is computed; asked whether one can apply now',
    periodEnd: true,
    turns: [
      { user: '俺们物流公司招了四个建档立卡的 到现在才干了五个月 还没满半年 以工代训弄了五个月 岗前补贴没拿 现在能申请不', expect: { ...notYes(4000), ...ended } },
      { user: '那要是再干一个月满半年 以工代训也弄够六个月呢', expect: pay(4800) },
    ],
  },
  {
    id: 'v127d06',
    class: 'one_group',
    probes: 'the one open fact is insurance; a bare 没有嘞 settles it as not insured → no 以工代训 for 就业困难',
    turns: [
      { user: '厂里招了俩就业困难的 以工代训四个月 岗前的没领 能给补点不', expect: ask },
      { user: '没有嘞', expect: notYes(1600) },
      { user: '那是不是俺们一分钱也领不着了', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, says: [/参保|社保/], mustNotContain: ['1600'] } },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v127d07',
    class: 'several_groups',
    probes: 'two rows, insurance open (only the poor-labour part is proven); echoed 社保交了没？交着哩 completes it',
    periodEnd: true,
    turns: [
      { user: '俺厂里有仨建档立卡的干了八个月 以工代训弄了六个月 还有俩就业困难人员以工代训仨月 岗前补贴一个都没领', expect: { asks: true, mustNotContain: ['4800'] } },
      { user: '社保交了没？交着哩 一直没断过', expect: pay(4800) },
    ],
  },
  {
    id: 'v127d08',
    class: 'several_groups',
    probes: 'a cooperative: poor labour counts, the 就业困难 hire does not (not an enterprise) even though it pays insurance',
    periodEnd: true,
    turns: [
      { user: '俺们是养殖合作社 有俩贫困户干了一年了 以工代训半年 另外还有一个就业困难的 以工代训四个月 社保是交了 岗前培训补贴都没报过', expect: payNot(2400, 3200) },
      { user: '那个就业困难的咋就不算哩', expect: { cites: ['六(一)'], mustNotContain: ['3200'] } },
    ],
  },
  {
    id: 'v127d09',
    class: 'several_groups',
    probes: 'poor labour 才来四个月 drops out; the 零就业 row at an insured company counts',
    periodEnd: true,
    turns: [
      { user: '公司交社保的 招了俩建档立卡的 才来四个月 还有仨零就业家庭的 以工代训五个月 岗前那个补贴俺们没申请过', expect: payNot(3000, 4600) },
    ],
  },
  {
    id: 'v127d10',
    class: 'several_groups',
    probes: 'second row count 记不清: no total; the count said later completes it',
    periodEnd: true,
    turns: [
      { user: '俺们公司是参保的 招了五个建档立卡的 都干了九个月 以工代训六个月 还有几个残疾人 具体几个记不清了 以工代训也是六个月 岗前补贴都没领', expect: { notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['7200', '8400', '9600', '10800', '12000'] } },
      { user: '问了人事 残疾的是俩', expect: pay(8400) },
    ],
  },
  {
    id: 'v127d11',
    class: 'several_groups',
    probes: 'pre-job subsidy open for two rows; 会计没说领了也没说没领 settles nothing; then split per row',
    periodEnd: true,
    turns: [
      { user: '俺们公司两拨建档立卡的 头一拨俩人干了十个月 以工代训六个月 第二拨仨人干了七个月 以工代训才俩月', expect: { asks: true, noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
      { user: '岗前那个补贴 会计没说领了 也没说没领', expect: dunno },
      { user: '岗前补贴？头一拨那俩领过了 第二拨仨没领', expect: payNot(1200, 3600, 2400) },
    ],
  },
  {
    id: 'v127d12',
    class: 'several_groups',
    probes: 'veterans are no group of 以工代训; only the 就业困难 row counts',
    periodEnd: true,
    turns: [
      { user: '俺们是做家具的公司 交社保 招了仨退伍军人 俩就业困难人员 以工代训都是四个月 岗前补贴都没领 这能补多少', expect: payNot(1600, 4000) },
      { user: '退伍的那仨不也是重点照顾的人吗 真不中？', expect: { cites: ['六(一)'], mustNotContain: ['4000'] } },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v127d13',
    class: 'negation_after_noun',
    probes: '建档立卡的没有 残疾人倒是有俩: the negated group is absent, the other is there; 岗前补贴没有 = not claimed',
    periodEnd: true,
    turns: [
      { user: '问下以工代训 建档立卡的没有 残疾人倒是有俩 公司社保一直交着', expect: ask },
      { user: '以工代训四个月 岗前补贴没有', expect: pay(1600) },
    ],
  },
  {
    id: 'v127d14',
    class: 'negation_after_noun',
    probes: '社保 没交过 after the noun: an uninsured company gets nothing for 零就业; whether it can still make up now',
    turns: [
      { user: '零就业家庭的招了仨 社保 没交过 以工代训五个月 岗前补贴也没领', expect: notYes(3000) },
      { user: '那现在给补交上 还来得及申请不', expect: ended },
    ],
  },
  {
    id: 'v127d15',
    class: 'negation_after_noun',
    probes: '残疾证 没有 也没认定过: no group for her; a poor-labour hire added later counts alone',
    periodEnd: true,
    turns: [
      { user: '公司交社保的 招了个大姐腿脚不太利索 残疾证 没有 也没认定过就业困难 以工代训三个月 岗前的没领 能补不', expect: notYes(600) },
      { user: '中 那还有一个建档立卡的小伙 干了七个月 以工代训六个月 岗前也没领', expect: payNot(1200, 1800) },
    ],
  },
  {
    id: 'v127d16',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 领过了 / 以工代训的 还没领: each negation belongs to its own noun',
    turns: [
      { user: '厂里四个建档立卡的干了九个月 以工代训满六个月了 算算能补多少', expect: ask },
      { user: '岗前培训补贴 领过了 以工代训的 还没领', expect: notYes(4800) },
    ],
  },
  {
    id: 'v127d17',
    class: 'negation_after_noun',
    probes: '干够半年 没有 差一个月: poor labour short of six months; 不知道 about the pre-job subsidy changes nothing',
    turns: [
      { user: '扶贫车间里五个建档立卡的 干够半年 没有 差一个月 以工代训都搞了 岗前补贴是啥俺也不知道', expect: notYes(5000, 6000) },
    ],
  },
  {
    id: 'v127d18',
    class: 'negation_after_noun',
    probes: '老板没说不交社保 says nothing about insurance; 嗯 查了 交着哩 settles it',
    periodEnd: true,
    turns: [
      { user: '俺在个小公司管人事 招了俩就业困难的 老板没说不交社保 俺也不清楚到底交没交 以工代训四个月 岗前补贴没领', expect: dunno },
      { user: '嗯 查了 公司账上每个月都扣社保 交着哩', expect: pay(1600) },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v127d19',
    class: 'unknown_reply',
    probes: 'echoed 干多久了？不知道, then 不知道领没领: each unknown keeps the case open until 没领',
    periodEnd: true,
    turns: [
      { user: '俺们是个养鸡合作社 有六个建档立卡的 想问问以工代训补贴咋弄', expect: ask },
      { user: '干多久了？不知道 得问场长', expect: dunno },
      { user: '场长说都干了十一个月 以工代训六个月 岗前那个不知道领没领', expect: dunno },
      { user: '会计查了 没领', expect: pay(7200) },
    ],
  },
  {
    id: 'v127d20',
    class: 'unknown_reply',
    probes: 'count 记不清, then a range 四五个 (still open), then the register says four',
    periodEnd: true,
    turns: [
      { user: '公司交着社保 招了几个零就业家庭的 具体几个记不清了 以工代训三个月 岗前补贴没领', expect: dunno },
      { user: '大概四五个吧', expect: dunno },
      { user: '翻了花名册 是四个', expect: pay(2400) },
    ],
  },
  {
    id: 'v127d21',
    class: 'unknown_reply',
    probes: 'months of 以工代训 不知道, then 应该是五个月吧 估计 (hedge), then 对',
    periodEnd: true,
    turns: [
      { user: '俺们是扶贫车间 俩建档立卡的干了一年多 岗前培训补贴没拿过 以工代训几个月俺不知道', expect: dunno },
      { user: '应该是五个月吧 估计', expect: hedged(2000) },
      { user: '对 就是五个月', expect: pay(2000) },
    ],
  },
  {
    id: 'v127d22',
    class: 'unknown_reply',
    probes: 'insurance 不清楚, then 木有: an uninsured company gets nothing for 就业困难',
    turns: [
      { user: '招了仨就业困难人员 公司交没交社保俺不清楚 以工代训六个月 岗前补贴没领', expect: dunno },
      { user: '问了老板 木有', expect: notYes(3600) },
    ],
  },
  {
    id: 'v127d23',
    class: 'unknown_reply',
    probes: 'unit kind 说不好 between cooperative and 扶贫车间 — both take poor labour, so either answer or ask',
    periodEnd: true,
    turns: [
      { user: '俺们那是村里弄的 说不好算合作社还是扶贫车间 用了仨贫困户 干了八个月 以工代训四个月 岗前补贴没领', expect: hedged(2400) },
      { user: '是扶贫车间 门口挂着牌哩', expect: pay(2400) },
    ],
  },
  {
    id: 'v127d24',
    class: 'unknown_reply',
    probes: 'a mother relays: the certificate 她也说不清; even once it is in hand other facts stay open',
    periodEnd: true,
    turns: [
      { user: '俺闺女在郑州学的育婴师 证下来没有她也说不清 能领培训补贴不', expect: trainOpen },
      { user: '下来了 上礼拜拿到手的', expect: trainOpen },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v127d25',
    class: 'correction',
    probes: '不是 是四个: one of five was a veteran, the count drops',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了五个就业困难人员 以工代训四个月 岗前补贴没领', expect: pay(4000) },
      { user: '不是 是四个 有一个是退伍的不是就业困难', expect: payNot(3200, 4000) },
    ],
  },
  {
    id: 'v127d26',
    class: 'correction',
    probes: 'months of 以工代训 corrected from five to seven, capped at six',
    periodEnd: true,
    turns: [
      { user: '俺们厂俩建档立卡的 干了七个月 以工代训五个月 岗前的没领', expect: pay(2000) },
      { user: '说错了 以工代训是一来就搞的 七个月都是', expect: payNot(2400, 2800) },
    ],
  },
  {
    id: 'v127d27',
    class: 'correction',
    probes: 'insured corrected to 压根就没交过: the amount goes',
    periodEnd: true,
    turns: [
      { user: '公司交着社保 招了俩零就业家庭的 以工代训六个月 岗前没领', expect: pay(2400) },
      { user: '哎 俺记岔了 俺们公司压根就没交过社保', expect: notYes(2400) },
    ],
  },
  {
    id: 'v127d28',
    class: 'correction',
    probes: 'group corrected from poor labour to 零就业 at a cooperative: nothing, insured or not',
    periodEnd: true,
    turns: [
      { user: '合作社招了仨建档立卡的 干了半年多了 以工代训四个月 岗前补贴没领', expect: pay(2400) },
      { user: '等等 问清了 他仨不是建档立卡的 是零就业家庭的', expect: notYes(2400) },
      { user: '俺们合作社交着社保哩 也不中？', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v127d29',
    class: 'correction',
    probes: 'pre-job subsidy corrected for one of four',
    periodEnd: true,
    turns: [
      { user: '扶贫车间四个贫困户 干了八个月 以工代训六个月 岗前补贴都没领', expect: pay(4800) },
      { user: '刚问了 有一个领过岗前补贴 其他仨没有', expect: payNot(3600, 4800) },
    ],
  },
  {
    id: 'v127d30',
    class: 'correction',
    probes: 'months employed corrected below six: 才干了五个月 下个月才满半年',
    periodEnd: true,
    turns: [
      { user: '公司招了俩建档立卡的 干了六个月 以工代训五个月 岗前没领', expect: pay(2000) },
      { user: '不对 才干了五个月 下个月才满半年', expect: notYes(2000) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v127d31',
    class: 'topic_switch',
    probes: 'a 生活费补贴 aside mid-case (unset, no figure), then the case resumes',
    periodEnd: true,
    turns: [
      { user: '俺们扶贫车间有五个建档立卡的 都干了七个月了', expect: ask },
      { user: '插一句 他们培训那阵有没有生活费补贴 一个月多少', expect: unsettled },
      { user: '回到刚才 以工代训是仨月 岗前补贴没拿', expect: pay(3000) },
    ],
  },
  {
    id: 'v127d32',
    class: 'topic_switch',
    probes: '稳岗返还 asked mid-case is declined; the 零就业 case is kept',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了仨零就业家庭的 想申请以工代训', expect: ask },
      { user: '顺便问下 稳岗返还今年还有没', expect: declined },
      { user: '那以工代训他们搞了四个月 岗前补贴没领过', expect: pay(2400) },
    ],
  },
  {
    id: 'v127d33',
    class: 'topic_switch',
    probes: 'an equipment question mid-case without a value (no figure), then a terse 岗前那个补贴 他俩谁都没领过 resumes the 残疾人 case',
    periodEnd: true,
    turns: [
      { user: '公司交社保 有俩残疾人 以工代训五个月', expect: ask },
      { user: '另外问下 技能大师工作室买设备能补多少', expect: { cites: ['四(一)'], noAmount: 'open' } },
      { user: '岗前那个补贴 他俩谁都没领过', expect: pay(2000) },
    ],
  },
  {
    id: 'v127d34',
    class: 'topic_switch',
    probes: 'education fund first, then a poor-labour case with an echoed 领没领？没领, then whether both can still be done',
    periodEnd: true,
    turns: [
      { user: '俺是厂里会计 先问个事 职工教育经费得拿多少用在一线工人身上', expect: { cites: ['六(二)'], says: [sixty] } },
      { user: '再一个 厂里有仨建档立卡的干了十个月 以工代训六个月 岗前补贴领没领？没领', expect: pay(3600) },
      { user: '这俩事现在还能办不', expect: ended },
    ],
  },
  {
    id: 'v127d35',
    class: 'topic_switch',
    probes: 'chit-chat mid-case declined without a figure; the case resumes with the last fact',
    periodEnd: true,
    turns: [
      { user: '合作社里俩贫困户干了九个月 以工代训仨月', expect: ask },
      { user: '你是机器人还是真人在回啊', expect: declined },
      { user: '中吧 岗前培训补贴没申请过', expect: pay(1200) },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v127d36',
    class: 'person_training',
    probes: 'a father on a monthly pension is outside 六(一); corrected: it is the mother who has one',
    periodEnd: true,
    turns: [
      { user: '俺爹六十三了 退休了每月领养老金 想去学个电工 能领培训补贴不', expect: trainNo('六(一)', '七(二)') },
      { user: '弄错了 领养老金的是俺娘 俺爹没有', expect: trainOpen },
    ],
  },
  {
    id: 'v127d37',
    class: 'person_training',
    probes: '证还没下来: not yet; once it is there and the rest was said, eligible or one more question',
    periodEnd: true,
    turns: [
      { user: '俺在常住的地方报了个中式烹调师 考完了证还没下来 今年头一回报 学校说是进系统的 俺也没退休 能报补贴不', expect: trainNo() },
      {
        user: '证下来了 以前也没学过厨师',
        expect: {
          oneOf: [
            { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
            { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
          ],
        },
      },
    ],
  },
  {
    id: 'v127d38',
    class: 'person_training',
    probes: 'three subsidies this year already: no fourth; corrected to two (one 没批下来), open again',
    periodEnd: true,
    turns: [
      { user: '俺今年已经领过三回培训补贴了 又学了个叉车 还能领不', expect: trainNo('七(二)') },
      { user: '记错了 是两回 还有一回没批下来', expect: trainOpen },
    ],
  },
  {
    id: 'v127d39',
    class: 'person_training',
    probes: 'a husband relays 他说好像还能领: same occupation and level is not subsidised twice; corrected to the next level',
    periodEnd: true,
    turns: [
      { user: '俺对象去年学的育婴员初级领过补贴 今年又报了个育婴员初级 他说好像还能领', expect: trainNo('七(二)') },
      { user: '不是初级 这回报的是中级', expect: trainOpen },
    ],
  },
  {
    id: 'v127d40',
    class: 'person_training',
    probes: 'a cousin 好像是建档立卡的: confirm or answer; once confirmed the training is free, no figure',
    periodEnd: true,
    turns: [
      {
        user: '俺表哥说他好像是建档立卡的 想学开挖掘机 要交学费不',
        expect: { oneOf: [{ asks: true, noAmount: 'unfixed' }, { cites: ['三(三)'], noAmount: 'unfixed' }] },
      },
      { user: '问清了 是建档立卡户 卡在家放着哩', expect: { cites: ['三(三)'], says: [/免费/], noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v127d41',
    class: 'entrepreneurship',
    probes: '开了五六年了吧 记不清 straddles the five years; six years is over; a wish to open another shop brings it back',
    turns: [
      { user: '俺开了个小超市 开了五六年了吧 记不清 能参加创业培训不', expect: { undecided: 'entrepreneurship_training', noAmount: 'unfixed' } },
      { user: '查了执照 开了六年多了', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '那俺还想再开个饭馆 这算有创业想法不', expect: startUp },
    ],
  },
  {
    id: 'v127d42',
    class: 'entrepreneurship',
    probes: 'a brother at a 技工院校, 还没毕业: a student in school counts; the cost or payout is not set',
    turns: [
      { user: '俺弟在郑州一个技校上着学哩 还没毕业 能参加那个创业培训不', expect: startUp },
      { user: '培训要钱不 学完能补多少', expect: unsettled },
    ],
  },
  {
    id: 'v127d43',
    class: 'entrepreneurship',
    probes: '店还没开成 执照还没下来: a wish to start counts; no payout figure',
    turns: [
      { user: '店还没开成 营业执照还没下来 就是想自己弄个奶茶店 能学创业培训不', expect: startUp },
      { user: '学完了给发钱不 还是光上课', expect: unsettled },
    ],
  },
  {
    id: 'v127d44',
    class: 'entrepreneurship',
    probes: '可能想开个网店 还没拿定主意 (hedge), then a bare 是的',
    turns: [
      {
        user: '俺媳妇在家看孩子 可能想开个网店 还没拿定主意 这种能参加创业培训不',
        expect: { oneOf: [{ asks: true, noAmount: 'unfixed' }, { cites: ['三(八)'], noAmount: 'unfixed' }] },
      },
      { user: '是的 她想干', expect: startUp },
    ],
  },
  {
    id: 'v127d45',
    class: 'entrepreneurship',
    probes: 'a graduate who 没想着创业 is still a graduate the plan names; a skills question after it stays open',
    turns: [
      { user: '俺是郑大毕业的 毕业两年了还没找着活 也没想着创业 能参加创业培训不', expect: startUp },
      { user: '那技能培训呢 俺想学个电商运营', expect: trainOpen },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v127d46',
    class: 'equipment',
    probes: '还没验收: nothing yet; after 人社 and 财政 sign, 20 % under the base cap; still applying now',
    periodEnd: true,
    turns: [
      { user: '公司建了个高技能人才培训基地 用职工教育经费买了一百八十万的实训设备 还没验收', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['360000', '36万'] } },
      { user: '验了 人社跟财政都签字了 合格', expect: kit(360000) },
      { user: '那这会儿还能去申请不', expect: ended },
    ],
  },
  {
    id: 'v127d47',
    class: 'equipment',
    probes: 'the money source 不知道 keeps it open; from the fund, the studio cap applies',
    periodEnd: true,
    turns: [
      { user: '俺们技能大师工作室添了六十万的设备 人社财政都验收合格了', expect: { ...kitOpen, asks: true } },
      { user: '钱从哪出的？这俺真不知道 账是会计管', expect: kitOpen },
      { user: '会计说了 是从职工教育经费里列支的', expect: kit(100000, '120000', '12万') },
    ],
  },
  {
    id: 'v127d48',
    class: 'equipment',
    probes: 'two batches for one studio, the first 大概三十万 (hedge); the invoice says 32万, still the one cap',
    periodEnd: true,
    turns: [
      {
        user: '俺们大师工作室分两回买的设备 头一回大概三十万 第二回二十万 都是教育经费出的 验收过了',
        expect: { oneOf: [{ asks: true, noAmount: 'open' }, kit(100000)] },
      },
      { user: '翻了发票 头一回是三十二万', expect: kit(100000, '104000', '10.4万') },
    ],
  },
  {
    id: 'v127d49',
    class: 'equipment',
    probes: '不是用职工教育经费买的 老板自己掏的: no equipment subsidy; asked whether it can still be applied for',
    turns: [
      { user: '高技能人才培训基地 买设备花了一百万 不是用职工教育经费买的 老板自己掏的腰包 验收也过了', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['200000', '20万'] } },
      { user: '这设备补贴现在还能报不', expect: ended },
    ],
  },
  {
    id: 'v127d50',
    class: 'equipment',
    probes: '不是没验收 = accepted (base capped); a studio 还没验 adds nothing until accepted',
    periodEnd: true,
    turns: [
      { user: '基地的设备三百万 职工教育经费买的 不是没验收 人社财政都验过了', expect: kit(500000, '600000', '60万') },
      { user: '那再加一个大师工作室 买了四十万的 也是教育经费 还没验', expect: { mustNotContain: ['580000', '58万'] } },
      { user: '工作室也验完了 合格', expect: kit(580000) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v127d51',
    class: 'education_fund',
    probes: 'payroll 大概两千万 (any value near it gives the same cap); front-line share 估计一半 is under 60 %',
    turns: [
      { user: '俺们公司一年工资总额大概两千万 职工教育经费提了一百万 税前能扣多少', expect: { oneOf: [{ asks: true, noAmount: 'open' }, deduct(1000000)] } },
      { user: '工资总额确实是两千万 一线培训花了估计一半', expect: { ...deduct(1000000), oneOf: [{ asks: true }, { says: [sixty] }] } },
    ],
  },
  {
    id: 'v127d52',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: the deduction stops at 8 %; it is not money paid out',
    turns: [
      { user: '工资薪金总额一千二百万 教育经费提了一百二十万 能全都税前扣吗', expect: deduct(960000) },
      { user: '那这九十六万是给俺们打到账上的钱不', expect: { says: [/税前|扣除/], cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v127d53',
    class: 'education_fund',
    probes: 'payroll 不知道 会计请假了: no figure; then said',
    turns: [
      { user: '职工教育经费提了八十万 工资总额多少俺不知道 会计请假了', expect: { noAmount: 'open', undecided: 'education_fund_deduction' } },
      { user: '会计回来了 说工资总额九百万', expect: deduct(720000) },
    ],
  },
  {
    id: 'v127d54',
    class: 'education_fund',
    probes: '没到六成 大概五成八: under the 60 % line; 师带徒 allowances are a use the clause names',
    turns: [
      { user: '教育经费里头用在一线工人身上的 没到六成 大概五成八 这中不中', expect: { cites: ['六(二)'], says: [sixty], noAmount: 'open' } },
      { user: '师傅带徒弟的津贴也从这里头出 算不算一线的', expect: { cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v127d55',
    class: 'education_fund',
    probes: 'fund below 8 %: the whole fund; whether the 8 % still holds today',
    turns: [
      { user: '工资总额三千万 教育经费提了二百万 一线用了七成', expect: deduct(2000000) },
      { user: '这八个点的扣除现在还执行不', expect: { oneOf: [ended, { says: [HONEST_NOT_SETTLED] }] } },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v127d56',
    class: 'apprenticeship',
    probes: 'per-apprentice amount asked, then 估摸个数也中: the plan fixes none',
    turns: [
      { user: '公司带了十二个新型学徒 一个人能补多少钱', expect: apprentice },
      { user: '那估摸个数也中 大概能有多少', expect: unsettled },
    ],
  },
  {
    id: 'v127d57',
    class: 'apprenticeship',
    probes: 'an uncle 好像有七八个学徒, then 八个: still no total',
    turns: [
      { user: '俺叔厂里搞那个新型学徒 他说好像有七八个 能领多少钱', expect: unsettled },
      { user: '问了 是八个 那一共能领多少', expect: { ...unsettled, mustNotContain: ['1600', '9600'] } },
    ],
  },
  {
    id: 'v127d58',
    class: 'apprenticeship',
    probes: 'is an apprentice paid like 以工代训 (no); then a poor-labour row among the apprentices is 以工代训',
    periodEnd: true,
    turns: [
      { user: '新招的学徒 是不是也跟以工代训一样一个月给二百', expect: apprentice },
      { user: '那以工代训呢 俺厂里学徒里头有俩建档立卡的干了七个月 以工代训六个月 岗前的也没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v127d59',
    class: 'apprenticeship',
    probes: '学徒还没招 打算明年: the plan has ended; its apprentice target',
    turns: [
      { user: '俺们学徒还没招哩 打算明年招二十个 到时候有啥补', expect: { ...ended, noAmount: 'unfixed' } },
      { user: '三年培养两万名学徒说的是郑州全市吗', expect: { cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v127d60',
    class: 'apprenticeship',
    probes: '人社的人也没说不给补 (says nothing); the standard is not in the plan',
    turns: [
      { user: '人社的人也没说学徒不给补 那应该是有吧 一个学徒按啥标准补', expect: apprentice },
      { user: '要是学徒最后没考下证 还补不补', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v127d61',
    class: 'period',
    probes: 'can a 扶贫车间 still apply now (no: ended); what the 2021 case would have come to',
    periodEnd: true,
    turns: [
      { user: '现在还能申请以工代训补贴不 俺是扶贫车间的', expect: ended },
      { user: '那二一年那会儿俺们有仨贫困户干了八个月 以工代训六个月 岗前补贴没领 当时能领多少', expect: pay(3600) },
    ],
  },
  {
    id: 'v127d62',
    class: 'period',
    probes: '二一年腊月考的 证到现在还没下来: the plan ended; no verdict of eligible',
    periodEnd: true,
    turns: [
      { user: '俺二一年腊月考的焊工 证到现在还没下来 现在还能补报培训补贴不', expect: { ...ended, ...trainNo() } },
    ],
  },
  {
    id: 'v127d63',
    class: 'period',
    probes: '听说好像还管用: the plan ended 2021-12-31; a successor is not in the text',
    periodEnd: true,
    turns: [
      { user: '郑州这个职业技能提升行动的文件过期了没 听说好像还管用', expect: ended },
      { user: '那以后还出新的不', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { answered: false }], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v127d64',
    class: 'period',
    probes: 'hires of 2022, after the plan ended: say it ended',
    periodEnd: true,
    turns: [
      { user: '俺们是交社保的企业 二零二二年开春招的俩就业困难人员 以工代训四个月 岗前没领 能补不', expect: ended },
    ],
  },
  {
    id: 'v127d65',
    class: 'period',
    probes: '应该是过期了吧 俺也不确定: confirm it ended; a 2020 training claimed late is after the end too',
    periodEnd: true,
    turns: [
      { user: '听说这个政策应该是过期了吧 俺也不确定 补贴还能领不', expect: ended },
      { user: '那俺二零年学的保育员 当时证也拿了 没领过补贴 现在补领中不中', expect: { ...ended, noAmount: 'unfixed' } },
    ],
  },
];
