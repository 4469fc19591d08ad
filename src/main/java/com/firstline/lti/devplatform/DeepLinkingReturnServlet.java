package com.firstline.lti.devplatform;

import com.firstline.lti.keys.ToolKeys;
import com.firstline.lti.oidc.ToolUrl;
import com.firstline.platform.errors.DatabaseBackedServlet;
import com.firstline.platform.errors.ProblemException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;

/**
 * {@code POST /dev-platform/deep-linking/return} (form: JWT): where the module picker posts the
 * links the trainer chose. They are added to the sample course, and the browser goes on to the
 * course page, which shows them.
 */
@WebServlet(DeepLinkingReturnServlet.PATH)
public class DeepLinkingReturnServlet extends DatabaseBackedServlet {
  static final String PATH = "/dev-platform/deep-linking/return";
  private static final long serialVersionUID = 1L;

  @Inject transient DevPlatform platform;
  @Inject transient ToolKeys toolKeys;
  @Inject transient ToolUrl toolUrl;
  @Inject transient CourseLinks courseLinks;

  private final transient Clock clock = Clock.systemUTC();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      platform.requireEnabled();
      var links =
          DeepLinkingAnswer.links(
              request.getParameter("JWT"),
              toolKeys.publicKeys(),
              DevPlatform.issuer(toolUrl.base(request)),
              clock.instant());
      courseLinks.add(links);
      response.setHeader("Cache-Control", "no-store");
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", "/lms/?added=" + links.size());
    } catch (ProblemException refused) {
      TryItPages.refuse(request, response, refused);
    }
  }
}
