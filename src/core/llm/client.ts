/**
 * A chat model behind any OpenAI-compatible endpoint (OpenAI, DeepSeek, Qwen, GLM, vLLM,
 * Ollama …) through the `openai` package. The reply is read as a stream, so a stream that
 * breaks half-way is an error (never half an answer), and the caller's AbortSignal stops it
 * the moment its time budget runs out. No retries: the budget is short and the extractive
 * answer is the fallback.
 */
import OpenAI from 'openai';
import type { Config } from '../config.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatModel {
  /** The model's name, for logs. */
  readonly model: string;
  /** The full reply text; rejects on any error, on a broken stream, or when `signal` aborts. */
  complete(messages: ChatMessage[], options: CompleteOptions): Promise<string>;
}

export interface CompleteOptions {
  signal: AbortSignal;
  maxTokens?: number;
  /** Structured output: the reply is JSON matching this schema (OpenAI `response_format`). */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
}

/** True when settings name an endpoint (a key, or a base URL for keyless local servers). */
export function llmConfigured(config: Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL'>): boolean {
  return Boolean(config.OPENAI_API_KEY || config.OPENAI_BASE_URL);
}

/** The model to use when LLM_MODEL is unset: the usual chat model of the provider the URL names. */
export function defaultModel(baseUrl: string | undefined): string {
  const host = baseUrl ? safeHost(baseUrl) : 'api.openai.com';
  if (host.includes('deepseek')) return 'deepseek-chat';
  if (host.includes('dashscope') || host.includes('aliyuncs')) return 'qwen-plus';
  if (host.includes('bigmodel')) return 'glm-4-flash';
  if (host.includes('moonshot')) return 'moonshot-v1-8k';
  return 'gpt-4o-mini';
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

export interface ChatModelOptions {
  /** A fetch to use instead of the global one (tests, Workers bindings). */
  fetch?: typeof fetch;
}

/** The configured chat model, or undefined when no endpoint is configured. */
export function createChatModel(config: Config, options: ChatModelOptions = {}): ChatModel | undefined {
  if (!llmConfigured(config)) return undefined;
  const model = config.LLM_MODEL ?? defaultModel(config.OPENAI_BASE_URL);
  const client = new OpenAI({
    // Local servers (Ollama, vLLM) take any key; the client insists on one.
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
    maxRetries: 0,
    timeout: config.LLM_TIMEOUT_MS,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    model,
    async complete(messages, { signal, maxTokens, jsonSchema }) {
      const stream = await client.chat.completions.create(
        {
          model,
          messages,
          stream: true,
          temperature: jsonSchema ? 0 : 0.2,
          max_tokens: maxTokens ?? 600,
          ...(jsonSchema ? { response_format: { type: 'json_schema' as const, json_schema: { name: jsonSchema.name, schema: jsonSchema.schema, strict: false } } } : {}),
        },
        { signal },
      );
      let text = '';
      let finished = false;
      for await (const chunk of stream) {
        const choice = chunk.choices[0];
        if (!choice) continue;
        text += choice.delta?.content ?? '';
        if (choice.finish_reason) finished = true;
      }
      // A stream that ends without a finish reason was cut off: do not use half an answer.
      if (!finished) throw new Error('model stream ended without finish_reason');
      return text.trim();
    },
  };
}
