/**
 * HELD-OUT dialogues, set v7 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v6 (its header and first lines) was looked at; no message is reused or
 * paraphrased from sets v1–v6. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: a warehouse boss, a restaurant owner, an HR clerk at a logistics firm, a
 * village cooperative head, a retired soldier, a laid-off mother, a student's grandparent, a
 * vocational-school teacher and a call-centre agent typing for a caller (来电人说…). They write
 * the way people do on WeChat on a phone: short, Henan words (中不中, 咋, 恁, 俺, 木有, 得劲),
 * homophone typos, odd spacing, Chinese and Arabic numerals mixed, a few traditional characters,
 * voice-input run-ons, bare replies. Each fact is said in several ways: yes/no in many forms and
 * positions, months as 半年 / 一年多 / 打从…到现在, counts as 仨 / 俩, negation before and after
 * the noun, facts spread over turns.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying hire row; poor
 *   labour when employed ≥ 6 months by a production entity (企业, 合作社, 扶贫车间, 培训机构),
 *   insurance irrelevant; 就业困难 (incl. 残疾人, 三(二)) and 零就业家庭 only by an insured
 *   enterprise; 退役军人 are no 以工代训 group; rows with the 岗前培训补贴 claimed never count.
 *   A figure is expected only when every fact it depends on was given, never from a rough one
 *   (except as a threshold that it clearly passes: 一年多 ≥ 6 months).
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 master studio), only
 *   when bought from the 职工教育经费 and accepted.
 * - Education fund (六(二)): a pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, 职业培训补贴 per person, 生活费补贴, free training, entrepreneurship training,
 *   family aid, competition awards: the plan fixes no amount, so no figure.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: one more question, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The person cannot say a 以工代训 fact: no figure and no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figure a misreading gives. */
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
/** 以工代训 excluded: ineligible, and the misreading's figure absent. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts, whatever else is asked; the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** The education-fund deduction: said to be 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** No amount in the plan for this: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it: say so, no figure. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** "Can I still apply": the plan's end must be said. */
const over: TurnExpect = { mentionsPeriodEnd: true };
/** Who to ask: the human-resources bureau or its hotline. */
const WHO = /人社|人力资源|12333/;

