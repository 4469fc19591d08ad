package com.firstline.scenario.model;

/** The two kinds of value a module variable can hold. */
public enum VariableType {
  INTEGER,
  BOOLEAN;

  public boolean accepts(Object value) {
    return this == INTEGER ? value instanceof Integer : value instanceof Boolean;
  }

  /** How a trainer would call it in an error message. */
  public String plainName() {
    return this == INTEGER ? "a number" : "a yes/no value";
  }

  public static VariableType of(Object value) {
    return value instanceof Boolean ? BOOLEAN : INTEGER;
  }
}
