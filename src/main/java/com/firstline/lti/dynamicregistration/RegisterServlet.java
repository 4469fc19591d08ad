package com.firstline.lti.dynamicregistration;

import com.firstline.lti.LtiErrorPage;
import com.firstline.lti.oidc.ToolUrl;
import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.platform.errors.DatabaseBackedServlet;
import com.firstline.platform.errors.ProblemException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * {@code GET /lti/register?code=..&openid_configuration=..[&registration_token=..]}: the platform
 * opens our registration link in a window or frame. Answers a page that tells the platform it may
 * close it, or a 4xx page that says what stopped the registration.
 */
@WebServlet("/lti/register")
public class RegisterServlet extends DatabaseBackedServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(RegisterServlet.class.getName());
  private static final String HEADING = "Firstline could not be registered";
  private static final String ADVICE =
      "Check the registration in your LMS and try again. A used or expired link needs a new one"
          + " from a Firstline administrator.";

  @Inject transient DynamicRegistration registration;
  @Inject transient ToolUrl toolUrl;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      RegistrationRequest asked = registration.request(request::getParameter);
      RegisteredPlatform stored = registration.register(asked, toolUrl.base(request));
      RegistrationDonePage.send(response, stored);
    } catch (ProblemException refused) {
      // Only the reason: the parameters carry the code and the platform's token.
      LOG.info(() -> "LTI dynamic registration refused: " + refused.problem().detail());
      LtiErrorPage.send(request, response, refused.problem(), HEADING, ADVICE);
    }
  }
}
