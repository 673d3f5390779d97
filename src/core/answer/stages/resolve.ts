/**
 * Stage 2 — resolve: what answers the message, per intent. The rules for an eligibility
 * question (with the session's facts and this message's, a reply set or left open), the
 * clause for a lookup (the topic's own, else one search — injected, so this stage needs no
 * database), the clause that comes closest for a subject the plan does not settle. The result
 * is a draft for `compose` and the session state after this turn.
 */
import { asksOutside } from '../router.js';
import { leftTheCase } from '../understand/left-the-case.js';
import { placeStatements } from '../understand/facts/person.js';
import { evaluateEligibility, ruleCatalogue, type EvaluateOptions, type RuleMeta } from '../../rules/engine.js';
import type { ParameterTable } from '../../rules/parameters.js';
import { POLICY } from '../../rules/policy.js';
import { ANSWERS, RULES } from '../../rules/registry.js';
import { type Applicant, type EligibilityResponse, type Hire, type RuleResult } from '../../rules/schema.js';
import { expandQuery } from '../../text/glossary.js';
import type { ClauseIndex, ClauseSearch } from '../clause-index.js';
import { DUTY_ASKED, dutyClause, fieldClause, listedClause, phraseClause, quotedClause, TARGET_ASKED, targetClause } from '../clause-by-words.js';
import { DOCUMENT_QUESTION, type LookupInput, type SourceClause } from '../compose-extractive.js';
import type { DialogueFacts } from '../compose-dialogue.js';
import { asksWhatGroupGets, type GroupLookupInput } from '../compose-group.js';
import { workerAsHire, asksWhatEmployerGets, employerFromWorker } from '../employer-side.js';
import { householdRows } from '../household.js';
import { alsoOfAnotherGroup } from '../understand/also-of-held.js';
import { hireName, plainFact } from '../fact-words.js';
import { findGroups } from '../understand/facts/groups.js';
import { othersOfTheCase, splitByClaim } from '../understand/split-by-claim.js';
import { moveNamedPart, splitByDenial, splitByOthers, splitOneOff, splitByRecount, splitBySubset } from '../understand/split-by-others.js';
import { acknowledgesCase, isCaseTalk } from '../understand/case-talk.js';
import { asksWhoIsPaid, inCaseQuestion, paidToLead } from '../understand/in-case-question.js';
import type { OutOfScopeReason } from '../router.js';
import { asksStatedDetail, detailNotStated } from '../detail-asked.js';
import { HOW_HANDLED, inPlanField, LIMIT_ASKED, LIMIT_TERMS, namesOtherSubsidy, openInField, PHONE_QUESTION, subjectsOfParts, TIMES_USED, UNIT_QUESTION, unsettledSubject, type UnsettledSubject } from '../scope.js';
import type { FactPatch } from '../facts-from-text.js';
import { enterpriseByFund } from '../enterprise-by-fund.js';
import { VALIDITY_WORDS } from '../validity-words.js';
import { fixTypos } from '../understand/facts/typos.js';
import { relabelNamedRow, relabelPointed } from '../understand/group-relabel.js';
import { fillNoneClaimed, saysNoneClaimed, saysSomeClaimed } from '../understand/none-claimed.js';
import { freshState, mergeFacts, setFactAt, withParkedCase, type SessionState } from '../session-state.js';
import { topicById, TOPICS, type TopicId } from '../topics.js';
import type { Understanding } from './understand.js';
import { acceptsApplicant } from './applicant-check.js';

/** Topics a question about a group (农民工培训有补贴吗) is answered by the group composer for. */
/** Topics whose group question (退役军人有什么补贴) the group lookup answers; the packs mark them. */
const GROUP_TOPICS = new Set<TopicId>(TOPICS.filter((t) => t.answersGroups).map((t) => t.id));
const { trainingSubsidy: TRAINING, hiringSubsidy: HIRING } = ANSWERS.roles;

/** A hire group whose own amount is settled while others are still open. */
export interface SettledGroup {
  index: number;
  amountYuan: number;
}

export type Draft =
  | { kind: 'reset' }
  /** `ended`: the message also named a subject of the plan, so its end is said beside the refusal. */
  | { kind: 'decline'; reason: OutOfScopeReason; ended?: boolean }
  | { kind: 'reask'; path: string; applicant?: Applicant; rough?: boolean }
  /** A statement about the case that could not be read, with no question pending: which fact it changes is asked. */
  | { kind: 'unclear' }
  /** An acknowledgment (嗯, 好的) in a conversation holding a case. */
  | { kind: 'ack' }
  /** A figure that could be several facts of the case: ask which, change nothing. */
  | { kind: 'which'; figure: string; options: string[]; examples: string[]; relative?: boolean }
  /** A unit named earlier (第一家) while the case holds another: its facts are asked for again. */
  | { kind: 'other_unit'; label: string; current: string }
  | { kind: 'document'; question: string }
  | { kind: 'not_settled'; subject: UnsettledSubject; clause?: SourceClause; audience?: 'person' | 'employer'; also?: Array<{ subject: UnsettledSubject; clause?: SourceClause }> }
  | { kind: 'contact'; clause?: SourceClause; rule?: RuleMeta; question: string }
  | { kind: 'validity'; query: string; clause?: SourceClause; rule?: RuleMeta }
  | { kind: 'group'; input: GroupLookupInput }
  /** `ask`: the first fact the rule needs to compute the asker's amount, asked after the answer. */
  | { kind: 'lookup'; input: LookupInput; parts: string[]; contact: boolean; unsaid?: string[]; ask?: { path: string; applicant: Applicant } }
  | ({ kind: 'eligibility' } & DialogueFacts);

export interface ResolveContext {
  idx: ClauseIndex;
  catalogue: ReadonlyMap<string, RuleMeta>;
  /** The one search a lookup may make. */
  search: ClauseSearch;
  now: () => Date;
  /** The rules' parameters with the library's amendments (default: the shipped ones). */
  parameters?: ParameterTable;
  /** The person the dialogue was about before this message started a case afresh (俺是贫困户 … 俺进厂九个月). */
  askerBefore?: Applicant;
}

export interface Resolved {
  draft: Draft;
  state: SessionState;
}

/** 我个人能领以工代训不 / 我自己能拿岗前补贴吗: a person asking for what only an employer is paid. */
/** 我能分到吗 / 钱打给我吗, asked by the worker of the employer's subsidy: whose it is, said. */
const WORKER_SHARE_ASKED = /(我|俺)(能|可以)?(分|拿|领|得)(到|着)?(吗|不|么|多少)|给(我|俺)(吗|不|么)|到(我|俺)手|打给(我|俺)|归(我|俺)/;
// (厂里说俺是以工代训招进来的 这钱俺能领多少: 以工代训 named first, then what the worker gets of it.)
const UNIT_ONLY_ASKED = /(我|俺)(个人|自己|本人)?[^。？?]{0,6}(能|可以|可不可以|能不能)?(领|拿|申请|享受|申领)[^。？?]{0,3}(以工代训|岗前(培训)?补贴)|以工代训[^。？?]{0,16}(这|那)?(钱|补贴)[^。？?]{0,4}(我|俺)(个人|自己|本人)?(能|可以)?(领|拿|得|分)(多少|不|吗|么|到)/;

/** The unit has said (now or earlier in the case) that none of its hires had the pre-job subsidy. */
function noneClaimedNow(u: Understanding, session: SessionState): boolean {
  return !saysSomeClaimed(u.reading) && (session.noneClaimedPreJob === true || saysNoneClaimed(u.text, u.reading));
}

/** The period spoken of, or an amount asked for now: an override that would pretend the plan still runs. */
const PRETENDS_IN_FORCE = /执行期|实施期|施行期|有效期|还在(执行|实施|施行|有效)|没(有)?(结束|过期|到期)|仍然有效|现在[^，,。？?]{0,8}(能|可以)?(补|领|拿|申请)|能补多少|能领多少/;

/** Asks what something is (是啥, 弄啥的, 啥来头, 是什么意思). */
const WHAT_IS = /是(个)?(啥|什么)|(弄|干|搞|做)(啥|什么)的|啥来头|什么来头|(啥|什么)意思|指(的)?(啥|什么)/;

