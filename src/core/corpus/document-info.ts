/**
 * Front matter and text side by side: what a document's text says about itself (文号, issuer,
 * 成文日期, 印发日期, title — read by ./parse.ts) checks the front matter written for it, and
 * fills it when the document arrived without one (a .docx, a .pdf, a plain-text file).
 */
import { stringify } from 'yaml';
import { PolicyDocumentError } from './frontmatter.js';
import { PolicyDocumentMetaSchema } from './meta-schema.js';
import type { DocumentInfo } from './parse.js';
import type { PolicyDocumentMeta } from './types.js';

/** A disagreement between the front matter and the text: the field and what each says. */
export interface MetaProblem {
  field: string;
  message: string;
}

const zh = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};

/** 文号 compared without the bracket style or spaces a scan may vary in. */
function sameDocNo(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s/g, '').replace(/[［[（(](\d{4})[］\]）)]/, '〔$1〕');
  return norm(a) === norm(b);
}

/**
 * Where the front matter contradicts the text (refuse: one of them is wrong, and the service
 * would cite the wrong 文号 or date), and what the text adds that the front matter lacks.
 */
export function compareWithText(meta: PolicyDocumentMeta, info: DocumentInfo): { problems: MetaProblem[]; warnings: string[] } {
  const problems: MetaProblem[] = [];
  const warnings: string[] = [];
  if (info.docNo && !sameDocNo(meta.docNo, info.docNo)) {
    problems.push({ field: 'docNo', message: `front matter says 文号 ${meta.docNo} but the text's head says ${info.docNo}` });
  }
  if (info.issued && meta.issued !== info.issued) {
    problems.push({ field: 'issued', message: `front matter says issued ${meta.issued} but the text is signed ${zh(info.issued)} (成文日期)` });
  }
  if (info.printed && meta.printed && meta.printed !== info.printed) {
    problems.push({ field: 'printed', message: `front matter says printed ${meta.printed} but the 版记 says ${zh(info.printed)}印发` });
  }
  if (info.printed && !meta.printed) warnings.push(`印发日期 ${info.printed} read from the 版记 (front matter has no printed)`);
  if (!info.docNo) warnings.push('no 文号 found in the text: the front matter docNo is taken as written');
  if (!info.issued) warnings.push('no 成文日期 found in the text: the front matter issued date is taken as written');
  return { problems, warnings };
}

/** The front matter with the 印发日期 the text states filled in when it was missing. */
export function fillFromText(meta: PolicyDocumentMeta, info: DocumentInfo): PolicyDocumentMeta {
  return !meta.printed && info.printed ? { ...meta, printed: info.printed } : meta;
}

/** A `（2022—2024年）` year range in a title: the period a plan covers. */
function periodFromTitle(title: string | undefined): { from: string; to: string } | undefined {
  const m = /（(\d{4})[—–-]+(\d{4})年）/.exec(title ?? '');
  return m ? { from: `${m[1]}-01-01`, to: `${m[2]}-12-31` } : undefined;
}

/**
 * Front matter for a document that arrived as text only: what the text says (文号, issuer,
 * title, 成文 and 印发 dates, a plan's year range) under what the uploader gave (`given`,
 * which wins). Validated by the same schema as a corpus file; a field neither gives is named
 * in the error (`id`, `period.from`, …).
 */
export function metaFromText(info: DocumentInfo, given: Record<string, unknown>, file: string): { meta: PolicyDocumentMeta; warnings: string[] } {
  const warnings: string[] = [];
  const fromText: Record<string, unknown> = {};
  if (info.title) fromText.title = info.title;
  if (info.docNo) fromText.docNo = info.docNo;
  if (info.issuer) fromText.issuer = info.issuer;
  if (info.issued) fromText.issued = info.issued;
  if (info.printed) fromText.printed = info.printed;
  const range = periodFromTitle(info.title);
  if (range && given.period === undefined) {
    fromText.period = range;
    warnings.push(`period ${range.from} – ${range.to} taken from the title's year range; give period to override`);
  }
  const merged = { ...fromText, ...given };
  const parsed = PolicyDocumentMetaSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keys = (issue as { keys?: string[] }).keys ?? [];
    const field = [...issue.path.map(String), ...keys].join('.') || '(front matter)';
    const missing = issue.code === 'invalid_type' && (issue.path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown> | undefined)?.[k as never], merged) === undefined);
    const hint = missing ? 'not found in the text: give it with the upload' : issue.message;
    throw new PolicyDocumentError(`${file}: front matter field "${field}": ${hint}`, file, field);
  }
  return { meta: parsed.data, warnings };
}

/** A corpus file (front matter and body) for a document that arrived without one. */
export function toCorpusSource(meta: PolicyDocumentMeta, body: string): string {
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n${body.endsWith('\n') ? body : `${body}\n`}`;
}
