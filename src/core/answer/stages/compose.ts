/**
 * Stage 3 — compose: the draft rendered as the answer people read, purely (no I/O). The
 * point first; the plan's period once per conversation when the answer is about what someone
 * can get or do; every part of a two-part question answered; whom to ask named from the
 * clause's 责任单位; on WeChat the extras dropped so it reads on a phone; citations labelled
 * with their clause's title.
 */
import { TARGET_ASKED, targetPassage } from '../clause-by-words.js';
import { extractResponsibleUnits } from '../../corpus/facts.js';
import { chinaDate } from '../../rules/policy.js';
import { RULES } from '../../rules/registry.js';
import type { Channel } from '../schema.js';
import type { ClauseIndex } from '../clause-index.js';
import {
  composeDecline,
  composeDocumentInfo,
  composeLookup,
  composeReask,
  composeReset,
  type ComposeContext,
  type Composed,
  type SourceClause,
} from '../compose-extractive.js';
import { composeDialogue } from '../compose-dialogue.js';
import { composeGroupLookup } from '../compose-group.js';
import { composeValidity } from '../compose-validity.js';
import { finishSentence, pickPassage, sentencesOf } from '../fragments.js';
import { statedNumbers } from '../numbers-check.js';
import { memoByText } from '../../cache/text-memo.js';
import { datedNote, periodNote, periodRecall } from '../period.js';
import { expandQuery } from '../../text/glossary.js';
import type { RuleMeta } from '../../rules/engine.js';
import type { Applicant } from '../../rules/schema.js';
import { followUpFor } from '../fact-words.js';
import { ANSWERS } from '../../rules/registry.js';
import { CONTACT_QUESTION, openInField, PHONE_QUESTION, UNIT_QUESTION } from '../scope.js';
import type { Draft } from './resolve.js';

export interface ComposeStageContext extends ComposeContext {
  idx: ClauseIndex;
  catalogue: ReadonlyMap<string, RuleMeta>;
  channel: Channel;
  /** The date the answer is for (a dated question's, else today in China). */
  asOf: string;
  /** The question named its date (2020年…). */
  dated: boolean;
  /** The plan's end was told earlier in this conversation. */
  periodTold: boolean;
}

export interface ComposeResult {
  composed: Composed;
  /** This answer told the plan's end. */
  toldPeriod: boolean;
}

