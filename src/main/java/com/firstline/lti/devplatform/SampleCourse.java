package com.firstline.lti.devplatform;

import com.firstline.platform.identity.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The development LMS's one course and its people: a trainer, an administrator, four sample
 * learners who have not started yet, and every try-out visitor who joined as a learner. The same
 * people are in the id_tokens, the roster served over NRPS and the gradebook. Pure logic.
 */
final class SampleCourse {
  static final String CONTEXT_ID = "dev-course";
  static final String TITLE = "Leading your first team (sample course)";

  private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
  static final String LEARNER = MEMBERSHIP + "Learner";
  static final String INSTRUCTOR = MEMBERSHIP + "Instructor";
  static final String INSTITUTION_ADMIN =
      "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";

  /** One person in the course, as the LMS knows them. */
  record Person(String subject, String name, String email, List<String> roles) {
    Person {
      roles = List.copyOf(roles);
    }

    boolean learner() {
      return roles.contains(LEARNER);
    }
  }

  static final Person TRAINER =
      new Person("dev-trainer", "Alex Rivera", "alex.rivera@example.com", List.of(INSTRUCTOR));
  static final Person ADMIN =
      new Person(
          "dev-admin",
          "Kim Okafor",
          "kim.okafor@example.com",
          List.of(INSTITUTION_ADMIN, INSTRUCTOR));

  /** The learner of a manager try-out whose browser sent no visitor cookie. */
  static final Person ANONYMOUS_LEARNER =
      new Person("dev-manager", "Sam Try", "sam.try@example.com", List.of(LEARNER));

  static final List<Person> SAMPLE_LEARNERS =
      List.of(
          learner("dev-learner-priya", "Priya Shah"),
          learner("dev-learner-tom", "Tom Becker"),
          learner("dev-learner-ana", "Ana Lima"),
          learner("dev-learner-joe", "Joe Mensah"));

  private SampleCourse() {}

  static Person learner(String subject, String name) {
    String mailbox = subject.replace("dev-learner-", "").replace("visitor-", "visitor.");
    return new Person(subject, name, mailbox + "@example.com", List.of(LEARNER));
  }

  /** Who a try-out in this role is: the trainer, the administrator, or the browser's learner. */
  static Person personFor(Role role, Person visitor) {
    return switch (role) {
      case MANAGER -> visitor == null ? ANONYMOUS_LEARNER : visitor;
      case TRAINER -> TRAINER;
      case ADMIN -> ADMIN;
      case HR_ANALYST -> throw new IllegalArgumentException("No HR analyst in the sample course");
    };
  }

  /** The roster: staff first, then the sample learners, then the visitors who joined. */
  static List<Person> members(List<Person> visitors) {
    List<Person> members = new ArrayList<>();
    members.add(TRAINER);
    members.add(ADMIN);
    members.addAll(SAMPLE_LEARNERS);
    members.add(ANONYMOUS_LEARNER);
    members.addAll(visitors);
    return members;
  }
}
