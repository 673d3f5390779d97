/**
 * HELD-OUT dialogues, set v27 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contract summary only, never from the service's output,
 * the code under src/, or any other set (only the format header of v15 was looked at; no message
 * of it is reused or paraphrased). Written blind. Not to be tuned on: no word of these messages
 * goes into a glossary, pattern or fixture.
 *
 * Who types here: a 烩面 restaurant owner whose shop is now a company, a laying-hen cooperative's
 * bookkeeper, a clothing workshop owner, a village clerk relaying villagers' questions, a nephew
 * asking for his aunt, a tile-kiln foreman, a 扶贫车间 manager, a housekeeping agency boss, a
 * furniture-factory finance lady, a logistics dispatcher, a street sweeper, a beekeeper who wants
 * to start a shop, a glassworks' training officer, a mother of a 技工学校 pupil. WeChat on a
 * phone: dialect (俺 / 咋 / 木 / 中 / 啥), homophones, odd spacing, 全角 and Chinese numerals.
 *
 * Amounts (same rules as the v15 header): 以工代训 Σ count × 200 × min(months, 6) per qualifying
 * row (poor labour employed ≥ 6 months by a production entity; 就业困难 / 零就业家庭 only with an
 * insured enterprise; 退役军人 no group; 岗前培训补贴 claimed → none). Equipment: per site
 * min(20 % × value, 500 000 base / 100 000 studio), 职工教育经费 and accepted. Education fund:
 * pre-tax min(fund, 8 % × payroll). Apprenticeship, training, entrepreneurship: no amount fixed.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, DialogueClass, Turn, TurnExpect } from '../types.js';

const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
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
const ended: TurnExpect = { mentionsPeriodEnd: true };

let n = 0;
const D = (cls: DialogueClass, probes: string, turns: [string, TurnExpect][], periodEnd?: true): Dialogue => ({
  id: `v27d${String(++n).padStart(2, '0')}`,
  class: cls,
  probes,
  turns: turns.map(([user, expect]): Turn => ({ user, expect })),
  ...(periodEnd ? { periodEnd } : {}),
});

export const DIALOGUES_V27: Dialogue[] = [
  // ------------------------------------------------------------ one group
  D('one_group', 'one poor-labour row, facts given one by one: 3 × 200 × 4', [
    ['俺开烩面馆的 前年注册成公司了 招了仨建档立卡户 这能补点啥', askOJT],
    ['仨人都干了八个多月了 以工代训弄了4个月', askOJT],
    ['岗前那个补贴 一回都木申请过', pay(2400)],
  ], true),
  D('one_group', 'cooperative, poor labour 7 months employed, 5 months 以工代训: 2 × 200 × 5', [
    ['蛋鸡合作社的 收了两个贫困户来喂鸡 以工代训有钱补吗', askOJT],
    ['来了七个月 以工代训带了伍个月', askOJT],
    ['新录用那个岗前培训补贴 没报过 俺们不懂那个', pay(2000)],
  ], true),
  D('one_group', 'insured enterprise, one disabled worker, 3 months: 600', [
    ['服装加工厂 给工人都交着社保 招了一个残疾人 聋哑 以工代训仨月', askOJT],
    ['岗前培训补贴没领 就这一个人', pay(600)],
  ], true),
  D('one_group', 'a 职业院校 is no 生产经营主体: no 以工代训 figure', [
    ['我们是职业技术学校 食堂里安排了2个建档立卡的干活 都一年了 以工代训做了6个月 岗前补贴没拿过 能按以工代训补吗', notYes(2400)],
  ]),
  D('one_group', 'zero-employment family member, insured enterprise, 6 months: 1200', [
    ['小超市 公司性质的 交社保 有个员工家里是零就业家庭', askOJT],
    ['以工代训满六个月了 岗前的补贴也没享受过', pay(1200)],
  ], true),
  D('one_group', '以工代训 months above the cap: 4 × 200 × 6', [
    ['砖厂 企业 招贫困劳力4名 在厂里快一年了 以工代训搞了九个月 岗前补贴没有领 算算', payNot(4800, 7200)],
  ], true),
  // ------------------------------------------------------------ several groups
  D('several_groups', 'poor labour + zero-employment row, insured logistics firm: 2400 + 800', [
    ['物流公司 参保的 两个贫困劳动力 在这干半年了 以工代训6个月', askOJT],
    ['还有一个零就业家庭的小伙 以工代训四个月', askOJT],
    ['岗前培训补贴 三个人都没领过哈', payNot(3200, 3600)],
  ], true),
  D('several_groups', '退役军人 is no group: only the 4 poor count, 4 × 200 × 3', [
    ['瓦窑厂 企业 有社保 4个建档立卡的干了九个月 以工代训三个月 另外俩退伍兵也是三个月 岗前补贴都没拿 总共补多少', payNot(2400, 3600)],
  ], true),
  D('several_groups', '扶贫车间 without insurance: poor labour counts (capped 6), hard-to-employ does not', [
    ['我是扶贫车间管事的 贫困户3个 上班十个月 以工代训八个月', askOJT],
    ['还有俩就业困难人员 以工代训两个月 车间没给交保险', askOJT],
    ['岗前补贴谁都没申过', payNot(3600, 4400)],
  ], true),
  D('several_groups', 'poor labour employed 4 months fails, disabled row counts: 2 × 200 × 5', [
    ['家政公司 交社保的 俩残疾阿姨 以工代训5个月', askOJT],
    ['另外一个贫困户 才来四个月 以工代训也四个月 岗前补贴全都没领', payNot(2000, 2800)],
  ], true),
  D('several_groups', 'three rows with different months, insured enterprise', [
    ['家具厂 企业 有交保险 贫困劳动力5人 入职都超7个月了 以工代训2个月；就业困难的1人 以工代训6个月；零就业家庭2人 以工代训3个月', askOJT],
    ['岗前技能培训补贴 这八个人 一个也没领', pay(4400)],
  ], true),
  D('several_groups', 'two groups, second row not yet said: ask before any figure', [
    ['农资公司 有社保 招了几个贫困户 还有几个残疾的', askOJT],
    ['贫困户3个 干满一年 以工代训4个月', askOJT],
    ['残疾的两个 以工代训一个月 岗前补贴都没弄过', pay(2800)],
  ], true),
  // ------------------------------------------------------------ negation after the noun
  D('negation_after_noun', 'insurance negated after the noun: hard-to-employ row excluded', [
    ['保险这块 俺这个厂子其实一直没给交 有俩就业困难的 以工代训四个月 岗前补贴没领 能补不', notYes(1600)],
  ]),
  D('negation_after_noun', 'pre-job subsidy claimed, said after the noun: no 以工代训', [
    ['岗前培训补贴 这俩贫困户 去年就已经领过了 现在还能再拿以工代训吗 公司的 他们干了七个月 以工代训仨月', notYes(1200)],
  ]),
  D('negation_after_noun', 'employment under 6 months said far from the noun', [
    ['贫困劳动力三个 来我们饭店 上班到现在也就四个月 不到半年 以工代训四个月 公司是企业 岗前的没领过', notYes(2400)],
  ]),
  D('negation_after_noun', '建档立卡 negated, they are disabled: 3 × 200 × 2', [
    ['建档立卡的 俺这倒一个也没有 都是残疾人 仨 公司交着社保 以工代训2个月', askOJT],
    ['岗前那个补贴 之前申请过没？没有 一次都没有', pay(1200)],
  ], true),
  D('negation_after_noun', 'fund source negated late: equipment not from 职工教育经费', [
    ['实训设备买了150万 高技能人才培训基地用 验收也过了 钱嘛 职工教育经费里是一分没动 全是贷款', noKit(300000, /30\s*万/)],
  ]),
  // ------------------------------------------------------------ 不知道
  D('unknown_reply', 'months employed unknown: no figure, no verdict', [
    ['村里合作社收了俩贫困户干活 以工代训三个月 想问问能补不', askOJT],
    ['干了多长时间 这个真不知道 得问会计', dunnoOJT],
  ]),
  D('unknown_reply', 'pre-job subsidy unknown', [
    ['帮我姑家厂子问的 企业 交保险 俩残疾人以工代训5个月', askOJT],
    ['岗前补贴领没领 俺也不清楚 她没说', dunnoOJT],
  ]),
  D('unknown_reply', 'equipment fund source unknown', [
    ['技能大师工作室 新买设备30万 验收合格了', askKit],
    ['钱从哪个账上出的 不晓得啊 老板弄的', dunnoKit],
  ]),
  D('unknown_reply', 'payroll unknown for the education fund', [
    ['经费这块 今年提了12万块 税前能抵掉多少啊', askFund],
    ['工资总额多少 我一个出纳 还真不知道', askFund],
  ]),
  D('unknown_reply', 'insurance unknown for a hard-to-employ row', [
    ['超市招了一个就业困难人员 以工代训六个月 岗前补贴没领', askOJT],
    ['交没交社保 说不好 俺是他舅', dunnoOJT],
  ]),
  // ------------------------------------------------------------ corrections
  D('correction', 'count corrected 4 → 5: 5 × 200 × 3', [
    ['纸箱厂企业 贫困劳动力4个 都干七个月了 以工代训仨月 岗前的木领', pay(2400)],
    ['不对不对 是5个 不是4个 漏了一个', payNot(3000, 2400)],
  ], true),
  D('correction', '以工代训 months corrected 7 → 5: 2 × 200 × 5', [
    ['合作社两个贫困户 干了一年 以工代训搞了七个月 岗前补贴木有领过', payNot(2400, 2000)],
    ['哦 说错了 以工代训是5个月', payNot(2000, 2400)],
  ], true),
  D('correction', 'base corrected to studio: capped at 100 000', [
    ['培训基地 买设备300万 职工教育经费出的 验收过了 补多少', kit(500000)],
    ['哎呀打岔了 俺们那是大师工作室 算不上基地', kitNot(100000, 500000)],
  ]),
  D('correction', 'fund drawn corrected 50万 → 30万: min(30万, 40万)', [
    ['家具厂财务 去年工资薪金一共五百万 教育经费计提50万', deduct(400000)],
    ['不对 会计说提的是30万', deduct(300000, 400000)],
  ]),
  D('correction', 'group corrected 贫困 → 残疾, insurance then needed', [
    ['俺们企业招了两个贫困户 以工代训3个月', askOJT],
    ['是残疾人 不是贫困户 俺记岔了', askOJT],
    ['社保一直交着呢 岗前补贴没领', pay(1200)],
  ], true),
  // ------------------------------------------------------------ topic switch
  D('topic_switch', 'OJT then a nephew\'s free training', [
    ['公司里有贫困户 以工代训咋申请', askOJT],
    ['先不说这 俺侄子也是建档立卡户 想学电焊 有免费培训么', { ...noFigure(['三(三)']), notVerdict: { rule: 'on_job_training', status: 'ineligible' } }],
  ]),
  D('topic_switch', 'equipment then education fund', [
    ['工作室设备买了20万 教育经费出的 验收也过了', kit(40000)],
    ['顺便问下 工资总额100万 经费提了10万 能扣多少', deduct(80000, 100000)],
  ]),
  D('topic_switch', 'chit-chat, then the apprentice question', [
    ['今儿郑州下雪没', decline],
    ['问个正事 企业招学徒 新型学徒制 一人补多少', noFigure(['四(一)'])],
  ]),
  D('topic_switch', 'entrepreneurship then back to 以工代训 facts', [
    ['开业3年的小店老板 有创业培训没', noFigure(['三(八)'])],
    ['另外 店里招了1个贫困户 公司的 干了10个月 以工代训6个月 岗前没领', pay(1200)],
  ], true),
  D('topic_switch', 'contest training then equipment without acceptance [two-part]', [
    ['备战技能大赛的专项培训 给不给奖补 还有工作室设备没验收能补吗', { cites: ['三(十五)', '四(一)'], noAmount: 'unfixed' }],
  ]),
  // ------------------------------------------------------------ a person's own training
  D('person_training', 'street sweeper\'s own training', [
    ['我是扫大街的环卫工 想学点技术 有啥培训', { cites: ['三(十二)', '三(十一)'] }],
    ['培训补贴一个人给几百？', unsettled],
  ]),
  D('person_training', 'nephew asking for his disabled aunt', [
    ['俺小姑腿脚不好 有残疾证 想学手工 有人管没', noFigure(['三(二)', '五(一)'])],
  ]),
  D('person_training', 'mother of a poor 技工学校 pupil', [
    ['娃在技工学校上学 家里是建档立卡户 学费能免不', noFigure(['三(三)'])],
    ['还有助学金吗 一年多少', { noAmount: 'unfixed' }],
  ]),
  D('person_training', 'courier\'s own training', [
    ['送快递的能参加技能培训不', { cites: ['三(四)', '五(一)'] }],
  ]),
  D('person_training', 'laid-off worker, living allowance amount not fixed', [
    ['下岗了 去培训 有生活费补贴吗 一天多少', { noAmount: 'unfixed', cites: ['六(一)'] }],
  ]),
  D('person_training', 'pensioner asking whether they are included', [
    ['领着退休金的人 还能享受培训补贴不', { cites: ['六(一)'] }],
  ]),
  // ------------------------------------------------------------ entrepreneurship
  D('entrepreneurship', 'beekeeper wants to open a shop', [
    ['养蜂的 想开个蜂蜜店 有创业的培训吗', noFigure(['三(八)'])],
    ['培训完给钱不 给多少', unsettled],
  ]),
  D('entrepreneurship', 'college student: 创业意识培训', [
    ['大专在读 学校有创业意识培训吗 方案里咋说', { cites: ['三(八)'] }],
  ]),
  D('entrepreneurship', 'shop open 4 years: within the five', [
    ['门面开了四年了 小微企业 算在创业培训里头不', { cites: ['三(八)'] }],
  ]),
  D('entrepreneurship', 'entrepreneurship guidance content', [
    ['经营管理 品牌 市场拓展这种创业指导培训 有没有', { cites: ['五(一)'] }],
  ]),
  // ------------------------------------------------------------ equipment
  D('equipment', 'base, 120万, fund, accepted: 240 000', [
    ['玻璃厂 建高技能人才培训基地 新买实训设备120万', askKit],
    ['用的职工教育经费 人社财政来验收过 合格', kit(240000)],
  ]),
  D('equipment', 'studio 40万: 80 000', [
    ['技能大师工作室 设备四十万 职工教育经费买的 验收合格 能补几个', kit(80000)],
  ]),
  D('equipment', 'base 400万: capped 500 000', [
    ['基地设备总值400万 教育经费出的 验收通过', kitNot(500000, 800000)],
  ]),
  D('equipment', 'two sites: base 200万 + studio 80万 → 400 000 + 100 000', [
    ['俺们两处 一个培训基地 设备200万 一个大师工作室 设备80万', askKit],
    ['都是职工教育经费 两处都验收合格了', kitNot(500000, 560000)],
  ]),
  D('equipment', 'not accepted yet', [
    ['工作室设备35万 职工教育经费 验收还没弄呢 能先补吗', noKit(70000, /7\s*万/)],
  ]),
  D('equipment', 'acceptance missing: ask', [
    ['培训基地设备买了60万 教育经费出的', askKit],
    ['验收？上个月过了', kit(120000)],
  ]),
  D('equipment', 'who accepts it [contact]', [
    ['设备补贴要找谁验收 哪个部门', { says: [/人力资源|人社/, /财政/], cites: ['四(一)'] }],
  ]),
  // ------------------------------------------------------------ education fund
  D('education_fund', 'fund below 8 %: 600 000', [
    ['玻璃厂全年工资发了一千万 教育经费提六十万 企业所得税前能扣几多', deduct(600000)],
  ]),
  D('education_fund', 'fund above 8 %: 160 000', [
    ['工资总额200万 教育经费提了20万', deduct(160000, 200000)],
  ]),
  D('education_fund', 'asks for cash: it is a deduction', [
    ['职工教育经费 能领多少钱回来', askFund],
    ['工资总额300万 提了15万', deduct(150000)],
  ]),
  D('education_fund', 'payroll missing: ask', [
    ['教育经费提了8万块 全都能扣吗', askFund],
    ['发工资一年统共一百五十万 就这数', deduct(80000)],
  ]),
  D('education_fund', 'what the fund is to be used for', [
    ['职工教育经费 方案里说要用在哪', { cites: ['六(二)', '四(一)'] }],
  ]),
  // ------------------------------------------------------------ apprenticeship
  D('apprenticeship', 'apprentice subsidy amount unfixed', [
    ['厂里带徒弟 企业新型学徒 政府补不补 一个徒弟多少钱', noFigure(['四(一)'])],
  ]),
  D('apprenticeship', 'apprentices + 以工代训 [two-part]', [
    ['俩问题：一 现代学徒制给补贴不 二 贫困户以工代训一人一月多少', { cites: ['四(一)', '六(一)'], says: [/200/] }],
  ]),
  D('apprenticeship', 'how many apprentices in three years', [
    ['这三年 新型学徒 全市定的目标是多少个', { cites: ['四(一)'], says: [/2\s*万/] }],
  ]),
  D('apprenticeship', 'apprentice count given, still no figure', [
    ['招了6个学徒 学徒制的 能拿几千', noFigure(['四(一)'])],
  ]),
  // ------------------------------------------------------------ period
  D('period', 'asked today whether it can still be claimed', [
    ['这政策现在还能申请吗', ended],
  ]),
  D('period', '[dated] 2022 training', [
    ['2022年办的培训 还能按这个方案补不', ended],
  ]),
  D('period', '[dated] hires in 2020 fall inside the period', [
    ['2020年3月招的贫困户 那会这个方案还管用不', { cites: ['六(一)', '二'], oneOf: [{ asks: true }, { answered: true }] }],
  ]),
  D('period', 'when did it start and end', [
    ['63号这个文 从哪天算起 管到哪天为止', ended],
  ]),
  D('period', 'clerk relaying: what can my villagers get [contact]', [
    ['村里文书 替乡亲问 这方案的补贴还能办不 找哪个部门问', { ...ended, says: [/人社|人力资源/] }],
  ]),
  D('period', '[contact] 以工代训 who to apply to', [
    ['以工代训补贴 上哪个单位申请', { cites: ['六(一)'], says: [/人社|人力资源/] }],
  ]),
  // ------------------------------------------------------------ more, with bare replies
  D('several_groups', 'two batches of poor labour with different months: 2400 + 1800', [
    ['瓜果合作社 招的人分两拨', askOJT],
    ['头一拨 贫困户 2个 干了八个月 以工代训6个月', askOJT],
    ['第二拨 也是贫困户 3个 来了半年整 以工代训叁个月', askOJT],
    ['岗前补贴 木 都木', pay(4200)],
  ], true),
  D('one_group', 'bare replies one fact at a time: 1 × 200 × 2', [
    ['理发店 个体户后来办成公司了 招个贫困户小妹', askOJT],
    ['入职9个月了', askOJT],
    ['以工代训 就俩月', askOJT],
    ['没领过岗前那个', pay(400)],
  ], true),
  D('unknown_reply', 'traditional characters; months employed unknown', [
    ['養殖場 是公司 有兩個貧困戶 以工代訓四個月 崗前補貼沒領', askOJT],
    ['幹了多久 不知道 沒記', dunnoOJT],
  ]),
  D('correction', 'equipment value corrected 80万 → 85万: 170 000', [
    ['培训基地设备是80万 哦不 是八十五万 职工教育经费出的 已经验收', kitNot(170000, 160000)],
  ]),
  D('period', '[dated] 以工代训 into 2022', [
    ['2021年11月招的人 以工代训能补到2022年吗', ended],
  ]),
  D('negation_after_noun', 'insurance affirmed, pre-job subsidy negated after the noun: 2 × 200 × 3', [
    ['俺们是公司 零就业家庭的俩 以工代训三月', askOJT],
    ['社保 俺这倒是都交了 就是岗前补贴 他们俩 也没领', pay(1200)],
  ], true),
];
