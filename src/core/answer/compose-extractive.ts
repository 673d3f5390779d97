/**
 * The extractive composer: answers in plain, short Chinese (read on a phone) from the clauses
 * and the rules alone, no model. A lookup states the rule in one line with its figures, the
 * conditions, what to do next and the citation; a decline says so politely and says what the
 * assistant can help with (the eligibility dialogue is compose-dialogue.ts). Every figure is verbatim clause text or rules output.
 */
import type { PolicyDocumentMeta } from '../corpus/types.js';
import type { RuleMeta } from '../rules/engine.js';
import { ANSWERS } from '../rules/registry.js';
import type { Applicant, EligibilityResponse } from '../rules/schema.js';
import { followUpFor } from './fact-words.js';
import { asksForUnits, bigrams, finishSentence, pickPassage, sentencesOf, unitsNote } from './fragments.js';
import type { OutOfScopeReason } from './router.js';
import { TARGET_ASKED } from './clause-by-words.js';
import type { Citation, FollowUp } from './schema.js';

/** A composed answer and what backs it. */
export interface Composed {
  answer: string;
  answered: boolean;
  citations: Citation[];
  /** Full text of each cited clause: what the numbers check accepts figures from. */
  sourceTexts: string[];
  eligibility?: EligibilityResponse;
  followUp?: FollowUp;
}

/** A clause as the composer needs it. */
export interface SourceClause {
  docId: string;
  clause: string;
  text: string;
}

export interface ComposeContext {
  /** 文号 of the document, e.g. 郑政办〔2019〕63号. */
  docNo: string;
  hotline?: string;
}

/** The next step, by who is asking. */
function nextStep(audience: 'person' | 'employer' | undefined, ctx: ComposeContext): string {
  const where =
    audience === 'employer'
      ? '办理：可向所在地县（市、区）人社部门咨询申领。'
      : audience === 'person'
        ? '办理：可向户籍地、常住地或求职就业地的人社部门或培训机构咨询报名。'
        : '办理：可向当地人社部门咨询。';
  return ctx.hotline ? `${where}咨询电话：${ctx.hotline}。` : where;
}

function citeLine(clauses: readonly string[], ctx: ComposeContext): string {
  return `依据：${ctx.docNo} ${[...new Set(clauses)].join('、')}。`;
}

// ---------------------------------------------------------------------------------------------
// Lookup
// ---------------------------------------------------------------------------------------------

export interface LookupInput {
  question: string;
  /** The clause answering it (the topic's clause, or the best search hit). */
  main: SourceClause;
  /** The rule behind the topic, when the question names one. */
  rule?: RuleMeta;
  /** A follow-up gets the direct answer only, not the conditions again. */
  brief?: boolean;
  /** Context words (the previous question of a follow-up). */
  extraTerms?: readonly string[];
  /** Policy words the question's everyday words stand for (glossary expansion). */
  policyTerms?: readonly string[];
  /** The everyday words they stand for. */
  everydayWords?: readonly string[];
  /** The conversation already holds a case for this rule: its facts are not asked for again. */
  caseHeld?: boolean;
  /** A first line with the point asked (whom the money is given to), before the clause's words. */
  lead?: string;
  /** Clause text by id: a rule's quotes may sit in other clauses (六(一) 养老金 for 职业培训补贴). */
  clauseText?: (clause: string) => SourceClause | undefined;
}

/** `每人每月 200 元` → `每人每月200元`: the rules' notes space figures; answers read tighter without. */
export function compactFigures(s: string): string {
  return s.replace(/(\d)\s+(?=[\u4e00-\u9fa5%])/g, '$1').replace(/([\u4e00-\u9fa5])\s+(?=\d)/g, '$1');
}

