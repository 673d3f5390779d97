/**
 * What the service's layers need from the outside world: the settings, the database, the
 * retrieval services and the answer pipeline. One composition root builds them
 * (./compose-services.ts) for the Node server, the Worker and the bot; tests build them the
 * same way. Nothing in the core reaches for globals.
 *
 * This module sits at the answer layer: it names the answer pipeline's type, so the search
 * layer below must not import it (search takes `Log` from ./log.ts instead).
 */
import type { Context } from 'hono';
import type { AskFn } from './answer/schema.js';
import type { Config } from './config.js';
import type { PolicyDocument } from './corpus/types.js';
import type { Db } from './db/types.js';
import type { ParameterLibrary } from './index/parameter-library.js';
import type { Log } from './log.js';
import type { ClauseStore, SearchService } from './search/types.js';

export type { Log, LogLevel } from './log.js';

export interface AppDeps {
  config: Config;
  db: Db;
  search: SearchService;
  clauses: ClauseStore;
  /** The answer pipeline shared by every channel (web, Official Account, WeCom, the bot). */
  ask: AskFn;
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
  clientAddress?: (c: Context) => string | undefined;
  /**
   * The policy documents the service ships with (`policy-corpus/` on Node, the bundled copy on
   * Workers); the admin re-index reads them, with admin-added documents laid over them.
   */
  corpus?: () => Promise<PolicyDocument[]>;
  /**
   * The rules' parameters with the library's amendments (index/parameter-library.ts); whoever
   * changes the index calls its `refresh()`. Absent: the shipped parameters alone.
   */
  parameters?: ParameterLibrary;
}
