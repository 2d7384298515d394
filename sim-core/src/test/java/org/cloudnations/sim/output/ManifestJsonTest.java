package org.cloudnations.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cloudnations.sim.engine.Manifest;
import org.junit.jupiter.api.Test;

/** The manifest's JSON and the string escaping it relies on. */
class ManifestJsonTest {
    private static Manifest manifest(String gitCommit) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("individuals", "20000");
        params.put("note", "say \"hi\"\nthen C:\\tmp");
        return new Manifest("exit-\"quoted\"", "exit", params, -3L, 100, 2, 16384, 20000, "0.1.0", gitCommit,
                "17.0.2 (OpenJDK 64-Bit Server VM)", "2024-01-02T03:04:05Z", 1.25);
    }

    @Test
    void toJsonPinned() {
        assertEquals("{\n"
                + "  \"scenario\": \"exit-\\\"quoted\\\"\",\n"
                + "  \"model\": \"exit\",\n"
                + "  \"seed\": -3,\n"
                + "  \"ticks\": 100,\n"
                + "  \"threads\": 2,\n"
                + "  \"chunk_size\": 16384,\n"
                + "  \"individuals\": 20000,\n"
                + "  \"library_version\": \"0.1.0\",\n"
                + "  \"git_commit\": \"abc123\",\n"
                + "  \"java_version\": \"17.0.2 (OpenJDK 64-Bit Server VM)\",\n"
                + "  \"started_at\": \"2024-01-02T03:04:05Z\",\n"
                + "  \"wall_seconds\": 1.25,\n"
                + "  \"parameters\": {\n"
                + "    \"individuals\": \"20000\",\n"
                + "    \"note\": \"say \\\"hi\\\"\\nthen C:\\\\tmp\"\n"
                + "  }\n"
                + "}\n", ManifestJson.toJson(manifest("abc123")));
    }

    @Test
    void everyFieldIsWritten() {
        String json = ManifestJson.toJson(manifest("abc123"));
        for (RecordComponent c : Manifest.class.getRecordComponents()) {
            String key = c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
            assertTrue(json.contains("\n  \"" + key + "\": "), "manifest JSON lacks " + key + ":\n" + json);
        }
    }

    @Test
    void unknownGitCommitIsNull() {
        assertTrue(ManifestJson.toJson(manifest(null)).contains("\"git_commit\": null,\n"));
    }

    @Test
    void parametersAreCopied() {
        Map<String, String> params = new LinkedHashMap<>(Map.of("a", "1"));
        Manifest m = new Manifest("s", "m", params, 1, 1, 1, 1, 1, "v", null, "j", "t", 0.0);
        params.put("b", "2");
        assertEquals(Map.of("a", "1"), m.parameters());
        assertThrows(UnsupportedOperationException.class, () -> m.parameters().put("c", "3"));
    }

    @Test
    void quoteEscapes() {
        assertEquals("\"plain\"", Json.quote("plain"));
        assertEquals("\"a\\\"b\"", Json.quote("a\"b"));
        assertEquals("\"a\\\\b\"", Json.quote("a\\b"));
        assertEquals("\"line\\nnext\\r\\tend\"", Json.quote("line\nnext\r\tend"));
        assertEquals("\"\\u0000\\u001f\"", Json.quote("\u0000\u001f"));
        assertEquals("\"caf\u00e9 \u2192\"", Json.quote("caf\u00e9 \u2192"));
        assertEquals("\"\"", Json.quote(""));
        assertEquals("null", Json.quote(null));
    }

    @Test
    void objectIsOneEntryPerLine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("b", "2");
        m.put("a", "x\"y");
        assertEquals("{\n    \"b\": \"2\",\n    \"a\": \"x\\\"y\"\n  }", Json.object(m, 4));
        assertEquals("{}", Json.object(Map.of(), 4));
    }
}
