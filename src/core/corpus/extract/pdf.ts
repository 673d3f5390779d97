/**
 * Text of a PDF with a text layer (exported from a word processor, printed from a browser),
 * through unpdf: Mozilla's PDF.js built for serverless runtimes, so the same code runs on Node
 * and on Workers with no native parts and no worker thread.
 *
 * A PDF has glyphs at positions, not paragraphs; the clause parser needs paragraphs (a blank
 * line between them). Lines are rebuilt from the glyphs' baselines, and a new paragraph starts
 * where a line is further below the previous one than the usual line spacing, is indented
 * further than the text's left edge (首行缩进), or follows a line that stopped well short of the
 * right edge. A scanned PDF (images only) has no text and is refused: it needs OCR first.
 */
import { extractTextItems } from 'unpdf';
import { ExtractionError } from './errors.js';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL?: boolean;
}

interface Line {
  y: number;
  left: number;
  right: number;
  size: number;
  text: string;
}

/** Glyph runs of one page grouped into lines, top to bottom, left to right. */
function linesOf(items: readonly Item[]): Line[] {
  const runs = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const r of runs) {
    const last = lines[lines.length - 1];
    // Runs whose baselines differ by less than a third of the font size sit on one line.
    if (last && Math.abs(last.y - r.y) < Math.max(r.fontSize, 1) / 3) {
      last.text += r.str;
      last.left = Math.min(last.left, r.x);
      last.right = Math.max(last.right, r.x + r.width);
      last.size = Math.max(last.size, r.fontSize);
    } else {
      lines.push({ y: r.y, left: r.x, right: r.x + r.width, size: r.fontSize, text: r.str });
    }
  }
  return lines;
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A page's lines joined into paragraphs by the layout rules above. */
function paragraphsOf(lines: readonly Line[]): string[] {
  if (!lines.length) return [];
  // The line spacing inside a paragraph is the smallest usual gap between baselines (most
  // short paragraphs are one line, so a median would measure the gap between paragraphs).
  const size = median(lines.map((l) => l.size));
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > size * 0.8);
  const spacing = gaps.length ? Math.min(...gaps) : size * 1.5;
  const leftEdge = Math.min(...lines.map((l) => l.left));
  const rightEdge = Math.max(...lines.map((l) => l.right));
  const out: string[] = [];
  let current = lines[0]!.text.trim();
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const em = Math.max(line.size, 1);
    const gap = prev.y - line.y;
    const newParagraph = gap > spacing * 1.25 + 0.5 || gap < 0 || line.left > leftEdge + em * 1.5 || prev.right < rightEdge - em * 2;
    if (newParagraph) {
      out.push(current);
      current = line.text.trim();
    } else {
      current += line.text.trim();
    }
  }
  out.push(current);
  return out.filter((p) => p !== '');
}

/** The paragraphs of a text-layer PDF as text, separated by blank lines. */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; warnings: string[]; pages: number }> {
  let pages: Item[][];
  let totalPages: number;
  try {
    // PDF.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
    const result = await extractTextItems(new Uint8Array(bytes));
    pages = result.items as Item[][];
    totalPages = result.totalPages;
  } catch (err) {
    throw new ExtractionError(`not a readable PDF (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
  const paragraphs = pages.flatMap((items) => paragraphsOf(linesOf(items)));
  if (paragraphs.join('').replace(/\s/g, '').length === 0) {
    throw new ExtractionError('the PDF has no text layer (a scan of images?): run OCR or upload the .docx/text instead');
  }
  const warnings: string[] = [];
  const empty = pages.filter((p) => p.every((i) => i.str.trim() === '')).length;
  if (empty) warnings.push(`pdf: ${empty} of ${totalPages} page(s) have no text layer and were skipped`);
  return { text: `${paragraphs.join('\n\n')}\n`, warnings, pages: totalPages };
}
