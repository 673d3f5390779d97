/**
 * The composition root: the one place that builds the service from its settings and its
 * database — the search service with its result cache, the clause store, the answer
 * pipeline with its clause index, search memo and rule catalogue. The Node server
 * (src/node/bootstrap.ts), the Worker (src/worker/index.ts), the Wechaty bot and the tests all
 * get their services here, so every channel answers through the same pipeline and no route
 * or channel builds one of its own.
 *
 * Everything built here lives as long as the process (Node) or the isolate (Workers): the
 * caches only help if they outlive a request. On Workers the database handed in is a handle
 * that reaches the current request's connection (src/worker/request-db.ts), so the one
 * thing made per request there is the connection itself.
 */
import { createAsk } from './answer/ask.js';
import type { AskFn } from './answer/schema.js';
import type { Config } from './config.js';
import type { PolicyDocument } from './corpus/types.js';
import type { Db } from './db/types.js';
import type { AppDeps } from './deps.js';
import type { ChatModel } from './llm/client.js';
import { createParameterLibrary } from './index/parameter-library.js';
import type { Log } from './log.js';
import { createClauseStore } from './search/clause-store.js';
import { embedderFromConfig, type Embedder } from './search/embedder.js';
import { createHybridSearch } from './search/hybrid.js';
import { withDocumentNames } from './search/named-hits.js';
import type { ClauseStore, SearchService } from './search/types.js';

export interface ServiceInputs {
  config: Config;
  /** The database (on Workers: the request-scoped handle, see the module comment). */
  db: Db;
  log?: Log;
  /** Clock, injectable so tests can fix "today". */
  now?: () => Date;
  /** The embedder for search queries; by default the one the settings name. */
  embedder?: Embedder;
  /** The chat model; by default the one the settings name; `null` for extractive answers only. */
  model?: ChatModel | null;
  /** The documents the service ships with (read by the admin re-index). */
  corpus?: () => Promise<PolicyDocument[]>;
  clientAddress?: AppDeps['clientAddress'];
  /** Clock of the WeChat/WeCom signature window (tests set it to verify the published 2014 vectors). */
  wechatClock?: AppDeps['wechatClock'];
  /** Parts given ready-made (a test's watched pipeline, say) are used as they are. */
  search?: SearchService;
  clauses?: ClauseStore;
  ask?: AskFn;
  parameters?: AppDeps['parameters'];
  /**
   * Runs a callback once the current event-loop turn's callers have run (`setImmediate` under
   * Node). Given, the requests of one turn share statements: the search's reading of the
   * active generation (db/shared-read.ts) and the answer pipeline's session writes
   * (db/write-group.ts). Only where one database handle serves every request: not on Workers.
   */
  endOfTurn?: (run: () => void) => void;
}

/** Builds the service's dependencies (see the module comment). Call it once per process or isolate. */
export function composeServices(inputs: ServiceInputs): AppDeps {
  const { config, db, log } = inputs;
  const embedder = inputs.embedder ?? embedderFromConfig(config);
  const clauses = inputs.clauses ?? watchedClauseStore(createClauseStore(db), log);
  const deps: AppDeps = {
    config,
    db,
    search:
      inputs.search ??
      // One shared read of the index generation per turn only on the embedded database: on a
      // server, asks kept failing after the server came back from an outage while the read was
      // shared (test/faults/postgres-outage.test.ts), so each search reads for itself there.
      withDocumentNames(createHybridSearch({ db, embedder, ...(log ? { log } : {}), ...(inputs.endOfTurn && db.kind === 'pglite' ? { endOfTurn: inputs.endOfTurn } : {}) }), clauses),
    clauses,
    parameters: inputs.parameters ?? createParameterLibrary(db),
    // Replaced just below; `createAsk` reads the other fields of this same object.
    ask: () => Promise.reject(new Error('answer pipeline not built')),
    ...(log ? { log } : {}),
    ...(inputs.now ? { now: inputs.now } : {}),
    ...(inputs.corpus ? { corpus: inputs.corpus } : {}),
    ...(inputs.clientAddress ? { clientAddress: inputs.clientAddress } : {}),
    ...(inputs.wechatClock ? { wechatClock: inputs.wechatClock } : {}),
  };
  deps.ask =
    inputs.ask ??
    buildOnFirstUse(() =>
      createAsk(deps, {
        ...(inputs.model !== undefined ? { model: inputs.model } : {}),
        ...(inputs.endOfTurn ? { groupWrites: inputs.endOfTurn } : {}),
      }),
    );
  log?.('debug', 'services composed', { embedder: embedder.name, db: db.kind });
  return deps;
}

/**
 * The pipeline built on its first question rather than at start: building it reads the rule
 * catalogue and sets up the model client, which a Worker isolate that only serves `/healthz`
 * never needs.
 */
function buildOnFirstUse(build: () => AskFn): AskFn {
  let built: AskFn | undefined;
  return (input) => {
    built ??= build();
    return built(input);
  };
}

/**
 * The clause store, with a debug line each time clauses are read: how often the whole list
 * is read (the answer pipeline's clause index) says whether the caches live as long as they
 * should, and how long a read takes.
 */
function watchedClauseStore(store: ClauseStore, log: Log | undefined): ClauseStore {
  if (!log) return store;
  return {
    ...store,
    async list(docId) {
      const started = performance.now();
      const clauses = await store.list(docId);
      log('debug', 'clauses read', { ...(docId ? { docId } : {}), clauses: clauses.length, ms: Math.round(performance.now() - started) });
      return clauses;
    },
  };
}
