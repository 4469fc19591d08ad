package com.firstline.tracking.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One person in a course's roster. Never deleted: when the platform stops listing them (or lists
 * them as inactive) they are marked as having left, so their history stays explainable; if they
 * come back, the mark goes.
 */
@Entity(name = "TrackingRosterMember")
@Table(name = "tracking_roster_member")
public class RosterMember {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "roster_id", nullable = false, updatable = false)
  private long rosterId;

  @Column(name = "user_id", nullable = false, updatable = false)
  private String userId;

  @Column(name = "display_name")
  private String displayName;

  private String email;

  @Column(name = "lti_roles", nullable = false)
  private String ltiRoles;

  @Column(nullable = false)
  private boolean learner;

  @Column(name = "first_seen_at", nullable = false, updatable = false)
  private Instant firstSeenAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "left_at")
  private Instant leftAt;

  protected RosterMember() {}

  public RosterMember(long rosterId, String userId, Instant now) {
    this.rosterId = rosterId;
    this.userId = userId;
    this.firstSeenAt = now;
    this.lastSeenAt = now;
    this.ltiRoles = "";
  }

  /** Listed as active by the platform now, with what it says about them. */
  public void seen(String name, String mail, String roles, boolean isLearner, Instant now) {
    displayName = cut(name, 300);
    email = cut(mail, 320);
    ltiRoles = roles;
    learner = isLearner;
    lastSeenAt = now;
    leftAt = null;
  }

  /** No longer listed (or listed as inactive). */
  public void left(Instant now) {
    if (leftAt == null) {
      leftAt = now;
    }
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  public String userId() {
    return userId;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public boolean learner() {
    return learner;
  }

  public Optional<Instant> leftAt() {
    return Optional.ofNullable(leftAt);
  }
}
