-- Staff console logins, kept server-side so that logout ends them and they expire. The cookie
-- carries a random id; only its SHA-256 is stored, so a database dump holds no usable session.
CREATE TABLE IF NOT EXISTS console_sessions (
  id_hash    text        PRIMARY KEY,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS console_sessions_expires_idx ON console_sessions (expires_at);

-- Failed console logins and admin tokens per client address (a salted hash) per 15-minute
-- window, so guessing is throttled across replicas. Old windows are deleted as failures come in.
CREATE TABLE IF NOT EXISTS auth_failures (
  client_key   text        NOT NULL,
  window_start timestamptz NOT NULL,
  failures     integer     NOT NULL DEFAULT 0,
  PRIMARY KEY (client_key, window_start)
);
CREATE INDEX IF NOT EXISTS auth_failures_window_idx ON auth_failures (window_start);
