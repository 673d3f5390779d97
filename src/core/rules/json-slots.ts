/**
 * Where the scalars of a JSON text are: each number, `true`, `false` and `null` outside a
 * string, by its offsets in the text and its path (keys and indexes) in the parsed value. Made
 * once for a body that parsed and validated, so ./near-body.ts can tell, by comparing texts
 * alone, that a later body differs from it in that one scalar. Strings are not slots: their
 * escapes would make a text comparison say nothing about the value.
 */

export type JsonPath = readonly (string | number)[];

export interface ScalarSlot {
  start: number;
  end: number;
  path: JsonPath;
}

/** A scalar token's characters; in valid JSON a run of them outside a string is one scalar. */
function isScalarChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2d || c === 0x2b || c === 0x2e;
}

/**
 * The scalar slots of `text`, which must be valid JSON (it was parsed before), in text order;
 * undefined when a slot's path would be ambiguous: an object holding one key twice (`JSON.parse`
 * keeps the last, so the earlier value's slot would name a path it does not set).
 */
export function scalarSlots(text: string): ScalarSlot[] | undefined {
  const slots: ScalarSlot[] = [];
  const path: (string | number)[] = [];
  // Per open container: its keys seen (objects) or undefined (arrays).
  const open: (Set<string> | undefined)[] = [];
  // A value just ended: inside an object its key leaves the path.
  const ended = () => {
    if (open.length > 0 && open[open.length - 1] !== undefined) path.pop();
  };
  let expectKey = false;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */) {
      open.push(new Set());
      expectKey = true;
      i++;
    } else if (c === 0x5b /* [ */) {
      open.push(undefined);
      path.push(0);
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (open.pop() === undefined) path.pop();
      expectKey = false;
      ended();
      i++;
    } else if (c === 0x2c /* , */) {
      const top = open[open.length - 1];
      if (top === undefined) (path[path.length - 1] as number)++;
      else expectKey = true;
      i++;
    } else if (c === 0x22 /* " */) {
      let j = i + 1;
      while (text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c /* \ */ ? 2 : 1;
      if (expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        const keys = open[open.length - 1]!;
        if (keys.has(key)) return undefined;
        keys.add(key);
        path.push(key);
        expectKey = false;
      } else ended();
      i = j + 1;
    } else if (isScalarChar(c)) {
      let j = i + 1;
      while (j < text.length && isScalarChar(text.charCodeAt(j))) j++;
      slots.push({ start: i, end: j, path: [...path] });
      ended();
      i = j;
    } else i++; // whitespace and ':'
  }
  return slots;
}
