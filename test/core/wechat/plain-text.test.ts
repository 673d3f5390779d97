import { describe, expect, it } from 'vitest';
import type { AskResponse } from '../../../src/core/answer/schema.js';
import { utf8Length } from '../../../src/core/wechat/bytes.js';
import { cutAtSentence, stripMarkdown, toWechatText } from '../../../src/core/wechat/plain-text.js';
import { growthFactor, LINEAR_GROWTH_BOUND } from '../../support/growth.js';

const docNo = (id: string) => (id === 'zzb-2019-63' ? '郑政办〔2019〕63号' : undefined);

function answer(text: string, extra: Partial<AskResponse> = {}): AskResponse {
  return {
    answer: text,
    answered: true,
    citations: [{ docId: 'zzb-2019-63', clause: '六(一)', quote: '落实完善职业培训补贴政策' }],
    mode: 'extractive',
    sessionId: 'wx-mp-abcdef0123',
    ...extra,
  };
}

describe('stripMarkdown', () => {
  it('removes headings, emphasis, lists, code and link syntax but keeps the words', () => {
    const out = stripMarkdown('## 培训补贴\n\n**企业**可按规定享受 *职业培训补贴*。\n- 第一条\n* 第二条\n`代码`与[原文](https://example.gov/63)\n> 引用');
    expect(out).not.toMatch(/[#*`>[\]]/);
    expect(out).toContain('企业可按规定享受 职业培训补贴。');
    expect(out).toContain('· 第一条\n· 第二条');
    expect(out).toContain('原文（https://example.gov/63）');
  });
});

describe('toWechatText', () => {
  it('keeps a short answer whole and closes with the short citation', () => {
    const out = toWechatText(answer('企业职工参加岗位技能提升培训，可享受职业培训补贴。'), { docNo });
    expect(out).toBe('企业职工参加岗位技能提升培训，可享受职业培训补贴。\n〔郑政办〔2019〕63号 六(一)〕');
  });

  it('shortens a long answer at a sentence end within 2048 bytes and keeps the citation', () => {
    const long = Array.from({ length: 80 }, (_, i) => `第${i + 1}句说明培训补贴的适用对象和申领程序。`).join('');
    const out = toWechatText(answer(long), { docNo });
    expect(utf8Length(out)).toBeLessThanOrEqual(2048);
    expect(out.endsWith('〔郑政办〔2019〕63号 六(一)〕')).toBe(true);
    const body = out.split('……（')[0]!;
    expect(body.endsWith('。')).toBe(true);
    expect(long.startsWith(body)).toBe(true);
  });

  it('respects a smaller budget and never splits a character', () => {
    const out = toWechatText(answer('补贴'.repeat(600)), { docNo, maxBytes: 300 });
    expect(utf8Length(out)).toBeLessThanOrEqual(300);
    expect(out).not.toContain('\uFFFD');
  });

  it('lists the quick replies of a follow-up question', () => {
    const out = toWechatText(
      answer('请问您是以下哪类人员？', {
        followUp: {
          fact: 'applicant.groups',
          question: '请问您是以下哪类人员？',
          options: [
            { label: '农民工', value: 'migrant' },
            { label: '退役军人', value: 'veteran' },
          ],
        },
        citations: [],
      }),
    );
    expect(out).toBe('请问您是以下哪类人员？\n可回复：农民工 / 退役军人');
  });
});

describe('cutAtSentence', () => {
  it('cuts at the last sentence end that fits', () => {
    expect(cutAtSentence('第一句。第二句比较长一些。', 20)).toBe('第一句。');
    expect(cutAtSentence('short', 100)).toBe('short');
  });
});

describe('toWechatText with an answer that names its source', () => {
  it('does not repeat the citation the answer already states', () => {
    const text = '【职业培训补贴】按规定给予职业培训补贴。\n依据：郑政办〔2019〕63号 六(一)。';
    expect(toWechatText(answer(text), { docNo })).toBe(text);
  });

  it('groups the clauses of one document in one short citation when shortening', () => {
    const res = answer(`${'按规定给予补贴。'.repeat(200)}\n依据：郑政办〔2019〕63号 六(一)、七(二)。`, {
      citations: [
        { docId: 'zzb-2019-63', clause: '六(一)', quote: 'a' },
        { docId: 'zzb-2019-63', clause: '七(二)', quote: 'b' },
        { docId: 'zzb-2019-63', clause: '六(一)', quote: 'c' },
      ],
    });
    const out = toWechatText(res, { docNo });
    expect(utf8Length(out)).toBeLessThanOrEqual(2048);
    expect(out.endsWith('\n〔郑政办〔2019〕63号 六(一)、七(二)〕')).toBe(true);
  });
});

describe('stripMarkdown on hostile answers', () => {
  it('strips 4,000 newlines and other long runs with work that grows linearly', () => {
    const hostile = [
      (n: number) => `开头${'\n'.repeat(n)}结尾`,
      (n: number) => `${'\n \n'.repeat(n / 3)}x`,
      (n: number) => `${' '.repeat(n)}x`,
      (n: number) => '['.repeat(n),
      (n: number) => '![['.repeat(n / 3),
      (n: number) => '`'.repeat(n),
      (n: number) => `**${'a'.repeat(n)}`,
      (n: number) => `|${'---|'.repeat(n / 4)}x`,
      (n: number) => `${'- '.repeat(n / 2)}x`,
      (n: number) => `---${' '.repeat(n)}x`,
      (n: number) => `|${' '.repeat(n)}x`,
    ];
    for (const make of hostile) expect(growthFactor(stripMarkdown, make, 4_000)).toBeLessThan(LINEAR_GROWTH_BOUND);
    expect(stripMarkdown(`开头${'\n'.repeat(4_000)}结尾`)).toBe('开头\n\n结尾');
  });
});
