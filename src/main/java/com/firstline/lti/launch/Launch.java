package com.firstline.lti.launch;

import com.firstline.platform.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An accepted launch, written once and never changed. Its id travels in the session token, so later
 * calls (grade passback, rosters) find the LMS services this launch brought.
 */
@Entity(name = "LtiLaunch")
@Table(name = "lti_launch")
class Launch {
  @Id private String id;

  @Column(name = "registration_id")
  private Long registrationId;

  @Column(nullable = false)
  private String issuer;

  @Column(name = "client_id", nullable = false)
  private String clientId;

  @Column(name = "deployment_id", nullable = false)
  private String deploymentId;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "message_type", nullable = false)
  private String messageType;

  @Column(name = "context_id")
  private String contextId;

  @Column(name = "context_title")
  private String contextTitle;

  @Column(name = "resource_link_id")
  private String resourceLinkId;

  @Column(name = "resource_link_title")
  private String resourceLinkTitle;

  @Column(name = "module_id")
  private String moduleId;

  @Column(name = "ags_lineitem")
  private String agsLineItem;

  @Column(name = "ags_lineitems")
  private String agsLineItems;

  /** Space-separated, as OAuth writes scopes. */
  @Column(name = "ags_scopes")
  private String agsScopes;

  @Column(name = "nrps_memberships_url")
  private String membershipsUrl;

  /** The LTI role URIs as sent, space-separated (URIs hold no spaces). */
  @Column(name = "lti_roles", nullable = false)
  private String ltiRoles;

  /** The Firstline roles they mapped to, space-separated. */
  @Column(nullable = false)
  private String roles;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Launch() {}

  Launch(
      String id,
      long registrationId,
      String clientId,
      long personId,
      LaunchFacts facts,
      Instant now) {
    this.id = id;
    this.registrationId = registrationId;
    this.issuer = facts.issuer();
    this.clientId = clientId;
    this.deploymentId = facts.deploymentId();
    this.personId = personId;
    this.messageType = facts.messageType();
    this.contextId = facts.contextId();
    this.contextTitle = facts.contextTitle();
    this.resourceLinkId = facts.resourceLinkId();
    this.resourceLinkTitle = facts.resourceLinkTitle();
    this.moduleId = facts.moduleId();
    this.agsLineItem = facts.agsLineItem();
    this.agsLineItems = facts.agsLineItems();
    this.agsScopes = facts.agsScopes().isEmpty() ? null : String.join(" ", facts.agsScopes());
    this.membershipsUrl = facts.membershipsUrl();
    this.ltiRoles = String.join(" ", facts.ltiRoles());
    this.roles = facts.roles().stream().map(Role::name).sorted().collect(Collectors.joining(" "));
    this.createdAt = now;
  }

  String id() {
    return id;
  }

  LaunchRecord view() {
    return new LaunchRecord(
        id,
        registrationId,
        issuer,
        clientId,
        deploymentId,
        personId,
        messageType,
        contextId,
        contextTitle,
        resourceLinkId,
        resourceLinkTitle,
        moduleId,
        agsLineItem,
        agsLineItems,
        words(agsScopes),
        membershipsUrl,
        words(ltiRoles),
        createdAt);
  }

  private static List<String> words(String spaced) {
    return spaced == null || spaced.isBlank() ? List.of() : Arrays.asList(spaced.split(" "));
  }
}
