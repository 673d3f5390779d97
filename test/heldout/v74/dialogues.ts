/**
 * HELD-OUT dialogues, set v74 — written on 2026-12-01 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or other held-out sets. Only the format
 * of v15 (its header and first lines) was looked at. Not to be tuned on: no word of these
 * messages goes into a glossary, pattern or fixture. Once a dialogue has been fixed by a targeted
 * change it measures nothing any more; write a new one instead.
 *
 * Who types here: older workers and their families from Zhengzhou's rural counties (中牟、新郑、
 * 登封、巩义) and the small employers among them — a chicken / cattle / sheep cooperative, pig and
 * duck farms, a brick kiln (砖厂), a building crew that is a company (建筑队), restaurants, a
 * jujube factory, refractory and aluminium plants in 巩义, a cooking school in 登封 — and
 * relatives asking for a son, an uncle, a father, a daughter. WeChat voice input on a phone: Henan
 * dialect (俺 / 咋弄 / 中不中 / 木有 / 恁 / 嘞 / 妮儿 / 孩儿), homophone typos (陪训, 以工带训, 补帖,
 * 残急人, 合做社), no policy words (当兵回来嘞 for 退役军人, 厂里边带着干活学手艺 for 以工代训,
 * 岗前那个补贴 for 新录用人员岗前技能培训补贴), numerals as 俩 / 仨 / 半年, bare replies such as
 * "俺也不知道" or "回头问问".
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, the kind of unit, insurance where the rule needs it, months employed for poor labour,
 * acceptance and fund source of equipment, payroll) must be asked, so an amount is expected only
 * once every such fact has been said.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业、合作社、扶贫车间); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise (a 合作社 is no 企业); 退役军人 are no group of this
 *   clause; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, competition awards: the plan fixes no amount.
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
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
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
/** The plan's end must be said. */
const endSaid: TurnExpect = { mentionsPeriodEnd: true };
/** Person's training subsidy, a fact still open or nothing excluding it: no figure, no 不符合. */
const trainOpen: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] };
/** Person's training subsidy excluded by a fact said: no figure, no 符合. */
const trainNo: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } };
/** Entrepreneurship training open to this person: no figure; the rule says so or the clause is cited. */
const startUpYes: TurnExpect = {
  noAmount: 'unfixed',
  oneOf: [{ status: { rule: 'entrepreneurship_training', status: 'eligible' } }, { cites: ['三(八)'], says: [/创业/] }],
};

