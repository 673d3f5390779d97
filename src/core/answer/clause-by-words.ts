/**
 * Clauses found by the question's own words, where search ranks a broader clause first: the target
 * of one group or trade (两后生三年培训多少人次 — not the plan's overall 200万), a field named beside a
 * subsidy's word (动漫游戏 … 技能大师工作室), a phrase only one clause has (巧媳妇工程). Decided on
 * the clauses' text, so a new document's clauses are found the same way.
 */
import { expandQuery } from '../text/glossary.js';
import { findGroups } from './understand/facts/groups.js';
import type { SourceClause } from './compose-extractive.js';

/** The question asks how many people a plan sets out to train. */
export const TARGET_ASKED = /多少人次|多少人|多少名|几万人|培训多少|培养多少|目标(是)?多少|任务(是)?多少|计划培训|打算培训|要培训/;

/** A target in a clause: a head count to reach (1.2万人次, 2万名以上). */
const TARGET_FIGURE = /\d+(\.\d+)?万?(人次|名|人)/;

/** Words every target question and clause share; they tell no group apart. */
const COMMON = /培训|技能|三年|人次|完成|开展|计划|提升|以上|其中|实施|落实|多少|要|打算|这块|从业|人员|方案|说|几|年/g;

/** The clause whose target names what the question names; undefined when none names more than the common words. */
export function targetClause(question: string, clauses: readonly SourceClause[]): SourceClause | undefined {
  // 退伍兵三年培训多少: the group by the plan's own word too (退役军人) — the glossary's terms of the
  // question's own words only, not of the common ones (三年…多少 would add the plan's overall target).
  // Only the terms that name a group of people (退伍兵 → 退役军人): others (技能提升 → 各类职业技能培训)
  // would pull in the plan's overall target.
  const own = ownWords(question);
  const groupTerms = expandQuery(own.join(' ')).terms.filter((t) => findGroups(t, []).length > 0);
  return bestTarget([...own, ...groupTerms], clauses);
}

function bestTarget(words: readonly string[], clauses: readonly SourceClause[]): SourceClause | undefined {
  let best: { clause: SourceClause; score: number } | undefined;
  for (const clause of clauses) {
    if (!TARGET_FIGURE.test(clause.text)) continue;
    // Every word of the question counts (先进制造业 … 新培养高技能人才): the clause sharing most wins.
    const score = words.map((w) => longestShared(w, clause.text)).reduce((a, n) => a + (n >= 2 ? n : 0), 0);
    if (score >= 2 && (!best || score > best.score)) best = { clause, score };
  }
  return best?.clause;
}

/** The question's words of two characters or more, the common ones taken out. */
function ownWords(question: string): string[] {
  return question.replace(COMMON, ' ').replace(/[^\u4e00-\u9fff]+/g, ' ').split(' ').filter((w) => w.length >= 2);
}

/** The longest run of `word` (two characters or more) found in `text`. */
function longestShared(word: string, text: string): number {
  for (let n = word.length; n >= 2; n--) {
    for (let i = 0; i + n <= word.length; i++) if (text.includes(word.slice(i, i + n))) return n;
  }
  return 0;
}

/**
 * The words of `clause` that state the target asked about: the part naming the group beside its
 * figure (“两后生”1.2万人次), else the first part with a figure in the sentence naming it.
 */
export function targetPassage(question: string, clause: SourceClause): string | undefined {
  const words = ownWords(question);
  const sentences = clause.text.split(/(?<=。)/);
  let best: { text: string; score: number } | undefined;
  for (const sentence of sentences) {
    const parts = sentence.split(/[，、；]/);
    for (const part of parts) {
      const shared = Math.max(0, ...words.map((w) => longestShared(w, part)));
      // The group beside its own figure beats a mention of it elsewhere.
      const score = shared + (TARGET_FIGURE.test(part) ? 0.5 : 0);
      if (shared < 2 || (best && score <= best.score)) continue;
      const withFigure = TARGET_FIGURE.test(part) ? part : parts.find((p) => TARGET_FIGURE.test(p)) ?? sentences.find((s) => TARGET_FIGURE.test(s) && s !== sentence)?.split(/[，、；]/).find((p) => TARGET_FIGURE.test(p));
      if (withFigure) best = { text: withFigure.replace(/[。，；\s]+$/, ''), score };
    }
  }
  return best?.text;
}

