/**
 * The words people use, mapped to the words the policy uses: a worker asks about 当兵退伍 or
 * 退休金, the plan says 退役军人 and 养老金. Retrieval expands a question with the policy terms
 * it implies, so lexical and vector search both see the document's vocabulary.
 * Also the policy's own multi-character terms, for a lexical indexer's dictionary.
 */
import { normalizeText } from './normalize.js';

/** One everyday word and the policy terms it stands for. */
export interface GlossaryEntry {
  word: string;
  terms: readonly string[];
}

/** Everyday words grouped by the policy terms they imply (each word is one glossary entry). */
const GROUPS: readonly (readonly [words: readonly string[], terms: readonly string[]])[] = [
  [['当兵退伍', '退伍军人', '退伍', '转业', '复员', '当过兵', '老兵', '当兵', '退伍兵'], ['退役军人']],
  [['农民工', '打工的', '进城务工', '外出务工', '进城打工', '民工'], ['农村转移就业劳动者', '农村劳动力转移就业']],
  [['退休金', '退休工资', '养老钱', '退休了'], ['养老金']],
  [['老板', '公司', '单位', '厂里', '工厂', '厂子', '雇主', '东家'], ['企业']],
  [['下岗', '没工作', '丢了工作', '待业', '被裁', '失去工作'], ['失业']],
  [['贫困户', '建档立卡', '扶贫对象', '穷困户'], ['贫困劳动力']],
  [['学徒', '当学徒'], ['新型学徒']],
  [['学手艺', '学门手艺', '学技术', '学个技术', '学门技术', '学点技术', '学本事'], ['职业技能培训', '技能培训']],
  [['带徒弟', '徒弟', '师傅带'], ['师带徒']],
  [['大学生', '毕业生', '应届生', '刚毕业', '本科生', '大专生', '大学毕业'], ['高校毕业生']],
  [['没找到工作', '找不到工作', '没找着工作', '还没工作'], ['未就业']],
  [['残废', '残障', '伤残', '身体残疾'], ['残疾人']],
  [['培训补助', '补助', '补助金', '报销', '返钱', '给钱'], ['补贴']],
  [['创业', '开店', '做生意', '自己干', '开公司', '个体户'], ['创业培训']],
  [['买设备', '买机器', '设备采购', '购置设备'], ['实训设备']],
  [['工资总额'], ['工资薪金总额']],
  [['扣税', '抵税', '免税', '少交税', '税前'], ['税前扣除']],
  [['边干边学', '在岗培训补贴', '上班培训', '边工作边培训', '干中学'], ['以工代训']],
  [['考证', '拿证', '技能证', '上岗证', '技术证', '考了证', '考个证', '考完证', '拿到证', '电工证', '焊工证'], ['证书', '职业技能等级证书']],
  [['多少钱', '给多少', '补多少', '能拿多少', '金额', '几块钱'], ['标准', '元']],
  [['初中毕业', '高中毕业', '没考上大学', '没考上高中', '不上学了'], ['两后生']],
  [['家庭主妇', '农村妇女', '宝妈'], ['巧媳妇']],
  [['保姆', '月嫂', '家政工', '家政阿姨'], ['家政']],
  [['快递员', '送快递', '外卖员'], ['快递物流']],
  [['焊工', '电焊', '高空作业', '特种工'], ['特种作业']],
  [['高级工', '技师证', '高级技师'], ['高技能人才']],
  [['技能比赛', '比赛', '技能大赛', '比武'], ['职业技能竞赛']],
  [['坐牢', '犯人', '服刑', '监狱'], ['服刑人员']],
  [['戒毒所', '戒毒'], ['强制隔离戒毒人员']],
  [['工地', '建筑工人', '盖房子'], ['建设行业']],
  [['种地', '种田', '务农'], ['高素质农民', '新型农民']],
  [['养老院', '护工', '照顾老人', '养老护理', '护理员'], ['养老服务']],
  [['生活费'], ['生活费补贴']],
  [['培训学校', '培训班', '培训中心'], ['培训机构']],
  [['技校', '职校', '职高', '中专'], ['职业院校', '技工院校']],
  // Applying without going in person: the plan's 网上申报、网上审核 (六(三)), not its online learning.
  [['网上申请', '在网上办', '线上申请', '网上报', '网上办', '网上领', '网上申领', '线上办', '线上报', '手机上报', '手机上办', '手机申请', '手机上申请', '手机办理', '用手机', '不用跑', '跑腿', '去现场', '现场办', '亲自去'], ['网上申报', '网上审核']],
  [['怎么申请', '怎么领', '去哪领', '怎么办理'], ['申领']],
  [['骗补', '假培训', '骗钱'], ['虚假培训', '骗取补贴资金']],
  [['培训经费', '教育经费', '职工培训费'], ['职工教育经费']],
  [['能领几次', '领几次', '几次', '次数', '几回', '两回'], ['每人每年', '重复享受']],
  [['户口', '外地户口', '外地人', '非本地'], ['户籍地', '常住地']],
  [['预付', '先拿钱', '提前拨款', '预拨'], ['先行拨付']],
  [['哪个部门管', '谁负责', '找谁', '哪个部门'], ['责任单位']],
  [['大师工作室'], ['技能大师工作室']],
  [['出国培训', '进修', '出国交流'], ['境内外培训', '研修']],
  [['转岗', '换工作', '转行', '换岗'], ['转岗转业培训']],
  [['新员工培训', '入职培训', '新招的人'], ['岗前技能培训补贴', '新录用人员']],
  [['困难户', '就业困难'], ['就业困难人员']],
  [['全家没工作', '家里没人上班'], ['零就业家庭']],
  [['合作社'], ['农民专业合作社']],
  [['扶贫工厂', '扶贫作坊'], ['扶贫车间']],
  [['钱从哪来', '资金来源', '谁出钱', '哪些钱', '什么钱', '哪些资金', '用什么钱', '哪来的钱'], ['就业补助资金', '失业保险基金', '资金支持']],
  [['一共', '总共', '全市', '总目标', '加起来', '培训多少人', '三年目标', '三年要培训'], ['各类职业技能培训', '目标任务']],
  [['非遗', '非遗手艺'], ['非物质文化遗产']],
  [['公交', '公交车'], ['公共交通']],
  [['地铁', '轻轨'], ['轨道交通']],
  [['保安'], ['安保服务']],
  [['保洁', '打扫卫生', '清洁工'], ['清洁家园', '家政']],
  [['网课', '线上培训', '网上培训', '网上学', '手机上学', '在手机上', '远程学'], ['线上学习', '互联网+']],
  [['技能鉴定', '鉴定', '评级'], ['技能评价', '职业技能等级']],
  [['学费', '不要学费'], ['免学费', '国家助学金']],
  [['什么时候结束', '有效期', '到哪年', '截止'], ['2019—2021年', '到2021年底']],
  [['小老板', '小店主', '个体老板'], ['小微企业主']],
  [['学校培训', '学校搞培训'], ['补贴性培训', '职业院校']],
  // The plan's targets of 二 are shares (比例) of skilled workers.
  [['占比', '占几成', '占多少', '占百分之', '比重'], ['比例']],
  [['就业人口', '上班的人', '就业的人', '就业人员里'], ['就业人员总量']],
  // Teachers of vocational schools who train others (四(二)): titles and pay leaning their way.
  [['老师', '教员', '讲师', '任课老师'], ['教师']],
  [['评职称', '职称评审', '升职称', '晋升职称', '职称晋升', '评级称'], ['职称评定']],
  [['照顾', '优待', '加分', '优先考虑'], ['倾斜']],
  [['社会培训', '对外培训', '面向社会培训', '给社会上'], ['职业技能培训']],
  // Fewer papers and a pledge instead (五(四) 告知承诺制).
  [['承诺制', '告知承诺', '先承诺', '承诺', '少交证明', '少交材料', '少交点证明', '少交点材料', '减少材料', '精简材料', '材料精简', '简化手续', '手续简化', '简化流程', '少跑路'], ['告知承诺制', '减少证明材料', '简化流程']],
];

