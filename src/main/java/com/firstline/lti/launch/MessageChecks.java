package com.firstline.lti.launch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The LTI message itself (LTI Core 1.3 §5.3–5.4): the claims every launch of its type must carry.
 */
public final class MessageChecks {
  private static final Set<String> KNOWN_TYPES =
      Set.of(LtiClaims.RESOURCE_LINK_REQUEST, LtiClaims.DEEP_LINKING_REQUEST);
  private static final int MAX_ID_LENGTH = 255;

  private MessageChecks() {}

  /** The deployment_id is one registered for this platform. */
  public static IdTokenCheck deploymentIn(List<String> registered) {
    return token -> {
      String deploymentId =
          token
              .string(LtiClaims.DEPLOYMENT_ID)
              .filter(d -> !d.isBlank())
              .orElseThrow(() -> Rule.DEPLOYMENT.rejected("The id_token has no deployment_id."));
      if (!registered.contains(deploymentId)) {
        throw Rule.DEPLOYMENT.rejected(
            "The deployment_id '"
                + deploymentId
                + "' is not registered for this platform: add it to the registration first.");
      }
    };
  }

  public static final IdTokenCheck VERSION =
      token -> {
        String version =
            token
                .string(LtiClaims.VERSION)
                .orElseThrow(() -> Rule.VERSION.rejected("The id_token has no LTI version claim."));
        if (!LtiClaims.SUPPORTED_VERSION.equals(version)) {
          throw Rule.VERSION.rejected(
              "The LTI version '" + version + "' is not supported: Firstline speaks 1.3.0.");
        }
      };

  public static final IdTokenCheck KNOWN_MESSAGE_TYPE =
      token -> {
        String type =
            token
                .string(LtiClaims.MESSAGE_TYPE)
                .orElseThrow(() -> Rule.MESSAGE_TYPE.rejected("The id_token has no message_type."));
        if (!KNOWN_TYPES.contains(type)) {
          throw Rule.MESSAGE_TYPE.rejected(
              "The message_type '"
                  + type
                  + "' is not one Firstline handles ("
                  + LtiClaims.RESOURCE_LINK_REQUEST
                  + ", "
                  + LtiClaims.DEEP_LINKING_REQUEST
                  + ").");
        }
      };

  public static final IdTokenCheck SUBJECT =
      token -> {
        String sub = token.string("sub").filter(s -> !s.isBlank()).orElse(null);
        if (sub == null) {
          throw Rule.SUBJECT.rejected("The id_token has no 'sub': the user cannot be identified.");
        }
        if (sub.length() > MAX_ID_LENGTH) {
          throw Rule.SUBJECT.rejected("The id_token's 'sub' is longer than 255 characters.");
        }
      };

  /** The roles claim must be there, as an array; it may be empty (a launch with no role). */
  public static final IdTokenCheck ROLES =
      token -> {
        Object roles = token.claims().getClaim(LtiClaims.ROLES);
        if (roles == null) {
          throw Rule.ROLES.rejected("The id_token has no roles claim (an empty array is fine).");
        }
        if (!(roles instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
          throw Rule.ROLES.rejected("The id_token's roles claim is not an array of strings.");
        }
      };

  public static final IdTokenCheck TARGET_LINK_URI =
      token -> {
        if (token.string(LtiClaims.TARGET_LINK_URI).filter(t -> !t.isBlank()).isEmpty()) {
          throw Rule.TARGET_LINK_URI.rejected("The id_token has no target_link_uri.");
        }
      };

  /** A resource link launch names its link: resource_link.id, at most 255 characters. */
  public static final IdTokenCheck RESOURCE_LINK =
      onlyFor(
          LtiClaims.RESOURCE_LINK_REQUEST,
          token -> {
            Optional<String> id =
                token.object(LtiClaims.RESOURCE_LINK).flatMap(link -> string(link, "id"));
            if (id.isEmpty()) {
              throw Rule.RESOURCE_LINK.rejected("The id_token has no resource_link.id.");
            }
            if (id.get().length() > MAX_ID_LENGTH) {
              throw Rule.RESOURCE_LINK.rejected(
                  "The resource_link.id is longer than 255 characters.");
            }
          });

  /**
   * A deep-linking request says where to post the answer (an absolute http(s) URL), may only limit
   * the content types to ones that include resource links (the only kind Firstline makes), and may
   * carry {@code data} only as the opaque string Deep Linking 2.0 defines.
   */
  public static final IdTokenCheck DEEP_LINKING_SETTINGS =
      onlyFor(
          LtiClaims.DEEP_LINKING_REQUEST,
          token -> {
            Map<String, Object> settings =
                token
                    .object(LtiClaims.DEEP_LINKING_SETTINGS)
                    .orElseThrow(
                        () ->
                            Rule.DEEP_LINKING_SETTINGS.rejected(
                                "The deep-linking request has no deep_linking_settings with a"
                                    + " deep_link_return_url."));
            String returnUrl =
                string(settings, "deep_link_return_url")
                    .orElseThrow(
                        () ->
                            Rule.DEEP_LINKING_SETTINGS.rejected(
                                "The deep-linking request has no"
                                    + " deep_linking_settings.deep_link_return_url."));
            if (!isHttpUrl(returnUrl) || returnUrl.length() > 2000) {
              throw Rule.DEEP_LINKING_SETTINGS.rejected(
                  "The deep_link_return_url is not an absolute http(s) URL of at most 2000"
                      + " characters.");
            }
            Object types = settings.get("accept_types");
            if (types != null
                && !(types instanceof List<?> list
                    && list.contains(LtiClaims.RESOURCE_LINK_TYPE))) {
              throw Rule.DEEP_LINKING_SETTINGS.rejected(
                  "The platform does not accept ltiResourceLink content items (accept_types),"
                      + " the only kind Firstline offers.");
            }
            Object data = settings.get("data");
            if (data != null && !(data instanceof String text && text.length() <= 16_000)) {
              throw Rule.DEEP_LINKING_SETTINGS.rejected(
                  "The deep_linking_settings.data must be a string of at most 16000 characters.");
            }
          });

  /** A resource link opens one module, named by the link's custom parameter {@code module}. */
  public static final IdTokenCheck MODULE =
      onlyFor(
          LtiClaims.RESOURCE_LINK_REQUEST,
          token -> {
            Optional<String> module =
                token
                    .object(LtiClaims.CUSTOM)
                    .flatMap(custom -> string(custom, LtiClaims.MODULE_PARAMETER));
            if (module.isEmpty()) {
              throw Rule.MODULE.rejected(
                  "This link does not say which Firstline module to open: in the LMS, add the"
                      + " custom parameter module=<module id> to it.");
            }
            if (module.get().length() > 100) {
              throw Rule.MODULE.rejected(
                  "The custom parameter module is longer than 100 characters.");
            }
          });

  private static IdTokenCheck onlyFor(String messageType, IdTokenCheck check) {
    return token -> {
      if (token.string(LtiClaims.MESSAGE_TYPE).filter(messageType::equals).isPresent()) {
        check.check(token);
      }
    };
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      return uri.isAbsolute()
          && uri.getHost() != null
          && ("https".equalsIgnoreCase(uri.getScheme())
              || "http".equalsIgnoreCase(uri.getScheme()));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  static Optional<String> string(Map<String, Object> object, String key) {
    return object.get(key) instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
  }
}