/** Words of a topic's own name that say nothing of the field asked about. */
const TOPIC_WORDS = /建档立卡|贫困户|贫困家庭|贫困劳动力|退役军人|残疾人|农民工|两后生|家里|孩子|技能大师工作室|大师工作室|工作室|培训基地|基地|建设|技能|人才|培训|领域|这一块|这块|这些|方案|要不要|要建|建不建|有没有|提了|提到/g;

/**
 * 动漫游戏 创意设计 这一块 建技能大师工作室不: the topic's word (工作室) names a subsidy, but the
 * field named with it (动漫游戏, 乡村振兴) is another clause's — that clause answers. A run of at
 * least four of the question's own characters must stand in that clause and not in the topic's.
 */
export function fieldClause(question: string, topicClause: SourceClause, clauses: readonly SourceClause[], topicWords?: RegExp): SourceClause | undefined {
  const runs = question.replace(TOPIC_WORDS, ' ').replace(COMMON, ' ').match(/[\u4e00-\u9fff]{4,}/g) ?? [];
  const pieces = new Set<string>();
  for (const run of runs) for (let i = 0; i + 4 <= run.length; i++) pieces.add(run.slice(i, i + 4));
  // 创业指导 names the topic itself (创业): no field of another clause.
  const own = [...pieces].filter((p) => !topicClause.text.includes(p) && !topicWords?.test(p));
  let best: { clause: SourceClause; n: number } | undefined;
  for (const clause of clauses) {
    if (clause.clause === topicClause.clause) continue;
    const n = own.filter((p) => clause.text.includes(p)).length;
    if (n >= 1 && (!best || n > best.n)) best = { clause, n };
  }
  return best?.clause;
}

/**
 * 巧媳妇工程是干啥的: a name the plan puts in quotation marks (“巧媳妇”, “金蓝领”) names the one
 * clause that holds it. Undefined when the question uses no such name, several clauses hold it, or
 * `found` (the clause search chose) holds it already.
 */
export function phraseClause(question: string, found: SourceClause | undefined, clauses: readonly SourceClause[]): SourceClause | undefined {
  // (Questions are lowercased: 1+16+x is the plan's “1+16+X”.)
  const asked = question.toLowerCase();
  const hit = quotedNames(clauses).find((q) => asked.includes(q.name.toLowerCase()));
  return !hit || found?.text.includes(hit.name) ? undefined : hit.clause;
}

const QUOTED = new WeakMap<readonly SourceClause[], Array<{ name: string; clause: SourceClause }>>();

/** The names of three characters or more that one clause alone puts in quotation marks, once per clause list. */
function quotedNames(clauses: readonly SourceClause[]): Array<{ name: string; clause: SourceClause }> {
  let names = QUOTED.get(clauses);
  if (!names) {
    names = clauses.flatMap((clause) =>
      [...clause.text.matchAll(/“([^”]{3,12})”/g)].map((m) => ({ name: m[1]!, clause })).filter((q) => clauses.filter((c) => c.text.includes(q.name)).length === 1),
    );
    QUOTED.set(clauses, names);
  }
  return names;
}

/** Asks what a body is responsible for (区县政府负责什么, 财政部门要干啥), not whom to ask. */
export const DUTY_ASKED = /(政府|部门|人社|财政|教育|审计|发展改革|发改|工会|共青团|妇联|残联|科协|群团|领导小组|县|区)[^，,。？?]{0,20}(负责(什么|啥|哪些|哪块)|(有|担|承担|负)(什么|啥|哪些)(职责|责任|任务)|(的)?(职责|责任|任务)(是|有)?(什么|啥|哪些)|(要|该|得|应该|应当)(干|做|管|负责)(啥|什么|哪些))/;

