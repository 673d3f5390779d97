/**
 * The Wechaty bot end to end on wechaty-puppet-mock: a contact and a group talk to it, it
 * answers through the pipeline (real corpus search, real PGlite for dedup and sessions),
 * stays quiet when it should, and comes back after a puppet error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WechatyBuilder, types } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { createAsk } from '../../src/core/answer/ask.js';
import type { AskFn, AskInput } from '../../src/core/answer/schema.js';
import { createBotMessageHandler, type BotOutcome } from '../../src/node/bot/message-handler.js';
import { superviseBot, type BotSupervisor } from '../../src/node/bot/supervisor.js';
import { docNameLoader } from '../../src/core/wechat/channel-deps.js';
import { useTestContext } from '../support/context.js';

/** The real answer pipeline, with every call recorded. */
const calls: AskInput[] = [];
let pipeline: AskFn | undefined;
const ask: AskFn = (input) => {
  calls.push(input);
  pipeline ??= createAsk(ctx().deps);
  return pipeline(input);
};
const POLICY_ANSWER = /郑政办〔2019〕63号/;
const ctx = useTestContext();

interface World {
  mocker: mock.Mocker;
  puppet: PuppetMock;
  user: mock.ContactMock;
  mary: mock.ContactMock;
  bob: mock.ContactMock;
  room: mock.RoomMock;
}

const worlds: World[] = [];
const outcomes: BotOutcome[] = [];
let supervisor: BotSupervisor;

/** A fresh mock WeChat (puppet, the bot's account, two people, one group) per bot start. */
function createWorld(): World {
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const user = mocker.createContact({ name: '政策助手' });
  const mary = mocker.createContact({ name: '玛丽' });
  const bob = mocker.createContact({ name: '鲍勃' });
  const room = mocker.createRoom({ topic: '技能培训交流群', memberIdList: [user.id, mary.id, bob.id] });
  const world = { mocker, puppet, user, mary, bob, room };
  worlds.push(world);
  return world;
}
const world = () => worlds.at(-1)!;

/** The next text `from` the bot arriving at `target` (a contact or the room), or undefined after `ms`. */
function nextReply(target: mock.ContactMock | mock.RoomMock, botId: string, ms = 15_000): Promise<string | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      target.off('message', listener);
      resolve(undefined);
    }, ms);
    const listener = (msg: mock.MessageMock) => {
      if (msg.payload.talkerId !== botId) return;
      clearTimeout(timer);
      target.off('message', listener);
      resolve(msg.payload.type === types.Message.Text ? (msg.payload as { text?: string }).text : '(non-text)');
    };
    target.on('message', listener);
  });
}

async function startedWorld(): Promise<World> {
  await supervisor.started();
  const w = world();
  w.mocker.login(w.user);
  // Wait until Wechaty has seen the login.
  // Polls the state; the cap only bounds a failure (a loaded machine may need seconds).
  for (let i = 0; i < 500 && !supervisor.current?.isLoggedIn; i++) await new Promise((r) => setTimeout(r, 20));
  return w;
}

beforeAll(async () => {
  const handle = createBotMessageHandler({ ask, db: ctx().db, userSalt: 'bot-salt', docNames: docNameLoader(ctx().deps) });
  supervisor = superviseBot({
    createBot: () => WechatyBuilder.build({ name: `test-bot-${worlds.length}`, puppet: createWorld().puppet }),
    onMessage: async (m) => outcomes.push(await handle(m)),
    backoffMs: { initial: 50, max: 200 },
  });
  await startedWorld();
});
afterAll(async () => {
  await supervisor.stop();
});

describe('Wechaty bot on the mock puppet', () => {
  it('answers a 1:1 question with the answer and its short citation', async () => {
    const w = world();
    const reply = nextReply(w.mary, w.user.id);
    w.mary.say('职业培训补贴怎么申请').to(w.user);
    const text = await reply;
    expect(text).toContain('职业培训补贴');
    expect(text).toMatch(POLICY_ANSWER);
    expect(calls.at(-1)).toMatchObject({ question: '职业培训补贴怎么申请', channel: 'wechat' });
    expect(calls.at(-1)!.sessionId).toMatch(/^wx-bot-/);
  });

  it('stays quiet in a group unless mentioned, and answers the mention without the @name', async () => {
    const w = world();
    const before = calls.length;
    const quiet = nextReply(w.room, w.user.id, 800);
    w.bob.say('大家好，今天培训几点开始？').to(w.room);
    expect(await quiet).toBeUndefined();
    expect(calls.length).toBe(before);

    const reply = nextReply(w.room, w.user.id);
    w.bob.say('@政策助手 退役军人参加培训有补贴吗', [w.user]).to(w.room);
    expect(await reply).toMatch(POLICY_ANSWER);
    expect(calls.at(-1)!.question).toBe('退役军人参加培训有补贴吗');
    // Group sessions are per person per group, apart from the 1:1 ones.
    expect(calls.at(-1)!.sessionId).not.toBe(calls[0]!.sessionId);
  });

  it('ignores its own messages and stale ones', async () => {
    const w = world();
    // Let the earlier exchanges settle so the outcomes below are these messages'.
    await new Promise((r) => setTimeout(r, 300));
    const before = calls.length;
    const seen = outcomes.length;
    w.user.say('这是机器人自己发的话').to(w.mary);
    const stale = w.mocker.MessageMock.create({
      id: `stale-${Date.now()}`,
      talkerId: w.mary.id,
      listenerId: w.user.id,
      timestamp: Date.now() - 10 * 60_000,
      type: types.Message.Text,
      text: '十分钟前的问题',
    } as never);
    w.puppet.emit('message', { messageId: stale.id });
    for (let i = 0; i < 500 && outcomes.length < seen + 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect(outcomes.slice(seen).sort()).toEqual(['own', 'stale']);
    expect(calls.length).toBe(before);
  });

  it('restarts after a puppet error and keeps answering', async () => {
    const startsBefore = supervisor.starts;
    world().puppet.emit('error', { data: 'mock puppet crashed' });
    for (let i = 0; i < 500 && supervisor.starts === startsBefore; i++) await new Promise((r) => setTimeout(r, 20));
    expect(supervisor.starts).toBe(startsBefore + 1);
    const w = await startedWorld();
    const reply = nextReply(w.mary, w.user.id);
    w.mary.say('农民工培训补贴').to(w.user);
    expect(await reply).toMatch(POLICY_ANSWER);
  });
});
