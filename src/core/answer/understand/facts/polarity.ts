/**
 * Yes/no facts said around a noun, in either order: 没交社保 / 社保没交 / 社保这块还没交 /
 * 岗前培训补贴我们一直都没有领过. The words a noun owns are those between it and the nouns of
 * other facts in the same clause: first the words after it (the topic form 社保…没交), else the
 * words before it not already taken by the noun before (没交社保). A negation anywhere in those
 * words before the verb denies it; a verb asked both ways (交没交), a question after the verb
 * (能领多少), a modal (能、可以), a condition (如果、才能) or a generic phrase (交社保的企业) reads
 * nothing, so the dialogue asks instead of guessing.
 */
import { CONDITION, NEGATOR, QUESTION, saysUnknown, isAskedBothWays, type Clause } from './scope.js';

export interface NounMention {
  key: string;
  start: number;
  end: number;
}

export interface PolaritySpec {
  key: string;
  noun: RegExp;
  verb: RegExp;
  /** The noun is itself the verb (参保, 退休, 验收): it affirms unless denied. */
  nounIsVerb?: (m: string) => boolean;
  /** What must follow a noun-verb to affirm it (退休 needs 了). */
  affirmAfter?: RegExp;
  /**
   * What makes the verb a fact rather than a plan or a rule (考了, 拿到, 有): without it
   * (考证才给钱吗, 同一个证考两回) nothing is affirmed. Denials need no such mark.
   */
  done?: RegExp;
}

export type Polarity = { value: boolean; start: number; end: number } | { asked: true } | undefined;

const MODAL_BEFORE = /(能|可以|可|会|要|想|该|应该|得|准备|打算|需)(一起|同时|都|也|再|一块)?$/;
/** 怎么申请, 去哪领, 找谁办: asking how or where, which says nothing of whether it was done. */
const HOW_BEFORE = /(怎么|怎样|如何|咋|哪里|哪儿|在哪|去哪|到哪|找谁|向谁|跟谁)(去|来|才能|能|可以)?$/;
const QUESTION_AFTER = /^(了|过)?(吗|么|没|什么|啥|多少|几|哪|怎么|不(?=$|[?？,，。]))/;
const GENERIC_AFTER = /^的(企业|公司|单位|人|情况|才|能|可以|有)/;

/**
 * Words that only set the noun up as the topic of the clause that follows; whose it is may close
 * them (社保这块他们公司 …一直没交).
 */
const TOPIC_MARK = /^(那玩意儿|那玩意|这玩意儿|这玩意|那东西|这东西|(?:这俩人|这仨人|这几个人|这几个|这些人|那几个人|那几个|他们|他俩|她俩|他们几个)(?:里|里头|里面|中间|当中|中)?|的话|的资格|的待遇|的记录|这一块儿|那一块儿|这块儿|那块儿|这块|那块|这一块|那一块|方面|这边|那边|那个|这个|那个事|这个事|这个东西|那个东西|这个事儿|那个事儿|这件事|那件事|这事|那事|这事儿|那事儿|那个钱|这个钱|那笔钱|这笔钱|那钱|这钱|的钱|钱)?(?:(?:他们|她们|我们|俺们|咱们|咱|俺|人家|对方)(?:的)?(?:公司|厂子|厂|单位|企业|老板|站里|店里)?)?(呢|嘛|吧|啊|呀|么|哈|嘞)?(?:说实话|实话说|老实说|讲真|说真的|不瞒你说|实话讲)?$/;