/** Renders one draft. */
export function compose(draft: Draft, ctx: ComposeStageContext): ComposeResult {
  let composed = render(draft, ctx);
  let toldPeriod = false;
  // What someone can get or do: the plan's end, once; a dated question, the date it is for.
  const aboutBenefits = ['eligibility', 'lookup', 'group', 'not_settled', 'contact'].includes(draft.kind) && composed.answered;
  if (aboutBenefits) {
    const note = ctx.dated ? datedNote(ctx.asOf) : undefined;
    // A deadline asked: the plan's own end is the one date that matters, so it is said again.
    const deadline = draft.kind === 'not_settled' && /^(deadline|payment_time)$/.test(draft.subject.id);
    const ended = ctx.periodTold ? undefined : periodNote(ctx.asOf);
    // Told already, it is recalled in a few words (the dates once per conversation).
    // An answer that says someone qualifies, told after the dates were given, recalls in a few
    // words that the plan ended: read alone (forwarded, screenshotted), it must not read as money
    // that can still be claimed.
    // 那明年呢 / 以后还有吗: a year after the plan's end asked about is answered with its end again.
    const later = ctx.periodTold && !ctx.dated && Boolean(periodNote(ctx.asOf)) && LATER_YEARS.test(questionOf(draft));
    const granted = later || (draft.kind === 'eligibility' && ctx.periodTold && !ctx.dated && Boolean(periodNote(ctx.asOf)) && draft.focus.some((r) => r.status === 'eligible'));
    const line = note ?? ended ?? (deadline && !ctx.dated ? '注意：本方案已结束，按本方案申报的期限早已过去。' : granted ? periodRecall() : undefined);
    if (line) {
      composed = { ...composed, answer: insertBeforeTail(composed.answer, line) };
      toldPeriod = Boolean(ended && !note);
    }
  }
  // 我是残疾人 想学个手艺 这事归哪个部门管: the group's clause names who is responsible; that is
  // the question, so it leads.
  if (draft.kind === 'group' && composed.answered && CONTACT_QUESTION.test(draft.input.question)) composed = withUnitsFirst(composed, ctx);
  // 找谁办 asked with a case: whom to turn to, said even while a fact is still asked for.
  // 能补多少？多久能到账: the second part, which the plan does not settle, answered as such.
  if (draft.kind === 'eligibility' && draft.unitOnly) composed = { ...composed, answer: insertBeforeTail(composed.answer, ANSWERS.texts.employerOnlySubsidy) };
  // 一年能补几次: the limit answered in the rule's words, whatever the case still waits on.
  // (A note the verdict already says, spaces aside, is not said twice.)
  if (draft.kind === 'eligibility') for (const n of draft.notes ?? []) if (!composed.answer.replace(/\s+/g, '').includes(n.text.split('，')[0]!.replace(/\s+/g, ''))) composed = { ...composed, answer: insertBeforeTail(composed.answer, `${n.label}：${n.text}（${n.clause}）。`) };
  if (draft.kind === 'eligibility' && draft.aside) composed = { ...composed, answer: insertBeforeTail(composed.answer, `另外，本方案没有规定${draft.aside}，以当地人社部门的规定为准。`) };
  if (draft.kind === 'eligibility' && draft.contact && !/(^|\n)办理：/.test(composed.answer)) {
    const where = draft.applicant.type === 'employer' ? '所在地县（市、区）人社部门' : '户籍地、常住地或求职就业地的人社部门';
    composed = { ...composed, answer: insertBeforeTail(composed.answer, `办理：${where}${ctx.hotline ? `，咨询电话：${ctx.hotline}` : ''}。`) };
  }
  // 现在还能申请吗 is answered with the plan's end: told, whatever was told before.
  if (draft.kind === 'validity') toldPeriod = true;
  // A question whether the plan still holds is answered with its end, whenever asked.
  if (draft.kind === 'document' && !ctx.dated) {
    const ended = periodNote(ctx.asOf);
    if (ended && /有效|过期|到期|截止|还能|现在|结束/.test(draft.question)) {
      composed = { ...composed, answer: insertBeforeTail(composed.answer, ended) };
      toldPeriod = true;
    }
  }
  // A phone number asked along the way (这个方案谁发的 有热线吗): the plan has none; say so.
  if ((draft.kind === 'document' || draft.kind === 'lookup') && composed.answered && PHONE_QUESTION.test(questionOf(draft)) && !/(^|\n)电话：/.test(composed.answer)) {
    composed = { ...composed, answer: insertBeforeTail(composed.answer, phoneLine(ctx)).replace(/\n办理：[^\n]*/, '') };
  }
  if (ctx.channel === 'wechat') composed = { ...composed, answer: forPhone(composed.answer) };
  composed = { ...composed, citations: oneCitationPerClause(composed.citations.map((c) => (c.title ? c : { ...c, ...titleOf(c.clause, draft, ctx) }))) };
  return { composed, toldPeriod };
}

/** The responsible units of the answer's first cited clause, put first (负责单位：…（三(二)）). */
function withUnitsFirst(composed: Composed, ctx: ComposeStageContext): Composed {
  const first = composed.citations[0];
  const clause = first ? ctx.idx.byId.get(first.clause) : undefined;
  const units = clause ? extractResponsibleUnits(clause.text) : [];
  if (!clause || units.length === 0) return composed;
  return { ...composed, answer: `负责单位：${units.join('、')}（${clause.clause}）。\n${composed.answer}` };
}

