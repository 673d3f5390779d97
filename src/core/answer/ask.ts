/**
 * The answer pipeline every channel calls (`createAsk(deps)` → AskFn), as five stages:
 * understand (what the message asks, with the facts read and the words they came from) →
 * resolve (rules and/or one search per intent) → compose (the answer people read) → polish
 * (the optional model, guarded) → persist (session and question log, masked). Lean on purpose:
 * at most one search, rules in-process, one session read and one write, one log insert.
 */
import type { AppDeps } from '../deps.js';
import { createChatModel, type ChatModel } from '../llm/client.js';
import { ruleCatalogue, type RuleMeta } from '../rules/engine.js';
import { POLICY } from '../rules/policy.js';
import { loadClauses, searchClause, type ClauseIndex } from './clause-index.js';
import type { SourceClause } from './compose-extractive.js';
import { sha256Hex } from './question-log.js';
import type { AskFn, AskInput, AskResponse } from './schema.js';
import { compose, todayIn } from './stages/compose.js';
import { crossCheck } from './stages/cross-check.js';
import { persist } from './stages/persist.js';
import { polish } from './stages/polish.js';
import { resolve } from './stages/resolve.js';
import { understand, type Intent } from './stages/understand.js';
import { createSessionStore, type SessionStore } from './session-store.js';
import type { TopicId } from './topics.js';

export { MIN_LOOKUP_SCORE } from './clause-index.js';
export { focusResults } from './stages/resolve.js';

/** How long the clause cache is trusted (a re-index replaces clauses). */
const CLAUSE_CACHE_MS = 60_000;

export interface AskOptions {
  /** The chat model; by default built from the config (undefined: extractive only). */
  model?: ChatModel | null;
  sessions?: SessionStore;
}

/** The route each intent is reported as (the contract's closed list). */
const ROUTE: Record<Intent, NonNullable<AskResponse['route']>> = {
  lookup: 'lookup',
  new_topic: 'lookup',
  not_settled: 'lookup',
  validity: 'lookup',
  eligibility: 'eligibility',
  answer: 'eligibility',
  followup: 'followup',
  reset: 'reset',
  out_of_scope: 'out_of_scope',
};

/** The answer pipeline for these dependencies. */
export function createAsk(deps: AppDeps, options: AskOptions = {}): AskFn {
  const now = deps.now ?? (() => new Date());
  const config = deps.config;
  const model = options.model === null ? undefined : (options.model ?? createChatModel(config));
  const sessions = options.sessions ?? createSessionStore(deps.db, { idleMinutes: config.SESSION_IDLE_MINUTES, now });
  const catalogue = new Map<string, RuleMeta>();
  for (const r of ruleCatalogue(POLICY.period.from)) catalogue.set(r.id, r);
  const clauses = cached(CLAUSE_CACHE_MS, () => loadClauses(deps));
  // The clause a question's search settles on, per process for a minute: people ask the same
  // few questions over and over, and the index changes only on a re-index.
  const searchMemo = memo<SourceClause | undefined>(CLAUSE_CACHE_MS, 1000);

  return async function ask(input: AskInput): Promise<AskResponse> {
    const started = now();
    const t0 = performance.now();
    const sessionId = input.sessionId ?? (input.userKey ? await userSessionId(input.channel, input.userKey) : newSessionId());
    const [loaded, idx] = await Promise.all([sessions.load(sessionId), clauses()]);
    const ctx = { docNo: idx.docNo, ...(config.HOTLINE ? { hotline: config.HOTLINE } : {}) };
    const session = loaded.state;

    // With a model, it reads the facts too; where the two readers differ the person is asked.
    const u = await crossCheck(model, understand(input.question, session, { rule: (id: TopicId) => catalogue.get(id) }), Math.floor(config.LLM_TIMEOUT_MS / 2));
    const search = (query: string) => searchMemo(query, () => searchClause(deps, query, idx, model, config.LLM_TIMEOUT_MS));
    const { draft, state } = await resolve(u, session, { idx, catalogue, search, now });
    const { composed, toldPeriod } = compose(draft, {
      ...ctx,
      idx,
      catalogue,
      channel: input.channel,
      asOf: u.asOf ?? todayIn(now()),
      dated: Boolean(u.asOf),
      // Asked whether the plan still holds, its end is told again: it is the answer.
      periodTold: Boolean(session.periodTold) && !u.stillValid,
    });
    const polished = await polish(model, {
      composed,
      question: u.masked,
      clauseText: (c) => idx.byId.get(c)?.text,
      extra: [ctx.docNo, ...(ctx.hotline ? [ctx.hotline] : [])],
      budgetMs: config.LLM_TIMEOUT_MS,
    });
    if (polished.fallback) deps.log?.('warn', 'llm answer not used', { fallback: polished.fallback, ...(polished.detail ? { detail: polished.detail } : {}) });

    // A reply asked again stays in the dialogue: a follow-up, not a decline.
    const route = draft.kind === 'reask' ? 'followup' : ROUTE[u.intent];
    const questionId = crypto.randomUUID();
    const answer = polished.composed;
    await persist(deps, sessions, {
      sessionId,
      state: toldPeriod ? { ...state, periodTold: true } : state,
      version: loaded.version,
      patch: u.reading.patch,
      reset: u.intent === 'reset',
      log: {
        id: questionId,
        channel: input.channel,
        ...(input.userKey ? { userKey: input.userKey } : {}),
        question: u.masked,
        route,
        ...(u.reason ? { reason: u.reason } : u.intent === 'not_settled' ? { reason: `not_settled:${u.unsettled?.id ?? ''}` } : {}),
        clauses: [...new Set(answer.citations.map((c) => c.clause))],
        answered: answer.answered,
        mode: polished.mode,
        ...(polished.fallback ? { llmFallback: polished.fallback } : {}),
        latencyMs: performance.now() - t0,
        askedAt: started,
      },
    });

    return {
      answer: answer.answer,
      answered: answer.answered,
      citations: answer.citations,
      ...(answer.eligibility ? { eligibility: answer.eligibility } : {}),
      mode: polished.mode,
      sessionId,
      route,
      ...(answer.followUp ? { followUp: answer.followUp } : {}),
      questionId,
    };
  };
}

/** A loader whose result is trusted for `ms`; a failed load is retried on the next call. */
function cached<T extends { loadedAt: number }>(ms: number, load: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | undefined;
  const get = (): Promise<T> => {
    const c = current;
    if (c) {
      return c.then((v) => {
        if (Date.now() - v.loadedAt < ms) return v;
        if (current === c) current = undefined;
        return get();
      });
    }
    const loading = load().catch((err: unknown) => {
      current = undefined;
      throw err;
    });
    current = loading;
    return loading;
  };
  return get;
}

/** Memoises an async lookup by key for `ms`, at most `max` keys. */
function memo<T>(ms: number, max: number): (key: string, run: () => Promise<T>) => Promise<T> {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return (key, run) => {
    const hit = entries.get(key);
    if (hit && Date.now() - hit.at < ms) return hit.value;
    const value = run();
    value.catch(() => entries.delete(key));
    if (entries.size >= max) entries.delete(entries.keys().next().value!);
    entries.set(key, { at: Date.now(), value });
    return value;
  };
}

/** A stable session id for a channel user without one (a WeChat openid hash). */
async function userSessionId(channel: string, userKey: string): Promise<string> {
  return `u_${(await sha256Hex(`session:${channel}:${userKey}`)).slice(0, 40)}`;
}

function newSessionId(): string {
  return `s_${crypto.randomUUID().replace(/-/g, '')}`;
}

export type { ClauseIndex };