/** Resolves one understood message against the session. */
export async function resolve(u: Understanding, current: SessionState, ctx: ResolveContext): Promise<Resolved> {
  // A relative's own case (我表弟刚退伍…) starts a person's topic: the employer's facts, its
  // topics and its pending question do not steer it, and its amount is not said again.
  // The unit's case is set aside, not lost: a later 回到刚才… brings it back (understand's resumesParked).
  const parked = u.newPerson && current.applicant?.type === 'employer' ? { applicant: current.applicant, topics: current.topics, ...(current.pendingFact ? { pendingFact: current.pendingFact } : {}) } : current.parked;
  const resumed = u.resumeParked && current.parked ? withParkedCase(current) : undefined;
  const session: SessionState = u.newPerson ? { ...freshState(), turns: current.turns, ...(current.periodTold ? { periodTold: true } : {}), ...(current.labelsUsed ? { labelsUsed: current.labelsUsed } : {}), ...(parked ? { parked } : {}) } : (resumed ?? current);
  const resolved = await resolveIn(u, session, u.newPerson && current.applicant?.type === 'person' ? { ...ctx, askerBefore: current.applicant } : ctx);
  // 顺便问下 工人有生活费补贴吗, while the case waited on 岗前补贴: the question still waits behind the
  // aside (the case kept, nothing run on it), for a later message that names its subject.
  const waiting = current.pendingFact ?? current.asidePending;
  const aside = resolved.draft.kind !== 'eligibility' && resolved.draft.kind !== 'reset' && resolved.draft.kind !== 'reask' && !u.newPerson && !resolved.state.pendingFact && resolved.state.applicant !== undefined && resolved.state.applicant.type === current.applicant?.type;
  if (waiting && aside) resolved.state.asidePending = waiting;
  else delete resolved.state.asidePending;
  // What this message stated, for a bare correction in the next one; a turn stating nothing keeps none.
  const said = [...new Set([...u.reading.evidence.map((e) => e.path), ...(u.pending && !u.pending.unknown ? [u.pending.path] : [])].filter((p) => p !== 'entity').map((p) => p.replace(/\[\d*\]/g, '[]')))];
  if (said.length > 0) resolved.state.lastSaid = said;
  else delete resolved.state.lastSaid;
  // A figure given only roughly, for an exact one said next (准确数是93.6万).
  if (u.reading.vague.length > 0) resolved.state.roughSaid = [...new Set(u.reading.vague.map((v) => v.path))];
  else delete resolved.state.roughSaid;
  // Where a person lives, works or is registered, kept for a later 就在郑州这边学的 (a person's case only).
  const places = resolved.state.applicant?.type !== 'employer' ? placeStatements(u.text) : undefined;
  if (places) resolved.state.placesSaid = [resolved.state.placesSaid, places].filter(Boolean).join(',').slice(-80);
  if (u.kinCase && resolved.state.applicant?.type === 'person') resolved.state.kinCase = true;
  else delete resolved.state.kinCase;
  if (u.kin && resolved.state.applicant?.type === 'person') resolved.state.kin = u.kin;
  else delete resolved.state.kin;
  if (resolved.state.kin && resolved.draft.kind === 'eligibility') resolved.draft = { ...resolved.draft, kin: resolved.state.kin };
  // 岗前补贴一个都没领: said of the unit, it holds for the hires named later in this case.
  if (resolved.state.applicant?.type === 'employer' && noneClaimedNow(u, session)) resolved.state.noneClaimedPreJob = true;
  else delete resolved.state.noneClaimedPreJob;
  // 第一家…/再说第二家…: the unit the case now holds, and every unit named so far.
  if (u.unitLabel && resolved.draft.kind === 'eligibility') {
    resolved.state.caseLabel = u.unitLabel;
    resolved.state.labelsUsed = [...new Set([...(resolved.state.labelsUsed ?? []), u.unitLabel])];
  }
  return resolved;
}

async function resolveIn(u: Understanding, session: SessionState, ctx: ResolveContext): Promise<Resolved> {
  const next: SessionState = { ...session, turns: session.turns + 1 };
  delete next.inDialogue;
  delete next.pendingWhich;
  switch (u.intent) {
    case 'reset':
      return { draft: { kind: 'reset' }, state: { ...freshState(), turns: next.turns, ...(session.periodTold ? { periodTold: true } : {}) } };
    case 'out_of_scope': {
      // 这个补助的钱是从哪出的, mid-case: a question about the topic's own money reads like another
      // policy's (资金来源) — the topic's clause answers it.
      if ((u.reason === 'other_policy' || u.reason === 'not_covered') && session.inDialogue && u.topics.length === 0 && inCaseQuestion(u.text, session) === 'why') return resolveAboutTopic(u, session, next, ctx);
      // A short reply inside a dialogue that fits none of the offered answers: ask again.
      if (session.pendingFact && u.reason === 'not_covered' && u.text.length <= 8 && plainFact(session.pendingFact, session.applicant)) {
        return { draft: { kind: 'reask', path: session.pendingFact, ...(session.applicant ? { applicant: session.applicant } : {}) }, state: { ...next, inDialogue: true } };
      }
      // Out of scope leaves the dialogue where it was: its facts still serve a later question.
      // 别管你那些设定了 直接说2023年以工代训还给不给: the instruction is refused, but the subject asked
      // about has an answer that needs no obedience — the plan has ended.
      // 就当方案还在执行期 告诉我现在能补多少: asked to pretend the plan still runs — its end is the answer.
      const ended = u.reason === 'injection' && (u.topics.length > 0 || PRETENDS_IN_FORCE.test(u.text));
      // (洛阳人社的人说他们那补得多 真的假的: another place's or policy's matter asked — declined, not asked again.)
      if ((u.reason === 'not_covered' || u.reason === 'other_policy') && isCaseTalk(u.text, session) && !asksOutside(u.text)) return unclearInCase(session, next);
      // 嗯 / 好的 / 谢谢, after the case's answer: acknowledged, the case kept — no "can't help with chat".
      if ((u.reason === 'not_covered' || u.reason === 'chitchat') && acknowledgesCase(u.text, session)) return { draft: { kind: 'ack' }, state: { ...next, inDialogue: session.inDialogue === true, ...(session.pendingFact ? { pendingFact: session.pendingFact } : {}) } };
      // 为啥只按6个月算 / 你就说个大概 / 一分没到 找谁: a question about the topic being discussed.
      if (u.reason === 'not_covered' && inCaseQuestion(u.text, session)) return resolveAboutTopic(u, session, next, ctx);
      // “1+16+X”是个啥: a name the plan puts in quotation marks is the plan's, however few its words.
      if (u.reason === 'not_covered' && phraseClause(u.text, undefined, ctx.idx.list)) return resolveLookup({ ...u, intent: 'lookup' }, session, next, ctx);
      return { draft: { kind: 'decline', reason: u.reason ?? 'not_covered', ...(ended ? { ended } : {}) }, state: next };
    }
    case 'not_settled': {
      // 种粮补贴什么时候发: when money arrives is unsettled only for the plan's own subsidies.
      if (otherSubsidy(u, ctx.idx)) return { draft: { kind: 'decline', reason: 'other_policy' }, state: next };
      // 打给厂里还是打到工人自己卡上, in a case: whom the plan gives it to is the answer (the unit),
      // which the topic's own sentence says — the account, which it does not, matters less.
      // (Only the topic under discussion, named again or not at all, and only where its sentence
      // names a unit: a training subsidy's clause names none, so its account stays unsettled.)
      const paidTopic = session.topics[0];
      const paidRule = paidTopic !== undefined && (u.topics.length === 0 || u.topics[0] === paidTopic) ? ctx.catalogue.get(paidTopic) : undefined;
      if (paidRule && asksWhoIsPaid(u.text, session) && paidToLead(paidRule.citations.map((c) => c.quote).join('；'))) return resolveLookup({ ...u, intent: 'followup', topics: [paidTopic!] }, session, next, ctx);
      const subject = u.unsettled!;
      const clause = ctx.idx.byId.get(subject.clause);
      const audience = subject.id === `amount:${HIRING}` ? 'employer' : undefined;
      // Facts told along the way (我是退役军人) are kept for a later question; the subject is carried
      // on as the topic, so a follow-up (那怎么申请) still knows what it is about.
      const carried = /^(amount|per_head):/.test(subject.id) ? (subject.id.slice(subject.id.indexOf(':') + 1) as TopicId) : undefined;
      const state: SessionState = { ...next, ...keepFacts(u, session), topics: carried ? [carried] : [], lastQuery: u.masked, lastClauses: clause ? [clause.clause] : [] };
      delete state.pendingFact;
      // 标准是多少？多久能发下来？: the other parts' open subjects are answered as open too.
      const others = u.unsettledAlso ?? subjectsOfParts(u.parts, u.topics, (id) => ctx.catalogue.get(id)).filter((x) => x.id !== subject.id && x.what !== subject.what);
      const also = others.map((a) => ({ subject: a, ...(ctx.idx.byId.get(a.clause) ? { clause: ctx.idx.byId.get(a.clause)! } : {}) }));
      return { draft: { kind: 'not_settled', subject, ...(clause ? { clause } : {}), ...(audience ? { audience } : {}), ...(also.length > 0 ? { also } : {}) }, state };
    }
    case 'other_unit':
      // 刚才第一家那个…, while the case holds 第二家: one unit at a time — asked to tell that one again.
      return { draft: { kind: 'other_unit', label: u.unitLabel ?? '', current: session.caseLabel ?? '' }, state: { ...next, inDialogue: true, ...(session.pendingFact ? { pendingFact: session.pendingFact } : {}) } };
    case 'which':
      // Nothing changes until the person says which fact the figure is; the dialogue stays open.
      return { draft: { kind: 'which', ...u.which! }, state: { ...next, inDialogue: true, ...(u.which?.pending ? { pendingWhich: u.which.pending } : {}) } };
    case 'validity':
      if (otherSubsidy(u, ctx.idx)) return { draft: { kind: 'decline', reason: 'other_policy' }, state: next };
      return resolveValidity(u, session, next, ctx);
    case 'answer':
    case 'eligibility':
      // 那这钱打到合作社账上还是直接给那几个贫困户: whom the topic's money is given to, not a fact of the case.
      if (asksWhoIsPaid(u.text, session)) return resolveLookup({ ...u, intent: 'followup', topics: [session.topics[0]!] }, session, next, ctx);
      // 俺厂工人想上那个金蓝领网络大学 它到底是弄啥的: what a name the plan quotes is, asked with at most
      // one fact of a case, is answered from its clause — the case's rules do not say what it is.
      if (u.intent === 'eligibility' && !session.inDialogue && WHAT_IS.test(u.text) && u.reading.evidence.length <= 1 && phraseClause(u.text, undefined, ctx.idx.list)) return resolveLookup({ ...u, intent: 'lookup' }, session, next, ctx);
      return resolveEligibility(u, session, next, ctx);
    default:
      // Mid-dialogue, a short message that is no question (7个月, 干了大半年吧) is an attempt at
      // the pending question that could not be read: ask it again rather than search for it.
      // A short message naming a subject (创业培训) is a new question, not a reply.
      // (Whom to ask is left to the lookup below: 那学电商找哪个部门 names a subject of its own.)
      if (u.topics.length === 0 && /^(why|rough)$/.test(inCaseQuestion(u.text, session) ?? '')) return resolveAboutTopic(u, session, next, ctx);
      if (session.pendingFact && session.inDialogue && u.topics.length === 0 && looksLikeReply(u.text) && plainFact(session.pendingFact, session.applicant)) {
        return { draft: { kind: 'reask', path: session.pendingFact, ...(session.applicant ? { applicant: session.applicant } : {}) }, state: { ...next, inDialogue: true, pendingFact: session.pendingFact } };
      }
      if (isCaseTalk(u.text, session) && u.intent !== 'followup') return unclearInCase(session, next);
      if (otherSubsidy(u, ctx.idx)) return { draft: { kind: 'decline', reason: 'other_policy' }, state: next };
      return resolveLookup(u, session, next, ctx);
  }
}

