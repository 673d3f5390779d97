/**
 * The client address behind reverse proxies, over real sockets: by default X-Forwarded-For is
 * ignored (a client could write anything there), so everyone behind one proxy shares one
 * budget; with TRUST_PROXY_HOPS=1 the address the proxy appended is the client, and whatever
 * the client wrote to the left of it is still ignored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../../src/core/http/app.js';
import { useTestContext } from '../../../support/context.js';
import { listen, type Served } from '../../../support/listen.js';

const ctx = useTestContext({ documents: false, env: { RATE_LIMIT_PER_MINUTE: '3' } });

async function statusFrom(served: Served, forwardedFor: string): Promise<number> {
  const res = await fetch(`${served.origin}/api/subsidies`, { headers: { 'X-Forwarded-For': forwardedFor } });
  await res.arrayBuffer();
  return res.status;
}

describe('TRUST_PROXY_HOPS=0 (the default)', () => {
  let served: Served;
  beforeAll(async () => {
    served = await listen(ctx().app);
  });
  afterAll(() => served.close());

  it('keys clients by the socket: a made-up X-Forwarded-For does not buy a new budget', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push(await statusFrom(served, `203.0.113.${i}`));
    expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});

describe('TRUST_PROXY_HOPS=1 (one nginx in front)', () => {
  let served: Served;
  beforeAll(async () => {
    served = await listen(createApp({ ...ctx().deps, config: { ...ctx().config, TRUST_PROXY_HOPS: 1 } }));
  });
  afterAll(() => served.close());

  it('gives each client behind the proxy its own budget, keyed by the address the proxy appended', async () => {
    for (let i = 0; i < 3; i++) expect(await statusFrom(served, '198.51.100.7')).not.toBe(429);
    expect(await statusFrom(served, '198.51.100.7')).toBe(429);
    // Another client behind the same proxy is not affected.
    expect(await statusFrom(served, '198.51.100.8')).not.toBe(429);
    // The limited client cannot escape by writing its own entries to the left.
    expect(await statusFrom(served, '10.9.9.9, 198.51.100.7')).toBe(429);
  });
});
