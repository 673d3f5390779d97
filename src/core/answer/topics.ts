/**
 * The subjects people ask about, each tied to the rule that computes it and the clause that
 * states it: the packs' topic tables (src/packs/<id>/answers/topics.ts). The router uses the
 * keywords to tell what a question is about; the session keeps the topic for follow-ups.
 */
import type { PackTopic } from '../rules/pack.js';
import { ANSWERS, type RuleId } from '../rules/registry.js';
import { TIMES_USED } from './scope.js';

/** A topic is a rule of a pack: its id is the rule's. */
export type TopicId = RuleId;

/** A subject people ask about (see `PackTopic`). */
export type Topic = PackTopic<TopicId>;

/** Every pack's topics, in the packs' order and each in its contract order. */
export const TOPICS: readonly Topic[] = ANSWERS.topics;

/** The topics a text names, in catalogue order. */
export function topicsIn(text: string): TopicId[] {
  const found = TOPICS.filter((t) => t.keywords.test(text)).map((t) => t.id);
  // 补过三次了, 同一个证考两回: the yearly limit and the no-repeat rule are 职业培训补贴's.
  const training = ANSWERS.roles.trainingSubsidy;
  if (!found.includes(training) && TIMES_USED.test(text)) found.push(training);
  // A topic named beside a more specific one may yield to it (the packs say when).
  for (const y of ANSWERS.topicYields) {
    const beside = y.besides ? found.includes(y.besides) : found.some((id) => id !== y.drop && id !== training);
    if (found.includes(y.drop) && beside && (!y.words || y.words.test(text)) && !y.unless?.test(text)) found.splice(found.indexOf(y.drop), 1);
  }
  // The training subsidy's words are the broadest (培训…有补贴吗): a more specific subject named
  // beside them is what the question is about.
  const general = found.indexOf(training);
  if (general >= 0 && found.length > 1) found.push(...found.splice(general, 1));
  return found;
}

export function topicById(id: string): Topic | undefined {
  return TOPICS.find((t) => t.id === id);
}