/** Reads the polarity of each mention of `spec.noun` in the clause. */
export function readPolarity(
  text: string,
  clause: Clause,
  spec: PolaritySpec,
  mentions: NounMention[],
  consumed: Set<string>,
  following?: Clause | readonly Clause[],
): Array<{ mention: NounMention; polarity: Polarity }> {
  // 社保这块 俺们厂 说实话 从来就没给交过: after a topic marker, short asides (俺们厂, 说实话)
  // may come before the statement; the first clause that has the verb says it.
  const ahead = following === undefined ? [] : Array.isArray(following) ? (following as readonly Clause[]) : [following as Clause];
  const free = (c: Clause) => !mentions.some((m) => m.start >= c.start && m.start < c.end);
  let nextClause: Clause | undefined = ahead[0];
  for (let i = 0; i < ahead.length && i < 5; i++) {
    const c = ahead[i]!;
    if (!free(c)) {
      // 领过了 4个贫困户的没领: the words before the next noun (and its count) still speak of this one.
      const first = Math.min(...mentions.filter((m) => m.start >= c.start && m.start < c.end).map((m) => m.start));
      const head = text.slice(c.start, first).replace(/[\d一二两俩仨三四五六七八九十]+(个|名|位)?$/, '');
      if (head.length >= 2 && spec.verb.test(head)) {
        nextClause = { start: c.start, end: c.start + head.length, text: head };
        break;
      }
      // 岗前培训补贴 那三个贫困户 之前已经领过了: whom it is about, then the statement, one clause on.
      const then = ahead[i + 1];
      // (就业困难那俩领过了 其他人都没领: what "the others" did is theirs, not the topic's.)
      // (参保 新招的人里残疾人 没有: a bare 没有 after a group says the group is absent, not the unit's insurance.)
      const groupAbsent = /^(没有|没|无)[,;!?。，、；！？~…\s]*$/.test(then?.text.trim() ?? '') && mentions.some((m) => m.key.startsWith('group:') && m.start >= c.start && m.start < c.end);
      if (then && free(then) && !groupAbsent && spec.verb.test(then.text) && c.text.replace(/[,;!?。，、；！？~…\s]+/g, '').length <= 14 && !/^(其他|其余|剩下|别的|另外)/.test(then.text.trim())) nextClause = then;
      break;
    }
    // 村里有人说能领: hearsay of what could be done is an aside too; the statement comes after it.
    // 中介说帮我们领: an offer to claim it, not a claim made.
    const hearsay = /(说|听说|讲)[^,;。]{0,3}(能|可以|可)[^,;。]{0,2}$|(能|可以)(领|申请|拿|交)$|(说|讲|答应|要)[^,;。]{0,3}(帮|替|给)[^,;。]{0,4}(领|申请|办|弄|报)(补贴|补助|钱|的)?$/.test(c.text.replace(/[,;!?。，、；！？~…\s]+$/g, ''));
    // 当时想报来着 (后来嫌麻烦 压根就没弄): a wish at the time is an aside; the statement comes after it.
    const wished = /^(当时|本来|原本|原来|起初|开始|一开始)?(也)?(想|打算|准备|寻思)[^,;。]{0,6}?(来着|的)?$/.test(c.text.replace(/[,;!?。，、；！？~…\s]+$/g, ''));
    if (wished) continue;
    if ((spec.verb.test(c.text) || NEGATOR.test(c.text)) && !hearsay) {
      nextClause = c;
      break;
    }
    // 我们hr这边查了一下系统: an aside of a few words (who checked, 说实话) before the statement.
    if (c.text.replace(/[,;!?。，、；！？~…\s]+/g, '').length > 12) break;
  }
  const own = mentions.filter((m) => m.key === spec.key && m.start >= clause.start && m.end <= clause.end);
  const out: Array<{ mention: NounMention; polarity: Polarity }> = [];
  if (CONDITION.test(clause.text)) return own.map((mention) => ({ mention, polarity: undefined }));
  for (const mention of own) {
    const sorted = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end).sort((a, b) => a.start - b.start);
    const idx = sorted.indexOf(mention);
    const next = sorted.slice(idx + 1).find((m) => m.start >= mention.end);
    const prev = [...sorted.slice(0, idx)].reverse().find((m) => m.end <= mention.start);
    const postEnd = next ? next.start : clause.end;
    const preStart = prev ? prev.end : clause.start;
    let post = text.slice(mention.end, postEnd);
    let postBase = mention.end;
    // 岗前培训补贴嘛没 (the space dropped): the marker, then the statement, in one clause.
    // 养老金的资格没有: what of the noun is had or not, then the statement.
    const marked = /^(呢|嘛|吧|啊|呀|这块|那块|这一块|那一块|的资格|的待遇|的记录|那玩意儿|那玩意|这玩意儿|那个|这个)(?=[没未不有领拿交申])/.exec(post);
    if (marked) {
      post = post.slice(marked[0].length);
      postBase += marked[0].length;
    }
    // 社保？没交 — the noun ends its clause and the next clause, naming no fact, says the rest.
    // 社保呢 老板一直没给交 / 岗前补贴这块 我们领了: a topic marker, then the statement about it.
    let topicForm = false;
    // 还没退休 有补贴不: a noun that is its own verb, negated before it, is the statement itself.
    const negatedVerbNoun = spec.nounIsVerb?.(text.slice(mention.start, mention.end)) === true && NEGATOR.test(text.slice(Math.max(preStart, mention.start - 3), mention.start));
    // 公司参保,能补吗: a noun that is its own verb ends a statement; a question after it is another matter.
    const statedAlone = post === '' && spec.nounIsVerb?.(text.slice(mention.start, mention.end)) === true && nextClause !== undefined && QUESTION.test(nextClause.text) && !spec.verb.test(nextClause.text) && !NEGATOR.test(nextClause.text);
    if ((post === '' || TOPIC_MARK.test(post)) && !negatedVerbNoun && !statedAlone && nextClause && !mentions.some((m) => m.start >= nextClause.start && m.start < nextClause.end) && (!spec.verb.test(text.slice(preStart, mention.start)) || (/^的(资格|待遇|记录)/.test(post) && !NEGATOR.test(text.slice(preStart, mention.start))))) {
      post = nextClause.text.replace(/[,;!?。，、；！？~…]+$/, '');
      postBase = nextClause.start;
      topicForm = true;
    }
    const pre = prev && consumed.has(`${prev.key}@${prev.start}`) ? '' : text.slice(preStart, mention.start);
    const nounText = text.slice(mention.start, mention.end);
    // 验收不验收 / 参保没参保: the noun asked both ways — neither half says yes or no.
    const bothWays = (a: number) => [nounText + '不', nounText + '没'].includes(text.slice(a - nounText.length - 1, a));
    if (bothWays(mention.start) || bothWays(mention.end + nounText.length + 1) || [`没${nounText}`, `不${nounText}`].includes(text.slice(mention.end, mention.end + nounText.length + 1))) {
      consumed.add(`${mention.key}@${mention.start}`);
      out.push({ mention, polarity: { asked: true } });
      continue;
    }

    // 岗前补贴那个没听说过: never heard of a subsidy is never to have claimed it.
    if (spec.key === 'preJob' && /^(从来|根本|压根)?(都|就)?(没|没有)(听说|听|见)过/.test(post)) {
      consumed.add(`${mention.key}@${mention.start}`);
      out.push({ mention, polarity: { value: false, start: mention.start, end: postBase + post.length } });
      continue;
    }
    // 俺们交了社保的公司 / 我们是交社保的企业: the asker's own unit described, not a kind talked about.
    // 交社保的企业 招了1个贫困户…: opening a message that tells its hires, the unit is the asker's.
    // (交社保的公司 贫困户三个干了十个月: a count of people or their months tells the case as much.)
    const opensOwnCase = text.slice(0, Math.max(0, mention.start - 4)).replace(/[,\s]/g, '') === '' && /招了|吸纳了?|收了|雇了|录用了|以工代训[^,;。？?]{0,4}[\d一二两三四五六七八九十半俩仨]|干了[\d一二两三四五六七八九十半俩仨]|[\d一二两三四五六七八九十俩仨]\s*(个|名|位)(?![^,;。]?月)/.test(text);
    if (GENERIC_AFTER.test(post) && !opensOwnCase && !/(我们|俺们|咱们|我司|本公司)(是|这|就是)?(个|家|一家)?[^,;。]{0,5}$/.test(pre)) {
      out.push({ mention, polarity: undefined });
      continue;
    }
    // 参保这块 我们公司其实 一直没给交: the topic's statement has a verb of its own, which decides.
    if (spec.nounIsVerb?.(nounText) && !(topicForm && spec.verb.test(post))) {
      out.push({ mention, polarity: nounAsVerb(pre, post, mention, spec) });
      continue;
    }
    // 在不在那个系统里: the verb asked both ways before the noun — whatever follows it says nothing.
    if (/([\u4e00-\u9fff])(?:没|不)\1[^,;。]{0,4}$/.test(pre)) {
      out.push({ mention, polarity: { asked: true } });
      continue;
    }
    const postVerb = spec.verb.exec(post);
    if (postVerb) {
      consumed.add(`${mention.key}@${mention.start}`);
      const vAt = postVerb.index ?? 0;
      const upTo = post.slice(0, vAt);
      // 岗前补贴 这个 领 没有 一分没拿: the verb ends its clause, echoing the question; the clause
      // after it answers (prepare keeps the pause before 没有 as a clause end).
      const verbEnd = postBase + vAt + postVerb[0].length;
      const rest = post.slice(vAt + postVerb[0].length);
      const answer = rest.replace(/[,;!?。，、；！？~…\s]+/g, '') === '' ? ahead.find((c) => c.start >= verbEnd) : undefined;
      const answered = answer && /^(还|都|也|压根)?(没有|没|木有|冇)(的|了|呢|啊|哦)?[,;!。，、；！~…\s]*$/.test(answer.text) ? `,${answer.text}` : '';
      out.push({ mention, polarity: judge(post, upTo, rest + answered, mention.start, postBase + vAt + postVerb[0].length, clause.text + post, undefined, doneTest(spec, postVerb[0], rest, upTo)) });
      continue;
    }
    // 岗前补贴没有 / 社保？没 — a bare denial standing for the verb.
    const bare = /^(我们|他们|也|都|还|一直|从来)*(没有|没|无|未)(的|了|呢|啊)?$/.exec(post);
    if (bare) {
      consumed.add(`${mention.key}@${mention.start}`);
      out.push({ mention, polarity: { value: false, start: mention.start, end: postBase + post.length } });
      continue;
    }
    // The verb before the noun: the last one in the words it owns.
    let preVerb: RegExpExecArray | null = null;
    const global = new RegExp(spec.verb.source, 'g');
    for (const m of pre.matchAll(global)) preVerb = m as RegExpExecArray;
    if (preVerb) {
      const vAt = preVerb.index ?? 0;
      const upTo = pre.slice(0, vAt);
      // 有没有交社保: the question form sits before the noun.
      const after = pre.slice(vAt + preVerb[0].length) + post;
      out.push({ mention, polarity: judge(pre, upTo, after, preStart + vAt, mention.end, clause.text, preStart, doneTest(spec, preVerb[0], pre.slice(vAt + preVerb[0].length), upTo)) });
      continue;
    }
    out.push({ mention, polarity: undefined });
  }
  return out;
}

