/**
 * A bounded memo that keeps a value only once its key comes back: the first offer of a key
 * records the key alone, a second one keeps the value. Most requests a service meets are
 * never sent again; keeping each of their answers (an eligibility response is ~15 KB) only to
 * drop it a few hundred requests later made the garbage collector move and free all of them,
 * which measurably slowed every request. A key costs far less to remember than its answer.
 * When full, the oldest value (or sighting) goes first.
 */

export interface SecondSightMemo<V> {
  /** The value kept for `key`, if any. */
  get(key: string): V | undefined;
  /** Offers a value for `key`: kept if `key` was offered before (and is still remembered). */
  offer(key: string, value: V): void;
}

/** A memo of at most `maxValues` values and `maxSightings` keys seen once. */
export function createSecondSightMemo<V>(maxValues: number, maxSightings = maxValues * 4): SecondSightMemo<V> {
  const values = new Map<string, V>();
  const sightings = new Set<string>();
  return {
    get: (key) => values.get(key),
    offer(key, value) {
      if (maxValues <= 0) return;
      if (values.delete(key) || sightings.delete(key)) {
        if (values.size >= maxValues) values.delete(values.keys().next().value!);
        values.set(key, value);
        return;
      }
      if (maxSightings <= 0) return;
      if (sightings.size >= maxSightings) sightings.delete(sightings.values().next().value!);
      sightings.add(key);
    },
  };
}
