-- Was an answer helpful? Tied to a logged question when the client sends its id, or at
-- least to the session. Comments are masked like questions before they are stored.
create table if not exists answer_feedback (
  id          text        primary key,
  created_at  timestamptz not null default now(),
  question_id text        references question_log (id) on delete set null,
  session_id  text,
  helpful     boolean     not null,
  comment     text
);

create index if not exists answer_feedback_question_idx on answer_feedback (question_id);
