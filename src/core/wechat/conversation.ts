/**
 * What the WeChat channels (Official Account, WeCom) answer to one inbound message, whatever
 * the transport and encryption: dedup across replicas, rate limit, welcome and menu, voice,
 * the 5-second budget, and the slow way for late answers (push, or keep for the next message).
 */
import type { AskFn } from '../answer/schema.js';
import type { Db } from '../db/types.js';
import type { Log } from '../log.js';
import { utf8Length } from './bytes.js';
import { withinBudget } from './deadline.js';
import { claimMessage, settleMessage } from './inbox.js';
import { dedupKey, type InboundMessage } from './message.js';
import { finishPending, startPending, takePending } from './pending.js';
import { fitWechatText, toWechatText } from './plain-text.js';
import { sweepWechatState, withinUserRate } from './rate-limit.js';
import { TEXTS, welcomeText } from './texts.js';
import { hashUserId, sessionIdFor } from './user-key.js';

export interface ConversationSettings {
  /** Time the answer may take before the reply goes the slow way. */
  budgetMs: number;
  rateLimitPerMinute: number;
  maxReplyBytes: number;
  /** Menu CLICK key → question. */
  menu: Record<string, string>;
  userSalt: string;
  hotline?: string;
}

export interface ConversationDeps {
  db: Db;
  ask: AskFn;
  /** `mp` (Official Account) or `work` (WeCom): keeps ids and sessions of the two apart. */
  channel: 'mp' | 'work';
  settings: ConversationSettings;
  /** Pushes late answers to the user (customer-service API). Absent or unusable → kept for the next message. */
  push?: LatePush;
  /** Loads the 文号 lookup (document id → 文号) used in short citations. */
  docNames?: () => Promise<(docId: string) => string | undefined>;
  /** Keeps work running after the response has gone (Workers' waitUntil); Node needs nothing. */
  keepAlive?: (work: Promise<unknown>) => void;
  log?: Log;
  now?: () => number;
}

/** A way to deliver an answer after the reply window (the customer-service message API). */
export interface LatePush {
  send(openid: string, text: string): Promise<void>;
  /** False once WeChat said this account may not use it (e.g. 48001): late answers then wait for the next message. */
  usable(): boolean;
}

/** The passive text reply, or null for `success` (no message now). */
export type ReplyText = string | null;

type Outcome = { status: 'replied' | 'deferred'; reply: ReplyText };

/** Answers one message. Throws only when the database fails; the route turns that into a polite text. */
export async function answerMessage(deps: ConversationDeps, msg: InboundMessage): Promise<ReplyText> {
  const now = deps.now ?? Date.now;
  const userKey = await hashUserId(deps.settings.userSalt, msg.fromUser);
  const key = dedupKey(deps.channel, msg);
  const claim = await claimMessage(deps.db, key, userKey, { waitMs: deps.settings.budgetMs + 300, now });
  if (!claim.claimed) return claim.reply;

  let outcome: Outcome;
  try {
    outcome = await respond(deps, msg, key, userKey);
  } catch (err) {
    deps.log?.('error', 'wechat answer failed', { error: err instanceof Error ? err.message : String(err) });
    outcome = { status: 'replied', reply: TEXTS.failed };
  }
  await settleMessage(deps.db, key, outcome.status, outcome.reply, now);
  // Now and then, any replica clears state that no retry can need any more.
  if (Math.random() < 0.01) {
    sweepWechatState(deps.db, now()).catch((err) =>
      deps.log?.('warn', 'wechat sweep failed', { error: err instanceof Error ? err.message : String(err) }),
    );
  }
  return outcome.reply;
}

/** The question a message stands for, or a fixed reply (null reply = `success`). */
function questionOf(
  deps: ConversationDeps,
  msg: InboundMessage,
): { question: string; prefix: string } | { reply: ReplyText } {
  switch (msg.kind) {
    case 'text': {
      const question = msg.content.trim();
      return question ? { question, prefix: '' } : { reply: TEXTS.empty };
    }
    case 'voice':
      return msg.recognition ? { question: msg.recognition, prefix: TEXTS.heard(msg.recognition) } : { reply: TEXTS.voiceUnrecognised };
    case 'event': {
      const event = msg.event.toLowerCase();
      if (event === 'subscribe' || event === 'enter_agent') return { reply: welcomeText(deps.settings.hotline) };
      if (event === 'click') {
        const question = msg.eventKey ? deps.settings.menu[msg.eventKey] : undefined;
        return question ? { question, prefix: '' } : { reply: TEXTS.unknownMenu };
      }
      // unsubscribe, VIEW, LOCATION, SCAN …: nothing to say.
      return { reply: null };
    }
    default:
      return { reply: TEXTS.unsupported };
  }
}

async function respond(deps: ConversationDeps, msg: InboundMessage, key: string, userKey: string): Promise<Outcome> {
  const now = deps.now ?? Date.now;
  const { settings, db } = deps;
  const what = questionOf(deps, msg);
  if ('reply' in what && what.reply === null) return { status: 'replied', reply: null };
  if (!(await withinUserRate(db, userKey, settings.rateLimitPerMinute, now()))) {
    return { status: 'replied', reply: TEXTS.rateLimited };
  }
  if ('reply' in what) return { status: 'replied', reply: fitWechatText(what.reply ?? '', settings.maxReplyBytes) };

  // An answer that missed its window earlier comes first: the user was told to send anything.
  const pending = await takePending(db, userKey, now());
  if (pending.state === 'ready') {
    return { status: 'replied', reply: TEXTS.pendingPrefix + pending.answer + TEXTS.pendingSuffix };
  }
  if (pending.state === 'computing') return { status: 'replied', reply: TEXTS.stillWorking };

  const docNo = deps.docNames ? await deps.docNames().catch(() => undefined) : undefined;
  const format = (extraBytes: number) => (res: Awaited<ReturnType<AskFn>>) =>
    what.prefix +
    toWechatText(res, {
      maxBytes: settings.maxReplyBytes - utf8Length(what.prefix) - extraBytes,
      ...(docNo ? { docNo } : {}),
    });
  const work = deps.ask({
    question: what.question.slice(0, 500),
    sessionId: sessionIdFor(deps.channel, userKey),
    channel: 'wechat',
    userKey,
  });
  const timely = await withinBudget(work, settings.budgetMs);
  if (timely.ready) return { status: 'replied', reply: format(0)(timely.value) };

  // Too slow for the passive reply: finish in the background and deliver another way.
  const push = deps.push?.usable() ? deps.push : undefined;
  await startPending(db, key, userKey, now());
  const lateReserve = utf8Length(TEXTS.pendingPrefix + TEXTS.pendingSuffix);
  const late = timely.later
    .then(format(lateReserve))
    .then(
      async (text) => {
        if (push) {
          try {
            await push.send(msg.fromUser, text);
            await finishPending(db, key, 'delivered', null, now());
            return;
          } catch (err) {
            deps.log?.('warn', 'wechat push failed, keeping the answer', {
              error: err instanceof Error ? err.message : String(err),
            });
          }
        }
        await finishPending(db, key, 'ready', text, now());
      },
      async (err: unknown) => {
        deps.log?.('error', 'wechat late answer failed', { error: err instanceof Error ? err.message : String(err) });
        await finishPending(db, key, 'failed', null, now());
      },
    )
    .catch((err: unknown) =>
      deps.log?.('error', 'wechat late delivery failed', { error: err instanceof Error ? err.message : String(err) }),
    );
  deps.keepAlive?.(late);
  return { status: 'deferred', reply: push ? null : TEXTS.deferred };
}
