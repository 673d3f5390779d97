import { describe, expect, it } from 'vitest';
import {
  extractFacts,
  extractNewHighSkillTalent,
  extractResponsibleUnits,
  extractSkillUpgradeShare,
  extractTargets,
  splitOutsideBrackets,
} from '../../../src/core/corpus/facts.js';
import { parseDocument } from '../../../src/core/corpus/parse.js';
import { programsFromClauses } from '../../../src/core/corpus/programs.js';
import type { PolicyDocumentMeta } from '../../../src/core/corpus/types.js';
import { readRawScan } from './fixtures.js';

const meta: PolicyDocumentMeta = {
  id: 'zz-2019-63',
  title: '郑州市职业技能提升行动实施方案（2019—2021年）',
  docNo: '郑政办〔2019〕63号',
  issuer: '郑州市人民政府办公厅',
  issued: '2019-12-02',
  period: { from: '2019-12-02', to: '2021-12-31' },
  source: 'test',
};
const clauses = parseDocument({ meta, body: readRawScan() });
const clause = (id: string) => clauses.find((c) => c.clause === id)!;
const programs = programsFromClauses(clauses);
const COUNTY = '县〔市、区〕人民政府';

describe('facts of the clauses', () => {
  it('三(五): responsible units split on 、 and ， with 县〔市、区〕 kept whole', () => {
    expect(clause('三(五)').facts.responsibleUnits).toEqual([COUNTY, '市城建局', '市住房保障局', '市总工会', '团市委']);
  });

  it('三(九) writes 责任分工 instead of 责任单位 and is read the same way', () => {
    expect(clause('三(九)').facts.responsibleUnits).toEqual([
      COUNTY, '市商务局', '市交通局', '市工信局', '市文化广电和旅游局', '市人社局', '市教育局',
    ]);
  });

  it('三(一): 24万人次, 80%, 3万 new high-skill talent', () => {
    expect(clause('三(一)').facts).toEqual({
      responsibleUnits: [COUNTY, '市国资委', '市人社局', '市发展改革委', '市工信局'],
      targets: [{ label: '培训', value: 24, unit: '万人次' }],
      skillUpgradeShare: 0.8,
      newHighSkillTalent: 30000,
    });
  });

  it('三(二): the list of group targets, one each', () => {
    expect(clause('三(二)').facts.targets).toEqual([
      { label: '农村劳动力转移就业技能培训', value: 36, unit: '万人次' },
      { label: '“两后生”', value: 1.2, unit: '万人次' },
      { label: '离校未就业普通高校毕业生技能培训', value: 3, unit: '万人次' },
      { label: '退役军人', value: 1, unit: '万人次' },
      { label: '“巧媳妇”工程从业人员培训', value: 3, unit: '万人次' },
      { label: '城镇登记失业人员', value: 15, unit: '万人次' },
      { label: '残疾人', value: 0.8, unit: '万人次' },
    ]);
    expect(clause('三(二)').facts.skillUpgradeShare).toBe(0.5);
  });

  it('三(十): 6000 new high-skill talent; 四(一): 2万 new apprentices; 七(一): no targets', () => {
    expect(clause('三(十)').facts.newHighSkillTalent).toBe(6000);
    expect(clause('四(一)').facts.targets).toEqual([{ label: '新型学徒', value: 2, unit: '万名' }]);
    expect(clause('七(一)').facts.targets).toBeUndefined();
    expect(clause('head').facts).toEqual({});
  });

  it('extractors on phrasing variants', () => {
    expect(extractTargets('三年培训 6 万人次以上')).toEqual([{ label: '培训', value: 6, unit: '万人次' }]);
    expect(extractTargets('三年培训6万人次以上，其中')).toEqual([{ label: '培训', value: 6, unit: '万人次' }]);
    expect(extractTargets('三年完成初、高中毕业生培训1万人次、农民工2万人次。')).toEqual([
      { label: '初、高中毕业生培训', value: 1, unit: '万人次' },
      { label: '农民工', value: 2, unit: '万人次' },
    ]);
    expect(extractSkillUpgradeShare('其中技能提升培训占比60%以上')).toBe(0.6);
    expect(extractSkillUpgradeShare('没有比例')).toBeUndefined();
    expect(extractNewHighSkillTalent('新培养高技能人才1.6万人以上')).toBe(16000);
    expect(extractNewHighSkillTalent('新培养高技能人才6000人以上')).toBe(6000);
    expect(extractResponsibleUnits('（责任单位：县（市、区）人民政府，市人社局；市财政局）')).toEqual(['县（市、区）人民政府', '市人社局', '市财政局']);
    expect(extractResponsibleUnits('没有责任单位的句子。')).toEqual([]);
    expect(splitOutsideBrackets('甲、“乙、丙”、丁〔戊、己〕', '、')).toEqual(['甲', '“乙、丙”', '丁〔戊、己〕']);
    expect(extractFacts('三年培训1万人次以上。')).toEqual({ targets: [{ label: '培训', value: 1, unit: '万人次' }] });
  });
});

