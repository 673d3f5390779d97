/** `ClauseStore` over the active index generation. */
import type { Clause, ClauseFacts, PolicyDocumentMeta } from '../corpus/types.js';
import type { Db } from '../db/types.js';
import type { ClauseStore } from './types.js';

const ACTIVE = '(select active_generation from index_state where id = 1)';

interface ClauseRow {
  doc_id: string;
  clause_id: string;
  path: string[] | string;
  title: string;
  text: string;
  ordinal: number;
  facts: ClauseFacts | string;
}

/** jsonb arrives parsed from both drivers; tolerate text in case a driver hands it raw. */
export function jsonValue<T>(v: T | string): T {
  return typeof v === 'string' ? (JSON.parse(v) as T) : v;
}

function toClause(r: ClauseRow): Clause {
  return {
    docId: r.doc_id,
    clause: r.clause_id,
    path: jsonValue(r.path),
    title: r.title,
    text: r.text,
    ordinal: Number(r.ordinal),
    facts: jsonValue(r.facts),
  };
}

const COLUMNS = 'doc_id, clause_id, path, title, text, ordinal, facts';

/** Reads clauses and documents of whichever generation is active at the time of the call. */
export function createClauseStore(db: Db): ClauseStore {
  return {
    async list(docId?: string): Promise<Clause[]> {
      const rows = docId
        ? await db.query<ClauseRow>(`select ${COLUMNS} from clauses where generation_id = ${ACTIVE} and doc_id = $1 order by seq`, [docId])
        : await db.query<ClauseRow>(`select ${COLUMNS} from clauses where generation_id = ${ACTIVE} order by seq`);
      return rows.map(toClause);
    },
    async get(docId: string, clause: string): Promise<Clause | undefined> {
      const rows = await db.query<ClauseRow>(
        `select ${COLUMNS} from clauses where generation_id = ${ACTIVE} and doc_id = $1 and clause_id = $2`,
        [docId, clause],
      );
      return rows[0] ? toClause(rows[0]) : undefined;
    },
    async documents(): Promise<PolicyDocumentMeta[]> {
      const rows = await db.query<{ meta: PolicyDocumentMeta | string }>(
        `select meta from documents where generation_id = ${ACTIVE} order by doc_id`,
      );
      return rows.map((r) => jsonValue(r.meta));
    },
  };
}
