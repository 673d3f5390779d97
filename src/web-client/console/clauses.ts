/** The clause viewer: the whole text with a table of contents, and jumping to one clause. */
import type { ClausesResponse } from '../api.js';
import { clauseName, el } from '../common/dom.js';
import { api } from './api.js';
import { loaders, selectTab } from './tabs.js';

let clausesLoaded: Promise<void> | null = null;
function loadClauses(): Promise<void> {
  if (clausesLoaded) return clausesLoaded;
  const doc = document.getElementById('doc')!, toc = document.getElementById('toc')!;
  clausesLoaded = api<ClausesResponse>('/api/clauses').then((data) => {
    doc.textContent = ''; toc.textContent = '';
    (data.clauses || []).forEach((c) => {
      const id = 'clause-' + c.ordinal + '-' + String(c.docId).replace(/[^A-Za-z0-9_-]/g, '');
      const art = el('article', { id, tabindex: '-1', 'data-console': 'clause', 'data-clause': c.clause, 'data-doc': c.docId });
      art.appendChild(el('h3', null, clauseName(c.clause) + (c.title ? '　' + c.title : '')));
      if (c.path && c.path.length) art.appendChild(el('div', { 'class': 'path' }, c.path.join(' › ')));
      art.appendChild(el('div', { 'class': 'text' }, c.text));
      doc.appendChild(art);
      const a = el('a', { href: '#' + id }, clauseName(c.clause) + ' ' + (c.title || ''));
      a.addEventListener('click', (e) => { e.preventDefault(); focusArticle(art); });
      toc.appendChild(a);
    });
    if (!doc.firstChild) doc.appendChild(el('p', { 'class': 'hint' }, '尚未导入任何条文。'));
  }, (err: Error) => {
    clausesLoaded = null;
    doc.textContent = '';
    doc.appendChild(el('p', { 'class': 'error' }, '全文载入失败：' + err.message));
  });
  return clausesLoaded;
}

function focusArticle(art: HTMLElement): void {
  [].forEach.call(document.querySelectorAll('article.flash'), (x: Element) => { x.classList.remove('flash'); });
  art.classList.add('flash');
  art.scrollIntoView({ block: 'start' });
  art.focus({ preventScroll: true });
}

/** Opens the clause tab at `clause` (of `docId`, when given). */
export function showClause(docId: string | undefined, clause: string): void {
  selectTab('clauses', false);
  loadClauses().then(() => {
    const arts = document.querySelectorAll<HTMLElement>('article[data-console=clause]');
    for (let i = 0; i < arts.length; i++) {
      const a = arts[i]!;
      if (a.getAttribute('data-clause') === clause && (!docId || a.getAttribute('data-doc') === docId)) { focusArticle(a); return; }
    }
  });
}

/** The tab loads the text when first opened. */
export function initClauses(): void {
  loaders['clauses'] = () => { loadClauses(); };
}
