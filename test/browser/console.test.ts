/**
 * The staff console in a real browser against the real service (no language model):
 * instant search, the clause viewer, the eligibility form with repeated rows, the copyable
 * answer, the programme table, and the staff-token login.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { z } from 'zod';
import { createApp } from '../../src/core/http/app.js';
import { EmployerFactsSchema, PersonFactsSchema } from '../../src/core/rules/schema.js';
import { useTestContext } from '../support/context.js';
import {
  HAS_CHROMIUM,
  contrastOf,
  launchChromium,
  listenApp,
  screenshot,
  watchErrors,
  type Listening,
} from './harness.js';

/**
 * A reply staff can paste into a chat as it is: exactly one 依据 line naming each clause once,
 * and nothing that asks the caller to pick or answer (there is nothing to tap on a phone).
 */
function expectSendable(text: string): void {
  const basis = text.split('\n').filter((l) => /^\s*依据/.test(l));
  expect(basis).toHaveLength(1);
  const ids = basis[0]!.match(/[一二三四五六七八九十]+\([一二三四五六七八九十]+\)/g) ?? [];
  expect(ids.length).toBeGreaterThan(0);
  expect(new Set(ids).size).toBe(ids.length);
  expect(text).not.toMatch(/请问|请选|可回复|[？?]/);
}

// Built only when the browser tests can run at all (no database work for skipped tests).
const ctx = HAS_CHROMIUM
  ? useTestContext({ env: { RATE_LIMIT_PER_MINUTE: '0', HOTLINE: '12333' } })
  : () => {
      throw new Error('no Chromium');
    };
const suite = HAS_CHROMIUM ? describe : describe.skip;

