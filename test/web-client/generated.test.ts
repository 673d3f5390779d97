/**
 * The served client is never hand-edited and never stale: the committed generated module is
 * what scripts/web-client/build.ts makes from src/web-client (the global setup rebuilds it and
 * says whether the committed copy differed).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { renderWebClient, WEB_CLIENT_GENERATED } from '../../scripts/web-client/build.js';

describe('src/core/web/web-client.generated.ts', () => {
  it('was up to date with src/web-client before this run (else: it has been rewritten, commit it)', () => {
    expect(inject('webClientWasStale')).toBe(false);
  });

  it('is reproducible: building again makes the same text', async () => {
    expect(await readFile(WEB_CLIENT_GENERATED, 'utf8')).toBe(await renderWebClient());
  });
});
