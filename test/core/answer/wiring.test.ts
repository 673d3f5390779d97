/**
 * The fact reader and the staged pipeline wired together, through `createAsk` on the real
 * corpus: what a person sees when they answer a question in a sentence, name several groups,
 * ask what a benefit with no fixed amount pays, ask about the education-fund deduction, or get
 * a partly settled amount — and the citations each answer carries.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAsk } from '../../../src/core/answer/ask.js';
import type { AskFn, AskResponse } from '../../../src/core/answer/schema.js';
import { useTestContext } from '../../support/context.js';

const ctx = useTestContext({ env: { HOTLINE: '12333' }, deps: { now: () => new Date('2020-06-01T04:00:00Z') } });
let ask: AskFn;
beforeAll(() => {
  ask = createAsk(ctx().deps, { model: null });
});

/** Runs the messages as one conversation; returns every response. */
async function talk(...messages: string[]): Promise<AskResponse[]> {
  const out: AskResponse[] = [];
  let sessionId: string | undefined;
  for (const question of messages) {
    const r = await ask({ question, channel: 'wechat', ...(sessionId ? { sessionId } : {}) });
    sessionId = r.sessionId;
    out.push(r);
  }
  return out;
}

function result(r: AskResponse, id: string): { status: string; amountYuan: number | null; partialAmountYuan?: number | null } | undefined {
  return (r.eligibility as { results: Array<{ id: string; status: string; amountYuan: number | null }> } | undefined)?.results.find((x) => x.id === id);
}

const ONE_GROUP = '我们公司交了社保 招了3个贫困户 干了8个月 以工代训6个月';

describe('an answer to the pending question, typed as a sentence', () => {
  // Each states the asked fact (岗前补贴 not received) in other words than the quick replies.
  for (const reply of ['岗前培训补贴都没领过', '岗前补贴没领', '没领过岗前补贴', '贫困户那几个岗前补贴没领过', '都没领过']) {
    it(`"${reply}" settles it: the amount, not the same question again`, async () => {
      const [first, second] = await talk(ONE_GROUP, reply);
      expect(first!.followUp?.fact).toMatch(/preJobTrainingSubsidy/);
      expect(second!.followUp?.fact ?? '').not.toBe(first!.followUp!.fact);
      expect(result(second!, 'on_job_training')).toMatchObject({ status: 'eligible', amountYuan: 3600 });
      expect(second!.answer).toContain('3600');
    });
  }

  for (const reply of ['岗前补贴都没领过', '没 都没领', '两批人都没领岗前补贴']) {
    it(`a fact said of all groups ("${reply}") settles it for each group`, async () => {
      const rs = await talk('公司参保了，招了2个贫困户，干了8个月，以工代训6个月；还有3个就业困难人员，以工代训3个月', reply);
      const last = rs[rs.length - 1]!;
      expect(last.followUp?.fact ?? '').not.toMatch(/preJobTrainingSubsidy/);
      expect(result(last, 'on_job_training')).toMatchObject({ status: 'eligible', amountYuan: 4200 });
    });
  }

  it('"不太清楚" in a sentence leaves the fact open and it is not asked again right away', async () => {
    const [first, second] = await talk(ONE_GROUP, '这个我不太清楚');
    expect(second!.followUp?.fact ?? '').not.toBe(first!.followUp!.fact);
    expect(result(second!, 'on_job_training')?.amountYuan ?? null).toBeNull();
    expect(second!.answer).not.toMatch(/不符合|不能领|不可以/);
  });
});

describe('several groups in one message', () => {
  it('with every fact given: the amount, no question', async () => {
    const [r] = await talk('我们公司交了社保，招了2个贫困户干了8个月以工代训6个月，还有3个就业困难人员以工代训3个月，岗前补贴都没领过');
    expect(r!.followUp).toBeUndefined();
    expect(result(r!, 'on_job_training')).toMatchObject({ status: 'eligible', amountYuan: 4200 });
    expect(r!.answer).toContain('4200');
  });

  it('with one group open: the part settled so far, then the next group by name', async () => {
    const [r] = await talk('公司参保了，招了2个贫困户，干了9个月，以工代训6个月，没领岗前补贴；另外招了1个残疾人');
    expect(r!.answer).toContain('目前能确定的部分：2400元');
    expect(r!.answer).not.toMatch(/共\s*2400/);
    expect(r!.answer).toMatch(/请问：[^\n]*残疾人/);
    expect(r!.answer).not.toMatch(/第\s*\d\s*类/);
    expect(result(r!, 'on_job_training')?.amountYuan).toBeNull();
  });
});

describe('a benefit whose amount the plan does not fix', () => {
  for (const question of ['公司开发了培训教材 补多少钱', '我们企业办了个技工学校 能支持多少钱', '技能比赛拿了奖给多少钱', '备战技能大赛的专项培训 给多少奖补', '孩子上技校 家里贫困户 有补助吗 多少']) {
    it(`"${question}": 本方案没有规定具体金额, no figure from another rule`, async () => {
      const [r] = await talk(question);
      expect(r!.answered).toBe(true);
      expect(r!.answer).toMatch(/本方案没有规定[^。\n]*具体金额/);
      // The equipment caps and the per-person rates belong to other rules.
      expect(r!.answer).not.toMatch(/50\s*万|10\s*万|200\s*元|\d+\s*元/);
      expect(r!.citations.length).toBeGreaterThan(0);
    });
  }
});

