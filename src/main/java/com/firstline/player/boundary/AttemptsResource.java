package com.firstline.player.boundary;

import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.errors.RequestBodies;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.CurrentCaller;
import com.firstline.player.control.Attempts;
import com.firstline.player.control.Played;
import com.firstline.player.entity.AttemptRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A signed-in person's attempts. Any signed-in person may play; an attempt is only ever seen or
 * changed by the person it belongs to. Application-scoped because it is the hottest path: the
 * caller comes through the request-scoped {@link CurrentCaller} proxy, so nothing per-request is
 * kept here.
 */
@Path("attempts")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AttemptsResource {
  @Inject CurrentCaller current;
  @Inject Attempts attempts;
  @Inject RequestBodies bodies;

  public record StartRequest(@NotBlank String moduleId, boolean restart) {}

  public record ChoiceRequest(@NotNull @PositiveOrZero Integer step, @NotBlank String choiceId) {}

  public record BackRequest(@NotNull @PositiveOrZero Integer step) {}

  /** A reflection; the player's box shows the same limit and counts towards it. */
  public record ReflectionRequest(@NotNull @Size(max = MAX_LENGTH) String text) {
    public static final int MAX_LENGTH = 10_000;
  }

  /**
   * One thing the manager will do with their own team this week; the player's field shows the same
   * limit and counts towards it.
   */
  public record ActionPlanRequest(@NotNull @Size(max = MAX_LENGTH) String text) {
    public static final int MAX_LENGTH = 500;
  }

  @POST
  @Operation(summary = "Resume the caller's attempt on a module, or start one")
  public AttemptView start(StartRequest request) {
    Caller caller = current.signedIn();
    bodies.valid(request);
    return AttemptViews.of(attempts.startOrResume(caller, request.moduleId(), request.restart()));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "The caller's attempt as it stands")
  public AttemptView get(@PathParam("id") long id) {
    return AttemptViews.of(attempts.view(current.signedIn(), id));
  }

  @POST
  @Path("{id}/choices")
  @Operation(summary = "Take a choice at the current scene; 409 with the current state when stale")
  public AttemptView choose(@PathParam("id") long id, ChoiceRequest request) {
    Caller caller = current.signedIn();
    bodies.valid(request);
    return applying(
        caller, id, () -> attempts.choose(caller, id, request.step(), request.choiceId()));
  }

  @POST
  @Path("{id}/back")
  @Operation(summary = "Go back to the previous scene, where the module allows it")
  public AttemptView back(@PathParam("id") long id, BackRequest request) {
    Caller caller = current.signedIn();
    bodies.valid(request);
    return applying(caller, id, () -> attempts.back(caller, id, request.step()));
  }

  @PUT
  @Path("{id}/reflection")
  @Operation(summary = "Save the manager's reflection")
  public AttemptView reflect(@PathParam("id") long id, ReflectionRequest request) {
    Caller caller = current.signedIn();
    if (request != null && request.text() != null) {
      int length = request.text().strip().length();
      if (length > ReflectionRequest.MAX_LENGTH) {
        throw ProblemException.badRequest(
            String.format(
                Locale.ROOT,
                "A reflection can be at most %,d characters; this one has %,d. Shorten it by %,d.",
                ReflectionRequest.MAX_LENGTH,
                length,
                length - ReflectionRequest.MAX_LENGTH),
            List.of(
                Problem.InputError.field(
                    "text", "must be at most " + ReflectionRequest.MAX_LENGTH + " characters")));
      }
    }
    bodies.valid(request);
    return AttemptViews.of(attempts.reflect(caller, id, request.text().strip()));
  }

  @PUT
  @Path("{id}/action-plan")
  @Operation(summary = "Save the manager's action plan for their own team (at the ending)")
  public AttemptView planAction(@PathParam("id") long id, ActionPlanRequest request) {
    Caller caller = current.signedIn();
    if (request == null || request.text() == null || request.text().isBlank()) {
      throw ProblemException.badRequest(
          "Write the one thing you will do with your team this week.",
          List.of(Problem.InputError.field("text", "must not be empty")));
    }
    String text = request.text().strip();
    if (text.length() > ActionPlanRequest.MAX_LENGTH) {
      throw ProblemException.badRequest(
          String.format(
              Locale.ROOT,
              "An action plan can be at most %,d characters; this one has %,d. Shorten it by %,d.",
              ActionPlanRequest.MAX_LENGTH,
              text.length(),
              text.length() - ActionPlanRequest.MAX_LENGTH),
          List.of(
              Problem.InputError.field(
                  "text", "must be at most " + ActionPlanRequest.MAX_LENGTH + " characters")));
    }
    try {
      return AttemptViews.of(attempts.planAction(caller, id, text));
    } catch (AttemptRuleException refused) {
      throw ProblemException.conflict(refused.getMessage());
    }
  }

  /**
   * Runs a step; a refused step answers with what was wrong and, where useful, the current state.
   */
  private AttemptView applying(Caller caller, long id, Supplier<Played> step) {
    try {
      return AttemptViews.of(step.get());
    } catch (AttemptRuleException refused) {
      if (refused.reason() == AttemptRuleException.Reason.CHOICE_NOT_OFFERED) {
        throw new ProblemException(422, "Choice not offered", refused.getMessage());
      }
      AttemptView now = AttemptViews.of(attempts.view(caller, id));
      throw new ProblemException(
          Problem.of(409, Problem.titleFor(409), refused.getMessage()).withCurrent(now));
    }
  }
}
