/**
 * Builds WeChat callback requests the way the platform does (signed query, XML body, optional
 * encryption) and reads the replies, for the callback tests.
 */
import { WechatCipher } from '../../../src/core/wechat/cipher.js';
import { signParts } from '../../../src/core/wechat/signature.js';
import { cdata, readXml, writeXml, xmlFields } from '../../../src/core/wechat/xml.js';

export interface InboundFields {
  from: string;
  to?: string;
  createTime?: number;
  [field: string]: string | number | undefined;
}

/** Fields WeChat writes as bare digits; the rest go in CDATA. */
const BARE = new Set(['CreateTime', 'MsgId', 'AgentID', 'Location_X', 'Location_Y', 'Scale']);

/** A message XML as WeChat sends it (To/From/CreateTime first, then the given fields). */
export function messageXml(fields: InboundFields): string {
  const { from, to, createTime, ...rest } = fields;
  const all: Record<string, string | number | undefined> = {
    ToUserName: to ?? 'gh_zzpolicy',
    FromUserName: from,
    CreateTime: createTime ?? Math.floor(Date.now() / 1000),
    ...rest,
  };
  let xml = '<xml>';
  for (const [k, v] of Object.entries(all)) {
    if (v === undefined) continue;
    xml += BARE.has(k) ? `<${k}>${v}</${k}>` : `<${k}>${cdata(String(v))}</${k}>`;
  }
  return `${xml}</xml>`;
}

let seq = 0;
/** A unique numeric string, for MsgIds and nonces. */
export function uniqueId(): string {
  seq++;
  return `${Date.now()}${String(seq).padStart(4, '0')}`;
}

/** The plain-mode signed query string for `token`. */
export async function signedQuery(token: string, extra: Record<string, string> = {}): Promise<URLSearchParams> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = uniqueId();
  const signature = await signParts([token, timestamp, nonce]);
  return new URLSearchParams({ signature, timestamp, nonce, ...extra });
}

/** Safe-mode request parts: the query (with msg_signature) and the envelope body. */
export async function encryptedRequest(
  token: string,
  cipher: WechatCipher,
  innerXml: string,
  options: { compatible?: boolean; toUser?: string } = {},
): Promise<{ query: URLSearchParams; body: string }> {
  const query = await signedQuery(token, { encrypt_type: 'aes' });
  const encrypt = await cipher.encrypt(innerXml);
  query.set('msg_signature', await signParts([token, query.get('timestamp')!, query.get('nonce')!, encrypt]));
  // Compatible mode sends the plaintext fields alongside the encrypted copy.
  const body = options.compatible
    ? innerXml.replace('</xml>', `<Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`)
    : writeXml({ ToUserName: options.toUser ?? 'gh_zzpolicy', Encrypt: encrypt });
  return { query, body };
}

/** The fields of a passive reply XML. */
export function replyFields(xml: string): Record<string, string> {
  return xmlFields(readXml(xml));
}

/** Checks an encrypted reply's signature and returns its decrypted fields. */
export async function openEncryptedReply(
  token: string,
  cipher: WechatCipher,
  xml: string,
): Promise<{ signatureOk: boolean; fields: Record<string, string> }> {
  const env = replyFields(xml);
  const expected = await signParts([token, env.TimeStamp ?? '', env.Nonce ?? '', env.Encrypt ?? '']);
  const inner = await cipher.decrypt(env.Encrypt ?? '');
  return { signatureOk: expected === env.MsgSignature, fields: replyFields(inner.message) };
}
