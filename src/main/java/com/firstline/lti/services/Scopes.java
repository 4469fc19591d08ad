package com.firstline.lti.services;

/** The OAuth scopes of the LTI Advantage services. */
public final class Scopes {
  public static final String AGS_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
  public static final String AGS_LINEITEM =
      "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
  public static final String AGS_LINEITEM_READONLY =
      "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
  public static final String NRPS_MEMBERSHIPS =
      "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

  private Scopes() {}
}
