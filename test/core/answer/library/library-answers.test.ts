/**
 * Several documents at once, through the real admin API and the real HTTP routes on PGlite:
 * the shipped plan, and fictional documents written for the tests put live by upload and
 * commit — an amending notice (Markdown), a superseding plan (Markdown), a short notice as a
 * .docx and then, as its next version, as a .pdf. Search, /api/ask and the WeChat text name
 * every clause's document by 文号; questions about a date and about what is in force get the
 * library's own account. A second service with the plan alone answers the same questions as
 * the plan does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../src/node/corpus-fs.js';
import { signedQuery, messageXml, replyFields, uniqueId } from '../../wechat/wechat-client.js';
import { createTestContext, type TestContext } from '../../../support/context.js';
import { addDocx, addNewPlan, addNotice, addPdf, DOCX_ID, DOCX_NO, LIBRARY_TOKEN, NEW_PLAN_NO, NOTICE_NO, PLAN_NO } from '../../../support/library.js';

const WECHAT_TOKEN = 'librarywechattoken';
/** "Today" for both services: long after every fixture's period. */
const NOW = new Date('2026-11-30T04:00:00Z');

let lib: TestContext;
let plan: TestContext;
beforeAll(async () => {
  const env = { ADMIN_TOKEN: LIBRARY_TOKEN, WECHAT_TOKEN, WECHAT_ALLOW_PLAIN: 'on', WECHAT_USER_SALT: 'library-salt' };
  [lib, plan] = await Promise.all([
    createTestContext({ env, deps: { corpus: () => loadCorpus(), now: () => NOW } }),
    createTestContext({ env, deps: { now: () => NOW } }),
  ]);
  await addNotice(lib);
  await addNewPlan(lib);
  await addDocx(lib);
}, 180_000);
afterAll(async () => {
  await lib?.close();
  await plan?.close();
});

interface Hit {
  docId: string;
  clause: string;
  docNo?: string;
  text: string;
}
interface Answer {
  answer: string;
  answered: boolean;
  citations: { docId: string; clause: string; quote: string; docNo?: string }[];
}

