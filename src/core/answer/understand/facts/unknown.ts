/**
 * "不知道 / 不清楚 / 不确定 / 忘了 / 说不好 / 得问问会计": the facts a clause says the person does
 * not know. They are left open and listed, so the dialogue does not read them as "no" and does
 * not ask them again at once. The fact is named by the words in that clause (社保, 以工代训,
 * 干了多久); a clause that names none answers the pending question.
 */
import { has, markUnknown, takeBack, type ReadingContext } from './context.js';
import type { GroupMention } from './groups.js';
import { hirePath } from './hires.js';
import { QUESTION, isAskedBothWays, saysUnknown } from './scope.js';

const EMPLOYER_CUES: Array<[RegExp, string | ((ctx: ReadingContext, rows: GroupMention[], at: number) => string | undefined)]> = [
  [/社保|社会保险|五险|参保/, 'insured'],
  [/岗前/, (ctx, rows, at) => hirePath(ctx, rows, 'preJobTrainingSubsidy', at)],
  [/以工代训|代训|带训/, (ctx, rows, at) => hirePath(ctx, rows, 'onJobTrainingMonths', at)],
  [/(干|工作|上班|入职|来|做)(了)?(多久|多长|几个月)/, (ctx, rows, at) => hirePath(ctx, rows, 'monthsEmployed', at)],
  [/几个人|多少人|几名/, (ctx, rows, at) => hirePath(ctx, rows, 'count', at)],
  [/验收/, 'equipment[0].accepted'],
  // 钱哪出的 不清楚: where the equipment's money came from.
  // 钱从哪个账走的 不太清楚: which account paid, said as the account.
  [/钱[^,;。]{0,3}(哪|啥)[^,;。]{0,3}?(出|来|走|付|花)|哪(儿|里|个账)?(出|来|走)的钱|(从|走)(哪|啥)(个|笔)?(账|科目|项目|经费)/, 'equipment[0].fromEducationFund'],
  [/工资/, 'payrollYuan'],
  // 提了多少 不知道, in a talk about the fund: the sum drawn.
  [/(教育|职教)?经费(?![^,;。]{0,3}(出|买|购|付))|(提|计提|提取)了?多少/, 'educationFundYuan'],
];
const PERSON_CUES: Array<[RegExp, string]> = [
  [/证/, 'certificate'],
  [/系统/, 'institutionInSystem'],
  [/退休|养老金/, 'monthlyPension'],
  [/几次/, 'subsidizedTrainingsThisYear'],
];

