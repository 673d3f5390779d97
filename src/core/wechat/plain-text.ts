/**
 * Answers made for WeChat: plain text (WeChat shows Markdown raw), at most a byte budget of
 * UTF-8 (2048 by default), shortened at a sentence boundary, with the citation kept in a short
 * form such as 〔郑政办〔2019〕63号 六(一)〕 so the source survives any shortening.
 */
import type { AskResponse, Citation } from '../answer/schema.js';
import { utf8Length } from './bytes.js';

/**
 * Removes Markdown syntax, keeping the words (links keep their address in brackets).
 *
 * Every pattern is linear in the text (an answer may hold thousands of newlines or brackets):
 * line patterns use `[ \t]` where `\s` would run across newlines from every line start, no
 * two space repeats sit side by side (n spaces could be split between them n ways), runs are
 * only entered at their start (look-behind), and the bracket patterns stop at the next opening
 * bracket, so no start re-scans what the previous one already read.
 */
export function stripMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/```[^`\n]*\n([\s\S]*?)```/g, '$1')
      .replace(/`([^`\n]+)`/g, '$1')
      .replace(/!\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1')
      .replace(/\[([^[\]\n]+)\]\(([^()\s]+)\)/g, '$1（$2）')
      .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '')
      .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
      .replace(/^[ \t]*[-*+][ \t]+/gm, '· ')
      .replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, '')
      .replace(/^[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*(?:\|[ \t]*)?$/gm, '')
      .replace(/^\|(.*)\|$/gm, (_m, row: string) => row.split('|').map((c) => c.trim()).join('  '))
      .replace(/(\*\*|__)([^\n]+?)\1/g, '$2')
      .replace(/(^|[^*\w])\*(?![ \t\n])([^*\n]+?)\*(?!\w)/g, '$1$2')
      .replace(/~~([^\n]+?)~~/g, '$1')
      .replace(/(?<![ \t])[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** 〔郑政办〔2019〕63号 六(一)、七(二)〕: one bracket per document, its distinct clauses in order (at most 4). */
export function shortCitations(citations: readonly Citation[], docNo: (docId: string) => string | undefined): string {
  const byDoc = new Map<string, string[]>();
  for (const c of citations) {
    const clauses = byDoc.get(c.docId) ?? [];
    if (!clauses.includes(c.clause)) clauses.push(c.clause);
    byDoc.set(c.docId, clauses);
  }
  return [...byDoc]
    .map(([docId, clauses]) => `〔${docNo(docId) ?? docId} ${clauses.slice(0, 4).join('、')}〕`)
    .join('');
}

/** Cuts `text` to at most `maxBytes` of UTF-8, at the last sentence end that fits when there is one. */
export function cutAtSentence(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  const chars = Array.from(text);
  let bytes = 0;
  let fit = 0;
  for (const ch of chars) {
    const size = utf8Length(ch);
    if (bytes + size > maxBytes) break;
    bytes += size;
    fit++;
  }
  const head = chars.slice(0, fit).join('');
  const boundary = Math.max(...['。', '！', '？', '；', '\n', '!', '?', ';'].map((p) => head.lastIndexOf(p)));
  // Only cut at a boundary that keeps most of what fits; else a mid-sentence cut is better.
  if (boundary >= head.length * 0.4) return head.slice(0, boundary + 1).trimEnd();
  return head;
}

export interface WechatTextOptions {
  /** Byte budget of the whole message (default 2048). */
  maxBytes?: number;
  /** 文号 of a document id, for the short citation. */
  docNo?: (docId: string) => string | undefined;
}

const TRUNCATED = '……（内容较长，已节选，可继续追问细节）';

/** The pipeline's answer as one WeChat text message within the byte budget. */
export function toWechatText(res: AskResponse, options: WechatTextOptions = {}): string {
  const maxBytes = options.maxBytes ?? 2048;
  let body = stripMarkdown(res.answer);
  if (res.followUp && res.followUp.options.length > 0) {
    const labels = res.followUp.options.map((o) => o.label);
    if (!labels.every((l) => body.includes(l))) body += `\n可回复：${labels.join(' / ')}`;
  }
  const lookup = options.docNo ?? (() => undefined);
  const cite = shortCitations(res.citations, lookup);
  const citeLine = cite ? `\n${cite}` : '';
  // The pipeline may already name its sources ("依据：郑政办〔2019〕63号 七(二)。"); then the
  // short form is only needed when shortening cuts that line off.
  const named =
    res.citations.length === 0 ||
    res.citations.every((c) => body.includes(c.clause) && body.includes(lookup(c.docId) ?? c.docId));
  if (utf8Length(body) <= maxBytes && named) return body;
  const whole = body + citeLine;
  if (utf8Length(whole) <= maxBytes) return whole;
  const room = maxBytes - utf8Length(citeLine) - utf8Length(TRUNCATED);
  return cutAtSentence(body, Math.max(0, room)) + TRUNCATED + citeLine;
}

/** Plain text cut to the byte budget (for texts that carry no citation). */
export function fitWechatText(text: string, maxBytes = 2048): string {
  const plain = stripMarkdown(text);
  if (utf8Length(plain) <= maxBytes) return plain;
  return cutAtSentence(plain, maxBytes - utf8Length(TRUNCATED)) + TRUNCATED;
}
