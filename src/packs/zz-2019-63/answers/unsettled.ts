/**
 * What 郑政办〔2019〕63号's field includes but its text does not settle, decided by classes rather
 * than by sentences: the subjects people ask about around a subsidy that the plan leaves to other
 * rules — the 生活费补贴 (named only as a scope that may be adjusted), when money arrives, age
 * limits, 交通补贴, materials, the account paid into — the bodies it names but never defines, and
 * support it grants without a figure. These get "本方案没有规定…", what the plan does say (the
 * clause and the sentence `quote` picks), and where to ask; never a figure from another rule.
 */
import type { PackNamedBody, PackUnsettledSubject } from '../../../core/rules/pack.js';

export const UNSETTLED: readonly PackUnsettledSubject[] = [
  {
    // 评上技能大师工作室 能奖多少钱: the plan supports building such sites (四(四)) and funds their new
    // equipment (四(一)); it sets no award for being named one — the equipment's 50万/10万 is no prize.
    id: 'recognition_award',
    test: /^(?!.*(设备|实训|买|购))(?=.*(评上|评为|获评|被评|评了|认定为|认定了|命名|挂牌|授牌|成了|当上)).*(工作室|基地|高技能人才|技能大师|首席技师|技术能手|工匠)[^。？?]{0,12}(奖|奖励|奖金|给多少钱|给钱|给不给钱|补多少|补贴多少|有钱)/,
    what: '获评技能大师工作室、高技能人才等称号后的奖励金额',
    clause: '四(四)',
    quote: /技能大师工作室/,
  },
  {
    // 带货主播能不能评高技能人才 评定标准是啥: the plan sets targets for 高技能人才 and names skill
    // evaluation, never the criteria of a level or a title.
    id: 'evaluation_criteria',
    test: /(评|认定|评定|算)[^。？?]{0,8}(高技能人才|技师|高级技师|高级工|技能等级|技能人才)[^。？?]{0,12}(标准|条件|要求|门槛|怎么评|咋评|怎么认定|咋认定)|(高技能人才|技师|高级工)[^。？?]{0,4}(的)?(评定|认定|评价)?(标准|条件|门槛)(是)?(啥|什么|多少)/,
    what: '高技能人才、技师等技能等级的评定标准和条件',
    clause: '四(三)',
    quote: /技能评价/,
  },
  {
    // 骗补被查到了会罚多少 / 虚假培训怎么处罚: 六(三) says such cases are investigated (严肃查处), and
    // sets no penalty.
    id: 'fraud_penalty',
    test: /(骗补|骗取|套取|套补贴|套钱|冒领|虚假培训|假培训|作假|造假|违规)[^。？?]{0,12}(罚|处罚|处分|判|坐牢|追回|退回|后果|怎么处理|咋处理|会怎样|会咋样|黑名单)/,
    what: '骗取、套取补贴资金的具体处罚（罚款数额、追责方式等）',
    clause: '六(三)',
    quote: /严肃查处/,
  },
  {
    // 去培训那几天耽误上班的工资 谁给补: the plan names a 生活费补贴 scope, never wages lost to training.
    id: 'wages_while_training',
    test: /(耽误|误了|请假|停工|不上班|没上班)[^。？?]{0,10}(工资|工钱|收入)|培训(期间|那几天|的时候|这段时间)[^。？?]{0,8}(工资|工钱)/,
    what: '参加培训期间误工（工资损失）的补偿',
    clause: '六(一)',
    quote: /生活费补贴/,
  },
  {
    // 培训费是全免还是补一部分: the plan pays a subsidy (七(二)) and free training for poor labour (三(三)), no share.
    id: 'fee_share',
    test: /全免|全额免|免一半|只免一半|补一部分|补一半|补多少比例|全报|报一半|报销比例|全部报销|全额报销|报销多少/,
    what: '培训费用是全免还是部分补贴、补贴比例是多少',
    clause: '七(二)',
    quote: /按规定给予职业培训补贴/,
  },
  {
    // 零就业家庭的证明找社区开还是街道开: who issues the proof of a group the plan names — not said.
    id: 'proof_issuer',
    test: /(证明|认定|身份)[^。？?]{0,10}(找|去|到|在)[^。？?]{0,8}(开|办)|(哪|谁|哪里|哪儿|哪个部门|哪个单位)(给)?(开|出具|出)[^。？?]{0,4}证明/,
    what: '人员身份证明（如零就业家庭、就业困难人员证明）由哪个部门出具',
    clause: '六(一)',
    quote: /零就业家庭成员/,
  },
  {
    // 融资租赁租来的 / 二手的 / 分期没付清的 / 仿真软件 算不算新购置实训设备, and which unit of a
    // group applies: the plan says 新购置实训设备总值 and nothing of what counts or who files.
    id: 'equipment_what_counts',
    test: /^(?=.*(设备|实训))(?=.*(融资租赁|租赁|租(进|来|的)|二手|旧设备|收过来|调拨|调过来|分期|尾款|没付清|软件|虚拟|仿真|系统|统一采购|集团采购|捐赠|捐的|自制|自己做|分到|子公司|分公司)).*(算不算|能不能算|算进|能算|计入|算在|包括|包不包括|能不能报|能报|能先报|能申请|哪个主体|谁(来)?申请|由谁|哪家(来)?申请|哪个公司申请)/,
    what: '哪些设备算“新购置实训设备”（租赁、二手、分期付款、软件系统等）以及集团内由哪个主体申请',
    clause: '四(一)',
    quote: /新购置实训设备/,
  },
  {
    // 一线职工的口径 / 班组长算不算一线: the plan uses the word without a definition.
    id: 'frontline_scope',
    test: /一线(职工|员工|工人)?[^。？?，,]{0,6}(口径|界定|包括哪些|包不包括|哪些人|什么人|哪些岗位|范围)|(什么|哪些|啥)(人|岗位)[^。？?]{0,4}算一线|(班组长|技术员|管理人员|管理岗|文员|行政|后勤|销售|质检|工程师)[^。？?]{0,10}(算不算|算|属于|归)[^。？?]{0,4}一线/,
    what: '“一线职工”的范围（哪些岗位算一线）',
    clause: '六(二)',
    quote: /一线职工/,
  },
  {
    // 一线职工培训用不到60% 有啥后果: the plan sets the share, no sanction for missing it.
    id: 'fund_share_shortfall',
    test: /(不到|不足|没到|没达到|达不到|低于|少于)[^。？?]{0,4}(60|六十|百分之六十)[^。？?]{0,16}(后果|处罚|罚|罚则|追责|怎么办|咋办|会怎样|会咋样|影响)/,
    what: '职工教育经费用于一线职工培训不足60%的后果或处罚',
    clause: '六(二)',
    quote: /60%以上用于一线职工培训/,
  },
  {
    // 以工代训做到第三个月人走了 前两个月还补不: the plan fixes the rate and the cap, not what a
    // departure midway does to the claim.
    id: 'ojt_left_midway',
    test: /(以工代训|代训)[^。？?]{0,24}(离职|辞职|走了|跑了|不干了|没干满|中途|半路)[^。？?]{0,16}(还能|能不能|还给|给不给|还补|补不补|算不算|怎么算|咋算|还算|能补|能领|能报|还有)|(离职|辞职|走了|不干了)[^。？?]{0,16}(以工代训|代训)[^。？?]{0,10}(还能|能不能|还给|给不给|还补|补不补|算不算|怎么算|咋算|还算)/,
    what: '以工代训人员中途离职的，已开展月份的补贴怎么处理',
    clause: '六(一)',
    quote: /开展以工代训/,
  },
  {
    // 疫情那年厂里停工两个月 以工代训的月数能接着往后算不: the plan counts months of 以工代训 up to six;
    // what a stoppage in between does to the count it does not say.
    id: 'ojt_interrupted',
    test: /(停工|停产|停了|歇了|放假|放了[^，,。？?]{0,4}假|中断|断了|封控|疫情)[^。？?]{0,20}(以工代训|代训)?[^。？?]{0,8}(月数|几个月|月份)?[^。？?]{0,6}((接着|往后|连着|接续|续上|累计|合并|顺延)[^。？?]{0,6}(算|计)|(还)?算不算(数)?|还算数|算数不)/,
    what: '以工代训中途停工、中断的月数如何计算',
    clause: '六(一)',
    quote: /最长不超过6个月/,
  },
  {
    // 以工代训的钱 合作社要分给干活的人不: the subsidy goes to the unit; what it does with it is unsaid.
    id: 'ojt_share_with_workers',
    // 俺在厂里边干边学 那200块钱是发给俺的不: the worker asking, in the words workers use for it.
    // (The quote names the units paid; the sentence's 200 元 would read as the worker's sum.)
    test: /(以工代训|以训代工|边干边学|边学边干|代训)[^。？?]{0,24}(钱|补贴|补助|200|二百)[^。？?]{0,12}(分给|发给|给到|要给|给不给|分不分|是给)[^。？?]{0,6}(干活|工人|员工|职工|个人|本人|他们|学员|俺|我)/,
    what: '单位领到的以工代训补贴是否要分给参训职工（补贴是给吸纳就业并开展以工代训的单位的）',
    clause: '六(一)',
    quote: /各类生产经营主体吸纳贫困劳动力/,
  },
  {
    // 到哪个窗口递材料: where in person and with what papers — the plan names only the online platform.
    id: 'office_window',
    test: /窗口|(办事|服务|政务|办证)大厅|柜台|(去|到|在)哪(个|里|儿)?(办|交|递|提交|申请|送)[^，,。？?]{0,3}(材料|资料|证明)|递(交)?(材料|资料)/,
    what: '申领补贴的办理窗口和要带的材料',
    clause: '五(四)',
    quote: /网上经办服务平台/,
  },
  {
    // 培训工作量按啥比例折成全日制学生的: the plan says only 按一定比例 (四(二)).
    id: 'workload_ratio',
    test: /(工作量|课时|培训量|学时)[^，,。？?]{0,16}(折算|折成|折合|换算|算成|抵成|顶)|(折算|折成|折合|换算)[^，,。？?]{0,14}(全日制|学生|工作量)/,
    what: '学校培训工作量折算成全日制学生培养工作量的具体比例',
    clause: '四(二)',
    quote: /按一定比例折算/,
  },
  {
    // 残疾学员的培训补贴会不会高一些: a higher rate for a group — the plan fixes no rate at all
    // (以工代训's 200元 is one figure for every group it names, asked elsewhere).
    id: 'group_rate',
    test: /^(?!.*(以工代训|设备|工作室|基地))(?=.*(补贴|补助|补|钱))(?=.*(残疾|贫困|建档立卡|退役|退伍|农民工|失业|下岗|两后生|毕业生|困难|妇女|女性|老人)).*(高一些|高一点|高点|高些|多一些|多一点|多点|多些|多给|更多|更高|上浮|提高|加码|额外|加补|翻倍|比[^，,。？?]{0,8}(多|高)|(除了|除去|之外|以外)[^，,。？?]{0,12}(还|另外|额外|再)|另外(再)?(有|给|补|发|加)|(再|多)(多)?(领|拿|给|补|发|要)(一份|一笔|一些|一点)|叠加)/,
    what: '按人群（如残疾人）提高或另外叠加的培训补贴标准',
    clause: '七(二)',
    quote: /按规定给予职业培训补贴/,
  },
  {
    // 先自己垫培训费再报销，还是直接免费: who pays first — the plan says only that a subsidy is given
    // after training (七(二)); the free training of the poor (三(三)) and the 50% advance are settled.
    id: 'pay_upfront',
    test: /^(?!.*(项目制|先行|拨付|预拨|先拨|贫困|建档立卡))(?=.*(培训|学费|学员|上课|考证|补贴)).*((先|提前)(自己)?[^，,。？?]{0,3}(垫|掏|交|付|出)[^，,。？?]{0,3}(钱|费|培训费|学费)|垫付|垫钱|垫资|自掏腰包|(事后|之后|然后|再|后)[^，,。？?]{0,3}(报销|返还|退还|退钱|返钱)|免费(的)?还是|还是(直接)?免费|不用(先)?(交|掏|出)钱)/,
    what: '参训人员是先自付培训费、事后申领补贴，还是免费参加',
    clause: '七(二)',
    quote: /按规定给予职业培训补贴/,
  },
  {
    // 以工代训期间工资最低发多少: the 200 元 is paid to the unit, not a wage; the plan sets no wage.
    id: 'ojt_wage',
    test: /(以工代训|代训)[^。？?]{0,16}(工资|薪水|工钱|薪资|底薪)[^。？?]{0,12}(最低|多少|标准|至少|不低于|几千|下限|保底)|(工资|薪水|工钱|底薪)[^。？?]{0,8}(最低|至少|不低于)[^。？?]{0,12}(以工代训|代训)/,
    what: '以工代训期间职工工资的标准（以工代训补贴给的是单位，不是职工工资）',
    clause: '六(一)',
    quote: /开展以工代训/,
  },
  {
    // 企业注销了 已拨付的补贴要不要退: what happens to money paid when the unit closes.
    id: 'refund_on_closure',
    test: /(注销|倒闭|破产|关门|停业|歇业|关停)[^。？?]{0,20}(退回|退还|追回|收回|返还|退钱|要回)|(退回|退还|追回|收回|返还)[^。？?]{0,8}(补贴|资金|钱)[^。？?]{0,10}(注销|倒闭|破产|关门|停业)/,
    what: '单位注销、停业后已拨付补贴是否退回',
    clause: '六(三)',
    quote: /骗取补贴资金/,
  },
  {
    // 外地户口 在郑州住多久才算常住地: the plan names 常住地 and never says what makes a place one.
    id: 'residence_criteria',
    test: /(住|居住|待|呆|生活)(了)?(多久|多长时间|几年|几个月|满几年)[^。？?]{0,8}(算|才算|能算)[^。？?]{0,4}常住|常住地[^。？?]{0,8}(怎么|咋|如何)(算|认定|界定|证明)|(啥|什么)(叫|算|是)常住地|常住地[^。？?]{0,4}(要|得|需要)(啥|什么)(证明|手续)/,
    what: '“常住地”如何认定（居住多久、要什么证明）',
    clause: '七(二)',
    quote: /户籍地、常住地、求职就业地/,
  },
  {
    // 一线职工培训没达到60% 会被罚款吗: the plan sets the duty and names no sanction for missing it
    // (the cheating it punishes, 六(三), is another matter).
    id: 'penalty',
    test: /^(?!.*(骗|套取|虚假|虚报|冒领))(?=.*(罚款|处罚|罚钱|挨罚|被罚|追责|罚多少|受罚)).*(没达到|没有达到|没到|不到|达不到|不够|低于|不足|没有用够|少于|没按)/,
    what: '未达到要求时的处罚',
    clause: '六(二)',
    quote: /60%以上用于一线职工培训/,
  },
  {
    // 信用支付 具体流程咋走: the plan asks to explore it and sets no procedure.
    id: 'credit_payment',
    test: /信用支付[^。？?]{0,10}(流程|怎么|咋|如何|步骤|手续|办法|具体)/,
    what: '培训补贴信用支付的具体办法和流程',
    clause: '五(四)',
    quote: /信用支付/,
  },
  {
    // 劳务派遣过去的人 补贴归派遣公司还是用工单位: the plan pays the unit that took the person on and
    // says nothing of dispatched labour.
    id: 'dispatched_labour',
    // Only the question of whose it is: a dispatch agency telling its own hires (签合同、交社保的是我们)
    // is an employer like any other, and its case is computed.
    test: /^(?=.*(劳务派遣|派遣))(?=.*((归|算|给|发给|打给|是|由)(谁|哪个|哪家|哪边|哪方|哪一方)|派遣(公司|单位|方)?(报|领|申请)?还是|还是[^。？?]{0,8}(派遣|用工|厂|公司|单位)|谁(来|去)?(报|申请|领|拿|申领)|(派遣|用工)(单位|公司|方)(能|可以)(报|领|申请))).*/,
    what: '劳务派遣人员的以工代训补贴归派遣单位还是用工单位',
    clause: '六(一)',
    quote: /企业、农民专业合作社和扶贫车间等各类生产经营主体/,
  },
  {
    // 以工代训不满整月的 按天折算吗: the plan counts whole months (每人每月, 最长6个月) and says
    // nothing of a month begun.
    id: 'partial_month',
    test: /(不满|不足|不够|没满|没够)(整)?(一个|1个)?月|按天(折算|算|计算|计)|折算成天|零头的?天数|半个月(怎么|咋|算不算)/,
    what: '不满整月时以工代训补贴是否按天折算',
    clause: '六(一)',
    quote: /以工代训补贴和新录用人员岗前技能培训补贴不得重复享受/,
  },
  {
    // 头一回没考过 补考那回还给补贴不: the plan pays on a certificate obtained and says nothing of a
    // second sitting (its fee, or the subsidy after it).
    id: 'retake',
    test: /^(?!.*(科目[一二三四]|驾照|驾驶证|车本))(?=.*(补贴|补助|钱|费|报销|给补|能补))(?=.*(补考|重考|没考过[^。？?]{0,8}再考|考了两回才过))/,
    what: '第一次没考过、补考的费用和补考后的补贴',
    clause: '七(二)',
    quote: /取得相应证书的/,
  },
  {
    // 学一半不去了 补贴还退不退: what a trainee who drops out owes — the plan pays on a certificate
    // obtained (七(二)) and says nothing of money for a course left half done.
    id: 'dropout_refund',
    test: /^(?!.*(教育经费|工资总额|税前|一线))(?:.*(没考过|没考上|没通过|考试没过|证没拿到)[^。？?]{0,10}(补贴|钱)?[^。？?]{0,4}(要退|退不|退回|返还|交回|还钱)|.*(学|培训|上课|课)[^。？?]{0,6}(一半|没学完|没上完|中途|半路|不去了|不学了|退学|退出|放弃)[^。？?]{0,16}(退|返还|交回|还钱|要回|追回)|(中途|半路)(退出|退学|不学|不去|放弃)[^。？?]{0,12}(补贴|学费|培训费|钱))/,
    what: '培训没学完或没考过时，已领补贴或培训费是否退还',
    clause: '七(二)',
    quote: /按规定给予职业培训补贴/,
  },
  {
    // 参加培训要我自己出钱吗: what a trainee pays himself — the plan gives a subsidy after training
    // (七(二)) and free training only to poor labour (三(三)), never a trainee's own share.
    id: 'trainee_pays',
    test: /^(?!.*(贫困|建档立卡|低保|企业|公司|单位|厂|合作社|车间|机构))(?=.*(培训|学费|上课|去学|想学|学(个|门|点)|考证))(?=.*(我|俺|自己|个人|学员)).*((要|得|用|需要)(我|俺|个人|自己|学员)(自己)?[^，,。？?]{0,3}(掏|出|交|付|花)(钱|费|学费|培训费)?|(自己|个人|我|俺)(要|得)?(掏|出|交|付)(钱|多少|学费|培训费)|(掏|出)多少(钱)?)/,
    what: '参训人员个人是否承担培训费用、承担多少',
    clause: '七(二)',
    quote: /按规定给予职业培训补贴/,
  },
  {
    // 设备按含税价还是不含税价算: what the 设备总值 includes — the plan gives the share, not the base.
    id: 'tax_inclusive',
    test: /^(?=.*(设备|购置|总值|价值|金额|价格|价款)).*(含税|不含税|含不含税|税前价|税后价|价税|(算|包括|包含|含)[^，,。？?]{0,3}(增值税|税费|税款)|(增值税|税)(算不算|算|要不要|包不包|含不含))/,
    what: '设备总值是否含税（按含税价还是不含税价计算）',
    clause: '四(一)',
    quote: /新购置实训设备总值/,
  },
  {
    // 领到的补贴要交企业所得税吗: how a subsidy received is taxed is the tax rules', never a figure
    // of the plan (its only tax words are the education fund's 8% 税前扣除, 六(二), a separate rule).
    id: 'subsidy_tax',
    test: /^(?!.*(教育经费|税前扣除|工资薪金|结转))(?=.*(补贴|补助|奖补|以工代训|这笔钱|这钱)).*(所得税|个税|(交|缴|纳|上|扣|征)(个)?税|纳税|应税|免税|企业收入)/,
    what: '领取的补贴是否要缴纳所得税（企业所得税、个人所得税等税务处理）',
    clause: '五(四)',
    quote: /优化培训补贴支付方式/,
  },
  {
    // 方案到期后会自动延续吗 / 有没有顺延: the plan sets its own period and says nothing of renewal.
    id: 'renewal',
    // Only of the plan itself (方案/文件/到期 …), never 以工代训能延长几个月 (a rule's months).
    test: /^(?=.*(方案|文件|政策|这个文|号文|到期|期满|过期|结束|2021))(?!.*(几|多少)个?月).*(自动(延续|续期|延期|顺延|续)|(延续|续期|延期|顺延|展期|续签|续上|延长)(施行|执行|实施|有效期|期限)?(吗|么|不|没|了没|没有|呢|嘛|[?？]|$)|(能|会|可以|有没有|有没)[^，,。？?]{0,4}(延续|续期|延期|顺延|展期|延长))/,
    what: '到期（2021年12月31日已结束）后自动延续、延期或续期',
    clause: '二',
    quote: /2019\s*[—–-]\s*2021年/,
  },
  {
    // 报名是网上报还是得本人去: how one enrols — the plan speaks only of applying for the subsidy online.
    id: 'enrol_channel',
    test: /^(?=.*(报名|报班|报培训|报个|报上|参加培训|参训)).*((网上|线上|在线|手机上?|网络)[^，,。？?]{0,8}(还是|或者|行不|可以吗|能不能|能吗)|还是[^，,。？?]{0,6}(现场|本人|亲自|线下|跑一趟|到场|去一趟)|(现场|线下|本人|亲自)[^，,。？?]{0,4}(报名|去)[^，,。？?]{0,4}(还是|吗|不|么)|(网上|线上)[^，,。？?]{0,2}(能|可以)?(报名|报)[^，,。？?]{0,4}(吗|不|么|没))/,
    what: '参加培训是网上报名还是现场报名',
    clause: '六(三)',
    quote: /网上申报/,
  },
  {
    id: 'living_allowance',
    // 每天有补助没: a daily allowance while training is the same open question, and so is board
    // and lodging (包不包食宿, 中午管饭不) — asked for, not 住的地方 named as a place (不是住的地方).
    test: /生活费|生活补助|生活补贴|伙食|包吃|吃住|住宿|管饭|误工|食宿|包住|管吃|管住|宿舍|(有|管|安排|提供|给)(没有|不)?(个)?住的地方|住的地方(管|给|安排|提供|有没有|有吗)|(提供|安排|有没有|有)(午饭|午餐|工作餐|盒饭)|餐补|饭补|(每天|一天|每日|天天)[^，,。？?]{0,4}(补助|补贴|给钱|有钱)/,
    what: '生活费补贴的标准和发放办法',
    clause: '六(一)',
    quote: /生活费补贴/,
  },
  {
    id: 'transport',
    test: /交通补贴|交通费|路费|车费|油费/,
    what: '交通补贴',
    clause: '七(二)',
    quote: /职业培训补贴/,
  },
  {
    // 先拨了一半 剩下的几时拨: the plan allows an advance (先行拨付) and says nothing of the rest.
    id: 'advance_rest',
    test: /^(?=.*(先行拨付|先拨|预拨|先行|拨付|拨了一半|给了一半|先给了|50%|一半))(?=.*(剩下|剩余|其余|余下|另一半|另外一半|尾款|余款|后一半|后面的钱|剩的)).*(几时|哪天|哪一天|什么时候|啥时候|啥时|何时|多久|多长时间|哪个月|几月|什么时间|怎么(拨|给|结)|(拨|给|结|到)(不|没))/,
    what: '先行拨付之后，剩余培训补贴资金的拨付时间和办法',
    clause: '六(一)',
    quote: /先行拨付/,
  },
  {
    id: 'payment_time',
    // 钱也到账了 says it came; only asking when it comes is the subject.
    test: /到账(了)?(吗|么|没|没有|不)|(没|还没|咋还没|怎么还没)(到账|发下来)|发下来(了)?(吗|么|没)|(什么时候|啥时候|啥时|几时|哪天|哪一天|什么时间|何时|多久|几天|多少天|几个月|多少个月|多长时间).{0,6}(发|到|给|拨|批|审|办|下来)|(审核|审批|办理).{0,4}(多久|多少天|几天|多长时间)/,
    what: '补贴审核和发放的时间',
    clause: '五(四)',
    quote: /网上经办|支付方式/,
  },
  {
    // 按月发还是攒着一起发: the plan fixes how much, never in how many instalments or how often —
    // except the equipment subsidy (一次性) and the advance of project training (先行拨付50%).
    id: 'payment_schedule',
    // Not 每个月给多少 (the amount), nor 两种补贴能一起给吗 (the no-double rule).
    test: /(一个季度|一季度|每季度|季度)[^。？?]{0,8}(一块|一起|一次)?(报|发|给|申请|结)|^(?!.*(设备|工作室|基地|项目制|先行|预拨|先拨|多少|几(块|百|千|万|个钱)|金额|标准|重复|同时|按月算|按人头|按人算|怎么算|咋算)).*((按|每)(个)?(月|季|季度|年|半年)[^，,。？?]{0,3}(发|给|拨|打|付|结|到)|分(几|多少|两|三)?(次|批|期)[^，,。？?]{0,2}(发|给|拨|打|付|到|结)|(一次(性)?|统一|最后)[^，,。？?]{0,3}(发|给|拨|打|付|结)(完|清|齐)?|(发|给|拨|付)(几|多少)(次|回|批))/,
    what: '补贴分几次、按什么周期发放',
    clause: '五(四)',
    quote: /支付方式/,
  },
  {
    // 以工代训的人得签几年劳动合同 / 众包骑手没签合同算不算吸纳就业: the plan asks 就业 and months,
    // never a contract or its term. (均已签订劳动合同, told of the hires, asks nothing of it.)
    id: 'labour_contract',
    test: /(劳动)?合同[^，,。？?]{0,6}(签几年|几年|多久|多长|期限|有没有要求|有啥要求|什么要求)|(要不要|必须|得|需不需要|需要|用不用)签(订)?(劳动)?合同|签[^，,。？?]{0,4}(几年|多久|多长)[^，,。？?]{0,4}合同|(没签|不签|未签|没有签)(劳动)?合同[^。？?]{0,16}(算不算|能不能|可不可以|行不行|算)/,
    what: '吸纳人员是否须签劳动合同、合同期限，以及未签合同（如众包）是否算吸纳就业',
    clause: '六(一)',
    quote: /以工代训/,
  },
  {
    // 以工代训补贴一年能申几回: how often one applies, which the plan leaves to the procedure.
    id: 'apply_frequency',
    // (A person's own training — 考了证, 想学个电脑 — asks the yearly limit of 七(二), which the plan does fix.)
    test: /^(?!.*(职业培训补贴|考证|证书|培训补贴|培训|[学考拿]了?[个门]?[^，,。？?]{0,4}证|想学|学个|学了)).*(一年|每年|一个月|每月)[^，,。？?]{0,4}(能|可以)?(申|报|申请|申报)[^，,。？?]{0,2}(几回|几次|多少次|几趟)/,
    what: '补贴的申报次数和申报周期',
    clause: '五(四)',
    quote: /网上经办/,
  },
  {
    // 考几级证比较好 / 学哪个手艺吃香: advice on a choice, which the plan does not give.
    id: 'which_to_choose',
    test: /(考|学|报)(哪个|哪种|哪一个|哪一种|几)(级|等级|个|种|门)[^。？?]{0,8}(划算|比较好|好些|更好|合适|值|吃香|有前途|好找(工作|活)|挣钱)|(哪个|哪种|什么|啥)(工种|专业|手艺|技术|证)[^。？?]{0,6}(划算|比较好|更好|吃香|有前途|好找(工作|活)|挣钱|值得)/,
    what: '该学哪个工种、考哪个等级证书的建议',
    clause: '七(二)',
    quote: /按规定给予职业培训补贴/,
  },
  {
    // 培训完给不给安排工作: placement after training is no part of the plan's text.
    id: 'job_placement',
    test: /(安排|分配|包分配|推荐|介绍)(个)?(工作|就业|岗位|活儿?|活计|单位|雇主)|包分配|管(不管)?(分配|就业|工作)/,
    what: '培训后是否安排就业',
    clause: '三(二)',
    quote: /开展形式多样的技能培训/,
  },
  {
    // 批不下来能找谁复议 多少天答复: appeals and time limits are administrative law, not the plan's text.
    id: 'appeal',
    test: /复议|申诉|行政诉讼|批不下来|不给批|没批下来|被驳回|驳回了|多少(个)?(工作)?日内|多少天内/,
    what: '补贴申请不获批时的复议办法和答复时限',
    clause: '五(四)',
    quote: /优化培训补贴支付方式/,
  },
  {
    // 能不能给点启动资金 / 开业有补贴没: the plan offers entrepreneurship training, no money to start.
    id: 'startup_money',
    test: /启动资金|开业[^，,。？?]{0,2}(补贴|补助|资金)|创业(补贴|补助|资金|扶持资金)|一次性创业|给点(本钱|资金)/,
    what: '创业启动资金或开业补贴',
    clause: '三(八)',
    quote: /创业培训/,
  },
  {
    // 超过8%的部分能结转到下一年吗: carrying the excess forward is the tax rules', not the plan's.
    id: 'carry_forward',
    test: /结转|往后(年)?(扣|抵)|下一?年(再|接着)?(扣|抵)/,
    what: '超过扣除限额部分的结转办法',
    clause: '六(二)',
    quote: /税前扣除限额/,
  },
  {
    // 培训完了过多长时间就不让申请补贴了: the plan grants the subsidy on a certificate obtained and
    // sets no time limit for claiming it.
    id: 'claim_deadline',
    test: /(培训完|学完|结业|拿证|取证|考完)[^。？?]{0,8}(过|隔)?(多长时间|多久|几个月|几天|多少天)[^。？?]{0,8}(不让|不能|不给|就不)[^。？?]{0,4}(申请|申领|领|报)|申请(的)?(期限|时限|截止时间)|(多长时间|多久)(之内|以内|内)[^。？?]{0,6}(申请|申领|报)/,
    what: '培训结束后申请补贴的期限',
    clause: '七(二)',
    quote: /取得相应证书的/,
  },
  {
    // 21年12月开班 22年1月才结业拿证 还算不算 / 21年底没来得及申请的 22年还给不给发: what straddles the
    // plan's end (2021-12-31) it does not settle.
    id: 'straddles_end',
    test: /(20)?21年(底|末|年底|12月|十二月)[^。？?]{0,24}(20)?2[2-9]年|(20)?2[2-9]年[^。？?]{0,12}(结业|拿证|取证|申请|补报|补申请|发)[^。？?]{0,12}(还算不算|算不算|还给不给|给不给|还能不能|还算|还给)|(没来得及|来不及)(申请|报|申领)/,
    what: '方案到期前后跨期的培训和申请如何处理',
    clause: '一',
    quote: /坚持目标导向/,
  },
  {
    // 结束以后有新的文件接上没: what followed the plan is no part of it.
    id: 'successor',
    test: /(结束|到期|过期)(了)?(以后|之后|后)?[^，,。？?]{0,6}(还)?(延不延|延期|延长|顺延)|(结束|到期|过期)(了)?(以后|之后|后)[^，,。？?]{0,10}(新的?|别的|后续|接续)[^，,。？?]{0,4}(文件|政策|方案)|(新的|后续|接续)(文件|政策|方案)[^，,。？?]{0,6}(接上|接替|出台|有没有|有吗|有没)|有(没有)?(新的)?(文件|政策|方案)(接上|接着|接替)/,
    what: '本方案结束后接续的政策文件',
    clause: '一',
    quote: /坚持目标导向/,
  },
  {
    id: 'age',
    // 俺这岁数 一年最多享受几回: the yearly times are asked (七(二)), the age only said in passing.
    // 养老金我这岁数还没到领的时候: an age said of the pension is a fact of the case, not this question.
    test: /^(?!.*(一年|每年|年内)[^，,。？?]{0,10}(几|多少)(次|回))(?!.*(养老金|退休金)[^，,。？?]{1,8}(年龄|年纪|岁数))(?=.*(年龄|年纪|岁数|多大岁|(\d{2}\s*岁|[二三四五六七]十[一二三四五六七八九]?岁)(数)?(了|啦)?[^。？?]{0,10}(以上|以下|往上|超过|还能|还可以|还让|能不能|让不让|收不收|要不要|行不行|中不中|限制|超龄|太大|大了|老了|算不算|够不够|超了|还行|还中)))/,
    what: '参加培训的年龄限制',
    clause: '六(一)',
    quote: /养老金/,
  },
  {
    id: 'materials',
    // 残疾人需要什么证明才算: the papers that make one of a group — its recognition, not an application's.
    // (办营业执照要带啥材料: another office's papers, not a subsidy's.)
    test: /^(?!.*(才(能)?算|认定|界定|营业执照|执照|工商|税务登记|护照|驾照|结婚证)).*((哪些|什么|啥|哪几样|哪几种|哪样|几样)(的)?(材料|证明|手续|资料)|(材料|资料).{0,4}(哪些|什么|啥|哪几样|几样)|带(什么|啥|哪些)|准备(什么|啥|哪些|哪几样|几样))/,
    what: '申领要带哪些材料',
    clause: '五(四)',
    quote: /证明材料/,
  },
  {
    // 学完给发证书不: the plan pays on a certificate obtained; it says nothing of issuing one.
    id: 'certificate_issue',
    test: /(发|颁|给|出)(啥|什么|哪种)?(不|没)?(发|给)?(个|张|本)?(证书|证)(?!明)|发的是(啥|什么|哪种)(证书|证)|(有|拿得到|能拿到|能拿|拿到|能领)(个|张|本)?(证书|证)(吗|没|不|么|嘛|呢)|证书(发|给)(吗|不|没)|(证书|证)[^，,。？?]{0,3}(谁|哪里|哪儿|哪个)[^，,。？?]{0,3}(发|颁|给|出)|(谁|哪里|哪儿|哪个部门)(来)?(发|颁)(证|证书)/,
    what: '培训后是否发证书、由谁发证',
    clause: '七(二)',
    quote: /取得相应证书/,
  },
  {
    // 就业困难人员怎么认定: the plan names its groups but recognises none of them.
    id: 'criteria_hard_to_employ',
    test: /(就业困难|困难人员).{0,8}(认定|界定|标准|怎么算|算不算)|(什么样|哪些|啥样|什么)的?人.{0,4}算.{0,4}就业困难|算(不算)?就业困难/,
    what: '就业困难人员的认定标准',
    clause: '三(二)',
    quote: /就业困难人员/,
  },
  {
    // 边缘易致贫户 / 已经脱贫的户 还按建档立卡对待不: households beside or past the register — the
    // plan names only 贫困劳动力 and 建档立卡, never these.
    id: 'criteria_poverty_edge',
    test: /(边缘(易致贫)?户|易致贫|脱贫(摘帽)?(了|的)?(户|人|家庭)|已(经)?脱贫|脱贫摘帽|监测(对象|户)|低保户)[^。？?]{0,20}(能|算|按|享受|对待|当|属于|包括|包含|参加|免费)/,
    what: '边缘易致贫户、已脱贫户、低保户等是否按建档立卡贫困劳动力对待',
    clause: '三(三)',
    quote: /贫困劳动力/,
  },
  {
    id: 'criteria_poor',
    test: /(贫困户|贫困家庭|贫困劳动力|建档立卡).{0,10}(认定|界定|(?<!补[贴助]?的?)标准是|怎么算|算不算|以下|以内)|收入.{0,8}(以下|以内|多少).{0,6}算|(什么样|哪些|啥样)的?(人|家庭).{0,4}算.{0,4}贫困|算(不算)?贫困/,
    what: '贫困户（贫困劳动力）的认定标准',
    clause: '三(三)',
    quote: /贫困劳动力/,
  },
  {
    id: 'criteria_zero_employment',
    test: /零就业.{0,8}(认定|界定|标准|怎么算|算不算)/,
    what: '零就业家庭的认定标准',
    clause: '六(一)',
    quote: /零就业家庭/,
  },
  {
    id: 'place',
    test: /(去|到|在)哪(里|儿|个地方)?(上课|培训|学|参加培训|听课)|(哪些|什么|哪个)地方.{0,4}(考|学|培训|上课)|哪里(能|可以)(考|学|培训)|上课(地点|地方|在哪)|培训(地点|地方)|(哪个|哪家|哪些)(学校|机构|培训学校|培训机构).{0,4}(能|可以)?(学|上|培训|报名)/,
    what: '在哪里参加培训（具体的培训机构和地点）',
    clause: '七(二)',
    quote: /培训机构目录/,
  },
  {
    id: 'deadline',
    // 最晚几月份交申请: a month or day by which to apply is a deadline, however put.
    // 拿证以后多长时间内得去申请 过期了还认不认: the window after the certificate, however put.
    test: /(多长时间|多久|几个月|几天|多少天)(之内|以内|内)[^，,。？?]{0,8}(申请|申报|报|领|办)|过期(了)?[^，,。？?]{0,3}(还)?(认|算|能|给|作数|有效|管用)|(几月|几号|哪天|哪一天|什么时候|啥时候|何时|哪个月)(份)?(之前|以前|前|为止)?.{0,6}(截止|开始申报|开始报名|申报|报名|交申请|提交|递交|报上|报送|交(材料)?(?=$|[吗呢?？])|报(?=$|[吗呢?？]))|截止(时间|日期|到|是)|(申报|报名|申请)(时间|日期|期限|时限)|(申报|报名).{0,4}(截止|什么时候截)|(最晚|最迟|最后期限)[^，,。？?]{0,6}(几月|几号|哪天|什么时候|啥时候|何时|哪个月|日期|时间)/,
    what: '申报、报名的时间和截止日期',
    clause: '五(四)',
    quote: /网上经办服务平台/,
  },
  {
    // 一个班至少几个人才开: the plan fixes no class size for subsidised training.
    id: 'class_size',
    test: /(班|一期|每期|开班|开课)[^，,。？?]{0,8}(最少|至少|最多|起码|最低|下限|上限|多少|几)(个)?(人|学员|名|位)|(班|培训)?人数[^，,。？?]{0,4}(下限|上限|要求|限制|最少|至少|最低|多少)|(凑|招|报)(够|满|齐)[^，,。？?]{0,2}(几|多少)(个)?(人|学员|名)|(几|多少)(个)?(人|学员|名)(以上)?(才能|才可以|才|可以|能)(开班|开课|开)/,
    what: '培训班的开班人数',
    clause: '七(二)',
    quote: /培训课时/,
  },
  {
    id: 'website',
    test: /网址|网站|链接|网页|\bapp\b|APP|小程序|公众号|(哪个|什么)(平台|系统).{0,4}(申报|申请|报名|填)/i,
    what: '网上申报的网址或平台入口',
    clause: '五(四)',
    quote: /网上经办服务平台/,
  },
  {
    id: 'class_hours',
    // 一天上几个小时: hours a day or a week are class hours too (never 几个月, which 以工代训 fixes).
    // 一期班要上多少天 / 课程持续多久: the length of a course, however put.
    test: /课时|学时|上(几|多少)(天|节|个月|周)的?课|(培训班|一期|每期|这期|课程|班)[^，,。？?]{0,6}(要|得|需要)?(上|学|培训|持续|开)?(几|多少)(天|周|个星期|节课)|(课程|培训班|一期|每期)[^，,。？?]{0,4}(持续|要|得)?多(长|久)|培训(几|多少)(天|周|个月|节)|(学|培训|上课)(要|得)?多(长|久)(时间)?|(几|多少)(个)?(小时|钟头|钟点)|(每天|一天|每日|每周|一周|一星期)[^，,。？?]{0,8}(学|上|培训|上课)(满|够|足)/,
    what: '培训的课时和天数',
    clause: '七(二)',
    quote: /培训课时/,
  },
  {
    // 考证的报名费能报销吗: the plan pays a training subsidy on a certificate obtained; of the fees
    // of the assessment or the exam it says nothing.
    id: 'fee_reimbursed',
    test: /^(?=.*((鉴定|评价|考试|考证|报名|取证|发证|认定)(的)?(费|费用)))(?=.*(报销|报不|给报|能报|可以报|报吗|报么|退|返还|返|补|免|管不管|包不包|谁出|谁掏|谁付|自己(出|掏|付)))/,
    what: '技能鉴定（评价）、考试、报名等费用能否报销或补贴',
    clause: '七(二)',
    quote: /按规定给予职业培训补贴/,
  },
  {
    // 机构目录多久更新一回: the plan says the lists are managed dynamically (动态管理), no period.
    id: 'catalogue_revision',
    test: /(目录|名录|名单|清单)[^，,。？?]{0,10}(多久|多长时间|几年|每年|一年|几个月|定期|隔多久|多少年|频率|周期|啥时候|什么时候|多会儿)[^，,。？?]{0,6}(更新|调整|修订|修改|变动|变|更改|公布|换|调)|(目录|名录|名单|清单)[^，,。？?]{0,4}(更新|调整|修订)[^，,。？?]{0,4}(频率|周期|多久|几次)/,
    what: '培训机构目录、评价机构目录的调整（更新）周期',
    clause: '七(二)',
    quote: /动态管理/,
  },
  {
    id: 'reimbursement_share',
    // Not the shares the plan does fix (设备总值的20%, 先行拨付50%, 培训收入的50%, 一线职工60%).
    // A share with no word of money (技能劳动者占就业人员几成) asks one of the plan's targets (二).
    test: /^(?!.*(设备|拨付|先拨|项目制|公用经费|培训收入|一线|教育经费|占比|工作室|基地))(?=.*(报|补|钱|费|给)).*((报销|补贴|补助|补).{0,4}(百分之多少|百分之几|比例|几成)|百分之多少|几成|比例是?多少)/,
    what: '培训补贴按多大比例报销',
    clause: '七(二)',
    quote: /按规定给予职业培训补贴/,
  },
  {
    id: 'list_occupations',
    // 学车考驾照 在不在补贴性培训目录里: whether one trade is listed, which the plan does not name.
    // 算不算统筹增补的10个工种: the plan adds 10 occupations but never lists them.
    test: /增补|(10|十)个(补贴)?(职业)?工种|目录.{0,6}(有哪些|哪些|是什么|具体|名单|清单)|(在不在|算不算|属不属于|有没有)[^，,。？?]{0,8}目录|目录里(有没有|头有没有|算不算)|(哪些|哪几个|哪10个|哪十个|什么)(补贴)?(职业)?工种|工种.{0,4}(有哪些|是哪些|是哪几个|名单|清单)/,
    what: '补贴职业工种目录的具体名单',
    clause: '七(二)',
    quote: /补贴职业工种/,
  },
  {
    id: 'account',
    // Not the education-fund deduction (抵扣的钱打到账上): that is no payment at all.
    // 补贴发给个人还是给培训学校: whom the money is paid to, either way round.
    // 钱打到公司账上还是给她本人 (a hire's 以工代训): the plan says the unit is paid (六(一)) — settled.
    // (打企业对公账户还是打职工个人卡 asks the account, which stays unsettled.)
    test: /^(?!.*(抵扣|扣除|抵税|教育经费))(?!.*(公司|企业|单位|厂|车间|合作社)[^。？?]{0,10}还是[^。？?]{0,2}(直接)?(给|发给|打给|发到|打到)[^。？?]{0,6}?(她|他|本人|员工|工人|职工|个人|贫困户|残疾人|人员|他们|她们)(本人)?(?![^。？?]{0,4}(卡|账))).*((打|发|转)(到)?.{0,4}(卡|账户|账上)|哪张卡|银行卡|哪个账户|(个人|本人|学员|自己|我)[^。？?]{0,8}还是[^。？?]{0,8}(机构|学校|培训班)|(机构|学校|培训班)[^。？?]{0,8}还是[^。？?]{0,8}(个人|本人|学员|自己|我))/,
    what: '补贴打到哪个账户',
    clause: '五(四)',
    quote: /支付方式/,
  },
];

