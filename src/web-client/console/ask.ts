/** The ask tab: an answer (extractive without a model) turned into a reply staff can send as it is. */
import type { AskRequest, AskResponse } from '../api.js';
import { el } from '../common/dom.js';
import { api } from './api.js';
import { citeBlock, loadTitles } from './clause-labels.js';
import { copyBox } from './copy.js';
import { basisLine, mergeCites, sendableLines } from './reply-text.js';

function renderAnswer(out: HTMLElement, res: AskResponse): void {
  out.textContent = '';
  const cites = mergeCites(res.citations);
  const lines = sendableLines(res.answer);
  const basis = basisLine(cites.map((c) => c.clause));
  if (basis) lines.push(basis);
  // The button first: it is what staff need most; the text stays editable below it.
  out.appendChild(copyBox(lines.join('\n')));
  const card = el('div', { 'class': 'result ' + (res.answered === false ? 'needs_info' : 'eligible'), 'data-console': 'ask-answer' });
  // Staff see what they will send; the assistant's own question to the caller is set apart below.
  card.appendChild(el('div', { 'class': 'text' }, sendableLines(res.answer).join('\n')));
  if (res.followUp && res.followUp.question) {
    const fu = el('p', { 'class': 'ask-next', 'data-console': 'ask-next' }, '还需向群众了解：' + res.followUp.question);
    if (res.followUp.options && res.followUp.options.length) fu.appendChild(document.createTextNode('（' + res.followUp.options.map((o) => o.label).join(' / ') + '）'));
    card.appendChild(fu);
    card.appendChild(el('p', { 'class': 'hint' }, '情况较多时，可到“资格测算”逐项填写。'));
  }
  cites.forEach((c) => { card.appendChild(citeBlock(c)); });
  if (res.mode) card.appendChild(el('p', { 'class': 'hint' }, res.mode === 'llm' ? '由大模型依据原文组织语言' : '按原文摘录作答（未使用大模型）'));
  out.appendChild(card);
}

/** Wires the ask form. */
export function initAsk(): void {
  document.getElementById('ask-form')!.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = (document.getElementById('ask-q') as HTMLInputElement).value.trim();
    const out = document.getElementById('ask-out')!;
    if (!q) return;
    out.textContent = '';
    out.appendChild(el('p', { 'class': 'hint' }, '正在生成答复…'));
    const body: AskRequest = { question: q, channel: 'console' };
    Promise.all([api<AskResponse>('/api/ask', { body }), loadTitles()]).then((all) => {
      renderAnswer(out, all[0]);
    }, (err: Error) => {
      out.textContent = '';
      out.appendChild(el('p', { 'class': 'error', role: 'alert' }, '生成失败：' + err.message));
    });
  });
}
