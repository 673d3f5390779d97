-- The lexical index, computed in TypeScript (so it runs on Workers too, with no segmenter
-- in the database): terms are Chinese character unigrams and bigrams, policy-dictionary
-- words and Latin/number tokens. One row per term and generation holds the term's BM25
-- idf and its postings — the clauses containing it (by `seq`) with their BM25 impact
-- (saturated, length-normalised term frequency), highest impact first, capped at a fixed
-- count. A query reads one row per query term and sums idf × impact per clause in SQL, so
-- its cost is bounded by the number of query terms, not by the size of the corpus.
create table lexical_terms (
  generation_id int not null references index_generations (id) on delete cascade,
  term text not null,
  idf real not null,
  df int not null,
  seqs int[] not null,
  impacts real[] not null,
  primary key (generation_id, term)
);
