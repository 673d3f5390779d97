/** The facts vocabulary: every fact a rule reads can be asked about, and every quick reply is a valid answer. */
import { describe, expect, it } from 'vitest';
import { describeFact, FACT_PATTERNS } from '../../../src/core/rules/facts.js';
import { RULES } from '../../../src/core/rules/registry.js';
import { parseEligibilityRequest } from '../../../src/core/rules/schema.js';

/** Sets `value` at a path like `hires[2].count` in a fresh applicant. */
function applicantWith(type: string, path: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { type };
  const m = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(path);
  if (m) {
    const list = Array.from({ length: Number(m[2]) + 1 }, () => ({}) as Record<string, unknown>);
    list[Number(m[2])]![m[3]!] = value;
    out[m[1]!] = list;
  } else out[path] = value;
  return out;
}

describe('describeFact', () => {
  it('describes every fact every rule reads, for the rule’s audience', () => {
    for (const rule of RULES) {
      for (const pattern of rule.reads) {
        const d = describeFact(pattern.replace('[]', '[0]'));
        expect(d, `${rule.id} reads ${pattern}`).toBeDefined();
        expect(d!.audience).toBe(rule.audience);
        expect(d!.pattern).toBe(pattern);
        expect(d!.question).toMatch(/[\u4e00-\u9fff].*[？?。]$/);
      }
    }
  });

  it('every quick reply, stored at its path, is a valid request', () => {
    for (const pattern of FACT_PATTERNS) {
      const path = pattern.replace('[]', '[1]');
      const d = describeFact(path)!;
      for (const o of d.options) {
        const value = d.kind === 'multi_choice' && !Array.isArray(o.value) ? [o.value] : o.value;
        const r = parseEligibilityRequest({ applicant: applicantWith(d.audience, path, value) });
        expect(r.success, `${path} = ${JSON.stringify(value)} (${o.label})`).toBe(true);
      }
    }
  });

  it('asks plainly, with the item number for list facts', () => {
    expect(describeFact('monthlyPension')).toMatchObject({
      kind: 'boolean',
      question: expect.stringContaining('养老金'),
      options: [
        { label: '是', value: true },
        { label: '否', value: false },
      ],
    });
    const groups = describeFact('groups')!;
    expect(groups.kind).toBe('multi_choice');
    expect(groups.options.map((o) => o.label)).toEqual(expect.arrayContaining(['退役军人', '建档立卡贫困劳动力', '都不是']));
    expect(describeFact('hires[0].monthsEmployed')!.question).toContain('第1类吸纳人员');
    expect(describeFact('equipment[2].valueYuan')!.question).toContain('第3项设备');
  });

  it('knows nothing of paths outside the vocabulary', () => {
    expect(describeFact('shoeSize')).toBeUndefined();
    expect(describeFact('hires[0].shoeSize')).toBeUndefined();
    expect(describeFact('__proto__')).toBeUndefined();
    expect(describeFact('constructor')).toBeUndefined();
  });
});
