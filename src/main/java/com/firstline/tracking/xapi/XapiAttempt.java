package com.firstline.tracking.xapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * What every xAPI statement of one attempt shares: who (an LTI account), which module version, and
 * the attempt as a registration. Activity ids are built from Firstline's public address, the module
 * id and the version, so the same scene of the same version is one activity at the LRS.
 *
 * @param toolUrl Firstline's public base URL, without a trailing slash
 * @param homePage the account's home: the LTI platform's issuer (or the tool URL for people of the
 *     development sign-in)
 * @param accountName the person's LTI {@code sub}
 * @param language the module's BCP 47 language tag, for names and descriptions
 */
public record XapiAttempt(
    String toolUrl,
    String homePage,
    String accountName,
    String moduleId,
    int moduleVersion,
    String moduleTitle,
    String language,
    long attemptId) {

  public String moduleActivityId() {
    return toolUrl + "/xapi/modules/" + segment(moduleId) + "/v" + moduleVersion;
  }

  /** The ending's question of what the manager will do with their team: one per module version. */
  public String actionPlanActivityId() {
    return moduleActivityId() + "/action-plan";
  }

  public String sceneActivityId(String nodeId) {
    return moduleActivityId() + "/scenes/" + segment(nodeId);
  }

  /**
   * The attempt as an xAPI registration: derived from the tool's address and the attempt id, so
   * every statement of the attempt (sent now or again later) carries the same one, and two
   * Firstline installations never share one.
   */
  public UUID registration() {
    return UUID.nameUUIDFromBytes(
        (toolUrl + "/attempts/" + attemptId).getBytes(StandardCharsets.UTF_8));
  }

  /** The language-map key for the module's texts; en-US when the module does not say. */
  public String languageTag() {
    if (language == null || language.isBlank()) {
      return "en-US";
    }
    String tag = Locale.forLanguageTag(language.strip()).toLanguageTag();
    return "und".equals(tag) ? "en-US" : tag;
  }

  private static String segment(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
