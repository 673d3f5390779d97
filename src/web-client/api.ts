/**
 * The API as the browser clients see it: every request and response type comes from the zod
 * schemas the server validates with (type-only imports, erased from the compiled client).
 */
import type { z } from 'zod';
import type { AskRequestSchema } from '../core/answer/schema.js';

export type { AskResponse, Citation, FollowUp } from '../core/answer/schema.js';
export type { EligibilityRequest, Status, PersonFacts, EmployerFacts, PolicyInfo } from '../core/rules/schema.js';
export type { EligibilityResponse, RuleResult } from '../core/rules/response.js';
export type { ErrorBody } from '../core/errors.js';
export type { SearchResponse } from '../core/http/routes/search.js';
export type { SubsidiesResponse } from '../core/http/routes/subsidies.js';
export type { ProgramsResponse } from '../core/http/routes/programs.js';
export type { ClausesResponse } from '../core/http/routes/web-routes.js';
export type { FeedbackRequest } from '../core/http/routes/feedback.js';
export type { ConsoleBaked, WidgetBaked } from '../core/web/client-data.js';

/** The body of `POST /api/ask` as a client sends it (channel may be left out). */
export type AskRequest = z.input<typeof AskRequestSchema>;
