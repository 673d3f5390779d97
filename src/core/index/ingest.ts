/**
 * Builds the search index from the policy documents.
 *
 * - Idempotent: a fingerprint of every document's content hash, the embedder's name and the
 *   parser/lexical versions is stored with the generation; the same fingerprint as the
 *   active generation → nothing to do (no parsing, no embedding, no writes).
 * - Atomic: a new generation is built beside the active one and becomes active by one
 *   pointer update; until then queries keep reading the previous generation, and a failure
 *   (a bad document, an embedding endpoint going down, a crash) leaves it serving.
 *   On a server the whole build is one transaction behind an advisory lock, so two
 *   processes starting together build once. On PGlite (one process, one connection) the
 *   rows of a failed build are deleted, and those of a crashed one at the next ingest.
 * - Vectors of unchanged clause texts are copied from the active generation, so changing
 *   one document does not re-embed the others (it matters with a paid endpoint).
 */
import { parseDocument } from '../corpus/parse.js';
import type { Clause, PolicyDocument } from '../corpus/types.js';
import { amendmentsOf } from '../rules/amendments.js';
import { generationActivated } from '../db/activation.js';
import type { Db } from '../db/types.js';
import type { Embedder } from '../search/embedder.js';
import { toVectorLiteral } from '../search/embedder.js';
import { buildTermRows, LEXICAL_VERSION, termCounts } from '../search/lexical.js';
import { clauseSearchText, searchDictionary } from '../search/text.js';
import { insertBatched } from './batch.js';
import { sha256Hex } from './hash.js';

/**
 * Version of how documents become index rows (clause cutting, cleaning, search text).
 * Bump it when the parser or the search text changes, so existing indexes are rebuilt.
 */
// v3: a generation also stores its documents' parameter changes (migration 051).
export const PARSER_VERSION = 'parse-v3';

/** The ingest lock of the current schema (see migrate.ts), held until the transaction ends. */
const INGEST_LOCK_SQL = `select pg_advisory_xact_lock(hashtext('zz-skills:ingest:' || current_schema()))`;

export type IngestPhase = 'check' | 'parse' | 'embed' | 'store' | 'activate' | 'done' | 'unchanged';

export interface IngestProgress {
  phase: IngestPhase;
  /** Units finished in this phase, out of `total`. */
  done: number;
  total: number;
  message: string;
}

export interface IngestOptions {
  documents: readonly PolicyDocument[];
  embedder: Embedder;
  /** Cuts a document into clauses (default: the corpus parser). */
  parse?: (doc: PolicyDocument) => Clause[];
  onProgress?: (p: IngestProgress) => void;
  /** Rebuild even when nothing changed. */
  force?: boolean;
  /** Clause texts per embedder call (default 64). */
  embedBatch?: number;
}

export interface IngestResult {
  /** false: the active index already matched the corpus and embedder. */
  changed: boolean;
  generation: number;
  documents: number;
  clauses: number;
  /** Vectors computed by the embedder in this run. */
  embedded: number;
  /** Vectors copied from the previous generation. */
  reused: number;
  ms: number;
}

/** What the active generation is, for callers that want to show it. */
export interface ActiveGeneration {
  id: number;
  fingerprint: string;
  embedder: string;
  dim: number;
  clauseCount: number;
  finishedAt: string | null;
}

/** The generation queries read now, or undefined before the first ingest. */
export async function activeGeneration(db: Db): Promise<ActiveGeneration | undefined> {
  const rows = await db.query<{ id: number; fingerprint: string; embedder: string; dim: number; clause_count: number; finished_at: unknown }>(
    `select g.id, g.fingerprint, g.embedder, g.dim, g.clause_count, g.finished_at
       from index_state s join index_generations g on g.id = s.active_generation
      where s.id = 1`,
  );
  const r = rows[0];
  if (!r) return undefined;
  return {
    id: Number(r.id),
    fingerprint: r.fingerprint,
    embedder: r.embedder,
    dim: Number(r.dim),
    clauseCount: Number(r.clause_count),
    finishedAt: r.finished_at == null ? null : new Date(r.finished_at as string).toISOString(),
  };
}

/** Content hash of one document: its metadata and its body. */
export async function documentHash(doc: PolicyDocument): Promise<string> {
  return sha256Hex(JSON.stringify(doc.meta) + '\n' + doc.body);
}

/** The fingerprint an index built from these documents with this embedder would carry. */
export async function corpusFingerprint(documents: readonly PolicyDocument[], embedderName: string): Promise<string> {
  const hashes = await Promise.all(documents.map(async (d) => [d.meta.id, await documentHash(d)] as const));
  hashes.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return sha256Hex(JSON.stringify({ v: [PARSER_VERSION, LEXICAL_VERSION], embedder: embedderName, docs: hashes }));
}

interface Prepared {
  doc: PolicyDocument;
  hash: string;
  clauses: Clause[];
}

