/**
 * Expired dialogue sessions are deleted on a schedule, not only every 500 writes: on a quiet
 * service a session (what a person said, the facts read from it) must not outlive its use.
 */
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../support/context.js';
import { startSessionSweep } from '../../src/node/session-sweep.js';

const ctx = useTestContext({ documents: false, env: { SESSION_IDLE_MINUTES: '30' } });

async function ids(): Promise<string[]> {
  const rows = await ctx().db.query<{ id: string }>('select id from ask_sessions order by id');
  return rows.map((r) => r.id);
}

describe('the session sweep', () => {
  it('deletes sessions idle past SESSION_IDLE_MINUTES with no writes at all, and keeps live ones', async () => {
    const now = Date.now();
    const put = (id: string, minutesAgo: number) =>
      ctx().db.query(`insert into ask_sessions (id, state, version, created_at, updated_at) values ($1, '{}'::jsonb, 1, $2, $2)`, [
        id,
        new Date(now - minutesAgo * 60_000).toISOString(),
      ]);
    await put('sweep-old-1', 31);
    await put('sweep-old-2', 24 * 60);
    await put('sweep-live', 5);
    const stop = startSessionSweep({ db: ctx().db, idleMinutes: 30, everyMs: 50 });
    try {
      // Watch the table, not the clock: on a loaded machine the timer may fire late.
      const deadline = Date.now() + 20_000;
      while ((await ids()).some((id) => id.startsWith('sweep-old')) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      stop();
    }
    expect(await ids()).toEqual(['sweep-live']);
  });
});
