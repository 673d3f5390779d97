/**
 * The widget's settings: the embedding tag's data-* attributes, else the server's defaults.
 * Read while the script runs, as document.currentScript is only set then.
 */
import { baked } from './baked.js';

/** What an embedding site can set on the script tag. */
export interface WidgetConfig {
  /** The service's origin (the script's own by default), without a trailing slash. */
  api: string;
  title: string;
  color: string;
  greeting: string;
  hotline: string;
  position: 'left' | 'right';
}

function findScript(): HTMLScriptElement | undefined {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  const all = document.querySelectorAll<HTMLScriptElement>('script[src*="widget.js"]');
  return all[all.length - 1];
}

function safeColor(v: string | undefined): string {
  return v && /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\([0-9.,%\s]+\)|hsla?\([0-9.,%\sdeg]+\))$/.test(v) ? v : '';
}

function configOf(script: HTMLScriptElement | undefined): WidgetConfig {
  const ds: DOMStringMap = (script && script.dataset) || {};
  let scriptOrigin = '';
  try { scriptOrigin = script ? new URL(script.src, location.href).origin : ''; } catch (e) { scriptOrigin = ''; }
  return {
    api: String(ds['api'] || scriptOrigin).replace(/\/+$/, ''),
    title: ds['title'] || '郑州职业技能提升政策咨询',
    color: safeColor(ds['color']),
    greeting: ds['greeting'] || baked.greeting,
    hotline: ds['hotline'] || baked.hotline || '',
    position: ds['position'] === 'left' ? 'left' : 'right',
  };
}

const script = findScript();
/** False when the widget cannot find its own script tag (then it does nothing). */
export const hasScript = !!script;
/** The settings in force. */
export const cfg: WidgetConfig = configOf(script);

/** The tel: link of the hotline. */
export function telHref(): string {
  return 'tel:' + cfg.hotline.replace(/[^0-9+]/g, '');
}
