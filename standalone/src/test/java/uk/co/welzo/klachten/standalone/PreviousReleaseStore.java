package uk.co.welzo.klachten.standalone;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The event store release 848459d wrote ({@code released/848459d/}): its rows, as that release stored them (personal
 * data in clear, chain version 1), written into a fresh event store in a data directory.
 */
final class PreviousReleaseStore {

    private static final String RELEASE = "/released/848459d/events.csv";

    private PreviousReleaseStore() {
    }

    /** Writes the previous release's rows into a fresh event store in {@code dataDir}; answers how many. */
    static int load(Path dataDir) throws Exception {
        Path csv = dataDir.resolve("previous-release-events.csv");
        try (InputStream in = PreviousReleaseStore.class.getResourceAsStream(RELEASE)) {
            Files.copy(in, csv);
        }
        String schema;
        try (InputStream in = PreviousReleaseStore.class.getResourceAsStream("/event-store-schema.sql")) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection store = open(dataDir);
             Statement sql = store.createStatement()) {
            for (String statement : schema.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    sql.execute(statement);
                }
            }
            int rows = sql.executeUpdate("""
                    INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, sequenceNumber, type,
                        eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp)
                    SELECT CAST(GLOBALINDEX AS BIGINT), AGGREGATEIDENTIFIER, CAST(SEQUENCENUMBER AS BIGINT), TYPE,
                        EVENTIDENTIFIER, STRINGTOUTF8(METADATA), STRINGTOUTF8(PAYLOAD), PAYLOADREVISION, PAYLOADTYPE,
                        TIMESTAMP
                    FROM CSVREAD('%s', NULL, 'charset=UTF-8 fieldSeparator=,')""".formatted(csv));
            // explicit indexes do not move the identity on: the next event the service appends follows the old ones
            sql.execute("ALTER TABLE DomainEventEntry ALTER COLUMN globalIndex RESTART WITH " + (rows + 1));
            return rows;
        }
    }

    /** A connection to the event store in {@code dataDir}, for a test to read what is stored while no service runs. */
    static Connection open(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("events").toAbsolutePath(), "sa", "");
    }
}
