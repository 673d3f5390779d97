/**
 * The answer pipeline every channel calls (`createAsk(deps)` → AskFn): read the session,
 * route the question, run the rules and/or read the clause, compose an extractive answer,
 * let the model polish it when one is configured (guarded, with a time budget), save the
 * session, log the question. Lean on purpose: at most one search query, rules in-process,
 * one session read and one write, one log insert.
 */
import type { Clause } from '../corpus/types.js';
import type { AppDeps } from '../deps.js';
import { createChatModel, type ChatModel } from '../llm/client.js';
import { composeWithLlm, rewriteQuery, type LlmFallback } from './compose-llm.js';
import { evaluateEligibility, ruleCatalogue, type RuleMeta } from '../rules/engine.js';
import { describeFact } from '../rules/facts.js';
import { prepareQuery } from '../search/text.js';
import { expandQuery } from '../text/glossary.js';
import { normalizeText } from '../text/normalize.js';
import { POLICY } from '../rules/policy.js';
import { EligibilityRequestSchema, type Applicant, type RuleResult } from '../rules/schema.js';
import {
  composeDecline,
  composeReask,
  composeDocumentInfo,
  composeEligibility,
  DOCUMENT_QUESTION,
  type DocumentFacts,
  composeLookup,
  composeReset,
  type Composed,
  type SourceClause,
} from './compose-extractive.js';
import { asksWhatGroupGets, composeGroupLookup } from './compose-group.js';
import { extractFacts, patchHasFacts } from './facts-from-text.js';
import { bigrams } from './fragments.js';
import { nextMissingFact } from './next-question.js';
import { logQuestion, sha256Hex } from './question-log.js';
import { readReply } from './reply-to-question.js';
import { routeQuestion } from './router.js';
import type { AskFn, AskInput, AskResponse } from './schema.js';
import { freshState, mergeFacts, setFactAt, type SessionState } from './session-state.js';
import { createSessionStore, type SessionStore } from './session-store.js';
import { topicById, type TopicId } from './topics.js';

/** Topics a question about a group (农民工培训有补贴吗) is answered by the group composer for. */
const GROUP_TOPICS = new Set<TopicId>(['vocational_training', 'free_training_poor']);

/** Below this fused score a search hit is not taken as covering the question. */
export const MIN_LOOKUP_SCORE = 0.3;
/** How long the clause cache is trusted (a re-index replaces clauses). */
const CLAUSE_CACHE_MS = 60_000;

export interface AskOptions {
  /** The chat model; by default built from the config (undefined: extractive only). */
  model?: ChatModel | null;
  sessions?: SessionStore;
}

interface ClauseIndex {
  byId: Map<string, SourceClause>;
  /** Every clause, in document order. */
  list: SourceClause[];
  /** Clause headings worth matching whole (总体要求 → 一), longest first. */
  titles: { title: string; clause: SourceClause }[];
  docNo: string;
  doc?: DocumentFacts;
  loadedAt: number;
}

