/**
 * The admin API, behind `ADMIN_TOKEN` (see ./admin-auth.ts):
 *
 * - `GET  /admin/stats`             index generation, documents, question/feedback/session counts
 * - `POST /admin/reindex`           rebuild the index from the corpus (`{"force": true}` rebuilds
 *                                   even when nothing changed)
 * - `GET  /admin/documents`         the documents of the active index and where each comes from
 * - `PUT  /admin/documents/:id`     add or replace a document (the Markdown file as the body)
 * - `POST /admin/documents`         the same, with the id taken from the front matter
 * - `DELETE /admin/documents/:id`   remove a document that was added through the admin API
 * - `GET  /admin/questions`         the question log, unanswered first (`?unanswered=1` only those)
 * - `GET  /admin/feedback`          feedback on answers, newest first
 *
 * A document is checked completely (front matter and clause structure) before anything is
 * written, then indexed into a new generation; only when that succeeds is it stored and the
 * new generation made active. A bad document is refused with the reason, and whatever
 * fails, the live index keeps serving.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import type { PolicyDocument } from '../../corpus/types.js';
import { activeGeneration, ingest, type IngestResult } from '../../index/ingest.js';
import { embedderFromConfig } from '../../search/embedder.js';
import type { AppEnv } from '../app.js';
import type { AppDeps } from '../deps.js';
import { ApiError, fromZodError } from '../errors.js';
import { createRouter, errorResponses, json, register, registerSchema } from '../router.js';
import { SECURITY } from './openapi.js';
import { checkDocument, effectiveCorpus, storedDocuments } from './admin-corpus.js';
import { requireAdmin } from './admin-auth.js';
import { authThrottleFor } from '../middleware/auth-throttle.js';
import { counts, listFeedback, listQuestions } from './admin-reports.js';

const PageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
const QuestionsQuerySchema = PageSchema.extend({
  unanswered: z.enum(['0', '1', 'true', 'false']).optional(),
});
const ReindexSchema = z.object({ force: z.boolean().optional() }).strict();
const DOC_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DocIdSchema = z.string().regex(DOC_ID, '文档 id 只能是小写字母、数字和 -');

// --- OpenAPI entries: every admin route needs the admin token.
const admin = { tags: ['admin'], security: [{ [SECURITY.admin]: [] }] };
const adminErrors = errorResponses(400, 401, 403, 503);
const IndexResultSchema = z.looseObject({ generation: z.number(), changed: z.boolean(), clauses: z.number() }).openapi('IndexResult');
const markdownBody = {
  required: true,
  description: 'the Markdown document with its front matter (or JSON `{ "source": "…" }`)',
  content: {
    'text/markdown': { schema: { type: 'string' as const } },
    'application/json': { schema: { type: 'object' as const, properties: { source: { type: 'string' as const } }, required: ['source'] } },
  },
};
const docIdParam = { name: 'id', in: 'path' as const, required: true, schema: { type: 'string' as const, pattern: DOC_ID.source } };
const StoredSchema = z.looseObject({ id: z.string(), title: z.string(), clauses: z.number(), replaced: z.boolean(), index: IndexResultSchema });

const statsRoute = createRoute({
  ...admin, method: 'get', path: '/admin/stats', summary: 'Index generation, documents, question, feedback and session counts',
  responses: { 200: json('the numbers', z.looseObject({ index: z.looseObject({ id: z.number() }).nullable(), documents: z.number(), adminDocuments: z.number() })), ...adminErrors },
});
const reindexRoute = createRoute({
  ...admin, method: 'post', path: '/admin/reindex', summary: 'Rebuild the index from the corpus (`{"force": true}` rebuilds even when nothing changed)',
  request: { body: { required: false, content: { 'application/json': { schema: { $ref: '#/components/schemas/ReindexRequest' } } } } },
  responses: { 200: json('the new (or unchanged) index', IndexResultSchema), ...adminErrors },
});
const documentsRoute = createRoute({
  ...admin, method: 'get', path: '/admin/documents', summary: 'The documents of the active index and where each comes from',
  responses: { 200: json('the documents', z.object({ documents: z.array(z.looseObject({ id: z.string(), origin: z.enum(['admin', 'bundled']) })) })), ...adminErrors },
});
const putDocumentRoute = createRoute({
  ...admin, method: 'put', path: '/admin/documents/{id}', summary: 'Add or replace a document (checked completely before anything is written)',
  parameters: [docIdParam], request: { body: markdownBody },
  responses: { 200: json('replaced', StoredSchema), 201: json('added', StoredSchema), ...adminErrors },
});
const postDocumentRoute = createRoute({
  ...admin, method: 'post', path: '/admin/documents', summary: 'Add or replace a document, its id taken from the front matter',
  request: { body: markdownBody },
  responses: { 200: json('replaced', StoredSchema), 201: json('added', StoredSchema), ...adminErrors },
});
const deleteDocumentRoute = createRoute({
  ...admin, method: 'delete', path: '/admin/documents/{id}', summary: 'Remove a document that was added through the admin API',
  parameters: [docIdParam],
  responses: { 200: json('removed', z.object({ id: z.string(), removed: z.literal(true), index: IndexResultSchema })), ...errorResponses(400, 401, 403, 404, 503) },
});
const questionsRoute = createRoute({
  ...admin, method: 'get', path: '/admin/questions', summary: 'The question log, unanswered first (`?unanswered=1` only those)',
  request: { query: QuestionsQuerySchema },
  responses: { 200: json('a page of questions', z.looseObject({ questions: z.array(z.looseObject({ id: z.string() })), limit: z.number(), offset: z.number() })), ...adminErrors },
});
const feedbackListRoute = createRoute({
  ...admin, method: 'get', path: '/admin/feedback', summary: 'Feedback on answers, newest first',
  request: { query: PageSchema },
  responses: { 200: json('a page of feedback', z.looseObject({ feedback: z.array(z.looseObject({})), limit: z.number(), offset: z.number() })), ...adminErrors },
});

function parseQuery<T extends z.ZodType>(schema: T, c: Context): z.output<T> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

/** The uploaded Markdown: the raw body, or `{ "source": "…" }` when sent as JSON. */
async function uploadedSource(c: Context): Promise<string> {
  const type = c.req.header('Content-Type') ?? '';
  if (type.includes('application/json')) {
    const body = await c.req.json().catch(() => {
      throw new ApiError('bad_request', '请求体不是合法的 JSON');
    });
    const parsed = z.object({ source: z.string().min(1) }).safeParse(body);
    if (!parsed.success) throw fromZodError(parsed.error);
    return parsed.data.source;
  }
  const text = await c.req.text();
  if (!text.trim()) throw new ApiError('bad_request', '请求体为空：请发送 Markdown 文档（含 front matter）', [{ path: '(body)', message: 'empty' }]);
  return text;
}

