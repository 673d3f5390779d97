/**
 * The core knows no document: no clause id (六(一), 一（二）), no 文号, no title of a policy and
 * no rule id appears in the code or strings of src/core. What a document says lives in its pack
 * (src/packs/<id>/), which the core reads through the Pack type; comments may still name the
 * plan as an example. Generated modules are checked too: the prompts name the document through
 * slots the main pack fills. The packs' own titles and 文号 are checked too, so a new pack is covered
 * the moment it is listed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/rules/pack.js';
import { PACKS } from '../../src/packs/index.js';

const ROOT = join(import.meta.dirname, '../..');

/** Clause ids as documents number them: part numeral, item numeral in brackets. */
const CLAUSE_ID = /[一二三四五六七八九十]+[（(][一二三四五六七八九十]+[）)]/;
/** A 文号's year-and-number: 〔2019〕63号. */
const DOC_NUMBER = /[〔[]\d{4}[〕\]]\d+号/;

/** The words of a pack's manifest that name its document: title (with and without its years), 文号 and its parts. */
function namesOf(pack: Pack): string[] {
  const m = pack.manifest;
  const parts = /^(.+?)[〔[(（]\d{4}[〕\])）](\d+号)$/.exec(m.docNo)?.slice(1) ?? [];
  return [m.title, m.title.replace(/[（(][^）)]*[）)]$/, ''), m.docNo, ...parts];
}

/** Source text without its comments (block comments, and line comments after code or alone). */
export function codeOf(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[\s;,{}()])\/\/ .*$/gm, '$1').replace(/^\s*\/\/.*$/gm, '');
}

/** Where the code of each file names a document or a rule id: `file: what` lines. */
export function documentKnowledge(files: ReadonlyMap<string, string>, names: readonly string[], ruleIds: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const [file, source] of files) {
    const code = codeOf(source);
    const clause = CLAUSE_ID.exec(code)?.[0];
    if (clause) out.push(`${file}: clause id ${clause}`);
    const docNo = DOC_NUMBER.exec(code)?.[0];
    if (docNo) out.push(`${file}: 文号 ${docNo}`);
    for (const n of names) if (code.includes(n)) out.push(`${file}: names ${n}`);
    for (const id of ruleIds) if (new RegExp(`['"\`]${id}['"\`]`).test(code)) out.push(`${file}: rule id ${id}`);
  }
  return out;
}

async function coreFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(join(ROOT, 'src/core'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(ROOT, full).split('\\').join('/');
    files.set(path, await readFile(full, 'utf8'));
  }
  return files;
}

const names = [...new Set((PACKS as readonly Pack[]).flatMap(namesOf))];
const ruleIds = (PACKS as readonly Pack[]).flatMap((p) => p.rules.map((r) => r.id));

describe('the core knows no document', () => {
  it('no clause id, 文号, document title or rule id in the code of src/core', async () => {
    const files = await coreFiles();
    expect(files.size).toBeGreaterThan(100);
    expect(documentKnowledge(files, names, ruleIds)).toEqual([]);
  });

  it('catches a clause id, a 文号 or a title in code, not in comments (the check itself can fail)', () => {
    expect(names).toContain('郑政办〔2019〕63号');
    const bad = new Map([
      ['a.ts', "const c = '六(一)';"],
      ['b.ts', "const c = { clause: '一（二）' };"],
      ['c.ts', 'const t = `依据某办〔2020〕9号`;'],
      ['d.ts', "export const NAME = '郑州市职业技能提升行动实施方案';"],
      ['e.ts', "const re = /郑政办|63号/;"],
      ['g.ts', "if (r.id === 'on_job_training') return;"],
    ]);
    expect(documentKnowledge(bad, names, ruleIds).map((l) => l.split(':')[0])).toEqual(['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts', 'e.ts', 'g.ts']);
    const fine = new Map([
      ['f.ts', "/** 六(一) of 郑政办〔2019〕63号, as an example. */\nconst x = 1; // 七(二)\n// 三(五)\nconst url = 'https://example.org/a';"],
    ]);
    expect(documentKnowledge(fine, names, ruleIds)).toEqual([]);
  });
});
