package com.firstline.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource whose requests may carry a body without a session: development sign-in, the
 * content linter, the development LMS's services, and the LTI admin API (which checks its own
 * bearer token). Every other body is refused by {@link RequestBodyGuard} before it is read when the
 * caller has no valid session.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface BodyWithoutSession {}
