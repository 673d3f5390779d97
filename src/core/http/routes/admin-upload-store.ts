/**
 * The tables behind uploads and versions (migration 050): uploads waiting for their commit,
 * and every text a document has had through the admin API. SQL only; the routes decide.
 */
import type { Db } from '../../db/types.js';

/** An upload as stored between its preview and its commit. */
export interface StoredUpload {
  id: string;
  docId: string;
  source: string;
  format: string;
  fileName: string | null;
  warnings: string[];
  baseVersion: number | null;
  createdAt: string;
  expiresAt: string;
  committedVersion: number | null;
  committedAt: string | null;
}

/** One version of a document, without its text. */
export interface VersionSummary {
  version: number;
  format: string;
  fileName: string | null;
  restoredFrom: number | null;
  createdAt: string;
  chars: number;
}

const iso = (v: unknown) => new Date(v as string).toISOString();

interface UploadRow {
  id: string;
  doc_id: string;
  source: string;
  format: string;
  file_name: string | null;
  warnings: string;
  base_version: number | null;
  created_at: unknown;
  expires_at: unknown;
  committed_version: number | null;
  committed_at: unknown;
}

function toUpload(r: UploadRow): StoredUpload {
  return {
    id: r.id,
    docId: r.doc_id,
    source: r.source,
    format: r.format,
    fileName: r.file_name,
    warnings: JSON.parse(r.warnings) as string[],
    baseVersion: r.base_version === null ? null : Number(r.base_version),
    createdAt: iso(r.created_at),
    expiresAt: iso(r.expires_at),
    committedVersion: r.committed_version === null ? null : Number(r.committed_version),
    committedAt: r.committed_at === null ? null : iso(r.committed_at),
  };
}

/** Stores an upload for its preview; expired ones are dropped on the way. */
export async function saveUpload(db: Db, u: Omit<StoredUpload, 'committedVersion' | 'committedAt'>): Promise<void> {
  await db.query('DELETE FROM document_uploads WHERE expires_at < $1', [u.createdAt]);
  await db.query(
    `INSERT INTO document_uploads (id, doc_id, source, format, file_name, warnings, base_version, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [u.id, u.docId, u.source, u.format, u.fileName, JSON.stringify(u.warnings), u.baseVersion, u.createdAt, u.expiresAt],
  );
}

/** An upload that has not expired at `now`, or undefined. */
export async function findUpload(db: Db, id: string, now: Date): Promise<StoredUpload | undefined> {
  const rows = await db.query<UploadRow>('SELECT * FROM document_uploads WHERE id = $1 AND expires_at >= $2', [id, now.toISOString()]);
  return rows[0] ? toUpload(rows[0]) : undefined;
}

/** Drops an upload that was not committed; true when there was one. */
export async function discardUpload(db: Db, id: string): Promise<boolean> {
  const rows = await db.query<{ id: string }>('DELETE FROM document_uploads WHERE id = $1 AND committed_at IS NULL RETURNING id', [id]);
  return rows.length > 0;
}

/** The newest version number of a document (null when it never went through the admin API). */
export async function latestVersion(db: Db, docId: string): Promise<number | null> {
  const rows = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM document_versions WHERE doc_id = $1', [docId]);
  const v = rows[0]?.v;
  return v === null || v === undefined ? null : Number(v);
}

/** The versions of a document, newest first. */
export async function listVersions(db: Db, docId: string): Promise<VersionSummary[]> {
  const rows = await db.query<{ version: number; format: string; file_name: string | null; restored_from: number | null; created_at: unknown; chars: number }>(
    `SELECT version, format, file_name, restored_from, created_at, char_length(source) AS chars
       FROM document_versions WHERE doc_id = $1 ORDER BY version DESC`,
    [docId],
  );
  return rows.map((r) => ({
    version: Number(r.version),
    format: r.format,
    fileName: r.file_name,
    restoredFrom: r.restored_from === null ? null : Number(r.restored_from),
    createdAt: iso(r.created_at),
    chars: Number(r.chars),
  }));
}

/** The text of one version. */
export async function versionSource(db: Db, docId: string, version: number): Promise<{ source: string; format: string; fileName: string | null } | undefined> {
  const rows = await db.query<{ source: string; format: string; file_name: string | null }>(
    'SELECT source, format, file_name FROM document_versions WHERE doc_id = $1 AND version = $2',
    [docId, version],
  );
  const r = rows[0];
  return r ? { source: r.source, format: r.format, fileName: r.file_name } : undefined;
}

/** The newest version holding the text the admin API serves now (null when the shipped text serves). */
export async function liveVersion(db: Db, docId: string): Promise<number | null> {
  const rows = await db.query<{ v: number | null }>(
    `SELECT max(v.version) AS v FROM document_versions v
       JOIN admin_documents a ON a.doc_id = v.doc_id AND a.source = v.source
      WHERE v.doc_id = $1`,
    [docId],
  );
  const v = rows[0]?.v;
  return v === null || v === undefined ? null : Number(v);
}

/** The source the admin API serves for a document now (null when none is stored). */
export async function liveSource(db: Db, docId: string): Promise<string | null> {
  const rows = await db.query<{ source: string }>('SELECT source FROM admin_documents WHERE doc_id = $1', [docId]);
  return rows[0]?.source ?? null;
}

/**
 * Makes `source` the live text of `docId` as the next version, in one transaction: the version
 * row (with what was uploaded, or which version a restore copied), the live row, and the
 * upload marked committed. Returns the new version number.
 */
export async function storeVersion(
  db: Db,
  v: { docId: string; source: string; format: string; fileName: string | null; restoredFrom: number | null; at: string; uploadId?: string },
): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ v: number | null }>('SELECT max(version) AS v FROM document_versions WHERE doc_id = $1', [v.docId]);
    const version = Number(rows[0]?.v ?? 0) + 1;
    await tx.query(
      `INSERT INTO document_versions (doc_id, version, source, format, file_name, restored_from, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [v.docId, version, v.source, v.format, v.fileName, v.restoredFrom, v.at],
    );
    // The version trigger on admin_documents sees this text is already the newest version.
    await tx.query(
      `INSERT INTO admin_documents (doc_id, source, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (doc_id) DO UPDATE SET source = EXCLUDED.source, updated_at = EXCLUDED.updated_at`,
      [v.docId, v.source, v.at],
    );
    if (v.uploadId) {
      await tx.query('UPDATE document_uploads SET committed_version = $2, committed_at = $3 WHERE id = $1', [v.uploadId, version, v.at]);
    }
    return version;
  });
}
