/**
 * Where the tests find the policy as received: the repository's own `policy-corpus/`, whose
 * plan file carries the scan byte for byte after its front matter. Nothing outside the clone is
 * read, so `npm test` passes on a machine that has only the repository.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const policyCorpusDir = path.resolve(repoRoot, 'policy-corpus');

/** The corpus file of the plan: front matter and the body as received. */
export function readCorpusFile(): string {
  return readFileSync(path.join(policyCorpusDir, 'zz-2019-63.md'), 'utf8');
}

/**
 * The raw scan of 郑政办〔2019〕63号, page-break artefacts and all: everything after the line
 * that closes the front matter. Cut here by lines, independently of the front-matter parser,
 * so the parser's own tests still compare it with something it did not produce.
 */
export function readRawScan(): string {
  const lines = readCorpusFile().split('\n');
  const close = lines.indexOf('---', 1);
  if (lines[0] !== '---' || close < 0) throw new Error('policy-corpus/zz-2019-63.md has no front matter');
  return lines.slice(close + 1).join('\n');
}
