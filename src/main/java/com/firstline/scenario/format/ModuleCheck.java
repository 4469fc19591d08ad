package com.firstline.scenario.format;

import com.firstline.scenario.model.Module;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The one way to read a module file, used by the importer, the validate endpoint and the build:
 * YAML syntax, then the schema, then the validator's rules. Never throws on bad content; every
 * mistake comes back in the report.
 */
public final class ModuleCheck {

  private ModuleCheck() {}

  /**
   * Checks {@code text} as the content of the module file {@code fileName}.
   *
   * @param fileName the bare file name, e.g. {@code mistake-at-the-counter.yaml}; the module id
   *     must match it
   */
  public static ModuleReport check(String fileName, String text) {
    ModuleParser.Parsed parsed = ModuleParser.parse(fileName, text);
    List<ContentError> errors = new ArrayList<>(parsed.errors());
    if (parsed.module() != null) {
      errors.addAll(ModuleValidator.validate(fileName, parsed.module(), parsed.tree()));
    }
    errors.sort(ContentError.IN_FILE_ORDER);
    Optional<Module> module = errors.isEmpty() ? Optional.of(parsed.module()) : Optional.empty();
    return new ModuleReport(fileName, contentHash(text), module, errors);
  }

  /** SHA-256 of the UTF-8 text as lower-case hex: the identity of a module version. */
  public static String contentHash(String text) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