function doneTest(spec: PolaritySpec, verb: string, afterVerb: string, beforeVerb: string): boolean {
  if (!spec.done) return true;
  return spec.done.test(verb + afterVerb) || /(已经|已)[^,;。]{0,3}$/.test(beforeVerb);
}

function judge(region: string, beforeVerb: string, afterVerb: string, start: number, end: number, clause: string, regionBase?: number, done = true): Polarity {
  if (isAskedBothWays(region)) return { asked: true };
  if (saysUnknown(region)) return { asked: true };
  // 老板也没说不交 / 会计没说领了 也没说没领: what nobody said either way is no word that it was, or was not.
  if (/(没|没有|也没|从没|不曾)(说|讲|提|讲过|说过|提过)(过)?$/.test(beforeVerb.replace(/(不|没|没有)$/, ''))) return { asked: true };
  // 领 没有 一分没拿: the verb, a pause, then a bare denial — the verb echoed from the question, answered no.
  if (/^[,，\s]+(还|都|也|压根)?(没有|没|木有|冇)(?=$|[,，\s。!！]|一分|一个|领|拿|交|缴)/.test(afterVerb) && !/[?？吗么]/.test(afterVerb)) return { value: false, start, end };
  // 领没有 / 交了没, ending the clause: the verb asked both ways — nothing read.
  if (/^(了|过)?(没有|没)$/.test(afterVerb)) return { asked: true };
  if (QUESTION_AFTER.test(afterVerb)) return undefined;
  // 领是没领 / 交倒是没交: the verb said, then denied (the X是X了 form turned negative).
  if (/^(是|倒是)(没有|没|未|不)/.test(afterVerb) && !NEGATOR.test(beforeVerb)) return { value: false, start, end };
  // 也不是不交 / 并不是没领: a denial denied is a yes.
  if (/(不是|并不是|也不是|并非|倒不是)(不|没有|没)$/.test(beforeVerb)) return QUESTION.test(clause) ? undefined : { value: true, start, end };
  // 没有不领的 / 没一个不交的 / 无一不领: nobody who did not — every one did.
  if (/(没有|没|无)(一个|一人|谁|哪个|人)?(是)?不$/.test(beforeVerb) && /^(的|过的|了的)/.test(afterVerb)) return QUESTION.test(clause) ? undefined : { value: true, start, end };
  // 岗前补贴不是领过，是没领: 不是 right before the verb denies it.
  if (/(不是|并不是|并非)$/.test(beforeVerb)) return QUESTION.test(clause) ? undefined : { value: false, start, end };
  const negFound = NEGATOR.exec(beforeVerb);
  // 以前也没有学校在系统里: a subject of its own (学校, 俺, 公司) between the denial and the verb starts a
  // new statement — the denial was of the words before it (run-on messages have no commas to say so).
  // (没给他们交: whom it is done for is no new subject.)
  const neg = negFound && /(?<![给替帮为让跟和对])(学校|机构|中心|我|俺|他|她|老板|公司|厂|单位)/.test(beforeVerb.slice((negFound.index ?? 0) + negFound[0].length)) ? null : negFound;
  // The evidence of a denial before the noun starts at the denial (没交社保, not 交社保).
  if (neg && !/不是/.test(neg[0])) return { value: false, start: regionBase !== undefined ? regionBase + (neg.index ?? 0) : start, end };
  // 不给(他们)交社保: a refusal on someone's behalf denies as plainly as 没交.
  const refused = /不(给|帮|替|为)[\u4e00-\u9fff]{0,3}$/.exec(beforeVerb);
  if (refused) return QUESTION.test(clause) ? undefined : { value: false, start: regionBase !== undefined ? regionBase + (refused.index ?? 0) : start, end };
  // 不交社保 states a habit or a case; in a question it is a condition, not a fact.
  if (/不$/.test(beforeVerb)) return QUESTION.test(clause) ? undefined : { value: false, start: regionBase !== undefined ? regionBase + beforeVerb.length - 1 : start, end };
  if (MODAL_BEFORE.test(beforeVerb) || HOW_BEFORE.test(beforeVerb)) return undefined;
  if (/^(吗|么)/.test(afterVerb)) return undefined;
  if (!done) return undefined;
  return { value: true, start, end };
}

