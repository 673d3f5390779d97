import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../../support/context.js';

describe('health', () => {
  it('/readyz is 200 with an indexed corpus and 503 (error shape) once the database is gone; /healthz stays 200', async () => {
    const t = await createTestContext();
    try {
      const ready = await t.app.request('/readyz');
      expect(ready.status).toBe(200);
      expect((await ready.json()).clauses).toBeGreaterThan(30);
      await t.db.close();
      const down = await t.app.request('/readyz');
      expect(down.status).toBe(503);
      expect((await down.json()).error.code).toBe('unavailable');
      expect((await t.app.request('/healthz')).status).toBe(200);
      // Search answers 503 too, not a 500.
      const search = await t.app.request('/api/search?q=%E5%9F%B9%E8%AE%AD');
      expect(search.status).toBe(503);
      expect((await search.json()).error.code).toBe('unavailable');
    } finally {
      await t.close();
    }
  }, 120_000); // builds its own service: slow on a loaded machine

  it('/readyz is 503 while no corpus is indexed', async () => {
    const t = await createTestContext({ documents: false });
    try {
      const res = await t.app.request('/readyz');
      expect(res.status).toBe(503);
      expect((await res.json()).error.code).toBe('unavailable');
    } finally {
      await t.close();
    }
  }, 120_000); // builds its own service: slow on a loaded machine
});

describe('/readyz on a damaged clause index', () => {
  it('reports 503 when the clauses table lost a column (every search would fail)', async () => {
    const t = await createTestContext();
    try {
      expect((await t.app.request('/readyz')).status).toBe(200);
      await t.db.query('alter table clauses rename column text to text_damaged');
      const search = await t.app.request('/api/search?q=%E4%BB%A5%E5%B7%A5%E4%BB%A3%E8%AE%AD');
      expect(search.status).toBeGreaterThanOrEqual(500);
      const ready = await t.app.request('/readyz');
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('unavailable');
      expect(body.error.message).toContain('索引损坏');
      expect((await t.app.request('/healthz')).status).toBe(200);
    } finally {
      await t.close();
    }
  }, 120_000); // builds its own service: slow on a loaded machine

  it('reports 503 when clause rows are gone, though the index still records them', async () => {
    const t = await createTestContext();
    try {
      // Warm the search cache first: readiness must not be answered from it.
      expect((await t.app.request('/api/search?q=%E5%9F%B9%E8%AE%AD')).status).toBe(200);
      await t.db.query("delete from clauses where clause_id like '三%'");
      expect((await t.app.request('/readyz')).status).toBe(503);
    } finally {
      await t.close();
    }
  }, 120_000); // builds its own service: slow on a loaded machine
});
