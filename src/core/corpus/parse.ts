/**
 * Cuts a policy document into clauses following its own numbering, in the layout of Chinese
 * government documents (GB/T 9704): the 版头 or the notice that issues it (`head`), the opening
 * paragraph (`preamble`), parts `一、` … and their items `（一）` … (ids `三(五)`, or `二` for a
 * part without items), the 附件说明 and 落款 (`signature`), each attachment (`附件1`, or `附件`
 * when there is only one without a number), and the closing block of 主办 / 抄送 / 印发 lines
 * (`tail`).
 *
 * Numbered points `1.` and `（1）` inside an item stay in the item's text. In a part that has no
 * `（一）` items, `1.` points are that part's items and become clauses `二.1`, `二.2` (a dot, so
 * they are never mistaken for the `二(一)` level). Along the way it reads what the text says
 * about the document itself: 文号, issuer, 成文日期, 印发日期, the attachments and the tail fields
 * (see ./document-info.ts for checking them against front matter).
 */
import { cleanParagraphLines, type Paragraph } from './clean.js';
import { extractFacts } from './facts.js';
import type { Clause, PolicyDocument } from './types.js';

const CN_DIGITS = '零一二三四五六七八九';
const PART = /^([一二三四五六七八九十百]+)、(.*)$/s;
const ITEM = /^（([一二三四五六七八九十百]+)）(.*)$/s;
/** A `1.` point (also `1．` and `1、`), not a decimal number such as `1.5万` (`2.2020年…` is a point). */
const POINT = /^(\d{1,2})[.．、](?!\d(?!\d{3}年))(.*)$/s;
const DATE_LINE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const PRINT_LINE = /^(.*?)(\d{4})年(\d{1,2})月(\d{1,2})日印发$/;
/** First line of the 版记 (closing block): who drafted, supervises, receives copies, printed it. */
const TAIL_START = /^(?:主办|协办|承办|督办|抄送|主送|发送|联系人|联系电话)：|^.*\d{4}年\d{1,2}月\d{1,2}日印发$/;
const TAIL_FIELD = /^(主办|协办|承办|督办|抄送|主送|发送|联系人|联系电话)：(.*)$/s;
/** An attachment's own first line, alone: `附件`, `附件1`, `附件2：`. */
const ATTACHMENT_MARK = /^附件\s*(\d{1,2})?[：:]?$/;
/** The 附件说明 after the body: `附件：1.某某名单`. */
const ATTACHMENT_NOTE = /^附件[：:](.*)$/s;
/** 文号: `郑政办〔2019〕63号`, `郑人社〔2099〕1号` (brackets as the scan may write them). */
const DOC_NO = /([\u4e00-\u9fff]{1,12}[〔［[（(]\d{4}[〕］\]）)]\d{1,4}号)/;
/** 发文机关标志: `郑州市人民政府办公厅文件`. */
const ORG_MARK = /^(.+?)文件$/;
/** A document title names its kind last. */
const TITLE_END = /(?:通知|决定|意见|方案|办法|规定|细则|规划|计划|批复|函|通报|公告|通告|报告|纲要)(?:（[^（）]*）)?$/;
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

/** The parts of `2019年12月2日` → `2019-12-02`. */
export function isoFromChineseDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
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

/** Where a document's structure breaks: the raw line, what was found and what was expected. */
export interface StructureProblem {
  /** 1-based line of the body (of the file, when the caller gave the body's first line). */
  line?: number;
  found?: string;
  expected?: string;
}

/** An error in a document's structure, naming the document, the line and what was expected. */
export class DocumentStructureError extends Error {
  readonly line?: number;
  readonly found?: string;
  readonly expected?: string;
  constructor(message: string, problem: StructureProblem = {}) {
    super(message);
    this.name = 'DocumentStructureError';
    if (problem.line !== undefined) this.line = problem.line;
    if (problem.found !== undefined) this.found = problem.found;
    if (problem.expected !== undefined) this.expected = problem.expected;
  }
}

/** The fields of the 版记, as written (`抄送` keeps its continuation lines). */
export interface TailFields {
  主办?: string;
  协办?: string;
  承办?: string;
  督办?: string;
  抄送?: string;
  主送?: string;
  发送?: string;
  联系人?: string;
  联系电话?: string;
  /** The organ named on the print line (印发机关). */
  印发机关?: string;
}

