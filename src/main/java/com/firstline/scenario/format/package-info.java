/**
 * The module file format: YAML checked against {@code scenario/module.schema.json}, then by the
 * graph and content rules of {@link com.firstline.scenario.format.ModuleValidator}. {@link
 * com.firstline.scenario.format.ModuleCheck} is the one entry point for the importer, the validate
 * endpoint and the build ({@link com.firstline.scenario.format.ContentLint}). Mistakes are
 * reported, never thrown, each with file, line, column and node id so a trainer can fix them all in
 * one go.
 */
package com.firstline.scenario.format;
