/**
 * HELD-OUT dialogues, set v33 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no message is reused or
 * paraphrased from earlier sets. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: a printing company's office clerk (印刷厂), the head of a mushroom-growing
 * 扶贫车间 (香菇 / 菇棚), a hotel chain's training manager (连锁酒店), a young electrician who wants
 * a certificate (电工证), a 建档立卡 mother of two, a steel worker moved out by 去产能分流, a
 * cross-border e-commerce start-up (跨境电商), a 技师学院 that prepares students for competitions
 * (备赛), a company with one 高技能人才培训基地 and two 技能大师工作室, and a son who types for
 * his elderly father — many typos, no punctuation at all. WeChat on a phone: dialect (俺 / 咋 /
 * 木 / 中 / 啥 / 恁), homophones, odd spacing, full-width digits, Chinese numerals.
 *
 * Amounts said in unusual forms: 一百二十万, 1.2百万 (= 1 200 000), 120w, 壹佰万, 壹佰贰拾万.
 * Several people answer 不知道 / 不清楚 and never give the fact: those turns carry no figure and
 * no verdict. Several conversations move from one subsidy to another and back. Dated questions:
 * 2019年底, 2020年, 2021年12月, 今年 (the plan ran 2019-12-02 … 2021-12-31 and has ended).
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 already
 * claimed or not, the kind of unit, insurance where the rule needs it, months employed for poor
 * labour, acceptance and fund source of equipment, payroll and fund drawn) must be asked, so an
 * amount is expected only once every such fact has been said.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业 / 合作社 / 扶贫车间, not a 职业院校);
 *   就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise; rows with the
 *   岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted; each studio is its own site.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [dunno-kept] (不知道 and the fact never given).
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is still missing: a question, no figure, no 不符合. */
const needOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The person cannot give a 以工代训 fact: no figure, no verdict either way. */
const openOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const ojt = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, the misreading's figures absent. */
const ojtNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const ojtNo = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible for 以工代训 (ineligible or still asking), the misreading's figure absent. */
const ojtNotYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const gear = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, the misreading's figure absent. */
const gearNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const needGear: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** The person cannot give an equipment fact. */
const openGear: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const gearNo = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const taxDeduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** An education-fund fact is missing or unknown. */
const openFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const unfixed = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const notSettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const outside: TurnExpect = { answered: false, noAmount: 'unfixed' };

