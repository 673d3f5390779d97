/**
 * The extractive composer: answers in plain, short Chinese (read on a phone) from the clauses
 * and the rules alone, no model. A lookup states the rule in one line with its figures, the
 * conditions, what to do next and the citation; an eligibility answer gives each result with
 * its amount and asks for the one fact that settles the most; a decline says so politely and
 * says what the assistant can help with. Every figure is verbatim clause text or rules output.
 */
import type { RuleMeta } from '../rules/engine.js';
import { describeFact } from '../rules/facts.js';
import { PERSON_GROUPS, type Applicant, type EligibilityResponse, type RuleResult } from '../rules/schema.js';
import { pickExcerpt } from './fragments.js';
import type { OutOfScopeReason } from './router.js';
import type { Citation, FollowUp } from './schema.js';

/** A composed answer and what backs it. */
export interface Composed {
  answer: string;
  answered: boolean;
  citations: Citation[];
  /** Full text of each cited clause: what the numbers check accepts figures from. */
  sourceTexts: string[];
  eligibility?: EligibilityResponse;
  followUp?: FollowUp;
}

/** A clause as the composer needs it. */
export interface SourceClause {
  docId: string;
  clause: string;
  text: string;
}

export interface ComposeContext {
  /** 文号 of the document, e.g. 郑政办〔2019〕63号. */
  docNo: string;
  hotline?: string;
}

/** The next step, by who is asking. */
function nextStep(audience: 'person' | 'employer' | undefined, ctx: ComposeContext): string {
  const where =
    audience === 'employer'
      ? '办理：可向所在地县（市、区）人社部门咨询申领。'
      : audience === 'person'
        ? '办理：可向户籍地、常住地或求职就业地的人社部门或培训机构咨询报名。'
        : '办理：可向当地人社部门咨询。';
  return ctx.hotline ? `${where}咨询电话：${ctx.hotline}。` : where;
}

function citeLine(clauses: readonly string[], ctx: ComposeContext): string {
  return `依据：${ctx.docNo} ${[...new Set(clauses)].join('、')}。`;
}

// ---------------------------------------------------------------------------------------------
// Lookup
// ---------------------------------------------------------------------------------------------

export interface LookupInput {
  question: string;
  /** The clause answering it (the topic's clause, or the best search hit). */
  main: SourceClause;
  /** The rule behind the topic, when the question names one. */
  rule?: RuleMeta;
  /** A follow-up gets the direct answer only, not the conditions again. */
  brief?: boolean;
  extraTerms?: readonly string[];
}

