/**
 * The eligibility dialogue in plain words. A message stating facts is answered with the facts
 * as read ("按您说的：企业已参保；吸纳2名就业困难人员，以工代训5个月"), so a misreading shows;
 * a reply to the last question with that one fact ("记下了：…"). While facts are missing, a
 * turn shows what is settled so far (a group's amount, a proven part) and the one next
 * question with its quick replies — not the whole summary again; the summary with each
 * result, amount first, comes at the end. No internal name reaches the text.
 */
import { ruleById } from '../rules/registry.js';
import { projectFacts } from '../rules/project.js';
import type { RuleMeta } from '../rules/engine.js';
import type { Applicant, EligibilityResponse, RuleResult } from '../rules/schema.js';
import { compactFigures, type ComposeContext, type Composed, type SourceClause } from './compose-extractive.js';
import { factsInWords, followUpFor, hireName, missingLabel, oneFactInWords } from './fact-words.js';
import type { Citation } from './schema.js';

/** Two figures with a money unit in one span of words. */
const SEVERAL_FIGURES = /[\d一二两三四五六七八九十百千]+\s*[万千亿元块][^]*?[\d一二两三四五六七八九十百千]+\s*[万千亿元块]/;

/** What an eligibility turn settled and still asks: the resolve stage's draft, composed here. */
export interface DialogueFacts {
  /** The message also asked whom to turn to (找谁办): the answer says so even mid-dialogue. */
  contact?: boolean;
  /** A second question of the same message the plan does not settle (能补多少？多久能到账): said after the case. */
  aside?: string;
  /**
   * Details of the rule asked beside the case (一年能补几次, 一线职工要占多少): the rule's own sentence,
   * its clause and a short label, said beside the verdict.
   */
  notes?: Array<{ label: string; clause: string; text: string }>;
  /** A person asked for an employer's subsidy for themselves (我个人能领以工代训不): whose it is, said. */
  unitOnly?: boolean;
  applicant: Applicant;
  response: EligibilityResponse;
  focus: RuleResult[];
  nextFact?: string;
  replied?: { path: string; value?: unknown; unknown?: boolean };
  /** The message stated facts itself: say them all back. */
  stated: boolean;
  unknown: readonly string[];
  settled: ReadonlyArray<{ index: number; amountYuan: number }>;
  /** Facts two readers read differently: the question says it wants to be sure. */
  doubted?: readonly string[];
  /** Two facts said that cannot both be true, in plain words (asked, not settled by either). */
  conflict?: string;
  /** Figures given only roughly (十几个), as typed. */
  rough?: readonly string[];
  /** A what-if (要是考高级电工呢): computed on the case with the supposed facts; the case itself is kept. */
  hypothetical?: boolean;
  /** The person doubts the amount (你刚才说的数对吗, 不是最高50万吗): the case again, with how it is computed. */
  recheck?: boolean;
  /** The case is a relative's (表弟): the facts are said back as theirs, not the asker's. */
  kin?: string;
}

export interface DialogueInput extends DialogueFacts {
  clauseText: (clause: string) => SourceClause | undefined;
  ruleInfo?: (id: string) => RuleMeta | undefined;
}

/** Fields the rules engine may add to a result: the part of an amount already proven. */
type WithPartial = RuleResult & { partialAmountYuan?: number | null; amountKind?: string };

/** Request paths the rules may name in their notes (尚缺 hires[1].preJobTrainingSubsidy). */
const PATH_IN_NOTE = /\b(?:hires|equipment|previousSubsidies)\[\d+\]\.\w+|\b[a-z]+[A-Z]\w*|\b(?:insured|entity|groups|certificate|occupation|level|student)\b/g;

/** A rule's note in plain words: any request path in it said as the fact it stands for. */
function note(r: RuleResult, applicant?: Applicant): string {
  return r.amountNote.replace(/[。；]$/, '').replace(PATH_IN_NOTE, (p) => missingLabel(p, applicant));
}

/** A rule's amount in a few words for an open result (每人每月200元，最长6个月), if it has one. */
function briefAmount(rule: RuleMeta | undefined): string | undefined {
  const a = rule?.amountRule.replace(/[。；]$/, '');
  // 可税前扣除的… = min(当年职工教育经费, 工资薪金总额 × 8%): the cap's share is the figure people ask for.
  const cap = a ? /min\([^,]+,\s*([^×)]+?)\s*×\s*(\d+(?:\.\d+)?%)\)/.exec(a) : null;
  if (cap) return `上限为${cap[1]!.trim()}的${cap[2]}`;
  if (!a || /^本方案|min\(|=/.test(a)) return undefined;
  return compactFigures(/：.*×/.test(a) ? a.slice(0, a.indexOf('：')) : a.split('；')[0]!);
}