/**
 * Bodies the plan names and funds but never defines (技能大师工作室, 扶贫车间, 产教融合型企业):
 * what it takes to be recognised as one is left to other rules.
 */
export const NAMED_BODIES: readonly PackNamedBody[] = [
  { test: /工作室/, name: '技能大师工作室', clause: '四(一)', quote: /技能大师工作室建设/ },
  { test: /产教融合型企业/, name: '产教融合型企业', clause: '四(一)', quote: /产教融合型企业/ },
  { test: /培训基地|实训基地|培养基地|公共实训|产教融合基地/, name: '高技能人才培训基地、实训基地', clause: '四(一)', quote: /高技能人才培训基地/ },
  { test: /扶贫车间|扶贫工厂|扶贫作坊/, name: '扶贫车间', clause: '六(一)', quote: /扶贫车间/ },
];

/**
 * Support the plan grants without a figure (一定资金奖补, 加大支持力度, 一定倾斜, 按规定落实奖励):
 * asked how much, the answer is that the plan does not say; asked how it is run, `procedure` is
 * what it leaves open.
 */
export const UNFIXED_SUPPORT: readonly PackUnsettledSubject[] = [
  // 国家新公布的职业 培训补贴按啥标准: the plan points to the priority class's standard, without its figure.
  { id: 'figure:priority_class', test: /优先支持类/, what: '优先支持类职业（工种）的培训课时和补贴标准', clause: '七(二)', quote: /优先支持类职业/ },
  { id: 'figure:new_occupation', test: /新职业|新公布的?(那些|那个)?(职业|工种)|新(的)?工种|新兴职业|新增(的)?职业/, what: '国家新公布职业的培训补贴具体金额', clause: '七(二)', quote: /国家公布的新职业/ },
  { id: 'figure:evaluator_selection', test: /评价机构遴选|遴选[^。？?]{0,6}评价机构|第三方评价机构/, what: '第三方评价机构的遴选标准', procedure: '第三方评价机构遴选的条件和办法', clause: '四(三)', quote: /第三方评价机构遴选/ },
  { id: 'figure:world_skills_base', test: /世赛|集训基地|世界技能大赛/, what: '世赛集训基地建设支持的具体金额', clause: '三(十五)', quote: /世赛集训基地/ },
  { id: 'figure:talent_awards', test: /技术能手|大工匠|突出贡献|岗位能手|带头人|评选/, what: '技能人才评选奖励的奖金', procedure: '技能人才评选的条件和办法', clause: '五(三)', quote: /技能人才评选奖励项目/ },
  { id: 'figure:chief_technician', test: /首席技师|特级技师/, what: '首席技师、特级技师的待遇标准', procedure: '首席技师、特级技师的评定条件和办法', clause: '五(三)', quote: /首席技师/ },
  { id: 'figure:mobilisation', test: /组织动员|(动员|发动)[^，,。]{0,8}(工作|参加|参训|培训)/, what: '培训组织动员工作奖补的标准', procedure: '培训组织动员工作奖补的办法', clause: '六(二)', quote: /组织动员/ },
  { id: 'figure:mentor', test: /^(?!.*(新型学徒|学徒制)).*(师带徒|带徒|徒弟[^，,。？?]{0,6}(给)?师傅[^，,。？?]{0,4}多少|师傅[^，,。？?]{0,4}(津贴|补贴))/, what: '“师带徒”津贴的标准', clause: '六(二)', quote: /师带徒/ },
  { id: 'figure:training_centre', test: /实训中心|教学工厂|校企共建|共建/, what: '校企共建实训中心的支持金额', clause: '四(一)', quote: /共建实训中心/ },
  { id: 'figure:running_costs', test: /(运行|运营|日常|建设|工作)经费/, what: '培训基地、工作室运行经费的金额', clause: '四(一)', quote: /高技能人才培训基地/ },
  { id: 'figure:assessment_fee', test: /(鉴定|评价|考试|考证|报名)(费|费用)|考(个)?证(要)?(交)?多少钱/, what: '技能鉴定（评价）和考试的收费标准', clause: '四(三)', quote: /评价机构/ },
  { id: 'figure:performance_pay', test: /绩效工资|倾斜/, what: '绩效工资倾斜的幅度', clause: '四(二)', quote: /一定倾斜/ },
];

/** The plan's groups, as it names them in 三(二) (its list of 就业重点群体), which it recognises nowhere. */
export const GROUP_CRITERIA = {
  groups: /退役军人|退伍军人|两后生|农民工|下岗失业人员|失业人员|残疾人|高校毕业生|毕业生/,
  clause: '三(二)',
  quote: /两后生|退役军人|下岗失业人员|就业困难人员|残疾人|农民工|毕业生/,
  // 三(二): 城乡未继续升学的初高中毕业生（以下简称“两后生”）.
  defined: /两后生/,
};
