/**
 * The values the server bakes in front of the console's code (src/core/web/console-script.ts):
 * the eligibility request's enums with their labels, read from the schema module itself.
 */
import type { ConsoleBaked } from '../api.js';

declare const BAKED: ConsoleBaked;

/** The enums' labels, by value. */
export const baked: ConsoleBaked = BAKED;

/** A label table as [value, label] pairs, in the schema's order. */
export function pairs<K extends string>(labels: Readonly<Record<K, string>>): Array<readonly [K, string]> {
  return (Object.keys(labels) as K[]).map((k) => [k, labels[k]] as const);
}
