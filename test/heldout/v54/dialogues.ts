/**
 * HELD-OUT dialogues, set v54 — written from the policy text (policy-corpus/zz-2019-63.md) and the
 * contracts (shared/spec/eligibility.md, api.md) only: never from the service's output, the code
 * under src/, or the dev sets under test/core/. Only the format of v15 (its header and first lines)
 * was looked at; no message is reused or paraphrased from earlier sets. Not to be tuned on: no word
 * of these messages goes into a glossary, pattern or fixture.
 *
 * Who types here: foremen and workers of Zhengzhou construction crews and labour companies in
 * heavy 河南话 (中不中 / 弄啥嘞 / 恁 / 俺 / 咋弄 / 得劲 / 木有 / 忘球了), HR clerks of a
 * Taiwanese-owned factory in 郑州 who type in 繁體字 and mix in HR / OK / KPI / sorry, and
 * warehouse workers who answer in fragments. WeChat: no punctuation, odd spacing, numerals as
 * 俩 / 仨 / 半年 / 两千万, negations far from their noun, several hire groups in one message,
 * corrections, "不知道 / 记不清", topic switches, dated questions (2020 / 2021 / 2022 / 现在).
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only by
 *   an insured enterprise; 退役军人 and ordinary migrant workers are no group; rows with the
 *   岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [dated], [trad] (繁體字).
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreadings' figures. */
const kitNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: wrong.map(String) });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前|稅前/],
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
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** Two expectations at once. */
const both = (...xs: TurnExpect[]): TurnExpect => Object.assign({}, ...xs) as TurnExpect;

