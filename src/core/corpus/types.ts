/**
 * The shapes of the policy corpus once ingested. Every other part (search, rules,
 * answers, the console) reads clauses in this form.
 */

/** Front matter of one `policy-corpus/*.md` file; the type comes from its schema (./meta-schema.ts). */
export type { Amendment, ParameterChange, PolicyDocumentMeta, Supersession } from './meta-schema.js';
import type { PolicyDocumentMeta } from './meta-schema.js';

/** A policy document as read from the corpus folder: metadata and its raw body. */
export interface PolicyDocument {
  meta: PolicyDocumentMeta;
  /** The body exactly as received (may carry page-break artefacts). */
  body: string;
}

/** A three-year target stated by a programme: `农村劳动力转移就业技能培训 36 万人次`. */
export interface ProgramTarget {
  label: string;
  value: number;
  unit: string;
}

/** Facts of one clause that the text states and the product uses as data. */
export interface ClauseFacts {
  /** 责任单位 (or 责任分工), split into units. */
  responsibleUnits?: string[];
  /** Three-year figures: trainees, per-group targets. */
  targets?: ProgramTarget[];
  /** 其中技能提升培训占比 N% 以上, as a fraction (0.8). */
  skillUpgradeShare?: number;
  /** 新培养高技能人才 N 人以上. */
  newHighSkillTalent?: number;
}

/** One clause of a document, clean text, addressed the way the document numbers it. */
export interface Clause {
  docId: string;
  /** `三(五)` = part 三, item (五); `二` for a part without items; `head`, `preamble`, `tail`. */
  clause: string;
  /** Headings from the top down: ["三、突出重点……", "(五) 实施建设行业技能提升计划"]. */
  path: string[];
  /** The clause's own heading (its last path element without numbering), or a name for head/tail. */
  title: string;
  /** Clean text: page breaks joined, brackets unified, no stray spaces between Chinese characters. */
  text: string;
  /** Position in the document, from 0. */
  ordinal: number;
  facts: ClauseFacts;
}

/**
 * One of a plan's programmes (专项计划, e.g. the 16 of part 三), as `GET /api/programs` lists
 * them: the facts of its clause, extracted from the text.
 */
export interface Program {
  docId: string;
  /** The clause stating it, e.g. `三(五)`. */
  clause: string;
  /** 建设行业技能提升计划 (the heading without its leading 实施). */
  name: string;
  /** The clause heading as written: 实施建设行业技能提升计划. */
  title: string;
  targets: ProgramTarget[];
  skillUpgradeShare?: number;
  newHighSkillTalent?: number;
  responsibleUnits: string[];
}
