/**
 * The embeddable widget (`GET /widget.js`): one classic script, no globals, written for old
 * in-app browsers too (WeChat's WebView): compiled to ES2017, no framework.
 */
import { hasScript } from './config.js';
import { mount } from './mount.js';

if (hasScript) {
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
}
