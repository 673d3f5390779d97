-- Parameter changes stated by the documents of a generation (front matter `amends`): which
-- parameter of the rules, its new value from which date, and the clause and words of the
-- amending document that fix it. Written by the ingest with the generation's documents, so
-- the rules engine's parameters always match the documents being served.
create table if not exists parameter_amendments (
  generation_id int not null references index_generations (id) on delete cascade,
  doc_id text not null,
  doc_no text not null,
  amends text not null,
  parameter text not null,
  value double precision not null,
  from_date text not null,
  clause_id text not null,
  quote text not null,
  primary key (generation_id, doc_id, parameter, from_date)
);
