/**
 * The bot process's parts, put together: the answer pipeline over a prepared database, the
 * message handler, the supervisor that keeps a Wechaty bot running, and the session sweep.
 * The bot keeps its own sessions (its own embedded database without DATABASE_URL), so it
 * expires them itself on a schedule like the web server does; with a shared server database
 * both sweep, which is harmless (the delete is idempotent).
 */
import type { WechatyInterface } from 'wechaty/impls';
import type { Config } from '../../core/config.js';
import type { Db } from '../../core/db/types.js';
import type { Log } from '../../core/log.js';
import { docNameLoader } from '../../core/wechat/channel-deps.js';
import { prepareService, type PrepareOptions } from '../bootstrap.js';
import { startSessionSweep } from '../session-sweep.js';
import { createBotMessageHandler } from './message-handler.js';
import { superviseBot, type BotSupervisor } from './supervisor.js';

export interface RunBotOptions {
  config: Config;
  db: Db;
  log: Log;
  /** Builds a new, unstarted bot (the puppet chosen by the entry). */
  createBot: () => WechatyInterface | Promise<WechatyInterface>;
  /** Salt of the user hashes when no WECHAT_USER_SALT is set. */
  defaultSalt: string;
  onScan?: (qrcode: string, status: number) => void;
  /** Time between session sweeps (default: session-sweep.ts's). */
  sweepEveryMs?: number;
  /** Passed to prepareService (tests index a corpus of their own or none). */
  documents?: PrepareOptions['documents'];
}

export interface RunningBot {
  supervisor: BotSupervisor;
  /** Stops the bot and the sweep; the database stays open (the caller owns it). */
  stop(): Promise<void>;
}

/** Prepares the service and starts the supervised bot and the session sweep. */
export async function runBot(options: RunBotOptions): Promise<RunningBot> {
  const { config, db, log } = options;
  const prepared = await prepareService({ config, db, log, ...(options.documents === undefined ? {} : { documents: options.documents }) });
  const handle = createBotMessageHandler({
    ask: prepared.deps.ask,
    db,
    userSalt: config.WECHAT_USER_SALT ?? options.defaultSalt,
    rateLimitPerMinute: config.WECHAT_RATE_LIMIT_PER_MINUTE,
    maxReplyBytes: config.WECHAT_MAX_REPLY_BYTES,
    docNames: docNameLoader(prepared.deps),
    log,
  });
  const supervisor = superviseBot({
    createBot: options.createBot,
    onMessage: handle,
    ...(options.onScan ? { onScan: options.onScan } : {}),
    log,
  });
  const stopSweep = startSessionSweep({
    db,
    idleMinutes: config.SESSION_IDLE_MINUTES,
    log,
    ...(options.sweepEveryMs === undefined ? {} : { everyMs: options.sweepEveryMs }),
  });
  return {
    supervisor,
    async stop() {
      stopSweep();
      await supervisor.stop();
    },
  };
}
