/**
 * The Worker's Cron Trigger deletes expired sessions: a Worker has no timers between requests,
 * so this schedule is what keeps what people said from outliving its use. The handler runs
 * here against the embedded database (or the test server) through the same code path the
 * Worker's entry uses, with only the connection opener swapped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import worker from '../../src/worker/index.js';
import { createScheduledHandler } from '../../src/worker/scheduled.js';
import { useTestContext } from '../support/context.js';
import { ROOT } from './wrangler.js';

const ctx = useTestContext({ documents: false });

async function ids(): Promise<string[]> {
  const rows = await ctx().db.query<{ id: string }>("select id from ask_sessions where id like 'cron-%' order by id");
  return rows.map((r) => r.id);
}

async function put(id: string, minutesAgo: number): Promise<void> {
  const at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  await ctx().db.query(`insert into ask_sessions (id, state, version, created_at, updated_at) values ($1, '{}'::jsonb, 1, $2, $2)`, [id, at]);
}

/** Runs the handler as Workers would, returning what it left to `waitUntil` and the URLs it opened. */
async function invoke(env: Record<string, unknown>): Promise<{ opened: string[]; closed: number }> {
  const opened: string[] = [];
  let closed = 0;
  const handler = createScheduledHandler((url) => {
    opened.push(url);
    // The test's database stays open for the other tests; the handler's close is counted.
    return { ...ctx().db, close: async () => void (closed += 1) };
  });
  const pending: Promise<unknown>[] = [];
  await handler({ cron: '*/5 * * * *', scheduledTime: Date.now() }, env, { waitUntil: (p) => pending.push(p) });
  await Promise.allSettled(pending);
  return { opened, closed };
}

describe('the Worker cron trigger', () => {
  it('deletes sessions idle past SESSION_IDLE_MINUTES, keeps live ones, and closes its connection', async () => {
    await put('cron-old', 31);
    await put('cron-older', 3 * 24 * 60);
    await put('cron-live', 10);
    const { opened, closed } = await invoke({ DATABASE_URL: 'postgres://db.example/zz', SESSION_IDLE_MINUTES: '30' });
    expect(opened).toEqual(['postgres://db.example/zz']);
    expect(closed).toBe(1);
    expect(await ids()).toEqual(['cron-live']);
  });

  it('prefers the Hyperdrive binding, and does nothing without a database or with a bad setting', async () => {
    await put('cron-stale', 120);
    const hyper = await invoke({ HYPERDRIVE: { connectionString: 'postgres://hyperdrive/zz' }, DATABASE_URL: 'postgres://direct/zz' });
    expect(hyper.opened).toEqual(['postgres://hyperdrive/zz']);
    expect(await ids()).toEqual(['cron-live']);

    await put('cron-stale-2', 120);
    expect((await invoke({})).opened).toEqual([]);
    expect((await invoke({ DATABASE_URL: 'postgres://db.example/zz', SESSION_IDLE_MINUTES: 'soon' })).opened).toEqual([]);
    expect(await ids()).toEqual(['cron-live', 'cron-stale-2']);
  });

  it('is the entry’s scheduled handler, and wrangler.toml schedules it', () => {
    expect(typeof (worker as { scheduled?: unknown }).scheduled).toBe('function');
    const toml = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8');
    expect(toml).toMatch(/^\[triggers\]\s*\ncrons\s*=\s*\["[^"]+"\]/m);
  });
});
