import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts the Neo4j 5.26 community engine with its Bolt connector, for development and tests.
 *
 * Maven Central has no Neo4j server tarball, so this launcher stands in for `neo4j console`:
 * it runs until it receives SIGTERM, when the shutdown hook closes the store cleanly.
 *
 * Arguments: HOME_DIR BOLT_PORT. The password comes from the environment variable
 * CLAIMGRAPH_NEO4J_PASSWORD so that it never shows in `ps`.
 */
public final class EmbeddedNeo4j {
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedNeo4j HOME_DIR BOLT_PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = System.getenv("CLAIMGRAPH_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("CLAIMGRAPH_NEO4J_PASSWORD must be set to at least 8 characters");
            System.exit(2);
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                // Loopback only: this database is for one developer's machine or a CI run.
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        setPassword(dbms, password);
        System.out.println("claimgraph-embedded-neo4j ready on bolt://127.0.0.1:" + port);
    }

    /** The built-in user starts with a must-change password; make ours its only password. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Re-setting the current password is refused; that is the normal case on a restart.
            if (!String.valueOf(e.getMessage()).contains("same")) {
                throw e;
            }
        }
    }
}
