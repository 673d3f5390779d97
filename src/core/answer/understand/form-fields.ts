/**
 * What HR and finance staff paste: key：value lines (人数：4 / 在岗月数：7 / 岗前培训补贴：未申领), one
 * record per line or one field per line, and tables with a header row (人员类别 | 人数 | 入职月数 |
 * 以工代训月数, tab- or bar-separated, with a 合计 row). Rewritten as the plain statements the fact
 * reader knows (3个建档立卡贫困劳动力 干了8个月 以工代训6个月), so a form is read like a sentence;
 * unread, its bare figures run together (3 8 6 → 386) or stay unbound. A field whose value is not
 * understood is left as typed.
 */

import { tableCells, TOTAL_ROW } from './table-cells.js';

/** What a column or key says its figure counts, by the words of its name. */
type Field = 'group' | 'count' | 'employed' | 'ojt' | 'preJob' | 'insured' | 'unit';

function fieldOf(name: string): Field | undefined {
  const n = name.replace(/\s+/g, '');
  if (/岗前/.test(n)) return 'preJob';
  if (/代训|带训/.test(n)) return 'ojt';
  if (/参保|社保|保险/.test(n)) return 'insured';
  if (/人数|数量|人员数|几人/.test(n)) return 'count';
  if (/入职|在岗|就业月|工作月|在厂|干了|上班|工龄|就业时间|已就业/.test(n)) return 'employed';
  if (/类别|类型|人员|身份/.test(n)) return 'group';
  if (/^(单位|企业|公司|单位性质|企业性质|单位类型)$/.test(n)) return 'unit';
  return undefined;
}

/** A figure of months or people as typed in a cell (6 / 6个月 / 每人带了5个月 / 3人). */
function figure(value: string): string | undefined {
  const m = /^(?:每人|都|均|共|一共)?(?:带了|干了|搞了|做了)?\s*(\d{1,3}(?:\.\d)?|[一二两三四五六七八九十]{1,3})\s*(?:个月|月|人|名|个)?$/.exec(value.replace(/\s+/g, ''));
  return m?.[1];
}

/** A yes/no cell: 是/已申领/有 or 否/未申领/无. */
function yesNo(value: string): boolean | undefined {
  // 均无 / 都没有: said of every row at once.
  const v = value.replace(/\s+/g, '').replace(/^(均|都|全都|全部|全|一律)(?=否|无|没|未|是|有|已|领|申)/, '');
  if (/^(否|无|没有|没|未|未申领|未领|未领取|没领|没申请|均未申领|均未领取|都没领|都未领|未申请|未参保|未缴纳|没交|不是)/.test(v)) return false;
  if (/^(是|有|已|已申领|已领|已领取|领过|申请过|已参保|已缴纳|交了|正常缴纳|参保)/.test(v)) return true;
  return undefined;
}

/** One field said as a plain statement, or undefined when its value is not understood. */
function statement(field: Field, value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  switch (field) {
    case 'group':
      return v.replace(/[（(][^）)]*[）)]/g, '');
    case 'unit':
      return v;
    case 'count': {
      const n = figure(v);
      // 人数：2（建档立卡贫困劳动力）: the group may be said in the count's own cell.
      const inBrackets = /[（(]([^）)]+)[）)]/.exec(v)?.[1];
      if (n === undefined && inBrackets) {
        const m = /^(\d{1,3})/.exec(v);
        return m ? `${m[1]}个${inBrackets}` : undefined;
      }
      return n === undefined ? undefined : `一共${n}个${inBrackets ?? ''}`;
    }
    case 'employed': {
      const n = figure(v);
      return n === undefined ? undefined : `干了${n}个月`;
    }
    case 'ojt': {
      const n = figure(v);
      return n === undefined ? undefined : `以工代训${n}个月`;
    }
    case 'preJob': {
      const yes = yesNo(v);
      return yes === undefined ? `岗前补贴${v}` : yes ? '岗前补贴领过了' : '岗前补贴没领';
    }
    case 'insured': {
      const yes = yesNo(v);
      return yes === undefined ? undefined : yes ? '社保交了' : '社保没交';
    }
  }
}

const KEY_VALUE = /^([^：:；;，,。\n]{1,10})[：:]\s*([^；;\n]*)$/;

/** key：value pieces of a line (人员类别：X；人数：3；…), or undefined when the line is not all of them. */
function keyValues(line: string): Array<[Field, string, string]> | undefined {
  const pieces = line.split(/[；;]/).map((p) => p.trim()).filter(Boolean);
  const out: Array<[Field, string, string]> = [];
  for (const p of pieces) {
    const m = KEY_VALUE.exec(p);
    if (!m) return undefined;
    const f = fieldOf(m[1]!.replace(/^[①②③④⑤⑥⑦⑧⑨⑩\d一二三四五六七八九十]+[、.．)）]?\s*/, ''));
    if (!f) return undefined;
    out.push([f, m[2]!, p]);
  }
  return out.length > 0 ? out : undefined;
}

