package com.firstline.player.control;

import java.time.Instant;

/**
 * The action plan a manager wrote at the end of an earlier attempt, shown back to them (and to no
 * one else) when they begin their next module.
 *
 * @param moduleTitle the title of the module it was written in
 */
public record PreviousPlan(String moduleTitle, String text, Instant writtenAt) {}
