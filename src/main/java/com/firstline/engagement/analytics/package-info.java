/**
 * The statistics of the program report, with no container in them: a staggered-adoption
 * difference-in-differences (group-time effects against not-yet-treated or never-treated teams,
 * respondent- or team-weighted), its event study, a team-cluster bootstrap on seeded split random
 * streams, and the minimum-reporting-group rules that every output passes through.
 */
package com.firstline.engagement.analytics;