function render(draft: Draft, ctx: ComposeStageContext): Composed {
  const byId = (c: string) => ctx.idx.byId.get(c);
  switch (draft.kind) {
    case 'reset':
      return composeReset(ctx);
    case 'decline':
      return composeDecline(draft.reason, ctx, draft.ended ? periodNote(ctx.asOf) : undefined);
    case 'which':
      return composeWhich(draft);
    case 'other_unit':
      return dialogueLine(`现在算的是${draft.current || '另一家单位'}。${draft.label}的情况我这里没有单独保存，为免混在一起，请把${draft.label}的情况完整再说一遍（单位类型、社保、吸纳人员和人数、月数、岗前补贴），我单独算。您现在要说${draft.label}吗？`, true, ctx);
    case 'reask':
      return composeReask(draft.path, draft.applicant, draft.rough) ?? composeDecline('not_covered', ctx);
    case 'ack':
      // Nothing of the plan is answered: the case is only kept.
      return dialogueLine('好的。还有别的情况（比如另一批人员、别的补贴）可以直接告诉我；要从头算可以说“重新开始”。', false, ctx);
    case 'unclear':
      return dialogueLine('这句话我没看明白它改的是哪一项，先不改动。您要改的是哪一项？可以直接说，例如“人数是3个”“以工代训5个月”“岗前补贴领过了”；不确定的可以说“不清楚”，也可以说“重新开始”。', true, ctx);
    case 'document':
      return composeDocumentInfo(draft.question, ctx.idx.doc!, byId('head'), byId('tail'), ctx);
    case 'group': {
      const found = composeGroupLookup(draft.input, ctx);
      if (found) return found;
      // 贫困户家孩儿上技校 补助一年给多少: a group named, nothing of the plan said of it for that —
      // in the plan's field, so unsettled beside the closest sentence rather than declined.
      const open = openInField(draft.input.question);
      const clause = open ? byId(open.clause) : undefined;
      return open ? composeNotSettled({ kind: 'not_settled', subject: open, ...(clause ? { clause } : {}) }, ctx) : composeDecline('not_covered', ctx);
    }
    case 'not_settled':
      return composeNotSettled(draft, ctx);
    case 'contact':
      return composeContact(draft.question, draft.clause, ctx);
    case 'validity':
      return composeValidity({ query: draft.query, ...(draft.clause ? { clause: draft.clause } : {}), ...(draft.rule ? { rule: draft.rule } : {}), clauseText: byId }, { ...ctx, ...(byId('head') ? { head: byId('head')! } : {}) });
    case 'lookup': {
      let base = answerEveryPart(composeLookup(draft.input, ctx), draft, ctx);
      // Said plainly when the plan has no word for what the follow-up asks (技能鉴定): the nearest clause follows.
      if (draft.unsaid?.length) base = { ...base, answer: `本方案没有写到“${draft.unsaid.join('、')}”，相关的规定是：\n${base.answer}` };
      const pool = [
        ...(draft.input.rule?.citations ?? []).map((c) => ({ clause: c.clause, quote: c.quote })),
        ...sentencesOf(draft.input.main.text).map((quote) => ({ clause: draft.input.main.clause, quote })),
      ];
      const quoted = quoteEveryFigure(base, pool, (c) => byId(c)?.docId ?? draft.input.main.docId);
      return draft.ask ? withQuestion(quoted, draft.ask.path, draft.ask.applicant) : quoted;
    }
    case 'eligibility':
      return composeDialogue({ ...draft, clauseText: byId, ruleInfo: (id) => ctx.catalogue.get(id) }, ctx);
  }
}

/**
 * The rule's answer followed by the first question its amount needs (请问：这批设备用于哪一类建设？),
 * in place of the hint how to ask for a computation.
 */
function withQuestion(base: Composed, path: string, applicant: Applicant): Composed {
  const followUp = followUpFor(path, applicant);
  if (!followUp) return base;
  const quick = followUp.options.length > 0 && followUp.options.length <= 8 ? `（可回复：${followUp.options.map((o) => o.label).join(' / ')}）` : '';
  const lines = base.answer.replace(/想算能[^\n]*/, '').split('\n');
  const at = lines.findIndex((l) => l.startsWith('依据：'));
  lines.splice(at >= 0 ? at : lines.length, 0, `请问：${followUp.question}${quick}`);
  const answer = lines.join('\n');
  return { ...base, answer, followUp };
}

