/** Input validation of the eligibility request: what is refused, what is ignored, and paths named. */
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../src/core/http/errors.js';
import { parseEligibilityRequest } from '../../../src/core/rules/schema.js';

function badPaths(input: unknown): string[] {
  const r = parseEligibilityRequest(input);
  expect(r.success, 'should be refused').toBe(false);
  return r.success ? [] : r.error.issues.map((i) => formatPath(i.path));
}

describe('parseEligibilityRequest', () => {
  it('accepts an empty applicant of either type: every fact is optional', () => {
    expect(parseEligibilityRequest({ applicant: { type: 'person' } }).success).toBe(true);
    expect(parseEligibilityRequest({ applicant: { type: 'employer' } }).success).toBe(true);
  });

  it('drops unknown fields at every level instead of refusing them', () => {
    const r = parseEligibilityRequest({
      asOf: '2020-06-01',
      extra: 1,
      applicant: { type: 'employer', color: 'red', hires: [{ group: 'poor_labor', shoeSize: 42 }], equipment: [{ kind: 'master_studio', brand: 'x' }] },
    });
    expect(r.success).toBe(true);
    expect(r.data).toEqual({
      asOf: '2020-06-01',
      applicant: { type: 'employer', hires: [{ group: 'poor_labor' }], equipment: [{ kind: 'master_studio' }] },
    });
  });

  it('ignores a fact of the other applicant type', () => {
    const r = parseEligibilityRequest({ applicant: { type: 'person', hires: 'whatever', groups: ['veteran'] } });
    expect(r.data).toEqual({ applicant: { type: 'person', groups: ['veteran'] } });
  });

  it('refuses an unknown applicant type, naming applicant.type', () => {
    expect(badPaths({ applicant: { type: 'robot' } })).toEqual(['applicant.type']);
    expect(badPaths({ applicant: {} })).toEqual(['applicant.type']);
  });

  it('refuses a missing applicant and a body that is not an object', () => {
    expect(badPaths({})).toEqual(['applicant']);
    expect(badPaths([])).toEqual(['(body)']);
    expect(badPaths(null)).toEqual(['(body)']);
  });

  it('names every bad field at once', () => {
    const paths = badPaths({
      asOf: '2021-02-29',
      applicant: {
        type: 'employer',
        entity: 'bank',
        insured: 'yes',
        hires: [{ group: 'poor_labor', count: -1, monthsEmployed: 'NaN', onJobTrainingMonths: 2.5 }],
        equipment: [{ valueYuan: 1e308 }],
        frontlineShareOfFund: 1.5,
        apprentices: 1.5,
      },
    });
    expect(paths.sort()).toEqual(
      [
        'asOf',
        'applicant.entity',
        'applicant.insured',
        'applicant.hires[0].count',
        'applicant.hires[0].monthsEmployed',
        'applicant.hires[0].onJobTrainingMonths',
        'applicant.equipment[0].valueYuan',
        'applicant.frontlineShareOfFund',
        'applicant.apprentices',
      ].sort(),
    );
  });

  it.each([
    ['a negative count', { hires: [{ count: -3 }] }, 'applicant.hires[0].count'],
    ['1e308 yuan', { payrollYuan: 1e308 }, 'applicant.payrollYuan'],
    ['a "NaN" string', { educationFundYuan: 'NaN' }, 'applicant.educationFundYuan'],
    ['a number as string', { educationFundYuan: '1000' }, 'applicant.educationFundYuan'],
    ['a negative amount', { trainingSubsidyYuan: -0.01 }, 'applicant.trainingSubsidyYuan'],
    ['a fraction of a fen', { trainingSubsidyYuan: 10.001 }, 'applicant.trainingSubsidyYuan'],
    ['over a trillion yuan', { payrollYuan: 1e12 + 1 }, 'applicant.payrollYuan'],
    ['a count over a million', { apprentices: 1_000_001 }, 'applicant.apprentices'],
    ['months over a hundred years', { hires: [{ monthsEmployed: 1201 }] }, 'applicant.hires[0].monthsEmployed'],
    ['too many hires', { hires: Array.from({ length: 101 }, () => ({})) }, 'applicant.hires'],
    ['an unknown group', { hires: [{ group: 'astronaut' }] }, 'applicant.hires[0].group'],
    ['an unknown equipment kind', { equipment: [{ kind: 'gym' }] }, 'applicant.equipment[0].kind'],
  ])('refuses %s', (_name, facts, path) => {
    expect(badPaths({ applicant: { type: 'employer', ...facts } })).toEqual([path]);
  });

  it.each([
    ['an unknown person group', { groups: ['astronaut'] }, 'applicant.groups[0]'],
    ['a negative subsidy count', { subsidizedTrainingsThisYear: -1 }, 'applicant.subsidizedTrainingsThisYear'],
    ['negative business years', { businessYears: -2 }, 'applicant.businessYears'],
    ['a bad training place', { trainingPlace: 'moon' }, 'applicant.trainingPlace'],
    ['an empty occupation', { occupation: '  ' }, 'applicant.occupation'],
    ['a very long level', { level: '级'.repeat(101) }, 'applicant.level'],
    ['a pension flag as a string', { monthlyPension: 'false' }, 'applicant.monthlyPension'],
  ])('refuses %s', (_name, facts, path) => {
    expect(badPaths({ applicant: { type: 'person', ...facts } })).toEqual([path]);
  });

  it('accepts the edges of every range', () => {
    const ok = parseEligibilityRequest({
      asOf: '2020-02-29',
      applicant: { type: 'employer', payrollYuan: 1e12, educationFundYuan: 0, frontlineShareOfFund: 1, trainingSubsidyYuan: 1234.56, hires: [{ count: 0, monthsEmployed: 5.5 }] },
    });
    expect(ok.success).toBe(true);
    expect(parseEligibilityRequest({ applicant: { type: 'person', businessYears: null, student: null } }).success).toBe(true);
  });

  it('refuses facts that contradict each other, naming every field involved', () => {
    // More months of 以工代训 than months employed, in the same hire row.
    expect(badPaths({ applicant: { type: 'employer', hires: [{}, { monthsEmployed: 4, onJobTrainingMonths: 6 }] } }).sort()).toEqual(
      ['applicant.hires[1].monthsEmployed', 'applicant.hires[1].onJobTrainingMonths'].sort(),
    );
    const r = parseEligibilityRequest({ applicant: { type: 'employer', hires: [{ monthsEmployed: 0.5, onJobTrainingMonths: 1 }] } });
    expect(r.error?.issues.map((i) => i.message)).toEqual([expect.stringContaining('矛盾'), expect.stringContaining('矛盾')]);
    // Alongside other bad fields, all are named at once.
    expect(badPaths({ applicant: { type: 'employer', insured: 'yes', hires: [{ monthsEmployed: 1, onJobTrainingMonths: 2 }] } }).sort()).toEqual(
      ['applicant.insured', 'applicant.hires[0].monthsEmployed', 'applicant.hires[0].onJobTrainingMonths'].sort(),
    );
  });

  it('does not refuse what is only unusual', () => {
    const ok = (applicant: Record<string, unknown>) => expect(parseEligibilityRequest({ applicant }).success, JSON.stringify(applicant)).toBe(true);
    ok({ type: 'employer', hires: [{ monthsEmployed: 6, onJobTrainingMonths: 6 }] });
    ok({ type: 'employer', hires: [{ monthsEmployed: 7.5, onJobTrainingMonths: 6 }] });
    ok({ type: 'employer', hires: [{ onJobTrainingMonths: 6 }] });
    ok({ type: 'employer', payrollYuan: 1000, educationFundYuan: 5000 });
    ok({ type: 'employer', frontlineShareOfFund: 0.7 });
    ok({ type: 'employer', educationFundYuan: 0, frontlineShareOfFund: 0.7 });
    ok({ type: 'employer', equipment: [{ kind: 'high_skill_base', site: '甲' }, { kind: 'master_studio', site: '甲' }] });
    ok({ type: 'person', subsidizedTrainingsThisYear: 2, previousSubsidies: [{ occupation: '电工' }] });
    ok({ type: 'person', subsidizedTrainingsThisYear: 2, previousSubsidies: [] });
  });

  it('accepts the facts of the revised contract', () => {
    const person = parseEligibilityRequest({ applicant: { type: 'person', childStudent: 'technical', competitionAward: true, newOccupation: false } });
    expect(person.data?.applicant).toEqual({ type: 'person', childStudent: 'technical', competitionAward: true, newOccupation: false });
    expect(parseEligibilityRequest({ applicant: { type: 'person', childStudent: null } }).success).toBe(true);
    expect(badPaths({ applicant: { type: 'person', childStudent: 'college' } })).toEqual(['applicant.childStudent']);
    const employer = parseEligibilityRequest({
      applicant: { type: 'employer', equipment: [{ site: ' 一号基地 ' }], enrollsPoorFamilyStudents: true, runsVocationalSchool: false, competitionTraining: true, developsTrainingMaterials: false },
    });
    expect(employer.success).toBe(true);
    expect(employer.data?.applicant).toMatchObject({ equipment: [{ site: '一号基地' }] });
    expect(badPaths({ applicant: { type: 'employer', equipment: [{ site: '' }] } })).toEqual(['applicant.equipment[0].site']);
    expect(badPaths({ applicant: { type: 'employer', runsVocationalSchool: 'yes' } })).toEqual(['applicant.runsVocationalSchool']);
  });

  it('refuses dates that do not exist or are out of range', () => {
    expect(badPaths({ asOf: '2020-13-01', applicant: { type: 'person' } })).toEqual(['asOf']);
    expect(badPaths({ asOf: '20200601', applicant: { type: 'person' } })).toEqual(['asOf']);
    expect(badPaths({ asOf: '1800-01-01', applicant: { type: 'person' } })).toEqual(['asOf']);
  });

  it('gives messages in Chinese', () => {
    const r = parseEligibilityRequest({ applicant: { type: 'person', certificate: 1 } });
    expect(r.error?.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
