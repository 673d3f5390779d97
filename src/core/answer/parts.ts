/**
 * Two-part questions (以工代训每月多少？最长几个月？ / 能免费培训吗，找哪个部门): the parts, each
 * a question of its own, so every part gets its answer.
 */

/** 给不给 / 补不补 / 行不行: a verb asked both ways. */
export const A_NOT_A = /(?<ask>[\u4e00-\u9fff])不\k<ask>/;

// 多久能发下来 / 啥时候到账: asked of a time.
const ASKING = new RegExp(`吗|呢|么|多少|多久|多长时间|何时|几|怎么|咋|如何|哪|谁|什么|啥|要不要|是否|能不能|可不可以|有没有|行不行|[^是]不$|(了|过|到)没(有)?$|${A_NOT_A.source}`);

/** The question's parts; the whole text when it asks one thing. */
export function questionParts(text: string): string[] {
  const pieces = text
    .split(/[？?；;。!！\n]+|[，,、：:\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const parts: string[] = [];
  // A piece that asks nothing (以工代训 / 还有新型学徒) belongs to the question it leads into.
  let lead = '';
  for (const p of pieces) {
    if (!ASKING.test(p) || p.length < 2) {
      lead += p;
      continue;
    }
    if (parts.length > 0 && !ASKING.test(parts[parts.length - 1]!)) parts[parts.length - 1] += lead + p;
    else parts.push(lead + p);
    lead = '';
  }
  // What follows the last question (…多少 我们是企业) is said of it.
  if (lead) {
    if (parts.length > 0) parts[parts.length - 1] += lead;
    else parts.push(lead);
  }
  return parts.length > 1 ? parts : [text];
}
