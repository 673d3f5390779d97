/**
 * The ranking of `search_clauses` (migration 008), computed in the process over a copy of one
 * index generation held in memory.
 *
 * Why: a generation never changes once it is active (ingest builds a new one and flips the
 * pointer), so everything a search reads from it can be read once. On the embedded database
 * the search statement cost ~2.5 ms of CPU per question (PostgreSQL in WebAssembly: unnest,
 * index probes, hash aggregate, window functions, a full join, sorts), where the same
 * arithmetic over arrays in memory costs tens of microseconds; on a server it saves a round
 * trip and the server's share of the two cores. Only generations up to a size are copied
 * (see `DEFAULT_MEMORY_INDEX_MAX_CLAUSES`); larger ones are searched by the SQL function,
 * whose HNSW index and bounded postings keep its cost flat as the corpus grows.
 *
 * The arithmetic follows the SQL step by step, with PostgreSQL's types: `real` columns (idf,
 * impacts) and pgvector's single-precision vectors are rounded to float32 as the database
 * holds them, and everything else is float8 as in the SQL. The vector side is exact where
 * the SQL uses HNSW: with no more vectors than its ef_search (128) HNSW visits every one, and
 * above that exact search finds at least what HNSW finds.
 */
import type { Db } from '../db/types.js';
import { jsonValue } from './clause-store.js';

/**
 * Generations with more clauses than this are searched in SQL, not copied into memory. A copy
 * takes ~50 KB of heap per clause (measured: 1.8 MB for the plan's 35 clauses and their 3 387
 * lexical terms), so 300 clauses stay within ~15 MB of the embedded default's memory budget.
 */
export const DEFAULT_MEMORY_INDEX_MAX_CLAUSES = 300;

interface TermEntry {
  /** BM25 idf as stored (`real`). */
  idf: number;
  seqs: Int32Array;
  /** Impacts as stored (`real`), one per seq. */
  impacts: Float64Array;
}

interface ClauseEntry {
  docId: string;
  clause: string;
  path: string[];
  text: string;
}

interface VectorEntry {
  seq: number;
  /** The stored vector's components (float32 values). */
  v: Float32Array;
  /** Σ v² accumulated in float32, as pgvector computes it. */
  norm: number;
}

/** One generation's search data, in memory. */
export interface MemoryIndex {
  generation: number;
  clauseCount: number;
  embedder: string;
  clauses: Map<number, ClauseEntry>;
  terms: Map<string, TermEntry>;
  vectors: VectorEntry[];
}

/** One ranked row, the shape `search_clauses` returns. */
export interface MemoryRow {
  doc_id: string;
  clause_id: string;
  path: string[];
  text: string;
  score: number;
  generation: number;
}

export interface MemorySearchParams {
  terms: readonly string[];
  weights: readonly number[];
  /** The question's embedding as sent to SQL (already rounded like the vector literal), or null. */
  vector: readonly number[] | null;
  candidates: number;
  k: number;
  maxTerms: number;
  vectorWeight: number;
  evidenceWeight: number;
  similarityEvidence: boolean;
}

const f32 = Math.fround;

/**
 * The question's non-zero components (a hashed-n-gram question fills a few dozen of 256):
 * a dot product over them alone is the same float32 sum, since a zero component adds a
 * zero product to a running sum that is never −0.
 */
interface SparseQuery {
  at: Int32Array;
  value: Float32Array;
}

function sparse(q: Float32Array): SparseQuery {
  const at: number[] = [];
  for (let i = 0; i < q.length; i++) if (q[i] !== 0) at.push(i);
  // (Filled in a loop: `from` with a mapping function cost more than the dot products.)
  const value = new Float32Array(at.length);
  for (let j = 0; j < at.length; j++) value[j] = q[at[j]!]!;
  return { at: new Int32Array(at), value };
}

/** Σ q·b in float32 and in order, as pgvector's cosine distance accumulates it. */
function sparseDot(q: SparseQuery, b: Float32Array): number {
  let dot = 0;
  for (let j = 0; j < q.at.length; j++) dot = f32(dot + f32(q.value[j]! * b[q.at[j]!]!));
  return dot;
}

