package com.firstline.scenario.model;

/** A variable the module's choices change, with its value at the start of an attempt. */
public record VariableDeclaration(String name, VariableType type, Object initial) {}
