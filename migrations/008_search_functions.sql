-- Hybrid search as two database functions, so that a search is one round trip whose query
-- plans are made once per connection and then reused (PL/pgSQL caches the plan of each
-- statement). Sent as a plain statement, the query was planned on every call, and on the
-- embedded database planning cost as much as running it.
--
-- The ranking is the one src/core/search/hybrid.ts documents: BM25 over the stored postings
-- of the question's strongest terms, cosine distance through the HNSW index of the vector's
-- dimension, relative-score fusion scaled by absolute evidence. Only the k best rows are
-- joined to `clauses` (their texts are the largest thing read). Each row also carries the
-- generation it was read from: the key of the service's result cache (result-cache.ts).

-- Denser HNSW graphs than the defaults (m 16, ef_construction 64): the local embedder's
-- hashed n-gram vectors of many similar clauses are a hard case for a sparse graph. Measured
-- on 20 000 synthetic clauses (scripts/bench/scale.ts): recall@10 0.81 → ~0.97 (counting
-- exact distance ties, see there) with ef_search 128, for a build ~1.7× as long.
drop index if exists embeddings_hnsw_256;
drop index if exists embeddings_hnsw_1024;
drop index if exists embeddings_hnsw_1536;
create index embeddings_hnsw_256 on embeddings using hnsw ((embedding::vector(256)) vector_cosine_ops)
  with (m = 16, ef_construction = 256) where dim = 256;
create index embeddings_hnsw_1024 on embeddings using hnsw ((embedding::vector(1024)) vector_cosine_ops)
  with (m = 16, ef_construction = 256) where dim = 1024;
create index embeddings_hnsw_1536 on embeddings using hnsw ((embedding::vector(1536)) vector_cosine_ops)
  with (m = 16, ef_construction = 256) where dim = 1536;

