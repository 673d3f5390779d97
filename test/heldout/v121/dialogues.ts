/**
 * HELD-OUT dialogues, set v121 — written BLIND. The only sources were the plan
 * (policy-corpus/zz-2019-63.md) and the two contracts (shared/spec/eligibility.md, api.md); the
 * format was taken from types.ts, sets.ts, sets.test.ts, judge.ts and the opening lines of v101.
 * Nothing here comes from the service's answers, from src/, from scripts/ or from any other
 * held-out or dev set. Not to be tuned on: no message goes into a glossary, pattern or fixture,
 * and a dialogue fixed by a targeted change measures nothing afterwards (write a new one).
 *
 * Who types here: bosses, HR clerks and bookkeepers of small and mid-sized Zhengzhou-area units
 * (garment and carton factories, a mushroom cooperative, a handicraft 扶贫车间, a housekeeping
 * firm, a restaurant company, building-materials and machine-tool firms, a training school), on
 * WeChat, in Henan speech: 俺/咱/啥/中不中, 俩/仨, Chinese numerals, amounts in 万, typos of the
 * ear (贫困护, 以工带训, 陪训, 和格), no punctuation, and cases of relatives.
 *
 * Theme: the employer builds the case over three to five turns — one group after another, each
 * with its own count and months — and then asks for a recap ("再给俺捋一遍"), a total ("总共能拿
 * 多少") or a what-if ("要是干满六个月呢", "再加俩残疾人呢", "要是没交社保呢"). Groups are dropped
 * or corrected later ("不是3个是2个", "那俩贫困户其实只干了4个月"). Training equipment is bought
 * at two sites, a 高技能人才培训基地 and a 技能大师工作室, partly from the 职工教育经费, with
 * 验收 done at one site only. The education-fund deduction is asked with 工资总额 and 提取额 in 万.
 * Apprentices are counted, but the plan fixes no sum for them.
 *
 * Rules used for the expectations (issue 10: nothing is inferred from silence):
 * - An amount is expected only after EVERY fact it rests on was said: the kind of unit, insurance
 *   (for 就业困难/残疾/零就业 rows), the group, the count, months employed (poor labour ≥ 6),
 *   months of 以工代训 (cap 6) and that the 岗前培训补贴 was not claimed. Before that: a question
 *   and no figure, never 不符合. "不知道/不清楚" leaves the fact open; a correction replaces it.
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) over the rows that qualify. Poor
 *   labour needs ≥ 6 months employed by any 生产经营主体 (企业, 合作社, 扶贫车间, a 培训机构 too);
 *   就业困难人员 (incl. 残疾人, 三(二)) and 零就业家庭成员 need an INSURED ENTERPRISE (a cooperative
 *   is not one); 退役军人 and plain 农民工 are no group of this rule; a row whose 岗前培训补贴 was
 *   claimed drops out.
 * - Equipment (四(一)): per site min(20 % × value of the items paid from the 职工教育经费,
 *   500 000 for a base / 100 000 for a studio), only after BOTH 人社 and 财政 验收合格; batches of
 *   one site share its cap.
 * - Education fund (六(二)): a pre-tax deduction min(提取额, 8 % × 工资薪金总额), never cash to
 *   collect; the 60 % front-line share is noted when under it.
 * - Plan ran 2019-12-02 to 2021-12-31; today is 2026, so every "what can I get / can I still
 *   apply" conversation must hear that it has ended.
 *
 * Amounts, by hand (yuan):
 * - d01: 5 poor, employed 7+ mo, 以工代训 5 → 5×200×5 = 5000 (not 5×200×6 = 6000).
 * - d02: cooperative, 3 poor, ~1 year, 以工代训 8 → capped 6 → 3×200×6 = 3600 (not 3×200×8 = 4800).
 * - d03: 扶贫车间, 2 poor, 5 mo employed → none (2×200×5 = 2000 would be the misreading); what-if
 *   6 mo employed and 6 mo 以工代训 → 2×200×6 = 2400.
 * - d04: insured firm, 4 就业困难, 3 mo → 4×200×3 = 2400; what-if uninsured → none.
 * - d05: insured firm, 1 零就业, 4 mo → 1×200×4 = 800.
 * - d06: insured factory: poor 6 (10 mo, 6) = 6×200×6 = 7200; 残疾 2 × 3 mo = 1200; 零就业 1 × 4 mo
 *   = 800 → 7200+1200+800 = 9200 (turn 3 and the recap, turn 4).
 * - d07: insured firm: poor 3 (8 mo, 6) = 3600; 5 退役军人 do not count (3600+3000 = 6600 is wrong).
 * - d08: cooperative (insured): poor 1 (9 mo, 6) = 1200; 2 残疾 do not count (1200+2400 = 3600 is
 *   wrong); what-if an insured company instead → 1200 + 2×200×6 = 3600.
 * - d09: insured 家政公司: poor 4 (6 mo, 6) = 4800; 就业困难 3 × 5 mo = 3000 → 7800; what-if +2 残疾
 *   × 2 mo = 800 → 8600.
 * - d10: 扶贫车间: batch 1 5 poor (12 mo, 6) = 6000; batch 2 3 poor (7 mo, 4) = 2400; batch 3 2 poor
 *   (3 mo) none → 8400 (not 9600); what-if batch 3 at 6 mo with 6 mo → +2400 = 10800.
 * - d11: uninsured 餐饮公司: poor 1 (10 mo, 6) = 1200; 2 就业困难 × 4 mo not counted (2800 wrong);
 *   what-if insured → 1200 + 1600 = 2800 (or: the plan does not say how a late start is treated).
 * - d12: insured factory, 5 就业困难 × 4 mo = 4000; then 2 of them had the 岗前 subsidy → 3×200×4 = 2400.
 * - d13: uninsured carton factory, 3 残疾 × 5 mo → none (3000 wrong); what-if insured → 3000.
 * - d14: insured firm, 2 农民工 (not poor) → none (2400 wrong); what-if one of them poor, 8 mo, 6 mo
 *   → 1×200×6 = 1200.
 * - d15: 扶贫车间, 2 poor under 6 mo → none (2000 wrong); what-if 6 mo employed and 6 mo → 2400.
 * - d16: insured factory, woman with neither 残疾证 nor 就业困难 认定 → no figure (800 wrong);
 *   what-if she gets the 残疾证 → 1×200×4 = 800.
 * - d17: insured food factory, 4 就业困难, months unknown → open; then 3 mo → 4×200×3 = 2400.
 * - d18: 扶贫车间, 5 poor, 以工代训 4, employment months unknown → open; then 7 mo → 5×200×4 = 4000.
 * - d19: 物业公司, 2 零就业 × 5 mo, insurance unknown → open; then insured → 2×200×5 = 2000.
 * - d20: insured 汽修公司, 3 残疾 × 6 mo, 岗前 unknown → open; then one claimed → 2×200×6 = 2400
 *   (not 3600).
 * - d21: base, 120万 from the fund, 验收 unknown → open; then accepted → 20 % × 1 200 000 = 240 000.
 * - d22: insured 纺织厂, 3 就业困难 × 4 mo = 2400; corrected to 2 → 1600 (recap 1600).
 * - d23: cooperative, 5 poor (8 mo, 6) = 6000; two of them only 4 mo employed → 3×200×6 = 3600 (not
 *   3600+1600 = 5200); what-if the two at 6 mo with 6 mo → 6000.
 * - d24: insured 建材公司: poor 2 (12 mo, 6) = 2400; 残疾 3 × 5 = 3000; 零就业 1 × 2 = 400 → 5800;
 *   零就业 dropped → 5400; one 残疾 had the 岗前 subsidy → 2400 + 2×200×5 = 4400.
 * - d25: insured firm, 6 就业困难 × 3 mo = 3600; corrected to 9 mo → capped 6 → 7200 (not 10800).
 * - d26: insured company, 2 残疾 × 6 = 2400; corrected to a cooperative → not eligible.
 * - d27: insured factory, 7 poor (11 mo, 6) → 8400; one of the 7 is a veteran → 6×200×6 = 7200;
 *   what-if + 2 残疾 × 4 mo = 1600 → 8800.
 * - d28: insured 机床公司, 4 就业困难 × 5 = 4000; studio 30万 from the fund, accepted → 60 000;
 *   recap of the 以工代训 → 4000.
 * - d29: base 300万 from the fund, accepted → 20 % = 600 000 > cap → 500 000; education fund:
 *   8 % × 20 000 000 = 1 600 000 < 1 800 000 drawn → 1 600 000.
 * - d30: 项目制 subsidy 16万 → 50 % in advance = 80 000; the school's own 2 poor (7 mo, 6) → 2400.
 * - d31: insured 电子厂, 2 就业困难 × 6 = 2400.
 * - d32: 8 % × 6 000 000 = 480 000 ≥ 300 000 drawn → 300 000; front line 15/30 = 50 % < 60 %.
 * - d43: base 150万 of which 100万 from the fund, accepted; studio 40万 from the fund, NOT accepted →
 *   20 % × 1 000 000 = 200 000 (not 20 % × 1 500 000 = 300 000); what-if studio accepted →
 *   + 20 % × 400 000 = 80 000 → 280 000.
 * - d44: studio 80万 from the fund, accepted → 160 000 > cap → 100 000; what-if a base → 160 000.
 * - d45: base 60万 paid by a loan → none (120 000 wrong); what-if 20万 from the fund → 40 000.
 * - d46: one studio, 30万 + 45万 from the fund, accepted → 20 % × 750 000 = 150 000 → cap 100 000;
 *   + base 90万 → 180 000 → 280 000; of the 90万 only 60万 from the fund → 120 000 → 220 000.
 * - d47: base 50万 from the fund, 人社 accepted, 财政 not yet → none; then 财政 too → 100 000.
 * - d48: studio 25万, accepted, source unknown → open; then from the fund → 50 000.
 * - d49: 工资总额 900万 → limit 720 000; 提取 80万 → min(800 000, 720 000) = 720 000; front line
 *   40/80 = 50 % < 60 %; what-if 工资总额 1200万 → limit 960 000 → 800 000.
 * - d50: 8 % × 35 000 000 = 2 800 000 ≥ 2 100 000 → 2 100 000 (front line 140/210 ≈ 66.7 %, fine).
 * - d51: 提取 50万, 工资总额 unknown → open; then 500万 → 8 % = 400 000 < 500 000 → 400 000.
 * - d52: 工资总额 1000万 → limit 800 000; 提取 60万 → 600 000; corrected to 90万 → 800 000.
 * - d53: 8 % × 2 400 000 = 192 000 < 200 000 → 192 000.
 * - d55: insured company, 2 poor (10 mo, 6) → 2400; the 30 apprentices: no sum in the plan.
 * - d59: insured firm ("公司 交着社保"), 3 poor (6+ mo, 6) → 3×200×6 = 3600.
 * - Apprenticeship, 生活费补贴, per-occupation training subsidy, entrepreneurship training, the
 *   poor family's child aid: the plan fixes no amount ('unfixed').
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
/** No 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact was answered "不知道": no figure, no verdict. */
const kitDunno = (...wrong: string[]): TurnExpect => ({ noAmount: 'open', undecided: 'equipment_subsidy', ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** The education-fund deduction: a pre-tax deduction, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({ amount: { rule: 'education_fund_deduction', yuan }, says: [/税前|扣除/] });
/** An education-fund fact is open: ask; at most the 8 % limit (when 工资总额 is known) may be named. */
const fundOpen = (limit?: RegExp): TurnExpect => ({
  undecided: 'education_fund_deduction',
  oneOf: [{ asks: true, noAmount: 'open' }, ...(limit ? [{ asks: true as const, says: [limit] }] : [])],
});
/** The 60 % front-line share is pointed out. */
const frontline: TurnExpect = { says: [/60\s*%|百分之六十|六成/], cites: ['六(二)'] };
/** The plan has ended (2021-12-31). */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V121: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v121d01',
    class: 'one_group',
    probes: 'poor labour told over three turns: months employed, 以工代训 months under the cap, 岗前 last',
    periodEnd: true,
    turns: [
      { user: '俺们是做服装加工的厂子 招了五个建档立卡的贫困护 能领点啥钱不', expect: ask },
      { user: '进厂都七个多月了 一直是老师傅带着边干边学 以工带训算下来带了五个月', expect: ask },
      { user: '岗前培训那个补贴俺厂没申请过', expect: payNot(5000, 6000) },
    ],
  },
  {
    id: 'v121d02',
    class: 'one_group',
    probes: 'a cooperative with poor labour: 以工代训 of eight months is capped at six',
    periodEnd: true,
    turns: [
      { user: '俺是村里种香菇的合作社理事长 棚里收了仨贫困户干活', expect: ask },
      { user: '干了快一年了 以工代训前前后后搞了八个月', expect: ask },
      { user: '岗前补贴没有 俺社里啥补贴都还没领过', expect: payNot(3600, 4800) },
    ],
  },
  {
    id: 'v121d03',
    class: 'one_group',
    probes: 'poor labour at five months employed does not qualify; the what-if at six months does',
    periodEnd: true,
    turns: [
      { user: '扶贫车间用了两个贫困劳动力 才干五个月 以工代训也是五个月 岗前补贴没领 这能报以工代训补贴不', expect: { ...notYes(2000), cites: ['六(一)'] } },
      { user: '要是干满六个月呢 以工代训也凑够六个月', expect: pay(2400) },
    ],
  },
  {
    id: 'v121d04',
    class: 'one_group',
    probes: 'employment-difficulty hires at an insured firm, then the what-if without insurance',
    periodEnd: true,
    turns: [
      { user: '俺公司一直交着社保呢 去年秋天招了4个街道认定过的就业困难人员', expect: ask },
      { user: '以工代训带了三个月 岗前陪训补贴没报', expect: pay(2400) },
      { user: '要是俺们没交社保呢 还有这钱没', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, says: [/参保|社保/] } },
    ],
  },
  {
    id: 'v121d05',
    class: 'one_group',
    probes: 'one 零就业 hire with every fact in one message',
    periodEnd: true,
    turns: [
      { user: '俺们物流公司正常交社保 招了一个零就业家庭的小伙子 以工代训干了四个月 岗前培训补贴没领过 能补多少钱', expect: pay(800) },
    ],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v121d06',
    class: 'several_groups',
    probes: 'three groups with their own months, 岗前 last, then a recap of the total',
    periodEnd: true,
    turns: [
      { user: '俺们厂是参保的 今年招人分三拨 一拨贫困户6个 一拨残疾人2个 还有零就业家庭的1个', expect: ask },
      { user: '贫困户那6个干了十个月 以工代训都是六个月 残疾人那俩以工代训三个月 零就业那个四个月', expect: ask },
      { user: '岗前培训补贴这几拨人谁都没领', expect: pay(9200) },
      { user: '你再给俺捋一遍 三拨人加起来总共能拿多少', expect: pay(9200) },
    ],
  },
  {
    id: 'v121d07',
    class: 'several_groups',
    probes: 'veterans are no group of 以工代训: only the poor labour row counts',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了贫困劳动力3个干了八个月以工代训六个月 还有退役军人5个以工代训三个月 岗前补贴都没领', expect: payNot(3600, 6600) },
      { user: '退伍兵那五个咋不算进去', expect: { cites: ['六(一)'], mustNotContain: ['6600'] } },
    ],
  },
  {
    id: 'v121d08',
    class: 'several_groups',
    probes: 'a cooperative, even insured, is no 参保企业 for 残疾人 rows; what-if a company',
    periodEnd: true,
    turns: [
      { user: '俺们是农民专业合作社 社保也交着 收了两个残疾人一个贫困户', expect: ask },
      { user: '贫困户那个干了九个月以工代训六个月 残疾人俩以工代训也六个月 岗前补贴都没沾过', expect: payNot(1200, 3600) },
      { user: '要是俺们不是合作社 是个交社保的公司呢', expect: pay(3600) },
    ],
  },
  {
    id: 'v121d09',
    class: 'several_groups',
    probes: 'groups told one per turn, then "再加俩残疾人呢"',
    periodEnd: true,
    turns: [
      { user: '俺是开家政公司的 有社保 先说第一拨 贫困户四个 干了半年整 以工代训六个月', expect: ask },
      { user: '第二拨 就业困难人员三个 以工代训五个月', expect: ask },
      { user: '岗前培训补贴 这两拨都没领过', expect: pay(7800) },
      { user: '那再加俩残疾人呢 以工代训俩月 岗前也没领', expect: pay(8600) },
    ],
  },
  {
    id: 'v121d10',
    class: 'several_groups',
    probes: 'three batches of poor labour, one under six months; then the what-if for that batch',
    periodEnd: true,
    turns: [
      { user: '俺们扶贫车间做手工编织的 贫困劳动力分三批来的 第一批五个干了一年 第二批三个干了七个月 第三批两个刚来三个月', expect: ask },
      { user: '以工代训第一批带了六个月 第二批带了四个月 第三批带了三个月 岗前补贴一个都没领', expect: payNot(8400, 9600) },
      { user: '第三批那俩等干够半年 以工代训也带满六个月 到时候三批一共多少', expect: pay(10800) },
    ],
  },
  {
    id: 'v121d11',
    class: 'several_groups',
    probes: 'an uninsured company: poor labour counts, 就业困难 rows do not; what-if insured later',
    periodEnd: true,
    turns: [
      { user: '俺们是家餐饮公司 社保没给员工交 雇了个贫困户干了十个月以工代训六个月 还有俩就业困难的以工代训四个月 岗前补贴都没领', expect: payNot(1200, 2800) },
      { user: '下个月开始给他们都交上社保 那俩就业困难的能补上不', expect: { oneOf: [pay(2800), { says: [HONEST_NOT_SETTLED] }] } },
    ],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v121d12',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴 那五个人的 俺没领" is a no; then two of them had it after all',
    periodEnd: true,
    turns: [
      { user: '机械厂 交社保 招了五个就业困难人员 以工代训四个月 岗前培训补贴 那五个人的 俺没领', expect: pay(4000) },
      { user: '哦不对 会计说岗前补贴 其中俩人的 已经领过了', expect: pay(2400) },
    ],
  },
  {
    id: 'v121d13',
    class: 'negation_after_noun',
    probes: '"社保 俺厂一直没有交" makes the 残疾人 rows fail; what-if insured',
    periodEnd: true,
    turns: [
      { user: '纸箱厂 招了三个残疾人 以工代训五个月 岗前补贴也没拿 不过社保 俺厂一直没有交', expect: notYes(3000) },
      { user: '那要是从这个月起把社保交上呢', expect: pay(3000) },
    ],
  },
  {
    id: 'v121d14',
    class: 'negation_after_noun',
    probes: '"建档立卡 他俩都不是": plain migrant workers are no group; what-if one is poor',
    periodEnd: true,
    turns: [
      { user: '建筑公司交社保 招俩从农村出来打工的 以工代训六个月 岗前没领 建档立卡 他俩都不是', expect: notYes(2400) },
      { user: '那要是他俩里头有一个是建档立卡的 已经干了八个月了', expect: payNot(1200, 2400) },
    ],
  },
  {
    id: 'v121d15',
    class: 'negation_after_noun',
    probes: '"干了 还没到半年" for poor labour; what-if at six months',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 两个贫困户 干了 还没到半年 以工代训带了五个月 岗前补贴 一分没领', expect: notYes(2000) },
      { user: '过俩月就满半年了 以工代训到时候也满六个月 那会儿能拿多少', expect: pay(2400) },
    ],
  },
  {
    id: 'v121d16',
    class: 'negation_after_noun',
    probes: '"残疾证 没办 就业困难认定 也没有": no group said; what-if she gets the 残疾证',
    periodEnd: true,
    turns: [
      { user: '电子厂交社保 招了个腿脚不太利索的大姐 残疾证 没办 就业困难认定 也没有 以工代训四个月 岗前补贴没领', expect: notYes(800) },
      { user: '那她要是去把残疾证办下来了呢', expect: pay(800) },
    ],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v121d17',
    class: 'unknown_reply',
    probes: '以工代训 months "不知道" stays open until told',
    periodEnd: true,
    turns: [
      { user: '俺们是交社保的食品厂 招了几个就业困难的 一共四个 能补点啥', expect: ask },
      { user: '以工代训几个月 这我不知道 管人事的请假回老家了', expect: dunno },
      { user: '问着了 带了三个月 岗前补贴也没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v121d18',
    class: 'unknown_reply',
    probes: 'months employed of poor labour "说不清" stays open; then seven months',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困户五个 以工代训搞了四个月 岗前补贴没领 进来干了多长时间 俺也说不清 断断续续来的', expect: dunno },
      { user: '翻了考勤本 五个人都干够七个月了', expect: pay(4000) },
    ],
  },
  {
    id: 'v121d19',
    class: 'unknown_reply',
    probes: 'insurance "不清楚" stays open for 零就业 rows; then insured',
    periodEnd: true,
    turns: [
      { user: '俺是物业公司的 招了俩零就业家庭的 以工代训五个月 岗前补贴没领', expect: ask },
      { user: '社保交没交我不清楚 都是老板自己管的', expect: dunno },
      { user: '老板说社保一直都交着呢', expect: pay(2000) },
    ],
  },
  {
    id: 'v121d20',
    class: 'unknown_reply',
    probes: '岗前 subsidy "不知道", then one of three had it',
    periodEnd: true,
    turns: [
      { user: '俺们是汽修公司 交社保 招了三个残疾人 以工代训满六个月了', expect: ask },
      { user: '岗前培训补贴领没领俺不知道 前头那个HR办的 人早走了', expect: dunno },
      { user: '查出来了 其中一个领过岗前补贴 另外俩没领', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v121d21',
    class: 'unknown_reply',
    probes: 'equipment 验收 "不知道" stays open; then accepted by both',
    periodEnd: true,
    turns: [
      { user: '公司建了个高技能人才培训基地 新买实训设备一百二十万 全是从职工教育经费里出的', expect: kitOpen('24万', '240000') },
      { user: '验收过没有 这个我真不知道 是设备科管的', expect: kitDunno('24万', '240000') },
      { user: '问了 人社和财政都来验过了 和格', expect: kit(240000) },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v121d22',
    class: 'correction',
    probes: '"不是3个是2个" replaces the count; the recap uses the new one',
    periodEnd: true,
    turns: [
      { user: '纺织厂交着社保 招了3个就业困难人员 以工代训四个月 岗前补贴没领', expect: pay(2400) },
      { user: '不是3个是2个 俺记岔了', expect: pay(1600) },
      { user: '那就这些了 一共多少给俺说个准数', expect: pay(1600) },
    ],
  },
  {
    id: 'v121d23',
    class: 'correction',
    probes: '"那俩贫困户其实只干了4个月" drops two rows below six months; what-if they reach six',
    periodEnd: true,
    turns: [
      { user: '俺们合作社贫困户一共五个 都干了八个月 以工代训六个月 岗前补贴没领', expect: pay(6000) },
      { user: '说错了 那俩贫困户其实只干了4个月 以工代训也才4个月 另外仨没错', expect: payNot(3600, 5200) },
      { user: '那俩等干满六个月 以工代训也按六个月算 总数是多少', expect: pay(6000) },
    ],
  },
  {
    id: 'v121d24',
    class: 'correction',
    probes: 'three groups, one dropped, then one row loses a person to the 岗前 subsidy',
    periodEnd: true,
    turns: [
      { user: '交社保的建材公司 三拨人 贫困户两个干了一年以工代训六个月 残疾人三个以工代训五个月 零就业家庭一个以工代训两个月 岗前补贴都没领', expect: pay(5800) },
      { user: '零就业那个上个月辞职走了 不算他了', expect: pay(5400) },
      { user: '还有 残疾人里头有一个其实领过岗前补贴', expect: pay(4400) },
    ],
  },
  {
    id: 'v121d25',
    class: 'correction',
    probes: 'months corrected from three to nine: the cap of six applies',
    periodEnd: true,
    turns: [
      { user: '物流园里的公司 交社保 就业困难人员六个 以工代训三个月 岗前补贴没申请', expect: pay(3600) },
      { user: '搞错了 是以工代训九个月 不是三个月', expect: payNot(7200, 10800) },
    ],
  },
  {
    id: 'v121d26',
    class: 'correction',
    probes: 'the unit corrected from a company to a cooperative: 残疾人 rows no longer qualify',
    periodEnd: true,
    turns: [
      { user: '俺们是养殖公司 交社保 招了两个残疾人 以工代训六个月 岗前补贴没领', expect: pay(2400) },
      { user: '不好意思 俺们注册的不是公司 是农民专业合作社', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v121d27',
    class: 'correction',
    probes: 'a five-turn case: one of seven "poor" is a veteran, then two 残疾人 added',
    periodEnd: true,
    turns: [
      { user: '俺厂交社保 先说贫困户 七个 都干了十一个月', expect: ask },
      { user: '以工代训都是六个月', expect: ask },
      { user: '七个人的岗前补贴都没去领过', expect: pay(8400) },
      { user: '贫困户不是七个 是六个 有一个是退伍回来的', expect: pay(7200) },
      { user: '那再添俩残疾人呢 以工代训四个月 岗前也没领', expect: pay(8800) },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v121d28',
    class: 'topic_switch',
    probes: '以工代训, then studio equipment, then back to the first total',
    periodEnd: true,
    turns: [
      { user: '俺们机床公司交社保 招了四个就业困难人员 以工代训五个月 岗前补贴没领', expect: pay(4000) },
      { user: '另外问下 公司的技能大师工作室用职工教育经费买了三十万的设备 验收也过了 能补多少', expect: kit(60000) },
      { user: '那刚才那四个人的以工代训 总共是多少来着', expect: pay(4000) },
    ],
  },
  {
    id: 'v121d29',
    class: 'topic_switch',
    probes: 'base over the cap, apprentices (no sum), then the education-fund limit',
    periodEnd: true,
    turns: [
      { user: '俺们有个高技能人才培训基地 今年用职工教育经费新买设备三百万 人社财政都验收合格了', expect: kit(500000, '60万', '600000') },
      { user: '还有新型学徒 俺们带了二十个 一个人给多少', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '再问个 工资总额两千万 职工教育经费提了一百八十万 税前能扣多少', expect: deduct(1600000) },
    ],
  },
  {
    id: 'v121d30',
    class: 'topic_switch',
    probes: 'a training school: 项目制 advance of half, then its own poor-labour cleaners',
    periodEnd: true,
    turns: [
      { user: '俺们是培训机构 搞项目制培训 这一期培训补贴总共十六万 能先给俺多少', expect: { amount: { rule: 'project_training_advance', yuan: 80000 }, cites: ['六(一)'] } },
      { user: '另外俺们机构自己也招了俩贫困户当保洁 干了七个月 以工代训六个月 岗前补贴没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v121d31',
    class: 'topic_switch',
    probes: 'from the firm\'s 以工代训 to a worker\'s own certificate subsidy (no sum in the plan)',
    periodEnd: true,
    turns: [
      { user: '俺们电子厂交社保 就业困难人员两个 以工代训六个月 岗前补贴没领', expect: pay(2400) },
      { user: '换个事 厂里有个工人自己去考了电工证 他个人能领职业培训补贴不 领多少', expect: { noAmount: 'unfixed', cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v121d32',
    class: 'topic_switch',
    probes: 'education fund with a front-line share under 60 %, then poor labour with nothing said',
    turns: [
      { user: '会计问 工资总额六百万 职工教育经费提了三十万 能在税前全扣了不', expect: deduct(300000) },
      { user: '这三十万里给一线工人培训只花了十五万 有毛病没', expect: frontline },
      { user: '顺便问下 招贫困户进厂能有啥补贴', expect: ask },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v121d33',
    class: 'person_training',
    probes: 'a cousin\'s welding certificate: conditions asked, no sum in the plan',
    periodEnd: true,
    turns: [
      { user: '俺表哥在郑州打工 户口在周口 在郑州报了个焊工班 证也拿到了 能补贴不', expect: { noAmount: 'unfixed', undecided: 'vocational_training', oneOf: [{ asks: true }, { cites: ['七(二)'] }] } },
      { user: '他今年头一回培训 以前没学过焊工 也没退休金 学校说是进了省里那个系统的', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v121d34',
    class: 'person_training',
    probes: 'a father with a monthly pension is outside; the mother\'s case stays open',
    turns: [
      { user: '俺爹六十多了 每月领退休金 想去学个养老护理 培训补贴能给他不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['六(一)', '七(二)'] } },
      { user: '那俺妈呢 没退休金 农村户口 就在村里跟着学', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v121d35',
    class: 'person_training',
    probes: 'three subsidies already this year: no fourth; next year the plan has ended',
    turns: [
      { user: '俺今年已经领过三回培训补贴了 这又报了个电商直播班 还能领不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] } },
      { user: '那等明年再报呢', expect: ended },
    ],
  },
  {
    id: 'v121d36',
    class: 'person_training',
    probes: 'same occupation and level again is refused; a higher level is not refused on that ground',
    turns: [
      { user: '前年考了个中级电工 补贴拿过了 今年又去考一回中级电工 还给补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } },
      { user: '那俺要是改考高级电工 这回中不中', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v121d37',
    class: 'person_training',
    probes: 'poor labour trains free; 生活费 unset; the family aid for a child at a 技工学校 has no sum',
    turns: [
      { user: '俺家是建档立卡户 俺想去学厨师 得交学费不', expect: { cites: ['三(三)'], says: [/免费/] } },
      { user: '学的那段时间一天给多少生活费', expect: unsettled },
      { user: '俺闺女在技工学校上学 家里能有补助不', expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'] } },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v121d38',
    class: 'entrepreneurship',
    probes: 'a three-year-old shop fits the five-year line; money for it is not set',
    turns: [
      { user: '俺开了个奶茶店 营业执照办下来三年了 想参加创业培训 中不中', expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '奶茶店老板培训完了 政府给发钱不 发多少', expect: unsettled },
    ],
  },
  {
    id: 'v121d39',
    class: 'entrepreneurship',
    probes: 'a seven-year-old firm misses the five-year line, the wish to start another counts',
    turns: [
      { user: '俺那小公司开了七年了 还能报创业培训不', expect: { cites: ['三(八)'], says: [/5\s*年|五年/] } },
      { user: '俺还想再开个新店 这算有创业愿望不', expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v121d40',
    class: 'entrepreneurship',
    probes: 'a college student and then the same person after graduating',
    turns: [
      { user: '俺在郑州上大专 大二 学校说有创业意识培训 俺能参加不', expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '等毕业了还能参加不', expect: { cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v121d41',
    class: 'entrepreneurship',
    probes: 'a laid-off man with a stall in mind: covered, whom to ask, 交通补贴 unset',
    turns: [
      { user: '俺下岗了 想自己摆个摊卖早点 有没有创业培训', expect: { cites: ['三(八)'] } },
      { user: '报名找谁', expect: contact },
      { user: '培训那几天管不管来回路费', expect: unsettled },
    ],
  },
  {
    id: 'v121d42',
    class: 'entrepreneurship',
    probes: 'a sister at a 职业学院 wanting an online shop; fee and the poor-family angle not priced',
    turns: [
      { user: '俺妹在职业技术学院读书 想学开网店 创业培训要花钱不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '她家是建档立卡的 那是不是就不要钱了', expect: { cites: ['三(三)', '三(八)'], noAmount: 'unfixed' } },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v121d43',
    class: 'equipment',
    probes: 'two sites, part of the base paid from the fund, 验收 at the base only; what-if the studio passes',
    periodEnd: true,
    turns: [
      { user: '公司有个高技能人才培训基地 还有个技能大师工作室 今年两边都添了实训设备', expect: kitOpen() },
      { user: '基地那边买了一百五十万 其中一百万是职工教育经费出的 剩下五十万是公司自己的钱', expect: kitOpen('30万', '300000') },
      { user: '大师工作室买了四十万 全是职工教育经费', expect: kitOpen('30万', '300000') },
      { user: '验收就基地那边做了 人社财政都签字合格了 工作室还没验', expect: kit(200000, '30万', '300000') },
      { user: '要是工作室下个月也验收合格了 两边一共多少', expect: kit(280000) },
    ],
  },
  {
    id: 'v121d44',
    class: 'equipment',
    probes: 'a studio over its 10万 cap; what-if the same batch were a base',
    periodEnd: true,
    turns: [
      { user: '俺们技能大师工作室用职工教育经费新买了八十万的实训设备 验收合格了 能补多少', expect: kit(100000, '16万', '160000') },
      { user: '那要是这批设备算在高技能人才培训基地名下呢', expect: kit(160000) },
    ],
  },
  {
    id: 'v121d45',
    class: 'equipment',
    probes: 'equipment bought with a loan is not from the fund; what-if part of it is',
    periodEnd: true,
    turns: [
      { user: '基地新买设备六十万 是银行贷款买的 没动职工教育经费 验收过了 能补吗', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['12万', '120000'] } },
      { user: '要是其中二十万改成从职工教育经费里出呢', expect: kit(40000) },
    ],
  },
  {
    id: 'v121d46',
    class: 'equipment',
    probes: 'two batches at one studio share its cap; a base added; then part of the base not from the fund',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 上半年用职工教育经费买了三十万设备 下半年又买了四十五万 也是教育经费 都验收了', expect: kit(100000, '15万', '150000') },
      { user: '再算上高技能人才培训基地那边 职工教育经费买的九十万 也验收合格', expect: kit(280000) },
      { user: '等等 基地那九十万里头其实有三十万是公司账上别的钱', expect: kit(220000) },
    ],
  },
  {
    id: 'v121d47',
    class: 'equipment',
    probes: '验收 by 人社 alone is not enough; then 财政 too',
    periodEnd: true,
    turns: [
      { user: '基地买了五十万的设备 都是职工教育经费 人社局验收过了 财政局还没来', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, says: [/财政/] } },
      { user: '财政今儿个也来验完了 合格', expect: kit(100000) },
    ],
  },
  {
    id: 'v121d48',
    class: 'equipment',
    probes: 'a studio purchase with the fund not named is open; then from the fund',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室新买了二十五万设备 验收过了 补多少', expect: kitOpen('5万', '50000') },
      { user: '钱是从职工教育经费里列支的', expect: kit(50000) },
    ],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v121d49',
    class: 'education_fund',
    probes: '工资总额 first, 提取额 next, the front-line share, then a what-if on the payroll',
    turns: [
      { user: '会计问个事 今年工资总额九百万', expect: fundOpen(/72\s*万|720000/) },
      { user: '职工教育经费提区了八十万 税前能扣多少', expect: deduct(720000) },
      { user: '一线工人培训用了四十万', expect: frontline },
      { user: '那要是工资总额涨到一千二百万呢', expect: deduct(800000) },
    ],
  },
  {
    id: 'v121d50',
    class: 'education_fund',
    probes: 'a large payroll, fund under the limit; the deduction is not cash',
    turns: [
      { user: '工资薪金总额三千五百万 教育经费提了二百一十万 一线培训用了一百四十万 税前扣除能扣多少', expect: deduct(2100000) },
      { user: '这二百一十万能直接领出来不', expect: { says: [/税前|扣除/], cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v121d51',
    class: 'education_fund',
    probes: 'the payroll "不清楚" stays open; then the limit binds',
    turns: [
      { user: '职工教育经费今年提了五十万 能全部税前扣吗', expect: fundOpen() },
      { user: '工资总额多少我不清楚 得问财务', expect: { noAmount: 'open', undecided: 'education_fund_deduction' } },
      { user: '财务说工资总额五百万', expect: deduct(400000) },
    ],
  },
  {
    id: 'v121d52',
    class: 'education_fund',
    probes: 'the amount drawn corrected upward past the limit; then 师带徒 from the fund',
    turns: [
      { user: '工资总额一千万 教育经费提了六十万', expect: deduct(600000) },
      { user: '说错了 提的是九十万', expect: deduct(800000) },
      { user: '给带徒弟的老师傅发津贴 能从这里头出不', expect: { cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v121d53',
    class: 'education_fund',
    probes: 'a wrong rate heard elsewhere (2.5 %) corrected to 8 %, then a small payroll',
    turns: [
      { user: '咱这教育经费税前扣除是工资的百分之几来着 之前听人说是百分之二点五', expect: { says: [/8\s*%|百分之八/], cites: ['六(二)'] } },
      { user: '俺们工资总额二百四十万 提了二十万', expect: deduct(192000) },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v121d54',
    class: 'apprenticeship',
    probes: 'apprentices counted and then a total asked: no sum in the plan',
    turns: [
      { user: '俺厂跟技校合作搞企业新型学徒 今年带了十五个 一个人补多少钱', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '那再多带五个 二十个总共能拿多少', expect: unsettled },
    ],
  },
  {
    id: 'v121d55',
    class: 'apprenticeship',
    probes: 'apprentices with a 以工代训 row: the 以工代训 figure only, apprentices unset',
    periodEnd: true,
    turns: [
      { user: '交社保的公司 企业新型学徒带了三十个 另外招了两个贫困户干了十个月以工代训六个月 岗前补贴没领 加一块能拿多少', expect: { ...pay(2400), says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v121d56',
    class: 'apprenticeship',
    probes: 'what the plan says of apprenticeship: the target, the subsidy "按照相关规定"',
    turns: [
      { user: '学徒制这块 咱郑州三年打算培养多少新型学徒', expect: { says: [/2\s*万|两万|20000/], cites: ['四(一)'] } },
      { user: '那补贴按啥标准给', expect: unsettled },
    ],
  },
  {
    id: 'v121d57',
    class: 'apprenticeship',
    probes: 'the apprentice count corrected still gives no figure',
    turns: [
      { user: '俺们带了十二个学徒 能拿多少补贴', expect: { noAmount: 'unfixed', cites: ['四(一)'] } },
      { user: '不是十二个 是二十一个 这回能算出来个数不', expect: unsettled },
    ],
  },
  {
    id: 'v121d58',
    class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund is covered; the state\'s per-apprentice rate is not',
    turns: [
      { user: '师傅带徒弟的津贴补助 公司能从职工教育经费里出吗', expect: { cites: ['六(二)'] } },
      { user: '那新型学徒政府那边补多少 每人每月有个数没', expect: unsettled },
    ],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v121d59',
    class: 'period',
    probes: 'can we still apply now (2026): the plan ended; the case is then completed',
    periodEnd: true,
    turns: [
      { user: '现在还能申请以工代训补贴不 俺厂刚招了几个贫困户', expect: { ...ended, noAmount: 'open' } },
      { user: '公司交着社保 三个人 都干了六个多月 以工代训六个月 岗前没领', expect: pay(3600) },
    ],
  },
  {
    id: 'v121d60',
    class: 'period',
    probes: 'when the plan ends, then whether a newer file exists (not in the plan)',
    periodEnd: true,
    turns: [
      { user: '这个技能提升方案到啥时候截止', expect: ended },
      { user: '过期了的话 郑州现在有没有新出的文件', expect: { oneOf: [{ answered: false }, { says: [HONEST_NOT_SETTLED] }], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v121d61',
    class: 'period',
    probes: 'equipment bought and accepted after the plan ended',
    periodEnd: true,
    turns: [
      { user: '工作室的设备是2022年买的 2023年才验收 还能按这个方案补不', expect: ended },
    ],
  },
  {
    id: 'v121d62',
    class: 'period',
    probes: 'poor labour hired in 2020, never applied; applying now',
    periodEnd: true,
    turns: [
      { user: '2020年招的贫困户 当时没顾上申请以工代训 现在补申请还来得及不', expect: { ...ended, noAmount: 'open' } },
    ],
  },
  {
    id: 'v121d63',
    class: 'period',
    probes: 'the 8 % deduction asked for 2026: the plan has ended',
    periodEnd: true,
    turns: [
      { user: '教育经费税前扣百分之八这个 到2026年还管用不', expect: ended },
    ],
  },
];
