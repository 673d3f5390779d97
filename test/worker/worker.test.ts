/**
 * The Workers deployment: the bundle wrangler would upload (built offline, size measured),
 * and — when a PostgreSQL server is available (TEST_DATABASE_URL, CI's server pass) — a smoke
 * test of `wrangler dev` on a local port talking to that server through the DATABASE_URL
 * secret, in a schema of its own.
 */
import { createScratchSchema, dropScratchSchema } from '../support/scratch-schema.js';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildBundle, ROOT, startDev, type Bundle, type DevServer } from './wrangler.js';

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;
const MiB = 1024 * 1024;

describe('Workers bundle', () => {
  let bundle: Bundle;
  beforeAll(async () => {
    bundle = await buildBundle();
  }, 120_000);

  // Cloudflare's size limit is on the gzipped upload: 3 MiB on the Workers Free plan (raised from
  // 1 MiB in late 2024), 10 MiB on Paid. The Free plan's limit is the one a deployer cannot buy past.
  it('bundles offline and stays within the Free plan limit of 3 MiB gzipped', () => {
    console.log(`worker bundle: ${(bundle.bytes / 1024).toFixed(0)} KiB, ${(bundle.gzipBytes / 1024).toFixed(0)} KiB gzipped`);
    expect(bundle.gzipBytes).toBeGreaterThan(10_000);
    expect(bundle.gzipBytes).toBeLessThanOrEqual(3 * MiB);
  });

  it('carries every migration and the policy corpus as they are on disk, and no Node-only database code', async () => {
    const migrations = (await readdir(join(ROOT, 'migrations'))).filter((n) => /^\d{3,}_.+\.sql$/.test(n));
    expect(migrations.length).toBeGreaterThan(5);
    for (const name of migrations) expect(bundle.source).toContain(JSON.stringify(name));
    const corpus = (await readdir(join(ROOT, 'policy-corpus'))).filter((n) => n.endsWith('.md'));
    for (const name of corpus) expect(bundle.source).toContain(JSON.stringify(name));
    // esbuild writes the text's non-ASCII characters as \u escapes.
    const ascii = (s: string) => s.replace(/[^\x00-\x7f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'));
    expect(bundle.source).toContain(ascii('郑政办〔2019〕63号'));
    // The embedded database is for Node only; shipping it would cost megabytes.
    expect(bundle.source).not.toContain('@electric-sql/pglite');
  });

  it('carries the widget and the console compiled from src/web-client', () => {
    expect(bundle.source).toContain('widget/main.js');
    expect(bundle.source).toContain('console/main.js');
  });

});

describe.runIf(TEST_DATABASE_URL)('wrangler dev against the local PostgreSQL', () => {
  const schema = `w_${Date.now().toString(36)}_${process.pid}`;
  const adminToken = `worker-admin-${Math.random().toString(36).slice(2)}`;
  const wechatToken = 'worker-wechat-token';
  const signed = (nonce: string) => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = createHash('sha1').update([wechatToken, timestamp, nonce].sort().join('')).digest('hex');
    return `signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`;
  };
  let dev: DevServer;

  beforeAll(async () => {
    await createScratchSchema(TEST_DATABASE_URL!, schema);
    const url = new URL(TEST_DATABASE_URL!);
    url.searchParams.set('search_path', `${schema},public`);
    // Debug logs: they say when the services are composed and when the clause index is read.
    dev = await startDev({ DATABASE_URL: url.toString(), ADMIN_TOKEN: adminToken, RATE_LIMIT_PER_MINUTE: '0', WECHAT_TOKEN: wechatToken, LOG_LEVEL: 'debug' });
  }, 200_000);

  afterAll(async () => {
    await dev?.stop();
    await dropScratchSchema(TEST_DATABASE_URL!, schema);
  }, 60_000);

  it('answers /healthz with a request id and the security headers', async () => {
    const res = await fetch(`${dev.baseUrl}/healthz`, { headers: { 'X-Request-Id': 'smoke-1' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('X-Request-Id')).toBe('smoke-1');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('searches the policy, indexed on the first request, from Postgres', async () => {
    const res = await fetch(`${dev.baseUrl}/api/search?q=${encodeURIComponent('以工代训补贴标准')}&k=3`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { hits: { clause: string; text: string }[] };
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits.map((h) => h.clause)).toContain('六(一)');
    const ready = await fetch(`${dev.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('runs the eligibility rules', async () => {
    const res = await fetch(`${dev.baseUrl}/api/eligibility`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        asOf: '2020-06-01',
        applicant: { type: 'employer', entity: 'enterprise', insured: true, hires: [{ group: 'poor_labor', count: 2, monthsEmployed: 8, onJobTrainingMonths: 6, preJobTrainingSubsidy: false }] },
      }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: { id: string; status: string; amountYuan: number | null }[] };
    const onJob = body.results.find((r) => r.id === 'on_job_training');
    expect(onJob?.status).toBe('eligible');
    // 2 people × 200 yuan × 6 months, per 六(一).
    expect(onJob?.amountYuan).toBe(2400);
  });

  it('serves the embeddable widget', async () => {
    const res = await fetch(`${dev.baseUrl}/widget.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/javascript/);
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(await res.text()).toContain('data-widget');
  });

  it('answers the WeChat Official Account callback: verification and a text message', async () => {
    const verify = await fetch(`${dev.baseUrl}/wechat/mp?${signed('n1')}&echostr=hello-worker`);
    expect(verify.status).toBe(200);
    expect(await verify.text()).toBe('hello-worker');
    const xml =
      '<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[o_worker_user]]></FromUserName>' +
      `<CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
      '<Content><![CDATA[以工代训补贴标准是多少]]></Content><MsgId>7000000000000001</MsgId></xml>';
    const res = await fetch(`${dev.baseUrl}/wechat/mp?${signed('n2')}&openid=o_worker_user`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: xml });
    expect(res.status).toBe(200);
    const reply = await res.text();
    expect(reply).toContain('<ToUserName><![CDATA[o_worker_user]]></ToUserName>');
    expect(reply).toMatch(/200/);
  });

  it('refuses bad input with the one error shape, and guards admin with the token', async () => {
    const bad = await fetch(`${dev.baseUrl}/api/search?k=500`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('bad_request');
    expect((await fetch(`${dev.baseUrl}/admin/stats`)).status).toBe(401);
    const stats = await fetch(`${dev.baseUrl}/admin/stats`, { headers: { Authorization: `Bearer ${adminToken}` } });
    expect(stats.status).toBe(200);
    expect(((await stats.json()) as { documents: number }).documents).toBeGreaterThan(0);
  });

  it('composes its services once per isolate: several questions, concurrent ones too, read the clause index at most once', async () => {
    const logLines = () =>
      dev
        .output()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    // The answer pipeline reads the whole clause list (no docId) to build its clause index.
    const indexReads = () => logLines().filter((p) => p.msg === 'clauses read' && p.docId === undefined).length;
    const ask = async (question: string) => {
      const res = await fetch(`${dev.baseUrl}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) });
      expect(res.status).toBe(200);
      return (await res.json()) as { answered: boolean; citations: { clause: string }[] };
    };
    const before = indexReads();
    // Two at once: each request's statements must go to its own connection.
    const [onJob, apprentice] = await Promise.all([ask('以工代训补贴标准是多少'), ask('企业新型学徒制培训补贴标准')]);
    expect(onJob.citations.map((c) => c.clause)).toContain('六(一)');
    expect(apprentice.answered).toBe(true);
    for (const q of ['职业培训补贴怎么申请', '贫困劳动力参加培训有什么补贴', '以工代训补贴标准是多少']) expect((await ask(q)).answered).toBe(true);
    // Services built per request would read it once per question (5 here); the index is kept a minute.
    expect(indexReads() - before).toBeLessThanOrEqual(1);
    expect(indexReads()).toBeGreaterThanOrEqual(1);
    expect(logLines().filter((p) => p.msg === 'services composed')).toHaveLength(1);
  }, 60_000);

  it('serves /openapi.json generated from its routes', async () => {
    const res = await fetch(`${dev.baseUrl}/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { paths: Record<string, Record<string, unknown>> };
    for (const path of ['/api/ask', '/api/search', '/wechat/mp', '/admin/stats']) expect(Object.keys(doc.paths)).toContain(path);
  });

  it('logs JSON lines with the request id and without the admin token', () => {
    const lines = dev.output().split('\n').filter((l) => l.startsWith('{'));
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.some((p) => p.requestId === 'smoke-1' && p.path === '/healthz')).toBe(true);
    expect(dev.output()).not.toContain(adminToken);
  });
});
