package org.cloudnations.sim.sweep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {
    /**
     * A series file is one gzip member per run. GZIPInputStream reads the next member only when
     * the stream under it reports bytes available, so a bounded stream that reported none stopped
     * at the first member ending at a buffer boundary (the merge lost series rows at 10^5 runs).
     */
    @Test
    void gzipReadsEveryMemberThroughTheBound() throws IOException {
        GzipMember gzip = new GzipMember();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        int members = 20_000;
        for (int run = 0; run < members; run++) {
            byte[] line = (run + ",0,0.5\n").getBytes(StandardCharsets.UTF_8);
            file.writeBytes(gzip.compress(line, line.length));
        }
        gzip.end();
        byte[] bytes = file.toByteArray();
        byte[] withTail = java.util.Arrays.copyOf(bytes, bytes.length + 7); // bytes after the bound: a torn write
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                new BoundedInputStream(new ByteArrayInputStream(withTail), bytes.length), 1 << 13),
                StandardCharsets.UTF_8))) {
            assertEquals(members, r.lines().count());
        }
    }
}
