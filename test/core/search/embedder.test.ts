import { describe, expect, it } from 'vitest';
import { createLocalEmbedder, createOpenAIEmbedder } from '../../../src/core/search/embedder.js';

const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('local embedder', () => {
  it('is deterministic, unit length, and puts related texts closer than unrelated ones', async () => {
    const e = createLocalEmbedder();
    expect(e.dim).toBe(256);
    const [a, a2, b, c] = await e.embed(['以工代训补贴标准', '以工代训补贴标准', '以工代训的补贴是多少', '技能大师工作室建设']);
    expect(a).toEqual(a2);
    expect(a!.length).toBe(256);
    expect(Math.abs(cos(a!, a!) - 1)).toBeLessThan(1e-9);
    expect(cos(a!, b!)).toBeGreaterThan(cos(a!, c!));
    expect(e.name).not.toBe(createLocalEmbedder({ dim: 128 }).name);
  });
});

describe('OpenAI-compatible embedder', () => {
  it('calls the /embeddings endpoint in batches and returns unit vectors in input order', async () => {
    const calls: { model: string; input: string[] }[] = [];
    // A real HTTP exchange with an in-process endpoint (the fetch the SDK is given).
    const endpoint = async (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const body = JSON.parse(String(init?.body)) as { model: string; input: string[] };
      calls.push(body);
      const data = body.input.map((text, index) => ({ object: 'embedding', index, embedding: [text.length, 0, 1] })).reverse();
      return new Response(JSON.stringify({ object: 'list', data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } }), {
        headers: { 'content-type': 'application/json' },
      });
    };
    const e = createOpenAIEmbedder({ model: 'bge-m3', baseURL: 'http://127.0.0.1:9/v1', batchSize: 2, fetch: endpoint as typeof fetch });
    expect(e.name).toBe('openai:bge-m3');
    const out = await e.embed(['一', '二二', '三三三']);
    expect(calls.map((c) => c.input)).toEqual([['一', '二二'], ['三三三']]);
    expect(out.map((v) => Math.round(v[0]! * 1000) / 1000)).toEqual([0.707, 0.894, 0.949]);
    for (const v of out) expect(Math.abs(cos(v, v) - 1)).toBeLessThan(1e-9);
  });
});
