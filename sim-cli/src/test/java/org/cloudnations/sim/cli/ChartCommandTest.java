package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCommandTest {
    @TempDir
    Path tmp;

    private static Set<String> charts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static void assertImages(Path dir, Set<String> names) throws IOException {
        for (String n : names) {
            byte[] b = Files.readAllBytes(dir.resolve("charts").resolve(n));
            if (n.endsWith(".png")) {
                assertEquals((byte) 0x89, b[0], n);
                assertEquals('P', b[1], n);
            } else {
                assertTrue(n.endsWith(".svg"), n);
                String svg = new String(b, java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(svg.contains("<svg") && svg.contains("</svg>"), n);
            }
        }
    }

    @Test
    void chartRedrawsEveryChartFromStoredResultsAlone() throws IOException {
        Path dir = tmp.resolve("grid");
        CliResult s = CliResult.run("sweep", "--vary", "digital_access=0.2:0.8:3", "--vary", "tax_rate=0.1,0.5",
                "--replicates", "3", "--ticks", "4", "-P", "individuals=100", "--out", dir.toString());
        assertEquals(0, s.code(), s.err());
        Set<String> drawn = charts(dir);
        List<String> metrics = List.of(Files.readString(dir.resolve("manifest.json")).replaceAll("(?s).*\"chart_metrics\": \\[\"", "")
                .replaceAll("(?s)\"].*", "").split("\", \""));
        for (String m : metrics) {
            for (String kind : List.of("series-" + m, "final-" + m + "-vs-digital_access", "final-" + m + "-vs-tax_rate",
                    "heatmap-" + m + "-digital_access-tax_rate")) {
                assertTrue(drawn.contains(kind + ".png") && drawn.contains(kind + ".svg"), kind + " in " + drawn);
            }
        }
        assertEquals(metrics.size() * 4 * 2, drawn.size(), drawn.toString());
        assertImages(dir, drawn);

        Files.walk(dir.resolve("charts")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        CliResult r = CliResult.run("chart", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote " + drawn.size() + " charts into " + dir.resolve("charts") + ":\n"), r.out());
        assertEquals(drawn, charts(dir));
        assertImages(dir, drawn);

        CliResult one = CliResult.run("chart", dir.toString(), "--metric", metrics.get(0));
        assertEquals(0, one.code(), one.err());
        assertEquals(4 * 2, charts(dir).size(), "charts of one metric replace the earlier set");
    }

    @Test
    void sensitivityChartsComeFromSensitivityCsv() throws IOException {
        Path dir = tmp.resolve("morris");
        CliResult s = CliResult.run("sweep", "--vary", "digital_access=0.1:0.9", "--vary", "tax_rate=0:0.9",
                "--design", "morris", "--samples", "4", "--ticks", "3", "-P", "individuals=100", "--out", dir.toString());
        assertEquals(0, s.code(), s.err());
        List<String> sens = Files.readAllLines(dir.resolve("sensitivity.csv"));
        assertEquals("method,metric,parameter,index,value,ci_low,ci_high,n", sens.get(0));
        assertTrue(sens.get(1).startsWith("morris,"), sens.get(1));
        assertTrue(charts(dir).stream().anyMatch(n -> n.startsWith("sensitivity-") && n.endsWith(".svg")),
                charts(dir).toString());
    }

    @Test
    void badFoldersAndMetricsExitTwo() throws IOException {
        CliResult none = CliResult.run("chart", tmp.toString());
        assertEquals(2, none.code());
        assertEquals("sim: chart: " + tmp + " holds no sweep results (runs.csv and manifest.json); give a folder "
                + "written by 'sim sweep'\n", none.err());
        Path dir = tmp.resolve("s");
        assertEquals(0, CliResult.run("sweep", "--vary", "digital_access=0.2,0.8", "--ticks", "2", "-P",
                "individuals=100", "--no-chart", "--out", dir.toString()).code());
        CliResult metric = CliResult.run("chart", dir.toString(), "--metric", "cloud_shar");
        assertEquals(2, metric.code());
        assertTrue(metric.err().startsWith("sim: --metric: unknown metric 'cloud_shar'; did you mean 'cloud_share'?"),
                metric.err());
        assertEquals(1, metric.err().lines().count());
        assertTrue(!Files.exists(dir.resolve("charts")), "nothing drawn");
    }
}
