import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parsePolicyDocument, PolicyDocumentError } from '../../../src/core/corpus/frontmatter.js';
import { RAW_SCAN_SHA256, readCorpusFile } from './fixtures.js';

const GOOD = `---
# a comment line
id: demo-1
title: 示例方案（2020—2022年）
docNo: "示政办〔2020〕1号"
issuer: 示例市人民政府办公厅   # trailing comment
issued: 2020-03-01
period:
  from: 2020-03-01
  to: 2022-12-31
source: test
---
正文。
`;

function errorOf(source: string): PolicyDocumentError {
  try {
    parsePolicyDocument(source, 'demo.md');
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyDocumentError);
    return e as PolicyDocumentError;
  }
  throw new Error('expected the document to be rejected');
}

describe('parsePolicyDocument', () => {
  it('reads the plan file: its metadata and the scan as received, byte for byte', () => {
    const doc = parsePolicyDocument(readCorpusFile(), 'zz-2019-63.md');
    expect(doc.meta).toEqual({
      id: 'zz-2019-63',
      title: '郑州市职业技能提升行动实施方案（2019—2021年）',
      docNo: '郑政办〔2019〕63号',
      issuer: '郑州市人民政府办公厅',
      issued: '2019-12-02',
      printed: '2019-12-03',
      period: { from: '2019-12-02', to: '2021-12-31' },
      source: expect.stringContaining('scan as received'),
    });
    expect(createHash('sha256').update(doc.body, 'utf8').digest('hex')).toBe(RAW_SCAN_SHA256);
  });

  it('handles comments, quotes, trailing comments and one level of nesting', () => {
    const doc = parsePolicyDocument(GOOD);
    expect(doc.meta.docNo).toBe('示政办〔2020〕1号');
    expect(doc.meta.issuer).toBe('示例市人民政府办公厅');
    expect(doc.meta.period).toEqual({ from: '2020-03-01', to: '2022-12-31' });
    expect(doc.meta.printed).toBeUndefined();
    expect(doc.body).toBe('正文。\n');
  });

  it('names a missing field', () => {
    const e = errorOf(GOOD.replace(/^docNo:.*\n/m, ''));
    expect(e.field).toBe('docNo');
    expect(e.message).toContain('demo.md');
    expect(e.message).toContain('docNo');
  });

  it('names an impossible date', () => {
    const e = errorOf(GOOD.replace('issued: 2020-03-01', 'issued: 2020-02-30'));
    expect(e.field).toBe('issued');
  });

  it('names a period that ends before it starts', () => {
    const e = errorOf(GOOD.replace('to: 2022-12-31', 'to: 2019-12-31'));
    expect(e.field).toBe('period.to');
  });

  it('names an unknown field and a repeated one', () => {
    expect(errorOf(GOOD.replace('source: test', 'source: test\nsorce: typo')).message).toContain('sorce');
    expect(errorOf(GOOD.replace('source: test', 'source: test\nid: again')).field).toBe('id');
  });

  it('rejects a file without front matter, an unclosed block, a malformed line and an empty body', () => {
    expect(errorOf('正文。').message).toMatch(/front matter/);
    expect(errorOf('---\nid: x\n').message).toMatch(/not closed/);
    expect(errorOf(GOOD.replace('source: test', 'just words')).message).toMatch(/key: value/);
    expect(errorOf(GOOD.replace('正文。\n', '\n\n')).field).toBe('body');
  });
});

describe('relations between documents', () => {
  const RELATED = GOOD.replace(
    'source: test\n',
    [
      'source: test',
      'implements:',
      '  - 豫政办〔2019〕50号',
      '  - zz-2019-63',
      'amends:',
      '  - document: 郑政办〔2019〕63号',
      '    from: 2021-01-01',
      '    parameters:',
      '      - { parameter: onJobMonthlyYuan, value: 300, clause: 一, quote: 每人每月300元, note: 每人每月 }',
      'supersedes:',
      '  - zz-2016-1',
      '  - { document: zz-2018-2, from: 2020-06-01 }',
      '',
    ].join('\n'),
  );

  it('reads implements, amends with parameters, and supersedes in both forms', () => {
    const meta = parsePolicyDocument(RELATED, 'demo.md').meta;
    expect(meta.implements).toEqual(['豫政办〔2019〕50号', 'zz-2019-63']);
    expect(meta.amends).toEqual([
      { document: '郑政办〔2019〕63号', from: '2021-01-01', parameters: [{ parameter: 'onJobMonthlyYuan', value: 300, clause: '一', quote: '每人每月300元', note: '每人每月' }] },
    ]);
    expect(meta.supersedes).toEqual([{ document: 'zz-2016-1' }, { document: 'zz-2018-2', from: '2020-06-01' }]);
  });

  it('leaves relations out of a document that states none', () => {
    const meta = parsePolicyDocument(GOOD).meta;
    expect(meta.amends).toBeUndefined();
    expect(meta.supersedes).toBeUndefined();
  });

  it('names the bad field inside a relation', () => {
    expect(errorOf(RELATED.replace('from: 2021-01-01', 'from: 2021-13-01')).field).toBe('amends.0.from');
    expect(errorOf(RELATED.replace('value: 300', 'value: ""')).field).toBe('amends.0.parameters.0.value');
    const unknown = errorOf(RELATED.replace('    from: 2021-01-01', '    from: 2021-01-01\n    until: 2022-01-01'));
    expect(unknown.field).toBe('amends.0.until');
    expect(unknown.message).toContain('demo.md');
    expect(errorOf(RELATED.replace('  - zz-2016-1', '  - 42')).field).toBe('supersedes.0');
  });

  it('names the line of a YAML syntax error', () => {
    const e = errorOf(GOOD.replace('title: 示例方案（2020—2022年）', 'title: 示例: 方案'));
    expect(e.message).toContain('line 4');
    expect(e.message).toContain('title: 示例: 方案');
  });
});
