/**
 * The plan's period in answers: a dated question ("2020年…") is answered for that date, and an
 * answer about what someone can get or do, asked after the plan ended, says so once per
 * conversation (the session remembers it was told).
 */
import { POLICY } from '../rules/policy.js';
import { questionParts } from './parts.js';

/** The date a question is about, when it names a year (2020年我们招了… → 2020-12-31), clamped to the plan. */
export function datedAsOf(text: string): string | undefined {
  const m = /(20[0-4]\d)\s*年/.exec(text);
  // 22年下半年 / 二〇二二年: a year said short or in characters, when a part of it follows (no
  // span such as 干了12年).
  const short = m ? undefined : /(?<!\d)(1[5-9]|2\d)\s*年(?=上半年|下半年|年底|年初|年中|年末|\d{1,2}月|[一二三四五六七八九十]{1,2}月|的时候|那会|那年|春|夏|秋|冬)/.exec(text);
  const words = m || short ? undefined : /二[〇零]([一二][〇零一二三四五六七八九])年/.exec(text);
  const digit = (c: string) => '〇零一二三四五六七八九'.indexOf(c) - (c === '〇' ? 0 : 1);
  const year = m ? Number(m[1]) : short ? 2000 + Number(short[1]) : words ? 2000 + digit(words[1]![0]!) * 10 + digit(words[1]![1]!) : undefined;
  if (year === undefined) return undefined;
  // A year inside the plan's period: its last day the plan was in force that year.
  const end = `${year}-12-31`;
  if (end < POLICY.period.from) return undefined;
  return end > POLICY.period.to && year <= Number(POLICY.period.to.slice(0, 4)) ? POLICY.period.to : end;
}

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The one line saying the plan has ended, or undefined while it was in force on `asOf`. */
export function periodNote(asOf: string): string | undefined {
  if (asOf <= POLICY.period.to) return undefined;
  return (ENDED_NOTE ??= `注意：本方案施行期${chineseDate(POLICY.period.from)}至${chineseDate(POLICY.period.to)}，已结束。`);
}
// The plan's period never changes: its note is written once.
let ENDED_NOTE: string | undefined;

/** The plan's period and that it ended, as a clause of a sentence (本方案施行期…至…，已结束). */
export function periodEnded(): string {
  return `本方案施行期${chineseDate(POLICY.period.from)}至${chineseDate(POLICY.period.to)}，已结束`;
}

/**
 * The plan's end recalled in a few words, for an answer that grants something after the dates
 * were given earlier in the conversation (the dates themselves are said once).
 */
export function periodRecall(): string {
  return `注：本方案已于${POLICY.period.to.slice(0, 4)}年底结束。`;
}

/** The line for a question dated inside the plan's period. */
export function datedNote(asOf: string): string | undefined {
  if (asOf < POLICY.period.from || asOf > POLICY.period.to) return undefined;
  return `按您问的年份回答：当时方案在施行期内（${chineseDate(POLICY.period.from)}至${chineseDate(POLICY.period.to)}）。`;
}

/**
 * Asks whether the plan (or a subsidy of it) still holds today: 现在还能申请吗, 还有效吗, 过期了没,
 * 今年还有吗, 还能领不. A question for a figure (还能领几次, 现在还能领多少) or for more of the
 * plan (还能领别的补贴吗) is not one: it is answered as asked, with the period note.
 */
