/**
 * HELD-OUT dialogues, set v40 — written from the policy text (policy-corpus/zz-2019-63.md) and
 * the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output, the
 * code under src/, or the dev sets under test/core/. Only the format of v15 (its header and first
 * lines) was looked at; no other set was read. Not to be tuned on: no word of these messages goes
 * into a glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it
 * measures nothing any more; write a new one instead.
 *
 * Who types here: women in their forties and fifties going back to work (家政, 育婴员, 月嫂,
 * 养老护理) asking about training subsidies and certificates; small construction and decoration
 * subcontractors taking on migrant workers and poor-household labour in batches (第一批 / 第二批 /
 * 上个月又来了几个); a county HR-bureau clerk relaying citizens' questions in office shorthand
 * ("群众咨询：…"). WeChat on a phone: dialect (俺 / 咋 / 木有 / 中 / 恁), homophones, no
 * punctuation, numerals as 俩 / 仨 / 七八个 / 一两年. People answer the bot with a different fact
 * than asked, give ranges, correct only the count or only the months, ask what happens after 2021,
 * and ask for the bot's opinion or a guarantee.
 *
 * Issue 10: nothing is inferred from silence; 不知道 / 不清楚 leaves a fact open. A range settles a
 * fact only when every value in it gives the same answer (一两年 ≥ 6 months; 以工代训七八个月 caps
 * at 6; 三四个 and 五六个月 do not), and there a careful implementation may still ask (oneOf).
 *
 * Amounts, computed by hand from the contract:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only by an
 *   insured enterprise; 退役军人 and ordinary 农民工 are no group; rows with the 岗前培训补贴
 *   claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
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
/** The 以工代训 amount, the plan's end said in the same answer. */
const payEnd = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mentionsPeriodEnd: true });
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible (yet) on these facts, the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** A range that settles the amount: answer it, or ask once more without a figure. */
const payOrAsk = (yuan: number): TurnExpect => ({ oneOf: [payEnd(yuan), askOJT] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing or vague: no figure. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** A personal training subsidy that is not yet excluded: no figure, no 不符合. */
const trainOpen: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } };
/** A personal training subsidy excluded on the facts given: no figure, not 符合. */
const trainNo = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites, notVerdict: { rule: 'vocational_training', status: 'eligible' } });
/** No promise the bot cannot keep. */
const NO_PROMISE: RegExp[] = [
  /(?<!(不|没|无法|没法|不能|难以|不敢|没办法))(保证|担保|打包票)(您|你)?(一定|肯定)?(能|可以)(领|拿|批|到|享受)/,
  /(?<!不)(一定|肯定|保准|绝对)(能|可以)(领|拿|批|享受)/,
];
/** No opinion of its own. */
const NO_OPINION: RegExp[] = [/我(个人)?(觉得|认为|感觉)/, /(值得|划算|建议你们?)(去)?(弄|搞|申请)/];

