/**
 * A question that asks for a detail — a sum, a head count, a time, a rate, the papers to hand in,
 * how a measure is run — about something the document names without giving that detail
 * (弹性学分制 修满多少学分, 首席技师 企业设几个, 评价机构目录 多久更新一回). The clause a search
 * finds is about the right thing, so quoting it would look like an answer; but it holds no figure
 * of the kind asked, so the honest answer is "本方案没有规定…", what the clause does say, and whom
 * to ask. Decided by kinds of detail, each with the words that ask it and the words that would
 * answer it, so no subject needs listing.
 */
import type { UnsettledSubject } from './scope.js';

interface DetailKind {
  id: string;
  /** Follows "…的具体" in "本方案没有规定…". */
  label: string;
  asks: RegExp;
  /** Text that states a detail of this kind; a clause without it does not settle the question. */
  answers: RegExp;
}

const NUMERAL = '[\\d一二两三四五六七八九十百千万]';

const KINDS: readonly DetailKind[] = [
  {
    id: 'money',
    label: '金额',
    asks: /多少钱|(交|收)多少|多少额度|额度(是|有)?多少|保证金|几(千|百|万)(块|元)?(?![人个名次])|多少(块|元|万)|奖金|(补贴|补助)?标准(是)?(多少|啥|什么)|(补|给|奖|发|拿|领|补助|补贴|资助|奖励)(个)?多少(?![人个名次年月天])|注册资金|资金.{0,3}多少/,
    answers: /\d+(\.\d+)?\s*(万)?元|\d+(\.\d+)?\s*%|百分之/,
  },
  {
    id: 'count',
    label: '人数或数量',
    // 公司想招几个贫困户: 几个 after a wish to hire is "a few", no count asked.
    asks: /((?<!(想|要|打算|准备|计划)[^，,。？?]{0,2}(招|雇|收|录用|聘|请|找|带)(了)?)(?<!(招|雇|收|录用|聘|返聘|请|找|带|来|有)了)几|多少)(个|名|位|家|台|套|项|门|人(?!次))(?![月年天小钟点])/,
    answers: new RegExp(`${NUMERAL}+\\s*(个|名|位|家|台|套|项|门|人次|万人|人)(?![民月年天小])`),
  },
  {
    id: 'credits',
    label: '学分要求',
    asks: /学分|多少分|几分(?!之)/,
    answers: /\d+\s*(个)?学分/,
  },
  {
    // 每天带训多长时间才算数: hours a day, which a monthly rate does not answer.
    id: 'hours',
    label: '时长要求',
    asks: /(每天|一天|每日|每周|一周)[^，,。？?]{0,8}(多长时间|多久|几个?小时|多少小时)|几个?小时|多少(个)?(课时|学时)/,
    answers: /\d+\s*(个)?(小时|课时|学时)/,
  },
  {
    id: 'time',
    label: '时间',
    asks: /多久|多长时间|几天|多少天|几年|多少年|几个月|多少个月|几号|更新一(回|次|下)|多长(的)?(周期|期限)/,
    answers: new RegExp(`${NUMERAL}+\\s*(个)?(天|日|个月|月|年|工作日)(内|以内|之内|以上|为限)|每(年|月|季度|半年)`),
  },
  {
    id: 'rate',
    label: '比例',
    asks: /税率|几个点|百分之几|几成|比例(是)?多少|几比几|多少比多少/,
    answers: /\d+(\.\d+)?\s*%|百分之|[一二三四五六七八九]成|\d+\s*[:：比]\s*\d+/,
  },
  {
    id: 'how',
    label: '操作办法',
    asks: /具体(咋|怎么|如何|怎样)(个)?(操作|实施|执行|弄|搞|办|用)|(咋|怎么|如何)(个)?操作|操作(流程|办法|细则)|实施细则|(台账|表格|表)[^，,。？?]{0,4}(怎么|咋|如何)(做|弄|建|填|写)|有(没有)?(模板|样表|范本)/,
    answers: /程序|步骤|流程|细则|按照以下|模板|格式/,
  },
  {
    // 那10个补贴工种 具体是哪十个: the names behind a number the plan gives.
    id: 'list',
    label: '名单',
    asks: /具体(是)?哪(些|几)|哪[十\d一二三四五六七八九]+(个|项|家|种)/,
    answers: /[：:]|、[^。；]*、|和[^。；]{1,8}、/,
  },
  {
    // 想进目录 要够啥条件 多大场地: what it takes, where the plan only names the thing.
    id: 'requirement',
    label: '条件',
    asks: /(够|要|得|需要|具备)(啥|什么|哪些)(样的)?(条件|资质|要求|门槛)|多大(的)?(场地|面积|规模)|注册资金|硬性规定/,
    answers: /(条件|要求)(为|是|包括)|应当具备[^，。；]{0,20}[、：:]|[：:]/,
  },
  {
    // 线上学的 补贴标准跟线下一样不: whether one thing is treated like another, where the plan names both.
    id: 'comparison',
    label: '对待标准',
    asks: /(跟|和|与|同)[^，,。？?]{1,12}(一样|相同|同等|一个标准)/,
    answers: /同等|视同|参照|比照|一样|相同|享受同等/,
  },
  {
    id: 'papers',
    label: '要交的材料',
    asks: /票据|发票|复印|几份|盖(几个)?章|(交|带|准备|提供|填)(哪些|什么|啥|哪几张|几张)(材料|资料|证明|东西|表)?/,
    answers: /材料|票据|复印件|证明/,
  },
];

