package com.firstline.lti.launch;

import com.firstline.lti.LtiErrorPage;
import com.firstline.lti.oidc.RelaunchForm;
import com.firstline.lti.oidc.StateCheckPage;
import com.firstline.lti.oidc.StateCookie;
import com.firstline.lti.oidc.StorageCheck;
import com.firstline.lti.oidc.ToolUrl;
import com.firstline.platform.errors.DatabaseOutage;
import com.firstline.platform.errors.DatabaseUnavailable;
import com.firstline.platform.errors.ProblemException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * {@code POST /lti/launch} (form: id_token, state): the platform's answer to our login. An accepted
 * resource-link launch answers 302 to {@code /play/?module=..#session=..} (managers) or {@code
 * /trainer/?module=..#session=..} (trainers, admins); an accepted deep-linking launch shows the
 * module chooser; a refused one a 4xx page naming the rule. Without the login's state cookie, the
 * first two wait on the page until platform storage confirms the login was this browser's.
 */
@WebServlet("/lti/launch")
public class LaunchServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(LaunchServlet.class.getName());

  /** Where an accepted deep-linking launch is forwarded to choose modules. */
  public static final String DEEP_LINKING_CHOOSER = "/lti/deep-link/choose";

  /** The request attribute carrying the new session token to the chooser. */
  public static final String SESSION_ATTRIBUTE = "com.firstline.lti.session";

  /** The request attribute carrying the chooser's {@link StorageCheck}, when it needs one. */
  public static final String STORAGE_CHECK_ATTRIBUTE = "com.firstline.lti.storage-check";

  /** The request attribute carrying the login's relaunch parameters to the chooser. */
  public static final String RELAUNCH_ATTRIBUTE = "com.firstline.lti.relaunch";

  @Inject transient LaunchService launches;
  @Inject transient ToolUrl toolUrl;
  @Inject transient DatabaseOutage outage;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String state = request.getParameter("state");
    try {
      LaunchService.Accepted accepted =
          launches.launch(
              request.getParameter("id_token"),
              state,
              stateCookieMatches(request, state, toolUrl.isHttps(request)));
      response.addHeader("Set-Cookie", StateCookie.cleared(state, toolUrl.isHttps(request)));
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Referrer-Policy", "no-referrer");
      if (accepted.facts().isDeepLinking()) {
        // The chooser answers this same request: its page carries the session in a form field.
        request.setAttribute(SESSION_ATTRIBUTE, accepted.sessionToken());
        request.setAttribute(STORAGE_CHECK_ATTRIBUTE, accepted.storageCheck());
        request.setAttribute(RELAUNCH_ATTRIBUTE, accepted.relaunch());
        request.getRequestDispatcher(DEEP_LINKING_CHOOSER).forward(request, response);
        return;
      }
      if (accepted.storageCheck() != null) {
        sendHtml(
            response,
            StateCheckPage.html(
                accepted.storageCheck(), accepted.destination(), accepted.relaunch()));
        return;
      }
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.setHeader("Location", accepted.destination());
    } catch (BrowserNotBound unbound) {
      LOG.info(() -> "LTI launch refused: " + unbound.problem().detail());
      LtiErrorPage.send(
          request,
          response,
          unbound.problem(),
          "Firstline needs a new window",
          "Nothing was recorded. Open Firstline in a new window to go on, or try the link"
              + " again from your course.",
          RelaunchForm.html(unbound.relaunch(), false));
    } catch (ProblemException refused) {
      // Never the token itself: it is a credential until it expires.
      LOG.info(() -> "LTI launch refused: " + refused.problem().detail());
      LtiErrorPage.send(request, response, refused.problem());
    } catch (RuntimeException failure) {
      if (!DatabaseUnavailable.isCauseOf(failure)) {
        throw failure;
      }
      outage.met(failure);
      LtiErrorPage.sendDatabaseUnavailable(request, response);
    }
  }

  private static void sendHtml(HttpServletResponse response, String html) throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(html);
  }

  /**
   * Whether the browser sent back the cookie our login set: proof that the launch returns to the
   * browser that began the login, so nobody can post their own launch into someone else's browser
   * (login CSRF). Inside an LMS frame, browsers that block third-party cookies never send it; then
   * platform storage has to prove the same (see {@link LaunchService#launch}).
   */
  private static boolean stateCookieMatches(
      HttpServletRequest request, String state, boolean https) {
    if (state == null || request.getCookies() == null) {
      return false;
    }
    return Arrays.stream(request.getCookies())
        .anyMatch(
            (Cookie c) ->
                c.getName().equals(StateCookie.name(state, https)) && state.equals(c.getValue()));
  }
}
