/**
 * The conversation panel, built on first use: the log, the input, sending a question and
 * showing its answer as it streams, the transcript kept per tab, and the notice shown when
 * the site is refused.
 */
import { el } from '../common/dom.js';
import { baked } from './baked.js';
import { unavailableText } from './access.js';
import { renderCitations, withoutBasisLine } from './citations.js';
import { cfg, telHref } from './config.js';
import type { AskError } from './errors.js';
import { renderFeedback } from './feedback.js';
import { renderQuick, retireQuickReplies } from './quick-replies.js';
import { ask, failureText } from './service.js';
import { keepSession, tabRead, tabWrite } from './session.js';
import type { ChatView, ShownAnswer } from './view.js';

/* The first questions offered, in the main pack's words (baked by the server). */
const STARTERS = baked.starters;
/* The conversation so far, per tab, so it survives moving to another page of the host site. */
const LOG_KEY = 'zz-policy-widget.log';
const LOG_MAX = 30;

interface TranscriptItem {
  q: string;
  res: ShownAnswer;
}

/** What the launcher does with the panel. */
export interface Chat {
  open(): void;
  close(): void;
  isOpen(): boolean;
  /** Replaces the input with the notice that the service cannot be used from this site. */
  unavailable(): void;
}

interface BotMessage {
  node: HTMLElement;
  bubble: HTMLElement;
}

