/**
 * The eligibility results: a reply ready to copy, then a card per rule — what was asked about
 * and what the applicant qualifies for first, the rest folded.
 */
import type { EligibilityResponse, RuleResult, Status } from '../api.js';
import { el } from '../common/dom.js';
import { citeBlock } from './clause-labels.js';
import { copyBox } from './copy.js';
import { labelFor } from './labels.js';
import { basisLine, docName, mergeCites, stripClauseRefs, uniq } from './reply-text.js';

/** Every status the API answers with, in staff's words (a status added to the schema fails the typecheck here). */
const STATUS: Record<Status, string> = { eligible: '符合条件', ineligible: '不符合条件', needs_info: '还需补充信息' };
const RANK: Record<Status, number> = { eligible: 0, needs_info: 1, ineligible: 2 };
const SUMMARY_ORDER: Status[] = ['eligible', 'needs_info', 'ineligible'];

function yuan(n: number): string { return Number(n).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) + ' 元'; }
function has<T>(v: T | null | undefined): v is T { return v !== null && v !== undefined; }

/* The amount at a glance: a sum, the part already settled, or that the plan fixes none. */
function amountLine(r: RuleResult): { text: string; cls: string } | null {
  if (has(r.amountYuan)) return { text: yuan(r.amountYuan), cls: 'amount' };
  if (has(r.partialAmountYuan)) return { text: '已可确定 ' + yuan(r.partialAmountYuan), cls: 'amount partial' };
  if (r.status === 'eligible' && !(r.amountMissing && r.amountMissing.length)) return { text: '本方案未规定金额', cls: 'amount none' };
  if (r.status === 'eligible') return { text: '金额待补充信息后测算', cls: 'amount none' };
  return null;
}
function missingText(list: string[] | undefined): string { return uniq((list || []).map(labelFor)).join('、'); }

function resultCard(r: RuleResult, asked: boolean): HTMLElement {
  const card = el('section', { 'class': 'result ' + r.status + (asked ? ' asked' : ''), 'data-console': 'eligibility-result', 'data-rule': r.id, 'data-status': r.status });
  const h = el('h3');
  h.appendChild(el('span', null, r.title));
  h.appendChild(el('span', { 'class': 'status' }, STATUS[r.status] || r.status));
  if (asked) h.appendChild(el('span', { 'class': 'tag' }, '本次咨询'));
  card.appendChild(h);
  const a = amountLine(r);
  if (a) card.appendChild(el('p', { 'class': a.cls, 'data-console': 'amount' }, a.text));
  if (has(r.partialAmountYuan) && r.amountMissing && r.amountMissing.length) card.appendChild(el('p', null, '其余金额还需了解：' + missingText(r.amountMissing)));
  if (r.amountNote) card.appendChild(el('p', { 'class': 'hint' }, '计算：' + r.amountNote));
  if (r.missing && r.missing.length) card.appendChild(el('p', { 'class': 'missing' }, '还需要了解：' + missingText(r.missing)));
  if (r.reasons && r.reasons.length) {
    const ul = el('ul');
    r.reasons.forEach((x) => { ul.appendChild(el('li', null, x)); });
    // A long list of conditions met would push the next result off screen: folded, one click away.
    if (r.reasons.length > 4) {
      const why = el('details', { 'class': 'why' });
      why.appendChild(el('summary', null, '逐项判断（' + r.reasons.length + ' 条）'));
      why.appendChild(ul);
      card.appendChild(why);
    } else card.appendChild(ul);
  }
  mergeCites(r.citations).forEach((c) => { card.appendChild(citeBlock(c)); });
  return card;
}

