/**
 * What the server bakes into the served client scripts, beside their compiled code: the
 * widget's configured defaults and style, and the console's labelled enums, taken from the
 * eligibility schema itself so the console's choices can never drift from what the API accepts.
 * The client sources (src/web-client) import these types; the values arrive as `BAKED`.
 */
import { ENTITY_KINDS, EQUIPMENT_KINDS, PERSON_GROUPS, STUDENT_KINDS, TRAINING_PLACES } from '../rules/schema.js';

/** Baked into `/widget.js`. */
export interface WidgetBaked {
  /** Phone number offered when the service cannot answer (config HOTLINE; the tag's data-hotline wins). */
  hotline: string;
  /** The widget's style sheet, adopted by its shadow root. */
  css: string;
  /** The main document (its pack's manifest): the footer names its 文号. */
  document: { title: string; docNo: string };
  /** The default greeting, in the pack's words (the tag's data-greeting wins). */
  greeting: string;
  /** The first questions offered as buttons (the main pack's). */
  starters: readonly string[];
}

/** Baked into `/assets/console.js`: every enum of the eligibility request, with its label. */
export const CONSOLE_BAKED = {
  personGroups: PERSON_GROUPS,
  trainingPlaces: TRAINING_PLACES,
  studentKinds: STUDENT_KINDS,
  entityKinds: ENTITY_KINDS,
  equipmentKinds: EQUIPMENT_KINDS,
} as const;
export type ConsoleBaked = typeof CONSOLE_BAKED;
