/**
 * The turns of first messages, remembered per process: people ask the same few questions
 * over and over, and for a message that opens a conversation everything from reading it to
 * the composed answer depends only on the message, the day, the channel and the clause index.
 * So such a turn is computed once and reused, while the session write and the question log
 * still happen for every request (nothing of a person's conversation is ever cached).
 *
 * The caller decides what may be cached: only turns of a fresh session (no state to depend
 * on) without a model (whose answers vary and may time out). The key carries the index's
 * load time, so a re-read index (every minute, or after a re-index) is never answered from
 * an older one's turn. Cached values are frozen: a caller that tried to change one would
 * throw rather than alter another request's answer.
 */

/** A bounded cache of frozen values by key, each trusted for `ms`. */
export interface TurnCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

/** The key of a first message's turn (see the module comment for why each part is in it). */
export function turnKey(parts: { question: string; channel: string; day: string; indexLoadedAt: number }): string {
  return [parts.channel, parts.day, parts.indexLoadedAt, parts.question].join('\u0000');
}

/**
 * A cache of at most `max` entries, each for at most `ms`; the least recently used goes first.
 * With `secondSight`, a value is kept only the second time its key is set within `ms` (the
 * first time records the key alone, among at most `secondSight` keys): most messages are
 * sent once, and freezing and keeping each of their turns, only to drop it a few hundred
 * messages later, cost more than the repeated ones saved — and pushed those out.
 */
export function createTurnCache<T extends object>(max: number, ms: number, clock: () => number = Date.now, secondSight = 0): TurnCache<T> {
  const entries = new Map<string, { at: number; value: T }>();
  /** Keys set once, with the time they were. */
  const sightings = new Map<string, number>();
  return {
    get(key) {
      const hit = entries.get(key);
      if (!hit) return undefined;
      entries.delete(key);
      if (clock() - hit.at >= ms) return undefined;
      // Used again: it goes to the back of the line for eviction.
      entries.set(key, hit);
      return hit.value;
    },
    set(key, value) {
      if (max <= 0) return;
      if (secondSight > 0 && !entries.has(key)) {
        const seen = sightings.get(key);
        sightings.delete(key);
        if (seen === undefined || clock() - seen >= ms) {
          if (sightings.size >= secondSight) sightings.delete(sightings.keys().next().value!);
          sightings.set(key, clock());
          return;
        }
      }
      entries.delete(key);
      if (entries.size >= max) entries.delete(entries.keys().next().value!);
      entries.set(key, { at: clock(), value: deepFreeze(value) });
    },
  };
}

/** Freezes `value` and everything reachable from it (plain data: objects and arrays). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
