/** `POST /api/feedback`: stored against the question the user saw, masked, with 400s naming fields. */
import { describe, expect, it } from 'vitest';
import type { AskResponse } from '../../../../src/core/answer/schema.js';
import { useTestContext } from '../../../support/context.js';

const ctx = useTestContext();

const post = (path: string, body: unknown) =>
  ctx().app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /api/feedback', () => {
  it('stores feedback on an answered question, masking personal numbers in the comment', async () => {
    const asked = (await (await post('/api/ask', { question: '以工代训补贴多少钱' })).json()) as AskResponse;
    const res = await post('/api/feedback', {
      questionId: asked.questionId,
      sessionId: asked.sessionId,
      helpful: false,
      comment: '没说清楚怎么申请，请打我电话13812345678',
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const rows = await ctx().db.query<Record<string, unknown>>('select * from answer_feedback where id = $1', [id]);
    expect(rows[0]).toMatchObject({ question_id: asked.questionId, session_id: asked.sessionId, helpful: false });
    expect(rows[0]!.comment).toContain('没说清楚怎么申请');
    expect(rows[0]!.comment).not.toContain('13812345678');
  });

  it('accepts feedback with only helpful', async () => {
    const res = await post('/api/feedback', { helpful: true });
    expect(res.status).toBe(201);
  });

  it('400 for an unknown question id, naming questionId', async () => {
    const res = await post('/api/feedback', { questionId: crypto.randomUUID(), helpful: true });
    expect(res.status).toBe(400);
    const err = (await res.json()) as { error: { fields: Array<{ path: string }> } };
    expect(err.error.fields.map((f) => f.path)).toEqual(['questionId']);
  });

  it('400 naming each bad field', async () => {
    const res = await post('/api/feedback', { helpful: 'yes', questionId: 'nope', comment: 'x'.repeat(1001) });
    expect(res.status).toBe(400);
    const err = (await res.json()) as { error: { fields: Array<{ path: string }> } };
    expect(err.error.fields.map((f) => f.path).sort()).toEqual(['comment', 'helpful', 'questionId']);
  });
});
