package com.firstline.platform.security;

/** A CDI event: the origins a {@link FrameOriginSource} knows may have changed. */
public record FrameOriginsChanged() {}
