/**
 * The `/api/ask` contract: the request as validated at the edge, and the answer
 * every channel (web, WeChat, console, the bot) receives — both zod schemas, the types taken
 * from them, `/openapi.json` generated from them.
 */
import { z } from 'zod';
import { EligibilityResponseSchema } from '../rules/response.js';

export const ChannelSchema = z.enum(['web', 'wechat', 'console']);
export type Channel = z.infer<typeof ChannelSchema>;

export const AskRequestSchema = z.object({
  question: z.string().trim().min(1, '问题不能为空').max(500, '问题最长 500 字'),
  sessionId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,128}$/, 'sessionId 只能是 8–128 位字母、数字、_ 或 -')
    .optional(),
  channel: ChannelSchema.optional().default('web'),
});
export type AskRequest = z.infer<typeof AskRequestSchema>;

export const CitationSchema = z.object({
  docId: z.string(),
  clause: z.string().describe('clause id as the document numbers it: the part\'s numeral, then the item\'s in brackets'),
  quote: z.string(),
  /** The clause's own title (职业培训补贴), for a label a worker understands. */
  title: z.string().optional(),
  /** 文号 of the clause's document (several documents live side by side). */
  docNo: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** A quick reply the dialogue offers: the text to send back when tapped. */
export const QuickReplySchema = z.object({ label: z.string(), value: z.string() });
export type QuickReply = z.infer<typeof QuickReplySchema>;

/** The next question of an eligibility dialogue: which fact it settles and the quick replies. */
export const FollowUpSchema = z.object({
  /** Request path of the fact (`applicant.groups`, `hires[0].monthsEmployed` …). */
  fact: z.string(),
  question: z.string(),
  options: z.array(QuickReplySchema),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const RouteSchema = z.enum(['lookup', 'eligibility', 'followup', 'reset', 'out_of_scope']);

/**
 * The answer every channel receives. Loose (fields beyond these pass through), so the pipeline
 * can add an optional field without a contract change; the ones listed are the contract.
 */
export const AskResponseSchema = z.looseObject({
  answer: z.string(),
  answered: z.boolean().describe('false when the policy corpus does not cover the question'),
  citations: z.array(CitationSchema),
  eligibility: EligibilityResponseSchema.optional().describe('present when rules were run; same shape as POST /api/eligibility'),
  mode: z.enum(['extractive', 'llm']),
  sessionId: z.string(),
  /** What the router decided: a clause lookup, an eligibility question, a follow-up, or none. */
  route: RouteSchema.optional(),
  followUp: FollowUpSchema.optional(),
  questionId: z.string().optional().describe('id of this question in the question log; send it back with POST /api/feedback'),
});
export type AskResponse = z.infer<typeof AskResponseSchema>;

/** What a channel (WeChat callback, bot, HTTP route) calls to get an answer. */
export interface AskInput {
  question: string;
  sessionId?: string;
  channel: Channel;
  /** Opaque per-user key (e.g. a hashed openid), used for sessions and the question log. */
  userKey?: string;
}
export type AskFn = (input: AskInput) => Promise<AskResponse>;
