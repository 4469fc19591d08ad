package com.firstline.platform.security;

import static com.firstline.testing.ServerUnderTest.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.testing.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/** What Liberty's own pages and the API's answers about people say in their headers. */
class ServerHeadersIT {

  @Test
  void metricsAreNotPublicOverPlainHttp() {
    HttpResponse<String> metrics = get("/metrics");
    assertNotEquals(200, metrics.statusCode(), metrics.body());
    assertTrue(metrics.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void metricsNeedTheMetricsUserOverHttps() throws Exception {
    assertEquals(200, get("/api/modules").statusCode());
    assertEquals(401, metricsOverHttps(null).statusCode());
    assertEquals(401, metricsOverHttps("it-metrics:wrong-password").statusCode());

    HttpResponse<String> scraped =
        metricsOverHttps(
            System.getProperty("it.metrics.user")
                + ":"
                + System.getProperty("it.metrics.password"));
    assertEquals(200, scraped.statusCode(), scraped.body());
    assertTrue(scraped.body().contains("# TYPE"), "Prometheus text expected");
    // Requests are timed per REST method and per servlet; Liberty's per-route HTTP series, which
    // repeat them at a tenth of a launch's CPU, are filtered out in server.xml.
    assertTrue(scraped.body().contains("REST_request_seconds"), "REST request timings expected");
    assertTrue(scraped.body().contains("servlet_request_total"), "servlet request counts expected");
    assertFalse(scraped.body().contains("http_server_request_duration_seconds"));
    assertTrue(scraped.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void theApiExplorerMayNotBeFramedAndLibertysOwnAnswersNotByOthers() {
    HttpResponse<String> ui = get("/openapi/ui/");
    assertEquals(200, ui.statusCode());
    assertEquals(
        "DENY", ui.headers().firstValue("X-Frame-Options").orElse(""), ui.headers().toString());

    HttpResponse<String> health = get("/health/live");
    assertEquals(
        "frame-ancestors 'self'",
        health.headers().firstValue("Content-Security-Policy").orElse(""),
        health.headers().toString());
    assertEquals("nosniff", health.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  @Test
  void answersAboutPeopleAreNeverStored() {
    Api manager = Api.signIn("Manager " + UUID.randomUUID(), "MANAGER");
    HttpResponse<String> attempt =
        manager.post("/api/attempts", "{\"moduleId\": \"mistake-at-the-counter\"}");
    assertEquals(
        "no-store", attempt.headers().firstValue("Cache-Control").orElse(""), attempt.body());
    HttpResponse<String> missing = manager.get("/api/attempts/999999999");
    assertEquals("no-store", missing.headers().firstValue("Cache-Control").orElse(""));

    HttpResponse<String> modules = manager.get("/api/modules");
    assertNotEquals("no-store", modules.headers().firstValue("Cache-Control").orElse(""));
  }

  private static HttpResponse<String> metricsOverHttps(String userAndPassword) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("https://localhost:" + System.getProperty("it.https.port") + "/metrics"))
            .timeout(Duration.ofSeconds(20));
    if (userAndPassword != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8)));
    }
    get("/health/ready");
    return trustingTheGeneratedCertificate()
        .send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The test server's certificate is self-signed, made on its first start. */
  private static HttpClient trustingTheGeneratedCertificate() throws Exception {
    TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
  }
}
