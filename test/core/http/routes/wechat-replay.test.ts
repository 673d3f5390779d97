/**
 * The attacks on the WeChat callbacks (issue 13, finding 1), each replayed against the real app
 * and database: a signed query leaked from a proxy log reused with an old timestamp or with
 * another body, plaintext sent to an account that has an AES key, and a flood of forged
 * senders from one address. Each must now be refused before the pipeline runs; WeChat's own
 * retries (same query, same body) must still be answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAsk } from '../../../../src/core/answer/ask.js';
import type { AskFn } from '../../../../src/core/answer/schema.js';
import { createApp } from '../../../../src/core/http/app.js';
import { WechatCipher } from '../../../../src/core/wechat/cipher.js';
import { signParts } from '../../../../src/core/wechat/signature.js';
import { writeXml } from '../../../../src/core/wechat/xml.js';
import { useTestContext } from '../../../support/context.js';
import { listen, type Served } from '../../../support/listen.js';
import { encryptedRequest, messageXml, replyFields, signedQuery, uniqueId } from '../../wechat/wechat-client.js';

const TOKEN = 'replay-test-token';
const APPID = 'wxb11529c136998cb6';
const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const JAN_2001 = 978_307_200;

/** Questions that reached the real pipeline, and from whom. */
const asked: { question: string; sessionId?: string }[] = [];
let pipeline: AskFn | undefined;
const ask: AskFn = (input) => {
  asked.push({ question: input.question, ...(input.sessionId ? { sessionId: input.sessionId } : {}) });
  pipeline ??= createAsk(ctx().deps);
  return pipeline(input);
};

const ctx = useTestContext({
  env: { WECHAT_TOKEN: TOKEN, WECHAT_APPID: APPID, WECHAT_USER_SALT: 'replay', WECHAT_RATE_LIMIT_PER_MINUTE: '0' },
  deps: { ask },
});

/** A plain-mode query signed with `token` at the given Unix time. */
async function queryAt(seconds: number, nonce = uniqueId()): Promise<URLSearchParams> {
  const timestamp = String(seconds);
  return new URLSearchParams({ signature: await signParts([TOKEN, timestamp, nonce]), timestamp, nonce });
}

const text = (from: string, content: string) => messageXml({ from, MsgType: 'text', Content: content, MsgId: uniqueId() });

async function inboxRows(): Promise<number> {
  const rows = await ctx().db.query<{ n: number | string }>('select count(*) as n from wechat_inbox');
  return Number(rows[0]?.n ?? 0);
}

describe('a leaked signature on the Official Account callback', () => {
  it('refuses a 2001 timestamp (and one an hour ahead) before anything is processed', async () => {
    const before = { asked: asked.length, inbox: await inboxRows() };
    for (const seconds of [JAN_2001, Math.floor(Date.now() / 1000) + 3600]) {
      const q = await queryAt(seconds);
      const res = await ctx().app.request(`/wechat/mp?${q}`, { method: 'POST', body: text('oVictim', '我的补贴申请进度') });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
      const verify = await ctx().app.request(`/wechat/mp?${q}&echostr=123`);
      expect(verify.status).toBe(403);
    }
    expect(asked.length).toBe(before.asked);
    expect(await inboxRows()).toBe(before.inbox);
  });

  it('answers a signed query once per body: a retry gets the stored reply, another body is refused', async () => {
    const q = await queryAt(Math.floor(Date.now() / 1000));
    const victim = text('oVictimA', '以工代训补贴多少钱');
    const first = await ctx().app.request(`/wechat/mp?${q}`, { method: 'POST', body: victim });
    expect(first.status).toBe(200);
    const answer = replyFields(await first.text()).Content;
    expect(answer).toBeTruthy();
    const calls = asked.length;

    // WeChat's retry: the same query and the same body.
    const retry = await ctx().app.request(`/wechat/mp?${q}`, { method: 'POST', body: victim });
    expect(retry.status).toBe(200);
    expect(replyFields(await retry.text()).Content).toBe(answer);

    // The attacker reuses the triple with their own message, as the victim or as anyone.
    for (const forged of [text('oVictimA', '继续，刚才说的是什么'), text('oAttacker', '培训补贴')]) {
      const res = await ctx().app.request(`/wechat/mp?${q}`, { method: 'POST', body: forged });
      expect(res.status).toBe(403);
    }
    expect(asked.length).toBe(calls);
  });

  it('shares the memory of used nonces between replicas (it is in the database)', async () => {
    const replica2 = createApp({ ...ctx().deps });
    const q = await queryAt(Math.floor(Date.now() / 1000));
    expect((await ctx().app.request(`/wechat/mp?${q}`, { method: 'POST', body: text('oR1', '培训补贴') })).status).toBe(200);
    expect((await replica2.request(`/wechat/mp?${q}`, { method: 'POST', body: text('oR2', '培训补贴') })).status).toBe(403);
  });
});

