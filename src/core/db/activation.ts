/**
 * Word, within one process, that a new index generation became active on a database handle.
 * A search that keeps its reading of the active generation for a moment (search/hybrid.ts)
 * drops it when this process itself activates another one, so an upload or a re-index made
 * here is searched at once; a generation activated by another process is seen once the kept
 * reading has aged out (a second at most).
 */
import type { Db } from './types.js';

const listeners = new WeakMap<Db, Set<() => void>>();

/** Calls `fn` each time `generationActivated(db)` is called for this same handle. */
export function onGenerationActivated(db: Db, fn: () => void): void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(fn);
}

/** Tells every listener of `db` that a new generation is active (call it after the commit). */
export function generationActivated(db: Db): void {
  for (const fn of listeners.get(db) ?? []) fn();
}
