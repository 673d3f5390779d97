import { describe, expect, it } from 'vitest';
import { parsePolicyDocument } from '../../../src/core/corpus/frontmatter.js';
import { chineseNumeral, DocumentStructureError, parseDocument } from '../../../src/core/corpus/parse.js';
import type { Clause, PolicyDocumentMeta } from '../../../src/core/corpus/types.js';
import { readCorpusFile, readRawScan } from './fixtures.js';

const meta: PolicyDocumentMeta = {
  id: 'zz-2019-63',
  title: '郑州市职业技能提升行动实施方案（2019—2021年）',
  docNo: '郑政办〔2019〕63号',
  issuer: '郑州市人民政府办公厅',
  issued: '2019-12-02',
  printed: '2019-12-03',
  period: { from: '2019-12-02', to: '2021-12-31' },
  source: 'test',
};
const clauses = parseDocument({ meta, body: readRawScan() });
const byId = new Map(clauses.map((c) => [c.clause, c]));
const get = (id: string): Clause => {
  const c = byId.get(id);
  if (!c) throw new Error(`no clause ${id}`);
  return c;
};
const items = (part: string, n: number) =>
  ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六']
    .slice(0, n)
    .map((x) => `${part}(${x})`);

describe('parseDocument on the raw scan', () => {
  it('follows the document numbering exactly', () => {
    expect(clauses.map((c) => c.clause)).toEqual([
      'head', 'preamble', '一', '二',
      ...items('三', 16), ...items('四', 4), ...items('五', 4), ...items('六', 3), ...items('七', 3),
      'tail',
    ]);
    expect(clauses.map((c) => c.ordinal)).toEqual(clauses.map((_, i) => i));
    expect(new Set(clauses.map((c) => c.docId))).toEqual(new Set(['zz-2019-63']));
  });

  it('gives each clause clean text with no page-break artefacts', () => {
    for (const c of clauses) {
      expect(c.text, c.clause).not.toContain('\n\n');
      expect(c.text, c.clause).not.toMatch(/[()*]/);
      expect(c.text.length, c.clause).toBeGreaterThan(10);
    }
    expect(get('三(二)').text).toContain('新生代农民工、城乡未继续升学的初高中毕业生');
    expect(get('三(七)').text).toContain('市教育局、市财政局）');
    expect(get('六(二)').text).toContain('（责任单位：县〔市、区〕人民政府，市全民技能振兴工程领导小组成员单位及协同部门）');
  });

  it('keeps the 责任单位 note inside its item', () => {
    const itemClauses = clauses.filter((x) => x.clause.includes('('));
    expect(itemClauses).toHaveLength(30);
    for (const c of itemClauses) expect(c.text, c.clause).toMatch(/。（责任(单位|分工)：[^（）]+）$/);
    expect(get('三(十三)').text).toMatch(/三年培训1\.5万人次以上。（责任单位：市司法局）$/);
  });

  it('六(一) states the 以工代训 amount', () => {
    expect(get('六(一)').text).toContain('按每人每月200元的标准');
    expect(get('六(一)').text).toContain('最长不超过6个月');
  });

  it('builds paths and titles from the headings', () => {
    expect(get('三(五)').path).toEqual(['三、突出重点，实施专项计划，强化培训针对性', '(五) 实施建设行业技能提升计划']);
    expect(get('三(五)').title).toBe('实施建设行业技能提升计划');
    expect(get('三(五)').text.startsWith('实施建设行业技能提升计划。落实省建设行业技能提升计划')).toBe(true);
    expect(get('六(三)').title).toBe('严格资金监督管理');
    expect(get('六(三)').path).toEqual(['六、强化管理，激发培训活力，提升补贴资金效能', '(三) 严格资金监督管理']);
    expect(get('三(十二)').title).toBe('实施“幸福郑州”从业人员技能提升计划');
    expect(get('一').path).toEqual(['一、总体要求']);
    expect(get('一').title).toBe('总体要求');
    expect(get('二').text).toContain('实现三年开展各类职业技能培训200万人次以上');
    expect(get('七(三)').path[0]).toBe('七、加强组织领导，强化保障措施');
  });

  it('makes the notice the head, the opening paragraph the preamble and the 版记 the tail', () => {
    const head = get('head').text;
    for (const s of ['郑州市人民政府办公厅文件', '郑政办〔2019〕63号', '的通知', '各县（市、区）人民政府', '2019年12月2日']) expect(head).toContain(s);
    expect(get('head').title).toBe('郑州市人民政府办公厅关于印发郑州市职业技能提升行动实施方案（2019—2021年）的通知');
    expect(get('preamble').text).toMatch(/^为贯彻落实.*制定本方案。$/);
    expect(get('preamble').path).toEqual(['郑州市职业技能提升行动实施方案（2019—2021年）']);
    const tail = get('tail').text;
    for (const s of ['主办：市人社局', '督办：市政府办公厅二处', '抄送：', '2019年12月3日印发']) expect(tail).toContain(s);
    expect(get('七(三)').text).not.toContain('主办');
  });

  it('gives the same clauses from the whole corpus file as from its body alone', () => {
    const fromFile = parseDocument(parsePolicyDocument(readCorpusFile()));
    expect(fromFile).toEqual(clauses);
  });
});

