/**
 * A question in two parts about two subjects of the plan (以工代训最多补几个月？设备补贴最高给多少,
 * 一线职工要占多少？能发师带徒津贴吗): each part is answered on its own, and the answers are given
 * one after the other, so neither part is dropped. Only for questions about the plan — a case of
 * one's own is one subject however it is asked.
 */
import type { RuleMeta } from '../rules/engine.js';
import { namedSupport, unsettledSubject } from './scope.js';
import type { Understanding } from './stages/understand.js';
import { topicsIn, type TopicId } from './topics.js';

const QUESTION_INTENTS = new Set(['lookup', 'new_topic', 'not_settled', 'followup', 'eligibility']);

/** The two parts to answer apart, or undefined when the question is one subject. */
export function twoSubjects(u: Understanding, rule: (id: TopicId) => RuleMeta | undefined): [string, string] | undefined {
  if (u.parts.length !== 2 || !QUESTION_INTENTS.has(u.intent) || u.contact) return undefined;
  const [a, b] = u.parts as [string, string];
  const subject = (p: string) => topicsIn(p)[0] ?? unsettledSubject(p, [], rule)?.id ?? namedSupport(p);
  const first = subject(a);
  const second = subject(b);
  if (first === undefined || second === undefined || first === second) return undefined;
  // A case told with a general question after it (…能补多少？另外设备补贴最高多少): the second part
  // must hold no figure of its own, or it belongs to the case.
  if (u.intent === 'eligibility' && /[\d一二两三四五六七八九十]+\s*(个|名|万|元|月)/.test(b)) return undefined;
  return [a, b];
}
