/**
 * Stage 2 — resolve: what answers the message, per intent. The rules for an eligibility
 * question (with the session's facts and this message's, a reply set or left open), the
 * clause for a lookup (the topic's own, else one search — injected, so this stage needs no
 * database), the clause that comes closest for a subject the plan does not settle. The result
 * is a draft for `compose` and the session state after this turn.
 */
import { evaluateEligibility, ruleCatalogue, type RuleMeta } from '../../rules/engine.js';
import { POLICY } from '../../rules/policy.js';
import { EligibilityRequestSchema, type Applicant, type EligibilityResponse, type RuleResult } from '../../rules/schema.js';
import { expandQuery } from '../../text/glossary.js';
import type { ClauseIndex, ClauseSearch } from '../clause-index.js';
import { DOCUMENT_QUESTION, type LookupInput, type SourceClause } from '../compose-extractive.js';
import type { DialogueFacts } from '../compose-dialogue.js';
import { asksWhatGroupGets, type GroupLookupInput } from '../compose-group.js';
import { hireName, plainFact } from '../fact-words.js';
import { findGroups } from '../understand/facts/groups.js';
import type { OutOfScopeReason } from '../router.js';
import type { UnsettledSubject } from '../scope.js';
import { freshState, mergeFacts, setFactAt, type SessionState } from '../session-state.js';
import { topicById, type TopicId } from '../topics.js';
import type { Understanding } from './understand.js';

/** Topics a question about a group (农民工培训有补贴吗) is answered by the group composer for. */
const GROUP_TOPICS = new Set<TopicId>(['vocational_training', 'free_training_poor']);

/** A hire group whose own amount is settled while others are still open. */
export interface SettledGroup {
  index: number;
  amountYuan: number;
}

export type Draft =
  | { kind: 'reset' }
  | { kind: 'decline'; reason: OutOfScopeReason }
  | { kind: 'reask'; path: string; applicant?: Applicant }
  | { kind: 'document'; question: string }
  | { kind: 'not_settled'; subject: UnsettledSubject; clause?: SourceClause; audience?: 'person' | 'employer' }
  | { kind: 'contact'; clause?: SourceClause; rule?: RuleMeta; question: string }
  | { kind: 'group'; input: GroupLookupInput }
  | { kind: 'lookup'; input: LookupInput; parts: string[]; contact: boolean }
  | ({ kind: 'eligibility' } & DialogueFacts);

export interface ResolveContext {
  idx: ClauseIndex;
  catalogue: ReadonlyMap<string, RuleMeta>;
  /** The one search a lookup may make. */
  search: ClauseSearch;
  now: () => Date;
}

export interface Resolved {
  draft: Draft;
  state: SessionState;
}

/** Resolves one understood message against the session. */
export async function resolve(u: Understanding, session: SessionState, ctx: ResolveContext): Promise<Resolved> {
  const next: SessionState = { ...session, turns: session.turns + 1 };
  delete next.inDialogue;
  switch (u.intent) {
    case 'reset':
      return { draft: { kind: 'reset' }, state: { ...freshState(), turns: next.turns, ...(session.periodTold ? { periodTold: true } : {}) } };
    case 'out_of_scope': {
      // A short reply inside a dialogue that fits none of the offered answers: ask again.
      if (session.pendingFact && u.reason === 'not_covered' && u.text.length <= 8 && plainFact(session.pendingFact, session.applicant)) {
        return { draft: { kind: 'reask', path: session.pendingFact, ...(session.applicant ? { applicant: session.applicant } : {}) }, state: { ...next, inDialogue: true } };
      }
      // Out of scope leaves the dialogue where it was: its facts still serve a later question.
      return { draft: { kind: 'decline', reason: u.reason ?? 'not_covered' }, state: next };
    }
    case 'not_settled': {
      const subject = u.unsettled!;
      const clause = ctx.idx.byId.get(subject.clause);
      const audience = subject.id === 'amount:on_job_training' ? 'employer' : undefined;
      const state = { ...next, topics: [], lastQuery: u.masked, lastClauses: clause ? [clause.clause] : [] };
      delete state.pendingFact;
      return { draft: { kind: 'not_settled', subject, ...(clause ? { clause } : {}), ...(audience ? { audience } : {}) }, state };
    }
    case 'answer':
    case 'eligibility':
      return resolveEligibility(u, session, next, ctx);
    default:
      // Mid-dialogue, a short message that is no question (7个月, 干了大半年吧) is an attempt at
      // the pending question that could not be read: ask it again rather than search for it.
      // A short message naming a subject (创业培训) is a new question, not a reply.
      if (session.pendingFact && session.inDialogue && u.topics.length === 0 && looksLikeReply(u.text) && plainFact(session.pendingFact, session.applicant)) {
        return { draft: { kind: 'reask', path: session.pendingFact, ...(session.applicant ? { applicant: session.applicant } : {}) }, state: { ...next, inDialogue: true, pendingFact: session.pendingFact } };
      }
      return resolveLookup(u, session, next, ctx);
  }
}