describe('the education-fund deduction', () => {
  it('is said as a pre-tax deduction, never as money to get or claim', async () => {
    const [r] = await talk('我们企业职工教育经费提了50万，工资总额1000万，能抵多少税');
    expect(result(r!, 'education_fund_deduction')).toMatchObject({ status: 'eligible', amountYuan: 500000 });
    expect(r!.answer).toMatch(/税前扣除\s*500000\s*元/);
    expect(r!.answer).not.toMatch(/可得|申领|共\s*500000/);
  });
});

describe('citations', () => {
  it('name each clause once, with every figure the answer states inside the quotes', async () => {
    for (const rs of [
      await talk('我们公司交了社保，招了2个贫困户干了8个月以工代训6个月，还有3个就业困难人员以工代训3个月，岗前补贴都没领过'),
      await talk('以工代训补贴多少钱'),
      await talk('职工教育经费能抵税吗'),
    ]) {
      const r = rs[0]!;
      const clauses = r.citations.map((c) => `${c.docId}:${c.clause}`);
      expect(new Set(clauses).size, clauses.join(',')).toBe(clauses.length);
      for (const c of r.citations) {
        const clause = await ctx().deps.clauses.get(c.docId, c.clause);
        for (const piece of c.quote.split('；')) expect(clause!.text).toContain(piece);
      }
    }
  });
});

describe('rules nobody asked about', () => {
  it('an employer asking about its hires is never asked about schools, contests or teaching materials', async () => {
    const rs = await talk(ONE_GROUP, '没领过', '还有别的补贴吗');
    for (const r of rs) expect(r.followUp?.fact ?? '').not.toMatch(/runsVocationalSchool|competitionTraining|developsTrainingMaterials|enrollsPoorFamilyStudents/);
  });
});

describe('two facts that cannot both be true', () => {
  it('以工代训 longer than the months employed: asked which is right, in plain words, and no amount from either', async () => {
    const [r] = await talk('公司参保了 招了3个就业困难人员 干了3个月 以工代训5个月 岗前补贴没领');
    expect(r!.answer).toMatch(/对不上[^\n]*以工代训5个月[^\n]*3个月/);
    expect(r!.answer).not.toMatch(/onJobTrainingMonths|monthsEmployed|hires\[/);
    expect(r!.followUp?.fact).toMatch(/^hires\[0\]\.(monthsEmployed|onJobTrainingMonths)$/);
    expect(result(r!, 'on_job_training')?.amountYuan ?? null).toBeNull();
    expect(r!.answer).not.toMatch(/3000|1800/);
  });
});

describe('a reply the reader cannot place', () => {
  for (const reply of ['7个月', '干了大半年吧']) {
    it(`"${reply}" to 贵单位是哪一类 gets the question again, not a decline`, async () => {
      const [first, second] = await talk('我们单位招了4个贫困户', reply);
      expect(first!.followUp?.fact).toBe('entity');
      expect(second!.answered).toBe(true);
      expect(second!.followUp?.fact).toBe('entity');
      expect(second!.answer).not.toMatch(/没有找到/);
    });
  }

  it('a reply that states more than it was asked says every fact back', async () => {
    const rs = await talk('公司交了社保 招了2个残疾人 5个零就业家庭的', '残疾人以工代训3个月 零就业的以工代训4个月');
    expect(rs[1]!.answer).toMatch(/按您说的：[^\n]*残疾人[^\n]*以工代训3个月[^\n]*零就业家庭成员[^\n]*以工代训4个月/);
  });
});

describe('a correction that takes a group back', () => {
  it('"搞错了 我不是退役军人 是残疾人" leaves only 残疾人 in the facts said back', async () => {
    const rs = await talk('我是退役军人 能领啥补贴', '搞错了 我不是退役军人 是残疾人');
    const said = /按您说的：([^\n]*)/.exec(rs[1]!.answer)?.[1] ?? '';
    expect(said).toContain('残疾人');
    expect(said).not.toContain('退役军人');
  });
});

describe('a rough figure', () => {
  it('十几个 is never taken as a count: no amount, the figure asked, and why', async () => {
    const [r] = await talk('公司交了社保 招了十几个贫困户 干了8个月 以工代训6个月 岗前补贴没领');
    expect(result(r!, 'on_job_training')?.amountYuan ?? null).toBeNull();
    expect(r!.followUp?.fact).toMatch(/count/);
    expect(r!.answer).toMatch(/十几个[^\n]*大概/);
  });
});

describe('a short new subject mid-dialogue', () => {
  it('"创业培训" while a question is pending is answered as a new question, not asked back', async () => {
    const [, second] = await talk('我们单位招了4个贫困户', '创业培训');
    expect(second!.answer).toContain('创业');
    expect(second!.answer).not.toMatch(/没看懂/);
  });
});
