/**
 * The OpenAPI entries of the web doors (./web.ts): the widget, the demo page, the staff
 * console with its login and assets, and the console's clause listing.
 */
import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { errorResponses, json, textResponse } from '../router.js';
import { SECURITY } from './openapi.js';

export const ClausesQuerySchema = z.object({
  docId: z.string().min(1).max(200).optional(),
  clause: z.string().min(1).max(50).optional(),
});

const page = (path: string, summary: string, mediaType: string) =>
  createRoute({ method: 'get', path, tags: ['web'], summary, responses: { 200: textResponse(summary, mediaType) } });
export const widgetRoute = page('/widget.js', 'The embeddable chat widget: one <script src=".../widget.js" defer> tag on any page', 'application/javascript');
export const demoRoute = page('/', 'A demo page embedding the widget as a third-party page would', 'text/html');
export const consoleJsRoute = page('/assets/console.js', 'The staff console script', 'application/javascript');
export const consoleCssRoute = page('/assets/console.css', 'The staff console styles', 'text/css');
export const consoleRoute = createRoute({
  method: 'get',
  path: '/console',
  tags: ['web'],
  summary: 'The staff console (search, clause viewer, eligibility form, programme table); a login page without a session',
  responses: { 200: textResponse('the console', 'text/html'), 401: textResponse('the login page', 'text/html') },
});
const redirect = { description: 'to /console', headers: { Location: { schema: { type: 'string' as const } } } };
export const loginRoute = createRoute({
  method: 'post',
  path: '/console/login',
  tags: ['web'],
  summary: 'Log in to the staff console with CONSOLE_TOKEN (an HTML form post)',
  request: {
    body: {
      required: true,
      content: { 'application/x-www-form-urlencoded': { schema: { type: 'object' as const, properties: { token: { type: 'string' as const } }, required: ['token'] } } },
    },
  },
  responses: { 303: redirect, 401: textResponse('the login page, saying the token was wrong', 'text/html') },
});
export const logoutRoute = createRoute({ method: 'post', path: '/console/logout', tags: ['web'], summary: 'Log out of the staff console', responses: { 303: redirect } });

const ClauseSchema = z.looseObject({ docId: z.string(), clause: z.string(), path: z.array(z.string()), title: z.string(), text: z.string(), ordinal: z.number() });
const ClausesResponseSchema = z
  .object({ documents: z.array(z.looseObject({ id: z.string(), docNo: z.string() })), clauses: z.array(ClauseSchema) })
  .openapi('ClausesResponse');
/** The body of `GET /api/clauses` (the console's clause viewer reads it). */
export type ClausesResponse = z.infer<typeof ClausesResponseSchema>;
/** `GET /api/clauses`, behind the console's authorization (checked before the query is read). */
export const clausesRoute = (authorize: MiddlewareHandler) => createRoute({
  method: 'get',
  path: '/api/clauses',
  operationId: 'clauses',
  tags: ['api'],
  summary: "The indexed documents and their clauses (the console's clause viewer)",
  security: [{ [SECURITY.consoleCookie]: [] }, { [SECURITY.consoleToken]: [] }],
  middleware: [authorize],
  request: { query: ClausesQuerySchema },
  responses: {
    200: json('documents and clauses', ClausesResponseSchema),
    ...errorResponses(400, 401, 429, 503),
  },
});
