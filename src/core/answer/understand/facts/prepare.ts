/**
 * A message made ready for reading: traditional → simplified, full-width → half-width, lowercase,
 * whitespace and repeated punctuation dropped, slipped key terms corrected, pinyin particles
 * (le, ma) read as characters. Every character of the prepared text remembers where it came
 * from, so a fact can quote the words it was read from exactly as they were typed.
 */
import { toHalfWidth, toSimplified } from '../../../text/normalize.js';
import { fullYear, numberValue } from './quantities.js';
import { fixTypos } from './typos.js';

const OTHER_PEOPLE = '(?:那些人|那几个|的人)?(?:是|都是|那是|全是)(?:另外|另|别的|其他|其它|其余|别)(?:一|几|那)?(?:批|拨|部分|些|个)?(?:人)?';
/** 领岗前补贴的是另外一批人 / 岗前补贴领过的是别人: the claim is of other people than those told. */
const OTHERS_DID = new RegExp(`(?:(?:领|拿|申请|申领|享受)(?:过|了)?(岗前[\\u4e00-\\u9fff]{0,6}?(?:补贴|补助))|(岗前[\\u4e00-\\u9fff]{0,6}?(?:补贴|补助))(?:领|拿|申请|申领|享受)(?:过|了)?)的${OTHER_PEOPLE}`, 'g');
const OTHERS_DID_NOUN = /岗前[\u4e00-\u9fff]{0,6}?(补贴|补助)/;

export interface PreparedText {
  /** The message as typed (NFC). */
  source: string;
  /** The text the reader works on. */
  text: string;
  /** For each UTF-16 unit of `text`, the [start, end) span of `source` it came from. */
  spans: Array<[number, number]>;
}

/** Prepares a message; see the module comment. */
export function prepareText(input: string): PreparedText {
  const source = input.normalize('NFC');
  let chars: string[] = [];
  let spans: Array<[number, number]> = [];
  let i = 0;
  for (const ch of source) {
    const start = i;
    i += ch.length;
    if (/\s/.test(ch)) {
      // A space between two words of two characters or more (社保交了 没领岗前补贴) ends a
      // clause as a comma would; a space inside a word (社 保 没 交, 招了 6 个) does not.
      if (!/\s/.test(source[start - 1] ?? '') && spaceEndsClause(source, start)) {
        chars.push(',');
        spans.push([start, start + 1]);
      }
      continue;
    }
    for (let k = 0; k < ch.length; k++) {
      chars.push(ch[k]!);
      spans.push([start, i]);
    }
  }
  let text = chars.join('');
  // Character for character; a converter that changed the length would lose the positions.
  const simple = toSimplified(toHalfWidth(text));
  text = simple.length === text.length ? simple : Array.from(toHalfWidth(text), (c) => toSimplified(c)).join('');
  // Character by character (a lowercase form of another length keeps its capital); a text that
  // lowercasing leaves as it is (most messages) has no character to change.
  if (text.toLowerCase() !== text) text = Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  // ①…⑥ numbering a pasted list: each item is a statement of its own.
  text = text.replace(/[\u2460-\u2473\u2776-\u277F\u3251-\u325F]/g, ',');
  text = text.replace(/[ー—－]/g, '-').replace(/[“”]/g, '"');
  text = fixTypos(text);
  text = spokenForms(text);
  // Financial numerals (伍个, 叁仟) read as the everyday ones.
  // Only before a measure word or another numeral: 退伍, 队伍 and 入伍 keep their 伍.
  text = text.replace(/(?<![退队入落行什])[壹贰叁肆伍陆柒捌玖拾佰仟](?=[个名位人万千百十元块月年次回零壹贰叁肆伍陆柒捌玖拾佰仟])/g, (c) => FINANCIAL_DIGITS[c] ?? c);

  // Length-changing rewrites, keeping the spans: a run of repeated punctuation becomes one mark,
  // pinyin particles typed in Latin letters become their characters.
  for (const [re, to] of REWRITES) {
    // Most messages match none of them: no copy of the text and its spans then.
    // (matchAll starts where the pattern's lastIndex stands: put back to 0 after the test.)
    re.lastIndex = 0;
    const any = re.test(text);
    re.lastIndex = 0;
    if (!any) continue;
    const nextChars: string[] = [];
    const nextSpans: Array<[number, number]> = [];
    let last = 0;
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      for (let k = last; k < at; k++) {
        nextChars.push(text[k]!);
        nextSpans.push(spans[k]!);
      }
      const span: [number, number] = [spans[at]![0], spans[at + m[0].length - 1]![1]];
      for (const c of to(m[0])) {
        nextChars.push(c);
        nextSpans.push(span);
      }
      last = at + m[0].length;
    }
    for (let k = last; k < text.length; k++) {
      nextChars.push(text[k]!);
      nextSpans.push(spans[k]!);
    }
    chars = nextChars;
    spans = nextSpans;
    text = chars.join('');
  }
  return { source, text, spans };
}

