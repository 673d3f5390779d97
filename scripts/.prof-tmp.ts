import { createTestContext } from '/work/main/test/support/context.js';
import { QUESTIONS } from '/work/main/test/eval/questions.js';
import { prepareQuery, searchDictionary } from '/work/main/src/core/search/text.js';
import { queryTerms } from '/work/main/src/core/search/lexical.js';
import { createLocalEmbedder, toVectorLiteral } from '/work/main/src/core/search/embedder.js';
import { searchSql } from '/work/main/src/core/search/hybrid.js';

const kind = (process.argv[2] ?? 'pglite') as 'pglite' | 'postgres';
const ctx = await createTestContext({ dbKind: kind, env: { RATE_LIMIT_PER_MINUTE: '0' } });
const qs = QUESTIONS.map((q) => q.q);
const emb = createLocalEmbedder();
async function time(name: string, n: number, fn: (i: number) => unknown) {
  for (let i = 0; i < 20; i++) await fn(i);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  console.log(name.padEnd(28), ((performance.now() - t0) / n * 1000).toFixed(0), 'µs');
}
await time('prepareQuery', 2000, (i) => prepareQuery(qs[i % qs.length]!));
await time('queryTerms', 2000, (i) => queryTerms(prepareQuery(qs[i % qs.length]!), searchDictionary()));
await time('embed', 2000, (i) => emb.embed([prepareQuery(qs[i % qs.length]!)]));
await time('embed+literal', 2000, async (i) => toVectorLiteral((await emb.embed([prepareQuery(qs[i % qs.length]!)]))[0]!));
await time('select 1', 500, () => ctx.db.query('select 1'));
await time('search()', 300, (i) => ctx.deps.search.search(qs[i % qs.length]!, 5));
const prepared = qs.map((q) => { const p = prepareQuery(q); const t = queryTerms(p, searchDictionary()); return { p, t }; });
const vecs = await emb.embed(prepared.map((x) => x.p));
const sqlFull = searchSql(256, 0.5, false);
const sqlLex = searchSql(undefined, 0.5, false);
await time('sql full', 300, (i) => { const x = prepared[i % qs.length]!; return ctx.db.query(sqlFull, [x.t.map(t=>t.term), x.t.map(t=>t.weight), toVectorLiteral(vecs[i%qs.length]!), emb.name, 40, 5]); });
await time('sql lexical only', 300, (i) => { const x = prepared[i % qs.length]!; return ctx.db.query(sqlLex, [x.t.map(t=>t.term), x.t.map(t=>t.weight), null, emb.name, 40, 5]); });
await time('http healthz', 500, () => ctx.app.request('/healthz'));
await time('http search', 300, (i) => ctx.app.request('/api/search?k=5&q=' + encodeURIComponent(qs[i % qs.length]!)).then(r => r.arrayBuffer()));
await time('http eligibility', 500, () => ctx.app.request('/api/eligibility', {method:'POST', headers:{'content-type':'application/json'}, body: JSON.stringify({applicant:{type:'employer',entity:'enterprise',insured:true,hires:[{group:'poor_labor',count:3,monthsEmployed:8,onJobTrainingMonths:6,preJobTrainingSubsidy:false}],equipment:[{kind:'master_studio',valueYuan:800000,fromEducationFund:true,accepted:true}],payrollYuan:5000000,educationFundYuan:500000}})}).then(r=>r.arrayBuffer()));
await time('http ask', 200, (i) => ctx.app.request('/api/ask', {method:'POST', headers:{'content-type':'application/json'}, body: JSON.stringify({question: qs[i % qs.length], channel:'web'})}).then(r=>r.arrayBuffer()));
await ctx.close();
