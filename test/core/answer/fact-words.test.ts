/**
 * Facts in plain words: no field name, array path or numbered group ever reaches a person;
 * every fact a rule can miss has a plain question; the facts read are said back.
 */
import { describe, expect, it } from 'vitest';
import { factsInWords, followUpFor, missingLabel, plainFact } from '../../../src/core/answer/fact-words.js';
import { FACT_PATTERNS } from '../../../src/core/rules/facts.js';
import type { Applicant } from '../../../src/core/rules/schema.js';
import { INTERNAL_NAME } from './dev-score.js';

const employer: Applicant = {
  type: 'employer',
  insured: true,
  hires: [
    { group: 'poor_labor', count: 2, monthsEmployed: 8 },
    { group: 'employment_difficulty', count: 3, onJobTrainingMonths: 5, preJobTrainingSubsidy: false },
  ],
};

describe('fact words', () => {
  it('asks about a group by its name, never 第1类吸纳人员', () => {
    const q = followUpFor('hires[1].onJobTrainingMonths', employer)!;
    expect(q.question).toContain('就业困难人员（3人）');
    expect(q.question).not.toMatch(/第\s*\d/);
    expect(followUpFor('hires[0].preJobTrainingSubsidy', employer)!.question).toContain('建档立卡贫困劳动力（2人）');
  });

  it('has a plain question for every fact of the contract, new ones included', () => {
    const paths = [
      ...FACT_PATTERNS.map((p) => p.replace('[]', '[0]')),
      'childStudent', 'competitionAward', 'newOccupation', 'equipment[0].site',
      'enrollsPoorFamilyStudents', 'runsVocationalSchool', 'competitionTraining', 'developsTrainingMaterials',
    ];
    for (const p of paths) {
      const f = followUpFor(p, employer);
      expect(f, p).toBeDefined();
      expect(`${f!.question} ${f!.options.map((o) => o.label).join(' ')} ${missingLabel(p, employer)}`, p).not.toMatch(INTERNAL_NAME);
    }
  });

  it('offers 不清楚 with every question, and "never had a subsidised training" outright', () => {
    expect(followUpFor('insured')!.options.map((o) => o.label)).toContain('不清楚');
    expect(plainFact('previousSubsidies')!.options.map((o) => o.label)).toContain('从没享受过补贴培训');
  });

  it('says the facts back in plain words', () => {
    const said = factsInWords(employer);
    expect(said).toBe('企业已参保；吸纳2名建档立卡贫困劳动力，已就业8个月；吸纳3名就业困难人员，以工代训5个月，未领岗前培训补贴');
    expect(factsInWords({ type: 'person', groups: ['poor_labor'], childStudent: 'technical' })).toBe('您是建档立卡贫困劳动力；孩子上技工院校');
  });
});
