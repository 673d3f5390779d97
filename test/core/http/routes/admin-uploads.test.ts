import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../src/node/corpus-fs.js';
import { createTestContext, type TestContext } from '../../../support/context.js';
import { readFixture, readFixtureBytes } from '../../corpus/fixtures.js';

const TOKEN = 'admin-upload-token-5d2e8b';
const auth = { Authorization: `Bearer ${TOKEN}` };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let ctx: TestContext;
let server: ServerType;
let base: string;
beforeAll(async () => {
  ctx = await createTestContext({ env: { ADMIN_TOKEN: TOKEN }, deps: { corpus: () => loadCorpus() } });
  server = serve({ fetch: ctx.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await ctx?.close();
});

interface Preview {
  upload: { id: string; format: string; committed: { version: number } | null };
  document: { id: string; docNo: string; issued: string; printed?: string; issuer: string; title: string; amends?: unknown; supersedes?: unknown };
  found: { docNo?: string; attachments: { clause: string; title: string }[]; tail: Record<string, string> };
  replaces: { origin: string; version: number | null } | null;
  clauses: { clause: string; title: string; excerpt: string }[];
  warnings: string[];
  commit: { path: string };
}
interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

const http = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } });
const upload = (body: BodyInit, type: string | undefined, query = '') =>
  http(`/admin/uploads${query}`, { method: 'POST', body, headers: type ? { 'Content-Type': type } : {} });
const served = async (docId: string) => (await ctx.deps.clauses.list(docId)).map((c) => c.clause);
const searchDocs = async (q: string) =>
  ((await (await fetch(`${base}/api/search?q=${encodeURIComponent(q)}&k=5`)).json()) as { hits: { docId: string }[] }).hits.map((h) => h.docId);

const NOTICE_ID = 'zz-test-docx-9903';
const NOTICE_QUERY = `?id=${NOTICE_ID}&from=2021-03-01&to=2021-12-31`;
const NOTICE_CLAUSES = ['head', 'preamble', '一', '二(一)', '二(二)', '三', 'signature', '附件1', '附件2', 'tail'];

