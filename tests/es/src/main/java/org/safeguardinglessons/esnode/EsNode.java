package org.safeguardinglessons.esnode;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Test support: runs N real search server nodes in this JVM, on loopback.
 *
 * <p>Each node has its own data folder, HTTP port (http base + i) and
 * transport port (transport base + i); with N > 1 they discover each other
 * on loopback and form one cluster. The modules a production server loads
 * for this project (HTTP/transport over Netty, common analysis: pattern
 * tokenizer, lowercase, ASCII folding, length, Snowball; delete by query)
 * are loaded from the class path.
 *
 * <p>Control: a file named {@code stop-K} created in the control folder
 * stops node K (the others keep serving); SIGTERM stops every node.
 *
 * <p>Arguments: {@code --nodes N --http-port P --transport-port T
 * --cluster-name NAME --dir DIR}. Prints {@code READY http=P1,P2,...} once
 * every node has started.
 */
public final class EsNode {

    private static final Collection<Class<? extends Plugin>> MODULES =
            List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class);

    /** A Node built from class-path plugins instead of a plugins folder. */
    static final class ClasspathNode extends Node {
        ClasspathNode(Environment environment) {
            super(environment, MODULES, true);
        }
    }

    private EsNode() {}

    public static void main(String[] args) throws Exception {
        int nodes = 1;
        int httpPort = 9250;
        int transportPort = 9350;
        String clusterName = "lessons-test";
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--nodes" -> nodes = Integer.parseInt(require(args[i], value));
                case "--http-port" -> httpPort = Integer.parseInt(require(args[i], value));
                case "--transport-port" -> transportPort = Integer.parseInt(require(args[i], value));
                case "--cluster-name" -> clusterName = require(args[i], value);
                case "--dir" -> dir = Paths.get(require(args[i], value));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            i++;
        }
        if (nodes < 1) {
            throw new IllegalArgumentException("--nodes must be at least 1");
        }
        boolean ownDir = dir == null;
        if (ownDir) {
            dir = Files.createTempDirectory("lessons-es-");
        }
        Path control = dir.resolve("control");
        Files.createDirectories(control);

        List<Node> running = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        final Path root = dir;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeAll(running);
            if (ownDir) {
                deleteTree(root);
            }
            System.out.println("STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "shutdown"));

        StringJoiner seeds = new StringJoiner(",");
        StringJoiner names = new StringJoiner(",");
        for (int i = 0; i < nodes; i++) {
            seeds.add("127.0.0.1:" + (transportPort + i));
            names.add("node-" + i);
        }
        StringJoiner ready = new StringJoiner(",");
        for (int i = 0; i < nodes; i++) {
            Path home = dir.resolve("node-" + i);
            Files.createDirectories(home.resolve("config"));
            Settings.Builder settings = Settings.builder()
                    .put("cluster.name", clusterName)
                    .put("node.name", "node-" + i)
                    .put("path.home", home.toString())
                    .put("path.data", home.resolve("data").toString())
                    .put("path.logs", home.resolve("logs").toString())
                    .put("network.host", "127.0.0.1")
                    .put("http.port", httpPort + i)
                    .put("transport.port", transportPort + i)
                    // Test machines often have full-ish disks; never refuse shards for that.
                    .put("cluster.routing.allocation.disk.threshold_enabled", false);
            if (nodes == 1) {
                settings.put("discovery.type", "single-node");
            } else {
                settings.putList("discovery.seed_hosts", seeds.toString().split(","));
                settings.putList("cluster.initial_cluster_manager_nodes", names.toString().split(","));
            }
            Environment environment = InternalSettingsPreparer.prepareEnvironment(
                    settings.build(), java.util.Map.of(), home.resolve("config"), () -> null);
            Node node = new ClasspathNode(environment);
            synchronized (running) {
                running.add(node);
            }
            ready.add(Integer.toString(httpPort + i));
        }
        // Start the nodes together: a node's start waits until a cluster
        // forms, which takes a majority of the nodes to be up.
        List<Thread> starters = new ArrayList<>();
        List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (Node node : running) {
            Thread starter = new Thread(() -> {
                try {
                    node.start();
                } catch (Exception e) {
                    failures.add(e);
                }
            }, "start-" + node.settings().get("node.name"));
            starter.start();
            starters.add(starter);
        }
        for (Thread starter : starters) {
            starter.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        System.out.println("READY http=" + ready);
        System.out.flush();

        // Watch the control folder until SIGTERM: stop-K stops node K.
        while (!stopped.await(200, TimeUnit.MILLISECONDS)) {
            try (DirectoryStream<Path> requests = Files.newDirectoryStream(control, "stop-*")) {
                for (Path request : requests) {
                    int index = Integer.parseInt(request.getFileName().toString().substring(5));
                    Node node;
                    synchronized (running) {
                        node = index < running.size() ? running.get(index) : null;
                    }
                    if (node != null) {
                        node.close();
                        node.awaitClose(30, TimeUnit.SECONDS);
                        System.out.println("STOPPED node-" + index);
                        System.out.flush();
                    }
                    Files.deleteIfExists(request);
                }
            } catch (IOException | NumberFormatException | InterruptedException e) {
                System.out.println("control: " + e);
            }
        }
    }

    private static String require(String flag, String value) {
        if (value == null) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return value;
    }

    private static void closeAll(List<Node> running) {
        synchronized (running) {
            for (Node node : running) {
                try {
                    node.close();
                    node.awaitClose(30, TimeUnit.SECONDS);
                } catch (IOException | InterruptedException e) {
                    System.out.println("closing a node: " + e);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.out.println("cleaning " + root + ": " + e);
        }
    }
}