function nounAsVerb(pre: string, post: string, mention: NounMention, spec: PolaritySpec): Polarity {
  if (isAskedBothWays(pre.slice(-3) + post.slice(0, 3))) return { asked: true };
  // 参没参保 俺不晓得: the verb asked both ways before the noun, or "not known" said of it.
  if (/(参|交|缴|验|申)(没|没有|不)$/.test(pre) || saysUnknown(post)) return { asked: true };
  // 验收过没 / 验收了没有: asked both ways, with the verb said once.
  if (/^(过|了)没(有)?(?!通过|合格|过|验)/.test(post)) return { asked: true };
  const neg = /(从来没有|从来没|从没|一直没有|一直没|还没有|还没|没有|没|未|不是|不)(有|能|去|到)?$/.exec(pre);
  if (neg) return { value: false, start: mention.start - neg[0].length, end: mention.end };
  if (/^(没|不)(有)?(通过|合格)/.test(post)) return { value: false, start: mention.start, end: mention.end + 3 };
  // 已通过人社和财政验收 / 没通过市里的验收: passed, said before the noun with who checked it.
  const passed = spec.key === 'accepted' ? /(没有|没|未|还没)?(通过|经过|做过|做了|完成了?)了?(人社|人社局|人社部门|财政|财政局|财政部门|市里|区里|县里|市|区|县|相关部门|部门|的|和|跟|与|及|、){0,8}$/.exec(pre) : null;
  if (passed) return { value: !passed[1], start: mention.start - passed[0].length, end: mention.end };
  // 验收？还没 / 验收？没过: the noun asked of oneself, then answered no.
  const selfAnswered = /^,?(还|都|也|暂时|目前)?(没有|没|未)(通过|合格|过|验收|验|弄|搞|办)?(呢|啊|哈|哦)?(?=$|[,;!。])/.exec(post);
  if (selfAnswered) return { value: false, start: mention.start, end: mention.end + selfAnswered[0].length };
  // 快退休了 / 马上就要验收: about to happen, not done — left to ask.
  if (/(快|快要|就要|马上|即将|眼看|眼瞅着)(就|要)?$/.test(pre)) return undefined;
  if (MODAL_BEFORE.test(pre) || /^(吗|么|的话)/.test(post)) return undefined;
  // 已经验收，能补多少: done, said with 已经; the question that follows asks about the amount.
  if (/(已经|已)$/.test(pre) && !/^了?(吗|么|没|不|没有)/.test(post)) return { value: true, start: mention.start - (pre.endsWith('已经') ? 2 : 1), end: mention.end };
  // (公司参保,能补吗: a question in the next clause asks about the subsidy, not the noun.)
  if (QUESTION.test(post.slice(0, 4).split(/[,;!。]/)[0]!)) return undefined;
  if (spec.affirmAfter && !spec.affirmAfter.test(post) && !/(已经|已)$/.test(pre)) return undefined;
  return { value: true, start: mention.start, end: mention.end };
}