/** Every glossary entry, one per everyday word. */
export const GLOSSARY: readonly GlossaryEntry[] = GROUPS.flatMap(([words, terms]) => words.map((word) => ({ word, terms })));

/**
 * Multi-character terms of the policy, for a lexical indexer that segments Chinese with a
 * dictionary (each appears in 郑政办〔2019〕63号).
 */
export const POLICY_TERMS: readonly string[] = [
  '以工代训', '新型学徒', '企业新型学徒制', '现代学徒制', '师带徒', '技能大师工作室', '名师工作室',
  '高技能人才', '高技能人才培训基地', '技能人才', '职工教育经费', '工资薪金总额', '税前扣除',
  '职业技能提升行动', '职业技能培训', '技能提升培训', '补贴性培训', '职业培训补贴', '生活费补贴',
  '以工代训补贴', '岗前技能培训补贴', '就业补助资金', '失业保险基金', '专项培训资金',
  '创业带动就业扶持资金', '项目制培训', '先行拨付', '贫困劳动力', '建档立卡', '就业困难人员',
  '零就业家庭', '退役军人', '农村转移就业劳动者', '新生代农民工', '两后生', '高校毕业生',
  '城镇登记失业人员', '残疾人', '巧媳妇', '去产能失业人员', '小微企业主', '创业培训',
  '职业资格证书', '职业技能等级证书', '学历证书', '1+X证书制度', '公共实训基地', '产教融合',
  '产教融合型企业', '校企合作', '实训设备', '实训基地', '世界技能大赛', '职业技能竞赛',
  '首席技师', '特级技师', '工匠精神', '全民技能振兴工程', '职业院校', '技工院校', '培训机构',
  '评价机构', '第三方评价', '补贴职业工种', '户籍地', '常住地', '求职就业地', '按月领取养老金',
  '扶贫车间', '农民专业合作社', '生产经营主体', '实名制', '告知承诺制', '信用支付', '放管服',
  '责任单位', '转岗转业培训', '岗前培训', '在岗培训', '脱产培训', '特种作业', '高危行业',
  '高素质农民', '新型农民', '国家助学金', '免学费', '技能脱贫千校行动', '虚假培训',
  '骗取补贴资金', '网上申报', '同一职业同一等级', '重复享受', '养老服务', '快递物流', '家政',
  '服刑人员', '强制隔离戒毒人员', '建设行业', '技能评价', '职业训练院', '职业培训电子档案',
];

