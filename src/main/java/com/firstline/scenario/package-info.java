/**
 * Scenario content: the module model and its rules ({@code model}), the YAML file format and its
 * validator ({@code format}), stored versions ({@code entity}), the catalog and import ({@code
 * control}) and the catalog and validation API ({@code boundary}).
 */
package com.firstline.scenario;
