/**
 * A table of money pasted into a chat — wages by department, equipment by item — with its unit in
 * the header or the title (（万元）) and often a 合计 row. Unread, its bare figures lose their unit
 * (180 is not 180 万) and the rows and the total count twice. Rewritten as what the fact reader
 * knows: with a 合计 row, the total under the column's name (工资薪金合计750万), after the cells
 * every row shares (the one site all items were bought for); without one, each row with its unit.
 */

import { tableCells, TOTAL_ROW } from './table-cells.js';

/** A column of money, by the words of its name. */
const MONEY_COLUMN = /金额|价值|总值|工资|薪金|费用|经费|价格|投入|总额/;
/** The unit a header cell or a title line gives its figures. */
const UNIT = /[（(]\s*(万元|万|千元|元)\s*[）)]|单位[:：]\s*(万元|万|千元|元)/;
const FIGURE = /^\d+(?:\.\d+)?$/;

function isTableLine(line: string): boolean {
  return /\t|[|｜]|\S\s{2,}\S/.test(line.trim());
}

/** 万元 → 万, 千元 → 千, 元 → 元: the unit as it follows a figure in speech. */
function spoken(unit: string): string {
  return unit === '万元' ? '万' : unit === '千元' ? '千' : unit;
}

/** The message with a money table said as statements (the same text when it has none). */
export function readMoneyTable(message: string): string {
  if (!/\n/.test(message) || !/[\t|｜]|\s{2,}/.test(message)) return message;
  const lines = message.split(/\r?\n/);
  const at = lines.findIndex((l) => isTableLine(l) && tableCells(l).some((c) => MONEY_COLUMN.test(c)) && !tableCells(l).some((c) => /\d/.test(c.replace(UNIT, ''))));
  if (at < 0) return message;
  const header = tableCells(lines[at]!);
  const money = header.findIndex((c) => MONEY_COLUMN.test(c));
  const unitMatch = UNIT.exec(header[money]!) ?? lines.slice(0, at).map((l) => UNIT.exec(l)).find((m) => m !== null) ?? null;
  const unit = spoken(unitMatch?.[1] ?? unitMatch?.[2] ?? '元');
  const label = header[money]!.replace(UNIT, '').replace(/[（(][^）)]*[）)]/g, '').trim();
  let end = at + 1;
  const rows: string[][] = [];
  let total: string | undefined;
  for (; end < lines.length && isTableLine(lines[end]!); end++) {
    const row = tableCells(lines[end]!);
    if (TOTAL_ROW.test(row[0] ?? '')) {
      total = [...row].reverse().find((c) => FIGURE.test(c));
      continue;
    }
    if (row.length !== header.length || !FIGURE.test(row[money] ?? '')) return message;
    rows.push(row);
  }
  if (rows.length === 0) return message;
  let said: string[];
  if (total !== undefined) {
    // Cells every row shares (the one site the items were bought for) say what the total is of.
    const shared = header.map((_, i) => i).filter((i) => i !== money && rows.every((r) => r[i] === rows[0]![i])).map((i) => rows[0]![i]!);
    said = [`${[...shared, `${label}合计${total}${unit}`].join(' ')}；`];
  } else {
    said = rows.map((r) => `${r.map((c, i) => (i === money ? `${c}${unit}` : c)).join(' ')}；`);
  }
  const title = lines.slice(0, at).map((l) => l.replace(UNIT, ''));
  return [...title, ...said, ...lines.slice(end)].join('\n');
}
