-- One vector per clause, with the embedder that made it and its dimension. The column is an
-- untyped `vector` so any embedder fits (the local one has 256 dimensions, remote ones 1024,
-- 1536 …); HNSW needs a fixed dimension, so 006 indexes the cast `embedding::vector(N)` in
-- partial indexes, one per known dimension, and queries use the same expression.
create table embeddings (
  generation_id int not null,
  seq int not null,
  embedder text not null,
  dim int not null check (dim > 0),
  embedding vector not null,
  primary key (generation_id, seq),
  foreign key (generation_id, seq) references clauses (generation_id, seq) on delete cascade
);
