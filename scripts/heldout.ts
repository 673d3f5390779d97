/**
 * `npm run heldout` — the held-out dialogue and scope figures of the answer pipeline.
 *
 * Builds a fresh index of `policy-corpus/` (embedded PGlite in memory; with DATABASE_URL set, a
 * throw-away schema on that server), then sends every dialogue of test/heldout/dialogues.ts
 * (each in a fresh session, turn by turn) and every question of test/heldout/scope.ts through
 * the service's own pipeline (`createAsk`), and judges the public responses only. An item that
 * throws counts as a failure; the run goes on.
 *
 * Prints: dialogues right (n/N, %) and per class, out-of-scope declined %, not-settled answered
 * honestly %, covered with a gold clause cited %, and the turns where a yuan figure came from
 * the wrong rule or was stated while a fact was open.
 *
 * Options: --set vN (which held-out set, as listed in test/heldout/sets.ts; default v1:
 * test/heldout/{dialogues,scope}.ts, the others in test/heldout/vN/; several as vN,vM or `all`,
 * run on one index and summed up one line per set at the end), --json FILE (per-item pass/fail
 * with reasons; with several sets, a folder with one FILE per set), --only ID[,ID…] (run those
 * items). These sets were written before the changes they measure and are not to be tuned on.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createScratchSchema, dropScratchSchema } from '../test/support/scratch-schema.js';
import { loadConfig } from '../src/core/config.js';
import { parseDocument } from '../src/core/corpus/parse.js';
import { createPostgresDb } from '../src/core/db/postgres.js';
import type { Db } from '../src/core/db/types.js';
import { createAsk } from '../src/core/answer/ask.js';
import type { AskFn } from '../src/core/answer/schema.js';
import { prepareService } from '../src/node/bootstrap.js';
import { loadCorpus } from '../src/node/corpus-fs.js';
import { openPglite } from '../src/node/db-pglite.js';
import { judgeScope, judgeTurn, PERIOD_END, yuanFigures, type JudgeContext, type PublicAnswer, type TurnFlags } from '../test/heldout/judge.js';
import { HELD_OUT_SETS } from '../test/heldout/sets.js';
import type { Dialogue, ScopeQuestion } from '../test/heldout/types.js';

/** The held-out sets by name; v1 has been looked at by developers and is partly tuned. */
const SETS: Record<string, { dialogues: readonly Dialogue[]; scope: readonly ScopeQuestion[] }> = Object.fromEntries(HELD_OUT_SETS.map((x) => [x.name, x]));

