import { describe, expect, it } from 'vitest';
import { mergeFacts } from '../../../src/core/answer/session-state.js';
import { readFacts } from '../../../src/core/answer/understand/read-facts.js';

describe('facts merged into the session', () => {
  it('keeps two equipment sites told in one message as two items, each refined in turn', () => {
    const first = mergeFacts(undefined, readFacts('我们公司有个技能大师工作室买了60万设备，另外高技能人才培训基地买了200万的', { audience: 'employer' }).patch);
    expect(first?.type === 'employer' && first.equipment).toEqual([
      { kind: 'master_studio', valueYuan: 600_000 },
      { kind: 'high_skill_base', valueYuan: 2_000_000 },
    ]);
    const next = mergeFacts(first, readFacts('都验收了 都是教育经费买的', { audience: 'employer', aboutEquipment: true, equipmentItems: 2 }).patch);
    expect(next?.type === 'employer' && next.equipment?.map((e) => [e.kind, e.valueYuan, e.accepted, e.fromEducationFund])).toEqual([
      ['master_studio', 600_000, true, true],
      ['high_skill_base', 2_000_000, true, true],
    ]);
  });
});