-- The `p_limit` nearest clauses of one generation to `p_vector` by cosine, as two arrays
-- (clause seqs, similarities; in no particular order). Dimensions with an HNSW index (006)
-- order by the indexed expression so the index is used; any other dimension is an exact
-- scan. A null vector gives empty arrays. ef_search 128 (pgvector's default is 40) is the
-- candidate list the index search keeps; it is set for the duration of the call only.
-- Measured at 20 000 clauses: 100 → 128 lifts recall@10 from ~0.96 to ~0.975 for ~0.05 ms.
create function search_vector_candidates(
  p_generation int, p_embedder text, p_vector vector, p_limit int,
  out seqs int[], out sims float8[]
)
  language plpgsql stable
  set hnsw.ef_search = 128
as $$
declare
  d int;
begin
  seqs := '{}';
  sims := '{}';
  if p_vector is null then
    return;
  end if;
  d := vector_dims(p_vector);
  if d = 256 then
    select coalesce(array_agg(x.seq), '{}'), coalesce(array_agg(x.sim), '{}') into seqs, sims from (
      select e.seq, 1 - (e.embedding::vector(256) <=> p_vector::vector(256)) as sim
        from embeddings e
       where e.dim = 256 and e.embedder = p_embedder and e.generation_id = p_generation
       order by e.embedding::vector(256) <=> p_vector::vector(256)
       limit p_limit) x;
  elsif d = 1024 then
    select coalesce(array_agg(x.seq), '{}'), coalesce(array_agg(x.sim), '{}') into seqs, sims from (
      select e.seq, 1 - (e.embedding::vector(1024) <=> p_vector::vector(1024)) as sim
        from embeddings e
       where e.dim = 1024 and e.embedder = p_embedder and e.generation_id = p_generation
       order by e.embedding::vector(1024) <=> p_vector::vector(1024)
       limit p_limit) x;
  elsif d = 1536 then
    select coalesce(array_agg(x.seq), '{}'), coalesce(array_agg(x.sim), '{}') into seqs, sims from (
      select e.seq, 1 - (e.embedding::vector(1536) <=> p_vector::vector(1536)) as sim
        from embeddings e
       where e.dim = 1536 and e.embedder = p_embedder and e.generation_id = p_generation
       order by e.embedding::vector(1536) <=> p_vector::vector(1536)
       limit p_limit) x;
  else
    select coalesce(array_agg(x.seq), '{}'), coalesce(array_agg(x.sim), '{}') into seqs, sims from (
      select e.seq, 1 - (e.embedding <=> p_vector) as sim
        from embeddings e
       where e.dim = d and e.embedder = p_embedder and e.generation_id = p_generation
       order by e.embedding <=> p_vector
       limit p_limit) x;
  end if;
end
$$;

-- The `p_k` best clauses of the active generation for a question given as weighted terms
-- (`p_terms`, `p_weights`) and an embedding (`p_vector`, null for lexical search only), each
-- with the generation it was read from.
--   p_candidates            rows taken from each side before fusion
--   p_max_terms             query terms read from the lexical index (highest weight × idf)
--   p_vector_weight         weight of the vector side in the fusion (the lexical side weighs 1)
--   p_evidence_weight       E in score = rel × (1 − E + E × evidence)
--   p_similarity_evidence   whether cosine similarity counts as evidence (semantic embedders)
-- Lookups are written as LATERAL subqueries so that each is an index probe per query term or
-- per ranked row, whatever the planner estimates for an array parameter it cannot see.
create function search_clauses(
  p_terms text[],
  p_weights float8[],
  p_vector vector,
  p_embedder text,
  p_candidates int,
  p_k int,
  p_max_terms int,
  p_vector_weight float8,
  p_evidence_weight float8,
  p_similarity_evidence boolean
)
  returns table (doc_id text, clause_id text, path jsonb, text text, score float8, generation int)
  language plpgsql stable
as $$
#variable_conflict use_column
declare
  gen int;
  n int;
  v_seqs int[];
  v_sims float8[];
begin
  select s.active_generation, ig.clause_count into gen, n
    from index_state s join index_generations ig on ig.id = s.active_generation
   where s.id = 1;
  if gen is null then
    return;
  end if;
  select c.seqs, c.sims into v_seqs, v_sims from search_vector_candidates(gen, p_embedder, p_vector, p_candidates) c;
  return query
    with q as materialized (
      -- Each query term with its idf and postings (null when the corpus lacks the term).
      select t.w, lt.idf, lt.seqs, lt.impacts
        from unnest(p_terms, p_weights) as t(term, w)
        left join lateral (
          select x.idf, x.seqs, x.impacts from lexical_terms x where x.generation_id = gen and x.term = t.term
        ) lt on true
    ),
    qt as (
      select q.w * q.idf as wi, q.seqs, q.impacts from q where q.idf is not null order by 1 desc limit p_max_terms
    ),
    lex as (
      select p.seq, sum(qt.wi * p.impact) as score, sum(qt.wi) as matched
        from qt cross join lateral unnest(qt.seqs, qt.impacts) as p(seq, impact)
       group by p.seq
       order by score desc
       limit p_candidates
    ),
    lex_n as (select seq, matched, score / nullif(max(score) over (), 0) as rel from lex),
    vec_n as (
      select v.seq, v.sim, v.sim / nullif(max(v.sim) over (), 0) as rel
        from unnest(v_seqs, v_sims) as v(seq, sim)
       where v.sim > 0
    ),
    fused as (
      select coalesce(l.seq, v.seq) as seq,
             (coalesce(l.rel, 0) + p_vector_weight * coalesce(v.rel, 0)) / (1 + p_vector_weight) as rel,
             -- The share of the question's weight the clause contains; a term the corpus
             -- lacks counts at the highest idf.
             least(1, coalesce(l.matched, 0) /
               nullif((select sum(q.w * coalesce(q.idf, ln(1 + (n + 0.5) / 0.5))) from q), 0)) as coverage,
             greatest(coalesce(v.sim, 0), 0) as sim
        from lex_n l full join vec_n v on l.seq = v.seq
    ),
    ranked as (
      select f.seq,
             (f.rel * ((1 - p_evidence_weight) + p_evidence_weight *
                greatest(coalesce(f.coverage, 0), case when p_similarity_evidence then f.sim else 0 end)))::float8 as score
        from fused f
       order by 2 desc, f.seq
       limit p_k
    )
    select c.doc_id, c.clause_id, c.path, c.text, r.score, gen
      from ranked r
      cross join lateral (
        select x.doc_id, x.clause_id, x.path, x.text from clauses x where x.generation_id = gen and x.seq = r.seq
      ) c
     order by r.score desc, r.seq;
end
$$;
