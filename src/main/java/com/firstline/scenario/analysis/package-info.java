/**
 * Path analysis: plays every path through a module, its variables and conditions applied, and
 * reports what a reviewer playing them all would notice (endings never reached, an ending that
 * passes on one path and fails on another, the best answer given away by its length, a declared
 * duration that no path matches). Pure Java on the module model; {@code scenario.format} places the
 * findings in the file.
 */
package com.firstline.scenario.analysis;
