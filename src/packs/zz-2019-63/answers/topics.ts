/**
 * The subjects people ask about in 郑政办〔2019〕63号, each tied to the rule that computes it and the
 * clause that states it, with the words that mark a question as being about it.
 */
import type { PackAnswers, PackTopic } from '../../../core/rules/pack.js';
import type { RULES } from '../rules/index.js';

type RuleId = (typeof RULES)[number]['id'];

/** In the order the eligibility contract lists the rules. */
export const TOPICS: readonly PackTopic<RuleId>[] = [
  // 招几个贫困户 有没有啥扶持: support, help or a policy asked for hiring the groups is the subsidy asked for.
  { id: 'on_job_training', name: '以工代训补贴', applicant: 'employer', clause: '六(一)', keywords: /以工代训|吸纳.{0,6}(贫困|就业困难|零就业)|(招|雇|用|录用|招收)了?.{0,6}(贫困|建档立卡|就业困难|零就业)(?![^，,。]{0,4}(孩子|学生|子女)).{0,10}(补贴|补助|钱|扶持|支持|优惠|政策)/ },
  { id: 'project_training_advance', name: '项目制培训补贴先行拨付', applicant: 'employer', clause: '六(一)', keywords: /项目制|先行拨付|先拨|预拨|提前拨付|先拿.{0,6}(钱|补贴|资金)|预付|先给.{0,4}(钱|补贴)|提前.{0,2}(拿|给|拨)/ },
  { id: 'equipment_subsidy', name: '实训设备一次性补助', applicant: 'employer', clause: '四(一)', keywords: /实训设备|(回到|再说|说回|接着说)(刚才|前面)?(的)?设备|设备(那个|这个|那块|这块)(事|钱|补助)?|设备.{0,4}补|基地(的|里|上)?(新)?设备|设备(总值|总价|价值)|(购置|买|购|添置|添了|采购)[^，,。；;]{0,8}设备|设备[^，,。；;]{0,3}(买|购|添|花)了|技能大师工作室|高技能人才培训基地|大师工作室|培训基地|工作室/ },
  { id: 'apprenticeship', name: '企业新型学徒补贴', applicant: 'employer', clause: '四(一)', keywords: /^(?![^]*(津贴|师带徒|(老)?师傅.{0,6}(发|给)(点)?(钱|津贴|补助)|(老)?师傅[^，,。？?]{0,8}(补贴|补助)|师傅带徒弟))[^]*(学徒|(?<!师)带(了|过|着)?(一个|个|几个|\d+个|[一二两三四五六七八九十俩仨]个)?徒弟|(?<!师)带徒(补贴|补助))/ },
  { id: 'education_fund_deduction', name: '职工教育经费税前扣除', applicant: 'employer', clause: '六(二)', keywords: /职工教育经费|教育经费|税前扣除|工资薪金总额|师带徒|(带|教)徒弟.{0,8}(津贴|补助)|师傅.{0,6}津贴|(带|教)徒弟的?(老)?师傅.{0,6}(发|给)(点)?(钱|津贴|补助)|(带|教)徒弟的?(老)?师傅[^，,。？?]{0,6}(补贴|补助|津贴)|师傅带徒弟的?(补贴|补助|津贴|钱)/ },
  { id: 'vocational_training', name: '职业培训补贴', applicant: 'person', clause: '七(二)', answersGroups: true, keywords: /职业培训补贴|学(?!徒|生|校|费|历)[\u4e00-\u9fff]{1,4}的(补贴|补助)|考.{0,6}证.{0,8}(补|给钱|报销)|(拿|取得).{0,4}证.{0,6}(补|给钱)|证书.{0,4}补|每年.{0,6}(几|多少)次|(补|领|享受).{0,4}(几|多少)次|重复享受|同一职业|(培训|学技术|学手艺|学个?技术|学(个|门|点)[\u4e00-\u9fff]{1,3}|想学[\u4e00-\u9fff]{1,4})(了|完)?.{0,8}(有|能|可以|给|领|拿|享受)(没有)?.{0,3}(?<!生活费|岗前技能培训|以工代训)(补贴|补助|补钱|钱|报销)|(能|可以|还能)(领|拿|享受).{0,4}培训补贴|培训[^，,。？?]{0,4}(补贴|补助)(给不给|有没有|有吗|给吗|能不能给|中不中)/ },
  { id: 'free_training_poor', name: '贫困劳动力免费培训', applicant: 'person', clause: '三(三)', answersGroups: true, onlyForGroup: /贫困|建档立卡|扶贫/, keywords: /免费.{0,4}培训|培训.{0,4}免费|免费(学|参加|上课|去学)|(也|还|都)?是免费的?(吗|么|不|嘛|呢)|收费吗|要钱吗|花钱吗|^(?=.*(贫困|建档立卡|扶贫)).*(培训|学)[^，,。？?]{0,12}(要不要|用不用|需不需要|得|要)(交|掏|花)(学费|钱|培训费)/ },
  // 我是建档立卡户 学开挖掘机要交学费不 / 娃上技校学费免多少: an adult of a poor household, or a
  // child's parent, is no student — its 不符合 is the asker's answer only when they say they are one.
  // (那边学费便宜: a fee weighed as cheap or dear is no question of waiving it.)
  { id: 'poor_family_student_aid', name: '贫困家庭学生助学金和免学费', applicant: 'person', clause: '三(三)', onlyForGroup: /贫困家庭(的)?(学生|孩子)|(我|俺)(是|现在是)?[^，,。？?]{0,4}(学生|在校生)|(我|俺)(在|正在)?(上|读|念)[^，,。？?]{0,4}(技校|技工学校|中职|中专|职校|职高)/, keywords: /助学金|免学费|学费(?![^，,。？?]{0,2}(便宜|低|贵|高|划算|实惠))/ },
  { id: 'entrepreneurship_training', name: '创业培训', applicant: 'person', clause: '三(八)', ownTraining: true, keywords: /创业|(教|学)[^，,。？?]{0,4}(开店|做生意|做买卖|当老板)|(开店|做生意|做买卖|当老板)[^，,。？?]{0,4}(课|培训|班)/ },
  // The plan's rules with no fixed amount: named, so 补多少钱 is answered from their own clause
  // (本方案没有规定具体金额) and never from a neighbouring clause's figures.
  { id: 'poor_family_child_aid', name: '子女接受技工教育、职业教育的贫困家庭补助', applicant: 'person', clause: '三(三)', onlyForGroup: /贫困|建档立卡/, keywords: /(孩子|子女|儿子|女儿|闺女|姑娘|小孩|娃).{0,10}(技工|技校|职校|职业学校|中职|职业院校|职业教育)(?![^，,。]{0,2}(毕业|毕了业|出来))/ },
  { id: 'competition_winner_award', name: '职业技能竞赛获奖选手奖励', applicant: 'person', clause: '五(三)', keywords: /(?<!备战.{0,6})(大赛|竞赛|比赛|技能赛|比手艺|比武|[国省市区县]赛|世赛).{0,10}(获奖|得奖|得了|拿了|名次|[一二三头]等奖|金牌|银牌|铜牌|奖金|奖励)|(选手|学生|学员|徒弟|职工|员工)[^，,。]{0,4}(拿了|得了|获了)(个)?([国省市区县]赛|世赛)?[^，,。]{0,4}(奖|名次)|获奖(选手|的选手)/ },
  { id: 'school_poor_student_aid', name: '招收贫困家庭学生的职业院校补助', applicant: 'employer', clause: '三(十四)', keywords: /(学校|院校|学院|技校|职校).{0,10}(招收|招了|招生|收了|录取了|接收了|招(?!聘|工|人)).{0,10}(贫困|建档立卡)(?![^,，。；;]{0,8}(干|打杂|上班|做饭|后勤|保洁|以工代训|当|工作|员工|职工))/ },
  { id: 'enterprise_school_support', name: '企业举办职业院校资金支持', applicant: 'employer', clause: '四(一)', keywords: /(企业|公司|我们).{0,6}(举办|办了|开办|办|参与举办|合办).{0,4}(职业院校|职业学校|职业学院|技工学校|技工院校|技校|职校)/ },
  { id: 'competition_training_award', name: '备战职业技能竞赛专项培训奖补', applicant: 'employer', clause: '三(十五)', keywords: /备战.{0,6}(竞赛|大赛|比赛)|(竞赛|大赛|比赛).{0,4}专项培训|(竞赛|大赛).{0,4}集训|备赛/ },
  { id: 'training_materials_support', name: '培训教材开发、教学改革经费支持', applicant: 'employer', clause: '六(二)', keywords: /教材.{0,2}开发|开发.{0,8}教材|(编|写|编写).{0,4}教材|教学改革/ },
];

