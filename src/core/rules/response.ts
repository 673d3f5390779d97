/**
 * The response half of the eligibility contract as zod schemas. The list of rule ids is read from
 * the rule registry (./registry.ts, which reads the packs), so adding a rule to its pack is all it
 * takes for the response schema, OpenAPI and /api/subsidies to know the new id: no second list to keep.
 */
import { z } from 'zod';
import { RULE_IDS, type RuleId } from './registry.js';
import { PolicyInfoSchema, RuleCitationSchema, StatusSchema, TraceEntrySchema } from './schema.js';
import { AMOUNT_KINDS } from './types.js';

export type { RuleId };

/** Every rule id the engine serves, in the registry's (the contract's) order. */
export const RuleIdSchema = z.enum(RULE_IDS);

export const AmountKindSchema = z
  .enum(AMOUNT_KINDS)
  .describe('subsidy: money paid; advance: part of a subsidy paid early; tax_deduction: deductible before income tax, never paid out; service: free service or fee waiver; award: reward or honour');

export const RuleResultSchema = z.object({
  id: RuleIdSchema,
  title: z.string(),
  audience: z.enum(['person', 'employer']),
  status: StatusSchema,
  /** Integer yuan; null where the document fixes no amount or facts for it are missing. */
  amountYuan: z.number().int().nullable(),
  amountNote: z.string(),
  /** What kind of benefit the amount is; always set by the engine. */
  amountKind: AmountKindSchema.optional(),
  reasons: z.array(z.string()),
  /** Request paths (relative to `applicant`) that would settle a `needs_info`. */
  missing: z.array(z.string()),
  /** For an `eligible` result without an amount: the facts that would let it be computed. */
  amountMissing: z.array(z.string()),
  /**
   * For an `eligible` result whose total is still open (`amountYuan` null): the amount the facts
   * given already prove, in whole yuan, beside `amountMissing` naming what would settle the rest.
   * null when nothing is proven yet or the total is settled. Always set by the engine.
   */
  partialAmountYuan: z
    .number()
    .int()
    .nullable()
    .optional()
    .describe('eligible with an open total: the amount already proven; amountMissing names what settles the rest'),
  citations: z.array(RuleCitationSchema),
  trace: z.array(TraceEntrySchema),
});
export type RuleResult = z.infer<typeof RuleResultSchema>;

export const EligibilityResponseSchema = z.object({
  asOf: z.string(),
  policy: PolicyInfoSchema,
  results: z.array(RuleResultSchema),
  warnings: z.array(z.string()),
});
export type EligibilityResponse = z.infer<typeof EligibilityResponseSchema>;
