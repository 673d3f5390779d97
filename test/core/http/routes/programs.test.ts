/** `GET /api/programs` over the real indexed corpus: the 16 programmes of part 三 as data. */
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../support/context.js';

const ctx = useTestContext();

interface Program {
  clause: string;
  name: string;
  targets: { label: string; value: number; unit: string }[];
  skillUpgradeShare?: number;
  newHighSkillTalent?: number;
  responsibleUnits: string[];
}

describe('GET /api/programs', () => {
  it('lists the 16 programmes of part 三 with the figures the text states', async () => {
    const res = await ctx().app.request('/api/programs');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { count: number; programs: Program[] };
    expect(body.count).toBe(16);
    expect(body.programs).toHaveLength(16);
    expect(body.programs.every((p) => p.clause.startsWith('三('))).toBe(true);
    const first = body.programs[0]!;
    expect(first.name).toBe('先进制造业和战略性新兴产业提升计划');
    expect(first.skillUpgradeShare).toBe(0.8);
    expect(first.newHighSkillTalent).toBe(30_000);
    expect(first.responsibleUnits).toContain('市人社局');
    const poor = body.programs.find((p) => p.clause === '三(三)')!;
    expect(poor.skillUpgradeShare).toBe(0.6);
    expect(poor.responsibleUnits).toEqual(expect.arrayContaining(['市人社局', '市教育局', '市农委', '市财政局']));
    const prison = body.programs.find((p) => p.clause === '三(十三)')!;
    expect(prison.responsibleUnits).toEqual(['市司法局']);
    for (const p of body.programs) expect(p.responsibleUnits.length, p.name).toBeGreaterThan(0);
  });

  it('filters by document and is empty for an unknown one', async () => {
    const res = await ctx().app.request('/api/programs?docId=no-such-doc');
    expect(res.status).toBe(200);
    expect((await res.json()).count).toBe(0);
  });
});