/** The answer pipeline for these dependencies. */
export function createAsk(deps: AppDeps, options: AskOptions = {}): AskFn {
  const now = deps.now ?? (() => new Date());
  const config = deps.config;
  const model = options.model === null ? undefined : (options.model ?? createChatModel(config));
  const sessions = options.sessions ?? createSessionStore(deps.db, { idleMinutes: config.SESSION_IDLE_MINUTES, now });
  const catalogue = new Map<string, RuleMeta>();
  for (const r of ruleCatalogue(POLICY.period.from)) catalogue.set(r.id, r);

  let clauseIndex: Promise<ClauseIndex> | undefined;
  const clauses = (): Promise<ClauseIndex> => {
    const cached = clauseIndex;
    if (cached) {
      return cached.then((idx) => {
        if (Date.now() - idx.loadedAt < CLAUSE_CACHE_MS) return idx;
        clauseIndex = undefined;
        return clauses();
      });
    }
    const loading = loadClauses(deps).catch((err: unknown) => {
      clauseIndex = undefined;
      throw err;
    });
    clauseIndex = loading;
    return loading;
  };

  // The clause a question's search settles on, per process for a minute: people ask the same
  // few questions over and over, and the index changes only on a re-index.
  const searchMemo = new Map<string, { at: number; clause: Promise<SourceClause | undefined> }>();
  const searchCached = (query: string, run: () => Promise<SourceClause | undefined>): Promise<SourceClause | undefined> => {
    const hit = searchMemo.get(query);
    if (hit && Date.now() - hit.at < CLAUSE_CACHE_MS) return hit.clause;
    const clause = run();
    clause.catch(() => searchMemo.delete(query));
    if (searchMemo.size >= 1000) searchMemo.delete(searchMemo.keys().next().value!);
    searchMemo.set(query, { at: Date.now(), clause });
    return clause;
  };

  return async function ask(input: AskInput): Promise<AskResponse> {
    const started = now();
    const t0 = performance.now();
    const sessionId = input.sessionId ?? (input.userKey ? await userSessionId(input.channel, input.userKey) : newSessionId());
    const [loaded, idx] = await Promise.all([sessions.load(sessionId), clauses()]);
    const ctx = { docNo: idx.docNo, ...(config.HOTLINE ? { hotline: config.HOTLINE } : {}) };

    // --- Read the message: a reply to last turn's question, and facts in its own words.
    const state = loaded.state;
    // Traditional characters, full-width forms: matched and searched in their simplified form.
    const text = normalizeText(input.question);
    const pending = state.pendingFact ? readReply(input.question, state.pendingFact) : undefined;
    const patch = extractFacts(input.question, state.applicant?.type);
    let decision = routeQuestion(input.question, {
      hasTopic: state.topics.length > 0 || Boolean(state.lastQuery),
      answersPendingQuestion: pending !== undefined,
      factsFound: patchHasFacts(patch),
    });

    const applyFacts = (applicant: Applicant | undefined): Applicant | undefined => {
      let a = applicant;
      if (pending !== undefined && state.pendingFact) {
        const audience = describeFact(state.pendingFact)?.audience ?? 'person';
        a = setFactAt(a ?? ({ type: audience } as Applicant), state.pendingFact, pending.value);
      }
      const merged = mergeFacts(a, patch);
      // Facts the contract refuses (an absurd count) are dropped rather than failing the turn.
      return merged && EligibilityRequestSchema.safeParse({ applicant: merged }).success ? merged : applicant;
    };

    let composed: Composed;
    let next: SessionState = { ...state, turns: state.turns + 1 };
    let searched: string | undefined;

    switch (decision.route) {
      case 'reset':
        composed = composeReset(ctx);
        next = { ...freshState(), turns: state.turns + 1 };
        break;
      case 'out_of_scope': {
        // A short reply inside a dialogue that fits none of the offered answers: ask again.
        const reask =
          state.pendingFact && decision.reason === 'not_covered' && text.length <= 8 ? composeReask(state.pendingFact) : undefined;
        composed = reask ?? composeDecline(decision.reason ?? 'not_covered', ctx);
        if (reask) decision = { route: 'followup', topics: decision.topics };
        break;
      }
      case 'eligibility': {
        const topics = decision.topics.length > 0 ? decision.topics : state.topics;
        // Who asks: as the text says, else as the subject implies (以工代训 is an employer's).
        const audience = patch.audience ?? (topics[0] ? topicById(topics[0])?.applicant : undefined) ?? 'person';
        const applicant = applyFacts(state.applicant) ?? ({ type: audience } as Applicant);
        const response = evaluateEligibility({ applicant }, { now });
        const focus = focusResults(response.results, applicant, topics);
        const asked = { ...state.asked };
        const nextFact = nextMissingFact(focus, { asked });
        if (nextFact) asked[nextFact] = (asked[nextFact] ?? 0) + 1;
        composed = composeEligibility(
          { applicant, response, focus, ...(nextFact ? { nextFact } : {}), clauseText: (c) => idx.byId.get(c), ruleInfo: (id) => catalogue.get(id) },
          ctx,
        );
        next = {
          ...next,
          applicant,
          topics: focus.map((r) => r.id as TopicId),
          lastClauses: composed.citations.map((c) => c.clause),
          asked,
        };
        if (nextFact) next.pendingFact = nextFact;
        else delete next.pendingFact;
        break;
      }
      case 'lookup':
      case 'followup': {
        if (idx.doc && DOCUMENT_QUESTION.test(text) && decision.topics.length === 0) {
          composed = composeDocumentInfo(text, idx.doc, idx.byId.get('head'), idx.byId.get('tail'), ctx);
          next = { ...next, topics: [], lastQuery: input.question, lastClauses: composed.citations.map((c) => c.clause) };
          delete next.pendingFact;
          break;
        }
        const followup = decision.route === 'followup';
        const topicId = decision.topics[0] ?? (followup ? state.topics[0] : undefined);
        const topic = topicId ? topicById(topicId) : undefined;
        const query = followup ? `${state.lastQuery ?? topic?.name ?? ''} ${text}`.trim() : text;
        // A question about what a group gets (农民工培训有补贴吗) has its own answer, no search needed.
        const group = !followup ? patch.person.groups?.[0] : undefined;
        const aboutGroup =
          group && (!topic || GROUP_TOPICS.has(topic.id)) && asksWhatGroupGets(text) && !/生活费/.test(text)
            ? composeGroupLookup({ question: text, group, clauses: idx.list, trainingRule: catalogue.get('vocational_training') }, ctx)
            : undefined;
        let main = topic ? idx.byId.get(topic.clause) : undefined;
        if (!main && !aboutGroup) {
          searched = query;
          main = await searchCached(query, () => searchClause(deps, query, idx, model, config.LLM_TIMEOUT_MS));
        }
        if (aboutGroup) composed = aboutGroup;
        else if (!main) {
          composed = composeDecline('not_covered', ctx);
          break;
        } else {
          composed = composeLookup(
            {
              question: followup ? text : query,
              main,
              ...(topic ? { rule: catalogue.get(topic.id) } : {}),
              brief: followup,
              ...(followup && state.lastQuery ? { extraTerms: [state.lastQuery] } : {}),
              ...glossaryTerms(followup ? text : query),
              clauseText: (c) => idx.byId.get(c),
            },
            ctx,
          );
        }
        // Facts stated along the way (我是退役军人，以工代训…) are kept for later turns.
        const applicant = patchHasFacts(patch) ? applyFacts(state.applicant) : state.applicant;
        next = {
          ...next,
          ...(applicant ? { applicant } : {}),
          topics: topic ? [topic.id] : [],
          lastQuery: followup ? (state.lastQuery ?? query) : text,
          lastClauses: composed.citations.map((c) => c.clause).filter((c, i, all) => all.indexOf(c) === i),
        };
        delete next.pendingFact;
        break;
      }
    }

    // --- LLM mode: a guarded rewrite of the extractive answer, within the time budget.
    let mode: AskResponse['mode'] = 'extractive';
    let llmFallback: LlmFallback | undefined;
    if (model && composed.answered && decision.route !== 'reset') {
      const outcome = await composeWithLlm(
        model,
        {
          question: input.question,
          sources: composed.citations
            .map((c) => c.clause)
            .filter((c, i, all) => all.indexOf(c) === i)
            .map((c) => ({ clause: c, text: idx.byId.get(c)?.text ?? '' }))
            .filter((s) => s.text),
          ...(composed.eligibility ? { eligibility: composed.eligibility } : {}),
          draft: composed.answer,
          extra: [ctx.docNo, ...(ctx.hotline ? [ctx.hotline] : [])],
        },
        config.LLM_TIMEOUT_MS,
      );
      if (outcome.ok) {
        // The quick-reply question stays as the dialogue asked it.
        composed = { ...composed, answer: composed.followUp && !outcome.answer.includes(composed.followUp.question) ? `${outcome.answer}\n请问：${composed.followUp.question}` : outcome.answer };
        mode = 'llm';
      } else {
        llmFallback = outcome.fallback;
        deps.log?.('warn', 'llm answer not used', { fallback: outcome.fallback, ...(outcome.detail ? { detail: outcome.detail } : {}) });
      }
    }

    // --- Save the session (compare-and-set; on a race, lay this turn's facts over the winner's).
    const saved = await sessions.save(sessionId, next, loaded.version);
    if (!saved) {
      const latest = await sessions.load(sessionId);
      const merged: SessionState = { ...next, ...(latest.state.applicant || next.applicant ? { applicant: applyFacts(latest.state.applicant) ?? next.applicant } : {}) };
      if (decision.route === 'reset') Object.assign(merged, freshState(), { turns: next.turns });
      const again = await sessions.save(sessionId, merged, latest.version);
      if (!again) deps.log?.('warn', 'session write lost a race twice', { route: decision.route });
    }

    const questionId = crypto.randomUUID();
    const latencyMs = performance.now() - t0;
    try {
      await logQuestion(deps.db, {
        id: questionId,
        sessionId,
        channel: input.channel,
        ...(input.userKey ? { userKey: input.userKey } : {}),
        question: input.question,
        route: decision.route,
        ...(decision.reason ? { reason: decision.reason } : {}),
        clauses: composed.citations.map((c) => c.clause).filter((c, i, all) => all.indexOf(c) === i),
        answered: composed.answered,
        mode,
        ...(llmFallback ? { llmFallback } : {}),
        latencyMs,
        askedAt: started,
      });
    } catch (err) {
      // The log is for the team; a failed insert must not cost the user the answer.
      deps.log?.('error', 'question log insert failed', { error: err instanceof Error ? err.message : String(err) });
    }
    if (searched) deps.log?.('debug', 'ask searched', { route: decision.route });

    return {
      answer: composed.answer,
      answered: composed.answered,
      citations: composed.citations,
      ...(composed.eligibility ? { eligibility: composed.eligibility } : {}),
      mode,
      sessionId,
      route: decision.route,
      ...(composed.followUp ? { followUp: composed.followUp } : {}),
      questionId,
    };
  };
}