function squaredNorm(v: Float32Array): number {
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm = f32(norm + f32(v[i]! * v[i]!));
  return norm;
}

/** pgvector's text form `[0.1,0.2]` as float32 components. */
function parseVector(text: string): Float32Array {
  const inner = text.trim().replace(/^\[/, '').replace(/\]$/, '');
  return Float32Array.from(inner.split(','), Number);
}

/**
 * Reads generation `generation` (its clauses, lexical terms and the vectors of `embedder`).
 * Resolves undefined when the generation went away while it was read (a newer ingest
 * deletes older generations), so the caller falls back to SQL for that call.
 */
export async function loadMemoryIndex(db: Db, generation: number, embedder: string): Promise<MemoryIndex | undefined> {
  const [gen] = await db.query<{ clause_count: number | string }>('select clause_count from index_generations where id = $1', [generation]);
  if (!gen) return undefined;
  const clauseRows = await db.query<{ seq: number | string; doc_id: string; clause_id: string; path: string[] | string; text: string }>(
    'select seq, doc_id, clause_id, path, text from clauses where generation_id = $1',
    [generation],
  );
  const termRows = await db.query<{ term: string; idf: number | string; seqs: number[]; impacts: (number | string)[] }>(
    'select term, idf, seqs, impacts from lexical_terms where generation_id = $1',
    [generation],
  );
  const vectorRows = await db.query<{ seq: number | string; embedding: string }>(
    'select seq, embedding::text as embedding from embeddings where generation_id = $1 and embedder = $2',
    [generation, embedder],
  );
  // Rows of a generation are deleted together with it and never change while it exists: if
  // it is still there after every read, every read saw all of it.
  const still = await db.query('select 1 from index_generations where id = $1', [generation]);
  const clauseCount = Number(gen.clause_count);
  if (still.length === 0 || clauseRows.length !== clauseCount) return undefined;

  const clauses = new Map<number, ClauseEntry>();
  for (const r of clauseRows) {
    clauses.set(Number(r.seq), { docId: r.doc_id, clause: r.clause_id, path: jsonValue<string[]>(r.path), text: r.text });
  }
  const terms = new Map<string, TermEntry>();
  for (const r of termRows) {
    terms.set(r.term, {
      idf: f32(Number(r.idf)),
      seqs: Int32Array.from(r.seqs, Number),
      impacts: Float64Array.from(r.impacts, (x) => f32(Number(x))),
    });
  }
  const vectors: VectorEntry[] = vectorRows.map((r) => {
    const v = parseVector(r.embedding);
    return { seq: Number(r.seq), v, norm: squaredNorm(v) };
  });
  return { generation, clauseCount, embedder, clauses, terms, vectors };
}

/** Nearest clauses by cosine, as `search_vector_candidates` returns them (exact). */
function vectorCandidates(index: MemoryIndex, query: readonly number[], limit: number): { seq: number; sim: number }[] {
  // (The constructor, not `from`: the same float32 values without the iterator protocol.)
  const q = new Float32Array(query);
  // The question's own Σ q² is the same for every clause: computed once, in the same order.
  const qNorm = squaredNorm(q);
  const qs = sparse(q);
  const out: { seq: number; dist: number; sim: number }[] = [];
  for (const e of index.vectors) {
    if (e.v.length !== q.length) continue;
    const dot = sparseDot(qs, e.v);
    let similarity = dot / Math.sqrt(qNorm * e.norm);
    if (similarity > 1) similarity = 1;
    else if (similarity < -1) similarity = -1;
    // NaN (a zero vector) sorts last in PostgreSQL, as it does here.
    const dist = 1 - similarity;
    out.push({ seq: e.seq, dist, sim: 1 - dist });
  }
  out.sort((a, b) => (Number.isNaN(a.dist) ? 1 : Number.isNaN(b.dist) ? -1 : a.dist - b.dist || a.seq - b.seq));
  return out.slice(0, limit);
}

