/**
 * What the HTTP app needs from the outside world. The Node entry, the Workers entry and
 * the tests each build one of these; nothing in the core reaches for globals.
 */
import type { Config } from '../config.js';
import type { Db } from '../db/types.js';
import type { ClauseStore, SearchService } from '../search/types.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type Log = (level: LogLevel, msg: string, fields?: Record<string, unknown>) => void;

export interface AppDeps {
  config: Config;
  db: Db;
  search: SearchService;
  clauses: ClauseStore;
  /** Structured logger; never given secrets or personal data. */
  log?: Log;
  /** Clock, injectable so tests can fix "today". */
  now?: () => Date;
  /**
   * Clock of the WeChat/WeCom signature window (milliseconds), injectable so tests can verify
   * the platforms' published vectors, which carry 2014 timestamps. Default `Date.now`.
   */
  wechatClock?: () => number;
  /**
   * The client's address for the rate limit; by default the socket peer under Node and
   * `CF-Connecting-IP` on Workers. Set it when the service sits behind a trusted proxy.
   */
  clientAddress?: (c: import('hono').Context) => string | undefined;
  /** The answer pipeline shared by every channel; when absent, routes build the default one. */
  ask?: import('../answer/schema.js').AskFn;
  /**
   * The policy documents the service ships with (`policy-corpus/` on Node, the bundled copy on
   * Workers); the admin re-index reads them, with admin-added documents laid over them.
   */
  corpus?: () => Promise<import('../corpus/types.js').PolicyDocument[]>;
}
