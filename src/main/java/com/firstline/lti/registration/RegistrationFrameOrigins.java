package com.firstline.lti.registration;

import com.firstline.platform.security.FrameOriginSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every registered platform may frame Firstline: an LMS embeds its tools and opens its content
 * picker in frames on its own pages, served from its issuer's or its login's origin.
 */
@ApplicationScoped
public class RegistrationFrameOrigins implements FrameOriginSource {
  @Inject Registrations registrations;

  @Override
  public Set<String> frameOrigins() {
    Set<String> urls = new LinkedHashSet<>();
    for (RegisteredPlatform platform : registrations.all()) {
      urls.add(platform.issuer());
      urls.add(platform.authUrl());
    }
    return urls;
  }
}