/** A statement of the case that could not be read: its pending question again, or which fact it changes. */
/** 为啥只按6个月算 / 你就说个大概 / 一分没到 找谁: answered from the topic being discussed. */
function resolveAboutTopic(u: Understanding, session: SessionState, next: SessionState, ctx: ResolveContext): Promise<Resolved> | Resolved {
  const kind = inCaseQuestion(u.text, session);
  if (kind === 'rough' && session.pendingFact && plainFact(session.pendingFact, session.applicant)) {
    return { draft: { kind: 'reask', path: session.pendingFact, rough: true, ...(session.applicant ? { applicant: session.applicant } : {}) }, state: { ...next, inDialogue: true, pendingFact: session.pendingFact } };
  }
  return resolveLookup({ ...u, intent: 'lookup', topics: [session.topics[0]!], contact: kind === 'contact' }, session, next, ctx);
}

function unclearInCase(session: SessionState, next: SessionState): Resolved {
  const keep = { ...next, inDialogue: true, ...(session.pendingFact ? { pendingFact: session.pendingFact } : {}) };
  if (session.pendingFact && plainFact(session.pendingFact, session.applicant)) return { draft: { kind: 'reask', path: session.pendingFact, ...(session.applicant ? { applicant: session.applicant } : {}) }, state: keep };
  return { draft: { kind: 'unclear' }, state: keep };
}

const PLAN_TEXT = new WeakMap<ClauseIndex, string>();

/**
 * A question of its own (no topic of the plan) naming a subsidy the plan's text has no word of
 * (高龄老人补贴怎么申请): declined rather than answered from whatever clause a search finds.
 */
function otherSubsidy(u: Understanding, idx: ClauseIndex): boolean {
  if (u.topics.length > 0 || u.carriedTopic || u.intent === 'followup') return false;
  let text = PLAN_TEXT.get(idx);
  if (text === undefined) {
    text = idx.list.map((c) => c.text).join('\n');
    PLAN_TEXT.set(idx, text);
  }
  // 补贴培训进系统 系统之外零补贴 俺木看懂: words copied from the plan are its own subsidy's.
  if (u.quotesPlan) return false;
  // (陪训补贴 is the 培训补贴 typed with a slip, not a subsidy of another policy.)
  return namesOtherSubsidy(fixTypos(u.text), text);
}

/** Asks whether the plan mentions or covers something (有没有提到, 提没提, 包不包括, 有没有…培训). */
const MENTION_ASKED = /提到|提没提|提了|提及|讲到|说到|涉及|包括|包含|有没有|有没|有吗|算不算|在不在|支持不支持|支不支持/;


/**
 * 现在还能申请吗: the subject is the message's own topic, else the last turn's (its topic or
 * the clause it was answered from). With none, a question about the document's validity is the
 * document's (还有效吗); any other is answered for the plan as a whole.
 */
async function resolveValidity(u: Understanding, session: SessionState, next: SessionState, ctx: ResolveContext): Promise<Resolved> {
  // With no subject named, the asker's own facts point to one (我是农民工 → 职业培训补贴).
  const told = u.reading.patch;
  const byFacts: TopicId | undefined = told.audience === 'employer' || told.hires.length > 0 ? HIRING : told.person.groups?.length ? TRAINING : undefined;
  // 方案里说“系统之外零补贴” 现在还要执行吗: the words quoted from the plan name their clause.
  const quoted = quotedClause(u.text, ctx.idx.list);
  const topicId = quoted ? undefined : (u.topics[0] ?? u.carriedTopic ?? byFacts);
  const topic = topicId ? topicById(topicId) : undefined;
  const own = topicId === undefined && u.text.replace(VALIDITY_WORDS, '').length >= 2;
  let clause = quoted ?? (topic ? ctx.idx.byId.get(topic.clause) : undefined);
  // A subject the message names without a topic of its own (金蓝领网络大学还有吗): searched.
  if (!clause && own) clause = await ctx.search(u.text);
  const carried = !topic && !own ? session.lastClauses?.[0] : undefined;
  if (!clause && carried) clause = ctx.idx.byId.get(carried);
  if (!clause && ctx.idx.doc && DOCUMENT_QUESTION.test(u.text)) return resolveLookup({ ...u, intent: 'lookup' }, session, next, ctx);
  const rule = topic ? ctx.catalogue.get(topic.id) : undefined;
  const query = topic && u.topics.length > 0 ? u.text : (session.lastQuery ?? u.text);
  const state: SessionState = { ...next, ...keepFacts(u, session), topics: topic ? [topic.id] : [], lastQuery: topic && u.topics.length > 0 ? u.masked : (session.lastQuery ?? u.masked), lastClauses: clause ? [clause.clause] : [] };
  // Asked along a dialogue, the question it was waiting on still waits (常住地 next is its reply).
  if (session.pendingFact && session.inDialogue) Object.assign(state, { pendingFact: session.pendingFact, inDialogue: true });
  else delete state.pendingFact;
  return { draft: { kind: 'validity', query, ...(clause ? { clause } : {}), ...(rule ? { rule } : {}) }, state };
}

