import { describe, expect, it } from 'vitest';
import { detectFormat, extractText, ExtractionError, unifyRadicals } from '../../../src/core/corpus/extract/index.js';
import { intakeDocument } from '../../../src/core/corpus/intake.js';
import { readFixture, readFixtureBytes } from './fixtures.js';

/** The paragraphs of a text, without the blank lines between them. */
const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

describe('text extraction', () => {
  const expected = paragraphs(readFixture('short-notice.txt'));

  it('reads a .docx paragraph by paragraph (mammoth)', async () => {
    const { text } = await extractText(readFixtureBytes('short-notice.docx'), 'docx');
    expect(paragraphs(text)).toEqual(expected);
  });

  it('rebuilds the paragraphs of a text-layer .pdf from its layout (unpdf)', async () => {
    const { text, warnings } = await extractText(readFixtureBytes('short-notice.pdf'), 'pdf');
    expect(paragraphs(text)).toEqual(expected);
    expect(warnings).toEqual([]);
  });

  it('refuses bytes that are not the format they claim', async () => {
    await expect(extractText(new TextEncoder().encode('%PDF-1.7 broken'), 'pdf')).rejects.toThrow(ExtractionError);
    await expect(extractText(new TextEncoder().encode('PK broken'), 'docx')).rejects.toThrow(/\.docx/);
    await expect(extractText(new Uint8Array([0xff, 0xfe, 0x00]), 'text')).rejects.toThrow(/UTF-8/);
  });

  it('maps radical code points some PDF fonts emit to the characters they stand for, and nothing else', () => {
    expect(unifyRadicals('郑州市\u2f08\u2f12资源，人\u2ea0政府（测试）')).toBe('郑州市人力资源，人民政府（测试）');
  });

  it('tells the format by content type, then file name, then the first bytes', () => {
    const pdf = readFixtureBytes('short-notice.pdf');
    const docx = readFixtureBytes('short-notice.docx');
    expect(detectFormat('application/pdf', undefined, pdf)).toBe('pdf');
    expect(detectFormat('text/markdown; charset=utf-8', undefined, new Uint8Array())).toBe('markdown');
    expect(detectFormat('application/octet-stream', 'notice.docx', docx)).toBe('docx');
    expect(detectFormat(undefined, undefined, pdf)).toBe('pdf');
    expect(detectFormat(undefined, undefined, docx)).toBe('docx');
    expect(detectFormat('image/png', 'scan.png', new Uint8Array([1]))).toBeUndefined();
  });
});

describe('intake of the same notice in every format', () => {
  const given = { id: 'zz-short', period: { from: '2021-03-01', to: '2021-12-31' } };
  const clausesOf = async (bytes: Uint8Array, format: 'docx' | 'pdf' | 'text') => {
    const r = await intakeDocument({ bytes, format, given });
    if (!r.ok) throw new Error(r.reason);
    return r;
  };

  it('gives the same clauses and metadata from .txt, .docx and .pdf', async () => {
    const txt = await clausesOf(new TextEncoder().encode(readFixture('short-notice.txt')), 'text');
    const docx = await clausesOf(readFixtureBytes('short-notice.docx'), 'docx');
    const pdf = await clausesOf(readFixtureBytes('short-notice.pdf'), 'pdf');
    for (const r of [docx, pdf]) {
      expect(r.structure.clauses.map((c) => [c.clause, c.text])).toEqual(txt.structure.clauses.map((c) => [c.clause, c.text]));
      expect(r.document.meta).toMatchObject({ id: 'zz-short', docNo: '郑人社〔2021〕9903号', issued: '2021-03-01', printed: '2021-03-02' });
    }
    expect(pdf.document.meta.source).toContain('pdf');
  });

  it('stores a corpus file that reads back to the same document', async () => {
    const { parsePolicyDocument } = await import('../../../src/core/corpus/frontmatter.js');
    const r = await clausesOf(readFixtureBytes('short-notice.docx'), 'docx');
    expect(parsePolicyDocument(r.source)).toEqual(r.document);
  });

  it('refuses a text with no body between its head and its 版记', async () => {
    const r = await intakeDocument({ bytes: new TextEncoder().encode('某市人民政府办公厅文件\n\n某政办〔2021〕1号\n\n抄送：市委各部门。\n'), format: 'text', given: { ...given, title: '测试通知', issued: '2021-01-01' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/no text between the head and the 版记/);
  });
});
