-- pgvector: the `vector` type, distance operators and HNSW indexes.
-- On PGlite the extension ships with the package; on a server it must be installed
-- (see .ci/run) and creating it may need a superuser the first time.
create extension if not exists vector;
