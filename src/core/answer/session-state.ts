/**
 * What a dialogue remembers between turns, and how a new message's facts are folded into it.
 * The state is plain JSON (stored in `ask_sessions.state`), so any replica can continue it.
 */
import type { Applicant, EmployerFacts, Hire, PersonFacts } from '../rules/schema.js';
import type { FactPatch } from './facts-from-text.js';
import type { TopicId } from './topics.js';

export interface SessionState {
  /** Facts gathered so far, in the eligibility contract's shape. */
  applicant?: Applicant;
  /** Topics of the last answered question, for follow-ups. */
  topics: TopicId[];
  /** The last lookup question, so 那最多几个月呢 can be searched with its subject. */
  lastQuery?: string;
  /** Clauses cited last turn. */
  lastClauses: string[];
  /** The fact the dialogue asked for last turn (request path), awaiting an answer. */
  pendingFact?: string;
  /** How many times each fact was asked, so an unanswerable question is not repeated forever. */
  asked: Record<string, number>;
  turns: number;
  /** Facts the person said they do not know (不知道): left open, not asked again right away. */
  unknown?: string[];
  /** The plan's end (2021-12-31) was told in this conversation: told once, not every turn. */
  periodTold?: boolean;
  /** The last turn ran the rules: more facts continue that dialogue. */
  inDialogue?: boolean;
  /**
   * A figure the last turn asked about ("您说的“60万”是指哪一项"): the reply that names one of
   * the choices places it there. Only for the turn right after.
   */
  pendingWhich?: PendingWhich;
  /**
   * The unit the case is about when the asker names several in turn (第一家, 第二家): the case
   * holds one unit's facts; the labels already used, so a later 第一家 is known as a way back.
   */
  caseLabel?: string;
  labelsUsed?: string[];
  /**
   * The facts the person's last message stated (request paths, rows as \`hires[]\`): a bare
   * correction right after (不对 是一百八十万) is of the fact just said when the case holds several.
   */
  lastSaid?: string[];
  /** Where the person said home, residence or work is (户口在商丘,住郑州): the place of a later training is read against it. */
  placesSaid?: string;
  /**
   * The unit's case set aside while a person's own question is answered (我自己想学个电工, in the
   * middle of the unit's 以工代训): brought back when a message returns to it (回到刚才 那3个人…).
   */
  parked?: { applicant: Applicant; topics: TopicId[]; pendingFact?: string };
  /** The person's case is a relative's, named in its first message (俺闺女学的育婴员). */
  kinCase?: boolean;
  /** Whose case it is, when a relative's (表弟): the facts are said back as theirs. */
  kin?: string;
  /** The unit said none of its hires had the pre-job subsidy (岗前补贴一个都没领): later hires take it too. */
  noneClaimedPreJob?: boolean;
  /** Facts the last message gave only roughly (90多万, 八九个月): 准确数是… next is their exact figure. */
  roughSaid?: string[];
  /**
   * The question the case waited on when the person asked something else in between (顺便问下
   * 生活费补贴…): a later message naming its subject (岗前补贴的事 都没领过) still answers it.
   */
  asidePending?: string;
}

/** A figure waiting for the person to say which fact it is. */
export interface PendingWhich {
  value: number;
  words: string;
  /** Each fact it could be: its request path and the words that name it (a RegExp source). */
  choices: Array<{ path: string; says: string }>;
}

/** The session with its parked unit's case brought back as the case under way (no parked case: as it is). */
export function withParkedCase(session: SessionState): SessionState {
  const parked = session.parked;
  if (!parked) return session;
  const back: SessionState = { ...session, applicant: parked.applicant, topics: parked.topics, inDialogue: true };
  delete back.parked;
  delete back.placesSaid;
  if (parked.pendingFact) back.pendingFact = parked.pendingFact;
  else delete back.pendingFact;
  return back;
}

export function freshState(): SessionState {
  return { topics: [], lastClauses: [], asked: {}, turns: 0 };
}

