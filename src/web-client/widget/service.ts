/**
 * Talking to the service: the question (SSE when it streams, JSON otherwise), the refusal
 * check and the clause look-up.
 */
import type { AskRequest, AskResponse, ErrorBody, SearchResponse } from '../api.js';
import type { ShownAnswer } from './view.js';
import { cfg } from './config.js';
import { apiError, type AskError } from './errors.js';
import { readEvents } from './sse.js';
import { sessionId } from './session.js';

/** A simple GET (no preflight), so even a refusal comes back with a body this page can read. */
export function probeSearch(): Promise<Response> {
  return fetch(cfg.api + '/api/search?k=1&q=' + encodeURIComponent('培训'), { headers: { Accept: 'application/json' } });
}

/** Search hits for `q` (the clause panes read their full text from it). */
export function search(q: string): Promise<SearchResponse | null> {
  return fetch(cfg.api + '/api/search?k=8&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? (r.json() as Promise<SearchResponse>) : null));
}

// A refused preflight looks like a bare network error to a page. A simple GET (no
// preflight) gets the service's own 403 body, readable by this page, which says why.
function diagnose(): Promise<AskError | null> {
  return probeSearch().then((r) => {
    if (r.ok) return null;
    return r.json().then((b: ErrorBody) => apiError(b, r.status), () => null);
  }, () => null);
}

/** Asks the service; `onDelta` gets each piece of a streamed answer as it arrives. */
export function ask(question: string, onDelta: (text: string) => void): Promise<ShownAnswer> {
  const body: AskRequest = { question, sessionId: sessionId(), channel: 'web' };
  return fetch(cfg.api + '/api/ask', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream, application/json' },
    body: JSON.stringify(body),
  }).then((r) => {
    const type = r.headers.get('content-type') || '';
    if (!r.ok) {
      return r.json().then((b: ErrorBody) => { throw apiError(b, r.status); }, () => { throw apiError(null, r.status); });
    }
    if (type.indexOf('text/event-stream') < 0) return r.json() as Promise<AskResponse>;
    return readEvents(r, onDelta);
  }, (netErr: unknown) => diagnose().then((why) => { throw why || netErr; }));
}

/** What the visitor sees about a failed request (the hotline added when there is one). */
export function failureText(err: AskError | null | undefined): string {
  let msg = (err && err.userMessage) || '暂时无法连接到咨询服务，请稍后再试。';
  if (cfg.hotline) msg += '\n也可以拨打热线 ' + cfg.hotline + ' 咨询。';
  return msg;
}
