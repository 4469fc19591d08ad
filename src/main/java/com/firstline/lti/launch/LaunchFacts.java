package com.firstline.lti.launch;

import com.firstline.platform.identity.Person;
import com.firstline.platform.identity.Role;
import com.firstline.scenario.model.PlayMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an accepted id_token says, typed: who, in which role, from which link, for which module, and
 * which LMS services come with it. Everything but the checked claims is optional: platforms may
 * withhold names, email and the context. Long values are cut to what the database stores.
 */
public record LaunchFacts(
    String issuer,
    String subject,
    String deploymentId,
    String messageType,
    Person.Profile profile,
    List<String> ltiRoles,
    Set<Role> roles,
    String contextId,
    String contextTitle,
    String resourceLinkId,
    String resourceLinkTitle,
    String moduleId,
    String agsLineItem,
    String agsLineItems,
    List<String> agsScopes,
    String membershipsUrl,
    String locale,
    String mode) {

  public LaunchFacts {
    ltiRoles = List.copyOf(ltiRoles);
    roles = Set.copyOf(roles);
    agsScopes = List.copyOf(agsScopes);
  }

  /** Reads a token that has passed {@link LaunchRules}. */
  public static LaunchFacts of(IdToken token) {
    Map<String, Object> custom = token.object(LtiClaims.CUSTOM).orElse(Map.of());
    Map<String, Object> context = token.object(LtiClaims.CONTEXT).orElse(Map.of());
    Map<String, Object> link = token.object(LtiClaims.RESOURCE_LINK).orElse(Map.of());
    Map<String, Object> lis = token.object(LtiClaims.LIS).orElse(Map.of());
    Map<String, Object> ags = token.object(LtiClaims.AGS_ENDPOINT).orElse(Map.of());
    Map<String, Object> nrps = token.object(LtiClaims.NRPS).orElse(Map.of());
    Map<String, Object> presentation = token.object(LtiClaims.LAUNCH_PRESENTATION).orElse(Map.of());
    List<String> ltiRoles = strings(token.claims().getClaim(LtiClaims.ROLES));
    return new LaunchFacts(
        token.string("iss").orElseThrow(),
        token.string("sub").orElseThrow(),
        token.string(LtiClaims.DEPLOYMENT_ID).orElseThrow(),
        token.string(LtiClaims.MESSAGE_TYPE).orElseThrow(),
        new Person.Profile(
            cut(displayName(token), 300),
            cut(token.string("email").orElse(null), 320),
            cut(text(lis, "person_sourcedid"), 255),
            cut(text(custom, "employee_id"), 255)),
        ltiRoles,
        LtiRoles.toFirstline(ltiRoles),
        cut(text(context, "id"), 255),
        cut(text(context, "title"), 1000),
        cut(text(link, "id"), 255),
        cut(text(link, "title"), 1000),
        cut(text(custom, LtiClaims.MODULE_PARAMETER), 100),
        cut(text(ags, "lineitem"), 2000),
        cut(text(ags, "lineitems"), 2000),
        strings(ags.get("scope")),
        cut(text(nrps, "context_memberships_url"), 2000),
        locale(text(presentation, "locale")),
        mode(text(custom, LtiClaims.MODE_PARAMETER)));
  }

  public boolean isDeepLinking() {
    return LtiClaims.DEEP_LINKING_REQUEST.equals(messageType);
  }

  private static String displayName(IdToken token) {
    Optional<String> name = token.string("name").filter(n -> !n.isBlank());
    if (name.isPresent()) {
      return name.get();
    }
    String joined =
        (token.string("given_name").orElse("") + " " + token.string("family_name").orElse(""))
            .trim();
    return joined.isEmpty() ? null : joined;
  }

  private static String text(Map<String, Object> object, String key) {
    Object value = object.get(key);
    return value instanceof String s && !s.isBlank() ? s : null;
  }

  private static List<String> strings(Object value) {
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
  }

  /**
   * The LMS's interface language, kept only when it looks like a language tag (it goes into a URL
   * and selects the page's strings); platforms send both {@code en-US} and {@code en_US}.
   */
  static String locale(String value) {
    if (value == null) {
      return null;
    }
    String tag = value.replace('_', '-');
    return tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") ? tag : null;
  }

  /**
   * The link's play mode, {@code practice} or {@code assessment}; anything else (or a substitution
   * variable the LMS left unexpanded) is as if the parameter were absent, so the module decides.
   */
  static String mode(String value) {
    return PlayMode.named(value).map(PlayMode::parameter).orElse(null);
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
