/**
 * The `/api/ask` contract (../shared/spec/api.md): the request as validated at the edge,
 * and the answer every channel (web, WeChat, console, the bot) receives.
 */
import { z } from 'zod';

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

export interface Citation {
  docId: string;
  clause: string;
  quote: string;
  /** The clause's own title (职业培训补贴), for a label a worker understands. */
  title?: string;
}

/** A quick reply the dialogue offers: the text to send back when tapped. */
export interface QuickReply {
  label: string;
  value: string;
}

/** The next question of an eligibility dialogue: which fact it settles and the quick replies. */
export interface FollowUp {
  /** Request path of the fact (`applicant.groups`, `hires[0].monthsEmployed` …). */
  fact: string;
  question: string;
  options: QuickReply[];
}

export interface AskResponse {
  answer: string;
  /** false when the policy corpus does not cover the question. */
  answered: boolean;
  citations: Citation[];
  /** Present when rules were run; same shape as POST /api/eligibility. */
  eligibility?: unknown;
  mode: 'extractive' | 'llm';
  sessionId: string;
  /** What the router decided: a clause lookup, an eligibility question, a follow-up, or none. */
  route?: 'lookup' | 'eligibility' | 'followup' | 'reset' | 'out_of_scope';
  followUp?: FollowUp;
  /** Id of this question in the question log; send it back with POST /api/feedback. */
  questionId?: string;
}

/** What a channel (WeChat callback, bot, HTTP route) calls to get an answer. */
export interface AskInput {
  question: string;
  sessionId?: string;
  channel: Channel;
  /** Opaque per-user key (e.g. a hashed openid), used for sessions and the question log. */
  userKey?: string;
}
export type AskFn = (input: AskInput) => Promise<AskResponse>;
