/** The retrieval contract the answer pipeline, the console and `/api/search` share. */
import type { Clause } from '../corpus/types.js';

/** One ranked clause, as `/api/search` returns it. */
export interface SearchHit {
  docId: string;
  clause: string;
  path: string[];
  text: string;
  /** Fused relevance in 0..1, higher is better. */
  score: number;
  /** 文号 of the clause's document (set when the library's names are known). */
  docNo?: string;
  /** Title of the clause's document. */
  docTitle?: string;
}

export interface SearchOptions {
  /**
   * How old, in ms, the reading of which index generation is active may be (default 0: read
   * for every search). A caller that already trusts its own copy of the clauses for a while
   * (the answer pipeline, for a minute) loses nothing by accepting a second-old reading, and
   * saves a database round trip per search.
   */
  generationAgeMs?: number;
}

export interface SearchService {
  /** Hybrid (lexical + vector) search over the active index; `k` results at most. */
  search(query: string, k: number, options?: SearchOptions): Promise<SearchHit[]>;
}

/** Read access to the clauses of the active index. */
export interface ClauseStore {
  /** Every clause in document order (all documents, or one). */
  list(docId?: string): Promise<Clause[]>;
  get(docId: string, clause: string): Promise<Clause | undefined>;
  /** Metadata of the indexed documents. */
  documents(): Promise<import('../corpus/types.js').PolicyDocumentMeta[]>;
}
