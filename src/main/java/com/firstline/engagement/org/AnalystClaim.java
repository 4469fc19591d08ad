package com.firstline.engagement.org;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The launch claim that makes a person an HR analyst, as an organisation configures it: a custom
 * parameter of the LTI link (a key of the LTI {@code custom} claim, e.g. {@code hr_role}) or any
 * top-level claim of the id_token by its full name, and the values that count (compared without
 * regard to case; a list, or a comma-separated text, counts when any of its items does).
 */
public final class AnalystClaim {
  private final String name;
  private final Set<String> values;

  private AnalystClaim(String name, Set<String> values) {
    this.name = name;
    this.values = values;
  }

  /**
   * @param name the claim or custom parameter; null or blank turns the mapping off
   * @param values the values that make an HR analyst; none means {@code true}
   */
  public static AnalystClaim of(String name, Collection<String> values) {
    Set<String> accepted =
        values.stream()
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .map(v -> v.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    return new AnalystClaim(
        name == null || name.isBlank() ? null : name.strip(),
        accepted.isEmpty() ? Set.of("true") : accepted);
  }

  public boolean configured() {
    return name != null;
  }

  public String name() {
    return name;
  }

  /**
   * Whether a launch carries the claim with an accepted value.
   *
   * @param custom the LTI custom claim (parameters of the link)
   * @param claims every claim of the id_token
   */
  public boolean heldBy(Map<String, Object> custom, Map<String, Object> claims) {
    if (!configured()) {
      return false;
    }
    return accepts(custom.get(name)) || accepts(claims.get(name));
  }

  private boolean accepts(Object value) {
    if (value instanceof Collection<?> items) {
      return items.stream().anyMatch(this::accepts);
    }
    if (value instanceof String text) {
      return List.of(text.split(",")).stream()
          .map(item -> item.strip().toLowerCase(Locale.ROOT))
          .anyMatch(values::contains);
    }
    if (value instanceof Boolean || value instanceof Number) {
      return values.contains(value.toString().toLowerCase(Locale.ROOT));
    }
    return false;
  }
}
