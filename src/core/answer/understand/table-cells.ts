/**
 * The cells of a table row pasted into a chat: split by tabs, bars or runs of two spaces, outer
 * bars dropped. Shared by the readers of rosters, forms and money tables, so a row splits the same
 * way whichever of them reads it.
 */

/** A 合计 / 小计 row: the sum of the rows above it, never a row of its own. */
export const TOTAL_ROW = /^(合计|小计|总计|共计|总数)/;

/** A row's cells, each trimmed. */
// Split on the separator alone and trim after: a pattern with \s* around the bar rescans runs of spaces.
export function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^[|｜]|[|｜]$/g, '')
    .split(/\t|[|｜]|\s{2,}/)
    .map((c) => c.trim());
}
