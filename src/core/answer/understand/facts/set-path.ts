/**
 * Puts one fact into a patch by its request path: person and employer fields directly,
 * `equipment[i].x` into that item, and a fact about one hire row (`hires[1].monthsEmployed`,
 * which a patch cannot name by group) into `at`, to be applied with `setFactAt`.
 */
import type { FactPatch } from './patch.js';

const EMPLOYER_KEYS = new Set([
  'entity', 'insured', 'payrollYuan', 'educationFundYuan', 'frontlineShareOfFund', 'apprentices', 'projectTraining',
  'trainingSubsidyYuan', 'enrollsPoorFamilyStudents', 'runsVocationalSchool', 'competitionTraining', 'developsTrainingMaterials',
]);

export function setPatchAt(patch: FactPatch, path: string, value: unknown): void {
  const eq = /^equipment\[(\d+)\]\.(\w+)$/.exec(path);
  if (eq) {
    const list = (patch.employer.equipment ??= []);
    const i = Number(eq[1]);
    while (list.length <= i) list.push({});
    (list[i] as Record<string, unknown>)[eq[2]!] = value;
    return;
  }
  if (/^hires\[/.test(path) || path.includes('.') || path.includes('[')) {
    (patch.at ??= {})[path] = value;
    return;
  }
  if (path === 'groups' && Array.isArray(value)) {
    patch.person.groups = [...new Set([...(patch.person.groups ?? []), ...value])] as NonNullable<FactPatch['person']['groups']>;
    return;
  }
  if (EMPLOYER_KEYS.has(path)) (patch.employer as Record<string, unknown>)[path] = value;
  else (patch.person as Record<string, unknown>)[path] = value;
}
