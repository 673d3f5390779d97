/**
 * The answer pipeline every channel calls (`createAsk(deps)` → AskFn), as five stages:
 * understand (what the message asks, with the facts read and the words they came from) →
 * resolve (rules and/or one search per intent) → compose (the answer people read) → polish
 * (the optional model, guarded) → persist (session and question log, masked). Lean on purpose:
 * at most one search, rules in-process, one session read (none for a session made now) and one
 * statement writing the session and the log row; a conversation's first message reuses the
 * turn computed for the same text earlier (turn-cache.ts).
 */
import { planWordsOf } from './plan-words.js';
import { EVERYDAY_FIELD_WORDS } from './router.js';
import type { AppDeps } from '../deps.js';
import { unsettledSubject } from './scope.js';
import { createChatModel, type ChatModel } from '../llm/client.js';
import { ruleCatalogue, type RuleMeta } from '../rules/engine.js';
import { amendmentsKey } from '../rules/amendments.js';
import { POLICY } from '../rules/policy.js';
import { loadClauses, searchClause, type ClauseIndex } from './clause-index.js';
import { asksAboutNow } from './period.js';
import { expandShorthand } from '../text/shorthand.js';
import { readRoster } from './understand/roster.js';
import type { Composed, SourceClause } from './compose-extractive.js';
import { sha256Hex } from './question-log.js';
import type { AskFn, AskInput, AskResponse } from './schema.js';
import { compose, todayIn } from './stages/compose.js';
import { crossCheck } from './stages/cross-check.js';
import { persist } from './stages/persist.js';
import { polish } from './stages/polish.js';
import { resolve } from './stages/resolve.js';
import { understand, type Intent, type Understanding } from './stages/understand.js';
import { freshState, type SessionState } from './session-state.js';
import { createSessionStore, type LoadedSession, type SessionStore } from './session-store.js';
import { createTurnCache, turnKey } from './turn-cache.js';
import { libraryStage } from './library/library-stage.js';
import { withLibraryNotes } from './library/library-notes.js';
import { loadLibraryView, type LibraryView } from './library/library-view.js';
import type { TopicId } from './topics.js';
import { replyThenQuestion, twoSubjects } from './two-subjects.js';

export { MIN_LOOKUP_SCORE } from './clause-index.js';
export { focusResults } from './stages/resolve.js';

/** How long the clause cache is trusted (a re-index replaces clauses). */
const CLAUSE_CACHE_MS = 60_000;
/** First messages whose turns are remembered (a few KB each). */
const TURN_CACHE_SIZE = 500;
/** First messages remembered as seen once: a turn is kept from its second time on (turn-cache.ts). */
const TURN_SIGHTINGS = 4000;

/** What a turn computes before the model and the writes: cached for first messages (turn-cache.ts). */
interface Turn {
  u: Understanding;
  /** A reply was asked again (reported as a follow-up). */
  reask: boolean;
  state: SessionState;
  composed: ReturnType<typeof compose>['composed'];
  toldPeriod: boolean;
  /** The library answered it itself (standing, 文号, amended amounts): no model polish. */
  own: boolean;
}

/** The session of an id made for this request: nothing stored yet. */
const NEW_SESSION = (): LoadedSession => ({ state: freshState(), version: 0, expired: false });

export interface AskOptions {
  /** The chat model; by default built from the config (undefined: extractive only). */
  model?: ChatModel | null;
  sessions?: SessionStore;
  /** Groups concurrent session writes into one statement (`SessionStoreOptions.groupWrites`). */
  groupWrites?: (run: () => void) => void;
}

/** Intents the library may answer itself (a lookup, not a dialogue about someone's facts). */
const LIBRARY_INTENTS: ReadonlySet<Intent> = new Set(['lookup', 'new_topic', 'not_settled', 'validity']);

/** The route each intent is reported as (the contract's closed list). */
const ROUTE: Record<Intent, NonNullable<AskResponse['route']>> = {
  lookup: 'lookup',
  new_topic: 'lookup',
  not_settled: 'lookup',
  validity: 'lookup',
  eligibility: 'eligibility',
  answer: 'eligibility',
  which: 'eligibility',
  other_unit: 'eligibility',
  followup: 'followup',
  reset: 'reset',
  out_of_scope: 'out_of_scope',
};

