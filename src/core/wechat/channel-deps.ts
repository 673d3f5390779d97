/**
 * Builds what a WeChat callback route needs from the app's dependencies: the conversation
 * settings from config, the answer pipeline, the 文号 lookup for citations and, when the
 * customer-service API is configured and allowed, the push of late answers.
 */
import type { Config } from '../config.js';
import type { AppDeps } from '../http/deps.js';
import { createAsk } from '../answer/ask.js';
import type { AskFn } from '../answer/schema.js';
import { WechatApiClient } from './api-client.js';
import type { ConversationDeps, ConversationSettings } from './conversation.js';

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

/** The answer pipeline from deps, or the default one built on first use (shared by every channel). */
export function askOf(deps: AppDeps): AskFn {
  if (deps.ask) return deps.ask;
  let built: AskFn | undefined;
  return (input) => {
    built ??= createAsk(deps);
    return built(input);
  };
}

/** The customer-service push for the Official Account, when configured and switched on. */
export function customerServicePush(deps: AppDeps): ConversationDeps['push'] {
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
  return (openid, text) => client.sendCustomText(openid, text);
}
