/**
 * A question in two parts about two subjects of the plan (以工代训最多补几个月？设备补贴最高给多少,
 * 一线职工要占多少？能发师带徒津贴吗): each part is answered on its own, and the answers are given
 * one after the other, so neither part is dropped. Only for questions about the plan — a case of
 * one's own is one subject however it is asked.
 */
import type { RuleMeta } from '../rules/engine.js';
import { A_NOT_A } from './parts.js';
import { namedSupport, unsettledSubject } from './scope.js';
import type { Understanding } from './stages/understand.js';
import { topicsIn, type TopicId } from './topics.js';

/** A part that asks something of the plan by itself (…提了没, 有没有…, …吗). */
const OWN_QUESTION = new RegExp(`提(了|到)?没|提到(了)?(吗|没)|有没有|有没|吗[?？]?$|么[?？]?$|没[?？]?$|${A_NOT_A.source}`);

const QUESTION_INTENTS = new Set(['lookup', 'new_topic', 'not_settled', 'followup', 'eligibility']);

/** The two parts to answer apart, or undefined when the question is one subject. */
export function twoSubjects(u: Understanding, rule: (id: TopicId) => RuleMeta | undefined): [string, string] | undefined {
  if (u.parts.length !== 2 || !QUESTION_INTENTS.has(u.intent) || u.contact) return undefined;
  const [a, b] = u.parts as [string, string];
  const subject = (p: string) => topicsIn(p)[0] ?? unsettledSubject(p, [], rule)?.id ?? namedSupport(p);
  // 航空物流这块的培训 方案里提了没？还有新型学徒…: a part naming no rule, asked as a question of
  // its own, is a subject too — its words are searched when it is answered.
  const free = (p: string) => (OWN_QUESTION.test(p) && p.replace(/[^\u4e00-\u9fff]/g, '').length >= 8 ? `search:${p}` : undefined);
  const first = subject(a) ?? free(a);
  const second = subject(b) ?? free(b);
  if (first === undefined || second === undefined || first === second) return undefined;
  if (first.startsWith('search:') && second.startsWith('search:')) return undefined;
  // 印刷厂…培训补贴12万 能先拨多少？现在还能这么弄吗: a case, then a question naming no subject of
  // its own — it asks about the case (its period note answers 现在还能…), not a second subject.
  if (u.intent === 'eligibility' && second.startsWith('search:')) return undefined;
  // A case told with a general question after it (…能补多少？另外设备补贴最高多少): the second part
  // must hold no figure of its own, or it belongs to the case.
  if (u.intent === 'eligibility' && /[\d一二两三四五六七八九十]+\s*(个|名|万|元|月)/.test(b)) return undefined;
  return [a, b];
}

/** 另外问下 / 顺便问一下 / 还有个事: what follows is a question of its own. */
const BY_THE_WAY = /[，,。；;\s]+(另外|还有个?事|再问(一下|个|下)?|顺便问?(一下|下)?|对了)(问(一下|下|个|问))?[，,：:。\s]*/;
const ASKS = /[?？]|吗|么|呢|多少|几|怎么|咋|啥|什么|哪|谁|有没有|能不能|可不可以|是不是/;

/**
 * 岗前补贴一个都没领 另外问下 培训那阵子有没有生活费补贴: the answer to the question asked, then a
 * question of its own after 另外/顺便. Both are answered — the reply in the case, the question on
 * its own — instead of the question swallowing the reply.
 */
export function replyThenQuestion(text: string, pendingFact: string | undefined): [string, string] | undefined {
  if (!pendingFact) return undefined;
  const m = BY_THE_WAY.exec(text);
  if (!m || m.index === 0) return undefined;
  const reply = text.slice(0, m.index).trim();
  const question = text.slice(m.index + m[0].length).trim();
  if (reply.length === 0 || question.replace(/[^\u4e00-\u9fff]/g, '').length < 4 || ASKS.test(reply) || !ASKS.test(question)) return undefined;
  return [reply, question];
}
