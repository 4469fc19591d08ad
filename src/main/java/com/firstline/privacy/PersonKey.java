package com.firstline.privacy;

/** A person as their LMS knows them (issuer and LTI subject), with Firstline's id for them. */
public record PersonKey(long id, String issuer, String subject) {
  /** How the audit log names the person: their key, nothing of their data. */
  String describe() {
    return "person " + id + " (issuer " + issuer + ", subject " + subject + ")";
  }
}
