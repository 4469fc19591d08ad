package com.firstline.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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
   * profile every time after. Two first launches at once may race; the loser re-reads the winner.
   */
  public Person provision(String issuer, String subject, Person.Profile profile) {
    Person person =
        find(issuer, subject)
            .orElseGet(
                () -> {
                  Person created = new Person(issuer, subject, clock.instant());
                  em.persist(created);
                  return created;
                });
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
    return Optional.ofNullable(em.find(Person.class, id));
  }
}