// ---------------------------------------------------------------------------------------------

async function loadClauses(deps: AppDeps): Promise<ClauseIndex> {
  const [docs, list] = await Promise.all([deps.clauses.documents(), deps.clauses.list()]);
  // The 63号 plan is the document the rules and topics refer to; others are searched only.
  const main = docs.find((d) => d.docNo === POLICY.docNo) ?? docs[0];
  const byId = new Map<string, SourceClause>();
  const titles: ClauseIndex['titles'] = [];
  for (const c of list as Clause[]) {
    const key = c.docId === main?.id ? c.clause : `${c.docId}:${c.clause}`;
    if (byId.has(key)) continue;
    const source = { docId: c.docId, clause: c.clause, text: c.text };
    byId.set(key, source);
    const title = normalizeText(c.title);
    if (title.length >= 4 && title.length <= 20 && !['head', 'tail', 'preamble'].includes(c.clause)) titles.push({ title, clause: source });
  }
  titles.sort((a, b) => b.title.length - a.title.length);
  const doc: DocumentFacts | undefined = main
    ? {
        docId: main.id,
        title: main.title,
        docNo: main.docNo,
        issuer: main.issuer,
        issued: main.issued,
        ...(main.printed ? { printed: main.printed } : {}),
        period: main.period,
      }
    : undefined;
  return { byId, list: [...byId.values()], titles, docNo: main?.docNo ?? POLICY.docNo, ...(doc ? { doc } : {}), loadedAt: Date.now() };
}

