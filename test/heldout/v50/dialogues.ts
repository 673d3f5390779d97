/**
 * HELD-OUT dialogues, set v50 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/. Only the
 * format of v15 (its header and first lines) was looked at; no message is reused or paraphrased
 * from an earlier set. Not to be tuned on: no word of these messages goes into a glossary,
 * pattern or fixture. Once a dialogue has been fixed by a targeted change it measures nothing any
 * more; write a new one instead.
 *
 * Who types here: people who write long, careful, semi-formal messages on the web widget — the HR
 * manager of a mid-size manufacturer who lists facts as 1. 2. 3. / (1)(2) / ①② with semicolons
 * and parentheses, the administrator of a 技师学院, a social worker at a 残联 office asking on
 * behalf of clients, a university graduate looking for work, and a lawyer-like asker who probes
 * exact thresholds (刚好6个月, 第3次, 开业满5年, 设备刚好250万, 8% exactly, 60% of the fund for
 * front-line staff), asks "what if" variants and asks about dates just before and after the
 * plan's start (2019-12-02) and end (2021-12-31). Semi-formal, but typed by people: IME
 * homophones (以工带训, 建档力卡, 港前), 全角 digits, 大写 numerals (贰佰伍拾万), 两 / 叁 / 半年,
 * corrections, "不清楚 / 不确定", bare replies to the question the service asks, topic switches,
 * two-part and contact questions, dated questions.
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it
 * depends on has been said (the unit's kind, insurance where the rule needs it, months employed
 * for poor labour, months of 以工代训, 岗前培训补贴 claimed or not; equipment kind, value, fund source
 * and acceptance; payroll and fund drawn). Where a message restates a yuan figure the person gave,
 * an open turn checks `asks` / `undecided` rather than `noAmount` (a restated fact is no guess).
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row. Poor labour:
 *   employed ≥ 6 months (刚好6个月 counts: "六个月以上", contract "≥ 6") by a production entity —
 *   a 职业院校 (技师学院) is none. 就业困难 (incl. 残疾人) and 零就业家庭: insured enterprise only.
 *   退役军人 is no group for it. Rows with the 岗前培训补贴 claimed never count.
 *   d01 4×200×5 = 4000; d02 6×200×4 = 4800; d03 3×200×4 + 2×200×6 + 1×200×min(7,6) = 2400 +
 *   2400 + 1200 = 6000 (the 残疾人 is one of the 2, not a fourth row: 7200 would count him twice);
 *   d04 2×200×3 + 5×200×4 = 1200 + 4000 = 5200; d06 2×200×6 = 2400; d08 3×200×5 = 3000 →
 *   2×200×5 = 2000; d09 4×200×6 = 4800 → none (not insured); d10 2×200×4 = 1600; d12 5×200×6 =
 *   6000; d15 1×200×6 = 1200 (employed exactly 6); d16 1×200×min(8,6) = 1200 (not 1600);
 *   d17 2×200×3 + 2×200×5 = 1200 + 2000 = 3200; d18 3×200×4 = 2400 (veterans' 1600 not added,
 *   not 4000); d19 1×200×3 = 600; d38 3×200×2 = 1200; d56 1×200×6 = 1200; d61 2×200×5 = 2000
 *   (if the 加工点 is taken as a 生产经营主体, else asked); d62 only the unclaimed row 2×200×5 =
 *   2000 (not 4400); d63 2×200×3 + 1×200×3 = 1800 → 2×200×6 + 1×200×3 = 3000 (not 3600);
 *   d64 2×200×2 = 800.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted. d25 2 500 000 × 20 % = 500 000 = cap → 500 000, then 2 400 000 →
 *   480 000; d26 600 000 studio → 120 000 capped to 100 000; d27 base 1 800 000 → 360 000, studio
 *   A 300 000 → 60 000, studio B 700 000 → 140 000 capped 100 000: 520 000 (not 460 000 from
 *   pooling the studios); d28 own funds → none; d30 studio 500 000 → 100 000 exactly;
 *   d13 base 2 000 000 → 400 000, corrected to 3 000 000 → 600 000 capped 500 000; d20 studio
 *   400 000 → 80 000.
 * - Education fund (六(二)): pre-tax deduction min(fund, 8 % × 工资薪金总额), never cash.
 *   d31 15 000 000 × 8 % = 1 200 000, fund 1 200 000 → 1 200 000; fund 1 300 000 → 1 200 000;
 *   d32 10 000 000 × 8 % = 800 000 < fund 900 000 → 800 000; d33 8 000 000 × 8 % = 640 000 >
 *   fund 500 000 → 500 000 (front-line share 59.9 % < 60 % noted); d35 12 500 000 × 8 % =
 *   1 000 000 < fund 1 100 000 → 1 000 000; d21 20 000 000 × 8 % = 1 600 000 > fund
 *   1 500 000 → 1 500 000.
 * - Project training (六(一)): 50 % in advance: d24 360 000 → 180 000.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family and school aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [what-if].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreading's figure(s). */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts, the misreading's figure absent. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** The plan's start (2019-12-02) stated. */
