/**
 * Reads a reply to the question the dialogue asked last turn: a tapped quick reply (its label
 * sent back), 是/否, a number (六个月, 半年, 100万), or a choice named in the user's words.
 * Returns the value to store at the asked path, `{ unknown: true }` when the person says they
 * do not know (不知道、不清楚、说不好: leave the fact open and do not ask it again right away —
 * never read as "no"), or undefined when the reply does not answer it (then the message is
 * routed like any other).
 */
import { describeFact, type FactDescription } from '../rules/facts.js';
import { PERSON_GROUPS, type PersonGroup } from '../rules/schema.js';
import { toHalfWidthDigits } from './chinese-numbers.js';
import { extractFacts, parseNumber } from './facts-from-text.js';
import { COUNTED, findMonths } from './understand/facts/quantities.js';
import { findGroups } from './understand/facts/groups.js';
import { isAskedBothWays, OTHERS } from './understand/facts/scope.js';

export interface ReplyValue {
  value: unknown;
  /** The person does not know: no value; the fact stays open. */
  unknown?: true;
}

/** "I do not know" as a whole reply, or leading one (不清楚，得问问会计). */
const DONT_KNOW =
  /^(我|这个|这|那|具体)?(也|还|真|确实)?(不知道|不晓得|不清楚|不太清楚|不确定|不太确定|不(太)?好说|说不好|说不准|不记得|记不清|记不得|忘了(?!说|讲|告诉|提)|忘记了(?!说|讲|告诉|提)|搞不清|没数|不了解|不太了解)/;

const YES = /^(是|是的|是啊|对|对的|对啊|有|有的|嗯|嗯嗯|好|好的|可以|没错|当然|已经|拿到了|有了|取得了|交了|缴了|交着|有交|交|缴|交过|缴过|是交的|是缴的|是交了|一直交着|一直在交|一直交|都交着|都交了|买了|参保了|参了|参着|参了保|上了|领了|领过|领过了|拿了|拿过|申请了|申请过|享受过|验收了|通过了|过了|合格了|合格|考了|考过了|yes|y|ok|1)[啊呀呢吧了的哈嘞哎哦噢喽啦嘛咧昂!！。.～~\s]*$/i;
const NO = /^(否|不是|不|没有|没|无|不对|未|还没|还没有|都没有|没拿到|no|n|0|都不是|没吸纳|没有购置|没有提取)[啊呀呢吧了的哈嘞哎哦噢喽啦嘛咧昂!！。.～~\s]*$/i;

/** Who reported the answer (会计说 / 刚才她本人打电话说 / 问了会计，), before the answer itself. */
const REPORTED_BY = /^(哎|嗯|哦|噢|好的|好)?[,，]?(刚才|刚刚|刚)?((问了|问过|打电话问了|查了|翻了|看了)[^,，。?？]{0,8}[,，]|(问了|问过|打电话问了)(一下|下)?(会计|财务|出纳|人事|老板|经理|主任|厂长|代账的|代账公司|厂里|公司|单位|那边|人家|对方|本人)(了)?(?=[是有交缴没不领参买验过合考拿申享已对嗯木冇]|都|也|还|公司|厂里|单位|社里)|(问了|问过)?(会计|财务|出纳|人事|老板|经理|主任|厂长|代账的|代账公司|厂里|公司|单位|那边|她|他|他们|她们|人家|对方|本人|她本人|他本人)(那边|那头)?(也|都)?(打电话|打电话来|发微信|发消息|回话|回信|回我|回我了)?(说|讲|回复|告诉我|回了|回话了|回消息了|回信了|答复|反馈|确认)(了)?(?!不)[,，:：]?)/;
/** When, and of whom, before a bare answer: 前头领过了 / 入职那会儿报过了 / 这四个木领. */
const LEAD_WORDS = /^((公司|厂里|单位|社里|店里|我们|俺们|咱们)(这边|那边)?|(前头|之前|以前|早就|早先|原来|那会儿?|当时|入职(那会儿?|时|的时候)?|这(几|[\d一二两三四五六七八九十]+)个(人)?|这些人|他们|她们|他俩|她俩|人家|都|也|就|早|已经|确实|的确|真的|其实|一直|始终|向来|按时|按月|正常)[,，]?)+/;
/** Never heard of the subsidy: so never claimed it. */
const NEVER_HEARD = /听都没听(说)?过|(从来|从)?没听说过|都不知道(还)?有这(个|回事)/;

