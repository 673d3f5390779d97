/**
 * Reads one `policy-corpus/*.md` file: a front-matter block between `---` lines, then the
 * body exactly as received. The front matter is a tiny YAML subset (scalars, one level of
 * nesting, `#` comments, quoted strings) — enough for document metadata, and small enough
 * to ship in a Workers bundle without a YAML package.
 */
import { z } from 'zod';
import type { PolicyDocument, PolicyDocumentMeta } from './types.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'not a real calendar date',
  });

/** The schema of a document's front matter; `PolicyDocumentMeta` is its shape. */
export const PolicyDocumentMetaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lowercase letters, digits and dashes'),
    title: z.string().min(1),
    docNo: z.string().min(1),
    issuer: z.string().min(1),
    issued: isoDate,
    printed: isoDate.optional(),
    period: z
      .object({ from: isoDate, to: isoDate })
      .refine((p) => p.from <= p.to, { message: 'period.from is after period.to', path: ['to'] }),
    source: z.string().min(1),
  })
  .strict();

// Compile-time check that the schema and the shared interface stay the same shape.
type SchemaMeta = z.infer<typeof PolicyDocumentMetaSchema>;
const _sameShape: [SchemaMeta extends PolicyDocumentMeta ? true : false, PolicyDocumentMeta extends SchemaMeta ? true : false] = [true, true];
void _sameShape;

type FrontValue = string | { [key: string]: FrontValue };

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

function unquote(raw: string): string {
  const v = raw.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    const inner = v.slice(1, -1);
    return v.startsWith('"') ? inner.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c)) : inner.replace(/''/g, "'");
  }
  // An unquoted value may carry a trailing comment (` # …`).
  const hash = v.search(/\s#/);
  return (hash >= 0 ? v.slice(0, hash) : v).trim();
}

/** Parses the front-matter lines into nested string maps (indentation = nesting). */
function parseBlock(lines: string[], file: string): Record<string, FrontValue> {
  const root: Record<string, FrontValue> = {};
  // Stack of (indent, map) so deeper indentation nests under the last key that opened a map.
  const stack: { indent: number; map: Record<string, FrontValue> }[] = [{ indent: -1, map: root }];
  lines.forEach((line, i) => {
    if (/^\s*(#.*)?$/.test(line)) return;
    const m = /^( *)([A-Za-z_][A-Za-z0-9_]*)\s*:(.*)$/.exec(line);
    if (!m) throw new PolicyDocumentError(`${file}: front matter line ${i + 2} is not "key: value": ${line.trim()}`, file);
    const indent = m[1]!.length;
    const key = m[2]!;
    const rest = m[3]!.trim();
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack[stack.length - 1]!.map;
    if (Object.hasOwn(parent, key)) throw new PolicyDocumentError(`${file}: front matter field "${key}" appears twice`, file, key);
    if (rest === '' || rest.startsWith('#')) {
      const child: Record<string, FrontValue> = {};
      parent[key] = child;
      stack.push({ indent, map: child });
    } else {
      parent[key] = unquote(rest);
    }
  });
  return root;
}

/**
 * Splits a corpus file into front matter and body, validates the front matter and returns the
 * document. The body is everything after the closing `---` line, byte for byte.
 * Throws `PolicyDocumentError` naming the file and the bad field.
 */
export function parsePolicyDocument(source: string, file = 'document'): PolicyDocument {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) throw new PolicyDocumentError(`${file}: missing front matter (the file must start with a "---" line)`, file);
  const rest = text.slice(open[0].length);
  const close = /^---[ \t]*(\r?\n|$)/m.exec(rest);
  if (!close) throw new PolicyDocumentError(`${file}: front matter is not closed by a "---" line`, file);
  const head = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length);
  const raw = parseBlock(head.split(/\r?\n/), file);

  const parsed = PolicyDocumentMetaSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length ? issue.path.join('.') : ((issue as { keys?: string[] }).keys?.join(', ') ?? '(front matter)');
    const all = parsed.error.issues
      .map((x) => `"${x.path.length ? x.path.join('.') : ((x as { keys?: string[] }).keys?.join(', ') ?? '')}": ${x.message}`)
      .join('; ');
    throw new PolicyDocumentError(`${file}: bad front matter field ${all}`, file, field);
  }
  if (body.trim() === '') throw new PolicyDocumentError(`${file}: the document has no body`, file, 'body');
  return { meta: parsed.data, body };
}
