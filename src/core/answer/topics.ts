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
  // 创业培训有补贴吗 names the entrepreneurship training; its 培训…补贴 is not the general
  // vocational subsidy unless that is named too.
  if (found.includes('entrepreneurship_training') && /创业.{0,4}培训/.test(text) && !/职业培训|技能培训|职业技能|考.{0,4}证/.test(text)) {
    return found.filter((id) => id !== training);
  }
  // 用教育经费买的设备: the fund is where the equipment's money came from, not a question about
  // the fund's tax deduction (unless that is asked too).
  if (found.includes('equipment_subsidy') && found.includes('education_fund_deduction') && /(用|拿|从|花|出)[^，,。；;]{0,4}教育经费|教育经费[^，,。；;]{0,4}(买|购|出)/.test(text) && !/税|扣除|抵扣|抵税/.test(text)) {
    found.splice(found.indexOf('education_fund_deduction'), 1);
  }
  // 职业培训补贴's words are the broadest (培训…有补贴吗): a more specific subject named beside
  // them (创业培训有补贴吗) is what the question is about.
  const general = found.indexOf(training);
  if (general >= 0 && found.length > 1) found.push(...found.splice(general, 1));
  return found;
}

export function topicById(id: string): Topic | undefined {
  return TOPICS.find((t) => t.id === id);
}