/**
 * The topics a message in a dialogue is about. A subject named only as a detail of the facts
 * (用的是职工教育经费, said of the equipment) does not move the dialogue to that subject's rule:
 * a named topic counts when its rule reads a fact the message gives, or the message gives none.
 */
function dialogueTopics(u: Understanding, session: SessionState): TopicId[] {
  if (u.topics.length === 0) return session.topics;
  const field = (p: string) => p.replace(/\[\d*\]/g, '[]');
  const given = u.reading.evidence.map((e) => field(e.path)).filter((p) => p !== 'entity');
  if (given.length === 0) return u.topics;
  const reads = (id: string) => ruleReads(id).some((p) => given.includes(field(p)));
  const own = u.topics.filter(reads);
  if (own.length > 0) return own;
  return session.topics.some(reads) ? session.topics : u.topics;
}

function resolveEligibility(u: Understanding, session: SessionState, next: SessionState, ctx: ResolveContext): Resolved {
  const topics = dialogueTopics(u, session);
  const patch = u.reading.patch;
  // Who asks: as the text says, else as the subject implies (以工代训 is an employer's).
  const audience = patch.audience ?? session.applicant?.type ?? (topics[0] ? topicById(topics[0])?.applicant : undefined) ?? 'person';
  let applicant: Applicant = session.applicant ?? ({ type: audience } as Applicant);
  const unknown = new Set(session.unknown ?? []);
  const reply = u.pending;
  if (reply) {
    if (reply.unknown) unknown.add(reply.path);
    else {
      for (const path of replyPaths(applicant, reply)) {
        applicant = setFactAt(applicant, path, reply.value);
        unknown.delete(path);
      }
    }
  }
  const merged = forget(takeBack(mergeFacts(applicant, patch) ?? applicant, u.reading.denied), u.reading.unknown);
  // Two facts that cannot both be true (以工代训 longer than the months employed): neither is
  // believed — both are left open and the person is asked which is right, in plain words.
  const clash = hireClash(merged);
  if (clash) applicant = clash.applicant;
  // Facts the contract refuses (an absurd count) are dropped rather than failing the turn.
  else if (EligibilityRequestSchema.safeParse({ applicant: merged }).success) applicant = merged;
  // Facts two readers read differently are left open, to be asked.
  const doubted = doubtedPaths(u, applicant);
  for (const p of doubted) applicant = setFactAt(applicant, p, undefined);
  // A fact stated now is no longer unknown.
  for (const p of [...unknown]) if (factAt(applicant, p) !== undefined) unknown.delete(p);

  const response = evaluateEligibility({ applicant, ...(u.asOf ? { asOf: u.asOf } : {}) }, { now: ctx.now });
  const focus = focusResults(response.results, applicant, topics);
  const asked = { ...session.asked };
  const nextFact = pickNextFact(focus, asked, unknown, clash ? [clash.ask, ...doubted] : doubted);
  if (nextFact) asked[nextFact] = (asked[nextFact] ?? 0) + 1;
  const settled = settledGroups(applicant, focus, u.asOf, ctx.now);

  const state: SessionState = {
    ...next,
    applicant,
    topics: focus.map((r) => r.id as TopicId),
    lastClauses: [...new Set(focus.flatMap((r) => r.citations.map((c) => c.clause)))],
    asked,
    inDialogue: true,
    ...(unknown.size > 0 ? { unknown: [...unknown] } : {}),
  };
  if (unknown.size === 0) delete state.unknown;
  if (nextFact) state.pendingFact = nextFact;
  else delete state.pendingFact;
  return {
    draft: {
      kind: 'eligibility',
      applicant,
      response,
      focus,
      ...(nextFact ? { nextFact } : {}),
      ...(reply ? { replied: reply } : {}),
      // A reply that also states other facts (残疾人以工代训3个月 零就业的干了4个月) says them all back.
      stated: u.intent === 'eligibility' || u.reading.correcting || u.reading.evidence.some((e) => e.path !== reply?.path && !/\.(group|count)$|^entity$/.test(e.path)),
      unknown: [...unknown],
      settled,
      doubted,
      ...(clash ? { conflict: clash.words } : {}),
      ...(u.reading.vague.length > 0 ? { rough: u.reading.vague.map((v) => v.words) } : {}),
    },
    state,
  };
}

