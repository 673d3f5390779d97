import { describe, expect, it } from 'vitest';
import { withinBudget } from '../../../src/core/wechat/deadline.js';

const after = <T>(ms: number, value: T, fail = false) =>
  new Promise<T>((resolve, reject) => setTimeout(() => (fail ? reject(new Error(String(value))) : resolve(value)), ms));

describe('withinBudget', () => {
  it('gives the value when the work finishes in time', async () => {
    expect(await withinBudget(after(5, 'answer'), 200)).toEqual({ ready: true, value: 'answer' });
  });

  it('hands back the running work when the budget runs out, and the value still arrives', async () => {
    // The work finishes only when the test says so: the budget must give up without waiting
    // for it (asserted on what happened, not on wall-clock time, which a loaded machine stretches).
    let finish!: (value: string) => void;
    const work = new Promise<string>((resolve) => (finish = resolve));
    const out = await withinBudget(work, 30);
    expect(out.ready).toBe(false);
    finish('late answer');
    if (!out.ready) expect(await out.later).toBe('late answer');
  });

  it('throws a failure within the budget; a failure after it goes to `later` only', async () => {
    await expect(withinBudget(after(5, 'boom', true), 200)).rejects.toThrow('boom');
    const out = await withinBudget(after(60, 'late boom', true), 10);
    expect(out.ready).toBe(false);
    if (!out.ready) await expect(out.later).rejects.toThrow('late boom');
  });
});
