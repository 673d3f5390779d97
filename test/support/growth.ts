/**
 * How the work of a text function grows with its input, for the "no backtracking blow-up"
 * tests. Run `fn` on an input of size n and of size 10n and return how many times more CPU
 * time the larger one took. CPU time of this process (not wall time), best of several runs,
 * so other processes on a busy machine and our own collector pauses do not count. A linear
 * function gives about 10, a quadratic one about 100; tests assert a generous bound between
 * the two (no absolute time is ever asserted).
 */
export function growthFactor(fn: (input: string) => unknown, makeInput: (n: number) => string, n: number): number {
  const small = makeInput(n);
  const large = makeInput(n * 10);
  const best = (input: string) => {
    let min = Infinity;
    for (let i = 0; i < 7; i++) {
      const t0 = process.cpuUsage();
      fn(input);
      const used = process.cpuUsage(t0);
      min = Math.min(min, (used.user + used.system) / 1000);
    }
    return min;
  };
  best(small); // warm up the compiler on the code paths first
  // A floor of 0.05 ms keeps a too-fast small run from inflating the ratio.
  return best(large) / Math.max(best(small), 0.05);
}

/** The bound the growth tests assert: far below quadratic (100), comfortably above linear (10). */
export const LINEAR_GROWTH_BOUND = 35;
