/**
 * HELD-OUT dialogues, set v129 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v101
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: individual workers asking for themselves or for a family member (俺爹, 俺媳妇,
 * 俺表弟 …) on WeChat, in very colloquial style: typos and homophones (以工待训 / 一工代训 / 以攻代训,
 * 贫苦户 for 贫困户, 建档立咔 / 见档立卡 for 建档立卡), pinyin abbreviations (bt 补贴, rs局, sb 社保),
 * emoji, voice-to-text run-on sentences without punctuation, dialect (俺 咱 啥 中不中 妥妥的 晓得),
 * 俩/仨, digits and Chinese numerals mixed. They do not know the policy words: a 当兵回来的 is a
 * 退役军人, someone with a 残疾证 is a 残疾人, 低保 is NOT 建档立卡 unless said; students, rural
 * migrants, the unemployed, poor households, veterans, disabled people; free training, training
 * subsidies, certificates, competitions; and, today (2026), whether any of it can still be had
 * (the plan ran 2019-12-02 to 2021-12-31 and has ended), so every conversation carries periodEnd.
 *
 * Nothing is inferred from silence. An amount is expected only once every fact it depends on has
 * been said: the kind of unit, insurance where the rule needs it, the group, the count, months
 * employed (poor labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was already
 * claimed. "不知道/不清楚/说不上来" leaves the fact open; ranges ("大半年") settle nothing.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)) goes to the 生产经营主体, not the worker: Σ count × 200 × min(以工代训 months, 6)
 *   per qualifying row; poor labour (建档立卡) employed ≥ 6 months by a production entity (企业、
 *   农民专业合作社、扶贫车间); 就业困难人员 (incl. 残疾人, 三(二)) and 零就业家庭 only by an insured
 *   ENTERPRISE (a cooperative or a 扶贫车间 is not one), no six-month condition; 退役军人 and
 *   农村转移就业劳动者 are no group of this rule; a row whose 岗前培训补贴 was claimed never counts.
 *     d01 1×200×4 = 800; d02 1×200×3 = 600; d03 1×200×min(8,6) = 1200 (not 1600);
 *     d06 1×200×5 = 1000; d07 2×200×6 + 1×200×3 = 3000; d08 poor 1×200×5 = 1000, the
 *     零就业 neighbour at a 扶贫车间 does not count (not 2000); d09 the disabled brother only
 *     1×200×4 = 800 (not 1600); d10 father 1×200×6 = 1200, mother employed 3 months (not 1800);
 *     d11 4×200×4 = 3200, a person counts once; d12 sister only 1200 (not 2400); d14 disabled in an
 *     insured company 1200; d19 1000; d20 400; d21 600; d22 1200; d24 1200 → 800; d25 3000 → 2000;
 *     d26 1200 → none (低保 is not 建档立卡, 扶贫车间 is not an enterprise); d27 600 → none
 *     (a cooperative); d28 800 → none (employed 5 < 6 months); d30 1200, then 1200 + 600 = 1800;
 *     d31 400; d33 1200; d60 1200; d66 1200.
 * - Equipment (四(一)): per site min(20 % × value bought from the 职工教育经费, 500 000 base /
 *   100 000 studio), only after 人社 and 财政 验收合格: d29 studio 40万 → 80 000, corrected to
 *   30万 → 60 000; d34 base 200万 → 400 000 once accepted; d47 base 300万 → 600 000 capped to
 *   500 000; d48 bought from own funds → none; d49 studio 45万 → 90 000 once accepted; d50 studios
 *   60万 → 120 000 capped to 100 000, plus 30万 → 60 000: 160 000 (not 180 000); d51 base 150万 →
 *   300 000.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash:
 *   d52 min(30万, 40万) = 300 000; d53 min(100万, 64万) = 640 000; d54 min(50万, 32万) = 320 000
 *   (front-line share 40 % < 60 %); d55 min(20万, 16万) = 160 000 once the payroll is said.
 * - Apprenticeship ("按照相关规定给予资金补贴"), per-person / per-occupation training subsidy,
 *   生活费补贴, free training, entrepreneurship training, 交通补贴, 助学金 amounts, timing of
 *   payment, age limits, 师带徒 amounts: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, RuleId, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道/不清楚": no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figure a misreading would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({
  notVerdict: { rule: 'on_job_training', status: 'eligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** Outside the plan. */
