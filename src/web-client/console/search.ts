/** The search tab: results as staff type, each clause with its path, query words marked. */
import type { SearchResponse } from '../api.js';
import { clauseName, el } from '../common/dom.js';
import { api } from './api.js';
import { showClause } from './clauses.js';
import { copyText } from './copy.js';
import { docName } from './reply-text.js';

type Hit = SearchResponse['hits'][number];

/*
 * Marks whole query words only: 退役军人 lights 退役军人, never the 军人 of 领军人才. A word
 * the text lacks (a typed sentence) is tried by its longest pieces of three or more characters
 * that the text contains, still never by a pair of characters.
 */
function highlight(text: string, query: string): DocumentFragment {
  const mask: boolean[] = new Array(text.length);
  function mark(p: string) {
    let at = text.indexOf(p), found = false;
    while (at >= 0) { found = true; for (let k = at; k < at + p.length; k++) mask[k] = true; at = text.indexOf(p, at + p.length); }
    return found;
  }
  const terms = query.split(/[\s,，。、；;:：?？!！“”"'（）()]+/).filter(Boolean);
  terms.forEach((t) => {
    if (mark(t) || t.length < 4) return;
    let i = 0;
    while (i + 3 <= t.length) {
      let len = t.length - i;
      while (len >= 3 && text.indexOf(t.substr(i, len)) < 0) len--;
      if (len >= 3) { mark(t.substr(i, len)); i += len; } else i++;
    }
  });
  const frag = document.createDocumentFragment();
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || !!mask[i] !== !!mask[start]) {
      const piece = text.slice(start, i);
      frag.appendChild(mask[start] ? el('mark', null, piece) : document.createTextNode(piece));
      start = i;
    }
  }
  return frag;
}

/* The hit's document: the main one by its name, another by the 文号 the hit carries. */
function hitDocName(h: Hit): string {
  const main = docName();
  return h.docNo && main.indexOf(h.docNo) < 0 ? h.docNo : main;
}

function renderHit(h: Hit, q: string): HTMLElement {
  const li = el('li', { 'class': 'hit', 'data-console': 'search-hit', 'data-clause': h.clause });
  const head = el('div', { 'class': 'hit-head' });
  head.appendChild(el('span', { 'class': 'badge' }, clauseName(h.clause)));
  head.appendChild(el('span', { 'class': 'path', 'data-console': 'hit-path' }, (h.path || []).join(' › ')));
  li.appendChild(head);
  const text = el('div', { 'class': 'text', 'data-console': 'hit-text' });
  text.appendChild(highlight(h.text || '', q));
  li.appendChild(text);
  const act = el('div', { 'class': 'actions' });
  const view = el('button', { type: 'button' }, '在全文中查看');
  view.addEventListener('click', () => { showClause(h.docId, h.clause); });
  const copy = el('button', { type: 'button' }, '复制条文');
  copy.addEventListener('click', () => { copyText(hitDocName(h) + clauseName(h.clause) + '：' + h.text, copy); });
  act.appendChild(view); act.appendChild(copy);
  li.appendChild(act);
  return li;
}

/** The search box; returns it (it takes the focus when the page opens on this tab). */
export function initSearch(): HTMLInputElement {
  const qInput = document.getElementById('search-q') as HTMLInputElement;
  const qStatus = document.getElementById('search-status')!;
  const qList = document.querySelector<HTMLElement>('[data-console=search-results]')!;
  let qTimer: ReturnType<typeof setTimeout> | undefined, qSeq = 0;
  function runSearch() {
    const q = qInput.value.trim();
    const mine = ++qSeq;
    if (!q) { qList.textContent = ''; qStatus.textContent = ''; return; }
    qStatus.textContent = '检索中…';
    api<SearchResponse>('/api/search?k=10&q=' + encodeURIComponent(q)).then((data) => {
      if (mine !== qSeq) return;
      const hits = data.hits || [];
      qList.textContent = '';
      qStatus.textContent = hits.length ? '找到 ' + hits.length + ' 条相关条文' + (data.tookMs !== undefined ? '（' + data.tookMs + ' 毫秒）' : '') : '没有找到相关条文，换个说法试试。';
      hits.forEach((h) => { qList.appendChild(renderHit(h, q)); });
    }, (err: Error) => {
      if (mine === qSeq) qStatus.textContent = '检索失败：' + err.message;
    });
  }
  qInput.addEventListener('input', () => { clearTimeout(qTimer); qTimer = setTimeout(runSearch, 200); });
  qInput.addEventListener('keydown', (e) => { if (e.key === 'Enter') { clearTimeout(qTimer); runSearch(); } });
  return qInput;
}
