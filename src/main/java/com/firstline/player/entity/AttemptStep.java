package com.firstline.player.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded step of an attempt. Written once, never changed. */
@Entity
@Table(name = "attempt_step")
public class AttemptStep {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "attempt_id", updatable = false)
  private Attempt attempt;

  @Column(name = "step_no", nullable = false, updatable = false)
  private int stepNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private StepKind kind;

  /** The node the manager was at when taking the step. */
  @Column(name = "node_id", nullable = false, updatable = false)
  private String nodeId;

  @Column(name = "choice_id", updatable = false)
  private String choiceId;

  @Column(name = "to_node", nullable = false, updatable = false)
  private String toNode;

  @Column(name = "taken_at", nullable = false, updatable = false)
  private Instant takenAt;

  protected AttemptStep() {}

  AttemptStep(
      Attempt attempt,
      int stepNo,
      StepKind kind,
      String nodeId,
      String choiceId,
      String toNode,
      Instant takenAt) {
    this.attempt = attempt;
    this.stepNo = stepNo;
    this.kind = kind;
    this.nodeId = nodeId;
    this.choiceId = choiceId;
    this.toNode = toNode;
    this.takenAt = takenAt;
  }

  public int stepNo() {
    return stepNo;
  }

  public StepKind kind() {
    return kind;
  }

  public String nodeId() {
    return nodeId;
  }

  public String choiceId() {
    return choiceId;
  }

  public String toNode() {
    return toNode;
  }

  public Instant takenAt() {
    return takenAt;
  }
}
