import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, CORPUS_DIR } from '../../../../src/node/corpus-fs.js';
import { createTestContext, type TestContext } from '../../../support/context.js';

const TOKEN = 'admin-test-token-7c1f9a';
const auth = { Authorization: `Bearer ${TOKEN}` };

/** A small, valid policy document in the corpus format, with a distinctive phrase to search for. */
function extraDocument(id: string, phrase: string): string {
  return [
    '---',
    `id: ${id}`,
    'title: 测试补充通知',
    'docNo: 郑人社〔2020〕1号',
    'issuer: 郑州市人力资源和社会保障局',
    'issued: 2020-03-01',
    'period:',
    '  from: 2020-03-01',
    '  to: 2021-12-31',
    'source: test',
    '---',
    '郑州市人力资源和社会保障局关于测试的补充通知',
    '',
    '一、总体要求',
    '',
    `${phrase}，各单位按本通知执行。`,
    '',
    '二、工作措施',
    '',
    '（一）加强培训。各县（市、区）要组织开展培训。',
    '',
  ].join('\n');
}

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ env: { ADMIN_TOKEN: TOKEN }, deps: { corpus: () => loadCorpus() } });
}, 120_000);
afterAll(async () => ctx?.close());

const search = async (q: string) =>
  ((await (await ctx.app.request(`/api/search?q=${encodeURIComponent(q)}&k=5`)).json()) as { hits: { docId: string }[] }).hits;

