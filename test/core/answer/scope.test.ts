/**
 * Scope by class: other policies are recognised by their subject, not by a list of sentences;
 * subjects the plan leaves open by what people ask about them.
 */
import { describe, expect, it } from 'vitest';
import { aboutOtherPolicy, HOW_HANDLED, namesOtherSubsidy, unsettledSubject } from '../../../src/core/answer/scope.js';
import { topicsIn } from '../../../src/core/answer/topics.js';
import { ruleCatalogue } from '../../../src/core/rules/engine.js';

const rules = new Map(ruleCatalogue('2020-01-01').map((r) => [r.id as string, r]));
const subject = (q: string) => unsettledSubject(q, topicsIn(q), (id) => rules.get(id))?.id;

describe('scope', () => {
  it('knows other policies, unless the question is about training', () => {
    for (const q of ['失业保险金去哪领', '最低工资多少', '医保卡丢了', '个税怎么退', '养老保险断缴了']) expect(aboutOtherPolicy(q), q).toBe(true);
    for (const q of ['失业人员能参加技能培训吗', '职工教育经费税前扣除比例', '领养老金的还能参加补贴培训吗']) expect(aboutOtherPolicy(q), q).toBe(false);
    for (const q of ['新农合交多少', '五险一金扣多少', '灵活就业人员社保在哪交', '生育津贴怎么领']) expect(aboutOtherPolicy(q), q).toBe(true);
    for (const q of ['我考了育婴员证 没有退休金', '社保交了 岗前补贴没领', '拿了电工证 在户籍地学的 没退休金', '在郑州打工 户口在老家 能领什么补贴']) expect(aboutOtherPolicy(q), q).toBe(false);
  });

  it('knows what the plan leaves open', () => {
    expect(subject('培训的时候管饭吗')).toBe('living_allowance');
    expect(subject('报销路费吗')).toBe('transport');
    expect(subject('钱多久能发下来')).toBe('payment_time');
    expect(subject('60岁还能参加吗')).toBe('age');
    expect(subject('要带哪些材料')).toBe('materials');
    expect(subject('创业培训补贴多少钱')).toBe('amount:entrepreneurship_training');
  });

  it('knows criteria, places, times, lists and figures the plan leaves to other rules', () => {
    expect(subject('怎样才算就业困难人员')).toBe('criteria_hard_to_employ');
    expect(subject('建档立卡贫困户的认定标准')).toBe('criteria_poor');
    expect(subject('培训在哪儿上课')).toBe('place');
    expect(subject('今年申报几号截止')).toBe('deadline');
    expect(subject('申请培训补贴在哪个网站填')).toBe('website');
    expect(subject('电工培训一共多少课时')).toBe('class_hours');
    expect(subject('培训费能报几成')).toBe('reimbursement_share');
    expect(subject('哪些工种在补贴范围')).toBe('list_occupations');
    expect(subject('世界技能大赛集训基地给多少支持')).toBe('figure:world_skills_base');
    expect(subject('郑州大工匠奖励多少钱')).toBe('figure:talent_awards');
    expect(subject('特级技师待遇怎么样 有多少')).toBe('figure:chief_technician');
    expect(subject('师傅带徒弟 带徒津贴多少')).toBe('figure:mentor');
    expect(subject('职业院校绩效工资倾斜多少')).toBe('figure:performance_pay');
  });

  it('does not take a share the plan fixes for one it leaves open', () => {
    for (const q of ['实训设备补助比例是多少', '项目制培训先拨比例多少', '职工教育经费一线职工比例是多少']) expect(subject(q), q).not.toBe('reimbursement_share');
    expect(subject('有没有首席技师制度')).toBeUndefined();
  });

  it('tells a subsidy of another policy by words the plan does not have', () => {
    const plan = '按规定给予职业培训补贴，生活费补贴人员范围，也可用于企业“师带徒”津贴补助，市交通局，企业新购置实训设备，吸纳就业困难人员就业';
    for (const q of ['独生子女奖励补助怎么领', '见习补贴一个月多少', '农机购置补贴标准是多少', '暖气补贴有吗']) expect(namesOtherSubsidy(q, plan), q).toBe(true);
    for (const q of ['师带徒津贴多少', '去培训有交通补贴吗', '生活费补贴标准', '学完能补贴多少钱', '新职业能享受补贴吗', '有没有电话 我想问问补贴的事', '育婴员培训补贴多少']) expect(namesOtherSubsidy(q, plan), q).toBe(false);
  });

  it('leaves alone what the plan settles', () => {
    for (const q of ['以工代训补贴多少钱', '技能大师工作室设备补助最高多少', '一年能领几次培训补贴']) expect(subject(q), q).toBeUndefined();
    // An amount per month, the no-double rule, the yearly count and the one-off equipment sum are the plan's.
    for (const q of ['以工代训每个月给多少钱', '以工代训和岗前补贴能一起给吗', '职业培训补贴每人每年能领几次', '设备补助分几次给', '项目制培训先拨多少']) expect(subject(q), q).toBeUndefined();
  });

  it('knows schedules, per-head sums of a share and how unquantified schemes are run', () => {
    expect(subject('学徒补贴一次性发吗')).toBe('payment_schedule');
    expect(subject('以工代训补贴按月发吗')).toBe('payment_schedule');
    expect(subject('先行拨付的钱一个学员多少')).toBe('per_head:project_training_advance');
    expect(subject('师带徒津贴怎么算')).toBe('figure:mentor');
    expect(subject('首席技师具体咋评')).toBe('figure:chief_technician:procedure');
    expect(subject('组织动员培训的奖补怎么计算')).toBe('figure:mobilisation');
  });

  it('declines loans, whatever subject of the plan stands beside them', () => {
    for (const q of ['创业贷款能贷多少', '返乡创业有贴息吗', '小微企业担保贷款怎么申请']) expect(aboutOtherPolicy(q), q).toBe(true);
  });
  it('knows the recognition of bodies the plan names but never defines, apart from their subsidy', () => {
    expect(subject('技能大师工作室的认定办法是什么')).toBe('criteria_body');
    expect(subject('扶贫车间怎么认定')).toBe('criteria_body');
    expect(subject('实训基地要达到啥标准')).toBe('criteria_body');
    // The conditions of the equipment subsidy are the plan's (验收合格).
    expect(subject('技能大师工作室要什么条件才能拿设备补助')).toBeUndefined();
  });

  it('knows class sizes, hours a day and application months as left open', () => {
    expect(subject('一个培训班最多收多少学员')).toBe('class_size');
    expect(subject('每天上几个小时课')).toBe('class_hours');
    expect(subject('岗前补贴最迟什么时候报')).toBe('deadline');
    for (const q of ['三年培训多少人次', '以工代训最长几个月', '残疾人培训三年多少人']) expect(subject(q), q).toBeUndefined();
  });

  it('takes money per head after a training in an occupation as the training subsidy, whose sum is open', () => {
    expect(subject('保育员学完了 一人能补多少')).toBe('amount:vocational_training');
    expect(subject('中式烹调师培训合格 每人给多少')).toBe('amount:vocational_training');
    expect(subject('以工代训一人一个月多少')).toBeUndefined();
  });

  it('takes a share with no word of money for one of the plan\'s targets, not a reimbursement', () => {
    expect(subject('技能劳动者要达到就业人员的百分之多少')).not.toBe('reimbursement_share');
    expect(subject('培训费能报几成')).toBe('reimbursement_share');
  });

  it('declines refunds and relief of insurance contributions as other policies', () => {
    for (const q of ['失业保险返还比例', '稳岗资金怎么返', '社会保险费减免到什么时候']) expect(aboutOtherPolicy(q), q).toBe(true);
  });

  it('knows a question about how applications are handled', () => {
    for (const q of ['补贴申领能简化手续吗', '可以用承诺代替证明吗', '申请材料能不能精简']) expect(HOW_HANDLED.test(q), q).toBe(true);
    for (const q of ['以工代训补贴多少钱', '申请以工代训要什么条件']) expect(HOW_HANDLED.test(q), q).toBe(false);
  });
});
