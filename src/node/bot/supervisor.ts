/**
 * Keeps a Wechaty bot running: builds it, wires scan/login/logout/error/message, and when the
 * puppet fails or the account is logged out, stops it and starts a fresh one after a back-off
 * (doubling up to a ceiling, reset once a session has stayed up). Personal-account puppets are
 * fragile; the web service never depends on this process.
 */
import type { WechatyInterface } from 'wechaty/impls';
import type { Log } from '../../core/log.js';
import type { BotMessage } from './message-handler.js';

export interface SupervisorOptions {
  /** Builds a new, unstarted bot (a fresh puppet each time). */
  createBot: () => WechatyInterface | Promise<WechatyInterface>;
  onMessage: (message: BotMessage) => Promise<unknown>;
  /** Shown when the puppet asks for a QR scan (terminal rendering in the entry). */
  onScan?: (qrcode: string, status: number) => void;
  log?: Log;
  /** First and longest wait before a restart (default 1 s and 5 min). */
  backoffMs?: { initial: number; max: number };
  /** A session that stayed up this long resets the back-off (default 5 min). */
  stableMs?: number;
}

export interface BotSupervisor {
  /** How many bots have been started so far (1 + restarts). */
  readonly starts: number;
  /** The bot currently running, if any. */
  readonly current: WechatyInterface | undefined;
  /** Resolves once a bot is started (after the first start or a restart). */
  started(): Promise<WechatyInterface>;
  stop(): Promise<void>;
}

/** The URL of a QR code image for `qrcode` (logged so a headless server can be logged in). */
export function qrImageUrl(qrcode: string): string {
  return `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`;
}

/** Starts the bot and keeps restarting it after failures until `stop()`. */
export function superviseBot(options: SupervisorOptions): BotSupervisor {
  const initial = options.backoffMs?.initial ?? 1000;
  const max = options.backoffMs?.max ?? 5 * 60_000;
  const stableMs = options.stableMs ?? 5 * 60_000;
  const log = options.log;
  let delay = initial;
  let starts = 0;
  let current: WechatyInterface | undefined;
  let stopped = false;
  let restarting = false;
  /** The current bot has finished starting. */
  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let startedAt = 0;
  let waiters: ((bot: WechatyInterface) => void)[] = [];

  const restart = (reason: string) => {
    if (stopped || restarting) return;
    restarting = true;
    running = false;
    // Only a bot that actually ran for a while earns a fresh back-off; failures before a bot
    // has started (startedAt 0) keep growing it.
    if (startedAt > 0 && Date.now() - startedAt > stableMs) delay = initial;
    startedAt = 0;
    const wait = delay;
    delay = Math.min(max, delay * 2);
    log?.('warn', 'bot restarting', { reason, inMs: wait });
    const old = current;
    current = undefined;
    void (async () => {
      try {
        await old?.stop();
      } catch (err) {
        log?.('warn', 'bot stop failed', { error: err instanceof Error ? err.message : String(err) });
      }
      timer = setTimeout(() => {
        restarting = false;
        void launch();
      }, wait);
    })();
  };

  const launch = async () => {
    if (stopped) return;
    let bot: WechatyInterface;
    try {
      bot = await options.createBot();
    } catch (err) {
      log?.('error', 'bot could not be built', { error: err instanceof Error ? err.message : String(err) });
      restart('build failed');
      return;
    }
    bot.on('scan', (qrcode, status) => {
      log?.('info', 'bot login: scan the QR code', { status, url: qrImageUrl(qrcode) });
      options.onScan?.(qrcode, status);
    });
    bot.on('login', (user) => log?.('info', 'bot logged in', { user: user.name() }));
    bot.on('logout', () => restart('logged out'));
    bot.on('error', (err) => {
      log?.('error', 'bot error', { error: err instanceof Error ? err.message : String(err) });
      restart('puppet error');
    });
    bot.on('message', (message) => {
      options.onMessage(message as unknown as BotMessage).catch((err: unknown) =>
        log?.('error', 'bot message failed', { error: err instanceof Error ? err.message : String(err) }),
      );
    });
    current = bot;
    try {
      await bot.start();
    } catch (err) {
      log?.('error', 'bot start failed', { error: err instanceof Error ? err.message : String(err) });
      if (current === bot) restart('start failed');
      return;
    }
    if (stopped) {
      await bot.stop().catch(() => {});
      return;
    }
    starts++;
    running = true;
    startedAt = Date.now();
    const ready = waiters;
    waiters = [];
    for (const w of ready) w(bot);
  };

  void launch();

  return {
    get starts() {
      return starts;
    },
    get current() {
      return current;
    },
    started() {
      if (current && running) return Promise.resolve(current);
      return new Promise((resolve) => waiters.push(resolve));
    },
    async stop() {
      stopped = true;
      running = false;
      clearTimeout(timer);
      const bot = current;
      current = undefined;
      await bot?.stop().catch(() => {});
    },
  };
}
