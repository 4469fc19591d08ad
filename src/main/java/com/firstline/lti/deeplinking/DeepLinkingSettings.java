package com.firstline.lti.deeplinking;

import com.firstline.lti.launch.IdToken;
import com.firstline.lti.launch.LtiClaims;
import java.util.List;
import java.util.Map;

/**
 * What the platform asked for in {@code deep_linking_settings}, as far as Firstline uses it. The
 * launch rules have checked the return URL, the accepted types and the type of {@code data}.
 *
 * @param acceptMultiple false when the platform said so or did not say: one item is always safe
 * @param data the platform's opaque value to echo, or null
 */
public record DeepLinkingSettings(
    String returnUrl, boolean acceptMultiple, List<String> acceptTypes, String data) {

  public DeepLinkingSettings {
    acceptTypes = List.copyOf(acceptTypes);
  }

  /** Reads the settings of a deep-linking id_token that passed the launch rules. */
  public static DeepLinkingSettings of(IdToken token) {
    Map<String, Object> settings = token.object(LtiClaims.DEEP_LINKING_SETTINGS).orElseThrow();
    List<String> types =
        settings.get("accept_types") instanceof List<?> list
            ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList()
            : List.of();
    return new DeepLinkingSettings(
        (String) settings.get("deep_link_return_url"),
        Boolean.TRUE.equals(settings.get("accept_multiple")),
        types,
        settings.get("data") instanceof String s ? s : null);
  }
}
