/**
 * The search result cache, through the real search on a real database: a repeated question
 * is answered without running the search again, a new index generation is never answered
 * from an older one's entries, and a degraded (lexical-only) answer is not kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../../../src/core/corpus/types.js';
import { migrate } from '../../../src/core/db/migrate.js';
import type { Db } from '../../../src/core/db/types.js';
import { ingest } from '../../../src/core/index/ingest.js';
import { createLocalEmbedder, type Embedder } from '../../../src/core/search/embedder.js';
import { createHybridSearch } from '../../../src/core/search/hybrid.js';
import { createSearchResultCache } from '../../../src/core/search/result-cache.js';
import { loadCorpus } from '../../../src/node/corpus-fs.js';
import { loadMigrations } from '../../../src/node/migrations-fs.js';
import { openTestDb } from '../../support/context.js';

let db: Db;
let dispose: () => Promise<void>;
let corpus: PolicyDocument[];
const embedder = createLocalEmbedder();

/** The database, with every statement sent through it recorded (nothing else changed). */
function recording(inner: Db): { db: Db; statements: string[] } {
  const statements: string[] = [];
  const db: Db = {
    kind: inner.kind,
    query: (sql, params) => {
      statements.push(sql);
      return inner.query(sql, params);
    },
    exec: (sql) => inner.exec(sql),
    transaction: (fn) => inner.transaction(fn),
    close: () => inner.close(),
  };
  return { db, statements };
}

/** A short notice whose one item is about `topic`. */
function notice(topic: string): PolicyDocument {
  return {
    meta: { id: 'zz-cache-test', title: '测试通知', docNo: '郑人社〔2020〕2号', issuer: '郑州市人力资源和社会保障局', issued: '2020-01-02', period: { from: '2020-01-02', to: '2020-12-31' }, source: 'test' },
    body: `郑州市人力资源和社会保障局文件\n\n郑人社〔2020〕2号\n\n关于测试的通知\n\n各有关单位：\n\n现将有关事项通知如下。\n\n2020年1月2日\n\n一、总体要求\n\n${topic}\n\n二、工作措施\n\n开展培训。\n`,
  };
}

beforeAll(async () => {
  ({ db, dispose } = await openTestDb());
  await migrate(db, await loadMigrations());
  corpus = await loadCorpus();
  await ingest(db, { documents: corpus, embedder });
});
afterAll(async () => {
  await dispose();
});

