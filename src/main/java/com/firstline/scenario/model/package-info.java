/**
 * The immutable module model and the rules a player needs: which choices a scene offers, what a
 * choice does to the variables, where it leads, and how the outcome is scored. Built only by {@code
 * com.firstline.scenario.format.ModuleParser}; the validator makes sure a module it accepts can
 * always be played to an ending.
 */
package com.firstline.scenario.model;
