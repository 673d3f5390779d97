/**
 * The launcher: a few DOM nodes inside a shadow root, drawn at once. The conversation panel
 * is only built when the launcher is first used.
 */
import { el } from '../common/dom.js';
import { accessKnown, probeAccess, rememberAccess, warnDeployer } from './access.js';
import { baked } from './baked.js';
import { buildChat, type Chat } from './chat.js';
import { cfg } from './config.js';

const ICON_CHAT = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z"/></svg>';

// Without a shadow root (very old WebViews) the element-only resets must not reach the page.
function scopeResets(css: string): string {
  return css.replace(/(^|\n)(button[^{\n]*)\{/g, (_m, start: string, sel: string) =>
    start + sel.split(',').map((x) => '.zw ' + x).join(',') + '{');
}

function styleRoot(root: ShadowRoot | HTMLElement, host: HTMLElement): void {
  let sheetDone = false;
  try {
    if (root !== host && 'adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(baked.css);
      (root as ShadowRoot).adoptedStyleSheets = [sheet];
      sheetDone = true;
    }
  } catch (e) { sheetDone = false; }
  if (!sheetDone) root.appendChild(el('style', null, root === host ? scopeResets(baked.css) : baked.css));
}

/** Adds the widget to the page (once), unless the site is known to be refused with no hotline to offer. */
export function mount(): void {
  if (document.querySelector('zz-policy-widget')) return;
  const access = accessKnown();
  if (access === 'refused') warnDeployer('');
  if (access === 'refused' && !cfg.hotline) return;
  const host = el('zz-policy-widget');
  (document.body || document.documentElement).appendChild(host);
  const root: ShadowRoot | HTMLElement = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
  styleRoot(root, host);

  const wrap = el('div', { 'class': 'zw ' + cfg.position });
  if (cfg.color) wrap.style.setProperty('--zw-color', cfg.color);
  const launcher = el('button', {
    type: 'button', 'class': 'zw-launcher', 'data-widget': 'launcher',
    'aria-label': '打开' + cfg.title, 'aria-expanded': 'false', 'aria-haspopup': 'dialog',
  });
  launcher.innerHTML = ICON_CHAT;
  launcher.appendChild(el('span', null, '政策咨询'));
  wrap.appendChild(launcher);
  root.appendChild(wrap);

  let chat: Chat | null = null;
  function refused(detail: string) {
    rememberAccess('refused');
    warnDeployer(detail);
    if (!cfg.hotline) { if (host.parentNode) host.parentNode.removeChild(host); return; }
    if (chat) chat.unavailable();
  }
  launcher.addEventListener('click', () => {
    if (!chat) chat = buildChat(root, wrap, launcher, refused);
    if (accessKnown() === 'refused') chat.unavailable();
    if (chat.isOpen()) chat.close(); else chat.open();
  });
  if (!access) probeAccess().then((v) => {
    if (v === 'ok') rememberAccess('ok');
    else if (v) refused(v.detail);
  });
}
