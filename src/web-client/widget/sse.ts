/**
 * Reads `/api/ask`'s event stream: deltas as they come, then the final answer. Browsers
 * without streaming bodies read it whole.
 */
import { apiError, type AskError } from './errors.js';
import type { ShownAnswer } from './view.js';

/** The answer a stream ends with, its pieces passed to `onDelta` on the way. */
export function readEvents(r: Response, onDelta: (text: string) => void): Promise<ShownAnswer> {
  let final: unknown = null;
  let failure: AskError | null = null;
  let streamed = '';
  function onEvent(name: string, data: string) {
    let v: unknown = data;
    try { v = JSON.parse(data); } catch (e) { v = data; }
    if (name === 'delta' || name === 'message') {
      const o = v as { text?: string; delta?: string; content?: string } | null;
      const t = typeof v === 'string' ? v : (o && (o.text || o.delta || o.content)) || '';
      if (t) { streamed += t; onDelta(t); }
    } else if (name === 'done' || name === 'answer' || name === 'final') {
      final = v;
    } else if (name === 'error') {
      failure = apiError(v as Parameters<typeof apiError>[0], 0);
    }
  }
  let buf = '';
  function drain(end: boolean) {
    buf = buf.replace(/\r\n?/g, '\n');
    let i: number;
    while ((i = buf.indexOf('\n\n')) >= 0) { dispatch(buf.slice(0, i)); buf = buf.slice(i + 2); }
    if (end && buf.replace(/\s+/g, '')) { dispatch(buf); buf = ''; }
  }
  function dispatch(block: string) {
    let name = 'message';
    const data: string[] = [];
    block.split('\n').forEach((line) => {
      if (!line || line.charAt(0) === ':') return;
      const c = line.indexOf(':');
      const field = c < 0 ? line : line.slice(0, c);
      let val = c < 0 ? '' : line.slice(c + 1);
      if (val.charAt(0) === ' ') val = val.slice(1);
      if (field === 'event') name = val; else if (field === 'data') data.push(val);
    });
    if (data.length) onEvent(name, data.join('\n'));
  }
  function result(): ShownAnswer {
    if (failure) throw failure;
    if (final && typeof final === 'object') return final as ShownAnswer;
    // A stream cut before its final event: what came is the answer, without the rest.
    if (streamed) return { answer: streamed, citations: [] };
    throw apiError(null, 0);
  }
  if (!r.body || !r.body.getReader || typeof TextDecoder !== 'function') {
    return r.text().then((t) => { buf = t; drain(true); return result(); });
  }
  const reader = r.body.getReader();
  const dec = new TextDecoder();
  function pump(): Promise<ShownAnswer> {
    return reader.read().then((x) => {
      if (x.done) { buf += dec.decode(); drain(true); return result(); }
      buf += dec.decode(x.value, { stream: true });
      drain(false);
      return pump();
    });
  }
  return pump();
}