describe('programsFromClauses', () => {
  it('finds the 16 programmes of part 三, in order', () => {
    expect(programs.map((p) => p.clause)).toEqual(clauses.filter((c) => c.clause.startsWith('三(')).map((c) => c.clause));
    expect(programs).toHaveLength(16);
    expect(programs[4]).toMatchObject({ name: '建设行业技能提升计划', title: '实施建设行业技能提升计划', docId: 'zz-2019-63' });
    expect(programs.map((p) => p.name)).toContain('“幸福郑州”从业人员技能提升计划');
  });

  // Read off the scan by hand: [clause, three-year 培训 target (万人次), share, new high-skill talent].
  const EXPECTED: [string, number | undefined, number | undefined, number | undefined][] = [
    ['三(一)', 24, 0.8, 30000], ['三(二)', undefined, 0.5, undefined], ['三(三)', 15, 0.6, undefined],
    ['三(四)', 15, 0.5, 20000], ['三(五)', 6, 0.5, undefined], ['三(六)', 3.6, 0.8, undefined],
    ['三(七)', 1, 0.4, undefined], ['三(八)', 15, undefined, undefined], ['三(九)', 17, 0.6, 16000],
    ['三(十)', 3, 0.5, 6000], ['三(十一)', 12, 0.8, 12000], ['三(十二)', 15, 0.8, 12000],
    ['三(十三)', 1.5, undefined, undefined], ['三(十四)', undefined, undefined, undefined],
    ['三(十五)', undefined, undefined, undefined], ['三(十六)', undefined, undefined, undefined],
  ];
  it.each(EXPECTED)('%s has the figures the scan states', (id, trained, share, talent) => {
    const p = programs.find((x) => x.clause === id)!;
    expect(p.targets.find((t) => t.label === '培训')?.value).toBe(trained);
    expect(p.skillUpgradeShare).toBe(share);
    expect(p.newHighSkillTalent).toBe(talent);
    expect(p.responsibleUnits.length).toBeGreaterThan(0);
  });

  it('every figure and unit of every programme is found in its clause text', () => {
    for (const p of programs) {
      const text = clause(p.clause).text;
      for (const t of p.targets) expect(text, p.clause).toContain(`${t.label}${t.value}${t.unit}`);
      if (p.skillUpgradeShare !== undefined) expect(text, p.clause).toContain(`技能提升培训占比${Math.round(p.skillUpgradeShare * 100)}%`);
      if (p.newHighSkillTalent !== undefined) {
        const n = p.newHighSkillTalent;
        const forms = [`高技能人才${n}人`, `高技能人才${n / 10000}万人`];
        expect(forms.some((f) => text.includes(f)), `${p.clause}: ${forms.join(' / ')}`).toBe(true);
      }
      const note = /（责任(?:单位|分工)：(.+)）$/.exec(text)![1]!;
      // The units, put back together with the separators the note used, are the note itself.
      expect(note.replace(/[、，]/g, '|'), p.clause).toBe(p.responsibleUnits.map((u) => u.replace(/[、，]/g, '|')).join('|'));
      // A figure the text states but the extractor missed would show up here.
      expect(/技能提升培训占比\d/.test(text), p.clause).toBe(p.skillUpgradeShare !== undefined);
      expect(/新培养高技能人才\d/.test(text), p.clause).toBe(p.newHighSkillTalent !== undefined);
      expect(/三年[^，。]*?\d/.test(text), p.clause).toBe(p.targets.length > 0);
    }
  });
});
