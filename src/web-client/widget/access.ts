/**
 * Whether the service lets this site call it. A refusal is meant for whoever embedded the
 * widget (logged to the console for them); visitors only see that it is unavailable, with the
 * hotline when there is one, or no launcher at all. Checked once per tab with a simple GET,
 * whose refusal body the page can read.
 */
import type { ErrorBody } from '../api.js';
import { cfg } from './config.js';
import { refusedBy, type Refusal } from './errors.js';
import { probeSearch } from './service.js';

const ACCESS_KEY = 'zz-policy-widget.access:' + cfg.api;

/** What this tab learnt: 'ok', 'refused', or '' (not yet known). */
export function accessKnown(): string {
  try { return window.sessionStorage.getItem(ACCESS_KEY) || ''; } catch (e) { return ''; }
}

/** Remembers the answer for this tab. */
export function rememberAccess(v: 'ok' | 'refused'): void {
  try { window.sessionStorage.setItem(ACCESS_KEY, v); } catch (e) { /* blocked storage */ }
}

let warned = false;
/** Tells the site's developer, once, why the widget does not work here. */
export function warnDeployer(detail: string): void {
  if (warned || !window.console) return;
  warned = true;
  (console.warn || console.log).call(console, '[zz-policy-widget] ' + cfg.api + ' 拒绝了本网站（' + location.origin + '）的请求：' + (detail || '来源不在服务的 ALLOWED_ORIGINS 列表中') + '。访问者只会看到“暂时无法使用”。');
}

/** 'ok', the refusal, or '' when nothing could be learnt (a network error, another failure). */
export function probeAccess(): Promise<'ok' | '' | Refusal> {
  return probeSearch().then((r): Promise<'ok' | '' | Refusal> | 'ok' | '' => {
    if (r.status !== 403) return r.ok ? 'ok' : '';
    return r.json().then((b: ErrorBody) => refusedBy(b, 403) || '', () => '' as const);
  }, () => '' as const);
}

/** The notice a visitor sees instead of an answer when the site is refused. */
export const unavailableText = cfg.hotline ? '暂时无法使用，请拨打 ' + cfg.hotline + ' 咨询。' : '咨询服务暂时无法使用，请稍后再试。';