/** A clause's words of duty: what a body must do (要把…作为, 切实承担主体责任, 履行…职责). */
const DUTY_WORDS = /主体责任|职责|履行|切实承担|要把|要切实|要确保|要加强|要统筹|要积极/g;

/**
 * 區縣政府負責什麼: the clause that states the named body's duties (七(一) 强化职责落实) — most
 * words of duty with the body named — rather than the document head, which names every body as an
 * addressee, or a clause listing it among its 责任单位.
 */
export function dutyClause(question: string, clauses: readonly SourceClause[]): SourceClause | undefined {
  const body = /(政府|部门|人社|财政|教育|审计|发展改革|发改|工会|共青团|妇联|残联|科协|群团|领导小组)/.exec(question)?.[1];
  if (!body) return undefined;
  let best: { clause: SourceClause; n: number } | undefined;
  for (const clause of clauses) {
    // The body as a duty-bearer, not only in the list of 责任单位 after the clause.
    const own = clause.text.replace(/[（(]责任单位[^）)]*[）)]/g, '');
    if (!own.includes(body)) continue;
    const n = own.match(DUTY_WORDS)?.length ?? 0;
    if (n >= 2 && (!best || n > best.n)) best = { clause, n };
  }
  return best?.clause;
}

const LISTED = new WeakMap<readonly SourceClause[], Array<{ item: string; clause: SourceClause }>>();

/** The items (two to six characters) of the clauses' lists (家政、养老服务、托幼…), once per clause list. */
function listedItems(clauses: readonly SourceClause[]): Array<{ item: string; clause: SourceClause }> {
  let items = LISTED.get(clauses);
  if (!items) {
    items = clauses.flatMap((clause) =>
      [...clause.text.matchAll(/(?<=[、，；：]|^|开展|加强|加大|围绕)([\u4e00-\u9fff]{2,6})(?=、)|(?<=、)([\u4e00-\u9fff]{2,6})(?=[、等])/g)].map((m) => ({ item: (m[1] ?? m[2])!, clause })),
    );
    LISTED.set(clauses, items);
  }
  return items;
}

/**
 * 家政这类的技能培训 方案里有没有提到: a trade the question names that stands in a clause's list
 * (三(四) 养老服务、家政、托幼…; 三(九) 电子商务…; 五(一) 家政…电商、汽修) names that clause — search
 * ranks the preamble first on 方案/培训. `question` may carry the glossary's terms (直播 → 电商). Undefined when `found` names the trade already; the first
 * clause listing it wins.
 */
export function listedClause(question: string, found: SourceClause | undefined, clauses: readonly SourceClause[]): SourceClause | undefined {
  // An item the plan says in many clauses (职业技能培训) names none of them in particular.
  const hits = listedItems(clauses).filter((x) => x.item.length >= 2 && question.includes(x.item) && clauses.filter((c) => c.text.includes(x.item)).length <= 2);
  if (hits.length === 0 || hits.some((h) => found?.text.includes(h.item))) return undefined;
  const longest = Math.max(...hits.map((h) => h.item.length));
  return hits.find((h) => h.item.length === longest)?.clause;
}

/** The clause holding the words the question quotes (“…”, 「…」), punctuation aside. */
export function quotedClause(text: string, clauses: readonly SourceClause[]): SourceClause | undefined {
  const bare = (t: string) => t.replace(/[\s，,、。；;：:“”"'‘’「」『』（）()]/g, '');
  const m = /[“"「『]([^”"」』]{4,40})[”"」』]/.exec(text);
  if (!m) return undefined;
  const words = bare(m[1]!);
  const holding = clauses.filter((c) => bare(c.text).includes(words));
  // (Said in two clauses, as 系统之外零补贴 is: the first one says it first.)
  return holding[0];
}
