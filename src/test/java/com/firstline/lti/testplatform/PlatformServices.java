package com.firstline.lti.testplatform;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LTI Advantage services of a test platform, on a free localhost port of their own: a token
 * endpoint (see {@link TokenEndpoint}), AGS line items and scores per context, and a paged NRPS
 * membership per context. Everything received is kept for the test to inspect, and the next answers
 * of the score, token and membership endpoints can be scripted to fail ({@link Reply}).
 */
public final class PlatformServices implements AutoCloseable {
  private static final Pattern LINE_ITEMS = Pattern.compile("/ags/([^/]+)/lineitems");
  private static final Pattern SCORES = Pattern.compile("/ags/([^/]+)/lineitems/(\\d+)/scores");
  private static final Pattern MEMBERS = Pattern.compile("/nrps/([^/]+)/memberships");
  private static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final TokenEndpoint tokens;
  private final LineItems lineItems = new LineItems();
  private final Deque<Reply> scoreReplies = new ConcurrentLinkedDeque<>();
  private final Deque<Reply> tokenReplies = new ConcurrentLinkedDeque<>();
  private final List<ReceivedScore> scores = new CopyOnWriteArrayList<>();
  private final List<Instant> scoreRequests = new CopyOnWriteArrayList<>();
  private final Map<String, List<Map<String, Object>>> members = new ConcurrentHashMap<>();
  private volatile int pageSize = 2;
  private volatile int lineItemPageSize = 1000;
  private volatile boolean lineItemFilter = true;
  private volatile Duration scoreDelay = Duration.ZERO;

  /** A score the platform accepted, with the token it came with. */
  public record ReceivedScore(
      String context, long lineItem, String query, String json, String token) {}

  private PlatformServices(String toolJwksUrl, String clientId) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    tokens = new TokenEndpoint(toolJwksUrl, clientId, base() + "/token");
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Services that trust client assertions signed by the keys at {@code toolJwksUrl}. */
  public static PlatformServices start(String toolJwksUrl, String clientId) {
    return new PlatformServices(toolJwksUrl, clientId);
  }

  public String base() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  public String tokenUrl() {
    return base() + "/token";
  }

  public String lineItemsUrl(String context) {
    return base() + "/ags/" + context + "/lineitems";
  }

  /** A line item made in advance, as a platform does for a link it created with a grade. */
  public String createLineItem(String context, String resourceId, String label, int maximum) {
    long id = lineItems.create(context, resourceId, label, maximum);
    return lineItemsUrl(context) + "/" + id;
  }

  public List<Map<String, Object>> lineItems(String context) {
    return lineItems.of(context, null, lineItemsUrl(context));
  }

  public String membershipsUrl(String context) {
    return base() + "/nrps/" + context + "/memberships";
  }

  public void setMembers(String context, List<Map<String, Object>> list) {
    members.put(context, List.copyOf(list));
  }

  public void pageSize(int size) {
    pageSize = size;
  }

  /**
   * Line item lists come in pages of this size (Link rel="next"); with {@code filter} false the
   * resource_id query is ignored and every column of the course is listed, as some platforms do.
   */
  public void lineItemPages(int size, boolean filter) {
    lineItemPageSize = size;
    lineItemFilter = filter;
  }

  /** Every score request waits this long before it is handled: a slow platform. */
  public void delayScores(Duration delay) {
    scoreDelay = delay;
  }

  /** The token endpoint wants this audience from now on (a Brightspace-like platform). */
  public void expectAudience(String audience) {
    tokens.expectAudience(audience);
  }

  /** The next score requests are answered with these, in order, before normal service resumes. */
  public void nextScoreReplies(Reply... replies) {
    scoreReplies.addAll(List.of(replies));
  }

  public void nextTokenReplies(Reply... replies) {
    tokenReplies.addAll(List.of(replies));
  }

  public List<ReceivedScore> scores(String context) {
    return scores.stream().filter(s -> s.context().equals(context)).toList();
  }

  /** When each score request arrived, accepted or not. */
  public List<Instant> scoreRequestTimes() {
    return new ArrayList<>(scoreRequests);
  }

