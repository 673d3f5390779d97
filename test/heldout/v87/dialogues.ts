/**
 * HELD-OUT dialogues, set v87 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v15
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: young online sellers and livestreamers (直播带货、抖店/快手小店、淘宝网店、短视频)
 * and the staff of small training institutions that teach them (电商培训、互联网营销师、项目制培训),
 * some of whom hire 建档立卡贫困户 or disabled assistants (主播助理、客服、打包、剪辑). WeChat on a
 * phone: chat slang (家人们 / 宝子 / 咋 / 木有 / emmm / hhh / xswl), numbers with w and k, emoji,
 * sarcasm and jokes, facts spread over turns, corrections, "不清楚", topic switches, dated questions.
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it depends
 * on has been said: the kind of unit, insurance where the rule needs it, the group, months employed
 * (poor labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was already claimed.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业、合作社、扶贫车间, a 培训机构 too); 就业困难
 *   (incl. 残疾人) and 零就业家庭 only by an insured enterprise; 退役军人 is no group of this rule;
 *   rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only bought from
 *   the 职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy, paid in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreading's figure. */
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** The 项目制 advance. */
const advance = (yuan: number): TurnExpect => ({ amount: { rule: 'project_training_advance', yuan } });
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const over: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V87: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v87-d01',
    class: 'one_group',
    probes: 'facts of one poor-labour hire arrive over three turns; amount only after the 岗前 fact',
    periodEnd: true,
    turns: [
      { user: '家人们 我们抖音小店是注册了公司的 招了个建档立卡贫困户小姑娘当主播助理 这个以工代训补贴咋算呀🙏', expect: askOJT },
      { user: '她来了8个月了 带着她以工代训了5个月', expect: askOJT },
      { user: '岗前培训补贴没领过哈 从来没申请', expect: pay(1000) },
    ],
  },
  {
    id: 'v87-d02',
    class: 'one_group',
    probes: 'poverty workshop, all facts in one run-on message',
    periodEnd: true,
    turns: [
      {
        user: '我们是扶贫车间 平时直播卖手工红薯粉条 吸纳了3个贫困户 干了快一年了 以工代训搞了6个月 岗前培训补贴没申请过 能拿多少💰',
        expect: pay(3600),
      },
    ],
  },
  {
    id: 'v87-d03',
    class: 'one_group',
    probes: 'disabled hire of an insured company counts as 就业困难人员',
    periodEnd: true,
    turns: [{ user: '公司社保一直正常交 招了1个残疾人小哥做直播间客服 以工代训4个月 岗前补贴没领 能补多少', expect: pay(800) }],
  },
  {
    id: 'v87-d04',
    class: 'one_group',
    probes: '以工代训 months over the cap of 6',
    periodEnd: true,
    turns: [
      {
        user: '农民专业合作社 搞农产品直播的 贫困劳动力2个 在我们这干了10个月 以工代训搞了9个月 岗前培训补贴木有领 补贴多少啊',
        expect: payNot(2400, 3600),
      },
    ],
  },
  {
    id: 'v87-d05',
    class: 'one_group',
    probes: 'a training institution hiring poor labour is a production entity too',
    periodEnd: true,
    turns: [
      { user: '我们是做电商直播培训的机构 自己也招了个贫困户当助教 这个能算以工代训不😂', expect: askOJT },
      { user: '她在我们这干了7个月了，以工代训3个月，岗前补贴也没拿过', expect: pay(600) },
    ],
  },
  {
    id: 'v87-d06',
    class: 'one_group',
    probes: 'poor labour employed under 6 months: no amount, no yes',
    turns: [
      {
        user: '网店公司 招了2个建档立卡的打包员 才干了4个月 以工代训也4个月 岗前补贴没领 现在能拿以工代训补贴吗',
        expect: { ...notYes(1600), noAmount: 'open' },
      },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v87-d07',
    class: 'several_groups',
    probes: 'poor labour and disabled hires with different months stay apart',
    periodEnd: true,
    turns: [
      {
        user: '我们直播公司交社保的 招了2个贫困户主播助理 干了8个月以工代训6个月，还有1个残疾人剪辑 以工代训3个月，都没领过岗前培训补贴',
        expect: payNot(3000, 3600),
      },
    ],
  },
  {
    id: 'v87-d08',
    class: 'several_groups',
    probes: 'insurance open for the zero-employment row only: settle the poor row, ask about the other, then total',
    periodEnd: true,
    turns: [
      {
        user: '宝子们帮忙看下 电商公司 两拨人：贫困户4个 干了1年 以工代训5个月；零就业家庭的2个 以工代训6个月。岗前补贴都没拿',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['6400'] },
      },
      { user: '社保交着呢 每个月按时扣的', expect: pay(6400) },
    ],
  },
  {
    id: 'v87-d09',
    class: 'several_groups',
    probes: 'three groups, three different months, none at the cap',
    periodEnd: true,
    turns: [
      {
        user: '我们电商公司(有社保)：贫困劳动力3人 入职9个月 以工代训4个月；就业困难人员1人 以工代训6个月；残疾人2人 以工代训2个月。岗前培训补贴一个都没领 总共多少',
        expect: payNot(4400, 7200),
      },
    ],
  },
  {
    id: 'v87-d10',
    class: 'several_groups',
    probes: 'groups first, months next turn, 岗前 last; each group keeps its own months',
    periodEnd: true,
    turns: [
      { user: '抖店公司，交社保的。招了贫困户2个，残疾人1个，以工代训补贴能申请不', expect: askOJT },
      { user: '贫困户那俩干了半年多了，以工代训6个月；残疾人那个以工代训才2个月', expect: askOJT },
      { user: '岗前补贴 仨人都没领', expect: payNot(2800, 3600) },
    ],
  },
  {
    id: 'v87-d11',
    class: 'several_groups',
    probes: 'a veteran is no group of 以工代训; only the poor hire counts',
    periodEnd: true,
    turns: [
      {
        user: '快手小店公司 交社保 招了退役军人1个 以工代训6个月，贫困户1个 干了7个月 以工代训6个月，岗前补贴都没领，俩人一共能补多少',
        expect: payNot(1200, 2400),
      },
    ],
  },
  {
    id: 'v87-d12',
    class: 'several_groups',
    probes: 'one group already had the 岗前 subsidy, the other not',
    periodEnd: true,
    turns: [
      {
        user: '直播基地(公司 社保正常交) 招残疾人3个以工代训5个月，他们岗前培训补贴已经领了；另外贫困户2个 干8个月 以工代训5个月 岗前补贴没领',
        expect: payNot(2000, 5000),
      },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v87-d13',
    class: 'negation_after_noun',
    probes: '"社保这块…一直没交": not insured, disabled hires do not count',
    turns: [
      { user: '社保这块 我们公司 说实话一直没交😅 招了2个残疾人 以工代训5个月 岗前补贴没领 能拿多少', expect: noPay(2000) },
    ],
  },
  {
    id: 'v87-d14',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴 之前 可没领过": not claimed',
    periodEnd: true,
    turns: [
      { user: '岗前培训补贴 之前 我们可没领过哈 公司是参保的 招了1个就业困难人员 以工代训6个月 补多少', expect: pay(1200) },
    ],
  },
  {
    id: 'v87-d15',
    class: 'negation_after_noun',
    probes: '"岗前补贴啥的一分都木有拿": not claimed, cooperative',
    periodEnd: true,
    turns: [
      {
        user: '贫困户那个主播助理，岗前补贴啥的一分都木有拿 她在我们合作社干了一年 以工代训4个月 能补多少',
        expect: pay(800),
      },
    ],
  },
  {
    id: 'v87-d16',
    class: 'negation_after_noun',
    probes: '"养老金 没领也没资格领": no pension, no 不符合 on that ground',
    turns: [
      {
        user: '养老金 我妈没领也没资格领 她55了在学直播带货 培训补贴她能享受不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v87-d17',
    class: 'negation_after_noun',
    probes: '"证书…还没拿到": certificate not obtained, no yes',
    turns: [
      {
        user: '在郑州报的电商班 证书 考完了还没拿到手 现在能申请培训补贴吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v87-d18',
    class: 'negation_after_noun',
    probes: '"系统 他们压根没录": institution not in the system, 系统之外零补贴',
    turns: [
      {
        user: '机构那边说 河南那个培训系统 他们压根没录我们 学员还能拿补贴吗 离谱',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(三)', '七(一)'] },
      },
    ],
  },
  {
    id: 'v87-d19',
    class: 'negation_after_noun',
    probes: '"以工代训…其实还没开始搞": no months of 以工代训, no yes',
    turns: [
      { user: '以工代训 我们这个贫困户员工 其实还没开始搞 她才入职两个月 公司能先拿补贴不', expect: { ...notYes(2400), noAmount: 'open' } },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v87-d20',
    class: 'unknown_reply',
    probes: '"不清楚" about the 岗前 subsidy leaves it open; answer once known',
    periodEnd: true,
    turns: [
      { user: '公司招了2个贫困户做打包发货 干了7个月 以工代训5个月 能补多少', expect: askOJT },
      { user: '岗前补贴领没领我真不清楚 是我们财务弄的🤷', expect: dunnoOJT },
      { user: '问了财务 说没领过', expect: pay(2000) },
    ],
  },
  {
    id: 'v87-d21',
    class: 'unknown_reply',
    probes: 'insurance "不太确定": open, no verdict',
    turns: [
      { user: '我们网店公司招了个残疾人小哥做客服 以工代训3个月 岗前补贴没领 能有多少', expect: askOJT },
      { user: '社保交没交 这个不太确定 都是老板管的', expect: dunnoOJT },
    ],
  },
  {
    id: 'v87-d22',
    class: 'unknown_reply',
    probes: 'acceptance unknown for studio equipment, then said',
    turns: [
      { user: '我们建了个直播技能大师工作室 新买设备40w 从职工教育经费出的 验收过没 我也不知道', expect: dunnoKit },
      { user: '刚问了 验收过了 人社和财政都验收合格', expect: kit(80000) },
    ],
  },
  {
    id: 'v87-d23',
    class: 'unknown_reply',
    probes: 'project total unknown: no advance figure; then the total',
    turns: [
      {
        user: '我们机构在搞项目制电商培训 听说能先拨付一部分 但这期项目补贴总额多少我也不清楚 先拨多少啊',
        expect: { noAmount: 'open', cites: ['六(一)'], notVerdict: { rule: 'project_training_advance', status: 'ineligible' } },
      },
      { user: '问到了 这期项目核定的补贴总共24w', expect: advance(120000) },
    ],
  },
  {
    id: 'v87-d24',
    class: 'unknown_reply',
    probes: 'poor-household status unknown: free training undecided; then confirmed',
    turns: [
      {
        user: '帮我们主播小妹问下 她是不是建档立卡的 她自己也说不清 她去学培训能免费吗',
        expect: { noAmount: 'unfixed', undecided: 'free_training_poor', notVerdict: { rule: 'free_training_poor', status: 'ineligible' } },
      },
      { user: '查到了 她家是建档立卡贫困户', expect: { noAmount: 'unfixed', cites: ['三(三)'] } },
    ],
  },
  {
    id: 'v87-d25',
    class: 'unknown_reply',
    probes: 'months employed of poor labour "记不清": open',
    turns: [
      {
        user: '扶贫车间 贫困户3个 以工代训6个月 岗前补贴没领 至于干了多久 这个真记不清了 能补吗',
        expect: { ...dunnoOJT, mustNotContain: ['3600'] },
      },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v87-d26',
    class: 'correction',
    probes: 'the count is corrected from 2 to 3',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了2个残疾人打包 以工代训4个月 岗前补贴没领', expect: pay(1600) },
      { user: '不对不对 是3个残疾人 我数错了🤣', expect: pay(2400) },
    ],
  },
  {
    id: 'v87-d27',
    class: 'correction',
    probes: 'the 岗前 fact is corrected to claimed',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户1个 干了9个月 以工代训5个月 岗前补贴没领 补贴多少', expect: pay(1000) },
      { user: '哦 刚才说错了 她岗前补贴其实领过了', expect: noPay(1000) },
    ],
  },
  {
    id: 'v87-d28',
    class: 'correction',
    probes: 'insurance corrected to not paid',
    periodEnd: true,
    turns: [
      { user: '公司有社保 招了1个零就业家庭的 以工代训6个月 岗前补贴没领', expect: pay(1200) },
      { user: '等下 社保我搞错了 我们公司还没交', expect: noPay(1200) },
    ],
  },
  {
    id: 'v87-d29',
    class: 'correction',
    probes: 'equipment value corrected from 300w to 30w',
    turns: [
      { user: '高技能人才培训基地 新买实训设备300w 职工教育经费出的 已经验收合格', expect: kit(500000) },
      { user: '打错了 多打了个0 是30w', expect: kit(60000) },
    ],
  },
  {
    id: 'v87-d30',
    class: 'correction',
    probes: 'education fund corrected; the deduction follows',
    turns: [
      { user: '工资总额去年500w 职工教育经费提了50w 税前能扣多少', expect: deduct(400000) },
      { user: '更正下 教育经费实际只提了30w', expect: deduct(300000) },
    ],
  },
  {
    id: 'v87-d31',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 3 to 5',
    periodEnd: true,
    turns: [
      { user: '电商公司 贫困户2个 干了8个月 以工代训3个月 岗前没领', expect: pay(1200) },
      { user: '啊说错了 以工代训其实搞了5个月 不是3个月哈', expect: pay(2000) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v87-d32',
    class: 'topic_switch',
    probes: 'after an amount, a new-occupation question must not carry the figure',
    periodEnd: true,
    turns: [
      { user: '公司参保 招了1个残疾人运营 以工代训6个月 岗前补贴没领', expect: pay(1200) },
      {
        user: '另外问下 互联网营销师这种国家公布的新职业 培训补贴按啥标准来',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], mustNotContain: ['1200'] },
      },
    ],
  },
  {
    id: 'v87-d33',
    class: 'topic_switch',
    probes: 'from a living-allowance question to the system institutions must use',
    turns: [
      { user: '学员参加直播培训期间 生活费补贴一天给多少钱', expect: unsettled },
      { user: '行吧 那换个问题 我们培训机构做补贴性培训 必须用哪个系统录学员', expect: { noAmount: 'unfixed', cites: ['六(三)'] } },
    ],
  },
  {
    id: 'v87-d34',
    class: 'topic_switch',
    probes: 'entrepreneurship first, then an unrelated veteran question',
    turns: [
      {
        user: '网店开了2年了 小微企业 想参加创业培训 行不',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], status: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
      { user: '对了 我老公是退役军人 他想学技能 方案里对退役军人培训有啥说法', expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)'] } },
    ],
  },
  {
    id: 'v87-d35',
    class: 'topic_switch',
    probes: 'education fund, then chit-chat outside the plan',
    turns: [
      { user: '工资薪金总额150w 职工教育经费提了15w 税前扣除能扣多少', expect: deduct(120000) },
      { user: '换个话题 今天郑州下雨不 晚上还要出去摆摊直播', expect: decline },
    ],
  },
  {
    id: 'v87-d36',
    class: 'topic_switch',
    probes: 'project advance rule, then an unrelated 以工代训 case',
    periodEnd: true,
    turns: [
      { user: '听说培训机构搞项目制培训 补贴能先拨一半？', expect: { noAmount: 'open', cites: ['六(一)'] } },
      { user: '另外 我们直播公司招了个残疾人客服 社保交着 以工代训2个月 岗前补贴没领 这个多少', expect: pay(400) },
    ],
  },
  {
    id: 'v87-d37',
    class: 'topic_switch',
    probes: 'e-commerce training lookup, then a poor family whose child is at a 技工学校',
    turns: [
      { user: '直播带货 电商这种培训 方案里有提到吗', expect: { noAmount: 'unfixed', cites: ['五(一)', '三(九)'] } },
      {
        user: '还有个事 我表妹家是建档立卡贫困户 她儿子在读技工学校 家里能有啥补助',
        expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'] },
      },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v87-d38',
    class: 'person_training',
    probes: 'three subsidies already this year: no fourth',
    turns: [
      {
        user: '今年已经领过3次培训补贴了 这次学短视频剪辑还能领不 想薅到底hhh',
        expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v87-d39',
    class: 'person_training',
    probes: 'same occupation and level subsidised before',
    turns: [
      {
        user: '去年电子商务师中级已经补贴过了 今年想再考一次同一个等级 还能补吗',
        expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v87-d40',
    class: 'person_training',
    probes: 'training where one lives (常住地) is allowed',
    turns: [
      {
        user: '户口不在郑州 但我常住郑州 在郑州学直播 也考到证了 能给培训补贴吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v87-d41',
    class: 'person_training',
    probes: 'a retiree drawing a monthly pension is outside the training subsidy',
    turns: [
      {
        user: '我爸退休了 每月领养老金 他也想学拍短视频带货 能享受培训补贴不',
        expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v87-d42',
    class: 'person_training',
    probes: 'a new occupation follows the priority standard',
    turns: [
      {
        user: '互联网营销师 是国家新公布的职业吧 咱郑州的培训补贴目录有它吗 按啥标准补',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/优先/] },
      },
    ],
  },
  {
    id: 'v87-d43',
    class: 'person_training',
    probes: 'free training for a poor person, then a living allowance the plan does not fix',
    turns: [
      { user: '我是贫困户 建档立卡的 想学电商开网店 培训要交钱吗', expect: { noAmount: 'unfixed', cites: ['三(三)'] } },
      { user: '那学的时候有生活费补贴不 一天多少', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v87-d44',
    class: 'entrepreneurship',
    probes: 'a micro business open 3 years qualifies',
    turns: [
      {
        user: '开了个淘宝店 执照办了3年 算小微企业 能参加创业培训吗',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], status: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v87-d45',
    class: 'entrepreneurship',
    probes: 'a college student asks the per-person figure: none fixed',
    turns: [{ user: '大专在读 毕业想自己做直播 有创业培训吗 一个人补多少钱', expect: noFigure(['三(八)']) }],
  },
  {
    id: 'v87-d46',
    class: 'entrepreneurship',
    probes: 'business open 6 years: not by that route; then a wish to start a new one',
    turns: [
      {
        user: '店开了6年了 老油条了😂 还算不算创业培训对象',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
      {
        user: '我打算再开个新公司搞MCN 这算有创业愿望吧',
        expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v87-d47',
    class: 'entrepreneurship',
    probes: 'per-head figure of entrepreneurship training is not in the plan',
    turns: [{ user: '创业培训 政府补贴一人多少钱啊 有没有3k', expect: noFigure(['三(八)']) }],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v87-d48',
    class: 'equipment',
    probes: 'studio capped at 100 000',
    turns: [
      {
        user: '我们公司建了个直播技能大师工作室 买设备花了80w 职工教育经费出的 人社财政验收合格了 能补多少',
        expect: kit(100000),
      },
    ],
  },
  {
    id: 'v87-d49',
    class: 'equipment',
    probes: 'base 20 % under the cap',
    turns: [{ user: '高技能人才培训基地 设备150w 教育经费列支的 已验收 一次性补助多少', expect: kit(300000) }],
  },
  {
    id: 'v87-d50',
    class: 'equipment',
    probes: 'bought from own money, not the education fund: no subsidy',
    turns: [
      {
        user: '设备补贴问下 我们基地买了100w设备 用的是公司自有资金 职工教育经费一分没动 验收过了',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['200000', /20万/] },
      },
    ],
  },
  {
    id: 'v87-d51',
    class: 'equipment',
    probes: 'kind of site unknown: ask, then a master studio',
    turns: [
      {
        user: '我们买了70w直播实训设备 职工教育经费出的 也验收了 能一次性补多少',
        expect: { noAmount: 'open', oneOf: [{ asks: true }, { undecided: 'equipment_subsidy' }] },
      },
      { user: '是技能大师工作室用的', expect: kit(100000) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v87-d52',
    class: 'education_fund',
    probes: 'fund under 8 %: the whole fund deductible',
    turns: [{ user: '工资薪金总额200w 职工教育经费提了10w 能税前扣多少', expect: deduct(100000) }],
  },
  {
    id: 'v87-d53',
    class: 'education_fund',
    probes: '师带徒 use of the fund, then the front-line share',
    turns: [
      { user: '职工教育经费 能拿来发师带徒津贴不', expect: { noAmount: 'unfixed', cites: ['六(二)'] } },
      { user: '我们一线主播培训只用了一半的教育经费 这样合规不', expect: { noAmount: 'unfixed', cites: ['六(二)'], says: [/60/] } },
    ],
  },
  {
    id: 'v87-d54',
    class: 'education_fund',
    probes: 'payroll unknown: the rate but no figure',
    turns: [
      {
        user: '教育经费税前扣除 比例是多少 我们今年工资总额还没算出来',
        expect: { noAmount: 'open', undecided: 'education_fund_deduction', says: [/8\s*%|百分之八/] },
      },
    ],
  },
  {
    id: 'v87-d55',
    class: 'education_fund',
    probes: 'fund over 8 %: capped at 8 % of payroll',
    turns: [{ user: '我们MCN公司工资总额800w 教育经费提了100w 税前最多扣多少', expect: deduct(640000) }],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v87-d56',
    class: 'apprenticeship',
    probes: 'apprenticeship per-head figure not fixed',
    turns: [{ user: '带徒弟那个 企业新型学徒制 补贴多少一个人 有没有1w', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v87-d57',
    class: 'apprenticeship',
    probes: 'five apprentices: no figure; then 师带徒 from the fund',
    turns: [
      { user: '我们公司今年带了5个新型学徒 做直播运营的 能补多少钱', expect: noFigure(['四(一)']) },
      { user: '那师带徒的津贴 能从教育经费里出吗', expect: { noAmount: 'unfixed', cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v87-d58',
    class: 'apprenticeship',
    probes: 'three-year target of apprentices',
    turns: [{ user: '企业新型学徒 方案说三年要培养多少个', expect: { noAmount: 'unfixed', cites: ['四(一)'], says: [/2\s*万/] } }],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v87-d59',
    class: 'period',
    probes: 'asked today whether 以工代训 can still be claimed',
    periodEnd: true,
    turns: [{ user: '都2025年了 以工代训补贴现在还能申请吗 别是过期的政策吧', expect: { ...over, cites: ['六(一)'] } }],
  },
  {
    id: 'v87-d60',
    class: 'period',
    probes: 'dated question inside the period',
    periodEnd: true,
    turns: [
      { user: '2020年9月那会 我们公司(交社保)招了1个残疾人 以工代训6个月 岗前补贴没领 当时能补多少', expect: pay(1200) },
    ],
  },
  {
    id: 'v87-d61',
    class: 'period',
    probes: 'project advance asked for this year',
    periodEnd: true,
    turns: [{ user: '项目制先拨付50%这个 现在还有效吗 我们机构想今年申请', expect: { ...over, cites: ['六(一)'] } }],
  },
  {
    id: 'v87-d62',
    class: 'period',
    probes: 'dated project advance inside the period',
    periodEnd: true,
    turns: [{ user: '2021年5月 我们机构开项目制电商培训 补贴总额36w 当时能先拨多少', expect: advance(180000) }],
  },
  {
    id: 'v87-d63',
    class: 'period',
    probes: 'training begun after the plan ended',
    periodEnd: true,
    turns: [{ user: '2022年3月才开班的学员 还能按这个方案拿补贴吗', expect: { ...over, noAmount: 'unfixed' } }],
  },
  {
    id: 'v87-d64',
    class: 'period',
    probes: 'when the plan ran out, then whether a trainee can claim now',
    periodEnd: true,
    turns: [
      { user: '话说这个技能提升方案 到底哪天到期的啊', expect: { says: [/2021/] } },
      { user: '那我现在报个直播班 还能按它补贴不', expect: { ...over, noAmount: 'unfixed' } },
    ],
  },
];
