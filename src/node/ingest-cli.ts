/**
 * `npm run ingest [-- --force]`: indexes `policy-corpus/` into the configured database
 * (DATABASE_URL, else PGlite in DATA_DIR) by hand, printing progress. Nothing changed →
 * nothing done, unless `--force`.
 */
import { loadConfig } from '../core/config.js';
import { migrate } from '../core/db/migrate.js';
import { effectiveCorpus } from '../core/http/routes/admin-corpus.js';
import { ingest } from '../core/index/ingest.js';
import { embedderFromConfig } from '../core/search/embedder.js';
import { loadCorpus } from './corpus-fs.js';
import { loadMigrations } from './migrations-fs.js';
import { describeDatabase, openDatabase } from './open-db.js';
import { progressPrinter } from './progress.js';

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  const force = process.argv.includes('--force');
  console.log(`[ingest] database: ${describeDatabase(config)}`);
  const db = await openDatabase(config);
  try {
    await migrate(db, await loadMigrations());
    const { documents, skipped } = await effectiveCorpus(db, await loadCorpus());
    for (const s of skipped) console.warn(`[ingest] skipped stored document: ${s}`);
    const result = await ingest(db, { documents, embedder: embedderFromConfig(config), force, onProgress: progressPrinter() });
    console.log(`[ingest] ${result.changed ? 'rebuilt' : 'unchanged'}: generation ${result.generation}, ${result.clauses} clauses, ${result.ms} ms`);
    return 0;
  } catch (err) {
    console.error(`[ingest] failed: ${(err as Error).message}`);
    return 1;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
