/**
 * `npx tsx scripts/dump-answers.ts OUT.jsonl [--sets v1,v2…]` — every answer the service gives to
 * the eval questions and to every held-out set, one line per response, for a byte-for-byte
 * comparison before and after a change meant to leave answers alone (`cmp before.jsonl
 * after.jsonl`). It asserts nothing.
 *
 * The questions go through the Hono app itself (`app.request`), so the HTTP layer's validation
 * and serialisation are part of what is compared, not only the pipeline. Session and question
 * ids are random, so their values are blanked in the raw body text (the rest of the bytes are
 * kept as sent). Forms of each eval question: new web session, the same again (the turn
 * cache's path), WeChat channel, with an unknown Latin word appended (the benchmark's "new"
 * question), and as the second turn of a session. Held-out dialogues turn by turn in one
 * session each, scope questions alone. Eligibility: the benchmark's employer bodies, bodies new
 * in one number or in every number (the benchmark's two kinds of new body), and every rule's case
 * table (src/packs/<pack>/rules/<id>.cases.ts: refusals, other dates and both audiences), each
 * sent twice so the route's memo of answered bodies answers the second.
 */
import { writeFile } from 'node:fs/promises';
import { HELDOUT_QUESTIONS } from '../test/eval/heldout.js';
import { QUESTIONS } from '../test/eval/questions.js';
import { HELD_OUT_SETS } from '../test/heldout/sets.js';
import { createTestContext } from '../test/support/context.js';
import type { Pack } from '../src/core/rules/pack.js';
import type { RuleCase } from '../src/core/rules/types.js';
import { PACKS } from '../src/packs/index.js';

/** Every rule's case table as request bodies, in pack and rule order (as test/core/rules/cases.test.ts finds them). */
async function caseBodies(): Promise<{ label: string; body: unknown }[]> {
  const out: { label: string; body: unknown }[] = [];
  for (const pack of PACKS as readonly Pack[]) {
    for (const rule of pack.rules) {
      const url = new URL(`../src/packs/${pack.manifest.id}/rules/${rule.id}.cases.ts`, import.meta.url);
      const { cases } = (await import(url.href)) as { cases: RuleCase<object>[] };
      for (const [i, c] of cases.entries()) {
        const applicant = { type: rule.audience, ...c.facts };
        out.push({ label: `${rule.id} case ${i}`, body: { ...(c.asOf ? { asOf: c.asOf } : {}), applicant } });
        // The same facts on today's date: the date the benchmark and most callers leave out.
        if (c.asOf) out.push({ label: `${rule.id} case ${i} today`, body: { applicant } });
      }
    }
  }
  return out;
}

const blankIds = (body: string) => body.replace(/"(sessionId|questionId)":"[^"]*"/g, '"$1":"-"');

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: dump-answers.ts OUT.jsonl');
  const setsAt = process.argv.indexOf('--sets');
  const only = setsAt > 0 ? new Set(process.argv[setsAt + 1]!.split(',')) : undefined;
  const ctx = await createTestContext({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
  const lines: string[] = [];
  const post = async (label: string, path: string, body: unknown): Promise<string | undefined> => {
    const res = await ctx.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await res.text();
    lines.push(`${label}\t${res.status}\t${res.headers.get('content-type')}\t${blankIds(text)}`);
    try {
      return (JSON.parse(text) as { sessionId?: string }).sessionId;
    } catch {
      return undefined;
    }
  };
  const ask = (label: string, question: string, extra: Record<string, string> = {}) => post(label, '/api/ask', { question, channel: 'web', ...extra });
  try {
    const evalQs = [...QUESTIONS, ...HELDOUT_QUESTIONS].map((q) => q.q);
    for (const [i, q] of evalQs.entries()) {
      await ask(`eval ${i} web`, q);
      await ask(`eval ${i} again`, q);
      await ask(`eval ${i} wechat`, q, { channel: 'wechat' });
      await ask(`eval ${i} unknown-word`, `${q} xdumpq${i.toString(36)}`);
      const sessionId = await ask(`eval ${i} first-of-two`, evalQs[(i + 1) % evalQs.length]!);
      await ask(`eval ${i} second-turn`, q, sessionId ? { sessionId } : {});
    }
    for (const set of HELD_OUT_SETS) {
      if (only && !only.has(set.name)) continue;
      for (const d of set.dialogues) {
        let sessionId: string | undefined;
        for (const [t, turn] of d.turns.entries()) {
          sessionId = (await ask(`${set.name} ${d.id} turn ${t}`, turn.user, sessionId ? { sessionId } : {})) ?? sessionId;
        }
      }
      for (const s of set.scope) await ask(`${set.name} ${s.id}`, s.q);
    }
    const employer = {
      applicant: {
        type: 'employer',
        entity: 'enterprise',
        insured: true,
        hires: [{ group: 'poor_labor', count: 3, monthsEmployed: 8, onJobTrainingMonths: 6, preJobTrainingSubsidy: false }],
        equipment: [{ kind: 'master_studio', valueYuan: 800_000, fromEducationFund: true, accepted: true }],
        payrollYuan: 5_000_000,
        educationFundYuan: 500_000,
      },
    };
    for (let i = 0; i < 20; i++) {
      await post(`eligibility ${i}`, '/api/eligibility', employer);
      await post(`eligibility payroll ${i}`, '/api/eligibility', { applicant: { ...employer.applicant, payrollYuan: 5_000_000 + i } });
      const a = employer.applicant;
      await post(`eligibility numbers ${i}`, '/api/eligibility', {
        applicant: {
          ...a,
          hires: [{ ...a.hires[0]!, count: 1 + i }],
          equipment: [{ ...a.equipment[0]!, valueYuan: a.equipment[0]!.valueYuan + i }],
          payrollYuan: a.payrollYuan + i,
          educationFundYuan: a.educationFundYuan + i,
          apprentices: 1 + i,
        },
      });
    }
    for (const { label, body } of await caseBodies()) {
      await post(`eligibility ${label}`, '/api/eligibility', body);
      await post(`eligibility ${label} again`, '/api/eligibility', body);
    }
    await writeFile(out, lines.join('\n') + '\n');
    console.log(`${lines.length} responses written to ${out}`);
  } finally {
    await ctx.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
