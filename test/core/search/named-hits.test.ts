/**
 * The document-naming wrapper around search passes the caller's options on: a caller that
 * accepts a second-old reading of the active index generation (/api/search, the answer
 * pipeline) must not be made to pay a database round trip per search by the wrapper.
 */
import { describe, expect, it } from 'vitest';
import { withDocumentNames } from '../../../src/core/search/named-hits.js';
import type { SearchOptions, SearchService } from '../../../src/core/search/types.js';

describe('withDocumentNames', () => {
  it('hands the accepted generation age to the search it wraps, and names the document', async () => {
    const seen: (SearchOptions | undefined)[] = [];
    const inner: SearchService = {
      search: async (_q, _k, options) => {
        seen.push(options);
        return [{ docId: 'd1', clause: '一', path: ['一'], text: '补贴', score: 0.8 }];
      },
    };
    const search = withDocumentNames(inner, {
      documents: async () => [{ id: 'd1', docNo: '某发〔2019〕1号', title: '某通知' } as never],
      get: async () => undefined,
    });
    const hits = await search.search('补贴', 3, { generationAgeMs: 1000 });
    expect(seen).toEqual([{ generationAgeMs: 1000 }]);
    expect(hits[0]).toMatchObject({ docId: 'd1', docNo: '某发〔2019〕1号', docTitle: '某通知' });
  });
});
