/**
 * Embedders turn texts into vectors for the vector side of search. Each has a name and
 * produces vectors of one dimension; both are stored with every vector, and a changed
 * embedder (name) re-indexes.
 *
 * - `createLocalEmbedder()`: deterministic, offline, instant — hashed character n-grams.
 *   The default: the service works with no network and no key.
 * - `createOpenAIEmbedder()`: any OpenAI-compatible `/embeddings` endpoint (EMBEDDING_MODEL).
 */
import OpenAI from 'openai';
import { runsOf } from './lexical.js';

export interface Embedder {
  /** Stored with each vector; part of the index fingerprint. */
  readonly name: string;
  /** Vector dimension when known before the first call (the local embedder's is fixed). */
  readonly dim?: number;
  /** One unit-length vector per text, in order. */
  embed(texts: readonly string[]): Promise<number[][]>;
}

/** 32-bit FNV-1a over the UTF-16 code units of `s`. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Scales `v` to unit length (a zero vector stays zero). */
export function l2normalise(v: number[]): number[] {
  let sum = 0;
  for (const x of v) sum += x * x;
  const norm = Math.sqrt(sum);
  return norm === 0 ? v : v.map((x) => x / norm);
}

/** Character n-grams of a text with their weights: 1-grams weak, 2- and 3-grams strong. */
function ngramFeatures(text: string): Map<string, number> {
  const features = new Map<string, number>();
  const bump = (f: string, w: number) => features.set(f, (features.get(f) ?? 0) + w);
  for (const run of runsOf(text)) {
    if (run.kind === 'alnum') {
      bump(`t:${run.text}`, 1);
      continue;
    }
    const chars = [...run.text];
    for (let i = 0; i < chars.length; i++) {
      bump(`1:${chars[i]}`, 0.3);
      if (i + 1 < chars.length) bump(`2:${chars[i]}${chars[i + 1]}`, 1);
      if (i + 2 < chars.length) bump(`3:${chars[i]}${chars[i + 1]}${chars[i + 2]}`, 0.7);
    }
  }
  return features;
}

export interface LocalEmbedderOptions {
  /** Vector size (default 256: small enough for fast HNSW, large enough for one policy). */
  dim?: number;
}

/**
 * Feature hashing of character n-grams: each n-gram lands in one of `dim` buckets with a
 * hashed sign, weighted by 1 + ln(count), then the vector is L2-normalised, so cosine
 * similarity measures shared n-grams. Deterministic across runs and runtimes.
 */
export function createLocalEmbedder(options: LocalEmbedderOptions = {}): Embedder {
  const dim = options.dim ?? 256;
  const embedOne = (text: string): number[] => {
    const v = new Array<number>(dim).fill(0);
    for (const [feature, count] of ngramFeatures(text)) {
      const h = fnv1a(feature);
      const sign = (h & 0x80000000) === 0 ? 1 : -1;
      v[h % dim]! += sign * (1 + Math.log(1 + count));
    }
    return l2normalise(v);
  };
  return {
    name: `local-ngram-hash-v1/${dim}`,
    dim,
    embed: async (texts) => texts.map(embedOne),
  };
}

export interface OpenAIEmbedderOptions {
  model: string;
  apiKey?: string;
  baseURL?: string;
  /** Texts per request (default 64). */
  batchSize?: number;
  /** Per-request timeout in ms (default 20 000). */
  timeoutMs?: number;
  /** For tests: a fetch to use instead of the global one. */
  fetch?: typeof fetch;
}

/** An OpenAI-compatible embeddings endpoint; vectors are re-normalised to unit length. */
export function createOpenAIEmbedder(options: OpenAIEmbedderOptions): Embedder {
  const client = new OpenAI({
    apiKey: options.apiKey ?? 'not-needed',
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    timeout: options.timeoutMs ?? 20_000,
    maxRetries: 1,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const batchSize = options.batchSize ?? 64;
  return {
    name: `openai:${options.model}`,
    async embed(texts) {
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += batchSize) {
        const batch = texts.slice(i, i + batchSize);
        // Plain floats: several compatible servers do not implement the SDK's default base64.
        const res = await client.embeddings.create({ model: options.model, input: batch, encoding_format: 'float' });
        const ordered = [...res.data].sort((a, b) => a.index - b.index);
        if (ordered.length !== batch.length) throw new Error(`embeddings endpoint returned ${ordered.length} vectors for ${batch.length} texts`);
        for (const d of ordered) out.push(l2normalise(d.embedding));
      }
      return out;
    },
  };
}

/** The embedder the configuration asks for: remote when EMBEDDING_MODEL is set, else local. */
export function embedderFromConfig(config: {
  EMBEDDING_MODEL?: string | undefined;
  OPENAI_API_KEY?: string | undefined;
  OPENAI_BASE_URL?: string | undefined;
}): Embedder {
  if (!config.EMBEDDING_MODEL) return createLocalEmbedder();
  return createOpenAIEmbedder({
    model: config.EMBEDDING_MODEL,
    ...(config.OPENAI_API_KEY ? { apiKey: config.OPENAI_API_KEY } : {}),
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
  });
}

/** A vector's components as its pgvector literal carries them: six decimals, non-finite ones 0. */
export function roundForLiteral(v: readonly number[]): number[] {
  return v.map((x) => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : 0));
}

/** pgvector's text form of a vector: `[0.1,0.2,…]`. */
export function toVectorLiteral(v: readonly number[]): string {
  return `[${roundForLiteral(v).join(',')}]`;
}
