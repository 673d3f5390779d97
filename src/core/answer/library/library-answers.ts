/**
 * Questions the library answers itself, before the plan's pipeline: whether documents are in
 * force ("现在还有效吗", "哪些文件现在有效"), a document other than the main one named by its
 * 文号, and the amount of a subsidy whose parameter another document changed ("以工代训现在多少钱",
 * "2021年以工代训补贴标准是多少"). Pure: the library view, the rule catalogue and the dates in,
 * an answer (or nothing) out; every line names its document by 文号.
 */
import type { PolicyDocumentMeta } from '../../corpus/types.js';
import type { ParameterInfo, RuleMeta } from '../../rules/engine.js';
import { PARAMETERS, versionAt, type ParamId, type ParameterVersion } from '../../rules/parameters.js';
import type { Citation } from '../schema.js';
import type { Composed } from '../compose-extractive.js';
import { topicsIn } from '../topics.js';
import { chineseDate, documentsNamed, findDocument, standingLine, standingOn, type LibraryView } from './library-view.js';

export interface LibraryQuestion {
  /** The question, normalised. */
  text: string;
  /** The main document (the one the plan's pipeline answers from), by 文号. */
  mainDocNo: string;
  /** Today in China. */
  today: string;
  /** The date a dated question is about (2021年… → 2021-12-31). */
  asOf?: string;
  /** The question asks for something to be worked out from facts (an eligibility run). */
  withFacts: boolean;
  catalogue: ReadonlyMap<string, RuleMeta>;
}

/** Asks whether documents still apply. */
const STANDING = /(还)?(有效|失效|废止|作废|过期|到期|现行|生效|在执行|还执行|还能用|还适用|还管用|施行期|有效期|被代替|被替代)|(方案|政策|文件|通知|计划)[^，,。？?]{0,8}((执行|实施|施行|有效|管)到(哪|什么时候|啥时候|几时|何时)|到(哪一?年|什么时候|啥时候|何时)(为止|结束)|(什么时候|啥时候|哪年|哪一年|何时)(结束|停止|到期))/;
/** Asks what came after a document (新的文件接上没, 后续政策). */
const SUCCESSOR = /(新的?|别的|后续|接续)[^，,。？?]{0,4}(文件|政策|方案)|(接上|接着|接替)(了)?(吗|没|不)?[？?]?$/;
/** Asks whether a document renews itself (自动延续, 顺延, 续期): no document says so, the pipeline says it is not settled. */
const RENEWAL = /延续|续期|延期|顺延|展期|续签|延长/;
/** Asks for an amount or standard. */
const AMOUNT = /多少|标准|几元|几块|金额|额度|给多少|补多少/;

/** The library's answer to `q`, or undefined when the plan's pipeline should answer it. */
export function answerFromLibrary(q: LibraryQuestion, view: LibraryView): Composed | undefined {
  const date = q.asOf ?? q.today;
  const named = documentsNamed(view, q.text);
  // 证书有效期 / 培训补贴过期 ask about a subsidy, not about the documents.
  const aboutDocuments = named.length > 0 || topicsIn(q.text).length === 0;
  // 到期以后有没有新的文件接着: with no document of the library replacing it, what followed is not
  // the library's to say — the plan's pipeline says the plan does not settle it.
  // 到期后会自动延续吗: likewise renewal — answered as not settled, with the plan's end, not a status card.
  const successorAsked = (SUCCESSOR.test(q.text) || RENEWAL.test(q.text)) && !view.documents.some((d) => standingOn(view, d, date).kind === 'replaced');
  // 拿证后多久之内得申请 过期了还认不认: the window for one's own application, not the documents' standing.
  const windowAsked = /(多长时间|多久|几个月|几天|多少天)(之内|以内|内)|过期(了)?[^，,。？?]{0,3}(还)?(认|算|给)/.test(q.text);
  if (aboutDocuments && STANDING.test(q.text) && !AMOUNT.test(q.text) && !successorAsked && !windowAsked) return standingAnswer(view, named.length ? named : view.documents, date, q.asOf !== undefined);
  const other = named.find((d) => d.docNo !== q.mainDocNo);
  if (other) return documentAnswer(view, other, q.today);
  if (!q.withFacts && AMOUNT.test(q.text)) return amountAnswer(q, view, date);
  return undefined;
}

function headCitation(doc: PolicyDocumentMeta): Citation {
  return { docId: doc.id, clause: 'head', quote: doc.docNo, title: doc.title };
}

/** Each document's standing on `date`, by 文号. */
function standingAnswer(view: LibraryView, docs: readonly PolicyDocumentMeta[], date: string, dated: boolean): Composed {
  const lines = [dated ? `按${chineseDate(date)}看，本库文件的状态：` : `截至今天（${chineseDate(date)}），本库文件的状态：`];
  for (const d of docs) lines.push(standingLine(view, d, date));
  const inForce = docs.filter((d) => standingOn(view, d, date).kind === 'in_force');
  if (!inForce.length) lines.push('以上文件均已不在施行期内，现行政策请以当地人社部门公布的为准。');
  lines.push(`依据：${docs.map((d) => `${d.docNo} head`).join('；')}。`);
  return {
    answer: lines.join('\n'),
    answered: true,
    citations: docs.map(headCitation),
    sourceTexts: docs.flatMap((d) => [d.docNo, d.period.from, d.period.to, ...(d.supersedes ?? []).map((s) => s.from ?? '')]),
  };
}

