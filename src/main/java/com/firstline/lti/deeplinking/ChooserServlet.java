package com.firstline.lti.deeplinking;

import com.firstline.lti.LtiErrorPage;
import com.firstline.lti.launch.LaunchServlet;
import com.firstline.lti.oidc.StorageCheck;
import com.firstline.platform.errors.DatabaseBackedServlet;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.Sessions;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The chooser, shown as the answer to an accepted deep-linking launch: {@code /lti/launch} forwards
 * here with the new session. Reached any other way it does not exist (404), so nobody can open a
 * chooser without a launch.
 */
@WebServlet(LaunchServlet.DEEP_LINKING_CHOOSER)
public class ChooserServlet extends DatabaseBackedServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Sessions sessions;
  @Inject transient DeepLinking deepLinking;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    show(request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    show(request, response);
  }

  private void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
    PageStrings text = PageStrings.of(request.getLocale());
    Object session = request.getAttribute(LaunchServlet.SESSION_ATTRIBUTE);
    try {
      if (request.getDispatcherType() != DispatcherType.FORWARD
          || !(session instanceof String token)) {
        throw ProblemException.notFound(
            "Modules are chosen from your LMS: open its content picker and choose Firstline.");
      }
      Caller caller = sessions.verify(token).orElseThrow(AnswerServlet::noSession);
      DeepLinking.Offer offer = deepLinking.offer(caller);
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("text/html");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Referrer-Policy", "no-referrer");
      response
          .getWriter()
          .write(
              ChooserPage.html(
                  text,
                  offer.settings().acceptMultiple(),
                  offer.modules(),
                  token,
                  request.getAttribute(LaunchServlet.STORAGE_CHECK_ATTRIBUTE)
                          instanceof StorageCheck check
                      ? new ChooserPage.Gate(
                          check, (String) request.getAttribute(LaunchServlet.RELAUNCH_ATTRIBUTE))
                      : null));
    } catch (ProblemException refused) {
      LtiErrorPage.send(
          request,
          response,
          refused.problem(),
          text.get("refused.title"),
          text.get("refused.advice"));
    }
  }
}