/** The typed value the reply gives for `path`, if it answers it. */
export function readReply(text: string, path: string): ReplyValue | undefined {
  const fact = describeFact(path);
  if (!fact) return undefined;
  const t = toHalfWidthDigits(text).trim().replace(/\s+/g, '');
  if (!t) return undefined;
  // 不知道能学什么 asks a question; 不知道 / 不清楚有没有领 leaves the fact open.
  if ((DONT_KNOW.test(t) || /^(要|得)问(问|一下)/.test(t)) && !/(什么|怎么|哪|如何|能不能|可不可以|该不该|咋)/.test(t)) {
    return { value: undefined, unknown: true };
  }
  // 证还没考呢 / 还没验收: a condition still ahead — open, not "no" (a 不符合 for a certificate the
  // person is about to earn would send them away).
  if ((path === 'certificate' || /\.accepted$/.test(path)) && /^(证)?(书)?(还没|还未|尚未|还没有)/.test(t)) return { value: undefined, unknown: true };
  // 证还没考 不知道能不能考过: not yet, and not known how it will go — open, not "no".
  if (/还没|尚未|还不/.test(t) && /不知道|不确定|说不准|不好说|不清楚/.test(t)) return { value: undefined, unknown: true };
  // 她算不算就业困难人员 俺也不知道: the choice asked about, then not known — open, not that choice.
  if (isAskedBothWays(t) && /不知道|不晓得|不确定|说不准|不好说|不清楚|搞不清/.test(t)) return { value: undefined, unknown: true };

  // A quick reply sent back as its label, exactly or nearly (“6 个月以上” / “6个月以上”).
  const squash = (s: string) => s.replace(/\s+/g, '');
  const option = fact.options.find((o) => squash(o.label) === t) ?? fact.options.find((o) => t.length >= 2 && squash(o.label).startsWith(t));
  if (option) return { value: option.value };

  switch (fact.kind) {
    case 'boolean': {
      // 会计说前头领过了 / 她说听都没听说过 / 这四个木领: who reported it, when, and whom it is said
      // of come before the answer; the answer is what is left.
      const bare = t.replace(REPORTED_BY, '').replace(LEAD_WORDS, '');
      for (const x of bare && bare !== t ? [t, bare] : [t]) {
        if (YES.test(x)) return { value: true };
        if (NO.test(x) || /^(都|也|还|一直|从来)?(没|没有|不|未|木|冇)/.test(x) || NEVER_HEARD.test(x)) return { value: false };
      }
      return undefined;
    }
    case 'integer':
    case 'number':
      return numberReply(t, fact);
    case 'yuan':
      return yuanReply(t);
    case 'share': {
      const m = /(\d+(?:\.\d+)?)\s*%|百分之(\S+)/.exec(t);
      const n = m ? parseNumber(m[1] ?? m[2]!) : undefined;
      return n === undefined ? undefined : { value: Math.min(1, n / 100) };
    }
    case 'text':
      // A free-text fact (an occupation): anything short that is not itself a question.
      return t.length <= 30 && !/[?？吗呢]|多少|怎么|什么|补贴|能不能|可以|重新开始/.test(t) ? { value: t } : undefined;
    case 'choice':
    case 'multi_choice':
      return choiceReply(t, fact);
    case 'list':
      if (NO.test(t) || /^(没|没有|无)/.test(t)) return { value: [] };
      return undefined;
  }
}

