/**
 * Memory freed by the C library stays with the process for the next allocations of the same
 * size, instead of going back to the kernel and being faulted in again page by page (what made
 * the server process slower than the embedded one at eligibility: src/node/keep-heap-pages.ts).
 * Only glibc has the behaviour; elsewhere the call must merely be harmless.
 */
import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FREED_BLOCK_BYTES, keepFreedHeapPages } from '../../src/node/keep-heap-pages.js';

const onGlibc = process.platform === 'linux' && !!(process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header?.glibcVersionRuntime;

/** Allocates and frees 2 MiB in one block (scrypt's working memory: 128 × N × r bytes). */
function allocateAndFree2MiB(): void {
  scryptSync('', '', 1, { N: 2048, r: 8, p: 1 });
}

const pageFaults = () => process.resourceUsage().minorPageFault;

describe('keeping freed heap pages', () => {
  it('runs, and can run again', () => {
    expect(() => {
      keepFreedHeapPages();
      keepFreedHeapPages();
    }).not.toThrow();
    expect(FREED_BLOCK_BYTES).toBeGreaterThanOrEqual(4 * 1024 * 1024);
  });

  it.runIf(onGlibc)('lets a block freed and allocated again reuse its pages instead of faulting them in anew', () => {
    keepFreedHeapPages();
    allocateAndFree2MiB(); // the first time may grow the heap
    const before = pageFaults();
    allocateAndFree2MiB();
    // 2 MiB faulted in anew would be 512 pages; reused, none (a few from other threads at most).
    expect(pageFaults() - before).toBeLessThan(64);
  });
});
