/**
 * What the Wechaty bot does with one incoming message: answers 1:1 chats, and in groups only
 * when it is mentioned; ignores its own messages and stale ones (queued while it was offline);
 * asks the same answer pipeline as every other channel, with sessions keyed by a salted hash of
 * the sender (and the group), and claims each message in the database so that two bot
 * processes, or a replayed message, never answer twice.
 */
import { types } from 'wechaty';
import type { AskFn } from '../../core/answer/schema.js';
import type { Db } from '../../core/db/types.js';
import type { Log } from '../../core/log.js';
import { claimMessage, settleMessage } from '../../core/wechat/inbox.js';
import { toWechatText } from '../../core/wechat/plain-text.js';
import { withinUserRate } from '../../core/wechat/rate-limit.js';
import { TEXTS } from '../../core/wechat/texts.js';
import { hashUserId, sessionIdFor } from '../../core/wechat/user-key.js';

/** The parts of a Wechaty message the bot uses (Wechaty's `Message` has them all). */
export interface BotMessage {
  id: string;
  self(): boolean;
  /** Seconds since the message was sent. */
  age(): number;
  type(): types.Message;
  text(): string;
  talker(): { id: string };
  room(): undefined | { id: string; say(text: string, ...mentions: never[]): Promise<unknown> };
  mentionSelf(): Promise<boolean>;
  mentionText(): Promise<string>;
  say(text: string): Promise<unknown>;
}

export interface BotHandlerOptions {
  ask: AskFn;
  /** Where sessions, dedup and rate counts live; without one, only in-process rules apply. */
  db?: Db;
  /** Salt for the sender hash (never store WeChat ids raw). */
  userSalt: string;
  /** Messages older than this are ignored (default 120 s). */
  maxAgeSeconds?: number;
  rateLimitPerMinute?: number;
  maxReplyBytes?: number;
  docNames?: () => Promise<(docId: string) => string | undefined>;
  log?: Log;
  now?: () => number;
}

/** Why a message got no answer, or `answered` (for logs and tests). */
export type BotOutcome = 'answered' | 'own' | 'stale' | 'not-mentioned' | 'duplicate' | 'ignored-type';

/** Builds the `message` listener. It never throws: failures are logged and answered politely. */
export function createBotMessageHandler(options: BotHandlerOptions): (message: BotMessage) => Promise<BotOutcome> {
  const maxAge = options.maxAgeSeconds ?? 120;
  const now = options.now ?? Date.now;
  const log = options.log;

  return async (message) => {
    if (message.self()) return 'own';
    if (message.age() > maxAge) return 'stale';
    const room = message.room();
    if (room && !(await message.mentionSelf())) return 'not-mentioned';

    const isText = message.type() === types.Message.Text;
    // In groups only text addressed to the bot is answered; 1:1 gets a hint for other types.
    if (!isText && room) return 'ignored-type';

    const talkerId = message.talker().id;
    const userKey = await hashUserId(options.userSalt, room ? `${room.id}/${talkerId}` : talkerId);
    const key = `bot:m:${message.id}`;
    if (options.db) {
      const claim = await claimMessage(options.db, key, userKey, { waitMs: 0, now });
      if (!claim.claimed) return 'duplicate';
    }

    let reply: string;
    try {
      reply = await replyFor(message, isText, room !== undefined, userKey);
    } catch (err) {
      log?.('error', 'bot answer failed', { error: err instanceof Error ? err.message : String(err) });
      reply = TEXTS.failed;
    }
    try {
      if (room) await room.say(reply);
      else await message.say(reply);
    } catch (err) {
      log?.('warn', 'bot could not send its reply', { error: err instanceof Error ? err.message : String(err) });
    }
    if (options.db) {
      await settleMessage(options.db, key, 'replied', reply, now).catch((err: unknown) =>
        log?.('warn', 'bot could not record its reply', { error: err instanceof Error ? err.message : String(err) }),
      );
    }
    return 'answered';
  };

  async function replyFor(message: BotMessage, isText: boolean, inRoom: boolean, userKey: string): Promise<string> {
    if (!isText) return TEXTS.unsupported;
    const question = (inRoom ? await message.mentionText() : message.text()).trim();
    if (!question) return TEXTS.empty;
    if (options.db && !(await withinUserRate(options.db, userKey, options.rateLimitPerMinute ?? 20, now()))) {
      return TEXTS.rateLimited;
    }
    const res = await options.ask({
      question: question.slice(0, 500),
      sessionId: sessionIdFor('bot', userKey),
      channel: 'wechat',
      userKey,
    });
    const docNo = options.docNames ? await options.docNames().catch(() => undefined) : undefined;
    return toWechatText(res, { maxBytes: options.maxReplyBytes ?? 2048, ...(docNo ? { docNo } : {}) });
  }
}