export function asksStillValid(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  // 还能领别的补贴吗 / 还能享受什么: more of the plan, not whether it holds.
  // (到啥时候就不管了 asks the end itself.)
  if (/几次|几个月|多少|多久|几天|几年|多长|别的|其他|其它|另外|什么(?!时候)|啥(?!时候)|哪些|哪个|哪种/.test(t)) return false;
  // 退休了还能领吗 / 领过3次了还能申请吗: "still" after a change in the person's case is a
  // condition of the rule, not the plan's time.
  if (/了[，,]?还(能|可以|有)/.test(t) && !/现在|今年|目前|如今|当前|明年|这会儿/.test(t)) return false;
  // 去年学了X 补过了 今年还想考X 还能补不: a subsidy had before, asked again — the no-repeat rule, not the plan's time.
  if (/(补|领|享受|拿)过了?[^。？?]{0,12}(还|再)/.test(t)) return false;
  // 拿退休金的人还能享受吗 / 我这种情况还能领不: "still" of a kind of person is a condition of the rule.
  // (2022年招的人 还能按这个方案补吗: a date or 按这个方案 asks the plan's time after all.)
  if (/(的人|这种人|这类人|这样的人|这种情况|这情况)(也)?还(能|可以)/.test(t) && !/现在|今年|目前|如今|当前|明年|这会儿|\d{2,4}年|按(这个|这|方案|原来|那个)/.test(t)) return false;
  return STILL_VALID.test(t);
}

const STILL_VALID =
  // 到啥时候就不管了 / 到什么时候截止: until when it holds.
  // 搁到现在再去申请 / 放到今天呢: the same case asked for today.
  /(到|管到|执行到|有效到)(啥|什么)时候(就)?(不管|截止|结束|到期|为止|有效|停|作废|不算)|(搁|放|换|挪)到(现在|今天|如今|眼下)[^，,。？?]{0,8}(申请|领|办|报|能|呢|中不中|行不行)|还有效|有效(吗|不|没|么)|还能按[^，,。？?]{0,6}(补|领|申请|享受|办)|还按(这个|这|原来的?|方案|那个)[^，,。？?]{0,4}(补|领|给|算|办|来|执行|走)|还管用|还(中|灵|好使)不(中|灵|好使)|(方案|政策|文件)[^，,。？?]{0,6}还行不行|还(中|作数|好使)(吗|不|么|嘛)|来得及|还赶得上|赶得上(吗|不|么)|赶趟|(现在|今年|目前|如今|眼下|这会儿)[^，,。？?]{0,10}(行不行|中不中|可以不|能不能|行吗|可以吗|中吗|管用不)|还算数|过期|失效|作废|到期了|结束了(吗|没|么)|停了(吗|没|么)|取消了(吗|没|么)|还在(执行|实施)|还执行|(现在|今年|目前|如今|明年|当前|这会儿|这两年)[^，,。？?]{0,10}还(能|可以|有|在|让|给)|还(能不能|可不可以|可以不可以)(申请|领|申领|办|拿|享受|报名|报|用)|还(能|可以)(申请|领|申领|办|拿|享受|报名|报|用)[^，,。？?几]{0,8}(吗|不|没|么|嘛|呢)?[？?]?$|(20\d{2}|(?<!\d)[12]\d)年(以后|之后|往后|后|起)[^，,。？?]{0,6}(还|能|可以)(能|可以)?(用|申请|领|办|享受|按|算|管用)|(现在|今年|目前)(能|可以)(申请|领|办|报名)|(20\d{2}|(?<!\d)[12]\d)年[^，,。？?]{0,8}(买|购|招|来|入职|培训|学|办|建|考|拿证|取证)[^，,。？?]{0,6}(还算不算|还算吗|算不算|还算|还能算|还能补|能不能算|能算吗|能不能补)/;

/**
 * Some part of the message asks whether a thing can still be done today (培训给补多少钱 现在还能报名不):
 * the whole message may ask more (a figure), but the plan's end is part of the answer.
 */
export function asksAboutNow(text: string): boolean {
  return questionParts(text).some(asksStillValid);
}

/** 那再干俩月满半年 就能领了吧 / 等明年干满了可以申请吗: a claim supposed in the future. */
const FUTURE_CLAIM = /(^|[,，\s])(那)?(再|等到?|过)[^，,。？?]{1,12}(满|够|到|以后|之后)[^。？?]{0,24}(就)?(能|可以|中)(领|拿|申请|报|享受)?(了)?(吧|吗|不|么|没)/;

/**
 * A claim supposed for later (再干俩月就能领了吧): today is after the plan's end, so whatever the
 * case will be then, the answer is that end — and the supposed months are no facts of the case.
 */
export function asksFutureClaim(text: string): boolean {
  return FUTURE_CLAIM.test(text);
}
