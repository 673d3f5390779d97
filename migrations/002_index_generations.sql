-- An index generation is one complete build of the search index (clauses, vectors, lexical
-- terms). Ingest builds a new generation beside the active one, then flips the single
-- `index_state.active_generation` pointer; readers only ever look at the active generation,
-- so a crash or a bad document mid-ingest leaves the previous generation serving.
create table index_generations (
  id serial primary key,
  status text not null check (status in ('building', 'ready', 'failed')),
  -- Hash of every document's content hash + embedder name + parser/lexical versions:
  -- equal to the active generation's → nothing to do.
  fingerprint text not null,
  embedder text not null,
  dim int not null check (dim > 0),
  parser_version text not null,
  clause_count int not null default 0,
  -- Mean lexical length of a clause, the BM25 length normaliser of this generation.
  avg_length real not null default 0,
  started_at timestamptz not null default now(),
  finished_at timestamptz
);

-- Exactly one row: which generation answers queries.
create table index_state (
  id int primary key default 1 check (id = 1),
  active_generation int references index_generations (id),
  updated_at timestamptz not null default now()
);
insert into index_state (id) values (1) on conflict (id) do nothing;
