/** The clause index of the real policy corpus, in memory: stage tests need no database. */
import { loadClauses, type ClauseIndex } from '../../../../src/core/answer/clause-index.js';
import { parseDocument } from '../../../../src/core/corpus/parse.js';
import type { ClauseStore } from '../../../../src/core/search/types.js';
import { loadCorpus } from '../../../../src/node/corpus-fs.js';

export async function corpusIndex(): Promise<ClauseIndex> {
  const docs = await loadCorpus();
  const clauses = docs.flatMap((d) => parseDocument(d));
  const store = { documents: async () => docs.map((d) => d.meta), list: async () => clauses } as unknown as ClauseStore;
  return loadClauses({ clauses: store });
}