/** "本方案没有规定…", what the plan does say, where to ask. Never a figure from another rule. */
function composeNotSettled(draft: Extract<Draft, { kind: 'not_settled' }>, ctx: ComposeStageContext): Composed {
  // An amount: said in the plain words people look for (职业培训补贴：本方案没有规定具体金额).
  const amountOf = /^(.+)的具体金额$/.exec(draft.subject.what)?.[1];
  const lines = [amountOf ? `${amountOf}：本方案没有规定具体金额。` : `本方案没有规定${draft.subject.what}。`];
  const citations: Composed['citations'] = [];
  if (draft.clause) {
    // A sentence whose words state a sum (按每人每月200元…) would read as an answer to the sum asked.
    const quotes = sentencesOf(draft.clause.text).filter((s) => draft.subject.quote.test(s)).map((s) => narrowTo(s, draft.subject.quote));
    const quote = quotes.find((q) => !STATES_SUM.test(q)) ?? sentencesOf(draft.clause.text).map((s) => s.replace(/[。；]$/, '')).find((s) => !STATES_SUM.test(s) && s.length <= 70);
    if (quote) {
      lines.push(`方案写的是：“${quote}”（${draft.clause.clause}）。`);
      citations.push({ docId: draft.clause.docId, clause: draft.clause.clause, quote });
    }
  }
  // The other parts of the question, each left open too: one line each, with the clause nearest to it.
  for (const a of draft.also ?? []) {
    const what = /^(.+)的具体金额$/.exec(a.subject.what)?.[1];
    lines.push(`${what ? `${what}的具体金额` : a.subject.what}：本方案也没有规定${a.clause ? `（相关条款：${a.clause.clause}）` : ''}。`);
    const quote = a.clause ? sentencesOf(a.clause.text).find((x) => a.subject.quote.test(x)) : undefined;
    if (a.clause && quote && !citations.some((c) => c.clause === a.clause!.clause)) citations.push({ docId: a.clause.docId, clause: a.clause.clause, quote: narrowTo(quote, a.subject.quote) });
  }
  const where = draft.audience === 'employer' ? '可向所在地县（市、区）人社部门咨询' : '以当地人社部门公布的规定为准，可向其咨询';
  lines.push(`办理：${where}${ctx.hotline ? `，咨询电话：${ctx.hotline}` : ''}。`);
  if (citations.length > 0) lines.push(`依据：${ctx.docNo} ${citations.map((c) => c.clause).join('、')}。`);
  return { answer: lines.join('\n'), answered: true, citations, sourceTexts: [draft.clause, ...(draft.also ?? []).map((a) => a.clause)].filter((c): c is SourceClause => c !== undefined).map((c) => c.text) };
}

/** The comma-separated run of a long sentence that holds the match (a quote reads on a phone). */
/** A sum of money stated (200元, 50万元). */
const STATES_SUM = /\d+(\.\d+)?\s*万?元/;
/** What the plan says is given (给予资金补贴, 按照相关规定给予…). */
const GIVES = /(给予|按规定|按照相关规定)[^，,]{0,8}(补贴|补助|奖补|支持)/;

function narrowTo(sentence: string, re: RegExp): string {
  // A short sentence reads whole, unless it carries a figure of another rule (其中60%以上… 也可用于“师带徒”).
  if (sentence.length <= 70 && !/\d/.test(sentence)) return sentence;
  const parts = sentence.split(/(?<=[，,])/);
  const i = parts.findIndex((p) => re.test(p));
  if (i < 0) return sentence.slice(0, 70);
  let text = parts[i]!;
  // A part ending in a condition (…的，) needs the next one to read.
  if (i + 1 < parts.length && (/的[，,]$/.test(text) || text.length < 12) && !/\d/.test(parts[i + 1]!)) text += parts[i + 1]!;
  // …学徒制，三年培养新型学徒2万名以上，按照相关规定给予资金补贴: the parts that go on about the same
  // subject, up to what the plan says is given, read with it — without another rule's sum or share.
  for (let j = i + 1; j < parts.length && text.length < 90; j++) {
    const next = parts[j]!;
    if (text.includes(next)) continue;
    const gives = (p: string | undefined) => p !== undefined && GIVES.test(p);
    const ownFigure = (p: string) => STATES_SUM.test(p) || p.includes('%');
    if (ownFigure(next) || !(re.test(next) || gives(next) || (gives(parts[j + 1]) && !ownFigure(parts[j + 1]!)))) break;
    text += next;
  }
  return text.replace(/[，,。]$/, '');
}

/**
 * The plan names no phone number: said so, with the hotline when one is configured, else the
 * local office — never a number the sources lack.
 */
function phoneLine(ctx: ComposeContext): string {
  return ctx.hotline ? `电话：本方案没有写联系电话，可拨打咨询电话${ctx.hotline}，或到当地人社部门咨询。` : '电话：本方案没有写联系电话，可到所在地县（市、区）人社部门咨询。';
}

