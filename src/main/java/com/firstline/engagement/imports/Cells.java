package com.firstline.engagement.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads typed values of one row, reporting each bad one with where it is: a CSV row by its line and
 * column, a JSON array's element by its index and field.
 */
final class Cells {
  private final Function<String, String> raw;
  private final long line;
  private final String place;
  private final RowProblems problems;
  private boolean bad;

  /** A CSV row; its line counts the header as line 1. */
  Cells(CSVRecord record, RowProblems problems) {
    this(
        column -> record.isMapped(column) && record.isSet(column) ? record.get(column) : null,
        record.getParser().getCurrentLineNumber(),
        "line",
        problems);
  }

  /**
   * @param raw the text of a column or field, null when absent
   * @param line the row's line in a file, or its index in a JSON array
   * @param place what {@code line} counts: "line" or "index"
   */
  Cells(Function<String, String> raw, long line, String place, RowProblems problems) {
    this.raw = raw;
    this.line = line;
    this.place = place;
    this.problems = problems;
  }

  long line() {
    return line;
  }

  /** Where another row is, in this row's terms: "line 3", "index 2". */
  String place(long otherLine) {
    return place + " " + otherLine;
  }

  boolean bad() {
    return bad;
  }

  void problem(String column, String reason) {
    bad = true;
    problems.add(line(), column, reason);
  }

  String optional(String column) {
    String text = raw.apply(column);
    if (text == null) {
      return null;
    }
    String value = text.strip();
    return value.isEmpty() ? null : value;
  }

  String required(String column, int maxLength) {
    String value = optional(column);
    if (value == null) {
      problem(column, "is empty");
    } else if (value.length() > maxLength) {
      problem(column, "is longer than " + maxLength + " characters");
      return null;
    }
    return value;
  }

  LocalDate date(String column) {
    String value = required(column, 40);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problem(column, "'" + value + "' is not an ISO date (YYYY-MM-DD)");
      return null;
    }
  }

  /** An ISO date, local date-time (taken as UTC) or date-time with offset. */
  Instant instant(String column) {
    String value = required(column, 40);
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(value).toInstant();
      }
      return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      problem(column, "'" + value + "' is not an ISO date or date-time");
      return null;
    }
  }

  Integer integer(String column, boolean needed, int min, int max) {
    String value = needed ? required(column, 20) : optional(column);
    if (value == null) {
      return null;
    }
    try {
      int number = Integer.parseInt(value);
      if (number < min || number > max) {
        problem(column, number + " is out of range " + min + "–" + max);
        return null;
      }
      return number;
    } catch (NumberFormatException e) {
      problem(column, "'" + value + "' is not a whole number");
      return null;
    }
  }

  Double decimal(String column, boolean needed, double min, double max) {
    String value = needed ? required(column, 30) : optional(column);
    if (value == null) {
      return null;
    }
    try {
      double number = Double.parseDouble(value);
      if (!(number >= min && number <= max)) {
        problem(column, value + " is out of range " + fmt(min) + "–" + fmt(max));
        return null;
      }
      return number;
    } catch (NumberFormatException e) {
      problem(column, "'" + value + "' is not a number");
      return null;
    }
  }

  Boolean bool(String column) {
    String value = required(column, 10);
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> {
        problem(column, "'" + value + "' is not true or false");
        yield null;
      }
    };
  }

  String email(String column) {
    String value = optional(column);
    if (value != null && (value.length() > 320 || !value.matches("[^@\\s]+@[^@\\s]+"))) {
      problem(column, "'" + value + "' is not an email address");
      return null;
    }
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
