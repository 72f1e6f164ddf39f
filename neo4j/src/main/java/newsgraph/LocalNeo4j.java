package newsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, on loopback, for local
 * development and tests. The Node side (src/local-neo4j/) spawns it and reads stdout.
 *
 * <pre>
 * java -jar newsgraph-neo4j.jar --data DIR --port N [--pagecache SIZE] [--stop-on-stdin-eof]
 * </pre>
 *
 * Stdout contract: exactly {@code NEO4J_READY bolt://127.0.0.1:N} once the default
 * database is available and Bolt accepts connections, then {@code NEO4J_STOPPED} after a
 * clean shutdown. Nothing else: System.out is pointed at stderr so that no library can
 * break the protocol. Exit codes: 2 bad argument, 1 failed to start.
 */
public final class LocalNeo4j {
    private static final String HOST = "127.0.0.1";
    private static final Duration DATABASE_WAIT = Duration.ofMinutes(3);

    // Held while the DBMS is being built so a shutdown hook that fires mid-start waits
    // for a service it can shut down instead of leaving a half-started store behind.
    private static final Object LIFECYCLE = new Object();
    private static DatabaseManagementService service;
    private static volatile boolean stopping;

    private record Options(Path data, int port, long pageCacheBytes, boolean stopOnStdinEof) {}

    private static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        PrintStream protocol = System.out;
        System.setOut(System.err);

        Options options;
        try {
            options = parse(args);
        } catch (UsageError e) {
            System.err.println("newsgraph-neo4j: " + e.getMessage()
                    + " (usage: --data DIR --port N [--pagecache SIZE] [--stop-on-stdin-eof])");
            System.exit(2);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(protocol), "newsgraph-neo4j-shutdown"));
        if (options.stopOnStdinEof()) {
            watchStdin();
        }

        try {
            Files.createDirectories(options.data());
            DatabaseManagementService started;
            synchronized (LIFECYCLE) {
                if (stopping) {
                    return;
                }
                service = build(options);
                started = service;
            }
            GraphDatabaseService db = started.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(DATABASE_WAIT.toMillis())) {
                throw new IllegalStateException("database 'neo4j' not available after " + DATABASE_WAIT);
            }
            awaitBolt(options.port());
        } catch (Throwable t) {
            if (stopping) {
                return; // a signal arrived during start; the shutdown hook owns the exit
            }
            // The summary goes last: the launcher reports the tail of stderr.
            t.printStackTrace(System.err);
            System.err.println("newsgraph-neo4j: failed to start: " + rootCause(t));
            System.exit(1);
            return;
        }
        protocol.println("NEO4J_READY bolt://" + HOST + ":" + options.port());
        protocol.flush();
        // main returns; Neo4j's non-daemon threads keep the JVM alive until a signal or stdin EOF.
    }

    private static DatabaseManagementService build(Options o) {
        SocketAddress bolt = new SocketAddress(HOST, o.port());
        return new DatabaseManagementServiceBuilder(o.data())
                // Errors worth a human's attention go to stderr; the full debug.log stays under <data>/logs.
                .setUserLogProvider(new Log4jLogProvider(System.err, Level.WARN))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Loopback only, so no credentials; drivers may send any basic auth or none.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, o.pageCacheBytes())
                // Keep throwaway test stores small: no 256 MiB preallocated tx logs, one kept file.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty waits a 5 s quiet period per Bolt event loop group on shutdown (~10 s in
                // all); nothing is in flight by then, so a stop need not wait for it.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
    }

    /** The Bolt server binds during build(); this only proves it from the client side. */
    private static void awaitBolt(int port) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("Bolt did not accept connections on " + HOST + ":" + port, e);
                }
                Thread.sleep(100);
            }
        }
    }

    /** EOF on stdin means the parent is gone (even after SIGKILL): exit through the shutdown hook. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try (InputStream in = System.in) {
                while (in.read(buffer) != -1) {
                    // input is ignored; only its end matters
                }
            } catch (IOException ignored) {
                // a broken stdin is as good as EOF
            }
            System.err.println("newsgraph-neo4j: stdin closed, shutting down");
            System.exit(0);
        }, "newsgraph-neo4j-stdin");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void shutdown(PrintStream protocol) {
        stopping = true;
        synchronized (LIFECYCLE) {
            if (service == null) {
                return; // never started (or failed to): nothing to stop, nothing to announce
            }
            try {
                service.shutdown();
            } catch (Throwable t) {
                System.err.println("newsgraph-neo4j: shutdown failed: " + t);
            }
            service = null;
        }
        protocol.println("NEO4J_STOPPED");
        protocol.flush();
    }

    private static String rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == t ? t.toString() : t.getMessage() + " (cause: " + root.getMessage() + ")";
    }

    private static Options parse(String[] args) throws UsageError {
        Path data = null;
        Integer port = null;
        String pageCache = "512m";
        boolean stopOnStdinEof = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--data" -> data = Path.of(value(args, ++i, arg)).toAbsolutePath();
                case "--port" -> port = port(value(args, ++i, arg));
                case "--pagecache" -> pageCache = value(args, ++i, arg);
                case "--stop-on-stdin-eof" -> stopOnStdinEof = true;
                default -> throw new UsageError("unknown argument " + arg);
            }
        }
        if (data == null) {
            throw new UsageError("missing required argument --data");
        }
        if (port == null) {
            throw new UsageError("missing required argument --port");
        }
        long pageCacheBytes;
        try {
            pageCacheBytes = SettingValueParsers.BYTES.parse(pageCache);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--pagecache expects a size like 512m or 2g, got '" + pageCache + "'");
        }
        if (pageCacheBytes <= 0) {
            throw new UsageError("--pagecache expects a positive size, got '" + pageCache + "'");
        }
        return new Options(data, port, pageCacheBytes, stopOnStdinEof);
    }

    private static String value(String[] args, int i, String name) throws UsageError {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageError(name + " needs a value");
        }
        return args[i];
    }

    private static int port(String text) throws UsageError {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw new UsageError("--port expects an integer 1-65535, got '" + text + "'");
    }
}
