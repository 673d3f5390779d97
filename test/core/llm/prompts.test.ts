import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPromptModule } from '../../../prompts/build.js';
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
    expect(PROMPTS.system.text).toContain('郑政办〔2019〕63号');
  });
});
