package com.firstline.platform.identity;

import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.errors.RequestBodies;
import com.firstline.platform.web.BodyWithoutSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Development sign-in: anyone may become anyone. Off unless {@code dev.signin.enabled} is true (the
 * embedded run and the integration tests turn it on); when off it does not exist (404).
 */
@BodyWithoutSession
@Path("dev/sign-in")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DevSignInResource {
  static final String DEV_ISSUER = "urn:firstline:dev-sign-in";

  @Inject
  @ConfigProperty(name = "dev.signin.enabled", defaultValue = "false")
  boolean enabled;

  @Inject People people;
  @Inject Sessions sessions;
  @Inject RequestBodies bodies;

  public record SignIn(@NotBlank @Size(max = 100) String name, @NotNull Role role) {}

  public record SignedIn(String token, long personId) {}

  @POST
  @Operation(summary = "Development only: sign in as anyone (off unless dev.signin.enabled)")
  public SignedIn signIn(SignIn request) {
    if (!enabled) {
      throw ProblemException.notFound("Development sign-in is turned off on this server.");
    }
    bodies.valid(request);
    String subject = request.name().strip().toLowerCase(Locale.ROOT);
    Person person =
        people.provision(
            DEV_ISSUER, subject, new Person.Profile(request.name().strip(), null, null, null));
    return new SignedIn(
        sessions.issue(Caller.unlinked(person.id(), Set.of(request.role()))), person.id());
  }
}