/** What a document's text says about the document itself. */
export interface DocumentInfo {
  /** 文号 as written in the head. */
  docNo?: string;
  /** The issuing organ: 发文机关标志 without 文件, else the 落款. */
  issuer?: string;
  /** The title of the issuing notice (`关于……的通知`), when there is one. */
  noticeTitle?: string;
  /** The title of the document the clauses belong to (the plan's own title, else the notice's). */
  title?: string;
  /** 成文日期, ISO. */
  issued?: string;
  /** 印发日期, ISO. */
  printed?: string;
  /** The 附件说明 entries (`某某名单`), in order. */
  listedAttachments: string[];
  /** The attachments found: clause id and title. */
  attachments: { clause: string; title: string }[];
  tail: TailFields;
}

/** The clauses of a document, what its text says about it, and what looked doubtful. */
export interface DocumentStructure {
  clauses: Clause[];
  info: DocumentInfo;
  /** Things a person should look at before the document goes live (nothing here stops it). */
  warnings: string[];
}

export interface ParseOptions {
  /** File line of the body's first line, so errors point into the uploaded file. */
  bodyLine?: number;
}

/** Index of the first paragraph at or after `from` (and before `to`) that passes `test`; -1 if none. */
function findFrom(paras: readonly Paragraph[], from: number, to: number, test: (p: string) => boolean): number {
  for (let i = from; i < to; i++) if (test(paras[i]!.text)) return i;
  return -1;
}

/** A line of a 落款 or 版头: an organ's name, no sentence, no numbering. */
function isOrganLine(p: string): boolean {
  return p.length <= 40 && !/[。，；：！？、]/.test(p) && !PART.test(p) && !ITEM.test(p) && !POINT.test(p) && !DATE_LINE.test(p);
}

/**
 * The 版头 at the top of a document that has no signing date before its body: the organ's
 * mark, the 文号, the title lines and the 主送 line. Only counted as a head when it names a
 * 文号 or a `关于……` title; a bare plan title stays the preamble's path, as before.
 */
function leadingHead(paras: readonly Paragraph[], end: number): number {
  let i = 0;
  let sawTitle = false;
  let sawMark = false;
  while (i < end) {
    const p = paras[i]!.text;
    if (ORG_MARK.test(p) || DOC_NO.test(p) && p.length <= 40) {
      sawMark = true;
      i++;
      continue;
    }
    if (!SENTENCE.test(p) && !PART.test(p) && !p.endsWith('：') && p.length <= 120) {
      if (p.includes('关于')) sawTitle = true;
      i++;
      continue;
    }
    // The 主送 line ends the head: `各县（市、区）人民政府，市人民政府有关部门：`.
    if (p.endsWith('：') && !SENTENCE.test(p) && p.length <= 200 && (sawTitle || sawMark)) i++;
    break;
  }
  return sawTitle || sawMark ? i : 0;
}

/**
 * The clauses of a document, in order, with clean text and the facts each states, and what
 * the text says about the document. Throws `DocumentStructureError` (naming the line and
 * what was expected) when the numbering is broken — a repeated or skipped part, item, point
 * or attachment — since that means the text was cut wrongly and would be cited under the
 * wrong number.
 */
