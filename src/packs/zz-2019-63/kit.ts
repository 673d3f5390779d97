/**
 * The rule declarations of this pack: the core's `personRule` / `employerRule` with the pack's
 * parameter ids, so a rule's `parameters` and `uses` are checked against parameters.ts.
 */
import type { EmployerRule, PersonRule } from '../../core/rules/types.js';
import type { ParamId } from './parameters.js';

export type { RuleOutcome } from '../../core/rules/types.js';

/** Declares a person rule of this pack, keeping its id as a literal type. */
export function personRule<const Id extends string>(rule: PersonRule<Id, ParamId>): PersonRule<Id, ParamId> {
  return rule;
}

/** Declares an employer rule of this pack, keeping its id as a literal type. */
export function employerRule<const Id extends string>(rule: EmployerRule<Id, ParamId>): EmployerRule<Id, ParamId> {
  return rule;
}
