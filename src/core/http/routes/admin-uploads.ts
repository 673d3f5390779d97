/**
 * Documents as they arrive, behind `ADMIN_TOKEN`: upload with a preview, then commit; every
 * version kept and restorable.
 *
 * - `POST   /admin/uploads`                 read and check a file (Markdown, text, .docx, .pdf;
 *                                           see ./admin-upload-body.ts) → 201 with the preview:
 *                                           metadata, relations, clauses (id, title, first
 *                                           characters), warnings. Nothing goes live.
 * - `GET    /admin/uploads/:id`             the preview again
 * - `POST   /admin/uploads/:id/commit`      make it live: index it, store it as the document's
 *                                           next version. A retried commit answers the same.
 * - `DELETE /admin/uploads/:id`             drop a preview
 * - `GET    /admin/documents/:id/versions`  the document's versions, newest first
 * - `GET    /admin/documents/:id/versions/:version`          one version's text
 * - `POST   /admin/documents/:id/versions/:version/restore`  make an earlier text live again
 *                                           (as a new version), through the same checks and
 *                                           the same ingest as an upload
 *
 * A file that cannot be read or parsed is refused with 400 and the reason (field or line, and
 * what was expected); text over the size limit with 413. A preview expires after a day. A
 * commit made after someone else's change to the same document is refused: preview again.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { intakeDocument, type IntakeDocument, type IntakeRefusal } from '../../corpus/intake.js';
import type { PolicyDocument } from '../../corpus/types.js';
import type { Db } from '../../db/types.js';
import { ingest, type IngestResult } from '../../index/ingest.js';
import { embedderFromConfig } from '../../search/embedder.js';
import type { AppEnv } from '../app.js';
import type { AppDeps } from '../deps.js';
import { ApiError, fromZodError } from '../errors.js';
import { authThrottleFor } from '../middleware/auth-throttle.js';
import { createRouter, errorResponses, json, register } from '../router.js';
import { requireAdmin } from './admin-auth.js';
import { SECURITY } from './openapi.js';
import { effectiveCorpus } from './admin-corpus.js';
import { readUploadRequest } from './admin-upload-body.js';
import {
  discardUpload,
  findUpload,
  latestVersion,
  listVersions,
  liveSource,
  liveVersion as liveVersionOf,
  saveUpload,
  storeVersion,
  versionSource,
  type StoredUpload,
} from './admin-upload-store.js';

/** How long a preview waits for its commit. */
export const PREVIEW_TTL_MS = 24 * 60 * 60 * 1000;
/** Characters of each clause shown in a preview. */
const EXCERPT_CHARS = 60;

const DocIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, '文档 id 只能是小写字母、数字和 -');
const UploadIdSchema = z.string().regex(/^[0-9a-f-]{36}$/, '上传 id 有误');
const VersionSchema = z.coerce.number().int().min(1).max(1_000_000);

function param<T extends z.ZodType>(schema: T, value: string | undefined, name: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw fromZodError(parsed.error, `${name} 有误`, name);
  return parsed.data;
}

/** A refused document as the one error body: 400 (413 for too much text), naming field and line. */
function refused(r: IntakeRefusal): ApiError {
  const where = r.line !== undefined ? `（第 ${r.line} 行${r.expected ? `，应为 ${r.expected}` : ''}）` : '';
  const message = `文档未通过检查，没有上线${where}: ${r.reason}`;
  return new ApiError(r.tooLarge ? 'payload_too_large' : 'bad_request', message, [
    { path: r.field, message: r.line !== undefined ? `line ${r.line}: ${r.reason}` : r.reason },
  ]);
}

/** One build of the index at a time per database, for every route of this file. */
const queues = new WeakMap<Db, Promise<unknown>>();
function serial<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  const run = (queues.get(db) ?? Promise.resolve()).then(fn, fn);
  queues.set(
    db,
    run.catch(() => {}),
  );
  return run;
}

