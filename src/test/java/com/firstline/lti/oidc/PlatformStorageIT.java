package com.firstline.lti.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.lti.LtiFlow;
import com.firstline.lti.testplatform.TestPlatform;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A login offering platform storage: the storage page, then the same launch as ever. */
class PlatformStorageIT {
  private static final String CLIENT = "storage-client";
  private static final String DEPLOYMENT = "storage-deployment";
  private static final Pattern NEXT = Pattern.compile("data-next=\"([^\"]+)\"");

  private static TestPlatform platform;

  @BeforeAll
  static void registerPlatform() {
    platform = TestPlatform.start("storage");
    LtiFlow.register(platform, CLIENT, DEPLOYMENT);
  }

  @AfterAll
  static void stopPlatform() {
    platform.close();
  }

  @Test
  void theLoginStoresTheStateWithThePlatformAndTheLaunchStillWorks() {
    Map<String, String> parameters = LtiFlow.loginParameters(platform, CLIENT);
    parameters.put("lti_storage_target", "post_message_forwarding");
    HttpResponse<String> page = LtiFlow.loginResponse(parameters);

    assertEquals(200, page.statusCode(), page.body());
    String html = page.body();
    assertTrue(html.contains("data-storage-target=\"post_message_forwarding\""), html);
    String authOrigin = platform.authUrl().substring(0, platform.authUrl().indexOf("/auth"));
    assertTrue(html.contains("data-platform-origin=\"" + authOrigin + "\""), html);
    assertTrue(html.contains("src=\"/js/lti/platform-storage.js\""));
    assertTrue(page.headers().firstValue("Set-Cookie").orElse("").startsWith("lti_state_"));

    Matcher next = NEXT.matcher(html);
    assertTrue(next.find());
    URI auth = URI.create(next.group(1).replace("&amp;", "&"));
    assertTrue(auth.toString().startsWith(platform.authUrl()), auth.toString());
    Map<String, String> query = LtiFlow.query(auth);
    assertTrue(html.contains("data-state=\"" + query.get("state") + "\""));

    HttpResponse<String> launched =
        LtiFlow.launch(
            platform.idToken(CLIENT, DEPLOYMENT, query.get("nonce")).serialize(),
            query.get("state"));
    assertEquals(302, launched.statusCode(), launched.body());
  }
}