describe('parseDocument on another document of the same style', () => {
  const body = [
    '', '某市人民政府办公厅文件', '', '某政办〔2021〕7号', '', '某市人民政府办公厅 关于印发某市家政服务提质方案的通知', '',
    '各区人民政府，市有关部门：', '', '《某市家政服务提质方案》已经市政府同意，现印发给你们。', '', '2021年3月5日', '',
    '某市家政服务提质方案', '', '为提升家政服务质量，制定本方案。', '',
    '一、工作目标', '', '到2022年，培训家政从业人员1万人次。', '',
    '二、主要任务', '', '实施以下两项计划。', '',
    '(一) **实施家政培训计划**。开展家政', '', '培训。三年培训 2 万人次以上。(责任单位：市商务局、', '', '市人社局)', '',
    '(二) 实施员工制家政计划。支持企业吸纳家政员工。', '', '(责任单位：市商务局)', '',
    '三、保障措施', '', '各区要加强领导。', '',
    '抄送：市委各部门。', '', '某市人民政府办公厅', '', '2021年3月6日印发', '',
  ].join('\n');
  const doc = { meta: { ...meta, id: 'demo-2021-7', title: '某市家政服务提质方案' }, body };
  const cs = parseDocument(doc);

  it('finds its own numbering, intro text of a part with items, head and tail', () => {
    expect(cs.map((c) => c.clause)).toEqual(['head', 'preamble', '一', '二', '二(一)', '二(二)', '三', 'tail']);
    const item = cs.find((c) => c.clause === '二(一)')!;
    expect(item.text).toBe('实施家政培训计划。开展家政培训。三年培训2万人次以上。（责任单位：市商务局、市人社局）');
    expect(item.path).toEqual(['二、主要任务', '(一) 实施家政培训计划']);
    expect(item.facts).toEqual({ responsibleUnits: ['市商务局', '市人社局'], targets: [{ label: '培训', value: 2, unit: '万人次' }] });
    expect(cs.find((c) => c.clause === '二(二)')!.text).toBe('实施员工制家政计划。支持企业吸纳家政员工。（责任单位：市商务局）');
    expect(cs.find((c) => c.clause === '二')!.text).toBe('实施以下两项计划。');
    expect(cs.find((c) => c.clause === 'tail')!.text).toBe('抄送：市委各部门。\n某市人民政府办公厅\n2021年3月6日印发');
  });

  it('refuses broken numbering instead of citing the wrong item', () => {
    const skipped = body.replace('(二) 实施员工制家政计划', '(三) 实施员工制家政计划');
    expect(() => parseDocument({ ...doc, body: skipped })).toThrow(DocumentStructureError);
    expect(() => parseDocument({ ...doc, body: skipped })).toThrow(/二\(三\)/);
  });
});

describe('parseDocument on a short notice without parts', () => {
  it('still separates the head, the text and the tail', () => {
    const body = '某市人民政府办公厅文件\n\n某政办〔2022〕1号\n\n关于做好培训工作的通知\n\n2022年1月5日\n\n请各单位做好培训工作。\n\n抄送：市委各部门。\n\n2022年1月6日印发\n';
    const cs = parseDocument({ meta: { ...meta, id: 'short' }, body });
    expect(cs.map((c) => [c.clause, c.text])).toEqual([
      ['head', '某市人民政府办公厅文件\n某政办〔2022〕1号\n关于做好培训工作的通知\n2022年1月5日'],
      ['preamble', '请各单位做好培训工作。'],
      ['tail', '抄送：市委各部门。\n2022年1月6日印发'],
    ]);
    expect(cs[0]!.title).toBe('关于做好培训工作的通知');
  });
});

describe('chineseNumeral', () => {
  it('reads the numerals documents number with', () => {
    expect(['一', '九', '十', '十一', '十六', '二十', '二十一', '九十九', '一百', '一百零五'].map(chineseNumeral)).toEqual([
      1, 9, 10, 11, 16, 20, 21, 99, 100, 105,
    ]);
    expect(chineseNumeral('abc')).toBeNaN();
  });
});
