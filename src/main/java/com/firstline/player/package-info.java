/**
 * The learner player: a manager's attempts at a module, kept on the server. The server holds the
 * current node, checks every choice against the module version the attempt is pinned to, and
 * records each step; completing an attempt publishes {@code AttemptCompleted} for grades and
 * reports.
 */
package com.firstline.player;
