/** Prints ingest progress to a terminal: one line per phase change, store progress throttled. */
import type { IngestProgress } from '../core/index/ingest.js';

export function progressPrinter(write: (line: string) => void = (l) => console.log(l)): (p: IngestProgress) => void {
  let lastPhase = '';
  let lastAt = 0;
  return (p) => {
    const now = Date.now();
    const finished = p.done >= p.total;
    if (p.phase === lastPhase && !finished && now - lastAt < 500) return;
    if (p.phase === 'store' && !finished && p.phase === lastPhase && now - lastAt < 500) return;
    lastPhase = p.phase;
    lastAt = now;
    const share = p.total > 1 ? ` [${p.done}/${p.total}]` : '';
    write(`[ingest] ${p.phase}${share} ${p.message}`);
  };
}
