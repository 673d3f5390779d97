/** The staff console's style sheet, served at `/assets/console.css`. */
export const CONSOLE_CSS = String.raw`
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.6 -apple-system,BlinkMacSystemFont,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f2328;background:#f4f5f7}
button,input,select,textarea{font:inherit;color:inherit}
:focus-visible{outline:3px solid #1a5fd1;outline-offset:2px}
.top{display:flex;flex-wrap:wrap;align-items:center;gap:12px;padding:10px 20px;background:#8f0f22;color:#fff}
.top h1{flex:1;margin:0;font-size:19px}
.top h1 small{display:block;font-size:12px;font-weight:400;opacity:.85}
.top .hotline{font-size:14px}
.top form{margin:0}
.ghost{padding:6px 12px;border:1px solid rgba(255,255,255,.7);border-radius:6px;background:transparent;color:#fff;cursor:pointer}
.tabs{display:flex;gap:2px;overflow-x:auto;padding:0 16px;background:#fff;border-bottom:1px solid #d0d7de}
.tabs button{padding:12px 16px;border:0;border-bottom:3px solid transparent;background:none;cursor:pointer;white-space:nowrap;font-weight:600;color:#57606a}
.tabs button[aria-selected=true]{color:#8f0f22;border-bottom-color:#8f0f22}
main{max-width:1180px;margin:0 auto;padding:18px 16px 60px}
.big-label{display:block;margin-bottom:6px;font-weight:600}
input[type=search],.ask-form textarea{width:100%;padding:12px 14px;border:1px solid #b8c0cc;border-radius:8px;font-size:17px;background:#fff}
.hint{color:#57606a;font-size:13px;margin:6px 0}
.ask-form{margin:0 0 16px}
.ask-form .primary{margin-top:8px}
.hits{list-style:none;margin:8px 0 0;padding:0}
.hit{margin:0 0 10px;padding:12px 14px;border:1px solid #d0d7de;border-radius:8px;background:#fff}
.hit-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:8px;margin-bottom:4px}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;background:#8f0f22;color:#fff;font-size:12px;font-weight:600}
.path{color:#57606a;font-size:13px}
.text{white-space:pre-wrap;word-break:break-word}
mark{background:#ffe58a;color:inherit;padding:0 1px;border-radius:2px}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}
.actions button:not(.primary),.small{padding:4px 10px;border:1px solid #b8c0cc;border-radius:6px;background:#fff;color:#1f2328;cursor:pointer;font-size:13px}
/* Filled buttons carry their own text colour: a container rule can never leave white on white. */
.primary{padding:8px 18px;border:0;border-radius:8px;background:#8f0f22;color:#fff;font-weight:600;cursor:pointer}
.primary:hover{background:#6e0b1a}
.primary:disabled{opacity:.6}
fieldset{margin:0 0 14px;padding:10px 14px 12px;border:1px solid #d0d7de;border-radius:8px;background:#fff}
legend{padding:0 6px;font-weight:600}
.fields{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:10px 16px}
.field label{display:block;font-size:13px;color:#3d444d;margin-bottom:2px}
.field input,.field select{width:100%;padding:6px 8px;border:1px solid #b8c0cc;border-radius:6px;background:#fff}
.field [aria-invalid=true]{border-color:#c21a1a;background:#fff4f4}
.checks{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:4px 14px}
.check{display:flex;gap:8px;align-items:center;font-size:14px;line-height:1.4;margin:4px 0;cursor:pointer}
.field label.check{display:flex;font-size:14px;color:#1f2328;margin:6px 0 0}
.check input{flex:none;width:16px;height:16px;margin:0}
.ask-about{background:#fbf6f7}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.type-switch{display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center;margin-bottom:10px}
.type-switch .field{display:flex;gap:8px;align-items:center}
.rows .row{display:flex;flex-wrap:wrap;gap:8px 12px;align-items:flex-end;margin-bottom:8px;padding-bottom:8px;border-bottom:1px dashed #d0d7de}
.rows .row .field{flex:1 1 140px}
.form-actions{position:sticky;bottom:0;z-index:1;display:flex;gap:10px;align-items:center;margin:8px 0 18px;padding:8px 0;background:#f4f5f7}
.error{color:#a40e0e;background:#fff4f4;border:1px solid #f1b8b8;border-radius:6px;padding:8px 12px}
.result{margin:0 0 12px;padding:12px 16px;border:1px solid #d0d7de;border-left:6px solid #8c959f;border-radius:8px;background:#fff}
.result.eligible{border-left-color:#1a7f37}
.result.ineligible{border-left-color:#a40e0e}
.result.needs_info{border-left-color:#bf8700}
.result h3{display:flex;flex-wrap:wrap;gap:10px;align-items:baseline;margin:0 0 6px;font-size:17px}
.status{font-size:13px;padding:1px 8px;border-radius:10px;color:#fff;background:#8c959f}
.eligible .status{background:#1a7f37}
.ineligible .status{background:#a40e0e}
.needs_info .status{background:#9a6700}
.amount{margin:0 0 4px;font-size:18px;font-weight:700;color:#1a7f37}
.amount.partial{color:#7d4e00}
.amount.none{font-size:15px;color:#3d444d}
.tag{font-size:12px;padding:1px 8px;border-radius:10px;border:1px solid #8f0f22;color:#8f0f22}
.summary{margin:0 0 8px;font-weight:600}
.missing{margin:4px 0;color:#7d4e00}
.why summary{margin:4px 0;color:#0b4fb3;font-size:14px;cursor:pointer}
.more-results{margin:0 0 12px}
.more-results summary{padding:8px 12px;border:1px dashed #b8c0cc;border-radius:8px;background:#fff;cursor:pointer;font-weight:600;color:#3d444d}
.more-results[open] summary{margin-bottom:10px}
.ask-next{margin:8px 0 0;padding:6px 10px;border-radius:6px;background:#fff8c5}
.result ul{margin:4px 0;padding-left:20px}
.cite{margin:6px 0 0;padding:6px 10px;border-left:3px solid #8f0f22;background:#f7f8fa;font-size:14px}
.policy{margin:0 0 10px;font-size:14px}
.warn{padding:8px 12px;border-radius:6px;background:#fff8c5;border:1px solid #d4a72c;margin:0 0 10px}
.copy-box{margin:0 0 12px}
.copy-bar{display:flex;flex-wrap:wrap;gap:6px 12px;align-items:center}
.copy-text summary{margin:6px 0;color:#0b4fb3;font-size:13px;cursor:pointer}
.copy-box textarea{width:100%;min-height:140px;padding:10px;border:1px solid #b8c0cc;border-radius:8px;font-size:14px;background:#fff}
.viewer{display:grid;grid-template-columns:260px 1fr;gap:16px}
.toc{position:sticky;top:8px;align-self:start;max-height:calc(100vh - 16px);overflow:auto;padding:8px;border:1px solid #d0d7de;border-radius:8px;background:#fff;font-size:13px}
.toc a{display:block;padding:3px 6px;color:#1f2328;text-decoration:none;border-radius:4px}
.toc a:hover{background:#f0f2f5}
.doc article{margin:0 0 12px;padding:12px 16px;border:1px solid #d0d7de;border-radius:8px;background:#fff;scroll-margin-top:12px}
.doc article.flash{box-shadow:0 0 0 3px #f2c94c}
.doc h3{margin:0 0 6px;font-size:16px}
table{width:100%;border-collapse:collapse;background:#fff;font-size:14px}
th,td{padding:8px 10px;border:1px solid #d0d7de;text-align:left;vertical-align:top}
th{background:#f0f2f5;position:sticky;top:0}
[data-console=program-list] td:first-child{white-space:nowrap}
.login .login-box{max-width:380px;margin:12vh auto;padding:24px;border:1px solid #d0d7de;border-radius:10px;background:#fff}
.login label{display:block;margin:10px 0 4px}
.login input{width:100%;padding:10px;border:1px solid #b8c0cc;border-radius:6px;margin-bottom:12px}
/* From a 1024-wide screen on, results sit beside the form and stay on screen while it scrolls. */
@media (min-width:960px){#panel-eligibility:not([hidden]){display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16px;align-items:start}#elig-out{position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto}main{max-width:1400px}#elig-out:empty{display:none}}
@media (max-width:760px){.viewer{grid-template-columns:1fr}.toc{position:static;max-height:240px}}
`;
