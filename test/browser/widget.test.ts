/**
 * The widget in a real browser: embedded with one script tag on a page of another origin,
 * against the real service (PGlite, the real corpus indexed, no language model).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createApp } from '../../src/core/http/app.js';
import { useTestContext } from '../support/context.js';
import {
  HAS_CHROMIUM,
  contrastOf,
  launchChromium,
  listenApp,
  listenHostPage,
  screenshot,
  watchErrors,
  type Listening,
} from './harness.js';

// Built only when the browser tests can run at all (no database work for skipped tests).
const ctx = HAS_CHROMIUM
  ? useTestContext({ env: { RATE_LIMIT_PER_MINUTE: '0', HOTLINE: '12333' } })
  : () => {
      throw new Error('no Chromium');
    };
const suite = HAS_CHROMIUM ? describe : describe.skip;

const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 ' +
  'Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin';

suite('the embedded widget', () => {
  let browser: Browser;
  let service: Listening;
  let host: Listening;
  const open: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    service = await listenApp(ctx().app);
    host = await listenHostPage(service.origin, 'data-hotline="12333"');
  });
  afterAll(async () => {
    for (const c of open) await c.close().catch(() => {});
    await browser?.close();
    await host?.close();
    await service?.close();
  });

  async function hostPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...options });
    open.push(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    return { page, errors };
  }

  /** Types a question, sends it, and waits until the bot's answer is complete. */
  async function ask(page: Page, question: string) {
    const before = await page.locator('[data-widget="message"][data-role="bot"]').count();
    await page.locator('[data-widget="input"]').fill(question);
    await page.locator('[data-widget="send"]').click();
    const bot = page.locator('[data-widget="message"][data-role="bot"]').nth(before);
    await bot.locator('[data-widget="feedback"], .zw-bubble').first().waitFor();
    await expect.poll(() => bot.getAttribute('aria-busy'), { timeout: 20_000 }).toBeNull();
    return bot;
  }

  it('adds only a launcher to a page of another origin, isolated both ways, no globals', async () => {
    const { page, errors } = await hostPage();
    await page.goto(`${host.origin}/bare`);
    const globalsBefore = await page.evaluate(() => Object.keys(window));
    await page.goto(`${host.origin}/`);
    const launcher = page.locator('[data-widget="launcher"]');
    await launcher.waitFor({ state: 'visible' });
    const globalsAfter = await page.evaluate(() => Object.keys(window));
    expect(globalsAfter.filter((k) => !globalsBefore.includes(k))).toEqual([]);

    // The conversation is built on first use, not at load.
    expect(await page.locator('[data-widget="input"]').count()).toBe(0);

    // Host styles do not reach in …
    const look = await launcher.evaluate((b) => {
      const s = getComputedStyle(b);
      return { font: s.fontFamily, bg: s.backgroundColor, spacing: s.letterSpacing };
    });
    expect(look.font).not.toMatch(/^serif$/);
    expect(look.bg).not.toBe('rgb(0, 255, 0)');
    expect(look.spacing).not.toBe('3px');
    // … and the widget's styles do not reach out.
    expect(await page.locator('#probe').evaluate((p) => getComputedStyle(p).color)).toBe('rgb(1, 2, 3)');
    expect(await page.locator('#host-button').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(0, 255, 0)');
    expect(errors).toEqual([]);
  });

  it('is keyboard and screen-reader friendly: Enter opens, focus goes to the text box, Esc closes', async () => {
    const { page, errors } = await hostPage();
    await page.goto(`${host.origin}/`);
    const launcher = page.locator('[data-widget="launcher"]');
    await launcher.focus();
    await page.keyboard.press('Enter');
    const input = page.locator('[data-widget="input"]');
    await input.waitFor({ state: 'visible' });
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    expect(await input.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    expect(await page.locator('[role="dialog"]').getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.locator('[role="log"]').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('label[for="zzpw-input"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => input.isVisible()).toBe(false);
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await launcher.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('answers a question with its citation; tapping the citation shows the clause text', async () => {
    const { page, errors } = await hostPage();
    await page.goto(`${host.origin}/`);
    await page.locator('[data-widget="launcher"]').click();
    const streamed = page.waitForResponse((r) => r.url().endsWith('/api/ask'));
    const bot = await ask(page, '以工代训补贴的标准是多少？');
    // The widget asks for a stream and the service streams.
    expect((await streamed).headers()['content-type']).toMatch(/^text\/event-stream/);

    const user = page.locator('[data-widget="message"][data-role="user"]').last();
    expect(await user.textContent()).toBe('以工代训补贴的标准是多少？');
    const answer = (await bot.locator('.zw-bubble').textContent()) ?? '';
    expect(answer).toContain('200');
    const cite = bot.locator('[data-widget="citation"]').first();
    await cite.waitFor();
    // One reference per clause, however many sentences of it the answer quotes, each
    // labelled with the clause's title (not a bare "七(二)").
    const chips = bot.locator('[data-widget="citation"]');
    const clauses = await chips.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-clause')));
    expect(new Set(clauses).size).toBe(clauses.length);
    await expect
      .poll(async () => (await chips.allTextContents()).every((t) => t.length > 2 && !/^[一二三四五六七八九十]+\(/.test(t)), { timeout: 10_000 })
      .toBe(true);
    // The answer's own 依据 line is not repeated above the chips.
    expect(answer.split('\n').filter((l) => l.startsWith('依据'))).toEqual([]);
    // A screen reader hears who said what.
    const heard = await page.locator('[role="log"]').ariaSnapshot();
    expect(heard.indexOf('您：')).toBeGreaterThanOrEqual(0);
    expect(heard.indexOf('您：')).toBeLessThan(heard.indexOf('以工代训补贴的标准是多少？'));
    expect(heard.indexOf('助手：')).toBeGreaterThan(heard.indexOf('以工代训补贴的标准是多少？'));
    const speaker = await page.locator('[data-widget="speaker"]').first().boundingBox();
    expect(speaker!.width).toBeLessThanOrEqual(1); // for screen readers only
    await screenshot(page, 'widget-answer.png');
    expect(await cite.getAttribute('aria-expanded')).toBe('false');
    await cite.click();
    expect(await cite.getAttribute('aria-expanded')).toBe('true');
    const clause = bot.locator('[data-widget="clause"]').first();
    await clause.waitFor({ state: 'visible' });
    // The full clause arrives from /api/search and replaces the short quote.
    await expect.poll(async () => (await clause.textContent())?.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(100);
    expect(await clause.textContent()).toContain('以工代训');
    await screenshot(page, 'widget-citation.png');

    // Feedback on the answer.
    await bot.locator('[data-widget="feedback"][data-helpful="true"]').click();
    await bot.getByText('谢谢您的反馈').waitFor();
    expect(errors).toEqual([]);
  });

  it('reaches an eligibility verdict through quick replies', async () => {
    const { page, errors } = await hostPage();
    await page.goto(`${host.origin}/`);
    await page.locator('[data-widget="launcher"]').click();
    let bot = await ask(page, '我想参加职业技能培训，能领培训补贴吗？');
    let taps = 0;
    // Answer each follow-up with its first quick reply until the dialogue stops asking.
    while ((await bot.locator('[data-widget="quick-reply"]').count()) > 0 && taps < 12) {
      const before = await page.locator('[data-widget="message"][data-role="bot"]').count();
      const reply = bot.locator('[data-widget="quick-reply"]').first();
      const label = (await reply.textContent()) ?? '';
      await reply.click();
      taps++;
      expect(await page.locator('[data-widget="message"][data-role="user"]').last().textContent()).toBe(label);
      // The reply given stays marked as chosen, in full colour, while the others fade.
      expect(await reply.getAttribute('aria-pressed')).toBe('true');
      const look = await reply.evaluate((b) => ({ opacity: getComputedStyle(b).opacity, bg: getComputedStyle(b).backgroundColor }));
      expect(look.opacity).toBe('1');
      expect(look.bg).not.toBe('rgb(255, 255, 255)');
      expect(await contrastOf(reply)).toBeGreaterThanOrEqual(4.5);
      bot = page.locator('[data-widget="message"][data-role="bot"]').nth(before);
      await bot.waitFor();
      await expect.poll(() => bot.getAttribute('aria-busy'), { timeout: 20_000 }).toBeNull();
    }
    expect(taps).toBeGreaterThan(0);
    const verdict = (await bot.locator('.zw-bubble').textContent()) ?? '';
    expect(verdict).toMatch(/符合|不符合|可以|不能|享受/);
    expect(await bot.locator('[data-widget="citation"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'widget-eligibility.png');
    // Back on the page later, the replies given are still shown as chosen.
    await page.reload();
    await page.locator('[data-widget="launcher"]').click();
    await page.locator('[data-widget="message"]').first().waitFor();
    expect(await page.locator('[data-widget="quick-reply"][aria-pressed="true"]').count()).toBe(taps);
    expect(errors).toEqual([]);
  });

  it('fits a phone screen inside WeChat’s in-app browser', async () => {
    const { page, errors } = await hostPage({
      viewport: { width: 375, height: 667 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      userAgent: WECHAT_UA,
    });
    await page.goto(`${host.origin}/`);
    const launcher = page.locator('[data-widget="launcher"]');
    const box = (await launcher.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(box.height).toBeGreaterThanOrEqual(44); // a thumb-sized target
    await launcher.tap();
    const panel = page.locator('[role="dialog"]');
    await panel.waitFor({ state: 'visible' });
    // Full screen once the short opening animation has settled.
    await expect
      .poll(async () => {
        const b = (await panel.boundingBox())!;
        return [b.x, b.y, b.width, b.height].map(Math.round);
      })
      .toEqual([0, 0, 375, 667]);
    // The text box is 16px so iOS does not zoom, and the send button is reachable.
    expect(await page.locator('[data-widget="input"]').evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
    await page.locator('[data-widget="input"]').fill('退役军人参加培训有补贴吗？');
    await page.locator('[data-widget="send"]').tap();
    const bot = page.locator('[data-widget="message"][data-role="bot"]').first();
    await expect.poll(() => bot.getAttribute('aria-busy'), { timeout: 20_000 }).toBeNull();
    expect(((await bot.textContent()) ?? '').length).toBeGreaterThan(10);
    await screenshot(page, 'widget-phone.png');

    // The full-screen panel is modal: Tab and Shift+Tab never reach the page hidden behind it.
    expect(await panel.getAttribute('aria-modal')).toBe('true');
    const focusInPanel = () =>
      page.evaluate(() => {
        const root = document.querySelector('zz-policy-widget')!.shadowRoot!;
        const active = root.activeElement;
        return !!active && !!root.querySelector('[role="dialog"]')!.contains(active);
      });
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInPanel()).toBe(true);
    }
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInPanel()).toBe(true);
    }

    // An opened clause is scrolled into view on the small screen.
    const cite = bot.locator('[data-widget="citation"]').first();
    if ((await cite.count()) > 0) {
      await cite.tap();
      const clause = bot.locator('[data-widget="clause"]').first();
      await clause.waitFor({ state: 'visible' });
      await expect.poll(async () => (await clause.textContent())?.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(60);
      const log = (await page.locator('[role="log"]').boundingBox())!;
      const opened = (await clause.boundingBox())!;
      expect(opened.y).toBeGreaterThanOrEqual(log.y - 1);
      expect(opened.y).toBeLessThan(log.y + log.height - 40);
    }
    // Closing hands the page back.
    await page.locator('.zw-close').tap();
    await launcher.waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
  });

  it('runs on the service’s own demo page under its strict CSP', async () => {
    const { page, errors } = await hostPage();
    await page.goto(`${service.origin}/`);
    await page.getByRole('heading', { name: '一行代码嵌入' }).waitFor();
    await page.locator('[data-widget="launcher"]').click();
    const bot = await ask(page, '两后生参加培训有什么政策？');
    expect(((await bot.locator('.zw-bubble').textContent()) ?? '').length).toBeGreaterThan(10);
    await screenshot(page, 'demo-page.png');
    expect(errors).toEqual([]); // a CSP violation would show here
  });

  it('keeps the session id and the conversation across reloads of the host page', async () => {
    const { page } = await hostPage();
    await page.goto(`${host.origin}/`);
    await page.locator('[data-widget="launcher"]').click();
    await ask(page, '职工教育经费税前扣除比例是多少？');
    const first = await page.evaluate(() => localStorage.getItem('zz-policy-widget.session'));
    expect(first).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    await page.reload();
    await page.locator('[data-widget="launcher"]').click();
    // The conversation so far is shown again.
    expect(await page.locator('[data-widget="message"][data-role="user"]').first().textContent()).toBe('职工教育经费税前扣除比例是多少？');
    expect(await page.locator('[data-widget="message"][data-role="bot"]').count()).toBe(1);
    const seen = page.waitForRequest((r) => r.url().endsWith('/api/ask'));
    await page.locator('[data-widget="input"]').fill('那一线职工要占多少？');
    await page.locator('[data-widget="send"]').click();
    expect(JSON.parse((await seen).postData() ?? '{}').sessionId).toBe(first);
  });
});

suite('the widget on a site the service does not allow', () => {
  let browser: Browser;
  let service: Listening;
  let quiet: Listening;
  let host: Listening;
  let quietHost: Listening;

  beforeAll(async () => {
    browser = await launchChromium();
    const config = { ...ctx().config, ALLOWED_ORIGINS: ['https://www.zzrs.gov.cn'] };
    service = await listenApp(createApp({ ...ctx().deps, config }));
    // The same refusal from a service with no hotline configured.
    quiet = await listenApp(createApp({ ...ctx().deps, config: { ...config, HOTLINE: undefined } }));
    host = await listenHostPage(service.origin, 'data-color="#0a5fa8" data-position="left" data-greeting="您好，这里是测试欢迎语。"');
    quietHost = await listenHostPage(quiet.origin);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await quietHost?.close();
    await service?.close();
    await quiet?.close();
  });

  it('tells workers only that it is unavailable, with the hotline, and the deployer why in the console', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(`${host.origin}/`);
    // The tag's data-* settings: colour, side of the screen.
    const launcher = page.locator('[data-widget="launcher"]');
    expect(await launcher.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(10, 95, 168)');
    expect((await launcher.boundingBox())!.x).toBeLessThan(100);
    // The deployer learns which origin to allow, in the browser console.
    await expect.poll(() => warnings.join('\n'), { timeout: 10_000 }).toContain('ALLOWED_ORIGINS');
    expect(warnings.join('\n')).toContain(host.origin);
    await launcher.click();
    const notice = page.locator('[data-widget="unavailable"]');
    await notice.waitFor();
    const shown = (await page.locator('[role="dialog"]').textContent()) ?? '';
    expect(shown).toContain('暂时无法使用');
    expect(shown).toContain('12333');
    // Nothing meant for the deployer reaches the worker, and there is no box that cannot work.
    expect(shown).not.toMatch(/ALLOWED_ORIGINS|允许列表|设置|来源|origin/i);
    expect(await page.locator('[data-widget="input"]').isVisible()).toBe(false);
    await screenshot(page, 'widget-refused.png');
    await page.close();
  });

  it('shows no launcher at all when there is no hotline to offer', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(`${quietHost.origin}/`);
    await expect.poll(() => warnings.join('\n'), { timeout: 10_000 }).toContain('ALLOWED_ORIGINS');
    await expect.poll(() => page.locator('[data-widget="launcher"]').count()).toBe(0);
    // The next page of the site knows already: no launcher appears even for a moment.
    await page.reload();
    await page.waitForLoadState('load');
    expect(await page.locator('[data-widget="launcher"]').count()).toBe(0);
    expect(await page.locator('#probe').textContent()).toContain('第三方网页');
    await page.close();
  });
});
