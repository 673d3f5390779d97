/**
 * The parameters the rules engine uses: the shipped ones with the parameter changes of the
 * documents in the active index laid in (rules/amendments.ts). Read once and kept for the
 * process (or isolate); `refresh()` after a commit, restore or re-index makes the next read
 * fetch them again, and a replica that did not make the change catches up within `maxAgeMs`.
 */
import type { Db } from '../db/types.js';
import { parameterTable, type ParameterAmendment } from '../rules/amendments.js';
import type { ParameterTable } from '../rules/parameters.js';

/** The library's parameters, cached (see the module comment). */
export interface ParameterLibrary {
  /** The parameter versions in effect, the library's amendments included. */
  table(): Promise<ParameterTable>;
  /** The amendments themselves, oldest first. */
  amendments(): Promise<ParameterAmendment[]>;
  /** Forget what was read: the next call reads the database again. */
  refresh(): void;
}

export interface ParameterLibraryOptions {
  /** How long a read is trusted when nothing here changed it (default 60 s). */
  maxAgeMs?: number;
  now?: () => number;
}

/** The amendments of the active generation, oldest first. */
export async function readAmendments(db: Db): Promise<ParameterAmendment[]> {
  const rows = await db.query<{ doc_id: string; doc_no: string; amends: string; parameter: string; value: number | string; from_date: string; clause_id: string; quote: string }>(
    `select a.doc_id, a.doc_no, a.amends, a.parameter, a.value, a.from_date, a.clause_id, a.quote
       from parameter_amendments a join index_state s on s.id = 1 and a.generation_id = s.active_generation
      order by a.from_date, a.doc_id, a.parameter`,
  );
  return rows.map((r) => ({
    docId: r.doc_id,
    docNo: r.doc_no,
    amends: r.amends,
    parameter: r.parameter,
    value: Number(r.value),
    from: r.from_date,
    clause: r.clause_id,
    quote: r.quote,
  }));
}

/** A cached view of the library's parameters over `db`. */
export function createParameterLibrary(db: Db, options: ParameterLibraryOptions = {}): ParameterLibrary {
  const maxAge = options.maxAgeMs ?? 60_000;
  const clock = options.now ?? Date.now;
  let cached: { at: number; read: Promise<{ amendments: ParameterAmendment[]; table: ParameterTable }> } | undefined;
  const load = () => {
    if (!cached || clock() - cached.at > maxAge) {
      const read = readAmendments(db).then((amendments) => ({ amendments, table: parameterTable(amendments) }));
      const entry = { at: clock(), read };
      // A failed read is not kept: the next call tries again.
      read.catch(() => {
        if (cached === entry) cached = undefined;
      });
      cached = entry;
    }
    return cached.read;
  };
  return {
    table: async () => (await load()).table,
    amendments: async () => (await load()).amendments,
    refresh: () => {
      cached = undefined;
    },
  };
}
