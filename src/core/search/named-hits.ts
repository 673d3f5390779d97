/**
 * Search over a library of several documents: every hit names its document (文号 and title),
 * and a query naming a document's 文号 gets that document's head first — the 文号 is what
 * people copy from a notice, and a ranking of shared characters may put another head first.
 */
import { namesDocNo } from '../corpus/doc-no.js';
import type { PolicyDocumentMeta } from '../corpus/types.js';
import type { ClauseStore, SearchHit, SearchOptions, SearchService } from './types.js';

/** How long the documents' names are trusted before they are read again. */
const NAMES_MAX_AGE_MS = 60_000;

/** `search` with document names and 文号 queries (see the module comment). */
export function withDocumentNames(search: SearchService, clauses: Pick<ClauseStore, 'documents' | 'get'>): SearchService {
  let names: { at: number; docs: Promise<PolicyDocumentMeta[]> } | undefined;
  const documents = (fresh = false): Promise<PolicyDocumentMeta[]> => {
    if (fresh || !names || Date.now() - names.at > NAMES_MAX_AGE_MS) {
      const docs = clauses.documents();
      const entry = { at: Date.now(), docs };
      docs.catch(() => {
        if (names === entry) names = undefined;
      });
      names = entry;
    }
    return names.docs;
  };
  return {
    async search(query: string, k: number, options?: SearchOptions): Promise<SearchHit[]> {
      let hits = await search.search(query, k, options);
      let docs = await documents();
      // A document committed since the names were read: read them again.
      if (hits.some((h) => !docs.some((d) => d.id === h.docId))) docs = await documents(true);
      const named = docs.find((d) => namesDocNo(query, d.docNo));
      if (named && !(hits[0]?.docId === named.id && hits[0].clause === 'head')) {
        const head = await clauses.get(named.id, 'head');
        if (head) {
          const top = { docId: head.docId, clause: head.clause, path: head.path, text: head.text, score: Math.max(hits[0]?.score ?? 0, 0.9) };
          hits = [top, ...hits.filter((h) => !(h.docId === head.docId && h.clause === 'head'))].slice(0, k);
        }
      }
      return hits.map((h) => {
        const doc = docs.find((d) => d.id === h.docId);
        return doc ? { ...h, docNo: doc.docNo, docTitle: doc.title } : h;
      });
    },
  };
}
