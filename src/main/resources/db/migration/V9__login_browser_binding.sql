-- A launch must come back to the browser that began its login (otherwise an attacker could post
-- their own launch into someone else's browser: login CSRF). The state cookie proves it where the
-- browser sends it; inside an LMS frame that blocks third-party cookies, the platform's storage
-- frame proves it instead, so the login remembers which frame it used. Without either, the
-- refused launch offers to start the same login again in a new window, from these parameters.
ALTER TABLE lti_login_state
  ADD COLUMN storage_target  VARCHAR(255) NULL AFTER registration_id,
  ADD COLUMN relaunch        TEXT         NULL AFTER storage_target;
