package com.firstline.lti.deeplinking;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The deep-linking pages' text, from {@code i18n/deeplinking.properties} in the closest language:
 * the same bundle {@code GET /api/i18n/deeplinking} serves, so translators have one place to work.
 */
final class PageStrings {
  private final ResourceBundle bundle;

  private PageStrings(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  static PageStrings of(Locale wanted) {
    return new PageStrings(
        ResourceBundle.getBundle(
            "i18n.deeplinking",
            wanted == null ? Locale.ENGLISH : wanted,
            PageStrings.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /** The language actually served, for {@code <html lang>}. */
  String lang() {
    String tag = bundle.getLocale().toLanguageTag();
    return tag.isEmpty() || "und".equals(tag) ? "en" : tag;
  }

  /** The text for a key with {0}, {1}, ... replaced; the key itself if the bundle lacks it. */
  String get(String key, Object... values) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    for (int i = 0; i < values.length; i++) {
      pattern = pattern.replace("{" + i + "}", String.valueOf(values[i]));
    }
    return pattern;
  }
}
