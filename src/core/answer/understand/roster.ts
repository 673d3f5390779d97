/**
 * A roster pasted into a chat — one hire per line, by name (刘/就业困难/5个月, 王** 就业困难 以工代训3个月)
 * or a group with a bare head count (零就业家庭 1 以工代训6个月) — rewritten as the counted statements
 * the fact reader knows (4个就业困难 以工代训5个月；1个残疾人 以工代训2个月). Unread, every row is the
 * same group named again with no count, and the case asks for a head count the table already gave.
 */

import { readFormFields } from './form-fields.js';
import { readMoneyTable } from './money-table.js';

/** Groups an employer lists in a roster (the fact reader names them exactly). */
const GROUP_WORD = /就业困难|零就业|残疾|残障|建档立卡|贫困户|贫困劳动力|退役军人|退伍|两后生|离校未就业|下岗|登记失业|失业人员/;

/** Surnames that open most names in a roster; a name may be masked (王**, 刘某) or called 小王 / 老陈. */
const SURNAME = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常牛申翟樊耿葛康关焦齐柴岳左';
const NAME = new RegExp(`^(?:\\d{1,2}[.、)）]\\s*)?((?:[小老阿][${SURNAME}])|(?:[${SURNAME}](?:[*＊xX×某]{1,3}|[\\u4e00-\\u9fff]{0,2})))\\s*[/|｜,，、:：\\s]\\s*`);

/** A row's cells: split by the separators people paste tables with. */
const CELL_SEPARATOR = /\s*[/|｜\t]\s*|\s{2,}|\s+/;

/** A head count already in the row (2个 / 3人): the row is a statement, not one person. */
const HAS_COUNT = /[\d一二两三四五六七八九十俩仨]\s*(个|名|位|人)(?!月)/;

/** What a header column says the figure under it counts. */
function columnLabel(header: string): string {
  if (/代训|培训|带训/.test(header)) return '以工代训';
  if (/入职|在岗|就业|工作|干了|上班|工龄/.test(header)) return '已就业';
  if (/岗前/.test(header)) return '岗前补贴';
  return '';
}

/** A row of one named person, as "the rest of the row", or undefined when the line is no such row. */
function namedRow(line: string, header: string[] | undefined): string | undefined {
  const m = NAME.exec(line);
  if (!m) return undefined;
  const name = m[1]!;
  if (GROUP_WORD.test(name)) return undefined;
  const rest = line.slice(m[0].length).trim();
  if (!GROUP_WORD.test(rest) || HAS_COUNT.test(rest)) return undefined;
  if (!header) return rest.split(CELL_SEPARATOR).join(' ');
  // 刘/就业困难/5个月 under 姓名/类别/以工代训: the bare figure takes its column's name.
  const cells = [name, ...rest.split(CELL_SEPARATOR)];
  return cells
    .slice(1)
    .map((c, i) => (/^[\d.]+\s*(个月|月)?$/.test(c) && header[i + 1] ? `${columnLabel(header[i + 1]!)}${c}` : c))
    .join(' ');
}

/** 零就业家庭 1 以工代训6个月: a group, then its head count alone. */
const GROUP_BARE_COUNT = new RegExp(`^((?:${GROUP_WORD.source})[\\u4e00-\\u9fff]{0,4}?)\\s+(\\d{1,3})(?:\\s+|$)(.*)$`);

/** 类别/人数/以工代训月数：…: a table's header typed inline, its rows after the colon. */
const INLINE_HEADER = /(类别|人员类别|人员类型|人员)\s*[/／|]\s*(人数|数量|人)\s*[/／|]\s*([^：:；;\n/／|]{1,10})\s*[：:]/;

/**
 * 类别/人数/以工代训月数：贫困户/4/3（入职9个月）；零就业家庭/1/6: each row, group/count/figure,
 * said as a counted statement under its header's name (4个贫困户 以工代训3个月（入职9个月）).
 */
