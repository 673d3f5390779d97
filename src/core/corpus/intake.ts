/**
 * One uploaded file to a checked corpus document: its text read (Markdown, plain text, .docx,
 * text-layer .pdf), its front matter taken from the file or built from what the text says plus
 * what the uploader gave, its clauses parsed, and the front matter checked against the text.
 * Either a document ready to go live, with what a person should look at, or the reason it is
 * refused: which field or which line, and what was expected.
 */
import { amendmentProblems } from '../rules/amendments.js';
import { compareWithText, metaFromText, toCorpusSource } from './document-info.js';
import { extractText, ExtractionError, type DocumentFormat } from './extract/index.js';
import { parsePolicyDocument, PolicyDocumentError, splitFrontMatter } from './frontmatter.js';
import { PolicyDocumentMetaSchema } from './meta-schema.js';
import { DocumentStructureError, parseStructure, type DocumentStructure } from './parse.js';
import type { PolicyDocument } from './types.js';

/** The most text one document may have (the plan is ~25 000 characters). */
export const MAX_DOCUMENT_CHARS = 1_000_000;

export interface UploadInput {
  bytes: Uint8Array;
  format: DocumentFormat;
  fileName?: string;
  /** Front-matter fields given with the upload; they win over the file's and the text's. */
  given?: Record<string, unknown>;
}

/** Why an upload is refused: the message, and where (a front-matter field, or a line). */
export interface IntakeRefusal {
  ok: false;
  reason: string;
  /** `file`, a front-matter field (`docNo`, `amends.0.from`), or `(document)` for the structure. */
  field: string;
  line?: number;
  expected?: string;
  /** The text is over `MAX_DOCUMENT_CHARS` (HTTP 413 rather than 400). */
  tooLarge?: boolean;
}

export interface IntakeDocument {
  ok: true;
  document: PolicyDocument;
  /** The corpus file to store: front matter and body. */
  source: string;
  structure: DocumentStructure;
  warnings: string[];
}

const PLACEHOLDER = {
  id: 'upload',
  title: '-',
  docNo: '-',
  issuer: '-',
  issued: '2000-01-01',
  period: { from: '2000-01-01', to: '2000-01-01' },
  source: '-',
} as const;

function refusal(err: unknown, fallbackField: string): IntakeRefusal {
  if (err instanceof DocumentStructureError) {
    return {
      ok: false,
      reason: err.message,
      field: '(document)',
      ...(err.line !== undefined ? { line: err.line } : {}),
      ...(err.expected !== undefined ? { expected: err.expected } : {}),
    };
  }
  if (err instanceof PolicyDocumentError) return { ok: false, reason: err.message, field: err.field ?? fallbackField };
  if (err instanceof ExtractionError) return { ok: false, reason: err.message, field: 'file' };
  throw err;
}

/**
 * Reads and checks an upload. Never throws for a bad document (only for a bug): a refusal
 * carries the reason a person can act on.
 */
export async function intakeDocument(input: UploadInput): Promise<IntakeDocument | IntakeRefusal> {
  const file = input.fileName ?? `upload.${input.format === 'markdown' ? 'md' : input.format === 'text' ? 'txt' : input.format}`;
  let text: string;
  const warnings: string[] = [];
  try {
    const read = await extractText(input.bytes, input.format);
    text = read.text;
    warnings.push(...read.warnings);
  } catch (err) {
    return refusal(err, 'file');
  }
  if (text.trim() === '') return { ok: false, reason: `${file}: the file has no text`, field: 'file' };
  if (text.length > MAX_DOCUMENT_CHARS) {
    return { ok: false, reason: `${file}: ${text.length} characters of text; the limit is ${MAX_DOCUMENT_CHARS}`, field: 'file', tooLarge: true };
  }
  const given = input.given ?? {};
  const hasFrontMatter = /^\uFEFF?---[ \t]*\r?\n/.test(text);

  try {
    let document: PolicyDocument;
    let bodyLine = 1;
    let source: string;
    if (hasFrontMatter) {
      const parsed = parsePolicyDocument(text, file);
      bodyLine = splitFrontMatter(text, file).bodyLine;
      if (Object.keys(given).length === 0) {
        document = parsed;
        source = text;
      } else {
        const merged = PolicyDocumentMetaSchema.safeParse({ ...parsed.meta, ...given });
        if (!merged.success) {
          const issue = merged.error.issues[0]!;
          const field = [...issue.path.map(String), ...((issue as { keys?: string[] }).keys ?? [])].join('.') || '(front matter)';
          return { ok: false, reason: `${file}: field "${field}" given with the upload: ${issue.message}`, field };
        }
        document = { meta: merged.data, body: parsed.body };
        source = toCorpusSource(merged.data, parsed.body);
        warnings.push(`fields given with the upload replace the file's front matter: ${Object.keys(given).join(', ')}`);
      }
    } else {
      // No front matter: read what the text says about itself first, then build one.
      const first = parseStructure({ meta: { ...PLACEHOLDER, id: typeof given.id === 'string' ? given.id : 'upload' }, body: text });
      // `source` says where the text came from; an uploader may say more.
      const defaults = { source: `uploaded as ${input.format}${input.fileName ? ` (${input.fileName})` : ''}; text extracted at upload` };
      const built = metaFromText(first.info, { ...defaults, ...given }, file);
      warnings.push(...built.warnings);
      document = { meta: built.meta, body: text };
      source = toCorpusSource(built.meta, text);
    }

    const structure = parseStructure(document, { bodyLine });
    const check = compareWithText(document.meta, structure.info);
    if (check.problems.length) {
      const p = check.problems[0]!;
      return { ok: false, reason: `${file}: ${check.problems.map((x) => x.message).join('; ')}`, field: p.field };
    }
    // A parameter change must name a parameter the rules know and quote its own clause.
    const wrong = amendmentProblems(document.meta, structure.clauses);
    if (wrong.length) return { ok: false, reason: `${file}: ${wrong.map((x) => `"${x.field}": ${x.message}`).join('; ')}`, field: wrong[0]!.field };
    warnings.push(...check.warnings, ...structure.warnings);
    if (!structure.clauses.some((c) => c.clause !== 'head' && c.clause !== 'tail')) {
      return {
        ok: false,
        reason: `${file}: no text between the head and the 版记 (expected an opening paragraph or numbered parts 一、二、…)`,
        field: '(document)',
        expected: 'an opening paragraph or part 一、',
      };
    }
    return { ok: true, document, source, structure, warnings };
  } catch (err) {
    return refusal(err, '(front matter)');
  }
}