/** Years after the plan's end (明年, 以后, 往后): what the plan says holds for none of them. */
const LATER_YEARS = /明年|后年|以后|往后|将来|今后|下一年|下年/;

function questionOf(draft: Draft): string {
  return draft.kind === 'document' || draft.kind === 'contact' ? draft.question : draft.kind === 'lookup' ? draft.input.question : '';
}

/** Whom to ask: the clause's 责任单位, else the plan's issuing office; and the hotline. */
/** Steps a clause may say who performs (验收, 审核 …). */
const STEPS = ['验收', '审核', '核查', '审批', '拨付', '认定', '备案', '申报'] as const;

/** The body the clause says performs the step the question asks about, with the words saying so. */
function stepBody(question: string, text: string): { step: string; body: string; quote: string } | undefined {
  const step = STEPS.find((s) => question.includes(s));
  if (!step) return undefined;
  const m = new RegExp(`(经|由)((?:所在地)?[^，。；,;]{2,24}?(?:部门|局|机构|政府))(?:负责|组织|统一)?${step}`).exec(text);
  return m ? { step, body: m[2]!, quote: m[0] } : undefined;
}

function composeContact(question: string, clause: SourceClause | undefined, ctx: ComposeStageContext): Composed {
  const lines: string[] = [];
  const citations: Composed['citations'] = [];
  const sources: string[] = [];
  const units = clause ? extractResponsibleUnits(clause.text) : [];
  const tail = ctx.idx.byId.get('tail');
  const issuer = tail ? /主办[:：]\s*([^\s，。]+)/.exec(tail.text)?.[1] : undefined;
  // 验收找哪个部门: the clause names who does that step (经所在地人力资源社会保障和财政部门验收合格) —
  // that body answers, before the clause's 责任单位.
  const step = clause ? stepBody(question, clause.text) : undefined;
  if (clause && step) {
    lines.push(`${step.step}由${step.body}负责（${clause.clause}）。`);
    citations.push({ docId: clause.docId, clause: clause.clause, quote: step.quote });
    sources.push(clause.text);
  }
  if (clause && units.length > 0) {
    lines.push(`${step ? '该条的' : ''}负责单位：${units.join('、')}（${clause.clause}）。`);
    const note = /[（(]责任(单位|分工)[:：][^）)]*[）)]/.exec(clause.text.replace(/\s+/g, ''))?.[0];
    citations.push({ docId: clause.docId, clause: clause.clause, quote: note ? note.replace(/^[（(]|[）)]$/g, '') : units.join('、') });
    sources.push(clause.text);
  } else if (issuer && tail) {
    lines.push(`本方案由${issuer}主办。`);
    citations.push({ docId: tail.docId, clause: 'tail', quote: `主办：${issuer}` });
    sources.push(tail.text);
  }
  // Asked for a phone: the plan gives none — said so, with the hotline or the local office.
  if (PHONE_QUESTION.test(question)) lines.push(phoneLine(ctx));
  else lines.push(`办理：可到所在地县（市、区）人社部门咨询${ctx.hotline ? `，咨询电话：${ctx.hotline}` : ''}。`);
  if (citations.length > 0) lines.push(`依据：${ctx.docNo} ${citations.map((c) => c.clause).join('、')}。`);
  return { answer: lines.join('\n'), answered: true, citations, sourceTexts: sources };
}

