/**
 * The library as the answers see it: every indexed document with its front matter, the
 * parameter changes the documents make, and what each document's standing is on a date —
 * in force, not yet in force, ended, or replaced by another — as its own front matter and
 * those of the others say (period, `supersedes`, `amends`). Nothing here names a document.
 */
import { docNoKey } from '../../corpus/doc-no.js';
import type { PolicyDocumentMeta } from '../../corpus/types.js';
import type { AppDeps } from '../../deps.js';
import type { ParameterAmendment } from '../../rules/amendments.js';
import { SHIPPED_PARAMETERS, type ParameterTable } from '../../rules/parameters.js';

/** A document's standing on a date. */
export type DocumentStanding =
  | { kind: 'in_force'; until: string }
  | { kind: 'not_yet'; from: string }
  | { kind: 'ended'; on: string }
  | { kind: 'replaced'; by: PolicyDocumentMeta; from: string };

export interface LibraryView {
  /** Every indexed document, oldest issued first. */
  documents: PolicyDocumentMeta[];
  amendments: ParameterAmendment[];
  table: ParameterTable;
}

/** Reads the library: the documents served and the amendments the rules use. */
export async function loadLibraryView(source: {
  documents: () => Promise<PolicyDocumentMeta[]>;
  parameters?: AppDeps['parameters'];
}): Promise<LibraryView> {
  // The parameter library keeps its table with its amendments: built once per read, not per question.
  const [documents, amendments, table] = await Promise.all([
    source.documents(),
    source.parameters ? source.parameters.amendments() : Promise.resolve([]),
    source.parameters ? source.parameters.table() : Promise.resolve(SHIPPED_PARAMETERS),
  ]);
  documents.sort((a, b) => (a.issued < b.issued ? -1 : a.issued > b.issued ? 1 : a.id < b.id ? -1 : 1));
  return { documents, amendments, table };
}

/** The document a reference names: by id, or by 文号 (brackets written either way). */
export function findDocument(view: LibraryView, ref: string): PolicyDocumentMeta | undefined {
  const key = docNoKey(ref);
  return view.documents.find((d) => d.id === ref || docNoKey(d.docNo) === key);
}


/** The documents whose 文号 the text names. */
export function documentsNamed(view: LibraryView, text: string): PolicyDocumentMeta[] {
  const key = docNoKey(text);
  return view.documents.filter((d) => key.includes(docNoKey(d.docNo)));
}

/** A document's standing on `date` (see the module comment). A replacement outranks an end. */
export function standingOn(view: LibraryView, doc: PolicyDocumentMeta, date: string): DocumentStanding {
  for (const other of view.documents) {
    if (other.id === doc.id) continue;
    for (const s of other.supersedes ?? []) {
      const target = findDocument(view, s.document);
      const from = s.from ?? other.period.from;
      if (target?.id === doc.id && from <= date) return { kind: 'replaced', by: other, from };
    }
  }
  if (date < doc.period.from) return { kind: 'not_yet', from: doc.period.from };
  if (date > doc.period.to) return { kind: 'ended', on: doc.period.to };
  return { kind: 'in_force', until: doc.period.to };
}

/** `2021-12-31` → `2021年12月31日`. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** One line saying where a document stands on `date`, naming it by 文号. */
export function standingLine(view: LibraryView, doc: PolicyDocumentMeta, date: string): string {
  const s = standingOn(view, doc, date);
  const name = `${doc.docNo}《${doc.title}》`;
  switch (s.kind) {
    case 'in_force':
      return `${name}：现行有效，施行期至${chineseDate(s.until)}。`;
    case 'not_yet':
      return `${name}：尚未施行，自${chineseDate(s.from)}起施行。`;
    case 'ended':
      return `${name}：已于${chineseDate(s.on)}到期，不再施行。`;
    case 'replaced':
      return `${name}：自${chineseDate(s.from)}起由${s.by.docNo}《${s.by.title}》代替。`;
  }
}
