/**
 * The Official Account callback against the real app and PGlite with the real corpus: what a
 * WeChat user would see for each kind of message, signatures, safe and compatible mode, the
 * 5-second rule both ways, a retry storm, the rate limit and malformed input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAsk } from '../../../../src/core/answer/ask.js';
import type { AskFn, AskInput } from '../../../../src/core/answer/schema.js';
import { createApp } from '../../../../src/core/http/app.js';
import { WechatCipher } from '../../../../src/core/wechat/cipher.js';
import { loadConfig } from '../../../../src/core/config.js';
import { startFakeWechatApi, type FakeWechatApi } from '../../../support/fake-wechat-api.js';
import { useTestContext } from '../../../support/context.js';
import {
  encryptedRequest,
  messageXml,
  openEncryptedReply,
  replyFields,
  signedQuery,
  uniqueId,
} from '../../wechat/wechat-client.js';

const TOKEN = 'zzpolicytoken';
const APPID = 'wxb11529c136998cb6';
const SECRET = 'test-app-secret';
const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const BUDGET_MS = 1200;
const SLOW_MS = 2000;

const ENV = {
  WECHAT_TOKEN: TOKEN,
  WECHAT_APPID: APPID,
  WECHAT_APPSECRET: SECRET,
  WECHAT_AES_KEY: AES_KEY,
  // Plain-mode messages are tested here too (the account's compatible mode); refusing them
  // by default is tested in wechat-replay.test.ts.
  WECHAT_ALLOW_PLAIN: 'on',
  WECHAT_REPLY_BUDGET_MS: String(BUDGET_MS),
  WECHAT_RATE_LIMIT_PER_MINUTE: '6',
  WECHAT_USER_SALT: 'test-salt',
  WECHAT_MENU: JSON.stringify({ SUBSIDY: '职业培训补贴有哪些？' }),
  HOTLINE: '12333',
};

/**
 * The real answer pipeline (createAsk over the real corpus and database), watched: every call
 * is recorded, and a question containing 慢 is held back past the reply budget first, to play
 * a slow model.
 */
const calls: AskInput[] = [];
let pipeline: AskFn | undefined;
const ask: AskFn = async (input) => {
  calls.push(input);
  let question = input.question;
  if (question.includes('慢')) {
    await new Promise((r) => setTimeout(r, SLOW_MS));
    question = question.replace(/慢/g, '').trim();
  }
  pipeline ??= createAsk(ctx().deps);
  return pipeline({ ...input, question });
};
/** A policy answer as WeChat shows it: plain text naming the document. */
const POLICY_ANSWER = /郑政办〔2019〕63号/;

const ctx = useTestContext({ env: ENV, deps: { ask } });


async function post(xml: string, openidQuery: Record<string, string> = {}, app = ctx().app) {
  const q = await signedQuery(TOKEN, openidQuery);
  return app.request(`/wechat/mp?${q}`, { method: 'POST', body: xml, headers: { 'content-type': 'text/xml' } });
}

function textMsg(from: string, content: string, msgId = uniqueId()) {
  return messageXml({ from, MsgType: 'text', Content: content, MsgId: msgId });
}

/**
 * Waits until no answer that missed the window is still being computed, i.e. every late answer
 * has been stored, pushed or given up. Watching the state instead of sleeping a fixed time keeps
 * the tests right on a loaded machine, where the pipeline behind the slow answer takes longer.
 */
async function lateAnswersSettled(timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await ctx().db.query<{ n: number | string }>(
      `select count(*) as n from wechat_pending_answers where status = 'computing'`,
    );
    if (Number(rows[0]?.n ?? 0) === 0) return;
    if (Date.now() > deadline) throw new Error(`a late answer was still being computed after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('URL verification and signatures', () => {
  it('echoes echostr for a correctly signed GET', async () => {
    const q = await signedQuery(TOKEN, { echostr: '5837397520811290231' });
    const res = await ctx().app.request(`/wechat/mp?${q}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('5837397520811290231');
  });

  it('refuses a wrong signature with 403 and a missing one with 401, in the error shape', async () => {
    const q = await signedQuery('wrong-token', { echostr: 'x' });
    const bad = await ctx().app.request(`/wechat/mp?${q}`);
    expect(bad.status).toBe(403);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    const missing = await ctx().app.request('/wechat/mp?echostr=x');
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });

  it('does not process a POST with a bad signature', async () => {
    const before = calls.length;
    const q = await signedQuery('wrong-token');
    const msgId = uniqueId();
    const res = await ctx().app.request(`/wechat/mp?${q}`, { method: 'POST', body: textMsg('oBadSig', '培训补贴', msgId) });
    expect(res.status).toBe(403);
    expect(calls.length).toBe(before);
    expect(await ctx().db.query('select 1 from wechat_inbox where dedup_key = $1', [`mp:m:${msgId}`])).toHaveLength(0);
  });
});