/** The `k` best clauses for a question, ranked as `search_clauses` ranks them. */
export function searchMemoryIndex(index: MemoryIndex, p: MemorySearchParams): MemoryRow[] {
  const n = index.clauseCount;
  // q: every query term with its stored row (missing when the corpus lacks the term).
  const q = p.terms.map((term, i) => ({ w: p.weights[i]!, row: index.terms.get(term) }));
  // qt: the found terms by weight × idf, highest first, at most maxTerms.
  const qt = q
    .filter((x) => x.row !== undefined)
    .map((x, order) => ({ wi: x.w * x.row!.idf, row: x.row!, order }))
    .sort((a, b) => b.wi - a.wi || a.order - b.order)
    .slice(0, p.maxTerms);
  // Each clause a term reaches, in parallel arrays (no object per clause): its seq, its sum of
  // weight × impact and of the weights matched, added in the same order as ever. Where each
  // seq's sums are is an array indexed by the seq (small whole numbers): cheaper than a Map's
  // hashing for the hundreds of postings a question reaches.
  const slot: number[] = [];
  const seqs: number[] = [];
  const scores: number[] = [];
  const matches: number[] = [];
  for (const t of qt) {
    for (let j = 0; j < t.row.seqs.length; j++) {
      const seq = t.row.seqs[j]!;
      const at = slot[seq];
      if (at !== undefined) {
        scores[at] = scores[at]! + t.wi * t.row.impacts[j]!;
        matches[at] = matches[at]! + t.wi;
      } else {
        slot[seq] = seqs.length;
        seqs.push(seq);
        scores.push(t.wi * t.row.impacts[j]!);
        matches.push(t.wi);
      }
    }
  }
  // Sorted as the clauses were met, by score, then seq (the order of a Map of them before).
  const lex = seqs
    .map((_, i) => i)
    .sort((a, b) => scores[b]! - scores[a]! || seqs[a]! - seqs[b]!)
    .slice(0, p.candidates);
  const lexMax = lex.reduce((m, i) => Math.max(m, scores[i]!), -Infinity);

  const vec = p.vector ? vectorCandidates(index, p.vector, p.candidates).filter((v) => v.sim > 0) : [];
  const vecMax = vec.reduce((m, v) => Math.max(m, v.sim), -Infinity);

  // The question's whole weight; a term the corpus lacks counts at the highest idf (a real).
  const missingIdf = f32(Math.log(1 + (n + 0.5) / 0.5));
  let total: number | null = null;
  for (const x of q) total = (total ?? 0) + x.w * (x.row ? x.row.idf : missingIdf);

  const fused = new Map<number, { lexRel: number | null; matched: number; vecRel: number | null; sim: number }>();
  for (const i of lex) {
    fused.set(seqs[i]!, { lexRel: lexMax === 0 ? null : scores[i]! / lexMax, matched: matches[i]!, vecRel: null, sim: 0 });
  }
  for (const v of vec) {
    const f = fused.get(v.seq) ?? { lexRel: null, matched: 0, vecRel: null, sim: 0 };
    f.vecRel = v.sim / vecMax;
    f.sim = Math.max(v.sim, 0);
    fused.set(v.seq, f);
  }
  const ranked: { seq: number; score: number }[] = [];
  for (const [seq, f] of fused) {
    const rel = ((f.lexRel ?? 0) + p.vectorWeight * (f.vecRel ?? 0)) / (1 + p.vectorWeight);
    // least(1, matched / nullif(total, 0)): LEAST ignores the null of an empty or zero total.
    const coverage = total === null || total === 0 ? 1 : Math.min(1, f.matched / total);
    const evidence = Math.max(coverage, p.similarityEvidence ? f.sim : 0);
    ranked.push({ seq, score: rel * ((1 - p.evidenceWeight) + p.evidenceWeight * evidence) });
  }
  ranked.sort((a, b) => b.score - a.score || a.seq - b.seq);
  const out: MemoryRow[] = [];
  for (const r of ranked.slice(0, p.k)) {
    const c = index.clauses.get(r.seq);
    if (!c) continue;
    out.push({ doc_id: c.docId, clause_id: c.clause, path: [...c.path], text: c.text, score: r.score, generation: index.generation });
  }
  return out;
}
