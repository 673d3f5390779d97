/**
 * The values the server bakes in front of the widget's code (src/core/web/widget-script.ts):
 * `BAKED` is a variable of the enclosing function, not a global.
 */
import type { WidgetBaked } from '../api.js';

declare const BAKED: WidgetBaked;

/** The configured hotline and the style sheet. */
export const baked: WidgetBaked = BAKED;