/** Topics found beside another that yield to it when the words say so (see `PackAnswers.topicYields`). */
export const TOPIC_YIELDS: PackAnswers<RuleId>['topicYields'] = [
  // 我儿子在职校上学 想参加创业培训: the school is who the child is, the training named is what is
  // asked. The poor-family aid is meant only when poverty or aid is spoken of, or nothing else is named.
  { drop: 'poor_family_child_aid', unless: /贫困|困难|建档立卡|低保|补助|资助|助学|学费/ },
  // 创业培训有补贴吗 names the entrepreneurship training; its 培训…补贴 is not the general
  // vocational subsidy unless that is named too.
  { drop: 'vocational_training', besides: 'entrepreneurship_training', words: /创业.{0,4}培训/, unless: /职业培训|技能培训|职业技能|考.{0,4}证/ },
  // 那个创业培训 要交学费不: the fee of the training named, not a student's tuition waiver (unless a
  // school or a poor family's student is spoken of too).
  { drop: 'poor_family_student_aid', besides: 'entrepreneurship_training', words: /创业.{0,4}(培训|课|班)/, unless: /技校|技工|中职|中专|职校|职高|贫困家庭|建档立卡/ },
  // 用教育经费买的设备: the fund is where the equipment's money came from, not a question about
  // the fund's tax deduction (unless that is asked too).
  { drop: 'education_fund_deduction', besides: 'equipment_subsidy', words: /(用|拿|从|花|出)[^，,。；;]{0,4}教育经费|教育经费[^，,。；;]{0,4}(买|购|出|列支|支付|开支|支出)/, unless: /税|扣除|抵扣|抵税/ },
];
