/**
 * Which choices of a module are its encouraging path, derived from the module's own model (no
 * marker in the module files): pure logic, no container, unit-tested.
 */
package com.firstline.engagement.paths;
