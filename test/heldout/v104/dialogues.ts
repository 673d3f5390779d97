/**
 * HELD-OUT dialogues, set v104 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v101
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: individual workers and their families on WeChat, typing as they speak, often by
 * voice input — Henan dialect (咋弄、中不中、恁、俺、啥时候、弄啥嘞), homophone slips of the voice
 * keyboard (一工代训 / 以工带训 for 以工代训, 建档力卡 / 建当立卡 / 尖档立卡 for 建档立卡, 港前 for
 * 岗前), no punctuation, run-on messages: returning migrant workers, laid-off workers, people with
 * disabilities, old soldiers who say 当过兵的 instead of 退役军人, students of poor families and
 * their parents, young people who want to start a business, prize winners of skills contests; and
 * a few small employers (a 合作社, a 扶贫车间, a 小饭店, a small workshop) telling about their hires
 * in everyday words. Corrections (“说错了”), “俺也不知道”, topic switches, asking today (2026)
 * whether they can still apply, and asking about money the plan never fixes (生活费, 路费, 到账).
 *
 * Never inferred from silence: an amount is expected only once every fact it depends on has been
 * said — the kind of unit, insurance where the rule needs it, the group, the count, months employed
 * (poor labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was already claimed. A fact
 * answered “不知道/不清楚” stays open; ranges (五六个月) settle nothing.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row. Poor labour
 *   (建档立卡) employed ≥ 6 months by any production entity (企业、合作社、扶贫车间、饭店); 就业困难
 *   (残疾人 included by 三(二)) and 零就业家庭 only at an insured ENTERPRISE, no six-month condition;
 *   a 扶贫车间 or 合作社 is no enterprise for them. 当过兵的 (退役军人) are no group of this rule.
 *   Rows whose 岗前培训补贴 was claimed never count. E.g. 4 poor × 200 × 5 = 4000; 8 poor with 9
 *   months → 8 × 200 × 6 = 9600 (not 14400); 3 disabled × 200 × 5 at an insured firm = 3000.
 * - Equipment (四(一)): per site min(20 % × value bought from the 职工教育经费, 500 000 base /
 *   100 000 studio), only after 人社 and 财政 验收合格. 35万 → 70000; 60万 → 12万 capped 100000;
 *   180万 base → 360000; one studio's 30万 + 45万 = 75万 → 15万 capped 100000.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 *   80万/5万 → 50000; 150万/15万 → 120000; 60万/3万 → 30000; 200万/10万 → 100000 (front-line
 *   share 50 %, under 60 %, noted).
 * - Apprenticeship, per-occupation training subsidy, 生活费, 路费, free training, aid to poor students
 *   and families, entrepreneurship training, contest awards: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered “不知道/不清楚” (or with a range): no figure, no verdict. */
