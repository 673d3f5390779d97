/**
 * Answers "does group X get training or a subsidy?" (农民工培训有补贴吗, 当兵退伍回来能免费学技术吗,
 * 残疾人能参加培训吗) — asked about a group, not about oneself, so no dialogue: what the plan
 * says for that group (the programme that names it, with its three-year target; other clauses
 * that name it, such as 项目制培训 in 六(一)), the subsidy every trainee can get (职业培训补贴,
 * 七(二)) with its conditions, what to do next, and the citations. Figures are verbatim clause
 * text; the wording around them is the composer's.
 */
import type { RuleMeta } from '../rules/engine.js';
import { ANSWERS } from '../rules/registry.js';
import { PERSON_GROUPS, type PersonGroup } from '../rules/schema.js';
import type { ComposeContext, Composed, SourceClause } from './compose-extractive.js';
import { compactFigures } from './compose-extractive.js';
import { finishSentence, sentencesOf } from './fragments.js';
import type { Citation } from './schema.js';

/** How the documents name each group in their text (the packs' words; the first is the name used in answers). */
const GROUP_TERMS: Readonly<Record<PersonGroup, readonly string[]>> = ANSWERS.groupTerms;

/** Clauses that name a group without saying anything it can use: the head, the preamble and the packs' general parts. */
const SKIP_CLAUSES = new Set(['head', 'preamble', ...ANSWERS.groupSkipClauses]);

/** A question asks what a group can have (training, a subsidy, free) rather than a figure or a department. */
export function asksWhatGroupGets(question: string): boolean {
  if (/哪个部门|谁负责|责任单位|牵头|目标|多少人|人次|几个人|任务/.test(question)) return false;
  return /补贴|补助|补钱|给钱|免费|要钱|收费|培训|学技术|学手艺|手艺|技术|名额|政策|待遇|扶持|照顾|优惠/.test(question);
}

export interface GroupLookupInput {
  question: string;
  group: PersonGroup;
  /** The plan's clauses, in document order. */
  clauses: readonly SourceClause[];
  /** The 职业培训补贴 rule (七(二)). */
  trainingRule?: RuleMeta;
}

interface GroupLine {
  line: string;
  citation: Citation;
  source: SourceClause;
}

/** The parts (between commas) of a clause's sentences that name the group, in order. */
function partsNaming(sentences: readonly string[], names: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of sentences) for (const p of s.split(/[，,]/)) if (names.some((n) => p.includes(n))) out.push(p);
  return out;
}

// Lines depend only on the group and the clauses (replaced wholesale on a re-index): computed once.
const LINES_CACHE = new WeakMap<readonly SourceClause[], Map<PersonGroup, GroupLine[]>>();

function groupLines(group: PersonGroup, clauses: readonly SourceClause[]): GroupLine[] {
  let byGroup = LINES_CACHE.get(clauses);
  if (!byGroup) LINES_CACHE.set(clauses, (byGroup = new Map()));
  let lines = byGroup.get(group);
  if (!lines) byGroup.set(group, (lines = computeGroupLines(group, clauses)));
  return lines;
}

/** One line per clause that names the group: its programme with the target, or the sentence. */
function computeGroupLines(group: PersonGroup, clauses: readonly SourceClause[]): GroupLine[] {
  const names = GROUP_TERMS[group];
  const label = names[0]!;
  const out: GroupLine[] = [];
  for (const c of clauses) {
    if (SKIP_CLAUSES.has(c.clause) || c.clause.includes(':')) continue;
    const sentences = sentencesOf(c.text);
    // Employer-side parts (以工代训: the unit that hires is paid) do not answer a person.
    const parts = partsNaming(sentences, names).filter((p) => !/以工代训|吸纳|招收|落实省/.test(p));
    if (parts.length === 0) continue;
    const heading = sentences[0]!;
    if (/^实施.*计划$/.test(heading) && c.clause.startsWith('三(')) {
      // A programme (三(二) 就业重点群体技能提升计划): the group is among its trainees; its target.
      const programme = heading.replace(/^实施/, '');
      const what = parts.find((p) => /免费|补助|补贴/.test(p));
      const target = targetOf(sentences, names, heading);
      const line = `${label}是“${programme}”的培训对象${what ? `：${what}` : ''}${target ? `，${target.text}` : ''}（${c.clause}）。`;
      out.push({ line, citation: { docId: c.docId, clause: c.clause, quote: [what, target?.quote].filter(Boolean).join('；') || heading }, source: c });
      continue;
    }
    // Otherwise the part that names the group (六(一): 鼓励对…退役军人等群体开展项目制培训).
    out.push({ line: `${parts[0]}（${c.clause}）。`, citation: { docId: c.docId, clause: c.clause, quote: parts[0]! }, source: c });
  }
  return out;
}

