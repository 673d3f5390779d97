/** A failed request as the widget handles it: a refusal of this site, or words for the visitor. */
import type { ErrorBody } from '../api.js';

/** The service refused this site (403 forbidden): what it said, for the deployer. */
export interface Refusal {
  detail: string;
}

/** A failed request, with what the visitor should read. */
export interface AskError extends Error {
  refused?: Refusal | null;
  userMessage?: string;
}

/** The refusal in an error body, when it is one. */
export function refusedBy(body: Partial<ErrorBody> | null, status: number): Refusal | null {
  const e = body && body.error;
  return status === 403 && e && e.code === 'forbidden' ? { detail: e.message || '' } : null;
}

/** An error for a failed request, worded for the visitor. */
export function apiError(body: Partial<ErrorBody> | null, status: number): AskError {
  const e: AskError = new Error('HTTP ' + status);
  e.refused = refusedBy(body, status);
  const m = body && body.error && body.error.message;
  e.userMessage = m ? '抱歉，' + m : (status === 429 ? '提问太频繁了，请稍等一会儿再试。' : '');
  return e;
}

