package org.cloudnations.sim.figure;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * Writes a drawing as SVG, PDF and PNG at a size in centimetres. SVG and PNG bytes depend only on
 * the drawing: the SVG's definition ids get a fixed prefix (JFreeSVG otherwise takes one from the
 * clock) and the PNG carries no time stamp. Every file is written beside its target and moved into
 * place when complete, so a failure never leaves a half-written figure.
 */
final class FigureFiles {
    /** Resolution of the PNG, in dots per inch. */
    static final int PNG_DPI = 300;

    private FigureFiles() {
    }

    /**
     * @param drawing what to draw
     * @param widthCm width
     * @param heightCm height
     * @param idPrefix the SVG's definition id prefix (the figure's id)
     * @return the SVG document
     */
    static byte[] svg(Drawing drawing, double widthCm, double heightCm, String idPrefix) {
        double w = widthCm * FigureStyle.POINTS_PER_CM;
        double h = heightCm * FigureStyle.POINTS_PER_CM;
        SVGGraphics2D g = new SVGGraphics2D(w, h, SVGUnits.PT);
        g.setDefsKeyPrefix(idPrefix + "-");
        drawing.draw(g, new Rectangle2D.Double(0, 0, w, h));
        // a view box in the drawing's units (points), so that width and height in pt scale it exactly
        String svg = "<?xml version=\"1.0\"?>\n" + g.getSVGElement(null, true, new ViewBox(0, 0, w, h), null, null)
                + "\n";
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param drawing what to draw
     * @param widthCm width
     * @param heightCm height
     * @return the PNG image at {@value #PNG_DPI} dpi
     * @throws IOException when the image cannot be encoded
     */
    static byte[] png(Drawing drawing, double widthCm, double heightCm) throws IOException {
        double scale = PNG_DPI / 72.0;
        double w = widthCm * FigureStyle.POINTS_PER_CM;
        double h = heightCm * FigureStyle.POINTS_PER_CM;
        BufferedImage image = new BufferedImage((int) Math.round(w * scale), (int) Math.round(h * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setPaint(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            drawing.draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * @param drawing what to draw
     * @param widthCm width
     * @param heightCm height
     * @return a one-page PDF, vector graphics (text drawn as outlines)
     * @throws IOException when the document cannot be written
     */
    static byte[] pdf(Drawing drawing, double widthCm, double heightCm) throws IOException {
        float w = (float) (widthCm * FigureStyle.POINTS_PER_CM);
        float h = (float) (heightCm * FigureStyle.POINTS_PER_CM);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            try {
                drawing.draw(g, new Rectangle2D.Double(0, 0, w, h));
            } finally {
                g.dispose();
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(g.getXFormObject());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * Writes bytes beside the target and moves them into place.
     *
     * @param target the file
     * @param bytes its content
     * @throws IOException when it cannot be written
     */
    static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