/** Adds the answer to each further part of a two-part question the first answer missed. */
function answerEveryPart(base: Composed, draft: Extract<Draft, { kind: 'lookup' }>, ctx: ComposeStageContext): Composed {
  if (draft.parts.length < 2 && !draft.contact) return base;
  const lines = base.answer.split('\n');
  const cite = lines.findIndex((l) => l.startsWith('依据：'));
  const extra: string[] = [];
  const citations = [...base.citations];
  const main = draft.input.main;
  const units = draft.input.rule?.citations.map((c) => c.quote) ?? [];
  // Every part, the first too: the first answer may have taken its words from the second part.
  for (const part of draft.parts.length > 1 ? draft.parts : []) {
    if (/找谁|哪个部门|哪些部门|哪个单位|谁负责|谁管|归哪|去哪|哪里办|在哪办|电话/.test(part)) continue;
    const pool = units.length > 0 ? units : sentencesOf(main.text);
    const expansion = expandQuery(part);
    const passage = pickPassage(part, pool, { maxChars: 80, policyTerms: expansion.terms, everydayWords: expansion.words });
    if (passage.score <= 0 || passage.quotes.every((q) => base.answer.includes(q))) continue;
    extra.push(finishSentence(passage.text));
    for (const q of passage.quotes) if (!citations.some((c) => c.quote === q)) citations.push({ docId: main.docId, clause: main.clause, quote: q });
  }
  // 退役军人三年培训多少人次 归哪个部门管: the target asked for, when the first answer gave only the units.
  if (TARGET_ASKED.test(draft.input.question) && !/\d+(\.\d+)?万?(人次|名)/.test(base.answer)) {
    const target = targetPassage(draft.input.question, main);
    if (target) {
      extra.push(`三年目标：${finishSentence(target)}`);
      if (!citations.some((c) => c.quote === target)) citations.push({ docId: main.docId, clause: main.clause, quote: target });
    }
  }
  // The 责任单位 when an office was asked for; a phone alone is answered by the phone line.
  if (draft.contact && UNIT_QUESTION.test(draft.input.question) && !base.answer.includes('责任单位：')) {
    const units = extractResponsibleUnits(main.text);
    if (units.length > 0) extra.push(`负责单位：${units.join('、')}（${main.clause}）。`);
  }
  if (extra.length === 0) return base;
  const at = cite >= 0 ? cite : lines.length;
  // The extra answers sit right after the first one, before 办理 and 依据.
  const firstTail = lines.findIndex((l) => /^(办理|依据|金额|条件)：/.test(l));
  lines.splice(firstTail >= 0 ? Math.min(firstTail, at) : at, 0, ...extra);
  return { ...base, answer: lines.join('\n'), citations };
}

/**
 * A quoted citation holds every figure the answer states: a figure no quote has yet (the
 * amount line under an excerpt about something else) brings the shortest sentence stating it.
 */
function quoteEveryFigure(composed: Composed, pool: ReadonlyArray<{ clause: string; quote: string }>, docOf: (clause: string) => string): Composed {
  const quoted = () => composed.citations.map((c) => c.quote);
  const citations = [...composed.citations];
  for (const n of statedNumbers(composed.answer)) {
    const has = (text: string) => statedValues(text).has(n.value);
    if (quoted().some(has) || citations.some((c) => has(c.quote))) continue;
    const best = pool.filter((p) => has(p.quote)).sort((a, b) => a.quote.length - b.quote.length)[0];
    if (best && !citations.some((c) => c.quote === best.quote)) citations.push({ docId: docOf(best.clause), clause: best.clause, quote: best.quote });
  }
  return citations.length === composed.citations.length ? composed : { ...composed, citations };
}

/**
 * The values `statedNumbers` finds in a quote. The quotes are the clauses' sentences and the
 * rules' citations, read for every figure of every answer: kept, not read again each time.
 */
const statedValues = memoByText((text: string): ReadonlySet<number> => new Set(statedNumbers(text).map((m) => m.value)));

/**
 * Each clause cited once: quotes of the same clause joined (a quote another already contains
 * dropped), so every figure any of them held stays quoted and a reader sees the clause once.
 */
export function oneCitationPerClause(citations: Composed['citations']): Composed['citations'] {
  const out: Composed['citations'] = [];
  for (const c of citations) {
    const same = out.findIndex((x) => x.clause === c.clause && x.docId === c.docId);
    if (same < 0) {
      out.push({ ...c });
      continue;
    }
    const prev = out[same]!;
    const quotes = prev.quote.split('；');
    if (quotes.some((q) => q.includes(c.quote))) continue;
    const kept = quotes.filter((q) => !c.quote.includes(q));
    out[same] = { ...prev, ...(prev.title ? {} : c.title ? { title: c.title } : {}), quote: [...kept, c.quote].join('；') };
  }
  return out;
}

/** Puts a line before the answer's tail (请问/办理/依据), so the point stays first. */
function insertBeforeTail(answer: string, line: string): string {
  const lines = answer.split('\n');
  const at = lines.findIndex((l) => /^(请问|办理|依据)：/.test(l));
  lines.splice(at >= 0 ? at : lines.length, 0, line);
  return lines.join('\n');
}

