-- A course's board and its action-plan count find the course's attempts through its launches. Without
-- an index on the course, the database read every attempt at the module across every course and
-- platform to keep one course's; with it, it reads that course's launches and their attempts.
CREATE INDEX ix_lti_launch_course ON lti_launch (context_id, issuer);
