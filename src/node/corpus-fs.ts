/** Reads the policy corpus folder: every `*.md` file with front matter becomes a document. */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePolicyDocument } from '../core/corpus/frontmatter.js';
import type { PolicyDocument } from '../core/corpus/types.js';

/** The project's `policy-corpus/` folder. */
export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../policy-corpus');

/**
 * Every `*.md` in `dir` (README.md excepted), in file-name order. A file with bad front
 * matter throws an error naming the file and the field.
 */
export async function loadCorpus(dir: string = CORPUS_DIR): Promise<PolicyDocument[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.md') && n.toLowerCase() !== 'readme.md').sort();
  return Promise.all(names.map(async (name) => parsePolicyDocument(await readFile(join(dir, name), 'utf8'), name)));
}
