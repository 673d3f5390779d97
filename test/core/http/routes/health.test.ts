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
  });

  it('/readyz is 503 while no corpus is indexed', async () => {
    const t = await createTestContext({ documents: false });
    try {
      const res = await t.app.request('/readyz');
      expect(res.status).toBe(503);
      expect((await res.json()).error.code).toBe('unavailable');
    } finally {
      await t.close();
    }
  });
});
