package com.firstline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The manifests under deploy/k8s parse, name the API versions and kinds a cluster serves, and hold
 * what running Firstline needs: probes on the health endpoints, resource requests and limits, every
 * secret from the Secret, a Service, an autoscaler and a disruption budget that find the pods. (No
 * schema validator for Kubernetes is available from the registries this build may use.)
 */
class KubernetesManifestsTest {
  private static final Path DIR = Path.of("deploy/k8s");
  private static final Map<String, String> API_OF_KIND =
      Map.of(
          "Deployment", "apps/v1",
          "Service", "v1",
          "Secret", "v1",
          "HorizontalPodAutoscaler", "autoscaling/v2",
          "PodDisruptionBudget", "policy/v1");

  private static Map<String, JsonNode> byKind() throws IOException {
    YAMLMapper yaml = YAMLMapper.builder().build();
    Map<String, JsonNode> kinds = new HashMap<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode doc = yaml.readTree(Files.readString(file));
        String kind = doc.path("kind").asString();
        assertEquals(API_OF_KIND.get(kind), doc.path("apiVersion").asString(), file + " " + kind);
        assertFalse(doc.path("metadata").path("name").asString().isBlank(), file.toString());
        kinds.put(kind, doc);
      }
    }
    assertEquals(API_OF_KIND.keySet(), kinds.keySet());
    return kinds;
  }

  @Test
  void theDeploymentProbesHealthAndLimitsResources() throws IOException {
    JsonNode deployment = byKind().get("Deployment");
    JsonNode spec = deployment.path("spec");
    assertEquals(
        spec.path("selector").path("matchLabels"),
        spec.path("template").path("metadata").path("labels"));
    JsonNode pod = spec.path("template").path("spec");
    assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean());
    JsonNode container = pod.path("containers").get(0);
    assertEquals(
        "/health/ready", container.path("readinessProbe").path("httpGet").path("path").asString());
    assertEquals(
        "/health/live", container.path("livenessProbe").path("httpGet").path("path").asString());
    for (String kind : List.of("requests", "limits")) {
      JsonNode amounts = container.path("resources").path(kind);
      assertFalse(amounts.path("cpu").isMissingNode(), kind);
      assertFalse(amounts.path("memory").isMissingNode(), kind);
    }
  }

  @Test
  void everySecretTheServerRequiresComesFromTheSecret() throws IOException {
    Map<String, JsonNode> kinds = byKind();
    Set<String> secretKeys = new HashSet<>();
    kinds.get("Secret").path("stringData").properties().forEach(e -> secretKeys.add(e.getKey()));
    Map<String, String> fromSecret = new HashMap<>();
    for (JsonNode env :
        kinds
            .get("Deployment")
            .path("spec")
            .path("template")
            .path("spec")
            .path("containers")
            .get(0)
            .path("env")) {
      JsonNode ref = env.path("valueFrom").path("secretKeyRef");
      if (!ref.isMissingNode()) {
        assertEquals("firstline-secrets", ref.path("name").asString());
        assertTrue(secretKeys.contains(ref.path("key").asString()), ref.toString());
        fromSecret.put(env.path("name").asString(), ref.path("key").asString());
      }
    }
    assertTrue(
        fromSecret
            .keySet()
            .containsAll(
                Set.of(
                    "DB_PASSWORD",
                    "PLATFORM_SESSION_SECRET",
                    "LTI_KEY_ENCRYPTION_KEY",
                    "PLATFORM_METRICS_PASSWORD")),
        fromSecret.toString());
  }

  @Test
  void serviceAutoscalerAndBudgetFindThePods() throws IOException {
    Map<String, JsonNode> kinds = byKind();
    JsonNode labels =
        kinds.get("Deployment").path("spec").path("template").path("metadata").path("labels");
    assertEquals(labels, kinds.get("Service").path("spec").path("selector"));
    assertEquals(
        labels, kinds.get("PodDisruptionBudget").path("spec").path("selector").path("matchLabels"));
    JsonNode target = kinds.get("HorizontalPodAutoscaler").path("spec").path("scaleTargetRef");
    assertEquals("Deployment", target.path("kind").asString());
    assertEquals(kinds.get("Deployment").path("metadata").path("name"), target.path("name"));
    assertTrue(kinds.get("HorizontalPodAutoscaler").path("spec").path("minReplicas").asInt() >= 2);
  }

  @Test
  void theProductionServerHasNoDevelopmentParts() throws IOException {
    String server = Files.readString(Path.of("deploy/server-production.xml"));
    assertFalse(server.contains("localConnector"));
    assertTrue(server.contains("dropinsEnabled=\"false\""));
    assertTrue(server.contains("updateTrigger=\"disabled\""));
    String image = Files.readString(Path.of("Dockerfile"));
    assertTrue(image.contains("deploy/server-production.xml /config/server.xml"));
    assertTrue(image.contains("USER 1001"));
    assertTrue(image.contains("HEALTHCHECK"));
  }
}
