package com.firstline.scenario.model;

/** A picture shown with a scene; {@code alt} describes it for screen readers. */
public record Media(String src, String alt) {}
