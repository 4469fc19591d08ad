package com.firstline.lti;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code application/x-www-form-urlencoded} text, for a query string or a form body. Pure logic.
 */
public final class FormEncoding {
  private FormEncoding() {}

  public static String of(Map<String, String> values) {
    return values.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** The pairs of such text, in order; a name given twice keeps its last value. */
  public static Map<String, String> parse(String encoded) {
    Map<String, String> values = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      String[] nameValue = pair.split("=", 2);
      values.put(
          URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
          URLDecoder.decode(nameValue.length > 1 ? nameValue[1] : "", StandardCharsets.UTF_8));
    }
    return values;
  }
}
