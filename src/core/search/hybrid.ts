/**
 * Hybrid search over the active index generation, ranked entirely in SQL in one statement:
 *
 * - lexical: BM25 over the precomputed postings of `lexical_terms` (bigrams, dictionary words
 *   …), reading only the query's terms — the 32 with the highest idf × weight;
 * - vector: cosine distance to the question's embedding, through the HNSW index of the
 *   embedder's dimension (exact scan for dimensions without one);
 * - fusion: each side's scores relative to its best (so both are 0..1), weighted and summed
 *   ("relative score fusion": unlike rank fusion it keeps how far ahead the leader is), then
 *   scaled by absolute evidence — the share of the question's term weight the clause
 *   contains (coverage), or a semantic embedder's cosine — so the 0..1 score also says how
 *   well the clause matches: a question the corpus does not cover scores low everywhere.
 *
 * The question is normalised (traditional → simplified, full-width → half-width) and
 * expanded with the glossary before both sides see it.
 */
import type { Db } from '../db/types.js';
import type { Log } from '../http/deps.js';
import type { Embedder } from './embedder.js';
import { toVectorLiteral } from './embedder.js';
import { queryTerms } from './lexical.js';
import { jsonValue } from './clause-store.js';
import { prepareQuery, searchDictionary } from './text.js';
import type { SearchHit, SearchService } from './types.js';

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
  /** Candidates taken from each side before fusion (default 40, HNSW's default ef_search). */
  candidates?: number;
  /**
   * Weight of the vector ranking in the fusion (the lexical one weighs 1). Default 1 for a
   * semantic (remote) embedder, 0.5 for the local one, whose hashed n-grams are a noisier
   * copy of the lexical evidence rather than meaning.
   */
  vectorWeight?: number;
  /** Whether cosine similarity counts as evidence in the score (default: remote embedders only). */
  similarityAsEvidence?: boolean;
}

interface Row {
  doc_id: string;
  clause_id: string;
  path: string[] | string;
  text: string;
  score: number | string;
}

export function searchSql(dim: number | undefined, vectorWeight: number, similarityAsEvidence: boolean): string {
  const vectorSide =
    dim === undefined
      ? // Parameters $3 and $4 are still referenced so both variants take the same list.
      `vec_n as (select null::int as seq, null::float8 as sim, null::float8 as rel where $3::text is null and $4::text is not null and false)`
      : `vec as (
           select e.seq, 1 - (e.embedding::vector(${dim}) <=> $3::text::vector(${dim})) as sim
             from embeddings e
            where e.dim = ${dim} and e.embedder = $4 and e.generation_id = (select id from g)
            order by e.embedding::vector(${dim}) <=> $3::text::vector(${dim})
            limit $5
         ),
         vec_n as (select seq, sim, sim / nullif(max(sim) over (), 0) as rel from vec where sim > 0)`;
  return `
    with g as (
      select s.active_generation as id, ig.clause_count as n
        from index_state s join index_generations ig on ig.id = s.active_generation
       where s.id = 1
    ),
    q as (select t.term, t.w from unnest($1::text[], $2::float8[]) as t(term, w)),
    known as (
      select q.w * lt.idf as wi, lt.seqs, lt.impacts
        from q join lexical_terms lt on lt.generation_id = (select id from g) and lt.term = q.term
    ),
    qt as (select * from known order by wi desc limit ${MAX_QUERY_TERMS}),
    mass as (
      -- The weight of the whole question; a term the corpus lacks counts at the highest idf.
      select sum(q.w * coalesce(lt.idf, ln(1 + ((select n from g) + 0.5) / 0.5))) as total
        from q left join lexical_terms lt on lt.generation_id = (select id from g) and lt.term = q.term
    ),
    lex as (
      select p.seq, sum(qt.wi * p.impact) as score, sum(qt.wi) as matched
        from qt cross join lateral unnest(qt.seqs, qt.impacts) as p(seq, impact)
       group by p.seq
       order by score desc
       limit $5
    ),
    lex_n as (select seq, matched, score / nullif(max(score) over (), 0) as rel from lex),
    ${vectorSide},
    fused as (
      select coalesce(l.seq, v.seq) as seq,
             (coalesce(l.rel, 0) + ${vectorWeight} * coalesce(v.rel, 0)) / ${1 + vectorWeight} as rel,
             least(1, coalesce(l.matched, 0) / nullif((select total from mass), 0)) as coverage,
             greatest(coalesce(v.sim, 0), 0) as sim
        from lex_n l full join vec_n v on l.seq = v.seq
    )
    select c.doc_id, c.clause_id, c.path, c.text,
           (f.rel * (${1 - EVIDENCE_WEIGHT} + ${EVIDENCE_WEIGHT} *
              greatest(coalesce(f.coverage, 0), ${similarityAsEvidence ? 'f.sim' : '0'})))::float8 as score
      from fused f join clauses c on c.generation_id = (select id from g) and c.seq = f.seq
     order by score desc, c.seq
     limit $6`;
}

/** SearchService over the database (see the module comment). */
export function createHybridSearch(options: HybridSearchOptions): SearchService {
  const { db, embedder, log } = options;
  const candidates = options.candidates ?? 40;
  const vectorWeight = options.vectorWeight ?? (embedder.name.startsWith('local-') ? 0.5 : 1);
  // A semantic embedder's cosine says "related" on its own; hashed n-grams' does not.
  const similarityAsEvidence = options.similarityAsEvidence ?? !embedder.name.startsWith('local-');
  if (!(vectorWeight >= 0 && vectorWeight <= 10)) throw new Error('vectorWeight must be within 0..10');
  return {
    async search(query: string, k: number): Promise<SearchHit[]> {
      const prepared = prepareQuery(query);
      const terms = queryTerms(prepared, searchDictionary());
      let vector: number[] | undefined;
      try {
        [vector] = await embedder.embed([prepared]);
      } catch (err) {
        // A remote embedder that is down degrades search to its lexical side, not to an error.
        log?.('warn', 'query embedding failed; lexical search only', { error: err instanceof Error ? err.message : String(err) });
      }
      const usable = vector && vector.some((x) => x !== 0) ? vector : undefined;
      const rows = await db.query<Row>(searchSql(usable?.length, vectorWeight, similarityAsEvidence), [
        terms.map((t) => t.term),
        terms.map((t) => t.weight),
        usable ? toVectorLiteral(usable) : null,
        embedder.name,
        Math.max(candidates, k),
        k,
      ]);
      return rows.map((r) => ({
        docId: r.doc_id,
        clause: r.clause_id,
        path: jsonValue(r.path),
        text: r.text,
        score: Math.round(Number(r.score) * 1000) / 1000,
      }));
    },
  };
}
