/**
 * Mid-case, a statement about the case's own facts that the reader could not read (会计那边说这个事
 * 有点变化 / 岗前这块 她们来之前在别的厂搞过 / 人数上我再核一下 可能是3个) is still about the case:
 * answered with a random clause or "not found", the person is dropped out of their own
 * conversation, and the amount said before stands as if nothing had been said. It is met with the
 * question pending asked again, or, with none pending, a request to say which fact changes.
 */
import type { SessionState } from '../session-state.js';

/** Words of a case's own facts: the claim, insurance, the training, people and months, equipment, money. */
const CASE_WORDS = /岗前|社保|参保|五险|以工代训|代训|带训|个月|人数|[\d一二两三四五六七八九十俩仨]+\s*(个|名|位)(人)?|设备|验收|经费|工资|补贴|补助|这几个|那几个|他们|她们|他俩|她俩/;
/** A question of its own, which search or the rules answer. */
const ASKS = /[？?]|吗|么|是吧|对吧|对不对|没错吧|呢\s*$|多少|几|怎么|咋|啥|什么|哪|谁|能不能|可不可以|是否|有没有|是不是|还是|行不|中不|算不算|[给补]不给|能否|(不|没)\s*$/;
/** Words that open another subject (再问个, 换个事, 对了 …): a new question, not the case. */
const OPENS_SUBJECT = /^(再问|先问|换个|另外问|对了|顺便|还有个事|还想问|问一下|问个|请问|我想问|想问)/;

/** True when the message is a statement about the case the session holds, not a question. */
export function isCaseTalk(text: string, session: SessionState): boolean {
  return session.inDialogue === true && session.applicant !== undefined && CASE_WORDS.test(text) && !ASKS.test(text) && !OPENS_SUBJECT.test(text.trim());
}

/** 嗯 / 好的 / 对 / 谢谢: an acknowledgment, after the case's answer. */
const ACK = /^((嗯+|哦+|噢+|对|对的|是的|是|好|好的|好嘞|行|中|ok|OK|收到|明白|明白了|了解|知道了|晓得了|懂了|谢谢|多谢|谢了|谢谢你|辛苦了)[啊呀的哈了。！!~～，,\s]*)+$/;

/** True when the message only acknowledges, in a conversation holding a case. */
export function acknowledgesCase(text: string, session: SessionState): boolean {
  return session.applicant !== undefined && ACK.test(text.trim());
}