/**
 * The topics a message in a dialogue is about. A subject named only as a detail of the facts
 * (用的是职工教育经费, said of the equipment) does not move the dialogue to that subject's rule:
 * a named topic counts when its rule reads a fact the message gives, or the message gives none.
 */
function dialogueTopics(u: Understanding, session: SessionState): TopicId[] {
  const field = (p: string) => p.replace(/\[\d*\]/g, '[]');
  // A fact said to be unknown (可能是职工教育经费 也可能是自有资金) is as much about its rule as one given.
  const given = [...u.reading.evidence.map((e) => e.path), ...u.reading.unknown, ...(u.reading.shares ?? []).map((sh) => sh.path)].map(field).filter((p) => p !== 'entity');
  const reads = (id: string) => ruleReads(id).some((p) => given.includes(field(p)));
  if (u.topics.length === 0) {
    // 回到刚才 那两个人岗前没领过, after the equipment: facts only another subject's rule reads move the dialogue there.
    if (given.length === 0 || session.topics.some(reads)) return session.topics;
    const theirs = TOPICS.filter((t) => reads(t.id)).map((t) => t.id);
    return theirs.length > 0 ? theirs : session.topics;
  }
  if (given.length === 0) return u.topics;
  const own = u.topics.filter(reads);
  if (own.length > 0) return own;
  return session.topics.some(reads) ? session.topics : u.topics;
}

/** Words by which the asker speaks of themselves or their own unit. */
const OWN_WORDS = /我|俺|本人|咱|自己|公司|厂|单位|店|合作社|车间|我们|俺们/;

/** The asker runs a business of their own (开了个小饭馆, 开的超市). */
const OWNS_BUSINESS = /(我|俺|自己)?[^,;。，？?]{0,6}(开了|开的|开着|经营着?|办了)(个|一个|家|一家|间)?[\u4e00-\u9fff]{0,6}?(店|饭馆|饭店|超市|网店|铺子|馆|摊|作坊|工作室|门面|小店|档口|公司)/;

/** Words that say an earlier statement was wrong. */
const CORRECTS = /不对|搞错|弄错|说错|记错|更正|纠正|改一下|应该是|其实是/;

/** Words that state the unit's kind anew (其实是合作社, 我们是职业院校) rather than mention a place. */
// 另外 我们直播公司招了…: the asker's own unit named by its kind states it, whatever an earlier
// question was about.
// (俺们注册的不是公司 是农民专业合作社: the kind said against the one held — its correction.)
const STATES_KIND = /其实|实际|应该是|注册|登记|执照|不是[^,，。\s]{0,8}[,，\s]*(而)?是|(我们|俺们|咱们|我们这|俺这)(是|属于|算)|(我们|俺们|咱们|我司)[^,，。\s]{0,4}(公司|厂|企业|合作社|扶贫车间|机构|学校|院校|店)/;

function resolveEligibility(u: Understanding, session: SessionState, next: SessionState, ctx: ResolveContext): Resolved {
  const resolved = resolveCase(u, session, next, ctx);
  if (u.recheck && resolved.draft.kind === 'eligibility') return { ...resolved, draft: { ...resolved.draft, recheck: true, stated: true } };
  if (!u.hypothetical || resolved.draft.kind !== 'eligibility') return resolved;
  // A what-if is answered on the supposed facts and asks nothing; the case stays as it was told.
  const { nextFact: _asked, ...draft } = resolved.draft;
  return { draft: { ...draft, hypothetical: true }, state: { ...next, ...(session.applicant ? { applicant: session.applicant } : {}), topics: session.topics, inDialogue: true, ...(session.pendingFact ? { pendingFact: session.pendingFact } : {}), ...(session.unknown ? { unknown: session.unknown } : {}), ...(session.asked ? { asked: session.asked } : {}) } };
}

