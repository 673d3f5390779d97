/**
 * `POST /api/ask` (api.md, Answers): a question in, an answer with citations out. With
 * `Accept: text/event-stream` the same answer arrives as server-sent events: `delta` events
 * carrying the text piece by piece (a line at a time), then one `done` event with the full
 * JSON response. The answer is complete and checked before the first byte is sent, so a
 * stream never shows text that a guard would have replaced.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { limitBody } from '../middleware/body-limit.js';
import { streamSSE } from 'hono/streaming';
import { AskRequestSchema, AskResponseSchema, type AskResponse } from '../../answer/schema.js';
import type { AppEnv } from '../app.js';
import type { AppDeps } from '../deps.js';
import { ApiError, fromZodError } from '../errors.js';
import { bodyRef, createRouter, errorResponses, named, register, registerSchema } from '../router.js';

/** A question is at most 500 characters; 16 KiB leaves room for JSON escapes and nothing more. */
export const ASK_BODY_LIMIT = 16 * 1024;

/** Reads a JSON body, answering 400 (not 500) for a body that is not JSON. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const raw = await c.req.text();
  if (raw.trim() === '') throw new ApiError('bad_request', '请求体不能为空，应为 JSON', [{ path: '(body)', message: '缺少 JSON 请求体' }]);
  try {
    return JSON.parse(raw);
  } catch {
    throw new ApiError('bad_request', '请求体不是合法的 JSON', [{ path: '(body)', message: '不是合法的 JSON' }]);
  }
}

/** The answer split into pieces for `delta` events: one line (or ≤ 60 characters) each. */
export function answerChunks(answer: string): string[] {
  const out: string[] = [];
  for (const line of answer.split(/(?<=\n)/)) {
    for (let i = 0; i < line.length; i += 60) out.push(line.slice(i, i + 60));
  }
  return out;
}

const askRoute = createRoute({
  method: 'post',
  path: '/api/ask',
  operationId: 'ask',
  tags: ['api'],
  summary: 'Answer a question from the policy, with citations (JSON, or server-sent events with Accept: text/event-stream)',
  middleware: [
    limitBody(ASK_BODY_LIMIT, () => {
      throw new ApiError('payload_too_large', `请求体过大（上限 ${ASK_BODY_LIMIT / 1024} KiB）`);
    }),
  ],
  request: { body: bodyRef('AskRequest') },
  responses: {
    200: {
      description: 'the answer; as `delta` events then one `done` event carrying the same JSON when streamed',
      content: { 'application/json': { schema: named('AskResponse', AskResponseSchema) }, 'text/event-stream': { schema: { type: 'string' as const } } },
    },
    ...errorResponses(400, 413, 429, 503),
  },
});

export function askRoutes(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerSchema(app, 'AskRequest', AskRequestSchema);

  register(
    app,
    askRoute,
    async (c) => {
      const parsed = AskRequestSchema.safeParse(await readJsonBody(c));
      if (!parsed.success) throw fromZodError(parsed.error, '提问参数有误');
      const response: AskResponse = await deps.ask({
        question: parsed.data.question,
        channel: parsed.data.channel,
        ...(parsed.data.sessionId ? { sessionId: parsed.data.sessionId } : {}),
      });

      if (!(c.req.header('accept') ?? '').includes('text/event-stream')) return c.json(response);
      return streamSSE(c, async (stream) => {
        let id = 0;
        for (const text of answerChunks(response.answer)) {
          await stream.writeSSE({ event: 'delta', id: String(id++), data: JSON.stringify({ text }) });
        }
        await stream.writeSSE({ event: 'done', id: String(id++), data: JSON.stringify(response) });
      });
    },
  );
  return app;
}
