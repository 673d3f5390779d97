/**
 * Named prepared statements for embedded PGlite, sent in one protocol exchange per query.
 *
 * `PGlite.query()` sends every statement unnamed, as six separate calls into the WebAssembly
 * backend (parse, describe, bind, describe, execute, sync), so PostgreSQL parses and plans it
 * again each time: ~200–300 µs of CPU for `select 1` on this machine, most of it planning and
 * crossing into WebAssembly. The service sends the same few dozen statements over and over,
 * so each one is parsed once under a name (with its parameter types), and a query is then a
 * single call — bind, describe, execute, sync — whose plan PostgreSQL keeps.
 *
 * Same locking as `PGlite.query()` (the transaction mutex, then the query mutex), so a
 * statement never lands inside another caller's transaction; same parameter serialisers
 * and result parsers, so rows come back exactly as `query()` returns them. Only top-level
 * queries take this path: inside a transaction the caller uses the transaction's own query.
 */
import { parse, protocol, type PGlite } from '@electric-sql/pglite';

/** Distinct statements kept prepared; beyond this, new texts go through `PGlite.query()`. */
const MAX_STATEMENTS = 256;

interface Prepared {
  name: string;
  /** Parameter type OIDs, for the serialisers. */
  types: number[];
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** PGlite's internal mutexes, present on the class though not in its public docs. */
interface Exclusive {
  _runExclusiveTransaction<T>(fn: () => Promise<T>): Promise<T>;
  _runExclusiveQuery<T>(fn: () => Promise<T>): Promise<T>;
}

/**
 * A `query(text, params)` over `pg` that prepares each distinct text once. Falls back to
 * `pg.query()` when PGlite lacks what it relies on, when the database is closed (so the
 * caller gets PGlite's own error), and for texts beyond `MAX_STATEMENTS`.
 */
export function preparedQuery(pg: PGlite): <T>(text: string, params: readonly unknown[]) => Promise<T[]> {
  const statements = new Map<string, Prepared>();
  const exclusive = pg as unknown as Partial<Exclusive>;
  const supported = typeof exclusive._runExclusiveTransaction === 'function' && typeof exclusive._runExclusiveQuery === 'function';
  let counter = 0;

  const plain = async <T>(text: string, params: readonly unknown[]): Promise<T[]> => (await pg.query<T>(text, params as unknown[])).rows;

  const run = async <T>(text: string, params: readonly unknown[]): Promise<T[]> => {
    let statement = statements.get(text);
    if (!statement) {
      const name = `zz_s${++counter}`;
      const described = await pg.execProtocol(
        concat([protocol.serialize.parse({ name, text }), protocol.serialize.describe({ type: 'S', name }), protocol.serialize.sync()]),
        { syncToFs: false },
      );
      statement = { name, types: parse.parseDescribeStatementResults(described.messages) };
      statements.set(text, statement);
    }
    const { types } = statement;
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serialise = pg.serializers[types[i]!];
      return serialise ? serialise(value) : String(value);
    });
    const result = await pg.execProtocol(
      concat([
        protocol.serialize.bind({ statement: statement.name, values }),
        protocol.serialize.describe({ type: 'P' }),
        protocol.serialize.execute({}),
        protocol.serialize.sync(),
      ]),
      { syncToFs: true },
    );
    return (parse.parseResults(result.messages, pg.parsers)[0]?.rows ?? []) as T[];
  };

  return async <T>(text: string, params: readonly unknown[]): Promise<T[]> => {
    if (!supported || pg.closed || (!statements.has(text) && statements.size >= MAX_STATEMENTS)) return plain<T>(text, params);
    try {
      return await exclusive._runExclusiveTransaction!(() => exclusive._runExclusiveQuery!(() => run<T>(text, params)));
    } catch (err) {
      // A table changed under a prepared statement (a migration at run time): forget it and
      // run this call unprepared; the next call prepares the text afresh.
      if ((err as { code?: string }).code === '0A000') {
        statements.delete(text);
        return plain<T>(text, params);
      }
      throw err;
    }
  };
}
