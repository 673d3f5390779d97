/**
 * Hybrid search over the active index generation, ranked in one SQL statement
 * (the function `search_clauses` of migration 008) or, for a small generation, the same ranking
 * in memory:
 *
 * - lexical: BM25 over the precomputed postings of `lexical_terms` (bigrams, dictionary words
 *   …), reading only the query's terms — the 32 with the highest idf × weight;
 * - vector: cosine distance to the question's embedding, through the HNSW index of the
 *   embedder's dimension (exact scan for dimensions without one), searched with an
 *   ef_search of 128, which finds ~97 % of an exact search's top 10 at 20 000 clauses;
 * - fusion: each side's scores relative to its best (so both are 0..1), weighted and summed
 *   ("relative score fusion": unlike rank fusion it keeps how far ahead the leader is), then
 *   scaled by absolute evidence — the share of the question's term weight the clause
 *   contains (coverage), or a semantic embedder's cosine — so the 0..1 score also says how
 *   well the clause matches: a question the corpus does not cover scores low everywhere.
 *
 * The question is normalised (traditional → simplified, full-width → half-width) and
 * expanded with the glossary before both sides see it.
 *
 * Every search first reads which generation is active (one primary-key read; a caller may
 * accept a reading up to `generationAgeMs` old instead, see SearchOptions, which is dropped
 * as soon as this process activates a new generation: db/activation.ts). Results are
 * cached per (normalised question, k) and generation (result-cache.ts): a repeated question
 * costs that read and nothing more, and a new generation (ingest) makes every older entry
 * unreachable. A generation of up to `memoryIndexMaxClauses` clauses is copied into memory
 * once and ranked there with the same arithmetic (memory-index.ts); larger ones are ranked by
 * the SQL function.
 */
import type { Db } from '../db/types.js';
import type { Log } from '../log.js';
import type { Embedder } from './embedder.js';
import { roundForLiteral, toVectorLiteral } from './embedder.js';
import { queryTerms } from './lexical.js';
import { jsonValue } from './clause-store.js';
import { onGenerationActivated } from '../db/activation.js';
import { createSharedRead } from '../db/shared-read.js';
import { createSearchResultCache } from './result-cache.js';
import { DEFAULT_MEMORY_INDEX_MAX_CLAUSES, loadMemoryIndex, searchMemoryIndex, type MemoryIndex } from './memory-index.js';
import { prepareQuery, searchDictionary } from './text.js';
import type { SearchHit, SearchOptions, SearchService } from './types.js';

/**
 * How much absolute evidence scales the relative score: score = rel × (1 − E + E × evidence),
 * so the best clause of a question the corpus does not cover still scores low.
 */
export const EVIDENCE_WEIGHT = 0.7;
/** Query terms read from the lexical index (highest weight × idf first). */
const MAX_QUERY_TERMS = 32;

export interface HybridSearchOptions {
  db: Db;
  embedder: Embedder;
  log?: Log;
  /** Candidates taken from each side before fusion (default 40). */
  candidates?: number;
  /**
   * Weight of the vector ranking in the fusion (the lexical one weighs 1). Default 1 for a
   * semantic (remote) embedder, 0.5 for the local one, whose hashed n-grams are a noisier
   * copy of the lexical evidence rather than meaning.
   */
  vectorWeight?: number;
  /** Whether cosine similarity counts as evidence in the score (default: remote embedders only). */
  similarityAsEvidence?: boolean;
  /** Hits (clauses) the result cache holds, all questions together (default 5 000 ≈ 5 MB; 0 turns it off). */
  cacheHits?: number;
  /**
   * Generations of at most this many clauses are ranked in memory (default 300, ~50 KB of
   * heap per clause held; 0: always in SQL).
   */
  memoryIndexMaxClauses?: number;
  /**
   * Lets the searches of one event-loop turn share their reading of the active generation
   * (db/shared-read.ts): runs its callback after the turn (`setImmediate` under Node). Only
   * where one database handle serves every request: not on Workers.
   */
  endOfTurn?: (run: () => void) => void;
}

interface Row {
  doc_id: string;
  clause_id: string;
  path: string[] | string;
  text: string;
  score: number | string;
  generation: number | string;
}

/**
 * The active generation: read first by every search. A single-row primary-key read; a join
 * for the generation's size here cost four times as much on the embedded database (planning
 * in WebAssembly), so the size is read once per generation instead.
 */
const ACTIVE_GENERATION_SQL = 'select active_generation as generation from index_state where id = 1';
const GENERATION_SIZE_SQL = 'select clause_count from index_generations where id = $1';

/**
 * The search statement: one call of `search_clauses` (migration 008), whose PL/pgSQL body
 * holds the ranking described above. A function rather than a statement sent each time
 * because its plans are made once per connection and reused; planning the statement on
 * every call cost as much as running it.
 */
export const SEARCH_SQL = `select doc_id, clause_id, path, text, score, generation
  from search_clauses($1::text[], $2::float8[], $3::text::vector, $4::text, $5::int, $6::int, $7::int, $8::float8, $9::float8, $10::boolean)`;