describe('admin authentication', () => {
  it('refuses with 403 and says why when no ADMIN_TOKEN is set', async () => {
    const off = await createTestContext({ documents: false });
    try {
      const res = await off.app.request('/admin/stats', { headers: { Authorization: 'Bearer anything' } });
      expect(res.status).toBe(403);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('forbidden');
      expect(body.error.message).toContain('ADMIN_TOKEN');
    } finally {
      await off.close();
    }
  });

  it('asks for the token (401) when it is missing or wrong', async () => {
    for (const headers of [{}, { Authorization: 'Bearer wrong-token' }, { Authorization: TOKEN }] as Record<string, string>[]) {
      const res = await ctx.app.request('/admin/stats', { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('WWW-Authenticate')).toContain('Bearer');
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    }
  });
});

describe('admin overview and re-index', () => {
  it('reports the active index and basic counts', async () => {
    const res = await ctx.app.request('/admin/stats', { headers: auth });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { index: { id: number; clauseCount: number }; documents: number; questions: { total: number } };
    expect(body.index.clauseCount).toBeGreaterThan(20);
    expect(body.documents).toBe((await loadCorpus()).length);
    expect(body.questions.total).toBeGreaterThanOrEqual(0);
  });

  it('re-indexes: nothing to do when unchanged, a new generation when forced', async () => {
    const before = ((await (await ctx.app.request('/admin/stats', { headers: auth })).json()) as { index: { id: number } }).index.id;
    const same = await ctx.app.request('/admin/reindex', { method: 'POST', headers: auth });
    expect(same.status).toBe(200);
    expect(((await same.json()) as { changed: boolean }).changed).toBe(false);
    const forced = await ctx.app.request('/admin/reindex', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{"force":true}' });
    expect(forced.status).toBe(200);
    const result = (await forced.json()) as { changed: boolean; generation: number };
    expect(result.changed).toBe(true);
    expect(result.generation).toBeGreaterThan(before);
    expect((await search('以工代训')).length).toBeGreaterThan(0);
  });

  it('names a bad re-index option', async () => {
    const res = await ctx.app.request('/admin/reindex', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{"force":"yes"}' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { fields: { path: string }[] } }).error.fields[0]!.path).toBe('force');
  });
});

describe('adding and replacing documents', () => {
  const phrase = '星河职业技能试点专项行动';

  it('adds a valid document and serves it from the live index', async () => {
    const res = await ctx.app.request('/admin/documents/test-extra', {
      method: 'PUT',
      headers: { ...auth, 'Content-Type': 'text/markdown' },
      body: extraDocument('test-extra', phrase),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; clauses: number; replaced: boolean };
    expect(body).toMatchObject({ id: 'test-extra', replaced: false });
    expect(body.clauses).toBeGreaterThan(1);
    expect((await search(phrase)).map((h) => h.docId)).toContain('test-extra');
    const list = (await (await ctx.app.request('/admin/documents', { headers: auth })).json()) as { documents: { id: string; origin: string }[] };
    expect(list.documents.find((d) => d.id === 'test-extra')?.origin).toBe('admin');
  });

  it('refuses a bad document with the reason, and the live index keeps serving', async () => {
    const bad = extraDocument('test-extra', '不该出现的内容').replace('issued: 2020-03-01', 'issued: 2020-02-30');
    const res = await ctx.app.request('/admin/documents/test-extra', { method: 'PUT', headers: auth, body: bad });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string; fields: { path: string }[] } };
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toContain('issued');
    expect((await search(phrase)).map((h) => h.docId)).toContain('test-extra');
    expect((await search('以工代训')).length).toBeGreaterThan(0);
  });

  it('refuses a document whose id does not match the address, or without front matter', async () => {
    const mismatch = await ctx.app.request('/admin/documents/other-id', { method: 'PUT', headers: auth, body: extraDocument('test-extra', phrase) });
    expect(mismatch.status).toBe(400);
    expect(((await mismatch.json()) as { error: { fields: { path: string }[] } }).error.fields[0]!.path).toBe('id');
    const noFront = await ctx.app.request('/admin/documents', { method: 'POST', headers: auth, body: '一、总体要求\n\n没有元数据。' });
    expect(noFront.status).toBe(400);
    const empty = await ctx.app.request('/admin/documents', { method: 'POST', headers: auth, body: '' });
    expect(empty.status).toBe(400);
  });

  it('replaces a document: the new text is served, the old is gone', async () => {
    const res = await ctx.app.request('/admin/documents', { method: 'POST', headers: auth, body: extraDocument('test-extra', '月光职业技能替换专项行动') });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { replaced: boolean }).replaced).toBe(true);
    const clauses = await ctx.deps.clauses.list('test-extra');
    const text = clauses.map((c) => c.text).join('');
    expect(text).toContain('月光职业技能替换专项行动');
    expect(text).not.toContain(phrase);
  });

  it('keeps an added document through a re-index and removes it on request', async () => {
    await ctx.app.request('/admin/reindex', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{"force":true}' });
    expect((await ctx.deps.clauses.list('test-extra')).length).toBeGreaterThan(0);
    const del = await ctx.app.request('/admin/documents/test-extra', { method: 'DELETE', headers: auth });
    expect(del.status).toBe(200);
    expect(await ctx.deps.clauses.list('test-extra')).toEqual([]);
    const shippedIds = (await loadCorpus()).map((d) => d.meta.id);
    expect((await ctx.deps.clauses.documents()).map((d) => d.id).sort()).toEqual(shippedIds.sort());
    const again = await ctx.app.request('/admin/documents/test-extra', { method: 'DELETE', headers: auth });
    expect(again.status).toBe(404);
  });

  it('can replace a shipped document with a corrected copy', async () => {
    const [file] = (await import('node:fs/promises').then((fs) => fs.readdir(CORPUS_DIR))).filter((n) => n.endsWith('.md') && n.toLowerCase() !== 'readme.md');
    const source = await readFile(join(CORPUS_DIR, file!), 'utf8');
    const id = /^id:\s*(\S+)/m.exec(source)![1]!;
    const res = await ctx.app.request(`/admin/documents/${id}`, { method: 'PUT', headers: auth, body: source.replace('以工代训补贴', '以工代训补贴（已更正）') });
    expect(res.status).toBe(200);
    expect((await ctx.deps.clauses.list(id)).some((c) => c.text.includes('已更正'))).toBe(true);
  });
});

describe('question log and feedback', () => {
  beforeAll(async () => {
    const rows: [string, string, boolean, string][] = [
      ['q1', '以工代训补贴多少钱', true, '2026-01-01T10:00:00Z'],
      ['q2', '今天天气怎么样', false, '2026-01-01T09:00:00Z'],
      ['q3', '北京的补贴政策', false, '2026-01-01T11:00:00Z'],
      ['q4', '培训补贴怎么领', true, '2026-01-01T12:00:00Z'],
    ];
    for (const [id, question, answered, at] of rows) {
      await ctx.db.query(
        `insert into question_log (id, asked_at, session_id, channel, question, route, answered, mode, latency_ms)
         values ($1, $2, 'sess-admin-test', 'web', $3, $4, $5, 'extractive', 12)`,
        [id, at, question, answered ? 'lookup' : 'out_of_scope', answered],
      );
    }
    await ctx.db.query(`insert into answer_feedback (id, created_at, question_id, helpful, comment) values ('f1', '2026-01-01T12:30:00Z', 'q4', false, '没说清楚去哪里领')`);
    await ctx.db.query(`insert into answer_feedback (id, created_at, question_id, helpful) values ('f2', '2026-01-01T12:40:00Z', 'q1', true)`);
  });

  it('lists unanswered questions first, newest first within each group', async () => {
    const res = await ctx.app.request('/admin/questions?limit=10', { headers: auth });
    expect(res.status).toBe(200);
    const { questions } = (await res.json()) as { questions: { id: string; answered: boolean }[] };
    const ours = questions.filter((q) => ['q1', 'q2', 'q3', 'q4'].includes(q.id)).map((q) => q.id);
    expect(ours).toEqual(['q3', 'q2', 'q4', 'q1']);
    const firstAnswered = questions.findIndex((q) => q.answered);
    expect(questions.slice(firstAnswered).every((q) => q.answered)).toBe(true);
  });

  it('filters to the unanswered ones and pages', async () => {
    const only = (await (await ctx.app.request('/admin/questions?unanswered=1', { headers: auth })).json()) as { questions: { answered: boolean }[] };
    expect(only.questions.length).toBeGreaterThanOrEqual(2);
    expect(only.questions.every((q) => !q.answered)).toBe(true);
    const page = (await (await ctx.app.request('/admin/questions?limit=1&offset=1', { headers: auth })).json()) as { questions: unknown[] };
    expect(page.questions).toHaveLength(1);
    const bad = await ctx.app.request('/admin/questions?limit=0', { headers: auth });
    expect(bad.status).toBe(400);
  });

  it('shows feedback with the question it is about, and counts', async () => {
    const { feedback } = (await (await ctx.app.request('/admin/feedback', { headers: auth })).json()) as {
      feedback: { id: string; helpful: boolean; question: string | null; comment: string | null }[];
    };
    const f1 = feedback.find((f) => f.id === 'f1');
    expect(f1).toMatchObject({ helpful: false, question: '培训补贴怎么领', comment: '没说清楚去哪里领' });
    const stats = (await (await ctx.app.request('/admin/stats', { headers: auth })).json()) as {
      questions: { total: number; unanswered: number };
      feedback: { helpful: number; notHelpful: number };
    };
    expect(stats.questions.total).toBeGreaterThanOrEqual(4);
    expect(stats.questions.unanswered).toBeGreaterThanOrEqual(2);
    expect(stats.feedback.notHelpful).toBeGreaterThanOrEqual(1);
    expect(stats.feedback.helpful).toBeGreaterThanOrEqual(1);
  });
});
