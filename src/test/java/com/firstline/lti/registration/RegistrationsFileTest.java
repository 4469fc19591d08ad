package com.firstline.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.firstline.platform.errors.ProblemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrationsFileTest {
  @TempDir Path dir;

  @Test
  void readsYaml() throws IOException {
    Path file = dir.resolve("lti.yaml");
    Files.writeString(
        file,
        """
        registrations:
          - issuer: https://canvas.instructure.com
            clientId: "10000000000042"
            authUrl: https://sso.canvaslms.com/api/lti/authorize_redirect
            tokenUrl: https://sso.canvaslms.com/login/oauth2/token
            jwksUrl: https://sso.canvaslms.com/api/lti/security/jwks
            deploymentIds: ["1:abc"]
        """);
    List<NewRegistration> read = RegistrationsFile.read(file);
    assertEquals(1, read.size());
    assertEquals("10000000000042", read.get(0).clientId());
    assertEquals(List.of("1:abc"), read.get(0).deploymentIds());
    assertEquals(
        "https://sso.canvaslms.com/login/oauth2/token",
        read.get(0).endpoints().effectiveTokenAudience());
  }

  @Test
  void readsJsonWithATokenAudience() throws IOException {
    Path file = dir.resolve("lti.json");
    Files.writeString(
        file,
        """
        {"registrations": [{"issuer": "https://d2l.example", "clientId": "c",
          "authUrl": "https://d2l.example/auth", "tokenUrl": "https://auth.brightspace.com/core/connect/token",
          "tokenAudience": "https://api.brightspace.com/auth/token",
          "jwksUrl": "https://d2l.example/jwks"}]}
        """);
    NewRegistration read = RegistrationsFile.read(file).get(0);
    read.validate();
    assertEquals(
        "https://api.brightspace.com/auth/token", read.endpoints().effectiveTokenAudience());
  }

  @Test
  void aTypoIsAClearError() throws IOException {
    Path file = dir.resolve("lti.yml");
    Files.writeString(file, "registrations:\n  - issuer: x\n    clientID: y\n");
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> RegistrationsFile.read(file));
    assertTrue(error.getMessage().contains("clientID"), error.getMessage());
  }

  @Test
  void anInvalidRegistrationListsEveryMistake() {
    NewRegistration bad =
        new NewRegistration("", "c", "ftp://x", "not a url", null, null, List.of("ok", "é"));
    ProblemException refused = assertThrows(ProblemException.class, bad::validate);
    assertEquals(400, refused.problem().status());
    assertEquals(5, refused.problem().errors().size(), refused.problem().errors().toString());
  }
}
