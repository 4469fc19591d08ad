package com.firstline.lti.oidc;

/**
 * A login that has been started and not yet finished: what the launch checks the id_token by, and
 * how the launch's browser can prove it began the login when it does not send the state cookie: the
 * platform storage frame the login used ({@code null} when the platform offered none), and the
 * login parameters to begin it again in a new window ({@code application/x-www-form-urlencoded}).
 */
public record PendingLogin(
    String state, String nonce, long registrationId, String storageTarget, String relaunch) {

  public boolean usedPlatformStorage() {
    return storageTarget != null;
  }
}
