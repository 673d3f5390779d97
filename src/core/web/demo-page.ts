/**
 * `GET /`: a demo page that embeds the widget as a third-party site would (one script tag with
 * data-* attributes) and explains how to do the same.
 *
 * Nothing on the page comes from the request: the live script tag is relative (`/widget.js`,
 * so the browser loads it from the page's own origin and the widget talks to that origin),
 * and the snippet to copy names the configured PUBLIC_URL or a placeholder. A page built from
 * the Host header could be poisoned in a shared cache to load a script from a host of an
 * attacker's choosing.
 */
import { POLICY } from '../rules/policy.js';
import { escapeHtml } from './html.js';

export interface DemoPageOptions {
  /** This service's public origin from the settings (PUBLIC_URL), e.g. `https://zc.example.org`. */
  origin?: string;
  hotline?: string;
}

const ATTRIBUTES: Array<[string, string, string]> = [
  ['data-api', '服务地址（本服务的网址）', '脚本所在的网址'],
  ['data-title', '窗口标题', '郑州职业技能提升政策咨询'],
  ['data-color', '主题色（#RRGGBB 或颜色名）', '#b3122a'],
  ['data-greeting', '打开时的欢迎语', '介绍能解答的问题'],
  ['data-hotline', '无法解答时提示的人工热线', '服务设置 HOTLINE'],
  ['data-position', '按钮位置：right 或 left', 'right'],
];

/** The demo page's HTML. */
export function renderDemoPage(opts: DemoPageOptions): string {
  const shown = (opts.origin ?? 'https://本服务的网址').replace(/\/+$/, '');
  const hotlineAttr = opts.hotline ? ` data-hotline="${escapeHtml(opts.hotline)}"` : '';
  const snippet =
    `<script src="${shown}/widget.js" defer\n` +
    `        data-api="${shown}"\n` +
    `        data-title="郑州职业技能提升政策咨询"${opts.hotline ? `\n        data-hotline="${opts.hotline}"` : ''}></script>`;
  const rows = ATTRIBUTES.map(
    ([name, meaning, def]) =>
      `<tr><td><code>${name}</code></td><td>${escapeHtml(meaning)}</td><td>${escapeHtml(def)}</td></tr>`,
  ).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>政策咨询小助手 · 嵌入演示</title>
<style>
  body { margin: 0; font: 16px/1.7 -apple-system, BlinkMacSystemFont, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1f2328; background: #fafafa; }
  main { max-width: 760px; margin: 0 auto; padding: 24px 18px 120px; }
  h1 { font-size: 26px; line-height: 1.35; margin: 8px 0 12px; }
  h2 { font-size: 19px; margin: 28px 0 8px; }
  pre { overflow-x: auto; padding: 14px; border-radius: 8px; background: #1f2328; color: #f0f3f6; font-size: 14px; line-height: 1.5; }
  code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
  table { width: 100%; border-collapse: collapse; font-size: 14px; background: #fff; }
  th, td { padding: 8px 10px; border: 1px solid #d0d7de; text-align: left; vertical-align: top; }
  th { background: #f0f2f5; }
  .note { padding: 10px 14px; border-left: 4px solid #b3122a; background: #fff; }
  a { color: #0b4fb3; }
</style>
</head>
<body>
<main>
  <h1>郑州市职业技能提升行动 政策咨询小助手</h1>
  <p>本页演示如何把政策咨询窗口嵌入任何网站：右下角的“政策咨询”按钮就是由下面这一行代码加入本页的，与第三方网站的嵌入方式完全相同。
  它依据《${escapeHtml(POLICY.title)}》（${escapeHtml(POLICY.docNo)}）原文作答，给出条款出处，并能通过几个问题帮您测算补贴资格。</p>

  <h2>一行代码嵌入</h2>
  <p>把下面的代码放到网页 <code>&lt;/body&gt;</code> 之前即可：</p>
  <pre><code>${escapeHtml(snippet)}</code></pre>
  <p class="note">您的网站域名需要加入服务设置 <code>ALLOWED_ORIGINS</code>（以逗号分隔，例如 <code>https://www.example.gov.cn</code>），否则接口会拒绝来自该网站的请求：访问者只会看到“暂时无法使用”（配置了热线时附上热线，否则不显示按钮），被拒绝的来源写在浏览器控制台里，供网站管理员查看。</p>

  <h2>可选设置</h2>
  <table>
    <thead><tr><th>属性</th><th>作用</th><th>默认</th></tr></thead>
    <tbody>
${rows}
    </tbody>
  </table>

  <h2>特点</h2>
  <ul>
    <li>窗口运行在 Shadow DOM 中，不影响宿主网页的样式和脚本，也不受其影响；无框架，体积小，先显示按钮，对话部分在首次打开时才构建。</li>
    <li>答复逐字显示；条款出处可点开查看原文；资格测算通过快捷按钮一步步回答。</li>
    <li>适配手机与微信内置浏览器；支持键盘操作和读屏软件，Esc 关闭窗口。</li>
    <li>每条答复可评价“有帮助 / 没帮助”，帮助我们改进。</li>
  </ul>

  <h2>工作人员</h2>
  <p>窗口服务人员请使用 <a href="/console">政策咨询工作台</a>：条文即时检索、全文查看、资格测算表单与专项计划一览。</p>
</main>
<script src="/widget.js" defer data-title="郑州职业技能提升政策咨询"${hotlineAttr}></script>
</body>
</html>
`;
}