/** The three-year target for the group: its item of a target list (退役军人1万人次), or the programme's own. */
function targetOf(sentences: readonly string[], names: readonly string[], heading: string): { text: string; quote: string } | undefined {
  for (const s of sentences) {
    if (!/^三年/.test(s) || !/人次/.test(s)) continue;
    if (names.some((n) => heading.includes(n))) {
      const first = s.split(/[，,]/)[0]!;
      return { text: first, quote: first };
    }
    const items = s.replace(/^[^\d、]*?(完成|开展)/, '').split('、');
    const item = items.find((i) => names.some((n) => i.includes(n.slice(0, 4))) && /\d/.test(i));
    if (item) {
      const clean = item.replace(/[“”"]/g, '').trim();
      return { text: `三年目标：${clean}`, quote: item };
    }
  }
  return undefined;
}

/**
 * The answer for a group, or undefined when the plan names the group nowhere useful (then the
 * ordinary lookup answers).
 */
export function composeGroupLookup(input: GroupLookupInput, ctx: ComposeContext): Composed | undefined {
  const { group, question } = input;
  if (group === 'employee' || group === 'poor_family_student') return undefined; // their own rules answer
  const label = GROUP_TERMS[group][0]!;
  const lines = groupLines(group, input.clauses).slice(0, 2);
  const rule = input.trainingRule;
  // The training subsidy's own clause is its rule's first citation.
  const mainClause = rule?.citations[0]?.clause;
  const main = input.clauses.find((c) => c.clause === mainClause);
  if (lines.length === 0 && !rule) return undefined;

  const out: string[] = [];
  const citations: Citation[] = [];
  const sources: SourceClause[] = [];
  const add = (source: SourceClause, citation: Citation) => {
    if (!sources.includes(source)) sources.push(source);
    citations.push(citation);
  };
  if (lines.length > 0) {
    out.push(`可以。${lines[0]!.line}`);
    add(lines[0]!.source, lines[0]!.citation);
  }
  let conditions: string[] = [];
  if (rule && main) {
    const q = rule.citations.filter((c) => c.clause === main.clause);
    if (q.length > 0) {
      out.push(`补贴：${q.map((c) => c.quote).join('，')}（${main.clause}）。`);
      for (const c of q) add(main, { docId: main.docId, clause: c.clause, quote: c.quote });
      conditions = rule.requirements.slice(0, 2).map((r) => compactFigures(r.replace(/[。；;]$/, '')));
      if (conditions.length > 0) out.push(`条件：${conditions.join('；')}。`);
    }
  }
  for (const l of lines.slice(1)) {
    out.push(`另外，方案${l.line.startsWith('鼓励') ? '' : '规定'}${l.line}`);
    add(l.source, l.citation);
  }
  if (/免费|要钱|收费|交钱|花钱/.test(question) && group !== 'poor_labor') {
    out.push(`是否全免费，方案没有对${label}单独写明，以当地公布的补贴性培训项目为准。`);
  }
  const where = '办理：可向户籍地、常住地或求职就业地的人社部门或培训机构咨询报名。';
  // The subsidy's own conditions, asked back in the pack's words: the person can answer at once.
  const hint = rule && conditions.length > 0 ? ANSWERS.groupNextHints[rule.id as keyof typeof ANSWERS.groupNextHints] : undefined;
  const next = hint ?? `想知道自己能领哪些，可直接说：“我是${label}，能领什么补贴”。`;
  out.push(`${where}${ctx.hotline ? `咨询电话：${ctx.hotline}。` : ''}${next}`);
  out.push(`依据：${ctx.docNo} ${[...new Set(citations.map((c) => c.clause))].join('、')}。`);
  return { answer: out.join('\n'), answered: true, citations, sourceTexts: sources.map((s) => s.text) };
}

/** The plan's name for a group, as answers use it. */
export function groupLabel(group: PersonGroup): string {
  return GROUP_TERMS[group][0] ?? PERSON_GROUPS[group];
}
