package com.firstline.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an upload (a whole HR export, for instance) whose body may be larger than {@code
 * platform.max-request-bytes}: {@link RequestBodyGuard} lets it have up to {@code
 * platform.max-upload-bytes}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LargeBody {}
