package com.firstline.authoring.boundary;

import com.firstline.authoring.control.Overlay;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The learners' figures as CSV, one row per node and one per choice; figures of groups too small to
 * show stay empty, as on the page.
 */
final class LearnerCsv {
  private static final String[] HEADER = {
    "node",
    "choice",
    "attempts reaching",
    "times taken",
    "share %",
    "stopped here",
    "median seconds",
    "ended here",
    "passed here"
  };

  private LearnerCsv() {}

  static String of(Overlay.Figures figures) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
      for (Overlay.NodeFigures node : figures.nodes()) {
        csv.printRecord(
            node.nodeId(),
            "",
            blank(node.reached()),
            "",
            "",
            blank(node.stopped()),
            blank(node.medianSeconds()),
            blank(node.endedHere()),
            blank(node.passedHere()));
        for (Overlay.ChoiceFigures choice : node.choices()) {
          csv.printRecord(
              node.nodeId(),
              choice.choiceId(),
              "",
              blank(choice.taken()),
              blank(choice.percent()),
              "",
              "",
              "",
              "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String blank(Object value) {
    return value == null ? "" : value.toString();
  }
}
