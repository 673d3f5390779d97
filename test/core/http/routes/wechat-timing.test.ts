/**
 * How fast the Official Account callback answers typical questions with the real extractive
 * pipeline on PGlite (WeChat drops a reply after 5 s), and what a retry storm costs in database
 * queries. The numbers are printed for the project notes; the assertions hold the product's
 * promises: every typical answer inside the reply budget, a storm costing one pipeline run.
 */
import { describe, expect, it } from 'vitest';
import { createAsk } from '../../../../src/core/answer/ask.js';
import type { AskFn } from '../../../../src/core/answer/schema.js';
import type { Db } from '../../../../src/core/db/types.js';
import { createApp } from '../../../../src/core/http/app.js';
import { useTestContext } from '../../../support/context.js';
import { messageXml, replyFields, signedQuery, uniqueId } from '../../wechat/wechat-client.js';

const TOKEN = 'timingtoken';
const ctx = useTestContext({
  env: { WECHAT_TOKEN: TOKEN, WECHAT_RATE_LIMIT_PER_MINUTE: '0', WECHAT_USER_SALT: 'timing' },
});

const QUESTIONS = [
  '职业培训补贴怎么申请',
  '以工代训补贴多少钱',
  '退役军人参加培训有补贴吗',
  '企业新型学徒制补贴标准',
  '失业人员培训有生活费补贴吗',
  '职业技能提升行动的目标任务是什么',
  '贫困劳动力培训有什么政策',
  '高技能人才培训基地补助',
  '郑政办〔2019〕63号是什么文件',
  '农民工培训补贴',
];

/** A Db that counts statements, split into the WeChat layer's and the rest. */
function countingDb(db: Db, counts: { wechat: number; other: number }): Db {
  const wrap = (inner: Db): Db => ({
    kind: inner.kind,
    query: (sql, params) => {
      if (/wechat_/.test(sql)) counts.wechat++;
      else counts.other++;
      return inner.query(sql, params);
    },
    exec: (sql) => inner.exec(sql),
    transaction: (fn) => inner.transaction((tx) => fn(wrap(tx))),
    close: () => inner.close(),
  });
  return wrap(db);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function postText(app: ReturnType<typeof createApp>, from: string, content: string, msgId = uniqueId()) {
  const q = await signedQuery(TOKEN);
  return app.request(`/wechat/mp?${q}`, { method: 'POST', body: messageXml({ from, MsgType: 'text', Content: content, MsgId: msgId }) });
}

describe('callback timing', () => {
  it('answers 200 sequential typical questions well inside the 5-second window', async () => {
    const app = ctx().app;
    await postText(app, 'oWarmup', QUESTIONS[0]!); // first call loads clause caches
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      const res = await postText(app, `oBench${i % 20}`, QUESTIONS[i % QUESTIONS.length]!);
      const body = await res.text();
      times.push(performance.now() - t0);
      expect(replyFields(body).MsgType).toBe('text');
    }
    const sorted = [...times].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    console.log(`wechat/mp reply time over 200 messages: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`);
    expect(p95).toBeLessThan(ctx().config.WECHAT_REPLY_BUDGET_MS);
  });

  it('costs one pipeline run for a storm of 3 concurrent copies; the copies cost a few reads', async () => {
    const counts = { wechat: 0, other: 0 };
    const db = countingDb(ctx().db, counts);
    let runs = 0;
    const pipeline = createAsk({ ...ctx().deps, db });
    const ask: AskFn = (input) => {
      runs++;
      return pipeline(input);
    };
    const app = createApp({ ...ctx().deps, db, ask });
    await postText(app, 'oStormWarm', '培训补贴');

    counts.wechat = 0;
    counts.other = 0;
    let t0 = performance.now();
    await postText(app, 'oSingle', '以工代训补贴多少钱');
    const single = { ...counts, ms: performance.now() - t0 };

    counts.wechat = 0;
    counts.other = 0;
    runs = 0;
    const msgId = uniqueId();
    t0 = performance.now();
    const replies = await Promise.all([1, 2, 3].map(() => postText(app, 'oStorm', '以工代训补贴多少钱', msgId)));
    const storm = { ...counts, ms: performance.now() - t0 };
    const bodies = await Promise.all(replies.map((r) => r.text()));
    expect(runs).toBe(1);
    expect(bodies.filter((b) => b !== 'success').length).toBeGreaterThanOrEqual(1);
    console.log(
      `one message: ${single.wechat} wechat-state queries + ${single.other} pipeline queries, ${single.ms.toFixed(1)} ms; ` +
        `storm of 3: ${storm.wechat} wechat-state queries + ${storm.other} pipeline queries, ${storm.ms.toFixed(1)} ms, ${runs} pipeline run`,
    );
    // The pipeline's own queries are not repeated by the copies.
    expect(storm.other).toBe(single.other);
  });
});
