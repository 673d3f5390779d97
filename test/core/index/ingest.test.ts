import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clause, PolicyDocument } from '../../../src/core/corpus/types.js';
import { migrate } from '../../../src/core/db/migrate.js';
import type { Db } from '../../../src/core/db/types.js';
import { activeGeneration, ingest, type IngestProgress } from '../../../src/core/index/ingest.js';
import { createLocalEmbedder, type Embedder } from '../../../src/core/search/embedder.js';
import { createHybridSearch } from '../../../src/core/search/hybrid.js';
import { createClauseStore } from '../../../src/core/search/clause-store.js';
import { loadCorpus } from '../../../src/node/corpus-fs.js';
import { loadMigrations } from '../../../src/node/migrations-fs.js';
import { createPostgresDb } from '../../../src/core/db/postgres.js';
import { defaultDbKind, openTestDb, TEST_DATABASE_URL } from '../../support/context.js';

let db: Db;
let dispose: () => Promise<void>;
let corpus: PolicyDocument[];
const embedder = createLocalEmbedder();

beforeAll(async () => {
  ({ db, dispose } = await openTestDb());
  await migrate(db, await loadMigrations());
  corpus = await loadCorpus();
});
afterAll(async () => {
  await dispose();
});

/** A second small document, written like a real one, to change and break. */
function extraDoc(body: string, id = 'zz-test-extra'): PolicyDocument {
  return {
    meta: {
      id,
      title: '测试补充通知',
      docNo: '郑人社〔2020〕1号',
      issuer: '郑州市人力资源和社会保障局',
      issued: '2020-01-02',
      period: { from: '2020-01-02', to: '2020-12-31' },
      source: 'test',
    },
    body,
  };
}
const EXTRA_BODY = '郑州市人力资源和社会保障局文件\n\n郑人社〔2020〕1号\n\n关于测试的通知\n\n各有关单位：\n\n现将有关事项通知如下。\n\n2020年1月2日\n\n一、总体要求\n\n面向家政服务人员开展育婴员培训，每人补贴八百元。\n\n二、工作措施\n\n开展直播电商培训。\n';

async function generationIds(): Promise<number[]> {
  const rows = await db.query<{ id: number }>('select id from index_generations order by id');
  return rows.map((r) => Number(r.id));
}