describe('upload → preview → commit → versions → restore', () => {
  let firstUpload: string;

  it('needs the admin token', async () => {
    const res = await fetch(`${base}/admin/uploads`, { method: 'POST', body: 'x', headers: { 'Content-Type': 'text/plain' } });
    expect(res.status).toBe(401);
  });

  it('previews a .docx without making it live: metadata read from the text, clauses, attachments, tail', async () => {
    const res = await upload(readFixtureBytes('short-notice.docx'), DOCX, NOTICE_QUERY);
    expect(res.status, await res.clone().text()).toBe(201);
    const p = (await res.json()) as Preview;
    firstUpload = p.upload.id;
    expect(p.upload).toMatchObject({ format: 'docx', committed: null });
    expect(p.document).toMatchObject({
      id: NOTICE_ID,
      docNo: '郑人社〔2021〕9903号',
      issuer: '郑州市人力资源和社会保障局',
      issued: '2021-03-01',
      printed: '2021-03-02',
      title: '关于开展职业技能培训月活动的通知（测试用）',
    });
    expect(p.clauses.map((c) => c.clause)).toEqual(NOTICE_CLAUSES);
    expect(p.clauses.find((c) => c.clause === '二(一)')).toMatchObject({ title: '集中开展技能培训' });
    expect(p.clauses.find((c) => c.clause === '附件2')?.title).toBe('培训月活动联系人名单（测试用）');
    expect(p.found.tail.抄送).toBe('郑州市人民政府办公厅。');
    expect(p.replaces).toBeNull();
    expect(p.commit.path).toBe(`/admin/uploads/${p.upload.id}/commit`);
    expect(await served(NOTICE_ID)).toEqual([]);
    expect(await searchDocs('职业技能培训月活动')).not.toContain(NOTICE_ID);

    const again = (await (await http(`/admin/uploads/${p.upload.id}`)).json()) as Preview;
    expect(again.clauses).toEqual(p.clauses);
  });

  it('commits the preview: indexed, searchable, version 1; a retried commit answers the same', async () => {
    const res = await http(`/admin/uploads/${firstUpload}/commit`, { method: 'POST' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ id: NOTICE_ID, version: 1, replaced: false, alreadyCommitted: false });
    expect(await served(NOTICE_ID)).toEqual(NOTICE_CLAUSES);
    expect(await searchDocs('职业技能培训月活动')).toContain(NOTICE_ID);

    const retry = await http(`/admin/uploads/${firstUpload}/commit`, { method: 'POST' });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ version: 1, alreadyCommitted: true });
  });

  it('takes the same notice as a multipart .pdf and makes it version 2', async () => {
    const form = new FormData();
    form.set('file', new Blob([readFixtureBytes('short-notice.pdf')], { type: 'application/pdf' }), 'short-notice.pdf');
    form.set('id', NOTICE_ID);
    form.set('meta', 'period:\n  from: 2021-03-01\n  to: 2021-06-30\n');
    const res = await http('/admin/uploads', { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const p = (await res.json()) as Preview;
    expect(p.upload.format).toBe('pdf');
    expect(p.clauses.map((c) => c.clause)).toEqual(NOTICE_CLAUSES);
    expect(p.document.docNo).toBe('郑人社〔2021〕9903号');
    expect(p.replaces).toMatchObject({ origin: 'admin', version: 1 });
    const commit = await http(`/admin/uploads/${p.upload.id}/commit`, { method: 'POST' });
    expect(commit.status).toBe(200);
    expect(await commit.json()).toMatchObject({ version: 2, replaced: true });
    expect((await ctx.deps.clauses.documents()).find((d) => d.id === NOTICE_ID)?.period).toEqual({ from: '2021-03-01', to: '2021-06-30' });
  });

  it('lists the versions and restores the first as version 3 through the same ingest', async () => {
    const list = (await (await http(`/admin/documents/${NOTICE_ID}/versions`)).json()) as {
      live: number;
      bundled: boolean;
      versions: { version: number; format: string; fileName: string | null; live: boolean }[];
    };
    expect(list.bundled).toBe(false);
    expect(list.live).toBe(2);
    expect(list.versions.map((v) => [v.version, v.format, v.live])).toEqual([
      [2, 'pdf', true],
      [1, 'docx', false],
    ]);
    const v1 = (await (await http(`/admin/documents/${NOTICE_ID}/versions/1`)).json()) as { source: string };
    expect(v1.source).toMatch(/^---\n[\s\S]*to: 2021-12-31[\s\S]*\n---\n郑州市人力资源和社会保障局文件/);

    const res = await http(`/admin/documents/${NOTICE_ID}/versions/1/restore`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: NOTICE_ID, restoredFrom: 1, version: 3 });
    expect((await ctx.deps.clauses.documents()).find((d) => d.id === NOTICE_ID)?.period).toEqual({ from: '2021-03-01', to: '2021-12-31' });
    const after = (await (await http(`/admin/documents/${NOTICE_ID}/versions`)).json()) as { live: number; versions: { version: number; restoredFrom: number | null }[] };
    expect(after.live).toBe(3);
    expect(after.versions[0]).toMatchObject({ version: 3, restoredFrom: 1 });

    expect((await http(`/admin/documents/${NOTICE_ID}/versions/9/restore`, { method: 'POST' })).status).toBe(404);
    expect((await http(`/admin/documents/${NOTICE_ID}/versions/x`)).status).toBe(400);
  });

  it('refuses a commit made stale by another commit of the same document', async () => {
    const a = (await (await upload(readFixtureBytes('short-notice.docx'), DOCX, NOTICE_QUERY)).json()) as Preview;
    const b = (await (await upload(readFixtureBytes('short-notice.docx'), DOCX, NOTICE_QUERY.replace('2021-12-31', '2021-11-30'))).json()) as Preview;
    expect((await http(`/admin/uploads/${a.upload.id}/commit`, { method: 'POST' })).status).toBe(200);
    const stale = await http(`/admin/uploads/${b.upload.id}/commit`, { method: 'POST' });
    expect(stale.status).toBe(400);
    expect(((await stale.json()) as ErrorBody).error.message).toContain('新版本');
    expect((await ctx.deps.clauses.documents()).find((d) => d.id === NOTICE_ID)?.period.to).toBe('2021-12-31');
  });

  it('keeps the versions written by PUT /admin/documents/:id as well', async () => {
    const md = readFixture('amending-notice.md');
    const put = await http('/admin/documents/zz-test-notice-9901', { method: 'PUT', body: md, headers: { 'Content-Type': 'text/markdown' } });
    expect(put.status).toBe(201);
    const replaced = md.replace('其他条件不变。', '其他条件不变，由各地人社部门负责解释。');
    expect((await http('/admin/documents/zz-test-notice-9901', { method: 'PUT', body: replaced })).status).toBe(200);
    const list = (await (await http('/admin/documents/zz-test-notice-9901/versions')).json()) as { live: number; versions: { version: number }[] };
    expect(list.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(list.live).toBe(2);
    expect((await http('/admin/documents/zz-test-notice-9901/versions/1/restore', { method: 'POST' })).status).toBe(200);
    const text = (await ctx.deps.clauses.list('zz-test-notice-9901')).map((c) => c.text).join('');
    expect(text).not.toContain('负责解释');
  });

  it('lists the plan as bundled with no versions until one is uploaded', async () => {
    const list = (await (await http('/admin/documents/zz-2019-63/versions')).json()) as { bundled: boolean; live: string; versions: unknown[] };
    expect(list).toMatchObject({ bundled: true, live: 'bundled', versions: [] });
    expect((await http('/admin/documents/no-such-doc/versions')).status).toBe(404);
  });
});

