/**
 * 还有另一个工作室 也是五十万 一样的情况, while the case holds one purchase: a second site of the
 * same kind, with a cap of its own. The reader sees one studio and a figure, and the case would
 * fold it into the studio it holds — the second site lost, the first site's sum said again. Read
 * here as a site beside the held one; "一样的情况 / 也是…出的 / 也验收了" gives it the held site's
 * other facts (paid from the fund, accepted), which it would otherwise be asked for.
 */
import type { Applicant, EquipmentItem } from '../../rules/schema.js';
import type { FactReading } from './read-facts.js';

/** Another site named: 另一个工作室 / 还有个基地 / 第二个大师工作室. */
const ANOTHER_SITE = /(另一个|另外一个|另外个|还有一个|还有个|又一个|第二个|另有一个)[^,，。；;\s]{0,4}(工作室|基地)/;
/** Said to be like the held one in everything not said anew. */
const ALIKE = /一样的情况|情况一样|情况也一样|同样的情况|一样的|都一样|也一样|跟那个一样|和那个一样|跟上一个一样|同上/;

/** The reading with the held purchase kept and the new site beside it, or undefined when the message names no other site. */
export function anotherSiteAlike(text: string, before: Applicant | undefined, reading: FactReading): FactReading | undefined {
  const held = before?.type === 'employer' ? before.equipment ?? [] : [];
  const items = reading.patch.employer.equipment ?? [];
  if (held.length !== 1 || items.length !== 1 || !ANOTHER_SITE.test(text)) return undefined;
  const first = held[0]!;
  const told = items[0]!;
  const kind = told.kind ?? first.kind;
  if (!kind || (first.kind !== undefined && first.kind !== kind)) return undefined;
  const alike: Partial<EquipmentItem> = ALIKE.test(text)
    ? { ...(first.fromEducationFund !== undefined ? { fromEducationFund: first.fromEducationFund } : {}), ...(first.accepted !== undefined ? { accepted: first.accepted } : {}) }
    : {};
  const name = kind === 'master_studio' ? '大师工作室' : '培训基地';
  const second: EquipmentItem = { ...alike, ...told, kind, site: `第2个${name}` };
  const keep: EquipmentItem = { ...first, site: first.site ?? `第1个${name}` };
  return {
    ...reading,
    patch: { ...reading.patch, employer: { ...reading.patch.employer, equipment: [keep, second] } },
    evidence: [
      ...reading.evidence.map((e) => (e.path.startsWith('equipment[0].') ? { ...e, path: e.path.replace('equipment[0].', 'equipment[1].') } : e)),
      ...(ALIKE.test(text) ? Object.entries(alike).map(([k, value]) => ({ path: `equipment[1].${k}`, value, words: ALIKE.exec(text)![0] })) : []),
    ],
  };
}
