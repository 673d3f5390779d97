/**
 * A bounded memo of a pure function of one string. An answer reads the same few texts over and
 * over (a clause's sentences, its quotes, the question in several stages), and each reading
 * allocates; keeping the last results keyed by the whole text is exact. When full, the oldest
 * entry goes first. Results may be shared between callers: keep them immutable.
 */

/**
 * What every form of personal data the masker knows holds (answer/mask.ts): four digits in a
 * row or an @. A memo of people's messages does not keep such a text in clear.
 */
export const MAY_BE_PERSONAL = /[0-9０-９]{4}|[@＠]/;

export interface TextMemoOptions {
  /** Most texts kept (default 1000). */
  max?: number;
  /** The texts are people's messages: one that may hold personal data is computed afresh, not kept. */
  personal?: boolean;
}

/**
 * `fn`, remembering its results for the last `max` to `2 × max` texts. Two generations rather
 * than one map trimmed from its oldest end: a Map whose first entries keep being deleted makes
 * every `keys().next()` step over the deleted ones, which cost more than the work memoised.
 */
export function memoByText<V>(fn: (text: string) => V, options: TextMemoOptions = {}): (text: string) => V {
  const max = options.max ?? 1000;
  let young = new Map<string, V>();
  let old = new Map<string, V>();
  return (text) => {
    if (young.has(text)) return young.get(text) as V;
    if (old.has(text)) return old.get(text) as V;
    const value = fn(text);
    if (options.personal && MAY_BE_PERSONAL.test(text)) return value;
    if (young.size >= max) {
      old = young;
      young = new Map();
    }
    young.set(text, value);
    return value;
  };
}
