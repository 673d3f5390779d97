/**
 * Batched inserts that work the same on PGlite and on a server: a batch of rows travels as
 * ONE JSON text parameter and `jsonb_to_recordset` turns it into rows, so hundreds of rows
 * cost one statement (PGlite's per-statement cost is ~10× a server's). The JSON goes in as
 * `text` and is cast in SQL, so no driver re-encodes it.
 */
import type { Db } from '../db/types.js';

/** Splits `rows` into batches of at most `maxRows` rows and about `maxChars` of JSON. */
export function* batches<T>(rows: readonly T[], maxRows: number, maxChars = 4_000_000): Generator<T[]> {
  let current: T[] = [];
  let size = 0;
  for (const row of rows) {
    const len = JSON.stringify(row).length;
    if (current.length > 0 && (current.length >= maxRows || size + len > maxChars)) {
      yield current;
      current = [];
      size = 0;
    }
    current.push(row);
    size += len;
  }
  if (current.length > 0) yield current;
}

/**
 * Inserts `rows` into `table` in batches. `columns` is the recordset definition
 * (`seq int, text text, …`); `select` maps the record `r` to the table's columns
 * (`$2, r.seq, r.text`), and `params` fills any `$2…` it uses.
 */
export async function insertBatched(
  db: Db,
  table: string,
  targetColumns: string,
  recordColumns: string,
  select: string,
  rows: readonly object[],
  options: { maxRows?: number; params?: readonly unknown[]; onBatch?: (inserted: number) => void } = {},
): Promise<void> {
  let inserted = 0;
  for (const batch of batches(rows, options.maxRows ?? 500)) {
    await db.query(
      `insert into ${table} (${targetColumns})
       select ${select} from jsonb_to_recordset($1::text::jsonb) as r(${recordColumns})`,
      [JSON.stringify(batch), ...(options.params ?? [])],
    );
    inserted += batch.length;
    options.onBatch?.(inserted);
  }
}
