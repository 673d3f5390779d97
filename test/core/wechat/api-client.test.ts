/** The access_token shared through the database by several replicas, against the local WeChat stand-in. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/core/db/migrate.js';
import type { Db } from '../../../src/core/db/types.js';
import { WechatApiClient, WechatApiError } from '../../../src/core/wechat/api-client.js';
import { loadMigrations } from '../../../src/node/migrations-fs.js';
import { startFakeWechatApi, type FakeWechatApi } from '../../support/fake-wechat-api.js';
import { openTestDb } from '../../support/context.js';

const APPID = 'wxtokenshare';
const SECRET = 'secret';

let db: Db;
let dispose: () => Promise<void>;
let fake: FakeWechatApi;

beforeAll(async () => {
  ({ db, dispose } = await openTestDb());
  await migrate(db, await loadMigrations());
  fake = await startFakeWechatApi({ appId: APPID, appSecret: SECRET });
});
afterAll(async () => {
  await fake.close();
  await dispose();
});

const client = (over: Partial<ConstructorParameters<typeof WechatApiClient>[0]> = {}) =>
  new WechatApiClient({ db, baseUrl: fake.baseUrl, appId: APPID, appSecret: SECRET, ...over });

describe('WechatApiClient', () => {
  it('fetches the token once for several replicas asking together, then serves it from the database', async () => {
    const replicas = [client(), client(), client()];
    const tokens = await Promise.all(replicas.map((r) => r.accessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(fake.tokenFetches).toBe(1);
    expect(await client().accessToken()).toBe(tokens[0]);
    expect(fake.tokenFetches).toBe(1);
  });

  it('refreshes a token about to expire', async () => {
    const old = await client().accessToken();
    const later = client({ now: () => Date.now() + 7200_000 });
    const fresh = await later.accessToken();
    expect(fake.tokenFetches).toBe(2);
    expect(fresh).not.toBe(old);
    // Every replica now gets the refreshed token.
    expect(await client().accessToken()).toBe(fresh);
  });

  it('sends a customer-service text and reports WeChat refusals with their errcode', async () => {
    await client().sendCustomText('oOpenid', '答案');
    expect(fake.sent.at(-1)).toMatchObject({ touser: 'oOpenid', msgtype: 'text', text: { content: '答案' } });
    const refusing = await startFakeWechatApi({ appId: APPID, appSecret: SECRET, sendErrcode: 48001 });
    try {
      const err = await new WechatApiClient({ db, baseUrl: refusing.baseUrl, appId: 'other', appSecret: SECRET })
        .sendCustomText('o', 'x')
        .catch((e: unknown) => e);
      // 'other' is not the stand-in's appid: the token fetch itself is refused (40013).
      expect(err).toBeInstanceOf(WechatApiError);
      expect((err as WechatApiError).errcode).toBe(40013);
      const err2 = await new WechatApiClient({ db, baseUrl: refusing.baseUrl, appId: APPID, appSecret: SECRET, stableToken: true, now: () => Date.now() + 99 * 3600_000 })
        .sendCustomText('o', 'x')
        .catch((e: unknown) => e);
      expect((err2 as WechatApiError).errcode).toBe(48001);
    } finally {
      await refusing.close();
    }
  });
});
