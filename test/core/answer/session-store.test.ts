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

describe('saving turns that arrive together', () => {
  /** A store whose grouped writes go out when the test ends the turn, and the statements it sent. */
  function groupedStore(db: Db) {
    const turns: (() => void)[] = [];
    const sent: string[] = [];
    const watched: Db = { ...db, query: (sql, params) => (sent.push(sql), db.query(sql, params)) };
    const store = createSessionStore(watched, { idleMinutes: 30, groupWrites: (run) => turns.push(run) });
    // The calls reach the queue after a few awaits of their own (the log row's values).
    const endTurn = async () => {
      await new Promise((r) => setTimeout(r, 0));
      turns.splice(0).forEach((run) => run());
    };
    return { store, sent, endTurn };
  }

  it('writes several sessions and their log rows in one statement, each compare-and-set on its own version', async () => {
    const plain = createSessionStore(ctx().db, { idleMinutes: 30 });
    await plain.saveLogged('group-old', freshState(), 0, entry('q-group-0', 'group-old'));
    const { store, sent, endTurn } = groupedStore(ctx().db);
    const saving = Promise.all([
      store.saveLogged('group-new', { ...freshState(), turns: 1 }, 0, entry('q-group-1', 'group-new')),
      store.saveLogged('group-old', { ...freshState(), turns: 2 }, 1, entry('q-group-2', 'group-old')),
      store.saveLogged('group-stale', freshState(), 0, entry('q-group-3', 'group-stale')),
    ]);
    // Not written before the turn ends; the stale session made to lose below.
    await plain.saveLogged('group-stale', freshState(), 0, entry('q-group-4', 'group-stale'));
    sent.length = 0;
    await endTurn();
    expect(await saving).toEqual([{ saved: true }, { saved: true }, { saved: false }]);
    expect(sent).toHaveLength(1);
    expect((await store.load('group-new')).state.turns).toBe(1);
    expect(await store.load('group-old')).toMatchObject({ version: 2, state: { turns: 2 } });
    expect((await store.load('group-stale')).version).toBe(1);
    const logged = await ctx().db.query<{ id: string; clauses: string[]; answered: boolean }>(
      "select id, clauses, answered from question_log where id like 'q-group-%' order by id",
    );
    expect(logged.map((r) => r.id)).toEqual(['q-group-0', 'q-group-1', 'q-group-2', 'q-group-3', 'q-group-4']);
    expect(logged[1]).toMatchObject({ clauses: ['六(一)'], answered: true });
  });

  it('stores the session as an object, read back the same whichever way it was written', async () => {
    const { store, endTurn } = groupedStore(ctx().db);
    const state = { ...freshState(), turns: 3, lastQuery: '以工代训' };
    const saving = Promise.all([store.saveLogged('group-obj-a', state, 0, entry('q-obj-a', 'group-obj-a')), store.saveLogged('group-obj-b', state, 0, entry('q-obj-b', 'group-obj-b'))]);
    await endTurn();
    await saving;
    await createSessionStore(ctx().db, { idleMinutes: 30 }).save('group-obj-c', state, 0);
    const rows = await ctx().db.query<{ kind: string }>("select jsonb_typeof(state) as kind from ask_sessions where id like 'group-obj-%'");
    expect(rows.map((r) => r.kind)).toEqual(['object', 'object', 'object']);
    expect((await store.load('group-obj-a')).state).toMatchObject({ turns: 3, lastQuery: '以工代训' });
  });

  it('keeps every session write of a group whose log insert fails, and reports the failure to each', async () => {
    const { store, endTurn } = groupedStore(withoutQuestionLog(ctx().db));
    const saving = Promise.all([
      store.saveLogged('group-nolog-a', freshState(), 0, entry('q-nolog-a', 'group-nolog-a')),
      store.saveLogged('group-nolog-b', freshState(), 0, entry('q-nolog-b', 'group-nolog-b')),
    ]);
    await endTurn();
    const results = await saving;
    expect(results.map((r) => r.saved)).toEqual([true, true]);
    expect(results.map((r) => String(r.logError))).toEqual([expect.stringContaining('disk full'), expect.stringContaining('disk full')]);
    const saved = await ctx().db.query<{ id: string }>("select id from ask_sessions where id like 'group-nolog-%'");
    expect(saved).toHaveLength(2);
  });
});
