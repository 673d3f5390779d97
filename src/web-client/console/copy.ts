/** Copying a reply: one button, the text editable below it, a fallback where the clipboard API is missing. */
import { el } from '../common/dom.js';

/** Copies `text`, saying so on `btn` for a moment. */
export function copyText(text: string, btn: HTMLElement): void {
  const label = btn.textContent;
  function done(msg: string) { btn.textContent = msg; setTimeout(() => { btn.textContent = label; }, 1800); }
  function fallback() {
    const ta = el('textarea', { 'aria-hidden': 'true' });
    ta.value = text;
    ta.style.position = 'fixed'; ta.style.top = '0'; ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(ta);
    btn.focus();
    done(ok ? '已复制' : '请手动选择复制');
  }
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(() => { done('已复制'); }, fallback);
  else fallback();
}

/** The copy button with the reply's full text folded below it, editable before sending. */
export function copyBox(text: string, hook?: string): HTMLElement {
  const box = el('div', { 'class': 'copy-box' });
  const id = 'copy-' + Math.random().toString(36).slice(2, 8);
  const act = el('div', { 'class': 'copy-bar' });
  const btn = el('button', { type: 'button', 'class': 'primary', 'data-console': 'copy', 'aria-describedby': id + '-hint' }, '一键复制答复');
  act.appendChild(btn);
  act.appendChild(el('span', { 'class': 'hint', id: id + '-hint' }, '可直接发送给群众；发送前可在下方修改'));
  box.appendChild(act);
  const more = el('details', { 'class': 'copy-text' });
  more.appendChild(el('summary', null, '查看或修改答复全文'));
  more.appendChild(el('label', { 'for': id, 'class': 'sr-only' }, '可直接发送给群众的答复'));
  const ta = el('textarea', { id, 'data-console': hook || 'copy-text', rows: '8' });
  ta.value = text;
  more.appendChild(ta);
  box.appendChild(more);
  btn.addEventListener('click', () => { copyText(ta.value, btn); });
  return box;
}