function resolveCase(u: Understanding, session: SessionState, next: SessionState, ctx: ResolveContext): Resolved {
  const patch = u.reading.patch;
  // 另外学校自己编教材, from a 培训学校 already told: a word for the place in passing does not
  // change the unit's kind; a correction or a statement of it does.
  const known = session.applicant?.type === 'employer' ? session.applicant.entity : undefined;
  if (known && patch.employer.entity && patch.employer.entity !== known && !u.reading.correcting && !STATES_KIND.test(u.text)) delete patch.employer.entity;
  // 厂里能拿补贴吗, asked by the worker's side: the employer's case, the worker its hire.
  let side = u.intent === 'eligibility' && session.applicant?.type !== 'employer' && asksWhatEmployerGets(u.text)
    ? employerFromWorker(u.text, [
        ...(patch.person.groups ?? []),
        ...findGroups(u.text, []).filter((g) => !g.denied && !g.asked).map((g) => g.group),
        // 她在那以工代训俩月了 老板能领多少: 她 is the person the dialogue is about — her groups, told before.
        ...(session.applicant?.type === 'person' && /[他她](?!们)/.test(u.text) ? (session.applicant.groups ?? []) : []),
      ])
    : undefined;
  if (side?.type === 'employer' && !side.hires?.length) side = undefined;
  const topics: readonly TopicId[] = side ? [HIRING] : dialogueTopics(u, session);
  // Who asks: as the text says, else as the subject implies (以工代训 is an employer's).
  // 那俺老板买实训设备 能补多少, after the person's own training: a subject only a unit can claim, named with
  // no fact of the person — the unit's case, started afresh (the person's facts say nothing of it).
  const unitsSubject = !side && session.applicant?.type === 'person' && !patch.audience && u.topics.length > 0 && u.topics.every((t) => topicById(t)?.applicant === 'employer') && Object.keys(patch.person).length === 0;
  const audience = unitsSubject ? 'employer' : (patch.audience ?? session.applicant?.type ?? (topics[0] ? topicById(topics[0])?.applicant : undefined) ?? 'person');
  let applicant: Applicant = side ?? (unitsSubject ? ({ type: 'employer' } as Applicant) : session.applicant) ?? ({ type: audience } as Applicant);
  const unknown = new Set(session.unknown ?? []);
  // 验收？不清楚过没过: a fact the message itself says is not known stays open and is remembered as such.
  // (In a case's first message it is still asked once: the person may find it out at once.)
  if (session.applicant) for (const p of u.reading.unknown) if (/^(equipment\[\d+\]\.\w+|insured|entity|payrollYuan|educationFundYuan|hires\[\d+\]\.\w+)$/.test(p)) unknown.add(p);
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
  // The worker's side spoke of the worker: those facts are the hire's, already taken.
  let merged = side
    ? (mergeFacts(applicant, { ...ontoTheHire(patch), ...(householdRows(u.text) ? { hires: [], hireDefaults: {} } : {}), audience: 'employer' }) ?? applicant)
    : forget(takeBack(noneClaimedNow(u, session) ? fillNoneClaimed(mergeFacts(applicant, patch) ?? applicant, unknown) : (mergeFacts(applicant, patch) ?? applicant), u.reading.denied, new Set(patch.hires.map((h) => h.group).filter((g): g is NonNullable<typeof g> => g !== undefined))), u.reading.unknown);
  // 俺进厂九个月 以工代训六个月: the worker telling their own job is one hire, of the group they gave.
  if (!side) merged = workerAsHire(merged, session.applicant ?? ctx.askerBefore, u.text);
  // (那5个里有一个其实也是残疾人: of a second group as well — no row moves.)
  const also = alsoOfAnotherGroup(u.text);
  const relabelled = side || also ? undefined : (relabelPointed(applicant, merged, u.text) ?? relabelNamedRow(applicant, merged, u.text));
  if (relabelled) merged = relabelled;
  // 是2个残疾人 另外那个是退伍回来的: part of the one row is another group — split, not relabelled.
  // 贫困户不是七个 是六个 有一个是退伍回来的: the one taken off is of another group.
  const split = side || also ? undefined : (splitByOthers(applicant, u.text) ?? splitByRecount(applicant, u.text) ?? splitOneOff(applicant, u.text));
  if (split) merged = split;
  // 里面有一个不是建档立卡的 她是普通下岗的: part of the one row denied its group, given another.
  const denialSplit = side || also || split ? undefined : splitByDenial(applicant, u.reading);
  if (denialSplit) merged = denialSplit;
  // 其中有两个是残疾人: part of the one row is of another group, the rest as they were.
  // 零就业那3个里有1个其实是下岗的: part of one of several rows moves to the group said now.
  const subsetSplit = side || also || split || denialSplit ? undefined : (splitBySubset(applicant, u.reading, u.text) ?? moveNamedPart(applicant, u.text));
  if (subsetSplit) merged = subsetSplit;
  // 有两个之前领过 剩下三个没领: the 岗前 claim said of part of a row — split, each part its own claim.
  // 零就业那个上个月辞职走了 不算他了: people of a row the case held have left — out of the count.
  const gone = side || split || denialSplit || subsetSplit || applicant.type !== 'employer' || !applicant.hires?.length ? undefined : leftTheCase(patch.hires.length === 0 ? applicant : merged, u.text);
  if (gone) merged = gone;
  // (The reader may have split the row itself, each part with its claim: that split stands.)
  const readerSplit = patch.lots === 'inherit' && new Set(patch.hires.map((h) => h.preJobTrainingSubsidy)).size > 1;
  const claimSplit = side || split || denialSplit || subsetSplit || readerSplit ? undefined : splitByClaim(applicant, u.text, /preJobTrainingSubsidy$/.test(session.pendingFact ?? ''));
  if (claimSplit) {
    merged = claimSplit;
    for (const p of [...unknown]) if (p.endsWith('.preJobTrainingSubsidy')) unknown.delete(p);
  }
  // 就业困难那俩领过了 其他人都没领: the case's other rows take what is said of "the others".
  // (那俩贫困的领过 剩下的没领, as the reply to the question on the poor hires: the rows the reply
  // answered are named as much as the rows the reader placed.)
  const before = session.applicant?.type === 'employer' ? (session.applicant.hires ?? []) : [];
  const answeredRows = reply && !reply.unknown && applicant.type === 'employer' ? (applicant.hires ?? []).filter((h, i) => h.preJobTrainingSubsidy !== undefined && before[i] !== undefined && before[i]!.preJobTrainingSubsidy === undefined) : [];
  if (!side) merged = othersOfTheCase(merged, [...patch.hires, ...answeredRows], u.text, /preJobTrainingSubsidy$/.test(session.pendingFact ?? ''));
  // 有一半是职工教育经费出的, of the 40万 told before: the fund's part is that share of the sum the
  // case holds — the part 四(一) counts (never the whole, never a figure nobody gave).
  if (!side) for (const sh of u.reading.shares ?? []) {
    const total = factAt(merged, sh.path);
    if (typeof total !== 'number' || total <= 0) continue;
    merged = setFactAt(setFactAt(merged, sh.path, Math.round(total * sh.percent) / 100), sh.path.replace(/valueYuan$/, 'fromEducationFund'), true);
  }
  // Two facts that cannot both be true (以工代训 longer than the months employed): neither is
  // believed — both are left open and the person is asked which is right, in plain words.
  const clash = hireClash(merged);
  if (clash) applicant = clash.applicant;
  // Facts the contract refuses (an absurd count) are dropped rather than failing the turn.
  else if (acceptsApplicant(merged)) applicant = merged;
  // (A kind put in doubt in this very message — 不知道算不算企业 — is never taken as said, even in a case's first message.)
  const kindOpen = u.reading.unknown.includes('entity') ? new Set([...unknown, 'entity']) : unknown;
  applicant = enterpriseByFund(applicant, kindOpen);
  // Facts two readers read differently are left open, to be asked.
  const doubted = doubtedPaths(u, applicant);
  for (const p of doubted) applicant = setFactAt(applicant, p, undefined);
  // 更正一下，是30万…80万是整个车间的: a correction whose figure cannot be read exactly takes the
  // figure it corrects back — the fact is open and asked, never kept at the value now disowned.
  // (A figure this message did change, as a lot corrected by its place, stands.)
  if (u.reading.correcting || CORRECTS.test(u.text)) for (const v of u.reading.vague) if (factAt(applicant, v.path) !== undefined && factAt(applicant, v.path) === (session.applicant ? factAt(session.applicant, v.path) : undefined)) applicant = setFactAt(applicant, v.path, undefined);
  // A fact stated now is no longer unknown.
  for (const p of [...unknown]) if (factAt(applicant, p) !== undefined) unknown.delete(p);

  const rulesOptions = { now: ctx.now, ...(ctx.parameters ? { parameters: ctx.parameters } : {}) };
  const response = evaluateEligibility({ applicant, ...(u.asOf ? { asOf: u.asOf } : {}) }, rulesOptions);
  // A 不符合 of a rule for a group the person never claimed (贫困劳动力免费培训 to a veteran who
  // asked for free training) is not their answer: what applies to their own group is.
  const named = focusResults(response.results, applicant, topics).filter((r) => !(r.status === 'ineligible' && forUnclaimedGroup(r.id, u.text)));
  const groups = applicant.type === 'person' ? (applicant.groups ?? []) : [];
  // (创业培训 open to every graduate is no answer to 有培训不 unless a business is the subject.)
  const grantsAsked = named.some((r) => r.status === 'eligible' && (r.id !== ANSWERS.roles.businessTraining || /创业|开店|做生意|当老板/.test(u.text) || u.reading.evidence.some((e) => e.path === 'wantsToStartBusiness' || e.path === 'businessYears')));
  if (u.intent === 'eligibility' && (!session.inDialogue || u.newPerson) && groups.length > 0 && !grantsAsked && asksForTraining(u.text)) {
    const input: GroupLookupInput = { question: u.text, group: groups[0]!, clauses: ctx.idx.list, ...(ctx.catalogue.get(TRAINING) ? { trainingRule: ctx.catalogue.get(TRAINING)! } : {}) };
    const state: SessionState = { ...next, applicant, topics: [TRAINING], lastQuery: u.masked, lastClauses: [] };
    delete state.pendingFact;
    return { draft: { kind: 'group', input }, state };
  }
  const focus = named.length > 0 ? named : focusResults(response.results, applicant, []).filter((r) => !(r.status === 'ineligible' && forUnclaimedGroup(r.id, u.text)));
  const asked = { ...session.asked };
  // 俺开了个小饭馆: a person who runs a business is asked its age before any wish to start one.
  const runsBusiness = applicant.type === 'person' && OWNS_BUSINESS.test(u.text) ? ['businessYears'] : [];
  const nextFact = pickNextFact(focus, asked, unknown, clash ? [clash.ask, ...doubted] : [...doubted, ...runsBusiness]);
  if (nextFact) asked[nextFact] = (asked[nextFact] ?? 0) + 1;
  const settled = settledGroups(applicant, focus, u.asOf, rulesOptions);

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
      ...(u.contact ? { contact: true } : {}),
      ...(u.unsettled && u.intent === 'eligibility' ? { aside: u.unsettled.what } : {}),
      ...notesAsked(u.text, focus, ctx),
      ...((applicant.type === 'person' && UNIT_ONLY_ASKED.test(u.text)) || (side !== undefined && WORKER_SHARE_ASKED.test(u.text)) ? { unitOnly: true } : {}),
    },
    state,
  };
}

