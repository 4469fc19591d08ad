package com.firstline.lti.deeplinking;

import com.firstline.lti.keys.Rs256;
import com.firstline.lti.keys.ToolKeys;
import com.firstline.lti.launch.LaunchRecord;
import com.firstline.lti.launch.Launches;
import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.Role;
import com.firstline.scenario.control.ModuleCatalog;
import com.firstline.scenario.model.PlayMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Answers a platform's deep-linking request for the trainer who launched it: offers the published
 * modules, then turns the choice into a signed response. Only trainers and admins may answer, and
 * only the request of their own launch (its id is in their session token).
 */
@ApplicationScoped
public class DeepLinking {
  private static final int MAX_ITEMS = 50;

  @Inject DeepLinkingRequests requests;
  @Inject Launches launches;
  @Inject ModuleCatalog catalog;
  @Inject ToolKeys keys;

  Clock clock = Clock.systemUTC();

  /** What the chooser shows: the platform's settings and the modules on offer. */
  public record Offer(DeepLinkingSettings settings, List<OfferedModule> modules) {}

  /** The signed response and where the browser must post it. */
  public record Answer(String returnUrl, String jwt) {}

  public Offer offer(Caller caller) {
    DeepLinkingSettings settings = waitingFor(caller);
    return new Offer(settings, catalog.published().stream().map(OfferedModule::of).toList());
  }

  @Transactional
  /**
   * @param mode how the links are played ({@code practice} or {@code assessment}, the custom
   *     parameter {@code mode} of each one); anything else leaves it to each module
   */
  public Answer answer(Caller caller, List<String> moduleIds, String mode, String launchUrl) {
    DeepLinkingSettings settings = waitingFor(caller);
    List<OfferedModule> chosen = chosen(moduleIds, settings.acceptMultiple());
    LaunchRecord launch =
        launches
            .byId(caller.launchId())
            .orElseThrow(() -> notWaiting("The launch of this session is not known."));
    if (!requests.answer(launch.id())) {
      throw notWaiting("These modules have been sent to your LMS already.");
    }
    DeepLinkingResponse.Recipient recipient =
        new DeepLinkingResponse.Recipient(
            launch.issuer(), launch.clientId(), launch.deploymentId());
    return new Answer(
        settings.returnUrl(),
        Rs256.sign(
            DeepLinkingResponse.claims(
                recipient,
                settings,
                chosen,
                PlayMode.named(mode).orElse(null),
                launchUrl,
                clock.instant()),
            keys.signingKey()));
  }

  private DeepLinkingSettings waitingFor(Caller caller) {
    caller.require(Role.TRAINER);
    return requests
        .waiting(caller.launchId())
        .orElseThrow(
            () ->
                notWaiting(
                    "Your LMS is not waiting for a choice from this session: it was answered"
                        + " already, is older than an hour, or the session did not come from the"
                        + " LMS's content picker."));
  }

  /** Each id once, each one published, and only one when the platform takes only one. */
  private List<OfferedModule> chosen(List<String> moduleIds, boolean acceptMultiple) {
    LinkedHashSet<String> ids = new LinkedHashSet<>(moduleIds);
    if (ids.isEmpty()) {
      throw choiceRefused("Choose at least one module.");
    }
    if (ids.size() > 1 && !acceptMultiple) {
      throw choiceRefused("Your LMS takes one module at a time here: choose only one.");
    }
    if (ids.size() > MAX_ITEMS) {
      throw choiceRefused("Choose at most " + MAX_ITEMS + " modules at once.");
    }
    List<OfferedModule> chosen = new ArrayList<>();
    List<Problem.InputError> unknown = new ArrayList<>();
    for (String id : ids) {
      catalog
          .published(id)
          .map(OfferedModule::of)
          .ifPresentOrElse(
              chosen::add,
              () ->
                  unknown.add(
                      Problem.InputError.field(
                          "module", "'" + shortened(id) + "' is not a published module")));
    }
    if (!unknown.isEmpty()) {
      throw ProblemException.badRequest("Some of the chosen modules are not published.", unknown);
    }
    return chosen;
  }

  private static String shortened(String id) {
    return id.length() <= 100 ? id : id.substring(0, 100) + "…";
  }

  private static ProblemException choiceRefused(String detail) {
    return ProblemException.badRequest(detail, List.of());
  }

  private static ProblemException notWaiting(String detail) {
    return ProblemException.conflict(detail);
  }
}