export const DIALOGUES_V33: Dialogue[] = [
  // ---------------------------------------------------------------- one group
  {
    id: 'v33d01',
    class: 'one_group',
    probes: 'a 扶贫车间 with poor labour, every fact in one run-on message: 5 × 200 × 4',
    periodEnd: true,
    turns: [{ user: '俺们是个种香菇的扶贫车间 收了5个建档立卡贫困户 都干了八个多月了 以工代训搞了四个月 岗前补贴木领过 能给多少', expect: ojt(4000) }],
  },
  {
    id: 'v33d02',
    class: 'one_group',
    probes: 'a printing company gives the facts over three turns; asks until 岗前 is said',
    periodEnd: true,
    turns: [
      { user: '印刷厂哩 想问问以工代训补贴 俺们招了仨就业困难人员', expect: needOJT },
      { user: '社保一直交着呢 以工代训弄了5个月', expect: needOJT },
      { user: '岗前培训补贴 没申请过', expect: ojt(3000) },
    ],
  },
  {
    id: 'v33d03',
    class: 'one_group',
    probes: 'the son types for his father, no punctuation, typos (养直 补帖): a cooperative, 2 × 200 × 6',
    periodEnd: true,
    turns: [{ user: '俺爹开了个养直合作社招了俩贫困户干了快一年了以工代训搞了半年岗前那个补帖没要过他问能给多少钱', expect: ojt(2400) }],
  },
  {
    id: 'v33d04',
    class: 'one_group',
    probes: 'the son again, facts trickle in; 岗前 first 不知道 then found out: 6 × 200 × 3',
    periodEnd: true,
    turns: [
      { user: '俺爹在村里弄了个扶贫车间做蘑菇棒招了些贫困户问有补贴木', expect: needOJT },
      { user: '6个人都干了八个月了', expect: needOJT },
      { user: '以工代训他说搞了三个月岗前补贴不知道领没领', expect: openOJT },
      { user: '问了村会计了没领', expect: ojt(3600) },
    ],
  },
  {
    id: 'v33d05',
    class: 'one_group',
    probes: '[contact] who handles 以工代训 — a unit named, the clause cited',
    turns: [{ user: '以工代训补贴这事儿 归哪个部门管 俺该找谁', expect: { cites: ['六(一)'], says: [/人社|财政|12333/] } }],
  },
  {
    id: 'v33d06',
    class: 'one_group',
    probes: '[two-part] the monthly rate and the longest period, both answered',
    turns: [{ user: '俺问俩事：以工代训每人每月给几个钱 顶多能补几个月', expect: { cites: ['六(一)'], says: [/200/, /6\s*个月/] } }],
  },
  {
    id: 'v33d07',
    class: 'one_group',
    probes: 'a laid-off steel worker asks about an employer subsidy for hiring him; facts of the employer open',
    turns: [{ user: '俺是钢厂去产能分流出来的 社区给认定成就业困难人员了 俺要是进个厂 厂里能因为招俺拿补贴不', expect: { noAmount: 'open', cites: ['六(一)'] } }],
  },
  {
    id: 'v33d08',
    class: 'one_group',
    probes: 'a hotel chain asks for the 50 % advance of a project training: 400 000 × 50 %',
    periodEnd: true,
    turns: [{ user: '俺们连锁酒店集团搞项目制培训 批下来的培训补贴一共四十万 能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 200000 } } }],
  },

  // ---------------------------------------------------------------- several groups
  {
    id: 'v33d09',
    class: 'several_groups',
    probes: 'two groups with their own months: poor 2 × 3 months, zero-employment 4 × 6 months',
    periodEnd: true,
    turns: [
      {
        user: '俺们印刷公司 参保的 吸纳了2个建档立卡贫困劳动力 干了7个月 以工代训3个月；还有4个零就业家庭的 以工代训6个月 这些人岗前培训补贴都没领',
        expect: ojtNot(6000, 7200, 3600),
      },
    ],
  },
  {
    id: 'v33d10',
    class: 'several_groups',
    probes: 'a 扶贫车间 is not an insured enterprise: its disabled hires do not count, only the poor row',
    periodEnd: true,
    turns: [{ user: '菇棚扶贫车间 贫困户6个 干满一年了 以工代训6个月；另外还有3个残疾人 以工代训4个月 岗前补贴都木领', expect: ojtNot(7200, 9600) }],
  },
  {
    id: 'v33d11',
    class: 'several_groups',
    probes: 'hotel: the poor pair employed only 5 months drops out, the 8 difficulty hires count once 岗前 is said',
    periodEnd: true,
    turns: [
      { user: '俺是连锁酒店的培训经理 公司交社保 招了就业困难人员8个 还有建档立卡的2个', expect: needOJT },
      { user: '困难人员那8个以工代训2个月 贫困户那俩才干了5个月 以工代训也是5个月', expect: needOJT },
      { user: '岗前补贴 这十个人都没领', expect: ojtNot(3200, 5200) },
    ],
  },
  {
    id: 'v33d12',
    class: 'several_groups',
    probes: 'cross-border e-commerce: 1 zero-employment × 3 months and 2 difficulty × 6 months',
    periodEnd: true,
    turns: [
      {
        user: '做跨境电商的公司 刚成立两年 社保交着 招了1个零就业家庭的姑娘、2个就业困难的小伙 以工代训分别是3个月和6个月 岗前培训补贴都没拿',
        expect: ojtNot(3000, 3600, 1800),
      },
    ],
  },
  {
    id: 'v33d13',
    class: 'several_groups',
    probes: 'a second batch is added in a later message, the first kept: 3 × 6 + 2 × 2',
    periodEnd: true,
    turns: [
      { user: '香菇扶贫车间 贫困户3个 都上班十个月了 以工代训6个月 岗前补贴没领', expect: ojt(3600) },
      { user: '还有一拨 也是贫困户 2个 干了半年整 以工代训俩月 岗前也没领', expect: ojt(4400) },
    ],
  },

  // ---------------------------------------------------------------- negation after the noun
  {
    id: 'v33d14',
    class: 'negation_after_noun',
    probes: '岗前 negated far after the noun, insurance said after the hires: 4 × 200 × 3',
    periodEnd: true,
    turns: [{ user: '岗前技能培训补贴 那几个人的 俺们是一分也没领 社保也都交了 招的是4个就业困难人员 印刷车间 以工代训三个月 俺们是企业', expect: ojt(2400) }],
  },
  {
    id: 'v33d15',
    class: 'negation_after_noun',
    probes: '社保 … 一直木交: an uninsured enterprise gets nothing for difficulty hires',
    periodEnd: true,
    turns: [{ user: '社保这块 俺们公司 一直木交 招了3个就业困难人员 以工代训4个月 岗前补贴没领', expect: ojtNo(2400) }],
  },
  {
    id: 'v33d16',
    class: 'negation_after_noun',
    probes: 'the son: 岗前 … 他说领过了 (claimed) — no 以工代训',
    periodEnd: true,
    turns: [{ user: '俺爹那个蘑菇大棚是合作社的招了3个贫困户干了9个月以工代训5个月岗前补贴他说早就领过了', expect: ojtNo(3000) }],
  },
  {
    id: 'v33d17',
    class: 'negation_after_noun',
    probes: '岗前 … 从来没报过: negated, paid 2 × 200 × 6',
    periodEnd: true,
    turns: [{ user: '岗前培训那个补贴 俺们车间从来没报过 贫困户2个 上班10个月 以工代训6个月 俺们是扶贫车间', expect: ojt(2400) }],
  },
  {
    id: 'v33d18',
    class: 'negation_after_noun',
    probes: '岗前 … 这俩人 领过: affirmed after the noun, no 以工代训',
    periodEnd: true,
    turns: [{ user: '俺们印刷厂 参保企业 零就业家庭成员招了2个 以工代训4个月 岗前技能培训补贴 这俩人 领过', expect: ojtNo(1600) }],
  },

  // ---------------------------------------------------------------- 不知道
  {
    id: 'v33d19',
    class: 'unknown_reply',
    probes: '[dunno-kept] insurance unknown, twice, never given: no figure, no verdict',
    periodEnd: true,
    turns: [
      { user: '印刷厂 招了5个就业困难人员 以工代训4个月 岗前补贴没领 能补多少', expect: needOJT },
      { user: '社保交没交 俺是新来的 不知道', expect: openOJT },
      { user: '真不清楚 你先说说按规定得满足啥条件吧', expect: { ...openOJT, cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v33d20',
    class: 'unknown_reply',
    probes: '[dunno-kept] months employed of the poor hires unknown: the ≥ 6 months condition stays open',
    periodEnd: true,
    turns: [
      { user: '食用菌扶贫车间 吸纳贫困户4人 以工代训6个月 岗前补贴木领', expect: needOJT },
      { user: '他们来了多长时间了 这个俺不知道 得问会计', expect: openOJT },
    ],
  },
  {
    id: 'v33d21',
    class: 'unknown_reply',
    probes: '[dunno-kept] a 建档立卡 mother does not know which kind of school her daughter attends',
    periodEnd: true,
    turns: [
      { user: '俺家是建档立卡户 俩孩子 二妞在外地上学 家里能有啥补助不', expect: { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } } },
      { user: '啥学校 俺也说不清 不知道算不算职业院校', expect: { noAmount: 'unfixed', undecided: 'poor_family_child_aid' } },
    ],
  },
  {
    id: 'v33d22',
    class: 'unknown_reply',
    probes: '[dunno-kept] the son does not know whether his father draws a monthly pension',
    periodEnd: true,
    turns: [{ user: '俺爹想去学个厨师问能不能享受培训补贴他有没有按月领的养老金俺也不知道他户口就在本地', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } }],
  },
  {
    id: 'v33d23',
    class: 'unknown_reply',
    probes: '[dunno-kept] a master studio\'s acceptance unknown: no figure, no verdict',
    periodEnd: true,
    turns: [
      { user: '公司建了个技能大师工作室 新买实训设备 五十万 用的职工教育经费', expect: needGear },
      { user: '验收的事 俺不知道 你就直说能给多少', expect: openGear },
    ],
  },
  {
    id: 'v33d24',
    class: 'unknown_reply',
    probes: '[dunno-kept] payroll unknown: no deduction figure',
    turns: [
      { user: '职工教育经费提了6万 能全部税前扣掉不', expect: openFund },
      { user: '工资总额多少 俺不知道 财务没跟俺说', expect: openFund },
    ],
  },
  {
    id: 'v33d25',
    class: 'unknown_reply',
    probes: '[dunno-kept] base and two studios bought for 两百万 together, the split unknown',
    periodEnd: true,
    turns: [
      { user: '俺们一个培训基地加两个大师工作室 设备一共花了两百万 能补多少', expect: needGear },
      { user: '各花了多少 俺也不清楚 账上是一块儿记的', expect: openGear },
    ],
  },

  // ---------------------------------------------------------------- corrections
  {
    id: 'v33d26',
    class: 'correction',
    probes: 'the count corrected: 3 → 2 difficulty hires',
    periodEnd: true,
    turns: [
      { user: '印刷公司 参保 招了3个就业困难的 以工代训6个月 岗前补贴没领', expect: ojt(3600) },
      { user: '不对不对 是2个 不是3个', expect: ojtNot(2400, 3600) },
    ],
  },
  {
    id: 'v33d27',
    class: 'correction',
    probes: 'months of 以工代训 corrected: 4 → 6',
    periodEnd: true,
    turns: [
      { user: '蘑菇扶贫车间 贫困户5个 都干了七个月 以工代训4个月 岗前补贴木有领', expect: ojt(4000) },
      { user: '说错了 以工代训是6个月 不是4个', expect: ojtNot(6000, 4000) },
    ],
  },
  {
    id: 'v33d28',
    class: 'correction',
    probes: 'insurance withdrawn after an amount: zero-employment hires no longer count',
    periodEnd: true,
    turns: [
      { user: '酒店 交社保 招了2个零就业家庭的 以工代训3个月 岗前补贴没领', expect: ojt(1200) },
      { user: '哎不对 俺们酒店社保其实没交', expect: ojtNo(1200) },
    ],
  },
  {
    id: 'v33d29',
    class: 'correction',
    probes: 'site kind corrected (工作室 → 基地) on 一百二十万: 100 000 → 240 000',
    periodEnd: true,
    turns: [
      { user: '俺们厂建的是技能大师工作室 新买设备一百二十万 职工教育经费出的 人社财政验收过了', expect: gear(100000) },
      { user: '打岔了 是高技能人才培训基地 不是工作室', expect: gear(240000) },
    ],
  },
  {
    id: 'v33d30',
    class: 'correction',
    probes: 'two studios, then one of them is corrected to the base: 160 000 → 200 000',
    periodEnd: true,
    turns: [
      { user: '俺们公司两个大师工作室 一个买设备30万 一个70万 都是教育经费买的 验收了', expect: gear(160000) },
      { user: '不对 那个70万的是培训基地 不是工作室', expect: gearNot(200000, 160000) },
    ],
  },
  {
    id: 'v33d31',
    class: 'correction',
    probes: 'a steel worker corrects where he trained: 户籍地 → 外省, no training subsidy',
    periodEnd: true,
    turns: [
      { user: '俺去产能下来的 在户籍地学了个叉车 证拿到了 想领培训补贴', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '哦说错了 不是在户籍地 是在外省学的 俺也不在那儿住', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v33d32',
    class: 'correction',
    probes: 'the mother corrects her son\'s school: 职业高中 → 普通高中, no family aid',
    periodEnd: true,
    turns: [
      { user: '俺家建档立卡 大小子在职业院校念书 家里能补点不', expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'] } },
      { user: '不对 俺弄错了 他上的是普通高中', expect: { noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'eligible' } } },
    ],
  },

  // ---------------------------------------------------------------- topic switches
  {
    id: 'v33d33',
    class: 'topic_switch',
    probes: '以工代训 → education fund (120w / 12万) → back to 以工代训 with a second row',
    periodEnd: true,
    turns: [
      { user: '印刷公司 交社保 招了2个就业困难人员 以工代训5个月 岗前补贴没领', expect: ojt(2000) },
      { user: '对了 职工教育经费 税前能扣多少 工资总额120w 经费提了12万', expect: taxDeduct(96000) },
      { user: '再说回以工代训 要是再加1个零就业家庭的 以工代训2个月 岗前也没领 一共多少', expect: ojt(2400) },
    ],
  },
  {
    id: 'v33d34',
    class: 'topic_switch',
    probes: 'base 1.2百万 and two studios 80万 each → apprenticeship → back to equipment, base not accepted',
    periodEnd: true,
    turns: [
      { user: '俺们公司 建了个高技能人才培训基地 还有两个技能大师工作室 设备补贴咋算', expect: needGear },
      { user: '基地买设备花了1.2百万 两个工作室各买了80万的 都是职工教育经费 都验收了', expect: gearNot(440000, 340000) },
      { user: '另外 俺们也带企业新型学徒 一年十几个 学徒补贴一个人给多少', expect: unfixed(['四(一)']) },
      { user: '回到设备那个 要是基地那边其实还没验收呢', expect: gear(200000) },
    ],
  },
  {
    id: 'v33d35',
    class: 'topic_switch',
    probes: 'apprenticeship → education fund (壹佰万 / 五万) → 师带徒 out of the fund',
    periodEnd: true,
    turns: [
      { user: '连锁酒店 想搞企业新型学徒 有补贴没', expect: unfixed(['四(一)']) },
      { user: '那职工教育经费呢 工资总额一年壹佰万 教育经费提了五万', expect: taxDeduct(50000) },
      { user: '学徒那块 师带徒的津贴 能从教育经费里出不', expect: { noAmount: 'unfixed', cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v33d36',
    class: 'topic_switch',
    probes: 'entrepreneurship training → 以工代训 → back to entrepreneurship, no 以工代训 figure leaking',
    periodEnd: true,
    turns: [
      { user: '俺做跨境电商 公司开了三年 小微企业 俺想上个创业培训 中不中', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '再问下 俺们招了个零就业家庭的 以工代训4个月 公司交社保 岗前补贴没领过', expect: ojt(800) },
      { user: '创业培训那个 给不给钱 一个人补多少', expect: { noAmount: 'unfixed', cites: ['三(八)'], mustNotContain: ['800'] } },
    ],
  },
  {
    id: 'v33d37',
    class: 'topic_switch',
    probes: 'steel worker: free training → subsidies per year → 生活费 (not settled)',
    periodEnd: true,
    turns: [
      { user: '俺是钢厂去产能分流下来的 想学个电焊 有没有项目制培训啥的', expect: { noAmount: 'unfixed', cites: ['六(一)', '七(二)'] } },
      { user: '要是学完拿了证 培训补贴一年能领几回', expect: { cites: ['七(二)'], says: [/3\s*次|三次/] } },
      { user: '那培训那阵子 生活费补贴一个月给多少', expect: notSettled },
    ],
  },
  {
    id: 'v33d38',
    class: 'topic_switch',
    probes: 'education fund share → a printing press that is no base → back to the fund (三百万 / 三十万)',
    turns: [
      { user: '印刷厂 职工教育经费 一线职工得占多少才算合规', expect: { cites: ['六(二)'], says: [/60\s*%/] } },
      { user: '换个事 设备补贴 俺们没建基地也没工作室 就是车间买了台新印刷机 八十万 能补不', expect: gearNo(160000, /16\s*万/) },
      { user: '那回到教育经费 工资总额三百万 提了三十万 能扣多少', expect: taxDeduct(240000) },
    ],
  },
  {
    id: 'v33d39',
    class: 'topic_switch',
    probes: '技师学院: competition training award → amount (unfixed) → a student\'s prize',
    periodEnd: true,
    turns: [
      { user: '俺们是技师学院 学生搞世赛备赛集训 市里有奖补没', expect: unfixed(['三(十五)']) },
      { user: '给多少钱 一个项目能有个十来万不', expect: { noAmount: 'unfixed', mustNotContain: [/补.{0,6}十来万|能有十来万/] } },
      { user: '学生拿了省赛一等奖 个人有奖励不', expect: unfixed(['五(三)']) },
    ],
  },
  {
    id: 'v33d40',
    class: 'topic_switch',
    probes: '技师学院: aid for admitting poor students → its canteen\'s poor hires (a school is no production entity)',
    periodEnd: true,
    turns: [
      { user: '技师学院 招了不少建档立卡贫困户家庭的学生 学校能拿补助不', expect: unfixed(['三(十四)']) },
      { user: '还有 学院食堂招了2个贫困户 干了8个月 以工代训6个月 岗前没领 能领以工代训不', expect: ojtNotYes(2400) },
    ],
  },

  // ---------------------------------------------------------------- person training
  {
    id: 'v33d41',
    class: 'person_training',
    probes: 'a young electrician working in Zhengzhou, certificate not yet obtained; the yearly limit',
    periodEnd: true,
    turns: [
      { user: '俺21 想考电工证 在郑州打工 户口在周口 能报补贴培训不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '证还没考呢 就是想先问问', expect: { noAmount: 'unfixed', cites: ['七(二)'] } },
      { user: '拿了证以后 一年里头最多能享受几回补贴', expect: { cites: ['七(二)'], says: [/3\s*次|三次/] } },
    ],
  },
  {
    id: 'v33d42',
    class: 'person_training',
    probes: '[dated] 今年: same occupation and level as a subsidised training before — no second subsidy',
    periodEnd: true,
    turns: [{ user: '电工 初级 去年补过一回了 今年还想再考个初级电工 还能补不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'], mentionsPeriodEnd: true } }],
  },
  {
    id: 'v33d43',
    class: 'person_training',
    probes: 'the son: father draws a monthly pension — not in the subsidised group',
    periodEnd: true,
    turns: [{ user: '俺爹六十八了每个月都领退休金想学个面点师能不能享受培训补帖', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)', '七(二)'] } }],
  },
  {
    id: 'v33d44',
    class: 'person_training',
    probes: 'a 建档立卡 mother asks about free training for herself',
    periodEnd: true,
    turns: [{ user: '俺是建档立卡户 俩娃都上学 俺想学个育婴员 不要钱吧', expect: { noAmount: 'unfixed', cites: ['三(三)'], notVerdict: { rule: 'free_training_poor', status: 'ineligible' } } }],
  },
  {
    id: 'v33d45',
    class: 'person_training',
    probes: '[dated] 今年: every training condition said; eligible by the text, no figure fixed',
    periodEnd: true,
    turns: [
      {
        user: '去产能下岗的 焊工中级证拿到手了 在常住地培训的 今年头一回 机构进了系统 俺木有养老金 以前没补过焊工中级 能补多少钱',
        expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'eligible' }, mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v33d46',
    class: 'person_training',
    probes: 'an electrician\'s prize at a city competition: award by 规定, no figure',
    periodEnd: true,
    turns: [{ user: '俺参加市里电工技能大赛 拿了个二等奖 有啥奖励不', expect: unfixed(['五(三)']) }],
  },
  {
    id: 'v33d47',
    class: 'person_training',
    probes: 'a mother with one child at 中职 and one at 技校: 免学费 and 助学金, then 生活费 (not settled)',
    periodEnd: true,
    turns: [
      { user: '俺是建档立卡户 俩娃 一个上中职 一个上技校 学费还用交不', expect: { noAmount: 'unfixed', cites: ['三(三)'], says: [/免学费/] } },
      { user: '那他俩 在学校的生活费 国家一个月补多少', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v33d48',
    class: 'person_training',
    probes: '[contact] where a poor family asks about aid for a child at a 技校',
    turns: [{ user: '贫困户孩子上技校 家里的补助 该去哪问 找哪个局', expect: { cites: ['三(三)', '三(十四)'], says: [/人社|教育|12333/] } }],
  },
  {
    id: 'v33d49',
    class: 'person_training',
    probes: 'e-commerce training: the plan\'s programme for 电子商务',
    turns: [{ user: '跨境电商这行 员工想学点电子商务技能 方案里有相关培训计划没', expect: { cites: ['三(九)', '五(一)'], answered: true } }],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v33d50',
    class: 'entrepreneurship',
    probes: 'fresh college graduates wanting a cross-border e-commerce start-up',
    periodEnd: true,
    turns: [{ user: '俺们几个大学刚毕业 想合伙搞跨境电商 有创业培训能参加不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] } }],
  },
  {
    id: 'v33d51',
    class: 'entrepreneurship',
    probes: 'a laid-off steel worker wants to open a small restaurant; cost of the training unset',
    periodEnd: true,
    turns: [
      { user: '下岗了 想开个小饭馆 创业培训俺能去不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '去上那个培训 要交钱不 还是给补钱', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v33d52',
    class: 'entrepreneurship',
    probes: 'a business open seven years: beyond the 5-year window of 三(八)',
    periodEnd: true,
    turns: [{ user: '俺们印刷公司开了七年了 老板还能上那个小微企业主的创业培训不', expect: { cites: ['三(八)'], says: [/5\s*年|五年/], noAmount: 'unfixed' } }],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v33d53',
    class: 'equipment',
    probes: 'two studios (120w and 40万), each its own cap: 100 000 + 80 000',
    periodEnd: true,
    turns: [{ user: '俺们建了两个技能大师工作室 一个买设备120w 一个买了40万 全是职工教育经费出的 都验收合格了', expect: gear(180000) }],
  },
  {
    id: 'v33d54',
    class: 'equipment',
    probes: 'a base bought for 壹佰万 from operating costs, not the education fund: nothing',
    periodEnd: true,
    turns: [
      { user: '培训基地新添设备 壹佰万 钱是从生产经营费用里出的 不是职工教育经费', expect: gearNo(200000, /20\s*万元?(?!人)/) },
      { user: '验收倒是验收过了 也不中？', expect: gearNo(200000, /可(获|得|领).{0,6}20\s*万/) },
    ],
  },
  {
    id: 'v33d55',
    class: 'equipment',
    probes: 'a base 一百二十万 from the fund, acceptance asked, then said: 240 000',
    periodEnd: true,
    turns: [
      { user: '俺们高技能人才培训基地 买实训设备一百二十万 用的职工教育经费', expect: needGear },
      { user: '验收过了 人社跟财政一块儿验的', expect: gear(240000) },
    ],
  },
  {
    id: 'v33d56',
    class: 'equipment',
    probes: 'a base bought for 三百万: capped at 500 000',
    periodEnd: true,
    turns: [{ user: '印刷公司建了个高技能人才培训基地 设备花了三百万 职工教育经费出的 验收也过了', expect: gearNot(500000, 600000) }],
  },
  {
    id: 'v33d57',
    class: 'equipment',
    probes: '[two-part] caps of a base and of a studio',
    turns: [{ user: '高技能人才培训基地最多补多少？大师工作室呢？', expect: { cites: ['四(一)'], says: [/50\s*万/, /10\s*万/] } }],
  },
  {
    id: 'v33d58',
    class: 'equipment',
    probes: '[contact] who accepts the equipment — 人社 and 财政 named',
    turns: [{ user: '大师工作室买的设备 得谁来验收 找哪个单位', expect: { cites: ['四(一)'], says: [/人力资源社会保障|人社/, /财政/] } }],
  },

  // ---------------------------------------------------------------- education fund
  {
    id: 'v33d59',
    class: 'education_fund',
    probes: 'payroll 一百二十万, fund 十万: the 8 % cap binds, 96 000',
    turns: [{ user: '工资薪金总额一百二十万 职工教育经费提了十万 税前能扣多少', expect: taxDeduct(96000) }],
  },
  {
    id: 'v33d60',
    class: 'education_fund',
    probes: 'payroll 1.2百万, fund 8万 under the cap; only half for the front line (< 60 %)',
    turns: [{ user: '酒店工资总额1.2百万 教育经费提了8万 一线职工培训用了一半', expect: { ...taxDeduct(80000), says: [/税前/, /60\s*%/] } }],
  },
  {
    id: 'v33d61',
    class: 'education_fund',
    probes: 'capital numerals 壹佰万 / 陆万: the fund is under 8 %, 60 000',
    turns: [{ user: '工资薪金总额：壹佰万元整 职工教育经费：陆万元 能税前扣除多少', expect: taxDeduct(60000) }],
  },
  {
    id: 'v33d62',
    class: 'education_fund',
    probes: '[two-part] the deduction rate and the front-line share',
    turns: [{ user: '职工教育经费 税前扣除上限是工资的百分之几 一线职工培训至少得占多少', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/, /60\s*%|百分之六十/] } }],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v33d63',
    class: 'apprenticeship',
    probes: 'a hotel chain with twenty apprentices: the plan fixes no amount per apprentice',
    periodEnd: true,
    turns: [
      { user: '酒店搞企业新型学徒 带了二十个 一个学徒补多少', expect: unfixed(['四(一)']) },
      { user: '那二十个人加一块 大概能拿多少 给个数', expect: { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v33d64',
    class: 'apprenticeship',
    probes: 'a 技师学院 with a company running 现代学徒制: no amount',
    periodEnd: true,
    turns: [{ user: '俺们技师学院 跟企业一块搞现代学徒制 学徒能有啥补贴', expect: unfixed(['四(一)']) }],
  },
  {
    id: 'v33d65',
    class: 'apprenticeship',
    probes: 'a printing company guesses 4000 per apprentice: that figure must not be confirmed',
    periodEnd: true,
    turns: [{ user: '印刷厂 招企业新型学徒 20个人 是不是一人补4000？', expect: { noAmount: 'unfixed', cites: ['四(一)'], mustNotContain: ['4000', '80000'] } }],
  },

  // ---------------------------------------------------------------- period and dated questions
  {
    id: 'v33d66',
    class: 'period',
    probes: '[dated] 2019年底 — already in force (from 2019-12-02); facts still open',
    periodEnd: true,
    turns: [{ user: '2019年底那会儿 俺们蘑菇扶贫车间 能不能申请以工代训补贴', expect: { cites: ['六(一)'], noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' } } }],
  },
  {
    id: 'v33d67',
    class: 'period',
    probes: '[dated] 2021年12月 — the last month of the plan; its end date said',
    periodEnd: true,
    turns: [{ user: '2021年12月招的就业困难人员 按这个方案还能补不 俺们是印刷厂', expect: { cites: ['六(一)'], noAmount: 'open', mentionsPeriodEnd: true } }],
  },
  {
    id: 'v33d68',
    class: 'period',
    probes: '[dated] 今年 — the plan has ended; then 2020 asked with every fact: 3 × 200 × 6',
    periodEnd: true,
    turns: [
      { user: '今年俺们酒店还能申请以工代训不', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
      { user: '那2020年的时候 俺们招了3个贫困户 干了一整年 以工代训6个月 岗前没领 酒店是企业 当时能补多少', expect: ojt(3600) },
    ],
  },
  {
    id: 'v33d69',
    class: 'period',
    probes: 'how long the plan runs; 2022 asked',
    turns: [{ user: '这个方案管到哪年为止 2022年还算数不', expect: { mentionsPeriodEnd: true } }],
  },
  {
    id: 'v33d70',
    class: 'period',
    probes: '[dated] hired 2021年12月, six months reached only in 2022: the plan had ended',
    periodEnd: true,
    turns: [{ user: '2021年12月招的贫困户 到2022年6月才够半年 这样还能补以工代训不', expect: { mentionsPeriodEnd: true, noAmount: 'open' } }],
  },
  {
    id: 'v33d71',
    class: 'period',
    probes: '[dated] 今年 asked by the son for his father\'s cooperative, no facts',
    periodEnd: true,
    turns: [{ user: '俺爹问今年合作社招贫困户还有以工代训补贴没有他说去年听人说过', expect: { mentionsPeriodEnd: true, noAmount: 'open' } }],
  },
  {
    id: 'v33d72',
    class: 'period',
    probes: 'outside the plan in the middle of a period question: another city\'s rule declined',
    turns: [
      { user: '方案是哪天开始实行的', expect: { says: [/2019/] } },
      { user: '那上海的以工代训 现在是啥标准', expect: outside },
    ],
  },
];
