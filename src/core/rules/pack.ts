/**
 * What a policy pack is: one document's rules, dated parameters and wording, in one folder under
 * src/packs/. The core reads packs only through this shape, so it names no document, clause or
 * figure itself; src/packs/index.ts lists the packs the service ships.
 */
import type { ParameterDef } from './parameters.js';
import type { PersonGroup } from './schema.js';
import type { Rule } from './types.js';

/**
 * The document a pack implements, as printed on it, and the words the eligibility response uses
 * about it. Templates fill `{title}`, `{docNo}`, `{from}`, `{to}` and `{asOf}` (see `fillWording`).
 */
export interface PackManifest {
  /** The document's id: also its file name under policy-corpus/ and the pack's folder name. */
  id: string;
  title: string;
  /** 文号 as printed. */
  docNo: string;
  issuer: string;
  /** The span the document covers, both ends inclusive (ISO dates). */
  period: { from: string; to: string };
  /**
   * Packs whose rules this document replaces, by their id (or 文号), and the date the
   * replacement takes effect (default: this document's `period.from`, never earlier). From that
   * date the replaced pack's rules are no longer evaluated; before it, this pack's are not
   * (see ./in-force.ts). A pack that merely ended, with no successor, keeps being evaluated.
   */
  supersedes?: readonly PackSupersession[];
  /** Sentences of the eligibility response about a reference date outside the period. */
  wording: {
    /** `asOf` before `period.from`: the document was not yet in force. */
    beforePeriod: string;
    /** `asOf` after `period.to`: the document has ended. */
    afterPeriod: string;
    /** The widget's first words to a visitor (`{title}`, `{docNo}` filled); a tag's data-greeting wins. */
    greeting: string;
  };
}

/** One entry of a manifest's `supersedes`. */
export interface PackSupersession {
  /** The replaced pack's manifest id or 文号, as the front matter's `supersedes` names it. */
  document: string;
  /** ISO date from which the replaced pack contributes no rules; default the superseding pack's `period.from`. */
  from?: string;
}

/** A subject people ask about, tied to the rule of the pack that computes it. */
export interface PackTopic<Id extends string = string> {
  /** The rule's id. */
  id: Id;
  /** Short name used in answers and in follow-up queries. */
  name: string;
  /** Whom the rule is for. */
  applicant: 'person' | 'employer';
  /** The clause that states it (the document's numbering). */
  clause: string;
  /** Words that mark a question as being about this topic. */
  keywords: RegExp;
  /** A group asking what it gets (退役军人有什么补贴), with this topic or none, gets the group lookup. */
  answersGroups?: boolean;
  /** The words of the one group the rule is for: its 不符合 is shown only to a person who named them. */
  onlyForGroup?: RegExp;
  /** A training with a rule of its own, whose follow-ups may use the training subsidy's broad words. */
  ownTraining?: boolean;
}

/**
 * A subject in the document's field that its text does not settle: asked about, the answer is
 * "本方案没有规定" + `what`, then the sentence of `clause` that `quote` picks.
 */
export interface PackUnsettledSubject {
  id: string;
  /** Marks a question as being about the subject. */
  test: RegExp;
  what: string;
  clause: string;
  quote: RegExp;
  /** For support without a figure: what the document leaves open about how it is run (criteria, procedure). */
  procedure?: string;
}

/** A body the document names and funds but never defines: what it takes to be one is left open. */
export interface PackNamedBody {
  /** Marks a question as naming the body. */
  test: RegExp;
  name: string;
  clause: string;
  quote: RegExp;
}

/**
 * What the answer layer knows of a document beyond its rules: the topics people ask about, the
 * words it uses for the groups it names, what it leaves unsettled, and its fixed sentences.
 */
