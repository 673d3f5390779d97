/**
 * A local stand-in for the WeChat server API on 127.0.0.1: `GET /cgi-bin/token`,
 * `POST /cgi-bin/stable_token` and `POST /cgi-bin/message/custom/send`, with the error codes
 * the real one answers (40001 for a token it did not issue or has invalidated, 40013 for a
 * wrong appid/secret). Tests read what it received.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CustomMessage {
  touser: string;
  msgtype: string;
  text?: { content: string };
  /** The token the message was sent with. */
  accessToken: string;
}

export interface FakeWechatApiOptions {
  appId: string;
  appSecret: string;
  /** Refuse the first N sends with 40001 even with a valid token (as after a token was revoked elsewhere). */
  failFirstSendsWith40001?: number;
  /** Refuse every send with this errcode (e.g. 48001 no customer-service right, 45015 window closed). */
  sendErrcode?: number;
}

export interface FakeWechatApi {
  baseUrl: string;
  tokenFetches: number;
  /** Messages accepted (errcode 0). */
  sent: CustomMessage[];
  /** Send attempts refused, with the errcode answered. */
  refused: { errcode: number; accessToken: string }[];
  /** Resolves when `n` messages have been accepted. */
  waitForSent(n: number, timeoutMs?: number): Promise<CustomMessage[]>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

export async function startFakeWechatApi(options: FakeWechatApiOptions): Promise<FakeWechatApi> {
  const valid = new Set<string>();
  let issued = 0;
  let failuresLeft = options.failFirstSendsWith40001 ?? 0;
  const waiters: { n: number; resolve: () => void }[] = [];

  const issue = () => {
    issued++;
    api.tokenFetches++;
    const token = `TOKEN_${issued}_${Math.random().toString(36).slice(2, 8)}`;
    // Like /cgi-bin/token: a new token invalidates the previous ones (the real overlap is 5 min; none here).
    valid.clear();
    valid.add(token);
    return { access_token: token, expires_in: 7200 };
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (obj: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(obj));
    };
    const body = req.method === 'POST' ? await readBody(req) : '';
    if (url.pathname === '/cgi-bin/token' && req.method === 'GET') {
      const ok =
        url.searchParams.get('grant_type') === 'client_credential' &&
        url.searchParams.get('appid') === options.appId &&
        url.searchParams.get('secret') === options.appSecret;
      return send(ok ? issue() : { errcode: 40013, errmsg: 'invalid appid' });
    }
    if (url.pathname === '/cgi-bin/stable_token' && req.method === 'POST') {
      const p = JSON.parse(body || '{}') as { appid?: string; secret?: string };
      if (p.appid !== options.appId || p.secret !== options.appSecret) return send({ errcode: 40013, errmsg: 'invalid appid' });
      return send(issue());
    }
    if (url.pathname === '/cgi-bin/message/custom/send' && req.method === 'POST') {
      const accessToken = url.searchParams.get('access_token') ?? '';
      if (!valid.has(accessToken) || failuresLeft > 0) {
        if (valid.has(accessToken)) {
          failuresLeft--;
          valid.delete(accessToken);
        }
        api.refused.push({ errcode: 40001, accessToken });
        return send({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
      }
      if (options.sendErrcode) {
        api.refused.push({ errcode: options.sendErrcode, accessToken });
        return send({ errcode: options.sendErrcode, errmsg: 'refused by the stand-in' });
      }
      const msg = JSON.parse(body) as Omit<CustomMessage, 'accessToken'>;
      api.sent.push({ ...msg, accessToken });
      for (const w of waiters.splice(0)) {
        if (api.sent.length >= w.n) w.resolve();
        else waiters.push(w);
      }
      return send({ errcode: 0, errmsg: 'ok' });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const api: FakeWechatApi = {
    baseUrl: `http://127.0.0.1:${port}`,
    tokenFetches: 0,
    sent: [],
    refused: [],
    waitForSent(n, timeoutMs = 10_000) {
      if (api.sent.length >= n) return Promise.resolve(api.sent);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${api.sent.length} of ${n} messages arrived`)), timeoutMs);
        waiters.push({
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve(api.sent);
          },
        });
      });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
  return api;
}
