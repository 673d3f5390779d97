/**
 * The layers hold: a module never imports one from a higher layer. The import graph is read
 * from the source files as text (every `import … from`, `export … from`, `import(…)`, type-only
 * imports included), so a new file or a new import is checked the moment it is written.
 *
 * The order, lowest first (a layer may import its own and every lower one):
 *
 *   0 base    src/core/{text,corpus,rules,db}/, config.ts, log.ts, errors.ts, and the policy
 *             packs src/packs/ (data and pure rules the rules engine reads)
 *   1 search  src/core/{search,index}/
 *   2 llm     src/core/llm/
 *   3 answer  src/core/answer/, deps.ts (it names the answer pipeline's type)
 *   4 wechat  src/core/wechat/
 *   5 web     src/core/web/
 *   6 http    src/core/http/
 *   7 compose src/core/compose-services.ts (the composition root; only the edges use it)
 *   8 edge    src/node/, src/worker/
 *
 * Besides the order: the core runs on Node and on Workers alike, so nothing under src/core
 * imports a `node:` module.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

const LAYERS = ['base', 'search', 'llm', 'answer', 'wechat', 'web', 'http', 'compose', 'edge'] as const;
type Layer = (typeof LAYERS)[number];

/** The layer of a file, by its path under src/ (posix separators); undefined for an unplaced file. */
export function layerOf(path: string): Layer | undefined {
  if (/^(node|worker)\//.test(path)) return 'edge';
  if (path.startsWith('packs/')) return 'base';
  if (path === 'core/compose-services.ts') return 'compose';
  const dir = /^core\/([^/]+)\//.exec(path)?.[1];
  if (dir === undefined) {
    if (['core/config.ts', 'core/log.ts', 'core/errors.ts'].includes(path)) return 'base';
    if (path === 'core/deps.ts') return 'answer';
    return undefined;
  }
  const byDir: Record<string, Layer> = {
    text: 'base',
    cache: 'base',
    corpus: 'base',
    rules: 'base',
    db: 'base',
    search: 'search',
    index: 'search',
    llm: 'llm',
    answer: 'answer',
    wechat: 'wechat',
    web: 'web',
    http: 'http',
  };
  return byDir[dir];
}

/** Every module specifier a source text imports or re-exports, comments left out. */
export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of code.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) out.push(m[1]!);
  return out;
}

export interface Violation {
  file: string;
  imports: string;
  why: string;
}

/** The layer rules applied to a set of files (path under src/ → source text). */
export function checkLayers(files: ReadonlyMap<string, string>): Violation[] {
  const out: Violation[] = [];
  for (const [file, source] of files) {
    const from = layerOf(file);
    if (from === undefined) {
      if (file.startsWith('core/')) out.push({ file, imports: '', why: 'has no layer: place it in the order of test/core/layers.test.ts' });
      continue;
    }
    for (const spec of importsOf(source)) {
      if (spec.startsWith('node:') && /^(core|packs)\//.test(file)) {
        out.push({ file, imports: spec, why: 'the core must stay runtime-neutral (no node: modules)' });
        continue;
      }
      if (!spec.startsWith('.')) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.js$/, '.ts');
      const to = layerOf(target);
      if (to !== undefined && LAYERS.indexOf(to) > LAYERS.indexOf(from)) {
        out.push({ file, imports: target, why: `${from} must not import ${to}` });
      }
    }
  }
  return out;
}

async function sourceFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(relative(SRC, full).split('\\').join('/'), await readFile(full, 'utf8'));
  }
  return files;
}

describe('layers', () => {
  it('no module of src/ imports one from a higher layer, and the core imports no node: module', async () => {
    const files = await sourceFiles(SRC);
    expect(files.size).toBeGreaterThan(50);
    expect(checkLayers(files)).toEqual([]);
  });

  it('catches the imports that broke the layers before (the check itself can fail)', () => {
    const broken = new Map([
      ['core/answer/ask.ts', "import type { AppDeps } from '../http/deps.js';"],
      ['core/llm/guard.ts', "import { TOPICS } from '../answer/topics.js';"],
      ['core/db/errors.ts', "import { ApiError } from '../http/errors.js';"],
      ['core/search/x.ts', "type L = import('../deps.js').Log;"],
      ['core/wechat/y.ts', "export { createApp } from '../http/app.js';"],
      ['core/http/z.ts', "import { serve } from '../../node/main.js';"],
      ['core/text/w.ts', "import { readFile } from 'node:fs/promises';"],
      ['core/new-folder/v.ts', "export const v = 1;"],
      ['packs/zz/rules/r.ts', "import { TOPICS } from '../../../core/answer/topics.js';"],
    ]);
    const found = checkLayers(broken);
    expect(found.map((v) => v.file)).toEqual([...broken.keys()]);
    // Imports within a layer or downwards, and comments that mention higher layers, are fine.
    const fine = new Map([
      ['core/http/routes/a.ts', "import { createAsk } from '../../answer/ask.js';\nimport type { Db } from '../../db/types.js';"],
      ['core/answer/b.ts', "// never: import x from '../http/app.js'\nimport { guardAnswer } from './guard.js';"],
      ['worker/index.ts', "import { AsyncLocalStorage } from 'node:async_hooks';\nimport { composeServices } from '../core/compose-services.js';"],
    ]);
    expect(checkLayers(fine)).toEqual([]);
  });
});