/** SearchService over the database (see the module comment). */
export function createHybridSearch(options: HybridSearchOptions): SearchService {
  const { db, embedder, log } = options;
  const candidates = options.candidates ?? 40;
  const vectorWeight = options.vectorWeight ?? (embedder.name.startsWith('local-') ? 0.5 : 1);
  // A semantic embedder's cosine says "related" on its own; hashed n-grams' does not.
  const similarityAsEvidence = options.similarityAsEvidence ?? !embedder.name.startsWith('local-');
  if (!(vectorWeight >= 0 && vectorWeight <= 10)) throw new Error('vectorWeight must be within 0..10');
  const cacheHits = options.cacheHits ?? 5000;
  const cache = cacheHits > 0 ? createSearchResultCache(cacheHits) : undefined;
  const memoryMax = options.memoryIndexMaxClauses ?? DEFAULT_MEMORY_INDEX_MAX_CLAUSES;
  // Clause count of the generation last seen (a generation never changes once active).
  let size: { generation: number; clauses: Promise<number> } | undefined;
  const sizeOf = (generation: number): Promise<number> => {
    if (size?.generation !== generation) {
      const clauses = db
        .query<{ clause_count: number | string }>(GENERATION_SIZE_SQL, [generation])
        .then((rows) => (rows[0] ? Number(rows[0].clause_count) : Infinity));
      clauses.catch(() => {
        if (size?.clauses === clauses) size = undefined;
      });
      size = { generation, clauses };
    }
    return size.clauses;
  };
  // The one generation held in memory (a promise, so concurrent first searches load it once).
  let memory: { generation: number; index: Promise<MemoryIndex | undefined> } | undefined;
  const memoryIndex = (generation: number): Promise<MemoryIndex | undefined> => {
    if (memory?.generation !== generation) {
      const index = loadMemoryIndex(db, generation, embedder.name).catch((err: unknown) => {
        // A failed read is retried by the next search; this one is ranked in SQL.
        if (memory?.index === index) memory = undefined;
        log?.('warn', 'search index not loaded into memory; searching in SQL', { error: err instanceof Error ? err.message : String(err) });
        return undefined;
      });
      memory = { generation, index };
    }
    return memory.index;
  };

  // The last reading of the active generation, for callers that accept one a little old.
  let lastRead: { at: number; generation: Promise<number | undefined> } | undefined;
  const readGeneration = (): Promise<number | undefined> => {
    const generation = db
      .query<{ generation: number | string | null }>(ACTIVE_GENERATION_SQL)
      .then(([state]) => (state?.generation == null ? undefined : Number(state.generation)));
    const read = { at: Date.now(), generation };
    generation.catch(() => {
      if (lastRead === read) lastRead = undefined;
    });
    lastRead = read;
    return generation;
  };
  // This process made another generation active: no search may go on with the old reading.
  onGenerationActivated(db, () => {
    lastRead = undefined;
  });
  const freshGeneration = options.endOfTurn ? createSharedRead(options.endOfTurn, readGeneration) : readGeneration;
  const activeGeneration = (maxAgeMs: number): Promise<number | undefined> => {
    if (maxAgeMs > 0 && lastRead && Date.now() - lastRead.at <= maxAgeMs) return lastRead.generation;
    return freshGeneration();
  };

  return {
    async search(query: string, k: number, options: SearchOptions = {}): Promise<SearchHit[]> {
      const prepared = prepareQuery(query);
      const key = `${k}\u0000${prepared}`;
      const generation = await activeGeneration(options.generationAgeMs ?? 0);
      if (generation === undefined) return [];
      const cached = cache?.get(key, generation);
      if (cached) return cached;

      const terms = queryTerms(prepared, searchDictionary());
      let vector: number[] | undefined;
      let degraded = false;
      try {
        [vector] = await embedder.embed([prepared]);
      } catch (err) {
        // A remote embedder that is down degrades search to its lexical side, not to an error
        // (and such a result is not cached: the next call tries the embedder again).
        degraded = true;
        log?.('warn', 'query embedding failed; lexical search only', { error: err instanceof Error ? err.message : String(err) });
      }
      const usable = vector && vector.some((x) => x !== 0) ? vector : undefined;
      const index = memoryMax > 0 && (await sizeOf(generation)) <= memoryMax ? await memoryIndex(generation) : undefined;
      const rows: Row[] = index
        ? searchMemoryIndex(index, {
            terms: terms.map((t) => t.term),
            weights: terms.map((t) => t.weight),
            // The components as the SQL receives them: the literal's rounding (a number printed
            // and read back is the same number), then float32.
            vector: usable ? roundForLiteral(usable) : null,
            candidates: Math.max(candidates, k),
            k,
            maxTerms: MAX_QUERY_TERMS,
            vectorWeight,
            evidenceWeight: EVIDENCE_WEIGHT,
            similarityEvidence: similarityAsEvidence,
          })
        : await db.query<Row>(SEARCH_SQL, [
            terms.map((t) => t.term),
            terms.map((t) => t.weight),
            usable ? toVectorLiteral(usable) : null,
            embedder.name,
            Math.max(candidates, k),
            k,
            MAX_QUERY_TERMS,
            vectorWeight,
            EVIDENCE_WEIGHT,
            similarityAsEvidence,
          ]);
      const hits = rows.map((r) => ({
        docId: r.doc_id,
        clause: r.clause_id,
        path: jsonValue<string[]>(r.path),
        text: r.text,
        score: Math.round(Number(r.score) * 1000) / 1000,
      }));
      // No rows, no generation to key them by: an empty result is simply not cached.
      if (cache && !degraded && rows[0]) cache.set(key, Number(rows[0].generation), hits);
      return hits;
    },
  };
}