/** Reads a stored state defensively: unknown or broken JSON becomes a fresh state. */
export function parseState(raw: unknown): SessionState {
  const v = typeof raw === 'string' ? safeJson(raw) : raw;
  if (!v || typeof v !== 'object') return freshState();
  const s = v as Partial<SessionState>;
  return {
    ...(s.applicant && typeof s.applicant === 'object' ? { applicant: s.applicant } : {}),
    topics: Array.isArray(s.topics) ? s.topics : [],
    ...(typeof s.lastQuery === 'string' ? { lastQuery: s.lastQuery } : {}),
    lastClauses: Array.isArray(s.lastClauses) ? s.lastClauses : [],
    ...(typeof s.pendingFact === 'string' ? { pendingFact: s.pendingFact } : {}),
    asked: s.asked && typeof s.asked === 'object' ? s.asked : {},
    turns: typeof s.turns === 'number' ? s.turns : 0,
    ...(Array.isArray(s.unknown) ? { unknown: s.unknown.filter((u): u is string => typeof u === 'string') } : {}),
    ...(s.periodTold === true ? { periodTold: true } : {}),
    ...(s.inDialogue === true ? { inDialogue: true } : {}),
    ...(isPendingWhich(s.pendingWhich) ? { pendingWhich: s.pendingWhich } : {}),
    ...(typeof s.caseLabel === 'string' ? { caseLabel: s.caseLabel } : {}),
    ...(Array.isArray(s.labelsUsed) ? { labelsUsed: s.labelsUsed.filter((l): l is string => typeof l === 'string') } : {}),
    ...(Array.isArray(s.lastSaid) ? { lastSaid: s.lastSaid.filter((l): l is string => typeof l === 'string') } : {}),
    ...(typeof s.placesSaid === 'string' ? { placesSaid: s.placesSaid } : {}),
    ...(s.noneClaimedPreJob === true ? { noneClaimedPreJob: true } : {}),
    ...(s.kinCase === true ? { kinCase: true } : {}),
    ...(typeof s.kin === 'string' && s.kin.length <= 8 ? { kin: s.kin } : {}),
    ...(Array.isArray(s.roughSaid) ? { roughSaid: s.roughSaid.filter((l): l is string => typeof l === 'string') } : {}),
    ...(typeof s.asidePending === 'string' ? { asidePending: s.asidePending } : {}),
    ...(s.parked && typeof s.parked === 'object' && s.parked.applicant && typeof s.parked.applicant === 'object' && Array.isArray(s.parked.topics) ? { parked: s.parked } : {}),
  };
}

