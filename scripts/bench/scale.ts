/**
 * The scale run, on a PostgreSQL server: the service's own ingest and hybrid search over a
 * small corpus (~100 clauses) and a large synthetic one (≥ 20 000 clauses made from the real
 * plan), each in a throw-away schema; search latency at both sizes; and the HNSW index's
 * recall@10 against exact (sequential-scan) nearest neighbours, with the same vector query
 * the search runs.
 */
import { createPostgresDb } from '../../src/core/db/postgres.js';
import type { Db } from '../../src/core/db/types.js';
import type { PolicyDocument } from '../../src/core/corpus/types.js';
import { parseDocument } from '../../src/core/corpus/parse.js';
import { migrate } from '../../src/core/db/migrate.js';
import { ingest } from '../../src/core/index/ingest.js';
import { createLocalEmbedder, toVectorLiteral, type Embedder } from '../../src/core/search/embedder.js';
import { createHybridSearch } from '../../src/core/search/hybrid.js';
import { prepareQuery } from '../../src/core/search/text.js';
import { loadCorpus } from '../../src/node/corpus-fs.js';
import { loadMigrations } from '../../src/node/migrations-fs.js';
import { QUESTIONS } from '../../test/eval/questions.js';
import { quantile } from './load.js';
import { syntheticCorpus } from './synthetic.js';

/** The local test database `.ci/run` creates; used when DATABASE_URL is not set. */
export const LOCAL_TEST_URL = 'postgres://zz_test:zz_test@127.0.0.1:5432/zz_test';

/** DATABASE_URL, else the local test database when it answers; undefined when neither does. */
export async function serverUrlForBench(): Promise<string | undefined> {
  const candidates = [process.env.DATABASE_URL?.trim(), LOCAL_TEST_URL].filter((u): u is string => !!u);
  for (const url of candidates) {
    const db = createPostgresDb(url, { max: 1, connectTimeout: 3 });
    try {
      const [row] = await db.query<{ v: string | null }>(`select extversion as v from pg_extension where extname = 'vector'`);
      if (row?.v) return url;
      console.log(`(${new URL(url).host}${new URL(url).pathname}: pgvector not created in that database; skipped)`);
    } catch {
      // not reachable
    } finally {
      await db.close();
    }
  }
  return undefined;
}

/** `url` with a search path of `schema, public` (postgres.js passes it at connect). */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('search_path', `${schema},public`);
  return u.toString();
}

import { createScratchSchema, dropScratchSchema } from '../../test/support/scratch-schema.js';

export const createSchema = createScratchSchema;
export const dropSchema = dropScratchSchema;

export interface ScaleSize {
  clauses: number;
  documents: number;
  ingestMs: number;
  /** Hybrid search (the service's), over the eval questions. */
  searchP50: number;
  searchP95: number;
  /** The search's vector query alone: the service's (HNSW at this size) and an exact scan. */
  hnswP95: number;
  exactP95: number;
  /** Whether the planner used the HNSW index for the vector query. */
  hnswUsed: boolean;
}

export interface ScaleResult {
  sizes: ScaleSize[];
  /**
   * HNSW recall@10 against exact search, by ids and by distance: the service's own query
   * (efSearch 0), then plain statements at ef_search 40 (pgvector's default) and above.
   */
  recall: { clauses: number; queries: number; byEfSearch: RecallFigures[] };
  notes: string[];
}

/** The search's vector side, as hybrid.ts runs it (same expression, same filters). */
function vectorSql(dim: number): string {
  return `select e.seq, (e.embedding::vector(${dim}) <=> $1::text::vector(${dim}))::float8 as dist
            from embeddings e
           where e.dim = ${dim} and e.embedder = $2
             and e.generation_id = (select active_generation from index_state where id = 1)
           order by e.embedding::vector(${dim}) <=> $1::text::vector(${dim})
           limit 10`;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await fn();
  return [out, performance.now() - t0];
}

/**
 * The service's own vector query: `search_vector_candidates` (migration 008), with the
 * ef_search it sets for itself.
 */
const SERVICE_VECTOR_SQL = `select v.seq, (1 - v.sim)::float8 as dist
  from search_vector_candidates((select active_generation from index_state where id = 1), $2::text, $1::text::vector, 10) c
 cross join unnest(c.seqs, c.sims) as v(seq, sim)
 order by v.sim desc, v.seq`;

/**
 * Runs the vector query through HNSW: as the service runs it ('service'), or as a plain
 * statement under the planner with an explicit ef_search ('hnsw'), or forced to an exact scan.
 */
