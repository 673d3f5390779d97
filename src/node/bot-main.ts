/**
 * `npm run bot`: the Wechaty bot for a personal WeChat account or group chats.
 *
 * - Puppet from `WECHATY_PUPPET` (default `wechaty-puppet-wechat4u`, the free web protocol);
 *   a puppet that is not installed stops the start with a message saying how to install it.
 * - The QR code for login is drawn in the terminal and logged as an image URL.
 * - Answers through the same pipeline as the web and the Official Account, with sessions,
 *   dedup and rate counts in the database. Embedded PGlite holds one process only, so without
 *   `DATABASE_URL` the bot keeps its own data in `BOT_DATA_DIR` (default `<DATA_DIR>-bot`).
 * - Survives puppet errors and logouts: the bot is rebuilt after a growing back-off.
 * - Deletes expired sessions on a schedule, as the web server does (./bot/run-bot.ts).
 */
import { createRequire } from 'node:module';
import { WechatyBuilder } from 'wechaty';
import { loadConfig, type Config } from '../core/config.js';
import type { Db } from '../core/db/types.js';
import { createLogger, secretsOf } from '../core/log.js';
import { runBot } from './bot/run-bot.js';
import { describeDatabase, openDatabase } from './open-db.js';

const DEFAULT_PUPPET = 'wechaty-puppet-wechat4u';

/** Fails with an install hint when the puppet package cannot be loaded. */
async function checkPuppet(name: string): Promise<void> {
  try {
    await import(name);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      console.error(
        `The Wechaty puppet "${name}" is not installed.\n` +
          `Install it with \`npm install ${name}\`, or choose another puppet with WECHATY_PUPPET ` +
          `(e.g. wechaty-puppet-mock for an offline trial).`,
      );
    } else {
      console.error(`The Wechaty puppet "${name}" could not be loaded: ${(err as Error).message}`);
    }
    process.exit(1);
  }
}

/** Draws the login QR code in the terminal (qrcode-terminal is CommonJS without types). */
function drawQr(qrcode: string): void {
  const require = createRequire(import.meta.url);
  const qr = require('qrcode-terminal') as { generate(text: string, opts: { small: boolean }): void };
  qr.generate(qrcode, { small: true });
}

async function main(): Promise<void> {
  let config: Config;
  try {
    // PGlite serves one process: the bot does not open the web server's embedded database.
    const dataDir = process.env.DATABASE_URL
      ? process.env.DATA_DIR
      : (process.env.BOT_DATA_DIR ?? `${process.env.DATA_DIR ?? './data'}-bot`);
    config = loadConfig({ ...process.env, DATA_DIR: dataDir });
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const log = createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config), base: { service: 'zz-skills-bot' } });
  const puppet = process.env.WECHATY_PUPPET?.trim() || DEFAULT_PUPPET;
  await checkPuppet(puppet);

  console.log(`bot starting: puppet ${puppet}, ${describeDatabase(config)}`);
  const db: Db = await openDatabase(config);
  const bot = await runBot({
    config,
    db,
    log,
    defaultSalt: `zz-policy-bot:${config.WECHAT_TOKEN ?? puppet}`,
    createBot: () =>
      WechatyBuilder.build({
        // Wechaty keeps the login session in `<name>.memory-card.json`: next to the data.
        name: process.env.WECHATY_NAME ?? `${config.DATA_DIR.startsWith('memory://') ? '.' : config.DATA_DIR}/zz-policy-bot`,
        puppet: puppet as never,
      }),
    onScan: (qrcode) => {
      console.log('Scan this QR code with WeChat to log the bot in:');
      drawQr(qrcode);
    },
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('info', 'bot stopping', { signal });
    await bot.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(`bot failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