describe('messages in plain mode', () => {
  it('answers a text question passively with plain text and the short citation', async () => {
    const res = await post(textMsg('oUserText', '职业培训补贴怎么申请'));
    expect(res.status).toBe(200);
    const f = replyFields(await res.text());
    expect(f).toMatchObject({ ToUserName: 'oUserText', FromUserName: 'gh_zzpolicy', MsgType: 'text' });
    expect(f.Content).toMatch(POLICY_ANSWER);
    expect(f.Content).toContain('职业培训补贴');
    expect(f.Content).not.toMatch(/\*\*|^#/m);
    const last = calls.at(-1)!;
    expect(last).toMatchObject({ question: '职业培训补贴怎么申请', channel: 'wechat' });
    expect(last.sessionId).toMatch(/^wx-mp-[0-9a-f]{40}$/);
  });

  it('keeps the dialogue in one session per user and never stores the openid', async () => {
    await post(textMsg('oSessionUser', '培训补贴'));
    await post(textMsg('oSessionUser', '我是农民工'));
    await post(textMsg('oOtherUser', '培训补贴'));
    const [a, b, c] = calls.slice(-3);
    expect(a!.sessionId).toBe(b!.sessionId);
    expect(c!.sessionId).not.toBe(a!.sessionId);
    const rows = await ctx().db.query<{ t: string }>(
      `select user_key as t from wechat_inbox union all select user_key from wechat_rate_hits`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.t.includes('oSessionUser'))).toBe(false);
    expect(a!.userKey).not.toContain('oSessionUser');
  });

  it('welcomes a new follower without calling the pipeline', async () => {
    const before = calls.length;
    const res = await post(messageXml({ from: 'oNewFollower', MsgType: 'event', Event: 'subscribe', EventKey: '' }));
    const f = replyFields(await res.text());
    expect(f.Content).toContain('政策助手');
    expect(f.Content).toContain('可以这样问');
    expect(f.Content).toContain('12333');
    expect(calls.length).toBe(before);
  });

  it('answers a menu CLICK with its configured question, and an unknown key politely', async () => {
    const res = await post(messageXml({ from: 'oMenuUser', MsgType: 'event', Event: 'CLICK', EventKey: 'SUBSIDY' }));
    expect(calls.at(-1)!.question).toBe('职业培训补贴有哪些？');
    expect(replyFields(await res.text()).Content).toMatch(POLICY_ANSWER);
    const before = calls.length;
    const other = await post(messageXml({ from: 'oMenuUser', MsgType: 'event', Event: 'CLICK', EventKey: 'NOPE', createTime: 1700000001 }));
    expect(replyFields(await other.text()).Content).toContain('菜单暂时没有内容');
    expect(calls.length).toBe(before);
  });

  it('answers recognised voice and says what it heard; asks for text otherwise', async () => {
    const res = await post(
      messageXml({ from: 'oVoice', MsgType: 'voice', MediaId: 'media1', Format: 'amr', Recognition: '培训补贴怎么领', MsgId: uniqueId() }),
    );
    const content = replyFields(await res.text()).Content!;
    expect(content.startsWith('我听到的是：“培训补贴怎么领”')).toBe(true);
    expect(content).toMatch(POLICY_ANSWER);
    const silent = await post(messageXml({ from: 'oVoice', MsgType: 'voice', MediaId: 'media2', Format: 'amr', MsgId: uniqueId() }));
    expect(replyFields(await silent.text()).Content).toContain('用文字再发一次');
  });

  it('replies politely to image and location messages and says nothing on unsubscribe', async () => {
    const before = calls.length;
    const img = await post(messageXml({ from: 'oPic', MsgType: 'image', PicUrl: 'http://mmbiz.qpic.cn/x', MediaId: 'm', MsgId: uniqueId() }));
    expect(replyFields(await img.text()).Content).toContain('只能看懂文字和语音');
    const loc = await post(
      messageXml({ from: 'oPic', MsgType: 'location', Location_X: '34.75', Location_Y: '113.62', Scale: '20', Label: '郑州市', MsgId: uniqueId() }),
    );
    expect(replyFields(await loc.text()).Content).toContain('只能看懂文字和语音');
    const unsub = await post(messageXml({ from: 'oPic', MsgType: 'event', Event: 'unsubscribe' }));
    expect(await unsub.text()).toBe('success');
    expect(calls.length).toBe(before);
  });
});

