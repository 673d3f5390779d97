/**
 * Stages 2 and 3 on their own, over the real corpus in memory (no database, search injected):
 * what is searched, what a dialogue turn shows, what a subject the plan leaves open gets.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClauseIndex } from '../../../../src/core/answer/clause-index.js';
import type { SourceClause } from '../../../../src/core/answer/compose-extractive.js';
import { freshState, type SessionState } from '../../../../src/core/answer/session-state.js';
import { compose } from '../../../../src/core/answer/stages/compose.js';
import { resolve, type Draft } from '../../../../src/core/answer/stages/resolve.js';
import { understand } from '../../../../src/core/answer/stages/understand.js';
import type { TopicId } from '../../../../src/core/answer/topics.js';
import { ruleCatalogue, evaluateEligibility } from '../../../../src/core/rules/engine.js';
import { INTERNAL_NAME } from '../dev-score.js';
import { corpusIndex } from './corpus-index.js';

const catalogue = new Map(ruleCatalogue('2020-01-01').map((r) => [r.id as string, r]));
const now = () => new Date('2026-11-30T04:00:00Z');
let idx: ClauseIndex;
let searched: string[];

beforeAll(async () => {
  idx = await corpusIndex();
});

async function turn(message: string, session: SessionState = freshState(), periodTold = false) {
  searched = [];
  const search = async (q: string): Promise<SourceClause | undefined> => {
    searched.push(q);
    return idx.byId.get('三(二)');
  };
  const u = understand(message, session, { rule: (id: TopicId) => catalogue.get(id) });
  const { draft, state } = await resolve(u, session, { idx, catalogue, search, now });
  const { composed, toldPeriod } = compose(draft, {
    docNo: idx.docNo,
    hotline: '12333',
    idx,
    catalogue,
    channel: 'wechat',
    asOf: u.asOf ?? '2026-11-30',
    dated: Boolean(u.asOf),
    periodTold,
  });
  return { u, draft, state: toldPeriod ? { ...state, periodTold: true } : state, composed, toldPeriod };
}

describe('resolve', () => {
  it('searches a new topic by its own words only, a follow-up with the last question', async () => {
    const first = await turn('技能大师工作室买设备能补多少');
    await turn('服刑人员能学技术吗', first.state);
    expect(searched).toEqual(['服刑人员能学技术吗']);
    const lookup = await turn('服刑人员能学技术吗');
    await turn('那要多久', lookup.state);
    expect(searched[0]).toContain('服刑人员');
  });

  it('leaves a fact open on 不知道, asks something else, and takes the fact when it is said later', async () => {
    const a = await turn('我们公司招了2个就业困难人员，以工代训4个月，没领岗前培训补贴');
    expect(a.state.pendingFact).toBe('insured');
    const b = await turn('不知道', a.state);
    expect(b.state.unknown).toEqual(['insured']);
    expect(b.state.pendingFact).not.toBe('insured');
    expect(b.composed.answer).not.toMatch(/不符合|不适用/);
    const c = await turn('我们公司交了社保', { ...b.state, pendingFact: undefined } as SessionState);
    expect(c.state.unknown).toBeUndefined();
  });
});

describe('compose', () => {
  it('opens an eligibility answer with the facts as read, and asks by name with quick replies', async () => {
    const r = await turn('我们公司参保了，招了2个就业困难人员，以工代训5个月');
    expect(r.composed.answer.split('\n')[0]).toBe('按您说的：单位是企业；企业已参保；吸纳2名就业困难人员，以工代训5个月。');
    expect(r.composed.followUp?.question).toContain('就业困难人员（2人）');
    expect(r.composed.answer).toMatch(/请问：.*（可回复：是 \/ 否 \/ 不清楚）/);
    expect(`${r.composed.answer}${r.composed.followUp?.question}`).not.toMatch(INTERNAL_NAME);
  });

  it('shows only what was just set and the next question mid-dialogue; the summary at the end, amount first', async () => {
    const a = await turn('我们公司招了2个贫困户，干了8个月');
    const b = await turn('6 个月或更长', a.state);
    expect(b.composed.answer).toMatch(/^记下了：/);
    expect(b.composed.answer).not.toContain('按您说的');
    const c = await turn('否', b.state);
    expect(c.composed.followUp).toBeUndefined();
    expect(c.composed.answer).toContain('按您说的');
    expect(c.composed.answer).toMatch(/以工代训补贴：可以，共 2400 元/);
  });

  it('with several groups, finishes one, states its amount, then asks about the next by name', async () => {
    const session: SessionState = {
      ...freshState(),
      inDialogue: true,
      topics: ['on_job_training'],
      applicant: {
        type: 'employer',
        entity: 'enterprise',
        hires: [
          { group: 'poor_labor', count: 2, monthsEmployed: 8, onJobTrainingMonths: 6, preJobTrainingSubsidy: false },
          { group: 'employment_difficulty', count: 3, onJobTrainingMonths: 3 },
        ],
      },
    };
    const r = await turn('我们公司交了社保', session);
    expect(r.composed.answer).toContain('已确定：吸纳的建档立卡贫困劳动力（2人）可得2400元');
    expect(r.composed.followUp?.fact).toBe('hires[1].preJobTrainingSubsidy');
    expect(r.composed.followUp?.question).toContain('就业困难人员（3人）');
  });

  it('a correction replaces the fact, and the answer says the new one back', async () => {
    const a = await turn('我们公司参保了，招了2个就业困难人员，以工代训5个月');
    const b = await turn('不对，我们没交社保', { ...a.state, pendingFact: undefined } as SessionState);
    expect(b.state.applicant).toMatchObject({ insured: false });
    expect(b.composed.answer).toContain('企业未参保');
    expect(b.composed.answer).not.toContain('企业已参保');
  });

  it('states the proven part when the rules give one, not a total', () => {
    const response = evaluateEligibility({ asOf: '2020-06-01', applicant: { type: 'employer', entity: 'enterprise', hires: [{ group: 'poor_labor', count: 2 }] } });
    const focus = response.results.filter((r) => r.id === 'on_job_training').map((r) => ({ ...r, partialAmountYuan: 1200 }));
    const draft: Draft = { kind: 'eligibility', applicant: { type: 'employer', hires: [{ group: 'poor_labor', count: 2 }] }, response, focus, stated: true, unknown: [], settled: [], doubted: [] };
    const { composed } = compose(draft, { docNo: idx.docNo, idx, catalogue, channel: 'web', asOf: '2020-06-01', dated: false, periodTold: false });
    expect(composed.answer).toContain('目前能确定的部分：1200元');
  });

  it('answers a subject the plan leaves open with 本方案没有规定, its own words and the hotline — no borrowed figure', async () => {
    const r = await turn('参加培训期间有生活费补贴吗，一个月多少钱');
    expect(r.composed.answer).toMatch(/^本方案没有规定生活费补贴/);
    expect(r.composed.answer).toContain('生活费补贴人员范围');
    expect(r.composed.answer).toContain('12333');
    expect(r.composed.answer).not.toMatch(/200\s*元|6\s*个月/);
    expect(r.composed.citations[0]).toMatchObject({ clause: '六(一)' });
  });

  it('tells the plan ended once per conversation, and answers a dated question for its date', async () => {
    const a = await turn('以工代训补贴多少钱');
    expect(a.composed.answer).toContain('2021年12月31日');
    const b = await turn('那最长几个月', a.state, true);
    expect(b.composed.answer).not.toContain('2021年12月31日');
    const dated = await turn('2020年以工代训一个月补多少');
    expect(dated.composed.answer).toContain('按您问的年份回答');
    expect(dated.composed.answer).not.toContain('已结束');
  });

  it('answers both parts of a two-part question and names the unit for a contact question', async () => {
    const two = await turn('以工代训每月补多少？最长补几个月？');
    expect(two.composed.answer).toMatch(/200元/);
    expect(two.composed.answer).toMatch(/6个月/);
    const who = await turn('以工代训补贴找谁办');
    expect(who.composed.answer).toMatch(/^负责单位：.*市人社局/);
    expect(who.composed.answer).toContain('12333');
  });

  it('answers group criteria, places and figures the plan gives only as 按规定 with its own words and no borrowed figure', async () => {
    for (const [q, clause] of [['怎样才算就业困难人员', '三(二)'], ['补贴培训去哪儿上课', '七(二)'], ['带徒津贴一个月多少', '六(二)'], ['世赛集训基地给多少钱', '三(十五)'], ['零就业家庭怎么认定', '六(一)']] as const) {
      const r = await turn(q);
      expect(r.composed.answer, q).toMatch(/^[^。]{0,16}本方案没有规定/);
      expect(r.composed.answer, q).toContain('12333');
      expect(r.composed.answer, q).not.toMatch(/\d+\s*(元|万元|%|次|个月)/);
      expect(r.composed.citations[0], q).toMatchObject({ clause });
    }
  });

  it('answers the yearly limit when the asker has had it already, not the plan\'s end', async () => {
    for (const q of ['今年补了三次了 还能补吗', '同一个工种同一个等级学第二回给补不']) {
      const r = await turn(q);
      // Told their own count, the rules answer it (a verdict on 七(二)); asked in general, the clause does.
      expect(['lookup', 'eligibility'], q).toContain(r.draft.kind);
      expect(r.composed.answer, q).toMatch(/不超过\s?3\s?次|不可重复/);
      expect(r.composed.citations.map((c) => c.clause), q).toContain('七(二)');
    }
  });

  it('searches whom to ask about a subject on the subject\'s words, even right after another topic', async () => {
    await turn('快递物流培训找哪个部门');
    expect(searched).toEqual(['快递物流培训']);
    const first = await turn('以工代训补贴多少钱');
    await turn('那学电商归哪个局管', first.state);
    expect(searched).toEqual(['学电商']);
  });

  it('declines a subsidy the plan has no word of, whatever it asks about it', async () => {
    for (const q of ['种粮补贴啥时候到账', '稳岗补贴现在还能申请吗', '暖气补贴有多少']) {
      const r = await turn(q);
      expect(r.draft, q).toMatchObject({ kind: 'decline', reason: 'other_policy' });
      expect(r.composed.answered, q).toBe(false);
    }
  });

  it('labels citations with a title', async () => {
    const r = await turn('职业培训补贴一年能领几次');
    expect(r.composed.citations.length).toBeGreaterThan(0);
    for (const c of r.composed.citations) expect(c.title, c.clause).toBeTruthy();
  });
});

describe('lookup and follow-up answers', () => {
  async function run(message: string, session: SessionState = freshState(), opts: { periodTold?: boolean; hotline?: string } = {}) {
    searched = [];
    const search = async (q: string): Promise<SourceClause | undefined> => {
      searched.push(q);
      return /系统/.test(q) ? idx.byId.get('六(三)') : idx.byId.get('四(三)');
    };
    const u = understand(message, session, { rule: (id: TopicId) => catalogue.get(id) });
    const { draft, state } = await resolve(u, session, { idx, catalogue, search, now });
    const { composed, toldPeriod } = compose(draft, {
      docNo: idx.docNo,
      ...(opts.hotline ? { hotline: opts.hotline } : {}),
      idx,
      catalogue,
      channel: 'wechat',
      asOf: u.asOf ?? '2026-11-30',
      dated: Boolean(u.asOf),
      periodTold: Boolean(opts.periodTold) && !u.stillValid,
    });
    return { u, draft, state, composed, toldPeriod };
  }

  it('answers 现在还能申请不 after a lookup with the end, the subject\'s line and where to ask now, even when the end was told', async () => {
    const first = await run('以工代训一个人一个月多少钱', freshState(), { hotline: '12333' });
    const r = await run('现在还能申请不', first.state, { periodTold: true, hotline: '12333' });
    expect(r.draft.kind).toBe('validity');
    expect(r.composed.answered).toBe(true);
    expect(r.composed.answer.split('\n')[0]).toMatch(/不能再按本方案新申请了.*2019年12月2日至2021年12月31日.*已结束/);
    expect(r.composed.answer).toMatch(/以工代训.*（六\(一\)）/);
    expect(r.composed.answer).toMatch(/人社部门.*12333/);
    expect(r.composed.citations.map((c) => c.clause)).toEqual(['六(一)']);
    expect(r.toldPeriod).toBe(true);
  });

  it('says an amount the plan does not fix is not fixed, for the last turn\'s subject, with no figure', async () => {
    const first = await run('我是退役军人，能领什么补贴');
    const r = await run('补贴多少钱', first.state, { hotline: '12333' });
    expect(r.draft.kind).toBe('not_settled');
    expect(r.composed.answer).toMatch(/职业培训补贴：本方案没有规定具体金额/);
    expect(r.composed.answer.replace('12333', '')).not.toMatch(/\d+\s*元/);
  });

  it('answers a phone asked for with the plan having none: the hotline when set, the local office when not, never a number', async () => {
    const withHotline = await run('请问这个政策哪个部门管 电话多少', freshState(), { hotline: '12333' });
    expect(withHotline.composed.answer).toMatch(/市人社局/);
    expect(withHotline.composed.answer).toMatch(/本方案没有写联系电话.*12333/);
    const without = await run('以工代训找谁办 电话是多少');
    expect(without.composed.answer).toMatch(/本方案没有写联系电话.*人社部门/);
    expect(without.composed.answer).not.toMatch(/\d{5,}/);
  });

  it('searches a follow-up with content of its own on its own words, and says when the plan has no word for it', async () => {
    const first = await run('职业培训补贴一年能领几次');
    const r = await run('那技能鉴定在哪做', first.state);
    expect(searched).toEqual(['那技能鉴定在哪做']);
    expect(r.composed.answer).toMatch(/本方案没有写到“鉴定”/);
    const cert = await run('那学完给发证书不', first.state);
    expect(cert.draft.kind).toBe('not_settled');
    expect(cert.composed.answer).toMatch(/本方案没有规定培训后是否发证书/);
  });

  it('leads with what the plan has for the group named, not a 不符合 of a rule for another group', async () => {
    const r = await run('我是当兵退下来的 想学个技术 有免费的培训吗');
    expect(r.draft.kind).toBe('group');
    expect(r.composed.answer).toMatch(/^可以。退役军人/);
    expect(r.composed.answer).not.toMatch(/不符合/);
    expect(r.state.applicant).toMatchObject({ type: 'person', groups: ['veteran'] });
  });

  it('asks the employer\'s case when the worker\'s side asks what the employer gets', async () => {
    const r = await run('我老公残疾 去厂里上班了 厂里能拿补贴吗');
    expect(r.draft.kind).toBe('eligibility');
    expect(r.state.applicant).toMatchObject({ type: 'employer', hires: [{ group: 'disabled', count: 1 }] });
    expect(r.state.pendingFact).toBe('insured');
    expect(r.composed.answer).not.toMatch(/共\s*\d+\s*元/);
  });
});
