/** Users of the WeChat channels are known only by a salted hash of their openid/userid. */
import { sha256Hex } from './hash.js';

/** The stored stand-in for an openid: SHA-256 hex of salt and id. */
export function hashUserId(salt: string, userId: string): Promise<string> {
  return sha256Hex(`${salt}\u0000${userId}`);
}

/** The answer pipeline's session id for a hashed user (fits AskRequest's sessionId pattern). */
export function sessionIdFor(channel: string, userKey: string): string {
  return `wx-${channel}-${userKey.slice(0, 40)}`;
}
