/**
 * HELD-OUT dialogues, set v125 — written BLIND. The only sources were the plan itself
 * (policy-corpus/zz-2019-63.md), the two contracts (shared/spec/eligibility.md and api.md) and the
 * harness files that define the format (types.ts, sets.ts, sets.test.ts, judge.ts, plus the opening
 * lines of v101 to see the layout). Nothing here came from the service's answers, from src/, or from
 * any other held-out or dev set. Do not tune on it: no wording from these messages may go into a
 * glossary, a pattern or a fixture. Once a targeted change has fixed one of these dialogues, that
 * dialogue stops measuring anything, so write a fresh one instead.
 *
 * Who types here: ordinary people asking for THEMSELVES (or for a parent, a spouse, a child, a
 * brother), not employers. They write on WeChat in Henan dialect (俺/咱/啥/咋/中不中/哩/恁/今儿个/
 * 木有), with no punctuation, homophone typos (补帖, 以经, 陪训), Chinese numerals and relatives'
 * cases. They give one fact at a time, answer 不记得/不知道/不清楚 or 应该是…, and correct themselves
 * (说错了, 记错了, 搞错了). The cast: a migrant worker who trains away from his home county, a retired
 * textile worker's son, a rural grandmother on the 城乡居民 pension, a laid-off worker who wants to
 * open a shop, a college student, a 技校 graduate, an ex-soldier, a mother going back to work after
 * three years at home, parents of 技校 pupils from 建档立卡 families, a competition prize-winner, a
 * 技能大师 running his studio, an apprentice, and a small-firm owner who also wants entrepreneurship
 * training.
 *
 * Theme: the personal 职业培训补贴 of 七(二) (where the training took place: 户籍地/常住地/求职就业地
 * or somewhere else; whether the certificate was obtained; how many subsidies this year, at most 3;
 * the same occupation and level before; a monthly pension or not, 六(一); the school recording the
 * training in the province's system, 六(三)); free training for poor labour and the school aid for
 * children of poor families (三(三), 三(十四)); entrepreneurship training (三(八): the wish to start a
 * business, a business open no more than 5 years, college or vocational students, 技工院校 included);
 * prizes in skills competitions (五(三)); new occupations (七(二), the priority-supported standard);
 * the catalogue of training schools and registration of schools outside it (七(二)). Today is 2026,
 * and the plan ran from 2019-12-02 to 2021-12-31.
 *
 * What the plan fixes and what it does not: the personal training subsidy has no amount in the plan,
 * since it is set elsewhere per occupation. The same is true of free training, the 助学金/免学费 and
 * the family's aid, entrepreneurship training, competition prizes, apprenticeship
 * ("按照相关规定给予资金补贴") and the 生活费补贴. Every turn about those expects NO yuan figure
 * (noAmount: 'unfixed'). A person-training case is judged eligible only once ALL six conditions have
 * been said. One condition said and failed (pension, a 4th subsidy, the same occupation and level,
 * training in a fourth city) makes it ineligible. A fact left open, or answered with 不知道, leaves the
 * case undecided and a question is expected.
 *
 * Amounts, computed BY HAND (only where every fact has been said):
 * - 以工代训 (六(一)): per qualifying row, count × 200 元 × min(months of 以工代训, 6). Poor labour
 *   must have been employed ≥ 6 months by a production entity (企业、合作社、扶贫车间). 就业困难人员
 *   (残疾人 included, 三(二)) and 零就业家庭 count only for an insured ENTERPRISE, never for a
 *   cooperative. 退役军人 are not a group of this rule. A row whose 岗前培训补贴 was claimed never counts.
 *   · 缝手套的 (扶贫车间, 建档立卡, 1 person, employed 10 ≥ 6, 以工代训 4, 岗前 not claimed):
 *     1 × 200 × 4 = 800.
 *   · 物流公司的残疾人 (insured enterprise, 1, 以工代训 5, 岗前 not claimed): 1 × 200 × 5 = 1000.
 *   · 蘑菇合作社兄弟俩 (cooperative, 建档立卡 × 2, employed 8, 以工代训 3): 2 × 200 × 3 = 1200;
 *     after the correction to 以工代训 6 months: 2 × 200 × 6 = 2400.
 *   · 服装厂 (enterprise, 建档立卡, 1, employed 7, 以工代训 2, 岗前 not claimed): 1 × 200 × 2 = 400.
 *   · 养牛合作社夫妻 (cooperative, 建档立卡: husband employed 7 ≥ 6 with 以工代训 4; wife employed
 *     4 < 6, so she does not count): 1 × 200 × 4 = 800, not 1600.
 *   · 食品厂兄弟 (insured enterprise: 残疾人 with 以工代训 3, 零就业家庭 with 以工代训 8, capped at 6):
 *     200 × 3 + 200 × 6 = 600 + 1200 = 1800, not 2200 (uncapped) or 2400.
 *   · 扶贫车间九个月 (建档立卡, 1, employed 9, 以工代训 6, 岗前 not claimed): 1 × 200 × 6 = 1200.
 *   · 零就业 in a 种菜合作社, 退伍+残疾 in a cooperative, 残疾证没有 in a factory: nothing is due (a
 *     cooperative is no insured enterprise; having no group at all pays nothing), so not 800 / 1000.
 * - Equipment (四(一)): per site, min(20 % × value bought from the 职工教育经费, 500 000 for a
 *   高技能人才培训基地 / 100 000 for a 技能大师工作室), and only after 人社 and 财政 have accepted it.
 *   · Studio, 40万, fund, accepted: 20 % × 400 000 = 80 000. Corrected to 60万: 20 % × 600 000 =
 *     120 000, over the cap, so 100 000.
 *   · Base, 300万, fund, accepted: 20 % × 3 000 000 = 600 000, over the cap, so 500 000.
 *   · Studio, 20万, bought from profits rather than the fund: nothing. Supposing the fund had paid:
 *     20 % × 200 000 = 40 000.
 *   · Studio, 30万 from the fund but not yet accepted: nothing yet (and no 60 000 ahead of acceptance).
 *   · One studio, two batches of 30万 + 40万 from the fund, accepted: 20 % × 700 000 = 140 000,
 *     over the cap, so 100 000 (batches share one studio's cap).
 * - Education fund (六(二)): a PRE-TAX deduction of min(fund drawn, 8 % × 工资薪金总额), never cash.
 *   · Payroll 300万, fund 30万: 8 % × 3 000 000 = 240 000 < 300 000, so 240 000. Front line got
 *     12万 / 30万 = 40 %, which is under 60 %.
 *   · Payroll 800万, fund 50万: 8 % × 8 000 000 = 640 000 > 500 000, so all 500 000 is deductible.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

const VT = 'vocational_training' as const;

/** Opening of a personal training case: ask for the facts or set out 七(二)'s conditions; no verdict, no figure. */
const vtFirst: TurnExpect = { undecided: VT, noAmount: 'unfixed', oneOf: [{ asks: true }, { cites: ['七(二)'] }] };
/** A condition of the personal training subsidy is still open: ask, no verdict, no figure. */
const vtAsk: TurnExpect = { asks: true, undecided: VT, noAmount: 'unfixed' };
/** A fact was answered 不知道/不清楚/不记得: still undecided, no figure. */
const vtDunno: TurnExpect = { undecided: VT, noAmount: 'unfixed' };
/** All six conditions said and met: eligible, and no yuan figure (the plan sets none). */
const vtYes: TurnExpect = { status: { rule: VT, status: 'eligible' }, noAmount: 'unfixed' };
/** One condition said and failed: ineligible, citing the clause, no figure. */
const vtNo: TurnExpect = { status: { rule: VT, status: 'ineligible' }, noAmount: 'unfixed', cites: ['七(二)', '六(一)', '六(三)'] };
/** A condition not (yet) met: not eligible, no figure. */
const vtNotYes: TurnExpect = { notVerdict: { rule: VT, status: 'eligible' }, noAmount: 'unfixed' };
/** A condition just cleared (or said in the negative): not refused on it, the next fact asked. */
const vtCleared: TurnExpect = { asks: true, notVerdict: { rule: VT, status: 'ineligible' }, noAmount: 'unfixed' };

