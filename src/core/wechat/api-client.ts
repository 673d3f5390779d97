/**
 * The few WeChat server APIs the callback needs: the access_token (fetched by one replica at a
 * time, cached and shared through `wechat_access_tokens`, refreshed when WeChat says it is
 * invalid or expired) and the customer-service text message used after the 5-second window.
 */
import type { Db } from '../db/types.js';
import type { Log } from '../log.js';
import { sleep } from './deadline.js';

export interface WechatApiOptions {
  db: Db;
  /** `https://api.weixin.qq.com`, or a local stand-in in tests. */
  baseUrl: string;
  appId: string;
  appSecret: string;
  /** Use `POST /cgi-bin/stable_token` (does not invalidate other holders' tokens). */
  stableToken?: boolean;
  fetch?: typeof fetch;
  now?: () => number;
  log?: Log;
  /** Per-call network timeout (default 4 s). */
  timeoutMs?: number;
}

/** A WeChat API error: `errcode` as WeChat sent it (45015 window expired, 45047 quota, 48001 no right …). */
export class WechatApiError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`WeChat API error ${errcode}: ${errmsg}`);
    this.name = 'WechatApiError';
  }
}

/** Error codes meaning "this access_token is not (or no longer) valid". */
const TOKEN_INVALID = new Set([40001, 40014, 42001]);
/** Refresh this long before WeChat's stated expiry. */
const EXPIRY_MARGIN_MS = 5 * 60_000;
const LEASE_MS = 10_000;

interface TokenRow {
  token: string | null;
  expires_at: string | Date | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Client for one Official Account (or WeCom app) and its shared access_token. */
export class WechatApiClient {
  private readonly fetchFn: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly options: WechatApiOptions) {
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.now = options.now ?? Date.now;
  }

  /** A valid access_token: the shared one, or a fresh one when it is missing or about to expire. */
  async accessToken(): Promise<string> {
    const { db, appId } = this.options;
    const cached = await this.readValid();
    if (cached) return cached;
    await db.query(
      'INSERT INTO wechat_access_tokens (app_id, updated_at) VALUES ($1, $2) ON CONFLICT (app_id) DO NOTHING',
      [appId, iso(this.now())],
    );
    const t = this.now();
    const lease = await db.query(
      `UPDATE wechat_access_tokens SET lease_until = $2, updated_at = $3
       WHERE app_id = $1 AND (lease_until IS NULL OR lease_until < $3)
         AND (token IS NULL OR expires_at IS NULL OR expires_at <= $4)
       RETURNING app_id`,
      [appId, iso(t + LEASE_MS), iso(t), iso(t + EXPIRY_MARGIN_MS)],
    );
    if (lease.length === 0) {
      // Another replica is refreshing (or just did): wait for its token rather than invalidate it.
      for (let waited = 0; waited < 3000; waited += 100) {
        const fresh = await this.readValid();
        if (fresh) return fresh;
        await sleep(100);
      }
    }
    try {
      const { token, expiresIn } = await this.fetchToken();
      const now = this.now();
      await db.query(
        `UPDATE wechat_access_tokens SET token = $2, expires_at = $3, lease_until = NULL, updated_at = $4 WHERE app_id = $1`,
        [appId, token, iso(now + expiresIn * 1000), iso(now)],
      );
      return token;
    } catch (err) {
      await db.query('UPDATE wechat_access_tokens SET lease_until = NULL WHERE app_id = $1', [appId]);
      throw err;
    }
  }

  /** Marks `token` as unusable for every replica (after WeChat answered 40001/42001 with it). */
  async invalidate(token: string): Promise<void> {
    await this.options.db.query(
      'UPDATE wechat_access_tokens SET expires_at = $3, updated_at = $3 WHERE app_id = $1 AND token = $2',
      [this.options.appId, token, iso(this.now())],
    );
  }

  /** Sends a customer-service text message to `openid`; throws WechatApiError on refusal. */
  async sendCustomText(openid: string, content: string): Promise<void> {
    const body = JSON.stringify({ touser: openid, msgtype: 'text', text: { content } });
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken();
      const res = await this.call(`/cgi-bin/message/custom/send?access_token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body,
      });
      const errcode = Number(res.errcode ?? 0);
      if (errcode === 0) return;
      if (TOKEN_INVALID.has(errcode) && attempt === 0) {
        this.options.log?.('warn', 'wechat access_token refused, refreshing', { errcode });
        await this.invalidate(token);
        continue;
      }
      throw new WechatApiError(errcode, String(res.errmsg ?? ''));
    }
  }

  private async readValid(): Promise<string | undefined> {
    const rows = await this.options.db.query<TokenRow>(
      'SELECT token, expires_at FROM wechat_access_tokens WHERE app_id = $1',
      [this.options.appId],
    );
    const row = rows[0];
    if (!row?.token || !row.expires_at) return undefined;
    return new Date(row.expires_at).getTime() - EXPIRY_MARGIN_MS > this.now() ? row.token : undefined;
  }

  private async fetchToken(): Promise<{ token: string; expiresIn: number }> {
    const { appId, appSecret, stableToken } = this.options;
    const res = stableToken
      ? await this.call('/cgi-bin/stable_token', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ grant_type: 'client_credential', appid: appId, secret: appSecret, force_refresh: false }),
        })
      : await this.call(
          `/cgi-bin/token?grant_type=client_credential&appid=${encodeURIComponent(appId)}&secret=${encodeURIComponent(appSecret)}`,
          { method: 'GET' },
        );
    if (typeof res.access_token !== 'string' || res.access_token === '') {
      throw new WechatApiError(Number(res.errcode ?? -1), String(res.errmsg ?? 'no access_token in answer'));
    }
    const expiresIn = Number(res.expires_in);
    return { token: res.access_token, expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 7200 };
  }

  private async call(path: string, init: RequestInit): Promise<Record<string, unknown>> {
    const url = this.options.baseUrl.replace(/\/+$/, '') + path;
    const res = await this.fetchFn(url, { ...init, signal: AbortSignal.timeout(this.options.timeoutMs ?? 4000) });
    if (!res.ok) throw new WechatApiError(-res.status, `HTTP ${res.status}`);
    const json = (await res.json()) as unknown;
    if (typeof json !== 'object' || json === null) throw new WechatApiError(-1, 'answer is not a JSON object');
    return json as Record<string, unknown>;
  }
}