export const DIALOGUES_V7: Dialogue[] = [
  // ---------------------------------------------------------------- one group of hires
  {
    id: 'v7d01',
    class: 'one_group',
    probes: 'warehouse boss, 仨 建档立卡 hires, ten months employed, five of 以工代训',
    periodEnd: true,
    turns: [{ user: '俺开了个仓储公司 招了仨建档立卡的 在仓库干了十个月了 以工代训弄了5个月 岗前那个补贴木领过 能给多少', expect: pay(3000) }],
  },
  {
    id: 'v7d02',
    class: 'one_group',
    probes: 'restaurant, one 零就业家庭 hire, 仨月, insurance said with 上着呢',
    periodEnd: true,
    turns: [{ user: '饭馆里社保都给上着呢 招了个零就业家庭的闺女 以工代训仨月 岗前培训补贴没领过 恁给算算', expect: pay(600) }],
  },
  {
    id: 'v7d03',
    class: 'one_group',
    probes: 'village cooperative takes poor labour: a production entity, insurance irrelevant',
    periodEnd: true,
    turns: [{ user: '俺是村里合作社嘞 用了4个贫困户 都干七个多月了 以工代训六个月 岗前补贴木有 能补多少钱', expect: pay(4800) }],
  },
  {
    id: 'v7d04',
    class: 'one_group',
    probes: 'a cooperative is no 参保企业: 就业困难 hires do not count even with insurance',
    turns: [{ user: '合作社也给交着社保 招了俩就业困难人员 以工代训四个月 岗前的没领 这能补不', expect: noPay(1600) }],
  },
  {
    id: 'v7d05',
    class: 'one_group',
    probes: 'logistics HR clerk, 残疾人 as 就业困难, 半年 as six months',
    periodEnd: true,
    turns: [{ user: '我是物流公司人事 公司正常参保 去年进了两名残疾职工 以工代训搞了半年 岗前技能培训补贴未申领 以工代训补贴能拿多少', expect: pay(2400) }],
  },
  {
    id: 'v7d06',
    class: 'one_group',
    probes: 'poor labour employed only five months: the six-month threshold is not met',
    turns: [{ user: '厂里来了俩贫困户 才干了五个月 以工代训也五个月 岗前没领 能补不', expect: notYes(2000) }],
  },
  {
    id: 'v7d07',
    class: 'one_group',
    probes: 'facts over three turns, bare count reply 五个',
    periodEnd: true,
    turns: [
      { user: '俺厂里有几个贫困户 以工代训能补贴不', expect: askOJT },
      { user: '五个', expect: askOJT },
      { user: '都干了一年多 以工代训搞了六个月 岗前培训补贴没申请', expect: pay(6000) },
    ],
  },
  // ---------------------------------------------------------------- several groups
  {
    id: 'v7d08',
    class: 'several_groups',
    probes: 'two rows with their own months: poor labour 6, disabled 4',
    periodEnd: true,
    turns: [{ user: '俺们物流公司参保的 去年招了3个贫困劳动力干满8个月以工代训6个月 还有2个残疾人以工代训4个月 岗前补贴都没领 一共多少', expect: pay(5200) }],
  },
  {
    id: 'v7d09',
    class: 'several_groups',
    probes: 'restaurant with poor labour (3 months of 以工代训) and one 零就业 hire (5 months)',
    periodEnd: true,
    turns: [{ user: '饭店交着社保 招了两个建档立卡户 干了十个月 以工代训3个月；另外一个零就业家庭的 以工代训5个月 岗前都没领 咋算', expect: payNot(2200, 3000) }],
  },
  {
    id: 'v7d10',
    class: 'several_groups',
    probes: 'cooperative: poor labour counts, 就业困难 does not',
    periodEnd: true,
    turns: [{ user: '合作社 贫困户俩 干了七个月 以工代训6个月 就业困难的仨 以工代训也是6个月 岗前补贴都木领 能给多少', expect: payNot(2400, 6000) }],
  },
  {
    id: 'v7d11',
    class: 'several_groups',
    probes: 'uninsured firm: poor labour counts, 残疾人 do not',
    periodEnd: true,
    turns: [{ user: '公司没给交社保 用了4个贫困户干了9个月以工代训6个月 俩残疾人以工代训6个月 岗前都木有领 补多少', expect: payNot(4800, 7200) }],
  },
  {
    id: 'v7d12',
    class: 'several_groups',
    probes: 'two groups named first, months and pre-job said in later turns',
    periodEnd: true,
    turns: [
      { user: '仓库招了俩建档立卡的 一个零就业家庭的 社保交着 以工代训能补多少', expect: askOJT },
      { user: '贫困户那俩干了9个月 以工代训都是6个月', expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
      { user: '零就业那个以工代训仨月 岗前补贴仨人都没领过', expect: pay(3000) },
    ],
  },
  {
    id: 'v7d13',
    class: 'several_groups',
    probes: '退役军人 are no 以工代训 group; only the two poor labourers count',
    periodEnd: true,
    turns: [{ user: '招了五个退伍兵 还有两个贫困户 都干了一年多了 以工代训6个月 岗前没领 一共能补多少', expect: payNot(2400, 8400) }],
  },
  {
    id: 'v7d14',
    class: 'several_groups',
    probes: 'one row had the pre-job subsidy, the other not',
    periodEnd: true,
    turns: [{ user: '公司交社保 俩残疾人以工代训五个月 他俩岗前补贴领过了 仨零就业家庭的以工代训两个月 岗前没领 能拿多少', expect: payNot(1200, 3200) }],
  },
  // ---------------------------------------------------------------- negation after the noun
  {
    id: 'v7d15',
    class: 'negation_after_noun',
    probes: 'insurance negated after the noun at the end: 社保嘛 一直没给交',
    turns: [{ user: '饭店招了两个就业困难人员 以工代训四个月 岗前补贴那个没领 社保嘛 店里一直没给员工交', expect: noPay(1600) }],
  },
  {
    id: 'v7d16',
    class: 'negation_after_noun',
    probes: 'pre-job subsidy named first, denied later with words between: 一分都没要过',
    periodEnd: true,
    turns: [{ user: '贫困劳动力3个 在俺仓库干了八个月 以工代训5个月 岗前技能培训补贴 俺们一分都没要过 中不中', expect: pay(3000) }],
  },
  {
    id: 'v7d17',
    class: 'negation_after_noun',
    probes: '建档立卡户 denied after the noun; only the two disabled hires are there',
    periodEnd: true,
    turns: [{ user: '建档立卡户 俺公司没有 就是有俩残疾人 以工代训三个月 社保交着哩 岗前的没领', expect: payNot(1200, 2400) }],
  },
  {
    id: 'v7d18',
    class: 'negation_after_noun',
    probes: 'double denial: 不是没交 (insured), 不是领过 是没领 (not claimed)',
    periodEnd: true,
    turns: [{ user: '公司招了1个零就业家庭的 社保 交着呢 不是没交 以工代训六个月 岗前补贴不是领过 是没领', expect: pay(1200) }],
  },
  {
    id: 'v7d19',
    class: 'negation_after_noun',
    probes: 'monthly pension denied after the noun: 养老金 俺 不领',
    turns: [{ user: '养老金 俺 不领 按月的那种也木有 俺在户籍地学了个中式面点 证拿到了 能有培训补贴不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } }],
  },
  {
    id: 'v7d20',
    class: 'negation_after_noun',
    probes: 'certificate named first, then 到现在也没拿到',
    turns: [{ user: '证书 培训完都俩月了 到现在也没拿到手 这培训补贴还能给不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } } }],
  },
  // ---------------------------------------------------------------- unknown replies
  {
    id: 'v7d21',
    class: 'unknown_reply',
    probes: 'months employed unknown (得问问车间)',
    turns: [
      { user: '公司招了4个贫困户 以工代训六个月 岗前没领 能补多少', expect: askOJT },
      { user: '干多久了？这个俺也不清楚 得问问车间', expect: dunnoOJT },
    ],
  },
  {
    id: 'v7d22',
    class: 'unknown_reply',
    probes: 'insurance unknown, then found out in a third turn',
    periodEnd: true,
    turns: [
      { user: '饭店招了仨残疾人 以工代训俩月 岗前没领过 给多少', expect: askOJT },
      { user: '社保交没交 俺不知道 会计管的', expect: dunnoOJT },
      { user: '问了 交着呢', expect: pay(1200) },
    ],
  },
  {
    id: 'v7d23',
    class: 'unknown_reply',
    probes: 'equipment value unknown (发票在财务那)',
    turns: [
      { user: '技能大师工作室 新买了一批设备 用职工教育经费买的 人社财政都验收过了 能补多少', expect: askKit },
      { user: '总价 搞不清 发票在财务那', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
    ],
  },
  {
    id: 'v7d24',
    class: 'unknown_reply',
    probes: 'payroll given, fund drawn unknown: no deduction figure (the 8 % cap may be named)',
    turns: [
      {
        user: '俺们一年工资总额1500万 职工教育经费提了多少 俺也说不准 税前能扣多少',
        expect: {
          undecided: 'education_fund_deduction',
          oneOf: [{ noAmount: 'open' }, { says: [/(120\s*万|1,?200,?000)/, /上限|最多|不超过|限额|最高/] }],
        },
      },
    ],
  },
  {
    id: 'v7d25',
    class: 'unknown_reply',
    probes: 'whether the institution is in the provincial system is unknown',
    turns: [{ user: '俺闺女在户籍地培训完拿了证 今年头一回 以前没学过这个 也不领养老金 那培训机构进没进系统 不知道啊', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } }],
  },
  {
    id: 'v7d26',
    class: 'unknown_reply',
    probes: 'pre-job subsidy asked, answered 这个真不知道',
    turns: [
      { user: '厂里招了2个零就业家庭的 交着社保 以工代训4个月 能补不', expect: { oneOf: [askOJT, { ...pay(1600), says: [/岗前/] }] } },
      { user: '岗前那个 这个真不知道', expect: dunnoOJT },
    ],
  },
  // ---------------------------------------------------------------- corrections
  {
    id: 'v7d27',
    class: 'correction',
    probes: 'count corrected 5 → 4',
    periodEnd: true,
    turns: [
      { user: '仓库招了5个贫困户 干了8个月 以工代训6个月 岗前没领', expect: pay(6000) },
      { user: '不对不对 是4个 俺记错了', expect: payNot(4800, 6000) },
    ],
  },
  {
    id: 'v7d28',
    class: 'correction',
    probes: 'months corrected 3 → 5',
    periodEnd: true,
    turns: [
      { user: '饭店交社保 俩残疾人以工代训三个月 岗前没领 补多少', expect: pay(1200) },
      { user: '哦 说错了 以工代训是五个月', expect: payNot(2000, 1200) },
    ],
  },
  {
    id: 'v7d29',
    class: 'correction',
    probes: 'insurance corrected from no to yes',
    periodEnd: true,
    turns: [
      { user: '公司没交社保 招了一个零就业的 以工代训4个月 岗前没领', expect: noPay(800) },
      { user: '等会 会计说交了 一直交着', expect: pay(800) },
    ],
  },
  {
    id: 'v7d30',
    class: 'correction',
    probes: 'site corrected from base to master studio: the cap drops to 10万',
    turns: [
      { user: '高技能人才培训基地 新买实训设备 职工教育经费出的 验收合格了 总共80万', expect: kit(160000) },
      { user: '搞错了 是技能大师工作室 不是基地', expect: kit(100000) },
    ],
  },
  {
    id: 'v7d31',
    class: 'correction',
    probes: 'payroll corrected 800万 → 500万: the 8 % cap binds',
    turns: [
      { user: '工资总额800万 职工教育经费提了50万 税前能扣多少', expect: deduct(500000) },
      { user: '不对 工资总额是500万', expect: deduct(400000) },
    ],
  },
  {
    id: 'v7d32',
    class: 'correction',
    probes: 'group corrected from 退役军人 to 建档立卡',
    periodEnd: true,
    turns: [
      { user: '招了俩退役军人 以工代训6个月 能补不', expect: { ...notYes(2400), noAmount: 'unfixed' } },
      { user: '说岔了 他俩不是退役军人 是建档立卡贫困户 在俺厂干了九个月了 岗前补贴没领', expect: pay(2400) },
    ],
  },
  // ---------------------------------------------------------------- topic switches
  {
    id: 'v7d33',
    class: 'topic_switch',
    probes: 'from 以工代训 to the wife\'s own training: no employer figure carried over',
    periodEnd: true,
    turns: [
      { user: '公司参保 仨残疾人 以工代训六个月 岗前补贴木领 补多少', expect: pay(3600) },
      { user: '对了 俺媳妇想学个育婴师 她能有补贴不', expect: { ...noFigure(['七(二)', '六(一)']), mustNotContain: ['3600'] } },
    ],
  },
  {
    id: 'v7d34',
    class: 'topic_switch',
    probes: 'apprenticeship, then the weather',
    turns: [
      { user: '带新型学徒 一个人补多少钱', expect: noFigure(['四(一)']) },
      { user: '明儿郑州下雨不', expect: decline },
    ],
  },
  {
    id: 'v7d35',
    class: 'topic_switch',
    probes: 'equipment, then education fund, each figure its own',
    turns: [
      { user: '技能大师工作室买设备花了40万 职工教育经费出的 验收过了', expect: kit(80000) },
      { user: '再问个 工资总额1000万 教育经费提了60万 税前扣多少', expect: { ...deduct(600000), mustNotContain: ['80000'] } },
    ],
  },
  {
    id: 'v7d36',
    class: 'topic_switch',
    probes: '以工代训, then 生活费补贴 (not settled) [two-part]',
    periodEnd: true,
    turns: [
      { user: '饭店交社保 招了一个就业困难的 以工代训六个月 岗前没领', expect: pay(1200) },
      { user: '那生活费补贴呢 一个月给几个钱', expect: unsettled },
    ],
  },
  {
    id: 'v7d37',
    class: 'topic_switch',
    probes: 'education fund, then 以工代训 for a logistics firm',
    periodEnd: true,
    turns: [
      { user: '物流公司 工资总额两千万 教育经费提了二百万 税前能扣多少', expect: deduct(1600000) },
      { user: '那以工代训 公司招了俩零就业家庭的 交着社保 以工代训6个月 岗前没领', expect: { ...pay(2400), mustNotContain: ['1600000'] } },
    ],
  },
  {
    id: 'v7d38',
    class: 'topic_switch',
    probes: 'retired soldier asks about training, then public rental housing [contact]',
    turns: [
      { user: '俺是退役军人 方案里对俺们培训咋说的 找谁办', expect: { cites: ['三(二)', '六(一)'], says: [WHO] } },
      { user: '换个事 郑州公租房咋申请', expect: decline },
    ],
  },
  // ---------------------------------------------------------------- a person's own training
  {
    id: 'v7d39',
    class: 'person_training',
    probes: 'laid-off mother, every condition met: eligible, amount not fixed by the plan',
    periodEnd: true,
    turns: [{ user: '俺下岗了 在常住地学了家政 证也拿到了 今年头一回 以前没学过 不领养老金 机构说进系统了 能补不 补多少', expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v7d40',
    class: 'person_training',
    probes: 'grandparent of a 两后生 asking about training',
    turns: [{ user: '俺孙子初中毕业没再上学 想学个汽修 政府管培训不', expect: noFigure(['三(二)', '五(一)']) }],
  },
  {
    id: 'v7d41',
    class: 'person_training',
    probes: 'three subsidies already this year: the fourth is over the limit',
    turns: [{ user: '今年已经补过3回了 又考了个证 还能再补一回不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/3\s*次|三次/] } }],
  },
  {
    id: 'v7d42',
    class: 'person_training',
    probes: 'same occupation and level again',
    turns: [{ user: '前年补过电工初级 今年又考了一回电工初级 還能補不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } } }],
  },
  {
    id: 'v7d43',
    class: 'person_training',
    probes: 'monthly pension excludes the training subsidy',
    turns: [{ user: '俺退休了 每月领着养老金 去学个老年护理 能给培训补贴不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)'] } }],
  },
  {
    id: 'v7d44',
    class: 'person_training',
    probes: 'poor labour: free training',
    turns: [{ user: '俺家是建档立卡贫困户 想学电焊 要掏钱不', expect: { ...noFigure(['三(三)']), says: [/免费/] } }],
  },
  {
    id: 'v7d45',
    class: 'person_training',
    probes: 'call-centre agent: institution outside the system, 系统之外零补贴',
    turns: [{ user: '来电人说 她在老家户籍地学的面点 证拿了 今年第二回 培训机构不在系统里 能补不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/系统/] } }],
  },
  {
    id: 'v7d46',
    class: 'person_training',
    probes: 'grandparent of a poor-family 技工 student: 助学金 and 免学费, no figure',
    turns: [{ user: '俺孙女家是建档立卡户 在技工学校上学 能有啥补助', expect: noFigure(['三(三)', '三(十四)']) }],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v7d47',
    class: 'entrepreneurship',
    probes: 'restaurant open three years: small business ≤ 5 years',
    turns: [{ user: '俺开了个小饭馆 三年了 想上个创业培训 中不中', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] } }],
  },
  {
    id: 'v7d48',
    class: 'entrepreneurship',
    probes: 'business open seven years: past the 5-year line',
    turns: [{ user: '店开了七年了 还能上创业培训不', expect: { ...noFigure(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } }],
  },
  {
    id: 'v7d49',
    class: 'entrepreneurship',
    probes: 'vocational-school teacher about students',
    turns: [{ user: '俺是职业学校老师 在校学生能搞创业培训不', expect: noFigure(['三(八)']) }],
  },
  {
    id: 'v7d50',
    class: 'entrepreneurship',
    probes: 'amount of the entrepreneurship training subsidy: not fixed',
    turns: [{ user: '创业培训上完了 补多少钱啊', expect: unsettled }],
  },
  {
    id: 'v7d51',
    class: 'entrepreneurship',
    probes: 'laid-off mother with a wish to start a business [two-part]',
    turns: [{ user: '俺想自己开个网店 有这个打算 能参加创业培训不 要钱不', expect: { ...noFigure(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } }],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v7d52',
    class: 'equipment',
    probes: 'base with 300万: 20 % is 60万, capped at 50万',
    turns: [{ user: '高技能人才培训基地 新置设备300万 职工教育经费出的 人社跟财政验收合格 补多少', expect: kit(500000) }],
  },
  {
    id: 'v7d53',
    class: 'equipment',
    probes: 'master studio with 35万',
    turns: [{ user: '俺们技能大师工作室 新买设备三十五万 从职工教育经费里出 验收过了 能补多少', expect: kit(70000) }],
  },
  {
    id: 'v7d54',
    class: 'equipment',
    probes: 'bought on a loan, not from the education fund',
    turns: [{ user: '大师工作室设备是贷款买的 没动职工教育经费 30万 验收也过了 能补不', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['60000', '6万'] } }],
  },
  {
    id: 'v7d55',
    class: 'equipment',
    probes: 'not yet accepted',
    turns: [{ user: '培训基地设备 教育经费买的 一百万 验收还没弄哩 能先补不', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['200000', '20万'] } }],
  },
  {
    id: 'v7d56',
    class: 'equipment',
    probes: 'two sites, each with its own cap',
    turns: [{ user: '公司有个高技能人才培训基地 新设备100万 还有个技能大师工作室 新设备60万 都是职工教育经费买的 都验收合格 一共补多少', expect: { ...kit(300000), mustNotContain: ['320000'] } }],
  },
  {
    id: 'v7d57',
    class: 'equipment',
    probes: 'value given in a second turn',
    turns: [
      { user: '大师工作室买设备 职工教育经费出的 验收过了 能补多少', expect: askKit },
      { user: '四十五万', expect: kit(90000) },
    ],
  },
  // ---------------------------------------------------------------- education fund
  {
    id: 'v7d58',
    class: 'education_fund',
    probes: 'payroll 600万, fund 30万: under the cap',
    turns: [{ user: '工资总额六百万 教育经费提了30万 税前扣除能扣多少', expect: deduct(300000) }],
  },
  {
    id: 'v7d59',
    class: 'education_fund',
    probes: 'front-line share 50 %: under the 60 % the plan asks for',
    turns: [{ user: '工资总额1000万 教育经费50万 其中一半用在一线工人身上 税前能扣多少 有啥问题没', expect: { ...deduct(500000), says: [/税前/, /60\s*%|百分之六十|六成/] } }],
  },
  {
    id: 'v7d60',
    class: 'education_fund',
    probes: 'can the fund be taken as cash: it is a deduction',
    turns: [{ user: '职工教育经费 能当补贴领出来不', expect: { cites: ['六(二)'], says: [/税前/], noAmount: 'open' } }],
  },
  {
    id: 'v7d61',
    class: 'education_fund',
    probes: '师带徒 allowance from the fund [two-part]',
    turns: [{ user: '教育经费 能拿来发师带徒的津贴不 一个师傅发多少合适', expect: noFigure(['六(二)']) }],
  },
  {
    id: 'v7d62',
    class: 'education_fund',
    probes: 'payroll first, fund in the second turn, above the cap',
    turns: [
      { user: '工资总额三千万 教育经费税前能扣多少', expect: { undecided: 'education_fund_deduction', oneOf: [{ noAmount: 'open', asks: true }, { says: [/(240\s*万|2,?400,?000)/, /上限|最多|不超过|限额|最高/] }] } },
      { user: '提了两百五十万', expect: deduct(2400000) },
    ],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v7d63',
    class: 'apprenticeship',
    probes: 'amount per apprentice: "按照相关规定", no figure',
    turns: [{ user: '公司带了20个新型学徒 一个补多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v7d64',
    class: 'apprenticeship',
    probes: 'three-year target of apprentices',
    turns: [{ user: '企业新型学徒 三年要培养多少个', expect: { cites: ['四(一)'], says: [/2\s*万|两万|20000/] } }],
  },
  {
    id: 'v7d65',
    class: 'apprenticeship',
    probes: 'apprentices and 以工代训 together: only the latter has a figure [two-part]',
    periodEnd: true,
    turns: [{ user: '仓库招了俩零就业家庭的 社保交着 以工代训六个月 岗前没领 另外还带了5个新型学徒 一共能拿多少', expect: { ...pay(2400), status: { rule: 'on_job_training', status: 'eligible' } } }],
  },
  {
    id: 'v7d66',
    class: 'apprenticeship',
    probes: 'a cooperative head asks about apprenticeship money',
    turns: [{ user: '俺们合作社带学徒 有学徒补贴没 给多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v7d67',
    class: 'apprenticeship',
    probes: 'apprentices, then who to ask [contact]',
    turns: [
      { user: '现代学徒制 企业新型学徒制 补贴标准咋定的', expect: noFigure(['四(一)']) },
      { user: '那去哪问 找哪个部门', expect: { says: [WHO] } },
    ],
  },
  // ---------------------------------------------------------------- the plan's period
  {
    id: 'v7d68',
    class: 'period',
    probes: 'plain "can I still apply"',
    turns: [{ user: '这政策现在还能申请不', expect: over }],
  },
  {
    id: 'v7d69',
    class: 'period',
    probes: '[dated] June 2020, inside the period: figure, and the end named',
    periodEnd: true,
    turns: [{ user: '2020年6月那会 俺厂招了2个贫困户 干了7个月 以工代训6个月 岗前没领 当时能补多少', expect: pay(2400) }],
  },
  {
    id: 'v7d70',
    class: 'period',
    probes: '[dated] hires of March 2022, after the end',
    turns: [{ user: '2022年3月份招的贫困户 还能享受以工代训不', expect: { ...over, noAmount: 'open' } }],
  },
  {
    id: 'v7d71',
    class: 'period',
    probes: 'when the plan runs out',
    turns: [{ user: '这方案到哪年哪月截止', expect: { ...over, says: [/2021/] } }],
  },
  {
    id: 'v7d72',
    class: 'period',
    probes: 'retired soldier signing up now',
    turns: [{ user: '俺是退伍的 现在去报名学技术 还能按这个方案补贴不', expect: { ...over, noAmount: 'unfixed' } }],
  },
  {
    id: 'v7d73',
    class: 'period',
    probes: 'grandparent: the 2019 document today [contact]',
    turns: [
      { user: '这个文件是2019年出的吧 现在还管用不', expect: over },
      { user: '那有啥不懂的 打哪个电话问', expect: { says: [WHO] } },
    ],
  },
  {
    id: 'v7d74',
    class: 'period',
    probes: 'HR clerk at a logistics firm asking for this year, after a figure',
    periodEnd: true,
    turns: [
      { user: '物流公司参保 今年招了一个残疾人 以工代训打从三月到八月 整六个月 岗前没领 能拿多少', expect: { oneOf: [pay(1200), { ...over, noAmount: 'open' }] } },
      { user: '那现在去申请 来得及不', expect: over },
    ],
  },
  {
    id: 'v7d75',
    class: 'period',
    probes: 'call-centre agent: caller asks about the deadline and amount [two-part]',
    turns: [{ user: '来电人说他是开饭店的 想问以工代训还能报不 一个人一个月多少钱', expect: { ...over, says: [/200/] } }],
  },
];
