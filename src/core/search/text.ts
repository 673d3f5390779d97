/**
 * How search sees text: one normalisation on both sides (clauses at ingest, questions at
 * query time: simplified characters, half-width forms, lowercase), plus, on the question
 * side only, the glossary's policy words for the everyday words it contains
 * (当兵退伍 → 退役军人).
 */
import { expandQuery, POLICY_TERMS } from '../text/glossary.js';
import { normalizeText } from '../text/normalize.js';
import type { PolicyDocumentMeta } from '../corpus/types.js';

/** Normalised text for indexing and matching. */
export function normaliseForSearch(text: string): string {
  return normalizeText(text);
}

// Names the plan shortens once ("建档立卡贫困劳动力（以下简称贫困劳动力）") and then uses short:
// a question with the long name is searched with the short one, as the clauses say it.
const SHORT_FORMS: ReadonlyArray<[RegExp, string]> = [[/建档立卡贫困劳动力/g, '贫困劳动力']];

/** A question, normalised and followed by the policy words its everyday words stand for. */
export function prepareQuery(question: string): string {
  let text = expandQuery(question).text;
  for (const [long, short] of SHORT_FORMS) text = text.replace(long, short);
  return text;
}

const DICTIONARY = POLICY_TERMS.map(normalizeText);

/** Policy vocabulary: whole words the lexical index adds as terms. */
export function searchDictionary(): readonly string[] {
  return DICTIONARY;
}

/** `2019-12-03` → `2019年12月3日`, the way the documents write dates. */
function chineseDate(iso: string | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/**
 * The labelled facts of a document people ask about but the text never names as such
 * (it prints 郑政办〔2019〕63号, never "文号"): added to the search text of the head and tail
 * clauses so 文号是多少 / 什么时候印发的 find them.
 */
function metadataLine(clauseId: string, meta: PolicyDocumentMeta | undefined): string {
  if (!meta) return '';
  if (clauseId === 'head') {
    return `文号 发文字号 ${meta.docNo} 发文机关 ${meta.issuer} 成文日期 发布日期 ${chineseDate(meta.issued)} ${meta.title}`;
  }
  if (clauseId === 'tail') return `印发日期 印发时间 ${chineseDate(meta.printed)} 抄送 主办单位`;
  return '';
}

/**
 * What a clause is indexed as: its headings, title and text, normalised; for the head and
 * tail of a document also its labelled metadata (see `metadataLine`).
 */
export function clauseSearchText(
  clause: { clause: string; path: readonly string[]; title: string; text: string },
  meta?: PolicyDocumentMeta,
): string {
  return normaliseForSearch([...clause.path, clause.title, clause.text, metadataLine(clause.clause, meta)].join('\n'));
}
