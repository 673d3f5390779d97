/**
 * 那5个里有一个其实也是残疾人 / 其中俩也算就业困难: some of the people the case holds are of a second
 * group as well. Either group counts them once, so no row changes — read as a relabelling or a
 * split, one of them would move to a row whose facts are then asked, and the sum said so far drop.
 */

/** Some of the people held, said to be of another group too (也是 / 也算 / 还是). */
const ALSO_OF_HELD = /(里|里头|里面|其中|当中|这些人|他们)(有)?([\d一两俩二三四五六七八九十]+个?|俩|仨)(人)?(其实|本身|同时)?(也|还)(是|算|属于)/;

/** True when the message says some of the held people also belong to another group. */
export function alsoOfAnotherGroup(text: string): boolean {
  return ALSO_OF_HELD.test(text.replace(/\s+/g, ''));
}
