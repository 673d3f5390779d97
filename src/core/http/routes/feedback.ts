/**
 * `POST /api/feedback` `{ sessionId?, questionId?, helpful, comment? }`: was an answer helpful?
 * `questionId` is the id /api/ask returned; an unknown one is a 400 naming the field.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { saveFeedback } from '../../answer/question-log.js';
import type { AppEnv } from '../app.js';
import type { AppDeps } from '../deps.js';
import { ApiError, fromZodError } from '../errors.js';
import { bodyRef, createRouter, errorResponses, json, register, registerSchema } from '../router.js';
import { readJsonBody } from './ask.js';

export const FeedbackRequestSchema = z.object({
  sessionId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,128}$/, 'sessionId 只能是 8–128 位字母、数字、_ 或 -')
    .optional(),
  questionId: z.uuid('questionId 应为 /api/ask 返回的问题编号').optional(),
  helpful: z.boolean({ error: 'helpful 必须是 true 或 false' }),
  comment: z.string().trim().max(1000, '意见最长 1000 字').optional(),
});
export type FeedbackRequest = z.infer<typeof FeedbackRequestSchema>;

export const FeedbackResponseSchema = z.object({ ok: z.literal(true), id: z.string() }).openapi('FeedbackResponse');

const feedbackRoute = createRoute({
  method: 'post',
  path: '/api/feedback',
  operationId: 'feedback',
  tags: ['api'],
  summary: 'Say whether an answer helped (questionId from /api/ask)',
  request: { body: bodyRef('FeedbackRequest') },
  responses: { 201: json('stored', FeedbackResponseSchema), ...errorResponses(400, 413, 429, 503) },
});

export function feedbackRoutes(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerSchema(app, 'FeedbackRequest', FeedbackRequestSchema);
  register(app, feedbackRoute, async (c) => {
    const parsed = FeedbackRequestSchema.safeParse(await readJsonBody(c));
    if (!parsed.success) throw fromZodError(parsed.error, '反馈参数有误');
    const f = parsed.data;
    const id = await saveFeedback(
      deps.db,
      {
        helpful: f.helpful,
        ...(f.sessionId ? { sessionId: f.sessionId } : {}),
        ...(f.questionId ? { questionId: f.questionId } : {}),
        ...(f.comment ? { comment: f.comment } : {}),
      },
      (deps.now ?? (() => new Date()))(),
    );
    if (!id) {
      throw new ApiError('bad_request', '反馈参数有误: questionId', [{ path: 'questionId', message: '没有这个问题编号' }]);
    }
    return c.json({ ok: true, id }, 201);
  });
  return app;
}
