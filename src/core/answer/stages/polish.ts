/**
 * Stage 4 — polish: with a model configured, a guarded rewrite of the composed answer within
 * the time budget. The model sees the masked question, the cited clauses and the rules'
 * output only; whatever goes wrong, the extractive answer stands and the reason is returned
 * for the log.
 */
import type { ChatModel } from '../../llm/client.js';
import { composeWithLlm, type LlmFallback } from '../compose-llm.js';
import { droppedPoint } from '../guard.js';
import type { Composed } from '../compose-extractive.js';
import type { AskResponse } from '../schema.js';

export interface PolishInput {
  composed: Composed;
  /** The question with personal numbers masked. */
  question: string;
  /** Clause text by id. */
  clauseText: (clause: string) => string | undefined;
  /** Figures allowed besides the sources (document number, hotline). */
  extra: string[];
  budgetMs: number;
}

export interface Polished {
  composed: Composed;
  mode: AskResponse['mode'];
  fallback?: LlmFallback;
  detail?: string;
}

/** The model's version of the answer if it passes the guard, else the composed one. */
export async function polish(model: ChatModel | undefined, input: PolishInput): Promise<Polished> {
  const { composed } = input;
  if (!model || !composed.answered) return { composed, mode: 'extractive' };
  const sources = [...new Set(composed.citations.map((c) => c.clause))]
    .map((clause) => ({ clause, text: input.clauseText(clause) ?? '' }))
    .filter((s) => s.text);
  const outcome = await composeWithLlm(
    model,
    { question: input.question, sources, ...(composed.eligibility ? { eligibility: composed.eligibility } : {}), draft: composed.answer, extra: input.extra },
    input.budgetMs,
  );
  if (!outcome.ok) return { composed, mode: 'extractive', fallback: outcome.fallback, ...(outcome.detail ? { detail: outcome.detail } : {}) };
  // The plan's end and "本方案没有规定" are the point of such answers: a rewrite without them is refused.
  const dropped = droppedPoint(composed.answer, outcome.answer);
  if (dropped) return { composed, mode: 'extractive', fallback: 'dropped', detail: dropped };
  // The quick-reply question stays as the dialogue asked it.
  const answer = composed.followUp && !outcome.answer.includes(composed.followUp.question) ? `${outcome.answer}\n请问：${composed.followUp.question}` : outcome.answer;
  return { composed: { ...composed, answer }, mode: 'llm' };
}
