/**
 * Settings, validated once at start from environment-like input (process.env under Node,
 * bindings on Workers). A bad setting stops the start with a message naming it.
 */
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const intFrom = (def: number, min: number, max: number) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return def;
      const n = typeof v === 'number' ? v : Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

/**
 * A password-like token: unset, or at least 16 characters. A short one is guessed in minutes
 * even behind the login throttle, so the start refuses it rather than run with it.
 */
const TOKEN_MIN_LENGTH = 16;
const strongToken = optionalString.refine((v) => v === undefined || v.length >= TOKEN_MIN_LENGTH, {
  message: `must be at least ${TOKEN_MIN_LENGTH} characters (e.g. \`openssl rand -hex 16\`), or unset`,
});

/** `on`/`true`/`1`/`yes` → true; unset or anything else → false. */
const onOff = optionalString.transform((v) => v !== undefined && /^(1|on|true|yes)$/i.test(v));

export const ConfigSchema = z.object({
  PORT: intFrom(8787, 0, 65535),
  DATABASE_URL: optionalString.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
    message: 'must be a postgres:// or postgresql:// URL',
  }),
  DATA_DIR: optionalString.transform((v) => v ?? './data'),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), {
    message: 'must be an http(s) URL',
  }),
  LLM_MODEL: optionalString,
  EMBEDDING_MODEL: optionalString,
  /** Time budget of one model answer, after which the extractive answer is used. */
  LLM_TIMEOUT_MS: intFrom(3000, 100, 120_000),
  ADMIN_TOKEN: strongToken,
  /** Staff console token; unset → the console is open (it shows only public policy text). */
  CONSOLE_TOKEN: strongToken,
  /** Hours a console login lasts (the session is kept server-side and ends at logout). */
  CONSOLE_SESSION_HOURS: intFrom(12, 1, 24 * 30),
  /** Wrong console/admin tokens allowed per client address per 15 minutes before 429. */
  AUTH_FAILURES_PER_15_MINUTES: intFrom(10, 1, 10_000),
  WECHAT_TOKEN: optionalString,
  WECHAT_APPID: optionalString,
  WECHAT_APPSECRET: optionalString,
  WECHAT_AES_KEY: optionalString.refine((v) => v === undefined || /^[A-Za-z0-9+/]{43}$/.test(v), {
    message: 'must be the 43-character EncodingAESKey',
  }),
  /** Base URL of the WeChat API (a local stand-in in tests). */
  WECHAT_API_BASE: optionalString.transform((v) => v ?? 'https://api.weixin.qq.com'),
  WECOM_TOKEN: optionalString,
  WECOM_AES_KEY: optionalString,
  WECOM_CORPID: optionalString,
  /** WeChat callbacks: time the answer may take before the reply goes the slow way (WeChat waits 5 s). */
  WECHAT_REPLY_BUDGET_MS: intFrom(4000, 100, 4800),
  /** `on`: push late answers through the customer-service message API (verified accounts only). */
  WECHAT_CUSTOMER_SERVICE: onOff,
  /** `on`: fetch the access_token from `/cgi-bin/stable_token` instead of `/cgi-bin/token`. */
  WECHAT_STABLE_TOKEN: onOff,
  /** Menu CLICK keys → the question each stands for, as JSON: `{"SUBSIDY":"职业培训补贴有哪些？"}`. */
  WECHAT_MENU: optionalString.transform((v, ctx) => {
    if (v === undefined) return {} as Record<string, string>;
    try {
      const parsed: unknown = JSON.parse(v);
      const menu = z.record(z.string().min(1).max(128), z.string().trim().min(1).max(500)).parse(parsed);
      return menu;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object of menu key → question' });
      return z.NEVER;
    }
  }),
  /** Messages per WeChat user per minute (0 = no limit). */
  WECHAT_RATE_LIMIT_PER_MINUTE: intFrom(20, 0, 100_000),
  /**
   * Seconds a WeChat/WeCom callback's signed timestamp may be off from now. Older (or future)
   * requests are refused, and each timestamp+nonce is accepted for one message body only.
   */
  WECHAT_TIMESTAMP_WINDOW_SECONDS: intFrom(300, 30, 86_400),
  /**
   * `on`: with WECHAT_AES_KEY set, still answer plaintext callbacks (an account switched to plain
   * mode). Off by default: with a key configured, only safe-mode (`encrypt_type=aes`) messages.
   */
  WECHAT_ALLOW_PLAIN: onOff,
  /**
   * Callback requests per source address per minute on /wechat/* (0 = no limit). WeChat calls
   * from a handful of its own addresses, so this sits far above one user's budget.
   */
  WECHAT_RATE_LIMIT_PER_ADDRESS: intFrom(600, 0, 1_000_000),
  /** Salt of the hash that stands for a WeChat user (openid/userid are never stored); unset → derived from the tokens. */
  WECHAT_USER_SALT: optionalString,
  /** Byte budget of one WeChat text reply (UTF-8). */
  WECHAT_MAX_REPLY_BYTES: intFrom(2048, 256, 8192),
  HOTLINE: optionalString,
  /** This service's public address (`https://zc.example.org`), shown in the demo page's embed snippet. */
  PUBLIC_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s"'<>]+$/.test(v), {
    message: 'must be an http(s) URL',
  }),
  /** Comma-separated origins allowed to call the API from a browser (the widget's hosts); `*` for any. */
  ALLOWED_ORIGINS: optionalString.transform((v) =>
    (v ?? '*').split(',').map((s) => s.trim()).filter(Boolean),
  ),
  /** Minutes of inactivity after which a dialogue session is forgotten. */
  SESSION_IDLE_MINUTES: intFrom(30, 1, 60 * 24 * 30),
  /**
   * Reverse proxies in front of the service whose `X-Forwarded-For` entry is trusted: 0 (the
   * default) keys clients by the socket address and ignores the header; 1 for one nginx in
   * front, and so on. Only set it when every request passes through that many proxies.
   */
  TRUST_PROXY_HOPS: intFrom(0, 0, 10),
  /** Public API requests per minute per client (0 = no limit). */
  RATE_LIMIT_PER_MINUTE: intFrom(120, 0, 1_000_000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).optional().transform((v) => v ?? 'info'),
});

export type Config = z.output<typeof ConfigSchema>;
export type ConfigInput = Record<string, string | number | undefined>;

/** Parses settings; throws one Error listing every bad setting by name. */
export function loadConfig(env: ConfigInput): Config {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(ConfigSchema.shape)) picked[key] = env[key];
  const parsed = ConfigSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
