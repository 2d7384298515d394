package org.cloudnations.sim.sweep.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.sweep.run.Shard;
import org.cloudnations.sim.sweep.run.SweepPlan;

/**
 * Reads and checks what a folder holds of a sweep, for {@link SweepFolder#inspect}: the manifest
 * (the same sweep and shard), the commit records (the longest valid prefix) and every committed row
 * of runs.csv (well formed, of this sweep, each run once). Changes nothing.
 */
final class SweepFolderCheck {
    private SweepFolderCheck() {
    }

    static SweepFolder.State inspect(Path dir, SweepPlan plan, Shard shard, String command) throws IOException {
        String where = command + ": " + dir;
        if (!Files.isDirectory(dir)) {
            throw ConfigurationException.about(where + " is a file; give a sweep folder");
        }
        if (!Files.isRegularFile(dir.resolve(SweepManifest.FILE))) {
            throw ConfigurationException.about(where + " holds files but no sweep " + SweepManifest.FILE
                    + "; give a sweep folder or a new folder");
        }
        Map<String, Object> manifest;
        try {
            manifest = SweepManifest.read(dir);
        } catch (IllegalArgumentException e) {
            throw ConfigurationException.about(where + " holds no sweep: " + e.getMessage().replace('\n', ' '));
        }
        if (!plan.fingerprint().equals(manifest.get("fingerprint"))) {
            throw ConfigurationException.about(where + " holds a different sweep (" + manifest.get("command_line")
                    + "); resume it with the options it was started with, or choose a new folder");
        }
        Object held = manifest.getOrDefault("shard", Shard.ALL.toString());
        if (!shard.toString().equals(held)) {
            throw ConfigurationException.about(where + " holds shard " + held + " of this sweep, not " + shard
                    + "; resume it with {shard} " + held + ", or choose a new folder");
        }
        long runsSize = size(dir.resolve(SweepFolder.RUNS));
        long seriesSize = size(dir.resolve(SweepFolder.SERIES));
        long commitsSize = size(dir.resolve(SweepFolder.COMMITS));
        long[] last = null;
        long valid = 0;
        if (commitsSize >= SweepFolder.RECORD) {
            try (FileChannel c = FileChannel.open(dir.resolve(SweepFolder.COMMITS), StandardOpenOption.READ)) {
                ByteBuffer b = ByteBuffer.allocate(SweepFolder.RECORD);
                for (long pos = 0; pos + SweepFolder.RECORD <= commitsSize; pos += SweepFolder.RECORD) {
                    b.clear();
                    while (b.hasRemaining() && c.read(b, pos + b.position()) > 0) {
                        // read the whole record
                    }
                    b.flip();
                    long run = b.getLong();
                    long r = b.getLong();
                    long s = b.getLong();
                    long check = b.getLong();
                    if (check != SweepFolder.checksum(run, r, s) || r > runsSize || s > seriesSize) {
                        break;
                    }
                    last = new long[] {run, r, s};
                    valid = pos + SweepFolder.RECORD;
                }
            }
        }
        BitSet done = new BitSet();
        if (last == null) {
            return new SweepFolder.State(done, 0, 0, null, 0, 0, 0, manifest);
        }
        int completed = 0;
        int failed = 0;
        String firstFailure = null;
        List<String> header = plan.header();
        int status = header.indexOf("status");
        int message = header.indexOf("message");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Channels.newInputStream(
                FileChannel.open(dir.resolve(SweepFolder.RUNS), StandardOpenOption.READ)), StandardCharsets.UTF_8))) {
            long consumed = 0;
            String line = r.readLine();
            if (line == null || !Csv.parse(line).equals(header)) {
                throw ConfigurationException.about(where + "/" + SweepFolder.RUNS + " has another header than this sweep's; "
                        + "choose a new folder");
            }
            consumed += line.getBytes(StandardCharsets.UTF_8).length + 1;
            int row = 1;
            while (consumed < last[1] && (line = r.readLine()) != null) {
                row++;
                consumed += line.getBytes(StandardCharsets.UTF_8).length + 1;
                List<String> f;
                int run;
                try {
                    f = Csv.parse(line);
                    run = Integer.parseInt(f.get(0));
                } catch (IllegalArgumentException e) {
                    throw ConfigurationException.about(where + "/" + SweepFolder.RUNS + " line " + row + " is damaged; "
                            + "choose a new folder");
                }
                if (f.size() != header.size() || run < 0 || run >= plan.runs()
                        || !plan.run(run).key().equals(f.get(4))) {
                    throw ConfigurationException.about(where + "/" + SweepFolder.RUNS + " line " + row
                            + " is not a run of this sweep; choose a new folder");
                }
                if (!shard.contains(run)) {
                    throw ConfigurationException.about(where + "/" + SweepFolder.RUNS + " line " + row + " holds run " + run
                            + ", which is not in shard " + shard + "; choose a new folder");
                }
                if (done.get(run)) {
                    throw ConfigurationException.about(where + "/" + SweepFolder.RUNS + " line " + row + " repeats run " + run
                            + "; choose a new folder");
                }
                done.set(run);
                completed++;
                if (!"ok".equals(f.get(status))) {
                    failed++;
                    if (firstFailure == null) {
                        firstFailure = "run " + run + ": " + f.get(message);
                    }
                }
            }
            if (consumed != last[1]) {
                throw ConfigurationException.about(where + "/" + SweepFolder.RUNS + " does not match its commit records; "
                        + "choose a new folder");
            }
        }
        return new SweepFolder.State(done, completed, failed, firstFailure, last[1], last[2], valid, manifest);
    }

    private static long size(Path p) throws IOException {
        return Files.isRegularFile(p) ? Files.size(p) : 0;
    }
}
