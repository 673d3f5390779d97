/**
 * The shape of the facts read from one message, before they are merged into the session.
 * (Re-exported by facts-from-text.ts, which other code imports.)
 */
import type { EmployerFacts, Hire, PersonFacts } from '../../../rules/schema.js';

/** Facts found in one message, before they are merged into the session. */
export interface FactPatch {
  /** Whom the message is about, when it says: a person asking for themselves, or an employer. */
  audience?: 'person' | 'employer';
  person: Partial<Omit<PersonFacts, 'type'>>;
  employer: Partial<Omit<EmployerFacts, 'type' | 'hires'>>;
  /** People taken on, one row per group named, each with its own count and months. */
  hires: Hire[];
  /** Facts said of the hires as a whole (都干了6个月), or with no group named: apply to every hire. */
  hireDefaults: Partial<Pick<Hire, 'monthsEmployed' | 'onJobTrainingMonths' | 'preJobTrainingSubsidy' | 'count'>>;
  /**
   * Facts at an exact request path, from a reply to the pending question about one row
   * (`hires[1].monthsEmployed` ← "说错了，是4个月"); apply with `setFactAt`.
   */
  at?: Record<string, unknown>;
  /**
   * How the message's hire rows meet the session's: `append` — another lot of people (还有俩是后来招的),
   * new rows beside the old; `inherit` — a group told before as a whole, now in batches: the
   * batches take the whole group's facts they do not state.
   */
  lots?: 'append' | 'inherit';
}

export function emptyPatch(): FactPatch {
  return { person: {}, employer: {}, hires: [], hireDefaults: {} };
}

/**
 * True when the patch holds a fact about the asker's case. The kind of employer alone
 * (培训机构 in 培训机构必须用哪个系统) names a subject, not a case, so it does not count.
 */
export function patchHasFacts(p: FactPatch): boolean {
  return (
    Object.keys(p.person).length > 0 ||
    Object.keys(p.employer).some((k) => k !== 'entity') ||
    p.hires.length > 0 ||
    Object.keys(p.hireDefaults).length > 0 ||
    Object.keys(p.at ?? {}).length > 0
  );
}
