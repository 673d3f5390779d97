/**
 * What the library adds to an answer of the plan's pipeline: the 文号 of every citation's
 * document; for a dated question, that the document has ended (or was replaced) since; and,
 * for an eligibility result whose amount another document changed, that document's clause
 * cited by its 文号 — the pipeline itself quotes the main document only.
 */
import type { Composed } from '../compose-extractive.js';
import type { Citation } from '../schema.js';
import { findDocument, standingLine, standingOn, type LibraryView } from './library-view.js';

export interface NoteContext {
  today: string;
  /** The question named its date. */
  dated: boolean;
}

/** The answer with the library's notes (see the module comment). */
export function withLibraryNotes(composed: Composed, view: LibraryView, ctx: NoteContext): Composed {
  if (!composed.answered) return composed;
  let answer = composed.answer;
  const citations: Citation[] = composed.citations.map((c) => {
    const doc = view.documents.find((d) => d.id === c.docId);
    return doc ? { ...c, docNo: doc.docNo } : c;
  });
  const sources = [...composed.sourceTexts];

  // An amount set by an amending document: its clause, named by its 文号.
  const extra = new Map<string, string[]>();
  for (const r of composed.eligibility?.results ?? []) {
    if (r.status !== 'eligible') continue;
    for (const c of r.citations) {
      const doc = c.docNo ? findDocument(view, c.docNo) : undefined;
      if (!doc || citations.some((x) => x.docId === doc.id && x.clause === c.clause)) continue;
      citations.push({ docId: doc.id, clause: c.clause, quote: c.quote, title: r.title, docNo: doc.docNo });
      sources.push(c.quote);
      extra.set(doc.docNo, [...(extra.get(doc.docNo) ?? []), c.clause]);
    }
  }
  if (extra.size) answer = appendToCiteLine(answer, [...extra].map(([no, clauses]) => `${no} ${clauses.join('、')}`).join('；'));

  // A dated answer read today: the cited documents that ended or were replaced since.
  if (ctx.dated) {
    const notes: string[] = [];
    for (const id of new Set(citations.map((c) => c.docId))) {
      const doc = view.documents.find((d) => d.id === id);
      if (!doc || standingOn(view, doc, ctx.today).kind === 'in_force') continue;
      notes.push(`现状：${standingLine(view, doc, ctx.today)}`);
    }
    if (notes.length) answer = insertBeforeCiteLine(answer, notes);
  }
  return { ...composed, answer, citations, sourceTexts: sources };
}

function insertBeforeCiteLine(answer: string, lines: string[]): string {
  const all = answer.split('\n');
  const at = all.findIndex((l) => l.startsWith('依据：'));
  all.splice(at < 0 ? all.length : at, 0, ...lines);
  return all.join('\n');
}

/** `依据：郑政办〔2019〕63号 六(一)。` + `郑人社〔2020〕9901号 一` → one line naming both. */
function appendToCiteLine(answer: string, more: string): string {
  const all = answer.split('\n');
  const at = all.findIndex((l) => l.startsWith('依据：'));
  if (at < 0) return `${answer}\n依据：${more}。`;
  all[at] = `${all[at]!.replace(/。$/, '')}；${more}。`;
  return all.join('\n');
}
