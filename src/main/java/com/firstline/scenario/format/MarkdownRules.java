package com.firstline.scenario.format;

import com.firstline.scenario.format.Located.LocatedChoice;
import com.firstline.scenario.format.Located.LocatedNode;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.Scene;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Texts are safe Markdown: links would send managers out of the LMS, images belong in {@code media}
 * (where alt text is required) and raw HTML is never rendered. Each is reported at the line it is
 * on, so the author sees at once what to change.
 */
final class MarkdownRules {

  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  private MarkdownRules() {}

  static void check(Module module, Reporter report) {
    checkText(module.summary(), "/summary", "The summary", report);
    for (int i = 0; i < module.objectives().size(); i++) {
      checkText(module.objectives().get(i), "/objectives/" + i, "An objective", report);
    }
    for (LocatedNode located : Located.nodes(module)) {
      String pointer = located.pointer();
      if (located.node() instanceof Scene scene) {
        checkText(
            scene.text(), pointer + "/text", "The text of scene '" + scene.id() + "'", report);
        for (int k = 0; k < scene.resources().size(); k++) {
          checkText(
              scene.resources().get(k).text(),
              pointer + "/resources/" + k + "/text",
              "The resource card '" + scene.resources().get(k).title() + "'",
              report);
        }
      } else if (located.node() instanceof Ending ending) {
        String owner = " of ending '" + ending.id() + "'";
        checkText(ending.debrief(), pointer + "/debrief", "The debrief" + owner, report);
        checkText(ending.reflection(), pointer + "/reflection", "The reflection" + owner, report);
        for (int k = 0; k < ending.paragraphs().size(); k++) {
          checkText(
              ending.paragraphs().get(k).text(),
              pointer + "/paragraphs/" + k + "/text",
              "A paragraph" + owner,
              report);
        }
      }
    }
    for (LocatedChoice located : Located.choices(module)) {
      String pointer = located.pointer();
      String owner = " of choice '" + located.choice().id() + "'";
      checkText(located.choice().text(), pointer + "/text", "The text" + owner, report);
      checkText(
          located.choice().consequence(),
          pointer + "/consequence",
          "The consequence" + owner,
          report);
      checkText(located.choice().coaching(), pointer + "/coaching", "The coaching" + owner, report);
    }
  }

  private static void checkText(String text, String pointer, String owner, Reporter report) {
    if (text == null) {
      return;
    }
    for (Forbidden found : forbiddenParts(text)) {
      report.add(
          report.tree().ofTextLine(pointer, found.lineIndex(), found.columnIndex()),
          pointer,
          owner + " " + found.problem());
    }
  }

  /** One part of a text that Markdown would turn into something we do not allow. */
  record Forbidden(String problem, int lineIndex, int columnIndex) {}

  static List<Forbidden> forbiddenParts(String text) {
    List<Forbidden> found = new ArrayList<>();
    PARSER
        .parse(text)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Link link) {
                add(
                    link,
                    "has a link to '"
                        + link.getDestination()
                        + "'. "
                        + "Links are not allowed in texts.");
              }

              @Override
              public void visit(LinkReferenceDefinition definition) {
                add(
                    definition,
                    "defines a link to '"
                        + definition.getDestination()
                        + "'. Links are not allowed in texts.");
              }

              @Override
              public void visit(Image image) {
                add(
                    image,
                    "has an image. Images are not allowed in texts: use 'media' for a picture.");
              }

              @Override
              public void visit(HtmlInline html) {
                add(html, htmlProblem(html.getLiteral()));
              }

              @Override
              public void visit(HtmlBlock html) {
                add(html, htmlProblem(html.getLiteral()));
              }

              private void add(Node node, String problem) {
                List<SourceSpan> spans = node.getSourceSpans();
                SourceSpan first = spans.isEmpty() ? SourceSpan.of(0, 0, 0) : spans.get(0);
                found.add(new Forbidden(problem, first.getLineIndex(), first.getColumnIndex()));
              }
            });
    return found;
  }

  private static String htmlProblem(String literal) {
    String tag = literal.strip().lines().findFirst().orElse(literal);
    if (tag.length() > 40) {
      tag = tag.substring(0, 40) + "…";
    }
    return "has the HTML '"
        + tag
        + "'. HTML is not allowed in texts (it would show as plain text):"
        + " use Markdown such as **bold** or *italic*.";
  }
}