/**
 * A record's fields as one statement: the count joined to its group (3个建档立卡贫困劳动力), the
 * unit as typed; the record as typed when a value is not understood.
 */
function record(fields: Array<[Field, string, string]>, typed: string): string {
  const group = fields.find(([f]) => f === 'group');
  const count = fields.find(([f]) => f === 'count');
  const n = count ? figure(count[1]) : undefined;
  const head = group && n !== undefined ? `${n}个${group[1].replace(/[（(][^）)]*[）)]/g, '')}` : undefined;
  const said = fields
    .filter(([f]) => !(head && (f === 'group' || f === 'count')))
    .map(([f, v, piece]) => (f === 'unit' ? piece : statement(f, v)));
  if (said.some((s) => s === undefined)) return typed;
  return [head, ...said].filter(Boolean).join(' ');
}

/** A header row: two cells or more, every one naming a field, one of them the group. */
function headerOf(line: string): Array<Field | undefined> | undefined {
  if (!/[|｜\t]|\s{2,}/.test(line.trim())) return spacedHeaderOf(line);
  const named = tableCells(line).map(fieldOf);
  return named.length >= 2 && named.includes('group') && named.filter((f) => f !== undefined).length >= 2 ? named : undefined;
}

/**
 * 类别 人数 入职月数 以工代训月数 岗前补贴: a header typed with single spaces — read only when it is
 * three names or more, each one a field and one of them the group, so no sentence passes for one.
 */
function spacedHeaderOf(line: string): Array<Field | undefined> | undefined {
  const words = line.trim().split(/\s+/);
  if (words.length < 3 || words.some((w) => w.length > 8)) return undefined;
  const named = words.map(fieldOf);
  return named.every((f) => f !== undefined) && named.includes('group') && named.includes('count') ? named : undefined;
}

/**
 * …；岗前补贴:均无 / 社保：有: a yes/no field among a line's other words, said plainly; the rest of
 * the line stays as typed.
 */
function yesNoPieces(line: string): string {
  return line.replace(/(^|[；;，,\s/])([^：:；;，,。\s/]{2,8})[：:]\s*([^；;，,。\s/]{1,6})(?=$|[；;，,。\s/])/g, (all, lead: string, key: string, value: string) => {
    const field = fieldOf(key);
    if (field !== 'preJob' && field !== 'insured') return all;
    const said = statement(field, value);
    return said && yesNo(value) !== undefined ? `${lead}${said}` : all;
  });
}

/** The message with its form fields and tables said as plain statements (the same text when it has none). */
export function readFormFields(message: string): string {
  if (!/[：:|｜\t\n]/.test(message)) return message;
  const lines = message.split(/\r?\n/);
  let header: Array<Field | undefined> | undefined;
  /** The header was typed with single spaces: its rows are split the same way. */
  let spaced = false;
  const groupsSaid = new Set<string>();
  const out = lines.map((raw) => {
    const line = raw.trim();
    // |---|---|: a Markdown table's rule under its header says nothing.
    if (/^[|｜][\s|｜:：\-—]+$/.test(line)) return '';
    const h = headerOf(line);
    if (h) {
      header = h;
      spaced = !/[|｜\t]|\s{2,}/.test(line);
      return '';
    }
    if (header && (spaced ? /\S\s\S/.test(line) : /[|｜\t]|\s{2,}/.test(line))) {
      const row = spaced ? line.split(/\s+/) : tableCells(line);
      if (TOTAL_ROW.test(row[0] ?? '')) return '';
      if (row.length === header.length) {
        const fields = row.map((c, i) => [header![i], c] as [Field | undefined, string]).filter((x): x is [Field, string] => x[0] !== undefined && x[1] !== '');
        const group = fields.find(([f]) => f === 'group')?.[1].replace(/[（(][^）)]*[）)]/g, '');
        const count = fields.find(([f]) => f === 'count');
        const rest = fields.filter(([f]) => f !== 'group' && f !== 'count').map(([f, v]) => statement(f, v));
        const n = count ? figure(count[1]) : undefined;
        if (group && n !== undefined && rest.every((s) => s !== undefined)) {
          // The same group in a second row is another lot of it (另外), not the same people.
          const again = groupsSaid.has(group) ? '另外' : '';
          groupsSaid.add(group);
          return `${again}${n}个${group} ${rest.join(' ')}；`;
        }
      }
      return raw;
    }
    header = undefined;
    const kv = keyValues(line.replace(/^[①②③④⑤⑥⑦⑧⑨⑩]\s*|^[一二三四五六七八九十]+[、.．]\s*|^\d{1,2}[.、)）]\s*/, ''));
    return kv ? `${record(kv, raw)}；` : yesNoPieces(raw);
  });
  return out.filter((l) => l !== '').join('\n');
}
