/**
 * `GET|POST /wechat/mp`: the Official Account callback (plain and safe mode; setup in docs/deploy.md).
 * Every request's signature is checked before anything else; a missing one → 401, a wrong one
 * → 403, with the error body and no processing. Plain mode, safe mode (`encrypt_type=aes`:
 * `msg_signature` over the `<Encrypt>` payload, reply encrypted) and the compatible mode
 * (plaintext fields and `<Encrypt>` together: the encrypted part is used) are all served.
 * Malformed XML → 400; any failure behind the signature check → a polite text, never a 500.
 * A signed request is also checked for freshness (timestamp window, nonce used once per body:
 * 403 otherwise), and with WECHAT_AES_KEY set plaintext is refused unless WECHAT_ALLOW_PLAIN.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { WechatCipher, WechatCryptoError } from '../../wechat/cipher.js';
import { callbackFreshness, conversationSettings, customerServicePush, docNameLoader } from '../../wechat/channel-deps.js';
import { answerMessage, type ConversationDeps } from '../../wechat/conversation.js';
import { InboundMessageError, parseInboundMessage, type InboundMessage } from '../../wechat/message.js';
import { encryptedReplyXml, textReplyXml } from '../../wechat/reply.js';
import { verifyMsgSignature, verifyPlainSignature } from '../../wechat/signature.js';
import { TEXTS } from '../../wechat/texts.js';
import { readXml, xmlFields, XmlError } from '../../wechat/xml.js';
import { createRouter, register } from '../router.js';
import { mpMessageRoute, mpVerifyRoute } from './wechat-routes.js';

/** Largest callback body accepted (WeChat's messages are a few hundred bytes). */
export const WECHAT_MAX_BODY = 64 * 1024;

/** Runs `work` after the response where the runtime allows it (Workers); under Node it just runs on. */
export function keepAliveFor(c: Context): (work: Promise<unknown>) => void {
  return (work) => {
    try {
      c.executionCtx.waitUntil(work);
    } catch {
      // No execution context (Node): the promise keeps running on its own.
    }
  };
}

/** Reads the body as text, refusing anything over the limit with 413. */
export async function readLimitedBody(c: Context): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > WECHAT_MAX_BODY) throw new ApiError('payload_too_large', '消息体过大');
  const body = await c.req.text();
  if (body.length > WECHAT_MAX_BODY) throw new ApiError('payload_too_large', '消息体过大');
  return body;
}

function badXml(err: unknown): never {
  if (err instanceof XmlError || err instanceof InboundMessageError) throw new ApiError('bad_request', `消息格式有误: ${err.message}`);
  throw err;
}

export function wechatMpRoutes(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();
  const { config } = deps;
  let cipher: Promise<WechatCipher> | undefined;
  const getCipher = () => {
    if (!config.WECHAT_AES_KEY || !config.WECHAT_APPID) throw new ApiError('unavailable', '公众号安全模式未配置');
    cipher ??= WechatCipher.create(config.WECHAT_AES_KEY, config.WECHAT_APPID);
    return cipher;
  };
  // Built once per app; only the keep-alive hook belongs to a request.
  const push = customerServicePush(deps);
  const base: Omit<ConversationDeps, 'keepAlive'> = {
    db: deps.db,
    ask: deps.ask,
    channel: 'mp',
    settings: conversationSettings(config, `${config.WECHAT_TOKEN ?? ''}:${config.WECHAT_APPID ?? ''}`),
    docNames: docNameLoader(deps),
    ...(push ? { push } : {}),
    ...(deps.log ? { log: deps.log } : {}),
  };
  const conversation = (c: Context): ConversationDeps => ({ ...base, keepAlive: keepAliveFor(c) });

  const fresh = callbackFreshness(deps, 'mp');

  const token = (): string => {
    if (!config.WECHAT_TOKEN) throw new ApiError('unavailable', '公众号回调未配置');
    return config.WECHAT_TOKEN;
  };

  const checkPlainSignature = async (c: Context) => {
    const q = c.req.query();
    if (!q.signature || !q.timestamp || !q.nonce) throw new ApiError('unauthorized', '缺少签名参数');
    if (!(await verifyPlainSignature(token(), q))) throw new ApiError('forbidden', '签名校验失败');
  };

  register(app, mpVerifyRoute, async (c) => {
    await checkPlainSignature(c);
    const echostr = c.req.query('echostr');
    if (echostr === undefined) throw new ApiError('bad_request', '缺少 echostr', [{ path: 'echostr', message: '必填' }]);
    await fresh(c.req.query(), echostr);
    return c.text(echostr);
  });

  register(app, mpMessageRoute, async (c) => {
    await checkPlainSignature(c);
    const q = c.req.query();
    const safe = q.encrypt_type?.toLowerCase() === 'aes';
    // With a key configured, plaintext would let whoever holds one signed query skip encryption.
    if (!safe && config.WECHAT_AES_KEY && !config.WECHAT_ALLOW_PLAIN) {
      throw new ApiError('forbidden', '已配置 EncodingAESKey：只接受安全模式（encrypt_type=aes）消息');
    }
    const body = await readLimitedBody(c);
    await fresh(q, body);

    let msg: InboundMessage;
    let replyCipher: WechatCipher | undefined;
    if (safe) {
      let encrypted: string | undefined;
      try {
        encrypted = xmlFields(readXml(body, { maxLength: WECHAT_MAX_BODY })).Encrypt?.trim();
      } catch (err) {
        badXml(err);
      }
      if (!encrypted) throw new ApiError('bad_request', '安全模式消息缺少 Encrypt', [{ path: 'Encrypt', message: '必填' }]);
      if (!q.msg_signature) throw new ApiError('unauthorized', '缺少 msg_signature');
      if (!(await verifyMsgSignature(token(), q, encrypted))) throw new ApiError('forbidden', '消息签名校验失败');
      replyCipher = await getCipher();
      let inner: string;
      try {
        inner = (await replyCipher.decrypt(encrypted)).message;
      } catch (err) {
        if (err instanceof WechatCryptoError) throw new ApiError('bad_request', '消息解密失败');
        throw err;
      }
      try {
        msg = parseInboundMessage(inner, { maxLength: WECHAT_MAX_BODY });
      } catch (err) {
        badXml(err);
      }
    } else {
      try {
        msg = parseInboundMessage(body, { maxLength: WECHAT_MAX_BODY });
      } catch (err) {
        badXml(err);
      }
    }

    let reply: string | null;
    try {
      reply = await answerMessage(conversation(c), msg);
    } catch (err) {
      // The database failed: a text tells the user more than WeChat's "service unavailable".
      deps.log?.('error', 'wechat callback failed', { error: err instanceof Error ? err.message : String(err) });
      reply = TEXTS.failed;
    }
    if (reply === null) return c.text('success');
    const nowSeconds = Math.floor(Date.now() / 1000);
    const xml = textReplyXml(msg, reply, nowSeconds);
    c.header('content-type', 'application/xml; charset=utf-8');
    if (!replyCipher) return c.body(xml);
    return c.body(await encryptedReplyXml(replyCipher, token(), xml, nowSeconds));
  });

  return app;
}
