/**
 * A lean HTTP/1.1 client for the load loop: one keep-alive TCP connection per worker, the
 * request written as bytes, the response read just far enough to know its status and where
 * it ends (Content-Length or chunked).
 *
 * Why not `fetch`: the client runs on the same two cores as the server, and undici's fetch
 * costs about as much CPU per request as the server's `/healthz` itself. The baseline then
 * measures the client more than the server, and every ratio to it looks better than the
 * service is (a bench with fetch put eligibility at 55 % of /healthz where a lean client put
 * it at 38 %). This client spends a few microseconds per request, so /healthz runs close to
 * what the server can do and the ratios are the server's.
 */
import { connect, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  /** Body bytes (de-chunked). */
  body: Buffer;
}

const CRLF2 = Buffer.from('\r\n\r\n');

/** One keep-alive connection; requests are sent one at a time. */
export class RawConnection {
  private socket: Socket | undefined;
  private buf: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (r: RawResponse) => void; reject: (e: Error) => void } | undefined;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  private open(): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const s = connect({ host: this.host, port: this.port, noDelay: true });
      s.once('connect', () => resolve(s));
      s.once('error', reject);
      s.on('data', (chunk: Buffer) => {
        this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
        this.tryParse();
      });
      const fail = (err: Error) => {
        if (this.socket === s) this.socket = undefined;
        const w = this.waiting;
        this.waiting = undefined;
        this.buf = Buffer.alloc(0);
        w?.reject(err);
      };
      s.on('error', fail);
      s.on('close', () => fail(new Error('connection closed')));
    });
  }

  /** Parses one complete response out of the buffer, if it is all there. */
  private tryParse(): void {
    if (!this.waiting) return;
    const headEnd = this.buf.indexOf(CRLF2);
    if (headEnd < 0) return;
    const head = this.buf.subarray(0, headEnd).toString('latin1');
    const status = Number(head.slice(9, 12));
    const lengthMatch = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    const start = headEnd + 4;
    let body: Buffer;
    let end: number;
    if (lengthMatch) {
      end = start + Number(lengthMatch[1]);
      if (this.buf.length < end) return;
      body = this.buf.subarray(start, end);
    } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      const parts: Buffer[] = [];
      let at = start;
      for (;;) {
        const lineEnd = this.buf.indexOf('\r\n', at);
        if (lineEnd < 0) return;
        const size = parseInt(this.buf.subarray(at, lineEnd).toString('latin1'), 16);
        if (size === 0) {
          // Trailer section ends with an empty line.
          const trailerEnd = this.buf.indexOf('\r\n', lineEnd + 2);
          if (trailerEnd < 0) return;
          end = trailerEnd + 2;
          break;
        }
        if (this.buf.length < lineEnd + 2 + size + 2) return;
        parts.push(this.buf.subarray(lineEnd + 2, lineEnd + 2 + size));
        at = lineEnd + 2 + size + 2;
      }
      body = Buffer.concat(parts);
    } else {
      // No length and not chunked: only allowed for bodiless statuses here.
      end = start;
      body = Buffer.alloc(0);
    }
    this.buf = this.buf.subarray(end);
    const w = this.waiting;
    this.waiting = undefined;
    w.resolve({ status, body });
  }

  /** Sends one request and resolves with its response; reconnects when the server closed. */
  async request(method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawResponse> {
    if (!this.socket || this.socket.destroyed) this.socket = await this.open();
    const payload = body === undefined ? undefined : Buffer.from(body);
    let head = `${method} ${path} HTTP/1.1\r\nhost: ${this.host}:${this.port}\r\nconnection: keep-alive\r\n`;
    for (const [k, v] of Object.entries(headers)) head += `${k}: ${v}\r\n`;
    if (payload) head += `content-length: ${payload.length}\r\n`;
    head += '\r\n';
    const socket = this.socket;
    return new Promise<RawResponse>((resolve, reject) => {
      this.waiting = { resolve, reject };
      socket.write(payload ? Buffer.concat([Buffer.from(head), payload]) : head);
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = undefined;
  }
}