export interface PackAnswers<Id extends string = string> {
  /** In the order the eligibility contract lists the rules. */
  topics: readonly PackTopic<Id>[];
  /**
   * A topic found beside another that yields to it when the words say so (创业培训有补贴吗 is about
   * 创业培训, not the general training subsidy its 培训…补贴 also names), applied in order.
   * Without `besides`, any other topic found but the training subsidy; without `words`, always.
   */
  topicYields: readonly { drop: Id; besides?: Id; words?: RegExp; unless?: RegExp }[];
  /** Rules the dialogue gives a part to. */
  roles: {
    /** The subsidy every trainee may claim: group answers and questions about times used fall to it. */
    trainingSubsidy: Id;
    /** The employer's subsidy for hires, judged hire by hire. */
    hiringSubsidy: Id;
    /** The training for those who want to start a business: a wish told with it is its case. */
    businessTraining: Id;
    /** A student's own aid: a parent asking of it is not the student's case. */
    studentAid: Id;
    /** A tax deduction, never paid out: asked when the money arrives, its verdict says so. */
    taxDeduction: Id;
  };
  /** The groups whose hiring the hiring subsidy counts: a worker of one asking what the employer gets is told. */
  hiredGroups: readonly PersonGroup[];
  /** How to get a figure for one's own case, by rule: the dialogue takes it from there. */
  calculateHints: Partial<Record<Id, string>>;
  /** The question a group's answer ends with, by the rule it quotes, when who asks is already known. */
  groupNextHints: Partial<Record<Id, string>>;
  /** How the document names each group in its text (the first is the name used in answers). */
  groupTerms: Readonly<Record<PersonGroup, readonly string[]>>;
  /** Clauses that name a group without saying anything it can use (general requirements). */
  groupSkipClauses: readonly string[];
  /** Subjects the document's field includes but its text does not settle. */
  unsettled: readonly PackUnsettledSubject[];
  /** Bodies the document names but never defines (技能大师工作室 …). */
  namedBodies: readonly PackNamedBody[];
  /** Support granted without a figure (一定资金奖补 …): asked how much, the document does not say. */
  unfixedSupport: readonly PackUnsettledSubject[];
  /** The document's words for the yearly limit and the no-repeat rule of a subsidy, to pick the sentence stating them. */
  limitTerms: readonly string[];
  /** The units the document makes responsible for most tasks, for "who is responsible" answers. */
  leadUnits: readonly string[];
  /** The groups the document names (its list of target groups) and the clause that lists them. */
  /**
   * `defined`: groups the document defines in its own words (以下简称“两后生”) — whether a case is
   * one of them is answered from that definition; only how one is certified stays open.
   */
  groupCriteria: { groups: RegExp; clause: string; quote: RegExp; defined?: RegExp };
  /**
   * Where a subject of the document's field is closest (设备 → the equipment clause): the sentence
   * quoted beside "本方案没有规定" for a question in the field that nothing settles. `fallback` is used
   * when no words match.
   */
  fieldClauses: { near: ReadonlyArray<{ words: RegExp; clause: string; quote: RegExp }>; fallback: { clause: string; quote: RegExp } };
  /** Quick replies that carry the document's thresholds, by fact (request path pattern). */
  factOptions: Readonly<Record<string, readonly { label: string; value: unknown }[]>>;
  /** Fixed sentences that name the document. */
  texts: {
    /** What the assistant can do, after a decline. */
    help: string;
    /** A request to change the assistant's setting. */
    declineInjection: string;
    /** Help asked to cheat the subsidies (虚报, 套取): refused, with the document's own word on it. */
    declineFraud: string;
    /** A question about a later year than the documents cover. */
    declineOtherYear: string;
    /** A question about another policy of the same offices. */
    declineOtherPolicy: string;
    /** Nothing in the documents answers it. */
    declineNotCovered: string;
    /** A person asks for an employer's subsidy for themselves: whose it is, with the clause. */
    employerOnlySubsidy: string;
    /** The WeChat welcome's first line (who the assistant is). */
    wechatWelcome: string;
    /** A clause id of the document, shown to the model as the way to cite a clause. */
    clauseExample: string;
    /** Questions the WeChat welcome offers to try. */
    wechatExamples: readonly string[];
    /** Questions the widget offers as its first buttons. */
    widgetStarters: readonly string[];
  };
}

/** Everyday words, and the document's terms they stand for. */
export type GlossaryGroup = readonly [words: readonly string[], terms: readonly string[]];

/** The words of a document: what people say for its terms, and its multi-character terms. */
export interface PackVocabulary {
  glossary: readonly GlossaryGroup[];
  /** Terms of the document's text, for a lexical indexer's dictionary. */
  terms: readonly string[];
}

/**
 * One pack: its manifest, its parameters keyed by a globally unique id (an amending notice names
 * the id it changes), its rules in the order the response lists them, and what the answer layer
 * knows of the document.
 */
export interface Pack<R extends readonly Rule[] = readonly Rule[]> {
  manifest: PackManifest;
  parameters: Readonly<Record<string, ParameterDef>>;
  rules: R;
  vocabulary: PackVocabulary;
  answers: PackAnswers<R[number]['id']>;
}

/** Declares a pack keeping its rules' literal ids, so the registry's ids make `RuleId`. */
export function definePack<const R extends readonly Rule[]>(pack: Pack<R>): Pack<R> {
  return pack;
}

/** A wording template with `{name}` placeholders filled from `values` (unknown names stay). */
export function fillWording(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
