package com.firstline.lti.launch;

import com.firstline.lti.LtiErrorPage;
import com.firstline.lti.oidc.StateCookie;
import com.firstline.lti.oidc.ToolUrl;
import com.firstline.platform.errors.ProblemException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * {@code POST /lti/launch} (form: id_token, state): the platform's answer to our login. An accepted
 * resource-link launch answers 302 to {@code /play/?module=..#session=..} (managers) or {@code
 * /trainer/?module=..#session=..} (trainers, admins); an accepted deep-linking launch shows the
 * module chooser; a refused one a 4xx page naming the rule.
 */
@WebServlet("/lti/launch")
public class LaunchServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(LaunchServlet.class.getName());

  /** Where an accepted deep-linking launch is forwarded to choose modules. */
  public static final String DEEP_LINKING_CHOOSER = "/lti/deep-link/choose";

  /** The request attribute carrying the new session token to the chooser. */
  public static final String SESSION_ATTRIBUTE = "com.firstline.lti.session";

  @Inject transient LaunchService launches;
  @Inject transient ToolUrl toolUrl;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String state = request.getParameter("state");
    try {
      logStateCookie(request, state);
      LaunchService.Accepted accepted = launches.launch(request.getParameter("id_token"), state);
      response.addHeader("Set-Cookie", StateCookie.cleared(state, toolUrl.isHttps(request)));
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Referrer-Policy", "no-referrer");
      if (accepted.facts().isDeepLinking()) {
        // The chooser answers this same request: its page carries the session in a form field.
        request.setAttribute(SESSION_ATTRIBUTE, accepted.sessionToken());
        request.getRequestDispatcher(DEEP_LINKING_CHOOSER).forward(request, response);
        return;
      }
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.setHeader("Location", accepted.destination());
    } catch (ProblemException refused) {
      // Never the token itself: it is a credential until it expires.
      LOG.info(() -> "LTI launch refused: " + refused.problem().detail());
      LtiErrorPage.send(request, response, refused.problem());
    }
  }

  /**
   * The state cookie is only a hint. Inside an LMS iframe the platform's form post is a cross-site
   * request, and browsers that block third-party cookies (Safari, Chrome's tracking protection) do
   * not send it back. The database record is the truth: it exists only because this server issued
   * the state in a login, it binds the nonce the signed id_token must carry, and it is used up by
   * the first launch. Requiring the cookie would refuse most framed launches.
   */
  private static void logStateCookie(HttpServletRequest request, String state) {
    if (state == null || request.getCookies() == null) {
      return;
    }
    boolean matched =
        Arrays.stream(request.getCookies())
            .anyMatch(
                (Cookie c) ->
                    c.getName().equals(StateCookie.name(state)) && state.equals(c.getValue()));
    LOG.fine(() -> "LTI launch state cookie " + (matched ? "matched" : "absent"));
  }
}
