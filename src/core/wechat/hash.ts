/** Digests through Web Crypto, as lowercase hex, and a comparison that does not leak timing. */
import { toHex, utf8 } from './bytes.js';

async function digestHex(algorithm: 'SHA-1' | 'SHA-256', text: string): Promise<string> {
  const digest = await crypto.subtle.digest(algorithm, utf8(text) as BufferSource);
  return toHex(new Uint8Array(digest));
}

/** SHA-1 of a string's UTF-8 bytes, lowercase hex (WeChat's signature digest). */
export function sha1Hex(text: string): Promise<string> {
  return digestHex('SHA-1', text);
}

/** SHA-256 of a string's UTF-8 bytes, lowercase hex. */
export function sha256Hex(text: string): Promise<string> {
  return digestHex('SHA-256', text);
}

/** Compares two strings in time independent of where they first differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
