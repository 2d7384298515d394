package org.cloudnations.sim.figure;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One figure: its id, caption, the sweep that makes its data (at paper and at test size), what it
 * plots and how, its size and formats, and the expected SHA-256 of its data at each size. Read
 * from a JSON file by {@link SpecReader}; docs/figures.md documents the format.
 *
 * @param file the spec file
 * @param id the figure's id: lower-case letters, digits and dashes; its files are named after it
 * @param caption the caption (the image has no title)
 * @param paper the sweep at paper size
 * @param test the sweep at test size
 * @param plot what is plotted
 * @param chart the chart kind
 * @param reference published values or a closed form drawn beside the model's; null for none
 * @param widthCm the width in centimetres
 * @param heightCm the height in centimetres
 * @param formats the image formats written: some of {@code svg}, {@code pdf}, {@code png}
 * @param paperSha256 the expected SHA-256 of the data at paper size; null when not yet recorded
 * @param testSha256 the expected SHA-256 of the data at test size; null when not yet recorded
 * @param specSha256 the SHA-256 of the spec file's bytes
 * @param claim the claim a robustness chart maps; null for the other charts
 */
record FigureSpec(Path file, String id, String caption, SweepDefinition paper, SweepDefinition test,
                  PlotDefinition plot, ChartKind chart, ReferenceDefinition reference, double widthCm,
                  double heightCm, List<String> formats, String paperSha256, String testSha256,
                  String specSha256, ClaimDefinition claim) {
    /** What an id may look like. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** The image formats. */
    static final List<String> FORMATS = List.of("svg", "pdf", "png");

    FigureSpec {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(plot, "plot");
        Objects.requireNonNull(chart, "chart");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + id + "' is not allowed");
        }
        formats = List.copyOf(formats);
    }

    /**
     * @param size paper or test
     * @return the sweep at that size
     */
    SweepDefinition sweep(FigureSize size) {
        return size == FigureSize.PAPER ? paper : test;
    }

    /**
     * @param size paper or test
     * @return the expected SHA-256 of the data at that size, or null
     */
    String sha256(FigureSize size) {
        return size == FigureSize.PAPER ? paperSha256 : testSha256;
    }

    /**
     * @param size paper or test
     * @return where the expected data at that size are kept: {@code data/ID.csv} or
     *         {@code data/ID.test.csv} beside the spec
     */
    Path expectedData(FigureSize size) {
        Path dir = file.toAbsolutePath().getParent().resolve("data");
        return dir.resolve(id + (size == FigureSize.PAPER ? "" : ".test") + ".csv");
    }
}
