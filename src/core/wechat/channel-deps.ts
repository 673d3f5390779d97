/**
 * Builds what a WeChat callback route needs from the app's dependencies: the conversation
 * settings from config, the answer pipeline, the 文号 lookup for citations and, when the
 * customer-service API is configured and allowed, the push of late answers.
 */
import type { Config } from '../config.js';
import type { AppDeps } from '../deps.js';
import { WechatApiClient, WechatApiError } from './api-client.js';
import type { ConversationSettings, LatePush } from './conversation.js';
import { ApiError } from '../errors.js';
import { createReplayGuard } from './replay-guard.js';

/** Conversation settings of a channel from config. */
export function conversationSettings(config: Config, channelSecret: string): ConversationSettings {
  return {
    budgetMs: config.WECHAT_REPLY_BUDGET_MS,
    rateLimitPerMinute: config.WECHAT_RATE_LIMIT_PER_MINUTE,
    maxReplyBytes: config.WECHAT_MAX_REPLY_BYTES,
    menu: config.WECHAT_MENU,
    // Without an explicit salt, a secret only the operator knows still keeps hashes unguessable.
    userSalt: config.WECHAT_USER_SALT ?? `zz-policy:${channelSecret}`,
    ...(config.HOTLINE ? { hotline: config.HOTLINE } : {}),
  };
}

/** Document id → 文号, loaded once from the clause store and kept. */
export function docNameLoader(deps: AppDeps): () => Promise<(docId: string) => string | undefined> {
  let loaded: Promise<Map<string, string>> | undefined;
  return async () => {
    loaded ??= deps.clauses
      .documents()
      .then((docs) => new Map(docs.map((d) => [d.id, d.docNo] as const)))
      .catch((err: unknown) => {
        loaded = undefined; // try again next time
        throw err;
      });
    const map = await loaded;
    return (docId) => map.get(docId);
  };
}

/** WeChat errcodes meaning "this account may not send customer-service messages". */
const NO_RIGHT = new Set([48001, 48004]);
/** How long a refusal for lack of rights is remembered before trying again. */
const NO_RIGHT_BACKOFF_MS = 60 * 60_000;

/** The customer-service push for the Official Account, when configured and switched on. */
export function customerServicePush(deps: AppDeps): LatePush | undefined {
  const { config } = deps;
  if (!config.WECHAT_CUSTOMER_SERVICE || !config.WECHAT_APPID || !config.WECHAT_APPSECRET) return undefined;
  const client = new WechatApiClient({
    db: deps.db,
    baseUrl: config.WECHAT_API_BASE,
    appId: config.WECHAT_APPID,
    appSecret: config.WECHAT_APPSECRET,
    stableToken: config.WECHAT_STABLE_TOKEN,
    ...(deps.log ? { log: deps.log } : {}),
  });
  // Only a hint for choosing between `success` and the "reply to get it" text; a replica
  // that has not seen the refusal yet still ends up keeping the answer for the next message.
  let refusedUntil = 0;
  return {
    usable: () => Date.now() >= refusedUntil,
    async send(openid, text) {
      try {
        await client.sendCustomText(openid, text);
      } catch (err) {
        if (err instanceof WechatApiError && NO_RIGHT.has(err.errcode)) {
          refusedUntil = Date.now() + NO_RIGHT_BACKOFF_MS;
          deps.log?.('warn', 'customer-service messages not allowed for this account; keeping late answers instead', {
            errcode: err.errcode,
          });
        }
        throw err;
      }
    },
  };
}

/**
 * The freshness check of a callback route: throws 403 for a timestamp outside the window or a
 * timestamp+nonce already used with another body (see replay-guard.ts). Call it after the
 * signature check, with what the signature vouches for (the body, or the echostr).
 */
export function callbackFreshness(deps: AppDeps, channel: string): (q: Record<string, string>, body: string) => Promise<void> {
  const guard = createReplayGuard({
    db: deps.db,
    windowSeconds: deps.config.WECHAT_TIMESTAMP_WINDOW_SECONDS,
    ...(deps.wechatClock ? { now: deps.wechatClock } : {}),
  });
  return async (q, body) => {
    const verdict = await guard({ channel, timestamp: q.timestamp ?? '', nonce: q.nonce ?? '', body });
    if (verdict === 'stale') {
      deps.log?.('warn', 'wechat callback refused: timestamp outside the window', { channel });
      throw new ApiError('forbidden', '请求时间戳超出有效期');
    }
    if (verdict === 'replayed') {
      deps.log?.('warn', 'wechat callback refused: signature replayed with another body', { channel });
      throw new ApiError('forbidden', '签名已被使用');
    }
  };
}
