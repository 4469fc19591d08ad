package com.firstline.lti.services;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code rel="next"} target in HTTP {@code Link} headers (RFC 8288), which NRPS uses for
 * paging. A header may hold several links separated by commas, a rel may list several relation
 * types, and the quotes around it are optional. Pure logic.
 */
public final class LinkHeaders {
  private static final Pattern LINK = Pattern.compile("<([^>]*)>([^<]*)");
  private static final Pattern REL =
      Pattern.compile("(?i);\\s*rel\\s*=\\s*(\"([^\"]*)\"|([^;,\\s]+))");

  private LinkHeaders() {}

  public static Optional<String> next(List<String> headerValues) {
    for (String header : headerValues) {
      Matcher link = LINK.matcher(header);
      while (link.find()) {
        Matcher rel = REL.matcher(link.group(2));
        while (rel.find()) {
          String types = rel.group(2) != null ? rel.group(2) : rel.group(3);
          for (String type : types.trim().split("\\s+")) {
            if (type.toLowerCase(Locale.ROOT).equals("next")) {
              return Optional.of(link.group(1).trim());
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A link from a Link header, made absolute against the address of the page that sent it. */
  public static String resolve(String base, String link) {
    try {
      return java.net.URI.create(base).resolve(link).toString();
    } catch (IllegalArgumentException e) {
      return link;
    }
  }
}
