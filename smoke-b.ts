import { createTestContext } from './test/support/context.js';
const ctx = await createTestContext({ dbKind: (process.argv[2] as any) });
for (const q of ['当兵退伍的有什么培训', '以工代训补贴多少钱', '以工代訓補貼', '文号是多少', '印发日期','哪天印发的','农民工培训有补贴吗','技能大师工作室有多少钱','今天天气怎么样','北京的社保怎么交']) {
  const s = performance.now();
  const hits = await ctx.deps.search.search(q, 3);
  console.log(q, (performance.now() - s).toFixed(1), hits.map((h) => `${h.clause}:${h.score}`).join(' '));
}
await ctx.close();
