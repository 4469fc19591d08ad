package com.firstline.platform.security;

import java.util.Set;

/**
 * Something that knows more origins allowed to frame Firstline than the configured ones, such as
 * the registered LMS platforms. Fire {@link FrameOriginsChanged} when they change.
 */
public interface FrameOriginSource {
  /** Absolute URLs (or origins) whose origin may frame Firstline. */
  Set<String> frameOrigins();
}