/** A figure and its measure word (三个人, 4个月, 两次, 80万, 1.5万元). */
const FIGURE = '(\\d+(?:\\.\\d+)?|[一二两俩仨三四五六七八九十百千半]+)(个人|个月|个|名|位|人|次|回|月|万元|万|千|元|块)?';
/**
 * 三个人 不对 四个 / 补过三次了 哦不 两次 / 80万 说错了 是60万 / 六个月 哎说错了 是三个月: a figure
 * taken back in the same breath — the second replaces the first, keeping the first's measure word
 * when the second has none, and the words of a group said between them.
 */
const FIGURE_TAKEN_BACK = new RegExp(`${FIGURE}((?:[\\u4e00-\\u9fff](?!不对|哦不|说错|打错|错了|哎|哎呀)){0,6}?)了?[,，]?(?:(?:哎呀|哎|哦|噢|呃|额|嗯|呀)[,，]?)?(?:哦不对|噢不对|呃不对|额不对|不对|哦不|噢不|呃不|不不|不是不是|说错了|打错了|错了)(?:不对)?[,，]?(?:是|应该是)?${FIGURE}(?![\\d一二两三四五六七八九十百千万])`, 'g');

function figureTakenBack(m: string): string {
  const parts = new RegExp(FIGURE_TAKEN_BACK.source).exec(m);
  if (!parts) return m;
  // 5个就业困难的 不对 是4个: the group named between the two figures stays with the new one.
  const [, , firstUnit, between, second, secondUnit] = parts;
  // 以工代训4个月 哦不 是6个贫困户: a span taken back by a head count is another fact corrected — the
  // two figures are not one fact's (the reader finds the group named again).
  const kind = (u: string | undefined) => (u === undefined ? undefined : /月/.test(u) ? 'months' : /^(个人|个|名|位|人)$/.test(u) ? 'heads' : u);
  if (firstUnit !== undefined && secondUnit !== undefined && kind(firstUnit) !== kind(secondUnit)) return m;
  return `${second}${secondUnit ?? firstUnit ?? ''}${between ?? ''}`;
}

/** 20年底招的 … 一直干到21年底: a stretch of work between two dates said with their years. */
const DATED_STRETCH = /(20\d{2}|(?<!\d)[12]\d)年(底|末|初|中|(\d{1,2})月(?:份)?(?:底|初)?)([^。;]{0,30}?)(?:一直)?(?:干到|做到|干至|上班到|工作到|干了到)(?:了)?(20\d{2}|(?<!\d)[12]\d)年(底|末|初|中|(\d{1,2})月(?:份)?(?:底|初)?)/g;

/** A group named short (残疾那个, 贫困那仨) and its full word. */
const GROUP_IN_FULL: Readonly<Record<string, string>> = { 残疾: '残疾人', 贫困: '贫困户', 零就业: '零就业家庭', 就业困难: '就业困难人员', 建档立卡: '建档立卡户' };

/** The stretch's months, put where its end date was: the hires reader reads 干了N个月 of them. */
function datedStretch(m: string): string {
  const p = new RegExp(DATED_STRETCH.source).exec(m);
  if (!p) return m;
  const month = (word: string, digits: string | undefined) => (digits ? Number(digits) : word === '初' ? 1 : word === '中' ? 6 : 12);
  const from = fullYear(p[1]!) * 12 + month(p[2]!, p[3]);
  const to = fullYear(p[5]!) * 12 + month(p[6]!, p[7]);
  const n = to - from;
  return n > 0 && n <= 120 ? `${p[1]}年${p[2]}${p[4]}干了${n}个月` : m;
}

/** Groups an employer counts together (贫困户跟残疾人一共10个). */
const JOINT_GROUP = '(建档立卡(?:贫困)?户?|贫困户|贫困劳动力|残疾人|就业困难人员|就业困难的|零就业家庭的?|退役军人|退伍军人)';
/** A head count in digits or numerals (the body, for patterns that add words of their own to it). */
const JOINT_NUM_BODY = '\\d+|[一二两三四五六七八九十]+';
const JOINT_NUM = `(${JOINT_NUM_BODY})`;
/** 贫困户跟残疾人一共10个，贫困户是6个: a total of two groups, then one group's own count. */
const JOINT_TOTAL_THEN_ONE = new RegExp(`${JOINT_GROUP}(?:跟|和|与|及|加上?)${JOINT_GROUP}(?:的)?(?:一共|总共|共|合计|加起来)(?:有|是)?${JOINT_NUM}(?:个|名|人)[,，]?(?:其中)?${JOINT_GROUP}(?:的)?(?:是|有|占)?${JOINT_NUM}(?:个|名|人)`, 'g');
/** The total of two groups alone: no count of either — each is asked for, never the total given to one. */
const JOINT_TOTAL = new RegExp(`${JOINT_GROUP}(?:跟|和|与|及|加上?)${JOINT_GROUP}(?:的)?(?:一共|总共|共|合计|加起来)(?:有|是)?${JOINT_NUM}(?:个|名|人)`, 'g');

