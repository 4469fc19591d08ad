package com.firstline.lti.registration;

import com.firstline.platform.errors.ProblemException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Upserts the registrations file at startup. It observes later than the schema migration (whose
 * observer has the default priority), so the tables exist. A broken file is logged, not fatal: the
 * registrations already in the database keep working.
 */
@ApplicationScoped
public class RegistrationsFileLoader {
  private static final Logger LOG = Logger.getLogger(RegistrationsFileLoader.class.getName());

  @Inject
  @ConfigProperty(name = "lti.registrations-file")
  Optional<String> file;

  @Inject Registrations registrations;

  void onStart(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 600)
          @Initialized(ApplicationScoped.class)
          Object ignored) {
    file.filter(f -> !f.isBlank()).map(Path::of).ifPresent(this::load);
  }

  void load(Path path) {
    try {
      List<NewRegistration> listed = RegistrationsFile.read(path);
      for (NewRegistration registration : listed) {
        registrations.upsert(registration);
      }
      LOG.info(() -> "Upserted " + listed.size() + " LTI registrations from " + path);
    } catch (ProblemException invalid) {
      LOG.severe(
          () ->
              "The LTI registrations file "
                  + path
                  + " is not valid: "
                  + invalid.problem().detail()
                  + " "
                  + invalid.problem().errors());
    } catch (RuntimeException unreadable) {
      LOG.severe(unreadable::getMessage);
    }
  }
}