function missingWords(paths: readonly string[], applicant: Applicant): string {
  return [...new Set(paths.map((p) => missingLabel(p, applicant)))].slice(0, 3).join('、');
}

/**
 * Rows an eligible amount leaves out, and why (其中退役军人3人不计入：…): an employer who named
 * them sees they were read and not forgotten, and asks no "why" to learn it.
 */
function leftOut(r: WithPartial): string {
  const rows = (r.trace ?? [])
    .filter((t) => t.outcome === 'not_met' && /^第\d+项（[^）]+）：/.test(t.reason ?? ''))
    .map((t) => {
      const m = /^第\d+项（([^）]+)）：([^（]+)/.exec(t.reason!)!;
      return `${m[1]!.replace(/\s+/g, '')}不计入：${m[2]!.replace(/[，,]?$/, '')}`;
    });
  return rows.length > 0 ? `其中${[...new Set(rows)].join('；')}。` : '';
}

/** One result, its point first: 可以/不符合/还差…, then the amount or the reason. */
function resultLine(r: WithPartial, applicant: Applicant, unknown: readonly string[]): string {
  if (r.status === 'eligible') {
    // A deduction lowers the taxable income: it is not money paid out, so never "可得" or "共…元".
    if (r.amountYuan !== null && r.amountKind === 'tax_deduction') return `· ${r.title}：可以税前扣除 ${r.amountYuan} 元（${note(r, applicant)}）。`;
    if (r.amountYuan !== null) return `· ${r.title}：可以，共 ${r.amountYuan} 元（${note(r, applicant)}）。${leftOut(r)}`;
    if (typeof r.partialAmountYuan === 'number' && r.amountMissing.length > 0) {
      return `· ${r.title}：可以；目前能确定的部分：${r.partialAmountYuan}元，还差${missingWords(r.amountMissing, applicant)}才能算全。`;
    }
    if (r.amountMissing.length > 0) return `· ${r.title}：可以，金额还差${missingWords(r.amountMissing, applicant)}才能算。`;
    // The plan fixes no figure (按政策、一定资金、按规定): said plainly, with what the text does say.
    const said = note(r, applicant).replace(/^本方案未定金额[：:，,]?/, '');
    if (/^本方案未定金额/.test(r.amountNote)) return `· ${r.title}：可以；本方案没有规定具体金额${said ? `，方案写的是：${said}` : ''}。`;
    // 开业4年 in 开业三年以内才能参加吗: a threshold the case was measured against is said, so a wrong premise is corrected.
    // (One line, the first: a phone answer stays short.)
    const measured = r.trace.find((t) => t.outcome === 'met' && Object.keys(t.params ?? {}).length > 0)?.reason;
    return `· ${r.title}：可以${measured ? `——${measured}` : ''}（${note(r, applicant)}）。`;
  }
  if (r.status === 'ineligible') {
    const why = r.trace.find((t) => t.outcome === 'not_met')?.reason ?? r.reasons[0] ?? '';
    // 第1项设备（高技能人才培训基地）：…, with one item only: the site's name says which.
    const one = applicant?.type === 'employer' && (applicant.equipment?.length ?? 0) <= 1;
    const plain = why.replace(/^第\d+项（[^）]*）：/, '').replace(/^第1项设备（([^）]*)）：/, one ? '$1的设备' : '第1项设备（$1）：').replace(/[。；]$/, '');
    return `· ${r.title}：不符合${plain ? `——${plain}` : ''}。`;
  }
  const open = r.missing.filter((m) => unknown.includes(m));
  // Every fact still missing is one the person said they do not know: say so once, not twice.
  const rest = open.length === 0 ? '' : open.length === r.missing.length ? '（您说不清楚）' : `（您说不清楚：${missingWords(open, applicant)}）`;
  if (typeof r.partialAmountYuan === 'number') return `· ${r.title}：目前能确定的部分：${r.partialAmountYuan}元，还差${missingWords(r.missing, applicant)}${rest}。`;
  return `· ${r.title}：还不能确定，还差${missingWords(r.missing, applicant)}${rest}。`;
}

