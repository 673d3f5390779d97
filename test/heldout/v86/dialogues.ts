/**
 * HELD-OUT dialogues, set v86 — written BLIND from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, other files under test/ or other
 * held-out sets (only the format of v15's first lines was looked at). Not to be tuned on: no
 * word of these messages goes into a glossary, pattern or fixture. Once a dialogue has been
 * fixed by a targeted change it measures nothing any more; write a new one instead.
 *
 * Who types here: community and village workers — 社区网格员, 街道和乡镇的工作人员, 村会计,
 * 驻村第一书记 — helping residents and small local employers (扶贫车间, 合作社, 小厂, 物流公司).
 * They mix officialese (经排查、现将情况汇报如下、辖区、入户核实、对接) with everyday talk, sum up
 * several residents' or employers' cases in one message (张大姐…李师傅…), forward what a resident
 * said ("她说…"), ask which office to send people to, and come back days later with facts they
 * checked. Included: negations after the noun, facts said across turns, corrections, 不清楚
 * replies, topic switches, dated questions, two-part questions.
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it
 * depends on has been said (kind of unit, insurance where the rule needs it, the group, months
 * employed for poor labour, months of 以工代训, whether the 岗前培训补贴 was claimed); "不知道 /
 * 不清楚" leaves the fact open: no figure, no 不符合.
 *
 * Amounts, computed by hand from the contract and checked against the plan's text:
 * - 以工代训 (六(一)): Σ per row count × 200 × min(以工代训 months, 6); poor labour needs ≥ 6
 *   months employed at any production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only at an
 *   insured enterprise; 退役军人 and ordinary villagers are no group; rows whose 岗前培训补贴 was
 *   claimed do not count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 master studio), bought
 *   from the 职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family/school aid: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
const over: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V86: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v86-d01',
    class: 'one_group',
    probes: 'one poor-labour row at a poverty workshop, every fact in one message',
    periodEnd: true,
    turns: [
      {
        user: '您好，我是金水区一个村的村会计。俺村扶贫车间收了4个建档立卡贫困户，到现在干了8个月，车间给他们搞以工代训搞了5个月，岗前培训补贴没领过。这种情况车间能补多少钱？',
        expect: pay(4000),
      },
    ],
  },
  {
    id: 'v86-d02',
    class: 'one_group',
    probes: 'pre-job subsidy missing at first, given in the second turn',
    periodEnd: true,
    turns: [
      {
        user: '网格员小周请教一下：辖区有个做纸箱的小厂，社保是正常参保的，今年招了3个就业困难人员，以工代训做了4个月，厂长问能补不',
        expect: askOJT,
      },
      { user: '刚打电话问了厂长，岗前技能培训补贴那个，他们没申请过', expect: pay(2400) },
    ],
  },
  {
    id: 'v86-d03',
    class: 'one_group',
    probes: '以工代训 months over the cap of 6',
    periodEnd: true,
    turns: [
      {
        user: '驻村书记咨询：村里蔬菜合作社用了俩贫困户，干了10个月了，合作社说以工代训一直在带，带了9个月，岗前补贴没拿过，按9个月算是多少',
        expect: payNot(2400, 3600),
      },
    ],
  },
  {
    id: 'v86-d04',
    class: 'one_group',
    probes: 'zero-employment family member: insurance asked, then said',
    periodEnd: true,
    turns: [
      {
        user: '街道社保所的，有个企业吸纳了我们辖区一个零就业家庭的小伙子，以工代训3个月，岗前培训补贴未享受，企业能申请啥',
        expect: askOJT,
      },
      { user: '企业参保的，社保一直按月在交', expect: pay(600) },
    ],
  },
  {
    id: 'v86-d05',
    class: 'one_group',
    probes: 'poor labour employed only 4 months: no figure as if eligible',
    turns: [
      {
        user: '俺们村5个贫困户去镇上合作社上班了，才上了4个月，以工代训也是4个月，岗前那个补贴没领。合作社现在就能报以工代训补贴吗？',
        expect: notYes(4000),
      },
    ],
  },
  {
    id: 'v86-d06',
    class: 'one_group',
    probes: 'a disabled hire at an insured enterprise, pre-job subsidy relayed from her',
    periodEnd: true,
    turns: [
      {
        user: '社区残协专干问个事，辖区一家参保的服装公司招了个残疾人大姐，以工代训带了5个月，这个公司能拿以工代训补贴不',
        expect: askOJT,
      },
      { user: '她说岗前补贴听都没听说过，公司那边也说没报过', expect: pay(1000) },
    ],
  },
  {
    id: 'v86-d07',
    class: 'one_group',
    probes: 'poor labour at an enterprise: insurance is not needed for this group',
    periodEnd: true,
    turns: [
      {
        user: '我们街道有家物流公司，招了6个建档立卡的，都干了7个月，以工代训3个月，岗前那个补贴没报过，公司想知道以工代训补贴一共多少',
        expect: pay(3600),
      },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v86-d08',
    class: 'several_groups',
    probes: 'two residents at one insured firm, each with their own months',
    periodEnd: true,
    turns: [
      {
        user: '现将网格内情况汇报一下：辖区一家参保的超市，张大姐是就业困难人员，以工代训3个月；李师傅是零就业家庭的，以工代训5个月。俩人岗前补贴都没领。超市总共能补多少？',
        expect: payNot(1600, 2000, 1200),
      },
    ],
  },
  {
    id: 'v86-d09',
    class: 'several_groups',
    probes: 'poor labour with different months employed: the short one does not count',
    periodEnd: true,
    turns: [
      {
        user: '村里养殖合作社，两个贫困户干满一年了，以工代训6个月；还有一个贫困户才来3个月，以工代训3个月。三个人岗前补贴都没领，合作社能补多少',
        expect: payNot(2400, 3000),
      },
    ],
  },
  {
    id: 'v86-d10',
    class: 'several_groups',
    probes: 'two groups, pre-job subsidy given later for both',
    periodEnd: true,
    turns: [
      {
        user: '乡镇就业服务站的。辖区参保企业用了王姐（就业困难人员）以工代训2个月，还有赵哥，建档立卡贫困户，上了9个月班，以工代训5个月，企业问补贴',
        expect: askOJT,
      },
      { user: '岗前的补贴，他俩都没领', expect: payNot(1400, 2000, 800) },
    ],
  },
  {
    id: 'v86-d11',
    class: 'several_groups',
    probes: 'three groups, a veteran who is no group of 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '汇总一下辖区一家参保机械厂的情况：残疾人2个，以工代训6个月；零就业家庭1个，以工代训2个月；退役军人1个，以工代训4个月。岗前培训补贴全都没领过。厂里以工代训补贴能拿多少？',
        expect: payNot(2800, 3600),
      },
    ],
  },
  {
    id: 'v86-d12',
    class: 'several_groups',
    probes: 'one row open until the worker checks, then both rows paid on their own months',
    periodEnd: true,
    turns: [
      {
        user: '书记您好 我们村合作社用了两拨人：贫困户4个 干满一年了 以工代训6个月；还有两个贫困户是今年刚来的 具体干几个月我得回去问问。岗前补贴都没领',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
      { user: '问清楚了，那俩干了7个月，以工代训做了3个月', expect: payNot(6000, 7200, 3600) },
    ],
  },
  {
    id: 'v86-d13',
    class: 'several_groups',
    probes: 'one row already had the pre-job subsidy, the other not',
    periodEnd: true,
    turns: [
      {
        user: '一家参保的家政公司：3个就业困难人员以工代训4个月，这3个人岗前补贴去年已经领过了；另外1个零就业家庭的以工代训6个月，岗前补贴没领。公司这块以工代训补贴是多少？',
        expect: payNot(1200, 3600),
      },
    ],
  },
  {
    id: 'v86-d14',
    class: 'several_groups',
    probes: 'half a year written out, two poor-labour rows, then who gets the money',
    periodEnd: true,
    turns: [
      {
        user: '村会计报一下：扶贫车间贫困户5个人 干了半年 以工代训半年；另外2个贫困户 干了10个月 以工代训两个月。岗前补贴 都没领。车间一共补多少',
        expect: payNot(6800, 8400, 2800),
      },
      { user: '那这钱是打给车间还是打给贫困户个人？', expect: { cites: ['六(一)'], says: [/车间|生产经营主体|单位/] } },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v86-d15',
    class: 'negation_after_noun',
    probes: 'pre-job subsidy negated far after the noun',
    periodEnd: true,
    turns: [
      {
        user: '参保企业，就业困难人员2个，以工代训5个月。岗前技能培训补贴这俩人当时入职的时候是没有领的。能补多少？',
        expect: pay(2000),
      },
    ],
  },
  {
    id: 'v86-d16',
    class: 'negation_after_noun',
    probes: 'insurance negated after the noun: 就业困难 rows do not qualify',
    turns: [
      {
        user: '辖区一家小餐馆招了3个就业困难人员，以工代训4个月，岗前补贴未领。社保那块这家店一直都没给员工交。能申请以工代训补贴吗',
        expect: noPay(2400),
      },
    ],
  },
  {
    id: 'v86-d17',
    class: 'negation_after_noun',
    probes: 'certificate negated after the noun: no training subsidy yet',
    turns: [
      {
        user: '社区的刘姐在常住地参加了养老护理员培训，证书她培训完了到现在也没拿到，她问培训补贴能不能先领',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v86-d18',
    class: 'negation_after_noun',
    probes: 'pension negated after the noun: not a reason to refuse',
    turns: [
      {
        user: '我们网格一个58岁的大爷想学保安，养老金他没有，按月领的那种一分没有。这种年纪大的能享受培训补贴吗',
        expect: { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v86-d19',
    class: 'negation_after_noun',
    probes: 'poor-household status negated after the noun at a cooperative',
    turns: [
      {
        user: '合作社招的刘嫂子，贫困户她家不是，就是普通村民，在合作社干了8个月，以工代训6个月，岗前补贴没领，合作社能补吗？',
        expect: notYes(1200),
      },
    ],
  },
  {
    id: 'v86-d20',
    class: 'negation_after_noun',
    probes: 'pre-job subsidy checked days later and negated after the noun',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间吸纳了3个贫困劳动力，干了7个月，以工代训4个月，车间主任让我问问补贴咋算',
        expect: askOJT,
      },
      {
        user: '过了两天去人社所查了一下，岗前培训那个补贴，这三个人都没有领过',
        expect: pay(2400),
      },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v86-d21',
    class: 'unknown_reply',
    probes: '不清楚 about the pre-job subsidy, settled on the third turn',
    periodEnd: true,
    turns: [
      { user: '参保的快递网点招了2个就业困难人员，以工代训3个月，网点能补多少', expect: askOJT },
      { user: '岗前补贴领没领这个不清楚，网点老板也说不上来', expect: dunnoOJT },
      { user: '今天去社保所核实了，没领过', expect: pay(1200) },
    ],
  },
  {
    id: 'v86-d22',
    class: 'unknown_reply',
    probes: 'months employed of poor labour unknown',
    turns: [
      {
        user: '镇上合作社用了我们村3个贫困户，以工代训4个月，岗前补贴没有领，合作社能拿多少以工代训补贴？',
        expect: askOJT,
      },
      { user: '上班多长时间我也不清楚，合作社的考勤我没见着', expect: dunnoOJT },
    ],
  },
  {
    id: 'v86-d23',
    class: 'unknown_reply',
    probes: 'insurance unknown for a zero-employment-family hire',
    turns: [
      {
        user: '辖区有个装修公司吸纳了一名零就业家庭成员，以工代训6个月，岗前补贴没领过，能补多少',
        expect: askOJT,
      },
      { user: '社保交没交俺真不知道，公司老板电话打不通', expect: dunnoOJT },
    ],
  },
  {
    id: 'v86-d24',
    class: 'unknown_reply',
    probes: 'equipment acceptance unknown',
    turns: [
      {
        user: '辖区一家机械厂用职工教育经费给技能大师工作室新买了35万的实训设备，厂里问能补助多少',
        expect: askKit,
      },
      { user: '验收这块厂里办事员也说不清楚，不知道人社财政来过没有', expect: dunnoKit },
    ],
  },
  {
    id: 'v86-d25',
    class: 'unknown_reply',
    probes: 'where the training took place and whether the institution is in the system: unknown',
    turns: [
      {
        user: '李大姐参加了家政培训，证拿到了，今年第一次，没有退休金。她能领培训补贴吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      {
        user: '她在哪培训的她自己也说不清，那个机构进没进系统也不知道',
        expect: { noAmount: 'unfixed', undecided: 'vocational_training' },
      },
    ],
  },
  {
    id: 'v86-d26',
    class: 'unknown_reply',
    probes: 'payroll unknown for the education-fund deduction',
    turns: [
      { user: '有个企业问职工教育经费税前扣除的事，他们今年提了30万，能扣多少', expect: askFund },
      { user: '工资总额他们财务没跟我说，我这也不清楚', expect: askFund },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v86-d27',
    class: 'correction',
    probes: 'the head count is corrected',
    periodEnd: true,
    turns: [
      {
        user: '参保企业，吸纳3个就业困难人员，以工代训5个月，岗前补贴没领，能补多少',
        expect: pay(3000),
      },
      { user: '不对不对，是2个，有一个上个月辞职不干了', expect: payNot(2000, 3000) },
    ],
  },
  {
    id: 'v86-d28',
    class: 'correction',
    probes: 'insurance said, then corrected to not paid',
    periodEnd: true,
    turns: [
      {
        user: '一家参保的包子铺，招了2个零就业家庭的，以工代训4个月，岗前补贴没有领',
        expect: pay(1600),
      },
      { user: '刚问了他们会计，社保其实没交，之前是我搞错了', expect: noPay(1600) },
    ],
  },
  {
    id: 'v86-d29',
    class: 'correction',
    probes: '以工代训 months corrected from 8 to 4',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间俩贫困户，干了10个月，以工代训8个月，岗前补贴没领，能补多少',
        expect: payNot(2400, 3200),
      },
      { user: '说错了，以工代训是4个月，不是8个月', expect: payNot(1600, 2400) },
    ],
  },
  {
    id: 'v86-d30',
    class: 'correction',
    probes: 'pre-job subsidy said not claimed, then relayed as claimed',
    periodEnd: true,
    turns: [
      {
        user: '参保企业招了1个就业困难人员，以工代训6个月，岗前补贴没领，能补多少',
        expect: pay(1200),
      },
      { user: '刚才她本人打电话说，岗前补贴入职那会儿企业给她报过了', expect: noPay(1200) },
    ],
  },
  {
    id: 'v86-d31',
    class: 'correction',
    probes: 'group corrected from veteran to poor labour',
    periodEnd: true,
    turns: [
      {
        user: '厂里招了个退役军人，以工代训3个月，岗前补贴没领，这能申请以工代训补贴不',
        expect: notYes(600),
      },
      {
        user: '不好意思我弄混了，他不是退役军人，是建档立卡贫困户，在厂里干了9个月',
        expect: pay(600),
      },
    ],
  },
  {
    id: 'v86-d32',
    class: 'correction',
    probes: 'equipment value corrected: the master-studio cap no longer binds',
    turns: [
      {
        user: '辖区企业用职工教育经费给技能大师工作室买了80万的设备，人社和财政已经验收合格了，能补多少',
        expect: kit(100000),
      },
      { user: '更正一下，工作室设备是30万，不是80万，80万是整个车间的', expect: kit(60000) },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v86-d33',
    class: 'topic_switch',
    probes: 'after an amount, a veteran asks about training: no earlier figure leaks',
    periodEnd: true,
    turns: [
      {
        user: '参保企业吸纳就业困难人员2名，以工代训6个月，岗前补贴没领，补多少',
        expect: pay(2400),
      },
      {
        user: '另外一个事，我们社区有个退役军人小伙想学电工，有没有培训能参加',
        expect: { cites: ['三(二)', '六(一)', '五(一)'], noAmount: 'unfixed', mustNotContain: ['2400'] },
      },
    ],
  },
  {
    id: 'v86-d34',
    class: 'topic_switch',
    probes: 'from equipment to 两后生 training',
    turns: [
      {
        user: '企业用职工教育经费给技能大师工作室买了40万设备，验收合格了，能补助多少',
        expect: kit(80000),
      },
      {
        user: '换个事儿，村里俩孩子初中毕业没上高中，想学汽修，有啥培训',
        expect: { cites: ['三(二)', '五(一)'], noAmount: 'unfixed', mustNotContain: ['80000', /8万/] },
      },
    ],
  },
  {
    id: 'v86-d35',
    class: 'topic_switch',
    probes: 'from person training to an outside question (pension contributions)',
    turns: [
      {
        user: '辖区居民孙姐在户籍地参加了电工培训，证拿到了，今年头一回，没退休金，机构是进系统的，以前没学过这个，能领培训补贴吗',
        expect: { noAmount: 'unfixed', cites: ['七(二)', '六(一)', '六(三)'] },
      },
      { user: '顺便打听下，城乡居民养老保险今年缴费档次都有哪些', expect: decline },
    ],
  },
  {
    id: 'v86-d36',
    class: 'topic_switch',
    probes: 'from 以工代训 to entrepreneurship training of a restaurant owner',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间3个贫困户，上班8个月，以工代训2个月，岗前补贴没领，能补多少',
        expect: pay(1200),
      },
      {
        user: '再问个别的，小区门口开了三年的小饭馆，老板想参加创业培训，行不行',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', mustNotContain: ['1200'] },
      },
    ],
  },
  {
    id: 'v86-d37',
    class: 'topic_switch',
    probes: 'after an amount, which office to send the employer to [contact]',
    periodEnd: true,
    turns: [
      {
        user: '参保企业招了零就业家庭成员1人，以工代训4个月，岗前补贴没领，补贴多少',
        expect: pay(800),
      },
      { user: '那让企业去哪个部门申请？我好给人家指个路', expect: { says: [/人社|人力资源/] } },
    ],
  },
  {
    id: 'v86-d38',
    class: 'topic_switch',
    probes: 'from the education fund to a poor family whose child is at a technical school',
    turns: [
      {
        user: '企业工资薪金总额100万，职工教育经费提了10万，税前能扣多少',
        expect: deduct(80000),
      },
      {
        user: '另外，有户贫困户孩子在技工学校上学，家里能有啥补助',
        expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed', mustNotContain: ['80000', /8万/] },
      },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v86-d39',
    class: 'person_training',
    probes: 'every condition of the training subsidy said: eligible, no figure',
    turns: [
      {
        user: '社区的孙姐在常住地参加了育婴员培训，证拿到了，今年头一次享受，没有按月领养老金，培训机构进了省里系统，以前没学过育婴员。她能享受职业培训补贴吗',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v86-d40',
    class: 'person_training',
    probes: 'three subsidies already this year',
    turns: [
      {
        user: '网格里有个小伙今年已经领过3次培训补贴了，这又想学个叉车，还能再补吗',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v86-d41',
    class: 'person_training',
    probes: 'same occupation and level as a subsidy already taken',
    turns: [
      {
        user: '王姐前年考了中式烹调师初级，补贴领过了，今年又报了个中式烹调师初级，她说还想再领一次补贴，中不中',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v86-d42',
    class: 'person_training',
    probes: 'a retiree who draws a monthly pension',
    turns: [
      {
        user: '退休的老李每月领着养老金，想去学个园林绿化，他问能不能享受职业培训补贴',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['六(一)', '七(二)'] },
      },
    ],
  },
  {
    id: 'v86-d43',
    class: 'person_training',
    probes: 'a new occupation, then the living allowance the plan does not fix',
    turns: [
      {
        user: '有个返乡青年想学无人机驾驶员，听说是国家新公布的职业，这个按啥标准补',
        expect: noFigure(['七(二)']),
      },
      { user: '培训期间生活费补贴一天能给多少钱', expect: unsettled },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v86-d44',
    class: 'entrepreneurship',
    probes: 'a shop open two years',
    turns: [
      {
        user: '辖区开了两年的小超市老板想参加创业培训，学学经营管理，能参加吗',
        expect: noFigure(['三(八)', '五(一)']),
      },
    ],
  },
  {
    id: 'v86-d45',
    class: 'entrepreneurship',
    probes: 'a business open over five years: no verdict invented, clause cited or asked',
    turns: [
      {
        user: '开了七八年的理发店老板，也想去听听创业培训，还算不算在范围里',
        expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { cites: ['三(八)'] }] },
      },
    ],
  },
  {
    id: 'v86-d46',
    class: 'entrepreneurship',
    probes: 'an unemployed graduate who wants to start a business',
    turns: [
      {
        user: '社区有个大学毕业一年还没找着工作的闺女，想自己开网店，有创业培训没有',
        expect: noFigure(['三(八)']),
      },
    ],
  },
  {
    id: 'v86-d47',
    class: 'entrepreneurship',
    probes: 'entrepreneurship training, then its per-person amount the plan does not fix',
    turns: [
      { user: '村里一个返乡小伙想搞养殖场，有没有创业方面的培训', expect: noFigure(['三(八)']) },
      {
        user: '这个创业培训每人能补多少钱',
        expect: { noAmount: 'unfixed', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { cites: ['三(八)'] }] },
      },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v86-d48',
    class: 'equipment',
    probes: 'a high-skill base over its cap',
    turns: [
      {
        user: '园区一家企业用职工教育经费给高技能人才培训基地新买了300万的实训设备，人社财政验收合格了，最多给多少补助',
        expect: kit(500000),
      },
    ],
  },
  {
    id: 'v86-d49',
    class: 'equipment',
    probes: 'a master studio under its cap',
    turns: [
      {
        user: '辖区企业技能大师工作室新购置实训设备45万，钱从职工教育经费出的，已经验收，一次性补助是多少',
        expect: kit(90000),
      },
    ],
  },
  {
    id: 'v86-d50',
    class: 'equipment',
    probes: 'equipment not bought from the education fund',
    turns: [
      {
        user: '企业给高技能人才培训基地买了100万设备，已验收，不过钱是镇上给的项目资金，不是职工教育经费。能按20%补吗',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['200000', /20万/] },
      },
    ],
  },
  {
    id: 'v86-d51',
    class: 'equipment',
    probes: 'acceptance missing, then said',
    turns: [
      { user: '厂里用职工教育经费给高技能人才培训基地买了120万设备，能补多少', expect: askKit },
      { user: '人社和财政上周来验收了，合格', expect: kit(240000) },
    ],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v86-d52',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll',
    turns: [
      {
        user: '辖区一家企业工资薪金总额500万，今年职工教育经费提了50万，能税前扣除多少',
        expect: deduct(400000),
      },
    ],
  },
  {
    id: 'v86-d53',
    class: 'education_fund',
    probes: 'fund under 8 % of payroll',
    turns: [
      {
        user: '一个小企业工资总额260万，职工教育经费提了12万，这12万能全扣吗',
        expect: deduct(120000),
      },
    ],
  },
  {
    id: 'v86-d54',
    class: 'education_fund',
    probes: 'front-line share under 60 %',
    turns: [
      {
        user: '企业工资薪金总额300万，职工教育经费30万，其中一线职工培训只花了一半，税前扣除多少？一线这块比例有要求没',
        expect: { ...deduct(240000), says: [/税前/, /60/] },
      },
    ],
  },
  {
    id: 'v86-d55',
    class: 'education_fund',
    probes: 'payroll given later after checking',
    turns: [
      { user: '企业职工教育经费提了20万，能税前扣多少', expect: askFund },
      { user: '查了，工资薪金总额是180万', expect: deduct(144000) },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v86-d56',
    class: 'apprenticeship',
    probes: 'apprentices: the plan fixes no amount',
    turns: [{ user: '辖区企业带了20个新型学徒，一年能补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v86-d57',
    class: 'apprenticeship',
    probes: 'apprenticeship standard, then where 师带徒 allowances come from',
    turns: [
      { user: '企业新型学徒制的补贴标准是咋规定的', expect: noFigure(['四(一)']) },
      { user: '那师傅带徒弟的津贴，能从哪儿出钱', expect: { cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v86-d58',
    class: 'apprenticeship',
    probes: 'apprentices must not be paid at the 以工代训 rate',
    turns: [
      {
        user: '厂里招了10个学徒搞新型学徒制，能不能也按每人每月200算，算半年',
        expect: { ...noFigure(['四(一)']), mustNotContain: ['12000', /1\.2万/] },
      },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v86-d59',
    class: 'period',
    probes: 'can it still be claimed today, then when the plan began',
    turns: [
      { user: '现在还能给企业申请以工代训补贴吗', expect: over },
      { user: '那这个方案是从哪天开始执行的', expect: { says: [/2019/] } },
    ],
  },
  {
    id: 'v86-d60',
    class: 'period',
    probes: 'a dated question inside the period [dated]',
    periodEnd: true,
    turns: [
      {
        user: '2020年3月那会儿，我们村扶贫车间有2个贫困户干了一年了，以工代训6个月，岗前补贴没领，当时能补多少',
        expect: pay(2400),
      },
    ],
  },
  {
    id: 'v86-d61',
    class: 'period',
    probes: 'a date after the plan ended [dated]',
    turns: [
      {
        user: '2022年3月新招的贫困户，还能按63号文申请以工代训补贴吗',
        expect: { ...over, noAmount: 'open' },
      },
    ],
  },
  {
    id: 'v86-d62',
    class: 'period',
    probes: 'when the skills action ends',
    turns: [{ user: '这个职业技能提升行动到啥时候截止，现在还有效不', expect: over }],
  },
];