/** The same patterns without the g flag, to read the groups of one match (built once). */
const ONE_JOINT_TOTAL_THEN_ONE = new RegExp(JOINT_TOTAL_THEN_ONE.source);
const ONE_JOINT_TOTAL = new RegExp(JOINT_TOTAL.source);

/** 招了6个人 其中俩是建档立卡的 剩下的是就业困难人员: a total, one part's count, and the rest named by group. */
const TOTAL_PART_REST = new RegExp(`(招了|收了|雇了|吸纳了|用了|一共|总共|共)${JOINT_NUM}(?:个|名|位)(?:人|工人|员工|[\u4e00-\u9fff]{1,3}员|[\u4e00-\u9fff]{1,2}工)?[,，]?(?:其中|里面|里头|这里面|这里头)(?:有)?(${JOINT_NUM_BODY}|俩|仨)(?:个|名|位)?(?:是|为|属于)${JOINT_GROUP}(?:的)?[,，]?(?:剩下|其余|其他|另外)(?:的)?(?:人)?(?:都|全)?(?:是|为|属于)${JOINT_GROUP}`, 'g');
const ONE_TOTAL_PART_REST = new RegExp(TOTAL_PART_REST.source);

function splitTotalPartRest(m: string): string {
  const p = ONE_TOTAL_PART_REST.exec(m)!;
  const total = numberValue(p[2]!);
  const part = p[3] === '俩' ? 2 : p[3] === '仨' ? 3 : numberValue(p[3]!);
  if (total === undefined || part === undefined || p[4] === p[5] || total - part <= 0) return m;
  return `${p[1]}${part}个${p[4]},${total - part}个${p[5]}`;
}

function splitJointTotal(m: string): string {
  const p = ONE_JOINT_TOTAL_THEN_ONE.exec(m)!;
  const [a, b, total, named, part] = [p[1]!, p[2]!, numberValue(p[3]!), p[4]!, numberValue(p[5]!)];
  const other = named === a ? b : named === b ? a : undefined;
  if (other === undefined || total === undefined || part === undefined || total - part <= 0) return `${a},${b},`;
  return `${part}个${named},${total - part}个${other}`;
}