/** The longest run of two or more characters the question shares with the clause: what the question is about. */
function sharedSubject(question: string, clause: string, skipPlain = false): string | undefined {
  const runs = question.match(/[\u4e00-\u9fff]{2,}/g) ?? [];
  let best = '';
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      for (let j = run.length; j - i > best.length && j - i >= 2; j--) {
        // A plain word (补贴, 培训) shared by chance names nothing; a word of its length that names the subject may follow.
        if (clause.includes(run.slice(i, j)) && !(skipPlain && PLAIN.test(run.slice(i, j)))) {
          best = run.slice(i, j);
          break;
        }
      }
    }
  }
  return best.length >= 2 ? best : undefined;
}

/** Whether `sentence` states a detail of `kind`; for a count, of the thing counted when the question names it (几个技师). */
function stated(kind: DetailKind, question: string, sentence: string): boolean {
  if (!kind.answers.test(sentence)) return false;
  if (kind.id !== 'count') return true;
  const counted = /(?:几|多少)(?:个|名|位|家|台|套|项|门)([\u4e00-\u9fff]{2})/.exec(question)?.[1];
  if (!counted) return true;
  const unit = '(个|名|位|家|台|套|项|门|人次|万人|人)';
  // 几个技师 is answered by "3名技师" or "技师3名" (培养新型学徒2万名).
  return new RegExp(`${NUMERAL}+\\s*${unit}[^，,。；]{0,6}${counted}|${counted}[^，,。；]{0,6}?${NUMERAL}+\\s*${unit}|${NUMERAL}+\\s*${counted}`).test(sentence);
}

/**
 * The text that speaks of the subject: each sentence naming it — for a sum, from the comma-clause
 * naming it on (…200元…以工代训补贴，以工代训补贴和岗前技能培训补贴不得重复享受 gives no sum for the
 * 岗前 subsidy).
 */
function aboutSubject(text: string, subject: string, kind: DetailKind): string[] {
  const sentences = text.split(/[。；;\n]/).filter((s) => s.includes(subject));
  if (kind.id !== 'money' && kind.id !== 'rate') return sentences;
  // From the clause naming the subject to the sentence's end: a sum said before the subject is another's.
  return sentences.map((s) => {
    const parts = s.split(/[，,]/);
    return parts.slice(parts.findIndex((p) => p.includes(subject))).join('，');
  });
}

/** Words too plain to name a subject (补贴, 培训, 企业 alone say nothing of what was asked). */
const PLAIN = /^(补贴|补助|培训|企业|公司|单位|人员|职业|技能|规定|要求|政策|方案|多少|什么|时候|可以|能够|需要|具体|三年|每年|今年|郑州|全市|我们|人次)$/;

/**
 * The subject not settled, when `question` asks a kind of detail that `clauseText` (the clause
 * found for it) does not state; undefined when it does, or when no kind of detail is asked.
 */
export function detailNotStated(question: string, clause: { clause: string; text: string }): UnsettledSubject | undefined {
  const kind = KINDS.find((k) => k.asks.test(question));
  if (!kind) return undefined;
  const subject = sharedSubject(question, clause.text, true);
  if (!subject || PLAIN.test(subject)) return undefined;
  // 创业培训三年一共培训多少人: a programme's target is its clause's own closing figure (三年培训15万人次),
  // said in a sentence that does not repeat the programme's name.
  if (kind.id === 'count' && /三年|一共|总共|目标|任务|计划/.test(question) && /人次/.test(clause.text)) return undefined;
  // Only the sentences about the subject count: a clause may give a figure of that kind about
  // something else (每年新建2家 … is no answer to 工作室得有几个技师).
  if (aboutSubject(clause.text, subject, kind).some((s) => stated(kind, question, s))) return undefined;
  // 民办…与公办同类机构享受同等待遇: a clause that treats anything alike may name the two its own way.
  if (kind.id === 'comparison' && kind.answers.test(clause.text)) return undefined;
  const escaped = subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Two things weighed against each other: the plan says nothing of treating them alike.
  const what = kind.id === 'comparison' ? '这两种情形是否按同一标准对待' : `${subject.replace(/的$/, '')}的具体${kind.label}`;
  return { id: `detail:${kind.id}`, what, clause: clause.clause, quote: new RegExp(escaped) };
}

/** Whether `part` of a question asks a kind of detail that the clause does state (so the part is covered). */
export function asksStatedDetail(part: string, clause: { text: string }): boolean {
  const kind = KINDS.find((k) => k.asks.test(part));
  if (!kind) return false;
  const subject = sharedSubject(part, clause.text);
  const about = subject ? aboutSubject(clause.text, subject, kind) : [clause.text];
  return about.some((s) => stated(kind, part, s));
}