/** What a question expands to: the normalised question and the policy terms it implies. */
export interface QueryExpansion {
  /** The question after `normalizeText`. */
  normalized: string;
  /** Policy terms implied by everyday words in the question, not already in it, in glossary order. */
  terms: string[];
  /** The everyday words found (those that implied a term). */
  words: string[];
  /** `normalized` followed by the added terms, space-separated: what to search for. */
  text: string;
}

const NORMALIZED_GLOSSARY = GLOSSARY.map((e) => ({ word: normalizeText(e.word), terms: e.terms.map(normalizeText) }));
const NORMALIZED_POLICY_TERMS = POLICY_TERMS.map(normalizeText);

/** Whether `word` occurs in `q` somewhere other than inside a longer policy term (单位 in 责任单位). */
function occursOnItsOwn(q: string, word: string): boolean {
  for (let at = q.indexOf(word); at >= 0; at = q.indexOf(word, at + 1)) {
    const inside = NORMALIZED_POLICY_TERMS.some((t) => {
      if (t.length <= word.length || !t.includes(word)) return false;
      for (let s = q.indexOf(t); s >= 0; s = q.indexOf(t, s + 1)) if (s <= at && at + word.length <= s + t.length) return true;
      return false;
    });
    if (!inside) return true;
  }
  return false;
}

/**
 * Normalises a question and adds the policy terms its everyday words imply:
 * `当兵退伍的能补贴吗` → terms [退役军人]; `厂里的农民工` → [企业, 农村转移就业劳动者, …].
 */
export function expandQuery(q: string): QueryExpansion {
  const normalized = normalizeText(q);
  const terms: string[] = [];
  const words: string[] = [];
  for (const entry of NORMALIZED_GLOSSARY) {
    if (!occursOnItsOwn(normalized, entry.word)) continue;
    let added = false;
    for (const t of entry.terms) {
      if (terms.includes(t) || normalized.includes(t)) continue;
      terms.push(t);
      added = true;
    }
    if (added && !words.includes(entry.word)) words.push(entry.word);
  }
  return { normalized, terms, words, text: [normalized, ...terms].join(' ') };
}
