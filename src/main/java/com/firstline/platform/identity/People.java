package com.firstline.platform.identity;

import com.firstline.platform.db.EntityReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** Finds and provisions people by the platform that knows them. */
@ApplicationScoped
@Transactional
public class People {
  @PersistenceContext(unitName = "firstline")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  /**
   * The person this platform calls {@code subject}, created on first sight and refreshed with the
   * profile every time after. Two first launches of one person at once both insert "if absent" in
   * one statement, so neither fails on the unique key; both then read the one row.
   */
  public Person provision(String issuer, String subject, Person.Profile profile) {
    Person person = find(issuer, subject).orElse(null);
    if (person == null) {
      Timestamp now = Timestamp.from(clock.instant());
      em.createNativeQuery(
              "INSERT INTO person (issuer, subject, created_at, updated_at)"
                  + " VALUES (?1, ?2, ?3, ?3) ON DUPLICATE KEY UPDATE id = id")
          .setParameter(1, issuer)
          .setParameter(2, subject)
          .setParameter(3, now)
          .executeUpdate();
      person =
          find(issuer, subject)
              .orElseThrow(() -> new IllegalStateException("A person just inserted is missing"));
    }
    person.refreshProfile(profile, clock.instant());
    em.flush();
    return person;
  }

  public Optional<Person> find(String issuer, String subject) {
    return em
        .createQuery(
            "SELECT p FROM Person p WHERE p.issuer = :issuer AND p.subject = :subject",
            Person.class)
        .setParameter("issuer", issuer)
        .setParameter("subject", subject)
        .getResultList()
        .stream()
        .findFirst();
  }

  public Optional<Person> byId(long id) {
    return EntityReads.find(em, Person.class, id);
  }
}
