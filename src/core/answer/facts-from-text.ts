/**
 * Facts about the asker read from what they typed, in the eligibility contract's terms:
 * 退役军人 → groups veteran, 招了6个贫困户 → hires [{poor_labor, 6}], 干了半年 → monthsEmployed 6,
 * 有证 → certificate, 今年补过两次 → subsidizedTrainingsThisYear 2, 设备100万 → equipment value …
 * Deterministic and conservative: a fact is set only when the words say it, and a negation
 * (没, 不是, 未) flips or drops it rather than guessing.
 */
import type { EmployerFacts, Hire, PersonFacts, PersonGroup } from '../rules/schema.js';
import { normalizeText } from '../text/normalize.js';
import { parseChineseNumeral, toHalfWidthDigits } from './chinese-numbers.js';

/** Facts found in one message, before they are merged into the session. */
export interface FactPatch {
  /** Whom the message is about, when it says: a person asking for themselves, or an employer. */
  audience?: 'person' | 'employer';
  person: Partial<Omit<PersonFacts, 'type'>>;
  employer: Partial<Omit<EmployerFacts, 'type' | 'hires'>>;
  /** People taken on, named with a group (and a count when given). */
  hires: Hire[];
  /** Facts about "them" without a group (干了6个月): apply to every hire. */
  hireDefaults: Partial<Pick<Hire, 'monthsEmployed' | 'onJobTrainingMonths' | 'preJobTrainingSubsidy' | 'count'>>;
}

export function emptyPatch(): FactPatch {
  return { person: {}, employer: {}, hires: [], hireDefaults: {} };
}

/**
 * True when the patch holds a fact about the asker's case. The kind of employer alone
 * (培训机构 in 培训机构必须用哪个系统) names a subject, not a case, so it does not count.
 */
export function patchHasFacts(p: FactPatch): boolean {
  return (
    Object.keys(p.person).length > 0 ||
    Object.keys(p.employer).some((k) => k !== 'entity') ||
    p.hires.length > 0 ||
    Object.keys(p.hireDefaults).length > 0
  );
}

// A number as typed: 6, 6.5, 六, 两, 十二, 一百.
const NUM = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)';

/** Value of a number as typed (Arabic or Chinese); undefined if it is neither. */
export function parseNumber(raw: string): number | undefined {
  const s = raw.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  return parseChineseNumeral(s);
}

/** Yuan from a number and an optional unit (万, 千, 百). */
function yuanOf(num: string, unit: string | undefined): number | undefined {
  const n = parseNumber(num);
  if (n === undefined) return undefined;
  const factor = unit === '亿' ? 1e8 : unit === '万' ? 1e4 : unit === '千' ? 1e3 : unit === '百' ? 100 : 1;
  return Math.round(n * factor * 100) / 100;
}

/** True when a negation sits just before `index` (我不是…, 没有…, 未…). */
function negatedBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  return /(不是|没有|没|未|并非|非|不|无)$/.test(before) || /(不是|没有|没|未|不)[^，,。；;]{0,2}$/.test(before);
}

// ---------------------------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------------------------

const GROUP_WORDS: Array<[PersonGroup, RegExp]> = [
  ['veteran', /退役军人|退伍军人|退伍|当过兵|当兵|转业军人|复员军人|复员|老兵/g],
  ['poor_family_student', /贫困家庭(的)?(学生|孩子|子女)|家里(很|比较)?(穷|困难|贫困)[^，,。]{0,8}(上学|读书|技校|职校|学生)/g],
  ['poor_labor', /建档立卡(贫困)?(户|劳动力|人员|人口)?|贫困户|贫困劳动力|贫困人口|贫困人员|贫困群众/g],
  ['rural_migrant', /农民工|农村转移(就业)?劳动(者|力)|进城务工|外出务工|农村劳动力|农村出来打工/g],
  ['two_after', /两后生|(初中|高中)毕业[^，,。]{0,4}(没|不|未)(有)?(上|读|升|考)|未继续升学/g],
  ['unemployed_graduate', /(离校|毕业)[^，,。]{0,6}(未就业|没找到工作|没(有)?工作|没就业|还没上班)|未就业[^，,。]{0,4}毕业生/g],
  ['employment_difficulty', /就业困难(人员)?/g],
  ['disabled', /残疾(人|人员)?|残障/g],
  ['zero_employment_family', /零就业(家庭)?/g],
  ['laid_off_overcapacity', /去产能/g],
  ['registered_unemployed', /(城镇)?登记失业(人员)?|下岗(职工|工人)?|失业(了|人员)?/g],
  ['employee', /企业职工|在职职工|我是(一名)?职工|上班族|在(厂|工厂|企业|公司)(里)?上班|企业员工/g],
];

