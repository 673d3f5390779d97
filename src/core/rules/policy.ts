/**
 * The document the rules implement, as its pack's manifest states it, and what a reference date
 * (`asOf`) means for it: in force or not, and the warning a reader must see when not.
 */
import { fillWording, type PackManifest } from './pack.js';
import { MANIFESTS } from './registry.js';
import type { PolicyInfo } from './schema.js';

/** The main document (the first pack's): the one the response's `policy` block describes. */
export const POLICY: PackManifest = MANIFESTS[0]!;

/** Offset of China Standard Time; "today" for a Zhengzhou applicant is the date in UTC+8. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date in China (UTC+8) at instant `now`, as YYYY-MM-DD. */
export function chinaDate(now: Date): string {
  const t = now.getTime() + CHINA_OFFSET_MS;
  // Every request asks for today: the last day formatted is kept (a JS day has 86 400 000 ms).
  const day = Math.floor(t / DAY_MS);
  if (day !== lastDay) {
    lastDate = new Date(t).toISOString().slice(0, 10);
    lastDay = day;
  }
  return lastDate;
}
const DAY_MS = 86_400_000;
let lastDay = NaN;
let lastDate = '';

/** Whether the document covers the ISO date `asOf` (both ends inclusive). */
export function inForce(asOf: string, manifest: PackManifest = POLICY): boolean {
  return asOf >= manifest.period.from && asOf <= manifest.period.to;
}

/** The response's `policy` block for a reference date. */
export function policyInfo(asOf: string, manifest: PackManifest = POLICY): PolicyInfo {
  return {
    id: manifest.id,
    title: manifest.title,
    docNo: manifest.docNo,
    period: { from: manifest.period.from, to: manifest.period.to },
    inForce: inForce(asOf, manifest),
  };
}

/** Plain-Chinese warnings about the reference date, in the pack's words; empty while in force. */
export function periodWarnings(asOf: string, manifest: PackManifest = POLICY): string[] {
  const values = { docNo: manifest.docNo, from: manifest.period.from, to: manifest.period.to, asOf };
  if (asOf < manifest.period.from) return [fillWording(manifest.wording.beforePeriod, values)];
  if (asOf > manifest.period.to) return [fillWording(manifest.wording.afterPeriod, values)];
  return [];
}
