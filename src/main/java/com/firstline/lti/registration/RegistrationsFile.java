package com.firstline.lti.registration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The registrations file ({@code lti.registrations-file}): fixed platforms for a set-up that should
 * not depend on anyone calling the admin API. JSON or YAML (by extension), with the same fields as
 * the API:
 *
 * <pre>
 * registrations:
 *   - issuer: https://canvas.instructure.com
 *     clientId: "10000000000042"
 *     authUrl: https://sso.canvaslms.com/api/lti/authorize_redirect
 *     tokenUrl: https://sso.canvaslms.com/login/oauth2/token
 *     jwksUrl: https://sso.canvaslms.com/api/lti/security/jwks
 *     deploymentIds: ["1:0123456789abcdef"]
 * </pre>
 *
 * Pure logic; {@link RegistrationsFileLoader} upserts what this reads at startup.
 */
public final class RegistrationsFile {
  /** The file's top level. */
  public record Contents(List<NewRegistration> registrations) {}

  private RegistrationsFile() {}

  /** The registrations the file lists; a clear message when it cannot be read or has typos. */
  public static List<NewRegistration> read(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    ObjectMapper mapper =
        name.endsWith(".yaml") || name.endsWith(".yml")
            ? YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
            : JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    try {
      Contents contents = mapper.readValue(Files.readString(file), Contents.class);
      if (contents == null || contents.registrations() == null) {
        throw new IllegalArgumentException(file + " has no 'registrations' list");
      }
      return List.copyOf(contents.registrations());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the LTI registrations file " + file, e);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "The LTI registrations file " + file + " is not valid: " + e.getOriginalMessage(), e);
    }
  }
}
