/**
 * The fact reader's contract, between what a person typed and the eligibility facts.
 * `understand` calls `readFacts`; the dialogue merges the patch into the session and uses the
 * evidence to say back what it understood ("按您说的：…"), so a misreading is visible.
 */
import { extractFacts, type FactPatch } from '../facts-from-text.js';

/** One fact read from the text, with the words it was read from. */
export interface FactEvidence {
  /** Request path of the fact: `groups`, `insured`, `hires[1].onJobTrainingMonths` … */
  path: string;
  value: unknown;
  /** The span of the message the fact was read from, as typed. */
  words: string;
}

export interface FactReading {
  patch: FactPatch;
  evidence: FactEvidence[];
  /** Paths the person said they do not know (不知道、不清楚、不确定): left open, never read as "no". */
  unknown: string[];
  /** The message corrects something said before (不对、说错了、更正): its facts replace the old ones. */
  correcting: boolean;
}

export interface ReadContext {
  /** Whom the dialogue is already about. */
  audience?: 'person' | 'employer';
  /** The fact the dialogue asked for last turn, if any. */
  pendingFact?: string;
}

const CORRECTION = /不对|说错|搞错|弄错|更正|纠正|改一下|应该是/;

/** Every fact the text states, with its evidence. */
export function readFacts(text: string, context: ReadContext = {}): FactReading {
  return { patch: extractFacts(text, context.audience), evidence: [], unknown: [], correcting: CORRECTION.test(text) };
}
