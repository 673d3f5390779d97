import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../support/context.js';

const ctx = useTestContext();

async function get(path: string): Promise<{ status: number; body: any }> {
  const res = await ctx().app.request(path);
  return { status: res.status, body: await res.json() };
}
const q = (s: string) => encodeURIComponent(s);

describe('GET /api/search', () => {
  it('answers hits per the contract, 5 by default, with tookMs', async () => {
    const { status, body } = await get(`/api/search?q=${q('以工代训补贴多少钱')}`);
    expect(status).toBe(200);
    expect(body.hits).toHaveLength(5);
    expect(body.hits[0]).toMatchObject({ docId: 'zz-2019-63', clause: '六(一)', docNo: '郑政办〔2019〕63号' });
    // The contract's fields, and the document's 文号 and title (added: several documents at once).
    expect(Object.keys(body.hits[0]).sort()).toEqual(['clause', 'docId', 'docNo', 'docTitle', 'path', 'score', 'text']);
    expect(typeof body.tookMs).toBe('number');
  });

  it('takes k from 1 to 50', async () => {
    expect((await get(`/api/search?q=${q('培训')}&k=1`)).body.hits).toHaveLength(1);
    expect((await get(`/api/search?q=${q('培训')}&k=50`)).status).toBe(200);
  });

  it.each([
    ['/api/search', 'q'],
    ['/api/search?q=', 'q'],
    [`/api/search?q=${q('   ')}`, 'q'],
    [`/api/search?q=${q('补'.repeat(501))}`, 'q'],
    [`/api/search?q=${q('培训')}&k=0`, 'k'],
    [`/api/search?q=${q('培训')}&k=51`, 'k'],
    [`/api/search?q=${q('培训')}&k=abc`, 'k'],
    [`/api/search?q=${q('培训')}&k=2.5`, 'k'],
    [`/api/search?q=${q('培训')}&k=-3`, 'k'],
  ])('%s → 400 naming %s', async (path, field) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.fields.map((f: { path: string }) => f.path)).toEqual([field]);
  });

  it('accepts a 500-character question', async () => {
    expect((await get(`/api/search?q=${q('补贴'.repeat(250))}`)).status).toBe(200);
  });
});
