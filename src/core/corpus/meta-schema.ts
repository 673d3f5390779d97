/**
 * The schema of a document's front matter, and so of `PolicyDocumentMeta`: what a document
 * says about itself (id, title, 文号, issuer, dates, period) and how it relates to other
 * documents (`implements`, `amends`, `supersedes`). The type is taken from the schema, so a
 * field exists in one place only.
 */
import { z } from 'zod';

/** An ISO calendar date `YYYY-MM-DD` that exists (no 2 月 30 日). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'not a real calendar date',
  });

/** A document id: the file name in `policy-corpus/` and the address under `/admin/documents/`. */
export const DocumentIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lowercase letters, digits and dashes');

/** Another document, named by its id (`zz-2019-63`) or its 文号 (`郑政办〔2019〕63号`). */
const DocumentRefSchema = z.string().trim().min(1, 'name a document by id or 文号');

/**
 * One parameter an amending document changes: the parameter's id as the rules name it
 * (`onJobMonthlyYuan`, see the packs' parameters.ts, src/packs/<id>/), its new value, the date it takes
 * effect (the amendment's `from` when not given) and the clause of this document that fixes
 * it, with its words verbatim — the citation an eligibility result shows from that date on.
 */
export const ParameterChangeSchema = z
  .object({
    parameter: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'a parameter id of the rules, e.g. onJobMonthlyYuan'),
    value: z.number().finite(),
    from: IsoDateSchema.optional(),
    /** Clause of this document that sets the value (`一`, `二(一)`). */
    clause: z.string().trim().min(1),
    /** Its words, verbatim (spaces ignored when checked). */
    quote: z.string().trim().min(1),
    note: z.string().optional(),
  })
  .strict();

/** `amends`: the document changed, from which date, and (when stated) which parameters. */
export const AmendmentSchema = z
  .object({
    document: DocumentRefSchema,
    from: IsoDateSchema,
    parameters: z.array(ParameterChangeSchema).optional(),
  })
  .strict();

/**
 * `supersedes`: a document this one replaces, written as its id or as
 * `{ document, from }` when the replacement takes effect on a date of its own.
 * Always read as the object form.
 */
export const SupersessionSchema = z
  .union([DocumentRefSchema, z.object({ document: DocumentRefSchema, from: IsoDateSchema.optional() }).strict()])
  .transform((v) => (typeof v === 'string' ? { document: v } : v));

/** The front matter of one `policy-corpus/*.md` file. */
export const PolicyDocumentMetaSchema = z
  .object({
    id: DocumentIdSchema,
    title: z.string().min(1),
    /** 文号, e.g. 郑政办〔2019〕63号 */
    docNo: z.string().min(1),
    issuer: z.string().min(1),
    /** ISO date the document was signed (成文日期). */
    issued: IsoDateSchema,
    /** ISO date it was printed (印发日期), when known. */
    printed: IsoDateSchema.optional(),
    /** The period the document covers, ISO dates. */
    period: z
      .object({ from: IsoDateSchema, to: IsoDateSchema })
      .strict()
      .refine((p) => p.from <= p.to, { message: 'period.from is after period.to', path: ['to'] }),
    source: z.string().min(1),
    /** Documents this one carries out (a city plan implementing a provincial one): ids or 文号. */
    implements: z.array(DocumentRefSchema).optional(),
    /** Documents this one changes from a date, with the parameters it changes. */
    amends: z.array(AmendmentSchema).optional(),
    /** Documents this one replaces. */
    supersedes: z.array(SupersessionSchema).optional(),
  })
  .strict();

/** Front matter of one policy document, as validated. */
export type PolicyDocumentMeta = z.output<typeof PolicyDocumentMetaSchema>;
/** One entry of `amends`. */
export type Amendment = z.output<typeof AmendmentSchema>;
/** One entry of `supersedes`, in its object form. */
export type Supersession = z.output<typeof SupersessionSchema>;
/** One parameter an amendment changes. */
export type ParameterChange = z.output<typeof ParameterChangeSchema>;
