package org.cloudnations.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigitalAccessResponseTest {
    @Test
    void printsAResponseCurveThatRisesWithDigitalAccess() {
        PrintStream old = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            DigitalAccessResponse.main(new String[] {"60", "5000"});
        } finally {
            System.setOut(old);
        }
        List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("digital_access,mean_final_cloud_share,mean_final_cloud_skill_ratio", lines.get(0));
        assertEquals(6, lines.size());
        double low = Double.parseDouble(lines.get(1).split(",")[1]);
        double high = Double.parseDouble(lines.get(5).split(",")[1]);
        assertTrue(high > low, "cloud share at access 0.9 (" + high + ") exceeds that at 0.1 (" + low + ")");
    }
}
