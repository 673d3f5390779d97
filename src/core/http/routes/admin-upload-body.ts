/**
 * Reads a document upload from a request, in either form:
 *
 * - `multipart/form-data`: the file in field `file`; optional `meta` (front-matter YAML, e.g.
 *   with `amends` or `supersedes`) and the simple fields below as form fields;
 * - a raw body whose `Content-Type` names the format (`text/markdown`, `text/plain`,
 *   `application/vnd.openxmlformats-officedocument.wordprocessingml.document`,
 *   `application/pdf`); the file name in `?name=` or `Content-Disposition`.
 *
 * Simple front-matter fields may come as query parameters (either form) or form fields:
 * `id`, `title`, `docNo`, `issuer`, `issued`, `printed`, `source`, and `from`/`to` for the
 * period. They matter for a .docx, .pdf or text file, which carry no front matter.
 */
import type { Context } from 'hono';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ACCEPTED_TYPES, detectFormat, type DocumentFormat } from '../../corpus/extract/index.js';
import { ApiError, fromZodError } from '../errors.js';

export interface UploadRequest {
  bytes: Uint8Array;
  format: DocumentFormat;
  fileName?: string;
  given: Record<string, unknown>;
}

const SimpleFieldsSchema = z
  .object({
    id: z.string().trim().min(1).optional(),
    title: z.string().trim().min(1).optional(),
    docNo: z.string().trim().min(1).optional(),
    issuer: z.string().trim().min(1).optional(),
    issued: z.string().trim().min(1).optional(),
    printed: z.string().trim().min(1).optional(),
    source: z.string().trim().min(1).optional(),
    from: z.string().trim().min(1).optional(),
    to: z.string().trim().min(1).optional(),
  })
  .refine((f) => (f.from === undefined) === (f.to === undefined), { message: 'give both from and to (the period)', path: ['to'] });

const FIELD_NAMES = ['id', 'title', 'docNo', 'issuer', 'issued', 'printed', 'source', 'from', 'to'] as const;

/** Front-matter fields from the YAML `meta` part and the simple fields (which win). */
function givenFields(meta: string | undefined, simple: Record<string, string | undefined>): Record<string, unknown> {
  let fromMeta: Record<string, unknown> = {};
  if (meta !== undefined && meta.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = parseYaml(meta.replace(/^---\s*\n/, '').replace(/\n---\s*$/, ''));
    } catch (err) {
      throw new ApiError('bad_request', `meta 不是合法的 YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`, [
        { path: 'meta', message: 'not valid YAML' },
      ]);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new ApiError('bad_request', 'meta 应为 front matter 的 "key: value" 行', [{ path: 'meta', message: 'expected key: value lines' }]);
    }
    fromMeta = parsed as Record<string, unknown>;
  }
  const checked = SimpleFieldsSchema.safeParse(simple);
  if (!checked.success) throw fromZodError(checked.error, '上传参数有误');
  const { from, to, ...rest } = checked.data;
  const given: Record<string, unknown> = { ...fromMeta };
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) given[k] = v;
  if (from !== undefined && to !== undefined) given.period = { from, to };
  return given;
}

function pick(get: (name: string) => string | undefined): Record<string, string | undefined> {
  return Object.fromEntries(FIELD_NAMES.map((n) => [n, get(n)]));
}

/** The file name a `Content-Disposition: attachment; filename*=UTF-8''…` header gives. */
function dispositionName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim().replace(/^"|"$/g, ''));
    } catch {
      return undefined;
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(header)?.[1]?.trim();
}

function unsupported(type: string, name: string | undefined): ApiError {
  return new ApiError(
    'unsupported_media_type',
    `无法识别的文档格式（Content-Type: ${type || '无'}${name ? `，文件名 ${name}` : ''}）。支持：${ACCEPTED_TYPES.join('、')}，或 multipart/form-data 的 file 字段`,
    [{ path: 'file', message: 'unsupported format' }],
  );
}

/** The upload in a request, or a 400/415 naming what is missing or wrong. */
export async function readUploadRequest(c: Context): Promise<UploadRequest> {
  const type = c.req.header('Content-Type') ?? '';
  const query = (n: string) => c.req.query(n);
  if (type.toLowerCase().startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await c.req.formData();
    } catch {
      throw new ApiError('bad_request', 'multipart 请求体无法解析', [{ path: '(body)', message: 'malformed multipart body' }]);
    }
    const file = form.get('file');
    if (file === null || typeof file === 'string') {
      throw new ApiError('bad_request', '缺少文件：请在 multipart 的 file 字段中上传文档', [{ path: 'file', message: 'required (a file part)' }]);
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.length === 0) throw new ApiError('bad_request', '上传的文件是空的', [{ path: 'file', message: 'empty' }]);
    const fileName = file.name || undefined;
    const format = detectFormat(file.type, fileName, bytes);
    if (!format) throw unsupported(file.type, fileName);
    const field = (n: string) => {
      const v = form.get(n);
      return typeof v === 'string' ? v : undefined;
    };
    const given = givenFields(field('meta'), pick((n) => field(n) ?? query(n)));
    return { bytes, format, ...(fileName ? { fileName } : {}), given };
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length === 0) {
    throw new ApiError('bad_request', '请求体为空：请上传文档（Markdown、文本、.docx 或 .pdf）', [{ path: '(body)', message: 'empty' }]);
  }
  const fileName = query('name') ?? dispositionName(c.req.header('Content-Disposition'));
  const format = detectFormat(type, fileName, bytes);
  if (!format) throw unsupported(type, fileName);
  const given = givenFields(undefined, pick(query));
  return { bytes, format, ...(fileName ? { fileName } : {}), given };
}
