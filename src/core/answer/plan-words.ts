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

function trigramsOf(text: string, into: Set<string>): void {
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    for (let i = 0; i + 3 <= run.length; i++) into.add(run.slice(i, i + 3));
  }
}

/**
 * Builds the test from the clauses' texts. `everyday` names words that never count on their
 * own (a run of three inside one of them, as 合作社, links nothing).
 */
export function planWords(texts: readonly string[], everyday: RegExp): SharesPlanWords {
  const known = new Set<string>();
  for (const t of texts) trigramsOf(t, known);
  const words = new RegExp(everyday.source, 'g');
  return (text: string) => {
    const own = new Set<string>();
    trigramsOf(text, own);
    // A run that is one of the everyday words, or lies inside one, is no link.
    const inside = new Set<string>();
    for (const m of text.matchAll(words)) trigramsOf(m[0], inside);
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
  for (const t of texts) {
    for (const m of t.matchAll(HAN_RUN)) {
      const run = m[0];
      for (let i = 0; i + QUOTE_LENGTH <= run.length; i++) known.add(run.slice(i, i + QUOTE_LENGTH));
    }
  }
  return (text: string) => {
    for (const m of text.matchAll(HAN_RUN)) {
      const run = m[0];
      for (let i = 0; i + QUOTE_LENGTH <= run.length; i++) if (known.has(run.slice(i, i + QUOTE_LENGTH))) return true;
    }
    return false;
  };
}
