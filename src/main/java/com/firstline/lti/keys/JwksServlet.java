package com.firstline.lti.keys;

import com.firstline.platform.errors.DatabaseBackedServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /lti/jwks}: the tool's public keys, each with {@code kid}, {@code alg: RS256} and
 * {@code use: sig}. Public by design: platforms fetch it without credentials.
 */
@WebServlet("/lti/jwks")
public class JwksServlet extends DatabaseBackedServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient ToolKeys keys;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String body = keys.publicKeys().toString(true);
    response.setContentType("application/jwk-set+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // Short enough that a rotation is seen soon; the previous key stays published meanwhile.
    response.setHeader("Cache-Control", "public, max-age=300");
    response.getWriter().write(body);
  }
}