const START = /2019\s*(年\s*12\s*月\s*0?2\s*日|[-/.]\s*12\s*[-/.]\s*0?2(?!\d))/;
/** A person rule decided as eligible, or (as a lookup) the clause cited; no figure either way. */
const yesOrCite = (rule: 'vocational_training' | 'free_training_poor' | 'entrepreneurship_training' | 'poor_family_child_aid', cites: string[]): TurnExpect => ({
  noAmount: 'unfixed',
  oneOf: [{ status: { rule, status: 'eligible' } }, { cites, notVerdict: { rule, status: 'ineligible' } }],
});

export const DIALOGUES_V50: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v50d01',
    class: 'one_group',
    probes: 'HR lists every fact in numbered points; one group, all facts said: the amount, and the plan\'s end',
    periodEnd: true,
    turns: [
      {
        user: '您好，我是郑州一家机械制造企业（员工约400人）的人事经理，想咨询以工代训补贴，情况如下：1. 公司正常参保，五险齐全；2. 今年吸纳了就业困难人员 4 名，均已开展以工代训，时长 5 个月；3. 这 4 人都没有申领过新录用人员岗前技能培训补贴。请问按方案能补多少？',
        expect: pay(4000),
      },
    ],
  },
  {
    id: 'v50d02',
    class: 'one_group',
    probes: 'poor labour without months employed must be asked, then the amount once the reply gives them (①②)',
    periodEnd: true,
    turns: [
      {
        user: '咨询：我司（食品加工企业，已参保）招用了建档力卡贫困劳动力６人，安排了以工带训4个月；港前培训补贴没有申请。请问补贴怎么算？',
        expect: askOJT,
      },
      { user: '补充：①这6人入职到现在已经满7个月；②以工代训就是上面说的4个月。', expect: pay(4800) },
    ],
  },
  {
    id: 'v50d14',
    class: 'one_group',
    probes: 'a 技师学院 (职业院校) is not a 生产经营主体: its poor-labour hires get no 以工代训, and no figure',
    periodEnd: true,
    turns: [
      {
        user: '我是某技师学院办公室的老师。学院后勤和实训车间吸纳了两名建档立卡贫困劳动力，已经在学院工作8个月，以工代训6个月，岗前培训补贴未领取。请问学院作为用人单位能否申请以工代训补贴？',
        expect: { ...noPay(2400), cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v50d15',
    class: 'one_group',
    probes: 'lawyer: employed exactly 6 months counts as 六个月以上; then a what-if with 5 months replaces the fact [what-if]',
    periodEnd: true,
    turns: [
      {
        user: '请教一个边界问题：参保民营企业吸纳建档立卡贫困劳动力1人，入职刚好6个月（不多不少），以工代训同样是6个月，岗前培训补贴未领。方案写的是“六个月以上”，是否包含本数？如包含，补贴金额是多少？',
        expect: pay(1200),
      },
      {
        user: '再假设：其他条件不变，但此人入职只有5个月、以工代训也只做了5个月，结论如何？',
        expect: { ...noPay(1000), notVerdict: { rule: 'on_job_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v50d16',
    class: 'one_group',
    probes: 'lawyer: 以工代训 of 8 months is capped at 6 (最长不超过6个月), never paid for 8',
    periodEnd: true,
    turns: [
      {
        user: '以工代训实际做了８个月的话，补贴是按８个月还是按６个月计算？具体情况：参保企业；就业困难人员1名；岗前培训补贴未领取。',
        expect: payNot(1200, 1600),
      },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v50d03',
    class: 'several_groups',
    probes: 'three groups with their own months; the 残疾人 "其中1人" is one of the 就业困难 two, not a fourth row; 7 months capped',
    periodEnd: true,
    turns: [
      {
        user: '请教以工代训补贴的计算，我方（机加工企业，已参保）情况：1. 建档立卡贫困劳动力 3 人，已在我司工作 8 个月，以工代训 4 个月；2. 就业困难人员 2 人（其中 1 人为残疾人），以工代训 6 个月；3. 零就业家庭成员 1 人，以工代训 7 个月。以上人员均未享受岗前培训补贴。合计多少？',
        expect: payNot(6000, 7200, 6200),
      },
    ],
  },
  {
    id: 'v50d04',
    class: 'several_groups',
    probes: 'two groups, the poor-labour row lacks months employed: ask about it by name, no guessed total; then the total',
    periodEnd: true,
    turns: [
      {
        user: '(1) 企业性质：民营制造业，已参加社会保险；(2) 吸纳零就业家庭成员 2 名，以工代训 3 个月；(3) 吸纳建档立卡贫困劳动力 5 名，以工代训 4 个月。上述人员岗前培训补贴均未享受。请问以工代训补贴共计多少？',
        expect: { asks: true, mustNotContain: ['5200'], notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
      { user: '那5名贫困劳动力在我司工作的时间都是9个月。', expect: pay(5200) },
    ],
  },
  {
    id: 'v50d17',
    class: 'several_groups',
    probes: 'two groups with different months stated in parentheses; months must not bleed from one row to the other',
    periodEnd: true,
    turns: [
      {
        user: '我司为参保的制造企业，吸纳人员如下：贫困劳动力 2 人（入职 12 个月，以工代训 3 个月）；就业困难人员 2 人（以工代训 5 个月）。两类人员岗前培训补贴均未领取。请分别计算并给出合计。',
        expect: payNot(3200, 4000, 2400),
      },
    ],
  },
  {
    id: 'v50d18',
    class: 'several_groups',
    probes: 'social worker: 残疾人 count as 就业困难人员; 退役军人 are no group for 以工代训, so their months are not added',
    periodEnd: true,
    turns: [
      {
        user: '我是区残联的工作人员，替一家合作企业咨询：该企业为参保企业，今年吸纳残疾人 3 名（以工代训 4 个月）、退役军人 2 名（以工代训 4 个月），岗前补贴都没有领。企业能拿到多少以工代训补贴？',
        expect: payNot(2400, 4000),
      },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v50d05',
    class: 'negation_after_noun',
    probes: '"关于社保……目前是没有给员工缴纳的": the negation comes after a dash and an aside; not insured, no figure',
    periodEnd: true,
    turns: [
      {
        user: '关于社保，我们公司——由于历史原因（前几年改制）——目前是没有给员工缴纳的；今年吸纳了就业困难人员3名，以工代训4个月，岗前补贴未领。请问能否享受以工代训补贴？',
        expect: noPay(2400),
      },
    ],
  },
  {
    id: 'v50d06',
    class: 'negation_after_noun',
    probes: '"岗前技能培训补贴这项……是一直没有领过的": negation far after the noun means not claimed',
    periodEnd: true,
    turns: [
      {
        user: '岗前技能培训补贴这项，我们查了近两年的台账，这批人（残疾人职工 2 名）是一直没有领过的；企业参保；以工代训 6 个月整。请核算以工代训补贴。',
        expect: pay(2400),
      },
    ],
  },
  {
    id: 'v50d07',
    class: 'negation_after_noun',
    probes: 'a 合作社 whose poor-labour hires already had the 岗前培训补贴 claimed ("不过……已经……申领过了"): none',
    periodEnd: true,
    turns: [
      {
        user: '替我们残联对接的一家农民专业合作社问一下：合作社吸纳了 3 名建档立卡贫困劳动力，已干满 10 个月，以工代训 5 个月，不过这 3 人的新录用人员岗前技能培训补贴之前已经由镇里统一申领过了。以工代训补贴还能申请吗？',
        expect: noPay(3000),
      },
    ],
  },
  {
    id: 'v50d37',
    class: 'negation_after_noun',
    probes: 'social worker: "养老金——他是不领的" and "以前……没考过" are negations after the noun; every training fact said',
    periodEnd: true,
    turns: [
      {
        user: '请问：我们服务的一位肢残学员，养老金——他是不领的（还没到年龄，也没有领取资格）；在户籍地参加了中式面点师培训，证书已拿到；今年是第一次参加补贴性培训；培训机构在省里的系统内；面点师这个工种以前他没考过。他能享受职业培训补贴吗？',
        expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v50d38',
    class: 'negation_after_noun',
    probes: '"社会保险这一块，公司……并未中断": a double negation means insured; the amount follows',
    periodEnd: true,
    turns: [
      {
        user: '补充说明我司情况：社会保险这一块，公司自 2015 年成立以来从未中断缴纳；吸纳零就业家庭成员 3 人，以工代训 2 个月；岗前培训补贴，这 3 人均不曾申领。请问补贴多少？',
        expect: pay(1200),
      },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v50d10',
    class: 'unknown_reply',
    probes: 'insurance missing → ask; "不确定，需要问财务" leaves it open; the later answer settles the amount',
    periodEnd: true,
    turns: [
      {
        user: '我们是一家汽车零部件企业，吸纳了 2 名残疾人就业并开展以工代训 4 个月，岗前培训补贴未申领。请问能补多少？',
        expect: askOJT,
      },
      { user: '参保情况我这边不确定，需要问一下财务，晚点回复您。', expect: dunnoOJT },
      { user: '财务确认了：已参保，一直在缴。', expect: pay(1600) },
    ],
  },
  {
    id: 'v50d11',
    class: 'unknown_reply',
    probes: 'poor labour in a 扶贫车间 without months employed; "说不好" keeps it open: no figure, no verdict',
    periodEnd: true,
    turns: [
      {
        user: '村里扶贫车间吸纳了 3 名建档立卡贫困劳动力，以工代训 3 个月，岗前补贴没有领。车间负责人托我（乡镇社工）问问能申请多少以工代训补贴？',
        expect: askOJT,
      },
      { user: '他们具体在车间干了多长时间，我这边说不好，考勤记录在村委会。', expect: dunnoOJT },
    ],
  },
  {
    id: 'v50d12',
    class: 'unknown_reply',
    probes: '(4) "岗前培训补贴有没有领过——不清楚" is open, not "no"; then "查到了，没领过" gives the amount',
    periodEnd: true,
    turns: [
      {
        user: '（1）参保企业（家电配件）；（2）吸纳就业困难人员 5 名；（3）以工代训 6 个月；（4）岗前培训补贴有没有领过——不清楚，原经办人已离职。请问以工代训补贴情况？',
        expect: dunnoOJT,
      },
      { user: '查到了，没领过。', expect: pay(6000) },
    ],
  },
  {
    id: 'v50d39',
    class: 'unknown_reply',
    probes: 'a graduate does not know whether the institution is in the system: vocational_training stays open',
    periodEnd: true,
    turns: [
      {
        user: '本人在户籍地参加了育婴员培训，证书已拿到，今年第一次培训，没有养老金，以前也没考过育婴员。请问能不能领职业培训补贴？',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, oneOf: [{ asks: true }, { says: [/系统/] }] },
      },
      {
        user: '培训机构有没有录入河南省那个信息系统，我真的不知道，要怎么查？',
        expect: { noAmount: 'unfixed', undecided: 'vocational_training' },
      },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v50d08',
    class: 'correction',
    probes: 'a correction of the count replaces it ("人数应为 2 名"); the old figure must not come back',
    periodEnd: true,
    turns: [
      { user: '企业已参保，吸纳就业困难人员 3 名，以工代训 5 个月，均未领岗前补贴，请问补贴金额？', expect: pay(3000) },
      { user: '抱歉，更正一下：人数应为 2 名（另 1 人试用期内离职，不计）；以工代训月数不变。', expect: payNot(2000, 3000) },
    ],
  },
  {
    id: 'v50d09',
    class: 'correction',
    probes: 'a correction of insurance ("更正：……不是参保企业") turns the amount into none',
    periodEnd: true,
    turns: [
      { user: '我司吸纳零就业家庭成员 4 人，以工代训 6 个月，岗前补贴没领，社保已缴。能补多少？', expect: pay(4800) },
      { user: '更正：公司社保从去年起就停缴了，目前不算参保企业。那还能拿吗？', expect: noPay(4800) },
    ],
  },
  {
    id: 'v50d13',
    class: 'correction',
    probes: 'equipment value corrected from 200万 to 300万: the cap of 50万 then binds',
    periodEnd: true,
    turns: [
      {
        user: '我司高技能人才培训基地新购实训设备 200 万元（从职工教育经费列支，已经人社、财政部门验收合格），一次性补助是多少？',
        expect: kit(400000),
      },
      {
        user: '不好意思，数字说错了：设备总值是 300 万，不是 200 万，其他情况不变。',
        expect: { amount: { rule: 'equipment_subsidy', yuan: 500000 }, mustNotContain: ['400000', /(?<![\d.])40\s*万/] },
      },
    ],
  },
  {
    id: 'v50d40',
    class: 'correction',
    probes: 'graduate: every training fact said, then "更正：证书……还没拿到" removes the certificate',
    periodEnd: true,
    turns: [
      {
        user: '我是开封户籍、在郑州找工作的应届本科生。在郑州参加了人工智能方向的 Python 培训并拿到了证书；培训机构在系统里；今年第一次参加；不领养老金；以前没参加过同工种同等级的培训。请问能享受职业培训补贴吗？',
        expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'eligible' } },
      },
      {
        user: '更正：证书考试其实没通过，目前还没拿到证。这样还行吗？',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v50d19',
    class: 'topic_switch',
    probes: 'after an amount, an unrelated question on 残疾人 training targets is answered from 三(二), not the amount',
    periodEnd: true,
    turns: [
      { user: '参保企业，吸纳残疾人 1 名，以工代训 3 个月，岗前补贴未领，补贴多少？', expect: pay(600) },
      {
        user: '换个话题：残联这边想了解，这个方案里残疾人技能培训三年的目标是多少人次？',
        expect: { cites: ['三(二)'], mustNotContain: ['600'], says: [/0\.8\s*万|8000/] },
      },
    ],
  },
  {
    id: 'v50d20',
    class: 'topic_switch',
    probes: 'after an equipment amount, "另外，退役军人……" is a new topic: 三(二) or 六(一), no equipment figure',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室新购设备 40 万元，职工教育经费列支，已验收合格，补助多少？',
        expect: kit(80000),
      },
      {
        user: '另外想请教一个不相关的问题：退役军人参加技能培训，方案里有没有专门的安排？',
        expect: { cites: ['三(二)', '六(一)'], mustNotContain: ['80000', /(?<![\d.])8\s*万/] },
      },
    ],
  },
  {
    id: 'v50d21',
    class: 'topic_switch',
    probes: 'after an education-fund amount, a contact question names the unit or the hotline [contact]',
    periodEnd: true,
    turns: [
      { user: '工资薪金总额 2000 万元，职工教育经费提取 150 万元，税前最多扣除多少？', expect: deduct(1500000) },
      {
        user: '顺便问一下，这个政策有咨询电话或者主管部门吗？',
        expect: { says: [/人社|12333/], mustNotContain: ['1500000', /150\s*万/] },
      },
    ],
  },
  {
    id: 'v50d22',
    class: 'topic_switch',
    probes: '技师学院: aid for admitting poor students (三(十四), no amount), then teachers\' performance pay (四(二))',
    periodEnd: true,
    turns: [
      {
        user: '我院（技师学院）今年招收了建档立卡贫困户家庭学生 120 名，学院层面可以获得什么补助？标准是多少？',
        expect: noFigure(['三(十四)']),
      },
      {
        user: '另一个问题：我院教师承担补贴性职业技能培训，学院核定绩效工资总量时有没有倾斜？',
        expect: { cites: ['四(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v50d23',
    class: 'topic_switch',
    probes: '技师学院: competition training award (三(十五)), then a student\'s own prize (五(三)); no figures',
    periodEnd: true,
    turns: [
      {
        user: '我院组织学生备战世界技能大赛全国选拔赛，开展了专项集训，学院能得到奖补吗？',
        expect: { noAmount: 'unfixed', cites: ['三(十五)'] },
      },
      {
        user: '再问个别的：我院一名学生在省级职业技能竞赛获得一等奖，他本人能有什么奖励？',
        expect: { noAmount: 'unfixed', cites: ['五(三)'] },
      },
    ],
  },
  {
    id: 'v50d24',
    class: 'topic_switch',
    probes: 'a project-training advance (50 %), then where to apply: the 责任单位 of 六(一) [contact]',
    periodEnd: true,
    turns: [
      {
        user: '我们培训机构承接了项目制培训，项目培训补贴总额 36 万元。方案说可以先行拨付，比例是多少？具体金额呢？',
        expect: { amount: { rule: 'project_training_advance', yuan: 180000 } },
      },
      { user: '这个先行拨付应该向哪个部门提出？', expect: { says: [/人社|财政/] } },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v50d41',
    class: 'person_training',
    probes: 'graduate gives place only: no verdict and no figure; then every fact → eligible, still no figure',
    periodEnd: true,
    turns: [
      {
        user: '本人 2020 届本科毕业，离校后尚未就业，户籍不在郑州，现在在郑州租房求职。想报一个电工培训，请问能不能享受职业培训补贴？能补多少？',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      {
        user: '补充：培训就在郑州参加（我的常住地），证书已经拿到；今年第一次享受；不领养老金；机构说已录入系统；之前没参加过电工培训，也没领过这个补贴。',
        expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v50d42',
    class: 'person_training',
    probes: 'lawyer: the 3rd subsidy of a year is allowed, the 4th is not (不超过3次) [two-part]',
    periodEnd: true,
    turns: [
      {
        user: '假设某人今年已经享受过 2 次职业培训补贴，这次是第 3 次（不同工种），其他条件均满足（户籍地培训、取得证书、机构在系统内、不领养老金）。第 3 次还能享受吗？若是第 4 次呢？',
        expect: { cites: ['七(二)'], says: [/不超过\s*(3|三)\s*次/], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v50d43',
    class: 'person_training',
    probes: 'social worker: a client who draws a monthly pension is outside 职业培训补贴; then the 就业困难人员 plan',
    periodEnd: true,
    turns: [
      {
        user: '我们服务的一位视力残疾学员，目前按月领取养老金（提前退休），想参加保健按摩培训，能享受职业培训补贴吗？',
        expect: {
          noAmount: 'unfixed',
          notVerdict: { rule: 'vocational_training', status: 'eligible' },
          oneOf: [{ status: { rule: 'vocational_training', status: 'ineligible' } }, { says: [/养老金/] }],
        },
      },
      {
        user: '明白了。那作为就业困难人员（残疾人），方案里还有哪方面的培训安排？',
        expect: { cites: ['三(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v50d44',
    class: 'person_training',
    probes: 'same occupation and level again (证书遗失) is not subsidised twice',
    periodEnd: true,
    turns: [
      {
        user: '去年在户籍地考了中式烹调师四级并领过补贴，今年想再考一次同一工种同一等级（原证书遗失），还能再享受补贴吗？',
        expect: {
          noAmount: 'unfixed',
          notVerdict: { rule: 'vocational_training', status: 'eligible' },
          oneOf: [{ status: { rule: 'vocational_training', status: 'ineligible' } }, { says: [/同一职业同一等级|不可重复/] }],
        },
      },
    ],
  },
  {
    id: 'v50d45',
    class: 'person_training',
    probes: '生活费补贴 has no amount in the plan (not the 200 元 of 以工代训); then free training for a poor client',
    periodEnd: true,
    turns: [
      {
        user: '参加技能培训的残疾学员，培训期间有没有生活费补贴？每天标准是多少？',
        expect: { ...unsettled, mustNotContain: [/200\s*元/] },
      },
      {
        user: '明白。其中一位学员是建档立卡贫困劳动力，她参加培训本身需要自己交费吗？',
        expect: yesOrCite('free_training_poor', ['三(三)']),
      },
    ],
  },
  {
    id: 'v50d46',
    class: 'person_training',
    probes: 'graduate: a new occupation published by the state follows the priority-occupation standard (七(二)), no figure',
    periodEnd: true,
    turns: [
      {
        user: '我想参加的是国家新公布的职业“人工智能训练师”的培训，这种新职业也纳入补贴吗？按什么标准执行？',
        expect: noFigure(['七(二)']),
      },
    ],
  },
  {
    id: 'v50d47',
    class: 'person_training',
    probes: 'social worker: a poor family whose child is at a 技工学校 — the family\'s aid, the parent is no student [two-part]',
    periodEnd: true,
    turns: [
      {
        user: '一位服务对象家是建档立卡贫困户，孩子在郑州一所技工学校读书。请问：（1）家庭能享受什么补助？（2）孩子本人在学校有什么政策？',
        expect: { ...yesOrCite('poor_family_child_aid', ['三(三)', '三(十四)']), mustNotContain: [/您(本人)?(是|属于).{0,6}学生/] },
      },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v50d48',
    class: 'entrepreneurship',
    probes: 'lawyer: 开业满5年整 is within 开业5年以内; a what-if of 5 years and a month with no wish to start is not [what-if]',
    periodEnd: true,
    turns: [
      {
        user: '本人经营的小微企业，营业执照签发于 2015 年 6 月 10 日，到 2020 年 6 月 10 日刚好满 5 年。我在这一天报名创业培训，是否仍属于方案所说的“开业 5 年以内”？',
        expect: yesOrCite('entrepreneurship_training', ['三(八)']),
      },
      {
        user: '如果开业已 5 年零 1 个月，本人也没有新的创业打算、不是在校生或毕业生，结论会不同吗？',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v50d49',
    class: 'entrepreneurship',
    probes: 'a college graduate with the wish to start a business may join 创业培训; no fee figure [two-part]',
    periodEnd: true,
    turns: [
      {
        user: '本人系 2021 届普通高校毕业生（郑州某大学），目前离校未就业，有自主创业的意向。请问可以参加创业培训吗？需要交费吗？',
        expect: yesOrCite('entrepreneurship_training', ['三(八)']),
      },
    ],
  },
  {
    id: 'v50d50',
    class: 'entrepreneurship',
    probes: '技师学院 students count (职业院校含技工院校); then the 15万人次 is a city-wide three-year target',
    periodEnd: true,
    turns: [
      { user: '我院是技工院校，在校生可以参加大众创业培训计划的培训吗？', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '那人数上有没有限制？方案里三年 15 万人次是指全市总数吗？', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v50d51',
    class: 'entrepreneurship',
    probes: 'a business open 7 years, no wish to start another, not a student: not eligible for 创业培训, no verdict of yes',
    periodEnd: true,
    turns: [
      {
        user: '我经营一家小微企业已经第 7 个年头了（2014 年开业），目前没有新的创业打算，也不是在校生或毕业生。这种情况能参加补贴性的创业培训吗？',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v50d25',
    class: 'equipment',
    probes: 'lawyer: equipment of exactly 250万 hits the 50万 cap exactly; what-if 240万 gives 48万 [what-if]',
    periodEnd: true,
    turns: [
      {
        user: '假设：企业用职工教育经费新购实训设备，用于高技能人才培训基地，设备总值人民币贰佰伍拾万元整，已经人社、财政部门验收合格。一次性补助是多少？是否正好触及 50 万元上限？',
        expect: kit(500000),
      },
      { user: '若其他条件不变，设备总值改为 240 万元呢？', expect: { amount: { rule: 'equipment_subsidy', yuan: 480000 } } },
    ],
  },
  {
    id: 'v50d26',
    class: 'equipment',
    probes: 'studio equipment: fund source and acceptance asked; "验收还没做" is no; accepted later → capped 10万',
    periodEnd: true,
    turns: [
      {
        user: '我们公司今年建了一个技能大师工作室，新买了 60 万的实训设备。能补助多少？',
        expect: { asks: true, undecided: 'equipment_subsidy' },
      },
      { user: '设备款是从职工教育经费里列支的；验收还没做。', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' } } },
      { user: '上周人社和财政两个部门来验收，合格了。', expect: kit(100000) },
    ],
  },
  {
    id: 'v50d27',
    class: 'equipment',
    probes: 'one base and two studios, each its own cap: 36万 + 6万 + 10万 = 52万, not pooled studios (46万)',
    periodEnd: true,
    turns: [
      {
        user: '申请设备补助，情况如下：（一）高技能人才培训基地：新购数控实训设备 1,800,000 元；（二）技能大师工作室两个：A 工作室设备 30 万元，B 工作室设备 70 万元。以上均从职工教育经费列支，已验收合格。请问一次性补助合计多少？',
        expect: { amount: { rule: 'equipment_subsidy', yuan: 520000 }, mustNotContain: ['460000', /(?<![\d.])46\s*万/] },
      },
    ],
  },
  {
    id: 'v50d28',
    class: 'equipment',
    probes: 'equipment bought from own funds (非职工教育经费) gets no subsidy, no 20 % figure',
    periodEnd: true,
    turns: [
      {
        user: '我司高技能人才培训基地的设备是用企业自有资金（不是职工教育经费）购买的，共 120 万元，已验收。能按 20% 补助吗？',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['240000', /(?<![\d.])24\s*万/] },
      },
    ],
  },
  {
    id: 'v50d29',
    class: 'equipment',
    probes: '"资金从哪个科目出的我不清楚" keeps the fund source open: no 18万, no verdict',
    periodEnd: true,
    turns: [
      {
        user: '设备价值 90 万，给高技能人才培训基地用；资金从哪个科目出的我不清楚；验收已经过了。能补多少？',
        expect: { undecided: 'equipment_subsidy', mustNotContain: ['180000', /(?<![\d.])18\s*万/] },
      },
    ],
  },
  {
    id: 'v50d30',
    class: 'equipment',
    probes: 'lawyer: studio equipment of exactly 50万 gives exactly the 10万 cap',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室新购设备刚好 50 万元（职工教育经费列支，验收合格）。按 20% 计算正好是上限 10 万元吗？',
        expect: kit(100000),
      },
    ],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v50d31',
    class: 'education_fund',
    probes: 'lawyer: fund of exactly 8 % of payroll is fully deductible; a what-if above 8 % stays at 8 % [what-if]',
    periodEnd: true,
    turns: [
      {
        user: '工资薪金总额 1500 万元（壹仟伍佰万元），职工教育经费提取 120 万元（正好 8%），其中 60% 用于一线职工培训。税前能扣除多少？',
        expect: deduct(1200000),
      },
      { user: '若经费提取 130 万元（超过 8%），超出的 10 万元能否扣除？', expect: deduct(1200000, 1300000) },
    ],
  },
  {
    id: 'v50d32',
    class: 'education_fund',
    probes: 'fund given without payroll: ask; then the deduction is min(fund, 8 % of payroll)',
    periodEnd: true,
    turns: [
      {
        user: '我司职工教育经费今年提了 90 万，税前能扣多少？',
        expect: { asks: true, undecided: 'education_fund_deduction' },
      },
      { user: '工资薪金总额是 1000 万元整。', expect: deduct(800000) },
    ],
  },
  {
    id: 'v50d33',
    class: 'education_fund',
    probes: 'front-line share 59.9 % is under 60 %: said, while the deduction is still computed',
    periodEnd: true,
    turns: [
      {
        user: '职工教育经费 50 万元，工资薪金总额 800 万元；用于一线职工培训的约占 59.9%（差一点不到六成）。会影响税前扣除吗？能扣多少？',
        expect: { ...deduct(500000), says: [/税前/, /60\s*%|百分之六十|六成/] },
      },
    ],
  },
  {
    id: 'v50d34',
    class: 'education_fund',
    probes: 'the 8 % is a pre-tax deduction, never cash back; exactly 60 % meets "60%以上" [two-part]',
    turns: [
      {
        user: '两个问题：第一，经费的 60% 正好用于一线职工，算不算达标？第二，8% 那个是直接返钱给企业吗，还是抵税？',
        expect: { cites: ['六(二)'], says: [/税前/], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v50d35',
    class: 'education_fund',
    probes: 'payroll 1250万 → 8 % is 100万 exactly, below the 110万 drawn',
    periodEnd: true,
    turns: [
      {
        user: '再核一个数：工资薪金总额 1250 万元，职工教育经费实际提取 110 万元。按 8% 限额，税前可扣除额是多少？',
        expect: deduct(1000000, 1100000),
      },
    ],
  },
  {
    id: 'v50d36',
    class: 'education_fund',
    probes: '师带徒 allowance may come from the education fund (六(二)); no amount',
    turns: [
      {
        user: '职工教育经费除了一线职工培训以外，能不能用于企业“师带徒”的津贴补助？方案有没有规定津贴标准？',
        expect: { cites: ['六(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v50d52',
    class: 'apprenticeship',
    probes: '企业新型学徒: "按照相关规定" — no per-head or total figure [dated]',
    periodEnd: true,
    turns: [
      {
        user: '我司 2020 年培养企业新型学徒 15 名，每名学徒能补多少钱？总共多少？',
        expect: noFigure(['四(一)']),
      },
    ],
  },
  {
    id: 'v50d53',
    class: 'apprenticeship',
    probes: '技师学院 with 现代学徒制: no amount; then 师带徒 money from the education fund (六(二))',
    periodEnd: true,
    turns: [
      { user: '我院与三家企业合作开展现代学徒制，学徒补贴标准是多少？', expect: noFigure(['四(一)']) },
      { user: '那企业师傅带徒弟的“师带徒”津贴，企业可以从哪里出这笔钱？', expect: noFigure(['六(二)']) },
    ],
  },
  {
    id: 'v50d54',
    class: 'apprenticeship',
    probes: 'HR numbered points about 30 apprentices: no figure; the three-year target of 2万 may be quoted [dated]',
    periodEnd: true,
    turns: [
      {
        user: '（1）我司为制造企业；（2）2021 年度培养企业新型学徒 30 名；（3）学徒均签订了培养协议。问：学徒补贴的标准和总额分别是多少？',
        expect: noFigure(['四(一)']),
      },
      { user: '方案里全市三年要培养多少新型学徒？', expect: { cites: ['四(一)'], says: [/2\s*万|20000/] } },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v50d55',
    class: 'period',
    probes: 'hires before the plan\'s start: the period from 2019-12-02 is stated, or the plan is said not to settle it [dated]',
    periodEnd: true,
    turns: [
      {
        user: '我司 2019 年 11 月 20 日招用了就业困难人员，以工代训是 2019 年 12 月 1 日开始的。方案是 2019 年 12 月 2 日才印发的，之前那一天算不算在内？',
        expect: { oneOf: [{ says: [START] }, { says: [HONEST_NOT_SETTLED] }] },
      },
    ],
  },
  {
    id: 'v50d56',
    class: 'period',
    probes: 'an amount for a 2020 date, then "现在还来得及吗": the plan ended 2021-12-31 [dated]',
    periodEnd: true,
    turns: [
      { user: '2020 年 5 月，我厂（已参保）吸纳就业困难人员 1 名，以工代训 6 个月，岗前补贴没领，当时能拿多少？', expect: pay(1200) },
      { user: '那现在再去申请还来得及吗？', expect: ended },
    ],
  },
  {
    id: 'v50d57',
    class: 'period',
    probes: 'lawyer: a certificate on 2021-12-31 (last day) vs 2022-01-01 (a day after) [dated][two-part]',
    turns: [
      {
        user: '假设证书于 2021 年 12 月 31 日取得（方案最后一天），能否按本方案享受职业培训补贴？若推迟一天，2022 年 1 月 1 日取得呢？',
        expect: { ...ended, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v50d58',
    class: 'period',
    probes: 'hires from 2022-01-01 on: the plan had ended [dated]',
    turns: [
      {
        user: '如果是 2022 年 1 月 1 日以后才吸纳的贫困劳动力开展以工代训，还能按郑政办〔2019〕63号申请补贴吗？',
        expect: { ...ended, noAmount: 'open' },
      },
    ],
  },
  {
    id: 'v50d59',
    class: 'period',
    probes: 'lawyer: the day before the start, then the start day itself; the start date is told [dated]',
    periodEnd: true,
    turns: [
      {
        user: '2019 年 12 月 1 日（方案印发前一天）取得的职业技能等级证书，能否适用本方案的职业培训补贴？',
        expect: { says: [START], noAmount: 'unfixed' },
      },
      { user: '那 2019 年 12 月 2 日当天取得的呢？3 日印发的那个日期有影响吗？', expect: { says: [START], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v50d60',
    class: 'period',
    probes: 'a graduate asks in general what can be done now: the period and its end are said',
    turns: [
      {
        user: '您好，我是刚毕业的大学生，还没找到工作。想了解现在按这个职业技能提升行动方案，我能享受哪些培训方面的政策？',
        expect: ended,
      },
    ],
  },
  // ------------------------------------------------------------------ more, mixed
  {
    id: 'v50d61',
    class: 'unknown_reply',
    probes: 'the kind of unit is unknown ("属于企业还是……不确定"): poor labour stays open',
    periodEnd: true,
    turns: [
      {
        user: '我们帮扶的一个乡村加工点吸纳了 2 名贫困劳动力，已干了 8 个月，以工代训 5 个月，岗前补贴没领。能申请以工代训补贴吗？',
        expect: { oneOf: [askOJT, pay(2000)] },
      },
      {
        user: '它到底登记成企业、合作社还是扶贫车间，我也不确定，是村里在管。',
        expect: { oneOf: [dunnoOJT, pay(2000)] },
      },
    ],
  },
  {
    id: 'v50d62',
    class: 'several_groups',
    probes: 'HR: one row claimed the 岗前补贴 and the other did not; only the second row is paid',
    periodEnd: true,
    turns: [
      {
        user: '我司（参保企业）情况：① 就业困难人员 3 人，以工代训 4 个月，这 3 人岗前培训补贴已经领过；② 零就业家庭成员 2 人，以工代训 5 个月，岗前补贴未领。请问以工代训补贴合计？',
        expect: payNot(2000, 4400),
      },
    ],
  },
  {
    id: 'v50d63',
    class: 'correction',
    probes: 'a correction of the months of one row only ("第2项……应为") leaves the other row as it was',
    periodEnd: true,
    turns: [
      {
        user: '1. 参保企业；2. 就业困难人员 2 人，以工代训 3 个月；3. 零就业家庭成员 1 人，以工代训 3 个月；4. 均未领岗前补贴。补贴多少？',
        expect: pay(1800),
      },
      { user: '更正第 2 项：就业困难人员的以工代训应为 6 个月，第 3 项不变。', expect: payNot(3000, 3600) },
    ],
  },
  {
    id: 'v50d64',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, a stand-alone question about 1+X certificates is answered from 四(二)',
    periodEnd: true,
    turns: [
      { user: '参保企业吸纳零就业家庭成员 2 人，以工代训 2 个月，没有领过岗前补贴，补贴是多少？', expect: pay(800) },
      {
        user: '另外请问，“1+X证书制度”试点是怎么回事？技工院校的毕业生也能参加吗？',
        expect: { cites: ['四(二)'], mustNotContain: ['800'] },
      },
    ],
  },
];
