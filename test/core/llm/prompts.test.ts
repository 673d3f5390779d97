import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPromptModule } from '../../../prompts/build.js';
import { answerMessages, DOCUMENT_SLOTS } from '../../../src/core/answer/compose-llm.js';
import { PROMPTS } from '../../../src/core/llm/prompts.generated.js';

describe('prompts', () => {
  it('the bundled module matches prompts/*.md (run `npx tsx prompts/build.ts` after editing a prompt)', () => {
    const generated = fileURLToPath(new URL('../../../src/core/llm/prompts.generated.ts', import.meta.url));
    expect(readFileSync(generated, 'utf8')).toBe(renderPromptModule(fileURLToPath(new URL('../../../prompts', import.meta.url))));
  });

  it('has a versioned system prompt, answer template and query rewriting prompt with their slots', () => {
    for (const p of Object.values(PROMPTS)) expect(Number.isInteger(p.version)).toBe(true);
    expect(PROMPTS.answer.text).toContain('{{question}}');
    expect(PROMPTS.answer.text).toContain('{{sources}}');
    expect(PROMPTS.answer.text).toContain('{{rules}}');
    expect(PROMPTS.rewrite.text).toContain('{{question}}');
    expect(PROMPTS.system.text).toContain('{{docNo}}');
  });

  it('names the main pack’s document once filled, leaving no slot open', () => {
    const [system, user] = answerMessages({ question: '以工代训补贴多少钱', sources: [], draft: '草稿' });
    expect(system!.content).toContain('只依据《郑州市职业技能提升行动实施方案（2019—2021年）》（郑政办〔2019〕63号）回答问题');
    expect(system!.content).toContain('如“六(一)”');
    expect(user!.content).toContain('依据：郑政办〔2019〕63号');
    for (const m of [system!, user!]) expect(m.content).not.toMatch(/\{\{\w+\}\}/);
    expect(DOCUMENT_SLOTS.docShortTitle).toBe('郑州市职业技能提升行动实施方案');
  });
});
