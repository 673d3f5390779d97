/**
 * The in-memory ranking (memory-index.ts) against the SQL function it stands in for: for
 * every question of the eval sets, at several k, the same clauses in the same order with the
 * same scores — so moving the ranking out of the database changes no answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/core/db/migrate.js';
import type { Db } from '../../../src/core/db/types.js';
import { ingest } from '../../../src/core/index/ingest.js';
import { createLocalEmbedder, type Embedder } from '../../../src/core/search/embedder.js';
import { createHybridSearch } from '../../../src/core/search/hybrid.js';
import { loadCorpus } from '../../../src/node/corpus-fs.js';
import { loadMigrations } from '../../../src/node/migrations-fs.js';
import { HELDOUT_QUESTIONS } from '../../eval/heldout.js';
import { QUESTIONS } from '../../eval/questions.js';
import { openTestDb } from '../../support/context.js';

let db: Db;
let dispose: () => Promise<void>;
const embedder = createLocalEmbedder();

beforeAll(async () => {
  ({ db, dispose } = await openTestDb());
  await migrate(db, await loadMigrations());
  await ingest(db, { documents: await loadCorpus(), embedder });
});
afterAll(async () => {
  await dispose();
});

/** Questions people ask, plus edge cases: nothing to search, stop words only, numbers, repeats. */
const questions = [...QUESTIONS.map((q) => q.q), ...HELDOUT_QUESTIONS.map((q) => q.q), '的', '2019', 'abc', '补贴补贴补贴补贴', '以工代训 xyz'];

async function compare(embedderUsed: Embedder, options: { vectorWeight?: number; similarityAsEvidence?: boolean } = {}): Promise<void> {
  const inMemory = createHybridSearch({ db, embedder: embedderUsed, cacheHits: 0, ...options });
  const inSql = createHybridSearch({ db, embedder: embedderUsed, cacheHits: 0, memoryIndexMaxClauses: 0, ...options });
  for (const q of questions) {
    for (const k of [1, 5, 50]) {
      const expected = await inSql.search(q, k);
      expect({ q, k, hits: await inMemory.search(q, k) }).toEqual({ q, k, hits: expected });
    }
  }
}

describe('in-memory ranking', () => {
  it('returns what the SQL function returns for every eval question', async () => {
    await compare(embedder);
  }, 120_000);

  it('does the same with the vector side weighted as for a semantic embedder', async () => {
    await compare(embedder, { vectorWeight: 1, similarityAsEvidence: true });
  }, 120_000);

  it('ranks on the lexical side alone, as SQL does, when the embedder is down', async () => {
    const down: Embedder = { name: embedder.name, dim: embedder.dim, embed: async () => { throw new Error('unreachable'); } };
    await compare(down);
  }, 120_000);
});
