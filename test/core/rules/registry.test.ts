/**
 * The registry is the packs: every rule id comes from a pack, each once, and what the response
 * says about the document (its `policy` block, its warnings) comes from the pack's manifest.
 */
import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../../src/core/rules/engine.js';
import { fillWording, type Pack } from '../../../src/core/rules/pack.js';
import { PARAMETERS } from '../../../src/core/rules/parameters.js';
import { manifestOfRule, mergeAnswers, mergeParameters, RULE_IDS, ruleIdsOf } from '../../../src/core/rules/registry.js';
import { PACKS } from '../../../src/packs/index.js';

const packs: readonly Pack[] = PACKS;

describe('rule registry', () => {
  it('holds exactly the packs’ rules, in the packs’ order, each id once', () => {
    const ids = packs.flatMap((p) => p.rules.map((r) => r.id));
    expect(RULE_IDS).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of packs) for (const r of p.rules) expect(manifestOfRule(r.id)).toBe(p.manifest);
  });

  it('holds exactly the packs’ parameters, and every rule uses parameters of its own pack', () => {
    expect(Object.keys(PARAMETERS).sort()).toEqual(packs.flatMap((p) => Object.keys(p.parameters)).sort());
    for (const p of packs) for (const r of p.rules) for (const id of r.parameters) expect(Object.keys(p.parameters), `${r.id} uses ${id}`).toContain(id);
  });

  it('gives every rule of a pack one topic of that pack, with the rule’s audience and a clause it cites', () => {
    for (const p of packs) {
      expect(p.answers.topics.map((t) => t.id).sort(), p.manifest.id).toEqual(p.rules.map((r) => r.id).sort());
      for (const t of p.answers.topics) {
        const rule = p.rules.find((r) => r.id === t.id)!;
        expect(t.applicant, t.id).toBe(rule.audience);
        expect([...rule.citations, ...(rule.notes ?? [])].map((c) => c.clause), t.id).toContain(t.clause);
      }
      const ids = p.rules.map((r) => r.id);
      for (const id of Object.values(p.answers.roles)) expect(ids).toContain(id);
      for (const y of p.answers.topicYields) expect(ids).toEqual(expect.arrayContaining(y.besides ? [y.drop, y.besides] : [y.drop]));
    }
  });

  it('describes the main pack’s document in the response and warns in its words', () => {
    const main = packs[0]!.manifest;
    const before = evaluateEligibility({ asOf: '2000-01-01', applicant: { type: 'person' } });
    expect(before.policy).toMatchObject({ id: main.id, title: main.title, docNo: main.docNo, period: main.period, inForce: false });
    expect(before.warnings).toEqual([fillWording(main.wording.beforePeriod, { docNo: main.docNo, from: main.period.from, to: main.period.to, asOf: '2000-01-01' })]);
    const after = evaluateEligibility({ asOf: '2099-01-01', applicant: { type: 'employer' } });
    expect(after.warnings).toHaveLength(1);
    expect(after.warnings[0]).toContain(main.docNo);
    expect(after.warnings[0]).toContain('2099-01-01');
    expect(after.warnings[0]).not.toMatch(/\{\w+\}/);
  });
});

describe('fillWording', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fillWording('{docNo} 自 {from} 起（{x}）', { docNo: 'A号', from: '2020-01-01' })).toBe('A号 自 2020-01-01 起（{x}）');
  });
});

/** A fictional second pack: one rule, one parameter, its own words. */
function fictionalPack(ruleId: string, paramId: string): Pack {
  const main = packs[0]!;
  const rule = { ...main.rules[0]!, id: ruleId, parameters: [] };
  return {
    manifest: { ...main.manifest, id: 'fictional-notice', docNo: '某人社〔2099〕1号', title: '某市虚构示例通知' },
    parameters: { [paramId]: { label: '示例标准', unit: '元', versions: [{ from: '2099-01-01', value: 1, ref: { clause: '一', quote: '示例' } }] } },
    rules: [rule],
    vocabulary: { glossary: [[['示例词'], ['示例术语']]], terms: ['示例术语'] },
    answers: {
      ...main.answers,
      topics: [{ id: ruleId, name: '示例补贴', applicant: rule.audience, clause: '一', keywords: /示例补贴/ }],
      topicYields: [],
      groupTerms: { ...main.answers.groupTerms, veteran: ['退役军人', '示例群体'] },
      texts: { ...main.answers.texts, help: '示例' },
    },
  };
}

describe('a second pack', () => {
  it('adds its rule, parameter, topic and words to the registry without a change elsewhere', () => {
    const both = [packs[0]!, fictionalPack('fictional_subsidy', 'fictionalYuan')];
    expect(ruleIdsOf(both).at(-1)).toBe('fictional_subsidy');
    expect(Object.keys(mergeParameters(both))).toContain('fictionalYuan');
    const answers = mergeAnswers(both);
    expect(answers.topics.at(-1)!.id).toBe('fictional_subsidy');
    expect(answers.groupTerms.veteran).toEqual(['退役军人', '示例群体']);
    // The fixed sentences stay the main pack's.
    expect(answers.texts.help).toBe(packs[0]!.answers.texts.help);
  });

  it('is refused when it declares a rule id or a parameter id another pack has', () => {
    const main = packs[0]!;
    expect(() => ruleIdsOf([main, fictionalPack(main.rules[0]!.id, 'fictionalYuan')])).toThrow(/declared twice/);
    expect(() => mergeParameters([main, fictionalPack('fictional_subsidy', Object.keys(main.parameters)[0]!)])).toThrow(/two packs/);
  });
});
