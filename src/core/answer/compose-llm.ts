/**
 * LLM mode: the model rewrites the extractive draft into a friendlier answer from the same
 * sources — the retrieved clauses and the rules' results, nothing else. It gets a time budget
 * (LLM_TIMEOUT_MS); its answer passes the guard or is thrown away. Whatever goes wrong (slow,
 * HTTP error, broken stream, a wrong number, an unbacked verdict), the caller gets a reason
 * and keeps the extractive answer; no model error ever reaches the user.
 */
import { POLICY } from '../rules/policy.js';
import { ANSWERS } from '../rules/registry.js';
import type { EligibilityResponse } from '../rules/schema.js';
import type { ChatMessage, ChatModel } from '../llm/client.js';
import { guardAnswer, type GuardFailure } from './guard.js';
import { PROMPTS } from '../llm/prompts.generated.js';

export interface LlmSource {
  clause: string;
  text: string;
}

export interface LlmComposeInput {
  question: string;
  sources: readonly LlmSource[];
  eligibility?: EligibilityResponse;
  /** The extractive answer: the model's starting point and the fallback. */
  draft: string;
  /** Figures allowed besides the sources (document number, hotline). */
  extra?: readonly string[];
}

export type LlmFallback = 'timeout' | 'error' | GuardFailure;

export type LlmOutcome = { ok: true; answer: string } | { ok: false; fallback: LlmFallback; detail?: string };

/** Versions of the prompts in use, for logs. */
export const PROMPT_VERSIONS = `system@${PROMPTS.system.version},answer@${PROMPTS.answer.version},rewrite@${PROMPTS.rewrite.version},facts@${PROMPTS.facts.version}`;

/**
 * What the prompts say of the document, filled in from the main pack: its title (with and without
 * its years), its 文号, and one of its clause ids as the example of how to cite.
 */
export const DOCUMENT_SLOTS: Readonly<Record<string, string>> = {
  docTitle: POLICY.title,
  docShortTitle: POLICY.title.replace(/（[^）]*）$/, ''),
  docNo: POLICY.docNo,
  clauseExample: ANSWERS.texts.clauseExample,
};

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
}

/** The rules' results as the model sees them: only what an answer may state. */
function rulesForModel(e: EligibilityResponse | undefined): string {
  if (!e) return '无';
  return JSON.stringify(
    e.results.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      amountYuan: r.amountYuan,
      amountNote: r.amountNote,
      reasons: r.reasons,
      missing: r.missing,
    })),
  );
}

/** The chat messages for one answer. */
export function answerMessages(input: LlmComposeInput): ChatMessage[] {
  const sources = input.sources.map((s) => `[${s.clause}] ${s.text}`).join('\n');
  return [
    { role: 'system', content: fill(PROMPTS.system.text, DOCUMENT_SLOTS) },
    {
      role: 'user',
      content: fill(PROMPTS.answer.text, {
        ...DOCUMENT_SLOTS,
        question: input.question,
        sources: sources || '无',
        rules: rulesForModel(input.eligibility),
        draft: input.draft,
      }),
    },
  ];
}

/** Runs `fn` with an AbortSignal that fires after `ms`; the result says whether time ran out. */
async function withBudget<T>(ms: number, fn: (signal: AbortSignal) => Promise<T>): Promise<{ value?: T; timedOut: boolean; error?: unknown }> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
      reject(new Error('time budget exceeded'));
    }, ms);
  });
  try {
    const value = await Promise.race([fn(controller.signal), deadline]);
    return { value, timedOut: false };
  } catch (error) {
    return { timedOut, error };
  } finally {
    clearTimeout(timer);
  }
}

/** The model's answer if it arrives within `budgetMs` and passes the guard. */
export async function composeWithLlm(model: ChatModel, input: LlmComposeInput, budgetMs: number): Promise<LlmOutcome> {
  const run = await withBudget(budgetMs, (signal) => model.complete(answerMessages(input), { signal }));
  if (run.timedOut) return { ok: false, fallback: 'timeout' };
  if (run.error !== undefined || run.value === undefined) {
    return { ok: false, fallback: 'error', detail: run.error instanceof Error ? run.error.message.slice(0, 200) : 'no reply' };
  }
  const answer = run.value.trim();
  const guard = guardAnswer({
    answer,
    sourceTexts: input.sources.map((s) => s.text),
    clauses: input.sources.map((s) => s.clause),
    ...(input.eligibility ? { eligibility: input.eligibility } : {}),
    extra: input.extra ?? [],
  });
  if (!guard.ok) return { ok: false, fallback: guard.failure!, ...(guard.detail ? { detail: guard.detail } : {}) };
  return { ok: true, answer };
}

/**
 * Search keywords in the policy's words for a question the index matched poorly, within
 * `budgetMs`; undefined on any failure (the original question is searched instead).
 */
export async function rewriteQuery(model: ChatModel, question: string, budgetMs: number): Promise<string | undefined> {
  const run = await withBudget(budgetMs, (signal) =>
    model.complete([{ role: 'user', content: fill(PROMPTS.rewrite.text, { ...DOCUMENT_SLOTS, question }) }], { signal, maxTokens: 60 }),
  );
  const text = run.value?.split('\n')[0]?.trim();
  if (!text || text.length > 100) return undefined;
  return text;
}
