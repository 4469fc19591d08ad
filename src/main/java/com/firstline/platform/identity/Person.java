package com.firstline.platform.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Someone who uses Firstline, known by the platform that sent them: (issuer, subject) is unique.
 * Names and email are optional because LMSs may withhold them; they are refreshed on every launch.
 */
@Entity
@Table(name = "person")
public class Person {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String issuer;

  @Column(nullable = false)
  private String subject;

  @Column(name = "display_name")
  private String displayName;

  private String email;

  @Column(name = "person_sourcedid")
  private String personSourcedId;

  @Column(name = "employee_id")
  private String employeeId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Person() {}

  public Person(String issuer, String subject, Instant now) {
    this.issuer = issuer;
    this.subject = subject;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** What the platform told us this time replaces what it told us before; absent facts stay. */
  public void refreshProfile(Profile profile, Instant now) {
    String newName = profile.displayName() == null ? displayName : profile.displayName();
    String newEmail = profile.email() == null ? email : profile.email();
    String newSourcedId =
        profile.personSourcedId() == null ? personSourcedId : profile.personSourcedId();
    String newEmployeeId = profile.employeeId() == null ? employeeId : profile.employeeId();
    // Every launch refreshes the profile; only a real change is written, so a repeat launch of
    // the same person costs no update of their row.
    if (Objects.equals(newName, displayName)
        && Objects.equals(newEmail, email)
        && Objects.equals(newSourcedId, personSourcedId)
        && Objects.equals(newEmployeeId, employeeId)) {
      return;
    }
    displayName = newName;
    email = newEmail;
    personSourcedId = newSourcedId;
    employeeId = newEmployeeId;
    updatedAt = now;
  }

  /** When the profile last changed. */
  public Instant updatedAt() {
    return updatedAt;
  }

  public Long id() {
    return id;
  }

  public String issuer() {
    return issuer;
  }

  public String subject() {
    return subject;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public String personSourcedId() {
    return personSourcedId;
  }

  public String employeeId() {
    return employeeId;
  }

  /** The facts about a person a platform may send; any of them may be null. */
  public record Profile(
      String displayName, String email, String personSourcedId, String employeeId) {}
}
