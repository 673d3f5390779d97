/**
 * Eligibility answers are memoised by request body and day (eligibility-memo.ts): a body sent
 * again gets the same answer, a new day re-evaluates it (the plan's period and parameters
 * depend on the date), and a bad body is refused whatever was answered before.
 */
import { describe, expect, it } from 'vitest';
import { createResponseMemo } from '../../../../src/core/http/routes/eligibility-memo.js';
import { useTestContext } from '../../../support/context.js';

let clock = new Date('2021-12-31T04:00:00Z');
const ctx = useTestContext({ documents: false, deps: { now: () => clock } });

const body = JSON.stringify({
  applicant: {
    type: 'employer',
    entity: 'enterprise',
    hires: [{ group: 'poor_labor', count: 6, monthsEmployed: 6, onJobTrainingMonths: 6, preJobTrainingSubsidy: false }],
  },
});
const post = (text: string) => ctx().app.request('/api/eligibility', { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });

describe('eligibility answers asked again', () => {
  it('are the same JSON for the same body on the same day, and evaluated again on the next day', async () => {
    const a = await post(body);
    const b = await post(body);
    expect(a.status).toBe(200);
    expect(b.headers.get('content-type')).toBe(a.headers.get('content-type'));
    const first = await a.text();
    expect(await b.text()).toBe(first);
    expect(JSON.parse(first)).toMatchObject({ asOf: '2021-12-31', policy: { inForce: true } });

    clock = new Date('2022-01-01T04:00:00Z');
    const next = (await (await post(body)).json()) as { asOf: string; policy: { inForce: boolean }; results: { status: string }[] };
    expect(next.asOf).toBe('2022-01-01');
    expect(next.policy.inForce).toBe(false);
  });

  it('never answer a bad body from an earlier good one', async () => {
    expect((await post(body)).status).toBe(200);
    const bad = await post(body.replace('"count":6', '"count":-6'));
    expect(bad.status).toBe(400);
  });

  it("keep a body's answer from its second time on, small bodies only, the newest entries", () => {
    const memo = createResponseMemo(2);
    const bytes = (s: string) => new TextEncoder().encode(s);
    const twice = (body: string, json: string) => {
      memo.set(body, 'd', bytes(json));
      memo.set(body, 'd', bytes(json));
    };
    memo.set('once', 'd', bytes('{"once":1}'));
    expect(memo.get('once', 'd')).toBeUndefined();
    twice('a', '{"a":1}');
    twice('b', '{"b":1}');
    twice('c', '{"c":1}');
    expect(memo.get('a', 'd')).toBeUndefined();
    expect(new TextDecoder().decode(memo.get('c', 'd'))).toBe('{"c":1}');
    expect(memo.get('c', 'e')).toBeUndefined();
    const big = 'x'.repeat(5000);
    twice(big, '{}');
    expect(memo.get(big, 'd')).toBeUndefined();
  });
});
