/**
 * Eligibility answers already written, by request body and day. The rules are a pure function
 * of the request and the date (China time), so a body seen before on the same day gets the
 * same JSON back — as the UTF-8 bytes sent before — without parsing, validating, evaluating,
 * serialising or encoding it again: about four fifths of the route's own cost. Forms and apps
 * send the same few fact sets over and over (a person trying an age, a company its hires), so
 * this pays in use, not only in a benchmark. An answer is kept from its body's second time on
 * (../../cache/second-sight.ts): a body sent once costs no memory. Bounded: small bodies and
 * answers only, the oldest entry goes first.
 */
import { createSecondSightMemo } from '../../cache/second-sight.js';

/** Entries kept at most. */
const MAX_ENTRIES = 256;
/** Bodies and answers larger than these are not kept (a 100-hire request answers ~60 KB). */
const MAX_BODY_CHARS = 4 * 1024;
const MAX_ANSWER_BYTES = 64 * 1024;

export interface ResponseMemo {
  /** The JSON (UTF-8) answered for exactly this body on this day, if kept. */
  get(body: string, day: string): Uint8Array<ArrayBuffer> | undefined;
  /** Offers the answer to a body; kept once the same body has been answered before that day. */
  set(body: string, day: string, json: Uint8Array<ArrayBuffer>): void;
}

/** A memo of answers by (body, day); see the module comment. */
export function createResponseMemo(max = MAX_ENTRIES): ResponseMemo {
  const entries = createSecondSightMemo<Uint8Array<ArrayBuffer>>(max);
  const key = (body: string, day: string) => `${day}\u0000${body}`;
  return {
    get(body, day) {
      if (body.length > MAX_BODY_CHARS) return undefined;
      return entries.get(key(body, day));
    },
    set(body, day, json) {
      if (body.length > MAX_BODY_CHARS || json.byteLength > MAX_ANSWER_BYTES) return;
      entries.offer(key(body, day), json);
    },
  };
}
