/**
 * The corpus the service indexes: the documents it ships with (the `policy-corpus/` folder on
 * Node, the bundled copy on Workers) with the documents added through the admin API laid
 * over them by id. Entries call `effectiveCorpus` before every ingest, so an admin's document
 * survives restarts and re-indexes, and every replica indexes the same set.
 */
import { compareWithText } from '../../corpus/document-info.js';
import { parseStructure } from '../../corpus/parse.js';
import { parsePolicyDocument, splitFrontMatter } from '../../corpus/frontmatter.js';
import type { PolicyDocument } from '../../corpus/types.js';
import type { Db } from '../../db/types.js';

export interface StoredDocument {
  docId: string;
  source: string;
  updatedAt: string;
}

/** Documents stored through the admin API (empty before migration 031 or when none). */
export async function storedDocuments(db: Db): Promise<StoredDocument[]> {
  const rows = await db.query<{ doc_id: string; source: string; updated_at: unknown }>(
    'SELECT doc_id, source, updated_at FROM admin_documents ORDER BY doc_id',
  );
  return rows.map((r) => ({ docId: r.doc_id, source: r.source, updatedAt: new Date(r.updated_at as string).toISOString() }));
}

/** Where each document of the effective corpus comes from. */
export type DocumentOrigin = 'bundled' | 'admin';

/**
 * `shipped` with the admin's documents laid over them by id (added or replaced). A stored
 * document that no longer parses (the parser got stricter) is skipped and reported, so it
 * cannot stop the service from starting.
 */
export async function effectiveCorpus(
  db: Db,
  shipped: readonly PolicyDocument[],
  /** A stored document to leave out (it is being removed: the shipped one, if any, returns). */
  withoutStored?: string,
): Promise<{ documents: PolicyDocument[]; origins: Map<string, DocumentOrigin>; skipped: string[] }> {
  const byId = new Map<string, PolicyDocument>();
  const origins = new Map<string, DocumentOrigin>();
  for (const d of shipped) {
    byId.set(d.meta.id, d);
    origins.set(d.meta.id, 'bundled');
  }
  const skipped: string[] = [];
  for (const stored of await storedDocuments(db)) {
    if (stored.docId === withoutStored) continue;
    try {
      const doc = parsePolicyDocument(stored.source, `${stored.docId}.md`);
      byId.set(doc.meta.id, doc);
      origins.set(doc.meta.id, 'admin');
    } catch (err) {
      skipped.push(`${stored.docId}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { documents: [...byId.values()], origins, skipped };
}

/** Result of checking an uploaded document before anything is written. */
export type DocumentCheck =
  | { ok: true; document: PolicyDocument; clauses: number }
  | { ok: false; reason: string; field?: string };

/**
 * Validates an uploaded Markdown file the way ingest will read it: front matter (fields,
 * dates, id) and the clause structure. `expectedId`, when given, must match the front
 * matter's id, so a PUT to one address cannot replace another document.
 */
export function checkDocument(source: string, expectedId?: string): DocumentCheck {
  let document: PolicyDocument;
  try {
    document = parsePolicyDocument(source, expectedId ? `${expectedId}.md` : 'upload.md');
  } catch (err) {
    const field = (err as { field?: unknown }).field;
    return { ok: false, reason: err instanceof Error ? err.message : String(err), ...(typeof field === 'string' ? { field } : {}) };
  }
  if (expectedId && document.meta.id !== expectedId) {
    return { ok: false, reason: `front matter id "${document.meta.id}" does not match the address "${expectedId}"`, field: 'id' };
  }
  let clauses: number;
  try {
    const structure = parseStructure(document, { bodyLine: splitFrontMatter(source).bodyLine });
    // The text's own 文号 and dates must agree with the front matter, or citations would be wrong.
    const problem = compareWithText(document.meta, structure.info).problems[0];
    if (problem) return { ok: false, reason: problem.message, field: problem.field };
    clauses = structure.clauses.length;
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
  if (clauses === 0) return { ok: false, reason: 'the document yields no clauses (no numbered parts found)' };
  return { ok: true, document, clauses };
}
