/**
 * `GET /openapi.json`: an OpenAPI 3.1 description of the public API, generated from the same
 * zod schemas the routes validate requests with, so it cannot drift from what the service
 * accepts. Response shapes that are TypeScript interfaces elsewhere get a zod mirror here,
 * checked against those interfaces at compile time.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { AskRequestSchema, type AskResponse } from '../../answer/schema.js';
import { EligibilityResponseSchema } from '../../rules/response.js';
import { EligibilityRequestSchema } from '../../rules/schema.js';
import type { SearchHit } from '../../search/types.js';
import { ERROR_STATUS, type ErrorBody } from '../errors.js';
import { FeedbackRequestSchema } from './feedback.js';
import { SearchQuerySchema } from './search.js';
import { SubsidiesResponseSchema } from './subsidies.js';

type JsonSchema = Record<string, unknown>;

/** JSON Schema (draft 2020-12, OpenAPI 3.1's dialect) of a zod schema, as a request or a response. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete out.$schema;
  return out;
}

const CitationSchema = z.object({ docId: z.string(), clause: z.string(), quote: z.string() });

const AskResponseSchema = z.object({
  answer: z.string(),
  answered: z.boolean().describe('false when the policy corpus does not cover the question'),
  citations: z.array(CitationSchema),
  eligibility: EligibilityResponseSchema.optional().describe('present when rules were run'),
  mode: z.enum(['extractive', 'llm']),
  sessionId: z.string(),
  route: z.enum(['lookup', 'eligibility', 'followup', 'reset', 'out_of_scope']).optional(),
  followUp: z
    .object({
      fact: z.string(),
      question: z.string(),
      options: z.array(z.object({ label: z.string(), value: z.string() })),
    })
    .optional(),
  questionId: z.string().optional().describe('send it back with POST /api/feedback'),
});
// Both ways: the mirror fits the interface, and names every field the interface has.
const _askMirror: [z.infer<typeof AskResponseSchema> extends AskResponse ? true : false, keyof AskResponse extends keyof z.infer<typeof AskResponseSchema> ? true : false] = [true, true];
void _askMirror;

const SearchHitSchema = z.object({
  docId: z.string(),
  clause: z.string().describe('clause id as the document numbers it, e.g. 六(一)'),
  path: z.array(z.string()),
  text: z.string(),
  score: z.number().min(0).max(1),
});
const _hitMirror: [z.infer<typeof SearchHitSchema> extends SearchHit ? true : false, keyof SearchHit extends keyof z.infer<typeof SearchHitSchema> ? true : false] = [true, true];
void _hitMirror;
const SearchResponseSchema = z.object({ hits: z.array(SearchHitSchema), tookMs: z.number() });

const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...(keyof typeof ERROR_STATUS)[]]),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
const _errMirror: z.infer<typeof ErrorBodySchema> extends ErrorBody ? true : false = true;
void _errMirror;

const HealthSchema = z.object({ ok: z.boolean() });
const FeedbackResponseSchema = z.object({ ok: z.literal(true), id: z.string() });

/** Extra request schemas other parts register (e.g. feedback), by operation. */
export interface ExtraOperation {
  path: string;
  method: 'get' | 'post';
  summary: string;
  request?: z.ZodType;
  response?: z.ZodType;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [String(s), { description: ERROR_DESCRIPTIONS[s] ?? 'error', content: json(ref('Error')) }]),
  );
const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'bad input; `fields` names each bad field',
  413: 'request body too large',
  429: 'rate limited; see Retry-After',
  503: 'a dependency (the database) is down',
};

/** Query parameters of a GET operation from an object schema's properties. */
function queryParameters(schema: z.ZodObject): unknown[] {
  const js = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: (js.required ?? []).includes(name),
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
    schema: s,
  }));
}

