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

/**
 * Office English for the plan's terms, as HR staff type it between Chinese words (OJT做了4 months,
 * social insurance已交, pre-job subsidy没claim过). Longer phrases first; matched as whole Latin words.
 */
const ENGLISH: ReadonlyArray<readonly [RegExp, string]> = [
  [/on[- ]the[- ]job[- ]training|\bojt\b/gi, '以工代训'],
  [/pre[- ]?job[- ](training[- ])?(subsid(y|ies)|allowance)/gi, '岗前培训补贴'],
  [/social[- ]insurance|social[- ]security|\bsi\b/gi, '社保'],
  [/zero[- ]employment[- ]famil(y|ies)( members?)?/gi, '零就业家庭'],
  [/hard[- ]to[- ]employ( people| persons| workers)?|employment[- ]difficult(y|ies)( (people|persons|workers))?/gi, '就业困难人员'],
  [/poor[- ]households?( labou?r| members?| workers| hires)?|poverty[- ]registered( (people|workers|hires))?/gi, '建档立卡贫困户'],
  [/\bdisabled( (people|persons|workers|employees|staff|hires))?|\bdisability\b|\bpwd\b/gi, '残疾人'],
  [/\bveterans?\b|ex[- ]servicem[ae]n/gi, '退役军人'],
  [/\bapprentices?(hip)?\b/gi, '学徒'],
  [/(staff |employee )?education fund/gi, '职工教育经费'],
  [/\bpayroll( total)?|total wages?/gi, '工资薪金总额'],
  [/master (craftsman )?studio|master'?s studio/gi, '技能大师工作室'],
  [/(high[- ]skill(ed)? )?training base/gi, '高技能人才培训基地'],
  [/\bequipment\b/gi, '设备'],
  [/(acceptance|inspection) (passed|ok|done)|\baccepted\b/gi, '验收合格'],
  [/paid (by|from|with)/gi, '用'],
  [/\bnot claimed\b|\bnever claimed\b|\bunclaimed\b/gi, '没领'],
  [/\bclaim(ed|ing)?\b/gi, '领'],
  [/\bhired\b/gi, '招了'],
  [/\bheadcounts?\b|\bhc\b/gi, '人数'],
  [/\bemployed\b/gi, '已就业'],
  [/\bpls\b|\bplease\b/gi, '请'],
  [/\brecalc(ulate)?\b/gi, '重新算'],
  [/\b(fyi|hi|hello|thx|thanks)\b/gi, ''],
];
/** A field answered Y / N, as in a pasted form (social insurance: Y). */
const YES_NO_FIELD = /(社保|岗前培训补贴[^:：\n；;，,]{0,8}|验收)\s*[:：]\s*(y|yes|n|no)(?![a-z])/gi;
/** 贫困户 x2 / 残疾人×3: a head count written as a multiplier after the group. */
const TIMES_COUNT = /\s*[x×*]\s*(\d{1,3})(?![\d.])/gi;
/** 3.2M / 200K beside money words: millions and thousands (a bare 4m stays months). */
const MONEY_KM = /(\d+(?:\.\d+)?)\s*([km])(?![a-z])/gi;
const MONEY_NEAR = /工资|薪|经费|设备|预算|budget|rmb|¥|元|金额|总值|花了|买|payroll|wage|salar|fund|equipment|cost|spent|bought|purchas|revenue/i;

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
  if (CANTONESE_MARK.test(text)) text = fromCantonese(text);
  // 二二年考的 / 一九年底: a year written in two numerals (never two neighbouring ones: 二三年 may be "two or three years").
  if (/[一二][〇零一二四五六七八九]年/.test(text)) text = text.replace(SHORT_YEAR_IN_WORDS, (_m, a: string, b: string) => `${DIGIT[a]}${DIGIT[b]}年`);
  if (!/[a-z]|滴|没问题|没毛病|正常|齐|职教经费/i.test(text)) return text;
  return officeEnglish(text)
    .replace(STAFF_FUND, '职工教育经费')
    .replace(PASSED_OK, (_m, noun: string) => `${noun}合格`)
    .replace(INSURED_OK, (_m, noun: string, all: string | undefined) => `${noun}${all ?? ''}交着`)
    .replace(MONTHS_M, (_m, n: string) => `${n}个月`)
    .replace(COUNT_GE, (_m, d: string) => `${d}个`)
    .replace(WORD, (w) => BY_WORD.get(w.toLowerCase()) ?? w)
    .replace(DI, '的');
}

const DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const SHORT_YEAR_IN_WORDS = /(?<![\d〇零一二两三四五六七八九十百千])(一(?=九)|二(?=[〇零一二四五六七八九]))([〇零一二四五六七八九])年/g;

/** Characters only written Cantonese uses (而家, 唔, 冇, 嘅, 咗, 喺 …): a message that has none is left alone. */
const CANTONESE_MARK = /而家|唔|冇|嘅|咗|喺|嚟|佢|啲|乜|攞|搵|畀|咁|係咪|即係|點樣|點解|幾多|邊度|邊個|仲(?=可|有|係|要|能|未|得|唔)/;

/**
 * Written Cantonese, as relatives in Hong Kong type it (咁而家仲可唔可以申請呀), in the Mandarin words
 * the reader knows. Longer words first; 係 is taken before the traditional-to-simplified step would
 * make it 系.
 */
const CANTONESE: ReadonlyArray<readonly [RegExp, string]> = [
  [/可唔可以/g, '可不可以'],
  [/係咪/g, '是不是'],
  [/即係/g, '就是'],
  [/唔係/g, '不是'],
  [/而家/g, '现在'],
  [/仲(?=可|有|係|是|要|能|未|得|不|唔)/g, '还'],
  [/點樣|点样/g, '怎样'],
  [/點解|点解/g, '为什么'],
  [/幾多|几多/g, '多少'],
  [/乜嘢|乜/g, '什么'],
  [/邊度|边度/g, '哪里'],
  [/邊個|边个/g, '哪个'],
  [/佢哋|佢地/g, '他们'],
  [/佢/g, '他'],
  [/冇/g, '没有'],
  [/唔/g, '不'],
  [/係/g, '是'],
  [/嘅/g, '的'],
  [/咗/g, '了'],
  [/喺/g, '在'],
  [/嚟/g, '来'],
  [/啲/g, '些'],
  [/攞/g, '拿'],
  [/搵/g, '找'],
  [/畀/g, '给'],
  [/咁/g, '那'],
];

function fromCantonese(text: string): string {
  let t = text;
  for (const [re, to] of CANTONESE) t = t.replace(re, to);
  return t;
}

/** Office English and form conventions in the plan's words (see `ENGLISH`). */
function officeEnglish(text: string): string {
  if (!/[a-z]{2}|[x×*]\s*\d|\d\s*[km](?![a-z])/i.test(text)) return text;
  let t = text;
  // Money first, while the words around a figure are still the asker's (payroll 3.2M).
  t = t.replace(MONEY_KM, (m, n: string, unit: string, at: number) => {
    const around = t.slice(Math.max(0, at - 14), at + m.length + 6);
    if (unit.toLowerCase() === 'k') return `${Number((parseFloat(n) / 10).toFixed(4))}万`;
    return MONEY_NEAR.test(around) ? `${Number((parseFloat(n) * 100).toFixed(4))}万` : m;
  });
  for (const [re, word] of ENGLISH) t = t.replace(re, word);
  t = t.replace(YES_NO_FIELD, (_m, field: string, yn: string) => {
    const yes = /^y/i.test(yn);
    if (field === '社保') return yes ? '社保交着' : '社保没交';
    if (field === '验收') return yes ? '验收合格' : '验收没过';
    return yes ? '岗前培训补贴领过' : '岗前培训补贴没领';
  });
  t = t.replace(/(残疾人|贫困户|零就业家庭|就业困难人员|退役军人|建档立卡贫困户)(的)?(员工|工人|hires)?\s*[x×*]\s*(\d{1,3})(?![\d.])/gi, (_m, g: string, _d, _w, n: string) => `${n}个${g}`);
  // 4 months / 8 months: months as Chinese, so the figure keeps its measure word.
  return t.replace(/(\d+(?:\.\d+)?)\s*months?(?![a-z])/gi, '$1个月');
}

