/**
 * Stage 5 — persist: the session (compare-and-set; on a race, this turn's facts laid over the
 * winner's) and the question log. Only the masked question is ever stored.
 */
import type { AppDeps } from '../../deps.js';
import type { QuestionLogEntry } from '../question-log.js';
import { mergeFacts, type SessionState } from '../session-state.js';
import type { SessionStore } from '../session-store.js';
import type { FactPatch } from '../facts-from-text.js';

export interface PersistInput {
  sessionId: string;
  state: SessionState;
  version: number;
  /** This turn's facts, re-applied over a state another turn saved first. */
  patch: FactPatch;
  reset: boolean;
  /** The log entry; its question must already be masked. */
  log: Omit<QuestionLogEntry, 'sessionId'>;
}

/**
 * Saves the session and logs the question, in one statement when it can
 * (`SessionStore.saveLogged`); a failed log insert never costs the answer.
 */
export async function persist(deps: Pick<AppDeps, 'log'>, sessions: SessionStore, input: PersistInput): Promise<void> {
  const { saved, logError } = await sessions.saveLogged(input.sessionId, input.state, input.version, { ...input.log, sessionId: input.sessionId });
  if (logError !== undefined) {
    // The log is for the team; a failed insert must not cost the user the answer.
    deps.log?.('error', 'question log insert failed', { error: logError instanceof Error ? logError.message : String(logError) });
  }
  if (!saved) {
    const latest = await sessions.load(input.sessionId);
    const applicant = mergeFacts(latest.state.applicant, input.patch) ?? input.state.applicant;
    const merged: SessionState = input.reset ? input.state : { ...input.state, ...(applicant ? { applicant } : {}) };
    const again = await sessions.save(input.sessionId, merged, latest.version);
    if (!again) deps.log?.('warn', 'session write lost a race twice', { route: input.log.route });
  }
}