/** What a document is, where it stands today, and how it relates to the others. */
export function documentAnswer(view: LibraryView, doc: PolicyDocumentMeta, today: string): Composed {
  const lines = [`${doc.docNo}是${doc.issuer}的《${doc.title}》，成文日期${chineseDate(doc.issued)}${doc.printed ? `，${chineseDate(doc.printed)}印发` : ''}；施行期${chineseDate(doc.period.from)}至${chineseDate(doc.period.to)}。`];
  for (const a of doc.amends ?? []) {
    const target = findDocument(view, a.document);
    const changes = (a.parameters ?? []).map((p) => `${PARAMETERS[p.parameter]?.label ?? p.parameter}调整为${amountText(p.parameter, p.value)}（${p.clause}）`);
    lines.push(`它自${chineseDate(a.from)}起修改${target ? `${target.docNo}《${target.title}》` : a.document}${changes.length ? `：${changes.join('；')}` : ''}。`);
  }
  for (const s of doc.supersedes ?? []) {
    const target = findDocument(view, s.document);
    lines.push(`它自${chineseDate(s.from ?? doc.period.from)}起代替${target ? `${target.docNo}《${target.title}》` : s.document}。`);
  }
  lines.push(standingLine(view, doc, today));
  lines.push(`依据：${doc.docNo} head。`);
  return { answer: lines.join('\n'), answered: true, citations: [headCitation(doc)], sourceTexts: [doc.docNo, doc.issued, doc.printed ?? '', doc.period.from, doc.period.to] };
}

/** `300` of `元/人/月` → 每人每月300元. */
function amountText(id: string, value: number): string {
  const unit = PARAMETERS[id]?.unit ?? '';
  switch (unit) {
    case '元/人/月':
      return `每人每月${value}元`;
    case '次/年':
      return `每年${value}次`;
    default:
      return `${value}${unit}`;
  }
}

/** Where a version comes from: the amending document's 文号 and clause, else the plan's. */
function sourceOf(v: ParameterVersion, mainDocNo: string): string {
  return `${v.ref.docNo ?? mainDocNo} ${v.ref.clause}`;
}

/**
 * The amount of a subsidy the question names, when another document changed it: the value on
 * the date asked (today when none), where it comes from, the value before, and where the
 * documents stand.
 */
function amountAnswer(q: LibraryQuestion, view: LibraryView, date: string): Composed | undefined {
  const changed = new Set(view.amendments.map((a) => a.parameter));
  const rules = topicsIn(q.text).map((id) => q.catalogue.get(id)).filter((r): r is RuleMeta => Boolean(r));
  const rule = rules.find((r) => r.parameters.some((p) => changed.has(p.id)));
  if (!rule) return undefined;
  const params = rule.parameters.filter((p): p is ParameterInfo & { id: ParamId } => changed.has(p.id));
  const lines: string[] = [];
  const citations: Citation[] = [];
  const sources: string[] = [];
  const docs = new Map<string, PolicyDocumentMeta>();
  const cite = (v: ParameterVersion) => {
    const doc = v.ref.docNo ? findDocument(view, v.ref.docNo) : findDocument(view, q.mainDocNo);
    if (!doc) return;
    docs.set(doc.id, doc);
    if (!citations.some((c) => c.docId === doc.id && c.clause === v.ref.clause)) citations.push({ docId: doc.id, clause: v.ref.clause, quote: v.ref.quote, title: rule.title });
    sources.push(v.ref.quote);
  };
  const when = q.asOf ? `${q.asOf.slice(0, 4)}年` : '按本库文件，';
  for (const p of params) {
    const versions = view.table[p.id] ?? [];
    const now = versionAt(p.id, date, view.table);
    const before = [...versions].reverse().find((v) => v.from < now.from);
    lines.push(`${when}${PARAMETERS[p.id]?.label ?? p.id}自${chineseDate(now.from)}起为${amountText(p.id, now.value)}（${sourceOf(now, q.mainDocNo)}）。`);
    cite(now);
    if (before) {
      lines.push(`此前为${amountText(p.id, before.value)}（${sourceOf(before, q.mainDocNo)}）。`);
      cite(before);
    }
  }
  for (const doc of docs.values()) {
    const s = standingOn(view, doc, q.today);
    if (s.kind !== 'in_force') lines.push(`注意：${standingLine(view, doc, q.today)}`);
  }
  const byDoc = new Map<string, string[]>();
  for (const c of citations) {
    const no = docs.get(c.docId)?.docNo ?? c.docId;
    byDoc.set(no, [...(byDoc.get(no) ?? []), c.clause]);
  }
  lines.push(`依据：${[...byDoc].map(([no, clauses]) => `${no} ${clauses.join('、')}`).join('；')}。`);
  return { answer: lines.join('\n'), answered: true, citations, sourceTexts: sources };
}