/** The answer pipeline for these dependencies. */
export function createAsk(deps: AppDeps, options: AskOptions = {}): AskFn {
  const now = deps.now ?? (() => new Date());
  const config = deps.config;
  const model = options.model === null ? undefined : (options.model ?? createChatModel(config));
  const sessions = options.sessions ?? createSessionStore(deps.db, {
    idleMinutes: config.SESSION_IDLE_MINUTES,
    now,
    ...(options.groupWrites ? { groupWrites: options.groupWrites } : {}),
  });
  const catalogue = new Map<string, RuleMeta>();
  for (const r of ruleCatalogue(POLICY.period.from)) catalogue.set(r.id, r);
  const clauses = cached(CLAUSE_CACHE_MS, () => loadClauses(deps));
  // The clause a question's search settles on, per process for a minute: people ask the same
  // few questions over and over, and the index changes only on a re-index.
  const searchMemo = memo<SourceClause | undefined>(CLAUSE_CACHE_MS, 1000);
  const turns = createTurnCache<Turn>(TURN_CACHE_SIZE, CLAUSE_CACHE_MS, Date.now, TURN_SIGHTINGS);
  // The documents of the library, read once per clause index (both change only on a re-index).
  const documentsByIndex = new WeakMap<ClauseIndex, Promise<LibraryView['documents']>>();
  const libraryOf = async (idx: ClauseIndex): Promise<LibraryView> => {
    let documents = documentsByIndex.get(idx);
    if (!documents) {
      documents = deps.clauses.documents();
      documents.catch(() => documentsByIndex.delete(idx));
      documentsByIndex.set(idx, documents);
    }
    const docs = await documents;
    return loadLibraryView({ documents: async () => [...docs], ...(deps.parameters ? { parameters: deps.parameters } : {}) });
  };

  return async function ask(input: AskInput): Promise<AskResponse> {
    const started = now();
    const t0 = performance.now();
    const sessionId = input.sessionId ?? (input.userKey ? await userSessionId(input.channel, input.userKey) : newSessionId());
    // An id made just now for this request has no row to read: it starts fresh.
    const madeNow = !input.sessionId && !input.userKey;
    const [loaded, idx] = await Promise.all([madeNow ? NEW_SESSION() : sessions.load(sessionId), clauses()]);
    const ctx = { docNo: idx.docNo, ...(config.HOTLINE ? { hotline: config.HOTLINE } : {}) };
    const session = loaded.state;

    // The library's documents are read with the clause index they belong to; its parameter
    // changes come from their own cache, which a commit or restore refreshes at once.
    const library = await libraryOf(idx);
    const today = todayIn(now());

    // A conversation's first message without a model depends on nothing but itself and the
    // library (turn-cache.ts), so the amendments in force are part of the key.
    const key = !model && (loaded.version === 0 || loaded.expired)
      ? turnKey({ question: input.question, channel: input.channel, day: today, indexLoadedAt: idx.loadedAt }) + '\u0000' + amendmentsKey(library.amendments)
      : undefined;
    let turn = key === undefined ? undefined : turns.get(key);
    if (!turn) {
      // With a model, it reads the facts too; where the two readers differ the person is asked.
      const u = await crossCheck(model, understand(readRoster(expandShorthand(input.question)), session, { rule: (id: TopicId) => catalogue.get(id), ...planWordsOf(idx.list, EVERYDAY_FIELD_WORDS) }), Math.floor(config.LLM_TIMEOUT_MS / 2));
      const search = (query: string) => searchMemo(query, () => searchClause(deps, query, idx, model, config.LLM_TIMEOUT_MS));
      // The library answers what is about its documents (standing, 文号, amended amounts) itself.
      const main = { docId: idx.doc?.docId ?? POLICY.id, docNo: idx.docNo };
      // 还有效吗 about a subject (the message's or the last turn's) is the plan's answer on that
      // subject; with none, it is about the documents, which the library answers.
      const aboutSubject = u.intent === 'validity' && (u.topics.length > 0 || u.carriedTopic !== undefined || Boolean(session.lastClauses?.length));
      const own = LIBRARY_INTENTS.has(u.intent) && !aboutSubject
        ? await libraryStage(deps, library, { text: u.text, today, main, catalogue, ...(u.asOf ? { asOf: u.asOf } : {}) })
        : undefined;
      // One understood message resolved and composed against a session state.
      const answerOne = async (one: Understanding, from: SessionState, told: boolean) => {
        const resolved = await resolve(one, from, { idx, catalogue, search, now, parameters: library.table });
        const out = compose(resolved.draft, {
          ...ctx,
          idx,
          catalogue,
          channel: input.channel,
          asOf: one.asOf ?? today,
          dated: Boolean(one.asOf),
          // Asked whether the plan still holds, its end is told again: it is the answer.
          periodTold: told && !one.stillValid && !asksAboutNow(one.text),
        });
        return { ...out, draft: resolved.draft, state: resolved.state };
      };
      const split = !own ? (twoSubjects(u, (id: TopicId) => catalogue.get(id)) ?? replyThenQuestion(u.text, session.pendingFact)) : undefined;
      // 搞以工代训那几个月 给工人开的工资有没有下限: a subject the plan leaves open, read from the whole
      // message and from none of its parts, is one question.
      const wholeOnly = u.intent === 'not_settled' && u.unsettled !== undefined && !u.unsettled.id.includes(':') && split?.every((part) => unsettledSubject(part, [], (id: TopicId) => catalogue.get(id))?.id !== u.unsettled!.id);
      const apart = wholeOnly ? undefined : split;
      if (own) {
        turn = { u, reask: false, state: session, composed: own, toldPeriod: false, own: true };
      } else if (apart) {
        // Two subjects asked at once: each part answered on its own, one after the other.
        let state = session;
        let toldPeriod = false;
        const answers: Composed[] = [];
        const nothingFound: Composed[] = [];
        for (const part of apart) {
          const out = await answerOne(understand(part, state, { rule: (id: TopicId) => catalogue.get(id), ...planWordsOf(idx.list, EVERYDAY_FIELD_WORDS) }), state, Boolean(session.periodTold) || toldPeriod);
          // A part answered from clauses an earlier part already quoted adds nothing but length.
          const cited = new Set(answers.flatMap((a) => a.citations.map((c) => c.clause)));
          const repeats = answers.length > 0 && out.draft.kind === 'lookup' && out.composed.citations.length > 0 && out.composed.citations.every((c) => cited.has(c.clause));
          state = out.state;
          toldPeriod ||= out.toldPeriod;
          if (repeats) continue;
          // 帮我们主播小妹问下 她是不是建档立卡的…她去学培训能免费吗: a part that found nothing at all
          // ("not found") beside a part answered is only the preamble of the question, not a refusal.
          if (out.draft.kind === 'decline' && out.draft.reason === 'not_covered') {
            nothingFound.push(out.composed);
            continue;
          }
          answers.push(out.composed);
        }
        if (answers.length === 0) answers.push(...nothingFound.slice(0, 1));
        // The verdict of a part that ran the rules is the response's verdict.
        const verdict = answers.find((a) => a.eligibility)?.eligibility;
        const composed: Composed = {
          ...(verdict ? { eligibility: verdict } : {}),
          answer: answers.map((a) => a.answer).join('\n\n'),
          answered: answers.some((a) => a.answered),
          citations: answers.flatMap((a) => a.citations),
          sourceTexts: answers.flatMap((a) => a.sourceTexts),
        };
        turn = { u, reask: false, state, composed, toldPeriod, own: false };
      } else {
        const { draft, state, composed, toldPeriod } = await answerOne(u, session, Boolean(session.periodTold));
        turn = { u, reask: draft.kind === 'reask', state, composed, toldPeriod, own: false };
      }
      // Never a message with personal numbers in it: those are not kept anywhere in clear.
      if (key !== undefined && u.masked === input.question) turns.set(key, turn);
    }
    const { u, state, composed, toldPeriod } = turn;
    const polished = turn.own ? { composed, mode: 'extractive' as const, fallback: undefined, detail: undefined } : await polish(model, {
      composed,
      question: u.masked,
      clauseText: (c) => idx.byId.get(c)?.text,
      extra: [ctx.docNo, ...(ctx.hotline ? [ctx.hotline] : [])],
      budgetMs: config.LLM_TIMEOUT_MS,
    });
    if (polished.fallback) deps.log?.('warn', 'llm answer not used', { fallback: polished.fallback, ...(polished.detail ? { detail: polished.detail } : {}) });

    // A reply asked again stays in the dialogue: a follow-up, not a decline.
    // (A decline turned into a lookup by a name the plan quotes is reported as the lookup it became.)
    const route = turn.reask ? 'followup' : u.intent === 'out_of_scope' && composed.answered ? 'lookup' : ROUTE[u.intent];
    const questionId = crypto.randomUUID();
    const answer = withLibraryNotes(polished.composed, library, { today, dated: Boolean(u.asOf) && !turn.own });
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