// --- OpenAPI entries: every route here needs the admin token.
const admin = { tags: ['admin'], security: [{ [SECURITY.admin]: [] }] };
const uploadErrors = errorResponses(400, 401, 403, 413, 503);
const uploadIdParam = { name: 'id', in: 'path' as const, required: true, schema: { type: 'string' as const, format: 'uuid' } };
const docIdParam = { name: 'id', in: 'path' as const, required: true, schema: { type: 'string' as const } };
const versionParam = { name: 'version', in: 'path' as const, required: true, schema: { type: 'integer' as const, minimum: 1 } };
const PreviewSchema = z.looseObject({ id: z.string() });
const uploadBody = {
  required: true,
  description: 'the document: multipart field `file` (optional `meta` YAML), or the raw body with its content type (Markdown, text, .docx, .pdf)',
  content: {
    'multipart/form-data': { schema: { type: 'object' as const, properties: { file: { type: 'string' as const, format: 'binary' }, meta: { type: 'string' as const } } } },
    'application/octet-stream': { schema: { type: 'string' as const, format: 'binary' } },
    'text/markdown': { schema: { type: 'string' as const } },
  },
};
const uploadRoute = createRoute({
  ...admin, method: 'post', path: '/admin/uploads', summary: 'Read and check a document; answers its preview (nothing goes live)',
  request: { body: uploadBody }, responses: { 201: json('the preview', PreviewSchema), ...uploadErrors, ...errorResponses(415) },
});
const previewRoute = createRoute({
  ...admin, method: 'get', path: '/admin/uploads/{id}', summary: 'An upload\'s preview again', parameters: [uploadIdParam],
  responses: { 200: json('the preview', PreviewSchema), ...uploadErrors, ...errorResponses(404) },
});
const discardRoute = createRoute({
  ...admin, method: 'delete', path: '/admin/uploads/{id}', summary: 'Drop a preview', parameters: [uploadIdParam],
  responses: { 200: json('dropped', z.looseObject({ id: z.string(), discarded: z.literal(true) })), ...uploadErrors, ...errorResponses(404) },
});
const commitRoute = createRoute({
  ...admin, method: 'post', path: '/admin/uploads/{id}/commit', summary: 'Make an upload live: index it and store it as the document\'s next version', parameters: [uploadIdParam],
  responses: { 200: json('live', z.looseObject({ id: z.string() })), ...uploadErrors, ...errorResponses(404) },
});
const versionsRoute = createRoute({
  ...admin, method: 'get', path: '/admin/documents/{id}/versions', summary: 'A document\'s versions, newest first', parameters: [docIdParam],
  responses: { 200: json('the versions', z.looseObject({ id: z.string() })), ...uploadErrors, ...errorResponses(404) },
});
const versionRoute = createRoute({
  ...admin, method: 'get', path: '/admin/documents/{id}/versions/{version}', summary: 'One version\'s text', parameters: [docIdParam, versionParam],
  responses: { 200: json('the version', z.looseObject({ id: z.string(), version: z.number() })), ...uploadErrors, ...errorResponses(404) },
});
const restoreRoute = createRoute({
  ...admin, method: 'post', path: '/admin/documents/{id}/versions/{version}/restore', summary: 'Make an earlier version live again (as a new version)', parameters: [docIdParam, versionParam],
  responses: { 200: json('restored', z.looseObject({ id: z.string() })), ...uploadErrors, ...errorResponses(404) },
});

