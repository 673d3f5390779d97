/**
 * The .docx and .pdf readers of the admin upload (mammoth, PDF.js through unpdf) inside workerd,
 * from the minified bundle: upload → preview → commit → versions against the local PostgreSQL
 * (the server pass of CI, TEST_DATABASE_URL), in a schema of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchSchema, dropScratchSchema } from '../support/scratch-schema.js';
import { ROOT, startDev, type DevServer } from './wrangler.js';

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe.runIf(TEST_DATABASE_URL)('document uploads on Workers', () => {
  const schema = `wu_${Date.now().toString(36)}_${process.pid}`;
  const token = `worker-upload-${Math.random().toString(36).slice(2)}`;
  const auth = { Authorization: `Bearer ${token}` };
  let dev: DevServer;

  beforeAll(async () => {
    await createScratchSchema(TEST_DATABASE_URL!, schema);
    const url = new URL(TEST_DATABASE_URL!);
    url.searchParams.set('search_path', `${schema},public`);
    dev = await startDev({ DATABASE_URL: url.toString(), ADMIN_TOKEN: token, RATE_LIMIT_PER_MINUTE: '0' }, 120_000);
  }, 300_000);

  afterAll(async () => {
    await dev?.stop();
    await dropScratchSchema(TEST_DATABASE_URL!, schema);
  }, 60_000);

  it('reads a .docx and a .pdf, commits each as a version of one document', async () => {
    const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/documents', name));
    for (const [name, type, version] of [['short-notice.docx', DOCX, 1], ['short-notice.pdf', 'application/pdf', 2]] as const) {
      const res = await fetch(`${dev.baseUrl}/admin/uploads?id=zz-worker-9903&from=2021-03-01&to=2021-12-31`, {
        method: 'POST',
        body: fixture(name),
        headers: { ...auth, 'Content-Type': type },
      });
      expect(res.status).toBe(201);
      const preview = (await res.json()) as { upload: { id: string }; document: { docNo: string }; clauses: { clause: string }[] };
      expect(preview.document.docNo).toBe('郑人社〔2021〕9903号');
      expect(preview.clauses.map((c) => c.clause)).toEqual(['head', 'preamble', '一', '二(一)', '二(二)', '三', 'signature', '附件1', '附件2', 'tail']);
      const commit = await fetch(`${dev.baseUrl}/admin/uploads/${preview.upload.id}/commit`, { method: 'POST', headers: auth });
      expect(((await commit.json()) as { version: number }).version).toBe(version);
    }
    const versions = (await (await fetch(`${dev.baseUrl}/admin/documents/zz-worker-9903/versions`, { headers: auth })).json()) as { live: number };
    expect(versions.live).toBe(2);
  }, 120_000);
});