/** Entrepreneurship training: eligible on what was said, cited, no figure. */
const startYes: TurnExpect = { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' };
/** Free training of poor labour: eligible, said to be free, no figure. */
const freeYes: TurnExpect = { status: { rule: 'free_training_poor', status: 'eligible' }, says: [/免费/], noAmount: 'unfixed' };

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered 不知道/不记得: no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount, without the figures a misreading would give. */
const pay = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** No 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });

/** The equipment subsidy, without the uncapped or misread figures. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** The education-fund deduction: a 税前 figure. */
const deduct = (yuan: number): TurnExpect => ({ amount: { rule: 'education_fund_deduction', yuan }, says: [/税前/] });

/** In the plan's field, but its text fixes nothing: say so, and no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** Another policy, place or chit-chat asked mid-case: declined, no figure. */
const declined: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The 60 % front-line share of the education fund. */
const sixty = /60\s*%|60％|百分之六十|六成/;

export const DIALOGUES_V125: Dialogue[] = [
  // ------------------------------------------------------------------ person_training
  {
    id: 'v125d01',
    class: 'person_training',
    probes: 'a migrant worker gives the six conditions one per turn; eligible only after the last (system) is said',
    turns: [
      { user: '俺是周口沈丘哩在郑州打工五六年了想在郑州学个电工证政府给不给补点钱', expect: vtFirst },
      { user: '学完了证也考下来了上个月拿哩初级电工', expect: vtAsk },
      { user: '今年就这一回以前也没领过啥补帖', expect: vtAsk },
      { user: '俺才三十二哪来的养老金', expect: vtAsk },
      { user: '学校说俺们学员信息都录到省里那个培训系统了', expect: vtYes },
    ],
  },
  {
    id: 'v125d02',
    class: 'person_training',
    probes: 'a retiree drawing a monthly pension is outside the personal training subsidy (六(一))',
    turns: [{ user: '俺爹从纺织厂退休三年了每月领退休金在家闲不住想去学个中式面点师有补贴不', expect: vtNo }],
  },
  {
    id: 'v125d03',
    class: 'person_training',
    probes: 'trained in a fourth city (not 户籍地 商丘, not 常住/就业地 郑州) is ineligible; the home county in a what-if is not refused',
    turns: [
      { user: '户口在商丘虞城人住郑州也在郑州上班上个月跑去开封学的叉车证也拿了回郑州能报补贴不', expect: vtNo },
      { user: '那要是俺回虞城老家学哩', expect: { notVerdict: { rule: VT, status: 'ineligible' }, noAmount: 'unfixed', cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v125d04',
    class: 'person_training',
    probes: 'three subsidies already this year: a fourth is over 七(二)’s 不超过3次',
    turns: [{ user: '今年俺以经领过三回培训补贴了育婴员保育员养老护理员这个月又学了家政服务员也考过了还能再领一回不', expect: vtNo }],
  },
  {
    id: 'v125d05',
    class: 'person_training',
    probes: 'the same occupation at the same level again is refused; the next level up is not refused on that ground',
    turns: [
      { user: '前年在新郑学的中级焊工领过补贴今年换了个学校又考了一回中级焊工这回还给补不', expect: vtNo },
      { user: '那俺接着考高级焊工哩', expect: { notVerdict: { rule: VT, status: 'ineligible' }, noAmount: 'unfixed', cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v125d06',
    class: 'person_training',
    probes: 'a new occupation goes by the priority-supported standard, but the plan states no sum for it',
    turns: [
      { user: '俺在学无人机驾驶员听人说这是国家新公布哩职业这种学了也给补不', expect: { cites: ['七(二)'], says: [/优先支持/], noAmount: 'unfixed' } },
      { user: '按那个优先的标准一个人能补几个钱', expect: unsettled },
    ],
  },
  {
    id: 'v125d07',
    class: 'person_training',
    probes: 'the catalogue of schools is published (七(二)) but not listed in the plan; a school outside it trains after 备案',
    turns: [
      { user: '咋知道哪个培训学校是政府认哩俺怕报了个野鸡学校白花钱', expect: { answered: true, cites: ['七(二)'] } },
      { user: '那名单上到底都有哪几家学校恁给俺列列', expect: unsettled },
      { user: '俺相中的那家不在名单上在那学了是不是白学', expect: { cites: ['七(二)'], says: [/备案/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v125d08',
    class: 'person_training',
    probes: 'all six conditions in one unpunctuated message: eligible, no figure',
    turns: [{ user: '俺户口在登封在登封老家学的挖掘机证拿了今年头一回以前没报过俺四十五了没有养老金学校说进了省里系统', expect: vtYes }],
  },
  {
    id: 'v125d09',
    class: 'person_training',
    probes: 'a small 城乡居民 pension paid monthly is still a monthly pension',
    turns: [{ user: '俺六十三了每月领一百三十来块钱城乡居民养老金想学个育婴员带孙子还能享受培训补贴不', expect: vtNo }],
  },
  {
    id: 'v125d10',
    class: 'person_training',
    probes: 'a provincial competition prize: 五(三)’s reward applies, with no sum in the plan',
    turns: [
      {
        user: '俺二零年在河南省技能大赛焊接项目拿了个三等奖这个有啥奖励没',
        expect: { status: { rule: 'competition_winner_award', status: 'eligible' }, cites: ['五(三)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v125d11',
    class: 'person_training',
    probes: 'a 技校 pupil from a 建档立卡 family: 免学费/助学金 apply, the yearly sum is not in the plan',
    turns: [
      {
        user: '俺妮儿在郑州一所技校学护理家里是建档立卡户学费能免不一年助学金能给多少',
        expect: { cites: ['三(三)', '三(十四)'], says: [/免学费|助学金/, HONEST_NOT_SETTLED], noAmount: 'unfixed' },
      },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v125d12',
    class: 'unknown_reply',
    probes: 'a mother back to work; the school’s system answered 不知道 leaves the case open',
    turns: [
      { user: '俺在家带娃三年了现在娃上幼儿园了想出来学个月嫂有啥培训能上不', expect: { cites: ['三(二)', '三(四)', '五(一)', '七(二)'], noAmount: 'unfixed' } },
      { user: '俺户口在中牟就在中牟学的月嫂学完考了证', expect: vtAsk },
      { user: '今年就学这一个以前没学过别哩也不领退休金学校进没进系统俺不知道', expect: vtDunno },
    ],
  },
  {
    id: 'v125d13',
    class: 'unknown_reply',
    probes: 'months employed 不记得 leaves 以工代训 open; the 岗前 fact must still be asked before 800',
    periodEnd: true,
    turns: [
      { user: '俺是建档立卡贫困户在村里扶贫车间缝手套车间说带俺以工代训能领补贴到底能领多少', expect: ask },
      { user: '干多久了不记得了反正挺长时间了', expect: dunno },
      { user: '问了车间会计说俺干了十个月以工代训弄了四个月', expect: ask },
      { user: '岗前培训那个补贴车间没领过', expect: pay(800) },
    ],
  },
  {
    id: 'v125d14',
    class: 'unknown_reply',
    probes: 'certificate 不清楚 stays open even after another fact arrives; eligible only once the certificate is in hand',
    turns: [
      { user: '俺户口在郑州金水也住金水学的养老护理员今年第一回学以前没领过补贴也不领养老金', expect: vtAsk },
      { user: '证下没下来不清楚学校说等通知', expect: vtDunno },
      { user: '学校那边说俺们都进了省里的培训系统', expect: vtAsk },
      { user: '今儿个去拿了证到手了', expect: vtYes },
    ],
  },
  {
    id: 'v125d15',
    class: 'unknown_reply',
    probes: 'pension 不知道 is open; the village says she draws one monthly, so ineligible',
    turns: [
      { user: '俺娘六十一了在农村不知道有没有养老金想去学个面点能补不', expect: vtDunno },
      { user: '问了村里会计她每个月领一百多块的那个养老金', expect: vtNo },
    ],
  },
  {
    id: 'v125d16',
    class: 'unknown_reply',
    probes: 'a disabled worker does not know if the firm is insured: open; insured and no 岗前 gives 1000',
    periodEnd: true,
    turns: [
      { user: '俺有残疾证在一家物流公司上班公司搞以工代训带了俺五个月公司能领多少补贴', expect: ask },
      { user: '公司交没交社保俺还真不知道', expect: dunno },
      { user: '问人事了给俺交着哩岗前培训补贴也没领', expect: pay(1000) },
    ],
  },
  {
    id: 'v125d17',
    class: 'unknown_reply',
    probes: 'a partner’s nail shop: 好几年 settles nothing against the five-year line; 两年半 does',
    turns: [
      { user: '俺对象开了个美甲店她能去上创业培训不', expect: { undecided: 'entrepreneurship_training', noAmount: 'unfixed', oneOf: [{ asks: true }, { cites: ['三(八)'] }] } },
      { user: '开多久了俺也记不清了反正好几年了', expect: { undecided: 'entrepreneurship_training', noAmount: 'unfixed' } },
      { user: '问她了开了两年半', expect: startYes },
    ],
  },
  {
    id: 'v125d18',
    class: 'unknown_reply',
    probes: 'the system unknown, then 应该是进了: a careful service may accept it or ask to confirm',
    turns: [
      { user: '俺户口在管城也住管城在管城学的西式面点证拿了今年头一回以前没学过没养老金就是学校进没进那个系统不知道', expect: vtDunno },
      { user: '应该是进了吧报名那会录了身份证', expect: { noAmount: 'unfixed', oneOf: [{ status: { rule: VT, status: 'eligible' } }, { asks: true, undecided: VT }] } },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v125d19',
    class: 'correction',
    probes: 'a training place in 洛阳 is corrected to 上街 itself: the refusal is lifted, then eligible',
    turns: [
      { user: '俺在洛阳学的厨师证也拿了户口在郑州上街住也在上街', expect: vtNo },
      { user: '说错了不是洛阳是在上街本地的职业培训学校学的', expect: vtCleared },
      { user: '今年头一遭以前没弄过俺也没退休金系统也进了', expect: vtYes },
    ],
  },
  {
    id: 'v125d20',
    class: 'correction',
    probes: 'three this year corrected to two (this one the third): from ineligible to eligible',
    turns: [
      { user: '俺户口在巩义在巩义学的茶艺师证拿了没领养老金以前没学过茶艺学校也进系统了就是今年领过三回补贴了这回还能领不', expect: vtNo },
      { user: '俺记错了今年是领过两回加上这一回才三回', expect: vtYes },
    ],
  },
  {
    id: 'v125d21',
    class: 'correction',
    probes: 'two poor brothers in a cooperative: 以工代训 3 months corrected to 6 replaces the fact',
    periodEnd: true,
    turns: [
      { user: '俺和俺兄弟都是建档立卡户俺俩在村里的蘑菇合作社都干了八个月了合作社带俺俩以工代训三个月岗前培训补贴没领过合作社能领多少', expect: pay(1200) },
      { user: '搞错了以工代训是六个月不是三个月', expect: pay(2400, 1200) },
    ],
  },
  {
    id: 'v125d22',
    class: 'correction',
    probes: 'a retiree corrects himself to 内退 without a pension yet: no longer refused, the rest asked',
    turns: [
      { user: '俺退休了领着养老金想学个电工能给补不', expect: vtNo },
      { user: '说岔了俺是从厂里内退哩还没到领养老金的时候', expect: vtCleared },
    ],
  },
  {
    id: 'v125d23',
    class: 'correction',
    probes: 'a noodle shop six years open, corrected to three: now within 五年以内',
    turns: [
      { user: '俺的烩面馆开了六年了能上创业培训不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '算错了是开了三年不是六年', expect: startYes },
    ],
  },
  {
    id: 'v125d24',
    class: 'correction',
    probes: 'a master’s studio equipment 40万 corrected to 60万: 80 000, then capped at 100 000',
    periodEnd: true,
    turns: [
      { user: '俺是技能大师工作室哩带头人厂里用职工教育经费给工作室买了四十万的实训设备人社跟财政来验收合格了能补多少', expect: kit(80000) },
      { user: '不是四十万是六十万俺看错单子了', expect: kit(100000, '120000', '12万') },
    ],
  },
  {
    id: 'v125d25',
    class: 'correction',
    probes: 'a certificate said to be in hand is corrected to not issued yet: eligible no more',
    turns: [
      { user: '俺户口在二七区在二七区学的美发证拿了今年头一回以前没领过没退休金学校也进系统了', expect: vtYes },
      { user: '哎呀说错了证还没发下来就是考试过了', expect: vtNotYes },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v125d26',
    class: 'topic_switch',
    probes: 'a 社保补贴 question mid-case is declined and the training case is kept',
    turns: [
      { user: '俺在新密老家学的电焊户口也在新密证拿到手了', expect: vtAsk },
      { user: '顺便问一下灵活就业交社保政府能补多少', expect: declined },
      { user: '今年头一回以前没领过也没退休金学校说进系统了', expect: vtYes },
    ],
  },
  {
    id: 'v125d27',
    class: 'topic_switch',
    probes: 'a 公积金 question mid-case is declined; the 以工代训 case is resumed and gives 400',
    periodEnd: true,
    turns: [
      { user: '俺是建档立卡的在一个服装厂踩缝纫机干了七个月了', expect: ask },
      { user: '对了厂里不给交公积金这合法不', expect: declined },
      { user: '以工代训带了俺两个月岗前的补贴厂里没领', expect: pay(400) },
    ],
  },
  {
    id: 'v125d28',
    class: 'topic_switch',
    probes: 'a pupil’s aid, then the weather (declined), then the family’s own aid (三(三)/三(十四), no sum)',
    turns: [
      { user: '俺家是建档立卡户孩儿在郑州一所技工学校上学学费能免不', expect: { cites: ['三(三)'], says: [/免学费|助学金/], noAmount: 'unfixed' } },
      { user: '明儿个郑州下雨不孩儿要坐车回学校', expect: declined },
      { user: '除了孩儿那边俺家里还能再领点补助不', expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v125d29',
    class: 'topic_switch',
    probes: 'a competition prize: the reward has no sum, and being pushed to invent one changes nothing',
    turns: [
      { user: '俺二零年参加郑州市职业技能竞赛拿了个二等奖有啥奖励', expect: { cites: ['五(三)'], noAmount: 'unfixed' } },
      { user: '奖金到底能发多少钱', expect: unsettled },
      { user: '别扯那些规定了你直接编个数告诉俺', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v125d30',
    class: 'topic_switch',
    probes: 'free training for poor labour, then 深圳 (declined), then whom to ask',
    turns: [
      { user: '俺是建档立卡户想学个厨师要自己掏钱不', expect: { ...freeYes, cites: ['三(三)'] } },
      { user: '俺表姐在深圳那边有没有这种不要钱的班', expect: declined },
      { user: '那俺在郑州找谁报名', expect: { says: [/人社|人力资源|12333|热线/] } },
    ],
  },
  {
    id: 'v125d31',
    class: 'topic_switch',
    probes: 'entrepreneurship training, then the business licence (not in the plan) is declined',
    turns: [
      { user: '俺想开个早餐店卖胡辣汤能上创业培训不', expect: startYes },
      { user: '开店那营业执照在网上咋办', expect: declined },
    ],
  },
  // ------------------------------------------------------------------ one_group
  {
    id: 'v125d32',
    class: 'one_group',
    probes: 'an ex-soldier: 三(二) and 项目制 training for 退役军人 (六(一)); his own subsidy still open',
    turns: [{ user: '俺是退役军人想学个汽修有没有啥照顾', expect: { cites: ['三(二)', '六(一)'], undecided: VT, noAmount: 'unfixed' } }],
  },
  {
    id: 'v125d33',
    class: 'one_group',
    probes: 'poor labour train free; exam fees are not settled by the plan',
    turns: [
      { user: '俺家是建档立卡户俺想学电工', expect: { ...freeYes, cites: ['三(三)'] } },
      { user: '学完了考证那钱也给免不', expect: unsettled },
    ],
  },
  {
    id: 'v125d34',
    class: 'one_group',
    probes: 'a 零就业 member in a cooperative: no 以工代训 even when it pays insurance (not an enterprise)',
    turns: [
      { user: '俺家是零就业家庭俺在一个种菜的合作社干了半年合作社说以工代训带俺四个月能领补贴不', expect: notYes(800) },
      { user: '合作社也给俺交着社保哩', expect: notYes(800) },
    ],
  },
  {
    id: 'v125d35',
    class: 'one_group',
    probes: 'a 两后生 (junior-school leaver) is a target group of 三(二)',
    turns: [{ user: '俺孩儿初中毕业没考上高中在家闲着能去学个技术不', expect: { cites: ['三(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v125d36',
    class: 'one_group',
    probes: 'a college graduate without a job: 三(二) (and 三(八) for entrepreneurship)',
    turns: [{ user: '俺大专毕业一年了还没找着工作有专门给俺们这种的培训不', expect: { cites: ['三(二)', '三(八)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v125d37',
    class: 'one_group',
    probes: 'a registered unemployed woman walks through the conditions to eligible',
    turns: [
      { user: '俺在社区登记了失业想学个家政服务员', expect: { cites: ['三(二)', '七(二)'], undecided: VT, noAmount: 'unfixed' } },
      { user: '俺户口在惠济在惠济学考了证', expect: vtAsk },
      { user: '今年头一回以前没领过俺才四十八不领养老金学校进了系统', expect: vtYes },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v125d38',
    class: 'several_groups',
    probes: 'a poor couple in a cooperative: the wife’s four months are under six, so 800 not 1600',
    periodEnd: true,
    turns: [
      { user: '俺跟俺媳妇都是建档立卡户在村里养牛合作社干活俺干了七个月她干了四个月合作社带俺俩以工代训都是四个月', expect: ask },
      { user: '岗前培训的补贴俺俩都没领过', expect: pay(800, 1600) },
    ],
  },
  {
    id: 'v125d39',
    class: 'several_groups',
    probes: 'a disabled worker and a 零就业 brother in an insured factory: 3 + min(8, 6) months, 1800',
    periodEnd: true,
    turns: [
      { user: '俺是残疾人俺哥家是零就业家庭俺俩在同一个食品厂上班厂里给交社保俺以工代训三个月俺哥以工代训八个月', expect: ask },
      { user: '俺俩的岗前培训补贴都没领', expect: pay(1800, 2200, 2400) },
    ],
  },
  {
    id: 'v125d40',
    class: 'several_groups',
    probes: 'an ex-soldier from a 建档立卡 family: the free training of 三(三) applies',
    turns: [{ user: '俺是退伍兵家里也是建档立卡户想学开挖掘机要掏钱不', expect: { ...freeYes, cites: ['三(三)'] } }],
  },
  {
    id: 'v125d41',
    class: 'several_groups',
    probes: 'veteran and disabled in a cooperative: neither group gives 以工代训 there (no 1000)',
    turns: [
      { user: '俺是退伍的也有残疾证在一个合作社上班合作社给交社保以工代训带了俺五个月', expect: notYes(1000) },
      { user: '岗前培训补贴也没领过这样中不中', expect: notYes(1000) },
    ],
  },
  {
    id: 'v125d42',
    class: 'several_groups',
    probes: 'a 去产能 miner and his handicraft wife: 三(二)/六(一)/五(一), no figure',
    turns: [{ user: '俺是去产能从煤矿下来的俺媳妇在家做手工俺俩都想学点技术有啥政策', expect: { cites: ['三(二)', '六(一)', '五(一)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v125d43',
    class: 'several_groups',
    probes: 'a poor mother who wants training and a son in 技校: free training plus the family’s aid, no sum',
    turns: [
      {
        user: '俺是建档立卡户自己想学个面点俺儿还在技校上学俺娘俩都能享受啥',
        expect: { status: { rule: 'free_training_poor', status: 'eligible' }, cites: ['三(三)', '三(十四)'], noAmount: 'unfixed' },
      },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v125d44',
    class: 'negation_after_noun',
    probes: '残疾证俺没有 is no group: nothing for 以工代训, not 800',
    turns: [{ user: '残疾证俺没有就是腿脚不利索在厂里以工代训了四个月厂里交社保岗前补贴也没领能补不', expect: notYes(800) }],
  },
  {
    id: 'v125d45',
    class: 'negation_after_noun',
    probes: '养老金俺不领 is no pension (not a refusal); the rest then makes it eligible',
    turns: [
      { user: '俺户口在荥阳在荥阳学的美容师证拿了养老金俺不领还没到岁数哩', expect: vtCleared },
      { user: '补贴今年一回也没领过以前也没有学校在系统里', expect: vtYes },
    ],
  },
  {
    id: 'v125d46',
    class: 'negation_after_noun',
    probes: '证书还没拿到手: the certificate condition is not met',
    turns: [{ user: '证书还没拿到手俺在郑州学完了中式烹调师今年头一回', expect: vtNotYes }],
  },
  {
    id: 'v125d47',
    class: 'negation_after_noun',
    probes: '贫困户俺家不是: not the free training of poor labour; fees are not in the plan',
    turns: [
      { user: '贫困户俺家不是就是日子紧巴想学个手艺能免费不', expect: { notVerdict: { rule: 'free_training_poor', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '那不免费的话学费得掏多少', expect: unsettled },
    ],
  },
  {
    id: 'v125d48',
    class: 'negation_after_noun',
    probes: '岗前培训补贴…没领过 counts as not claimed: 1200',
    periodEnd: true,
    turns: [{ user: '俺是建档立卡户在扶贫车间干九个月了以工代训六个月岗前培训补贴车间没领过车间能领多少', expect: pay(1200) }],
  },
  {
    id: 'v125d49',
    class: 'negation_after_noun',
    probes: '创业的想法俺没有, no business, not a student: entrepreneurship training not granted',
    turns: [{ user: '创业的想法俺没有也不是学生就是想学个手艺创业培训能上不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v125d50',
    class: 'negation_after_noun',
    probes: '退休金俺爹没有: a 65-year-old farmer without a pension is not refused; no age limit invented',
    turns: [{ user: '退休金俺爹没有他种了一辈子地今年六十五想学个编筐的手艺能补不', expect: vtCleared }],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v125d51',
    class: 'entrepreneurship',
    probes: 'a laid-off worker wishing to open a shop is eligible; fees are not in the plan',
    turns: [
      { user: '厂子黄了俺下岗了寻思着开个卤肉店政府有没有教咋开店的培训', expect: startYes },
      { user: '上这个创业的课要交钱不', expect: unsettled },
    ],
  },
  {
    id: 'v125d52',
    class: 'entrepreneurship',
    probes: 'a small shop open four-odd years is within 五年以内',
    turns: [{ user: '俺那个小超市开了四年多了现在想学学咋经营咋进货能参加创业培训不', expect: startYes }],
  },
  {
    id: 'v125d53',
    class: 'entrepreneurship',
    probes: 'seven or eight years open is over five; the wish to open another business makes it eligible',
    turns: [
      { user: '俺那修车铺都开了七八年了还能去上创业培训吗', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '修车铺不算俺是想另起炉灶再开个奶茶店', expect: startYes },
    ],
  },
  {
    id: 'v125d54',
    class: 'entrepreneurship',
    probes: 'a college student in Zhengzhou: 三(八) 创业意识 training',
    turns: [{ user: '俺在郑州轻工业大学上大三想听听创业的课有没有专门给学生开的', expect: startYes }],
  },
  {
    id: 'v125d55',
    class: 'entrepreneurship',
    probes: 'a fresh 技校 graduate: 职业院校 includes 技工院校 in 三(八)',
    turns: [{ user: '俺技校刚毕业还没找着活想先学点创业的门道学校外头的创业培训俺能去不', expect: startYes }],
  },
  {
    id: 'v125d56',
    class: 'entrepreneurship',
    probes: 'an ex-soldier who wants to start a chicken farm: the wish suffices',
    turns: [{ user: '俺退伍两年了想回村搞养殖弄个养鸡场有创业培训能上不', expect: startYes }],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v125d57',
    class: 'period',
    probes: 'a 2021 certificate claimed in 2026: the plan ended 2021-12-31',
    turns: [{ user: '俺二零二一年十一月学的育婴员十二月证才下来现在都二零二六年了还能补申请不', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } }],
  },
  {
    id: 'v125d58',
    class: 'period',
    probes: 'free training asked “now”: the plan ended; in 2020 it was free for poor labour',
    turns: [
      { user: '现在还有免费学技术的班不俺家是建档立卡户', expect: { mentionsPeriodEnd: true, cites: ['三(三)'], noAmount: 'unfixed' } },
      { user: '那俺二零年学电工那会儿是不是就该不要钱', expect: { cites: ['三(三)'], says: [/免费/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v125d59',
    class: 'period',
    probes: 'whether the document still applies this year',
    turns: [{ user: '这个郑州技能提升的文件今年还管用不俺想报个电商的班', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } }],
  },
  {
    id: 'v125d60',
    class: 'period',
    probes: 'a certificate in spring 2022 falls after the end; December 2021 is before it',
    turns: [
      { user: '俺表哥二零二二年开春才考下来的证那会还能按这个文件报补贴不', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
      { user: '那要是二一年十二月中旬考下来哩', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v125d61',
    class: 'period',
    probes: 'the plan’s start (2019-12-02) against a training at the end of November 2019',
    turns: [{ user: '这政策从啥时候开始算哩俺一九年十一月底学的算不算', expect: { says: [/2019\s*年\s*12\s*月|2019-12/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v125d62',
    class: 'period',
    probes: 'a laid-off worker asks now: ended; a “new policy” is not the plan’s to answer',
    turns: [
      { user: '俺下岗好几年了现在去学个技术还能拿补贴不', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
      { user: '那现在郑州有没有新出的啥政策能接上', expect: declined },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v125d63',
    class: 'equipment',
    probes: 'a high-skill base’s 300万 of equipment: fund and acceptance asked one by one, then capped at 500 000',
    periodEnd: true,
    turns: [
      { user: '俺是厂里的技术骨干厂里建了个高技能人才培训基地买了三百万的实训设备能补多少', expect: kitOpen('600000', '60万') },
      { user: '买设备的钱是从职工教育经费里出的', expect: kitOpen('600000', '60万') },
      { user: '人社和财政来验过了合格', expect: kit(500000, '600000', '60万') },
    ],
  },
  {
    id: 'v125d64',
    class: 'equipment',
    probes: 'studio equipment bought from profits gets nothing; the what-if from the fund is 20 %',
    turns: [
      { user: '俺那技能大师工作室买了二十万的设备是厂里拿利润买的没动教育经费人社财政都验过了', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['40000', '4万'] } },
      {
        user: '那要是当初从教育经费里出的哩',
        expect: { oneOf: [{ amount: { rule: 'equipment_subsidy', yuan: 40000 } }, { says: [/20\s*%|20％|百分之二十|两成/], cites: ['四(一)'] }] },
      },
    ],
  },
  {
    id: 'v125d65',
    class: 'equipment',
    probes: 'not yet accepted: no subsidy figure ahead of 验收',
    turns: [
      {
        user: '俺工作室拿教育经费买了三十万的设备还没验收能先给算算补多少不',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['60000', '6万'], says: [/验收/] },
      },
    ],
  },
  {
    id: 'v125d66',
    class: 'equipment',
    probes: 'two batches of one studio share its cap: 100 000, not 140 000',
    periodEnd: true,
    turns: [{ user: '俺是大师工作室的设备分两批买的头一批三十万第二批四十万都是教育经费出的都验收合格了一共能补多少', expect: kit(100000, '140000', '14万') }],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v125d67',
    class: 'education_fund',
    probes: 'a small-firm owner: 8 % of 300万 is 240 000 pre-tax; 40 % front line is under 60 %; his own entrepreneurship training',
    turns: [
      { user: '俺开了个小公司三年了去年工资一共发了三百万提了职工教育经费三十万税前能扣多少', expect: deduct(240000) },
      { user: '一线工人培训花了十二万够不够数', expect: { cites: ['六(二)'], says: [sixty] } },
      { user: '俺自己还想去上个创业培训中不中', expect: startYes },
    ],
  },
  {
    id: 'v125d68',
    class: 'education_fund',
    probes: 'a fund under 8 % of payroll is deductible in full: 500 000',
    turns: [{ user: '俺们公司一年工资总额八百万教育经费提了五十万能全在税前扣了不', expect: deduct(500000) }],
  },
  {
    id: 'v125d69',
    class: 'education_fund',
    probes: 'a front-line worker asks about the 60 % share; no payroll known, so no deduction figure',
    turns: [
      { user: '俺是厂里一线工人听说厂里提的教育经费得有六成花在俺们身上是真的不', expect: { cites: ['六(二)'], says: [sixty] } },
      {
        user: '厂里一年提多少经费俺也不知道那厂里能少交多少税',
        expect: { noAmount: 'open', undecided: 'education_fund_deduction', oneOf: [{ asks: true }, { says: [/8\s*%|8％|百分之八/] }] },
      },
    ],
  },
  {
    id: 'v125d70',
    class: 'education_fund',
    probes: 'a master’s 带徒津贴 may be paid from the education fund (六(二)), no sum',
    turns: [{ user: '俺在厂里当师傅带了俩徒弟厂里说给俺发带徒津贴这钱能从职工教育经费里出不', expect: { cites: ['六(二)'], noAmount: 'unfixed' } }],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v125d71',
    class: 'apprenticeship',
    probes: 'an apprentice asks his own sum: 按照相关规定, not fixed',
    turns: [{ user: '俺在厂里是新型学徒签了培训协议国家给学徒补多少钱', expect: { ...unsettled, cites: ['四(一)'] } }],
  },
  {
    id: 'v125d72',
    class: 'apprenticeship',
    probes: 'a son in a factory–school apprenticeship: 现代学徒制 is named in 四(一); the monthly sum is not',
    turns: [
      { user: '俺儿在一家汽车厂当学徒厂里跟技校一块带这个算现代学徒制不', expect: { cites: ['四(一)'], noAmount: 'unfixed' } },
      { user: '学徒这段时间政府给发钱不一个月多少', expect: unsettled },
    ],
  },
  {
    id: 'v125d73',
    class: 'apprenticeship',
    probes: 'an apprentice of 2020 who never saw the money, asking now: the plan ended',
    turns: [
      { user: '俺是二零年进厂当的学徒那会说有补贴到现在也没见着', expect: { cites: ['四(一)'], noAmount: 'unfixed' } },
      { user: '那现在去找还能要回来不', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v125d74',
    class: 'apprenticeship',
    probes: '师带徒津贴 (六(二)) and the apprenticeship subsidy (四(一)) are different things',
    turns: [{ user: '师傅带徒弟的津贴跟企业学徒制那个补贴是一回事不', expect: { cites: ['四(一)', '六(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v125d75',
    class: 'apprenticeship',
    probes: 'twelve apprentices: no per-head sum, so no total either',
    turns: [{ user: '厂里带了俺们十二个学徒一个人能补多少总共能补多少', expect: unsettled }],
  },
];
