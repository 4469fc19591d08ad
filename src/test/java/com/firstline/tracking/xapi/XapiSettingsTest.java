package com.firstline.tracking.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class XapiSettingsTest {
  private static XapiSettings settings(String endpoint, String activityBase, String toolUrl) {
    XapiSettings settings = new XapiSettings();
    settings.endpoint = Optional.ofNullable(endpoint);
    settings.activityBase = Optional.ofNullable(activityBase);
    settings.toolUrl = Optional.ofNullable(toolUrl);
    settings.username = Optional.empty();
    settings.password = Optional.empty();
    return settings;
  }

  @Test
  void anEndpointWithoutFirstlinesPublicAddressLeavesXapiOff() {
    assertFalse(settings("https://lrs.example/xapi/", null, null).enabled());
    assertFalse(settings("https://lrs.example/xapi/", " ", null).enabled());
  }

  @Test
  void theToolUrlNamesTheActivitiesUnlessAnActivityBaseIsSet() {
    XapiSettings fromTool =
        settings("https://lrs.example/xapi/", null, "https://firstline.example/");
    assertTrue(fromTool.enabled());
    assertEquals("https://firstline.example", fromTool.activityBase().orElseThrow());
    XapiSettings own =
        settings(
            "https://lrs.example/xapi/", "https://learning.example", "https://firstline.example");
    assertEquals("https://learning.example", own.activityBase().orElseThrow());
  }

  @Test
  void noEndpointNoXapiWhateverTheAddress() {
    assertFalse(settings(null, "https://learning.example", null).enabled());
  }
}
