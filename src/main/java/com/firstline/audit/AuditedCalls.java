package com.firstline.audit;

import com.firstline.lti.launch.LaunchRecord;
import com.firstline.lti.launch.Launches;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.CurrentCaller;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.RecordComponent;

/**
 * Logs each successful call of an {@link Audited} endpoint. It runs after the endpoint's own
 * transaction has committed, so the entry is written just after the action (an entry that cannot be
 * written is logged as an error by {@link AuditLog}); the endpoints stay unchanged but for their
 * annotation. Exports and erasures log inside their own transaction instead.
 */
@Provider
@Audited
public class AuditedCalls implements ContainerResponseFilter {
  @Context ResourceInfo resource;
  @Inject CurrentCaller current;
  @Inject Launches launches;
  @Inject Event<AdminAction> actions;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Audited audited = resource.getResourceMethod().getAnnotation(Audited.class);
    if (audited == null || audited.value().isEmpty() || response.getStatus() >= 300) {
      return;
    }
    String action = audited.value();
    Long id = idOf(request.getUriInfo().getPathParameters().getFirst("id"));
    if (id == null) {
      id = idOf(response.getEntity());
    }
    String noun = action.substring(0, Math.max(action.indexOf('.'), 0)).replace('-', ' ');
    String target = id == null ? noun : noun + " " + id;
    Long tenant = action.startsWith("registration.") && id != null ? id : callerRegistration();
    actions.fire(new AdminAction(Actor.of(current.get()), action, target, tenant));
  }

  /** The registration of the caller's launch, when the caller came from an LMS. */
  private Long callerRegistration() {
    return current
        .get()
        .map(Caller::launchId)
        .flatMap(launches::byId)
        .map(LaunchRecord::registrationId)
        .orElse(null);
  }

  private static Long idOf(Object value) {
    if (value instanceof String text && text.matches("\\d{1,18}")) {
      return Long.valueOf(text);
    }
    if (value != null && value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        if (component.getName().equals("id")) {
          try {
            return idOf(String.valueOf(component.getAccessor().invoke(value)));
          } catch (ReflectiveOperationException e) {
            return null;
          }
        }
      }
    }
    return null;
  }
}
