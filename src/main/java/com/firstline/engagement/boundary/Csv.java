package com.firstline.engagement.boundary;

import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.stream.Collectors;

/** CSV exports of report tables: values quoted when needed, nulls empty, formulas defused. */
final class Csv {
  private Csv() {}

  static String row(Object... values) {
    return Arrays.stream(values).map(Csv::cell).collect(Collectors.joining(",")) + "\n";
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    // A leading =, +, - or @ would run as a formula in a spreadsheet; numbers keep their sign.
    if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  static Response download(CharSequence csv, String fileName) {
    return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }
}