function inlineTable(message: string): string {
  const h = INLINE_HEADER.exec(message);
  if (!h) return message;
  const label = columnLabel(h[3]!);
  const start = (h.index ?? 0) + h[0].length;
  const stop = message.slice(start).search(/[。\n]/);
  const body = stop < 0 ? message.slice(start) : message.slice(start, start + stop);
  const rows = body.split(/[；;]/).map((r) => r.trim()).filter(Boolean);
  const said = rows.map((r) => /^([^/／|\d]{2,10})\s*[/／|]\s*(\d{1,3})\s*[/／|]\s*(\d{1,2}(?:\.\d)?)\s*(个月|月)?(.*)$/.exec(r));
  if (said.some((m) => !m || !GROUP_WORD.test(m[1]!))) return message;
  const text = said.map((m) => `${m![2]}个${m![1]} ${label}${m![3]}个月${m![5] ?? ''}`).join('；');
  return message.slice(0, h.index) + text + message.slice(start + body.length);
}

/** Each line with two bars or more: its cells as clauses (outer bars dropped). */
function barsAsCommas(message: string): string {
  return message
    .split('\n')
    .map((line) => {
      if (!/[|｜].*[|｜]/.test(line)) return line;
      // Split, not a pattern with \s* around the bar: that one rescans runs of spaces (quadratic).
      const cells = line.split(/[|｜]/).map((c) => c.trim());
      if (cells[0] === '') cells.shift();
      if (cells.at(-1) === '') cells.pop();
      return cells.join('，');
    })
    .join('\n');
}

/** The message with a pasted roster rewritten as counted statements (the same text when it has none). */
export function readRoster(message: string): string {
  // A table with a header row is read by its columns first; what bars are left are the cells of
  // a row pasted alone (残疾人 | 2名 | 以工代训3个月), read as clauses.
  // A table of money (wages, equipment) is said with its unit and total before anything else reads it.
  message = barsAsCommas(readFormFields(readMoneyTable(message)));
  if (INLINE_HEADER.test(message) && GROUP_WORD.test(message)) message = inlineTable(message);
  if (!/\n/.test(message) || !GROUP_WORD.test(message)) return message;
  const lines = message.split(/\r?\n/);
  let header: string[] | undefined;
  const rows: Array<{ at: number; rest: string }> = [];
  const kept: Array<string | number> = [];
  for (const raw of lines) {
    const line = raw.trim();
    // 姓名/类别/以工代训: a header names the columns; no group word, at least two separators.
    if (!header && !GROUP_WORD.test(line) && /姓名|名字|类别|人员|类型/.test(line) && line.split(CELL_SEPARATOR).length >= 2) {
      header = line.split(CELL_SEPARATOR);
      continue;
    }
    const rest = namedRow(line, header);
    if (rest !== undefined) {
      rows.push({ at: kept.length, rest });
      kept.push(rows.length - 1);
      continue;
    }
    const bare = GROUP_BARE_COUNT.exec(line);
    kept.push(bare ? `${bare[2]}个${bare[1]} ${bare[3] ?? ''}`.trim() : line);
  }
  if (rows.length === 0) return kept.join('\n');
  // Rows alike (the same group, the same months) are one statement with their head count.
  const alike = new Map<string, number>();
  for (const r of rows) alike.set(r.rest, (alike.get(r.rest) ?? 0) + 1);
  const said = new Set<string>();
  const groupsSaid = new Set<string>();
  const out: string[] = [];
  for (const k of kept) {
    if (typeof k === 'string') {
      out.push(k);
      continue;
    }
    const rest = rows[k]!.rest;
    if (said.has(rest)) continue;
    said.add(rest);
    // The same group again with other months is another lot of it (另外), not the same people.
    const group = GROUP_WORD.exec(rest)![0];
    out.push(`${groupsSaid.has(group) ? '另外' : ''}${alike.get(rest)}个${rest}`);
    groupsSaid.add(group);
  }
  return out.join('\n');
}