suite('the staff console', () => {
  let browser: Browser;
  let service: Listening;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    service = await listenApp(ctx().app);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await service?.close();
  });

  async function consolePage(hash = '', viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: service.origin });
    contexts.push(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${service.origin}/console${hash}`);
    return { page, errors };
  }

  it('searches as staff type, showing each clause with its path, and opens it in the full text', async () => {
    const { page, errors } = await consolePage();
    // Staff can type at once: the search box has the focus when the page opens.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-console'))).toBe('search-input');
    const searches: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/search')) searches.push(new URL(r.url()).searchParams.get('q') ?? '');
    });
    // Typed key by key: the search waits for a pause instead of firing per keystroke.
    await page.locator('[data-console="search-input"]').pressSequentially('职工教育经费', { delay: 30 });
    const first = page.locator('[data-console="search-hit"]').first();
    // On a slow machine a pause mid-typing may search a prefix first; the whole term follows.
    await expect.poll(() => searches.at(-1)).toBe('职工教育经费');
    await first.waitFor();
    // Debounced: far fewer searches than keystrokes (six characters typed).
    expect(searches.length).toBeLessThanOrEqual(3);
    expect(await first.locator('[data-console="hit-path"]').textContent()).toMatch(/[一二三四五六七八九十]、/);
    await expect.poll(() => first.locator('[data-console="hit-text"]').textContent()).toContain('职工教育经费');
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    await screenshot(page, 'console-search.png');

    const clause = await first.getAttribute('data-clause');
    await first.getByRole('button', { name: '在全文中查看' }).click();
    const article = page.locator(`article[data-console="clause"][data-clause="${clause}"]`);
    await article.waitFor({ state: 'visible' });
    await expect.poll(() => article.getAttribute('class')).toContain('flash');
    expect(await page.locator('article[data-console="clause"]').count()).toBeGreaterThan(20);
    expect(await page.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('全文');
    expect(errors).toEqual([]);
  });

  it('highlights whole query words: 退役军人 does not light the 军人 of 领军人才', async () => {
    const { page, errors } = await consolePage();
    await page.locator('[data-console="search-input"]').fill('退役军人');
    await page.locator('[data-console="search-hit"]').first().waitFor();
    const marks = await page.locator('[data-console="search-hit"] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['退役军人']));
    // A hit that speaks of 领军人才 (三(十六) does) shows it unmarked.
    const texts = await page.locator('[data-console="hit-text"]').allTextContents();
    if (texts.some((t) => t.includes('领军人才'))) {
      const lit = await page.locator('[data-console="hit-text"] mark').evaluateAll((ms) => ms.map((m) => m.textContent + (m.nextSibling?.textContent ?? '').slice(0, 2)));
      expect(lit.some((x) => x.startsWith('军人才'))).toBe(false);
    }
    expect(errors).toEqual([]);
  });

  it('works an employer case through the form, with repeated hires and equipment rows, and copies the answer', async () => {
    const { page, errors } = await consolePage('#eligibility');
    await page.getByLabel('用人单位 / 培训机构').check();
    await page.locator('#f-entity').selectOption('enterprise');
    await page.locator('#f-insured').selectOption('true');
    // Two kinds of hires: 6 poor labourers trained on the job 6 months, 2 hard-to-employ people 3 months.
    await page.locator('#f-hires-0-group').selectOption('poor_labor');
    await page.locator('#f-hires-0-count').fill('6');
    await page.locator('#f-hires-0-monthsEmployed').fill('6');
    await page.locator('#f-hires-0-onJobTrainingMonths').fill('6');
    await page.locator('#f-hires-0-preJobTrainingSubsidy').selectOption('false');
    await page.locator('[data-add-row="hires"]').click();
    await page.locator('#f-hires-1-group').selectOption('employment_difficulty');
    await page.locator('#f-hires-1-count').fill('2');
    await page.locator('#f-hires-1-monthsEmployed').fill('4');
    await page.locator('#f-hires-1-onJobTrainingMonths').fill('3');
    await page.locator('#f-hires-1-preJobTrainingSubsidy').selectOption('false');
    // A 300 000 yuan device for a master studio: 20 % is 60 000, under the 100 000 cap.
    await page.locator('#f-equipment-0-kind').selectOption('master_studio');
    await page.locator('#f-equipment-0-valueYuan').fill('300000');
    await page.locator('#f-equipment-0-fromEducationFund').selectOption('true');
    await page.locator('#f-equipment-0-accepted').selectOption('true');
    await page.locator('#f-asOf').fill('2020-06-01');

    const sent = page.waitForRequest((r) => r.url().endsWith('/api/eligibility'));
    await page.locator('[data-console="eligibility-submit"]').click();
    const body = JSON.parse((await sent).postData() ?? '{}');
    expect(body).toMatchObject({
      asOf: '2020-06-01',
      applicant: {
        type: 'employer',
        entity: 'enterprise',
        insured: true,
        hires: [
          { group: 'poor_labor', count: 6, monthsEmployed: 6, onJobTrainingMonths: 6, preJobTrainingSubsidy: false },
          { group: 'employment_difficulty', count: 2, monthsEmployed: 4, onJobTrainingMonths: 3, preJobTrainingSubsidy: false },
        ],
        equipment: [{ kind: 'master_studio', valueYuan: 300000, fromEducationFund: true, accepted: true }],
      },
    });

    const onJob = page.locator('[data-console="eligibility-result"][data-rule="on_job_training"]');
    await onJob.waitFor();
    expect(await onJob.getAttribute('data-status')).toBe('eligible');
    // 6 × 200 × 6 + 2 × 200 × 3 = 7 200 + 1 200 = 8 400
    expect(await onJob.locator('[data-console="amount"]').textContent()).toBe('8,400 元');
    // Each clause once, with its title, however many sentences of it the rule quotes
    // (六(一) for the subsidy; 三(二) may be cited too for who counts as 就业困难人员).
    const cites = await onJob.locator('.cite').allTextContents();
    const clauseIds = cites.map((t) => t.split(' ')[0]);
    expect(new Set(clauseIds).size).toBe(clauseIds.length);
    expect(cites.find((t) => t.startsWith('六(一) '))).toMatch(/^六\(一\) \S+：/);
    const equipment = page.locator('[data-console="eligibility-result"][data-rule="equipment_subsidy"]');
    expect(await equipment.locator('[data-console="amount"]').textContent()).toBe('60,000 元');
    // Facts not given are named, never guessed.
    const fund = page.locator('[data-console="eligibility-result"][data-rule="education_fund_deduction"]');
    expect(await fund.getAttribute('data-status')).toBe('needs_info');
    expect(await fund.textContent()).toContain('还需要了解');
    await screenshot(page, 'console-eligibility.png');

    const copyText = await page.locator('[data-console="copy-text"]').inputValue();
    expect(copyText).toContain('以工代训补贴');
    expect(copyText).toContain('8,400 元');
    // The document is named as the response's policy block names it (the console names none itself).
    expect(copyText).toContain('根据《郑州市职业技能提升行动实施方案（2019—2021年）》（郑政办〔2019〕63号）');
    expectSendable(copyText);
    // The button staff need most can be read: its text against its own background.
    expect(await contrastOf(page.locator('[data-console="copy"]'))).toBeGreaterThanOrEqual(4.5);
    await page.locator('[data-console="copy"]').click();
    await page.getByRole('button', { name: '已复制' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copyText);
    expect(errors).toEqual([]);
  });

  it('works a person case and names each missing fact in plain words', async () => {
    const { page, errors } = await consolePage('#eligibility');
    await page.getByLabel('退役军人').check();
    await page.locator('#f-trainingPlace').selectOption('residence');
    await page.locator('#f-certificate').selectOption('true');
    await page.locator('#f-subsidizedTrainingsThisYear').fill('0');
    await page.locator('#f-occupation').fill('电工');
    await page.locator('#f-level').fill('四级');
    await page.locator('#f-previousSubsidies-0-occupation').fill('焊工');
    await page.locator('#f-previousSubsidies-0-level').fill('五级');
    await page.locator('#f-monthlyPension').selectOption('false');
    await page.locator('#f-businessYears-none').check();
    await page.locator('#f-student').selectOption('null');
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/eligibility'));
    await page.locator('[data-console="eligibility-submit"]').click();
    expect(JSON.parse((await sent).postData() ?? '{}').applicant).toMatchObject({
      type: 'person',
      groups: ['veteran'],
      trainingPlace: 'residence',
      previousSubsidies: [{ occupation: '焊工', level: '五级' }],
      businessYears: null,
      student: null,
    });
    const training = page.locator('[data-console="eligibility-result"][data-rule="vocational_training"]');
    await training.waitFor();
    // Whether the institution records the training was not given.
    expect(await training.getAttribute('data-status')).toBe('needs_info');
    expect(await training.textContent()).toContain('培训机构已在省培训信息系统登记');
    expect(errors).toEqual([]);
  });

  it('reaches 符合条件 for 职业培训补贴 when the caller never had a subsidised training', async () => {
    const { page, errors } = await consolePage('#eligibility');
    await page.locator('#f-trainingPlace').selectOption('household');
    await page.locator('#f-certificate').selectOption('true');
    await page.locator('#f-subsidizedTrainingsThisYear').fill('0');
    await page.locator('#f-occupation').fill('育婴员');
    await page.locator('#f-level').fill('五级');
    await page.locator('#f-monthlyPension').selectOption('false');
    await page.locator('#f-institutionInSystem').selectOption('true');
    await page.getByLabel('以前没有享受过补贴性培训').check();
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/eligibility'));
    await page.locator('[data-console="eligibility-submit"]').click();
    // "Never" is sent as an answer of its own: an empty list, not a missing fact.
    expect(JSON.parse((await sent).postData() ?? '{}').applicant.previousSubsidies).toEqual([]);
    const training = page.locator('[data-console="eligibility-result"][data-rule="vocational_training"]');
    await training.waitFor();
    expect(await training.getAttribute('data-status')).toBe('eligible');
    expect(await training.locator('.status').textContent()).toBe('符合条件');
    // The plan sets no sum for it, and the card says so at a glance.
    expect(await training.locator('[data-console="amount"]').textContent()).toMatch(/元|本方案未规定金额/);
    expect(errors).toEqual([]);
  });

  it('puts the asked-about result first and in view at 1366×768, the others folded', async () => {
    const { page, errors } = await consolePage('#eligibility', { width: 1366, height: 768 });
    await page.getByLabel('用人单位 / 培训机构').check();
    await page.locator('#f-entity').selectOption('enterprise');
    await page.locator('#f-apprentices').fill('10');
    await page.locator('[data-console="eligibility-submit"]').click();
    const cards = page.locator('#elig-out > [data-console="eligibility-result"]');
    await cards.first().waitFor();
    expect(await cards.first().getAttribute('data-rule')).toBe('apprenticeship');
    const box = (await cards.first().boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    // Its title, verdict and amount line are on screen without scrolling.
    const amount = (await cards.first().locator('[data-console="amount"]').boundingBox())!;
    expect(amount.y + amount.height).toBeLessThanOrEqual(768);
    expect(await cards.first().locator('[data-console="amount"]').textContent()).toBe('本方案未规定金额');
    // Rules nobody asked about that need more facts are folded away, not stacked above.
    const folded = page.locator('[data-console="folded-results"] [data-console="eligibility-result"]');
    expect(await folded.count()).toBeGreaterThan(0);
    expect(await folded.first().isVisible()).toBe(false);
    const copyText = await page.locator('[data-console="copy-text"]').inputValue();
    expectSendable(copyText);
    expect(copyText).toContain('企业新型学徒培训资金补贴');
    expect(await contrastOf(page.locator('[data-console="copy"]'))).toBeGreaterThanOrEqual(4.5);

    // At 1024 wide the results sit beside the form, not below it.
    await page.setViewportSize({ width: 1024, height: 768 });
    const form = (await page.locator('#elig-form').boundingBox())!;
    const out = (await page.locator('#elig-out').boundingBox())!;
    expect(out.x).toBeGreaterThanOrEqual(form.x + form.width - 1);
    expect(out.y).toBeLessThan(768);
    await screenshot(page, 'console-eligibility-1024.png');
    expect(errors).toEqual([]);
  });

  it('has a control for every fact the eligibility request accepts, offering exactly the schema\'s choices', async () => {
    const { page, errors } = await consolePage('#eligibility');
    /** The enum a fact holds (through optional, nullable and arrays), or undefined for a free value. */
    const enumOf = (s: z.ZodType): string[] | undefined => {
      let t: z.ZodType = s;
      while (t instanceof z.ZodOptional || t instanceof z.ZodNullable) t = t.unwrap() as z.ZodType;
      if (t instanceof z.ZodArray) return enumOf(t.element as z.ZodType);
      return t instanceof z.ZodEnum ? (t.options as string[]) : undefined;
    };
    /** The values a select offers, without "not filled" and the explicit "none". */
    const offered = (id: string) =>
      page.locator(`#${id} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== '' && v !== 'null'));
    for (const schema of [PersonFactsSchema, EmployerFactsSchema]) {
      for (const [fact, field] of Object.entries(schema.shape)) {
        if (fact === 'type') continue;
        let inner: z.ZodType = field as z.ZodType;
        while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
        const choices = enumOf(inner);
        if (inner instanceof z.ZodArray && inner.element instanceof z.ZodObject) {
          // A table of rows: one control per column in the first row.
          for (const [col, colSchema] of Object.entries(inner.element.shape)) {
            const id = `f-${fact}-0-${col}`;
            expect(await page.locator(`#${id}`).count(), id).toBe(1);
            const colChoices = enumOf(colSchema as z.ZodType);
            if (colChoices) expect(await offered(id), id).toEqual(colChoices);
          }
        } else if (inner instanceof z.ZodArray) {
          // A multiple choice: one checkbox per value.
          const boxes = await page.locator(`input[name="${fact}"]`).evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value));
          expect(boxes, fact).toEqual(choices);
        } else {
          expect(await page.locator(`#f-${fact}`).count(), fact).toBe(1);
          if (choices) expect(new Set(await offered(`f-${fact}`)), fact).toEqual(new Set(choices));
        }
      }
    }
    expect(errors).toEqual([]);
  });

  it('aligns the "本人没有开办企业" checkbox with its words', async () => {
    const { page } = await consolePage('#eligibility');
    const check = page.locator('#f-businessYears-none');
    const label = page.locator('label[for="f-businessYears-none"]');
    await check.waitFor();
    await label.waitFor();
    // The form is laid out while the rule catalogue arrives; on a busy machine a first reading
    // can catch it mid-way, so the geometry is read until it settles (a real misalignment never does).
    const geometry = async () => {
      const c = (await check.boundingBox())!;
      const l = (await label.boundingBox())!;
      return { width: c.width, dy: Math.abs(c.y + c.height / 2 - (l.y + l.height / 2)), dx: c.x - l.x };
    };
    await expect.poll(async () => (await geometry()).dy, { timeout: 5_000 }).toBeLessThanOrEqual(2);
    const g = await geometry();
    expect(g.width).toBeLessThanOrEqual(20); // a box, not a stretched input
    expect(g.dx).toBeLessThanOrEqual(2);
  });

  it('shows the sixteen special programmes with their targets and responsible units', async () => {
    const { page, errors } = await consolePage('#programs');
    const rows = page.locator('[data-console="program"]');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(16);
    const all = (await page.locator('[data-console="program-list"]').textContent()) ?? '';
    expect(all).toContain('人社局');
    expect(all).toMatch(/万人次/);
    await screenshot(page, 'console-programs.png');
    expect(errors).toEqual([]);
  });

  it('answers a question without a language model and offers a reply that can be sent as it is', async () => {
    const { page, errors } = await consolePage('#ask');
    for (const question of ['贫困劳动力参加培训要交钱吗？', '退役军人参加培训有补贴吗？', '我想参加职业培训，能领补贴吗']) {
      await page.locator('[data-console="ask-input"]').fill(question);
      const replied = page.waitForResponse((r) => r.url().endsWith('/api/ask'));
      await page.getByRole('button', { name: '生成答复' }).click();
      const res = (await (await replied).json()) as { answer: string; citations: { clause: string }[] };
      const answer = page.locator('[data-console="ask-answer"]');
      await answer.waitFor();
      expect(await answer.textContent()).toContain('按原文摘录作答');
      const copyText = await page.locator('[data-console="copy-text"]').inputValue();
      expectSendable(copyText);
      // Every clause the answer rests on is named, once.
      const basis = copyText.split('\n').find((l) => l.startsWith('依据'))!;
      expect(basis).toContain('（郑政办〔2019〕63号）第 ');
      for (const c of new Set(res.citations.map((x) => x.clause))) expect(basis.split(c).length - 1).toBe(1);
      // A clause reference in full-width brackets, （三(二)）, leaves no stray bracket behind.
      expect(copyText).not.toMatch(/））|（）|\(\)/);
      expect(copyText.split('（').length).toBe(copyText.split('）').length);
      expect(copyText.split('(').length).toBe(copyText.split(')').length);
      expect(await contrastOf(page.locator('[data-console="copy"]'))).toBeGreaterThanOrEqual(4.5);
    }
    await screenshot(page, 'console-ask.png');
    expect(errors).toEqual([]);
  });

  it('is usable on a phone-sized screen', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    contexts.push(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${service.origin}/console`);
    await page.locator('[data-console="search-input"]').fill('退役军人');
    await page.locator('[data-console="search-hit"]').first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    expect(errors).toEqual([]);
  });
});

suite('the console behind a staff token', () => {
  let browser: Browser;
  let service: Listening;

  beforeAll(async () => {
    browser = await launchChromium();
    service = await listenApp(createApp({ ...ctx().deps, config: { ...ctx().config, CONSOLE_TOKEN: 'zz-staff-2020' } }));
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  it('asks for the token, refuses a wrong one, and works once signed in', async () => {
    const page = await browser.newPage();
    await page.goto(`${service.origin}/console`);
    await page.getByLabel('口令').fill('wrong');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('口令不正确');
    await page.getByLabel('口令').fill('zz-staff-2020');
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-console="search-input"]').waitFor();
    // The console's own API calls carry the login.
    await page.getByRole('tab', { name: '全文' }).click();
    await page.locator('article[data-console="clause"]').first().waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByLabel('口令').waitFor();
    await page.close();
  });
});
