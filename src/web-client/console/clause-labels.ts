/** Clause titles (条款标题) by clause id, for labels staff recognise, and the quote blocks using them. */
import type { ClausesResponse } from '../api.js';
import { clauseName, el } from '../common/dom.js';
import { api } from './api.js';
import type { CardCite } from './reply-text.js';

/** Titles learnt so far (from /api/clauses and the rule catalogue). */
export const TITLES: Record<string, string> = {};

let titlesLoaded: Promise<void> | null = null;
/** Learns every clause's title from /api/clauses, once (again after a failure). */
export function loadTitles(): Promise<void> {
  if (!titlesLoaded) titlesLoaded = api<ClausesResponse>('/api/clauses').then((data) => {
    (data.clauses || []).forEach((c) => { if (c.title && !TITLES[c.clause]) TITLES[c.clause] = c.title; });
  }, () => { titlesLoaded = null; });
  return titlesLoaded;
}

function clauseLabel(c: CardCite): string {
  const t = c.title || TITLES[c.clause];
  return clauseName(c.clause) + (t ? ' ' + t : '');
}

/** A clause's quote under its name and title. */
export function citeBlock(c: CardCite): HTMLElement {
  const q = el('blockquote', { 'class': 'cite', 'data-console': 'cite', 'data-clause': c.clause });
  q.appendChild(el('strong', null, clauseLabel(c) + '：'));
  q.appendChild(document.createTextNode(c.quote));
  return q;
}
