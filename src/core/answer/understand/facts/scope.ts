/**
 * Where a fact's words reach: clauses, the words that deny (没、未、不是), the words that make a
 * clause a question, a condition or a rule rather than a statement about the asker, the words
 * that say "I do not know", and whom a clause is about (我 / 我老公 / 孩子).
 */

/** A clause: [start, end) of the prepared text. */
export interface Clause {
  start: number;
  end: number;
  text: string;
}

// Punctuation ends a clause; so do the words that join two statements (但是, 另外, 还有 …).
const CLAUSE_END = /[,;!?。，、；！？\n~…]|\.(?!\d)/g;
const JOINERS = /但是|不过|可是|另外|还有|同时|而且|然后|对了/g;

/** The clauses of a prepared text. */
export function clausesOf(text: string): Clause[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of text.matchAll(CLAUSE_END)) {
    cuts.add(m.index ?? 0);
    cuts.add((m.index ?? 0) + m[0].length);
  }
  for (const m of text.matchAll(JOINERS)) cuts.add(m.index ?? 0);
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Clause[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const t = text.slice(start, end);
    if (!t || /^[,;!?。，、；！？\n~….]+$/.test(t)) continue;
    out.push({ start, end, text: t });
  }
  return out;
}

export function clauseAt(clauses: Clause[], index: number): Clause | undefined {
  return clauses.find((c) => index >= c.start && index < c.end);
}

/** A word that denies what follows it (没交, 还没领, 从来没有, 未参保, 不是). */
export const NEGATOR = /从来都没有|从来没有|从来没|从没有|从没|一直都没有|一直没有|一直都没|一直没|都没有|都没|也没有|也没|还没有|还没|并没有|没有|没|未曾|未|不曾|并不是|不是|并非|无/;

/** "I do not know" in its everyday forms. */
// (建档立卡是啥俺也不懂: the word itself not understood — the fact is not known either.)
export const UNKNOWN = /不(太|大|是很)?(知道|晓得|清楚|确定|记得|了解)|(俺|我)(也|都|真)?(不懂|搞不懂|弄不懂|闹不懂|不明白)|(我|俺)哪(里|儿)?(知道|晓得|清楚)|谁知道|鬼知道|天知道|不(太)?好说|说不好|说不准|说不上来|说不清|讲不清|搞不明白|弄不清|吃不准|记不清|记不得|忘了(?!说|讲|告诉|提)|忘记了(?!说|讲|告诉|提)|搞不清|得问问|要问问|问一下|问问|要问|得问|没数|看不到|查不到|不掌握|拿不准|没底|没(跟|给|和)我说|没告诉我/;

/**
 * True when the clause says the person does not know a fact (社保交没交不清楚, 不知道有没有领);
 * not when it asks what to do (不知道能学什么, 不清楚怎么申请).
 */
export function saysUnknown(clause: string): boolean {
  const m = UNKNOWN.exec(clause);
  if (!m) return false;
  // 就想问一下能补多少: the asker's own question, not a fact they must ask someone about.
  if (/问/.test(m[0]) && /(想|请|麻烦|顺便|再|就想|我想)$/.test(clause.slice(0, m.index ?? 0))) return false;
  return !/(什么|怎么|哪|如何|能不能|可不可以|该不该|咋|啥|多少)/.test(clause.slice((m.index ?? 0) + m[0].length));
}

/** A clause that asks, sets a condition or states a rule rather than telling a fact. */
// 万一 after a numeral is a sum and a count (80万一个), not "in case".
const CONDITION_WORDS = /如果|假如|要是|假设|(?<![\d零〇一二两三四五六七八九十百千])万一|才能|才可以|才行|才给|才补|才有|需要|必须|要求|是否需要|是不是要|得满足/;

/**
 * A clause that sets a condition or states a rule (如果没交社保, 干满6个月才能领) rather than telling
 * a fact. "X的话" is a condition too, except when X is only the topic (社保的话，还没交).
 */