/**
 * A hire row whose 以工代训 months exceed its months employed: the applicant with both
 * left open, the fact to ask first and the clash in words.
 */
function hireClash(applicant: Applicant): { applicant: Applicant; ask: string; words: string } | undefined {
  if (applicant.type !== 'employer') return undefined;
  const i = applicant.hires?.findIndex((h) => h.onJobTrainingMonths !== undefined && h.monthsEmployed !== undefined && h.onJobTrainingMonths > h.monthsEmployed) ?? -1;
  if (i < 0) return undefined;
  const h = applicant.hires![i]!;
  const hires = applicant.hires!.map((x, j) => {
    if (j !== i) return x;
    const open = { ...x };
    delete open.onJobTrainingMonths;
    delete open.monthsEmployed;
    return open;
  });
  return {
    applicant: { ...applicant, hires },
    ask: `hires[${i}].monthsEmployed`,
    words: `${hireName(h)}：以工代训${h.onJobTrainingMonths}个月，比已就业的${h.monthsEmployed}个月还长——以工代训是在就业期间开展的，这两个数有一个不对。`,
  };
}

/**
 * What the message says is NOT so (我不是退役军人) taken back from the facts: a group named is
 * removed, any other fact holding the denied value is left open again.
 */
function takeBack(applicant: Applicant, denied: Understanding['reading']['denied']): Applicant {
  let next = applicant;
  for (const d of denied) {
    if (d.path === 'groups' && next.type === 'person' && Array.isArray(d.value)) {
      const gone = new Set(d.value as string[]);
      const groups = (next.groups ?? []).filter((g) => !gone.has(g));
      next = { ...next, groups };
      if (groups.length === 0) delete (next as { groups?: unknown }).groups;
    } else if (d.path !== 'groups' && JSON.stringify(factAt(next, d.path)) === JSON.stringify(d.value)) {
      next = setFactAt(next, d.path, undefined);
    }
  }
  return next;
}

/**
 * Facts the person now says they do not know (以工代训几个月记不清了) are open again: an amount
 * is never computed from a figure its own author no longer vouches for.
 */
function forget(applicant: Applicant, unknown: readonly string[]): Applicant {
  let next = applicant;
  for (const p of unknown) {
    const whole = /^hires\[\]\.(\w+)$/.exec(p);
    const paths = whole && next.type === 'employer' ? (next.hires ?? []).map((_, i) => `hires[${i}].${whole[1]}`) : [p];
    for (const path of paths) if (factAt(next, path) !== undefined) next = setFactAt(next, path, undefined);
  }
  return next;
}

/** Short and not a question: a reply, not a new subject. */
function looksLikeReply(text: string): boolean {
  return text.length <= 12 && !/[?？]|吗|么|什么|怎么|多少|哪|谁|能不能|可不可以|咋|啥/.test(text);
}

/** Where a reply goes: the asked path, or the same fact of every hire row when said of all (都没领过). */
function replyPaths(applicant: Applicant, reply: { path: string; everyGroup?: boolean }): string[] {
  const m = /^hires\[\d+\]\.(\w+)$/.exec(reply.path);
  if (!reply.everyGroup || !m || applicant.type !== 'employer' || !applicant.hires?.length) return [reply.path];
  return applicant.hires.map((_, i) => `hires[${i}].${m[1]}`);
}

/** The doubted paths of this message's reading, as paths of the merged applicant (hires by group). */
function doubtedPaths(u: Understanding, applicant: Applicant): string[] {
  if (!u.doubt?.length) return [];
  const own = mergeFacts(undefined, u.reading.patch);
  return u.doubt.map((p) => {
    const m = /^hires\[(\d+)\]\.(\w+)$/.exec(p);
    if (!m || own?.type !== 'employer' || applicant.type !== 'employer') return p;
    const group = own.hires?.[Number(m[1])]?.group;
    const at = applicant.hires?.findIndex((h) => h.group === group) ?? -1;
    return at >= 0 ? `hires[${at}].${m[2]}` : p;
  });
}

