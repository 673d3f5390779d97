/**
 * A held-out question set: written like questions.ts but kept apart, so a change tuned on
 * the main set (a glossary entry, a weight) can be checked on questions it was not tuned on.
 * `npm run eval` reports it separately; no test enforces a floor on it. Do not tune on these
 * questions — when one is fixed by a targeted change, move it to questions.ts and write a
 * new one here.
 */
import type { EvalQuestion } from './questions.js';

export const HELDOUT_QUESTIONS: EvalQuestion[] = [
  { q: '退伍回来想学开挖掘机 有培训吗', expect: ['三(二)', '六(一)'], who: 'worker' },
  { q: '俺是农民工 想考个电工证', expect: ['三(二)', '五(一)', '七(二)'], who: 'worker' },
  { q: '厂里招了建档立卡的 能补多少', expect: ['六(一)'], who: 'enterprise' },
  { q: '职工教育经费能抵多少税', expect: ['六(二)'], who: 'enterprise' },
  { q: '学徒制培养补贴怎么给', expect: ['四(一)'], who: 'enterprise' },
  { q: '领养老金的人还能参加补贴培训吗', expect: ['六(一)'], who: 'worker' },
  { q: '一个人一年最多补贴几回', expect: ['七(二)'], who: 'worker' },
  { q: '开网店的创业培训', expect: ['三(八)'], who: 'worker' },
  { q: '地铁公司员工技能提升', expect: ['三(十一)'], who: 'enterprise' },
  { q: '刚毕业还没上班能学技能吗', expect: ['三(二)'], who: 'worker' },
  { q: '技能大师工作室最多补10万吗', expect: ['四(一)'], who: 'enterprise' },
  { q: '这个方案哪年到期', expect: ['二', 'head'], who: 'worker' },
  { q: '培训机构没进系统能拿补贴吗', expect: ['六(三)', '七(一)'], who: 'enterprise' },
  { q: '非物质文化遗产传承培训', expect: ['三(十)'], who: 'staff' },
  { q: '技術工人出國研修有名額嗎', expect: ['三(十六)'], who: 'worker', traditional: true },
  { q: '做保洁的阿姨能参加培训吗', expect: ['三(十二)', '三(四)', '五(一)'], who: 'worker' },
];
