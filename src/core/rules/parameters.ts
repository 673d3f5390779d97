/**
 * Dated parameters: the shape of a figure a rule uses (its versions, each from a date, with the
 * clause and the verbatim words that fix it) and the lookup of the version in effect on a date.
 * The figures themselves live in the packs (src/packs/<id>/parameters.ts); the registry merges them.
 */
import { PACK_PARAMETERS } from './registry.js';
import type { RuleCitation } from './schema.js';

export interface ParameterVersion {
  /** ISO date this value takes effect. */
  from: string;
  value: number;
  /** The clause fixing it; `ref.docNo` is set when another document than the pack's does. */
  ref: RuleCitation;
}

export interface ParameterDef {
  label: string;
  unit: '元' | '元/人/月' | '个月' | '%' | '次/年' | '年';
  /** Oldest first. */
  versions: readonly ParameterVersion[];
}

/** Parameter values on one date, keyed by id; a pack narrows `P` to its own ids. */
export type ParamValues<P extends string = string> = { readonly [K in P]: number };

/** A parameter id: unique across the packs (see ./registry.ts). */
export type ParamId = string;
/** The values of every pack's parameters on one date. */
export type Params = ParamValues;

/** Every pack's parameters, by id. */
export const PARAMETERS: Readonly<Record<ParamId, ParameterDef>> = PACK_PARAMETERS;

export const PARAM_IDS: readonly ParamId[] = Object.keys(PARAMETERS);

/**
 * Every parameter's versions, oldest first: the shipped ones, or those with the amendments of
 * the documents in the library laid in (see ./amendments.ts). Passed to the engine, so the
 * rules stay pure and the library's state stays outside them.
 */
export type ParameterTable = Readonly<Record<ParamId, readonly ParameterVersion[]>>;

/** The versions the packs ship with: each document's own figures. */
export const SHIPPED_PARAMETERS: ParameterTable = Object.fromEntries(PARAM_IDS.map((id) => [id, PARAMETERS[id]!.versions]));

/** The version of a parameter in effect on `asOf`; before the first version, the first one. */
export function versionAt(id: ParamId, asOf: string, table: ParameterTable = SHIPPED_PARAMETERS): ParameterVersion {
  const versions = table[id];
  if (!versions?.length) throw new Error(`unknown parameter ${id}`);
  let chosen = versions[0]!;
  for (const v of versions) if (v.from <= asOf) chosen = v;
  return chosen;
}

/** All parameter values of the table in effect on `asOf` (the first versions before a document began). */
export function parametersAt(asOf: string, table: ParameterTable = SHIPPED_PARAMETERS): Params {
  const out: Record<ParamId, number> = {};
  for (const id of Object.keys(table)) out[id] = versionAt(id, asOf, table).value;
  return out;
}
