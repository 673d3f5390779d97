/**
 * Typing slips on the key terms of the plan. Pinyin input turns 以工代训 into 一工代训 or 以工带训,
 * 社保 into 社宝 or 设保, 建档立卡 into 建挡立卡, 残疾人 into 残急人: each character of a term has a
 * small set of characters typed in its place (same or near pinyin). A run of text that matches a
 * term position by position, with at most half of its characters replaced, is read as the term.
 * One confusion set per term rather than one string per slip, so unseen slips of the same kind
 * are read too. Replacement keeps the length, so positions still point at what was typed.
 */

/**
 * A term and, per character, the characters people type by mistake in its place; `around`, for
 * a slip that is also an everyday word (已经非常, 不贴照片, 学图纸), what must precede
 * (`before`), must follow (`after`) or must not follow (`notAfter`) for it to be the slip.
 */
type Around = { before?: string; after?: string; notAfter?: string };
const CONFUSIONS: ReadonlyArray<readonly [term: string, slips: readonly string[], around?: Around]> = [
  ['以工代训', ['一已依乙', '公功攻供宫', '带待戴贷', '讯驯寻']],
  // 减档立卡 / 检档: voice input's near sounds of 建 (jiàn/jiǎn).
  ['建档立卡', ['见件健减检简剪', '挡当党', '力利里', '咔']],
  // 贫苦户: 苦 for 困 (kǔ/kùn), typed by ear.
  ['贫困户', ['频平品拼聘', '捆苦', '护互沪']],
  ['残疾人', ['惨', '急积及极即级集籍疾', '']],
  ['退役军人', ['', '疫易亿义', '君均', '']],
  ['就业困难', ['', '叶页', '捆苦', '男南']],
  ['岗前培训', ['钢港纲刚', '钱潜', '陪赔', '讯驯']],
  ['岗前补贴', ['钢港纲刚', '钱潜', '', '帖铁']],
  ['培训补贴', ['陪赔', '讯驯', '', '帖铁']],
  ['岗前', ['钢港纲刚', '钱潜']],
  ['经费', ['金今精京', '废飞肺']],
  // 教育经非: 非 only where no word goes on with it (已经非常, 途经非洲).
  ['经费', ['', '非'], { notAfter: '[常法凡洲得要]' }],
  ['工资薪金', ['', '姿', '新心信辛', '今']],
  ['社保', ['设摄射', '宝报包堡饱']],
  ['参保', ['餐惨', '报宝']],
  ['养老金', ['样', '', '今']],
  // 0就业家庭: voice input writes the 零 as a digit.
  ['零就业', ['另令0〇', '', '叶页']],
  ['两后生', ['俩', '候', '']],
  ['合作社', ['和河', '做座坐', '']],
  // 补帖 on its own (岗前那个补帖): the 贴 of 补贴.
  ['补贴', ['', '帖铁']],
  // 以工代训不贴多少: 不贴 after a subsidy's subject and before a question of it — never a "not".
  ['补贴', ['不', ''], { before: '[训前工徒备育活通业费策种有领拿]', after: '(?:多少|标准|怎么|咋|吗|么|嘛|呢|啥|什么|能|可以|有|没|和|跟|与|申|领|发|给|到|是|的|钱|金额|政策|[，,。？?！!\\s]|$)' }],
  // 陪训 / 赔训: 培训 on its own (参加技能陪训).
  ['培训', ['陪赔', '']],
  // 大师工做室: the 作 of 工作室 typed as 做 (by ear).
  ['工作室', ['', '做坐座', '']],
  // 招学图: 学徒 (never 学图纸, 学图片).
  ['学徒', ['', '图途'], { notAfter: '[纸片画像形表书标]' }],
  // 验手合格了: voice input's 验收, before what is said of it.
  ['验收', ['', '手首受兽'], { after: '(?:合格|通过|过|了|完|没|吗|么|[，,。？?\\s]|$)' }],
  // 验收…和格: voice input's 合格, after what was checked (never 和格式).
  ['合格', ['和河盒', ''], { before: '(?:收|验|都|是|了|的|[，,\\s])', notAfter: '[式局子]' }],
  // 正书: voice input's 证书.
  ['证书', ['正政征', '']],
];

interface Compiled {
  term: string;
  re: RegExp;
  maxSlips: number;
}

const COMPILED: Compiled[] = CONFUSIONS.map(([term, slips, around]) => {
  const chars = Array.from(term);
  const core = chars.map((c, i) => `[${c}${slips[i] ?? ''}]`).join('');
  const source = `${around?.before ? `(?<=${around.before})` : ''}${core}${around?.after ? `(?=${around.after})` : ''}${around?.notAfter ? `(?!${around.notAfter})` : ''}`;
  // Two-character terms allow one slip; longer ones up to half their characters.
  return { term, re: new RegExp(source, 'g'), maxSlips: Math.max(1, Math.floor(chars.length / 2)) };
});

/**
 * Any term or slip of one, in one pattern: most messages hold none, and one test then spares the
 * eighteen replacements (each of which would leave such a text as it is).
 */
const ANY_TERM = new RegExp(COMPILED.map((c) => c.re.source).join('|'));

/** The text with slipped key terms written as the terms; same length as the input. */
export function fixTypos(text: string): string {
  if (!ANY_TERM.test(text)) return text;
  let out = text;
  for (const { term, re, maxSlips } of COMPILED) {
    out = out.replace(re, (m) => {
      if (m === term) return m;
      let slips = 0;
      for (let i = 0; i < m.length; i++) if (m[i] !== term[i]) slips++;
      return slips <= maxSlips ? term : m;
    });
  }
  return out;
}
