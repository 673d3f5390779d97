-- Every question asked on any channel, so the team can see what people ask and what the
-- service misses. Personal numbers (phones, ID and bank-card numbers) are masked before a
-- question is stored; the user is kept only as a hash of the channel's opaque key.
create table if not exists question_log (
  id           text        primary key,
  asked_at     timestamptz not null default now(),
  session_id   text        not null,
  channel      text        not null,
  user_hash    text,
  question     text        not null,
  route        text        not null,
  -- Why a question was declined: injection, weather, other_city, chitchat, not_covered.
  reason       text,
  -- Clause ids cited in the answer, e.g. {六(一)}.
  clauses      text[]      not null default '{}',
  answered     boolean     not null,
  mode         text        not null check (mode in ('extractive', 'llm')),
  -- When a model was tried but its answer was not used: timeout, error, numbers, verdict …
  llm_fallback text,
  latency_ms   integer     not null
);

create index if not exists question_log_asked_idx on question_log (asked_at);
create index if not exists question_log_unanswered_idx on question_log (asked_at) where not answered;
