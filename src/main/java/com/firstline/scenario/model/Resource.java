package com.firstline.scenario.model;

/**
 * A card of facts the manager would have at hand in the scene (the policy, the rota, the customer's
 * history), which the learner may open or leave closed.
 *
 * @param title what the card is, e.g. "Goodwill policy"
 * @param text safe Markdown
 */
public record Resource(String title, String text) {}
