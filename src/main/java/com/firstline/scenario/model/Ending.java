package com.firstline.scenario.model;

/**
 * An outcome of the module.
 *
 * @param debrief what this outcome means, in safe Markdown
 * @param score the score in {@link ScoringMode#ENDING} mode; null when choices are scored instead
 * @param reflection a question the manager answers in their own words
 */
public record Ending(String id, String title, String debrief, Integer score, String reflection)
    implements Node {}