/** Builds the panel inside `wrap`; `onRefused` is told when the service refuses this site. */
export function buildChat(root: ShadowRoot | HTMLElement, wrap: HTMLElement, launcher: HTMLElement, onRefused: (detail: string) => void): Chat {
  const pid = 'zzpw-panel';
  const panel = el('section', { 'class': 'zw-panel', id: pid, role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'zzpw-title', hidden: '' });
  // Full screen on a phone: the page behind is out of reach, so the panel is modal there.
  const fullScreen = window.matchMedia ? window.matchMedia('(max-width:520px)') : null;
  function isModal() { return !!(fullScreen && fullScreen.matches); }
  launcher.setAttribute('aria-controls', pid);
  const head = el('div', { 'class': 'zw-head' });
  head.appendChild(el('h2', { id: 'zzpw-title' }, cfg.title));
  if (cfg.hotline) head.appendChild(el('a', { href: telHref(), 'aria-label': '拨打热线 ' + cfg.hotline }, '热线 ' + cfg.hotline));
  const closeBtn = el('button', { type: 'button', 'class': 'zw-close', 'aria-label': '关闭对话' }, '×');
  head.appendChild(closeBtn);
  panel.appendChild(head);

  const log = el('div', { 'class': 'zw-log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': '对话记录', tabindex: '0' });
  const greet = el('div', { 'class': 'zw-greeting', 'data-widget': 'greeting' });
  greet.appendChild(el('p', null, cfg.greeting));
  const starters = el('div', { 'class': 'zw-quick', role: 'group', 'aria-label': '常见问题' });
  STARTERS.forEach((q) => {
    const b = el('button', { type: 'button', 'class': 'zw-chip', 'data-widget': 'starter' }, q);
    b.addEventListener('click', () => { send(q, q); });
    starters.appendChild(b);
  });
  greet.appendChild(starters);
  log.appendChild(greet);
  panel.appendChild(log);

  const status = el('div', { 'class': 'zw-sr', role: 'status', 'aria-live': 'polite' });
  panel.appendChild(status);

  const form = el('form', { 'class': 'zw-form', novalidate: '' });
  form.appendChild(el('label', { 'class': 'zw-sr', 'for': 'zzpw-input' }, '输入您的问题'));
  const input = el('textarea', {
    id: 'zzpw-input', 'class': 'zw-input', 'data-widget': 'input', rows: '1', maxlength: '500',
    placeholder: '请输入您的问题', enterkeyhint: 'send', autocomplete: 'off',
  });
  const sendBtn = el('button', { type: 'submit', 'class': 'zw-send', 'data-widget': 'send' }, '发送');
  form.appendChild(input);
  form.appendChild(sendBtn);
  panel.appendChild(form);
  panel.appendChild(el('p', { 'class': 'zw-foot' }, '依据' + baked.document.docNo + '原文作答，仅供参考'));
  wrap.appendChild(panel);

  let busy = false;
  function isOpen() { return !panel.hidden; }
  function open() {
    panel.hidden = false;
    panel.setAttribute('aria-modal', isModal() ? 'true' : 'false');
    wrap.className = 'zw open ' + cfg.position;
    launcher.setAttribute('aria-expanded', 'true');
    launcher.setAttribute('aria-label', '关闭' + cfg.title);
    if (input.disabled) closeBtn.focus(); else input.focus();
  }
  function close() {
    panel.hidden = true;
    wrap.className = 'zw ' + cfg.position;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-label', '打开' + cfg.title);
    launcher.focus();
  }
  closeBtn.addEventListener('click', close);
  wrap.addEventListener('keydown', (e) => {
    if ((e.key === 'Escape' || e.key === 'Esc') && isOpen()) { e.preventDefault(); close(); return; }
    if (e.key === 'Tab' && isOpen() && isModal()) trapTab(e);
  });
  // Tab and Shift+Tab cycle inside the full-screen panel instead of reaching the hidden page.
  function trapTab(e: KeyboardEvent) {
    const all = panel.querySelectorAll<HTMLElement>('button,a[href],textarea,input,select,[tabindex]');
    const list: HTMLElement[] = [];
    for (let i = 0; i < all.length; i++) {
      const n = all[i]!;
      if (!(n as HTMLButtonElement).disabled && n.getAttribute('tabindex') !== '-1' && n.getClientRects().length) list.push(n);
    }
    if (!list.length) return;
    const active = (root as ShadowRoot).activeElement || document.activeElement;
    const at = list.indexOf(active as HTMLElement);
    if (e.shiftKey && at <= 0) { e.preventDefault(); list[list.length - 1]!.focus(); }
    else if (!e.shiftKey && (at < 0 || at === list.length - 1)) { e.preventDefault(); list[0]!.focus(); }
  }
  input.addEventListener('keydown', (e) => {
    // Enter sends, Shift+Enter breaks the line; never while an IME is composing Chinese.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      submit();
    }
  });
  input.addEventListener('input', grow);
  form.addEventListener('submit', (e) => { e.preventDefault(); submit(); });
  function grow() { input.style.height = 'auto'; input.style.height = Math.min(input.scrollHeight + 2, 120) + 'px'; }
  function submit() {
    const q = input.value.replace(/^\s+|\s+$/g, '');
    if (!q || busy) return;
    input.value = '';
    grow();
    send(q, q);
  }
  function scrollDown() { log.scrollTop = log.scrollHeight; }
  // Keep the question at the top while its answer grows (a long answer is read from its start),
  // unless that would hide what must stay in view (the quick replies of the next question).
  function follow(anchor: HTMLElement, mustSee?: HTMLElement | null) {
    let top = anchor.offsetTop - 8;
    if (mustSee) top = Math.max(top, mustSee.offsetTop + mustSee.offsetHeight + 8 - log.clientHeight);
    log.scrollTop = Math.min(log.scrollHeight - log.clientHeight, top);
  }

  // Each message is read out with its speaker; the label sits beside the message, not in it,
  // so the message's own text stays exactly what was said.
  function addMessage(role: 'user' | 'bot', text: string): BotMessage {
    const turn = el('div', { 'class': 'zw-turn' });
    turn.appendChild(el('span', { 'class': 'zw-sr', 'data-widget': 'speaker' }, role === 'user' ? '您：' : '助手：'));
    const m = el('div', { 'class': 'zw-msg zw-' + role, 'data-widget': 'message', 'data-role': role });
    const bubble = el('div', { 'class': 'zw-bubble' }, text);
    m.appendChild(bubble);
    turn.appendChild(m);
    log.appendChild(turn);
    scrollDown();
    return { node: m, bubble };
  }
  // Scrolls the log just enough that node is in view (its top first when it is taller).
  function reveal(node: HTMLElement, above?: number) {
    const lr = log.getBoundingClientRect(), nr = node.getBoundingClientRect();
    const top = nr.top - lr.top + log.scrollTop - (above || 0) - 8;
    let want = log.scrollTop;
    if (nr.bottom > lr.bottom) want = nr.bottom - lr.top + log.scrollTop - log.clientHeight + 8;
    if (want > top || nr.top - (above || 0) < lr.top) want = top;
    log.scrollTop = Math.max(0, want);
  }
  const view: ChatView = { log, reveal, isBusy: () => busy, send };

  let transcript: TranscriptItem[] = tabRead(LOG_KEY, [], Array.isArray);
  function remember(shown: string, res: ShownAnswer) {
    transcript.push({ q: shown, res: {
      answer: res.answer, answered: res.answered, citations: res.citations, followUp: res.followUp,
      sessionId: res.sessionId, questionId: res.questionId,
    } });
    transcript = transcript.slice(-LOG_MAX);
    tabWrite(LOG_KEY, transcript);
  }

  function setBusy(on: boolean) {
    busy = on;
    sendBtn.disabled = on || input.disabled;
    status.textContent = on ? '正在回答…' : '';
  }

  function send(question: string, shown: string) {
    if (busy) return;
    retireQuickReplies(log, shown);
    const anchor = addMessage('user', shown).node;
    const bot = addMessage('bot', '');
    bot.node.className += ' zw-typing';
    bot.node.setAttribute('aria-busy', 'true');
    setBusy(true);
    ask(question, (delta) => {
      bot.bubble.textContent += delta;
      follow(anchor);
    }).then((res) => {
      finish(bot, res);
      follow(anchor, bot.node.querySelector<HTMLElement>('.zw-quick'));
      remember(shown, res);
    }, (err: AskError) => {
      fail(bot, err);
    }).then(() => {
      setBusy(false);
      const active = (root as ShadowRoot).activeElement;
      if (isOpen() && document.activeElement !== input && (!active || active === sendBtn)) input.focus();
    });
  }

  function finish(bot: BotMessage, res: ShownAnswer, chosen?: string) {
    bot.node.className = bot.node.className.replace(' zw-typing', '');
    bot.node.removeAttribute('aria-busy');
    if (res.sessionId) keepSession(res.sessionId);
    const hasCites = res.citations && res.citations.length;
    bot.bubble.textContent = hasCites ? withoutBasisLine(res.answer || '') : (res.answer || '');
    // The dialogue's next question comes first: its quick replies are what the user taps next.
    if (res.followUp && res.followUp.options && res.followUp.options.length) renderQuick(view, bot.node, res.followUp, bot.bubble.textContent || '', chosen);
    if (res.citations && res.citations.length) renderCitations(view, bot.node, res.citations);
    if (res.answered === false && cfg.hotline) {
      const hl = el('div', { 'class': 'zw-hotline' }, '人工咨询：');
      hl.appendChild(el('a', { href: telHref() }, cfg.hotline));
      bot.node.appendChild(hl);
    }
    renderFeedback(view, bot.node, res);
    scrollDown();
  }

  function fail(bot: BotMessage, err: AskError | undefined) {
    bot.node.className = 'zw-msg zw-bot zw-error';
    bot.node.removeAttribute('aria-busy');
    if (err && err.refused) {
      bot.bubble.textContent = unavailableText;
      onRefused(err.refused.detail);
      return;
    }
    bot.bubble.textContent = failureText(err);
    scrollDown();
  }

  transcript.forEach((item, i) => {
    if (!item || !item.res) return;
    addMessage('user', String(item.q || ''));
    // Replies already answered show what was chosen (the next question sent); the last stay live.
    const next = transcript[i + 1];
    finish(addMessage('bot', ''), item.res, next ? String(next.q || '') : undefined);
  });

  /* The site is not allowed: a short notice with the hotline instead of a box that cannot work. */
  let unavailableShown = false;
  function unavailable() {
    if (unavailableShown) return;
    unavailableShown = true;
    const note = el('div', { 'class': 'zw-unavailable', role: 'alert', 'data-widget': 'unavailable' }, unavailableText);
    if (cfg.hotline) {
      note.appendChild(el('br'));
      note.appendChild(el('a', { href: telHref() }, '拨打 ' + cfg.hotline));
    }
    if (greet.parentNode) greet.parentNode.removeChild(greet);
    log.insertBefore(note, log.firstChild);
    input.disabled = true;
    sendBtn.disabled = true;
    form.hidden = true;
    panel.className += ' zw-off';
    if (isOpen()) closeBtn.focus();
  }

  return { open, close, isOpen, unavailable };
}
