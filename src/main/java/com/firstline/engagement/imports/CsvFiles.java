package com.firstline.engagement.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Opens an import file: the first line is the header, names are trimmed and compared lower-case.
 */
final class CsvFiles {
  private CsvFiles() {}

  static CSVParser open(Reader reader) throws IOException {
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setTrim(true)
        .setIgnoreEmptyLines(true)
        .setIgnoreHeaderCase(true)
        .setAllowMissingColumnNames(false)
        .get()
        .parse(reader);
  }

  /** Reports each required column the header lacks; true when none is missing. */
  static boolean hasColumns(CSVParser parser, List<String> required, RowProblems problems) {
    Set<String> present =
        parser.getHeaderMap().keySet().stream()
            .map(h -> h.strip().toLowerCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.toSet());
    boolean complete = true;
    for (String column : required) {
      if (!present.contains(column)) {
        problems.add(1, column, "the header has no column '" + column + "'");
        complete = false;
      }
    }
    return complete;
  }
}
