/**
 * Writes queued in one turn go out together, each caller settles with its own share, and two
 * writes to one key never share a statement.
 */
import { describe, expect, it } from 'vitest';
import { createWriteGroup } from '../../../src/core/db/write-group.js';

/** A group writer whose turns end when the test says so, recording each group it wrote. */
function harness(write: (items: readonly string[]) => Promise<readonly string[]> = async (items) => items.map((i) => i.toUpperCase())) {
  const turns: (() => void)[] = [];
  const groups: string[][] = [];
  const add = createWriteGroup<string, string>({
    defer: (run) => turns.push(run),
    max: 3,
    key: (item) => item.split(':')[0]!,
    write: (items) => {
      groups.push([...items]);
      return write(items);
    },
  });
  const endTurn = async () => {
    const run = turns.shift();
    run?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { add, groups, endTurn, pendingTurns: () => turns.length };
}

describe('a write group', () => {
  it('writes the calls of one turn as one group and answers each with its own result', async () => {
    const h = harness();
    const answers = Promise.all([h.add('a:1'), h.add('b:1'), h.add('c:1')]);
    expect(h.groups).toEqual([]);
    await h.endTurn();
    expect(h.groups).toEqual([['a:1', 'b:1', 'c:1']]);
    expect(await answers).toEqual(['A:1', 'B:1', 'C:1']);
  });

  it('sends a second write to the same key, and anything beyond the group size, in a later group, in order', async () => {
    const h = harness();
    const answers = Promise.all([h.add('a:1'), h.add('a:2'), h.add('b:1'), h.add('c:1'), h.add('d:1')]);
    await h.endTurn();
    await h.endTurn();
    expect(h.groups).toEqual([['a:1', 'b:1', 'c:1'], ['a:2', 'd:1']]);
    expect(h.pendingTurns()).toBe(0);
    expect(await answers).toEqual(['A:1', 'A:2', 'B:1', 'C:1', 'D:1']);
  });

  it('fails every call of a group whose write failed, and only those', async () => {
    const h = harness(async (items) => {
      if (items.includes('b:1')) throw new Error('disk full');
      return items;
    });
    const first = Promise.allSettled([h.add('a:1'), h.add('b:1')]);
    await h.endTurn();
    const later = h.add('c:1');
    await h.endTurn();
    expect((await first).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await later).toBe('c:1');
  });
});
