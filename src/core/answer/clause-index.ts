/**
 * The clauses the answers quote, loaded once a minute from the clause store: by id, in
 * document order, by heading (总体要求 → 一), with the main document's metadata; and the one
 * search a lookup may make, with the check that a hit really covers the question.
 */
import type { Clause } from '../corpus/types.js';
import type { AppDeps } from '../deps.js';
import type { ChatModel } from '../llm/client.js';
import { rewriteQuery } from './compose-llm.js';
import { POLICY } from '../rules/policy.js';
import { prepareQuery } from '../search/text.js';
import type { SearchHit } from '../search/types.js';
import { normalizeText } from '../text/normalize.js';
import type { DocumentFacts, SourceClause } from './compose-extractive.js';
import { bigrams } from './fragments.js';

/**
 * How old a reading of the active index generation a lookup's search accepts: the clauses it
 * quotes are a copy trusted for a minute anyway, so a second-old reading changes nothing but
 * saves a database round trip per question.
 */
const GENERATION_AGE_MS = 1000;

/** Below this fused score a search hit is not taken as covering the question. */
export const MIN_LOOKUP_SCORE = 0.3;

export interface ClauseIndex {
  byId: Map<string, SourceClause>;
  /** Clause titles by id (七(二) → 职业培训补贴…), for citation labels. */
  titleOf: Map<string, string>;
  /** Every clause, in document order. */
  list: SourceClause[];
  /** Clause headings worth matching whole (总体要求 → 一), longest first. */
  titles: { title: string; clause: SourceClause }[];
  docNo: string;
  doc?: DocumentFacts;
  loadedAt: number;
}

export async function loadClauses(deps: Pick<AppDeps, 'clauses'>): Promise<ClauseIndex> {
  const [docs, list] = await Promise.all([deps.clauses.documents(), deps.clauses.list()]);
  // The 63号 plan is the document the rules and topics refer to; others are searched only.
  const main = docs.find((d) => d.docNo === POLICY.docNo) ?? docs[0];
  const byId = new Map<string, SourceClause>();
  const titleOf = new Map<string, string>();
  const titles: ClauseIndex['titles'] = [];
  for (const c of list as Clause[]) {
    const key = c.docId === main?.id ? c.clause : `${c.docId}:${c.clause}`;
    if (byId.has(key)) continue;
    const source = { docId: c.docId, clause: c.clause, text: c.text };
    byId.set(key, source);
    const title = normalizeText(c.title);
    if (title) titleOf.set(key, title);
    const own = c.docId === main?.id; // a heading of another document is not the main one's
    if (own && title.length >= 4 && title.length <= 20 && !['head', 'tail', 'preamble'].includes(c.clause)) titles.push({ title, clause: source });
  }
  titles.sort((a, b) => b.title.length - a.title.length);
  const doc: DocumentFacts | undefined = main
    ? {
        docId: main.id,
        title: main.title,
        docNo: main.docNo,
        issuer: main.issuer,
        issued: main.issued,
        ...(main.printed ? { printed: main.printed } : {}),
        period: main.period,
      }
    : undefined;
  return { byId, titleOf, list: [...byId.values()], titles, docNo: main?.docNo ?? POLICY.docNo, ...(doc ? { doc } : {}), loadedAt: Date.now() };
}

/** The one search a lookup makes: the clause that best answers `query`, or none. */
export type ClauseSearch = (query: string) => Promise<SourceClause | undefined>;

/**
 * The clause that best answers a lookup, from one search; when it matches poorly and a model
 * is configured, one retry with the question rewritten in the policy's words.
 */
export async function searchClause(
  deps: Pick<AppDeps, 'search'>,
  query: string,
  idx: ClauseIndex,
  model: ChatModel | undefined,
  budgetMs: number,
): Promise<SourceClause | undefined> {
  // A question naming a clause by its heading (总体要求是啥) means that clause.
  const normalized = normalizeText(query);
  const named = idx.titles.find((t) => normalized.includes(t.title));
  if (named) return named.clause;
  // The answers here quote the main document; other documents' clauses are the library's (library/).
  const mainHit = (hits: SearchHit[]) => hits.find((h) => !idx.doc || h.docId === idx.doc.docId);
  let hit = mainHit(await deps.search.search(query, 3, { generationAgeMs: GENERATION_AGE_MS }));
  if ((!hit || !covers(query, hit.text, hit.score)) && model) {
    const rewritten = await rewriteQuery(model, query, Math.min(1500, Math.floor(budgetMs / 2)));
    if (rewritten) hit = mainHit(await deps.search.search(rewritten, 3, { generationAgeMs: GENERATION_AGE_MS }));
  }
  if (!hit || !covers(query, hit.text, hit.score)) return undefined;
  return idx.byId.get(hit.clause) ?? { docId: hit.docId, clause: hit.clause, text: hit.text };
}

const WEAK_BIGRAMS = new Set(['郑州', '州市', '什么', '多少', '怎么', '可以', '我们', '请问', '一下', '没有', '哪些', '如何', '这个', '那个', '是不', '不是', '有没']);

/** A hit covers the question when it scores well and shares real words with it. */
export function covers(question: string, text: string, score: number): boolean {
  if (score < MIN_LOOKUP_SCORE) return false;
  // The question in the policy's words too: 当兵退伍 shares nothing with 三(二), 退役军人 does.
  const shared = bigrams(prepareQuery(question)).filter((b) => b.length === 2 && !WEAK_BIGRAMS.has(b) && text.includes(b));
  return shared.length > 0;
}
