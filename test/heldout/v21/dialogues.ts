/**
 * HELD-OUT dialogues, set v21 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/) only: never from the service's
 * output, the code under src/, or other sets. Only the format of v15 (its header and first lines)
 * was looked at; no message is reused or paraphrased from it. Written blind; NOT to be tuned on:
 * no word of these messages goes into a glossary, pattern or fixture.
 *
 * Who types here: a hotpot restaurant group's HR (火锅), a fruit cooperative's chairman (果业合作社),
 * a logistics park's manager (物流园区), a 职业院校 vice-principal, a disabled veteran, a woman whose
 * husband is from a 建档立卡 family, a young migrant worker back from 浙江, a construction
 * company's safety officer, an elderly-care (养老护理) company's owner, a 培训机构's manager and a
 * print shop's accountant (印刷厂). WeChat on a phone: 河南话 (俺 / 中不中 / 咋 / 木有), homophones,
 * full-width digits, traditional characters now and then, run-ons, bare replies.
 *
 * Issue 10: nothing is inferred from silence; an amount is expected only once every fact it
 * depends on has been said. "不知道/不清楚" leaves the fact open.
 *
 * Amounts, computed by hand from the contract and checked twice:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (not a 职业院校); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise; 退役军人 and ordinary migrant workers are no group;
 *   rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, entrepreneurship training, family
 *   aid: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
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
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
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

export const DIALOGUES_V21: Dialogue[] = [
  // ------------------------------------------------------------ one group
  {
    id: 'v21d01', class: 'one_group', periodEnd: true,
    probes: 'hotpot company, poor labour; months employed then 以工代训 months and 岗前 over turns',
    turns: [
      { user: '俺们是火锅连锁公司 招了5个建档立卡嘞贫困户 以工代训补贴能领不', expect: askOJT },
      { user: '干了八个月了都', expect: askOJT },
      { user: '以工代训弄了4个月 岗前培训补贴木领过', expect: pay(4000) },
    ],
  },
  {
    id: 'v21d02', class: 'one_group', periodEnd: true,
    probes: 'fruit cooperative, every fact in one run-on message, full-width digits',
    turns: [
      { user: '我是果业合作社理事长，社里用了３个贫困劳动力干了一年多，以工代训带了６个月，岗前补贴没申请过 能补多少', expect: pay(3600) },
    ],
  },
  {
    id: 'v21d03', class: 'one_group', periodEnd: true,
    probes: 'insured enterprise, 就业困难; 10 months capped at 6 once 岗前 is said',
    turns: [
      { user: '物流园里一家参保企业 招了两名就业困难人员 以工代训搞了10个月', expect: askOJT },
      { user: '岗前嘞没领', expect: payNot(2400, 4000) },
    ],
  },
  {
    id: 'v21d04', class: 'one_group', periodEnd: true,
    probes: 'traditional characters, 扶贫车间, all facts given',
    turns: [
      { user: '我們是扶貧車間 吸納貧困勞動力8人 已幹滿7個月 以工代訓4個月 崗前補貼沒領過', expect: pay(6400) },
    ],
  },
  {
    id: 'v21d05', class: 'one_group',
    probes: '[contact] where to apply for 以工代训 subsidy',
    turns: [
      { user: '以工代训补贴 找哪个部门去申请啊', expect: { says: [WHO], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v21d06', class: 'one_group', periodEnd: true,
    probes: '[two-part] an amount plus the equipment cap in one message',
    turns: [
      { user: '参保企业招的零就业家庭3人以工代训4个月没领岗前 能补多少？另外设备补贴最高多少', expect: { ...pay(2400), says: [/50\s*万/] } },
    ],
  },
  {
    id: 'v21d07', class: 'one_group',
    probes: '[two-part] rate and maximum months, no computed figure',
    turns: [
      { user: '俩问题 1以工代训一人一月多少钱 2最长能补几个月', expect: { cites: ['六(一)'], says: [/200/, /6\s*个月|六个月/], noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------ several groups
  {
    id: 'v21d08', class: 'several_groups', periodEnd: true,
    probes: 'two groups with different months in one message, insured company',
    turns: [
      { user: '公司有参保，招了4个贫困户干了7个月以工代训3个月，还有2个零就业家庭的以工代训5个月，岗前补贴都没领', expect: pay(4400) },
    ],
  },
  {
    id: 'v21d09', class: 'several_groups', periodEnd: true,
    probes: 'construction company: disabled count, poor labour employed under 6 months excluded',
    turns: [
      { user: '俺们建筑公司 参了保 吸纳了残疾人3个 以工代训4个月，还有贫困劳动力6个 干了5个月 以工代训也是4个月 岗前培训补贴都没拿', expect: payNot(2400, 7200) },
    ],
  },
  {
    id: 'v21d10', class: 'several_groups', periodEnd: true,
    probes: 'elderly-care company: groups, months, insurance and 岗前 arrive over four turns',
    turns: [
      { user: '俺是开养老护理公司嘞 想问问以工代训咋补', expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
      { user: '招了贫困劳动力两个，零就业家庭一个', expect: askOJT },
      { user: '贫困嘞干了9个月 以工代训6个月；零就业那个以工代训2个月', expect: askOJT },
      { user: '有参保 岗前都木领', expect: pay(2800) },
    ],
  },
  {
    id: 'v21d11', class: 'several_groups', periodEnd: true,
    probes: 'garment factory: two hiring months, second group employed only 4 months',
    turns: [
      { user: '俺们服装厂3月份招嘞5个建档立卡 以工代训了八个月 到现在干满10个月；7月份又招了2个 才干4个月 岗前培训补贴都没领', expect: payNot(6000, 8000) },
    ],
  },
  {
    id: 'v21d12', class: 'several_groups', periodEnd: true,
    probes: 'fruit cooperative: three lots, the third employed 2 months',
    turns: [
      { user: '社里贫困户分三批：第一批4人以工代训6个月，第二批2人以工代训3个月，第三批3人刚来2个月 以工代训2个月。前两批都干了半年以上 岗前都没领 俺们是合作社', expect: payNot(6000, 7200) },
    ],
  },
  {
    id: 'v21d13', class: 'several_groups', periodEnd: true,
    probes: 'two groups, then one group\'s months corrected',
    turns: [
      { user: 'A组贫困劳动力2人以工代训3个月 B组零就业家庭1人以工代训6个月 俺们是参保企业 贫困嘞干了1年 岗前都没领', expect: pay(2400) },
      { user: 'B组不是6个月 是2个月', expect: payNot(1600, 2400) },
    ],
  },
  // ------------------------------------------------------------ negation after noun
  {
    id: 'v21d14', class: 'negation_after_noun', periodEnd: true,
    probes: '岗前 named first, its negation at the end of the sentence',
    turns: [
      { user: '合作社吸纳贫困劳动力4人，工作8个月，以工代训5个月，岗前技能培训补贴这个呢，我们是没有领过的', expect: pay(4000) },
    ],
  },
  {
    id: 'v21d15', class: 'negation_after_noun',
    probes: 'insurance negated far after the noun: disabled not covered',
    turns: [
      { user: '公司招的残疾人员两个 以工代训6个月 岗前的补贴也没领 社保这块 公司其实一直没给交', expect: noPay(2400) },
    ],
  },
  {
    id: 'v21d16', class: 'negation_after_noun',
    probes: '岗前 already claimed, said at the start',
    turns: [
      { user: '岗前培训补贴 那三个贫困户 之前已经领过了 他们干了一年 以工代训3个月 俺们是农业公司', expect: noPay(1800) },
    ],
  },
  {
    id: 'v21d17', class: 'negation_after_noun',
    probes: 'veterans are no 以工代训 group',
    turns: [
      { user: '退役军人5个 咱厂里招嘞 以工代训4个月 有社保 没领岗前补贴', expect: notYes(4000) },
    ],
  },
  {
    id: 'v21d18', class: 'negation_after_noun',
    probes: 'insurance negation far away with 就业困难',
    turns: [
      { user: '吸纳就业困难人员4人以工代训6个月，岗前补贴没领，企业性质是有限公司，社保的话，我们一直都没给他们交过', expect: noPay(4800) },
    ],
  },
  {
    id: 'v21d19', class: 'negation_after_noun',
    probes: 'no poor labour among ordinary migrant workers',
    turns: [
      { user: '招嘞人里头贫困户一个也没有 都是普通农民工 12个 以工代训3个月', expect: notYes(7200) },
    ],
  },
  // ------------------------------------------------------------ unknown replies
  {
    id: 'v21d20', class: 'unknown_reply', periodEnd: true,
    probes: 'months employed first 不清楚, then given',
    turns: [
      { user: '火锅店这边是公司，招了3个贫困户，以工代训4个月能补多少', expect: askOJT },
      { user: '干多久了我得问问店长 不清楚', expect: dunnoOJT },
      { user: '问了 干了7个月了，岗前补贴没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v21d21', class: 'unknown_reply', periodEnd: true,
    probes: '岗前 unknown (finance handles it), then answered',
    turns: [
      { user: '参保企业 就业困难人员3个 以工代训5个月', expect: askOJT },
      { user: '岗前那个领没领 我不知道啊 财务管嘞', expect: dunnoOJT },
      { user: '财务说没领', expect: pay(3000) },
    ],
  },
  {
    id: 'v21d22', class: 'unknown_reply',
    probes: 'equipment acceptance unknown, then accepted and fund given',
    turns: [
      { user: '技能大师工作室买了设备40万', expect: askKit },
      { user: '验收？不清楚过没过', expect: dunnoKit },
      { user: '过了 钱是职工教育经费出嘞', expect: kit(80000) },
    ],
  },
  {
    id: 'v21d23', class: 'unknown_reply',
    probes: 'print shop: payroll unknown, then payroll and fund',
    turns: [
      { user: '印刷厂会计 职工教育经费税前扣除能扣多少', expect: askFund },
      { user: '工资总额不清楚 还没算出来', expect: askFund },
      { user: '工资薪金总额300万 提了20万', expect: deduct(200000) },
    ],
  },
  {
    id: 'v21d24', class: 'unknown_reply', periodEnd: true,
    probes: 'unit kind unknown, then a limited company',
    turns: [
      { user: '俺单位招了贫困劳动力5个 以工代训3个月 干了8个月 没领岗前', expect: askOJT },
      { user: '单位啥性质我也说不清 是集团下头嘞', expect: dunnoOJT },
      { user: '问清了 是个有限公司', expect: pay(3000) },
    ],
  },
  {
    id: 'v21d25', class: 'unknown_reply',
    probes: 'base or studio unknown where 20 % is under both caps',
    turns: [
      { user: '买了30万实训设备 验收合格 教育经费出嘞', expect: { oneOf: [kit(60000), askKit] } },
      { user: '是基地还是工作室 我也分不清', expect: { oneOf: [kit(60000), dunnoKit] } },
    ],
  },
  // ------------------------------------------------------------ corrections
  {
    id: 'v21d26', class: 'correction', periodEnd: true,
    probes: 'count corrected 6 → 4',
    turns: [
      { user: '企业吸纳贫困劳动力6人 工作7个月 以工代训5个月 岗前没领', expect: pay(6000) },
      { user: '不对 是4个人 不是6个', expect: payNot(4000, 6000) },
    ],
  },
  {
    id: 'v21d27', class: 'correction', periodEnd: true,
    probes: '职业院校 corrected to a school-run independent company',
    turns: [
      { user: '我们是职业院校，吸纳了3个贫困劳动力做后勤，干了8个月 以工代训4个月 没领岗前', expect: noPay(2400) },
      { user: '说错了 是学校办嘞公司 独立嘞企业法人', expect: pay(2400) },
    ],
  },
  {
    id: 'v21d28', class: 'correction',
    probes: 'base equipment value corrected 300万 → 200万',
    turns: [
      { user: '高技能人才培训基地 新购实训设备300万 验收合格 职工教育经费出的', expect: kit(500000) },
      { user: '哦搞错了 是200万', expect: kit(400000) },
    ],
  },
  {
    id: 'v21d29', class: 'correction',
    probes: 'fund drawn corrected 50万 → 30万',
    turns: [
      { user: '俺们工资薪金总额五百万 职工教育经费当年提了50万', expect: deduct(400000) },
      { user: '等下 提嘞是30万 不是50', expect: deduct(300000) },
    ],
  },
  {
    id: 'v21d30', class: 'correction', periodEnd: true,
    probes: '以工代训 months corrected 3 → 8, capped at 6',
    turns: [
      { user: '零就业家庭成员2人 以工代训3个月 参保企业 没领岗前', expect: pay(1200) },
      { user: '改一下 以工代训是8个月', expect: payNot(2400, 3200) },
    ],
  },
  {
    id: 'v21d31', class: 'correction', periodEnd: true,
    probes: 'months employed corrected 5 → 9',
    turns: [
      { user: '建档立卡贫困户3个 干了5个月 以工代训5个月 公司 没领岗前', expect: noPay(3000) },
      { user: '记错了 是干了9个月', expect: pay(3000) },
    ],
  },
  {
    id: 'v21d32', class: 'correction',
    probes: 'payroll corrected 1000万 → 1500万',
    turns: [
      { user: '工资总额１０００万 教育经费提了１００万', expect: deduct(800000) },
      { user: '哦 工资总额是1500万', expect: deduct(1000000) },
    ],
  },
  // ------------------------------------------------------------ topic switches
  {
    id: 'v21d33', class: 'topic_switch', periodEnd: true,
    probes: 'own training in the middle, then back to 岗前',
    turns: [
      { user: '合作社招贫困户4个 干了一年 以工代训6个月', expect: askOJT },
      { user: '顺便问下 俺自己想学个电工 有补贴没', expect: { noAmount: 'unfixed' } },
      { user: '回到刚才 岗前木领过', expect: pay(4800) },
    ],
  },
  {
    id: 'v21d34', class: 'topic_switch',
    probes: 'vice-principal: school-enterprise cooperation, then school equipment (not an enterprise)',
    turns: [
      { user: '俺是职业院校副校长 学校想跟企业共建实训中心 方案支持不', expect: { cites: ['四(一)', '四(二)'], noAmount: 'unfixed' } },
      { user: '另外 学校自己买嘞实训设备能按20%补不', expect: { noAmount: 'open', notVerdict: { rule: 'equipment_subsidy', status: 'eligible' } } },
    ],
  },
  {
    id: 'v21d35', class: 'topic_switch',
    probes: 'print shop: 师带徒 use of the fund, then the deduction',
    turns: [
      { user: '职工教育经费能用在师带徒津贴上不', expect: { cites: ['六(二)'], noAmount: 'unfixed' } },
      { user: '那税前扣除 工资总额120万 教育经费提了12万', expect: deduct(96000) },
    ],
  },
  {
    id: 'v21d36', class: 'topic_switch', periodEnd: true,
    probes: 'logistics park: public base, an off-plan question, then back to 以工代训',
    turns: [
      { user: '园区想建个公共实训基地 方案里支持不', expect: { cites: ['四(四)'], noAmount: 'unfixed' } },
      { user: '问个别嘞 园区食堂能开增值税专票不', expect: decline },
      { user: '回来说 园区企业招嘞贫困户10个 干满半年了 以工代训2个月 岗前嘞没有领', expect: pay(4000) },
    ],
  },
  {
    id: 'v21d37', class: 'topic_switch',
    probes: 'hotpot HR: weather chit-chat then equipment fund source missing',
    turns: [
      { user: '今天郑州下雪没', expect: decline },
      { user: '说正事 俺们高技能人才培训基地设备买了90万 验收完了', expect: askKit },
      { user: '职工教育经费', expect: kit(180000) },
    ],
  },
  // ------------------------------------------------------------ a person's own training
  {
    id: 'v21d38', class: 'person_training',
    probes: 'migrant back from 浙江: training subsidy, then times per year',
    turns: [
      { user: '刚从浙江打工回来 想学个技术 叉车或者电工 政府给补贴不', expect: noFigure(['七(二)', '三(二)', '六(一)']) },
      { user: '一年能补几回', expect: { cites: ['七(二)'], says: [/3|三/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v21d39', class: 'person_training',
    probes: 'disabled veteran: training, then 生活费 (no amount)',
    turns: [
      { user: '俺是退伍嘞 腿有残疾 想参加个培训', expect: noFigure(['三(二)', '六(一)']) },
      { user: '培训期间有生活费没 一天多少', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v21d40', class: 'person_training',
    probes: 'wife of a 建档立卡 family member: free training, then child at a 技工学校',
    turns: [
      { user: '俺对象家是建档立卡嘞 俺想学个月嫂 免费不', expect: { cites: ['三(三)'], noAmount: 'unfixed' } },
      { user: '那俺家娃上技校呢 有补助没', expect: { cites: ['三(三)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v21d41', class: 'person_training',
    probes: 'same occupation and level already certified elsewhere',
    turns: [
      { user: '俺在浙江考过电工中级证 回郑州再考一回电工中级 还给补贴不', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v21d42', class: 'person_training',
    probes: '[contact] disabled veteran asks who runs training for the disabled',
    turns: [
      { user: '残疾人参加技能培训 该找谁报名', expect: { noAmount: 'unfixed', says: [/人社|残联|人力资源/] } },
    ],
  },
  // ------------------------------------------------------------ entrepreneurship
  {
    id: 'v21d43', class: 'entrepreneurship',
    probes: 'small restaurant: entrepreneurship training, then the 5-year limit',
    turns: [
      { user: '想开个小饭馆 有创业培训没', expect: noFigure(['三(八)']) },
      { user: '俺店开了3年了 还能参加不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v21d44', class: 'entrepreneurship',
    probes: 'vocational student: entrepreneurship training, then its amount (not fixed)',
    turns: [
      { user: '我在职业院校读书 学校有创业培训吗', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '培训完补多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v21d45', class: 'entrepreneurship',
    probes: '小微企业主 asks whether it costs money',
    turns: [
      { user: '小微企业主 开业两年多 创业培训 要交钱不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------ equipment
  {
    id: 'v21d46', class: 'equipment',
    probes: 'two sites, the studio capped',
    turns: [
      { user: '公司有个高技能人才培训基地 还有个技能大师工作室 基地买设备180万 工作室买了60万 都验收了 职工教育经费出嘞', expect: kitNot(460000, 480000) },
    ],
  },
  {
    id: 'v21d47', class: 'equipment',
    probes: 'studio equipment in three lots, fund source asked',
    turns: [
      { user: '工作室设备分三批买嘞 12万 15万 8万 验收过了', expect: askKit },
      { user: '用嘞职工教育经费', expect: kit(70000) },
    ],
  },
  {
    id: 'v21d48', class: 'equipment',
    probes: 'paid by bank loan, not the 职工教育经费',
    turns: [
      { user: '基地设备100万 验收合格 钱是银行贷款', expect: noKit(200000, /补(贴)?20万/) },
    ],
  },
  {
    id: 'v21d49', class: 'equipment',
    probes: 'not yet accepted',
    turns: [
      { user: '基地买了80万设备 职工教育经费 还木验收呢', expect: noKit(160000, /16万/) },
    ],
  },
  {
    id: 'v21d50', class: 'equipment',
    probes: 'site kind asked, then studio cap',
    turns: [
      { user: '买了实训设备70万 验收了 职工教育经费出嘞', expect: askKit },
      { user: '是个技能大师工作室哈', expect: kit(100000) },
    ],
  },
  {
    id: 'v21d51', class: 'equipment',
    probes: 'studio lots added, cap reached',
    turns: [
      { user: '技能大师工作室 第一批设备20万 第二批25万 验收合格 职工教育经费', expect: kit(90000) },
      { user: '还有第三批10万 也验收了', expect: kit(100000) },
    ],
  },
  {
    id: 'v21d52', class: 'equipment',
    probes: '[contact] who accepts the equipment',
    turns: [
      { user: '设备补贴嘞验收 是谁来验', expect: { cites: ['四(一)'], says: [/人力资源社会保障|人社/, /财政/], noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------ education fund
  {
    id: 'v21d53', class: 'education_fund',
    probes: 'asks for a cash refund; deduction only',
    turns: [
      { user: '会计问下 工资薪金总额80万 教育经费提了5万 能退多少钱', expect: deduct(50000) },
    ],
  },
  {
    id: 'v21d54', class: 'education_fund',
    probes: 'limit, payroll, then fund drawn',
    turns: [
      { user: '职工教育经费 税前扣除上限是多少', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/], noAmount: 'unfixed' } },
      { user: '俺们工资总额２５０万', expect: askFund },
      { user: '提了二十五万', expect: deduct(200000) },
    ],
  },
  {
    id: 'v21d55', class: 'education_fund',
    probes: 'share for front-line workers',
    turns: [
      { user: '职工教育经费 得有多少用在一线职工身上', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v21d56', class: 'education_fund',
    probes: 'asks for cash back; deduction of the fund',
    turns: [
      { user: '教育经费提了10万 工资总额200万 能给俺们返现不', expect: deduct(100000) },
    ],
  },
  // ------------------------------------------------------------ apprenticeship
  {
    id: 'v21d57', class: 'apprenticeship',
    probes: 'per-apprentice amount (not fixed), then the three-year target',
    turns: [
      { user: '企业新型学徒制 带一个徒弟补多少钱', expect: noFigure(['四(一)']) },
      { user: '三年要培养多少学徒', expect: { cites: ['四(一)'], says: [/2\s*万|20000/] } },
    ],
  },
  {
    id: 'v21d58', class: 'apprenticeship',
    probes: 'hotpot kitchen 师带徒: who pays the master, then the apprentice rate',
    turns: [
      { user: '后厨搞师带徒 师傅嘞津贴能从哪出', expect: { cites: ['六(二)'], noAmount: 'unfixed' } },
      { user: '学徒补贴标准呢', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v21d59', class: 'apprenticeship',
    probes: '现代学徒制 vs 企业新型学徒制, no amount',
    turns: [
      { user: '现代学徒制跟企业新型学徒制 有啥区别 各补多少', expect: noFigure(['四(一)']) },
    ],
  },
  // ------------------------------------------------------------ period
  {
    id: 'v21d60', class: 'period', periodEnd: true,
    probes: '[dated] 2020 hiring inside the period',
    turns: [
      { user: '2020年6月 俺们企业招了2个贫困劳动力 干了7个月 以工代训6个月 岗前没领 当时能补多少', expect: pay(2400) },
    ],
  },
  {
    id: 'v21d61', class: 'period',
    probes: 'asked today whether one can still apply',
    turns: [
      { user: '现在还能申请以工代训补贴不', expect: over },
    ],
  },
  {
    id: 'v21d62', class: 'period',
    probes: '[dated] hiring in 2022, after the end',
    turns: [
      { user: '2022年3月招嘞人 还能享受这个政策不', expect: over },
    ],
  },
  {
    id: 'v21d63', class: 'period',
    probes: 'training institution: project advance, then whether it still applies',
    turns: [
      { user: '俺们培训机构搞项目制培训 项目培训补贴80万 能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 400000 } } },
      { user: '这个现在还有没有', expect: over },
    ],
  },
  {
    id: 'v21d64', class: 'period',
    probes: 'which years the plan covers',
    turns: [
      { user: '63号文 是哪年到哪年嘞', expect: { ...over, says: [/2019/] } },
    ],
  },
  {
    id: 'v21d65', class: 'period',
    probes: '[dated] enterprise training advance asked with a date',
    turns: [
      { user: '2021年5月 企业自己开展培训 培训补贴60万 也能先拨50%不', expect: { amount: { rule: 'project_training_advance', yuan: 300000 } } },
    ],
  },
  {
    id: 'v21d66', class: 'several_groups', periodEnd: true,
    probes: 'logistics company: two groups, months then 岗前 over three turns',
    turns: [
      { user: '俺们物流公司 参保嘞 招了贫困劳动力3个 就业困难嘞2个', expect: askOJT },
      { user: '贫困嘞干了7个月 以工代训都是4个月', expect: askOJT },
      { user: '岗前那个补贴？没领过呀', expect: pay(4000) },
    ],
  },
  {
    id: 'v21d67', class: 'unknown_reply', periodEnd: true,
    probes: 'insurance unknown (HR changed), then insured',
    turns: [
      { user: '就业困难人员2个 以工代训3个月 俺们是企业 岗前没领', expect: askOJT },
      { user: '参没参保 不知道 人事刚换人', expect: dunnoOJT },
      { user: '问了 参了', expect: pay(1200) },
    ],
  },
  {
    id: 'v21d68', class: 'education_fund',
    probes: 'fund drawn unknown, then given',
    turns: [
      { user: '工资薪金总额６００万 教育经费提了多少 俺也不清楚', expect: askFund },
      { user: '查了 提了36万', expect: deduct(360000) },
    ],
  },
  {
    id: 'v21d69', class: 'entrepreneurship',
    probes: 'online shop back home, then the wife\'s 养老护理 training',
    turns: [
      { user: '俺从浙江回来想在老家开个网店 有创业培训没', expect: noFigure(['三(八)']) },
      { user: '对了 俺媳妇想学养老护理 算哪个计划', expect: { cites: ['三(四)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v21d70', class: 'apprenticeship',
    probes: '[two-part] apprentice rate (not fixed) and 师带徒 from the fund',
    turns: [
      { user: '两个事 学徒一人补多少？师带徒津贴能从职工教育经费里出不', expect: { noAmount: 'unfixed', cites: ['四(一)', '六(二)'] } },
    ],
  },
  {
    id: 'v21d71', class: 'correction',
    probes: 'fund source corrected from own money to the 职工教育经费',
    turns: [
      { user: '基地设备150万 验收合格 钱是公司自有资金', expect: noKit(300000, /补(贴)?30万/) },
      { user: '问了财务 其实是从职工教育经费列支嘞', expect: kit(300000) },
    ],
  },
  {
    id: 'v21d72', class: 'period', periodEnd: true,
    probes: '[dated] 以工代训 started December 2019',
    turns: [
      { user: '2019年12月份开始以工代训嘞 合作社 贫困劳动力2个 干了一年 以工代训3个月 岗前没领', expect: pay(1200) },
    ],
  },
];