async function vectorTopK(
  db: Db,
  dim: number,
  embedder: string,
  vec: string,
  mode: 'service' | 'hnsw' | 'exact',
  efSearch?: number,
): Promise<{ seq: number; dist: number }[]> {
  if (mode === 'service') {
    const rows = await db.query<{ seq: number; dist: number }>(SERVICE_VECTOR_SQL, [vec, embedder]);
    return rows.map((r) => ({ seq: Number(r.seq), dist: Number(r.dist) }));
  }
  return db.transaction(async (tx) => {
    if (mode === 'exact') {
      await tx.query('set local enable_indexscan = off');
      await tx.query('set local enable_bitmapscan = off');
    } else if (efSearch) {
      await tx.query(`set local hnsw.ef_search = ${Math.floor(efSearch)}`);
    }
    const rows = await tx.query<{ seq: number; dist: number }>(vectorSql(dim), [vec, embedder]);
    return rows.map((r) => ({ seq: Number(r.seq), dist: Number(r.dist) }));
  });
}

interface BuiltIndex {
  db: Db;
  schema: string;
  clauses: number;
  documents: number;
  ingestMs: number;
  hnswUsed: boolean;
}

/** A fresh schema, migrated, with `documents` ingested by the service's own ingest. */
async function buildIndex(url: string, schema: string, documents: PolicyDocument[], embedder: Embedder): Promise<BuiltIndex> {
  await createSchema(url, schema);
  const db = createPostgresDb(url, { max: 4, searchPath: `${schema},public` });
  await migrate(db, await loadMigrations());
  let last = '';
  const [result, ingestMs] = await timed(() =>
    ingest(db, {
      documents,
      embedder,
      onProgress: (p) => {
        const step = `${p.phase} ${p.total ? Math.floor((p.done / p.total) * 10) * 10 : 0}%`;
        if (documents.length > 10 && step !== last) {
          last = step;
          process.stdout.write(`  ${step}      \r`);
        }
      },
    }),
  );
  if (documents.length > 10) process.stdout.write('\n');
  await db.exec('analyze');
  const [v] = await embedder.embed(['以工代训补贴标准']);
  const dim = v!.length;
  const plan = await db.query<Record<string, string>>(
    `explain ${vectorSql(dim).replaceAll('$1', `'${toVectorLiteral(v!)}'`).replaceAll('$2', `'${embedder.name}'`)}`,
  );
  const hnswUsed = plan.some((r) => /embeddings_hnsw/.test(Object.values(r).join(' ')));
  return { db, schema, clauses: result.clauses, documents: result.documents, ingestMs, hnswUsed };
}

/**
 * Times the hybrid search and its vector query alone (HNSW and exact) on each index. The
 * indexes take turns query by query, so both see the same load on a shared machine.
 */
async function timeSearches(indexes: BuiltIndex[], embedder: Embedder, queries: string[], rounds: number): Promise<ScaleSize[]> {
  // Without the result cache: every round must run the search, not read a stored answer. And
  // in SQL at both sizes: the small corpus would otherwise be ranked in memory
  // (memory-index.ts), and the comparison is of the SQL search's growth with the corpus.
  const searches = indexes.map((ix) => createHybridSearch({ db: ix.db, embedder, cacheHits: 0, memoryIndexMaxClauses: 0 }));
  const samples = indexes.map(() => ({ search: [] as number[], hnsw: [] as number[], exact: [] as number[] }));
  for (const s of searches) for (const q of queries.slice(0, 10)) await s.search(q, 5); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      for (let i = 0; i < indexes.length; i++) samples[i]!.search.push((await timed(() => searches[i]!.search(q, 5)))[1]);
    }
  }
  const vectors = await embedder.embed(queries.map(prepareQuery));
  for (const v of vectors) {
    const lit = toVectorLiteral(v);
    for (let i = 0; i < indexes.length; i++) {
      const ix = indexes[i]!;
      samples[i]!.hnsw.push((await timed(() => vectorTopK(ix.db, v.length, embedder.name, lit, 'service')))[1]);
      samples[i]!.exact.push((await timed(() => vectorTopK(ix.db, v.length, embedder.name, lit, 'exact')))[1]);
    }
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  return indexes.map((ix, i) => {
    const s = samples[i]!;
    return {
      clauses: ix.clauses,
      documents: ix.documents,
      ingestMs: ix.ingestMs,
      searchP50: quantile(sorted(s.search), 0.5),
      searchP95: quantile(sorted(s.search), 0.95),
      hnswP95: quantile(sorted(s.hnsw), 0.95),
      exactP95: quantile(sorted(s.exact), 0.95),
      hnswUsed: ix.hnswUsed,
    };
  });
}

/** Distance slack of the distance-based recall (ann-benchmarks' default). */
const RECALL_EPSILON = 1e-3;
/** Distances this close are the same distance (float8 rounding of one computation). */
const TIE_EPSILON = 1e-9;

