/**
 * `GET|POST /wechat/work`: the WeCom (企业微信) self-built app callback. Everything is
 * encrypted: the verification GET carries an encrypted `echostr` (answered with its plaintext
 * alone), messages arrive in `<Encrypt>` and every reply is encrypted. Signatures
 * (`msg_signature`) are checked first: missing → 401, wrong → 403, no processing.
 * The conversation is the Official Account's, with its own ids and sessions.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { WechatCipher, WechatCryptoError } from '../../wechat/cipher.js';
import { callbackFreshness, conversationSettings, docNameLoader } from '../../wechat/channel-deps.js';
import { answerMessage, type ConversationDeps } from '../../wechat/conversation.js';
import { InboundMessageError, parseInboundMessage, type InboundMessage } from '../../wechat/message.js';
import { base64FromQuery, encryptedReplyXml, textReplyXml } from '../../wechat/reply.js';
import { verifyMsgSignature } from '../../wechat/signature.js';
import { TEXTS } from '../../wechat/texts.js';
import { readXml, xmlFields, XmlError } from '../../wechat/xml.js';
import { createRouter, register } from '../router.js';
import { keepAliveFor, readLimitedBody, WECHAT_MAX_BODY } from './wechat-mp.js';
import { workMessageRoute, workVerifyRoute } from './wechat-routes.js';

export function wechatWorkRoutes(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();
  const { config } = deps;

  const settingsOf = () => {
    if (!config.WECOM_TOKEN || !config.WECOM_AES_KEY || !config.WECOM_CORPID) {
      throw new ApiError('unavailable', '企业微信回调未配置');
    }
    return { token: config.WECOM_TOKEN, aesKey: config.WECOM_AES_KEY, corpId: config.WECOM_CORPID };
  };
  let cipher: Promise<WechatCipher> | undefined;
  const getCipher = () => {
    const s = settingsOf();
    cipher ??= WechatCipher.create(s.aesKey, s.corpId).catch((err: unknown) => {
      cipher = undefined;
      throw new ApiError('unavailable', `企业微信 EncodingAESKey 无效: ${err instanceof Error ? err.message : ''}`);
    });
    return cipher;
  };
  const base: Omit<ConversationDeps, 'keepAlive'> = {
    db: deps.db,
    ask: deps.ask,
    channel: 'work',
    settings: conversationSettings(config, `${config.WECOM_TOKEN ?? ''}:${config.WECOM_CORPID ?? ''}`),
    docNames: docNameLoader(deps),
    ...(deps.log ? { log: deps.log } : {}),
  };

  const fresh = callbackFreshness(deps, 'work');

  /**
   * Checks `msg_signature` over `encrypted`, then the request's freshness (timestamp window,
   * nonce once per payload); throws 401/403 with no further processing.
   */
  const checkSignature = async (c: Context, encrypted: string) => {
    const q = c.req.query();
    if (!q.msg_signature || !q.timestamp || !q.nonce) throw new ApiError('unauthorized', '缺少签名参数');
    if (!(await verifyMsgSignature(settingsOf().token, q, encrypted))) throw new ApiError('forbidden', '消息签名校验失败');
    await fresh(q, encrypted);
  };

  const decrypt = async (encrypted: string): Promise<string> => {
    try {
      return (await (await getCipher()).decrypt(encrypted)).message;
    } catch (err) {
      if (err instanceof WechatCryptoError) throw new ApiError('bad_request', '消息解密失败');
      throw err;
    }
  };

  register(app, workVerifyRoute, async (c) => {
    settingsOf();
    const echostr = base64FromQuery(c.req.query('echostr'));
    if (!echostr) {
      if (!c.req.query('msg_signature')) throw new ApiError('unauthorized', '缺少签名参数');
      throw new ApiError('bad_request', '缺少 echostr', [{ path: 'echostr', message: '必填' }]);
    }
    await checkSignature(c, echostr);
    // The plaintext alone: no quotes, BOM or newline.
    return c.text(await decrypt(echostr));
  });

  register(app, workMessageRoute, async (c) => {
    settingsOf();
    // The signature needs the payload: find <Encrypt> first, but do nothing else before the check.
    const body = await readLimitedBody(c);
    let encrypted: string | undefined;
    try {
      encrypted = xmlFields(readXml(body, { maxLength: WECHAT_MAX_BODY })).Encrypt?.trim();
    } catch (err) {
      if (!c.req.query('msg_signature')) throw new ApiError('unauthorized', '缺少签名参数');
      if (err instanceof XmlError) throw new ApiError('bad_request', `消息格式有误: ${err.message}`);
      throw err;
    }
    if (!encrypted) {
      if (!c.req.query('msg_signature')) throw new ApiError('unauthorized', '缺少签名参数');
      throw new ApiError('bad_request', '消息缺少 Encrypt', [{ path: 'Encrypt', message: '必填' }]);
    }
    await checkSignature(c, encrypted);
    let msg: InboundMessage;
    try {
      msg = parseInboundMessage(await decrypt(encrypted), { maxLength: WECHAT_MAX_BODY });
    } catch (err) {
      if (err instanceof XmlError || err instanceof InboundMessageError) {
        throw new ApiError('bad_request', `消息格式有误: ${err.message}`);
      }
      throw err;
    }

    let reply: string | null;
    try {
      reply = await answerMessage({ ...base, keepAlive: keepAliveFor(c) }, msg);
    } catch (err) {
      deps.log?.('error', 'wecom callback failed', { error: err instanceof Error ? err.message : String(err) });
      reply = TEXTS.failed;
    }
    if (reply === null) return c.text('success');
    const nowSeconds = Math.floor(Date.now() / 1000);
    c.header('content-type', 'application/xml; charset=utf-8');
    return c.body(await encryptedReplyXml(await getCipher(), settingsOf().token, textReplyXml(msg, reply, nowSeconds), nowSeconds));
  });

  return app;
}