async function resolveLookup(u: Understanding, session: SessionState, next: SessionState, ctx: ResolveContext): Promise<Resolved> {
  const { idx } = ctx;
  const followup = u.intent === 'followup';
  const state: SessionState = { ...next };
  delete state.pendingFact;
  if (idx.doc && DOCUMENT_QUESTION.test(u.text) && u.topics.length === 0) {
    return { draft: { kind: 'document', question: u.text }, state: { ...state, topics: [], lastQuery: u.masked, lastClauses: ['head'] } };
  }
  const topicId = u.topics[0] ?? (followup ? session.topics[0] : undefined);
  const topic = topicId ? topicById(topicId) : undefined;
  const rule = topic ? ctx.catalogue.get(topic.id) : undefined;
  const query = followup ? `${session.lastQuery ?? topic?.name ?? ''} ${u.text}`.trim() : u.text;

  // A question about what a group gets (农民工培训有补贴吗) has its own answer, no search needed.
  // The group may be the asker's own (我是退役军人) or only the subject (农民工培训有补贴吗),
  // which the fact reader rightly does not take as a fact about the asker.
  const group = !followup ? (u.reading.patch.person.groups?.[0] ?? findGroups(u.text, []).find((g) => !g.denied && !g.asked)?.group) : undefined;
  if (group && (!topic || GROUP_TOPICS.has(topic.id)) && asksWhatGroupGets(u.parts[0] ?? u.text) && !/生活费/.test(u.text)) {
    const input: GroupLookupInput = { question: u.text, group, clauses: idx.list, ...(ctx.catalogue.get('vocational_training') ? { trainingRule: ctx.catalogue.get('vocational_training')! } : {}) };
    return { draft: { kind: 'group', input }, state: { ...state, ...keepFacts(u, session), topics: topic ? [topic.id] : [], lastQuery: u.masked, lastClauses: [] } };
  }

  let main = topic ? idx.byId.get(topic.clause) : undefined;
  // Only the question itself is searched: a new topic is never steered by the last one's words.
  if (!main) main = await ctx.search(query);
  if (u.contact && (!main || !u.parts.some((p) => !/找谁|哪个部门|电话|热线|去哪|哪里|谁管|谁负责|归哪/.test(p)))) {
    // A question only about whom to ask: the clause's 责任单位, else the issuer and the hotline.
    return {
      draft: { kind: 'contact', ...(main ? { clause: main } : {}), ...(rule ? { rule } : {}), question: u.text },
      state: { ...state, topics: topic ? [topic.id] : [], lastQuery: followup ? (session.lastQuery ?? u.masked) : u.masked, lastClauses: main ? [main.clause] : [] },
    };
  }
  if (!main) return { draft: { kind: 'decline', reason: 'not_covered' }, state: { ...state, topics: [], lastClauses: [] } };
  const expansion = expandQuery(followup ? u.text : query);
  const input: LookupInput = {
    question: followup ? u.text : query,
    main,
    ...(rule ? { rule } : {}),
    brief: followup,
    ...(followup && session.lastQuery ? { extraTerms: [session.lastQuery] } : {}),
    policyTerms: expansion.terms,
    everydayWords: expansion.words,
    clauseText: (c) => idx.byId.get(c),
  };
  return {
    draft: { kind: 'lookup', input, parts: u.parts, contact: u.contact },
    state: {
      ...state,
      ...keepFacts(u, session),
      topics: topic ? [topic.id] : [],
      lastQuery: followup ? (session.lastQuery ?? u.masked) : u.masked,
      lastClauses: [main.clause],
    },
  };
}

/** Facts stated along the way (我是退役军人，…) are kept for a later eligibility question. */
function keepFacts(u: Understanding, session: SessionState): Pick<SessionState, 'applicant'> {
  const found = mergeFacts(session.applicant, u.reading.patch);
  const merged = found ? takeBack(found, u.reading.denied) : found;
  return merged && EligibilityRequestSchema.safeParse({ applicant: merged }).success ? { applicant: merged } : session.applicant ? { applicant: session.applicant } : {};
}

function factAt(applicant: Applicant, path: string): unknown {
  let v: unknown = applicant;
  for (const part of path.split('.')) {
    const m = /^(\w+)\[(\d+)\]$/.exec(part);
    if (!v || typeof v !== 'object') return undefined;
    v = m ? ((v as Record<string, unknown[]>)[m[1]!] ?? [])[Number(m[2])] : (v as Record<string, unknown>)[part];
  }
  return v;
}

