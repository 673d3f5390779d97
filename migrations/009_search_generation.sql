-- `search_clauses` (008) also returns the generation its rows were read from: the key under
-- which the service caches the result (src/core/search/result-cache.ts), known without a
-- second query. Otherwise unchanged. A function's result columns cannot be altered in place,
-- hence drop and create.
--
-- (008's HNSW figures, measured since on 20 000 synthetic clauses, recall@10 against exact
-- search: pgvector's defaults at ef_search 40, 0.77–0.82 by ids; 008's graphs with ef_search
-- 128, 0.93–0.94 by ids and 0.96–0.98 when a clause at exactly the 10th distance counts.)
drop function search_clauses(text[], float8[], vector, text, int, int, int, float8, float8, boolean);

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
