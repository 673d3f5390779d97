/** The bot supervisor: back-off restarts after a failed build and after a logout, on the mock puppet. */
import { afterEach, expect, it } from 'vitest';
import { WechatyBuilder } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { qrImageUrl, superviseBot, type BotSupervisor } from '../../src/node/bot/supervisor.js';

let supervisor: BotSupervisor | undefined;
afterEach(async () => {
  await supervisor?.stop();
});

const waitFor = async (cond: () => boolean, ms = 5000) => {
  for (let t = 0; t < ms && !cond(); t += 20) await new Promise((r) => setTimeout(r, 20));
  return cond();
};

it('retries a bot that cannot be built, with a growing back-off, then runs it', async () => {
  const attempts: number[] = [];
  const logs: { msg: string; inMs?: unknown }[] = [];
  supervisor = superviseBot({
    createBot: () => {
      attempts.push(Date.now());
      if (attempts.length < 3) throw new Error('puppet package broken');
      return WechatyBuilder.build({ name: 'sup-build', puppet: new PuppetMock({ mocker: new mock.Mocker() }) });
    },
    onMessage: async () => {},
    backoffMs: { initial: 40, max: 1000 },
    log: (_level, msg, fields) => logs.push({ msg, inMs: fields?.inMs }),
  });
  await supervisor.started();
  expect(attempts).toHaveLength(3);
  // The scheduled waits, not wall-clock gaps: a loaded machine stretches gaps unevenly.
  const waits = logs.filter((l) => l.msg === 'bot restarting').map((l) => l.inMs);
  expect(waits).toEqual([40, 80]);
  // Each retry came no sooner than its scheduled wait.
  expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(35);
  expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(75);
});

it('starts a fresh bot after a logout, and logs the login QR as a URL', async () => {
  const puppets: PuppetMock[] = [];
  const logs: { msg: string; fields?: Record<string, unknown> }[] = [];
  const scans: string[] = [];
  supervisor = superviseBot({
    createBot: () => {
      const puppet = new PuppetMock({ mocker: new mock.Mocker() });
      puppets.push(puppet);
      return WechatyBuilder.build({ name: `sup-logout-${puppets.length}`, puppet });
    },
    onMessage: async () => {},
    onScan: (qr) => scans.push(qr),
    backoffMs: { initial: 20, max: 100 },
    log: (_level, msg, fields) => logs.push({ msg, ...(fields ? { fields } : {}) }),
  });
  await supervisor.started();
  const first = puppets[0]!;
  first.mocker.scan('https://login.weixin.qq.com/l/abc123', 2);
  expect(await waitFor(() => scans.length === 1)).toBe(true);
  expect(logs.find((l) => l.msg === 'bot login: scan the QR code')?.fields?.url).toBe(qrImageUrl('https://login.weixin.qq.com/l/abc123'));

  const user = first.mocker.createContact({ name: '助手' });
  first.mocker.login(user);
  expect(await waitFor(() => supervisor!.current?.isLoggedIn === true)).toBe(true);
  await first.logout();
  expect(await waitFor(() => supervisor!.starts === 2)).toBe(true);
  expect(puppets).toHaveLength(2);
  expect(logs.some((l) => l.msg === 'bot restarting' && l.fields?.reason === 'logged out')).toBe(true);
});