/**
 * The fact to ask next: facts of the first unfinished group before the next group's (one group
 * is finished before the next is asked about), never a fact the person said they do not know,
 * nor one asked twice already.
 */
export function pickNextFact(focus: readonly RuleResult[], asked: Record<string, number>, unknown: ReadonlySet<string>, prefer: readonly string[] = []): string | undefined {
  const seen: string[] = [];
  for (const r of focus) {
    // An open result's missing facts, and an eligible result's facts its amount still needs.
    const wanted = r.status === 'needs_info' ? r.missing : r.status === 'eligible' ? r.amountMissing : [];
    for (const p of wanted) if (!seen.includes(p) && !unknown.has(p) && (asked[p] ?? 0) < 2 && plainFact(p)) seen.push(p);
  }
  const rank = (p: string) => {
    const m = /^\w+\[(\d+)\]/.exec(p);
    return m ? Number(m[1]) : -1;
  };
  const doubted = seen.find((p) => prefer.includes(p));
  if (doubted) return doubted;
  return seen.map((p, i) => ({ p, i, r: rank(p) })).sort((a, b) => a.r - b.r || a.i - b.i)[0]?.p;
}

/** Groups of hires whose 以工代训 amount is settled on their own, while the whole is still open. */
function settledGroups(applicant: Applicant, focus: readonly RuleResult[], asOf: string | undefined, now: () => Date): SettledGroup[] {
  if (applicant.type !== 'employer' || (applicant.hires?.length ?? 0) < 2) return [];
  const whole = focus.find((r) => r.id === 'on_job_training');
  if (!whole || (whole.status !== 'needs_info' && !(whole.status === 'eligible' && whole.amountYuan === null))) return [];
  const out: SettledGroup[] = [];
  applicant.hires!.forEach((h, index) => {
    const one = evaluateEligibility({ applicant: { ...applicant, hires: [h] }, ...(asOf ? { asOf } : {}) }, { now }).results.find((r) => r.id === 'on_job_training');
    if (one?.status === 'eligible' && one.amountYuan !== null) out.push({ index, amountYuan: one.amountYuan });
  });
  return out;
}

/**
 * The results a question is about: the topics it names; else the rules that read the facts
 * given (hires → 以工代训, a child at a 技工学校 → the family aid), with any rule already settled
 * as eligible; else every rule for that kind of applicant. A rule nobody asked about and no
 * fact points to (a competition prize, an employer's own school) is not asked about.
 */
export function focusResults(results: RuleResult[], applicant: Applicant, topics: readonly string[]): RuleResult[] {
  const named = results.filter((r) => topics.includes(r.id));
  if (named.length > 0) return named;
  // The kind of applicant alone (entity, type) says nothing about which benefit is meant.
  const given = Object.keys(applicant).filter((k) => !['type', 'entity', 'insured'].includes(k) && applicant[k as keyof typeof applicant] !== undefined);
  const reading = results.filter((r) => ruleReads(r.id).some((p) => given.some((g) => p === g || p.startsWith(`${g}[`) || p.startsWith(`${g}.`))));
  if (reading.length > 0) {
    // A rule read only through the broad 'groups' fact is kept only when it is settled or the
    // person said nothing more specific (a child at school points to the family aid, not to
    // every rule that reads groups).
    const specific = reading.filter((r) => ruleReads(r.id).some((p) => p !== 'groups' && given.some((g) => p === g || p.startsWith(`${g}[`) || p.startsWith(`${g}.`))));
    if (specific.length > 0) return results.filter((r) => specific.includes(r) || (reading.includes(r) && r.status === 'eligible'));
    if (applicant.type === 'employer') return reading;
  }
  // Rules that turn on one narrow yes/no fact (a prize won, a school run) are asked about only
  // when named or when that fact was said: otherwise every question would end in a quiz.
  return results.filter((r) => !(r.status === 'needs_info' && r.missing.some((p) => ON_REQUEST.has(p))));
}

/** Facts only asked when the person brings up their subject (the rules' author's list). */
const ON_REQUEST = new Set(['childStudent', 'competitionAward', 'enrollsPoorFamilyStudents', 'runsVocationalSchool', 'competitionTraining', 'developsTrainingMaterials']);

const READS = new Map(ruleCatalogue(POLICY.period.from).map((r) => [r.id, r.reads] as const));
function ruleReads(id: string): readonly string[] {
  return READS.get(id as never) ?? [];
}
