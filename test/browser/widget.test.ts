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
    // One reference per clause, however many sentences of it the answer quotes.
    const refs = await bot.locator('[data-widget="citation"]').allTextContents();
    expect(new Set(refs).size).toBe(refs.length);
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
      bot = page.locator('[data-widget="message"][data-role="bot"]').nth(before);
      await bot.waitFor();
      await expect.poll(() => bot.getAttribute('aria-busy'), { timeout: 20_000 }).toBeNull();
    }
    expect(taps).toBeGreaterThan(0);
    const verdict = (await bot.locator('.zw-bubble').textContent()) ?? '';
    expect(verdict).toMatch(/符合|不符合|可以|不能|享受/);
    expect(await bot.locator('[data-widget="citation"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'widget-eligibility.png');
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
  let host: Listening;

  beforeAll(async () => {
    browser = await launchChromium();
    const strict = createApp({ ...ctx().deps, config: { ...ctx().config, ALLOWED_ORIGINS: ['https://www.zzrs.gov.cn'] } });
    service = await listenApp(strict);
    host = await listenHostPage(service.origin, 'data-color="#0a5fa8" data-position="left" data-greeting="您好，这里是测试欢迎语。"');
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await service?.close();
  });

  it('says plainly that this site is not allowed, naming it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${host.origin}/`);
    // The tag's data-* settings: colour, side of the screen, greeting.
    const launcher = page.locator('[data-widget="launcher"]');
    expect(await launcher.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(10, 95, 168)');
    expect((await launcher.boundingBox())!.x).toBeLessThan(100);
    await launcher.click();
    expect(await page.locator('[data-widget="greeting"]').textContent()).toContain('您好，这里是测试欢迎语。');
    await page.locator('[data-widget="input"]').fill('以工代训补贴怎么领？');
    await page.locator('[data-widget="send"]').click();
    const bot = page.locator('[data-widget="message"][data-role="bot"]').first();
    await expect.poll(() => bot.getAttribute('aria-busy'), { timeout: 20_000 }).toBeNull();
    const text = (await bot.textContent()) ?? '';
    expect(text).toContain('不在允许列表');
    expect(text).toContain(host.origin);
    await page.close();
  });
});
