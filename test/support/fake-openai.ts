/**
 * A real HTTP server on 127.0.0.1 (random port) that speaks the OpenAI chat-completions API,
 * JSON and streaming (SSE), with scripted replies — so LLM tests go through the real `openai`
 * client and real sockets. Scripts: a reply text, a slow reply, an HTTP error, a stream that
 * breaks half-way. Every request body is recorded for assertions.
 *
 *   const fake = await startFakeOpenAI();
 *   fake.script({ kind: 'text', text: '…' });      // next request(s) get this
 *   env: { OPENAI_BASE_URL: fake.baseUrl, OPENAI_API_KEY: 'test', LLM_MODEL: 'fake' }
 *   await fake.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeReply =
  | { kind: 'text'; text: string }
  /** The reply, after `delayMs` (the test's time budget is shorter). */
  | { kind: 'slow'; text: string; delayMs: number }
  | { kind: 'status'; status: number; message?: string }
  /** Sends the first half of `text` as stream chunks, then cuts the connection. */
  | { kind: 'broken'; text: string };

export interface FakeRequest {
  path: string;
  authorization?: string;
  body: {
    model?: string;
    stream?: boolean;
    messages?: Array<{ role: string; content: string }>;
    [k: string]: unknown;
  };
}

export interface FakeOpenAI {
  /** `http://127.0.0.1:PORT/v1` — give it as OPENAI_BASE_URL. */
  baseUrl: string;
  /** Requests received so far. */
  requests: FakeRequest[];
  /** Sets the reply for every following request (or a function choosing per request). */
  script(reply: FakeReply | ((req: FakeRequest) => FakeReply)): void;
  close(): Promise<void>;
}

function completionJson(text: string, model: string) {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function chunk(model: string, delta: Record<string, string>, finish: string | null) {
  return `data: ${JSON.stringify({
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
  })}\n\n`;
}

/** Pieces of a text the way models stream: a few characters at a time. */
function pieces(text: string, size = 8): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const p of req) parts.push(p as Uint8Array);
  return Buffer.concat(parts).toString('utf8');
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  let chooser: (req: FakeRequest) => FakeReply = () => ({ kind: 'status', status: 500, message: 'no script' });
  const requests: FakeRequest[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    let body: FakeRequest['body'] = {};
    try {
      body = JSON.parse(raw) as FakeRequest['body'];
    } catch {
      // keep {}
    }
    const request: FakeRequest = { path: req.url ?? '', body, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) };
    requests.push(request);
    if (!req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const reply = chooser(request);
    const model = body.model ?? 'fake';

    if (reply.kind === 'status') {
      res
        .writeHead(reply.status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: reply.message ?? 'scripted failure', type: 'server_error' } }));
      return;
    }
    if (reply.kind === 'slow') {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          timers.delete(t);
          resolve();
        }, reply.delayMs);
        timers.add(t);
        res.on('close', () => {
          clearTimeout(t);
          timers.delete(t);
          resolve();
        });
      });
      if (res.destroyed || res.writableEnded) return;
    }
    const text = reply.text;
    if (!body.stream) {
      if (reply.kind === 'broken') {
        res.socket?.destroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completionJson(text, model)));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write(chunk(model, { role: 'assistant', content: '' }, null));
    const parts = pieces(text);
    if (reply.kind === 'broken') {
      for (const p of parts.slice(0, Math.max(1, Math.floor(parts.length / 2)))) res.write(chunk(model, { content: p }, null));
      // Let the chunks reach the client, then drop the connection mid-stream.
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    for (const p of parts) res.write(chunk(model, { content: p }, null));
    res.write(chunk(model, {}, 'stop'));
    res.end('data: [DONE]\n\n');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script(reply) {
      chooser = typeof reply === 'function' ? reply : () => reply;
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