const outside: TurnExpect = { answered: false };
/** The plan has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** A person rule with no fixed amount that must not be denied on these facts. */
const notNo = (rule: RuleId, ...cites: string[]): TurnExpect => ({
  notVerdict: { rule, status: 'ineligible' },
  noAmount: 'unfixed',
  ...(cites.length ? { cites } : {}),
});
/** A person rule with no fixed amount that these facts exclude. */
const notOk = (rule: RuleId): TurnExpect => ({ notVerdict: { rule, status: 'eligible' }, noAmount: 'unfixed' });
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});
/** "3 times a year". */
const THREE = /3\s*次|三次|3\s*回|三回/;

export const DIALOGUES_V129: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v129d01',
    class: 'one_group',
    probes: '贫苦户 (typo) + 以工待训 (homophone) in a 服装公司; months come in the second turn: 1×200×4',
    periodEnd: true,
    turns: [
      { user: '俺是贫苦户 在县里一家服装公司踩缝纫机 听人说有个以工待训的bt 这是咋回事啊🤔', expect: ask },
      { user: '进厂9个月了 以工待训搞了4个月 岗前培训那个补贴没领过', expect: pay(800) },
    ],
  },
  {
    id: 'v129d02',
    class: 'one_group',
    probes: '残疾证 = 残疾人 = 就业困难人员, insured 物流公司, no six-month condition: 1×200×3',
    periodEnd: true,
    turns: [
      { user: '我有残疾证二级的 在一家物流公司干分拣 公司给交社保的 一工代训能给公司补多少钱啊', expect: ask },
      { user: '一工代训弄了仨月 岗前的补贴公司说从来没申请过', expect: pay(600) },
    ],
  },
  {
    id: 'v129d03',
    class: 'one_group',
    probes: '零就业家庭 member in an insured company, 8 months of 以工代训 capped at 6: 1200 not 1600',
    periodEnd: true,
    turns: [
      { user: '俺家是零就业家庭 俺去年进了一家食品公司 公司给上五险 以工代训这个补贴咋算的', expect: ask },
      { user: '以工代训算下来8个月了 岗前补贴没拿过', expect: payNot(1200, 1600) },
    ],
  },
  {
    id: 'v129d04',
    class: 'one_group',
    probes: '当兵回来的 = 退役军人, not a group of 以工代训; veterans have skills training (三(二)) and 项目制培训 (六(一))',
    periodEnd: true,
    turns: [
      { user: '俺是当兵回来的 退伍三年了 在一家保安公司上班 公司有社保 以工代训俺能给公司带来补贴不', expect: notYes() },
      { user: '那当兵回来的有啥培训能参加不 要钱不', expect: { cites: ['三(二)', '六(一)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v129d05',
    class: 'one_group',
    probes: 'a rural migrant (农民工) is not a group of 以工代训; his training is 三(二) with no amount fixed',
    periodEnd: true,
    turns: [
      { user: '俺从村里出来打工的 在郑州一个建筑公司工地上干了一年多 以工代训俺算得上不', expect: notYes() },
      { user: '那俺们这种农民工 有没有不花钱的技术培训 想学个瓦工', expect: { cites: ['三(二)', '七(二)', '五(一)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v129d06',
    class: 'one_group',
    probes: '建档立咔 (garbled) mother employed only 4 months by a cooperative: not yet; at 7 months with 5 of 以工代训: 1000',
    periodEnd: true,
    turns: [
      { user: '俺娘是建档立咔户 在村里的农民专业合作社干活 才干了4个月 以工代训的补贴合作社能拿不', expect: notYes(800) },
      { user: '那要是她干满7个月了 以工代训算5个月 岗前补贴没领过 合作社能拿多少', expect: pay(1000) },
    ],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v129d07',
    class: 'several_groups',
    probes: 'couple of poor labour + a disabled cousin in an insured company; months in turn 2: 2×200×6 + 1×200×3',
    periodEnd: true,
    turns: [
      { user: '俺和俺媳妇都是建档立卡贫困户 俺表弟有残疾证 仨人都在一个纸箱公司上班 公司交社保 以工代训能补多少啊', expect: ask },
      { user: '俺俩进厂都10个月了 以工代训都是6个月 表弟来了3个月 以工代训也是3个月 岗前补贴仨人都没领过', expect: pay(3000) },
    ],
  },
  {
    id: 'v129d08',
    class: 'several_groups',
    probes: '扶贫车间: the poor worker counts, the 零就业 neighbour does not (a 扶贫车间 is no insured enterprise): 1000 not 2000',
    periodEnd: true,
    turns: [
      {
        user: '俺们村扶贫车间 俺是贫困户干了7个月了 以工代训5个月 俺邻居是零就业家庭的也在车间 以工代训也5个月 岗前补贴俺俩都没领 车间一共能拿多少',
        expect: payNot(1000, 2000),
      },
      { user: '邻居那个为啥不算啊 她家一个上班的都没有😭', expect: { says: [/参保|企业/] } },
    ],
  },
  {
    id: 'v129d09',
    class: 'several_groups',
    probes: 'brothers: a veteran (no group) and a disabled one in an insured company: only 1×200×4 = 800, not 1600',
    periodEnd: true,
    turns: [
      { user: '我们兄弟俩 我是退伍军人 我弟是残疾人 都在一家汽修公司 公司交着社保 以工代训俩人能补多少', expect: ask },
      { user: '以工代训俺俩都搞了4个月 岗前补贴都没领', expect: payNot(800, 1600) },
    ],
  },
  {
    id: 'v129d10',
    class: 'several_groups',
    probes: 'cooperative: father poor 8 months counts (1200), mother poor only 3 months does not (not 1800)',
    periodEnd: true,
    turns: [
      {
        user: '俺家俩人在一个蔬菜合作社干活 俺爹建档立卡的干了8个月 以工代训6个月 俺妈也是建档立卡 才去了3个月 以工代训3个月 岗前补贴都没领 合作社能拿多少',
        expect: payNot(1200, 1800),
      },
      { user: '那俺妈再干几个月就能算上了吧', expect: { says: [/(6|六)\s*个月|半年/] } },
    ],
  },
  {
    id: 'v129d11',
    class: 'several_groups',
    probes: 'four poor workers of one village in a 家具公司: 4×200×4 = 3200; one of them also disabled still counts once',
    periodEnd: true,
    turns: [
      { user: '俺和村里另外仨建档立卡户 一共4个人 都在镇上那个家具公司干了一年了 以工代训都是4个月 岗前补贴没领过 公司能拿多少', expect: pay(3200) },
      { user: '对了这4个里头有一个还是残疾人 那他是不是能算两份', expect: payNot(3200, 4000) },
    ],
  },
  {
    id: 'v129d12',
    class: 'several_groups',
    probes: 'two poor siblings, the 岗前培训补贴 claimed for one: only the sister, 1200 not 2400',
    periodEnd: true,
    turns: [
      {
        user: '俺跟俺妹都是贫困户 在电子公司上班9个月了 以工代训都6个月 俺的岗前培训补贴公司领过了 俺妹的没领 能补多少',
        expect: payNot(1200, 2400),
      },
    ],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v129d13',
    class: 'negation_after_noun',
    probes: '"社保公司没给交": a disabled worker in an uninsured company does not count; not 1000',
    periodEnd: true,
    turns: [
      { user: '我残疾人 在个小公司打包 社保公司没给交 以工代训搞了5个月 岗前补贴没领 公司能补多少', expect: notYes(1000) },
      { user: '那要是公司以后给俺把社保交上了呢', expect: { says: [/参保|社保/] } },
    ],
  },
  {
    id: 'v129d14',
    class: 'negation_after_noun',
    probes: '"建档立卡俺家不是": only poor, no group → none; then a 残疾证 in an insured company: 1200',
    periodEnd: true,
    turns: [
      { user: '建档立卡俺家不是 就是家里穷 在家具厂干了7个月 以工代训6个月 岗前的补贴没拿过 厂里能补多少', expect: notYes(1200) },
      { user: '哦对了俺有残疾证 三级 厂子是正规公司 给俺交着社保呢', expect: pay(1200) },
    ],
  },
  {
    id: 'v129d15',
    class: 'negation_after_noun',
    probes: '"岗前培训那个补贴 公司早就领过了": no 以工代训 on top (不得重复享受); not 800',
    periodEnd: true,
    turns: [
      { user: '俺是零就业家庭的 在参保的机械公司干 以工代训4个月 岗前培训那个补贴 公司早就领过了 还能领以工代训不', expect: notYes(800) },
      { user: '为啥不行啊 俩补贴又不是一回事', expect: { says: [/重复/], cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v129d16',
    class: 'negation_after_noun',
    probes: '"低保 不是建档立卡的": no poor-labour 以工代训, no 建档立卡 family aid for the child at a 技校',
    periodEnd: true,
    turns: [
      { user: '俺家吃低保 不是建档立卡的 在合作社种菜干了大半年 以工代训的补贴能有不', expect: notYes() },
      { user: '那俺闺女在技校上学 家里能有啥补助不', expect: notOk('poor_family_child_aid') },
    ],
  },
  {
    id: 'v129d17',
    class: 'negation_after_noun',
    probes: '"证没考下来": no certificate, no training subsidy (七(二))',
    periodEnd: true,
    turns: [
      { user: '俺去学了个育婴员 证没考下来 培训补贴还能给不', expect: { ...notOk('vocational_training'), cites: ['七(二)'] } },
      { user: '那下回考过了再申请中不中', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v129d18',
    class: 'negation_after_noun',
    probes: '"养老金他没有": a 62-year-old without a pension is not excluded; the plan sets no age limit',
    periodEnd: true,
    turns: [
      { user: '俺爹62了 养老金他没有 想学个电焊 能享受培训补贴不', expect: notNo('vocational_training') },
      { user: '岁数大了有没有年龄卡着', expect: unsettled },
    ],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v129d19',
    class: 'unknown_reply',
    probes: 'poor worker at a cooperative does not know the months of 以工代训; the accountant says 5: 1000',
    periodEnd: true,
    turns: [
      { user: '俺是见档立卡户 在合作社养牛干了10个月了 听说合作社能领以工代训补贴 能领多少', expect: ask },
      { user: '以工代训搞了几个月俺真不清楚 岗前补贴是没领过', expect: dunno },
      { user: '问了会计 以工代训是5个月', expect: pay(1000) },
    ],
  },
  {
    id: 'v129d20',
    class: 'unknown_reply',
    probes: 'disabled brother does not know whether the 快递公司 pays insurance; then it does: 1×200×2',
    periodEnd: true,
    turns: [
      { user: '俺弟有残疾证 在一个快递公司干 以工代训俩月 岗前补贴没领 公司能补多少', expect: ask },
      { user: '交没交sb这个他自己也不晓得', expect: dunno },
      { user: '刚查了 公司给他交着社保呢 妥妥的', expect: pay(400) },
    ],
  },
  {
    id: 'v129d21',
    class: 'unknown_reply',
    probes: 'whether the 岗前培训补贴 was claimed is "不知道" until HR answers: 1×200×3',
    periodEnd: true,
    turns: [
      { user: '俺媳妇零就业家庭 在参保的超市公司上班 以工代训3个月了 这个补贴能补多少', expect: ask },
      { user: '岗前培训补贴领没领过 她说不知道 得问人事', expect: dunno },
      { user: '人事回话了 没领过👍', expect: pay(600) },
    ],
  },
  {
    id: 'v129d22',
    class: 'unknown_reply',
    probes: '"好像评过啥贫困" and "建档立卡是啥俺也不懂" leave the group open; 村支书 confirms: 1200',
    periodEnd: true,
    turns: [
      { user: '俺家前几年好像评过啥贫困 在扶贫车间干了8个月 以工代训6个月 岗前补贴没领 车间能领多少', expect: ask },
      { user: '建档立卡是啥俺也不懂 家里没人跟俺说过', expect: dunno },
      { user: '村支书说了 俺家就是建档立卡户', expect: pay(1200) },
    ],
  },
  {
    id: 'v129d23',
    class: 'unknown_reply',
    probes: 'training subsidy: whether the school records in the system is unknown, so no verdict',
    periodEnd: true,
    turns: [
      {
        user: '我在常住地学了个中式面点师 证考下来了 今年头一回 能领培训补贴不',
        expect: { undecided: 'vocational_training', noAmount: 'unfixed', asks: true },
      },
      { user: '培训学校进没进那个系统 我哪知道啊', expect: { undecided: 'vocational_training', noAmount: 'unfixed' } },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v129d24',
    class: 'correction',
    probes: 'months of 以工代训 corrected 6 → 4: 800, not 1200',
    periodEnd: true,
    turns: [
      { user: '俺是贫困户 在纺织公司干了一年 以攻代训6个月 岗前补贴没领 能补多少', expect: pay(1200) },
      { user: '不对不对 以工代训是4个月 俺记岔了', expect: payNot(800, 1200) },
    ],
  },
  {
    id: 'v129d25',
    class: 'correction',
    probes: 'count corrected 3 → 2 (the eldest brother works elsewhere): 2000, not 3000',
    periodEnd: true,
    turns: [
      { user: '俺跟俺俩兄弟 仨人都是建档立卡的 在一个建材公司干了8个月 以工代训5个月 岗前补贴都没领 公司能补多少', expect: pay(3000) },
      { user: '说错了 俺大哥不在这个公司 就俺俩', expect: payNot(2000, 3000) },
    ],
  },
  {
    id: 'v129d26',
    class: 'correction',
    probes: 'group corrected 建档立卡 → 低保户 at a 扶贫车间: nothing any more, not 1200',
    periodEnd: true,
    turns: [
      { user: '俺妈建档立卡户 在扶贫车间干了7个月 以工代训6个月 岗前补贴没领 车间能领多少', expect: pay(1200) },
      { user: '哎呀弄错了 俺家其实是低保户 不是建档立卡', expect: notYes(1200) },
    ],
  },
  {
    id: 'v129d27',
    class: 'correction',
    probes: 'unit corrected 参保公司 → 合作社 for a disabled worker: nothing any more, not 600',
    periodEnd: true,
    turns: [
      { user: '俺有残疾证 在一个交社保的种植公司干 以工代训3个月 岗前补贴没领过 能补多少', expect: pay(600) },
      { user: '其实是合作社 不是公司 俺搞混了', expect: notYes(600) },
    ],
  },
  {
    id: 'v129d28',
    class: 'correction',
    probes: 'months employed of a poor worker corrected 8 → 5 (< 6): nothing, not 800',
    periodEnd: true,
    turns: [
      { user: '俺哥是贫苦户 在一家养殖公司干了8个月 以工代训4个月 岗前补贴没领 能补多少', expect: pay(800) },
      { user: '俺说错了 他是干了5个月 不是8个月', expect: notYes(800) },
    ],
  },
  {
    id: 'v129d29',
    class: 'correction',
    probes: 'studio equipment value corrected 40万 → 30万: 60 000, not 80 000',
    periodEnd: true,
    turns: [
      { user: '俺舅在厂里管技能大师工作室 用职工教育经费新买了40万的设备 人社跟财政都验收合格了 能补多少', expect: kit(80000) },
      { user: '说错了 设备其实是30万', expect: kit(60000, '80000', '8万') },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v129d30',
    class: 'topic_switch',
    probes: '以工代训 → 灵活就业社保补贴 (outside) → back with the wife added: 1200 + 600',
    periodEnd: true,
    turns: [
      { user: '俺是建档立卡的 在物业公司干了9个月 以工代训6个月 岗前补贴没领 公司能领多少', expect: pay(1200) },
      { user: '对了 那灵活就业的社保补贴俺能申不', expect: outside },
      {
        user: '回到刚才的 俺媳妇也是建档立卡 同一个公司干了7个月 以工代训3个月 岗前补贴也没领 俩人加一块多少',
        expect: pay(1800),
      },
    ],
  },
  {
    id: 'v129d31',
    class: 'topic_switch',
    probes: '以工代训 → 失业金 (outside) → training for the unemployed husband (三(二))',
    periodEnd: true,
    turns: [
      { user: '俺表姐零就业家庭 在交社保的酒店管理公司 以工代训两个月 岗前补贴没领过 能补多少', expect: pay(400) },
      { user: '她老公刚失业 失业金咋领 一个月多少', expect: outside },
      { user: '那他失业了想学个技术 有培训没', expect: { cites: ['三(二)', '七(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v129d32',
    class: 'topic_switch',
    probes: 'graduate training → entrepreneurship training (三(八)) → its amount, which the plan does not fix',
    periodEnd: true,
    turns: [
      { user: '俺闺女大专毕业一年了还没找着活 想学个电商 有补贴培训没', expect: { cites: ['三(二)', '七(二)', '五(一)'], noAmount: 'unfixed' } },
      { user: '她又说想自己开网店 创业培训能去不', expect: notNo('entrepreneurship_training', '三(八)') },
      { user: '创业培训是免费的不 一个人补多少', expect: unsettled },
    ],
  },
  {
    id: 'v129d33',
    class: 'topic_switch',
    probes: '以工代训 with months open → weather (outside) → the months: 1200',
    periodEnd: true,
    turns: [
      { user: '俺弟是建档立卡户在扶贫车间干活 干了8个月', expect: ask },
      { user: '郑州明天下雨不 俺要去车间拉货', expect: outside },
      { user: '以工代训他搞了6个月 岗前补贴没领过 车间能拿多少', expect: pay(1200) },
    ],
  },
  {
    id: 'v129d34',
    class: 'topic_switch',
    probes: 'base equipment not yet accepted → own certificate → acceptance done: 20 % × 200万 = 400 000',
    periodEnd: true,
    turns: [
      {
        user: '俺在厂里当师傅 厂里高技能人才培训基地用职工教育经费买了200万设备 验收还没弄 能补多少',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['400000', '40万'] },
      },
      { user: '算了不说厂里 俺自己去考个高级电工证 能领补贴不', expect: notNo('vocational_training', '七(二)') },
      { user: '厂里那个验收上周过了 人社和财政验收都合格', expect: kit(400000) },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v129d35',
    class: 'person_training',
    probes: 'a pensioner father is outside the training subsidy (六(一)); the mother without a pension is not excluded',
    periodEnd: true,
    turns: [
      { user: '俺爸退休了每个月领养老金 闲着没事想学个养老护理员 能领培训bt不', expect: { ...notOk('vocational_training'), says: [/养老金/] } },
      { user: '那俺妈没有养老金 在老家常住 想学家政 中不中', expect: notNo('vocational_training') },
    ],
  },
  {
    id: 'v129d36',
    class: 'person_training',
    probes: 'three subsidies already this year: no fourth (七(二) 每人每年不超过3次)',
    periodEnd: true,
    turns: [
      { user: '今年俺已经领了3回培训补贴了 又考了个叉车证 还能领不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [THREE] } },
      { user: '那明年还能领几回', expect: { says: [THREE], cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v129d37',
    class: 'person_training',
    probes: 'same occupation and level again: not twice; a higher level is not excluded by that',
    periodEnd: true,
    turns: [
      { user: '去年在户籍地学了电工初级 领过补贴 今年又报了个电工初级 还给补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/重复/] } },
      { user: '那俺考电工中级呢', expect: notNo('vocational_training') },
    ],
  },
  {
    id: 'v129d38',
    class: 'person_training',
    probes: 'trained in 洛阳, neither 户籍地 (登封) nor where he lives and works (郑州): no subsidy',
    periodEnd: true,
    turns: [
      { user: '俺户口在登封 在郑州上班 跑去洛阳学了个月嫂 证也拿了 补贴能给不', expect: { ...notOk('vocational_training'), says: [/户籍地|常住地|求职就业地/] } },
      { user: '要是在郑州学呢 咋申请', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v129d39',
    class: 'person_training',
    probes: 'poor labour: the training is free (三(三)); 生活费 is not fixed',
    periodEnd: true,
    turns: [
      { user: '俺是建档立卡贫困户 想学个挖掘机 培训要钱不', expect: { cites: ['三(三)'], says: [/免费/], noAmount: 'unfixed' } },
      { user: '免费的话还管吃住不 有生活费没', expect: unsettled },
    ],
  },
  {
    id: 'v129d40',
    class: 'person_training',
    probes: 'a new occupation follows the priority standard (七(二)), whose figure the plan does not give',
    periodEnd: true,
    turns: [
      { user: '俺想学那个无人机驾驶员 听说是国家新公布的职业 能有补贴不', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
      { user: '按优先支持类补 那具体一个人补多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v129d41',
    class: 'person_training',
    probes: '建档立卡 family, son at a 技校: 助学金 / 免学费 and the family aid; no figure fixed',
    periodEnd: true,
    turns: [
      { user: '俺家建档立卡 俺儿子在技校读书 有啥补助', expect: { cites: ['三(三)', '三(十四)'], says: [/助学金|免学费/], noAmount: 'unfixed' } },
      { user: '助学金一年给多少钱', expect: unsettled },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v129d42',
    class: 'entrepreneurship',
    probes: 'a restaurant open 6 years is past the 5-year line; the wish to open a second one qualifies',
    periodEnd: true,
    turns: [
      { user: '俺开了个小饭店6年了 想参加创业培训 中不中', expect: { says: [/5\s*年|五年/], noAmount: 'unfixed' } },
      { user: '其实俺心里还琢磨着再整个分店 这个算不算有创业的想法', expect: notNo('entrepreneurship_training', '三(八)') },
    ],
  },
  {
    id: 'v129d43',
    class: 'entrepreneurship',
    probes: 'a college student may take 创业意识培训 (三(八)); no subsidy amount fixed',
    periodEnd: true,
    turns: [
      { user: '俺是郑州一个大学的大二学生 能参加创业培训吗 要钱不', expect: notNo('entrepreneurship_training', '三(八)') },
      { user: '培训完给发创业补贴不 多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v129d44',
    class: 'entrepreneurship',
    probes: 'a nail salon open 2 years: 开业5年以内的小微企业主; travel costs not fixed',
    periodEnd: true,
    turns: [
      { user: '俺媳妇开个美甲店两年了 算小微企业主不 能去创业培训不', expect: notNo('entrepreneurship_training', '三(八)') },
      { user: '去培训那几天给不给报销路费', expect: unsettled },
    ],
  },
  {
    id: 'v129d45',
    class: 'entrepreneurship',
    probes: 'a brother in prison: 服刑人员 get 职业技能、创业培训 (三(十三)); later 三(八)',
    periodEnd: true,
    turns: [
      { user: '俺哥在里面服刑 出来想创业 里面有没有创业培训', expect: { cites: ['三(十三)'], noAmount: 'unfixed' } },
      { user: '出来以后再参加创业培训还要啥条件', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v129d46',
    class: 'entrepreneurship',
    probes: 'a fresh 职业学院 graduate may take 创业意识培训; loan interest subsidy is another policy',
    periodEnd: true,
    turns: [
      { user: '俺是职业学院刚毕业的 还没想好干啥 创业培训让俺去不', expect: notNo('entrepreneurship_training', '三(八)') },
      { user: '去了创业培训以后 贷款有没有贴息', expect: outside },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v129d47',
    class: 'equipment',
    probes: 'base 300万 from the education fund, accepted: 600 000 capped to 500 000; paid to the company',
    periodEnd: true,
    turns: [
      {
        user: '俺爸的公司建了个高技能人才培训基地 从职工教育经费里买了300万的实训设备 人社局和财政局都验收合格了 能补多少钱',
        expect: kit(500000, '600000', '60万'),
      },
      { user: '那钱是补给公司还是补给俺爸个人', expect: { says: [/企业|公司/] } },
    ],
  },
  {
    id: 'v129d48',
    class: 'equipment',
    probes: 'studio equipment bought from own funds, not the 职工教育经费: nothing; the rate is 20 %',
    periodEnd: true,
    turns: [
      {
        user: '俺师傅的技能大师工作室 用公司自有资金买的设备 20万 验收过了 能补不',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['40000', '4万'] },
      },
      { user: '要是从职工教育经费出的呢 能补几成', expect: { says: [/20\s*[%％]|百分之二十|两成|二成/], cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v129d49',
    class: 'equipment',
    probes: 'studio 45万: acceptance open, then "说不上来", then accepted: 90 000',
    periodEnd: true,
    turns: [
      { user: '俺姐夫厂里的技能大师工作室 拿职工教育经费买了45万设备 能给多少补贴', expect: kitOpen('90000', '9万') },
      { user: '验收过没过他也说不上来', expect: { undecided: 'equipment_subsidy', mustNotContain: ['90000', '9万'] } },
      { user: '问清楚了 人社和财政验收都合格了', expect: kit(90000) },
    ],
  },
  {
    id: 'v129d50',
    class: 'equipment',
    probes: 'two studios, each its own cap: 100 000 + 60 000 = 160 000, not 180 000; one-off',
    periodEnd: true,
    turns: [
      {
        user: '俺在的公司有俩技能大师工作室 一个用职工教育经费买了60万设备 另一个买了30万 也是职工教育经费 人社财政都验收合格了 总共能补多少',
        expect: kit(160000, '180000', '18万'),
      },
      { user: '这补贴是一次性的还是每年都给', expect: { says: [/一次性/] } },
    ],
  },
  {
    id: 'v129d51',
    class: 'equipment',
    probes: 'base 150万 accepted: 300 000; whom to ask',
    periodEnd: true,
    turns: [
      { user: '俺们厂高技能人才培训基地 职工教育经费买了150万的数控设备 人社财政验收都过了 能补多少', expect: kit(300000) },
      { user: '找谁申请啊 俺帮厂长问的', expect: contact },
    ],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v129d52',
    class: 'education_fund',
    probes: 'payroll 500万, fund 30万: deductible 300 000 (under the 8 % line), not cash',
    periodEnd: true,
    turns: [
      { user: '俺媳妇在公司做会计 公司一年工资总额500万 职工教育经费提了30万 能税前扣多少', expect: deduct(300000) },
      { user: '这30万能领现钱不', expect: { says: [/税前/] } },
    ],
  },
  {
    id: 'v129d53',
    class: 'education_fund',
    probes: 'payroll 800万, fund 100万: capped at 8 % = 640 000',
    periodEnd: true,
    turns: [
      { user: '俺在厂里管账 工资薪金总额800万 教育经费提了100万 税前扣除最多多少', expect: deduct(640000) },
      { user: '这个8%是哪个文件规定的', expect: { cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v129d54',
    class: 'education_fund',
    probes: 'front-line share 20/50 = 40 % < 60 %; then payroll 400万: 320 000',
    periodEnd: true,
    turns: [
      { user: '俺们公司职工教育经费一年50万 用在一线工人身上的也就20万 这样行不', expect: { says: [/60\s*[%％]|百分之六十|六成/], cites: ['六(二)'] } },
      { user: '工资总额是400万 能扣多少', expect: deduct(320000) },
    ],
  },
  {
    id: 'v129d55',
    class: 'education_fund',
    probes: 'payroll open, then "不清楚", then 200万: min(20万, 16万) = 160 000, not 200 000',
    periodEnd: true,
    turns: [
      { user: '俺闺女公司提了职工教育经费20万 税前能扣多少啊', expect: { asks: true, noAmount: 'open', undecided: 'education_fund_deduction' } },
      { user: '工资总额多少她不清楚 她不管这块', expect: { noAmount: 'open', undecided: 'education_fund_deduction' } },
      { user: '财务说工资总额是200万', expect: deduct(160000, '200000') },
    ],
  },
  {
    id: 'v129d56',
    class: 'education_fund',
    probes: '师带徒津贴 may come from the 职工教育经费 (六(二)); no amount fixed',
    periodEnd: true,
    turns: [
      { user: '俺是厂里的老师傅 带了俩徒弟 师带徒的津贴能从职工教育经费里出不', expect: { cites: ['六(二)'], noAmount: 'unfixed' } },
      { user: '一个徒弟一个月给师傅补多少', expect: unsettled },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v129d57',
    class: 'apprenticeship',
    probes: 'son a 企业新型学徒: "按照相关规定给予资金补贴", no amount, no recipient fixed',
    periodEnd: true,
    turns: [
      { user: '俺儿子在公司当新型学徒 学徒有补贴不 一年多少', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '补贴是给他个人还是给公司', expect: { cites: ['四(一)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v129d58',
    class: 'apprenticeship',
    probes: '8 apprentices: no per-head figure to multiply; whom to ask',
    periodEnd: true,
    turns: [
      { user: '俺侄子他们公司今年招了8个企业新型学徒 公司能拿多少学徒补贴', expect: unsettled },
      { user: '学徒补贴去哪问 rs局吗', expect: contact },
    ],
  },
  {
    id: 'v129d59',
    class: 'apprenticeship',
    probes: '现代学徒制 at a 职业学院: no monthly figure; the three-year target is 2万 apprentices',
    periodEnd: true,
    turns: [
      { user: '俺闺女在职业学院读现代学徒制 是不是有补贴 一个月多少', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '三年要培养多少学徒来着', expect: { says: [/2\s*万|两万|20000/], cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v129d60',
    class: 'apprenticeship',
    probes: 'whether apprentice subsidy and 以工代训 combine is not settled; the 以工代训 facts then give 1200',
    periodEnd: true,
    turns: [
      { user: '俺是贫困户 在公司当学徒 学徒补贴跟以工代训能一块拿不', expect: unsettled },
      { user: '进公司7个月了 以工代训6个月 岗前补贴没领', expect: pay(1200) },
    ],
  },
  {
    id: 'v129d61',
    class: 'apprenticeship',
    probes: 'how many years an apprentice is subsidised, and what 新型学徒 vs 现代学徒制 means: not in the plan',
    periodEnd: true,
    turns: [
      { user: '俺是厂里带学徒的 企业新型学徒补贴最多给几年啊', expect: unsettled },
      { user: '那新型学徒跟现代学徒制有啥区别', expect: unsettled },
    ],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v129d62',
    class: 'period',
    probes: '以工代训 of 2020 claimed today (2026): the plan ended 2021-12-31; whom to ask',
    periodEnd: true,
    turns: [
      { user: '俺2020年在扶贫车间干活 那时候以工代训的补贴 现在还能补申请不', expect: ended },
      { user: '那现在有没有新的政策 俺该找谁问', expect: contact },
    ],
  },
  {
    id: 'v129d63',
    class: 'period',
    probes: 'a cook course this year: the plan has ended; where to ask',
    periodEnd: true,
    turns: [
      { user: '这个技能提升行动现在还有效不 俺想今年去学个厨师', expect: ended },
      { user: '那今年还有类似补贴吗 上哪问', expect: contact },
    ],
  },
  {
    id: 'v129d64',
    class: 'period',
    probes: 'a veteran trained in December 2019 asks in 2026 about a subsidy not received',
    periodEnd: true,
    turns: [
      { user: '俺是退伍军人 2019年12月份参加的培训 当时补贴没领到 现在咋整', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
      { user: '那俺打12333问问中不中', expect: contact },
    ],
  },
  {
    id: 'v129d65',
    class: 'period',
    probes: 'when the plan ran; the payment date is not fixed',
    periodEnd: true,
    turns: [
      { user: '啥时候开始啥时候结束的这个方案', expect: ended },
      { user: '那补贴啥时候发到卡上', expect: unsettled },
    ],
  },
  {
    id: 'v129d66',
    class: 'period',
    probes: 'disabled worker in an insured company in 2021: 1×200×6 = 1200 then; too late now',
    periodEnd: true,
    turns: [
      { user: '2021年俺在参保的公司上班嘛俺是残疾人那会以工代训搞了6个月岗前补贴没领过公司当时能领多少', expect: pay(1200) },
      { user: '现在补交材料还来得及不', expect: ended },
    ],
  },
];