/**
 * The clause that best answers a lookup, from one search; when it matches poorly and a model
 * is configured, one retry with the question rewritten in the policy's words.
 */
async function searchClause(
  deps: AppDeps,
  query: string,
  idx: ClauseIndex,
  model: ChatModel | undefined,
  budgetMs: number,
): Promise<SourceClause | undefined> {
  // A question naming a clause by its heading (总体要求是啥) means that clause.
  const normalized = normalizeText(query);
  const named = idx.titles.find((t) => normalized.includes(t.title));
  if (named) return named.clause;
  let hit = (await deps.search.search(query, 3))[0];
  if ((!hit || !covers(query, hit.text, hit.score)) && model) {
    const rewritten = await rewriteQuery(model, query, Math.min(1500, Math.floor(budgetMs / 2)));
    if (rewritten) hit = (await deps.search.search(rewritten, 3))[0];
  }
  if (!hit || !covers(query, hit.text, hit.score)) return undefined;
  return idx.byId.get(hit.clause) ?? { docId: hit.docId, clause: hit.clause, text: hit.text };
}

const WEAK_BIGRAMS = new Set(['郑州', '州市', '什么', '多少', '怎么', '可以', '我们', '请问', '一下', '没有', '哪些', '如何', '这个', '那个', '是不', '不是', '有没']);

/** A hit covers the question when it scores well and shares real words with it. */
function covers(question: string, text: string, score: number): boolean {
  if (score < MIN_LOOKUP_SCORE) return false;
  // The question in the policy's words too: 当兵退伍 shares nothing with 三(二), 退役军人 does.
  const shared = bigrams(prepareQuery(question)).filter((b) => b.length === 2 && !WEAK_BIGRAMS.has(b) && text.includes(b));
  return shared.length > 0;
}

/**
 * The results a question is about: the topics it names; else, for an employer, the rules that
 * read the facts given (hires → 以工代训); else every rule for that kind of applicant.
 */
export function focusResults(results: RuleResult[], applicant: Applicant, topics: readonly string[]): RuleResult[] {
  const named = results.filter((r) => topics.includes(r.id));
  if (named.length > 0) return named;
  if (applicant.type === 'employer') {
    const given = Object.keys(applicant).filter((k) => !['type', 'entity', 'insured'].includes(k) && applicant[k as keyof typeof applicant] !== undefined);
    const reading = results.filter((r) => ruleReads(r.id).some((p) => given.some((g) => p === g || p.startsWith(`${g}[`))));
    if (reading.length > 0) return reading;
  }
  return results;
}

const READS = new Map(ruleCatalogue(POLICY.period.from).map((r) => [r.id, r.reads] as const));
function ruleReads(id: string): readonly string[] {
  return READS.get(id as never) ?? [];
}

/** A stable session id for a channel user without one (a WeChat openid hash). */
async function userSessionId(channel: string, userKey: string): Promise<string> {
  return `u_${(await sha256Hex(`session:${channel}:${userKey}`)).slice(0, 40)}`;
}

function newSessionId(): string {
  return `s_${crypto.randomUUID().replace(/-/g, '')}`;
}

/** The policy words a question's everyday words stand for, and those words. */
function glossaryTerms(question: string): { policyTerms: string[]; everydayWords: string[] } {
  const e = expandQuery(question);
  return { policyTerms: e.terms, everydayWords: e.words };
}
