/**
 * HELD-OUT dialogues, set v106 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v101
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: people in the counties and towns around Zhengzhou (巩义、新郑、登封、中牟、荥阳、
 * 新密), many of them older or not used to writing: owners of a 理发店, 饭馆, 超市 or 养殖场, the
 * accountant of a village 农民专业合作社, the foreman of a 扶贫车间, a daughter or a neighbour asking
 * for someone else. Some type in Traditional characters or a mix; some paste long voice-to-text
 * messages with no punctuation at all; they mix the plan's words with similar or neighbouring ones
 * (以训代工 for 以工代训, 职业技能鉴定补贴 for 职业培训补贴, 学徒工 for 企业新型学徒); sums come as
 * 块/k/w/万/千; time comes as 去年/小半年/大半年/一年多/疫情那会儿/2021年10月; one message often
 * holds two or three questions (how much + whom to ask + until when). Today (2026) the plan, which
 * ran 2019-12-02 to 2021-12-31, has ended: whoever asks what they can get must be told so.
 *
 * Nothing is inferred from silence. An amount is expected only once every fact it depends on has
 * been said: the kind of unit, insurance where the rule needs it, the group, the count, months
 * employed (poor labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was already
 * claimed. "不知道/不清楚/记不清" leaves a fact open; ranges (五六个月, 十来个, 小半年) settle nothing
 * that the amount needs.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ per row count × 200 × min(以工代训 months, 6). Poor labour (建档立卡) counts
 *   when employed six months or more by any production entity (公司、合作社、扶贫车间, a shop run as
 *   a company); 就业困难人员 (残疾人 included, 三(二)) and 零就业家庭成员 only when the employer is an
 *   insured ENTERPRISE — a 合作社 or 扶贫车间 is not one, and an uninsured shop is not insured — with
 *   no six-month condition. 退役军人 are no group of this rule. A row whose 岗前培训补贴 was claimed
 *   never counts ("不得重复享受").
 *   d01 2×200×5=2000 · d02 3×200×6=3600 · d03 1×200×4=800 · d05 5×200×min(8,6)=6000 ·
 *   d06 6×200×6=7200 · d07 3×200×6+2×200×3=4800 · d08 cooperative: only 2×200×5=2000 ·
 *   d09 4×200×6+2×200×3=6000 · d10 the poor hire at 4 months drops: 2×200×6=2400 ·
 *   d11 workshop: poor only 5×200×6=6000 · d12 difficulty rows claimed 岗前: 3×200×6=3600 ·
 *   d14 3×200×6=3600 · d15 2×200×4=1600 · d17 5×200×4=4000 · d18 3×200×6=3600 · d19 4×200×5=4000 ·
 *   d21 7×200×6=8400 · d23 3600 → 2×200×6=2400 · d24 2000 → 2×200×4=1600 · d25 4800 → 3×200×6=3600 ·
 *   d26 cooperative none → company 2×200×4=1600 · d27 at 4 months none → 3×200×6=3600 ·
 *   d28 2×200×6=2400 · d31 3×200×5=3000 · d58 1×200×6=1200 · d63 5×200×6=6000.
 * - Equipment (四(一)): per site min(20 % × value bought from the 职工教育经费, 500 000 base /
 *   100 000 studio), only after 人社 and 财政 验收合格.
 *   d45 38w×20%=76000 · d46 300万×20%=60万 → cap 500000 · d47 80w×20%=16万 → cap 100000 ·
 *   d49 studios of 30w and 70w: 60000 + min(140000,100000) = 160000 · d50 450k×20% = 90000.
 * - Education fund (六(二)): a pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash:
 *   d30 min(30万, 8%×450万=36万)=300000 · d51 min(45万, 8%×500万=40万)=400000 ·
 *   d52 min(25w, 8%×380w=30.4w)=250000 · d53 min(20万, 8%×200万=16万)=160000 ·
 *   d54 min(60万, 8%×1000万=80万)=600000 (front-line share 50 % < 60 % noted) ·
 *   d55 min(15万, 8%×150万=12万)=120000.
 * - Apprenticeship ("按照相关规定给予资金补贴"), the per-person training subsidy, 生活费补贴, free
 *   training, entrepreneurship training and the aid to poor families: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered with 不知道/不清楚 or a range: no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, and not the figure a misreading gives. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** In the plan's field, but its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The plan has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** The equipment subsidy, without the figures a misreading gives. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', noAmount: 'open', mustNotContain: wrong });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({ amount: { rule: 'education_fund_deduction', yuan }, says: [/税前/] });
/** A person's training subsidy: the plan fixes no figure. */
const noFigure: TurnExpect = { noAmount: 'unfixed' };

