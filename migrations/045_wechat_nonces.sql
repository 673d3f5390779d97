-- Signed WeChat/WeCom callbacks seen recently, so a signature cannot be replayed. In plain mode
-- the signature covers token, timestamp and nonce but not the body: a triple leaked from a proxy
-- log would otherwise sign any message. A triple is accepted for one body only (WeChat's own
-- retries resend the same body); rows older than the timestamp window are deleted, since the
-- window check alone refuses those requests. Shared by every replica, like the rest of the state.
CREATE TABLE IF NOT EXISTS wechat_nonces (
  nonce_key  text        PRIMARY KEY,  -- SHA-256 of channel, timestamp and nonce
  body_hash  text        NOT NULL,     -- SHA-256 of the body the triple first came with
  seen_at    timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS wechat_nonces_seen_idx ON wechat_nonces (seen_at);
