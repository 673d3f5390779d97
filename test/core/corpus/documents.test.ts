import { describe, expect, it } from 'vitest';
import { compareWithText, metaFromText } from '../../../src/core/corpus/document-info.js';
import { parsePolicyDocument, splitFrontMatter } from '../../../src/core/corpus/frontmatter.js';
import { DocumentStructureError, parseStructure } from '../../../src/core/corpus/parse.js';
import type { PolicyDocument } from '../../../src/core/corpus/types.js';
import { readFixture } from './fixtures.js';

const load = (name: string) => parsePolicyDocument(readFixture(name), name);
const ids = (doc: PolicyDocument) => parseStructure(doc).clauses.map((c) => c.clause);

describe('an amending notice (fixture, fictional)', () => {
  const doc = load('amending-notice.md');
  const { clauses, info, warnings } = parseStructure(doc);
  const get = (id: string) => clauses.find((c) => c.clause === id)!;

  it('cuts the 版头, the parts, the 1.-points of a part without items, the 落款, the attachment and the 版记', () => {
    expect(ids(doc)).toEqual(['head', 'preamble', '一', '二.1', '二.2', '三', 'signature', '附件', 'tail']);
    expect(get('head').title).toBe('郑州市人力资源和社会保障局关于调整以工代训补贴标准的通知（测试用）');
    expect(get('head').text).toContain('各县（市、区）人力资源和社会保障局，各开发区人社部门：');
    expect(get('一').text).toContain('由每人每月200元调整为每人每月300元');
    expect(get('二.2').path).toEqual(['二、适用范围', '2. 2020年12月31日前已开始的以工代训，2021年1月1日起的月份按调整后的标准计算']);
    expect(get('二.2').text.startsWith('2020年12月31日前')).toBe(true);
    expect(get('signature').text).toBe('附件：以工代训补贴标准调整对照表\n郑州市人力资源和社会保障局\n2020年12月20日\n（此件公开发布）');
    expect(get('附件')).toMatchObject({ title: '以工代训补贴标准调整对照表（测试用）', path: ['附件 以工代训补贴标准调整对照表（测试用）'] });
    expect(get('附件').text).toContain('调整后：自2021年1月1日起，每人每月300元');
    expect(get('三').text).not.toContain('郑州市人力资源和社会保障局');
    expect(warnings).toEqual([]);
  });

  it('reads 文号, issuer, 成文 and 印发 dates, the 附件说明 and the tail from the text', () => {
    expect(info).toMatchObject({
      docNo: '郑人社〔2020〕9901号',
      issuer: '郑州市人力资源和社会保障局',
      issued: '2020-12-20',
      printed: '2020-12-21',
      title: '关于调整以工代训补贴标准的通知（测试用）',
      listedAttachments: ['以工代训补贴标准调整对照表'],
      tail: { 抄送: '郑州市人民政府办公厅，郑州市财政局。', 印发机关: '郑州市人力资源和社会保障局办公室' },
    });
    expect(compareWithText(doc.meta, info).problems).toEqual([]);
  });

  it('catches front matter that contradicts the text', () => {
    const wrong = { ...doc.meta, docNo: '郑人社〔2020〕1号', issued: '2020-12-19' };
    expect(compareWithText(wrong, info).problems.map((p) => p.field)).toEqual(['docNo', 'issued']);
  });
});

describe('a superseding plan (fixture, fictional)', () => {
  const doc = load('superseding-plan.md');
  const { clauses, info } = parseStructure(doc);

  it('keeps the issuing notice as the head, the plan title as the preamble path, 1.-points and (1) sub-items', () => {
    expect(ids(doc)).toEqual(['head', 'preamble', '一', '二.1', '二.2', '二.3', '三(一)', '三(二)', 'tail']);
    expect(clauses.find((c) => c.clause === 'preamble')!.path).toEqual(['郑州市职业技能提升行动实施方案（2022—2024年）（测试用）']);
    const item = clauses.find((c) => c.clause === '三(二)')!;
    expect(item.text).toContain('（1）专账资金结余部分可继续使用。\n（2）资金使用情况每年公开。');
    expect(clauses.find((c) => c.clause === '二.2')!.title).toBe('以工代训');
  });

  it('reads the plan title, its dates and the 版记 fields', () => {
    expect(info).toMatchObject({
      docNo: '郑政办〔2021〕9902号',
      issuer: '郑州市人民政府办公厅',
      title: '郑州市职业技能提升行动实施方案（2022—2024年）（测试用）',
      issued: '2021-12-15',
      printed: '2021-12-16',
      tail: { 主办: '市人社局', 督办: '市政府办公厅二处', 抄送: '市委各部门，郑州警备区。市人大常委会办公厅，市政协办公厅。' },
    });
    expect(doc.meta.supersedes).toEqual([{ document: 'zz-2019-63', from: '2022-01-01' }]);
    expect(doc.meta.implements).toEqual(['豫政办〔2021〕9900号']);
  });
});

