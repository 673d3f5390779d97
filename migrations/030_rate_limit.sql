-- Request counts per client per minute for the public API's rate limit. Kept in the
-- database, not in process memory, so every replica (Node processes, Workers isolates)
-- counts against the same budget. The client is a salted hash of its address, never the
-- address itself; rows older than the previous window are deleted as traffic goes by.
CREATE TABLE IF NOT EXISTS rate_limit_hits (
  client_key   text        NOT NULL,
  window_start timestamptz NOT NULL,
  hits         integer     NOT NULL DEFAULT 0,
  PRIMARY KEY (client_key, window_start)
);

CREATE INDEX IF NOT EXISTS rate_limit_hits_window_idx ON rate_limit_hits (window_start);
