/**
 * What the browser tests stand on: the real app listening on a 127.0.0.1 port, a separate
 * "third-party" host page on another port (another origin) that embeds the widget with one
 * script tag, and Debian's Chromium driven by playwright-core (never a downloaded browser).
 *
 * When /usr/bin/chromium is absent the tests are skipped with a message saying so; CI
 * (.ci/run) installs it, so there they run.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { chromium, type Browser, type ConsoleMessage, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) {
  console.warn(`[browser tests] skipped: ${CHROMIUM} is missing (apt-get install -y chromium fonts-noto-cjk)`);
}

export const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Listening {
  origin: string;
  close(): Promise<void>;
}

/** Serves the Hono app on a free 127.0.0.1 port. */
export async function listenApp(app: Hono<any>): Promise<Listening> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({
        origin: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => (server as Server).close(() => done())),
      });
    });
  });
}

/**
 * A third-party page on its own port. `/` embeds the widget from `serviceOrigin` with one
 * script tag; `/bare` is the same page without it (to compare globals). The page's own
 * styles are deliberately hostile: they must not reach into the widget.
 */
export async function listenHostPage(serviceOrigin: string, extraAttrs = ''): Promise<Listening> {
  const page = (withWidget: boolean) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>某区人社局网站</title>
<style>
  * { font-family: serif !important; letter-spacing: 3px; }
  button { background: lime; color: black; border: 5px dotted red; }
  div { padding: 11px; }
  .probe { color: rgb(1, 2, 3); }
</style></head>
<body>
  <h1>某区人力资源和社会保障局</h1>
  <p class="probe" id="probe">这是嵌入咨询窗口的第三方网页。</p>
  <button id="host-button">宿主页面自己的按钮</button>
  ${withWidget ? `<script src="${serviceOrigin}/widget.js" defer data-api="${serviceOrigin}" data-title="政策咨询（测试）" ${extraAttrs}></script>` : ''}
</body></html>`;
  const server = createServer((req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(page(req.url !== '/bare'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Collects console errors and uncaught page errors, for "no console errors" checks. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, name);
  await page.screenshot({ path });
  return path;
}

/**
 * WCAG contrast ratio of an element's text colour against the background it is drawn on (its
 * own, else the first ancestor's that is not transparent), from computed styles.
 */
export async function contrastOf(locator: Locator): Promise<number> {
  return locator.evaluate((node) => {
    const rgba = (v: string) => (v.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const ch = (x: number) => {
        const c = x / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
    };
    let bg: number[] = [255, 255, 255];
    for (let n: Element | null = node; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
      const c = rgba(getComputedStyle(n).backgroundColor);
      if (c.length >= 3 && (c.length < 4 || c[3]! > 0)) {
        bg = c.slice(0, 3);
        break;
      }
    }
    const fg = rgba(getComputedStyle(node).color).slice(0, 3);
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  });
}
