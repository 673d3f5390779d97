/**
 * Same-origin calls to the API: the console cookie rides along, a 401 sends staff back to the
 * login, and an error carries the API's error body (its field list marks the form).
 */
import type { ErrorBody } from '../api.js';

/** A failed call: the API's message, and its body when it sent one. */
export interface ApiFailure extends Error {
  body?: Partial<ErrorBody>;
}

/** GET `path`, or POST `body` to it as JSON; resolves to the response body typed as `T`. */
export function api<T>(path: string, opts: { body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  const init: RequestInit = { method: opts.body !== undefined ? 'POST' : 'GET', headers, credentials: 'same-origin' };
  if (opts.body !== undefined) init.body = JSON.stringify(opts.body);
  return fetch(path, init).then((r) => {
    if (r.status === 401) { location.href = '/console'; throw new Error('请重新登录'); }
    return r.json().then((b: T & Partial<ErrorBody>) => {
      if (!r.ok) {
        const e: ApiFailure = new Error((b && b.error && b.error.message) || ('HTTP ' + r.status));
        e.body = b;
        throw e;
      }
      return b as T;
    }, () => { throw new Error('服务返回了无法识别的内容（HTTP ' + r.status + '）'); });
  });
}