const REWRITES: ReadonlyArray<[RegExp, (m: string) => string]> = [
  [TOTAL_PART_REST, splitTotalPartRest],
  // 人社局跟财政局一块来验的 说是合格了: checked by the offices and passed — 验收合格, in their words.
  // (人社局来验过了说合格 财政局还没来: one office of the two is no 验收合格 — left as said.)
  [/(人社|财政)[^,;。]{0,12}?(来|过来|去)?验(的|了|过)(了)?[,，\s]*(说是|说|结果是?|人家说)?(合格|通过|没问题)(了)?(?![^。]*(还没|没来|没验|未验|没去|还不|没有来))/g, () => ',验收合格了,'],
  // 验收是人社跟财政一块来的 合格: who checked said first, then the result.
  [/验收(是|由)(人社|财政)[^,;。]{0,12}?(来|做|验|搞)(的|了)[,，\s]*(结果)?(合格|通过)(了)?(?![^。]*(还没|没来|没验|未验|没去|还不|没有来))/g, () => ',验收合格了,'],
  [JOINT_TOTAL_THEN_ONE, splitJointTotal],
  [JOINT_TOTAL, (m) => m.replace(ONE_JOINT_TOTAL, '$1,$2,')],
  [/([,.;!?。、，~…])\1+/g, (m) => m[0]!],
  [DATED_STRETCH, datedStretch],
  [FIGURE_TAKEN_BACK, figureTakenBack],
  // ¥1,500,000: thousands separators would cut the figure into clauses; the sign is 元.
  [/(?<=\d),(?=\d{3}(?!\d))/g, () => ''],
  [/[¥￥](\d+(?:\.\d+)?)/g, (m) => `${m.slice(1)}元`],
  // 岗前补贴领过没？没有 / 社保交没交？交着呢: the question echoed before its answer is no
  // statement (领过 would read as "claimed"); only the noun before it and the answer stay.
  // A noun that is its own verb (验收？上个月过了) keeps the noun: the answer has no other.
  [/(之前|以前|原来|到底|有没有)?(申请|申领|领取|领|拿|报|享受|交|缴|参保|验收|提取|提)(了|过)?(没有|没|吗|么|嘛|不)?(申请|申领|领取|领|拿|报|享受|交|缴|参保|验收|提取|提)?(过|了)?(没有|没|吗|么|嘛)?\?(?=.)/g, (m) => (/^(验收|参保)[了过]?(没有|没|吗|么|嘛|不)?(验收|参保)?[了过]?(没有|没|吗|么|嘛)?\?$/.test(m) ? `${m.slice(0, 2)},` : ',')],
  // 领岗前补贴的是另外一批人 这俩没领: a claim said of other people is no fact about these; the
  // subject is kept as a topic, so the statement that follows (这俩没领) is read of it.
  [OTHERS_DID, (m) => `${OTHERS_DID_NOUN.exec(m)?.[0] ?? ''},`],
  // 岗前补贴 领是领过的 不过是去年招的那一批: claimed for an earlier batch — nothing said of these hires yet.
  [/((领|拿)(倒)?是(领|拿)过的?|(领|拿)倒是(领|拿)过的?|领过的?|领了的?|拿过的?|申请过的?|享受过的?)[,，]?(不过|但是|但|可|只是|那)?(那)?(是|都是|是给|是在)(去年|前年|以前|之前|上次|上回|早先|早些时候|头一批|第一批|上一批|老的?|别的|另外)[^,;。]{0,8}?(一批|批|拨|那些人|那几个|的人|员工|工人)(的)?(时候)?/g, () => ','],
  // 岗前补贴那个钱 俺问了 没领: how the asker found out is an aside between the noun and what is
  // said of it; taken out, the statement reads as one clause.
  [/,(我|俺|我们|俺们)(也)?(问了|问过了|问过|打听了|打听过|查了|查过了|查过|看了|确认了|核实了)(一下|下)?(?=,)/g, () => ''],
  // 听说贫困家庭学生免学费: what the asker heard of the policy says nothing of the asker (unless
  // they put themselves in it: 听说我这种也能补).
  [/(?<![没未不曾])(听说|据说|听人说|听别人说|听人家说|网上说)(?![^,;。]*(我|俺|咱))(?=[^,;。]*(贫困|建档立卡|残疾|退役|退伍|低保|零就业|就业困难|两后生|农民工|失业|下岗))[^,;。]*/g, () => ','],
  // 两后生 是个啥 / 建档立卡指的是啥: the term asked about, not the asker said to be one.
  [/(两后生|建档立卡(户)?|贫困劳动力|贫困户|就业困难人员|零就业家庭|去产能失业人员|新生代农民工|退役军人|残疾人)[,，]?(是个|是|指的是|指|算是|到底是)(啥|什么|哪些|谁|哪种)(意思|人|人员|情况)?/g, () => ','],
  // 报了名 后来材料不全 最后也没批下来: applied, then refused — never had it.
  [/(报了名|报上去了?|申请了|申请过|提交了|交了材料|递了材料)[^。；;?？]{0,24}?(也|还是|最终|最后)?(没|没有|未)(批下来|批|通过|拿到钱|领到钱|到账|下来)/g, () => '没领'],
  // 我算的是3600 / 俺寻思得有5000: the asker's own sum, set against the answer — no fact of the case.
  [/(我|俺)(算的是|算着是|算出来是|算的|算着|寻思)[^,;。]{0,4}?[\d一二两三四五六七八九十百千万]+(元|块)?/g, () => ','],
  // 按20%算应该是24万吧 / 补贴是不是3000元: the asker's guess of the amount, set against the answer — no fact of the case.
  [/(按|照)[^,;。]{0,8}?(算|计算)(的话|下来|出来)?[,，]?(应该|应当|就|得|能|大概)?(是|有|补|拿)?[\d一二两三四五六七八九十百千.]+(万|千)?(元|块)?(吧|吗|对吧|是吧|对不对|没错吧)?|(补贴|补助|能补|能拿|能领)(应该|就|大概)?(是不是|是|有)[\d一二两三四五六七八九十百千.]+(万|千)?(元|块)?(吧|吗|对吧|是吧|对不对|没错吧|\?)/g, () => ','],
  // 残疾那个 / 贫困那仨 / 零就业的那俩: a group named short, then pointed at — the group's full word.
  [/(残疾|贫困|零就业|就业困难|建档立卡)(的)?(?=(那|这)(个|俩|仨|几个|些|[\d一二两三四五六七八九十]+个))/g, (m) => GROUP_IN_FULL[m.replace(/的$/, '')] ?? m],
  // 社保是挂在别的公司交的 / 走的亲戚单位的社保: paid through another unit is not this unit insuring them.
  [/(社保|社会保险|保险|五险)[^,;。]{0,6}?(挂在|挂靠在?|放在|在|走|用)(的)?(别的|别人|人家|其他|其它|另一家|另外一家|亲戚|朋友)(的)?(公司|单位|厂|企业)[^,;。]{0,3}?(交|缴|上)(的)?/g, () => '社保没交'],
  // 交社保的是我哥那个厂: who pays is someone else's unit — nothing said of this one.
  [/(交|缴)(社保|保险|五险)的(是|那是)[^,;。]*/g, () => ','],
  // Voice-message fillers standing alone (嗯 那个 就是 然后 对吧): no words of the case.
  [/,(嗯+|呃+|额|那个|就是|然后|然后呢|对吧|你知道吧|是吧|反正|咋说呢|怎么说呢|这个嘛|完了)(?=,|$)/g, () => ''],
  // 岗前补贴 我专门问了会计小王 她说 咱们厂…: who was asked, and that they said so, is an aside.
  [/,(我|俺)(专门|特意|特地|也|还)?(问了|问过了?|打听了|查了|确认了)[^,;。]{0,8}(?=,)/g, () => ''],
  [/,(他|她|人家|会计|老板|财务)(也)?(说|讲)(?=,)/g, () => ''],
  // 在这干了得有七八个月了: 得有 only leans on the figure.
  [/(干|来|做|上|待)了得有/g, (m) => `${m[0]}了`],
  // 以前补过没 没有 / 今年领过没 没领: the question echoed without its mark, then the answer.
  [/(以前|之前|原来|过去|今年)(补|领|享受|拿|申请)(过)?(没有|没)[,，]+(没有|没|没(补|领|享受|拿|申请)过)(?=,|$)/g, (m) => `${/^(以前|之前|原来|过去|今年)/.exec(m)![0]}没${/(补|领|享受|拿|申请)/.exec(m)![0]}过`],
  // 岗前补贴 你别以为没领 其实早就领过了: what the listener is told not to think is no statement.
  [/(你|您)?(可)?(别|不要|甭|莫)(以为|当成|当作|觉得|认为|寻思)[^,;。]*/g, () => ','],
  // 建档立卡 我们家 不是: the group, the one it is said of, then the denial — read as 我们家不是建档立卡.
  // 建档立卡那个 俺家 说实话 其实不是: a pointer (那个), an aside (说实话) and a hedge (其实) may stand between.
  [/(建档立卡户?|贫困户|贫困家庭|低保户|残疾人|退役军人|零就业家庭)(那个|这个|这块|这事)?[,，](我们家|我家|俺家|俺们家|咱家|我|俺)(?:[,，](?:说实话|老实说|实话说|说真的|讲真|实话讲))?[,，]?(也|可|倒|真|确实|其实|实际上)?[,，]?(不是|并不是|不算|算不上)(?=[,;。!?]|$)/g, (m) => {
    const p = /(建档立卡户?|贫困户|贫困家庭|低保户|残疾人|退役军人|零就业家庭)(那个|这个|这块|这事)?[,，](我们家|我家|俺家|俺们家|咱家|我|俺)(?:[,，](?:说实话|老实说|实话说|说真的|讲真|实话讲))?[,，]?(也|可|倒|真|确实|其实|实际上)?[,，]?(不是|并不是|不算|算不上)/.exec(m)!;
    return `${p[3]}${p[5]}${p[1]}`;
  }],
  // 以工代训 记错了 是5个月: the fact named, the slip admitted, then its figure — read as 不对,以工代训是5个月.
  [/(?<=^|,)([\u4e00-\u9fff]{2,5}?)(的)?,?(我|俺)?(记错了|说错了|搞错了|弄错了|写错了|打错了|记差了),?(应该|其实)?是(?=[\d一二两三四五六七八九十俩仨半])/g, (m) => `不对,${/^[\u4e00-\u9fff]{2,5}?(?=(的)?,?(我|俺)?(记错了|说错了|搞错了|弄错了|写错了|打错了|记差了))/.exec(m)![0]}是`],
  // 社保那个我搞错了 公司没给交: the admission of a slip is an aside, not the statement.
  [/(?<=[\u4e00-\u9fff])(我|俺)?(搞错了|说错了|记错了|弄错了|说岔了)(?=[,\s]|$)/g, (m) => `,${m}`],
  // 镇上说给报 / 答应帮俺们申请: a promise to file for it is no claim.
  [/(说|答应|讲好|说好)(了)?(给|要|帮|会|能|可以)(我们|俺们|咱们|咱|俺|我)?(报|申请|申报|申领|办)(一下|上去)?(?![了过])/g, () => ','],
  // 报上去了被退回来 / 申请了没批下来: applied for and not granted is not claimed.
  [/(报|申请|交|递)(上去)?了?[,\s]?(被)?(退回来了?|退回了?|驳回了?|打回来了?|没批下来|没批|没通过|没审过)/g, () => '没领成'],
  // 那会儿是打算领的 后来嫌麻烦就没报: the plan given up, said after the intent.
  [/(是)?(打算|想|准备|计划)(要)?(领|申请|报)(的|来着)[,\s]?[^,;。]{0,8}?(就)?没(报|领|申请|弄|办)/g, (m) => `没${m.slice(-1)}`],
  // 搞了三个月岗前补贴不知道领没领, typed without a break: a span ends its statement where the
  // noun of another fact begins, so what is said of that noun (不知道) is not said of the span.
  [/(?<=[\d一二两三四五六七八九十半]个?月了?)(?=岗前(技能)?(培训)?(的)?补[贴助]|社保|验收)/g, () => ','],
  // 社保一个月都没断过: how steadily it was paid, not a span of one month.
  [/(一|1)个?月(都|也)(没有|没|不曾|未)(断|停|落下?|欠|拖|少|缺|耽误)(过)?/g, () => '一直连续'],
  // 没有哪个月不交的: a double negative — paid every month.
  [/没有?哪(个|一个)?月(不|没)(交|缴|上)(的)?/g, () => '一直交着'],
  // 社保俺公司没有不交的 / 没有一个不参保的: a double negative — everyone is paid for.
  [/(没有|没)(一个|哪个|谁)?(不交|不缴|不给交|没交|没缴|不参保|没参保)(的)?/g, () => '都交了'],
  // 从未中断缴纳 / 没断过 / 不曾断缴: never stopped paying — paid all along.
  [/(从未|从没|从来没有?|未曾|不曾|并未|没有|没)(中断|间断|断过|断缴|停缴|停过)(过)?(缴纳|缴费|交费|缴)?/g, () => '一直缴纳'],
  // 社保 员工的 哪个月都没落下过 / 一个月也没欠过: not a month missed — paid all along.
  [/(哪个月|一个月|哪一个月|一个月也|哪个月也)(都|也)?(没|没有|从没|没有过)(落下|落|欠|漏|少交|拖|断)(过|下)?/g, () => '一直缴纳'],
  // 社保从去年起就停缴了 / 目前不算参保企业: stopped paying, or not counted as insured, is not insured.
  [/(社保|社会保险|五险)([^,;。]{0,8}?)(停缴|断缴|停交|停了)了?/g, (m) => `${/^(社保|社会保险|五险)/.exec(m)![0]}没交`],
  [/不(算|属于|是)参保(企业|单位)/g, () => '没参保'],
  // 技能大师工作室（张师傅工作室）: the site's own name in brackets is the same site, not a second one.
  [/(工作室|基地)([(（])([^()（）]{1,12}?)(?:技能大师工作室|大师工作室|工作室|高技能人才培训基地|培训基地|基地)(?=[)）])/g, (m) => m.replace(/(?:技能大师工作室|大师工作室|工作室|高技能人才培训基地|培训基地|基地)$/, '')],
  // 身心障碍者（残疾人）: the Taiwanese word and the mainland one it is glossed with are one group.
  [/(身心障碍者|身心障碍人士|残障人士|残疾人士)(\((残疾人|残疾人士)\))?/g, () => '残疾人'],
  // 人社跟财政的来验过了 / 验完了 合格: the acceptance said with its first character only.
  // (人社局来验过了 财政局还没来: one office of the two has not checked — that is no 验收 said.)
  [/(?<![检查体考化实经试测])验(?=过|完|了)(?!收)(?![^。]*(财政|人社)[^,;。]{0,6}(还没|没来|没验|未验|还不|没有来))/g, () => '验收'],
  // 没退休金 / 没养老金: 没 standing for 没有 before a thing one has or not.
  [/(?<![有还])没(?=(退休金|养老金|退休工资|证书))/g, () => '没有'],
  // 开个奶茶店🧋 有没有…: an emoji ends what was said before it, as a full stop would.
  [/\p{Extended_Pictographic}+\uFE0F?/gu, () => ','],
  // 也没领啥养老金 / 没拿什么补贴: "none to speak of" is none — the 啥 asks nothing.
  [/(没|没有|不|从没)(领|拿|有|交|享受|申请)(过)?(啥|什么)(?=[\u4e00-\u9fff]{2})/g, (m) => m.replace(/啥|什么/, '')],
  // 不曾断过 / 未曾领: the written 不曾 and 未曾 are 从没.
  [/不曾|未曾/g, () => '从没'],
  // 从没 领过 (spaced apart): the negation and its verb are one statement.
  [/(从没|从来没|没有|没|未)[\s,]+(?=(领|交|缴|拿|申请|申领|享受|参保|断|停|验收))/g, (m) => m.replace(/[\s,]+$/, '')],
  // 干了俩季度 / 干了一季: a season is three months.
  [/([\d一二两俩三四]|[一二两俩三四]个)季度?(?!度?[\d])/g, (m) => `${{ '一': 3, '二': 6, '两': 6, '俩': 6, '三': 9, '四': 12 }[m.replace(/个|季度?/g, '')] ?? Number(m.replace(/个|季度?/g, '')) * 3}个月`],
  // 1千5百万 / 2千万: digits with 千/百 before 万 are one figure of ten-thousands.
  [/(?:\d+千)(?:\d+百)?(?:\d+十)?(?:\d+)?万|(?:\d+百)(?:\d+十)?\d+万/g, (m) => {
    const part = (re: RegExp) => Number(re.exec(m)?.[1] ?? 0);
    return `${part(/(\d+)千/) * 1000 + part(/(\d+)百/) * 100 + part(/(\d+)十/) * 10 + part(/(\d+)万$/)}万`;
  }],
  // 其中俩干了七个月 仨才干了四个月: after a part (其中俩…), a clause opening with a count and its work is the next part.
  [/(?<=其中(?:俩|仨|[\d一二两三四五六七八九十]+个)[^,;。]{1,12}),(?=(?:俩|仨|[\d一二两三四五六七八九十]+个)(?:人)?(?:才|也|都|只|就|刚)?(?:干|来|上班|做|入职))/g, () => ',另外'],
  // 38万5千 / 3万2千元: ten-thousands and thousands said apart are one figure of thousands.
  [/(\d+)万(\d)千/g, (m) => `${Number(/^\d+/.exec(m)![0]) * 10 + Number(/(\d)千$/.exec(m)![1])}千`],
  // 1w5 / 1万5: a figure of ten-thousands and the thousands after it.
  [/(\d+)(?:w|万)(\d)(?![\d千百万元块])/g, (m) => `${Number(/^\d+/.exec(m)![0]) * 10 + Number(m.slice(-1))}千`],
  // 1.2百万 / 120w: the hundreds of ten-thousands and the chat "w" are 万.
  [/\d+(?:\.\d+)?百万/g, (m) => `${Number((parseFloat(m) * 100).toFixed(4))}万`],
  // 120个w / 一百二十个万: chat counts ten-thousands with a measure word.
  [/(?<=[\d一二两三四五六七八九十百千])个(?=[w万](?![a-z]))/g, () => ''],
  [/(?<=[\d一二两三四五六七八九十百千])w(?![a-z])/g, () => '万'],
  // 400k: the chat "k" is 千.
  [/(?<=\d)k(?![a-z])/g, () => '千'],
  [/(?<=[\u4e00-\u9fff])le(?![a-z])/g, () => '了'],
  [/(?<=[\u4e00-\u9fff])ma(?![a-z])/g, () => '吗'],
];