/** Marks as unknown the facts named in clauses that say "I do not know". */
export function readUnknown(ctx: ReadingContext, rows: GroupMention[]): void {
  ctx.clauses.forEach((clause, ci) => {
    // 俺们都不知道还有这个: never heard of it — said of the subsidy named, no fact left open.
    // (还有 opens a clause of its own, so the words after the clause are read with it.)
    if (!saysUnknown(clause.text) || NEVER_HEARD_OF.test(ctx.t.slice(clause.start, clause.end + 8))) return;
    const cues = ctx.employer ? EMPLOYER_CUES : PERSON_CUES;
    let named = false;
    // 设备验收了没有 不确定: a bare "not sure" is about the fact the clause before asked itself.
    const prev = ctx.clauses[ci - 1];
    const bare = BARE_UNKNOWN.test(clause.text) && prev !== undefined && isAskedBothWays(prev.text);
    // 社保是外包代缴的 具体缴没缴 我这边看不到: the clause asked both ways names no fact; the one
    // before it does.
    const before = ctx.clauses[ci - 2];
    const prevNames = prev !== undefined && cues.some(([re]) => re.test(prev.text));
    const scopes = bare ? [clause, prev, ...(!prevNames && before ? [before] : [])] : [clause];
    for (const scope of scopes) for (const [re, target] of cues) {
      const m = re.exec(scope.text);
      if (!m) continue;
      named = true;
      let path = typeof target === 'string' ? target : target(ctx, rows, scope.start + (m.index ?? 0));
      // The pending question names the row: 具体几个人不清楚 answers hires[0].count.
      const pending = ctx.pendingFact;
      if (path && pending && pending.replace(/\[\d+\]/g, '[]') === path.replace(/\[\d*\]/g, '[]')) path = pending;
      if (path && has(ctx, path) && bare) withdraw(ctx, path, clause.start);
      if (path && !has(ctx, path)) markUnknown(ctx, path);
    }
    // 提了多少 会计没跟我说: the question said just before names what is not known.
    // 验收？不清楚过没过: a bare topic word just before names it too.
    // 提了多少经费 会计休假了 不清楚: the question may stand one clause further back, behind why it is not known.
    for (const asked of [prev, prev !== undefined && !QUESTION.test(prev.text) ? before : undefined]) {
      if (named || asked === undefined || !(QUESTION.test(asked.text) || asked.text.replace(/[,;!?。，、；！？~…\s]/g, '').length <= 4)) continue;
      for (const [re, target] of cues) {
        const m = re.exec(asked.text);
        if (!m) continue;
        const path = typeof target === 'string' ? target : target(ctx, rows, asked.start + (m.index ?? 0));
        if (path && !has(ctx, path)) markUnknown(ctx, path);
        named = true;
      }
    }
    if (!named && !ctx.employer && /贫困户|建档立卡|残疾|退役|退伍/.test(clause.text)) named = ctx.unknown.includes('groups');
    // 岗前培训补贴 应该是没申请过 俺不太确定: a bare "not sure" right after a clause that stated one
    // yes/no fact with a hedge doubts that fact — it is taken back and left open — not the question pending.
    if (!named && prev !== undefined && BARE_UNKNOWN.test(clause.text) && HEDGED.test(prev.text)) {
      // (零就业那4个岗前补贴好像领过: the row's group and count said in the same clause are not doubted.)
      const stated = ctx.facts.filter((f) => f.end > prev.start && f.start < prev.end && f.path !== 'entity' && typeof f.value === 'boolean');
      if (stated.length === 1) {
        const path = stated[0]!.path;
        takeBack(ctx, path);
        if (!/^(hires|equipment)\[/.test(path)) delete (ctx.patch.employer as Record<string, unknown>)[path];
        markUnknown(ctx, path);
        named = true;
      }
    }
    // 提了多少 他说不知道 财务不在: the clause after a named unknown goes on about it (why it is not
    // known); it is no answer to the question pending.
    if (!named && ctx.pendingFact && !has(ctx, ctx.pendingFact) && !ctx.unknown.some((u) => u !== ctx.pendingFact)) markUnknown(ctx, ctx.pendingFact);
  });
}

/**
 * A unit-level fact read earlier in the message (代缴的 → insured) that the person then says
 * they cannot vouch for (缴没缴 我这边看不到): the doubt is the later word, so the fact is open.
 */
function withdraw(ctx: ReadingContext, path: string, before: number): void {
  if (!/^(insured|payrollYuan|educationFundYuan)$/.test(path)) return;
  if (!ctx.facts.some((f) => f.path === path && f.start < before)) return;
  delete (ctx.patch.employer as Record<string, unknown>)[path];
  ctx.facts = ctx.facts.filter((f) => f.path !== path);
}

/** 不知道还有这个 / 都不知道有这回事: never heard of the thing named — not a fact not known. */
const NEVER_HEARD_OF = /不知道(还|竟然|居然)?有(这|那)(个|回事|种|项|笔|么个)/;

/** A clause that is nothing but "not sure" (不确定, 我也不清楚, 记不清了). */
/** A statement made with a hedge (应该是没领过, 好像交了). */
const HEDGED = /应该|好像|可能|大概|估计|也许|似乎/;
const BARE_UNKNOWN = /^(我这边|我这里|我这儿|这边|我|俺|这个|这|具体)?(也|还|真|确实)?(不太|不大)?(知道|确定|清楚|不知道|不清楚|不确定|不记得|记不清|记不得|忘了|说不好|说不准|看不到|查不到|不掌握|拿不准|哪知道|哪晓得|哪里知道|哪儿知道|谁知道)(了|啊|呢|哦|呀)?[,;!?。，、；！？~…]*$/;
