-- Documents added or replaced through the admin API. The corpus the service indexes is the
-- documents it ships with (policy-corpus/ on Node, bundled on Workers) with these laid over
-- them by id, so an admin's document survives restarts, re-indexes and new replicas.
-- `source` is the whole Markdown file (front matter and body) exactly as uploaded.
CREATE TABLE IF NOT EXISTS admin_documents (
  doc_id     text        PRIMARY KEY,
  source     text        NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
