package com.firstline.lti.launch;

import com.firstline.platform.identity.Caller.CourseLink;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key of a course link: SHA-256 (hex) of the platform's issuer, the deployment, the course
 * (context) and the resource link ids, each written as its length in characters, a colon and the
 * id, so that no two different sets of ids give the same text. Migration V11 computes the same key
 * in SQL for launches recorded before it; keep the two in step.
 */
public final class LinkKeys {
  private LinkKeys() {}

  public static String of(
      String issuer, String deploymentId, String contextId, String resourceLinkId) {
    StringBuilder text = new StringBuilder();
    for (String id : new String[] {issuer, deploymentId, contextId, resourceLinkId}) {
      String value = id == null ? "" : id;
      text.append(value.codePointCount(0, value.length())).append(':').append(value);
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The link a launch opened, when it was a module's link (not deep linking or a bare launch). */
  public static CourseLink of(LaunchFacts facts) {
    if (facts.isDeepLinking() || facts.moduleId() == null || facts.resourceLinkId() == null) {
      return null;
    }
    return new CourseLink(
        of(facts.issuer(), facts.deploymentId(), facts.contextId(), facts.resourceLinkId()),
        facts.moduleId(),
        facts.mode());
  }
}