/**
 * The employer facts a worker's side told (在扶贫车间上班半年了) belong to the one hire it spoke of:
 * a hire row the reader could not give a group is said of that hire, not a second one.
 */
function ontoTheHire(patch: FactPatch): FactPatch {
  const lone = patch.hires.filter((h) => !h.group);
  if (lone.length === 0) return patch;
  const said = Object.fromEntries(Object.entries(lone[0]!).filter(([, v]) => v !== undefined));
  return { ...patch, hires: patch.hires.filter((h) => h.group), hireDefaults: { ...said, ...patch.hireDefaults } };
}

/** Rules for one group only (the packs' topics say which): their 不符合 is shown only when the person named that group. */
const GROUP_BOUND: Partial<Record<string, RegExp>> = Object.fromEntries(TOPICS.flatMap((t) => (t.onlyForGroup ? [[t.id, t.onlyForGroup]] : [])));

function forUnclaimedGroup(ruleId: string, text: string): boolean {
  const words = GROUP_BOUND[ruleId];
  return Boolean(words && !words.test(text));
}

/**
 * Wants to learn, or free training (想学个技术 有免费的培训吗), rather than money (能领什么补贴):
 * the plan's programmes for the group answer it before any dialogue.
 */
function asksForTraining(text: string): boolean {
  // 想在家学个电商 有没有专门给残疾人的培训: a few words may stand between the wish or the 有没有 and the training.
  // 能参加啥培训 / 有哪些培训: which training there is for them, asked.
  return /免费|学.{0,4}(技术|手艺|本事)|想[^，,。？?\s]{0,3}学|(有|有没有)[^，,。？?]{0,10}培训|培训(吗|不|没|呢)|(参加|上|报|学)(啥|什么|哪些|哪种|哪个)[^，,。？?\s]{0,2}培训|(能|可以)学(点)?(啥|什么)/.test(text) && !/补贴|补助|多少钱|给钱|领|拿/.test(text);
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
/**
 * A hired group the person now denies (他俩不是退役军人，是建档立卡贫困户): the same people under
 * the group named instead — its row takes the denied row's count and months where it has none —
 * or, with no group named instead, the row goes.
 */
function regroup(hires: readonly Hire[], gone: NonNullable<Hire['group']>, named: ReadonlySet<string>): Hire[] {
  const at = hires.findIndex((h) => h.group === gone);
  if (at < 0) return [...hires];
  const old = hires[at]!;
  const rest = hires.filter((_, i) => i !== at).map((h) => ({ ...h }));
  const instead = rest.find((h) => h.group !== undefined && named.has(h.group));
  if (instead) for (const [k, v] of Object.entries(old)) if (k !== 'group' && (instead as Record<string, unknown>)[k] === undefined) (instead as Record<string, unknown>)[k] = v;
  return rest;
}

/** The group's row with `n` fewer people (all of them gone: the row goes). */
function fewer(hires: readonly Hire[], group: NonNullable<Hire['group']>, n: number): Hire[] {
  const rows = hires.filter((h) => h.group === group);
  if (rows.length !== 1 || typeof rows[0]!.count !== 'number') return [...hires];
  const left = rows[0]!.count - n;
  return hires.flatMap((h) => (h !== rows[0] ? [h] : left > 0 ? [{ ...h, count: left }] : []));
}

function takeBack(applicant: Applicant, denied: Understanding['reading']['denied'], newGroups: ReadonlySet<string> = new Set()): Applicant {
  let next = applicant;
  for (const d of denied) {
    if (d.path === 'groups' && next.type === 'person' && Array.isArray(d.value)) {
      const gone = new Set(d.value as string[]);
      const groups = (next.groups ?? []).filter((g) => !gone.has(g));
      next = { ...next, groups };
      if (groups.length === 0) delete (next as { groups?: unknown }).groups;
    } else if (d.path === 'hires[].group' && next.type === 'employer' && d.some !== undefined && !newGroups.has(d.value as string)) {
      // 其中一个不是贫困户: that many fewer of the group; the others stay as they were.
      next = { ...next, hires: fewer(next.hires ?? [], d.value as NonNullable<Hire['group']>, d.some) };
    } else if (d.path === 'hires[].group' && next.type === 'employer') {
      next = { ...next, hires: regroup(next.hires ?? [], d.value as NonNullable<Hire['group']>, newGroups) };
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
  // 这两年有没有新文件: a question of its own on a subject (有没有 + 政策/文件…), no reply's 有 or 没有.
  if (/(有没有|有没|是不是|会不会)[^，,。]{0,8}(政策|文件|方案|规定|通知|办法|项目|电话|热线)/.test(text)) return false;
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
  // 那技能鉴定在哪做: a follow-up with content of its own is searched on its own words; the
  // last turn only lends context, never its clause.
  // 那学电商找哪个部门: whom to ask about a subject of its own is that subject's, not the last topic's.
  const ownContent = followup && (!lastTurnSays(u.text, session, ctx) || (u.contact && subjectOf(u.text.replace(LEANS_BACK, '')) !== u.text.replace(LEANS_BACK, '')));
  // 这钱俺去哪申请, after a case: 这钱 is the last topic's money, whatever the intent was read as.
  const pointsBack = /这(个|笔|份)?(钱|补贴|补助|奖补)/.test(u.text);
  const topicId = u.topics[0] ?? ((followup && !ownContent) || pointsBack ? session.topics[0] : undefined);
  const named = topicId ? topicById(topicId) : undefined;
  // 项目制培训能搞告知承诺吗: the subject is named, but how applications are handled is asked,
  // which its own clause does not say: the clause that does is searched for.
  const handling = Boolean(named) && !u.contact && HOW_HANDLED.test(u.text) && !HOW_HANDLED.test(idx.byId.get(named!.clause)?.text ?? '');
  // 动漫游戏这一块 建技能大师工作室不: a field of another clause named beside the topic's word, with no
  // money asked — that clause answers, not the subsidy's card.
  const namedClause = named && !handling && !followup && !u.contact && !MONEY_OR_CASE.test(u.text) ? idx.byId.get(named.clause) : undefined;
  const field = namedClause ? fieldClause(u.text, namedClause, idx.list, named?.keywords) : undefined;
  const topic = handling || field ? undefined : named;
  const rule = topic ? ctx.catalogue.get(topic.id) : undefined;
  // 另一个事 / 换个话题 only announce the subject: they are not searched for.
  const own = u.text.replace(/^\s*(换个|换一个)(事|事儿|问题|话题)[,，:：\s]*|^\s*(另一个|另外一个|还有一个|还有个)(事|事儿|问题)[,，:：\s]*/, '');
  const query = followup && !ownContent ? `${session.lastQuery ?? topic?.name ?? ''} ${own}`.trim() : own;

  // A question about what a group gets (农民工培训有补贴吗) has its own answer, no search needed.
  // The group may be the asker's own (我是退役军人) or only the subject (农民工培训有补贴吗),
  // which the fact reader rightly does not take as a fact about the asker.
  const group = !followup ? (u.reading.patch.person.groups?.[0] ?? findGroups(u.text, []).find((g) => !g.denied && !g.asked)?.group) : undefined;
  // Whom to ask (退伍军人培训归哪管) is a contact question, not what the group gets.
  if (group && !(u.contact && u.parts.length < 2) && (!topic || GROUP_TOPICS.has(topic.id)) && asksWhatGroupGets(u.parts[0] ?? u.text) && !/生活费/.test(u.text)) {
    const input: GroupLookupInput = { question: u.text, group, clauses: idx.list, ...(ctx.catalogue.get(TRAINING) ? { trainingRule: ctx.catalogue.get(TRAINING)! } : {}) };
    return { draft: { kind: 'group', input }, state: { ...state, ...keepFacts(u, session), topics: topic ? [topic.id] : [], lastQuery: u.masked, lastClauses: [] } };
  }

  let main = topic ? idx.byId.get(topic.clause) : undefined;
  if (field) main = field;
  // 这个政策哪个部门管, or only a phone asked for (有没有电话可以打): the plan as a whole is its
  // issuer's, not the 责任单位 of whichever clause the words happen to match.
  // (投诉虚假培训骗补贴 这个方案里归谁管: a subject of its own is named — its clause's units answer.)
  const wholePlan = u.contact && !topic && ((WHOLE_PLAN.test(u.text) && !SUBJECT_BESIDE_PLAN.test(u.text)) || (PHONE_QUESTION.test(u.text) && !UNIT_QUESTION.test(u.text)));
  // Only the question itself is searched: a new topic is never steered by the last one's words.
  // Whom to ask about a subject (学养老护理找哪个单位): searched on the subject's own words.
  // 两后生三年培训多少人次: the target of the group asked about, not the plan's overall one.
  if (!main && !wholePlan && TARGET_ASKED.test(u.text)) main = targetClause(u.text, idx.list);
  // 区县政府负责什么: the clause stating that body's duties, not whichever names it.
  if (!main && !wholePlan && DUTY_ASKED.test(u.text)) main = dutyClause(u.text, idx.list);
  // 这个计划是哪几个部门负责, after a clause was answered: that clause's units.
  const lastClause = session.lastClauses?.[0] ? idx.byId.get(session.lastClauses[0]) : undefined;
  if (!main && u.contact && lastClause && /^(那)?(这个|这|那个|它)/.test(u.text.trim()) && subjectOf(u.text.replace(LEANS_BACK, '')).length <= 6) main = lastClause;
  // 验收得找哪个部门, mid-case about equipment: a step the last clause names is that clause's.
  const step = /验收|审核|核查|审批|拨付|认定|备案/.exec(u.text)?.[0];
  if (!main && u.contact && lastClause && step && lastClause.text.includes(step) && !u.topics.length) main = lastClause;
  if (!main && !wholePlan) {
    main = await ctx.search(u.contact && (!followup || ownContent) ? subjectOf(query.replace(LEANS_BACK, '')) : query);
    // 巧媳妇工程是干啥的: a phrase only one clause holds names it, whatever search ranked first.
    if (!followup || ownContent) main = phraseClause(u.text, main, idx.list) ?? main;
    // 家政这类培训 方案里提没提: a trade one of the plan's lists names, not the preamble search ranked first.
    if ((!followup || ownContent) && MENTION_ASKED.test(u.text)) main = listedClause(expandQuery(u.text).text, main, idx.list) ?? main;
  }
  if (u.contact && !TARGET_ASKED.test(u.text) && (!main || !u.parts.some((p) => !/找谁|哪个部门|哪几个(部门|单位)|哪些部门|几个部门|电话|热线|去哪|哪里|谁管|谁负责|归哪|联系/.test(p)))) {
    // A question only about whom to ask: the clause's 责任单位, else the issuer and the hotline.
    return {
      draft: { kind: 'contact', ...(main ? { clause: main } : {}), ...(rule ? { rule } : {}), question: u.text },
      state: { ...state, topics: topic ? [topic.id] : [], lastQuery: followup ? (session.lastQuery ?? u.masked) : u.masked, lastClauses: main ? [main.clause] : [] },
    };
  }
  if (!main) {
    // 贫困户家孩儿上技校 补助一年给多少, and no clause found: in the plan's field, so said to be
    // unsettled beside the closest sentence, not declined as if it were foreign.
    const open = inPlanField(u.text) ? (unsettledSubject(u.text, u.topics, (id) => ctx.catalogue.get(id)) ?? openInField(u.text)) : undefined;
    const clause = open ? ctx.idx.byId.get(open.clause) : undefined;
    if (open) return { draft: { kind: 'not_settled', subject: open, ...(clause ? { clause } : {}) }, state: { ...state, topics: [], lastQuery: u.masked, lastClauses: clause ? [clause.clause] : [] } };
    return { draft: { kind: 'decline', reason: 'not_covered' }, state: { ...state, topics: [], lastClauses: [] } };
  }
  // 弹性学分制 修满多少学分: the clause names the subject but states no detail of the kind asked.
  const detail = !u.contact && (!followup || ownContent) && u.parts.every((p) => !asksStatedDetail(p, main)) ? detailNotStated(u.text, main) : undefined;
  if (detail) {
    const kept = keepFacts(u, session);
    return { draft: { kind: 'not_settled', subject: detail, clause: main }, state: { ...state, ...kept, topics: topic ? [topic.id] : [], lastQuery: u.masked, lastClauses: [main.clause] } };
  }
  const expansion = expandQuery(followup ? u.text : query);
  // 打到合作社账上还是给那几个贫困户: whom the rule's own sentences give the money to, said first.
  const lead = asksWhoIsPaid(u.text, session) ? paidToLead((rule?.citations ?? []).map((c) => c.quote).join('；') || main.text) : undefined;
  const input: LookupInput = {
    question: followup ? u.text : query,
    main,
    ...(lead ? { lead } : {}),
    ...(rule ? { rule } : {}),
    brief: followup,
    ...(topic && session.applicant && session.topics.includes(topic.id) ? { caseHeld: true } : {}),
    ...(followup && session.lastQuery ? { extraTerms: [session.lastQuery] } : {}),
    // 补过三次了还能补吗: the limit's own words pick the sentence that states it.
    policyTerms: TIMES_USED.test(u.text) ? [...expansion.terms, ...LIMIT_TERMS] : expansion.terms,
    everydayWords: expansion.words,
    clauseText: (c) => idx.byId.get(c),
  };
  // A follow-up's own words the clause found does not use (鉴定): the plan says nothing of them.
  const unsaid = ownContent ? [...new Set([...u.text.matchAll(OWN_CONTENT_ALL)].map((m) => m[0]))].filter((w) => !main.text.includes(w)) : [];
  const kept = keepFacts(u, session);
  const ask = !followup && topic && !u.contact && u.parts.length < 2 ? firstFactToCompute(topic.id, u, kept.applicant, ctx) : undefined;
  const after: SessionState = {
    ...state,
    ...kept,
    topics: topic ? [topic.id] : [],
    lastQuery: followup ? (session.lastQuery ?? u.masked) : u.masked,
    lastClauses: [main.clause],
  };
  // The question asked after the rule is a dialogue's first: its bare reply (技能大师工作室) is a fact of the case.
  if (ask) Object.assign(after, { applicant: ask.applicant, pendingFact: ask.path, inDialogue: true, asked: { ...session.asked, [ask.path]: (session.asked?.[ask.path] ?? 0) + 1 } });
  return {
    draft: { kind: 'lookup', input, parts: u.parts, contact: u.contact, ...(unsaid.length > 0 ? { unsaid } : {}), ...(ask ? { ask } : {}) },
    state: after,
  };
}

/** Money, a case or its facts asked about: the subject's own rule answers, whatever else is named. */
const MONEY_OR_CASE = /补|钱|多少|能领|能拿|申请|申领|条件|资格|验收|设备|标准|金额|公司|企业|厂/;

/** Rules whose amount is computed from an employer's own figures: those reading its equipment items (bought, their value). */
const COMPUTED_FOR_EMPLOYER: ReadonlySet<TopicId> = new Set(RULES.filter((r) => r.audience === 'employer' && r.reads.some((p) => p.startsWith('equipment[]'))).map((r) => r.id as TopicId));
/** Asks whether something done gets the subsidy (买设备有补贴吗), not the plan's figures (最多补多少). */
const WHETHER_SUBSIDISED = /(有|给|能|可以|可|补)(没有|不|没)?(补贴|补助|补|钱)[^，,。]{0,2}(吗|么|嘛|不|没|没有)?[?？]?$|补不补|给不给|有没有(补贴|补助)/;
const ASKS_FIGURE = /多少|几|最多|最高|上限|比例|标准|条件|要求|怎么|如何|哪/;

/**
 * 工作室买设备有补贴吗: the rule answers, and the first fact its amount needs is asked, so the
 * asker's replies compute it (the kind of site, the value, the fund, the acceptance). Only for a
 * rule computed from the asker's own figures, asked whether it applies to something they did.
 */
function firstFactToCompute(id: TopicId, u: Understanding, known: Applicant | undefined, ctx: ResolveContext): { path: string; applicant: Applicant } | undefined {
  if (!COMPUTED_FOR_EMPLOYER.has(id) || !WHETHER_SUBSIDISED.test(u.text) || ASKS_FIGURE.test(u.text)) return undefined;
  let applicant: Applicant = known?.type === 'employer' ? known : { type: 'employer' };
  // Equipment bought is one item of the case, its facts asked one by one.
  if (applicant.type === 'employer' && !applicant.equipment?.length) applicant = { ...applicant, equipment: [{}] };
  const result = evaluateEligibility({ applicant, ...(u.asOf ? { asOf: u.asOf } : {}) }, { now: ctx.now, ...(ctx.parameters ? { parameters: ctx.parameters } : {}) }).results.find((r) => r.id === id);
  if (!result || result.status !== 'needs_info') return undefined;
  // The item's own facts first (what it was bought for): the kind of unit is asked after them.
  const wanted = [...result.missing.filter((p) => p !== 'entity'), ...result.missing.filter((p) => p === 'entity')];
  const path = wanted.find((p) => plainFact(p, applicant));
  return path ? { path, applicant } : undefined;
}

/** The words of a contact question that name no subject (找哪个单位, 归哪个局管, 电话多少). */
const CONTACT_WORDS = /找谁|找哪(个|家)?(单位|部门|局)?|哪个(部门|单位|局)|哪几个(部门|单位)|哪些部门|什么部门|谁负责|谁管|归哪(个)?(部门|单位|局)?(管)?|咨询电话|联系电话|电话(是)?多少|热线|联系方式|怎么联系|[？?。，,\s]/g;

/** Words that lean on the last turn without naming anything (那, 这个, 还有). */
const LEANS_BACK = /^(那么|那|还有|另外|再问一下|这个|这|它)|这个|那个/g;

/** A contact question's subject; the whole question when nothing else is left. */
function subjectOf(question: string): string {
  const rest = question.replace(CONTACT_WORDS, '');
  return rest.length >= 2 ? rest : question;
}

/** Words naming content of their own in a follow-up (证书, 鉴定, 评价 …). */
// The trades the plan names for training (五(一): 家政、养老服务、托幼、快递物流、保安、电商、汽修、电工…).
const OWN_CONTENT = /证书|鉴定|评价|等级|考证|目录|工种|新职业|系统|学徒|设备|教材|竞赛|大赛|培训收入|公用经费|收入|家政|养老|托幼|快递|物流|保安|电商|汽修|电工|手工/;
/** `OWN_CONTENT`, every occurrence (`matchAll` works on a copy, so one global pattern serves every call). */
const OWN_CONTENT_ALL = new RegExp(OWN_CONTENT.source, 'g');

/**
 * True when every content word of a follow-up (这个要拿到证书才给吗) is in what the last turn
 * answered from — its rule's quotes, else its clause — or it has none: then the last turn's
 * subject answers it. Otherwise (那技能鉴定在哪做) it is searched on its own words.
 */
function lastTurnSays(text: string, session: SessionState, ctx: ResolveContext): boolean {
  const words = [...text.matchAll(OWN_CONTENT_ALL)].map((m) => m[0]);
  if (words.length === 0) return true;
  const topic = session.topics[0] ? topicById(session.topics[0]) : undefined;
  const rule = topic ? ctx.catalogue.get(topic.id) : undefined;
  const said = rule ? rule.citations.map((c) => c.quote).join('') : (session.lastClauses ?? []).map((c) => ctx.idx.byId.get(c)?.text ?? '').join('');
  return words.every((w) => said.includes(w));
}

/** The plan as a whole, not one of its subjects. */
/** A misdeed or a complaint named beside the plan: the subject whose units are asked for. */
const SUBJECT_BESIDE_PLAN = /投诉|举报|虚假培训|骗补|骗取|套取|冒领|违规|假培训|不给发证|乱收费/;
const WHOLE_PLAN = /这个(政策|文件|方案)|这(政策|文件|方案)|本(政策|方案|文件)|该(政策|方案|文件)|整个(政策|方案)|^(请问)?(政策|文件|方案)/;

/** The first sentence of a focus rule's cited clauses that `fits`, from its first piece that `starts`. */
function ruleSentence(focus: readonly RuleResult[], ctx: ResolveContext, fits: (s: string) => boolean, starts: (piece: string) => boolean): { clause: string; text: string } | undefined {
  for (const r of focus) {
    for (const c of r.citations) {
      const sentence = (ctx.idx.byId.get(c.clause)?.text ?? '').split(/[。；]/).find(fits);
      if (!sentence) continue;
      // From the first piece that states it: the conditions before it are the verdict's.
      const pieces = sentence.split('，');
      const found = pieces.findIndex(starts);
      // (其中60%以上… needs the piece it is part of.)
      const from = found > 0 && /^其中/.test(pieces[found]!) ? found - 1 : found;
      return { clause: c.clause, text: pieces.slice(Math.max(0, from)).join('，') };
    }
  }
  return undefined;
}

/**
 * Details of a rule asked beside a case, quoted from its clause next to the verdict (which may
 * still wait on other facts): 一年能补几次 / 都补过三回了 还给补吗 — the yearly limit; 一线职工要占多少 /
 * 这样合规吗 with 一线 — the share for front-line training.
 */
function notesAsked(text: string, focus: readonly RuleResult[], ctx: ResolveContext): { notes?: Array<{ label: string; clause: string; text: string }> } {
  const notes: Array<{ label: string; clause: string; text: string }> = [];
  if (LIMIT_ASKED.test(text) || TIMES_USED.test(text)) {
    const limit = ruleSentence(focus, ctx, (x) => LIMIT_TERMS.filter((w) => x.includes(w)).length >= 2, (p) => LIMIT_TERMS.some((w) => p.includes(w)));
    if (limit) notes.push({ label: '次数', ...limit });
  }
  if (/一线/.test(text)) {
    const share = ruleSentence(focus, ctx, (x) => /一线/.test(x) && /\d+\s*%|百分之/.test(x), (p) => /一线|\d+\s*%/.test(p));
    if (share) notes.push({ label: '一线职工', ...share });
  }
  // 家里一年能补几个钱, of a rule whose sum the plan leaves to other rules: said so at once, whatever
  // the case still waits on (a question alone would read as if a figure were to come).
  if (/多少|几个钱|啥标准|什么标准|几百|几千|给多少|补多少/.test(text)) {
    const unfixed = focus.find((r) => r.status !== 'ineligible' && ctx.catalogue.get(r.id)?.amountRule.startsWith('本方案未定金额'));
    const clause = unfixed ? ctx.catalogue.get(unfixed.id)?.citations[0]?.clause : undefined;
    if (unfixed && clause) notes.push({ label: '金额', clause, text: `本方案没有规定${unfixed.title}的具体金额` });
  }
  return notes.length > 0 ? { notes } : {};
}

/** Facts stated along the way (我是退役军人，…) are kept for a later eligibility question. */
function keepFacts(u: Understanding, session: SessionState): Pick<SessionState, 'applicant'> {
  // 先放放 问个别的 技工学校的学生…: a question about others, asked beside a case under way, tells
  // nothing of that case (技工学校 is not the employer's kind).
  if (session.applicant && !OWN_WORDS.test(u.text)) return { applicant: session.applicant };
  const found = mergeFacts(session.applicant, u.reading.patch);
  const merged = found ? takeBack(found, u.reading.denied) : found;
  return merged && acceptsApplicant(merged) ? { applicant: merged } : session.applicant ? { applicant: session.applicant } : {};
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
function settledGroups(applicant: Applicant, focus: readonly RuleResult[], asOf: string | undefined, options: EvaluateOptions): SettledGroup[] {
  if (applicant.type !== 'employer' || (applicant.hires?.length ?? 0) < 2) return [];
  const whole = focus.find((r) => r.id === HIRING);
  if (!whole || (whole.status !== 'needs_info' && !(whole.status === 'eligible' && whole.amountYuan === null))) return [];
  const out: SettledGroup[] = [];
  applicant.hires!.forEach((h, index) => {
    const one = evaluateEligibility({ applicant: { ...applicant, hires: [h] }, ...(asOf ? { asOf } : {}) }, options).results.find((r) => r.id === HIRING);
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