export interface RecallFigures {
  /** The ef_search of the row; 0 for the service's own query (its ef_search is set in migration 008). */
  efSearch: number;
  /** Share of the exact top 10 that HNSW returned. */
  ids: number;
  /**
   * As `ids`, but a returned clause at exactly the exact 10th distance counts too: with many
   * near-copies, clauses tie at that distance and which of them the exact scan lists is
   * arbitrary (measured: 18 of 165 queries at 20 000 clauses), so plain `ids` stays below 1
   * even when HNSW returns a correct top 10.
   */
  idsTiesAware: number;
  /** Share of HNSW's 10 within the exact 10th distance + 1e-3 (ties do not count against it). */
  distance: number;
  /** `ids` over the eval questions alone and over clause-text queries alone. */
  idsQuestions: number;
  idsTexts: number;
}

/**
 * Recall@10 of the HNSW query against the exact one, averaged over the queries, at each
 * ef_search. Exact neighbours are computed once per query. `kinds[i]` says whether query i is
 * a question ('q') or a clause text ('t').
 */
async function hnswRecall(
  db: Db,
  embedder: Embedder,
  queries: string[],
  kinds: ('q' | 't')[],
  efSearches: number[],
): Promise<RecallFigures[]> {
  const vectors = await embedder.embed(queries.map(prepareQuery));
  const lits = vectors.map(toVectorLiteral);
  const exact = [];
  for (const lit of lits) exact.push(await vectorTopK(db, vectors[0]!.length, embedder.name, lit, 'exact'));
  const out: RecallFigures[] = [];
  for (const ef of [0, ...efSearches]) {
    const byKind = { q: [] as number[], t: [] as number[] };
    let distance = 0;
    let tiesAware = 0;
    for (let i = 0; i < lits.length; i++) {
      const truth = exact[i]!;
      const approx =
        ef === 0
          ? await vectorTopK(db, vectors[0]!.length, embedder.name, lits[i]!, 'service')
          : await vectorTopK(db, vectors[0]!.length, embedder.name, lits[i]!, 'hnsw', ef);
      if (truth.length === 0) {
        byKind[kinds[i]!].push(1);
        distance += 1;
        tiesAware += 1;
        continue;
      }
      const seqs = new Set(truth.map((r) => r.seq));
      const kth = truth[truth.length - 1]!.dist;
      byKind[kinds[i]!].push(approx.filter((r) => seqs.has(r.seq)).length / truth.length);
      tiesAware += approx.filter((r) => seqs.has(r.seq) || r.dist <= kth + TIE_EPSILON).length / truth.length;
      distance += approx.filter((r) => r.dist <= kth + RECALL_EPSILON).length / truth.length;
    }
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
    out.push({
      efSearch: ef,
      ids: mean([...byKind.q, ...byKind.t]),
      idsTiesAware: tiesAware / lits.length,
      distance: distance / lits.length,
      idsQuestions: mean(byKind.q),
      idsTexts: mean(byKind.t),
    });
  }
  return out;
}

export async function runScale(url: string, opts: { clauses: number; quick: boolean }): Promise<ScaleResult> {
  const notes: string[] = [];
  const [real] = await loadCorpus();
  if (!real) throw new Error('policy-corpus/ is empty');
  const perDoc = parseDocument(real).length;
  const embedder = createLocalEmbedder();
  // The eval questions plus clause-like queries (sentences from the plan), so recall is
  // measured on both short questions and long texts.
  const texts = parseDocument(real).map((c) => c.text.slice(0, 60));
  const queries = [...QUESTIONS.map((q) => q.q), ...texts];
  const kinds = [...QUESTIONS.map(() => 'q' as const), ...texts.map(() => 't' as const)];
  const rounds = opts.quick ? 1 : 3;

  const smallDocs = Math.max(1, Math.round(100 / perDoc));
  const largeDocs = Math.ceil(opts.clauses / perDoc);
  const tag = `${process.pid}`;
  const built: BuiltIndex[] = [];
  try {
    console.log(`\n[scale] small corpus: ${smallDocs} document(s) × ${perDoc} clauses…`);
    built.push(await buildIndex(url, `bench_small_${tag}`, [real, ...syntheticCorpus(real, smallDocs - 1)], embedder));
    console.log(`[scale] large corpus: ${largeDocs} documents × ${perDoc} clauses (synthetic variants of the plan)…`);
    built.push(await buildIndex(url, `bench_large_${tag}`, [real, ...syntheticCorpus(real, largeDocs - 1)], embedder));
    const large = built[1]!;
    if (!large.hnswUsed) notes.push('the planner did not use the HNSW index for the vector query at the large size');

    console.log('[scale] timing searches (small and large in turn)…');
    const sizes = await timeSearches(built, embedder, queries, rounds);
    console.log('[scale] HNSW recall against exact search…');
    const byEfSearch = await hnswRecall(large.db, embedder, queries, kinds, opts.quick ? [40, 200] : [40, 100, 200, 400]);
    return { sizes, recall: { clauses: large.clauses, queries: queries.length, byEfSearch }, notes };
  } finally {
    for (const ix of built) {
      await ix.db.close();
      await dropSchema(url, ix.schema);
    }
  }
}
