/**
 * Where the tests find the policy as received. CI puts `shared/` beside the clone (`../shared`
 * from the repository root), so the path is resolved from the repository, not hard-coded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const sharedCorpusDir = path.resolve(repoRoot, '../shared/corpus');
export const policyCorpusDir = path.resolve(repoRoot, 'policy-corpus');

/** The raw scan of 郑政办〔2019〕63号, page-break artefacts and all. */
export function readRawScan(): string {
  return readFileSync(path.join(sharedCorpusDir, '000_825916bc27bd8e2c.txt'), 'utf8');
}

/** The corpus file of the plan: front matter and the body as received. */
export function readCorpusFile(): string {
  return readFileSync(path.join(policyCorpusDir, 'zz-2019-63.md'), 'utf8');
}
