/**
 * The words a message uses about a question the dialogue asked, by the fact asked. One table, so
 * the reply readers agree on what belongs to which question.
 */
interface AskedFactWords {
  /** The asked fact's path (hires[0].preJobTrainingSubsidy, insured …). */
  path: RegExp;
  /** Words that name the question's subject: 岗前补贴的事 都没领过, back after an aside, answers it. */
  subject: RegExp;
  /**
   * The verbs of a yes/no reply to it, for words left over beside another fact (问了会计 说一直交着呢):
   * only these make the leftover a reply (没开过店 is no "no" to "有创业的打算吗"). Absent: no such reply.
   */
  replyVerb?: RegExp;
}

const ASKED_FACT_WORDS: AskedFactWords[] = [
  { path: /preJobTrainingSubsidy$/, subject: /岗前/, replyVerb: /领|申|拿|享受|报/ },
  { path: /^insured$/, subject: /社保|参保|五险/, replyVerb: /交|缴|参保|社保|保险/ },
  { path: /onJobTrainingMonths$/, subject: /以工代训|代训|带训/ },
  { path: /monthsEmployed$/, subject: /干了|入职|上班|工作了|来了|在岗/ },
  { path: /\.accepted$/, subject: /验收/, replyVerb: /验|合格|通过/ },
  { path: /fromEducationFund$/, subject: /经费/, replyVerb: /经费/ },
  { path: /^entity$/, subject: /公司|企业|合作社|车间|机构|学校|院校/ },
];

/** Whether the text names the subject of the question asked for `path`. */
export function namesAskedSubject(text: string, path: string): boolean {
  return ASKED_FACT_WORDS.find((w) => w.path.test(path))?.subject.test(text) ?? false;
}

/** Whether the text holds a reply verb of the question asked for `path`. */
export function hasReplyVerb(text: string, path: string): boolean {
  return ASKED_FACT_WORDS.find((w) => w.path.test(path))?.replyVerb?.test(text) ?? false;
}
