/**
 * `npm run eval` — retrieval quality on the question set in test/eval/questions.ts.
 *
 * Builds a fresh index of `policy-corpus/` with the service's own ingest and searches every
 * question through the service's own hybrid search, then prints recall@1, recall@3, MRR and
 * the misses; then the same for the held-out set (test/eval/heldout.ts), which nothing is
 * tuned on. Embedded PGlite (in memory) by default; with DATABASE_URL set, the PostgreSQL
 * server, in a throw-away schema that is dropped afterwards (the service's own index there is
 * not touched).
 *
 * Options: --json (print the report as JSON too), --min-recall3 X / --min-mrr X (exit 1 below).
 */
import { createScratchSchema, dropScratchSchema } from '../test/support/scratch-schema.js';
import { loadConfig } from '../src/core/config.js';
import { createPostgresDb } from '../src/core/db/postgres.js';
import type { Db } from '../src/core/db/types.js';
import { prepareService } from '../src/node/bootstrap.js';
import { openPglite } from '../src/node/db-pglite.js';
import { HELDOUT_QUESTIONS } from '../test/eval/heldout.js';
import { QUESTIONS } from '../test/eval/questions.js';
import { formatReport, scoreSearch } from '../test/eval/score.js';

function option(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function openEvalDb(url: string | undefined): Promise<{ db: Db; label: string; dispose: () => Promise<void> }> {
  if (!url) {
    const db = await openPglite('memory://');
    return { db, label: 'embedded PGlite (in memory)', dispose: () => db.close() };
  }
  const schema = `eval_${process.pid}_${Date.now().toString(36)}`;
  await createScratchSchema(url, schema);
  const db = createPostgresDb(url, { max: 4, searchPath: `${schema},public` });
  const host = new URL(url);
  return {
    db,
    label: `PostgreSQL ${host.hostname}:${host.port || 5432}${host.pathname} (schema ${schema})`,
    dispose: async () => {
      await db.close();
      await dropScratchSchema(url, schema);
    },
  };
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, DATA_DIR: 'memory://' });
  const { db, label, dispose } = await openEvalDb(config.DATABASE_URL);
  try {
    const t0 = performance.now();
    const prepared = await prepareService({ config, db });
    const ingest = prepared.ingest;
    console.log(
      `index built in ${(performance.now() - t0).toFixed(0)} ms: ${ingest?.clauses ?? '?'} clauses, ` +
        `${ingest?.documents ?? '?'} document(s), embedder ${prepared.embedder.name}`,
    );
    const report = await scoreSearch(prepared.deps.search, QUESTIONS);
    console.log(formatReport(report, `${label}, ${QUESTIONS.length} questions`));
    const heldout = await scoreSearch(prepared.deps.search, HELDOUT_QUESTIONS);
    console.log('\n' + formatReport(heldout, `held-out set, ${HELDOUT_QUESTIONS.length} questions (not tuned on; no goal)`, false));
    if (process.argv.includes('--json')) {
      const { outcomes: _outcomes, ...figures } = report;
      console.log(JSON.stringify({ ...figures, misses: report.misses.map((m) => ({ q: m.question.q, expect: m.question.expect, got: m.got.slice(0, 3), rank: m.rank })) }, null, 2));
    }
    const minRecall3 = Number(option('--min-recall3') ?? 0);
    const minMrr = Number(option('--min-mrr') ?? 0);
    if (report.recallAt3 < minRecall3 || report.mrr < minMrr) {
      console.error(`below the floor (recall@3 ≥ ${minRecall3}, MRR ≥ ${minMrr})`);
      process.exitCode = 1;
    }
  } finally {
    await dispose();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
