package com.firstline.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.firstline.lti.testplatform.TestPlatform;
import com.firstline.testing.ServerUnderTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an LMS does against the running server: register through the admin API, start a login, post
 * the id_token back; and a look into the database to prove what a launch wrote or did not write.
 */
public final class LtiFlow {
  public static final String ADMIN_TOKEN = System.getProperty("it.lti.admin-token", "");
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private LtiFlow() {}

  /** A login the server started: the state and nonce it sent to the platform, and its cookie. */
  public record Login(String state, String nonce, Map<String, String> query, String cookie) {}

  public static HttpResponse<String> admin(String method, String path, Object body) {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    return ServerUnderTest.send(
        HttpRequest.newBuilder(ServerUnderTest.uri(path))
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .header("Content-Type", "application/json")
            .method(method, publisher)
            .build());
  }

  /** Registers the platform under this client_id with these deployments; answers its id. */
  public static long register(TestPlatform platform, String clientId, String... deploymentIds) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("issuer", platform.issuer());
    body.put("clientId", clientId);
    body.put("authUrl", platform.authUrl());
    body.put("tokenUrl", platform.tokenUrl());
    body.put("jwksUrl", platform.jwksUrl());
    body.put("deploymentIds", List.of(deploymentIds));
    HttpResponse<String> created = admin("POST", "/api/admin/lti/registrations", body);
    assertEquals(201, created.statusCode(), created.body());
    return ServerUnderTest.json(created).path("id").asLong();
  }

  public static HttpResponse<String> loginResponse(Map<String, String> parameters) {
    return ServerUnderTest.send(
        HttpRequest.newBuilder(ServerUnderTest.uri("/lti/login?" + FormEncoding.of(parameters)))
            .GET()
            .build());
  }

  public static Map<String, String> loginParameters(TestPlatform platform, String clientId) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("iss", platform.issuer());
    parameters.put("login_hint", "hint-42");
    parameters.put("target_link_uri", ServerUnderTest.baseUrl() + "/lti/launch");
    parameters.put("lti_message_hint", "message-42");
    if (clientId != null) {
      parameters.put("client_id", clientId);
    }
    return parameters;
  }

  /** Starts a login and follows it as far as the platform's authorization URL. */
  public static Login login(TestPlatform platform, String clientId) {
    return login(loginParameters(platform, clientId));
  }

  /** Starts a login with these parameters and follows it to the authorization URL. */
  public static Login login(Map<String, String> parameters) {
    HttpResponse<String> redirect = loginResponse(parameters);
    assertEquals(302, redirect.statusCode(), redirect.body());
    Map<String, String> query = query(URI.create(redirect.headers().firstValue("Location").get()));
    return new Login(
        query.get("state"),
        query.get("nonce"),
        query,
        redirect.headers().firstValue("Set-Cookie").orElse(null));
  }

  /**
   * The platform's form post of the id_token to our launch URL, from the browser that began the
   * login: it sends back the login's state cookie.
   */
  public static HttpResponse<String> launch(String idToken, String state) {
    return launch(idToken, state, state == null ? null : stateCookie(state), "*/*");
  }

  /** The same post from a browser that sends no state cookie, asking for a page. */
  public static HttpResponse<String> launchWithoutCookie(String idToken, String state) {
    return launch(idToken, state, null, "text/html,application/xhtml+xml");
  }

  /** The same post without the state cookie, from a client that reads problem documents. */
  public static HttpResponse<String> launchWithoutCookieForMachines(String idToken, String state) {
    return launch(idToken, state, null, "*/*");
  }

  /** The {@code Cookie} header a browser sends back after our login set its state cookie. */
  public static String stateCookie(String state) {
    return "lti_state_" + state + "=" + state;
  }

  private static HttpResponse<String> launch(
      String idToken, String state, String cookie, String accept) {
    Map<String, String> form = new LinkedHashMap<>();
    if (idToken != null) {
      form.put("id_token", idToken);
    }
    if (state != null) {
      form.put("state", state);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(ServerUnderTest.uri("/lti/launch"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(FormEncoding.of(form)));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return ServerUnderTest.send(request.build());
  }

  public static Map<String, String> query(URI uri) {
    return FormEncoding.parse(uri.getRawQuery());
  }

  /** How many people the platform's subject has become (0 or 1). */
  public static int people(String issuer, String subject) {
    return count("SELECT COUNT(*) FROM person WHERE issuer = ? AND subject = ?", issuer, subject);
  }

  public static int launches(String issuer) {
    return count("SELECT COUNT(*) FROM lti_launch WHERE issuer = ?", issuer);
  }

  /** One column of the launch row, for checking what was recorded. */
  public static String launchColumn(String launchId, String column) {
    if (!column.matches("[a-z_]+")) {
      throw new IllegalArgumentException(column);
    }
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement("SELECT " + column + " FROM lti_launch WHERE id = ?")) {
      query.setString(1, launchId);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int count(String sql, String... parameters) {
    try (Connection db = database();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setString(i + 1, parameters[i]);
      }
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.url") + "?useSSL=false&allowPublicKeyRetrieval=true", "root", "");
  }
}
