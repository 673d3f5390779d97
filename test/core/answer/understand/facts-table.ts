/**
 * Labelled utterances → the facts a careful reader takes from them, written the way people type
 * on WeChat (short, unpunctuated, spaces for commas, typos, numerals in words).
 *
 * Paths follow the eligibility request (`groups`, `insured`, `hires[0].count`,
 * `equipment[0].valueYuan`); `hires[].x` is a fact said of the hires as a whole ("都干了8个月",
 * or no group named). `expect` is COMPLETE: any other fact read is a wrong fact. `unknown` lists
 * facts the person said they do not know (left open). `absent` names, for the reader of this
 * file, the guess a row is there to catch; it is implied by `expect` being complete.
 */

export type FactClass =
  | 'group'
  | 'negation'
  | 'insurance'
  | 'pre_job'
  | 'months'
  | 'multi_group'
  | 'numeral'
  | 'approximate'
  | 'unknown'
  | 'correction'
  | 'typo'
  | 'person'
  | 'student'
  | 'contract'
  | 'employer_money'
  | 'silence'
  | 'traditional'
  /** Mixed rows written after the reader was built, measured once before any change for them. */
  | 'mixed'
  /**
   * Everyday phrasings that left a fact unread and cost one more question (大半年, 去年三月到现在,
   * 做了5个月以工代训, spaces between statements), rough durations, replies that state other
   * facts, unknowns said after the fact: written and seen failing before the reader changed.
   */
  | 'everyday'
  /**
   * Third round, written and seen failing before the reader changed: two equipment sites in one
   * message, counts of machines that are not yuan, 岗前 without 培训补贴, X是X了 and double
   * negation, slips of 经费/工资薪金/岗前, a month of the year beside a duration.
   */
  | 'round3'
  /**
   * Fourth round, written and seen failing before the reader changed: a relative's own business
   * (姐夫开的公司), a business a school owns, one group told in parts with their own months and
   * claims, a months figure after a clause about the six months, 经费 drawn without 教育, two
   * sites of one kind, 万一 inside a sum and a count.
   */
  | 'round4'
  /**
   * Fifth round, classes read off the failures of held-out set v5 (which is tuned from then on) and
   * written in other words after the reader changed, as checks that the classes hold: everyday verbs of claiming
   * (没申过, 没要过, 没碰过), 有1个是X的, 要了个X, the same group named again as another lot, a
   * topic marker 那个 before the statement, 足足/整整, 以工代训那块应该是, insurance stopped, the
   * fund 走的/不是从, 职教经费, a fund spent (用了) for the deduction, 一半 of the fund to the front line.
   */
  | 'round5'
  /**
   * Sixth round, classes read off the failures of held-out set v6 (tuned from then on), written in
   * other words after the reader changed: 木 before a verb, financial numerals (but 退伍 stays),
   * a denial denied (也不是不交), a group denied after its name (贫困户不是), 村里出来打工的,
   * businesses by their trade (饭店, 作坊, 门市部), a run-on that asks "想问一下", 三回 as times.
   */
  | 'round6'
  /**
   * Seventh round, classes read off the failures of held-out set v7 (tuned from then on), written
   * in other words after the reader changed: 俩/仨 after a group, statements ending in 着呢,
   * 仓库 as a business, 不是领过 as a denial, a group denied by 没有 after its name, months from
   * a calendar range, 以前没学过, 开了个X 三年了.
   */
  | 'round7'
  /**
   * Eighth round, classes read off the failures of held-out set v8 (tuned from then on), written
   * in other words after the reader changed: 验收过没 as a question, a guess asked and denied
   * (教育经费出的？不是), other money (贷款买的), asides between a topic and its statement, a
   * group denied with its subject (他们不是), shops by name, 嘞, one site's purchases added up.
   */
  | 'round8'
  /**
   * Ninth round, classes read off the failures of held-out set v9 (tuned from then on), written
   * in other words after the reader changed: 社里 and 学院 as kinds of unit, up to five asides
   * between a topic and its statement, 倒是一个也没有 after a group, a payroll after a pause,
   * 一直干到年底 满六个月.
   */
  | 'round9'
  /**
   * Tenth round, classes read off the failures of held-out set v10 (tuned from then on), written
   * in other words after the reader changed: one part named out of a known total, 是不是…经费 asked
   * both ways, a lone sum in a message about buying equipment.
   */
  | 'round10'
  /**
   * Eleventh round, classes read off the failures of held-out set v11 (tuned from then on), written
   * in other words after the reader changed: 俺是…的公司, 整六个月, 超过六个月 in post, a group
   * denied by 一个都没招到, batches (头一批…第二批), a pause before a sum, 经费 beside a payroll.
   */
  | 'round11'
  /**
   * Twelfth round, classes read off the failures of held-out set v12 (tuned from then on), written
   * in other words after the reader changed: a marker and a bare 没 run together, 成员 before a
   * count, 工资 with a figure as an employer's word, 工资的百分之几 as no payroll, the place of
   * training in the clause after, 以前也没补过.
   */
  | 'round12'
  /**
   * Thirteenth round, classes read off the failures of held-out set v13 (tuned from then on),
   * written in other words after the reader changed: 贫困劳力, 困难的那3个, a shop by its trade
   * (馍店), 岗前那个培训补贴, a reply naming the fund, 户口在X 就在X学的, studios named 甲室/乙室.
   */
  | 'round13'
  /**
   * Fourteenth round, classes read off the failures of held-out set v14 (tuned from then on),
   * written in other words after the reader changed: 以工代训各N个月, the fund 列支, purchases in
   * batches (一批…一批) of one studio.
   */
  | 'round14'
  | 'round16'
  | 'round17'
  /**
   * Eighteenth round, classes read off the failures of held-out sets v26 and v27 (tuned from then
   * on), written in other words: 困难人员 as a group, a count in a clause of its own (有4个人), one
   * hire named by 有个/招个, a workplace between the verb and the span (来店里快一年了), upper
   * bounds (还不到半年), a question echoed before its answer, a self-correction inside a figure.
   */
  | 'round18'
  /**
   * Nineteenth round, classes read off the failures of held-out set v30 (tuned from then on),
   * written in other words: 国企 / 俺矿 / 俺们机构 as kinds, a legal form said of the unit
   * (公司制的), a negation after 的资格, a topic marked with 这块儿.
   */
  | 'round19'
  /**
   * Twentieth round (this session's own probes before new held-out sets): a noun that is its own
   * verb asked of oneself and answered (验收？前阵子通过了 / 验收？还没呢).
   */
  | 'round20'
  /**
   * Twenty-first round (this session's own words, classes read off held-out sets v46–v48): a
   * figure taken back in the same breath (3个 不对 4个), ten-thousands with a measure word (120个w),
   * sums added aloud or in 标段, a fact offered both ways (可能是…也可能是…), "the rest" after one
   * group named, a business's age from the year it opened.
   */
  | 'round21'
  /**
   * Twenty-second round (this session's own words, classes read off held-out sets v51–v53): a
   * relative's or friend's business (俺姐夫的厂子, 朋友家的合作社), the fund said as 是职工教育经费,
   * a figure taken back with 哦不对, a count right after a verb of hiring with no measure word
   * (招了一百二…), an aside between a noun and its verb (俺问了), 那个钱 as a topic mark, 都 opening a
   * statement before a group is named, 验收 typed by voice (验手).
   */
  | 'round22'
  /**
   * Twenty-third round (a session of issue 10): form-like lines with bare figures, colons, a
   * shortfall after a claimed span, a promise to file, a sum denied — seen failing before the change.
   */
  | 'round23'
  /**
   * Twenty-fourth round (a session of issue 10; classes read off held-out sets v68–v73, words this
   * file's own): a 就业困难 certificate held by disabled hires, a denial describing one hire, a
   * calendar month after its year, each group answering the months asked, an owner's own 创业培训.
   */
  | 'round24'
  /**
   * Twenty-fifth round (a session of issue 10; classes read off held-out sets v77–v79, words this
   * file's own): keycap digits, a word of how hires were taken on between count and group, a range
   * of 以工代训 months past the cap, an aside of whose company between 社保 and its statement, a
   * contract's start as the start of the job, the fund named as a form's 资金来源, an asker's own
   * guess of the amount, a claim said of an earlier batch, hotline relays, a first training ever,
   * a certificate of a past training, a trade named without 工/师.
   */
  | 'round25'
  /**
   * Twenty-sixth round (a session of issue 10; classes read off held-out sets v80–v82, words this
   * file's own): children or aunties counted by an employer are hires of their group, a relative's
   * school is not the unit, staff counted by their jobs make an employer, some of the staff said to
   * be of a group, a digit 0 for 零, 个来月, a slip taken back after 哎, an accountant's 工薪总额 and a
   * range of payroll, the fund giving for a site, a relative's training taken elsewhere, 没领啥.
   */
  | 'round26'
  | 'round27'
  | 'round28'
  | 'round29'
  /**
   * Thirtieth round (a session of issue 10; classes read off held-out sets v104–v105, words this
   * file's own): a noun that is its own verb before a question (参保, 能补吗), 验收 passed said before
   * the noun with who checked it, one site's purchases counted as 头回/二回, a form field inside a
   * line (岗前补贴:均无), an unknown whose question stands behind an aside.
   */
  | 'round30'
  /**
   * Thirty-first round (a session of issue 10; classes read off held-out sets v109–v111, words this
   * file's own): an earlier subsidised training named with its level beside this one's level, and an
   * exam of a named trade and level said as taken.
   */
  | 'round31'
  /**
   * Thirty-second round (a session of issue 10; classes read off held-out sets v120–v123, words this
   * file's own): a household with nobody in work said plainly, a card or status said not held after
   * its noun, nobody having said "not paid", a year written short read as a date, 凑够 / 以工代训 with
   * its object before the months, a site still to be inspected (还没验) and 合格 alone, 全是 of one site's
   * sum, the fund drawn beside the payroll without 了.
   */
  | 'round32'
  /**
   * Thirty-third round (a session of issue 10; classes read off held-out set v124, words this file's
   * own): a group told with 有N个 / a bare count opening each part's time at work (干够, 刚来, 进厂),
   * so each part keeps its own months employed; the kind of unit denied right after it (企业 不是); the
   * fund drawn as a rate of the payroll (按3%提的, 百分之二点五); a claim hedged then doubted, in the
   * clause that also names the row.
   */
  | 'round33';

export interface FactRow {
  cls: FactClass;
  text: string;
  audience?: 'person' | 'employer';
  pendingFact?: string;
  expect: Record<string, unknown>;
  unknown?: string[];
  absent?: string[];
  correcting?: boolean;
}

type Extra = Omit<FactRow, 'cls' | 'text' | 'expect'>;

function rows(cls: FactClass, list: Array<[string, Record<string, unknown>, Extra?]>): FactRow[] {
  return list.map(([text, expect, extra]) => ({ cls, text, expect, ...extra }));
}

const E = { audience: 'employer' } as const;
const P = { audience: 'person' } as const;
const ENT = { entity: 'enterprise' } as const;

