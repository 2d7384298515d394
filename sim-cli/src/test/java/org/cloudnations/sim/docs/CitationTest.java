package org.cloudnations.sim.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps CITATION.cff true: its {@code version} is the parent pom's version, its {@code license}
 * is the LICENSE file's, and it has the keys Citation File Format 1.2.0 requires. (The file was
 * validated once against the format's JSON schema, citation-file-format/citation-file-format
 * schema.json, with Python's jsonschema; this test reads only the top-level scalar keys.)
 */
class CitationTest {
    private static final Path ROOT = Path.of("..");

    /** The top-level {@code key: value} lines of CITATION.cff (nested and folded values as read). */
    private static Map<String, String> topLevel() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Pattern line = Pattern.compile("^([a-z][a-z-]*):\\s*(.*)$");
        for (String l : Files.readAllLines(ROOT.resolve("CITATION.cff"))) {
            Matcher m = line.matcher(l);
            if (m.matches()) {
                out.put(m.group(1), m.group(2).replaceAll("^\"|\"$", "").trim());
            }
        }
        return out;
    }

    @Test
    void theCitationsVersionIsThePomsVersion() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>cloudnations-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(m.find(), "pom.xml has the parent's version");
        assertEquals(m.group(1), topLevel().get("version"), "CITATION.cff version against pom.xml");
    }

    @Test
    void theCitationHasTheRequiredKeysAndTheLicenseOfLicense() throws IOException {
        Map<String, String> cff = topLevel();
        for (String key : List.of("cff-version", "message", "title", "authors")) {
            assertTrue(cff.containsKey(key), "CITATION.cff has " + key);
        }
        assertEquals("1.2.0", cff.get("cff-version"));
        String license = Files.readString(ROOT.resolve("LICENSE"));
        assertTrue(license.contains("Apache License") && license.contains("Version 2.0"), "LICENSE is Apache 2.0");
        assertEquals("Apache-2.0", cff.get("license"));
    }
}
