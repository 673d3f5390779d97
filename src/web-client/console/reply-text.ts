/**
 * Turning an answer into a reply staff can send as it is: one 依据 line naming each clause
 * once, no inline clause references, no question meant for the assistant's own dialogue.
 */
import type { Citation, PolicyInfo, RuleResult } from '../api.js';
import { citeKey, clauseName } from '../common/dom.js';

/**
 * The document replies are based on, as the API names it (the `policy` of /api/subsidies, read
 * with the catalogue when the console opens); the console itself names no document.
 */
let mainDoc: Pick<PolicyInfo, 'title' | 'docNo' | 'period'> | null = null;

/** Records the document the API says the rules implement. */
export function setMainDocument(policy: Pick<PolicyInfo, 'title' | 'docNo' | 'period'> | undefined): void {
  if (policy && policy.title && policy.docNo) mainDoc = { title: policy.title, docNo: policy.docNo, period: policy.period };
}

/** The main document's years, `2019—2021`, or '' before the API has named it. */
export function docYears(): string {
  if (!mainDoc || !mainDoc.period) return '';
  const from = mainDoc.period.from.slice(0, 4), to = mainDoc.period.to.slice(0, 4);
  return from === to ? from : from + '—' + to;
}

/** 《title》（文号） of `policy`, else of the main document; 政策原文 before the API has named one. */
export function docName(policy?: Partial<Pick<PolicyInfo, 'title' | 'docNo'>>): string {
  const d = policy && policy.title && policy.docNo ? policy : mainDoc;
  return d && d.title && d.docNo ? '《' + d.title + '》（' + d.docNo + '）' : '政策原文';
}

/** The list without empty items and repeats, in first-seen order. */
export function uniq(list: string[]): string[] {
  const seen: Record<string, boolean> = {};
  const out: string[] = [];
  list.forEach((x) => { if (x && !seen[x]) { seen[x] = true; out.push(x); } });
  return out;
}

/** One 依据 line for a reply: each clause once, in the order first cited. */
export function basisLine(clauses: string[]): string {
  const ids = uniq(clauses.map(clauseName));
  return ids.length ? '依据：' + docName() + '第 ' + ids.join('、') + ' 条。' : '';
}

/** A citation as a card shows it (answers and rule results cite alike). */
export type CardCite = Pick<Citation, 'clause' | 'quote'> & { docId?: string; title?: string | undefined };

/** Quotes of one clause merged, so a card shows each clause once. */
export function mergeCites(cites: Array<Citation | RuleResult['citations'][number]> | undefined): CardCite[] {
  const out: CardCite[] = [];
  const by: Record<string, CardCite> = {};
  (cites || []).forEach((c) => {
    const docId = 'docId' in c ? c.docId : undefined;
    const k = citeKey({ docId, clause: c.clause });
    const had = by[k];
    if (had) { if (c.quote && had.quote.indexOf(c.quote) < 0) had.quote += '……' + c.quote; return; }
    const copy: CardCite = { clause: c.clause, quote: c.quote || '', title: 'title' in c ? c.title : undefined };
    if (docId !== undefined) copy.docId = docId;
    by[k] = copy;
    out.push(copy);
  });
  return out;
}

/*
 * Inline clause references such as （三(二)） or （见七(二)、六(一)） taken out of a reply a caller
 * will read (the one 依据 line names them). Brackets are matched with nesting, so the
 * half-width pair inside a full-width one never leaves a stray "）".
 */
const REF_ONLY = /^(见|详见|依据)?[一二三四五六七八九十]+\([一二三四五六七八九十]+\)([、，,和及][一二三四五六七八九十]+\([一二三四五六七八九十]+\))*$/;
/** The text without bracketed clause references. */
export function stripClauseRefs(text: string): string {
  let out = '', i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '（' || ch === '(') {
      let depth = 0, j = i;
      for (; j < text.length; j++) {
        const x = text.charAt(j);
        if (x === '（' || x === '(') depth++;
        else if (x === '）' || x === ')') { depth--; if (depth === 0) break; }
      }
      if (j < text.length && REF_ONLY.test(text.slice(i + 1, j).replace(/\s+/g, ''))) { i = j + 1; continue; }
    }
    out += ch;
    i++;
  }
  return out;
}

/*
 * A reply staff can send as it is: no question meant for the assistant's own dialogue
 * (请问…、可回复…: the caller has nothing to tap), no 依据 line of its own (one is added).
 */
const ASKS_CALLER = /请问|请选|可回复|回复数字|可直接说|直接回复/;
/** The answer's lines a caller can be sent. */
export function sendableLines(answer: string | undefined): string[] {
  const lines: string[] = [];
  String(answer || '').split(/\n+/).forEach((raw) => {
    const line = raw.replace(/^\s+|\s+$/g, '');
    if (!line || /^依据[:：]/.test(line)) return;
    let kept = (line.match(/[^。！？!?]+[。！？!?”]*/g) || []).filter((s) =>
      !ASKS_CALLER.test(s) && !/[？?]\s*$/.test(s.replace(/[”’」]+$/, ''))).join('');
    kept = stripClauseRefs(kept);
    if (kept.replace(/[\s。，：:]/g, '')) lines.push(kept);
  });
  return lines;
}
