-- Dialogue sessions of /api/ask: the facts gathered so far, the topic of the last turn and
-- the question waiting for an answer. Kept in Postgres (not process memory) so any replica
-- can continue a dialogue. `version` makes concurrent turns of one session safe: a write
-- only lands on the version it read (compare-and-set); the loser re-reads and re-applies.
-- Idle sessions are treated as new after SESSION_IDLE_MINUTES and swept as traffic goes by.
create table if not exists ask_sessions (
  id         text        primary key,
  state      jsonb       not null,
  version    integer     not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index if not exists ask_sessions_updated_idx on ask_sessions (updated_at);
