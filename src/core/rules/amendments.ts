/**
 * Parameter changes made by other documents than the plan (front matter `amends`, see
 * ../corpus/meta-schema.ts), and the parameter table they make: the shipped versions with
 * each change laid in at its date, cited by the amending document's 文号 and clause.
 */
import type { PolicyDocumentMeta } from '../corpus/meta-schema.js';
import { PARAMETERS, SHIPPED_PARAMETERS, type ParamId, type ParameterTable, type ParameterVersion } from './parameters.js';

/** One parameter change of one document, as stored with the index. */
export interface ParameterAmendment {
  parameter: string;
  value: number;
  /** ISO date the value takes effect. */
  from: string;
  clause: string;
  quote: string;
  /** The amending document. */
  docId: string;
  docNo: string;
  /** The document it amends (id or 文号, as its front matter names it). */
  amends: string;
}

/** Whether `id` names a parameter of the rules. */
export function isParamId(id: string): id is ParamId {
  return Object.hasOwn(PARAMETERS, id);
}

/** The parameter changes a document's front matter states, one row each. */
export function amendmentsOf(meta: PolicyDocumentMeta): ParameterAmendment[] {
  return (meta.amends ?? []).flatMap((a) =>
    (a.parameters ?? []).map((p) => ({
      parameter: p.parameter,
      value: p.value,
      from: p.from ?? a.from,
      clause: p.clause,
      quote: p.quote,
      docId: meta.id,
      docNo: meta.docNo,
      amends: a.document,
    })),
  );
}

/**
 * The shipped parameters with the amendments laid in by date. A change of an unknown
 * parameter is left out (intake refuses one; an old index may hold one). Two changes of one
 * parameter from the same date: the later-issued document's row comes later in the input
 * and wins, as the sort is stable.
 */
export function parameterTable(amendments: readonly ParameterAmendment[]): ParameterTable {
  if (amendments.length === 0) return SHIPPED_PARAMETERS;
  const out: Record<ParamId, ParameterVersion[]> = {};
  for (const [id, versions] of Object.entries(SHIPPED_PARAMETERS)) out[id] = [...versions];
  for (const a of amendments) {
    const shipped = out[a.parameter];
    if (!isParamId(a.parameter) || !shipped) continue;
    const list = shipped.filter((v) => v.from !== a.from);
    list.push({ from: a.from, value: a.value, ref: { clause: a.clause, quote: a.quote, docNo: a.docNo } });
    list.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
    out[a.parameter] = list;
  }
  return out;
}

/** Spaces and line breaks do not count when a quote is compared with the clause text. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * What is wrong with a document's parameter changes, given its clauses: an unknown parameter,
 * a clause the document does not have, a quote its clause does not contain. Empty when sound.
 */
export function amendmentProblems(meta: PolicyDocumentMeta, clauses: readonly { clause: string; text: string }[]): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  (meta.amends ?? []).forEach((a, i) =>
    (a.parameters ?? []).forEach((p, j) => {
      const field = `amends.${i}.parameters.${j}`;
      const key = `${p.parameter}@${p.from ?? a.from}`;
      if (seen.has(key)) problems.push({ field: `${field}.parameter`, message: `"${p.parameter}" is changed twice from ${p.from ?? a.from}` });
      seen.add(key);
      if (!isParamId(p.parameter)) {
        problems.push({ field: `${field}.parameter`, message: `unknown parameter "${p.parameter}" (known: ${Object.keys(PARAMETERS).join(', ')})` });
        return;
      }
      const clause = clauses.find((c) => c.clause === p.clause);
      if (!clause) problems.push({ field: `${field}.clause`, message: `the document has no clause "${p.clause}" (it has ${clauses.map((c) => c.clause).join(', ')})` });
      else if (!squeeze(clause.text).includes(squeeze(p.quote))) problems.push({ field: `${field}.quote`, message: `clause ${p.clause} does not contain the quote "${p.quote}"` });
    }),
  );
  return problems;
}

/**
 * The amendments as one short string: part of the key of anything remembered across requests
 * (answers, eligibility responses), so a notice committed later is never answered from before it.
 */
export function amendmentsKey(amendments: readonly ParameterAmendment[]): string {
  return amendments.map((a) => `${a.docId}:${a.parameter}@${a.from}=${a.value}`).join(';');
}
