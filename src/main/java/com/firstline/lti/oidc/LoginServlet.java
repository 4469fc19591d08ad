package com.firstline.lti.oidc;

import com.firstline.lti.LtiErrorPage;
import com.firstline.platform.errors.DatabaseOutage;
import com.firstline.platform.errors.DatabaseUnavailable;
import com.firstline.platform.errors.ProblemException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET|POST /lti/login}: the platform's login initiation. Answers 302 to the platform's OIDC
 * authorization URL (or, when the platform offers platform storage, a page that stores the state
 * there first and then goes on to that URL), or a 400 page that says what is wrong with the
 * request.
 */
@WebServlet("/lti/login")
public class LoginServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Logins logins;
  @Inject transient ToolUrl toolUrl;
  @Inject transient DatabaseOutage outage;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    login(request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    login(request, response);
  }

  private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      LoginRequest login = LoginRequest.from(request::getParameter);
      Logins.Started started = logins.begin(login);
      response.addHeader(
          "Set-Cookie", StateCookie.header(started.login().state(), toolUrl.isHttps(request)));
      response.setHeader("Cache-Control", "no-store");
      String authRedirect =
          LoginRedirect.to(started.platform(), login, started.login(), toolUrl.launchUrl(request));
      if (login.storageTarget() != null) {
        PlatformStoragePage.send(
            response,
            authRedirect,
            started.platform().authUrl(),
            started.login(),
            login.storageTarget());
        return;
      }
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.setHeader("Location", authRedirect);
    } catch (ProblemException refused) {
      LtiErrorPage.send(request, response, refused.problem());
    } catch (RuntimeException failure) {
      if (!DatabaseUnavailable.isCauseOf(failure)) {
        throw failure;
      }
      outage.met(failure);
      LtiErrorPage.sendDatabaseUnavailable(request, response);
    }
  }
}