interface GroupMention {
  group: PersonGroup;
  index: number;
  end: number;
}

function groupMentions(text: string): GroupMention[] {
  const found: GroupMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const [group, re] of GROUP_WORDS) {
    for (const m of text.matchAll(re)) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      // 失业保险 is a fund, not a person; 去产能失业 is its own group (matched earlier).
      if (group === 'registered_unemployed' && /^失业保险/.test(text.slice(index + (m[0].indexOf('失业'))))) continue;
      if (taken.some(([a, b]) => index < b && end > a)) continue;
      if (group === 'registered_unemployed' && /去产能/.test(text.slice(Math.max(0, index - 4), index))) continue;
      if (negatedBefore(text, index)) continue;
      taken.push([index, end]);
      found.push({ group, index, end });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------------------------------------
// Audience
// ---------------------------------------------------------------------------------------------

const EMPLOYER_MARK =
  /我们(公司|企业|单位|厂|工厂|合作社|车间|机构|学校)|我司|本公司|本企业|咱(们)?(公司|厂|企业)|我是老板|我们老板|(招|吸纳|雇|录用|聘用|聘请|招收|招用)(了|用了|收了|进)?[^，,。]{0,6}(个|名|位|人)|职工教育经费|工资薪金|实训设备|学徒|项目制|以工代训|扶贫车间|合作社|培训机构/;

const ENTITY_WORDS: Array<[EmployerFacts['entity'] & string, RegExp]> = [
  ['farmer_cooperative', /合作社/],
  ['poverty_workshop', /扶贫车间/],
  ['training_institution', /培训机构|培训学校/],
  ['vocational_school', /我们(是)?(职业院校|技校|职校|技工学校)/],
  ['enterprise', /公司|企业|工厂|厂子|我们厂|我司/],
];

// ---------------------------------------------------------------------------------------------
// Extraction
// ---------------------------------------------------------------------------------------------

/** Months from 半年 / 一年 / 一年半 / N个月 / N个多月. */
function monthsIn(fragment: string): number | undefined {
  const m = new RegExp(`${NUM}\\s*个?(多)?月`).exec(fragment);
  if (m) return parseNumber(m[1]!);
  if (/一年半/.test(fragment)) return 18;
  if (/半年/.test(fragment)) return 6;
  const y = new RegExp(`${NUM}\\s*年`).exec(fragment);
  if (y) {
    const n = parseNumber(y[1]!);
    return n === undefined ? undefined : n * 12;
  }
  return undefined;
}

/**
 * Reads every fact the text states. `audience` is what the dialogue already knows (an employer
 * answering 干了半年 speaks about its hires even without saying 公司 again).
 */
export function extractFacts(input: string, audience?: 'person' | 'employer'): FactPatch {
  const text = toHalfWidthDigits(normalizeText(input)).replace(/\s+/g, '');
  const patch = emptyPatch();
  const groups = groupMentions(text);

  const employer = EMPLOYER_MARK.test(text) || (audience === 'employer' && !/我是|本人/.test(text));
  if (employer) patch.audience = 'employer';

  if (employer) readEmployer(text, groups, patch);
  else {
    if (groups.length > 0) {
      patch.person.groups = [...new Set(groups.map((g) => g.group))];
      patch.audience = 'person';
    }
  }
  readPerson(text, patch, employer);
  return patch;
}

function readEmployer(text: string, groups: GroupMention[], patch: FactPatch): void {
  for (const [entity, re] of ENTITY_WORDS) {
    if (re.test(text)) {
      patch.employer.entity = entity;
      break;
    }
  }

  // Hires: a group word with a count next to it (6个贫困户, 贫困户6人, 招了六名残疾人).
  for (const g of groups) {
    if (g.group === 'employee' || g.group === 'poor_family_student') continue;
    const before = text.slice(Math.max(0, g.index - 8), g.index);
    const after = text.slice(g.end, g.end + 8);
    const hire: Hire = { group: g.group };
    const b = new RegExp(`${NUM}\\s*(个|名|位|人)?(的)?$`).exec(before);
    const a = new RegExp(`^(共|一共|有)?${NUM}\\s*(个|名|位|人)`).exec(after);
    const count = b ? parseNumber(b[1]!) : a ? parseNumber(a[2]!) : undefined;
    if (count !== undefined && Number.isInteger(count)) hire.count = count;
    patch.hires.push(hire);
  }

  // 以工代训3个月 / 培训了3个月 → months of on-the-job training.
  const ojt = new RegExp(`(以工代训|培训|带训|训)(了|过)?[^，,。；;]{0,6}?(${NUM}\\s*个?(多)?月|半年)|(${NUM}\\s*个?月|半年)[^，,。；;]{0,3}(的)?以工代训`).exec(text);
  if (ojt) {
    const months = monthsIn(ojt[0]);
    if (months !== undefined) patch.hireDefaults.onJobTrainingMonths = Math.floor(months);
  }
  // 干了半年 / 工作了6个月 / 就业六个月以上 → months employed.
  const emp = new RegExp(`(干|工作|就业|上班|做|用工|雇佣|在岗|在职|已经|满|超过|录用|招)(了|满|过)?[^，,。；;以]{0,4}?(${NUM}\\s*个?(多)?月|半年|一年半|${NUM}\\s*年)`).exec(text);
  if (emp && !(ojt && ojt.index === emp.index)) {
    const months = monthsIn(emp[0].replace(/^.*?(干|工作|就业|上班|做|用工|雇佣|在岗|在职|已经|满|超过|录用|招)/, ''));
    if (months !== undefined) patch.hireDefaults.monthsEmployed = months;
  }

  // Social insurance.
  const ins = /(交|缴|缴纳|上|买|有|参加)(了)?(社保|社会保险|五险)|参保|五险一金/.exec(text);
  if (ins) patch.employer.insured = !negatedBefore(text, ins.index ?? 0) && !/(没|未|不)(有)?(交|缴|缴纳|上|买|参加)(了)?(社保|社会保险|五险)|没有参保|未参保|不参保/.test(text);

  // Pre-job training subsidy already claimed for these hires.
  const pre = /岗前(技能)?培训补贴/.exec(text);
  if (pre) patch.hireDefaults.preJobTrainingSubsidy = !/(没|未|不)(有)?(领|申请|享受|拿)[^，,。]{0,3}岗前/.test(text);

  // Training equipment: 设备100万 / 买了100万的实训设备.
  const eq =
    new RegExp(`设备[^，,。；;\\d]{0,6}${NUM}\\s*(万|千)?\\s*(元|块)?`).exec(text) ??
    new RegExp(`${NUM}\\s*(万|千)?\\s*(元|块)?(的)?(实训)?设备`).exec(text);
  if (eq || /实训设备|大师工作室|高技能人才(培训)?基地/.test(text)) {
    const item: NonNullable<EmployerFacts['equipment']>[number] = {};
    if (eq) {
      const value = yuanOf(eq[1]!, eq[2]);
      if (value !== undefined) item.valueYuan = value;
    }
    if (/大师工作室/.test(text)) item.kind = 'master_studio';
    else if (/高技能人才(培训)?基地|培训基地/.test(text)) item.kind = 'high_skill_base';
    if (/(用|从|拿)(的)?职工教育经费|职工教育经费[^，,。]{0,4}(买|购|出|支付)/.test(text)) item.fromEducationFund = true;
    if (/验收(合格|通过|过了|了)/.test(text)) item.accepted = !/(没|未|不)(有)?(通过)?验收/.test(text);
    else if (/(没|未)(有)?验收/.test(text)) item.accepted = false;
    if (Object.keys(item).length > 0) patch.employer.equipment = [item];
  }

  const payroll = new RegExp(`工资(薪金)?(总额|总数|总共|一共|合计)?[^，,。；;\\d]{0,4}${NUM}\\s*(亿|万|千)?\\s*(元|块)?`).exec(text);
  if (payroll) {
    const v = yuanOf(payroll[3]!, payroll[4]);
    if (v !== undefined) patch.employer.payrollYuan = v;
  }
  const fund = new RegExp(`(职工)?教育经费[^，,。；;\\d买购]{0,6}${NUM}\\s*(亿|万|千)?\\s*(元|块)?`).exec(text);
  if (fund) {
    const v = yuanOf(fund[2]!, fund[3]);
    if (v !== undefined) patch.employer.educationFundYuan = v;
  }
  const share = new RegExp(`一线[^，,。；;]{0,10}?(${NUM}\\s*%|百分之${NUM}|${NUM}\\s*成)`).exec(text);
  if (share) {
    const raw = share[1]!;
    const n = parseNumber(raw.replace(/百分之|%|成/g, ''));
    if (n !== undefined) patch.employer.frontlineShareOfFund = raw.endsWith('成') ? n / 10 : n / 100;
  }
  const appr = new RegExp(`${NUM}\\s*(个|名|位)?(新型)?学徒|学徒[^，,。；;\\d]{0,4}${NUM}\\s*(个|名|位|人)`).exec(text);
  if (appr) {
    const n = parseNumber(appr[1] ?? appr[4]!);
    if (n !== undefined && Number.isInteger(n)) patch.employer.apprentices = n;
  }
  if (/项目制/.test(text)) patch.employer.projectTraining = !/(没|不|未)(有)?(搞|做|开展|办)?项目制/.test(text);
  const subsidy = new RegExp(`培训补贴[^，,。；;\\d]{0,6}${NUM}\\s*(亿|万|千)?\\s*(元|块)`).exec(text);
  if (subsidy && patch.employer.projectTraining) {
    const v = yuanOf(subsidy[1]!, subsidy[2]);
    if (v !== undefined) patch.employer.trainingSubsidyYuan = v;
  }
}

function readPerson(text: string, patch: FactPatch, employer: boolean): void {
  const p = patch.person;
  const setPerson = () => {
    if (!employer) patch.audience = 'person';
  };

  // Certificate after training.
  if (/(没|未|没有)(拿到|取得|考到|考取|获得|考|拿|有)(了)?[^，,。]{0,4}证|没证|无证|证书(还)?没(拿到|下来|考)/.test(text)) {
    p.certificate = false;
    setPerson();
  } else if (/(拿到|取得|考了|考到|考取|获得|有|领到|拿了)(了)?[^，,。]{0,6}证(书)?|证书(已经)?(拿到|有了|到手|下来)|有证/.test(text)) {
    p.certificate = true;
    setPerson();
  }

  // Monthly pension.
  if (/(没|未|没有|不)(有)?(退休|领(取)?养老金|拿养老金|领退休金|拿退休金|领退休工资)|没有(养老金|退休金)/.test(text)) {
    p.monthlyPension = false;
    setPerson();
  } else if (/退休|养老金|退休金|退休工资/.test(text) && /(我|本人|已经|在|领|拿)/.test(text) && !/(什么|吗|能不能|可以)[^，,。]{0,4}(退休|养老金)$/.test(text)) {
    p.monthlyPension = true;
    setPerson();
  }

  // Training subsidies already received this year.
  const times = new RegExp(`(今年|本年|这一年|年内)[^，,。；;]{0,8}?(补贴|补|领|享受|拿|申请)(过|了)?[^，,。；;\\d]{0,4}?${NUM}\\s*次`).exec(text);
  if (times) {
    const n = parseNumber(times[4]!);
    if (n !== undefined && Number.isInteger(n)) p.subsidizedTrainingsThisYear = n;
    setPerson();
  } else if (/(今年|本年)[^，,。；;]{0,6}(没|没有|未|还没)(有)?(领|补|享受|拿|申请)/.test(text)) {
    p.subsidizedTrainingsThisYear = 0;
    setPerson();
  }

  // Where the training is taken.
  if (/户籍地|户口所在地|户口(就)?在(这|郑州|本地|当地)|老家/.test(text)) p.trainingPlace = 'household';
  else if (/常住地|居住地|(常|长期)住(在)?(这|郑州|本地)|住的地方/.test(text)) p.trainingPlace = 'residence';
  else if (/求职(就业)?地|就业地|工作(的)?(地方|城市)|上班的地方/.test(text)) p.trainingPlace = 'job_seeking';
  else if (/(在)?(外地|别的地方|其他地方)(培训|参加|学)/.test(text)) p.trainingPlace = 'other';
  if (p.trainingPlace) setPerson();

  // Starting a business.
  if (/(不想|不打算|没(有)?(想|打算))创业|没(有)?创业(的)?(想法|打算|愿望|意向)/.test(text)) p.wantsToStartBusiness = false;
  else if (/(想|打算|准备|计划|有意)(要)?(自己)?创业|有创业(的)?(想法|打算|愿望|意向)|想(自己)?开(个|一个|家|一家)?(店|公司|厂|网店)/.test(text)) {
    p.wantsToStartBusiness = true;
    setPerson();
  }
  const biz = new RegExp(`(开业|开了|开店|成立|办了|经营|创业)(了)?[^，,。；;]{0,3}?(${NUM}|半)\\s*(多)?年`).exec(text);
  if (biz && !employer) {
    const n = biz[3] === '半' ? 0.5 : parseNumber(biz[3]!);
    if (n !== undefined) p.businessYears = n;
    setPerson();
  }

  // Student or recent graduate.
  if (/学生|在校|毕业|在读|上学|读书/.test(text) && !employer) {
    if (/技工院校|技工学校|技校|技师学院/.test(text)) p.student = 'technical';
    else if (/职业院校|职校|中专|职高|中职|高职/.test(text)) p.student = 'vocational';
    else if (/大学|高校|本科|大专|研究生/.test(text)) p.student = 'college';
    if (p.student) setPerson();
  }

  // The institution records the training in the provincial system.
  if (/(没|未|没有)(进|在|录入|纳入|登记)[^，,。]{0,3}系统/.test(text)) p.institutionInSystem = false;
  else if (/(进|在|录入|纳入|登记)(了)?[^，,。]{0,3}系统/.test(text)) p.institutionInSystem = true;
}