/** The whole OpenAPI document. `extra` adds operations whose routes live elsewhere. */
export function buildOpenApiDocument(extra: readonly ExtraOperation[] = []): Record<string, unknown> {
  const schemas: Record<string, JsonSchema> = {
    AskRequest: jsonSchema(AskRequestSchema, 'input'),
    AskResponse: jsonSchema(AskResponseSchema, 'output'),
    EligibilityRequest: jsonSchema(EligibilityRequestSchema, 'input'),
    EligibilityResponse: jsonSchema(EligibilityResponseSchema, 'output'),
    SubsidiesResponse: jsonSchema(SubsidiesResponseSchema, 'output'),
    SearchResponse: jsonSchema(SearchResponseSchema, 'output'),
    Error: jsonSchema(ErrorBodySchema, 'output'),
    Health: jsonSchema(HealthSchema, 'output'),
    FeedbackRequest: jsonSchema(FeedbackRequestSchema, 'input'),
    FeedbackResponse: jsonSchema(FeedbackResponseSchema, 'output'),
  };
  const paths: Record<string, Record<string, unknown>> = {
    '/api/search': {
      get: {
        operationId: 'search',
        summary: 'Hybrid search over the policy clauses',
        parameters: queryParameters(SearchQuerySchema),
        responses: { '200': { description: 'ranked clauses', content: json(ref('SearchResponse')) }, ...errors(400, 429, 503) },
      },
    },
    '/api/ask': {
      post: {
        operationId: 'ask',
        summary: 'Answer a question from the policy, with citations (JSON, or server-sent events with Accept: text/event-stream)',
        requestBody: { required: true, content: json(ref('AskRequest')) },
        responses: {
          '200': { description: 'the answer', content: { ...json(ref('AskResponse')), 'text/event-stream': { schema: { type: 'string' } } } },
          ...errors(400, 413, 429, 503),
        },
      },
    },
    '/api/eligibility': {
      post: {
        operationId: 'eligibility',
        summary: 'Run the eligibility rules on the facts given',
        requestBody: { required: true, content: json(ref('EligibilityRequest')) },
        responses: { '200': { description: 'one result per rule', content: json(ref('EligibilityResponse')) }, ...errors(400, 413, 429, 503) },
      },
    },
    '/api/subsidies': {
      get: {
        operationId: 'subsidies',
        summary: 'Every rule the engine serves, with its requirements, parameters, citations and clause text',
        parameters: [{ name: 'asOf', in: 'query', required: false, schema: { type: 'string', format: 'date' } }],
        responses: { '200': { description: 'the rule catalogue', content: json(ref('SubsidiesResponse')) }, ...errors(400, 429, 503) },
      },
    },
    '/api/feedback': {
      post: {
        operationId: 'feedback',
        summary: 'Say whether an answer helped (questionId from /api/ask)',
        requestBody: { required: true, content: json(ref('FeedbackRequest')) },
        responses: { '201': { description: 'stored', content: json(ref('FeedbackResponse')) }, ...errors(400, 413, 429, 503) },
      },
    },
    '/healthz': { get: { operationId: 'healthz', summary: 'The process is up', responses: { '200': { description: 'up', content: json(ref('Health')) } } } },
    '/readyz': {
      get: {
        operationId: 'readyz',
        summary: 'The database is reachable and the corpus indexed',
        responses: { '200': { description: 'ready' }, ...errors(503) },
      },
    },
  };
  for (const op of extra) {
    const name = op.path.split('/').filter(Boolean).map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
    const entry: Record<string, unknown> = { operationId: name[0]!.toLowerCase() + name.slice(1), summary: op.summary, responses: errors(400, 429, 503) };
    if (op.request) {
      if (op.method === 'get' && op.request instanceof z.ZodObject) entry.parameters = queryParameters(op.request);
      else {
        schemas[`${name}Request`] = jsonSchema(op.request, 'input');
        entry.requestBody = { required: true, content: json(ref(`${name}Request`)) };
      }
    }
    if (op.response) schemas[`${name}Response`] = jsonSchema(op.response, 'output');
    (entry.responses as Record<string, unknown>)['200'] = {
      description: 'ok',
      ...(op.response ? { content: json(ref(`${name}Response`)) } : {}),
    };
    paths[op.path] = { ...(paths[op.path] ?? {}), [op.method]: entry };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '郑州市职业技能提升行动政策助手 API',
      version: '1.0.0',
      description: 'Search, answers and eligibility for 郑政办〔2019〕63号. Errors share one shape: { error: { code, message, fields? } }.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas },
  };
}

export function openapiRoutes(extra: readonly ExtraOperation[] = []): Hono {
  const app = new Hono();
  let cached: string | undefined;
  app.get('/openapi.json', (c) => {
    cached ??= JSON.stringify(buildOpenApiDocument(extra));
    return c.body(cached, 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' });
  });
  return app;
}
