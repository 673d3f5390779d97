/**
 * The session write and the question log go in one statement; when that statement fails the
 * session write is still made on its own, and a failed log insert never costs the answer.
 */
import { describe, expect, it } from 'vitest';
import { createAsk } from '../../../src/core/answer/ask.js';
import { createSessionStore } from '../../../src/core/answer/session-store.js';
import { freshState } from '../../../src/core/answer/session-state.js';
import type { Db } from '../../../src/core/db/types.js';
import { useTestContext } from '../../support/context.js';

const ctx = useTestContext();

/** The test database, with every statement that touches the question log failing. */
function withoutQuestionLog(db: Db): Db {
  return {
    ...db,
    query: (sql, params) => (/question_log/.test(sql) ? Promise.reject(new Error('question_log: disk full')) : db.query(sql, params)),
  };
}

const entry = (id: string, sessionId: string) => ({
  id,
  sessionId,
  channel: 'web',
  question: '以工代训补贴多少钱',
  route: 'lookup',
  clauses: ['六(一)'],
  answered: true,
  mode: 'extractive' as const,
  latencyMs: 3,
  askedAt: new Date(),
});

describe('saving a turn', () => {
  it('writes the session and its log row together, the log row even when the session write lost a race', async () => {
    const store = createSessionStore(ctx().db, { idleMinutes: 30 });
    const first = await store.saveLogged('store-a', freshState(), 0, entry('q-store-1', 'store-a'));
    const stale = await store.saveLogged('store-a', { ...freshState(), turns: 9 }, 0, entry('q-store-2', 'store-a'));
    expect(first).toEqual({ saved: true });
    expect(stale).toEqual({ saved: false });
    const logged = await ctx().db.query<{ id: string }>("select id from question_log where session_id = 'store-a' order by id");
    expect(logged.map((r) => r.id)).toEqual(['q-store-1', 'q-store-2']);
    expect((await store.load('store-a')).version).toBe(1);
  });

  it('keeps the session write and the answer when the log insert fails', async () => {
    const logs: string[] = [];
    const db = withoutQuestionLog(ctx().db);
    const store = createSessionStore(db, { idleMinutes: 30 });
    const result = await store.saveLogged('store-b', freshState(), 0, entry('q-store-3', 'store-b'));
    expect(result.saved).toBe(true);
    expect(String(result.logError)).toContain('disk full');

    const ask = createAsk({ ...ctx().deps, db, log: (_level, msg) => logs.push(msg) }, { model: null });
    const r = await ask({ question: '以工代训补贴多少钱', channel: 'web' });
    expect(r.answered).toBe(true);
    const saved = await ctx().db.query<{ id: string }>('select id from ask_sessions where id = any($1::text[])', [['store-b', r.sessionId]]);
    expect(saved).toHaveLength(2);
    expect(logs).toContain('question log insert failed');
  });
});
