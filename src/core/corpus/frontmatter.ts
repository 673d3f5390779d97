/**
 * Reads one `policy-corpus/*.md` file: a front-matter block between `---` lines, then the
 * body exactly as received. The front matter is YAML (read with the `yaml` package: relations
 * between documents are lists of maps, which a hand-written subset reads wrongly), validated
 * by the schema in ./meta-schema.ts. Every error names the file and, when known, the field.
 */
import { isMap, parseDocument as parseYaml } from 'yaml';
import { PolicyDocumentMetaSchema } from './meta-schema.js';
import type { PolicyDocument } from './types.js';

export { PolicyDocumentMetaSchema } from './meta-schema.js';

/** Error for a document that cannot be read; names the file and, when known, the field. */
export class PolicyDocumentError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'PolicyDocumentError';
  }
}

/** The front-matter block and the body of a file, and the file line the block starts on. */
export interface SplitSource {
  head: string;
  body: string;
  /** 1-based file line of the body's first line (after the closing `---`). */
  bodyLine: number;
}

/** Splits a file into its front-matter block and its body; throws when there is no block. */
export function splitFrontMatter(source: string, file = 'document'): SplitSource {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) throw new PolicyDocumentError(`${file}: missing front matter (the file must start with a "---" line)`, file);
  const rest = text.slice(open[0].length);
  const close = /^---[ \t]*(\r?\n|$)/m.exec(rest);
  if (!close) throw new PolicyDocumentError(`${file}: front matter is not closed by a "---" line`, file);
  const head = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length);
  const bodyLine = 2 + (head.match(/\n/g)?.length ?? 0) + 1;
  return { head, body, bodyLine };
}

/** The key written at `offset` of a YAML text (for a duplicate-key error, which names none). */
function keyAt(head: string, offset: number): string | undefined {
  return /^\s*([^:\s#][^:]*?)\s*:/.exec(head.slice(offset))?.[1];
}

/** Reads the YAML block into a plain object; syntax errors name the file line. */
function readYaml(head: string, file: string): unknown {
  const doc = parseYaml(head, { uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    if (error.code === 'DUPLICATE_KEY') {
      const key = keyAt(head, error.pos[0]);
      throw new PolicyDocumentError(`${file}: front matter field "${key ?? '?'}" appears twice`, file, key);
    }
    // Line 1 of the file is the opening `---`, so YAML line n is file line n + 1.
    const line = (head.slice(0, error.pos[0]).match(/\n/g)?.length ?? 0) + 2;
    const text = head.split(/\r?\n/)[line - 2]?.trim() ?? '';
    throw new PolicyDocumentError(
      `${file}: front matter line ${line} is not valid YAML ("key: value" expected): ${text} — ${error.message.split('\n')[0]}`,
      file,
    );
  }
  if (doc.contents === null) return {};
  if (!isMap(doc.contents)) throw new PolicyDocumentError(`${file}: front matter must be "key: value" lines`, file);
  return doc.toJS();
}

/** `"period.to": message; "sorce": unrecognized key` — every issue, with the first field apart. */
function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string; keys?: string[] }>): { field: string; all: string } {
  const name = (x: { path: PropertyKey[]; keys?: string[] }) =>
    x.path.length ? x.path.map(String).join('.') : (x.keys?.join(', ') ?? '(front matter)');
  const first = issues[0]!;
  // An unknown key's path is its parent; the key itself is what the writer must fix.
  const field = first.keys?.length ? [...first.path.map(String), ...first.keys].join('.') : name(first);
  const all = issues.map((x) => `"${x.keys?.length ? [...x.path.map(String), ...x.keys].join('.') : name(x)}": ${x.message}`).join('; ');
  return { field, all };
}

/**
 * Splits a corpus file into front matter and body, validates the front matter and returns the
 * document. The body is everything after the closing `---` line, byte for byte.
 * Throws `PolicyDocumentError` naming the file and the bad field.
 */
export function parsePolicyDocument(source: string, file = 'document'): PolicyDocument {
  const { head, body } = splitFrontMatter(source, file);
  const raw = readYaml(head, file);
  const parsed = PolicyDocumentMetaSchema.safeParse(raw);
  if (!parsed.success) {
    const { field, all } = describeIssues(parsed.error.issues as never);
    throw new PolicyDocumentError(`${file}: bad front matter field ${all}`, file, field);
  }
  if (body.trim() === '') throw new PolicyDocumentError(`${file}: the document has no body`, file, 'body');
  return { meta: parsed.data, body };
}
