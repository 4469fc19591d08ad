package com.firstline.lti.services;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Builds AGS addresses from the ones a platform sent. Line item URLs may carry a query string
 * (Moodle's do: {@code .../lineitems/7/lineitem?type_id=2}); the scores endpoint is the line item
 * URL with {@code /scores} added to its path, so it goes before the {@code ?}. Pure logic.
 */
public final class LineItemUrls {
  private LineItemUrls() {}

  /** {@code {lineitem}/scores}, keeping the line item's query string after it. */
  public static String scores(String lineItem) {
    return appendToPath(lineItem, "/scores");
  }

  /** The URL with one more query parameter, after any the platform put there. */
  public static String withQuery(String url, String name, String value) {
    int hash = url.indexOf('#');
    String base = hash < 0 ? url : url.substring(0, hash);
    String separator =
        base.contains("?") ? (base.endsWith("?") || base.endsWith("&") ? "" : "&") : "?";
    return base
        + separator
        + URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String appendToPath(String url, String segment) {
    int hash = url.indexOf('#');
    String base = hash < 0 ? url : url.substring(0, hash);
    int question = base.indexOf('?');
    String path = question < 0 ? base : base.substring(0, question);
    String query = question < 0 ? "" : base.substring(question);
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path + segment + query;
  }
}
