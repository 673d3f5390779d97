/**
 * The embeddable widget (`GET /widget.js`): its code compiled from src/web-client/widget (see
 * scripts/web-client/build.ts), wrapped in one IIFE with the values the server bakes in.
 *
 * Why baked text and not a file: the core serves it on Node and on Workers alike, with no
 * file system. The compiled code is ES2017 for old in-app browsers (WeChat's WebView).
 */
import { fillWording } from '../rules/pack.js';
import { POLICY } from '../rules/policy.js';
import { ANSWERS } from '../rules/registry.js';
import type { WidgetBaked } from './client-data.js';
import { scriptJson } from './html.js';
import { WIDGET_CLIENT_JS } from './web-client.generated.js';
import { WIDGET_CSS } from './widget-style.js';

/** Server-side defaults baked into the served script (the tag's data-* attributes win). */
export interface WidgetDefaults {
  /** Phone number offered when the service cannot answer (config HOTLINE). */
  hotline?: string;
}

/** The complete script served at `/widget.js`. */
export function renderWidgetScript(defaults: WidgetDefaults = {}): string {
  const baked: WidgetBaked = {
    hotline: defaults.hotline ?? '',
    css: WIDGET_CSS,
    document: { title: POLICY.title, docNo: POLICY.docNo },
    greeting: fillWording(POLICY.wording.greeting, { title: POLICY.title, docNo: POLICY.docNo }),
    starters: ANSWERS.texts.widgetStarters,
  };
  return (
    '/* 郑州职业技能提升政策咨询 widget. Embed: <script src=".../widget.js" defer data-title="…"></script> */\n' +
    '(function(){"use strict";\nvar BAKED=' +
    scriptJson(baked) +
    ';\n' +
    WIDGET_CLIENT_JS +
    '})();\n'
  );
}
