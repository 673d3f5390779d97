/**
 * Two-part questions (以工代训每月多少？最长几个月？ / 能免费培训吗，找哪个部门): the parts, each
 * a question of its own, so every part gets its answer.
 */

const ASKING = /吗|呢|么|多少|几|怎么|咋|如何|哪|谁|什么|啥|要不要|是否|能不能|可不可以|有没有|行不行|[^是]不$/;

/** The question's parts; the whole text when it asks one thing. */
export function questionParts(text: string): string[] {
  const pieces = text
    .split(/[？?；;。!！\n]+|[，,、\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const parts: string[] = [];
  for (const p of pieces) {
    // A piece that asks nothing (以工代训 / 我们公司) belongs to the question it leads into.
    if (parts.length > 0 && ASKING.test(parts[parts.length - 1]!) && ASKING.test(p) && p.length >= 2) parts.push(p);
    else if (parts.length > 0 && !ASKING.test(parts[parts.length - 1]!)) parts[parts.length - 1] += p;
    else if (parts.length === 0) parts.push(p);
    else parts[parts.length - 1] += p;
  }
  return parts.length > 1 ? parts : [text];
}
