package com.firstline.tracking.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A course's roster, known by its platform and context id, and when NRPS was last asked. */
@Entity(name = "TrackingRoster")
@Table(name = "tracking_roster")
public class Roster {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String issuer;

  @Column(name = "context_id", nullable = false, updatable = false)
  private String contextId;

  @Column(name = "refreshed_at", nullable = false)
  private Instant refreshedAt;

  protected Roster() {}

  public Roster(String issuer, String contextId, Instant now) {
    this.issuer = issuer;
    this.contextId = contextId;
    this.refreshedAt = now;
  }

  public void refreshed(Instant now) {
    refreshedAt = now;
  }

  public boolean olderThan(Duration age, Instant now) {
    return refreshedAt.plus(age).isBefore(now);
  }

  public Long id() {
    return id;
  }

  public Instant refreshedAt() {
    return refreshedAt;
  }
}
