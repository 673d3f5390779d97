/**
 * Which one fact to ask for next: among the results still `needs_info`, the missing fact that
 * the most of them are waiting on (so one answer settles as much as possible). Ties go to the
 * fact of the earliest rule in the catalogue, then to the order the rule lists its missing facts.
 */
import type { RuleResult } from '../rules/schema.js';

export interface NextQuestionOptions {
  /** Times each fact was already asked; a fact asked `maxAsks` times is not asked again. */
  asked?: Record<string, number>;
  maxAsks?: number;
}

/** The request path of the fact to ask for, or undefined when no open result needs one. */
export function nextMissingFact(results: readonly RuleResult[], options: NextQuestionOptions = {}): string | undefined {
  const maxAsks = options.maxAsks ?? 2;
  const score = new Map<string, { count: number; order: number }>();
  let order = 0;
  for (const r of results) {
    if (r.status !== 'needs_info') continue;
    for (const path of new Set(r.missing)) {
      if ((options.asked?.[path] ?? 0) >= maxAsks) continue;
      const s = score.get(path);
      if (s) s.count += 1;
      else score.set(path, { count: 1, order: order++ });
    }
  }
  let best: string | undefined;
  let bestScore: { count: number; order: number } | undefined;
  for (const [path, s] of score) {
    if (!bestScore || s.count > bestScore.count || (s.count === bestScore.count && s.order < bestScore.order)) {
      best = path;
      bestScore = s;
    }
  }
  return best;
}
