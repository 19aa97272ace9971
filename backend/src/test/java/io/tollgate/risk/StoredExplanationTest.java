package io.tollgate.risk;

import io.tollgate.testsupport.Database;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stored explanation's format is the database's COMPRESS(): each side reads what the other wrote. */
class StoredExplanationTest {

    private static final String JSON = "{\"factors\":[" + "{\"name\":\"inherentImpact\",\"value\":54.362,\"riskPoints\":54.362},".repeat(60)
            + "{\"name\":\"café ünïcode ✓\",\"value\":0.0,\"riskPoints\":0.0}]}";

    @Test
    void whatIsPackedUnpacksToTheSameBytesAndIsMuchSmaller() {
        byte[] json = JSON.getBytes(StandardCharsets.UTF_8);
        byte[] packed = StoredExplanation.pack(json);

        assertThat(StoredExplanation.unpack(packed)).isEqualTo(json);
        assertThat(packed.length).isLessThan(json.length / 5);
        assertThat(StoredExplanation.unpack(StoredExplanation.pack(new byte[0]))).isEmpty();
    }

    @Test
    void theDatabaseUncompressesWhatThisPacks() throws SQLException {
        byte[] packed = StoredExplanation.pack(JSON.getBytes(StandardCharsets.UTF_8));

        assertThat(Database.column("SELECT CONVERT(UNCOMPRESS(?) USING utf8mb4)", (Object) packed)).isEqualTo(JSON);
        assertThat(Database.column("SELECT UNCOMPRESSED_LENGTH(?)", (Object) packed))
                .isEqualTo(String.valueOf(JSON.getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void thisUnpacksWhatTheDatabaseCompressed() throws SQLException {
        byte[] compressed = (byte[]) Database.rows("SELECT COMPRESS(?) AS packed", JSON).get(0).get("packed");

        assertThat(new String(StoredExplanation.unpack(compressed), StandardCharsets.UTF_8)).isEqualTo(JSON);
    }

    @Test
    void aDamagedValueIsRefusedRatherThanReadAsSomethingElse() {
        byte[] packed = StoredExplanation.pack(JSON.getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(packed, packed.length / 2);

        assertThatThrownBy(() -> StoredExplanation.unpack(cut)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredExplanation.unpack(new byte[] {1, 2})).isInstanceOf(IllegalArgumentException.class);
        // The thread's zlib state is reused: a failure leaves nothing behind for the next value.
        assertThat(StoredExplanation.unpack(packed)).isEqualTo(JSON.getBytes(StandardCharsets.UTF_8));
        assertThat(StoredExplanation.pack(JSON.getBytes(StandardCharsets.UTF_8))).isEqualTo(packed);
    }
}
