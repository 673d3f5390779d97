import { describe, expect, it } from 'vitest';
import { cleanParagraphs, cleanText, continuesParagraph, normalizeParagraph } from '../../../src/core/corpus/clean.js';
import { readRawScan } from './fixtures.js';

const raw = readRawScan();
const clean = cleanText(raw);
const ideographs = (s: string) => s.replace(/[^\u4e00-\u9fff]/g, '');

describe('cleanText on the raw scan', () => {
  it('the scan really has the artefacts the cleaner must fix', () => {
    expect(raw).toContain('新生代农民\n\n工');
    expect(raw).toContain('(责\n\n任单位');
    expect(raw).toContain('开业 5 年');
    expect(raw).toContain('**严格资金监督管理**');
  });

  it('joins sentences the page breaks cut', () => {
    for (const whole of [
      '新生代农民工',
      '市教育局、市财政局）',
      '（责任单位：县〔市、区〕人民政府，市全民技能振兴工程领导小组成员单位及协同部门）',
      '市全民技能振兴工程领导小组成员单位）',
      '法律知识等教育',
      '自主评价试点企业',
      '全国选拔赛集训晋级选手',
      '群团组织和行业协会',
      '（责任单位：市人社局、市财政局）',
      '评价规范和培训标准和培训教材',
      '市教育局、市商务局）',
      '市城建局、市住房保障局、市应急局',
    ]) expect(clean).toContain(whole);
    // Every 责任 note of the scan is whole: as many as the scan has, none split.
    expect(clean.match(/（责任(单位|分工)：/g)).toHaveLength(raw.match(/责\s*任\s*(单位|分工)/g)!.length);
    expect(clean).not.toMatch(/（责$/m);
  });

  it('leaves no blank line and loses or duplicates no character of the document', () => {
    expect(clean).not.toContain('\n\n');
    expect(ideographs(clean)).toBe(ideographs(raw));
  });

  it('unifies brackets to full width and keeps 〔〕', () => {
    expect(clean).not.toMatch(/[()]/);
    expect(clean).toContain('县〔市、区〕人民政府');
    expect(clean).toContain('郑政办〔2019〕63号');
    expect(clean).toContain('各县（市、区）人民政府要加大');
    expect(clean).toContain('（1+X证书制度）');
  });

  it('removes stray spaces, Markdown bold and half-width Chinese punctuation', () => {
    expect(clean).toContain('开业5年以内');
    expect(clean).toContain('按每人每月200元的标准');
    expect(clean).toContain('可先行拨付50%的培训补贴资金');
    expect(clean).toContain('郑州市人民政府办公厅关于印发郑州市职业技能提升行动实施方案（2019—2021年）的通知');
    expect(clean).not.toMatch(/[\u4e00-\u9fff，。、（）][ \t\u3000]+|[ \t\u3000]+[\u4e00-\u9fff，。、（）]/);
    expect(clean).not.toContain('**');
    expect(clean).toContain('试点工作，鼓励');
    expect(clean).toContain('（责任单位：市人社局、市教育局、市财政局）');
  });

  it("keeps the document's own wording, typos included", () => {
    expect(clean).toContain('资金管理办办法');
  });

  it('keeps titles, dates and tail lines as their own paragraphs', () => {
    const ps = cleanParagraphs(raw);
    expect(ps.slice(0, 7)).toEqual([
      '郑州市人民政府办公厅文件',
      '郑政办〔2019〕63号',
      '郑州市人民政府办公厅关于印发郑州市职业技能提升行动实施方案（2019—2021年）的通知',
      '各县（市、区）人民政府，市人民政府有关部门，各有关单位：',
      '《郑州市职业技能提升行动实施方案（2019—2021年）》已经市政府研究同意，现印发给你们，请认真贯彻执行。',
      '2019年12月2日',
      '郑州市职业技能提升行动实施方案（2019—2021年）',
    ]);
    expect(ps.slice(-6)).toEqual([
      '主办：市人社局',
      '督办：市政府办公厅二处',
      '抄送：市委各部门，郑州警备区。',
      '市人大常委会办公厅，市政协办公厅，市法院，市检察院。',
      '郑州市人民政府办公厅',
      '2019年12月3日印发',
    ]);
    expect(ps).toContain('一、总体要求');
    expect(ps.filter((p) => /^（[一二三四五六七八九十]+）/.test(p))).toHaveLength(16 + 4 + 4 + 3 + 3);
  });

  it('is idempotent: cleaning clean text again changes nothing', () => {
    expect(cleanText(cleanParagraphs(raw).join('\n\n'))).toBe(clean);
  });
});

describe('continuesParagraph (the page-break rule, in general)', () => {
  it('joins a body paragraph cut mid-sentence to the text that follows', () => {
    expect(continuesParagraph('面向农村转移就业劳动者，特别是新生代农民', '工、城乡未继续升学的初高中毕业生')).toBe(true);
    expect(continuesParagraph('培训。（责', '任单位：市人社局）')).toBe(true);
    expect(continuesParagraph('三年培训1万人次。（责任单位：市农委、', '市财政局）')).toBe(true);
  });

  it('does not join finished sentences, headings, titles, dates or label lines', () => {
    expect(continuesParagraph('三年培训1万人次以上。', '二、目标任务')).toBe(false);
    expect(continuesParagraph('三年培训1万人次以上。', '下一段落的开头，是新的句子。')).toBe(false);
    expect(continuesParagraph('一、总体要求', '以习近平新时代中国特色社会主义思想为指导，')).toBe(false);
    expect(continuesParagraph('就业补助，创业扶持，技能培训资金的统筹使用', '（一）实施计划。')).toBe(false);
    expect(continuesParagraph('郑州市人民政府办公厅文件', '郑政办〔2019〕63号')).toBe(false);
    expect(continuesParagraph('2019年12月2日', '郑州市职业技能提升行动实施方案')).toBe(false);
    expect(continuesParagraph('主办：市人社局', '督办：市政府办公厅二处')).toBe(false);
    // A bracket closing mid-sentence does not end it; one after a full stop does.
    expect(continuesParagraph('面向农村转移就业劳动者，城乡未继续升学的初高中毕业生（以下简称“两后生”）', '等青年开展培训。')).toBe(true);
    expect(continuesParagraph('三年培训1万人次以上。（责任单位：市农委）', '其他说明文字，另起一段。')).toBe(false);
  });

  it('attaches a paragraph that is only a bracketed note to the text before it', () => {
    expect(cleanParagraphs('三年培训1.5万人次以上。\n\n(责任单位：市司法局)')).toEqual(['三年培训1.5万人次以上。（责任单位：市司法局）']);
    expect(cleanParagraphs('某某方案\n\n(2019—2021年)')).toEqual(['某某方案（2019—2021年）']);
  });
});

describe('normalizeParagraph', () => {
  it('keeps spaces between ASCII words and numbers with separators', () => {
    expect(normalizeParagraph('使用 Windows 10 系统, 共 1,000 人, 12:30 开始')).toBe('使用Windows 10系统，共1,000人，12:30开始');
  });
  it('turns full-width digits into ASCII', () => {
    expect(normalizeParagraph('每人每月２００元')).toBe('每人每月200元');
  });
});