/** A figure given roughly (十几个, 大概8个, 三四个, 好像是半年): not an answer to take as exact. */
export const ROUGH_FIGURE = /几|来个|多个|左右|上下|大概|大约|约|差不多|估计|好像|可能|应该有|[一二两三四五六七八九][一二两三四五六七八九]/;

/** Months employed only need to clear six (三(二)/六(一)): a rough duration past it may answer. */
const EMPLOYED_THRESHOLD = 6;

function numberReply(t: string, fact: FactDescription): ReplyValue | undefined {
  // 22年考的算不算: a year, never a count (nor a duration, unless the question was months).
  if (fact.unit !== '个月' && /[\d零〇一二两三四五六七八九十]+\s*年(?!级)/.test(t)) return undefined;
  // 五个人 answers how many people, never how many months.
  if (fact.unit === '个月' && /[人名位]/.test(t) && !/月/.test(t)) return undefined;
  if (fact.unit === '个月') {
    // 半年多, 一年左右, 去年三月来的: months of 以工代训 set the amount and need the figure; months
    // employed may stand at a lower bound that clears the threshold.
    const said = findMonths(t)[0];
    if (said?.rough) {
      return fact.pattern === 'hires[].monthsEmployed' && (said.atLeast ?? 0) >= EMPLOYED_THRESHOLD ? { value: said.atLeast } : undefined;
    }
    if (said && !/^[\d零〇一二两俩三四五六七八九十]/.test(t.slice(said.end)) && (said.value < 12 * 100)) {
      const exact = fact.kind === 'integer' ? Math.floor(said.value) : said.value;
      if (!ROUGH_FIGURE.test(t)) return { value: exact };
    }
  }
  if (ROUGH_FIGURE.test(t)) return undefined;
  // 没领过 / 一次都没有: none this year.
  if (fact.pattern === 'subsidizedTrainingsThisYear' && /^(一次(也|都))?(还)?(没|没有|未|从没|从来没)/.test(t)) return { value: 0 };
  if (NO.test(t) && fact.options.some((o) => o.value === 0)) return { value: 0 };
  if (fact.unit === '个月') {
    if (/一年半/.test(t)) return { value: 18 };
    if (/半年/.test(t)) return { value: 6 };
    const y = /^(\d+|[一二两三四五六七八九十]+)年/.exec(t);
    if (y) {
      const n = parseNumber(y[1]!);
      if (n !== undefined) return { value: n * 12 };
    }
  }
  // 12个 刚数了: counted — people, whatever was asked.
  if (fact.unit === '个月' && !/月/.test(t) && COUNTED.test(t)) return undefined;
  // 他们都是俺老乡 一个村的: asked for months, a figure counting something else (个村, 个人) is no reply.
  if (fact.unit === '个月' && !/月/.test(t) && !/^(?:有|共|一共|总共|就|才)?[\d零〇一二两俩仨三四五六七八九十]+个?[啊呀呢吧了的!！。.～~]*$/.test(t)) return undefined;
  // Digits first; a numeral in words only with its measure word or standing alone (一共5个人 is
  // five, not the 一 of 一共).
  const m =
    /(\d+(?:\.\d+)?)/.exec(t) ??
    /([零〇一二两俩仨三四五六七八九十百千]+)(?=个|名|位|人|次|回|遍|年|月|家)/.exec(t) ??
    /^(?:有|共|一共|总共)?([零〇一二两俩仨三四五六七八九十百千]+)[啊呀呢吧了的!！。.～~]*$/.exec(t);
  if (!m) return undefined;
  const n = parseNumber(m[1]!);
  if (n === undefined) return undefined;
  if (fact.kind === 'integer' && !Number.isInteger(n)) return undefined;
  return { value: n };
}

