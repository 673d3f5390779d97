/**
 * 招了两个下岗大姐…她们算不算就业困难人员 我也不清楚: the asker doubts which group the hires are
 * in. 下岗 / 失业 people may hold a 就业困难 certificate, which would put them in a group the
 * 以工代训 rule pays for, so the group the words suggest is not taken as settled: it is left open
 * (no 不符合 on a guess) until the asker says which it is.
 */
import type { FactReading } from './read-facts.js';

/** Whether they count as one of the groups the rule pays for, asked or doubted. */
const GROUP_DOUBTED = /(算不算|算不算是|是不是|属不属于|属于不属于|能不能算|能算|算是|够不够)[^。？?]{0,4}(就业困难|困难人员|困难户|贫困户|贫困劳动力|建档立卡|零就业|残疾)/;
/** Groups a laid-off or out-of-work hire may be read as, which a certificate could change. */
const MAYBE_CERTIFIED = new Set(['registered_unemployed', 'laid_off_overcapacity', 'rural_migrant']);

/** Leaves a hire's group open when the message doubts it; changes `reading` in place. */
export function leaveDoubtedGroupOpen(text: string, reading: FactReading): void {
  if (!GROUP_DOUBTED.test(text)) return;
  reading.patch.hires.forEach((hire, i) => {
    if (!hire.group || !MAYBE_CERTIFIED.has(hire.group)) return;
    delete hire.group;
    const path = `hires[${i}].group`;
    reading.evidence = reading.evidence.filter((e) => e.path !== path);
    if (!reading.unknown.includes(path)) reading.unknown.push(path);
  });
}
