/**
 * Engagement: links each manager's completions to their team's engagement survey results and shows
 * honestly whether the program moves them. {@code org} keeps organisation snapshots, {@code
 * surveys} the team-wave aggregates (response-level files are aggregated while they stream and
 * never stored), {@code matching} links LMS people to managers, {@code analytics} is the estimator
 * (pure Java) and the privacy rules, {@code boundary} the admin / HR-analyst API, every read of
 * which is written to an access log. Talks to the player only through {@code AttemptCompleted} and
 * ids.
 */
package com.firstline.engagement;
