package com.firstline.player.entity;

import com.firstline.scenario.model.Variables;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The variables of an attempt as the JSON text stored with it. */
final class VariablesJson {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private VariablesJson() {}

  static String write(Variables variables) {
    return JSON.writeValueAsString(variables.values());
  }

  static Variables read(String json) {
    Map<String, Object> values = JSON.readValue(json, MAP);
    return Variables.of(values);
  }
}
