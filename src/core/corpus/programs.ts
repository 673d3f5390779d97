/**
 * The plan's programmes (专项计划) as data, for `GET /api/programs` and the console's
 * programme table. A programme is an item whose heading is `实施…计划`; its figures come
 * from the clause's extracted facts, so they are exactly what the text states.
 */
import type { Clause, Program } from './types.js';

export type { Program } from './types.js';

/** Whether a clause is a programme item: a numbered item headed `实施…计划`. */
export function isProgramClause(c: Clause): boolean {
  return c.clause.includes('(') && /^实施.+计划$/.test(c.title);
}

/** The programmes among the clauses, in document order (the 16 of part 三 for 郑政办〔2019〕63号). */
export function programsFromClauses(clauses: readonly Clause[]): Program[] {
  return clauses.filter(isProgramClause).map((c) => {
    const program: Program = {
      docId: c.docId,
      clause: c.clause,
      name: c.title.replace(/^实施/, ''),
      title: c.title,
      targets: c.facts.targets ?? [],
      responsibleUnits: c.facts.responsibleUnits ?? [],
    };
    if (c.facts.skillUpgradeShare !== undefined) program.skillUpgradeShare = c.facts.skillUpgradeShare;
    if (c.facts.newHighSkillTalent !== undefined) program.newHighSkillTalent = c.facts.newHighSkillTalent;
    return program;
  });
}
