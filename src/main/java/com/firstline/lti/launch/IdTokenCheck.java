package com.firstline.lti.launch;

/** One rule an id_token must pass; throws {@link LaunchRejected} with a precise message if not. */
@FunctionalInterface
public interface IdTokenCheck {
  void check(IdToken token);
}
