package com.firstline.lti.devplatform;

import com.firstline.lti.LtiErrorPage;
import com.firstline.platform.errors.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** How the development platform's endpoints refuse: the LTI error page with its own heading. */
final class TryItPages {
  private TryItPages() {}

  static void refuse(
      HttpServletRequest request, HttpServletResponse response, ProblemException refused)
      throws IOException {
    LtiErrorPage.send(
        request,
        response,
        refused.problem(),
        "The try-out could not start",
        "Go back to the start page and try again.");
  }
}
