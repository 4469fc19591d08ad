-- How an attempt is played, fixed when it starts (a resume or a reload keeps it): PRACTICE shows the
-- coaching after each choice, ASSESSMENT holds it until the ending. Attempts begun before this were
-- all practice.
-- The action plan: one thing the manager will do with their own team this week, written at the
-- ending. It is personal: only its author reads it back; trainers see how many were written.
ALTER TABLE attempt
  ADD COLUMN mode VARCHAR(20) NOT NULL DEFAULT 'PRACTICE',
  ADD COLUMN action_plan TEXT,
  ADD COLUMN action_plan_at TIMESTAMP(3) NULL,
  ADD KEY ix_attempt_person_plan (person_id, action_plan_at);
