package com.firstline.platform.web;

import com.firstline.platform.errors.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The interface strings of a page in the caller's language, from the resource bundles under {@code
 * i18n/}. English always exists; adding a language is adding a {@code _xx.properties} file.
 */
@Path("i18n")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class I18nResource {
  private static final Set<String> BUNDLES = Set.of("player", "trainer", "deeplinking");

  public record Strings(String locale, Map<String, String> strings) {}

  @GET
  @Path("{bundle}")
  @Operation(summary = "Interface strings of a page, in the closest language available")
  public Strings strings(@PathParam("bundle") String bundle, @QueryParam("locale") String locale) {
    if (!BUNDLES.contains(bundle)) {
      throw ProblemException.notFound("There are no interface strings named '" + bundle + "'.");
    }
    Locale wanted =
        locale == null || locale.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(locale);
    ResourceBundle strings;
    try {
      strings =
          ResourceBundle.getBundle(
              "i18n." + bundle,
              wanted,
              I18nResource.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
    } catch (MissingResourceException e) {
      throw ProblemException.notFound("There are no interface strings named '" + bundle + "'.");
    }
    Map<String, String> values = new TreeMap<>();
    strings.keySet().forEach(key -> values.put(key, strings.getString(key)));
    String found = strings.getLocale().toLanguageTag();
    return new Strings(found.isEmpty() || "und".equals(found) ? "en" : found, values);
  }
}