export const DIALOGUES_V54: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v54d01',
    class: 'one_group',
    probes: 'a foreman leaves the 岗前培训补贴 unsaid: ask it, then 3 × 200 × 4',
    periodEnd: true,
    turns: [
      { user: '俺们建筑公司今年收了仨建档立卡贫困户 搁工地上干了八个月了 以工代训弄了四个月 恁看能给多少钱', expect: askOJT },
      { user: '岗前培训补贴那个 木领过 一分都没拿', expect: pay(2400) },
    ],
  },
  {
    id: 'v54d02',
    class: 'one_group',
    probes: '[trad] a Taiwanese factory HR in 繁體字, insured, five 就業困難人員: 5 × 200 × 3',
    periodEnd: true,
    turns: [
      {
        user: '您好 我們是台資電子廠 公司社保都有繳 今年錄用了5位就業困難人員 以工代訓做了3個月 崗前培訓補貼沒有申請 請問HR這邊可以申請多少',
        expect: pay(3000),
      },
    ],
  },
  {
    id: 'v54d03',
    class: 'one_group',
    probes: 'poor labour employed only 5 months by a cooperative: not the six months the clause asks',
    periodEnd: true,
    turns: [
      { user: '俺是种菜的农民专业合作社 收了俩贫困户 才干了五个月 以工代训也是五个月 岗前补贴没领 中不中', expect: noPay(2000) },
    ],
  },
  {
    id: 'v54d04',
    class: 'one_group',
    probes: 'warehouse company, one 零就业家庭 hire with 9 months of 以工代训: ask insurance, then capped at 6',
    periodEnd: true,
    turns: [
      { user: '俺们物流公司仓库 招了一个零就业家庭的小伙 以工代训弄了九个月 岗前补贴木领 能给多少', expect: askOJT },
      { user: '社保 交着哩 一直都交', expect: payNot(1200, 1800) },
    ],
  },
  {
    id: 'v54d05',
    class: 'one_group',
    probes: 'veterans are no 以工代训 group: no 4 × 200 × 3',
    periodEnd: true,
    turns: [{ user: '俺们劳务公司 工地上招了四个退伍兵 以工代训三个月了 这以工代训的钱能领不', expect: notYes(2400) }],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v54d06',
    class: 'several_groups',
    probes: '[trad] two groups with their own months: 2 × 200 × 4 + 3 × 200 × 6, never one month for both',
    periodEnd: true,
    turns: [
      {
        user: '本廠有參保 這批新人 就業困難2名 以工代訓4個月 殘疾人3名 以工代訓6個月 崗前補貼都沒領過 麻煩幫忙算一下 OK嗎',
        expect: payNot(5200, 4000, 6000),
      },
    ],
  },
  {
    id: 'v54d07',
    class: 'several_groups',
    probes: 'poor labour settled, 就业困难 open on insurance: ask by name, then add the second group',
    periodEnd: true,
    turns: [
      {
        user: '俺公司招了俩贫困户 干了十个月 以工代训六个月 还有一个就业困难的 以工代训仨月 岗前培训补贴 都没申请过 一共能补多少',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['3000', '3600'] },
      },
      { user: '社保 交了 俺公司一直给工人交着', expect: payNot(3000, 3600, 1800) },
    ],
  },
  {
    id: 'v54d08',
    class: 'several_groups',
    probes: 'three groups in one message, 半年 as six months, the veteran left out once 岗前 is said',
    periodEnd: true,
    turns: [
      {
        user: '俺们是仓储公司 有社保 零就业家庭的俩 以工代训仨月 贫困劳动力一个 来了半年 以工代训也半年 还有个退伍的 以工代训一个月',
        expect: askOJT,
      },
      { user: '岗前那个补贴 四个人都木领', expect: payNot(2400, 2600) },
    ],
  },
  {
    id: 'v54d09',
    class: 'several_groups',
    probes: '[trad] 殘障 and 就業困難 with different months: 2 × 200 × 5 + 3 × 200 × 2',
    periodEnd: true,
    turns: [
      {
        user: '本公司已參保 新進殘障員工2名 以工代訓5個月 另外就業困難3名 以工代訓2個月 均未領崗前培訓補貼 請問合計',
        expect: payNot(3200, 5000),
      },
    ],
  },
  {
    id: 'v54d10',
    class: 'several_groups',
    probes: 'four poor-labour hires split by months employed: only the pair past six months counts',
    periodEnd: true,
    turns: [
      { user: '俺们劳务公司来了四个贫困户 以工代训都弄了三个月 岗前补贴没拿 能补多少', expect: askOJT },
      { user: '俩是去年就来了 干了七个月了 另外俩才来仨月', expect: payNot(1200, 2400) },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v54d11',
    class: 'negation_after_noun',
    probes: '社保 denied far from its noun: an uninsured company gets nothing for 就业困难 hires',
    periodEnd: true,
    turns: [
      {
        user: '社保这块儿 说实话 俺们公司一直都没给人家交 招了俩就业困难的 以工代训四个月 岗前补贴也没领 能弄不',
        expect: noPay(1600),
      },
    ],
  },
  {
    id: 'v54d12',
    class: 'negation_after_noun',
    probes: '[trad] 崗前補貼 … 沒有 申請過 with words between: not claimed, 3 × 200 × 6',
    periodEnd: true,
    turns: [
      {
        user: '崗前技能培訓補貼那個 我們HR查過系統了 確定 沒有 申請過 新進三位殘疾人 以工代訓六個月 公司社保有繳 OK',
        expect: pay(3600),
      },
    ],
  },
  {
    id: 'v54d13',
    class: 'negation_after_noun',
    probes: '岗前 denied by the accountant mid-sentence; the kind of unit asked, then 5 × 200 × 6',
    periodEnd: true,
    turns: [
      {
        user: '岗前培训补贴 俺问了俺们会计 人家说压根就木申请 贫困户五个 干了一年了 以工代训六个月 得劲不',
        expect: askOJT,
      },
      { user: '俺们是个农民专业合作社 种香菇的', expect: payNot(6000, 6600) },
    ],
  },
  {
    id: 'v54d14',
    class: 'negation_after_noun',
    probes: 'groups denied one by one: plain village workers are no group, no 6 × 200 × 3',
    periodEnd: true,
    turns: [
      {
        user: '俺招那六个 不是贫困户 也不是啥就业困难 就是村里出来打工的 以工代训三个月 公司有社保 岗前没领 能领不',
        expect: notYes(3600),
      },
    ],
  },
  {
    id: 'v54d15',
    class: 'negation_after_noun',
    probes: 'equipment money not from the 职工教育经费, said far from the noun: no 20 %',
    turns: [
      {
        user: '那套实训设备 钱 说到底不是从职工教育经费里出的 是老板自己腰包掏的 给技能大师工作室用 三十万 验收也过了',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['60000', /6\s*万/] },
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v54d16',
    class: 'unknown_reply',
    probes: '"忘球了" on insurance leaves it open: no figure, no verdict',
    periodEnd: true,
    turns: [
      { user: '俺们公司招了俩残疾人 以工代训五个月 岗前补贴没领 这能给多少', expect: askOJT },
      { user: '社保交没交 俺真忘球了 得问老板', expect: dunnoOJT },
    ],
  },
  {
    id: 'v54d17',
    class: 'unknown_reply',
    probes: '[trad] "我不確定" on the 岗前 subsidy is not a "no"',
    periodEnd: true,
    turns: [
      { user: '本公司有參保 錄用就業困難人員4名 以工代訓3個月 請問補貼金額多少', expect: askOJT },
      { user: '崗前培訓補貼有沒有領 我不確定欸 要問財務那邊', expect: dunnoOJT },
    ],
  },
  {
    id: 'v54d18',
    class: 'unknown_reply',
    probes: 'a forklift driver does not know where he trained or whether the school is in the system',
    periodEnd: true,
    turns: [
      {
        user: '俺在仓库开叉车 考了个叉车证 能补钱不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, oneOf: [{ asks: true }, { cites: ['七(二)'] }] },
      },
      { user: '学校进没进那啥系统 不知道 俺也记不清了', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v54d19',
    class: 'unknown_reply',
    probes: '[trad] acceptance first unknown, then confirmed: 20 % × 120萬',
    turns: [
      { user: '我們廠用職工教育經費買了一批實訓設備 放在高技能人才培訓基地 總共120萬 請問可以補助多少', expect: askKit },
      { user: '驗收的部分 人社跟財政那邊 有沒有過 我不清楚', expect: dunnoKit },
      { user: 'OK 剛剛問到了 驗收合格', expect: kitNot(240000, 500000) },
    ],
  },
  {
    id: 'v54d20',
    class: 'unknown_reply',
    probes: 'months employed of poor labour "记不清": the six-month test stays open',
    periodEnd: true,
    turns: [
      { user: '俺们扶贫车间 来了仨建档立卡的 以工代训四个月 岗前补贴没领 给多少', expect: askOJT },
      { user: '来了多长时间 记不清 反正有一阵子了', expect: dunnoOJT },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v54d21',
    class: 'correction',
    probes: 'a head count corrected from three to two: 2400 becomes 1600',
    periodEnd: true,
    turns: [
      { user: '公司有社保 招了三个就业困难人员 以工代训四个月 岗前培训补贴没领 多少钱', expect: pay(2400) },
      { user: '不对不对 说错了 是俩人 不是仨', expect: payNot(1600, 2400) },
    ],
  },
  {
    id: 'v54d22',
    class: 'correction',
    probes: '[trad] "sorry 打錯" on insurance: the correction replaces the fact, no amount left',
    periodEnd: true,
    turns: [
      { user: '本廠已參保 殘疾員工2名 以工代訓六個月 崗前補貼未領', expect: pay(2400) },
      { user: 'sorry 剛剛打錯了 我們廠其實 社保 沒有參保', expect: noPay(2400) },
    ],
  },
  {
    id: 'v54d23',
    class: 'correction',
    probes: 'months of 以工代训 corrected from three to five: 1200 becomes 2000',
    periodEnd: true,
    turns: [
      { user: '俺们建筑公司 贫困户俩 干了十个月 以工代训三个月 岗前补贴没领', expect: pay(1200) },
      { user: '说错了 以工代训是五个月 不是三个月', expect: payNot(2000, 1200) },
    ],
  },
  {
    id: 'v54d24',
    class: 'correction',
    probes: 'studio corrected to base: cap 100 000 gives way to 20 % × 80万',
    turns: [
      { user: '职工教育经费买的设备 给技能大师工作室 八十万 验收过了 补多少', expect: kit(100000) },
      { user: '不对 俺弄岔了 是高技能人才培训基地的 不是工作室', expect: kit(160000) },
    ],
  },
  {
    id: 'v54d25',
    class: 'correction',
    probes: 'veterans corrected to poor labour: from nothing to 5 × 200 × 4',
    periodEnd: true,
    turns: [
      { user: '俺公司招了五个退役军人 以工代训四个月 能补多少', expect: notYes(4000) },
      { user: '哦 俺说错了 他们是建档立卡贫困户 不是当兵的 都干了八个月了 岗前补贴木领', expect: pay(4000) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v54d26',
    class: 'topic_switch',
    probes: 'after 以工代训, a poor family asks about a child at a 技工学校: no 400 carried over',
    periodEnd: true,
    turns: [
      { user: '俺们公司 交社保 招了一个残疾人 以工代训两个月 岗前补贴没领 给多少', expect: pay(400) },
      { user: '换个事儿 俺闺女在技工学校上学 俺家是建档立卡户 有啥补助', expect: noFigure(['三(三)', '三(十四)']) },
    ],
  },
  {
    id: 'v54d27',
    class: 'topic_switch',
    probes: '[trad] education fund, then a competition prize: the second answer has no fund figure',
    turns: [
      { user: '工資薪金總額500萬 職工教育經費提了30萬 稅前最多可以扣多少', expect: deduct(300000, 400000) },
      { user: '另外問一下 員工參加職業技能競賽得獎了 有沒有獎勵', expect: noFigure(['五(三)']) },
    ],
  },
  {
    id: 'v54d28',
    class: 'topic_switch',
    probes: '[two-part] a veteran asks about training, then about starting a business: no teachers\' pay, no bleed',
    periodEnd: true,
    turns: [
      {
        user: '俺是退伍兵 现在搁工地干小工 想学个电工 有啥培训政策 免费不',
        expect: {
          noAmount: 'unfixed',
          cites: ['三(二)', '六(一)'],
          notVerdict: { rule: 'free_training_poor', status: 'eligible' },
          mustNotContain: [/教师|绩效工资/],
        },
      },
      {
        user: '再问个 俺想自己开个小装修公司 创业培训能参加不',
        expect: { noAmount: 'unfixed', oneOf: [{ status: { rule: 'entrepreneurship_training', status: 'eligible' } }, { cites: ['三(八)'] }] },
      },
    ],
  },
  {
    id: 'v54d29',
    class: 'topic_switch',
    probes: 'warehouse fragments: a worker\'s training subsidy, then the boss\'s equipment with no facts',
    periodEnd: true,
    turns: [
      { user: '仓库的 考证 补贴 咋弄', expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { cites: ['七(二)'] }] } },
      {
        user: '户口郑州 在郑州培训 证拿了 今年头一回 以前没领过 没退休 学校在系统里',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      { user: '那俺老板买实训设备 能补多少', expect: { noAmount: 'open', asks: true } },
    ],
  },
  {
    id: 'v54d30',
    class: 'topic_switch',
    probes: 'project-training advance, then the minimum wage: the second is outside the plan',
    turns: [
      { user: '俺们是培训机构 搞项目制培训 这个项目培训补贴总共36万 能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 180000 } } },
      { user: '跟你打听个别哩 郑州这会儿最低工资一个月多少', expect: decline },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v54d31',
    class: 'person_training',
    probes: 'a gatekeeper drawing a monthly pension: not in the training-subsidy scope',
    periodEnd: true,
    turns: [
      {
        user: '俺六十三了 退休金每月都领着 在工地上看大门 想考个保安证 能补贴不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v54d32',
    class: 'person_training',
    probes: '[dated] three subsidies already this year, then "2022年还能不能": the plan has ended',
    periodEnd: true,
    turns: [
      {
        user: '今年俺已经领了三回培训补贴了 这回又学了焊工 证也拿了 还能补不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] },
      },
      { user: '那等到2022年 还能不能再领', expect: ended },
    ],
  },
  {
    id: 'v54d33',
    class: 'person_training',
    probes: 'the same occupation and level again is excluded; a higher level is not excluded on that ground',
    periodEnd: true,
    turns: [
      {
        user: '前年考了中级电工领过补贴 今年又考了一回中级电工 还能补不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
      { user: '要是考高级电工呢 中不中', expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { cites: ['七(二)'] }] } },
    ],
  },
  {
    id: 'v54d34',
    class: 'person_training',
    probes: 'trained in another province, neither 户籍地 nor 常住地 nor 求职就业地',
    periodEnd: true,
    turns: [
      {
        user: '俺户口在周口 人在郑州工地干活 跑到外省去培训考的证 这补贴能给不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v54d35',
    class: 'person_training',
    probes: 'a school outside the Henan system (系统之外零补贴), then a 生活费 question the plan leaves open',
    periodEnd: true,
    turns: [
      {
        user: '培训学校说 他们 压根没进那个河南省的系统 俺考的证 还能补不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(三)', '七(一)'] },
      },
      { user: '那培训那几天的生活费补贴 一天给多少', expect: unsettled },
    ],
  },
  {
    id: 'v54d36',
    class: 'person_training',
    probes: 'a new occupation published by the state: the priority standard applies, no figure',
    periodEnd: true,
    turns: [
      { user: '俺学的是国家新公布那个新职业 无人机驾驶员 补贴按啥标准弄', expect: noFigure(['七(二)']) },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v54d37',
    class: 'entrepreneurship',
    probes: 'a worker who wants to start his own crew: eligible for 创业培训, no figure',
    periodEnd: true,
    turns: [
      {
        user: '俺在工地干了十来年 想自己拉个队伍开公司 有没有创业培训',
        expect: { noAmount: 'unfixed', oneOf: [{ status: { rule: 'entrepreneurship_training', status: 'eligible' } }, { cites: ['三(八)'] }] },
      },
    ],
  },
  {
    id: 'v54d38',
    class: 'entrepreneurship',
    probes: 'a restaurant open seven years is past the five-year line; the wish to expand is asked about next',
    periodEnd: true,
    turns: [
      {
        user: '俺那个小饭店开了七年了 算小微企业 能参加创业培训不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
      { user: '俺还想再开个分店 这算有创业愿望不', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v54d39',
    class: 'entrepreneurship',
    probes: '[trad] HR asks for an employee who wants to open a drinks shop',
    periodEnd: true,
    turns: [{ user: '我們廠有員工想離職自己創業 開手搖飲店 政府這邊有創業培訓嗎', expect: noFigure(['三(八)']) }],
  },
  {
    id: 'v54d40',
    class: 'entrepreneurship',
    probes: 'a son at a 职业学院, then the father himself with no wish: the son\'s school is not the father\'s status',
    periodEnd: true,
    turns: [
      { user: '俺儿在职业学院上大二 想学学创业 有培训没', expect: noFigure(['三(八)']) },
      {
        user: '那俺自己呢 俺是开塔吊的 从来没想过创业',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v54d41',
    class: 'entrepreneurship',
    probes: 'a small shop open three years is within five: eligible',
    periodEnd: true,
    turns: [
      {
        user: '俺媳妇开了个小超市 三年了 小微的 她能去参加创业培训不',
        expect: { noAmount: 'unfixed', oneOf: [{ status: { rule: 'entrepreneurship_training', status: 'eligible' } }, { cites: ['三(八)'] }] },
      },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v54d42',
    class: 'equipment',
    probes: 'a base bought for 300万: 20 % is 600 000, capped at 500 000',
    turns: [
      {
        user: '俺们公司用职工教育经费给高技能人才培训基地买设备 花了三百万 人社财政都验收合格了 能补多少',
        expect: kitNot(500000, 600000),
      },
    ],
  },
  {
    id: 'v54d43',
    class: 'equipment',
    probes: '[trad] a master studio, 35萬 from the fund, accepted: 70 000',
    turns: [{ user: '技能大師工作室 新購實訓設備35萬 職工教育經費支出 驗收已通過 一次性補助多少', expect: kit(70000) }],
  },
  {
    id: 'v54d44',
    class: 'equipment',
    probes: 'a base and a studio with their own caps; acceptance asked first',
    turns: [
      { user: '职工教育经费出的钱 基地买了一百万的设备 大师工作室买了六十万的 能补多少', expect: askKit },
      { user: '都验收过了 人社财政都签过字', expect: kitNot(300000, 320000) },
    ],
  },
  {
    id: 'v54d45',
    class: 'equipment',
    probes: '[trad] acceptance failed, said after the value: no subsidy',
    turns: [
      {
        user: '設備是職工教育經費出的 技能大師工作室用 50萬 驗收 被退回來了 沒通過',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'equipment_subsidy', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v54d46',
    class: 'equipment',
    probes: '[dated] equipment bought in 2021, asked about today: 50 000 then the plan has ended',
    periodEnd: true,
    turns: [
      { user: '2021年 俺们公司拿职工教育经费 给技能大师工作室买了25万的设备 验收合格 当时能补多少', expect: kit(50000) },
      { user: '那现在都2024年了 还能去申请不', expect: ended },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v54d47',
    class: 'education_fund',
    probes: 'fund below 8 % of payroll: the whole fund is deductible, never cash',
    turns: [{ user: '俺们公司一年工资总额八百万 职工教育经费提了五十万 税前能扣多少', expect: deduct(500000, 640000) }],
  },
  {
    id: 'v54d48',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: capped at 240 000',
    turns: [{ user: '工资薪金总额三百万 教育经费弄了四十万 都能税前扣除不', expect: deduct(240000, 400000) }],
  },
  {
    id: 'v54d49',
    class: 'education_fund',
    probes: '[trad] the fund drawn is forgotten first (KPI report not out), then given',
    turns: [
      { user: '工資總額1000萬 職工教育經費提了多少 我忘了 KPI報表還沒出來 稅前可以扣多少', expect: askFund },
      { user: '查到了 提了60萬', expect: deduct(600000, 800000) },
    ],
  },
  {
    id: 'v54d50',
    class: 'education_fund',
    probes: '[two-part] front-line share under 60 %, then 师带徒 津贴 from the fund',
    turns: [
      {
        user: '工资总额两千万 教育经费一百万 一线工人身上只花了一半 税前扣除咋算',
        expect: both(deduct(1000000, 1600000), { says: [/税前|稅前/, /60\s*%|百分之六十|六成/] }),
      },
      { user: '那师带徒的津贴 能从这笔钱里出不', expect: noFigure(['六(二)']) },
    ],
  },
  {
    id: 'v54d51',
    class: 'education_fund',
    probes: 'the share of the fund for front-line workers: 60 % from 六(二)',
    turns: [{ user: '职工教育经费 一线职工身上 得花够多少 有比例没', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/] } }],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v54d52',
    class: 'apprenticeship',
    probes: 'ten 新型学徒: the plan fixes no amount per apprentice',
    turns: [{ user: '俺们公司带了十个新型学徒 一个人能补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v54d53',
    class: 'apprenticeship',
    probes: '[trad] 現代學徒制 with a school, then an enterprise-run school: both without figures',
    turns: [
      { user: '我們跟職業學校合作搞現代學徒制 有補貼嗎', expect: noFigure(['四(一)']) },
      { user: '那企業自己辦職業學校 政府有支持嗎', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v54d54',
    class: 'apprenticeship',
    probes: 'a guessed 200 a month for apprentices must not be confirmed',
    turns: [
      { user: '学徒 二十个 带三年 补贴标准是多少', expect: noFigure(['四(一)']) },
      {
        user: '是不是跟以工代训一样 一个月二百',
        expect: { noAmount: 'unfixed', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { says: [/相关规定/] }], mustNotContain: [/^(是的|对的|对，|是，)/] },
      },
    ],
  },
  {
    id: 'v54d55',
    class: 'apprenticeship',
    probes: 'a warehouse apprentice in fragments: no figure',
    turns: [{ user: '学徒工 俺是 师傅带着 有钱拿不', expect: noFigure(['四(一)', '六(二)']) }],
  },
  {
    id: 'v54d56',
    class: 'apprenticeship',
    probes: 'apprentices and poor labour in one message: only the two poor-labour hires are paid',
    periodEnd: true,
    turns: [
      {
        user: '俺们建筑公司 新型学徒带了六个 另外还招了俩贫困户 干了七个月 以工代训俩月 岗前补贴没领 都能补多少',
        expect: payNot(800, 3200),
      },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v54d57',
    class: 'period',
    probes: '"现在还能" about 以工代训: the plan ended on 2021-12-31',
    periodEnd: true,
    turns: [{ user: '以工代训那个补贴 现在还能申请不 咋弄', expect: both(ended, { cites: ['六(一)'] }) }],
  },
  {
    id: 'v54d58',
    class: 'period',
    probes: '[dated] a 2020 case gets its amount; "现在呢" gets the end of the plan',
    periodEnd: true,
    turns: [
      { user: '2020年那会儿 俺们公司有社保 招了俩就业困难的 以工代训三个月 岗前补贴没领 当时能给多少', expect: pay(1200) },
      { user: '那现在呢 还能补着申请不', expect: ended },
    ],
  },
  {
    id: 'v54d59',
    class: 'period',
    probes: '[dated] hires of 2022 fall after the plan\'s end',
    periodEnd: true,
    turns: [
      { user: '2022年招的贫困户 干满半年了 还能按这个方案拿以工代训的钱不', expect: both(ended, { notVerdict: { rule: 'on_job_training', status: 'eligible' } }) },
    ],
  },
  {
    id: 'v54d60',
    class: 'period',
    probes: '[trad] the period asked outright, then December 2021 which still falls inside',
    periodEnd: true,
    turns: [
      { user: '請問這個技能提升方案 有效期到什麼時候', expect: ended },
      { user: '那2021年12月做的以工代訓 還算在裡面嗎', expect: { says: [/2021\s*年\s*12\s*月\s*31|2021-12-31/] } },
    ],
  },
  {
    id: 'v54d61',
    class: 'period',
    probes: 'a certificate of 2021 never claimed, asked about today',
    periodEnd: true,
    turns: [{ user: '俺2021年考的证 到现在还没去领补贴 现在去还中不中', expect: both(ended, { noAmount: 'unfixed' }) }],
  },
];
