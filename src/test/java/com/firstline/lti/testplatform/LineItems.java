package com.firstline.lti.testplatform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The test platform's line items per context, and the JSON it answers with. */
final class LineItems {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final AtomicLong ids = new AtomicLong(100);
  private final List<Item> items = new CopyOnWriteArrayList<>();

  private record Item(long id, String context, String resourceId, String label, int maximum) {}

  long create(String context, String resourceId, String label, int maximum) {
    long id = ids.incrementAndGet();
    items.add(new Item(id, context, resourceId, label, maximum));
    return id;
  }

  String createFromJson(String context, String body, String containerUrl) {
    JsonNode item = JSON.readTree(body);
    long id =
        create(
            context,
            item.path("resourceId").asString(""),
            item.path("label").asString(""),
            item.path("scoreMaximum").asInt());
    return JSON.writeValueAsString(view(find(id), containerUrl));
  }

  List<Map<String, Object>> of(String context, String resourceId, String containerUrl) {
    List<Map<String, Object>> found = new ArrayList<>();
    for (Item item : items) {
      if (item.context().equals(context)
          && (resourceId == null || resourceId.equals(item.resourceId()))) {
        found.add(view(item, containerUrl));
      }
    }
    return found;
  }

  private Item find(long id) {
    return items.stream().filter(i -> i.id() == id).findFirst().orElseThrow();
  }

  private static Map<String, Object> view(Item item, String containerUrl) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", containerUrl + "/" + item.id());
    view.put("resourceId", item.resourceId());
    view.put("label", item.label());
    view.put("scoreMaximum", item.maximum());
    return view;
  }

  static String toJson(Object value) {
    return JSON.writeValueAsString(value);
  }

  static String membersJson(String context, List<Map<String, Object>> members) {
    Map<String, Object> container = new LinkedHashMap<>();
    container.put("id", "membership-" + context);
    container.put("context", Map.of("id", context));
    container.put("members", members);
    return JSON.writeValueAsString(container);
  }
}