const CJK = /[\u4e00-\u9fff]/;

/** True when the whitespace run at `at` stands between two runs of at least two CJK characters. */
function spaceEndsClause(source: string, at: number): boolean {
  let end = at;
  while (end < source.length && /\s/.test(source[end]!)) end++;
  const before = source.slice(Math.max(0, at - 2), at);
  const after = source.slice(end, end + 2);
  // 设备200万 一个大师工作室: a sum of money, then words that start another thing, ends a clause.
  // (Typed in traditional characters too: 120萬 請問.)
  // (面点那个35万 焊接那个62万: a sum, then the next thing named by its words.)
  const money = /^\d[万萬千元块塊]$/.test(before) && (/^(一个|另|还有|那个|这个|其他|其余|请问|问下|问一下|想问|能补|能给|可以)/.test(toSimplified(source.slice(end, end + 3))) || /^[\u4e00-\u9fff]{1,4}?(那个|这个|那边|这边)/.test(source.slice(end, end + 6)));
  // 残疾人2 以工代训4个月 / 社保：有 人员：…: a form's bare figure or a field's short value, then
  // the next field, ends a clause (招了 6 个 does not: a measure word follows the figure).
  const formValue =
    after.length === 2 && CJK.test(after[0]!) && (/^[:：][\u4e00-\u9fff]$/.test(before) || (/^[\u4e00-\u9fff]\d$/.test(before) && !/^[个名位人月年天岁周万千百元块次批号级倍]/.test(after)));
  if (formValue) return true;
  // 验收合格 20%的话是60万吗: a share opening the next words starts a clause of its own.
  if (/[\u4e00-\u9fff]{2}$/.test(before) && /^\d+(\.\d+)?\s*[%％]/.test(source.slice(end, end + 6))) return true;
  // 设备150万 2.技能大师工作室: a list's next item number opens a clause (read on, 150万2 would be 150.2万).
  if (/^\d{1,2}[.、．)）](?!\d)/.test(source.slice(end, end + 4)) && /[\u4e00-\u9fff\d]$/.test(before)) return true;
  // 哦不 是6个 / 不对 是4个: the words taking something back stand apart from what replaces it (哦不是 would deny it).
  if (/(哦不|噢不|呃不|不对|说错了|错了|记错了)$/.test(source.slice(Math.max(0, at - 3), at)) && /^(是|应该是|应是)/.test(source.slice(end, end + 3))) return true;
  // 岗前补贴 领 没有 / 社保 交 没有: the verb alone, echoing the question, then the answer to it —
  // joined, 领没有 would ask it both ways.
  if (/(^|[\s,，])(领|交|缴|拿|报|考|有|验)$/.test(source.slice(Math.max(0, at - 2), at)) && /^(没有|没|木有|冇)(?![\u4e00-\u9fff]?[?？吗])/.test(source.slice(end, end + 4))) return true;
  if (before.length !== 2 || after.length !== 2 || !(money || [...before].every((c) => CJK.test(c))) || !CJK.test(after[0]!)) return false;
  // 领过了 那3个贫困户: a pointer or a linking word opening the next words starts a clause even
  // when a figure follows it (招了 6 个 stays one clause: no such word there).
  return CJK.test(after[1]!) || (/\d/.test(after[1]!) && /[那这另还有共其都俺我]/.test(after[0]!));
}