describe('plaintext on an account with an AES key', () => {
  const withKey = (allowPlain: boolean) =>
    createApp({ ...ctx().deps, config: { ...ctx().config, WECHAT_AES_KEY: AES_KEY, WECHAT_ALLOW_PLAIN: allowPlain } });

  it('refuses a plaintext message (no encrypt_type=aes) without processing it', async () => {
    const calls = asked.length;
    const q = await signedQuery(TOKEN);
    const res = await withKey(false).request(`/wechat/mp?${q}`, { method: 'POST', body: text('oPlain', '培训补贴') });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('安全模式');
    expect(asked.length).toBe(calls);
  });

  it('still answers the same message in safe mode, and plaintext when WECHAT_ALLOW_PLAIN is on', async () => {
    const cipher = await WechatCipher.create(AES_KEY, APPID);
    const { query, body } = await encryptedRequest(TOKEN, cipher, text('oSafeOk', '培训补贴'));
    expect((await withKey(false).request(`/wechat/mp?${query}`, { method: 'POST', body })).status).toBe(200);
    const q = await signedQuery(TOKEN);
    const plain = await withKey(true).request(`/wechat/mp?${q}`, { method: 'POST', body: text('oPlainOk', '培训补贴') });
    expect(plain.status).toBe(200);
    expect(replyFields(await plain.text()).Content).toBeTruthy();
  });
});

describe('a flood of forged senders from one address', () => {
  let served: Served;
  beforeAll(async () => {
    // The limiter counts per minute of the clock: one clock reading for the whole flood, so the
    // count cannot restart at a minute's turn while 150 messages are sent (the signatures' window
    // is minutes wide, so they still pass).
    const at = new Date();
    served = await listen(createApp({ ...ctx().deps, now: () => at, config: { ...ctx().config, WECHAT_RATE_LIMIT_PER_ADDRESS: 100 } }));
  });
  afterAll(() => served.close());

  it('limits /wechat/mp per source address, whatever openids the messages claim', async () => {
    const calls = asked.length;
    const statuses: number[] = [];
    // Sequential, as one client would: 150 senders, each message validly signed.
    for (let i = 0; i < 150; i++) {
      const q = await signedQuery(TOKEN);
      const res = await fetch(`${served.origin}/wechat/mp?${q}`, { method: 'POST', body: text(`oForged${i}`, '你好') });
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 200).length).toBe(100);
    expect(statuses.slice(100).every((s) => s === 429)).toBe(true);
    expect(asked.length - calls).toBeLessThanOrEqual(100);
    // Unsigned noise from the same address is limited too (counted before the signature check).
    const noise = await fetch(`${served.origin}/wechat/mp?signature=x&timestamp=1&nonce=2`, { method: 'POST', body: '<xml/>' });
    expect(noise.status).toBe(429);
  });
});

describe('the WeCom callback', () => {
  const CORP = 'wx5823bf96d3bd56c7';
  const WECOM_AES = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
  const wecom = () =>
    createApp({ ...ctx().deps, config: { ...ctx().config, WECOM_TOKEN: 'QDG6eK', WECOM_AES_KEY: WECOM_AES, WECOM_CORPID: CORP } });

  it('refuses the published 2014 sample today: its timestamp is outside the window', async () => {
    const sample = {
      timestamp: '1409659813',
      nonce: '1372623149',
      msg_signature: '477715d11cdb4164915debcba66cb864d751f3e6',
    };
    const encrypt =
      'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==';
    const calls = asked.length;
    const res = await wecom().request(`/wechat/work?${new URLSearchParams(sample)}`, {
      method: 'POST',
      body: writeXml({ ToUserName: CORP, AgentID: 218, Encrypt: encrypt }),
    });
    expect(res.status).toBe(403);
    expect(asked.length).toBe(calls);
  });

  it('answers a fresh message and its retry, and refuses the same nonce with another payload', async () => {
    const app = wecom();
    const cipher = await WechatCipher.create(WECOM_AES, CORP);
    const inner = messageXml({ to: CORP, from: 'lisi', MsgType: 'text', Content: '培训补贴', MsgId: uniqueId(), AgentID: '218' });
    const { query, body } = await encryptedRequest('QDG6eK', cipher, inner, { toUser: CORP });
    expect((await app.request(`/wechat/work?${query}`, { method: 'POST', body })).status).toBe(200);
    expect((await app.request(`/wechat/work?${query}`, { method: 'POST', body })).status).toBe(200);
    // Same timestamp and nonce, another payload, correctly signed (as with a leaked token).
    const other = await cipher.encrypt(messageXml({ to: CORP, from: 'lisi', MsgType: 'text', Content: '你好', MsgId: uniqueId() }));
    const q2 = new URLSearchParams(query);
    q2.set('msg_signature', await signParts(['QDG6eK', query.get('timestamp')!, query.get('nonce')!, other]));
    const replay = await app.request(`/wechat/work?${q2}`, { method: 'POST', body: writeXml({ ToUserName: CORP, Encrypt: other }) });
    expect(replay.status).toBe(403);
  });
});