describe('search result cache', () => {
  it('answers a repeated question from the cache with the same hits, after one generation check (SQL ranking)', async () => {
    const { db: counted, statements } = recording(db);
    const search = createHybridSearch({ db: counted, embedder, memoryIndexMaxClauses: 0 });
    const first = await search.search('以工代训补贴多少钱', 5);
    expect(statements.length).toBe(2); // the generation, the search
    const again = await search.search('以工代訓補貼多少錢', 5); // same question once normalised
    expect(again).toEqual(first);
    expect(statements.length).toBe(3);
    expect(statements[2]).not.toMatch(/search_clauses/);
    // Another k is another question.
    expect(await search.search('以工代训补贴多少钱', 2)).toEqual(first.slice(0, 2));
    expect(statements.filter((s) => /search_clauses/.test(s)).length).toBe(2);
  });

  it('reads the index into memory once per generation; afterwards a question costs one generation check', async () => {
    const { db: counted, statements } = recording(db);
    const search = createHybridSearch({ db: counted, embedder });
    await search.search('以工代训补贴多少钱', 5);
    const loaded = statements.length;
    expect(statements.some((s) => /from lexical_terms/.test(s))).toBe(true);
    await search.search('技能大师工作室补助多少', 5); // a new question
    await search.search('以工代训补贴多少钱', 5); // a repeated one
    expect(statements.slice(loaded)).toEqual([statements[0], statements[0]]);
    expect(statements.some((s) => /search_clauses/.test(s))).toBe(false);
  });

  it('hands out copies: changing a result does not change what the next caller gets', async () => {
    const search = createHybridSearch({ db, embedder });
    const first = await search.search('技能大师工作室补助', 3);
    first[0]!.text = 'changed';
    first[0]!.path.push('changed');
    const again = await search.search('技能大师工作室补助', 3);
    expect(again[0]!.text).not.toBe('changed');
    expect(again[0]!.path).not.toContain('changed');
  });

  it('never answers from an older index generation', async () => {
    const search = createHybridSearch({ db, embedder });
    await ingest(db, { documents: [...corpus, notice('面向家政服务人员开展育婴员培训，每人补贴八百元。')], embedder });
    const before = await search.search('育婴员培训补贴', 1);
    expect(before[0]).toMatchObject({ docId: 'zz-cache-test', clause: '一' });
    expect(before[0]!.text).toContain('八百元');

    await ingest(db, { documents: [...corpus, notice('面向家政服务人员开展育婴员培训，每人补贴一千元。')], embedder });
    const after = await search.search('育婴员培训补贴', 1);
    expect(after[0]!.text).toContain('一千元');

    await ingest(db, { documents: corpus, embedder });
    const gone = await search.search('育婴员培训补贴', 3);
    expect(gone.map((h) => h.docId)).not.toContain('zz-cache-test');
  });

  it('reads the active generation only as often as a caller accepts, and for every search of the others', async () => {
    const { db: counted, statements } = recording(db);
    const search = createHybridSearch({ db: counted, embedder });
    await search.search('以工代训补贴多少钱', 5, { generationAgeMs: 60_000 });
    const generationReads = () => statements.filter((s) => /active_generation/.test(s)).length;
    expect(generationReads()).toBe(1);
    await search.search('技能大师工作室补助多少', 5, { generationAgeMs: 60_000 });
    await search.search('以工代训补贴多少钱', 5, { generationAgeMs: 60_000 });
    expect(generationReads()).toBe(1);
    // A caller that does not say so reads it afresh: a re-index is seen by the very next search.
    await ingest(db, { documents: [...corpus, notice('面向家政服务人员开展育婴员培训，每人补贴五百元。')], embedder });
    const fresh = await search.search('育婴员培训补贴', 1);
    expect(fresh[0]!.text).toContain('五百元');
    expect(generationReads()).toBe(2);
    await ingest(db, { documents: corpus, embedder });
  });

  it('drops a kept reading of the generation when this process activates a new one', async () => {
    const { db: counted, statements } = recording(db);
    const search = createHybridSearch({ db: counted, embedder });
    const generationReads = () => statements.filter((s) => /active_generation/.test(s)).length;
    const kept = { generationAgeMs: 60_000 };
    await ingest(counted, { documents: [...corpus, notice('面向家政服务人员开展育婴员培训，每人补贴六百元。')], embedder });
    expect((await search.search('育婴员培训补贴', 1, kept))[0]!.text).toContain('六百元');
    const reads = generationReads();
    // Through the same handle: the next search reads the generation again, however old it accepts.
    await ingest(counted, { documents: [...corpus, notice('面向家政服务人员开展育婴员培训，每人补贴七百元。')], embedder });
    const afterIngest = generationReads();
    expect((await search.search('育婴员培训补贴', 1, kept))[0]!.text).toContain('七百元');
    expect(generationReads()).toBe(afterIngest + 1);
    expect(afterIngest).toBeGreaterThan(reads);
    await ingest(counted, { documents: corpus, embedder });
  });

  it('does not keep an answer made without the embedder', async () => {
    let down = true;
    const flaky: Embedder = {
      name: embedder.name,
      dim: embedder.dim,
      embed: async (texts) => {
        if (down) throw new Error('embedding endpoint unreachable');
        return embedder.embed(texts);
      },
    };
    const { db: counted, statements } = recording(db);
    const search = createHybridSearch({ db: counted, embedder: flaky, memoryIndexMaxClauses: 0 });
    const lexicalOnly = await search.search('新型学徒制培训补贴标准', 5);
    down = false;
    const full = await search.search('新型学徒制培训补贴标准', 5);
    expect(statements.filter((s) => /search_clauses/.test(s)).length).toBe(2);
    expect(full).toEqual(await createHybridSearch({ db, embedder, cacheHits: 0 }).search('新型学徒制培训补贴标准', 5));
    expect(lexicalOnly.length).toBeGreaterThan(0);
  });
});

describe('createSearchResultCache', () => {
  const hit = (clause: string) => ({ docId: 'd', clause, path: ['一'], text: clause, score: 1 });

  it('keeps the most recently used entries up to its size in hits', () => {
    const cache = createSearchResultCache(2);
    cache.set('a', 1, [hit('a')]);
    cache.set('b', 1, [hit('b')]);
    expect(cache.get('a', 1)?.[0]?.clause).toBe('a'); // a is now the most recent
    cache.set('c', 1, [hit('c')]);
    expect(cache.size).toBe(2);
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('a', 1)).toBeDefined();
    expect(cache.get('c', 1)).toBeDefined();
  });

  it('counts an entry by its hits, and keeps none larger than the whole cache', () => {
    const cache = createSearchResultCache(3);
    cache.set('one', 1, [hit('a')]);
    cache.set('two', 1, [hit('b'), hit('c')]);
    cache.set('big', 1, [hit('d'), hit('e')]); // 5 hits > 3: the oldest goes, then the next
    expect(cache.get('one', 1)).toBeUndefined();
    expect(cache.get('two', 1)).toBeUndefined();
    expect(cache.get('big', 1)?.length).toBe(2);
    cache.set('huge', 1, [hit('f'), hit('g'), hit('h'), hit('i')]);
    expect(cache.get('huge', 1)).toBeUndefined();
    expect(cache.get('big', 1)?.length).toBe(2);
  });

  it('serves an entry only for the generation it was made on', () => {
    const cache = createSearchResultCache(10);
    cache.set('q', 7, [hit('x')]);
    expect(cache.get('q', 8)).toBeUndefined();
    expect(cache.get('q', 7)?.[0]?.clause).toBe('x');
  });
});
