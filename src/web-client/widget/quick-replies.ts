/** The dialogue's quick replies under an answer: tapped, they send their value. */
import type { FollowUp } from '../api.js';
import { el } from '../common/dom.js';
import type { ChatView } from './view.js';

/** Marks the reply given: it stays visibly chosen (and announced as pressed) after the talk moves on. */
export function choose(b: HTMLElement): void {
  b.setAttribute('aria-pressed', 'true');
  b.className += ' zw-chosen';
}

/** Quick replies belong to the question just asked; older ones are disabled once the talk moves on. */
export function retireQuickReplies(log: HTMLElement, answer: string | undefined): void {
  const old = log.querySelectorAll<HTMLButtonElement>('[data-widget="quick-reply"]');
  for (let i = 0; i < old.length; i++) {
    const b = old[i]!;
    if (!b.disabled && answer !== undefined && b.textContent === answer) choose(b);
    b.disabled = true;
  }
}

/** The follow-up's question (unless the answer already ends with it) and its replies; `chosen` replays an old one. */
export function renderQuick(view: ChatView, node: HTMLElement, fu: FollowUp, said: string, chosen?: string): void {
  const group = el('div', { 'class': 'zw-quick', role: 'group', 'aria-label': fu.question || '快捷回复' });
  if (fu.question && String(said || '').indexOf(fu.question) < 0) group.appendChild(el('p', { 'class': 'zw-quick-q' }, fu.question));
  fu.options.forEach((o) => {
    const b = el('button', { type: 'button', 'class': 'zw-chip', 'data-widget': 'quick-reply', 'data-value': o.value }, o.label);
    if (chosen !== undefined) { b.disabled = true; if (o.label === chosen) choose(b); }
    b.addEventListener('click', () => {
      if (view.isBusy()) return;
      view.send(o.value, o.label);
    });
    group.appendChild(b);
  });
  node.appendChild(group);
}