export const DIALOGUES_V40: Dialogue[] = [
  // ------------------------------------------------------------------ one group
  {
    id: 'v40d01',
    class: 'one_group',
    probes: 'clerk shorthand, one poor-labour row with months employed and 以工代训 months apart',
    turns: [
      {
        user: '群众咨询：某装饰公司吸纳建档立卡贫困劳动力2人，已在岗7个月，以工代训5个月，岗前培训补贴未享受。问补贴金额。',
        expect: { ...payEnd(2000), cites: ['六(一)'], mustNotContain: ['2800', '2400'] },
      },
    ],
  },
  {
    id: 'v40d02',
    class: 'one_group',
    probes: '"上个月又来了几个" gives no count; then a count with under six months employed',
    periodEnd: true,
    turns: [
      { user: '俺是干装修的 挂在公司名下 上个月又来了几个贫困户 那个以工代训能领不', expect: askOJT },
      { user: '来了4个 才干一个多月', expect: notYes(4800, 800) },
    ],
  },
  {
    id: 'v40d03',
    class: 'one_group',
    probes: 'range 七八个月 for both months settles the 6-month cap',
    turns: [
      {
        user: '我们劳务公司 有3个贫困户工人 来了七八个月了 以工代训也搞了七八个月 岗前补贴没拿过 能补多少',
        expect: { ...payOrAsk(3600), mustNotContain: ['4200', '4800'] },
      },
    ],
  },
  {
    id: 'v40d04',
    class: 'one_group',
    probes: 'zero-employment member: insurance and 岗前 asked, then answered in one bare line',
    periodEnd: true,
    turns: [
      { user: '家政公司 招了一个零就业家庭的大姐 以工代训4个月 这个给补不', expect: askOJT },
      { user: '社保正常交着哩 岗前那个补贴 木有', expect: pay(800) },
    ],
  },
  {
    id: 'v40d05',
    class: 'one_group',
    probes: 'veterans are not a 以工代训 group',
    periodEnd: true,
    turns: [
      {
        user: '俺们工程队是注册了公司的 去年收了俩退伍兵 带着干了6个月 也按以工代训算钱吗',
        expect: { ...noPay(2400), cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v40d06',
    class: 'one_group',
    probes: 'a disabled hire counts as 就业困难人员 at an insured enterprise',
    turns: [
      {
        user: '群众咨询：参保企业招用残疾人1名，以工代训6个月，岗前培训补贴未申领，可否享受以工代训补贴，标准多少',
        expect: payEnd(1200),
      },
    ],
  },
  {
    id: 'v40d07',
    class: 'one_group',
    probes: 'range 一两年 employed still settles the ≥ 6 months condition',
    turns: [
      {
        user: '我们是装修公司 俩建档立卡的兄弟跟着干了一两年了 以工代训做满6个月 岗前培训补贴一分没拿',
        expect: payOrAsk(2400),
      },
    ],
  },
  {
    id: 'v40d08',
    class: 'one_group',
    probes: 'asks the bot for its opinion, then gives facts',
    periodEnd: true,
    turns: [
      { user: '你觉得我们装修公司值不值得去弄这个以工代训 麻烦不麻烦', expect: { noAmount: 'unfixed', mustNotContain: NO_OPINION } },
      { user: '就2个贫困户 干了八个多月 以工代训6个月 岗前没领 你就直说能拿多少', expect: pay(2400) },
    ],
  },

  // ------------------------------------------------------------------ several groups
  {
    id: 'v40d09',
    class: 'several_groups',
    probes: 'two batches with their own months; an off-topic reply to the bot; 岗前 answered last',
    periodEnd: true,
    turns: [
      { user: '装修公司 第一批来了3个贫困户 以工代训6个月 第二批2个 以工代训3个月 两批都干满半年了', expect: askOJT },
      { user: '他们都是俺老乡 一个村的', expect: askOJT },
      { user: '岗前那个都没领过', expect: payNot(4800, 6000, 3000) },
    ],
  },
  {
    id: 'v40d10',
    class: 'several_groups',
    probes: 'clerk shorthand with two groups and different months at an insured enterprise',
    turns: [
      {
        user: '群众咨询：某建筑劳务企业（已参保）吸纳就业困难人员2人以工代训4个月；建档立卡贫困劳动力3人在岗8个月以工代训6个月。均未享受岗前培训补贴。补贴如何计算',
        expect: { ...payNot(5200, 6000, 4000), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v40d11',
    class: 'several_groups',
    probes: 'ordinary migrant workers mixed with poor labour; only the poor ones count',
    periodEnd: true,
    turns: [
      { user: '工地上招了十来个农民工 里面有3个是贫困户 干了9个月 以工代训6个月', expect: { ...askOJT, mustNotContain: ['12000', '15600'] } },
      { user: '我们是正规公司 有营业执照 岗前的补贴没领', expect: payNot(3600, 12000, 15600) },
    ],
  },
  {
    id: 'v40d12',
    class: 'several_groups',
    probes: 'uninsured company: 就业困难 rows drop, the poor-labour row stays',
    turns: [
      {
        user: '我们小装修公司 社保没给工人交 招了2个就业困难的 1个贫困户 贫困户干了半年了 以工代训都是6个月 岗前补贴都没领',
        expect: { ...payNot(1200, 3600, 2400), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v40d13',
    class: 'several_groups',
    probes: 'second batch "三四个" just arrived cannot qualify yet; then only the first count is corrected',
    periodEnd: true,
    turns: [
      {
        user: '装修公司 第一批5个建档立卡的 干了10个月 以工代训6个月 上个月又来了三四个 刚来 岗前补贴谁都没领',
        expect: { oneOf: [pay(6000), { asks: true }], mustNotContain: ['9600', '10800', '6600', '6800'] },
      },
      {
        user: '不对 第一批是6个 不是5个',
        expect: { oneOf: [pay(7200), { asks: true }], mustNotContain: ['10800', '12000', '7800', '8000'] },
      },
    ],
  },
  {
    id: 'v40d14',
    class: 'several_groups',
    probes: 'cooperative: difficulty hires need an insured enterprise; one poor worker had 岗前 claimed',
    turns: [
      {
        user: '群众咨询：农民专业合作社吸纳贫困劳动力4人（就业均满6个月，以工代训6个月），其中1人已领新录用人员岗前技能培训补贴；另吸纳就业困难人员2人以工代训6个月。可享受多少',
        expect: { ...payNot(3600, 4800, 6000, 7200), mentionsPeriodEnd: true },
      },
    ],
  },

  // ------------------------------------------------------------------ negation after the noun
  {
    id: 'v40d15',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 … 公司没去申请: negation far after the noun',
    turns: [
      {
        user: '岗前培训补贴 他们几个人刚来那会儿公司没去申请 就是贫困户4个 干了一年 以工代训6个月 公司是个装修公司',
        expect: { ...payEnd(4800), mustNotContain: ['2400'] },
      },
    ],
  },
  {
    id: 'v40d16',
    class: 'negation_after_noun',
    probes: '社保 … 到现在也没给交: zero-employment hires at an uninsured employer',
    periodEnd: true,
    turns: [
      {
        user: '社保这块 俺们老板到现在也没给交 招了2个零就业家庭的 以工代训5个月 能补不',
        expect: { ...noPay(2000), cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v40d17',
    class: 'negation_after_noun',
    probes: '月嫂证 … 还没考下来: no certificate yet',
    periodEnd: true,
    turns: [
      { user: '月嫂证 俺还没考下来呢 培训是在户口那边县里上的 这能领培训补贴不', expect: trainNo(['七(二)']) },
    ],
  },
  {
    id: 'v40d18',
    class: 'negation_after_noun',
    probes: '退休金 我没有: no monthly pension must not read as having one',
    periodEnd: true,
    turns: [
      { user: '退休金 我没有 才49 原先厂里下岗了 想学养老护理 有补贴没', expect: trainOpen },
    ],
  },
  {
    id: 'v40d19',
    class: 'negation_after_noun',
    probes: '贫困户 那几个人都不是: plain migrant workers, no group',
    periodEnd: true,
    turns: [
      {
        user: '贫困户 那5个人都不是 就是普通农民工 干了8个月 以工代训6个月 岗前没领 我们是装修公司',
        expect: noPay(6000),
      },
    ],
  },
  {
    id: 'v40d20',
    class: 'negation_after_noun',
    probes: '岗前补贴 … 其实没领成; then the missing facts',
    periodEnd: true,
    turns: [
      { user: '招了3个建档立卡的 岗前培训补贴 之前有个中介说帮我们领 其实没领成', expect: askOJT },
      { user: '我们是劳务公司 他们干了7个月 以工代训6个月', expect: pay(3600) },
    ],
  },
  {
    id: 'v40d21',
    class: 'negation_after_noun',
    probes: '以工代训 … 其实没搞: no on-the-job training at all',
    periodEnd: true,
    turns: [
      {
        user: '那仨人 以工代训 俺们其实没搞 就是招进来直接上工地干活 都是贫困户 干了一年 装修公司 能领不',
        expect: notYes(3600),
      },
    ],
  },

  // ------------------------------------------------------------------ unknown replies
  {
    id: 'v40d22',
    class: 'unknown_reply',
    probes: '岗前 answered 不清楚, then settled',
    periodEnd: true,
    turns: [
      { user: '装修公司 招了2个贫困户 以工代训6个月 干了大半年了 能补多少', expect: askOJT },
      { user: '岗前那个补贴 我也不清楚 会计管的', expect: dunnoOJT },
      { user: '问过会计了 没领过', expect: pay(2400) },
    ],
  },
  {
    id: 'v40d23',
    class: 'unknown_reply',
    probes: 'clerk: insurance unknown, then verified',
    periodEnd: true,
    turns: [
      { user: '群众咨询：企业吸纳就业困难人员3人，以工代训6个月，未领岗前补贴，能享受多少', expect: askOJT },
      { user: '群众答复：是否参保不清楚', expect: dunnoOJT },
      { user: '已核实 该企业正常参保', expect: pay(3600) },
    ],
  },
  {
    id: 'v40d24',
    class: 'unknown_reply',
    probes: 'months employed not remembered for poor labour, then found in the contract',
    periodEnd: true,
    turns: [
      { user: '俺们家政公司收了2个贫困户大姐 干了多久俺记不清了 以工代训弄了4个月 岗前补贴没领', expect: { ...dunnoOJT, asks: true } },
      { user: '翻了下合同 去年3月来的 干到现在一年多了', expect: pay(1600) },
    ],
  },
  {
    id: 'v40d25',
    class: 'unknown_reply',
    probes: 'training place given, certificate 说不准',
    periodEnd: true,
    turns: [
      { user: '我想学育婴员 户口在周口 人住郑州 就在郑州上的课 有补贴吗', expect: trainOpen },
      { user: '证书的事我也说不准 机构说统一发 还没通知', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v40d26',
    class: 'unknown_reply',
    probes: 'equipment fund source unknown, then given',
    periodEnd: true,
    turns: [
      { user: '我们公司的高技能人才培训基地 新买了一批实训设备 80万 验收过了', expect: askKit },
      { user: '钱从哪出的 这个不太清楚 财务那边弄的', expect: dunnoKit },
      { user: '财务说就是职工教育经费里出的', expect: kit(160000) },
    ],
  },
  {
    id: 'v40d27',
    class: 'unknown_reply',
    probes: 'batch count unknown, then "两三个", then exact',
    periodEnd: true,
    turns: [
      { user: '几个人我得问问工头 反正都是贫困户 干了快一年了 以工代训6个月 岗前没领 我们劳务公司', expect: askOJT },
      { user: '工头说第一批4个 第二批还没统计清 大概两三个', expect: { asks: true, mustNotContain: ['7200', '8400'] } },
      { user: '第二批是3个', expect: pay(8400) },
    ],
  },

  // ------------------------------------------------------------------ corrections
  {
    id: 'v40d28',
    class: 'correction',
    probes: 'only the count is corrected',
    periodEnd: true,
    turns: [
      { user: '装修公司 3个贫困户 干了10个月 以工代训6个月 岗前没领', expect: pay(3600) },
      { user: '说错了 是4个人 别的都对', expect: pay(4800) },
    ],
  },
  {
    id: 'v40d29',
    class: 'correction',
    probes: 'only the months are corrected',
    periodEnd: true,
    turns: [
      { user: '家政公司 参保的 招了2个就业困难人员 以工代训3个月 岗前补贴没领', expect: pay(1200) },
      { user: '哦不对 月份说错了 以工代训是5个月 人数没错', expect: payNot(2000, 1000) },
    ],
  },
  {
    id: 'v40d30',
    class: 'correction',
    probes: 'clerk corrects months to 8: still capped at 6',
    periodEnd: true,
    turns: [
      { user: '群众咨询：某企业已参保，吸纳零就业家庭成员2人，以工代训6个月，岗前培训补贴未领。', expect: pay(2400) },
      { user: '更正：以工代训月数为8个月', expect: payNot(2400, 3200) },
    ],
  },
  {
    id: 'v40d31',
    class: 'correction',
    probes: '岗前 said claimed, then corrected to not claimed',
    periodEnd: true,
    turns: [
      { user: '我们工程公司 5个贫困户 干了八个月 以工代训六个月 岗前那个补贴领过了', expect: noPay(6000) },
      { user: '搞错了 岗前那个俺们没领 是隔壁公司领的', expect: pay(6000) },
    ],
  },
  {
    id: 'v40d32',
    class: 'correction',
    probes: 'months employed corrected from under six to ten',
    periodEnd: true,
    turns: [
      { user: '装修公司 招了3个建档立卡的 干了5个月 以工代训5个月 岗前没领', expect: noPay(3000) },
      { user: '哦 记岔了 他们是去年6月来的 已经干了10个月了', expect: pay(3000) },
    ],
  },
  {
    id: 'v40d33',
    class: 'correction',
    probes: 'subsidies this year corrected from 2 to 3',
    periodEnd: true,
    turns: [
      { user: '我是干月嫂的 今年领过2次培训补贴了 又报了个养老护理员 还能补不', expect: trainOpen },
      { user: '不对 我记错了 是3次', expect: trainNo(['七(二)']) },
    ],
  },
  {
    id: 'v40d34',
    class: 'correction',
    probes: 'two batches, only the first batch months corrected',
    periodEnd: true,
    turns: [
      { user: '第一批2个贫困户以工代训4个月 第二批3个贫困户以工代训6个月 都干了一年多 装修公司 岗前补贴都没领', expect: pay(5200) },
      { user: '第一批那俩的月份说错了 是5个月', expect: payNot(5600, 5000, 4600) },
    ],
  },
  {
    id: 'v40d35',
    class: 'correction',
    probes: 'the pension belongs to the husband, not her',
    periodEnd: true,
    turns: [
      { user: '俺52了 原来纺织厂的 家里有退休金 想学个育婴师 能补贴吗', expect: { noAmount: 'unfixed' } },
      { user: '俺说的是俺对象拿退休金 俺自己没有 俺没到岁数', expect: trainOpen },
    ],
  },

  // ------------------------------------------------------------------ topic switches
  {
    id: 'v40d36',
    class: 'topic_switch',
    probes: 'from 以工代训 to a poor family whose daughter is at a 技工学校',
    periodEnd: true,
    turns: [
      { user: '装修公司 2个贫困户 干了一年 以工代训6个月 岗前没领 补多少', expect: pay(2400) },
      {
        user: '另外问个事 俺闺女在上技工学校 俺家是建档立卡的 有啥补助不',
        expect: { ...noFigure(['三(三)', '三(十四)']), mustNotContain: ['2400'] },
      },
    ],
  },
  {
    id: 'v40d37',
    class: 'topic_switch',
    probes: 'from a training subsidy to opening her own 月嫂 studio',
    periodEnd: true,
    turns: [
      { user: '学月嫂有没有补贴 我是城镇登记失业的', expect: { ...trainOpen, cites: ['七(二)', '六(一)', '三(二)'] } },
      { user: '那我自己开个月嫂工作室 有啥扶持', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v40d38',
    class: 'topic_switch',
    probes: 'clerk: veterans training, then the 8 % education-fund deduction',
    turns: [
      { user: '群众咨询：退役军人参加技能培训，方案有何安排', expect: noFigure(['三(二)', '六(一)']) },
      { user: '另：企业职工教育经费税前扣除比例多少', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
    ],
  },
  {
    id: 'v40d39',
    class: 'topic_switch',
    probes: 'from a studio equipment subsidy to the monthly 以工代训 standard',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 60万的设备 职工教育经费买的 人社财政验收过了 补多少', expect: kitNot(100000, 120000) },
      { user: '再问一下 招贫困户的那个补贴 每个月多少钱', expect: { cites: ['六(一)'], says: [/200/], mustNotContain: ['100000', /10万/] } },
    ],
  },
  {
    id: 'v40d40',
    class: 'topic_switch',
    probes: 'from where to find training institutions to apprentices on a building site',
    periodEnd: true,
    turns: [
      { user: '育婴员培训 去哪报名 有没有个机构名单啥的', expect: { cites: ['七(二)'] } },
      { user: '问点别的 工地上要招学徒 有补贴没', expect: noFigure(['四(一)']) },
    ],
  },

  // ------------------------------------------------------------------ personal training
  {
    id: 'v40d41',
    class: 'person_training',
    probes: 'free training only once poor-household status is said',
    periodEnd: true,
    turns: [
      { user: '俺是农村的 四十好几了 想出来干家政 培训不要钱吧', expect: { noAmount: 'unfixed', undecided: 'free_training_poor' } },
      { user: '俺家是建档立卡贫困户', expect: { ...noFigure(['三(三)']), notVerdict: { rule: 'free_training_poor', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v40d42',
    class: 'person_training',
    probes: 'every condition met: eligible, but the plan fixes no figure',
    turns: [
      {
        user: '我在户籍地培训的养老护理员 证书拿到了 今年还没领过补贴 以前也没学过这个 没有退休金 机构说进了省里系统 补贴能给多少',
        expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'], mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v40d43',
    class: 'person_training',
    probes: 'same occupation and level again',
    periodEnd: true,
    turns: [{ user: '去年考了育婴员五级 领过补贴了 今年又考了一遍五级 还能再领吗', expect: trainNo(['七(二)']) }],
  },
  {
    id: 'v40d44',
    class: 'person_training',
    probes: 'training at the job-seeking place, household elsewhere',
    periodEnd: true,
    turns: [{ user: '我户口是洛阳的 在郑州上班 在郑州学的月嫂 郑州这边管补贴不', expect: { ...trainOpen, cites: ['七(二)'] } }],
  },
  {
    id: 'v40d45',
    class: 'person_training',
    probes: 'asks for a guarantee, then for a firm word',
    periodEnd: true,
    turns: [
      { user: '俺报了养老护理的班 证也考下来了 你保证俺能领到补贴不', expect: { noAmount: 'unfixed', mustNotContain: NO_PROMISE } },
      { user: '那你给个准话 到底能不能领', expect: { noAmount: 'unfixed', mustNotContain: NO_PROMISE } },
    ],
  },
  {
    id: 'v40d46',
    class: 'person_training',
    probes: 'already retired with a pension',
    periodEnd: true,
    turns: [{ user: '我55了 去年办的退休 每月领养老金 闲不住想学个家政 有培训补贴不', expect: trainNo(['六(一)', '七(二)']) }],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v40d47',
    class: 'entrepreneurship',
    probes: 'a mother wanting to open a small 家政 shop',
    periodEnd: true,
    turns: [
      {
        user: '在家带了好几年孩子 想自个儿开个小家政店 有没有教创业的培训',
        expect: { ...noFigure(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v40d48',
    class: 'entrepreneurship',
    probes: 'business open "三四年" is within five years; then the amount, which the plan does not fix',
    periodEnd: true,
    turns: [
      {
        user: '我开了个月子会所 开了三四年了 算小微吧 创业培训能参加不',
        expect: { ...noFigure(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
      { user: '那参加完补多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v40d49',
    class: 'entrepreneurship',
    probes: 'clerk: a business open six years',
    turns: [
      {
        user: '群众咨询：个体家政服务点开业已满6年，负责人是否仍可参加创业培训',
        expect: { ...noFigure(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v40d50',
    class: 'entrepreneurship',
    probes: 'a vocational-college student, then her mother: student status must not carry over',
    periodEnd: true,
    turns: [
      {
        user: '职业学院学护理的 快毕业了 学校里那个创业培训要钱不',
        expect: { ...noFigure(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
      { user: '还有俺妈 在家待了十来年了 想出来干育婴员 她能学不 有补贴没', expect: trainOpen },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v40d51',
    class: 'equipment',
    probes: '验收 … 还没来验: not accepted',
    periodEnd: true,
    turns: [
      {
        user: '那个验收 人社财政还没来验 我们家政公司的技能大师工作室买了30万的育婴模拟设备 钱是职工教育经费出的',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['60000', /6万/] },
      },
    ],
  },
  {
    id: 'v40d52',
    class: 'equipment',
    probes: 'studio under its cap',
    turns: [
      {
        user: '我们家政公司的技能大师工作室 用职工教育经费新买了35万的设备 人社和财政验收合格了 补多少',
        expect: { ...kit(70000), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v40d53',
    class: 'equipment',
    probes: 'base over its 50万 cap',
    turns: [
      {
        user: '建筑公司 高技能人才培训基地 新购实训设备300万 职工教育经费出的 验收过了 一次性补贴多少',
        expect: { ...kitNot(500000, 600000), mustNotContain: ['600000', /60万/], mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v40d54',
    class: 'equipment',
    probes: 'facts given piecemeal; acceptance last',
    periodEnd: true,
    turns: [
      { user: '工作室买设备能补吗', expect: askKit },
      { user: '技能大师工作室 买了六十万 职工教育经费', expect: askKit },
      { user: '验收上礼拜刚通过', expect: kitNot(100000, 120000) },
    ],
  },
  {
    id: 'v40d55',
    class: 'equipment',
    probes: 'two studios, each with its own cap',
    turns: [
      {
        user: '公司有俩技能大师工作室 月嫂那个买了40万设备 养老护理那个买了70万 都是教育经费出的 都验收了',
        expect: { ...kitNot(180000, 220000), mentionsPeriodEnd: true },
      },
    ],
  },

  // ------------------------------------------------------------------ education fund
  {
    id: 'v40d56',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll',
    turns: [{ user: '我们装修公司去年工资总额500万 职工教育经费提了50万 税前能扣多少', expect: deduct(400000, 500000) }],
  },
  {
    id: 'v40d57',
    class: 'education_fund',
    probes: 'ranges 两三百万 / 十来万 settle nothing; then exact figures',
    turns: [
      { user: '职工教育经费 税前能扣多少啊', expect: askFund },
      { user: '工资一年大概两三百万 教育经费提了十来万', expect: askFund },
      { user: '准确的是工资薪金总额240万 经费提了12万', expect: deduct(120000, 192000) },
    ],
  },
  {
    id: 'v40d58',
    class: 'education_fund',
    probes: 'clerk: front-line share about half, under 60 %',
    turns: [
      { user: '群众咨询：企业职工教育经费用于一线职工的比例有无要求？该单位约五成用于一线', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
    ],
  },
  {
    id: 'v40d59',
    class: 'education_fund',
    probes: 'deduction, then asks whether it is paid out',
    turns: [
      { user: '家政公司 工资薪金总额80万 教育经费提了8万', expect: deduct(64000, 80000) },
      { user: '那这6万4是直接打到我们账上不', expect: { says: [/税前|扣除/], mustNotContain: [/(会|将)?(直接)?(打到|拨付到|发放到)(你们|贵公司|您)/] } },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v40d60',
    class: 'apprenticeship',
    probes: 'per-apprentice amount is not fixed by the plan',
    periodEnd: true,
    turns: [{ user: '我们建筑公司带了20个新型学徒 一个学徒补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v40d61',
    class: 'apprenticeship',
    probes: '师带徒, then a 以工代训-style sum that must not appear',
    periodEnd: true,
    turns: [
      { user: '装修这行 师傅带徒弟 公司有补贴没', expect: noFigure(['四(一)', '六(二)']) },
      { user: '那带10个徒弟 按6个月算能拿多少', expect: { noAmount: 'unfixed', mustNotContain: ['12000'] } },
    ],
  },
  {
    id: 'v40d62',
    class: 'apprenticeship',
    probes: 'clerk: apprenticeship standard',
    turns: [{ user: '群众咨询：企业新型学徒制补贴标准？', expect: noFigure(['四(一)']) }],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v40d63',
    class: 'period',
    probes: 'asked years after the end',
    turns: [{ user: '现在都2025年了 这个以工代训还能申请吗', expect: { noAmount: 'unfixed', mentionsPeriodEnd: true } }],
  },
  {
    id: 'v40d64',
    class: 'period',
    probes: 'after 2021 and a newer policy: not in this plan',
    turns: [
      { user: '2021年以后这政策还有没 有没有新的文件接上', expect: { noAmount: 'unfixed', mentionsPeriodEnd: true } },
      { user: '那新的政策是啥内容 你给我讲讲', expect: { noAmount: 'unfixed', oneOf: [{ answered: false }, { says: [HONEST_NOT_SETTLED] }] } },
    ],
  },
  {
    id: 'v40d65',
    class: 'period',
    probes: '[dated] a 2020 question answered for that date, with the end said',
    turns: [
      {
        user: '2020年5月 我们公司招了2个贫困户 一直干到年底 以工代训6个月 岗前没领 那时候能补多少',
        expect: payEnd(2400),
      },
    ],
  },
  {
    id: 'v40d66',
    class: 'period',
    probes: 'late claim and a demand for a guarantee',
    turns: [
      {
        user: '以工代训那个 前两年没赶上 今年想补申请 你保证能批下来不',
        expect: { noAmount: 'unfixed', mentionsPeriodEnd: true, mustNotContain: NO_PROMISE },
      },
    ],
  },
  {
    id: 'v40d67',
    class: 'period',
    probes: 'clerk: the period, then whether it renews itself',
    turns: [
      { user: '群众咨询：该方案执行期到何时截止', expect: { mentionsPeriodEnd: true } },
      { user: '群众追问：到期后是否自动延续', expect: unsettled },
    ],
  },
  {
    id: 'v40d68',
    class: 'period',
    probes: 'a certificate from 2022 is after the plan',
    turns: [
      { user: '月嫂培训补贴 现在还有没', expect: { noAmount: 'unfixed', mentionsPeriodEnd: true } },
      { user: '那22年下半年我考的证 按这个文件能补不', expect: { noAmount: 'unfixed', mentionsPeriodEnd: true } },
    ],
  },
];
