/**
 * Structured logging: one JSON object per line, with the time, level, message and fields.
 * Runs on Node and on Workers (it writes through `console`, which both capture).
 *
 * Logs must never carry secrets or personal data. Two guards enforce that here, so a
 * careless call site cannot leak: fields whose names look secret are replaced, and every
 * string is scrubbed of the configured secret values and of personal patterns (mobile and
 * landline numbers, ID-card numbers, e-mail addresses).
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
/** A structured logger: a message and fields, written as one JSON line (see `createLogger`). */
export type Log = (level: LogLevel, msg: string, fields?: Record<string, unknown>) => void;

const LEVEL_RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Field names whose values are never logged, whatever they hold. */
const SECRET_KEY = /(token|secret|password|passwd|authorization|cookie|api[-_]?key|aes[-_]?key|signature)/i;
/** Field names that hold what a person typed or who they are. */
const PERSONAL_KEY = /^(question|answer|content|text|body|q|phone|mobile|openid|fromusername|userkey|ip|email|name)$/i;

/** A separator people put between digit groups. */
const SEP = '[ \\t.\\-]';

/**
 * Personal data typed by users into questions: e-mail addresses, ID-card numbers (whole or in
 * groups), mainland mobile numbers (any grouping, with +86/0086), landlines with an area code.
 * Longer digit runs go too, since a bank card is never something an operator needs to read in
 * a log. Every pattern is linear in its input, however hostile (a 100 KB URL path): a match
 * may only start where a run of its characters starts (the look-behinds) and every repeat is
 * bounded or separated by a character it cannot eat, so nothing backtracks over the input.
 */
const PERSONAL_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g, '[email]'],
  [new RegExp(`(?<!\\d${SEP}?)\\d(?:${SEP}?\\d){16}${SEP}?[\\dXx](?!${SEP}?[\\dXx])`, 'g'), '[id]'],
  [new RegExp(`(?<![\\d+])(?:(?:[+＋]|00)?86${SEP}?|\\(\\+?86\\)${SEP}?)?\\(?1[3-9]\\d\\)?${SEP}?\\d{4}${SEP}?\\d{4}(?!\\d)`, 'g'), '[phone]'],
  [new RegExp(`(?<!\\d)\\(?0\\d{2,3}\\)?${SEP}?\\d{7,8}(?!\\d)`, 'g'), '[phone]'],
  [/(?<!\d)\d{11,}/g, '[number]'],
];

export interface LoggerOptions {
  level?: LogLevel;
  /** Secret values (tokens, keys) to cut out of any string that reaches a log line. */
  secrets?: ReadonlyArray<string | undefined>;
  /** Where a finished line goes; `console.log`/`console.error` by default. */
  write?: (line: string, level: LogLevel) => void;
  /** Fields added to every line (service name, runtime). */
  base?: Record<string, unknown>;
  now?: () => Date;
}

const defaultWrite = (line: string, level: LogLevel): void => {
  if (level === 'error' || level === 'warn') console.error(line);
  else console.log(line);
};

/** Removes secret values and personal patterns from one string. */
export function scrubText(text: string, secrets: ReadonlyArray<string> = []): string {
  let out = text;
  for (const secret of secrets) {
    // Short values would blank out ordinary words; real tokens are long.
    if (secret.length >= 6) out = out.split(secret).join('[secret]');
  }
  for (const [pattern, replacement] of PERSONAL_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** A deep copy of `value` that is safe to log (see the module comment). */
export function redact(value: unknown, secrets: ReadonlyArray<string> = [], depth = 0): unknown {
  if (depth > 6) return '[deep]';
  if (typeof value === 'string') return scrubText(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: scrubText(value.message, secrets) };
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redact(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) || PERSONAL_KEY.test(key) ? '[redacted]' : redact(v, secrets, depth + 1);
  }
  return out;
}

/** Builds the service's logger. */
export function createLogger(options: LoggerOptions = {}): Log {
  const threshold = LEVEL_RANK[options.level ?? 'info'];
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length > 0);
  const write = options.write ?? defaultWrite;
  const now = options.now ?? (() => new Date());
  const base = options.base ?? {};
  return (level, msg, fields) => {
    if (LEVEL_RANK[level] < threshold) return;
    const safeFields = fields ? (redact(fields, secrets) as Record<string, unknown>) : {};
    const line = { time: now().toISOString(), level, msg: scrubText(msg, secrets), ...base, ...safeFields };
    try {
      write(JSON.stringify(line), level);
    } catch {
      // A logger must never take a request down with it.
    }
  };
}

/** The secret values of a configuration, for `createLogger({ secrets })`. */
export function secretsOf(config: Record<string, unknown>): string[] {
  const names = ['ADMIN_TOKEN', 'CONSOLE_TOKEN', 'OPENAI_API_KEY', 'WECHAT_TOKEN', 'WECHAT_APPSECRET', 'WECHAT_AES_KEY', 'WECOM_TOKEN', 'WECOM_AES_KEY'];
  const out: string[] = [];
  for (const name of names) {
    const v = config[name];
    if (typeof v === 'string' && v) out.push(v);
  }
  // The password inside a database URL is a secret too.
  const url = config.DATABASE_URL;
  if (typeof url === 'string') {
    const m = /^postgres(?:ql)?:\/\/[^:/@]*:([^@]+)@/.exec(url);
    if (m?.[1]) out.push(m[1], decodeURIComponentSafe(m[1]));
  }
  return out;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
