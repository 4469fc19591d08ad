package com.firstline.lti.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkHeadersTest {
  @Test
  void theNextLinkIsFoundAmongOthers() {
    assertEquals(
        Optional.of("https://lms.example.edu/m?page=2"),
        LinkHeaders.next(
            List.of(
                "<https://lms.example.edu/m?page=1>; rel=\"first\","
                    + " <https://lms.example.edu/m?page=2>; rel=\"next\"")));
  }

  @Test
  void relMayBeUnquotedListSeveralTypesOrComeInItsOwnHeader() {
    assertEquals(
        Optional.of("/m?p=3"),
        LinkHeaders.next(
            List.of("</m?p=9>; rel=last", "</m?p=3>; title=\"x\"; REL=\"prev next\"")));
    assertEquals(Optional.of("/n"), LinkHeaders.next(List.of("</n>;rel=next")));
  }

  @Test
  void noNextMeansTheLastPage() {
    assertEquals(Optional.empty(), LinkHeaders.next(List.of()));
    assertEquals(Optional.empty(), LinkHeaders.next(List.of("</m?p=1>; rel=\"first\"")));
    assertEquals(Optional.empty(), LinkHeaders.next(List.of("not a link header")));
    assertEquals(Optional.empty(), LinkHeaders.next(List.of("</m?p=1>; rel=\"nextish\"")));
  }
}
