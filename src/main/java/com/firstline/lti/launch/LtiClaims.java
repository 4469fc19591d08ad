package com.firstline.lti.launch;

/** The names of the LTI claims Firstline reads (LTI Core 1.3 §5, AGS 2.0, NRPS 2.0). */
public final class LtiClaims {
  private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

  public static final String MESSAGE_TYPE = LTI + "message_type";
  public static final String VERSION = LTI + "version";
  public static final String DEPLOYMENT_ID = LTI + "deployment_id";
  public static final String TARGET_LINK_URI = LTI + "target_link_uri";
  public static final String RESOURCE_LINK = LTI + "resource_link";
  public static final String ROLES = LTI + "roles";
  public static final String CONTEXT = LTI + "context";
  public static final String CUSTOM = LTI + "custom";
  public static final String LIS = LTI + "lis";
  public static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";
  public static final String DEEP_LINKING_SETTINGS =
      "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
  public static final String DEEP_LINKING_CONTENT_ITEMS =
      "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
  public static final String DEEP_LINKING_DATA =
      "https://purl.imsglobal.org/spec/lti-dl/claim/data";
  public static final String AGS_ENDPOINT =
      "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  public static final String NRPS =
      "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

  public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
  public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
  public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
  public static final String SUPPORTED_VERSION = "1.3.0";

  /** The deep-linking content item type of an LTI resource link. */
  public static final String RESOURCE_LINK_TYPE = "ltiResourceLink";

  /** The custom parameter that names the Firstline module a resource link opens. */
  public static final String MODULE_PARAMETER = "module";

  /**
   * The custom parameter that says how a resource link's module is played: {@code assessment}
   * (coaching held until the ending) or {@code practice}; absent, the module's own mode applies.
   */
  public static final String MODE_PARAMETER = "mode";

  private LtiClaims() {}
}
