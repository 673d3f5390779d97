/**
 * The callers of one turn share one read, sent only after the last of them asked; a caller
 * that comes once the read is on its way gets a read of its own, so nobody sees a value read
 * before they asked.
 */
import { describe, expect, it } from 'vitest';
import { createSharedRead } from '../../../src/core/db/shared-read.js';

describe('a shared read', () => {
  it('answers every caller of a turn with one read made after all of them asked', async () => {
    const turns: (() => void)[] = [];
    let value = 1;
    let reads = 0;
    const read = createSharedRead(
      (run) => turns.push(run),
      async () => {
        reads += 1;
        return value;
      },
    );
    const a = read();
    value = 2; // changed between two callers of the same turn: both must see it
    const b = read();
    turns.shift()!();
    expect(await Promise.all([a, b])).toEqual([2, 2]);
    expect(reads).toBe(1);

    value = 3;
    const c = read();
    expect(turns).toHaveLength(1);
    turns.shift()!();
    expect(await c).toBe(3);
    expect(reads).toBe(2);
  });

  it('gives a caller who comes while a read is on its way a read of its own', async () => {
    const turns: (() => void)[] = [];
    let release: (v: number) => void = () => {};
    let reads = 0;
    const read = createSharedRead(
      (run) => turns.push(run),
      () => {
        reads += 1;
        return new Promise<number>((r) => (release = r));
      },
    );
    const first = read();
    turns.shift()!();
    const second = read();
    expect(turns).toHaveLength(1);
    release(1);
    expect(await first).toBe(1);
    turns.shift()!();
    release(2);
    expect(await second).toBe(2);
    expect(reads).toBe(2);
  });

  it('passes a failed read to its callers, and reads again for the next turn', async () => {
    const turns: (() => void)[] = [];
    let fail = true;
    const read = createSharedRead(
      (run) => turns.push(run),
      async () => {
        if (fail) throw new Error('server gone');
        return 7;
      },
    );
    const a = read();
    turns.shift()!();
    await expect(a).rejects.toThrow('server gone');
    fail = false;
    const b = read();
    turns.shift()!();
    expect(await b).toBe(7);
  });
});
