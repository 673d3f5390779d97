/**
 * Keeps the C library from handing freed heap memory back to the kernel after every burst of
 * frees, which the server then faulted back in page by page.
 *
 * glibc's malloc returns the free top of its heap to the kernel once more than its trim
 * threshold is free there: 128 KiB, until the process frees a block that was big enough to be
 * mapped on its own — then the threshold becomes twice that block (up to 64 MiB), and blocks
 * below its size come from the heap. The eligibility route allocates ~17 KB outside the V8 heap
 * for each new body (the answer's bytes), freed in batches after each young-generation
 * collection. In some PostgreSQL server processes the heap shrank after every batch and grew
 * again for the next: about one page fault per request and a `brk` call every ~30 requests
 * (none in the embedded one), twice the embedded process's system time per request and ten
 * points less of /healthz's throughput. Other server processes did not show it: whether the
 * threshold had been raised depends on what a process happened to free before the traffic came,
 * and PGlite's start frees large blocks (every embedded process measured had it raised).
 *
 * Freeing one large block at start gives every process the embedded one's behaviour: the
 * heap keeps up to 16 MiB of free memory at its top for the next batch. On other C libraries
 * (musl, macOS) it only costs the allocation.
 */
import { scryptSync } from 'node:crypto';

/** The block allocated and freed once; glibc then keeps up to twice this free at the heap's top. */
export const FREED_BLOCK_BYTES = 8 * 1024 * 1024;

/**
 * Allocates and frees one block of FREED_BLOCK_BYTES through the C library (see the module
 * comment). scrypt is the one Node API whose working memory is both specified (128 × N × r
 * bytes) and allocated and freed inside the call; ~20–50 ms, once, at start.
 */
export function keepFreedHeapPages(): void {
  const r = 8;
  const N = FREED_BLOCK_BYTES / (128 * r);
  scryptSync('', '', 1, { N, r, p: 1, maxmem: 2 * FREED_BLOCK_BYTES });
}
