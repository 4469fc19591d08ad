package com.firstline.lti.services;

import java.util.List;

/**
 * One member of a context as NRPS lists them.
 *
 * @param userId the LTI {@code sub} the platform launches this person with
 * @param active false when the platform lists them as Inactive or Deleted
 */
public record Member(String userId, String name, String email, List<String> roles, boolean active) {
  public Member {
    roles = List.copyOf(roles);
  }
}
