/**
 * The rule registry: every pack's rules, in the packs' order and each pack's own order, and every
 * pack's parameters. The packs are listed in src/packs/index.ts and each pack lists its rules, so
 * this is the one list of rules: the response schema's rule ids, the catalogue, /api/subsidies and
 * the case-table test all read it, and adding a rule touches its pack alone.
 */
import { PACKS } from '../../packs/index.js';
import type { Pack, PackAnswers, PackManifest, PackNamedBody, PackTopic, PackUnsettledSubject, PackVocabulary } from './pack.js';
import type { ParameterDef } from './parameters.js';
import type { PersonGroup } from './schema.js';
import type { Rule } from './types.js';

/** The id of a registered rule. */
export type RuleId = (typeof PACKS)[number]['rules'][number]['id'];

/** The shipped packs, in order (src/packs/index.ts). */
export const SHIPPED_PACKS: readonly Pack[] = PACKS;

/** Every rule of every pack. */
export const RULES: readonly Rule[] = PACKS.flatMap((p: Pack) => p.rules);

/** Every registered id, in registry order (non-empty, as `z.enum` wants it); a duplicate stops the load. */
export const RULE_IDS = ruleIdsOf(PACKS) as [RuleId, ...RuleId[]];

/** The registered rule with this id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** The manifests of the packs, in the packs' order; the first is the service's main document. */
export const MANIFESTS: readonly PackManifest[] = PACKS.map((p: Pack) => p.manifest);

/** The manifest of the pack a rule belongs to. */
export function manifestOfRule(id: string): PackManifest | undefined {
  return PACKS.find((p: Pack) => p.rules.some((r) => r.id === id))?.manifest;
}

/** Every pack's parameters merged by id; an id two packs declare is a mistake caught at load. */
export const PACK_PARAMETERS: Readonly<Record<string, ParameterDef>> = mergeParameters(PACKS);

/** The packs' parameters by id; throws when two packs declare one id. */
export function mergeParameters(packs: readonly Pack[]): Record<string, ParameterDef> {
  const out: Record<string, ParameterDef> = {};
  for (const p of packs) {
    for (const [id, def] of Object.entries(p.parameters)) {
      if (Object.hasOwn(out, id)) throw new Error(`parameter ${id} is declared by two packs (again by ${p.manifest.id})`);
      out[id] = def;
    }
  }
  return out;
}

/** The packs' rule ids in order; throws when one id is declared twice (in one pack or two). */
export function ruleIdsOf(packs: readonly Pack[]): string[] {
  const ids = packs.flatMap((p) => p.rules.map((r) => r.id));
  for (const id of ids) if (ids.indexOf(id) !== ids.lastIndexOf(id)) throw new Error(`rule ${id} is declared twice`);
  return ids;
}

/**
 * What the answer layer reads of the packs: topics, hints, unsettled subjects and group words of
 * every pack together (the main pack's first); the roles and fixed sentences are the main pack's.
 */
export interface RegistryAnswers {
  topics: readonly PackTopic<RuleId>[];
  roles: PackAnswers<RuleId>['roles'];
  hiredGroups: readonly PersonGroup[];
  topicYields: PackAnswers<RuleId>['topicYields'];
  calculateHints: Partial<Record<RuleId, string>>;
  groupNextHints: Partial<Record<RuleId, string>>;
  groupTerms: Readonly<Record<PersonGroup, readonly string[]>>;
  groupSkipClauses: readonly string[];
  unsettled: readonly PackUnsettledSubject[];
  unfixedSupport: readonly PackUnsettledSubject[];
  namedBodies: readonly PackNamedBody[];
  limitTerms: readonly string[];
  leadUnits: readonly string[];
  factOptions: PackAnswers['factOptions'];
  groupCriteria: readonly PackAnswers['groupCriteria'][];
  /** The field's closest clauses: every pack's, the first pack's fallback. */
  fieldClauses: PackAnswers['fieldClauses'];
  texts: PackAnswers['texts'];
}

/** The packs' answer data together (see `RegistryAnswers`). */
export function mergeAnswers(packs: readonly Pack[]): RegistryAnswers {
  const all = packs.map((p) => p.answers);
  const groupTerms = {} as Record<PersonGroup, string[]>;
  for (const a of all) {
    for (const [g, words] of Object.entries(a.groupTerms) as [PersonGroup, readonly string[]][]) {
      const had = groupTerms[g] ?? [];
      groupTerms[g] = [...had, ...words.filter((w) => !had.includes(w))];
    }
  }
  return {
    topics: all.flatMap((a) => a.topics) as PackTopic<RuleId>[],
    roles: all[0]!.roles as PackAnswers<RuleId>['roles'],
    hiredGroups: all[0]!.hiredGroups,
    topicYields: all.flatMap((a) => a.topicYields) as PackAnswers<RuleId>['topicYields'],
    calculateHints: Object.assign({}, ...all.map((a) => a.calculateHints)) as Partial<Record<RuleId, string>>,
    groupNextHints: Object.assign({}, ...all.map((a) => a.groupNextHints)) as Partial<Record<RuleId, string>>,
    groupTerms,
    groupSkipClauses: all.flatMap((a) => a.groupSkipClauses),
    unsettled: all.flatMap((a) => a.unsettled),
    unfixedSupport: all.flatMap((a) => a.unfixedSupport),
    namedBodies: all.flatMap((a) => a.namedBodies),
    limitTerms: all.flatMap((a) => a.limitTerms),
    leadUnits: [...new Set(all.flatMap((a) => a.leadUnits))],
    // One fact, one set of quick replies: the first pack giving it wins.
    factOptions: Object.assign({}, ...[...all].reverse().map((a) => a.factOptions)) as PackAnswers['factOptions'],
    groupCriteria: all.map((a) => a.groupCriteria),
    fieldClauses: { near: all.flatMap((a) => a.fieldClauses.near), fallback: all[0]!.fieldClauses.fallback },
    texts: all[0]!.texts,
  };
}

/** What the answer layer reads of the shipped packs. */
export const ANSWERS: RegistryAnswers = mergeAnswers(PACKS);

/** Every pack's words: glossary groups in the packs' order, terms each once. */
export const VOCABULARY: PackVocabulary = {
  glossary: PACKS.flatMap((p: Pack) => p.vocabulary.glossary),
  terms: [...new Set(PACKS.flatMap((p: Pack) => p.vocabulary.terms))],
};
