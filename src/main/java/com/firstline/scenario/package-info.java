/**
 * Scenarios: the branching leadership modules a manager plays. {@code model} is what a module is and
 * how it is played; {@code format} reads module files, checks them and reports mistakes to trainers.
 * Nothing here needs a container: it is plain Java, unit-tested directly.
 */
package com.firstline.scenario;
