/**
 * The bot process expires old sessions on a schedule too: it keeps its own sessions (its own
 * embedded database), so without its own sweep what people told the bot would stay until the
 * 500th later write — on a quiet bot, for ever.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { WechatyBuilder } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { runBot, type RunningBot } from '../../../src/node/bot/run-bot.js';
import { useTestContext } from '../../support/context.js';

const ctx = useTestContext({ documents: false, env: { SESSION_IDLE_MINUTES: '30' } });
let bot: RunningBot | undefined;
afterAll(async () => {
  await bot?.stop();
});

async function ids(): Promise<string[]> {
  const rows = await ctx().db.query<{ id: string }>('select id from ask_sessions order by id');
  return rows.map((r) => r.id);
}

describe('the bot process', () => {
  it('starts the bot and deletes sessions idle past SESSION_IDLE_MINUTES on a schedule, keeping live ones', async () => {
    const now = Date.now();
    const put = (id: string, minutesAgo: number) =>
      ctx().db.query(`insert into ask_sessions (id, state, version, created_at, updated_at) values ($1, '{}'::jsonb, 1, $2, $2)`, [
        id,
        new Date(now - minutesAgo * 60_000).toISOString(),
      ]);
    await put('bot-old', 45);
    await put('bot-live', 2);
    bot = await runBot({
      config: ctx().config,
      db: ctx().db,
      log: () => {},
      defaultSalt: 'bot-test',
      documents: false,
      sweepEveryMs: 50,
      createBot: () => WechatyBuilder.build({ name: 'run-bot-test', puppet: new PuppetMock({ mocker: new mock.Mocker() }) }),
    });
    await bot.supervisor.started();
    // Watch the table, not the clock: on a loaded machine the timer may fire late.
    const deadline = Date.now() + 20_000;
    while ((await ids()).includes('bot-old') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await ids()).toEqual(['bot-live']);
  });
});
