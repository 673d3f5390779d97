import { describe, expect, it } from 'vitest';
import { acknowledgesCase, isCaseTalk } from '../../../../src/core/answer/understand/case-talk.js';
import { freshState, type SessionState } from '../../../../src/core/answer/session-state.js';

const inCase: SessionState = { ...freshState(), applicant: { type: 'employer', hires: [{ group: 'disabled', count: 2 }] }, inDialogue: true };

describe('isCaseTalk', () => {
  it('takes a statement about the case’s own facts as case talk', () => {
    expect(isCaseTalk('岗前这块 她们进厂前在别家搞过一阵', inCase)).toBe(true);
    expect(isCaseTalk('人数上我回头再核对 说不定是3个', inCase)).toBe(true);
  });

  it('leaves questions, new subjects and conversations with no case alone', () => {
    expect(isCaseTalk('以工代训那个钱是按月算还是一次性给', inCase)).toBe(false);
    expect(isCaseTalk('再问个 新型学徒有补贴不', inCase)).toBe(false);
    expect(isCaseTalk('岗前这块 她们进厂前在别家搞过一阵', freshState())).toBe(false);
  });
});

describe('acknowledgesCase', () => {
  it('takes 嗯 / 好的 谢谢 as an acknowledgment only when a case is held', () => {
    expect(acknowledgesCase('好的 谢谢', inCase)).toBe(true);
    expect(acknowledgesCase('嗯嗯', inCase)).toBe(true);
    expect(acknowledgesCase('谢谢', freshState())).toBe(false);
    expect(acknowledgesCase('好的 那创业培训呢', inCase)).toBe(false);
  });
});
