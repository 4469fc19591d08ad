package com.firstline.platform.db;

import com.firstline.platform.errors.DatabaseUnavailable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Finding an entity by id without mistaking a failed read for a missing row. Hibernate's {@code
 * find} answers null, not an exception, when the statement fails in a transaction already marked
 * for rollback (its workaround for HHH-12472). On Liberty that is what a database going away looks
 * like: enlisting the dead connection marks the transaction, then the select fails. A caller that
 * turns "not found" into an answer (a launch's login refused as unknown, a 404) would then blame
 * the user for an outage; here it is a {@link DatabaseUnavailable.ReadFailed}, answered 503.
 */
public final class EntityReads {
  private EntityReads() {}

  public static <T> Optional<T> find(EntityManager em, Class<T> type, Object id) {
    return checked(em, type, em.find(type, id));
  }

  /** The same, with the row locked as {@code lock} asks. */
  public static <T> Optional<T> find(
      EntityManager em, Class<T> type, Object id, LockModeType lock) {
    return checked(em, type, em.find(type, id, lock));
  }

  private static <T> Optional<T> checked(EntityManager em, Class<T> type, T found) {
    if (found == null && transactionFailed(em)) {
      throw new DatabaseUnavailable.ReadFailed(type.getSimpleName());
    }
    return Optional.ofNullable(found);
  }

  /** The very condition under which Hibernate answers null instead of failing. */
  private static boolean transactionFailed(EntityManager em) {
    var transaction = em.unwrap(SharedSessionContractImplementor.class).accessTransaction();
    return transaction.isActive() && transaction.getRollbackOnly();
  }
}