export function parseStructure(doc: PolicyDocument, options: ParseOptions = {}): DocumentStructure {
  const docId = doc.meta.id;
  const offset = (options.bodyLine ?? 1) - 1;
  const paras = cleanParagraphLines(doc.body);
  const lineOf = (i: number) => (paras[i]?.line ?? 0) + offset;
  const warnings: string[] = [];
  const fail = (i: number, message: string, expected: string): never => {
    const found = paras[i]?.text.slice(0, 30);
    throw new DocumentStructureError(`${docId}: line ${lineOf(i)}: ${message} (expected ${expected})`, {
      line: lineOf(i),
      ...(found !== undefined ? { found } : {}),
      expected,
    });
  };

  const firstPart = findFrom(paras, 0, paras.length, (p) => PART.test(p));
  // Attachments follow the body and the 落款; the 版记 follows the last attachment.
  const firstAttachment = findFrom(paras, Math.max(firstPart, 0), paras.length, (p) => ATTACHMENT_MARK.test(p));
  let lastAttachment = -1;
  for (let i = paras.length - 1; i >= Math.max(firstAttachment, 0) && firstAttachment >= 0; i--) {
    if (ATTACHMENT_MARK.test(paras[i]!.text)) {
      lastAttachment = i;
      break;
    }
  }
  const tailSearch = lastAttachment >= 0 ? lastAttachment : Math.max(firstPart, 0);
  let tailAt = findFrom(paras, tailSearch, paras.length, (p) => TAIL_START.test(p));
  if (tailAt < 0) tailAt = paras.length;
  const afterBody = firstAttachment >= 0 ? firstAttachment : tailAt;

  // Head. A signing date before the first part closes an issuing notice (the plan follows it);
  // without one, the 版头 at the top (文号, title, 主送) is the head.
  const beforeParts = firstPart < 0 ? afterBody : firstPart;
  const dateAt = findFrom(paras, 0, beforeParts, (p) => DATE_LINE.test(p));
  // A date followed only by notes (（此件公开发布）) is the 落款 of a notice without parts, not a head.
  const textAfter = (i: number) => paras.slice(i + 1, afterBody).some((p) => SENTENCE.test(p.text) && !/^（.*）$/.test(p.text));
  let headEnd: number;
  if (dateAt >= 0 && (firstPart >= 0 || textAfter(dateAt))) headEnd = dateAt + 1;
  else headEnd = leadingHead(paras, beforeParts);
  const head = paras.slice(0, headEnd).map((p) => p.text);

  // 落款: the last signing date between the head and the attachments, with the organ lines above
  // it, the 附件说明 above those, and any note (（此件公开发布）) after it.
  let sigStart = afterBody;
  let signedAt = -1;
  for (let i = afterBody - 1; i >= headEnd; i--) {
    if (DATE_LINE.test(paras[i]!.text)) {
      signedAt = i;
      break;
    }
    if (PART.test(paras[i]!.text) || ITEM.test(paras[i]!.text)) break;
  }
  if (signedAt >= 0) {
    sigStart = signedAt;
    while (sigStart - 1 >= headEnd && isOrganLine(paras[sigStart - 1]!.text)) sigStart--;
  }
  // The 附件说明 just above the 落款: `附件：1.某某名单` and its further `2.……` lines.
  for (let i = sigStart - 1; i >= headEnd; i--) {
    const t = paras[i]!.text;
    if (ATTACHMENT_NOTE.test(t)) {
      sigStart = i;
      break;
    }
    if (!(POINT.test(t) && !SENTENCE.test(t))) break;
  }
  const bodyEnd = firstPart >= 0 ? firstPart : sigStart;

  // Between the head and part 一: the plan's own title lines, then its opening paragraph(s).
  const opening = paras.slice(headEnd, bodyEnd).map((p) => p.text);
  const titleCount = opening.findIndex((p) => SENTENCE.test(p) || p.endsWith('：'));
  const titleLines = titleCount < 0 ? opening : opening.slice(0, titleCount);
  const preamble = titleCount < 0 ? [] : opening.slice(titleCount);
  const planTitle = titleLines.join('');

  const drafts: Draft[] = [];
  const noticeTitle = head.find((p) => /通知$|决定$|意见$|批复$|函$/.test(p)) ?? head.find((p) => p.includes('关于'));
  if (head.length) {
    const name = noticeTitle ?? head.find((p) => TITLE_END.test(p)) ?? doc.meta.title;
    drafts.push({ clause: 'head', path: [name], title: name, lines: head });
  }
  if (preamble.length) drafts.push({ clause: 'preamble', path: [planTitle || doc.meta.title], title: '前言', lines: preamble });

  // Parts, their items, and `1.` points of parts without items.
  const partsEnd = firstPart >= 0 ? sigStart : bodyEnd;
  const partHasItems = new Map<number, boolean>();
  {
    let current = -1;
    for (let i = bodyEnd; i < partsEnd; i++) {
      const t = paras[i]!.text;
      if (PART.test(t)) current = i;
      else if (ITEM.test(t) && current >= 0) partHasItems.set(current, true);
    }
  }
  let part: { num: string; heading: string; draft: Draft; points: boolean } | undefined;
  let item: Draft | undefined;
  let lastItemNo = 0;
  let lastPartNo = 0;
  for (let i = bodyEnd; i < partsEnd; i++) {
    const p = paras[i]!.text;
    const pm = PART.exec(p);
    if (pm) {
      const num = pm[1]!;
      const no = chineseNumeral(num);
      if (no !== lastPartNo + 1) {
        const expected = lastPartNo ? `part ${numeralOf(lastPartNo + 1)}、 after part ${numeralOf(lastPartNo)}、` : 'part 一、 first';
        fail(i, `part ${num}、 follows part ${lastPartNo ? numeralOf(lastPartNo) : '(none)'}`, expected);
      }
      lastPartNo = no;
      const rest = pm[2]!;
      const heading = `${num}、${headingOf(rest)}`;
      const stop = rest.search(SENTENCE);
      const intro = stop < 0 ? '' : rest.slice(stop + 1).trim();
      const draft: Draft = { clause: num, path: [heading], title: headingOf(rest), lines: intro ? [intro] : [] };
      drafts.push(draft);
      part = { num, heading, draft, points: !partHasItems.get(i) };
      item = undefined;
      lastItemNo = 0;
      continue;
    }
    const im = ITEM.exec(p);
    if (im && part) {
      const num = im[1]!;
      const no = chineseNumeral(num);
      const clause = `${part.num}(${num})`;
      if (no !== lastItemNo + 1) {
        fail(i, `item ${clause} follows item (${lastItemNo ? numeralOf(lastItemNo) : 'none'}) of part ${part.num}`, `item （${numeralOf(lastItemNo + 1)}）`);
      }
      lastItemNo = no;
      const body = im[2]!.trim();
      const title = headingOf(body);
      item = { clause, path: [part.heading, `(${num}) ${title}`], title, lines: [body] };
      drafts.push(item);
      continue;
    }
    const nm = POINT.exec(p);
    if (nm && part?.points) {
      const no = Number(nm[1]);
      const clause = `${part.num}.${no}`;
      if (no !== lastItemNo + 1) fail(i, `point ${clause} follows point ${part.num}.${lastItemNo || '(none)'}`, `point ${lastItemNo + 1}.`);
      lastItemNo = no;
      const body = nm[2]!.trim();
      const title = headingOf(body);
      item = { clause, path: [part.heading, `${no}. ${title}`], title, lines: [body] };
      drafts.push(item);
      continue;
    }
    if (item) item.lines.push(p);
    else if (part) part.draft.lines.push(p);
    else fail(i, 'text before the first part', 'part 一、');
  }

  // 附件说明 and 落款.
  const listedAttachments: string[] = [];
  let issuedFromSignature: string | undefined;
  let signer: string | undefined;
  if (sigStart < afterBody) {
    const lines = paras.slice(sigStart, afterBody).map((x) => x.text);
    drafts.push({ clause: 'signature', path: ['落款'], title: '落款', lines });
    for (const l of lines) {
      const note = ATTACHMENT_NOTE.exec(l);
      const entry = note ? note[1]!.trim() : listedAttachments.length && POINT.test(l) ? l : undefined;
      if (entry) listedAttachments.push(entry.replace(POINT, '$2').trim());
      const d = DATE_LINE.exec(l);
      if (d) issuedFromSignature = isoFromChineseDate(d[1]!, d[2]!, d[3]!);
    }
    signer = lines.slice(0, lines.findIndex((l) => DATE_LINE.test(l))).filter(isOrganLine).at(-1);
  }

  // Attachments.
  const attachments: { clause: string; title: string }[] = [];
  if (firstAttachment >= 0) {
    let expectNo = 1;
    for (let i = firstAttachment; i < tailAt; ) {
      const m = ATTACHMENT_MARK.exec(paras[i]!.text);
      if (!m) fail(i, 'text between attachments', 'an attachment mark such as 附件1');
      const next = findFrom(paras, i + 1, tailAt, (p) => ATTACHMENT_MARK.test(p));
      const end = next < 0 ? tailAt : next;
      const no = m![1];
      if (no !== undefined && Number(no) !== expectNo) fail(i, `attachment 附件${no} follows ${expectNo > 1 ? `附件${expectNo - 1}` : '(none)'}`, `附件${expectNo}`);
      if (no === undefined && (next >= 0 || attachments.length)) fail(i, 'an unnumbered 附件 among several', `附件${expectNo}`);
      expectNo++;
      const clause = no === undefined ? '附件' : `附件${no}`;
      const content = paras.slice(i + 1, end).map((x) => x.text);
      const hasTitle = content.length > 0 && !SENTENCE.test(content[0]!);
      const title = hasTitle ? content[0]! : clause;
      const lines = hasTitle && content.length > 1 ? content.slice(1) : content;
      if (!lines.length) warnings.push(`${clause} has a title but no text`);
      drafts.push({ clause, path: [`${clause} ${title}`], title, lines: lines.length ? lines : [title] });
      attachments.push({ clause, title });
      i = end;
    }
  }
  if (listedAttachments.length && listedAttachments.length !== attachments.length) {
    warnings.push(`附件说明 lists ${listedAttachments.length} attachment(s) but the document carries ${attachments.length}`);
  }

  // 版记.
  const tailLines = paras.slice(tailAt).map((x) => x.text);
  if (tailLines.length) drafts.push({ clause: 'tail', path: ['版记'], title: '版记', lines: tailLines });
  const tail: TailFields = {};
  let printed: string | undefined;
  let lastField: keyof TailFields | undefined;
  for (const l of tailLines) {
    const f = TAIL_FIELD.exec(l);
    const pr = PRINT_LINE.exec(l);
    if (f) {
      lastField = f[1] as keyof TailFields;
      tail[lastField] = f[2]!.trim();
    } else if (pr) {
      printed = isoFromChineseDate(pr[2]!, pr[3]!, pr[4]!);
      if (pr[1]!.trim()) tail.印发机关 = pr[1]!.trim();
      lastField = undefined;
    } else if (isOrganLine(l)) {
      // The organ's name on its own line just above the print date.
      tail.印发机关 = l;
      lastField = undefined;
    } else if (lastField) {
      tail[lastField] = `${tail[lastField]}${l}`;
    }
  }

  // A part with items and no text of its own is only a heading; its items carry its path.
  const kept = drafts.filter((d) => d.lines.length > 0);
  const seen = new Set<string>();
  const clauses = kept.map((d, ordinal) => {
    if (seen.has(d.clause)) throw new DocumentStructureError(`${docId}: clause ${d.clause} appears twice`, { expected: 'each clause number once' });
    seen.add(d.clause);
    const text = d.lines.join('\n');
    return { docId, clause: d.clause, path: d.path, title: d.title, text, ordinal, facts: extractFacts(text) };
  });

  // What the head says about the document.
  const headParas = head.length ? head : paras.slice(0, Math.min(3, paras.length)).map((x) => x.text);
  const docNo = headParas.map((p) => DOC_NO.exec(p)?.[1]).find((x) => x !== undefined);
  const markIssuer = headParas.map((p) => ORG_MARK.exec(p)?.[1]?.trim()).find((x) => x);
  const titleIssuer = noticeTitle && /^(.+?)\s*关于/.exec(noticeTitle)?.[1];
  const headDate = dateAt >= 0 && dateAt < headEnd ? DATE_LINE.exec(paras[dateAt]!.text) : null;
  const issued = headDate ? isoFromChineseDate(headDate[1]!, headDate[2]!, headDate[3]!) : issuedFromSignature;
  const issuer = markIssuer ?? signer ?? titleIssuer ?? undefined;
  const info: DocumentInfo = {
    ...(docNo ? { docNo: normaliseDocNo(docNo) } : {}),
    ...(issuer ? { issuer } : {}),
    ...(noticeTitle ? { noticeTitle } : {}),
    ...(planTitle || noticeTitle ? { title: planTitle || stripIssuer(noticeTitle!, issuer) } : {}),
    ...(issued ? { issued } : {}),
    ...(printed ? { printed } : {}),
    listedAttachments,
    attachments,
    tail,
  };
  if (clauses.length > 0 && !clauses.some((c) => /^[一二三四五六七八九十百]/.test(c.clause)) && preamble.length === 0) {
    warnings.push('no numbered parts (一、) and no opening text were found: the whole document is in its head, attachments or tail');
  }
  return { clauses, info, warnings };
}

/** 3 → `三`, 12 → `十二` (for messages that say what was expected). */
function numeralOf(n: number): string {
  const d = CN_DIGITS;
  if (n < 10) return d[n]!;
  if (n < 20) return `十${n % 10 ? d[n % 10] : ''}`;
  if (n < 100) return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`;
  return String(n);
}

/** 文号 in the form front matter writes it: full-width 〔〕 around the year. */
function normaliseDocNo(s: string): string {
  return s.replace(/[［[（(](\d{4})[］\]）)]/, '〔$1〕');
}

/** `郑州市人力资源和社会保障局关于调整……的通知` → `关于调整……的通知`. */
function stripIssuer(title: string, issuer: string | undefined): string {
  return issuer && title.startsWith(issuer) ? title.slice(issuer.length).trim() : title;
}

/**
 * The clauses of a document, in order, with clean text and the facts each states.
 * Throws `DocumentStructureError` when the numbering is broken (see `parseStructure`).
 */
export function parseDocument(doc: PolicyDocument): Clause[] {
  return parseStructure(doc).clauses;
}