/** The amount of a rule in plain words: the formula itself stays in /api/subsidies. */
function amountLine(rule: RuleMeta): string | undefined {
  const a = rule.amountRule.replace(/[。；]$/, '');
  if (/min\(|=/.test(a)) {
    // 可税前扣除的职工教育经费 = min(…)；这是企业所得税税前扣除额，不是现金补贴 → the note after the formula.
    const note = a.split('；').slice(1).join('；');
    return note ? `说明：${note}。` : undefined;
  }
  // 按政策、一定资金: the plan fixes no figure — said plainly, with the words it does use.
  const none = /^本方案未定金额[：:]?\s*[（(]?(.*?)[）)]?$/.exec(a);
  if (none) return `金额：本方案没有规定具体金额${none[1] ? `，方案写的是${none[1]}` : ''}。`;
  // 每人每月 200 元，最长 6 个月：人数 × 200 元 × … → the part before the formula.
  const plain = /：.*×/.test(a) ? a.slice(0, a.indexOf('：')) : a;
  return `金额：${compactFigures(plain)}。`;
}

/** A rule's requirements, those sharing words with the question first (退休 → 养老金资格). */
function relevantFirst(question: string, requirements: readonly string[], policyTerms: readonly string[] = []): string[] {
  const words = [...bigrams(question), ...policyTerms].filter((w) => w.length >= 2 && !['补贴', '培训', '可以', '什么'].includes(w));
  const score = (r: string) => words.filter((w) => r.includes(w)).length;
  return requirements
    .map((r, i) => ({ r, i, s: score(r) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.r);
}

/** How to get a figure for one's own case, by rule (the packs' hints): the dialogue takes it from there. */
const CALCULATE_HINT: Partial<Record<string, string>> = ANSWERS.calculateHints;

export function composeLookup(input: LookupInput, ctx: ComposeContext): Composed {
  const { question, main, rule } = input;
  const terms = {
    ...(input.extraTerms ? { extraTerms: input.extraTerms } : {}),
    ...(input.policyTerms ? { policyTerms: input.policyTerms } : {}),
    ...(input.everydayWords ? { everydayWords: input.everydayWords } : {}),
  };
  const lines: string[] = input.lead ? [input.lead] : [];
  const cited: SourceClause[] = [];
  const quotes: Citation[] = [];
  let excerpt: string;
  // A rule's quotes are the verbatim sentences that state it (in its clause and others): the
  // best place to look first. The whole clause when the rule has none.
  const ruleQuotes = (rule?.citations ?? [])
    .map((c) => ({ ...c, src: c.clause === main.clause ? main : input.clauseText?.(c.clause) }))
    .filter((c): c is typeof c & { src: SourceClause } => Boolean(c.src));
  // (A programme's target asked, 三年一共培训多少人, is in its clause, not in the rule's own sentences.)
  if (rule && ruleQuotes.length > 0 && !asksForUnits(question) && !TARGET_ASKED.test(question)) {
    const passage = pickPassage(
      question,
      ruleQuotes.map((c) => c.quote),
      { ...terms, ignoreTerms: [rule.title], maxChars: 120 },
    );
    excerpt = passage.text;
    for (const k of passage.units) {
      const c = ruleQuotes[k]!;
      if (!cited.includes(c.src)) cited.push(c.src);
      quotes.push({ docId: c.src.docId, clause: c.clause, quote: c.quote });
    }
  } else {
    const units = asksForUnits(question) ? unitsNote(main.text) : undefined;
    const passage = units ? undefined : pickPassage(question, sentencesOf(main.text), { ...terms, headingFirst: true });
    excerpt = passage ? passage.text : finishSentence(units!);
    quotes.push({ docId: main.docId, clause: main.clause, quote: passage ? passage.quotes.join('；') : units! });
  }
  if (!cited.includes(main)) cited.push(main);
  // Every clause the answer leans on (the conditions come from the rule's own clause) is cited.
  if (!quotes.some((q) => q.clause === main.clause)) {
    const own = ruleQuotes.find((c) => c.clause === main.clause);
    quotes.push({ docId: main.docId, clause: main.clause, quote: own?.quote ?? excerpt.replace(/。$/, '') });
  }
  lines.push(rule ? `【${rule.title}】${excerpt}` : excerpt);
  if (rule && !input.brief) {
    const amount = amountLine(rule);
    if (amount) lines.push(amount);
    // The conditions, unless the rule's sentence shown already states them (…开展以工代训的).
    const statesConditions = quotes.some((q) => /的$/.test(q.quote));
    const conditions = relevantFirst(question, rule.requirements, input.policyTerms)
      .slice(0, 3)
      .map((r) => compactFigures(r.replace(/[。；;]$/, '').replace(/^（(.*)）$/, '$1')));
    if (conditions.length > 0 && !statesConditions) lines.push(`条件：${conditions.join('；')}。`);
  }
  if (!input.brief) lines.push(nextStep(rule?.audience, ctx) + (rule && !input.caseHeld ? (CALCULATE_HINT[rule.id] ?? '') : ''));
  lines.push(citeLine(cited.map((c) => c.clause), ctx));
  return { answer: lines.join('\n'), answered: true, citations: quotes, sourceTexts: cited.map((c) => c.text) };
}

// ---------------------------------------------------------------------------------------------
// The document itself: 文号, issuer, dates, period
// ---------------------------------------------------------------------------------------------

/** Questions about the document rather than a clause: 文号是什么, 哪个部门发的, 什么时候印发, 有效期. */
export const DOCUMENT_QUESTION = /(啥|什么)时候(发|印发|出台)|(啥|什么)时候(开始|结束|到期|截止|生效|施行|实施)(的)?[^，,。？?]{0,8}(方案|政策|文件|计划|行动)|(方案|政策|文件|计划|行动)[^，,。？?]{0,6}(啥|什么)时候(开始|结束|到期|截止|生效)|几月几号|发的文|督办|文号|发文字号|哪个(部门|单位)(发|印发|出台|制定)|谁(发|印发|出台|制定)的|发文(机关|单位)|什么时候(发|印发|出台|发布|施行|生效|实施|结束|到期)|印发(日期|时间)|成文(日期|时间)|发布(日期|时间)|有效期|实施期|施行期|执行期|哪年到哪年|截止|到期|还有效吗|过期|主办|抄送|文件名|叫什么(文件|名字)|从哪(天|年|月)(算起|开始|起)|管到哪(天|年|月)|到哪(天|年)为止|(啥|什么)时候(开始|结束|起|截止)(的|执行|施行|实施)?$|哪天(开始|结束|到期|截止)/;

/** The document metadata a document question is answered from. */
export type DocumentFacts = Omit<PolicyDocumentMeta, 'id' | 'source'> & { docId: string };

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Answers a question about the document from its metadata, citing the head (and tail) clause. */
export function composeDocumentInfo(question: string, doc: DocumentFacts, head: SourceClause | undefined, tail: SourceClause | undefined, ctx: ComposeContext): Composed {
  const lines: string[] = [];
  const wantsDates = /时候|日期|时间|几月|几号|哪天|有效期|实施期|施行期|执行期|哪年|截止|到期|有效吗|过期|算起|为止/.test(question);
  lines.push(`《${doc.title}》文号为${doc.docNo}，由${doc.issuer}印发。`);
  if (wantsDates) {
    lines.push(
      `成文日期${chineseDate(doc.issued)}${doc.printed ? `，${chineseDate(doc.printed)}印发` : ''}；实施期为${doc.period.from.slice(0, 4)}—${doc.period.to.slice(0, 4)}年（${doc.period.from} 至 ${doc.period.to}）。`,
    );
  }
  // 有事找哪个部门, asked with the dates: the office that runs it (主办) is in the tail.
  const aboutTail = /主办|抄送|督办|找哪|找谁|哪个部门|哪个单位|哪个局|联系谁|归谁管|谁管/.test(question);
  if (aboutTail && tail) lines.push(finishLine(tail.text.slice(0, 80)));
  const cited = [head, aboutTail ? tail : undefined].filter((c): c is SourceClause => Boolean(c));
  lines.push(citeLine(cited.length > 0 ? cited.map((c) => c.clause) : ['head'], ctx));
  return {
    answer: lines.join('\n'),
    answered: true,
    citations: cited.map((c) => ({ docId: c.docId, clause: c.clause, quote: c.clause === 'head' ? doc.docNo : c.text.slice(0, 80) })),
    sourceTexts: [...cited.map((c) => c.text), doc.docNo, doc.issued, doc.printed ?? '', doc.period.from, doc.period.to],
  };
}

function finishLine(s: string): string {
  const t = s.trim().replace(/[，,；;：:、\s]+$/, '');
  return /[。！？]$/.test(t) ? t : `${t}。`;
}

// ---------------------------------------------------------------------------------------------
// Asking again (the eligibility dialogue itself is compose-dialogue.ts)
// ---------------------------------------------------------------------------------------------

/**
 * The dialogue's open question asked again, when a short reply did not answer it (否 to
 * 在哪里参加培训): declining as "not covered" would drop the user out of the dialogue.
 */
export function composeReask(path: string, applicant?: Applicant, rough?: boolean): Composed | undefined {
  const followUp = followUpFor(path, applicant);
  if (!followUp) return undefined;
  const quick = followUp.options.length > 0 ? `请回复：${followUp.options.map((o) => o.label).join(' / ')}` : '请直接回复';
  // 你就说个大概: no figure is guessed; the missing fact is named as what the figure waits on.
  const opening = rough ? '金额要按确切的情况算，不能估个数；还差这一项：' : '没看懂您的回复。';
  return {
    answer: `${opening}${followUp.question}\n${quick}。也可以说“重新开始”。`,
    answered: true,
    citations: [],
    sourceTexts: [],
    followUp,
  };
}

// ---------------------------------------------------------------------------------------------
// Declines and resets
// ---------------------------------------------------------------------------------------------

const TEXTS = ANSWERS.texts;


const DECLINE: Record<OutOfScopeReason, string> = {
  injection: TEXTS.declineInjection,
  fraud: TEXTS.declineFraud,
  weather: '抱歉，天气等生活信息不在我能回答的范围内。',
  other_city: '抱歉，我只了解郑州市的职业技能提升政策，其他地方的规定请咨询当地人社部门。',
  other_year: TEXTS.declineOtherYear,
  other_policy: TEXTS.declineOtherPolicy,
  chitchat: '您好！我是郑州市职业技能提升政策助手，闲聊恐怕帮不上忙。',
  assistant: '我是郑州市职业技能提升政策助手，只回答这份方案的政策问题；我自己是怎么做出来的、用的什么技术，这里不作介绍。',
  everyday: '抱歉，写作、翻译、计算、出行、证件办理等日常事务不在我能帮忙的范围内。',
  not_covered: TEXTS.declineNotCovered,
};

/** A decline; `note` (the plan's end, for an override that named a subject) follows the refusal. */
export function composeDecline(reason: OutOfScopeReason, ctx: ComposeContext, note?: string): Composed {
  const lines = [DECLINE[reason], ...(note ? [note] : []), TEXTS.help];
  if (ctx.hotline) lines.push(`如需人工帮助，请拨打 ${ctx.hotline}。`);
  return { answer: lines.join('\n'), answered: false, citations: [], sourceTexts: [] };
}

export function composeReset(ctx: ComposeContext): Composed {
  return {
    answer: `好的，已重新开始，之前提供的情况都已清除。\n${TEXTS.help}`,
    answered: true,
    citations: [],
    sourceTexts: [ctx.docNo],
  };
}