describe('malformed and oversized input', () => {
  it.each([
    ['broken XML', '<xml><FromUserName>o</xml>'],
    ['a DOCTYPE', '<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><FromUserName>&x;</FromUserName></xml>'],
    ['JSON', '{"MsgType":"text"}'],
    ['a message without sender', '<xml><MsgType>text</MsgType></xml>'],
  ])('answers 400 with the error body for %s', async (_label, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_request');
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await post(textMsg('oBig', '补贴'.repeat(40_000)));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });
});

describe('safe and compatible mode', () => {
  let cipher: WechatCipher;
  beforeAll(async () => {
    cipher = await WechatCipher.create(AES_KEY, APPID);
  });

  it('decrypts the message and encrypts the reply (signed)', async () => {
    const { query, body } = await encryptedRequest(TOKEN, cipher, textMsg('oSafe', '退役军人培训有补贴吗'));
    const res = await ctx().app.request(`/wechat/mp?${query}`, { method: 'POST', body });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(POLICY_ANSWER);
    const { signatureOk, fields } = await openEncryptedReply(TOKEN, cipher, text);
    expect(signatureOk).toBe(true);
    expect(fields).toMatchObject({ ToUserName: 'oSafe', MsgType: 'text' });
    expect(fields.Content).toMatch(POLICY_ANSWER);
  });

  it('uses the encrypted copy in compatible mode and answers encrypted', async () => {
    const { query, body } = await encryptedRequest(TOKEN, cipher, textMsg('oCompat', '农民工培训'), { compatible: true });
    const res = await ctx().app.request(`/wechat/mp?${query}`, { method: 'POST', body });
    const { fields } = await openEncryptedReply(TOKEN, cipher, await res.text());
    expect(fields.ToUserName).toBe('oCompat');
  });

  it('refuses a wrong msg_signature with 403 and a payload for another app with 400', async () => {
    const { query, body } = await encryptedRequest(TOKEN, cipher, textMsg('oSafe', '补贴'));
    query.set('msg_signature', '0'.repeat(40));
    const res = await ctx().app.request(`/wechat/mp?${query}`, { method: 'POST', body });
    expect(res.status).toBe(403);
    const foreign = await WechatCipher.create(AES_KEY, 'wxsomeoneelse');
    const other = await encryptedRequest(TOKEN, foreign, textMsg('oSafe', '补贴'));
    const res2 = await ctx().app.request(`/wechat/mp?${other.query}`, { method: 'POST', body: other.body });
    expect(res2.status).toBe(400);
  });
});