  public int tokensIssued() {
    return tokens.issuedCount();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Matcher m;
      if (path.equals("/token") && method.equals("POST")) {
        Reply scripted = tokenReplies.poll();
        send(exchange, scripted != null ? scripted : tokens.answer(body));
      } else if ((m = SCORES.matcher(path)).matches() && method.equals("POST")) {
        send(exchange, score(exchange, m.group(1), Long.parseLong(m.group(2)), body));
      } else if ((m = LINE_ITEMS.matcher(path)).matches()) {
        send(exchange, lineItemsCall(exchange, m.group(1), method, body));
      } else if ((m = MEMBERS.matcher(path)).matches() && method.equals("GET")) {
        membership(exchange, m.group(1));
      } else {
        send(exchange, Reply.status(404));
      }
    }
  }

  private Reply score(HttpExchange exchange, String context, long lineItem, String body) {
    scoreRequests.add(Instant.now());
    pause(scoreDelay);
    String token = bearer(exchange);
    Set<String> scopes = tokens.scopesOf(token);
    if (scopes == null || !scopes.contains("https://purl.imsglobal.org/spec/lti-ags/scope/score")) {
      return Reply.status(401);
    }
    Reply scripted = scoreReplies.poll();
    if (scripted != null) {
      return scripted;
    }
    if (!SCORE_TYPE.equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
      return Reply.status(415);
    }
    scores.add(
        new ReceivedScore(context, lineItem, exchange.getRequestURI().getRawQuery(), body, token));
    return Reply.status(204, "");
  }

  private Reply lineItemsCall(HttpExchange exchange, String context, String method, String body) {
    Set<String> scopes = tokens.scopesOf(bearer(exchange));
    if (scopes == null
        || !scopes.contains("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem")) {
      return Reply.status(401);
    }
    if (method.equals("POST")) {
      return Reply.status(201, lineItems.createFromJson(context, body, lineItemsUrl(context)));
    }
    String query = exchange.getRequestURI().getQuery();
    Map<String, String> params = query == null ? Map.of() : TokenEndpoint.parse(query);
    String resourceId = lineItemFilter ? params.get("resource_id") : null;
    List<Map<String, Object>> all = lineItems.of(context, resourceId, lineItemsUrl(context));
    int page = Integer.parseInt(params.getOrDefault("page", "0"));
    int from = Math.min(page * lineItemPageSize, all.size());
    int to = Math.min(from + lineItemPageSize, all.size());
    if (to < all.size()) {
      exchange
          .getResponseHeaders()
          .add("Link", "<" + lineItemsUrl(context) + "?page=" + (page + 1) + ">; rel=\"next\"");
    }
    return Reply.status(200, LineItems.toJson(all.subList(from, to)));
  }

  private void membership(HttpExchange exchange, String context) throws IOException {
    Set<String> scopes = tokens.scopesOf(bearer(exchange));
    if (scopes == null
        || !scopes.contains(
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly")) {
      send(exchange, Reply.status(401));
      return;
    }
    String query = exchange.getRequestURI().getQuery();
    int page =
        query == null ? 0 : Integer.parseInt(TokenEndpoint.parse(query).getOrDefault("page", "0"));
    List<Map<String, Object>> all = members.getOrDefault(context, List.of());
    int from = Math.min(page * pageSize, all.size());
    int to = Math.min(from + pageSize, all.size());
    if (to < all.size()) {
      exchange
          .getResponseHeaders()
          .add("Link", "<" + membershipsUrl(context) + "?page=" + (page + 1) + ">; rel=\"next\"");
    }
    exchange
        .getResponseHeaders()
        .add("Content-Type", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
    send(exchange, Reply.status(200, LineItems.membersJson(context, all.subList(from, to))));
  }

  private static String bearer(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    return header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
  }

  private static void pause(Duration howLong) {
    if (!howLong.isZero()) {
      try {
        Thread.sleep(howLong.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    pause(reply.silence());
    if (!reply.perByte().isZero()) {
      trickle(exchange, reply);
      return;
    }
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    if (!exchange.getResponseHeaders().containsKey("Content-Type") && bytes.length > 0) {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
    }
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** Headers at once, then the body a byte at a time, until done or the caller hangs up. */
  private static void trickle(HttpExchange exchange, Reply reply) {
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    try {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      OutputStream out = exchange.getResponseBody();
      for (byte b : bytes) {
        out.write(b);
        out.flush();
        pause(reply.perByte());
      }
      out.close();
    } catch (IOException hungUp) {
      // The caller gave up waiting, which is what a trickling answer is for.
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
