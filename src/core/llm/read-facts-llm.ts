/**
 * The model as a second fact reader: it reads the same (masked) message into the eligibility
 * contract's facts through structured output — a JSON schema generated from the zod facts
 * schema, so the model and the rules engine speak one vocabulary. Its reading is only ever
 * compared with the deterministic reader's; where they differ the person is asked. Any
 * failure (slow, HTTP error, not JSON, not the schema) means no second reading.
 */
import { z } from 'zod';
import { EmployerFactsSchema, PersonFactsSchema, type Applicant } from '../rules/schema.js';
import type { ChatModel } from './client.js';
import { PROMPTS } from './prompts.generated.js';

/** What the model returns: the facts the message states, or null when it states none. */
export const ModelReadingSchema = z.object({
  applicant: z.discriminatedUnion('type', [PersonFactsSchema, EmployerFactsSchema]).nullable(),
});

/** The JSON schema sent as `response_format` (zod v4 generates it from the facts schema). */
export const MODEL_READING_JSON_SCHEMA = z.toJSONSchema(ModelReadingSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

/** The reader's instructions (prompts/facts.md, versioned like the other prompts). */
const INSTRUCTIONS = PROMPTS.facts.text;

/** The model's reading of `message`, null when it found no facts, undefined when it failed. */
export async function readFactsWithModel(model: ChatModel, message: string, budgetMs: number): Promise<Applicant | null | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), budgetMs);
  try {
    const text = await model.complete(
      [
        { role: 'system', content: INSTRUCTIONS },
        { role: 'user', content: message },
      ],
      { signal: controller.signal, maxTokens: 400, jsonSchema: { name: 'facts', schema: MODEL_READING_JSON_SCHEMA } },
    );
    const json = JSON.parse(text.replace(/^```(?:json)?\s*|\s*```$/g, '')) as unknown;
    const parsed = ModelReadingSchema.safeParse(json);
    return parsed.success ? parsed.data.applicant : undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
