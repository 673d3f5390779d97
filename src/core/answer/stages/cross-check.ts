/**
 * Between understand and resolve, with a model configured: the model reads the same masked
 * message as a second fact reader; the facts the two readers disagree on are marked as in
 * doubt, so resolve leaves them open and the dialogue asks about them first.
 */
import type { ChatModel } from '../../llm/client.js';
import { readFactsWithModel } from '../../llm/read-facts-llm.js';
import { disagreements } from '../disagreements.js';
import { patchHasFacts } from '../facts-from-text.js';
import { mergeFacts } from '../session-state.js';
import type { Understanding } from './understand.js';

/** The understanding with `doubt` set to the facts the two readers disagree on. */
export async function crossCheck(model: ChatModel | undefined, u: Understanding, budgetMs: number): Promise<Understanding> {
  if (!model || (u.intent !== 'eligibility' && u.intent !== 'answer') || !patchHasFacts(u.reading.patch)) return u;
  const theirs = await readFactsWithModel(model, u.masked, budgetMs);
  const doubt = disagreements(mergeFacts(undefined, u.reading.patch), theirs);
  return doubt.length > 0 ? { ...u, doubt } : u;
}
