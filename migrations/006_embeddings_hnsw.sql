-- Approximate nearest-neighbour indexes (cosine), partial on dimension, over the expression
-- the vector search orders by. 256 = the local embedder; 1024 and 1536 cover common remote
-- embedding models. Other dimensions still work, by exact scan.
create index embeddings_hnsw_256 on embeddings using hnsw ((embedding::vector(256)) vector_cosine_ops) where dim = 256;
create index embeddings_hnsw_1024 on embeddings using hnsw ((embedding::vector(1024)) vector_cosine_ops) where dim = 1024;
create index embeddings_hnsw_1536 on embeddings using hnsw ((embedding::vector(1536)) vector_cosine_ops) where dim = 1536;
