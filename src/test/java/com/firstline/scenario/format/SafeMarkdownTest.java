package com.firstline.scenario.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

  @Test
  void rendersTheMarkdownTextsMayUse() {
    assertEquals(
        "<p><strong>Sam</strong> is <em>sorry</em></p>\n<ul><li>one</li></ul>\n",
        SafeMarkdown.toHtml("**Sam** is *sorry*\n\n- one"));
  }

  @Test
  void aScriptTagComesOutAsInertText() {
    String html = SafeMarkdown.toHtml("<script>alert('x')</script>");

    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
  }

  @Test
  void anImageWithAnErrorHandlerComesOutAsInertText() {
    String html = SafeMarkdown.toHtml("Look <img src=x onerror=alert(1)> here");

    assertFalse(html.contains("<img"), html);
    assertTrue(html.contains("&lt;img"), html);
  }

  @Test
  void markdownLinksAndImagesAreStripped() {
    String html = SafeMarkdown.toHtml("[x](javascript:alert(1)) ![y](a.png)");

    assertFalse(html.contains("<a"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("javascript"), html);
  }
}