/** Indexes `documents` unless the active index already matches them (see the module comment). */
export async function ingest(db: Db, options: IngestOptions): Promise<IngestResult> {
  const started = Date.now();
  const progress = options.onProgress ?? (() => {});
  const parse = options.parse ?? parseDocument;
  const { embedder } = options;

  const ids = new Set<string>();
  for (const d of options.documents) {
    if (ids.has(d.meta.id)) throw new Error(`Two documents share the id "${d.meta.id}"`);
    ids.add(d.meta.id);
  }
  const documents = [...options.documents].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  const fingerprint = await corpusFingerprint(documents, embedder.name);

  progress({ phase: 'check', done: 0, total: 1, message: 'comparing the corpus with the active index' });
  const before = await activeGeneration(db);
  if (before && before.fingerprint === fingerprint && !options.force) {
    progress({ phase: 'unchanged', done: 1, total: 1, message: `index is up to date (generation ${before.id}, ${before.clauseCount} clauses)` });
    return { changed: false, generation: before.id, documents: documents.length, clauses: before.clauseCount, embedded: 0, reused: 0, ms: Date.now() - started };
  }

  // Parse everything before writing anything: a bad document stops the run here.
  const prepared: Prepared[] = [];
  for (const [i, doc] of documents.entries()) {
    const clauses = parse(doc);
    if (clauses.length === 0) throw new Error(`Document "${doc.meta.id}" yields no clauses`);
    prepared.push({ doc, hash: await documentHash(doc), clauses });
    progress({ phase: 'parse', done: i + 1, total: documents.length, message: `${doc.meta.id}: ${clauses.length} clauses` });
  }
  const clauses = prepared.flatMap((p) => p.clauses);
  const metaOf = new Map(documents.map((d) => [d.meta.id, d.meta]));
  const searchTexts = clauses.map((c) => clauseSearchText(c, metaOf.get(c.docId)));
  const textHashes = await Promise.all(searchTexts.map(sha256Hex));

  // Vectors: reuse the active generation's for unchanged texts, embed the rest.
  const vectors = new Map<string, string>();
  if (before && before.embedder === embedder.name) {
    const rows = await db.query<{ text_hash: string; v: string }>(
      `select c.text_hash, e.embedding::text as v
         from clauses c join embeddings e on e.generation_id = c.generation_id and e.seq = c.seq
        where c.generation_id = $1 and e.embedder = $2`,
      [before.id, embedder.name],
    );
    for (const r of rows) vectors.set(r.text_hash, r.v);
  }
  const reused = new Set(textHashes.filter((h) => vectors.has(h))).size;
  const missing: { hash: string; text: string }[] = [];
  const queued = new Set<string>();
  textHashes.forEach((h, i) => {
    if (!vectors.has(h) && !queued.has(h)) {
      queued.add(h);
      missing.push({ hash: h, text: searchTexts[i]! });
    }
  });
  const batchSize = options.embedBatch ?? 64;
  let dim = embedder.dim ?? 0;
  for (let i = 0; i < missing.length; i += batchSize) {
    const batch = missing.slice(i, i + batchSize);
    const out = await embedder.embed(batch.map((m) => m.text));
    out.forEach((v, j) => {
      if (dim === 0) dim = v.length;
      if (v.length !== dim) throw new Error(`Embedder ${embedder.name} returned a ${v.length}-dimension vector, expected ${dim}`);
      vectors.set(batch[j]!.hash, toVectorLiteral(v));
    });
    progress({ phase: 'embed', done: Math.min(i + batchSize, missing.length), total: missing.length, message: `embedded ${Math.min(i + batchSize, missing.length)}/${missing.length} clauses` });
  }
  if (dim === 0) dim = vectorDim(vectors.values().next().value);

  const lexical = buildTermRows(searchTexts.map((t) => termCounts(t, searchDictionary())));

  const build = async (tx: Db): Promise<IngestResult> => {
    const current = await activeGeneration(tx);
    if (current && current.fingerprint === fingerprint && !options.force) {
      // Another process finished the same build while we waited for the lock.
      return { changed: false, generation: current.id, documents: documents.length, clauses: current.clauseCount, embedded: 0, reused: 0, ms: Date.now() - started };
    }
    // Leftovers of a crashed build (never active) go first.
    await tx.query(
      'delete from index_generations where id <> coalesce((select active_generation from index_state where id = 1), -1)',
    );
    const [gen] = await tx.query<{ id: number }>(
      `insert into index_generations (status, fingerprint, embedder, dim, parser_version, clause_count, avg_length)
       values ('building', $1, $2, $3, $4, $5, $6) returning id`,
      [fingerprint, embedder.name, dim, `${PARSER_VERSION}+${LEXICAL_VERSION}`, clauses.length, lexical.avgLength],
    );
    const generation = Number(gen!.id);
    try {
      const totalRows = prepared.length + clauses.length * 2 + lexical.rows.length;
      let stored = 0;
      const step = (n: number, what: string) => {
        stored += n;
        progress({ phase: 'store', done: stored, total: totalRows, message: what });
      };
      await insertBatched(
        tx,
        'documents',
        'generation_id, doc_id, meta, content_hash, clause_count',
        'doc_id text, meta jsonb, content_hash text, clause_count int',
        '$2, r.doc_id, r.meta, r.content_hash, r.clause_count',
        prepared.map((p) => ({ doc_id: p.doc.meta.id, meta: p.doc.meta, content_hash: p.hash, clause_count: p.clauses.length })),
        { params: [generation], onBatch: () => {} },
      );
      step(prepared.length, 'documents stored');
      // The parameter changes the documents state, for the rules engine (see rules/amendments.ts).
      const amendments = prepared.flatMap((p) => amendmentsOf(p.doc.meta));
      if (amendments.length) {
        await insertBatched(
          tx,
          'parameter_amendments',
          'generation_id, doc_id, doc_no, amends, parameter, value, from_date, clause_id, quote',
          'doc_id text, doc_no text, amends text, parameter text, value double precision, from_date text, clause_id text, quote text',
          '$2, r.doc_id, r.doc_no, r.amends, r.parameter, r.value, r.from_date, r.clause_id, r.quote',
          amendments.map((a) => ({ doc_id: a.docId, doc_no: a.docNo, amends: a.amends, parameter: a.parameter, value: a.value, from_date: a.from, clause_id: a.clause, quote: a.quote })),
          { params: [generation], onBatch: () => {} },
        );
      }
      await insertBatched(
        tx,
        'clauses',
        'generation_id, seq, doc_id, clause_id, ordinal, path, title, text, facts, text_hash',
        'seq int, doc_id text, clause_id text, ordinal int, path jsonb, title text, text text, facts jsonb, text_hash text',
        '$2, r.seq, r.doc_id, r.clause_id, r.ordinal, r.path, r.title, r.text, r.facts, r.text_hash',
        clauses.map((c, seq) => ({
          seq,
          doc_id: c.docId,
          clause_id: c.clause,
          ordinal: c.ordinal,
          path: c.path,
          title: c.title,
          text: c.text,
          facts: c.facts ?? {},
          text_hash: textHashes[seq],
        })),
        { params: [generation], maxRows: 400, onBatch: () => {} },
      );
      step(clauses.length, 'clauses stored');
      await insertBatched(
        tx,
        'embeddings',
        'generation_id, seq, embedder, dim, embedding',
        'seq int, v text',
        '$2, r.seq, $3, $4, r.v::vector',
        textHashes.map((h, seq) => ({ seq, v: vectors.get(h)! })),
        { params: [generation, embedder.name, dim], maxRows: 400, onBatch: () => {} },
      );
      step(clauses.length, 'vectors stored');
      await insertBatched(
        tx,
        'lexical_terms',
        'generation_id, term, idf, df, seqs, impacts',
        'term text, idf real, df int, seqs int[], impacts real[]',
        '$2, r.term, r.idf, r.df, r.seqs, r.impacts',
        lexical.rows,
        { params: [generation], maxRows: 2000, onBatch: (n) => progress({ phase: 'store', done: stored + n, total: totalRows, message: `lexical terms ${n}/${lexical.rows.length}` }) },
      );
      step(lexical.rows.length, 'lexical index stored');

      progress({ phase: 'activate', done: 0, total: 1, message: `activating generation ${generation}` });
      await tx.transaction(async (t) => {
        await t.query(`update index_generations set status = 'ready', finished_at = now() where id = $1`, [generation]);
        await t.query('update index_state set active_generation = $1, updated_at = now() where id = 1', [generation]);
      });
    } catch (err) {
      // On a server the surrounding transaction rolls all of it back; on PGlite delete it.
      if (tx.kind === 'pglite') await tx.query('delete from index_generations where id = $1', [generation]).catch(() => {});
      throw err;
    }
    // The previous generation is no longer read by anyone.
    await tx.query('delete from index_generations where id <> $1', [generation]);
    progress({ phase: 'activate', done: 1, total: 1, message: `generation ${generation} active` });
    return {
      changed: true,
      generation,
      documents: documents.length,
      clauses: clauses.length,
      embedded: missing.length,
      reused,
      ms: Date.now() - started,
    };
  };

  const result =
    db.kind === 'postgres'
      ? await db.transaction(async (tx) => {
          await tx.query(INGEST_LOCK_SQL);
          return build(tx);
        })
      : await build(db);
  if (result.changed) {
    // Committed: searches that keep a reading of the active generation drop it now.
    generationActivated(db);
    // Fresh statistics right away, so the planner uses the HNSW and postings indexes at the
    // new size instead of waiting for autovacuum (at 20 000 clauses: 200 ms → 10 ms a query).
    await db.exec('analyze documents; analyze clauses; analyze embeddings; analyze lexical_terms');
  }
  progress({
    phase: 'done',
    done: 1,
    total: 1,
    message: result.changed
      ? `indexed ${result.documents} document(s), ${result.clauses} clauses (${result.embedded} embedded, ${result.reused} reused) in ${result.ms} ms`
      : `index is up to date (generation ${result.generation})`,
  });
  return result;
}

function vectorDim(literal: string | undefined): number {
  if (!literal) return 1;
  return literal.split(',').length;
}