describe('previews of Markdown documents with relations', () => {
  it('shows an amending notice’s relations and its 1.-points as 二.1, 二.2', async () => {
    const res = await upload(readFixture('amending-notice.md'), 'text/markdown');
    expect(res.status).toBe(201);
    const p = (await res.json()) as Preview;
    expect(p.document.amends).toEqual([
      { document: '郑政办〔2019〕63号', from: '2021-01-01', parameters: [{ parameter: 'onJobMonthlyYuan', value: 300, clause: '一', quote: '自2021年1月1日起，以工代训补贴标准由每人每月200元调整为每人每月300元' }] },
    ]);
    expect(p.clauses.map((c) => c.clause)).toEqual(['head', 'preamble', '一', '二.1', '二.2', '三', 'signature', '附件', 'tail']);
    expect(p.clauses.find((c) => c.clause === '一')?.excerpt).toMatch(/^自2021年1月1日起，以工代训补贴标准由每人每月200元调整为每人每月300元/);
  });

  it('shows a superseding plan replacing the shipped one', async () => {
    const p = (await (await upload(readFixture('superseding-plan.md'), 'text/markdown')).json()) as Preview;
    expect(p.document.supersedes).toEqual([{ document: 'zz-2019-63', from: '2022-01-01' }]);
    expect(p.replaces).toBeNull();
    expect(p.clauses.map((c) => c.clause)).toContain('二.2');
  });
});

describe('refusals', () => {
  const errorOf = async (res: Response) => ({ status: res.status, body: (await res.json()) as ErrorBody });

  it('refuses broken numbering with the line and what was expected', async () => {
    const md = readFixture('superseding-plan.md').replace('三、保障措施', '四、保障措施');
    const { status, body } = await errorOf(await upload(md, 'text/markdown'));
    expect(status).toBe(400);
    const line = md.split('\n').findIndex((l) => l.startsWith('四、保障措施')) + 1;
    expect(body.error.message).toContain(`第 ${line} 行`);
    expect(body.error.message).toContain('三、');
    expect(body.error.fields?.[0]).toMatchObject({ path: '(document)' });
  });

  it('refuses front matter that contradicts the text, naming the field', async () => {
    const md = readFixture('amending-notice.md').replace('docNo: 郑人社〔2020〕9901号', 'docNo: 郑人社〔2020〕9902号');
    const { status, body } = await errorOf(await upload(md, 'text/markdown'));
    expect(status).toBe(400);
    expect(body.error.fields?.[0]?.path).toBe('docNo');
    expect(body.error.message).toContain('郑人社〔2020〕9901号');
  });

  it('applies the same check to PUT /admin/documents/:id', async () => {
    const md = readFixture('amending-notice.md').replace('issued: 2020-12-20', 'issued: 2020-12-10');
    const { status, body } = await errorOf(await http('/admin/documents/zz-test-notice-9901', { method: 'PUT', body: md }));
    expect(status).toBe(400);
    expect(body.error.fields?.[0]?.path).toBe('issued');
    expect(body.error.message).toContain('2020年12月20日');
  });

  it('names what a .docx upload lacks: the id, then the period', async () => {
    const noId = await errorOf(await upload(readFixtureBytes('short-notice.docx'), DOCX));
    expect(noId.status).toBe(400);
    expect(noId.body.error.fields?.[0]?.path).toBe('id');
    const noPeriod = await errorOf(await upload(readFixtureBytes('short-notice.docx'), DOCX, `?id=${NOTICE_ID}`));
    expect(noPeriod.body.error.fields?.[0]?.path).toBe('period');
  });

  it('refuses a file that is not what it claims, an unknown type, an empty body and a missing file part', async () => {
    const pdf = await errorOf(await upload(new TextEncoder().encode('%PDF-1.7 not really a pdf'), 'application/pdf', `?id=x-${'a'}`));
    expect(pdf.status).toBe(400);
    expect(pdf.body.error.fields?.[0]?.path).toBe('file');
    const docx = await errorOf(await upload(new TextEncoder().encode('PK not a zip'), DOCX, '?id=x-b'));
    expect(docx.status).toBe(400);
    expect((await upload(new Uint8Array([1, 2, 3]), 'image/png')).status).toBe(415);
    expect((await upload('', 'text/plain')).status).toBe(400);
    const form = new FormData();
    form.set('id', 'x-c');
    const noFile = await errorOf(await http('/admin/uploads', { method: 'POST', body: form }));
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.fields?.[0]?.path).toBe('file');
  });

  it('answers 413 for too much text and for a body over the admin limit', async () => {
    const big = `${readFixture('superseding-plan.md')}\n${'测'.repeat(0)}${'a'.repeat(1_100_000)}`;
    expect((await upload(big, 'text/markdown')).status).toBe(413);
    expect((await upload(new Uint8Array(3 * 1024 * 1024), 'application/pdf')).status).toBe(413);
  });

  it('answers 404 for an unknown or discarded preview', async () => {
    expect((await http('/admin/uploads/00000000-0000-4000-8000-000000000000/commit', { method: 'POST' })).status).toBe(404);
    const p = (await (await upload(readFixture('amending-notice.md'), 'text/markdown')).json()) as Preview;
    expect((await http(`/admin/uploads/${p.upload.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await http(`/admin/uploads/${p.upload.id}/commit`, { method: 'POST' })).status).toBe(404);
    expect((await http('/admin/uploads/not-an-id')).status).toBe(400);
  });
});
