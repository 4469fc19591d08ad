package com.firstline.testing;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Another node of the integration-test server, started by a test: a copy of the server that Maven
 * built and started (its application, driver, server.xml and settings), on ports of its own and
 * with whatever settings the test changes, run as its own process. A test may also give it another
 * server.xml, none of the test server's settings, and an environment ({@link #named}). Close it to
 * stop it; {@link #kill()} ends it the way a crash would. A JVM shutdown hook stops it too, so a
 * failing test run leaves no server behind.
 */
public final class LibertyNode implements AutoCloseable {
  private static final Set<String> NOT_COPIED = Set.of("logs", "workarea", "tranlog");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final String name;
  private final Path userDir;
  private final Path serverDir;
  private final int httpPort;
  private final Map<String, String> environment;
  private final Process process;
  private final Thread stopOnExit;

  /** Runs the server already laid out under {@code userDir}. */
  private LibertyNode(String name, Path userDir, int httpPort, Map<String, String> environment)
      throws IOException {
    this.name = name;
    this.userDir = userDir;
    this.serverDir = userDir.resolve("servers").resolve(name);
    this.httpPort = httpPort;
    this.environment = Map.copyOf(environment);
    ProcessBuilder builder =
        new ProcessBuilder(wlpHome().resolve("bin/server").toString(), "run", name)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(userDir.resolve("console.log").toFile()));
    builder.environment().put("WLP_USER_DIR", userDir.toString());
    builder.environment().putAll(environment);
    process = builder.start();
    stopOnExit = new Thread(this::killProcessTree, "stop node " + name);
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  private static Path wlpHome() {
    return Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp")).toAbsolutePath();
  }

  /**
   * Lays out a new server directory for {@code launch}: a copy of the integration-test server with
   * the launch's server.xml and settings, on free ports. Answers the HTTP port.
   */
  private static int layOut(Launch launch, Path userDir) throws IOException {
    Path original = wlpHome().resolve("usr/servers/firstline");
    Path serverDir = userDir.resolve("servers").resolve(launch.name);
    deleteTree(userDir);
    copyServer(original, serverDir);
    if (launch.serverXml != null) {
      Files.copy(launch.serverXml, serverDir.resolve("server.xml"), REPLACE_EXISTING);
    }
    int httpPort = freePort();
    Properties bootstrap = new Properties();
    if (launch.testServerSettings) {
      try (InputStream in = Files.newInputStream(original.resolve("bootstrap.properties"))) {
        bootstrap.load(in);
      }
    }
    bootstrap.setProperty("http.port", Integer.toString(httpPort));
    bootstrap.setProperty("https.port", Integer.toString(freePort()));
    launch.settings.forEach(bootstrap::setProperty);
    try (OutputStream out = Files.newOutputStream(serverDir.resolve("bootstrap.properties"))) {
      bootstrap.store(out, "Node " + launch.name + " of the integration tests");
    }
    return httpPort;
  }

  /**
   * Stops this node and starts its server again with {@code more} added to its environment, as an
   * operator restarts a server after changing its settings: the same directory (its workarea
   * included), ports and configuration. The log of the first run is kept beside the new one
   * (logs-before-restart). Returns the new node at once, before it is ready.
   */
  public LibertyNode restartWith(Map<String, String> more) {
    close();
    Map<String, String> changed = new LinkedHashMap<>(environment);
    changed.putAll(more);
    try {
      Path logs = serverDir.resolve("logs");
      if (Files.exists(logs)) {
        Path kept = serverDir.resolve("logs-before-restart");
        deleteTree(kept);
        Files.move(logs, kept);
      }
      return new LibertyNode(name, userDir, httpPort, changed);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not restart node " + name, e);
    }
  }

  /**
   * Starts a node with the integration-test server's settings, changed by {@code settings}
   * (bootstrap properties such as {@code db.port}), and waits until it reports ready.
   */
  public static LibertyNode start(String name, Map<String, String> settings) {
    return named(name).settings(settings).start();
  }

  /** A node to describe further before it starts: another server.xml, settings, environment. */
  public static Launch named(String name) {
    return new Launch(name);
  }

  /**
   * How a node differs from the integration-test server. By default it is a copy of that server
   * with all of its settings; each call changes one thing.
   */
  public static final class Launch {
    private final String name;
    private Path serverXml;
    private boolean testServerSettings = true;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();

    private Launch(String name) {
      this.name = name;
    }

    /** Runs the node with this file as its server.xml instead of the build's. */
    public Launch serverXml(Path file) {
      this.serverXml = file.toAbsolutePath();
      return this;
    }

    /**
     * Leaves out every bootstrap property of the integration-test server (development mode, its
     * session secret, ...): the node then has only its ports and what this launch sets, as an
     * installed server configured by its environment has.
     */
    public Launch withoutTestServerSettings() {
      this.testServerSettings = false;
      return this;
    }

    /** Bootstrap properties, set over the test server's. */
    public Launch settings(Map<String, String> more) {
      settings.putAll(more);
      return this;
    }

    /** Environment variables of the server's process, as a container would be given them. */
    public Launch environment(Map<String, String> more) {
      environment.putAll(more);
      return this;
    }

    /** Starts the node and waits until it reports ready. */
    public LibertyNode start() {
      LibertyNode node = begin();
      try {
        node.awaitReady(Duration.ofMinutes(3));
      } catch (RuntimeException | Error e) {
        node.close();
        throw e;
      }
      return node;
    }

    /** Starts the node and returns at once, for a test that watches the start itself. */
    public LibertyNode begin() {
      Path userDir = Path.of("target", "it-nodes", name).toAbsolutePath();
      try {
        return new LibertyNode(name, userDir, layOut(this, userDir), environment);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start node " + name, e);
      }
    }
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

  /** The lines of the node's messages.log so far; none before Liberty has opened it. */
  public List<String> messages() {
    Path messages = serverDir.resolve("logs/messages.log");
    try {
      return Files.exists(messages)
          ? Files.readAllLines(messages, StandardCharsets.UTF_8)
          : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until a line of messages.log contains one of {@code texts} and returns that line; fails
   * early if the process ended.
   */
  public String awaitMessage(Duration patience, String... texts) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      boolean alive = process.isAlive();
      for (String line : messages()) {
        for (String text : texts) {
          if (line.contains(text)) {
            return line;
          }
        }
      }
      if (!alive) {
        throw new IllegalStateException(
            "Node "
                + name
                + " stopped before logging any of "
                + List.of(texts)
                + ":\n"
                + tailOfLog());
      }
      sleep(Duration.ofMillis(250));
    }
    throw new IllegalStateException(
        "Node " + name + " never logged any of " + List.of(texts) + ":\n" + tailOfLog());
  }

  /** The end of the node's console and messages log, for a failure message. */
  public String tailOfLog() {
    Path messages = serverDir.resolve("logs/messages.log");
    Path console = userDir.resolve("console.log");
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
