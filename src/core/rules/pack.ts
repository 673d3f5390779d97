/**
 * What a policy pack is: one document's rules, dated parameters and wording, in one folder under
 * src/packs/. The core reads packs only through this shape, so it names no document, clause or
 * figure itself; src/packs/index.ts lists the packs the service ships.
 */
import type { ParameterDef } from './parameters.js';
import type { Rule } from './types.js';

/**
 * The document a pack implements, as printed on it, and the words the eligibility response uses
 * about it. Templates fill `{title}`, `{docNo}`, `{from}`, `{to}` and `{asOf}` (see `fillWording`).
 */
export interface PackManifest {
  /** The document's id: also its file name under policy-corpus/ and the pack's folder name. */
  id: string;
  title: string;
  /** 文号 as printed. */
  docNo: string;
  issuer: string;
  /** The span the document covers, both ends inclusive (ISO dates). */
  period: { from: string; to: string };
  /** Sentences of the eligibility response about a reference date outside the period. */
  wording: {
    /** `asOf` before `period.from`: the document was not yet in force. */
    beforePeriod: string;
    /** `asOf` after `period.to`: the document has ended. */
    afterPeriod: string;
    /** The widget's first words to a visitor (`{title}`, `{docNo}` filled); a tag's data-greeting wins. */
    greeting: string;
  };
}

/**
 * One pack: its manifest, its parameters keyed by a globally unique id (an amending notice names
 * the id it changes), and its rules in the order the response lists them.
 */
export interface Pack<R extends readonly Rule[] = readonly Rule[]> {
  manifest: PackManifest;
  parameters: Readonly<Record<string, ParameterDef>>;
  rules: R;
}

/** Declares a pack keeping its rules' literal ids, so the registry's ids make `RuleId`. */
export function definePack<const R extends readonly Rule[]>(pack: Pack<R>): Pack<R> {
  return pack;
}

/** A wording template with `{name}` placeholders filled from `values` (unknown names stay). */
export function fillWording(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
