/**
 * The WeCom callback with the platform's published sample (vector B): encrypted URL
 * verification, the sample message decrypted and answered through the pipeline, and the
 * reply encrypted and signed.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAsk } from '../../../../src/core/answer/ask.js';
import type { AskFn, AskInput } from '../../../../src/core/answer/schema.js';
import { WechatCipher } from '../../../../src/core/wechat/cipher.js';
import { writeXml } from '../../../../src/core/wechat/xml.js';
import { useTestContext } from '../../../support/context.js';
import { encryptedRequest, messageXml, openEncryptedReply } from '../../wechat/wechat-client.js';

const TOKEN = 'QDG6eK';
const AES_KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const CORPID = 'wx5823bf96d3bd56c7';
const GET = {
  timestamp: '1409659589',
  nonce: '263014780',
  echostr: 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==',
  msg_signature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3',
};
const POST = {
  timestamp: '1409659813',
  nonce: '1372623149',
  msg_signature: '477715d11cdb4164915debcba66cb864d751f3e6',
  encrypt:
    'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==',
};

/** The real answer pipeline, with every call recorded. */
const calls: AskInput[] = [];
let pipeline: AskFn | undefined;
const ask: AskFn = (input) => {
  calls.push(input);
  pipeline ??= createAsk(ctx().deps);
  return pipeline(input);
};

const ctx = useTestContext({
  env: { WECOM_TOKEN: TOKEN, WECOM_AES_KEY: AES_KEY, WECOM_CORPID: CORPID, WECHAT_USER_SALT: 'salt' },
  // The published vectors were signed in September 2014: while a test sends them, the
  // signature window is checked against a clock set between the sample's verification (…589)
  // and message (…813); other tests sign their requests now.
  deps: { ask, wechatClock: () => (atSampleTime ? 1_409_659_700_000 : Date.now()) },
});
let atSampleTime = false;
beforeEach(() => {
  atSampleTime = true;
});

let cipher: WechatCipher;
beforeAll(async () => {
  cipher = await WechatCipher.create(AES_KEY, CORPID);
});

describe('GET /wechat/work', () => {
  it('answers the published verification with the decrypted plaintext alone', async () => {
    const res = await ctx().app.request(`/wechat/work?${new URLSearchParams(GET)}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('1616140317555161061');
  });

  it('reads an echostr whose + arrived unencoded', async () => {
    const raw = `msg_signature=${GET.msg_signature}&timestamp=${GET.timestamp}&nonce=${GET.nonce}&echostr=${GET.echostr}`;
    const res = await ctx().app.request(`/wechat/work?${raw}`);
    expect(await res.text()).toBe('1616140317555161061');
  });

  it('refuses a wrong or missing msg_signature', async () => {
    const bad = await ctx().app.request(`/wechat/work?${new URLSearchParams({ ...GET, msg_signature: 'f'.repeat(40) })}`);
    expect(bad.status).toBe(403);
    const missing = await ctx().app.request(`/wechat/work?${new URLSearchParams({ echostr: GET.echostr })}`);
    expect(missing.status).toBe(401);
  });
});

describe('POST /wechat/work', () => {
  it('decrypts the published message (Content hello) and answers encrypted through the pipeline', async () => {
    const body = writeXml({ ToUserName: CORPID, AgentID: 218, Encrypt: POST.encrypt });
    const q = new URLSearchParams({ msg_signature: POST.msg_signature, timestamp: POST.timestamp, nonce: POST.nonce });
    const res = await ctx().app.request(`/wechat/work?${q}`, { method: 'POST', body });
    expect(res.status).toBe(200);
    expect(calls.at(-1)).toMatchObject({ question: 'hello', channel: 'wechat' });
    expect(calls.at(-1)!.sessionId).toMatch(/^wx-work-/);
    const { signatureOk, fields } = await openEncryptedReply(TOKEN, cipher, await res.text());
    expect(signatureOk).toBe(true);
    expect(fields).toMatchObject({ ToUserName: 'mycreate', FromUserName: CORPID, MsgType: 'text' });
    // 'hello' is chit-chat: the pipeline declines politely and says what it can do.
    expect(fields.Content).toContain('郑政办〔2019〕63号');
    // The same message again (MsgId 4561255354251345929) is a retry: same answer, no new call.
    const count = calls.length;
    const again = await ctx().app.request(`/wechat/work?${q}`, { method: 'POST', body });
    expect((await openEncryptedReply(TOKEN, cipher, await again.text())).fields.Content).toBe(fields.Content);
    expect(calls.length).toBe(count);
    const rows = await ctx().db.query('select 1 from wechat_inbox where dedup_key = $1', ['work:m:4561255354251345929']);
    expect(rows).toHaveLength(1);
  });

  it('answers an encrypted enter_agent event with the welcome', async () => {
    atSampleTime = false;
    const inner = messageXml({ to: CORPID, from: 'zhangsan', MsgType: 'event', Event: 'enter_agent', AgentID: '218' });
    const { query, body } = await encryptedRequest(TOKEN, cipher, inner, { toUser: CORPID });
    query.delete('signature');
    const res = await ctx().app.request(`/wechat/work?${query}`, { method: 'POST', body });
    const { fields } = await openEncryptedReply(TOKEN, cipher, await res.text());
    expect(fields.Content).toContain('政策助手');
  });

  it('refuses a tampered payload (403) and malformed XML (400) without answering', async () => {
    const count = calls.length;
    const q = new URLSearchParams({ msg_signature: POST.msg_signature, timestamp: POST.timestamp, nonce: POST.nonce });
    const tampered = writeXml({ ToUserName: CORPID, Encrypt: `B${POST.encrypt.slice(1)}` });
    expect((await ctx().app.request(`/wechat/work?${q}`, { method: 'POST', body: tampered })).status).toBe(403);
    expect((await ctx().app.request(`/wechat/work?${q}`, { method: 'POST', body: '<xml><Encrypt>' })).status).toBe(400);
    atSampleTime = false;
    const unrelated = await encryptedRequest(TOKEN, cipher, `<xml><FromUserName>u</FromUserName></xml>`, { toUser: CORPID });
    expect((await ctx().app.request(`/wechat/work?${unrelated.query}`, { method: 'POST', body: unrelated.body })).status).toBe(400);
    expect(calls.length).toBe(count);
  });
});
