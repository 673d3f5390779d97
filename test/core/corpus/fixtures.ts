/**
 * Where the tests find the policy as received. The plan's corpus file carries the scan byte for
 * byte after its front matter (frontmatter.test.ts checks it against the scan's SHA-256), so the
 * tests read the scan from there and need nothing beside the clone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const policyCorpusDir = path.resolve(repoRoot, 'policy-corpus');
/** Fixture documents written for the tests (fictional), and the script that builds the binary ones. */
export const fixtureDocumentsDir = path.resolve(repoRoot, 'test/fixtures/documents');

/** SHA-256 of the raw scan of 郑政办〔2019〕63号 as received (000_825916bc27bd8e2c.txt). */
export const RAW_SCAN_SHA256 = '354524e035817e0a450dcf121751ae034b1bffb950a0dabaafa84f39f3db0281';

/** The corpus file of the plan: front matter and the body as received. */
export function readCorpusFile(): string {
  return readFileSync(path.join(policyCorpusDir, 'zz-2019-63.md'), 'utf8');
}

/** The raw scan of 郑政办〔2019〕63号, page-break artefacts and all: the corpus file's body. */
export function readRawScan(): string {
  const file = readCorpusFile();
  const close = /^---[ \t]*\r?\n/m.exec(file.slice(4));
  if (!close) throw new Error('policy-corpus/zz-2019-63.md has no front matter');
  return file.slice(4 + close.index + close[0].length);
}

/** A fixture document as text. */
export function readFixture(name: string): string {
  return readFileSync(path.join(fixtureDocumentsDir, name), 'utf8');
}

/** A fixture document as bytes (.docx, .pdf). */
export function readFixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(path.join(fixtureDocumentsDir, name)));
}