describe('a text without front matter (the short notice of the .docx and .pdf)', () => {
  const text = readFixture('short-notice.txt');
  const placeholder = { id: 'x', title: '-', docNo: '-', issuer: '-', issued: '2000-01-01', period: { from: '2000-01-01', to: '2000-01-01' }, source: '-' };
  const { clauses, info } = parseStructure({ meta: placeholder, body: text });

  it('numbers its attachments and matches them to the 附件说明', () => {
    expect(clauses.map((c) => c.clause)).toEqual(['head', 'preamble', '一', '二(一)', '二(二)', '三', 'signature', '附件1', '附件2', 'tail']);
    expect(info.attachments).toEqual([
      { clause: '附件1', title: '培训月活动安排表（测试用）' },
      { clause: '附件2', title: '培训月活动联系人名单（测试用）' },
    ]);
    expect(info.listedAttachments).toEqual(['培训月活动安排表', '培训月活动联系人名单']);
  });

  it('fills the front matter from the text and names what the text cannot give', () => {
    const { meta } = metaFromText(info, { id: 'zz-short', source: 'test', period: { from: '2021-03-01', to: '2021-12-31' } }, 'short.txt');
    expect(meta).toMatchObject({ docNo: '郑人社〔2021〕9903号', issuer: '郑州市人力资源和社会保障局', issued: '2021-03-01', printed: '2021-03-02' });
    expect(() => metaFromText(info, { id: 'zz-short', source: 'test' }, 'short.txt')).toThrow(/period/);
  });

  it('warns when the 附件说明 and the attachments disagree', () => {
    const fewer = text.replace(/\n附件2\n[\s\S]*?(?=\n抄送)/, '\n');
    expect(parseStructure({ meta: placeholder, body: fewer }).warnings.join()).toContain('lists 2 attachment(s) but the document carries 1');
  });
});

describe('refusals name the line and what was expected', () => {
  const source = readFixture('superseding-plan.md');
  const { bodyLine } = splitFrontMatter(source);
  const doc = parsePolicyDocument(source);
  const errorOf = (body: string): DocumentStructureError => {
    try {
      parseStructure({ ...doc, body }, { bodyLine });
    } catch (e) {
      expect(e).toBeInstanceOf(DocumentStructureError);
      return e as DocumentStructureError;
    }
    throw new Error('expected a refusal');
  };
  const lineOf = (needle: string) => source.split('\n').findIndex((l) => l.startsWith(needle)) + 1;

  it('a skipped part', () => {
    const e = errorOf(doc.body.replace('三、保障措施', '四、保障措施'));
    expect(e.line).toBe(lineOf('三、保障措施'));
    expect(e.expected).toBe('part 三、 after part 二、');
    expect(e.message).toContain(`line ${e.line}`);
  });

  it('a skipped 1.-point', () => {
    const e = errorOf(doc.body.replace('3.新职业培训', '4.新职业培训'));
    expect(e.line).toBe(lineOf('3.新职业培训'));
    expect(e.expected).toBe('point 3.');
  });

  it('a repeated item', () => {
    const e = errorOf(doc.body.replace('（二）加强资金保障', '（一）加强资金保障'));
    expect(e.line).toBe(lineOf('（二）加强资金保障'));
    expect(e.expected).toBe('item （二）');
  });

  it('attachments out of order', () => {
    const body = readFixture('short-notice.txt').replace('附件2\n', '附件3\n');
    const e = (() => {
      try {
        parseStructure({ meta: doc.meta, body });
      } catch (err) {
        return err as DocumentStructureError;
      }
      throw new Error('expected a refusal');
    })();
    expect(e.expected).toBe('附件2');
    expect(e.line).toBe(body.split('\n').indexOf('附件3') + 1);
  });
});

describe('a notice without parts, signed at its end', () => {
  const body = [
    '某市人力资源和社会保障局文件', '某人社〔2021〕5号', '某市人力资源和社会保障局关于做好测试工作的通知', '各区人社局：',
    '请各单位做好测试工作，按时报送情况。', '某市人力资源和社会保障局', '2021年1月5日', '（此件公开发布）',
    '抄送：市政府办公室。', '某市人力资源和社会保障局办公室 2021年1月6日印发',
  ].join('\n\n');
  const meta = { id: 'x', title: '-', docNo: '-', issuer: '-', issued: '2000-01-01', period: { from: '2000-01-01', to: '2000-01-01' }, source: '-' };
  const { clauses, info } = parseStructure({ meta, body });

  it('takes the 版头 as head and the date at the end as the 成文日期, not as the end of a head', () => {
    expect(clauses.map((c) => [c.clause, c.text])).toEqual([
      ['head', '某市人力资源和社会保障局文件\n某人社〔2021〕5号\n某市人力资源和社会保障局关于做好测试工作的通知\n各区人社局：'],
      ['preamble', '请各单位做好测试工作，按时报送情况。'],
      ['signature', '某市人力资源和社会保障局\n2021年1月5日\n（此件公开发布）'],
      ['tail', '抄送：市政府办公室。\n某市人力资源和社会保障局办公室2021年1月6日印发'],
    ]);
    expect(info).toMatchObject({ docNo: '某人社〔2021〕5号', issued: '2021-01-05', printed: '2021-01-06', issuer: '某市人力资源和社会保障局' });
    expect(info.tail.印发机关).toBe('某市人力资源和社会保障局办公室');
  });
});