/**
 * Henan and chat spellings read as the words they stand for (木有/么有 → 没有, 嘞/哩 → 的, 木领 → 没领),
 * each the same length, so a prepared text keeps its spans. Shared by every reader of a message.
 */
export function spokenForms(input: string): string {
  let text = input;
  // Dialect and chat spellings of 没有 (木有, 冇, 没得, 莫得): same length, so the spans hold.
  // A negation the reader did not know would leave the verb standing alone, read as "yes".
  text = text.replace(/木有|米有|莫有|没得|莫得/g, '没有').replace(/冇/g, '没');
  // Cantonese (我哋公司, 佢其实系退役军人, 唔系残疾人士, 攞几多): its function words as Mandarin's,
  // only in a message that has Cantonese's own characters (系 elsewhere is 系统's).
  if (/[佢咗嘅哋攞喺啲嚟畀]|唔[系该使好知]/.test(text)) {
    text = text.replace(/唔系/g, '不是').replace(/(?<![体关联派])系(?!统|列|数)/g, '是').replace(/佢/g, '他').replace(/咗/g, '了').replace(/嘅/g, '的').replace(/哋/g, '们');
    text = text.replace(/攞/g, '拿').replace(/几多/g, '多少').replace(/点样/g, '怎么').replace(/咩/g, '啥').replace(/喺/g, '在').replace(/啲/g, '些').replace(/唔/g, '不').replace(/[畀俾]/g, '给').replace(/嚟/g, '来');
  }
  // 嘞 (用嘞职工教育经费, 是零就业家庭嘞) is the Henan 的/了: read as 的.
  // 职教经费: how accountants shorten 职工教育经费 (same length, so the spans hold).
  text = text.replace(/职教经费/g, '教育经费');
  // 俩仨 / 仨俩: two or three — a range, read as 两三 is (never as the 仨 alone).
  text = text.replace(/俩仨/g, '两三').replace(/仨俩/g, '三两');
  text = text.replace(/嘞/g, '的');
  // 哩 is the same 的 in much of Henan (建档立卡哩7个, 后来招哩); at a sentence's end it is 呢, and 的 reads alike there.
  text = text.replace(/哩/g, '的');
  // 么有领 / 也么领: 么 standing for 没 before a verb of claiming or paying (not 什么, 怎么, 这么).
  text = text.replace(/(?<![什怎这那多要])么有(?=领|交|缴|拿|申|参|去|过|弄|办|报)/g, '没有').replace(/(?<![什怎这那多要])么(?=领|交|缴|拿|申请|报)/g, '没');
  // 岗前补贴这个我确认过 未领取: words vouching for the answer stand between the noun and it — the
  // answer is read right after the noun (same length, so the spans hold).
  text = text.replace(/(?:这个|这块|这事)?(?:我|俺)(?:已经|都)?(?:确认|核实|核对|查|问|看)(?:过|了)+[\s，,]*((?:没|未|不|已)[^\s，,。;；]{0,4})/g, (m, answer: string) => answer + ' '.repeat(m.length - answer.length));
  // 木 alone before a verb of claiming or paying (木申请过, 木领, 木交) is the same 没.
  text = text.replace(/木(?=(申|领|拿|交|缴|要|报|碰|用|参|办|弄|去|干|开展|搞))/g, '没');
  return text;
}

/** The words as typed behind [start, end) of the prepared text. */
export function typedWords(p: PreparedText, start: number, end: number): string {
  if (end <= start || start >= p.spans.length) return '';
  const from = p.spans[start]![0];
  const to = p.spans[Math.min(end, p.spans.length) - 1]![1];
  return p.source.slice(from, to);
}

/** The financial forms of the numerals (大写数字), one character each. */
const FINANCIAL_DIGITS: Record<string, string> = { 壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千' };
