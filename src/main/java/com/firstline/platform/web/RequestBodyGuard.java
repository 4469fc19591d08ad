package com.firstline.platform.web;

import com.firstline.platform.errors.ProblemException;
import com.firstline.platform.identity.CurrentCaller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs after the session is read (see {@link com.firstline.platform.identity.SessionFilter}) and
 * after the request is matched to its resource, but before JAX-RS reads the body: a body from a
 * caller without a session is refused unread (401) unless the resource says it needs none ({@link
 * BodyWithoutSession}), and every body is limited to {@code platform.max-request-bytes} ({@code
 * platform.max-upload-bytes} for a {@link LargeBody}), answered with a 413 problem.
 */
@Provider
// After SessionFilter (Priorities.USER, the default), whose caller it needs.
@Priority(Priorities.USER + 100)
public class RequestBodyGuard implements ContainerRequestFilter {
  private static final Set<String> WITH_BODY =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

  @Inject CurrentCaller current;

  @Inject
  @ConfigProperty(name = "platform.max-request-bytes", defaultValue = "1048576")
  long maxRequestBytes;

  @Inject
  @ConfigProperty(name = "platform.max-upload-bytes", defaultValue = "104857600")
  long maxUploadBytes;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!WITH_BODY.contains(request.getMethod())) {
      return;
    }
    if (!hasBody(request)) {
      if (expectsJsonObject(request)) {
        throw ProblemException.badRequest("This request needs a JSON body.", List.of());
      }
      return;
    }
    if (current.get().isEmpty() && !marked(BodyWithoutSession.class)) {
      throw new ProblemException(
          401, "Unauthorized", "Sign in first: this address needs a session before its body.");
    }
    long limit = marked(LargeBody.class) ? maxUploadBytes : maxRequestBytes;
    BodyLimit.checkDeclared(request.getLength(), limit);
    MediaType type = request.getMediaType();
    if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
      // Form fields are decoded from the container's own stream: a wrapped stream would hide them
      // from @FormParam. So a form must declare its length, which was checked above.
      if (request.getLength() < 0) {
        throw new ProblemException(411, "Length Required", "A form body must declare its length.");
      }
      return;
    }
    request.setEntityStream(BodyLimit.capped(request.getEntityStream(), limit));
  }

  private static boolean hasBody(ContainerRequestContext request) {
    return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
  }

  /**
   * Whether the matched method reads a JSON document into an object: an empty body would reach it
   * as null, which no such method expects.
   */
  private boolean expectsJsonObject(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null || type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      return false;
    }
    Class<?>[] types = method.getParameterTypes();
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < types.length; i++) {
      boolean entity = annotations[i].length == 0;
      if (entity && types[i] != String.class && !InputStream.class.isAssignableFrom(types[i])) {
        return true;
      }
    }
    return false;
  }

  private boolean marked(Class<? extends Annotation> annotation) {
    Method method = resource == null ? null : resource.getResourceMethod();
    Class<?> type = resource == null ? null : resource.getResourceClass();
    return (method != null && method.isAnnotationPresent(annotation))
        || (type != null && type.isAnnotationPresent(annotation));
  }
}
