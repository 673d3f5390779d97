/**
 * WeChat request signatures. Plain mode: SHA-1 of the sorted, joined `[token, timestamp, nonce]`.
 * Safe mode and WeCom: the same over `[token, timestamp, nonce, Encrypt]` (`msg_signature`).
 */
import { constantTimeEqual, sha1Hex } from './hash.js';

/** SHA-1 hex of the parts sorted by code unit and joined with no separator. */
export function signParts(parts: readonly string[]): Promise<string> {
  return sha1Hex([...parts].sort().join(''));
}

/** True when `signature` is the plain-mode signature of token/timestamp/nonce. */
export async function verifyPlainSignature(
  token: string,
  q: { signature?: string; timestamp?: string; nonce?: string },
): Promise<boolean> {
  if (!q.signature || !q.timestamp || !q.nonce) return false;
  const expected = await signParts([token, q.timestamp, q.nonce]);
  return constantTimeEqual(expected, q.signature.toLowerCase());
}

/** True when `msgSignature` signs token/timestamp/nonce and the encrypted payload. */
export async function verifyMsgSignature(
  token: string,
  q: { msg_signature?: string; timestamp?: string; nonce?: string },
  encrypted: string,
): Promise<boolean> {
  if (!q.msg_signature || !q.timestamp || !q.nonce) return false;
  const expected = await signParts([token, q.timestamp, q.nonce, encrypted]);
  return constantTimeEqual(expected, q.msg_signature.toLowerCase());
}