export function composeLookup(input: LookupInput, ctx: ComposeContext): Composed {
  const { question, main, rule } = input;
  // A rule's quotes are the verbatim sentences of the clause that state it: the best place to
  // look first; the whole clause when the rule has none here.
  const quotes = rule?.citations.filter((c) => c.clause === main.clause).map((c) => c.quote) ?? [];
  const from = quotes.length > 0 ? quotes.join('；') : main.text;
  const excerpt = pickExcerpt(question, from, {
    ...(input.extraTerms ? { extraTerms: input.extraTerms } : {}),
    ...(rule && quotes.length > 1 ? { ignoreTerms: [rule.title] } : {}),
  });
  const lines: string[] = [];
  lines.push(rule ? `【${rule.title}】${excerpt}` : excerpt);
  if (rule && !input.brief) {
    // The amount in plain words, unless it is a formula (those stay in /api/subsidies).
    if (!/min\(|=/.test(rule.amountRule)) lines.push(`金额：${rule.amountRule.replace(/[。；]$/, '')}。`);
    const conditions = rule.requirements.slice(0, 3).map((r) => r.replace(/[。；;]$/, ''));
    if (conditions.length > 0) lines.push(`条件：${conditions.join('；')}。`);
  }
  if (!input.brief) lines.push(nextStep(rule?.audience, ctx));
  lines.push(citeLine([main.clause], ctx));
  const citations: Citation[] = [{ docId: main.docId, clause: main.clause, quote: excerpt.replace(/。$/, '') }];
  return { answer: lines.join('\n'), answered: true, citations, sourceTexts: [main.text] };
}

// ---------------------------------------------------------------------------------------------
// The document itself: 文号, issuer, dates, period
// ---------------------------------------------------------------------------------------------

/** Questions about the document rather than a clause: 文号是什么, 哪个部门发的, 什么时候印发, 有效期. */
export const DOCUMENT_QUESTION = /(啥|什么)时候(发|印发|出台)|几月几号|发的文|督办|文号|发文字号|哪个(部门|单位)(发|印发|出台|制定)|谁(发|印发|出台|制定)的|发文(机关|单位)|什么时候(发|印发|出台|发布|施行|生效|实施|结束|到期)|印发(日期|时间)|成文(日期|时间)|发布(日期|时间)|有效期|实施期|哪年到哪年|截止|到期|还有效吗|过期|主办|抄送|文件名|叫什么(文件|名字)/;

export interface DocumentFacts {
  docId: string;
  title: string;
  docNo: string;
  issuer: string;
  issued: string;
  printed?: string;
  period: { from: string; to: string };
}

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Answers a question about the document from its metadata, citing the head (and tail) clause. */
export function composeDocumentInfo(question: string, doc: DocumentFacts, head: SourceClause | undefined, tail: SourceClause | undefined, ctx: ComposeContext): Composed {
  const lines: string[] = [];
  const wantsDates = /时候|日期|时间|几月|几号|有效期|实施期|哪年|截止|到期|有效吗|过期/.test(question);
  lines.push(`《${doc.title}》文号为${doc.docNo}，由${doc.issuer}印发。`);
  if (wantsDates) {
    lines.push(
      `成文日期${chineseDate(doc.issued)}${doc.printed ? `，${chineseDate(doc.printed)}印发` : ''}；实施期为${doc.period.from.slice(0, 4)}—${doc.period.to.slice(0, 4)}年（${doc.period.from} 至 ${doc.period.to}）。`,
    );
  }
  const aboutTail = /主办|抄送|督办/.test(question);
  if (aboutTail && tail) lines.push(finishLine(tail.text.slice(0, 80)));
  const cited = [head, aboutTail ? tail : undefined].filter((c): c is SourceClause => Boolean(c));
  lines.push(citeLine(cited.length > 0 ? cited.map((c) => c.clause) : ['head'], ctx));
  return {
    answer: lines.join('\n'),
    answered: true,
    citations: cited.map((c) => ({ docId: c.docId, clause: c.clause, quote: c.clause === 'head' ? doc.docNo : c.text.slice(0, 80) })),
    sourceTexts: [...cited.map((c) => c.text), doc.docNo, doc.issued, doc.printed ?? '', doc.period.from, doc.period.to],
  };
}

function finishLine(s: string): string {
  const t = s.trim().replace(/[，,；;：:、\s]+$/, '');
  return /[。！？]$/.test(t) ? t : `${t}。`;
}

// ---------------------------------------------------------------------------------------------
// Eligibility
// ---------------------------------------------------------------------------------------------

export interface EligibilityInput {
  applicant: Applicant;
  response: EligibilityResponse;
  /** The results the question is about (a subset of response.results, in order). */
  focus: RuleResult[];
  /** The fact to ask next, if any result is still open. */
  nextFact?: string;
  /** Text of each clause the results cite, by clause id. */
  clauseText: (clause: string) => SourceClause | undefined;
}

/** The asker's situation in a few words: 退役军人 / 吸纳建档立卡贫困劳动力 6 人. */
function situation(a: Applicant): string {
  if (a.type === 'person') {
    const groups = (a.groups ?? []).map((g) => PERSON_GROUPS[g]);
    return groups.join('、');
  }
  const hires = (a.hires ?? [])
    .filter((h) => h.group)
    .map((h) => `吸纳${PERSON_GROUPS[h.group!]}${h.count !== undefined ? ` ${h.count} 人` : ''}`);
  return hires.join('、');
}

function resultLine(r: RuleResult): string {
  if (r.status === 'eligible') {
    const amount = r.amountYuan !== null ? `，可得 ${r.amountYuan} 元（${r.amountNote.replace(/[。；]$/, '')}）` : `（${r.amountNote.replace(/[。；]$/, '')}）`;
    return `· ${r.title}：符合条件${amount}。`;
  }
  if (r.status === 'ineligible') {
    const why = r.trace.find((t) => t.outcome === 'not_met')?.reason ?? r.reasons[0] ?? '';
    return `· ${r.title}：不符合${why ? `——${why.replace(/^第\d+项（[^）]*）：/, '').replace(/[。；]$/, '')}` : ''}。`;
  }
  const labels = r.missing
    .map((m) => describeFact(m)?.label)
    .filter((l): l is string => Boolean(l));
  const need = [...new Set(labels)].slice(0, 3).join('、');
  return `· ${r.title}：还需确认${need ? need : '几项情况'}。`;
}

/** The follow-up question for a missing fact, with quick replies to tap. */
export function followUpFor(path: string): FollowUp | undefined {
  const d = describeFact(path);
  if (!d) return undefined;
  return { fact: path, question: d.question, options: d.options.map((o) => ({ label: o.label, value: o.label })) };
}

export function composeEligibility(input: EligibilityInput, ctx: ComposeContext): Composed {
  const { applicant, response, focus } = input;
  const who = situation(applicant);
  const lines: string[] = [];
  lines.push(who ? `按您说的情况（${who}）：` : '按您说的情况：');
  const shown = focus.filter((r) => r.status !== 'ineligible');
  const excluded = focus.filter((r) => r.status === 'ineligible');
  for (const r of shown) lines.push(resultLine(r));
  // Ineligible results in one line when several, so the answer stays short.
  if (excluded.length === 1 || (excluded.length > 0 && shown.length === 0)) for (const r of excluded) lines.push(resultLine(r));
  else if (excluded.length > 1) lines.push(`· 不适用：${excluded.map((r) => r.title).join('、')}。`);
  if (!response.policy.inForce) {
    // The engine's full warning is in `eligibility.warnings`; the phone answer says it in one line.
    lines.push(
      response.asOf > response.policy.period.to
        ? `提示：本方案实施期到${response.policy.period.to.slice(0, 4)}年底，现已结束，以上仅供参考，现行政策请咨询当地人社部门。`
        : '提示：查询日期早于本方案施行，以上仅供参考。',
    );
  }

  const followUp = input.nextFact ? followUpFor(input.nextFact) : undefined;
  if (followUp) {
    const quick = followUp.options.length > 0 && followUp.options.length <= 6 ? `（可回复：${followUp.options.map((o) => o.label).join(' / ')}）` : '';
    lines.push(`请问：${followUp.question}${quick}`);
  } else {
    lines.push(nextStep(applicant.type, ctx));
  }

  const clauses: string[] = [];
  const citations: Citation[] = [];
  const sourceTexts: string[] = [];
  for (const r of focus) {
    for (const c of r.citations) {
      const src = input.clauseText(c.clause);
      if (!clauses.includes(c.clause)) {
        clauses.push(c.clause);
        if (src) sourceTexts.push(src.text);
      }
      if (src && !citations.some((x) => x.clause === c.clause && x.quote === c.quote)) {
        citations.push({ docId: src.docId, clause: c.clause, quote: c.quote });
      }
    }
  }
  if (clauses.length > 0) lines.push(citeLine(clauses, ctx));
  return {
    answer: lines.join('\n'),
    answered: true,
    citations,
    sourceTexts,
    eligibility: response,
    ...(followUp ? { followUp } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Declines and resets
// ---------------------------------------------------------------------------------------------

const HELP =
  '我可以帮您：查询郑州市职业技能提升行动（郑政办〔2019〕63号）的政策条款，如以工代训补贴、职业培训补贴、实训设备补助；' +
  '也可以按您的情况（如退役军人、贫困劳动力、企业吸纳就业）判断能享受哪些补贴。例如问：“以工代训补贴多少钱？”';

const DECLINE: Record<OutOfScopeReason, string> = {
  injection: '抱歉，我只能依据郑州市职业技能提升行动方案回答政策问题，不能改变这一设定。',
  weather: '抱歉，天气等生活信息不在我能回答的范围内。',
  other_city: '抱歉，我只了解郑州市的职业技能提升政策，其他地方的规定请咨询当地人社部门。',
  chitchat: '您好！我是郑州市职业技能提升政策助手，闲聊恐怕帮不上忙。',
  not_covered: '抱歉，郑州市职业技能提升行动方案里没有找到与这个问题相关的规定。',
};

export function composeDecline(reason: OutOfScopeReason, ctx: ComposeContext): Composed {
  const lines = [DECLINE[reason], HELP];
  if (ctx.hotline) lines.push(`如需人工帮助，请拨打 ${ctx.hotline}。`);
  return { answer: lines.join('\n'), answered: false, citations: [], sourceTexts: [] };
}

export function composeReset(ctx: ComposeContext): Composed {
  return {
    answer: `好的，已重新开始，之前提供的情况都已清除。\n${HELP}`,
    answered: true,
    citations: [],
    sourceTexts: [ctx.docNo],
  };
}
