/**
 * Trainers author modules in the browser. A draft is the module's document tree, the JSON form of
 * its YAML file, so every field of the format (including ones added later) passes through the
 * editor untouched and export / import is lossless by construction. Drafts are checked by the same
 * {@code ModuleCheck} as files, published through the same catalog as the next immutable version,
 * previewed without recording anything, and shown with how learners went through published versions
 * ({@code boundary} the API, {@code control} the rules and queries, {@code entity} the draft).
 */
package com.firstline.authoring;
