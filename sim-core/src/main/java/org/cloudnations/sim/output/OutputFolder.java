package org.cloudnations.sim.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.cloudnations.sim.param.ConfigurationException;

/**
 * An output folder that appears only when complete. Files are written into a hidden staging
 * folder beside the target ({@code .NAME.partial-...}); {@link #publish()} renames it into place.
 * A failed run leaves no folder that looks complete, and existing results are never touched unless
 * replacement was asked for, and then only once the new results are complete.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final boolean replace;
    private boolean published;

    private OutputFolder(Path target, Path staging, boolean replace) {
        this.target = target;
        this.staging = staging;
        this.replace = replace;
    }

    /**
     * Checks the target and creates the staging folder.
     *
     * @param target where the results should end up
     * @param replace whether an existing non-empty target may be replaced
     * @return the folder, ready for writing into {@link #staging()}
     * @throws ConfigurationException when the target holds results (and {@code replace} is false),
     *                                is a file, or cannot be written
     */
    public static OutputFolder prepare(Path target, boolean replace) {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw ConfigurationException.about("output folder " + target + " is a file; give a folder path");
        }
        if (!replace && Files.isDirectory(abs) && !isEmpty(abs)) {
            throw ConfigurationException.about("output folder " + target
                    + " already holds files; choose a new folder or pass {force} to replace it");
        }
        Path parent = abs.getParent();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".partial-");
            return new OutputFolder(abs, staging, replace);
        } catch (IOException | SecurityException e) {
            throw ConfigurationException.about("cannot write output folder " + target + ": " + reason(e)
                    + "; give a folder in a writable location");
        }
    }

    /** @return the folder to write files into */
    public Path staging() {
        return staging;
    }

    /** @return the final location */
    public Path target() {
        return target;
    }

    /**
     * Moves the staged files into place, replacing an earlier folder when allowed.
     *
     * @throws IOException when the move fails (the staged files are then removed)
     */
    public void publish() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            if (!replace && !isEmpty(target)) {
                throw new FileAlreadyExistsException(target + " was filled while the run was going on");
            }
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old);
        }
        try {
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target);
            }
            throw e;
        }
        published = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Removes the staging folder when the results were not published. */
    @Override
    public void close() {
        if (!published) {
            try {
                deleteTree(staging);
            } catch (IOException ignored) {
                // best effort: a hidden .partial folder may remain, never a complete-looking one
            }
        }
    }

    /**
     * @param dir a folder
     * @return whether it holds no entries (false when it cannot be listed)
     */
    public static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file stands in the way";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Deletes a folder and everything in it; nothing when it is missing.
     *
     * @param root the folder
     * @throws IOException when an entry cannot be deleted
     */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
