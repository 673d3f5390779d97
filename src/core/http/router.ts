/**
 * How a route is declared: `createRoute({...})` with its request and response schemas (zod),
 * then `register(app, route, handler)` on a router from `createRouter()`. Registering the
 * handler registers its OpenAPI entry in the same call, so a route cannot exist without its
 * entry in `/openapi.json` (test/core/http/routes/openapi.test.ts walks the app to check).
 *
 * Query, path and header schemas given in `request` are validated before the handler runs; a
 * failure is the one error body, 400, naming each bad field (`validationHook`). JSON bodies
 * are described by reference to a registered schema (`bodyRef`) and validated by the handler
 * itself: this API reads a JSON body whatever its Content-Type says (curl's `-d` sends a form
 * type) and answers malformed JSON with a 400 of its own, where the library's body validator
 * would answer 415 or an English message.
 */
import { OpenAPIHono, z, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from './app.js';
import { ERROR_STATUS } from './errors.js';
import { fromZodError } from './errors.js';

/** The one error body, as a component every error response refers to. */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...(keyof typeof ERROR_STATUS)[]]),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error');

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'bad input; `fields` names each bad field',
  401: 'credentials missing or wrong',
  403: 'refused (switched off, or a wrong signature)',
  404: 'no such thing',
  413: 'request body too large',
  415: 'not a JSON body',
  429: 'rate limited; see Retry-After',
  503: 'a dependency (the database) is down, or the door is not configured',
};

/** Error responses of the given statuses, each the one error body. */
export function errorResponses<S extends keyof typeof ERROR_DESCRIPTIONS>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((s) => [s, { description: ERROR_DESCRIPTIONS[s]!, content: { 'application/json': { schema: ErrorBodySchema } } }]),
  ) as Record<S, { description: string; content: { 'application/json': { schema: typeof ErrorBodySchema } } }>;
}

/** A JSON response of `schema`. */
export function json<T extends z.ZodType>(description: string, schema: T) {
  return { description, content: { 'application/json': { schema } } };
}

/** A text response (`text/html`, `application/javascript` …). */
export function textResponse(description: string, mediaType: string) {
  return { description, content: { [mediaType]: { schema: z.string() } } };
}

/**
 * A required JSON request body described by a registered schema (see the module comment for
 * why the handler validates it). `name` is the component the schema was registered as.
 */
export function bodyRef(name: string, description?: string) {
  return {
    required: true,
    ...(description ? { description } : {}),
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
  };
}

/**
 * `schema` as a named component of the document (`#/components/schemas/<name>`). For schemas
 * defined outside the HTTP layer (the answer and rules contracts): zod gives a schema its
 * methods when it is made, so one made before @hono/zod-openapi was loaded has no `.openapi()`;
 * a clone made now has it. The schema itself is left as it is.
 */
export function named<T extends z.ZodType>(name: string, schema: T): T {
  return (schema.clone() as T).openapi(name) as T;
}

/** Registers `schema` as the component `name` (for request bodies described by `bodyRef`). */
export function registerSchema(app: OpenAPIHono<AppEnv>, name: string, schema: z.ZodType): void {
  app.openAPIRegistry.register(name, named(name, schema));
}

/** The hook that turns a failed request validation into the one error body (400, naming the fields). */
export function validationHook(message = '请求参数有误') {
  return (result: { success: true } | { success: false; error: z.ZodError }): void => {
    if (!result.success) throw fromZodError(result.error, message);
  };
}

/** A router whose routes carry their OpenAPI entries; validation failures answer 400 with the error body. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook() });
}

type RouteContext<R extends RouteConfig> = Parameters<RouteHandler<R, AppEnv>>[0];

/**
 * Registers `handler` for `route` together with its OpenAPI entry. The handler returns a plain
 * Response: the response schemas document what it sends, and the OpenAPI test checks real
 * responses against them.
 */
export function register<R extends RouteConfig>(
  app: OpenAPIHono<AppEnv>,
  route: R,
  handler: (c: RouteContext<R>) => Response | Promise<Response>,
  hook?: ReturnType<typeof validationHook>,
): void {
  app.openapi(route, handler as unknown as RouteHandler<R, AppEnv>, hook as never);
}
