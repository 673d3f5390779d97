-- State of the WeChat channels, shared by every replica (no process memory holds any of it).
-- Users appear only as a salted SHA-256 of their openid/userid ("user_key"), never raw.

-- One row per message WeChat delivered. WeChat retries a message it got no answer to within
-- 5 s; the primary key makes the first request the only one that answers: the others find
-- the row and return its stored reply (or `success`).
CREATE TABLE IF NOT EXISTS wechat_inbox (
  dedup_key  text        PRIMARY KEY,
  user_key   text        NOT NULL,
  -- processing: the claimer is answering; replied: `reply` was sent passively;
  -- deferred: the answer comes later (customer-service message or the user's next message).
  status     text        NOT NULL CHECK (status IN ('processing', 'replied', 'deferred')),
  reply      text,
  claimed_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS wechat_inbox_claimed_idx ON wechat_inbox (claimed_at);

-- Answers that missed the 5-second window and could not be pushed: kept for the user's next
-- message ("回复任意内容获取答案").
CREATE TABLE IF NOT EXISTS wechat_pending_answers (
  dedup_key    text        PRIMARY KEY,
  user_key     text        NOT NULL,
  status       text        NOT NULL CHECK (status IN ('computing', 'ready', 'delivered', 'failed')),
  answer       text,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS wechat_pending_user_idx ON wechat_pending_answers (user_key, status);

-- The API access_token, fetched by one replica and shared by all (each fetch invalidates the
-- previous token after a short overlap). `lease_until` marks a refresh in progress.
CREATE TABLE IF NOT EXISTS wechat_access_tokens (
  app_id       text        PRIMARY KEY,
  token        text,
  expires_at   timestamptz,
  lease_until  timestamptz,
  updated_at   timestamptz NOT NULL
);

-- Messages per user per minute, for the per-openid rate limit.
CREATE TABLE IF NOT EXISTS wechat_rate_hits (
  user_key     text        NOT NULL,
  window_start timestamptz NOT NULL,
  hits         integer     NOT NULL,
  PRIMARY KEY (user_key, window_start)
);
CREATE INDEX IF NOT EXISTS wechat_rate_hits_window_idx ON wechat_rate_hits (window_start);
