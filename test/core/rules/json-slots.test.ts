import { describe, expect, it } from 'vitest';
import { scalarSlots } from '../../../src/core/rules/json-slots.js';

describe('scalarSlots', () => {
  it('finds every scalar outside strings with its path', () => {
    const text = '{"a":1,"b":[true,{"c":null,"d":"x:1,2"}],"e" : -2.5e3 ,"f":[[3],4]}';
    const slots = scalarSlots(text)!;
    expect(slots.map((s) => [text.slice(s.start, s.end), s.path])).toEqual([
      ['1', ['a']],
      ['true', ['b', 0]],
      ['null', ['b', 1, 'c']],
      ['-2.5e3', ['e']],
      ['3', ['f', 0, 0]],
      ['4', ['f', 1]],
    ]);
  });

  it('reads escaped keys as JSON does', () => {
    const text = '{"a\\"b":1,"\\u0063":2}';
    expect(scalarSlots(text)!.map((s) => s.path)).toEqual([['a"b'], ['c']]);
  });

  it('refuses a text with a key twice in one object (JSON.parse keeps the last)', () => {
    expect(scalarSlots('{"a":1,"a":2}')).toBeUndefined();
    expect(scalarSlots('{"a":1,"b":{"a":2}}')).toBeDefined();
  });
});
