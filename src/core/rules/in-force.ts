/**
 * Which packs' rules apply on a reference date. Every pack is evaluated, in force or not (a plan
 * that ended with no successor is still computed, with its end-date warning), except where one
 * pack replaces another (`supersedes` in its manifest): from the replacement date the replaced
 * pack contributes no rules, and before its own start the replacing pack contributes none. The
 * result depends on the date only through the set of packs chosen, so that set's key is what a
 * cache of frames or rule results has to tell apart (with the date it already keys on).
 */
import type { Pack, PackManifest } from './pack.js';
import { SHIPPED_PARAMETERS, type ParameterTable } from './parameters.js';
import { mergeParameters, SHIPPED_PACKS } from './registry.js';
import type { Audience } from './schema.js';
import type { Rule } from './types.js';

/** The packs chosen for one date. */
export interface PacksInForce {
  /** The chosen packs' ids, in the packs' order: equal keys mean equal choices. */
  key: string;
  packs: readonly Pack[];
  /** The document the response's `policy` block describes: the first chosen pack's. */
  main: PackManifest;
  /** The chosen packs' rules for each kind of applicant, in the packs' and each pack's order. */
  rules: { readonly [A in Audience]: readonly Rule[] };
}

/** A list of packs ready to be chosen from by date. */
export interface PackSet {
  packs: readonly Pack[];
  /** The packs' own parameter versions (no amendments laid in). */
  parameters: ParameterTable;
  /** The manifest of the pack a rule belongs to. */
  manifestOf(ruleId: string): PackManifest | undefined;
  /** The packs whose rules apply on `asOf`. */
  at(asOf: string): PacksInForce;
}

/** One replacement: `by` replaces `replaced` from `from` on. */
interface Replacement {
  replaced: Pack;
  by: Pack;
  from: string;
}

/**
 * The replacements the manifests state. A name no pack has is left out (a document without a
 * pack has no rules to drop); a replacement dated before its pack's start, a pack replacing
 * itself or a cycle of replacements stops the load, as each would leave a date with no rules.
 */
export function replacementsOf(packs: readonly Pack[]): Replacement[] {
  const out: Replacement[] = [];
  for (const by of packs) {
    for (const s of by.manifest.supersedes ?? []) {
      const replaced = packs.find((p) => p.manifest.id === s.document || p.manifest.docNo === s.document);
      if (!replaced) continue;
      if (replaced === by) throw new Error(`pack ${by.manifest.id} supersedes itself`);
      const from = s.from ?? by.manifest.period.from;
      if (from < by.manifest.period.from) throw new Error(`pack ${by.manifest.id} supersedes ${replaced.manifest.id} from ${from}, before its own start ${by.manifest.period.from}`);
      out.push({ replaced, by, from });
    }
  }
  // A cycle: following "replaced by" from some pack comes back to it.
  const next = (p: Pack) => out.filter((r) => r.replaced === p).map((r) => r.by);
  const visit = (p: Pack, path: readonly Pack[]): void => {
    if (path.includes(p)) throw new Error(`packs supersede each other in a cycle: ${[...path, p].map((x) => x.manifest.id).join(' → ')}`);
    for (const q of next(p)) visit(q, [...path, p]);
  };
  for (const p of packs) visit(p, []);
  return out;
}

/** The pack set of a list of packs with their parameter table. */
function makePackSet(packs: readonly Pack[], parameters: ParameterTable): PackSet {
  if (packs.length === 0) throw new Error('no packs to evaluate');
  const replacements = replacementsOf(packs);
  const replacing = new Set(replacements.map((r) => r.by));
  const owner = new Map<string, PackManifest>();
  for (const p of packs) for (const r of p.rules) owner.set(r.id, p.manifest);
  const chosen = new Map<string, PacksInForce>();
  const choose = (inForce: readonly Pack[]): PacksInForce => {
    const key = inForce.map((p) => p.manifest.id).join('\n');
    const known = chosen.get(key);
    if (known) return known;
    const rules = inForce.flatMap((p) => p.rules as readonly Rule[]);
    const made: PacksInForce = {
      key,
      packs: inForce,
      main: inForce[0]!.manifest,
      rules: { person: rules.filter((r) => r.audience === 'person'), employer: rules.filter((r) => r.audience === 'employer') },
    };
    chosen.set(key, made);
    return made;
  };
  // Without replacements every date gets every pack: the eligibility hot path pays nothing.
  const always = replacements.length === 0 ? choose(packs) : undefined;
  return {
    packs,
    parameters,
    manifestOf: (id) => owner.get(id),
    at(asOf) {
      if (always) return always;
      const inForce = packs.filter(
        (p) =>
          !(replacing.has(p) && asOf < p.manifest.period.from) &&
          !replacements.some((r) => r.replaced === p && r.from <= asOf),
      );
      return choose(inForce);
    },
  };
}

/** Each pack's parameter versions by id, as the engine's table wants them. */
function tableOf(packs: readonly Pack[]): ParameterTable {
  return Object.fromEntries(Object.entries(mergeParameters(packs)).map(([id, def]) => [id, def.versions]));
}

const sets = new WeakMap<readonly Pack[], PackSet>();

/**
 * The pack set of `packs` (default: the shipped packs, with `SHIPPED_PARAMETERS`), made once per
 * list object: pass the same array again to reuse its choices and its parameter table.
 */
export function packSet(packs: readonly Pack[] = SHIPPED_PACKS): PackSet {
  let set = sets.get(packs);
  if (!set) sets.set(packs, (set = makePackSet(packs, packs === SHIPPED_PACKS ? SHIPPED_PARAMETERS : tableOf(packs))));
  return set;
}
