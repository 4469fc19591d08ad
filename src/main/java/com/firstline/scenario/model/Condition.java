package com.firstline.scenario.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code when} of the module format: one comparison, or several that must all hold. A comparison
 * is {@code trust >= 2}, {@code escalated} (boolean true) or {@code not escalated} (boolean false).
 */
public record Condition(List<Comparison> comparisons) {

  private static final Pattern COMPARISON =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(>=|<=|==|!=|>|<)\\s*(-?\\d+|true|false)");
  private static final Pattern FLAG = Pattern.compile("(not\\s+)?([A-Za-z_][A-Za-z0-9_]*)");

  public Condition {
    comparisons = List.copyOf(comparisons);
  }

  /**
   * Reads the comparisons of a {@code when}.
   *
   * @throws IllegalArgumentException with a message for the author when one cannot be read
   */
  public static Condition parse(List<String> texts) {
    List<Comparison> comparisons = new ArrayList<>();
    for (String text : texts) {
      comparisons.add(parseOne(text.strip()));
    }
    return new Condition(comparisons);
  }

  public static Condition parse(String text) {
    return parse(List.of(text));
  }

  private static Comparison parseOne(String text) {
    Matcher comparison = COMPARISON.matcher(text);
    if (comparison.matches()) {
      String operand = comparison.group(3);
      Object value =
          operand.equals("true") || operand.equals("false")
              ? Boolean.valueOf(operand)
              : Integer.valueOf(operand);
      return new Comparison(comparison.group(1), Operator.of(comparison.group(2)), value);
    }
    Matcher flag = FLAG.matcher(text);
    if (flag.matches() && !flag.group(2).equals("not")) {
      return new Comparison(flag.group(2), Operator.EQ, flag.group(1) == null);
    }
    throw new IllegalArgumentException(
        "Cannot read the condition '"
            + text
            + "'. Write a comparison such as 'trust >= 2', a yes/no variable such as 'escalated',"
            + " or 'not escalated'.");
  }

  public boolean holds(Variables variables) {
    return comparisons.stream().allMatch(comparison -> comparison.holds(variables));
  }

  @Override
  public String toString() {
    return String.join(" and ", comparisons.stream().map(Comparison::toString).toList());
  }

  /** {@code variable operator value}, where value is an Integer or a Boolean. */
  public record Comparison(String variable, Operator operator, Object value) {

    public boolean holds(Variables variables) {
      Object current = variables.get(variable);
      if (current instanceof Integer number && value instanceof Integer limit) {
        return operator.compare(Integer.compare(number, limit));
      }
      if (current instanceof Boolean flag && value instanceof Boolean expected) {
        return operator.isEquality() && operator.compare(flag.equals(expected) ? 0 : 1);
      }
      return false;
    }

    @Override
    public String toString() {
      return variable + " " + operator.symbol() + " " + value;
    }
  }

  /** The comparison operators of the format. */
  public enum Operator {
    GE(">="),
    LE("<="),
    GT(">"),
    LT("<"),
    EQ("=="),
    NE("!=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    public boolean isEquality() {
      return this == EQ || this == NE;
    }

    static Operator of(String symbol) {
      for (Operator operator : values()) {
        if (operator.symbol.equals(symbol)) {
          return operator;
        }
      }
      throw new IllegalArgumentException("Unknown operator " + symbol);
    }

    /** Whether a comparison whose {@code compareTo} result is {@code order} passes. */
    boolean compare(int order) {
      return switch (this) {
        case GE -> order >= 0;
        case LE -> order <= 0;
        case GT -> order > 0;
        case LT -> order < 0;
        case EQ -> order == 0;
        case NE -> order != 0;
      };
    }
  }
}
