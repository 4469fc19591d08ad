package com.firstline.lti.devplatform;

import com.firstline.platform.errors.DatabaseBackedServlet;
import com.firstline.platform.errors.ProblemException;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /dev-platform/jwks}: the development platform's public key, fetched by our own launch
 * like any platform's. A 404 while the development platform is off, so nothing it signed verifies.
 */
@WebServlet("/dev-platform/jwks")
public class JwksServlet extends DatabaseBackedServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient DevPlatform platform;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      String body = new JWKSet(platform.key().toPublicJWK()).toString(true);
      response.setContentType("application/jwk-set+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(body);
    } catch (ProblemException off) {
      TryItPages.refuse(request, response, off);
    }
  }
}
