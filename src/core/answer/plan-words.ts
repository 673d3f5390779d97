/**
 * The plan's own words, as runs of three Chinese characters. A question whose only link to the
 * plan's field is an everyday word (公司, 社保, 申请, 退休) and which shares no run of three
 * characters with the plan's text (公司年会抽奖 奖品买啥好, 女的50岁退休还是55岁退休) is about
 * another matter: the router declines it instead of answering with whichever clause a search
 * finds for 公司. Three characters, because two-character words (工人, 郑州, 一个) are common to
 * every text; a run of three the plan also has (先行拨, 装配式, 评价机) is its subject.
 */

/** True when the text shares a run of three Chinese characters with the plan, other than the words given. */
export type SharesPlanWords = (text: string) => boolean;

const HAN_RUN = /[\u4e00-\u9fff]+/g;

/** Every run of `n` Chinese characters of the text, added to `into`. */
function gramsOf(text: string, n: number, into: Set<string>): void {
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    for (let i = 0; i + n <= run.length; i++) into.add(run.slice(i, i + n));
  }
}

/**
 * Builds the test from the clauses' texts. `everyday` names words that never count on their
 * own (a run of three inside one of them, as 合作社, links nothing).
 */
export function planWords(texts: readonly string[], everyday: RegExp): SharesPlanWords {
  const known = new Set<string>();
  for (const t of texts) gramsOf(t, 3, known);
  const words = new RegExp(everyday.source, 'g');
  return (text: string) => {
    const own = new Set<string>();
    gramsOf(text, 3, own);
    // A run that is one of the everyday words, or lies inside one, is no link.
    const inside = new Set<string>();
    for (const m of text.matchAll(words)) gramsOf(m[0], 3, inside);
    for (const g of own) if (known.has(g) && !inside.has(g)) return true;
    return false;
  };
}

/** True when the text repeats a run of the plan's own words of at least six characters. */
export type QuotesPlan = (text: string) => boolean;

const QUOTE_LENGTH = 6;

/**
 * 村里贴的标语写着 补贴培训进系统 系统之外零补贴: six characters or more copied from the plan are the
 * plan's own words, whatever else the question says — never another policy's question.
 */
export function planQuotes(texts: readonly string[]): QuotesPlan {
  const known = new Set<string>();
  for (const t of texts) gramsOf(t, QUOTE_LENGTH, known);
  return (text: string) => {
    for (const m of text.matchAll(HAN_RUN)) {
      const run = m[0];
      for (let i = 0; i + QUOTE_LENGTH <= run.length; i++) if (known.has(run.slice(i, i + QUOTE_LENGTH))) return true;
    }
    return false;
  };
}

/** True when the text names a programme the plan names in quotation marks (“郑州技术能手”). */
export type NamesProgramme = (text: string) => boolean;

/** Names the plan puts in quotation marks: four to twelve characters, held by one clause only. */
export function programmeNames(texts: readonly string[]): NamesProgramme {
  const names = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/“([^”]{4,12})”/g)) if (texts.filter((x) => x.includes(m[1]!)).length === 1) names.add(m[1]!.toLowerCase());
  return (text: string) => {
    const asked = text.toLowerCase();
    for (const n of names) if (asked.includes(n)) return true;
    return false;
  };
}

/** The plan's word tests of one set of clauses. */
export interface PlanWords {
  sharesPlanWords: SharesPlanWords;
  quotesPlan: QuotesPlan;
  namesProgramme: NamesProgramme;
}

const BY_CLAUSES = new WeakMap<readonly { text: string }[], PlanWords>();

/**
 * The word tests for a clause list, built once per list (a clause index keeps its list until the
 * next re-index). `everyday`: the field's everyday words (see `planWords`).
 */
export function planWordsOf(clauses: readonly { text: string }[], everyday: RegExp): PlanWords {
  let words = BY_CLAUSES.get(clauses);
  if (!words) {
    const texts = clauses.map((c) => c.text);
    words = { sharesPlanWords: planWords(texts, everyday), quotesPlan: planQuotes(texts), namesProgramme: programmeNames(texts) };
    BY_CLAUSES.set(clauses, words);
  }
  return words;
}