/** The dialogue's turn. */
export function composeDialogue(input: DialogueInput, ctx: ComposeContext): Composed {
  const { applicant, focus } = input;
  const lines: string[] = [];
  const final = !input.nextFact;
  const reply = input.replied;
  if (reply && !input.stated) {
    lines.push(reply.unknown ? '好的，这一项先空着，不影响其他项的判断。' : `记下了：${oneFactInWords(reply.path, reply.value, applicant)}。`);
  }
  // Said back: the facts the rules in focus read (教材 after 项目制: not the project's sum again).
  const reads = [...new Set(focus.flatMap((r) => ruleById(r.id)?.reads ?? []))];
  const facts = factsInWords(reads.length > 0 && applicant.type === 'employer' ? projectFacts(applicant, ['entity', ...reads]) : applicant);
  // 俺表弟是残疾人: said back as the relative's (您表弟的情况：是残疾人), never as the asker's own.
  const whose = input.kin && applicant.type === 'person' ? `（您${input.kin}的情况）` : '';
  const factsSaid = whose ? facts.replace(/^您是/, '是') : facts;
  if (facts && (input.stated || final)) lines.push(input.hypothetical ? `假如是这样${whose}：${factsSaid}。` : `按您说的${whose}：${factsSaid}。`);
  // Doubted: the rule's own way of computing, so the person can check the figure against the plan.
  if (input.recheck) {
    for (const r of focus) {
      const how = r.status === 'eligible' && r.amountYuan !== null ? input.ruleInfo?.(r.id)?.amountRule : undefined;
      if (how) lines.push(`核对：${r.title}按方案的算法是 ${how}。`);
    }
  }
  // A caution the rule raises on the facts given (一线职工培训占比低于60%): said at once, whatever is still open.
  const cautions = [...new Set(focus.flatMap((r) => r.trace.filter((t) => t.outcome === 'info' && /^注意/.test(t.reason)).map((t) => t.reason.replace(/[。；]?$/, '。'))))];

  if (final) {
    const shown = focus.filter((r) => r.status !== 'ineligible');
    const excluded = focus.filter((r) => r.status === 'ineligible');
    for (const r of shown) {
      lines.push(resultLine(r, applicant, input.unknown));
    }
    lines.push(...cautions);
    // A reason is given for the rule the person asked about; for the others, a reason would
    // often rest on what they did not say (不是贫困家庭学生), so they are only named.
    if (focus.length === 1 || (excluded.length > 0 && shown.length === 0)) for (const r of excluded) lines.push(resultLine(r, applicant, input.unknown));
    else if (excluded.length > 0) lines.push(`· 不适用：${excluded.map((r) => r.title).join('、')}。`);
    if (focus.some((r) => r.status === 'needs_info')) lines.push('以上还不能确定的项，弄清楚后再告诉我，我再帮您算。');
    // A deduction is taken in the enterprise's own tax return: nothing to 申领.
    const deductionOnly = shown.length > 0 && (shown as WithPartial[]).every((r) => r.amountKind === 'tax_deduction');
    const where = deductionOnly
      ? '办理：在企业所得税申报时按规定税前扣除，可向主管税务机关咨询。'
      : applicant.type === 'employer' ? '办理：可向所在地县（市、区）人社部门咨询申领。' : '办理：可向户籍地、常住地或求职就业地的人社部门或培训机构咨询报名。';
    lines.push(ctx.hotline ? `${where}咨询电话：${ctx.hotline}。` : where);
  } else {
    lines.push(...cautions);
    // Mid-dialogue: what is settled already, then the one question.
    const partials: number[] = [];
    for (const r of focus as WithPartial[]) {
      // The part of the amount already proven, said as such — never as the whole.
      const open = r.status === 'needs_info' || (r.status === 'eligible' && r.amountYuan === null && r.amountMissing.length > 0);
      if (open && typeof r.partialAmountYuan === 'number' && r.partialAmountYuan > 0) {
        partials.push(r.partialAmountYuan);
        lines.push(`· ${r.title}：目前能确定的部分：${r.partialAmountYuan}元，其余还需了解${missingWords(r.status === 'needs_info' ? r.missing : r.amountMissing, applicant)}。`);
      }
      else if (!input.stated) continue;
      else if (r.status === 'eligible' && r.amountYuan === null && r.amountMissing.length > 0 && input.settled.length > 0) continue;
      else if (r.status === 'needs_info') {
        // The first turn names what is being worked out, and what it pays, in one line each.
        const brief = briefAmount(input.ruleInfo?.(r.id));
        // A rule any one of whose grounds suffices is still open with one ground failed
        // (开业6年, past 5年以内): that ground is said, so the asker learns the line it missed.
        const failed = r.trace.filter((t) => t.outcome === 'not_met').map((t) => t.reason);
        lines.push(`· ${r.title}${brief ? `（${brief}）` : ''}：还需确认几项情况${failed.length > 0 ? `（已知：${failed.join('；')}）` : ''}。`);
      } else if (r.status === 'eligible' || focus.length === 1) lines.push(resultLine(r, applicant, input.unknown));
    }
    if (input.settled.length > 0 && applicant.type === 'employer') {
      const done = input.settled.map((s) => `${hireName(applicant.hires?.[s.index])}可得${s.amountYuan}元`).join('；');
      const sum = input.settled.reduce((a, s) => a + s.amountYuan, 0);
      lines.push(partials.includes(sum) ? `其中已确定：${done}。` : `已确定：${done}。`);
    }
  }

  const asked = input.nextFact ? followUpFor(input.nextFact, applicant) : undefined;
  // In a relative's case the question is about them (您表弟在哪里参加培训), not the asker.
  const followUp = asked && whose && /^您(?!家)/.test(asked.question) ? { ...asked, question: asked.question.replace(/^您/, `您${input.kin}`) } : asked;
  // A rough figure is never taken as exact: say why the question comes.
  // A monthly payroll is exact but of the wrong period: 六(二)'s 8 % is of the year's total.
  const perMonth = input.rough?.length && /每月|每个月|一个月|月均|月工资|月度/.test(input.rough[0]!) && /工资/.test(input.rough[0]!);
  if (followUp && perMonth) lines.push(`您说的“${input.rough![0]}”是每月的数，扣除限额按全年工资薪金总额的8%算。`);
  // 是30万，不是80万，80万是车间的: several figures for one fact are no rough one — say which words.
  // (第一批验收过了 第二批还没验: no figure at all — the lots differ, so no one answer holds for the item.)
  else if (followUp && input.rough?.length && /验收/.test(followUp.question) && !/[\d一二两三四五六七八九十百千万]/.test(input.rough[0]!)) lines.push('您说的几批设备验收情况不一样，补助只按验收合格的设备算；请分开说每批的总值和是否验收合格。');
  else if (followUp && input.rough?.length) lines.push(SEVERAL_FIGURES.test(input.rough[0]!) ? `您说的“${input.rough[0]}”里有不止一个数，金额要按确切的一个数算。` : `您说的“${input.rough[0]}”是个大概的数，金额要按确切的数算。`);
  if (input.conflict) lines.push(`有两处对不上：${input.conflict}请再确认一下。`);
  else if (followUp && input.doubted?.includes(followUp.fact)) lines.push('有一处我没读准，想跟您确认一下。');
  if (followUp) {
    const quick = followUp.options.length > 0 && followUp.options.length <= 8 ? `（可回复：${followUp.options.map((o) => o.label).join(' / ')}）` : '';
    lines.push(`请问：${followUp.question}${quick}`);
  }

  // Cite what supports this turn: the results stated, or the rule whose fact is asked.
  const cited = final ? focus : focus.filter((r) => r.status !== 'needs_info' ? input.stated : r.missing.includes(input.nextFact ?? ''));
  const clauses: string[] = [];
  const citations: Citation[] = [];
  const sourceTexts: string[] = [];
  for (const r of cited.length > 0 ? cited : focus) {
    for (const c of r.citations) {
      if (c.docNo && c.docNo !== ctx.docNo) continue; // another document's clause: cited by the library's notes
      const src = input.clauseText(c.clause);
      if (!src) continue;
      if (!clauses.includes(c.clause)) {
        clauses.push(c.clause);
        sourceTexts.push(src.text);
      }
      if (!citations.some((x) => x.clause === c.clause && x.quote === c.quote)) citations.push({ docId: src.docId, clause: c.clause, quote: c.quote, title: r.title });
    }
  }
  if (clauses.length > 0) lines.push(`依据：${ctx.docNo} ${clauses.join('、')}。`);
  // A said-back of one short fact (按您说的：想创业。) shares its line with the verdict, so the
  // first line a phone shows already answers.
  const said = lines.findIndex((l) => l.startsWith('按您说的：'));
  if (said >= 0 && lines[said]!.length < 14 && lines[said + 1]?.startsWith('· ')) lines.splice(said, 2, `${lines[said]}${lines[said + 1]!.slice(2)}`);
  return {
    answer: lines.join('\n'),
    answered: true,
    citations,
    sourceTexts,
    eligibility: input.response,
    ...(followUp ? { followUp } : {}),
  };
}
