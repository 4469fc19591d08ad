package com.firstline.lti.launch;

/**
 * Fired synchronously inside the transaction that records an accepted launch, so that features
 * keeping more of the launch than {@code lti_launch} holds (deep-linking settings) write it
 * atomically with the launch: an observer that fails refuses the whole launch.
 *
 * @param token the verified id_token; it is a credential until it expires, so never log it
 */
public record LaunchRecorded(String launchId, LaunchFacts facts, IdToken token) {}
