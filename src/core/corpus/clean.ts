/**
 * Turns a policy scan as received into clean paragraphs: page-break cuts joined again,
 * brackets and punctuation unified to the full-width forms Chinese text uses, stray spaces
 * and Markdown emphasis removed. The words themselves are never changed (a typo in the
 * document stays, since it is the document's text).
 */

/** Chinese characters and full-width punctuation: a space next to one of these is noise. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u300a\u300b]/;
const ASCII_WORD = /[A-Za-z0-9]/;
const CN_NUM = '一二三四五六七八九十百零〇两';

/** Starts a numbered heading: `三、`, `（五）`, `1.`, `（2）`. */
const HEADING_START = new RegExp(`^(?:[${CN_NUM}]+、|（[${CN_NUM}]+）|\\d{1,2}[.．、](?!\\d)|（\\d{1,2}）)`);
/** A date line such as the signing date `2019年12月2日` or the print line `2019年12月3日印发`. */
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日(?:印发)?$/;
/** A label line of the document's tail (版记) or similar `key：value` administrative lines. */
const LABEL_LINE = /^(?:主办|协办|督办|承办|抄送|主送|印发|发送|联系人|联系电话|附件)：/;
/** Punctuation a paragraph may end with when its sentence is complete. */
const SENTENCE_END = /[。！？；：…!?;]/;

/** Full-width digits and Latin letters (and ％) to ASCII; the text keeps Chinese punctuation. */
function asciiAlnum(s: string): string {
  return s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Normalises one paragraph: emphasis, brackets, punctuation width, spaces. */
export function normalizeParagraph(input: string): string {
  let s = input.replace(/\r/g, '').replace(/\n+/g, ' ');
  // Markdown bold survives from the scan's conversion (`**严格资金监督管理**`); it is not text.
  s = s.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\*\*/g, '');
  s = asciiAlnum(s);
  // Chinese text uses full-width round brackets; 〔〕 (as in 县〔市、区〕 and 文号) are left alone.
  s = s.replace(/\(/g, '（').replace(/\)/g, '）');
  // A space survives only between two ASCII letters/digits ("Windows 10"); elsewhere it is scan noise.
  s = s.replace(/[ \t\u00a0\u3000]+/g, (_m, offset: number, all: string) => {
    const before = all[offset - 1] ?? '';
    const after = all[offset + _m.length] ?? '';
    return ASCII_WORD.test(before) && ASCII_WORD.test(after) ? ' ' : '';
  });
  // Half-width punctuation between Chinese characters becomes full-width (digits keep 1,000 and 12:30).
  s = s.replace(/[,:;?!]/g, (c, offset: number, all: string) => {
    const before = all[offset - 1] ?? '';
    const after = all[offset + 1] ?? '';
    const chinese = CJK.test(before) || (CJK.test(after) && !/\d/.test(before));
    if (!chinese) return c;
    return { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' }[c as ',' | ':' | ';' | '?' | '!'];
  });
  return s.trim();
}

/** How many brackets (or quotes) the paragraph opens and leaves open. */
function unclosedDepth(p: string): number {
  let depth = 0;
  for (const c of p) {
    if (c === '（' || c === '〔' || c === '“' || c === '《') depth++;
    else if ((c === '）' || c === '〕' || c === '”' || c === '》') && depth > 0) depth--;
  }
  return depth;
}

/** Whether the paragraph ends where a sentence may end (so a blank line after it is a real break). */
function endsSentence(p: string): boolean {
  const last = p[p.length - 1] ?? '';
  if (SENTENCE_END.test(last)) return true;
  if (last === '）') {
    // A bracket closing a note after a full stop ("…以上。（责任单位：…）") ends the paragraph; one
    // closing mid-sentence ("…（以下简称“两后生”）") does not.
    let depth = 0;
    for (let i = p.length - 1; i >= 0; i--) {
      if (p[i] === '）') depth++;
      else if (p[i] === '（' && --depth === 0) return i === 0 || SENTENCE_END.test(p[i - 1] ?? '');
    }
    return true;
  }
  // A closing quote or title mark may end a line; a character, a digit, 、 or ， means the sentence goes on.
  return /[”’」』》]/.test(last);
}

/** A paragraph that is a heading alone (`一、总体要求`), with no sentence of its own. */
function isHeadingOnly(p: string): boolean {
  return HEADING_START.test(p) && !/[。！？；]/.test(p);
}

/** A paragraph that is one bracketed note, e.g. `（责任单位：市司法局）` or `（2019—2021年）`. */
function isBracketNote(p: string): boolean {
  if (!p.startsWith('（') || !p.endsWith('）')) return false;
  if (new RegExp(`^（[${CN_NUM}\\d]+）$`).test(p)) return false; // a bare item marker
  let depth = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '（') depth++;
    else if (p[i] === '）' && --depth === 0 && i < p.length - 1) return false;
  }
  return true;
}

/** Running text (as opposed to a title, a date or a label line). */
function isBodyLike(p: string): boolean {
  return p.length >= 16 && /[，。；、：]/.test(p);
}

/**
 * Whether `next` continues the sentence `prev` was cut in (a page break in the scan).
 * A paragraph that does not end in sentence-final punctuation and is followed by text that is
 * not a heading is a continuation; titles, dates and label lines are left as they are.
 */
export function continuesParagraph(prev: string, next: string): boolean {
  if (HEADING_START.test(next) || DATE_LINE.test(next) || LABEL_LINE.test(next)) return false;
  if (isBracketNote(next)) return !isHeadingOnly(prev) && !DATE_LINE.test(prev);
  if (unclosedDepth(prev) > 0) return true;
  if (isHeadingOnly(prev) || DATE_LINE.test(prev) || LABEL_LINE.test(prev)) return false;
  return !endsSentence(prev) && isBodyLike(prev);
}

function joinCut(prev: string, next: string): string {
  // Only an English word cut by the page break needs a space back.
  const sep = /[A-Za-z]$/.test(prev) && /^[A-Za-z]/.test(next) ? ' ' : '';
  return prev + sep + next;
}

/** A clean paragraph and the 1-based line of the raw text it starts on (for error messages). */
export interface Paragraph {
  text: string;
  line: number;
}

/** Clean paragraphs of a raw scan, in document order, each with the raw line it starts on. */
export function cleanParagraphLines(raw: string): Paragraph[] {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const pieces: Paragraph[] = [];
  const breaks = /\n[ \t\u3000]*\n/g;
  let start = 0;
  const take = (end: number) => {
    const chunk = text.slice(start, end);
    const lead = chunk.length - chunk.replace(/^\s+/, '').length;
    const line = 1 + (text.slice(0, start + lead).match(/\n/g)?.length ?? 0);
    const clean = normalizeParagraph(chunk);
    if (clean !== '') pieces.push({ text: clean, line });
  };
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    take(m.index);
    start = m.index + m[0].length;
  }
  take(text.length);
  const out: Paragraph[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (prev !== undefined && continuesParagraph(prev.text, p.text)) prev.text = joinCut(prev.text, p.text);
    else out.push({ ...p });
  }
  return out;
}

/** Clean paragraphs of a raw scan, in document order. */
export function cleanParagraphs(raw: string): string[] {
  return cleanParagraphLines(raw).map((p) => p.text);
}

/** The whole clean text, one paragraph per line. */
export function cleanText(raw: string): string {
  return cleanParagraphs(raw).join('\n');
}
