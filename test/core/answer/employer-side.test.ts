import { describe, expect, it } from 'vitest';
import { asksWhatEmployerGets, employerFromWorker } from '../../../src/core/answer/employer-side.js';

describe('the employer side of a hire, told by the worker', () => {
  it('hears a question about what the employer gets', () => {
    for (const q of ['我老公残疾 去厂里上班了 厂里能拿补贴吗', '公司有补贴吗', '车间能领补贴不', '老板能拿啥补贴', '单位能拿多少钱']) expect(asksWhatEmployerGets(q), q).toBe(true);
  });

  it('leaves the employer speaking of itself, and the worker asking for themself, to their own dialogues', () => {
    for (const q of ['我们公司能拿什么补贴', '本公司能领哪些补贴', '我能领什么补贴', '厂里的培训免费吗']) expect(asksWhatEmployerGets(q), q).toBe(false);
    // 招了我 公司能… : 我 and 公司 belong to different phrases.
    expect(asksWhatEmployerGets('我是就业困难人员 公司招了我 公司能享受什么补贴')).toBe(true);
  });

  it('makes the worker one hire of the group named, and the employer the kind named', () => {
    expect(employerFromWorker('我老公残疾 去厂里上班了 厂里能拿补贴吗', ['disabled'])).toEqual({ type: 'employer', entity: 'enterprise', hires: [{ group: 'disabled', count: 1 }] });
    expect(employerFromWorker('我在扶贫车间干活 车间能领补贴不', ['poor_labor'])).toMatchObject({ entity: 'poverty_workshop', hires: [{ group: 'poor_labor', count: 1 }] });
  });

  it('asks the count rather than guess it when several are spoken of, and drops groups 以工代训 does not pay for', () => {
    const e = employerFromWorker('我们村几个贫困户去服装厂上班了 老板能拿啥补贴', ['poor_labor', 'veteran']);
    expect(e).toEqual({ type: 'employer', entity: 'enterprise', hires: [{ group: 'poor_labor' }] });
  });
});
