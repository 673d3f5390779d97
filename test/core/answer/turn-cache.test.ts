/**
 * First messages are answered from a per-process cache of their turns (turn-cache.ts): the
 * same answer as computed afresh, every request still saved and logged, and nothing that
 * depends on a conversation ever served from it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAsk } from '../../../src/core/answer/ask.js';
import type { AskFn } from '../../../src/core/answer/schema.js';
import { createTurnCache, turnKey } from '../../../src/core/answer/turn-cache.js';
import { useTestContext } from '../../support/context.js';

const ctx = useTestContext({ env: { HOTLINE: '12333' }, deps: { now: () => new Date('2020-06-01T04:00:00Z') } });
let ask: AskFn;
beforeAll(() => {
  ask = createAsk(ctx().deps, { model: null });
});
const q = (question: string, sessionId?: string) => ask({ question, channel: 'web', ...(sessionId ? { sessionId } : {}) });

describe('first messages asked again', () => {
  it('get the answer computed afresh, and each request is saved and logged as its own turn', async () => {
    const fresh = await createAsk(ctx().deps, { model: null })({ question: '职业培训补贴每年能享受几次', channel: 'web' });
    const a = await q('职业培训补贴每年能享受几次');
    const b = await q('职业培训补贴每年能享受几次');
    for (const r of [a, b]) {
      expect({ answer: r.answer, citations: r.citations, route: r.route, answered: r.answered }).toEqual({
        answer: fresh.answer,
        citations: fresh.citations,
        route: fresh.route,
        answered: fresh.answered,
      });
    }
    expect(b.sessionId).not.toBe(a.sessionId);
    expect(b.questionId).not.toBe(a.questionId);
    const sessions = await ctx().db.query<{ id: string; version: number }>('select id, version from ask_sessions where id = any($1::text[]) order by id', [[a.sessionId, b.sessionId]]);
    expect(sessions.map((s) => Number(s.version))).toEqual([1, 1]);
    const logged = await ctx().db.query<{ session_id: string }>('select session_id from question_log where id = any($1::text[])', [[a.questionId, b.questionId]]);
    expect(logged.map((l) => l.session_id).sort()).toEqual([a.sessionId, b.sessionId].sort());
  });

  it('a message whose answer depends on the conversation is never answered from the cache, nor caches its answer', async () => {
    const alone = await q('那最多几个月呢');
    expect(alone.route).not.toBe('followup');
    const first = await q('以工代训补贴多少钱');
    const followUp = await q('那最多几个月呢', first.sessionId);
    expect(followUp.route).toBe('followup');
    expect(followUp.answer).toMatch(/最长不超过6个月/);
    // And the conversation's answer did not become the first message's.
    const againAlone = await q('那最多几个月呢');
    expect(againAlone.answer).toBe(alone.answer);
    expect(againAlone.route).toBe(alone.route);
  });

  it('the facts a first message gives are kept in its own session, cached or not', async () => {
    const a = await q('我是退役军人');
    const b = await q('我是退役军人');
    const next = await q('我拿到证书了', b.sessionId);
    expect(next.route).toBe('eligibility');
    const rows = await ctx().db.query<{ id: string; state: unknown }>('select id, state from ask_sessions where id = any($1::text[])', [[a.sessionId, b.sessionId]]);
    for (const row of rows) {
      const state = (typeof row.state === 'string' ? JSON.parse(row.state) : row.state) as { applicant?: { groups?: string[]; certificate?: boolean } };
      expect(state.applicant?.groups).toEqual(['veteran']);
      // Only b's session heard about the certificate.
      expect(state.applicant?.certificate).toBe(row.id === b.sessionId ? true : undefined);
    }
  });
});

describe('the turn cache', () => {
  it('keys turns by channel, day, index and the exact text', () => {
    const base = { question: '以工代训补贴多少钱', channel: 'web', day: '2020-06-01', indexLoadedAt: 1 };
    const keys = new Set([
      turnKey(base),
      turnKey({ ...base, channel: 'wechat' }),
      turnKey({ ...base, day: '2020-06-02' }),
      turnKey({ ...base, indexLoadedAt: 2 }),
      turnKey({ ...base, question: '以工代训补贴多少钱 ' }),
    ]);
    expect(keys.size).toBe(5);
  });

  it('forgets entries after their time and the least recently used beyond its size, and hands out frozen values', () => {
    let t = 0;
    const cache = createTurnCache<{ list: number[] }>(2, 1000, () => t);
    cache.set('a', { list: [1] });
    cache.set('b', { list: [2] });
    expect(cache.get('a')).toEqual({ list: [1] });
    cache.set('c', { list: [3] });
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual({ list: [1] });
    expect(() => cache.get('c')!.list.push(4)).toThrow();
    t = 1000;
    expect(cache.get('c')).toBeUndefined();
  });

  it('with second sight, keeps a value only the second time its key is set within its time', () => {
    let t = 0;
    const cache = createTurnCache<{ n: number }>(10, 1000, () => t, 2);
    cache.set('a', { n: 1 });
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', { n: 2 });
    expect(cache.get('a')).toEqual({ n: 2 });
    // A sighting older than the cache's time does not count.
    cache.set('b', { n: 1 });
    t = 1000;
    cache.set('b', { n: 2 });
    expect(cache.get('b')).toBeUndefined();
    cache.set('b', { n: 3 });
    expect(cache.get('b')).toEqual({ n: 3 });
    // At most two sightings are remembered: the oldest goes first.
    cache.set('c', { n: 1 });
    cache.set('d', { n: 1 });
    cache.set('e', { n: 1 });
    cache.set('c', { n: 2 });
    expect(cache.get('c')).toBeUndefined();
    cache.set('e', { n: 2 });
    expect(cache.get('e')).toEqual({ n: 2 });
  });
});
