/**
 * Chat shorthand read as the words it stands for, before a message is understood: pinyin
 * initials and whole pinyin for the plan's key terms (ygdx / yigongdaixun → 以工代训, sb → 社保,
 * gqbt → 岗前补贴), a count typed as 3ge, and the chat spelling 滴 for 的 (5个月滴). People who do
 * not type characters easily write this way; unread, a fact they gave would be asked again or,
 * worse, a denial beside it would stand alone. Latin words that are not such shorthand are left
 * as typed.
 */

/** Shorthand → the plan's term. Lowercase; matched as a whole Latin word. */
const TERMS: ReadonlyArray<readonly [string, string]> = [
  ['ygdx', '以工代训'],
  ['yigongdaixun', '以工代训'],
  ['sb', '社保'],
  ['shebao', '社保'],
  ['gqbt', '岗前补贴'],
  ['gangqianbutie', '岗前补贴'],
  ['gqpx', '岗前培训'],
  ['jdlk', '建档立卡'],
  ['jiandanglika', '建档立卡'],
  ['pkh', '贫困户'],
  ['pinkunhu', '贫困户'],
  ['cjr', '残疾人'],
  ['canjiren', '残疾人'],
  ['tyjr', '退役军人'],
  ['tuiyijunren', '退役军人'],
  ['jykn', '就业困难'],
  ['jiuyekunnan', '就业困难'],
  ['lingjiuye', '零就业'],
  ['zgjyjf', '职工教育经费'],
  ['jyjf', '教育经费'],
  ['jiaoyujingfei', '教育经费'],
  ['jiaoyu', '教育'],
  ['jingfei', '经费'],
  ['butie', '补贴'],
  ['peixun', '培训'],
  ['chuangye', '创业'],
  ['xuetu', '学徒'],
];

const BY_WORD = new Map(TERMS);
const WORD = new RegExp(`(?<![a-z])(${TERMS.map(([w]) => w).join('|')})(?![a-z])`, 'gi');
/** 3ge / 5 ge: a count with its measure word in pinyin. */
const COUNT_GE = /(\d)\s*ge(?![a-z])/gi;
/** 5个月滴 / 建档立卡滴 / 俺们滴: 滴 typed for 的 after a word it closes (not 滴滴, 点滴, 水滴). */
const DI = /(?<=[月个卡了人户们俺我他她你啥子])滴(?!滴)/g;
/** 验收ok了: passed. */
const PASSED_OK = /(验收|审核|考试|考核)\s*(ok|okay)(?![a-z])/gi;
/**
 * 以工代训4m / 干了 6 mo: months in office shorthand. A figure with m is never meters or millions
 * in what people ask this service; a unit after it (m²) or more Latin letters leave it alone.
 */
const MONTHS_M = /(\d+(?:\.\d+)?)\s*(?:m|mo|mon|mos|months?)(?![a-z²³\d])/gi;
/** 社保ok / 五险都没问题 / 社保正常: the insurance is paid (the denial inside 没问题 is not one). */
const INSURED_OK = /(社保|社会保险|五险一金|五险)(都|也|全|全都|一直)?\s*(?:ok|okay|没问题|没毛病|正常|齐全|齐)(?![a-z交缴])/gi;

/** 职教经费: accountants' short name for the 职工教育经费 (职教 alone may be vocational schooling). */
const STAFF_FUND = /职教经费/g;

/** The message with its shorthand spelled out (same text when it has none). */
export function expandShorthand(text: string): string {
  if (!/[a-z]|滴|没问题|没毛病|正常|齐|职教经费/i.test(text)) return text;
  return text
    .replace(STAFF_FUND, '职工教育经费')
    .replace(PASSED_OK, (_m, noun: string) => `${noun}合格`)
    .replace(INSURED_OK, (_m, noun: string, all: string | undefined) => `${noun}${all ?? ''}交着`)
    .replace(MONTHS_M, (_m, n: string) => `${n}个月`)
    .replace(COUNT_GE, (_m, d: string) => `${d}个`)
    .replace(WORD, (w) => BY_WORD.get(w.toLowerCase()) ?? w)
    .replace(DI, '的');
}
