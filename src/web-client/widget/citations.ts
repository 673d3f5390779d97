/**
 * The chips under an answer naming the clauses it rests on; each opens the clause's text. A
 * chip reads the clause's title (职业培训补贴), learnt from the answer or the clause itself.
 */
import type { Citation, SearchResponse } from '../api.js';
import { citeKey, clauseName, el } from '../common/dom.js';
import { search } from './service.js';
import { tabRead, tabWrite } from './session.js';
import { nextId, type ChatView } from './view.js';

type Hit = SearchResponse['hits'][number];

/** The chips name the clauses, so the text's own 依据 line would repeat them. */
export function withoutBasisLine(text: string): string {
  return text.split('\n').filter((l) => !/^\s*依据[:：]/.test(l)).join('\n').replace(/\s+$/, '');
}

// One chip per clause: an answer may quote several sentences of the same clause.
function mergeCitations(cites: Citation[]): Citation[] {
  const out: Citation[] = [];
  const seen: Record<string, Citation> = {};
  cites.forEach((c) => {
    const key = citeKey(c);
    const had = seen[key];
    if (had) { if (c.quote && had.quote.indexOf(c.quote) < 0) had.quote += '……' + c.quote; return; }
    const copy: Citation = { docId: c.docId, clause: c.clause, quote: c.quote || '', title: c.title || '' };
    seen[key] = copy;
    out.push(copy);
  });
  return out;
}

/* Clause titles already learnt, kept per tab: a chip reads 职业培训补贴, not 七(二). */
const TITLE_KEY = 'zz-policy-widget.titles';
const titles: Record<string, string> = tabRead(TITLE_KEY, {}, (v) => !!v && typeof v === 'object');
function learnTitle(clause: string, title: string) {
  if (!title || titles[clause] === title) return;
  titles[clause] = title;
  tabWrite(TITLE_KEY, titles);
}
// A clause's title from its search hit: the last heading of its path, without its number.
function titleOfHit(hit: Hit): string {
  const last = hit && hit.path && hit.path.length ? String(hit.path[hit.path.length - 1]) : '';
  return last.replace(/^\s*[(（]?[一二三四五六七八九十]+[)）、.]?\s*/, '');
}
function setChipLabel(btn: HTMLElement, c: Citation, title: string | undefined) {
  btn.textContent = title || clauseName(c.clause);
  btn.setAttribute('aria-label', '查看条款 ' + clauseName(c.clause) + (title ? '“' + title + '”' : '') + ' 原文');
}

const clauseCache: Record<string, Promise<Hit | null>> = {};
// The clause's full text: the search hit for its quote that is this clause.
function loadClause(c: Citation): Promise<Hit | null> {
  const key = citeKey(c);
  const cached = clauseCache[key];
  if (cached) return cached;
  const q = (c.quote || c.clause).slice(0, 120);
  return (clauseCache[key] = search(q).then((data) => {
    const hits = (data && data.hits) || [];
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      if (h.clause === c.clause && (!c.docId || h.docId === c.docId)) return h;
    }
    return null;
  }));
}

/** The chips, and beside them the hidden clause panes they open, appended to `node`. */
export function renderCitations(view: ChatView, node: HTMLElement, all: Citation[]): void {
  const cites = mergeCitations(all);
  const box = el('div', { 'class': 'zw-cites' });
  box.appendChild(el('span', null, '依据：'));
  const panes: HTMLElement[] = [];
  cites.forEach((c) => {
    const id = 'zzpw-clause-' + nextId();
    const btn = el('button', {
      type: 'button', 'class': 'zw-cite', 'data-widget': 'citation', 'data-clause': c.clause,
      'aria-expanded': 'false', 'aria-controls': id,
    });
    if (c.title) learnTitle(c.clause, c.title);
    setChipLabel(btn, c, c.title || titles[c.clause]);
    const pane = el('div', { 'class': 'zw-clause', id, 'data-widget': 'clause', role: 'region', 'aria-label': '条款 ' + c.clause + ' 原文', hidden: '' });
    const path = el('span', { 'class': 'zw-clause-path' }, c.clause);
    const body = el('span', null, c.quote || '');
    pane.appendChild(path);
    pane.appendChild(body);
    let loading: Promise<void> | null = null;
    function load(): Promise<void> {
      if (!loading) loading = loadClause(c).then((hit) => {
        if (!hit) return;
        path.textContent = (hit.path && hit.path.length ? hit.path.join(' › ') : hit.clause);
        body.textContent = hit.text;
        const t = titleOfHit(hit);
        learnTitle(c.clause, t);
        if (!c.title) setChipLabel(btn, c, t);
      }, () => { /* the quote stays shown */ });
      return loading;
    }
    // Without a title from the answer, the chip learns it from the clause itself.
    if (!c.title && !titles[c.clause]) load();
    btn.addEventListener('click', () => {
      const show = pane.hidden;
      pane.hidden = !show;
      btn.setAttribute('aria-expanded', show ? 'true' : 'false');
      if (!show) return;
      // What was opened comes into view, with its chip just above it.
      view.reveal(pane, btn.offsetHeight + 8);
      load().then(() => { if (!pane.hidden) view.reveal(pane, btn.offsetHeight + 8); });
    });
    box.appendChild(btn);
    panes.push(pane);
  });
  node.appendChild(box);
  panes.forEach((p) => { node.appendChild(p); });
}
