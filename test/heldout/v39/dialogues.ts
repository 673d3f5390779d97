/**
 * HELD-OUT dialogues, set v39 — written blind from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, or the dev sets under test/core/. Only the format of v15 (its header and
 * first lines) was looked at; no message is meant to reuse or paraphrase an earlier set. Not to
 * be tuned on: no word of these messages goes into a glossary, pattern or fixture. Once a
 * dialogue has been fixed by a targeted change it measures nothing any more; write a new one.
 *
 * Who types here: people of 18–25 typing fast on a phone (slang, emoji, pinyin abbreviations such
 * as zf / bt / hr, English words like boss, HR, ok), veterans and laid-off workers asking what
 * they personally can get, heads of farmer cooperatives and village cadres asking for their
 * people, hotline staff relaying a caller ("来电人说…"), and people from Taiwan / Hong Kong who
 * write Traditional characters (one in Cantonese). Negations sit far from their noun, double
 * negatives and hedges (好像、应该、大概) occur, several groups with different months share one
 * message.
 *
 * Nothing is inferred from silence: a fact an amount depends on (岗前培训补贴 claimed or not,
 * the kind of unit, insurance where the rule needs it, months employed for poor labour,
 * acceptance and fund source of equipment, payroll) must be said before an amount is expected;
 * "不知道 / 不清楚 / 不确定" leaves it open; a hedged "好像没交…应该" is not a yes.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour only
 *   when employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only by
 *   an insured enterprise (a cooperative or 扶贫车间 is not one); 退役军人 is no group; rows with
 *   the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, entrepreneurship training, family
 *   aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [trad] (Traditional characters), [hedge],
 * [double-neg].
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
/** Not eligible on these facts (ineligible, or still open), the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing: no figure. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };

export const DIALOGUES_V39: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v39d01',
    class: 'one_group',
    probes: 'young HR asks first without insurance and 岗前 facts; the amount only after both are said',
    periodEnd: true,
    turns: [
      { user: 'hr小姐姐让我来问哈 我们公司今年招了4个就业困难人员 以工代训带了3个月 能补多少💰', expect: askOJT },
      { user: '社保一直在交的 岗前那个补贴没申过', expect: pay(2400) },
    ],
  },
  {
    id: 'v39d02',
    class: 'one_group',
    probes: 'cooperative head, poor labour employed ~a year, 以工代训 5 months; then [contact] where to apply',
    periodEnd: true,
    turns: [
      { user: '俺是合作社理事长 社里收了6个建档立卡贫困户来干活 都干了快一年了 以工代训搞了5个月 岗前培训补贴没领过 能给多少钱', expect: pay(6000) },
      { user: '这钱找哪个部门申请 人社还是乡里', expect: { says: [/人社/], mustNotContain: [/hires/] } },
    ],
  },
  {
    id: 'v39d03',
    class: 'one_group',
    probes: 'village cadre: 扶贫车间, 8 poor workers, 以工代训 7 months is capped at 6',
    periodEnd: true,
    turns: [
      { user: '村里扶贫车间 用了咱村8个贫困户 从去年干到现在七个多月了 以工代训也带了七个月 岗前补贴一个都没领 车间这块能补多少', expect: payNot(9600, 11200) },
    ],
  },
  {
    id: 'v39d04',
    class: 'one_group',
    probes: 'hotline relays a caller: 零就业家庭, insured; 岗前 fact arrives in a second relay',
    periodEnd: true,
    turns: [
      { user: '来电人说他们公司是参保企业，招了2个零就业家庭的，以工代训搞了4个月，问能拿多少', expect: askOJT },
      { user: '我又跟来电人确认了一下 岗前技能培训补贴他们没申请过', expect: pay(1600) },
    ],
  },
  {
    id: 'v39d05',
    class: 'one_group',
    probes: 'disabled hires count as 就业困难人员 for an insured company; 半年 = 6 months',
    periodEnd: true,
    turns: [
      { user: '老板让我查下 公司收了3个残疾人 社保有交 以工代训带满半年了 岗前补贴没拿过 能拿多少啊 🙏🙏', expect: pay(3600) },
    ],
  },
  {
    id: 'v39d06',
    class: 'one_group',
    probes: 'poor labour employed only 4 months: not yet the 6 months the clause needs',
    periodEnd: true,
    turns: [
      { user: '我们厂招了5个贫困劳动力 才来了4个月 以工代训也带了4个月 岗前补贴没领 能补多少', expect: noPay(4000) },
    ],
  },
  {
    id: 'v39d07',
    class: 'one_group',
    probes: 'veterans are not a 以工代训 group, even with every other fact in place',
    periodEnd: true,
    turns: [
      { user: '我们公司招了3个退伍的兵哥 以工代训带了6个月 社保交着 岗前没领 zf能补多少啊', expect: notYes(3600) },
    ],
  },
  {
    id: 'v39d08',
    class: 'one_group',
    probes: 'a cooperative is not an insured enterprise: its 就业困难人员 hires do not count',
    periodEnd: true,
    turns: [
      { user: '我们是农民专业合作社 吸纳了两个就业困难人员 以工代训5个月 岗前补贴木有领 能补多少', expect: notYes(2000) },
    ],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v39d09',
    class: 'several_groups',
    probes: 'cooperative: two poor-labour rows, one employed 8 months, one only 3 — only the first counts',
    periodEnd: true,
    turns: [
      { user: '合作社收了贫困户4个 干了8个月 以工代训6个月；还有2个贫困户刚来3个月 以工代训3个月 岗前补贴都没领 一共能补多少', expect: payNot(4800, 6000, 7200) },
    ],
  },
  {
    id: 'v39d10',
    class: 'several_groups',
    probes: 'young HR: 就业困难 2 months and 零就业 5 months keep their own months',
    periodEnd: true,
    turns: [
      { user: '我们公司 社保正常交 招了3个就业困难的 带了2个月 还有1个零就业家庭的 带了5个月 岗前补贴都没申 一共多少 在线等挺急的', expect: payNot(2200, 4000, 1600) },
    ],
  },
  {
    id: 'v39d11',
    class: 'several_groups',
    probes: 'hotline: 扶贫车间 with poor labour and 就业困难 rows; 岗前 open first; the workshop is no insured enterprise',
    periodEnd: true,
    turns: [
      { user: '来电人说他们是扶贫车间 贫困户用了5个 都干了半年多 以工代训4个月 另外还有3个就业困难人员 以工代训也是4个月 问补贴一共多少', expect: { ...askOJT, mustNotContain: ['6400'] } },
      { user: '来电人说这8个人岗前补贴都没领过', expect: payNot(4000, 6400) },
    ],
  },
  {
    id: 'v39d12',
    class: 'several_groups',
    probes: '[trad] Taiwanese investor: disabled 3 months and poor labour 6 months in one message',
    periodEnd: true,
    turns: [
      {
        user: '您好，我們是台資企業，在鄭州有繳社保。今年錄用了2位身心障礙者（殘疾人），以工代訓3個月；另外4位建檔立卡貧困勞動力，已經僱用7個月，以工代訓6個月。崗前培訓補貼都沒有申請過，請問以工代訓補貼總共多少？',
        expect: payNot(6000, 7200, 3600),
      },
    ],
  },
  {
    id: 'v39d13',
    class: 'several_groups',
    probes: 'village accountant: one row settled, the other row\'s months employed asked, then the total',
    periodEnd: true,
    turns: [
      {
        user: '我是村会计 替合作社问问 社里雇了俺村3个贫困户 干了10个月 以工代训6个月；另外俩贫困户 以工代训4个月 干多久了得回头问 岗前补贴这几个人都没领',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['5200', '6000'] },
      },
      { user: '问了 那俩也干了七个多月了', expect: payNot(5200, 6000) },
    ],
  },
  {
    id: 'v39d14',
    class: 'several_groups',
    probes: 'Chinese numerals for counts and months of two groups (两名/五个月, 一名/两个月)',
    periodEnd: true,
    turns: [
      { user: '公司交社保的 吸纳就业困难人员两名 以工代训五个月 零就业家庭成员一名 以工代训两个月 岗前培训补贴都没享受过 帮忙算算', expect: payNot(2400, 3000, 1200) },
    ],
  },
  {
    id: 'v39d15',
    class: 'several_groups',
    probes: 'veterans and poor labour together: only the poor-labour row is paid',
    periodEnd: true,
    turns: [
      { user: '我们是家食品企业 招了退役军人6个 还有贫困劳动力2个 贫困的那俩干了9个月了 以工代训都是3个月 岗前补贴都没领', expect: payNot(1200, 4800) },
    ],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v39d16',
    class: 'negation_after_noun',
    probes: '"社保这块…一直都没给交" far from the noun: not insured, so no 就业困难 pay',
    periodEnd: true,
    turns: [
      { user: '社保这块公司那边其实一直都没给交 招了3个就业困难人员 以工代训4个月 岗前的补贴也没领 能拿以工代训补贴吗', expect: noPay(2400) },
    ],
  },
  {
    id: 'v39d17',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴这个…去年其实已经领过了": claimed, so 以工代训 is excluded',
    periodEnd: true,
    turns: [
      { user: '岗前培训补贴这个 厂里给这5个贫困户 去年其实已经领过了 他们干了一年 以工代训6个月 还能拿以工代训不', expect: noPay(6000) },
    ],
  },
  {
    id: 'v39d18',
    class: 'negation_after_noun',
    probes: '[double-neg] "不是没交社保": insured; the amount follows',
    periodEnd: true,
    turns: [
      { user: '我们公司不是没交社保啊 一直都交着呢 就业困难人员招了2个 以工代训3个月 岗前补贴没申请过', expect: pay(1200) },
    ],
  },
  {
    id: 'v39d19',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴 我问了财务 说是一分都没领过": not claimed, with words in between',
    periodEnd: true,
    turns: [
      { user: '岗前培训补贴 我问了财务 说是一分都没领过 贫困户4个 在合作社干了八个月 以工代训五个月', expect: pay(4000) },
    ],
  },
  {
    id: 'v39d20',
    class: 'negation_after_noun',
    probes: '[hedge] "社保好像没交吧 应该是没交": never read as insured',
    periodEnd: true,
    turns: [
      { user: '社保好像没交吧 应该是没交 我们公司招了2个零就业家庭的 以工代训6个月 岗前补贴没领', expect: notYes(2400) },
    ],
  },
  {
    id: 'v39d21',
    class: 'negation_after_noun',
    probes: '[double-neg] "倒也不是没领 领了": 岗前 claimed, so nothing',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困户6个 干了大半年 以工代训4个月 那个岗前的补贴嘛 倒也不是没领 领了', expect: noPay(4800) },
    ],
  },
  {
    id: 'v39d22',
    class: 'negation_after_noun',
    probes: '"岗前补贴那个 咱们压根就没去申": not claimed; one disabled hire, insured company',
    periodEnd: true,
    turns: [
      { user: '我们公司boss说 岗前补贴那个 咱们压根就没去申 社保也是一直交的 招了1个残疾小哥 以工代训干了四个月 能拿多少 急急急', expect: pay(800) },
    ],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v39d23',
    class: 'unknown_reply',
    probes: 'months employed of poor labour asked; "不清楚" keeps it open; the accountant answers later',
    periodEnd: true,
    turns: [
      { user: '俺们合作社 雇了贫困户5个 以工代训4个月 岗前补贴没领 给多少', expect: askOJT },
      { user: '干多久了？这个我也不清楚 得问会计', expect: dunnoOJT },
      { user: '会计说都干了十个月了', expect: pay(4000) },
    ],
  },
  {
    id: 'v39d24',
    class: 'unknown_reply',
    probes: 'an intern does not know whether the company pays social insurance',
    periodEnd: true,
    turns: [
      { user: '公司招了2个就业困难的 以工代训带3个月 岗前补贴没领 能拿多少', expect: askOJT },
      { user: '社保交没交我真不知道啊 我就一实习生😂', expect: dunnoOJT },
    ],
  },
  {
    id: 'v39d25',
    class: 'unknown_reply',
    probes: 'hotline: the caller is not sure whether the 岗前 subsidy was claimed',
    periodEnd: true,
    turns: [
      { user: '来电人说他们公司吸纳了3个零就业家庭成员 交着社保 以工代训5个月 问能领多少', expect: askOJT },
      { user: '来电人说岗前培训补贴领没领过他不确定', expect: dunnoOJT },
    ],
  },
  {
    id: 'v39d26',
    class: 'unknown_reply',
    probes: 'studio equipment: acceptance asked, "不清楚" keeps it open',
    periodEnd: true,
    turns: [
      { user: '我们建了个技能大师工作室 新买了实训设备 总共40万 用的职工教育经费', expect: askKit },
      { user: '验收没验收 不清楚 我刚接手这摊子', expect: dunnoKit },
    ],
  },
  {
    id: 'v39d27',
    class: 'unknown_reply',
    probes: 'migrant worker\'s training subsidy: whether the school is in the system is unknown',
    periodEnd: true,
    turns: [
      {
        user: '我在郑州打工 户口是周口的 报了个电工培训 证也拿到了 能补贴不',
        expect: { noAmount: 'unfixed', asks: true, notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      { user: '机构进没进那个系统 我哪知道啊', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v39d28',
    class: 'unknown_reply',
    probes: '[hedge] payroll given only as "大概几百万吧": the deduction stays open',
    turns: [
      { user: '公司今年提了职工教育经费25万 税前能扣多少', expect: askFund },
      { user: '工资总额多少 我不太清楚 大概几百万吧', expect: askFund },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v39d29',
    class: 'correction',
    probes: 'insured corrected to not insured: the 就业困难 amount is withdrawn',
    periodEnd: true,
    turns: [
      { user: '公司交社保的 招了3个就业困难人员 以工代训5个月 岗前补贴没领', expect: pay(3000) },
      { user: '不对不对 刚问了财务 社保其实没交', expect: noPay(3000) },
    ],
  },
  {
    id: 'v39d30',
    class: 'correction',
    probes: '以工代训 months corrected from 3 to 6',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户4个 干了7个月 以工代训3个月 岗前补贴没领', expect: pay(2400) },
      { user: '说错了 以工代训是6个月 不是3个月', expect: payNot(4800, 2400) },
    ],
  },
  {
    id: 'v39d31',
    class: 'correction',
    probes: '岗前 "claimed" corrected to "another batch claimed it, these five did not"',
    periodEnd: true,
    turns: [
      { user: '我们公司招了5个贫困劳动力 干了半年多 以工代训4个月 岗前补贴领了', expect: noPay(4000) },
      { user: '等下 我搞混了 岗前补贴领的是另一批人 这5个没领', expect: pay(4000) },
    ],
  },
  {
    id: 'v39d32',
    class: 'correction',
    probes: 'count corrected from 两个 to 三个',
    periodEnd: true,
    turns: [
      { user: '厂里收了两个零就业家庭的 社保有交 以工代训4个月 岗前补贴木领', expect: pay(1600) },
      { user: '打错了 是三个人 不是两个', expect: payNot(2400, 1600) },
    ],
  },
  {
    id: 'v39d33',
    class: 'correction',
    probes: '[trad] Cantonese: disabled hire corrected to a veteran, who is no 以工代训 group',
    periodEnd: true,
    turns: [
      { user: '我哋公司有供社保，請咗1個殘疾人士，以工代訓6個月，崗前培訓補貼冇申請過，可以攞幾多？', expect: pay(1200) },
      { user: '唔好意思，佢其實係退役軍人，唔係殘疾人士', expect: notYes(1200) },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v39d34',
    class: 'topic_switch',
    probes: 'veteran asks about training for himself, then about tax on his retirement pay (outside)',
    periodEnd: true,
    turns: [
      { user: '我是退伍老兵 18年退的 现在想学门技术 你们这有没有给退役军人的培训', expect: { ...noFigure(['三(二)', '六(一)']), mentionsPeriodEnd: true } },
      { user: '另外问下 我那个退役金要不要交个税', expect: decline },
    ],
  },
  {
    id: 'v39d35',
    class: 'topic_switch',
    probes: 'cooperative pay, then 生活费补贴 per day: the plan fixes none, no 以工代训 figure reused',
    periodEnd: true,
    turns: [
      { user: '合作社这边 雇的贫困户7个 都干满一年了 以工代训6个月 岗前培训补贴都没碰过', expect: pay(8400) },
      { user: '还有个事儿 社员出去培训那几天 有没有生活费补贴 一天能给多少', expect: { ...unsettled, mustNotContain: ['8400'] } },
    ],
  },
  {
    id: 'v39d36',
    class: 'topic_switch',
    probes: 'laid-off worker asks what training he can get, then unemployment benefit (outside)',
    periodEnd: true,
    turns: [
      { user: '俺是下岗的 厂子去产能关了 俺这种能享受啥培训政策', expect: { ...noFigure(['六(一)', '三(二)']), mentionsPeriodEnd: true } },
      { user: '那失业金一个月能领多少', expect: decline },
    ],
  },
  {
    id: 'v39d37',
    class: 'topic_switch',
    probes: 'young person: entrepreneurship training, then the weather (outside)',
    periodEnd: true,
    turns: [
      { user: '想开个奶茶店🧋 有没有创业培训可以蹭的', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, ...noFigure(['三(八)']) } },
      { user: '话说郑州今天下雨不☔', expect: decline },
    ],
  },
  {
    id: 'v39d38',
    class: 'topic_switch',
    probes: 'hotline: 以工代训 pay, then the caller\'s poor family with a daughter in a 技工学校',
    periodEnd: true,
    turns: [
      { user: '来电人说 他们公司参保的 吸纳了4名就业困难人员 以工代训6个月 岗前补贴没申请', expect: pay(4800) },
      { user: '来电人又问 他闺女在技工学校上学 家里是建档立卡贫困户 能有啥补助', expect: { ...noFigure(['三(三)', '三(十四)']), mustNotContain: ['4800'] } },
    ],
  },
  {
    id: 'v39d39',
    class: 'topic_switch',
    probes: 'village cadre: 两后生 training, then the studio equipment cap (a new topic)',
    periodEnd: true,
    turns: [
      { user: '村里有几个两后生 初中毕业就没再上学了 能参加啥培训', expect: noFigure(['三(二)']) },
      { user: '对了 技能大师工作室买设备的补贴 最多给多少', expect: { cites: ['四(一)'], says: [/10\s*万/] } },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v39d40',
    class: 'person_training',
    probes: 'every fact of 七(二) said by a 24-year-old: eligible, no per-person figure',
    periodEnd: true,
    turns: [
      {
        user: '我24 外地户口 在郑州上班 报了个育婴员培训 考下证了 机构说是进了系统的 今年第一次报 之前没学过这个 也没退休金哈哈 能有补贴不',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, ...noFigure(['七(二)']) },
      },
    ],
  },
  {
    id: 'v39d41',
    class: 'person_training',
    probes: 'three subsidies already this year: the fourth is over the limit',
    periodEnd: true,
    turns: [
      { user: '今年已经拿过3次培训补贴了 这次又考了个叉车证 还能补吗', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, ...noFigure(['七(二)']) } },
    ],
  },
  {
    id: 'v39d42',
    class: 'person_training',
    probes: 'same occupation, same level subsidised before: not again',
    periodEnd: true,
    turns: [
      { user: '前年补过一次中式烹调师四级 今年又考了一回同样的四级 能再补吗', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, ...noFigure(['七(二)']) } },
    ],
  },
  {
    id: 'v39d43',
    class: 'person_training',
    probes: '[trad] Taiwanese retiree with a monthly pension (月退俸): outside the 六(一) scope',
    periodEnd: true,
    turns: [
      {
        user: '請問我在鄭州工作，參加了廚師培訓也拿到證書了，這樣有補貼嗎？我已經退休了，每個月有領月退俸',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, ...noFigure(['六(一)', '七(二)']) },
      },
    ],
  },
  {
    id: 'v39d44',
    class: 'person_training',
    probes: 'veteran: "证书这块…还没发下来" far from the noun; then the certificate arrives',
    periodEnd: true,
    turns: [
      {
        user: '我是退役军人 在老家户籍地参加了个汽修培训 证书这块到现在其实也还没发下来 能领培训补贴吗',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
      {
        user: '今天证刚下来了 机构在系统里 今年就这一回 之前没补过 也没养老金',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v39d45',
    class: 'person_training',
    probes: '[double-neg] "不是没有养老金的人": has a monthly pension',
    periodEnd: true,
    turns: [
      { user: '我又不是没有养老金的人 每个月都领着呢 这回学了个养老护理 能补吗', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, ...noFigure(['六(一)', '七(二)']) } },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v39d46',
    class: 'entrepreneurship',
    probes: '[trad] Cantonese: a small shop open two years qualifies for 创业培训',
    periodEnd: true,
    turns: [
      { user: '我喺鄭州開咗間小舖頭兩年，想搵創業培訓，得唔得？', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, ...noFigure(['三(八)']) } },
    ],
  },
  {
    id: 'v39d47',
    class: 'entrepreneurship',
    probes: '[two-part] college student: may join; whether it costs money the plan does not say',
    periodEnd: true,
    turns: [
      { user: '大三学生 在郑州上大学 想听听创业培训 能报吗 要交钱不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, ...noFigure(['三(八)']) } },
    ],
  },
  {
    id: 'v39d48',
    class: 'entrepreneurship',
    probes: 'business open 7 years: the wish to start another is asked, not assumed either way',
    periodEnd: true,
    turns: [
      {
        user: '我那个小公司开了七年了 听说有创业培训 我能参加不',
        expect: { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
      { user: '也没想再开新的 就想学学管理', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v39d49',
    class: 'entrepreneurship',
    probes: '[two-part] laid-off worker wants to sell breakfast: training yes, start-up money not in the plan',
    periodEnd: true,
    turns: [
      {
        user: '厂里下岗了 想自己摆摊卖早点 有没有创业培训 能不能给点启动资金',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, ...noFigure(['三(八)']), says: [HONEST_NOT_SETTLED] },
      },
    ],
  },
  {
    id: 'v39d50',
    class: 'entrepreneurship',
    probes: 'vocational graduate with a short-video studio idea; then how much money after training',
    periodEnd: true,
    turns: [
      { user: '职校毕业一年了 想搞个工作室拍短视频 创业培训有木有', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, ...noFigure(['三(八)']) } },
      { user: '那培训完能给多少补贴钱', expect: unsettled },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v39d51',
    class: 'equipment',
    probes: 'base equipment 120万: fund source asked first, then 20 %',
    periodEnd: true,
    turns: [
      { user: '我们是做数控的企业 建了个高技能人才培训基地 今年新买实训设备120万 人社和财政验收合格了 能补多少', expect: askKit },
      { user: '设备款都是从咱职工教育经费账上走的', expect: kit(240000) },
    ],
  },
  {
    id: 'v39d52',
    class: 'equipment',
    probes: 'studio equipment 80万: 20 % is 16万, capped at 10万',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室新购设备80万 职工教育经费列支的 已经验收 补贴能到多少', expect: kitNot(100000, 160000) },
    ],
  },
  {
    id: 'v39d53',
    class: 'equipment',
    probes: 'base equipment 300万: 20 % is 60万, capped at 50万',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地 设备买了三百万 教育经费出的 验收也通过了', expect: kitNot(500000, 600000) },
    ],
  },
  {
    id: 'v39d54',
    class: 'equipment',
    probes: '"这钱吧 不是从职工教育经费出的": no subsidy',
    periodEnd: true,
    turns: [
      {
        user: '工作室设备花了30万 这钱吧 不是从职工教育经费出的 是老板自己掏的腰包 验收过了',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['60000', /6\s*万/] },
      },
    ],
  },
  {
    id: 'v39d55',
    class: 'equipment',
    probes: 'two studios, 40万 and 70万: each site capped on its own (8万 + 10万)',
    periodEnd: true,
    turns: [
      { user: '公司有两个技能大师工作室 一个买设备40万 另一个买了70万 都是职工教育经费出的', expect: askKit },
      { user: '俩都验收合格了', expect: kitNot(180000, 220000) },
    ],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v39d56',
    class: 'education_fund',
    probes: 'fund below 8 % of payroll: the whole fund is deductible',
    turns: [{ user: '公司一年工资总额500万 职工教育经费提了30万 税前能扣多少', expect: deduct(300000) }],
  },
  {
    id: 'v39d57',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: capped at 8 %',
    turns: [{ user: '工资薪金总额两百万 教育经费提了二十万 能全部税前扣除吗', expect: deduct(160000, 200000) }],
  },
  {
    id: 'v39d58',
    class: 'education_fund',
    probes: 'payroll asked, then given as 一百万',
    turns: [
      { user: '职工教育经费提了12万 能抵多少税', expect: askFund },
      { user: '工资总额一百万', expect: deduct(80000, 120000) },
    ],
  },
  {
    id: 'v39d59',
    class: 'education_fund',
    probes: 'front-line share only half: the 60 % rule is mentioned',
    turns: [
      {
        user: '工资总额300万 教育经费提了18万 其中一线职工培训只用了一半',
        expect: { ...deduct(180000), says: [/税前/, /60\s*[%％]|百分之六十|六成/] },
      },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v39d60',
    class: 'apprenticeship',
    probes: 'per-apprentice amount: the plan says only 按照相关规定',
    periodEnd: true,
    turns: [{ user: '我们厂今年带了10个新型学徒 每个学徒能补多少钱', expect: { ...noFigure(['四(一)']), mentionsPeriodEnd: true } }],
  },
  {
    id: 'v39d61',
    class: 'apprenticeship',
    probes: 'apprentice asks for himself; then the 师带徒 allowance of 六(二)',
    periodEnd: true,
    turns: [
      { user: '我在厂里当学徒 师傅带着我 听说有学徒补贴 我自己能拿多少啊😳', expect: noFigure(['四(一)']) },
      { user: '那师傅带徒弟有没有津贴', expect: noFigure(['六(二)']) },
    ],
  },
  {
    id: 'v39d62',
    class: 'apprenticeship',
    probes: '[trad] per-apprentice yearly amount asked in Traditional characters',
    periodEnd: true,
    turns: [{ user: '請問企業新型學徒制，一個學徒一年補貼多少錢？', expect: noFigure(['四(一)']) }],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v39d63',
    class: 'period',
    probes: 'can 以工代训 still be claimed now: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [{ user: '以工代训那个补贴 俺们厂到今天还能去申请不 别白跑一趟', expect: { mentionsPeriodEnd: true, cites: ['六(一)'] } }],
  },
  {
    id: 'v39d64',
    class: 'period',
    probes: '[dated] cooperative asks for August 2020, then whether it can still apply now',
    periodEnd: true,
    turns: [
      { user: '2020年8月那会儿 我们合作社用了贫困户3个 干了9个月 以工代训6个月 岗前补贴没领 当时能拿多少', expect: pay(3600) },
      { user: '那现在补申请还来得及不', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v39d65',
    class: 'period',
    probes: 'veteran asks whether the plan\'s training is still valid for him',
    periodEnd: true,
    turns: [{ user: '我是退役军人 这个方案里说的培训现在还有效吗 我还能去报名吗', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } }],
  },
  {
    id: 'v39d66',
    class: 'period',
    probes: 'young person asks which years the action covers and whether it still counts',
    periodEnd: true,
    turns: [{ user: '这个技能提升行动是哪年到哪年的啊 现在还算数不 🤔', expect: { mentionsPeriodEnd: true, says: [/2019/] } }],
  },
];
