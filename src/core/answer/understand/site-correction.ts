/**
 * "搞错了 是技能大师工作室 不是高技能人才基地", after one equipment item was told: the site's kind
 * said anew. The kind decides the cap (四(一): 50万 for a base, 10万 for a studio), so it replaces
 * the old one; the kind named after 不是 is the one taken back.
 */
import type { SessionState } from '../session-state.js';
import { NUM, yuanOf } from './facts/quantities.js';

// 算不上基地 / 够不上基地: the kind held is denied, which is a correction by itself.
const CORRECTING = /不对|搞错|搞岔|弄岔|打岔|说岔|说错|弄错|写错|打错|记错|其实|实际上|应该是|更正|不是|算不上|够不上|称不上|不算/;
const SITE = /(技能)?大师工作室|工作室|高技能人才(培训)?基地|培训基地|基地/g;

/** The corrected kind of the one equipment item, or undefined. */
export function siteKindCorrected(text: string, session: SessionState): { path: string; value: 'master_studio' | 'high_skill_base'; words: string } | undefined {
  if (session.applicant?.type !== 'employer' || text.length > 40 || !CORRECTING.test(text)) return undefined;
  const items = session.applicant.equipment ?? [];
  // 那个70万的是培训基地: with several items, the one whose sum is named.
  const sums = [...text.matchAll(new RegExp(`(${NUM})\\s*(万|元)`, 'g'))].map((m) => yuanOf(m[1]!, m[2]));
  const byValue = items.length > 1 ? items.findIndex((e) => e.valueYuan !== undefined && sums.includes(e.valueYuan)) : -1;
  const at = items.length === 1 ? 0 : byValue >= 0 && items.filter((e) => e.valueYuan !== undefined && sums.includes(e.valueYuan)).length === 1 ? byValue : -1;
  if (at < 0 || items[at]!.kind === undefined) return undefined;
  const said = [...text.matchAll(SITE)]
    .filter((m) => !/(不是|并非|而非|不|不上|不算|没到|达不到)(啥|什么|个|那个|一个)?$/.test(text.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0)) && !/^(还)?(没批|没建|没有批|没有建|不是|还没)/.test(text.slice((m.index ?? 0) + m[0].length)))
    .map((m) => ({ words: m[0], kind: /工作室/.test(m[0]) ? ('master_studio' as const) : ('high_skill_base' as const) }));
  const kinds = new Set(said.map((s) => s.kind));
  if (kinds.size !== 1) return undefined;
  const next = said[0]!;
  return next.kind === items[at]!.kind ? undefined : { path: `equipment[${at}].kind`, value: next.kind, words: next.words };
}
