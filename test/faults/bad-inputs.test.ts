/**
 * A flood of bad input at every public door — fuzzed JSON, XML, query strings, methods and
 * paths (fast-check). What a user sees: a 4xx with the one error shape, never a 500, never a
 * stack trace; and the service keeps answering normal requests afterwards.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../support/context.js';

const WECHAT_TOKEN = 'fuzz-wechat-token';
const ctx = useTestContext({ env: { WECHAT_TOKEN, RATE_LIMIT_PER_MINUTE: '0', ADMIN_TOKEN: 'fuzz-admin-token-123' } });

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

/**
 * Fails the property on a 5xx or a stack trace; checks the error shape of JSON 4xx answers.
 * A 503 `unavailable` is allowed: it is how a door that is not configured here (WeCom) says so.
 */
async function expectNoServerError(res: Response, what: string): Promise<void> {
  const text = await res.text();
  if (res.status === 503 && (/"code":"unavailable"/.test(text) || what.startsWith('HEAD '))) return;
  if (res.status >= 500) throw new Error(`${what} → ${res.status}: ${text.slice(0, 300)}`);
  expect(text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  if (res.status >= 400 && text !== '' && (res.headers.get('Content-Type') ?? '').includes('application/json')) {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof body.error?.code).toBe('string');
    expect(typeof body.error?.message).toBe('string');
  }
}

const contentTypes = fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'text/xml', '', 'application/json; charset=gbk', 'multipart/form-data; boundary=x');

/** Raw bodies: JSON values of any shape, broken JSON, random and binary-ish text. */
const rawBodies = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
  fc.constantFrom('', '{', '[]', 'null', '{"question":null}', '{"question":"' + '长'.repeat(600) + '"}', '{"__proto__":{"x":1}}', '\u0000\u0001'),
);

/** Eligibility-like requests with wrong types and values in the right places. */
const anyValue = fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 20 }), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
const eligibilityLike = fc.record(
  {
    asOf: fc.oneof(fc.constantFrom('2020-01-01', '2021-02-29', '9999-99-99', ''), anyValue),
    applicant: fc.oneof(
      anyValue,
      fc.record(
        {
          type: fc.oneof(fc.constantFrom('person', 'employer', 'robot'), anyValue),
          groups: fc.oneof(fc.array(fc.constantFrom('veteran', 'poor_labor', 'nobody'), { maxLength: 30 }), anyValue),
          hires: fc.oneof(
            fc.array(fc.record({ group: fc.oneof(fc.constantFrom('poor_labor'), anyValue), count: anyValue, monthsEmployed: anyValue, onJobTrainingMonths: anyValue }, { requiredKeys: [] }), { maxLength: 5 }),
            anyValue,
          ),
          payrollYuan: fc.oneof(fc.double(), fc.constantFrom(1e308, -1, 0.001, Number.MAX_SAFE_INTEGER)),
          educationFundYuan: anyValue,
          entity: anyValue,
          insured: anyValue,
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);

/** XML-ish text: random tags, CDATA, entities, nesting, truncation. */
const xmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom('<xml>', '</xml>', '<![CDATA[', ']]>', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', '&e;', '&amp;', '<MsgType>', '</MsgType>', 'text', 'event', '<Content>', '</Content>', '<FromUserName>', '</FromUserName>', '<MsgId>', '</MsgId>', '<Encrypt>', '</Encrypt>', '<?xml version="1.0"?>'),
      fc.string({ maxLength: 30 }),
      fc.integer().map(String),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

function signedWechatQuery(nonce: string): string {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHash('sha1').update([WECHAT_TOKEN, timestamp, nonce].sort().join('')).digest('hex');
  return `signature=${signature}&timestamp=${timestamp}&nonce=${encodeURIComponent(nonce)}&openid=fuzz`;
}

describe('a flood of bad input', () => {
  it('POST /api/ask: fuzzed bodies and content types never give a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(rawBodies, contentTypes, async (body, type) => {
        const res = await ctx().app.request('/api/ask', { method: 'POST', headers: type ? { 'Content-Type': type } : {}, body });
        await expectNoServerError(res, `ask ${type} ${JSON.stringify(body).slice(0, 80)}`);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('POST /api/eligibility: wrong types and absurd values are refused, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(eligibilityLike.map((v) => JSON.stringify(v)), rawBodies), async (body) => {
        const res = await ctx().app.request('/api/eligibility', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
        await expectNoServerError(res, `eligibility ${body.slice(0, 120)}`);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('GET /api/search: any query string', async () => {
    const param = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('%', '%zz', '%E4%B', '5', '-1', '1e3', '50', '51', 'NaN', '١٢'));
    await fc.assert(
      fc.asyncProperty(param, param, fc.array(fc.tuple(fc.string({ maxLength: 8 }), param), { maxLength: 4 }), async (q, k, extra) => {
        // Raw (possibly broken) percent-encoding, as a hostile client would send it.
        const qs = [`q=${q}`, `k=${k}`, ...extra.map(([a, b]) => `${a}=${b}`)].join('&').replace(/[#\s]/g, '');
        const res = await ctx().app.request(`/api/search?${qs}`);
        await expectNoServerError(res, `search ?${qs.slice(0, 120)}`);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('POST /wechat/mp: fuzzed XML with a valid signature, and unsigned noise', async () => {
    await fc.assert(
      fc.asyncProperty(xmlish, fc.boolean(), fc.string({ maxLength: 10 }), async (xml, signed, nonce) => {
        const query = signed ? signedWechatQuery(nonce || 'n') : `signature=${nonce}&timestamp=1&nonce=2`;
        const res = await ctx().app.request(`/wechat/mp?${query}`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: xml });
        await expectNoServerError(res, `wechat ${xml.slice(0, 120)}`);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('any method on any door', async () => {
    const paths = fc.constantFrom('/api/ask', '/api/search', '/api/eligibility', '/api/feedback', '/wechat/mp', '/wechat/work', '/admin/stats', '/admin/reindex', '/admin/documents/x', '/widget.js', '/console', '/openapi.json', '/readyz', '/%2e%2e/etc/passwd', '/api/../admin/stats');
    const methods = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD');
    await fc.assert(
      fc.asyncProperty(paths, methods, rawBodies, async (path, method, body) => {
        const init: RequestInit = { method, headers: { 'Content-Type': 'application/json' } };
        if (method !== 'GET' && method !== 'HEAD') init.body = body;
        const res = await ctx().app.request(path, init);
        await expectNoServerError(res, `${method} ${path}`);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('still answers normal requests afterwards', async () => {
    expect((await ctx().app.request('/healthz')).status).toBe(200);
    const res = await ctx().app.request(`/api/search?q=${encodeURIComponent('以工代训')}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { hits: unknown[] }).hits.length).toBeGreaterThan(0);
  });
});