describe(`ingest (${defaultDbKind()})`, () => {
  it('indexes the corpus with progress, then does nothing when nothing changed', async () => {
    const events: IngestProgress[] = [];
    const first = await ingest(db, { documents: corpus, embedder, onProgress: (p) => events.push(p) });
    expect(first.changed).toBe(true);
    expect(first.clauses).toBeGreaterThan(30);
    expect(first.embedded).toBe(first.clauses);
    const phases = new Set(events.map((e) => e.phase));
    for (const p of ['parse', 'embed', 'store', 'activate', 'done']) expect(phases).toContain(p);
    for (const e of events) expect(e.done).toBeLessThanOrEqual(e.total);

    const again: IngestProgress[] = [];
    const second = await ingest(db, { documents: corpus, embedder, onProgress: (p) => again.push(p) });
    expect(second).toMatchObject({ changed: false, generation: first.generation, embedded: 0 });
    expect(again.map((e) => e.phase)).not.toContain('store');
    expect(await generationIds()).toEqual([first.generation]);
  });

  it('re-indexes when a document is added or changed, reusing vectors of unchanged clauses', async () => {
    const before = (await activeGeneration(db))!;
    const added = await ingest(db, { documents: [...corpus, extraDoc(EXTRA_BODY)], embedder });
    expect(added.changed).toBe(true);
    expect(added.generation).not.toBe(before.id);
    expect(added.reused).toBe(before.clauseCount);
    expect(added.embedded).toBeGreaterThan(0);
    expect(added.embedded).toBeLessThan(6);
    // The old generation is gone once the new one serves.
    expect(await generationIds()).toEqual([added.generation]);
    const store = createClauseStore(db);
    expect((await store.documents()).map((d) => d.id)).toContain('zz-test-extra');

    const changed = await ingest(db, { documents: [...corpus, extraDoc(EXTRA_BODY.replace('八百元', '一千元'))], embedder });
    expect(changed.changed).toBe(true);
    expect(changed.embedded).toBe(1);
    const hits = await createHybridSearch({ db, embedder }).search('育婴员培训补贴', 1);
    expect(hits[0]).toMatchObject({ docId: 'zz-test-extra', clause: '一' });
    expect(hits[0]!.text).toContain('一千元');
  });

  it('re-indexes everything when the embedder changes', async () => {
    const other = createLocalEmbedder({ dim: 128 });
    const result = await ingest(db, { documents: corpus, embedder: other });
    expect(result.changed).toBe(true);
    expect(result.reused).toBe(0);
    expect(result.embedded).toBe(result.clauses);
    const active = (await activeGeneration(db))!;
    expect(active).toMatchObject({ embedder: other.name, dim: 128 });
    const dims = await db.query<{ dim: number; n: number }>('select dim, count(*)::int as n from embeddings group by dim');
    expect(dims).toEqual([{ dim: 128, n: result.clauses }]);
    // Back to the default embedder for the tests below.
    expect((await ingest(db, { documents: corpus, embedder })).changed).toBe(true);
  });

  it('a bad document leaves the previous index serving', async () => {
    const before = (await activeGeneration(db))!;
    const search = createHybridSearch({ db, embedder });
    // Its numbering repeats item 一: the parser refuses it rather than cite clauses wrongly.
    const broken = extraDoc(EXTRA_BODY.replace('二、工作措施', '一、工作措施'));
    await expect(ingest(db, { documents: [...corpus, broken], embedder })).rejects.toThrow(/zz-test-extra/);
    expect((await activeGeneration(db))!.id).toBe(before.id);
    expect(await generationIds()).toEqual([before.id]);
    expect((await search.search('以工代训补贴多少钱', 1))[0]?.clause).toBe('六(一)');
  });

  it('a failure mid-write (after the new generation was started) leaves the previous index serving', async () => {
    const before = (await activeGeneration(db))!;
    const search = createHybridSearch({ db, embedder });
    // Two clauses with one id: the clause insert fails after documents were written.
    const duplicating = (doc: PolicyDocument): Clause[] => {
      const base: Clause = { docId: doc.meta.id, clause: '一', path: ['一、总体要求'], title: '总体要求', text: '开展培训。', ordinal: 0, facts: {} };
      return [base, { ...base, ordinal: 1, text: '再开展培训。' }];
    };
    await expect(ingest(db, { documents: [extraDoc(EXTRA_BODY)], embedder, parse: duplicating })).rejects.toThrow();
    expect((await activeGeneration(db))!.id).toBe(before.id);
    expect(await generationIds()).toEqual([before.id]);
    const rows = await db.query<{ n: number }>('select count(*)::int as n from clauses');
    expect(rows[0]!.n).toBe(before.clauseCount);
    expect((await search.search('以工代训补贴多少钱', 1))[0]?.clause).toBe('六(一)');
  });

  it('an embedder failing halfway leaves the previous index serving', async () => {
    const before = (await activeGeneration(db))!;
    let calls = 0;
    const flaky: Embedder = {
      name: 'flaky-test-embedder',
      dim: 256,
      embed: async (texts) => {
        calls += 1;
        if (calls > 1) throw new Error('embedding endpoint went away');
        return embedder.embed(texts);
      },
    };
    await expect(ingest(db, { documents: corpus, embedder: flaky, embedBatch: 8 })).rejects.toThrow(/went away/);
    expect((await activeGeneration(db))!.id).toBe(before.id);
    expect(await generationIds()).toEqual([before.id]);
  });

  it('refuses two documents with one id', async () => {
    await expect(ingest(db, { documents: [extraDoc(EXTRA_BODY), extraDoc(EXTRA_BODY)], embedder })).rejects.toThrow(/share the id/);
  });
});

describe.runIf(TEST_DATABASE_URL)('ingest on a server from two processes at once', () => {
  it('builds once; the second finds the index up to date', async () => {
    const fresh = await openTestDb('postgres');
    const path = (await fresh.db.query<{ search_path: string }>('show search_path'))[0]!.search_path;
    const other = createPostgresDb(TEST_DATABASE_URL!, { max: 2, searchPath: path });
    try {
      await migrate(fresh.db, await loadMigrations());
      const [a, b] = await Promise.all([ingest(fresh.db, { documents: corpus, embedder }), ingest(other, { documents: corpus, embedder })]);
      expect([a.changed, b.changed].sort()).toEqual([false, true]);
      expect(a.generation).toBe(b.generation);
      const gens = await fresh.db.query<{ n: number }>('select count(*)::int as n from index_generations');
      expect(gens[0]!.n).toBe(1);
    } finally {
      await other.close();
      await fresh.dispose();
    }
  });
});
