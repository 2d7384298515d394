package org.cloudnations.sim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Figure specs for the fuzz tests of {@code sim figure}: copies of the repository's
 * {@code figures/*.json}, one per chart kind, cut to tiny sweeps (20 individuals or a 4 x 4 grid,
 * a few ticks, one or two replicates) at paper and at test size, so that a figure is made in
 * milliseconds; and specs damaged the ways a careless edit damages them. {@link FuzzFolder} writes
 * them into a try's folder.
 */
enum FuzzSpec {
    /** A final chart with a series (figures/abs-race-risk-enmity.json's layout, on the baseline). */
    FINAL("""
            {
              "id": "fuzz-final",
              "caption": "Final cloud share against digital access, one line per tax rate.",
              "sweep": {"scenario": "baseline", "vary": ["digital_access=0.2:0.8:2", "tax_rate=0.1,0.3"],
                        "fixed": {"individuals": 20}, "replicates": 2, "ticks": 3, "seed": 1},
              "plot": {"metric": "cloud_share", "x": "digital_access", "series": "tax_rate", "aggregate": "mean"},
              "chart": "final",
              "size": {"width_cm": 8, "height_cm": 6},
              "formats": ["svg", "pdf", "png"],
              "test": {"replicates": 1, "ticks": 2}
            }
            """),
    /** A time series with median bands (figures/baseline-cloud-share.json). */
    TIMESERIES("""
            {
              "id": "fuzz-timeseries",
              "caption": "Cloud share over time.",
              "sweep": {"scenario": "baseline", "vary": ["digital_access=0.3,0.7"], "fixed": {"individuals": 20},
                        "replicates": 2, "ticks": 4, "seed": 2},
              "plot": {"metric": "cloud_share", "x": "tick", "series": "digital_access", "aggregate": "median"},
              "chart": "timeseries",
              "size": {"width_cm": 8, "height_cm": 6},
              "formats": ["svg", "png"],
              "test": {"fixed": {"individuals": 10}, "replicates": 1}
            }
            """),
    /** Sobol indices (figures/baseline-sobol-cloud-share.json). */
    SENSITIVITY("""
            {
              "id": "fuzz-sensitivity",
              "caption": "Sobol indices of the final cloud share.",
              "sweep": {"scenario": "baseline", "design": "sobol", "vary": ["digital_access=0.05:0.95", "tax_rate=0:0.9"],
                        "fixed": {"individuals": 20}, "samples": 2, "replicates": 1, "ticks": 3, "seed": 1,
                        "bootstrap": 20},
              "plot": {"metric": "cloud_share", "x": "parameter", "aggregate": "mean"},
              "chart": "sensitivity",
              "size": {"width_cm": 8, "height_cm": 6},
              "formats": ["pdf"],
              "test": {"samples": 1, "ticks": 2}
            }
            """),
    /** A table with published values and a share (figures/axelrod-table1.json on a 4 x 4 grid). */
    TABLE("""
            {
              "id": "fuzz-table",
              "caption": "Single-culture share by features and traits.",
              "sweep": {"scenario": "axelrod-culture", "vary": ["features=2,3", "traits=2,3"],
                        "fixed": {"width": 4, "height": 4, "sweeps_per_tick": 1}, "replicates": 2, "ticks": 3, "seed": 1},
              "plot": {"metric": "cultural_regions", "x": "traits", "y": "features", "aggregate": "share",
                       "condition": {"operator": "<=", "value": 1}},
              "chart": "table",
              "reference": {"label": "made up", "source": "the fuzz test", "values": [{"x": 2, "y": 2, "value": 1}]},
              "size": {"width_cm": 8, "height_cm": 5},
              "formats": ["svg", "png"],
              "test": {"vary": ["features=2", "traits=2,3"]}
            }
            """),
    /** {@link #FINAL} with checksums its data do not have, and no expected data beside it. */
    STALE(FINAL.text.replace("\"ticks\": 2}", "\"ticks\": 2, \"data_sha256\": \"" + "0".repeat(64)
            + "\"},\n  \"data_sha256\": \"" + "f".repeat(64) + "\"")),
    /** Not JSON: cut in the middle. */
    BAD_JSON("{\"id\": \"fuzz-bad\", \"sweep\": {\"scenario\": "),
    /** An empty file. */
    EMPTY(""),
    /** JSON, but not an object. */
    NOT_OBJECT("[1, 2, 3]\n"),
    /** Arrays nested deeper than any parser's stack. */
    DEEP_JSON("[".repeat(100_000) + "]".repeat(100_000)),
    /** A string escape that is not one. */
    BAD_ESCAPE(FINAL.text.replace("Final cloud", "Final \\uzz cloud")),
    /** Bytes that are not UTF-8 (Latin-1). */
    NOT_UTF8(null),
    /** A misspelt optional field. */
    UNKNOWN_FIELD(FINAL.text.replace("\"formats\"", "\"format\"")),
    /** A metric the scenario does not have. */
    UNKNOWN_METRIC(FINAL.text.replace("\"cloud_share\"", "\"cloud_shares\"")),
    /** A fixed parameter the scenario does not have. */
    UNKNOWN_PARAMETER(FINAL.text.replace("\"individuals\"", "\"individual\"")),
    /** A sensitivity chart on a grid design. */
    WRONG_CHART(FINAL.text.replace("\"final\"", "\"sensitivity\"").replace(", \"series\": \"tax_rate\"", "")
            .replace("\"x\": \"digital_access\"", "\"x\": \"parameter\"")),
    /** A heatmap over one varied parameter. */
    ONE_AXIS_HEATMAP(TIMESERIES.text.replace("\"timeseries\"", "\"heatmap\"")
            .replace("\"x\": \"tick\", \"series\"", "\"x\"")),
    /** A range whose ends are reversed and a value out of its parameter's range. */
    BAD_VARY(FINAL.text.replace("0.2:0.8:2", "0.8:0.2:2").replace("0.1,0.3", "0.1,3")),
    /** Numbers where whole numbers belong, and out of every range. */
    BAD_NUMBERS(FINAL.text.replace("\"replicates\": 2", "\"replicates\": 2.5").replace("\"seed\": 1", "\"seed\": 1e300")),
    /** Two specs' worth of fields with the wrong types. */
    WRONG_TYPES(FINAL.text.replace("\"formats\": [\"svg\", \"pdf\", \"png\"]", "\"formats\": \"svg\"")
            .replace("\"vary\": [", "\"vary\": [1, ")),
    /** A time series that runs for the engine's largest number of ticks. */
    HUGE_TICKS(TIMESERIES.text.replace("\"ticks\": 4", "\"ticks\": 2147483647"));

    /** The valid specs, each with its own id. */
    static final List<FuzzSpec> VALID = List.of(FINAL, TIMESERIES, SENSITIVITY, TABLE);

    private final String text;

    FuzzSpec(String text) {
        this.text = text;
    }

    /** @return how the spec file is written in a command line */
    String token() {
        return "@SPEC_" + name();
    }

    /**
     * @param arg a command-line argument
     * @return the spec it names, or null when it is not a spec token
     */
    static FuzzSpec of(String arg) {
        for (FuzzSpec s : values()) {
            if (arg.equals(s.token())) {
                return s;
            }
        }
        return null;
    }

    /**
     * Writes the spec file inside a try's folder; a valid spec is taken, with its checksums and
     * data/, from a copy of the fixtures' folder of specs.
     *
     * @param tryDir the try's folder
     * @param fixtures the complete folders to copy
     * @return the path to put on the command line
     * @throws IOException when the file cannot be written
     */
    Path make(Path tryDir, FuzzFolder.Fixtures fixtures) throws IOException {
        if (VALID.contains(this)) {
            Path dir = tryDir.resolve("spec-" + name().toLowerCase());
            FuzzFolder.copy(fixtures.figures(), dir);
            return dir.resolve(fileName());
        }
        return Files.write(tryDir.resolve(fileName()), bytes());
    }

    /** @return the file name of the spec */
    String fileName() {
        return name().toLowerCase().replace('_', '-') + ".json";
    }

    /** @return the bytes of the spec's file */
    byte[] bytes() {
        if (this == NOT_UTF8) {
            return FINAL.text.replace("Final", "Fin\u00e4l").getBytes(StandardCharsets.ISO_8859_1);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
