/**
 * `npx tsx scripts/bench-ask-costs.ts [--server] [--rounds N] [--batch N]` — where a question's
 * CPU goes, in-process, on the database the server would use (a fresh embedded data folder, or
 * with `--server` a throw-away schema on DATABASE_URL / TEST_DATABASE_URL). It asserts nothing.
 *
 * Each line is CPU µs per request (`process.cpuUsage`, user + system, this process only — on
 * the server PostgreSQL's own CPU is not in it), requests sent `--batch` at a time as the
 * benchmark's 16 connections do, so the write group (db/write-group.ts) gathers as it does
 * there; the median over `--rounds` alternated rounds:
 *   - healthz: `GET /healthz` through the app (`app.request`): the middleware every request pays;
 *   - ask repeated: a first message asked before (the turn cache's path) through the app;
 *   - ask new: a first message never asked before through the app;
 *   - pipeline new: the same, calling the answer pipeline (`deps.ask`) without the HTTP layer.
 * The sockets and HTTP parsing of a real server are not in these figures (see bench-profile.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/core/config.js';
import { createPostgresDb } from '../src/core/db/postgres.js';
import type { Db } from '../src/core/db/types.js';
import { createApp } from '../src/core/http/app.js';
import { prepareService } from '../src/node/bootstrap.js';
import { openPglite } from '../src/node/db-pglite.js';
import { QUESTIONS } from '../test/eval/questions.js';
import { createScratchSchema, dropScratchSchema } from '../test/support/scratch-schema.js';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const rounds = arg('rounds', 7);
  const batch = arg('batch', 16);
  const perRound = arg('requests', 480);
  const useServer = process.argv.includes('--server');
  const dir = await mkdtemp(path.join(tmpdir(), 'ask-costs-'));
  let db: Db;
  let dispose: () => Promise<void>;
  if (useServer) {
    const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('--server needs DATABASE_URL or TEST_DATABASE_URL');
    const schema = `ask_costs_${process.pid}`;
    await createScratchSchema(url, schema);
    db = createPostgresDb(url, { searchPath: `${schema},public` });
    dispose = async () => {
      await db.close();
      await dropScratchSchema(url, schema);
    };
  } else {
    db = await openPglite(path.join(dir, 'data'));
    dispose = () => db.close();
  }
  const config = loadConfig({ DATA_DIR: path.join(dir, 'data'), RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' });
  try {
    const { deps } = await prepareService({ config, db });
    const app = createApp(deps);
    const questions = QUESTIONS.map((q) => q.q);
    let counter = 0;
    const fresh = () => `${questions[counter % questions.length]} xcostq${(++counter).toString(36)}`;
    const viaApp = async (question: string) => {
      const res = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question, channel: 'web' }) });
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      await res.arrayBuffer();
    };
    const kinds: Record<string, (i: number) => Promise<unknown>> = {
      healthz: async () => (await app.request('/healthz')).arrayBuffer(),
      'ask repeated': (i) => viaApp(questions[i % questions.length]!),
      'ask new': () => viaApp(fresh()),
      'pipeline new': () => deps.ask({ question: fresh(), channel: 'web' }),
    };
    // Warm: every repeated question once (into the turn cache), the JIT on every path.
    for (const q of questions) await viaApp(q);
    for (const q of questions) await viaApp(q);
    for (const run of Object.values(kinds)) for (let i = 0; i < 200; i++) await run(i);
    const results: Record<string, number[]> = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
    for (let r = 0; r < rounds; r++) {
      for (const [name, run] of Object.entries(kinds)) {
        const t = process.cpuUsage();
        for (let i = 0; i < perRound; i += batch) await Promise.all(Array.from({ length: batch }, (_, j) => run(i + j)));
        const used = process.cpuUsage(t);
        results[name]!.push((used.user + used.system) / perRound);
      }
    }
    console.log(`${useServer ? 'server' : 'embedded'}: CPU µs per request, median of ${rounds} rounds of ${perRound} (batches of ${batch})`);
    for (const [name, xs] of Object.entries(results)) console.log(`  ${name.padEnd(14)} ${median(xs).toFixed(0).padStart(6)}   (${xs.map((x) => x.toFixed(0)).join(', ')})`);
  } finally {
    await dispose();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