/**
 * On a phone (WeChat aims under 200 characters): the worked-example hints go; then, while
 * still long, an amount line the first line already states, conditions beyond the first two,
 * and the longer form of the next step. The point, the next step and the clause stay.
 */
function forPhone(answer: string, max = 200): string {
  const HINT = /想(算能拿多少|算能补多少|知道自己能不能领|知道自己能享受哪些|知道自己能领哪些)/.source;
  // A worked example (可直接说：“…”) is the first thing to go; a hint asking for the facts, the last.
  // (A group's answer asks back its conditions — 想知道这次能不能领：…？ — and goes as early: on a
  // phone the rule's limit is worth more than the question, which the next reply can still take.)
  const EXAMPLE = new RegExp(`${HINT}，可直接说：?“[^”]*”。?|想知道这次能不能领：[^？\n]*？`, 'g');
  const ASKED = new RegExp(`${HINT}：[^？\n]*？`, 'g');
  let lines = answer
    .split('\n')
    .filter((l) => l.trim());
  const long = () => lines.join('\n').length > max;
  if (long()) lines = lines.map((l) => l.replace(EXAMPLE, '')).filter((l) => l.trim());
  if (long()) {
    const first = lines[0] ?? '';
    // Only a line whose figures the first line repeats: 金额：本方案没有规定具体金额 has none and stays.
    lines = lines.filter((l) => !(l.startsWith('金额：') && /\d/.test(l) && (l.match(/\d+(\.\d+)?/g) ?? []).every((n) => first.includes(n))));
  }
  // A group's answer: the three-year target is the plan's, not the person's; the conditions
  // repeat what the subsidy line says (户籍地…取得相应证书的).
  if (long()) lines = lines.map((l, i) => (i === 0 ? l.replace(/，三年(目标：)?[^（，]*人次(以上)?(?=（[^）]*）。$)/, '') : l));
  if (long() && lines.some((l) => l.startsWith('补贴：'))) lines = lines.filter((l) => !l.startsWith('条件：'));
  // What the plan also encourages (另外，方案鼓励…) is background, not the answer; what it leaves
  // open (另外，本方案没有规定…) answers a part of the question and stays.
  if (long()) lines = lines.filter((l, i) => i === 0 || !l.startsWith('另外，') || l.startsWith('另外，本方案没有规定'));
  if (long()) lines = lines.map((l) => (l.startsWith('补贴：') ? l.replace(/，同一职业同一等级不可重复享受(?=（[^）]*）。$)/, '') : l));
  if (long()) lines = lines.map((l) => (l.startsWith('补贴：') ? l.replace(/，原则上[^（]*(?=（[^）]*）。$)/, '') : l));
  if (long()) lines = lines.map((l) => (l.startsWith('条件：') ? `${l.replace(/。$/, '').split('；').slice(0, 2).join('；')}。` : l));
  if (long()) lines = lines.map((l) => (l.startsWith('条件：') ? `${l.replace(/。$/, '').split('；')[0]}。` : l));
  if (long()) {
    lines = lines.map((l) =>
      l
        .replace(/^办理：可向(户籍地、常住地或求职就业地的人社部门或培训机构|所在地县（市、区）人社部门|当地人社部门)咨询(报名|申领)?。咨询电话：(\S+?)。$/, '办理：当地人社部门，电话$3。')
        .replace(/^办理：可向(户籍地、常住地或求职就业地的人社部门或培训机构|所在地县（市、区）人社部门)咨询(报名|申领)。/, '办理：可向当地人社部门咨询。')
        .replace(/^办理：具体以当地人社部门公布的规定为准，可向当地人社部门咨询，咨询电话：(\S+?)。$/, '办理：以当地人社部门公布的规定为准，电话$1。'),
    );
  }
  // The arithmetic's fine print (rounding to the yuan) and long lists of options say little on
  // a phone: the amount and the question stay, the quick replies carry the options.
  if (long()) {
    lines = lines.map((l) =>
      l
        .replace(/[；;]\s*金额按分精确计算，最后向下取整到元（不足 1 元的部分不计）(，计 \d+ 元)?/g, '')
        // The cap not reached says nothing the amount does not; the rule's long name has a short one.
        .replace(/（未超过上限 (\d+ 元|\d+万元)）/g, '')
        .replace(/^· 高技能人才培训基地、技能大师工作室实训设备补助/, '· 实训设备补助')
        .replace(/1 个月 \/ 2 个月 \/ 3 个月 \/ 4 个月 \/ 5 个月/, '1～5 个月')
        .replace(/没有开展请选“没有”。(?=（可回复：没有)/, '')
        .replace(/^金额：本方案未列金额：.*$/, '金额：本方案未列具体金额，按当地补贴标准执行。'),
    );
  }
  // Said twice: a reply noted (记下了：…) and then the whole reading said back (按您说的：…).
  if (long() && lines.some((l) => l.startsWith('按您说的：'))) lines = lines.filter((l) => !l.startsWith('记下了：'));
  if (long()) {
    lines = lines.map((l) =>
      l
        .replace(/^按您说的：单位是企业；企业已参保/, '按您说的：企业已参保')
        .replace(/：还需确认几项情况(（已知：[^）]*）)?。$/, '：还需确认$1。')
        .replace(/（未注明名称）/g, '')
        .replace(/（企业所得税税前扣除额 \d+ 元（不是现金补贴，不发放现金）：/, '（不是现金补贴；')
        .replace(/^办理：在企业所得税申报时按规定税前扣除，可向主管税务机关咨询。咨询电话：(\S+?)。$/, '办理：申报企业所得税时扣除，具体问主管税务机关；政策热线$1。'),
    );
  }
  // Still long: the conditions line goes (the first line states the rule, the clause is cited).
  if (long()) lines = lines.filter((l, i) => i === 0 || !l.startsWith('条件：'));
  if (long()) lines = lines.filter((l) => l !== '金额：每个基地或工作室。');
  if (long()) lines = lines.map((l) => (l.startsWith('补贴：') ? LATER_QUOTES.reduce((x, q) => x.replace(`，${q}`, ''), l) : l));
  // The hint asks for the facts that give a figure — what to do next — so it goes last.
  if (long()) lines = lines.map((l) => l.replace(ASKED, '')).filter((l) => l.trim());
  return lines.join('\n');
}

