/**
 * The words a "can it still be claimed?" question is made of (现在还能申请吗, 还有效吗): what is
 * left once they are taken out names the question's subject.
 */
export const VALIDITY_WORDS = /现在|今年|目前|如今|明年|当前|这会儿|这个|那个|请问|这|那|还能|还可以|还有|还在|还|能|可以|有效|过期|失效|作废|到期|结束|执行|实施|申请|申领|报名|领|拿|办|享受|政策|补贴|方案|文件|吗|不|没|了|呢|么|嘛|啊|[？?。，,!！\s]/g;

/** Whether the question names a subject of its own beyond the validity words (电动车上牌 现在还能上吗). */
export function namesItsOwnSubject(text: string): boolean {
  // Dates, who asks and the case's own verbs (2022年3月招的人 还能按这个方案补吗) name no other subject.
  return text.replace(VALIDITY_WORDS, '').replace(/郑州(市)?|本市|[\d一二两三四五六七八九十]+(年|月|日|号)(份|底|初)?|我们|我|俺|他们|他|她|咱|招|补|按照|按|的|人|再|又|想|搞|一期|个|规定|要求|还要|员工|工人|以后|之后|往后|管用|用|算/g, '').length >= 3;
}
