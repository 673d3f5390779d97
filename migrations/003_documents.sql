-- The documents of a generation: front-matter metadata and the hash of what was ingested.
create table documents (
  generation_id int not null references index_generations (id) on delete cascade,
  doc_id text not null,
  meta jsonb not null,
  content_hash text not null,
  clause_count int not null,
  primary key (generation_id, doc_id)
);