function yuanReply(t: string): ReplyValue | undefined {
  if (ROUGH_FIGURE.test(t)) return undefined;
  // 机器人那行是102万 不是120 合计是282: the total answers, in the unit the line was given in; a line
  // of a list alone (那行是102万) is no total, so no answer.
  const total = /(合计|总共|一共|共计|总计|加起来)(是|为|有)?\s*(\d+(?:\.\d+)?)\s*(亿|万|千)?/.exec(t);
  if (total) {
    const n = parseNumber(total[3]!);
    const unit = total[4] ?? /\d\s*(亿|万|千)/.exec(t)?.[1];
    const factor = unit === '亿' ? 1e8 : unit === '万' ? 1e4 : unit === '千' ? 1e3 : 1;
    if (n !== undefined) return { value: Math.round(n * factor * 100) / 100 };
  }
  if (/(那|这)(一)?(行|项|栏|台|笔)/.test(t)) return undefined;
  // A period said first (一年八百万, 今年提了40万) is not the figure: digits, else a numeral in
  // words with its unit.
  const m =
    /(\d+(?:\.\d+)?)\s*(亿|万|千)?/.exec(t) ??
    /([零〇一二两三四五六七八九十百千]+)\s*(亿|万|千)(?=元|块|$|[啊呀呢吧了的!！。.～~])/.exec(t) ??
    /^(?:有|共|一共|总共|大概)?([零〇一二两三四五六七八九十百千]+)\s*(元|块)?[啊呀呢吧了的!！。.～~]*$/.exec(t);
  if (!m) return NO.test(t) ? { value: 0 } : undefined;
  const n = parseNumber(m[1]!);
  if (n === undefined) return undefined;
  const factor = m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : m[2] === '千' ? 1e3 : 1;
  return { value: Math.round(n * factor * 100) / 100 };
}

/** A reply that opens with the person it speaks of (他是…, 我爸算…): that person is the case's. */
const REPLY_SUBJECT = new RegExp(`^(?:${OTHERS.source})(?=(也|就|本身|确实|应该)?(是|属于|算|当过|有))`);

function choiceReply(t: string, fact: FactDescription): ReplyValue | undefined {
  // The user's own words for a group (当兵的 → veteran) or a place (老家 → household).
  if (fact.pattern === 'groups' || fact.pattern === 'hires[].group') {
    // 他是建档立卡贫困户, asked of a father's case: the reply names the person the case is about.
    const said = t.replace(REPLY_SUBJECT, '我');
    const found = extractFacts(said, 'person').person.groups ?? [];
    const byLabel = (Object.keys(PERSON_GROUPS) as PersonGroup[]).filter((g) => t.includes(PERSON_GROUPS[g].replace(/[“”]/g, '')));
    // 建档立卡的 他们都不是 (就是普通打工的): a group named only to be denied is no answer.
    const denied = new Set(findGroups(t, []).filter((g) => g.denied).map((g) => g.group));
    const groups = [...new Set([...found, ...byLabel])].filter((g) => !denied.has(g));
    if (groups.length === 0) return NO.test(t) && fact.pattern === 'groups' ? { value: [] } : undefined;
    return { value: fact.pattern === 'groups' ? groups : groups[0] };
  }
  if (fact.pattern === 'trainingPlace') {
    const place = extractFacts(t, 'person').person.trainingPlace ?? (/户籍|户口|老家/.test(t) ? 'household' : /常住|居住/.test(t) ? 'residence' : /求职|就业|工作(?!室)|打工|上班/.test(t) && !/开(个|家|一个)?[^,，。]{0,6}工作室|[?？]|啥|什么|有没有|吗/.test(t) ? 'job_seeking' : /其他|别的|外地/.test(t) ? 'other' : undefined);
    return place ? { value: place } : undefined;
  }
  const option = fact.options.find((o) => t.includes(o.label) || o.label.includes(t));
  if (option) return { value: option.value };
  if (NO.test(t)) {
    const none = fact.options.find((o) => o.value === null || (Array.isArray(o.value) && o.value.length === 0));
    if (none) return { value: none.value };
  }
  return undefined;
}