export const DIALOGUES_V106: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v106d01',
    class: 'one_group',
    probes: '以训代工 for 以工代训; months and the 岗前 fact come one turn at a time; no figure before the last',
    periodEnd: true,
    turns: [
      { user: '俺在巩义开了个小饭馆 是注册的公司 招了俩建档立卡贫困户 以训代工那个补贴能给多少', expect: ask },
      { user: '俩人都干了一年多了 跟着后厨师傅学 算以工代训的话有五个月', expect: ask },
      { user: '岗前那个培训补贴 俩人都没领过 放心', expect: pay(2000) },
    ],
  },
  {
    id: 'v106d02',
    class: 'one_group',
    probes: 'a cooperative with poor labour, every fact in one message, plus whom to ask and until when',
    periodEnd: true,
    turns: [
      {
        user: '新密这边养殖合作社 收了3个建档立卡的 都干8个月了 以工代训搞了6个月 岗前补贴没拿过 能补多少 找谁报 啥时候截止',
        expect: { ...pay(3600), ...contact, ...ended },
      },
    ],
  },
  {
    id: 'v106d03',
    class: 'one_group',
    probes: 'Traditional characters, asking for a neighbour; a disabled hire needs an insured company but no six months',
    periodEnd: true,
    turns: [
      { user: '幫鄰居問一下 他在滎陽開超市 是公司 招了一個殘疾人 這個以工代訓能補貼不', expect: ask },
      { user: '社保都給交著呢 幹了小半年 以工代訓做了4個月 崗前培訓補貼沒申請過', expect: pay(800) },
    ],
  },
  {
    id: 'v106d04',
    class: 'one_group',
    probes: 'poor labour employed only five months: not yet eligible, no figure; then whom to ask',
    turns: [
      {
        user: '中牟县的扶贫车间 来了4个贫困户 才干了5个月 以工代训也做了5个月 岗前培训补贴没领 现在能报不',
        expect: { ...notYes(4000), noAmount: 'open' },
      },
      { user: '那这事归哪个部门管 电话多少', expect: contact },
    ],
  },
  {
    id: 'v106d05',
    class: 'one_group',
    probes: 'eight months of 以工代训 capped at six for difficulty hires of an insured company',
    periodEnd: true,
    turns: [
      {
        user: '新郑一个小厂 有限公司 社保正常交 招了5个就业困难人员 以工代训搞了8个月了 岗前培训补贴没领过 能补多少钱',
        expect: payNot(6000, 8000),
      },
    ],
  },
  {
    id: 'v106d06',
    class: 'one_group',
    probes: 'a long voice-to-text message with 几个; the count and the rest come in turn two',
    periodEnd: true,
    turns: [
      {
        user: '喂你好我是荥阳那边一个农民专业合作社的会计我想问一下就是我们合作社招了几个贫困户现在都还在干着呢就是那个以工代训的补贴怎么算给多少',
        expect: ask,
      },
      { user: '6个人 都干了一年多了 以工代训每个人都是6个月 岗前培训补贴没有报过', expect: pay(7200) },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v106d07',
    class: 'several_groups',
    probes: 'poor labour and disabled hires in one insured company, each row on its own months',
    periodEnd: true,
    turns: [
      {
        user: '巩义的公司 社保都交 3个贫困户干了10个月 以工代训6个月 还有2个残疾人 以工代训3个月 这几个人岗前补贴都没领 一共能补多少',
        expect: payNot(4800, 6000),
      },
    ],
  },
  {
    id: 'v106d08',
    class: 'several_groups',
    probes: 'a cooperative: its poor hires count, its difficulty hires do not (not an insured enterprise)',
    periodEnd: true,
    turns: [
      {
        user: '俺们是村里的农民专业合作社 俩贫困户干7个月了 仨就业困难的 这5个人都做了5个月以工代训 岗前那个都没领 合计补多少',
        expect: payNot(2000, 5000),
      },
    ],
  },
  {
    id: 'v106d09',
    class: 'several_groups',
    probes: '十来个 settles nothing; two groups with their own months; the 岗前 fact last',
    periodEnd: true,
    turns: [
      { user: '新郑的公司 交社保的 招了十来个人 有贫困户也有零就业家庭的 以工代训能补多少', expect: ask },
      { user: '贫困户4个 干了9个月 以工代训搞了6个月 零就业家庭的2个 干了3个月 以工代训也是3个月', expect: ask },
      { user: '岗前补贴一个都没领过', expect: pay(6000) },
    ],
  },
  {
    id: 'v106d10',
    class: 'several_groups',
    probes: 'a supermarket: the poor hire of four months drops out, the difficulty hires count',
    periodEnd: true,
    turns: [
      {
        user: '超市是公司性质 社保都交着 1个贫困户刚来4个月 以工代训4个月 2个就业困难人员以工代训6个月 岗前培训补贴都没申请 能拿多少',
        expect: payNot(2400, 3200),
      },
    ],
  },
  {
    id: 'v106d11',
    class: 'several_groups',
    probes: 'a poverty workshop with poor, disabled and veteran hires: only the poor count',
    periodEnd: true,
    turns: [
      {
        user: '登封扶贫车间 贫困户5个干了8个月 以工代训6个月 残疾人2个 退伍军人1个 也都以工代训6个月 能补多少',
        expect: ask,
      },
      { user: '岗前培训补贴 都没有', expect: payNot(6000, 8400, 9600) },
    ],
  },
  {
    id: 'v106d12',
    class: 'several_groups',
    probes: 'voice input: the difficulty rows already had the 岗前 subsidy and must not count',
    periodEnd: true,
    turns: [
      {
        user: '我们公司交社保的招了三个贫困户都干满一年了以工代训六个月另外还有两个就业困难的以工代训也是六个月但是这两个就业困难的之前已经领过岗前培训补贴了贫困户的没领过你给算算能补多少',
        expect: payNot(3600, 6000),
      },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v106d13',
    class: 'negation_after_noun',
    probes: '社保没交 after the noun: a zero-employment hire of an uninsured shop does not count',
    turns: [
      {
        user: '登封开理发店的 个体户 社保没交 招了个零就业家庭的小姑娘当学徒工 以工代训仨月了 岗前补贴也没领 能补不',
        expect: { ...notYes(600), noAmount: 'open' },
      },
    ],
  },
  {
    id: 'v106d14',
    class: 'negation_after_noun',
    probes: '岗前补贴 还没领 — not claimed, so the rows count',
    periodEnd: true,
    turns: [
      { user: '公司 贫困户3人 干了8个月 以工代训6个月 岗前补贴 还没领 这没领的话能报以工代训吧 多少钱', expect: pay(3600) },
    ],
  },
  {
    id: 'v106d15',
    class: 'negation_after_noun',
    probes: '社保 一直没停过 means insured; 岗前的也没报 means not claimed',
    periodEnd: true,
    turns: [
      { user: '俺这是个小加工厂 公司 社保 一直没停过 招了2个就业困难人员 以工代训4个月', expect: ask },
      { user: '岗前的也没报', expect: pay(1600) },
    ],
  },
  {
    id: 'v106d16',
    class: 'negation_after_noun',
    probes: '建档立卡 不是 — veterans are no group of 以工代训; no figure',
    turns: [
      {
        user: '俺们公司招的人建档立卡 不是 就是俩退伍兵 以工代训做了6个月 岗前补贴也没领 这能补吗',
        expect: { ...notYes(2400), noAmount: 'open' },
      },
    ],
  },
  {
    id: 'v106d17',
    class: 'negation_after_noun',
    probes: '残疾人没有 都是建档立卡的 — the group is poor labour; months come later',
    periodEnd: true,
    turns: [
      { user: '合作社 招的人里 残疾人没有 都是建档立卡的 5个 以工代训能补吗', expect: ask },
      { user: '都干了7个多月了 以工代训4个月 岗前培训补贴 没领', expect: pay(4000) },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v106d18',
    class: 'unknown_reply',
    probes: '不清楚 about the 岗前 subsidy leaves it open; the figure only once the accountant answers',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了3个就业困难的 以工代训6个月 能补多少', expect: ask },
      { user: '岗前那个补贴 不清楚 得问问会计', expect: dunno },
      { user: '刚打电话问了 会计说那仨人的岗前补贴一个也没报过', expect: pay(3600) },
    ],
  },
  {
    id: 'v106d19',
    class: 'unknown_reply',
    probes: 'months employed unknown (someone else hired them); settled by the roster later',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户4个 以工代训5个月 岗前补贴没领 干了多久不知道 人是前任理事长招的', expect: dunno },
      { user: '翻了花名册 都是2020年开春来的 一直干到现在没走', expect: pay(4000) },
    ],
  },
  {
    id: 'v106d20',
    class: 'unknown_reply',
    probes: 'insurance unknown to a workshop foreman: no figure in any turn',
    turns: [
      { user: '公司招了2个零就业家庭的 以工代训3个月 岗前补贴没领 能给多少', expect: ask },
      { user: '社保交没交我也不知道 我就是个车间主任', expect: dunno },
      { user: '那我回去问问老板再说', expect: { noAmount: 'open', undecided: 'on_job_training' } },
    ],
  },
  {
    id: 'v106d21',
    class: 'unknown_reply',
    probes: 'the count forgotten (记不清) leaves the amount open; counted in turn two',
    periodEnd: true,
    turns: [
      { user: '扶贫车间的贫困户 具体几个人我记不清了 反正都干了一年 以工代训6个月 岗前没领', expect: dunno },
      { user: '数了一下 7个', expect: pay(8400) },
    ],
  },
  {
    id: 'v106d22',
    class: 'unknown_reply',
    probes: 'a range (五六个月) then 不知道 for the months of 以工代训: never a figure',
    turns: [
      { user: '公司 贫困户2个 干了一年了 以工代训五六个月吧 岗前补贴没领', expect: ask },
      { user: '具体几个月不知道 差不多吧 你就估个数', expect: { ...dunno, mustNotContain: ['2000', '2400', '2200'] } },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v106d23',
    class: 'correction',
    probes: 'the count corrected from 3 to 2',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户3个 干了10个月 以工代训6个月 岗前没领 补多少', expect: pay(3600) },
      { user: '哎呀说错了 贫困户是俩 不是仨', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v106d24',
    class: 'correction',
    probes: 'the months of 以工代训 corrected from 5 to 4',
    periodEnd: true,
    turns: [
      { user: '公司交着社保 就业困难人员2个 以工代训5个月 岗前没领 能补几千', expect: pay(2000) },
      { user: '哦不对 是4个月', expect: payNot(1600, 2000) },
    ],
  },
  {
    id: 'v106d25',
    class: 'correction',
    probes: 'one of four turns out to have had the 岗前 subsidy: that row drops',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困户4个 干了8个月 以工代训6个月 岗前没报 一共多少', expect: pay(4800) },
      { user: '等会 我搞错了 其中有1个之前报过岗前培训补贴', expect: payNot(3600, 4800) },
    ],
  },
  {
    id: 'v106d26',
    class: 'correction',
    probes: 'the kind of unit corrected from cooperative to insured company: difficulty hires then count',
    periodEnd: true,
    turns: [
      { user: '我们是合作社 招了2个就业困难的 以工代训4个月 岗前没领 能补不', expect: notYes(1600) },
      { user: '不好意思说错了 我们是公司 注册的有限公司 社保也交着', expect: pay(1600) },
    ],
  },
  {
    id: 'v106d27',
    class: 'correction',
    probes: 'months employed corrected from 4 to 一年多, 以工代训 from 4 to 6',
    periodEnd: true,
    turns: [
      { user: '新密的厂子 贫困户3个 刚干了4个月 以工代训4个月 岗前没领', expect: { ...notYes(2400), noAmount: 'open' } },
      { user: '记错了 他们是去年4月来的 干了一年多了 以工代训是6个月', expect: pay(3600) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v106d28',
    class: 'topic_switch',
    probes: 'from a 以工代训 amount to the yearly number of training subsidies; no old figure carried over',
    periodEnd: true,
    turns: [
      { user: '扶贫车间俩贫困户 干了一年 以工代训6个月 岗前没领 补多少', expect: pay(2400) },
      { user: '对了 我媳妇想去学个美容 培训补贴一年能领几回', expect: { ...noFigure, cites: ['七(二)'], says: [/3\s*次|三次|3\s*回|三回/] } },
    ],
  },
  {
    id: 'v106d29',
    class: 'topic_switch',
    probes: 'from the equipment subsidy to 低保 (outside)',
    turns: [
      { user: '技能大师工作室买设备能补多少 上限是多少', expect: { cites: ['四(一)'], noAmount: 'open' } },
      { user: '再问个事 俺娘能吃低保不 咋申请', expect: { answered: false, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v106d30',
    class: 'topic_switch',
    probes: 'an open 以工代训 question left aside for the education fund; payroll given last',
    turns: [
      { user: '合作社招了几个贫困户 以训代工咋弄', expect: ask },
      { user: '这个先放放 我弟弟那公司职工教育经费今年提了30万 能税前扣多少', expect: { asks: true, noAmount: 'open', cites: ['六(二)'] } },
      { user: '工资总额一年450万', expect: deduct(300000) },
    ],
  },
  {
    id: 'v106d31',
    class: 'topic_switch',
    probes: 'from apprenticeship (no amount) to 以工代训 for disabled hires (an amount)',
    periodEnd: true,
    turns: [
      { user: '公司带学徒 企业新型学徒制有补贴吗 一个人补多少', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '好吧 那以工代训呢 我们交社保 招了3个残疾人 以工代训5个月 岗前补贴没领', expect: pay(3000) },
    ],
  },
  {
    id: 'v106d32',
    class: 'topic_switch',
    probes: 'from a person training question to the 生活费补贴 amount (not fixed)',
    turns: [
      { user: '我在中牟 户口也在这 想报个叉车培训 考下证来能有补贴不', expect: { ...noFigure, undecided: 'vocational_training' } },
      { user: '学的时候有生活费补贴没 一天给多少', expect: unsettled },
    ],
  },
  {
    id: 'v106d33',
    class: 'topic_switch',
    probes: 'from 以工代训 with facts missing to 医保 (outside), then back: still no figure',
    turns: [
      { user: '养殖场 合作社的 招了贫困户 以工代训有补贴吧', expect: ask },
      { user: '跑个题 今年医保一个人交多少钱', expect: { answered: false, noAmount: 'unfixed' } },
      { user: '回到刚才那个 贫困户有3个', expect: ask },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v106d34',
    class: 'person_training',
    probes: 'a pensioner asking about 职业技能鉴定补贴: the monthly pension excludes; no figure',
    turns: [
      {
        user: '俺今年62了 每月领着养老金 想去学个电工 那个职业技能鉴定补贴俺能领不',
        expect: { ...noFigure, notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v106d35',
    class: 'person_training',
    probes: 'three subsidies already this year: the limit of 七(二)',
    turns: [
      {
        user: '今年已经领过三回培训补贴了 还想再考个焊工证 还能补不',
        expect: { ...noFigure, notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v106d36',
    class: 'person_training',
    probes: 'the same occupation and level again: 同一职业同一等级不可重复享受',
    turns: [
      {
        user: '前年考中式烹调师四级领过补贴 今年想再考一回四级 还给补吗',
        expect: { ...noFigure, notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v106d37',
    class: 'person_training',
    probes: 'a daughter asked for; facts arrive in turn two; the pension fact is never said',
    periodEnd: true,
    turns: [
      {
        user: '帮俺闺女问 她在郑州打工 户口登封的 想学育婴员 能领那个职业技能鉴定补贴不',
        expect: { ...noFigure, undecided: 'vocational_training' },
      },
      {
        user: '证考下来了 培训学校说是进了省里系统的 今年头一回学',
        expect: { ...noFigure, oneOf: [{ status: { rule: 'vocational_training', status: 'eligible' } }, { asks: true }] },
      },
    ],
  },
  {
    id: 'v106d38',
    class: 'person_training',
    probes: 'training taken in another province: not the 户籍地/常住地/求职就业地 of 七(二)',
    turns: [
      {
        user: '俺在山东那边学的挖掘机 户口中牟的 人也一直在中牟住 回来能在郑州领培训补贴不',
        expect: { ...noFigure, notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v106d39',
    class: 'person_training',
    probes: 'a poor household member: the training is free (三(三)), no figure',
    turns: [
      { user: '俺是建档立卡户 想去学做面点 要交学费不', expect: { ...noFigure, cites: ['三(三)'], says: [/免费/] } },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v106d40',
    class: 'entrepreneurship',
    probes: 'a shop open three years (≤ 5): eligible for 创业培训, no figure',
    periodEnd: true,
    turns: [
      {
        user: '在巩义开了个小超市三年了 想去上个创业培训 学学咋经营 能去不',
        expect: { ...noFigure, status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v106d41',
    class: 'entrepreneurship',
    probes: 'a restaurant open seven or eight years: not by the five-year route; the wish to open another decides',
    turns: [
      {
        user: '俺饭馆开了七八年了 能参加创业培训不',
        expect: { ...noFigure, notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
      { user: '想在新郑再开个分店 自己当老板', expect: { ...noFigure, status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v106d42',
    class: 'entrepreneurship',
    probes: 'a grandson at a 技校 (技工院校 student): eligible for 创业意识 training',
    turns: [
      {
        user: '孙子在郑州上技校 想学开网店 他能参加创业培训不',
        expect: { ...noFigure, status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v106d43',
    class: 'entrepreneurship',
    probes: 'a neighbour back from the army who wants to start farming: the wish decides, the fee is not fixed',
    turns: [
      {
        user: '邻居家大哥退伍回来了 想在新郑搞养殖自己干 有创业培训没 要交钱不',
        expect: { ...noFigure, status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v106d44',
    class: 'entrepreneurship',
    probes: 'an 创业补贴 amount the plan does not fix, then 创业担保贷款 (outside)',
    turns: [
      { user: '我想创业 开个养鸡场 有没有创业补贴 给多少钱', expect: { ...unsettled, cites: ['三(八)'] } },
      { user: '那开养鸡场想贷款 创业担保贷款能贷几万', expect: { answered: false, noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v106d45',
    class: 'equipment',
    probes: '38w for a studio, from the education fund, accepted: 20 %',
    periodEnd: true,
    turns: [
      {
        user: '厂里技能大师工作室新买了实训设备38w 钱是从职工教育经费里出的 人社跟财政都验收合格了 能补多少',
        expect: kit(76000),
      },
    ],
  },
  {
    id: 'v106d46',
    class: 'equipment',
    probes: '300万 for a base: 20 % is 60万, capped at 50万',
    periodEnd: true,
    turns: [
      {
        user: '公司建高技能人才培训基地 新购实训设备总共300万 用的职工教育经费 验收也过了 按两成补是不是60万',
        expect: kit(500000),
      },
    ],
  },
  {
    id: 'v106d47',
    class: 'equipment',
    probes: 'acceptance not said: ask; then accepted: 16万 capped at 10万 for a studio',
    periodEnd: true,
    turns: [
      { user: '俺们公司弄了个技能大师工作室 设备买了80w 职工教育经费出的 能补贴多少', expect: kitOpen('160000', '16万') },
      { user: '验收过了 人社跟财政都来看过 合格', expect: kit(100000) },
    ],
  },
  {
    id: 'v106d48',
    class: 'equipment',
    probes: 'equipment paid from the company\'s own money, not the education fund: no subsidy',
    turns: [
      {
        user: '高技能人才培训基地 买了120万设备 是公司自己掏的钱 不是职工教育经费里出的 验收了 还能补不',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['240000', '24万'] },
      },
    ],
  },
  {
    id: 'v106d49',
    class: 'equipment',
    probes: 'two studios, each with its own cap: 6万 + 10万',
    periodEnd: true,
    turns: [
      {
        user: '公司有两个技能大师工作室 一个买设备30w 一个买了70w 都是职工教育经费出的 也都验收合格了 加起来补多少',
        expect: kit(160000, '200000', '20万'),
      },
    ],
  },
  {
    id: 'v106d50',
    class: 'equipment',
    probes: '450k written with k; the fund source unknown first (不清楚), then said',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室设备款450k 验收合格了 钱从哪出的我不清楚 财务管的', expect: kitOpen('90000', '9万') },
      { user: '财务说是职工教育经费列支的', expect: kit(90000) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v106d51',
    class: 'education_fund',
    probes: 'fund above the 8 % limit: the limit applies, as a 税前 deduction',
    turns: [{ user: '公司工资总额一年500万 职工教育经费提了45万 税前能扣多少', expect: deduct(400000) }],
  },
  {
    id: 'v106d52',
    class: 'education_fund',
    probes: 'sums in w: fund below the 8 % limit, the fund applies',
    turns: [{ user: '工资薪金总额380w 教育经费提了25w 按8%能全扣掉吗', expect: deduct(250000) }],
  },
  {
    id: 'v106d53',
    class: 'education_fund',
    probes: 'payroll missing: ask; then the limit',
    turns: [
      { user: '职工教育经费提了20万 能在税前扣多少', expect: { asks: true, noAmount: 'open', cites: ['六(二)'] } },
      { user: '工资总额一年200万', expect: deduct(160000) },
    ],
  },
  {
    id: 'v106d54',
    class: 'education_fund',
    probes: 'a front-line share of half: the 60 % requirement must be noted',
    turns: [
      {
        user: '工资总额1000万 教育经费提了60万 一半用在一线工人身上 一半给管理层培训了 能扣多少 有没有问题',
        expect: { ...deduct(600000), says: [/税前/, /60\s*%|百分之六十|六成/] },
      },
    ],
  },
  {
    id: 'v106d55',
    class: 'education_fund',
    probes: 'asked as cash to collect: it is a pre-tax deduction',
    turns: [
      {
        user: '听说职工教育经费政府能给报 俺厂工资总额150万 经费提了15万 能领多少钱',
        expect: { ...deduct(120000), mustNotContain: [/(可|能)(以)?领(取)?\s*120000/, /(可|能)(以)?领(取)?\s*12万/] },
      },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v106d56',
    class: 'apprenticeship',
    probes: '学徒工补贴 per month: the plan fixes no amount',
    turns: [{ user: '学徒工补贴一个月给多少', expect: { ...unsettled, cites: ['四(一)'] } }],
  },
  {
    id: 'v106d57',
    class: 'apprenticeship',
    probes: 'a count of apprentices does not make an amount',
    turns: [
      { user: '俺们厂招了8个新型学徒 每人补多少 一共能补多少', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '那俺这学徒的事 去县里找谁申请', expect: contact },
    ],
  },
  {
    id: 'v106d58',
    class: 'apprenticeship',
    probes: 'apprentices at a restaurant (no amount), then one of them a poor hire with 以工代训 (an amount)',
    periodEnd: true,
    turns: [
      { user: '饭店带了3个学徒 企业新型学徒制那个 补多少', expect: { ...unsettled } },
      { user: '这仨里头有1个是建档立卡的 干了8个月 以工代训6个月 岗前没领 这个能补多少', expect: pay(1200) },
    ],
  },
  {
    id: 'v106d59',
    class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund: 六(二) allows it, no figure',
    turns: [{ user: '老师傅带徒弟 给的师带徒津贴 能从职工教育经费里出不', expect: { noAmount: 'unfixed', cites: ['六(二)'] } }],
  },
  {
    id: 'v106d60',
    class: 'apprenticeship',
    probes: '学徒补贴 confused with 以工代训: two rules, no figure',
    turns: [
      { user: '学徒补贴跟以工代训补贴是一回事不 理发店带的徒弟能拿哪个', expect: { noAmount: 'open', cites: ['四(一)', '六(一)'] } },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v106d61',
    class: 'period',
    probes: '2021年10月 hires asked about today: the plan ended, facts still missing',
    periodEnd: true,
    turns: [{ user: '2021年10月招的贫困户 现在还能申以工代训补贴不', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v106d62',
    class: 'period',
    probes: 'is the plan still valid in 2026',
    periodEnd: true,
    turns: [{ user: '这个郑州职业技能提升的方案现在还管用不 都2026年了', expect: ended }],
  },
  {
    id: 'v106d63',
    class: 'period',
    probes: 'a 疫情那会儿 case computed for reference, then whether it can still be claimed',
    periodEnd: true,
    turns: [
      { user: '疫情那会儿 2020年 我们扶贫车间招了5个贫困户 都干了一年 以工代训6个月 岗前没领 当时该补多少', expect: pay(6000) },
      { user: '那现在补申还来得及不', expect: ended },
    ],
  },
  {
    id: 'v106d64',
    class: 'period',
    probes: 'the years of the plan, asked by an older user',
    periodEnd: true,
    turns: [{ user: '這個方案是哪年到哪年的 俺去年才聽說', expect: { ...ended, says: [/2019/, /2021/] } }],
  },
  {
    id: 'v106d65',
    class: 'period',
    probes: 'heard of it 前年 and asks to sign up now',
    periodEnd: true,
    turns: [
      { user: '前年听人说郑州有个职业技能提升行动 补贴培训的 现在还能报名不', expect: ended },
      { user: '那现在有新的政策吗 找谁问', expect: contact },
    ],
  },
];
