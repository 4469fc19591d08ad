/**
 * Reading the files an HR admin imports (organisation, survey results in either shape, completion
 * history) with Commons CSV, one row at a time: every bad row is reported with its line, column and
 * reason, and response-level rows are tallied into team-wave aggregates as they pass, never kept.
 * Pure logic, no container.
 */
package com.firstline.engagement.imports;
