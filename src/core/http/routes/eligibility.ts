/**
 * `POST /api/eligibility` (shared/spec/eligibility.md): a JSON body of facts in, each subsidy's
 * eligibility, amount, reasons, missing facts and citations out. Bad JSON or bad fields → 400
 * naming every bad field; a body over 64 KiB → 413; a form post → 415. A body answered before
 * on the same day is answered from eligibility-memo.ts; a new one one value away from the last
 * body parsed in full is checked by rules/near-body.ts, and written by rules/response-writer.ts, which reuses each rule's result when the facts it reads were seen.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { amendmentsKey } from '../../rules/amendments.js';
import { chinaDate } from '../../rules/policy.js';
import { EligibilityResponseSchema } from '../../rules/response.js';
import { createNearBodyCheck } from '../../rules/near-body.js';
import { createResponseWriter } from '../../rules/response-writer.js';
import { EligibilityRequestSchema, parseEligibilityRequest } from '../../rules/schema.js';
import type { AppEnv } from '../app.js';
import type { AppDeps } from '../deps.js';
import { ApiError, fromZodError } from '../errors.js';
import { BODY_LIMITS, limitBody } from '../middleware/body-limit.js';
import { createResponseMemo } from './eligibility-memo.js';
import { bodyRef, createRouter, errorResponses, json, named, register, registerSchema } from '../router.js';

/** Content types that are certainly not JSON; anything else is parsed and must be JSON. */
const FORM_TYPES = /^\s*(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

const eligibilityRoute = createRoute({
  method: 'post',
  path: '/api/eligibility',
  operationId: 'eligibility',
  tags: ['api'],
  summary: 'Run the eligibility rules on the facts given',
  middleware: [
    // The app-wide limit applies too; this one keeps the route safe when mounted on its own.
    limitBody(BODY_LIMITS.api, () => {
      throw new ApiError('payload_too_large', `请求体过大（上限 ${BODY_LIMITS.api / 1024} KiB）`);
    }),
  ],
  request: { body: bodyRef('EligibilityRequest') },
  responses: {
    200: json('one result per rule', named('EligibilityResponse', EligibilityResponseSchema)),
    ...errorResponses(400, 413, 415, 429, 503),
  },
});

export function eligibilityRoutes(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();
  const answered = createResponseMemo();
  const writer = createResponseWriter();
  const near = createNearBodyCheck(EligibilityRequestSchema);
  registerSchema(app, 'EligibilityRequest', EligibilityRequestSchema);
  register(
    app,
    eligibilityRoute,
    async (c) => {
      if (FORM_TYPES.test(c.req.header('content-type') ?? '')) {
        throw new ApiError('unsupported_media_type', '请求体应为 JSON（Content-Type: application/json）');
      }
      const raw = await c.req.text();
      const now = (deps.now ?? (() => new Date()))();
      // The library's parameter changes decide amounts as much as the day does: a notice
      // committed later must never be answered from a memo made before it.
      const amendments = (await deps.parameters?.amendments()) ?? [];
      const day = `${chinaDate(now)}|${amendmentsKey(amendments)}`;
      let json = answered.get(raw, day);
      if (json === undefined) {
        // A body one value away from the last one checked in full skips the full parse.
        let request = near.check(raw);
        if (request === undefined) {
          let body: unknown;
          try {
            body = JSON.parse(raw);
          } catch {
            throw new ApiError('bad_request', '请求体不是合法的 JSON', [{ path: '(body)', message: '不是合法的 JSON' }]);
          }
          const parsed = parseEligibilityRequest(body);
          if (!parsed.success) throw fromZodError(parsed.error, '资格判断参数有误');
          request = parsed.data;
          near.keep(raw, request);
        }
        const parameters = await deps.parameters?.table();
        json = writer.write(request, { now: () => now, ...(parameters ? { parameters } : {}) });
        answered.set(raw, day, json);
      }
      return c.body(json, 200, { 'Content-Type': 'application/json' });
    },
  );
  return app;
}