/**
 * Quotes a rule cites from a clause it has already quoted (a limit after the grant): a 补贴 line
 * that joins them may drop these first when the reply is too long.
 */
const LATER_QUOTES = RULES.flatMap((r) => r.citations.filter((c, i) => r.citations.slice(0, i).some((p) => p.clause === c.clause)).map((c) => c.quote));

function titleOf(clause: string, draft: Draft, ctx: ComposeStageContext): { title?: string } {
  const rule = draft.kind === 'lookup' ? draft.input.rule : draft.kind === 'contact' || draft.kind === 'validity' ? draft.rule : undefined;
  if (rule && rule.citations.some((c) => c.clause === clause)) return { title: rule.title };
  const t = ctx.idx.titleOf.get(clause);
  return t ? { title: t.replace(/^[（(][一二三四五六七八九十]+[）)]\s*/, '').replace(/[。.]$/, '') } : {};
}

/** Today's date in China, for answers not dated by the question. */
export function todayIn(now: Date): string {
  return chinaDate(now);
}

/** 您说的“6”是指哪一项: a figure placed by the person, never by a guess. */
function composeWhich(draft: Extract<Draft, { kind: 'which' }>): Composed {
  const answer = draft.relative
    ? `您说“${draft.figure}”：请直接说改正后的总数${draft.options.length > 1 ? `，并说明是哪一项（${draft.options.join('、')}）` : ''}，例如“${draft.examples[0] ?? '一共5人'}”。其余已说的情况不变。`
    : `您说的“${draft.figure}”是指哪一项：${draft.options.join('、')}？请连同名称再说一次，例如${draft.examples.map((e) => `“${e}”`).join('或')}。其余已说的情况不变。`;
  return { answer, answered: true, citations: [], sourceTexts: [] };
}

/** A line of the dialogue itself (no clause quoted): the document it is about is its only source. */
function dialogueLine(answer: string, answered: boolean, ctx: { docNo: string }): Composed {
  return { answer, answered, citations: [], sourceTexts: [ctx.docNo] };
}
