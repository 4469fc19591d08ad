package com.firstline.lti.registration;

import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import java.util.ArrayList;
import java.util.List;

/**
 * A platform to register, as the admin API and the registrations file describe it. {@code
 * tokenAudience} is optional (the token URL is used without it); so are {@code deploymentIds}.
 */
public record NewRegistration(
    String issuer,
    String clientId,
    String authUrl,
    String tokenUrl,
    String tokenAudience,
    String jwksUrl,
    List<String> deploymentIds) {

  List<String> deploymentIdsOrEmpty() {
    return deploymentIds == null ? List.of() : deploymentIds;
  }

  Endpoints endpoints() {
    return new Endpoints(authUrl, tokenUrl, tokenAudience, jwksUrl);
  }

  /** Every mistake at once: identifiers, deployments and addresses. */
  void validate() {
    List<Problem.InputError> errors = new ArrayList<>();
    Registrations.checkIdentifier("issuer", issuer, errors);
    Registrations.checkIdentifier("clientId", clientId, errors);
    List<String> deployments = deploymentIdsOrEmpty();
    for (int i = 0; i < deployments.size(); i++) {
      Registrations.checkDeploymentId("deploymentIds[" + i + "]", deployments.get(i), errors);
    }
    try {
      endpoints();
    } catch (ProblemException invalid) {
      errors.addAll(invalid.problem().errors());
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest("The registration is not valid.", errors);
    }
  }
}
