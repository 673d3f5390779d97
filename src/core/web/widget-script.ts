/**
 * The embeddable widget (`GET /widget.js`) as plain JavaScript text.
 *
 * Why a string and not compiled code: the core must serve it on Node and on Workers with no
 * file system and no bundler, and a string cannot pick up bundler-injected helpers. The
 * source is written for old in-app browsers too (WeChat's WebView): ES2017, no optional
 * chaining, no template literals, no framework. It must contain no backtick and no "${".
 *
 * Shape: one IIFE, no globals. The launcher is drawn first (a few DOM nodes inside a shadow
 * root); the conversation panel is only built when the launcher is first used.
 */
import { WIDGET_CSS } from './widget-style.js';

/** Server-side defaults baked into the served script (the tag's data-* attributes win). */
export interface WidgetDefaults {
  /** Phone number offered when the service cannot answer (config HOTLINE). */
  hotline?: string;
}

const WIDGET_BODY = String.raw`
var doc = document;
var script = doc.currentScript || (function () {
  var all = doc.querySelectorAll('script[src*="widget.js"]');
  return all[all.length - 1];
})();
if (!script) return;
var ds = script.dataset || {};
var scriptOrigin = '';
try { scriptOrigin = new URL(script.src, location.href).origin; } catch (e) { scriptOrigin = ''; }

function safeColor(v) {
  return v && /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\([0-9.,%\s]+\)|hsla?\([0-9.,%\sdeg]+\))$/.test(v) ? v : '';
}
var cfg = {
  api: String(ds.api || scriptOrigin).replace(/\/+$/, ''),
  title: ds.title || '郑州职业技能提升政策咨询',
  color: safeColor(ds.color),
  greeting: ds.greeting || '您好！我可以解答《郑州市职业技能提升行动实施方案》（郑政办〔2019〕63号）的问题，也能帮您测算能否领取培训补贴、以工代训补贴等。',
  hotline: ds.hotline || DEFAULTS.hotline || '',
  position: ds.position === 'left' ? 'left' : 'right'
};
var STARTERS = ['以工代训补贴怎么算？', '我想参加职业培训，能领补贴吗？', '职工教育经费可以税前扣除多少？'];
var SESSION_KEY = 'zz-policy-widget.session';
/* The conversation so far, per tab, so it survives moving to another page of the host site. */
var LOG_KEY = 'zz-policy-widget.log';
var LOG_MAX = 30;

function el(tag, attrs, text) {
  var n = doc.createElement(tag);
  if (attrs) for (var k in attrs) if (attrs[k] !== null && attrs[k] !== undefined) n.setAttribute(k, attrs[k]);
  if (text !== undefined && text !== null) n.textContent = text;
  return n;
}
function randomId() {
  var out = '';
  try {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    for (var i = 0; i < b.length; i++) out += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  } catch (e) {
    while (out.length < 32) out += Math.random().toString(36).slice(2);
  }
  return 'w' + out.slice(0, 32);
}
function storage() {
  try { var s = window.localStorage; s.getItem(SESSION_KEY); return s; } catch (e) {
    try { return window.sessionStorage; } catch (e2) { return null; }
  }
}
var memorySession = '';
function sessionId() {
  var s = storage();
  var id = '';
  try { id = (s && s.getItem(SESSION_KEY)) || memorySession; } catch (e) { id = memorySession; }
  if (!/^[A-Za-z0-9_-]{8,128}$/.test(id)) { id = randomId(); keepSession(id); }
  return id;
}
function keepSession(id) {
  memorySession = id;
  var s = storage();
  try { if (s) s.setItem(SESSION_KEY, id); } catch (e) { /* private mode: memory only */ }
}

var ICON_CHAT = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z"/></svg>';

// Without a shadow root (very old WebViews) the element-only resets must not reach the page.
function scopeResets(css) {
  return css.replace(/(^|\n)(button[^{\n]*)\{/g, function (m, start, sel) {
    return start + sel.split(',').map(function (x) { return '.zw ' + x; }).join(',') + '{';
  });
}

/*
 * Whether the service lets this site call it. A refusal is meant for whoever embedded the
 * widget (logged to the console for them); workers only see that it is unavailable, with the
 * hotline when there is one, or no launcher at all. Checked once per tab with a simple GET,
 * whose refusal body the page can read.
 */
var ACCESS_KEY = 'zz-policy-widget.access:' + cfg.api;
function accessKnown() { try { return window.sessionStorage.getItem(ACCESS_KEY) || ''; } catch (e) { return ''; } }
function rememberAccess(v) { try { window.sessionStorage.setItem(ACCESS_KEY, v); } catch (e) { /* blocked storage */ } }
var warned = false;
function warnDeployer(detail) {
  if (warned || !window.console) return;
  warned = true;
  (console.warn || console.log).call(console, '[zz-policy-widget] ' + cfg.api + ' 拒绝了本网站（' + location.origin + '）的请求：' + (detail || '来源不在服务的 ALLOWED_ORIGINS 列表中') + '。访问者只会看到“暂时无法使用”。');
}
function probeAccess() {
  return fetch(cfg.api + '/api/search?k=1&q=' + encodeURIComponent('培训'), { headers: { Accept: 'application/json' } })
    .then(function (r) {
      if (r.status !== 403) return r.ok ? 'ok' : '';
      return r.json().then(function (b) { return refusedBy(b, 403) || ''; }, function () { return ''; });
    }, function () { return ''; });
}
function refusedBy(body, status) {
  var e = body && body.error;
  return status === 403 && e && e.code === 'forbidden' ? { detail: e.message || '' } : null;
}
var unavailableText = cfg.hotline ? '暂时无法使用，请拨打 ' + cfg.hotline + ' 咨询。' : '咨询服务暂时无法使用，请稍后再试。';

function mount() {
  if (doc.querySelector('zz-policy-widget')) return;
  var access = accessKnown();
  if (access === 'refused') warnDeployer('');
  if (access === 'refused' && !cfg.hotline) return;
  var host = el('zz-policy-widget');
  (doc.body || doc.documentElement).appendChild(host);
  var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
  var sheetDone = false;
  try {
    if (root !== host && 'adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
      sheetDone = true;
    }
  } catch (e) { sheetDone = false; }
  if (!sheetDone) root.appendChild(el('style', null, root === host ? scopeResets(CSS) : CSS));

  var wrap = el('div', { 'class': 'zw ' + cfg.position });
  if (cfg.color) wrap.style.setProperty('--zw-color', cfg.color);
  var launcher = el('button', {
    type: 'button', 'class': 'zw-launcher', 'data-widget': 'launcher',
    'aria-label': '打开' + cfg.title, 'aria-expanded': 'false', 'aria-haspopup': 'dialog'
  });
  launcher.innerHTML = ICON_CHAT;
  launcher.appendChild(el('span', null, '政策咨询'));
  wrap.appendChild(launcher);
  root.appendChild(wrap);

  var chat = null;
  function refused(detail) {
    rememberAccess('refused');
    warnDeployer(detail);
    if (!cfg.hotline) { if (host.parentNode) host.parentNode.removeChild(host); return; }
    if (chat) chat.unavailable();
  }
  launcher.addEventListener('click', function () {
    if (!chat) chat = buildChat(root, wrap, launcher, refused);
    if (accessKnown() === 'refused') chat.unavailable();
    if (chat.isOpen()) chat.close(); else chat.open();
  });
  if (!access) probeAccess().then(function (v) {
    if (v === 'ok') rememberAccess('ok');
    else if (v) refused(v.detail);
  });
}

/* ---------- the conversation panel: built on first use ---------- */
function buildChat(root, wrap, launcher, onRefused) {
  var pid = 'zzpw-panel';
  var panel = el('section', { 'class': 'zw-panel', id: pid, role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'zzpw-title', hidden: '' });
  // Full screen on a phone: the page behind is out of reach, so the panel is modal there.
  var fullScreen = window.matchMedia ? window.matchMedia('(max-width:520px)') : null;
  function isModal() { return !!(fullScreen && fullScreen.matches); }
  launcher.setAttribute('aria-controls', pid);
  var head = el('div', { 'class': 'zw-head' });
  head.appendChild(el('h2', { id: 'zzpw-title' }, cfg.title));
  if (cfg.hotline) head.appendChild(el('a', { href: 'tel:' + cfg.hotline.replace(/[^0-9+]/g, ''), 'aria-label': '拨打热线 ' + cfg.hotline }, '热线 ' + cfg.hotline));
  var closeBtn = el('button', { type: 'button', 'class': 'zw-close', 'aria-label': '关闭对话' }, '×');
  head.appendChild(closeBtn);
  panel.appendChild(head);

  var log = el('div', { 'class': 'zw-log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': '对话记录', tabindex: '0' });
  var greet = el('div', { 'class': 'zw-greeting', 'data-widget': 'greeting' });
  greet.appendChild(el('p', null, cfg.greeting));
  var starters = el('div', { 'class': 'zw-quick', role: 'group', 'aria-label': '常见问题' });
  STARTERS.forEach(function (q) {
    var b = el('button', { type: 'button', 'class': 'zw-chip', 'data-widget': 'starter' }, q);
    b.addEventListener('click', function () { send(q, q); });
    starters.appendChild(b);
  });
  greet.appendChild(starters);
  log.appendChild(greet);
  panel.appendChild(log);

  var status = el('div', { 'class': 'zw-sr', role: 'status', 'aria-live': 'polite' });
  panel.appendChild(status);

  var form = el('form', { 'class': 'zw-form', novalidate: '' });
  form.appendChild(el('label', { 'class': 'zw-sr', 'for': 'zzpw-input' }, '输入您的问题'));
  var input = el('textarea', {
    id: 'zzpw-input', 'class': 'zw-input', 'data-widget': 'input', rows: '1', maxlength: '500',
    placeholder: '请输入您的问题', enterkeyhint: 'send', autocomplete: 'off'
  });
  var sendBtn = el('button', { type: 'submit', 'class': 'zw-send', 'data-widget': 'send' }, '发送');
  form.appendChild(input);
  form.appendChild(sendBtn);
  panel.appendChild(form);
  panel.appendChild(el('p', { 'class': 'zw-foot' }, '依据郑政办〔2019〕63号原文作答，仅供参考'));
  wrap.appendChild(panel);

  var busy = false;
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
  wrap.addEventListener('keydown', function (e) {
    if ((e.key === 'Escape' || e.key === 'Esc') && isOpen()) { e.preventDefault(); close(); return; }
    if (e.key === 'Tab' && isOpen() && isModal()) trapTab(e);
  });
  // Tab and Shift+Tab cycle inside the full-screen panel instead of reaching the hidden page.
  function trapTab(e) {
    var all = panel.querySelectorAll('button,a[href],textarea,input,select,[tabindex]');
    var list = [];
    for (var i = 0; i < all.length; i++) {
      var n = all[i];
      if (!n.disabled && n.getAttribute('tabindex') !== '-1' && n.getClientRects().length) list.push(n);
    }
    if (!list.length) return;
    var at = list.indexOf(root.activeElement || doc.activeElement);
    if (e.shiftKey && at <= 0) { e.preventDefault(); list[list.length - 1].focus(); }
    else if (!e.shiftKey && (at < 0 || at === list.length - 1)) { e.preventDefault(); list[0].focus(); }
  }
  input.addEventListener('keydown', function (e) {
    // Enter sends, Shift+Enter breaks the line; never while an IME is composing Chinese.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      submit();
    }
  });
  input.addEventListener('input', grow);
  form.addEventListener('submit', function (e) { e.preventDefault(); submit(); });
  function grow() { input.style.height = 'auto'; input.style.height = Math.min(input.scrollHeight + 2, 120) + 'px'; }
  function submit() {
    var q = input.value.replace(/^\s+|\s+$/g, '');
    if (!q || busy) return;
    input.value = '';
    grow();
    send(q, q);
  }
  function scrollDown() { log.scrollTop = log.scrollHeight; }
  // Keep the question at the top while its answer grows (a long answer is read from its start),
  // unless that would hide what must stay in view (the quick replies of the next question).
  function follow(anchor, mustSee) {
    var top = anchor.offsetTop - 8;
    if (mustSee) top = Math.max(top, mustSee.offsetTop + mustSee.offsetHeight + 8 - log.clientHeight);
    log.scrollTop = Math.min(log.scrollHeight - log.clientHeight, top);
  }

  // Each message is read out with its speaker; the label sits beside the message, not in it,
  // so the message's own text stays exactly what was said.
  function addMessage(role, text) {
    var turn = el('div', { 'class': 'zw-turn' });
    turn.appendChild(el('span', { 'class': 'zw-sr', 'data-widget': 'speaker' }, role === 'user' ? '您：' : '助手：'));
    var m = el('div', { 'class': 'zw-msg zw-' + role, 'data-widget': 'message', 'data-role': role });
    var bubble = el('div', { 'class': 'zw-bubble' }, text);
    m.appendChild(bubble);
    turn.appendChild(m);
    log.appendChild(turn);
    scrollDown();
    return { node: m, bubble: bubble };
  }
  // Scrolls the log just enough that node is in view (its top first when it is taller).
  function reveal(node, above) {
    var lr = log.getBoundingClientRect(), nr = node.getBoundingClientRect();
    var top = nr.top - lr.top + log.scrollTop - (above || 0) - 8;
    var want = log.scrollTop;
    if (nr.bottom > lr.bottom) want = nr.bottom - lr.top + log.scrollTop - log.clientHeight + 8;
    if (want > top || nr.top - (above || 0) < lr.top) want = top;
    log.scrollTop = Math.max(0, want);
  }

  function loadTranscript() {
    try { var v = JSON.parse(window.sessionStorage.getItem(LOG_KEY) || '[]'); return Array.isArray(v) ? v : []; } catch (e) { return []; }
  }
  var transcript = loadTranscript();
  function remember(shown, res) {
    transcript.push({ q: shown, res: {
      answer: res.answer, answered: res.answered, citations: res.citations, followUp: res.followUp,
      sessionId: res.sessionId, questionId: res.questionId
    } });
    transcript = transcript.slice(-LOG_MAX);
    try { window.sessionStorage.setItem(LOG_KEY, JSON.stringify(transcript)); } catch (e) { /* storage full or blocked */ }
  }
  // Quick replies belong to the question just asked; older ones are disabled once the talk moves on.
  function retireQuickReplies(answer) {
    var old = log.querySelectorAll('[data-widget="quick-reply"]');
    for (var i = 0; i < old.length; i++) {
      if (!old[i].disabled && answer !== undefined && old[i].textContent === answer) choose(old[i]);
      old[i].disabled = true;
    }
  }
  // The reply given stays visibly chosen (and is announced as pressed) after the talk moves on.
  function choose(b) { b.setAttribute('aria-pressed', 'true'); b.className += ' zw-chosen'; }

  function setBusy(on) {
    busy = on;
    sendBtn.disabled = on || input.disabled;
    status.textContent = on ? '正在回答…' : '';
  }

  function send(question, shown) {
    if (busy) return;
    retireQuickReplies(shown);
    var anchor = addMessage('user', shown).node;
    var bot = addMessage('bot', '');
    bot.node.className += ' zw-typing';
    bot.node.setAttribute('aria-busy', 'true');
    setBusy(true);
    ask(question, function (delta) {
      bot.bubble.textContent += delta;
      follow(anchor);
    }).then(function (res) {
      finish(bot, res);
      follow(anchor, bot.node.querySelector('.zw-quick'));
      remember(shown, res);
    }, function (err) {
      fail(bot, err);
    }).then(function () {
      setBusy(false);
      if (isOpen() && doc.activeElement !== input && (!root.activeElement || root.activeElement === sendBtn)) input.focus();
    });
  }

  function finish(bot, res, chosen) {
    bot.node.className = bot.node.className.replace(' zw-typing', '');
    bot.node.removeAttribute('aria-busy');
    if (res.sessionId) keepSession(res.sessionId);
    var hasCites = res.citations && res.citations.length;
    bot.bubble.textContent = hasCites ? withoutBasisLine(res.answer || '') : (res.answer || '');
    // The dialogue's next question comes first: its quick replies are what the user taps next.
    if (res.followUp && res.followUp.options && res.followUp.options.length) renderQuick(bot.node, res.followUp, bot.bubble.textContent, chosen);
    if (res.citations && res.citations.length) renderCitations(bot.node, res.citations);
    if (res.answered === false && cfg.hotline) {
      var hl = el('div', { 'class': 'zw-hotline' }, '人工咨询：');
      hl.appendChild(el('a', { href: 'tel:' + cfg.hotline.replace(/[^0-9+]/g, '') }, cfg.hotline));
      bot.node.appendChild(hl);
    }
    renderFeedback(bot.node, res);
    scrollDown();
  }

  function fail(bot, err) {
    bot.node.className = 'zw-msg zw-bot zw-error';
    bot.node.removeAttribute('aria-busy');
    if (err && err.refused) {
      bot.bubble.textContent = unavailableText;
      onRefused(err.refused.detail);
      return;
    }
    var msg = (err && err.userMessage) || '暂时无法连接到咨询服务，请稍后再试。';
    if (cfg.hotline) msg += '\n也可以拨打热线 ' + cfg.hotline + ' 咨询。';
    bot.bubble.textContent = msg;
    scrollDown();
  }

  var citeSeq = 0;
  function clauseName(id) {
    return { head: '文头', preamble: '序言', tail: '文尾' }[id] || id;
  }
  // The chips below say which clauses the answer rests on; the text's own 依据 line would repeat them.
  function withoutBasisLine(text) {
    return text.split('\n').filter(function (l) { return !/^\s*依据[:：]/.test(l); }).join('\n').replace(/\s+$/, '');
  }
  // One chip per clause: an answer may quote several sentences of the same clause.
  function mergeCitations(cites) {
    var out = [], seen = {};
    cites.forEach(function (c) {
      var key = (c.docId || '') + '|' + c.clause;
      if (seen[key]) { if (c.quote && seen[key].quote.indexOf(c.quote) < 0) seen[key].quote += '……' + c.quote; return; }
      seen[key] = { docId: c.docId, clause: c.clause, quote: c.quote || '', title: c.title || '' };
      out.push(seen[key]);
    });
    return out;
  }
  /* Clause titles already learnt, kept per tab: a chip reads 职业培训补贴, not 七(二). */
  var TITLE_KEY = 'zz-policy-widget.titles';
  var titles = {};
  try { titles = JSON.parse(window.sessionStorage.getItem(TITLE_KEY) || '{}') || {}; } catch (e) { titles = {}; }
  function learnTitle(clause, title) {
    if (!title || titles[clause] === title) return;
    titles[clause] = title;
    try { window.sessionStorage.setItem(TITLE_KEY, JSON.stringify(titles)); } catch (e) { /* blocked storage */ }
  }
  // A clause's title from its search hit: the last heading of its path, without its number.
  function titleOfHit(hit) {
    var last = hit && hit.path && hit.path.length ? String(hit.path[hit.path.length - 1]) : '';
    return last.replace(/^\s*[(（]?[一二三四五六七八九十]+[)）、.]?\s*/, '');
  }
  function setChipLabel(btn, c, title) {
    btn.textContent = title || clauseName(c.clause);
    btn.setAttribute('aria-label', '查看条款 ' + clauseName(c.clause) + (title ? '“' + title + '”' : '') + ' 原文');
  }
  function renderCitations(node, cites) {
    cites = mergeCitations(cites);
    var box = el('div', { 'class': 'zw-cites' });
    box.appendChild(el('span', null, '依据：'));
    var panes = [];
    cites.forEach(function (c) {
      var id = 'zzpw-clause-' + (++citeSeq);
      var btn = el('button', {
        type: 'button', 'class': 'zw-cite', 'data-widget': 'citation', 'data-clause': c.clause,
        'aria-expanded': 'false', 'aria-controls': id
      });
      if (c.title) learnTitle(c.clause, c.title);
      setChipLabel(btn, c, c.title || titles[c.clause]);
      var pane = el('div', { 'class': 'zw-clause', id: id, 'data-widget': 'clause', role: 'region', 'aria-label': '条款 ' + c.clause + ' 原文', hidden: '' });
      var path = el('span', { 'class': 'zw-clause-path' }, c.clause);
      var body = el('span', null, c.quote || '');
      pane.appendChild(path);
      pane.appendChild(body);
      var loading = null;
      function load() {
        if (!loading) loading = loadClause(c).then(function (hit) {
          if (!hit) return;
          path.textContent = (hit.path && hit.path.length ? hit.path.join(' › ') : hit.clause);
          body.textContent = hit.text;
          var t = titleOfHit(hit);
          learnTitle(c.clause, t);
          if (!c.title) setChipLabel(btn, c, t);
        }, function () { /* the quote stays shown */ });
        return loading;
      }
      // Without a title from the answer, the chip learns it from the clause itself.
      if (!c.title && !titles[c.clause]) load();
      btn.addEventListener('click', function () {
        var show = pane.hidden;
        pane.hidden = !show;
        btn.setAttribute('aria-expanded', show ? 'true' : 'false');
        if (!show) return;
        // What was opened comes into view, with its chip just above it.
        reveal(pane, btn.offsetHeight + 8);
        load().then(function () { if (!pane.hidden) reveal(pane, btn.offsetHeight + 8); });
      });
      box.appendChild(btn);
      panes.push(pane);
    });
    node.appendChild(box);
    panes.forEach(function (p) { node.appendChild(p); });
  }

  var clauseCache = {};
  function loadClause(c) {
    var key = (c.docId || '') + '|' + c.clause;
    if (clauseCache[key]) return clauseCache[key];
    var q = (c.quote || c.clause).slice(0, 120);
    return (clauseCache[key] = fetch(cfg.api + '/api/search?k=8&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        var hits = (data && data.hits) || [];
        for (var i = 0; i < hits.length; i++) {
          if (hits[i].clause === c.clause && (!c.docId || hits[i].docId === c.docId)) return hits[i];
        }
        return null;
      }));
  }

  function renderQuick(node, fu, said, chosen) {
    var group = el('div', { 'class': 'zw-quick', role: 'group', 'aria-label': fu.question || '快捷回复' });
    // The question itself, when the answer's text does not already end with it.
    if (fu.question && String(said || '').indexOf(fu.question) < 0) group.appendChild(el('p', { 'class': 'zw-quick-q' }, fu.question));
    var buttons = [];
    fu.options.forEach(function (o) {
      var b = el('button', { type: 'button', 'class': 'zw-chip', 'data-widget': 'quick-reply', 'data-value': o.value }, o.label);
      if (chosen !== undefined) { b.disabled = true; if (o.label === chosen) choose(b); }
      b.addEventListener('click', function () {
        if (busy) return;
        send(o.value, o.label);
      });
      buttons.push(b);
      group.appendChild(b);
    });
    node.appendChild(group);
  }

  function renderFeedback(node, res) {
    var box = el('div', { 'class': 'zw-fb', role: 'group', 'aria-label': '这条答复有帮助吗？' });
    box.appendChild(el('span', null, '有帮助吗？'));
    var yes = el('button', { type: 'button', 'data-widget': 'feedback', 'data-helpful': 'true' }, '有帮助');
    var no = el('button', { type: 'button', 'data-widget': 'feedback', 'data-helpful': 'false' }, '没帮助');
    box.appendChild(yes);
    box.appendChild(no);
    node.appendChild(box);
    function done(ok) {
      box.textContent = ok ? '谢谢您的反馈！' : '反馈未能发送，请稍后再试。';
      box.setAttribute('role', 'status');
    }
    function post(helpful, comment) {
      var body = { sessionId: res.sessionId || sessionId(), helpful: helpful };
      if (res.questionId) body.questionId = res.questionId;
      if (comment) body.comment = comment;
      return fetch(cfg.api + '/api/feedback', {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body)
      }).then(function (r) { done(r.ok); }, function () { done(false); });
    }
    yes.addEventListener('click', function () { post(true); });
    no.addEventListener('click', function () {
      box.textContent = '';
      var label = el('label', { 'for': 'zzpw-fb-' + (++citeSeq) }, '哪里不对或缺了什么？（可不填）');
      var ta = el('textarea', { id: label.getAttribute('for'), maxlength: '1000' });
      var submitBtn = el('button', { type: 'button', 'data-widget': 'feedback-send' }, '提交反馈');
      box.appendChild(label);
      box.appendChild(ta);
      box.appendChild(submitBtn);
      ta.focus({ preventScroll: true });
      reveal(box, 0);
      submitBtn.addEventListener('click', function () {
        post(false, ta.value.replace(/^\s+|\s+$/g, '').slice(0, 1000));
      });
    });
  }

  /* ---------- talking to the service: SSE when it streams, JSON otherwise ---------- */
  function ask(question, onDelta) {
    return fetch(cfg.api + '/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream, application/json' },
      body: JSON.stringify({ question: question, sessionId: sessionId(), channel: 'web' })
    }).then(function (r) {
      var type = r.headers.get('content-type') || '';
      if (!r.ok) {
        return r.json().then(function (b) { throw apiError(b, r.status); }, function () { throw apiError(null, r.status); });
      }
      if (type.indexOf('text/event-stream') < 0) return r.json();
      return readEvents(r, onDelta);
    }, function (netErr) {
      return diagnose().then(function (why) { throw why || netErr; });
    });
  }
  // A refused preflight looks like a bare network error to a page. A simple GET (no
  // preflight) gets the service's own 403 body, readable by this page, which says why.
  function diagnose() {
    return fetch(cfg.api + '/api/search?k=1&q=' + encodeURIComponent('培训'), { headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (r.ok) return null;
        return r.json().then(function (b) { return apiError(b, r.status); }, function () { return null; });
      }, function () { return null; });
  }
  function apiError(body, status) {
    var e = new Error('HTTP ' + status);
    e.refused = refusedBy(body, status);
    var m = body && body.error && body.error.message;
    e.userMessage = m ? '抱歉，' + m : (status === 429 ? '提问太频繁了，请稍等一会儿再试。' : '');
    return e;
  }
  function readEvents(r, onDelta) {
    var final = null, failure = null, streamed = '';
    function onEvent(name, data) {
      var v = data;
      try { v = JSON.parse(data); } catch (e) { v = data; }
      if (name === 'delta' || name === 'message') {
        var t = typeof v === 'string' ? v : (v && (v.text || v.delta || v.content)) || '';
        if (t) { streamed += t; onDelta(t); }
      } else if (name === 'done' || name === 'answer' || name === 'final') {
        final = v;
      } else if (name === 'error') {
        failure = apiError(v, 0);
      }
    }
    var buf = '';
    function drain(end) {
      buf = buf.replace(/\r\n?/g, '\n');
      var i;
      while ((i = buf.indexOf('\n\n')) >= 0) { dispatch(buf.slice(0, i)); buf = buf.slice(i + 2); }
      if (end && buf.replace(/\s+/g, '')) { dispatch(buf); buf = ''; }
    }
    function dispatch(block) {
      var name = 'message', data = [];
      block.split('\n').forEach(function (line) {
        if (!line || line.charAt(0) === ':') return;
        var c = line.indexOf(':');
        var field = c < 0 ? line : line.slice(0, c);
        var val = c < 0 ? '' : line.slice(c + 1);
        if (val.charAt(0) === ' ') val = val.slice(1);
        if (field === 'event') name = val; else if (field === 'data') data.push(val);
      });
      if (data.length) onEvent(name, data.join('\n'));
    }
    function result() {
      if (failure) throw failure;
      if (final && typeof final === 'object') return final;
      if (streamed) return { answer: streamed, citations: [] };
      throw apiError(null, 0);
    }
    if (!r.body || !r.body.getReader || typeof TextDecoder !== 'function') {
      return r.text().then(function (t) { buf = t; drain(true); return result(); });
    }
    var reader = r.body.getReader();
    var dec = new TextDecoder();
    function pump() {
      return reader.read().then(function (x) {
        if (x.done) { buf += dec.decode(); drain(true); return result(); }
        buf += dec.decode(x.value, { stream: true });
        drain(false);
        return pump();
      });
    }
    return pump();
  }

  transcript.forEach(function (item, i) {
    if (!item || !item.res) return;
    addMessage('user', String(item.q || ''));
    // Replies already answered show what was chosen (the next question sent); the last stay live.
    var next = transcript[i + 1];
    finish(addMessage('bot', ''), item.res, next ? String(next.q || '') : undefined);
  });

  /* The site is not allowed: a short notice with the hotline instead of a box that cannot work. */
  var unavailableShown = false;
  function unavailable() {
    if (unavailableShown) return;
    unavailableShown = true;
    var note = el('div', { 'class': 'zw-unavailable', role: 'alert', 'data-widget': 'unavailable' }, unavailableText);
    if (cfg.hotline) {
      note.appendChild(el('br'));
      note.appendChild(el('a', { href: 'tel:' + cfg.hotline.replace(/[^0-9+]/g, '') }, '拨打 ' + cfg.hotline));
    }
    if (greet.parentNode) greet.parentNode.removeChild(greet);
    log.insertBefore(note, log.firstChild);
    input.disabled = true;
    sendBtn.disabled = true;
    form.hidden = true;
    panel.className += ' zw-off';
    if (isOpen()) closeBtn.focus();
  }

  return { open: open, close: close, isOpen: isOpen, unavailable: unavailable };
}

if (doc.body) mount(); else doc.addEventListener('DOMContentLoaded', mount);
`;

/** The complete script served at `/widget.js`. */
export function renderWidgetScript(defaults: WidgetDefaults = {}): string {
  const baked = { hotline: defaults.hotline ?? '' };
  // JSON is valid JS; "<" is escaped so the text can never close a surrounding <script>.
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
  return (
    '/* 郑州职业技能提升政策咨询 widget. Embed: <script src=".../widget.js" defer data-title="…"></script> */\n' +
    '(function(){"use strict";\nvar DEFAULTS=' +
    json(baked) +
    ';\nvar CSS=' +
    json(WIDGET_CSS) +
    ';\n' +
    WIDGET_BODY +
    '})();\n'
  );
}