export function adminUploadRoutes(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();
  const guard = requireAdmin(deps.config.ADMIN_TOKEN, authThrottleFor(deps));
  app.use('/admin/uploads/*', guard);
  app.use('/admin/documents/:id/versions/*', guard);
  const now = () => deps.now?.() ?? new Date();

  /** Indexes the corpus with `doc` in place of (or beside) its id: the same ingest as PUT. */
  const indexWith = async (doc: PolicyDocument): Promise<IngestResult> => {
    if (!deps.corpus) throw new ApiError('unavailable', '这个部署没有配置语料来源，无法重建索引');
    const { documents } = await effectiveCorpus(deps.db, await deps.corpus());
    const docs = [...documents.filter((d) => d.meta.id !== doc.meta.id), doc];
    try {
      const result = await ingest(deps.db, { documents: docs, embedder: embedderFromConfig(deps.config), force: false });
      // The document's parameter changes (front matter `amends`) now reach the rules.
      deps.parameters?.refresh();
      return result;
    } catch (err) {
      deps.log?.('error', 'index with upload failed', { docId: doc.meta.id, error: err instanceof Error ? err.message : String(err) });
      throw new ApiError('unavailable', `重建索引失败，原索引继续服务: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  /** What the preview shows of a checked document. */
  const previewOf = async (upload: StoredUpload, checked: IntakeDocument) => {
    const { meta } = checked.document;
    const served = (await deps.clauses.documents()).some((m) => m.id === meta.id);
    const stored = await liveSource(deps.db, meta.id);
    const latest = await latestVersion(deps.db, meta.id);
    return {
      upload: {
        id: upload.id,
        format: upload.format,
        fileName: upload.fileName,
        createdAt: upload.createdAt,
        expiresAt: upload.expiresAt,
        committed: upload.committedVersion === null ? null : { version: upload.committedVersion, at: upload.committedAt },
      },
      document: meta,
      /** What the text says about itself (filled or checked the front matter). */
      found: checked.structure.info,
      replaces: served ? { origin: stored === null ? 'bundled' : 'admin', version: latest, unchanged: stored === upload.source } : null,
      clauses: checked.structure.clauses.map((c) => ({
        clause: c.clause,
        title: c.title,
        path: c.path,
        excerpt: c.text.length > EXCERPT_CHARS ? `${c.text.slice(0, EXCERPT_CHARS)}…` : c.text,
        chars: c.text.length,
      })),
      warnings: [...new Set([...upload.warnings, ...checked.warnings])],
      commit: { method: 'POST', path: `/admin/uploads/${upload.id}/commit` },
    };
  };

  /** Re-reads a stored upload's corpus file (it was checked at upload; checked again here). */
  const recheck = async (upload: StoredUpload): Promise<IntakeDocument> => {
    const checked = await intakeDocument({ bytes: new TextEncoder().encode(upload.source), format: 'markdown', fileName: upload.fileName ?? `${upload.docId}.md` });
    if (!checked.ok) throw refused(checked);
    return checked;
  };

  const loadUpload = async (c: Context): Promise<StoredUpload> => {
    const id = param(UploadIdSchema, c.req.param('id'), 'id');
    const upload = await findUpload(deps.db, id, now());
    if (!upload) throw new ApiError('not_found', `没有这个上传（或预览已过期）: ${id}。请重新上传`);
    return upload;
  };

  register(app, uploadRoute, async (c) => {
    const request = await readUploadRequest(c);
    const checked = await intakeDocument({ bytes: request.bytes, format: request.format, given: request.given, ...(request.fileName ? { fileName: request.fileName } : {}) });
    if (!checked.ok) throw refused(checked);
    const at = now();
    const upload: StoredUpload = {
      id: crypto.randomUUID(),
      docId: checked.document.meta.id,
      source: checked.source,
      format: request.format,
      fileName: request.fileName ?? null,
      warnings: checked.warnings,
      baseVersion: await latestVersion(deps.db, checked.document.meta.id),
      createdAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + PREVIEW_TTL_MS).toISOString(),
      committedVersion: null,
      committedAt: null,
    };
    await saveUpload(deps.db, upload);
    deps.log?.('info', 'upload previewed', { uploadId: upload.id, docId: upload.docId, format: upload.format, clauses: checked.structure.clauses.length });
    return c.json(await previewOf(upload, checked), 201);
  });

  register(app, previewRoute, async (c) => {
    const upload = await loadUpload(c);
    return c.json(await previewOf(upload, await recheck(upload)));
  });

  register(app, discardRoute, async (c) => {
    const upload = await loadUpload(c);
    if (upload.committedVersion !== null) throw new ApiError('bad_request', `这个上传已作为第 ${upload.committedVersion} 版上线，不能再丢弃`);
    await discardUpload(deps.db, upload.id);
    return c.json({ id: upload.id, discarded: true });
  });

  register(app, commitRoute, async (c) => {
    const first = await loadUpload(c);
    const result = await serial(deps.db, async () => {
      // Read again inside the queue: a concurrent commit of the same upload may have finished.
      const upload = (await findUpload(deps.db, first.id, now())) ?? first;
      if (upload.committedVersion !== null) return { upload, version: upload.committedVersion, index: null, replaced: true, again: true };
      const latest = await latestVersion(deps.db, upload.docId);
      if (latest !== upload.baseVersion) {
        throw new ApiError(
          'bad_request',
          `文档 ${upload.docId} 在预览之后已有新版本（第 ${latest} 版），为免覆盖别人的修改，本次上传没有上线。请重新上传并查看预览`,
          [{ path: 'id', message: `stale preview: base version ${upload.baseVersion ?? 'none'}, now ${latest}` }],
        );
      }
      const checked = await recheck(upload);
      const replaced = (await deps.clauses.documents()).some((m) => m.id === upload.docId);
      const index = await indexWith(checked.document);
      // Stored only after the index containing it is live: a failure above stores nothing.
      const version = await storeVersion(deps.db, {
        docId: upload.docId,
        source: upload.source,
        format: upload.format,
        fileName: upload.fileName,
        restoredFrom: null,
        at: now().toISOString(),
        uploadId: upload.id,
      });
      return { upload, version, index, replaced, again: false };
    });
    deps.log?.('info', 'upload committed', { uploadId: first.id, docId: first.docId, version: result.version });
    return c.json(
      { id: result.upload.docId, upload: result.upload.id, version: result.version, replaced: result.replaced, alreadyCommitted: result.again, index: result.index },
      result.again || result.replaced ? 200 : 201,
    );
  });

  register(app, versionsRoute, async (c) => {
    const id = param(DocIdSchema, c.req.param('id'), 'id');
    const [versions, live, liveAt, served] = await Promise.all([
      listVersions(deps.db, id),
      liveSource(deps.db, id),
      liveVersionOf(deps.db, id),
      deps.clauses.documents(),
    ]);
    const shipped = deps.corpus ? (await deps.corpus()).some((d) => d.meta.id === id) : false;
    if (!versions.length && !served.some((m) => m.id === id)) throw new ApiError('not_found', `没有文档 "${id}"`);
    const liveVersion = live === null ? null : liveAt;
    return c.json({
      id,
      bundled: shipped,
      live: live === null ? (shipped ? 'bundled' : null) : liveVersion,
      versions: versions.map((v) => ({ ...v, live: v.version === liveVersion })),
    });
  });

  register(app, versionRoute, async (c) => {
    const id = param(DocIdSchema, c.req.param('id'), 'id');
    const version = param(VersionSchema, c.req.param('version'), 'version');
    const found = await versionSource(deps.db, id, version);
    if (!found) throw new ApiError('not_found', `文档 "${id}" 没有第 ${version} 版`);
    return c.json({ id, version, ...found });
  });

  register(app, restoreRoute, async (c) => {
    const id = param(DocIdSchema, c.req.param('id'), 'id');
    const version = param(VersionSchema, c.req.param('version'), 'version');
    const result = await serial(deps.db, async () => {
      const found = await versionSource(deps.db, id, version);
      if (!found) throw new ApiError('not_found', `文档 "${id}" 没有第 ${version} 版`);
      // The parser may have become stricter since: the old text goes through today's checks.
      const checked = await intakeDocument({ bytes: new TextEncoder().encode(found.source), format: 'markdown', fileName: `${id}.v${version}.md` });
      if (!checked.ok) throw refused(checked);
      if (checked.document.meta.id !== id) throw new ApiError('bad_request', `第 ${version} 版的 front matter id 是 "${checked.document.meta.id}"，不是 "${id}"`);
      const index = await indexWith(checked.document);
      const newVersion = await storeVersion(deps.db, {
        docId: id,
        source: found.source,
        format: found.format,
        fileName: found.fileName,
        restoredFrom: version,
        at: now().toISOString(),
      });
      return { newVersion, index, clauses: checked.structure.clauses.length };
    });
    deps.log?.('info', 'document version restored', { docId: id, from: version, version: result.newVersion });
    return c.json({ id, restoredFrom: version, version: result.newVersion, clauses: result.clauses, index: result.index });
  });

  return app;
}