const dunno = (...wrong: number[]): TurnExpect => ({
  noAmount: 'open',
  undecided: 'on_job_training',
  notVerdict: { rule: 'on_job_training', status: 'ineligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** The 以工代训 amount, without the figures a misreading would give. */
const pay = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** In the plan's field, but its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** A person-side answer from these clauses, with no yuan figure (the plan fixes none). */
const about = (...clauses: string[]): TurnExpect => ({ cites: clauses, noAmount: 'unfixed' });
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The plan ran 2019-12-02 to 2021-12-31; the answer must say it ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({ amount: { rule: 'education_fund_deduction', yuan }, says: [/税前/] });

export const DIALOGUES_V104: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v104d01',
    class: 'one_group',
    probes: 'poor labour at a 扶贫车间 given over three turns; no figure before months employed and the 岗前 subsidy are said',
    periodEnd: true,
    turns: [
      { user: '俺村扶贫车间收了4个建档立卡的 一工代训咋弄 能给多少钱', expect: ask },
      { user: '都干了八个多月了 一工代训弄了五个月', expect: ask },
      { user: '那个岗前培训补贴俺车间一个都没领过', expect: pay(4000, 4800) },
    ],
  },
  {
    id: 'v104d02',
    class: 'one_group',
    probes: 'a 合作社 counts as a production entity for poor labour; every fact in one run-on message',
    periodEnd: true,
    turns: [
      {
        user: '俺们是种香菇的农民专业合作社 收了俩建档立卡贫困户 在社里干了快一年了 以工带训搞了六个月 岗前培训补贴没申过 恁看能补多少中不中',
        expect: pay(2400),
      },
    ],
  },
  {
    id: 'v104d03',
    class: 'one_group',
    probes: 'poor labour employed only four months at a small restaurant does not qualify; half a year does',
    periodEnd: true,
    turns: [
      { user: '俺开个小饭店 招了个建档立卡的小妮儿端盘子 才干了四个月 以工代训俩月 岗前补贴没领 能补不', expect: notYes(400) },
      { user: '那她要是干够半年了 以工代训还是俩月 能给多少', expect: pay(400) },
    ],
  },
  {
    id: 'v104d04',
    class: 'one_group',
    probes: 'nine months of 以工代训 are capped at six',
    periodEnd: true,
    turns: [{ user: '扶贫车间8个建档力卡户 来了都一年多了 以工代训弄了9个月 岗前培训补贴都没拿 恁给俺算算一共多少', expect: pay(9600, 14400) }],
  },
  {
    id: 'v104d05',
    class: 'one_group',
    probes: 'disabled hires at an insured firm need no six months of employment; then a question on when money arrives',
    periodEnd: true,
    turns: [
      { user: '俺是个小加工厂 营业执照是公司 社保都给交着 招了3个残疾人 干了五个月了 以工代训五个月 岗前培训那个补贴没领', expect: pay(3000) },
      { user: '这钱啥时候能打到厂里账上', expect: unsettled },
    ],
  },
  {
    id: 'v104d06',
    class: 'one_group',
    probes: 'zero-employment-family hires: insurance, months and the 岗前 subsidy asked before any figure',
    periodEnd: true,
    turns: [
      { user: '俺们公司招了两个零就业家庭的 以工代训给补不', expect: ask },
      { user: '社保都交的 他俩干了四个月了 以工代训3个月 港前的补贴没领过', expect: pay(1200) },
    ],
  },
  {
    id: 'v104d07',
    class: 'one_group',
    probes: 'an old soldier who does not say 退役军人 asks what training there is; no figure',
    periodEnd: true,
    turns: [{ user: '俺是当过兵的 前年退伍回村了 想学个技术找活干 恁这有啥培训给俺们这号人', expect: about('三(二)', '六(一)') }],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v104d08',
    class: 'several_groups',
    probes: 'a 扶贫车间 with poor labour and disabled hires: only the poor labour counts (not an insured enterprise)',
    periodEnd: true,
    turns: [
      {
        user: '俺这扶贫车间 3个建档立卡的干了7个月 还有2个残疾人也干了7个月 都搞了6个月以工代训 岗前补贴都没领 能补多少',
        expect: pay(3600, 6000),
      },
    ],
  },
  {
    id: 'v104d09',
    class: 'several_groups',
    probes: 'an insured workshop with poor labour, an old soldier and a disabled hire: the soldier is no group of the rule',
    periodEnd: true,
    turns: [
      {
        user: '俺们小厂是公司 交社保 招了俩建档立卡的 一个当过兵的 一个残疾人 都干了十个月 一工代训都是4个月 岗前那个补贴一个也没领',
        expect: pay(2400, 3200),
      },
    ],
  },
  {
    id: 'v104d10',
    class: 'several_groups',
    probes: 'a 合作社 with poor labour and zero-employment-family hires; the 岗前 subsidy asked first',
    periodEnd: true,
    turns: [
      { user: '合作社有俩建当立卡户干了8个月 另外俩是零就业家庭的干了8个月 以工代训都是6个月 中不中', expect: ask },
      { user: '岗前那个补贴都没领', expect: pay(2400, 4800) },
    ],
  },
  {
    id: 'v104d11',
    class: 'several_groups',
    probes: 'a restaurant registered as an insured company: poor labour under six months drops out, difficulty hires stay',
    periodEnd: true,
    turns: [
      {
        user: '俺饭店是注册的公司 社保都交着 一个建档立卡的干了3个月 俩就业困难人员也干了3个月 以工代训都是俩月 岗前培训补贴都没领过 算算能给多少',
        expect: pay(800, 1200),
      },
    ],
  },
  {
    id: 'v104d12',
    class: 'several_groups',
    probes: 'one row settled, one row open (months employed): ask; then the open row falls under six months',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间里俩建档立卡的干了一年了 以工代训6个月 还有仨建当立卡的也在搞以工代训 搞了俩月 岗前补贴都没领',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['3600'] },
      },
      { user: '那仨来了才俩月', expect: pay(2400, 3600) },
    ],
  },
  {
    id: 'v104d13',
    class: 'several_groups',
    probes: 'the 岗前 subsidy claimed for one group only: that row drops out, the other counts',
    periodEnd: true,
    turns: [
      {
        user: '俺公司交着社保 招了4个建档立卡的干了9个月以工代训6个月 这4个岗前培训补贴已经领过了 还有2个残疾人干了五个月 以工代训3个月 他俩岗前的没领',
        expect: pay(1200, 6000, 4800),
      },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v104d14',
    class: 'negation_after_noun',
    probes: '“建档立卡 俺家不是”: the negation after the noun must not make the person poor labour',
    periodEnd: true,
    turns: [
      {
        user: '建档立卡 俺家不是 就是地少没啥收入 俺想学个电焊 能免费不',
        expect: { notVerdict: { rule: 'free_training_poor', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v104d15',
    class: 'negation_after_noun',
    probes: '“岗前培训补贴他们没有领”: not claimed, so the rows count',
    periodEnd: true,
    turns: [{ user: '扶贫车间收了5个建档立卡的 干了七个月 以工代训6个月 岗前培训补贴他们没有领', expect: pay(6000) }],
  },
  {
    id: 'v104d16',
    class: 'negation_after_noun',
    probes: '“公司社保 没交”: not insured, so disabled hires do not qualify',
    periodEnd: true,
    turns: [{ user: '公司社保 没交 招了俩残疾人 干了半年 以工代训四个月 岗前补贴没领 能弄以工代训补贴不', expect: notYes(1600) }],
  },
  {
    id: 'v104d17',
    class: 'negation_after_noun',
    probes: '“岗前技能培训补贴 领过了” at the start: claimed, so no 以工代训',
    periodEnd: true,
    turns: [{ user: '岗前技能培训补贴 领过了 俺这三个建档立卡的 在合作社干了八个月 以工代训六个月 还能再拿以工代训不', expect: notYes(3600) }],
  },
  {
    id: 'v104d18',
    class: 'negation_after_noun',
    probes: '“退休金俺没有”: no monthly pension, so the pension bar must not be applied',
    periodEnd: true,
    turns: [
      {
        user: '退休金俺没有 俺53了 在老家县里想学个家政 学完考证 能给培训补贴不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v104d19',
    class: 'negation_after_noun',
    probes: 'a disabled person who is “不是贫困户”, then “退休金 也没有”: neither negation may be read as the fact',
    periodEnd: true,
    turns: [
      {
        user: '俺是残疾人 不是贫困户 想学个电脑打字 有培训不',
        expect: { cites: ['三(二)'], notVerdict: { rule: 'free_training_poor', status: 'eligible' }, noAmount: 'unfixed' },
      },
      { user: '退休金 也没有 俺才四十', expect: { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v104d20',
    class: 'unknown_reply',
    probes: '“俺也不知道” on months employed leaves it open; the later answer settles it',
    periodEnd: true,
    turns: [
      { user: '俺这扶贫车间有6个建档立卡贫困户 以工代训弄了四个月 咋申', expect: ask },
      { user: '干多长时间了俺也不知道 会计管这个', expect: dunno(4800) },
      { user: '问了 都干了十个月了 岗前补贴没领', expect: pay(4800) },
    ],
  },
  {
    id: 'v104d21',
    class: 'unknown_reply',
    probes: '“不清楚” on the 岗前 subsidy: no figure',
    periodEnd: true,
    turns: [
      { user: '合作社招了3个建档立卡户 干了一年 以工代训六个月 能补多少', expect: ask },
      { user: '岗前培训补贴领没领 俺也不清楚', expect: dunno(3600) },
    ],
  },
  {
    id: 'v104d22',
    class: 'unknown_reply',
    probes: 'a 技校 student who does not know whether the family is poor: the student aid stays open',
    periodEnd: true,
    turns: [
      { user: '俺在技校上学 听说有免学费的 俺能免不', expect: about('三(三)') },
      { user: '俺家算不算贫困户 俺也不知道 俺妈没说过', expect: { undecided: 'poor_family_student_aid', noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v104d23',
    class: 'unknown_reply',
    probes: 'insurance asked for zero-employment-family hires and answered “不清楚”: no figure',
    periodEnd: true,
    turns: [
      { user: '俺是个小厂 招了俩零就业家庭的 干了半年了 以工代训半年 岗前补贴没领', expect: ask },
      { user: '交没交社保俺不清楚 老板娘管账', expect: dunno(2400) },
    ],
  },
  {
    id: 'v104d24',
    class: 'unknown_reply',
    probes: 'months of 以工代训 unknown, then a range (五六个月): still open',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 4个尖档立卡的 干了一年多 岗前的没领 补贴咋算', expect: ask },
      { user: '以工代训多少个月 俺不知道啊', expect: dunno(4800) },
      { user: '问清楚了 五六个月吧', expect: dunno(4000, 4800) },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v104d25',
    class: 'correction',
    probes: '“说错了” on the count: the new count replaces the old one',
    periodEnd: true,
    turns: [
      { user: '扶贫车间3个建档立卡的 干了9个月 以工代训6个月 岗前补贴没领', expect: pay(3600) },
      { user: '说错了 是5个人不是3个', expect: pay(6000, 3600) },
    ],
  },
  {
    id: 'v104d26',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 4 to 6',
    periodEnd: true,
    turns: [
      { user: '合作社俩建档立卡户 干了10个月 以工代训4个月 岗前补贴没拿', expect: pay(1600) },
      { user: '不对不对 以工代训是6个月 俺记差了', expect: pay(2400, 1600) },
    ],
  },
  {
    id: 'v104d27',
    class: 'correction',
    probes: 'the unit corrected from a company to a 扶贫车间: disabled hires drop out',
    periodEnd: true,
    turns: [
      { user: '俺们公司交社保 招了2个残疾人 干了四个月 以工代训3个月 岗前补贴没领', expect: pay(1200) },
      { user: '说错了 俺那不是公司 是村里的扶贫车间', expect: notYes(1200) },
    ],
  },
  {
    id: 'v104d28',
    class: 'correction',
    probes: 'months employed corrected from five to seven: poor labour qualifies only after the correction',
    periodEnd: true,
    turns: [
      { user: '小饭店一个建档立卡的 干了五个月 以工代训3个月 岗前补贴没领 能补多少', expect: notYes(600) },
      { user: '说错了 干了七个月了 不是五个月', expect: pay(600) },
    ],
  },
  {
    id: 'v104d29',
    class: 'correction',
    probes: 'a person corrects 建档立卡 to 低保户: the free training for poor labour no longer holds',
    periodEnd: true,
    turns: [
      { user: '俺家是建档立卡户 俺想学厨师 免费不', expect: about('三(三)') },
      { user: '说错了 俺家不是建档立卡户 是低保户', expect: { notVerdict: { rule: 'free_training_poor', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v104d30',
    class: 'topic_switch',
    probes: 'from a 以工代训 amount to a daughter at a 技校, then to when the money arrives',
    periodEnd: true,
    turns: [
      { user: '扶贫车间俩建档立卡的 干了8个月 以工代训6个月 岗前的没领 给多少', expect: pay(2400) },
      { user: '对了 俺闺女在技校上学 俺家也是建档立卡户 她能免学费不', expect: about('三(三)') },
      { user: '还有俺那以工代训的钱 啥时候到账啊', expect: unsettled },
    ],
  },
  {
    id: 'v104d31',
    class: 'topic_switch',
    probes: 'a returning migrant worker asks about training, then about 生活费 the plan does not fix',
    periodEnd: true,
    turns: [
      { user: '俺是从外地打工回来的 想在老家学个电工 学完考个证 有补贴不', expect: about('七(二)', '三(二)') },
      { user: '还有 学的时候生活费给不给 一天给多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v104d32',
    class: 'topic_switch',
    probes: 'an open 以工代训 question dropped for a son who wants to start a business',
    periodEnd: true,
    turns: [
      { user: '俺合作社收了俩建档立卡的 以工代训咋算', expect: ask },
      { user: '先不说这个了 俺儿想自己开个网店卖红薯 有创业培训没', expect: about('三(八)') },
    ],
  },
  {
    id: 'v104d33',
    class: 'topic_switch',
    probes: 'from the apprentice subsidy (no amount) to the master’s 师带徒 allowance from the education fund',
    turns: [
      { user: '俺在厂里带徒弟 搞那个企业新型学徒制 厂里能拿多少钱', expect: { ...about('四(一)'), says: [HONEST_NOT_SETTLED] } },
      { user: '那俺这当师傅的带徒弟有津贴不', expect: about('六(二)') },
    ],
  },
  {
    id: 'v104d34',
    class: 'topic_switch',
    probes: 'from a contest prize to a disabled cousin’s training',
    periodEnd: true,
    turns: [
      { user: '俺参加郑州市职业技能竞赛得了个二等奖 有奖励不', expect: about('五(三)') },
      { user: '另外俺表弟是残疾人 腿不中 他能参加啥培训', expect: about('三(二)') },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v104d35',
    class: 'person_training',
    probes: 'a returning migrant worker’s training subsidy: clause cited, no per-person figure',
    periodEnd: true,
    turns: [{ user: '俺从广东打工回来了 想在老家学个电焊 学完考证 培训能给补贴不 补多少', expect: about('七(二)') }],
  },
  {
    id: 'v104d36',
    class: 'person_training',
    probes: 'three subsidies already this year: a fourth is not due',
    periodEnd: true,
    turns: [
      {
        user: '俺厂子倒闭了下岗了 想在郑州学个叉车 今年已经领过三回培训补贴了 还能再领不',
        expect: { cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v104d37',
    class: 'person_training',
    probes: 'the same occupation at the same level again: not subsidised twice',
    periodEnd: true,
    turns: [
      {
        user: '俺前年学的中式烹调五级 领过补贴了 现在还想再考一回中式烹调五级 能再补不',
        expect: { cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v104d38',
    class: 'person_training',
    probes: 'a father who draws a monthly pension is outside the training subsidy',
    periodEnd: true,
    turns: [
      {
        user: '俺爹六十多了 每月领着养老金 想学个养老护理 他能享受培训补贴不',
        expect: { cites: ['六(一)', '七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v104d39',
    class: 'person_training',
    probes: 'training in a place that is neither household, residence nor job-seeking place',
    periodEnd: true,
    turns: [
      { user: '俺户口在中牟 现在在郑州东区打工 想学美容美发 有补贴没', expect: about('七(二)') },
      {
        user: '俺想去洛阳俺姐那学 户口不在洛阳 也不在那住 也不在那找活',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v104d40',
    class: 'person_training',
    probes: 'a new occupation published by the state: the priority standard applies, no figure',
    periodEnd: true,
    turns: [{ user: '俺想学无人机驾驶员 听说是国家新公布的职业 在郑州学 能补不 标准咋算', expect: about('七(二)') }],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v104d41',
    class: 'entrepreneurship',
    probes: 'a young man who wants to start a chicken farm; then whether the training feeds him (not fixed)',
    periodEnd: true,
    turns: [
      { user: '俺25了 想回村开个养鸡场 有创业培训没 要钱不', expect: { ...about('三(八)'), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '培训那几天管饭不', expect: unsettled },
    ],
  },
  {
    id: 'v104d42',
    class: 'entrepreneurship',
    probes: 'a shop open three years is within the five-year bound',
    periodEnd: true,
    turns: [
      {
        user: '俺开的小超市开了三年了 能参加创业培训不',
        expect: { ...about('三(八)'), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v104d43',
    class: 'entrepreneurship',
    probes: 'a restaurant open seven or eight years is past the five-year bound; no yes on that ground',
    periodEnd: true,
    turns: [
      {
        user: '俺饭馆开了七八年了 能上那个创业培训不',
        expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v104d44',
    class: 'entrepreneurship',
    probes: 'a vocational college student qualifies for entrepreneurship training',
    periodEnd: true,
    turns: [
      {
        user: '俺是职业学院的学生 快毕业了 想自己干点啥 学校里有创业培训吗',
        expect: { ...about('三(八)'), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v104d45',
    class: 'entrepreneurship',
    probes: 'a loan question the plan does not touch, then entrepreneurship training it does',
    periodEnd: true,
    turns: [
      { user: '俺想创业 政府能给贷款不 能贷多少', expect: { noAmount: 'unfixed', oneOf: [{ answered: false }, { says: [HONEST_NOT_SETTLED] }] } },
      { user: '那创业培训呢 俺想在村里自己弄个合作社', expect: about('三(八)') },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v104d46',
    class: 'equipment',
    probes: 'a master studio, 35万 from the education fund, accepted: 20 %; then when it arrives',
    periodEnd: true,
    turns: [
      { user: '俺是个面点师 厂里给俺建了个技能大师工作室 用职工教育经费买了35万的设备 人社和财政验收过了 能补多少', expect: kit(70000) },
      { user: '那这钱啥时候能拿到手', expect: unsettled },
    ],
  },
  {
    id: 'v104d47',
    class: 'equipment',
    probes: 'a master studio: 20 % of 60万 is above the 10万 cap',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室新买的实训设备60万 钱是职工教育经费出的 验收合格了 按两成补是不是能拿12万',
        expect: kit(100000),
      },
    ],
  },
  {
    id: 'v104d48',
    class: 'equipment',
    probes: 'a training base of a small firm: 20 % of 180万 under the 50万 cap',
    periodEnd: true,
    turns: [{ user: '俺们小厂弄了个高技能人才培训基地 职工教育经费买的实训设备 一共180万 人社财政都验收合格了 补多少', expect: kit(360000) }],
  },
  {
    id: 'v104d49',
    class: 'equipment',
    probes: 'acceptance not said, then not done, then done',
    periodEnd: true,
    turns: [
      { user: '俺师傅的技能大师工作室 用职工教育经费买了40万的设备 能补多少', expect: kitOpen('80000', '8万') },
      { user: '还没验收呢 下个月才验', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['80000', '8万'] } },
      { user: '验收过了 上礼拜过的', expect: kit(80000) },
    ],
  },
  {
    id: 'v104d50',
    class: 'equipment',
    probes: 'equipment bought with the owner’s own money, not the education fund: no subsidy',
    periodEnd: true,
    turns: [
      {
        user: '培训基地的设备是老板自己掏腰包买的 不是从职工教育经费出的 一共300万 也验收过了 能补不',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['600000', '60万'] },
      },
    ],
  },
  {
    id: 'v104d51',
    class: 'equipment',
    probes: 'two batches of one studio share its cap: 30万 + 45万 → 15万 capped at 10万',
    periodEnd: true,
    turns: [
      {
        user: '俺那个大师工作室前后买了两回设备 头回30万 二回45万 都是职工教育经费出的 都验收了 能补多少',
        expect: kit(100000),
      },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v104d52',
    class: 'education_fund',
    probes: 'a small restaurant: the fund drawn is under 8 % of wages, so all of it is deductible',
    turns: [{ user: '俺饭店一年工资总共80万 职工教育经费提了5万 税前能扣多少', expect: deduct(50000) }],
  },
  {
    id: 'v104d53',
    class: 'education_fund',
    probes: 'the fund drawn exceeds 8 % of wages: capped at 8 %',
    turns: [{ user: '俺们厂工资薪金总额150万 职工教育经费提了15万 能在税前扣掉多少', expect: deduct(120000) }],
  },
  {
    id: 'v104d54',
    class: 'education_fund',
    probes: 'a 合作社 asks without figures, then gives wages and fund',
    turns: [
      { user: '合作社也提职工教育经费 这个能税前扣不 扣多少', expect: { asks: true, noAmount: 'open' } },
      { user: '工资一年60万 经费提了3万', expect: deduct(30000) },
    ],
  },
  {
    id: 'v104d55',
    class: 'education_fund',
    probes: 'under 60 % spent on front-line workers is noted beside the deduction',
    turns: [
      {
        user: '俺厂工资总额200万 教育经费提了10万 用在一线工人身上的也就5万 能扣多少 有啥说法没',
        expect: { ...deduct(100000), says: [/税前/, /60\s*%|百分之六十|六成/] },
      },
    ],
  },
  {
    id: 'v104d56',
    class: 'education_fund',
    probes: 'wages unknown: no deduction figure, not even the whole fund',
    turns: [
      { user: '俺公司教育经费提了8万 税前能扣多少', expect: { asks: true, notVerdict: { rule: 'education_fund_deduction', status: 'ineligible' } } },
      { user: '工资总额多少俺不知道 会计才知道', expect: { mustNotContain: ['80000'], notVerdict: { rule: 'education_fund_deduction', status: 'ineligible' } } },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v104d57',
    class: 'apprenticeship',
    probes: 'a mother asks what her son as a new-type apprentice gets: no amount fixed',
    turns: [{ user: '俺儿在厂里当新型学徒 厂里说有补贴 一个人给多少钱', expect: { ...about('四(一)'), says: [HONEST_NOT_SETTLED] } }],
  },
  {
    id: 'v104d58',
    class: 'apprenticeship',
    probes: 'a restaurant with three apprentices: the plan fixes no amount',
    turns: [{ user: '俺这饭店带了3个学徒 走企业新型学徒制 政府给补多少', expect: { ...about('四(一)'), says: [HONEST_NOT_SETTLED] } }],
  },
  {
    id: 'v104d59',
    class: 'apprenticeship',
    probes: 'pressed to apply the 200 元 of 以工代训 to apprentices: still no figure',
    turns: [
      { user: '俺合作社搞新型学徒 带了5个 补贴咋算', expect: { ...about('四(一)'), says: [HONEST_NOT_SETTLED] } },
      { user: '那你就按一人一个月200给俺算算 算半年的', expect: { noAmount: 'unfixed', mustNotContain: ['1000', '6000'] } },
    ],
  },
  {
    id: 'v104d60',
    class: 'apprenticeship',
    probes: 'modern apprenticeship and new-type enterprise apprenticeship both in 四(一); no amount',
    turns: [{ user: '现代学徒制跟企业新型学徒制 有啥不一样 都有钱拿不', expect: about('四(一)') }],
  },
  {
    id: 'v104d61',
    class: 'apprenticeship',
    probes: 'an apprentice asks what he gets and what his master gets: no figure',
    turns: [{ user: '俺是学徒 师傅带俺 听说师傅有津贴 那俺这学徒有啥', expect: about('四(一)', '六(二)') }],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v104d62',
    class: 'period',
    probes: 'asked in 2026 whether 以工代训 can still be claimed',
    turns: [{ user: '现在都2026年了 一工代训补贴还能申不', expect: { ...ended, cites: ['六(一)'] } }],
  },
  {
    id: 'v104d63',
    class: 'period',
    probes: 'a returning worker asks whether the action is still running',
    turns: [{ user: '俺是今年才返乡的 这个职业技能提升行动还搞不搞了', expect: ended }],
  },
  {
    id: 'v104d64',
    class: 'period',
    probes: 'a late claim for 2021 hires, then whom to ask',
    turns: [
      { user: '2021年俺们扶贫车间以工代训的补贴没顾上申 现在补申中不中', expect: ended },
      { user: '那俺去找谁问', expect: contact },
    ],
  },
  {
    id: 'v104d65',
    class: 'period',
    probes: 'when the plan expires',
    turns: [{ user: '恁这个政策啥时候到期啊', expect: { ...ended, says: [/2021/] } }],
  },
  {
    id: 'v104d66',
    class: 'period',
    probes: 'a parent asks today about fee waivers for a poor family’s child at a 技校',
    turns: [{ user: '俺闺女今年考上技校了 俺家建档立卡 现在还能免学费不', expect: { ...ended, cites: ['三(三)'] } }],
  },
  {
    id: 'v104d67',
    class: 'period',
    probes: 'which years the plan covers',
    turns: [{ user: '这个方案是哪年出的 管到哪年', expect: { ...ended, says: [/2019/] } }],
  },
];
