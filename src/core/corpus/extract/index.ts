/**
 * The text of an uploaded document, whatever it arrived as: Markdown or plain text (UTF-8),
 * a Word .docx, or a PDF with a text layer. The format is told by the content type, else by
 * the file name's extension, else by the file's first bytes (a zip for .docx, `%PDF-`).
 */
import { docxText } from './docx.js';
import { ExtractionError } from './errors.js';
import { pdfText } from './pdf.js';

export { ExtractionError } from './errors.js';

/** The formats the admin accepts. */
export const DOCUMENT_FORMATS = ['markdown', 'text', 'docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const BY_TYPE: Record<string, DocumentFormat> = {
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/plain': 'text',
  [DOCX_TYPE]: 'docx',
  'application/pdf': 'pdf',
};
const BY_EXTENSION: Record<string, DocumentFormat> = { md: 'markdown', markdown: 'markdown', txt: 'text', docx: 'docx', pdf: 'pdf' };

/**
 * The format of an upload, or undefined when neither its type, its name nor its bytes say.
 * A generic type (`application/octet-stream`, none) defers to the name, then to the bytes.
 */
export function detectFormat(contentType: string | undefined, fileName: string | undefined, bytes: Uint8Array): DocumentFormat | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (BY_TYPE[type]) return BY_TYPE[type];
  const ext = /\.([a-z]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  if (type && type !== 'application/octet-stream') return undefined;
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
  return undefined;
}

/** The content types accepted, for error messages. */
export const ACCEPTED_TYPES = Object.keys(BY_TYPE);

/** Extracted text, and what a person should know about how it was read. */
export interface ExtractedText {
  text: string;
  warnings: string[];
}

/**
 * Kangxi and CJK radicals (U+2E80–U+2FDF) to the characters they look like: fonts map some
 * glyphs to the radical code points (`⼈` for 人, `⽉` for 月), so text copied or extracted from
 * a PDF carries them. NFKC of these characters alone, so full-width punctuation stays.
 */
export function unifyRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2fdf]/g, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC'));
}

/** CJK Radicals Supplement forms that are whole simplified characters (Unicode gives them no NFKC mapping). */
const SUPPLEMENT: Record<string, string> = {
  '\u2e81': '厂', '\u2e84': '乙', '\u2e87': '几', '\u2ea0': '民', '\u2ec1': '虎', '\u2ec4': '西', '\u2ec5': '见',
  '\u2ec6': '角', '\u2ecb': '车', '\u2ed3': '长', '\u2ed4': '门', '\u2ed8': '青', '\u2ed9': '韦', '\u2eda': '页',
  '\u2edb': '风', '\u2edc': '飞', '\u2edd': '食', '\u2ee2': '马', '\u2ee3': '骨', '\u2ee5': '鱼', '\u2ee6': '鸟',
  '\u2ee9': '黄', '\u2eec': '齐', '\u2eee': '齿', '\u2eef': '龙', '\u2ef0': '龙',
};

/** The text of `bytes` read as `format`. Throws `ExtractionError` with the reason when it cannot. */
export async function extractText(bytes: Uint8Array, format: DocumentFormat): Promise<ExtractedText> {
  let read: ExtractedText;
  if (format === 'docx') read = await docxText(bytes);
  else if (format === 'pdf') read = await pdfText(bytes);
  else {
    try {
      read = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), warnings: [] };
    } catch {
      throw new ExtractionError('the text is not valid UTF-8 (save it as UTF-8, or upload the .docx)');
    }
  }
  return { ...read, text: unifyRadicals(read.text) };
}