function isPendingWhich(v: unknown): v is PendingWhich {
  if (!v || typeof v !== 'object') return false;
  const w = v as Partial<PendingWhich>;
  return typeof w.value === 'number' && typeof w.words === 'string' && Array.isArray(w.choices) && w.choices.every((c) => c && typeof c.path === 'string' && typeof c.says === 'string');
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/**
 * The applicant after this message: the stored facts with the new ones laid over them.
 * A message about the other kind of applicant (a person, then 我们公司…) starts that
 * applicant afresh, since person facts say nothing about an employer.
 */
export function mergeFacts(current: Applicant | undefined, patch: FactPatch): Applicant | undefined {
  const audience = patch.audience ?? current?.type ?? inferAudience(patch);
  if (!audience) return current;
  if (audience === 'person') {
    const base: PersonFacts = current?.type === 'person' ? { ...current } : { type: 'person' };
    const groups = new Set([...(base.groups ?? []), ...(patch.person.groups ?? [])]);
    const next: PersonFacts = { ...base, ...patch.person, type: 'person' };
    if (groups.size > 0) next.groups = [...groups];
    return applyAt(next, patch.at);
  }
  const base: EmployerFacts = current?.type === 'employer' ? { ...current } : { type: 'employer' };
  const next: EmployerFacts = { ...base, ...patch.employer, type: 'employer' };
  if (patch.employer.equipment && base.equipment) {
    // New details refine the item at the same place: one item at a time refines the first; a
    // message naming two sites (工作室60万，基地200万) refines each in turn.
    const items = patch.employer.equipment;
    const length = Math.max(items.length, base.equipment.length);
    // 还有个技能大师工作室 设备40万, after a base: a site of another kind than any held is another item.
    const another = items.length === 1 && items[0]!.kind !== undefined && base.equipment.every((e) => e.kind !== undefined && e.kind !== items[0]!.kind);
    // 大师工作室那边统计出来了 一共12万, after a base and a studio: one item of a kind held once
    // refines that item, wherever it stands in the list.
    const sameKind = items.length === 1 && items[0]!.kind !== undefined ? base.equipment.flatMap((e, i) => (e.kind === items[0]!.kind ? [i] : [])) : [];
    // 烘焙那个是政府专项资金买的: an item named by the site's own name refines that site.
    const sameSite = items.length === 1 && items[0]!.site !== undefined ? base.equipment.findIndex((e) => e.site === items[0]!.site) : -1;
    if (sameSite >= 0) next.equipment = base.equipment.map((e, i) => (i === sameSite ? { ...e, ...items[0] } : e));
    else if (sameKind.length === 1 && base.equipment.length > 1) next.equipment = base.equipment.map((e, i) => (i === sameKind[0] ? { ...e, ...items[0] } : e));
    else next.equipment = another ? [...base.equipment, items[0]!] : Array.from({ length }, (_, i) => ({ ...base.equipment![i], ...items[i] }));
  }
  next.hires = mergeHires(base.hires ?? [], patch.hires, patch.hireDefaults, patch.lots);
  if (next.hires.length === 0) delete next.hires;
  return applyAt(next, patch.at);
}

/**
 * Facts at an exact path (a reply about one hire row, `hires[1].monthsEmployed`): a patch
 * cannot name a row by group, so the reader gives the row's index in the session's list.
 */
function applyAt(applicant: Applicant, at: FactPatch['at']): Applicant {
  let next = applicant;
  for (const [path, value] of Object.entries(at ?? {})) {
    // A row the session does not have is not invented by an index (it would be a hire of no group).
    const row = /^hires\[(\d+)\]/.exec(path);
    if (row && (next.type !== 'employer' || Number(row[1]) >= (next.hires?.length ?? 0))) continue;
    next = setFactAt(next, path, value);
  }
  return next;
}

function inferAudience(patch: FactPatch): 'person' | 'employer' | undefined {
  if (Object.keys(patch.employer).length > 0 || patch.hires.length > 0) return 'employer';
  if (Object.keys(patch.person).length > 0) return 'person';
  return undefined;
}

function mergeHires(current: Hire[], added: Hire[], defaults: FactPatch['hireDefaults'], lots?: FactPatch['lots']): Hire[] {
  const hires = current.map((h) => ({ ...h }));
  // 岗前都没领 另外还有个…: what the message says of them all holds for the earlier lots too.
  if (lots === 'append') return [...hires, ...added].map((h) => ({ ...h, ...definedOnly(defaults) }));
  if (lots === 'inherit') {
    const whole = hires.find((h) => h.group === added[0]?.group);
    const rows = added.map((h) => {
      const row = { ...(whole ? definedOnly({ ...whole, count: undefined }) : {}), ...definedOnly(h), ...definedOnly(defaults) } as Hire;
      // 都干够半年了, then a batch with 9 months of 以工代训: the whole group's months were a floor, and this batch passed it.
      if (h.monthsEmployed === undefined && row.monthsEmployed !== undefined && (row.onJobTrainingMonths ?? 0) > row.monthsEmployed) row.monthsEmployed = row.onJobTrainingMonths!;
      return row;
    });
    return [...hires.filter((h) => h !== whole), ...rows];
  }
  // A group told in parts (其中4个… 另外2个…) comes as several rows of one group: the n-th row of
  // a group in the message is the n-th row of that group in the case.
  const seen = new Map<Hire['group'], number>();
  // What the message says of one row by name stands beside what it says of them all.
  const ownSaid = new Map<Hire, Set<string>>();
  for (const h of added) {
    const n = seen.get(h.group) ?? 0;
    seen.set(h.group, n + 1);
    const same = hires.filter((x) => x.group === h.group)[n];
    const row = same ?? { ...h };
    if (same) Object.assign(same, definedOnly(h));
    else hires.push(row);
    ownSaid.set(row, new Set(Object.keys(definedOnly(h))));
  }
  // 干了6个月 said of "them": every hire, or a first unnamed hire when none is known yet.
  // (岗前补贴贫困户的领了 残疾人的没领: the last "没领" of the sentence is the disabled row's, not
  // a word on them all that would take back what was said of the poor households' row.)
  const d = definedOnly(defaults);
  if (Object.keys(d).length > 0) {
    if (hires.length === 0) hires.push({ ...d });
    else for (const h of hires) Object.assign(h, Object.fromEntries(Object.entries(d).filter(([k]) => !ownSaid.get(h)?.has(k))));
  }
  return hires;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Sets one fact by its request path (`certificate`, `hires[0].monthsEmployed`, `equipment[0].valueYuan`). */
export function setFactAt(applicant: Applicant, path: string, value: unknown): Applicant {
  const next = structuredClone(applicant) as unknown as Record<string, unknown>;
  const parts = path.replace(/^applicant\./, '').split('.');
  let target: Record<string, unknown> = next;
  for (let i = 0; i < parts.length - 1; i++) {
    const m = /^(\w+)\[(\d+)\]$/.exec(parts[i]!);
    if (m) {
      const arr = (target[m[1]!] as unknown[] | undefined) ?? [];
      target[m[1]!] = arr;
      const idx = Number(m[2]);
      while (arr.length <= idx) arr.push({});
      target = arr[idx] as Record<string, unknown>;
    } else {
      target[parts[i]!] = (target[parts[i]!] as Record<string, unknown> | undefined) ?? {};
      target = target[parts[i]!] as Record<string, unknown>;
    }
  }
  const last = parts[parts.length - 1]!;
  if (last === 'groups' && Array.isArray(value)) {
    const existing = Array.isArray(target.groups) ? (target.groups as unknown[]) : [];
    target.groups = [...new Set([...existing, ...value])];
  } else target[last] = value;
  return next as unknown as Applicant;
}
