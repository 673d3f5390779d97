-- Clean clauses, addressed the way the document numbers them (`三(五)`, `head`, `tail`).
-- `seq` is the clause's position in its generation; the lexical postings refer to it.
create table clauses (
  generation_id int not null references index_generations (id) on delete cascade,
  seq int not null,
  doc_id text not null,
  clause_id text not null,
  ordinal int not null,
  path jsonb not null,
  title text not null,
  text text not null,
  facts jsonb not null default '{}'::jsonb,
  -- sha-256 of the text that was embedded: lets a rebuild reuse unchanged vectors.
  text_hash text not null,
  primary key (generation_id, seq),
  unique (generation_id, doc_id, clause_id)
);
create index clauses_doc_order on clauses (generation_id, doc_id, ordinal);
