/**
 * WeChat's 5-second rule: a callback that has not answered in 5 s is dropped and retried. The
 * answer therefore runs against a budget; if it is not ready in time, the caller gets the still
 * running promise to finish the delivery another way.
 */

export type BudgetOutcome<T> =
  | { ready: true; value: T }
  /** Not ready in time; `later` settles with the value (or the failure) when it comes. */
  | { ready: false; later: Promise<T> };

/** Waits for `work` at most `budgetMs`. A failure within the budget is thrown. */
export async function withinBudget<T>(work: Promise<T>, budgetMs: number): Promise<BudgetOutcome<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), budgetMs);
  });
  const settled = work.then((value) => ({ value }));
  // A failure after the budget belongs to whoever handles `later`, not to this race.
  settled.catch(() => {});
  try {
    const first = await Promise.race([settled, timeout]);
    if (first === 'timeout') return { ready: false, later: work };
    return { ready: true, value: first.value };
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
