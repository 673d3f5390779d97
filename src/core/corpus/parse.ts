/**
 * Cuts a policy document into clauses following its own numbering: the notice that
 * issues it (`head`), the opening paragraph (`preamble`), parts `一、` … and their items
 * `（一）` … (ids `三(五)`, or `二` for a part without items), and the closing block of
 * 主办 / 抄送 / 印发 lines (`tail`). Works on the style of Chinese government plans
 * (GB/T 9704 layout), not on this one document's wording.
 */
import { cleanParagraphs } from './clean.js';
import { extractFacts } from './facts.js';
import type { Clause, PolicyDocument } from './types.js';

const CN_DIGITS = '零一二三四五六七八九';
const PART = /^([一二三四五六七八九十百]+)、(.*)$/s;
const ITEM = /^（([一二三四五六七八九十百]+)）(.*)$/s;
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
/** First line of the 版记 (closing block): who drafted, supervises, receives copies, printed it. */
const TAIL_START = /^(?:主办|协办|承办|督办|抄送|主送|发送|联系人|联系电话)：|^\d{4}年\d{1,2}月\d{1,2}日印发$/;
const SENTENCE = /[。！？；]/;

/** `三` → 3, `十六` → 16, `二十一` → 21, `一百` → 100; NaN for anything else. */
export function chineseNumeral(s: string): number {
  if (!/^[零一二三四五六七八九十百两]+$/.test(s)) return Number.NaN;
  const digit = (c: string | undefined) => (c === '两' ? 2 : CN_DIGITS.indexOf(c ?? ''));
  let total = 0;
  let rest = s;
  const hundred = rest.indexOf('百');
  if (hundred >= 0) {
    total += (hundred === 0 ? 1 : digit(rest[hundred - 1])) * 100;
    rest = rest.slice(hundred + 1).replace(/^零/, '');
  }
  const ten = rest.indexOf('十');
  if (ten >= 0) {
    total += (ten === 0 ? 1 : digit(rest[ten - 1])) * 10;
    rest = rest.slice(ten + 1);
  }
  if (rest) total += digit(rest[rest.length - 1]);
  return total;
}

/** Heading text of a paragraph that may carry its first sentence too: up to the first 。. */
function headingOf(body: string): string {
  const stop = body.search(SENTENCE);
  return (stop < 0 ? body : body.slice(0, stop)).replace(/[：:]$/, '').trim();
}

interface Draft {
  clause: string;
  path: string[];
  title: string;
  lines: string[];
}

/** An error in a document's structure, naming the document and the clause. */
export class DocumentStructureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentStructureError';
  }
}

/**
 * The clauses of a document, in order, with clean text and the facts each states.
 * Throws `DocumentStructureError` when the numbering is broken (a repeated or skipped item),
 * since that means the text was cut wrongly and would be cited under the wrong number.
 */
export function parseDocument(doc: PolicyDocument): Clause[] {
  const docId = doc.meta.id;
  const paras = cleanParagraphs(doc.body);
  const firstPart = paras.findIndex((p) => PART.test(p));
  const beforeParts = firstPart < 0 ? paras.length : firstPart;

  // Head: the issuing notice ends with its signing date; without one there is no head.
  const dateAt = paras.slice(0, beforeParts).findIndex((p) => DATE_LINE.test(p));
  const head = dateAt >= 0 ? paras.slice(0, dateAt + 1) : [];

  // Tail: the 版记 after the last part (or after the head, in a document without parts).
  const tailFrom = firstPart >= 0 ? firstPart : head.length;
  const found = paras.slice(tailFrom).findIndex((p) => TAIL_START.test(p));
  const tailAt = found >= 0 ? tailFrom + found : paras.length;
  const bodyEnd = firstPart >= 0 ? firstPart : tailAt;

  // Between the head and part 一: the plan's own title lines, then its opening paragraph(s).
  const opening = paras.slice(head.length, bodyEnd);
  const titleCount = opening.findIndex((p) => SENTENCE.test(p));
  const titleLines = titleCount < 0 ? opening : opening.slice(0, titleCount);
  const preamble = titleCount < 0 ? [] : opening.slice(titleCount);
  const planTitle = titleLines.join('') || doc.meta.title;

  const drafts: Draft[] = [];
  if (head.length) {
    const notice = head.find((p) => /通知$|决定$|意见$|批复$|函$/.test(p)) ?? head.find((p) => p.includes('关于')) ?? doc.meta.title;
    drafts.push({ clause: 'head', path: [notice], title: notice, lines: head });
  }
  if (preamble.length) drafts.push({ clause: 'preamble', path: [planTitle], title: '前言', lines: preamble });

  let part: { num: string; heading: string; draft: Draft; items: number } | undefined;
  let item: Draft | undefined;
  let lastItemNo = 0;
  let lastPartNo = 0;
  for (const p of paras.slice(bodyEnd, tailAt)) {
    const pm = PART.exec(p);
    if (pm) {
      const num = pm[1]!;
      const no = chineseNumeral(num);
      if (no !== lastPartNo + 1) throw new DocumentStructureError(`${docId}: part ${num}、 follows part ${lastPartNo || '(none)'}`);
      lastPartNo = no;
      const rest = pm[2]!;
      const heading = `${num}、${headingOf(rest)}`;
      const stop = rest.search(SENTENCE);
      const intro = stop < 0 ? '' : rest.slice(stop + 1).trim();
      const draft: Draft = { clause: num, path: [heading], title: headingOf(rest), lines: intro ? [intro] : [] };
      drafts.push(draft);
      part = { num, heading, draft, items: 0 };
      item = undefined;
      lastItemNo = 0;
      continue;
    }
    const im = ITEM.exec(p);
    if (im && part) {
      const num = im[1]!;
      const no = chineseNumeral(num);
      const clause = `${part.num}(${num})`;
      if (no !== lastItemNo + 1) throw new DocumentStructureError(`${docId}: item ${clause} follows item (${lastItemNo || 'none'}) of part ${part.num}`);
      lastItemNo = no;
      const body = im[2]!.trim();
      const title = headingOf(body);
      item = { clause, path: [part.heading, `(${num}) ${title}`], title, lines: [body] };
      drafts.push(item);
      part.items++;
      continue;
    }
    if (item) item.lines.push(p);
    else if (part) part.draft.lines.push(p);
    else throw new DocumentStructureError(`${docId}: text before the first part: ${p.slice(0, 20)}`);
  }

  if (tailAt < paras.length) drafts.push({ clause: 'tail', path: ['版记'], title: '版记', lines: paras.slice(tailAt) });

  // A part with items and no text of its own is only a heading; its items carry its path.
  const kept = drafts.filter((d) => d.lines.length > 0);
  const seen = new Set<string>();
  return kept.map((d, ordinal) => {
    if (seen.has(d.clause)) throw new DocumentStructureError(`${docId}: clause ${d.clause} appears twice`);
    seen.add(d.clause);
    const text = d.lines.join('\n');
    return { docId, clause: d.clause, path: d.path, title: d.title, text, ordinal, facts: extractFacts(text) };
  });
}
