/**
 * The fixture library of the library tests: the shipped plan plus fictional documents
 * written for the tests, put live through the real admin API (upload → preview → commit).
 */
import { expect } from 'vitest';
import { readFixture, readFixtureBytes } from '../core/corpus/fixtures.js';
import type { TestContext } from './context.js';

export const LIBRARY_TOKEN = 'library-token-3c9e1f';
const auth = { Authorization: `Bearer ${LIBRARY_TOKEN}` };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 文号 of the documents. */
export const PLAN_NO = '郑政办〔2019〕63号';
export const NOTICE_NO = '郑人社〔2020〕9901号';
export const NEW_PLAN_NO = '郑政办〔2021〕9902号';
export const DOCX_NO = '郑人社〔2021〕9903号';
export const DOCX_ID = 'zz-test-docx-9903';

/** Uploads a file and commits its preview; returns the commit's body. */
export async function commitUpload(ctx: TestContext, body: BodyInit, type: string, query = ''): Promise<{ id: string; version: number }> {
  const up = await ctx.app.request(`/admin/uploads${query}`, { method: 'POST', body, headers: { ...auth, 'Content-Type': type } });
  expect(up.status, await up.clone().text()).toBe(201);
  const { commit } = (await up.json()) as { commit: { path: string } };
  const done = await ctx.app.request(commit.path, { method: 'POST', headers: auth });
  expect([200, 201], await done.clone().text()).toContain(done.status);
  return (await done.json()) as { id: string; version: number };
}

/** Commits the amending notice (Markdown). */
export const addNotice = (ctx: TestContext) => commitUpload(ctx, readFixture('amending-notice.md'), 'text/markdown');
/** Commits the superseding plan (Markdown). */
export const addNewPlan = (ctx: TestContext) => commitUpload(ctx, readFixture('superseding-plan.md'), 'text/markdown');
/** Commits the short notice as a .docx (its front matter from the query: id and period). */
export const addDocx = (ctx: TestContext) =>
  commitUpload(ctx, readFixtureBytes('short-notice.docx'), DOCX, `?id=${DOCX_ID}&from=2021-03-01&to=2021-12-31`);
/** Commits the same short notice as a text-layer .pdf: the docx document's next version. */
export const addPdf = (ctx: TestContext) =>
  commitUpload(ctx, readFixtureBytes('short-notice.pdf'), 'application/pdf', `?id=${DOCX_ID}&from=2021-03-01&to=2021-12-31`);

/** Posts to the admin API with the token. */
export const adminPost = (ctx: TestContext, path: string) => ctx.app.request(path, { method: 'POST', headers: auth });