function option(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function openDb(url: string | undefined): Promise<{ db: Db; label: string; dispose: () => Promise<void> }> {
  if (!url) {
    const db = await openPglite('memory://');
    return { db, label: 'embedded PGlite (in memory)', dispose: () => db.close() };
  }
  const schema = `heldout_${process.pid}_${Date.now().toString(36)}`;
  await createScratchSchema(url, schema);
  const db = createPostgresDb(url, { max: 4, searchPath: `${schema},public` });
  return {
    db,
    label: `PostgreSQL (schema ${schema})`,
    dispose: async () => {
      await db.close();
      await dropScratchSchema(url, schema);
    },
  };
}

interface TurnReport {
  user: string;
  ok: boolean;
  reasons: string[];
  answer?: string;
  flags: TurnFlags;
}

interface DialogueReport {
  id: string;
  class: string;
  probes: string;
  ok: boolean;
  reasons: string[];
  turns: TurnReport[];
}

interface ScopeReport {
  id: string;
  label: string;
  q: string;
  ok: boolean;
  reasons: string[];
  answer?: string;
  cited?: string[];
  flags: TurnFlags;
}

const NO_FLAGS: TurnFlags = { wrongRuleAmount: false, amountWhileOpen: false, wrongAmount: false, internalName: false };

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function clip(s: string, n = 400): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

async function runDialogue(ask: AskFn, d: Dialogue, ctx: JudgeContext): Promise<DialogueReport> {
  const turns: TurnReport[] = [];
  const reasons: string[] = [];
  let sessionId: string | undefined;
  let periodTold = false;
  for (const turn of d.turns) {
    try {
      const res = await ask({ question: turn.user, channel: 'web', ...(sessionId ? { sessionId } : {}) });
      sessionId = res.sessionId;
      const pub: PublicAnswer = res;
      const v = judgeTurn(turn.expect, pub, ctx);
      periodTold ||= PERIOD_END.test(res.answer);
      turns.push({ user: turn.user, ok: v.ok, reasons: v.reasons, answer: clip(res.answer), flags: v.flags });
    } catch (err) {
      turns.push({ user: turn.user, ok: false, reasons: [`exception: ${errorText(err)}`], flags: { ...NO_FLAGS } });
      // Later turns depend on this one; they are still sent, in the same session if any.
    }
  }
  if (d.periodEnd && !periodTold) reasons.push('periodEnd: no answer in the conversation says the plan ended (2021-12-31)');
  const ok = turns.every((t) => t.ok) && reasons.length === 0;
  return { id: d.id, class: d.class, probes: d.probes, ok, reasons, turns };
}

async function runScope(ask: AskFn, item: ScopeQuestion, ctx: JudgeContext): Promise<ScopeReport> {
  try {
    const res = await ask({ question: item.q, channel: 'web' });
    const v = judgeScope(item, res, ctx);
    return { id: item.id, label: item.label, q: item.q, ok: v.ok, reasons: v.reasons, answer: clip(res.answer), cited: res.citations.map((c) => c.clause), flags: v.flags };
  } catch (err) {
    return { id: item.id, label: item.label, q: item.q, ok: false, reasons: [`exception: ${errorText(err)}`], flags: { ...NO_FLAGS } };
  }
}

function pct(n: number, of: number): string {
  return of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)} %`;
}

/** Runs one set through the pipeline, prints its figures and returns them on one line. */
async function reportSet(
  setName: string,
  set: { dialogues: readonly Dialogue[]; scope: readonly ScopeQuestion[] },
  ask: AskFn,
  ctx: JudgeContext,
  pick: <T extends { id: string }>(items: readonly T[]) => T[],
  jsonFile: string | undefined,
): Promise<string> {
  const dialogues: DialogueReport[] = [];
  for (const d of pick(set.dialogues)) dialogues.push(await runDialogue(ask, d, ctx));
  const scope: ScopeReport[] = [];
  for (const q of pick(set.scope)) scope.push(await runScope(ask, q, ctx));

  const right = dialogues.filter((d) => d.ok).length;
  console.log(`\nHELD-OUT set ${setName} (written before the change it measures; not tuned on)`);
  console.log(`dialogues right: ${right}/${dialogues.length} (${pct(right, dialogues.length)})`);
  const classes = [...new Set(dialogues.map((d) => d.class))];
  for (const c of classes) {
    const of = dialogues.filter((d) => d.class === c);
    const ok = of.filter((d) => d.ok).length;
    console.log(`  ${c.padEnd(20)} ${ok}/${of.length}`);
  }
  const turns = dialogues.flatMap((d) => d.turns);
  const turnsOk = turns.filter((t) => t.ok).length;
  console.log(`turns right: ${turnsOk}/${turns.length} (${pct(turnsOk, turns.length)})`);
  const kinds = new Map<string, number>();
  for (const t of turns) for (const r of t.reasons) kinds.set(r.split(/[:(]/)[0]!, (kinds.get(r.split(/[:(]/)[0]!) ?? 0) + 1);
  const periodMissed = dialogues.filter((d) => d.reasons.length > 0).length;
  if (periodMissed) kinds.set('periodEnd (conversation)', periodMissed);
  console.log(`failed checks by kind: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);

  const by = (label: string) => scope.filter((s) => s.label === label);
  const outside = by('outside');
  const notSettled = by('not_settled');
  const covered = by('covered');
  const okCount = (xs: ScopeReport[]) => xs.filter((x) => x.ok).length;
  console.log(`\nscope questions: ${scope.length}`);
  console.log(`out-of-scope declined: ${okCount(outside)}/${outside.length} (${pct(okCount(outside), outside.length)})`);
  console.log(`not settled by the plan, answered honestly: ${okCount(notSettled)}/${notSettled.length} (${pct(okCount(notSettled), notSettled.length)})`);
  console.log(`covered, a gold clause cited: ${okCount(covered)}/${covered.length} (${pct(okCount(covered), covered.length)})`);

  const all: TurnFlags[] = [...turns.map((t) => t.flags), ...scope.map((s) => s.flags)];
  const count = (k: keyof TurnFlags) => all.filter((f) => f[k]).length;
  console.log(`\nturns with a yuan figure from the wrong rule (or where the plan fixes none): ${count('wrongRuleAmount')}`);
  console.log(`turns with a yuan figure stated while a fact was open: ${count('amountWhileOpen')}`);
  console.log(`turns with a wrong amount for the right rule: ${count('wrongAmount')}`);
  console.log(`turns with an internal name in the answer: ${count('internalName')}`);

  const failed = dialogues.filter((d) => !d.ok);
  if (failed.length > 0) {
    console.log(`\nfailed dialogues:`);
    for (const d of failed) {
      const first = d.turns.findIndex((t) => !t.ok);
      const why = first >= 0 ? `turn ${first + 1}: ${d.turns[first]!.reasons.join('; ')}` : d.reasons.join('; ');
      console.log(`  ${d.id} [${d.class}] ${clip(why, 220)}`);
    }
  }
  const scopeFailed = scope.filter((s) => !s.ok);
  if (scopeFailed.length > 0) {
    console.log(`\nfailed scope questions:`);
    for (const s of scopeFailed) console.log(`  ${s.id} [${s.label}] ${s.q} — ${clip(s.reasons.join('; '), 200)}`);
  }

  if (jsonFile) {
    const summary = {
      set: setName,
      dialogues: { right, of: dialogues.length },
      perClass: Object.fromEntries(classes.map((c) => [c, { right: dialogues.filter((d) => d.class === c && d.ok).length, of: dialogues.filter((d) => d.class === c).length }])),
      outsideDeclined: { ok: okCount(outside), of: outside.length },
      notSettledHonest: { ok: okCount(notSettled), of: notSettled.length },
      coveredGoldCited: { ok: okCount(covered), of: covered.length },
      wrongRuleAmountTurns: count('wrongRuleAmount'),
      amountWhileOpenTurns: count('amountWhileOpen'),
      wrongAmountTurns: count('wrongAmount'),
      internalNameTurns: count('internalName'),
    };
    await writeFile(jsonFile, JSON.stringify({ ranAt: new Date().toISOString(), summary, dialogues, scope }, null, 2) + '\n', 'utf8');
    console.log(`\nper-item results written to ${jsonFile}`);
  }
  const figure = (xs: ScopeReport[]) => `${okCount(xs)}/${xs.length}`;
  return `${setName.padEnd(4)} ${right}/${dialogues.length} (${pct(right, dialogues.length)}) · ${figure(outside)} · ${figure(notSettled)} · ${figure(covered)} · ${count('wrongRuleAmount')} · ${count('wrongAmount')}`;
}

