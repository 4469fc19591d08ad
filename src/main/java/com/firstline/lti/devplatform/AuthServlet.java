package com.firstline.lti.devplatform;

import com.firstline.lti.FormPostPage;
import com.firstline.lti.oidc.ToolUrl;
import com.firstline.platform.errors.DatabaseBackedServlet;
import com.firstline.platform.errors.ProblemException;
import com.firstline.scenario.control.ModuleCatalog;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET|POST /dev-platform/auth}: the development platform's OIDC authorization endpoint. It
 * answers our login's request the way an LMS does: a page that form-posts a signed id_token and the
 * unchanged state to our launch URL.
 */
@WebServlet("/dev-platform/auth")
public class AuthServlet extends DatabaseBackedServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient DevPlatform platform;
  @Inject transient ModuleCatalog catalog;
  @Inject transient ToolUrl toolUrl;
  @Inject transient Visitors visitors;

  private final transient Clock clock = Clock.systemUTC();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    authenticate(request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    authenticate(request, response);
  }

  private void authenticate(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      platform.requireEnabled();
      String launchUrl = toolUrl.launchUrl(request);
      AuthRequest auth = AuthRequest.from(request::getParameter, launchUrl);
      TryOut tryOut = auth.tryOut();
      if (!tryOut.picksModules() && catalog.published(tryOut.moduleId()).isEmpty()) {
        throw ProblemException.badRequest(
            "There is no published module '" + tryOut.moduleId() + "'.", List.of());
      }
      String idToken =
          DevIdToken.signed(
              platform.key(),
              toolUrl.base(request),
              auth.nonce(),
              tryOut,
              SampleCourse.personFor(
                  tryOut.role(), visitors.of(request).map(Visitor::person).orElse(null)),
              launchUrl,
              clock.instant());
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("id_token", idToken);
      fields.put("state", auth.state());
      FormPostPage.send(
          response,
          new FormPostPage.Texts(
              "en", "Opening Firstline", "Signing you in to Firstline\u2026", "Continue"),
          auth.redirectUri(),
          fields);
    } catch (ProblemException refused) {
      TryItPages.refuse(request, response, refused);
    }
  }
}
