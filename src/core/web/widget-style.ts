/**
 * The widget's style sheet. It lives inside the widget's shadow root, so nothing here can
 * reach the host page and the host page's rules cannot reach in (`:host` resets inheritance).
 * Plain CSS text, no build step: the same string is served by Node and by Workers.
 */
/* Element-only resets have the lowest specificity, so every class rule below wins over them. */
export const WIDGET_CSS = String.raw`
:host{all:initial!important;display:block!important}
.zw{--zw-color:#b3122a;font:15px/1.6 -apple-system,BlinkMacSystemFont,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif;color:#1f2328;-webkit-text-size-adjust:100%;text-align:left}
.zw *,.zw *::before,.zw *::after{box-sizing:border-box}
button,textarea,input{font:inherit;color:inherit}
button{cursor:pointer;-webkit-tap-highlight-color:transparent}
.zw :focus-visible{outline:3px solid #1a5fd1;outline-offset:2px}
.zw-sr{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.zw-launcher{position:fixed;right:20px;bottom:20px;bottom:calc(20px + env(safe-area-inset-bottom));z-index:2147483000;display:flex;align-items:center;gap:8px;min-height:52px;padding:0 20px 0 16px;border:0;border-radius:26px;background:var(--zw-color);color:#fff;font-weight:600;box-shadow:0 4px 16px rgba(0,0,0,.28)}
.zw-launcher svg{width:24px;height:24px;flex:none}
.zw.left .zw-launcher{right:auto;left:20px}
.zw-panel{position:fixed;right:20px;bottom:84px;z-index:2147483001;display:flex;flex-direction:column;width:390px;max-width:calc(100vw - 32px);height:620px;max-height:calc(100vh - 104px);background:#fff;border-radius:14px;box-shadow:0 12px 42px rgba(0,0,0,.3);overflow:hidden}
.zw.left .zw-panel{right:auto;left:20px}
.zw-panel[hidden]{display:none}
.zw-head{display:flex;align-items:center;gap:8px;padding:12px 10px 12px 16px;background:var(--zw-color);color:#fff}
.zw-head h2{flex:1;margin:0;font-size:16px;font-weight:600;line-height:1.35}
.zw-head a{color:#fff;font-size:13px;text-decoration:underline;white-space:nowrap}
.zw-close{display:flex;align-items:center;justify-content:center;width:40px;height:40px;border:0;border-radius:20px;background:transparent;color:#fff;font-size:24px;line-height:1}
.zw-close:hover{background:rgba(255,255,255,.18)}
.zw-log{position:relative;flex:1;overflow-y:auto;-webkit-overflow-scrolling:touch;overscroll-behavior:contain;padding:14px 12px;background:#f5f6f8}
.zw-greeting{margin:0 0 12px;padding:12px 14px;border-radius:12px;background:#fff;border:1px solid #e3e5e8}
.zw-greeting p{margin:0 0 8px}
.zw-msg{display:flex;flex-direction:column;margin:0 0 12px;max-width:92%}
.zw-msg.zw-user{margin-left:auto;align-items:flex-end}
.zw-bubble{padding:10px 13px;border-radius:14px;white-space:pre-wrap;word-break:break-word;overflow-wrap:anywhere}
.zw-user .zw-bubble{background:var(--zw-color);color:#fff;border-bottom-right-radius:4px}
.zw-bot .zw-bubble{background:#fff;border:1px solid #e3e5e8;border-bottom-left-radius:4px}
.zw-error .zw-bubble{background:#fff4f4;border-color:#f1b8b8;color:#8a1010}
.zw-typing .zw-bubble:empty::after{content:"正在查找政策原文…";color:#6a737d}
.zw-cites{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin-top:8px;font-size:13px;color:#57606a}
.zw-chip,.zw-cite{min-height:36px;padding:5px 12px;border:1px solid #c9ced6;border-radius:18px;background:#fff;font-size:13px}
.zw-cite{color:#0b4fb3;border-color:#9dbbe6;text-align:left}
.zw-cite[aria-expanded=true]{background:#e8f0fc}
.zw-clause{margin-top:8px;padding:10px 12px;border-left:4px solid var(--zw-color);border-radius:6px;background:#fff;font-size:14px;white-space:pre-wrap;word-break:break-word}
.zw-clause[hidden]{display:none}
.zw-clause-path{display:block;margin-bottom:4px;font-size:12px;font-weight:600;color:#57606a;white-space:normal}
.zw-quick{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}
.zw-quick-q{width:100%;margin:0;font-size:13px;color:#57606a}
.zw-chip{color:var(--zw-color);border-color:var(--zw-color);font-weight:600}
.zw-chip:disabled{opacity:.45;cursor:default}
.zw-chip.zw-chosen,.zw-chip[aria-pressed=true]{opacity:1;background:var(--zw-color);color:#fff}
.zw-chosen::before{content:"✓ "}
.zw-unavailable{margin:0 0 12px;padding:14px;border-radius:12px;background:#fff;border:1px solid #e3e5e8;font-size:16px}
.zw-unavailable a{display:inline-block;margin-top:8px;color:#0b4fb3;font-weight:600}
.zw-form[hidden]{display:none}
.zw-panel.zw-off{height:auto}
.zw-off .zw-log{flex:none}
.zw-fb{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin-top:6px;font-size:12px;color:#6a737d}
.zw-fb button{min-height:32px;padding:3px 10px;border:1px solid #d0d7de;border-radius:16px;background:#fff;font-size:12px}
.zw-fb textarea{width:100%;min-height:56px;padding:6px 8px;border:1px solid #c9ced6;border-radius:8px;font-size:14px;resize:vertical}
.zw-hotline{margin-top:6px;font-size:13px}
.zw-hotline a{color:#0b4fb3}
.zw-form{display:flex;align-items:flex-end;gap:8px;padding:10px 10px 10px 12px;padding-bottom:calc(10px + env(safe-area-inset-bottom));border-top:1px solid #e3e5e8;background:#fff}
.zw-input{flex:1;min-height:44px;max-height:120px;padding:10px 12px;border:1px solid #c9ced6;border-radius:10px;font-size:16px;line-height:1.4;resize:none;background:#fff}
.zw-input:focus{border-color:var(--zw-color);outline:none;box-shadow:0 0 0 3px rgba(26,95,209,.25)}
.zw-send{min-width:64px;min-height:44px;padding:0 14px;border:0;border-radius:10px;background:var(--zw-color);color:#fff;font-weight:600}
.zw-send:disabled{opacity:.55;cursor:default}
.zw-foot{margin:0;padding:0 12px 8px;background:#fff;font-size:11px;color:#6a737d;text-align:center}
@media (max-width:520px){
.zw-panel{top:0;right:0;bottom:0;left:0;width:100%;max-width:none;height:100%;max-height:none;border-radius:0}
.zw.left .zw-panel{left:0;right:0}
.zw.open .zw-launcher{display:none}
.zw-launcher{right:14px;bottom:14px;bottom:calc(14px + env(safe-area-inset-bottom))}
}
@media (prefers-reduced-motion:no-preference){.zw-panel{animation:zw-in .16s ease-out}}
@keyframes zw-in{from{opacity:0;transform:translateY(8px)}to{opacity:1;transform:none}}
`;
