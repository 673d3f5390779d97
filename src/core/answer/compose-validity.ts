/**
 * Answers whether the plan, or one of its subsidies, can still be claimed (现在还能申请吗,
 * 还有效吗, 过期了没): no — the plan ran 2019-12-02 to 2021-12-31 and has ended, so nothing new is
 * claimed under it; what it said on the subject, in one line with its clause; and where to ask
 * about the policy in force now. The point first, short enough for a phone.
 */
import type { RuleMeta } from '../rules/engine.js';
import type { ComposeContext, Composed, SourceClause } from './compose-extractive.js';
import { pickPassage, sentencesOf } from './fragments.js';
import { periodEnded } from './period.js';
import type { Citation } from './schema.js';

export interface ValidityInput {
  /** What the subject was asked as (the last lookup's words when the question leans back). */
  query: string;
  /** The clause the subject stands in. */
  clause?: SourceClause;
  /** The rule of the subject, when it has one (its quotes are the lines to choose from). */
  rule?: RuleMeta;
  /** Clause text by id (a rule's quotes may sit in other clauses). */
  clauseText: (clause: string) => SourceClause | undefined;
}

/** The one line the plan said on the subject, and its citation. */
function whatItSaid(input: ValidityInput): { line: string; citation: Citation; source: SourceClause } | undefined {
  const { rule, clause } = input;
  const quotes = (rule?.citations ?? [])
    .map((c) => ({ ...c, src: c.clause === clause?.clause ? clause : input.clauseText(c.clause) }))
    .filter((c): c is typeof c & { src: SourceClause } => Boolean(c.src));
  if (rule && quotes.length > 0) {
    // One sentence, the one answering best (narrowed for a phone): this line is a reminder.
    const picks = quotes.map((q) => ({ q, p: pickPassage(input.query, [q.quote], { ignoreTerms: [rule.title], maxChars: 70 }) }));
    const { q, p } = picks.reduce((a, b) => (b.p.score > a.p.score ? b : a));
    return { line: `方案当时规定：【${rule.title}】${p.text.replace(/。$/, '')}（${q.clause}）。`, citation: { docId: q.src.docId, clause: q.clause, quote: p.quotes[0] ?? q.quote }, source: q.src };
  }
  if (!clause) return undefined;
  const p = pickPassage(input.query, sentencesOf(clause.text), { maxChars: 70, maxTotal: 90, headingFirst: true });
  if (!p.text) return undefined;
  return { line: `方案当时规定：${p.text.replace(/。$/, '')}（${clause.clause}）。`, citation: { docId: clause.docId, clause: clause.clause, quote: p.quotes.join('；') }, source: clause };
}

/** The answer to "can it still be claimed?". */
export function composeValidity(input: ValidityInput, ctx: ComposeContext & { head?: SourceClause }): Composed {
  const said = whatItSaid(input);
  const lines = [`不能再按本方案新申请了：${periodEnded()}。`];
  if (said) lines.push(said.line);
  else lines.push('想了解某项补贴当时的规定，可以直接问，如“以工代训补贴多少钱”。');
  lines.push(`现在：现行政策请向当地人社部门咨询${ctx.hotline ? `，咨询电话：${ctx.hotline}` : ''}。`);
  const citations: Citation[] = said ? [said.citation] : ctx.head ? [{ docId: ctx.head.docId, clause: 'head', quote: ctx.docNo }] : [];
  lines.push(`依据：${ctx.docNo} ${said ? said.citation.clause : 'head'}。`);
  return { answer: lines.join('\n'), answered: true, citations, sourceTexts: said ? [said.source.text] : ctx.head ? [ctx.head.text] : [] };
}
