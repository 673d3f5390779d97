/**
 * A bounded cache of search results, exact by construction: an entry is the answer for one
 * (normalised question, k) on one index generation, and it is served only after the caller
 * has checked that this generation is still the active one. Ingest never changes a
 * generation once it is active (it builds a new one and flips the pointer), so an entry for
 * the active generation is what the database would compute again.
 *
 * Its size is counted in hits (clauses), not questions, since one entry holds 1 to 50 of
 * them: least recently used entries go first once `maxHits` is exceeded. A hit is about 1 KB
 * (the clause text), so 5 000 hits hold ~5 MB.
 */
import type { SearchHit } from './types.js';

interface Entry {
  generation: number;
  hits: readonly SearchHit[];
}

export interface SearchResultCache {
  /** The entry for `key`, whatever its generation (the caller checks it), or undefined. */
  peek(key: string): { generation: number } | undefined;
  /** The hits stored for `key` on `generation` (fresh copies), or undefined. */
  get(key: string, generation: number): SearchHit[] | undefined;
  set(key: string, generation: number, hits: readonly SearchHit[]): void;
  /** Entries held. */
  readonly size: number;
}

function copy(hits: readonly SearchHit[]): SearchHit[] {
  return hits.map((h) => ({ ...h, path: [...h.path] }));
}

export function createSearchResultCache(maxHits: number): SearchResultCache {
  const entries = new Map<string, Entry>();
  let held = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    held -= entry.hits.length;
  };
  return {
    peek(key) {
      return entries.get(key);
    },
    get(key, generation) {
      const entry = entries.get(key);
      if (!entry || entry.generation !== generation) return undefined;
      // Map order is insertion order: re-inserting marks the entry most recently used.
      entries.delete(key);
      entries.set(key, entry);
      return copy(entry.hits);
    },
    set(key, generation, hits) {
      drop(key);
      if (hits.length > maxHits) return;
      entries.set(key, { generation, hits: copy(hits) });
      held += hits.length;
      while (held > maxHits) drop(entries.keys().next().value!);
    },
    get size() {
      return entries.size;
    },
  };
}
