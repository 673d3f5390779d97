/** Case table of competition_winner_award (五(三): prize winners, 按规定落实相关奖励和荣誉激励). */
import type { PersonCase } from '../../../core/rules/types.js';

export const cases: PersonCase[] = [
  {
    name: 'a prize winner: eligible, rewards 按规定, no amount',
    facts: { competitionAward: true },
    expect: { status: 'eligible', amountYuan: null, note: ['按规定落实相关奖励和荣誉激励'] },
  },
  { name: 'no prize', facts: { competitionAward: false }, expect: { status: 'ineligible', amountYuan: null } },
  {
    name: 'unknown → needs_info competitionAward',
    facts: { groups: ['employee'] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['competitionAward'] },
  },
];
