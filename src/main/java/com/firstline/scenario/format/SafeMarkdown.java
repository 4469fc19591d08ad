package com.firstline.scenario.format;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a module text into HTML that is safe to put in a page. Two layers, because content comes
 * from files and editors we do not control: commonmark escapes raw HTML instead of passing it
 * through, then the OWASP sanitizer keeps only the few tags our texts may use.
 */
public final class SafeMarkdown {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements("p", "em", "strong", "ul", "ol", "li", "blockquote", "br", "code")
          .toFactory();

  private SafeMarkdown() {}

  /** The HTML for {@code markdown}; an empty string for null. Thread-safe. */
  public static String toHtml(String markdown) {
    if (markdown == null) {
      return "";
    }
    return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
  }
}
