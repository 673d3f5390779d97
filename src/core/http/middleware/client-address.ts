/**
 * Who a request came from, for rate limits and login throttles. By default only what a client
 * cannot forge: the socket's peer under Node, the platform's `CF-Connecting-IP` on Workers. An
 * `X-Forwarded-For` header is read only when the operator says how many reverse proxies stand
 * in front (TRUST_PROXY_HOPS): each proxy appends the address it received the request from,
 * so with N trusted proxies the client is the N-th address from the right (counting the socket
 * peer as the last). Entries further left were written by the client and are never used.
 */
import type { Context } from 'hono';

/** The socket peer under @hono/node-server, if this request came through one. */
function socketPeer(c: Context): string | undefined | null {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  if (!incoming) return null;
  return incoming.socket?.remoteAddress;
}

/**
 * The address the request came from, without trusting headers a client can set: under the
 * Node server the socket peer is always known; elsewhere (Workers, in-process tests) only
 * the platform's own `CF-Connecting-IP` is read.
 */
export function defaultClientAddress(c: Context): string | undefined {
  const peer = socketPeer(c);
  if (peer !== null) return peer;
  return c.req.header('CF-Connecting-IP') ?? undefined;
}

/** The client address resolver for `trustedHops` proxies in front (0: the default one). */
export function clientAddressResolver(trustedHops: number): (c: Context) => string | undefined {
  if (trustedHops <= 0) return defaultClientAddress;
  return (c) => {
    const peer = socketPeer(c);
    // Workers and in-process calls: the platform already names the client.
    if (peer === null || peer === undefined) return defaultClientAddress(c);
    const forwarded = (c.req.header('X-Forwarded-For') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const chain = [...forwarded, peer];
    // With fewer entries than trusted hops, the leftmost one is the best that is known.
    return chain[Math.max(0, chain.length - 1 - trustedHops)];
  };
}
