package com.firstline.lti.oidc;

/** A login that has been started and not yet finished: what the launch checks the id_token by. */
public record PendingLogin(String state, String nonce, long registrationId) {}
