/**
 * `GET /console`: the staff console's HTML shell (the behaviour is in console-script.ts,
 * the look in console-style.ts, both served as same-origin assets so the strict CSP holds),
 * and the login page shown instead when a console token is configured and not yet given.
 */
import { POLICY } from '../rules/policy.js';
import { escapeHtml } from './html.js';

const HEAD = (title: string) => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/console.css">
</head>`;

export interface ConsolePageOptions {
  /** Show the sign-out button (only meaningful when a token is configured). */
  canLogout: boolean;
  hotline?: string;
}

/** The console shell: tabs and empty panels the script fills in. */
export function renderConsolePage(opts: ConsolePageOptions): string {
  const logout = opts.canLogout
    ? '<form method="post" action="/console/logout"><button type="submit" class="ghost">退出登录</button></form>'
    : '';
  const hotline = opts.hotline ? `<span class="hotline">人工热线 ${escapeHtml(opts.hotline)}</span>` : '';
  // The document is the main pack's (its manifest), never named here.
  return `${HEAD(`政策咨询工作台 · ${POLICY.docNo}`)}
<body>
<header class="top">
  <h1>政策咨询工作台 <small>${escapeHtml(POLICY.title)}（${escapeHtml(POLICY.docNo)}）</small></h1>
  ${hotline}
  ${logout}
</header>
<nav class="tabs" role="tablist" aria-label="工作台功能">
  <button role="tab" id="tab-search" aria-controls="panel-search" data-tab="search">条文检索</button>
  <button role="tab" id="tab-eligibility" aria-controls="panel-eligibility" data-tab="eligibility">资格测算</button>
  <button role="tab" id="tab-ask" aria-controls="panel-ask" data-tab="ask">问答</button>
  <button role="tab" id="tab-clauses" aria-controls="panel-clauses" data-tab="clauses">全文</button>
  <button role="tab" id="tab-programs" aria-controls="panel-programs" data-tab="programs">专项计划</button>
</nav>
<main>
  <section role="tabpanel" id="panel-search" aria-labelledby="tab-search" data-console="search">
    <label class="big-label" for="search-q">输入关键词，边打字边检索条文</label>
    <input id="search-q" type="search" data-console="search-input" autofocus placeholder="例如：以工代训、职工教育经费、退役军人" autocomplete="off" maxlength="500">
    <p class="hint" id="search-status" role="status" aria-live="polite"></p>
    <ol class="hits" data-console="search-results" aria-label="检索结果"></ol>
  </section>

  <section role="tabpanel" id="panel-eligibility" aria-labelledby="tab-eligibility" data-console="eligibility" hidden>
    <form id="elig-form" data-console="eligibility-form" novalidate></form>
    <div id="elig-out" data-console="eligibility-results" aria-live="polite"><p class="hint">填写情况后点“测算”，结果显示在这里：本次咨询的和符合条件的排在最前面。</p></div>
  </section>

  <section role="tabpanel" id="panel-ask" aria-labelledby="tab-ask" data-console="ask" hidden>
    <form id="ask-form" class="ask-form">
      <label class="big-label" for="ask-q">群众的问题（不需要大模型：按原文摘录作答）</label>
      <textarea id="ask-q" data-console="ask-input" rows="3" maxlength="500" placeholder="例如：贫困劳动力参加培训要交钱吗？"></textarea>
      <button type="submit" class="primary">生成答复</button>
    </form>
    <div id="ask-out" aria-live="polite"></div>
  </section>

  <section role="tabpanel" id="panel-clauses" aria-labelledby="tab-clauses" data-console="clauses" hidden>
    <div class="viewer">
      <nav class="toc" aria-label="条文目录" id="toc"></nav>
      <div class="doc" id="doc" data-console="clause-viewer"><p class="hint">正在载入全文…</p></div>
    </div>
  </section>

  <section role="tabpanel" id="panel-programs" aria-labelledby="tab-programs" data-console="programs" hidden>
    <div id="programs-out" data-console="programs-table"><p class="hint">正在载入…</p></div>
  </section>
</main>
<script src="/assets/console.js" defer></script>
</body>
</html>
`;
}

/** The login page; `error` is shown when a wrong token was just tried. */
export function renderLoginPage(error?: string): string {
  const err = error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : '';
  return `${HEAD('登录 · 政策咨询工作台')}
<body class="login">
<main class="login-box">
  <h1>政策咨询工作台</h1>
  <p>请输入工作人员口令。</p>
  ${err}
  <form method="post" action="/console/login" data-console="login-form">
    <label for="token">口令</label>
    <input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
    <button type="submit" class="primary">登录</button>
  </form>
</main>
</body>
</html>
`;
}
