/**
 * The OpenAPI entries of the WeChat callbacks (`/wechat/mp` for the Official Account,
 * `/wechat/work` for WeCom). Their parameters are described here but checked by the routes
 * themselves: a callback's answer to a bad signature is part of the WeChat protocol (401/403
 * before anything else is read), not a generic validation error.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { errorResponses, textResponse } from '../router.js';

type Param = { name: string; in: 'query'; required: boolean; description: string; schema: { type: 'string' } };
const q = (name: string, required: boolean, description: string): Param => ({ name, in: 'query', required, description, schema: { type: 'string' } });

const SIGNED = [
  q('timestamp', true, 'seconds since 1970, as WeChat sent it'),
  q('nonce', true, 'a random string WeChat chose'),
];
const xmlBody = (description: string) => ({ required: true, description, content: { 'text/xml': { schema: z.string() } } });
const xmlReply = (description: string) => ({
  description,
  content: { 'application/xml': { schema: z.string() }, 'text/plain': { schema: z.literal('success').describe('nothing to say now (the answer follows later)') } },
});

export const mpVerifyRoute = createRoute({
  method: 'get',
  path: '/wechat/mp',
  tags: ['wechat'],
  summary: 'Official Account: the server check WeChat makes when the URL is saved in 服务器配置',
  parameters: [q('signature', true, 'SHA-1 of the token, timestamp and nonce'), ...SIGNED, q('echostr', true, 'echoed back once the signature holds')],
  responses: { 200: textResponse('the echostr, as given', 'text/plain'), ...errorResponses(400, 401, 403, 503) },
});

export const mpMessageRoute = createRoute({
  method: 'post',
  path: '/wechat/mp',
  tags: ['wechat'],
  summary: 'Official Account: a message from a follower (plain, compatible or safe mode)',
  parameters: [
    q('signature', true, 'SHA-1 of the token, timestamp and nonce'),
    ...SIGNED,
    q('openid', false, "the follower's id for this account"),
    q('encrypt_type', false, '`aes` in safe mode (安全模式)'),
    q('msg_signature', false, 'safe mode: SHA-1 over the token, timestamp, nonce and <Encrypt>'),
  ],
  request: { body: xmlBody('the message XML (with <Encrypt> in safe mode)') },
  responses: { 200: xmlReply('the reply XML (encrypted in safe mode)'), ...errorResponses(400, 401, 403, 413, 503) },
});

const WORK_SIGNED = [q('msg_signature', true, 'SHA-1 over the token, timestamp, nonce and the encrypted payload'), ...SIGNED];

export const workVerifyRoute = createRoute({
  method: 'get',
  path: '/wechat/work',
  tags: ['wechat'],
  summary: 'WeCom: the URL check made when the callback is saved (an encrypted echostr)',
  parameters: [...WORK_SIGNED, q('echostr', true, 'encrypted; answered with its plaintext')],
  responses: { 200: textResponse('the decrypted echostr', 'text/plain'), ...errorResponses(400, 401, 403, 503) },
});

export const workMessageRoute = createRoute({
  method: 'post',
  path: '/wechat/work',
  tags: ['wechat'],
  summary: 'WeCom: a message from a member (always encrypted)',
  parameters: WORK_SIGNED,
  request: { body: xmlBody('the message XML with <Encrypt>') },
  responses: { 200: xmlReply('the encrypted reply XML'), ...errorResponses(400, 401, 403, 413, 503) },
});
