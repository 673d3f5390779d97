/**
 * What the admin API reads for the team: the question log (unanswered questions first, so
 * the gaps of the corpus are the first thing seen), feedback, and basic counts. Questions
 * and comments were masked of personal numbers before they were stored.
 */
import type { Db } from '../../db/types.js';

export interface QuestionRow {
  id: string;
  askedAt: string;
  channel: string;
  question: string;
  route: string;
  reason: string | null;
  answered: boolean;
  mode: string;
  llmFallback: string | null;
  clauses: string[];
  latencyMs: number;
}

const iso = (v: unknown): string => new Date(v as string).toISOString();

/** Questions, unanswered first, newest first within each group. */
export async function listQuestions(db: Db, opts: { limit: number; offset: number; unansweredOnly: boolean }): Promise<QuestionRow[]> {
  const rows = await db.query<{
    id: string;
    asked_at: unknown;
    channel: string;
    question: string;
    route: string;
    reason: string | null;
    answered: boolean;
    mode: string;
    llm_fallback: string | null;
    clauses: string[] | null;
    latency_ms: number;
  }>(
    `SELECT id, asked_at, channel, question, route, reason, answered, mode, llm_fallback, clauses, latency_ms
       FROM question_log
      WHERE ($3::boolean IS FALSE OR NOT answered)
      ORDER BY answered ASC, asked_at DESC, id
      LIMIT $1 OFFSET $2`,
    [opts.limit, opts.offset, opts.unansweredOnly],
  );
  return rows.map((r) => ({
    id: r.id,
    askedAt: iso(r.asked_at),
    channel: r.channel,
    question: r.question,
    route: r.route,
    reason: r.reason,
    answered: r.answered,
    mode: r.mode,
    llmFallback: r.llm_fallback,
    clauses: r.clauses ?? [],
    latencyMs: Number(r.latency_ms),
  }));
}

export interface FeedbackRow {
  id: string;
  createdAt: string;
  helpful: boolean;
  comment: string | null;
  questionId: string | null;
  question: string | null;
}

/** Feedback, newest first, with the question it is about when known. */
export async function listFeedback(db: Db, opts: { limit: number; offset: number }): Promise<FeedbackRow[]> {
  const rows = await db.query<{ id: string; created_at: unknown; helpful: boolean; comment: string | null; question_id: string | null; question: string | null }>(
    `SELECT f.id, f.created_at, f.helpful, f.comment, f.question_id, q.question
       FROM answer_feedback f LEFT JOIN question_log q ON q.id = f.question_id
      ORDER BY f.created_at DESC, f.id
      LIMIT $1 OFFSET $2`,
    [opts.limit, opts.offset],
  );
  return rows.map((r) => ({
    id: r.id,
    createdAt: iso(r.created_at),
    helpful: r.helpful,
    comment: r.comment,
    questionId: r.question_id,
    question: r.question,
  }));
}

export interface Counts {
  questions: { total: number; unanswered: number; last24h: number; llm: number };
  feedback: { total: number; helpful: number; notHelpful: number };
  sessions: { active: number };
}

/** Basic counts for the admin overview. `now` fixes "the last 24 hours" and "active". */
export async function counts(db: Db, now: Date, sessionIdleMinutes: number): Promise<Counts> {
  const [q] = await db.query<{ total: number; unanswered: number; last24h: number; llm: number }>(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE NOT answered)::int AS unanswered,
            count(*) FILTER (WHERE asked_at >= $1::timestamptz - interval '24 hours')::int AS last24h,
            count(*) FILTER (WHERE mode = 'llm')::int AS llm
       FROM question_log`,
    [now.toISOString()],
  );
  const [f] = await db.query<{ total: number; helpful: number; not_helpful: number }>(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE helpful)::int AS helpful,
            count(*) FILTER (WHERE NOT helpful)::int AS not_helpful
       FROM answer_feedback`,
  );
  const [s] = await db.query<{ active: number }>(
    `SELECT count(*)::int AS active FROM ask_sessions WHERE updated_at >= $1::timestamptz - make_interval(mins => $2::int)`,
    [now.toISOString(), sessionIdleMinutes],
  );
  return {
    questions: { total: Number(q?.total ?? 0), unanswered: Number(q?.unanswered ?? 0), last24h: Number(q?.last24h ?? 0), llm: Number(q?.llm ?? 0) },
    feedback: { total: Number(f?.total ?? 0), helpful: Number(f?.helpful ?? 0), notHelpful: Number(f?.not_helpful ?? 0) },
    sessions: { active: Number(s?.active ?? 0) },
  };
}
