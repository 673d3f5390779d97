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

/** What the model returns: the facts the message states, or null when it states none. */
export const ModelReadingSchema = z.object({
  applicant: z.discriminatedUnion('type', [PersonFactsSchema, EmployerFactsSchema]).nullable(),
});

/** The JSON schema sent as `response_format` (zod v4 generates it from the facts schema). */
export const MODEL_READING_JSON_SCHEMA = z.toJSONSchema(ModelReadingSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

const INSTRUCTIONS = [
  '你是事实抽取器。把用户这句话里明确说出的、关于他自己（个人）或他单位（企业等）的事实，按给定的 JSON schema 填写。',
  '只填用户明确说出的事实；没说的字段不要填；用户说“不知道/不清楚/不确定”的字段不要填；否定要读对（“岗前补贴没领”即 preJobTrainingSubsidy: false）。',
  '几类人员各自的人数和月数分别填在各自的 hires 项里。说的是孩子上学，填 childStudent，不是 student。没有任何事实时输出 {"applicant": null}。只输出 JSON。',
].join('\n');

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
