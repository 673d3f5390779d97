/**
 * 车间主任说了 五个月, in an employer's case: a month figure the fact reader placed nowhere (no
 * 干了, no 以工代训 beside it) and no correction reader took. Answered as if nothing had been
 * said, the case's old sum would come back confidently — with a figure the person has just
 * changed. The person is asked which months the figure is instead.
 */
import type { Applicant } from '../../rules/schema.js';
import { hireName } from '../fact-words.js';
import type { CaseCorrection } from './case-correction.js';
import { NUM, numberValue } from './facts/quantities.js';

/** A month figure, with what may stand around it. */
const MONTHS = new RegExp(`(${NUM})\\s*个?(半)?月(?!份|底|初|中|末|号|日|前|后|以后|以前)`, 'g');
/** Before the figure: a limit, a date or a stretch inside the span — none is a fact of the case. */
const NOT_A_SPAN_BEFORE = /(年|满|够|到|超过|不到|不满|不足|最多|最长|最少|至少|封顶|前|后|头|每|第|近|这|那|上|下|差|还差)(了)?\s*$/;
/** After the figure: a limit or a condition (六个月以上 / 满了才能). */
const NOT_A_SPAN_AFTER = /^\s*(以上|以内|以下|之内|之后|之前|左右|多|才|就能|的话|内|封顶|为限|起)/;
/** A question of the rule, not a figure of the case (补几个月 / 能不能按六个月). */
// (还给不给 / 有没有: a question put as yes-or-no; 等…到时候: a time to come, supposed.)
const QUESTION = /吗|么|呢|[?？]|几|怎么|咋|能不能|可不可以|是否|什么|啥|哪|要是|如果|假如|万一|到时候|等到|以后|将来|([\u4e00-\u9fff])[不没]\1/;

/** Which months a bare figure is, asked; undefined when the message holds no such figure. */
export function unplacedMonths(text: string, applicant: Applicant | undefined): CaseCorrection | undefined {
  if (applicant?.type !== 'employer' || !applicant.hires?.length) return undefined;
  // 你再说一遍是多少: the sum asked after the figure is no question of the rule.
  const plain = text.replace(/[,，\s]+[^,，\s]{0,14}多少(钱)?[啊呀吧呢]?[?？]?$/, '');
  if (QUESTION.test(plain) || /多少/.test(plain)) return undefined;
  const figures = [...plain.matchAll(MONTHS)].filter((m) => {
    const at = m.index ?? 0;
    return !NOT_A_SPAN_BEFORE.test(plain.slice(0, at)) && !NOT_A_SPAN_AFTER.test(plain.slice(at + m[0].length));
  });
  if (figures.length !== 1) return undefined;
  const figure = figures[0]!;
  const value = numberValue(figure[1]!);
  if (value === undefined || !Number.isInteger(value) || value < 1 || value > 60) return undefined;
  const held = applicant.hires.some((h) => h.monthsEmployed === value || h.onJobTrainingMonths === value);
  if (held) return undefined;
  const many = applicant.hires.length > 1;
  const options = applicant.hires.flatMap((h) => {
    const name = many ? hireName(h) : '';
    return [`${name}已就业的月数`, `${name}以工代训的月数`];
  });
  return { kind: 'which', figure: figure[0].trim(), options, examples: [`干了${figure[1]}个月`, `以工代训${figure[1]}个月`] };
}
