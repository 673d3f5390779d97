/**
 * Facts a clause states in a fixed style, read from its clean text: the responsible units,
 * the three-year targets, the share of skill-upgrade training and the new high-skill talent.
 * Only what the text says is returned; a fact the clause does not state is absent.
 */
import type { ClauseFacts, ProgramTarget } from './types.js';

const OPEN = '（〔“《';
const CLOSE = '）〕”》';

/** Splits on the given separators, but not inside brackets or quotes (县〔市、区〕 stays whole). */
export function splitOutsideBrackets(s: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c) && depth > 0) depth--;
    if (depth === 0 && separators.includes(c)) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

/** The text of every `（责任单位：…）` / `（责任分工：…）` note, brackets balanced. */
function responsibilityNotes(text: string): string[] {
  const notes: string[] = [];
  const re = /（责任(?:单位|分工|部门)：/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '（') depth++;
      else if (text[i] === '）') depth--;
    }
    notes.push(text.slice(start, depth === 0 ? i - 1 : i));
    re.lastIndex = i;
  }
  return notes;
}

/** 责任单位 of a clause, split into units, in the order written, without repeats. */
export function extractResponsibleUnits(text: string): string[] {
  const units: string[] = [];
  for (const note of responsibilityNotes(text)) {
    for (const raw of splitOutsideBrackets(note, '、，,；;')) {
      const unit = raw.replace(/[。\s]/g, '');
      if (unit && !units.includes(unit)) units.push(unit);
    }
  }
  return units;
}

const AMOUNT = /^(.*?)(\d+(?:\.\d+)?)(万人次|万人|万名|人次|名|人)(?:以上|左右)?$/;
/** "三年开展…" / "三年完成…" / "三年培养…": the plan's multi-year target sentences. */
const TARGET_LEAD = /[两一二三四五]年(?=开展|完成|培训|培养|累计|共)/g;

/**
 * Multi-year targets: `三年培训6万人次以上` → {培训, 6, 万人次}; a list such as
 * `三年完成农村劳动力转移就业技能培训36万人次、“两后生”1.2万人次…` gives one target each.
 */
export function extractTargets(text: string): ProgramTarget[] {
  const targets: ProgramTarget[] = [];
  for (const m of text.matchAll(TARGET_LEAD)) {
    const from = m.index + m[0].length;
    const end = text.slice(from).search(/[，。；（]/);
    // Spaces around numbers ("6 万人次") carry nothing; facts may be read from uncleaned text too.
    const segment = text.slice(from, end < 0 ? undefined : from + end).replace(/\s+/g, '');
    let pending = '';
    let first = true;
    for (const piece of splitOutsideBrackets(segment, '、')) {
      // A piece without an amount belongs to the next one (a label that itself contains 、).
      const candidate = pending ? `${pending}、${piece}` : piece;
      const a = AMOUNT.exec(candidate);
      if (!a) {
        pending = candidate;
        continue;
      }
      pending = '';
      let label = a[1]!.trim();
      if (first) label = label.replace(/^(?:累计|共)?(?:开展|完成|培养)?/, '');
      first = false;
      if (label) targets.push({ label, value: Number(a[2]), unit: a[3]! });
    }
  }
  return targets;
}

/** `其中技能提升培训占比80%以上` → 0.8. */
export function extractSkillUpgradeShare(text: string): number | undefined {
  const m = /技能提升培训(?:占比|比例|比重)(?:达到|不低于)?(\d+(?:\.\d+)?)%/.exec(text);
  return m ? Math.round(Number(m[1]) * 100) / 10000 : undefined;
}

/** `新培养高技能人才3万人以上` → 30000; `6000人以上` → 6000. */
export function extractNewHighSkillTalent(text: string): number | undefined {
  const m = /新培养高技能人才(\d+(?:\.\d+)?)(万)?(?:人|名)/.exec(text);
  if (!m) return undefined;
  return Math.round(Number(m[1]) * (m[2] ? 10000 : 1));
}

/** All facts of one clause's clean text; fields the text does not state are left out. */
export function extractFacts(text: string): ClauseFacts {
  const facts: ClauseFacts = {};
  const units = extractResponsibleUnits(text);
  if (units.length) facts.responsibleUnits = units;
  const targets = extractTargets(text);
  if (targets.length) facts.targets = targets;
  const share = extractSkillUpgradeShare(text);
  if (share !== undefined) facts.skillUpgradeShare = share;
  const talent = extractNewHighSkillTalent(text);
  if (talent !== undefined) facts.newHighSkillTalent = talent;
  return facts;
}
