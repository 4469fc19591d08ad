package com.firstline.lti.dynamicregistration;

import com.firstline.lti.registration.NewRegistration;
import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.lti.registration.Registrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One dynamic registration, start to end: claim the code, read the platform's configuration,
 * register at the platform, store what it answered. Not one transaction: the code's claim commits
 * before the platform is called (so the link works once, even twice opened), and the calls to the
 * platform hold no database connection while they wait.
 */
@ApplicationScoped
public class DynamicRegistration {
  private static final Logger LOG = Logger.getLogger(DynamicRegistration.class.getName());

  @Inject RegistrationCodes codes;
  @Inject PlatformCalls calls;
  @Inject Registrations registrations;

  /**
   * Whether the platform's addresses may be http on localhost: only with the development platform
   * on. Otherwise the holder of a registration link could make the server call its own machine.
   */
  @Inject
  @ConfigProperty(name = "dev.platform.enabled", defaultValue = "false")
  boolean localHttpAllowed;

  /** The parameters of {@code /lti/register}, checked; a 400 that names the parameter at fault. */
  public RegistrationRequest request(UnaryOperator<String> parameters) {
    return RegistrationRequest.from(parameters, localHttpAllowed);
  }

  /** The registration stored, or a {@code ProblemException} saying what stopped it. */
  public RegisteredPlatform register(RegistrationRequest request, String toolBase) {
    if (!codes.claim(request.code())) {
      throw RegistrationProblems.refused(
          403,
          "registration-code",
          "This registration link is not valid: it is unknown, was used already or has expired."
              + " Ask a Firstline administrator for a new one.");
    }
    boolean platformAccepted = false;
    try {
      PlatformConfiguration platform =
          calls.configuration(
              request.configurationUrl(), request.registrationToken(), localHttpAllowed);
      PlatformAnswer answer =
          calls.register(platform, request.registrationToken(), ToolConfiguration.json(toolBase));
      platformAccepted = true;
      RegisteredPlatform stored =
          registrations.register(
              new NewRegistration(
                  platform.issuer(),
                  answer.clientId(),
                  platform.authorizationEndpoint(),
                  platform.tokenEndpoint(),
                  platform.tokenAudience(),
                  platform.jwksUri(),
                  answer.deploymentId() == null ? List.of() : List.of(answer.deploymentId())));
      codes.registered(request.code(), stored.id());
      LOG.info(
          () ->
              "LTI platform registered dynamically: issuer "
                  + stored.issuer()
                  + ", client_id "
                  + stored.clientId()
                  + ", deployments "
                  + stored.deploymentIds());
      return stored;
    } catch (RuntimeException failed) {
      // Until the platform has made a client for us nothing happened on either side: the admin's
      // link stays usable once the LMS side is fixed. After that, the code stays used.
      if (!platformAccepted) {
        codes.release(request.code());
      }
      throw failed;
    }
  }
}
