/**
 * HELD-OUT dialogues, set v36 — written on 2026-12-01 BLIND, from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no message is reused or
 * paraphrased from earlier sets. Not to be tuned on.
 *
 * Who types here: a paper-box factory's owner (纸箱厂), a vegetable cooperative (蔬菜合作社), a
 * hotel's HR, a disabled young man learning massage (盲人按摩), a 技师学院 teacher, the mother of
 * a 中职 student from a poor family, a company that built a 技能大师工作室, a payroll accountant,
 * a migrant back home who wants to open a 小饭馆, and a hotline operator relaying callers.
 * WeChat in Henan: 俺 / 咋 / 木 / 中 / 啥 / 恁, homophones, odd spacing, 全角 digits, Chinese
 * numerals, typos.
 *
 * Nothing is inferred from silence; "不知道" leaves a fact open (no amount, no 不符合).
 *
 * Amounts, computed by hand from the contract:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only with
 *   an insured enterprise; 退役军人 no group; 岗前培训补贴 claimed → none.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), 职工教育经费
 *   and acceptance needed.
 * - Education fund (六(二)): pre-tax deduction min(fund, 8 % × payroll).
 * - Apprenticeship, training, entrepreneurship, 生活费补贴: no amount fixed by the plan.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
const noKit = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong)] });
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
const over: TurnExpect = { mentionsPeriodEnd: true };
const WHO = /人社|人力资源|12333/;

export const DIALOGUES_V36: Dialogue[] = [
  // ------------------------------------------------------------ one_group
  { id: 'v36d01', class: 'one_group', periodEnd: true, probes: 'paper-box factory, 就业困难人员, every fact given → amount',
    turns: [{ user: '俺们纸箱厂 交着社保哩 招了仨就业困难人员 以工代训带了4个月 岗前培训补贴木领过 能给多少', expect: pay(2400) }] },
  { id: 'v36d02', class: 'one_group', periodEnd: true, probes: 'hotel, 零就业家庭, months over 6 capped',
    turns: [
      { user: '酒店人事 问下以工代训 俺们收了５个零就业家庭的', expect: askOJT },
      { user: '社保都正常缴 以工代训搞了七个月 岗前那个补贴没申请过', expect: payNot(6000, 7000) },
    ] },
  { id: 'v36d03', class: 'one_group', periodEnd: true, probes: 'cooperative, poor labour, months employed given separately from 以工代训 months',
    turns: [
      { user: '蔬菜合作社 用了两个建档立卡贫困户 干了八个月了 以工代训有补贴不', expect: askOJT },
      { user: '以工代训是五个月 岗前补贴没拿', expect: payNot(2000, 3200) },
    ] },
  { id: 'v36d04', class: 'one_group', periodEnd: true, probes: 'poor labour employed only 4 months: not yet qualifying',
    turns: [{ user: '纸盒厂刚招一个建档立卡的 才干4个月 以工代训也是4个月 岗前补贴没领 中不中', expect: notYes(800) }] },
  { id: 'v36d05', class: 'one_group', periodEnd: true, probes: 'veteran is no group: no 以工代训 amount',
    turns: [{ user: '俺厂收了俩退役军人 上着社保 以工代训3个月 岗前补贴没领 能按人头给钱不', expect: notYes(1200) }] },

  // ------------------------------------------------------------ several_groups
  { id: 'v36d06', class: 'several_groups', periodEnd: true, probes: 'two groups, own counts and months in one message',
    turns: [{ user: '纸箱厂 参保的 就业困难人员２个以工代训３个月 零就业家庭的1个以工代训6个月 岗前补贴都木领 一共多少', expect: payNot(2400, 3600) }] },
  { id: 'v36d07', class: 'several_groups', periodEnd: true, probes: 'hotel: two groups, one open fact, then settled',
    turns: [
      { user: '俺们酒店是参保企业 招了三个就业困难的以工代训四个月 还有两个贫困劳动力 岗前补贴都没领', expect: { ...askOJT } },
      { user: '贫困的那俩干了十个月 以工代训俩月', expect: payNot(3200, 4000) },
    ] },
  { id: 'v36d08', class: 'several_groups', periodEnd: true, probes: 'cooperative with poor labour and 就业困难: coop is no insured enterprise for the second row',
    turns: [
      { user: '合作社 贫困劳动力1个干了7个月以工代训6个月 另外还有个就业困难的以工代训3个月 岗前补贴都没拿过', expect: { mustNotContain: ['1800'] } },
      { user: '合作社也给交社保', expect: payNot(1200, 1800) },
    ] },
  { id: 'v36d09', class: 'several_groups', periodEnd: true, probes: 'three rows, one with 岗前 claimed, excluded',
    turns: [
      { user: '参保企业 残疾人两名以工代训五个月岗前补贴没领；零就业家庭一名以工代训二个月岗前补贴领过了；退役军人一名', expect: payNot(2000, 2400) },
    ] },
  { id: 'v36d10', class: 'several_groups', periodEnd: true, probes: 'two groups, insurance not said → ask',
    turns: [
      { user: '纸箱厂 就业困难的４个 零就业的２个 以工代训都是半年 岗前补贴没领', expect: askOJT },
      { user: '社保嘛 交着呢', expect: pay(7200) },
    ] },

  // ------------------------------------------------------------ negation_after_noun
  { id: 'v36d11', class: 'negation_after_noun', periodEnd: true, probes: '岗前补贴 … 没 with words between',
    turns: [{ user: '参保企业 就业困难人员1个 以工代训6个月 岗前培训那个补贴 俺们一分钱都木有领过', expect: pay(1200) }] },
  { id: 'v36d12', class: 'negation_after_noun', periodEnd: true, probes: '社保 … 没交 → not insured, no amount',
    turns: [{ user: '零就业家庭的招了俩 以工代训3个月 岗前补贴没领 社保这块 俺小厂一直没给交', expect: noPay(1200) }] },
  { id: 'v36d13', class: 'negation_after_noun', periodEnd: true, probes: '岗前补贴 领了 (affirmative at the end) → none',
    turns: [{ user: '酒店 交社保 就业困难人员三名 以工代训四个月 岗前技能培训补贴 之前已经申请下来了', expect: noPay(2400) }] },
  { id: 'v36d14', class: 'negation_after_noun', periodEnd: true, probes: '建档立卡 … 不是 → no group',
    turns: [
      { user: '合作社招的一个大姐 建档立卡 她家其实不是 就是家里困难 干了九个月 以工代训六个月 没领岗前补贴', expect: notYes(1200) },
    ] },
  { id: 'v36d15', class: 'negation_after_noun', periodEnd: true, probes: '验收 … 还没 → no equipment amount',
    turns: [{ user: '技能大师工作室新买设备４０万 职工教育经费出的 人社财政来验收 到现在还木有', expect: noKit(80000) }] },

  // ------------------------------------------------------------ unknown_reply
  { id: 'v36d16', class: 'unknown_reply', periodEnd: true, probes: '不知道 about 岗前补贴 leaves it open',
    turns: [
      { user: '俺们纸箱厂参保 招了两个就业困难人员 以工代训五个月', expect: askOJT },
      { user: '岗前补贴领没领 我真不知道 前任会计弄的', expect: dunnoOJT },
    ] },
  { id: 'v36d17', class: 'unknown_reply', periodEnd: true, probes: '不清楚 about insurance leaves it open, then answered',
    turns: [
      { user: '酒店招了个零就业家庭的 以工代训六个月 岗前补贴没领', expect: askOJT },
      { user: '社保这块不清楚 得问财务', expect: dunnoOJT },
      { user: '问过了 交着哩', expect: pay(1200) },
    ] },
  { id: 'v36d18', class: 'unknown_reply', periodEnd: true, probes: '不确定 months employed of poor labour',
    turns: [
      { user: '合作社 贫困劳动力3人 以工代训4个月 岗前补贴木领', expect: askOJT },
      { user: '他们来了多久 俺也不确定 大概半年左右吧 记不准', expect: dunnoOJT },
    ] },
  { id: 'v36d19', class: 'unknown_reply', probes: 'equipment acceptance unknown',
    turns: [
      { user: '公司建了技能大师工作室 买实训设备花了３０万 职工教育经费列支的', expect: askKit },
      { user: '验收没验收 俺不知道啊', expect: dunnoKit },
    ] },
  { id: 'v36d20', class: 'unknown_reply', probes: 'payroll unknown for education fund',
    turns: [
      { user: '俺是算工资的会计 今年职工教育经费提了六十万 税前能扣多少', expect: askFund },
      { user: '工资总额多少 老板不让我说 就当不知道吧', expect: askFund },
    ] },

  // ------------------------------------------------------------ correction
  { id: 'v36d21', class: 'correction', periodEnd: true, probes: 'count corrected',
    turns: [
      { user: '纸箱厂 参保 就业困难人员５个 以工代训3个月 岗前补贴没领', expect: pay(3000) },
      { user: '说错了 不是五个 是三个', expect: payNot(1800, 3000) },
    ] },
  { id: 'v36d22', class: 'correction', periodEnd: true, probes: 'insurance corrected to no',
    turns: [
      { user: '酒店 交社保 零就业家庭两人 以工代训六个月 没领岗前补贴', expect: pay(2400) },
      { user: '不对不对 俺们那是商业保险 社保没交', expect: noPay(2400) },
    ] },
  { id: 'v36d23', class: 'correction', periodEnd: true, probes: 'months corrected',
    turns: [
      { user: '合作社 贫困劳动力两人 干了一年了 以工代训二个月 岗前补贴没领', expect: pay(800) },
      { user: '更正下 以工代训是四个月 不是俩月', expect: payNot(1600, 800) },
    ] },
  { id: 'v36d24', class: 'correction', probes: 'equipment value corrected',
    turns: [
      { user: '技能大师工作室 设备２０万 职工教育经费买的 验收合格了', expect: kit(40000) },
      { user: '哦不 是六十万 发票我看错了', expect: kitNot(100000, 40000) },
    ] },
  { id: 'v36d25', class: 'correction', probes: 'education fund corrected',
    turns: [
      { user: '工资薪金总额五百万 教育经费提了三十万', expect: deduct(300000) },
      { user: '搞错了 教育经费是五十万', expect: deduct(400000, 300000) },
    ] },

  // ------------------------------------------------------------ topic_switch
  { id: 'v36d26', class: 'topic_switch', periodEnd: true, probes: 'from 以工代训 to outside (wages)',
    turns: [
      { user: '参保的纸箱厂 就业困难三人 以工代训俩月 岗前补贴没领', expect: pay(1200) },
      { user: '对了 郑州今年最低工资标准多少', expect: decline },
    ] },
  { id: 'v36d27', class: 'topic_switch', probes: 'from equipment to 生活费补贴 (not settled)',
    turns: [
      { user: '高技能人才培训基地 新购设备一百万 教育经费出的 验收过了', expect: kit(200000) },
      { user: '另外问下 培训期间的生活费补贴 一天多少钱', expect: unsettled },
    ] },
  { id: 'v36d28', class: 'topic_switch', probes: 'from apprenticeship to contact',
    turns: [
      { user: '企业新型学徒带了15个 补贴多少', expect: noFigure(['四(一)']) },
      { user: '这个方案是哪个单位主办的 找谁问', expect: { says: [WHO] } },
    ] },
  { id: 'v36d29', class: 'topic_switch', probes: 'from fund deduction to 技能比武',
    turns: [
      { user: '工资薪金１０００万 职工教育经费１００万 税前能扣多少', expect: deduct(800000, 1000000) },
      { user: '换个事 百万职工技能比武每年都有吗', expect: { cites: ['三(十五)'], noAmount: 'unfixed' } },
    ] },
  { id: 'v36d30', class: 'topic_switch', probes: 'hotline operator: caller switches to weather',
    turns: [
      { user: '热线这边有人问 残疾人培训三年计划多少人次', expect: { cites: ['三(二)'] } },
      { user: '他又问明天郑州下雨不', expect: decline },
    ] },

  // ------------------------------------------------------------ person_training
  { id: 'v36d31', class: 'person_training', periodEnd: true, probes: 'disabled young man, massage training, subsidy amount not fixed',
    turns: [
      { user: '俺是残疾人 二十三岁 想学按摩 有培训补贴吗 能补多少', expect: { noAmount: 'unfixed' } },
      { user: '在户籍地学 学完能拿证', expect: { noAmount: 'unfixed' } },
    ] },
  { id: 'v36d32', class: 'person_training', periodEnd: true, probes: 'poor labour free training',
    turns: [{ user: '俺家是建档立卡户 俺想学个手艺 培训要钱不', expect: { cites: ['三(三)'], noAmount: 'unfixed' } }] },
  { id: 'v36d33', class: 'person_training', periodEnd: true, probes: 'same occupation same level twice → no',
    turns: [
      { user: '我去年考了中式烹调师四级领过补贴 今年再考一遍中式烹调师四级 还能补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ] },
  { id: 'v36d34', class: 'person_training', periodEnd: true, probes: 'mother of poor-family 中职 student: student aid and family aid, no figure',
    turns: [
      { user: '俺娃在中职上学 家里是建档立卡贫困户 有啥补助', expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'] } },
      { user: '那助学金一年给多少钱', expect: unsettled },
    ] },
  { id: 'v36d35', class: 'person_training', periodEnd: true, probes: 'pensioner: monthly pension excludes',
    turns: [
      { user: '俺退休了 按月领养老金 想学个育婴师 有培训补贴没', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ] },

  // ------------------------------------------------------------ entrepreneurship
  { id: 'v36d36', class: 'entrepreneurship', periodEnd: true, probes: 'returning migrant, 小饭馆, 创业培训, no amount',
    turns: [
      { user: '在外打工十来年 回老家想开个小饭馆 有创业培训木', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '培训给补多少钱', expect: { noAmount: 'unfixed' } },
    ] },
  { id: 'v36d37', class: 'entrepreneurship', periodEnd: true, probes: 'business open 3 years → eligible, then loan question outside',
    turns: [
      { user: '俺的小饭馆开了三年了 还能参加创业培训不', expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' } },
      { user: '创业担保贷款能贷多少', expect: decline },
    ] },
  { id: 'v36d38', class: 'entrepreneurship', periodEnd: true, probes: 'business open 8 years, no wish stated → not via years',
    turns: [{ user: '开店八年了 还算小微企业主 能上创业培训吗', expect: { noAmount: 'unfixed', cites: ['三(八)'] } }] },
  { id: 'v36d39', class: 'entrepreneurship', periodEnd: true, probes: '技师学院 students: 创业意识培训',
    turns: [{ user: '俺是技师学院老师 俺们学生能参加创业意识培训不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } }] },
  { id: 'v36d40', class: 'entrepreneurship', periodEnd: true, probes: 'migrant restaurant: two-part, training and which unit [two-part][contact]',
    turns: [
      { user: '返乡开饭馆的 创业培训找哪个部门报名 培训时间多长', expect: { noAmount: 'unfixed', says: [WHO] } },
    ] },

  // ------------------------------------------------------------ equipment
  { id: 'v36d41', class: 'equipment', probes: 'master studio cap 10万',
    turns: [{ user: '俺公司建了技能大师工作室 实训设备买了一百二十万 职工教育经费出的 验收合格 补多少', expect: kitNot(100000, 240000) }] },
  { id: 'v36d42', class: 'equipment', probes: 'base, fund source not said → ask',
    turns: [
      { user: '高技能人才培训基地买设备150万 验收也过了', expect: askKit },
      { user: '钱是从职工教育经费里出的', expect: kit(300000) },
    ] },
  { id: 'v36d43', class: 'equipment', probes: 'bought with bank loan, not education fund → none',
    turns: [{ user: '技能大师工作室 设备三十万 银行贷款买的 不是教育经费 验收过了', expect: noKit(60000) }] },
  { id: 'v36d44', class: 'equipment', probes: 'base cap 50万',
    turns: [
      { user: '高技能人才培训基地 设备总值３００万 教育经费列支 人社财政验收合格', expect: kitNot(500000, 600000) },
    ] },
  { id: 'v36d45', class: 'equipment', probes: 'studio split into two purchases, same site: cap once',
    turns: [
      { user: '同一个技能大师工作室 前后两批设备 一批四十万 一批三十五万 都是职工教育经费 都验收了', expect: kitNot(100000, 150000) },
    ] },

  // ------------------------------------------------------------ education_fund
  { id: 'v36d46', class: 'education_fund', probes: 'fund below 8 %',
    turns: [{ user: '工资薪金总额两千万 职工教育经费提了一百二十万 税前扣除多少', expect: deduct(1200000) }] },
  { id: 'v36d47', class: 'education_fund', probes: 'payroll accountant: fund not said → ask, then given',
    turns: [
      { user: '俺是做工资的 今年工资薪金总额８００万 教育经费能税前扣多少', expect: askFund },
      { user: '教育经费提了八十万', expect: deduct(640000, 800000) },
    ] },
  { id: 'v36d48', class: 'education_fund', probes: '60 % front-line share question',
    turns: [{ user: '职工教育经费 有没有规定多少比例得花在一线职工身上', expect: { cites: ['六(二)'], noAmount: 'unfixed' } }] },
  { id: 'v36d49', class: 'education_fund', probes: '师带徒津贴 from the fund',
    turns: [{ user: '俺厂老师傅带徒弟 给师傅的那点津贴 走职工教育经费中不中', expect: { cites: ['六(二)'], noAmount: 'unfixed' } }] },
  { id: 'v36d50', class: 'education_fund', probes: 'deduction is not cash to collect',
    turns: [
      { user: '工资总额三百万 教育经费二十万 这钱去哪领', expect: deduct(200000) },
    ] },

  // ------------------------------------------------------------ apprenticeship
  { id: 'v36d51', class: 'apprenticeship', periodEnd: true, probes: 'hotel apprentices: no amount',
    turns: [{ user: '酒店搞企业新型学徒制 带了二十个学徒 每人补多少钱', expect: noFigure(['四(一)']) }] },
  { id: 'v36d52', class: 'apprenticeship', periodEnd: true, probes: 'apprentices, then per-month follow-up still no figure',
    turns: [
      { user: '纸箱厂跟技师学院合作搞学徒 有补贴吗', expect: noFigure(['四(一)']) },
      { user: '那按月算是不是一人一月200', expect: { noAmount: 'unfixed' } },
    ] },
  { id: 'v36d53', class: 'apprenticeship', probes: '三年培养学徒目标',
    turns: [{ user: '全市三年要培养多少新型学徒', expect: { cites: ['四(一)'], noAmount: 'unfixed' } }] },
  { id: 'v36d54', class: 'apprenticeship', periodEnd: true, probes: '技师学院 teacher: 现代学徒制 and teacher pay [two-part]',
    turns: [
      { user: '技师学院老师问俩事：现代学徒制方案里咋说 还有俺们搞培训的老师评职称有倾斜没', expect: { cites: ['四(一)', '四(二)'], noAmount: 'unfixed' } },
    ] },
  { id: 'v36d55', class: 'apprenticeship', periodEnd: true, probes: 'apprentice and 以工代训 mix: apprentice no figure',
    turns: [
      { user: '学徒十个 学徒补贴咋算', expect: noFigure(['四(一)']) },
      { user: '那这十个里头有俩就业困难的 以工代训能另算不', expect: askOJT },
    ] },

  // ------------------------------------------------------------ period
  { id: 'v36d56', class: 'period', periodEnd: true, probes: 'asked today whether 以工代训 can still be claimed',
    turns: [{ user: '纸箱厂想问下 搁这会儿以工代训补贴还能报吗 咋报', expect: over }] },
  { id: 'v36d57', class: 'period', probes: 'dated 2020 question',
    turns: [{ user: '2020年那会 这个方案还有效不', expect: { says: [/2021/], noAmount: 'unfixed' } }] },
  { id: 'v36d58', class: 'period', periodEnd: true, probes: 'hotline: caller asks till when',
    turns: [{ user: '热线接到个电话 问这个技能提升行动到啥时候截止', expect: over }] },
  { id: 'v36d59', class: 'period', periodEnd: true, probes: 'dated 2021 equipment then today',
    turns: [
      { user: '2021年6月俺们技能大师工作室设备五十万 教育经费 验收合格 当时能补多少', expect: kit(100000) },
      { user: '那要是今年才买的呢', expect: over },
    ] },
  { id: 'v36d60', class: 'period', periodEnd: true, probes: 'massage learner asks 2024 training subsidy',
    turns: [{ user: '二零二四年学盲人按摩 还能按这个文件补贴不', expect: over }] },
];