export const FACT_TABLE: FactRow[] = [
  ...rows('group', [
    ['我是退役军人', { groups: ['veteran'] }],
    ['我退伍两年了想学个技术', { groups: ['veteran'] }],
    ['本人当过兵 现在想学电工', { groups: ['veteran'], occupation: '电工' }],
    ['俺是复员军人', { groups: ['veteran'] }],
    ['我是建档立卡贫困户', { groups: ['poor_labor'] }],
    ['我家是贫困户', { groups: ['poor_labor'] }],
    ['我是建档立卡的', { groups: ['poor_labor'] }],
    ['我是农民工 在郑州打工', { groups: ['rural_migrant'] }],
    ['我是从农村出来打工的', { groups: ['rural_migrant'] }],
    ['我是两后生', { groups: ['two_after'] }],
    ['我初中毕业没上高中', { groups: ['two_after'] }],
    ['我是残疾人', { groups: ['disabled'] }],
    ['本人残疾 想学按摩', { groups: ['disabled'] }],
    ['我是就业困难人员', { groups: ['employment_difficulty'] }],
    ['我是零就业家庭的', { groups: ['zero_employment_family'] }],
    ['我是去产能分流下来的失业人员', { groups: ['laid_off_overcapacity'] }],
    ['我在人社局登记失业了', { groups: ['registered_unemployed'] }],
    ['我是城镇登记失业人员', { groups: ['registered_unemployed'] }],
    ['我是企业职工', { groups: ['employee'] }],
    ['我是贫困家庭学生', { groups: ['poor_family_student'] }],
    ['我是退役军人也是残疾人', { groups: ['veteran', 'disabled'] }],
    ['我是农民工，也是建档立卡贫困户', { groups: ['rural_migrant', 'poor_labor'] }],
    ['我是大学毕业还没找到工作', { groups: ['unemployed_graduate'], student: 'college' }],
    ['我是离校未就业的高校毕业生', { groups: ['unemployed_graduate'], student: 'college' }],
    ['退伍老兵一个', { groups: ['veteran'] }],
    ['我老公是残疾人 我是贫困户', { groups: ['poor_labor'] }, { absent: ['groups:disabled'] }],
    ['我爸是退役军人，我想问问我自己能不能参加培训', {}, { absent: ['groups'] }],
    ['我是下岗职工', { groups: ['registered_unemployed'] }],
    ['我属于就业困难人员 也是残疾人', { groups: ['employment_difficulty', 'disabled'] }],
    ['我是贫困劳动力', { groups: ['poor_labor'] }],
  ]),

  ...rows('negation', [
    ['我不是退役军人', {}, { absent: ['groups'] }],
    ['我不是贫困户', {}, { absent: ['groups'] }],
    ['我没当过兵', {}],
    ['我不是残疾人，是农民工', { groups: ['rural_migrant'] }],
    ['不是贫困户 是退伍军人', { groups: ['veteran'] }],
    ['我并不是建档立卡贫困户', {}],
    ['我们公司没交社保', { ...ENT, insured: false }],
    ['我们厂社保没交', { ...ENT, insured: false }],
    ['社保这块还没交', { insured: false }, E],
    ['社保一直没有给员工交', { insured: false }, E],
    ['岗前补贴没领', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['岗前培训补贴我们一直都没有领过', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['没领过岗前培训补贴', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['我们没有申请岗前培训补贴', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['岗前培训补贴还没申请', { 'hires[].preJobTrainingSubsidy': false }, E],
    // Not yet: a condition still ahead, left open (2026-12-01: was certificate false, a 不符合 for someone about to earn it).
    ['证书还没拿到', {}, { ...P, unknown: ['certificate'] }],
    ['证还没下来', {}, { ...P, unknown: ['certificate'] }],
    ['我没退休 也没领养老金', { monthlyPension: false }, P],
    ['我不想创业', { wantsToStartBusiness: false }, P],
    ['没有创业的打算', { wantsToStartBusiness: false }, P],
    ['设备还没验收', { 'equipment[0].accepted': false }, E],
    ['我们没搞项目制培训', { projectTraining: false }, E],
    ['我们不是扶贫车间 是普通企业', { entity: 'enterprise' }, E],
    ['我们没有交五险', { insured: false }, E],
    ['社保我们是交了的，岗前培训补贴没领', { insured: true, 'hires[].preJobTrainingSubsidy': false }, E],
    ['社保交了 岗前补贴没领', { insured: true, 'hires[].preJobTrainingSubsidy': false }, E],
    ['没交社保但是岗前培训补贴领过了', { insured: false, 'hires[].preJobTrainingSubsidy': true }, E],
  ]),

  ...rows('insurance', [
    ['我们公司交社保', { ...ENT, insured: true }],
    ['我们企业给员工缴纳了社会保险', { ...ENT, insured: true }],
    ['社保都交着呢', { insured: true }, E],
    ['我们是参保企业', { ...ENT, insured: true }],
    ['五险一金都有', { insured: true }, E],
    ['社保正常交的', { insured: true }, E],
    ['我们单位已经参保了', { insured: true }],
    ['社保交了', { insured: true }, E],
    ['社保有交', { insured: true }, E],
    ['社保没给他们上', { insured: false }, E],
    ['还没参保', { insured: false }, E],
    ['社保交没交我得问问会计', {}, { ...E, unknown: ['insured'] }],
    ['社保有没有交不太清楚', {}, { ...E, unknown: ['insured'] }],
    ['交社保的企业能领吗', {}, E],
    ['不交社保能不能领以工代训补贴', {}, E],
    ['如果没交社保呢', {}, E],
  ]),

  ...rows('pre_job', [
    ['岗前培训补贴领过了', { 'hires[].preJobTrainingSubsidy': true }, E],
    ['他们的岗前培训补贴已经申请过了', { 'hires[].preJobTrainingSubsidy': true }, E],
    ['岗前补贴拿了', { 'hires[].preJobTrainingSubsidy': true }, E],
    ['岗前培训补贴从来没领过', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['岗前培训补贴领没领过我不知道', {}, { ...E, unknown: ['hires[].preJobTrainingSubsidy'] }],
    ['岗前培训补贴能领多少', {}, E],
    ['新招的人岗前培训补贴都没享受', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['岗前的那个补贴我们没拿', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['招了3个贫困户 岗前培训补贴没领', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[0].preJobTrainingSubsidy': false }, E],
    ['岗前培训补贴和以工代训能同时领吗', {}, E],
  ]),

  ...rows('months', [
    ['干了半年', { 'hires[].monthsEmployed': 6 }, E],
    ['已经工作了6个月', { 'hires[].monthsEmployed': 6 }, E],
    ['以工代训3个月', { 'hires[].onJobTrainingMonths': 3 }, E],
    ['干了 8个月 以工代训 5个月', { 'hires[].monthsEmployed': 8, 'hires[].onJobTrainingMonths': 5 }, E],
    ['干了8个月以工代训5个月', { 'hires[].monthsEmployed': 8, 'hires[].onJobTrainingMonths': 5 }, E],
    ['以工代训5个月 一共干了8个月', { 'hires[].monthsEmployed': 8, 'hires[].onJobTrainingMonths': 5 }, E],
    ['上班七个月了，其中以工代训四个月', { 'hires[].monthsEmployed': 7, 'hires[].onJobTrainingMonths': 4 }, E],
    ['入职10个月 以工代训6个月', { 'hires[].monthsEmployed': 10, 'hires[].onJobTrainingMonths': 6 }, E],
    ['来了一年了', { 'hires[].monthsEmployed': 12 }, E],
    ['干了一年半', { 'hires[].monthsEmployed': 18 }, E],
    ['在我们这干了三个半月', { 'hires[].monthsEmployed': 3.5 }, E],
    ['以工代训搞了两个月', { 'hires[].onJobTrainingMonths': 2 }, E],
    ['带训了4个月', { 'hires[].onJobTrainingMonths': 4 }, E],
    ['做了十个月了', { 'hires[].monthsEmployed': 10 }, E],
    ['用工已经满6个月', { 'hires[].monthsEmployed': 6 }, E],
    ['我们公司招了六个贫困户，干了6个月，以工代训六个月', { ...ENT, 'hires[0].group': 'poor_labor', 'hires[0].count': 6, 'hires[0].monthsEmployed': 6, 'hires[0].onJobTrainingMonths': 6 }],
    ['招的贫困户在厂里干了九个月 以工代训做了六个月', { 'hires[0].group': 'poor_labor', 'hires[0].monthsEmployed': 9, 'hires[0].onJobTrainingMonths': 6 }, E],
    ['以工代训最多补几个月', {}, E],
    ['干满6个月才能领吗', {}, E],
    ['5个月的以工代训', { 'hires[].onJobTrainingMonths': 5 }, E],
    ['已经上了8个月班', { 'hires[].monthsEmployed': 8 }, E],
    ['录用4个月了', { 'hires[].monthsEmployed': 4 }, E],
    ['入职半年多了', { 'hires[].monthsEmployed': 6 }, E],
    ['以工代训了三个月 还在干', { 'hires[].onJobTrainingMonths': 3 }, E],
  ]),

  ...rows('multi_group', [
    ['招了3个贫困户干了8个月，还有2个残疾人刚来4个月', {
      'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[0].monthsEmployed': 8,
      'hires[1].group': 'disabled', 'hires[1].count': 2, 'hires[1].monthsEmployed': 4,
    }, E],
    ['我们公司吸纳了5个贫困户 以工代训6个月 另外还有3个就业困难人员 以工代训2个月', {
      ...ENT,
      'hires[0].group': 'poor_labor', 'hires[0].count': 5, 'hires[0].onJobTrainingMonths': 6,
      'hires[1].group': 'employment_difficulty', 'hires[1].count': 3, 'hires[1].onJobTrainingMonths': 2,
    }],
    // Whether the pre-job subsidy was claimed, said once after every group: said of them all.
    ['招了2个退役军人干了9个月 又招了1个残疾人干了5个月 岗前补贴都还没申请', {
      'hires[0].group': 'veteran', 'hires[0].count': 2, 'hires[0].monthsEmployed': 9,
      'hires[1].group': 'disabled', 'hires[1].count': 1, 'hires[1].monthsEmployed': 5,
      'hires[].preJobTrainingSubsidy': false,
    }, E],
    ['贫困户5个上班10个月了，零就业家庭的2个上班7个月了，岗前培训补贴没拿过', {
      'hires[0].group': 'poor_labor', 'hires[0].count': 5, 'hires[0].monthsEmployed': 10,
      'hires[1].group': 'zero_employment_family', 'hires[1].count': 2, 'hires[1].monthsEmployed': 7,
      'hires[].preJobTrainingSubsidy': false,
    }, E],
    // Said between two groups, it stays with the group before it.
    ['3个残疾人干了8个月岗前补贴没领，还有4个贫困户干了半年', {
      'hires[0].group': 'disabled', 'hires[0].count': 3, 'hires[0].monthsEmployed': 8, 'hires[0].preJobTrainingSubsidy': false,
      'hires[1].group': 'poor_labor', 'hires[1].count': 4, 'hires[1].monthsEmployed': 6,
    }, E],
    ['贫困户4个 干了7个月；残疾人1个 干了3个月', {
      'hires[0].group': 'poor_labor', 'hires[0].count': 4, 'hires[0].monthsEmployed': 7,
      'hires[1].group': 'disabled', 'hires[1].count': 1, 'hires[1].monthsEmployed': 3,
    }, E],
    ['招了两个退役军人和三个贫困户', {
      'hires[0].group': 'veteran', 'hires[0].count': 2, 'hires[1].group': 'poor_labor', 'hires[1].count': 3,
    }, E],
    ['招了2个残疾人和4个零就业家庭的，都干了半年', {
      'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[1].group': 'zero_employment_family', 'hires[1].count': 4,
      'hires[].monthsEmployed': 6,
    }, E],
    ['3个贫困户以工代训5个月 2个就业困难人员以工代训3个月', {
      'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 5,
      'hires[1].group': 'employment_difficulty', 'hires[1].count': 2, 'hires[1].onJobTrainingMonths': 3,
    }, E],
    // One part named out of ten: its months are its own, the other four are still to be asked.
    ['吸纳了十个贫困户，其中六个干满了半年', { 'hires[0].group': 'poor_labor', 'hires[0].count': 6, 'hires[0].monthsEmployed': 6, 'hires[1].group': 'poor_labor', 'hires[1].count': 4 }, { ...E, absent: ['hires[].monthsEmployed'] }],
    ['我们合作社带了8个贫困户 干了一年了', { entity: 'farmer_cooperative', 'hires[0].group': 'poor_labor', 'hires[0].count': 8, 'hires[0].monthsEmployed': 12 }],
    ['扶贫车间招了20个贫困户', { entity: 'poverty_workshop', 'hires[0].group': 'poor_labor', 'hires[0].count': 20 }, E],
    ['贫困户招了6个，残疾人招了2个', {
      'hires[0].group': 'poor_labor', 'hires[0].count': 6, 'hires[1].group': 'disabled', 'hires[1].count': 2,
    }, E],
    ['招了1个退伍军人干了10个月 还有一个贫困户干了两个月', {
      'hires[0].group': 'veteran', 'hires[0].count': 1, 'hires[0].monthsEmployed': 10,
      'hires[1].group': 'poor_labor', 'hires[1].count': 1, 'hires[1].monthsEmployed': 2,
    }, E],
    ['我们厂里有5个残疾职工 以工代训6个月', { ...ENT, 'hires[0].group': 'disabled', 'hires[0].count': 5, 'hires[0].onJobTrainingMonths': 6 }],
    ['吸纳就业困难人员3名 以工代训4个月 岗前培训补贴没领', {
      'hires[0].group': 'employment_difficulty', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 4, 'hires[0].preJobTrainingSubsidy': false,
    }, E],
    ['2个贫困户干了6个月，以工代训6个月；1个残疾人干了3个月，以工代训3个月', {
      'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 6, 'hires[0].onJobTrainingMonths': 6,
      'hires[1].group': 'disabled', 'hires[1].count': 1, 'hires[1].monthsEmployed': 3, 'hires[1].onJobTrainingMonths': 3,
    }, E],
  ]),

  ...rows('multi_group', [
    ['我们有3个贫困户，2个残疾人，社保交了，都干了7个月，以工代训6个月', {
      insured: true, 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[1].group': 'disabled', 'hires[1].count': 2,
      'hires[].monthsEmployed': 7, 'hires[].onJobTrainingMonths': 6,
    }, E],
    ['招了4个贫困户 1个残疾人 贫困户干了九个月 残疾人干了两个月', {
      'hires[0].group': 'poor_labor', 'hires[0].count': 4, 'hires[0].monthsEmployed': 9,
      'hires[1].group': 'disabled', 'hires[1].count': 1, 'hires[1].monthsEmployed': 2,
    }, E],
    ['一共8个人 其中建档立卡的5个 残疾的3个', {
      'hires[0].group': 'poor_labor', 'hires[0].count': 5, 'hires[1].group': 'disabled', 'hires[1].count': 3,
    }, E],
    ['残疾员工4名 社保一直交着', { 'hires[0].group': 'disabled', 'hires[0].count': 4, insured: true }, E],
  ]),

  ...rows('numeral', [
    ['招了两个贫困户', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2 }, E],
    ['招了十二个贫困户', { 'hires[0].group': 'poor_labor', 'hires[0].count': 12 }, E],
    ['吸纳了贫困户二十人', { 'hires[0].group': 'poor_labor', 'hires[0].count': 20 }, E],
    ['招了１５个残疾人', { 'hires[0].group': 'disabled', 'hires[0].count': 15 }, E],
    ['招了 6 个贫困户', { 'hires[0].group': 'poor_labor', 'hires[0].count': 6 }, E],
    ['今年补过两次', { subsidizedTrainingsThisYear: 2 }, P],
    ['今年已经领过1次补贴了', { subsidizedTrainingsThisYear: 1 }, P],
    ['今年享受过三次培训补贴', { subsidizedTrainingsThisYear: 3 }, P],
    ['设备花了一百万', { 'equipment[0].valueYuan': 1_000_000 }, E],
    ['实训设备150万元', { 'equipment[0].valueYuan': 1_500_000 }, E],
    ['买设备用了1.5万', { 'equipment[0].valueYuan': 15_000 }, E],
    ['设备三十万块', { 'equipment[0].valueYuan': 300_000 }, E],
    ['以工代训六个月', { 'hires[].onJobTrainingMonths': 6 }, E],
    ['干了十一个月', { 'hires[].monthsEmployed': 11 }, E],
    ['招了一个贫困户', { 'hires[0].group': 'poor_labor', 'hires[0].count': 1 }, E],
    ['招了俩贫困户', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2 }, E],
    ['工资总额500万', { payrollYuan: 5_000_000 }, E],
    ['职工教育经费提了40万', { educationFundYuan: 400_000 }, E],
    ['学徒培养了30个', { apprentices: 30 }, E],
    ['带了十五个新型学徒', { apprentices: 15 }, E],
  ]),

  ...rows('approximate', [
    ['招了二十来个贫困户', { 'hires[0].group': 'poor_labor' }, { ...E, absent: ['hires[0].count'] }],
    ['招了十几个残疾人', { 'hires[0].group': 'disabled' }, { ...E, absent: ['hires[0].count'] }],
    ['招了20多个贫困户', { 'hires[0].group': 'poor_labor' }, { ...E, absent: ['hires[0].count'] }],
    ['招了几个贫困户', { 'hires[0].group': 'poor_labor' }, { ...E, absent: ['hires[0].count'] }],
    ['招了好几个退役军人', { 'hires[0].group': 'veteran' }, { ...E, absent: ['hires[0].count'] }],
    ['贫困户大概有三四个', { 'hires[0].group': 'poor_labor' }, { ...E, absent: ['hires[0].count'] }],
    ['招了二三十个贫困户', { 'hires[0].group': 'poor_labor' }, { ...E, absent: ['hires[0].count'] }],
    ['残疾人有10来个', { 'hires[0].group': 'disabled' }, { ...E, absent: ['hires[0].count'] }],
    ['招了百十个贫困户', { 'hires[0].group': 'poor_labor' }, { ...E, absent: ['hires[0].count'] }],
    ['干了几个月了', {}, { ...E, absent: ['hires[].monthsEmployed'] }],
    ['以工代训好几个月了', {}, { ...E, absent: ['hires[].onJobTrainingMonths'] }],
  ]),

  ...rows('unknown', [
    ['不知道', {}, { ...E, pendingFact: 'insured', unknown: ['insured'] }],
    ['不清楚', {}, { ...P, pendingFact: 'certificate', unknown: ['certificate'] }],
    ['这个我不确定', {}, { ...E, pendingFact: 'hires[0].monthsEmployed', unknown: ['hires[0].monthsEmployed'] }],
    ['忘了', {}, { ...P, pendingFact: 'subsidizedTrainingsThisYear', unknown: ['subsidizedTrainingsThisYear'] }],
    ['说不好', {}, { ...P, pendingFact: 'institutionInSystem', unknown: ['institutionInSystem'] }],
    ['社保交没交不知道', {}, { ...E, unknown: ['insured'] }],
    ['社保我不清楚', {}, { ...E, unknown: ['insured'] }],
    ['以工代训几个月我不清楚', {}, { ...E, unknown: ['hires[].onJobTrainingMonths'] }],
    ['干了多久不记得了', {}, { ...E, unknown: ['hires[].monthsEmployed'] }],
    ['证书拿没拿到我也说不好', {}, { ...P, unknown: ['certificate'] }],
    ['机构有没有进系统我不知道', {}, { ...P, unknown: ['institutionInSystem'] }],
    ['今年领过几次忘了', {}, { ...P, unknown: ['subsidizedTrainingsThisYear'] }],
    ['我们公司交社保，岗前培训补贴领没领不清楚', { ...ENT, insured: true }, { unknown: ['hires[].preJobTrainingSubsidy'] }],
    ['招了4个贫困户，干了多久不太清楚', { 'hires[0].group': 'poor_labor', 'hires[0].count': 4 }, { ...E, unknown: ['hires[0].monthsEmployed'] }],
    ['不知道 得问一下人事', {}, { ...E, pendingFact: 'hires[0].onJobTrainingMonths', unknown: ['hires[0].onJobTrainingMonths'] }],
    ['我也不知道是不是贫困户', {}, { ...P, unknown: ['groups'] }, ],
    ['不清楚是不是建档立卡的', {}, { ...P, unknown: ['groups'] }],
    ['设备验收了没有 不确定', {}, { ...E, unknown: ['equipment[0].accepted'] }],
    ['退休金的事我不太清楚', {}, { ...P, unknown: ['monthlyPension'] }],
    ['具体几个人不清楚', {}, { ...E, pendingFact: 'hires[0].count', unknown: ['hires[0].count'] }],
    ['不太记得了', {}, { ...E, pendingFact: 'hires[0].preJobTrainingSubsidy', unknown: ['hires[0].preJobTrainingSubsidy'] }],
    ['这个要问财务 我不清楚', {}, { ...E, pendingFact: 'educationFundYuan', unknown: ['educationFundYuan'] }],
  ]),

  ...rows('correction', [
    ['不对，没交社保', { insured: false }, { ...E, correcting: true }],
    ['说错了，是4个月', { 'hires[0].monthsEmployed': 4 }, { ...E, pendingFact: 'hires[0].monthsEmployed', correcting: true }],
    ['不对不对 以工代训是3个月', { 'hires[].onJobTrainingMonths': 3 }, { ...E, correcting: true }],
    ['刚才说错了 是5个贫困户', { 'hires[0].group': 'poor_labor', 'hires[0].count': 5 }, { ...E, correcting: true }],
    ['更正一下，社保是交了的', { insured: true }, { ...E, correcting: true }],
    ['搞错了 我不是退役军人 是残疾人', { groups: ['disabled'] }, { ...P, correcting: true }],
    ['不好意思打错了，干了9个月', { 'hires[].monthsEmployed': 9 }, { ...E, correcting: true }],
    ['纠正一下 岗前培训补贴领过', { 'hires[].preJobTrainingSubsidy': true }, { ...E, correcting: true }],
    ['应该是两次', { subsidizedTrainingsThisYear: 2 }, { ...P, pendingFact: 'subsidizedTrainingsThisYear', correcting: true }],
    ['不是6个月 是4个月', { 'hires[0].onJobTrainingMonths': 4 }, { ...E, pendingFact: 'hires[0].onJobTrainingMonths', correcting: true }],
    ['哦不对 证书还没拿到', {}, { ...P, correcting: true, unknown: ['certificate'] }],
    ['我说错了，是在户籍地培训的', { trainingPlace: 'household' }, { ...P, correcting: true }],
    ['对', { insured: true }, { ...E, pendingFact: 'insured' }],
    ['是的 交了', { insured: true }, { ...E, pendingFact: 'insured' }],
    ['社保交了，对了岗前补贴没领', { insured: true, 'hires[].preJobTrainingSubsidy': false }, E],
  ]),

  ...rows('typo', [
    ['一工代训3个月', { 'hires[].onJobTrainingMonths': 3 }, E],
    ['以工带训4个月', { 'hires[].onJobTrainingMonths': 4 }, E],
    ['已工代训两个月', { 'hires[].onJobTrainingMonths': 2 }, E],
    ['以公代训5个月', { 'hires[].onJobTrainingMonths': 5 }, E],
    ['社宝没交', { insured: false }, E],
    ['设保交了', { insured: true }, E],
    ['我们是参报企业', { ...ENT, insured: true }],
    ['社报一直在交', { insured: true }, E],
    ['我是建挡立卡贫困户', { groups: ['poor_labor'] }],
    ['我是建档立卡贫困护', { groups: ['poor_labor'] }],
    ['我是残急人', { groups: ['disabled'] }],
    ['我是残积人 能学什么', { groups: ['disabled'] }],
    ['我是退疫军人', { groups: ['veteran'] }],
    ['我是退役君人', { groups: ['veteran'] }],
    ['岗前培训补帖没领', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['岗钱培训补贴领过了', { 'hires[].preJobTrainingSubsidy': true }, E],
    ['招了3个贫困护', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3 }, E],
    ['证书拿到le', { certificate: true }, P],
    ['社 保 没 交', { insured: false }, E],
    ['以工代训，，，4个月', { 'hires[].onJobTrainingMonths': 4 }, E],
    ['我是就业困男人员', { groups: ['employment_difficulty'] }],
    ['招了2个残疾人，以工代训6个月。。。', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 6 }, E],
  ]),

  ...rows('person', [
    ['我拿到证书了', { certificate: true }],
    ['证已经拿到手了', { certificate: true }],
    ['考了电工证', { certificate: true }, P],
    ['培训完拿到了职业技能等级证书', { certificate: true }, P],
    ['我还没拿到证', {}, { ...P, unknown: ['certificate'] }],
    ['我已经退休了，领养老金', { monthlyPension: true }],
    ['我在领退休金', { monthlyPension: true }],
    ['我没有退休', { monthlyPension: false }],
    ['还没到退休年龄', { monthlyPension: false }, P],
    ['在户籍地培训', { trainingPlace: 'household' }],
    ['在老家参加的培训', { trainingPlace: 'household' }, P],
    ['我在常住地培训', { trainingPlace: 'residence' }],
    ['在上班的地方培训', { trainingPlace: 'job_seeking' }, P],
    // 外地 may be where one worked or is registered: asked, not read as none of the three.
    ['在外地培训的', {}, { ...P, absent: ['trainingPlace'] }],
    ['我想创业', { wantsToStartBusiness: true }],
    ['打算自己开个店', { wantsToStartBusiness: true }, P],
    ['我开了个小超市 开业两年了', { businessYears: 2 }, P],
    ['我的网店开了半年', { businessYears: 0.5 }, P],
    ['今年还没领过培训补贴', { subsidizedTrainingsThisYear: 0 }, P],
    ['今年一次补贴都没享受过', { subsidizedTrainingsThisYear: 0 }, P],
    ['从来没领过培训补贴', { previousSubsidies: [], subsidizedTrainingsThisYear: 0 }, P],
    ['从没享受过培训补贴', { previousSubsidies: [], subsidizedTrainingsThisYear: 0 }, P],
    ['之前没有享受过补贴性培训', { previousSubsidies: [] }, P],
    ['以前没领过', { previousSubsidies: [] }, { ...P, pendingFact: 'previousSubsidies' }],
    ['培训机构在系统里登记了', { institutionInSystem: true }, P],
    ['机构没录入系统', { institutionInSystem: false }, P],
    ['我想学中式烹调师 中级', { occupation: '中式烹调师', level: '四级' }, P],
    ['学的是电工，初级', { occupation: '电工', level: '五级' }, P],
    ['我在厂里上班 是企业职工', { groups: ['employee'] }],
    ['今年补过一次了 想再报一个焊工', { subsidizedTrainingsThisYear: 1, occupation: '焊工' }, P],
    ['我没有营业执照 还没开业', {}, P],
  ]),

  ...rows('student', [
    ['我是技校学生', { student: 'technical' }],
    ['我在职业院校读书', { student: 'vocational' }],
    ['我是中专生', { student: 'vocational' }],
    ['我是大学生', { student: 'college' }],
    ['我大专刚毕业', { student: 'college' }],
    ['我在技师学院上学', { student: 'technical' }],
    ['我孩子在技校上学', { childStudent: 'technical' }, { absent: ['student'] }],
    ['我家是贫困户，孩子在职校读书', { groups: ['poor_labor'], childStudent: 'vocational' }, { absent: ['student', 'groups:poor_family_student'] }],
    ['我儿子在读中职', { childStudent: 'vocational' }, { absent: ['student'] }],
    ['闺女在技工学校', { childStudent: 'technical' }, P],
    ['我们是建档立卡户 女儿在上技校', { groups: ['poor_labor'], childStudent: 'technical' }],
    ['我是贫困户', { groups: ['poor_labor'] }, { absent: ['groups:poor_family_student', 'student'] }],
    ['孩子没上学了', {}, P],
    ['我不是学生', { student: null }, P],
    ['孩子在上大学', {}, { ...P, absent: ['student', 'childStudent'] }],
    ['我是职高的学生 家里是贫困户', { student: 'vocational', groups: ['poor_family_student'] }, { absent: ['groups:poor_labor'] }],
  ]),

  ...rows('contract', [
    ['我在省里的技能大赛拿了二等奖', { competitionAward: true }, P],
    ['参加职业技能竞赛获奖了', { competitionAward: true }, P],
    ['去年参加比赛没获奖', { competitionAward: false }, P],
    ['我学的是国家公布的新职业', { newOccupation: true }, P],
    ['培训的是新职业 电子竞技员', { newOccupation: true, occupation: '电子竞技员' }, P],
    ['我们是一家培训机构', { entity: 'training_institution' }],
    ['我们是一家做餐饮的公司', { entity: 'enterprise' }],
    ['我们是搞电子元件的工厂 社保都交的', { entity: 'enterprise', insured: true }],
    ['我们培训学校招了3个贫困户', { entity: 'training_institution', 'hires[0].group': 'poor_labor', 'hires[0].count': 3 }],
    ['我们是职业院校', { entity: 'vocational_school' }],
    ['我们学校是中职 招收建档立卡贫困户家庭的学生', { entity: 'vocational_school', enrollsPoorFamilyStudents: true }],
    ['我们职校有建档立卡家庭的学生', { entity: 'vocational_school', enrollsPoorFamilyStudents: true }],
    ['我们公司在郑州办了一所职业院校', { ...ENT, runsVocationalSchool: true }],
    ['我们企业和学校合办了职业学校', { ...ENT, runsVocationalSchool: true }],
    ['我们公司组织员工备战职业技能竞赛搞专项培训', { ...ENT, competitionTraining: true }],
    ['我们在开发培训教材', { developsTrainingMaterials: true }, E],
    ['我们学校在搞教学改革', { entity: 'vocational_school', developsTrainingMaterials: true }],
    ['设备是给技能大师工作室买的', { 'equipment[0].kind': 'master_studio' }, E],
    ['给高技能人才培训基地买了80万设备', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 800_000 }, E],
    ['王师傅大师工作室买了20万设备', { 'equipment[0].kind': 'master_studio', 'equipment[0].site': '王师傅大师工作室', 'equipment[0].valueYuan': 200_000 }, E],
    ['设备验收合格了', { 'equipment[0].accepted': true }, E],
    ['设备是用职工教育经费买的', { 'equipment[0].fromEducationFund': true }, E],
    ['我们没有开发教材', { developsTrainingMaterials: false }, E],
    ['我们没参加过比赛培训', {}, E],
    ['我们不办学校', { runsVocationalSchool: false }, E],
  ]),

  ...rows('employer_money', [
    ['我们公司买了100万的实训设备，建技能大师工作室', { ...ENT, 'equipment[0].valueYuan': 1_000_000, 'equipment[0].kind': 'master_studio' }],
    ['我们公司实训设备十万元', { ...ENT, 'equipment[0].valueYuan': 100_000 }],
    ['一年工资薪金总额800万元', { payrollYuan: 8_000_000 }, E],
    ['教育经费60万 一线职工用了七成', { educationFundYuan: 600_000, frontlineShareOfFund: 0.7 }, E],
    ['一线职工占百分之六十五', { frontlineShareOfFund: 0.65 }, E],
    ['用于一线的占55%', { frontlineShareOfFund: 0.55 }, E],
    ['我们搞项目制培训 补贴总共40万', { projectTraining: true, trainingSubsidyYuan: 400_000 }, E],
    ['开展了项目制培训', { projectTraining: true }, E],
    ['公司有20个新型学徒', { ...ENT, apprentices: 20 }],
    ['工资总额两千万', { payrollYuan: 20_000_000 }, E],
    ['职工教育经费多少能税前扣除', {}, E],
    ['学徒补贴多少钱一个', {}, E],
  ]),

  ...rows('silence', [
    ['以工代训补贴多少钱', {}],
    ['职业培训补贴怎么申请', {}],
    ['你好', {}],
    ['在吗', {}],
    ['贫困家庭学生有什么补助', {}, { absent: ['groups'] }],
    ['以工代训补贴怎么算', {}, E],
    ['社保是什么', {}, E],
    ['怎么领补贴', {}, P],
    ['谢谢', {}],
    ['好的 明白了', {}],
    ['那最多几个月', {}, E],
    ['证书有什么用', {}, P],
    ['能补多少', {}, E],
    ['这个政策到哪年结束', {}],
    ['创业培训补贴标准', {}],
    ['残疾人就业有啥政策', {}, { absent: ['groups'] }],
    ['退役军人培训补贴有多少', {}, { absent: ['groups'] }],
    ['技校学生可以享受什么', {}, { absent: ['student'] }],
    ['需要交社保吗', {}, E],
    ['大师工作室补多少', {}, E],
  ]),

  ...rows('silence', [
    ['我属于建档立卡户吗', {}, { absent: ['groups'] }],
    ['我妈退休了 我能参加培训吗', {}, { absent: ['monthlyPension'] }],
    ['考证才给钱吗', {}, { ...P, absent: ['certificate'] }],
    ['同一个工种考两回证能补两回吗', {}, { ...P, absent: ['certificate'] }],
    ['我是残疾人 不知道能学点啥', { groups: ['disabled'] }, { absent: ['unknown:groups'] }],
    ['我们打算招几个贫困户', { 'hires[0].group': 'poor_labor' }, { absent: ['hires[0].count'] }],
    ['我和我爱人都是建档立卡户', { groups: ['poor_labor'] }],
  ]),

  ...rows('traditional', [
    ['我是退役軍人', { groups: ['veteran'] }],
    ['我們公司沒交社保', { ...ENT, insured: false }],
    ['我是殘疾人', { groups: ['disabled'] }],
    ['招了三個貧困戶', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3 }, E],
    ['以工代訓五個月', { 'hires[].onJobTrainingMonths': 5 }, E],
    ['崗前培訓補貼沒領', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['證書拿到了', { certificate: true }, P],
    ['我想學烹飪 在戶籍地培訓', { trainingPlace: 'household' }, P],
    ['我孩子在技校讀書', { childStudent: 'technical' }],
    ['社保不知道有沒有交', {}, { ...E, unknown: ['insured'] }],
  ]),

  ...rows('mixed', [
    ['我们单位社保是有的 岗前补贴也一直没申请', { insured: true, 'hires[].preJobTrainingSubsidy': false }, E],
    ['社保这个月刚开始交', { insured: true }, E],
    ['员工的社保我们没有缴', { insured: false }, E],
    ['我们招了七个贫困户，干了九个月了', { 'hires[0].group': 'poor_labor', 'hires[0].count': 7, 'hires[0].monthsEmployed': 9 }, E],
    ['四个残疾人 以工代训 三个月', { 'hires[0].group': 'disabled', 'hires[0].count': 4, 'hires[0].onJobTrainingMonths': 3 }, E],
    ['贫困户有五六个吧', { 'hires[0].group': 'poor_labor' }, E],
    ['大约二十个贫困户', { 'hires[0].group': 'poor_labor' }, E],
    ['贫困户两名 就业困难人员一名', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[1].group': 'employment_difficulty', 'hires[1].count': 1 }, E],
    ['两个贫困户干了一年，一个残疾人干了五个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 12, 'hires[1].group': 'disabled', 'hires[1].count': 1, 'hires[1].monthsEmployed': 5 }, E],
    ['上班十个月了 以工代训做了半年', { 'hires[].monthsEmployed': 10, 'hires[].onJobTrainingMonths': 6 }, E],
    ['以工代训两个月，上班三个月', { 'hires[].onJobTrainingMonths': 2, 'hires[].monthsEmployed': 3 }, E],
    ['岗前培训补贴 没申领', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['我们从来没拿过岗前培训补贴', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['那个补贴领没领我真不知道', {}, { ...E, pendingFact: 'hires[0].preJobTrainingSubsidy', unknown: ['hires[0].preJobTrainingSubsidy'] }],
    ['这个得问我们会计', {}, { ...E, pendingFact: 'insured', unknown: ['insured'] }],
    ['不对 招的是4个残疾人', { 'hires[0].group': 'disabled', 'hires[0].count': 4 }, { ...E, correcting: true }],
    ['我刚才说错了 社保没交', { insured: false }, { ...E, correcting: true }],
    ['我是個退伍軍人 證書已經拿到', { groups: ['veteran'], certificate: true }],
    ['我是農民工 想學廚師', { groups: ['rural_migrant'], occupation: '厨师' }],
    ['我是建档立卡户，已经退休了', { groups: ['poor_labor'], monthlyPension: true }],
    ['我是就业困难人员，证书还没考下来', { groups: ['employment_difficulty'] }, { ...P, unknown: ['certificate'] }],
    ['我没领养老金 今年也没享受过培训补贴', { monthlyPension: false, subsidizedTrainingsThisYear: 0 }, P],
    ['我儿子在职业院校读书 我是建档立卡户', { groups: ['poor_labor'], childStudent: 'vocational' }],
    ['我是技工院校的学生', { student: 'technical' }],
    ['我闺女在读大学', {}, P],
    ['我没有当过兵', {}, P],
    ['我不是残疾人 也不是贫困户', {}, P],
    ['残疾人能学什么技术', {}, P],
    ['培训补贴一年能领几次', {}, P],
    ['我是以工代训的员工吗', {}, P],
    ['社宝交了 以公代训4个月', { insured: true, 'hires[].onJobTrainingMonths': 4 }, E],
    ['我是建当立卡户', { groups: ['poor_labor'] }],
    ['我们是家培训机构 社保交着', { entity: 'training_institution', insured: true }],
    ['我们是中专学校，有建档立卡贫困家庭的学生', { entity: 'vocational_school', enrollsPoorFamilyStudents: true }],
    ['我在国赛拿过一等奖 想问奖励', { competitionAward: true }, P],
    ['我想自己创业 开个修车铺', { wantsToStartBusiness: true }, P],
    ['不知道', {}, { ...P, pendingFact: 'trainingPlace', unknown: ['trainingPlace'] }],
    ['一次都没有', { subsidizedTrainingsThisYear: 0 }, { ...P, pendingFact: 'subsidizedTrainingsThisYear' }],
    ['设备花了两百万 是用职工教育经费买的', { 'equipment[0].valueYuan': 2_000_000, 'equipment[0].fromEducationFund': true }, E],
    ['工资薪金一年三千万 教育经费两百万', { payrollYuan: 30_000_000, educationFundYuan: 2_000_000 }, E],
  ]),
  ...rows('everyday', [
    ['公司吸纳了仨贫困劳动力 干了大半年 以工代训4个月 社保都交着 没领岗前补贴', { ...ENT, insured: true, 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[0].monthsEmployed': 6, 'hires[0].onJobTrainingMonths': 4, 'hires[0].preJobTrainingSubsidy': false }],
    ['我们厂招了2个就业困难人员 干了一年 社保交了 没领岗前补贴 以工代训忘了几个月', { ...ENT, insured: true, 'hires[0].group': 'employment_difficulty', 'hires[0].count': 2, 'hires[0].monthsEmployed': 12, 'hires[0].preJobTrainingSubsidy': false }, { unknown: ['hires[0].onJobTrainingMonths'] }],
    ['我们公司有5名就业困难人员 在我们这上班10个月了 以工代训月数是6个月 参保了 岗前培训补贴没申请过', { ...ENT, insured: true, 'hires[0].group': 'employment_difficulty', 'hires[0].count': 5, 'hires[0].monthsEmployed': 10, 'hires[0].onJobTrainingMonths': 6, 'hires[0].preJobTrainingSubsidy': false }],
    ['企业招用了4个建档立卡的，入职一年了，给他们做了5个月以工代训，社保正常缴纳，没拿过岗前培训补贴', { ...ENT, insured: true, 'hires[0].group': 'poor_labor', 'hires[0].count': 4, 'hires[0].monthsEmployed': 12, 'hires[0].onJobTrainingMonths': 5, 'hires[0].preJobTrainingSubsidy': false }],
    ['我们厂招了俩残疾人，去年三月到现在一直在干，以工代训5个月，五险都交，岗前培训补贴也没拿', { ...ENT, insured: true, 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].monthsEmployed': 10, 'hires[0].onJobTrainingMonths': 5, 'hires[0].preJobTrainingSubsidy': false }],
    // (半年多 of 以工代训 is six or more: capped at six, the least reading settles it.)
    ['招了2个贫困户 干了一年多 以工代训半年多', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 12, 'hires[0].onJobTrainingMonths': 6 }, E],
    ['招了2个贫困户 干了8个多月 以工代训好几个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 8 }, E],
    ['招了2个贫困户 干了一年左右 以工代训3个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 9, 'hires[0].onJobTrainingMonths': 3 }, E],
    ['招了2个贫困户 干了快半年 以工代训3个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 3 }, E],
    ['我们招了两个残疾人 社保交了 没领岗前补贴', { 'hires[0].group': 'disabled', 'hires[0].count': 2, insured: true, 'hires[0].preJobTrainingSubsidy': false }, E],
    ['半年多', { 'hires[0].onJobTrainingMonths': 6 }, { ...E, pendingFact: 'hires[0].onJobTrainingMonths' }],
    ['三四个月吧', {}, { ...E, pendingFact: 'hires[0].onJobTrainingMonths' }],
    ['大半年了', { 'hires[0].monthsEmployed': 6 }, { ...E, pendingFact: 'hires[0].monthsEmployed' }],
    ['一年多了', { 'hires[0].monthsEmployed': 12 }, { ...E, pendingFact: 'hires[0].monthsEmployed' }],
    ['大概半年', {}, { ...E, pendingFact: 'hires[0].monthsEmployed' }],
    ['做了4个月', { 'hires[0].onJobTrainingMonths': 4 }, { ...E, pendingFact: 'hires[0].onJobTrainingMonths' }],
    ['7个月吧', { 'hires[0].onJobTrainingMonths': 7 }, { ...E, pendingFact: 'hires[0].onJobTrainingMonths' }],
    ['六个月', { 'hires[1].onJobTrainingMonths': 6 }, { ...E, pendingFact: 'hires[1].onJobTrainingMonths' }],
    ['贫困户3个，残疾人2个', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[1].group': 'disabled', 'hires[1].count': 2 }, { ...E, pendingFact: 'hires[0].monthsEmployed' }],
    ['贫困户干了8个月', { 'hires[0].group': 'poor_labor', 'hires[0].monthsEmployed': 8 }, { ...E, pendingFact: 'hires[1].onJobTrainingMonths' }],
    ['以工代训具体几个月不记得了', {}, { ...E, pendingFact: 'insured', unknown: ['hires[].onJobTrainingMonths'] }],
    ['社保交了 以工代训几个月记不清了', { insured: true }, { ...E, unknown: ['hires[].onJobTrainingMonths'] }],
    ['以工代训呢，5个月', { 'hires[].onJobTrainingMonths': 5 }, E],
    ['公司吸纳了2名贫困劳动力就业已满6个月，开展以工代训4个月', { ...ENT, 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 6, 'hires[0].onJobTrainingMonths': 4 }],
    ['五险都交 岗前培训补贴也没拿', { insured: true, 'hires[].preJobTrainingSubsidy': false }, E],
    ['社保一直交着呢 岗前补贴没申请', { insured: true, 'hires[].preJobTrainingSubsidy': false }, E],
    ['我们公司用了两个贫困户，上班一年多了，以工代训搞了三个月', { ...ENT, 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 12, 'hires[0].onJobTrainingMonths': 3 }],
    ['招了仨贫困户 以工代训时间是4个月 工作时间9个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 4, 'hires[0].monthsEmployed': 9 }, E],
    ['设备验收也通过了', { 'equipment[0].accepted': true }, E],
    ['一年八百万', { payrollYuan: 8_000_000 }, { ...E, pendingFact: 'payrollYuan' }],
    ['两回', { subsidizedTrainingsThisYear: 2 }, { ...P, pendingFact: 'subsidizedTrainingsThisYear' }],
    ['在郑州打工的地方', { trainingPlace: 'job_seeking' }, { ...P, pendingFact: 'trainingPlace' }],
    ['俺们厂里收了俩贫困户干活 干了大半年了 以工代训带了4个月 社保交着 岗前补贴没弄过', { ...ENT, insured: true, 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 6, 'hires[0].onJobTrainingMonths': 4, 'hires[0].preJobTrainingSubsidy': false }],
    ['岗前补贴没去办', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['岗前补贴办理流程是什么', {}, E],
    ['岗前培训补贴要求什么条件', {}, E],
    ['招了2个有残疾证的', { 'hires[0].group': 'disabled', 'hires[0].count': 2 }, E],
    ['我们厂不给交社保', { ...ENT, insured: false }, E],
    ['我们厂不给他们交社保', { ...ENT, insured: false }, E],
    ['社保从来没断过 岗前补贴从来没领过', { insured: true, 'hires[].preJobTrainingSubsidy': false }, E],
    ['不给交社保能领吗', {}, E],
    ['一共5个人', { 'hires[0].count': 5 }, { ...E, pendingFact: 'hires[0].count' }],
    ['一共五个人', { 'hires[0].count': 5 }, { ...E, pendingFact: 'hires[0].count' }],
    ['有6个', { 'hires[1].count': 6 }, { ...E, pendingFact: 'hires[1].count' }],
    ['买了实训设备用于技能大师工作室 花了30万 用的职工教育经费', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 300_000, 'equipment[0].fromEducationFund': true }, E],
    ['300万', { 'equipment[0].valueYuan': 3_000_000 }, { ...E, pendingFact: 'equipment[0].accepted' }],
  ]),
  ...rows('round3', [
    ['我们有个技能大师工作室买了60万设备，另外高技能人才培训基地买了200万的，都验收了 都是教育经费买的', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 600_000, 'equipment[0].accepted': true, 'equipment[0].fromEducationFund': true, 'equipment[1].kind': 'high_skill_base', 'equipment[1].valueYuan': 2_000_000, 'equipment[1].accepted': true, 'equipment[1].fromEducationFund': true }, E],
    ['大师工作室买了30万设备 培训基地买了100万设备 工作室的验收了', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 300_000, 'equipment[0].accepted': true, 'equipment[1].kind': 'high_skill_base', 'equipment[1].valueYuan': 1_000_000 }, E],
    ['买了60万设备给大师工作室，又买了200万设备给培训基地', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 600_000, 'equipment[1].kind': 'high_skill_base', 'equipment[1].valueYuan': 2_000_000 }, E],
    ['高技能人才培训基地买了120万的设备 另外大师工作室也买了25万的 都没验收', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 1_200_000, 'equipment[0].accepted': false, 'equipment[1].kind': 'master_studio', 'equipment[1].valueYuan': 250_000, 'equipment[1].accepted': false }, E],
    ['大师工作室的设备20万 用的教育经费 培训基地的设备150万 不是教育经费买的', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 200_000, 'equipment[0].fromEducationFund': true, 'equipment[1].kind': 'high_skill_base', 'equipment[1].valueYuan': 1_500_000, 'equipment[1].fromEducationFund': false }, E],
    ['三台机床 一共70万', { 'equipment[0].valueYuan': 700_000 }, E],
    ['两套设备花了45万', { 'equipment[0].valueYuan': 450_000 }, E],
    ['设备买了5台', {}, { ...E, absent: ['equipment[0].valueYuan'] }],
    ['设备5套', {}, { ...E, absent: ['equipment[0].valueYuan'] }],
    ['设备买了3台 每台20万', {}, { ...E, absent: ['equipment[0].valueYuan'] }],
    ['买了两台机床 每台35万', {}, { ...E, absent: ['equipment[0].valueYuan'] }],
    ['设备2台 共计80万元', { 'equipment[0].valueYuan': 800_000 }, E],
    ['三套设备 花了90万 大师工作室的', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 900_000 }, E],
    ['高技能人才培训基地花了300万买设备 技能大师工作室花了50万', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 3_000_000, 'equipment[1].kind': 'master_studio', 'equipment[1].valueYuan': 500_000 }, E],
    ['大师工作室和培训基地各买了100万设备', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 1_000_000, 'equipment[1].kind': 'high_skill_base', 'equipment[1].valueYuan': 1_000_000 }, E],
    ['给技能大师工作室和高技能人才培训基地一共买了260万设备', { 'equipment[0].kind': 'master_studio', 'equipment[1].kind': 'high_skill_base' }, { ...E, absent: ['equipment[1].valueYuan'] }],
    // Two purchases for the unnamed studio: one site of its kind by the contract, so they add up.
    ['大师工作室买了30万设备 又买了20万设备', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 500_000 }, E],
    ['两个大师工作室 一个30万 一个20万', {}, { ...E, absent: ['equipment[0].valueYuan'] }],
    ['设备先买了30万 后来又买了20万 一共50万', { 'equipment[0].valueYuan': 500_000 }, E],
    ['设备30万 教育经费20万', { 'equipment[0].valueYuan': 300_000, educationFundYuan: 200_000 }, E],
    ['设备花了100万 补贴最高10万', { 'equipment[0].valueYuan': 1_000_000 }, E],
    ['岗前没领', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['岗前的没拿过', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['岗前那个没申请', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['岗前都没报', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['岗前那块我们从来没报过', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['我们岗前也没领过 社保交着', { insured: true, 'hires[].preJobTrainingSubsidy': false }, E],
    ['岗前领是领了', { 'hires[].preJobTrainingSubsidy': true }, E],
    ['岗前的拿过', { 'hires[].preJobTrainingSubsidy': true }, E],
    ['岗前能领多少', {}, E],
    ['岗前培训怎么申请', {}, { ...E, absent: ['hires[].preJobTrainingSubsidy'] }],
    ['岗前补贴去哪领', {}, { ...E, absent: ['hires[].preJobTrainingSubsidy'] }],
    ['岗前体检没做', {}, E],
    ['岗前不知道领没领', {}, { ...E, unknown: ['hires[].preJobTrainingSubsidy'] }],
    ['社保交是交了 岗前领是领了', { insured: true, 'hires[].preJobTrainingSubsidy': true }, E],
    ['社保也不是没交', { insured: true }, E],
    ['岗前补贴不是没领过', { 'hires[].preJobTrainingSubsidy': true }, E],
    ['岗前领是没领', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['社保交是没交', { insured: false }, E],
    ['岗前这块没申请过', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['岗前还没去报', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['贫困户岗前没领 残疾人岗前领过', { 'hires[0].group': 'poor_labor', 'hires[0].preJobTrainingSubsidy': false, 'hires[1].group': 'disabled', 'hires[1].preJobTrainingSubsidy': true }, E],
    ['招了两个贫困户 岗前培训做了一个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2 }, { ...E, absent: ['hires[0].monthsEmployed'] }],
    ['参加培训后干了7个月', { 'hires[].monthsEmployed': 7 }, E],
    ['钢前补贴没领', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['工资薪今一年600万', { payrollYuan: 6_000_000 }, E],
    ['教育京费30万', { educationFundYuan: 300_000 }, E],
    ['更正一下 贫困户是3个', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3 }, { ...E, correcting: true }],
    ['贫困户是3个月前来的', { 'hires[0].group': 'poor_labor' }, { ...E, absent: ['hires[0].count'] }],
    ['厂里贫困户两个', { ...ENT, 'hires[0].group': 'poor_labor', 'hires[0].count': 2 }],
    ['公司的情况是这样 贫困户3个', { ...ENT, 'hires[0].group': 'poor_labor', 'hires[0].count': 3 }],
    ['厂里交社保', { ...ENT, insured: true }],
    ['我是贫困户 家里有2个孩子', { groups: ['poor_labor'] }],
    ['今年头一回学 考了电工证', { subsidizedTrainingsThisYear: 0, certificate: true }, P],
    ['我今年是第一次参加培训', { subsidizedTrainingsThisYear: 0 }, P],
    ['今年是第一次吗', {}, P],
    ['港前没领', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['港前补贴没拿', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['以工带训4个月', { 'hires[].onJobTrainingMonths': 4 }, E],
    ['工资新金总额800万', { payrollYuan: 8_000_000 }, E],
    ['教育金费一年50万', { educationFundYuan: 500_000 }, E],
    ['企业一年工资薪金500万 职工教育经废40万', { ...ENT, payrollYuan: 5_000_000, educationFundYuan: 400_000 }],
    ['三月份入职的 到现在八个月', { 'hires[].monthsEmployed': 8 }, E],
    ['贫困户两个 3月份入职的 到现在8个月了', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 8 }, E],
    ['四月份进厂的 到现在十个月了', { 'hires[].monthsEmployed': 10 }, E],
    ['7月来的，至今5个月', { 'hires[].monthsEmployed': 5 }, E],
    ['三月入职的', {}, { ...E, absent: ['hires[].monthsEmployed'] }],
    ['去年10月来的', {}, { ...E, absent: ['hires[].monthsEmployed'] }],
    ['厂里交社保；贫困户两个 干了半年多 以工代训3个月；残疾的一个 干了4个月 以工代训2个月；岗前都没领', { ...ENT, insured: true, 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 6, 'hires[0].onJobTrainingMonths': 3, 'hires[1].group': 'disabled', 'hires[1].count': 1, 'hires[1].monthsEmployed': 4, 'hires[1].onJobTrainingMonths': 2, 'hires[].preJobTrainingSubsidy': false }],
    ['厂里交社保 贫困户两个 干了7个月 以工代训3个月 残疾的一个 干了4个月 以工代训2个月 岗前都没领', { ...ENT, insured: true, 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 7, 'hires[0].onJobTrainingMonths': 3, 'hires[1].group': 'disabled', 'hires[1].count': 1, 'hires[1].monthsEmployed': 4, 'hires[1].onJobTrainingMonths': 2, 'hires[].preJobTrainingSubsidy': false }],
    // A topic marker after the noun, then the statement about it; equipment bought with other money.
    ['社保呢 老板一直没给交', { insured: false }, E],
    ['社保嘛 我们一直有交', { insured: true }, E],
    ['岗前补贴这块 领过了', { 'hires[].preJobTrainingSubsidy': true }, E],
    ['设备是贷款买的 不是职工教育经费', { 'equipment[0].fromEducationFund': false }, E],
    ['工作室设备50万 没用教育经费', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 500_000, 'equipment[0].fromEducationFund': false }, E],
    // Chat and dialect spellings of 没有; part of a group claimed; a fact said, then doubted.
    ['岗前的补贴木有拿过', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['社保冇交', { insured: false }, E],
    ['以工代训没得搞', { 'hires[].onJobTrainingMonths': 0 }, E],
    // Parts told apart by their counts are a row each, so each keeps its own answer.
    ['招了5个残疾人 其中2个领过岗前补贴 剩下3个没领', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].preJobTrainingSubsidy': true, 'hires[1].group': 'disabled', 'hires[1].count': 3, 'hires[1].preJobTrainingSubsidy': false }, { ...E, absent: ['hires[].preJobTrainingSubsidy'] }],
    ['社保是人力公司代交的 到底交没交 我这儿查不到', { ...ENT }, { ...E, unknown: ['insured'] }],
  ]),
  ...rows('round4', [
    ['我姐夫开的公司 招了3个残疾人', { ...ENT, 'hires[0].group': 'disabled', 'hires[0].count': 3 }],
    ['学校下面的那个厂招了2个贫困户', { ...ENT, 'hires[0].group': 'poor_labor', 'hires[0].count': 2 }],
    ['残疾人一共5个 里面3个以工代训4个月 剩下2个以工代训2个月', { 'hires[0].group': 'disabled', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 4, 'hires[1].group': 'disabled', 'hires[1].count': 2, 'hires[1].onJobTrainingMonths': 2 }, E],
    ['贫困户4个 其中1个领过岗前补贴 其余3个没领', { 'hires[0].group': 'poor_labor', 'hires[0].count': 1, 'hires[0].preJobTrainingSubsidy': true, 'hires[1].group': 'poor_labor', 'hires[1].count': 3, 'hires[1].preJobTrainingSubsidy': false }, E],
    // Counts that do not add up to the total: not split, nothing guessed.
    ['贫困户6个 其中4个以工代训3个月 另外1个以工代训2个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 6 }, { ...E, absent: ['hires[0].onJobTrainingMonths'] }],
    ['招的贫困户不是干了不到半年 都已经九个月了', { 'hires[0].group': 'poor_labor', 'hires[0].monthsEmployed': 9 }, E],
    ['工资薪金总额五百万 经费计提了45万', { payrollYuan: 5_000_000, educationFundYuan: 450_000 }, E],
    ['两个高技能人才培训基地 一个设备300万 另一个设备100万', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].site': '第1个高技能人才培训基地', 'equipment[0].valueYuan': 3_000_000, 'equipment[1].kind': 'high_skill_base', 'equipment[1].site': '第2个高技能人才培训基地', 'equipment[1].valueYuan': 1_000_000 }, E],
    ['技能大师工作室设备花了60万一次性付的', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 600_000 }, E],
   ]),
  ...rows('round5', [
    ['残疾人招了俩 岗前补贴压根没申过', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].preJobTrainingSubsidy': false }, E],
    ['岗前那块的钱我们没要过', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['新来的里头有2个是残疾的', { 'hires[0].group': 'disabled', 'hires[0].count': 2 }, E],
    ['厂里上个月招了个贫困户', { ...ENT, 'hires[0].group': 'poor_labor', 'hires[0].count': 1 }],
    ['贫困户3个干了一年; 另外贫困户2个才来4个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[0].monthsEmployed': 12, 'hires[1].group': 'poor_labor', 'hires[1].count': 2, 'hires[1].monthsEmployed': 4 }, E],
    ['社保那个 我们一直交着', { insured: true }, E],
    ['以工代训整整四个月', { 'hires[].onJobTrainingMonths': 4 }, E],
    ['以工代训这块其实是3个月', { 'hires[].onJobTrainingMonths': 3 }, E],
    ['公司社保前年就断了', { ...ENT, insured: false }],
    ['设备钱走的职工教育经费', { 'equipment[0].fromEducationFund': true }, E],
    ['设备不是用职工教育经费买的', { 'equipment[0].fromEducationFund': false }, E],
    ['工资总额八百万 职教经费提了五十万', { payrollYuan: 8_000_000, educationFundYuan: 500_000 }, E],
    ['工资总额六百万 教育经费一年用了40万', { payrollYuan: 6_000_000, educationFundYuan: 400_000 }, E],
    ['教育经费大概一半用在一线职工培训上', { frontlineShareOfFund: 0.5 }, E],
   ]),
  ...rows('round6', [
    ['岗前补贴俺们木领过', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['社保木交', { insured: false }, E],
    ['木材厂招了叁个残疾人', { ...ENT, 'hires[0].group': 'disabled', 'hires[0].count': 3 }],
    ['我退伍三年了 想学个厨师', { groups: ['veteran'], occupation: '厨师' }, P],
    ['倒不是没交社保 一直交着', { insured: true }, E],
    ['残疾人不是 是下岗的 招了3个', { 'hires[0].group': 'registered_unemployed', 'hires[0].count': 3 }, E],
    ['我是残疾人不是贫困户', { groups: ['disabled'] }, P],
    ['招了两个从乡下出来打工的', { 'hires[0].group': 'rural_migrant', 'hires[0].count': 2 }, E],
    ['俺这小饭馆交着社保', { ...ENT, insured: true }],
    ['我们是个门市部 招了1个残疾人', { ...ENT, 'hires[0].group': 'disabled', 'hires[0].count': 1 }],
    ['我们公司招了四个就业困难的人然后以工代训做了两个月岗前补贴没有领过想问一下能补多少', { ...ENT, 'hires[0].group': 'employment_difficulty', 'hires[0].count': 4, 'hires[0].onJobTrainingMonths': 2, 'hires[0].preJobTrainingSubsidy': false }],
    ['今年补贴培训已经参加了两回', { subsidizedTrainingsThisYear: 2 }, P],
   ]),
  ...rows('round7', [
    ['残疾人俩 就业困难的仨', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[1].group': 'employment_difficulty', 'hires[1].count': 3 }, E],
    ['超市里五险都交着呢', { ...ENT, insured: true }],
    ['仓库招了两个贫困户', { ...ENT, 'hires[0].group': 'poor_labor', 'hires[0].count': 2 }],
    ['社保不是没交 是交了', { insured: true }, E],
    ['岗前补贴不是拿过 压根没拿', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['零就业家庭的 我们这没有 有两个残疾人', { 'hires[0].group': 'disabled', 'hires[0].count': 2 }, E],
    ['招了个残疾人 以工代训从四月到九月 整六个月', { 'hires[0].group': 'disabled', 'hires[0].count': 1, 'hires[0].onJobTrainingMonths': 6 }, E],
    ['以前没学过 这是头一回学', { previousSubsidies: [], subsidizedTrainingsThisYear: 0 }, P],
    ['我开了家理发店 两年了', { businessYears: 2 }, P],
   ]),
  ...rows('round8', [
    ['工作室那批设备验收过没 我还真不知道', { 'equipment[0].kind': 'master_studio' }, { ...E, unknown: ['equipment[0].accepted'] }],
    ['设备是教育经费买的？不对 是公司自己掏钱买的', { ...ENT, 'equipment[0].fromEducationFund': false }, { ...E, correcting: true }],
    ['设备30万 是贷款买的', { 'equipment[0].valueYuan': 300_000, 'equipment[0].fromEducationFund': false }, E],
    ['岗前补贴嘛 那几个人的 一直都没领', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['社保这块 咱们 讲真 一直没交', { insured: false }, E],
    ['招了俩残疾人 零就业的 她们不是', { 'hires[0].group': 'disabled', 'hires[0].count': 2 }, E],
    ['我们面馆交着社保', { ...ENT, insured: true }],
    ['设备钱用嘞职工教育经费', { 'equipment[0].fromEducationFund': true }, E],
    ['同一个大师工作室 先买了20万设备 后来又买了10万', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 300_000 }, E],
   ]),
  ...rows('round9', [
    ['俺们社里收了3个贫困户', { entity: 'farmer_cooperative', 'hires[0].group': 'poor_labor', 'hires[0].count': 3 }],
    ['我们学院后勤招了1个残疾人', { entity: 'vocational_school', 'hires[0].group': 'disabled', 'hires[0].count': 1 }],
    ['岗前补贴 那几个 刚来那会儿 公司 都领过了', { ...ENT, 'hires[].preJobTrainingSubsidy': true }, E],
    ['零就业家庭的 倒是一个也没有 招的都是残疾人 两个', { 'hires[0].group': 'disabled', 'hires[0].count': 2 }, E],
    ['一年工资 六百万', { payrollYuan: 6_000_000 }, E],
    ['招了3个贫困户 一直干到现在 满七个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[0].monthsEmployed': 7 }, E],
   ]),
  ...rows('round10', [
    ['残疾人招了4个 其中1个领过岗前补贴', { 'hires[0].group': 'disabled', 'hires[0].count': 1, 'hires[0].preJobTrainingSubsidy': true, 'hires[1].group': 'disabled', 'hires[1].count': 3 }, { ...E, absent: ['hires[1].preJobTrainingSubsidy'] }],
    ['是不是用职工教育经费买的 得问会计', {}, { ...E, pendingFact: 'equipment[0].fromEducationFund', unknown: ['equipment[0].fromEducationFund'] }],
    ['工作室添了批实训设备 大概是去年 花的钱 35万', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 350_000 }, E],
   ]),
  ...rows('round11', [
    ['俺是开装修的公司 招了2个残疾人', { ...ENT, 'hires[0].group': 'disabled', 'hires[0].count': 2 }],
    ['以工代训整五个月', { 'hires[].onJobTrainingMonths': 5 }, E],
    ['贫困户3个 在岗超过七个月了', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[0].monthsEmployed': 7 }, E],
    ['残疾人 一个都没招 招的是零就业家庭的2个', { 'hires[0].group': 'zero_employment_family', 'hires[0].count': 2 }, E],
    ['贫困户分两批 头一批4个人 以工代训5个月 第二批1个人 以工代训2个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 4, 'hires[0].onJobTrainingMonths': 5, 'hires[1].group': 'poor_labor', 'hires[1].count': 1, 'hires[1].onJobTrainingMonths': 2 }, E],
    ['工作室设备花了 四十万', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 400_000 }, E],
    ['工资总额200万 经费15万', { payrollYuan: 2_000_000, educationFundYuan: 150_000 }, E],
   ]),
  ...rows('round12', [
    ['社保呢没交', { insured: false }, E],
    ['招的零就业家庭成员 3个', { 'hires[0].group': 'zero_employment_family', 'hires[0].count': 3 }, E],
    ['工资600万 教育经费50万', { payrollYuan: 6_000_000, educationFundYuan: 500_000 }],
    ['扣除上限是工资的百分之几', {}, E],
    ['户口在郑州 就在郑州学的', { trainingPlace: 'household' }, P],
    ['以前也没补过', { previousSubsidies: [] }, P],
   ]),
  ...rows('round13', [
    ['收了3个贫困劳力', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3 }, E],
    ['困难的那俩 以工代训4个月', { 'hires[0].group': 'employment_difficulty', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 4 }, E],
    ['烧饼店 招了1个残疾人', { ...ENT, 'hires[0].group': 'disabled', 'hires[0].count': 1 }],
    ['岗前那个补贴 一直没申请', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['户口在巩义 就在巩义学的', { trainingPlace: 'household' }, P],
    ['两个大师工作室 甲室设备20万 乙室设备60万', { 'equipment[0].kind': 'master_studio', 'equipment[0].site': '第1个大师工作室', 'equipment[0].valueYuan': 200_000, 'equipment[1].kind': 'master_studio', 'equipment[1].site': '第2个大师工作室', 'equipment[1].valueYuan': 600_000 }, E],
   ]),
  ...rows('round14', [
    ['残疾人俩 以工代训各5个月', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 5 }, E],
    ['工作室设备30万 从职工教育经费列支', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 300_000, 'equipment[0].fromEducationFund': true }, E],
    ['大师工作室设备 分两批 一批12万 一批8万', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 200_000 }, E],
  ]),
  ...rows('round16', [
    ['残疾人2个 以工代训5个月 另有2个残疾人 以工代训1个月', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 5, 'hires[1].group': 'disabled', 'hires[1].count': 2, 'hires[1].onJobTrainingMonths': 1 }, E],
    ['头一批零就业家庭2个 以工代训4个月 第二批1个 以工代训2个月', { 'hires[0].group': 'zero_employment_family', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 4, 'hires[1].group': 'zero_employment_family', 'hires[1].count': 1, 'hires[1].onJobTrainingMonths': 2 }, E],
    ['贫困户3个 残疾人1个 那个残疾的领了岗前补贴 其余都没领', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[1].group': 'disabled', 'hires[1].count': 1, 'hires[1].preJobTrainingSubsidy': true, 'hires[0].preJobTrainingSubsidy': false }, E],
    ['岗前补贴 俺们没领过 招了就业困难的3个 零就业家庭的2个', { 'hires[0].group': 'employment_difficulty', 'hires[0].count': 3, 'hires[1].group': 'zero_employment_family', 'hires[1].count': 2, 'hires[].preJobTrainingSubsidy': false }, E],
    ['社保嘛 会计说 一直都没给交', { insured: false }, E],
    ['岗前补贴 我们财务翻了翻记录 从来没申请', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['工作室设备60万 职工教育经费 验收了', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 600_000, 'equipment[0].fromEducationFund': true, 'equipment[0].accepted': true }, E],
    ['培训基地设备 ￥2,000,000', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 2_000_000 }, E],
    ['工资总额 全年六百万', { payrollYuan: 6_000_000 }, E],
    ['以工代训仅搞了3个月', { 'hires[].onJobTrainingMonths': 3 }, E],
    ['大师工作室 分两回买的设备 15万 25万 都验收了', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 400_000, 'equipment[0].accepted': true }, E],
  ]),
  ...rows('round17', [
    ['俺们烘焙坊招嘞3个零就业家庭的孩子 以工代训2个月', { 'hires[0].group': 'zero_employment_family', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 2 }, E],
    ['贫困的5个 干了10个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 5, 'hires[0].monthsEmployed': 10 }, E],
    ['参了保 残疾人2个', { insured: true, 'hires[0].group': 'disabled', 'hires[0].count': 2 }, E],
    ['零就业家庭的 第一批3个 以工代训4个月', { 'hires[0].group': 'zero_employment_family', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 4 }, E],
    ['残疾人4个 干够半年了', { 'hires[0].group': 'disabled', 'hires[0].count': 4, 'hires[0].monthsEmployed': 6 }, E],
    ['设备 三万八 大师工作室的', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 38_000 }, E],
    ['岗前那个补贴嘛 有人说可以领 我们没去领', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['招了3个残疾人 还没干满半年 才4个月', { 'hires[0].group': 'disabled', 'hires[0].count': 3, 'hires[0].monthsEmployed': 4 }, E],
    ['培训补贴一共 30万 项目制培训', { projectTraining: true, trainingSubsidyYuan: 300_000 }, E],
  ]),
  ...rows('round18', [
    ['困难人员4个 贫困户仨', { 'hires[0].group': 'employment_difficulty', 'hires[0].count': 4, 'hires[1].group': 'poor_labor', 'hires[1].count': 3 }, E],
    ['招了就业困难的 以工代训2个月 有4个人', { 'hires[0].group': 'employment_difficulty', 'hires[0].count': 4, 'hires[0].onJobTrainingMonths': 2 }, E],
    ['店里有个伙计是残疾人', { ...ENT, 'hires[0].group': 'disabled', 'hires[0].count': 1 }, E],
    ['招个零就业家庭的大姐', { 'hires[0].group': 'zero_employment_family', 'hires[0].count': 1 }, E],
    ['贫困户2个 来店里快一年了', { ...ENT, 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 9 }, E],
    ['贫困户4个 在俺这干了还不到半年', { 'hires[0].group': 'poor_labor', 'hires[0].count': 4, 'hires[0].monthsEmployed': 5 }, E],
    ['残疾人2个 上班不到四个月', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].monthsEmployed': 5 }, E],
    ['岗前培训补贴 以前领过吗？木有 从来木有', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['社保交了没？交了 一直交着', { insured: true }, E],
    ['工作室设备50万 哦不对 是五十五万', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 550_000 }, E], // taken back in the same breath (as round21's 不对): the new figure is read, nothing to replace
    ['我们基地 今年添了设备 60万', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 600_000 }, E],
  ]),
  ...rows('round19', [
    ['我们国企 交着社保 招了2个零就业家庭的', { ...ENT, insured: true, 'hires[0].group': 'zero_employment_family', 'hires[0].count': 2 }, E],
    ['俺们机构招了4个贫困户', { entity: 'training_institution', 'hires[0].group': 'poor_labor', 'hires[0].count': 4 }, E],
    ['俺矿上招了个残疾人', { ...ENT, 'hires[0].group': 'disabled', 'hires[0].count': 1 }, E],
    ['俺们是家培训学校 不过是公司制的', { ...ENT }, E],
    ['按月领退休金的资格 没有', { monthlyPension: false }, P],
    ['社保那块儿 说实在的 没交', { insured: false }, E],
  ]),
  ...rows('round19', [
    ['合做社 招了3个贫困户', { entity: 'farmer_cooperative', 'hires[0].group': 'poor_labor', 'hires[0].count': 3 }, E],
    ['社保 我们那 从来 没 停过', { insured: true }, E],
    // A 驾校 is a company (驾驶培训有限公司), not one of the plan's 培训机构: read as an enterprise since round 21.
    ['俺们驾校招了俩残疾人', { entity: 'enterprise', 'hires[0].group': 'disabled', 'hires[0].count': 2 }, E],
  ]),
  ...rows('round19', [
    ['我是开物流分拣的那个公司 招了5个残疾人', { ...ENT, 'hires[0].group': 'disabled', 'hires[0].count': 5 }, E],
    ['以工代训听说是4个月', { 'hires[].onJobTrainingMonths': 4 }, E],
    ['电工证已取', { certificate: true }, P],
  ]),
  ...rows('round19', [
    ['就困2人 代训3月', { 'hires[0].group': 'employment_difficulty', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 3 }, E],
    ['社保这一块儿 老实说 一直没交', { insured: false }, E],
    ['实训基地添了教学模型 二十万元', { 'equipment[0].valueYuan': 200_000 }, E],
  ]),
  ...rows('round20', [
    ['大师工作室 设备四十万 验收？前阵子通过了', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 400_000, 'equipment[0].accepted': true }, E],
    ['基地的设备八十万 验收？还没呢', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 800_000, 'equipment[0].accepted': false }, E],
    ['设备验收不验收的俺也说不准', {}, { ...E, unknown: ['equipment[0].accepted'] }],
  ]),
  ...rows('round20', [
    ['两个工作室 甲室设备买了五十万 乙室设备三十万', { 'equipment[0].kind': 'master_studio', 'equipment[0].site': '第1个工作室', 'equipment[0].valueYuan': 500_000, 'equipment[1].kind': 'master_studio', 'equipment[1].site': '第2个工作室', 'equipment[1].valueYuan': 300_000 }, E],
    ['东区工作室设备二十万，西区基地设备一百二十万', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 200_000, 'equipment[1].kind': 'high_skill_base', 'equipment[1].valueYuan': 1_200_000 }, E],
    ['工作室两个 设备分别是12万和30万', { 'equipment[0].kind': 'master_studio', 'equipment[0].site': '第1个工作室', 'equipment[0].valueYuan': 120_000, 'equipment[1].kind': 'master_studio', 'equipment[1].site': '第2个工作室', 'equipment[1].valueYuan': 300_000 }, E],
    ['工作室的设备分两批买的 每批八万', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 160_000 }, E],
    ['工作室设备每次买个五万', { 'equipment[0].kind': 'master_studio' }, { ...E, absent: ['equipment[0].valueYuan'] }],
    ['社保三年了一个月也没停过 招了2个残疾人 以工代训四个月', { insured: true, 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 4 }, { ...E, absent: ['hires[0].monthsEmployed'] }],
    ['招了两个残疾人 带了三个月', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 3 }, E],
    ['残疾人2个 从年初干到现在九个多月了', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].monthsEmployed': 9 }, E],
    ['去年录用了3位身心障碍者 以工代训4个月', { 'hires[0].group': 'disabled', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 4 }, E],
    ['贫困户3个 在扶贫车间干了十个月', { entity: 'poverty_workshop', 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[0].monthsEmployed': 10 }, E],
    ['每月工资总额200万 一年12个月都一样', { payrollYuan: 24_000_000 }, E],
    ['每个月工资总额60万', {}, { ...E, absent: ['payrollYuan'] }],
    ['招了5个贫困户 都干了一年多 还有个残疾人刚来两个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 5, 'hires[0].monthsEmployed': 12, 'hires[1].group': 'disabled', 'hires[1].count': 1, 'hires[1].monthsEmployed': 2 }, E],
    ['领岗前培训补贴的是别的几个人 这俩没领过', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['我不打算再自己干了 就想学门手艺', { wantsToStartBusiness: false }, P],
    ['没想过当老板 就想找个班上', { wantsToStartBusiness: false }, P],
    ['我是建档立卡户家的孩子 在职业学院读书', { groups: ['poor_family_student'], student: 'vocational' }, P],
    ['建档立卡 这个俺也不清楚 得问村里', {}, { ...P, absent: ['groups'] }],
    ['我们是家培训公司 有个工作室', { entity: 'enterprise' }, E],
    ['贫困户不贫困户的 俺也说不上来', {}, { ...P, absent: ['groups'] }],
    ['我们那的残疾人来了十来个月了', { 'hires[0].group': 'disabled', 'hires[0].monthsEmployed': 8 }, E],
    ['营业执照下来一年半 想学点创业的东西', { businessYears: 1.5 }, P],
    ['那一年是头一回申请补贴', { subsidizedTrainingsThisYear: 0 }, P],
    ['残疾人雇用了5个月 以工代训也是5个月', { 'hires[0].group': 'disabled', 'hires[0].monthsEmployed': 5, 'hires[0].onJobTrainingMonths': 5 }, E],
    ['教育经费这块 工资总额八百万 提了五十万', { payrollYuan: 8_000_000, educationFundYuan: 500_000 }, E],
    ['工资总额2千3百万', { payrollYuan: 23_000_000 }, E],
    ['残疾人2个 岗前补贴申请了 没批下来', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].preJobTrainingSubsidy': false }, E],
    ['贫困户3个 岗前补贴本来想领来着 后来没顾上就没申请', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[0].preJobTrainingSubsidy': false }, E],
    ['工作室设备2w8 职工教育经费买的', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 28_000, 'equipment[0].fromEducationFund': true }, E],
    ['1.公司交社保 2.残疾人3个 以工代训2个月 3.零就业2个 以工代训4个月 4.这些人岗前补贴都没领过', { ...ENT, insured: true, 'hires[0].group': 'disabled', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 2, 'hires[1].group': 'zero_employment_family', 'hires[1].count': 2, 'hires[1].onJobTrainingMonths': 4, 'hires[].preJobTrainingSubsidy': false }, E],
  ]),
  ...rows('round21', [
    ['残疾人招了2个 不对 3个', { 'hires[0].group': 'disabled', 'hires[0].count': 3 }, E],
    ['以工代训5个月 哦不 4个月', { 'hires[].onJobTrainingMonths': 4 }, E],
    ['今年补过两次了 说错了 一次', { subsidizedTrainingsThisYear: 1 }, P],
    ['工资总额500个w', { payrollYuan: 5_000_000 }, E],
    ['工作室的设备分两个标段 6万 4万', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 100_000 }, E],
    ['基地设备 150万 加 50万', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 2_000_000 }, E],
    ['工作室设备 钱或许是教育经费 也可能是自己掏的', { 'equipment[0].kind': 'master_studio' }, { ...E, unknown: ['equipment[0].fromEducationFund'] }],
    ['公司社保 要么交了要么没交 我说不好', { ...ENT }, { ...E, unknown: ['insured'] }],
    ['招了2个零就业 1个残疾人 岗前补贴 残疾人领了 别的都没领', { 'hires[0].group': 'zero_employment_family', 'hires[0].count': 2, 'hires[0].preJobTrainingSubsidy': false, 'hires[1].group': 'disabled', 'hires[1].count': 1, 'hires[1].preJobTrainingSubsidy': true }, E],
    ['大前年开了家小吃店', { businessYears: 3 }, P],
  ]),
  ...rows('round21', [
    ['零就业的招了仨 以工代训两个月', { 'hires[0].group': 'zero_employment_family', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 2 }, E],
    ['21年3月来的2个贫困户 一直干到21年11月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 8 }, E],
    ['残疾人招了6个 两个以工代训4个月', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 4, 'hires[1].group': 'disabled', 'hires[1].count': 4 }, E],
    ['我替我妈打听 她每月有退休金 想学面点', { monthlyPension: true, occupation: '面点' }, P],
    ['今年没申请过补贴 之前也没领过', { subsidizedTrainingsThisYear: 0, previousSubsidies: [] }, P],
    ['在外省参加的培训', {}, { ...P, absent: ['trainingPlace'] }],
  ]),
  ...rows('round21', [
    ['单位社保这些年一直没有中断过', { insured: true }, E],
    ['公司的社会保险今年三月起停缴了', { ...ENT, insured: false }, E],
    ['我们现在不属于参保企业', { insured: false }, E],
    ['残疾人的以工代训应为4个月', { 'hires[0].group': 'disabled', 'hires[0].onJobTrainingMonths': 4 }, E],
    ['开店三年零六个月', { businessYears: 3.5 }, P],
    ['暂时没有新的创业打算', { wantsToStartBusiness: false }, P],
  ]),
  ...rows('round21', [
    ['残疾人2名 入职正好6个月 以工代训也是6个月', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].monthsEmployed': 6, 'hires[0].onJobTrainingMonths': 6 }, E],
    ['技能大师工作室两个 一个设备20万 一个设备60万', { 'equipment[0].kind': 'master_studio', 'equipment[0].site': '第1个大师工作室', 'equipment[0].valueYuan': 200_000, 'equipment[1].kind': 'master_studio', 'equipment[1].site': '第2个大师工作室', 'equipment[1].valueYuan': 600_000 }, E],
    ['俺六十了 还没退休 有补贴不', { monthlyPension: false }, P],
  ]),
  ...rows('round21', [
    ['我司为参保单位 吸纳残疾人1名', { ...ENT, insured: true, 'hires[0].group': 'disabled', 'hires[0].count': 1 }, E],
  ]),
  ...rows('round21', [
    ['招了6个残疾人 不对 是5个 以工代训2个月', { 'hires[0].group': 'disabled', 'hires[0].count': 5, 'hires[0].onJobTrainingMonths': 2 }, E],
  ]),
  ...rows('round22', [
    ['俺小舅子的厂子 社保一直交着', { ...ENT, insured: true }],
    ['帮我朋友家的合作社问下 收了仨贫困户', { entity: 'farmer_cooperative', 'hires[0].group': 'poor_labor', 'hires[0].count': 3 }],
    ['大师工作室设备花了三十万 是职工教育经费 验收也过了', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 300_000, 'equipment[0].fromEducationFund': true, 'equipment[0].accepted': true }, E],
    ['零就业家庭的招了三个 以工代训五个月 哦不对 是三个月', { 'hires[0].group': 'zero_employment_family', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 3 }, E],
    ['车间去年招了二百三就业困难人员', { 'hires[0].group': 'employment_difficulty', 'hires[0].count': 230 }, E],
    ['岗前补贴这笔钱 我们查过了 一分没领 招了俩残疾人', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].preJobTrainingSubsidy': false }, E],
    ['都是以工代训五个月 残疾人来了八个月了', { 'hires[0].group': 'disabled', 'hires[0].monthsEmployed': 8, 'hires[].onJobTrainingMonths': 5 }, E],
    ['工作室设备验手通过了', { 'equipment[0].kind': 'master_studio', 'equipment[0].accepted': true }, E],
  ]),
  ...rows('round22', [
    ['社保 职工的 一个月也没欠过', { insured: true }, E],
    ['我在职校读书 听说残疾学生有补助', { student: 'vocational' }, { ...P, absent: ['groups'] }],
    ['贫困户 我家 不是', {}, { ...P, absent: ['groups'] }],
  ]),
  ...rows('round22', [
    ['岗前补贴 去年报上去了 后来说材料不对 最终也没批下来', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['实训基地 新添设备 用职工教育经费 80万 验收也通过了', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 800_000, 'equipment[0].fromEducationFund': true, 'equipment[0].accepted': true }, E],
    ['零就业家庭的 那仨 我们交着社保的厂子', { ...ENT, insured: true, 'hires[0].group': 'zero_employment_family', 'hires[0].count': 3 }, E],
    ['就业困难人员是啥意思 我表哥算不算', {}, { absent: ['groups', 'hires[0].group'] }],
    ['干了多久 我说错了 是9个月', { 'hires[].monthsEmployed': 9 }, { ...E, correcting: true }],
  ]),
  ...rows('round22', [
    ['今年前面两次培训都领了补贴', { subsidizedTrainingsThisYear: 2 }, P],
    ['户口在开封 在户籍地学的电工', { trainingPlace: 'household', occupation: '电工' }, P],
    ['连锁超市 交着社保', { ...ENT, insured: true }, E],
  ]),
  ...rows('round22', [
    ['俺那个小超市 开了四年多 快五年了', { businessYears: 4.5 }, P],
    ['不对 店是刚开半年', { businessYears: 0.5 }, { ...P, correcting: true }],
    ['说错了 社保其实没交 交社保的是我姐那个厂', { insured: false }, { ...E, correcting: true }],
    ['会计说 工资总额 一年是三百万', { payrollYuan: 3_000_000 }, E],
    ['岗前补贴 嗯 那个 我专门问了老板 他说 压根没申请过', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['在我户口那个县 学的电工', { trainingPlace: 'household', occupation: '电工' }, P],
    ['打算回村搞个养鸡的', { wantsToStartBusiness: true }, P],
  ]),
  ...rows('round22', [
    ['招的4个人是残疾人 以工代训两个月', { 'hires[0].group': 'disabled', 'hires[0].count': 4, 'hires[0].onJobTrainingMonths': 2 }, E],
  ]),
  ...rows('round22', [
    ['合作社 4个贫困户 在这干了得有八九个月了 以工代训5个月', { entity: 'farmer_cooperative', 'hires[0].group': 'poor_labor', 'hires[0].count': 4, 'hires[0].monthsEmployed': 8, 'hires[0].onJobTrainingMonths': 5 }, E],
    ['我们公司今年提了二十万的职工教育经费', { ...ENT, educationFundYuan: 200_000 }, E],
    ['扶贫车间 3个贫困户 来了四五个月', { entity: 'poverty_workshop', 'hires[0].group': 'poor_labor', 'hires[0].count': 3 }, { ...E, absent: ['hires[0].monthsEmployed'] }],
  ]),
  ...rows('round22', [
    ['开了个小超市 个体户 没注册公司 招了1个残疾人', { 'hires[0].group': 'disabled', 'hires[0].count': 1 }, { ...E, absent: ['entity'] }],
    ['以前补过没 没有', { previousSubsidies: [] }, P],
  ]),
  ...rows('round23', [
    ['企业 社保 正常 人员：就业困难3 以工代训：5个月', { ...ENT, 'hires[0].group': 'employment_difficulty', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 5 }, E],
    ['贫困户4 残疾人2 都是以工代训3个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 4, 'hires[1].group': 'disabled', 'hires[1].count': 2, 'hires[].onJobTrainingMonths': 3 }, E],
    ['残疾人 2级 招了一个', { 'hires[0].group': 'disabled' }, { ...E, absent: ['hires[0].count'] }],
    ['贫困户2个 在厂里上班整8个月了', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 8 }, E],
    ['贫困户2个 都说干满半年了 其实还差两个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 4 }, E],
    ['岗前补贴 乡里答应帮俺们申请', {}, { ...E, absent: ['hires[].preJobTrainingSubsidy', 'hires[0].preJobTrainingSubsidy'] }],
    ['培训基地的设备是120万 不是150万', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 1_200_000 }, E],
  ]),
  ...rows('round23', [
    ['今年补贴 一回都没领过', { subsidizedTrainingsThisYear: 0 }, P],
    ['前年补过一回电工四级 今年又考了一遍一样的四级', { occupation: '电工', level: '四级', previousSubsidies: [{ occupation: '电工', level: '四级' }] }, P],
    ['招了2个残疾人 带他们带了3个月', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 3 }, E],
  ]),
  ...rows('round23', [
    ['厂里贫困户分两拨 一拨4个人干了8个月 另一拨2个人才来2个月', { ...ENT, 'hires[0].group': 'poor_labor', 'hires[0].count': 4, 'hires[0].monthsEmployed': 8, 'hires[1].group': 'poor_labor', 'hires[1].count': 2, 'hires[1].monthsEmployed': 2 }, E],
    ['招了3个下岗的 没认定过就业困难', { 'hires[0].group': 'registered_unemployed', 'hires[0].count': 3 }, { ...E, absent: ['hires[1].group'] }],
  ]),
  ...rows('round23', [
    ['俺家老二在技校学汽修 家里是建档立卡的', { groups: ['poor_labor'], childStudent: 'technical' }, P],
  ]),
  ...rows('round23', [
    ['合作社招了5个贫困户 干了8个月 以工代训4个月 哦不 是6个贫困户', { entity: 'farmer_cooperative', 'hires[0].group': 'poor_labor', 'hires[0].count': 6, 'hires[0].monthsEmployed': 8, 'hires[0].onJobTrainingMonths': 4 }, E],
  ]),
  ...rows('round23', [
    ['贫困户3个 岗前补贴 其中一个领过', { 'hires[0].group': 'poor_labor', 'hires[0].count': 1, 'hires[0].preJobTrainingSubsidy': true, 'hires[1].group': 'poor_labor', 'hires[1].count': 2 }, { ...E, absent: ['hires[1].preJobTrainingSubsidy'] }],
  ]),
  ...rows('round24', [
    ['砖厂交着社保 收了5个残疾人 都有就业困难认定 以工代训4个月', { ...ENT, insured: true, 'hires[0].group': 'disabled', 'hires[0].count': 5, 'hires[0].onJobTrainingMonths': 4 }, { ...E, absent: ['hires[1].group'] }],
    ['3个持有就业困难证的残疾人', { 'hires[0].group': 'disabled', 'hires[0].count': 3 }, { ...E, absent: ['hires[1].group'] }],
    ['残疾人1个 就业困难认定的2个', { 'hires[0].group': 'disabled', 'hires[0].count': 1, 'hires[1].group': 'employment_difficulty' }, E],
    ['养殖场 收了三个贫困户 干了8个月 还有一个退伍的 不是贫困户', { entity: 'enterprise', 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[0].monthsEmployed': 8, 'hires[1].group': 'veteran', 'hires[1].count': 1 }, E],
    ['不对 是5个 其中一个是低保户 不是建档立卡的', {}, { ...E, correcting: true, absent: ['hires[0].group'] }],
    ['都是2021年3月进的厂 干了九个月', { ...ENT, 'hires[].monthsEmployed': 9 }, E],
    ['残疾那俩5个月 零就业那个3个月', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 5, 'hires[1].group': 'zero_employment_family', 'hires[1].count': 1, 'hires[1].onJobTrainingMonths': 3 }, { ...E, pendingFact: 'hires[0].onJobTrainingMonths' }],
    ['俺开了个烧烤店 三年了 想去参加创业培训', { businessYears: 3 }, P],
  ]),
  ...rows('round24', [
    ['厂里确实没给这几个人上保险', { ...ENT, insured: false }, E],
    ['岗前补贴的话 招来的人没有不领的', { 'hires[].preJobTrainingSubsidy': true }, E],
    ['岗前补贴这几个人里 一个都没领过', { 'hires[].preJobTrainingSubsidy': false }, E],
    ['养殖场 残疾人分两拨：一拨2个 以工代训3个月；一拨1个 以工代训5个月', { entity: 'enterprise', 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 3, 'hires[1].group': 'disabled', 'hires[1].count': 1, 'hires[1].onJobTrainingMonths': 5 }, E],
    ['大师工作室 设备60万 职工教育经费出的 按20%是不是12万', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 600_000, 'equipment[0].fromEducationFund': true }, E],
    ['小超市开6年了 听说开业5年以内才行', { businessYears: 6 }, P],
    ['说实话零就业的只有1个', { 'hires[0].group': 'zero_employment_family', 'hires[0].count': 1 }, E],
    ['俺在户籍地考了个初级育婴员 证拿到了', { trainingPlace: 'household', certificate: true, occupation: '育婴员', level: '五级' }, P],
    ['饭店请了个阿姨 干了7个月 她是贫困户', { entity: 'enterprise', 'hires[0].group': 'poor_labor', 'hires[0].count': 1, 'hires[0].monthsEmployed': 7 }, E],
    ['残疾的那个小伙带了两个月', { 'hires[0].group': 'disabled', 'hires[0].onJobTrainingMonths': 2 }, E],
  ]),
  ...rows('round24', [
    ['基地设备一共200万 其中50万从职工教育经费出 剩下150万是自有资金', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 500_000, 'equipment[0].fromEducationFund': true }, E],
    ['工作室设备40万 职教经费买的', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 400_000, 'equipment[0].fromEducationFund': true }, E],
    ['不对 拿退休金的是我老公 我自己没有', { monthlyPension: false }, { ...P, correcting: true }],
    ['焊工证 考是考了 没考过', { certificate: false }, P],
    ['嗯 打算开个家政中介', { wantsToStartBusiness: true }, P],
    ['一共六个', { 'hires[0].count': 6 }, { ...E, pendingFact: 'hires' }],
  ]),
  ...rows('round24', [
    ['车间收了4个贫困户 干了9个月', { entity: 'poverty_workshop', 'hires[0].group': 'poor_labor', 'hires[0].count': 4, 'hires[0].monthsEmployed': 9 }, E],
    ['车间 贫困户3个 零就业的1个', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[1].group': 'zero_employment_family', 'hires[1].count': 1 }, { ...E, absent: ['entity'] }],
    ['厂子的车间 收了3个贫困户', { entity: 'enterprise', 'hires[0].group': 'poor_labor', 'hires[0].count': 3 }, E],
    ['零就业家庭的2个 在公司干了快一年', { entity: 'enterprise', 'hires[0].group': 'zero_employment_family', 'hires[0].count': 2, 'hires[0].monthsEmployed': 9 }, E],
    ['建档立卡的2个 正好满6个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 6 }, E],
    ['贫困户2个 跟了俺快两年了', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 18 }, E],
    ['贫困户4个(干了9个月) 贫困户1个(干了2个月)', { 'hires[0].group': 'poor_labor', 'hires[0].count': 4, 'hires[0].monthsEmployed': 9, 'hires[1].group': 'poor_labor', 'hires[1].count': 1, 'hires[1].monthsEmployed': 2 }, E],
    ['贫困户2个 从二月干到十月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 8 }, E],
  ]),
  ...rows('round24', [
    ['砖厂 收了俩贫困户 干了十个月 厂里边带着干活学手艺带了三个月', { entity: 'enterprise', 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 10, 'hires[0].onJobTrainingMonths': 3 }, E],
    ['招了俩残疾人 带着学手艺五个月', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 5 }, E],
    ['他们岗前的钱 可不是没领 是领过了', { 'hires[].preJobTrainingSubsidy': true }, E],
  ]),
  // A sweep of everyday wordings for the core facts, written from scratch (not from any held-out set).
  ...rows('round24', [
    ['收了2个残疾人 上岗带教了3个月', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 3 }, E],
    ['零就业家庭的1个 跟班学习了5个月', { 'hires[0].group': 'zero_employment_family', 'hires[0].count': 1, 'hires[0].onJobTrainingMonths': 5 }, E],
    ['贫困户4个 一边干一边学 学了半年', { 'hires[0].group': 'poor_labor', 'hires[0].count': 4, 'hires[0].onJobTrainingMonths': 6 }, E],
    ['员工保险都有', { insured: true }, E],
    ['贫困户2个 入职培训补贴没领过', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].preJobTrainingSubsidy': false }, E],
    ['招了6号人 都是就业困难的', { 'hires[0].group': 'employment_difficulty', 'hires[0].count': 6 }, E],
    ['零就业家庭 2口人', { 'hires[0].group': 'zero_employment_family', 'hires[0].count': 2 }, E],
    ['在上班的地方学的 证下来了', { trainingPlace: 'job_seeking', certificate: true }, P],
    ['俺是扶贫户', { groups: ['poor_labor'] }, P],
    ['我当过三年兵', { groups: ['veteran'] }, P],
  ]),
  ...rows('round24', [
    ['基地两处 1.培训基地设备120万 2.大师工作室设备40万', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 1_200_000, 'equipment[1].kind': 'master_studio', 'equipment[1].valueYuan': 400_000 }, E],
    ['不对 公司没参保 他们社保是自己按灵活就业交的', { entity: 'enterprise', insured: false }, { ...E, correcting: true }],
    ['新公司 社保户还没开', { entity: 'enterprise', insured: false }, E],
    ['在郑州上班 户口在外地 证考下来了', { certificate: true }, P],
    ['残疾人2人 以工代训3个月 入职多久我不清楚', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 3 }, { ...E, unknown: ['hires[0].monthsEmployed'] }],
  ]),
  ...rows('round24', [
    ['俺以前在深圳工厂干了五年 回来办了个合作社 收了2个贫困户 干了7个月', { entity: 'farmer_cooperative', 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 7 }, E],
    ['残疾人3个 岗前补贴 本来打算报的 后来忘了 一直没报', { 'hires[0].group': 'disabled', 'hires[0].count': 3, 'hires[0].preJobTrainingSubsidy': false }, E],
  ]),
  ...rows('round24', [
    ['大师工作室 头回买了20万的设备 后来又买了20万', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 400_000 }, E],
  ]),
  ...rows('round24', [
    ['我们是民办培训学校 搞了项目制培训', { entity: 'training_institution', projectTraining: true }, E],
  ]),
  ...rows('round24', [
    ['公司参保 招了4个残疾人 以工代训5个月 还有1个零就业的 以工代训2个月 那4个岗前补贴没领', { entity: 'enterprise', insured: true, 'hires[0].group': 'disabled', 'hires[0].count': 4, 'hires[0].onJobTrainingMonths': 5, 'hires[0].preJobTrainingSubsidy': false, 'hires[1].group': 'zero_employment_family', 'hires[1].count': 1, 'hires[1].onJobTrainingMonths': 2 }, E],
    ['以工代训也做够6个月', { 'hires[].onJobTrainingMonths': 6 }, E],
  ]),
  ...rows('round24', [
    ['不对 社保其实是他们自己按灵活就业交的', { insured: false }, { ...E, correcting: true }],
    ['我自己按灵活就业交的社保', {}, { ...E, absent: ['insured'] }],
  ]),
  ...rows('round25', [
    ['厂里招了4️⃣个残疾人', { ...ENT, 'hires[0].group': 'disabled', 'hires[0].count': 4 }, E],
    ['新招了3名持证残疾人 以工代训4个月', { 'hires[0].group': 'disabled', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 4 }, E],
    ['收了2个贫困户 以工代训七八个月了', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 7 }, E],
    ['收了2个贫困户 以工代训三四个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2 }, { ...E, absent: ['hires[0].onJobTrainingMonths'] }],
    ['社保这块我们厂 老实讲 从来没交过', { ...ENT, insured: false }, E],
    ['带训带了4个月 签了合同到现在7个月', { 'hires[0].onJobTrainingMonths': 4, 'hires[0].monthsEmployed': 7 }, { ...E, pendingFact: 'hires[0].onJobTrainingMonths' }],
    ['培训基地买设备80万 资金来源是职工教育经费 已验收', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 800_000, 'equipment[0].fromEducationFund': true, 'equipment[0].accepted': true }, E],
    ['大师工作室设备70万 教育经费列支 验收过了 按20%算是不是14万', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 700_000, 'equipment[0].fromEducationFund': true, 'equipment[0].accepted': true }, { ...E, correcting: false }],
    ['1.培训基地设备200万(职工教育经费,已验收) 2.大师工作室设备30万(资金来源和验收同上)', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 2_000_000, 'equipment[0].fromEducationFund': true, 'equipment[0].accepted': true, 'equipment[1].kind': 'master_studio', 'equipment[1].valueYuan': 300_000, 'equipment[1].fromEducationFund': true, 'equipment[1].accepted': true }, E],
    ['岗前补贴那个 领倒是领过 不过是前年招的那批人 这回招的2个零就业家庭的 以工代训3个月 这俩人倒没领过', { 'hires[0].group': 'zero_employment_family', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 3, 'hires[0].preJobTrainingSubsidy': false }, E],
    ['客户说他按月领养老金的资格是没有的', { monthlyPension: false }, P],
    ['证书拿到手了 是头一回参加培训', { certificate: true, subsidizedTrainingsThisYear: 0 }, P],
    ['焊工证拿到了 以前没考过别的证', { certificate: true, previousSubsidies: [] }, P],
    ['机构是系统里的', { institutionInSystem: true }, P],
    ['去年补过一回初级电焊 今年又去考了初级电焊', { occupation: '电焊', level: '五级', previousSubsidies: [{ occupation: '电焊', level: '五级' }] }, P],
    ['培训是去洛阳一个亲戚推荐的学校弄的 户口不在那 也不住那 也不在那打工', { trainingPlace: 'other' }, P],
  ]),
  ...rows('round26', [
    ['厂里收了俩零就业家庭的孩子 干了半年 以工代训4个月', { ...ENT, 'hires[0].group': 'zero_employment_family', 'hires[0].count': 2, 'hires[0].monthsEmployed': 6, 'hires[0].onJobTrainingMonths': 4 }, E],
    ['公司要了3个残疾学生(特殊教育学校毕业的) 以工代训两个月', { ...ENT, 'hires[0].group': 'disabled', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 2 }, E],
    ['保洁公司前年招了俩大姐，都是就业困难人员', { ...ENT, 'hires[0].group': 'employment_difficulty', 'hires[0].count': 2 }, E],
    ['我家是建档立卡户 儿子技校毕业进了一家厂子 以工代训3个月', { ...ENT, 'hires[0].group': 'poor_labor', 'hires[0].count': 1, 'hires[0].onJobTrainingMonths': 3 }, E],
    ['开超市的 四个营业员里有一个是残疾人', { ...ENT, 'hires[0].group': 'disabled', 'hires[0].count': 1 }, E],
    ['物流公司招了一个0就业家庭的', { ...ENT, 'hires[0].group': 'zero_employment_family', 'hires[0].count': 1 }, E],
    ['招了3个贫困户 干了八个来月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[0].monthsEmployed': 8 }, E],
    ['一个残疾人 以工代训五个月 哎不对 是两个月', { 'hires[0].group': 'disabled', 'hires[0].count': 1, 'hires[0].onJobTrainingMonths': 2 }, E],
    ['薪资总额500万 教育经费计提30万', { payrollYuan: 5_000_000, educationFundYuan: 300_000 }, E],
    ['工资总额一年四五百万 教育经费提了30万', { educationFundYuan: 300_000 }, { ...E, absent: ['payrollYuan'] }],
    ['职工教育经费给培训基地买了90万的设备 验收合格', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 900_000, 'equipment[0].fromEducationFund': true, 'equipment[0].accepted': true }, E],
    ['设备钱从哪个账上走的 我不清楚', {}, { ...E, unknown: ['equipment[0].fromEducationFund'] }],
    ['我在外省学的电焊 证拿了 那里不是户籍地不是常住地也不是我打工的地方', { certificate: true, trainingPlace: 'other' }, P],
    ['我也没领啥退休金', { monthlyPension: false }, P],
  ]),
  ...rows('round26', [
    ['我中专 今年刚毕业', { student: 'vocational' }, P],
    ['想自己干点啥 有创业培训没', { wantsToStartBusiness: true }, P],
    ['想开个便利店 有培训吗', { wantsToStartBusiness: true }, P],
    ['一直给人打工 没开过店 倒是有这个想法', { wantsToStartBusiness: true }, P],
  ]),
  ...rows('round26', [
    ['俺退休两年了 想学个面点', { monthlyPension: true, occupation: '面点' }, P],
    ['她在外地学的 户口不在那 也不住那 也不在那打工', { trainingPlace: 'other' }, P],
  ]),
  ...rows('round26', [
    ['对这批残疾人 岗前补贴没申请过 公司交社保 一共3个 以工代训4个月', { ...ENT, insured: true, 'hires[0].group': 'disabled', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 4, 'hires[0].preJobTrainingSubsidy': false }, E],
  ]),
  ...rows('round26', [
    ['饭店里新来个姑娘 家里是零就业家庭', { ...ENT, 'hires[0].group': 'zero_employment_family', 'hires[0].count': 1 }, E],
    ['扶贫车间就收了她一个 建档立卡户', { entity: 'poverty_workshop', 'hires[0].group': 'poor_labor', 'hires[0].count': 1 }, E],
  ]),
  ...rows('round27', [
    ['公司交社保 就业困难人员 人数3个 以工代训2个月', { ...ENT, insured: true, 'hires[0].group': 'employment_difficulty', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 2 }, E],
    ['厂里招了2个残疾人，都在以工代训，目前5个月', { ...ENT, 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 5 }, E],
    ['扶贫车间 贫困户2个 干了9个月 以工代训3个月 岗前补贴这个我核实过 没领', { entity: 'poverty_workshop', 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 9, 'hires[0].onJobTrainingMonths': 3, 'hires[0].preJobTrainingSubsidy': false }, E],
    ['合作社有1个贫困户 干了10个月 以工代训算下来7个月', { entity: 'farmer_cooperative', 'hires[0].group': 'poor_labor', 'hires[0].count': 1, 'hires[0].monthsEmployed': 10, 'hires[0].onJobTrainingMonths': 7 }, E],
    ['我们店里招了个零就业家庭的 刘姐是零就业家庭的', { ...ENT, 'hires[0].group': 'zero_employment_family', 'hires[0].count': 1 }, E],
    ['家政公司招了两个大姐 她俩家里都是零就业家庭', { ...ENT, 'hires[0].group': 'zero_employment_family', 'hires[0].count': 2 }, E],
  ]),
  ...rows('round27', [
    ['前年考了叉车司机中级 领过补贴 今年还想再考叉车司机中级', { occupation: '叉车', level: '四级', previousSubsidies: [{ occupation: '叉车', level: '四级' }] }, P],
    ['以前补过一次 这回又报了同一个工种同一个等级', { occupation: '与上次同一职业', level: '同一等级', previousSubsidies: [{ occupation: '与上次同一职业', level: '同一等级' }] }, P],
  ]),
  ...rows('round28', [
    // The place of training named by the place one lives in (在X住 / 在X常住), or a district of the city.
    ['我在洛阳住 也在洛阳这边报的班 学电工', { trainingPlace: 'residence', occupation: '电工' }, P],
    ['户口二七区的 就在郑州报的培训班 学的中式烹调师', { trainingPlace: 'household', occupation: '中式烹调师' }, P],
    // This year's count said with the year, then the count (YYYY年 / 今年 … N次).
    ['今年补贴的培训我都参加了两回了', { subsidizedTrainingsThisYear: 2 }, P],
    ['2020年我已经领过3次培训补贴了', { subsidizedTrainingsThisYear: 3 }, P],
    // The school's own system status, said of it as 他们.
    ['那家机构说他们还没进省里的系统', { institutionInSystem: false }, P],
    // 这几个人 is no question: "not unclaimed, claimed" is claimed.
    ['岗前补贴这几个人不是没领 是之前就领过', { 'hires[].preJobTrainingSubsidy': true }, E],
    // A denial describing another row (他不是贫困户) takes nothing back from the row said.
    ['有一个是零就业家庭的 另外一个是退伍的 他不是零就业家庭', { 'hires[0].group': 'zero_employment_family', 'hires[0].count': 1, 'hires[1].group': 'veteran', 'hires[1].count': 1 }, E],
    // One person by role: 有个保洁大姐.
    ['店里有个保洁大姐 家里是建档立卡的', { ...ENT, 'hires[0].group': 'poor_labor', 'hires[0].count': 1 }, E],
    // A heading names the months for each group after it.
    ['贫困户4个 残疾人1个 以工代训 贫困户那4个五个月 残疾人那个两个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 4, 'hires[0].onJobTrainingMonths': 5, 'hires[1].group': 'disabled', 'hires[1].count': 1, 'hires[1].onJobTrainingMonths': 2 }, E],
    // A role noun between the group and its count.
    ['零就业家庭的保洁员三个', { 'hires[0].group': 'zero_employment_family', 'hires[0].count': 3 }, E],
    // Insurance denied after an aside (说实话).
    ['社保这块老实说 一直没给他们交', { insured: false }, E],
    // A group denied with a particle between (吧 / 俺家).
    ['这俩人残疾人吧也不是 就是普通打工的', {}, { ...E, absent: ['hires[0].group'] }],
    ['零就业家庭那个 他家不是', {}, { ...E, absent: ['hires[0].group'] }],
  ]),
  ...rows('round29', [
    // The earlier trainings of the year, each said to have been subsidised; a dated 那年 too.
    ['今年都第4次了 前面三次都有补贴 这次学咖啡师', { subsidizedTrainingsThisYear: 3, occupation: '咖啡师' }, P],
    ['2021年3月那会儿 我那年已经领过3次培训补贴了', { subsidizedTrainingsThisYear: 3 }, P],
    // 前面两次 alone says nothing of subsidies.
    ['今年第3次去学了 前面两次是自费的', {}, { ...P, absent: ['subsidizedTrainingsThisYear'] }],
    // The year's certificates, each said to have been subsidised.
    ['我今年已经考了两个证了 都领了补贴 还想再考第三个', { subsidizedTrainingsThisYear: 2, certificate: true }, P],
    // Work said first, then where it is: all three places named, the training elsewhere.
    ['户口郑州 住郑州 工作也在郑州 专门跑去杭州学的直播', { trainingPlace: 'other' }, P],
    // A count right after the verb of hiring, then all said to be of the group.
    ['招了俩 都是建档立卡贫困户 干了八个月了', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 8 }, E],
    // The bound said after the span: under six months, not six.
    ['招了俩建档立卡的 干到现在 六个月还不到哩 以工代训俩月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 5, 'hires[0].onJobTrainingMonths': 2 }, E],
    // A double negative of insurance: everyone paid for.
    ['社保俺公司没有不交的', { ...ENT, insured: true }, E],
    // A share of the fund is no sum of it; the sum said after it is.
    ['听说职工教育经费政府给报销百分之八 工资一年三百万 教育经费提了十五万', { payrollYuan: 3_000_000, educationFundYuan: 150_000 }, E],
    // Another lot of the same group (还有三个也是…的), typed without a break: each lot keeps its spans.
    ['建档立卡户招了五个干了十个月以工代训六个月还有三个也是建档立卡的来了七个月以工代训才搞了两个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 5, 'hires[0].monthsEmployed': 10, 'hires[0].onJobTrainingMonths': 6, 'hires[1].group': 'poor_labor', 'hires[1].count': 3, 'hires[1].monthsEmployed': 7, 'hires[1].onJobTrainingMonths': 2 }, E],
    // The training's sum said in the clause after it (算下来9个月) is the training's, not the work's.
    ['车间在登封 吸纳贫困劳动力7人 干了一年了 以工代训一直在搞 算下来9个月', { entity: 'poverty_workshop', 'hires[0].group': 'poor_labor', 'hires[0].count': 7, 'hires[0].monthsEmployed': 12, 'hires[0].onJobTrainingMonths': 9 }, E],
    // Insurance paid through another company is not this unit's.
    ['社保其实是挂在别的公司交的', { insured: false }, E],
    // People counted as people, a denied group between, then all said to be of another group.
    ['招的这5个人 建档立卡贫困户倒不是 都是就业困难人员认定过的', { 'hires[0].group': 'employment_difficulty', 'hires[0].count': 5 }, E],
    // The unit's kind: a works asked about with its hires counted roughly, a business turned company, a kind in doubt.
    ['厂里几个贫困户 以工代训能给多少', { ...ENT, 'hires[0].group': 'poor_labor' }, E],
    ['俺家农家乐 前年改成公司了 想问个补贴', { ...ENT }],
    ['我办的民办幼儿园 不知道算不算企业 社保交了', { insured: true }, { ...E, unknown: ['entity'], absent: ['entity'] }],
    // A group denied with a pointer, an aside and a hedge between it and the denial.
    ['建档立卡那个 俺家 说实话 其实不是 就是家里有点困难 娃上技校有啥补助不', { childStudent: 'technical' }, { absent: ['groups:poor_labor'] }],
    // The training place named by the home's district, the training said with 报 in the next clause.
    ['在我户口那个区 报了个焊工初级 学完证书拿到了', { trainingPlace: 'household', occupation: '焊工', level: '五级', certificate: true }, P],
    // The school's system asked both ways (在不在), then "how would I know": open, never "in".
    ['然后那个培训学校 在不在那个系统里 我哪知道啊 反正人家收了钱', {}, { ...P, unknown: ['institutionInSystem'], absent: ['institutionInSystem'] }],
    // A business the school runs (校办企业) is the employer, not the school.
    ['我们是技工院校办的校办企业 工资薪金总额260万', { ...ENT, payrollYuan: 2_600_000 }, E],
    // A message all about a relative (俺爸…他…), the asker never in it: the relative is the case.
    ['俺爸被单位裁了 55了 他每个月领退休金 还能补贴培训不', { monthlyPension: true }],
    // 系统里 alone says where, not that it is in; the denial after the ellipsis is not read as a yes.
    ['省里的职业培训信息管理系统里……他们说是没有录入的', {}, { absent: ['institutionInSystem'] }],
    // A total of two groups, then one group's own count: the other gets the rest, never the total.
    ['装修公司 参保 贫困户跟残疾人一共10个 贫困户是6个', { ...ENT, insured: true, 'hires[0].group': 'poor_labor', 'hires[0].count': 6, 'hires[1].group': 'disabled', 'hires[1].count': 4 }, E],
    ['贫困户和残疾人一共10个 以工代训4个月', { 'hires[0].group': 'poor_labor', 'hires[1].group': 'disabled', 'hires[].onJobTrainingMonths': 4 }, { ...E, absent: ['hires[0].count', 'hires[1].count'] }],
    // A bare 没有 after a group says the group is absent, not that the unit is uninsured.
    ['工厂 参保 新招的人里残疾人 没有 就业困难人员倒是有2个', { ...ENT, insured: true, 'hires[0].group': 'employment_difficulty', 'hires[0].count': 2 }, E],
    // Ten-thousands and thousands said apart are one figure.
    ['技能大师工作室 职工教育经费买了台数控设备 38万5千 验收合格', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 385_000, 'equipment[0].fromEducationFund': true, 'equipment[0].accepted': true }, E],
    // Bought partly with the fund: the part it paid, said as a sum (走的职工教育经费) or as a share of the total.
    ['高技能人才培训基地买设备 一批120万走的职工教育经费 另一批80万是贷款买的 都验收过了', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 1_200_000, 'equipment[0].fromEducationFund': true, 'equipment[0].accepted': true }, E],
    ['基地设备总值260万 其中70%是职工教育经费出的 剩下是自有资金 人社财政验收合格', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 1_820_000, 'equipment[0].fromEducationFund': true, 'equipment[0].accepted': true }, E],
    // Asking for a relative: the relative's group is the case's (她是就业困难人员).
    ['俺闺女在饭店上班 她是就业困难人员 她这种情况有啥补贴', { groups: ['employment_difficulty'] }],
    // After a part (其中俩…), a clause opening with a count and its work is the next part.
    ['合作社 贫困户来了五个 其中俩干了七个月 仨才干了四个月 以工代训都是三个月', { entity: 'farmer_cooperative', 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[0].monthsEmployed': 7, 'hires[1].group': 'poor_labor', 'hires[1].count': 3, 'hires[1].monthsEmployed': 4, 'hires[].onJobTrainingMonths': 3 }, E],
    // A business's age and a new business wished for, said in reply, in everyday words.
    ['他说 开了也就 三年不到', { businessYears: 3 }, P],
    ['问俺兄弟了 前年开哩 两年多点', { businessYears: 2 }, P],
    ['她是想再开个养老院 重新弄一摊', { wantsToStartBusiness: true }, P],
    // The unit's kind said in a rhetorical question (哪交得起), or introduced with 有个 and then its hires.
    ['社保没交 合作社哪交得起 收了两个贫困户', { entity: 'farmer_cooperative', insured: false, 'hires[0].group': 'poor_labor', 'hires[0].count': 2 }, E],
    ['俺村有个做粉条的合作社 雇了六个人 干了一年了', { entity: 'farmer_cooperative', 'hires[].count': 6, 'hires[].monthsEmployed': 12 }, E],
    // Typed slips of 贫困户 by voice input (平困户).
    ['平困户招了三个干了七个月了', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[0].monthsEmployed': 7 }, E],
  ]),
  ...rows('round30', [
    // A noun that is its own verb ends the statement; the question after it asks about the subsidy.
    ['厂里参保 这个能申请不', { ...ENT, insured: true }, E],
    ['参保了没', {}, { ...E, absent: ['insured'] }],
    // Passed, said before the noun with the offices that checked it; or not passed.
    ['基地买的设备60万 已经通过了市人社和财政局的验收', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 600_000, 'equipment[0].accepted': true }, E],
    ['工作室设备还没通过区里验收', { 'equipment[0].kind': 'master_studio', 'equipment[0].accepted': false }, E],
    // One site's purchases told as 头回…二回…三回: they add up.
    ['工作室设备买了三回 头回20万 二回15万 三回10万 都走的职工教育经费', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 450_000, 'equipment[0].fromEducationFund': true }, E],
    // A yes/no field among a line's other words (…；岗前补贴:均无).
    ['零就业家庭3人 以工代训4个月；社保:有；岗前补贴:均无', { insured: true, 'hires[0].group': 'zero_employment_family', 'hires[0].count': 3, 'hires[0].onJobTrainingMonths': 4, 'hires[].preJobTrainingSubsidy': false }, E],
    // 不清楚 after an aside names the question asked before the aside, not the one pending.
    ['经费提了多少 财务在外地 我不清楚', {}, { ...E, pendingFact: 'entity', unknown: ['educationFundYuan'], absent: ['entity'] }],
  ]),
  ...rows('round30', [
    // 以工代训 with who it is said of between the noun and the span.
    ['贫困户5个 干了八个月 以工代训每人都是4个月', { 'hires[0].group': 'poor_labor', 'hires[0].count': 5, 'hires[0].monthsEmployed': 8, 'hires[].onJobTrainingMonths': 4 }, E],
    // A unit named by its place, opening a message that goes on with its hires.
    ['登封的合作社 残疾人俩 以工代训3个月', { entity: 'farmer_cooperative', 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 3 }, E],
    // A start in a year of the plan's, long past: at least the months left in that year.
    ['这几个都是2020年3月份进厂的', { 'hires[].monthsEmployed': 10 }, E],
    // A total, one part's count, and the rest named by group: the rest is the difference.
    ['一共收了7个 其中3个是残疾人 剩下的都是零就业家庭的', { 'hires[0].group': 'disabled', 'hires[0].count': 3, 'hires[1].group': 'zero_employment_family', 'hires[1].count': 4 }, E],
    // A disability card of the one just named is no second group.
    ['厂里招了个零就业家庭的 他还有残疾证', { ...ENT, 'hires[0].group': 'zero_employment_family', 'hires[0].count': 1 }, { ...E, absent: ['hires[1].group'] }],
    // People described by how they came to work, after a group: another kind, never more of the group.
    ['招了2个建档立卡的 还有3个进城务工的', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2, 'hires[1].group': 'rural_migrant', 'hires[1].count': 3 }, E],
    // Checked by the offices, said without the word 验收.
    ['基地设备50万 职工教育经费买的 前天人社跟财政的人来验了 说合格了', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 500_000, 'equipment[0].fromEducationFund': true, 'equipment[0].accepted': true }, E],
    // A share of the purchase in words: the fund's part of the total said; 一半 is no sum of one yuan.
    ['工作室设备60万 三成是职工教育经费出的 其余是自有的', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 180_000, 'equipment[0].fromEducationFund': true }, E],
  ]),
  ...rows('round30', [
    // 俩仨 is two or three: a range, never the 仨 alone.
    ['合作社 收了俩仨残疾人 以工代训4个月', { entity: 'farmer_cooperative', 'hires[0].group': 'disabled', 'hires[0].onJobTrainingMonths': 4 }, { ...E, absent: ['hires[0].count'] }],
    // 验收 answered 有, then when it was done.
    ['设备验收 有 前几天刚验', { 'equipment[0].accepted': true }, E],
  ]),
  ...rows('round30', [
    // A share under the whole, in words or in percent, with or without the rest named: the fund's part.
    ['基地设备总价300万 六成是职工教育经费 余下是集团给的 验收合格', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 1_800_000, 'equipment[0].fromEducationFund': true, 'equipment[0].accepted': true }, E],
    ['工作室设备50万 其中40%用的职工教育经费 验收了', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 200_000, 'equipment[0].fromEducationFund': true, 'equipment[0].accepted': true }, E],
    // The fund named first, then what it paid: the part, not the total said before it.
    ['工作室设备一共50万 职工教育经费出了20万 剩下贷款', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 200_000, 'equipment[0].fromEducationFund': true }, E],
    // 职教经费 is the fund; half of it with a loan for the rest.
    ['基地设备80万 一半职教经费一半银行贷款', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 400_000, 'equipment[0].fromEducationFund': true }, E],
    // A payroll given monthly, said to be the same every month: twelve of it.
    ['工资每个月50万 12个月都一样', { payrollYuan: 6_000_000 }, E],
    // Two studios told by their trades: each its sum, each its name.
    ['俩工作室 电焊那个40万 钳工那个30万', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 400_000, 'equipment[0].site': '电焊那个', 'equipment[1].kind': 'master_studio', 'equipment[1].valueYuan': 300_000, 'equipment[1].site': '钳工那个' }, E],
    // One office of the two has checked: no 验收 said.
    ['基地设备60万 人社局来验过了 财政局还没来', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 600_000 }, { ...E, absent: ['equipment[0].accepted'] }],
  ]),
  ...rows('round30', [
    // The rhetorical 哪来 / 哪有 says there is none.
    ['我才三十出头 哪来的养老金', { monthlyPension: false }, P],
    ['俺才二十多 哪有啥退休金', { monthlyPension: false }, P],
    // The year of study says attending by itself.
    ['我大二 想参加创业培训', { student: 'college', wantsToStartBusiness: true }, P],
  ]),
  ...rows('round31', [
    // An earlier subsidy of one level, this training of another: both kept, the rule decides.
    ['去年领过焊工初级的补贴 今年又学了焊工中级', { occupation: '焊工', level: '四级', previousSubsidies: [{ occupation: '焊工', level: '五级' }] }, P],
    ['前两年补过一回育婴员五级 今年又考了一遍五级', { occupation: '育婴员', level: '五级', previousSubsidies: [{ occupation: '育婴员', level: '五级' }] }, P],
    // Another trade now: it is this training's, the earlier one keeps its own.
    ['前年补过车工四级 今年考的钳工四级', { occupation: '钳工', level: '四级', previousSubsidies: [{ occupation: '车工', level: '四级' }] }, P],
    // An exam of a trade and level, taken: the certificate of it.
    ['上个月考的茶艺师五级', { occupation: '茶艺师', level: '五级', certificate: true }, P],
    // Wanted, failed or awaited: nothing said of the certificate.
    ['打算考茶艺师五级', { occupation: '茶艺师', level: '五级' }, { ...P, absent: ['certificate'] }],
    ['考了茶艺师五级 成绩还没出', { occupation: '茶艺师', level: '五级' }, { ...P, absent: ['certificate'] }],
    // The verb echoed from the question, a pause, then a bare no: no, not yes.
    ['社保 交 没有', { insured: false }, E],
    ['岗前补贴那个 领 没有', { 'hires[].preJobTrainingSubsidy': false }, E],
    // Asked both ways in one word: nothing read.
    ['岗前补贴领没有', {}, { ...E, absent: ['hires[].preJobTrainingSubsidy'] }],
    // Paying stopped, said after a slip about it: not insured.
    ['社保那事我说岔了 厂里前年就断缴了', { insured: false, entity: 'enterprise' }, { ...E, correcting: true }],
    // People counted before any group is named: their count, kept for the group said next.
    ['合作社收了六个人 都干了九个月', { entity: 'farmer_cooperative', 'hires[].count': 6, 'hires[].monthsEmployed': 9 }, E],
    // 各 says it of each of the groups, as 都 does.
    // The fund said of one site, then denied of the other after its sum: each keeps its own.
    ['基地买设备七十万 用的职工教育经费 工作室买了三十万 那是贷款买的 不是教育经费', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 700_000, 'equipment[0].fromEducationFund': true, 'equipment[1].kind': 'master_studio', 'equipment[1].valueYuan': 300_000, 'equipment[1].fromEducationFund': false }, E],
    // 又给 the second site: bought the same way as the first.
    ['用职工教育经费给基地买了八十万设备 又给大师工作室买了十万', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].valueYuan': 800_000, 'equipment[0].fromEducationFund': true, 'equipment[1].kind': 'master_studio', 'equipment[1].valueYuan': 100_000, 'equipment[1].fromEducationFund': true }, E],
    // The unit said to pay it itself, 社保 named: insured.
    ['社保的事问了 这几个人都是厂里自己交嘞', { entity: 'enterprise', insured: true }, E],
    // 改口 is a correction too.
    ['来电人改口了 说不是扶贫车间 是注册的公司', { entity: 'enterprise' }, { ...E, correcting: true }],
    // The work done was the 以工代训 itself: its months, with no span of its own after it.
    ['厂里参保 零就业的俩 都干了4个月以工代训 岗前补贴没领', { entity: 'enterprise', insured: true, 'hires[0].group': 'zero_employment_family', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 4, 'hires[0].preJobTrainingSubsidy': false }, E],
    // 搞点小买卖: the wish to start out, in the words people use.
    ['中专毕业在家 想搞点小生意', { wantsToStartBusiness: true, student: 'vocational' }, P],
    // One office of the two checked, the other not yet: no acceptance read.
    ['工作室设备三十万 职工教育经费买的 财政局验收过了 人社那边还没来', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 300_000, 'equipment[0].fromEducationFund': true }, { ...E, absent: ['equipment[0].accepted'] }],
    // Who checked, then the result in a slip of voice input (和格).
    ['设备验收是人社和财政一起来的 和格', { 'equipment[0].accepted': true }, E],
    // The part the fund paid, its 万 inside the figure: that part is the purchase the fund made.
    ['工作室设备 教育经费出的是二十五万 剩下的是贷款', { 'equipment[0].kind': 'master_studio', 'equipment[0].valueYuan': 250_000, 'equipment[0].fromEducationFund': true }, E],
    // A relative's case opened with the date: 她 is the relative, and a bare 没补过 is none before.
    ['2020年10月我姐在郑州学的育婴员 证拿了 没补过 她也不领养老金', { certificate: true, previousSubsidies: [], monthlyPension: false, occupation: '育婴员' }, P],
    // A group named, then denied of them two pauses later: not theirs.
    ['零就业家庭的 他们俩 都不是 就是一般的农民工', { 'hires[0].group': 'rural_migrant' }, { ...E, absent: ['hires[0].group:zero_employment_family'] }],
    ['残疾的俩和零就业的一个 以工代训各三个月', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[1].group': 'zero_employment_family', 'hires[1].count': 1, 'hires[].onJobTrainingMonths': 3 }, E],
  ]),
  ...rows('round32', [
    // A household with nobody in work, in plain words: the 零就业家庭 group.
    ['我们家里一个工作的都没有', { groups: ['zero_employment_family'] }, P],
    ['家里除了我没人上班', { groups: ['zero_employment_family'] }, P],
    // The card or the status that makes one of a group, said not held after its noun: not of it.
    ['我弟 残疾证 还没办', {}, { ...P, absent: ['groups'] }],
    ['就业困难认定 也没有', {}, { ...P, absent: ['groups'] }],
    // Nobody said it was not paid: no word that it was, nor that it was not.
    ['社保的事 老板也没说不交', {}, { ...E, absent: ['insured'] }],
    // A year written short is when, not how long: no 240 months.
    ['以工代训是20年开春开始的', {}, { ...E, absent: ['hires[].onJobTrainingMonths'] }],
    ['一直干到21年底', {}, { ...E, absent: ['hires[].monthsEmployed'] }],
    // 凑够 / the one trained named before the figure: months of 以工代训.
    ['以工代训也凑够五个月了', { 'hires[].onJobTrainingMonths': 5 }, E],
    ['厂里以工代训我三个月', { entity: 'enterprise', 'hires[].onJobTrainingMonths': 3 }, E],
    // One site inspected, the other not yet (还没验): each its own.
    ['基地验收过了 工作室还没验', { 'equipment[0].kind': 'high_skill_base', 'equipment[0].accepted': true, 'equipment[1].kind': 'master_studio', 'equipment[1].accepted': false }, E],
    // 合格 alone after who signed: passed.
    ['工作室那边 人社财政都盖章合格了', { 'equipment[0].kind': 'master_studio', 'equipment[0].accepted': true }, E],
    // The fund drawn, said beside the payroll as 提 and a sum.
    ['工资总额两百万 提十六万', { payrollYuan: 2_000_000, educationFundYuan: 160_000 }, E],
    // Said neither way by the one asked: open.
    ['社保 会计没说交了 也没说没交', {}, { ...E, absent: ['insured'] }],
    // 不是没验收 after the fund: the double denial is of the inspection, not of the fund.
    ['设备八十万 职工教育经费买的 不是没验收 人社财政都验过了', { 'equipment[0].valueYuan': 800_000, 'equipment[0].fromEducationFund': true, 'equipment[0].accepted': true }, E],
    // Run on with no commas: a new subject (机构, 学校) ends the denial before it.
    ['今年一次也没补过以前也没有机构在系统里', { subsidizedTrainingsThisYear: 0, institutionInSystem: true }, P],
    ['今年头一次以前没领过学校进了系统', { subsidizedTrainingsThisYear: 0, previousSubsidies: [], institutionInSystem: true }, P],
    ['户口在荥阳在荥阳学的电工证拿了', { certificate: true, trainingPlace: 'household' }, P],
    ['户口在商丘虞城人住郑州也在郑州上班跑去许昌学的', { trainingPlace: 'other' }, P],
    ['跑外地学的 不是户口地也不是住的地方 也不在那上班', { trainingPlace: 'other' }, P],
    // A count after the group with 倒是有 / 是.
    ['残疾人倒是有俩', { 'hires[0].group': 'disabled', 'hires[0].count': 2 }, E],
    // When they came, then how long since.
    ['贫困户三个 腊月进的厂 到现在整八个月了', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[0].monthsEmployed': 8 }, E],
    // Hires told, then how long they learned at the work: the 以工代训.
    ['公司招了俩残疾人 学了三个月', { entity: 'enterprise', 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].onJobTrainingMonths': 3 }, E],
  ]),
  ...rows('round33', [
    // 有N个 opens the first part of a group told with its total; the rest keeps its own months.
    ['合作社收了九个贫困户 有五个干够十个月了 剩下四个才来一个月', { entity: 'farmer_cooperative', 'hires[0].group': 'poor_labor', 'hires[0].count': 5, 'hires[0].monthsEmployed': 10, 'hires[1].group': 'poor_labor', 'hires[1].count': 4, 'hires[1].monthsEmployed': 1 }, E],
    ['残疾人七个 俩刚来两个月 另外五个进厂九个月了', { 'hires[0].group': 'disabled', 'hires[0].count': 2, 'hires[0].monthsEmployed': 2, 'hires[1].group': 'disabled', 'hires[1].count': 5, 'hires[1].monthsEmployed': 9 }, E],
    // One part named out of a total, with its own months: the rest is not given them.
    // 苦 typed for 困 by ear.
    ['招了俩贫苦户', { 'hires[0].group': 'poor_labor', 'hires[0].count': 2 }, E],
    ['进公司八个月了', { 'hires[].monthsEmployed': 8 }, E],
    ['我们 公司 不是 是扶贫车间', { entity: 'poverty_workshop' }, E],
    ['工资总额五百万 职工教育经费按3%提的', { payrollYuan: 5_000_000, educationFundYuan: 150_000 }, E],
    ['经费按百分之二点五提 工资总额四百万', { payrollYuan: 4_000_000, educationFundYuan: 100_000 }, E],
    // The limit of the deduction is no rate the fund was drawn at.
    ['工资总额六百万 教育经费四十万 按8%的标准能扣多少', { payrollYuan: 6_000_000, educationFundYuan: 400_000 }, E],
    ['残疾人那仨 岗前补贴好像拿过 我不确定', { 'hires[0].group': 'disabled', 'hires[0].count': 3 }, { ...E, absent: ['hires[].preJobTrainingSubsidy'], unknown: ['hires[0].preJobTrainingSubsidy'] }],
    ['贫困户八个 有三个干满一年了', { 'hires[0].group': 'poor_labor', 'hires[0].count': 3, 'hires[0].monthsEmployed': 12, 'hires[1].group': 'poor_labor', 'hires[1].count': 5 }, { ...E, absent: ['hires[1].monthsEmployed'] }],
  ]),
];
