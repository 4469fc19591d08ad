package com.firstline.lti.devplatform;

import com.firstline.lti.FormEncoding;
import com.firstline.lti.oidc.ToolUrl;
import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.platform.errors.DatabaseBackedServlet;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Role;
import com.firstline.scenario.control.ModuleCatalog;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /dev-platform/start} (form: role, and module or {@code pick=true}), from the landing
 * page's "Try it" form and the sample course page: does what an LMS does when a link (or "add
 * content") is clicked, a third-party-initiated login at {@code /lti/login}. From there on, the
 * real login and launch run. A manager try-out makes this browser its own learner in the sample
 * course.
 */
@WebServlet("/dev-platform/start")
public class StartServlet extends DatabaseBackedServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient DevPlatform platform;
  @Inject transient ModuleCatalog catalog;
  @Inject transient ToolUrl toolUrl;
  @Inject transient Visitors visitors;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      platform.requireEnabled();
      TryOut tryOut =
          "true".equals(request.getParameter("pick"))
              ? TryOut.of(request.getParameter("role"), TryOut.PICK_HINT)
              : TryOut.of(request.getParameter("role"), request.getParameter("module"));
      if (!tryOut.picksModules() && catalog.published(tryOut.moduleId()).isEmpty()) {
        throw ProblemException.badRequest(
            "There is no published module '" + tryOut.moduleId() + "'.", List.of());
      }
      if (tryOut.role() == Role.MANAGER) {
        visitors.joinAsLearner(request, response, toolUrl.isHttps(request));
      }
      String base = toolUrl.base(request);
      RegisteredPlatform registration = platform.registration(base);
      Map<String, String> login = new LinkedHashMap<>();
      login.put("iss", registration.issuer());
      login.put("login_hint", tryOut.loginHint());
      login.put("target_link_uri", toolUrl.launchUrl(request));
      login.put("lti_message_hint", tryOut.messageHint());
      login.put("client_id", registration.clientId());
      login.put("lti_deployment_id", DevPlatform.DEPLOYMENT_ID);
      response.setHeader("Cache-Control", "no-store");
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", "/lti/login?" + FormEncoding.of(login));
    } catch (ProblemException refused) {
      TryItPages.refuse(request, response, refused);
    }
  }
}