describe('retries and the 5-second rule', () => {
  it('answers a retry storm (3 concurrent copies on two replicas) with one pipeline call', async () => {
    const replica2 = createApp({ ...ctx().deps });
    const xml = textMsg('oStorm', '职业技能提升行动的目标任务');
    const before = calls.length;
    const replies = await Promise.all([post(xml), post(xml, {}, replica2), post(xml)]);
    expect(calls.length - before).toBe(1);
    const bodies = await Promise.all(replies.map((r) => r.text()));
    const answered = bodies.filter((b) => b !== 'success').map((b) => replyFields(b).Content);
    expect(answered.length).toBeGreaterThanOrEqual(1);
    expect(new Set(answered).size).toBe(1);
    // A later retry gets the stored reply, still without a call.
    const late = await post(xml);
    expect(replyFields(await late.text()).Content).toBe(answered[0]);
    expect(calls.length - before).toBe(1);
  });

  it('keeps a slow answer for the next message when no customer-service API is allowed', async () => {
    const before = calls.length;
    const t0 = Date.now();
    const first = await post(textMsg('oSlowNoCs', '慢 培训补贴标准'));
    expect(Date.now() - t0).toBeLessThan(BUDGET_MS + 1500);
    expect(replyFields(await first.text()).Content).toContain('回复任意内容获取答案');
    await lateAnswersSettled();
    const next = await post(textMsg('oSlowNoCs', '1'));
    const content = replyFields(await next.text()).Content!;
    expect(content).toContain('您上一个问题的答案');
    expect(content).toMatch(POLICY_ANSWER);
    expect(calls.length - before).toBe(1); // the "1" was not sent to the pipeline
    // Delivered once only: the message after that is a normal question again.
    await post(textMsg('oSlowNoCs', '培训补贴'));
    expect(calls.length - before).toBe(2);
  });

  describe('with the customer-service API', () => {
    let fake: FakeWechatApi;
    beforeAll(async () => {
      fake = await startFakeWechatApi({ appId: APPID, appSecret: SECRET, failFirstSendsWith40001: 1 });
    });
    afterAll(async () => {
      await fake.close();
    });

    it('answers success in time, then pushes the answer (refreshing the token after 40001)', async () => {
      const config = loadConfig({ ...ENV, DATA_DIR: 'memory://', WECHAT_CUSTOMER_SERVICE: 'on', WECHAT_API_BASE: fake.baseUrl });
      const app = createApp({ ...ctx().deps, config });
      const t0 = Date.now();
      const res = await post(textMsg('oSlowCs', '慢 企业新录用人员培训补贴'), {}, app);
      expect(Date.now() - t0).toBeLessThan(BUDGET_MS + 1500);
      expect(await res.text()).toBe('success');
      const [sent] = await fake.waitForSent(1, SLOW_MS + 5000);
      expect(sent!.touser).toBe('oSlowCs');
      expect(sent!.msgtype).toBe('text');
      expect(sent!.text!.content).toMatch(POLICY_ANSWER);
      expect(fake.refused.map((r) => r.errcode)).toEqual([40001]);
      expect(fake.tokenFetches).toBe(2);
      // The token is shared through the database: another replica reuses it.
      const rows = await ctx().db.query<{ token: string }>('select token from wechat_access_tokens where app_id = $1', [APPID]);
      expect(rows[0]!.token).toBe(sent!.accessToken);
    });
  });

  it('keeps the answer when WeChat refuses customer-service messages (48001) and stops relying on them', async () => {
    const refusing = await startFakeWechatApi({ appId: 'wxrefused', appSecret: SECRET, sendErrcode: 48001 });
    try {
      const config = loadConfig({ ...ENV, DATA_DIR: 'memory://', WECHAT_CUSTOMER_SERVICE: 'on', WECHAT_API_BASE: refusing.baseUrl, WECHAT_APPID: 'wxrefused' });
      const app = createApp({ ...ctx().deps, config });
      const first = await post(textMsg('oRefused', '慢 以工代训补贴多少钱'), {}, app);
      expect(await first.text()).toBe('success');
      await lateAnswersSettled();
      expect(refusing.refused.map((r) => r.errcode)).toEqual([48001]);
      const next = await post(textMsg('oRefused', '好的'), {}, app);
      expect(replyFields(await next.text()).Content).toContain('您上一个问题的答案');
      // From now on a slow answer tells the user how to get it instead of going silent.
      const again = await post(textMsg('oRefused', '慢 培训补贴标准'), {}, app);
      expect(replyFields(await again.text()).Content).toContain('回复任意内容获取答案');
    } finally {
      await refusing.close();
    }
  });

  it('limits messages per user per minute, politely, without calling the pipeline', async () => {
    // One clock reading for all eight messages: the count is per minute of the clock, and a slow
    // run could otherwise cross a minute's turn and start counting afresh (it did in CI).
    const at = new Date();
    const app = createApp({ ...ctx().deps, now: () => at });
    const before = calls.length;
    const replies: string[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await post(textMsg('oChatty', `培训补贴问题${i}`), {}, app);
      replies.push(replyFields(await res.text()).Content!);
    }
    expect(calls.length - before).toBe(6);
    expect(replies.slice(6).every((r) => r.includes('请稍等一分钟'))).toBe(true);
    // Another user is not affected.
    const other = await post(textMsg('oQuiet', '培训补贴'), {}, app);
    expect(replyFields(await other.text()).Content).toMatch(POLICY_ANSWER);
  });
});
