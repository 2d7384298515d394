package org.cloudnations.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudnations.sim.param.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output folders appear only when complete and replace earlier results only when asked. */
class OutputFolderTest {
    @TempDir
    Path dir;

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void prepareThenPublishCreatesTheFolderWithItsFiles() throws IOException {
        Path target = dir.resolve("a/b/run1");
        try (OutputFolder out = OutputFolder.prepare(target, false)) {
            assertEquals(target.toAbsolutePath().normalize(), out.target());
            assertTrue(Files.isDirectory(out.staging()));
            assertEquals(target.getParent(), out.staging().getParent(), "staging beside the target");
            assertTrue(out.staging().getFileName().toString().startsWith(".run1.partial-"), "hidden staging name");
            Files.writeString(out.staging().resolve("metrics.csv"), "tick\n0\n");
            Files.writeString(out.staging().resolve("manifest.json"), "{}\n");
            assertFalse(Files.exists(target), "the target appears only at publish");
            out.publish();
            assertFalse(Files.exists(out.staging()));
        }
        assertEquals(List.of("manifest.json", "metrics.csv"), names(target));
        assertEquals("tick\n0\n", Files.readString(target.resolve("metrics.csv")));
        assertEquals(List.of("run1"), names(target.getParent()), "nothing else left beside the target");
    }

    @Test
    void anEmptyExistingFolderMayBeUsed() throws IOException {
        Path target = Files.createDirectory(dir.resolve("empty"));
        try (OutputFolder out = OutputFolder.prepare(target, false)) {
            Files.writeString(out.staging().resolve("x.txt"), "x");
            out.publish();
        }
        assertEquals(List.of("x.txt"), names(target));
        assertEquals(List.of("empty"), names(dir));
    }

    @Test
    void aFolderWithResultsNeedsForce() throws IOException {
        Path target = Files.createDirectory(dir.resolve("old"));
        Files.writeString(target.resolve("metrics.csv"), "old");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> OutputFolder.prepare(target, false));
        assertEquals("output folder " + target + " already holds files; choose a new folder or pass force to "
                + "replace it", e.getMessage());
        assertEquals(List.of("old"), names(dir), "no staging folder left behind");
        assertEquals("old", Files.readString(target.resolve("metrics.csv")));
    }

    @Test
    void replaceSwapsContentOnlyAtPublish() throws IOException {
        Path target = Files.createDirectory(dir.resolve("run"));
        Files.writeString(target.resolve("old.csv"), "old");
        try (OutputFolder out = OutputFolder.prepare(target, true)) {
            Files.writeString(out.staging().resolve("new.csv"), "new");
            assertEquals(List.of("old.csv"), names(target), "old results untouched until publish");
            out.publish();
        }
        assertEquals(List.of("new.csv"), names(target));
        assertEquals(List.of("run"), names(dir), "no staging or old folder left behind");
    }

    @Test
    void replaceWithoutPublishKeepsTheOldResults() throws IOException {
        Path target = Files.createDirectory(dir.resolve("run"));
        Files.writeString(target.resolve("old.csv"), "old");
        try (OutputFolder out = OutputFolder.prepare(target, true)) {
            Files.writeString(out.staging().resolve("new.csv"), "half");
            // the run fails: no publish
        }
        assertEquals(List.of("old.csv"), names(target));
        assertEquals(List.of("run"), names(dir));
    }

    @Test
    void closeWithoutPublishLeavesNothing() throws IOException {
        Path target = dir.resolve("never");
        Path staging;
        try (OutputFolder out = OutputFolder.prepare(target, false)) {
            staging = out.staging();
            Files.createDirectories(staging.resolve("sub"));
            Files.writeString(staging.resolve("sub/partial.csv"), "tick\n");
        }
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(staging));
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aFileIsNotAFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        assertEquals("output folder " + file + " is a file; give a folder path",
                assertThrows(ConfigurationException.class, () -> OutputFolder.prepare(file, true)).getMessage());
    }

    @Test
    void anUnwritableLocationIsAConfigurationError() throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        Path target = file.resolve("sub");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> OutputFolder.prepare(target, false));
        assertTrue(e.getMessage().startsWith("cannot write output folder " + target + ": "), e.getMessage());
        assertEquals("cannot write output folder " + target + ": a file stands in the way; "
                + "give a folder in a writable location", e.getMessage());
        assertEquals(List.of("file.txt"), names(dir));
    }

    @Test
    void aFolderFilledDuringTheRunIsNotOverwritten() throws IOException {
        Path target = dir.resolve("race");
        try (OutputFolder out = OutputFolder.prepare(target, false)) {
            Files.writeString(out.staging().resolve("new.csv"), "new");
            Files.createDirectory(target);
            Files.writeString(target.resolve("other.csv"), "someone else's");
            assertThrows(java.nio.file.FileAlreadyExistsException.class, out::publish);
        }
        assertEquals(List.of("other.csv"), names(target));
        assertEquals(List.of("race"), names(dir), "staging removed");
    }
}
