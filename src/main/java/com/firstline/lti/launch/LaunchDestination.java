package com.firstline.lti.launch;

import com.firstline.platform.identity.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where an accepted resource-link launch sends the browser: managers to the player, trainers to the
 * trainer's pages, administrators to the administration page (which links to the trainer's board),
 * with the module (and the LMS's language, for the page's strings) in the query and the session
 * token in the fragment. Browsers send neither a fragment to servers nor in {@code Referer}, so the
 * token stays out of access logs and other sites. Pure logic.
 */
public final class LaunchDestination {
  private LaunchDestination() {}

  public static String of(LaunchFacts facts, String sessionToken) {
    String page;
    if (facts.roles().contains(Role.ADMIN)) {
      page = "/admin/";
    } else if (facts.roles().contains(Role.TRAINER)) {
      page = "/trainer/";
    } else {
      page = "/play/";
    }
    String locale =
        facts.locale() == null
            ? ""
            : "&locale=" + URLEncoder.encode(facts.locale(), StandardCharsets.UTF_8);
    return page
        + "?module="
        + URLEncoder.encode(facts.moduleId(), StandardCharsets.UTF_8)
        + locale
        + "#session="
        + sessionToken;
  }
}