/* One line of the sendable reply: the verdict, the amount, and what is still needed (no question). */
function replyLine(n: number, r: RuleResult): string {
  let line = n + '. ' + r.title + '：' + (STATUS[r.status] || r.status);
  if (has(r.amountYuan)) line += '，金额 ' + yuan(r.amountYuan) + (r.amountNote ? '（' + r.amountNote + '）' : '');
  else if (has(r.partialAmountYuan)) line += '，已可确定 ' + yuan(r.partialAmountYuan) + (r.amountMissing && r.amountMissing.length ? '，其余金额还需了解' + missingText(r.amountMissing) : '');
  else if (r.status === 'eligible') line += r.amountNote ? '；' + r.amountNote.replace(/[。；]$/, '') : (r.amountMissing && r.amountMissing.length ? '' : '；本方案未规定金额');
  if (r.status === 'needs_info' && r.missing && r.missing.length) line += '；还需了解' + missingText(r.missing);
  else if (r.status === 'ineligible' && r.reasons && r.reasons.length) line += '；原因：' + r.reasons.join('；').replace(/[。；]$/, '');
  return stripClauseRefs(line) + '。';
}

/* The answer in view without scrolling: results beside the form stay at the top of the screen. */
function revealResults(out: HTMLElement): void {
  out.scrollTop = 0;
  const box = out.getBoundingClientRect();
  if (box.top < 0 || box.top > window.innerHeight - 120) out.scrollIntoView({ block: 'start' });
}

/** Shows `res` in `out`; `asked` are the rule ids the caller asked about. */
export function renderEligibility(out: HTMLElement, res: EligibilityResponse, asked: string[]): void {
  out.textContent = '';
  const results = res.results || [];
  const isAsked = (r: RuleResult) => asked.indexOf(r.id) >= 0;
  // First what was asked about, then what the applicant qualifies for; the rest is folded.
  let first = results.filter((r) => isAsked(r) || r.status === 'eligible');
  first.sort((x, y) => (Number(isAsked(y)) - Number(isAsked(x))) || (RANK[x.status] - RANK[y.status]) || (results.indexOf(x) - results.indexOf(y)));
  let rest = results.filter((r) => first.indexOf(r) < 0);
  if (!first.length) { first = rest; rest = []; }

  const count: Partial<Record<Status, number>> = {};
  results.forEach((r) => { count[r.status] = (count[r.status] || 0) + 1; });
  const pol: Partial<EligibilityResponse['policy']> = res.policy || {};
  out.appendChild(el('p', { 'class': 'summary', 'data-console': 'eligibility-summary' },
    SUMMARY_ORDER.filter((k) => count[k]).map((k) => STATUS[k] + ' ' + count[k] + ' 项').join(' · ') +
    (res.asOf ? '（测算日期 ' + res.asOf + (pol.inForce === false ? '，不在方案实施期内' : '') + '）' : '')));

  const lines = ['根据' + docName(pol) + '，按您提供的情况测算如下：'];
  first.forEach((r, i) => { lines.push(replyLine(i + 1, r)); });
  if (rest.length) lines.push('其他 ' + rest.length + ' 项补贴与本次咨询无关或情况不足以判断，未列出；如需了解可再咨询。');
  (res.warnings || []).forEach((w) => { lines.push('提示：' + w); });
  const cited: string[] = [];
  first.forEach((r) => { (r.citations || []).forEach((c) => { cited.push(c.clause); }); });
  const basis = basisLine(cited);
  if (basis) lines.push(basis);
  out.appendChild(copyBox(lines.join('\n'), 'copy-text'));

  (res.warnings || []).forEach((w) => { out.appendChild(el('p', { 'class': 'warn', role: 'note' }, w)); });
  first.forEach((r) => { out.appendChild(resultCard(r, isAsked(r))); });
  if (rest.length) {
    const more = el('details', { 'class': 'more-results', 'data-console': 'folded-results' });
    more.appendChild(el('summary', null, '其他 ' + rest.length + ' 项补贴（' +
      uniq(rest.map((r) => STATUS[r.status])).join('、') + '）'));
    rest.forEach((r) => { more.appendChild(resultCard(r, false)); });
    out.appendChild(more);
  }
  out.appendChild(el('p', { 'class': 'policy' }, '依据：' + (pol.title ? '《' + pol.title + '》' : '') + (pol.docNo ? '（' + pol.docNo + '）' : '') +
    (pol.period ? '，实施期 ' + pol.period.from + ' 至 ' + pol.period.to : '')));
  revealResults(out);
}
