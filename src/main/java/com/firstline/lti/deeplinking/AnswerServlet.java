package com.firstline.lti.deeplinking;

import com.firstline.lti.FormPostPage;
import com.firstline.lti.LtiErrorPage;
import com.firstline.lti.oidc.ToolUrl;
import com.firstline.platform.errors.DatabaseBackedServlet;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.Sessions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * {@code POST /lti/deep-link/answer} (form: session, module..., mode): the trainer's choice.
 * Answers a page that posts {@code JWT=<LtiDeepLinkingResponse>} to the platform's return URL, or a
 * 4xx page (a problem document for non-browsers) saying what to change.
 */
@WebServlet("/lti/deep-link/answer")
public class AnswerServlet extends DatabaseBackedServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AnswerServlet.class.getName());

  @Inject transient Sessions sessions;
  @Inject transient DeepLinking deepLinking;
  @Inject transient ToolUrl toolUrl;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageStrings text = PageStrings.of(request.getLocale());
    try {
      String session = request.getParameter("session");
      Caller caller = session == null ? null : sessions.verify(session).orElse(null);
      if (caller == null) {
        throw noSession();
      }
      String[] modules = request.getParameterValues("module");
      List<String> moduleIds = modules == null ? List.of() : Arrays.asList(modules);
      DeepLinking.Answer answer =
          deepLinking.answer(
              caller, moduleIds, request.getParameter("mode"), toolUrl.launchUrl(request));
      LOG.info(
          () ->
              "Deep-linking response for launch "
                  + caller.launchId()
                  + ": "
                  + moduleIds.size()
                  + " module(s)");
      FormPostPage.send(
          response,
          new FormPostPage.Texts(
              text.lang(),
              text.get("sending.title"),
              text.get("sending.text"),
              text.get("sending.continue")),
          answer.returnUrl(),
          Map.of("JWT", answer.jwt()));
    } catch (ProblemException refused) {
      LtiErrorPage.send(
          request,
          response,
          refused.problem(),
          text.get("refused.title"),
          text.get("refused.advice"));
    }
  }

  static ProblemException noSession() {
    return new ProblemException(
        401,
        "Unauthorized",
        "This page has no valid session: open Firstline from your LMS's content picker again.");
  }
}
