package com.firstline.audit;

/**
 * An admin action that happened, fired by the feature that did it (in its transaction where it has
 * one) and written to the audit log.
 *
 * @param action what happened, e.g. {@code registration.deleted}, {@code person.erased}
 * @param target what it happened to, e.g. {@code registration 12}; never personal data beyond a key
 * @param registrationId the LMS tenant the action belongs to, or null for the whole server
 */
public record AdminAction(Actor actor, String action, String target, Long registrationId) {}
