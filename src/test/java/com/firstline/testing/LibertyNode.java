package com.firstline.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Another node of the integration-test server, started by a test: a copy of the server that Maven
 * built and started (its application, driver, server.xml and settings), on ports of its own and
 * with whatever settings the test changes, run as its own process. Close it to stop it; {@link
 * #kill()} ends it the way a crash would. A JVM shutdown hook stops it too, so a failing test run
 * leaves no server behind.
 */
public final class LibertyNode implements AutoCloseable {
  private static final Set<String> NOT_COPIED = Set.of("logs", "workarea", "tranlog");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final String name;
  private final Path serverDir;
  private final int httpPort;
  private final Process process;
  private final Thread stopOnExit;

  private LibertyNode(String name, Map<String, String> settings) throws IOException {
    this.name = name;
    Path wlp = Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp")).toAbsolutePath();
    Path original = wlp.resolve("usr/servers/firstline");
    Path userDir = Path.of("target", "it-nodes", name).toAbsolutePath();
    serverDir = userDir.resolve("servers").resolve(name);
    deleteTree(userDir);
    copyServer(original, serverDir);

    httpPort = freePort();
    Properties bootstrap = new Properties();
    try (InputStream in = Files.newInputStream(original.resolve("bootstrap.properties"))) {
      bootstrap.load(in);
    }
    bootstrap.setProperty("http.port", Integer.toString(httpPort));
    bootstrap.setProperty("https.port", Integer.toString(freePort()));
    settings.forEach(bootstrap::setProperty);
    try (OutputStream out = Files.newOutputStream(serverDir.resolve("bootstrap.properties"))) {
      bootstrap.store(out, "Node " + name + " of the integration tests");
    }

    ProcessBuilder builder =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
            .redirectErrorStream(true)
            .redirectOutput(userDir.resolve("console.log").toFile());
    builder.environment().put("WLP_USER_DIR", userDir.toString());
    process = builder.start();
    stopOnExit = new Thread(this::killProcessTree, "stop node " + name);
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  /**
   * Starts a node with the integration-test server's settings, changed by {@code settings}
   * (bootstrap properties such as {@code db.port}), and waits until it reports ready.
   */
  public static LibertyNode start(String name, Map<String, String> settings) {
    LibertyNode node;
    try {
      node = new LibertyNode(name, settings);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start node " + name, e);
    }
    try {
      node.awaitReady(Duration.ofSeconds(180));
    } catch (RuntimeException | Error e) {
      node.close();
      throw e;
    }
    return node;
  }

  public String baseUrl() {
    return "http://localhost:" + httpPort;
  }

  public URI uri(String path) {
    return URI.create(baseUrl() + path);
  }

  public String name() {
    return name;
  }

  /** Sends a request; a node that is down answers with an {@link UncheckedIOException}. */
  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build());
  }

  /** Waits until {@code /health/ready} answers 200; fails early if the process ended. */
  public void awaitReady(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Node " + name + " stopped while starting:\n" + tailOfLog());
      }
      try {
        HttpResponse<String> ready = get("/health/ready");
        last = ready.statusCode() + " " + ready.body();
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (UncheckedIOException e) {
        last = e.getCause().toString();
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(
        "Node " + name + " never became ready: " + last + "\n" + tailOfLog());
  }

  /** Ends the node at once, as {@code kill -9} does: no shutdown, nothing flushed. */
  public void kill() {
    killProcessTree();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void killProcessTree() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  /** The end of the node's console and messages log, for a failure message. */
  public String tailOfLog() {
    Path messages = serverDir.resolve("logs/messages.log");
    Path console = serverDir.getParent().getParent().resolve("console.log");
    Path log = Files.exists(messages) ? messages : console;
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  /** Stops the node as an operator would (SIGTERM), or forcibly if it does not end in time. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          killProcessTree();
          process.waitFor(30, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        killProcessTree();
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to: it does the same.
    }
  }

  private static void copyServer(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path relative = from.relativize(source);
        if (relative.getNameCount() > 0 && NOT_COPIED.contains(relative.getName(0).toString())) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** A port free now on this machine. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void sleep(Duration howLong) {
    try {
      Thread.sleep(howLong.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