export const CONDITION = {
  test(clause: string): boolean {
    if (CONDITION_WORDS.test(clause)) return true;
    const m = /^(.*?)的话/.exec(clause);
    return m !== null && !(/^(那个|这个|至于)?[\u4e00-\u9fff]{1,6}$/.test(m[1]!) && !/没|不|未|交|缴|领|有|是|拿/.test(m[1]!));
  },
};

/** Words that set a supposition (的话, 要是 …): a span said under them is no fact. */
export const SUPPOSITION = /的话|要是|如果|假如|万一/;

/**
 * 不满六个月的话是不是就白搭了: a condition asked about — nothing in it answers a question of the case,
 * corrects a fact or fills an open one.
 */
export function asksUnderCondition(text: string): boolean {
  return SUPPOSITION.test(text) && /是不是|吗|么|咋办|怎么办|呢|白搭|白干/.test(text);
}

/** Words that make a clause a question. */
export const QUESTION = /吗|么|(?<![着哩])呢|[?？]|什么|啥|多少|(?<![这那好])几(个|次|年)|多久|多长|怎么|怎样|如何|哪|能不能|可不可以|可以吗|行不行|有没有|是不是|算不算/;

/** A verb said twice around a negation: 交没交, 领没领过, 有没有, 是不是, 交了没有. */
export function isAskedBothWays(region: string): boolean {
  return /([\u4e00-\u9fff])(?:没|不)\1/.test(region) || /了没有?$|了没(有)?[^\u4e00-\u9fff]*$/.test(region) || /有没有|是不是|是否/.test(region);
}

const SELF = /我们|我司|咱们|咱|俺们|俺|本人|本公司|本企业|本单位|我家|我/g;
/** Someone other than the asker, named as the subject. */
export const OTHERS = /老公|老婆|丈夫|妻子|爱人|媳妇|我爸|我妈|爸爸|妈妈|父亲|母亲|孩子|小孩|儿子|女儿|闺女|娃|孙子|孙女|外孙|孙儿|侄子|侄女|外甥|(?<=[俺我咱])儿(?![童女子])|妮儿|(?<=^|[\s,，。;；家俺我咱])(老大|老二|老三|老幺|大的|小的)(?=在|上|读|念|是|今年|去年)|老伴|家人|亲戚|朋友|同事|邻居|弟弟|哥哥|姐姐|妹妹|同学|他们|她们|他|她/g;
// 俺儿 / 俺妮儿: a son and a daughter as Henan parents say it.
// 老大在技校 / 小的在职高: parents name their children by birth order too.
// 孙子在技校: a grandchild of the household is a child of its 户 as much.
export const CHILD = /孩子|孩儿|小孩|儿子|女儿|闺女|娃|孙子|孙女|外孙|孙儿|(?<=[俺我咱])儿(?![童女子])|妮儿|小子|(?<=^|[\s,，。;；家俺我咱])(老大|老二|老三|老幺|大的|小的)(?=在|上|读|念|是|今年|去年)/;

/**
 * Whom the words before `index` in the clause are about: the last subject named before it —
 * `self` (我, 我们, 本人), `other` (我老公, 孩子, 朋友) — or `none`.
 */
export function subjectBefore(text: string, clauseStart: number, index: number): 'self' | 'other' | 'none' {
  const span = text.slice(clauseStart, index);
  let last = -1;
  let who: 'self' | 'other' | 'none' = 'none';
  for (const m of span.matchAll(SELF)) {
    if ((m.index ?? 0) >= last) {
      last = m.index ?? 0;
      who = 'self';
    }
  }
  for (const m of span.matchAll(OTHERS)) {
    // 我老公: the person named after 我 is the subject.
    if ((m.index ?? 0) >= last) {
      last = m.index ?? 0;
      who = 'other';
    }
  }
  // 我和我老婆都是…: the asker is one of them.
  if (who === 'other' && /我(和|跟|与|同)|(和|跟|与|同)我/.test(span)) return 'self';
  return who;
}