export const DIALOGUES_V74: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v74-d01',
    class: 'one_group',
    probes: 'a chicken cooperative, three poor hires employed over a year, 4 months of 以工代训 said in plain words',
    periodEnd: true,
    turns: [
      {
        user: '俺是中牟养鸡合做社嘞 前年收了仨建档立卡贫困户 都干一年多了 厂里边带着干活学手艺带了四个月 岗前那个补贴木领过 恁说能补多少钱',
        expect: { ...pay(2400), cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v74-d02',
    class: 'one_group',
    probes: 'disabled dishwashers at a restaurant: insurance, months and pre-job subsidy arrive one turn at a time',
    periodEnd: true,
    turns: [
      { user: '俺在新郑开饭店 招了俩残疾人刷盘子 以工带训那个钱 俺能领不', expect: askOJT },
      { user: '饭店办嘞是有限公司 社保都给他俩交着嘞', expect: askOJT },
      { user: '带着学了五个月 岗前那个补帖 没申请过', expect: pay(2000) },
    ],
  },
  {
    id: 'v74-d03',
    class: 'one_group',
    probes: 'poor labour employed only 4 months at a brick kiln: short of the six months, no 1600',
    periodEnd: true,
    turns: [
      {
        user: '登封砖厂 有限公司 收了俩贫困户 才来四个月 也带着学了四个月 岗前补贴木领 这中不中',
        expect: { ...notYes(1600), cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v74-d04',
    class: 'one_group',
    probes: 'veterans (当兵回来嘞) at a building company are no 以工代训 group, even when insured',
    periodEnd: true,
    turns: [
      {
        user: '俺是巩义搞建筑队嘞 有营业执照是公司 社保也交 今年招了俩当兵回来嘞小伙 跟着干活学手艺仨月了 那个一月二百的能给俺不',
        expect: notYes(1200),
      },
      { user: '他俩家里也不是贫困户 就是当兵回来嘞 别嘞啥也不是', expect: notYes(1200) },
    ],
  },
  {
    id: 'v74-d05',
    class: 'one_group',
    probes: 'a cooking school running 项目制 training: 50 % of a 12万 subsidy in advance',
    periodEnd: true,
    turns: [
      {
        user: '俺在登封办了个厨师陪训学校 搞项目制陪训 这一期补贴总共十二万 能先给拨多少',
        expect: { amount: { rule: 'project_training_advance', yuan: 60000 }, cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v74-d06',
    class: 'one_group',
    probes: 'a zero-employment-family hire; the pre-job subsidy is "不知道", so no figure',
    periodEnd: true,
    turns: [
      { user: '俺建筑队是公司 社保交着 招了个零就业家庭嘞孩儿 带着学了五个月', expect: askOJT },
      { user: '岗前那个 俺也不知道领木领 回头问问俺们会计', expect: dunnoOJT },
    ],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v74-d07',
    class: 'several_groups',
    probes: 'poor labour 6 months and one 就业困难 3 months at an insured plant: each row its own months',
    periodEnd: true,
    turns: [
      {
        user: '巩义耐材厂 交着社保嘞 招了俩贫困户干了八个月 带着学了六个月 还有一个就业困难嘞 带了仨月 这以工代训一共能给多少',
        expect: askOJT,
      },
      { user: '岗前培训那钱 俩贫困户跟那一个 都木有领', expect: payNot(3000, 3600) },
    ],
  },
  {
    id: 'v74-d08',
    class: 'several_groups',
    probes: 'a cattle cooperative: poor labour counts, its disabled hires do not (a 合作社 is no insured 企业)',
    periodEnd: true,
    turns: [
      {
        user: '俺们是中牟养牛合作社 有一个贫困户干了七个月 带着学了六个月 还有俩残急人 带着学了四个月 社保也给交着 岗前嘞补贴谁都木领过 能补多少',
        expect: { oneOf: [payNot(1200, 2800), { asks: true, mustNotContain: ['2800', '1600'] }] },
      },
    ],
  },
  {
    id: 'v74-d09',
    class: 'several_groups',
    probes: 'a zero-employment girl (3 months) and a poor man (6 of 10 months) at a restaurant, split over turns',
    periodEnd: true,
    turns: [
      { user: '俺家饭店是公司 社保都交着 去年招了个零就业家庭嘞妮儿 还有个贫困户大哥 这俩能领那个带着干活学手艺嘞补贴不', expect: askOJT },
      { user: '那妮儿带了仨月 大哥来了十个月了 带了半年', expect: askOJT },
      { user: '岗前嘞 他俩谁都木领过', expect: payNot(1800, 2400) },
    ],
  },
  {
    id: 'v74-d10',
    class: 'several_groups',
    probes: 'three 就业困难 rows settled, two 零就业 rows whose pre-job subsidy turns out claimed',
    periodEnd: true,
    turns: [
      {
        user: '新郑建筑公司 参保嘞 招了仨就业困难人员 带着干了六个月 还有俩零就业家庭嘞 带了俩月 那仨岗前补贴木领',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['4400'] },
      },
      { user: '那俩零就业嘞 岗前补贴领过了', expect: payNot(3600, 4400) },
    ],
  },
  {
    id: 'v74-d11',
    class: 'several_groups',
    probes: 'a nephew asks for his uncle\'s pig farm: insurance open for the disabled row, then said not paid',
    periodEnd: true,
    turns: [
      {
        user: '俺叔在登封开了个养猪场 是公司 收了俩贫困户干了一年 带着学了六个月 还有个残疾人带了俩月 岗前嘞都木领',
        expect: { asks: true, mustNotContain: ['2800'] },
      },
      { user: '社保 俺叔说 木给那个残疾人交 别人嘞也木交', expect: payNot(2400, 2800) },
    ],
  },
  {
    id: 'v74-d12',
    class: 'several_groups',
    probes: 'a second group added in a later turn keeps its own months (3 and 6)',
    periodEnd: true,
    turns: [
      { user: '俺在中牟开了个饭店 公司 社保都交 招了俩就业困难嘞 带着学了仨月 岗前木领', expect: pay(1200) },
      { user: '还有俩贫困户 干了九个月 带着学了六个月 岗前也木领', expect: payNot(3600, 4800) },
    ],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v74-d13',
    class: 'negation_after_noun',
    probes: '"社保 俺这 一直 没给交" drops only the 就业困难 row; poor labour needs no insurance',
    periodEnd: true,
    turns: [
      {
        user: '俺砖厂是公司 收了俩贫困户 干了九个月 带着学了五个月 还有一个就业困难嘞 也带了五个月 社保 俺这 一直 没给交 岗前补贴都没领 能给多少',
        expect: payNot(2000, 3000),
      },
    ],
  },
  {
    id: 'v74-d14',
    class: 'negation_after_noun',
    probes: 'pre-job subsidy denied after the noun with words between ("四个人里头 谁也木有领过")',
    periodEnd: true,
    turns: [
      { user: '新郑做红枣嘞厂 参保企业 招了四个残疾人 厂里边带着干活学手艺六个月了 能领多少', expect: askOJT },
      { user: '岗前那个补助 四个人里头 谁也木有领过', expect: pay(4800) },
    ],
  },
  {
    id: 'v74-d15',
    class: 'negation_after_noun',
    probes: 'insurance denied at the very end of a long message: 就业困难 hires do not qualify',
    periodEnd: true,
    turns: [
      {
        user: '中牟饭店 公司 招了俩就业困难人员 带着学了仨月 岗前补贴也木领 就是社保那一块 俺饭店 到现在 还是 木交',
        expect: noPay(1200),
      },
    ],
  },
  {
    id: 'v74-d16',
    class: 'negation_after_noun',
    probes: 'a pension denied after the noun ("退休金 俺 可没有") leaves the person training open',
    periodEnd: true,
    turns: [
      { user: '俺五十八了 登封人 在登封考了个电工证 今年头一回 退休金 俺 可没有 一分也不领 能补点钱不', expect: trainOpen },
    ],
  },
  {
    id: 'v74-d17',
    class: 'negation_after_noun',
    probes: 'a wife\'s certificate "到现在 还没发下来": the subsidy is not yet hers',
    turns: [
      {
        user: '俺媳妇在中牟学了个育婴员 户口也在中牟 今年就学这一回 能补不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, oneOf: [{ asks: true }, { says: [/证/] }] },
      },
      { user: '证 到现在 还没发下来嘞 考完了一直等着', expect: trainNo },
    ],
  },
  {
    id: 'v74-d18',
    class: 'negation_after_noun',
    probes: 'double negation "可不是木领 是领过了": the pre-job subsidy was claimed',
    periodEnd: true,
    turns: [
      {
        user: '俺饭店 公司 交着社保 有俩就业困难嘞 带着学了四个月 那俩人岗前的钱 可不是木领 是领过了',
        expect: noPay(1600),
      },
    ],
  },
  {
    id: 'v74-d19',
    class: 'negation_after_noun',
    probes: 'a son for his mother: "养老金 也不是不领" means she draws a monthly pension',
    turns: [
      { user: '俺娘那养老金 也不是不领 每个月都往卡上打 她想学个面点 能给补贴不', expect: trainNo },
    ],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v74-d20',
    class: 'unknown_reply',
    probes: 'months employed "俺也不知道 回头问问" stays open; then eight months settles it',
    periodEnd: true,
    turns: [
      { user: '俺哥砖厂 公司 收了俩贫困户 带着学手艺四个月 岗前的木领 干了多长时间 俺也不知道 回头问问俺哥', expect: dunnoOJT },
      { user: '问了 俺哥说干了八个月了', expect: pay(1600) },
    ],
  },
  {
    id: 'v74-d21',
    class: 'unknown_reply',
    probes: 'a mother asking for her son: insurance "不清楚" is not "no"; settled a turn later',
    periodEnd: true,
    turns: [
      { user: '俺替俺儿问嘞 他在巩义开了个饭店 公司 招了一个就业困难嘞 带着学了四个月 岗前那补贴木领 能给钱不', expect: askOJT },
      { user: '交没交社保 俺不清楚 俺儿在外头跑车嘞', expect: dunnoOJT },
      { user: '俺儿回话了 说社保一直交着', expect: pay(800) },
    ],
  },
  {
    id: 'v74-d22',
    class: 'unknown_reply',
    probes: 'earlier subsidy for the same occupation "记不清了": the training subsidy stays open',
    periodEnd: true,
    turns: [
      { user: '俺在郑州打工 户口在新郑 在郑州学了个叉车 证拿到了 也不领养老金 能补不', expect: trainOpen },
      {
        user: '以前补没补过叉车 俺记不清了 好像俺媳妇给俺报过一回',
        expect: { noAmount: 'unfixed', undecided: 'vocational_training' },
      },
    ],
  },
  {
    id: 'v74-d23',
    class: 'unknown_reply',
    probes: 'equipment fund source "弄不清" while the accountant is away: no figure',
    periodEnd: true,
    turns: [
      { user: '巩义铝材厂 给技能大师工作室买了四十万的设备 验收也过了 能补多少', expect: askKit },
      { user: '是不是从职工教育经费出嘞 俺也弄不清 会计请假回老家了', expect: dunnoKit },
    ],
  },
  {
    id: 'v74-d24',
    class: 'unknown_reply',
    probes: 'payroll "真不知道" leaves the education-fund deduction open',
    turns: [
      { user: '俺厂今年提了二十万职工教育经费 能在税前扣多少', expect: { ...askFund, asks: true } },
      { user: '工资一年发多少 俺真不知道 回头问问财务', expect: askFund },
    ],
  },
  {
    id: 'v74-d25',
    class: 'unknown_reply',
    probes: 'two of three poor hires with months "记不清": no total until they are said',
    periodEnd: true,
    turns: [
      {
        user: '俺养殖场 公司 收了仨贫困户 带着学了五个月 岗前嘞都木领 一个干了一年 那俩干多长时间俺记不清了',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['3000'] },
      },
      { user: '那俩也干了得有七八个月了', expect: pay(3000) },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v74-d26',
    class: 'correction',
    probes: 'count corrected from 俩 to 仨 replaces the fact',
    periodEnd: true,
    turns: [
      { user: '俺是新郑养猪场 公司 收了俩贫困户 干了十个月 带着学手艺带了五个月 岗前那补贴都木领 能补多少', expect: pay(2000) },
      { user: '不对不对 俺说错了 是仨人 不是俩', expect: payNot(3000, 2000) },
    ],
  },
  {
    id: 'v74-d27',
    class: 'correction',
    probes: 'insurance corrected from not paid to paid',
    periodEnd: true,
    turns: [
      { user: '俺饭店 有限公司 招了俩就业困难人员 带着学了六个月 岗前补贴木领 社保木交', expect: noPay(2400) },
      { user: '说错了 刚翻了一下账 社保交着嘞 一直都交', expect: pay(2400) },
    ],
  },
  {
    id: 'v74-d28',
    class: 'correction',
    probes: '以工代训 months corrected from 8 (capped at 6) to 4',
    periodEnd: true,
    turns: [
      { user: '俺登封砖厂 公司 收了一个贫困户 干了十个月了 带着学了八个月 岗前嘞木领 能给多少', expect: pay(1200) },
      { user: '不是八个月 是四个月 俺记成另一个人了', expect: payNot(800, 1200) },
    ],
  },
  {
    id: 'v74-d29',
    class: 'correction',
    probes: 'training place corrected from the work city to another city (洛阳)',
    turns: [
      { user: '俺户口在中牟 在郑州打工 在郑州学了个电焊 证也拿了 今年头一回 也木退休金', expect: trainOpen },
      { user: '不对 俺记错了 不是在郑州学嘞 是去洛阳俺姑家那边学嘞', expect: trainNo },
    ],
  },
  {
    id: 'v74-d30',
    class: 'correction',
    probes: 'the unit corrected from 合作社 to 有限公司: the disabled hires now count',
    periodEnd: true,
    turns: [
      { user: '俺们是巩义养羊合作社 招了俩残疾人 社保交着 带着学了仨月 岗前嘞木领', expect: notYes(1200) },
      { user: '哦不对 去年都改成公司了 现在是有限公司', expect: pay(1200) },
    ],
  },
  {
    id: 'v74-d31',
    class: 'correction',
    probes: 'group corrected from 贫困户 to 当兵回来嘞: the amount goes away',
    periodEnd: true,
    turns: [
      { user: '俺建筑队是公司 社保交着 招了俩贫困户 干了七个月 带着学了六个月 岗前嘞都木领', expect: pay(2400) },
      { user: '俺刚才说错了 他俩不是贫困户 是当兵回来嘞', expect: notYes(2400) },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v74-d32',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, a nephew who is a veteran asks about training: no leak of 2400',
    periodEnd: true,
    turns: [
      { user: '中牟养鸭场 公司 收了俩贫困户 干了七个月 带着学了六个月 岗前嘞都没领 能补多少', expect: pay(2400) },
      { user: '对了 俺侄儿当兵回来嘞 想学个手艺 有啥陪训没', expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)'], mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v74-d33',
    class: 'topic_switch',
    probes: 'education-fund deduction, then a poor family\'s daughter at a 技校',
    turns: [
      { user: '俺厂工资一年三百万 提了三十万职工教育经费 税前能扣多少', expect: deduct(240000) },
      {
        user: '还有个事 俺妮儿上技校 俺家是建档立卡户 学费能免不',
        expect: { noAmount: 'unfixed', cites: ['三(三)'], mustNotContain: ['240000', /24万/] },
      },
    ],
  },
  {
    id: 'v74-d34',
    class: 'topic_switch',
    probes: 'brick-kiln amount, then the owner\'s own wish to open a shop (创业培训)',
    periodEnd: true,
    turns: [
      { user: '俺砖厂 公司 收了仨贫困户 干了一年 带着学了俩月 岗前的木领', expect: pay(1200) },
      { user: '再问个别嘞 俺自己还想开个小超市 有创业陪训没', expect: { noAmount: 'unfixed', cites: ['三(八)'], mustNotContain: ['1200'] } },
    ],
  },
  {
    id: 'v74-d35',
    class: 'topic_switch',
    probes: 'a lookup (巧媳妇工程) and then garlic-stalk prices: declined',
    turns: [
      { user: '巧媳妇工程是弄啥嘞', expect: { answered: true, cites: ['三(二)'] } },
      { user: '中 知道了 那恁说今年蒜薹啥价', expect: decline },
    ],
  },
  {
    id: 'v74-d36',
    class: 'topic_switch',
    probes: 'equipment for a training base, then apprentices: no 20万 carried over',
    periodEnd: true,
    turns: [
      { user: '俺厂高技能人才培训基地 用职工教育经费买了一百万嘞设备 人社财政都验收了 补多少', expect: kit(200000) },
      { user: '那俺厂带学徒 学徒一个补多少', expect: { noAmount: 'unfixed', cites: ['四(一)'], mustNotContain: ['200000', /20万/] } },
    ],
  },
  {
    id: 'v74-d37',
    class: 'topic_switch',
    probes: 'after 以工代训 for a poor hire, his own 生活费 during training: not settled, no figure',
    periodEnd: true,
    turns: [
      { user: '俺养殖场 合作社 收了一个贫困户 干了半年 带着学了半年 岗前嘞木领', expect: pay(1200) },
      { user: '那贫困户他自己 陪训嘞时候 有生活费不 一天给多少', expect: { ...unsettled, mustNotContain: ['1200'] } },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v74-d38',
    class: 'person_training',
    probes: 'a 56-year-old welder; whether the school is "in the system" is unknown to him',
    periodEnd: true,
    turns: [
      { user: '俺五十六了 户口在中牟 在中牟考了个焊工证 今年头一回考 也木领养老金 现在能补不', expect: trainOpen },
      {
        user: '那个学校 进没进恁说那系统 俺也不知道 得回头问问',
        expect: { noAmount: 'unfixed', undecided: 'vocational_training', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v74-d39',
    class: 'person_training',
    probes: 'three subsidies already this year: a fourth is not allowed',
    turns: [
      { user: '俺今年都补过仨回了 电工 焊工 叉车 这又考了个厨师证 还能补不', expect: { ...trainNo, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v74-d40',
    class: 'person_training',
    probes: 'same occupation and level subsidised before: not again',
    turns: [
      { user: '前年补过一回电工初级 今年又去考了一回电工初级 还能再补一回不', expect: { ...trainNo, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v74-d41',
    class: 'person_training',
    probes: 'a daughter asks for her father who draws a monthly pension',
    turns: [
      { user: '俺爹六十三了 每个月领着退休金 想学个养老护理 能给补贴不', expect: { ...trainNo, cites: ['六(一)', '七(二)'] } },
    ],
  },
  {
    id: 'v74-d42',
    class: 'person_training',
    probes: 'a registered poor household member: the training is free, no figure',
    periodEnd: true,
    turns: [
      {
        user: '俺家是建档立卡户 俺想学开挖掘机 陪训要掏钱不',
        expect: {
          noAmount: 'unfixed',
          oneOf: [{ status: { rule: 'free_training_poor', status: 'eligible' } }, { cites: ['三(三)'], says: [/免费/] }],
        },
      },
    ],
  },
  {
    id: 'v74-d43',
    class: 'person_training',
    probes: 'a new state occupation (无人机驾驶): the priority standard, no figure',
    turns: [{ user: '俺孩儿想学那个无人机驾驶 说是国家新公布嘞职业 有补贴不 按啥标准', expect: noFigure(['七(二)']) }],
  },
  {
    id: 'v74-d44',
    class: 'person_training',
    probes: 'a daughter at a 技校 from a poor household: family aid, not the parent\'s student status',
    periodEnd: true,
    turns: [
      {
        user: '俺妮儿在巩义技校上学 俺家是建档立卡户 家里能得点补助不',
        expect: { ...noFigure(['三(三)', '三(十四)']), notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v74-d45',
    class: 'person_training',
    probes: 'a son won a prize at the city skills contest: 按规定奖励, no figure',
    turns: [{ user: '俺孩儿在郑州市职业技能竞赛拿了个二等奖 能有啥奖励', expect: noFigure(['五(三)']) }],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v74-d46',
    class: 'entrepreneurship',
    probes: 'a restaurant open three years: within five years, 创业培训 open',
    periodEnd: true,
    turns: [{ user: '俺饭店开了三年了 想学学咋经营 有创业陪训不', expect: startUpYes }],
  },
  {
    id: 'v74-d47',
    class: 'entrepreneurship',
    probes: 'a farm open 7–8 years is past five years; a new venture (农家乐) is a wish to start a business',
    periodEnd: true,
    turns: [
      {
        user: '俺养殖场开了七八年了 也能参加创业陪训不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
      { user: '俺还想另外再弄个农家乐 自己再开一摊', expect: startUpYes },
    ],
  },
  {
    id: 'v74-d48',
    class: 'entrepreneurship',
    probes: 'a mother asks for her son at a 职业学院 who wants to start out at home',
    turns: [{ user: '俺孩儿在郑州上职业学院 明年毕业 想回巩义自己干 有创业陪训没', expect: startUpYes }],
  },
  {
    id: 'v74-d49',
    class: 'entrepreneurship',
    probes: 'a brother\'s repair shop, years open "说不上来", then two years',
    turns: [
      {
        user: '俺兄弟在中牟开了个修车铺 想去学学咋经营 能参加创业陪训不 开几年了 俺也说不上来',
        expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { undecided: 'entrepreneurship_training', cites: ['三(八)'] }] },
      },
      { user: '问俺兄弟了 前年开哩 两年多点', expect: startUpYes },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v74-d50',
    class: 'equipment',
    probes: 'a master studio, 35万 from the education fund, accepted: 7万',
    periodEnd: true,
    turns: [{ user: '巩义铝厂 技能大师工作室 用职工教育经费买了三十五万嘞设备 人社跟财政都验收过了 能补多少', expect: kit(70000) }],
  },
  {
    id: 'v74-d51',
    class: 'equipment',
    probes: 'a training base, 300万: acceptance asked first, then the 50万 cap',
    periodEnd: true,
    turns: [
      { user: '俺们耐火材料厂 建了个高技能人才陪训基地 从教育经费里头买了三百万嘞设备 能补多少', expect: askKit },
      { user: '验收过了 人社局跟财政局都来看了', expect: kitNot(500000, 600000) },
    ],
  },
  {
    id: 'v74-d52',
    class: 'equipment',
    probes: 'equipment paid from the plant\'s own money, not the education fund: no subsidy',
    turns: [
      {
        user: '俺厂技能大师工作室买了四十万嘞设备 设备钱是厂里自己掏嘞 不是那个教育经费 能补不',
        expect: noKit(80000, /(?<![\d.])8万/),
      },
    ],
  },
  {
    id: 'v74-d53',
    class: 'equipment',
    probes: 'one studio bought twice 30万: one cap of 10万, splitting does not raise it',
    periodEnd: true,
    turns: [
      { user: '俺厂技能大师工作室 先买了三十万嘞机器 后来又买了三十万 都是职工教育经费出嘞 都验收了', expect: kitNot(100000, 120000) },
      { user: '那要是分开算 一回三十万 一回补六万 中不中', expect: { amount: { rule: 'equipment_subsidy', yuan: 100000 }, mustNotContain: ['120000'] } },
    ],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v74-d54',
    class: 'education_fund',
    probes: 'payroll 500万, fund 50万: deductible up to 8 % = 40万, a pre-tax deduction',
    turns: [{ user: '巩义耐材厂 一年工资总额五百万 提了五十万职工教育经费 税前能扣多少', expect: deduct(400000) }],
  },
  {
    id: 'v74-d55',
    class: 'education_fund',
    probes: 'fund 10万 under 8 % of 200万: all of it; half to front-line workers is under 60 %',
    turns: [{ user: '俺厂工资总共二百万 教育经费提了十万 一线工人用了一半 能扣多少 中不中', expect: deduct(100000, 160000) }],
  },
  {
    id: 'v74-d56',
    class: 'education_fund',
    probes: 'payroll asked, then given: 8 % of 150万 caps the 15万 fund',
    turns: [
      { user: '厂里教育经费提了十五万 能不能全在税前扣了', expect: askFund },
      { user: '工资一年发一百五十万', expect: deduct(120000) },
    ],
  },
  {
    id: 'v74-d57',
    class: 'education_fund',
    probes: 'the fund may pay 师带徒 allowances: clause 六(二), no figure',
    turns: [{ user: '职工教育经费能不能拿来给带徒弟嘞老师傅发点钱', expect: noFigure(['六(二)']) }],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v74-d58',
    class: 'apprenticeship',
    probes: 'ten apprentices at a building company: 按照相关规定, no figure',
    turns: [{ user: '俺建筑公司带了十个学徒 企业新型学徒 一个学徒补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v74-d59',
    class: 'apprenticeship',
    probes: 'apprentices priced at the 以工代训 200 元 by the person: no figure from the wrong rule',
    turns: [
      {
        user: '学徒补贴 是不是也按一个人一个月二百给',
        expect: { noAmount: 'unfixed', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { cites: ['四(一)'] }] },
      },
      { user: '那俺饭店八个学徒 带了半年 按二百算 给俺算算总共多少', expect: { noAmount: 'unfixed', mustNotContain: ['9600'] } },
    ],
  },
  {
    id: 'v74-d60',
    class: 'apprenticeship',
    probes: 'a restaurant asks whether it can still apply for apprentices today',
    periodEnd: true,
    turns: [{ user: '俺饭店带着五个学厨嘞学徒 现在还能申请学徒补贴不', expect: { ...noFigure(['四(一)']), ...endSaid } }],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v74-d61',
    class: 'period',
    probes: 'asked "今年还能申请不": the plan ended 2021-12-31, facts open, no figure',
    periodEnd: true,
    turns: [{ user: '今年还能申请那个带着干活学手艺嘞补贴不 俺砖厂刚招了俩贫困户', expect: { ...endSaid, noAmount: 'open' } }],
  },
  {
    id: 'v74-d62',
    class: 'period',
    probes: 'a dated case in the first half of 2021: answered for that date',
    periodEnd: true,
    turns: [
      {
        user: '2021年上半年 俺养殖合作社收了个贫困户 干了七个月 带着学了六个月 岗前嘞木领 当时能补多少',
        expect: pay(1200),
      },
    ],
  },
  {
    id: 'v74-d63',
    class: 'period',
    probes: 'until when does the policy hold: the end date',
    periodEnd: true,
    turns: [{ user: '这个政策到啥时候就不管了 现在还中不中', expect: { ...endSaid, noAmount: 'unfixed' } }],
  },
  {
    id: 'v74-d64',
    class: 'period',
    probes: 'hires in 2022, after the plan ended: said so, no figure',
    periodEnd: true,
    turns: [{ user: '2022年俺又招了仨贫困户 还按一个月二百给不', expect: { ...endSaid, noAmount: 'open' } }],
  },
  {
    id: 'v74-d65',
    class: 'period',
    probes: 'which years the plan covers, then whether villagers can still train under it',
    periodEnd: true,
    turns: [
      { user: '俺听说有个职业技能提升行动 恁说说是哪年嘞政策', expect: { says: [/2019/] } },
      { user: '那现在俺村里人去陪训 还能按这个补不', expect: { ...endSaid, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v74-d66',
    class: 'period',
    probes: 'a 2020 certificate in the home county: answered for 2020, no figure',
    turns: [
      {
        user: '2020年俺在新郑考了个育婴员证 户口就在新郑 那年头一回 当时能补不',
        expect: trainOpen,
      },
    ],
  },
];
