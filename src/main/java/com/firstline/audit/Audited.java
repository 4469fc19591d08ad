package com.firstline.audit;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an admin endpoint whose successful calls go to the audit log as {@link #value()}, e.g.
 * {@code @Audited("registration.deleted")}. The target is the noun before the dot with the
 * endpoint's {@code id} path parameter, or the id of what it created.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {
  String value() default "";
}
