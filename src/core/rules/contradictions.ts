/**
 * Facts that cannot all be true at once. Such a request is bad input (HTTP 400), naming every
 * field involved, because no answer computed from it could be right: the engine would have to
 * pick which of the two facts to believe, and it never guesses.
 *
 * Only combinations that are impossible are refused. Unusual but possible ones are left to the
 * rules, for instance:
 * - an education fund larger than the payroll (the fund may include amounts carried over);
 * - a front-line share given without the fund, or with a fund of 0 (a share of nothing says nothing);
 * - more subsidies this year than earlier subsidies listed (the list may name only some of them),
 *   even an empty list: asked “以前是否享受过”, people answer about the years before this one;
 * - a 贫困家庭学生 who says they are not a student (the group may describe their school years);
 * - the same site name on a base and on a studio (two different things may share a name).
 */

/** One contradiction: the request paths involved (relative to the object checked) and why. */
export interface Contradiction {
  paths: (string | number)[][];
  message: string;
}

interface HireLike {
  monthsEmployed?: number | undefined;
  onJobTrainingMonths?: number | undefined;
}

/** Within one hire row: 以工代训 happens while employed, so its months cannot exceed the months employed. */
export function hireContradictions(h: HireLike): Contradiction[] {
  if (h.onJobTrainingMonths === undefined || h.monthsEmployed === undefined) return [];
  if (h.onJobTrainingMonths <= h.monthsEmployed) return [];
  return [
    {
      paths: [['onJobTrainingMonths'], ['monthsEmployed']],
      message: `以工代训月数（${h.onJobTrainingMonths}）多于已就业月数（${h.monthsEmployed}）：以工代训是在就业期间开展的，两者矛盾`,
    },
  ];
}
