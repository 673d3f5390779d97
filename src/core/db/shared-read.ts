/**
 * One read for every caller of one event-loop turn: the callers made while a read is being
 * gathered share the read, which is sent once `defer` runs its callback (`setImmediate` under
 * Node). The read is sent after each of its callers asked, so each still sees the database
 * as it was when it asked or later — what a read of its own would have shown — at the cost
 * of one statement per turn instead of one per caller.
 */

/** A function whose calls in one turn resolve with one shared run of `read`. */
export function createSharedRead<T>(defer: (run: () => void) => void, read: () => Promise<T>): () => Promise<T> {
  let gathering: Promise<T> | undefined;
  return () => {
    gathering ??= new Promise<T>((resolve, reject) => {
      defer(() => {
        // Later callers gather for the next read: this one is on its way.
        gathering = undefined;
        read().then(resolve, reject);
      });
    });
    return gathering;
  };
}