export function adminRoutes(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerSchema(app, 'ReindexRequest', ReindexSchema);
  app.use('/admin/*', requireAdmin(deps.config.ADMIN_TOKEN, authThrottleFor(deps)));
  const now = () => deps.now?.() ?? new Date();

  // One index build at a time in this process (on a server, ingest also takes a database lock).
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  };

  const shipped = async (): Promise<PolicyDocument[]> => {
    if (!deps.corpus) throw new ApiError('unavailable', '这个部署没有配置语料来源，无法重建索引');
    return deps.corpus();
  };

  /** Indexes the shipped corpus with the stored documents, plus `pending` (not yet stored). */
  const reindex = async (force: boolean, pending?: PolicyDocument, removing?: string): Promise<IngestResult & { skipped: string[] }> => {
    const { documents, skipped } = await effectiveCorpus(deps.db, await shipped(), removing);
    let docs = documents;
    if (pending) docs = [...docs.filter((d) => d.meta.id !== pending.meta.id), pending];
    try {
      const result = await ingest(deps.db, { documents: docs, embedder: embedderFromConfig(deps.config), force });
      // The documents' parameter changes may have changed with them.
      deps.parameters?.refresh();
      return { ...result, skipped };
    } catch (err) {
      if (err instanceof ApiError) throw err;
      deps.log?.('error', 'reindex failed', { error: err instanceof Error ? err.message : String(err) });
      throw new ApiError('unavailable', `重建索引失败，原索引继续服务: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  register(app, statsRoute, async (c) => {
    const [index, numbers, stored] = await Promise.all([
      activeGeneration(deps.db),
      counts(deps.db, now(), deps.config.SESSION_IDLE_MINUTES),
      storedDocuments(deps.db),
    ]);
    const docs = await deps.clauses.documents();
    return c.json({ index: index ?? null, documents: docs.length, adminDocuments: stored.length, ...numbers });
  });

  register(app, reindexRoute, async (c) => {
    let force = false;
    if ((c.req.header('Content-Length') ?? '0') !== '0' || c.req.header('Content-Type')?.includes('json')) {
      const raw = await c.req.text();
      if (raw.trim()) {
        let json: unknown;
        try {
          json = JSON.parse(raw);
        } catch {
          throw new ApiError('bad_request', '请求体不是合法的 JSON');
        }
        const parsed = ReindexSchema.safeParse(json);
        if (!parsed.success) throw fromZodError(parsed.error);
        force = parsed.data.force ?? false;
      }
    }
    const result = await serial(() => reindex(force));
    deps.log?.('info', 'reindexed', { generation: result.generation, changed: result.changed, clauses: result.clauses, ms: result.ms });
    return c.json(result);
  });

  register(app, documentsRoute, async (c) => {
    const [docs, stored] = await Promise.all([deps.clauses.documents(), storedDocuments(deps.db)]);
    const admin = new Map(stored.map((s) => [s.docId, s.updatedAt]));
    return c.json({
      documents: docs.map((meta) => ({ ...meta, origin: admin.has(meta.id) ? 'admin' : 'bundled', updatedAt: admin.get(meta.id) ?? null })),
    });
  });

  const putDocument = async (c: Context, expectedId?: string) => {
    if (expectedId !== undefined) {
      const id = DocIdSchema.safeParse(expectedId);
      if (!id.success) throw fromZodError(id.error, '文档 id 有误', 'id');
    }
    const source = await uploadedSource(c);
    const check = checkDocument(source, expectedId);
    if (!check.ok) {
      throw new ApiError('bad_request', `文档未通过检查，现有索引不变: ${check.reason}`, [
        { path: check.field ?? '(document)', message: check.reason },
      ]);
    }
    const doc = check.document;
    const result = await serial(async () => {
      // Replacing: the id is served now (shipped or added earlier); else it is a new document.
      const existed = (await deps.clauses.documents()).some((m) => m.id === doc.meta.id);
      const indexed = await reindex(false, doc);
      // Stored only after the index containing it is live: a failure above stores nothing.
      await deps.db.query(
        `INSERT INTO admin_documents (doc_id, source, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (doc_id) DO UPDATE SET source = EXCLUDED.source, updated_at = EXCLUDED.updated_at`,
        [doc.meta.id, source, now().toISOString()],
      );
      return { existed, indexed };
    });
    deps.log?.('info', 'document stored', { docId: doc.meta.id, clauses: check.clauses, generation: result.indexed.generation });
    return c.json(
      { id: doc.meta.id, title: doc.meta.title, clauses: check.clauses, replaced: result.existed, index: result.indexed },
      result.existed ? 200 : 201,
    );
  };
  register(app, putDocumentRoute, (c) => putDocument(c, c.req.param('id')));
  register(app, postDocumentRoute, (c) => putDocument(c));

  register(app, deleteDocumentRoute, async (c) => {
    const id = c.req.param('id');
    const result = await serial(async () => {
      const stored = await storedDocuments(deps.db);
      if (!stored.some((s) => s.docId === id)) {
        throw new ApiError('not_found', `没有通过管理接口添加的文档 "${id}"（随服务发布的文档要在语料目录中修改）`);
      }
      const indexed = await reindex(false, undefined, id);
      await deps.db.query('DELETE FROM admin_documents WHERE doc_id = $1', [id]);
      return indexed;
    });
    return c.json({ id, removed: true, index: result });
  });

  register(app, questionsRoute, async (c) => {
    const q = parseQuery(QuestionsQuerySchema, c);
    const unansweredOnly = q.unanswered === '1' || q.unanswered === 'true';
    const questions = await listQuestions(deps.db, { limit: q.limit, offset: q.offset, unansweredOnly });
    return c.json({ questions, limit: q.limit, offset: q.offset });
  });

  register(app, feedbackListRoute, async (c) => {
    const q = parseQuery(PageSchema, c);
    return c.json({ feedback: await listFeedback(deps.db, q), limit: q.limit, offset: q.offset });
  });

  return app;
}
