/**
 * The question log (migrations/011_question_log.sql) and answer feedback (012_feedback.sql):
 * what people ask, how it was routed, what was cited, whether it was answered — the material
 * for finding what the service misses. Personal numbers are masked and users kept only as a
 * hash before anything is written.
 */
import type { Db } from '../db/types.js';
import { maskPersonalNumbers } from './mask.js';

export interface QuestionLogEntry {
  id: string;
  sessionId: string;
  channel: string;
  /** The channel's opaque user key; stored only as a SHA-256 hash. */
  userKey?: string;
  question: string;
  route: string;
  reason?: string;
  clauses: string[];
  answered: boolean;
  mode: 'extractive' | 'llm';
  llmFallback?: string;
  latencyMs: number;
  askedAt: Date;
}

/** Hex SHA-256 of a text (Web Crypto, so it runs on Workers too). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The log insert; `$1…$13` are the values of `questionLogParams`. */
export const QUESTION_LOG_INSERT = `insert into question_log
       (id, asked_at, session_id, channel, user_hash, question, route, reason, clauses, answered, mode, llm_fallback, latency_ms)
     values ($1, $2::timestamptz, $3, $4, $5, $6, $7, $8, $9::text[], $10, $11, $12, $13)`;

/** The 13 values of `QUESTION_LOG_INSERT`, in order: the user hashed, the question masked again. */
export async function questionLogParams(e: QuestionLogEntry): Promise<unknown[]> {
  const userHash = e.userKey ? (await sha256Hex(`user:${e.userKey}`)).slice(0, 32) : null;
  return [
    e.id,
    e.askedAt.toISOString(),
    e.sessionId,
    e.channel,
    userHash,
    maskPersonalNumbers(e.question).slice(0, 500),
    e.route,
    e.reason ?? null,
    e.clauses,
    e.answered,
    e.mode,
    e.llmFallback ?? null,
    Math.max(0, Math.round(e.latencyMs)),
  ];
}

export async function logQuestion(db: Db, e: QuestionLogEntry): Promise<void> {
  await db.query(QUESTION_LOG_INSERT, await questionLogParams(e));
}

export interface FeedbackEntry {
  sessionId?: string;
  questionId?: string;
  helpful: boolean;
  comment?: string;
}

/**
 * Stores one feedback; returns its id, or undefined when `questionId` names no logged
 * question (the caller answers 400 naming that field).
 */
export async function saveFeedback(db: Db, f: FeedbackEntry, now: Date): Promise<string | undefined> {
  const id = crypto.randomUUID();
  const rows = await db.query<{ id: string }>(
    `insert into answer_feedback (id, created_at, question_id, session_id, helpful, comment)
     select $1, $2::timestamptz, $3::text, $4::text, $5, $6::text
     where $3::text is null or exists (select 1 from question_log where id = $3::text)
     returning id`,
    [id, now.toISOString(), f.questionId ?? null, f.sessionId ?? null, f.helpful, f.comment ? maskPersonalNumbers(f.comment) : null],
  );
  return rows[0]?.id;
}
