/**
 * The vector side of search (`search_vector_candidates`, migration 008) has one branch per
 * dimension with an HNSW index (256, 1024, 1536) and an exact scan for any other. Each is
 * run here through the real search with an embedder of that dimension, and its neighbours
 * compared with an exact scan: a branch that only a remote embedder reaches must not first
 * fail in production.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalEmbedder, toVectorLiteral, type Embedder } from '../../../src/core/search/embedder.js';
import { prepareQuery } from '../../../src/core/search/text.js';
import { createTestContext, type TestContext } from '../../support/context.js';

describe.each([1024, 1536, 48])('search with %i-dimension vectors', (dim) => {
  let ctx: TestContext;
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = createLocalEmbedder({ dim });
    ctx = await createTestContext({ embedder });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('finds the clause that answers', async () => {
    const [hit] = await ctx.deps.search.search('以工代训补贴多少钱', 1);
    expect(hit?.clause).toBe('六(一)');
  });

  it('returns the same nearest clauses as an exact scan', async () => {
    const [v] = await embedder.embed([prepareQuery('新型学徒制培训补贴标准')]);
    const literal = toVectorLiteral(v!);
    const [candidates] = await ctx.db.query<{ seqs: number[]; sims: number[] }>(
      `select seqs, sims from search_vector_candidates((select active_generation from index_state where id = 1), $1, $2::text::vector, 10)`,
      [embedder.name, literal],
    );
    const exact = await ctx.db.query<{ seq: number; sim: number }>(
      `select seq, (1 - (embedding <=> $1::text::vector))::float8 as sim from embeddings
        where generation_id = (select active_generation from index_state where id = 1)
        order by embedding <=> $1::text::vector, seq limit 10`,
      [literal],
    );
    expect(candidates!.seqs.length).toBe(10);
    // Compared by similarity (clauses at equal distance may come in either order).
    const got = candidates!.sims.map(Number).sort((a, b) => b - a);
    const want = exact.map((r) => Number(r.sim));
    got.forEach((s, i) => expect(s).toBeCloseTo(want[i]!, 9));
  });
});
