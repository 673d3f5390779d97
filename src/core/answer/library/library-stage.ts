/**
 * The library's turn in the pipeline, before the plan's: questions about the documents
 * themselves (library-answers.ts), and a lookup whose best clause belongs to another document
 * than the main one — answered from that clause, named by its 文号 and with where its document
 * stands. The plan's pipeline answers everything else, from the main document.
 */
import type { AppDeps } from '../../deps.js';
import type { RuleMeta } from '../../rules/engine.js';
import type { SearchHit } from '../../search/types.js';
import { covers } from '../clause-index.js';
import type { Composed } from '../compose-extractive.js';
import { pickPassage, sentencesOf } from '../fragments.js';
import { topicsIn } from '../topics.js';
import { answerFromLibrary, documentAnswer } from './library-answers.js';
import { standingLine, type LibraryView } from './library-view.js';

export interface LibraryStageInput {
  /** The question, normalised. */
  text: string;
  asOf?: string;
  today: string;
  /** The main document (the one the rules and topics belong to). */
  main: { docId: string; docNo: string };
  catalogue: ReadonlyMap<string, RuleMeta>;
}

/** The library's answer, or undefined to let the plan's pipeline answer. */
export async function libraryStage(deps: Pick<AppDeps, 'search'>, view: LibraryView, input: LibraryStageInput): Promise<Composed | undefined> {
  const own = answerFromLibrary({ text: input.text, mainDocNo: input.main.docNo, today: input.today, ...(input.asOf ? { asOf: input.asOf } : {}), withFacts: false, catalogue: input.catalogue }, view);
  if (own || view.documents.length < 2) return own;
  // 培训月活动的通知什么时候印发的: another document named by its title, asked about itself.
  const named = view.documents.filter((d) => d.id !== input.main.docId && namesOwnTitle(input.text, view, d.id, input.main.docId));
  if (named.length === 1 && ABOUT_DOCUMENT.test(input.text)) return documentAnswer(view, named[0]!, input.today);
  const hits = await deps.search.search(input.text, 3);
  const top = hits[0];
  if (!top || top.docId === input.main.docId || !covers(input.text, top.text, top.score)) return undefined;
  // 这个文件文号多少 means the main document; another one's head or 版记 needs its own name.
  if (METADATA_CLAUSES.has(top.clause) && !namesOwnTitle(input.text, view, top.docId, input.main.docId)) return undefined;
  // A question about one of the plan's subsidies stays with the plan while the plan has a say.
  if (topicsIn(input.text).length > 0 && hits.some((h) => h.docId === input.main.docId && covers(input.text, h.text, h.score))) return undefined;
  return clauseAnswer(input.text, top, view, input.today);
}

/** Asks about a document itself: its 文号, issuer, dates. */
const ABOUT_DOCUMENT = /文号|发文字号|印发|成文|发布|下发|发文|哪个(单位|部门)发|谁发的|什么时候(发|出)|施行期|实施期|有效期/;

/** Clauses that hold what a document says about itself rather than policy. */
const METADATA_CLAUSES = new Set(['head', 'tail', 'signature']);

/** Whether the text names the document by words of its title the main document's title lacks. */
function namesOwnTitle(text: string, view: LibraryView, docId: string, mainId: string): boolean {
  const title = view.documents.find((d) => d.id === docId)?.title ?? '';
  const mainTitle = view.documents.find((d) => d.id === mainId)?.title ?? '';
  const plain = text.replace(/\s+/g, '');
  for (let i = 0; i + 4 <= title.length; i++) {
    const run = title.slice(i, i + 4);
    if (!/[（）()]/.test(run) && !mainTitle.includes(run) && plain.includes(run)) return true;
  }
  return false;
}

/** The passage of another document's clause that answers the question, with its 文号. */
function clauseAnswer(question: string, hit: SearchHit, view: LibraryView, today: string): Composed | undefined {
  const doc = view.documents.find((d) => d.id === hit.docId);
  if (!doc) return undefined;
  const passage = pickPassage(question, sentencesOf(hit.text), { headingFirst: true });
  if (!passage.text) return undefined;
  const lines = [`据${doc.docNo}《${doc.title}》${hit.clause}：${passage.text}`, standingLine(view, doc, today), `依据：${doc.docNo} ${hit.clause}。`];
  return {
    answer: lines.join('\n'),
    answered: true,
    citations: [{ docId: doc.id, clause: hit.clause, quote: passage.quotes[0] ?? passage.text, docNo: doc.docNo }],
    sourceTexts: [hit.text, doc.docNo, doc.period.from, doc.period.to],
  };
}
