/**
 * Everything between "a configuration" and "a service ready to answer": open the database,
 * bring its schema up to date, index the corpus if it changed, and compose the services
 * (src/core/compose-services.ts). `npm start`, the bot, `npm run ingest` and the test helpers
 * all go through here, so they start the same way.
 */
import { migrate } from '../core/db/migrate.js';
import type { Db } from '../core/db/types.js';
import type { Config } from '../core/config.js';
import type { PolicyDocument } from '../core/corpus/types.js';
import type { AppDeps, Log } from '../core/deps.js';
import { ingest, type IngestProgress, type IngestResult } from '../core/index/ingest.js';
import { composeServices, type ServiceInputs } from '../core/compose-services.js';
import { embedderFromConfig, type Embedder } from '../core/search/embedder.js';
import { effectiveCorpus } from '../core/http/routes/admin-corpus.js';
import { loadCorpus } from './corpus-fs.js';
import { loadMigrations } from './migrations-fs.js';

export interface PrepareOptions {
  config: Config;
  /** An open database; see `openDatabase`. */
  db: Db;
  log?: Log;
  /**
   * Documents to index (default: the `policy-corpus/` folder with the documents added
   * through the admin API laid over it); `false` skips indexing.
   */
  documents?: readonly PolicyDocument[] | false;
  embedder?: Embedder;
  onProgress?: (p: IngestProgress) => void;
  /** Inputs of the composition root to set (a fixed clock, a watched pipeline …). */
  services?: Partial<ServiceInputs>;
}

export interface Prepared {
  deps: AppDeps;
  embedder: Embedder;
  migrations: { applied: string[] };
  ingest?: IngestResult;
}

/** Migrates, ingests when the corpus changed, and builds the app's dependencies. */
export async function prepareService(options: PrepareOptions): Promise<Prepared> {
  const { config, db, log } = options;
  const embedder = options.embedder ?? embedderFromConfig(config);
  const migrations = await migrate(db, await loadMigrations());
  let result: IngestResult | undefined;
  if (options.documents !== false) {
    const documents = options.documents ?? (await effectiveCorpus(db, await loadCorpus())).documents;
    result = await ingest(db, { documents, embedder, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  }
  const deps: AppDeps = composeServices({
    config,
    db,
    embedder,
    corpus: () => loadCorpus(),
    // One process, one database handle: the requests of one turn of the event loop share
    // their statements (see ServiceInputs.endOfTurn).
    endOfTurn: (run) => setImmediate(run),
    ...(log ? { log } : {}),
    ...options.services,
  });
  return { deps, embedder, migrations: { applied: migrations.applied }, ...(result ? { ingest: result } : {}) };
}
