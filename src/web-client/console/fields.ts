/**
 * Every fact of the eligibility request as a form field, with the words staff read. The tables
 * are typed against the request schema: a fact the schema adds or drops, or a field whose kind
 * does not fit the fact's type, fails the typecheck. The choices of every select come from the
 * schema's own label tables (baked in by the server), never from a copy here.
 */
import type { EmployerFacts, PersonFacts } from '../api.js';
import { baked, pairs } from './baked.js';

/** How a field is entered and read back. */
export type Kind = 'tri' | 'select' | 'text' | 'int' | 'num' | 'pct' | 'numOrNone' | 'groups' | 'rows';
/** A select's choices: [value, label]; 'null' stands for the fact's explicit "none". */
export type Options = ReadonlyArray<readonly [string, string]>;

/** One field as the form code uses it. */
export interface Field {
  k: string;
  t: Kind;
  label: string;
  o?: Options;
  /** The words of a "none" checkbox (an explicit null, or an empty list for rows). */
  none?: string;
  cols?: Field[];
}

type Cell<V> = { label: string } & (
  [V] extends [boolean] ? { t: 'tri' }
  : [V] extends [number] ? { t: 'int' | 'num' | 'pct' | 'numOrNone'; none?: string }
  : [V] extends [string] ? (string extends V ? { t: 'text' } : { t: 'select'; o: ReadonlyArray<readonly [V | 'null', string]> })
  : [V] extends [ReadonlyArray<infer I>] ? ([I] extends [string] ? { t: 'groups' } : { t: 'rows'; none?: string; cols: Table<I> })
  : never
);
/** A field for every fact of T, in the order given, each of a kind its type allows. */
type Table<T> = { [K in Exclude<keyof T, 'type'>]-?: Cell<NonNullable<T[K]>> };

function list<T>(table: Table<T>): Field[] {
  return (Object.keys(table) as Array<keyof Table<T>>).map((k) => {
    const cell = table[k] as Omit<Field, 'k' | 'cols'> & { cols?: Table<unknown> };
    const f: Field = { k: String(k), t: cell.t, label: cell.label };
    if (cell.o) f.o = cell.o;
    if (cell.none) f.none = cell.none;
    if (cell.cols) f.cols = list(cell.cols);
    return f;
  });
}

type ChildStudent = NonNullable<PersonFacts['childStudent']>;
const CHILD_SCHOOLS: ChildStudent[] = ['technical', 'vocational'];

/** The person form. */
export const PERSON: Field[] = list<PersonFacts>({
  groups: { t: 'groups', label: '人员类别（可多选）' },
  trainingPlace: { t: 'select', label: '培训地点', o: pairs(baked.trainingPlaces) },
  certificate: { t: 'tri', label: '培训后取得相应证书' },
  subsidizedTrainingsThisYear: { t: 'int', label: '本年度已享受培训补贴次数' },
  occupation: { t: 'text', label: '本次培训工种' },
  level: { t: 'text', label: '本次培训等级' },
  newOccupation: { t: 'tri', label: '培训的是国家公布的新职业' },
  institutionInSystem: { t: 'tri', label: '培训机构已在省培训信息系统登记' },
  monthlyPension: { t: 'tri', label: '按月领取（或有资格领取）养老金' },
  wantsToStartBusiness: { t: 'tri', label: '有创业愿望' },
  businessYears: { t: 'numOrNone', label: '本人小微企业已开业年数', none: '本人没有开办企业' },
  student: { t: 'select', label: '在校生或毕业生', o: [...pairs(baked.studentKinds), ['null', '都不是']] },
  childStudent: { t: 'select', label: '子女在读技工或职业院校', o: [...CHILD_SCHOOLS.map((k) => [k, baked.studentKinds[k]] as const), ['null', '没有']] },
  competitionAward: { t: 'tri', label: '在职业技能竞赛中获奖' },
  previousSubsidies: { t: 'rows', label: '以前享受过补贴的培训（每次一行）', none: '以前没有享受过补贴性培训', cols: {
    occupation: { t: 'text', label: '工种' }, level: { t: 'text', label: '等级' } } },
});

/** The employer form. */
export const EMPLOYER: Field[] = list<EmployerFacts>({
  entity: { t: 'select', label: '单位类型', o: pairs(baked.entityKinds) },
  insured: { t: 'tri', label: '依法参加社会保险（参保企业）' },
  apprentices: { t: 'int', label: '培训企业新型学徒人数' },
  payrollYuan: { t: 'num', label: '年度工资薪金总额（元）' },
  educationFundYuan: { t: 'num', label: '年度提取职工教育经费（元）' },
  frontlineShareOfFund: { t: 'pct', label: '教育经费用于一线职工的比例（%）' },
  projectTraining: { t: 'tri', label: '开展企业或项目制培训' },
  trainingSubsidyYuan: { t: 'num', label: '项目培训补贴总额（元）' },
  enrollsPoorFamilyStudents: { t: 'tri', label: '（职业院校）招收建档立卡贫困家庭学生' },
  runsVocationalSchool: { t: 'tri', label: '在郑州举办或参与举办职业院校' },
  competitionTraining: { t: 'tri', label: '开展备战职业技能竞赛专项培训' },
  developsTrainingMaterials: { t: 'tri', label: '开发培训教材或开展教学改革' },
  hires: { t: 'rows', label: '吸纳就业人员（每类人员一行）', cols: {
    group: { t: 'select', label: '人员类别', o: pairs(baked.personGroups) }, count: { t: 'int', label: '人数' },
    monthsEmployed: { t: 'num', label: '已就业月数' }, onJobTrainingMonths: { t: 'int', label: '以工代训月数' },
    preJobTrainingSubsidy: { t: 'tri', label: '已领岗前培训补贴' } } },
  equipment: { t: 'rows', label: '新购培训设备（每件一行）', cols: {
    kind: { t: 'select', label: '用于', o: pairs(baked.equipmentKinds) },
    site: { t: 'text', label: '基地或工作室名称' },
    valueYuan: { t: 'num', label: '设备价值（元）' }, fromEducationFund: { t: 'tri', label: '从职工教育经费列支' },
    accepted: { t: 'tri', label: '已通过人社、财政验收' } } },
});