async function search(ctx: TestContext, q: string, k = 5): Promise<Hit[]> {
  const res = await ctx.app.request(`/api/search?q=${encodeURIComponent(q)}&k=${k}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { hits: Hit[] }).hits;
}

async function ask(ctx: TestContext, question: string): Promise<Answer> {
  const res = await ctx.app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) });
  expect(res.status).toBe(200);
  return (await res.json()) as Answer;
}

describe('search names the document of every clause', () => {
  it('finds the notice by its own words in the top 3, named by its 文号', async () => {
    const hits = await search(lib, '以工代训补贴标准调整', 3);
    expect(hits.map((h) => h.docNo)).toContain(NOTICE_NO);
    for (const h of await search(lib, '以工代训补贴', 10)) expect(h.docNo, `${h.docId} ${h.clause}`).toMatch(/〔\d{4}〕\d+号$/);
  });

  it('returns the head of the document a 文号 names first, brackets typed either way', async () => {
    for (const [q, id] of [
      [NOTICE_NO, 'zz-test-notice-9901'],
      ['郑人社[2020]9901号', 'zz-test-notice-9901'],
      [NEW_PLAN_NO, 'zz-test-plan-9902'],
      [PLAN_NO, 'zz-2019-63'],
      [DOCX_NO, DOCX_ID],
    ] as const) {
      const [first] = await search(lib, q);
      expect({ q, docId: first?.docId, clause: first?.clause }).toEqual({ q, docId: id, clause: 'head' });
    }
  });

  it('keeps a document searchable and named when its next version comes as a .pdf', async () => {
    const before = await search(lib, '职业技能培训月活动', 3);
    expect(before[0]).toMatchObject({ docId: DOCX_ID, docNo: DOCX_NO });
    const { version } = await addPdf(lib);
    expect(version).toBe(2);
    const after = await search(lib, '职业技能培训月活动', 3);
    expect(after[0]).toMatchObject({ docId: DOCX_ID, docNo: DOCX_NO });
  });
});

describe('answers name their documents and their dates', () => {
  it('asked by 文号: the notice itself, what it changes and that it ended', async () => {
    const r = await ask(lib, `${NOTICE_NO}是什么文件`);
    expect(r.answer).toContain('调整以工代训补贴标准的通知');
    expect(r.answer).toMatch(/每人每月300元/);
    expect(r.answer).toContain('2021年12月31日到期');
    expect(r.citations[0]).toMatchObject({ docId: 'zz-test-notice-9901', clause: 'head', docNo: NOTICE_NO });
    expect(r.answer).not.toContain(PLAN_NO + '是');
  });

  it('a dated amount with the notice loaded: the amended figure and its source', async () => {
    const r = await ask(lib, '2021年以工代训补贴标准是多少');
    expect(r.answer).toMatch(/2021年.*每人每月300元/);
    expect(r.answer).toContain(`${NOTICE_NO} 一`);
    expect(r.citations).toContainEqual(expect.objectContaining({ docId: 'zz-test-notice-9901', clause: '一', docNo: NOTICE_NO }));
  });

  it('a dated amount with the plan alone: the plan’s figure and that the plan ended 2021-12-31', async () => {
    const r = await ask(plan, '2021年以工代训补贴标准是多少');
    expect(r.answer).toContain('每人每月200元');
    expect(r.answer).not.toContain('300元');
    expect(r.answer).toMatch(/郑政办〔2019〕63号.*已于2021年12月31日到期/);
    expect(r.citations).toContainEqual(expect.objectContaining({ clause: '六(一)', docNo: PLAN_NO }));
  });

  it('the amount "now": the library’s latest figure, where it comes from, and where the documents stand', async () => {
    const r = await ask(lib, '以工代训现在多少钱');
    expect(r.answer).toMatch(/自2021年1月1日起为每人每月300元（郑人社〔2020〕9901号 一）/);
    expect(r.answer).toMatch(/此前为每人每月200元（郑政办〔2019〕63号 六\(一\)）/);
    expect(r.answer).toContain(`自2022年1月1日起由${NEW_PLAN_NO}`);
  });

  it('"现在还有效吗" / "哪些文件现在有效": each document in force, ended (with its date) or replaced, by 文号', async () => {
    for (const q of ['现在还有效吗', '哪些文件现在有效']) {
      const r = await ask(lib, q);
      expect(r.answer).toMatch(new RegExp(`${PLAN_NO}.*自2022年1月1日起由${NEW_PLAN_NO}.*代替`));
      expect(r.answer).toMatch(new RegExp(`${NOTICE_NO}.*已于2021年12月31日到期`));
      expect(r.answer).toMatch(new RegExp(`${NEW_PLAN_NO}.*已于2024年12月31日到期`));
      expect(r.answer).toContain(DOCX_NO);
      expect(r.citations.map((c) => c.docNo).sort()).toEqual([PLAN_NO, NOTICE_NO, NEW_PLAN_NO, DOCX_NO].sort());
    }
    const alone = await ask(plan, '现在还有效吗');
    expect(alone.answer).toMatch(/郑政办〔2019〕63号.*已于2021年12月31日到期/);
    expect(alone.citations).toEqual([expect.objectContaining({ clause: 'head', docNo: PLAN_NO })]);
  });

  it('a dated eligibility question with the notice: 300 元 a month, the notice cited beside the plan', async () => {
    const r = await ask(lib, '2021年我们公司招了2个就业困难人员，是参保企业，已经干了8个月，以工代训6个月，没领过岗前培训补贴，能拿多少');
    expect(r.answer).toContain('3600');
    expect(r.answer).toMatch(new RegExp(`依据：${PLAN_NO} .*；${NOTICE_NO} 一`));
    expect(r.citations).toContainEqual(expect.objectContaining({ docId: 'zz-test-notice-9901', clause: '一', docNo: NOTICE_NO }));
  });

  it('a lookup another document answers: its clause, named by 文号, and where that document stands', async () => {
    const r = await ask(lib, '2020年12月31日前已开始的以工代训怎么算');
    expect(r.answer).toContain('2021年1月1日起的月份按调整后的标准计算');
    expect(r.answer).toContain(`依据：${NOTICE_NO} 二.2`);
    expect(r.citations).toEqual([expect.objectContaining({ docId: 'zz-test-notice-9901', clause: '二.2', docNo: NOTICE_NO })]);
  });

  it('the .docx notice asked about by the words of its title: its own dates, by 文号', async () => {
    const r = await ask(lib, '培训月活动的通知什么时候印发的');
    expect(r.answer).toContain(DOCX_NO);
    expect(r.answer).toContain('2021年3月2日印发');
    expect(r.citations[0]).toMatchObject({ docId: DOCX_ID, clause: 'head', docNo: DOCX_NO });
  });

  it('the plan’s own questions stay with the plan among several documents', async () => {
    const number = await ask(lib, '这个文件文号多少');
    expect(number.answer).toContain(PLAN_NO);
    expect(number.citations[0]).toMatchObject({ docId: 'zz-2019-63', clause: 'head', docNo: PLAN_NO });
    const times = await ask(lib, '职业培训补贴一年能领几次');
    expect(times.answer).toContain('3次');
    expect(times.citations.every((c) => c.docNo === PLAN_NO)).toBe(true);
  });

  it('the WeChat text names the notice by 文号 and clause', async () => {
    const q = await signedQuery(WECHAT_TOKEN);
    const body = messageXml({ from: 'oLibraryUser', MsgType: 'text', Content: '2021年以工代训补贴标准是多少', MsgId: uniqueId() });
    const res = await lib.app.request(`/wechat/mp?${q}`, { method: 'POST', body });
    expect(res.status).toBe(200);
    const content = replyFields(await res.text()).Content ?? '';
    expect(content).toContain('每人每月300元');
    expect(content).toContain(`${NOTICE_NO} 一`);
  });
});
