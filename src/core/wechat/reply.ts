/** Passive replies: the text message XML (To/From swapped) and its encrypted envelope. */
import type { WechatCipher } from './cipher.js';
import type { InboundMessage } from './message.js';
import { signParts } from './signature.js';
import { writeXml } from './xml.js';

/** A passive text reply to `msg`. */
export function textReplyXml(msg: InboundMessage, content: string, nowSeconds: number): string {
  return writeXml({
    ToUserName: msg.fromUser,
    FromUserName: msg.toUser,
    CreateTime: nowSeconds,
    MsgType: 'text',
    Content: content,
  });
}

/** A random numeric nonce, as WeChat's own are. */
export function randomNonce(): string {
  const [n] = crypto.getRandomValues(new Uint32Array(1));
  return String(n ?? 0);
}

/** The safe-mode envelope: `<Encrypt>`, `<MsgSignature>`, `<TimeStamp>`, `<Nonce>`. */
export async function encryptedReplyXml(
  cipher: WechatCipher,
  token: string,
  innerXml: string,
  nowSeconds: number,
  nonce: string = randomNonce(),
): Promise<string> {
  const encrypt = await cipher.encrypt(innerXml);
  const timestamp = String(nowSeconds);
  const signature = await signParts([token, timestamp, nonce, encrypt]);
  return writeXml({ Encrypt: encrypt, MsgSignature: signature, TimeStamp: nowSeconds, Nonce: nonce });
}

/**
 * Base64 from a query string: a `+` that arrived unencoded was read as a space by the URL
 * decoder, so spaces go back to `+` (a space is never part of base64).
 */
export function base64FromQuery(value: string | undefined): string | undefined {
  return value?.replace(/ /g, '+');
}
