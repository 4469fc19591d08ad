package com.firstline.lti;

/**
 * HTML escaping for the server-rendered LTI pages. Its own class, free of any container API, so
 * that the pages' pure rendering can be unit-tested.
 */
public final class Html {
  private Html() {}

  /** Text made safe inside HTML elements and double- or single-quoted attributes. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