async function main(): Promise<void> {
  const only = option('--only')?.split(',').map((s) => s.trim()).filter(Boolean);
  const jsonFile = option('--json');
  // --set v51 / --set v51,v52 / --set all: one index, the sets one after the other.
  const asked = option('--set') ?? 'v1';
  const names = asked === 'all' ? Object.keys(SETS) : asked.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) if (!SETS[n]) throw new Error(`unknown --set ${n}; one of ${Object.keys(SETS).join(', ')}, or all`);
  const pick = <T extends { id: string }>(items: readonly T[]): T[] => (only ? items.filter((i) => only.includes(i.id)) : [...items]);

  // Yuan figures the plan itself states (200 元, 50万元, 10万元): quoting them computes nothing.
  const verbatim = new Set<number>();
  for (const doc of await loadCorpus()) for (const c of parseDocument(doc)) for (const n of yuanFigures(c.text)) verbatim.add(n);
  const ctx: JudgeContext = { verbatim };

  const config = loadConfig({ ...process.env, DATA_DIR: 'memory://' });
  const { db, label, dispose } = await openDb(config.DATABASE_URL);
  try {
    const t0 = performance.now();
    const prepared = await prepareService({ config, db });
    const ask = createAsk(prepared.deps);
    console.log(`index built in ${(performance.now() - t0).toFixed(0)} ms on ${label}; plan figures taken as verbatim: ${[...verbatim].join(', ')} 元`);

    const lines: string[] = [];
    for (const setName of names) {
      // With several sets, --json names a folder: one file per set.
      const file = jsonFile && names.length > 1 ? `${jsonFile.replace(/\/$/, '')}/${setName}.json` : jsonFile;
      if (file && names.length > 1) await mkdir(jsonFile!, { recursive: true });
      lines.push(await reportSet(setName, SETS[setName]!, ask, ctx, pick, file));
    }
    if (names.length > 1) {
      console.log(`\nall sets (dialogues right · out of scope declined · not settled honest · gold cited · wrong-rule figures · wrong amounts):`);
      for (const l of lines) console.log(`  ${l}`);
    }
  } finally {
    await dispose();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
